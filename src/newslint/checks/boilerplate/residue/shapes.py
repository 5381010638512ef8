"""Shapes a line of page residue takes, each a test on the line alone: a picture credit, a
photo caption, an author's blurb, a byline with a role, a time stamp, a headline, a teaser
label. The expensive patterns run only where a cheap test says they can match (speed)."""

from __future__ import annotations

import re

from ...facts.entities import PatternOnFirstUse  # patterns compiled on first use (cold start)
from ..shape import _DATE_ONLY_RE, StoryLine
from . import lexicon

URL_RE = PatternOnFirstUse(
    r"https?://|www\.|\b[\w-]+\.(?:com|co\.uk|org|net|info|io|tv|news|uk|de|in|au|ca)\b|"
    r"\S+@\S+\.\w+|(?:^|\s)[@#]\w+"
)
_AGENCIES = r"AP|AFP|Reuters|EPA|Getty|Getty Images|PA|UPI|Xinhua|dpa|Shutterstock|Alamy|iStock|Bloomberg"
_CREDIT_RE = PatternOnFirstUse(
    rf"\((?:{_AGENCIES})(?: file| photo)?\)"  # "(AP)", "(Reuters file)"
    r"|\b(?i:photo|photograph|picture|image|credit|courtesy|illustration)s?\s*(?i:credit)?\s*(?::|(?i:by)\b)"
    rf"|\b(?i:via|for)\s+(?:{_AGENCIES})\b"
    rf"|\b(?:{_AGENCIES})\s+(?i:file\s+)?(?i:photo|images|file)\b"
    r"|\bGetty\b|\bShutterstock\b|\bAlamy\b|\biStock(?:photo)?\b|©"
)
# "Alex Wong/Getty Images", "Leonhard Foeger / Reuters file": a name, a slash, an agency.
_SLASH_CREDIT_RE = PatternOnFirstUse(r"\b[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?(?:[A-Z][\w.'’-]*(?: |$)){1,4}(?:file)?\)?$")
# A caption's credit at its end: "... 2019. Photo: John Locher, AP", "... drug. Getty"
_CREDIT_TAIL_RE = PatternOnFirstUse(
    r"(?:[.)] *| )(?:\(?(?:Photo|Image|Credit|Picture)s? *:? *)?(?:© *)?"
    r"(?:[A-Z][\w.'’-]+ ?){1,4}(?:/|\||,) ?(?:[A-Z][\w.'’-]* ?){1,4}(?:file)?\)?$"
    rf"| (?:{_AGENCIES})\)? *$"
    r"|\((?:Image|Photo|Picture|Credit)s? *:.*\) *$"
)
TAIL_CHARS = 70  # a credit at the end of a caption is within this many characters of the end
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE_RE = PatternOnFirstUse(
    rf"\b{_MONTHS} \d{{1,2}},? (?:19|20)\d\d\b|\b\d{{1,2}} {_MONTHS},? (?:19|20)\d\d\b"
    rf"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? {_MONTHS}"
)
_TIME_RE = PatternOnFirstUse(
    r"\b\d{1,2}[:.]\d\d *(?:[ap]\.?m\.?)?|\b\d{1,2} *[ap]\.?m\.?\b|\b\d+ (?:hours?|mins?|minutes?|days?) ago\b",
    re.IGNORECASE,
)
_NAME_START_RE = PatternOnFirstUse(r"^(?:[A-Z][\w'’.-]+ ){1,3}")
ELLIPSIS_RE = PatternOnFirstUse(r"(?:\.\.\.|…) *\]?$")
TEASER_LABEL_RE = PatternOnFirstUse(
    r"^\W*([A-Za-z][\w'’ ]{1,24}?)(?: *[:|»>] *| +[–—-] +)\S", re.IGNORECASE
)
_MEDIA_TAG_RE = PatternOnFirstUse(r"[\[(](?:video|photos?|gallery|watch|audio|pictures)[\])]", re.IGNORECASE)
_LABEL_MARKS = frozenset(":|[»>–—-")
HEADLINE_MAX_WORDS = 16
STAMP_MAX_WORDS = 14
_STAMP_OPENERS = ("updated", "published", "posted", "first", "last", "modified")


