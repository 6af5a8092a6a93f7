"""Module secrets, with real workers: a module's process gets an environment variable of the
host only when its manifest declares it under `secrets` and the operator granted it to that
module; nobody else gets it, in no process's command line or starting environment, not in
the fork server; it survives a crash and a hot reload, which re-reads the declaration.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import trio
import yaml

from raptscallions.engine import (
    Engine,
    HookOutcome,
    MemorySink,
    RestartPolicy,
    SecretGrantError,
    SecretsStatus,
    open_engine,
)
from raptscallions.engine._secrets import NOT_GRANTED, NOT_SET
from raptscallions.engine._worker import ENV_ALLOW
from raptscallions.sdk import ConfigError, ManifestError, load_manifest
from raptscallions.sdk._manifest import is_reserved_secret
from raptscallions.sdk.testing import mock_context, run_module

from .conftest import ModuleMaker, alive

HOOK = "chat:before_ai"
NAMES = ("RSC_ALPHA_KEY", "RSC_BETA_KEY", "RSC_GAMMA_KEY", "RSC_DELTA_KEY")
VALUES = {
    "RSC_ALPHA_KEY": "sk-alpha-3f9c1e7d5b",
    "RSC_DELTA_KEY": "sk-delta-8a2b6c4e0f",
}
ALPHA = VALUES["RSC_ALPHA_KEY"]

# Reports what of NAMES its process has, where its value shows, and crashes on request.
PROBE = """
import json, os
NAMES = NAMES_REPR
@module.hook("chat:before_ai")
async def probe(ctx):
    if ctx.message.content == "crash":
        os._exit(3)
    report = {
        "pid": os.getpid(),
        "env": {name: os.environ.get(name) for name in NAMES},
        "own_environ": open("/proc/self/environ", "rb").read().decode("latin-1"),
    }
    return Continue(system_prompt_additions=[json.dumps(report)])
""".replace("NAMES_REPR", repr(NAMES))


@pytest.fixture(autouse=True)
def host_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """ALPHA and DELTA are set in the host's environment; BETA and GAMMA are not."""
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    for name, value in VALUES.items():
        monkeypatch.setenv(name, value)


def only(*modules: str, message: str = "hello") -> Any:
    return mock_context(hook=HOOK, message=message, tool={"definition": {"modules": modules}})


async def probe(engine: Engine, module: str) -> dict[str, Any]:
    outcome: HookOutcome = await engine.execute_hook(HOOK, only(module))
    assert [t.action for t in outcome.trace] == ["continue"], outcome.trace
    report: dict[str, Any] = json.loads(outcome.modifications.system_prompt_additions[0])
    return report


def process_text(pid: int, entry: str) -> bytes:
    with open(f"/proc/{pid}/{entry}", "rb") as f:
        return f.read()


def memory_holds(pid: int, needle: bytes) -> bool | None:
    """Whether any readable mapping of process `pid` contains `needle` (None: its memory
    cannot be read here)."""
    try:
        maps = process_text(pid, "maps").decode().splitlines()
        mem = open(f"/proc/{pid}/mem", "rb", buffering=0)
    except OSError:
        return None
    read_any = False
    with mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("r"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, OverflowError, ValueError):
                continue
            read_any = True
            if needle in chunk:
                return True
    return False if read_any else None


async def wait_until(predicate: Callable[[], bool], *, within: float = 10.0) -> None:
    """Poll `predicate`: process and module states have no event to wait on."""
    with trio.fail_after(within):
        while True:
            if predicate():
                return
            await trio.sleep(0.02)


# ---------------------------------------------------------------- who gets what


