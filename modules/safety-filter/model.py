"""The statistical half of the safety-filter: a linear model over words, word pairs and
triples and character n-grams, trained by ``train.py`` on the project's own corpus and
shipped as ``weights.json`` beside this file.

Pure and standard-library-only, like ``rules.py`` (``train.py`` and the tests load it by
path). The rules catch what they were written for, precisely; this model generalises to what
they were not: indirect messages that never name death or a weapon ("i gave my dog to my
neighbour, i won't need him"), and the way students type ("iwanttodie", "kms fr", "sewerslide",
"I WANT TO DIEEEE", "i w4nt t0 d1e").

How a text is scored
--------------------
1. **Normalise** (:class:`Normalizer`): casefold, Unicode compatibility folding (full-width
   letters, accents, zero-width characters, a few Cyrillic and Greek look-alikes), curly
   quotes to ASCII; letters spaced out one by one are joined ("k i l l" -> "kill"). Then per
   token, cached: apostrophes dropped ("don't" -> "dont"), leetspeak read inside words that
   mix letters and digits ("k1ll", "d13"; not "13yo", "3am" or "2nd"), runs of three or more
   letters cut to two ("sooooo" -> "soo"), and then, in this order: slang and abbreviations
   expanded from :data:`SLANG` ("kms" -> "kill myself", "wanna" -> "want to", "u" -> "you");
   a word the model knows is kept; a short token of letters and digits that is a known word
   in leetspeak is read as it ("t0", "m3"); a stretched word whose letters, each run cut to
   one, spell a known word is read as it ("diee" -> "die", "myselff" -> "myself"); a word
   with a letter missing or one too many is read as the known word ("myslf", "thinkng"); a long
   unknown token that splits into known words is split ("iwanttodie" -> "i want to die"; the
   split with the most likely words, by their frequency in the training corpus, allowing a
   few unknown letters).
2. **Features** of the word sequence: each word, each pair and triple of neighbouring words
   ("want to", "to die", "kill my self"), and the character 3- to 5-grams of each word with
   its boundaries ("<sui", "suic", "icid", "ide>"), which carry some of the weight of
   misspellings ("suicde") the words alone would miss. Very common words ("i", "to", "my",
   "going": :data:`STOPWORDS`) count only in pairs and triples. Character n-grams count for
   ``char_weight`` each.
3. **Score**: a multinomial logistic regression over :data:`CLASSES` (benign and the three
   risk categories). A text of at most ``window`` words is scored whole; a longer one in
   windows of ``window`` words, ``stride`` apart, and each category keeps its highest
   probability, so that one sentence in a long post counts and a long post does not pile up
   weak evidence. Only the first 16,000 and the last 8,000 characters of a longer text are
   scored (the rules read all of it).

Speed: words are featurised once and cached (their weights summed per class), so a typical
message costs one dictionary lookup per word, per pair and per triple.

Explanations: :meth:`LinearModel.explain` lists the features that pushed a category's score
up the most, in words ("want to die", "kill my", "…suic…").
"""

from __future__ import annotations

import base64
import json
import math
import re
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "CLASSES",
    "RISK_CLASSES",
    "SLANG",
    "LinearModel",
    "ModelError",
    "Normalizer",
    "Scores",
    "char_ngrams",
    "features",
]

CLASSES = ("benign", "self_harm", "violence", "concern_for_other")
RISK_CLASSES = CLASSES[1:]
FORMAT = "safety-filter-linear/1"

MAX_CHARS = 24_000
HEAD_CHARS = 16_000
TAIL_CHARS = 8_000
_CACHE_LIMIT = 20_000
_SEGMENT_BUDGET = 64  # long unknown tokens split per text (the rest are kept whole)
_SEGMENT_MAX = 60  # longer tokens are never split
_MAX_PIECE = 20
# A split may keep a few unknown letters ("everynightilie...": a word the corpus never had),
# at a price, but not many: otherwise any unknown word would split into syllables.
_UNKNOWN_PIECE = 4
_UNKNOWN_COST = 14.0
_UNKNOWN_CHAR_COST = 3.0
_UNKNOWN_SHARE = 0.2


