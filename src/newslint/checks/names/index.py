"""Who a story names: every mention of a person as (title) given (middle) (particle) surname.

The NM rules compare mentions of one surname. A mention is a run of capitalised words; its last
word is the surname (possessive dropped: "Tokayev's"), titles in front are skipped ("Prime
Minister", "Mr"), and the given name is the first word that reads as one: a word on the reviewed
list ``rules/person-names/given-names.txt``, an initial ("J."), or, for names the list cannot hold
("Mukhtar"), a capitalised word that is not an everyday English word and does not start a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ...document import Document
from ...types import Span
from .. import common as cons
from .lookups import StoryLookups

# A capitalised word (Kassym-Jomart, O'Brien, McDonald), an initial (J. or J), or a name particle.
_TOKEN_RE = re.compile(
    r"(?<![\w.'’-])(?:(?:al|el)-[A-Z][a-z]+|[A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)*[a-z](?:[A-Z][a-z]+)*|[A-Z]\.?(?=\s)|(?:de|van|von|der|den|da|di|du|dos|das|del|la|le|bin|ibn|al|el|ter|zu)(?=\s))"
)
# A possessive ending, at the end of each line of a text of one word a line.
_POSSESSIVE_LINE_RE = re.compile(r"['’]s?$", re.MULTILINE)
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")
PARTICLES = frozenset("de van von der den da di du dos das del la le bin ibn al el ter zu".split())
TITLES = frozenset(
    """Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Baroness Baron President Vice Prime Minister
    Secretary Chancellor Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Judge
    Justice King Queen Prince Princess Duke Duchess Pope Cardinal Archbishop Bishop Rev Reverend Father
    Rabbi Imam Sheikh Gen General Col Colonel Lt Lieutenant Maj Major Capt Captain Sgt Sergeant Adm Admiral
    Cpl Corporal Pte Private Det Detective Insp Inspector Supt Superintendent Chief Constable Commissioner
    Ambassador Foreign Home Defence Defense Health Finance Interior Deputy Acting Former Coach Manager
    Chairman Chairwoman Chief Executive Director Commander Marshal Field Officer Agent Speaker Leader
    St Saint Emperor Empress Sultan Emir Crown Labour Tory Conservative Liberal Democrat Republican""".split()
)
# Last words of names that are not people ("Lockheed Corp", "San Miguel Brewery Ltd").
ORGANISATION_WORDS = frozenset(
    """Corp Corporation Inc Incorporated Ltd Limited Co Company Plc PLC LLC AG SA NV BV GmbH SpA Group Holdings
    Bank Trust Fund Partners Associates Brothers Industries International Airlines Airways Motors
    Association Society Institute University College School Hospital Council Party Union League Club
    United City Rovers Wanderers Athletic Avenue Square Airport Station Centre Center Stadium Museum
    Gallery Foundation Agency Ministry Department Committee Commission Palace Cathedral Abbey County""".split()
)
# Words near a second full name that say the story knows they are two people.
RELATION_RE = re.compile(
    r"\b(?:brothers?|sisters?|wife|husband|sons?|daughters?|father|mother|parents?|twins?|cousins?|uncle|"
    r"aunt|nephew|niece|widow(?:er)?|grand(?:son|daughter|father|mother|children)|siblings?|relatives?|"
    r"relation|related|unrelated|fianc[ée]e?|in-law|ex-wife|ex-husband|step(?:son|daughter|father|mother)|"
    r"dad|mum|mom|couple|spouse|namesake)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    span: Span  # given name .. surname, without title or possessive
    given: str
    surname: str
    text: str  # "Pascal Ausseur", as written
    title: str = ""  # the title written before it, if any ("President")

    @property
    def key(self) -> str:
        return surname_key(self.surname)


def surname_key(surname: str) -> str:
    """ "al-Assad" and "Assad" are one family name."""
    return re.sub(r"^(?:al|el|Al|El)[-‐]", "", surname)


@dataclass
class NameIndex:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)

    @cached_property
    def by_surname(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(m.key, []).append(m)
        return out

    @cached_property
    def capitalised_counts(self) -> Counter:
        """How often each capitalised word occurs (possessive dropped), surnames included."""
        words = _CAPITALISED_RE.findall(self.doc.text)
        if not words:
            return Counter()
        # One substitution over the words one a line, counted in C: no Python loop per word (speed).
        return Counter(_POSSESSIVE_LINE_RE.sub("", "\n".join(words)).split("\n"))

    def in_name_list(self, span: Span) -> bool:
        """A team sheet or a list of names ("Masi, Mirco Bergamasco, W Pozzebon; L Nitoglia"):
        brothers and namesakes play side by side there, so a list proves nothing."""
        line = self.doc.line_text(self.doc.line_of(span.start))
        words = re.findall(r"[^\W\d_]+", line)
        separators = line.count(",") + line.count(";")
        lower = sum(1 for w in words if w[0].islower())
        return separators >= 4 and lower < 0.3 * max(1, len(words))

    @cached_property
    def lookups(self) -> StoryLookups:
        return StoryLookups(self.doc.text)

    @cached_property
    def look_alikes(self) -> cons.LookAlikes:
        """The capitalised words, indexed to find those one letter from a surname."""
        return cons.LookAlikes(self.capitalised_counts)


def given_names() -> frozenset[str]:
    return cons.data_words("person-names", "given-names.txt")


def build_index(doc: Document) -> NameIndex:
    """The story's person mentions, built once per document and shared by the NM rules."""
    return doc.shared("names", _build_index)


