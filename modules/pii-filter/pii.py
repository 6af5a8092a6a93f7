"""Find and redact personal information (PII) in chat text.

Pure, standard-library-only detection core of the ``pii-filter`` module. Nothing here knows
about the SDK: ``find_pii`` returns spans, ``redact_pii`` swaps each span for a fixed token
(``[EMAIL]``, ``[PHONE]``, ``[SSN]``, ``[CREDIT_CARD]``, ``[REDACTED]`` for custom patterns)
and leaves every other character of the text exactly as it was.

The texts are students' chat messages and tutors' answers, so they are full of numbers that
are *not* personal: years, prices, dates, scores, math, ISBNs, zip codes, order numbers,
version strings. Every rule below is therefore a trade between recall (never leak a real
address or number) and precision (never mangle a student's homework):

Email
    ``local@domain.tld`` where local and domain may be any Unicode letters, digits and
    combining marks (``josé@correo.es``, ``用户@例子.广告``), the domain is dot-separated labels
    (no leading/trailing hyphen, no underscore) and the last label is a real-looking TLD: two
    or more letters, or a punycode ``xn--`` label. Trailing dots and hyphens are sentence
    punctuation, not part of the address. ``name@2x.png`` style file names (a common file
    extension right after a one-label domain, or a ``2x``/``3x`` scale suffix) are not
    addresses. Obfuscated forms (``john [at] gmail [dot] com``, ``john at gmail dot com``)
    are found only when clearly address-shaped: a known TLD after the last "dot", and either
    a bracketed/``@`` separator, a well-known mail provider, or a handle-like local part
    (digits, dots, underscores) -- so plain English like "look at this dot com thing" stays.
Phone
    NANP numbers in the usual layouts (``555-123-4567``, ``(555) 123-4567``, ``+1 555 123
    4567``, ``1-555-123-4567``, optional ``x123`` / ``ext. 45``) with any dash, dot, slash or
    space (incl. no-break/thin spaces) as separator; a bare ten-digit run only if it starts
    like an area code and is not an operand (``= 2147483647``), glued to a decimal point, or
    right after a reference word (ISBN, order, ...). International numbers need an explicit
    ``+`` or ``00`` prefix and 8-15 digits (E.164), with an optional ``(0)`` trunk digit; for
    common country codes the national length is known, so a number stops where it should
    instead of swallowing the next one. A 7-digit local number (``555-1234``) counts only
    shortly after a phone word ("call", "cell", "text me", ...), because on its own it is
    indistinguishable from many other numbers.
SSN
    ``AAA-GG-SSSS`` with one consistent separator (hyphen, dash, space or dot), and the bare
    nine-digit form only next to a word such as "SSN" or "social security". The SSA never
    issues area 000, 666 or 900-999, group 00 or serial 0000, so such numbers are not SSNs
    and are left alone (they are far more likely to be something else). Two famous numbers
    are excluded as well, see ``_VOIDED_SSNS``.
Credit card
    12-19 digits, either one run or groups separated by one repeated space/hyphen/dot, that
    pass the Luhn checksum *and* start with a known issuer prefix (IIN) valid for that length
    (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro). Luhn alone would flag
    one random digit run in ten; requiring a brand prefix and length as well keeps order
    numbers, ISBNs and long math results out while every real card number still matches.
    Cards are made of whole digit groups, never of part of a group or of a decimal.

Word boundaries are Unicode-aware: a number glued to Chinese text (``电话555-123-4567``) is
still found, but one glued to ASCII letters or to other digits (``A5551234567``,
``3.14159265358``) is not. All patterns are precompiled and written so that matching is
linear in the input (possessive quantifiers, no nested unbounded repetition, fixed-width
look-behinds instead of re-scans); custom patterns are the caller's responsibility.

Speed: this runs on every chat message and AI answer, so ``find_pii`` takes a fast path that
gives exactly the same findings: number detectors only try positions where a match can start
(in clusters of 7+ digits, see "Fast path" below), at signs are found with ``str.find``, and
the obfuscated-address pattern runs only if the text has both the TLD and the "at"/"dot"
word or spaced "@" that an accepted match needs. ``_find_pii(..., fast=False)`` runs every
detector over the whole text; the tests check that both ways agree.

On overlapping candidates the longer span wins; on equal length the more specific detector
(card, then SSN, then email, then phone, then custom) wins. The result never overlaps; what a
partly overlapped loser has outside the winner is redacted as well (no half numbers left).

Context words are looked up in a copy of the text where findings and redaction tokens are
replaced by same-length filler, so a token like ``[PHONE]`` is never itself context and
redacting is idempotent: ``redact_pii`` of already redacted text changes nothing. (That
holds for PII separated from its surroundings by spaces or punctuation, as in real
messages; for PII glued straight onto other PII, a second pass may find more.)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import AnyStr

__all__ = [
    "KINDS",
    "REPLACEMENTS",
    "Finding",
    "compile_custom_patterns",
    "find_pii",
    "luhn_ok",
    "redact_pii",
]

KINDS = ("email", "phone", "ssn", "credit_card")
REPLACEMENTS = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "ssn": "[SSN]",
    "credit_card": "[CREDIT_CARD]",
    "custom": "[REDACTED]",
}

# Tie-break for spans of equal length: the more specific (better validated) detector wins.
_RANK = {"credit_card": 5, "ssn": 4, "email": 3, "phone": 2, "custom": 1}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of PII: its kind (one of ``KINDS`` or ``"custom"``) and ``text[start:end]``."""

    kind: str
    start: int
    end: int


# --------------------------------------------------------------------------------------------
# Shared character classes
# --------------------------------------------------------------------------------------------


