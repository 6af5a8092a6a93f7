"""Train the safety-filter's statistical model and write ``weights.bin`` beside this file.

    .venv/bin/python modules/safety-filter/train.py            # train, report, write
    .venv/bin/python modules/safety-filter/train.py --check    # is weights.bin current?
    .venv/bin/python modules/safety-filter/train.py --write-corpus /tmp/corpus.jsonl

The corpus is ``training/corpus.py`` (the project's own templates, deterministic); the
features and the normalisation are ``model.py``'s, so that what is learnt here is exactly
what the module computes. The learner is a multinomial logistic regression (softmax over
:data:`model.CLASSES`) fitted with AdaGrad and an L2 penalty, in pure Python: a few minutes
on a laptop. Classes are weighted by the square root of their share of benign. The first
pass learns each text whole; the later ones learn a text that the model scores in several
spans (a long post in windows, a message of several sentences sentence by sentence) from
the span that decides its score, as scoring reads it (multiple-instance learning: see
:func:`fit`), with the text's context (``model.context_features``) in every span. A tenth
of the corpus (chosen by a hash of each text) is held out to report precision and recall;
then the model is refitted on all of it. Weights too small to matter are dropped; of the
rest, each risk class's weight over benign's is kept (benign's is then 0: the same softmax),
rounded to one byte: 254 steps over their range, about 1/100 (the held-out report
scores the rounded model, as it ships; the step changed no figure of the scorer). The file is
``model.py``'s packed format (see "Packed tables" there), written whole or not at all.

``weights.bin`` records the SHA-256 of the corpus it was trained on (``meta.corpus_sha256``);
the tests compare it with the generator's output, so a changed template without retraining
fails them.

Standard library only; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "weights.bin"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from . import model
    from .training import corpus
else:
    model = _load("safety_filter_model", HERE / "model.py")
    corpus = _load("safety_filter_corpus", HERE / "training" / "corpus.py")

CLASSES = model.CLASSES

# Settings of the model (stored in the weights file, so scoring matches training).
CHAR_WEIGHT = 0.1
WINDOW = 24
STRIDE = 8

# Settings of the learner.
EPOCHS = 4
WHOLE_EPOCHS = 1  # passes over whole texts before texts of several spans learn from one
LEARNING_RATE = 0.1
L2 = 5e-5
L2_CHAR = 4e-4  # character n-grams: a stronger pull to zero, so that only pieces of words
# that keep predicting a class (misspelt "suic...", "kil...") weigh, not any unknown word's
MIN_COUNT = 7  # features seen in fewer training texts are not learnt (5 took 0.2 MB more,
#               3 took 0.6 MB more, each with the same figures within retraining noise)
CONTEXT_MIN_COUNT = 10  # a context word is learnt from this many texts (each takes memory)
VOCAB_MIN_COUNT = 2
PRUNE = 0.06  # features whose weights all stay closer than this to their mean are dropped
WEIGHT_STEPS = 254  # each weight is a byte: its range in this many steps (the model's scale)
HOLDOUT = 10  # one text in HOLDOUT is held out for the report
SEED = 1234
VOCAB_STYLES_SKIPPED = ("nospace", "typo")  # squashed and misspelt tokens are not words
RUN_TOGETHER_RATIO = 20  # a token is two words run together when they are this much more
#                          often written apart ("want to" against "wantto")


def corpus_text(examples: Sequence[Any]) -> str:
    """The corpus as JSON lines (what ``--write-corpus`` writes and the SHA-256 covers)."""
    return "".join(
        json.dumps(
            {"text": e.text, "label": e.label, "family": e.family, "style": e.style},
            ensure_ascii=False,
        )
        + "\n"
        for e in examples
    )


def corpus_sha256(examples: Sequence[Any]) -> str:
    return hashlib.sha256(corpus_text(examples).encode("utf-8")).hexdigest()


def vocabulary(examples: Sequence[Any]) -> dict[str, int]:
    """Words as typed (before slang is expanded), counted over the well-spelt texts."""
    tokenizer = model.Normalizer({})
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for e in examples:
        if e.style in VOCAB_STYLES_SKIPPED:
            continue
        tokens = tokenizer.tokens(e.text)
        counts.update(tokens)
        pairs.update(f"{a} {b}" for a, b in pairwise(tokens))
    return {
        w: c
        for w, c in sorted(counts.items())
        if c >= VOCAB_MIN_COUNT
        and not _respelling(w, counts)
        and not _run_together(w, counts, pairs)
    }


def _respelling(token: str, counts: Mapping[str, int]) -> bool:
    """Whether ``token`` is a known word spelt with digits for letters ("d1e", "w4nt") or
    with a letter stretched ("dieeee"): such tokens stay out of the vocabulary, so that the
    normaliser reads them, and every other spelling of them, as the word."""
    known = [token.translate(model._LEET)] if any(c.isdigit() for c in token) else []
    if re.search(r"([a-z])\1\1", token):
        known += [re.sub(r"([a-z])\1+", r"\1", token), re.sub(r"([a-z])\1+", r"\1\1", token)]
    return any(w != token and w.isalpha() and counts.get(w, 0) >= VOCAB_MIN_COUNT for w in known)


def _run_together(token: str, counts: Mapping[str, int], pairs: Mapping[str, int]) -> bool:
    """Whether ``token`` is words run together ("wantto", "killmyself", "iwanttodie" in a
    hand-written post): it splits into words each pair of which, side by side, is written
    apart far more often than the token is written. It stays out of the vocabulary, so that
    the normaliser splits it, as it splits every other such typing ("become" and "tough"
    stay: "be come" and "to ugh" are not written)."""
    if not token.isalpha():
        return False
    floor = RUN_TOGETHER_RATIO * counts.get(token, 0)
    n = len(token)
    if any(pairs.get(f"{token[:i]} {token[i:]}", 0) >= floor for i in range(1, n)):
        return True  # two words ("wantto", "ima")

    @cache
    def splits_from(i: int, before: str) -> bool:
        """Whether token[i:] splits into such words, the word before it being ``before``."""
        for j in range(i + 1, n + 1):
            word = token[i:j]
            if len(word) == 1 and before:
                continue  # "i" may open a run of three or more, not stand inside one ("william")
            if before and pairs.get(f"{before} {word}", 0) < floor:
                continue
            if j == n:
                return bool(before)  # at least two words
            if counts.get(word, 0) >= VOCAB_MIN_COUNT and splits_from(j, word):
                return True
        return False

    return splits_from(0, "")


def _held_out(text: str) -> bool:
    digest = hashlib.sha256(corpus.normalize_text(text).encode("utf-8")).digest()
    return digest[0] % HOLDOUT == 0


Sparse = tuple[list[int], list[float]]
# A text the model scores in several spans (windows, sentences; see model.spans): each word's
# features, the spans, and what each risk logit pays for their number (model.SPAN_PENALTY).
Bag = tuple[list[Sparse], list[tuple[int, int]], tuple[float, float, float], Sparse]


def _sparse(feats: Mapping[str, float], index: Mapping[str, int]) -> Sparse:
    idx: list[int] = []
    val: list[float] = []
    for f, v in feats.items():
        j = index.get(f)
        if j is not None:
            idx.append(j)
            val.append(v)
    return idx, val


def featurise(
    examples: Sequence[Any],
    normalizer: Any,
    index: dict[str, int] | None,
    char_weight: float,
    min_count: int = MIN_COUNT,
) -> tuple[list[Sparse], list[Bag | None], dict[str, int]]:
    """Sparse feature vectors of the whole texts and, for a text scored in several spans, its
    words' features (a bag of spans, see :func:`fit`); builds the feature index when
    ``index`` is None."""
    analysed = [normalizer.analyse(e.text) for e in examples]
    per_word = [model.token_features(a.words, char_weight) for a in analysed]
    context = [model.context_features(a.words) for a in analysed]
    raw = [model.merge_features([*w, c]) for w, c in zip(per_word, context, strict=True)]
    if index is None:
        df: Counter[str] = Counter()
        for feats in raw:
            df.update(feats.keys())
        kept = (
            f
            for f, c in df.items()
            if c >= (CONTEXT_MIN_COUNT if f.startswith(model.CONTEXT) else min_count)
        )
        index = {f: i for i, f in enumerate(sorted(kept))}
    vectors = [_sparse(feats, index) for feats in raw]
    bags: list[Bag | None] = []
    for a, words, c in zip(analysed, per_word, context, strict=True):
        where = model.spans(len(a.words), a.sentences, WINDOW, STRIDE)
        if len(where) < 2:
            bags.append(None)
            continue
        tries = math.log(min(len(where), model.PENALISED_SPANS))
        sh, vi, co = model.SPAN_PENALTY
        pay = (sh * tries, vi * tries, co * tries)
        bags.append(([_sparse(w, index) for w in words], where, pay, _sparse(c, index)))
    return vectors, bags, index


def _logits(
    features: Sparse, weights: Sequence[Sequence[float]]
) -> tuple[float, float, float, float]:
    """What sparse features add to each class's logit."""
    a0 = a1 = a2 = a3 = 0.0
    for j, v in zip(*features, strict=True):
        w = weights[j]
        a0 += v * w[0]
        a1 += v * w[1]
        a2 += v * w[2]
        a3 += v * w[3]
    return a0, a1, a2, a3


