"""Find and redact personal information (PII) in chat text.

Pure detection core of the ``pii-filter`` module: standard library plus ``phonenumbers``
(libphonenumber's numbering plans, pure Python, its metadata shipped with it). Nothing here
knows about the SDK: ``find_pii`` returns spans, ``redact_pii`` swaps each span for a fixed
token (``[EMAIL]``, ``[PHONE]``, ``[SSN]``, ``[CREDIT_CARD]``, ``[REDACTED]`` for custom
patterns) and leaves every other character of the text exactly as it was.

The texts are students' chat messages and tutors' answers, so they are full of numbers that
are *not* personal: years, prices, dates, scores, math, ISBNs, zip codes, order numbers,
version strings, code. Every rule below is therefore a trade between recall (never leak a
real address or number) and precision (never mangle a student's homework):

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
Phone (NANP)
    US-format numbers, whatever the regions: 3-3-4 with any dash, dot, slash or up to three
    spaces (incl. no-break/thin spaces) as separator (``555-123-4567``, ``555  123  4567``),
    ``(555) 123-4567``, 3 + 7 (``415 5550199``, ``(415) 5550199``), with ``+1``, ``1`` or
    ``001`` before them, optional ``x123`` / ``ext. 45``. No area code starts with 0 or 1, so
    ``123-456-7890`` is a placeholder, not a number. A bare ten-digit run counts if it starts
    like an area code, eleven digits if they are 1 and a valid area code and exchange
    (``14155550199``); a bare run never counts as an operand (``= 2147483647``), glued to a
    decimal point, right after a reference word (ISBN, order, ...) or "#", as a function's
    argument (``print(9876543210)``), or near a math word ("the product is ...", "int max")
    unless a phone word is nearer. A 7-digit local number (``555-1234``, ``5551234``) counts
    only shortly after a phone word ("call", "cell", "text me", ...), because on its own it
    is indistinguishable from many other numbers.
Phone (international)
    Numbers with ``+`` or ``00`` and a country code: 8-15 digits (E.164), with an optional
    ``(0)`` trunk digit; for common country codes the national length is known, so a number
    stops where it should instead of swallowing the next one. ``00`` also starts ordinary
    numbers, so a ``00`` number must be valid (or possible and grouped as its plan groups it)
    by phonenumbers and not be a group of a longer chain of digit groups.
Phone (national writings, ``regions``)
    For the regions a school configures (ISO 3166 alpha-2 codes, ``DEFAULT_REGIONS``: US, CA,
    GB, IN, AU) their national writings (``020 7946 0958``, ``07911 123456``, ``098765
    43210``, ``(02) 9374 4000``, ``0412 345 678``, ``98765 43210``, ``1300 123 456``) and
    their country codes written without ``+`` (``44 20 7946 0958``, ``91-98765-43210``).
    Candidates are chains of digit groups in clusters of 7+ digits; phonenumbers decides
    whether a run of whole groups is a valid number of a configured region, read with a
    trunk prefix, a country code or neither, and whether its groups are written as phone
    numbers are. See "Phone: national writings" below for the rules.
SSN
    ``AAA-GG-SSSS`` with one consistent separator (hyphen, dash, space or dot), and the bare
    nine-digit form only next to a word such as "SSN" or "social security" (also glued:
    ``SSN#123456789``, ``ssn-123456789``). The SSA never issues area 000, 666 or 900-999,
    group 00 or serial 0000, so such numbers are not SSNs and are left alone (they are far
    more likely to be something else). Two famous numbers are excluded as well, see
    ``_VOIDED_SSNS``.
Credit card
    12-19 digits that pass the Luhn checksum *and* start with an issuer prefix (IIN, ISO/IEC
    7812) of a card network that issues that length: Visa, Mastercard (51-55, 2221-2720),
    Amex, Discover (6011, 622126-622925, 644-649, 65), Diners (300-305, 3095, 36, 38-39;
    14-19 digits), JCB (3528-3589, and the legacy 15-digit 1800 and 2131), UATP (1, 15
    digits), UnionPay (62, 81), Maestro (50, 56-69; 12-19 digits), Mir (2200-2204), RuPay,
    Troy, Verve, NAPAS, UzCard, Humo, BORICA, China T-Union, Hipercard, GPN, Switch, ... (see
    ``_BRANDS``). Luhn alone would flag one random digit run in ten; requiring a network's
    prefix and length as well keeps order numbers, ISBNs and long math results out. Cards
    are written as one run or in groups: spaces and dashes, mixed or not (4-4-4-4, 4-6-5,
    4-6-4, 4-4-4-4-3, 8-8, 6-13, irregular groups), spaced dashes all along, or dots (groups
    of up to six digits). Cards are made of whole digit groups, never of part of a group, of
    a decimal, of a longer dashed chain, or of a thousands-grouped number (``123 456 789 012
    345``); starting or ending inside a longer run of groups needs 13+ digits.

Word boundaries are Unicode-aware: a number glued to Chinese text (``电话555-123-4567``) is
still found, and one glued to a word in ASCII letters (``at415-555-0199``, ``card#4111...``,
``4111111111111111pls``) counts when the word is a word of its own and the number is well
validated (a card; a NANP number with a valid area code and exchange; a phone number valid in
its plan): not a single letter (``A5551234567``), not hex letters, not camelCase, not a
reference word (``id4155550199``), not part of a longer token (``x9f4155550199``,
``a3f5e2b4155550199c``, UUIDs, paths). See "Numbers glued to words" below. A number glued to
other digits (``3.14159265358``) never counts. All patterns are precompiled and written so
that matching is linear in the input (possessive quantifiers, no nested unbounded repetition,
fixed-width look-behinds instead of re-scans); custom patterns are the caller's
responsibility.

Speed: this runs on every chat message and AI answer, so ``find_pii`` takes a fast path that
gives exactly the same findings: number detectors only try positions where a match can start
(in clusters of 7+ digits, see "Fast path" below), at signs are found with ``str.find``, and
the obfuscated-address pattern runs only if the text has both the TLD and the "at"/"dot"
word or spaced "@" that an accepted match needs. A message without a cluster of 7+ digits
never reaches phonenumbers (typical messages take a few µs), and phonenumbers' readings are
cached. ``_find_pii(..., fast=False)`` runs every detector over the whole text; the tests
check that both ways agree.

On overlapping candidates the longer span wins; on equal length the more specific detector
(card, then SSN, then email, then phone, then custom) wins. The result never overlaps; what a
partly overlapped loser has outside the winner is redacted as well (no half numbers left).

Context words are looked up in a copy of the text where findings and redaction tokens are
replaced by same-length filler, so a token like ``[PHONE]`` is never itself context, and the
number rules treat a redaction token next to a number as the digits it replaced, so what a
number is read as does not depend on whether its neighbour was redacted yet. ``redact_pii``
also repeats itself on its own result until nothing more is found (a number glued straight
onto other PII may stand out only once that is a token), so redacting is idempotent:
``redact_pii`` of already redacted text changes nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import AnyStr, NamedTuple

import phonenumbers

__all__ = [
    "DEFAULT_REGIONS",
    "KINDS",
    "REPLACEMENTS",
    "Finding",
    "check_regions",
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

_TOKENS = "|".join(re.escape(token) for token in REPLACEMENTS.values())  # as a regex

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
# For numbers validated well enough to be found glued to a word (``_glue_ok`` decides):
# digits, "_" and chains may not touch them, letters may.
_LB_NUM = "(?<![_\\d])" + _LB_CHAIN
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
_PHONE_WORDS = (
    r"call(?:ing|ed)?|phone|ph|tel|telephone|cell(?:phone)?|mobile|mob|"
    r"text(?:ing)?(?:\s+me)?|txt|sms|whats\s?app|signal|telegram|fax|landline|"
    r"ring|dial|contact|reach|tel[eé]fono|tel[eé]fone|celular|m[oó]vil|portable|handy|"
    r"telefon"
)
_PHONE_CONTEXT = re.compile(
    f"(?i)(?<![^\\W\\d_])(?:{_PHONE_WORDS}|numbers?|num)(?![^\\W\\d_])|电话|手机|電話|携帯"
)
# Where ``_PHONE_CONTEXT`` may match in a text, and more (no word boundaries): a cheap check.
# (Not in a redaction token: ``_with_context`` blanks those out.)
_PHONE_WORD_ANYWHERE = re.compile(
    f"(?i)(?<!\\[)(?:{_PHONE_WORDS})|(?<!\\[)(?:num)|电话|手机|電話|携帯"
)
# The same without "number", which is as much a math word as a phone word (and not the
# "[PHONE]" of a redaction, as this one is looked up in the text itself).
_STRONG_PHONE_CONTEXT = re.compile(
    f"(?i)(?<![^\\W\\d_])(?<!\\[)(?:{_PHONE_WORDS})(?![^\\W\\d_])(?!\\])|电话|手机|電話|携帯"
)
_SSN_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:ssn|ss\s?#|ss\s?no|ss\s?num(?:ber)?|social(?:\s+security)?|"
    r"soc\.?\s?sec)(?![^\W\d_])"
)
# Reference words after which a bare ten-digit number is an identifier, not a phone.
_REFERENCE_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:isbn(?:-1[03])?|issn|order|invoice|tracking|ref|reference|doi|sku|"
    r"upc|ean|serial|model|part|item|ticket|case|id|student|employee|member|account|acct|"
    r"roll|badge|licen[cs]e|passport|policy|claim|confirmation|booking|receipt|"
    r"transaction|routing)(?![^\W\d_])"
)
_CONTEXT_BEFORE = 40
_CONTEXT_AFTER = 24
_MATH_BEFORE = frozenset("=+*/×÷^<>≈≠≤≥")
_MATH_AFTER = frozenset("=+*/×÷^<>≈≠≤≥%")


# Words around a bare digit run that make it a quantity, not a phone number ("the product is
# 3216549870", "int max is 2147483647"), unless a phone word is closer to it.
_MATH_CONTEXT = re.compile(
    r"(?i)(?<![^\W\d_])(?:sum|product|factors?|factori[sz]e|multipl(?:y|ied|ies|ication)|"
    r"times|divid(?:e|ed|es)|divisible|quotient|remainder|primes?|integers?|int|"
    r"calculat(?:e|ed|or)|comput(?:e|ed)|equals?|squared?|cubed?|roots?|powers?|exponent|"
    r"modulo|factorial|overflow|bits|bytes|digits? of|decimal|binary|hexadecimal|"
    r"round(?:ed)?|approx(?:imately)?|answers?|results?|solutions?|totals?|output)"
    r"(?![^\W\d_])"
)
_CALL_SYNTAX = re.compile(r"[\w\])]\($")  # print(9876543210), f(x)(...)


def _bare_number_ok(text: str, start: int, end: int) -> bool:
    """Whether a bare digit run (no separators) may be a phone number by what surrounds it:
    not an operand (``_math_adjacent``), not after a reference word ("order", "ISBN", ...),
    not a function's argument in code, and no math word nearby unless a phone word is."""
    if _math_adjacent(text, start, end) or _window_has(
        _REFERENCE_CONTEXT, text, start - _CONTEXT_BEFORE // 2, start
    ):
        return False
    if _CALL_SYNTAX.search(text, max(0, start - 2), start):
        return False
    if _window_has(_MATH_CONTEXT, text, start - _CONTEXT_BEFORE, start) or _window_has(
        _MATH_CONTEXT, text, end, end + _CONTEXT_AFTER
    ):
        return _window_has(_STRONG_PHONE_CONTEXT, text, start - _CONTEXT_BEFORE, start)
    return True


