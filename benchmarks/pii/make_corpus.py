"""Generate ``corpus.jsonl``, the pii-filter's own labelled corpus (deterministic: seeded).

    python -m benchmarks.pii.make_corpus           # (re)write benchmarks/pii/corpus.jsonl
    python -m benchmarks.pii.make_corpus --check   # exit 1 if the committed file differs

Every message template, value pattern and hard negative below is written for this project.
Numbers are made up: NANP numbers use real area codes with fictional 555-01xx lines or random
exchanges, UK/AU numbers mostly come from the ranges Ofcom/ACMA keep for drama, cards are
random digits after a network's IIN prefix with a computed Luhn check digit (plus a few of
the networks' published test numbers), SSNs are random digits in issuable ranges.

One JSON object per line::

    {"id": "...", "text": "...", "pii": [{"kind": ..., "value": ..., "writing": ...}],
     "group": "..."}

``value`` is an exact substring of ``text``; ``writing`` says how it is written (phones:
``nanp_dashed``, ``intl_plus``, ``gb_national``, ...; cards: ``<network>/<layout>``).
Negatives have ``"pii": []`` and ``group`` names their hard-negative family. The builder
refuses a case whose value is not in its text exactly once, or whose identifying pieces
(``score.pieces``) also occur elsewhere in the text, since then the scorer could not tell
whether the filter removed them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .score import CORPUS, pieces

SEED = 7812_2024

Item = tuple[str, str, str]  # kind, value, writing
Made = tuple[str, list[Item]]  # text, items


class Builder:
    """Collects cases; ids are ``<group>-NNN`` (``neg-<group>-NNN`` for negatives)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cases: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.texts: set[str] = set()

    def problem(self, text: str, items: Sequence[Item]) -> str | None:
        if text in self.texts:
            return "duplicate text"
        for kind, value, writing in items:
            if text.count(value) != 1:
                return f"{value!r} is not in the text exactly once"
            found = pieces(kind, value, writing)
            if not found:
                return f"{value!r} has no identifying piece"
            rest = text.replace(value, "\x00")
            for piece in found:
                if piece in rest:
                    return f"piece {piece!r} of {value!r} occurs elsewhere in the text"
        return None

    def add(self, group: str, text: str, items: Sequence[Item] = ()) -> None:
        problem = self.problem(text, items)
        if problem is not None:
            raise ValueError(f"{group}: {problem}: {text!r}")
        self._append(group, text, items)

    def attempt(self, group: str, make: Callable[[], Made], tries: int = 300) -> None:
        """Add ``make()``'s case, drawing again while it has a problem."""
        last = ""
        for _ in range(tries):
            text, items = make()
            problem = self.problem(text, items)
            if problem is None:
                self._append(group, text, items)
                return
            last = f"{problem}: {text!r}"
        raise RuntimeError(f"{group}: no valid case in {tries} tries (last: {last})")

    def _append(self, group: str, text: str, items: Sequence[Item]) -> None:
        n = self.counts.get(group, 0) + 1
        self.counts[group] = n
        prefix = group if items else f"neg-{group}"
        self.texts.add(text)
        self.cases.append(
            {
                "id": f"{prefix}-{n:03d}",
                "text": text,
                "pii": [{"kind": k, "value": v, "writing": w} for k, v, w in items],
                "group": group,
            }
        )


def put(template: str, value: str) -> str:
    """``template`` with its ``{}`` replaced by ``value``."""
    assert template.count("{}") == 1, template
    return template.replace("{}", value)


def fill(pattern: str, rng: random.Random) -> str:
    """``pattern`` with each ``#`` replaced by a random digit."""
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


# ============================================================================================
# Payment cards
# ============================================================================================


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    """``partial`` plus the check digit that makes it pass Luhn."""
    for check in "0123456789":
        if luhn_ok(partial + check):
            return partial + check
    raise AssertionError("unreachable")


# network -> (IIN ranges as (low, high) digit strings of equal length, lengths to generate),
# per ISO/IEC 7812 registrations as the networks publish them.
CARD_NETWORKS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[int, ...]]] = {
    "visa": ((("4", "4"),), (13, 16, 19)),
    "mastercard": ((("51", "55"), ("2221", "2720")), (16,)),
    "amex": ((("34", "34"), ("37", "37")), (15,)),
    "discover": (
        (("6011", "6011"), ("644", "649"), ("65", "65"), ("622126", "622925")),
        (16, 19),
    ),
    "diners": ((("300", "305"), ("36", "36"), ("38", "39")), (14, 16)),
    "jcb": ((("3528", "3589"),), (16, 17, 18, 19)),
    "jcb15": ((("1800", "1800"), ("2131", "2131")), (15,)),
    "unionpay": ((("6200", "6220"), ("6230", "6299")), (16, 17, 18, 19)),
    "maestro": (
        (
            ("5018", "5018"),
            ("5020", "5020"),
            ("5038", "5038"),
            ("5612", "5612"),
            ("5893", "5893"),
            ("6304", "6304"),
            ("6759", "6759"),
            ("6761", "6763"),
        ),
        (12, 13, 16, 18, 19),
    ),
    "uatp": ((("1", "1"),), (15,)),
    "mir": ((("2200", "2204"),), (16,)),
    "rupay": ((("60", "60"), ("65", "65"), ("81", "82"), ("508", "508")), (16,)),
    "verve": ((("506099", "506198"), ("507865", "507964"), ("650002", "650027")), (16, 19)),
    "troy": ((("9792", "9792"),), (16,)),
    "dankort": ((("5019", "5019"),), (16,)),
    "borica": ((("2205", "2205"),), (16,)),
    "uzcard": ((("8600", "8600"),), (16,)),
    "humo": ((("9860", "9860"),), (16,)),
    "napas": ((("9704", "9704"),), (16, 19)),
    "instapayment": ((("637", "639"),), (16,)),
    "interpayment": ((("636", "636"),), (16,)),
}

# How many generated cards per network.
CARD_COUNTS = {
    "visa": 22,
    "mastercard": 16,
    "amex": 12,
    "discover": 14,
    "diners": 8,
    "jcb": 9,
    "jcb15": 4,
    "unionpay": 9,
    "maestro": 11,
    "uatp": 4,
    "mir": 5,
    "rupay": 6,
    "verve": 4,
    "troy": 3,
    "dankort": 2,
    "borica": 2,
    "uzcard": 2,
    "humo": 2,
    "napas": 3,
    "instapayment": 2,
    "interpayment": 2,
}

# Networks' published test numbers, mixed in with the generated ones: (network, digits).
KNOWN_TEST_CARDS = (
    ("visa", "4111111111111111"),
    ("visa", "4012888888881881"),
    ("visa", "4222222222222"),
    ("mastercard", "5555555555554444"),
    ("mastercard", "5105105105105100"),
    ("mastercard", "2223003122003222"),
    ("amex", "378282246310005"),
    ("amex", "371449635398431"),
    ("discover", "6011111111111117"),
    ("discover", "6011000990139424"),
    ("diners", "30569309025904"),
    ("diners", "38520000023237"),
    ("jcb", "3530111333300000"),
    ("jcb", "3566002020360505"),
    ("unionpay", "6200000000000005"),
)


def card_number(rng: random.Random, network: str, length: int) -> str:
    ranges, _ = CARD_NETWORKS[network]
    low, high = rng.choice(ranges)
    prefix = str(rng.randint(int(low), int(high))).zfill(len(low))
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


