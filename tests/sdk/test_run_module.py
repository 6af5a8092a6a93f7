"""`run_module`: a module folder through a real worker process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from raptscallions.sdk import Continue, HookTimeout, ModuleLoadError, RaptscallionsError
from raptscallions.sdk.testing import mock_context, run_module

REPO = Path(__file__).resolve().parents[2]


def write(folder: Path, code: str, extra: str = "") -> Path:
    folder.mkdir(parents=True)
    (folder / "module.yaml").write_text(
        f"name: {folder.name}\nversion: 1.0.0\ndescription: t\nhooks: [chat:before_ai]\n"
        f"permissions: [extractions:write]\n{extra}"
    )
    (folder / "module.py").write_text(
        "from raptscallions.sdk import *\nmodule = define_module()\n" + code
    )
    return folder


async def test_runs_the_builtin_pii_filter_in_a_worker() -> None:
    run = await run_module(
        REPO / "modules" / "pii-filter",
        "chat:before_ai",
        mock_context(message="reach me at jo@example.org"),
    )
    assert run.result == Continue(message="reach me at [EMAIL]")
    assert [(e.type, e.data["kinds"]) for e in run.extractions] == [("pii_detected", ["email"])]


async def test_runs_in_another_process_with_config_and_logs(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "whoami",
        """
import os
@module.hook("chat:before_ai")
async def who(ctx):
    print("stdout line")
    ctx.log.info("logged", greeting=ctx.config["greeting"])
    return Continue(system_prompt_additions=[str(os.getpid()), ctx.config["greeting"]])
""",
        "defaults: {greeting: hello}\n",
    )
    run = await run_module(folder, "chat:before_ai", config={"greeting": "bonjour"})
    assert isinstance(run.result, Continue)
    pid, greeting = run.result.system_prompt_additions
    assert int(pid) != os.getpid()
    assert greeting == "bonjour"
    assert {(r.level, r.message) for r in run.logs} == {("info", "stdout line"), ("info", "logged")}


async def test_errors_are_clear(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken", "import not_a_module\n")
    with pytest.raises(ModuleLoadError, match="not_a_module"):
        await run_module(broken, "chat:before_ai")
    failing = write(
        tmp_path / "failing",
        '@module.hook("chat:before_ai")\nasync def f(ctx):\n    raise KeyError("nope")\n',
    )
    with pytest.raises(RaptscallionsError, match="KeyError"):
        await run_module(failing, "chat:before_ai")
    slow = write(
        tmp_path / "slow",
        "import trio\n"
        '@module.hook("chat:before_ai")\nasync def f(ctx):\n    await trio.sleep(10)\n',
    )
    with pytest.raises(HookTimeout):
        await run_module(slow, "chat:before_ai", timeout_s=0.3)


async def test_ctx_db_answers_with_the_sandbox_rules(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "counter",
        """
@module.hook("chat:before_ai")
async def count(ctx):
    ctx.emit("seen", {})
    n = await ctx.db.count_extractions(type="seen")
    try:
        await ctx.db.get_session_extractions(session_id="not-mine")
        refused = ""
    except PermissionDenied as exc:
        refused = str(exc)
    return Continue(system_prompt_additions=[str(n), refused])
""",
        "permissions: [extractions:write, extractions:read]\n",
    )
    (folder / "module.yaml").write_text(
        (folder / "module.yaml").read_text().replace("permissions: [extractions:write]\n", "")
    )
    run = await run_module(folder, "chat:before_ai")
    assert isinstance(run.result, Continue)
    n, refused = run.result.system_prompt_additions
    assert n == "1"
    assert "not-mine" in refused