def _combining_marks() -> str:
    """Regex class body of every BMP combining mark (Mn/Mc/Me) plus ZWNJ/ZWJ.

    ``\\w`` in Python does not match combining marks, yet they are part of words in
    decomposed Latin (``e`` + U+0301) and in Indic scripts, so email parts must allow them.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x0300, 0x10000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    parts = [f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges]
    return "".join(parts) + "\\u200c\\u200d"


_MARKS = _combining_marks()
_MARK_RE = re.compile(f"[{_MARKS}]")

# Horizontal spaces used between digit groups (space, no-break, figure, thin, narrow
# no-break, ideographic). Line breaks never join a number.
_SP = "[ \u00a0\u2007\u2009\u202f\u3000]"
# Hyphen-minus, Unicode hyphens and dashes (incl. en/em dash), minus sign, full-width hyphen.
_DASH_CHARS = "\\-\u2010-\u2015\u2212\uff0d"
_DASH = f"[{_DASH_CHARS}]"
# One separator between digit groups: a dash (optionally spaced), a space, a dot or a slash.
_SEP = f"(?:{_SP}?{_DASH}{_SP}?|{_SP}|[./\uff0e\uff0f])"
_OPT_SEP = f"(?:{_SEP})?"
# Not glued to an ASCII letter/underscore or any digit (CJK letters may touch a number).
_LB_WORD = "(?<![A-Za-z_\\d])"
# Not the continuation of a longer number (digit followed by a separator).
_LB_CHAIN = f"(?<!\\d[.,/{_DASH_CHARS}\uff0e\uff0f])"
_LB = _LB_WORD + _LB_CHAIN
# Nor followed by more digits (directly, or after a dash/dot/slash/comma).
_LA = f"(?!\\d)(?![.,/{_DASH_CHARS}\uff0e\uff0f]\\d)"
# Bare digit runs additionally must not follow a sign, currency, '#' or '@'.
_LB_BARE = _LB + "(?<![#$€£¥@+\u2212\\-])"
_OPEN = "[(\uff08]"
_CLOSE = "[)\uff09]"
_PLUS = "[+\uff0b]"
_EXT = f"(?:{_SP}*,?{_SP}*(?i:ext(?:ension)?\\.?|x){_SP}*\\d{{1,6}}(?!\\d))"


_ASCII_NON_DIGITS = dict.fromkeys(c for c in range(128) if not 48 <= c <= 57)


def _digits(s: str) -> str:
    """The decimal digits of ``s`` as ASCII (full-width and other scripts' digits too)."""
    if s.isascii():
        return s.translate(_ASCII_NON_DIGITS)
    return "".join(str(unicodedata.decimal(c)) for c in s if c.isdecimal())


def _window_has(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return pattern.search(text, max(0, start), max(0, end)) is not None


# Words that make a short or bare number a phone number / an SSN, searched in a window of
# text just before the number. CJK words have no word boundaries.
_PHONE_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:call(?:ing|ed)?|phone|ph|tel|telephone|cell(?:phone)?|mobile|mob|"
    r"text(?:ing)?(?:\s+me)?|txt|sms|numbers?|num|whats\s?app|signal|telegram|fax|landline|"
    r"ring|dial|contact|reach|tel[eé]fono|tel[eé]fone|celular|m[oó]vil|portable|handy|"
    r"telefon)(?![^\W\d_])|电话|手机|電話|携帯"
)
_SSN_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:ssn|ss\s?#|ss\s?no|ss\s?num(?:ber)?|social(?:\s+security)?|"
    r"soc\.?\s?sec)(?![^\W\d_])"
)
# Reference words after which a bare ten-digit number is an identifier, not a phone.
_REFERENCE_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:isbn(?:-1[03])?|issn|order|invoice|tracking|ref|reference|doi|sku|"
    r"upc|ean|serial|model|part|item|ticket|case|id)(?![^\W\d_])"
)
_CONTEXT_BEFORE = 40
_CONTEXT_AFTER = 24
_MATH_BEFORE = frozenset("=+*/×÷^<>≈≠≤≥")
_MATH_AFTER = frozenset("=+*/×÷^<>≈≠≤≥%")


