"""LanguageTool's ``/v2`` API on top of newslint, so editors and plugins that speak it can point
at newslint unchanged.

Requests: ``text``, or ``data`` (``{"annotation": [{"text": ...}, {"markup": ..., "interpretAs":
...}]}``: only the text parts and the ``interpretAs`` of markup are linted, and offsets point
into the whole annotated text, markup included, as LanguageTool's do), ``language`` (English
only: ``en``, ``en-US``, ``en-GB`` or ``auto``), ``enabledRules``, ``disabledRules``,
``enabledCategories``, ``disabledCategories``, ``enabledOnly``, ``preferredVariants``. Rule ids
are newslint codes; ids newslint does not know (a client's own LanguageTool rule list) are
ignored, as LanguageTool ignores them. Offsets and lengths are UTF-16 code units.

Each match's replacements, applied as a client applies them (replace ``length`` units at
``offset``), give exactly newslint's fix: a fix that also removes a space or a line break widens
the match to cover it. newslint's own record is under ``newslint``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .. import __version__
from ..config import Config
from .checking import Checked, RequestError, clean_text, configured
from .offsets import Units

CONTEXT_CHARS = 40
LANGUAGES = {  # request code (lower case) -> (newslint locale, name, code)
    "auto": ("auto", "English", "en"),
    "en": ("auto", "English", "en"),
    "en-us": ("en-US", "English (US)", "en-US"),
    "en-gb": ("en-GB", "English (GB)", "en-GB"),
}
# newslint family -> (LanguageTool issueType, category id, category name)
CATEGORIES = {
    "SP": ("misspelling", "TYPOS", "Possible Typo"),
    "ST": ("typographical", "STRUCTURE", "Story structure"),
    "AC": ("inconsistency", "CONSISTENCY", "Consistency"),
    "NM": ("inconsistency", "CONSISTENCY", "Consistency"),
    "CN": ("inconsistency", "CONSISTENCY", "Consistency"),
    "BP": ("other", "BOILERPLATE", "Web residue and boilerplate"),
    "HS": ("style", "HOUSE_STYLE", "House style"),
    "PL": ("style", "STYLE", "Style"),
    "NL": ("other", "NEWSLINT", "newslint"),
}
OTHER_FAMILY = ("style", "STYLE", "Style")  # packs' own families
ISSUE_TYPES = {"ST001": "duplication", "ST002": "duplication"}


def family(code: str) -> str:
    return re.match(r"[A-Za-z]*", code).group().upper()


def category(code: str) -> tuple[str, str, str]:
    issue, cat_id, cat_name = CATEGORIES.get(family(code), OTHER_FAMILY)
    return ISSUE_TYPES.get(code, issue), cat_id, cat_name


def languages() -> list[dict]:
    """``GET /v2/languages``."""
    seen = {}
    for _, name, code in LANGUAGES.values():
        seen[code] = {"name": name, "code": "en", "longCode": code}
    return list(seen.values())


@dataclass
class Annotated:
    """The text newslint lints and the text offsets refer to, with a map from one to the other:
    ``pieces`` are (plain start, original start, plain length, original length, copied) runs."""

    plain: str
    original: str
    pieces: list[tuple[int, int, int, int, bool]]

    def __post_init__(self) -> None:
        self._starts = [p[0] for p in self.pieces]

    def to_original(self, offset: int, end: bool = False) -> int:
        """Where plain ``offset`` is in the original; ``end`` maps an end offset (a span ending in
        an ``interpretAs`` piece ends after its markup)."""
        if not self.pieces or offset >= len(self.plain) and not end:
            return len(self.original)
        at = offset - 1 if end and offset > 0 else offset
        p0, o0, plen, olen, copied = self.pieces[max(0, bisect.bisect_right(self._starts, at) - 1)]
        if copied:
            return o0 + min(at - p0, plen) + (1 if end and offset > 0 else 0)
        return o0 + olen if end else o0


def plain_text(text: str) -> Annotated:
    return Annotated(text, text, [(0, 0, len(text), len(text), True)])


def annotated_text(data) -> Annotated:
    """LanguageTool's ``data``: a JSON string or object with an ``annotation`` list."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise RequestError(f"'data' is not valid JSON: {exc.msg}") from None
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RequestError("'data' must be an object with an 'annotation' list")
    plain, original, pieces = [], [], []
    plen = olen = 0
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("text", item.get("markup")), str):
            raise RequestError("each annotation needs a 'text' or a 'markup' string")
        if isinstance(item.get("text"), str):
            text = clean_text(item["text"])
            if text:
                pieces.append((plen, olen, len(text), len(text), True))
            plain.append(text)
            original.append(text)
            plen, olen = plen + len(text), olen + len(text)
            continue
        markup = clean_text(item["markup"], "markup")
        meant = item.get("interpretAs") or ""
        if not isinstance(meant, str):
            raise RequestError("'interpretAs' must be a string")
        if meant:
            pieces.append((plen, olen, len(meant), len(markup), False))
            plain.append(meant)
            plen += len(meant)
        original.append(markup)
        olen += len(markup)
    return Annotated("".join(plain), "".join(original), pieces)


@dataclass(frozen=True)
class Options:
    annotated: Annotated
    language: tuple[str, str, str]
    config: Config


def _listed(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(",") if v.strip()]


