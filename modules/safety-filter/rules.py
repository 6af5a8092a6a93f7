"""Detection core of the ``safety-filter`` module: classify a chat message into critical categories.

Pure, standard-library-only and SDK-free. ``classify(text)`` returns a list of :class:`Flag`
(most severe first, empty when the text is safe) for four categories. These rules are the
precise, explainable layer of the filter; ``model.py`` is the statistical one that
generalises beyond them, and ``detect.py`` combines the two.

``self_harm``
    Suicidal ideation, intent, plans, method-seeking questions, self-injury and goodbye notes,
    said by the writer about themselves.
``violence``
    Threats or plans to hurt other people (school shootings, stabbings, weapons brought to
    school, bombs), requests for instructions to hurt people or to build weapons/explosives,
    and harassment that tells someone else to kill themselves ("kys", "go kill yourself").
    Telling *someone else* to die is abuse aimed at another person, not a disclosure of the
    writer's own risk, so it is filed here (rule ``violence.tell_to_kill_self``); the violence
    reply (talk to a trusted adult) fits both the sender and a student who pastes such a
    message they received. Questions such as "how do you kill yourself" are method-seeking and
    are filed under ``self_harm`` instead.
``sexual_minors``
    Any sexual content involving minors: sexual terms near child/minor/age<18 words, grooming
    patterns (secrecy combined with photos or meeting up), requests for nude images, and a
    student reporting that someone asked them for such pictures (flagged so that the reply
    can point them to a trusted adult and the NCMEC CyberTipline). Grooming, reported or
    performed: a secret relationship with the child ("he said not to tell my parents about
    us", "delete our chats"), an adult or a stranger asking for pictures or to be alone,
    grooming cues ("mature for your age", presents) next to secrecy, pictures or meeting
    alone, presents for pictures. Solicitation: asking for sexual chat ("wanna sext"),
    pictures or a camera request next to the reader's age under 18 ("send me pics ur 14
    right"), undressing on camera. Not flagged: sex education, biology, puberty and health
    questions, surprises kept secret, pictures of homework, ages alone, and critical
    discussion of literature (Lolita, Speak) that names no sexual act next to a child's age;
    a sexual term next to a child's age is flagged even in an analysis, since the rules
    cannot tell a request for such content from a discussion of it.
``concern_for_other``
    Worry about a friend or relative at risk of self-harm ("my friend says she wants to
    die", "my bestie keeps saying she wants to kms"): the student needs to hear how to help
    and whom to tell. Since 2.0.0 a category of its own (it was the ``high`` rule
    ``self_harm.concern_for_other``, now ``concern_for_other.friend_at_risk`` at ``medium``,
    with ``concern_for_other.imminent`` at ``low`` and ``concern_for_other.worried`` at
    ``high``). A first-person self-harm statement that a student *retells* ("my friend
    texted me 'i want to die'") is moved here as ``concern_for_other.reported_speech``; the
    flag's ``context`` names the self-harm rule that matched and who said it.

Why rule-based
--------------
The users are students, often minors, and every block has to be explainable to a teacher or
a parent: each flag names the rule that fired (a stable id such as
``self_harm.intent_to_die``) and the phrase it matched. Rules are deterministic, fast (a
pre-filter settles most chat messages in a few tens of microseconds; a message with words
the rules are made of takes a few hundred, 100 KB of adversarial text under a second of
CPU), need no model download, and can be reviewed and unit-tested line by line. The
trade-offs: recall on novel phrasing, and tone: rules cannot tell a joke from a threat, so
bare hyperbole in the first person ("ugh I want to die, this essay is so boring") is
flagged like the real thing, while the common idioms that do not name a person are not
("this homework is killing me", "I could kill for a pizza"), nor hyperbole framed as such
(a petty cause, a take-back, an embarrassing moment, trash talk: see frame guards below).

Sensitivity levels
------------------
Every rule belongs to exactly one level. ``classify(sensitivity=...)`` runs that level and
all the levels below it:

``low``
    Explicit, unambiguous critical statements: "I want to kill myself", "I'm going to shoot
    up the school", "child porn", "he asked me to send nudes".
``medium`` (default)
    Adds clear but less explicit ones: "I don't want to be alive anymore", "I want to hurt
    him", "everyone would be better off without me", method-seeking questions ("how many
    pills would it take to die"), grooming patterns.
``high``
    Adds ambiguous risk signals: "I hate my life", "I want to disappear", "nobody would care
    if I was gone", "don't come to school tomorrow".

Low and medium rules have severity ``critical``; high rules (and custom extra terms) have
severity ``elevated``. Each flag also carries its rule's ``level``; the module's four-step
severity (critical, high, medium, low), which a teacher view sorts on, is derived from it in
``detect.py``.

How matching works
------------------
1. **Normalise** the text, character by character, keeping for every output character the
   index of the original character it came from: casefold, Unicode compatibility folding
   (full-width letters, ligatures), accents and other combining marks dropped, zero-width
   and other format characters (ZWSP, ZWJ, soft hyphen, BOM) dropped, a few Cyrillic/Greek
   look-alike letters mapped to Latin, curly apostrophes/quotes/dashes mapped to ASCII,
   apostrophes inside words removed (``don't``/``dont`` and ``I'm``/``im`` become one form),
   leetspeak mapped *inside words only* (``k1ll`` -> ``kill``, ``$uicide``, ``k!ll``, but
   ``13yo``, ``3d``, ``c4``, ``ar15`` and plain numbers are left alone), whitespace collapsed,
   and letters spaced out one by one (``k i l l``, ``k.i.l.l``) joined.
2. **Rules** are a data table (``_RULE_TABLE``: id, category, level, pattern). Patterns are
   written with a tiny template language: ``{name}`` inserts a shared vocabulary fragment
   (first-person subjects, intent words, fuzzy spellings such as ``k+[i*]+l+`` that accept
   ``kiiill`` and ``k*ll``), a space means "one or more separators (spaces, commas, hyphens,
   ...) within the sentence", ``~`` means "optional separator" (``my self``, ``myself``).
   Patterns read the normalised text with every non-ASCII letter as ``Z`` (``_rules_text``),
   so that a separator is one small character class. Every pattern is anchored on word
   boundaries. Some ``sexual_minors`` rules are *proximity* rules (``_PROXIMITY_TABLE``):
   two term lists (e.g. sexual words and child/minor/age words) that must occur within a
   few dozen characters of each other.
3. **Guards** (``_GUARD_TABLE``) are benign-context patterns: idioms ("kill myself laughing",
   "shoot him a text", "stab him in the back"), technical terms ("kill -9", "child process",
   "minor key", "bath bomb", "TNT in Minecraft", "kms" as kilometres), biology and
   health-class wording ("sex of the kitten", "sex education", "sexual reproduction"), games
   ("kill you at chess"), titles ("How to Get Away with Murder"), quotations from literature
   ("the character says 'I want to die'"), school topics ("suicide for my essay topic") and
   explicit denials ("I would never kill myself"). A rule match that overlaps a guard span
   for that rule is dropped; other matches of the same rule still count.
   *Frame guards* (``_FRAME_TABLE``) veto a match from the words near it instead: a
   recovery story told in the past ("i thought about ending my life in 8th grade, then i
   got help and im doing way better", "300 days clean from self harm"), a threat taken back
   ("jk obviously", "not literally") or about a petty cause ("he ate my leftovers"), an
   embarrassing moment ("i wanted to die when the teacher read my essay out loud"), sports
   trash talk ("we're gonna kill them friday night"). Each has a counter pattern searched
   in the whole message that cancels the veto when the risk is present after all ("again",
   "relapsed", "i still do", "unless?", "im serious", "not kidding", a weapon, "tonight").

Academic and literary discussion is not matched at any level because the self-harm and
violence rules need the writer's own first-person voice or a threat against a concrete
target ("why did Romeo and Juliet commit suicide", "Macbeth's suicide themes", "the
Columbine shooting", "Hamlet kills Polonius", "WWII death camps" produce no flag, and no
rule flags a bare mention of suicide at ``high`` either).

``Flag.matched`` is an excerpt of the *original* text (the characters that the matched,
normalised span came from), at most ``_MAX_EXCERPT`` characters long.

Every pattern avoids nested unbounded repetition (gaps are bounded word counts), so matching
is linear in the length of the text; the normalisation is a single pass.

**Pre-filter.** Before all this, a cheap view of the text (steps 1 to 3 of the normalisation,
done with ``str.translate``) is searched for the words and phrases that the rules are made
of, derived from the rule patterns themselves (see "Pre-filter" below): a rule runs only
where its words are, and a message with none of them returns ``[]`` without being
normalised. The pre-filter never changes a result (the tests compare ``classify`` with the
full path, ``_classify(..., prefilter=False)``); text it cannot view cheaply (spaced-out
letters, ``*``, ``_``) takes the full path.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import itertools
import json
import os
import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "CATEGORIES",
    "SENSITIVITIES",
    "ExtraTerms",
    "Flag",
    "classify",
    "compile_extra_terms",
    "model_frame",
]

CATEGORIES = ("self_harm", "violence", "sexual_minors", "concern_for_other")
SENSITIVITIES = ("low", "medium", "high")
CUSTOM = "custom"

CRITICAL = "critical"
ELEVATED = "elevated"

_MAX_EXCERPT = 120


@dataclass(frozen=True, slots=True)
class Flag:
    """One rule that fired: what kind of content, which rule, how severe, on what phrase."""

    category: str  # one of CATEGORIES, or "custom" for extra terms
    rule: str  # stable id of the rule that matched, e.g. "self_harm.intent_to_die"
    severity: str  # "critical" or "elevated"
    matched: str  # the matched phrase (excerpt of the original text)
    level: str = ""  # the rule's sensitivity level ("low", "medium", "high"; "" for custom)
    context: str = ""  # why the category differs from the rule's (reported speech), if it does


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_APOSTROPHES = frozenset("'\u2018\u2019\u201b\u02bc\u02b9\u2032\u00b4`\uff07")
_QUOTES = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02')
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# A few look-alike letters that are used to dodge filters ("kіll" with a Cyrillic і).
_CONFUSABLES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "к": "k", "ӏ": "l", "ο": "o", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "ρ": "p", "ν": "v", "ı": "i",
}  # fmt: skip


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Map one original character to zero or more normalised characters."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _QUOTES:
        return '"'
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cc", "Mn", "Me", "Cs", "Co", "Cn"):
        # format (zero-width, bidi, soft hyphen), control, combining, unassigned: drop
        return ""
    out: list[str] = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        c = c.casefold()
        out.append(_CONFUSABLES.get(c, c))
    return "".join(out)


_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_INNER = {"!": "i", "|": "l"}
_TOKEN_RE = re.compile(r"[\w@$!|]+")
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
# Tokens that are numbers with units or short product/weapon codes are not leetspeak.
_NOT_LEET_RE = re.compile(
    r"\d+(?:st|nd|rd|th|d|s|yo|y|yr|yrs|am|pm|k|kg|g|mg|ml|l|m|cm|mm|km|kms|min|mins|h|hr|hrs"
    r"|x|lb|lbs|ft|mph|gb|mb|tb|p|fps|v|w|sec|secs|b|t|c|f|e)|[a-z]{1,2}\d{1,3}"
)
# A text with this many words in leetspeak is read as leetspeak throughout (see _normalize).
_LEET_TEXT = 2
_LEET_LEADS = frozenset("abcdefghijklmnopqrstuvwxyz01345")
_UNIT_NEXT_RE = re.compile(r" +(?:km|kms|mins?|hrs?|k)(?!\w)")  # "r4n 4 kms": a distance
_LEET_TABLE = str.maketrans({k: v for k, v in _LEET.items() if k.isdigit()})
_LEET_SHORT_WORDS = frozenset(
    "i a he me we be so no go do to my by up us if it in is at an as am of on or and the"
    " you can not for has had was are its him her she his our get got die cut end".split()
)
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_SPACED_LETTERS_RE = re.compile(r"(?<!\w)[^\W\d_](?:[ .\-_*][^\W\d_]){2,}(?!\w)")
_SPACE_RUN_RE = re.compile(r" {2,}")


@dataclass(frozen=True, slots=True)
class _Normalized:
    text: str
    index: Sequence[int]  # index[i] = position in the original of normalised char i
    original: str

    def excerpt(self, start: int, end: int) -> str:
        if start >= end or not self.index:
            return ""
        a = self.index[start]
        b = self.index[end - 1] + 1
        out = self.original[a:b].strip()
        if len(out) > _MAX_EXCERPT:
            out = out[: _MAX_EXCERPT - 1] + "…"
        return out


def _drop(s: str, idx: Sequence[int], drop: set[int]) -> tuple[str, list[int]]:
    return (
        "".join([c for i, c in enumerate(s) if i not in drop]),
        [x for i, x in enumerate(idx) if i not in drop],
    )


class _FoldTable(dict[int, str]):
    """Step 1 of the normalisation for one character, by code point (a str.translate table,
    filled as characters are seen)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = ch.lower() if ch.isascii() and ch.isalnum() else _fold_char(ch)
        if len(self) < 8192:
            self[code] = folded
        return folded


_FOLD = _FoldTable()


def _normalize(text: str) -> _Normalized:
    # ASCII folds one character to one (or drops a control character): most messages are
    # folded by one translate, their index the identity
    s = text.translate(_FOLD) if text.isascii() else ""
    idx: Sequence[int]
    if s and len(s) == len(text):
        idx = range(len(text))
    else:
        chars: list[str] = []
        positions: list[int] = []
        fold = _FOLD
        for i, ch in enumerate(text):
            for c in fold[ord(ch)]:
                chars.append(c)
                positions.append(i)
        s, idx = "".join(chars), positions

    # apostrophes inside words: don't -> dont, I'm -> im
    drop = {m.start() for m in _INNER_APOSTROPHE_RE.finditer(s)}
    if drop:
        s, idx = _drop(s, idx, drop)

    # leetspeak inside words (1:1 substitution, indices unchanged)
    leet: list[str] | None = None
    held: list[re.Match[str]] = []  # short tokens read as leetspeak only in a leet text
    words_read = 0
    for m in _TOKEN_RE.finditer(s):
        tok = m.group()
        if tok.isalpha():
            continue
        if not _HAS_LETTER_RE.search(tok) or _NOT_LEET_RE.fullmatch(tok):
            if len(tok) <= 3 and tok[0] in _LEET_LEADS:
                held.append(m)
            continue
        words_read += 1
        if leet is None:
            leet = list(s)
        base = m.start()
        n = len(tok)
        for j, c in enumerate(tok):
            if c in _LEET:
                leet[base + j] = _LEET[c]
            elif (
                c in _LEET_INNER and 0 < j < n - 1 and tok[j - 1].isalnum() and tok[j + 1].isalnum()
            ):
                leet[base + j] = _LEET_INNER[c]
    if words_read >= _LEET_TEXT and held:
        # a text in leetspeak throughout ("1 h0p3 h3 g3ts h1t by 4 c4r"): its lone digits and
        # short codes are letters too, where they read as a short word ("1" -> "i", "4" -> "a",
        # "h3" -> "he", "4nd" -> "and"); not "2nd", "3am" or "14"
        for m in held:
            word = m.group().translate(_LEET_TABLE)
            if word in _LEET_SHORT_WORDS and not _UNIT_NEXT_RE.match(s, m.end()):
                if leet is None:
                    leet = list(s)
                leet[m.start() : m.end()] = word
    if leet is not None:
        s = "".join(leet)

    # collapse whitespace, trim
    drop = {m.start() + k for m in _SPACE_RUN_RE.finditer(s) for k in range(1, len(m.group()))}
    if drop:
        s, idx = _drop(s, idx, drop)

    # spaced-out letters: "k i l l" / "k.i.l.l" -> "kill"
    drop = set()
    for m in _SPACED_LETTERS_RE.finditer(s):
        drop.update(range(m.start() + 1, m.end(), 2))
    if drop:
        s, idx = _drop(s, idx, drop)

    return _Normalized(s, idx, text)


# --------------------------------------------------------------------------------------------
# Pattern templates
# --------------------------------------------------------------------------------------------

# A separator inside a sentence: a character that is not a letter or digit (nor . ! ? which
# end one), or "_". Extra terms are matched on the normalised text with this regex.
_TERM_SEP = r"(?:[^\w.!?]|_)+"
# The rules, guards and frames are matched on the rules' text (_rules_text): the normalised
# text with every letter outside ASCII (any word character that is not "_", an ASCII letter
# or digit, or another decimal digit) read as "Z", which the normalised text never has. A
# separator there is one character class, which re compiles to a few words of code instead
# of the branch above (six thousand of them in the tables: a quarter of their code); it
# matches the same characters, as every pattern does ("Z" is a word character and no digit,
# like the letter it stands for, and no pattern names an upper-case or non-ASCII letter: the
# tests check both).
_PLACEHOLDER = "Z"
# A space in a template: one or more separators inside a sentence (not . ! ? which end one).
_SEP = r"[^\da-zZ.!?]+"
# "~" in a template: an optional separator ("myself", "my self", "my-self").
_OPT_SEP = r"[^\da-zZ.!?]*"