async def test_only_declared_and_granted_secrets_reach_a_worker_and_only_its_own(
    make_module: ModuleMaker, modules_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """keeper declares ALPHA (granted, set), BETA (not granted) and GAMMA (granted, not set
    on the host), and is granted DELTA (set, undeclared); other declares ALPHA but is
    granted nothing; bystander declares nothing. Forked and new-interpreter workers alike."""
    caplog.set_level(logging.DEBUG, logger="raptscallions")
    make_module("keeper", PROBE, secrets=list(NAMES[:3]))
    make_module("other", PROBE, secrets=["RSC_ALPHA_KEY"])
    make_module("bystander", PROBE)
    grants = {"keeper": ["RSC_ALPHA_KEY", "RSC_GAMMA_KEY", "RSC_DELTA_KEY"]}
    reports: dict[str, dict[str, dict[str, Any]]] = {}
    async with open_engine(modules_dir, grant_secrets=grants) as engine:
        for how in ("forked", "new interpreter"):
            if how == "new interpreter":
                engine.worker_host.spawner = None  # from now on: new interpreters
                for name in ("keeper", "other", "bystander"):
                    await engine.reload(name)
            reports[how] = {name: await probe(engine, name) for name in ("keeper", "other")}
            reports[how]["bystander"] = await probe(engine, "bystander")
            for name, report in reports[how].items():
                # Nowhere in what the process started with: its environment block and its
                # command line (both readable in /proc by the host's user).
                assert ALPHA.encode() not in process_text(report["pid"], "environ"), (how, name)
                assert ALPHA.encode() not in process_text(report["pid"], "cmdline"), (how, name)
                assert ALPHA not in report["own_environ"], (how, name)
        statuses = {s.name: s.secrets for s in engine.statuses()}
        assert isinstance(engine.sink, MemorySink)
        logs = list(engine.sink.logs)
    for how, by_module in reports.items():
        assert by_module["keeper"]["env"] == {
            "RSC_ALPHA_KEY": ALPHA,  # declared, granted, set: given
            "RSC_BETA_KEY": None,  # declared, not granted
            "RSC_GAMMA_KEY": None,  # declared, granted, not set on the host
            "RSC_DELTA_KEY": None,  # granted, not declared
        }, how
        for name in ("other", "bystander"):
            assert set(by_module[name]["env"].values()) == {None}, (how, name)
    assert statuses["keeper"] == SecretsStatus(
        declared=NAMES[:3],
        granted=("RSC_ALPHA_KEY",),
        missing={"RSC_BETA_KEY": NOT_GRANTED, "RSC_GAMMA_KEY": NOT_SET},
        undeclared=("RSC_DELTA_KEY",),
    )
    assert statuses["other"] == SecretsStatus(
        declared=("RSC_ALPHA_KEY",), missing={"RSC_ALPHA_KEY": NOT_GRANTED}
    )
    assert statuses["bystander"] == SecretsStatus()
    # Reported by name, once per change (not at every start), and never by value.
    keeper_logs = [(e.level, e.message) for e in logs if e.module == "keeper"]
    warnings = " | ".join(m for level, m in keeper_logs if level == "warning")
    assert len([1 for level, _ in keeper_logs if level == "warning"]) == 2, keeper_logs
    assert "RSC_DELTA_KEY is granted to keeper, but its module.yaml does not declare" in warnings
    assert "RSC_GAMMA_KEY is granted to keeper, but the server's environment has no" in warnings
    assert ("info", "secrets given to keeper: RSC_ALPHA_KEY") in keeper_logs
    other_logs = " | ".join(e.message for e in logs if e.module == "other")
    assert "secret RSC_ALPHA_KEY, declared by other, is not granted" in other_logs
    everything = json.dumps([[e.message, e.data] for e in logs], default=str) + caplog.text
    for value in VALUES.values():
        assert value not in everything


async def test_the_fork_server_never_holds_a_secret(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    """The value goes from the engine to the worker through a pipe that the fork server
    passes on unread: not in its environment, its command line, or anywhere in its memory
    (from where the next worker it forks, another module's, would inherit it)."""
    make_module("keeper", PROBE, secrets=["RSC_ALPHA_KEY"])
    async with open_engine(modules_dir, grant_secrets={"keeper": ["RSC_ALPHA_KEY"]}) as engine:
        spawner = engine.worker_host.spawner
        assert spawner is not None
        spawner.idle_s = 60.0  # keep it up after the fork, to look at it
        await engine.reload("keeper")
        report = await probe(engine, "keeper")
        server = spawner.pid
        assert server is not None and alive(server)
        assert report["env"]["RSC_ALPHA_KEY"] == ALPHA
        assert b"RSC_ALPHA_KEY" not in process_text(server, "environ")
        assert ALPHA.encode() not in process_text(server, "cmdline")
        held = memory_holds(server, ALPHA.encode())
        # The worker forked from it does hold it: the scan finds it where it is.
        seen = memory_holds(report["pid"], ALPHA.encode())
    if held is None or seen is None:
        pytest.skip("cannot read the processes' memory here (ptrace restrictions)")
    assert seen is True
    assert held is False


# ---------------------------------------------------------------- restarts and reloads


async def test_a_secret_survives_a_crash_and_hot_reloads_follow_the_manifest(
    make_module: ModuleMaker, modules_dir: Path
) -> None:
    folder = make_module("keeper", PROBE, secrets=["RSC_ALPHA_KEY"])
    policy = RestartPolicy(initial=0.05, jitter=0.0)
    async with open_engine(
        modules_dir, grant_secrets={"keeper": "RSC_ALPHA_KEY"}, restart_policy=policy, watch=True
    ) as engine:
        first = await probe(engine, "keeper")
        assert first["env"]["RSC_ALPHA_KEY"] == ALPHA
        # A crash: the restarted process gets the secret again.
        await engine.execute_hook(HOOK, only("keeper", message="crash"))
        await wait_until(
            lambda: (
                engine.status("keeper").restart_count == 1
                and engine.status("keeper").status == "ready"
            )
        )
        restarted = await probe(engine, "keeper")
        assert restarted["pid"] != first["pid"]
        assert restarted["env"]["RSC_ALPHA_KEY"] == ALPHA

        async def edit(**fields: Any) -> None:
            generation = engine.status("keeper").generation
            manifest = yaml.safe_load((folder / "module.yaml").read_text())
            manifest.pop("secrets", None)
            manifest.update(fields)
            (folder / "module.yaml").write_text(yaml.safe_dump(manifest))
            await wait_until(lambda: engine.status("keeper").generation > generation)

        # The declaration removed: the grant stays, but gives nothing (and says so).
        await edit(version="1.0.1")
        dropped = await probe(engine, "keeper")
        assert dropped["env"]["RSC_ALPHA_KEY"] is None
        assert engine.status("keeper").secrets == SecretsStatus(undeclared=("RSC_ALPHA_KEY",))
        # Declared again: given again.
        await edit(version="1.0.2", secrets=["RSC_ALPHA_KEY"])
        again = await probe(engine, "keeper")
        assert again["env"]["RSC_ALPHA_KEY"] == ALPHA
        assert engine.status("keeper").secrets.granted == ("RSC_ALPHA_KEY",)


# ---------------------------------------------------------------- declaring and granting


def test_the_manifest_declares_variable_names_and_no_reserved_ones(tmp_path: Path) -> None:
    folder = tmp_path / "keeper"
    folder.mkdir()
    (folder / "module.py").write_text("")

    def problems(secrets: object) -> str:
        (folder / "module.yaml").write_text(
            yaml.safe_dump(
                {
                    "name": "keeper",
                    "version": "1.0.0",
                    "description": "x",
                    "hooks": [HOOK],
                    "secrets": secrets,
                }
            )
        )
        with pytest.raises(ManifestError) as caught:
            load_manifest(folder)
        return str(caught.value)

    assert "$.secrets[0]: must be an environment variable name" in problems(["openai_key"])
    assert "$.secrets: must be a list" in problems("OPENAI_API_KEY")
    assert "$.secrets: must not contain duplicates" in problems(["A_KEY", "A_KEY"])
    reserved = problems(["TMPDIR", "OK_KEY", "PYTHONPATH", "LD_PRELOAD", "RAPTSCALLIONS_X"])
    for i in (0, 2, 3, 4):
        assert f"$.secrets[{i}]: " in reserved and "is reserved" in reserved
    assert "$.secrets[1]" not in reserved
    (folder / "module.yaml").write_text(
        "name: keeper\nversion: 1.0.0\ndescription: x\nhooks: [chat:before_ai]\n"
        "secrets: [OPENAI_API_KEY, MODERATION_API_KEY]\n"
    )
    assert load_manifest(folder).secrets == ("OPENAI_API_KEY", "MODERATION_API_KEY")
    # Whatever the engine sets in every worker is reserved.
    assert all(is_reserved_secret(name) for name in (*ENV_ALLOW, "MALLOC_ARENA_MAX"))


async def test_malformed_grants_are_refused_before_anything_starts(modules_dir: Path) -> None:
    with pytest.raises(SecretGrantError, match="not a module name"):
        async with open_engine(modules_dir, grant_secrets={"Safety Filter": ["KEY"]}):
            pass
    # A value given where a name belongs is refused without being repeated.
    with pytest.raises(SecretGrantError) as caught:
        async with open_engine(modules_dir, grant_secrets={"keeper": ["A_KEY", "sk-live-9"]}):
            pass
    message = str(caught.value)
    assert "grant_secrets['keeper']: item 2 is not an environment variable name" in message
    assert "sk-live-9" not in message


async def test_a_grant_to_a_missing_module_is_a_warning(
    make_module: ModuleMaker, modules_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_module("keeper", PROBE)
    with caplog.at_level(logging.WARNING, logger="raptscallions.engine"):
        async with open_engine(modules_dir, grant_secrets={"kepeer": ["RSC_ALPHA_KEY"]}) as e:
            assert e.status("keeper").status == "ready"
    assert "secrets are granted to module 'kepeer', which is not in" in caplog.text
    assert "(modules: keeper)" in caplog.text


async def test_a_secret_too_large_to_pass_fails_that_module_only(
    make_module: ModuleMaker, modules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = "k" * (70 * 1024)
    monkeypatch.setenv("RSC_BETA_KEY", huge)
    make_module("keeper", PROBE, secrets=["RSC_BETA_KEY"])
    make_module("other", PROBE, secrets=["RSC_ALPHA_KEY"])
    grants = {"keeper": ["RSC_BETA_KEY"], "other": ["RSC_ALPHA_KEY"]}
    async with open_engine(modules_dir, grant_secrets=grants) as engine:
        keeper = engine.status("keeper")
        assert keeper.status == "error"
        assert keeper.last_error is not None
        assert "module 'keeper': the secrets granted (RSC_BETA_KEY) take" in keeper.last_error
        assert huge not in keeper.last_error
        assert (await probe(engine, "other"))["env"]["RSC_ALPHA_KEY"] == ALPHA


# ---------------------------------------------------------------- run_module


async def test_run_module_gives_the_secrets_a_test_passes(make_module: ModuleMaker) -> None:
    folder = make_module("keeper", PROBE, secrets=["RSC_BETA_KEY"])
    run = await run_module(folder, HOOK, mock_context(), secrets={"RSC_BETA_KEY": "for-tests"})
    report = json.loads(run.result.system_prompt_additions[0])  # type: ignore[union-attr]
    # What the test gives, and nothing of the caller's environment (ALPHA is set there).
    assert report["env"] == dict.fromkeys(NAMES) | {"RSC_BETA_KEY": "for-tests"}
    with pytest.raises(ConfigError, match="RSC_ALPHA_KEY, which the manifest does not declare"):
        await run_module(folder, HOOK, mock_context(), secrets={"RSC_ALPHA_KEY": "x"})


def test_the_names_used_here_are_not_in_the_workers_allow_list() -> None:
    assert not set(NAMES) & set(ENV_ALLOW)
    assert os.environ["RSC_ALPHA_KEY"] == ALPHA
