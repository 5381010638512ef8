"""BP101's line classifier (issue 15): each feature family on lines written for these tests,
the model and its shipped weights, severity from confidence, the thresholds, the message and
`newslint explain`. Structure that is never residue is in test_residue_structure.py."""

from __future__ import annotations

import json
import re

import pytest
from conftest import lint
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate import PARAGRAPHS, story

from newslint.checks.boilerplate.residue import features as F
from newslint.checks.boilerplate.residue.classify import feature_rows
from newslint.checks.boilerplate.residue.context import StoryContext, occurrences
from newslint.checks.boilerplate.residue.model import WEIGHTS_FILE, Model, model_from, shipped_model
from newslint.checks.boilerplate.shape import StoryShape
from newslint.checks.boilerplate.stray_line import StrayPageLine
from newslint.config import Config
from newslint.document import Document
from newslint.rule import OptionsError
from newslint.types import Applicability, Severity

MIDDLE = 2  # between the second and third paragraphs
END = len(PARAGRAPHS)


def features_of(line: str, at: int = MIDDLE) -> dict[str, float]:
    """The features of ``line`` in the test story (whether or not the classifier judges it)."""
    shape = StoryShape(Document(story((at, line))))
    (found,) = [ln for ln in shape.lines if ln.text == line]
    return dict(zip(F.FEATURES, F.line_features(found, shape, StoryContext(shape)), strict=True))


def judged_row(text: str, line: str) -> list[float]:
    """The classifier's feature row for ``line`` of ``text`` (a line it judges)."""
    shape = StoryShape(Document(text))
    (row,) = [x for ln, x in feature_rows(shape) if ln.text == line]
    return row


def residue(line: str, at: int = MIDDLE) -> list:
    """BP/ST error and warning findings on ``line`` pasted into the test story."""
    text = story((at, line))
    number = text.split("\n").index(line) + 1
    return [
        d
        for d in lint(text, select=("BP", "ST"))
        if d.start.line == number and d.severity in (Severity.WARNING, Severity.ERROR)
    ]


def bp101(line: str, at: int = MIDDLE) -> list:
    return [d for d in residue(line, at) if d.code == "BP101"]


# -- feature families, one line at a time -----------------------------------------------------


def test_sentence_ness_tells_a_sentence_from_a_label():
    label = features_of("Garden Buzz")
    sentence = features_of("Several skippers said the dredging should have started years ago, before the storms.")
    assert label["ends_sentence"] == 0 and sentence["ends_sentence"] == 1
    assert label["title_case"] == 1 and sentence["title_case"] == 0
    assert sentence["prose_verbs"] > 0 and sentence["lower_share"] > label["lower_share"]
    assert features_of("+++ +")["no_letters"] == 1
    assert features_of("Weather")["one_word"] == 1


@pytest.mark.parametrize(
    "line, feature",
    [
        ("Listen to this article", "imperative_start"),
        ("Share this story with a friend", "imperative_start"),
        ("You are signed in as harbourfan", "second_person"),
        ("Get our newsletter delivered to your inbox", "second_person"),
        ("Follow our coverage on the app", "site_first_person"),
    ],
)
def test_address_to_the_reader(line, feature):
    assert features_of(line)[feature] == 1


def test_a_statement_that_opens_with_a_reader_verb_is_no_order():
    assert features_of("Comment from the harbour board was not available on Tuesday.")["imperative_start"] == 0


def test_web_vocabulary_counts_only_words_the_story_does_not_use_itself():
    assert features_of("Newsletter preferences and privacy settings")["web_words"] == 1
    # a story about a website uses the word in its copy: there it is no sign of residue
    text = story((MIDDLE, "Website archive"))
    text = text.replace("Fishing crews have complained", "The board's website and archive show crews have complained")
    row = judged_row(text, "Website archive")
    assert row[F.INDEX["web_words"]] == 0


@pytest.mark.parametrize(
    "line, feature",
    [
        ("Read the full story at harbourgazette.com", "url_or_handle"),
        ("Follow @porthavenpost for updates", "url_or_handle"),
        ("Home | Harbour | Weather | Sport", "menu_separators"),
        ("© 2025 Porthaven Media Group", "copyright"),
        ("More coverage from Reuters", "site_name"),
    ],
)
def test_web_marks_and_site_names(line, feature):
    assert features_of(line)[feature] == 1


