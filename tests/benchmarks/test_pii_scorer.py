"""The labelled PII corpus (benchmarks/pii/corpus.jsonl) is well-formed and is exactly what
its generator writes, and the scorer's found/miss/touched logic is right. No recall figures
are asserted here: those are what the scorer reports."""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _import(name: str) -> ModuleType:
    if str(REPO) not in sys.path:  # plain `pytest` (importlib mode) does not add the root
        sys.path.insert(0, str(REPO))
    return importlib.import_module(name)


score: Any = _import("benchmarks.pii.score")
make_corpus: Any = _import("benchmarks.pii.make_corpus")

CORPUS = REPO / "benchmarks" / "pii" / "corpus.jsonl"
KINDS = {"email", "phone", "ssn", "credit_card"}


def _rows() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


ROWS = _rows()
ITEMS = [(row, item) for row in ROWS for item in row["pii"]]


def _items(kind: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(row, item) for row, item in ITEMS if item["kind"] == kind]


def _ids(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[str]:
    return [f"{row['id']}:{item['value']}" for row, item in pairs]


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


def test_committed_corpus_is_what_the_generator_writes() -> None:
    assert CORPUS.read_text(encoding="utf-8") == make_corpus.render(), (
        "corpus.jsonl is stale: run `python -m benchmarks.pii.make_corpus`"
    )


def test_generator_is_deterministic() -> None:
    assert make_corpus.build() == make_corpus.build()


def test_corpus_shape() -> None:
    assert len(ROWS) >= 600
    negatives = [row for row in ROWS if not row["pii"]]
    assert len(negatives) >= 150
    assert len({row["group"] for row in negatives}) >= 20
    ids = Counter(row["id"] for row in ROWS)
    assert [i for i, n in ids.items() if n > 1] == []
    assert len({row["text"] for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert set(row) == {"id", "text", "pii", "group"}, row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert isinstance(row["group"], str) and row["group"], row
        for item in row["pii"]:
            assert set(item) == {"kind", "value", "writing"}, row
            assert item["kind"] in KINDS, row
            assert item["writing"], row
    assert {item["kind"] for _, item in ITEMS} == KINDS


def test_mixed_messages_have_several_kinds() -> None:
    mixed = [row for row in ROWS if row["group"] == "mixed"]
    assert len(mixed) >= 10
    assert sum(len({i["kind"] for i in row["pii"]}) >= 2 for row in mixed) >= 10


@pytest.mark.parametrize(("row", "item"), ITEMS, ids=_ids(ITEMS))
def test_value_is_in_its_text_and_its_pieces_nowhere_else(
    row: dict[str, Any], item: dict[str, Any]
) -> None:
    text, value = row["text"], item["value"]
    assert text.count(value) == 1
    pieces = score.pieces(item["kind"], value, item["writing"])
    assert pieces
    rest = text.replace(value, "\x00")
    for piece in pieces:
        assert piece in value
        assert piece not in rest, f"{piece!r} also occurs outside {value!r}"


# Payment networks by ISO/IEC 7812 IIN ranges and lengths, as the networks publish them
# (written out independently of the generator's table).
NETWORKS: dict[str, tuple[list[tuple[str, str]], set[int]]] = {
    "visa": ([("4", "4")], {13, 16, 19}),
    "mastercard": ([("51", "55"), ("2221", "2720")], {16}),
    "amex": ([("34", "34"), ("37", "37")], {15}),
    "discover": (
        [("6011", "6011"), ("644", "649"), ("65", "65"), ("622126", "622925")],
        set(range(16, 20)),
    ),
    "diners": ([("300", "305"), ("36", "36"), ("38", "39")], {14, 16}),
    "jcb": ([("3528", "3589")], set(range(16, 20))),
    "jcb15": ([("1800", "1800"), ("2131", "2131")], {15}),
    "unionpay": ([("62", "62")], set(range(16, 20))),
    "maestro": ([("50", "50"), ("56", "69")], set(range(12, 20))),
    "uatp": ([("1", "1")], {15}),
    "mir": ([("2200", "2204")], set(range(16, 20))),
    "rupay": ([("60", "60"), ("65", "65"), ("81", "82"), ("508", "508")], {16}),
    "verve": ([("506099", "506198"), ("507865", "507964"), ("650002", "650027")], {16, 18, 19}),
    "troy": ([("9792", "9792")], {16}),
    "dankort": ([("5019", "5019")], {16}),
    "borica": ([("2205", "2205")], {16}),
    "uzcard": ([("8600", "8600")], {16}),
    "humo": ([("9860", "9860")], {16}),
    "napas": ([("9704", "9704")], {16, 19}),
    "instapayment": ([("637", "639")], {16}),
    "interpayment": ([("636", "636")], set(range(16, 20))),
}


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_luhn_reference() -> None:
    assert luhn("79927398713") and not luhn("79927398710")
    assert make_corpus.luhn_ok("79927398713") and not make_corpus.luhn_ok("79927398710")


CARDS = _items("credit_card")


@pytest.mark.parametrize(("row", "item"), CARDS, ids=_ids(CARDS))
def test_card_is_luhn_valid_and_fits_its_network(row: dict[str, Any], item: dict[str, Any]) -> None:
    digits = re.sub(r"\D", "", item["value"])
    assert item["value"].strip() == item["value"]
    assert re.fullmatch(r"[\d \-.\u00a0]+", item["value"])
    assert luhn(digits)
    network, _, layout = item["writing"].partition("/")
    ranges, lengths = NETWORKS[network]
    assert len(digits) in lengths
    assert any(low <= digits[: len(low)] <= high for low, high in ranges), (network, digits)
    groups = [len(g) for g in re.findall(r"\d+", item["value"])]
    if layout == "bare":
        assert groups == [len(digits)]
    elif layout != "glued":
        assert "-".join(map(str, groups)) == layout.split("_")[0]


def test_cards_cover_every_network_and_the_usual_layouts() -> None:
    writings = [item["writing"] for _, item in CARDS]
    assert {w.split("/")[0] for w in writings} == set(NETWORKS)
    layouts = {w.split("/")[1] for w in writings}
    for layout in ("4-4-4-4_space", "4-4-4-4_dash", "4-4-4-4_dot", "bare", "4-6-5_space",
                   "4-6-4_space", "4-4-4-4-3_space", "glued"):  # fmt: skip
        assert layout in layouts


PHONE_WRITINGS = {
    "nanp_dashed", "nanp_dotted", "nanp_spaced", "nanp_slashed", "nanp_parens", "nanp_bare10",
    "nanp_3_7", "nanp_plus1", "nanp_1prefix", "nanp_001", "nanp_ext", "nanp_unicode_sep",
    "nanp_glued", "nanp_local7", "nanp_local7_bare", "intl_plus", "intl_plus_compact",
    "intl_plus_trunk0", "intl_00", "intl_no_plus", "gb_national", "in_national", "au_national",
}  # fmt: skip
PHONES = _items("phone")
NANP = [(row, item) for row, item in PHONES if item["writing"].startswith("nanp_")]
EXTENSION = re.compile(r"(?i)\s*,?\s*(?:ext(?:ension)?\.?|x)\s*\d{1,6}$")


def test_phone_writings_are_known_and_all_covered() -> None:
    assert {item["writing"] for _, item in PHONES} == PHONE_WRITINGS


def _nanp_code_ok(code: str) -> bool:
    """NPA/NXX: first digit 2-9, not N11."""
    return code[0] in "23456789" and code[1:] != "11"


@pytest.mark.parametrize(("row", "item"), NANP, ids=_ids(NANP))
def test_nanp_numbers_are_valid(row: dict[str, Any], item: dict[str, Any]) -> None:
    digits = re.sub(r"\D", "", EXTENSION.sub("", item["value"]))
    if item["writing"].startswith("nanp_local7"):
        assert len(digits) == 7
        assert _nanp_code_ok(digits[:3])
        return
    if len(digits) == 13:
        assert digits.startswith("001")
        digits = digits[3:]
    elif len(digits) == 11:
        assert digits.startswith("1")
        digits = digits[1:]
    assert len(digits) == 10
    area, exchange = digits[:3], digits[3:6]
    assert _nanp_code_ok(area) and area[1] != "9"  # X9X area codes are reserved
    assert _nanp_code_ok(exchange)


SSNS = _items("ssn")


@pytest.mark.parametrize(("row", "item"), SSNS, ids=_ids(SSNS))
def test_ssns_are_issuable(row: dict[str, Any], item: dict[str, Any]) -> None:
    assert item["writing"].startswith("ssn_")
    digits = re.sub(r"\D", "", item["value"])
    assert len(digits) == 9
    assert digits[:3] not in ("000", "666") and digits[0] != "9"
    assert digits[3:5] != "00" and digits[5:] != "0000"


def test_emails_are_address_shaped() -> None:
    for row, item in _items("email"):
        assert item["writing"].startswith("email_"), row
        if not item["writing"].startswith("email_obfuscated"):
            local, at, domain = item["value"].rpartition("@")
            assert at and local and "." in domain, row


# --------------------------------------------------------------------------------------------
# The scorer
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "writing", "expected"),
    [
        ("phone", "415-555-0199", "nanp_dashed", ["415", "555", "0199"]),
        ("phone", "(415) 555-0199 ext. 12", "nanp_ext", ["415", "555", "0199"]),
        ("phone", "+44 20 7946 0958", "intl_plus", ["7946", "0958"]),
        ("phone", "0044 20 7946 0958", "intl_00", ["7946", "0958"]),
        ("phone", "+447946012345", "intl_plus_compact", ["447946012345"]),
        ("phone", "+33 1 42 68 53 00", "intl_plus", ["1 42", "42 68", "68 53", "53 00"]),
        ("phone", "91 98765 43210", "intl_no_plus", ["98765", "43210"]),
        ("ssn", "123-45-6789", "ssn_dashed", ["123", "6789"]),
        (
            "credit_card",
            "4111 1111 1111 1111",
            "visa/4-4-4-4_space",
            ["4111", "1111", "1111", "1111"],
        ),
        ("email", "sam.lee+hw@gmail.com", "email_plus_tag", ["sam.lee", "gmail.com"]),
        ("email", "sam dot lee at gmail dot com", "email_obfuscated_words", ["sam", "lee"]),
        ("email", "kim [at] proton [dot] me", "email_obfuscated_brackets", ["kim"]),
    ],
)
def test_pieces(kind: str, value: str, writing: str, expected: list[str]) -> None:
    assert score.pieces(kind, value, writing) == expected


def _case(text: str, *items: tuple[str, str, str], group: str = "g") -> Any:
    return score.Case(
        id=f"c{abs(hash(text))}",
        text=text,
        pii=tuple(score.Item(k, v, w) for k, v, w in items),
        group=group,
    )


PHONE_CASE = ("call 415-555-0199 now", ("phone", "415-555-0199", "nanp_dashed"))


def test_a_redactor_that_leaves_one_digit_group_misses() -> None:
    case = _case(PHONE_CASE[0], PHONE_CASE[1])
    report = score.score([case], lambda t: t.replace("415-555-", "[PHONE]-"))
    assert (report.kinds["phone"].hits, report.kinds["phone"].total) == (0, 1)
    assert [m.leaked for m in report.misses] == [("0199",)]
    assert report.writings["phone"]["nanp_dashed"].hits == 0
    assert report.phone_families["US-format (nanp_*)"].total == 1


def test_a_redactor_that_redacts_everything_finds_it() -> None:
    case = _case(PHONE_CASE[0], PHONE_CASE[1])
    report = score.score([case], lambda t: t.replace("415-555-0199", "[PHONE]"))
    assert (report.kinds["phone"].hits, report.kinds["phone"].total) == (1, 1)
    assert report.misses == []
    assert report.positive_cases.hits == 1
    # Over-redaction is not a miss either.
    report = score.score([case], lambda t: "[REDACTED]")
    assert report.kinds["phone"].hits == 1


def test_an_untouched_item_is_a_miss() -> None:
    case = _case("mail sam.lee@x.io", ("email", "sam.lee@x.io", "email_plain"))
    report = score.score([case], lambda t: t)
    assert report.kinds["email"].hits == 0
    assert report.misses[0].leaked == ("sam.lee", "x.io")


def test_touched_negatives_count_as_false_positives() -> None:
    touched = _case("int max is 2147483647", group="math")
    untouched = _case("the war ended in 1945", group="year")
    redact = {touched.text: "int max is [PHONE]"}
    report = score.score([touched, untouched], lambda t: redact.get(t, t))
    assert (report.negatives.hits, report.negatives.total) == (1, 2)
    assert report.negative_groups["math"].hits == 1
    assert report.negative_groups["year"].hits == 0
    assert [fp.case.id for fp in report.false_positives] == [touched.id]


def test_card_figures_split_network_and_layout() -> None:
    case = _case(
        "card 4111 1111 1111 1111 and 5500-0000-0000-0004",
        ("credit_card", "4111 1111 1111 1111", "visa/4-4-4-4_space"),
        ("credit_card", "5500-0000-0000-0004", "mastercard/4-4-4-4_dash"),
    )
    report = score.score([case], lambda t: t.replace("4111 1111 1111 1111", "[CREDIT_CARD]"))
    assert report.card_networks["visa"].hits == 1
    assert report.card_networks["mastercard"].hits == 0
    assert report.card_layouts["4-4-4-4_dash"].hits == 0
    assert report.positive_cases.hits == 0


FAKE_PII = """
import re

def redact_pii(text, kinds=("email", "phone", "ssn", "credit_card"), custom=()):
    out = re.sub(r"\\d{3}-\\d{3}-\\d{4}", "[PHONE]", text)
    return out, (["phone"] if out != text else [])
"""


def test_main_scores_another_pii_py_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "pii.py"
    fake.write_text(FAKE_PII, encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "p1", "text": "call 415-555-0199", "group": "phone",
         "pii": [{"kind": "phone", "value": "415-555-0199", "writing": "nanp_dashed"}]},
        {"id": "p2", "text": "call (415) 555-0142", "group": "phone",
         "pii": [{"kind": "phone", "value": "(415) 555-0142", "writing": "nanp_parens"}]},
        {"id": "n1", "text": "code 104-221-3390", "pii": [], "group": "invalid_nanp"},
        {"id": "n2", "text": "in 1945", "pii": [], "group": "year"},
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "figures.json"
    argv = ["--pii", str(fake), "--corpus", str(corpus), "--json", str(out), "--show"]
    assert score.main(argv) == 0
    printed = capsys.readouterr().out
    assert "p2 phone/nanp_parens" in printed and "n1 [invalid_nanp]" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["kinds"]["phone"] == {"hits": 1, "total": 2, "rate": 0.5}
    assert figures["writings"]["phone"]["nanp_parens"]["hits"] == 0
    assert figures["false_positive_rate"] == {"hits": 1, "total": 2, "rate": 0.5}
    assert figures["negative_groups"]["year"]["hits"] == 0
    assert [m["id"] for m in figures["misses"]] == ["p2"]


def test_bench_entry_point_runs_the_scorer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench: Any = _import("benchmarks.bench_pii_recall")
    fake = tmp_path / "pii.py"
    fake.write_text(FAKE_PII, encoding="utf-8")
    bench.main(["--pii", str(fake)])
    assert "Recall by kind" in capsys.readouterr().out


def test_main_reports_a_pii_py_that_does_not_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "pii.py"
    broken.write_text("import re\nundefined_name\n", encoding="utf-8")
    assert score.main(["--pii", str(broken)]) == 2
    assert "cannot import" in capsys.readouterr().err
