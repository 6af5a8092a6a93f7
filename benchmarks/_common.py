"""Shared pieces of the benchmarks: the context, the module sets, percentiles, results, output.

Every `bench_*.py` module's ``main(argv)`` prints its own table and returns its figures as
result dicts (`result`); `raptscallions bench` gathers them, prints the summary against the
targets of issues 13 and 12 (`TARGETS`) and, with ``--json PATH``, writes them with the
machine they came from and draws the plot (`report`). ``--quick`` (in ``--extra``) runs every
figure once and briefly: a smoke test of the suite, not a measurement.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from raptscallions.sdk import HookContext
from raptscallions.sdk.testing import mock_context

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUILT_INS = ("pii-filter", "safety-filter", "struggle-detector")

Result = dict[str, Any]


def context_4k() -> HookContext:
    """A ~4 KB context: 20 history messages, a student message with an email in it."""
    return context_of(20)


def context_of(history: int) -> HookContext:
    """A context with `history` messages of ~190 bytes each (20: ~4 KB on the wire)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    messages = [
        {
            "id": f"m{i}",
            "role": "user" if i % 2 == 0 else "assistant",
            "content": (
                "Can you explain why the denominator stays the same when adding fractions?"
                if i % 2 == 0
                else "Sure! When the pieces are the same size, you only count how many."
            ),
            "seq": i,
            "created_at": (start + timedelta(seconds=30 * i)).isoformat(),
        }
        for i in range(history)
    ]
    return mock_context(
        messages=messages,
        message="I think 3/4 + 1/4 = 4/8? my email is sam.lee@example.com",
        session={"message_count": history + 1},
    )


@contextmanager
def chain_dir() -> Iterator[Path]:
    """A modules folder holding the 3-module chain: pii-filter, safety-filter, tagger."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "pii-filter").symlink_to(REPO / "modules" / "pii-filter")
        (root / "safety-filter").symlink_to(REPO / "modules" / "safety-filter")
        (root / "tagger").symlink_to(HERE / "modules" / "tagger")
        yield root


@contextmanager
def built_ins_dir() -> Iterator[Path]:
    """A modules folder holding the repository's three built-in modules."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in BUILT_INS:
            (root / name).symlink_to(REPO / "modules" / name)
        yield root


NOOP = """from raptscallions.sdk import define_module

module = define_module()


@module.hook("chat:before_ai")
async def noop(ctx):
    return None
"""


def write_module(root: Path, name: str, code: str = NOOP) -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "module.yaml").write_text(
        f"name: {name}\nversion: 1.0.0\ndescription: benchmark module\nhooks: [chat:before_ai]\n"
    )
    (folder / "module.py").write_text(code)
    return folder


