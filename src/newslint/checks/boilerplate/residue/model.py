"""The fitted model: a logistic regression over the line features, its weights read from
``weights.json`` (written by ``benchmarks/fit_residue.py``; see the note in the file for how and
on what they were fitted). Scoring is a dot product, so there is no run-time dependency.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .features import FEATURES, INDEX

WEIGHTS_FILE = "weights.json"

# The kind of residue a finding names: the first family with a feature that fired, in this
# order (the most telling first), else a menu or label for a line that is not a sentence.
KINDS = (
    ("reader prompt", ("imperative_start", "second_person", "site_first_person", "reader_sentence")),
    ("photo caption or credit", ("credit_shape", "credit_tail", "caption_shape")),
    ("author blurb", ("blurb_shape",)),
    ("byline or time stamp", ("byline_shape", "stamp_shape")),
    ("web furniture", ("web_words", "url_or_handle", "copyright", "site_name", "menu_separators")),
    ("teaser for another story", ("teaser_label", "teaser", "sentence_unrelated")),
)
STRONG = 1.0  # caption, blurb and stamp shapes give 0.5 for a hint, 1 for the full shape
_KIND_INDEXES = tuple((kind, tuple(INDEX[name] for name in names)) for kind, names in KINDS)
_HINTS = {INDEX[name] for name in ("caption_shape", "blurb_shape", "stamp_shape")}


@dataclass(frozen=True)
class Model:
    bias: float
    weights: tuple[float, ...]

    def logit(self, x: list[float]) -> float:
        return self.bias + math.fsum(w * v for w, v in zip(self.weights, x, strict=True))

    def probability(self, x: list[float]) -> float:
        z = self.logit(x)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def kind(x: list[float]) -> str:
        """What the line most likely is, for the message."""
        for kind, indexes in _KIND_INDEXES:
            if any(x[i] >= (STRONG if i in _HINTS else 1e-9) for i in indexes):
                return kind
        if x[INDEX["headline_shape"]] and x[INDEX["no_overlap"]]:
            return "teaser for another story"
        return "page line" if x[INDEX["ends_sentence"]] else "menu or label"


def model_from(data: dict) -> Model:
    """A Model from the JSON mapping; the feature names must be the ones ``features`` computes."""
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE} was fitted on other features; refit with benchmarks/fit_residue.py")
    weights = data["weights"]
    return Model(float(data["bias"]), tuple(float(weights[name]) for name in names))


@cache
def shipped_model() -> Model:
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return model_from(json.loads(text))
