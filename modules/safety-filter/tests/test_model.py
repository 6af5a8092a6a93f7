"""The statistical model (``model.py``), its weights file and its training corpus.

model.py, train.py and training/corpus.py are standard-library files; they are loaded by
path, like rules.py in test_rules.py.
"""

from __future__ import annotations

import importlib.util
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

FOLDER = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


model: Any = _load("safety_filter_model_under_test", FOLDER / "model.py")
train: Any = _load("safety_filter_train_under_test", FOLDER / "train.py")
corpus: Any = train.corpus

MODEL = model.load_default()


def words(text: str) -> list[str]:
    return list(MODEL.words(text))


# ------------------------------------------------------------------------------------------
# Normalisation
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("I WANT TO DIE", "i want to die"),
        ("i wanna die", "i want to die"),
        ("iwanttodie", "i want to die"),
        ("imgonnakillmyself", "i am going to kill myself"),
        ("i w4nt t0 d1e", "i want to die"),
        ("i want to dieeeee", "i want to die"),
        ("killlll myselffff", "kill myself"),
        ("kms", "kill myself"),
        ("kys", "kill yourself"),
        ("thinking about sewerslide", "thinking about suicide"),
        ("unaliving myself", "killing myself"),
        ("k i l l myself", "kill myself"),
        ("I don’t want to live", "i do not want to live"),
        ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to die"),
        ("i want to k\u200bill myself", "i want to kill myself"),
        ("ur so dumb rn", "your so dumb right now"),
    ],
)
def test_normalisation(typed: str, expected: str) -> None:
    assert " ".join(words(typed)) == expected


def test_numbers_with_units_are_not_leetspeak() -> None:
    assert words("i ran 5 kms at 7am in 3rd period") == [
        "i",
        "ran",
        "5",
        "kms",
        "at",
        "7am",
        "in",
        "3rd",
        "period",
    ]


def test_a_text_in_leetspeak_throughout_reads_lone_1_and_4_as_letters() -> None:
    assert words("1 h4v3 4 pl4n") == ["i", "have", "a", "plan"]
    # not in a text with one word of leetspeak, or none
    assert words("g0t 1 ticket and 4 cakes") == ["got", "1", "ticket", "and", "4", "cakes"]
    assert words("1 more and 4 to go") == ["1", "more", "and", "4", "to", "go"]
    # nor a number before a unit: "4 kms" is a distance, not "a kill myself"
    assert words("1 r4n 4 kms t0d4y") == ["i", "ran", "4", "kms", "today"]


def test_unknown_long_words_stay_whole_when_they_do_not_split() -> None:
    assert words("zzqxv") == ["zzqxv"]
    assert words("photosynthesis") == ["photosynthesis"]


def test_split_is_reported() -> None:
    got = MODEL.analyse("iwanttodie")
    assert got.words == ["i", "want", "to", "die"] and got.splits == 1
    assert MODEL.analyse("i want to die").splits == 0
    assert MODEL.analyse("hi there. i want to die\nok").sentences == (2, 6)


def test_char_ngrams_and_features() -> None:
    assert model.char_ngrams("die")[:3] == ["#<di", "#die", "#ie>"]
    feats = model.features(["i", "want", "to", "die"], 0.5)
    assert "i" not in feats  # a stopword counts only in pairs and triples
    assert feats["want to"] == 1.0 and feats["i want to"] == 1.0 and feats["die"] == 1.0
    assert feats["#die"] == 0.5


# ------------------------------------------------------------------------------------------
# Scoring and explanation
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i gave my cat to my neighbor because i won't need her anymore", "self_harm"),
        ("everyone would be happier if i just wasn't here anymore", "self_harm"),
        ("im gonna jump that kid after school and make him bleed", "violence"),
        ("my best friend texted me that she doesn't want to be alive", "concern_for_other"),
    ],
)
def test_scores_generalise(text: str, category: str) -> None:
    scores = MODEL.score(text)
    top, p = scores.top()
    assert top == category and p > 0.5, scores


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",
        "i killed the ender dragon last night",
        "why did the US drop the atomic bomb",
        "can you help me with fractions",
    ],
)
def test_benign_scores_low(text: str) -> None:
    assert MODEL.score(text).top()[1] < 0.5


def test_explain_names_words_that_weighed_most() -> None:
    explained = MODEL.explain("i just want to die", "self_harm", 5)
    assert explained and all(gain > 0 for _, gain in explained)
    assert any("die" in feature for feature, _ in explained)
    with pytest.raises(ValueError):
        MODEL.explain("x", "benign")