class _PlaceholderTable(dict[int, str]):
    """str.translate table for _rules_text (filled as characters are seen)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        mapped = _PLACEHOLDER if not ch.isascii() and ch.isalnum() and not ch.isdecimal() else ch
        if len(self) < 8192:
            self[code] = mapped
        return mapped


_PLACEHOLDERS = _PlaceholderTable()


@lru_cache(maxsize=4)
def _read(text: str) -> str:
    """``text`` as the rules read it, kept for the few texts in hand: the frames, guards and
    checks that look at a flagged message again each start from it."""
    return _rules_text(_normalize(text).text)


def _rules_text(normalized: str) -> str:
    """The normalised text as the rule patterns read it: every non-ASCII letter as "Z", and
    "_" as a space (character for character: positions are those of the normalised text).

    "_" separates words ("i_want_to_die") but is a word character to re: left as it is, a
    word gap of a pattern (``\\w+``) and the separator could each take it, and a text
    joined with "_" made a rule try every way of splitting it (seconds for 150 characters)."""
    if "_" in normalized:
        normalized = normalized.replace("_", " ")
    return normalized if normalized.isascii() else normalized.translate(_PLACEHOLDERS)


def _fz(word: str) -> str:
    """Fuzzy spelling of a key word: repeated letters allowed, vowels may be censored by *."""
    out: list[str] = []
    prev = ""
    for c in word:
        if c == prev:
            continue
        prev = c
        out.append(f"[{c}*]+" if c in "aeiou" else f"{c}+")
    return "".join(out)


_Trie = dict[str, "_Trie"]


def _trie(words: str) -> str:
    """A plain word list ("a|an|and") as one trie-shaped regex ("an?(?:d)?" in spirit).

    Python's ``re`` tries the branches of an alternation one by one; a trie makes the long
    word lists (filler words, targets, games) cost a few character tests per position.
    Words may contain letters, digits, spaces (separators) and ``&``.
    """
    root: _Trie = {}
    for word in {w for w in words.split("|") if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches: list[str] = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            lit = ch if ch.isalnum() or ch == " " else re.escape(ch)
            branches.append(lit + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(root)


_VOCAB: dict[str, str] = {
    # --- key words, fuzzy ---
    "kill": _fz("kill"),
    "killing": _fz("kill") + r"(?:[i*]+n+g*|e+d)",
    "die": _fz("die"),
    "dead": _fz("dead"),
    "myself": r"(?:m+y+|me|mi|ma)~s+[e*]+l+f+|myslef|meself|myseld",
    "yourself": r"(?:y+o+u+r+|y+o+|y+u+r+|u+r+|ya|yo+r)~s+[e*]+l+(?:f+|v+e*s+)",
    "suicide": (r"s+[u*]+[i*]*c+[i*]*d+[e*]*|s+[u*]+[i*]+s+[i*]+d+[e*]+|sewer~slide|suey~cide"),
    "suicidal": r"s+[u*]+[i*]*c+[i*]*d+[a*]+l+",
    # --- first person ---
    "subj": _trie("i|im|ive|ill|id|imma|ima|iam"),
    "subj_we": _trie("i|im|ive|ill|id|imma|ima|iam|we|were|weve"),
    # Words that may sit between a first-person subject and the verb ("I am honestly just
    # so ..."). Disjoint from "intent" and from every word a rule expects right after the
    # filler, because the filler loop is possessive (it never gives a word back), which keeps
    # matching fast on adversarial input.
    "fill": _trie(
        r"am|m|are|re|r|would|wud|could|cud|might|may|shall|just|really|rlly|rly|realy"
        r"|honestly|literally|lowkey|low key|highkey|seriously|actually|kinda|kind of|sort of"
        r"|sorta|sometimes|often|always|still|genuinely|truly|fr|legit|totally|even|also"
        r"|probably|prob|def|definitely|so|been|finally|now|think|feel|felt|feeling|like|have"
        r"|has|had|having|keep|kept|start|started|starting|cant stop|did|do|almost|tonight"
        r"|today|tomorrow|soon|very|usually|constantly|occasionally|go|i|im|ill|id|ive|imma"
        r"|ima|a lot|alot|every day|everyday|at night|secretly|super|pretty|extremely|a bit"
        r"|a little|get|getting|got|lately|recently|been having|keep having|struggle with"
        r"|struggling with|deal with|dealing with|swear|promise|and|then|too|more"
    ),
    "intent": _trie(
        r"want|wanna|wana|wanted|going|goin|gonna|gunna|gon|finna|will|wil|about|abt|bout"
        r"|plan|planning|planned|ready|decided|decide|trying|tryna|try|need|needed|gotta|must"
        r"|should|thinking|thought|considering|fantasize|fantasizing|dream|dreaming|hope"
        r"|hoping|wish|to|tempted|itching|dying|urge"
    ),
    # "I", "I'm honestly just", "I think I", ... (possessive, see "fill")
    "lead": r"(?:{subj})(?: (?:{fill})(?!\w)){0,5}+",
    # "I'm going to", "I really want to", "I'll", "we're gonna" ... right before a verb
    "intent_head": (
        r"(?:{subj_we})(?: (?:{fill})(?!\w)){0,5}+ (?:{intent})(?: to| 2| on| of| about)?"
        r"(?: i (?:could|would|can|will|might))?(?: (?:go|just|really|actually|finally"
        r"|literally|seriously|gonna))?"
        r"|ill|imma|ima|im a|ima go|imma go"
    ),
    "denial": (
        r"(?:{subj})(?: (?:am|m|would|will|do|did|really|honestly|definitely|def|seriously"
        r"|promise|swear|absolutely|promise i|swear i)){0,4} (?:never|not|wont|wouldnt|will not"
        r"|would not|aint|dont|didnt)(?: ever)?(?: (?:going to|gonna|goin to|try to|trying to"
        r"|want to|wanna|actually|really|ever)){0,3}"
    ),
    # --- violence targets ---
    "person": _trie(
        r"mom|mother|mum|dad|father|stepdad|stepmom|step dad|step mom|stepfather|stepmother"
        r"|brother|bro|sister|sis|twin|cousin|uncle|aunt|grandma|grandpa|grandmother"
        r"|grandfather|parents|family|teacher|teachers|coach|principal|counselor|classmate"
        r"|classmates|friend|friends|bestie|bf|gf|boyfriend|girlfriend|ex|neighbor|neighbour"
        r"|neighbors|bully|bullies|boss|sub|substitute|kid|kids|student|students|class"
        r"|children|son|daughter|baby|wife|husband"
        r"|whole class|whole school|guy|girl|boy|dude|bitch|haters|enemies|enemy|roommate"
    ),
    "people_pl": _trie("kids|students|teachers|people|bullies|classmates|boys|girls|guys|haters"),
    # groups that posts call for violence against (as the people they are, never slurs)
    "grp": _trie(
        "immigrants|migrants|refugees|illegals|foreigners|asylum seekers|muslims|jews|christians"
        "|catholics|hindus|sikhs|atheists|gays|gay people|lesbians|trans people|transgender people"
        "|queers|women|men|feminists|blacks|black people|whites|white people|asians|mexicans"
        "|latinos|arabs|africans|indians|chinese people|roma|gypsies|liberals|leftists"
        "|conservatives|democrats|republicans|communists|cops|police|police officers|protesters"
        "|rioters|homeless people|the homeless|junkies|addicts|pedos|pedophiles|politicians"
        "|travellers|travelers"
        "|journalists|abortion doctors|doctors|nurses|teachers|landlords|billionaires"
        "|those people|these people|people like (?:them|that|him|her|you)|them all|all of them"
        "|every one of them|(?:\\w+ )?(?:people|folks|ppl|men|women)"
    ),
    "violent_act": _trie(
        "kill|murder|shoot|stab|hang|lynch|torch|burn|beat|beat up|jump|bomb|run over|push"
        "|poison|choke|strangle|execute|behead|gas|knife|shank|stomp|curb stomp|drown"
        "|exterminate|wipe out|slaughter|massacre|nuke|take a bat to|take a knife to"
    ),
    # what a call for violence wants done to people, in the passive: "should all be shot"
    "harmed": _trie(
        "shot|killed|executed|hanged|lynched|gassed|burned alive|burnt alive|burned at the stake"
        "|exterminated|wiped out|slaughtered|massacred|murdered|beheaded|stabbed|beaten to death"
        "|shot dead|strung up|eradicated|culled|nuked|bombed|tortured|castrated|drowned"
        "|run over|publicly executed|put to death|lined up and shot|rounded up and shot"
        "|shot on sight|hunted down|dealt with permanently|beaten up|beaten senseless"
        "|beaten to a pulp|beaten black and blue|beaten bloody"
        "|beaten till they|beaten until they|beaten till he|beaten till she"
    )
    # (not: "killed off" in a story, "executed in order", "shot in black and white")
    + r"(?! (?:off|in (?:order|parallel|sequence|black|colou?r|slow motion)|on (?:film|camera"
    r"|location)|first|last|sequentially|with (?:kindness|a camera)))",
    "her_obj": (
        r"her(?! (?:feelings?|chances?|grades?|scores?|records?|vibes?|mood|ego|pride|ears?"
        r"|eyes?|reputation|time|game|career|plants?|cat|dog|pet|fish|hamster|phone|computer"
        r"|laptop|account|character|team|streak|buzz|joy|dreams?|confidence|self ?esteem|hair"
        r"|ankle|knee|back|arm|leg|wrist|neck|shoulder|head|hand|foot|feet|toe|finger|voice"
        r"|wallet|battery|plans?|ideas?|argument|theory|essay|paper|project|hopes?|heart"
        r"|campaign|chess|case|story|song|music|art|work))"
    ),
    "target": (
        r"him|{her_obj}|them|you|u|ya|yall|you all|you guys|u guys|everyone|everybody|every one"
        r"|people|ppl|someone|somebody|some1|them all|all of (?:you|u|yall|them)"
        r"|(?:this|that) (?:kid|guy|girl|boy|dude|teacher|person|bitch|btch|idiot|loser|prefect"
        r"|bully|snitch|rat)|(?:mr|mrs|ms|miss|coach) [a-z]{3,}(?! (?:is|was|said|says|gave))"
        r"|(?:my|our|the|his|that|this|your) (?:{person})"
        r"|(?:a|some|any) (?:kid|kids|student|students|teacher|classmate|person|people)"
        r"|all (?:of )?(?:the|my|those|these|our) (?:{people_pl})"
    ),
    "firearm": (
        r"guns?|pistols?|handguns?|rifles?|shotguns?|glock|ar~15|ak~47|firearms?|revolver"
        r"|uzi|assault rifle|semi auto|semi automatic"
    ),
    "explosive": (
        r"pipe bombs?|bombs?|ieds?|explosives?|explosive device|grenades?|molotov(?: cocktails?)?"
        r"|napalm|dirty bomb|car bomb|nail bomb|pressure cooker bomb|detonator|c4|tnt|semtex"
        r"|dynamite"
    ),
    # what a writer gives away before they die, and to whom ("my guitar to my cousin")
    "keepsake": _trie(
        "laptop|phone|guitar|dog|cat|puppy|kitten|hamster|rabbit|bunny|pet|pets|fish|books"
        "|clothes|savings|money|car|bike|jewellery|jewelry|necklace|ring|rings|watch|plants"
        "|games|console|xbox|playstation|ps4|ps5|switch|records|record player|vinyl|sketchbook"
        "|sketchbooks|art stuff|art supplies|paints|shirts|plushies|stuffies|teddies|teddy"
        "|stuffed animals|photos|pictures|paintings|drawings|makeup|shoes|trainers|hoodie"
        "|hoodies|headphones|skateboard|camera|tablet|ipad|computer|pc|keyboard|collection"
        "|cards|lego|manga|comics|posters|isa|pension|bank card|passwords"
    ),
    "heir": _trie(
        "mum|mom|mam|mother|dad|father|sister|brother|sis|bro|cousin|cousins|nan|nana|nanna"
        "|gran|granny|grandma|grandad|granddad|grandpa|aunt|auntie|aunty|uncle|niece|nephew"
        "|neighbour|neighbor|friend|mate|bestie|bff|teacher|flatmate|roommate|girlfriend"
        "|boyfriend|gf|bf|wife|husband|partner|son|daughter|kids|library|charity|family"
        "|parents|siblings|girl next door|boy next door|lady downstairs|lady next door"
    ),
    "weekday": _trie(
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri"
        "|tomorrow|tmrw|tmr|tmrow"
    ),
    "how_to": (
        r"how (?:do (?:i|you|u|we|people|one)|to|can (?:i|you|u|we|someone|somebody|one)"
        r"|could (?:i|you|u|we|someone)|would (?:i|you|u|someone|one)|does (?:one|someone"
        r"|somebody)|should (?:i|we)|is it possible to|hard is it to|easy is it to|do i go about"
        r"|would i go about)"
        r"|instructions (?:for|to|on)|steps to|guide (?:to|for|on)|tutorial (?:for|on)"
        r"|recipe for|(?:teach|show|tell) me how to|(?:what is|whats) the best way to"
    ),
    "school": (
        r"school|my school|the school|our school|this school|class|classroom|cafeteria"
        r"|lunchroom|campus|hallway|gym|library"
    ),
    "games": _trie(
        r"game|games|chess|checkers|fortnite|minecraft|roblox|valorant|overwatch|cod"
        r"|call of duty|smash|mario kart|mariokart|among us|league|apex|halo|pubg|gta|cards|uno"
        r"|monopoly|scrabble|trivia|debate|spelling bee|match|round|race|tournament|court"
        r"|field|ping pong|pingpong|tennis|basketball|soccer|football|volleyball|dodgeball|arena"
        r"|server|lobby|math|quiz|test|exam|pvp|1v1|paintball|laser tag|airsoft|zelda|pokemon"
        r"|terraria|sims|rocket league|brawl stars|clash royale|the sims|video game|video games"
        r"|this level|the boss fight|the finals|practice|gym class|pe|tag|a story|my story"
        r"|the story|my book|the play|a play|drama class|the movie|dnd|d&d|episode|season"
        r"|show|series|finale|sequel|chapter|book|novel|film|anime|manga|next episode"
        r"|next season|next chapter|next book|the show|the series|the book|the novel|the film"
    ),
    # a word between a friend and what they said or did, that is not the writer's own voice
    "gapw": r"(?!(?:i|im|ive|id|ill|but)(?!\w))\w+",
    "close_person": (
        r"(?:best )?friend|bestfriend|bestie|bff|bsf|sister|brother|sibling|cousin|classmate"
        r"|girlfriend|boyfriend|gf|bf|teammate|roommate|friend s|friends"
    ),
    # what a recovery is from: "i haven't cut in months", "six months since i last relapsed"
    "recovered_act": (
        r"cut|cutting|self~harm\w*|sh|harmed|hurt (?:myself|me)|relapsed|attempted|tried|od"
        r"|overdosed|had (?:a|any|an) (?:\w+ )?(?:thoughts?|urges?|attempts?|episodes?|relapses?)"
        r"|thought about|felt (?:like|suicidal)|been suicidal|touched (?:a|the|my)|picked up"
        r"|wanted to|done it|done that|used|drunk|drank|self~injur\w*"
    ),
    # what a time is counted since, in a recovery: "six months since my last attempt", "a
    # year since the last time i cut"
    "crisis_since": (
        r"(?:the )?(?:last )?(?:time )?i (?:last )?(?:{recovered_act})"
        r"|my (?:last )?(?:suicidal |sh |self~harm )?(?:attempt|relapse|overdose|od|discharge"
        r"|hospital\w*|thoughts?|episode|cut|urge)"
    ),
    # hope that is what others keep saying, not the writer's own: "everyone says it gets
    # better but ...", "the idea that it gets better" (with {not_doubted} after it)
    "not_told": (
        r"(?<!idea\x20that\x20)(?<!keep\x20saying\x20)(?<!keeps\x20saying\x20)"
        r"(?<!everyone\x20says\x20)(?<!everyone\x20say\x20)(?<!people\x20say\x20)"
    ),
    "not_doubted": r"(?!,?\x20(?:but|yet|except|however)(?!\w))",
    # what is condemned: "nobody deserves to be beaten"
    "condemned_harm": (
        r"beaten|beat up|hurt|attacked|killed|bullied|stabbed|shot|harmed|abused|hit|punched"
        r"|assaulted|murdered|threatened|jumped|battered|kicked|slapped|lynched|hanged|burned"
        r"|targeted|harassed|live in fear|be afraid|feel unsafe|die|treated like that"
    ),
    # what may stand between a denial and the act: "i'd never actually bring", "i would
    # never in my life bring"
    "denial_filler": (
        r"ever|actually|really|even|seriously|in (?:my|a million|a hundred|a thousand)"
        r" (?:life|whole life|years|lifetime)|in my life|ever ever"
    ),
    # more acts a writer disowns: "i'm not going to burn your house down"
    "denied_act": (
        r"burn|torch|beat|slap|kick|strangle|choke|poison|murder|smash|blow up|run (?:you|u|him"
        r"|her|them) over|break|batter|glass|knife|jump|key"
    ),
    # who hurts someone close to the writer, and how
    "hurter": (
        r"dad|father|stepdad|step dad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother"
        r"|parents|uncle|boyfriend|bf|girlfriend|gf|husband|wife|partner|ex|older brother"
        r"|big brother|coach|grandad|grandpa|mums boyfriend|moms boyfriend"
    ),
    "hurts": (
        r"hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked"
        r"|strangles|strangled|hurts|abuses|abused|burns|burned|whips|throws|threw|shoves"
        r"|shoved|grabs|smacks|batters|is hurting|is hitting|is beating|hurting|hitting"
        r"|beating"
    ),
    # what follows "throws her" or "grabs him" when nobody is hurt
    "not_harm": (
        r" (?:a|an|the|some|hand|hands|food|lunch|coffee|dinner|presents?|gifts?|flowers"
        r"|parties|party|out|up|back|off|into (?:the (?:pool|sea|lake))|(?:at|in|on) (?:{play}))"
        r"(?!\w)"
    ),
    # where being hit is part of play or an accident
    "play": (
        r"game|games|fortnite|minecraft|roblox|cod|gta|match|practice|training|pe|gym|rugby"
        r"|football|boxing|karate|judo|wrestling|hockey|lacrosse|dodgeball|car|ball|bus|bike"
        r"|wave|paintball|laser tag|airsoft|the ring"
    ),
    # --- sexual_minors vocabulary ---
    "age_num": (
        r"[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen"
    ),
    "minor": (
        r"child|children|childs|kid|kids|kiddo|kiddos|kiddie|kiddies|minor|minors|underage"
        r"|under age|under~18|under eighteen|under the age of (?:18|eighteen|consent)"
        r"|below the age of consent|pre~teens?|tweens?|toddlers?|infants?"
        r"|little (?:girls?|boys?|ones|kids?)|young (?:girls?|boys?|child|children|kids?)"
        r"|school~girls?|school~boys?|(?:elementary|middle|primary|grade|junior high) school"
        r"(?:ers?| students?| kids?| girls?| boys?)"
        r"|(?:[1-8](?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth)"
        r" grad(?:e|er|ers)"
        r"|(?:{age_num})(?: |-)?(?:yo|y\.?o\.?|yrs? old|years? old|years? olds|yr olds?"
        r"|year~olds?|yr~olds?)"
        r"|(?:im|i am|shes|hes|she is|he is|theyre|they are|who is|whos|aged|age)"
        r" (?:only |just |barely )?(?:{age_num})"
        r"(?! (?:feet|ft|foot|inches|in|percent|dollars|bucks|minutes|mins|hours|hrs|times"
        r"|pounds|lbs|kg|cm|m|mph|km|miles|points|pts|days|weeks|months|am|pm|oclock))"
        r"|students|my student|a student|the student|girl scouts?|boy scouts?"
        r"|(?:a|my|little|young) (?:daughter|son|niece|nephew|stepdaughter|stepson)"
        r"|{age_you}|(?:grade|gr) [1-8]|year [1-9] (?:girls?|boys?|kids?|students?|pupils?)"
        r"|(?:jr|junior) high(?:ers?| students?| kids?| girls?| boys?)|pre~schoolers?"
        r"|elementary (?:girls?|boys?|kids?|students?|schoolers?)"
    ),
    "teen": (
        r"teens?|teenagers?|teenage|teenaged|high~schoolers?|high school (?:girls?|boys?"
        r"|students?|kids?)|freshm[ae]n|sophomores?"
    ),
    # clearly sexual words (low level when next to a minor term)
    "sex_strong": (
        r"porn|porno|pornography|pornographic|nudes|nude (?:pics?|photos?|pictures?|images?"
        r"|videos?|selfies?)|naked (?:pics?|photos?|pictures?|images?|videos?|selfies?|body"
        r"|bodies)|sexy|sexting|sext|sexts|erotic|erotica|lewd|lewds|horny|blow~?jobs?"
        r"|hand~?jobs?|masturbat\w*|jerk(?:ing)? off|molest\w*|rape|raping|raped|rapist"
        r"|talk dirty|talking dirty|dirty talk|sexted|cybersex|phone sex"
        r"|(?:have|having|had|has) sex|sex with|sexual(?:ly)? (?:abuse\w*|assault\w*"
        r"|touch\w*|explicit|content|images?|pictures?|photos?|videos?|acts?|favou?rs?"
        r"|role~?play|stories|story|fantas\w*|exploit\w*)|onlyfans|hentai|lolicon|shotacon"
        r"|sex (?:tape|video|pics?|scenes?|slave|doll|toy|toys)"
    ),
    # broader sexual words (medium level when next to a minor or teen term)
    "sex_broad": (
        r"sex|sexual|sexually|naked|nude|nudity|undress\w*|strip (?:for|naked|down)"
        r"|stripping|stripper|strip~tease|intimate (?:photos?|pictures?|pics?|videos?)"
        r"|private parts|privates|kinky|kinks?|fetish\w*|seduc\w*|arous\w*|turned on"
        r"|turn (?:me|you|him|her) on|foreplay|orgasm\w*|intercourse|sexualiz\w*|sexualis\w*"
        r"|explicit (?:photos?|pics?|pictures?|images?|content)|xxx|nsfw|r34|rule~34"
        r"|hook~?ups?|hooking up"
    ),
    "nude_pics": (
        r"nudes|nude|naked|nude pics?|naked pics?|nude (?:photos?|pictures?|selfies?|videos?)"
        r"|naked (?:photos?|pictures?|selfies?|videos?)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:of|showing) my (?:body|private"
        r"|privates|private parts|boobs|chest|butt|breasts|genitals)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:without|with no) (?:my )?(?:clothes"
        r"|shirt|top|bra|pants)"
        r"|(?:pics?|pictures?|photos?|videos?|selfies?) (?:of (?:me|myself) )?(?:in|wearing)"
        r" (?:only )?(?:my )?(?:underwear|bra"
        r"|bikini|panties|boxers)"
        r"|sexy (?:pics?|pictures?|photos?|selfies?|videos?)"
        r"|private (?:pics?|pictures?|photos?|videos?|parts)|spicy (?:pics?|photos?)"
    ),
    "secret": (
        r"(?:(?:dont|do not|never|dont you|do not you|you cant|you can not|you cannot"
        r"|no need to|not to|to not|shouldnt|should not) (?:ever )?(?:tell|show|let) (?:your|ur"
        r"|ya|yr)"
        r"|(?:not to|to not|never to|and not|said (?:not to|dont|to never|never)|says (?:not to"
        r"|dont|to never|never)|told me (?:not to|to never|never to)) (?:ever )?(?:tell|show"
        r"|let) (?:my|his|her)) (?:mom|mum|mother|dad|father|parents?"
        r"|family|teachers?|friends|sister|brother|guardian|counselor|folks)"
        r"|(?:dont|do not|never|not to|to not|not) tell (?:anyone|anybody|nobody|no one|a soul)"
        r"|(?:our|a|my) (?:little |special )?secret"
        r"|(?:keep|keeping) (?:it|this|us|what we do|our chats?"
        r"|our talks?) (?:a )?(?:secret|between us|between (?:you and me|me and you)"
        r"|private|on the (?:down low|dl))"
        r"|just between (?:us|you and me|me and you|the two of us)"
        r"|lie to (?:your|ur|my) (?:mom|mum|dad|parents|family|folks)"
        r"|(?:nobody|no one|noone|no1) (?:else )?(?:can|must|should|is allowed to|needs to"
        r"|will ever) (?:ever )?(?:know|find out)"
        r"|delete (?:this|these|our|the|all|all our|all the) (?:chats?|messages|msgs|texts"
        r"|pics|photos|conversations?|convos?|dms)"
    ),
    "photo_meet": (
        r"send (?:me |him |her |them )?(?:a |an |some |more |your |ur |me a |me your |me some )?"
        r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|snaps?)"
        r"|(?:take|taking) (?:a )?(?:pic|picture|photo|video) (?:of|for) (?:yourself|you|me)"
        r"|(?:meet|meet up|hang out|come over|sleep over|pick you up|pick me up) (?:alone"
        r"|in person|irl|tonight|at my|this weekend|without|secretly|somewhere|after school)"
        r"|meet me|meet up|meetup|meet in person|meet irl"
        r"|(?:come|get|go|getting|coming) (?:in|into|to|over to) (?:his|her|their|my|the|a)"
        r" (?:car|van|truck|house|place|apartment|room|hotel)"
        r"|(?:are|r) (?:you|u) (?:home )?alone"
        r"|(?:video call|video chat|facetime|cam) (?:me|with me|alone|tonight)"
        r"|(?:turn|switch) on (?:your|ur) (?:camera|cam|webcam)"
        r"|(?:meet|meet up with|hang out with|see|pick) (?:you|u|ya|him|her|me) (?:up )?(?:alone"
        r"|in person|irl|tonight|secretly|somewhere|after school)"
        r"|{meet_alone}"
    ),
    # the age of the person spoken to ("ur 14 right", "youre only 13", "u in 8th grade")
    "age_you": (
        r"(?:ur|youre|you are|u are|u r|ure|yur) (?:only |just |barely |still )?(?:{age_num})"
        r"(?! (?:feet|ft|foot|inches|in|percent|dollars|bucks|minutes|mins|hours|hrs|times"
        r"|pounds|lbs|kg|cm|m|mph|km|miles|points|pts|days|weeks|months|am|pm|oclock|steps"
        r"|away|behind|ahead|late|early|out of|of|for|from|to|minus|plus|more|less))"
        r"|your (?:only |just )?(?:{age_num}) (?:right|rite|ryt|yeah|ya|yea|too|huh|yet|rn"
        r"|years?|yrs?)"
        r"|(?:ur|youre|you are|u are|u r|your) (?:only |just |still )?(?:in )?(?:[1-8]"
        r"(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth) grade"
        r"|(?:ur|youre|you are|u are|u r|your) (?:only |just |still )?(?:in )?(?:middle school"
        r"|junior high|jr high|elementary)"
        r"|(?:u|you|ya) (?:only |just |still )?in (?:(?:[1-8](?:st|nd|rd|th)?|first|second"
        r"|third|fourth|fifth|sixth|seventh|eighth) grade|middle school|junior high|jr high"
        r"|elementary)"
    ),
    # someone asking the writer (or a child) for pictures: "keeps asking me for pics", "wants
    # me to send him a selfie" (not "pics of the project": the lookahead skips those)
    "pic_ask": (
        r"(?:ask|asks|asked|asking|keeps asking|kept asking|always asks|wants|wanted|begging"
        r"|begged|begs|pressuring|pressured|bugging|bugs|dming|dmed|messaging|texting)"
        r" (?:me |her |him |us |my (?:\w+ ){0,3}?(?:sister|brother|cousin|friend|daughter|son"
        r"|niece|nephew|kid|child|bestie) )?(?:for|to send|to take|to snap|to dm|to text)"
        r"(?: (?:him|her|them|me|it))?(?: (?:some|more|a|a few|another|any|new|cute|my))?"
        r" (?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?)"
        r"(?: of (?:me|myself|my body|my face|her|him|herself|himself))?"
        r"(?! (?:of|from|for|showing|with) )"
    ),
    # a personal picture or camera request to the reader ("send me pics", "send me a selfie")
    "pic_req": (
        r"(?:send|snap|dm|text) (?:me|us) (?:a |an |some |more |ur |your |yur |a few |another"
        r" |any )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|snaps?|vids?|video"
        r"|videos)(?: of (?:you|u|urself|yourself|ur body|your body|ya))?"
        r"(?! (?:of|from|showing|with) )"
        r"|(?:send|show) me something (?:spicy|sexy|naughty|hot|dirty)"
        r"|(?:video chat|video call|videochat|facetime|ft|cam|skype) (?:me|with me)"
    ),
    # an adult, an older person or a stranger (for grooming rules)
    "adult": (
        r"(?:an|some|this|that|a|the) (?:adult|grown~up|grownup)|adults"
        r"|(?:old|older|grown|much older) (?:guy|man|men|dude|boy|woman|lady|person|people"
        r"|brother|cousin|student|kid|teen|girl)"
        r"|(?:a|some|this|that|the) (?:stranger|creep|creeper|pedo|predator)|strangers"
        r"|(?:1[89]|[2-9]\d)(?: |-)?(?:yo|y\.?o\.?|yrs? old|years? old|year~old|yr~old)"
        r"|(?:hes|shes|he is|she is|theyre|they are|is|whos|who is) (?:like |about |around"
        r" |almost |over )?(?:1[89]|[2-9]\d)(?! (?:feet|ft|inches|in|percent|dollars|bucks"
        r"|minutes|mins|hours|hrs|times|pounds|lbs|kg|cm|miles|points|pts|days|degrees"
        r"|plus|minus|divided))"
        r"|(?:a|an|some|this|that|the) (?:man|old man|grown man|woman|lady|older man)"
        r"|in (?:his|her|their) (?:[2-6]0s|twenties|thirties|forties|fifties)"
        r"|(?:a|some|this|that) (?:guy|man|dude|woman|lady|person|someone) (?:i met |\w+ )?"
        r"(?:online|on (?:discord|snap|snapchat|insta|instagram|tiktok|roblox|fortnite|xbox"
        r"|minecraft|reddit|omegle|kik|telegram|whatsapp|twitter|a game|a server))"
        r"|(?:someone|somebody) (?:i met |from )?(?:online|on (?:discord|snap|snapchat|insta"
        r"|instagram|tiktok|roblox|a game|a server))|(?:from|on) (?:an? )?(?:dating app)"
    ),
    # grooming cues that mean little alone but a lot next to secrecy, pictures or meeting
    "groom_cue": (
        r"mature for (?:your|ur|my|her|his|their|a) age"
        r"|(?:your|ur|my|her|his) (?:parents|mom|mum|dad|family|folks) (?:wouldnt|would not"
        r"|wont|will not|dont|do not|cant|couldnt|could never|would never) (?:understand"
        r"|get it|get us|approve)"
        r"|(?:you|u|ya) can trust me|(?:youre|ur|you are|u r) (?:so )?special to me"
        r"|(?:asks|asked|asking|keeps asking|kept asking|ask) (?:me )?what (?:im|i am|i was"
        r"|i m) wearing"
        r"|(?:what|wat|wut) (?:are|r) (?:you|u) wearing"
        r"|(?:ill|i will|ill just|i can|i could) (?:buy|get|give|send) (?:you|u|ya) (?:\w+ )?"
        r"(?:anything|whatever|robux|vbucks|v bucks|money|cash|gift cards?|presents?|gifts?)"
        r"|age (?:is just|is only|s just|is) a number|age (?:doesnt|does not|dont) matter"
        r"|more mature than (?:other |most )?(?:girls|boys|kids|people|anyone) (?:my|your|ur)"
        r" age|special (?:connection|bond)"
        r"|(?:be|date|dating) (?:my|his|her) (?:boyfriend|girlfriend|bf|gf)"
        r"|(?:give|gives|gave|pay|pays|paid|buy|buys|offered|offers) (?:me|you|u) (?:\w+ )?"
        r"(?:money|cash|robux|vbucks|gift cards?|vapes?) (?:if|to)"
        r"|(?:he|she) (?:says |said |tells me |told me )?(?:that )?(?:he|she)? ?(?:loves|is in love"
        r" with|has feelings for|has a crush on) me"
        r"|(?:buys|bought|gives|gave|gets|got) me (?:\w+ )?(?:vapes?|alcohol|weed|beer|drinks"
        r"|robux|vbucks|money|stuff|things)"
        r"|(?:secret|second|hidden|fake) (?:account|phone|number|app|snap|insta)"
        r"|(?:talk|chat|text|move|switch|go) (?:on|to|over to) (?:a )?(?:secret|private|different"
        r"|another) (?:app|chat|account)"
    ),
    # where the adult wants the child alone
    "meet_alone": (
        r"(?:meet|meet up|hang out|hangout|chill|be|come over|sleep over|sleepover|go"
        r" somewhere|drive|ride|stay|sneak out|see|video chat|video call|facetime|call)"
        r" (?:(?:with )?(?:me|him|her|you|u) )?(?:\w+ ){0,3}?(?:alone|by ourselves"
        r"|just (?:the two of us|us two|us|me and (?:him|her|you|u))|in private|privately"
        r"|somewhere private|without (?:your|ur|my) (?:parents|mom|dad|family|friends))"
        r"|(?:just|only) (?:the two of us|you and me|me and you|u and me|me and u)"
        r"|when (?:your|ur|my) (?:parents|mom|mum|dad|family|folks) (?:arent|are not|isnt"
        r"|is not|r not|aint|are never|is never) (?:home|around|there|looking|watching)"
        r"|(?:while|when) (?:your|ur|my) (?:parents|mom|mum|dad|family|folks) (?:are|is|r)"
        r" (?:away|out|gone|asleep|at work|sleeping|not home)"
        r"|{pic_ask}"
    ),
    # telling a child to hide things from their parents (or from everyone)
    "hide_from": (
        r"(?:dont|do not|never|not to|to not|cant|can not|cannot|shouldnt|should not|wont"
        r"|not|better not|must not|mustnt|and not|never ever|no need to) (?:ever )?(?:tell"
        r"|telling|let|show|say anything to) (?:your|ur|yur|ya|my|his|her|our)"
        r" (?:mom|mum|mother|dad|father|parents?|family|folks|mommy|daddy|stepmom|stepdad"
        r"|guardian|friends|sister|brother)"
        r"|(?:dont|do not|never|not to|to not|cant|can not|cannot|shouldnt|should not|wont"
        r"|not|better not|must not|mustnt|and not|never ever) (?:ever )?(?:tell|telling"
        r"|say anything to) (?:anyone|anybody|no one|nobody|noone|a soul|people)"
    ),
    # what a secret relationship is about
    "us_rel": (
        r"(?:us|our relationship|our thing|what we (?:do|did|have|are|talk about|said)"
        r"|what happened between us|me and (?:him|her)|(?:him|her) and me"
        r"|our (?:chats?|texts?|messages|msgs|calls|talks|dms|convos?|snaps))(?! \w+ing)"
    ),
}


_PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


def _expand(template: str, depth: int = 0) -> str:
    if depth > 8:
        raise ValueError("vocabulary nesting too deep")
    return _PLACEHOLDER_RE.sub(lambda m: "(?:" + _expand(_VOCAB[m[1]], depth + 1) + ")", template)


def _compile(template: str) -> re.Pattern[str]:
    body = _expand(template).replace(" ", _SEP).replace("~", _OPT_SEP)
    return _SAVED.compile(r"(?<!\w)(?:" + body + r")(?!\w)")


# --------------------------------------------------------------------------------------------
# Compiled regex code, saved
# --------------------------------------------------------------------------------------------
# Compiling a large pattern builds its whole parse tree first (a Python object per character:
# 2 MB and more for the largest rules and the pre-filter's finder), and what a worker's
# allocator touched for it stays resident after it is freed (a few megabytes in all). So the
# code that re compiles each rule, guard and finder to is saved beside this file
# (regex_code.bin, written with prefilter.json, or alone by `python rules.py
# --write-regex-code`) and handed to re's own constructor at import: the same pattern
# objects (equal to what re.compile makes, which the tests check), without the parse. The
# file is only used by the Python version and regex engine that wrote it; a pattern it does
# not have (another version, a changed table) is compiled as usual. A pattern made from saved
# code does not keep its source (300 kB of text in all, held for nothing but a repr): its
# ``.pattern`` names it, "<saved regex DIGEST>" (the tests compare it with a fresh
# compile of the source of that digest). Run as a script (to write the file), rules.py
# compiles every pattern, sources kept.
_CODE_FILE = Path(__file__).with_name("regex_code.bin")
_CODE_MAGIC = b"RXC1"


def _code_engine() -> list[int]:
    """What the saved code is valid for: the Python version and the regex engine's."""
    sre: Any = importlib.import_module("_sre")
    return [*sys.version_info[:2], int(sre.MAGIC), int(sre.CODESIZE)]


def _code_digest(pattern: str) -> str:
    return _sha256_hex(pattern.encode("utf-8", "surrogatepass"))[:32]


class _SavedCode:
    """regex_code.bin, open while the module's tables are compiled: per pattern (by digest),
    its flags, group count and code."""

    def __init__(self, enabled: bool = True) -> None:
        self.entries: dict[str, tuple[int, int, int, int]] = {}
        self.made: dict[str, re.Pattern[str]] = {}  # by digest, until close()
        self.file: Any = None
        self.used = 0
        self.compiled = 0  # patterns compiled by re instead
        if not enabled:
            return
        try:
            f = _CODE_FILE.open("rb")
        except OSError:
            return
        try:
            if f.read(4) != _CODE_MAGIC:
                raise ValueError("not a regex code file")
            size = int.from_bytes(f.read(4), "little")
            header = json.loads(f.read(size))
            if header["engine"] != _code_engine():
                raise ValueError("written by another Python")
            base = 8 + size
            for digest, flags, groups, offset, count in header["patterns"]:
                self.entries[digest] = (int(flags), int(groups), base + int(offset), int(count))
            self.sre: Any = importlib.import_module("_sre")
            self.file = f
        except (OSError, ValueError, KeyError, TypeError, ImportError, AttributeError):
            self.entries = {}
            f.close()

    def compile(self, pattern: str) -> re.Pattern[str]:
        digest = _code_digest(pattern)
        made = self.made.get(digest)
        if made is not None:
            return made  # the same pattern in several tables (a frame's counter-words, a
            # proximity partner, a rule): one object
        made = self.made[digest] = self._compile(pattern, digest)
        return made

    def _compile(self, pattern: str, digest: str) -> re.Pattern[str]:
        entry = self.entries.get(digest) if self.file is not None else None
        if entry is not None:
            flags, groups, offset, count = entry
            try:
                code = array("I")
                self.file.seek(offset)
                code.fromfile(self.file, count)
                if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
                    code.byteswap()
                compiled: re.Pattern[str] = self.sre.compile(
                    _saved_name(digest), flags, code.tolist(), groups - 1, {}, (None,) * groups
                )
                self.used += 1
                return compiled
            except (OSError, EOFError, ValueError, TypeError, RuntimeError):
                pass
        self.compiled += 1
        return re.compile(pattern)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        self.entries = {}
        self.made = {}


def _saved_name(digest: str) -> str:
    """What a pattern made from saved code has for ``.pattern``: the digest of its source."""
    return f"<saved regex {digest}>"


