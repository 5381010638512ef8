"""Words no list holds but that are plainly built from known words.

Asked only about words the dictionary does not know, so the cost is a few look-ups per story:

* British inflections the dictionary lacks: "programmes", "marvellous", "medallist",
  "agonisingly", "lacklustre" (each turned into its American spelling and looked up);
* closed compounds of two common content words: "carmaker", "landline", "widescreen";
* a productive prefix or suffix on a common word: "unviable", "rebalancing", "wirelessly".

Each part must be a common word, so a typo ("overcrowed") rarely passes as a compound.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_GB_TO_US = [
    (re.compile(p), r)
    for p, r in (
        (r"our(?=s?$|ed|ing|ite|able|ably|ful|less|hood|ism|ist|er|ers|ly|ness)", "or"),
        (r"(?<=[a-z]{3})is(?=e|es|ed|ing|ingly|ation|ations|er|ers|able)", "iz"),
        (r"ys(?=e|es|ed|ing|er|ers)", "yz"),
        (r"tre(?=s?$|d$)", "ter"),
        (r"ll(?=ed|ing|er|ers|ist|ists|ous|ously|ation|ations|ery)", "l"),
        (r"(?<=[a-z])ae(?=[a-z])", "e"),
        (r"(?<=[a-z])oe(?=[a-z])", "e"),
        (r"^oe", "e"),
        (r"^ae", "e"),
        (r"ogue(?=s?$)", "og"),
        (r"mme(?=s?$)", "m"),
        (r"eque(?=s?$)", "eck"),
        (r"grey", "gray"),
        (r"^scept", "skept"),
        (r"^pyjama", "pajama"),
        (r"^aero", "air"),
        (r"^mould", "mold"),
        (r"^tyre", "tire"),
        (r"^plough", "plow"),
        (r"lment", "llment"),
        (r"lful", "llful"),
        (r"(?<=ful)fil(?=s?$|ment)", "fill"),
        (r"(?<=en|in)rol(?=s?$|ment)", "roll"),
    )
]
_PREFIXES = (
    "un", "re", "de", "dis", "non", "over", "under", "out", "multi", "hyper", "super", "sub",
    "inter", "pre", "post", "anti", "counter", "mis", "co", "mega", "micro", "electro", "neuro",
    "cyber", "tele", "bio", "eco", "geo", "mini", "semi", "ultra", "trans", "cross", "mid",
    "web", "up", "down", "self", "well",
)
_SUFFIXES = ("ly", "ness", "able", "ably", "ment", "ments", "less", "ism", "ist", "ists", "ship")
_FUNCTION_WORDS = frozenset(
    "the and that this with from have has had was were are for not but you your they them their "
    "what which who whom whose when where why how all any can could would should will shall may "
    "might must our out its his her him she about into onto than then there these those been "
    "being also very just only some such each other more most less".split()
)
COMMON = 500  # a part of a compound must be at least this frequent
AFFIXED_BASE = 100  # the base of an affixed form ("staffing" in "understaffing")


def american_spellings(word: str) -> Iterator[str]:
    """Each single British-to-American change, then all of them together."""
    every = word
    for pattern, repl in _GB_TO_US:
        if pattern.search(word):
            yield pattern.sub(repl, word)
            every = pattern.sub(repl, every)
    if every != word:
        yield every


def is_british_form(word: str, freq: Callable[[str], int]) -> bool:
    """True when the American spelling of ``word`` is a known word ("programmes")."""
    return any(freq(us) for us in american_spellings(word))


def looks_derived(word: str, freq: Callable[[str], int]) -> bool:
    """True when ``word`` is a compound or an affixed form of known words."""
    return _compound(word, freq) or _affixed(word, freq)


def is_plural(word: str, freq: Callable[[str], int]) -> bool:
    """"financings", "webpages"; not "partys" (a consonant + y takes -ies)."""
    stem = word[:-1]
    if word.endswith("rs") and len(stem) > 5 and stem[-2] == "e" and freq(stem[:-1]) >= COMMON:
        return True  # strugglers: an agent noun of a verb in -e
    if not word.endswith("s") or len(stem) < 4 or not freq(stem):
        return False
    return not (stem.endswith("y") and stem[-2] not in "aeiou")


def _content(part: str, freq: Callable[[str], int]) -> bool:
    return len(part) >= 4 and part not in _FUNCTION_WORDS and freq(part) >= COMMON


def _compound(word: str, freq: Callable[[str], int]) -> bool:
    if len(word) < 7:
        return False
    return any(
        _content(word[:i], freq) and (_content(word[i:], freq) or _plural_of_content(word[i:], freq))
        for i in range(3, len(word) - 2)
    )


def _plural_of_content(part: str, freq: Callable[[str], int]) -> bool:
    return part.endswith("s") and _content(part[:-1], freq)


def _affixed(word: str, freq: Callable[[str], int]) -> bool:
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and (freq(rest) >= AFFIXED_BASE or is_british_form(rest, freq)):
            return True
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 4 and freq(stem) >= AFFIXED_BASE:
            return True
    if word.endswith("ily") and freq(word[:-3] + "y") >= AFFIXED_BASE:
        return True  # discriminatorily
    # dumbing, trialling: a common verb + -ing, but not after a silent e ("makeing" is a slip)
    return word.endswith("ing") and len(word) > 7 and word[-4] != "e" and freq(word[:-3]) >= COMMON
