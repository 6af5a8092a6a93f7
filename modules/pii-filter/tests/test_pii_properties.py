"""Property tests for the pii-filter detection core (`pii.py`): generated PII of every kind, in
every writing, inside generated text is redacted; generated ordinary numbers never are.

Valid values are built from facts (IIN ranges, the Luhn checksum, NANP and SSA rules) and, for
phone numbers of other countries, from phonenumbers' own example numbers with changed
subscriber digits (kept only when phonenumbers still finds them valid). Surrounding text has
no digits of its own, so any digit left after redaction would be a leak of the number.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Collection
from pathlib import Path
from types import ModuleType
from typing import Any

import phonenumbers
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st


def _load() -> ModuleType:
    path = Path(__file__).parent.parent / "pii.py"
    spec = importlib.util.spec_from_file_location("pii_filter_pii_properties", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while executing it
    spec.loader.exec_module(module)
    return module


pii: Any = _load()

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_DIGIT_RUNS = re.compile(r"\d+")

# --------------------------------------------------------------------------------------------
# Surrounding text: words, punctuation, glue
# --------------------------------------------------------------------------------------------

WORDS = [
    "hi", "my", "is", "the", "and", "please", "thanks", "ok", "so", "here", "it", "for",
    "homework", "essay", "mom", "dad", "teacher", "tomorrow", "after", "school", "lol",
    "idk", "call", "text", "email", "card", "number", "ssn", "reach", "me", "at", "on", "or",
    "Hello", "PLEASE", "Écrire", "über", "电话", "手机", "привет",
]  # fmt: skip
# Words typed glued to a number: letters only, two or more, not all hex digits, no camelCase
# hump, not a reference word (see ``_glue_ok``).
GLUE_BEFORE = ["at", "call", "tel", "ph", "mob", "is", "number", "card", "visa", "me", "Tel"]
GLUE_AFTER = ["pls", "thx", "ok", "now", "lol", "tmrw", "asap", "thanks"]
# Between the number and the words around it.
SEPARATORS = [" ", "  ", ": ", " (", ") ", ", ", "\n", " - ", "\t", " '", "' ", ' "', "; "]

_free_text = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ .,!?;:()'\"é-"), max_size=12
)
_words = st.lists(st.one_of(st.sampled_from(WORDS), _free_text), max_size=6).map(" ".join)


@st.composite
def embedded(draw: st.DrawFn, value: str, glue: bool = True) -> str:
    """``value`` inside generated text: separated from it, or glued to a word on one side."""
    before, after = draw(_words), draw(_words)
    # Reference words ("isbn", "order", "id") and math words ("product", "times") nearby make
    # a bare digit run an identifier or a quantity, by design.
    for words in (before, after):
        assume(pii._REFERENCE_CONTEXT.search(words) is None)
        assume(pii._MATH_CONTEXT.search(words) is None)
    how = draw(
        st.sampled_from(["apart", "apart", "glued before", "glued after"] if glue else ["apart"])
    )
    left = draw(st.sampled_from(SEPARATORS))
    right = draw(st.sampled_from(SEPARATORS))
    if how == "glued before":
        return f"{before}{left}{draw(st.sampled_from(GLUE_BEFORE))}{value}{right}{after}"
    if how == "glued after":
        return f"{before}{left}{value}{draw(st.sampled_from(GLUE_AFTER))}{right}{after}"
    return f"{before}{left}{value}{right}{after}"


def _assert_redacted(
    text: str, kind: str, allowed: Collection[str] = frozenset(), **kwargs: Any
) -> None:
    """No digits of the number are left in the redacted text (the surrounding text has none),
    but for the ``allowed`` runs (a country code or an extension set apart)."""
    redacted, kinds = pii.redact_pii(text, **kwargs)
    left = [run for run in _DIGIT_RUNS.findall(redacted) if run not in allowed]
    assert not left, (text, redacted)
    assert kind in kinds, (text, redacted, kinds)


def _luhn_complete(payload: str) -> str:
    for d in "0123456789":
        if pii.luhn_ok(payload + d):
            return payload + d
    raise AssertionError(payload)


# --------------------------------------------------------------------------------------------
# Cards: every network's IIN ranges and lengths (ISO/IEC 7812 issuer numbers)
# --------------------------------------------------------------------------------------------

# (network, first prefix, last prefix, lengths)
NETWORKS: list[tuple[str, str, str, tuple[int, ...]]] = [
    ("visa", "4", "4", (13, 16, 19)),
    ("mastercard", "51", "55", (16,)),
    ("mastercard 2-series", "2221", "2720", (16,)),
    ("amex", "34", "34", (15,)),
    ("amex", "37", "37", (15,)),
    ("discover", "6011", "6011", (16, 19)),
    ("discover", "644", "649", (16, 19)),
    ("discover", "65", "65", (16, 19)),
    ("discover", "622126", "622925", (16, 19)),
    ("diners", "300", "305", (14, 16, 19)),
    ("diners", "3095", "3095", (14, 16)),
    ("diners", "36", "36", (14, 16, 19)),
    ("diners", "38", "39", (14, 16)),
    ("jcb", "3528", "3589", (16, 17, 18, 19)),
    ("jcb legacy", "1800", "1800", (15,)),
    ("jcb legacy", "2131", "2131", (15,)),
    ("uatp", "1", "1", (15,)),
    ("unionpay", "62", "62", (16, 17, 18, 19)),
    ("unionpay", "81", "81", (16, 19)),
    ("rupay", "60", "60", (16,)),
    ("rupay", "82", "82", (16,)),
    ("rupay", "508", "508", (16,)),
    ("mir", "2200", "2204", (16, 17, 18, 19)),
    ("borica", "2205", "2205", (16,)),
    ("troy", "9792", "9792", (16,)),
    ("humo", "9860", "9860", (16,)),
    ("uzcard", "8600", "8600", (16,)),
    ("napas", "9704", "9704", (16, 19)),
    ("verve", "506099", "506198", (16, 18, 19)),
    ("verve", "650002", "650027", (16, 18, 19)),
    ("dankort", "5019", "5019", (16,)),
    ("elo", "636368", "636368", (16,)),
    ("hipercard", "606282", "606282", (16,)),
    ("interpayment", "636", "636", (16, 19)),
    ("instapayment", "637", "639", (16,)),
    ("lankapay", "357111", "357111", (16,)),
    ("china t-union", "31", "31", (19,)),
    ("maestro", "50", "50", (12, 13, 16, 19)),
    ("maestro", "56", "69", (12, 15, 16, 19)),
]

USUAL_GROUPS = {
    12: [4, 4, 4],
    13: [4, 4, 5],
    14: [4, 6, 4],
    15: [4, 6, 5],
    16: [4, 4, 4, 4],
    17: [4, 4, 4, 4, 1],
    18: [4, 4, 4, 4, 2],
    19: [4, 4, 4, 4, 3],
}


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    _, low, high, lengths = draw(st.sampled_from(NETWORKS))
    prefix = str(draw(st.integers(int(low), int(high)))).zfill(len(low))
    length = draw(st.sampled_from(lengths))
    body = draw(st.text(alphabet="0123456789", min_size=length, max_size=length))
    return _luhn_complete(prefix + body[: length - len(prefix) - 1])


@st.composite
def groupings(draw: st.DrawFn, length: int, most: int) -> list[int]:
    """How a card of ``length`` digits is split: as printed, or irregularly (groups of 3 to
    ``most`` digits, the last 1+; not like a number in thousands)."""
    if draw(st.booleans()):
        return USUAL_GROUPS[length]
    sizes: list[int] = []
    left = length
    while left > 0:
        size = draw(st.integers(3, most)) if left > 3 else left
        size = min(size, left)
        sizes.append(size)
        left -= size
    assume(not (sizes[0] <= 3 and all(size == 3 for size in sizes[1:])))
    return sizes


@st.composite
def written_cards(draw: st.DrawFn) -> str:
    number = draw(card_numbers())
    style = draw(st.sampled_from(["bare", " ", "-", ".", "  ", " - ", "\u00a0", "\u2013", "mixed"]))
    if style == "bare":
        return number
    # Dotted groups have at most six digits (longer ones read as decimals).
    sizes = draw(groupings(len(number), 6 if style == "." else 13))
    groups, pos = [], 0
    for size in sizes:
        groups.append(number[pos : pos + size])
        pos += size
    # Two groups and a spaced dash are a difference ("67320020 - 67320026"), and two groups
    # and a dot a decimal ("500000.000009").
    assume(not (style in (" - ", ".") and len(groups) == 2))
    out = groups[0]
    for group in groups[1:]:
        sep = draw(st.sampled_from([" ", "-"])) if style == "mixed" else style
        out += sep + group
    return out


@SETTINGS
@given(st.data())
def test_cards_of_every_network_in_every_grouping_are_redacted(data: st.DataObject) -> None:
    card = data.draw(written_cards())
    _assert_redacted(data.draw(embedded(card)), "credit_card")


# --------------------------------------------------------------------------------------------
# NANP numbers
# --------------------------------------------------------------------------------------------

NANP_WRITINGS = [
    "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "{a}/{e}-{l}", "{a}\u2013{e}\u2013{l}",
    "{a}  {e}  {l}", "{a} - {e} - {l}", "({a}) {e}-{l}", "({a}){e}-{l}", "({a}) {e} {l}",
    "{a} {e}{l}", "({a}) {e}{l}", "{a}-{e}{l}", "{a}{e}{l}", "1{a}{e}{l}", "+1{a}{e}{l}",
    "+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}", "1 ({a}) {e}-{l}",
    "1.{a}.{e}.{l}", "001-{a}-{e}-{l}", "001 {a} {e} {l}", "{a}-{e}-{l} x{x}",
    "{a}-{e}-{l} ext. {x}", "\u00a0{a}\u00a0{e}\u00a0{l}",
]  # fmt: skip


@st.composite
def nanp_numbers(draw: st.DrawFn) -> str:
    area = draw(st.integers(200, 999))
    exchange = draw(st.integers(200, 999))
    line = draw(st.integers(0, 9999))
    ext = draw(st.integers(1, 9999))
    writing = draw(st.sampled_from(NANP_WRITINGS))
    if writing == "1{a}{e}{l}":  # eleven bare digits count only with an area code in use
        number = phonenumbers.parse(f"+1{area}{exchange}{line:04d}")
        assume(phonenumbers.is_valid_number(number))
    return writing.format(a=area, e=exchange, l=f"{line:04d}", x=ext)


@SETTINGS
@given(st.data())
def test_nanp_numbers_in_every_writing_are_redacted(data: st.DataObject) -> None:
    number = data.draw(nanp_numbers())
    text = data.draw(embedded(number))
    # A country code or an extension set apart may stay; the number may not.
    allowed = {"1", "001"} | set(re.findall(r"(?:x|ext\. )(\d+)$", number))
    _assert_redacted(text, "phone", allowed)


# --------------------------------------------------------------------------------------------
# Numbers of other countries, valid by phonenumbers
# --------------------------------------------------------------------------------------------

REGIONS = ["GB", "IN", "AU", "DE", "FR", "BR", "MX", "JP", "ZA", "ES", "NG", "SG"]
TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
_INTL = phonenumbers.PhoneNumberFormat.INTERNATIONAL
_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL
_E164 = phonenumbers.PhoneNumberFormat.E164


@st.composite
def world_numbers(draw: st.DrawFn) -> tuple[str, phonenumbers.PhoneNumber]:
    """A valid number of a region: its example number with other subscriber digits."""
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, draw(st.sampled_from(TYPES)))
    assert example is not None
    nsn = phonenumbers.national_significant_number(example)
    tail = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    mutated = phonenumbers.parse(nsn[:-4] + tail, region)
    number = mutated if phonenumbers.is_valid_number(mutated) else example
    return region, number


def _writings(region: str, number: phonenumbers.PhoneNumber) -> list[tuple[str, str]]:
    """(writing, name) for the number: phonenumbers' formats and the groupings people use."""
    cc = str(number.country_code)
    international = phonenumbers.format_number(number, _INTL)
    national_groups = international.split(" ", 1)[1]  # after "+cc"
    nsn = phonenumbers.national_significant_number(number)
    out = [
        (international, "international"),
        (phonenumbers.format_number(number, _E164), "e164"),
        (phonenumbers.format_number(number, _NATIONAL), "national"),
        (f"+{cc} {nsn}", "plus, number in one run"),
        (f"00{cc} {national_groups}", "00"),
        (f"{cc} {national_groups}", "country code without plus"),
        (f"+{cc}-{national_groups.replace(' ', '-')}", "dashed"),
    ]
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is not None and metadata.national_prefix == "0" and not nsn.startswith("0"):
        out.append((f"+{cc} (0){national_groups}", "trunk in brackets"))
        out.append((f"0{nsn}", "national, one run"))
    return out