def _build_index(doc: Document) -> NameIndex:
    index = NameIndex(doc)
    caps = cons.caps_line_spans(doc)
    lexicon = given_names()
    text = doc.text
    run: list[re.Match] = []
    for m in _TOKEN_RE.finditer(text):
        if run and text[run[-1].end() : m.start()] not in (" ", "\u00a0"):
            if len(run) > 1:  # one word is never a mention (speed: no call)
                _add_mention(index, run, lexicon, caps)
            run = []
        run.append(m)
        if text[m.end() : m.end() + 1] in ("'", "’"):  # "Tokayev's", "the Williams' house"
            if len(run) > 1:
                _add_mention(index, run, lexicon, caps)
            run = []
    if len(run) > 1:
        _add_mention(index, run, lexicon, caps)
    return index


def _add_mention(index: NameIndex, run: list[re.Match], lexicon: frozenset[str], caps: list[Span]) -> None:
    text = index.doc.text
    while run and run[-1].group() in PARTICLES:
        run = run[:-1]
    if len(run) < 2 or run[0].start() in caps:
        return
    while len(run) > 2 and run[-1].group() in ("Jr", "Sr", "Snr", "Jnr"):
        run = run[:-1]
    last = run[-1]
    surname, end = last.group(), last.end()
    tail = _COMPOUND_TAIL_RE.search(surname)
    if tail:  # "a Janet Jackson-style controversy": the name is Janet Jackson
        surname, end = surname[: tail.start()], last.start() + tail.start()
    if len(surname) < 2 or surname in ORGANISATION_WORDS:
        return
    given = _given_of(run[:-1], text, lexicon)
    if given is None:
        return
    word = given.group().rstrip(".")
    if surname in TITLES and word not in lexicon:
        return  # "Prime Minister", "Crown Prince"; but "Kevin King" and "John Major" are people
    title = next((t.group() for t in reversed(run[:-1]) if t.start() < given.start() and t.group() in TITLES), "")
    index.mentions.append(Mention(Span(given.start(), end), word, surname, text[given.start() : end], title))


# Endings that make a compound of a name: "Jackson-style", "Blair-era", "Kremlin-backed".
_COMPOUND_TAIL_RE = re.compile(r"-(?:style|like|era|led|backed|based|born|esque|type|inspired|owned|run)$")


def _given_of(before: list[re.Match], text: str, lexicon: frozenset[str]) -> re.Match | None:
    """The given name among the words before a surname: the nearest real word (initials and
    particles are middle parts), or the one before it when that is a listed given name and the
    nearer one a middle name ("John Fitzgerald Kennedy"). Titles are never given names."""
    words = [t for t in before if t.group() not in PARTICLES and len(t.group().rstrip(".")) > 1]
    if not words:
        initials = [t for t in before if t.group() not in PARTICLES]
        return initials[0] if initials else None  # "J. Smith"
    nearer = words[-1]
    farther = words[-2] if len(words) >= 2 else None
    if farther is not None and farther.group() in lexicon and farther.group() not in TITLES:
        return farther
    if nearer.group() in TITLES or _is_date(nearer, text):
        return None
    if _reads_as_given(nearer.group(), nearer.start(), text, lexicon):
        return nearer
    return None


_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)


