"""The language server's figures, through ``newslint lsp`` over stdio as an editor drives it.

    python benchmarks/lsp_bench.py [--changes 60] [--cold 5] [--seed PATH]

- change -> diagnostics: one-character edits at random places of a 10 KB story, each timed
  from sending ``didChange`` to its ``publishDiagnostics`` (debounce 0, so this is the time
  after the debounce); p50 / p90 / max. Target: p90 <= 50 ms. Beside it, the core's own lint
  of the same texts in this process, and the CPU both spend per change (the server's from
  /proc, all its threads; load from other processes barely moves CPU time, unlike wall time):
  the difference is the server's share.
- cold open: a fresh server, initialized, then ``didOpen`` -> first diagnostics (and the
  process start -> initialize answer). Median of ``--cold`` runs. Target: <= 500 ms.
- fix-all: ``source.fixAll.newslint`` applied to the seed story and each file of
  ``examples/`` must give byte for byte what ``newslint check --fix`` writes.

The seed story is read here, at run time, and never copied into the repository.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from lsp.client import LspClient, apply_text_edits, edits_of  # noqa: E402

SEED = Path("/work/shared/seed/seed-article.txt")
TEN_KB = 10 * 1024


def ten_kb_story(seed: Path) -> str:
    """About 10 KB of copy: the seed story (when present) and the examples, paragraphs repeated
    with their sentences shuffled, so no paragraph is a copy of another."""
    sources = [seed] if seed.is_file() else []
    sources += sorted((ROOT / "examples").glob("*.txt"))
    paragraphs = [p for s in sources for p in s.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rng, out, size = random.Random(7), [paragraphs[0]], len(paragraphs[0])
    while size < TEN_KB:
        sentences = rng.choice(paragraphs[1:]).replace("\n", " ").split(". ")
        rng.shuffle(sentences)
        piece = ". ".join(sentences)
        out.append(piece)
        size += len(piece.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system, every thread) a process has used so far (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def change_latency(folder: Path, story: str, changes: int) -> tuple[list[float], list[float], float, float]:
    """Round trips through the server, and the core's own lint of the same texts in this
    process (alternating, so load from elsewhere hits both alike): the difference is the
    server's share. Also the mean CPU per change of the server and of the core."""
    import newslint

    client = LspClient(cwd=folder)
    client.initialize(folder, ["utf-16"], {"debounceMs": 0})
    uri = (folder / "story.txt").as_uri()
    client.open(uri, story)
    client.diagnostics(uri, version=1)
    path = str(folder / "story.txt")
    config = newslint.config_for(path)
    newslint.lint_source(story, path, config)
    rng, times, core = random.Random(3), [], []
    server_cpu, core_cpu = 0.0, 0.0
    for _ in range(changes):
        text = client.text(uri)
        at = rng.randrange(len(text))
        cpu = process_cpu(client.proc.pid)
        start = time.perf_counter()
        version = client.replace(uri, at, at, rng.choice("aeiou "))
        client.diagnostics(uri, version=version)
        times.append(time.perf_counter() - start)
        server_cpu += process_cpu(client.proc.pid) - cpu
        cpu, start = time.process_time(), time.perf_counter()
        newslint.lint_source(client.text(uri), path, config)
        core.append(time.perf_counter() - start)
        core_cpu += time.process_time() - cpu
    client.close()
    return times, core, server_cpu / changes, core_cpu / changes


def cold_open(folder: Path, story: str) -> tuple[float, float]:
    """(process start -> initialize answered, didOpen -> first diagnostics) in seconds."""
    start = time.perf_counter()
    client = LspClient(cwd=folder)
    client.initialize(folder, ["utf-16"], {"debounceMs": 0})
    ready = time.perf_counter()
    uri = (folder / "cold.txt").as_uri()
    client.open(uri, story)
    client.diagnostics(uri, version=1)
    opened = time.perf_counter()
    client.close()
    return ready - start, opened - ready


def fix_all_matches(folder: Path, paths: list[Path]) -> list[tuple[str, bool, bool]]:
    """(name, fixes applied, LSP result == check --fix bytes) per story."""
    client = LspClient(cwd=folder)
    client.initialize(folder, ["utf-16"], {"debounceMs": 0})
    out = []
    for source in paths:
        story, cli_copy = folder / source.name, folder / f"cli-{source.name}"
        shutil.copyfile(source, story)
        shutil.copyfile(source, cli_copy)
        subprocess.run([sys.executable, "-m", "newslint", "check", "--fix", "-q", str(cli_copy)],
                       capture_output=True, check=False)
        text = story.read_bytes().decode("utf-8")
        uri = story.as_uri()
        client.open(uri, text)
        client.diagnostics(uri, version=1)
        origin = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        actions = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": origin, "context": {"diagnostics": [], "only": ["source.fixAll"]}})
        fixed = text
        if actions:
            fixed = apply_text_edits(text, edits_of(actions[0]["edit"], uri), client.encoding)
        out.append((source.name, fixed != text, fixed.encode("utf-8") == cli_copy.read_bytes()))
    client.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=60)
    parser.add_argument("--cold", type=int, default=5)
    parser.add_argument("--seed", type=Path, default=SEED)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        story = ten_kb_story(args.seed)
        times, core, server_cpu, core_cpu = change_latency(folder, story, args.changes)
        ms, core_ms = [t * 1000 for t in times], [t * 1000 for t in core]
        print(f"change -> diagnostics, {len(story.encode('utf-8'))} B story, {len(ms)} edits: "
              f"p50 {percentile(ms, 0.5):.1f} ms, p90 {percentile(ms, 0.9):.1f} ms, max {max(ms):.1f} ms"
              f"  [target p90 <= 50 ms: {'ok' if percentile(ms, 0.9) <= 50 else 'MISSED'}]")
        print(f"  the core's lint of the same texts, in-process: p50 {percentile(core_ms, 0.5):.1f} ms, "
              f"p90 {percentile(core_ms, 0.9):.1f} ms (the server adds the rest)")
        print(f"  CPU per change: server {server_cpu * 1000:.1f} ms, the core's lint alone {core_cpu * 1000:.1f} ms: "
              f"the server's own share {(server_cpu - core_cpu) * 1000:+.1f} ms")
        colds = [cold_open(folder, story) for _ in range(args.cold)]
        start = statistics.median(c[0] * 1000 for c in colds)
        opened = statistics.median(c[1] * 1000 for c in colds)
        total = statistics.median((c[0] + c[1]) * 1000 for c in colds)
        print(f"cold: process start -> initialized {start:.0f} ms; didOpen -> first diagnostics {opened:.0f} ms"
              f" (median of {len(colds)})  [target <= 500 ms: {'ok' if opened <= 500 else 'MISSED'}]; "
              f"process start -> first diagnostics {total:.0f} ms (lsprotocol's import alone is ~0.4 s of CPU)")
        stories = ([args.seed] if args.seed.is_file() else []) + sorted((ROOT / "examples").glob("*.txt"))
        for name, changed, same in fix_all_matches(folder, stories):
            label = name if name != args.seed.name else f"{name} (seed)"
            print(f"fixAll == check --fix: {label}: {'identical' if same else 'DIFFERENT'}"
                  f" ({'fixes applied' if changed else 'nothing to fix'})")


if __name__ == "__main__":
    main()
