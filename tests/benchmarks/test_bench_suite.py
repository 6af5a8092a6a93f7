"""A smoke test of the benchmark suite: `raptscallions bench --json` in its quick mode writes
every figure the contract names (architecture §12), with the machine and the plot. No
figure is asserted: speed is what the suite reports, not what a test decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raptscallions.cli import main

REPO = Path(__file__).resolve().parents[2]
CONTRACT = (
    "floor_pingpong", "inprocess_chain3", "single", "chain3_noop", "chain3", "throughput_c1",
    "throughput_c10", "throughput_c100", "throughput_c1000", "cpu_per_call_us_c100",
    "reload_lag_s", "reload_failed_calls", "crash_recovery_s", "worker_start_ms",
    "engine_start_s", "worker_rss_mb", "host_rss_mb", "store_writes_sqlite",
    "store_writes_postgres",
)  # fmt: skip
KEYS = {"name", "unit", "min", "median", "max", "p50_us", "p99_us", "baseline"}
SUITE = ("roundtrip", "chain", "lifecycle", "store", "scaling")


@pytest.mark.slow
def test_the_suite_writes_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    code = main(["bench", *SUITE, "--dir", str(REPO / "benchmarks"), "--json", str(out),
                 "--extra", "--quick"])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0, printed
    report = json.loads(out.read_text())
    assert {"cpu", "cores", "python"} <= set(report["machine"])
    by_name = {r["name"]: r for r in report["results"]}
    assert [n for n in CONTRACT if n not in by_name] == []
    for name in CONTRACT:
        result = by_name[name]
        assert KEYS <= set(result), name
        assert name in printed
        if name != "store_writes_postgres":  # PostgreSQL may be absent: no values then
            assert result["median"] is not None, name
            assert result["min"] <= result["median"] <= result["max"], name
    for name in ("floor_pingpong", "floor_python", "single", "chain3_noop", "chain3"):
        assert by_name[name]["p50_us"] is not None and by_name[name]["p99_us"] is not None
    assert by_name["inprocess_chain3"]["p50_us"] is not None
    assert by_name["single"]["baseline"] == "floor_pingpong"
    assert by_name["floor_python"]["baseline"] == "floor_pingpong"
    assert by_name["chain3"]["baseline"] == "inprocess_chain3"
    assert out.with_suffix(".png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_the_safety_speed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    code = main(["bench", "safety_speed", "--dir", str(REPO / "benchmarks"), "--json", str(out),
                 "--extra", "--quick"])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0, printed
    by_name = {r["name"]: r for r in json.loads(out.read_text())["results"]}
    for name in ("safety_cpu_us_typical", "safety_cpu_us_flagged", "safety_cpu_us_long_post"):
        result = by_name[name]
        assert 0 < result["min"] <= result["median"] <= result["max"], name
        assert result["messages"] > 10 and result["p90_us"] >= result["median"], name
    assert by_name["safety_cpu_us_typical"]["baseline"] == "safety_cpu_us_tokenise"
    assert by_name["safety_cpu_us_typical"]["ratio"] > 1  # the detector does more than split
    assert 0 < by_name["safety_adversarial_100kb_s"]["median"]
    assert "target" in by_name["safety_cpu_us_typical"]
    assert "safety_cpu_us_typical" in printed
