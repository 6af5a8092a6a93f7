"""Score the safety-filter on its labelled evaluation corpus: recall per category (direct and
indirect self-harm apart), per kind and per writing, and the rate of benign hard negatives
blocked per family, at each sensitivity.

The filter runs exactly as the engine runs it, minus the process: the module folder
(``modules/safety-filter``, or ``--module PATH``, or the version at a git revision with
``--rev REV``) is loaded once with ``load_module_folder`` and every case goes through its
``chat:before_ai`` handler with ``run_hook``, the student's message as ``ctx.message``, at
``sensitivity`` low, medium and high (every other setting at its default, so no moderation
second opinion). A case counts as *blocked* when the handler returns ``Block``; its
category is the block's reason (``safety:<category>``). Recall is the share of a label's
cases blocked; "as labelled" is the share blocked with the label's own category (a friend's
crisis reported as the student's own still gets help, but the wrong help).

Run: ``python -m benchmarks.safety.score [--module PATH | --rev REV] [--show [LEVEL]]
[--json PATH]`` (or ``raptscallions bench safety``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trio

from raptscallions.sdk import Block, Module
from raptscallions.sdk.testing import load_module_folder, mock_context, run_hook

from .._tally import Tally

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EVAL = HERE / "eval.jsonl"
MODULE = REPO / "modules" / "safety-filter"

LEVELS = ("low", "medium", "high")
LABELS = ("self_harm", "violence", "concern_for_other", "sexual_minors")
HOOK = "chat:before_ai"

# What the issue asks of the default sensitivity (medium).
TARGETS = {
    "self_harm": 0.90,
    "self_harm/indirect": 0.75,
    "violence": 0.85,
    "concern_for_other": 0.85,
}
MAX_BENIGN_BLOCKED = 0.03


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    label: str
    kind: str
    sub: str
    writing: str

    @property
    def benign(self) -> bool:
        return self.label == "benign"


def load_eval(path: Path = EVAL) -> list[Case]:
    with path.open(encoding="utf-8") as f:
        return [Case(**json.loads(line)) for line in f if line.strip()]


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    case: Case
    blocked: bool
    category: str | None  # the block's category
    flag: dict[str, Any] | None  # the safety_flag extraction's data, if any


@dataclass
class LevelReport:
    level: str
    seconds: float = 0.0
    outcomes: list[Outcome] = field(default_factory=list)
    recall: dict[str, Tally] = field(default_factory=dict)  # label (and self_harm/direct ...)
    as_labelled: dict[str, Tally] = field(default_factory=dict)
    kinds: dict[str, Tally] = field(default_factory=dict)  # "label/kind[/sub]"
    writings: dict[str, Tally] = field(default_factory=dict)  # positives by writing
    benign: dict[str, Tally] = field(default_factory=dict)  # hits = blocked, per kind
    benign_all: Tally = field(default_factory=Tally)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.case.benign and not o.blocked]

    @property
    def false_positives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.benign and o.blocked]

    @property
    def positives(self) -> Tally:
        total = Tally()
        for o in self.outcomes:
            if not o.case.benign:
                total.add(o.blocked)
        return total


def _tally(table: dict[str, Tally], key: str, hit: bool) -> None:
    table.setdefault(key, Tally()).add(hit)


def tally(level: str, outcomes: Iterable[Outcome], seconds: float = 0.0) -> LevelReport:
    """The figures of one sensitivity from its outcomes."""
    report = LevelReport(level, seconds)
    for o in outcomes:
        report.outcomes.append(o)
        case = o.case
        if case.benign:
            report.benign_all.add(o.blocked)
            _tally(report.benign, case.kind, o.blocked)
            continue
        _tally(report.recall, case.label, o.blocked)
        _tally(report.as_labelled, case.label, o.blocked and o.category == case.label)
        if case.label == "self_harm":
            _tally(report.recall, f"self_harm/{case.kind}", o.blocked)
            _tally(
                report.as_labelled,
                f"self_harm/{case.kind}",
                o.blocked and o.category == case.label,
            )
        kind = f"{case.label}/{case.kind}" + (f"/{case.sub}" if case.sub else "")
        _tally(report.kinds, kind, o.blocked)
        _tally(report.writings, case.writing, o.blocked)
    return report


async def run_case(module: Module, case: Case, level: str) -> Outcome:
    result, extractions, _ = await run_hook(
        module, HOOK, mock_context(message=case.text), config={"sensitivity": level}
    )
    flag = next((dict(e.data) for e in extractions if e.type == "safety_flag"), None)
    if isinstance(result, Block):
        category = result.reason.removeprefix("safety:") if result.reason else None
        return Outcome(case, True, category, flag)
    return Outcome(case, False, None, flag)


async def score_module(
    folder: Path, cases: Sequence[Case], levels: Sequence[str] = LEVELS
) -> list[LevelReport]:
    """Every case through the module's chat:before_ai handler at each sensitivity."""
    module = load_module_folder(folder)
    await run_hook(module, HOOK, mock_context(message="warm up"))  # on_load runs here
    reports = []
    for level in levels:
        start = time.perf_counter()
        outcomes = [await run_case(module, case, level) for case in cases]
        reports.append(tally(level, outcomes, time.perf_counter() - start))
    return reports


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def _pct(t: Tally | None) -> str:
    return f"{100 * t.rate:5.1f}%" if t is not None and t.total else "     -"