@pytest.mark.parametrize(
    ("typed", "readings"),
    [
        # the word itself when the corpus has it, else the word it ends: never "crimes",
        # "s cares" or "goodbye s"
        ("she cries every night", {"she cries every night", "she cry every night"}),
        ("that scares me", {"that scares me", "that scare me"}),
        ("so many goodbyes", {"so many goodbyes", "so many goodbye"}),
        ("killd myself", {"killed myself"}),  # a letter missing is still a typo
    ],
)
def test_a_known_word_with_an_ending_is_read_as_that_word(typed: str, readings: set[str]) -> None:
    assert " ".join(words(typed)) in readings


def test_short_slang_is_not_read_into_pieces_of_an_ordinary_word() -> None:
    # "shaking" may split into pieces, but "sh" there is not "self harm", nor "ty" "thank you"
    for typed in ("im shaking so much", "forty dollars", "the friar said"):
        assert not {"self", "harm", "thank", "real"} & set(words(typed)), words(typed)
    assert " ".join(words("imdone")) == "i am done"  # common short slang still expands


def test_many_spans_pay_for_the_chances_they_give() -> None:
    """The riskiest of many windows is a maximum of many tries: a long text pays for the
    number of spans it is scored in, so its risk is below that of its riskiest part alone."""
    part = "i dont see the point of anything anymore"
    alone = MODEL.score(part)
    calm = "we had a normal day at school and then i did my homework. "
    long = MODEL.score(calm * 8 + part + ". " + calm * 8)
    assert alone.windows == 1 and long.windows > 4
    assert long.probabilities["self_harm"] < alone.probabilities["self_harm"]


def test_long_text_is_windowed_and_a_late_sentence_counts() -> None:
    filler = "we went to the park and played soccer with my cousins. " * 60
    scores = MODEL.score(filler + "i want to kill myself tonight")
    assert scores.windows > 1
    assert scores.probabilities["self_harm"] > 0.5


def test_the_top_span_widens_to_whole_sentences() -> None:
    opening = "two years ago tonight i was sat on the edge of the bridge by the station, "
    text = opening + "and " * 30 + "ready to jump. " + "we talked about football for an hour. " * 3
    window = MODEL.top_span(text, "self_harm")
    whole = MODEL.top_span(text, "self_harm", whole_sentences=True)
    assert len(window) == train.WINDOW and "ago" not in window
    assert whole[:3] == ["two", "years", "ago"] and " ".join(window) in " ".join(whole)
    assert whole[-2:] == ["to", "jump"]


def test_a_texts_features_are_its_words_and_its_context() -> None:
    words = ["i", "cut", "again", "i", "cut"]
    per_word = model.token_features(words, 0.5)
    assert per_word[1] == {"cut": 1.0, **{g: 0.5 for g in model.char_ngrams("cut")}, "i cut": 1.0}
    context = model.context_features(words)
    assert context == {"@i": 0.5, "@cut": 0.5, "@again": 0.5}  # each word once
    assert model.features(words, 0.5) == model.merge_features([*per_word, context])


def _context_model() -> Any:
    """ "cut" reads as self-harm; "ago" anywhere in the text, as over."""
    return model.LinearModel(
        vocabulary={"cut": 5, "ago": 5},
        features=["cut", "@ago"],
        weights=[(0.0, 10.0, 0.0, 0.0), (0.0, -16.0, 0.0, 0.0)],
        bias=(0.0, -3.0, -3.0, -3.0),
        char_weight=0.1,
        window=24,
        stride=8,
    )


def test_the_context_of_a_long_text_reaches_every_window() -> None:
    tiny = _context_model()
    filler = " ".join(["then we went home"] * 12)
    now = tiny.score(f"i cut my arm {filler} and that is where i am")
    over = tiny.score(f"i cut my arm {filler} and that was years ago")
    assert now.windows > 1 and over.windows == now.windows
    # "ago" is 48 words after "cut": in no window of it, yet the story is read as over
    assert now.probabilities["self_harm"] > 0.9 > 0.1 > over.probabilities["self_harm"]
    # a word known only as context is held in the words' table with a context row alone
    assert tiny.features == ["@ago", "cut"]
    assert tiny.weights_of("@ago") == pytest.approx((0.0, -16.0, 0.0, 0.0), abs=0.1)
    assert tiny.weights_of("ago") is None and tiny.weights_of("@cut") is None
    again = model.LinearModel.from_bytes(tiny.to_bytes())
    assert again.score(f"i cut my arm {filler} years ago") == tiny.score(
        f"i cut my arm {filler} years ago"
    )