def _write_code(patterns: Iterable[str]) -> None:
    """Save the code of these patterns (those without named groups) to regex_code.bin."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    listing: list[list[Any]] = []
    body = array("I")
    seen: set[str] = set()
    for pattern in patterns:
        digest = _code_digest(pattern)
        if digest in seen:
            continue
        seen.add(digest)
        tree = _parser.parse(pattern, 0)
        if tree.state.groupdict:
            continue
        code = _compiler._code(tree, 0)
        flags, groups = tree.state.flags, tree.state.groups
        compiled = importlib.import_module("_sre").compile(
            pattern, flags, code, groups - 1, {}, (None,) * groups
        )
        if compiled != re.compile(pattern):  # pragma: no cover - an engine that differs
            continue
        listing.append([digest, flags, groups, len(body) * body.itemsize, len(code)])
        body.extend(code)
    if sys.byteorder != "little":  # pragma: no cover
        body.byteswap()
    head = json.dumps(
        {"engine": _code_engine(), "patterns": listing}, separators=(",", ":")
    ).encode()
    head += b" " * (-(len(head) + 8) % 8)
    _CODE_FILE.write_bytes(_CODE_MAGIC + len(head).to_bytes(4, "little") + head + body.tobytes())


def _sha256_hex(data: bytes) -> str:
    """SHA-256 by Python's own implementation when there is one: hashlib's is OpenSSL's,
    whose first digest maps most of a megabyte of libcrypto into the process (a module's
    worker computes only this one)."""
    for name in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        try:
            digest: str = importlib.import_module(name).sha256(data).hexdigest()
        except (ImportError, AttributeError):  # pragma: no cover - the other version's name
            continue
        return digest
    return hashlib.sha256(data).hexdigest()  # pragma: no cover - a build without them


_SAVED = _SavedCode(enabled=__name__ != "__main__")  # the script writes the file: sources


# --------------------------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------------------------
# (rule id, category, level, pattern template). The id is stable: it is logged with every
# flag, so rename only with a migration note. Each rule belongs to exactly one level.

# fmt: off
_RULE_TABLE: tuple[tuple[str, str, str, str], ...] = (
    # ---------------------------------------------------------------- self_harm / low
    (
        "self_harm.kill_myself",
        "self_harm", "low",
        r"(?:{kill}|{killing}|unalive|unaliving|murder|end|ending)~(?:{myself})"
        r"|(?:to|gonna|wanna|ill|should|might|just|finally|go) off (?:{myself})",
    ),
    ("self_harm.kms", "self_harm", "low", r"kms|kmsl|kmslf"),
    (
        "self_harm.end_my_life",
        "self_harm", "low",
        r"(?:end|ending|ended|take|taking|took) my (?:own )?(?:life|lyfe)"
        r"|{lead} (?:(?:{intent})(?: to| 2| about| of)?"
        r" (?:commit |committing )?|(?:commit|committing|commited|committed) )(?:{suicide})"
        r"(?! (?:rates?|prevention|hotline|lifeline|awareness|squad|forest|statistics|note"
        r"|letter|bomber|bombers|bombing|attack|attacks|in (?:the|a|this|that|romeo|hamlet"
        r"|macbeth|shakespeare)))",
    ),
    (
        "self_harm.intent_to_die",
        "self_harm", "low",
        # (one {lead} for the three that follow it)
        r"{lead}(?:(?: (?:will|wil)(?: (?:{fill})(?!\w)){0,3}+)? (?:want|wanna|wana|wanted"
        r"|wish|wished|need|needed"
        r"|ready|deserve|deserved|plan|planning|decided|choose|chose|trying|tryna|try)"
        r"(?: (?:to|2))?(?: just)? (?:{die})"
        r"| (?:want|wanna|wana|wish|wished|need) (?:to |2 )?be (?:{dead})"
        r"| (?:want|wanna|wana|wish|need|going|gonna)(?: to| 2)? (?:become|be|get)"
        r" unalive(?:d)?)"
        r"|wish (?:i|id) (?:was|were|could be|would be|had) (?:just )?(?:{dead}|died)"
        r"|(?:wish|hope) (?:i|id) (?:could |would |will |can |just ){0,2}(?:{die})",
    ),
    (
        "self_harm.suicidal_statement",
        "self_harm", "low",
        # (one {lead} for the three that follow it)
        r"{lead}(?:(?: (?:these|some|bad|strong|many|a lot of|so many))? (?:{suicidal})"
        r"(?! (?:characters?|people|patients|person|friends?|teens))"
        r"| (?:attempted|tried|attempt) (?:{suicide})"
        r"| attempted (?:again|a second time|a third time|one more time)(?! to))"
        r"|(?:my|writing|write|wrote|written|finished|leaving|leave) (?:a |my )?(?:{suicide})"
        r" (?:note|letter)",
    ),
    (
        "self_harm.method_on_self",
        "self_harm", "low",
        r"(?:hang|hanging|shoot|shooting|stab|stabbing|drown|drowning|poison|poisoning|overdose"
        r"|overdosing|suffocate|suffocating|strangle|strangling|electrocute|electrocuting"
        r"|gas|gassing|hung)~(?:{myself})"
        r"|(?:slit|slice|slash|slitting|slicing|slashing|cut|cutting) (?:my|both|both of my)"
        r" (?:wrists?|throat|veins?)",
    ),
    (
        "self_harm.goodbye_note",
        "self_harm", "low",
        r"by the time (?:you|u|anyone|someone|somebody|they|my \w+) (?:read|reads|see|sees"
        r"|find|finds|get|gets) (?:this|these|my (?:message|note|letter))(?: (?:message|note"
        r"|letter))? (?:i|ill|im|i will) (?:will )?(?:be )?(?:gone|dead|not here|not alive"
        r"|no longer here|no longer alive)",
    ),
    # ---------------------------------------------------------------- self_harm / medium
    (
        "self_harm.not_want_to_live",
        "self_harm", "medium",
        r"(?:dont|do not|no longer|dont even|do not even|dont really|never|didnt|did not)"
        r" (?:want|wanna|wana|wish|feel like|care) (?:to )?(?:be alive|exist|stay alive"
        r"|keep living|continue living|go on living|be on this earth|be in this world|be living"
        r"|live(?! (?:in|with|near|at|there|here|on|by|next|close|far|so|like|without|alone"
        r"|together|forever|with|through|under|as|for|in|somewhere|anywhere|abroad"
        r"|downtown|off)(?!\w)))"
        r"|(?:dont|do not|no longer) (?:want|wanna|wana) (?:to )?wake up"
        r" (?:anymore|any more|ever again|again)"
        r"|(?:no|zero) (?:reason|reasons|point) (?:to|in|for) (?:live|living|go on|going on"
        r"|be alive|being alive|stay alive|staying alive|keep living|exist|existing)"
        r"|nothing (?:left )?to live for"
        r"|(?:life|living|my life) (?:isnt|is not|aint|s not|is no longer|isnt even) worth"
        r"(?: (?:it|living))?|(?:not|no longer) worth living"
        r"|(?:sick|tired) of (?:living|being alive|life|existing)"
        r"|done with (?:life|living|being alive)"
        r"|(?:want|wanna|wana|wish i could) (?:to )?(?:stop existing|not exist|cease to exist"
        r"|sleep forever|go to sleep (?:and|n) never wake up|never wake up|not wake up)",
    ),
    (
        "self_harm.better_off_without_me",
        "self_harm", "medium",
        r"better off without me|better off if i (?:was|were|wasnt|werent|was not|were not"
        r"|died|left forever|was gone|were gone|was dead|were dead|disappeared|didnt exist"
        r"|never existed|wasnt here|wasnt around|wasnt alive)"
        r"|(?:i|im|id|i am|i would|i will|ill) (?:be )?better off (?:{dead})"
        r"|(?:world|everyone|everybody|everything) (?:would be|will be|is|be) better"
        r" without me"
        r"|(?:would|wud|d|will) (?:all )?(?:be |have )?(?:\w+ ){0,3}?(?:better|easier|happier"
        r"|free|freer|lighter|less stress|less stressed|more money|so much less|calmer"
        r"|cheaper)(?: \w+){0,3}? (?:if i (?:just |only )?(?:wasnt|werent|was not|were not"
        r"|wasn t) (?:around|here|alive|there|in (?:the|their) (?:way|picture|lives|life))"
        r"|without me(?: around| here| in (?:the|their) (?:way|lives))?(?=\s*(?:$|[.!?,])))",
    ),
    (
        "self_harm.end_it_all",
        "self_harm", "medium",
        r"end (?:it|this|everything) (?:all|once and for all|for good|forever)"
        r"|ending (?:it|this|everything) (?:all|once and for all|for good)"
        r"|{lead} (?:{intent})(?: to)? (?:end|ending) (?:it|things"
        r"|everything)(?: (?:tonight|today|soon|now|this weekend|tomorrow))?"
        r"|(?:{intent_head}) (?:unalive|self delete|self-delete)"
        r"|(?:commit|committing|commited|committed) (?:{suicide})(?= (?:tonight|today"
        r"|tomorrow|soon|this weekend))",
    ),
    (
        "self_harm.passive_ideation",
        "self_harm", "medium",
        r"{lead} should (?:just )?(?:{die}|be (?:{dead}))(?! (?:my|your"
        r"|her|his) hair)"
        r"|{lead}(?: (?:thinking|thought))? (?:about|of) (?:attempting"
        r"|ending my life|ending it)",
    ),
    (
        "self_harm.method_seeking",
        "self_harm", "medium",
        r"how (?:many|much)(?: \w+){0,5} (?:to|would|will|does|do|should|can|could|is|are"
        r"|needed|it takes)(?: \w+){0,4} (?:{die}|dying|overdose|od|kill (?:me|{myself}"
        r"|you|{yourself}|oneself)|end (?:my|your|a|ones) life|never wake up|not wake up"
        r"|stop (?:my|your) heart)"
        r"|(?:painless|painlessly|easiest|easy|quickest|quick|fastest|fast|best|quietest|quiet"
        r"|surest|sure|most effective|least painful|simplest|peaceful|peacefully|good|cleanest"
        r"|effective) (?:way|ways|method|methods|means) (?:to|of|for) (?:{die}|dying"
        r"|(?:{kill}|{killing}) (?:{myself}|{yourself}|oneself)"
        r"|(?:commit|committing)? ?(?:{suicide})|end (?:my|your|ones|a) life"
        r"|ending (?:my|your|ones|a) life|od|overdose|overdosing)"
        r"|(?:{how_to}) (?:just )?(?:commit (?:{suicide})|(?:{kill}) (?:{yourself}|oneself)"
        r"|overdose|od|hang (?:{myself}|{yourself}|oneself)|end (?:my|your|ones) life"
        r"|slit (?:my|your|ones) wrists?)"
        r"|how (?:can|do|could|should|would) i (?:just )?(?:{die})"
        r"|how to (?:{die}) (?:painlessly|quickly|fast|peacefully|in my sleep|without pain"
        r"|without it hurting|without feeling)"
        r"|how (?:deep|hard|long) (?:do i|should i|to|do you|would i|can i) (?:need to |have to )?"
        r"cut (?:my |your )?(?:wrists?|arms?|veins?|skin|thighs?|{myself}|{yourself})"
        r"|how (?:deep|hard) (?:do i|should i|to|do you|would i|can i) (?:need to |have to )?"
        r"cut to (?:{die}|bleed out)"
        r"|where (?:to|do i|should i|can i) cut (?:my )?(?:wrists?|veins?|arms? to)"
        r"|(?:is it|does it|would it|will it|how) (?:\w+ )?(?:painful|hurt|quick|fast|painless)"
        r"(?: to (?:{die}))? (?:by|from) (?:hanging|overdos\w*|drowning|suffocat\w*|jumping"
        r"|pills|bleeding out|cutting|slitting|a gunshot|shooting (?:yourself|myself))"
        r"|does (?:hanging|overdosing|drowning|bleeding out|slitting (?:your|my) wrists?)"
        r" (?:yourself |myself )?hurt"
        r"|(?:what|which) (?:pills|medicine|meds|drugs|medication) (?:will|would|can|could)"
        r" (?:kill me|make me (?:{die}|never wake up)|end my life)",
    ),
    (
        "self_harm.self_injury",
        "self_harm", "medium",
        r"(?:want|wanna|wana|need|urge|urges|tempted|feel like|going|gonna|about|keep|started"
        r"|start|been|cant stop|can not stop|trying not) (?:to )?(?:cut|cutting|burn|burning"
        r"|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punish|punishing|starve"
        r"|starving|carve|carving) (?:{myself}|my (?:arms?|wrists?|thighs?|legs?|skin|stomach))"
        r"|(?:cut|burned|burnt|hurt|carved) (?:{myself}|my (?:arms?|wrists?|thighs?|legs?|skin))"
        r" (?:again|on purpose|deeper|deep|to feel|so it hurts|every day|every night"
        r"|when im sad|because)"
        r"|{lead} (?:self~harm|self~harming|self~injure|self~injuring"
        r"|self~mutilate|self~mutilating)"
        r"|(?:relapsed|relapse|urges? to) (?:on |with )?(?:self~harm|self~harming|sh|cutting"
        r"|cut)|relapsed(?: \w+){0,6}? (?:clean|free) (?:from|of) (?:self~harm|sh|cutting)"
        r"|(?:relapsed|(?:broke|lost) my (?:clean )?streak(?! (?:on|in|at|with|for) )"
        r"|day (?:0|zero|one|1) again)"
        r"(?:\W+\w+){0,8}?\W+(?:arms?|wrists?|thighs?|legs?|stomach|cuts?|blades?|blood|marks"
        r"|scars)(?!\w)"
        r"|(?:fresh|new) (?:cuts|marks|wounds|burns) (?:to hide|on my (?:arms?|wrists?|thighs?"
        r"|legs?|stomach)|i (?:need|have|got) to hide)"
        r"|(?:clean from|clean of|stopped|quit) (?:self~harm|self~harming|sh|cutting)"
        r"(?=(?:\W+\w+){0,10}?\W+(?:again|last night|yesterday|this morning|earlier today))"
        r"|(?:scars|cuts|wounds) (?:from|of) (?:self~harm|cutting myself|sh)"
        r"|(?:used to|use to|stopped|quit) (?:cut|cutting|self~harm|self~harming|sh|burn"
        r"|burning|hurt (?:{myself})|hurting (?:{myself}))(?: \w+){0,5}? (?:started|starting"
        r"|began|am doing it|did it|doing it|do it|cut|cutting|relapsed)(?: \w+)? again"
        r"|(?:used to|use to|stopped|quit) (?:cut|cutting|self~harm|self~harming|sh)"
        r"(?: \w+){0,5}? (?:relapsed|relapse)"
        r"|{lead}(?: (?:began|begun))?"
        r" cutting(?: (?:again|myself|my \w+))?(?=\s*(?:$|[.!?,]| and| but| because))"
        r"|(?:^|(?:ngl|honestly|lowkey|tbh|so|and|but|update|yeah|ok|okay) )been (?:cutting"
        r"|burning|scratching) (?:myself )?again"
        r"|(?:cut|burn|scratch|bite) (?:{myself}|my (?:arms?|wrists?|thighs?|legs?|skin))"
        r" (?:with|using) (?:a |my |the )?(?:lighter|razor blade|razor blades|blade|blades"
        r"|compass|sharpener blade|cigarette|cigarettes|matches|glass|scissors)",
    ),
    (
        "self_harm.plan",
        "self_harm", "medium",
        r"(?:saving|stockpiling|hoarding|collecting|saved|stockpiled|hoarded|collected)(?: up)?"
        r" (?:my |some |the |all my |all the |enough )?(?:pills|meds|medication|medicine"
        r"|sleeping pills|painkillers|tylenol)"
        r"|(?:tie|tied|tying|made|make|making|bought|buy|have) (?:a |the )?noose"
        r"|(?:{subj}) (?:just )?(?:took|swallowed|ate) (?:a bunch of|all (?:of )?(?:my|the)"
        r"|too many|a lot of|\d{2,}|a whole bottle of|the whole bottle of|a handful of|a ton of)"
        r" (?:pills|sleeping pills|tylenol|meds|medication|painkillers|advil|ibuprofen"
        r"|acetaminophen|my (?:meds|pills|medication))"
        r"|(?:{intent_head}) (?:overdose|od)(?! on (?:caffeine|sugar|candy|chocolate|coffee"
        r"|homework|netflix|anime|memes|cuteness|energy drinks|junk food))"
        r"|(?:i|ive|i have|i already|i just) (?:wrote|written|writing|finished) (?:my|a)"
        r" (?:goodbye|farewell|last) (?:note|letter|message)s?"
        r"|(?:i|ill|i will) (?:wont|will not|not) be (?:alive|breathing) (?:tomorrow|much longer"
        r"|for long|anymore|by)"
        r"|(?:{intent_head}) (?:jump|jumping) (?:off|from) (?:a|the|this|that|my) (?:bridge"
        r"|building|roof|cliff|overpass|balcony|tower|parking garage)"
        r"|(?:{intent_head}) (?:jump|jumping|step|walk|walking|stepping) in front of (?:a|the)"
        r" (?:train|car|bus|truck|subway)",
    ),
    (
        # possessions handed out, person by person, or who gets what: the giving away
        # before a death ("my guitar to my cousin, my books to my sister"; "my nephew gets
        # my shirts, my mate gets the car"; "wrote out who gets what")
        "self_harm.giving_away",
        "self_harm", "medium",
        # (each list is one body repeated: its vocabulary is compiled once)
        r"(?:(?:{keepsake}) (?:to|2|goes to|go to) (?:my |the |our |me )?(?:\w+ )?(?:{heir})"
        r"(?:s(?: \w+)?)?(?!\w)(?: (?:today|yesterday|tonight|already|last \w+|on \w+))?"
        r"[^a-z]{0,4}"
        r"(?:(?:and|then|n|also|plus|gave|given|giving|leaving|left) )*(?:my |the |all my |me"
        r" |our )?(?:\w+ )?){2}"
        r"|(?:(?:{heir}) (?:gets|can have|will get|is getting|should get) (?:my|the|all my)"
        r" (?:\w+ )?(?:{keepsake})(?!\w)[^a-z]{0,4}(?:and )?(?:my |the |our )?(?:\w+ )?){2}"
        r"|(?:gave|given|giving|give) away (?:\w+ ){0,5}?(?:\W+\w+){0,6}?\W+(?:i|im|i m)"
        r" (?:dont|do not|wont|will not|won t) (?:need|be needing) (?:them|em|it|any of it"
        r"|any of them)(?: (?:anymore|any more|where im going|after))"
        r"|(?:wrote|written|writing|write|made|make|making|sorted|sorting|decided|deciding"
        r"|note|list|letter|sheet) (?:\w+ ){0,3}?(?:saying |of |about |on )?who (?:gets"
        r"|should get|will get|can have|is getting) (?:what|my (?:stuff|things|\w+))",
    ),
    (
        # a goodbye that says there will be no next time: "the last homework i'll ever ask
        # you about", "you won't need to help me after tonight", "i won't be online tomorrow
        # or ever again", "logging off for good"
        "self_harm.final_goodbye",
        "self_harm", "medium",
        r"(?:last|final) (?:homework|question|message|thing|time|lesson|chat|post|essay)"
        r" (?:i ll |ill |i will |you ll |youll |you will )?ever (?:ask|send|post|write|need|get"
        r"|see|do|have)"
        r"|(?:wont|will not|won t|dont|do not) (?:need|have) to (?:help|worry about|deal with"
        r"|put up with|listen to|hear from|look after) (?:me|my \w+)(?: \w+){0,3}? (?:after"
        r"|past|from) (?:tonight|today|this week|this weekend|{weekday})(?! (?:because|cause|cos"
        r"|coz|cuz|bc|since|as|when|if|once|(?:\w+ ){0,2}(?:shift|job|contract|placement"
        r"|internship|course|term|exams?|holiday|trip|move|moving|leave|leaving|transfer)))"
        r"|(?:wont|will not|won t) be (?:online|on here|around|here|at school|in class|bothering"
        r" (?:you|anyone|anybody)) (?:\w+ )?(?:or )?ever again"
        r"|(?:logging|signing|log|sign) off (?:for good|forever|for the last time)(?! (?:from|on"
        r"|of) (?:this|the|that) (?:server|game|app|group|chat|discord|account))"
        r"|(?:sorry|glad) (?:that )?my time (?:here|on earth) (?:was|has been) so short"
        r"|if i (?:dont|don t|do not|never) (?:log in|log on|come online|show up|come back|reply"
        r"|answer|message you|make it)(?: \w+){0,3}?\W+(?:its|it s|it is|that s|thats) not"
        r" (?:your|anyone s|anyones|ur) fault",
    ),
    # ---------------------------------------------------------------- self_harm / high
    (
        "self_harm.hate_my_life",
        "self_harm", "high",
        r"(?:i|i really|i honestly|i just|i literally|i seriously|i fucking|i freaking)"
        r" (?:hate|h8|despise|loathe) (?:my life|my own life|{myself}|being alive|living"
        r"|my existence|existing)",
    ),
    (
        "self_harm.disappear",
        "self_harm", "high",
        r"(?:want|wanna|wana|wish i could|wish i can|just want) (?:to )?(?:disappear|vanish"
        r"|not be here|fade away|go away forever|be gone)"
        r"|(?:dont|do not) (?:want|wanna|wana) (?:to )?(?:be here|live like this|wake up"
        r" tomorrow)(?: anymore| any more)?"
        r"|wish i (?:was|were|had been|had) (?:never born|not born|never been born)"
        r"|wish i (?:wasnt|werent|hadnt been) (?:born|alive|here)"
        r"|wish i (?:never existed|didnt exist)",
    ),
    (
        "self_harm.nobody_would_care",
        "self_harm", "high",
        r"(?:nobody|no one|noone|no1|nobody else|not a single person) (?:would|will|wud|even"
        r"|ever|really|actually)?(?: ?(?:even|ever|really))? (?:care|cares|notice|notices"
        r"|miss me|misses me|remember me|cry)(?: if i (?:was|were|died|left|disappeared|was gone"
        r"|were gone|wasnt here|werent here|killed myself|was dead|were dead)| when im gone"
        r"| if i (?:{die}))"
        r"|(?:nobody|no one|noone) (?:cares|would care|will care|even cares) (?:about me|if i"
        r" live|whether i live)"
        r"|(?:nobody|no one|noone) (?:loves|likes|wants|needs) me"
        r"|(?:everyone|everybody) (?:hates|would be happier without) me",
    ),
    (
        "self_harm.hopelessness",
        "self_harm", "high",
        r"(?:whats|what is|what s) the point (?:of|in) (?:living|life|being alive|existing"
        r"|anything|it all|even trying|going on|me)"
        r"|(?:whats|what is|what s) the point anymore"
        r"|(?:i|i just|i really) (?:cant|can not|cannot) (?:take|do|handle|go on with) (?:it|this"
        r"|life|any of this|everything) (?:anymore|any more|any longer)"
        r"|(?:i|i just|i really) (?:cant|can not|cannot) go on(?: (?:anymore|like this))?"
        r"|(?:i|im|i am|i feel|i feel so|im so|i am so|i always feel) (?:so |completely |totally"
        r" )?(?:worthless|hopeless|like a burden|a burden to (?:everyone|everybody|my family"
        r"|my parents)|empty inside|dead inside)"
        r"|give up on (?:life|living|everything|myself)"
        r"|(?:id|i would|i d) rather (?:{die}|be dead)"
        r"|(?:i|i keep|i always|i constantly) (?:think|thinking|thought) (?:about|of) (?:death"
        r"|dying|being dead|not being here|not existing)",
    ),
    (
        "self_harm.farewell",
        "self_harm", "high",
        r"(?:this is|consider this) my (?:last|final) (?:message|goodbye|words|post|msg|text)"
        r"|goodbye (?:forever|cruel world)|(?:goodbye|bye) (?:everyone|everybody|world)"
        r"(?: (?:i love you|ill miss you|i wont|this is|forever|for good|thank you for everything))"
        r"|(?:my )?(?:goodbye|farewell) (?:note|letter)(?: to (?:everyone|my family|the world))",
    ),
    (
        "self_harm.kill_me",
        "self_harm", "high",
        r"(?:please|pls|plz|someone|somebody|just|can someone|can somebody) (?:{kill}) me"
        r"|(?:{kill}) me now",
    ),
    (
        "self_harm.lethality_question",
        "self_harm", "high",
        r"(?:lethal|fatal|deadly) (?:dose|amount|dosage)|ld50"
        r"|how (?:much|many)(?: \w+){1,4} (?:is|are|would be|would it take to be) (?:lethal"
        r"|fatal|deadly|too much to survive)"
        r"|how (?:much|many)(?: \w+){0,5} (?:would|will|does|to|can|could|it takes)(?: \w+){0,3}"
        r" (?:{kill}) (?:a person|someone|somebody|a human|a teenager|a teen|a kid|people)",
    ),
    # ---------------------------------------------------------------- violence / low
    (
        "violence.school_attack",
        "violence", "low",
        r"(?:shoot|shooting|shot|shoots|shoot em|blow|blowing|blew|bomb|bombing) up (?:the|my"
        r"|our|this|that|a|your|his|her|their) (?:school|class|classroom|cafeteria"
        r"|lunchroom|gym|library|church|mosque|synagogue|temple|mall|hallway|campus|building"
        r"|party|assembly|bus|concert|game)"
        r"|(?:bomb|bombing) (?:the|my|our|this) (?:school|class|classroom|cafeteria|campus)"
        r"|(?:{intent_head}) (?:(?:be|become) (?:a|the next) (?:school )?shooter"
        r"|(?:do|commit|carry out|pull off|plan) (?:a|another|the next)"
        r" (?:school )?(?:shooting|massacre|bombing|stabbing|attack|mass shooting))"
        r"|(?:planning|planned|plan) (?:a|an|the|my) (?:school )?(?:shooting|massacre|bombing"
        r"|mass shooting)(?! (?:scene|simulation|drill|drills|in (?:a|my|the) (?:story|game"
        r"|book|novel|movie)))"
        r"|(?:kill|shoot|stab|murder) (?:everyone|everybody|all the (?:kids|students|teachers"
        r"|people)|as many (?:people|kids|students) as (?:i can|possible)) (?:at|in) (?:{school})",
    ),
    (
        "violence.made_explosive",
        "violence", "low",
        r"(?:i|we|ive|i ve|weve|we ve|im|i m|were|we re) (?:built|made|have built|have made"
        r"|finished|assembled|am building|building|am making|making|have|got|put together)"
        r" (?:a|an|my|the|some|two|three|a few|another) (?:working |real |homemade |home made"
        r" |live )?(?:pipe bombs?|ieds?|explosives|explosive device|molotovs?|molotov cocktails?"
        r"|nail bombs?|pressure cooker bombs?|(?:real|working|homemade|home made|live) bombs?)",
    ),
    (
        "violence.gun_to_school",
        "violence", "low",
        r"(?:bring|bringing|brought|take|taking|took|carry|carrying|sneak|sneaking|snuck"
        r"|smuggle|smuggling) (?:a |an |my |his |her |the |some |my dads |my moms |my dad s"
        r"|dads |moms |a loaded |my brothers |a real )?(?:loaded )?(?:{firearm}|{explosive})"
        r" (?:to|into|in|at) (?:{school})",
    ),
    (
        "violence.shoot_or_stab_person",
        "violence", "low",
        r"(?:{intent_head}) (?:shoot|shooting|stab|stabbing|gun down|gunning down|shoot down)"
        r" (?:{target})"
        r"|(?:{kill}|{killing}|hurt|shoot|stab) (?:{target}) with (?:a|my|his|the|dads|my dads"
        r"|my moms|this|that) (?:gun|knife|pistol|rifle|shotgun|blade|machete|axe|hammer|bat"
        r"|glock|bomb|weapon)",
    ),
    (
        "violence.explosive_instructions",
        "violence", "low",
        r"(?:{how_to}) (?:make|build|create|assemble|construct|cook|mix|put together|rig"
        r"|detonate|set off|3d print|print|making|building) (?:a |an |some |my own |your own"
        r" |homemade |a homemade |a real |a working |a small )?(?:{explosive})"
        r"|(?:{how_to}) (?:make|build|create|cook|produce|synthesize|weaponize) (?:ricin|sarin"
        r"|nerve (?:gas|agent)|anthrax|vx|mustard gas|chlorine gas|bioweapons?|chemical weapons?)"
        r"|(?:instructions|blueprints?|schematics?|recipe) (?:for|to make|to build) (?:a |an )?"
        r"(?:{explosive})",
    ),
    (
        "violence.tell_to_kill_self",
        "violence", "low",
        r"kys|kill (?:{yourself})|killyourself|unalive (?:{yourself})|go (?:{die}"
        r"|hang (?:{yourself})|drown (?:{yourself})|jump off a (?:bridge|cliff|building))"
        r"|(?:you|u|ya|yall) (?:should|need to|ought to|deserve to|better) (?:{kill}"
        r"|hang|unalive) (?:{yourself})",
    ),
    # ---------------------------------------------------------------- violence / medium
    (
        "violence.harm_person",
        "violence", "medium",
        # (one {intent_head} for all that follow it: each copy is 12 kB of compiled code)
        r"(?:{intent_head}) (?:(?:(?:{kill}|{killing}|murder|murdering|hurt|hurting|attack"
        r"|attacking|glass|bottle|strangle|strangling|choke|choking|poison|poisoning|punch"
        r"|punching|torture|torturing|beat up|beating up|bash|bashing|run over|strangle|drown"
        r"|drowning|suffocate|slit)"
        r"|(?:beat|beating) the (?:crap|shit|hell|living daylights|life|snot|heck) out of)"
        r" (?:{target})"
        r"|(?:beat|beating|jump|make|making) (?:{target}) (?:bleed|suffer|up(?<!make\x20them\x20up)"
        r"(?<!making\x20them\x20up)(?<!make\x20her\x20up)(?<!making\x20her\x20up)"
        r"(?<!make\x20him\x20up)(?<!making\x20him\x20up)(?<!make\x20you\x20up)"
        r"(?<!make\x20u\x20up)(?<!make\x20everyone\x20up))"
        r"|(?:jump|jumping|jumpin) (?:him|her|them|that kid|this kid|that guy"
        r"|this guy|that girl|this girl|him and his friends)(?= (?:after school|at school|tomorrow"
        r"|tonight|later|outside|behind|when|if|in the hallway|in the bathroom|fr|frfr|deadass"
        r"|no cap|on everything|on god)|\s*(?:$|[.!?]))"
        r"|(?:slit|cut) (?:his|her|their|your|ur) (?:throat|throats)"
        r"|(?:break|snap|shatter|smash) (?:both )?(?:your|ur|his|her"
        r"|their|ya) (?:arms?|legs?|neck|jaw|face|nose|ribs|fingers|teeth|skull|knees?"
        r"|kneecaps?)|(?:open fire|opening fire|start shooting|shoot) (?:on|at|into|in)"
        r" (?:the |a |that |this |those |these )?(?:crowd|crowds|people|everyone|everybody|class"
        r"|students|kids|cafeteria|assembly|rally|church|mosque|synagogue|them all|them))"
        r"|{lead} (?:want|wanna|wish|hope)(?: to see)? (?:{target})"
        r" (?:dead|to die|killed|shot|stabbed)"
        r"|(?:die|dead|killed|end) by my (?:hands?|gun|knife|blade)"
        r"|(?:you|u|ya)(?: are| re| r|r|re) (?:getting|gonna get|going to get|about to get)"
        r" (?:stabbed|shot|jumped|beat up|beaten up|merked|shanked)(?! (?:at|by|in|on) (?:the"
        r" )?(?:doctor|clinic|pharmacy|hospital|nurse|game|match|level|round|photo|camera))"
        r"(?= (?:the second|as soon as|when|the moment|if|after|tomorrow|tonight|at|outside"
        r"|behind)|\s*(?:$|[.!?]))"
        r"|(?:im|i m|i am|were|we re) (?:jumping|jumpin|rushing|bashing|battering|merking"
        r"|shanking|stabbing|glassing) (?:him|her|them|that \w+|this \w+)(?= (?:after|at"
        r"|behind|outside|tomorrow|tmrw|tonight|later|when|if|fr|frfr|deadass|no cap|on god"
        r"|on everything|on my)|\s*(?:$|[.!?]))"
        r"|(?:he|she|hes|he s|shes|she s|bro|bro s|bros|they|theyre|they re) (?:is |s |are |re )?"
        r"(?:getting|gettin|gonna get|going to get|about to get) (?:smoked|rocked|jumped|merked"
        r"|shanked|stabbed|battered|bodied|sparked|clapped|bashed)(?= (?:fr|frfr|on god|no cap"
        r"|on everything|deadass|tomorrow|tmrw|tonight|after|when|if|at|outside|behind)"
        r"|\s*(?:$|[.!?]))"
        r"|(?:ill|i will|im going to|i m going to|im gonna|imma) (?:be|come|show up|pull up"
        r"|be waiting)(?: for (?:you|u|him|her))? (?:at|by|outside|to) (?:your|ur|his|her)"
        r"(?: \w+){1,2} with (?:a |my |the |his |her |a loaded )?(?:{firearm}|knife|knives"
        r"|machete|bat|axe|blade)",
    ),
    (
        "violence.weapon_to_school",
        "violence", "medium",
        r"(?:bring|bringing|brought|take|taking|took|carry|carrying|sneak|sneaking|snuck"
        r"|smuggle|smuggling) (?:a |an |my |his |her |the |some |my dads |dads )?(?:knife"
        r"|knives|blade|machete|switchblade|pocket knife|box cutter|weapon|weapons|brass"
        r" knuckles|taser|bat) (?:to|into|in|at) (?:{school})"
        r"|(?:{firearm}) (?:is )?in my (?:backpack|bag|locker|desk)"
        r"|(?:bring|bringing|bringin|brought|take|taking|carry|carrying) (?:a |the |my |his )?"
        r"(?:strap|straps|shank|blick) (?:to|into|in|at) (?:{school})"
        r"|(?:got|have|carrying|brought|packed) (?:a |my |the |his )?(?:knife|blade|shank|strap"
        r"|machete) (?:in|inside) (?:my|the|his) (?:bag|backpack|blazer|pocket|locker|coat)"
        r" (?:(?:for|in|during) (?:period|p) ?\d|(?:to|at|in|into|for) (?:{school}))",
    ),
    (
        "violence.weapon_instructions",
        "violence", "medium",
        r"(?:{how_to}) (?:make|build|create|assemble|3d print|print|craft|get|buy|obtain|steal"
        r"|purchase|order|find) (?:a |an |some |my own |a homemade |homemade |a real |a loaded"
        r" |an untraceable |untraceable )?(?:{firearm}|ghost guns?|zip guns?|silencers?"
        r"|suppressors?|flamethrowers?|ammo|ammunition|bullets)"
        r"|(?:where|how) (?:can|do|could|would|should) (?:i|a minor|a kid|a teen|someone my age)"
        r" (?:get|buy|obtain|find|steal|purchase) (?:a |an |some )?(?:{firearm}|ammo"
        r"|ammunition|explosives)",
    ),
    (
        "violence.harm_instructions",
        "violence", "medium",
        r"(?:{how_to})(?: (?:secretly|quietly|easily|actually))? (?:kill|murder|poison"
        r"|strangle|choke|stab|shoot|hurt|torture|drown|suffocate|kidnap|drug|assassinate"
        r"|attack|beat up) (?:a person|a human|someone|somebody|people|a teacher|my teacher|a kid"
        r"|a child|my (?:{person})|him|{her_obj}|them|a classmate|the teacher|the principal"
        r"|a student|a man|a woman|a guy|a girl|my enemy|an enemy|a cop|a police officer"
        r"|a bully|someone i hate)"
        r"|(?:{how_to}) get away with (?:killing|murdering|hurting|poisoning|stabbing|shooting"
        r"|murder|assault)(?! on)"
        r"|(?:{kill}|{killing}|murder|poison|hurt) (?:someone|somebody|a person|him|her|them)"
        r" (?:without (?:getting caught|leaving (?:a trace|evidence|fingerprints|any evidence)"
        r"|anyone (?:knowing|noticing|finding out))|and get away with it)",
    ),
    (
        "violence.wish_death_on_others",
        "violence", "medium",
        r"(?:i|i really|i just|i honestly) hope (?:you|u|he|she|they|yall|your (?:mom|family"
        r"|dad|whole family)) (?:{die}|dies|get shot|gets shot|get killed|gets killed|get hit by"
        r" a (?:car|bus|truck|train)|burn|rot)(?! (?:of|from) (?:laughter|laughing|embarrassment"
        r"|cringe))"
        r"|(?:you|u|ya) (?:should|deserve to|need to|ought to) (?:{die}|be (?:{dead})|get shot"
        r"|get killed)"
        r"|(?:i|i really|i just|i honestly) (?:hope|wish) (?:you|u|he|she|they|yall) (?:would"
        r"|will|could|just)(?: just)? (?:{die}|get shot|get killed|drop dead)"
        r"|(?:go )?(?:{die}) in a (?:hole|fire|ditch)|(?:go )?drop dead"
        r"|(?:i|i really|i just|i honestly) (?:hope|wish) (?:you|u|he|she|they|yall|him|her"
        r"|them)(?: would| will)? (?:bleeds? out|chokes? to death|drowns?|burns? alive"
        r"|suffers? (?:and|till|until)|gets? (?:stabbed|run over|beaten to death|mauled|hit by a"
        r" (?:car|bus|truck|train))|crash(?:es)? and (?:{die}|dies|burns?))"
        r"|(?:hope|wish|pray|praying|hoping) (?:that )?(?:\w+ ){0,5}?(?:gets?|get) (?:their|his"
        r"|her|your|ur|there) (?:heads?|faces?|teeth) (?:kicked|smashed|caved|bashed|punched) in"
        r"|(?:i|i really|i just|i honestly) (?:hope|wish) (?:he|she|they|you|u) (?:suffers?"
        r"|rots?)(?: (?:so|really|very))?(?: (?:bad|badly|much|forever))?(?=\s*(?:$|[.!?]))",
    ),
    (
        "violence.threat_report",
        "violence", "medium",
        r"(?:there|theres|there s) (?:is |s )?(?:going to|gonna|will) be (?:a|another) (?:school )?"
        r"(?:shooting|bombing|stabbing|attack|massacre) (?:at|in) (?:{school})"
        r"|(?:someone|somebody|he|she|they|a kid|this kid|a boy|a girl|a student|my friend"
        r"|my classmate) (?:is |s )?(?:going to|gonna|planning to|plans to|wants to|threatened"
        r" to|said (?:he|she|they) (?:would|will|was going to|is going to|wants to)) (?:shoot"
        r"|bomb|stab|attack|kill (?:everyone|people|students|kids) at) (?:up )?(?:{school})",
    ),
    (
        "violence.hit_list",
        "violence", "medium",
        r"(?:my|a|i made a|i have a|im making a|im writing a) (?:kill|death|hit) list",
    ),
    (
        # calls for violence against a person or a group: "they should all be shot",
        # "someone should stab him", "kill all the ...", "the cure is a bullet"
        "violence.call_for_violence",
        "violence", "medium",
        r"(?:they|them|he|she|you|yall|(?:(?:(?:all|all of|all the|the|those|these|every"
        r"|every single|most|some) )?(?:{grp})|every (?:single )?(?:immigrant|migrant"
        r"|refugee|foreigner|muslim|jew|traveller|traveler|gypsy|asylum seeker))(?: (?:on|in|at"
        r"|near|by|round|around) (?:our|the|this|that|my|their) \w+){0,2}) (?:should|must"
        r"|need to|needs to|ought to|deserve to|deserves to|gotta|have to|has to|better"
        r"|can all) (?:all |just |really |honestly"
        r" |literally |each |every one )?(?:be |get |getting )(?:all )?(?:(?:dragged|rounded"
        r"|lined|hunted|taken) (?:out|up|down) and )?(?:{harmed})"
        r"|(?:someone|somebody|sombody|somebdy|some1|sum1|anyone|anybody|people|we|yall"
        r"|you guys|everyone|one of us)(?: just| really| needs to)? (?:should|needs to|need to"
        r"|ought to|has to|have to|gotta|must|better|oughta)(?: (?:honestly|literally|seriously"
        r"|just|really|actually))? (?:{violent_act}) (?:{target}|(?:(?:all|every"
        r"|all the|all those|all these|those|these|the) )?(?:{grp}))"
        r"|(?:wish|hope|pray|praying|hoping|wishing) (?:that )?(?:someone|somebody|sombody"
        r"|some1|sum1|anyone|anybody) (?:would|will|could|d)(?: just| finally| actually)?"
        r" (?:stab|shoot|kill|murder|beat up|batter|jump|run over|strangle|knife|glass|smash)"
        r" (?:him|her|them|\w+)"
        r"|death to (?:all|every|every single|each)(?: (?:of )?(?:the|those|these))?"
        r" (?:{grp}|invaders?|traitors?|infidels?|politician|cop|immigrant|migrant|refugee"
        r"|muslim|jew|foreigner)(?!\w)"
        r"|(?:{violent_act}) every (?:single )?(?:politician|cop|immigrant|migrant|refugee|muslim"
        r"|jew|liberal|conservative|democrat|republican|traitor|journalist|protester|illegal"
        r"|foreigner|pedo|pedophile|senator|judge)(?!\w)"
        r"|(?:{violent_act}) (?:all|every|every single|all of|all the|all those|all these"
        r"|every last|(?:every|each|each and every|every last|every single) one of) (?:the )?"
        r"(?:{grp})"
        r"|(?:someone|somebody|some1|people|we|yall|you guys|everyone) (?:should|needs to|need to"
        r"|ought to|has to|have to|gotta|must|oughta) (?:torch|burn down|set fire to|firebomb"
        r"|blow up|bomb|shoot up) (?:the|his|her|their|that|this|your|ur|a|every|all the"
        r"|all of the|all their|all of their|every one of (?:the|their)|every single)"
        r"(?: \w+)? (?:house|home|office|car|school|mosque|church|synagogue|temple|shop|store"
        r"|restaurant|building|camp|shelter|shelters|hostel|hostels|clinic|center|centre"
        r"|houses|homes|mosques|churches|synagogues|temples|camps)"
        r"|(?:with|bring|bringing|brought|grab|get|carrying) (?:some |the |a few |a can of"
        r" |cans of |jerry cans of )?(?:petrol|gasoline|petrol bombs?)\W+(?:\w+\W+){0,3}?"
        r"(?:(?:clear|smoke|burn|drive|chase|force|run) (?:them|the lot|\w+) out|lock the doors"
        r"|(?:show|teach) them)"
        r"|(?:burn|burned|burnt|torch|torched|smoke|smoked) (?:the place|them|the lot of them"
        r"|the lot) out(?!\w)"
        r"|(?<!to\x20)(?:torch|firebomb|petrol bomb) (?:the|their|them|those|these|all the"
        r"|all their) (?:\w+ )?(?:caravans?|hotel|hostel|mosque|mosques|church|synagogue"
        r"|temple|houses|homes|flats|shops|centre|center)(?!\w)"
        r"|(?:the )?(?:cure|answer|solution|only solution|final solution|fix|only fix)"
        r"(?: for(?: \w+){1,3}?)? (?:is|s) (?:a |the )?(?:bullet|bullets|rope|gas|a gun"
        r"|guns|genocide|extermination|a bomb|fire)(?!\w)"
        r"|(?:deserves?|deserved) (?:a bullet|to be shot|to hang|the rope|to be hanged"
        r"|to be executed|to be lynched)"
        r"|needs? (?:a bullet in (?:the|his|her|their) (?:head|skull|brain)|to be shot|to be"
        r" hanged|to be executed|to be lynched)"
        r"|(?:put|putting|puts) a bullet (?:in|into|through) (?!(?:the|a|my|his|her) (?:chamber"
        r"|gun|magazine|mag|clip|rifle|pistol))\w+",
    ),
    # ---------------------------------------------------------------- violence / high
    (
        # the implied threats of a threat-assessment test set: a pity if something happened,
        # people who talk tend to have accidents, you'll lose a finger, i'll cut you, i'm
        # bringing the shotgun
        "violence.implied_threat",
        "violence", "medium",
        r"(?:be a|would be a|itd be a|it d be a|be such a|be a real|would be such a) (?:shame"
        r"|pity) if (?:(?:something|anything) (?:happened|happens|were to happen|was to happen"
        r"|bad|nasty)|(?:the|your|ur|that|this|those) (?:brakes|car|house|shop|windows?|kids"
        r"|family|dog|face|legs|tyres|tires|pretty face|little \w+)|(?:you|u|he|she|they"
        r"|someone|somebody|your \w+) (?:got|get|gets|were|was|ended up) (?:hurt|injured"
        r"|burned|burnt|hit|lost|found|in hospital))"
        r"|(?:tend|tends|seem|seems) to (?:have|get|meet with|end up (?:having|in)) (?:accidents?"
        r"|an accident|hurt|hospital)"
        r"|(?:you|u)(?:ll| ll| will| re going to| are going to| re gonna| are gonna| gonna"
        r"|re going to|re gonna) lose (?:(?:a|an|both|some) (?:finger|fingers|hand|hands|eye"
        r"|eyes|kneecaps?|legs?|arms?|ear|ears)|(?:your|ur) (?:fingers|kneecaps?|legs))"
        r"|(?:ill|i ll|i will|im gonna|i m gonna|im going to|i m going to|imma|ima|gonna)"
        r" cut (?:you|u)(?! (?:off|some|a|an|in|out|up|down|loose|short|free|slack|deal|break"
        r"|\w+ slack))"
        r"|(?:lovely|nice|beautiful|sweet|cute|pretty) (?:little )?(?:family|kids|wife|husband"
        r"|children|daughter|son|sister|house|home|car|dog)(?:\W+\w+){0,4}?\W+(?:keep (?:them"
        r"|it|her|him) (?:close|safe|inside)|(?:would|d) hate for)"
        r"|(?:im|i m|i am|ill be|i ll be|i will be) (?:bringing|coming with|coming round with"
        r"|turning up with|showing up with) (?:the|my|a|me) (?:shotgun|gun|knife|machete|rifle"
        r"|pistol|blade|piece|strap)(?=\s*(?:$|[.!?]|to (?:school|class|your|ur|his|her|their"
        r"|the school)|tomorrow|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)))",
    ),
    (
        # a warning to keep away from school, a last week to enjoy, a class that will be
        # sorry by a day: "if i was you i'd stay home monday", "tell everyone in 9b to stay
        # home thursday", "enjoy your weekend, it's your last one", "everyone who laughed at
        # me is going to regret it on friday", "nobody in that class will be laughing"
        "violence.school_warning",
        "violence", "medium",
        r"(?:if i (?:was|were|wer|wuz) (?:you|u|ya)|(?:tell|telling|told) (?:every(?:one|body)"
        r"|people|ppl|the whole \w+|all (?:of )?(?:your|ur|my|the) \w+)(?: (?:in|at) \w+)? to"
        r"|(?:you|u|yall|every(?:one|body)|people|ppl) (?:should|better|might want to|wanna"
        r"|want to|gotta|need to|needs to)|i d|id|i would|i wud|i wuld|i wld) (?:\w+ ){0,2}?"
        r"stay (?:at )?home (?:on |this |next )?(?:{weekday})(?! (?:because|cause|cos|coz"
        r"|since|as|with|and rest|to rest|if (?!i (?:was|were|wer|wuz) (?:you|u|ya))))"
        r"|enjoy (?:your|ur|his|her|their|this|the) (?:last|final) (?:week|weekend|day|days"
        r"|lesson|class)(?=\W*(?:$|all of (?:you|u|yall|them)|every(?:one|body)))"
        r"|enjoy (?:your|ur|his|her|their|this|the|these) (?:\w+ ){0,2}?(?:week|weekend|day"
        r"|days|holiday|holidays|break|summer|lesson|class|{weekday})\W+(?:\w+\W+){0,3}?"
        r"(?:its|it s|itll be|it ll be|it will be|thats|that s|this is|it (?:might|may|could"
        r"|will|would) (?:well |just )?be) (?:your|ur|his|her|their|the) (?:last|final)(?: \w+)?"
        r" (?:one|week|weekend|day)(?=\s*(?:$|[.!?]))"
        r"|(?:every(?:one|body)(?: (?:who|that|in|at) \w+(?: \w+){0,4}?)?|they|theyre|they re"
        r"|you all|yall|all of (?:you|u|them|yall)|(?:this|that|my|the|our) (?:whole )?(?:class"
        r"|school|year|year group|form)|(?:mr|mrs|miss|ms|sir) \w+(?: and \w+ \w+)?)"
        r"(?: (?:is|are|re|s|will|ll|gonna|going to|all|be)){1,4} (?:really |so |very |all )?"
        r"(?:regret (?:it|this|that|everything|what \w+ did)|sorry|get what s coming"
        r"|get whats coming|pay for (?:it|this|that))"
        r" (?:\w+ ){0,2}?(?:very soon|soon|real soon|(?:on )?(?:{weekday})|next week"
        r"|this week|after (?:half term|the holidays|the break|easter|christmas)|just (?:wait"
        r"|watch)|you ll see|youll see|wait and see)"
        r"|(?:nobody|no one|noone) (?:in|at) (?:this|that|my|the) (?:class|school|year|form"
        r"|room|group)(?: \w+)? (?:will|is going to|s going to|gonna|is gonna) (?:ever )?"
        r"(?:laugh|be laughing)"
        r"|remember (?:this|me|my name|what i said)(?: \w+){0,3}? when (?:it s|its|it is|im"
        r"|i m|i am|this is) on the news|(?:will|ll|gonna|going to) be news vans",
    ),
    (
        "violence.veiled_threat",
        "violence", "high",
        r"(?:dont|do not|better not|shouldnt|should not|stay home|stay away from|nobody should"
        r"|no one should) (?:come|go|be)(?: to| at)? (?:school|class|campus)"
        r" (?:tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|monday|tuesday"
        r"|wednesday|thursday|friday|this week|next week)(?! (?:if|because|cause|since|when|its"
        r"|it is|the|there|school is))"
        r"|(?:something|somethin) (?:bad|big|crazy|terrible) (?:is|s)? ?(?:going to|gonna|will)"
        r" happen (?:at|to) (?:school|the school|everyone|our school|this school)"
        r"|(?:theyll|youll) (?:all )?(?:pay|regret it|regret this|be sorry)(?=\s*(?:$|[.!?]))"
        r"|(?:they|you|yall|everyone|everybody|all of you|he|she) (?:will|ll|are all going to"
        r"|re all gonna|are gonna|re gonna|gonna|are going to|re going to|is going to) (?:all )?"
        r"(?:pay|regret it|regret this|be sorry|get what (?:they|you|he|she) deserve)"
        r"(?=\s*(?:$|[.!?]| for (?:this|what)))"
        # (one {intent_head} for both that follow it)
        r"|(?:{intent_head}) (?:(?:make|making) (?:{target}) pay(?=\s*(?:$|[.!?]| for (?:this"
        r"|what)))|(?:hurt|kill) (?:someone|somebody|people)(?=\s*(?:$|[.!?])))"
        r"|(?:you|u|ur|youre|your) (?:are |r |re )?(?:going to|gonna|gon) (?:{die})"
        r"(?: (?:tomorrow|tonight|soon|at school|when))",
    ),
    # ---------------------------------------------------------------- concern_for_other
    # A friend or relative at risk, told by the student ("my friend says she wants to die"):
    # the student is not the one at risk, and needs to hear how to help and whom to tell.
    # Statements in the first person that a student *reports* are moved here too (see
    # _reported_by_other).
    (
        "concern_for_other.imminent",
        "concern_for_other", "low",
        r"(?:my|a|our) {close_person}(?: {gapw}){0,6}? (?:is going to|is gonna|s going to|s gonna"
        r"|will|plans to|is planning to|said (?:she|he|they)(?: is| s| was| are| re)?"
        r" (?:going to|gonna)) (?:{kill} (?:herself|himself|themselves|themself)|hang"
        r" (?:herself|himself|themselves|themself)|shoot (?:herself|himself|themselves"
        r"|themself)|overdose|od|commit (?:{suicide})|end (?:her|his|their) (?:own )?life)"
        r" (?:tonight|today|right now|now|this weekend|tomorrow|after school)"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,3}? (?:just )?(?:took|swallowed|overdosed on)"
        r" (?:a bunch of|all (?:of )?(?:her|his|their)|too many|a whole bottle of|a lot of)"
        r" (?:pills|meds|tylenol|sleeping pills)",
    ),
    (
        "concern_for_other.friend_at_risk",
        "concern_for_other", "medium",
        r"(?:my|a|our) {close_person}(?: {gapw}){0,8}? (?:{kill}|{killing}|hurt|hurting|hurts|cut"
        r"|cuts|cutting|harm|harming|harms|hang|hanging|starve|starving|starves|unalive)"
        r" (?:himself|herself|themselves|themself)"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,2}? (?:is|s|seems|sounds|feels|has been|been)"
        r" (?:really |so |very )?(?:{suicidal})"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,5}? (?:wants|want|wanted|is going|is gonna"
        r"|plans|planning|tried|trying|keeps saying (?:she|he|they) wants?|says (?:she|he|they)"
        r" wants?|said (?:she|he|they) wanted) to (?:{die}|commit (?:{suicide})|end (?:his|her"
        r"|their) (?:own )?life|end it all|kill (?:herself|himself|themselves))"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,8}? (?:will|would|is going to|s going to"
        r"|is gonna|s gonna|might|could) (?:end (?:his|her|their) (?:own )?life"
        r"|commit (?:{suicide})|{kill} (?:herself|himself|themselves))"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,6}? (?:doesnt|does not|dont|do not|didnt"
        r"|did not) (?:want|wanna) (?:to )?(?:live|be alive|exist|be here)(?: anymore| any more)"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,6}? (?:keeps |kept )?(?:talks|talking|talked"
        r"|jokes|joking|joked) about (?:{suicide}|killing (?:herself|himself|themselves)"
        r"|ending (?:it|her life|his life|their life))"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,6}? (?:wrote|left|posted|sent me)"
        r" (?:a |her |his |their )?(?:{suicide}|goodbye) (?:note|letter|message)",
    ),
    (
        "concern_for_other.worried",
        "concern_for_other", "high",
        r"(?:worried|scared|afraid|concerned|terrified) (?:about|for|that) (?:my|a|our)"
        r" {close_person}(?: {gapw}){0,6}? (?:might|will|could|is going to|is gonna|would)"
        r" (?:hurt|harm|kill|do something to) (?:herself|himself|themselves|themself)"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,4}? (?:talks|keeps talking|talked|writes"
        r"|keeps writing) about (?:death|dying|not being here|not wanting to be here"
        r"|disappearing forever)"
        r"|(?:my|a|our) {close_person}(?: {gapw}){0,4}? (?:gave|is giving|has been giving) away"
        r" (?:all )?(?:her|his|their) (?:stuff|things|belongings|stuff and)",
    ),
    (
        # someone close to the writer hurt by another person: "my friend's dad hits her",
        # "my bro is getting jumped every day", "she says she walked into a door"
        "concern_for_other.being_hurt",
        "concern_for_other", "medium",
        r"(?:my|a|our) (?:{close_person}|mate|bro|sis|neighbou?r)s? (?:{hurter})"
        r"(?: (?:keeps|always|still|sometimes|often|really|literally|has been|actually))?"
        r" (?:{hurts}) (?:her|him|them)(?!{not_harm})"
        r"|(?:my|a|our) (?:{close_person}|mate|bro|sis)s?(?: {gapw}){0,12}? (?:her|his|their)"
        r" (?:{hurter})(?: (?:keeps|always|still|sometimes|often|really|literally|has been"
        r"|actually))? (?:{hurts}) (?:her|him|them)(?!{not_harm})"
        r"|(?:my|a|our) (?:{close_person}|mate|bro|sis|neighbou?r)s?(?: {gapw}){0,3}?"
        r" (?:is|s|keeps|has been|been|is always|keeps on) (?:getting|being) (?:jumped|beaten"
        r"|beat up|beaten up|battered|punched|kicked|strangled|choked|abused|hit|attacked"
        r"|hurt by)(?! (?:\w+ ){0,3}(?:in|on|at|during|by a|by the) (?:{play}))"
        r"|(?:i think|i m scared|im scared|im worried|i m worried|im afraid|i m afraid"
        r"|i know|pretty sure) (?:that )?(?:he|she|hes|shes|he s|she s|they|her (?:{hurter})"
        r"|his (?:{hurter}))(?: is| s| are| re| has been| keeps| is still)?"
        r" (?:hurting|hitting|beating|abusing|choking|strangling) (?:her|him|them|my \w+)"
        r"(?! (?:feelings|chances|grades|confidence|reputation|game|team))"
        r"|(?:pushing|pushed|pushes|shoving|shoved|shoves|threw|throws|throwing|kicking)"
        r" (?:him|her|them|my (?:\w+ )?\w+) (?:down the stairs|down (?:a|the) flight of stairs"
        r"|into (?:a|the) (?:wall|lockers?|radiator)|against (?:a|the) (?:wall|lockers?))"
        r"|(?:bruises?|black eye|burns?|marks|fingermarks|a split lip)(?: {gapw}){0,10}?"
        r" (?:says|said|claims|claimed|tells everyone|told (?:me|everyone|us|the teacher))"
        r" (?:she|he|they|it was because (?:she|he|they)) (?:walked into|fell|slipped|tripped"
        r"|banged|bumped)",
    ),
    # ---------------------------------------------------------------- sexual_minors / low
    (
        "sexual_minors.csam_terms",
        "sexual_minors", "low",
        r"child (?:porn\w*|sex abuse material|sexual abuse material|sexual abuse images|nudes"
        r"|erotica)|kiddie porn|kiddy porn|csam|cp (?:links|videos|pics|folder|trading)"
        r"|pedo (?:pics|videos|content|porn)|jailbait|lolicon|shotacon|loli (?:hentai|porn"
        r"|nudes)|(?:pre~teen|underage|under~age|minor) (?:nudes|porn\w*|pics|sex|sexting"
        r"|girls? nudes|boys? nudes|naked)",
    ),
    (
        "sexual_minors.reported_solicitation",
        "sexual_minors", "low",
        r"(?:asked|asks|asking|keeps asking|kept asking|wants|wanted|told|tells|begging|begged"
        r"|pressuring|pressured|forcing|forced|made|tried to get|trying to get|trying to make"
        r"|tried to make|keeps telling|kept telling|convinced|convince|threatened|threatening)"
        r" (?:me|us|my (?:friend|sister|brother|cousin|bestie|classmate))"
        r"(?: (?:to|for|if i (?:could|would|can|will)))?(?: (?:send|sending|take|taking|share"
        r"|sharing|show|showing|post|make))?(?: (?:him|her|them|him some|her some|some|a|my"
        r"|more|me|them some|a few))? (?:{nude_pics})"
        r"|(?:asked|asks|asking|keeps asking|kept asking|wants|wanted|begging|begged|pressuring"
        r"|pressured) (?:me )?(?:for|to see|to get) (?:some |more |a |my )?(?:{nude_pics})"
        r"|(?:(?:a|an|some|this|my|our|the) )?(?:adult|man|guy|older guy|old guy|stranger"
        r"|grown man|grown up|coach|teacher|tutor|neighbor|old man|dude|person|creep)"
        r" (?:online )?(?:sent|showed|keeps sending|kept sending|is sending) (?:me|us)"
        r" (?:nudes|naked pics|porn|pics of his (?:private|privates|dick|penis|body)"
        r"|a pic of his (?:private|privates|dick|penis)|sexual (?:pics|messages|videos|stuff))"
        r"|(?:asked|asks|asking|keeps asking|kept asking|wants|wanted|begging|begged|begs"
        r"|pressuring|pressured|tried to get|trying to get|convinced|threatened|threatening"
        r"|keeps telling|kept telling|told|tells) (?:me|us|my (?:friend|sister|brother|cousin"
        r"|bestie|classmate))(?: (?:to|if i (?:would|want to|wanted to|wanna|will|could)))?"
        r" (?:sext|sexting|sext with|talk dirty|have phone sex|do phone sex|cybersex"
        r"|(?:video chat|facetime|video call|cam|call) (?:\w+ )?(?:naked|nude"
        r"|without (?:my )?clothes|with no clothes)"
        r"|show (?:him|her|them) my (?:body|boobs|chest|butt|privates"
        r"|private parts|genitals)|do sexual (?:stuff|things)|send (?:him |her |them )?something"
        r" (?:spicy|sexy|dirty))"
        r"|(?:messaging|messages|messaged|texting|texts|texted|dming|dms|dmed|sending|sends|sent"
        r"|snapping|snapped|saying|says|said) (?:me|my (?:friend|sister|brother|cousin|bestie"
        r"|classmate)) (?:really )?(?:sexual|dirty|sexy|explicit|nsfw) (?:stuff|things|messages"
        r"|texts|pics|pictures|photos|videos|comments|questions|snaps)",
    ),
    (
        "sexual_minors.sexual_act_with_minor",
        "sexual_minors", "low",
        r"(?:want to|wanna|would|gonna|going to|like to|love to|how to|how do i|how can i|can i"
        r"|could i|should i|let me|i|im|id|ill) (?:fuck|rape|molest|have sex with|seduce|groom"
        r"|sexually (?:abuse|assault|touch)|touch the private parts of|hook up with)"
        r" (?:a |an |this |that |some |little |young |my |the ){0,3}(?:{minor})",
    ),
    (
        "sexual_minors.abuse_disclosure",
        "sexual_minors", "low",
        r"(?:touches|touched|touching|grabs|grabbed|grabbing|rubs|rubbed|rubbing|feels up"
        r"|felt up|kisses|kissed) (?:me|my (?:body|chest|butt|boobs|private|privates"
        r"|private parts|crotch|genitals|thighs?))(?: \w+){0,4}? (?:in|on|under|near|between)"
        r" (?:my )?(?:private|privates|private parts|down there|underwear|pants|clothes|shirt"
        r"|chest|crotch|genitals|legs)"
        r"|(?:touches|touched|touching) me (?:inappropriately|in a bad way|where i dont like"
        r"|in places|down there|there and|sexually|at night)"
        r"|(?:makes|made|forces|forced|wants|tells|told|tries to make|tried to make) me (?:to )?"
        r"(?:watch porn|look at porn|touch (?:him|her|his|their)|undress|take off my clothes"
        r"|get naked|sit on his lap|do sexual|have sex|give him|perform)",
    ),
    (
        "sexual_minors.intimate_images",
        "sexual_minors", "low",
        r"(?:threatening|threatened|threatens|threaten|going|gonna|will) (?:to )?(?:post|share"
        r"|leak|send|show|expose|spread) my (?:{nude_pics}|pics|pictures|photos|videos)"
        r"|(?:sharing|shared|posted|posting|leaked|leaking|spreading|spread|sent around)"
        r" my (?:{nude_pics})"
        r"|if (?:i|you|u) (?:dont|do not|wont|will not|refuse to|dont want to) send"
        r" (?:him |her |them |me )?(?:more |any |some )?(?:pics|pictures|photos|nudes|videos"
        r"|selfies|{nude_pics})"
        r"|(?:{subj}) (?:sent|send|shared|took|take|posted) (?:him |her |them |my bf |my gf"
        r" |my boyfriend |my girlfriend |a guy |someone |a stranger )?(?:some |a |my )?"
        r"(?:{nude_pics})",
    ),
    # ---------------------------------------------------------------- sexual_minors / medium
    (
        "sexual_minors.nude_request",
        "sexual_minors", "medium",
        r"send (?:me )?(?:your |ur |some |a |me a |me your |me some |more |her |his )?"
        r"(?:nudes|nude (?:pics?|photos?|pictures?|selfies?)|naked (?:pics?|photos?|pictures?"
        r"|selfies?|videos?)|sexy (?:pics?|photos?|pictures?|selfies?|videos?)|pics of your body"
        r"|pics without (?:your )?(?:clothes|shirt)|pics? of your (?:private|privates|boobs"
        r"|chest|butt))"
        r"|(?:show|flash) me (?:your|ur) (?:private|privates|private parts|boobs|chest|body"
        r"|butt|genitals)"
        r"|(?:take|taking) (?:off|of) (?:your|ur) (?:clothes|shirt|top|pants|bra) (?:on|for|in"
        r" front of) (?:camera|cam|video|me|facetime)"
        r"|(?:send|snap|show) (?:me )?(?:a |an |some |more |ur |your |yur |me a |me your "
        r"|me some )?"
        r"(?:pics?|pictures?|photos?|selfies?|vids?|videos?) (?:of (?:you|u|urself|yourself) )?"
        r"(?:in|wearing|with) (?:only |just )?(?:your |ur |a )?(?:underwear|bra|bikini|panties"
        r"|boxers|undies|lingerie|thong|towel|nothing on|nothing|no clothes|no shirt|no top)"
        r"|(?:send|snap|show) (?:me )?(?:a |an |some |more |ur |your |yur |me a |me your "
        r"|me some )?"
        r"(?:pics?|pictures?|photos?|selfies?|vids?|videos?) of (?:your|ur|yur) (?:body|private"
        r"|privates|private parts|boobs|chest|butt|ass|genitals|bum|bare body|naked body)"
        r"|(?:video chat|video call|videochat|facetime|ft|cam|skype|call|snap|webcam|zoom)"
        r"(?: (?:with )?(?:me|you|u|him|her))?(?: \w+)?? (?:without|with no|w/o|wo) (?:your |ur"
        r" |any |my )?(?:clothes|shirt|top|pants|bra|underwear)"
        r"|(?:naked|nude|topless) (?:on|over|in) (?:cam|camera|video|facetime|video chat"
        r"|video call|snap|skype|webcam|zoom)",
    ),
    (
        # a secret relationship with the writer: "he said not to tell my parents about us",
        # "nobody can know about us", "he tells me to delete our chats"
        "sexual_minors.secret_relationship",
        "sexual_minors", "medium",
        r"(?:{hide_from}) (?:about |that )?(?:{us_rel})"
        r"|(?:{hide_from}) (?:that )?(?:we|weve|we have|were|we are|we re) (?:talk|talking"
        r"|talked|text|texting|texted|chat|chatting|chatted|hang out|hanging out|hung out|met"
        r"|meet|meeting|dating|date|kissed|kissing|together|a thing|a couple)"
        r"(?! (?:about|for|to plan|to buy|to get|to make|on the|on a|in class) )"
        r"|(?:nobody|no one|noone|no1|nobody else|your parents|ur parents|anyone else)"
        r" (?:can|cant|can not|cannot|must|mustnt|must not|should|shouldnt|should not"
        r"|is allowed to|can ever|needs to|has to|gets to) (?:ever )?(?:know|find out|hear"
        r"|learn) (?:about )?(?:{us_rel})"
        r"|(?:keep|keeping|kept|hide|hiding|hid) (?:us|our relationship|our friendship|our thing"
        r"|what we (?:do"
        r"|did|have)|this relationship|our (?:chats?|texts|messages|calls|dms|snaps))"
        r" (?:a )?(?:secret|secrets|private|hidden|quiet|on the (?:down low|dl|low)|between us"
        r"|from (?:your|ur|my|his|her|everyone|everybody|anyone))"
        r"|our relationship (?:has to|needs to|must|should|will|is gonna|has got to|gotta|is|s"
        r"|is going to|have to) (?:stay|be|remain|be kept|stays) (?:a )?(?:secret|private"
        r"|hidden|between us)"
        r"|our secret relationship"
        r"|(?:tells|told|asks|asked|makes|made|wants|says|said|keeps telling) me (?:to )?"
        r"(?:always )?delete (?:our|all our|his|her|all his|all her|all of our) (?:chats?"
        r"|messages|msgs|texts|dms|convos?|conversations?|snaps|pics|photos)"
        r"|delete (?:our|all our|these|this|all these|all of our) (?:chats?|messages|msgs|texts"
        r"|dms|convos?|conversations?) (?:after|when|once|right after|before|as soon as) (?:you"
        r"|u|ur|your|we|i)"
        r"|delete (?:our|all our|the|these|this|his|her) (?:chats?|messages|msgs|texts|dms"
        r"|convos?|conversations?|pics|photos)(?: \w+){0,4}? (?:so|before|bc|because|cuz|cause"
        r"|or) (?:my|your|ur|his|her) (?:mom|mum|mother|dad|father|parents?|family|folks)"
        r" (?:doesnt|dont|wont|cant|never|does not|do not|will not|can not|cannot|finds|find"
        r"|sees|see)"
        r"|(?:tell|tells|told|finds out|find out|found out|knows|know|hears)(?: (?:my|your|ur"
        r"|his|her) (?:parents|mom|mum|dad|family|folks)| anyone| anybody)? (?:about )?(?:us"
        r"|our relationship|what we do|what we did)(?! \w+ing)(?: \w+){0,4}? (?:get|be|go"
        r"|end up|going|gonna|will) (?:\w+ )?(?:in trouble|arrested|to jail|in jail|to prison"
        r"|fired)"
        r"|(?:asks|asked|asking|keeps asking|kept asking|wants|wanted|told|tells|begging"
        r"|begged|invites|invited) (?:me )?(?:to )?(?:come over|hang out|sleep over|sneak out"
        r"|meet up|meet him|meet her|visit|chill) (?:\w+ ){0,2}?when (?:my|your|ur) (?:parents"
        r"|mom|mum|dad|family|folks) (?:arent|are not|isnt|is not|r not|aint) (?:home|around"
        r"|there|looking)",
    ),
    (
        # presents for pictures: "he offered me robux if i send him pics"
        "sexual_minors.gifts_for_pics",
        "sexual_minors", "medium",
        r"(?:offered|offers|offering|offer|give|gives|gave|giving|pay|paid|pays|paying|buy"
        r"|bought|buys|buying)(?: (?:me|you|u|ya|her|him|my \w+))?(?: \w+){0,3}? (?:robux"
        r"|vbucks|v bucks|money|cash|gift~cards?|dollars|bucks|skins|presents?|gifts?|a phone"
        r"|\$~\d+|\d+~\$"
        r"|an iphone|stuff) (?:if|for|to)(?: (?:i|you|u|she|he|we))?(?: (?:send|show|take"
        r"|sending|showing|taking|snap|snapping|sent|sends|snapped|showed|shows))?"
        r"(?: (?:him|her|them|me|it))?(?: (?:some|a|more"
        r"|a few|any|your|ur))? (?:pics?|pictures?|photos?|selfies?|snaps?|vids?|videos?|nudes)"
        r"(?: of (?:me|myself|my body|you|u|yourself|urself|her|herself|him|himself))?"
        r"(?! (?:of|from|for|showing|with|at|in|on|during) )",
    ),
    (
        # asking for sexual chat: "wanna sext", "sext me", "can i see u naked"
        "sexual_minors.sexual_chat_request",
        "sexual_minors", "medium",
        r"(?:wanna|want to|wana|lets|let s|can we|could we|should we|will you|would you|wud u"
        r"|will u|would u|can u|can you|do you want to|do u want to|do u wanna|do you wanna"
        r"|u wanna|you wanna|r u down to|are you down to|down to|tryna) (?:\w+ )??(?:sext"
        r"|sexting|talk dirty|dirty talk|have phone sex|do phone sex|cybersex|do sexual (?:stuff"
        r"|things)|do stuff on cam|get naked|play (?:a )?(?:sexy|naughty|dirty) game"
        r"|(?:trade|exchange|swap) (?:nudes|pics)|send nudes|see (?:me|each other) naked)"
        r"|sext me|sext with me|sexting me|(?:talk|talking|talks) dirty (?:to|with) (?:me|you|u)"
        r"|(?:see|seeing|watch) (?:you|u|ya) (?:naked|nude|undress\w*|strip|without (?:your |ur"
        r" |any )?clothes|in (?:your|ur) (?:underwear|bra|panties|boxers|undies))",
    ),
    (
        # "how do i get a 13 year old to send pics"
        "sexual_minors.pics_from_minor",
        "sexual_minors", "medium",
        r"(?:get|make|convince|trick|persuade|talk) (?:a |an |this |that |some |my |the |her"
        r" |his )?"
        r"(?:{minor}|{teen}) (?:\w+ ){0,2}?(?:to|into) (?:send|sending|show|showing|take|taking)"
        r" (?:me |him |her |them )?(?:some |a |more )?(?:pics?|pictures?|photos?|selfies?|nudes"
        r"|videos?)(?! (?:of|from|for|with) )",
    ),
    # ---------------------------------------------------------------- sexual_minors / high
    (
        "sexual_minors.grooming_signals",
        "sexual_minors", "high",
        r"(?:you|u|ur|youre|your) (?:are |r |re )?(?:so |really |very )?mature for (?:your|ur)"
        r" age"
        r"|(?:what|wat|wut) (?:are|r) (?:you|u) wearing(?: (?:right now|rn|now|tonight))"
        r"|(?:are|r) (?:you|u) (?:still )?(?:a )?virgin"
        r"|(?:send|show) me (?:your|ur) (?:feet|legs|body|butt)"
        r"|(?:are|r) (?:you|u) (?:home )?alone (?:right now|rn|now|tonight)",
    ),
)
# fmt: on


# (rule id, category, level, template A, template B, max gap in characters, same sentence).
# Fires when a match of A and a match of B (either order) are at most that many characters
# apart, and, when the last field is True, not separated by . ! or ?.
# fmt: off
_PROXIMITY_TABLE: tuple[tuple[str, str, str, str, str, int, bool], ...] = (
    (
        "sexual_minors.sexual_content_with_minor",
        "sexual_minors", "low",
        r"{sex_strong}", r"{minor}", 40, False,
    ),
    (
        "sexual_minors.secrecy_and_nudes",
        "sexual_minors", "low",
        r"{secret}", r"{nude_pics}|{sex_strong}", 100, False,
    ),
    (
        "sexual_minors.sexual_term_near_minor",
        "sexual_minors", "medium",
        r"{sex_broad}", r"{minor}", 40, True,
    ),
    (
        "sexual_minors.sexual_term_near_teen",
        "sexual_minors", "medium",
        r"{sex_strong}|{sex_broad}", r"{teen}", 30, True,
    ),
    (
        "sexual_minors.adult_relationship",
        "sexual_minors", "medium",
        r"(?:date|dating|go out with|going out with|relationship with|hook up with|hooking up"
        r" with|boyfriend is|girlfriend is|bf is|gf is|sleep with|sleeping with) (?:a |an |this"
        r" )?(?:(?:1[89]|[2-9]\d)(?: |-)?(?:yo|year old|years old|yr old|year-old)|adult|grown"
        r" man|older man|grown woman|older woman|teacher|coach|college guy|college student)"
        r"|(?:grown (?:man|men|woman|women|ups?)|adults?|(?:1[89]|[2-9]\d)(?: |-)?(?:yo|year old"
        r"|years old|yr old|year-old)|older (?:man|men|guy|guys|woman|women)) (?:\w+ )?"
        r"(?:dating|date|dates|dated|sleeping with|slept with|sleep with|hooking up with"
        r"|hook up with|kissing|kissed|in a relationship with|going out with)"
        r"|(?:boyfriend|girlfriend|bf|gf) (?:is|s) (?:like |about |almost |over )?(?:1[89]|[2-9]\d)"
        r"(?! (?:minutes|mins|hours|days|feet|ft|inches|in|pounds|lbs|kg|cm|miles|points))",
        r"{minor}", 60, False,
    ),
    (
        "sexual_minors.adult_in_authority_relationship",
        "sexual_minors", "medium",
        r"(?:my|our|the|a) (?:teacher|coach|tutor|principal|counselor|youth pastor|babysitter"
        r"|stepdad|step dad|stepbrother|uncle|neighbor)",
        r"(?:dating|date|going out with|hooking up with|hook up with|kissed|kissing|kisses"
        r"|sleeping with|slept with|in a relationship with|flirts with|flirting with|sexting"
        r"|sexts|wants to date|keeps kissing) me"
        r"|(?:asked|asks|keeps asking) me (?:out|on a date|to be his girlfriend|to be his"
        r" boyfriend|to be her girlfriend|to be her boyfriend)"
        r"|(?:were|we are|we re|weve been|we have been|we started) (?:dating|together|a couple"
        r"|kissing|hooking up|going out)|(?:is|s) my (?:boyfriend|girlfriend|bf|gf)",
        40, True,
    ),
    (
        "sexual_minors.abuse_secrecy",
        "sexual_minors", "low",
        r"(?:touches|touched|touching|touch|kisses|kissed|kissing|rubs|rubbed) me"
        r"|(?:makes|made) me (?:touch|kiss|undress)",
        r"{secret}|private|privates|down there|inappropriately|uncomfortable|dont like it",
        80, False,
    ),
    (
        "sexual_minors.grooming_secrecy",
        "sexual_minors", "medium",
        r"{secret}", r"{photo_meet}", 100, False,
    ),
    (
        # a picture or camera request to someone whose age under 18 is named: "send me pics
        # ur 14 right"
        "sexual_minors.pic_request_to_minor",
        "sexual_minors", "medium",
        r"{pic_req}", r"{age_you}", 60, False,
    ),
    (
        # undressing on camera: "turn on ur cam and take off ur shirt"
        "sexual_minors.undress_on_camera",
        "sexual_minors", "medium",
        r"(?:take|taking|took|get|getting) (?:off|of) (?:your|ur|yur|my) (?:clothes|shirt|top"
        r"|pants|bra|underwear|panties|boxers)|(?:take|taking|took) (?:your|ur|yur|my)"
        r" (?:clothes|shirt|top|pants|bra|underwear|panties|boxers) off|(?:get|getting) naked"
        r"|strip (?:for|naked|down)|stripping|undress\w*",
        r"video chat|video call|videochat|facetime|webcam|cam|camera|skype|zoom|live~stream"
        r"|on live",
        60, False,
    ),
    (
        # an adult or a stranger asking a child for pictures or to be alone: "some old dude
        # keeps asking me for pics", "a 20 year old wants her to send pics"
        "sexual_minors.adult_asks_for_pics",
        "sexual_minors", "medium",
        r"{adult}",
        r"{meet_alone}|{groom_cue}|(?:meet|see|hang out with) (?:me|you|u|up|him|her)? ?(?:irl"
        r"|in person|in real life|offline)|(?:keeps|kept|always|started|been|wont stop)"
        r" (?:texting|messaging|dming|snapping|calling|following|commenting on|liking) (?:me|my)",
        80, False,
    ),
    (
        # grooming cues next to secrecy, pictures or meeting alone: "he says im mature for my
        # age and wants to meet alone", "ur so mature for ur age, dont tell ur parents"
        "sexual_minors.grooming_cues",
        "sexual_minors", "medium",
        r"{groom_cue}",
        r"{secret}|{hide_from}|{meet_alone}|{pic_req}|(?:send|sends|sent|wants|want) (?:me |him"
        r" |her )?(?:a |some )?(?:pics?|pictures?|photos?|selfies?)(?! (?:of|from|for) )",
        100, False,
    ),
    (
        "sexual_minors.age_probe",
        "sexual_minors", "high",
        r"how old (?:are|r) (?:you|u)|(?:whats|what is) your age|(?:are|r) (?:you|u) (?:over|under)"
        r" (?:18|eighteen)",
        r"send|pics?|pictures?|photos?|selfies?|cute|sexy|hot|pretty|alone|secret|boyfriend"
        r"|girlfriend|mature|meet|single|body",
        80, False,
    ),
)
# fmt: on


# The self-harm rules that a recovery story can set off ("i thought about ending my life in
# 8th grade"); not the plans, notes, method questions and farewells.
_RECOVERY_RULES = (
    "self_harm.kill_myself", "self_harm.kms", "self_harm.end_my_life",
    "self_harm.intent_to_die", "self_harm.suicidal_statement", "self_harm.method_on_self",
    "self_harm.self_injury", "self_harm.not_want_to_live", "self_harm.better_off_without_me",
    "self_harm.end_it_all", "self_harm.passive_ideation", "self_harm.hate_my_life",
    "self_harm.disappear", "self_harm.nobody_would_care", "self_harm.hopelessness",
)  # fmt: skip

# Benign contexts. (guard id, rule ids or categories it applies to, "*" for all, template).
# A match of a rule is dropped when it overlaps a match of a guard that applies to the rule
# (frame guards, listed in _FRAME_TABLE, veto from nearby instead).
# fmt: off
_GUARD_TABLE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "denial",
        ("self_harm.kill_myself", "self_harm.method_on_self", "self_harm.self_injury",
         "self_harm.end_my_life"),
        r"(?:{denial}|not (?:like|that) i (?:want|wanna|wanted|would|plan|am going|m going|d)"
        r"(?: to)?) (?:{kill}|unalive|hurt|harm|cut|end|hang|shoot|stab|overdose)"
        r"~(?:{myself})|(?:{denial}) (?:end|take) my (?:own )?life"
        r"|(?:{denial}) (?:commit|do) (?:{suicide})",
    ),
    (
        "kill_self_idiom",
        ("self_harm.kill_myself", "violence.tell_to_kill_self"),
        r"(?:{kill}|{killing})~(?:{myself}|{yourself}) (?:laughing|with laughter|of laughter"
        r"|from laughing|over (?:it|this|that|homework|a test|a grade|grades|nothing))"
        r"|(?:dont|do not|no need to|never|shouldnt|wont) (?:go |try to |want to )?(?:{kill})"
        r"~(?:{yourself}) (?:over|for|studying|working|trying|with|about)",
    ),
    (
        "method_on_self_idiom",
        ("self_harm.method_on_self",),
        r"shoot~(?:{myself}) in the foot|drown(?:ing)?~(?:{myself}) in(?! (?:the|a|that|our"
        r"|my) (?:\w+ )?(?:lake|river|sea|ocean|bath|bathtub|tub|pool|canal|water|reservoir"
        r"|quarry|pond|loch|harbour|harbor|dam))"
        r"|(?:poison|poisoning|gas|gassing)~(?:{myself}) (?:with|by|accidentally|on)",
    ),
    (
        "die_idioms",
        ("self_harm.intent_to_die", "violence.wish_death_on_others", "violence.tell_to_kill_self"),
        r"(?:{die}|dies|died|dying) (?:of|from|laughing|with laughter) (?:laughter|laughing"
        r"|embarrassment|cringe|boredom|shame|happiness|joy|cuteness|jealousy|envy|curiosity"
        r"|excitement|hunger|thirst)",
    ),
    (
        "kms_units",
        ("self_harm.kms",),
        r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|few|many|some|hundred"
        r"|hundreds|thousand|thousands|of|in|per|how many|x) ?kms"
        r"|kms (?:per|an hour|a day|away|long|from|to|north|south|east|west|of|in|wide|high"
        r"|deep|an)",
    ),
    (
        "address_you_caringly",
        ("violence.tell_to_kill_self",),
        r"(?:{how_to}|how (?:do|would|does|could|can) (?:you|u|one|someone|people)(?: \w+)?)"
        r" (?:{kill}) (?:{yourself})"
        r"|(?:thinking|thoughts?|thought|think) (?:about|of) (?:{killing}|killing|kill)"
        r" (?:{yourself})"
        r"|(?:are|r) (?:you|u) (?:thinking|planning|going|gonna|trying) (?:about |on |to )?"
        r"(?:{kill}|{killing}|killing) (?:{yourself})"
        r"|(?:want|wanting|urge|urges) to (?:{kill}) (?:{yourself})"
        r"|(?:if|when) (?:you|u)(?: re| are|re)? (?:ever )?(?:feel|feeling|thinking|having"
        r" thoughts|think)(?: \w+){0,4} (?:{kill}) (?:{yourself})"
        r"|(?:please|pls|plz) (?:dont|do not) (?:{kill}) (?:{yourself})",
    ),
    (
        # a violent act disowned: "i'd never bring a gun to school"
        "violence_denial",
        ("violence",),
        r"(?:i|id|i d|i would|i will|ill|i ll|we|we d|we would|we will|wed)(?: \w+)?"
        r" (?:never|would never|will never|wouldnt ever|would not ever|not ever)"
        r"(?: (?:{denial_filler})){0,2} (?:bring|take|carry|sneak|shoot|stab|kill|hurt|bomb"
        r"|attack|hit|punch|do|{denied_act})"
        r"|(?:im|i m|i am) (?:not|never) (?:ever )?(?:going to|gonna) (?:actually |really )?"
        r"(?:bring|take|carry|sneak|shoot|stab|kill|hurt|bomb|attack|hit|punch|jump|fight"
        r"|{denied_act})"
        r"|(?:i|i really|i just)(?: \w+)? (?:wont|will not|won t) (?:ever )?(?:actually )?"
        r"(?:bring|take|carry|sneak|shoot|stab|kill|hurt|bomb|attack|hit|punch|jump|touch|fight"
        r"|{denied_act})",
    ),
    (
        # the news of an attack, asked about or passed on: "did you see the news about the
        # stabbing downtown"
        "news_question",
        ("violence",),
        r"(?:did|have|has|d)(?: (?:you|u|ya|yall|anyone|any1|anybody|everyone|you guys|u guys"
        r"|any of you))? (?:see|seen|hear|heard|read|watch|watched|catch|caught)"
        r"(?: (?:the|that|this))?(?: (?:news|story|article|report|video|vid|clip|headline"
        r"|thing|post|bit)(?: (?:about|on|of|re))?| (?:about|on|of|re)) (?:the|that|a|this"
        r"|those)|(?:saw|seen|heard|read) (?:it |this |that )?on the news"
        r"|(?:saw|seen|heard|read|reading|watched|watching) (?:the|that|this) (?:news|story"
        r"|article|report|headline|documentary)(?: this morning| last night| today)? (?:about"
        r"|on) (?:the|that|a|this|those)",
    ),
    (
        # a question about taking a medicine safely: "is it dangerous to take ibuprofen and
        # paracetamol together?", "what's the maximum dose of ibuprofen for period pain"
        "medicine_question",
        ("model.self_harm",),  # the model's finding only (no rule reads a dose question)
        r"(?:is it|is that|would it be|are they) (?:safe|dangerous|bad|ok|okay|normal|fine"
        r"|harmful) (?:to )?(?:take|mix|have|combine|use)"
        r"|(?:can|should) (?:you|u|i|people) (?:take|mix|have|combine)(?: \w+){0,4}? (?:together"
        r"|with|and|at the same time|every (?:day|night)|for (?:a|my|period|tooth|head))"
        r"|(?:max|maximum|recommended|normal|usual) (?:dose|dosage|amount)"
        r"|(?:get|be|become) addicted to|side effects? of|(?:safe|ok|okay) to take"
        # a dose got wrong: "what happens if you take too much vitamin d", "... if i take two
        # ibuprofen instead of one" (not "too many", pills counted: a method question)
        r"|what (?:happens|would happen|will happen) if (?:you|u|i|someone|a person|people)"
        r" (?:take|takes|took|have|has|had|eat|eats|ate|drink|drinks|drank) (?:too much|extra"
        r"|double|(?:\w+ ){1,3}?instead of)"
        # a medicine taken by mistake: "my brother swallowed one of grandad's pills by mistake"
        r"|(?:swallowed|took|taken|ate|eaten|had) (?:\w+ ){0,6}?(?:by (?:mistake|accident)"
        r"|accidentally)|accidentally (?:swallowed|took|taken|ate|had|gave|double)",
    ),
    (
        # a hateful demand that names no violence: "they should go home", "send them all
        # back", "taking our jobs" (a call for violence names what is to be done; the model
        # reads the group and the anger)
        "nonviolent_demand",
        ("model.violence",),  # the model's finding only
        r"go (?:back|home)|deport\w*|send (?:them|em) (?:all )?(?:back|home)|sent back"
        r"|(?:taking|take|took|takes) (?:our|all the|all our|over)|leech\w*|scroungers?"
        r"|(?:should|need to|needs to|must) (?:all )?leave|get out of (?:our|my|this) country"
        r"|close the borders?|(?:dont|do not|doesnt) belong",
    ),
    (
        # a story, a character, a phrase: "my murder mystery needs a way for the butler to
        # hide the knife", "is ophelia's death a suicide or an accident", "idioms to learn:
        # kill time"
        "about_a_work",
        ("model.self_harm", "model.violence"),  # the model's finding only
        r"(?:my|our|a|this|for a|for my) (?:murder mystery|mystery|short story|story|novel"
        r"|screenplay|script|fanfic|fan fiction|comic|manga|poem|plot|dnd campaign"
        r"|d&d campaign|crime novel|whodunit|thriller)"
        r"|(?:in|from|of) (?:the|this|that|a) (?:book|novel|play|poem|story|movie|film|show"
        r"|series|chapter|scene|episode|myth|legend|ballad|opera)"
        r"|(?:the|a|my|our|his|her|their) (?:main )?(?:character|characters|protagonist"
        r"|narrator|villain|detective|butler|heroine|antagonist|killer in the)"
        r"|\w+s (?:death|murder|suicide) (?:a|an|was|is|in|at)"
        r"|idioms?|phrases? (?:to learn|like|such as)|figures? of speech",
    ),
    (
        "games_and_play",
        ("violence",),
        r"(?:{kill}|{killing}|murder|murdering|shoot|shooting|stab|stabbing|attack|attacking"
        r"|destroy|beat|punch|hurt|choke|choking|bomb|bombing|blow|blowing|{die}|dies|died"
        r"|dead|get killed|gets killed|get shot|gets shot)(?: \w+){0,4}"
        r" (?:at|in|on|during|for) (?:a |the |this |that |our |my |your |his |her |tonight s"
        r" |todays )?(?:{games})"
        r"|(?:{kill}|{killing}) (?:\w+ )?with kindness",
    ),
    (
        # a death in a game: "fastest way to die in terraria so i respawn at my bed"
        "game_deaths",
        ("self_harm.method_seeking", "self_harm.intent_to_die", "self_harm.kill_myself"),
        r"(?:{die}|dies|died|dying|death|{kill}~(?:{myself}))(?: \w+){0,5}"
        r" (?:in|on|during) (?:{games})(?: \w+){0,5} (?:respawn\w*|spawn\w*|checkpoint|save"
        r"|level|mode|world|run|round|match)"
        r"|(?:{die}|dies|died|dying|{kill}~(?:{myself}))(?: \w+){0,5} (?:to|so (?:i|you|u)"
        r" (?:can |could )?) ?(?:respawn|reset (?:the|my) (?:spawn|run|level)|get back to"
        r" (?:my|the) (?:bed|spawn|checkpoint|base))"
        # dying every round: "i keep dying first every round"
        r"|(?:{die}|dies|died|dying)(?: first| early| straight away)? (?:every|each|in every|in"
        r" each) (?:round|game|match|raid|level|wave)",
    ),
    (
        # low mood with intent denied in so many words: "i'm not going to do anything daft",
        # "not thinking about hurting myself, just homesick", "i've never wanted to actually
        # do anything about it"
        "intent_denied",
        ("model.self_harm",),  # the model's finding only (a rule's denial is "denial")
        r"(?:im|i m|i am|i was) not (?:thinking (?:of|about)|going to|gonna|planning (?:to|on)"
        r"|about to)(?: do(?:ing)?)? (?:anything (?:stupid|daft|silly|drastic|dumb|rash)"
        r"|hurt(?:ing)? myself|harm(?:ing)? myself)"
        r"|(?<!im\x20)(?<!i\x20m\x20)(?<!i\x20am\x20)not (?:thinking (?:of|about)) (?:hurt(?:ing)?"
        r"|harm(?:ing)?) myself"
        r"|(?:ive|i ve|i have) never (?:wanted|planned|tried) to (?:actually )?(?:do anything"
        r"|act on (?:it|them)|hurt myself)"
        r"|(?:its|it s|it is) not (?:that|like) i (?:want|wanna) to (?:die|go anywhere|hurt"
        r" myself)",
    ),
    (
        # violence condemned in the writer's own words, not quoted: "nobody deserves to be
        # beaten for who they love", "it's never okay to hit your partner"
        "violence_condemned",
        ("violence", "concern_for_other"),
        r"(?:no one|noone|nobody|no body|no (?:kid|child|person|student|woman|man|girl|boy"
        r"|human|one|human being))(?: (?:ever|at all))? (?:deserves?|should (?:ever )?(?:have"
        r" to|be|get)) (?:to )?(?:be |get )?(?:\w+ ){0,2}?(?:{condemned_harm})"
        r"|(?:violence|hitting|hurting|beating|abuse|bullying|threatening|fighting|stabbing"
        r"|knife crime) (?:is|s) never (?:ok|okay|acceptable|the answer|right|fine|justified"
        r"|a solution)"
        r"|(?:its|it s|it is) never (?:ok|okay|acceptable|right|fine|alright) to (?:hit|hurt"
        r"|beat|attack|threaten|kill|stab|shoot|abuse|punch|slap|bully)",
    ),
    (
        # advice to tell an adult about someone's threat or crisis: "if your mate says he's
        # going to stab someone, tell an adult", "if you hear someone talk about shooting up a
        # school, tell a teacher straight away" (the clause after the comma is the advice)
        "advice_to_tell",
        ("violence", "concern_for_other"),
        r"(?:if|when|whenever) (?:you|u|your \w+|ur \w+|a friend"
        r"|a mate|a classmate|someone|somebody|anyone|anybody|people|a student|a kid)"
        r"(?: [\w']+){1,14}?,\x20?(?:then\x20)?(?:always\x20)?"
        # ("..., screenshot it and tell someone", "..., take it seriously and tell an adult")
        r"(?:(?:screenshot it|take it seriously|save it|don t laugh|dont laugh|speak up)"
        r"(?: and| then)? )?(?:tell|report|talk to|speak to"
        r"|let|go to|message|contact)(?: (?:it|this|them|that) to)?"
        r"(?: (?:an|a|a trusted|your|the|someone|somebody|staff))?(?: \w+)?? (?:adult|teacher"
        r"|staff|police|parent|parents|counsell?or|head of year|someone|somebody|know"
        r"|safeguarding)",
    ),
    (
        "shoot_idioms",
        ("violence",),
        r"shoot\w*(?: (?:{target}))(?: (?:a |an )?(?:text|message|msg|email|e~mail|dm|note"
        r"|line|look|glance|smile|question|call|quick|invite|pic|photo|reply|wave|shot)"
        r"|(?: \w+){0,4}? (?:for (?:a |the |my |your |our )?(?:photos?|portraits?|portfolio"
        r"|headshots?|yearbook|magazine|videos?|film|project|photo shoot|shoot|class|assignment)"
        r"|with (?:a |my |the |his |her |our )?(?:camera|phone|nerf|water gun|squirt gun"
        r"|paintball|airsoft|lens|drone|dslr|snowball|rubber band|marshmallow|foam)))"
        r"|stab\w*(?: \w+){1,2} in the back(?! of)|shoot (?:my|your|his|her|our) shot|photo~shoot"
        r"|shoot (?:hoops|baskets|free throws|a video|a film|a movie|a scene)"
        r"|shoot (?:more |less |it |the ball )?(?:from |on |at )(?:outside|distance|range|goal"
        r"|the box|the edge|the wing|the line|three|3s|threes)",
    ),
    (
        "harmless_bombs",
        ("violence",),
        r"(?:bath|seed|glitter|stink|water|smoke|yarn|cherry|calorie|flavor|flavour|paint"
        r"|photo|f|truth|love|chocolate|cake|snow|dm|text|emoji|nerf|confetti|sugar|salt|fizz"
        r"|fizzy)~bombs?|bomb calorimeter\w*|bomb (?:calorimetry|pop|pops|dot com)"
        r"|(?:tnt|c4|bombs?|explosives?|dynamite|grenades?|guns?|rifles?|pistols?|weapons?"
        r"|swords?|bows?)(?: \w+){0,3} (?:in|on|for) (?:minecraft|roblox|fortnite|terraria|sims"
        r"|gta|(?<!for\x20)the game|a game|my game|this game|unity|blender|unreal|scratch"
        r"|a story|my story"
        r"|a drawing|a movie|a play|drama class|theater|theatre|a video game|halo|cod|call of duty"
        r"|zelda|skyrim|rust|ark|dnd|d&d|a costume|cosplay|halloween|the school play|stage|a skit"
        r"|props?|a prop)"
        r"|(?:toy|nerf|water|squirt|paintball|airsoft|bb|pellet|glue|hot glue|potato|spud"
        r"|rubber band|paper|lego|cardboard|popsicle stick|foam|bubble|cap|laser|staple|nail"
        r"|heat|spray|massage|tattoo|grease|caulk|radar|light|ray)~guns?"
        r"|(?:paper|lego|cardboard|toy|fake|prop|wooden|foam|popsicle stick)"
        r" (?:gun|guns|rifle|pistol|sword|knife|bomb)",
    ),
    (
        "recreational_jumps",
        ("self_harm.plan",),
        r"jump\w* (?:off|from) (?:a|the|this|that|my) (?:\w+ )?(?:cliff|bridge|roof|balcony"
        r"|building|tower)(?: \w+){0,3} (?:into|in) (?:the|a) (?:water|lake|ocean|river|pool"
        r"|sea|quarry|foam pit|snow|trampoline)",
    ),
    (
        "academic_topic",
        ("*",),
        r"(?:{suicide}|{suicidal}|self~harm|school shootings?|shootings?|bombings?|terrorism"
        r"|murder|violence|abuse)(?: \w+){0,3} (?:for|in|as|on) (?:my|our|an?|the|this)"
        r" (?:essay|paper|report|project|presentation|topic|class|assignment|research|debate"
        r"|speech|homework|psych class|psychology class|health class|english class"
        r"|history class|book report|unit|lesson|worksheet)",
    ),
    (
        "quoted_literature",
        ("self_harm", "violence"),
        r"(?:character|characters|narrator|speaker|poem|poet|author|line|lines|quote|quotes"
        r"|quoted|lyric|lyrics|song|verse|chapter|scene|act|book|novel|play|story|movie|film"
        r"|episode|text|passage|stanza|protagonist|villain|hero|heroine|fanfic)[^\".!?]{0,60}?(?:\"|(?<!\w)')[^\".!?]{1,160}?(?:\"|'(?!\w)|$)",
    ),
    (
        "titles_and_media",
        ("*",),
        r"how to get away with murder|to kill a mockingbird|kill bill|killing eve"
        r"|the killing joke|suicide squad|(?:{kill}) (?:the|this|that|a|my|your) (?:process|task"
        r"|job|app|program|server|tab|thread|pid|switch|light|lights|engine|music|mood|vibe"
        r"|noise|power|signal|bug|spider|fly|mosquito|weeds?|germs?|bacteria|zombie|zombies"
        r"|boss|creeper|dragon|monster|enemy|character|battery|time)"
        r"|(?:{kill})~-~\d+|(?:{kill}) (?:all|a|the) process\w*|pkill|killall",
    ),
    (
        "sex_benign",
        ("sexual_minors",),
        r"sex (?:of|determination|chromosomes?|cells?|linked|linkage|organs?|education|ed"
        r"|hormones?|ratio|ratios|differences?|characteristics?|assigned|assignment|roles?"
        r"|selection|and gender|or gender|/gender|reassignment|segregat\w*|discrimination"
        r"|based|specific)"
        r"|(?:opposite|same|either|both|each|one|other|biological|assigned|the|its|their"
        r"|his|her|kittens?|puppys?|puppies|childs|babys|baby s|determine|determining"
        r"|identify|identifying|the same|different|male|female) sex(?:es)?"
        r"|sexual (?:reproduction|selection|dimorphism|orientation|identity|health|education"
        r"|development|maturity|maturation|characteristics|organs?|harassment policy)"
        r"|sexually (?:transmitted|reproduc\w*|mature|dimorphic|active)"
        r"|(?:social|sexual) intercourse(?= (?:between|among) (?:nations|cultures|people))"
        r"|(?:rape|molestation|abuse) (?:trial|case|charges?|allegations?|accusations?)"
        r"|(?:accused|accusing|accusation|convicted|charged) (?:\w+ ){0,2}(?:of|with)"
        r" (?:rape|raping)"
        r"|naked (?:eye|mole|mole~rats?|singularity|truth|flame|lightbulb|gun|ape)"
        r"|nude (?:colou?r|colored|shade|lipstick|heels|shoes|tone|beige|makeup|nail\w*|palette"
        r"|tights|pantyhose|bra)|(?:{kill}) (?:all|the) child\w*|strip (?:for|down) (?:parts"
        r"|scrap|paint)|the nude in art|nude (?:model|figure|study|sculpture|statue|painting)s?"
        r"|(?:statue|sculpture|painting|renaissance|classical|greek|roman)(?: \w+){0,3}"
        r" nude|sex (?:ed|education) (?:class|unit|teacher|chapter|lesson|curriculum)",
    ),
    (
        "sex_education",
        ("sexual_minors.sexual_term_near_minor", "sexual_minors.sexual_term_near_teen"),
        r"(?:explain|explaining|explained|talk|talking|teach|teaching|learn|learning|lesson"
        r"|lessons|curriculum|class|unit|chapter|questions?|health)(?: \w+){0,2}"
        r" (?:about |on |of )?(?:sex|puberty|sexual health|consent)"
        r"|(?:kid|child|family|age)~(?:friendly|appropriate) (?:\w+ ){0,3}(?:sex|puberty)"
        r"|(?:puberty|consent|periods?|body changes|growing up|reproduction|relationships)"
        r" (?:and|or|&) (?:sex|sexuality)"
        r"|(?:sex|sexuality) (?:and|or|&) (?:puberty|consent|relationships|reproduction"
        r"|growing up)",
    ),
    (
        # health questions about one's body: "is it normal for my privates to itch im 12"
        "puberty_health",
        ("sexual_minors.sexual_term_near_minor", "sexual_minors.sexual_term_near_teen"),
        r"(?:my|his|her|their) (?:privates|private parts|private area)(?: \w+){0,2} (?:itch\w*"
        r"|hurt\w*|burn\w*|sore|swollen|smell\w*|bleed\w*|pain\w*|rash\w*|bumps?|hair"
        r"|grow\w*|normal|red|dry)"
        r"|(?:itch\w*|pain|painful|rash\w*|bumps?|hair|swelling|soreness|sore|dry skin"
        r"|discharge|redness) (?:\w+ ){0,2}(?:on|in|near|around|down) (?:my|his|her|their)"
        r" (?:privates|private parts|private area)",
    ),
    (
        "porn_safety",
        ("sexual_minors",),
        r"(?:shouldnt|should not|dont|do not|cant|cannot|can not|never|not allowed to|protect"
        r" \w+ from|keep \w+ (?:away )?from|block|blocking|filter|filtering) (?:watch |see"
        r" |look at |view |watching |seeing |viewing )?porn",
    ),
    (
        "art_nudity",
        ("sexual_minors",),
        r"(?:naked|nude|nudity)(?: \w+){0,4} (?:painting|paintings|sculpture|sculptures|statue"
        r"|statues|artwork|fresco|mural|portrait|in art|renaissance|museum)"
        r"|(?:painting|paintings|sculpture|statue|artwork|fresco|renaissance|cherubs?|putti"
        r"|museum)(?: \w+){0,4} (?:naked|nude|nudity)",
    ),
    (
        "safety_advice",
        ("sexual_minors",),
        r"(?<!if\x20i\x20)(?<!if\x20u\x20)(?<!if\x20you\x20)"
        r"(?:never|dont|do not|shouldnt|should not|not to|wont|will not|avoid|refuse to"
        r"|think (?:twice )?before you)(?: ever)? (?:send|share|post|sending|sharing|posting)"
        r"(?: \w+){0,2} (?:pics?|pictures?|photos?|selfies?|videos?|images?|nudes"
        r"|(?:nude|naked|sexy|private) (?:pics?|pictures?|photos?|selfies?|videos?|images?))"
        r"|(?:if|when) (?:an adult|a grown up|a stranger|someone|anyone|somebody|a person|people"
        r"|anybody)(?: \w+){0,3} (?:asks?|asking|tells?|telling|wants?|pressures?|pressuring)"
        r"(?: you| me)?(?: to| for)? (?:keep (?:a |it |this |things )?secrets?"
        r"|keep (?:it|this) (?:a )?secret|send|share|pics?|pictures?|photos?|selfies?|nudes"
        r"|meet|meet up)"
        r"|(?:never|dont|do not|shouldnt|should not|not to|avoid|refuse to)(?: ever)? (?:meet"
        r"|meet up|go|hang out|video chat|facetime)(?: \w+){0,3} (?:alone|with strangers"
        r"|with (?:someone|people|anyone|a stranger) (?:you|u) met online)",
    ),
    (
        "minor_benign",
        ("sexual_minors",),
        r"minor (?:key|keys|chord|chords|scale|scales|third|sixth|seventh|league|leagues"
        r"|detail|details|issue|issues|change|changes|injury|injuries|character|characters"
        r"|role|roles|planet|planets|axis|arc|premise|error|errors|mistake|mistakes|problem"
        r"|problems|point|points|edit|edits|update|updates|in|offense|offence|offenses|party"
        r"|parties|adjustment|adjustments|surgery|leaguer|tweaks?|bugs?|version|release"
        r"|damage|burns?|cuts?|differences?|variations?|flaw|flaws|scratch|note|notes|mode"
        r"|modes|arcana|prophets?|league)"
        r"|(?:a|my|the|in|with|her|his) minor (?:in|of)"
        r"|child (?:process|processes|node|nodes|element|elements|class|classes|component"
        r"|components|theme|window|table|row|rows|thread|threads|widget|item|items|object"
        r"|objects|entity|record|records|directory|directories|pid|task|tasks|span|spans)"
        r"|(?:parent|parents) and child|kid gloves|karate kid"
        r"|(?:{age_num}) years? old (?:car|house|laptop|phone|computer|dog|cat|tree|building)",
    ),
    (
        "grooming_benign",
        ("sexual_minors.grooming_secrecy",),
        r"surprise|birthday|party|gift|present|presents|christmas|anniversary|proposal",
    ),
    # ---- frame guards (see _FRAME_TABLE): they veto a match from the words around it ----
    (
        # a past attempt, ideation or self-harm told as over, with present recovery: "i
        # thought about ending my life in 8th grade, then i got help and im doing way better",
        # "300 days clean from self harm", "i attempted at 14 and im so glad im still here"
        "recovery_frame",
        _RECOVERY_RULES,
        r"(?:got|get|getting|gotten|found|asked for|reached out for|went to|sought|started"
        r"|starting|began|go to|going to) (?:me |myself )?(?:some |the |real |professional"
        r" |a lot of |the right )?(?:help|treatment|therapy|support|a therapist|counseling"
        r"|counselling|a counsell?or|a psychologist|a psychiatrist)"
        r"|(?:in|to|at) a (?:much |way |so much |far |really |lot )?(?:better|good|safe"
        r"|healthier|happier|great) (?:place|spot)"
        r"|thanks to (?:my |the )?(?:therapist|therapy|counselor|counsellor|counseling|meds"
        r"|medication|treatment|mom|dad|parents|family|friends|doctor|support)"
        r"|coping (?:skills|strategies|tools)|(?:healthier|better) ways to cope"
        # the story's now: "im in year 12 now", "now i am doing a course i
        # enjoy", "i'm doing grand now"; the help it tells of: "took me to a counsellor"
        r"|(?:im|i m|i am) (?:in|at) (?:year \d+|\w+ grade|uni|university|college|sixth form)"
        r"(?: [\w']+){0,3}? now"
        r"|now i (?:am|m) (?:\w+ )?(?:doing|studying|working|at|in|living|married)"
        r"|(?:doing|feeling|im|i m|i am) (?:grand|brilliant|alright|well)(?: now| these days)"
        r"|(?:talking|talked|spoke|speaking|went|took me|takes me|sent me|referred me) to (?:a |my"
        r" |the )?(?:counsell?or|therapist|psychiatrist|psychologist|doctor|gp|camhs|nurse)"
        r"|(?:something|some|a bit of) hope(?:ful)?|hope for (?:anyone|someone|you)"
        r"|(?:like|love|enjoy) (?:my )?life (?:now|again|today|these days)"
        r"|(?:actually|finally|really) (?:like|love|enjoy) (?:my )?life"
        r"|(?:therapy|my therapist|counseling|counselling|my counselor|my counsellor|treatment"
        r"|my meds|medication|meds|rehab|my (?:mom|dad|parents|family|friends|best friend"
        r"|bestie|teacher|counselor|school counselor)) (?:really |honestly |actually |has |have"
        r" |totally |so much |helped me |literally )*(?:helped|helps|saved|got me through)"
        # (not another's belief: "my family think im ok")
        r"|(?<!think\x20)(?<!thinks\x20)(?<!thought\x20)(?<!say\x20)(?<!says\x20)(?<!said\x20)"
        r"(?<!pretend\x20)(?<!pretending\x20)(?<!like\x20)(?<!believe\x20)"
        r"(?:im|i am|i feel|im feeling|i am feeling|feeling|doing|im doing|i am doing|things"
        r" are|things got|it got|life is|my life is|everything is|i got|im in|i am in|i m)"
        r" (?:so |so much |way |much |a lot |alot |really |finally |actually |now |a |soo+ ){0,3}"
        r"(?:better|okay|ok|good|great|happy|happier|healthier|stable|(?:better|good|safe)"
        r" place)(?! (?:at|than|to|for|because|idea))"
        r"|(?:in|my|on the road to) recovery|recovered|recovering"
        r"|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few"
        r"|many|several|a couple|a couple of|a whole|over a|almost a|nearly a)"
        r" (?:days?|weeks?|months?|years?|yrs?|mos?) (?:clean|sober|free|self~harm free|sh free"
        r"|without (?:cutting|self~harm\w*|sh|hurting myself|an attempt)"
        r"|since (?:{crisis_since}))"
        r"|(?:clean|sober) (?:for|since|from)|(?:self~harm|sh|cutting)~free"
        r"|(?:so |really |just )?(?:glad|happy|grateful|thankful|relieved|lucky)"
        r" (?:that )?(?:im|i am|i m|i was|i|to be) (?:still (?:here|alive|around)|alive|here"
        r"|survived|didnt|did not|made it|stayed|failed|got help|reached out|talked to)"
        # (an act of the crisis, not any: "i haven't cooked a real meal in a month")
        r"|(?:havent|have not|hadnt|had not)(?! (?:stopped|been able to stop))(?: \w+){0,2}?"
        r" (?:{recovered_act})(?: \w+){0,3}?"
        r" (?:in|for) (?:\d+ |a |one |two |three |four |five |six |several |a few |few |many"
        r" |so many |over a |almost a |nearly a |like |a long |a whole )?(?:days|weeks|months"
        r"|years|yrs|while|time|year|month)"
        # (since the crisis, not since anything: "it's been three years since i lost my job")
        r"|(?:its|it s|it has|its been|it s been|been) (?:\w+ ){0,2}(?:months|years|a year"
        r"|a while|a long time) since (?:{crisis_since})"
        # the story told as past and done: "that was five years ago", "that was 2016"
        r"|that was (?:\w+ ){0,2}(?:years?|months?) ago|that was (?:in )?(?:19|20)\d\d"
        r"|(?:just|finally) (?:finished|completed|passed|graduated|got accepted)"
        r"|got accepted (?:onto|into|to|at|for)"
        r"|(?:im|i m|i am) (?:\w+ )?(?:grateful|thankful) (?:every day|to be (?:alive|here)"
        r"|to still be (?:alive|here)|(?:that )?(?:im|i m|i am) still (?:alive|here))"
        r"|(?:now |finally )?i (?:really )?(?:want|wanna) to live(?! (?:but|anymore|any more))"
        r"|(?:dont|do not|no longer|never) (?:feel|think) (?:like |about )?(?:that way|this way"
        r"|it|that|like that)(?: anymore| any more)?|not anymore"
        r"|{not_told}(?:it|things|life) (?:really |does |did |finally )?(?:got|gets|get|getting)"
        r" better{not_doubted}"
        r"|proud of (?:myself|me)|(?:made|make|making) it through|(?:clean |sh |my )streak"
        # the story's turn to the present: "i'm 33 now, married", "since then i've retrained",
        # "today i finished my first year of nursing", "5 years alive since the night",
        # "now i thank him every time i see him", "never thought i'd make it here"
        r"|(?:im|i m|i am) (?:\d\d|twenty\w*|thirty\w*) now|now (?:im|i m|i am) (?:\d\d|twenty"
        r"\w*|thirty\w*)(?! (?:pills|tablets|days|hours))"
        r"|since then (?:i|ive|i ve|i have|its|it s|things)"
        r"|(?:today|this year|this week|this month|last week|last month) i (?:finished"
        r"|graduated|passed|turned|celebrated|qualified|started (?:uni|university|college|work"
        r"|a new job|my new job|sixth form)"
        r"|got (?:my |a |an |the |into )(?:\w+ ){0,3}?(?:job|place|offer|degree|diploma|keys"
        r"|licen[cs]e|uni|university|college|results))"
        # a belief told as past and wrong: "i used to think everyone would be better off
        # without me. i was so wrong"
        r"|i was (?:so |completely |totally |very |really )?wrong"
        r"|now (?:im|i m|i am) (?:in|at) (?:year \d+|\w+ grade|uni|university|college"
        r"|sixth form)"
        r"|(?:years?|months?) (?:alive|clean|safe)|alive since"
        r"|now i (?:thank|love|like|enjoy|help|work|teach|volunteer|run|look after|coach)"
        r"|(?:now )?(?:im|i m|i am) in (?:therapy|treatment|recovery|counselling|counseling)"
        r"(?: and| now|,)"
        r"|(?:i )?(?:finished|completed|passed) my (?:diploma|degree|course|training|first year"
        r"|apprenticeship|exams|a levels|gcses|nursing)"
        r"|never thought (?:i d|id|i would|i ll|ill) (?:make it|see|be)"
        r"|now i (?:have|ve got|got) (?:a |an |my |the )?(?:\w+ )?(?:job|dog|cat|puppy"
        r"|girlfriend|boyfriend|partner|baby|house|flat|degree|friends|husband|wife)(?!\w)"
        r"|i (?:know|realise|realize|see) (?:now )?(?:that )?(?:it |that |this )?(?:wasnt"
        r"|was not|isnt|is not) true"
        r"|now i (?:have|ve got|got|see) (?:a |an |my |the )?(?:\w+ )?(?:therapist|counsell?or"
        r"|psychiatrist|meds|medication|medicine|support|treatment)"
        r"|(?<!only\x20thing\x20)(?:im|i am|i m) (?:\w+ )?looking forward to"
        r"|(?:therapy|therapys|my therapist|counsell?ing|my meds|meds|medication|treatment)"
        r" (?:is |are |s |has been |have been |been |is really |is actually |really |actually )?"
        r"(?:working|helping)"
        r"|no longer (?:think|thinking|want|wanting|feel|feeling|have|get|getting|cut|cutting"
        r"|hurt|hurting)"
        r"|(?:(?<!in\x20and\x20)out of|left|discharged from|home from) (?:the )?(?:psych ward"
        r"|psych unit|psych hospital|inpatient|rehab)"
        r"|scars (?:have |are |re )?(?:faded|fading|healed|healing)"
        r"|if (?:you re|youre|you are|anyone is|anyone s|someone is) (?:\w+ ){0,2}(?:where i was"
        r"|in that (?:\w+ )?place|going through (?:it|this|that|what i))"
        r"|{not_told}(?:it|things|life) (?:really |honestly |truly |actually )?(?:can|does"
        r"|will|did) (?:change|get better|improve){not_doubted}",
    ),
    (
        # a friend's words told as a joke, or the friend fine now: "my friend said she wanted
        # to die when she saw her results but she was joking", "... i think shes fine now"
        "friend_fine",
        ("concern_for_other.friend_at_risk", "concern_for_other.worried"),
        r"(?:she|he|they|shes|hes|theyre|she s|he s|they re)(?: was| were| is| are)? (?:just "
        r"|only |totally |obviously |clearly |definitely |honestly |actually |really )?"
        r"(?:joking|kidding|laughing|messing (?:around|about)|being dramatic)"
        r"|(?:shes|hes|theyre|she s|he s|they re|she is|he is|they are) (?:doing )?(?:totally "
        r"|completely |honestly |actually |really |definitely |100 )?(?:fine|okay|ok"
        r"|alright|all right)"
        r"|(?:it|that|this) was (?:totally |just |only |obviously |clearly )?(?:a joke|joking"
        r"|banter|sarcasm|sarcastic)"
        # in therapy since: "he's been in therapy since january"
        r"|(?:shes|hes|she s|he s|she has|he has|theyve|they ve|they have) been (?:in|going to"
        r"|seeing) (?:therapy|treatment|counsell?ing|counseling|a therapist|a counsell?or"
        r"|a counselor)(?: since| for| every| now)"
        # the friend well now: "she's at uni now and doing amazing", "now he's doing loads
        # better", "she's the happiest i've ever seen her"
        r"|(?:shes|hes|theyre|she s|he s|they re|she is|he is|they are)(?: \w+){0,5}? (?:doing"
        r"|feeling) (?:so |really |loads |way |much |a lot |heaps |super )?(?:better|well|great"
        r"|amazing|brilliant|good)"
        r"|(?:shes|hes|she s|he s|she is|he is|theyre|they re|they are) (?:the |so much |way"
        r" |much )?(?:happiest|happier)",
    ),
    (
        # staying home because someone is ill, or for the weather: "you sound really sick,
        # i'd stay home tomorrow if i were you"
        "stay_home_reason",
        ("violence.school_warning",),
        r"sick|ill|unwell|poorly|fever|flu|covid|cold|temperature|contagious|germs|throwing up"
        r"|threw up|vomit\w*|migraine|headache|rest|snow|ice|icy|storm|flood\w*|strike"
        r"|doctor|dentist|appointment|recover\w*|chicken ?pox|tonsillitis|virus|bug",
    ),
    (
        # a threat taken back: "i swear ill murder her. jk obviously", "not literally"
        "take_back",
        ("violence.harm_person", "violence.wish_death_on_others", "violence.veiled_threat",
         "violence.school_warning"),
        r"jk|jkjk|j k|jks|jking|just (?:kidding|joking|playing)"
        r"|(?<!not\x20)(?<!no\x20)(?<!aint\x20)(?:kidding|joking)"
        r"|not (?:literally|really|actually|for real)"
        r"|(?:obviously|obv|obvi|ofc|of course|clearly) (?:not|im not|i wont|i wouldnt|i dont"
        r" mean it|a joke|joking|kidding)"
        r"|(?:i|id|ill|i d|i ll) (?:would |will |could )?never (?:actually|really|do that"
        r"|do it|hurt|ever)|(?:i|id) wouldnt (?:actually|really|do that|do it|ever)"
        r"|(?:its|it s|thats|that s|just) (?:a joke|an expression|a figure of speech|hyperbole"
        r"|sarcasm)|(?:im|i am|i m) (?:just )?being (?:dramatic|sarcastic)"
        r"|but (?:i|i m|im) (?:didnt|did not|didn t)(?: and (?:i )?(?:wont|will not|won t))?"
        r"|but (?:im|i am|i m|i will|i ll|ill|i) (?:not|never|wont|won t|dont|don t)"
        r" (?:going to|gonna|actually|really|do it|do that|act on it)(?! (?:lie|stop|wait|let))"
        r"|(?:its|it s|it is|thats|that s) (?:not|never|isnt) worth (?:it|getting|going|the)",
    ),
    (
        # hyperbole about a petty cause: "im gonna kill my brother he ate my leftovers lol"
        "petty_cause",
        ("violence.harm_person", "violence.wish_death_on_others", "violence.veiled_threat",
         "self_harm.intent_to_die", "self_harm.kill_myself", "self_harm.kms"),
        r"(?:ate|eaten|eat|eats|eating|finished|finishing|took|taken|takes|taking|stole"
        r"|stolen|steals|stealing|used|uses|using|drank|drinks|drinking|broke|breaking|hid"
        r"|hides|hiding|unplugged|unplugging|borrowed|sat on|stepped on|ruined|ruining|lost"
        r"|losing|deleted|deleting|scratched|cracked|spilled \w+ on|spilt \w+ on|leaves|left"
        r"|leaving|wears|wore|wearing|plays|played|playing|hear|hearing|heard)"
        r" (?:my|the|our|all my|all of my|all the|your|ur|my last|the last|my whole|the whole"
        r"|her|his|their|her last|his last|that|this)"
        r"(?: \w+){0,2}? (?:leftovers|food|fries|pizza|snacks?|chips|cereal|candy|cookies?"
        r"|dessert|lunch|dinner|breakfast|sandwich|burger|ice cream|noodles|ramen|soda|boba"
        r"|chocolate|cake|cupcakes?|donuts?|nuggets|takeout|slice|chicken|popcorn|juice|coffee"
        r"|cookie|charger|chargers|headphones|earbuds|airpods|hoodie|sweater|controller|remote"
        r"|seat|spot|save|save file|switch|xbox|ps5|playstation|console|wifi|pen|pencil"
        r"|eraser|calculator|stickers?|legos?|minecraft world|base|shampoo|makeup|tv|dishes"
        r"|straighteners|hair ?dryer|towels?|toothbrush|milk|hot water|clothes|shoes|perfume"
        r"|song|songs)"
        r"|spoil\w* (?:the|it|everything|that|this|a|my|the whole)(?: \w+){0,2}? (?:ending"
        r"|finale|episode|show|series|movie|film|book|season|plot|game|twist|surprise|manga"
        r"|anime)|spoil\w* (?:it|everything|the ending) for (?:me|us)|spoilers?"
        r"|(?:lost|threw|throws|throwing|lose|losing) (?:us |me )?(?:the|our|my|this)"
        r"(?: \w+)? (?:game|match|round|bet|ranked game|streak)"
        r"|(?:made|makes|make) (?:us|me) lose",
    ),
    (
        # hyperbole about an embarrassing moment: "i wanted to die when the teacher read my
        # essay out loud"
        "embarrassment",
        ("self_harm.intent_to_die", "self_harm.kill_myself", "self_harm.kms",
         "self_harm.disappear"),
        r"out loud|aloud|in front of (?:everyone|everybody|the (?:whole )?(?:class|school|team"
        r"|grade|gym)|(?:my|her|his|their) (?:whole )?(?:class|crush|friends|team)|all my friends"
        r"|my crush)"
        r"|embarrass\w*|cringe\w*|mortif\w*|so awkward|(?:my )?voice cracked|i tripped"
        r"|(?:i )?fell (?:on|in|down|off|flat) (?:my face|the stairs|stage|in front)"
        r"|baby (?:pics|photos|pictures|videos)|on the projector|called on me"
        r"|(?:my )?crush (?:saw|heard|noticed|looked at|walked in|read|liked|replied|texted"
        r"|said hi)|accidentally (?:sent|liked|called|replied|said|hit reply)"
        r"|(?:sent|texted) (?:it|that|this) to the wrong|wrong (?:group chat|chat|person)"
        r"|said (?:i )?love you to",
    ),
    (
        # sports trash talk: "we're gonna kill them in the finals", "... friday night"
        "sports_trash_talk",
        ("violence.harm_person", "violence.shoot_or_stab_person", "violence.veiled_threat"),
        r"friday night|(?:the |our |this |next |tonight s |todays |big |home |away |rivalry"
        r" |championship |playoff |title )?(?:game|games|match|finals|semis|semifinals|playoffs"
        r"|tournament|championship|meet|scrimmage|rematch|regionals|sectionals|state finals"
        r"|season|league|bracket)"
        r"|on the (?:field|court|ice|pitch|mat|track|scoreboard)|(?:by|with) \d+ (?:points"
        r"|goals|runs)|(?:the )?other team|rivals?|varsity|jv|homecoming|kickoff|tip off"
        r"|tipoff|(?:our|the) (?:team|squad|coach)",
    ),
    (
        # someone's threat that the writer has already handed to an adult: "someone in our
        # group chat said he'd bring a knife on monday. i screenshotted it and sent it to the
        # head of year" (the day is the threat's, told; the writer has done the right thing)
        "told_an_adult",
        ("violence",),
        r"(?:i|we|me and \w+)(?: \w+){0,3}? (?:told|reported|showed|sent|forwarded|emailed"
        r"|messaged|screenshotted|screenshot)(?: (?:it|this|that|them|him|her|the \w+"
        r"|a screenshot|screenshots))?(?: (?:and|then) (?:sent|showed|gave|forwarded|reported)"
        r"(?: it| them| this)?)? (?:it |them )?(?:to )?(?:my |the |our |a |an )?(?:head of year"
        r"|head of \w+|head teacher|headteacher|head|teacher|form tutor|tutor|principal"
        r"|vice principal|deputy head|police|school|safeguarding lead|dsl|counsell?or|mum|mom"
        r"|dad|parents|year head|adult|trusted adult|staff)(?!\w)",
    ),
    (
        # a threat quoted to condemn it or reported as news: "people posting that they
        # should all be shot is disgusting", "he was arrested for posting a threat to ..."
        "reported_threat",
        ("violence",),
        r"horrif\w*|disgust\w*|sickening|vile|gross|evil|hateful|unacceptable|awful|terrible"
        r"|wrong|scary|terrifying|(?:never|isnt|is not|aint|wasnt|was not) (?:an? )?(?:ok|okay"
        r"|cool|funny|acceptable|a joke|right)|not (?:ok|okay|cool|funny|acceptable)"
        r"|not (?:just )?banter|(?:is|its|it s|thats|that s) a crime|(?:be|been|get|got|getting"
        r"|was|were) reported|reported (?:it|them|him|her|the)|(?:to|told) the"
        r" police|(?:is|are) better than (?:you|this|that)|scrubbed|painted over"
        r"|(?:does not|doesnt|do not|dont) speak for|incitement|hate speech"
        r"|(?:isnt|is not|not) (?:free speech|an opinion|banter|clever)"
        # "if you're saying someone should be shot, you're the problem", "... is intimidation,
        # full stop", "people who threaten to ... should face real consequences"
        r"|(?:you re|youre|you are) the (?:real |actual )?problem"
        r"|(?:is|s|its|it s|thats|that s) (?:\w+ )?(?:abuse|intimidation|harassment|assault"
        r"|a threat)(?!\w)|should (?:face|get) (?:real |serious |the )?(?:consequences|punished"
        r"|jail|prison|time)"
        r"|nasty|cruel|toxic|disturbing|messed up|(?:is|thats|that s|its|it s) bullying"
        r"|(?:told|reported (?:it |this |him |her |them )?to) (?:a |an |the |my |our )?(?:teacher"
        r"|counselor|counsellor|adult|trusted adult|principal|parents?|mom|mum|dad|police)"
        r"|(?<!should\x20i\x20)(?<!do\x20i\x20)(?<!can\x20i\x20)tell (?:a|an|your)"
        r" (?:teacher|counselor|counsellor|adult|trusted adult|principal|parent)"
        r"|report (?:it|them|the post|the account|him|her)"
        r"|(?:needs?|has|have) to stop|(?:please |pls )?stop (?:posting|saying|joking|making)"
        r"|should be (?:banned|reported|ashamed|arrested|expelled|suspended)|shame on"
        r"|condemn\w*|(?:people|anyone|those|whoever|someone) who (?:\w+ ){1,8}(?:are|is)"
        r" the (?:real |actual )?problem"
        r"|(?:no one|noone|nobody|no body) deserves"
        r"|(?:the|in the|an|this|that) (?:news|article|headline|report|documentary|podcast)"
        r"|(?:was|were|got|been|being|is|are|get|gets) (?:arrested|charged|convicted|sentenced"
        r"|expelled|suspended|caught|detained|investigated|questioned|kicked out)"
        r"|(?:police|cops|fbi|authorities|officials) (?:said|say|says|arrested|found|charged"
        r"|investigated|are investigating)"
        r"|the (?:suspect|shooter|gunman|attacker|perpetrator|defendant)|according to"
        r"|(?:told|tells|telling) the (?:court|jury|judge)|the (?:court|jury) (?:heard|was told)"
        r"|the (?:judge|prosecutors?|prosecution) (?:said|says|told)"
        r"|made (?:threats|a threat)"
        r"|call\w* (?:it|them|him|her|that|this|those) out|(?:literally |just )?(?:a|an)"
        r" (?:call|calls) (?:to|for) violence"
        r"|(?:get|gets|got|getting) (?:\w+ ){1,2}?(?:expelled|suspended|arrested|kicked out)",
    ),
)
# fmt: on

# Frame guards: a guard above whose id is here vetoes a match of a rule it applies to when
# it matches within ``before`` characters before the match or ``after`` characters after
# it (not by overlapping it), when the words from the start of the match's clause to its
# end match ``need`` (if given: "i thought about ..." is told as past, "i want to ..." is
# not), and when nothing in the message matches ``counter`` (the risk is present after all:
# "again", "relapsed", "i still do", "unless?", "im serious", a weapon).
# (guard id, before, after, need template, counter template)
# fmt: off
_RISK_NOW = (
    r"relaps\w*|slipped|slip up|slipped up|broke my (?:clean )?streak|lost my streak"
    r"|reset my (?:streak|counter|count)"
    r"|(?<!happy\x20)(?<!myself\x20)(?<!smile\x20)(?<!smiling\x20)(?<!laugh\x20)(?<!laughing\x20)(?<!okay\x20)"
    r"(?<!ok\x20)(?<!normal\x20)(?<!alive\x20)(?<!good\x20)(?<!hope\x20)(?<!better\x20)(?<!living\x20)"
    r"(?<!safe\x20)(?<!friends\x20)(?<!person\x20)(?<!human\x20)(?<!me\x20)again"
    r"|still (?:want|wanna|wish|think|thinking|thought|feel like|feeling like|do|does|cut"
    r"|cutting|hurt|hurting|self~harm\w*|sh|hate|dont want|cant stop|suicidal|wanting"
    r"|plan|planning|fantasi\w*|dream|dreaming|mean it|(?:have|having|get|getting|struggle"
    r" with|struggling with) (?:\w+ )?(?:thoughts|urges|the urge|a plan|plans|suicidal"
    r"|the pills|the blade))"
    r"|(?:havent|have not|never|cant|can not|cannot|couldnt|hasnt|has not|didnt|did not)"
    r" (?:really |ever |fully )?stop(?:ped)?|(?:keep|keeps|kept) (?:thinking|coming back)"
    r"|(?<!had\x20an\x20)(?<!had\x20any\x20)(?<!\bno\x20)(?<!so\x20is\x20the\x20)urges?"
    r"(?! (?:is|are|has|have|s) (?:gone|faded|fading|less|weaker|rare|quieter|smaller))"
    # (not an urge met with a way of coping: "i still get the urge sometimes. i ring my
    # friend instead", "things to do when the urges come and most of the time they work")
    r"(?!(?:\W+\w+){0,16}?\W+(?:instead|(?:that|they|it|which) (?:work|works|help|helps)"
    r"|things that|ways to cope|coping|ride (?:it|them) out))"
    r"|tempted|(?:im|i am|i m) (?:scared|afraid|worried) (?:i ll|ill|i will|i might|im)"
    r"|thought (?:it|this) was over|(?:it s|its|it is) not over"
    # (a habit that goes on: "it started in year 8. i'm in year 10 now and it's most nights")
    r"|(?:its|it s|it is|and) (?:still )?(?:most|every|all) (?:nights|days|night|day|mornings)"
    r"|it (?:started|began) (?:in|when|at|around|after|back in)"
    # (a store kept for later: "i'm saving the new ones for when i'm ready")
    r"|(?:saving|saved|stockpil\w*|hoard\w*) (?:them|the (?:\w+ )?(?:ones|pills|tablets|meds)"
    r"|my (?:\w+ )?(?:pills|tablets|meds|medication)|pills|tablets|meds)"
    r"|for when (?:im|i m|i am) ready"
    # (a recovery that did not last: "things were okay for a while and now ...")
    r"|(?:okay|ok|good|better|fine|alright) for a (?:while|bit|few \w+) (?:but|and|until)"
    r"|i know (?:what|how|when) (?:im|i m|i am|i ll|ill) (?:going to |gonna )?do"
    r"|but (?:i|im|i m) (?:really |still |just |so )*(?:want|wanna|need|needing|wanting) to"
    r"(?=\s*(?:$|[.!?,;]))"
    r"|{serious}"
)
# when: a risk told as recent ("last night", "on saturday"); not an anniversary ("two years
# ago tonight"). A recovery story reads these in the sentence of the match only: "six months
# since i stopped cutting. wore a singlet to the beach on saturday" tells of the beach.
_RISK_WHEN = (
    r"(?<!ago\x20)tonight|last night|yesterday|this (?:morning|afternoon|evening|week|weekend)"
    r"|earlier today|right now|rn|just now|(?:an|one|two|three|a few|\d+) (?:hours?|minutes?"
    r"|mins?) ago|(?:on|last|this past) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|weekend)"
)
# what says that a threat or a wish to die is meant after all
_SERIOUS = (
    r"(?:im|i am|i m) (?:dead |being |so |very )?serious|(?:not|no|aint|im not|i m not"
    r"|i am not) (?:kidding|joking|playing)|for real|frfr|fr fr|deadass|no cap|i mean it"
    r"|i lied|(?:i was|i m|im) lying"
    r"|unless|or am i|or not|(?:half|kinda|kind of|sort of|partly|only partly|mostly)"
    r" (?:kidding|joking|serious)|seriously (?:though|tho)|but (?:seriously|fr)"
)
_RISK_NOW = _RISK_NOW.replace("{serious}", _SERIOUS)
# when a threat is to be carried out, or what with
_THREAT_CUES = (
    r"guns?|pistols?|rifles?|shotguns?|knife|knives|blades?|machete|bat|axe|hammer|bombs?"
    r"|glock|weapons?|ammo|bullets|tonight|tomorrow|after school|at school|right now|rn"
    r"|this (?:weekend|week|afternoon|evening)|(?:on|next|this) (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|when (?:i|he|she|they) (?:get|gets) home|i will"
    r" find|for what (?:he|she|they|you|u) (?:did|said|done)|(?:hit|hits|hurt|hurts|touched"
    r"|touches|punched|abused|raped|assaulted|threatened|bullied|bullies|bullying|beat up"
    r"|beats up) (?:me|my|her|him|us)"
)
_WISH_STANDS = (
    r"(?:really|still|actually|genuinely|honestly|do|so) (?:want|hope|wish) (?:for )?(?:it|that"
    r"|this) (?:to )?happens?"
)
# a year that tells a story as past: "in 2019", "back in 2021"
_PAST_YEAR = r"(?:in|back in|during) (?:19|20)\d\d"
_PAST_TOLD = (
    r"thought|wanted|wished|tried|attempted|used to|use to"
    r"|(?<!wish\x20i\x20)(?<!wish\x20)(?<!if\x20i\x20)(?<!if\x20)(?:was|were|had)"
    r"|felt|went through|struggled|dealt|did|kept|havent|have not|believed|convinced|figured"
    r"|hadnt|had not|stopped|quit|survived|clean|sober|recovered|back then|in the past"
    r"|when i was|ago|in (?:\d+|\w+)(?:st|nd|rd|th) grade|in middle school|last year|no longer"
    r"|" + _PAST_YEAR + r"|found me"
    # a school year or a season gone by: "i spent most of year 10 planning ...", "last winter i
    # posted here saying ..."
    r"|(?:in|during|most of|all of|all through|throughout) year \d+"
    r"|last (?:winter|summer|spring|autumn|fall|term|christmas|easter)"
)
# a time that tells a risk as past, right after its words: "... in 2021", "... years ago"
_TOLD_AFTER = re.compile(
    r"(?: \w+){0,3}? (?:" + _PAST_YEAR + r"|(?:\w+ )?(?:years?|months?) ago|back then|when i was)\b"
)
# a threat in someone's words: said, posted, written, chanted, threatened
_REPORTING = (
    r"saying|say|says|said|posting|post|posts|posted|writing|write|writes|wrote|written"
    r"|screenshot\w*|spray~painted|(?:s|the|his|her|their) (?:messages|texts|emails|letters|posts)"
    r"|tweet\w*|text|texted|texting|typed|threaten\w*|threats?|joking about|jokes about"
    r"|call\w* for|chant\w*|yell\w*|shout\w*|scream\w*|comments?|commented|captions?"
    r"|people who (?:say|post|want)|(?:be|being) told|telling (?:someone|somebody|people"
    r"|anyone|a person|others|them|him|her|a kid|kids)"
    # (a threat put in general words: "telling a woman you'll find where she lives", "to tell
    # a kid you'll stab him")
    r"|(?:tell|telling) (?:a|an|the|your|some|any) \w+ (?:you ll|youll|you will|you re going"
    r"|youre going|that)"
    r"|(?:the|a) (?:message|post|note|video|comment)"
    r'|["\u201c\u201d]\w+'  # a quotation opens
)
# a threat meant after all, or soon
_MEANT_SOON = (
    r"(?<!\bis\x20)(?<!\bs\x20)(?<!\bwas\x20)not a joke|no joke|(?:this|it) is real"
    r"|tonight|tomorrow|after school|this (?:weekend"
    r"|week|afternoon|evening)|(?:on|next|this) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|next week|(?:real|really|very) soon|watch the news"
)
# what makes a question about a medicine a question about dying
_MEDICINE_RISK = (
    r"\w*die|dying|dead|death|kill|killing|suicid\w*|end it|end my|not wake up|never wake up"
    r"|wont wake up|too late|lethal|fatal|overdose|od|on purpose|enough to|all of (?:them|it)"
    r"|the whole (?:bottle|box|pack|packet)|tonight|no one|nobody|anymore"
    r"|(?:want to|wanna)(?! (?:make sure|check|know|find out|be sure|double check|understand))"
    r"|dont care|how many (?:would|does it|will|to)|how much (?:would|does it|will|to)"
)
# the writer means to do the same
# a call quoted to endorse it: "my teacher says ... is incitement. good. then this is
# incitement", "count me in"
_ENDORSED = (
    r"good\W+(?:then|so)|count me in|(?:id|i d|ill|i ll|i would|i will|i can) (?:do it|help"
    r"|bring|join)|lets (?:actually )?do it|whos in|who s in|(?:somebody|someone) do it"
    r"|do it already"
)
# the writer's own plan beside the one told: "ours is next", "i've been planning mine"
_OWN_PLAN = (
    r"(?:im|i m|i am|we re|were) next|ours (?:is|s) next|(?:do|doing) it better"
    r"|(?:planning|planned|plan) (?:mine|my own)"
)
_COPYCAT = (
    r"(?:ill|i ll|i will|im going to|i m going to|im gonna|i m gonna|i wanna|i want to|gonna"
    r"|going to|should) (?:do|be) (?:the same|that|it|next)|(?:copy|copying) (?:him|them|it"
    r"|that)|(?:our|my|this) school (?:is|s) next|" + _OWN_PLAN
)
# the writer speaks of themselves, beside a story: "... and i want to do it too", "i ruin
# everything just by being here. anyway, what did you think of the episode"
_OWN_ACT = (
    r"myself|my self|kms|kys|i|im|i m|ive|i ve|id|i d|ill|i ll|my (?:own )?life|irl"
    r"|real life|not be here|like (?:her|him|them|that)"
)
# what says a friend is not fine after all: "she says she's fine", "i don't think she was
# joking", a question, a sign
_FRIEND_RISK = (
    r"(?:says|said|saying|keeps saying|kept saying|claims|claimed|pretends|pretending"
    r"|pretended|acts|acting|acted|seems|seemed|looks|looked|insists|insisted|swears) (?:that )?"
    r"(?:\w+ ){0,2}(?:fine|okay|ok|alright|good|joking|kidding)"
    r"|(?:thinks|thought|(?<!i\x20)think|make sure|makes sure|check|checking|ask|asking|see"
    r"|if|whether|hope|hoping|pray\w*) (?:that )?(?:\w+ ){0,2}(?:fine|okay|ok|alright|joking"
    r"|kidding)"
    r"|(?:not|isnt|wasnt|werent|arent|never|stopped|no longer) (?:\w+ )?(?:fine|okay|ok|joking"
    r"|kidding|laughing|a joke)"
    r"|(?:dont|do not|didnt|did not) (?:think|believe|buy)|idk|(?:dont|do not) know|not sure"
    r"|unsure|worr\w*|scared|afraid|concerned|what if|should i|(?:what|how) (?:do|should|can"
    r"|would) i"
    r"|pills|note|goodbye|(?:gave|giving|gives|give) (?:\w+ ){0,2}away|cut|cutting|cuts|marks"
    r"|scars|blood|bruis\w*"
    r"|hits|hit|hurt\w*"
    # (help that is not helping: "she's seeing a counsellor but says it doesn't help")
    r"|(?:doesnt|does not|isnt|is not|not|never) (?:\w+ )?help(?:s|ing|ed)?(?!\w)"
    r"|(?:stopped|quit|refuses to|wont) go(?:ing)?(?!\w)"
    # (well for a while only: "she was doing better until yesterday")
    r"|(?:better|well|fine|okay|ok|good) (?:for a (?:while|bit) )?(?:but|until)"
)
# what a demand against a group would be carried out with: any violence at all
_VIOLENT_MEANS = (
    r"\w*kill\w*|exterminat\w*|force|forced|armed|arm (?:yourselves|ourselves|up)|beat\w*"
    r"|shoot\w*|shot|bullets?|rounds|guns?|rifles?|knife|knives|blades?|machetes?|bats?"
    r"|bricks?|stones?|rods?|petrol|fire|burn\w*|torch\w*|bomb\w*|gas|hang\w*|lynch\w*"
    r"|stab\w*|attack\w*|fight\w*|smash\w*|batter\w*|hunt\w*|blood\w*|dead|die|death"
    r"|alive|purge|cleanse|wipe\w*|war|violence|violent|make them|teach them|show them"
    r"|(?:drive|run|clear|chase|smoke|burn|force) (?:them|em|the lot) out|whatever (?:it takes"
    r"|we ve got|weve got|you ve got|youve got)|by any means|hurt\w*|suffer\w*|pay"
    r"|(?:isnt|is not|not|more than|beyond) deportation|deportation (?:isnt|is not|wont be)"
    r"|break\w*|run (?:them|em) over|\w* down|one way or another|we (?:will|ll)|well do it"
    r"|pest control|bring the (?:boys|lads|crew)|what (?:needs|has) to happen|sort (?:them|it)"
    r" out|deal with|get the message|(?:dont|never|wont) come back|let s go|lets go|who s in"
    r"|whos in|(?:take|taking|took) (?:their|his|her|your|ur) lives?"
)
_FRAME_TABLE: tuple[tuple[str, int, int, str, tuple[str, ...]], ...] = (
    ("recovery_frame", 200, 200, _PAST_TOLD, (_RISK_NOW, _RISK_WHEN)),
    ("stay_home_reason", 120, 120, "", (_SERIOUS,)),
    # (a wish that stands: "i wouldn't do it myself but i really want it to happen")
    ("take_back", 0, 80, "", (_SERIOUS, _THREAT_CUES, _WISH_STANDS)),
    ("petty_cause", 60, 100, "", (_SERIOUS, _THREAT_CUES)),
    (
        "embarrassment", 80, 100, "",
        (_RISK_NOW, _RISK_WHEN, r"(?:laugh\w*|made fun|making fun|makes fun|mock\w*|picking on"
        r"|pick on|teas\w*|staring) (?:at |of )?me|bull(?:y|ied|ies|ying)|hates? me|nobody|no one"
        r"|every (?:day|single day)|always|pills|(?:hurt|hurting|cut|cutting) myself"),
    ),
    (
        "sports_trash_talk", 0, 80, r"we|were|weve|well|our (?:team|school|squad)|us",
        (_SERIOUS, _THREAT_CUES, r"after (?:the )?(?:game|match|practice)"
         r"|parking lot|outside|behind|jump (?:them|him|her)"),
    ),
    ("reported_threat", 150, 150, _REPORTING, (_SERIOUS, _MEANT_SOON, _OWN_PLAN, _ENDORSED)),
    ("told_an_adult", 250, 250, _REPORTING, (_SERIOUS,)),
    ("violence_denial", 40, 0, "", (_SERIOUS, _MEANT_SOON)),
    ("news_question", 80, 0, "", (_SERIOUS, _MEANT_SOON, _COPYCAT)),
    ("medicine_question", 80, 80, "", (_MEDICINE_RISK,)),
    ("friend_fine", 150, 150, "", (_RISK_NOW, _RISK_WHEN, _FRIEND_RISK)),
    ("about_a_work", 200, 200, "", (_SERIOUS, _MEANT_SOON, _COPYCAT, _OWN_ACT)),
    ("intent_denied", 400, 400, "", (_RISK_NOW, _RISK_WHEN, r"yet|for now|but (?:sometimes|maybe"
     r"|i might|part of me)")),
    ("nonviolent_demand", 300, 300, "", (_SERIOUS, _MEANT_SOON, _VIOLENT_MEANS)),
)
# fmt: on


# --------------------------------------------------------------------------------------------
# Compiled tables
# --------------------------------------------------------------------------------------------

_LEVEL_RANK = {"low": 0, "medium": 1, "high": 2}
_SEVERITY_RANK = {CRITICAL: 0, ELEVATED: 1}
_CATEGORY_RANK = {c: i for i, c in enumerate((*CATEGORIES, CUSTOM))}
_SENTENCE_END_RE = re.compile(r"[.!?]")


@dataclass(frozen=True, slots=True)
class _Guard:
    id: str
    applies_to: frozenset[str]
    pattern: re.Pattern[str]

    def applies(self, rule_id: str, category: str) -> bool:
        return "*" in self.applies_to or rule_id in self.applies_to or category in self.applies_to


@dataclass(frozen=True, slots=True)
class _Frame:
    guard: int  # index into _GUARDS: the frame's words
    before: int  # how far before a match they may start, in characters
    after: int  # how far after its end they may end
    need: re.Pattern[str] | None  # must match from the clause's start to the match's end
    counters: tuple[re.Pattern[str], ...]  # any of them anywhere in the text: no veto
    # for a rule's match, in its own sentence only: no veto (the model's finding, which has
    # no place, reads them anywhere)
    local: tuple[re.Pattern[str], ...] = ()
    # for a rule's match: what may stand for ``need`` right after the match ("hang myself in
    # 2021": the past is told after the act)
    need_after: re.Pattern[str] | None = None

    def countered(self, text: str) -> bool:
        return any(c.search(text) is not None for c in (*self.counters, *self.local))

    def countered_near(self, text: str, start: int, end: int) -> bool:
        """Whether a local counter-word is in the sentence of the match at start:end."""
        lo = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
        stop = _SENTENCE_END_RE.search(text, end)
        hi = len(text) if stop is None else stop.start()
        return any(c.search(text, lo, hi) is not None for c in self.local)


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    category: str
    level: str
    severity: str
    pattern: re.Pattern[str]
    partner: re.Pattern[str] | None  # proximity rules only
    gap: int
    same_sentence: bool
    guards: tuple[int, ...]  # indexes into _GUARDS
    frames: tuple[int, ...] = ()  # indexes into _FRAMES


def _severity(level: str) -> str:
    return ELEVATED if level == "high" else CRITICAL


_GUARDS: tuple[_Guard, ...] = tuple(
    _Guard(gid, frozenset(applies), _compile(tmpl)) for gid, applies, tmpl in _GUARD_TABLE
)
# The "grooming_benign" guard vetoes a whole proximity match that mentions a surprise; it is
# searched inside the matched window rather than overlapped, see _first_proximity_match.
_WINDOW_VETO = {
    rule_id: next(g.pattern for g in _GUARDS if g.id == "grooming_benign")
    for rule_id in ("sexual_minors.grooming_secrecy", "sexual_minors.grooming_cues")
}


# the counter-words a frame reads in the sentence of a rule's match only
_SENTENCE_COUNTERS = {("recovery_frame", _RISK_WHEN)}
_NEED_AFTER = {"recovery_frame": _TOLD_AFTER}
_FRAMES: tuple[_Frame, ...] = tuple(
    _Frame(
        next(i for i, g in enumerate(_GUARDS) if g.id == gid),
        before,
        after,
        _compile(need) if need else None,
        tuple(_compile(c) for c in counters if (gid, c) not in _SENTENCE_COUNTERS),
        tuple(_compile(c) for c in counters if (gid, c) in _SENTENCE_COUNTERS),
        _NEED_AFTER.get(gid),
    )
    for gid, before, after, need, counters in _FRAME_TABLE
)
_FRAME_IDS = frozenset(gid for gid, *_ in _FRAME_TABLE)
_GUARD_SETS: dict[tuple[int, ...], tuple[int, ...]] = {}


def _guards_for(rule_id: str, category: str) -> tuple[int, ...]:
    found = tuple(
        i
        for i, g in enumerate(_GUARDS)
        if g.applies(rule_id, category) and g.id != "grooming_benign" and g.id not in _FRAME_IDS
    )
    return _GUARD_SETS.setdefault(found, found)  # rules of a category share one tuple


def _frames_for(rule_id: str, category: str) -> tuple[int, ...]:
    found = tuple(i for i, f in enumerate(_FRAMES) if _GUARDS[f.guard].applies(rule_id, category))
    return _GUARD_SETS.setdefault(found, found)


def _build_rules() -> tuple[_Rule, ...]:
    rules: list[_Rule] = []
    seen: set[str] = set()
    for rid, cat, level, tmpl in _RULE_TABLE:
        rules.append(
            _Rule(
                rid,
                cat,
                level,
                _severity(level),
                _compile(tmpl),
                None,
                0,
                False,
                _guards_for(rid, cat),
                _frames_for(rid, cat),
            )
        )
    for rid, cat, level, a, b, gap, same_sentence in _PROXIMITY_TABLE:
        rules.append(
            _Rule(
                rid,
                cat,
                level,
                _severity(level),
                _compile(a),
                _compile(b),
                gap,
                same_sentence,
                _guards_for(rid, cat),
                _frames_for(rid, cat),
            )
        )
    for r in rules:
        if r.id in seen:
            raise ValueError(f"duplicate rule id {r.id}")
        if r.category not in CATEGORIES or r.level not in SENSITIVITIES:
            raise ValueError(f"bad rule {r.id}")
        if not r.id.startswith(r.category + "."):
            raise ValueError(f"rule id {r.id} must start with its category")
        seen.add(r.id)
    return tuple(rules)


_RULES: tuple[_Rule, ...] = _build_rules()
_RULES_AT: dict[str, tuple[int, ...]] = {
    level: tuple(i for i, r in enumerate(_RULES) if _LEVEL_RANK[r.level] <= _LEVEL_RANK[level])
    for level in SENSITIVITIES
}


# --------------------------------------------------------------------------------------------
# Extra terms
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExtraTerms:
    """Compiled extra terms (opaque): build with :func:`compile_extra_terms`."""

    terms: tuple[str, ...]
    pattern: re.Pattern[str]


def compile_extra_terms(terms: Sequence[str]) -> ExtraTerms:
    """Compile teacher/admin-configured words or phrases into a matcher.

    Matching is case-insensitive and on whole words/phrases, after the same normalisation as
    the rules (so "Fortnite", "FORTNITE" and "f0rtnite" all match the term "fortnite", but
    "fortnites" does not). Spaces inside a phrase match any run of separators; other
    punctuation in a term is literal ("c++"). Raises ``ValueError`` naming the term when a
    term is empty, blank or has no letters or digits, ``TypeError`` when a term is not a
    string (or ``terms`` is a bare string).
    """
    if isinstance(terms, str):
        raise TypeError("extra terms must be a sequence of strings, not a single string")
    kept: list[str] = []
    alternatives: list[str] = []
    for term in terms:
        if not isinstance(term, str):
            raise TypeError(f"extra term {term!r} is not a string")
        norm = _normalize(term).text.strip()
        if not _WORD_CHAR_RE.search(norm):
            raise ValueError(f"extra term {term!r} is empty or blank (no letters or digits)")
        kept.append(term)
        body = _TERM_SEP.join(re.escape(chunk) for chunk in norm.split())
        pre = r"(?<!\w)" if _WORD_CHAR_RE.match(norm[0]) else ""
        post = r"(?!\w)" if _WORD_CHAR_RE.match(norm[-1]) else ""
        alternatives.append(pre + body + post)
    alternatives.sort(key=len, reverse=True)
    body = "|".join(alternatives) if alternatives else r"(?!x)x"
    return ExtraTerms(tuple(kept), re.compile(body))


_WORD_CHAR_RE = re.compile(r"[^\W_]")


# --------------------------------------------------------------------------------------------
# Pre-filter
# --------------------------------------------------------------------------------------------
# Most messages contain none of the words the rules are made of, and noticing that costs far
# less than normalising the text and running every rule over it. So classify() first looks at
# a cheap *view* of the text and keeps only the rules that may match there; when none is left
# (and no extra term may match), the text is safe and the full path does not run at all. The
# pre-filter may keep a rule that then does not match (that only costs time), but it must never
# drop one that would match. How that is ensured:
#
# 1. Atoms and clauses (_Analyzer). For every rule, clauses are derived from its parsed regex
#    (re._parser), so that they cannot drift out of sync with the rule table: a clause is a
#    set of atoms such that every match of the rule contains one of them, and an atom is a
#    word or a phrase of up to three words, which may have to start and/or end at a word
#    boundary (a character that is not an ASCII letter or digit, or the end of the text).
#    "(?:kill|murder) (?:him|her)" gives the clause {"kill him", "kill her", "murder him",
#    "murder her"}; the fuzzy spelling "k+[i*]+l+" gives a word whose letters may repeat.
#    Parts of a concatenation must all be there, so a rule gets several clauses (up to
#    three: the most selective one first); a proximity rule gets clauses of both its sides.
#    What the analysis does not understand gives no clause (a rule without clauses always
#    runs) or no pre-filter at all, never a wrong one.
# 2. The view of a text (_view): the text after the first three normalisation steps (step 1
#    per character, with str.translate; step 2, apostrophes inside words; step 3, leetspeak,
#    exactly for "@ $ ! |" and for digits by reading "0 1 3 4 5 7" as "o i e a s t" everywhere,
#    in atoms too). Every character of the normalised text comes from the view, and is an
#    ASCII letter or digit when and only when its view character is; the view only has more
#    characters where step 4 collapses runs of spaces. Step 5 (spaced-out letters) is not
#    followed: text that may contain them gets no view and takes the full path, and so does
#    text with "*" (a censored letter, "k*ll") or "_" (a separator that leetspeak can join).
# 3. Finding atoms in a view (_atoms_finder): a regex per set of atoms, in which a letter that
#    may repeat matches a run of it and the gap between two words any run of non-letters.
#
# A rule runs when every one of its clauses has an atom in the view. Which atoms make up the
# clauses only matters for speed: atoms that are rare in everyday student and tutor messages
# (_CORPUS) are preferred. The tests check that classify() gives the same result with and
# without the pre-filter (_classify(..., prefilter=False)) on the tables of the tests and on
# generated text, and that every rule whose pattern matches the normalised text is kept.

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_BRK = "\x00"  # in the view of a match: a word boundary (no letters or digits in between)
_PLUS = "\x01"  # after a letter in the view of a match: the letter may repeat
_EXACT_LIMIT = 32  # the most views of a regex node that are tracked one by one
_CLAUSES = 3  # clauses kept per rule
_PHRASE_WORDS = 3  # the longest phrase that is an atom
_ATOM_COST = 0.02  # what one more atom costs (one more regex branch), as a frequency
_MARK = 0xE000  # private-use characters stand for vocabulary entries and separators

# Everyday messages and replies, to tell how often an atom occurs in benign text (speed only).
_CORPUS = """
can you help me with my homework|how do i solve this equation|how do you find the slope
what is the answer to number 3|i dont understand how to do this|can you explain it again
how many sides does a hexagon have|how much is 15 percent of 80|what does this word mean
how to write a good thesis statement|how can i make my essay better|what is the main idea
i think the answer is 12 but my friend got 15|my teacher said we have a test tomorrow
can you check my answers|is this right|thanks that makes sense now|ok thank you so much
i need help with my science project|what are the parts of a cell|how does photosynthesis work
who was the first president|when did the war end|why did the roman empire fall
what is the capital of france|give me an example of a simile|how do you say hello in spanish
i have to write a paper about hamlet|what happens in chapter 5|who is the main character
can you summarize the story for me|what is the theme of the poem|i got an a on my test
im so confused about fractions|can we go over it step by step|can you go slower please
i want to be a doctor when i grow up|i want to learn how to code|my dog ate my homework lol
im bored tell me a fun fact|what time is it in london|how long should my essay be
i love this book|i hate math lol|this is so hard|i give up on this problem|i forgot my notes
my mom said i have to finish my homework before dinner|my brother is annoying
we are learning about the civil war in history class|our school has a science fair
can i use a calculator|how do i find the area of a circle|what is x if 2x plus 5 equals 17
great question lets work through it together|first subtract 5 from both sides
then divide both sides by 2|you can check your answer by plugging it back in
nice work keep going|what part is confusing you|would you like another example
here is a hint|try the next one on your own|that is correct well done
photosynthesis is how plants turn light into energy|the mitochondria makes energy for the cell
the main character wants to find out the truth|the author uses imagery to show the mood
in the story the hero has to make a choice|the poem is about love and loss
a fraction has a top number and a bottom number|the numerator is on top
remember to cite your sources|use evidence from the text|start with a topic sentence
i will be there at 5|see you tomorrow|good morning|good night|have a good weekend
what do you think|i think so|maybe|yes|no|sure|i dont know|idk|lol|omg|please|thanks
can u help me|r u there|whats up|how are you|im fine|i am good|what about you
i played minecraft all day|we went to the park|my friends and i went to the mall
my sister and i watched a movie|i have soccer practice after school|the game was fun
send me the link|can you send me the notes|i will send it later|did you get my message
the picture shows a map of europe|look at the photo in the book|draw a picture of a cell
take a break|keep practicing|make a list of ideas|put it in your own words|show your work
"""
# Frequent words, one by one.
_CORPUS_WORDS = """
a about after again against all also always am an and another any anyone anything are around
as ask asked at away back bad be because been before being best better between big both bring
but by call came can cannot cant care come could day did didnt different do does doesnt doing
dont done down each easy else end enough even ever every everyone everything feel few find
first for found friend from fun get gets getting give go going gonna good got great had has have
having he help her here him his home how i if im in into is isnt it its just keep kind know last
later learn leave left let life like little live long look lot love made make many may me mean
might more most much must my need never new next nice no not nothing now of off ok on once one
only or other our out over own part people place play please put read really right said same
say says school see send she should show so some someone something sometimes start still stop
such sure take talk tell than thank thanks that the their them then there these they thing
things think this those though thought through time to today told too took try trying turn two
understand until up us use very want wanna was way we well went were what when where which while
who why will with without work would yeah yes yet you your
"""


def _squeeze(s: str) -> str:
    """Runs of a letter as one letter ("kill" -> "kil"), for atoms whose letters may repeat."""
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_CORPUS_SEGMENTS = [
    " ".join(s.split()) for s in [*re.split(r"[|\n]", _CORPUS), *_CORPUS_WORDS.split()] if s.strip()
]
_CORPUS_TEXT = "  " + "  ".join(_CORPUS_SEGMENTS) + "  "
_CORPUS_SQUEEZED = "  " + "  ".join(_squeeze(s) for s in _CORPUS_SEGMENTS) + "  "

# Leetspeak digits, read as letters everywhere in a view and in atoms alike.
_LEET_DIGITS = str.maketrans({k: v for k, v in _LEET.items() if k.isdigit()})
_LEET_DIGIT_CHARS = frozenset(k for k in _LEET if k.isdigit())

# An atom: (text, starts at a boundary, ends at a boundary). Its text is made of ASCII letters
# and digits, with _PLUS after a letter that may repeat and _BRK between words.
_Atom = tuple[str, bool, bool]
_Clause = frozenset[_Atom]


# --- views of matches ------------------------------------------------------------------------
# The view of a match is the matched text with every run of characters that are not ASCII
# letters or digits (and every position known to be a word boundary) as one _BRK, and runs of
# a letter that may repeat as that letter and _PLUS.


def _join(a: str, b: str) -> str:
    """The view of a match of A followed by a match of B."""
    if not a or not b:
        return a + b
    last = a[-2] if a[-1] == _PLUS else a[-1]
    if last != b[0]:
        return a + b
    if last == _BRK:
        return a + b[1:]
    if a[-1] != _PLUS and b[1:2] != _PLUS:
        return a + b  # "l" + "l": two letters
    # one of them may repeat: then the whole run of that letter is a run that may repeat
    i = len(a)
    while i and a[i - 1] in (last, _PLUS):
        if a[i - 1] == _PLUS:
            if a[i - 2] != last:
                break
            i -= 2
        else:
            i -= 1
    j = 0
    while j < len(b) and b[j] == last:
        j += 2 if b[j + 1 : j + 2] == _PLUS else 1
    return a[:i] + last + _PLUS + b[j:]


def _bounded(view: str, after: bool, before: bool) -> str:
    """A view, with the boundaries known to come right before and after it."""
    if after:
        view = _join(_BRK, view)
    if before:
        view = _join(view, _BRK)
    return view


def _head(view: str) -> str:
    """The start of a view, up to the end of its first word."""
    i = view.find(_BRK, 1)
    return view if i < 0 else view[: i + 1]


def _tail(view: str) -> str:
    """The end of a view, from the start of its last word."""
    i = view.rfind(_BRK, 0, len(view) - 1)
    return view if i < 0 else view[i:]


@cache
def _heads(views: frozenset[str]) -> frozenset[str]:
    return frozenset(_head(v) for v in views)


@cache
def _tails(views: frozenset[str]) -> frozenset[str]:
    return frozenset(_tail(v) for v in views)


def _cross(xs: frozenset[str], ys: frozenset[str]) -> frozenset[str] | None:
    """Every view of a match of X followed by one of Y (None: too many)."""
    if len(xs) * len(ys) > _EXACT_LIMIT:
        return None
    return frozenset(_join(x, y) for x in xs for y in ys)


def _atom_letters(text: str) -> str:
    """An atom's text with leetspeak digits read as letters, as in a view."""
    if _LEET_DIGIT_CHARS.isdisjoint(text):
        return text
    out = ""
    for ch in text.translate(_LEET_DIGITS):
        out = out + ch if ch == _PLUS else _join(out, ch)
    return out