def _between_numbers(text: str, start: int, end: int) -> bool:
    """Whether the number is an operand of another number: "67320018 * 67320027 = 4531...".
    (Unlike ``_math_adjacent``, "card = 4111..." is not: a name is set to it.) A redaction
    token counts as the number it replaced, so redacting twice changes nothing."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] in _MATH_BEFORE:
        k = i - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        if k >= 0 and (text[k].isdecimal() or text[k] in ")]"):
            return True
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j + 1 < len(text) and text[j] == "+" and text[j + 1].isdecimal():
        return False  # "+44 20 ...": the start of an international number, not a sum
    if j < len(text) and text[j] in _MATH_AFTER and text[j] != "%":
        k = j + 1
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        if k < len(text) and text[k] in "-\u2212+":
            k += 1
        # "[" starts a redaction token, where a number was ("... + [PHONE]")
        return k < len(text) and (text[k].isdecimal() or text[k] in "([")
    return False


def _math_adjacent(text: str, start: int, end: int) -> bool:
    """True when the number is an operand: an operator is its nearest neighbour. A slash
    divides only between operands ("10 / 2"); between words it separates ("phone 555 / im")."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] in _MATH_BEFORE:
        if text[i] != "/" or i == start - 1:
            return True
        k = i - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        if k >= 0 and (text[k].isdecimal() or text[k] in ")]"):
            return True
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    if j + 1 < len(text) and text[j] == "+" and text[j + 1].isdecimal():
        return False  # "+44 20 ...": the start of an international number, not a sum
    if j < len(text) and text[j] == "/" and j > end:
        k = j + 1
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        return k < len(text) and (text[k].isdecimal() or text[k] in "(-+.")
    return j < len(text) and text[j] in _MATH_AFTER


# --------------------------------------------------------------------------------------------
# Numbers glued to words
# --------------------------------------------------------------------------------------------
#
# People type "at415-555-0199", "card#4111...", "4111111111111111pls". Code and identifiers
# glue digits to letters too ("0x7fff...", "userId4155550199", "a3f5e2b4155550199c", UUIDs),
# and there the digits are not a phone or a card. So a number that touches an ASCII letter
# counts only when the letters are a word of their own: two or more letters before it (one
# after it: "x" may end it), not all hex digits (a-f), no camelCase hump, before it not
# ending in a reference word (id, order, ref, key, ...), and not themselves glued to digits,
# "_" or the punctuation that builds longer tokens (dots, dashes, slashes, "@", "#", "=",
# ...). A number glued on both sides is inside a token. A number glued to a word before it
# must also be well validated: a card (Luhn and IIN) or an SSN by its own rules, a NANP
# number with an area code and an exchange starting with 2-9, any other phone number valid
# in its numbering plan. Letters that are not ASCII (CJK prose, "телефон") touch numbers
# freely, as before; LOCAL7 and the obfuscated emails do not take glued numbers at all.

_HEX_LETTERS = frozenset("abcdefABCDEF")
_TOKEN_JOINERS = frozenset(
    "_./\\@#=&%$+~^|" + "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\uff0e\uff0f"
)
_GLUE_REFERENCE_WORDS = (
    "id",
    "ref",
    "isbn",
    "issn",
    "order",
    "invoice",
    "tracking",
    "sku",
    "upc",
    "ean",
    "serial",
    "model",
    "part",
    "item",
    "ticket",
    "key",
    "token",
    "hash",
    "code",
    "pin",
    "otp",
    "sha",
    "uuid",
    "guid",
    "acct",
    "account",
)


def _is_word_letter(c: str) -> bool:
    return c.isalpha() and not _is_cjk(c)


def _word_ok(word: str, outside: str, before: bool) -> bool:
    """Whether ``word`` (letters glued to a number, ``before`` or after it) is a word of its
    own; ``outside`` is the character beyond it ("" at the edge of the text)."""
    if len(word) < (2 if before else 1):
        return False  # "A5551234567", "x4155550199": an identifier or a variable
    if outside and (outside.isalnum() or outside in _TOKEN_JOINERS):
        return False
    if all(c in _HEX_LETTERS for c in word):
        return False
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)):
        return False  # camelCase: a name in code
    return not (before and word.lower().endswith(_GLUE_REFERENCE_WORDS))


