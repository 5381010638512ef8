"""Fit the page-residue classifier (BP101) on the dev-a half of ../shared/corpus, and write or
check the shipped weights.

    python benchmarks/fit_residue.py            # fit and write src/.../residue/weights.json
    python benchmarks/fit_residue.py --check    # fit and compare with the shipped file (exit 1)

What it learns from (all dev-a, the half the evaluation lets us tune on; dev-b and the held-out
half are never read):
- residue: every line of the dev-a pool of news-boilerplate-curated.tsv, pasted into PASTES
  dev-a host stories (BBC and gold, as lines.py does) under the headline, after the first
  paragraph, in the middle or at the end; and the blocks the L3S-GN1 assessors labelled
  not-content or related in the dev-a pages (laid out as pages.py does);
- not residue: every judged line of the dev-a clean stories (BBC, Reuters, gold, L3S articles)
  and the headline and body blocks of the same L3S pages.
Supplemental blocks (captions, datelines, bylines: some legitimate) are left out. Residue and
non-residue rows carry equal total weight.

The model is a logistic regression with an L2 penalty, fitted by Newton's method in plain
Python (a 43-weight model does not need numpy or scikit-learn, and fixed-order arithmetic makes
the fit reproducible to the last digit on any machine). Only the rounded weights are written.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from clean_copy import stories as clean_stories  # noqa: E402
from inject import CORPUS, in_split, list_articles, load_boilerplate  # noqa: E402

from newslint.checks.boilerplate.residue import model as residue_model  # noqa: E402
from newslint.checks.boilerplate.residue.classify import feature_rows  # noqa: E402
from newslint.checks.boilerplate.residue.features import FEATURES  # noqa: E402
from newslint.checks.boilerplate.shape import StoryShape  # noqa: E402
from newslint.document import Document  # noqa: E402

SPLIT = "dev-a"
SEED = 15
PASTES = 6  # host stories each pool line is pasted into
L2 = 1.0
DIGITS = 4
WEIGHTS = ROOT / "src" / "newslint" / "checks" / "boilerplate" / "residue" / residue_model.WEIGHTS_FILE
PAGE_BODY = {"headline", "fulltext"}
PAGE_RESIDUE = {"not-content", "related"}
PAGE_AROUND = 2  # residue blocks kept before and after the body, as pages.py does


Row = tuple[list[float], int, str]  # features, 1 for residue, the group it came from
UNJUDGED: list[tuple[str, str]] = []  # (group, text) of residue lines the classifier does not judge


def rows_of(text: str, labels: dict[int, int], group: str) -> list[Row]:
    """Feature rows of the story's judged lines whose index (among non-blank lines) is in
    ``labels``, or of every judged line when ``labels`` is empty (all not residue). Residue
    lines that are not judged (taken for the story's structure) are noted in UNJUDGED."""
    shape = StoryShape(Document(text))
    out = []
    judged = set()
    for line, x in feature_rows(shape):
        judged.add(line.index)
        if not labels:
            out.append((x, 0, group))
        elif line.index in labels:
            out.append((x, labels[line.index], group))
    UNJUDGED.extend((group, shape.lines[i].text) for i, y in labels.items() if y and i not in judged)
    return out


def pasted_rows(rng: random.Random) -> list[Row]:
    pool = load_boilerplate([CORPUS / "boilerplate" / "news-boilerplate-curated.tsv"], SPLIT)
    hosts = list_articles([CORPUS / "news" / "bbc-2004-2005", CORPUS / "news" / "article-extraction-benchmark" / "gold"], SPLIT)
    texts = [h.read_text(encoding="utf-8") for h in hosts]
    out = []
    for _, line in pool:
        for host in rng.sample(texts, PASTES):
            paras = [p for p in host.split("\n") if p.strip()]
            at = rng.choice([1, 2, len(paras) // 2, len(paras)]) if len(paras) > 3 else len(paras)
            paras.insert(at, line)
            out += rows_of("\n\n".join(paras) + "\n", {at: 1}, "pasted:" + line)
    return out


def page_rows() -> list[Row]:
    root = CORPUS / "news" / "l3s-gn1"
    damaged = set()
    for row in (root / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = row.split("\t")
        if cols[-1] not in ("", "0"):
            damaged.add(cols[0])
    out = []
    for f in sorted((root / "labelled").glob("*.tsv")):
        if f.stem in damaged or not in_split(f.stem, SPLIT):
            continue
        blocks = []
        for row in f.read_text(encoding="utf-8").splitlines()[1:]:
            label, _, text = row.partition("\t")
            text = " ".join(text.split())
            if text:
                blocks.append((label, text))
        body = [i for i, (label, _) in enumerate(blocks) if label in PAGE_BODY]
        if len(body) < 3:
            continue
        kept = [
            (label, text)
            for label, text in blocks[max(0, body[0] - PAGE_AROUND) : body[-1] + 1 + PAGE_AROUND]
            if label in PAGE_BODY or label in PAGE_RESIDUE or label == "supplemental"
        ]
        labels = {i: int(label in PAGE_RESIDUE) for i, (label, _) in enumerate(kept) if label != "supplemental"}
        out += rows_of("\n\n".join(text for _, text in kept) + "\n", labels, "pages:" + f.stem)
    return out


def clean_rows() -> list[Row]:
    out = []
    for name in ("bbc", "reuters", "gold", "l3s"):
        for f in clean_stories(name, SPLIT):
            out += rows_of(f.read_text(encoding="utf-8"), {}, f"clean:{name}:{f.name}")
    return out


def fit(rows: list[Row], weights: list[float]) -> list[float]:
    """Logistic regression by Newton's method; returns [bias, w1, ..., wk]. Rows are sparse, so
    the Hessian is accumulated over each row's non-zero features only."""
    k = len(rows[0][0]) + 1
    beta = [0.0] * k
    data = [([0, *[j + 1 for j, v in enumerate(x) if v]], [1.0, *[v for v in x if v]], y) for x, y, _ in rows]
    for _ in range(25):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for (idx, vals, y), w in zip(data, weights, strict=True):
            z = sum(beta[i] * v for i, v in zip(idx, vals, strict=True))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0
            g = w * (p - y)
            h = w * p * (1.0 - p)
            for a, (i, vi) in enumerate(zip(idx, vals, strict=True)):
                grad[i] += g * vi
                row = hess[i]
                for j, vj in zip(idx[a:], vals[a:], strict=True):
                    row[j] += h * vi * vj
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
        for i in range(1, k):  # the penalty spares the bias
            grad[i] += L2 * beta[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return beta


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and well conditioned)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for j in range(c, n + 1):
                    m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def training_rows() -> dict[str, list[Row]]:
    rng = random.Random(SEED)
    return {"pasted": pasted_rows(rng), "pages": page_rows(), "clean": clean_rows()}


def balanced_weights(rows: list[Row]) -> list[float]:
    positives = sum(y for _, y, _ in rows)
    negatives = len(rows) - positives
    return [0.5 * len(rows) / positives if y else 0.5 * len(rows) / negatives for _, y, _ in rows]


def fitted() -> dict:
    UNJUDGED.clear()
    sources = training_rows()
    rows = [row for part in sources.values() for row in part]
    beta = fit(rows, balanced_weights(rows))
    counts = {
        name: {
            "residue": sum(y for _, y, _ in part),
            "not residue": sum(1 - y for _, y, _ in part),
            "residue not judged": sum(1 for group, _ in UNJUDGED if group.startswith(name + ":")),
        }
        for name, part in sources.items()
    }
    return {
        "note": (
            "Logistic regression over the features of newslint/checks/boilerplate/residue/features.py, "
            f"L2 penalty {L2}, Newton's method, residue and non-residue rows weighted to equal totals; "
            "fitted by benchmarks/fit_residue.py on the dev-a half of the shared corpus only: the dev-a "
            f"lines of news-boilerplate-curated.tsv pasted into {PASTES} dev-a BBC/gold stories each "
            f"(seed {SEED}), the dev-a L3S-GN1 pages (not-content and related blocks against headline "
            "and body blocks) and every judged line of the dev-a clean stories (BBC, Reuters, gold, L3S). "
            "No text from the corpus is kept, only these numbers."
        ),
        "rows": counts,
        "features": list(FEATURES),
        "bias": round(beta[0], DIGITS),
        "weights": {name: round(b, DIGITS) for name, b in zip(FEATURES, beta[1:], strict=True)},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights instead of writing")
    args = ap.parse_args()
    result = fitted()
    text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        shipped = WEIGHTS.read_text(encoding="utf-8") if WEIGHTS.exists() else ""
        if shipped != text:
            print(f"{WEIGHTS} differs from what the fit gives; run benchmarks/fit_residue.py", file=sys.stderr)
            return 1
        print("the shipped weights are what the fit gives")
        return 0
    WEIGHTS.write_text(text, encoding="utf-8")
    print(json.dumps(result["rows"]), file=sys.stderr)
    for name, w in sorted(result["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:22} {w:+.3f}")
    print(f"  {'bias':22} {result['bias']:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