# Layouts by length: (groups, separator, label). "bare" is one run of digits.
MIXED_SEP = "mixed"
CARD_LAYOUTS: dict[int, tuple[tuple[str, str, str], ...]] = {
    12: (("4-4-4", " ", "4-4-4_space"), ("", "", "bare")),
    13: (("", "", "bare"), ("4-3-3-3", " ", "4-3-3-3_space"), ("4-4-5", " ", "4-4-5_space")),
    14: (
        ("4-6-4", " ", "4-6-4_space"),
        ("4-6-4", "-", "4-6-4_dash"),
        ("", "", "bare"),
        ("4-4-4-2", " ", "4-4-4-2_space"),
    ),
    15: (
        ("4-6-5", " ", "4-6-5_space"),
        ("4-6-5", "-", "4-6-5_dash"),
        ("", "", "bare"),
        ("4-4-4-3", " ", "4-4-4-3_space"),
    ),
    16: (
        ("4-4-4-4", " ", "4-4-4-4_space"),
        ("4-4-4-4", " ", "4-4-4-4_space"),
        ("4-4-4-4", "-", "4-4-4-4_dash"),
        ("4-4-4-4", "-", "4-4-4-4_dash"),
        ("4-4-4-4", ".", "4-4-4-4_dot"),
        ("", "", "bare"),
        ("", "", "bare"),
        ("4-4-4-4", "  ", "4-4-4-4_double_space"),
        ("4-4-4-4", "\u00a0", "4-4-4-4_nbsp"),
        ("4-4-4-4", MIXED_SEP, "4-4-4-4_mixed_sep"),
        ("4-8-4", " ", "4-8-4_space"),
        ("8-8", " ", "8-8_space"),
        ("4-4-4-3-1", " ", "4-4-4-3-1_space"),
    ),
    17: (("4-4-4-5", " ", "4-4-4-5_space"), ("", "", "bare")),
    18: (("4-4-4-4-2", " ", "4-4-4-4-2_space"), ("", "", "bare"), ("6-12", " ", "6-12_space")),
    19: (
        ("4-4-4-4-3", " ", "4-4-4-4-3_space"),
        ("4-4-4-4-3", "-", "4-4-4-4-3_dash"),
        ("", "", "bare"),
        ("6-13", " ", "6-13_space"),
    ),
}
UATP_LAYOUT = ("4-5-6", " ", "4-5-6_space")  # how UATP cards are embossed


def group_digits(digits: str, groups: str, sep: str) -> str:
    if not groups:
        return digits
    sizes = [int(g) for g in groups.split("-")]
    assert sum(sizes) == len(digits), (groups, digits)
    parts: list[str] = []
    pos = 0
    for size in sizes:
        parts.append(digits[pos : pos + size])
        pos += size
    if sep == MIXED_SEP:  # "4111-1111 1111-1111": dash and space taken in turns
        out = parts[0]
        for i, part in enumerate(parts[1:]):
            out += ("-" if i % 2 == 0 else " ") + part
        return out
    return sep.join(parts)


CARD_TEMPLATES = (
    "my card number is {}",
    "can i pay for the tutoring sessions with {}",
    "card no: {} exp 09/27",
    "Payment method: card {}\nName on card: R. Alvarez",
    "my mom said to use her card {} for the field trip fee",
    "is {} a real card number or did i type it wrong",
    "cc {} exp 11/26 cvv 381",
    "debit card {} pls dont share it",
    "{} thats the card",
    "the card is {} and the code on the back is 518",
    "billing: card {} zip 60614",
    "i typed {} into the checkout and it said invalid??",
    "Refund request - I was charged twice on card {} for the march subscription",
    "heres my card {} can u buy the ebook for me",
    "my bank card {} got declined why",
    "card number: {}\nexpiry: 04/28",
    "why does the site keep rejecting {} ugh",
    "ok the number on the front is {}",
    "pay w/ {} pls",
    "CARD {} EXPIRES 12/29",
    "i need to update my card on file, new one is {}",
    "my dads credit card is {} dont tell him lol",
    "for the school trip payment: {} (exp 07/27)",
    "use {} for the textbook order",
    "Card #: {}",
    "the card ending in the numbers {} was stolen i think",
    "plz charge {} for the AP exam fee",
    "my prepaid card {} doesnt work online",
    "my crd number is {}",
    "cardnumbr {} exp 0927",
    "wats wrong w my card {} it keeps saying error",
)

# Templates where the number is glued to a word or punctuation.
CARD_GLUED_TEMPLATES = (
    "card#{}",
    "cc:{}",
    "card no.{}",
    "{}exp 08/27",
    "my card is{}",
    "visa/mc:{}",
    "card={}",
    "number:{}thx",
    "pay with card{}",
    "cardnumber{} pls",
)


def add_cards(b: Builder) -> None:
    rng = b.rng
    jobs: list[tuple[str, str | None]] = []  # (network, known digits or None)
    for network, count in CARD_COUNTS.items():
        jobs += [(network, None)] * count
    jobs += [(network, digits) for network, digits in KNOWN_TEST_CARDS]
    rng.shuffle(jobs)
    glued_every = 9  # about one in nine cards is glued to the text around it
    for n, (network, known) in enumerate(jobs):

        def make(network: str = network, known: str | None = known, n: int = n) -> Made:
            _, lengths = CARD_NETWORKS[network]
            digits = known or card_number(rng, network, rng.choice(lengths))
            if n % glued_every == 4:
                value = digits if rng.random() < 0.6 else group_digits(digits, *_glued(digits))
                text = put(rng.choice(CARD_GLUED_TEMPLATES), value)
                return text, [("credit_card", value, f"{network}/glued")]
            if network == "uatp" and rng.random() < 0.5:
                groups, sep, label = UATP_LAYOUT
            else:
                groups, sep, label = rng.choice(CARD_LAYOUTS[len(digits)])
            value = group_digits(digits, groups, sep)
            text = put(rng.choice(CARD_TEMPLATES), value)
            return text, [("credit_card", value, f"{network}/{label}")]

        b.attempt("card", make)


def _glued(digits: str) -> tuple[str, str]:
    return {16: ("4-4-4-4", "-"), 15: ("4-6-5", "-"), 14: ("4-6-4", "-")}.get(len(digits), ("", ""))