def _riskiest_span(
    bag: Bag, y: int, weights: Sequence[Sequence[float]], bias: Sequence[float]
) -> tuple[Sparse, tuple[float, float, float, float]]:
    """The span of a text of several that decides its score for label ``y`` (a risk label:
    the span where it is likeliest; benign: the riskiest span, as scoring picks it), with its
    features summed and the offset of its logits (the bias aside)."""
    words, where, pay, context = bag
    c0, c1, c2, c3 = _logits(context, weights)
    per_word = [_logits(word, weights) for word in words]
    best, best_at = -1.0, where[0]
    for start, end in where:
        z = [bias[0] + c0, bias[1] + c1 - pay[0], bias[2] + c2 - pay[1], bias[3] + c3 - pay[2]]
        for t in per_word[start:end]:
            z[0] += t[0]
            z[1] += t[1]
            z[2] += t[2]
            z[3] += t[3]
        m = max(z)
        e = [math.exp(x - m) for x in z]
        total = sum(e)
        key = (e[y] if y else max(e[1:])) / total
        if key > best:
            best, best_at = key, (start, end)
    summed: dict[int, float] = dict(zip(*context, strict=True))
    for idx, val in words[best_at[0] : best_at[1]]:
        for j, v in zip(idx, val, strict=True):
            summed[j] = summed.get(j, 0.0) + v
    return (list(summed), list(summed.values())), (0.0, -pay[0], -pay[1], -pay[2])


