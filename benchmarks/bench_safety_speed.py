"""What the safety-filter's detector costs per message, in CPU, in-process.

Each text of the safety evaluation corpora (`benchmarks/safety/*.jsonl`) goes once through
the detector as the module runs it (`Detector.detect` at `medium`: rules, model, and the
explanation of a flag), timed with the process CPU clock; the word caches are warmed on a
different text first, as a running worker's are, but no text is seen twice.

- `safety_cpu_us_typical`: a short message that is not flagged (eval.jsonl's and
  eval_tutoring.jsonl's benign messages), median per message (p90 beside it);
- `safety_cpu_us_flagged`: a short message that is flagged (median);
- `safety_cpu_us_long_post`: a forum-style post of several sentences (eval_longform.jsonl);
- `safety_adversarial_100kb_s`: the worst of four 100 KB texts built to be slow (broken
  words, digits for letters, long runs of one letter, words joined by "_", a statement at
  the very end).

The baseline measured in the same run, `safety_cpu_us_tokenise`, is Python's own
`re.findall(r"\\w+", text.casefold())` over the same typical messages: the detector's figure
is reported as a multiple of it too, since this machine's speed moves between runs.
The issue's targets: a typical message under ~100 µs, 100 KB well under a second.

    raptscallions bench safety_speed [--extra --quick]
    python -m benchmarks.bench_safety_speed [--module modules/safety-filter]
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from raptscallions.sdk.testing import load_module_folder

from ._common import REPO, Options, Result, result, row

SAFETY = REPO / "benchmarks" / "safety"
WORDS = re.compile(r"\w+")


def _detector(folder: Path) -> Any:
    """The module's detector, from its folder imported as the engine imports it."""
    loaded = load_module_folder(folder)
    package = next(iter(loaded.handlers.values())).__module__.rpartition(".")[0]
    detect = importlib.import_module(f"{package}.detect")
    model = importlib.import_module(f"{package}.model")
    return detect.Detector(model.load_default())


def _rows(name: str) -> list[dict[str, Any]]:
    path = SAFETY / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def adversarial_texts() -> list[str]:
    """Texts of 100 KB or more, each meant to make a reader of words slow."""
    broken = ("kil1 my5elf " + "zq" * 30 + " i w4nt " + "x" * 40 + " ") * 1000
    letters = "i " + "a" * 100_000 + " want to d1e"
    late = "we played soccer and then went home. " * 2800 + "i want to kill myself"
    joined = "my_friend_and_i_broke_up_and_she_said_she_was_sad_and_" * 1900 + "i_want_to_die"
    return [broken, letters, late, joined]


def _cpu_us(fn: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    clock = time.process_time_ns
    out = []
    for text in texts:
        start = clock()
        fn(text)
        out.append((clock() - start) / 1000)
    return out


def _p(values: Sequence[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def measure(opts: Options, folder: Path) -> list[Result]:
    detector = _detector(folder)

    def detect(text: str) -> Any:
        return detector.detect(text, sensitivity="medium")

    short = _rows("eval.jsonl") + _rows("eval_tutoring.jsonl")
    longform = _rows("eval_longform.jsonl")
    if opts.quick:
        short, longform = short[::10], longform[::10]
    # Warm the caches as a worker that has been serving would have them, on other text.
    for text in ("hi can you help me with my homework", "i feel sad today", "what is 2+2"):
        detect(text)
    flagged = {r["text"] for r in short if detect(r["text"]).flagged}
    # ...and forget the texts: every timed call below reads its text for the first time.
    detector = _detector(folder)
    detect("hi can you help me with my homework")

    typical_texts = [r["text"] for r in short if r["text"] not in flagged]
    flagged_texts = [r["text"] for r in short if r["text"] in flagged]
    base, typical, hit, posts = [], [], [], []
    for _ in range(opts.runs):
        base.append(_cpu_us(lambda t: WORDS.findall(t.casefold()), typical_texts))
        typical.append(_cpu_us(detect, typical_texts))
        hit.append(_cpu_us(detect, flagged_texts))
        posts.append(_cpu_us(detect, [r["text"] for r in longform]))
        detector = _detector(folder)  # the next run reads every text for the first time too
        detect("hi can you help me with my homework")

    worst = []
    for _ in range(1 if opts.quick else 2):
        clock = time.process_time
        slowest = 0.0
        for text in adversarial_texts():
            start = clock()
            detect(text)
            slowest = max(slowest, clock() - start)
        worst.append(slowest)

    def per_message(name: str, runs: list[list[float]], texts: int, **extra: Any) -> Result:
        """A figure of CPU per message: the median of each run's median, p90 beside it."""
        p90 = statistics.median(_p(v, 90) for v in runs)
        medians = [statistics.median(v) for v in runs]
        return result(name, "µs", medians, p90_us=p90, messages=texts, **extra)

    med_base = [statistics.median(v) for v in base]
    ratio = statistics.median(statistics.median(v) for v in typical) / statistics.median(med_base)
    results = [
        result("safety_cpu_us_tokenise", "µs", med_base),
        per_message(
            "safety_cpu_us_typical",
            typical,
            len(typical_texts),
            baseline="safety_cpu_us_tokenise",
            times_baseline=ratio,
        ),
        per_message("safety_cpu_us_flagged", hit, len(flagged_texts)),
        per_message("safety_cpu_us_long_post", posts, len(longform)),
        result("safety_adversarial_100kb_s", "s", worst),
    ]
    print(f"safety-filter detector CPU per message ({folder}, medium, each text read once)")
    print(row("", "median", "p90", "texts"))
    for r in results[:4]:
        p90 = r.get("p90_us")
        cells = [f"{r['median']:.0f} µs", "-" if p90 is None else f"{p90:.0f} µs"]
        print(row(r["name"].removeprefix("safety_cpu_us_"), *cells, str(r.get("messages", ""))))
    print(row("typical / tokenise", f"{ratio:.1f}x"))
    print(row("100 KB adversarial, worst", f"{results[-1]['median']:.3f} s"))
    return results


def main(argv: list[str] | None = None) -> list[Result]:
    opts = Options(argv or [])
    parser = argparse.ArgumentParser(prog="bench_safety_speed")
    parser.add_argument("--module", default=str(REPO / "modules" / "safety-filter"))
    args = parser.parse_args(opts.rest)
    return measure(opts, Path(args.module).resolve())


if __name__ == "__main__":
    main(sys.argv[1:])