def _math_adjacent(text: str, start: int, end: int) -> bool:
    """True when the number is an operand: an operator is its nearest neighbour."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] in _MATH_BEFORE:
        return True
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j + 1 < len(text) and text[j] == "+" and text[j + 1].isdecimal():
        return False  # "+44 20 ...": the start of an international number, not a sum
    return j < len(text) and text[j] in _MATH_AFTER


# --------------------------------------------------------------------------------------------
# Fast path: where the number detectors can match at all
# --------------------------------------------------------------------------------------------
#
# The number patterns start with look-behinds, so ``re`` cannot skip ahead: it runs the whole
# pattern at every position of the text, which is most of the time spent on a message. The
# fast path instead finds *clusters*, digits joined by at most seven spacing, dash, dot, slash
# or bracket characters, and tries each pattern (``pattern.match``) only where one of its
# matches can start. That is exact, not a heuristic:
#
# * Inside a match of NANP, NANP_BARE, LOCAL7, SSN, SSN_BARE, ``_CARD_RUN`` and INTL's body,
#   consecutive digits are at most seven such characters apart (the widest gap is INTL's
#   " ) - ( " in "( 0 ) - ( 20 )"), so all of a match's digits (its extension aside) are in
#   one cluster. A match has 10+ (NANP, NANP_BARE), 7 (LOCAL7) or 9 (SSN, SSN_BARE) digits; a
#   card is 12+
#   digits of one ``_CARD_RUN``, which never leaves its cluster; an accepted INTL number has
#   8+ digits. So only clusters of 7+ digits matter, and a detector runs only if the largest
#   cluster has its number of digits.
# * A match starts at its first digit, which starts a digit run (every pattern looks behind
#   for "no digit"), or at most two characters before it at a "+" or "(" ("+1", "(+44",
#   "( 555"). The run's length is known: 10 for NANP_BARE, 9 for SSN_BARE, 3 for LOCAL7 and
#   SSN, and 1, 3 or 4 for NANP ("1 (555)", "555-", "1555-"). The candidates of a detector
#   are these positions in the clusters of 7+ digits, in text order.
# * Trying the candidates in order, skipping those inside the previous match, gives exactly
#   ``finditer``'s matches, since ``match`` at a position sees all the text before it (for
#   look-behinds) and after it.
# * INTL's matches need only a "+", "(+" or "00", and a rejected one decides where the next
#   search starts, so INTL tries every such position (when a cluster has 8 digits).
#
# ``_find_pii(..., fast=False)`` runs every pattern over the whole text; the tests check that
# both give the same findings. For ASCII text the clusters are searched in a one-byte-per-
# character "shape" of it (digit, gap, "(", "+", other), where ``re`` skips ahead quickly.

_GAP = f"[{_SP[1:-1]}{_DASH_CHARS}./\uff0e\uff0f(\uff08)\uff09]"
# From the first digit of a cluster of 7+ digits to its end. Searched from the end of a
# cluster, the first match starts at the first digit of the next cluster of 7+ digits (later
# digits of a cluster have fewer digits after them).
_BIG_CLUSTER = re.compile(f"\\d(?:{_GAP}{{0,7}}+\\d){{6}}(?:{_GAP}{{0,7}}+\\d)*+")
_START = re.compile("(?<!\\d)\\d+|([+\uff0b(\uff08])")  # a digit run, or a "+"/"(" (group 1)
# The same for ASCII text, over its shape: d digit, g gap, o "(" (a gap too), p "+", x other.
_SHAPE_OF = {
    **dict.fromkeys(b"0123456789", "d"),
    **dict.fromkeys(b" -./)", "g"),
    ord("("): "o",
    ord("+"): "p",
}
_SHAPE = bytes(ord(_SHAPE_OF.get(c, "x")) for c in range(256))
_BIG_CLUSTER_SHAPE = re.compile(b"d(?:[go]{0,7}+d){6}(?:[go]{0,7}+d)*+")
_START_SHAPE = re.compile(b"(?<!d)d+|([op])")
_INTL_START = re.compile("[+\uff0b]|[(\uff08](?=[+\uff0b])|(?<!\\d)00")
# With more candidates than this per character, one ``finditer`` over the text is cheaper.
_DENSE = 1 / 4


class _Starts:
    """Candidate match starts of each number pattern in ``text``: sorted positions, or None
    for "anywhere" (too many to try one by one, or a cluster too long to bother). ``most``:
    digits in the largest cluster (``len(text)``, an upper bound, in the "anywhere" case)."""

    __slots__ = ("bare9", "bare10", "most", "nanp", "runs", "three")

    def __init__(self, text: str) -> None:
        # nanp: "+", "(" and digit runs of 1 ("1 (555)"), 3 or 4 ("1555-"); three: LOCAL7
        # and SSN; bare9, bare10: runs of 9 and 10; runs: every run (``_CARD_RUN``).
        lists: tuple[list[int], ...] = ([], [], [], [], [])
        limit = len(text) * _DENSE
        if text.isascii():
            shape = text.encode("ascii").translate(_SHAPE)
            most = _cluster_starts(shape, _BIG_CLUSTER_SHAPE, _START_SHAPE, limit, *lists)
        else:
            most = _cluster_starts(text, _BIG_CLUSTER, _START, limit, *lists)
        if most < 0:
            self.most = len(text)
            self.nanp = self.three = self.bare9 = self.bare10 = self.runs = None
        else:
            self.most = most
            self.nanp, self.three, self.bare9, self.bare10, self.runs = (
                None if len(found) > limit else found for found in lists
            )


_LONG_CLUSTER = 200


def _cluster_starts(
    subject: AnyStr,
    big: re.Pattern[AnyStr],
    start: re.Pattern[AnyStr],
    limit: float,
    nanp: list[int],
    three: list[int],
    bare9: list[int],
    bare10: list[int],
    runs: list[int],
) -> int:
    """Fill the candidate lists from every cluster of 7+ digits; return the most digits in
    one, or -1 when a cluster is longer than ``_LONG_CLUSTER`` or there are more than
    ``limit`` digit runs (then scanning the whole text is cheaper, and the lists are moot)."""
    most = pos = 0
    while (cluster := big.search(subject, pos)) is not None:
        s, e = cluster.span()
        if e - s > _LONG_CLUSTER or len(runs) > limit:
            return -1
        count = 0
        # A "+"/"(" up to two characters before the cluster is not a digit, so it is not in
        # the previous cluster (which ended at ``pos``).
        for m in start.finditer(subject, max(pos, s - 2), e):
            i, j = m.span()
            if m.lastindex:  # "+" or "("
                nanp.append(i)
                continue
            if i < s:  # the last run of an earlier cluster ("5,5551234567")
                continue
            runs.append(i)
            n = j - i
            count += n
            if n == 3:
                three.append(i)
                nanp.append(i)
            elif n == 1 or n == 4:
                nanp.append(i)
            elif n == 9:
                bare9.append(i)
            elif n == 10:
                bare10.append(i)
        most = max(most, count)
        pos = e
    return most


def _scan(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or the same found by trying only ``starts`` (sorted), which
    must include the start of every match."""
    if starts is None:
        return pattern.finditer(text)
    found: list[re.Match[str]] = []
    end = 0
    for i in starts:
        if i >= end:
            m = pattern.match(text, i)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def _search(
    pattern: re.Pattern[str], text: str, pos: int, starts: list[int] | None
) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, or the same trying only ``starts`` (see ``_scan``)."""
    if starts is None:
        return pattern.search(text, pos)
    for k in range(bisect_left(starts, pos), len(starts)):
        m = pattern.match(text, starts[k])
        if m is not None:
            return m
    return None


# --------------------------------------------------------------------------------------------
# Email
# --------------------------------------------------------------------------------------------

# Characters of a local part: word characters, marks and the punctuation real addresses use.
# ('/', '=', '?', '!' and quotes are RFC-legal but in chat they are far more often delimiters.)
_LOCAL_CLASS = f"[\\w{_MARKS}.+'%&~\\-]"
_DOMAIN_CLASS = f"[\\w{_MARKS}.\\-]"
_EMAIL_AT = re.compile(f"({_LOCAL_CLASS}++)[@\uff20]({_DOMAIN_CLASS}++)")
_EMAIL_CANDIDATE = re.compile(f"(?<!{_LOCAL_CLASS}){_EMAIL_AT.pattern}")

# A common file extension right after a one-label "domain" is a file name (image@2x.png), not
# an address; so is anything after an "@2x" retina scale suffix.
_FILE_EXTENSIONS = frozenset(
    "png jpg jpeg gif svg webp bmp tif tiff heic ico pdf txt rtf doc docx xls xlsx ppt pptx "
    "odt ods csv tsv json xml yaml yml html htm css js jsx ts tsx mjs java class cpp hpp cc "
    "mp3 mp4 m4a wav ogg flac webm mkv avi mov wmv zip rar gz tgz bz2 7z tar exe dmg apk iso "
    "psd ipynb log bak tmp".split()
)
_TLD_PREFIX = re.compile(f"(?:[^\\W\\d_]|[{_MARKS}])+")
_SCALE_LABEL = re.compile(r"\d+(?:\.\d+)?x", re.IGNORECASE)


def _is_cjk(c: str) -> bool:
    cp = ord(c)
    return (
        0x3040 <= cp <= 0x30FF  # kana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= cp <= 0xD7AF  # Hangul syllables
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x2FFFF
    )


def _is_wordish(c: str) -> bool:
    return c.isalnum() or _MARK_RE.match(c) is not None


def _local_start(local: str) -> int | None:
    """Offset where the address really starts inside a local-part candidate, or None.

    Leading punctuation is quoting, not address (``'john@x.com'``). CJK text has no spaces,
    so ``我的邮箱是john@x.com`` starts at ``john``: the address begins after the last CJK
    character when ASCII follows it.
    """
    start = 0
    for i in range(-1 if local.isascii() else len(local) - 1, -1, -1):
        if _is_cjk(local[i]):
            if i + 1 < len(local) and local[i + 1 :].isascii():
                start = i + 1
            break
    while start < len(local) and not _is_wordish(local[start]):
        start += 1
    return start if start < len(local) else None


def _label_ok(label: str) -> bool:
    return (
        0 < len(label) <= 63
        and label[0] != "-"
        and label[-1] != "-"
        and (label.replace("-", "").isalnum() or all(c == "-" or _is_wordish(c) for c in label))
    )


def _tld_ok(label: str) -> bool:
    if label[:4].lower() == "xn--":
        return len(label) > 4 and label.isascii() and label.replace("-", "").isalnum()
    return (
        len(label) >= 2
        and label[0].isalpha()
        and (label.isalpha() or all(c.isalpha() or _MARK_RE.match(c) is not None for c in label))
    )


def _cjk_cut(domain: str) -> int:
    """Where ASCII glued to CJK prose ends a domain ("x.com是我的邮箱"), else its length."""
    if domain.isascii():
        return len(domain)
    for i in range(1, len(domain)):
        if _is_cjk(domain[i]) and domain[i - 1].isascii() and domain[i - 1].isalnum():
            return i
    return len(domain)


def _domain_length(domain: str) -> int | None:
    """Length of the address's domain at the start of ``domain`` (a candidate), or None."""
    domain = domain[: _cjk_cut(domain)].rstrip(".-")
    labels: list[str] = []
    for label in domain.split("."):
        if not _label_ok(label):
            break
        labels.append(label)
    if len(labels) >= 2 and not _tld_ok(labels[-1]):
        # A number glued to the address ("me@x.com555-1234") is not part of its TLD.
        letters = _TLD_PREFIX.match(labels[-1])
        if letters is not None and _tld_ok(letters.group()):
            labels[-1] = letters.group()
    while len(labels) >= 2 and not _tld_ok(labels[-1]):
        labels.pop()
    if len(labels) < 2:
        return None
    tld = labels[-1].lower()
    if tld in _FILE_EXTENSIONS and (len(labels) == 2 or _SCALE_LABEL.fullmatch(labels[-2])):
        return None
    return sum(map(len, labels)) + len(labels) - 1