def _rows(
    title: str, keys: Sequence[str], tables: Sequence[dict[str, Tally]], levels: Sequence[str]
) -> list[str]:
    out = [f"{title:<44}{'n':>5}" + "".join(f"{lv:>9}" for lv in levels)]
    for key in keys:
        total = next((t[key].total for t in tables if key in t), 0)
        out.append(f"  {key:<42}{total:>5}" + "".join(f"{_pct(t.get(key)):>9}" for t in tables))
    return out


def _keys(tables: Sequence[dict[str, Tally]]) -> list[str]:
    return sorted({k for t in tables for k in t})


def _short(text: str, limit: int = 150) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary(report: LevelReport) -> str:
    """One line: the issue's targets at this sensitivity, met or not."""
    parts = []
    for key, target in TARGETS.items():
        t = report.recall.get(key)
        rate = t.rate if t is not None else 0.0
        mark = "ok" if rate >= target else "BELOW"
        parts.append(f"{key} {100 * rate:.1f}% (>= {100 * target:.0f}% {mark})")
    fp = report.benign_all.rate
    mark = "ok" if fp <= MAX_BENIGN_BLOCKED else "ABOVE"
    parts.append(f"benign blocked {100 * fp:.1f}% (<= {100 * MAX_BENIGN_BLOCKED:.0f}% {mark})")
    return f"SUMMARY [{report.level}] " + "; ".join(parts)


def format_report(
    reports: Sequence[LevelReport], *, corpus: str, module: str, show: str | None = None
) -> str:
    levels = [r.level for r in reports]
    cases = len(reports[0].outcomes) if reports else 0
    benign = reports[0].benign_all.total if reports else 0
    out = [
        f"Safety filter on {corpus}: {cases} cases ({cases - benign} to block, "
        f"{benign} benign hard negatives)",
        f"module: {module} (chat:before_ai through run_hook); "
        + ", ".join(
            f"{r.level} {1e6 * r.seconds / max(1, len(r.outcomes)):.0f} µs/case" for r in reports
        ),
        "",
    ]
    order = [
        "self_harm",
        "self_harm/direct",
        "self_harm/indirect",
        "violence",
        "concern_for_other",
        "sexual_minors",
    ]
    recall = [r.recall for r in reports]
    out += _rows(
        "Recall (blocked)", [k for k in order if any(k in t for t in recall)], recall, levels
    )
    labelled = [r.as_labelled for r in reports]
    out.append("")
    out += _rows(
        "Blocked as the labelled category",
        [k for k in order if any(k in t for t in labelled)],
        labelled,
        levels,
    )
    out.append("")
    kinds = [r.kinds for r in reports]
    out += _rows("Recall by kind", _keys(kinds), kinds, levels)
    out.append("")
    writings = [r.writings for r in reports]
    out += _rows("Recall by writing (all positives)", _keys(writings), writings, levels)
    out.append("")
    benign_tables = [{**r.benign, "ALL benign": r.benign_all} for r in reports]
    out += _rows(
        "Benign hard negatives blocked, by kind",
        [*sorted(reports[0].benign), "ALL benign"] if reports else [],
        benign_tables,
        levels,
    )
    out.append("")
    out += [summary(r) for r in reports]
    if show is not None:
        chosen = next((r for r in reports if r.level == show), None)
        if chosen is not None:
            out.append("")
            out.append(f"Misses at {show} ({len(chosen.misses)}):")
            for o in chosen.misses:
                out.append(f"  {o.case.id} [{o.case.writing}] {_short(o.case.text)}")
            out.append(f"False positives at {show} ({len(chosen.false_positives)}):")
            for o in chosen.false_positives:
                why = ""
                if o.flag is not None:
                    why = f" <- {o.flag.get('rule')} {o.flag.get('evidence', '')}"
                out.append(f"  {o.case.id} {_short(o.case.text)}{_short(why, 120)}")
            wrong = [
                o
                for o in chosen.outcomes
                if o.blocked and not o.case.benign and o.category != o.case.label
            ]
            out.append(f"Blocked under another category at {show} ({len(wrong)}):")
            for o in wrong:
                out.append(f"  {o.case.id} as {o.category}: {_short(o.case.text)}")
    elif any(r.misses or r.false_positives for r in reports):
        out.append("(--show [LEVEL] lists the misses and false positives)")
    return "\n".join(out)


