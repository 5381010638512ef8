"""The ``_SUCCESS`` manifest: what ran (version, config hash, inputs), what came out, and how long.

Written last, so its presence says the output is one run's and complete; ``tables`` lists every
part file, so a reader need not list the folder.
"""

from __future__ import annotations

import time
from typing import Any

from .. import __version__
from ..types import Severity

MANIFEST_VERSION = 1


def build_manifest(*, summaries: list[dict[str, Any]], inputs: list[str], output_format: str,
                   files_per_partition: int, config_sha256: str, config_path: str | None, workers: int,
                   started: float, linted_seconds: float) -> dict[str, Any]:
    severity = {s.value: sum(p["severity"].get(s.value, 0) for p in summaries) for s in reversed(list(Severity))}
    total = {key: sum(p[key] for p in summaries) for key in ("files", "bytes", "diagnostics", "errors", "notices",
                                                              "crashed")}
    return {
        "manifest_version": MANIFEST_VERSION,
        "newslint_version": __version__,
        "config_sha256": config_sha256,
        "config_path": config_path,
        "inputs": inputs,
        "format": output_format,
        "files": total["files"],
        "bytes": total["bytes"],
        "diagnostics": total["diagnostics"],
        "severity": severity,
        "files_with_errors": total["errors"],
        "files_with_notices": total["notices"],
        "files_crashed": total["crashed"],
        "partitions": len(summaries),
        "files_per_partition": files_per_partition,
        "workers": workers,
        "tables": {
            "diagnostics": [p["parts"][0] for p in summaries],
            "files": [p["parts"][1] for p in summaries],
        },
        "started": _iso(started),
        "finished": _iso(time.time()),
        "wall_seconds": round(time.time() - started, 3),
        "lint_wall_seconds": round(linted_seconds, 3),
        "worker_cpu_seconds": round(sum(p["cpu_seconds"] for p in summaries), 3),
    }


def _iso(moment: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


def findings_at_or_above(manifest: dict[str, Any], fail_on: str) -> int:
    """How many diagnostics reach ``fail_on`` (the exit code's test; ``never`` counts none)."""
    if fail_on == "never":
        return 0
    threshold = Severity.parse(fail_on).rank
    return sum(n for name, n in manifest["severity"].items() if Severity(name).rank >= threshold)
