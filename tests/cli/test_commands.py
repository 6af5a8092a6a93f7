"""The command as a whole: help for every command, `demo`, `serve`'s options, the version,
the console script, errors in one line, colour only on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from raptscallions.cli import main

from .conftest import REPO, REPO_MODULES, Run, assert_clean_error, cli_env

COMMANDS = ("new", "check", "chat", "serve", "demo", "bench")


def test_the_help_lists_every_command(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert f"\n    {command} " in result.stdout
    assert "examples:" in result.stdout


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("new", ["NAME", "--modules DIR", "--hook HOOK", "--force"]),
        ("check", ["[dir]", "--no-load"]),
        (
            "chat",
            [
                "--modules DIR",
                "--db URL",
                "--user ID",
                "--tool-behavior TEXT",
                "--ai {echo,openai}",
                "--ai-base-url URL",
                "--ai-model NAME",
                "--trace",
                "RAPTSCALLIONS_AI_API_KEY",
            ],
        ),
        (
            "serve",
            [
                "--modules DIR",
                "--db URL, --database URL",
                "--host HOST",
                "--port PORT",
                "RAPTSCALLIONS_DATABASE_URL",
                "RAPTSCALLIONS_ADMIN_TOKEN",
            ],
        ),
        ("demo", ["--modules DIR", "--db URL"]),
        ("bench", ["--dir DIR", "--extra"]),
    ],
)
def test_each_command_has_help_with_examples(run: Run, command: str, options: list[str]) -> None:
    result = run(command, "--help", env=cli_env(COLUMNS="200"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: raptscallions {command} ")
    assert f"\nexamples:\n  raptscallions {command}" in result.stdout
    for option in options:
        assert option in result.stdout, option


def test_the_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "raptscallions 0.1.0"


def test_no_command_and_an_unknown_command(run: Run) -> None:
    assert_clean_error(run(), 2, "required: COMMAND", "raptscallions --help")
    assert_clean_error(run("launch"), 2, "invalid choice: 'launch'")


def test_the_demo_runs(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--modules", REPO_MODULES, "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "✓ pii-filter" in result.stdout
    assert "Hi! Can you help me with fractions? My email is [EMAIL]" in result.stdout
    assert "blocked (safety:self_harm)" in result.stdout
    assert "988" in result.stdout
    assert "Stored in sqlite:///" in result.stdout


def test_the_demo_refuses_a_missing_folder_and_a_bad_url(run: Run, tmp_path: Path) -> None:
    assert_clean_error(run("demo", "--modules", tmp_path / "none"), 2, "is not a folder")
    result = run("demo", "--modules", REPO_MODULES, "--database", "http://x")
    assert_clean_error(result, 2, "unsupported store URL 'http://x'")


def test_serve_refuses_bad_values_before_starting(run: Run, tmp_path: Path) -> None:
    assert_clean_error(run("serve", "--port", "http"), 2, "--port", "must be a number")
    assert_clean_error(run("serve", "--port", "70000"), 2, "between 0 and 65535")
    assert_clean_error(run("serve", "--db", "redis://x"), 2, "unsupported store URL")
    missing = tmp_path / "none"
    result = run("serve", "--modules", missing, "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert_clean_error(result, 2, f"{missing} is not a folder")


def test_bench_errors(run: Run, tmp_path: Path) -> None:
    assert_clean_error(run("bench"), 2, "is not a benchmarks folder")
    result = run("bench", "no-such-benchmark", cwd=REPO)
    assert_clean_error(result, 2, "no benchmark matches no-such-benchmark", "bench_roundtrip")


def test_the_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "raptscallions"
    if not script.is_file():
        pytest.skip("the raptscallions console script is not installed next to this python")
    result = subprocess.run(
        [str(script), "new", "from-script", "--modules", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=cli_env(),
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-script" / "module.yaml").is_file()


def test_an_unexpected_error_is_one_line_and_can_show_its_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(*_: object, **__: object) -> object:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr("raptscallions._scaffold.scaffold_module", broken)
    monkeypatch.delenv("RAPTSCALLIONS_TRACEBACK", raising=False)
    assert main(["new", "x", "--modules", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: unexpected ZeroDivisionError: oops (a bug in raptscallions;")
    assert len(err.splitlines()) == 1
    monkeypatch.setenv("RAPTSCALLIONS_TRACEBACK", "1")
    with pytest.raises(ZeroDivisionError):
        main(["new", "x", "--modules", str(tmp_path)])


# --- colour ---------------------------------------------------------------------------------


def on_a_terminal(*args: str, **env: str) -> str:
    """The command's standard output when it is a terminal."""
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "raptscallions", *args],
        stdout=terminal,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=cli_env(TERM="xterm", **env),
    )
    os.close(terminal)
    output = b""
    try:
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            output += chunk
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
    return output.decode()


def test_check_is_coloured_on_a_terminal_only_without_no_color() -> None:
    coloured = on_a_terminal("check", "--no-load", str(REPO_MODULES))
    assert "\x1b[32m✓\x1b[0m pii-filter" in coloured
    plain = on_a_terminal("check", "--no-load", str(REPO_MODULES), NO_COLOR="1")
    assert "✓ pii-filter" in plain
    assert "\x1b[" not in plain


# --- serve ----------------------------------------------------------------------------------


def test_serve_hands_its_options_to_the_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def serve_main(*args: object, **kwargs: object) -> int:
        calls.append((args, kwargs))
        return 7

    monkeypatch.setattr("raptscallions.cli._serve_main", lambda: serve_main)
    monkeypatch.setenv("RAPTSCALLIONS_DATABASE_URL", "postgresql://app@db:5432/x")
    monkeypatch.delenv("RAPTSCALLIONS_GRANT_SECRETS", raising=False)
    argv = ["serve", "--modules", str(tmp_path), "--host", "0.0.0.0", "--port", "0"]
    assert main([*argv, "--no-watch"]) == 7
    assert main([*argv, "--database", "sqlite:///other.db"]) == 7
    none: dict[str, frozenset[str]] = {}
    assert calls == [
        (
            (tmp_path, "postgresql://app@db:5432/x"),
            {"host": "0.0.0.0", "port": 0, "watch": False, "grant_secrets": none},
        ),
        (
            (tmp_path, "sqlite:///other.db"),
            {"host": "0.0.0.0", "port": 0, "watch": True, "grant_secrets": none},
        ),
    ]


def test_serve_without_the_server_runs_the_demo(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("raptscallions.cli._serve_main", lambda: None)
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["serve", "--modules", str(REPO_MODULES), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "the HTTP server is not built yet" in captured.err
    assert "blocked (safety:self_harm)" in captured.out
