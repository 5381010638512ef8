"""proselint's messages rewritten where they do not suit a newsroom.

proselint speaks to essayists, sometimes rudely ("the hallmarks of a pretentious ass",
"Substitute 'damn' every time you're inclined to write 'very'...") or not at all ("'{}'."). A
desk reads these beside real errors, so each one here says plainly what was found and what to
do, in the house voice of the other rules. ``{match}`` is the flagged text and ``{suggestion}``
proselint's replacement; a check path not listed keeps proselint's message, which is already
plain. The check path stays at the end of every message, so the proselint source is still named.
"""

from __future__ import annotations

NEWSROOM_MESSAGES: dict[str, str] = {
    "weasel_words.very": "'{match}' rarely adds anything: cut it, or find the stronger word",
    "misc.pretension": "'{match}' is pretentious jargon: say it plainly",
    "misc.suddenly": "'{match}' rarely adds anything: show what happened instead",
    "misc.debased": "'{match}' is debased language: say it plainly",
    "misc.tense_present": "'{match}' is a common slip of usage: rephrase",
    "misc.illogic.coin": "'{match}': an existing phrase is borrowed, not coined",
    "misc.illogic.collusion": "'{match}': nobody defrauds themselves; consider 'acquiescence'",
    "misc.apologizing": "'{match}' apologises for the copy: cut it",
    "misc.metadiscourse": "'{match}' talks about the story instead of telling it: cut it",
    "misc.narcissism": "'{match}' is about the study, not its subject: rephrase",
    "hedging": "'{match}' is a hedge: say it outright, or attribute it",
    "skunked_terms": "'{match}' is a skunked term: some readers will object whichever meaning you intend; rephrase",
    "social_awareness.nword": "a racial slur: remove it unless the story must quote it",
    "typography.symbols.copyright": "'{match}' stands in for a symbol: write ©",
    "typography.symbols.trademark": "'{match}' stands in for a symbol: write ™ or ®",
    "typography.punctuation.exclamation": "too many exclamation marks in this story: keep at most one",
    "typography.punctuation.hyperbole": "'{match}' is hyperbole: one exclamation mark at most",
    "typography.punctuation.spacing": "spacing after full stops is mixed (one and two spaces): use one",
    "typography.symbols.sentence_spacing": "more than two spaces after a full stop: use one",
    "industrial_language.chatspeak": "'{match}' is chat speak: write it out",
    "industrial_language.jargon": "'{match}' is jargon: use the everyday word",
    "industrial_language.corporate_speak": "'{match}' is a corporate catchphrase: say what it means",
    "psychology.p_equals_zero": "'{match}': a p-value is never zero; give the decimal places",
    "restricted.elementary": "'{match}' is not on proselint's elementary-school word list",
    "restricted.top1000": "'{match}' is not among the 1,000 most common English words",
}


def newsroom_message(check_path: str, message: str, match: str, suggestion: str | None) -> str:
    """The message to show for one proselint result (its own when none is listed)."""
    template = NEWSROOM_MESSAGES.get(check_path)
    if template is None:
        return message.strip()
    return template.format(match=match.strip(), suggestion=suggestion or "")