def fit(
    vectors: Sequence[Sparse],
    labels: Sequence[int],
    n_features: int,
    char_features: Sequence[bool],
    bags: Sequence[Bag | None] = (),
    *,
    epochs: int = EPOCHS,
    l2: float = L2,
    learning_rate: float = LEARNING_RATE,
    whole_epochs: int = WHOLE_EPOCHS,
    log: bool = True,
) -> tuple[list[list[float]], list[float]]:
    """Softmax regression by AdaGrad; returns (weights per feature, bias).

    The first ``whole_epochs`` passes learn each text whole. Later passes learn a text that
    the model scores in several spans (``bags``) as it is scored: from its deciding span
    alone (multiple-instance learning). A benign post is then taught through the span that
    looks riskiest out of its context ("i was cutting every day" in a story of recovery),
    and a post of risk through the span that says it, not through its ordinary sentences.
    """
    k = len(CLASSES)
    counts = Counter(labels)
    # Each class is weighted by the square root of (benign texts / its texts). Weighted to
    # count as much as benign, the rarer classes pulled the words they share with benign
    # texts ("friend", "said", "anymore") towards risk; unweighted, they are under-learnt.
    class_weight = [(counts[0] / max(1, counts[c])) ** 0.5 for c in range(k)]
    weights = [[0.0] * k for _ in range(n_features)]
    penalty = [l2 * (L2_CHAR / L2) if is_char else l2 for is_char in char_features]
    grads = [[1e-8] * k for _ in range(n_features)]
    bias = [0.0] * k
    bias_g = [1e-8] * k
    order = list(range(len(vectors)))
    rng = random.Random(SEED)
    lr = learning_rate
    none = (0.0, 0.0, 0.0, 0.0)
    for epoch in range(epochs):
        rng.shuffle(order)
        loss = 0.0
        start = time.perf_counter()
        spanned = epoch >= whole_epochs and bool(bags)
        for n in order:
            y = labels[n]
            bag = bags[n] if spanned else None
            if bag is None:
                (idx, val), offset = vectors[n], none
            else:
                (idx, val), offset = _riskiest_span(bag, y, weights, bias)
            z = [b + o for b, o in zip(bias, offset, strict=True)]
            for j, v in zip(idx, val, strict=True):
                w = weights[j]
                z[0] += v * w[0]
                z[1] += v * w[1]
                z[2] += v * w[2]
                z[3] += v * w[3]
            m = max(z)
            e = [math.exp(x - m) for x in z]
            s = sum(e)
            p = [x / s for x in e]
            cw = class_weight[y]
            loss -= cw * math.log(max(p[y], 1e-12))
            g = [cw * (p[c] - (1.0 if c == y else 0.0)) for c in range(k)]
            for c in range(k):
                bias_g[c] += g[c] * g[c]
                bias[c] -= lr * g[c] / math.sqrt(bias_g[c])
            for j, v in zip(idx, val, strict=True):
                w = weights[j]
                a = grads[j]
                pen = penalty[j]
                for c in range(k):
                    d = g[c] * v + pen * w[c]
                    a[c] += d * d
                    w[c] -= lr * d / math.sqrt(a[c])
        if log:
            print(
                f"  epoch {epoch + 1:2d}{' (spans)' if spanned else ''}: "
                f"loss {loss / len(order):.4f} ({time.perf_counter() - start:.1f} s)",
                flush=True,
            )
    return weights, bias


