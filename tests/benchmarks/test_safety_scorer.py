"""The safety-filter's evaluation corpora (benchmarks/safety/eval.jsonl, the long-form posts
of eval_longform.jsonl, the blind sets of eval_blind.jsonl to eval_blind35.jsonl) are
well-formed, are what their generators write and share no text with the module's training
corpus (nor, for the blind sets, with the other corpora); the scorer counts blocks, misses and
false positives right. No recall figures are asserted here: those are what the scorer
reports."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _import(name: str) -> ModuleType:
    if str(REPO) not in sys.path:  # plain `pytest` (importlib mode) does not add the root
        sys.path.insert(0, str(REPO))
    return importlib.import_module(name)


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score: Any = _import("benchmarks.safety.score")
make_eval: Any = _import("benchmarks.safety.make_eval")
make_eval_longform: Any = _import("benchmarks.safety.make_eval_longform")
make_eval_tutoring: Any = _import("benchmarks.safety.make_eval_tutoring")
make_eval_blind: Any = _import("benchmarks.safety.make_eval_blind")
make_eval_blind2: Any = _import("benchmarks.safety.make_eval_blind2")
make_eval_blind3: Any = _import("benchmarks.safety.make_eval_blind3")
make_eval_blind4: Any = _import("benchmarks.safety.make_eval_blind4")
make_eval_blind5: Any = _import("benchmarks.safety.make_eval_blind5")
make_eval_blind6: Any = _import("benchmarks.safety.make_eval_blind6")
make_eval_blind7: Any = _import("benchmarks.safety.make_eval_blind7")
make_eval_blind8: Any = _import("benchmarks.safety.make_eval_blind8")
make_eval_blind9: Any = _import("benchmarks.safety.make_eval_blind9")
make_eval_blind10: Any = _import("benchmarks.safety.make_eval_blind10")
make_eval_blind11: Any = _import("benchmarks.safety.make_eval_blind11")
make_eval_blind12: Any = _import("benchmarks.safety.make_eval_blind12")
make_eval_blind13: Any = _import("benchmarks.safety.make_eval_blind13")
make_eval_blind14: Any = _import("benchmarks.safety.make_eval_blind14")
make_eval_blind15: Any = _import("benchmarks.safety.make_eval_blind15")
make_eval_blind16: Any = _import("benchmarks.safety.make_eval_blind16")
make_eval_blind17: Any = _import("benchmarks.safety.make_eval_blind17")
make_eval_blind18: Any = _import("benchmarks.safety.make_eval_blind18")
make_eval_blind19: Any = _import("benchmarks.safety.make_eval_blind19")
make_eval_blind20: Any = _import("benchmarks.safety.make_eval_blind20")
make_eval_blind21: Any = _import("benchmarks.safety.make_eval_blind21")
make_eval_blind22: Any = _import("benchmarks.safety.make_eval_blind22")
make_eval_blind23: Any = _import("benchmarks.safety.make_eval_blind23")
make_eval_blind24: Any = _import("benchmarks.safety.make_eval_blind24")
make_eval_blind25: Any = _import("benchmarks.safety.make_eval_blind25")
make_eval_blind26: Any = _import("benchmarks.safety.make_eval_blind26")
make_eval_blind27: Any = _import("benchmarks.safety.make_eval_blind27")
make_eval_blind28: Any = _import("benchmarks.safety.make_eval_blind28")
make_eval_blind29: Any = _import("benchmarks.safety.make_eval_blind29")
make_eval_blind30: Any = _import("benchmarks.safety.make_eval_blind30")
make_eval_blind31: Any = _import("benchmarks.safety.make_eval_blind31")
make_eval_blind32: Any = _import("benchmarks.safety.make_eval_blind32")
make_eval_blind33: Any = _import("benchmarks.safety.make_eval_blind33")
make_eval_blind34: Any = _import("benchmarks.safety.make_eval_blind34")
make_eval_blind35: Any = _import("benchmarks.safety.make_eval_blind35")
bench: Any = _import("benchmarks.bench_safety_recall")
training: Any = _load(
    "safety_filter_training_corpus", REPO / "modules" / "safety-filter" / "training" / "corpus.py"
)

EVAL = REPO / "benchmarks" / "safety" / "eval.jsonl"
LONGFORM = REPO / "benchmarks" / "safety" / "eval_longform.jsonl"
TUTORING = REPO / "benchmarks" / "safety" / "eval_tutoring.jsonl"
BLIND = REPO / "benchmarks" / "safety" / "eval_blind.jsonl"
BLIND2 = REPO / "benchmarks" / "safety" / "eval_blind2.jsonl"
BLIND3 = REPO / "benchmarks" / "safety" / "eval_blind3.jsonl"
BLIND4 = REPO / "benchmarks" / "safety" / "eval_blind4.jsonl"
BLIND5 = REPO / "benchmarks" / "safety" / "eval_blind5.jsonl"
BLIND6 = REPO / "benchmarks" / "safety" / "eval_blind6.jsonl"
BLIND7 = REPO / "benchmarks" / "safety" / "eval_blind7.jsonl"
BLIND8 = REPO / "benchmarks" / "safety" / "eval_blind8.jsonl"
BLIND9 = REPO / "benchmarks" / "safety" / "eval_blind9.jsonl"
BLIND10 = REPO / "benchmarks" / "safety" / "eval_blind10.jsonl"
BLIND11 = REPO / "benchmarks" / "safety" / "eval_blind11.jsonl"
BLIND12 = REPO / "benchmarks" / "safety" / "eval_blind12.jsonl"
BLIND13 = REPO / "benchmarks" / "safety" / "eval_blind13.jsonl"
BLIND14 = REPO / "benchmarks" / "safety" / "eval_blind14.jsonl"
BLIND15 = REPO / "benchmarks" / "safety" / "eval_blind15.jsonl"
BLIND16 = REPO / "benchmarks" / "safety" / "eval_blind16.jsonl"
BLIND17 = REPO / "benchmarks" / "safety" / "eval_blind17.jsonl"
BLIND18 = REPO / "benchmarks" / "safety" / "eval_blind18.jsonl"
BLIND19 = REPO / "benchmarks" / "safety" / "eval_blind19.jsonl"
BLIND20 = REPO / "benchmarks" / "safety" / "eval_blind20.jsonl"
BLIND21 = REPO / "benchmarks" / "safety" / "eval_blind21.jsonl"
BLIND22 = REPO / "benchmarks" / "safety" / "eval_blind22.jsonl"
BLIND23 = REPO / "benchmarks" / "safety" / "eval_blind23.jsonl"
BLIND24 = REPO / "benchmarks" / "safety" / "eval_blind24.jsonl"
BLIND25 = REPO / "benchmarks" / "safety" / "eval_blind25.jsonl"
BLIND26 = REPO / "benchmarks" / "safety" / "eval_blind26.jsonl"
BLIND27 = REPO / "benchmarks" / "safety" / "eval_blind27.jsonl"
BLIND28 = REPO / "benchmarks" / "safety" / "eval_blind28.jsonl"
BLIND29 = REPO / "benchmarks" / "safety" / "eval_blind29.jsonl"
BLIND30 = REPO / "benchmarks" / "safety" / "eval_blind30.jsonl"
BLIND31 = REPO / "benchmarks" / "safety" / "eval_blind31.jsonl"
BLIND32 = REPO / "benchmarks" / "safety" / "eval_blind32.jsonl"
BLIND33 = REPO / "benchmarks" / "safety" / "eval_blind33.jsonl"
BLIND34 = REPO / "benchmarks" / "safety" / "eval_blind34.jsonl"
BLIND35 = REPO / "benchmarks" / "safety" / "eval_blind35.jsonl"
LABELS = {"self_harm", "violence", "concern_for_other", "sexual_minors", "benign"}
BLINDS = [
    BLIND,
    BLIND2,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    BLIND7,
    BLIND8,
    BLIND9,
    BLIND10,
    BLIND11,
    BLIND12,
    BLIND13,
    BLIND14,
    BLIND15,
    BLIND16,
    BLIND17,
    BLIND18,
    BLIND19,
    BLIND20,
    BLIND21,
    BLIND22,
    BLIND23,
    BLIND24,
    BLIND25,
    BLIND26,
    BLIND27,
    BLIND28,
    BLIND29,
    BLIND30,
    BLIND31,
    BLIND32,
    BLIND33,
    BLIND34,
    BLIND35,
]
# each blind set, and every evaluation file written before it
BLIND_AND_EARLIER = [
    (blind, other)
    for i, blind in enumerate(BLINDS)
    for other in (EVAL, LONGFORM, TUTORING, *BLINDS[:i])
]


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


ROWS = _rows(EVAL)
LONG_ROWS = _rows(LONGFORM)
BLIND_ROWS = _rows(BLIND)
BLIND2_ROWS = _rows(BLIND2)
BLIND3_ROWS = _rows(BLIND3)
BLIND4_ROWS = _rows(BLIND4)
BLIND5_ROWS = _rows(BLIND5)
BLIND6_ROWS = _rows(BLIND6)
BLIND7_ROWS = _rows(BLIND7)
BLIND8_ROWS = _rows(BLIND8)
BLIND9_ROWS = _rows(BLIND9)
BLIND10_ROWS = _rows(BLIND10)
BLIND11_ROWS = _rows(BLIND11)
BLIND12_ROWS = _rows(BLIND12)
BLIND13_ROWS = _rows(BLIND13)
BLIND14_ROWS = _rows(BLIND14)
BLIND15_ROWS = _rows(BLIND15)
BLIND16_ROWS = _rows(BLIND16)
BLIND17_ROWS = _rows(BLIND17)
BLIND18_ROWS = _rows(BLIND18)
BLIND19_ROWS = _rows(BLIND19)
BLIND20_ROWS = _rows(BLIND20)
BLIND21_ROWS = _rows(BLIND21)
BLIND22_ROWS = _rows(BLIND22)
BLIND23_ROWS = _rows(BLIND23)
BLIND24_ROWS = _rows(BLIND24)
BLIND25_ROWS = _rows(BLIND25)
BLIND26_ROWS = _rows(BLIND26)
BLIND27_ROWS = _rows(BLIND27)
BLIND28_ROWS = _rows(BLIND28)
BLIND29_ROWS = _rows(BLIND29)
BLIND30_ROWS = _rows(BLIND30)
BLIND31_ROWS = _rows(BLIND31)
BLIND32_ROWS = _rows(BLIND32)
BLIND33_ROWS = _rows(BLIND33)
BLIND34_ROWS = _rows(BLIND34)
BLIND35_ROWS = _rows(BLIND35)


@pytest.fixture(scope="module")
def trained_texts() -> list[str]:
    """The training corpus's texts, normalised as the corpora are compared."""
    return [training.normalize_text(e.text) for e in training.build()]


