"""The statistical half of the safety-filter: a linear model over words, word pairs and
triples and character n-grams, trained by ``train.py`` on the project's own corpus and
shipped as ``weights.bin`` beside this file.

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
   ``char_weight`` each. And the text's **context**: each of its words once, as ``@word``
   (:func:`context_features`, worth :data:`CONTEXT_VALUE`), which every span of the text
   carries whole.
3. **Score**: a multinomial logistic regression over :data:`CLASSES` (benign and the three
   risk categories). A text of at most ``window`` words is scored whole; a longer one in
   windows of ``window`` words, ``stride`` apart (and a text of several sentences also
   sentence by sentence: :func:`spans`), and each category keeps its highest
   probability, so that one sentence in a long post counts and a long post does not pile up
   weak evidence. The context is what a window cannot see by itself: "ago", "now" and
   "therapist" elsewhere in a story of recovery, "tonight" and "again" in a crisis.
   ``train.py`` learns a text of several spans from the span that decides its score, so
   that the context learns what it adds. Only the first 16,000 and the last 8,000
   characters of a longer text are scored (the rules read all of it).

Speed and memory: words are featurised once and cached (their weights summed per class, with
the word's id), so a typical message costs one dictionary lookup per word and one probe of
an integer table per pair and per triple. A word met for the first time costs one probe
more when the model knows it: the weights of its character n-grams are summed in the file
(three small integers a word; a probe per n-gram took a tenth of a fresh worker's time).
The model is held in packed tables, not in Python objects ("Packed tables" below): about two
megabytes in each worker, read in a millisecond or two; the caches keep at most
:data:`_CACHE_LIMIT` words and tokens each.

Explanations: :meth:`LinearModel.explain` lists the features that pushed a category's score
up the most, in words ("want to die", "kill my", "…suic…").
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise
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
    "merge_features",
    "spans",
    "token_features",
]

CLASSES = ("benign", "self_harm", "violence", "concern_for_other")
RISK_CLASSES = CLASSES[1:]
FORMAT = "safety-filter-linear/7"

MAX_CHARS = 24_000
HEAD_CHARS = 16_000
TAIL_CHARS = 8_000
_CACHE_LIMIT = 2048  # words (and tokens) remembered; the older half goes when full
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
# Packed tables
# --------------------------------------------------------------------------------------------
# The model is tens of thousands of strings and numbers. As Python objects (a dict of str
# keys, a float or a tuple per value) they took about ten megabytes of each worker's memory
# and a JSON parse to build; packed in a few arrays they take about one, and load with a
# copy of bytes. A table is a hash table of its keys in buckets: the keys sorted by bucket,
# and where each bucket starts. A key's position in the table is its id; other arrays hold
# what belongs to it at that position. An integer key is held as its quotient by the number
# of buckets (the remainder is its bucket): a pair of word ids in 16 bits, not 32.

_MAGIC = b"SFLM"
_ALIGN = 8
_SIZES = {"B": 1, "H": 2, "h": 2, "i": 4, "I": 4, "f": 4, "q": 8, "d": 8}  # little-endian
_CHUNK = 64 * 1024  # what is read at a time to check the CRC
_GRAM = 40  # a character n-gram's key: its 3 to 5 bytes, and its length above them
# Keys a bucket in the tables of features: two halve the table of where buckets start, and
# make the quotients held for keys twice as large, for a probe of 1.5 keys on average, not 1.
_PER_BUCKET = 2


def _buckets(n: int) -> int:
    """The number of buckets for ``n`` keys: the smallest prime at least ``n`` (a prime,
    because the integer keys are structured: word ids times a count, bytes of letters)."""
    m = max(n, 2)
    while any(m % d == 0 for d in range(2, math.isqrt(m) + 1)):
        m += 1
    return m


def _typed(values: Iterable[int]) -> array[int]:
    """The values in the smallest array type that holds them (-1 is the only negative one
    that tables need)."""
    seq = list(values)
    low, high = min(seq, default=0), max(seq, default=0)
    if low >= 0:
        code = "B" if high < 1 << 8 else "H" if high < 1 << 16 else "I" if high < 1 << 32 else "q"
    elif low >= -(1 << 15) and high < 1 << 15:
        code = "h"
    else:
        code = "i" if low >= -(1 << 31) and high < 1 << 31 else "q"
    return array(code, seq)


def _starts(hashes: Sequence[int], buckets: int) -> array[int]:
    """Where each bucket starts, for keys sorted by bucket (and where the last one ends)."""
    counts = [0] * (buckets + 1)
    for h in hashes:
        counts[h + 1] += 1
    for b in range(buckets):
        counts[b + 1] += counts[b]
    return _typed(counts)


class _Strings:
    """A table of strings (UTF-8 in one blob, one after another)."""

    __slots__ = ("blob", "buckets", "offsets", "starts")

    def __init__(self, blob: bytes, offsets: array[int], starts: array[int]) -> None:
        self.blob = blob
        self.offsets = offsets  # the key at position t is blob[offsets[t] : offsets[t + 1]]
        self.starts = starts
        self.buckets = len(starts) - 1

    @classmethod
    def build(cls, keys: Sequence[str]) -> tuple[_Strings, list[int]]:
        """The table of ``keys`` (distinct), and which key is at each position."""
        encoded = [k.encode() for k in keys]
        buckets = _buckets(len(keys))
        hashes = [zlib.crc32(b) % buckets for b in encoded]
        order = sorted(range(len(keys)), key=lambda i: (hashes[i], i))
        offsets = [0]
        for i in order:
            offsets.append(offsets[-1] + len(encoded[i]))
        blob = b"".join(encoded[i] for i in order)
        return cls(blob, _typed(offsets), _starts(hashes, buckets)), order

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def find(self, key: str) -> int:
        """The position of ``key``, or -1."""
        raw = key.encode()
        starts = self.starts
        h = zlib.crc32(raw) % self.buckets
        t, end = starts[h], starts[h + 1]
        offsets, blob = self.offsets, self.blob
        while t < end:
            if blob[offsets[t] : offsets[t + 1]] == raw:
                return t
            t += 1
        return -1

    def key(self, t: int) -> str:
        return self.blob[self.offsets[t] : self.offsets[t + 1]].decode()

    def sections(self, name: str) -> dict[str, array[int] | bytes]:
        return {
            f"{name}.blob": self.blob,
            f"{name}.offsets": self.offsets,
            f"{name}.starts": self.starts,
        }

    @classmethod
    def from_sections(cls, parts: Mapping[str, Any], name: str) -> _Strings:
        return cls(parts[f"{name}.blob"], parts[f"{name}.offsets"], parts[f"{name}.starts"])


class _Ints:
    """A table of non-negative integers. A key is held as its quotient by the number of
    buckets (its remainder is the bucket it is in): a key of 40 bits takes 32, one of 30
    bits 16, and the key is still exact."""

    __slots__ = ("buckets", "keys", "starts")

    def __init__(self, keys: array[int], starts: array[int]) -> None:
        self.keys = keys
        self.starts = starts
        self.buckets = len(starts) - 1

    @classmethod
    def build(cls, keys: Sequence[int], per_bucket: int = 1) -> tuple[_Ints, list[int]]:
        """The table of ``keys`` (distinct), and which key is at each position; about
        ``per_bucket`` keys a bucket (more: a smaller table of starts, longer probes)."""
        buckets = _buckets(len(keys) // per_bucket)
        hashes = [k % buckets for k in keys]
        order = sorted(range(len(keys)), key=lambda i: (hashes[i], i))
        held = _typed(keys[i] // buckets for i in order)
        return cls(held, _starts(hashes, buckets)), order

    def __len__(self) -> int:
        return len(self.keys)

    def find(self, key: int) -> int:
        """The position of ``key``, or -1 (the scoring loop has this inline)."""
        starts = self.starts
        q, h = divmod(key, self.buckets)
        t, end = starts[h], starts[h + 1]
        keys = self.keys
        while t < end:
            if keys[t] == q:
                return t
            t += 1
        return -1

    def all_keys(self) -> list[int]:
        """Every key, by position (built on each call: for tools and tests)."""
        keys, starts, buckets = self.keys, self.starts, self.buckets
        return [
            keys[t] * buckets + h for h in range(buckets) for t in range(starts[h], starts[h + 1])
        ]

    def sections(self, name: str) -> dict[str, array[int] | bytes]:
        return {f"{name}.keys": self.keys, f"{name}.starts": self.starts}

    @classmethod
    def from_sections(cls, parts: Mapping[str, Any], name: str) -> _Ints:
        return cls(parts[f"{name}.keys"], parts[f"{name}.starts"])


def _gram_key(gram: bytes) -> int:
    """A character n-gram (3 to 5 bytes) as an integer key (its length tells "ab\\0" from
    "ab")."""
    return int.from_bytes(gram, "little") + (len(gram) << _GRAM)


def _gram_keys(padded: bytes) -> list[int]:
    """The keys (:func:`_gram_key`) of the 3-, 4- and 5-grams of a word with its boundaries,
    in the order of :func:`char_ngrams`; each from the one a byte shorter."""
    n = len(padded)
    one = 1 << _GRAM  # a byte more: one more in the length
    k3 = [
        (3 << _GRAM) + padded[i] + (padded[i + 1] << 8) + (padded[i + 2] << 16)
        for i in range(n - 2)
    ]
    k4 = [k3[i] + one + (padded[i + 3] << 24) for i in range(n - 3)]
    k5 = [k4[i] + one + (padded[i + 4] << 32) for i in range(n - 4)]
    return k3 + k4 + k5


def _pack(header: dict[str, Any], parts: Mapping[str, array[int] | bytes]) -> bytes:
    """A file: the magic, the header's length and the header (JSON: the sections' names,
    types and lengths, and their CRC-32), then each section, little-endian, at a multiple
    of 8 bytes."""
    body: list[bytes] = []
    listing: list[list[Any]] = []
    for name, part in parts.items():
        if isinstance(part, bytes):
            code, raw = "B", part
        else:
            code = part.typecode
            if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
                part = array(code, part)
                part.byteswap()
            raw = part.tobytes()
        listing.append([name, code, len(raw) // _SIZES[code]])
        body.append(raw + bytes(-len(raw) % _ALIGN))
    crc = zlib.crc32(b"".join(body))
    text = json.dumps({**header, "sections": listing, "crc32": crc}, separators=(",", ":"))
    head = text.encode() + b" " * (-(len(text) + 8) % _ALIGN)
    return b"".join([_MAGIC, len(head).to_bytes(4, "little"), head, *body])


def _unpack(data: bytes, where: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and the sections of a file written by :func:`_pack` (byte sections as
    ``bytes``, the others as arrays).

    Raises:
        ModelError: not such a file, or truncated.
    """
    return _unpack_from(io.BytesIO(data), len(data), where)