@contextmanager
def noop_dir(count: int) -> Iterator[Path]:
    """A modules folder with `count` modules that return at once (noop-1, noop-2, ...)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i in range(1, count + 1):
            write_module(root, f"noop-{i}")
        yield root


def percentiles(samples_us: Sequence[float]) -> tuple[float, float]:
    if len(samples_us) < 2:
        value = samples_us[0] if samples_us else float("nan")
        return value, value
    cuts = statistics.quantiles(samples_us, n=100, method="inclusive")
    return cuts[49], cuts[98]


def row(name: str, *cells: str) -> str:
    return f"  {name:<34}" + "".join(f"{c:>14}" for c in cells)


# ---------------------------------------------------------------- options and results


class Options:
    """What every benchmark module understands in ``--extra``: ``--quick`` and ``--runs N``."""

    def __init__(self, argv: Sequence[str]) -> None:
        import argparse

        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument("--quick", action="store_true")
        parser.add_argument("--runs", type=int, default=None)
        known, self.rest = parser.parse_known_args(list(argv))
        self.quick: bool = known.quick
        self.runs: int = known.runs or (1 if self.quick else 3)

    def n(self, full: int, quick: int = 30) -> int:
        return quick if self.quick else full

    def seconds(self, full: float, quick: float = 0.2) -> float:
        return quick if self.quick else full


def result(
    name: str,
    unit: str,
    values: Sequence[float | None],
    *,
    samples_us: Sequence[float] | None = None,
    baseline: str | None = None,
    **extra: Any,
) -> Result:
    """One figure over repeated runs: min, median and max of the per-run `values` (None when
    it could not be measured), with latency percentiles over every run's samples."""
    got = [v for v in values if v is not None]
    p50 = p99 = None
    if samples_us:
        p50, p99 = percentiles(samples_us)
    out: Result = {
        "name": name,
        "unit": unit,
        "min": min(got) if got else None,
        "median": statistics.median(got) if got else None,
        "max": max(got) if got else None,
        "p50_us": p50,
        "p99_us": p99,
        "baseline": baseline,
        "runs": len(got),
    }
    out.update(extra)
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` so far (all its threads)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int | str = "self") -> float:
    return _status_kb(pid, "VmRSS") / 1024


def pss_mb(pid: int | str = "self") -> float | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _status_kb(pid: int | str, key: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise KeyError(key)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        memory_gb = round(_status_kb_meminfo() / 1024 / 1024, 1)
    except OSError:
        memory_gb = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "kernel": platform.release(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _status_kb_meminfo() -> int:
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    raise OSError("no MemTotal")


# ---------------------------------------------------------------- targets (issue 13)


def _median(results: dict[str, Result], name: str, key: str = "median") -> float | None:
    r = results.get(name)
    value = r.get(key) if r else None
    return float(value) if value is not None else None


def _le(a: float | None, b: float | None) -> bool | None:
    return None if a is None or b is None else a <= b


def _ratio_text(results: dict[str, Result], name: str, base: str, key: str = "median") -> str:
    a, b = _median(results, name, key), _median(results, base, key)
    return "?" if a is None or not b else f"{a / b:.1f}x"


Target = tuple[str, Callable[[dict[str, Result]], bool | None], Callable[[dict[str, Result]], str]]


def _floor(r: dict[str, Result], key: str = "median") -> float | None:
    return _median(r, "floor_pingpong", key)


def _times(factor: float, value: float | None) -> float | None:
    return None if value is None else factor * value


def _single_ok(r: dict[str, Result]) -> bool | None:
    p50 = _le(_median(r, "single", "p50_us"), _times(1.5, _floor(r, "p50_us")))
    p99 = _le(_median(r, "single", "p99_us"), _times(2.5, _floor(r, "p99_us")))
    return None if p50 is None or p99 is None else p50 and p99


def _chain3_ok(r: dict[str, Result]) -> bool | None:
    base, floor = _median(r, "inprocess_chain3"), _floor(r)
    return _le(_median(r, "chain3"), None if base is None or floor is None else base + 3.5 * floor)


def _chain3_text(r: dict[str, Result]) -> str:
    chain, base, floor = _median(r, "chain3"), _median(r, "inprocess_chain3"), _floor(r)
    if chain is None or base is None or not floor:
        return "?"
    return f"in-process + {(chain - base) / floor:.1f}x floor"


def _c1000_ok(r: dict[str, Result]) -> bool | None:
    return _le(_times(0.8, _median(r, "throughput_c100")), _median(r, "throughput_c1000"))


def _at_most(name: str, limit: float) -> Target:
    return (
        f"<= {limit:g}",
        lambda r: _le(_median(r, name), limit),
        lambda r: "" if _median(r, name) is None else f"{_median(r, name):.3g}",
    )


TARGETS: dict[str, Target] = {
    "single": (
        "p50 <= 1.5x floor, p99 <= 2.5x",
        _single_ok,
        lambda r: (
            f"p50 {_ratio_text(r, 'single', 'floor_pingpong', 'p50_us')}, "
            f"p99 {_ratio_text(r, 'single', 'floor_pingpong', 'p99_us')}; "
            f"python floor {_ratio_text(r, 'floor_python', 'floor_pingpong', 'p50_us')}, "
            f"single {_ratio_text(r, 'single', 'floor_python', 'p50_us')} it"
        ),
    ),
    "chain3_noop": (
        "p50 <= 3.5x floor",
        lambda r: _le(_median(r, "chain3_noop"), _times(3.5, _floor(r))),
        lambda r: (
            f"{_ratio_text(r, 'chain3_noop', 'floor_pingpong')}; "
            f"{_ratio_text(r, 'chain3_noop', 'floor_python')} python floor"
        ),
    ),
    "chain3": ("p50 <= in-process + 3.5x floor", _chain3_ok, _chain3_text),
    "cpu_per_call_us_c100": _at_most("cpu_per_call_us_c100", 40),
    "throughput_c1000": (
        ">= 80% of c100",
        _c1000_ok,
        lambda r: _ratio_text(r, "throughput_c1000", "throughput_c100"),
    ),
    "worker_start_ms": _at_most("worker_start_ms", 50),
    "engine_start_s": _at_most("engine_start_s", 1.0),
    "reload_lag_s": _at_most("reload_lag_s", 1.0),
    "reload_failed_calls": _at_most("reload_failed_calls", 0),
    "crash_recovery_s": _at_most("crash_recovery_s", 1.5),
    "worker_rss_mb": _at_most("worker_rss_mb", 30),
    # issue 12's: the safety-filter's own costs
    "safety_worker_rss_mb": _at_most("safety_worker_rss_mb", 30),
    "safety_cpu_us_typical": _at_most("safety_cpu_us_typical", 100),
    "safety_adversarial_100kb_s": _at_most("safety_adversarial_100kb_s", 1.0),
}

CONTRACT = (
    "floor_pingpong",
    "inprocess_chain3",
    "single",
    "chain3_noop",
    "chain3",
    "throughput_c1",
    "throughput_c10",
    "throughput_c100",
    "throughput_c1000",
    "cpu_per_call_us_c100",
    "reload_lag_s",
    "reload_failed_calls",
    "crash_recovery_s",
    "worker_start_ms",
    "engine_start_s",
    "worker_rss_mb",
    "host_rss_mb",
    "store_writes_sqlite",
    "store_writes_postgres",
)


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def report(results: list[Result], json_path: str | None) -> None:
    """Print every figure with its target; with `json_path`, write the JSON and the plot
    (the same path with ``.png``)."""
    by_name = {r["name"]: r for r in results}
    for name, (text, check, show) in TARGETS.items():
        if name in by_name:
            ok = check(by_name)
            by_name[name]["target"] = text
            by_name[name]["meets_target"] = ok
            by_name[name]["against_target"] = show(by_name)
    for r in results:
        base = by_name.get(r.get("baseline") or "")
        if base and base.get("median") and r.get("median") is not None:
            r["ratio"] = r["median"] / base["median"]
    print("\nsummary (median of runs; the targets are issue 13's; safety_*: issue 12's)")
    print(
        f"  {'name':<24}{'unit':>10}{'min':>10}{'median':>10}{'max':>10}{'p50 µs':>10}"
        f"{'p99 µs':>10}  target"
    )
    for r in results:
        mark = {True: "ok  ", False: "MISS", None: "    "}[r.get("meets_target")]
        target = f"{mark} {r.get('target', '')} ({r.get('against_target', '')})" if (
            "target" in r) else ""  # fmt: skip
        print(
            f"  {r['name']:<24}{r['unit']:>10}{_fmt(r['min']):>10}{_fmt(r['median']):>10}"
            f"{_fmt(r['max']):>10}{_fmt(r['p50_us']):>10}{_fmt(r['p99_us']):>10}  {target}"
        )
    missing = [n for n in CONTRACT if n not in by_name]
    if missing and json_path:
        print(f"  (not run: {', '.join(missing)})")
    if json_path:
        path = Path(json_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"machine": machine(), "results": results}, indent=2) + "\n")
        print(f"  wrote {path}")
        from ._plot import plot_results

        png = path.with_suffix(".png")
        if plot_results(results, png):
            print(f"  drew {png}")


def clock() -> float:
    return time.perf_counter()