_SENTENCE_WORDS = 6  # a sentence this long or longer may not recur in the training corpus


@pytest.fixture(scope="module")
def trained_index(trained_texts: list[str]) -> tuple[str, set[int]]:
    """The training texts joined for a substring search, and the hash of every run of
    ``_SENTENCE_WORDS`` words in them (a sentence can be in a text only if its first words
    are: the search runs only then)."""
    n = _SENTENCE_WORDS
    runs = {
        hash(" ".join(words[i : i + n]))
        for text in trained_texts
        for words in (text.split(),)
        for i in range(len(words) - n + 1)
    }
    return "\n".join(f" {t} " for t in trained_texts), runs


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


def test_committed_corpus_is_what_the_generator_writes() -> None:
    assert EVAL.read_text(encoding="utf-8") == make_eval.render(), (
        "eval.jsonl is stale: run `python -m benchmarks.safety.make_eval`"
    )


def test_corpus_shape() -> None:
    assert len(ROWS) >= 500
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    for r in ROWS:
        assert set(r) == {"id", "text", "label", "kind", "sub", "writing"}, r
        assert r["label"] in LABELS and r["text"].strip() and r["kind"], r
    labels = Counter(r["label"] for r in ROWS)
    assert labels["self_harm"] >= 150 and labels["violence"] >= 80
    assert labels["concern_for_other"] >= 40 and labels["benign"] >= 150
    kinds = {r["kind"] for r in ROWS if r["label"] == "self_harm"}
    assert kinds == {"direct", "indirect"}
    subs = {r["sub"] for r in ROWS if r["label"] == "self_harm" and r["kind"] == "indirect"}
    assert {"hopelessness", "goodbye", "giving_away", "burden", "plan", "method",
            "self_injury"} <= subs  # fmt: skip
    benign_kinds = {r["kind"] for r in ROWS if r["label"] == "benign"}
    assert {"idiom", "game", "academic", "literature", "medical", "lyrics", "sarcasm"} <= (
        benign_kinds
    )
    writings = {r["writing"] for r in ROWS if r["label"] != "benign"}
    assert {"caps", "nospace", "misspelled", "slang", "leet", "stretched"} <= writings