@SETTINGS
@given(st.data())
def test_numbers_of_other_countries_are_redacted_in_every_writing(data: st.DataObject) -> None:
    region, number = data.draw(world_numbers())
    writing, _ = data.draw(st.sampled_from(_writings(region, number)))
    # Groups that are all round ("60000 70000") read as ranges without a trunk prefix, and a
    # lone run of digits that is a valid ISBN as an ISBN (without a phone word nearby).
    assume(not all(group.endswith("00") for group in _DIGIT_RUNS.findall(writing)))
    assume(not (writing.isdecimal() and pii._looks_like_isbn(writing)))
    text = data.draw(embedded(writing))
    cc = str(number.country_code)
    _assert_redacted(text, "phone", {cc, "00" + cc, "0"}, regions=(region,))


@SETTINGS
@given(st.data())
def test_default_regions_read_their_national_writings(data: st.DataObject) -> None:
    region = data.draw(st.sampled_from(["GB", "IN", "AU"]))
    example = phonenumbers.example_number_for_type(region, data.draw(st.sampled_from(TYPES)))
    assert example is not None
    writing = phonenumbers.format_number(example, _NATIONAL)
    _assert_redacted(data.draw(embedded(writing)), "phone")


# --------------------------------------------------------------------------------------------
# SSNs and emails
# --------------------------------------------------------------------------------------------