def test_a_site_name_the_story_itself_reports_on_is_not_a_sign():
    text = story((MIDDLE, "Reuters poll")).replace("Fishing crews", "A Reuters count of fishing crews")
    row = judged_row(text, "Reuters poll")
    assert row[F.INDEX["site_name"]] == 0


@pytest.mark.parametrize(
    "line, feature",
    [
        ("Ana Ruiz/Getty Images", "credit_shape"),
        ("(AP)", "credit_shape"),
        ("Photo: Mina Osei", "credit_shape"),
        ("The old lighthouse at dusk over the estuary mouth. Photo: Mina Osei, AP", "credit_tail"),
    ],
)
def test_credit_shapes(line, feature):
    assert features_of(line)[feature] == 1


def test_photo_caption_shape():
    caption = features_of("Harbour master Ellis Ward speaks to reporters at the quay on Tuesday, March 4, 2025.")
    assert caption["caption_shape"] == 1 and caption["full_date"] == 1
    assert features_of("This file photo shows the quay before the storm.")["caption_shape"] == 1
    prose = features_of("The harbour master said the quay would stay shut until the work was done.")
    assert prose["caption_shape"] == 0


@pytest.mark.parametrize(
    "line",
    [
        "Imogen Castell covers transport and the sea for the Gazette.",
        "Tomas Brandt is a reporter at the Porthaven Post.",
        "Staff writers Ada Lind and Kofi Mensah contributed to this report.",
    ],
)
def test_author_blurb_shape(line):
    assert features_of(line)["blurb_shape"] == 1


@pytest.mark.parametrize(
    "line, feature",
    [
        ("By Imogen Castell", "byline_shape"),
        ("Tomas Brandt, Harbour Correspondent", "byline_shape"),
        ("Updated 9:14 am GMT, Tuesday, March 4, 2025", "stamp_shape"),
        ("Published 2 hours ago", "stamp_shape"),
        ("Tuesday 4 March 2025", "stamp_shape"),
    ],
)
def test_byline_and_time_stamp_shapes(line, feature):
    assert features_of(line)[feature] == 1


def test_headline_shape_and_teaser_labels():
    teaser = features_of("Mayor Opens New Library Wing In Old Town")
    assert teaser["headline_shape"] == 1 and teaser["teaser"] == 1 and teaser["no_overlap"] == 1
    assert features_of("Read more: Mayor opens library wing")["teaser_label"] == 1
    assert features_of("Ferry fares: what the new prices mean")["label_colon"] == 1


def test_position_features():
    assert features_of("Garden Buzz", at=0)["zone_top"] == 1
    assert features_of("Garden Buzz", at=END)["zone_bottom"] == 1
    middle = features_of("Garden Buzz")
    assert middle["zone_top"] == middle["zone_bottom"] == 0


def test_overlap_with_the_story_words_and_names():
    subhead = features_of("Dredging costs for the channel")
    teaser = features_of("Mayor Opens New Library Wing In Old Town")
    assert subhead["relevance"] == 1 and subhead["shares_half"] == 1 and subhead["no_overlap"] == 0
    assert teaser["relevance"] == 0 and teaser["unknown_names"] == 1


# -- the rule: one finding per residue line, severity from confidence -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article",
        "Support independent local journalism and make a difference for readers",
        "Why you can trust our harbour coverage",
        "Harbour master Ellis Ward speaks to reporters at the quay in Porthaven on Tuesday, March 4, 2025. (AP)",
        "Imogen Castell covers transport and the sea for the Gazette.",
        "Mayor Opens New Library Wing In Old Town",
    ],
)
@pytest.mark.parametrize("at", [MIDDLE, END])
def test_residue_no_pack_lists_is_caught_between_paragraphs_and_below(line, at):
    (d,) = residue(line, at)
    assert d.code == "BP101" and d.message.startswith("page residue (")


def test_the_message_names_the_kind_and_the_confidence():
    (d,) = bp101("Listen to this article")
    assert re.fullmatch(r"page residue \(reader prompt, (0\.\d\d|1\.00)\): 'Listen to this article'", d.message)


def test_a_long_line_is_quoted_shortened_in_the_message():
    line = "Support independent local journalism and make a difference for readers in Porthaven and beyond today"
    (d,) = bp101(line)
    assert d.message.endswith("…'") and len(d.message) < len(line) + 40


