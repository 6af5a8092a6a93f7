"""`raptscallions chat`: lines from a pipe (and a terminal) through the built-in modules and
the AI, replies and blocks printed, the trace on demand; errors in one line; Ctrl-C ends the
session, every worker stops, exit 130."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import trio

from raptscallions._chat_cli import AISettings, ChatCLIError, LineReader
from raptscallions.testing.openai_stub import OpenAIStub

from .conftest import REPO_MODULES, Run, assert_clean_error, cli_env

EMAIL_LINE = "Hi! Can you help me with fractions? My email is sam.lee@example.com"
SELF_HARM_LINE = "I want to kill myself"


def replies(stdout: str) -> list[str]:
    """Each `ai: ...` reply with its continuation lines."""
    blocks: list[str] = []
    for line in stdout.splitlines():
        if line.startswith("ai: "):
            blocks.append(line[4:])
        elif line.startswith("    ") and blocks:
            blocks[-1] += "\n" + line[4:]
    return blocks


def session_state(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT s.state, (SELECT count(*) FROM messages m WHERE m.session_id = s.id) "
            "FROM sessions s"
        ).fetchall()
    return [(str(state), int(count)) for state, count in rows]


def test_a_piped_chat_through_the_built_in_modules(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "chat.db"
    lines = [EMAIL_LINE, SELF_HARM_LINE, "/quit", "this line is never sent"]
    result = run(
        "chat", "--modules", REPO_MODULES, "--db", f"sqlite:///{db}", input="\n".join(lines)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    email_reply, blocked_reply = replies(result.stdout)
    # The echo model answers with what reached it: the email never did.
    assert "My email is [EMAIL]" in email_reply
    assert "sam.lee@example.com" not in email_reply
    assert "You are a patient tutor." in email_reply
    # The self-harm line was blocked before the AI, with the crisis line in the reply.
    assert "BLOCKED by safety-filter (safety:self_harm): the AI was not called" in result.stdout
    assert "988" in blocked_reply
    assert "[system]" not in blocked_reply
    assert "never sent" not in result.stdout
    # The transcript names what was said; the rest went to stderr.
    assert f"you: {EMAIL_LINE}" in result.stdout
    assert "pii-filter" in result.stderr and "ready" in result.stderr
    assert "session ended; 4 messages stored" in result.stderr
    assert session_state(db) == [("completed", 4)]


def test_the_trace_shows_which_modules_acted(run: Run, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'chat.db'}"
    result = run(
        "chat", "--modules", REPO_MODULES, "--db", db, "--trace", input=f"{SELF_HARM_LINE}\n"
    )
    assert result.returncode == 0, result.stderr
    trace = [line.split() for line in result.stdout.splitlines() if line.startswith("  chat:")]
    assert ["chat:before_ai", "safety-filter", "block"] == trace[-1][:3]
    assert trace[-1][-1] == "ms"
    assert any(step[:2] == ["chat:on_message", "struggle-detector"] for step in trace)
    assert re.search(r"extraction +safety-filter +safety_flag \{.*self_harm", result.stdout)


def test_trace_toggles_and_the_other_commands(run: Run, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'chat.db'}"
    lines = ["first", "/trace", "second", "/trace off", "third", "/modules", "/help", "/nope"]
    result = run("chat", "--modules", REPO_MODULES, "--db", db, input="\n".join(lines))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    first, second, third = out.index("you: first"), out.index("you: second"), out.index("third")
    assert "chat:before_ai" not in out[first:second]
    assert "chat:before_ai" in out[second:third]
    assert "chat:before_ai" not in out[third:]
    assert "trace on" in result.stderr and "trace off" in result.stderr
    assert "unknown command /nope (try /help)" in result.stderr
    assert "/quit" in result.stderr  # the help
    assert result.stderr.count("✓ safety-filter") == 2  # at start and for /modules


def test_a_new_module_acts_in_the_chat(run: Run, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    assert run("new", "demo", "--modules", modules).returncode == 0
    db = f"sqlite:///{tmp_path / 'chat.db'}"
    result = run("chat", "--modules", modules, "--db", db, "--trace", input="oh heck, help\n")
    assert result.returncode == 0, result.stderr
    [reply] = replies(result.stdout)
    assert reply.endswith("[user]\noh ***, help")
    assert re.search(r"chat:before_ai +demo +continue", result.stdout)
    assert re.search(r'extraction +demo +word_count \{"location": "user_message"', result.stdout)


def test_empty_input_starts_and_ends_a_session(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "chat.db"
    result = run("chat", "--modules", REPO_MODULES, "--db", f"sqlite:///{db}", input="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert session_state(db) == [("completed", 0)]


# --- errors ---------------------------------------------------------------------------------


def test_an_unsupported_database_url(run: Run) -> None:
    result = run("chat", "--modules", REPO_MODULES, "--db", "mysql://sam:secret@db/x")
    line = assert_clean_error(result, 2, "unsupported store URL", "(from --db)", "sqlite:///")
    assert "secret" not in line


def test_the_database_url_from_the_environment(run: Run) -> None:
    env = cli_env(RAPTSCALLIONS_DATABASE_URL="nonsense")
    result = run("chat", "--modules", REPO_MODULES, env=env)
    assert_clean_error(result, 2, "'nonsense'", "$RAPTSCALLIONS_DATABASE_URL")


def test_an_unreachable_database(run: Run) -> None:
    result = run("chat", "--modules", REPO_MODULES, "--db", "postgresql://nobody@127.0.0.1:1/x")
    assert_clean_error(result, 1, "cannot connect to PostgreSQL at 127.0.0.1:1")


def test_a_database_that_cannot_be_opened(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "folder" / "x.db"
    result = run("chat", "--modules", REPO_MODULES, "--db", f"sqlite:///{db}")
    assert_clean_error(result, 1, str(db))


def test_a_missing_modules_folder(run: Run, tmp_path: Path) -> None:
    result = run("chat", "--modules", tmp_path / "nowhere")
    assert_clean_error(result, 2, f"{tmp_path / 'nowhere'} is not a folder")


def test_invalid_manifests_are_listed(run: Run, tmp_path: Path) -> None:
    for name, version in (("fine", "1.0.0"), ("bad-one", "1.0"), ("bad-two", "x")):
        folder = tmp_path / name
        folder.mkdir()
        manifest = f"name: {name}\nversion: {version}\ndescription: d\nhooks: [chat:before_ai]\n"
        (folder / "module.yaml").write_text(manifest)
        (folder / "module.py").write_text("")
    result = run("chat", "--modules", tmp_path, input="hello\n")
    line = assert_clean_error(result, 1, "2 modules", "cannot load", "raptscallions check")
    rest = result.stderr[result.stderr.index(line) :]
    assert "  bad-one: " in rest and "$.version" in rest
    assert "  bad-two: " in rest
    assert "fine:" not in rest
    assert result.stdout == ""


def test_an_openai_endpoint_needs_a_url_and_a_model(run: Run) -> None:
    assert_clean_error(run("chat", "--ai", "openai"), 2, "RAPTSCALLIONS_AI_BASE_URL")
    result = run("chat", "--ai-base-url", "http://127.0.0.1:9/v1")
    assert_clean_error(result, 2, "--ai-model", "RAPTSCALLIONS_AI_MODEL")
    result = run(
        "chat", "--modules", REPO_MODULES, "--ai-base-url", "ftp://example", "--ai-model", "m"
    )
    assert_clean_error(result, 2, "http(s)", "ftp://example")


def test_bad_flag_values(run: Run) -> None:
    assert_clean_error(run("chat", "--ai", "claude"), 2, "--ai", "invalid choice")
    assert_clean_error(run("chat", "--user", " "), 2, "--user")
    assert_clean_error(run("chat", "--nope"), 2, "unrecognized arguments: --nope")


def test_ai_settings_resolution() -> None:
    assert AISettings.resolve(None, environ={}).kind == "echo"
    settings = AISettings.resolve(
        None,
        environ={
            "RAPTSCALLIONS_AI_BASE_URL": "https://api.example.com/v1",
            "RAPTSCALLIONS_AI_MODEL": "m1",
            "RAPTSCALLIONS_AI_API_KEY": "sk-env",
        },
    )
    assert (settings.kind, settings.base_url, settings.model, settings.api_key) == (
        "openai",
        "https://api.example.com/v1",
        "m1",
        "sk-env",
    )
    assert "sk-env" not in repr(settings)
    flags = AISettings.resolve(
        "openai", base_url="http://h/v1", model="m2", api_key="k", environ={}
    )
    assert (flags.base_url, flags.model, flags.api_key) == ("http://h/v1", "m2", "k")
    assert AISettings.resolve("echo", environ={"RAPTSCALLIONS_AI_BASE_URL": "x"}).kind == "echo"
    try:
        AISettings.resolve("openai", environ={})
    except ChatCLIError as exc:
        assert exc.exit_code == 2
    else:
        raise AssertionError("no base URL was accepted")


# --- an OpenAI-compatible endpoint ----------------------------------------------------------


async def test_through_an_openai_compatible_endpoint(tmp_path: Path) -> None:
    stub = OpenAIStub(api_key="sk-test")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        command = [sys.executable, "-m", "raptscallions", "chat", "--modules", REPO_MODULES]
        command += ["--db", f"sqlite:///{tmp_path / 'chat.db'}"]
        env = cli_env(
            RAPTSCALLIONS_AI_BASE_URL=base_url,
            RAPTSCALLIONS_AI_MODEL="stub-model",
            RAPTSCALLIONS_AI_API_KEY="sk-test",
        )
        ok = await trio.run_process(
            [*map(str, command)],
            stdin=f"{EMAIL_LINE}\n".encode(),
            capture_stdout=True,
            capture_stderr=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        stderr = ok.stderr.decode()
        assert ok.returncode == 0, stderr
        assert "AI openai-compatible(127.0.0.1:" in stderr
        [reply] = replies(ok.stdout.decode())
        assert reply == "stub: Hi! Can you help me with fractions? My email is [EMAIL]"
        [request] = stub.requests
        assert request.body is not None and request.body["model"] == "stub-model"
        assert "sam.lee@example.com" not in str(request.body)

        # A refused key: the message fails, the session goes on, the exit status says so.
        env["RAPTSCALLIONS_AI_API_KEY"] = "sk-wrong"
        refused = await trio.run_process(
            [*map(str, command)],
            stdin=b"hello\n",
            capture_stdout=True,
            capture_stderr=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        stderr = refused.stderr.decode()
        assert refused.returncode == 1, stderr
        assert "Traceback" not in stderr
        assert re.search(r"^error: AI provider openai-compatible.*401", stderr, re.MULTILINE)
        assert "sk-wrong" not in stderr
        assert "session ended" in stderr
        nursery.cancel_scope.cancel()


# --- a terminal, and Ctrl-C -----------------------------------------------------------------


def read_until(fd: int, marker: bytes, deadline: float) -> bytes:
    seen = b""
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in {seen!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_in_a_terminal(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "raptscallions", "chat", "--modules", str(REPO_MODULES)]
    command += ["--db", f"sqlite:///{tmp_path / 'chat.db'}"]
    proc = subprocess.Popen(
        command,
        stdin=terminal,
        stdout=terminal,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=cli_env(TERM="xterm"),
    )
    os.close(terminal)
    try:
        deadline = time.monotonic() + 60
        assert b"you> " in read_until(controller, b"you> ", deadline)
        os.write(controller, f"{EMAIL_LINE}\n".encode())
        answer = read_until(controller, b"you> ", deadline)
        assert b"[EMAIL]" in answer
        assert b"\x1b[" in answer  # styled on a terminal
        os.write(controller, b"/quit\n")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
        assert proc.stderr is not None
        proc.stderr.close()


def test_ctrl_c_ends_the_session_and_stops_every_worker(tmp_path: Path) -> None:
    db = tmp_path / "chat.db"
    command = [sys.executable, "-m", "raptscallions", "chat", "--modules", str(REPO_MODULES)]
    proc = subprocess.Popen(
        [*command, "--db", f"sqlite:///{db}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=cli_env(),
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        banner = read_until(proc.stderr.fileno(), b"/quit or Ctrl-D", time.monotonic() + 60)
        pids = [int(pid) for pid in re.findall(rb"pid (\d+)", banner)]
        assert len(pids) == 3
        proc.stdin.write(b"hello\n")
        proc.stdin.flush()
        read_until(proc.stdout.fileno(), b"ai: ", time.monotonic() + 30)
        proc.send_signal(signal.SIGINT)  # the input stays open, as at a terminal
        assert proc.wait(timeout=30) == 130
        stderr = banner + proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
    assert b"Traceback" not in stderr
    assert stderr.rstrip().endswith(b"interrupted")
    assert all(not worker_alive(pid) for pid in pids), pids
    assert session_state(db) == [("completed", 2)]


def worker_alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


async def test_line_reader_splits_and_ends() -> None:
    read_fd, write_fd = os.pipe()
    os.write(write_fd, "one\r\ntwo\n\nthrée".encode())
    os.close(write_fd)
    reader = LineReader(read_fd)
    try:
        assert [await reader.readline() for _ in range(5)] == ["one", "two", "", "thrée", None]
    finally:
        os.close(read_fd)