@st.composite
def ssns(draw: st.DrawFn) -> str:
    area = draw(st.integers(1, 899).filter(lambda a: a != 666))
    group = draw(st.integers(1, 99))
    serial = draw(st.integers(1, 9999))
    digits = f"{area:03d}{group:02d}{serial:04d}"
    assume(digits not in ("078051120", "219099999"))
    sep = draw(st.sampled_from(["-", " ", ".", "\u2013", "\u00a0", ""]))
    return sep.join([digits[:3], digits[3:5], digits[5:]])


@SETTINGS
@given(st.data())
def test_ssns_are_redacted(data: st.DataObject) -> None:
    ssn = data.draw(ssns())
    if ssn.isdecimal():  # nine bare digits are an SSN next to an SSN word
        word = data.draw(st.sampled_from(["SSN", "ssn:", "social security number", "SS#"]))
        text = data.draw(st.sampled_from([f"{word} {ssn}", f"{ssn} is my {word}"]))
        text = data.draw(_words) + " " + text + " " + data.draw(_words)
    else:
        text = data.draw(embedded(ssn, glue=False))
    _assert_redacted(text, "ssn")


_local_parts = st.from_regex(
    r"[a-z]{2,6}[0-9]{1,3}([._-][a-z]{1,6})?(\+[a-z]{1,5})?", fullmatch=True
)
_domains = st.tuples(
    st.from_regex(r"[a-z][a-z0-9-]{0,8}[a-z0-9]", fullmatch=True),
    st.sampled_from(["com", "org", "edu", "co.uk", "io", "net", "de", "in", "com.au", "k12.ca.us"]),
).map(".".join)