_LOCAL_RUN = re.compile(f"{_LOCAL_CLASS}*+")


def _email_search(text: str, pos: int, rev: str | None) -> re.Match[str] | None:
    """``_EMAIL_CANDIDATE.search(text, pos)``; with ``rev`` (``text[::-1]``) tried only at signs.

    A candidate starts where a maximal run of local-part characters starts and ends at an at
    sign. Scanning the whole text for such runs costs a match attempt at every position; the
    fast way finds each at sign, reads the run before it backwards (as a forward run in the
    reversed text) and tries the pattern only at that run's start. At signs are ordered like
    the runs before them (an at sign is not a local-part character), so the first one that
    matches gives the leftmost match.
    """
    if rev is None:
        return _EMAIL_CANDIDATE.search(text, pos)
    n = len(text)
    a = _next_at(text, pos + 1)
    while a >= 0:
        run = _LOCAL_RUN.match(rev, n - a)  # always matches, maybe empty
        start = a if run is None else a - (run.end() - run.start())
        if pos <= start < a:
            m = _EMAIL_CANDIDATE.match(text, start)
            if m is not None:
                return m
        a = _next_at(text, a + 1)
    return None


def _next_at(text: str, pos: int) -> int:
    """Index of the first "@" or "＠" at or after ``pos``, or -1."""
    at = text.find("@", pos)
    if text.isascii():
        return at
    wide = text.find("\uff20", pos, None if at < 0 else at)
    return at if wide < 0 else wide


def _find_emails(text: str, out: list[tuple[int, int, str]], fast: bool = False) -> None:
    if "@" in text or "\uff20" in text:
        rev = text[::-1] if fast else None
        m = _email_search(text, 0, rev)
        while m is not None:
            pos = m.end()
            offset = _local_start(m.group(1))
            length = _domain_length(m.group(2))
            if offset is not None and length is not None:
                out.append((m.start(1) + offset, m.start(2) + length, "email"))
            # What follows the address may be the next local part, glued on: CJK prose that
            # ended the domain ("a@b.cn用户@例子.中国"), local-only characters ("a@b.c+d@e.f"),
            # the rest of an over-long domain, or the whole domain of a non-address ("x@y@z.io").
            cut = m.start(2) + (length if offset is not None and length is not None else 0)
            m = _EMAIL_AT.match(text, cut) or _email_search(text, pos, rev)
    if fast and not _obfuscation_possible(text):
        return
    if _OB_HINT.search(text) is None:
        return
    for ob in _OBFUSCATED_EMAIL.finditer(text):
        span = _obfuscated_span(ob)
        if span is not None:
            out.append((*span, "email"))


_HS = "[ \t\u00a0]"
_AT_WORD = "(?i:at)"
_DOT_WORD = "(?i:dot)"
_OB_AT = (
    f"(?:{_HS}*[\\[({{<]{_HS}*{_AT_WORD}{_HS}*[\\])}}>]{_HS}*"  # [at] (at) {at} <at>
    f"|{_HS}+@{_HS}+|@{_HS}*"  # "x @ y", "x@ y" (but not "follow @handle")
    f"|{_HS}+{_AT_WORD}{_HS}+)"  # " at "
)
_OB_DOT = (
    f"(?:{_HS}*[\\[({{<]{_HS}*{_DOT_WORD}{_HS}*[\\])}}>]{_HS}*"  # [dot] (dot) {dot} <dot>
    f"|{_HS}+{_DOT_WORD}{_HS}+"  # " dot "
    f"|\\.)"
)
# TLDs accepted after an obfuscated "dot": generic ones plus common country codes.
_OB_TLDS = (
    "com|net|org|edu|gov|mil|int|info|biz|email|online|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|"
    "nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|cl|in|jp|cn|kr|tw|hk|sg|ru|za|me|tv|app|dev|ai|xyz"
)
_OB_LABEL = "[^\\W_][\\w\\-]*+"
_OBFUSCATED_EMAIL = re.compile(
    f"(?<![\\w.+\\-@])(?P<local>\\w[\\w.+\\-]*+)(?P<at>{_OB_AT})"
    f"(?P<domain>{_OB_LABEL}(?:{_OB_DOT}{_OB_LABEL})*){_OB_DOT}"
    f"(?P<tld>(?i:{_OB_TLDS}))(?![\\w\\-])"
)
_MAIL_PROVIDERS = frozenset(
    "gmail googlemail yahoo ymail rocketmail hotmail outlook live msn icloud me mac aol "
    "protonmail proton pm gmx mail yandex zoho qq 163 126 comcast verizon att sbcglobal "
    "cox earthlink".split()
)
_HANDLE_CHARS = re.compile(r"[\d._+\-]")