def test_committed_tutoring_corpus_is_what_its_generator_writes() -> None:
    assert TUTORING.read_text(encoding="utf-8") == make_eval_tutoring.render(), (
        "eval_tutoring.jsonl is stale: run `python -m benchmarks.safety.make_eval_tutoring`"
    )
    rows = _rows(TUTORING)
    assert len(rows) >= 250 and {r["label"] for r in rows} == {"benign"}
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("path", [EVAL, LONGFORM, TUTORING, *BLINDS], ids=lambda p: p.name)
def test_no_evaluation_text_is_in_the_training_corpus(path: Path, trained_texts: list[str]) -> None:
    trained = set(trained_texts)
    leaked = [r["text"] for r in _rows(path) if training.normalize_text(r["text"]) in trained]
    assert leaked == [], f"{len(leaked)} texts of {path.name} are in the training corpus"


# --------------------------------------------------------------------------------------------
# The sets of hand-written posts: long-form, blind, second to twelfth blind
# --------------------------------------------------------------------------------------------

POST_SETS = [
    (LONGFORM, make_eval_longform),
    (BLIND, make_eval_blind),
    (BLIND2, make_eval_blind2),
    (BLIND3, make_eval_blind3),
    (BLIND4, make_eval_blind4),
    (BLIND5, make_eval_blind5),
    (BLIND6, make_eval_blind6),
    (BLIND7, make_eval_blind7),
    (BLIND8, make_eval_blind8),
    (BLIND9, make_eval_blind9),
    (BLIND10, make_eval_blind10),
    (BLIND11, make_eval_blind11),
    (BLIND12, make_eval_blind12),
    (BLIND13, make_eval_blind13),
    (BLIND14, make_eval_blind14),
    (BLIND15, make_eval_blind15),
    (BLIND16, make_eval_blind16),
    (BLIND17, make_eval_blind17),
    (BLIND18, make_eval_blind18),
    (BLIND19, make_eval_blind19),
    (BLIND20, make_eval_blind20),
    (BLIND21, make_eval_blind21),
    (BLIND22, make_eval_blind22),
    (BLIND23, make_eval_blind23),
    (BLIND24, make_eval_blind24),
    (BLIND25, make_eval_blind25),
    (BLIND26, make_eval_blind26),
    (BLIND27, make_eval_blind27),
    (BLIND28, make_eval_blind28),
    (BLIND29, make_eval_blind29),
    (BLIND30, make_eval_blind30),
    (BLIND31, make_eval_blind31),
    (BLIND32, make_eval_blind32),
    (BLIND33, make_eval_blind33),
    (BLIND34, make_eval_blind34),
    (BLIND35, make_eval_blind35),
]