@SETTINGS
@given(st.data())
def test_emails_are_redacted(data: st.DataObject) -> None:
    local, domain = data.draw(_local_parts), data.draw(_domains)
    left = data.draw(st.sampled_from([" ", "<", "(", ": ", "'", "mailto:", "\n"]))
    right = data.draw(st.sampled_from([" ", ">", ")", ". ", "'", ",", "!"]))
    text = f"{data.draw(_words)}{left}{local}@{domain}{right}{data.draw(_words)}"
    redacted, kinds = pii.redact_pii(text)
    assert "email" in kinds, text
    assert local.split("+")[0] not in redacted and domain not in redacted, (text, redacted)


# --------------------------------------------------------------------------------------------
# Ordinary numbers are never touched
# --------------------------------------------------------------------------------------------

_years = st.integers(1000, 2099).map(str)
_short = st.integers(0, 999_999).map(str)
_prices = st.one_of(
    st.builds("${:,}.{:02d}".format, st.integers(0, 9_999_999), st.integers(0, 99)),
    st.builds("€{}".format, st.integers(0, 99_999)),
    st.builds("{} dollars".format, st.integers(0, 999_999)),
)
_decimals = st.builds(
    "{}.{}".format, st.integers(0, 99_999), st.text(alphabet="0123456789", min_size=1, max_size=12)
)
_dates = st.builds(
    lambda y, m, d, style: style.format(y=y, m=m, d=d),
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(
        [
            "{y}-{m:02d}-{d:02d}",
            "{m:02d}/{d:02d}/{y}",
            "{d:02d}.{m:02d}.{y}",
            "{d}/{m}/{y}",
            "{y}/{m:02d}/{d:02d}",
            "{d:02d}-{m:02d}-{y}",
            "{y}-{m:02d}-{d:02d} {m:02d}:{d:02d}",
        ]
    ),
)
_times = st.builds(
    lambda h, m, s, style: style.format(h=h, m=m, s=s),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.sampled_from(["{h}:{m:02d}", "{h:02d}:{m:02d}:{s:02d}", "{h}:{m:02d}-{s}:{m:02d}"]),
)
_math = st.builds(
    lambda a, b, op: f"{a} {op} {b} = {eval_op(a, b, op)}",
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.sampled_from(["+", "-", "*", "x", "/"]),
)