def _obfuscated_span(m: re.Match[str]) -> tuple[int, int] | None:
    at = m.group("at")
    rest = m.string[m.end("at") : m.start("tld")]  # domain labels and the separators
    if at == "@" and _OB_NON_LITERAL.search(rest) is None:
        return None  # a plain address: the regular email detector owns it
    strong = "@" in at or _OB_BRACKETS.search(at + rest) is not None
    label = _OB_FIRST_LABEL.match(m.group("domain"))
    provider = label is not None and label.group().lower() in _MAIL_PROVIDERS
    handle = _HANDLE_CHARS.search(m.group("local")) is not None
    if not (strong or handle or provider):
        return None
    offset = _local_start(m.group("local"))
    if offset is None:
        return None
    return m.start("local") + offset, m.end("tld")


_OB_HINT = re.compile("(?i)\\bat\\b|[@\uff20]")  # cheap pre-check: every form has one
# Fast-path pre-checks (``_obfuscation_possible``). A match ends in an ``_OB_DOT`` and a TLD,
# so right before the TLD there is a ".", or a closing bracket or the word "dot" and spaces.
# Each form gets its own pattern starting with a literal, which ``re`` finds quickly.
_OB_TLD_END = f"(?i:{_OB_TLDS})(?![\\w\\-])"
_OB_TLD_AFTER_DOT = re.compile(f"\\.{_OB_TLD_END}")
_OB_TLD_AFTER_BRACKET = tuple(
    re.compile(f"{re.escape(bracket)}{_HS}*{_OB_TLD_END}") for bracket in ")]}>"
)
_OB_TLD_AFTER_WORD = re.compile(f"{_DOT_WORD}{_HS}+{_OB_TLD_END}")
# An accepted match is not a plain "x@y.z" (``_obfuscated_span``): its "at" or one of its
# "dot"s is a word, after a space or an opening bracket and before a space or a closing
# bracket, or a space follows its "@" ("x @ y", "x@ y"). Words are searched for in lower case.
_OB_AT_WORD_LOW = re.compile("at[ \\t\u00a0\\])}>](?<=[\\[({< \\t\u00a0]at.)")
_OB_DOT_WORD_LOW = re.compile("dot[ \\t\u00a0\\])}>](?<=[\\[({< \\t\u00a0]dot.)")


def _obfuscation_possible(text: str) -> bool:
    """False when no match of ``_OBFUSCATED_EMAIL`` in ``text`` can be accepted.

    "(?i:at)" and "(?i:dot)" match only ASCII letters, and ``str.lower`` turns no other
    character into one of those letters nor changes spaces and brackets, so such a word is in
    ``text`` exactly when it is in ``text.lower()``.
    """
    low = text.lower()
    dot = "dot" in low
    if not (
        ("@" in text and ("@ " in text or "@\t" in text or "@\u00a0" in text))
        or ("at" in low and _OB_AT_WORD_LOW.search(low) is not None)
        or (dot and _OB_DOT_WORD_LOW.search(low) is not None)
    ):
        return False
    return (
        _OB_TLD_AFTER_DOT.search(text) is not None
        or (")" in text and _OB_TLD_AFTER_BRACKET[0].search(text) is not None)
        or ("]" in text and _OB_TLD_AFTER_BRACKET[1].search(text) is not None)
        or ("}" in text and _OB_TLD_AFTER_BRACKET[2].search(text) is not None)
        or (">" in text and _OB_TLD_AFTER_BRACKET[3].search(text) is not None)
        or (dot and _OB_TLD_AFTER_WORD.search(text) is not None)
    )


_OB_NON_LITERAL = re.compile("[\\s\\[\\](){}<>]")
_OB_BRACKETS = re.compile("[\\[\\](){}<>]")
_OB_FIRST_LABEL = re.compile(_OB_LABEL)


# --------------------------------------------------------------------------------------------
# Phone
# --------------------------------------------------------------------------------------------

_NANP = re.compile(
    _LB
    + f"(?:{_PLUS}?1{_OPT_SEP})?"  # country code: +1 / 1
    + f"(?:{_OPEN}{_SP}?\\d{{3}}{_SP}?{_CLOSE}{_OPT_SEP}|\\d{{3}}{_SEP})"  # (555) / 555-
    + f"\\d{{3}}{_SEP}\\d{{4}}{_EXT}?"
    + _LA
)
_NANP_BARE = re.compile(_LB_BARE + "[2-9]\\d{9}" + _LA)
_LOCAL7 = re.compile(_LB + f"\\d{{3}}{_SEP}\\d{{4}}{_EXT}?" + _LA)
_INTL = re.compile(
    "(?<![A-Za-z_\\d+*/=^)\\]\uff0b])"
    f"(?P<prefix>{_PLUS}|{_OPEN}{_PLUS}(?=\\d{{1,3}}{_CLOSE})|(?<![.,])00(?=[1-9]))"
    f"(?P<body>(?:\\d{{1,3}}{_CLOSE}{_SP}?)?"
    f"\\d(?:{_SEP}?(?:\\d|{_OPEN}{_SP}?\\d{{1,4}}{_SP}?{_CLOSE}))*+)"
    f"(?P<ext>{_EXT})?"
)
_GROUP = re.compile(f"(?:{_OPEN}{_SP}?)?\\d+(?:{_SP}?{_CLOSE})?")


# Longest national significant number (digits after the country code) for common country
# codes, so that a number does not swallow the next one ("+61 2 9374 4000 1234 ..."). Country
# codes are prefix-free, so the first of 1, 2 or 3 leading digits found here is the code.
# Other codes may use all of E.164's 15 digits.
_NATIONAL_MAX = {
    **dict.fromkeys(["1", "7", "20", "30", "44", "52", "57", "60", "63", "64", "81"], 10),
    **dict.fromkeys(["84", "90", "91", "92", "234"], 10),
    **dict.fromkeys(["27", "31", "32", "33", "34", "36", "40", "41", "48", "56", "61"], 9),
    **dict.fromkeys(["66", "351", "353", "966", "971", "972"], 9),
    **dict.fromkeys(["45", "47", "65"], 8),
    **dict.fromkeys(["39", "54", "55", "82"], 11),
    **dict.fromkeys(["49", "86"], 12),
}


def _intl_limits(digits: str) -> tuple[int, int]:
    """Fewest and most digits (country code included) of a number starting with ``digits``."""
    if digits[:1] == "1":
        return 11, 11  # NANP: always ten national digits
    for size in (1, 2, 3):
        national = _NATIONAL_MAX.get(digits[:size])
        if national is not None:
            return 8, min(15, size + national)
    return 8, 15