def _true(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def parse_request(params: Mapping, base: Config, known: frozenset[str]) -> Options:
    """LanguageTool's parameters as newslint's text, locale and rule selection. ``known`` holds
    every code, rule name and family (upper case) the server's config knows."""
    if params.get("text") is not None:
        annotated = plain_text(clean_text(params["text"]))
    elif params.get("data") is not None:
        annotated = annotated_text(params["data"])
    else:
        raise RequestError("Missing 'text' or 'data' parameter")
    asked = str(params.get("language") or "auto").strip().replace("_", "-")
    language = LANGUAGES.get(asked.lower())
    if language is None:
        raise RequestError(f"'{asked}' is not a language code newslint knows (use en, en-US, en-GB or auto)")
    if language[0] == "auto":
        for variant in _listed(params.get("preferredVariants")):
            language = LANGUAGES.get(variant.lower().replace("_", "-"), language)

    def ours(ids: list[str]) -> tuple[str, ...]:
        return tuple(i for i in ids if i.upper() in known)

    enabled = ours(_listed(params.get("enabledRules")))
    disabled = ours(_listed(params.get("disabledRules")))
    enabled += _families(_listed(params.get("enabledCategories")), known)
    disabled += _families(_listed(params.get("disabledCategories")), known)
    if _true(params.get("enabledOnly")):
        if not enabled:
            raise RequestError("enabledOnly=true needs enabledRules or enabledCategories that newslint knows")
        config = configured(base, enabled, disabled or None, (), language[0])
    else:
        config = configured(base, None, disabled or None, enabled, language[0])
    return Options(annotated, language, config)


def _families(category_ids: list[str], known: frozenset[str]) -> tuple[str, ...]:
    """Category ids (ours, such as TYPOS, or a family such as SP) as newslint family prefixes."""
    wanted = {c.upper() for c in category_ids}
    out = [fam for fam, (_, cat_id, _) in CATEGORIES.items() if cat_id in wanted and fam in known]
    out += [c for c in wanted if c in known and c.isalpha()]
    return tuple(dict.fromkeys(out))


def response(options: Options, checked: Checked, rule_summaries: Mapping[str, str]) -> dict:
    """LanguageTool's check response for a newslint lint of ``options.annotated.plain``."""
    _, name, code = options.language
    annotated = options.annotated
    units = Units(annotated.original, "utf16")
    sentences = checked.document.sentences
    starts = [s.start for s in sentences]

    def sentence(d) -> str:
        i = bisect.bisect_right(starts, d.span.start) - 1
        if i < 0 or sentences[i].end < d.span.start:
            return ""
        return checked.document.text[sentences[i].start:sentences[i].end]

    matches = [_match(d, annotated, checked, units, rule_summaries, sentence(d)) for d in checked.diagnostics]
    return {
        "software": {"name": "newslint", "version": __version__, "buildDate": "", "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": name, "code": code,
                     "detectedLanguage": {"name": name, "code": code, "confidence": 1.0}},
        "matches": matches,
    }


def _replacements(d, checked: Checked, plain: str) -> tuple[int, int, list[str]]:
    """The plain-text range a LanguageTool client should replace, and the values that give the
    fix (first) and each suggestion there."""
    start, end = checked.span(d.span)
    edits = []
    if d.fix is not None:
        edits = sorted((checked.span(e.span), checked.written(e.replacement)) for e in d.fix.edits)
        start = min([start] + [s for (s, _), _ in edits])
        end = max([end] + [e for (_, e), _ in edits])
    values = []
    if edits:
        out, done = [], start
        for (s, e), insert in edits:
            out += [plain[done:s], insert]
            done = e
        values.append("".join(out) + plain[done:end])
    flagged_start, flagged_end = checked.span(d.span)
    for suggestion in d.suggestions:
        value = plain[start:flagged_start] + suggestion + plain[flagged_end:end]
        if value != plain[start:end] and value not in values:
            values.append(value)
    return start, end, values


def _match(d, annotated: Annotated, checked: Checked, units: Units, summaries: Mapping[str, str],
           sentence: str) -> dict:
    original, plain = annotated.original, annotated.plain
    start, end, values = _replacements(d, checked, plain)
    o_start, o_end = annotated.to_original(start), annotated.to_original(end, end=True)
    if original[o_start:o_end] != plain[start:end]:  # markup inside: a replacement would drop it
        start, end = checked.span(d.span)
        o_start, o_end = annotated.to_original(start), annotated.to_original(end, end=True)
        values = []
    offset, length = units.span(o_start, o_end)
    issue, cat_id, cat_name = category(d.code)
    record = d.to_record()
    flagged_start, flagged_end = checked.span(d.span)
    first = annotated.to_original(flagged_start)
    record["offset"], record["length"] = first, annotated.to_original(flagged_end, end=True) - first  # code points
    return {
        "message": d.message,
        "shortMessage": d.name.replace("-", " "),
        "replacements": [{"value": v} for v in values],
        "offset": offset,
        "length": length,
        "context": _context(original, o_start, o_end),
        "sentence": sentence,
        "type": {"typeName": "UnknownWord" if issue == "misspelling" else "Other"},
        "rule": {"id": d.code, "description": summaries.get(d.code, d.name), "issueType": issue,
                 "category": {"id": cat_id, "name": cat_name}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
        "newslint": record,
    }


def _context(text: str, start: int, end: int) -> dict:
    """Up to 40 characters either side, '...' where cut, line breaks shown as spaces."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("..." if left else "") + text[left:start]
    shown = before + text[start:end] + text[end:right] + ("..." if right < len(text) else "")
    shown = re.sub(r"[\r\n\t]", " ", shown)
    units = Units(shown, "utf16")
    offset, length = units.span(len(before), len(before) + end - start)
    return {"text": shown, "offset": offset, "length": length}
