"""The replies (``replies.py``): one per category, with the school's crisis resources, and
never flagged by the filter itself (the AI's responses are checked too)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from raptscallions.sdk.testing import load_module_folder

FOLDER = Path(__file__).resolve().parents[1]


# The module's folder, imported once as the engine imports it (a package, so that its
# files' relative imports work); its files are taken from that one package.
_LOADED = load_module_folder(FOLDER)
PACKAGE = next(iter(_LOADED.handlers.values())).__module__.rpartition(".")[0]


def _submodule(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


replies: Any = _submodule("replies")
detect: Any = _submodule("detect")
model: Any = _submodule("model")

DETECTOR = detect.Detector(model.load_default())


def test_self_harm_reply_points_to_people_and_crisis_line() -> None:
    text = replies.reply("self_harm")
    assert "988" in text and "not alone" in text
    assert "your school counselor" in text and "911" in text


def test_concern_reply_is_about_helping_the_friend() -> None:
    text = replies.reply("concern_for_other")
    assert "your friend" in text and "trusted adult" in text
    assert "secret" in text and "988" in text and "911" in text


def test_violence_reply_is_calm() -> None:
    text = replies.reply("violence")
    assert "trusted adult" in text and "911" in text
    assert "step away" in text


def test_resources_are_configurable_per_school() -> None:
    school = {
        "line": "Kids Help Phone: call 1-800-668-6868 or text CONNECT to 686868",
        "emergency": "999",
        "schoolContact": "Ms. Rivera in the counseling office (room 112)",
    }
    for category in ("self_harm", "concern_for_other"):
        text = replies.reply(category, school)
        assert "Kids Help Phone" in text and "999" in text and "Ms. Rivera" in text
        assert "988" not in text and "911" not in text
    # a blank or unknown value keeps the default
    assert "988" in replies.reply("self_harm", {"line": "  ", "other": "x"})


def test_unknown_category() -> None:
    with pytest.raises(KeyError):
        replies.reply("weather")


@pytest.mark.parametrize("category", ["self_harm", "violence", "sexual_minors",
                                      "concern_for_other", "custom"])  # fmt: skip
def test_replies_do_not_flag_themselves(category: str) -> None:
    # The AI's responses are checked by the rules (the model reads students' messages), so a
    # reply the AI repeats must pass the rules at every sensitivity.
    text = replies.reply(category)
    for level in ("low", "medium", "high"):
        found = DETECTOR.detect(text, sensitivity=level, use_model=False).findings
        assert found == (), (category, level)