@pytest.mark.parametrize(("path", "generator"), POST_SETS, ids=lambda v: getattr(v, "name", ""))
def test_committed_post_corpus_is_what_its_generator_writes(path: Path, generator: Any) -> None:
    assert path.read_text(encoding="utf-8") == generator.render(), (
        f"{path.name} is stale: run `python -m {generator.__name__}`"
    )


@pytest.mark.parametrize("path", [p for p, _ in POST_SETS], ids=lambda p: p.name)
def test_no_post_sentence_is_in_the_training_corpus(
    path: Path, trained_index: tuple[str, set[int]]
) -> None:
    """Whole posts never recur in training; nor may any of their sentences (of six words or
    more), so that the figures measure generalisation, not recall of a sentence."""
    leaked = _trained_sentences(_rows(path), trained_index)
    assert leaked == [], f"sentences of {path.name} in the training corpus: {leaked}"


@pytest.mark.parametrize(("blind", "other"), BLIND_AND_EARLIER, ids=lambda p: p.name)
def test_blind_corpora_share_no_text_with_another_evaluation_file(blind: Path, other: Path) -> None:
    others = {training.normalize_text(r["text"]) for r in _rows(other)}
    shared = [r["id"] for r in _rows(blind) if training.normalize_text(r["text"]) in others]
    assert shared == [], f"texts of {blind.name} also in {other.name}: {shared}"