def test_an_error_carries_an_unsafe_fix_and_a_warning_a_display_only_one():
    found = [d for line in ("Listen to this article", "Why you can trust our harbour coverage") for d in bp101(line)]
    for d in found:
        confident = float(re.search(r", (\d\.\d\d)\)", d.message).group(1))
        if d.severity is Severity.ERROR:
            assert confident >= 0.9 and d.fix.applicability is Applicability.UNSAFE
        else:
            assert 0.8 <= confident < 0.9 and d.fix.applicability is Applicability.DISPLAY_ONLY


def test_thresholds_are_options_of_the_rule():
    line = "Why you can trust our harbour coverage"
    text = story((MIDDLE, line))
    assert [d.code for d in lint(text, select=("BP101",))] == ["BP101"]
    quiet = {"stray-page-line": {"threshold": 0.999, "info-threshold": 0.999}}
    assert lint(text, select=("BP101",), rules=quiet) == []
    # above info-threshold but below threshold: a doubtful line, reported as info only
    (d,) = lint(text, select=("BP101",), rules={"stray-page-line": {"threshold": 0.999, "info-threshold": 0.5}})
    assert d.severity is Severity.INFO and d.message.startswith("possible page residue (")
    assert d.fix.applicability is Applicability.DISPLAY_ONLY
    (d,) = lint(text, select=("BP101",), rules={"stray-page-line": {"error-threshold": 0.5}})
    assert d.severity is Severity.ERROR and d.fix.applicability is Applicability.UNSAFE


def test_a_threshold_outside_0_to_1_is_refused():
    with pytest.raises(OptionsError, match="between 0 and 1"):
        StrayPageLine.build_options({"threshold": 1.5})
    with pytest.raises(OptionsError, match="between 0 and 1"):
        StrayPageLine.build_options({"info-threshold": -0.1})


def test_a_line_a_pack_reports_gets_no_second_diagnostic():
    found = residue("Share this article")
    assert [d.code for d in found] == ["BP002"]


def test_the_unsafe_fix_deletes_the_line_and_leaves_one_blank_line():
    from newslint.api import fix_text

    line = "Listen to this article"
    text = story((MIDDLE, line))
    fixed = fix_text(text, config=Config(select=("BP101",)), unsafe=True).text
    assert fixed == story()


def test_explain_documents_the_classifier_and_its_settings(run_cli):
    result = run_cli("explain", "BP101")
    assert result.exit_code == 0
    out = " ".join(result.output.split())
    for words in ("logistic regression", "fit_residue.py", "weights.json", "threshold", "error-threshold",
                  "[tool.newslint.rules.stray-page-line] threshold = 0.8", "Fix safety", "Options"):
        assert words in out


# -- the model and its shipped numbers --------------------------------------------------------


def test_the_shipped_weights_are_for_these_features_and_say_how_they_were_fitted():
    from importlib import resources

    data = json.loads(
        resources.files("newslint.checks.boilerplate.residue").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    )
    assert tuple(data["features"]) == F.FEATURES
    assert "dev-a" in data["note"] and "fit_residue.py" in data["note"]
    assert set(data["weights"]) == set(F.FEATURES)


def test_weights_for_other_features_are_refused():
    with pytest.raises(ValueError, match="refit"):
        model_from({"features": ["words"], "bias": 0.0, "weights": {"words": 1.0}})


def test_probability_is_the_logistic_of_the_weighted_sum():
    model = Model(bias=-1.0, weights=tuple([0.0] * (len(F.FEATURES) - 1) + [2.0]))
    x = [0.0] * len(F.FEATURES)
    assert model.probability(x) == pytest.approx(1 / (1 + 2.718281828459045))
    x[-1] = 1.0
    assert model.probability(x) == pytest.approx(1 / (1 + 2.718281828459045**-1))
    assert shipped_model().probability([0.0] * len(F.FEATURES)) > 0


# -- speed tricks keep their results ------------------------------------------------------------


@given(
    st.text(alphabet="ab .-'’\n1", max_size=40),
    st.sampled_from(["a", "ab", "b", "a-b", "ba"]),
)
def test_whole_word_counting_by_find_agrees_with_a_word_pattern(text, word):
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")
    assert occurrences(text, word) == len(pattern.findall(text))