def _intl_end(m: re.Match[str]) -> int | None:
    """End of a valid international number in an ``_INTL`` match, or None.

    Counts digits (minus the ``00`` prefix and a ``(0)`` trunk digit) and needs 8 to 15
    (E.164), exactly 11 for +1, or fewer for a country code in ``_NATIONAL_MAX``. The match
    takes every digit group that follows; when that is too many digits, or runs into a longer
    dashed/dotted number, the number ends at the last group boundary followed by a space that
    leaves few enough ("+44 20 7946 0958 555-123-4567" is two numbers), or failing that at
    the last boundary that does.
    """
    body = m.group("body")
    groups = list(_GROUP.finditer(body))
    double_zero = m.group("prefix") == "00"
    if double_zero and len(groups) < 2:
        return None  # "0044..." written as one run is just a number
    if _digits(groups[0].group()).startswith("0") and not double_zero:
        return None  # no country code starts with 0
    digits = ""
    counts: list[int] = []
    for i, g in enumerate(groups):
        d = _digits(g.group())
        if not (i > 0 and d == "0" and g.group().lstrip()[:1] in "(\uff08"):  # (0) trunk
            digits += d
        counts.append(len(digits) - 2 if double_zero else len(digits))
    if double_zero:
        digits = digits[2:]
    least, limit = _intl_limits(digits)
    if least <= counts[-1] <= limit and _CHAIN_AFTER.match(m.string, m.end()) is None:
        return m.end()  # including an extension
    for most in (limit, 15) if limit < 15 else (15,):
        fits = [
            i
            for i in range(len(groups) - 1)
            if least <= counts[i] <= most and (i or not double_zero)
        ]
        for i in reversed(fits):
            gap = body[groups[i].end() : groups[i + 1].start()]
            if any(c.isspace() for c in gap):
                return m.start("body") + groups[i].end()
        if fits:
            return m.start("body") + groups[fits[-1]].end()
    return None


_CHAIN_AFTER = re.compile(f"[.,/{_DASH_CHARS}\uff0e\uff0f]\\d")


def _find_phones(text: str, out: list[tuple[int, int, str]]) -> None:
    _find_nanp(text, out, None, None)
    _find_intl(text, out, None)


def _find_nanp(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None, bare: list[int] | None
) -> None:
    for m in _scan(_NANP, text, starts):
        out.append((m.start(), m.end(), "phone"))
    for m in _scan(_NANP_BARE, text, bare):
        s, e = m.span()
        if _math_adjacent(text, s, e) or _window_has(
            _REFERENCE_CONTEXT, text, s - _CONTEXT_BEFORE // 2, s
        ):
            continue
        out.append((s, e, "phone"))


def _find_intl(text: str, out: list[tuple[int, int, str]], starts: list[int] | None) -> None:
    if "+" in text or "00" in text or "\uff0b" in text:
        intl = _search(_INTL, text, 0, starts)
        while intl is not None:
            end = _intl_end(intl)
            if end is not None:
                out.append((intl.start(), end, "phone"))
            # A number cut short may be followed by the next one ("+52 55 1234 5678 0044 ...").
            intl = _search(_INTL, text, intl.end() if end is None else end, starts)


