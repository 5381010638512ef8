"""A fixed run for the format tests: two stories, every severity, a fix, a multi-line finding
and messages with the characters each format must escape (%, newline, colon, comma, <&>)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema

from newslint.diagnostics import make_diagnostic
from newslint.document import Document
from newslint.rule import Rule
from newslint.runner import FileResult, RunResult
from newslint.types import Applicability, Edit, Finding, Fix, Severity, Span

# shared/ sits beside the checkout (here and in CI); the seed story is the project's starting point.
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed-article.txt"

STORY = (
    "Kazahkstan asked the the alliance for help.\n"
    "Café owners said 50% of \"stock\" was lost: bread, milk <&> eggs.\n"
    "\n"
    "A paragraph that\nruns over two lines.\n"
)


class Misspelled(Rule):
    """What it does: flags a word that is not in the dictionary.

    Why it matters in news copy: a typo costs trust."""

    code, name, summary = "SP001", "misspelled-word", "A word is misspelled"
    default_severity, fix_availability = Severity.ERROR, "sometimes"


class Repeated(Rule):
    code, name, summary = "ST001", "repeated-word", "A word is repeated ('the the')"
    default_severity, fix_availability = Severity.ERROR, "always"


class Percent(Rule):
    code, name, summary = "HS001", "percent-sign", "Spell out per cent"
    default_severity, default_enabled = Severity.INFO, False


class Split(Rule):
    code, name, summary = "ST003", "split-sentence", "A sentence is split across lines"
    default_severity = Severity.WARNING


RULES = (Misspelled, Repeated, Percent, Split)


def _at(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def fixed_run() -> RunResult:
    doc = Document(STORY, "desk/story.txt")
    second_the = _at(STORY, "the", 1)
    findings = [
        (Finding(_at(STORY, "Kazahkstan"), "'Kazahkstan' is not a word; did you mean 'Kazakhstan'?",
                 ("Kazakhstan",), Fix.replace(_at(STORY, "Kazahkstan"), "Kazakhstan", Applicability.UNSAFE,
                                              "replace with 'Kazakhstan'")), Misspelled, Severity.ERROR),
        (Finding(second_the, "'the' repeats the word before it", ("the",),
                 Fix((Edit(Span(second_the.start - 1, second_the.end), ""),), Applicability.SAFE,
                     "delete the repeated word")), Repeated, Severity.ERROR),
        (Finding(_at(STORY, "50%"), "write '50 per cent', not '50%'\nhouse style: 100%, a, b: c",
                 ("50 per cent",)), Percent, Severity.INFO),
        (Finding(_at(STORY, "<&>"), "odd characters <&> \"here\""), Percent, Severity.INFO),
        (Finding(_at(STORY, "A paragraph that\nruns"), "sentence split over two lines"), Split, Severity.WARNING),
    ]
    diagnostics = sorted(
        (make_diagnostic(doc, f, rule.code, rule.name, sev) for f, rule, sev in findings), key=lambda d: d.sort_key
    )
    clean = Document("A clean story.\n", "desk/clean.txt")
    return RunResult(files=[
        FileResult("desk/clean.txt", [], document=clean),
        FileResult("desk/story.txt", diagnostics, document=doc),
    ])


@lru_cache(maxsize=1)
def _sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def validate_sarif(log: dict) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``log`` is valid SARIF 2.1.0 (the official schema)."""
    _sarif_validator().validate(log)
