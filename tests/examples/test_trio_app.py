"""examples/trio_app: Starlette on hypercorn's trio worker with raptscallions opened directly
in trio, run as a real server and spoken to over HTTP."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from .conftest import Checks, Launch


def test_chat_through_the_built_in_modules(
    launch: Launch, checks: type[Checks], tutoring_modules: Path
) -> None:
    app = launch("trio", tutoring_modules)
    checks.pii_never_reaches_the_ai(app)
    checks.system_prompt_additions_reach_the_ai(app)
    checks.self_harm_is_blocked_with_support(app)
    checks.struggle_is_detected(app)
    checks.errors_are_clear(app)


def test_a_client_hanging_up_cancels_the_module_call(
    launch: Launch, checks: type[Checks], waiting_modules: Path
) -> None:
    checks.a_disconnect_cancels_the_module_call(launch("trio", waiting_modules))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_leaves_no_worker_behind(
    launch: Launch, checks: type[Checks], sig: signal.Signals
) -> None:
    app = launch("trio")
    checks.a_signal_stops_every_worker(app, sig)
    assert f"{sig.name}: shutting down" in app.output
    assert app.process.returncode == 0
