"""Granting secrets from the command line and the environment: ``--grant-secret
MODULE=VAR[,VAR...]`` (serve, chat, ``python -m raptscallions.web``) and
RAPTSCALLIONS_GRANT_SECRETS. Bad syntax is a one-line error naming the entry and what is
wrong, and never repeats what may be a value written where a name belongs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from raptscallions.cli import main
from raptscallions.engine._secrets import SecretGrantError, grants_from_env, parse_grants

from .conftest import Run, assert_clean_error, cli_env

ENV = "RAPTSCALLIONS_GRANT_SECRETS"
VALUE = "sk-live-51ab9c7d3e"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("   ", {}),
        ("safety-filter=OPENAI_API_KEY", {"safety-filter": {"OPENAI_API_KEY"}}),
        (
            "safety-filter=OPENAI_API_KEY,other-mod=X",
            {"safety-filter": {"OPENAI_API_KEY"}, "other-mod": {"X"}},
        ),
        ("a=X,Y b=Z; c=W_2", {"a": {"X", "Y"}, "b": {"Z"}, "c": {"W_2"}}),
        ("a=X a=Y,X", {"a": {"X", "Y"}}),
    ],
)
def test_grants_parse(text: str, expected: dict[str, set[str]]) -> None:
    assert parse_grants(text) == {m: frozenset(n) for m, n in expected.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"OPENAI_API_KEY={VALUE}",
            "entry 1: starts with the variable 'OPENAI_API_KEY' where the module belongs: "
            "write MODULE=OPENAI_API_KEY",
        ),
        (
            f"safety-filter={VALUE}",
            "entry 1: what follows 'safety-filter=' is not an environment variable name",
        ),
        ("safety-filter=", "entry 1: nothing after 'safety-filter='"),
        (
            "OPENAI_API_KEY",
            "entry 1: 'OPENAI_API_KEY' names no module: write MODULE=OPENAI_API_KEY",
        ),
        ("Safety_Filter=KEY", "entry 1: what comes before '=' is not a module name"),
        (f"safety-filter=KEY,{VALUE}", "entry 2: not MODULE=VAR, nor a variable name"),
        ("a=X,b=lower", "entry 2: what follows 'b=' is not an environment variable name"),
    ],
)
def test_bad_grants_say_which_entry_and_why(text: str, expected: str) -> None:
    with pytest.raises(SecretGrantError) as caught:
        parse_grants(text)
    message = str(caught.value)
    assert message.startswith(f"{ENV}, ") and expected in message, message
    assert VALUE not in message


def test_the_variable_and_the_options_add_up() -> None:
    environ = {ENV: "safety-filter=OPENAI_API_KEY"}
    extra = parse_grants("safety-filter=MODERATION_API_KEY other=X", source=None)
    assert grants_from_env(extra, environ=environ) == {
        "safety-filter": frozenset({"OPENAI_API_KEY", "MODERATION_API_KEY"}),
        "other": frozenset({"X"}),
    }
    assert grants_from_env(environ={}) == {}


def test_serve_refuses_bad_grants_before_starting(run: Run, tmp_path: Path) -> None:
    line = assert_clean_error(
        run("serve", "--modules", tmp_path, "--grant-secret", f"safety-filter={VALUE}"),
        2,
        "argument --grant-secret: entry 1: what follows 'safety-filter=' is not an environment",
        "name the variable, not its value",
    )
    assert VALUE not in line
    result = run("serve", "--modules", tmp_path, env=cli_env(**{ENV: "OPENAI_API_KEY"}))
    assert_clean_error(result, 2, f"{ENV}, entry 1: 'OPENAI_API_KEY' names no module")
    result = run("chat", "--grant-secret", "safety-filter")
    assert_clean_error(result, 2, "argument --grant-secret: entry 1: not MODULE=VAR")


def test_the_server_module_refuses_bad_grants_too(tmp_path: Path) -> None:
    def server(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "raptscallions.web", "--modules", str(tmp_path), *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=env,
        )

    bad_env = server("--port", "0", env=cli_env(**{ENV: f"safety-filter={VALUE}"}))
    assert bad_env.returncode == 1
    assert f"cannot start: {ENV}, entry 1: what follows 'safety-filter='" in bad_env.stderr
    assert VALUE not in bad_env.stderr
    bad_flag = server("--grant-secret", "=X", env=cli_env())
    assert bad_flag.returncode == 2
    assert "argument --grant-secret: entry 1: what comes before '='" in bad_flag.stderr


def test_serve_hands_the_grants_to_the_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[dict[str, object]] = []

    def serve_main(*args: object, **kwargs: object) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setattr("raptscallions.cli._serve_main", lambda: serve_main)
    monkeypatch.setenv(ENV, "safety-filter=OPENAI_API_KEY")
    argv = ["serve", "--modules", str(tmp_path), "--db", "sqlite:///x.db"]
    assert main([*argv, "--grant-secret", "other=A,B", "--grant-secret", "other=C"]) == 0
    assert calls[0]["grant_secrets"] == {
        "safety-filter": frozenset({"OPENAI_API_KEY"}),
        "other": frozenset({"A", "B", "C"}),
    }


def test_chat_gives_a_granted_secret_to_the_module_that_declares_it(
    run: Run, tmp_path: Path
) -> None:
    """End to end: the module puts what it has of the variable in the message, and the echo
    model answers with the message."""
    folder = tmp_path / "modules" / "teller"
    folder.mkdir(parents=True)
    (folder / "module.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "teller",
                "version": "1.0.0",
                "description": "x",
                "hooks": ["chat:before_ai"],
                "secrets": ["TELLER_KEY"],
            }
        )
    )
    (folder / "module.py").write_text(
        "import os\nfrom raptscallions.sdk import Continue, define_module\n"
        "module = define_module()\n"
        "@module.hook('chat:before_ai')\n"
        "async def tell(ctx):\n"
        "    return Continue(message=f\"key is {os.environ.get('TELLER_KEY')}\")\n"
    )
    db = f"sqlite:///{tmp_path / 'chat.db'}"
    common = ("chat", "--modules", tmp_path / "modules", "--db", db)
    env = cli_env(TELLER_KEY="teller-value-1")
    granted = run(*common, "--grant-secret", "teller=TELLER_KEY", input="hi\n", env=env)
    assert granted.returncode == 0, granted.stderr
    assert "key is teller-value-1" in granted.stdout
    by_env = run(*common, input="hi\n", env={**env, ENV: "teller=TELLER_KEY"})
    assert "key is teller-value-1" in by_env.stdout
    ungranted = run(*common, input="hi\n", env=env)
    assert ungranted.returncode == 0, ungranted.stderr
    assert "key is None" in ungranted.stdout