def prune(
    index: dict[str, int], weights: list[list[float]], threshold: float = PRUNE
) -> tuple[list[str], list[list[float]]]:
    """Drop features whose weights barely differ between classes (their mean is moved into
    nothing: a constant over classes does not change a softmax)."""
    kept_features: list[str] = []
    kept_weights: list[list[float]] = []
    for feature, j in sorted(index.items(), key=lambda kv: kv[1]):
        w = weights[j]
        mean = sum(w) / len(w)
        centred = [x - mean for x in w]
        if max(abs(x) for x in centred) >= threshold:
            kept_features.append(feature)
            kept_weights.append(centred)
    return kept_features, kept_weights


def evaluate(m: Any, examples: Sequence[Any]) -> dict[str, Any]:
    """Recall per label and benign false positives at a few probability thresholds."""
    results: dict[str, Any] = {}
    scored = [(e, m.score(e.text).probabilities) for e in examples]
    for threshold in (0.3, 0.5, 0.7, 0.85):
        row: dict[str, float] = {}
        for label in CLASSES[1:]:
            pos = [p for e, p in scored if e.label == label]
            row[label] = sum(1 for p in pos if p[label] >= threshold) / max(1, len(pos))
        neg = [p for e, p in scored if e.label == "benign"]
        row["benign_flagged"] = sum(
            1 for p in neg if max(p[c] for c in CLASSES[1:]) >= threshold
        ) / max(1, len(neg))
        results[f"{threshold:.2f}"] = row
    return results


