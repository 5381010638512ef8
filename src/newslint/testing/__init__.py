"""Test helpers a desk can use in its own suite, as newslint's does.

``check_pack(path)`` runs the ``examples`` of YAML rule packs; ``check_cases(path)`` runs rule
case files (``tests/rules/<CODE>.yml``: texts that must pass, texts that must fail at given
positions, the text after ``--fix``, with optional config) for any rule, Python or pack.
"""

from .cases import CaseFailure, check_case_file, check_cases, load_case_file
from .packs import (
    ExampleFailure,
    PackReport,
    apply_fixes,
    check_examples,
    check_pack,
    check_rules,
    report_lines,
)

__all__ = [
    "CaseFailure", "ExampleFailure", "PackReport", "apply_fixes", "check_case_file", "check_cases",
    "check_examples", "check_pack", "check_rules", "load_case_file", "report_lines",
]