def _well_formed(rows: list[dict[str, Any]], prefix: str, writings: Sequence[str]) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith(prefix) for r in rows)  # apart from the other sets' ids
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "label", "kind", "sub", "writing"}, r
        assert r["label"] in LABELS and r["text"].strip() and r["kind"], r
        assert r["writing"] in writings, r


# --------------------------------------------------------------------------------------------
# The long-form corpus
# --------------------------------------------------------------------------------------------


def test_longform_corpus_shape() -> None:
    rows = LONG_ROWS
    assert len(rows) >= 240
    _well_formed(rows, "lf-", make_eval_longform.WRITINGS)
    labels = Counter(r["label"] for r in rows)
    assert labels["self_harm"] >= 80 and labels["violence"] >= 40
    assert labels["concern_for_other"] >= 30 and labels["benign"] >= 90
    long_posts = [r for r in rows if r["writing"] != "short"]
    assert sum(len(re.findall(r"[.!?]", r["text"])) >= 3 for r in long_posts) >= 150
    kinds = {r["kind"] for r in rows if r["label"] == "self_harm"}
    assert kinds == {"direct", "indirect"}
    subs = {r["sub"] for r in rows if r["label"] == "self_harm" and r["kind"] == "indirect"}
    assert {"hopelessness", "goodbye", "giving_away", "burden", "plan", "method",
            "self_injury"} <= subs  # fmt: skip
    benign_kinds = Counter(r["kind"] for r in rows if r["label"] == "benign")
    sad = {"venting", "breakup", "school_stress", "grief", "negation", "academic"}
    # hateful or angry but threatening no one: benign here, a third of the hard negatives
    angry = {"hate_nonviolent", "angry_teacher", "angry_vent", "insult"}
    assert sad | angry <= set(benign_kinds)
    assert sum(benign_kinds[k] for k in angry) >= 25
    writings = {r["writing"] for r in rows if r["label"] != "benign"}
    assert {"long", "runon", "caps", "misspelled", "slang", "short"} <= writings


def _trained_sentences(
    rows: list[dict[str, Any]], trained_index: tuple[str, set[int]]
) -> list[str]:
    """The sentences (of six words or more) of `rows` found in a text of the training corpus."""
    haystack, runs = trained_index
    return sorted(
        {
            sentence
            for r in rows
            for part in re.split(r"[.!?\n]+", r["text"])
            if len(words := (sentence := training.normalize_text(part)).split()) >= _SENTENCE_WORDS
            and hash(" ".join(words[:_SENTENCE_WORDS])) in runs
            and f" {sentence} " in haystack
        }
    )


# --------------------------------------------------------------------------------------------
# The blind corpus
# --------------------------------------------------------------------------------------------