# Speed: a line holds an address or a credit only if it holds one of these, tested first by
# str methods (C); the patterns above try every word boundary of a paragraph (test_residue_speed
# checks the shortcut never changes a result).
_TLD_RE = PatternOnFirstUse(r"\.(?:com|co\.uk|org|net|info|io|tv|news|uk|de|in|au|ca)\b")
_CREDIT_HINTS = ("photo", "picture", "image", "credit", "courtesy", "illustration", "istock")
_AGENCY_NAMES = tuple(_AGENCIES.split("|"))


def has_url(text: str) -> bool:
    """An address, a mail address, a handle or a hash tag in the line."""
    if not ("http" in text or "www." in text or "@" in text or "#" in text or _TLD_RE.search(text)):
        return False
    return bool(URL_RE.search(text))


def has_credit(text: str) -> bool:
    if "/" in text and _SLASH_CREDIT_RE.search(text):
        return True
    if "(" not in text and "©" not in text:
        low = text.lower()
        if not any(hint in low for hint in _CREDIT_HINTS) and not any(a in text for a in _AGENCY_NAMES):
            return False
    return bool(_CREDIT_RE.search(text))


def has_credit_tail(text: str) -> bool:
    return bool(_CREDIT_TAIL_RE.search(text[-TAIL_CHARS:]))


def caption(text: str, low: list[str], dated: bool) -> float:
    """A photo caption: opens like one ("This file photo ...", "Image caption ..."), or
    describes in the present tense what a picture shows (0.5), with a date (``dated``: the line
    holds a full date) or a credit (1)."""
    head = " ".join(low[:4])
    if head.startswith(lexicon.CAPTION_OPENERS):
        return 1.0
    if lexicon.CAPTION_VERBS.isdisjoint(low[1:8]):
        return 0.0
    credited = any(w in lexicon.CREDIT_WORDS for w in low[-4:]) or has_credit_tail(text)
    return 1.0 if dated or credited else 0.5


def blurb(text: str, low: list[str]) -> float:
    """An author's blurb: "Zac covers Apple news for ...", "Jo Bloggs is a reporter at ...",
    "X contributed to this report" (1); a role word anywhere (0.5)."""
    roles = any(w in lexicon.ROLE_WORDS for w in low)
    if "contributed" in low and ("report" in low or "reporting" in low or "story" in low):
        return 1.0
    if _NAME_START_RE.match(text):
        head = low[1:5]
        if any(w in lexicon.BLURB_VERBS for w in head) or (roles and ("is" in head or "was" in head)):
            return 1.0
    return 0.5 if roles else 0.0


def byline_with_role(text: str, low: list[str]) -> bool:
    """ "Greg Beacham, AP Sports Writer", "Jo Bloggs, Cleveland.com": a name, then a role or a
    site at the end."""
    return bool(_NAME_START_RE.match(text)) and (
        any(w in lexicon.ROLE_WORDS for w in low) or any(w in lexicon.SITE_NAME_WORDS for w in low[-2:])
    )


def stamp(text: str, low: list[str], digits: bool, dated: bool) -> float:
    """A time stamp: "Updated 3:27 am PST", "Published 2 hours ago", "19 November 2019" (1);
    a short line opening with "Updated" or "Published" (0.5). ``digits``: the line holds a
    figure; ``dated``: a full date."""
    n = len(low)
    if n == 0 or n > STAMP_MAX_WORDS:
        return 0.0
    if _DATE_ONLY_RE.match(text):
        return 1.0
    opener = low[0] in _STAMP_OPENERS
    timed = dated or (digits and bool(_TIME_RE.search(text)))
    if timed and (opener or any(w in lexicon.STAMP_WORDS for w in low)):
        return 1.0
    return 0.5 if opener else 0.0


def is_headline_shaped(line: StoryLine) -> bool:
    """A headline: a few words, capitalised first, no full stop (a question or an exclamation
    mark may end it); whether it is the story's own subhead is for the overlap to say."""
    n = len(line.words)
    return 3 <= n <= HEADLINE_MAX_WORDS and line.words[0][0].isupper() and not line.text.rstrip("\"'”’").endswith(".")


def teaser_label(text: str) -> tuple[bool, bool]:
    """(the line opens with a label and a colon or bar, the label is one that introduces
    another story or a promotion: "Read more:", "Watch:", "[Video]")."""
    if _LABEL_MARKS.isdisjoint(text) and "(" not in text:
        return False, False
    if _MEDIA_TAG_RE.search(text):
        return True, True
    m = TEASER_LABEL_RE.match(text)
    if m is None:
        return False, False
    return True, " ".join(m.group(1).lower().split()) in lexicon.TEASER_LABELS