def _glue_ok(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a number, may count as one though it touches letters:
    each word glued to it is a word of its own (``_word_ok``), and it is not glued on both
    sides (then it is inside a token)."""
    glued_before = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
    glued_after = end < len(text) and text[end].isascii() and text[end].isalpha()
    if glued_before:
        if glued_after:
            return False
        i = start - 1
        while i > 0 and _is_word_letter(text[i - 1]):
            i -= 1
        return _word_ok(text[i:start], text[i - 1] if i > 0 else "", True)
    if glued_after:
        j = end + 1
        while j < len(text) and _is_word_letter(text[j]):
            j += 1
        return _word_ok(text[end:j], text[j] if j < len(text) else "", False)
    return True


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` touches an ASCII letter on either side."""
    return (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or (
        end < len(text) and text[end].isascii() and text[end].isalpha()
    )


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
# * Inside a match of NANP, NANP_BARE, LOCAL7, SSN, SSN_BARE, ``_CARD_RUN``, ``_NATIONAL``
#   and INTL's body, consecutive digits are at most seven such characters apart (the widest
#   gaps are INTL's and ``_NATIONAL``'s " ) - ( " in "( 0 ) - ( 20 )"), so all of a match's
#   digits (its extension aside) are in one cluster. A match has 10+ (NANP, NANP_BARE), 7
#   (LOCAL7) or 9 (SSN, SSN_BARE) digits; a card is 12+ digits of one ``_CARD_RUN``, which
#   never leaves its cluster; an accepted INTL number has 8+ digits, a national one 7+ in one
#   ``_NATIONAL`` chain. So only clusters of 7+ digits matter, and a detector runs only if the
#   largest cluster has its number of digits.
# * A match starts at its first digit, which starts a digit run (every pattern looks behind
#   for "no digit"), or at most two characters before it at a "+" or "(" ("+1", "(+44",
#   "( 555"). The run's length is known: 10 or 11 for NANP_BARE, 9 for SSN_BARE, 3 or 7 for
#   LOCAL7, 3 for SSN, and 1-4 for NANP ("1 (555)", "44 555", "555-", "001-", "1555-"); a card
#   run or a national chain starts at any run (or "(" for a chain). The candidates of a
#   detector are these positions in the clusters of 7+ digits, in text order.
# * Trying the candidates in order, skipping those inside the previous match, gives exactly
#   ``finditer``'s matches, since ``match`` at a position sees all the text before it (for
#   look-behinds) and after it.
# * INTL's matches need only a "+", "(+" or "00", and a rejected one decides where the next
#   search starts, so INTL tries every such position (when a cluster has 8 digits).
# * Detectors that look at what was found before them (cards, INTL, national) run in the same
#   order both ways: emails, NANP, SSN, the contextual candidates, cards, INTL, national.
#
# ``_find_pii(..., fast=False)`` runs every pattern over the whole text; the tests check that
# both give the same findings. For ASCII text the clusters are searched in a one-byte-per-
# character "shape" of it (digit, gap, "(", "+", other), where ``re`` skips ahead quickly.

_GAP = f"[{_SP[1:-1]}{_DASH_CHARS}./\uff0e\uff0f(\uff08)\uff09]"
# From the first digit of a cluster of 7+ digits to its end. Searched from the end of a
# cluster, the first match starts at the first digit of the next cluster of 7+ digits (later
# digits of a cluster have fewer digits after them).
_BIG_CLUSTER = re.compile(f"\\d(?:{_GAP}{{0,7}}+\\d){{6}}(?:{_GAP}{{0,7}}+\\d)*+")
# A digit run, or a "+" (group 1) or "(" (group 2).
_START = re.compile("(?<!\\d)\\d+|([+\uff0b])|([(\uff08])")
# The same for ASCII text, over its shape: d digit, g gap, o "(" (a gap too), p "+", x other.
_SHAPE_OF = {
    **dict.fromkeys(b"0123456789", "d"),
    **dict.fromkeys(b" -./)", "g"),
    ord("("): "o",
    ord("+"): "p",
}
_SHAPE = bytes(ord(_SHAPE_OF.get(c, "x")) for c in range(256))
_BIG_CLUSTER_SHAPE = re.compile(b"d(?:[go]{0,7}+d){6}(?:[go]{0,7}+d)*+")
_START_SHAPE = re.compile(b"(?<!d)d+|(p)|(o)")
_INTL_START = re.compile("[+\uff0b]|[(\uff08](?=[+\uff0b])|(?<!\\d)00")
# With more candidates than this per character, one ``finditer`` over the text is cheaper.
_DENSE = 1 / 4


class _Starts:
    """Candidate match starts of each number pattern in ``text``: sorted positions, or None
    for "anywhere" (too many to try one by one, or a cluster too long to bother). ``most``:
    digits in the largest cluster (``len(text)``, an upper bound, in the "anywhere" case)."""

    __slots__ = ("bare", "bare9", "chain", "local", "most", "nanp", "runs", "three")

    def __init__(self, text: str) -> None:
        # nanp: "+", "(" and digit runs of 1 ("1 (555)"), 2 ("44 555"), 3 ("555-", "001-",
        # "353 555") or 4 ("1555-");
        # three: SSN; local: runs of 3 and 7 (LOCAL7); bare9: runs of 9; bare: runs of 10 and
        # 11; runs: every run (``_CARD_RUN``); chain: every run and "(" (``_NATIONAL``).
        limit = len(text) * _DENSE
        if text.isascii():
            shape = text.encode("ascii").translate(_SHAPE)
            if _BIG_CLUSTER_SHAPE.search(shape) is None:
                self._no_cluster()
                return
            lists: tuple[list[int], ...] = ([], [], [], [], [], [], [])
            most = _cluster_starts(shape, _BIG_CLUSTER_SHAPE, _START_SHAPE, limit, *lists)
        else:
            if _BIG_CLUSTER.search(text) is None:
                self._no_cluster()
                return
            lists = ([], [], [], [], [], [], [])
            most = _cluster_starts(text, _BIG_CLUSTER, _START, limit, *lists)
        if most < 0:
            self.most = len(text)
            self.nanp = self.three = self.local = self.bare9 = self.bare = None
            self.runs = self.chain = None
        else:
            self.most = most
            self.nanp, self.three, self.local, self.bare9, self.bare, self.runs, self.chain = (
                None if len(found) > limit else found for found in lists
            )

    def _no_cluster(self) -> None:
        """No cluster of 7+ digits: no number detector runs (the lists stay empty)."""
        self.most = 0
        self.nanp = self.three = self.local = self.bare9 = self.bare = self.runs = _NO_STARTS
        self.chain = _NO_STARTS


_NO_STARTS: list[int] = []  # never changed


_LONG_CLUSTER = 200


def _cluster_starts(
    subject: AnyStr,
    big: re.Pattern[AnyStr],
    start: re.Pattern[AnyStr],
    limit: float,
    nanp: list[int],
    three: list[int],
    local: list[int],
    bare9: list[int],
    bare: list[int],
    runs: list[int],
    chain: list[int],
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
                if m.lastindex == 2:  # "("
                    chain.append(i)
                continue
            if i < s:  # the last run of an earlier cluster ("5,5551234567")
                continue
            runs.append(i)
            chain.append(i)
            n = j - i
            count += n
            if n == 3:
                three.append(i)
                local.append(i)
                nanp.append(i)
            elif n == 7:
                local.append(i)
            elif n == 1 or n == 2 or n == 4:
                nanp.append(i)
            elif n == 9:
                bare9.append(i)
            elif n == 10 or n == 11:
                bare.append(i)
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

# Between the groups of a NANP number: spaces (up to three), a dash (spaced or not), a dot or
# a slash.
_NSEP = f"(?:{_SP}{{1,3}}|{_SP}?{_DASH}{_SP}?|[./\uff0e\uff0f])"
_OPT_NSEP = f"(?:{_NSEP})?"
# Calling codes other than +1 (phonenumbers' list; they are prefix-free).
_CALLING_CODES = "|".join(
    str(c) for c in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE) if c != 1
)
_NANP_BODY = (
    f"(?:(?:{_PLUS}|00(?=1(?:{_NSEP}|{_OPEN})))?1{_OPT_NSEP})?"  # +1 / 1 / 001
    + f"(?:{_OPEN}{_SP}?\\d{{3}}{_SP}?{_CLOSE}{_OPT_NSEP}|\\d{{3}}{_NSEP})"  # (555) / 555-
    + f"(?:\\d{{3}}{_NSEP}\\d{{4}}|(?P<seven>\\d{{7}}))"  # 123-4567 / 1234567
    + f"(?P<ext>{_EXT})?"
    + _LA
)
# With a calling code written without "+" right before the area code ("91-415-555-0199",
# "44 (415) 555 0199"); when that reading fails, the number after the code is read alone
# (``_NANP_PLAIN``).
_NANP = re.compile(
    _LB_NUM + f"(?:(?P<cc>{_CALLING_CODES})(?P<sep>{_NSEP})(?={_OPEN}|\\d{{3}}\\D))?" + _NANP_BODY
)
_NANP_PLAIN = re.compile(_LB_NUM + _NANP_BODY)
_SPACED_DASH = re.compile(f"{_SP}+{_DASH}{_SP}*|{_SP}*{_DASH}{_SP}+")
# What does not separate the area code from seven digits: a spaced dash (a subtraction), a
# dot or a slash ("245.3981274" is a calculator's ten digits, "200/2000000" a fraction).
_SEVEN_SEP = re.compile(f"{_SP}{_DASH}|{_DASH}{_SP}|\\d[./\uff0e\uff0f]\\d")
# Ten digits starting like an area code, or eleven: 1 and a valid area code and exchange.
_NANP_BARE = re.compile(
    _LB_NUM + "(?<![#$€£¥@+\u2212\\-])(?:1[2-9]\\d\\d[2-9]\\d{6}|[2-9]\\d{9})" + _LA
)
# Seven digits starting like an exchange (2-9): 555-1234 or 5551234 (phones only after a phone
# word).
_LOCAL7 = re.compile(_LB + f"[2-9](?:\\d\\d{_SEP}\\d{{4}}|\\d{{6}}){_EXT}?" + _LA)
_INTL = re.compile(
    "(?<![_\\d+*/^)\\]\uff0b])"
    f"(?P<prefix>{_PLUS}|{_OPEN}{_PLUS}(?=\\d{{1,3}}{_CLOSE})|(?<![.,])00{_SP}?(?=[1-9]))"
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
    double_zero = m.group("prefix")[:1] == "0"
    if double_zero and len(groups) < 2:
        return None  # "0044..." written as one run is just a number
    if _digits(groups[0].group()).startswith("0"):
        return None  # no country code starts with 0
    digits = ""
    counts: list[int] = []
    for i, g in enumerate(groups):
        d = _digits(g.group())
        if not (i > 0 and d == "0" and g.group().lstrip()[:1] in "(\uff08"):  # (0) trunk
            digits += d
        counts.append(len(digits))
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


def _nanp_ok(digits: str) -> bool:
    """Area code and exchange of a NANP number (its last ten digits) both start with 2-9."""
    return len(digits) >= 10 and digits[-10] not in "01" and digits[-7] not in "01"


def _nanp_assigned(digits: str) -> bool:
    """Whether the NANP number (its last ten digits) is valid by phonenumbers: its area code
    is in use (in the US, Canada or elsewhere in +1)."""
    info = _phone_info("+1" + digits[-10:], None)
    return info is not None and info.valid


def _glued_before(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()


def _find_nanp(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None, bare: list[int] | None
) -> None:
    for m in _scan(_NANP, text, starts):
        if _nanp_accepted(m):
            out.append((m.start(), m.end(), "phone"))
        elif m.group("cc"):
            plain = _NANP_PLAIN.match(text, m.end("sep"))
            if plain is not None and _nanp_accepted(plain):
                out.append((plain.start(), plain.end(), "phone"))
    for m in _scan(_NANP_BARE, text, bare):
        s, e = m.span()
        if not _bare_number_ok(text, s, e) or not _glue_ok(text, s, e):
            continue
        digits = _digits(m.group())
        if _glued_before(text, s) and not _nanp_ok(digits):
            continue
        if len(digits) == 11 and not _nanp_assigned(digits):
            continue  # "14155550199": a newer writing, so its area code must be in use
        out.append((s, e, "phone"))


def _nanp_accepted(m: re.Match[str]) -> bool:
    """Whether a match of ``_NANP`` or ``_NANP_PLAIN`` is a NANP number."""
    text, (s, e) = m.string, m.span()
    digits = _digits(text[s : m.start("ext") if m.group("ext") else e])
    if digits[-10] in "01" or not _glue_ok(text, s, e):
        return False  # no NANP area code starts with 0 or 1 ("123-456-7890" is a placeholder)
    # "415 5550199", "91-415-555-0199" (newer writings) and "at415-555-0199" must be valid
    # NANP numbers
    seven = m.group("seven") is not None
    cc = "cc" in m.re.groupindex and m.group("cc") is not None
    if (seven or cc or _glued_before(text, s)) and not _nanp_ok(digits):
        return False
    # "200 - 2000000 = ..." is a subtraction, "245.3981274" a decimal
    return not (seven and (_math_adjacent(text, s, e) or _SEVEN_SEP.search(text, s, e)))


def _find_intl(text: str, out: list[tuple[int, int, str]], starts: list[int] | None) -> None:
    if "+" in text or "00" in text or "\uff0b" in text:
        intl = _search(_INTL, text, 0, starts)
        while intl is not None:
            end = _intl_end(intl)
            if end is not None and not _intl_accepted(intl, end):
                intl = _search(_INTL, text, intl.start() + 1, starts)
                continue
            if end is not None:
                out.append((intl.start(), end, "phone"))
            # A number cut short may be followed by the next one ("+52 55 1234 5678 0044 ...").
            intl = _search(_INTL, text, intl.end() if end is None else end, starts)


def _intl_accepted(m: re.Match[str], end: int) -> bool:
    """Whether the international number ``m`` (up to ``end``) counts. "+" marks a phone number
    well; but "00" also starts ordinary numbers ("case 0017 0734 7306 5611"), a number glued to
    a word ("tel+44 20 7946 0958") may be part of a token, and one after "=" a signed value:
    those must be numbers of their plan (see ``_intl_in_plan``). A "00" number must also not
    continue a dashed or dotted number ("0000-0043-2000-0000"), nor be part of four or more
    groups of four digits ("0000 0043 2000 0000"), as cards and accounts are written."""
    text, start = m.string, m.start()
    glued = _glued(text, start, end)
    if glued and not _glue_ok(text, start, end):
        return False
    assigned = _char_before(text, start) == "="  # "number=+1 ..."
    double_zero = m.group("prefix")[:1] == "0"
    if double_zero:
        if _JOINED_BEFORE.search(text, max(0, start - 2), start):
            return False
        sizes = [g.end() - g.start() for g in _DIGIT_RUN.finditer(text, start, m.end("body"))]
        before = _FOURS_BEFORE.search(text, max(0, start - 15), start)
        if before is not None:
            sizes += [4] * (len(before.group()) // 5)
        if len(sizes) >= 4 and all(size == 4 for size in sizes):
            return False
    if glued or assigned or double_zero:
        return _intl_in_plan(m, end, glued or assigned)
    return True


_JOINED_BEFORE = re.compile(f"\\d[./{_DASH_CHARS}\uff0e\uff0f]$")
# Up to three groups of four digits, each followed by one space, right before a position.
_FOURS_BEFORE = re.compile(f"(?<![\\d.,/{_DASH_CHARS}])(?:\\d{{4}}{_SP}){{1,3}}$")


def _char_before(text: str, i: int) -> str:
    """The nearest character before ``text[i]`` that is not a space or tab ("" if none)."""
    i -= 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return text[i] if i >= 0 else ""


def _intl_in_plan(m: re.Match[str], end: int, glued: bool) -> bool:
    """Whether the international number ``m`` (up to ``end``) is a number of its country's
    plan: valid, or (unless ``glued``) possible and grouped as the plan groups it."""
    stop = min(end, m.end("body"))
    digits = ""
    sizes: list[int] = []
    for i, g in enumerate(_GROUP.finditer(m.string, m.start("body"), stop)):
        d = _digits(g.group())
        if not (i > 0 and d == "0" and g.group().lstrip()[:1] in "(\uff08"):  # (0) trunk
            digits += d
            sizes.append(len(d))
    if digits[:1] == "1":  # NANP: its own rule, as for numbers without "+"
        return len(digits) == 11 and _nanp_ok(digits)
    info = _phone_info("+" + digits, None)
    if info is None or not digits.endswith(info.nsn):
        return False
    national = _drop(sizes, len(digits) - len(info.nsn))
    return info.valid or (
        not glued and info.possible and _bounds(national) <= info.bounds and len(national) > 1
    )


def _local_phone_candidates(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """7-digit numbers; phones only with a phone word before them (see ``_with_context``)."""
    if _PHONE_WORD_ANYWHERE.search(text) is None:
        return  # none can be accepted (the context is looked up in a copy of ``text`` with
        # some spans blanked out, which has no letters that ``text`` has not)
    for m in _scan(_LOCAL7, text, starts):
        s, e = m.span()
        if text[s + 3].isdecimal():
            if not _bare_number_ok(text, s, s + 7):
                continue  # 5551234: a bare run, so not an operand, a reference, ...
        elif _math_adjacent(text, s, e):
            continue  # "= 100.0000" is a result
        out.append((s, e, "phone"))


# --------------------------------------------------------------------------------------------
# Phone: national writings and country codes without "+", by the regions' numbering plans
# --------------------------------------------------------------------------------------------
#
# "020 7946 0958" is a London number to a British reader and nothing in particular to an
# American one, so these writings are read only for the regions a school configures
# (``regions``, ISO 3166 alpha-2 codes). The numbering plans come from ``phonenumbers``
# (libphonenumber's metadata): which digits a valid number has, how long it is, whether its
# national writing starts with a trunk prefix (the "0" of "020 ...") and how it is grouped.
# NANP regions (+1) only add their calling code: their numbers have detectors of their own.
#
# Candidates are chains of digit groups (``_NATIONAL``): groups joined by a space, a dash or a
# dot, or written in brackets ("(02) 9374 4000", "44 (0)20 ..."). Each run of up to seven
# whole groups with 7-17 digits, longest first, is read three ways:
#
# * country code without "+" ("44 20 7946 0958", "91-98765-43210"): the first group is the
#   calling code of a configured region, and the rest a number of that code;
# * trunk prefix ("020 7946 0958", "07911 123456", "(02) 9374 4000"): the digits start with a
#   configured region's trunk prefix, and the rest is a national number of that region;
# * neither ("98765 43210", "1300 123 456"): only where the region's formatting leaves the
#   trunk prefix out (Australian 13/1300/1800 numbers) or makes it optional (Indian numbers)
#   -- and then for a mobile number, or one grouped as the plan groups mobile numbers, since
#   a landline without its prefix ("1234 567 890") is more likely some other number --, only
#   in two or more groups that are whole groups of one of the region's formats for it
#   (``98765 43210``, not ``9876 54321``), and not when every group is round
#   ("60000-70000" is a range).
#
# A reading counts when phonenumbers finds the number valid and the groups are written as
# phone numbers are: each group after the first has 2+ digits, and either the groups merge
# the official grouping's groups or all of them have 3+ digits ("0207 946 0958"). A number
# in a range that is possible but not allocated (the UK's "07700 900123" drama numbers)
# counts only when written exactly as the plan groups it. A window next to other digit groups
# of its chain (or a redaction token, which stands for some) must be valid and grouped as the
# plan groups it: "3499 0969 5892 964" holds no phone number, "020 7946 0958 2024" does. (So
# what a window is read as does not depend on whether its neighbours were redacted: redacting
# twice changes nothing.) A lone run
# of digits (no groups) must be valid, is not an operand, an argument, a number near a math
# word or after a reference word or "#" (like NANP_BARE), nor a valid ISBN unless a phone
# word says so. Two groups joined by a dot are a decimal; groups inside a longer dashed or
# dotted chain are part of that chain; a window glued to a word needs a valid number.
#
# Fast path: a chain starts at a digit run or a "(" and all of a window's 7+ digits lie in
# one cluster, so only clusters of 7+ digits are searched (``_Starts.chain``), and messages
# without one never reach phonenumbers. A chain inside what another detector found (they run
# first) is skipped, as its windows would be dropped as the shorter overlaps anyway.

DEFAULT_REGIONS = ("US", "CA", "GB", "IN", "AU")
_SUPPORTED_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)

_CSEP = f"(?:{_SP}?{_DASH}{_SP}?|{_SP}|[.\uff0e])"
_NATIONAL = re.compile(
    f"(?<![_\\d+\uff0b$€£¥@/\\\\=*^{_DASH_CHARS}\uff0e\uff0f])"
    + "(?<![^A-Za-z]\\.)(?<!^\\.)"  # after a dot only in an abbreviation ("ph.07911 ...")
    + _LB_CHAIN
    + f"(?:{_OPEN}{_SP}?\\d{{1,5}}{_SP}?{_CLOSE}{_CSEP}?)?"
    + f"\\d(?:{_CSEP}?(?:\\d|{_OPEN}{_SP}?\\d{{1,4}}{_SP}?{_CLOSE}))*+"
)
_MOST_WINDOW_GROUPS = 7
_PHONE_DIGITS = (7, 17)  # fewest and most digits of a national window, codes included


class _Region:
    """What detection needs of one region's numbering plan."""

    __slots__ = ("cc", "code", "formats", "lengths", "prefix")

    def __init__(self, code: str) -> None:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(code)
        assert metadata is not None and metadata.general_desc is not None
        self.code = code
        self.cc = phonenumbers.country_code_for_region(code)
        self.prefix = metadata.national_prefix or ""  # the trunk prefix
        self.lengths = frozenset(metadata.general_desc.possible_length)
        if not metadata.number_format:  # Canada formats like the US, the main region of +1
            main = phonenumbers.region_code_for_country_code(self.cc)
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(main) or metadata
        formats: list[tuple[re.Pattern[str] | None, re.Pattern[str], str]] = []
        for f in metadata.number_format:
            if f.pattern is None:
                continue
            leading = re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None
            rule = (f.national_prefix_formatting_rule or "").replace("\\1", "")
            if not (self.prefix and self.prefix in rule):
                trunk = "never"
            elif f.national_prefix_optional_when_formatting:
                trunk = "optional"
            else:
                trunk = "always"
            formats.append((leading, re.compile(f.pattern), trunk))
        # The format of the plan's example mobile number is the one for mobile numbers.
        example = phonenumbers.example_number_for_type(code, phonenumbers.PhoneNumberType.MOBILE)
        mobile = -1
        if example is not None:
            nsn = phonenumbers.national_significant_number(example)
            mobile = next((k for k, f in enumerate(formats) if _format_fits(f, nsn)), -1)
        self.formats = tuple((*f, k == mobile) for k, f in enumerate(formats))

    def writings(self, nsn: str) -> list[tuple[frozenset[int], str, bool]]:
        """How the region's formats for numbers like ``nsn`` write it, the one phonenumbers
        uses first: where each splits it into groups, whether it shows the trunk prefix
        ("always", "optional" or "never"), and whether it is the format of mobile numbers."""
        found: list[tuple[frozenset[int], str, bool]] = []
        for leading, pattern, trunk, mobile in self.formats:
            if leading is None or leading.match(nsn):
                m = pattern.fullmatch(nsn)
                if m is not None:
                    bounds = frozenset(m.end(k) for k in range(1, m.lastindex or 1))
                    found.append((bounds, trunk, mobile))
        return found


def _format_fits(f: tuple[re.Pattern[str] | None, re.Pattern[str], str], nsn: str) -> bool:
    return (f[0] is None or f[0].match(nsn) is not None) and f[1].fullmatch(nsn) is not None


@functools.lru_cache(maxsize=4096)
def _writings(code: str, nsn: str) -> list[tuple[frozenset[int], str, bool]]:
    return _region(code).writings(nsn)


class _Plan:
    """The configured regions: the plans of those outside the NANP, and for each of their
    calling codes the possible lengths of a national number."""

    __slots__ = ("cc_lengths", "codes", "regions")

    def __init__(self, codes: tuple[str, ...]) -> None:
        self.codes = codes
        regions = [_region(code) for code in codes]
        lengths: dict[str, set[int]] = {}
        for region in regions:
            lengths.setdefault(str(region.cc), set()).update(region.lengths)
        # NANP numbers (+1) have detectors of their own, whatever the regions; read as a
        # trunk prefix, their "1" would start too many ordinary numbers ("123 4567 2024").
        self.regions = tuple(region for region in regions if region.cc != 1)
        self.cc_lengths = {cc: frozenset(found) for cc, found in lengths.items()}


@functools.cache
def _region(code: str) -> _Region:
    return _Region(code)


@functools.lru_cache(maxsize=64)
def _plan(codes: tuple[str, ...]) -> _Plan:
    return _Plan(codes)


class _Info(NamedTuple):
    """What phonenumbers says about one reading of a number."""

    cc: int
    nsn: str  # national significant number
    valid: bool
    possible: bool
    bounds: frozenset[int]  # where the official (international) grouping splits ``nsn``
    mobile: bool  # a mobile number (or one that may be)


@functools.lru_cache(maxsize=4096)
def _phone_info(number: str, region: str | None) -> _Info | None:
    """phonenumbers' reading of ``number`` (digits, "+" and digits for an international one)
    dialled in ``region``, or None when it cannot be parsed."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    formatted = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    sizes = [len(group) for group in _DIGIT_RUN.findall(formatted)][1:]  # after the code
    return _Info(
        cc=parsed.country_code or 0,
        nsn=phonenumbers.national_significant_number(parsed),
        valid=phonenumbers.is_valid_number(parsed),
        possible=phonenumbers.is_possible_number(parsed),
        bounds=frozenset(itertools.accumulate(sizes[:-1])),
        mobile=phonenumbers.number_type(parsed) in _MOBILE_TYPES,
    )


_MOBILE_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def _bounds(sizes: Sequence[int]) -> frozenset[int]:
    return frozenset(itertools.accumulate(sizes[:-1]))


def _drop(sizes: Sequence[int], count: int) -> list[int]:
    """Group sizes after the first ``count`` digits (a trunk prefix or country code)."""
    out: list[int] = []
    for size in sizes:
        if count >= size:
            count -= size
        else:
            out.append(size - count)
            count = 0
    return out


def _written_as_phone(info: _Info, sizes: list[int], valid: bool, exact: bool) -> bool:
    """Whether a number written with a country code or trunk prefix counts, given the sizes of
    its typed groups of national digits. ``valid``: only a valid number; ``exact``: only in
    groups that merge the plan's."""
    typed = _bounds(sizes)
    if info.valid:
        return typed <= info.bounds or (not exact and all(size >= 3 for size in sizes[1:]))
    return not valid and len(sizes) >= 2 and info.possible and typed == info.bounds


# A chain's group: its digits, whether it is in brackets, its span.
_ChainGroup = tuple[str, bool, int, int]


def _is_national_phone(
    window: Sequence[_ChainGroup], plan: _Plan, valid: bool, exact: bool
) -> bool:
    """Whether the window (whole groups of a chain) is a phone number read as written with a
    country code, with a trunk prefix, or with neither (see above). ``valid`` and ``exact``:
    see ``_written_as_phone``."""
    digits = [g[0] for g in window]
    first = digits[0]
    # 1. A country code written without "+": "44 20 7946 0958".
    if len(window) >= 2 and not window[0][1] and first in plan.cc_lengths:
        rest = [g[0] for g in window[1:] if not (g[1] and g[0] == "0")]  # "44 (0)20 ..."
        nsn = "".join(rest)
        if rest and len(nsn) in plan.cc_lengths[first] and all(len(d) >= 2 for d in rest[1:]):
            info = _phone_info(f"+{first}{nsn}", None)
            if (
                info is not None
                and info.nsn == nsn
                and _written_as_phone(info, [len(d) for d in rest], valid, exact)
            ):
                return True
    number = "".join(digits)
    sizes = [len(d) for d in digits]
    # 2. A trunk prefix: "020 7946 0958", "(02) 9374 4000".
    for region in plan.regions:
        trunk = region.prefix
        if not trunk or not number.startswith(trunk):
            continue
        national = _drop(sizes, len(trunk))
        if len(number) - len(trunk) not in region.lengths or any(s < 2 for s in national[1:]):
            continue
        info = _phone_info(number, region.code)
        if (
            info is not None
            and info.cc == region.cc
            and number == trunk + info.nsn
            and _written_as_phone(info, national, valid, exact)
        ):
            return True
    # 3. Neither, where the region writes numbers so: "98765 43210".
    if exact or len(window) < 2 or min(sizes) < 2 or all(d.endswith("00") for d in digits):
        return False
    typed = _bounds(sizes)
    for region in plan.regions:
        if len(number) not in region.lengths:
            continue
        writings = _writings(region.code, number)
        if not writings or writings[0][1] == "always":
            continue
        fits = [
            mobile for bounds, trunk, mobile in writings if trunk != "always" and typed <= bounds
        ]
        if not fits:
            continue
        info = _phone_info(number, region.code)
        if info is None or not info.valid or info.cc != region.cc or info.nsn != number:
            continue
        # Where the trunk prefix is optional, a landline without it ("1234 567 890") is more
        # likely some other number; a mobile number, or one grouped as the plan groups mobile
        # numbers ("77042 29896"), counts.
        if writings[0][1] == "never" or info.mobile or any(fits):
            return True
    return False


def _spaced(gap: str) -> bool:
    return any(c.isspace() for c in gap)


def _find_national(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None, plan: _Plan
) -> None:
    least = _PHONE_DIGITS[0]
    # What other detectors found already contains its chains' windows, if it contains the
    # chain ("415-555-0199" is NANP's), and a window inside a longer finding changes nothing.
    found = sorted((s, e) for s, e, _ in out)
    for m in _scan(_NATIONAL, text, starts):
        if m.end() - m.start() < least or _inside(found, m.start(), m.end()):
            continue
        chain = m.group()
        if chain.isdecimal() and not any(
            region.prefix and _digits(chain).startswith(region.prefix) for region in plan.regions
        ):
            continue  # one run of digits: a number only with a trunk prefix
        groups: list[_ChainGroup] = [
            (_digits(g.group()), g.group()[0] in "(\uff08", g.start(), g.end())
            for g in _GROUP.finditer(text, m.start(), m.end())
        ]
        for i, j in _chain_numbers(text, groups, plan):
            out.append((groups[i][2], groups[j][3], "phone"))


def _chain_numbers(text: str, groups: list[_ChainGroup], plan: _Plan) -> list[tuple[int, int]]:
    """The phone numbers in a chain, as (first, last) group indexes, longest first from the
    left. A window next to other groups of digits (or a redaction token, which stands for
    them) must be a valid number grouped as its plan groups it: "3499 0969 5892 964" holds
    no phone number, "020 7946 0958 2024" does."""
    least, most = _PHONE_DIGITS
    first, last_group = groups[0], groups[-1]
    token_before = _TOKEN_CHAIN_BEFORE.search(text, max(0, first[2] - 20), first[2]) is not None
    token_after = _TOKEN_CHAIN_AFTER.match(text, last_group[3]) is not None
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(groups):
        count = 0
        ends: list[int] = []
        for j in range(i, min(len(groups), i + _MOST_WINDOW_GROUPS)):
            count += len(groups[j][0])
            if count > most:
                break
            if count >= least:
                ends.append(j)
        last = None
        for j in reversed(ends):
            neighbour_before = i > 0 or token_before
            neighbour_after = j + 1 < len(groups) or token_after
            strict = neighbour_before or neighbour_after
            if _national_window(text, groups, i, j, plan, strict=strict):
                last = j
                break
        if last is None:
            i += 1
        else:
            found.append((i, last))
            i = last + 1
    return found


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted) contains ``start``-``end``."""
    k = bisect_left(spans, (start, end + 1))
    return any(s <= start and end <= e for s, e in spans[max(0, k - 8) : k])


def _national_window(
    text: str, groups: list[_ChainGroup], i: int, j: int, plan: _Plan, *, strict: bool
) -> bool:
    """Whether groups ``i`` to ``j`` of a chain are one phone number. ``strict`` for a window
    that starts inside the chain (after a group that is not a number found): only a valid
    number grouped as its plan groups it ("3499 0969 5892 964" has no phone in it)."""
    window = groups[i : j + 1]
    if not _readable(window, plan):
        return False
    start, end = groups[i][2], groups[j][3]
    if i > 0 and not _spaced(text[groups[i - 1][3] : start]):
        return False  # inside a dashed or dotted chain
    if j + 1 < len(groups) and not _spaced(text[end : groups[j + 1][2]]):
        return False
    if j + 1 == len(groups) and _CHAIN_AFTER.match(text, end):
        return False  # "020 7946 0958,5" / "... 0958/2": part of a longer number
    glued = _glued(text, start, end)
    if glued and not _glue_ok(text, start, end):
        return False
    if _math_adjacent(text, start, end) or _window_has(
        _REFERENCE_CONTEXT, text, start - _CONTEXT_BEFORE // 2, start
    ):
        return False  # an operand, or an ISBN, order number, ...
    if i == j:  # one bare run
        if _char_before(text, start) == "#" or not _bare_number_ok(text, start, end):
            return False  # "#07400120001" is a reference number
        if _looks_like_isbn(groups[i][0]) and not _window_has(
            _STRONG_PHONE_CONTEXT, text, start - _CONTEXT_BEFORE, start
        ):
            return False  # a valid ISBN, unless a phone word says otherwise
    elif j == i + 1 and _DOT_ONLY.fullmatch(text[groups[i][3] : groups[j][2]]):
        return False  # two groups and a dot: a decimal ("60001.00000")
    return _is_national_phone(window, plan, glued or strict, strict)


def _readable(window: Sequence[_ChainGroup], plan: _Plan) -> bool:
    """A cheap first look: whether any reading of ``_is_national_phone`` can apply (a calling
    code, a trunk prefix, or a format of a region that leaves the prefix out)."""
    digits = [g[0] for g in window]
    number = "".join(digits)
    if any(region.prefix and number.startswith(region.prefix) for region in plan.regions):
        return True
    if len(window) < 2:
        return False
    if not window[0][1] and digits[0] in plan.cc_lengths:
        return True
    return min(map(len, digits)) >= 2 and any(
        len(number) in region.lengths and _writings(region.code, number) for region in plan.regions
    )


_DOT_ONLY = re.compile("[.\uff0e]")
_TOKEN_CHAIN_BEFORE = re.compile(f"(?:{_TOKENS}){_CSEP}$")
_TOKEN_CHAIN_AFTER = re.compile(f"{_CSEP}(?:{_TOKENS})")


def _looks_like_isbn(digits: str) -> bool:
    """A valid ISBN-10, or an ISBN-13 (978/979 and the EAN check digit)."""
    if len(digits) == 10:
        return sum((10 - k) * int(d) for k, d in enumerate(digits)) % 11 == 0
    if len(digits) == 13 and digits[:3] in ("978", "979"):
        return sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(digits)) % 10 == 0
    return False


# --------------------------------------------------------------------------------------------
# SSN
# --------------------------------------------------------------------------------------------

# Not SSNs despite valid-looking digits: 078-05-1120 was printed on a sample card inside
# Woolworth wallets in 1938 and then used by thousands of people as their own; 219-09-9999
# appeared on a 1940 Social Security Board advertisement. The SSA voided both, and they are
# the canonical example numbers, so they are left in place like any other invalid SSN.
_VOIDED_SSNS = frozenset({"078051120", "219099999"})

_SSN = re.compile(_LB_NUM + f"(\\d{{3}})([{_DASH_CHARS} .\u00a0])(\\d{{2}})\\2(\\d{{4}})" + _LA)
# Bare nine digits may follow "#" or "-" ("SSN#123456789", "ssn-123456789"): they count only
# next to an SSN word anyway.
_SSN_BARE = re.compile(_LB_NUM + "(?<![$€£¥@+\u2212])\\d{9}" + _LA)


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
        if _ssn_valid(_digits(m.group(1) + m.group(3) + m.group(4))) and _glue_ok(
            text, m.start(), m.end()
        ):
            out.append((m.start(), m.end(), "ssn"))


def _bare_ssn_candidates(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """Valid 9-digit runs; SSNs only next to an SSN word (see ``_with_context``)."""
    for m in _scan(_SSN_BARE, text, starts):
        if _ssn_valid(_digits(m.group())) and _glue_ok(text, m.start(), m.end()):
            out.append((m.start(), m.end(), "ssn"))


# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(_TOKENS)
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


# Issuer identification numbers (IIN, the leading digits of ISO/IEC 7812 card numbers) of the
# card networks, with the lengths each issues: (network, inclusive prefix range as digit strings
# of equal length, lengths). Networks that issue inside another's range (Elo, Verve, Dankort,
# RuPay, Troy, InterPayment, Hipercard's 606282, LankaPay, ...) are covered by that range's
# lengths; only what no broader entry allows is listed for them. Legacy ranges are kept: an
# old card number is still a card number.
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
    ("diners", "3095", "3095", frozenset(range(14, 20))),
    ("diners", "36", "36", frozenset(range(14, 20))),
    ("diners", "38", "39", frozenset(range(14, 20))),
    ("jcb", "3528", "3589", frozenset(range(16, 20))),
    ("jcb", "1800", "1800", frozenset({15})),  # legacy 15-digit JCB
    ("jcb", "2131", "2131", frozenset({15})),
    ("unionpay", "62", "62", frozenset(range(16, 20))),
    ("unionpay", "81", "81", frozenset(range(16, 20))),
    ("rupay", "82", "82", frozenset({16})),  # RuPay also issues in 60, 65, 81, 508, 353, 356
    ("uatp", "1", "1", frozenset({15})),  # airline cards (MII 1)
    ("mir", "2200", "2204", frozenset(range(16, 20))),
    ("borica", "2205", "2205", frozenset({16})),
    ("china-t-union", "31", "31", frozenset({19})),
    ("hipercard", "3841", "3841", frozenset(range(16, 20))),
    ("gpn", "1946", "1946", frozenset({16, 18, 19})),  # GPN also issues in 50, 56, 58, 60-63
    ("switch", "4903", "4903", frozenset({18})),  # legacy UK debit, 16 and 19 are Visa's
    ("switch", "4905", "4905", frozenset({18})),
    ("switch", "4911", "4911", frozenset({18})),
    ("switch", "4936", "4936", frozenset({18})),
    ("napas", "9704", "9704", frozenset({16, 19})),
    ("uzcard", "8600", "8600", frozenset({16})),
    ("humo", "9860", "9860", frozenset({16})),
    ("troy", "9792", "9792", frozenset({16})),
    ("maestro", "50", "50", frozenset(range(12, 20))),
    ("maestro", "56", "69", frozenset(range(12, 20))),
)


def _card_brand(digits: str) -> str | None:
    """The network whose IIN range and length fit ``digits`` (ASCII digits), or None.

    Does not check Luhn. Where ranges overlap (Discover/UnionPay/Maestro) the first listed wins.
    """
    for brand, low, high in _BRANDS_BY_LENGTH.get(len(digits), ()):
        if low <= digits[: len(low)] <= high:
            return brand
    return None


# The same table by length, in the same order: (brand, low, high).
_BRANDS_BY_LENGTH: dict[int, tuple[tuple[str, str, str], ...]] = {
    n: tuple((brand, low, high) for brand, low, high, lengths in _BRANDS if n in lengths)
    for n in range(12, 20)
}


def _is_card(digits: str) -> bool:
    return _card_brand(digits) is not None and luhn_ok(digits)


# Between the groups of a card: spaces (up to three), a dash (spaced or not) or a dot.
_CARD_SEP = f"(?:{_SP}{{1,3}}|{_SP}?{_DASH}{_SP}?|\\.)"
_CARD_RUN = re.compile(f"(?<![_\\d])(?<!\\d[.,])\\d++(?:{_CARD_SEP}\\d++)*+")
_DIGIT_RUN = re.compile("\\d+")


@functools.lru_cache(maxsize=256)
def _sep_kind(sep: str) -> str | None:
    """What separates two groups of a card: "gap" (spaces or a dash: people mix them, as in
    "4111-1111 1111-1111"), "spaced" (a dash with spaces around it, which also separates the
    items of a list, so only with spaced dashes all along), "dot", or None."""
    core = _sep_core(sep)
    if not core:
        return "gap" if sep else None
    if core == ".":
        return "dot" if core == sep else None
    if core == "-":
        return "gap" if len(sep) == 1 else "spaced"
    return None


_DASH_RE = re.compile(_DASH)


def _find_cards(
    text: str, out: list[tuple[int, int, str]], starts: list[int] | None = None
) -> None:
    """Cards are whole digit groups of a run: one 12-19 digit group, or groups joined by
    spaces and dashes or by dots, as people type them (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3, 8-8,
    6-13, ...)."""
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
    """Index of the last group of the longest card starting at group ``i``, or None.

    A card of several groups starts with a group of 3+ digits; every group but the last has
    3+ digits and the last 1+ (3782 822463 10005, 3056 9309 0259 04). Groups that read like a
    number in thousands (123 456 789 012 345) are not a card; nor is a card that continues a
    dashed or dotted chain ("1111-4111-1111-1111-1111").
    """
    s0, e0 = groups[i]
    first = e0 - s0
    if 3 <= first < 19 and i + 1 < len(groups):
        j = _grouped_card_at(text, groups, i)
        if j is not None:
            return j
    if first >= 12:  # one unseparated run; must not be half of a decimal or a dashed chain
        before = text[s0 - 1] if i > 0 else " "
        after = text[e0] if i + 1 < len(groups) else " "
        if (
            before.isspace()
            and after.isspace()
            and _is_card(_digits(text[s0:e0]))
            and _glue_ok(text, s0, e0)
            and not _between_numbers(text, s0, e0)
        ):
            return i
    return None


def _grouped_card_at(text: str, groups: list[tuple[int, int]], i: int) -> int | None:
    """``_card_at`` for cards of two or more groups."""
    s0, e0 = groups[i]
    first = e0 - s0
    kind = _sep_kind(text[e0 : groups[i + 1][0]])
    if kind is None or (kind == "dot" and first > 6):
        return None  # dotted groups of more than six digits are decimals ("61611.000000000")
    if kind != "dot" and i > 0 and text[groups[i - 1][1] : s0] in _DECIMAL_POINTS:
        return None  # the fraction of a decimal ("0.56024357 1000")
    digits = _digits(text[s0:e0])
    sizes = [first]
    j = i + 1
    candidates: list[int] = []
    while j < len(groups):
        s, e = groups[j]
        if _sep_kind(text[groups[j - 1][1] : s]) != kind or (kind == "dot" and e - s > 6):
            break
        digits += _digits(text[s:e])
        if len(digits) > 19:
            break
        sizes.append(e - s)
        candidates.append(j)
        if e - s < 3:  # a short group can only be the last one
            break
        j += 1
    # Starting or ending halfway through a grouped number ("1234 5678 9012 3456") needs 13+
    # digits: the 12-digit Maestro head or tail of an ordinary 16-digit number is a card one
    # time in twenty.
    # (A redaction token counts as the group it replaced: redacting twice changes nothing.)
    if i > 0:
        chained = _sep_kind(text[groups[i - 1][1] : s0]) == kind
    else:
        token = _TOKEN_GAP_BEFORE.search(text, max(0, s0 - 18), s0)
        chained = token is not None and _sep_kind(token.group(1)) == kind
    for j in reversed(candidates):
        number = _digits_of(text, groups, i, j)
        if j + 1 < len(groups):
            more = _sep_kind(text[groups[j][1] : groups[j + 1][0]]) == kind
        else:
            token = _TOKEN_GAP_AFTER.match(text, groups[j][1])
            more = token is not None and _sep_kind(token.group(1)) == kind
        if len(number) < (13 if chained or more else 12) or not _is_card(number):
            continue
        taken = sizes[: j - i + 1]
        if first <= 3 and all(size == 3 for size in taken[1:]):
            continue  # thousands: 123 456 789 012 345
        if kind == "dot" and len(taken) < 3:
            continue  # two dotted groups: a decimal
        if _continues(text, groups, i, j):
            continue  # "1111-4111-1111-1111-1111": part of a longer chain
        if (
            kind != "dot"
            and j + 1 < len(groups)
            and text[groups[j][1] : groups[j + 1][0]] in _DECIMAL_POINTS
        ):
            continue  # ends in the whole part of a decimal ("1000 4111111111111.5")
        if not _glue_ok(text, s0, groups[j][1]) or _between_numbers(text, s0, groups[j][1]):
            continue
        if j == i + 1 and _SPACED_DASH.fullmatch(text[e0 : groups[j][0]]):
            continue  # "67320020 - 67320026": a difference or a range
        return j
    return None


_DECIMAL_POINTS = frozenset({".", ",", "\uff0e"})
_TOKEN_GAP_BEFORE = re.compile(f"(?:{_TOKENS})({_CARD_SEP})$")
_TOKEN_GAP_AFTER = re.compile(f"({_CARD_SEP})(?:{_TOKENS})")


def _digits_of(text: str, groups: list[tuple[int, int]], i: int, j: int) -> str:
    return "".join(_digits(text[s:e]) for s, e in groups[i : j + 1])


def _continues(text: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether the card's groups ``i``-``j`` continue a chain: a dash or dot joins them to a
    neighbouring group just as it joins groups inside the card ("1111-4111-1111-1111-1111";
    not "555-123-4567 - 4111-1111-1111-1111", nor spaces)."""
    inside = {_DASHES.sub("-", text[groups[k][1] : groups[k + 1][0]]) for k in range(i, j)}

    def joined(gap: str) -> bool:
        return not gap.isspace() and _DASHES.sub("-", gap) in inside

    # A redaction token counts as the group it replaced (redacting twice changes nothing).
    if i > 0:
        before = joined(text[groups[i - 1][1] : groups[i][0]])
    else:
        token = _TOKEN_GAP_BEFORE.search(text, max(0, groups[i][0] - 18), groups[i][0])
        before = token is not None and joined(token.group(1))
    if j + 1 < len(groups):
        after = joined(text[groups[j][1] : groups[j + 1][0]])
    else:
        token = _TOKEN_GAP_AFTER.match(text, groups[j][1])
        after = token is not None and joined(token.group(1))
    return before or after


_DASHES = re.compile(_DASH)


def _sep_core(sep: str) -> str:
    """A separator without its spaces, dashes all alike."""
    core = sep.strip(" \u00a0\u2007\u2009\u202f\u3000")
    return "-" if core and _DASH_RE.fullmatch(core) else core


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


def check_regions(regions: Collection[str]) -> tuple[str, ...]:
    """The region codes (ISO 3166 alpha-2, any case) as upper-case codes without repeats.

    Raises TypeError for a string (``"US"`` instead of ``["US"]``) and ValueError naming the
    codes phonenumbers has no numbering plan for.
    """
    if regions is DEFAULT_REGIONS:
        return DEFAULT_REGIONS
    if isinstance(regions, str):
        raise TypeError(f"regions must be a collection of region codes, not the string {regions!r}")
    if isinstance(regions, tuple):
        return _checked_regions(regions)
    return _checked_regions(tuple(regions))


@functools.lru_cache(maxsize=64)
def _checked_regions(regions: tuple[object, ...]) -> tuple[str, ...]:
    codes: list[str] = []
    unknown: list[object] = []
    for region in regions:
        code = region.upper() if isinstance(region, str) else None
        if code is None or code not in _SUPPORTED_REGIONS:
            unknown.append(region)
        elif code not in codes:
            codes.append(code)
    if unknown:
        raise ValueError(
            f"unknown regions {unknown}; use ISO 3166 alpha-2 codes such as {list(DEFAULT_REGIONS)}"
        )
    return tuple(codes)


def find_pii(
    text: str,
    *,
    kinds: Collection[str] = KINDS,
    custom: Sequence[re.Pattern[str]] = (),
    regions: Collection[str] = DEFAULT_REGIONS,
) -> list[Finding]:
    """Non-overlapping findings sorted by start (on overlap the longer / more specific wins).

    ``kinds`` selects built-in detectors (a subset of ``KINDS``; anything else is a
    ValueError); ``custom`` are patterns from ``compile_custom_patterns``, reported as
    ``"custom"``. Empty matches of custom patterns are ignored. ``regions`` are the regions
    (ISO 3166 alpha-2 codes, see ``check_regions``) whose national phone writings and calling
    codes written without "+" are recognised; NANP layouts and "+" numbers always are.
    """
    return _find_pii(text, _wanted(kinds), custom, regions=check_regions(regions))


def _find_pii(
    text: str,
    wanted: frozenset[str],
    custom: Sequence[re.Pattern[str]],
    *,
    fast: bool = True,
    regions: tuple[str, ...] = DEFAULT_REGIONS,
) -> list[Finding]:
    """``find_pii`` for validated kinds and regions; ``fast=False`` runs every detector over
    the whole text (the reference the fast path is tested against)."""
    if not fast:
        return _find_pii_full(text, wanted, custom, regions)
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
            _find_nanp(text, candidates, starts.nanp, starts.bare)
        if ssn and most >= 9:
            _find_ssns(text, candidates, starts.three)
        if phone and most >= 7:
            _local_phone_candidates(text, contextual, starts.local)
        if ssn and most >= 9:
            _bare_ssn_candidates(text, contextual, starts.bare9)
        if card and most >= 12:
            _find_cards(text, candidates, starts.runs)
        if phone and most >= 8 and ("+" in text or "00" in text or "\uff0b" in text):
            intl = [m.start() for m in _INTL_START.finditer(text)]
            _find_intl(text, candidates, None if len(intl) > len(text) * _DENSE else intl)
        if phone and most >= _PHONE_DIGITS[0] and regions:
            _find_national(text, candidates, starts.chain, _plan(regions))
    return _settle(text, candidates, custom, contextual, fast=True)


def _find_pii_full(
    text: str, wanted: frozenset[str], custom: Sequence[re.Pattern[str]], regions: tuple[str, ...]
) -> list[Finding]:
    candidates: list[tuple[int, int, str]] = []
    if "email" in wanted:
        _find_emails(text, candidates)
    numbers = _ANY_DIGIT.search(text) is not None
    if numbers and "phone" in wanted:
        _find_nanp(text, candidates, None, None)
    if numbers and "ssn" in wanted:
        _find_ssns(text, candidates)
    contextual: list[tuple[int, int, str]] = []
    if numbers and "phone" in wanted:
        _local_phone_candidates(text, contextual)
    if numbers and "ssn" in wanted:
        _bare_ssn_candidates(text, contextual)
    if numbers and "credit_card" in wanted:
        _find_cards(text, candidates)
    if numbers and "phone" in wanted:
        _find_intl(text, candidates, None)
    if numbers and "phone" in wanted and regions:
        _find_national(text, candidates, None, _plan(regions))
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
    regions: Collection[str] = DEFAULT_REGIONS,
) -> tuple[str, list[str]]:
    """Return (redacted text, sorted unique kinds found).

    Each finding's span is replaced by its ``REPLACEMENTS`` token; everything else is kept
    verbatim. Text with nothing found is returned as the very same string object. The
    arguments are those of ``find_pii``.

    Redaction is repeated on its own result (at most ``_MAX_PASSES`` times) until nothing more
    is found: a number next to another one can be unrecognisable as part of a longer digit
    cluster, and stand out once its neighbour is a token. So the result is a fixed point
    (redacting it again changes nothing), and nothing a second pass would find leaks.
    Messages without PII take one pass.
    """
    found: set[str] = set()
    for _ in range(_MAX_PASSES):
        findings = _find_pii(text, _wanted(kinds), custom, regions=check_regions(regions))
        if not findings:
            break
        parts: list[str] = []
        pos = 0
        for f in findings:
            parts.append(text[pos : f.start])
            parts.append(REPLACEMENTS[f.kind])
            pos = f.end
        parts.append(text[pos:])
        text = "".join(parts)
        found.update(f.kind for f in findings)
    return text, sorted(found)


_MAX_PASSES = 4