# --- atoms and clauses -----------------------------------------------------------------------


@cache
def _atom_cost(atom: _Atom) -> float:
    """How often the atom can be expected in benign text (only speed depends on it)."""
    text, lc, rc = atom
    words = _atom_letters(text).replace(_BRK, " ")
    corpus = _CORPUS_TEXT
    if _PLUS in words:
        words, corpus = _squeeze(words.replace(_PLUS, "")), _CORPUS_SQUEEZED
    needle = (" " if lc else "") + words + (" " if rc else "")
    letters = len(words) - words.count(" ")
    return (
        corpus.count(needle) + 6.0 * 3.0**-letters + (0.0 if lc else 0.05) + (0.0 if rc else 0.02)
    )


@cache
def _clause_cost(clause: _Clause) -> float:
    # a rule's most selective clause decides how often the rule is looked at: how often its
    # atoms occur counts most, how many there are (the size of the regex) a little
    return sum(_atom_cost(a) for a in clause) + _ATOM_COST / 4 * len(clause)


@cache
def _best_atom(view: str) -> _Atom | None:
    """The best atom that a match with this view contains (None: none)."""
    words = view.split(_BRK)
    n = len(words)
    best: _Atom | None = None
    best_cost = 0.0
    for i in range(n):
        if not _ASCII_LETTERS.intersection(words[i]):
            continue  # a word without a letter is a poor atom
        j = i
        while j < n and j < i + _PHRASE_WORDS and words[j]:
            j += 1
            atom = (_BRK.join(words[i:j]), i > 0, j < n)
            cost = _atom_cost(atom)
            if best is None or cost < best_cost or (cost == best_cost and atom < best):
                best, best_cost = atom, cost
    return best