def test_a_context_feature_is_one_word() -> None:
    with pytest.raises(model.ModelError, match="one word"):
        model.LinearModel(
            vocabulary={"cut": 5},
            features=["@years ago"],
            weights=[(0.0, 1.0, 0.0, 0.0)],
            bias=(0.0, 0.0, 0.0, 0.0),
            char_weight=0.1,
            window=24,
            stride=8,
        )


def test_a_context_word_is_learnt_from_more_texts_than_a_word() -> None:
    class Text:
        def __init__(self, text: str) -> None:
            self.text = text

    enough = train.MIN_COUNT
    assert enough < train.CONTEXT_MIN_COUNT <= 12
    texts = [Text("years ago i cut")] * 12 + [Text("lately i cut")] * enough
    normalizer = model.Normalizer({"years": 12, "ago": 12, "lately": enough, "cut": 12 + enough})
    _, bags, index = train.featurise(texts, normalizer, None, 0.1)
    assert {"lately", "ago", "@ago", "@cut"} <= index.keys()
    assert "@lately" not in index  # enough texts for a word, not for context
    assert bags == [None] * (12 + enough)  # short texts are read whole


def test_training_learns_a_text_of_several_spans_from_its_deciding_span() -> None:
    # features 0: a self-harm word, 1: a violence word, 2: a neutral one; 3: the context
    weights = [[0.0, 3.0, 0.0, 0.0], [0.0, 0.0, 3.0, 0.0], [0.0] * 4, [0.0, 0.0, -1.0, 0.0]]
    words = [([0], [1.0]), ([2], [1.0]), ([2], [1.0]), ([1], [1.0])]
    bag = (words, [(0, 2), (2, 4)], (0.5, 0.0, 0.0), ([3], [0.5]))
    bias = [0.0] * 4
    risky, offset = train._riskiest_span(bag, 0, weights, bias)  # benign: the riskiest
    assert sorted(zip(*risky, strict=True)) == [(0, 1.0), (2, 1.0), (3, 0.5)]
    assert offset == (0.0, -0.5, 0.0, 0.0)  # self-harm pays for the two spans
    violent, _ = train._riskiest_span(bag, 2, weights, bias)  # violence: where it is
    assert sorted(zip(*violent, strict=True)) == [(1, 1.0), (2, 1.0), (3, 0.5)]
    # the first passes read each text whole: then the spans change nothing
    vectors = [([0, 1, 2, 3], [1.0, 1.0, 2.0, 0.5]), ([2], [1.0])]
    labels = [2, 0]
    args = (vectors, labels, 4, [False] * 4)
    whole = train.fit(*args, epochs=1, log=False)
    assert train.fit(*args, [bag, None], epochs=1, whole_epochs=1, log=False) == whole
    assert train.fit(*args, [bag, None], epochs=2, whole_epochs=1, log=False) != train.fit(
        *args, epochs=2, log=False
    )


def test_100kb_of_adversarial_text_completes() -> None:
    # no timing assertion: this must simply finish (head and tail are scored, splits capped)
    junk = ("zq" * 20 + "x9! " + "k1ll" * 12 + " ") * 2000
    assert len(junk) > 100_000
    MODEL.score(junk)
    MODEL.score("a" * 100_000)
    MODEL.score("iwanttodie" * 10_000)


def test_round_trip_through_bytes() -> None:
    data = MODEL.to_bytes()
    again = model.LinearModel.from_bytes(data)
    assert again.to_bytes() == data
    for text in ("i dont see the point anymore, this is my last week", "iwanttodie", "hi"):
        assert again.score(text) == MODEL.score(text)
        assert again.explain(text, "self_harm") == MODEL.explain(text, "self_harm")


def test_bad_weights_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(model.ModelError, match="cannot read"):
        model.LinearModel.load(tmp_path / "missing.bin")
    (tmp_path / "w.json").write_text('{"format": "something else"}')
    with pytest.raises(model.ModelError, match=r"run train\.py"):
        model.LinearModel.load(tmp_path / "w.json")
    data = bytearray(MODEL.to_bytes())
    data[-100] ^= 0xFF
    (tmp_path / "damaged.bin").write_bytes(bytes(data))
    with pytest.raises(model.ModelError, match="damaged"):
        model.LinearModel.load(tmp_path / "damaged.bin")
    (tmp_path / "short.bin").write_bytes(MODEL.to_bytes()[:5000])
    with pytest.raises(model.ModelError, match="malformed"):
        model.LinearModel.load(tmp_path / "short.bin")