def _is_date(token: re.Match, text: str) -> bool:
    """ "Last June Grewcock was banned": a month, not a given name."""
    if token.group() not in _MONTHS:
        return False
    before = text[max(0, token.start() - 12) : token.start()].split()
    return bool(before) and (before[-1].lower() in _DATE_WORDS or before[-1].isdigit())


_DATE_WORDS = frozenset("last next in since until by early late mid this on from of during".split())


def _reads_as_given(word: str, start: int, text: str, lexicon: frozenset[str]) -> bool:
    if word in lexicon:
        return True
    if word.isupper() or any(p[:1].islower() for p in re.split(r"[-'’]", word)):
        return False  # "Russia-led Organisation"
    # An everyday word is grammar at a sentence start ("But Ausseur said") and a common noun
    # elsewhere; a word the dictionary barely knows is a name wherever it stands.
    return not cons.common_word(word, 20 if cons.sentence_initial(text, start) else 200)


def compatible(a: str, b: str) -> bool:
    """Two given names that can belong to one person: equal, an initial and a name (J./John), a
    short form (Alex/Alexander, Chris/Christopher) or a common nickname (Bill/William)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    short, long_ = sorted((a, b), key=len)
    if 3 <= len(short) <= 5 and len(long_) >= len(short) + 2 and long_.startswith(short):
        return True  # Alex/Alexander, Sam/Samuel; not Michel/Michelle or Ann/Anna
    return frozenset((a, b)) in _NICKNAMES


_NICKNAMES = frozenset(
    frozenset(pair.split("/"))
    for pair in """Bill/William Will/William Billy/William Bob/Robert Rob/Robert Bobby/Robert Robbie/Robert
    Tony/Anthony Tony/Antony Mike/Michael Mick/Michael Micky/Michael Jim/James Jimmy/James Jamie/James
    Tom/Thomas Tommy/Thomas Dick/Richard Rick/Richard Ricky/Richard Rich/Richard Dave/David Davy/David
    Steve/Stephen Steve/Steven Nick/Nicholas Nicky/Nicholas Ted/Edward Ed/Edward Eddie/Edward Ned/Edward
    Johnny/John Jon/John Kate/Katherine Kate/Catherine Katie/Katherine Cathy/Catherine
    Liz/Elizabeth Beth/Elizabeth Betty/Elizabeth Lizzie/Elizabeth Sue/Susan Suzy/Susan Jenny/Jennifer
    Jen/Jennifer Andy/Andrew Drew/Andrew Pete/Peter Harry/Henry Hal/Henry Hank/Henry Charlie/Charles
    Chuck/Charles Fred/Frederick Freddie/Frederick Jeff/Jeffrey Geoff/Geoffrey Larry/Lawrence
    Larry/Laurence Peggy/Margaret Maggie/Margaret Meg/Margaret Molly/Mary Polly/Mary Sandy/Sandra
    Sandy/Alexander Sasha/Alexander Sasha/Alexandra Vicky/Victoria Jo/Joanne Jo/Josephine Joe/Joseph
    Joey/Joseph Jos/Joseph Mo/Mohammed Mo/Mohamed Mo/Muhammad Gerry/Gerald Gerry/Gerard Terry/Terence
    Len/Leonard Lenny/Leonard Ray/Raymond Ron/Ronald Ronnie/Ronald Don/Donald Donny/Donald Ken/Kenneth
    Kenny/Kenneth Tim/Timothy Greg/Gregory Phil/Philip Phil/Phillip Pat/Patrick Pat/Patricia Paddy/Patrick
    Dan/Daniel Danny/Daniel Sam/Samuel Sam/Samantha Ben/Benjamin Benny/Benjamin Matt/Matthew Nate/Nathan
    Nat/Nathaniel Zach/Zachary Josh/Joshua Abby/Abigail Becky/Rebecca Bex/Rebecca Debbie/Deborah
    Mandy/Amanda Chris/Christopher Chris/Christine Chris/Christina Chris/Christian Alex/Alexander
    Alex/Alexandra Al/Alan Al/Albert Al/Alfred Alf/Alfred Bert/Herbert Bert/Albert Gus/Angus Gus/Augustus
    Stan/Stanley Vlad/Vladimir Dima/Dmitry Misha/Mikhail Kolya/Nikolai Seryozha/Sergei Sergey/Sergei
    Dmitri/Dmitry Yury/Yuri Alexey/Alexei Aleksei/Alexei Mohamed/Mohammed Muhammad/Mohammed
    Mohammad/Mohammed Muhammed/Mohammed""".split()
)