def test_blind_corpus_shape() -> None:
    rows = BLIND_ROWS
    assert len(rows) >= 300
    _well_formed(rows, "bl-", make_eval_blind.WRITINGS)
    labels = Counter(r["label"] for r in rows)
    assert labels["self_harm"] >= 100 and labels["violence"] >= 50
    assert labels["concern_for_other"] >= 30 and labels["benign"] >= 100
    kinds = Counter(r["kind"] for r in rows if r["label"] == "self_harm")
    assert set(kinds) == {"direct", "indirect"} and min(kinds.values()) >= 45
    subs = {r["sub"] for r in rows if r["label"] == "self_harm" and r["kind"] == "indirect"}
    assert {"hopelessness", "goodbye", "giving_away", "burden", "plan", "method",
            "self_injury"} <= subs  # fmt: skip
    violence = {r["kind"] for r in rows if r["label"] == "violence"}
    assert {"intent", "conditional", "someone_should", "weapon_school", "group", "veiled",
            "wish"} <= violence  # fmt: skip
    benign_kinds = Counter(r["kind"] for r in rows if r["label"] == "benign")
    assert {"depression_no_intent", "venting", "teen_casual", "idiom", "hyperbole", "game",
            "academic", "news", "history", "hate_nonviolent", "insult", "recovery",
            "fiction"} <= set(benign_kinds)  # fmt: skip
    writings = {r["writing"] for r in rows if r["label"] != "benign"}
    assert set(make_eval_blind.WRITINGS) <= writings


# --------------------------------------------------------------------------------------------
# The later blind corpora: each as large as the last or larger, with more kinds
# --------------------------------------------------------------------------------------------

# what the third to fourteenth sets add: threat test cases, and their hard negatives
_TESTCASES = ({"threat_testcase"}, {"negated_threat", "counter_speech", "reported_threat_news"})


