"""Word and phrase variants (CN001-CN003): one word written two ways in one story."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...document import Document
from ...rule import Rule
from ...types import Applicability, Finding, Fix, Severity, Span
from .. import common as cons
from .forms import Form, close_up, hyphenate_like, hyphenation_groups, spelling_groups


def _report_minority(
    styles: dict[str, list[Form]],
    rewrite: Callable[[Form, str, list[Form]], str],
    preferred: str | None = None,
) -> Iterator[Finding]:
    """Report every form of the style the story uses less (or that ``preferred`` rules out),
    suggesting the other style. A tie with no preference is left alone: nothing says which is
    the house form."""
    (style_a, forms_a), (style_b, forms_b) = styles.items()
    if preferred in (style_a, style_b):
        right = preferred
    elif len(forms_a) != len(forms_b):
        right = style_a if len(forms_a) > len(forms_b) else style_b
    else:
        return
    wrong = style_b if right == style_a else style_a
    right_forms, wrong_forms = styles[right], styles[wrong]
    model = right_forms[0].text
    for form in wrong_forms:
        suggestion = rewrite(form, right, right_forms)
        yield Finding(
            form.span,
            cons.rivals_message(form.text, len(wrong_forms), model, len(right_forms)),
            suggestions=(suggestion,),
            fix=Fix.replace(form.span, suggestion, Applicability.UNSAFE, f"write '{suggestion}'"),
        )


class HyphenationVariant(Rule):
    """What it does: flags a word the story writes both hyphenated and closed up ("e-mail" and
    "email", "cease-fire" and "ceasefire", "co-operate" and "cooperate"), at the form used less.

    Why it matters in news copy: one story, one spelling; the mix shows copy merged from two
    sources or two desks.

    Example: ``a cease-fire was agreed ... the ceasefire held ... the ceasefire collapsed``

    Use instead: ``a ceasefire was agreed``

    Fix safety: unsafe. Only hyphenated against closed forms are compared: hyphen against space
    is usually grammar ("a well-known man", "he is well known"), and pairs whose closed form is
    another word (re-sign/resign, re-cover/recover) are never rivals. A tie is not reported.

    Options: none.
    """

    code = "CN001"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "hyphenation-variant"
    summary = "A word is written both hyphenated and closed up (e-mail/email)"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for styles in hyphenation_groups(doc).values():
            yield from _report_minority(styles, _rewrite_hyphenation)


def _rewrite_hyphenation(form: Form, right: str, right_forms: list[Form]) -> str:
    if right == "hyphenated":
        return hyphenate_like(form.text, right_forms[0].text)
    closed = close_up(form.text)
    model = right_forms[0].text
    return (
        closed if any(c.isupper() for c in model[1:]) else closed[0] + closed[1:].lower()
    )  # Bi-Polar -> Bipolar


class SpellingLocaleMix(Rule):
    """What it does: flags a word spelled the British way and the American way in one story
    ("organisation" and "organization", "colour" and "color", "travelled" and "traveled").

    Why it matters in news copy: agency copy in American spelling pasted into a British story (or
    the reverse) leaves both spellings side by side.

    Example: ``the organisation said ... the organization's chief``

    Use instead: ``the organisation's chief``

    Fix safety: unsafe. With ``locale = "en-GB"`` or ``"en-US"`` in config the locale's
    spelling is kept; with ``auto`` the story's majority decides and a tie is not reported.
    Pairs that British English keeps apart on purpose (metre/meter) are not rivals, and quoted
    speech is not reported (a quoted statement may keep its source's spelling), though it counts.

    Options: none.
    """

    code = "CN002"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "spelling-locale-mix"
    summary = "A word is spelled both the British and the American way (organisation/organization)"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = False  # a quoted statement may keep its source's spelling

    def check(self, doc: Document) -> Iterator[Finding]:
        locale = self.config.locale if self.config is not None else "auto"
        preferred = locale if locale in ("en-GB", "en-US") else None
        for styles in spelling_groups(doc).values():
            yield from _report_minority(styles, lambda form, right, forms: forms[0].text, preferred)


# Words news copy capitalises inconsistently in one sense ("the Government"/"the government").
CASE_WATCHED = frozenset("government internet cabinet parliament web".split())
_WATCHED_RE = re.compile("|".join(sorted(CASE_WATCHED)), re.IGNORECASE)
_DETERMINED_RE = re.compile(r"\b(?:the|a|its|our|their|his|her)\s+([A-Za-z]+)\b", re.IGNORECASE)
_NAME_GOES_ON_RE = re.compile(r"\s+(?:of\s+)?[A-Z]")


class CapitalisationVariant(Rule):
    """What it does: flags "the Government" in a story that otherwise writes "the government"
    (or the reverse), for a short reviewed list of words whose capital is pure house style:
    government, cabinet, parliament, internet, web.

    Why it matters in news copy: the capital is a house decision; mixing both in one story looks
    careless.

    Example: ``the government said ... the government denied ... the Government added``

    Use instead: ``the government added``

    Fix safety: unsafe. Conservative on purpose: only those words, never at the start of a
    sentence, in a headline or in a name ("Scottish Parliament", "Welsh Government"), and only
    when one form is used at least twice as often as the other. "The Government of Canada" is a
    name and is left alone. Quoted speech is not reported (a quoted statement keeps its source's
    capitals, as CN002 lets it keep its spelling), though it counts.

    Options: none.
    """

    code = "CN003"
    safe_fix_in_quotes = True  # the fix repeats the story's own form or removes residue
    name = "capitalisation-variant"
    summary = "A word is capitalised in some places and not in others (Government/government)"
    default_severity = Severity.WARNING
    fix_availability = "always"
    check_quotes = False  # a quoted statement may keep its source's capitals

    def check(self, doc: Document) -> Iterator[Finding]:
        if not _WATCHED_RE.search(doc.text):
            return  # no watched word anywhere (most stories): skip the scan of every "the X" (speed)
        headline = doc.headline
        caps = cons.caps_line_spans(doc)
        seen: dict[str, dict[str, list[Form]]] = {}
        for m in _DETERMINED_RE.finditer(doc.text):
            word = m.group(1)
            if word.lower() not in CASE_WATCHED or word.isupper():
                continue
            span = Span(m.start(1), m.end(1))
            if (headline and headline.contains(span)) or span.start in caps:
                continue
            if _NAME_GOES_ON_RE.match(doc.text[span.end : span.end + 6]):
                continue  # part of a name: "the Internet Service Providers' Association"
            style = "capital" if word[0].isupper() else "lower"
            seen.setdefault(word.lower(), {"capital": [], "lower": []})[style].append(Form(word, span))
        for styles in seen.values():
            if not styles["capital"] or not styles["lower"]:
                continue
            if max(len(v) for v in styles.values()) < 2 * min(len(v) for v in styles.values()):
                continue
            yield from _report_minority(styles, _rewrite_case)


def _rewrite_case(form: Form, right: str, right_forms: list[Form]) -> str:
    return form.text.capitalize() if right == "capital" else form.text.lower()