# ------------------------------------------------------------------------------------------
# The packed tables agree with the features
# ------------------------------------------------------------------------------------------

# A tiny model with every kind of feature: words, a pair, triples (one of them, "the cat
# sat", without its first two words as a feature), character n-grams.
TINY_FEATURES = {
    "die": (-0.5, 1.25, 0.0, 0.1),
    "pizza": (0.75, -0.25, -0.25, -0.25),
    "want to": (0.0, 0.5, 0.125, 0.0),
    "i want to": (-0.001, 0.002, 0.0, -0.001),
    "want to die": (-1.0, 2.0, 0.0, -1.0),
    "the cat sat": (0.3, -0.1, -0.1, -0.1),
    "#<di": (0.0, 0.04, 0.0, -0.04),
    "#die>": (-0.02, 0.02, 0.0, 0.0),
    "#izz": (0.05, 0.0, 0.0, -0.05),
}
TINY_VOCABULARY = {"i": 9, "want": 4, "to": 9, "die": 2, "pizza": 3, "the": 9, "cat": 2}


def tiny_model() -> Any:
    return model.LinearModel(
        vocabulary=TINY_VOCABULARY,
        features=list(TINY_FEATURES),
        weights=list(TINY_FEATURES.values()),
        bias=(0.5, -0.25, 0.0, -0.25),
        char_weight=0.1,
        window=24,
        stride=8,
        meta={"note": "tiny"},
    )


def as_held(x: float) -> float:
    """A weight as the model holds it: an integer in 1/1000."""
    return round(x * 1000) / 1000


def test_packed_tables_hold_every_feature_and_nothing_else() -> None:
    tiny = tiny_model()
    assert tiny.features == sorted(TINY_FEATURES)
    for feature, weights in TINY_FEATURES.items():
        # each risk class's weight over benign's (benign's own is 0: the same softmax)
        over = tuple(as_held(w - weights[0]) if k else 0.0 for k, w in enumerate(weights))
        assert tiny.weights_of(feature) == over, feature
    for other in ("the cat", "cat sat", "want", "to die", "#die", "#<diet", "pizza pizza", "x"):
        assert tiny.weights_of(other) is None, other
    assert tiny.normalizer.vocabulary == dict(sorted(TINY_VOCABULARY.items()))
    again = model.LinearModel.from_bytes(tiny.to_bytes())
    assert again.features == tiny.features and again.meta == {"note": "tiny"}


def reference_scores(m: Any, words: list[str]) -> dict[str, float]:
    """The model's definition, without its tables and caches: the bias plus each feature's
    value times its weights, through a softmax (for a text scored whole)."""
    logits = list(m.bias)
    for feature, value in model.features(words, m.char_weight).items():
        weights = m.weights_of(feature)
        if weights is not None:
            for k in range(len(logits)):
                logits[k] += value * weights[k]
    top = max(logits)
    exp = [math.exp(z - top) for z in logits]
    return {c: e / sum(exp) for c, e in zip(model.CLASSES, exp, strict=True)}


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "the cat sat on my pizza and i want to die",
        "die die die pizza",
        "nothing the model knows",
    ],
)
def test_tiny_model_scores_by_its_features(text: str) -> None:
    tiny = tiny_model()
    words = tiny.words(text)
    got = tiny.score(text).probabilities
    assert got == pytest.approx(reference_scores(tiny, words), rel=1e-12, abs=1e-12)


def test_shipped_model_scores_by_its_features() -> None:
    # short one-sentence messages (scored whole): the packed tables, the word ids and the
    # caches give what the features and their weights say
    texts = [
        "i gave my cat to my neighbor because i won't need her anymore",
        "im gonna jump that kid after school and make him bleed",
        "my best friend texted me that she doesn't want to be alive",
        "can you help me with fractions",
        "i w4nt t0 d1e",
        "iwanttodie",
        "the mitochondria is the powerhouse of the cell",
        "zzqxv photosynthesis myslf thinkng",
    ]
    for text in texts:
        analysis = MODEL.analyse(text)
        assert len(analysis.words) <= MODEL.window and not analysis.sentences, text
        got = MODEL.score(text).probabilities
        assert got == pytest.approx(reference_scores(MODEL, analysis.words), rel=1e-9), text