def _first_word(atom: _Atom) -> _Atom:
    """The first word of an atom (it ends at a boundary when more words follow)."""
    text, lc, rc = atom
    word, brk, _ = text.partition(_BRK)
    return (word, lc, rc or bool(brk))


def _rarest_word(atom: _Atom) -> _Atom:
    """The word of an atom that is least often seen in benign text."""
    text, lc, rc = atom
    words = text.split(_BRK)
    last = len(words) - 1
    options = [(w, lc or i > 0, rc or i < last) for i, w in enumerate(words)]
    return min(options, key=lambda a: (_atom_cost(a), a))


@cache
def _clause_of(views: frozenset[str]) -> _Clause | None:
    """A clause for a node whose matches all have one of these views (None: none)."""
    atoms: set[_Atom] = set()
    for view in views:
        atom = _best_atom(view)
        if atom is None:
            return None
        atoms.add(atom)
    # Phrases that start alike ("hang myself", "hang yourself", ...) cost a regex branch
    # each: their first word alone is better when it is not much more common.
    groups: dict[_Atom, list[_Atom]] = {}
    for atom in atoms:
        groups.setdefault(_first_word(atom), []).append(atom)
    clause: set[_Atom] = set()
    for word, phrases in groups.items():
        if (
            len(phrases) > 1
            and _atom_cost(word)
            <= sum(_atom_cost(a) for a in phrases) + (len(phrases) - 1) * _ATOM_COST
        ):
            clause.add(word)
        else:
            clause.update(phrases)
    return frozenset(clause)


