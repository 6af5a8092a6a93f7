"""The bounded load test: 200 chat sessions at once for 30 s through the HTTP API of a real
server, with one module hot-reloaded and one crashing midway. It must end with no 5xx, no
failed request, every acknowledged message stored exactly once and in order, and no worker
left behind. (Speed is reported by `raptscallions bench load`, never asserted.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.load_http import run


@pytest.mark.slow
def test_two_hundred_sessions_for_thirty_seconds(tmp_path: Path) -> None:
    result = run(sessions=200, seconds=30.0, database=None, workdir=tmp_path)
    assert result["messages_ok"] > 200, result
    assert all(status < 500 for status in result["statuses"]), result
    assert set(result["statuses"]) == {200}, result
    assert result["transport_errors"] == 0, result
    assert result["stored_problems"] == [], result
    assert result["reload_seen"] and result["crash_seen"], result
    assert result["exit_code"] == 0, result
    assert result["workers_left"] == [], result