@pytest.mark.parametrize(
    ("rows", "prefix", "writings", "sizes", "added"),
    [
        (BLIND2_ROWS, "b2-", make_eval_blind2.WRITINGS, (280, 90, 50, 30, 100, 40), (set(), set())),
        (BLIND3_ROWS, "b3-", make_eval_blind3.WRITINGS, (400, 120, 70, 40, 160, 55), _TESTCASES),
        (BLIND4_ROWS, "b4-", make_eval_blind4.WRITINGS, (430, 130, 80, 45, 170, 60), _TESTCASES),
        (BLIND5_ROWS, "b5-", make_eval_blind5.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND6_ROWS, "b6-", make_eval_blind6.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND7_ROWS, "b7-", make_eval_blind7.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND8_ROWS, "b8-", make_eval_blind8.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND9_ROWS, "b9-", make_eval_blind9.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND10_ROWS, "b10-", make_eval_blind10.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND11_ROWS, "b11-", make_eval_blind11.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND12_ROWS, "b12-", make_eval_blind12.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND13_ROWS, "b13-", make_eval_blind13.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND14_ROWS, "b14-", make_eval_blind14.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND15_ROWS, "b15-", make_eval_blind15.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND16_ROWS, "b16-", make_eval_blind16.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND17_ROWS, "b17-", make_eval_blind17.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND18_ROWS, "b18-", make_eval_blind18.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND19_ROWS, "b19-", make_eval_blind19.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND20_ROWS, "b20-", make_eval_blind20.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND21_ROWS, "b21-", make_eval_blind21.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND22_ROWS, "b22-", make_eval_blind22.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND23_ROWS, "b23-", make_eval_blind23.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND24_ROWS, "b24-", make_eval_blind24.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND25_ROWS, "b25-", make_eval_blind25.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND26_ROWS, "b26-", make_eval_blind26.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND27_ROWS, "b27-", make_eval_blind27.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND28_ROWS, "b28-", make_eval_blind28.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND29_ROWS, "b29-", make_eval_blind29.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND30_ROWS, "b30-", make_eval_blind30.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND31_ROWS, "b31-", make_eval_blind31.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND32_ROWS, "b32-", make_eval_blind32.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND33_ROWS, "b33-", make_eval_blind33.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND34_ROWS, "b34-", make_eval_blind34.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
        (BLIND35_ROWS, "b35-", make_eval_blind35.WRITINGS, (450, 135, 85, 50, 180, 60), _TESTCASES),
    ],
    ids=[
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
    ],
)
def test_later_blind_corpus_shape(
    rows: list[dict[str, Any]],
    prefix: str,
    writings: Sequence[str],
    sizes: tuple[int, int, int, int, int, int],
    added: tuple[set[str], set[str]],
) -> None:
    total, self_harm, violence_n, concern_n, benign_n, per_kind = sizes
    assert len(rows) >= total
    _well_formed(rows, prefix, writings)
    labels = Counter(r["label"] for r in rows)
    assert labels["self_harm"] >= self_harm and labels["violence"] >= violence_n
    assert labels["concern_for_other"] >= concern_n and labels["benign"] >= benign_n
    kinds = Counter(r["kind"] for r in rows if r["label"] == "self_harm")
    assert set(kinds) == {"direct", "indirect"} and min(kinds.values()) >= per_kind
    direct = {r["sub"] for r in rows if r["label"] == "self_harm" and r["kind"] == "direct"}
    assert direct == {"post", "chat", "coded"}
    subs = {r["sub"] for r in rows if r["label"] == "self_harm" and r["kind"] == "indirect"}
    assert {"hopelessness", "goodbye", "giving_away", "burden", "plan", "method",
            "self_injury"} <= subs  # fmt: skip
    violence = {r["kind"] for r in rows if r["label"] == "violence"}
    assert {"intent", "conditional", "someone_should", "weapon_school", "group", "veiled",
            "wish", *added[0]} <= violence  # fmt: skip
    if added[0]:
        threats = {r["sub"] for r in rows if r["kind"] == "threat_testcase"}
        assert {"direct", "conditional", "time_place_weapon", "implied"} <= threats
    concern = {r["kind"] for r in rows if r["label"] == "concern_for_other"}
    assert {"reported_intent", "warning_signs", "self_injury", "being_hurt",
            "question"} <= concern  # fmt: skip
    benign_kinds = Counter(r["kind"] for r in rows if r["label"] == "benign")
    assert {"depression_no_intent", "venting", "teen_casual", "idiom", "hyperbole", "game",
            "sports", "academic", "news", "history", "recovery", "fiction", "hate_nonviolent",
            "insult", "health_question", "friend_ok", *added[1]} <= set(benign_kinds)  # fmt: skip
    assert set(writings) <= {r["writing"] for r in rows if r["label"] != "benign"}


# --------------------------------------------------------------------------------------------
# The scorer
# --------------------------------------------------------------------------------------------


def case(label: str, kind: str = "k", text: str = "t", writing: str = "plain") -> Any:
    return score.Case(f"{label}-{kind}-{text}", text, label, kind, "", writing)


def test_tally_counts_recall_category_and_false_positives() -> None:
    outcomes = [
        score.Outcome(case("self_harm", "direct", "a"), True, "self_harm", None),
        score.Outcome(case("self_harm", "indirect", "b"), True, "concern_for_other", None),
        score.Outcome(case("self_harm", "indirect", "c"), False, None, None),
        score.Outcome(case("violence", "group", "d", "caps"), True, "violence", None),
        score.Outcome(case("benign", "idiom", "e"), True, "self_harm", {"rule": "x"}),
        score.Outcome(case("benign", "idiom", "f"), False, None, None),
        score.Outcome(case("benign", "game", "g"), False, None, None),
    ]
    report = score.tally("medium", outcomes)
    assert report.recall["self_harm"].as_dict() == {"hits": 2, "total": 3, "rate": 0.6667}
    assert report.recall["self_harm/indirect"].hits == 1
    assert report.as_labelled["self_harm"].hits == 1
    assert report.recall["violence"].rate == 1.0
    assert report.writings["caps"].hits == 1
    assert report.benign["idiom"].as_dict() == {"hits": 1, "total": 2, "rate": 0.5}
    assert report.benign_all.hits == 1 and report.benign_all.total == 3
    assert [o.case.text for o in report.misses] == ["c"]
    assert [o.case.text for o in report.false_positives] == ["e"]
    line = score.summary(report)
    assert "self_harm 66.7% (>= 90% BELOW)" in line and "benign blocked 33.3%" in line


FAKE_MODULE = """
from raptscallions.sdk import Block, define_module
module = define_module()

@module.hook("chat:before_ai")
async def check(ctx):
    text = ctx.message.content
    if "block" in text:
        cat = "self_harm" if ctx.config["sensitivity"] != "low" else "violence"
        ctx.emit("safety_flag", {"category": cat, "rule": "fake.rule"})
        return Block(reason="safety:" + cat, direct_response="no")
    return None
"""

FAKE_MANIFEST = """
name: safety-filter
version: 1.0.0
description: a fake that blocks any text with the word block
hooks: [chat:before_ai]
permissions: [extractions:write]
config:
  type: object
  properties:
    sensitivity: {type: string, enum: [low, medium, high], default: medium}
"""


@pytest.fixture
def fake(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "safety-filter"
    folder.mkdir()
    (folder / "module.yaml").write_text(FAKE_MANIFEST)
    (folder / "module.py").write_text(FAKE_MODULE)
    corpus = tmp_path / "eval.jsonl"
    rows = [
        {"id": "sh-1", "text": "please block", "label": "self_harm", "kind": "direct",
         "sub": "", "writing": "plain"},
        {"id": "sh-2", "text": "quiet", "label": "self_harm", "kind": "indirect",
         "sub": "goodbye", "writing": "plain"},
        {"id": "bn-1", "text": "block party", "label": "benign", "kind": "idiom",
         "sub": "", "writing": "plain"},
        {"id": "bn-2", "text": "hello", "label": "benign", "kind": "game",
         "sub": "", "writing": "plain"},
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder, corpus


async def test_score_module_runs_the_handler_at_each_sensitivity(fake: tuple[Path, Path]) -> None:
    folder, corpus = fake
    reports = await score.score_module(folder, score.load_eval(corpus))
    assert [r.level for r in reports] == ["low", "medium", "high"]
    low, medium, _ = reports
    assert medium.recall["self_harm"].hits == 1 and medium.as_labelled["self_harm"].hits == 1
    assert low.as_labelled["self_harm"].hits == 0  # blocked, but as violence
    assert medium.benign["idiom"].hits == 1 and medium.benign["game"].hits == 0
    flagged = [o for o in medium.outcomes if o.flag is not None]
    assert [o.flag["rule"] for o in flagged] == ["fake.rule", "fake.rule"]


def test_main_prints_figures_and_writes_json(
    fake: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, corpus = fake
    out = tmp_path / "figures.json"
    argv = ["--module", str(folder), "--corpus", str(corpus), "--json", str(out), "--show"]
    assert score.main(argv) == 0
    printed = capsys.readouterr().out
    assert "Recall (blocked)" in printed and "SUMMARY [medium]" in printed
    assert "Misses at medium (1):" in printed and "sh-2" in printed
    assert "False positives at medium (1):" in printed and "bn-1" in printed
    data = json.loads(out.read_text())
    assert data["levels"]["medium"]["benign_blocked"] == {"hits": 1, "total": 2, "rate": 0.5}


def test_main_reports_a_module_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "safety-filter"
    broken.mkdir()
    (broken / "module.yaml").write_text("name: safety-filter\n")
    assert score.main(["--module", str(broken), "--level", "medium"]) == 2
    assert "cannot score" in capsys.readouterr().err


def test_bench_entry_point(fake: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder, corpus = fake
    bench.main(["--module", str(folder), "--corpus", str(corpus), "--level", "medium"])
    assert "SUMMARY [medium]" in capsys.readouterr().out


def test_export_revision_writes_the_committed_module(tmp_path: Path) -> None:
    folder = score.export_revision("HEAD", tmp_path)
    assert (folder / "module.yaml").is_file() and (folder / "module.py").is_file()
    assert folder.name == "safety-filter"