# ============================================================================================
# SSN
# ============================================================================================


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        digits = (f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
        if "".join(digits) not in ("078051120", "219099999"):  # voided by the SSA
            return digits


SSN_TEMPLATES = (
    "my ssn is {}",
    "ssn: {}",
    "social security number {} for the scholarship form",
    "do i need to put my social {} on the fafsa",
    "SSN {} (thats mine, my dads is on the other sheet)",
    "Applicant SSN: {}\nGrade: 11",
    "the form wants my social security # {} is that safe",
    "{} is my ssn do i put dashes or not",
    "my social is {} lol dont steal it",
    "can i type my ss# here {} the job app needs it",
    "ssn {} name jordan w",
    "social security no. {}",
    "for the work permit my social sec number is {}",
    "Name: T. Okafor / SSN: {} / DOB 2007",
    "my moms ssn is {} she asked me to fill it in",
    "wait is {} my social or my student id lol, its my ssn i think",
    "SSN# {}",
    "the bank needs my social {} to open the student account",
)
# Without an SSN word: the layout alone says what it is.
SSN_PLAIN_TEMPLATES = (
    "can you check if {} is the right format for the tax form",
    "i wrote {} on the w-4 is that right",
    "the number on my card from the government is {}",
)
SSN_GLUED_TEMPLATES = (
    "ssn:{}",
    "SSN#{}",
    "my ssn={}",
    "social:{} thx",
    "ssn-{}",
    "ssn{}",
)

SSN_LAYOUTS = {
    "ssn_dashed": (12, "{a}-{g}-{s}"),
    "ssn_spaced": (9, "{a} {g} {s}"),
    "ssn_dotted": (6, "{a}.{g}.{s}"),
    "ssn_bare": (10, "{a}{g}{s}"),
    "ssn_unicode_dash": (4, "{a}\u2013{g}\u2013{s}"),
    "ssn_glued": (8, ""),
}


def add_ssns(b: Builder) -> None:
    rng = b.rng
    for writing, (count, layout) in SSN_LAYOUTS.items():
        for _ in range(count):

            def make(writing: str = writing, layout: str = layout) -> Made:
                a, g, s = ssn_parts(rng)
                if writing == "ssn_glued":
                    value = rng.choice(("{a}-{g}-{s}", "{a}{g}{s}")).format(a=a, g=g, s=s)
                    template = rng.choice(SSN_GLUED_TEMPLATES)
                else:
                    value = layout.format(a=a, g=g, s=s)
                    plain = writing != "ssn_bare" and rng.random() < 0.15
                    template = rng.choice(SSN_PLAIN_TEMPLATES if plain else SSN_TEMPLATES)
                return put(template, value), [("ssn", value, writing)]

            b.attempt("ssn", make)


# ============================================================================================
# Phones: North American (NANP)
# ============================================================================================

US_AREA_CODES = (
    "206", "212", "213", "214", "267", "303", "305", "310", "312", "347", "385", "401", "404",
    "414", "415", "424", "470", "480", "503", "510", "512", "571", "602", "615", "617", "628",
    "646", "651", "678", "702", "713", "720", "773", "818", "832", "858", "916", "919", "929",
)  # fmt: skip
CA_AREA_CODES = ("289", "403", "416", "437", "514", "604", "613", "647", "778", "780", "902")


def nanp_parts(rng: random.Random) -> tuple[str, str, str]:
    """(area, exchange, line): fictional 555-01xx a third of the time, else a random exchange."""
    area = rng.choice(US_AREA_CODES + CA_AREA_CODES)
    if rng.random() < 0.35:
        return area, "555", f"01{rng.randint(0, 99):02d}"
    while True:
        exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if exchange[1:] != "11" and exchange != "555":
            return area, exchange, f"{rng.randint(0, 9999):04d}"


# writing -> (cases, layouts). {a} area code, {e} exchange, {s} line, {x} extension.
NANP_LAYOUTS: dict[str, tuple[int, tuple[str, ...]]] = {
    "nanp_dashed": (12, ("{a}-{e}-{s}",)),
    "nanp_dotted": (8, ("{a}.{e}.{s}",)),
    "nanp_spaced": (8, ("{a} {e} {s}",)),
    "nanp_slashed": (6, ("{a}/{e}-{s}", "{a}/{e}/{s}", "{a}/{e} {s}")),
    "nanp_parens": (
        14,
        (
            "({a}) {e}-{s}",
            "({a}){e}-{s}",
            "({a}) {e} {s}",
            "({a}) {e}.{s}",
            "({a})-{e}-{s}",
            "( {a} ) {e}-{s}",
        ),
    ),
    "nanp_bare10": (10, ("{a}{e}{s}",)),
    "nanp_3_7": (8, ("{a} {e}{s}", "{a}-{e}{s}", "({a}) {e}{s}", "{a}.{e}{s}")),
    "nanp_plus1": (
        14,
        (
            "+1 {a} {e} {s}",
            "+1-{a}-{e}-{s}",
            "+1 ({a}) {e}-{s}",
            "+1{a}{e}{s}",
            "+1.{a}.{e}.{s}",
            "+1 {a}-{e}-{s}",
            "+1 ({a}){e}-{s}",
            "+1 {a} {e}{s}",
        ),
    ),
    "nanp_1prefix": (
        10,
        (
            "1-{a}-{e}-{s}",
            "1 ({a}) {e}-{s}",
            "1 {a} {e} {s}",
            "1.{a}.{e}.{s}",
            "1{a}{e}{s}",
            "1 {a}-{e}-{s}",
            "1({a}){e}-{s}",
        ),
    ),
    "nanp_001": (5, ("001 {a} {e} {s}", "001-{a}-{e}-{s}", "001 ({a}) {e}-{s}", "001{a}{e}{s}")),
    "nanp_ext": (
        9,
        (
            "{a}-{e}-{s} ext {x}",
            "({a}) {e}-{s} x{x}",
            "{a}.{e}.{s} ext. {x}",
            "{a}-{e}-{s} extension {x}",
            "+1 {a} {e} {s} x{x}",
            "{a}-{e}-{s}, ext {x}",
            "({a}) {e}-{s} Ext. {x}",
            "{a} {e} {s} x {x}",
        ),
    ),
    "nanp_unicode_sep": (
        6,
        (
            "{a}\u2013{e}\u2013{s}",
            "{a}\u00a0{e}\u00a0{s}",
            "({a})\u00a0{e}-{s}",
            "{a}\u2011{e}\u2011{s}",
            "{a}\u2009{e}\u2009{s}",
            "{a}\u2014{e}\u2014{s}",
        ),
    ),
    "nanp_glued": (
        16,
        ("{a}-{e}-{s}", "{a}{e}{s}", "{a}.{e}.{s}", "({a}) {e}-{s}", "+1{a}{e}{s}", "{a} {e} {s}"),
    ),
    "nanp_local7": (10, ("{e}-{s}", "{e} {s}", "{e}.{s}")),
    "nanp_local7_bare": (4, ("{e}{s}",)),
}

PHONE_TEMPLATES = (
    "my number is {} text me",
    "call me at {} after 4",
    "heres my cell {} if u need it",
    "can you text {} when ur done",
    "my moms number is {} she said its ok",
    "{} thats my phone",
    "ok my # is {}",
    "hit me up {} lol",
    "if the tutor needs to reach me its {}",
    "Phone: {}",
    "Contact number: {}\nBest time to call: afternoons",
    "pls call my dad {} hes expecting u",
    "idk my email but my phone is {}",
    "u have to text the club leader at {} to sign up",
    "my grandmas landline is {} lol she never answers",
    "i got a weird text from {} should i block it",
    "Name: Jordan P.\nPhone: {}\nIssue: cant log in to the quiz",
    "Support request - callback number {} - account locked after password reset",
    "u can reach me on {} or just msg here",
    "{} - thats the number for my group project partner",
    "my coachs cell is {} do i put that on the form",
    "text me at {}",
    "i called {} and nobody picked up",
    "the number on the flyer says {} but idk if its right",
    "my new number is {} the old one doesnt work anymore",
    "emergency contact: {} (mom)",
    "number is {}. thx",
    "put {} as my contact pls",
    "lmk if {} works for whatsapp",
    "my tutor gave me {} to text if i get stuck",
    "mom cell {} dad cell unknown lol",
    "{} call after 6pm pls",
    "i need to change the phone on my account to {}",
    "whos number is {} they keep calling me",
    "parent phone # {}",
    "she said call her at {} tmrw",
    "my bff's number is {} add her to the group chat",
    "if nobody answers try {}",
    "my numbr is {} txt me",
    "cal me {} aftr practice",
    "thats my cel {} dont give it to anyone",
    "mynumber is {} lol",
    "im gettin a new phone but for now its {}",
)
# A 7-digit local number needs a phone word shortly before it.
LOCAL_TEMPLATES = (
    "call me at {} after school",
    "my home phone is {}",
    "text {} when ur outside",
    "my cell is {} no area code needed lol",
    "phone: {}",
    "call my grandma at {} she doesnt have a cell",
    "tel. {}",
    "ring {} if the bus is late",
    "my number {}",
    "the front office phone is {} i think",
    "dial {} for the attendance line",
)
# The number glued to a word or punctuation before or after it.
PHONE_GLUED_TEMPLATES = (
    "call me at{}",
    "{}pls text first",
    "call:{}",
    "my cell:{} after 5",
    "phone#{}",
    "number is{}!!",
    "{}thx",
    "msg me on {}asap",
    "text me\u2192{}",
    "my number={}",
    "cell-{}",
    "tel:{}",
    "ph{}",
    "#:{}",
    "(cell){}",
    "whatsapp:{}",
    "mom:{},dad:unknown",
)


def nanp_value(rng: random.Random, layout: str) -> str:
    a, e, s = nanp_parts(rng)
    return layout.format(a=a, e=e, s=s, x=rng.choice(("12", "204", "7", "3301", "55", "4410")))


def add_nanp(b: Builder) -> None:
    rng = b.rng
    for writing, (count, layouts) in NANP_LAYOUTS.items():
        templates: tuple[str, ...]
        if writing == "nanp_glued":
            templates = PHONE_GLUED_TEMPLATES
        elif writing.startswith("nanp_local7"):
            templates = LOCAL_TEMPLATES
        else:
            templates = PHONE_TEMPLATES
        for _ in range(count):

            def make(writing: str = writing, layouts: tuple[str, ...] = layouts,
                     templates: tuple[str, ...] = templates) -> Made:  # fmt: skip
                value = nanp_value(rng, rng.choice(layouts))
                return put(rng.choice(templates), value), [("phone", value, writing)]

            b.attempt("phone_nanp", make)


# ============================================================================================
# Phones: international and national (GB, IN, AU)
# ============================================================================================

# (place, number with "#" for random digits). UK numbers are in Ofcom's drama ranges.
INTL_PLUS = (
    ("london", "+44 20 7946 0###"),
    ("manchester", "+44 161 496 0###"),
    ("the uk", "+44 7700 900###"),
    ("leeds", "+44 113 496 0###"),
    ("the uk", "+44 7### ######"),
    ("munich", "+49 89 #### ####"),
    ("berlin", "+49 30 ########"),
    ("germany", "+49 151 ########"),
    ("hamburg", "+49 40 #### ###"),
    ("mumbai", "+91 9#### #####"),
    ("delhi", "+91-9#########"),
    ("bangalore", "+91 80 #### ####"),
    ("india", "+91 7#### #####"),
    ("sydney", "+61 2 9### ####"),
    ("australia", "+61 4## ### ###"),
    ("melbourne", "+61 3 7010 ####"),
    ("australia", "+61 491 570 ###"),
    ("paris", "+33 1 ## ## ## ##"),
    ("france", "+33 6 ## ## ## ##"),
    ("lyon", "+33 7 ## ## ## ##"),
    ("tokyo", "+81 3-####-####"),
    ("japan", "+81 90-####-####"),
    ("osaka", "+81 6-####-####"),
    ("mexico city", "+52 55 #### ####"),
    ("guadalajara", "+52 33 #### ####"),
    ("shanghai", "+86 13# #### ####"),
    ("beijing", "+86 10 #### ####"),
    ("china", "+86 18# #### ####"),
    ("spain", "+34 6## ## ## ##"),
    ("madrid", "+34 91 ### ## ##"),
    ("rome", "+39 06 #### ####"),
    ("italy", "+39 3## ### ####"),
    ("são paulo", "+55 11 9####-####"),
    ("rio", "+55 21 9#### ####"),
    ("cape town", "+27 21 ### ####"),
    ("south africa", "+27 8# ### ####"),
    ("dublin", "+353 87 ### ####"),
    ("ireland", "+353 1 ### ####"),
    ("auckland", "+64 21 ### ####"),
    ("auckland", "+64 9 ### ####"),
    ("singapore", "+65 9### ####"),
    ("singapore", "+65 6### ####"),
    ("seoul", "+82 10-####-####"),
    ("seoul", "+82 2-###-####"),
    ("moscow", "+7 9## ###-##-##"),
    ("moscow", "+7 495 ###-##-##"),
    ("lagos", "+234 80# ### ####"),
    ("manila", "+63 9## ### ####"),
    ("cairo", "+20 10 #### ####"),
    ("dubai", "+971 50 ### ####"),
    ("amsterdam", "+31 6 ########"),
    ("amsterdam", "+31 20 ### ####"),
    ("stockholm", "+46 70 ### ## ##"),
    ("warsaw", "+48 5## ### ###"),
    ("istanbul", "+90 5## ### ## ##"),
    ("hanoi", "+84 9## ### ###"),
    ("bangkok", "+66 8# ### ####"),
    ("jakarta", "+62 812 #### ####"),
    ("karachi", "+92 3## #######"),
    ("bogotá", "+57 3## ### ####"),
    ("buenos aires", "+54 9 11 ####-####"),
    ("santiago", "+56 9 #### ####"),
    ("zurich", "+41 7# ### ## ##"),
    ("vienna", "+43 664 #######"),
    ("brussels", "+32 4## ## ## ##"),
    ("lisbon", "+351 9## ### ###"),
    ("athens", "+30 69# ### ####"),
    ("oslo", "+47 9## ## ###"),
    ("copenhagen", "+45 ## ## ## ##"),
    ("helsinki", "+358 40 ### ####"),
    ("tel aviv", "+972 5# ### ####"),
    ("riyadh", "+966 5# ### ####"),
    ("kuala lumpur", "+60 1# ### ####"),
    ("accra", "+233 2# ### ####"),
    ("nairobi", "+254 7## ######"),
    ("dhaka", "+880 1### ######"),
)
INTL_TRUNK0 = (
    ("london", "+44 (0)20 7946 0###"),
    ("manchester", "+44 (0) 161 496 0###"),
    ("munich", "+49 (0)89 #### ####"),
    ("sydney", "+61 (0)2 9### ####"),
    ("the uk", "+44(0)7700 900###"),
    ("berlin", "+49 (0) 30 #### ####"),
)
INTL_00 = (
    ("london", "0044 20 7946 0###"),
    ("berlin", "00 49 30 ########"),
    ("mumbai", "0091 9#### #####"),
    ("australia", "0061 4## ### ###"),
    ("france", "0033 6 ## ## ## ##"),
    ("mexico city", "0052 55 #### ####"),
    ("shanghai", "0086 13# #### ####"),
    ("spain", "0034 6## ## ## ##"),
    ("manchester", "00 44 161 496 0###"),
    ("tokyo", "0081 3 #### ####"),
    ("italy", "0039 3## ### ####"),
)
INTL_NO_PLUS = (
    ("the uk", "44 7700 900###"),
    ("india", "91 9#### #####"),
    ("india", "91-9#########"),
    ("germany", "49 151 ########"),
    ("australia", "61 4## ### ###"),
    ("china", "86 13# #### ####"),
    ("mexico city", "52 55 #### ####"),
    ("france", "33 6 ## ## ## ##"),
    ("london", "44 20 7946 0###"),
    ("manila", "63 9## ### ####"),
    ("lagos", "234 80# ### ####"),
    ("india", "91 7#### #####"),
)
# National writings (no country code). UK and AU numbers from the drama/fiction ranges where
# there is one; Indian numbers are random mobiles and landlines.
GB_NATIONAL = (
    "020 7946 0###", "(020) 7946 0###", "0161 496 0###", "0113 496 0###", "0121 496 0###",
    "0131 496 0###", "07700 900###", "07### ######", "07#########", "029 2018 0###",
    "0117 496 0###", "(0161) 496 0###", "020-7946-0###", "07700-900-###",
)  # fmt: skip
IN_NATIONAL = (
    "09#### #####", "9#### #####", "011-2### ####", "022 2### ####", "080 2### ####",
    "09#########", "8#### #####", "7#### #####", "9#########", "98### #####", "0##-2###-####",
    "6#### #####",
)  # fmt: skip
AU_NATIONAL = (
    "(02) 9### ####", "02 9### ####", "04## ### ###", "0491 570 ###", "(03) 7010 ####",
    "04########", "(08) 9### ####", "03 9### ####", "(07) 3### ####", "0412-###-###",
    "04## ######", "(02) 5550 ####",
)  # fmt: skip

INTL_TEMPLATES = (
    "my cousin in {place} is on whatsapp {} can u help me write to her",
    "my uncle's number is {} he lives in {place}",
    "call my dad on {} hes in {place} for work",
    "exchange student host family in {place}: {}",
    "my penpal from {place} gave me her number {} is it ok to text her",
    "whatsapp me {}",
    "this is my number for the summer in {place}: {}",
    "my aunt in {place} {} pls call her if i dont answer",
    "my number is {} (im in {place} this week)",
    "grandma's phone in {place} is {}",
)
GB_TEMPLATES = (
    "my mum's mobile is {}",
    "ring me on {} cheers",
    "my number's {} innit",
    "can u ring {} its my nan",
    "text me on {} after school x",
    "my dad's work number is {}",
    "Tel: {}",
    "mobile: {} (evenings)",
    "my new number is {} delete the old one",
)
IN_TEMPLATES = (
    "my number is {} pls call after 6",
    "whatsapp me on {}",
    "papa's number {}",
    "call on {} for the tuition class",
    "my mobile no is {}",
    "contact: {}",
    "bhai my number is {} save it",
    "ma'am my parents number is {}",
)
AU_TEMPLATES = (
    "call me on {}",
    "my mobile's {} mate",
    "ring mum on {} if im late",
    "text {} when ur at the station",
    "ph: {}",
    "my number is {} cheers",
    "reach me at {} after footy",
)


def _intl_text(rng: random.Random, place: str, value: str) -> str:
    if rng.random() < 0.6:
        template = rng.choice(INTL_TEMPLATES)
    else:
        template = rng.choice(PHONE_TEMPLATES)
    return put(template.replace("{place}", place), value)


def add_international(b: Builder) -> None:
    rng = b.rng
    plans: list[tuple[str, tuple[tuple[str, str], ...], int]] = [
        ("intl_plus", INTL_PLUS, 40),
        ("intl_plus_compact", INTL_PLUS, 7),
        ("intl_plus_trunk0", INTL_TRUNK0, 6),
        ("intl_00", INTL_00, 11),
        ("intl_no_plus", INTL_NO_PLUS, 12),
    ]
    for writing, numbers, count in plans:
        order = list(numbers)
        rng.shuffle(order)
        for i in range(count):
            place, pattern = order[i % len(order)]

            def make(writing: str = writing, place: str = place, pattern: str = pattern) -> Made:
                value = fill(pattern, rng)
                if writing == "intl_plus_compact":
                    value = "+" + "".join(c for c in value if c.isdigit())
                return _intl_text(rng, place, value), [("phone", value, writing)]

            b.attempt("phone_intl", make)
    national = (
        ("gb_national", GB_NATIONAL, GB_TEMPLATES),
        ("in_national", IN_NATIONAL, IN_TEMPLATES),
        ("au_national", AU_NATIONAL, AU_TEMPLATES),
    )
    for writing, patterns, templates in national:
        for pattern in patterns:

            def make_national(writing: str = writing, pattern: str = pattern,
                              templates: tuple[str, ...] = templates) -> Made:  # fmt: skip
                value = fill(pattern, rng)
                pool = templates if rng.random() < 0.7 else PHONE_TEMPLATES
                return put(rng.choice(pool), value), [("phone", value, writing)]

            b.attempt("phone_national", make_national)


# ============================================================================================
# Email
# ============================================================================================

FIRST_NAMES = (
    "maya", "jordan", "liam", "sofia", "ethan", "ava", "noah", "zoe", "lucas", "emma", "aiden",
    "chloe", "mateo", "isabella", "kai", "priya", "arjun", "wei", "mei", "omar", "fatima",
    "diego", "lucia", "jamal", "aaliyah", "connor", "hannah", "tyler", "brianna", "kenji",
    "yuki", "sven", "ingrid", "nadia", "ivan", "amara", "tariq", "rosa", "caleb", "jasmine",
)  # fmt: skip
LAST_NAMES = (
    "reyes", "patel", "nguyen", "okafor", "kim", "garcia", "smith", "johnson", "chen",
    "mueller", "rossi", "kowalski", "haddad", "silva", "obrien", "tanaka", "jensen", "novak",
    "adeyemi", "martinez", "brooks", "hughes", "sato", "khan", "dubois", "lindqvist", "ortiz",
)  # fmt: skip
PROVIDERS = (
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
    "protonmail.com", "proton.me", "gmx.de", "yahoo.co.uk", "live.ca", "outlook.fr", "web.de",
    "qq.com", "163.com", "rediffmail.com", "hotmail.co.uk", "mail.ru", "bigpond.com",
)  # fmt: skip
SCHOOL_DOMAINS = (
    "students.lincoln-high.org", "mail.riverdale.k12.ny.us", "stu.cedarvalley.edu",
    "alumni.northbrook.ac.uk", "student.westfield.edu.au", "u.lakeside-college.edu",
    "cs.eastbay-uni.edu", "learners.oakridge.school", "pupils.stmarys.sch.uk",
    "mail.springfield.k12.il.us", "apps.maplegrove.ca",
)  # fmt: skip
# Addresses in other scripts and with accents (IDN): written out by hand.
IDN_ADDRESSES = (
    "zoë.müller@gmx.de",
    "søren.holm@post.dk",
    "anaïs.dubois@laposte.fr",
    "李明@公司.中国",
    "иван.петров@почта.рф",
    "françois@école-montréal.ca",
    "jürgen.weiß@müller-schule.de",
    "priya@डाकघर.भारत",
    "josé.núñez@correo.mx",
    "sakura@例え.jp",
)
# Addresses whose domain is written in punycode; their Unicode domains, encoded below.
PUNYCODE_DOMAINS = ("bücher.de", "münchen.de", "café.fr", "zürich.ch")

EMAIL_TEMPLATES = (
    "my email is {}",
    "send it to {} pls",
    "can u email me the notes at {} thx",
    "{} is my school email",
    "email me {} when the grade is up",
    "whats the best way to reach u, mine is {}",
    "i made a new account with {} but it wont let me log in",
    "Email: {}",
    "Name: Maya R\nEmail: {}\nProblem: quiz wont submit",
    "my teachers email is {} should i cc her",
    "plz send the pdf to {}",
    "add me on the google doc {}",
    "my parent's email: {}",
    "the reset link went to {} but i dont have that account anymore",
    "its {} i think",
    "can you help me write an email to {} about my late hw",
    "contact {} for the robotics club",
    "Support ticket: password reset not arriving at {} (checked spam)",
    "i use {} for everything lol",
    "my email changed to {}",
    "cc {} on the group project pls",
    "emial me at {}",
    "my emal is {} i think??",
    "snd it to {} plz",
    "myemail is {}",
)
OBFUSCATED_TEMPLATES = (
    "my email is {}",
    "email me at {}",
    "{} (spelled out so bots dont get it)",
    "reach me at {} if the chat breaks",
    "its {} lol",
    "send the notes to {}",
)

# The address glued to the word or punctuation before or after it.
EMAIL_GLUED_TEMPLATES = (
    "email:{}",
    "my email:{} thx",
    "contact:{}",
    "my email={}",
    "send it to{} pls",
    "{}pls reply",
    "email me>{}",
    "email:{},phone later",
    "mail-{}",
    "{}thx",
    "send to:{}",
    "(my email){}",
)

PLUS_TAGS = ("homework", "school", "math", "spam", "bio", "apps", "2025")

EmailMaker = Callable[[random.Random], str]


def _local(rng: random.Random) -> str:
    f, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    n2 = f"{rng.randint(1, 99):02d}"
    year = str(rng.randint(2006, 2012))
    return rng.choice(
        (
            f"{f}.{last}",
            f"{f}{last}",
            f"{f}_{last}{n2}",
            f"{f[0]}{last}{n2}",
            f"{f}.{last[0]}{year}",
            f"{f}{last}{rng.randint(100, 9999)}",
            f"{f}-{last}",
            f"{last}.{f}",
            f"{f}{n2}",
        )
    )


def _handle(rng: random.Random) -> str:
    """A local part with digits or a dot/underscore (handle-like, as obfuscators write)."""
    f, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return rng.choice(
        (
            f"{f}.{last}",
            f"{f}{rng.randint(10, 99)}",
            f"{f}_{last}",
            f"{f[0]}{last}{rng.randint(1, 9)}",
        )
    )


def _provider_name(rng: random.Random) -> tuple[str, str]:
    """A provider's first label and its TLD as words: ("gmail", "com")."""
    return rng.choice(
        (("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "com"),
         ("icloud", "com"), ("protonmail", "com"), ("aol", "com"))
    )  # fmt: skip


def _obfuscated_words(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    p, tld = _provider_name(rng)
    if kind == 0:
        return f"{_handle(rng)} at {p} dot {tld}"
    if kind == 1:
        f, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return f"{f} dot {last} at {p} dot {tld}"
    if kind == 2:
        return f"{_handle(rng)} at {p} dot {tld}".upper()
    if kind == 3:
        return f"{_handle(rng)} at {p}.{tld}"
    return f"{_handle(rng)} AT {p} DOT {tld}"


def _obfuscated_brackets(rng: random.Random) -> str:
    p, tld = _provider_name(rng)
    local = _local(rng)
    return rng.choice(
        (
            f"{local} [at] {p} [dot] {tld}",
            f"{local}(at){p}(dot){tld}",
            f"{local} {{at}} {p} {{dot}} {tld}",
            f"{local} <at> {p} <dot> {tld}",
            f"{local}[at]{p}.{tld}",
            f"{local} (at) {p} (dot) {tld}",
            f"{local} [at] {rng.choice(SCHOOL_DOMAINS).split('.')[1]} [dot] edu",
        )
    )


def _obfuscated_spaced(rng: random.Random) -> str:
    p, tld = _provider_name(rng)
    local = _handle(rng)
    return rng.choice(
        (f"{local} @ {p}.{tld}", f"{local}@ {p}.{tld}", f"{local} @ {p} dot {tld}",
         f"{local}@{p} dot {tld}")
    )  # fmt: skip


def _upper(rng: random.Random) -> str:
    address = f"{_local(rng)}@{rng.choice(PROVIDERS)}"
    if rng.random() < 0.5:
        return address.upper()
    local, domain = address.split("@")
    return ".".join(p.capitalize() for p in local.split(".")) + "@" + domain.capitalize()


def _punycode(rng: random.Random) -> str:
    domain = rng.choice(PUNYCODE_DOMAINS)
    return f"{_local(rng)}@{domain.encode('idna').decode('ascii')}"


def _numeric(rng: random.Random) -> str:
    local = rng.choice((f"{rng.randint(20200000, 20259999)}", f"s{rng.randint(1000000, 9999999)}"))
    return f"{local}@{rng.choice(SCHOOL_DOMAINS)}"


# writing -> (cases, address maker, wrapper around the address in the text)
EMAIL_WRITINGS: dict[str, tuple[int, EmailMaker, tuple[str, ...]]] = {
    "email_plain": (14, lambda r: f"{_local(r)}@{r.choice(PROVIDERS)}", ("{}",)),
    "email_plus_tag": (
        7,
        lambda r: f"{_local(r)}+{r.choice(PLUS_TAGS)}@{r.choice(PROVIDERS)}",
        ("{}",),
    ),
    "email_subdomain": (9, lambda r: f"{_local(r)}@{r.choice(SCHOOL_DOMAINS)}", ("{}",)),
    "email_uppercase": (6, _upper, ("{}",)),
    "email_idn": (len(IDN_ADDRESSES), lambda r: "", ("{}",)),  # taken in order, see below
    "email_punycode": (4, _punycode, ("{}",)),
    "email_numeric_local": (4, _numeric, ("{}",)),
    "email_obfuscated_words": (10, _obfuscated_words, ("{}",)),
    "email_obfuscated_brackets": (8, _obfuscated_brackets, ("{}",)),
    "email_obfuscated_spaced": (5, _obfuscated_spaced, ("{}",)),
    "email_glued": (10, lambda r: f"{_local(r)}@{r.choice(PROVIDERS)}", ("{}",)),
    "email_bracketed": (
        7,
        lambda r: f"{_local(r)}@{r.choice(PROVIDERS)}",
        ("({})", "[{}]", "<{}>", "{{}}", "Maya Reyes <{}>", "(my email {})"),
    ),
    "email_quoted": (
        5,
        lambda r: f"{_local(r)}@{r.choice(PROVIDERS)}",
        ("'{}'", '"{}"', "\u201c{}\u201d", "`{}`", "\u00ab{}\u00bb"),
    ),
    "email_trailing_punct": (
        7,
        lambda r: f"{_local(r)}@{r.choice(PROVIDERS + SCHOOL_DOMAINS)}",
        ("{}.", "{}...", "{}?", "{}!", "{};", "{}!!", "{}.."),
    ),
}


def add_emails(b: Builder) -> None:
    rng = b.rng
    for writing, (count, maker, wrappers) in EMAIL_WRITINGS.items():
        obfuscated = writing.startswith("email_obfuscated")
        for i in range(count):

            def make(writing: str = writing, maker: EmailMaker = maker,
                     wrappers: tuple[str, ...] = wrappers, obfuscated: bool = obfuscated,
                     i: int = i) -> Made:  # fmt: skip
                value = IDN_ADDRESSES[i] if writing == "email_idn" else maker(rng)
                wrapped = put(rng.choice(wrappers), value)
                templates: tuple[str, ...]
                if writing == "email_glued":
                    templates = EMAIL_GLUED_TEMPLATES
                elif obfuscated:
                    templates = OBFUSCATED_TEMPLATES
                elif writing == "email_trailing_punct":  # the punctuation ends the message
                    templates = tuple(t for t in EMAIL_TEMPLATES if t.endswith("{}"))
                else:
                    templates = EMAIL_TEMPLATES
                return put(rng.choice(templates), wrapped), [("email", value, writing)]

            b.attempt("email", make)


# ============================================================================================
# Several kinds in one message
# ============================================================================================

MIXED_TEMPLATES = (
    "hi its {Name} my email is {email} and my cell is {phone}",
    "Name: {Name}\nEmail: {email}\nPhone: {phone}\nCard: {card}\nNotes: refund the march charge",
    "scholarship form: ssn {ssn}, phone {phone}, email {email} is that all they need",
    "pls dont share this: card {card} exp 10/28 and my ssn is {ssn}",
    "contact me at {email} or {phone} (cell) or my dads {phone2}",
    "my number in {place} is {intl} and my us one is {phone}",
    "email {email} / phone {phone} / im in period 3",
    "{phone} or {email} whichever is easier",
    "i put my ssn {ssn} and my moms card {card} on the form was that bad",
    "Parent contact: {email}, {phone}. Student: grade 10, room 214",
    "new phone who dis lol {phone}, also my school email changed to {email}",
    "Billing name: {Name}\nCard: {card}\nBilling phone: {phone}",
    "text {phone} or whatsapp {intl}",
    "ok so my email is {email} and the card for the subscription is {card}",
    "ssn: {ssn} dob 04/12/2008 phone {phone}",
    "my info: {email} {phone}",
    "{Name} | {email} | {phone} | hw 7 q3 help",
    "my mom ({email}) says u can call her at {phone} or her work {phone2}",
    "Job application - {Name}, SSN {ssn}, cell {phone}, email {email}",
    "if the card {card} doesnt go thru call me {phone}",
    "dad: {phone} mom: {phone2} grandma in {place}: {intl}",
    "i typed my email {email} and my number {intl} in the sign up, was that ok",
    "refund to card {card} pls, questions to {email}",
    "for the trip: passport stuff later, ssn {ssn}, emergency phone {phone}",
)

MIXED_NANP = ("nanp_dashed", "nanp_parens", "nanp_dotted", "nanp_plus1", "nanp_bare10",
              "nanp_spaced")  # fmt: skip
MIXED_CARDS = ("visa", "mastercard", "amex", "discover", "jcb", "unionpay", "diners")


def add_mixed(b: Builder) -> None:
    rng = b.rng
    for template in MIXED_TEMPLATES:

        def make(template: str = template) -> Made:
            values: dict[str, str] = {}
            items: list[Item] = []
            place, pattern = rng.choice(INTL_PLUS)
            values["place"] = place
            values["Name"] = f"{rng.choice(FIRST_NAMES).title()} {rng.choice(LAST_NAMES).title()}"
            for key in ("email", "phone", "phone2", "intl", "card", "ssn"):
                if "{" + key + "}" not in template:
                    continue
                if key == "email":
                    writing = rng.choice(("email_plain", "email_plus_tag", "email_subdomain"))
                    value = EMAIL_WRITINGS[writing][1](rng)
                    kind = "email"
                elif key in ("phone", "phone2"):
                    writing = rng.choice(MIXED_NANP)
                    value = nanp_value(rng, rng.choice(NANP_LAYOUTS[writing][1]))
                    kind = "phone"
                elif key == "intl":
                    writing, value, kind = "intl_plus", fill(pattern, rng), "phone"
                elif key == "card":
                    network = rng.choice(MIXED_CARDS)
                    digits = card_number(rng, network, rng.choice(CARD_NETWORKS[network][1]))
                    groups, sep, label = rng.choice(CARD_LAYOUTS[len(digits)][:3])
                    value = group_digits(digits, groups, sep)
                    writing, kind = f"{network}/{label}", "credit_card"
                else:
                    a, g, s = ssn_parts(rng)
                    sep = rng.choice(("-", " "))
                    value = f"{a}{sep}{g}{sep}{s}"
                    writing = "ssn_dashed" if sep == "-" else "ssn_spaced"
                    kind = "ssn"
                values[key] = value
                items.append((kind, value, writing))
            return template.format_map(values), items

        b.attempt("mixed", make)


# ============================================================================================
# Hard negatives: numbers and at-signs that are not PII
# ============================================================================================

NEGATIVES: dict[str, tuple[str, ...]] = {
    "year": (
        "the french revolution started in 1789 and ended like 1799 right",
        "i was born in 2009 so im 15",
        "ww2 was 1939 to 1945 and the cold war was 1947-1991",
        "between 1861 and 1865 the civil war happened",
        "class of 2027!!",
        "the 1918 flu killed more ppl than ww1??",
        "in 1969 they landed on the moon and 1972 was the last time",
        "my essay compares 1990s and 2000s music",
        "from 1600-1700 the colonies grew a lot",
        "the 2019-2020 school year got cut short",
    ),
    "price": (
        "it costs $1,299.99 for the laptop my mom wont buy it",
        "the calculator was $124.50 and the book $89.99",
        "tuition is like 52,000 a year",
        "its \u20ac2.499,00 in germany lol",
        "if a shirt is 24.99 and its 30% off whats the price",
        "the ps5 is 499.99 and tax is 8.25%",
        "rent is $1,850/month split 3 ways",
        "how much is \u20b945,000 in dollars",
        "\u00a312.50 for a sandwich in london is crazy",
        "the house sold for 1,250,000 in 2021",
        "total came to 3,456.78 with shipping",
        "a ticket is $ 1 299 on that site??",
    ),
    "decimal": (
        "0.333333 repeating is 1/3 right",
        "the answer is 12.5678 rounded to 12.57",
        "is 0.999... equal to 1",
        "i got 45.6789 for part b",
        "density = 2.7 g/cm3",
        "the sum was 1234.5678 but the key says 1234.57",
        "sqrt 2 is 1.41421356237",
        "avg was 87.333 and the median 88",
        "my calculator shows 4155550.199 idk why",
    ),
    "math": (
        "whats 12345 * 678",
        "int max is 2147483647 right",
        "pi = 3.14159265",
        "2^32 = 4294967296",
        "i got 8369910 for 12345 x 678 is that right",
        "10! = 3628800",
        "factor 9876543210 into primes",
        "1234567 + 7654321 = 8888888",
        "the 30th fibonacci number is 832040",
        "solve 3x + 7 = 22 pls",
        "4096 2048 1024 512 256 128 64 32 are powers of 2",
        "2 to the 40 is 1099511627776",
        "we always take the answer mod 1000000007",
        "(415)^2 = 172225",
        "999999999 + 1 = 1000000000",
        "5551234 / 7 = 793033.43 right?",
        "calc says 1.2345678e+10",
        "what is 6174 (kaprekars constant)",
        "3 x 10^8 m/s times 2 is 6 x 10^8",
        "the product is 3216549870 when i multiply them",
    ),
    "date": (
        "the test is on 2024-05-01",
        "due 05/01/2024 at midnight",
        "my bday is 03/14/2008",
        "from 12/18/2023 to 01/02/2024 is winter break",
        "born 14.03.2008 in berlin",
        "the deadline is 2024/06/15",
        "meeting on 10-24-2024 at the library",
        "dates 1/2/2024 - 1/9/2024 are the make up days",
        "june 5 2024 is the last day",
        "the folder is named 20240501",
        "the event was 2023-11-04T18:30:00Z",
        "semester: 08/26/2024\u201312/13/2024",
        "it was 2024-03-08 2024-03-15 and 2024-03-22 for the quizzes",
    ),
    "time": (
        "class starts at 10:30 and ends at 11:45",
        "i ran a 5k in 24:37",
        "the video is 1:02:45 long",
        "see u at 3:15pm",
        "timestamp 00:14:32 in the lecture",
        "open from 9:00-17:00",
        "the log says 14:05:33.120",
    ),
    "order_number": (
        "my order 112-4839201-7736520 still hasnt shipped",
        "invoice INV-2024-00123 was paid",
        "confirmation code 7X9K2PQ",
        "receipt #000982341 from the bookstore",
        "booking ref 47281930",
        "ref no. 2024051700123",
        "Order #A10029384 - wrong size, need exchange",
    ),
    "tracking_number": (
        "tracking 1Z4W78E20391827364 says delivered but its not here",
        "usps tracking 9400 1118 9922 3847 5610 23",
        "fedex says 7489 2034 5617 is out for delivery",
        "dhl JD014600006281230704",
        "amazon tracking TBA302958172000",
        "the label has 420606149405511899223197428490 on it",
    ),
    "zip": (
        "my zip is 60614 is that in chicago",
        "ZIP+4 94110-2357",
        "postcode SW1A 2AA",
        "M5V 2T6 is downtown toronto",
        "pin code 560001 for bangalore",
        "the zips are 10001, 10002 and 10003",
        "ship it to 33101-4455",
        "zip 02139 cambridge ma",
    ),
    "coordinates": (
        "40.7128, -74.0060 is nyc",
        "lat: 34.0522 long: -118.2437",
        "51\u00b030'26\"N 0\u00b07'39\"W",
        "the gps says 37.774929,-122.419416",
        "(-33.8688, 151.2093) is sydney",
        "grid ref SU 3720 1575 on the os map",
    ),
    "version": (
        "python 3.12.1 wont install numpy 1.26.4",
        "the update to ios 17.4.1 broke it",
        "minecraft 1.20.4 mods",
        "windows build 10.0.22631.3447",
        "node v20.11.1 npm 10.2.4",
        "chrome 124.0.6367.91 says outdated",
        "firmware 2.1.0-rc3 on the robot",
        "requests==2.31.0 in requirements.txt",
    ),
    "ip_address": (
        "my ip is 192.168.1.254 is that bad",
        "ping 10.0.0.138 times out",
        "the server is at 172.16.254.1:8080",
        "ipv6 2001:db8:85a3::8a2e:370:7334",
        "subnet mask 255.255.255.0",
        "the router page is 192.168.100.1",
    ),
    "code": (
        "arr = [1234567890, 42]",
        "int x = 2147483647;",
        "print(9876543210)",
        "for (int i = 0; i < 1000000; i++)",
        "my hash is 5f4dcc3b5aa765d61d8327deb882cf99 why",
        "color: #3a7bd5;",
        "x = 0x7FFFFFFF",
        "long big = 9223372036854775807L;",
        "nums = [4155, 5501, 9900, 1234]",
        "time.time() returns 1714567890.123",
        "SELECT * FROM users WHERE id = 40213;",
        "expected 3628800 but got 3628801",
        "assert add(123, 456) == 579",
        "mat = [[1,2,3],[4,5,6],[7,8,9]]",
        "git commit a3f9c21 broke the build",
        "error code 0x80070005 when i install",
        "seed = 4242424242",
        "bin: 1011 0110 1110 0101",
        "dp = [[0]*1001 for _ in range(1001)] mod 10**9+7",
        "print(3141592653 // 1000)",
        "ts = 1700000000000  # ms",
    ),
    "uuid_hex": (
        "uuid 3f2b8c1e-9d4a-4e7b-b5c6-0a1d2e3f4a5b",
        "request id: 7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "sha1 9a3f0c7d2e81b64f5a0d9c3e7b2f81a6c4d5e0f9",
        "mac address 3c:22:fb:91:0a:7e",
        "object id 65f1c2e9a8b7d6c5e4f3a2b1",
        "the key is A7F3-09C2-44E1-B8D0",
    ),
    "long_digits": (
        "0.1234567891011 is champernownes constant",
        "1/7 = 0.142857142857142857",
        "pi = 3.14159265358979323846264338327950288",
        "e is 2.7182818284590452353602874713527",
        "2^64 is 18446744073709551616",
        "12345678910111213141516 is the start of it",
        "the first 10 primes glued together are 2357111317192329",
        "sqrt(3) \u2248 1.7320508075688772",
        "that took 0.000000001234 seconds",
        "golden ratio 1.6180339887498948482",
    ),
    "invalid_nanp": (
        "the example in the worksheet is 123-456-7890",
        "the code on the box is 012-345-6789",
        "lab station 104-221-3390",
        "answer key: 109-882-4410",
        "the serial on my ti-84 is 015-234-7781",
        "(012) 345-6789 is the format they want",
        "catalog no. 415-055-1234",
        "run id 0123456789",
        "1234567890 is just the top row of the keyboard",
        "po 312-011-4455 for the lab supplies",
        "problem 186-224-9013 in the answer booklet",
    ),
    "student_id": (
        "my student id is 20231547",
        "login: s2024031",
        "id# 100234567",
        "student number 2024-0153",
        "i'm 20230991 in the gradebook",
        "lunch pin 48213",
        "library card 21234009876543",
        "badge 0049921",
        "employee id E-558812",
        "candidate no. 4021 centre no. 12345",
        "my student id is 2024551234",
    ),
    "page_number": (
        "read pages 112-145 for tomorrow",
        "p. 1023 in the big textbook",
        "chapter 7 section 7.3.2 page 214 problem 33",
        "pg 45-67 and 89-102",
        "ex 4.12, 4.13 and 4.27 on page 311",
        "slides 12 through 48",
    ),
    "score": (
        "scored 1450 on the SAT",
        "got 34 on the act and 1520 on the sat",
        "my gpa is 3.85 unweighted 4.21 weighted",
        "got 87/100 on the quiz",
        "i'm at 1250 elo in chess",
        "my lexile is 1120L",
        "ap calc 5 ap bio 4 apush 3",
        "typing speed 72 wpm 98% accuracy",
    ),
    "sports": (
        "we won 102-98 in overtime",
        "hes batting .315 with 24 hr and 88 rbi",
        "ran the 400 in 52.34",
        "record is 12-4-1 this season",
        "curry had 42 pts 8 reb 11 ast",
        "the marathon record is 2:00:35",
        "jersey #23 and #10",
        "final was 3-1 so 5-4 on aggregate",
    ),
    "chemistry": (
        "avogadro is 6.022 x 10^23",
        "molar mass of nacl is 58.44 g/mol",
        "R = 0.0821 L atm / mol K",
        "the CAS number for ethanol is 64-17-5",
        "electron config 1s2 2s2 2p6 3s2 3p6",
        "ph went from 7.4 to 6.8",
        "half life is 5730 years for carbon 14",
        "h = 6.626 x 10^-34 J s",
    ),
    "invalid_ssn": (
        "part number 987-65-4321 for the printer",
        "the template shows 000-12-3456 as an example",
        "lab sample 666-14-2290",
        "kit 912-44-1093 is missing pieces",
        "the form code is 900-70-1234",
        "order 901 23 4567",
        "lot 999.12.3456 on the box",
        "ticket 666-01-2345",
    ),
    "obfuscated_email_like": (
        "look at this dot com thing",
        "i learned it at khanacademy dot org",
        "look at gmail dot com for the login page",
        "my sister works at google dot com now",
        "meet me at the mall dot",
        "we were at home dot dot dot",
        "is it at school dot edu or school dot org",
    ),
    "email_like": (
        "follow @maya_draws on insta",
        "icon@2x.png wont load",
        "logo@3x.jpg is blurry",
        "@everyone the quiz is moved",
        "x@y doesnt count as an email right",
        "meet @ 5 by the gym",
        "user@localhost is the default",
        "5 apples @ $0.50 each",
    ),
    "measurement": (
        "its 384 400 km to the moon",
        "world population is 8 045 311 447",
        "speed of light 299 792 458 m/s",
        "they shipped 1 800 000 tons",
        "3000mg of vitamin c is too much",
        "the bridge is 1,280 m long and 227 m tall",
    ),
    "phone_word_context": (
        "call of duty black ops 6 came out 2024",
        "my phone has 256 gb and 8 gb of ram",
        "text me the page number, i think its 345",
        "the number of cells is 3.72 x 10^13",
        "call the function 1000 times",
        "my phone case was $19.99",
        "the number 1729 is a taxicab number",
        "phone battery is 4500 mAh",
    ),
    "social_word_context": (
        "social studies test on 12/05 pages 214-230",
        "my social media has 12,345 followers",
        "social studies grade went from 78 to 91",
    ),
}


def isbn13(rng: random.Random) -> tuple[str, str]:
    """(digits, hyphenated) of a valid ISBN-13."""
    group = rng.choice(("0", "1"))
    publisher = str(rng.randint(1000, 9999))
    title = f"{rng.randint(0, 9999):04d}"
    body = "978" + group + publisher + title
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = str((10 - total % 10) % 10)
    return body + check, f"978-{group}-{publisher}-{title}-{check}"


def isbn10(rng: random.Random) -> tuple[str, str]:
    """(digits, hyphenated) of a valid ISBN-10."""
    group = rng.choice(("0", "1", "3", "2"))
    publisher = str(rng.randint(100, 999))
    title = f"{rng.randint(0, 99999):05d}"
    body = group + publisher + title
    total = sum((10 - i) * int(d) for i, d in enumerate(body))
    check = (11 - total % 11) % 11
    c = "X" if check == 10 else str(check)
    return body + c, f"{group}-{publisher}-{title}-{c}"


ISBN13_TEMPLATES = (
    "the textbook isbn is {}",
    "ISBN-13: {}",
    "isbn {} is the 5th edition right",
    "can u summarize the book {}",
    "the lab manual is {} on the syllabus",
)
ISBN10_TEMPLATES = (
    "ISBN-10: {}",
    "our class reader is {} (paperback)",
    "the old edition is isbn {}",
    "the library has {} but not the new one",
    "isbn10 {} from the reading list",
)
LUHN_INVALID_TEMPLATES = (
    "the raffle ticket is {}",
    "my library barcode {}",
    "membership number {} for the gym",
    "reference {} on the letter",
    "voucher code {} didnt work",
    "the serial key is {}",
    "transaction id {}",
    "order number {} still processing",
    "the account ref on the bill is {}",
    "shipment {} is delayed",
)
NO_NETWORK_TEMPLATES = (
    "shipment id {}",
    "the meter number is {}",
    "reference {} for the school trip form",
    "case number {}",
    "policy {} on the insurance letter",
)


def add_negatives(b: Builder) -> None:
    rng = b.rng
    for group, texts in NEGATIVES.items():
        for text in texts:
            b.add(group, text)
    for i in range(10):
        digits, hyphenated = isbn13(rng) if i % 2 == 0 else isbn10(rng)
        value = hyphenated if i % 4 < 2 else digits
        templates = ISBN13_TEMPLATES if i % 2 == 0 else ISBN10_TEMPLATES
        b.add("isbn", put(templates[i // 2], value))
    # Card-shaped numbers with a network's prefix and length that fail the Luhn check.
    networks = ("visa", "mastercard", "amex", "discover", "jcb", "unionpay", "maestro")
    for i in range(12):
        network = networks[i % len(networks)]
        good = card_number(rng, network, CARD_NETWORKS[network][1][-1 if network == "jcb" else 0])
        bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
        assert not luhn_ok(bad)
        groups, sep, _ = rng.choice(CARD_LAYOUTS[len(bad)][:4])
        b.add("luhn_invalid", put(LUHN_INVALID_TEMPLATES[i % len(LUHN_INVALID_TEMPLATES)],
                                  group_digits(bad, groups, sep)))  # fmt: skip
    # Luhn-valid 16-digit numbers that start like no payment network's IIN.
    for i in range(5):
        prefix = ("0", "33", "32", "0", "33")[i]
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        number = luhn_complete(body)
        value = group_digits(number, "4-4-4-4", " ") if i % 2 else number
        b.add("luhn_valid_no_network", put(NO_NETWORK_TEMPLATES[i], value))


# ============================================================================================
# Build and write
# ============================================================================================


def build(seed: int = SEED) -> list[dict[str, Any]]:
    b = Builder(seed)
    add_emails(b)
    add_nanp(b)
    add_international(b)
    add_ssns(b)
    add_cards(b)
    add_mixed(b)
    add_negatives(b)
    return b.cases


def render(cases: list[dict[str, Any]] | None = None) -> str:
    """The corpus file's exact contents."""
    rows = build() if cases is None else cases
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pii.make_corpus")
    parser.add_argument("--check", action="store_true", help="only compare with the file")
    args = parser.parse_args(argv)
    cases = build()
    text = render(cases)
    if args.check:
        same = CORPUS.is_file() and CORPUS.read_text(encoding="utf-8") == text
        print(f"{CORPUS.name} is {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    CORPUS.write_text(text, encoding="utf-8", newline="\n")
    negatives = sum(1 for case in cases if not case["pii"])
    items = sum(len(case["pii"]) for case in cases)
    print(f"wrote {CORPUS}: {len(cases)} cases, {items} PII items, {negatives} hard negatives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