def train(
    examples: Sequence[Any],
    settings: dict[str, Any],
    *,
    char_weight: float = CHAR_WEIGHT,
    min_count: int = MIN_COUNT,
    prune_below: float = PRUNE,
    log: bool = True,
) -> Any:
    vocab = vocabulary(examples)
    normalizer = model.Normalizer(vocab)
    labels = [CLASSES.index(e.label) for e in examples]
    start = time.perf_counter()
    vectors, bags, index = featurise(examples, normalizer, None, char_weight, min_count)
    if log:
        print(
            f"  {len(examples)} texts, {len(vocab)} words, {len(index)} features "
            f"({time.perf_counter() - start:.1f} s to featurise)",
            flush=True,
        )
    is_char = [False] * len(index)
    for f, j in index.items():
        is_char[j] = f.startswith("#")
    weights, bias = fit(vectors, labels, len(index), is_char, bags, log=log, **settings)
    features, kept = prune(index, weights, prune_below)
    mean_b = sum(bias) / len(bias)
    return model.LinearModel(
        vocabulary=vocab,
        features=features,
        weights=kept,
        bias=[b - mean_b for b in bias],
        char_weight=char_weight,
        window=WINDOW,
        stride=STRIDE,
        scale=byte_scale(kept),
    )


def byte_scale(weights: Sequence[Sequence[float]]) -> float:
    """The scale (weights are held in 1/scale) that fits every weight in a byte: each risk
    class's over benign's, as the model holds them."""
    low = min((x - w[0] for w in weights for x in w[1:]), default=0.0)
    high = max((x - w[0] for w in weights for x in w[1:]), default=0.0)
    return WEIGHT_STEPS / max(high - low, 1e-6)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python modules/safety-filter/train.py")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="weights file to write")
    parser.add_argument("--check", action="store_true", help="only check weights.bin is current")
    parser.add_argument("--write-corpus", type=Path, metavar="PATH", help="write the corpus")
    parser.add_argument("--no-holdout", action="store_true", help="skip the held-out report")
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the corpus")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help="texts a feature needs")
    parser.add_argument("--prune", type=float, default=PRUNE, help="smallest weight spread kept")
    parser.add_argument("--lr", type=float, default=LEARNING_RATE, help="AdaGrad learning rate")
    parser.add_argument(
        "--char-weight", type=float, default=CHAR_WEIGHT, help="value of a character n-gram"
    )
    args = parser.parse_args(argv)
    settings = {"epochs": args.epochs, "l2": args.l2, "learning_rate": args.lr}

    def fitted(part: Sequence[Any]) -> Any:
        return train(
            part,
            settings,
            char_weight=args.char_weight,
            min_count=args.min_count,
            prune_below=args.prune,
        )

    examples = corpus.build()
    sha = corpus_sha256(examples)
    if args.write_corpus is not None:
        args.write_corpus.write_text(corpus_text(examples), encoding="utf-8")
        print(f"wrote {len(examples)} examples to {args.write_corpus}")
        return 0
    if args.check:
        current = model.LinearModel.load(args.out).meta.get("corpus_sha256")
        ok = current == sha
        print(f"{args.out.name} is {'current' if ok else 'OUT OF DATE (run train.py)'}")
        return 0 if ok else 1

    by_label = Counter(e.label for e in examples)
    print(f"corpus: {len(examples)} examples {dict(by_label)}, sha256 {sha[:12]}")
    if not args.no_holdout:
        train_part = [e for e in examples if not _held_out(e.text)]
        held = [e for e in examples if _held_out(e.text)]
        print(f"fitting on {len(train_part)}, holding out {len(held)} ...")
        m = fitted(train_part)
        report = evaluate(m, held)
        print("held-out recall per label and benign flagged, by probability threshold:")
        for threshold, row in report.items():
            cells = "  ".join(f"{k} {100 * v:5.1f}%" for k, v in row.items())
            print(f"  >= {threshold}: {cells}")
    print("fitting on everything ...")
    m = fitted(examples)
    m.meta.update(
        {
            "corpus_sha256": sha,
            "examples": len(examples),
            "by_label": dict(sorted(by_label.items())),
            "learner": {
                **settings,
                "l2_char": L2_CHAR,
                "min_count": args.min_count,
                "prune": args.prune,
            },
        }
    )
    m.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(m.features)} features, {size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