def _keep(clauses: Iterable[_Clause]) -> tuple[_Clause, ...]:
    """The best few clauses, most selective first, each on other words than the ones before."""
    kept: list[_Clause] = []
    seen: set[frozenset[str]] = set()
    for clause in sorted(set(clauses), key=lambda c: (_clause_cost(c), len(c), sorted(c))):
        words = frozenset(text for text, _, _ in clause)
        if words not in seen:
            seen.add(words)
            kept.append(clause)
            if len(kept) == _CLAUSES:
                break
    return tuple(kept)


# --- what is known of a regex node -----------------------------------------------------------


class _Info:
    """What the matches of a regex node look like.

    ``exact``: the views its matches can have (None: too many, or unknown). Otherwise every
    view starts with one of ``prefix`` and ends with one of ``suffix`` (a first or last word
    with the boundaries around it; "" when nothing is known). ``clauses``: every match has an
    atom of each of them.
    """

    __slots__ = ("_clauses", "exact", "prefix", "suffix")

    def __init__(
        self,
        exact: frozenset[str] | None,
        prefix: frozenset[str] = frozenset({""}),
        suffix: frozenset[str] = frozenset({""}),
        clauses: tuple[_Clause, ...] | None = None,
    ) -> None:
        self.exact = exact
        self.prefix = prefix if exact is None else _heads(exact)
        self.suffix = suffix if exact is None else _tails(exact)
        self._clauses = clauses

    @property
    def clauses(self) -> tuple[_Clause, ...]:
        if self._clauses is None:
            clause = None if self.exact is None else _clause_of(self.exact)
            self._clauses = () if clause is None else (clause,)
        return self._clauses

    def ends_at_boundary(self, after_boundary: bool) -> bool:
        """Whether every match (of a node right after a boundary, or not) ends with one."""
        if self.exact is not None:
            return all(v.endswith(_BRK) or (not v and after_boundary) for v in self.exact)
        return all(v.endswith(_BRK) for v in self.suffix)