def test_a_known_words_summed_ngrams_are_its_ngrams_weights() -> None:
    # a word the model knows is scored from its n-grams' weights summed when the model was
    # saved, not from a probe of the n-gram table per n-gram: the same numbers
    known = [w for w in MODEL.normalizer.vocabulary if MODEL._words.find(w) >= 0]
    assert len(known) > 3000
    for word in known:
        want = [0.0] * 4
        if word not in model.STOPWORDS:
            for feature in (word, *model.char_ngrams(word)):
                w = MODEL.weights_of(feature)
                value = 1.0 if feature == word else MODEL.char_weight
                for k in range(4):
                    want[k] += value * (w[k] if w is not None else 0.0)
        assert MODEL._word(word)[:4] == pytest.approx(want, rel=1e-9, abs=1e-12), word


def test_every_shipped_feature_is_in_the_tables() -> None:
    found = [MODEL.weights_of(f) for f in MODEL.features]
    assert len(found) > 50_000 and all(w is not None for w in found)
    assert MODEL.weights_of("want to die") is not None
    assert MODEL.weights_of("want to dye zz") is None


# ------------------------------------------------------------------------------------------
# The shipped weights and the corpus they were trained on
# ------------------------------------------------------------------------------------------


def test_weights_file_is_small() -> None:
    assert (FOLDER / "weights.bin").stat().st_size < 2048 * 1024


def test_weights_were_trained_on_the_current_corpus() -> None:
    examples = corpus.build()
    assert MODEL.meta["corpus_sha256"] == train.corpus_sha256(examples), (
        "weights.bin is out of date: run .venv/bin/python modules/safety-filter/train.py"
    )


def test_corpus_does_not_depend_on_the_hash_seed() -> None:
    # a maker that iterates a set draws in another order in each process (str hashes are
    # salted): the corpus, and so weights.bin's record of it, must not move with the seed
    script = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('t', {str(FOLDER / 'train.py')!r})\n"
        "t = importlib.util.module_from_spec(spec); sys.modules['t'] = t\n"
        "spec.loader.exec_module(t)\n"
        "print(t.corpus_sha256(t.corpus.build()))\n"
    )
    shas = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        shas.add(out.stdout.strip())
    assert shas == {train.corpus_sha256(corpus.build())}


HAND_WRITTEN = [
    ("aftermath", "st_after"),
    ("bystander", "st_near"),
    ("everyday", "st_daily"),
    ("worry", "st_worry"),
    ("unsaid", "st_unsaid"),
    ("menace", "st_menace"),
    ("forum", "st_forum"),
    ("retold", "st_retold"),
    ("quoted", "st_quoted"),
    ("banter", "st_banter"),
    ("asking", "st_asking"),
    ("aloud", "st_aloud"),
    ("plainplan", "st_plainplan"),
    ("threatlines", "st_threatlines"),
    ("crowds", "st_crowds"),
    ("homework", "st_homework"),
    ("household", "st_household"),
    ("armed", "st_armed"),
    ("milestone", "st_milestone"),
    ("overstated", "st_overstated"),
    ("newsdesk", "st_newsdesk"),
    ("stories", "st_stories"),
    ("stillhere", "st_stillhere"),
]


@pytest.mark.parametrize(("name", "family"), HAND_WRITTEN)
def test_hand_written_posts_are_in_the_corpus(name: str, family: str) -> None:
    """The posts written one by one (not from templates) are each learnt."""
    source = _load(f"safety_filter_training_{name}", FOLDER / "training" / f"{name}.py")
    made = Counter(e.family for e in corpus.build())
    subs = set()
    for label, sub, block in source.BLOCKS:
        posts = corpus.posts(block)
        assert label in model.CLASSES and posts and len(set(posts)) == len(posts)
        assert all(len(p) >= 6 for p in posts), sub  # ("rip me", words run together)
        # (each once, as typed or in one of the corpus's typings: a few may read as another)
        assert made[f"{label}/{family}/{sub}"] >= 0.95 * len(posts), (label, sub)
        subs.add((label, sub))
    # look-alikes and the real thing, side by side
    assert "benign" in {label for label, _ in subs} and len(subs) >= 4


def test_corpus_is_deterministic_and_labelled() -> None:
    first, second = corpus.build(), corpus.build()
    assert first == second
    labels = {e.label for e in first}
    assert labels == set(model.CLASSES)
    assert len(first) >= 5000
    keys = [corpus.normalize_text(e.text) for e in first]
    assert len(set(keys)) == len(keys)
    benign = [e for e in first if e.label == "benign"]
    families = {e.family.split("/")[1] for e in benign}
    for hard in ("idiom", "game", "academic", "medical", "creative", "negation", "mirror"):
        assert hard in families