def report_json(reports: Sequence[LevelReport], *, corpus: str, module: str) -> dict[str, Any]:
    def table(t: dict[str, Tally]) -> dict[str, Any]:
        return {k: v.as_dict() for k, v in sorted(t.items())}

    return {
        "corpus": corpus,
        "module": module,
        "levels": {
            r.level: {
                "seconds": round(r.seconds, 4),
                "recall": table(r.recall),
                "as_labelled": table(r.as_labelled),
                "kinds": table(r.kinds),
                "writings": table(r.writings),
                "benign": table(r.benign),
                "benign_blocked": r.benign_all.as_dict(),
                "misses": [o.case.id for o in r.misses],
                "false_positives": [
                    {"id": o.case.id, "category": o.category, "flag": o.flag}
                    for o in r.false_positives
                ],
            }
            for r in reports
        },
    }


# --------------------------------------------------------------------------------------------
# The module to score
# --------------------------------------------------------------------------------------------


def export_revision(rev: str, dest: Path) -> Path:
    """Write ``modules/safety-filter`` as it is at git revision ``rev`` under ``dest``."""
    folder = dest / "safety-filter"
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", rev, "modules/safety-filter"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if not names:
        raise FileNotFoundError(f"modules/safety-filter does not exist at {rev}")
    for name in names:
        blob = subprocess.run(
            ["git", "show", f"{rev}:{name}"], cwd=REPO, check=True, capture_output=True
        ).stdout
        target = folder / Path(name).relative_to("modules/safety-filter")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    return folder


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.safety.score",
        description="Recall and benign-block rate of the safety-filter on its evaluation corpus.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--module", type=Path, default=MODULE, help="the module folder to score")
    where.add_argument("--rev", help="score modules/safety-filter as it is at this git revision")
    parser.add_argument("--corpus", type=Path, default=EVAL, help="corpus (JSON lines)")
    parser.add_argument(
        "--level", action="append", choices=LEVELS, help="only this sensitivity (repeatable)"
    )
    parser.add_argument(
        "--show",
        nargs="?",
        const="medium",
        choices=LEVELS,
        help="list misses and false positives at a sensitivity (default medium)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON")
    args = parser.parse_args(argv)
    cases = load_eval(args.corpus)
    levels = tuple(args.level or LEVELS)
    with tempfile.TemporaryDirectory() as tmp:
        if args.rev:
            folder = export_revision(args.rev, Path(tmp))
            shown = f"modules/safety-filter at {args.rev}"
        else:
            folder = args.module
            shown = _display(folder)
        try:
            reports = trio.run(score_module, folder, cases, levels)
        except Exception as exc:  # a copy being edited may not even load
            print(f"error: cannot score {shown}: {exc!r}", file=sys.stderr)
            return 2
    corpus = _display(args.corpus)
    print(format_report(reports, corpus=corpus, module=shown, show=args.show))
    if args.json is not None:
        data = report_json(reports, corpus=corpus, module=shown)
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
