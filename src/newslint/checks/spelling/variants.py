"""British spellings derived by rule from American ones, and the story's own locale.

The dictionary is mostly American; a British desk writes "organisation", "favourite",
"travelled" and "centre". Rather than list every inflection, the regular patterns (-ise/-isation,
-yse, -our, -re, -elled, -ence, -ogue) are derived here from each dictionary word, so both forms
are known words and both can be offered as corrections. Whether "organisation" should be
"organization" in a given story is a consistency question for the variants (CN) family.
"""

from __future__ import annotations

import re

_IZE = re.compile(r"(?<=[a-z]{3})(iz|yz)(e|es|ed|ing|er|ers|ation|ations|ational|able)$")
_OUR_STEMS = (
    "color", "favor", "honor", "labor", "neighbor", "behavior", "humor", "rumor", "harbor",
    "vapor", "flavor", "savior", "armor", "endeavor", "odor", "valor", "vigor", "rigor",
    "parlor", "clamor", "candor", "splendor", "tumor", "fervor", "rancor", "ardor", "demeanor",
    "saviour", "glamor",
)
_RE_WORDS = re.compile(
    r"^(cent|theat|fib|calib|somb|lust|sab|spect|meag|sepulch|reconnoit|maneuv|lit|"
    r"(?:kilo|centi|milli|nano|micro)?met)er(s|ed|ing)?$"
)
_ELLED = re.compile(r"(?<=[^aeiou]e)l(ed|ing|er|ers)$")
_ENSE = re.compile(r"^(defen|offen|preten)se(s|less)?$")
_OGUE = re.compile(r"^(catalog|dialog|analog|monolog|epilog|prolog|travelog)(s|ed|ing)?$")
_MENT = re.compile(r"^(judg|acknowledg|abridg|lodg)ment(s|al)?$")

def british_forms(american: str) -> list[str]:
    """British spellings of one American word ("organization" -> ["organisation"])."""
    out = []
    m = _IZE.search(american)
    if m:
        stem = american[: m.start()]
        out.append(stem + m.group(1).replace("z", "s") + m.group(2))
    for stem in _OUR_STEMS:
        if american.startswith(stem):
            out.append(stem[:-1] + "ur" + american[len(stem) :])
            break
    m = _RE_WORDS.match(american)
    if m:
        out.append(m.group(1) + "re" + _re_suffix(m.group(2)))
    m = _ELLED.search(american)
    if m:
        out.append(american[: m.start()] + "ll" + m.group(1))
    m = _ENSE.match(american)
    if m:
        out.append(m.group(1) + "ce" + (m.group(2) or ""))
    m = _OGUE.match(american)
    if m:
        out.append(m.group(1) + "ue" + (m.group(2) or "").replace("ed", "d"))  # catalogued
    m = _MENT.match(american)
    if m:
        out.append(m.group(1) + "ement" + (m.group(2) or ""))
    return [w for w in out if w != american]


def _re_suffix(suffix: str | None) -> str:
    return {"s": "s", "ed": "d", "ing": "ing"}.get(suffix or "", "")