def _exact(views: Iterable[str]) -> _Info:
    return _Info(frozenset(views))


_NOTHING_KNOWN = _Info(None, clauses=())
_EMPTY = _exact({""})
_NO_MATCH = _Info(frozenset(), clauses=(frozenset(),))
_BOUNDARY = _exact({_BRK})
_OPT_BOUNDARY = _exact({"", _BRK})


def _last_units(views: frozenset[str]) -> frozenset[str]:
    return frozenset(v[-2:] if v.endswith(_PLUS) else v[-1:] for v in views)


def _first_units(views: frozenset[str]) -> frozenset[str]:
    return frozenset(v[:2] if v[1:2] == _PLUS else v[:1] for v in views)


def _concat(a: _Info, b: _Info) -> _Info:
    """A node A followed by a node B."""
    if a.exact is not None and b.exact is not None:
        views = _cross(a.exact, b.exact)
        if views is not None:
            return _exact(views)
    prefix = a.prefix
    if a.exact is not None and len(a.exact) * len(b.prefix) <= 4 * _EXACT_LIMIT:
        heads: set[str] = set()
        for x in a.exact:
            if _BRK in x[1:]:
                heads.add(_head(x))  # the first word ends inside A's view
            else:
                heads.update(_head(_join(x, y)) for y in b.prefix)
        if len(heads) <= _EXACT_LIMIT:
            prefix = frozenset(heads)
    suffix = b.suffix
    if b.exact is not None and len(b.exact) * len(a.suffix) <= 4 * _EXACT_LIMIT:
        tails: set[str] = set()
        for y in b.exact:
            if _BRK in y[:-1]:
                tails.add(_tail(y))  # the last word starts inside B's view
            else:
                tails.update(_tail(_join(x, y)) for x in a.suffix)
        if len(tails) <= _EXACT_LIMIT:
            suffix = frozenset(tails)
    # the clauses of A, of B, and one for where they meet
    candidates = [*a.clauses, *b.clauses]
    middle = (
        _cross(a.suffix, b.prefix)
        or _cross(_last_units(a.suffix), b.prefix)
        or _cross(a.suffix, _first_units(b.prefix))
    )
    if middle is not None:
        clause = _clause_of(middle)
        if clause is not None:
            candidates.append(clause)
    return _Info(None, prefix, suffix, _keep(candidates))


def _alternate(infos: list[_Info]) -> _Info:
    """A choice between nodes."""
    infos = [i for i in infos if i.exact is None or i.exact]  # drop branches that never match
    if not infos:
        return _NO_MATCH
    exacts = [i.exact for i in infos if i.exact is not None]
    if len(exacts) == len(infos):
        views = frozenset[str]().union(*exacts)
        if len(views) <= _EXACT_LIMIT:
            return _exact(views)
    clauses: list[_Clause] = []
    if all(i.clauses for i in infos):
        # a clause of every branch, united: the branch that matched has an atom of its own
        for k in range(_CLAUSES):
            picked = [i.clauses[min(k, len(i.clauses) - 1)] for i in infos]
            clauses.append(frozenset[_Atom]().union(*picked))
    return _Info(
        None,
        frozenset[str]().union(*(i.prefix for i in infos)),
        frozenset[str]().union(*(i.suffix for i in infos)),
        _keep(clauses),
    )


def _repeat(info: _Info, lo: int, hi: int) -> _Info:
    """A node repeated ``lo`` to ``hi`` times."""
    views = info.exact
    if views is not None:
        if not views:
            return _EMPTY if lo == 0 else _NO_MATCH
        if len(views) == 1 and len(next(iter(views))) == 1:
            (unit,) = views  # one letter or a boundary: a run of it
            if unit != _BRK and hi > 1:
                unit += _PLUS
            return _exact({"", unit} if lo == 0 else {unit})
        if hi <= 3:
            total: set[str] = set()
            power: frozenset[str] | None = frozenset({""})
            for k in range(hi + 1):
                if power is None:
                    break
                if k >= lo:
                    total |= power
                if k < hi:
                    power = _cross(power, views)
            if power is not None and len(total) <= _EXACT_LIMIT:
                return _exact(total)
    if lo == 0:
        return _NOTHING_KNOWN
    return _Info(None, info.prefix, info.suffix, info.clauses)


def _class_members(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str], bool]:
    """The ASCII letters and digits a character class matches, and whether it matches any other
    character ("*" aside: text with "*" takes the full path)."""
    negate = False
    members: set[str] = set()
    other = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            if _MARK <= av < _MARK + 0x1000:
                raise ValueError("pre-filter: a template's space or placeholder in a class")
            ch = chr(av)
            if ch in _ALNUM:
                members.add(ch)
            elif ch != "*":
                other = True
        elif name == "RANGE":
            lo, hi = av
            if hi >= _MARK and lo < _MARK + 0x1000:
                raise ValueError("pre-filter: a template's space or placeholder in a class")
            got = {ch for ch in _ALNUM if lo <= ord(ch) <= hi}
            members |= got
            if hi - lo + 1 > len(got) + (lo <= ord("*") <= hi):
                other = True
        elif name == "CATEGORY":
            other = True
            cat = str(av)
            if cat in ("CATEGORY_WORD", "CATEGORY_NOT_SPACE"):
                members |= _ALNUM
            elif cat == "CATEGORY_DIGIT":
                members |= _ALNUM - _ASCII_LETTERS
            elif cat == "CATEGORY_NOT_DIGIT":
                members |= _ASCII_LETTERS
            elif cat not in ("CATEGORY_NOT_WORD", "CATEGORY_SPACE"):
                raise ValueError(f"pre-filter: unknown category {cat}")
        else:
            raise ValueError(f"pre-filter: unknown class item {name}")
    if negate:
        return _ALNUM - members, True
    return frozenset(members), other


def _char(members: frozenset[str], other: bool) -> _Info:
    """A node that matches one character."""
    if len(members) > 12:
        return _NOTHING_KNOWN
    return _exact(members | ({_BRK} if other else set()))


class _Analyzer:
    """Clauses for rule templates and extra terms, from their parsed regexes."""

    def __init__(self) -> None:
        self._parser: Any = importlib.import_module("re._parser")
        self._names = sorted(_VOCAB)
        self._index = {name: i for i, name in enumerate(self._names)}
        self._sep = _MARK + len(self._names)
        self._opt_sep = self._sep + 1
        self._memo: dict[tuple[str, bool, bool], _Info] = {}
        self._parsed: dict[str, Any] = {}

    def template(self, template: str) -> _Info:
        """The rule pattern _compile() makes of a template."""
        return self._regex(r"(?<!\w)(?:" + self._marked(template) + r")(?!\w)")

    def regex(self, pattern: str) -> _Info:
        """Any regex (one without private-use characters, which stand for marks here)."""
        if re.search("[\ue000-\uefff]", pattern):
            raise ValueError("pre-filter: private-use characters")
        return self._regex(pattern)

    def _regex(self, pattern: str) -> _Info:
        parsed = self._parser.parse(pattern, 0)
        if parsed.state.flags & ~re.UNICODE:
            raise ValueError("pre-filter: regex flags")
        return self._seq(parsed)

    def _marked(self, template: str) -> str:
        # Vocabulary entries and separators become one private-use character each, analysed
        # once: the regex _compile() builds, as a much smaller parse tree.
        body = _PLACEHOLDER_RE.sub(lambda m: chr(_MARK + self._index[m[1]]), template)
        body = body.replace(" ", chr(self._sep)).replace("~", chr(self._opt_sep))
        if re.search("[\ue000-\uefff]", template) or re.search(r"\\[\ue000-\uefff]", body):
            raise ValueError("pre-filter: a template the analysis cannot mark")
        return body

    def _vocab(self, name: str, after: bool, before: bool) -> _Info:
        got = self._memo.get((name, after, before))
        if got is None:
            parsed = self._parsed.get(name)
            if parsed is None:
                parsed = self._parsed[name] = self._parser.parse(self._marked(_VOCAB[name]), 0)
            got = self._memo[name, after, before] = self._seq(parsed, after, before)
        return got

    def _seq(
        self, items: Iterable[tuple[Any, Any]], after: bool = False, before: bool = False
    ) -> _Info:
        """A sequence of nodes; ``after`` (``before``): a boundary always comes right before
        (after) it, what is known of its context."""
        nodes = [(str(op), av) for op, av in items]
        info = _EMPTY
        k = 0
        while k < len(nodes):
            name, av = nodes[k]
            start = info.ends_at_boundary(after)
            if name == "LITERAL" and chr(av) in _ALNUM:
                word = ""  # a run of letters and digits, in one step
                while k < len(nodes) and nodes[k][0] == "LITERAL" and chr(nodes[k][1]) in _ALNUM:
                    word += chr(nodes[k][1])
                    k += 1
                end = self._starts_at_boundary(nodes, k, before)
                info = _concat(info, _exact({_bounded(word, start, end)}))
                continue
            end = self._starts_at_boundary(nodes, k + 1, before)
            node = self._node(name, av, start, end)
            if node.exact:
                node = _exact(_bounded(view, start, end) for view in node.exact)
            info = _concat(info, node)
            k += 1
        return info

    def _starts_at_boundary(self, nodes: list[tuple[str, Any]], k: int, before: bool) -> bool:
        """Whether what follows from ``nodes[k]`` on always starts with a boundary (a quick
        look at the regex: False when unsure)."""
        if k == len(nodes):
            return before
        name, av = nodes[k]
        rest = self._starts_at_boundary
        if name == "LITERAL":
            if av == self._sep:
                return True
            if av == self._opt_sep:
                return rest(nodes, k + 1, before)
            return av < _MARK and chr(av) not in _ALNUM and chr(av) != "*"
        if name == "IN" and (marked := self._marked_choice(av)) is not None:
            then = rest(nodes, k + 1, before)
            return all(rest([("LITERAL", c)], 0, then) for c in marked)
        if name in ("IN", "CATEGORY"):
            members, _ = _class_members(av if name == "IN" else [(name, av)])
            return not members
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            return self._boundary_assertion(name, av) or rest(nodes, k + 1, before)
        if name == "BRANCH":
            then = rest(nodes, k + 1, before)
            return all(rest([(str(o), a) for o, a in b], 0, then) for b in av[1])
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            sub = av[3] if name == "SUBPATTERN" else av
            return rest([(str(o), a) for o, a in sub], 0, rest(nodes, k + 1, before))
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, _hi, sub = av
            first = rest([(str(o), a) for o, a in sub], 0, False)
            return first and (lo > 0 or rest(nodes, k + 1, before))
        return False

    @staticmethod
    def _marked_choice(items: Any) -> list[int] | None:
        """The characters of a class made of single characters, some of them marks."""
        codes = [av for op, av in items if str(op) == "LITERAL"]
        if len(codes) == len(items) and any(_MARK <= c < _MARK + 0x1000 for c in codes):
            return codes
        return None

    @staticmethod
    def _boundary_assertion(name: str, av: Any) -> bool:
        """(?<!\\w), (?!\\w), \\b, ^, $: the neighbour is not a letter or digit."""
        if name == "AT":
            return str(av) != "AT_NON_BOUNDARY"
        if name == "ASSERT_NOT":
            sub = list(av[1])
            if len(sub) == 1 and str(sub[0][0]) in ("IN", "CATEGORY"):
                op, arg = sub[0]
                members, _ = _class_members(arg if str(op) == "IN" else [(op, arg)])
                return members == _ALNUM
        return False

    def _node(self, name: str, av: Any, after: bool, before: bool) -> _Info:
        if name == "LITERAL":
            if _MARK <= av < _MARK + len(self._names):
                return self._vocab(self._names[av - _MARK], after, before)
            if av == self._sep:
                return _BOUNDARY
            if av == self._opt_sep:
                return _OPT_BOUNDARY
            return _char(*_class_members([(name, av)]))
        if name == "IN":
            marked = self._marked_choice(av)
            if marked is not None:  # re made "(?:{kill}|{killing})" a character class
                return _alternate([self._node("LITERAL", c, after, before) for c in marked])
            return _char(*_class_members(av))
        if name == "CATEGORY":
            return _char(*_class_members([(name, av)]))
        if name == "BRANCH":
            return _alternate([self._seq(branch, after, before) for branch in av[1]])
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise ValueError("pre-filter: inline flags")
            return self._seq(sub, after, before)
        if name == "ATOMIC_GROUP":
            return self._seq(av, after, before)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            # the second repetition comes after the first one, not after the boundary
            return _repeat(self._seq(sub, after and hi == 1, before and hi == 1), lo, hi)
        if self._boundary_assertion(name, av):
            return _BOUNDARY
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            return _EMPTY  # other lookarounds: nothing is consumed
        return _NOTHING_KNOWN  # ANY, NOT_LITERAL, GROUPREF, ...: no clause from here


# --- finding atoms in a view -----------------------------------------------------------------

# Regexes for a set of atoms: for those that start at a boundary, for the others (None: none).
_Finder = tuple[re.Pattern[str] | None, re.Pattern[str] | None]


def _atoms_finder(atoms: Iterable[_Atom]) -> _Finder:
    """The regexes that find any of these atoms in a view (which has a space in front).

    A boundary is a character that is not an ASCII letter or digit; a letter that may repeat
    matches a run of it, possessively and only from the start of the run; the gap between
    two words is a run of non-letters, possessively. The atoms that start at a boundary are
    found by a regex that starts with one, the others by a regex whose branches all start with
    a literal letter: either way ``re`` skips fast over the places where no atom starts, and
    the search is linear in the length of the view.
    """
    roots: dict[bool, _Trie] = {True: {}, False: {}}
    for text, lc, rc in atoms:
        keys: list[str] = []
        for ch in _atom_letters(text):
            if ch == _PLUS:
                keys[-1] += "+"
            else:
                keys.append("gap" if ch == _BRK else ch)
        node = roots[lc]
        for key in keys:
            node = node.setdefault(key, {})
        node["end-rc" if rc else "end"] = {}

    def emit(node: _Trie, first: bool) -> str:
        if "end" in node:
            return ""  # an atom ends here: no need to look further
        branches: list[str] = []
        for key in sorted(node):
            if key == "end-rc":
                branches.append(r"(?![a-z0-9])")
            elif key == "gap":
                branches.append(r"[^a-z0-9]++" + emit(node[key], False))
            else:
                ch = key[0]
                if not key.endswith("+"):
                    piece = ch
                elif first:
                    piece = f"{ch}(?<!{ch}{ch}){ch}*+"
                else:
                    piece = f"{ch}{ch}*+"
                branches.append(piece + emit(node[key], False))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return (
        re.compile(r"[^a-z0-9]" + emit(roots[True], False)) if roots[True] else None,
        re.compile(emit(roots[False], True)) if roots[False] else None,
    )


def _finds(finder: _Finder, view: str) -> bool:
    after_boundary, elsewhere = finder
    return (after_boundary is not None and after_boundary.search(view) is not None) or (
        elsewhere is not None and elsewhere.search(view) is not None
    )