def _unpack_from(
    f: io.BufferedIOBase, total: int, where: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`_unpack` of a file of ``total`` bytes, read section by section: no copy of the
    whole file is made on the way (two megabytes that a worker's heap would keep as holes)."""
    if f.read(4) != _MAGIC:
        raise ModelError(f"{where}: not a {FORMAT} model (run train.py)")
    try:
        size = int.from_bytes(f.read(4), "little")
        header = json.loads(f.read(size))
        if not isinstance(header, dict):
            raise TypeError("the header is not an object")
        offset = 8 + size
        f.seek(offset)
        crc = 0
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            crc = zlib.crc32(chunk, crc)
        if crc != header.pop("crc32"):
            raise ValueError("the tables are damaged (their CRC-32 does not match)")
        f.seek(offset)
        parts: dict[str, Any] = {}
        for name, code, count in header.pop("sections"):
            length = count * _SIZES[code]
            if offset + length > total:
                raise ValueError(f"section {name} is cut short")
            if code == "B":
                parts[name] = f.read(length)
            else:
                part = array(code)
                if part.itemsize != _SIZES[code]:  # pragma: no cover - no such platform here
                    raise ValueError(f"array type {code} is not {_SIZES[code]} bytes here")
                part = array(code, [0]) * count  # read into in place: no bytes in between
                with memoryview(part) as items, items.cast("B") as raw:
                    if f.readinto(raw) != length:
                        raise ValueError(f"section {name} is cut short")
                if sys.byteorder != "little":  # pragma: no cover
                    part.byteswap()
                parts[name] = part
            offset += length + (-length % _ALIGN)
            f.seek(offset)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(f"{where}: malformed model ({type(exc).__name__}: {exc})") from None
    return header, parts


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
    "odd": "odd",  # a number is odd (deleting the entry would read it as "od", overdose)
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
# A text with this many words in leetspeak reads its lone "1" and "4" as "i" and "a"
# ("1 h0p3 h3 g3ts h1t by 4 c4r"), as rules.py does.
_LEET_TEXT = 2
_LONE_LEET = {"1": "i", "4": "a"}
# abbreviations that are units after a number ("ran 5 kms", "how many kms")
_UNITS = frozenset({"kms", "km", "mins", "hrs"})
_COUNTS = frozenset("few many some several ten hundred hundreds thousand thousands".split())
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# Short slang read as such inside a run-together token (others stay letters: "sh", "fr",
# "ty", "od" are more often pieces of ordinary words there).
_SPLIT_SLANG = frozenset({"im", "ur", "u", "rn", "bc", "bf", "gf", "ya"})
# Endings that make a known word another known-looking word: such a token is not a typo.
_ENDINGS = ("s", "es", "ed", "ing", "ly", "er", "ers")
# How much a long text's risk logits pay per log of the spans scored (windows and sentences),
# per risk category: the riskiest of k spans is a maximum of k tries, and without a price a
# long post of ordinary sadness crosses the threshold somewhere by chance. Self-harm pays
# more: sad posts without intent share most of its words (measured on
# benchmarks/safety/eval_longform.jsonl; short messages are one span and pay nothing).
SPAN_PENALTY = (1.6, 1.0, 1.0)  # self_harm, violence, concern_for_other
# Past this many spans the price stops growing: one clear sentence in a very long text
# still counts.
PENALISED_SPANS = 16
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


class _Lexicon:
    """The vocabulary as the normaliser consults it, packed: the known words with their
    counts and their cost as a piece of a split; the words a collapsed form stands for; the
    words a word with a letter dropped stands for."""

    __slots__ = (
        "_longest",
        "collapsed",
        "collapsed_to",
        "costs",
        "counts",
        "deletes",
        "deletes_to",
        "words",
    )

    def __init__(self, parts: Mapping[str, Any]) -> None:
        self.words = _Strings.from_sections(parts, "vocab")
        self.counts: array[int] = parts["vocab.counts"]
        self.costs: array[float] = parts["vocab.costs"]  # NaN: not a piece of a split
        self.collapsed = _Strings.from_sections(parts, "collapsed")
        self.collapsed_to: array[int] = parts["collapsed.to"]  # positions in words
        self.deletes = _Ints.from_sections(parts, "deletes")  # by the CRC-32 of each key
        self.deletes_to: array[int] = parts["deletes.to"]
        if not (
            len(self.counts) == len(self.costs) == len(self.words)
            and len(self.collapsed_to) == len(self.collapsed)
            and len(self.deletes_to) == len(self.deletes)
        ):
            raise ValueError("vocabulary tables of different lengths")
        self._longest: dict[str, int] | None = None

    @classmethod
    def build(cls, vocabulary: Mapping[str, int]) -> _Lexicon:
        vocabulary = dict(vocabulary)
        total = sum(vocabulary.values()) or 1
        # The cost of a piece in a split: rarer words cost more, and each piece costs extra,
        # so that "iwanttodie" splits into four common words, not into single letters.
        cost: dict[str, float] = {}
        for word, count in vocabulary.items():
            if len(word) == 1 and word not in "iau":
                continue
            if len(word) <= _MAX_PIECE:
                cost[word] = math.log(total / count) + 4.0
        collapsed: dict[str, tuple[int, str]] = {}
        for word, count in vocabulary.items():
            key = _collapse(word)
            if key not in collapsed or count > collapsed[key][0]:
                collapsed[key] = (count, word)
        # a letter dropped ("myslf", "thinkng"): each word of 5+ letters without one of them
        deletes: dict[str, tuple[int, str]] = {}
        for word, count in vocabulary.items():
            if len(word) >= 5 and word.isalpha() and count >= 3:
                for i in range(len(word)):
                    key = word[:i] + word[i + 1 :]
                    if key not in deletes or count > deletes[key][0]:
                        deletes[key] = (count, word)
        words = list(vocabulary)
        table, order = _Strings.build(words)
        at = {words[i]: t for t, i in enumerate(order)}
        parts: dict[str, Any] = table.sections("vocab")
        parts["vocab.counts"] = _typed(vocabulary[words[i]] for i in order)
        parts["vocab.costs"] = array("f", (cost.get(words[i], math.nan) for i in order))
        found = {k: w for k, (_, w) in collapsed.items()}
        keys = list(found)
        table, order = _Strings.build(keys)
        parts.update(table.sections("collapsed"))
        parts["collapsed.to"] = _typed(at[found[keys[i]]] for i in order)
        # the keys of deletes (tens of thousands of non-words) are held as their CRC-32 only:
        # a third of the room; a token read as a word by a clash of CRCs is one in a million
        by_crc: dict[int, str] = {}
        for k, (_, w) in sorted(deletes.items()):
            if k not in vocabulary:
                by_crc.setdefault(zlib.crc32(k.encode()), w)
        crcs = list(by_crc)
        ints, order = _Ints.build(crcs)
        parts.update(ints.sections("deletes"))
        parts["deletes.to"] = _typed(at[by_crc[crcs[i]]] for i in order)
        return cls(parts)

    def sections(self) -> dict[str, array[Any] | bytes]:
        return {
            **self.words.sections("vocab"),
            "vocab.counts": self.counts,
            "vocab.costs": self.costs,
            **self.collapsed.sections("collapsed"),
            "collapsed.to": self.collapsed_to,
            **self.deletes.sections("deletes"),
            "deletes.to": self.deletes_to,
        }

    def vocabulary(self) -> dict[str, int]:
        """The words and their counts, in alphabetical order."""
        words = self.words
        return dict(sorted((words.key(t), self.counts[t]) for t in range(len(words))))

    def longest(self) -> dict[str, int]:
        """The length of the longest word of two letters or more that starts with each two
        letters (built on first use: a few hundred entries, which spare a split most of its
        lookups)."""
        if self._longest is None:
            longest: dict[str, int] = {}
            for t in range(len(self.words)):
                word = self.words.key(t)
                if len(word) > 1 and len(word) > longest.get(word[:2], 0):
                    longest[word[:2]] = len(word)
            self._longest = longest
        return self._longest

    def cost(self, piece: str) -> float | None:
        """The cost of ``piece`` as a word of a split (None: it is not one)."""
        t = self.words.find(piece)
        if t < 0:
            return None
        c = self.costs[t]
        return None if c != c else c  # NaN: a word, but not one a split may use

    def collapsed_word(self, key: str) -> str | None:
        """The most frequent known word whose collapsed form is ``key``."""
        t = self.collapsed.find(key)
        return None if t < 0 else self.words.key(self.collapsed_to[t])

    def undeleted_word(self, key: str) -> str | None:
        """The most frequent known word (5+ letters) that is ``key`` with a letter more."""
        t = self.deletes.find(zlib.crc32(key.encode()))
        return None if t < 0 else self.words.key(self.deletes_to[t])


class Normalizer:
    """Turns a text into the model's words (see the module docstring, step 1).

    ``vocabulary`` maps the words seen in the training corpus (as typed, before slang is
    expanded) to how often: it decides which tokens are known, what a stretched word
    stands for and how a long token splits.
    """

    def __init__(self, vocabulary: Mapping[str, int]) -> None:
        self._lexicon = _Lexicon.build(vocabulary)
        self._known = self._lexicon.words.find
        self._cache: dict[str, tuple[tuple[str, ...], bool]] = {}

    @classmethod
    def _from_lexicon(cls, lexicon: _Lexicon) -> Normalizer:
        self = cls.__new__(cls)
        self._lexicon = lexicon
        self._known = lexicon.words.find
        self._cache = {}
        return self

    @property
    def vocabulary(self) -> dict[str, int]:
        """The known words and their counts (built on each call: for tools and tests)."""
        return self._lexicon.vocabulary()

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
        leet_words = 0
        lone: list[int] = []  # lone "1" and "4": "i" and "a" in a text in leetspeak
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
                    leet_words += 1
            elif not _HAS_LETTER_RE.search(tok):
                tok = tok.translate(str.maketrans("", "", "@$!|"))
                if not tok:
                    continue
                if tok in _LONE_LEET:
                    lone.append(len(out))
            out.append(tok)
        if leet_words >= _LEET_TEXT:
            for n in lone:
                if n + 1 < len(out) and out[n + 1] in _UNITS:
                    continue  # "r4n 4 kms": a distance
                out[n] = _LONE_LEET[out[n]]
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
                        _forget_older_half(cache)
                    cache[tok] = got
            out.extend(got[0])
            splits += got[1]
        return Analysis(out, splits, tuple(sentences))

    def _canon(self, tok: str, may_split: bool) -> tuple[tuple[str, ...], int]:
        """A token's words, and 1 when it was rewritten beyond spelling (split, or a short
        letters-and-digits token read as leetspeak because that makes a known word)."""
        tok = _RUN3_RE.sub(r"\1\1", tok)
        known = self._known(tok) >= 0
        if not known and _HAS_LEET_RE.search(tok) and _HAS_LETTER_RE.search(tok):
            leet = tok.translate(_LEET)
            if self._known(leet) >= 0 or leet in SLANG:  # "t0", "m3": not product codes
                return self._expand(leet), 1
        slang = SLANG.get(tok)
        if slang is not None:
            return tuple(slang.split()), 0
        if known or not _HAS_LETTER_RE.search(tok):
            return (tok,), 0
        lexicon = self._lexicon
        collapsed = lexicon.collapsed_word(_collapse(tok))
        if collapsed is not None:
            return self._expand(collapsed), 0
        stem = self._stem(tok) if len(tok) >= 4 and tok.isalpha() else None
        if stem is not None:
            return self._expand(stem), 0
        if len(tok) >= 4 and tok.isalpha():
            fixed = lexicon.undeleted_word(tok)
            if fixed is None and len(tok) >= 6:  # a letter too many ("killl" is handled above)
                cost = lexicon.cost
                fixed = next(
                    (c for i in range(len(tok)) if cost(c := tok[:i] + tok[i + 1 :]) is not None),
                    None,
                )
            if fixed is not None:
                return self._expand(fixed), 0
        if may_split and 5 <= len(tok) <= _SEGMENT_MAX:
            pieces = self._split(tok)
            if pieces is not None:
                # A piece of one or two letters is read as slang only when it is a common
                # one ("imdone", "hateurguts"): "shaking" is not "sh a king" (self harm).
                return tuple(
                    w
                    for p in pieces
                    for w in (self._expand(p) if len(p) > 2 or p in _SPLIT_SLANG else (p,))
                ), 1
        return (tok,), 0

    def _stem(self, tok: str) -> str | None:
        """The known word that ``tok`` is with an ending ("cries" -> "cry", "scares" ->
        "scare", "shaking" -> "shake", "goodbyes" -> "goodbye"), or None. Such a token is
        read as that word, not as a misspelling of another ("crimes", "cares") nor split."""
        known = self._known
        if tok.endswith("ies") and known(tok[:-3] + "y") >= 0:
            return tok[:-3] + "y"
        for ending in _ENDINGS:
            stem = tok[: -len(ending)]
            if not tok.endswith(ending) or len(stem) < 3:
                continue
            if known(stem) >= 0:
                return stem
            if ending in ("ed", "es", "ing", "er", "ers"):
                if known(stem + "e") >= 0:
                    return stem + "e"
                if stem[-1] == stem[-2] and known(stem[:-1]) >= 0:  # "stopped", "cutting"
                    return stem[:-1]
        return None

    def _expand(self, word: str) -> tuple[str, ...]:
        slang = SLANG.get(word)
        return tuple(slang.split()) if slang is not None else (word,)

    def _split(self, tok: str) -> list[str] | None:
        """The most likely split of ``tok`` into known words (None: there is none)."""
        n = len(tok)
        lexicon = self._lexicon
        words, costs = lexicon.words, lexicon.costs
        starts, buckets, offsets, blob = words.starts, words.buckets, words.offsets, words.blob
        crc32 = zlib.crc32
        # a piece's cost, or None (not a word): _Strings.find() inline, on a slice of the
        # token's bytes (tokens are ASCII; any other string is looked up piece by piece)
        raw = tok.encode() if tok.isascii() else b""
        longest = lexicon.longest()
        # the longest word that may start at each place (by its first two letters)
        reach = [j + longest.get(tok[j : j + 2], 1) for j in range(n)]
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for i in range(1, n + 1):
            for j in range(max(0, i - _MAX_PIECE), i):
                if best[j] == math.inf:
                    continue
                c: float | None = None
                if i > reach[j] and i - j > 1:
                    pass  # no word is that long
                elif raw:
                    piece = raw[j:i]
                    h = crc32(piece) % buckets
                    t, end = starts[h], starts[h + 1]
                    while t < end:
                        if blob[offsets[t] : offsets[t + 1]] == piece:
                            c = costs[t]
                            if c != c:  # NaN: a word, but not a piece
                                c = None
                            break
                        t += 1
                else:
                    c = lexicon.cost(tok[j:i])
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
        unknown = sum(len(p) for p in pieces if lexicon.cost(p) is None)
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


def token_features(words: Sequence[str], char_weight: float) -> list[dict[str, float]]:
    """Each word's own features with their values: the word and its character n-grams (not
    for a stopword), and the pair and the triple it ends. A span of the text scores as the
    sum of its words' (:meth:`LinearModel.score_words`; a pair that begins before the span
    counts in it, as the word that ends it does)."""
    out: list[dict[str, float]] = []
    for i, w in enumerate(words):
        mine: dict[str, float] = {}
        if w not in STOPWORDS:
            mine[w] = 1.0
            for g in char_ngrams(w):
                mine[g] = mine.get(g, 0.0) + char_weight
        if i:
            b = f"{words[i - 1]} {w}"
            mine[b] = 1.0
            if i > 1:
                mine[f"{words[i - 2]} {b}"] = 1.0
        out.append(mine)
    return out


CONTEXT = "@"  # a context feature: a word of the whole text, counted in each of its spans
CONTEXT_VALUE = 0.5


def context_features(words: Iterable[str]) -> dict[str, float]:
    """The text's context, which each of its spans carries whole: each word in it, once
    ("@ago", "@now", "@was" in a story of recovery; "@tonight", "@again" in a crisis), so
    that a window of a long post is not read out of what the rest of the post says."""
    return {CONTEXT + w: CONTEXT_VALUE for w in dict.fromkeys(words)}


def merge_features(parts: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Features summed (a span's, from its words')."""
    out: dict[str, float] = {}
    for mine in parts:
        for f, v in mine.items():
            out[f] = out.get(f, 0.0) + v
    return out


def features(words: Sequence[str], char_weight: float) -> dict[str, float]:
    """The features of a word sequence with their values: its words' summed, and its
    context."""
    return merge_features([*token_features(words, char_weight), context_features(words)])


def spans(n: int, sentences: Sequence[int], window: int, stride: int) -> list[tuple[int, int]]:
    """Where a text of ``n`` words is scored: whole, or in windows of ``window`` words every
    ``stride``; and each sentence of a text of several on its own (``sentences``: where they
    begin), as the short messages the model learnt from. Its score is its riskiest span's."""
    if n <= window:
        out = [(0, n)]
    else:
        out = [(s, s + window) for s in range(0, n - window + 1, stride)]
        if out[-1][1] < n:
            out.append((n - window, n))
    if sentences:
        bounds = [0, *(i for i in sentences[:_MAX_SENTENCES] if 0 < i < n), n]
        for a, b in pairwise(bounds):
            if _MIN_SENTENCE <= b - a <= window and (a, b) != (0, n):
                out.append((a, b))
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


# a word's logits (benign's first, 0), its id (-1: unknown), and its context's logits
_Cached = tuple[float, float, float, float, int, float, float, float]


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


def _forget_older_half(cache: dict[str, Any]) -> None:
    """Make room in a full cache: the entries added first go (a dict keeps their order)."""
    for key in list(islice(cache, len(cache) // 2)):
        del cache[key]


_LIMIT = 32767  # weights are integers in 1/scale (train.py picks a scale that fits a byte)
_HELD = len(RISK_CLASSES)  # weights held per feature: each risk class's over benign's


class LinearModel:
    """A trained model: the normaliser, the features it knows and their weights per class.

    The features are held in packed tables (see "Packed tables"): the words of the word
    features (a word's id is its position), the pairs of word ids (bigrams, and the first
    two words of each triple), the triples (a pair's position and a word id), and the
    character n-grams (their bytes). Each risk class's weight over benign's (benign's is 0,
    which changes no probability) is an integer in 1/``scale``, held
    in the smallest array type for their range (a byte, as ``train.py`` scales them); it is
    read through a table of their values as 32-bit floats (what the weights have
    always been held as, so that scores do not change with the format). The rows of weights
    follow the tables: the pairs', the triples', the n-grams', the single words', then the
    context words' (``@word``: a row per word id in ``words.context``, as ``words.unigram``
    for the word itself; a word known only as context is in the words' table too).
    """

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
        scale: float = 1000.0,
    ) -> None:
        """A model from what ``train.py`` learnt: its weights are rounded to 1/``scale``
        and its bias to 1/10,000, as the weights file holds them.

        Raises:
            ModelError: the weights do not match the classes and features, or a feature is
                not a word, a pair, a triple or a character n-gram.
        """
        k = len(CLASSES)
        if len(bias) != k or any(len(w) != k for w in weights) or len(weights) != len(features):
            raise ModelError("weights do not match the classes and features")
        # Only the risk classes' weights over benign's are held: a softmax does not change
        # when a row's weights move together, so benign's are 0 (a quarter less to hold and
        # to add up). Rounded from 32-bit floats, as the trained weights have always been.
        held = array("f", (float(w[c] - w[0]) for w in weights for c in range(1, k)))
        quantised = [max(-_LIMIT, min(_LIMIT, round(x * scale))) for x in held]
        bias = [b - bias[0] for b in bias]
        header: dict[str, Any] = {
            "format": FORMAT,
            "classes": list(CLASSES),
            "char_weight": float(char_weight),
            "window": int(window),
            "stride": int(stride),
            "bias": [round(float(b), 4) for b in bias],
            "scale": float(scale),
            "meta": dict(meta or {}),
        }
        parts = _Lexicon.build(vocabulary).sections()
        parts.update(_feature_tables(features, quantised, header))
        self._setup(header, parts, "model")

    def _setup(self, header: Mapping[str, Any], parts: Mapping[str, Any], where: str) -> None:
        try:
            self.bias = tuple(float(b) for b in header["bias"])
            self.char_weight = float(header["char_weight"])
            self.window = int(header["window"])
            self.stride = int(header["stride"])
            self.scale = float(header["scale"])
            self.meta: dict[str, Any] = dict(header.get("meta") or {})
            low, high = int(header["low"]), int(header["high"])
            self._hollow = frozenset(int(t) for t in header["hollow"])
            self.normalizer = Normalizer._from_lexicon(_Lexicon(parts))
            self._words = _Strings.from_sections(parts, "words")
            self._unigram: array[int] = parts["words.unigram"]  # a word's row, or -1
            # a word's character n-grams' weights, summed, in 1/scale (3 per word)
            self._word_grams: array[int] = parts["words.grams"]
            self._context: array[int] = parts["words.context"]  # "@word"'s row, or -1
            self._pairs = _Ints.from_sections(parts, "pairs")
            self._triples = _Ints.from_sections(parts, "triples")
            self._grams = _Ints.from_sections(parts, "grams")
            self._codes: array[int] = parts["weights"]  # a weight's value - low
            rows = len(self._pairs) + len(self._triples) + len(self._grams)
            rows += sum(1 for r in self._unigram if r >= 0)
            rows += sum(1 for r in self._context if r >= 0)
            if len(self.bias) != len(CLASSES) or self.bias[0] != 0:
                raise ValueError("the bias is not 0 for benign and one per risk class")
            if len(self._codes) != _HELD * rows:
                raise ValueError(f"{len(self._codes)} weights for {rows} features")
            if not len(self._unigram) == len(self._context) == len(self._words):
                raise ValueError("the words and their rows do not match")
            if len(self._word_grams) != _HELD * len(self._words):
                raise ValueError("the words and their n-gram sums do not match")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"{where}: malformed model ({type(exc).__name__}: {exc})") from None
        if self.window < 1 or self.stride < 1:
            raise ModelError(f"{where}: window and stride must be positive")
        # the value of each weight (a sum of them is the sum of the integers, in 1/scale)
        self._values = array("d", ((c + low) / self.scale for c in range(high - low + 1)))
        self._triple_row = len(self._pairs)
        self._gram_row = self._triple_row + len(self._triples)
        self._header = {k: v for k, v in header.items() if k != "sections"}
        self._parts = parts
        self._word_cache: dict[str, _Cached] = {}

    # -- loading and saving ----------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a weights file written by ``train.py``.

        Raises:
            ModelError: the file is missing, damaged, or not a model of this format.
        """
        try:
            with open(path, "rb") as f:
                header, parts = _unpack_from(f, os.fstat(f.fileno()).st_size, str(path))
        except OSError as exc:
            raise ModelError(f"cannot read the model {path}: {exc}") from None
        return cls._from_unpacked(header, parts, str(path))

    @classmethod
    def from_bytes(cls, data: bytes, where: str = "model") -> LinearModel:
        """A model from a weights file's contents (see :meth:`to_bytes`).

        Raises:
            ModelError: not a model of this format, or malformed.
        """
        header, parts = _unpack(data, where)
        return cls._from_unpacked(header, parts, where)

    @classmethod
    def _from_unpacked(
        cls, header: dict[str, Any], parts: dict[str, Any], where: str
    ) -> LinearModel:
        if header.get("format") != FORMAT:
            raise ModelError(f"{where}: not a {FORMAT} model (run train.py)")
        if tuple(header.get("classes", ())) != CLASSES:
            raise ModelError(f"{where}: classes {header.get('classes')} are not {list(CLASSES)}")
        self = cls.__new__(cls)
        self._setup(header, parts, where)
        return self

    def to_bytes(self) -> bytes:
        """The weights file's contents: a JSON header (the settings, the bias, ``meta``),
        then the tables, little-endian."""
        return _pack({**self._header, "meta": self.meta}, self._parts)

    def save(self, path: str | Path) -> None:
        """Write the weights file, whole or not at all (a worker may be reading the old one)."""
        path = Path(path)
        part = path.with_name(path.name + ".part")
        part.write_bytes(self.to_bytes())
        os.replace(part, path)

    # -- features and their weights (for explanations, review and tests) ------------------

    def _row_of(self, feature: str) -> int:
        """The row of a feature's weights, or -1 when the model does not have it."""
        if feature.startswith("#"):
            gram = feature[1:].encode()
            size = len(gram)
            if not 3 <= size <= 5:
                return -1
            key = int.from_bytes(gram, "little") + (size << _GRAM)  # _gram_key(), inline
            t = self._grams.find(key)
            return -1 if t < 0 else self._gram_row + t
        cache = self._word_cache  # (explain() asks about the words of a text just scored)
        if feature.startswith(CONTEXT):
            t = self._words.find(feature[len(CONTEXT) :])
            return -1 if t < 0 else self._context[t]
        ids = [c[4] if (c := cache.get(w)) else self._words.find(w) for w in feature.split(" ")]
        if min(ids) < 0 or len(ids) > 3:
            return -1
        if len(ids) == 1:
            return self._unigram[ids[0]]
        n = len(self._words)
        pair = self._pairs.find(ids[0] * n + ids[1])
        if pair < 0:
            return -1
        if len(ids) == 2:
            return -1 if pair in self._hollow else pair
        t = self._triples.find(pair * n + ids[2])
        return -1 if t < 0 else self._triple_row + t

    def _telling_features(self, words: Sequence[str]) -> dict[str, tuple[float, int]]:
        """The features of ``words`` that the model has and that tell something (not only
        stopwords: "going to", "i am"; not a scrap of a word: "…er"), with their values and
        rows: those of ``features(words)``, in its order and with its sums, found by ids."""
        out: dict[str, tuple[float, int]] = {}
        cw = self.char_weight
        cache, unigram = self._word_cache, self._unigram
        grams, pairs, triples = self._grams, self._pairs, self._triples
        keys, starts, buckets, gram_row = grams.keys, grams.starts, grams.buckets, self._gram_row
        n = len(self._words)
        own: dict[str, list[tuple[str, float, int]]] = {}  # a word's, and its n-grams'
        prev = prev_pair = -1
        for i, w in enumerate(words):
            wid = (cache.get(w) or self._word(w))[4]
            if w not in STOPWORDS:
                mine = own.get(w)
                if mine is None:
                    mine = own[w] = []
                    if wid >= 0 and unigram[wid] >= 0:
                        mine.append((w, 1.0, unigram[wid]))
                    padded = f"<{w}>".encode()
                    for size in (3, 4, 5):
                        tag = size << _GRAM
                        for j in range(len(padded) - size + 1):
                            gram = padded[j : j + size]
                            if len(gram.strip(b"<>")) < 4:
                                continue
                            key = int.from_bytes(gram, "little") + tag
                            q, h = divmod(key, buckets)
                            t, end = starts[h], starts[h + 1]
                            while t < end:
                                if keys[t] == q:
                                    mine.append(("#" + gram.decode(), cw, gram_row + t))
                                    break
                                t += 1
                for f, v, r in mine:
                    got = out.get(f)
                    out[f] = (v, r) if got is None else (got[0] + v, r)
            pair = -1
            if wid >= 0 and prev >= 0:
                pair = pairs.find(prev * n + wid)
                if pair >= 0 and pair not in self._hollow:
                    a, b = words[i - 1], w
                    if a not in STOPWORDS or b not in STOPWORDS:
                        f = f"{a} {b}"
                        got = out.get(f)
                        out[f] = (1.0, pair) if got is None else (got[0] + 1.0, pair)
                if prev_pair >= 0:
                    t = triples.find(prev_pair * n + wid)
                    if t >= 0:
                        trio = (words[i - 2], words[i - 1], w)
                        if any(x not in STOPWORDS for x in trio):
                            f = " ".join(trio)
                            got = out.get(f)
                            r = self._triple_row + t
                            out[f] = (1.0, r) if got is None else (got[0] + 1.0, r)
            prev, prev_pair = wid, pair
        return out

    def _row(self, r: int) -> tuple[float, float, float, float]:
        codes, values, j = self._codes, self._values, _HELD * r
        return (0.0, values[codes[j]], values[codes[j + 1]], values[codes[j + 2]])

    def weights_of(self, feature: str) -> tuple[float, float, float, float] | None:
        """A feature's weight for each class over benign's, so benign's first, always 0
        (None: the model does not have it)."""
        r = self._row_of(feature)
        return None if r < 0 else self._row(r)

    def _feature_rows(self) -> list[tuple[str, int]]:
        """Every feature and its row, in alphabetical order (built on each call)."""
        words = [self._words.key(t) for t in range(len(self._words))]
        n = len(words)
        out = [(w, r) for w, r in zip(words, self._unigram, strict=True) if r >= 0]
        out.extend((CONTEXT + w, r) for w, r in zip(words, self._context, strict=True) if r >= 0)
        pair_keys = self._pairs.all_keys()
        pairs = [f"{words[k // n]} {words[k % n]}" for k in pair_keys]
        out.extend((p, t) for t, p in enumerate(pairs) if t not in self._hollow)
        base = self._triple_row
        out.extend(
            (f"{pairs[k // n]} {words[k % n]}", base + t)
            for t, k in enumerate(self._triples.all_keys())
        )
        mask = (1 << _GRAM) - 1
        base = self._gram_row
        out.extend(
            ("#" + (k & mask).to_bytes(k >> _GRAM, "little").decode(), base + t)
            for t, k in enumerate(self._grams.all_keys())
        )
        out.sort()
        return out

    @property
    def features(self) -> list[str]:
        """The features the model knows, in alphabetical order (built on each call)."""
        return [f for f, _ in self._feature_rows()]

    # -- scoring ---------------------------------------------------------------------------

    def words(self, text: str) -> list[str]:
        """The model's words for ``text`` (the part of it that is scored)."""
        return self.analyse(text).words

    def analyse(self, text: str) -> Analysis:
        """``text`` as the model reads it (the part of it that is scored)."""
        if len(text) > MAX_CHARS:
            text = text[:HEAD_CHARS] + " \n " + text[-TAIL_CHARS:]
        return self.normalizer.analyse(text)

    def _word(self, w: str) -> _Cached:
        """A word's contribution to the logits (itself and its character n-grams) and its id
        (-1: no feature has it), cached. A word the model knows has its n-grams' weights
        summed in the file (``words.grams``); only another word probes the n-gram table,
        once per n-gram."""
        wid = self._words.find(w)
        a1 = a2 = a3 = 0.0
        if wid >= 0:  # (a stopword's sums are 0, and it has no row)
            codes, values = self._codes, self._values
            r = self._unigram[wid]
            if r >= 0:
                j = 3 * r
                a1 += values[codes[j]]
                a2 += values[codes[j + 1]]
                a3 += values[codes[j + 2]]
            sums, j = self._word_grams, 3 * wid
            step = self.char_weight / self.scale
            a1 += step * sums[j]
            a2 += step * sums[j + 1]
            a3 += step * sums[j + 2]
        elif w not in STOPWORDS:
            codes, values = self._codes, self._values
            cw = self.char_weight
            grams = self._grams
            keys, starts, buckets = grams.keys, grams.starts, grams.buckets
            base = 3 * self._gram_row
            # the n-grams in char_ngrams() order, as bytes (the same, as words are ASCII; an
            # n-gram with other characters is no feature, and its bytes are none either),
            # summed in that order, as training summed them
            for key in _gram_keys(f"<{w}>".encode()):
                q, h = divmod(key, buckets)
                t, end = starts[h], starts[h + 1]
                while t < end:
                    if keys[t] == q:
                        j = base + 3 * t
                        a1 += cw * values[codes[j]]
                        a2 += cw * values[codes[j + 1]]
                        a3 += cw * values[codes[j + 2]]
                        break
                    t += 1
        c1 = c2 = c3 = 0.0
        if wid >= 0 and (r := self._context[wid]) >= 0:
            codes, values, j = self._codes, self._values, 3 * r
            c1 = CONTEXT_VALUE * values[codes[j]]
            c2 = CONTEXT_VALUE * values[codes[j + 1]]
            c3 = CONTEXT_VALUE * values[codes[j + 2]]
        got = (0.0, a1, a2, a3, wid, c1, c2, c3)
        cache = self._word_cache
        if len(cache) >= _CACHE_LIMIT:
            _forget_older_half(cache)
        cache[w] = got
        return got

    def _token_logits(self, words: Sequence[str]) -> list[tuple[float, ...]]:
        """Each word's contribution to the logits: itself and the pair and triple it ends."""
        cache = self._word_cache
        codes, values = self._codes, self._values
        n = len(self._words)
        pairs, triples = self._pairs, self._triples
        pair_keys, pair_starts, pair_buckets = pairs.keys, pairs.starts, pairs.buckets
        triple_keys, triple_starts, triple_buckets = triples.keys, triples.starts, triples.buckets
        triple_base = 3 * self._triple_row
        out: list[tuple[float, ...]] = []
        prev = prev_pair = -1  # the previous word's id, the previous pair's position
        for w in words:
            c = cache.get(w)
            if c is None:
                c = self._word(w)
            a0, a1, a2, a3, wid = c[:5]
            pair = -1
            if wid >= 0 and prev >= 0:
                q, h = divmod(prev * n + wid, pair_buckets)
                t, end = pair_starts[h], pair_starts[h + 1]
                while t < end:
                    if pair_keys[t] == q:
                        pair = t
                        j = 3 * t  # (the first two words of a triple only: weights of 0)
                        a1 += values[codes[j]]
                        a2 += values[codes[j + 1]]
                        a3 += values[codes[j + 2]]
                        break
                    t += 1
                if prev_pair >= 0:
                    q, h = divmod(prev_pair * n + wid, triple_buckets)
                    t, end = triple_starts[h], triple_starts[h + 1]
                    while t < end:
                        if triple_keys[t] == q:
                            j = triple_base + 3 * t
                            a1 += values[codes[j]]
                            a2 += values[codes[j + 1]]
                            a3 += values[codes[j + 2]]
                            break
                        t += 1
            out.append((a0, a1, a2, a3))
            prev, prev_pair = wid, pair
        return out

    def _context_logits(self, words: Sequence[str]) -> tuple[float, float, float]:
        """What the text's context adds to each risk logit of each of its spans."""
        cache = self._word_cache
        a1 = a2 = a3 = 0.0
        for w in dict.fromkeys(words):
            c = cache.get(w) or self._word(w)
            a1 += c[5]
            a2 += c[6]
            a3 += c[7]
        return a1, a2, a3

    def _spans(self, n: int, sentences: Sequence[int] = ()) -> list[tuple[int, int]]:
        return spans(n, sentences, self.window, self.stride)

    def score_words(self, words: Sequence[str], sentences: Sequence[int] = ()) -> Scores:
        """Scores of an already normalised word sequence (``sentences``: where sentences
        begin, as :meth:`analyse` finds them)."""
        per_token = self._token_logits(words)
        best = dict.fromkeys(CLASSES, 0.0)
        best["benign"] = 1.0
        top = -1.0
        spans = self._spans(len(words), sentences)
        b0, b1, b2, b3 = self.bias
        c1, c2, c3 = self._context_logits(words)
        b1 += c1
        b2 += c2
        b3 += c3
        # Many spans are many chances for one to look risky by accident: each risk logit
        # pays for the number of spans looked at (none for a text scored whole).
        tries = math.log(min(len(spans), PENALISED_SPANS))
        b1 -= SPAN_PENALTY[0] * tries
        b2 -= SPAN_PENALTY[1] * tries
        b3 -= SPAN_PENALTY[2] * tries
        for start, end in spans:
            z0, z1, z2, z3 = b0, b1, b2, b3
            for t in per_token[start:end]:  # (benign's weights are 0: z0 is its bias)
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

    def top_span(self, text: str, category: str, *, whole_sentences: bool = False) -> Sequence[str]:
        """The words of the window (or sentence) of ``text`` where ``category`` rose highest
        over ``benign``: the whole text when it is scored whole. ``whole_sentences``: a
        window widened to the sentences it cuts ("two years ago i was sat on the edge of the
        bridge", when the window begins at "the edge")."""
        if category not in RISK_CLASSES:
            raise ValueError(f"category must be one of {RISK_CLASSES}, not {category!r}")
        analysis = self.analyse(text)
        words = analysis.words
        spans = self._spans(len(words), analysis.sentences)
        if len(spans) <= 1:
            return words
        k = CLASSES.index(category)
        per_token = self._token_logits(words)

        def gap(span: tuple[int, int]) -> float:
            return sum(t[k] - t[0] for t in per_token[span[0] : span[1]])

        start, end = max(spans, key=gap)
        if whole_sentences:
            bounds = analysis.sentences
            start = max((b for b in bounds if b <= start), default=0)
            end = min((b for b in bounds if b >= end), default=len(words))
        return words[start:end]

    def explain(self, text: str, category: str, top: int = 5) -> list[tuple[str, float]]:
        """The features that raised ``category`` above ``benign`` the most, in the window
        where ``category`` scored highest: (feature as read, contribution to the logit gap),
        largest first, positive contributions only, one of any phrases that contain each
        other."""
        if category not in RISK_CLASSES:
            raise ValueError(f"category must be one of {RISK_CLASSES}, not {category!r}")
        words = self.top_span(text, category)
        k = CLASSES.index(category)
        contributions: dict[str, float] = {}
        for feature, (value, r) in self._telling_features(words).items():
            w = self._row(r)
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


def _feature_tables(
    features: Sequence[str], quantised: Sequence[int], header: dict[str, Any]
) -> dict[str, array[Any] | bytes]:
    """The tables of the features and their rows of weights (``quantised``: 3 per feature,
    each risk class's over benign's, in 1/scale); sets the header's ``low``, ``high`` (the
    range of the weights) and ``hollow`` (the pairs that are only the first two words of a
    triple).

    Raises:
        ModelError: a feature is not a word, a pair, a triple, a character n-gram or a
            context word.
    """
    k = _HELD
    row_of = {f: list(quantised[k * i : k * i + k]) for i, f in enumerate(features)}
    grams: list[int] = []
    gram_rows: list[list[int]] = []
    split: dict[str, list[str]] = {}
    context: dict[str, list[int]] = {}
    for f in features:
        if f.startswith(CONTEXT):
            word = f[len(CONTEXT) :]
            if not word or " " in word:
                raise ModelError(f"feature {f!r}: a context feature is one word")
            context[word] = row_of[f]
        elif f.startswith("#"):
            raw = f[1:].encode()
            if not 3 <= len(raw) <= 5:
                raise ModelError(f"feature {f!r}: a character n-gram has 3 to 5 characters")
            grams.append(_gram_key(raw))
            gram_rows.append(row_of[f])
        else:
            parts = f.split(" ")
            if len(parts) > 3 or not all(parts):
                raise ModelError(f"feature {f!r}: not a word, a pair or a triple of words")
            split[f] = parts
    vocabulary = sorted({w for parts in split.values() for w in parts} | context.keys())
    words, order = _Strings.build(vocabulary)
    wid = {vocabulary[i]: t for t, i in enumerate(order)}
    n = len(words)
    bigrams = {wid[p[0]] * n + wid[p[1]]: f for f, p in split.items() if len(p) == 2}
    prefixes = {wid[p[0]] * n + wid[p[1]] for p in split.values() if len(p) == 3}
    pair_keys = sorted(bigrams.keys() | prefixes)
    pairs, order = _Ints.build(pair_keys, _PER_BUCKET)
    pair_at = {pair_keys[i]: t for t, i in enumerate(order)}
    ordered_pairs = [pair_keys[i] for i in order]
    triple_keys: list[int] = []
    triple_rows: list[list[int]] = []
    for f, p in split.items():
        if len(p) == 3:
            triple_keys.append(pair_at[wid[p[0]] * n + wid[p[1]]] * n + wid[p[2]])
            triple_rows.append(row_of[f])
    triples, triple_order = _Ints.build(triple_keys, _PER_BUCKET)
    gram_table, gram_order = _Ints.build(grams, _PER_BUCKET)
    zero = [0] * k
    rows = [row_of[bigrams[key]] if key in bigrams else zero for key in ordered_pairs]
    rows += [triple_rows[i] for i in triple_order]
    rows += [gram_rows[i] for i in gram_order]
    unigram = [-1] * n
    for f, p in split.items():
        if len(p) == 1:
            unigram[wid[f]] = len(rows)
            rows.append(row_of[f])
    context_row = [-1] * n
    for w, weights in context.items():
        context_row[wid[w]] = len(rows)
        rows.append(weights)
    # each word's character n-grams, summed (what LinearModel._word would add up, one probe of
    # the table per n-gram, for every word a text brings for the first time)
    gram_row = dict(zip(grams, gram_rows, strict=True))
    gram_sums = [0] * (k * n)
    for t in range(n):
        w = words.key(t)
        if w in STOPWORDS:
            continue
        for key in _gram_keys(f"<{w}>".encode()):
            row = gram_row.get(key)
            if row is not None:
                for c in range(k):
                    gram_sums[k * t + c] += row[c]
    flat = [q for row in rows for q in row]
    low, high = min(flat, default=0), max(flat, default=0)
    header["low"], header["high"] = low, high
    header["hollow"] = [t for t, key in enumerate(ordered_pairs) if key not in bigrams]
    return {
        "weights": _typed(q - low for q in flat),
        **words.sections("words"),
        "words.unigram": _typed(unigram),
        "words.grams": _typed(gram_sums),
        "words.context": _typed(context_row),
        **pairs.sections("pairs"),
        **triples.sections("triples"),
        **gram_table.sections("grams"),
    }


def load_default() -> LinearModel:
    """The model shipped beside this file (``weights.bin``)."""
    return LinearModel.load(Path(__file__).with_name("weights.bin"))


def top_features(model: LinearModel, category: str, n: int = 20) -> Iterable[tuple[str, float]]:
    """The features with the largest weight for ``category`` over ``benign`` (for review)."""
    k = CLASSES.index(category)
    gains = []
    for f, r in model._feature_rows():
        w = model._row(r)
        gains.append((f, w[k] - w[0]))
    ranked = sorted(gains, key=lambda fw: -fw[1])
    return [(_describe(f), round(g, 3)) for f, g in ranked[:n]]
