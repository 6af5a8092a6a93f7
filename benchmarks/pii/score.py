"""Score the pii-filter on its labelled corpus: recall per kind and per writing, and the
false-positive rate on hard negatives.

The filter runs exactly as the module runs it: ``pii.py`` is imported from
``modules/pii-filter`` by path (or from ``--pii PATH``) and every case goes through
``redact_pii(text)`` with the default kinds. Only the redacted text is looked at:

* A PII item is *found* when none of its identifying pieces survives in the redacted text
  (see ``pieces``): every run of 3+ digits of a phone number, SSN or card (two neighbouring
  shorter groups, as in ``42 68 53 00``, count as one piece; a ``+``/``00`` country code and
  an extension do not count), the local part (up to a ``+tag``) and the domain of an email,
  and the name of an obfuscated email (``sam dot lee at gmail dot com``: ``sam``, ``lee``).
  So a half-redacted number (``[PHONE]-0199``) is a miss, while over-redaction is not.
  The corpus tests make sure no piece also occurs elsewhere in its case's text.
* A hard negative is *touched* when the redacted text differs from the original.

Run: ``python -m benchmarks.pii.score [--show | --show-misses N] [--json PATH] [--pii PATH]``
(or ``raptscallions bench pii``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .._tally import Tally

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus.jsonl"
PII_PY = REPO / "modules" / "pii-filter" / "pii.py"

KINDS = ("email", "phone", "ssn", "credit_card")

Redactor = Callable[[str], str]


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    value: str
    writing: str


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    pii: tuple[Item, ...]
    group: str

    @property
    def negative(self) -> bool:
        return not self.pii


def parse_case(line: str) -> Case:
    raw = json.loads(line)
    items = tuple(Item(p["kind"], p["value"], p["writing"]) for p in raw["pii"])
    return Case(raw["id"], raw["text"], items, raw["group"])


def load_corpus(path: Path = CORPUS) -> list[Case]:
    with path.open(encoding="utf-8") as f:
        return [parse_case(line) for line in f if line.strip()]


# --------------------------------------------------------------------------------------------
# What must not survive
# --------------------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"\d+")
# An extension at the end of a phone number: its digits are not what identifies the number.
_EXTENSION = re.compile(r"(?i)(?:\s*,?\s*(?:ext(?:ension)?\.?|x)\s*\d{1,6})$")
# The "at" of an obfuscated address ("sam [at] gmail", "sam at gmail", "sam @ gmail").
_COUNTRY_CODE = re.compile(r"(?:[+\uff0b]|00[ .\-]?)\d{1,3}(?=\D)")
_BARE_COUNTRY_CODE = re.compile(r"\d{1,3}(?=\D)")
_OB_AT = re.compile(r"(?i)\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s*@\s*")
_OB_DOT = re.compile(r"(?i)\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+")


def pieces(kind: str, value: str, writing: str) -> list[str]:
    """The identifying pieces of a PII value: it leaks if any of them is still in the text."""
    if kind == "email":
        if writing.startswith("email_obfuscated"):
            at = _OB_AT.search(value)
            name = value if at is None else value[: at.start()]
            return [part for part in _OB_DOT.split(name) if part.strip()]
        local, _, domain = value.rpartition("@")
        identity = local.split("+", 1)[0] or local
        return [identity, domain]
    number = value
    start = 0
    if kind == "phone":
        ext = _EXTENSION.search(number)
        if ext is not None:
            number = number[: ext.start()]
        # A country code set apart ("+44 ...", "0044 ...", "00 49 ...", "91 98765 ...") is
        # not identifying; one glued to the number ("+447700900123") is part of its run.
        code = _COUNTRY_CODE.match(number)
        if code is None and writing == "intl_no_plus":
            code = _BARE_COUNTRY_CODE.match(number)
        if code is not None:
            start = code.end()
    runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(number, start)]
    found: list[str] = []
    for i, (s, e) in enumerate(runs):
        if e - s >= 3:
            found.append(number[s:e])
        elif i + 1 < len(runs):
            s2, e2 = runs[i + 1]
            if e2 - s2 < 3 and (e - s) + (e2 - s2) >= 3:
                found.append(number[s:e2])
    return found


def leaked(item: Item, redacted: str) -> list[str]:
    """The pieces of ``item`` that survive in ``redacted``."""
    return [p for p in pieces(item.kind, item.value, item.writing) if p in redacted]


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Miss:
    case: Case
    item: Item
    redacted: str
    leaked: tuple[str, ...]


@dataclass(frozen=True)
class FalsePositive:
    case: Case
    redacted: str


def _tally(table: dict[str, Tally], key: str, hit: bool) -> None:
    table.setdefault(key, Tally()).add(hit)


@dataclass
class Report:
    corpus: str
    pii: str
    cases: int = 0
    seconds: float = 0.0
    kinds: dict[str, Tally] = field(default_factory=dict)
    writings: dict[str, dict[str, Tally]] = field(default_factory=dict)  # kind -> writing
    phone_families: dict[str, Tally] = field(default_factory=dict)
    card_networks: dict[str, Tally] = field(default_factory=dict)
    card_layouts: dict[str, Tally] = field(default_factory=dict)
    positive_cases: Tally = field(default_factory=Tally)  # every item of the case found
    negatives: Tally = field(default_factory=Tally)  # hits = touched
    negative_groups: dict[str, Tally] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)

    @property
    def items(self) -> Tally:
        total = Tally()
        for t in self.kinds.values():
            total.hits += t.hits
            total.total += t.total
        return total


def phone_family(writing: str) -> str:
    if writing.startswith("nanp_"):
        return "US-format (nanp_*)"
    if writing.startswith("intl_"):
        return "international (intl_*)"
    return "national (gb/in/au)"


def score(cases: Iterable[Case], redact: Redactor, *, corpus: str = "", pii: str = "") -> Report:
    """Run ``redact`` over every case and tally found items and touched negatives."""
    report = Report(corpus=corpus, pii=pii)
    start = time.perf_counter()
    outputs = [(case, redact(case.text)) for case in cases]
    report.seconds = time.perf_counter() - start
    for case, redacted in outputs:
        report.cases += 1
        if case.negative:
            touched = redacted != case.text
            report.negatives.add(touched)
            _tally(report.negative_groups, case.group, touched)
            if touched:
                report.false_positives.append(FalsePositive(case, redacted))
            continue
        all_found = True
        for item in case.pii:
            leaks = leaked(item, redacted)
            hit = not leaks
            all_found &= hit
            _tally(report.kinds, item.kind, hit)
            report.writings.setdefault(item.kind, {})
            _tally(report.writings[item.kind], item.writing, hit)
            if item.kind == "phone":
                _tally(report.phone_families, phone_family(item.writing), hit)
            if item.kind == "credit_card":
                network, _, layout = item.writing.partition("/")
                _tally(report.card_networks, network, hit)
                _tally(report.card_layouts, layout, hit)
            if not hit:
                report.misses.append(Miss(case, item, redacted, tuple(leaks)))
        report.positive_cases.add(all_found)
    return report


# --------------------------------------------------------------------------------------------
# Loading the filter
# --------------------------------------------------------------------------------------------


def load_pii(path: Path = PII_PY) -> ModuleType:
    """Import a copy of ``pii.py`` by path, under a name of its own."""
    path = path.resolve()
    name = "_pii_under_test_" + hashlib.sha1(str(path).encode()).hexdigest()[:12]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up while it executes
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def redactor(module: ModuleType) -> Redactor:
    """``redact_pii(text)`` with the default kinds, as the pii-filter module calls it."""
    redact_pii = module.redact_pii

    def redact(text: str) -> str:
        redacted, _ = redact_pii(text)
        return str(redacted)

    return redact


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def _pct(t: Tally) -> str:
    return f"{100 * t.rate:6.1f}%" if t.total else "      -"


def _table(title: str, rows: Iterable[tuple[str, Tally]], what: str = "found") -> list[str]:
    lines = [f"{title:<40}{what:>8}{'total':>7}{'rate':>9}"]
    for name, t in rows:
        lines.append(f"  {name:<38}{t.hits:>8}{t.total:>7}{_pct(t):>9}")
    return lines


def _sorted(table: dict[str, Tally]) -> list[tuple[str, Tally]]:
    return sorted(table.items())


def _short(text: str, limit: int = 160) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_report(report: Report, show: int = 0) -> str:
    """The figures as text tables; ``show``: list up to that many misses and false positives."""
    positives = report.cases - report.negatives.total
    out = [
        f"PII filter on {report.corpus}: {report.cases} cases "
        f"({positives} with PII, {report.items.total} items; "
        f"{report.negatives.total} hard negatives)",
        f"filter: {report.pii} (redact_pii, default kinds), {report.seconds * 1000:.0f} ms",
        "",
    ]
    kinds = [(k, report.kinds[k]) for k in KINDS if k in report.kinds]
    out += _table("Recall by kind", [*kinds, ("all items", report.items)])
    out.append(f"  {'cases with every item found':<38}{report.positive_cases.hits:>8}"
               f"{report.positive_cases.total:>7}{_pct(report.positive_cases):>9}")  # fmt: skip
    out.append("")
    out += _table("Phone recall by family", _sorted(report.phone_families))
    out.append("")
    out += _table("Phone recall by writing", _sorted(report.writings.get("phone", {})))
    out.append("")
    out += _table("Email recall by writing", _sorted(report.writings.get("email", {})))
    out.append("")
    out += _table("SSN recall by writing", _sorted(report.writings.get("ssn", {})))
    out.append("")
    out += _table("Card recall by network", _sorted(report.card_networks))
    out.append("")
    out += _table("Card recall by layout", _sorted(report.card_layouts))
    out.append("")
    neg = [*_sorted(report.negative_groups), ("all hard negatives", report.negatives)]
    out += _table("False positives on hard negatives", neg, what="touched")
    out.append("")
    out.append(
        f"SUMMARY recall {_pct(report.items).strip()} "
        f"({report.items.total - report.items.hits} misses), "
        + ", ".join(f"{k} {_pct(t).strip()}" for k, t in kinds)
        + f"; FP rate {_pct(report.negatives).strip()} "
        f"({report.negatives.hits}/{report.negatives.total} negatives touched)"
    )
    if show:
        out.append("")
        out.append(f"Misses ({len(report.misses)}, showing {min(show, len(report.misses))}):")
        for miss in report.misses[:show]:
            out.append(
                f"  {miss.case.id} {miss.item.kind}/{miss.item.writing} {miss.item.value!r} "
                f"leaked {list(miss.leaked)}"
            )
            out.append(f"      -> {_short(miss.redacted)}")
        shown = min(show, len(report.false_positives))
        out.append(f"False positives ({len(report.false_positives)}, showing {shown}):")
        for fp in report.false_positives[:show]:
            out.append(f"  {fp.case.id} [{fp.case.group}] {_short(fp.case.text)}")
            out.append(f"      -> {_short(fp.redacted)}")
    elif report.misses or report.false_positives:
        out.append("(--show lists the misses and false positives)")
    return "\n".join(out)


def report_json(report: Report) -> dict[str, Any]:
    def table(t: dict[str, Tally]) -> dict[str, Any]:
        return {k: v.as_dict() for k, v in sorted(t.items())}

    return {
        "corpus": report.corpus,
        "pii": report.pii,
        "cases": report.cases,
        "seconds": round(report.seconds, 4),
        "recall": report.items.as_dict(),
        "kinds": table(report.kinds),
        "writings": {k: table(v) for k, v in sorted(report.writings.items())},
        "phone_families": table(report.phone_families),
        "card_networks": table(report.card_networks),
        "card_layouts": table(report.card_layouts),
        "positive_cases": report.positive_cases.as_dict(),
        "false_positive_rate": report.negatives.as_dict(),
        "negative_groups": table(report.negative_groups),
        "misses": [
            {
                "id": m.case.id,
                "kind": m.item.kind,
                "writing": m.item.writing,
                "value": m.item.value,
                "leaked": list(m.leaked),
                "redacted": m.redacted,
            }
            for m in report.misses
        ],
        "false_positives": [
            {"id": f.case.id, "group": f.case.group, "text": f.case.text, "redacted": f.redacted}
            for f in report.false_positives
        ],
    }


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.pii.score",
        description="Recall and false-positive rate of pii.py on the labelled PII corpus.",
    )
    parser.add_argument("--pii", type=Path, default=PII_PY, help="the pii.py to score")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus (JSON lines)")
    parser.add_argument("--show", action="store_true", help="list every miss and false positive")
    parser.add_argument(
        "--show-misses", type=int, default=0, metavar="N", help="list up to N of each"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    cases = load_corpus(args.corpus)
    try:
        module = load_pii(args.pii)
    except Exception as exc:  # a copy being edited may not even import
        print(
            f"error: cannot import {args.pii}: {exc!r}\n"
            "(to score the committed version: git show HEAD:modules/pii-filter/pii.py "
            "> /tmp/pii.py and pass --pii /tmp/pii.py)",
            file=sys.stderr,
        )
        return 2
    report = score(cases, redactor(module), corpus=_display(args.corpus), pii=_display(args.pii))
    show = max(len(report.misses), len(report.false_positives)) if args.show else args.show_misses
    print(format_report(report, show))
    if args.json is not None:
        args.json.write_text(
            json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