class ModelError(Exception):
    """The weights file is missing, unreadable or not a model of this format."""


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

# Abbreviations, slang and contractions, as students type them (after apostrophes are
# dropped): each becomes the words it stands for. Keys are single tokens.
SLANG: dict[str, str] = {
    # self-harm and violence slang
    "kms": "kill myself",
    "kmsl": "kill myself",
    "kmss": "kill myself",
    "kys": "kill yourself",
    "kysl": "kill yourself",
    "unalive": "kill",
    "unalived": "killed",
    "unaliving": "killing",
    "unalives": "kills",
    "sewerslide": "suicide",
    "sewerslided": "suicide",
    "ctb": "suicide",
    "yeet": "throw",
    "suicde": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "suicid": "suicide",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "sh": "self harm",
    "od": "overdose",
    "oding": "overdosing",
    "odd": "overdosed",
    "merk": "murder",
    "merked": "murdered",
    "smoke": "smoke",
    # intent and modals
    "wanna": "want to",
    "wana": "want to",
    "wnna": "want to",
    "wannna": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "boutta": "about to",
    "bouta": "about to",
    "tryna": "trying to",
    "gotta": "got to",
    "hafta": "have to",
    "imma": "i am going to",
    "ima": "i am going to",
    "imam": "i am going to",
    "lemme": "let me",
    "gimme": "give me",
    "dunno": "do not know",
    # contractions without apostrophes
    "im": "i am",
    "ive": "i have",
    "ill": "i will",
    "id": "i would",
    "youre": "you are",
    "ur": "your",
    "youll": "you will",
    "youd": "you would",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theyll": "they will",
    "theyve": "they have",
    "thats": "that is",
    "whats": "what is",
    "theres": "there is",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "couldnt": "could not",
    "wont": "will not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "aint": "is not",
    "idk": "i do not know",
    "idc": "i do not care",
    "idgaf": "i do not care",
    "dk": "do not know",
    # chat shorthand
    "u": "you",
    "ya": "you",
    "yu": "you",
    "yall": "you all",
    "r": "are",
    "n": "and",
    "b4": "before",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "ppl": "people",
    "abt": "about",
    "bout": "about",
    "w": "with",
    "wit": "with",
    "pls": "please",
    "plz": "please",
    "ngl": "not going to lie",
    "tbh": "to be honest",
    "fr": "for real",
    "frfr": "for real",
    "deadass": "for real",
    "istg": "i swear to god",
    "ong": "on god",
    "smh": "shaking my head",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "bff": "best friend",
    "bsf": "best friend",
    "bestie": "best friend",
    "besties": "best friends",
    "sis": "sister",
    "lil": "little",
    "thx": "thanks",
    "ty": "thank you",
    "nvm": "never mind",
    "bday": "birthday",
    "obv": "obviously",
    "rly": "really",
    "rlly": "really",
    "realy": "really",
    "srsly": "seriously",
    "prolly": "probably",
    "prob": "probably",
    "sm": "so much",
    "tho": "though",
    "thru": "through",
    "wat": "what",
    "wut": "what",
    "becuz": "because",
    "2": "to",
}

_APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u02b9\u2032\u00b4`\uff07"
_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "ӏ": "l", "ο": "o", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "ρ": "p", "ν": "v", "ı": "i",
}  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i", "|": "l"})  # fmt: skip
_TOKEN_RE = re.compile(r"[a-z0-9@$!|']+")
_HAS_LETTER_RE = re.compile(r"[a-z]")
_HAS_LEET_RE = re.compile(r"[0-9@$!|]")
# numbers with units and short codes are not leetspeak ("13yo", "3am", "2nd", "ar15")
_NOT_LEET_RE = re.compile(
    r"\d+(?:st|nd|rd|th|d|s|yo|y|yr|yrs|am|pm|k|kg|g|mg|ml|l|m|cm|mm|km|kms|min|mins|h|hr|hrs"
    r"|x|lb|lbs|ft|mph|gb|mb|tb|p|fps|v|w|sec|secs|b|t|c|f|e)|[a-z]{1,2}\d{1,3}|\d+"
)
# abbreviations that are units after a number ("ran 5 kms", "how many kms")
_UNITS = frozenset({"kms", "km", "mins", "hrs"})
_COUNTS = frozenset("few many some several ten hundred hundreds thousand thousands".split())
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
_MAX_SENTENCES = 400  # sentences scored on their own (a longer text: windows only after)
_MIN_SENTENCE = 3  # words
_RUN3_RE = re.compile(r"([a-z])\1{2,}")
_RUN2_RE = re.compile(r"([a-z])\1+")
# letters spaced out one by one: "k i l l", "k.i.l.l", "k-i-l-l" (four or more)
_SPACED_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_*][a-z]){3,}(?![a-z0-9])")
_SPACED_SEP_RE = re.compile(r"[ .\-_*]")


def _fold_text(text: str) -> str:
    """Case and Unicode folding of a whole text (ASCII text takes a fast path)."""
    if text.isascii():
        return text.lower()
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch):
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Cc") and not ch.isspace():
            continue  # zero-width characters, bidi marks, soft hyphens
        if ch in _APOSTROPHES:
            out.append("'")
            continue
        out.append(_CONFUSABLES.get(ch, ch))
    return "".join(out)


def _collapse(word: str) -> str:
    """Every run of a letter cut to one ("myselff" -> "myself", "kill" -> "kil")."""
    return _RUN2_RE.sub(r"\1", word)


class Analysis(NamedTuple):
    """A text as the model reads it: its words, how many tokens were rewritten beyond
    spelling (split, or leetspeak made a word), and the word indexes where sentences begin."""

    words: list[str]
    splits: int
    sentences: tuple[int, ...] = ()


class Normalizer:
    """Turns a text into the model's words (see the module docstring, step 1).

    ``vocabulary`` maps the words seen in the training corpus (as typed, before slang is
    expanded) to how often: it decides which tokens are known, what a stretched word
    stands for and how a long token splits.
    """

    def __init__(self, vocabulary: Mapping[str, int]) -> None:
        self.vocabulary = dict(vocabulary)
        total = sum(self.vocabulary.values()) or 1
        # The cost of a piece in a split: rarer words cost more, and each piece costs extra,
        # so that "iwanttodie" splits into four common words, not into single letters.
        self._cost: dict[str, float] = {}
        for word, count in self.vocabulary.items():
            if len(word) == 1 and word not in "iau":
                continue
            if len(word) <= _MAX_PIECE:
                self._cost[word] = math.log(total / count) + 4.0
        collapsed: dict[str, tuple[int, str]] = {}
        for word, count in self.vocabulary.items():
            key = _collapse(word)
            if key not in collapsed or count > collapsed[key][0]:
                collapsed[key] = (count, word)
        self._collapsed = {k: w for k, (_, w) in collapsed.items()}
        # a letter dropped ("myslf", "thinkng"): each word of 5+ letters without one of them
        deletes: dict[str, tuple[int, str]] = {}
        for word, count in self.vocabulary.items():
            if len(word) >= 5 and word.isalpha() and count >= 3:
                for i in range(len(word)):
                    key = word[:i] + word[i + 1 :]
                    if key not in deletes or count > deletes[key][0]:
                        deletes[key] = (count, word)
        self._deletes = {k: w for k, (_, w) in deletes.items() if k not in self.vocabulary}
        self._cache: dict[str, tuple[tuple[str, ...], bool]] = {}

    def tokens(self, text: str) -> list[str]:
        """The raw tokens of a text: folded, spaced-out letters joined, apostrophes and the
        leetspeak of mixed tokens read (the words as typed, before slang and splitting)."""
        return self._tokens(text)[0]

    def _tokens(self, text: str) -> tuple[list[str], set[int]]:
        """The raw tokens, and the indexes of those that begin a sentence (after . ! ? or a
        line break; the first token is not counted)."""
        s = _fold_text(text)
        if _SPACED_RE.search(s):
            s = _SPACED_RE.sub(lambda m: _SPACED_SEP_RE.sub("", m[0]), s)
        out: list[str] = []
        starts: set[int] = set()
        last = 0
        for m in _TOKEN_RE.finditer(s):
            tok = m[0].replace("'", "").strip("!|")
            gap = s[last : m.start()]
            last = m.end()
            if out and _SENTENCE_END_RE.search(gap):
                starts.add(len(out))
            if not tok:
                continue
            if _HAS_LEET_RE.search(tok) and _HAS_LETTER_RE.search(tok):
                if not _NOT_LEET_RE.fullmatch(tok):
                    tok = tok.translate(_LEET)
            elif not _HAS_LETTER_RE.search(tok):
                tok = tok.translate(str.maketrans("", "", "@$!|"))
                if not tok:
                    continue
            out.append(tok)
        return out, starts

    def words(self, text: str) -> list[str]:
        """The model's words for a text."""
        return self.analyse(text).words

    def analyse(self, text: str) -> Analysis:
        """The model's words for a text, how many of its tokens were rewritten (split into
        words, or read as leetspeak), and where its sentences begin."""
        out: list[str] = []
        budget = _SEGMENT_BUDGET
        splits = 0
        cache = self._cache
        prev = ""
        tokens, token_starts = self._tokens(text)
        sentences: list[int] = []
        for n, tok in enumerate(tokens):
            if n in token_starts:
                sentences.append(len(out))
            if tok in _UNITS and (prev.isdigit() or prev in _COUNTS):
                out.append(tok)  # "5 kms" is a distance, not "kill myself"
                prev = tok
                continue
            prev = tok
            got = cache.get(tok)
            if got is None:
                may_split = budget > 0
                words, n = self._canon(tok, may_split)
                budget -= n
                got = (words, n > 0)
                if may_split:  # (without the budget it might have split: ask again next time)
                    if len(cache) >= _CACHE_LIMIT:
                        cache.clear()
                    cache[tok] = got
            out.extend(got[0])
            splits += got[1]
        return Analysis(out, splits, tuple(sentences))

    def _canon(self, tok: str, may_split: bool) -> tuple[tuple[str, ...], int]:
        """A token's words, and 1 when it was rewritten beyond spelling (split, or a short
        letters-and-digits token read as leetspeak because that makes a known word)."""
        tok = _RUN3_RE.sub(r"\1\1", tok)
        if tok not in self.vocabulary and _HAS_LEET_RE.search(tok) and _HAS_LETTER_RE.search(tok):
            leet = tok.translate(_LEET)
            if leet in self.vocabulary or leet in SLANG:  # "t0", "m3": not product codes
                return self._expand(leet), 1
        slang = SLANG.get(tok)
        if slang is not None:
            return tuple(slang.split()), 0
        if tok in self.vocabulary or not _HAS_LETTER_RE.search(tok):
            return (tok,), 0
        known = self._collapsed.get(_collapse(tok))
        if known is not None:
            return self._expand(known), 0
        if len(tok) >= 4 and tok.isalpha():
            fixed = self._deletes.get(tok)
            if fixed is None and len(tok) >= 6:  # a letter too many ("killl" is handled above)
                fixed = next(
                    (c for i in range(len(tok)) if (c := tok[:i] + tok[i + 1 :]) in self._cost),
                    None,
                )
            if fixed is not None:
                return self._expand(fixed), 0
        if may_split and 5 <= len(tok) <= _SEGMENT_MAX:
            pieces = self._split(tok)
            if pieces is not None:
                return tuple(w for p in pieces for w in self._expand(p)), 1
        return (tok,), 0

    def _expand(self, word: str) -> tuple[str, ...]:
        slang = SLANG.get(word)
        return tuple(slang.split()) if slang is not None else (word,)

    def _split(self, tok: str) -> list[str] | None:
        """The most likely split of ``tok`` into known words (None: there is none)."""
        n = len(tok)
        cost = self._cost
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for i in range(1, n + 1):
            for j in range(max(0, i - _MAX_PIECE), i):
                if best[j] == math.inf:
                    continue
                c = cost.get(tok[j:i])
                if c is None:
                    if i - j > _UNKNOWN_PIECE:
                        continue
                    c = _UNKNOWN_COST + _UNKNOWN_CHAR_COST * (i - j)
                if best[j] + c < best[i]:
                    best[i] = best[j] + c
                    back[i] = j
        if best[n] == math.inf:
            return None
        pieces: list[str] = []
        i = n
        while i > 0:
            pieces.append(tok[back[i] : i])
            i = back[i]
        pieces.reverse()
        unknown = sum(len(p) for p in pieces if p not in cost)
        if len(pieces) < 2 or unknown > n * _UNKNOWN_SHARE:
            return None
        return pieces


# --------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------


# Words too common to mean anything alone: they count only in pairs and triples ("i want",
# "to die", "kill my self"), so that a template's habits ("i" opens most risk templates) are
# not learnt as evidence.
STOPWORDS = frozenset(
    "i me my mine myself you your to the a an and or but it its is are am be been was were "
    "of in on at for with from by as that this these those so now then there here he she "
    "him her his they them their we us our do does did not no will would can could should "
    "just all if what when how why who which have has had going gonna want wanna get got go "
    "make know think like really very too also only even still again ever because after "
    "before more much many any some something everything anything one time every day today "
    "tonight tomorrow week weekend about out up down into over than lol lmao fr tbh "
    "honestly literally idk ok okay please help yeah ugh".split()
)


def char_ngrams(word: str) -> list[str]:
    """The character 3- to 5-grams of a word with its boundaries, each prefixed with ``#``."""
    w = f"<{word}>"
    n = len(w)
    return [f"#{w[i : i + k]}" for k in (3, 4, 5) for i in range(n - k + 1)]


def features(words: Sequence[str], char_weight: float) -> dict[str, float]:
    """The features of a word sequence with their values (what ``train.py`` learns from)."""
    out: dict[str, float] = {}
    for i, w in enumerate(words):
        if w not in STOPWORDS:
            out[w] = out.get(w, 0.0) + 1.0
            for g in char_ngrams(w):
                out[g] = out.get(g, 0.0) + char_weight
        if i:
            b = f"{words[i - 1]} {w}"
            out[b] = out.get(b, 0.0) + 1.0
            if i > 1:
                t = f"{words[i - 2]} {b}"
                out[t] = out.get(t, 0.0) + 1.0
    return out


def _describe(feature: str) -> str:
    """A feature as a person reads it: a word, a phrase, or a piece of a word."""
    if feature.startswith("#"):
        gram = feature[1:]
        if gram.startswith("<") and gram.endswith(">"):
            return gram[1:-1]
        left = "" if gram.startswith("<") else "…"
        right = "" if gram.endswith(">") else "…"
        return left + gram.strip("<>") + right
    return feature


# --------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    """The probability of each category for the riskiest window of a text.

    ``probabilities`` has every class of :data:`CLASSES`; for each risk category it is the
    highest over the windows, for ``benign`` the probability in the window where the top
    risk category peaked. ``windows`` is how many windows were scored; ``words`` how many
    words the text had.
    """

    probabilities: Mapping[str, float]
    windows: int
    words: int

    def top(self) -> tuple[str, float]:
        """The most probable risk category and its probability."""
        cat = max(RISK_CLASSES, key=lambda c: self.probabilities[c])
        return cat, self.probabilities[cat]


_ZERO: tuple[float, ...] = ()


class LinearModel:
    """A trained model: the normaliser, the features it knows and their weights per class."""

    def __init__(
        self,
        *,
        vocabulary: Mapping[str, int],
        features: Sequence[str],
        weights: Sequence[Sequence[float]],
        bias: Sequence[float],
        char_weight: float,
        window: int,
        stride: int,
        meta: Mapping[str, Any] | None = None,
        check: bool = True,
    ) -> None:
        k = len(CLASSES)
        if len(bias) != k or (
            check and (any(len(w) != k for w in weights) or len(weights) != len(features))
        ):
            raise ModelError("weights do not match the classes and features")
        if window < 1 or stride < 1:
            raise ModelError("window and stride must be positive")
        self.normalizer = Normalizer(vocabulary)
        # feature -> row; the weights of row j are _flat[4j : 4j + 4] (one array of floats,
        # a few bytes a weight, rather than tuples of float objects)
        self.index = {sys.intern(f): i for i, f in enumerate(features)}
        self._flat = array("f", (float(x) for w in weights for x in w))
        self.bias = tuple(float(x) for x in bias)
        self.char_weight = float(char_weight)
        self.window = int(window)
        self.stride = int(stride)
        self.meta = dict(meta or {})
        self._word_cache: dict[str, tuple[float, ...]] = {}

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a weights file written by ``train.py``.

        Raises:
            ModelError: the file is missing, not JSON, or not a model of this format.
        """
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read the model {path}: {exc}") from None
        return cls.from_json(raw, where=str(path))

    @classmethod
    def from_json(cls, raw: Any, where: str = "model") -> LinearModel:
        """A model from a weights file's parsed contents (see :meth:`to_json`).

        Raises:
            ModelError: not a model of this format, or malformed.
        """
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ModelError(f"{where}: not a {FORMAT} model (run train.py)")
        if tuple(raw.get("classes", ())) != CLASSES:
            raise ModelError(f"{where}: classes {raw.get('classes')} are not {list(CLASSES)}")
        try:
            scale = float(raw["scale"])
            packed = array("h")
            packed.frombytes(base64.b64decode(raw["weights"], validate=True))
            if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
                packed.byteswap()
            features = raw["features"]
            k = len(CLASSES)
            if len(packed) != k * len(features):
                raise ValueError(f"{len(packed)} weights for {len(features)} features")
            model = cls(
                vocabulary=raw["vocabulary"],
                features=features,
                weights=(),
                bias=raw["bias"],
                char_weight=raw["char_weight"],
                window=raw["window"],
                stride=raw["stride"],
                meta=raw.get("meta"),
                check=False,
            )
            model._flat = array("f", (x / scale for x in packed))
            return model
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ModelError(f"{where}: malformed model ({type(exc).__name__}: {exc})") from None

    def to_json(self, scale: float = 1000.0) -> dict[str, Any]:
        """The weights file's contents: the weights, rounded to 1/scale, as little-endian
        16-bit integers in base64 (row after row, one column per class)."""
        limit = 32767
        packed = array("h", (max(-limit, min(limit, round(x * scale))) for x in self._flat))
        if sys.byteorder != "little":  # pragma: no cover
            packed.byteswap()
        return {
            "format": FORMAT,
            "classes": list(CLASSES),
            "char_weight": self.char_weight,
            "window": self.window,
            "stride": self.stride,
            "meta": self.meta,
            "bias": [round(b, 4) for b in self.bias],
            "scale": scale,
            "features": list(self.index),
            "weights": base64.b64encode(packed.tobytes()).decode("ascii"),
            "vocabulary": self.normalizer.vocabulary,
        }

    @property
    def features(self) -> list[str]:
        """The features the model knows, in row order."""
        return list(self.index)

    def row(self, j: int) -> tuple[float, ...]:
        """The weights of feature row ``j``, one per class."""
        b = j * 4
        f = self._flat
        return (f[b], f[b + 1], f[b + 2], f[b + 3])

    # -- scoring ---------------------------------------------------------------------------

    def words(self, text: str) -> list[str]:
        """The model's words for ``text`` (the part of it that is scored)."""
        return self.analyse(text).words

    def analyse(self, text: str) -> Analysis:
        """``text`` as the model reads it (the part of it that is scored)."""
        if len(text) > MAX_CHARS:
            text = text[:HEAD_CHARS] + " \n " + text[-TAIL_CHARS:]
        return self.normalizer.analyse(text)

    def _word(self, w: str) -> tuple[float, ...]:
        got = self._word_cache.get(w)
        if got is None:
            if w in STOPWORDS:
                return _ZERO
            acc = [0.0] * len(CLASSES)
            found = False
            flat = self._flat
            j = self.index.get(w)
            if j is not None:
                found = True
                for k in range(4):
                    acc[k] += flat[4 * j + k]
            cw = self.char_weight
            for g in char_ngrams(w):
                j = self.index.get(g)
                if j is not None:
                    found = True
                    for k in range(4):
                        acc[k] += cw * flat[4 * j + k]
            got = tuple(acc) if found else _ZERO
            if len(self._word_cache) >= _CACHE_LIMIT:
                self._word_cache.clear()
            self._word_cache[w] = got
        return got

    def _token_logits(self, words: Sequence[str]) -> list[tuple[float, ...]]:
        """Each word's contribution to the logits: itself and the pair and triple it ends."""
        index = self.index
        flat = self._flat
        out: list[tuple[float, ...]] = []
        prev = prev2 = ""
        for i, w in enumerate(words):
            c = self._word(w)
            acc = list(c) if c else [0.0, 0.0, 0.0, 0.0]
            if i:
                b = f"{prev} {w}"
                j = index.get(b)
                if j is not None:
                    j *= 4
                    acc[0] += flat[j]
                    acc[1] += flat[j + 1]
                    acc[2] += flat[j + 2]
                    acc[3] += flat[j + 3]
                if i > 1:
                    j = index.get(f"{prev2} {b}")
                    if j is not None:
                        j *= 4
                        acc[0] += flat[j]
                        acc[1] += flat[j + 1]
                        acc[2] += flat[j + 2]
                        acc[3] += flat[j + 3]
            out.append((acc[0], acc[1], acc[2], acc[3]))
            prev2, prev = prev, w
        return out

    def _spans(self, n: int, sentences: Sequence[int] = ()) -> list[tuple[int, int]]:
        """Where to score: the whole text, or windows of it; and each sentence of a text of
        several on its own, as the short messages the model learnt from."""
        if n <= self.window:
            spans = [(0, n)]
        else:
            spans = [(s, s + self.window) for s in range(0, n - self.window + 1, self.stride)]
            if spans[-1][1] < n:
                spans.append((n - self.window, n))
        if sentences:
            bounds = [0, *(i for i in sentences[:_MAX_SENTENCES] if 0 < i < n), n]
            for a, b in pairwise(bounds):
                if _MIN_SENTENCE <= b - a <= self.window and (a, b) != (0, n):
                    spans.append((a, b))
        return spans

    def score_words(self, words: Sequence[str], sentences: Sequence[int] = ()) -> Scores:
        """Scores of an already normalised word sequence (``sentences``: where sentences
        begin, as :meth:`analyse` finds them)."""
        per_token = self._token_logits(words)
        best = dict.fromkeys(CLASSES, 0.0)
        best["benign"] = 1.0
        top = -1.0
        spans = self._spans(len(words), sentences)
        b0, b1, b2, b3 = self.bias
        for start, end in spans:
            z0, z1, z2, z3 = b0, b1, b2, b3
            for t in per_token[start:end]:
                z0 += t[0]
                z1 += t[1]
                z2 += t[2]
                z3 += t[3]
            m = max(z0, z1, z2, z3)
            e0, e1, e2, e3 = (
                math.exp(z0 - m),
                math.exp(z1 - m),
                math.exp(z2 - m),
                math.exp(z3 - m),
            )
            s = e0 + e1 + e2 + e3
            p = (e0 / s, e1 / s, e2 / s, e3 / s)
            for k in (1, 2, 3):
                if p[k] > best[CLASSES[k]]:
                    best[CLASSES[k]] = p[k]
            risk = max(p[1], p[2], p[3])
            if risk > top:
                top = risk
                best["benign"] = p[0]
        return Scores(best, len(spans), len(words))

    def score(self, text: str) -> Scores:
        """The probabilities of each category for ``text`` (see :class:`Scores`)."""
        analysis = self.analyse(text)
        return self.score_words(analysis.words, analysis.sentences)

    def explain(self, text: str, category: str, top: int = 5) -> list[tuple[str, float]]:
        """The features that raised ``category`` above ``benign`` the most, in the window
        where ``category`` scored highest: (feature as read, contribution to the logit gap),
        largest first, positive contributions only, one of any phrases that contain each
        other."""
        if category not in RISK_CLASSES:
            raise ValueError(f"category must be one of {RISK_CLASSES}, not {category!r}")
        analysis = self.analyse(text)
        words = analysis.words
        k = CLASSES.index(category)
        spans = self._spans(len(words), analysis.sentences)
        if len(spans) > 1:
            per_token = self._token_logits(words)

            def gap(span: tuple[int, int]) -> float:
                return sum(t[k] - t[0] for t in per_token[span[0] : span[1]])

            start, end = max(spans, key=gap)
            words = words[start:end]
        contributions: dict[str, float] = {}
        for feature, value in features(words, self.char_weight).items():
            j = self.index.get(feature)
            if j is None:
                continue
            if not feature.startswith("#") and all(t in STOPWORDS for t in feature.split()):
                continue  # "going to", "i am": true, but they explain nothing
            if feature.startswith("#") and len(feature.strip("#<>")) < 4:
                continue  # "…er": nor does a scrap of a word
            w = self.row(j)
            gain = value * (w[k] - w[0])
            if gain > 0:
                shown = _describe(feature)
                contributions[shown] = contributions.get(shown, 0.0) + gain
        # words and phrases first (a person reads them); pieces of words only to fill up
        ranked = sorted(contributions.items(), key=lambda kv: ("…" in kv[0], -kv[1], kv[0]))
        chosen: list[tuple[str, float]] = []
        for feature, gain in ranked:
            # one phrase says it: "will not need" and "not need" are the same evidence
            padded = f" {feature.strip('…')} "
            if any(padded in f" {c.strip('…')} " or f" {c.strip('…')} " in padded
                   for c, _ in chosen):  # fmt: skip
                continue
            chosen.append((feature, round(gain, 3)))
            if len(chosen) == top:
                break
        return chosen


def load_default() -> LinearModel:
    """The model shipped beside this file (``weights.json``)."""
    return LinearModel.load(Path(__file__).with_name("weights.json"))


def top_features(model: LinearModel, category: str, n: int = 20) -> Iterable[tuple[str, float]]:
    """The features with the largest weight for ``category`` over ``benign`` (for review)."""
    k = CLASSES.index(category)
    ranked = sorted(
        ((f, model.row(j)[k] - model.row(j)[0]) for f, j in model.index.items()),
        key=lambda fw: -fw[1],
    )
    return [(_describe(f), round(g, 3)) for f, g in ranked[:n]]
