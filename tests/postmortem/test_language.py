from __future__ import annotations

import pytest

from debrief.wording.language import (
    BANNED_PHRASES,
    assert_observational,
    evaluative_phrases,
    report_sentences,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Email underperformed in October.", ["underperform"]),
        ("The launch FAILED twice", ["fail"]),
        ("It was bad.", ["was bad"]),
        ("A poor   job by display", ["poor"]),
        ("We should have paused it", ["should have"]),
        ("Nobody is to blame", ["blame"]),
        ("Weak creative", ["weak"]),
        ("A disappointing month", ["disappoint"]),
        ("Whose fault was it", ["fault"]),
    ],
)
def test_evaluative_phrases_are_found(text: str, expected: list[str]) -> None:
    assert evaluative_phrases(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ROAS was 0.52 against a target of 3.0.",
        "Email open rate was 18%, below the 24% benchmark.",
        "CTR was 0.41% against a median of 1.1% for the team's other campaigns.",
        "Spend on video was 1,200.00 with no impressions recorded (2026-10-14 to 2026-10-16).",
        "A tweak to the default bid.",  # "weak" inside a word is not the word
        "",
    ],
)
def test_observations_pass(text: str) -> None:
    assert evaluative_phrases(text) == []


def test_every_banned_phrase_is_caught_by_itself() -> None:
    for phrase in BANNED_PHRASES:
        assert phrase in evaluative_phrases(f"This {phrase} here."), phrase


def test_assert_observational_names_the_sentence() -> None:
    with pytest.raises(ValueError, match="underperform"):
        assert_observational(["fine", "display underperformed"])


def test_report_sentences_skip_recorded_descriptions_and_data_values() -> None:
    doc = {
        "stages": {
            "timeline": {
                "tables": {
                    "events": [
                        {"description": "Pixel failed", "source": "recorded"},
                        {"description": "No spend for 2 days.", "source": "inferred"},
                    ]
                },
                "findings": [{"statement": "CTR was 1%.", "subject": {"campaign_id": "weak-1"}}],
            }
        }
    }
    assert report_sentences(doc) == ["No spend for 2 days.", "CTR was 1%."]