def _local_phone_candidates(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """7-digit numbers; phones only with a phone word before them (see ``_with_context``)."""
    for m in _scan(_LOCAL7, text, starts):
        out.append((m.start(), m.end(), "phone"))


# --------------------------------------------------------------------------------------------
# SSN
# --------------------------------------------------------------------------------------------

# Not SSNs despite valid-looking digits: 078-05-1120 was printed on a sample card inside
# Woolworth wallets in 1938 and then used by thousands of people as their own; 219-09-9999
# appeared on a 1940 Social Security Board advertisement. The SSA voided both, and they are
# the canonical example numbers, so they are left in place like any other invalid SSN.
_VOIDED_SSNS = frozenset({"078051120", "219099999"})

_SSN = re.compile(_LB + f"(\\d{{3}})([{_DASH_CHARS} .\u00a0])(\\d{{2}})\\2(\\d{{4}})" + _LA)
_SSN_BARE = re.compile(_LB_BARE + "\\d{9}" + _LA)


def _ssn_valid(digits: str) -> bool:
    """SSA rules: area not 000/666/900-999, group not 00, serial not 0000; not voided."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and digits not in _VOIDED_SSNS
    )


def _find_ssns(text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None) -> None:
    for m in _scan(_SSN, text, starts):
        if _ssn_valid(_digits(m.group(1) + m.group(3) + m.group(4))):
            out.append((m.start(), m.end(), "ssn"))


def _bare_ssn_candidates(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """Valid 9-digit runs; SSNs only next to an SSN word (see ``_with_context``)."""
    for m in _scan(_SSN_BARE, text, starts):
        if _ssn_valid(_digits(m.group())):
            out.append((m.start(), m.end(), "ssn"))


# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile("|".join(re.escape(token) for token in REPLACEMENTS.values()))
_FILLER = "\x00"


def _with_context(
    text: str, found: list[Finding], candidates: list[tuple[int, int, str]]
) -> list[Finding]:
    """The candidates that have their context word nearby, as findings.

    The window is measured in a copy of the text where every finding, every candidate and
    every redaction token already in the text is replaced by neutral filler as long as its
    token. That copy is the same before and after redaction, so redacting twice changes
    nothing: a token is never a context word ("[PHONE] 555-1234") and redacting a long
    address never pulls a context word closer to a number.
    """
    candidates = sorted(candidates)
    taken = bytearray(len(text))
    spans: list[tuple[int, int, int, int]] = []  # start, end, filler length, candidate or -1
    for f in found:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
        spans.append((f.start, f.end, len(REPLACEMENTS[f.kind]), -1))
    for m in _TOKEN.finditer(text):
        if taken.find(1, m.start(), m.end()) == -1:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            spans.append((m.start(), m.end(), m.end() - m.start(), -1))
    for index, (start, end, kind) in enumerate(candidates):
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            spans.append((start, end, len(REPLACEMENTS[kind]), index))
    spans.sort()
    pieces: list[str] = []
    places: dict[int, tuple[int, int]] = {}
    pos = length = 0
    for start, end, filler, index in spans:
        pieces.append(text[pos:start])
        length += start - pos
        if index >= 0:
            places[index] = (length, length + filler)
        pieces.append(_FILLER * filler)
        length += filler
        pos = end
    pieces.append(text[pos:])
    measured = "".join(pieces)
    accepted: list[Finding] = []
    for index, (at, until) in places.items():
        start, end, kind = candidates[index]
        if kind == "ssn":
            ok = _window_has(_SSN_CONTEXT, measured, at - _CONTEXT_BEFORE, at) or _window_has(
                _SSN_CONTEXT, measured, until, until + _CONTEXT_AFTER
            )
        else:
            ok = _window_has(_PHONE_CONTEXT, measured, at - _CONTEXT_BEFORE, at)
        if ok:
            accepted.append(Finding(kind, start, end))
    return accepted


# --------------------------------------------------------------------------------------------
# Credit card
# --------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """True if ``digits`` (decimal digits only, at least two) passes the Luhn checksum."""
    if len(digits) < 2 or not digits.isdecimal():
        return False
    ascii_digits = _digits(digits)
    # From the right: every first digit as it is, every second one doubled (minus 9 if > 9).
    doubled = ascii_digits[-2::-2].translate(_LUHN_DOUBLED)
    return (sum(map(int, ascii_digits[-1::-2])) + sum(map(int, doubled))) % 10 == 0


_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")


# (brand, inclusive IIN prefix range as digit strings of equal length, allowed lengths)
_BRANDS: tuple[tuple[str, str, str, frozenset[int]], ...] = (
    ("visa", "4", "4", frozenset({13, 16, 19})),
    ("mastercard", "51", "55", frozenset({16})),
    ("mastercard", "2221", "2720", frozenset({16})),
    ("amex", "34", "34", frozenset({15})),
    ("amex", "37", "37", frozenset({15})),
    ("discover", "6011", "6011", frozenset(range(16, 20))),
    ("discover", "644", "649", frozenset(range(16, 20))),
    ("discover", "65", "65", frozenset(range(16, 20))),
    ("discover", "622126", "622925", frozenset(range(16, 20))),
    ("diners", "300", "305", frozenset(range(14, 20))),
    ("diners", "36", "36", frozenset(range(14, 20))),
    ("diners", "38", "39", frozenset(range(14, 20))),
    ("jcb", "3528", "3589", frozenset(range(16, 20))),
    ("unionpay", "62", "62", frozenset(range(16, 20))),
    ("maestro", "50", "50", frozenset(range(12, 20))),
    ("maestro", "56", "69", frozenset(range(12, 20))),
)


def _card_brand(digits: str) -> str | None:
    """The brand whose IIN prefix and length fit ``digits`` (ASCII digits), or None.

    Does not check Luhn. Where ranges overlap (Discover/UnionPay/Maestro) the first listed wins.
    """
    for brand, low, high, lengths in _BRANDS:
        if len(digits) in lengths and low <= digits[: len(low)] <= high:
            return brand
    return None


def _is_card(digits: str) -> bool:
    return _card_brand(digits) is not None and luhn_ok(digits)


_CARD_SEP = f"(?:{_SP}|{_DASH}|\\.)"
_CARD_RUN = re.compile(f"(?<![A-Za-z_\\d])(?<!\\d[.,])\\d++(?:{_CARD_SEP}\\d++)*+")
_DIGIT_RUN = re.compile("\\d+")


def _find_cards(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """Cards are whole digit groups of a run: one 12-19 digit group, or groups of 3-6 digits
    (first 4-6, last 1-6) joined by one repeated separator, as cards are printed."""
    for run in _scan(_CARD_RUN, text, starts):
        if run.end() - run.start() < 12:
            continue
        groups = [(g.start(), g.end()) for g in _DIGIT_RUN.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(groups):
            end = _card_at(text, groups, i)
            if end is None:
                i += 1
            else:
                out.append((groups[i][0], groups[end][1], "credit_card"))
                i = end + 1


def _card_at(text: str, groups: list[tuple[int, int]], i: int) -> int | None:
    """Index of the last group of the longest card starting at group ``i``, or None."""
    s0, e0 = groups[i]
    first = e0 - s0
    if first >= 12:  # one unseparated run; must not be half of a decimal or a dashed chain
        before = text[s0 - 1] if i > 0 else " "
        after = text[e0] if i + 1 < len(groups) else " "
        if before.isspace() and after.isspace() and _is_card(_digits(text[s0:e0])):
            return i
        return None
    if not 4 <= first <= 6 or i + 1 >= len(groups):
        return None
    sep = text[e0 : groups[i + 1][0]]
    digits = _digits(text[s0:e0])
    j = i + 1
    candidates: list[int] = []
    while j < len(groups):
        s, e = groups[j]
        if text[groups[j - 1][1] : s] != sep or e - s > 6:
            break
        digits += _digits(text[s:e])
        if len(digits) > 19:
            break
        candidates.append(j)
        if e - s < 3:  # a short group can only be the last one
            break
        j += 1
    # Starting halfway through a grouped number ("1234 5678 9012 3456") needs 13+ digits: the
    # 12-digit Maestro tail of an ordinary 16-digit number is a card one time in twenty.
    shortest = 13 if i > 0 and text[groups[i - 1][1] : s0] == sep else 12
    for j in reversed(candidates):
        number = _digits_of(text, groups, i, j)
        if len(number) >= shortest and _is_card(number):
            if not sep.isspace() and _continues(text, groups, i, j, sep):
                return None  # "1111-4111-1111-1111-1111": part of a longer chain
            return j
    return None


def _digits_of(text: str, groups: list[tuple[int, int]], i: int, j: int) -> str:
    return "".join(_digits(text[s:e]) for s, e in groups[i : j + 1])


def _continues(text: str, groups: list[tuple[int, int]], i: int, j: int, sep: str) -> bool:
    before = i > 0 and text[groups[i - 1][1] : groups[i][0]] == sep
    after = j + 1 < len(groups) and text[groups[j][1] : groups[j + 1][0]] == sep
    return before or after


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def compile_custom_patterns(patterns: Sequence[str]) -> list[re.Pattern[str]]:
    """Compile user regexes from config.

    Raises ValueError naming the index, the pattern and the ``re`` error for an invalid one
    (and for a non-string or empty pattern, which would match everything or nothing useful).
    """
    if isinstance(patterns, str):
        raise ValueError(f"custom patterns must be a list of strings, not the string {patterns!r}")
    compiled: list[re.Pattern[str]] = []
    for index, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            raise ValueError(f"custom pattern #{index} {pattern!r} is not a string")
        if not pattern:
            raise ValueError(f"custom pattern #{index} {pattern!r} is empty")
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise ValueError(f"custom pattern #{index} {pattern!r} is invalid: {exc}") from exc
    return compiled


_ALL_KINDS = frozenset(KINDS)


def _wanted(kinds: Collection[str]) -> frozenset[str]:
    if kinds is KINDS:
        return _ALL_KINDS
    if isinstance(kinds, str):
        raise TypeError(f"kinds must be a collection of kind names, not the string {kinds!r}")
    wanted = frozenset(kinds)
    unknown = wanted.difference(KINDS)
    if unknown:
        raise ValueError(f"unknown PII kinds {sorted(unknown)}; known: {list(KINDS)}")
    return wanted


def _resolve(text: str, candidates: Iterable[tuple[int, int, str]]) -> list[Finding]:
    """Make candidates non-overlapping: longest first, then by detector rank, then leftmost.

    A candidate inside an accepted one is dropped. One that only partly overlaps accepted
    spans keeps its uncovered remainder (trimmed to letters/digits) as a finding of its own
    kind, so two adjacent numbers that were read as one never leak half of the second.
    """
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], -_RANK[c[2]], c[0]))
    if not ordered:
        return []
    taken = bytearray(len(text))
    kept: list[Finding] = []

    def take(start: int, end: int, kind: str) -> None:
        taken[start:end] = b"\x01" * (end - start)
        kept.append(Finding(kind, start, end))

    for start, end, kind in ordered:
        if start >= end:
            continue
        if taken.find(1, start, end) == -1:
            take(start, end, kind)
            continue
        pos = start
        while pos < end:
            free = taken.find(0, pos, end)
            if free == -1:
                break
            stop = taken.find(1, free, end)
            pos = end if stop == -1 else stop
            while free < pos and not text[free].isalnum():
                free += 1
            last = pos
            while last > free and not text[last - 1].isalnum():
                last -= 1
            if free < last:
                take(free, last, kind)
    kept.sort(key=lambda f: f.start)
    return kept


_ANY_DIGIT = re.compile("\\d")


def find_pii(
    text: str,
    *,
    kinds: Collection[str] = KINDS,
    custom: Sequence[re.Pattern[str]] = (),
) -> list[Finding]:
    """Non-overlapping findings sorted by start (on overlap the longer / more specific wins).

    ``kinds`` selects built-in detectors (a subset of ``KINDS``; anything else is a
    ValueError); ``custom`` are patterns from ``compile_custom_patterns``, reported as
    ``"custom"``. Empty matches of custom patterns are ignored.
    """
    return _find_pii(text, _wanted(kinds), custom)


def _find_pii(
    text: str, wanted: frozenset[str], custom: Sequence[re.Pattern[str]], *, fast: bool = True
) -> list[Finding]:
    """``find_pii`` for validated kinds; ``fast=False`` runs every detector over the whole
    text (the reference the fast path is tested against)."""
    if not fast:
        return _find_pii_full(text, wanted, custom)
    candidates: list[tuple[int, int, str]] = []
    contextual: list[tuple[int, int, str]] = []
    if "email" in wanted:
        _find_emails(text, candidates, fast=True)
    phone = "phone" in wanted
    ssn = "ssn" in wanted
    card = "credit_card" in wanted
    if phone or ssn or card:
        starts = _Starts(text)
        most = starts.most  # digits in the largest cluster; each detector needs this many
        if phone and most >= 10:
            _find_nanp(text, candidates, starts.nanp, starts.bare10)
        if phone and most >= 8 and ("+" in text or "00" in text or "\uff0b" in text):
            intl = [m.start() for m in _INTL_START.finditer(text)]
            _find_intl(text, candidates, None if len(intl) > len(text) * _DENSE else intl)
        if ssn and most >= 9:
            _find_ssns(text, candidates, starts.three)
        if card and most >= 12:
            _find_cards(text, candidates, starts.runs)
        if phone and most >= 7:
            _local_phone_candidates(text, contextual, starts.three)
        if ssn and most >= 9:
            _bare_ssn_candidates(text, contextual, starts.bare9)
    return _settle(text, candidates, custom, contextual, fast=True)


def _find_pii_full(
    text: str, wanted: frozenset[str], custom: Sequence[re.Pattern[str]]
) -> list[Finding]:
    candidates: list[tuple[int, int, str]] = []
    if "email" in wanted:
        _find_emails(text, candidates)
    numbers = _ANY_DIGIT.search(text) is not None
    if numbers and "phone" in wanted:
        _find_phones(text, candidates)
    if numbers and "ssn" in wanted:
        _find_ssns(text, candidates)
    if numbers and "credit_card" in wanted:
        _find_cards(text, candidates)
    contextual: list[tuple[int, int, str]] = []
    if numbers and "phone" in wanted:
        _local_phone_candidates(text, contextual)
    if numbers and "ssn" in wanted:
        _bare_ssn_candidates(text, contextual)
    return _settle(text, candidates, custom, contextual)


def _settle(
    text: str,
    candidates: list[tuple[int, int, str]],
    custom: Sequence[re.Pattern[str]],
    contextual: list[tuple[int, int, str]],
    *,
    fast: bool = False,
) -> list[Finding]:
    """Add custom matches, resolve overlaps, then accept contextual candidates."""
    for pattern in custom:
        if isinstance(pattern, str):
            raise TypeError("custom patterns must be compiled with compile_custom_patterns()")
        for m in pattern.finditer(text):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), "custom"))
    found = _resolve_apart(candidates) if fast else None
    if found is None:
        found = _resolve(text, candidates)
    if contextual and not (fast and _all_overlap(contextual, found)):
        extra = _with_context(text, found, contextual)
        if extra:
            found = sorted([*found, *extra], key=lambda f: f.start)
    return found


def _resolve_apart(candidates: list[tuple[int, int, str]]) -> list[Finding] | None:
    """``_resolve`` when no two candidates overlap (it then keeps each as it is), else None."""
    if len(candidates) > 8:
        return None
    if not candidates:
        return []
    ordered = sorted(candidates)
    end = 0
    for start, stop, _ in ordered:
        if start < end or start >= stop:
            return None
        end = stop
    return [Finding(kind, start, stop) for start, stop, kind in ordered]


def _all_overlap(candidates: list[tuple[int, int, str]], found: list[Finding]) -> bool:
    """True if every candidate overlaps a finding, so ``_with_context`` accepts none of them
    (it places, and so accepts, only candidates clear of every finding). Checked only for a
    few of each."""
    if len(candidates) * len(found) > 64:
        return False
    return all(
        start < end and any(f.start < end and start < f.end for f in found)
        for start, end, _ in candidates
    )


def redact_pii(
    text: str,
    *,
    kinds: Collection[str] = KINDS,
    custom: Sequence[re.Pattern[str]] = (),
) -> tuple[str, list[str]]:
    """Return (redacted text, sorted unique kinds found).

    Each finding's span is replaced by its ``REPLACEMENTS`` token; everything else is kept
    verbatim. Text with nothing found is returned as the very same string object.
    """
    findings = find_pii(text, kinds=kinds, custom=custom)
    if not findings:
        return text, []
    parts: list[str] = []
    pos = 0
    for f in findings:
        parts.append(text[pos : f.start])
        parts.append(REPLACEMENTS[f.kind])
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), sorted({f.kind for f in findings})
