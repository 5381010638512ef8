"""Which proselint 0.16 family maps to which ``PL`` code, and the default set curated for news.

Pure data, so listing rules never imports proselint. One code per proselint top-level family
(codes follow proselint's own family order and are never reused). ``skip`` names check paths
inside an enabled family that are off by default because they contradict wire style or misfire
on real stories; a desk can turn them back on with ``[tool.newslint.rules.<name>] skip = []``.

The noise figures quoted below were measured on the dev eval set (400 stories, 164,000 words,
quoted speech skipped): every ``PL`` finding there counts as noise, because no planted error is
a style matter. No family passed the cut-off of 2 per 1,000 words; the families and checks that
are off are off for the reason given beside them.
"""

from __future__ import annotations

from dataclasses import dataclass

NOISE_CUTOFF_PER_1000_WORDS = 2.0


@dataclass(frozen=True)
class Family:
    code: str
    family: str  # proselint's top-level check path
    summary: str
    what: str  # one or two sentences for `newslint explain`
    enabled: bool = True
    skip: tuple[str, ...] = ()  # check paths off by default, each with its reason in ``why_off``
    why_off: str = ""

    @property
    def rule_name(self) -> str:
        return "proselint-" + self.family.replace("_", "-")


FAMILIES: tuple[Family, ...] = (
    Family(
        "PL001",
        "annotations",
        "An editing note (TODO, FIXME) is left in the copy",
        "Flags notes to self such as TODO or FIXME that should never reach print.",
    ),
    Family(
        "PL002",
        "archaism",
        "An archaic word ('durst', 'betimes')",
        "Flags words that read as old-fashioned in modern prose.",
    ),
    Family(
        "PL003",
        "cliches",
        "A cliche ('tip of the iceberg')",
        "Flags stock phrases that an editor would usually rewrite.",
    ),
    Family(
        "PL004",
        "dates_times",
        "Date or time written loosely ('July, 2002', '1990's')",
        "Flags a comma between month and year, apostrophes in decades, 'March of 2006' and a.m./p.m. style.",
        skip=("dates_times.dates.dash_and_from",),
        why_off="dash_and_from fires on any 'from 155,000 to 110,000' figure, not only on "
        "date ranges; about half its findings on the dev set were wrong.",
    ),
    Family(
        "PL005",
        "hedging",
        "A hedge ('to a certain degree')",
        "Flags phrases that weaken a statement without saying anything.",
    ),
    Family(
        "PL006",
        "industrial_language",
        "Bureaucratese, jargon or chat speak",
        "Flags airline, bureaucratic, commercial and corporate phrasing and chat speak ('b4').",
    ),
    Family(
        "PL007",
        "lexical_illusions",
        "A phrase is repeated ('the the')",
        "Flags a word or phrase written twice in a row.",
        enabled=False,
        why_off="off by default: ST001 (repeated-word) finds the same slips with a safe fix "
        "and knows grammatical doubles; running both reports each slip twice.",
    ),
    Family("PL008", "malapropisms", "A malapropism", "Flags a word used in place of a similar-sounding one."),
    Family(
        "PL009",
        "misc",
        "Usage advice: preferred forms, Latin, pretension, illogic",
        "Flags a grab-bag of usage slips: 'off of', 'with regards to', 'more than half of all', "
        "greylisted words, back-formations and similar.",
        skip=("misc.but", "misc.phrasal_adjectives.ly", "misc.capitalization.seasons"),
        why_off="misc.but forbids a paragraph opening with 'But', which news style allows; "
        "phrasal_adjectives.ly flags 'fly-half' and 'belly-up'; capitalization.seasons flags "
        "'Winter Olympics' and titles such as 'My Summer of Love'.",
    ),
    Family(
        "PL010",
        "mixed_metaphors",
        "A mixed metaphor ('biggest bottleneck')",
        "Flags metaphors that contradict themselves.",
    ),
    Family(
        "PL011",
        "mondegreens",
        "A misheard phrase",
        "Flags phrases that are commonly misheard and then written down wrong.",
    ),
    Family(
        "PL012",
        "needless_variants",
        "A needless variant of a standard word",
        "Flags a rarer form where a standard word exists.",
    ),
    Family("PL013", "nonwords", "A non-word ('irregardless')", "Flags forms that are not standard words."),
    Family(
        "PL014", "oxymorons", "An oxymoron ('generally always')", "Flags phrases that contradict themselves."
    ),
    Family(
        "PL015",
        "psychology",
        "A loose psychological term ('lie detector test')",
        "Flags psychological and psychiatric terms that researchers advise against.",
    ),
    Family(
        "PL016",
        "redundancy",
        "A redundant phrase ('PIN number', 'point in time')",
        "Flags phrases that say the same thing twice.",
    ),
    Family(
        "PL017",
        "restricted",
        "A word outside a restricted vocabulary",
        "Flags every word outside the 1,000 most common (or an elementary) word list.",
        enabled=False,
        why_off="off by default (as in proselint): news copy cannot be written in a 1,000-word vocabulary.",
    ),
    Family(
        "PL018",
        "skunked_terms",
        "A skunked term ('hopefully')",
        "Flags words whose meaning is disputed enough that some readers will object.",
    ),
    Family(
        "PL019",
        "social_awareness",
        "An offensive or slur term",
        "Flags offensive terms and outdated terms for LGBTQ people.",
        skip=("social_awareness.sexism",),
        why_off="social_awareness.sexism flags 'chairman' and 'chairperson' alike, while wire "
        "style uses the title the person or body uses.",
    ),
    Family(
        "PL020",
        "spelling",
        "A commonly misspelled word ('immediatly')",
        "Flags misspellings from proselint's lists of common slips.",
        skip=("spelling.consistency",),
        why_off="spelling.consistency treats names such as 'Centre for Economic Policy "
        "Research' and 'Windows Media Center' as mixed spelling; CN rules handle variants.",
    ),
    Family(
        "PL021",
        "terms",
        "A word for an animal group or demonym to check",
        "Flags animal adjectives, collective nouns and demonyms with a preferred form.",
    ),
    Family(
        "PL022",
        "typography",
        "Typography: (c) for the symbol, '!!', spacing after a stop",
        "Flags typewriter approximations of symbols and excessive exclamation marks.",
        skip=(
            "typography.symbols.curly_quotes",
            "typography.symbols.ellipsis",
            "typography.symbols.multiplication",
            "typography.diacritical_marks",
        ),
        why_off="straight quotes and three full stops are standard in wire copy; 'x' is how "
        "copy writes '4x100m' and '1920 x 1080'; and wire style drops accents from "
        "anglicised words ('resume', 'cafe').",
    ),
    Family(
        "PL023",
        "uncomparables",
        "An uncomparable is compared ('very unique')",
        "Flags degrees of words that have none.",
        enabled=False,
        why_off="its patterns cost about 4.5 ms a story, more than half of all proselint time in "
        "newslint, and found nothing in 166,000 words of dev copy; select PL023 to run it.",
    ),
    Family("PL024", "weasel_words", "A weasel word ('very')", "Flags intensifiers that add nothing."),
)