class _Prefilter:
    """The rules' clauses, and the finders for them."""

    _clauses: tuple[tuple[_Clause, ...], ...] | None

    def __init__(self) -> None:
        analyzer = _Analyzer()
        by_id: dict[str, tuple[_Clause, ...]] = {}
        for rid, _cat, _level, template in _RULE_TABLE:
            by_id[rid] = analyzer.template(template).clauses
        for rid, _cat, _level, a, b, _gap, _same in _PROXIMITY_TABLE:
            # both sides must match: the best clause of each side, then the next best ones
            first, second = analyzer.template(a).clauses, analyzer.template(b).clauses
            picked = sorted({*first[:1], *second[:1]}, key=_clause_cost)
            rest = [c for c in _keep([*first, *second]) if c not in picked]
            by_id[rid] = tuple([*picked, *rest][:_CLAUSES])
        # per rule (by index into _RULES), its clauses, the most selective first
        self._clauses = tuple(by_id[rule.id] for rule in _RULES)
        # per sensitivity: the rules with no clause (they always run); the rules whose first
        # clause has an atom that starts with a given letter (at a boundary or not)
        self.always: dict[str, tuple[int, ...]] = {}
        self.by_letter: dict[str, dict[tuple[bool, str], tuple[int, ...]]] = {}
        for level in SENSITIVITIES:
            self.always[level] = tuple(i for i in _RULES_AT[level] if not self.clauses[i])
            by_letter: dict[tuple[bool, str], set[int]] = {}
            for i in _RULES_AT[level]:
                for text, lc, _rc in self.clauses[i][0] if self.clauses[i] else ():
                    by_letter.setdefault((lc, _atom_letters(text)[0]), set()).add(i)
            self.by_letter[level] = {k: tuple(sorted(v)) for k, v in by_letter.items()}
        # Finders: for the atoms of the rules' first clauses, as they are (one for all the
        # sensitivities: a place where only rules of a higher level have an atom costs little);
        # per rule, for its first and second clause with their atoms cut down to one word,
        # much smaller regexes that still find every place where the clause has an atom (the
        # first word of the first clause's atoms, to tell whether one starts at a given place;
        # the rarest word of the second clause's atoms).
        self.all_first = _atoms_finder(a for clauses in self.clauses for a in clauses[0])
        self.first = tuple(
            _atoms_finder(_first_word(a) for c in clauses[:1] for a in c)
            for clauses in self.clauses
        )
        self.second = tuple(
            tuple(_atoms_finder(_rarest_word(a) for a in clause) for clause in clauses[1:2])
            for clauses in self.clauses
        )

    @property
    def clauses(self) -> tuple[tuple[_Clause, ...], ...]:
        """Per rule, its clauses. Scoring reads only the finders made of them, so a
        pre-filter read from prefilter.json reads them again from there when asked (by
        the tests and to_json)."""
        if self._clauses is None:
            data = json.loads(_PREFILTER_FILE.read_text(encoding="utf-8"))
            self._clauses = self._clauses_from_json(data["clauses"])
        return self._clauses

    @staticmethod
    def _clauses_from_json(raw: list[list[list[Any]]]) -> tuple[tuple[_Clause, ...], ...]:
        return tuple(
            tuple(frozenset((t, bool(lc), bool(rc)) for t, lc, rc in c) for c in clauses)
            for clauses in raw
        )

    # -- the analysis, saved (prefilter.json) -----------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """Everything scoring (and the tests) read, as JSON: finders as their patterns."""

        def finder(f: _Finder) -> list[str | None]:
            return [None if r is None else r.pattern for r in f]

        return {
            "fingerprint": _prefilter_fingerprint(),
            "clauses": [
                [sorted([t, lc, rc] for t, lc, rc in clause) for clause in clauses]
                for clauses in self.clauses
            ],
            "always": {lv: list(v) for lv, v in self.always.items()},
            "by_letter": {
                lv: [[lc, letter, list(ix)] for (lc, letter), ix in sorted(table.items())]
                for lv, table in self.by_letter.items()
            },
            "all_first": finder(self.all_first),
            "first": [finder(f) for f in self.first],
            "second": [[finder(f) for f in fs] for fs in self.second],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Prefilter:
        """The analysis as :meth:`to_json` saved it (no re-analysis); ``data`` may leave out
        the clauses (see :attr:`clauses`)."""

        def finder(f: list[str | None]) -> _Finder:
            a, b = f
            return (
                None if a is None else _SAVED.compile(a),
                None if b is None else _SAVED.compile(b),
            )

        self = cls.__new__(cls)
        raw = data.get("clauses")
        self._clauses = None if raw is None else self._clauses_from_json(raw)
        self.always = {lv: tuple(v) for lv, v in data["always"].items()}
        self.by_letter = {
            lv: {(bool(lc), letter): tuple(ix) for lc, letter, ix in rows}
            for lv, rows in data["by_letter"].items()
        }
        self.all_first = finder(data["all_first"])
        self.first = tuple(finder(f) for f in data["first"])
        self.second = tuple(tuple(finder(f) for f in fs) for fs in data["second"])
        if len(self.first) != len(_RULES) or len(self.second) != len(_RULES):
            raise ValueError("prefilter.json does not match the rule table")
        if self._clauses is not None and len(self._clauses) != len(_RULES):
            raise ValueError("prefilter.json does not match the rule table")
        return self

    def candidates(self, view: str, sensitivity: str) -> tuple[int, ...]:
        """The rules of a sensitivity (indexes into _RULES) that may match the text.

        Every place in the view where an atom of a first clause starts is visited (the
        finder for all of them finds the next one), and there, the rules of the sensitivity
        with an atom starting with that letter are checked; a rule is kept when its first
        clause has an atom at one of those places and its second clause has one too.
        """
        found: set[int] = set()
        by_letter = self.by_letter[sensitivity]
        places = 0
        for lc, regex in zip((True, False), self.all_first, strict=True):
            if regex is None:
                continue
            m = regex.search(view)
            while m is not None:
                places += 1
                if places > 100:  # a long text full of rule words: no time to lose here
                    return _RULES_AT[sensitivity]
                pos = m.start()
                for i in by_letter.get((lc, view[pos + 1] if lc else view[pos]), ()):
                    if i not in found:
                        own = self.first[i][0 if lc else 1]
                        if own is not None and own.match(view, pos) is not None:
                            found.add(i)
                m = regex.search(view, pos + 1)
        keep = {i for i in found if all(_finds(finder, view) for finder in self.second[i])}
        keep.update(self.always[sensitivity])
        return tuple(sorted(keep))


# --- the view of a text ----------------------------------------------------------------------


class _ShapeTable(dict[int, str]):
    """str.translate table, for the shape of a view: "a" a letter, "0" another word character,
    " " a space, "-" another separator of spaced-out letters, "#" anything else."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch == " ":
            shape = " "
        elif ch in ".-*_":
            shape = "-"
        elif _LETTER_RE.match(ch):
            shape = "a"
        elif _WORD_RE.match(ch):
            shape = "0"
        else:
            shape = "#"
        if len(self) < 8192:
            self[code] = shape
        return shape


_LETTER_RE = re.compile(r"[^\W\d_]")
_WORD_RE = re.compile(r"\w")
_SHAPE = _ShapeTable()
# step 5 on the shape of a view, after step 4 (spaces)
_SPACED_SHAPE_RE = re.compile(r"(?<![a0])a(?:[ -]a){2,}(?![a0])")
_SPACE_RUN_RE_SHAPE = re.compile(r" {2,}")
_INNER_APOSTROPHE_VIEW_RE = re.compile(r"'(?<=[^\W\d_]')(?=[^\W\d_])")  # step 2
_LEET_SYMBOL_RE = re.compile(r"[@$!|]")
_LONE_SYMBOL_RE = re.compile(r"[@$](?<![^\W\d_][@$])(?![^\W\d_])")  # no letter next to it
# The same tables for ASCII text, for bytes.translate() (much faster than str.translate).
_ASCII_FOLD = bytes(ord(_FOLD[i] or "\0") for i in range(128)).ljust(256, b"\0")
_ASCII_DROP = bytes(i for i in range(128) if not _FOLD[i])
_ASCII_SHAPE = bytes(ord(_SHAPE[i]) for i in range(128)).ljust(256, b"#")
_ASCII_LEET_DIGITS = bytes(range(256)).translate(
    bytes.maketrans(b"013457", "013457".translate(_LEET_DIGITS).encode())
)
_ASCII_FAST = all(len(_FOLD[i]) <= 1 and _FOLD[i].isascii() for i in range(128))


def _spaced(shape: str) -> bool:
    """Whether the text of this shape may have spaced-out letters (step 5)."""
    # In a run of spaced-out letters, the second letter is a single letter between two
    # separators and the third one is followed by a separator or a non-word character; or
    # two spaces follow a letter (step 4 makes them one).
    shape = "#" + shape + "#"
    if any(s in shape for s in ("-a-", " a-", "-a ", " a a ", " a a-", " a a#", "a  ")):
        return _SPACED_SHAPE_RE.search(_SPACE_RUN_RE_SHAPE.sub(" ", shape)) is not None
    return False


def _has_inner_bar(view: str) -> bool:
    """Whether a "!" or "|" is between two letters or digits (leetspeak for "i" or "l")."""
    last = len(view) - 1
    for bar in "!|":
        i = view.find(bar)
        while i >= 0:
            if 0 < i < last and view[i - 1].isalnum() and view[i + 1].isalnum():
                return True
            i = view.find(bar, i + 1)
    return False


def _leet_symbols(view: str) -> str:
    """Step 3 (leetspeak) for "@", "$", "!" and "|", exactly as _normalize does it."""
    chars: list[str] | None = None
    backwards = view[::-1]
    n = len(view)
    done = 0
    for symbol in _LEET_SYMBOL_RE.finditer(view):
        pos = symbol.start()
        if pos < done:
            continue  # in a token already seen
        after = _TOKEN_RE.match(view, pos)
        before = _TOKEN_RE.match(backwards, n - 1 - pos)
        if after is None or before is None:  # pragma: no cover - symbols are token characters
            continue
        start, done = pos + 1 - (before.end() - before.start()), after.end()
        tok = view[start:done]
        if tok.isalpha() or not _HAS_LETTER_RE.search(tok) or _NOT_LEET_RE.fullmatch(tok):
            continue
        last = len(tok) - 1
        for j, c in enumerate(tok):
            if c in "@$" or (
                c in _LEET_INNER and 0 < j < last and tok[j - 1].isalnum() and tok[j + 1].isalnum()
            ):
                if chars is None:
                    chars = list(view)
                chars[start + j] = _LEET[c] if c in _LEET else _LEET_INNER[c]
    return view if chars is None else "".join(chars)


def _view(text: str) -> str | None:
    """The pre-filter's view of a text, with a space in front (None: take the full path)."""
    if _ASCII_FAST and text.isascii():
        folded = text.encode("ascii").translate(_ASCII_FOLD, _ASCII_DROP)
        if b"*" in folded or b"_" in folded or _spaced(folded.translate(_ASCII_SHAPE).decode()):
            return None
        view = folded.decode("ascii")
    else:
        view = text.translate(_FOLD)
        if "*" in view or "_" in view or _spaced(view.translate(_SHAPE)):
            return None
    if "'" in view:
        view = _INNER_APOSTROPHE_VIEW_RE.sub("", view)
    if "@" in view or "$" in view or (("!" in view or "|" in view) and _has_inner_bar(view)):
        if _LONE_SYMBOL_RE.search(view) is None and not _has_inner_bar(view):
            # every "@" and "$" is next to a letter: leetspeak, in a word with a letter
            view = view.replace("@", "a").replace("$", "s")
        else:
            view = _leet_symbols(view)
    if view.isascii():
        return " " + view.encode("ascii").translate(_ASCII_LEET_DIGITS).decode("ascii")
    return " " + view.translate(_LEET_DIGITS)


# The analysis takes a large share of a second and leaves many megabytes of a worker's memory
# behind (freed, but scattered), so its result is saved beside this file (prefilter.json,
# written by `python rules.py --write-prefilter`) and read back when it is still the
# analysis of this rule table (the fingerprint: the tables, the vocabulary, the settings
# and _PREFILTER_VERSION, to bump when the analysis code changes). A stale or missing file
# only costs the analysis at import. (Where two atoms tie, the analysis picks by set order,
# which varies with PYTHONHASHSEED: any of its results is correct, which the tests check by
# comparing classify() with and without the pre-filter, not the file with a new analysis.)
_PREFILTER_FILE = Path(__file__).with_name("prefilter.json")
_PREFILTER_VERSION = 1
_PREFILTER_SOURCE = "none"  # "file" or "analysis": where _PREFILTER came from


def _prefilter_fingerprint() -> str:
    basis = (
        _PREFILTER_VERSION,
        _RULE_TABLE,
        _PROXIMITY_TABLE,
        sorted(_VOCAB.items()),
        _SEP,
        _OPT_SEP,
        _EXACT_LIMIT,
        _CLAUSES,
        _PHRASE_WORDS,
        _ATOM_COST,
        _CORPUS,
        _CORPUS_WORDS,
    )
    return _sha256_hex(repr(basis).encode("utf-8"))


def _without_clauses(text: str) -> str:
    """prefilter.json's text without its clauses: three quarters of it, which scoring never
    reads (a large parse leaves memory behind). The file is written with sorted keys, so
    they are between "by_letter" and "fingerprint"; otherwise the text is left whole."""
    start = text.find(',"clauses":')
    end = text.find(',"fingerprint":', start)
    return text[:start] + text[end:] if 0 <= start < end else text


def _load_prefilter() -> _Prefilter | None:
    global _PREFILTER_SOURCE
    try:
        text = _PREFILTER_FILE.read_text(encoding="utf-8")
        try:
            data = json.loads(_without_clauses(text))
        except ValueError:  # pragma: no cover - not the file --write-prefilter writes
            data = json.loads(text)
        if data.get("fingerprint") == _prefilter_fingerprint():
            loaded = _Prefilter.from_json(data)
            _PREFILTER_SOURCE = "file"
            return loaded
    except (OSError, ValueError, KeyError, TypeError, IndexError, re.error):
        pass
    _PREFILTER_SOURCE = "analysis"
    try:
        built = _Prefilter()
    except (ImportError, AttributeError, ValueError, TypeError, KeyError, IndexError, re.error):
        return None  # pragma: no cover - the analysis met the unknown: every rule runs
    # what the analysis memoised is never read again by scoring: let it go
    for memo in (_heads, _tails, _atom_cost, _clause_cost, _best_atom, _clause_of):
        memo.cache_clear()
    return built


_PREFILTER: _Prefilter | None = _load_prefilter()


@lru_cache(maxsize=64)
def _extra_filter(extra: ExtraTerms) -> tuple[_Finder, ...] | None:
    """Finders that must all find something in a view for an extra term to match the text
    (None: always look for the extra terms)."""
    try:
        clauses = _Analyzer().regex(extra.pattern.pattern).clauses
    except (AttributeError, ValueError, TypeError, KeyError, IndexError, re.error):
        return None  # pragma: no cover
    return tuple(_atoms_finder(c) for c in clauses)


# --------------------------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------------------------


_CLAUSE_BREAK_RE = re.compile(
    r"[.!?,;:]|(?<!\w)(?:but|and(?!\x20that\b)|so|then|now|because|cause|though|although|until"
    r"|til|yet)(?!\w)"
)


class _GuardSpans:
    """Guard matches over one normalised text, computed lazily per guard; frame guards'
    counters are searched once per text too."""

    __slots__ = ("_cache", "_countered", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._cache: dict[int, tuple[list[int], list[int]]] = {}
        self._countered: dict[int, bool] = {}

    def _spans(self, gi: int) -> tuple[list[int], list[int]]:
        got = self._cache.get(gi)
        if got is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _GUARDS[gi].pattern.finditer(self._text):
                starts.append(m.start())
                ends.append(m.end())
            got = (starts, ends)
            self._cache[gi] = got
        return got

    def covers(self, guards: tuple[int, ...], start: int, end: int) -> bool:
        for gi in guards:
            starts, ends = self._spans(gi)
            if not starts:
                continue
            # guard matches are non-overlapping and sorted, so ends are sorted too
            k = bisect.bisect_right(ends, start)
            if k < len(starts) and starts[k] < end:
                return True
        return False

    def framed(self, frames: tuple[int, ...], start: int, end: int) -> bool:
        """Whether a frame guard vetoes the match at start:end (see _FRAME_TABLE)."""
        text = self._text
        for fi in frames:
            frame = _FRAMES[fi]
            starts, ends = self._spans(frame.guard)
            k = bisect.bisect_right(ends, start - frame.before)
            if not (k < len(starts) and starts[k] < end + frame.after):
                continue
            if frame.need is not None:
                # told in the past in the match's clause ("i tried to hang myself"), or by a
                # time right after it ("hang myself in 2021", "cut myself years ago")
                clause = max(0, start - 80)
                for b in _CLAUSE_BREAK_RE.finditer(text, clause, start):
                    clause = b.end()
                if frame.need.search(text, clause, end) is None and (
                    frame.need_after is None or frame.need_after.match(text, end) is None
                ):
                    continue
            countered = self._countered.get(fi)
            if countered is None:
                countered = any(c.search(_unquoted(frame, text)) for c in frame.counters)
                self._countered[fi] = countered
            if not countered and not (frame.local and frame.countered_near(text, start, end)):
                return True
        return False


def _unguarded(
    pattern: re.Pattern[str], text: str, rule: _Rule, spans: _GuardSpans
) -> Iterator[re.Match[str]]:
    for m in pattern.finditer(text):
        if m.start() == m.end():
            continue
        if rule.guards and spans.covers(rule.guards, m.start(), m.end()):
            continue
        if rule.frames and spans.framed(rule.frames, m.start(), m.end()):
            continue
        yield m


def _first_match(rule: _Rule, text: str, spans: _GuardSpans) -> tuple[int, int] | None:
    for m in _unguarded(rule.pattern, text, rule, spans):
        return m.start(), m.end()
    return None


def _first_proximity_match(rule: _Rule, text: str, spans: _GuardSpans) -> tuple[int, int] | None:
    assert rule.partner is not None
    a_spans = [(m.start(), m.end()) for m in _unguarded(rule.pattern, text, rule, spans)]
    if not a_spans:
        return None
    b_spans = [(m.start(), m.end()) for m in _unguarded(rule.partner, text, rule, spans)]
    if not b_spans:
        return None
    veto = _WINDOW_VETO.get(rule.id)
    b_starts = [s for s, _ in b_spans]
    best: tuple[int, int] | None = None
    for a_start, a_end in a_spans:
        # candidates: the B spans just before and just after this A span (nearest ones)
        k = bisect.bisect_left(b_starts, a_start)
        for j in (k - 1, k, k + 1):
            if not 0 <= j < len(b_spans):
                continue
            b_start, b_end = b_spans[j]
            lo, hi = min(a_start, b_start), max(a_end, b_end)
            gap_lo, gap_hi = min(a_end, b_end), max(a_start, b_start)
            if gap_hi - gap_lo > rule.gap:
                continue
            if (
                rule.same_sentence
                and gap_hi > gap_lo
                and _SENTENCE_END_RE.search(text, gap_lo, gap_hi)
            ):
                continue
            if veto is not None and veto.search(text, max(0, lo - 60), hi + 60):
                continue
            if best is None or lo < best[0]:
                best = (lo, hi)
        if best is not None:
            return best
    return best


# Reported speech: a student quoting or retelling what a friend said ("my friend texted me
# 'i want to die'") is worried about the friend, not at risk themselves. A self-harm match
# is moved to concern_for_other when a friend or relative "said / texted / posted ..." shortly
# before it in the same sentence, with no "but", "and", "so" in between (the student's own
# voice again), and not "told me to ..." (which is someone telling the student to).
REPORTED_SPEECH = "concern_for_other.reported_speech"
_REPORTER_RE = _compile(
    r"(?:my|our|a|one of my|this|that) (?:\w+ )?(?:{close_person}|friend \w+)(?: \w+){0,2}?"
    r" (?:said|says|told me|tells me|told us|told everyone|texted|texted me|texts|texts me"
    r"|wrote|writes|posted|posts|keeps saying|kept saying|keeps telling me|messaged|messaged me"
    r"|dmed|dmed me|admitted|confided|confided in me|mentioned|sent me|sent me a message saying"
    r"|whispered|snapchatted|snapchatted me|was like|goes|asked me|asked|screamed|yelled|cried)"
)
# every table is compiled: how many patterns came from regex_code.bin, how many from re
_REGEX_SOURCE = {"file": _SAVED.used, "compiled": _SAVED.compiled}
_SAVED.close()

# the frame that drops a friend's words reported as a joke, or with the friend fine now
_FRIEND_FINE = tuple(i for i, f in enumerate(_FRAMES) if _GUARDS[f.guard].id == "friend_fine")
_REPORT_BREAK_RE = re.compile(r"[.!?]|(?<!\w)(?:but|and|so|because|cause|while|then|now)(?!\w)")


def _reported_by_other(text: str, start: int) -> tuple[int, int] | None:
    """The span of a friend's "said ..." that a match at ``start`` is reported by, if any."""
    last = None
    for m in _REPORTER_RE.finditer(text, max(0, start - 100), start):
        last = m
    if last is None or start - last.end() > 60:
        return None
    between = text[last.end() : start].strip(" \"',:")
    if _REPORT_BREAK_RE.search(between) or between == "to" or between.startswith("to "):
        return None
    return last.start(), last.end()


_FIRST_PERSON_RE = re.compile(r"(?<!\w)(?:i|im|ive|id|ill|me|my|myself|mine)(?!\w)")
_THIRD_PERSON_RE = re.compile(
    r"(?<!\w)(?:she|he|they|shes|hes|theyre|her|him|them|herself|himself|themselves|his"
    r"|their)(?!\w)"
)


def third_person_report(text: str) -> str | None:
    """The excerpt naming who said it, when ``text`` retells what a friend or relative said
    or did about themselves ("my best friend texted me that he doesn't want to be alive"):
    a report ("my friend said / texted / posted ...") followed by "she", "he", "they" and
    no "i", "my", "myself" of the writer's own. None otherwise."""
    norm = _normalize(text)
    s = _rules_text(norm.text)
    m = _REPORTER_RE.search(s)
    if m is None:
        return None
    rest = re.sub(r"^ (?:me|us)(?!\w)", "", s[m.end() :])  # "texted me that he ..."
    if _FIRST_PERSON_RE.search(rest):
        return None
    if not _THIRD_PERSON_RE.search(rest):
        return None
    return norm.excerpt(m.start(), m.end())


_QUOTED = re.compile(r'["\u201c\u201d]\w[^"\u201c\u201d]{2,}["\u201c\u201d]')


def _unquoted(frame: _Frame, text: str) -> str:
    """The text a frame's counter-words are looked for in: for a threat reported in someone's
    words, the writer's own (a time inside the quotation is the threat's, not a sign that the
    writer means it)."""
    if _GUARDS[frame.guard].id != "reported_threat":
        return text
    return _QUOTED.sub(" ", text)


# The frames that can veto the model's finding of a category as well as a rule's match.
_MODEL_FRAMES = {
    "self_harm": ("recovery_frame", "medicine_question", "about_a_work", "intent_denied"),
    "violence": (
        "reported_threat",
        "told_an_adult",
        "take_back",
        "petty_cause",
        "violence_denial",
        "news_question",
        "about_a_work",
        "nonviolent_demand",
    ),
    "concern_for_other": ("friend_fine",),
}


def model_frame(text: str, category: str, evidence: Callable[[], str]) -> str | None:
    """The frame guard that vetoes the model's finding of ``category`` in ``text``, or None.

    The model reads words, not how they are told: "i haven't had a suicidal thought in
    months" and "people saying they should all be hanged is horrifying" score as what they
    tell of. A frame vetoes the finding as it vetoes a rule's match: its words are in the text
    (recovery; condemnation or news), its counter-words are not (anything recent, a relapse;
    "i mean it", a time), and ``evidence()`` (the words of the span the model scored highest)
    is told as the frame needs (in the past; in someone's words).
    """
    s = ""
    for gid in _MODEL_FRAMES.get(category, ()):
        frame = next(f for f in _FRAMES if _GUARDS[f.guard].id == gid)
        s = s or _read(text)
        if _GUARDS[frame.guard].pattern.search(s) is None:
            continue
        unquoted = _unquoted(frame, s)
        if any(c.search(unquoted) is not None for c in frame.counters):
            continue
        # (a local counter-word, a time, counts in a sentence that tells of the risk, as
        # it counts in a rule's match's sentence: "two years ago tonight i was in an
        # ambulance after trying to end my life. tonight i'm sitting on my balcony with a cup
        # of tea" is an anniversary)
        if frame.local and any(
            c.search(sentence) is not None and _RISK_TOLD.search(sentence) is not None
            for sentence in _SENTENCE_END_RE.split(unquoted)
            for c in frame.local
        ):
            continue
        if frame.need is not None:
            said = _read(evidence())
            # (the model's words hold no quotation marks: a quotation in the text counts)
            quoted = gid == "reported_threat" and _QUOTED.search(s) is not None
            if frame.need.search(said) is None and not quoted:
                continue
        return gid
    return None


# a sentence that tells of a risk to the writer (see model_frame)
_RISK_TOLD = _compile(
    r"\w*die|died|dying|dead|death|suicid\w*|\w*kill\w*|cut|cutting|cuts|self~harm\w*|sh"
    r"|hurt\w* (?:myself|me)|harm\w*|overdos\w*|od|pills|end (?:it|my life)|unalive|noose"
    r"|rope|blades?|razors?|relaps\w*|urges?|attempt\w*|ambulance|hospital|a&e|note"
    r"|end\w* (?:it|things|everything)"
)


# the writer's own crisis named: a wish on someone else does not make it theirs
_OWN_CRISIS = _compile(
    r"myself|my self|kms|kys|suicid\w*|sewer~slide|unalive|self~harm\w*|sh|end it(?: all)?"
    r"|end my (?:own )?life|my life|kill me|\w*die|dead|death|alive|live|living|not be here"
    r"|disappear|overdose|od|pills|cut|cutting|burden|goodbye|bye|me"
)


# harm aimed at someone: "hurting her", "make my dad bleed", "watch him suffer"
_HARM_ELSEWHERE = _compile(
    r"(?:hurt|hurting|stab|stabbing|shoot|shooting|kill|killing|beat|beating|punch|punching"
    r"|strangle|strangling|choke|choking|break|smash|burn|bash|batter|glass|torture)"
    r"(?: \w+)? (?:him|her|them|everyone|everybody|every one of them|all of them|(?:my|the"
    r"|that|this|his|our) (?:\w+ )?(?:stepdad|dad|father|stepmum|stepmom|mum|mom|teacher"
    r"|brother|sister|stepbrother|stepsister|boss|ex|bully|bullies|neighbou?r|class|form"
    r"|family|coach|manager|cousin|uncle))"
    r"|(?:him|her|them|my (?:\w+ )?\w+) (?:to )?(?:bleed|bleed out|suffer|hurt|cry|scream|beg)"
)


def harm_aimed_elsewhere(text: str) -> bool:
    """Whether ``text`` wishes harm on someone else ("i want to watch him bleed out") and
    names no crisis of the writer's own (no "myself", "die", "me", "my life" ...)."""
    s = _read(text)
    return _HARM_ELSEWHERE.search(s) is not None and _OWN_CRISIS.search(s) is None


# the guards precise enough to veto the model too: whole idioms and denials (not "for the
# game" or a quotation, which a rule's match must overlap to be dropped)
_MODEL_GUARD_IDS = frozenset(
    (
        "denial", "kill_self_idiom", "die_idioms", "kms_units", "game_deaths",
        "recreational_jumps", "shoot_idioms", "harmless_bombs", "address_you_caringly",
        "violence_condemned", "advice_to_tell",
    )
)  # fmt: skip
# per category, those of them that apply to it or to one of its rules
_MODEL_GUARDS: dict[str, tuple[_Guard, ...]] = {
    category: tuple(
        g
        for g in _GUARDS
        if g.id in _MODEL_GUARD_IDS
        and (
            category in g.applies_to
            or any(r.id in g.applies_to for r in _RULES if r.category == category)
        )
    )
    for category in CATEGORIES
}
# "i mean it", "tomorrow": meant after all (the denial frame's counter-words, shared)
_MODEL_GUARD_COUNTER = next(f for f in _FRAMES if _GUARDS[f.guard].id == "violence_denial")


def insisted(text: str) -> bool:
    """Whether ``text`` says that its risk is meant after all, or soon ("i mean it",
    "unless?", "not joking", "tomorrow"): the counter-words that keep a finding against a
    model guard, and a rule's finding against the model's veto (``detect.RULE_VETO``)."""
    return _MODEL_GUARD_COUNTER.countered(_read(text))


def model_guard(text: str, category: str, strongest: str) -> str | None:
    """The guard that vetoes the model's finding of ``category`` in ``text``, or None: one of
    the benign contexts that drop a rule's match ("shoot you a message", "die in terraria",
    "i'm not going to kill myself, just frustrated") when it holds every use of
    ``strongest``, the feature that weighed most for the category. The model reads "shoot"
    in "i'll shoot you a message when the draft is done" as it reads it anywhere; the idiom
    says what it is."""
    word = _read(strongest.strip("\u2026")).strip()
    if not word or insisted(text):
        return None
    s = _read(text)
    found = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", s)]
    if not found:
        return None  # a piece of a word ("...hoot"): no idiom holds it
    held: str | None = None
    for guard in _MODEL_GUARDS.get(category, ()):
        for m in guard.pattern.finditer(s):
            # (a use that overlaps the idiom is in it: "to die" in "die in terraria so i
            # respawn")
            inside = [at for at in found if at < m.end() and at + len(word) > m.start()]
            if inside:
                held = held or guard.id
                found = [at for at in found if at not in inside]
        if not found:
            return held  # every use of the word is inside an idiom
    return None


def _sort_key(flag_pos: tuple[Flag, str, int]) -> tuple[int, int, int, int]:
    flag, level, pos = flag_pos
    return (
        _SEVERITY_RANK[flag.severity],
        _LEVEL_RANK.get(level, 3),
        _CATEGORY_RANK[flag.category],
        pos,
    )


def classify(
    text: str,
    *,
    sensitivity: str = "medium",
    extra_terms: ExtraTerms | None = None,
) -> list[Flag]:
    """All flags, most severe first. Empty when the text is safe.

    ``sensitivity`` is one of :data:`SENSITIVITIES`: the rules of that level and of the
    levels below it run. ``extra_terms`` (from :func:`compile_extra_terms`) add flags of
    category ``"custom"`` (rule ``custom.extra_term``, severity ``elevated``) at every
    sensitivity. Order: critical before elevated, then explicit (low-level) rules before
    less explicit ones, then category order of :data:`CATEGORIES`, then position in the text.
    One flag per rule (its first match).
    """
    return _classify(text, sensitivity, extra_terms, prefilter=True)


def _classify(
    text: str, sensitivity: str, extra_terms: ExtraTerms | None, *, prefilter: bool
) -> list[Flag]:
    """classify(); ``prefilter=False`` runs every rule (the reference the tests compare to)."""
    if sensitivity not in _LEVEL_RANK:
        raise ValueError(f"sensitivity must be one of {SENSITIVITIES}, not {sensitivity!r}")
    if extra_terms is not None and not isinstance(extra_terms, ExtraTerms):
        raise TypeError("extra_terms must come from compile_extra_terms()")
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if not text or text.isspace():
        return []

    rule_indexes = _RULES_AT[sensitivity]
    extra = extra_terms if extra_terms is not None and extra_terms.terms else None
    if prefilter and _PREFILTER is not None:
        view = _view(text)
        if view is not None:
            rule_indexes = _PREFILTER.candidates(view, sensitivity)
            if extra is not None:
                finders = _extra_filter(extra)
                if finders is not None and not all(_finds(f, view) for f in finders):
                    extra = None
            if not rule_indexes and extra is None:
                return []

    norm = _normalize(text)
    s = _rules_text(norm.text)
    spans = _GuardSpans(s)
    found: list[tuple[Flag, str, int]] = []
    reported = False

    for i in rule_indexes:
        rule = _RULES[i]
        finder: Callable[[_Rule, str, _GuardSpans], tuple[int, int] | None] = (
            _first_match if rule.partner is None else _first_proximity_match
        )
        hit = finder(rule, s, spans)
        if hit is None:
            continue
        start, end = hit
        category, rule_id, context = rule.category, rule.id, ""
        if category == "self_harm":
            reporter = _reported_by_other(s, start)
            if reporter is not None:
                if reported or spans.framed(_FRIEND_FINE, start, end):
                    continue  # one flag per rule id; a friend's words told as a joke
                reported = True
                category, rule_id = "concern_for_other", REPORTED_SPEECH
                context = f"{rule.id}, reported: '{norm.excerpt(*reporter)}'"
        flag = Flag(category, rule_id, rule.severity, norm.excerpt(start, end), rule.level, context)
        found.append((flag, rule.level, start))

    if extra is not None:
        m = extra.pattern.search(norm.text)  # extra terms may name any letter
        if m is not None:
            flag = Flag(CUSTOM, "custom.extra_term", ELEVATED, norm.excerpt(m.start(), m.end()), "")
            found.append((flag, "custom", m.start()))

    found.sort(key=_sort_key)
    return [f for f, _, _ in found]


def _table_patterns(prefilter: _Prefilter | None) -> Iterator[str]:
    """The patterns that the import compiles (what regex_code.bin saves)."""
    yield from (g.pattern.pattern for g in _GUARDS)
    for frame in _FRAMES:
        if frame.need is not None:
            yield frame.need.pattern
        yield from (c.pattern for c in (*frame.counters, *frame.local))
    for rule in _RULES:
        yield rule.pattern.pattern
        if rule.partner is not None:
            yield rule.partner.pattern
    if prefilter is not None:
        for finder in (prefilter.all_first, *prefilter.first, *itertools.chain(*prefilter.second)):
            yield from (r.pattern for r in finder if r is not None)
    yield _REPORTER_RE.pattern


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        # where atoms tie, the analysis picks by set order: one hash seed writes the same
        # file from the same tables every time (any seed's file is correct)
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    if sys.argv[1:] == ["--write-regex-code"]:
        _write_code(_table_patterns(_PREFILTER))
        print(f"wrote {_CODE_FILE}")
        sys.exit(0)
    if sys.argv[1:] != ["--write-prefilter"]:
        sys.exit(
            "usage: python rules.py --write-prefilter  (re-analyse the rules, save it and the"
            " regex code)\n       python rules.py --write-regex-code  (save the regex code)"
        )
    fresh = _Prefilter()
    _PREFILTER_FILE.write_text(
        json.dumps(fresh.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    _write_code(_table_patterns(fresh))
    print(f"wrote {_PREFILTER_FILE} and {_CODE_FILE}")