def eval_op(a: int, b: int, op: str) -> str:
    if op == "+":
        return str(a + b)
    if op == "-":
        return str(a - b)
    if op in "*x":
        return str(a * b)
    return f"{a / b:.4f}" if b else "undefined"


@st.composite
def isbns(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        body = "978" + draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
        check = (10 - sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(body)) % 10) % 10
        number = body + str(check)
        parts = [number[:3], number[3], number[4:6], number[6:12], number[12]]
    else:
        body = draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
        check = (11 - sum((10 - k) * int(d) for k, d in enumerate(body)) % 11) % 11
        number = body + ("X" if check == 10 else str(check))
        parts = [number[0], number[1:4], number[4:9], number[9]]
    written = draw(st.sampled_from([number, "-".join(parts), " ".join(parts)]))
    return draw(st.sampled_from(["ISBN ", "ISBN: ", "isbn-13 ", "ISBN-10 "])) + written


@st.composite
def luhn_failing(draw: st.DrawFn) -> str:
    number = draw(st.text(alphabet="0123456789", min_size=16, max_size=16))
    assume(not pii.luhn_ok(number))
    sep = draw(st.sampled_from(["", " ", "-", "."]))
    return sep.join(number[k : k + 4] for k in range(0, 16, 4)) if sep else number


ORDINARY = st.one_of(
    _years, _short, _prices, _decimals, _dates, _times, _math, isbns(), luhn_failing()
)
# Not phone words: after "call", "555.1234" is a local phone number, as a person would read it.
ORDINARY_WORDS = [
    "in", "the", "year", "costs", "about", "on", "at", "page", "score", "was", "is", "and",
    "answer", "me", "then", "from", "to", "ok", "meet", "until", "chapter",
]  # fmt: skip


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(ORDINARY, st.sampled_from(ORDINARY_WORDS)), min_size=1, max_size=5),
    st.sampled_from([" ", ", ", "; ", "\n"]),
)
def test_ordinary_numbers_are_never_touched(parts: list[tuple[str, str]], joiner: str) -> None:
    # Numbers apart from each other, as in a sentence; two numbers side by side with only a
    # space between ("6147 0000 0000 0001") are read as one, as a card's groups are.
    text = joiner.join(f"{number} {word}" for number, word in parts)
    redacted, kinds = pii.redact_pii(text)
    assert (redacted, kinds) == (text, []), redacted


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ORDINARY, st.sampled_from(["{}", "({})", "{}.", "x = {}", "[{}]", "'{}'", "{}, {}"]))
def test_ordinary_numbers_in_snippets_are_never_touched(number: str, template: str) -> None:
    text = template.format(number, number)
    assert pii.redact_pii(text) == (text, []), text
