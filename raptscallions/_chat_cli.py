"""`raptscallions chat`: a terminal chat through the modules and the configured AI.

Everything runs in this process, as a server would run it: the store, the engine (one worker
process per module) and a `ChatService`. Lines come from standard input, a terminal or a
pipe alike; each is sent as the student's message and the reply is printed, with what every
module did when the trace is on.

Rules of this file: the conversation (replies, blocks, the trace) goes to standard output and
everything around it (the modules' statuses, hints, errors) to standard error, so that
`... | raptscallions chat > transcript` keeps only the conversation. Nothing starts before
the options are known to be usable. Ctrl-C ends the session (bounded, shielded) and then lets
`KeyboardInterrupt` go on up to the command, which exits 130 once every worker has stopped.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, AsyncExitStack
from pathlib import Path
from typing import Final, Literal

import attrs
import trio
from rich.console import Console
from rich.text import Text

from ._discovery import discover
from .chat import AIError, AIModel, ChatError, ChatReply, ChatService, EchoModel, OpenAICompatible
from .engine import Engine, ModuleStatus, open_engine
from .sdk import ConfigError, RaptscallionsError, Tool, User
from .store import open_store
from .store._sql import redact

ENV_BASE_URL: Final = "RAPTSCALLIONS_AI_BASE_URL"
ENV_API_KEY: Final = "RAPTSCALLIONS_AI_API_KEY"
ENV_MODEL: Final = "RAPTSCALLIONS_AI_MODEL"
END_SESSION_TIMEOUT_S: Final = 5.0
COMMAND_RE: Final = re.compile(r"^/[a-z]+(?:\s+\S+)?$")
COMMANDS: Final = (
    ("/trace [on|off]", "show or hide what each module did (hook, module, action, ms)"),
    ("/modules", "the modules and their statuses"),
    ("/help", "this list"),
    ("/quit", "end the session (so do Ctrl-D and the end of piped input)"),
)

Progress = Callable[[str], AbstractContextManager[object]]


class ChatCLIError(RaptscallionsError):
    """The chat cannot start as asked. `exit_code` 2 is a usage error (a flag, a folder)."""

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@attrs.frozen
class AISettings:
    """Which AI answers: the offline echo model, or an OpenAI-compatible endpoint."""

    kind: Literal["echo", "openai"] = "echo"
    base_url: str = ""
    api_key: str = attrs.field(default="", repr=False)
    model: str = ""

    @classmethod
    def resolve(
        cls,
        kind: str | None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        model: str | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> AISettings:
        """Flags first, then the environment. Without `kind`, a base URL (flag or
        environment) means the OpenAI-compatible endpoint, else echo.

        Raises: ChatCLIError for an OpenAI-compatible endpoint without a URL or a model."""
        url = base_url or environ.get(ENV_BASE_URL, "")
        chosen = kind or ("openai" if url else "echo")
        if chosen == "echo":
            return cls("echo", model=model or "")
        if chosen != "openai":
            raise ChatCLIError(f"--ai must be echo or openai (got {chosen!r})")
        if not url:
            raise ChatCLIError(
                f"--ai openai needs the endpoint's base URL: pass --ai-base-url URL or set "
                f"{ENV_BASE_URL} (e.g. https://api.openai.com/v1)"
            )
        chosen_model = model or environ.get(ENV_MODEL, "")
        if not chosen_model:
            raise ChatCLIError(
                f"--ai openai needs a model name: pass --ai-model NAME or set {ENV_MODEL}"
            )
        key = api_key if api_key is not None else environ.get(ENV_API_KEY, "")
        return cls("openai", url, key, chosen_model)

    def create(self) -> AIModel:
        """Raises: ChatCLIError for a base URL that is not http(s)."""
        if self.kind == "openai":
            try:
                return OpenAICompatible(self.base_url, self.api_key, self.model)
            except ConfigError as exc:
                raise ChatCLIError(f"{exc} (--ai-base-url or ${ENV_BASE_URL})") from None
        return EchoModel()


@attrs.frozen
class ChatOptions:
    modules_dir: Path
    database: str
    user: User
    tool: Tool
    ai: AISettings = AISettings()
    trace: bool = False
    watch: bool = False
    # Module name to the environment variables its worker may get (when it declares them).
    grant_secrets: Mapping[str, frozenset[str]] = attrs.field(factory=dict)


def check_modules_folder(modules_dir: Path) -> None:
    """Refuse a modules folder that is missing or holds an invalid manifest, before anything
    starts.

    Raises: ChatCLIError (exit 2 for the folder, 1 listing every invalid manifest)."""
    if not modules_dir.is_dir():
        raise ChatCLIError(f"{modules_dir} is not a folder (--modules DIR)")
    bad = [d for d in discover(modules_dir) if d.error is not None]
    if bad:
        count = f"{len(bad)} module{'s' if len(bad) > 1 else ''}"
        details = f"raptscallions check {modules_dir}"
        lines = [f"{count} in {modules_dir} cannot load (details: {details}):"]
        for d in bad:
            first, *rest = str(d.error).splitlines() or [""]
            lines.append(f"  {d.name}: {first}")
            lines.extend(f"    {line}" for line in rest)
        raise ChatCLIError("\n".join(lines), exit_code=1)


class LineReader:
    """Lines from a file descriptor, read in a worker thread so that trio (and with it the
    engine) keeps running meanwhile.

    `os.read` rather than `sys.stdin`: a read abandoned on cancellation holds no lock of the
    interpreter's, so the process can still exit while the thread waits for input.
    """

    def __init__(self, fd: int = 0, encoding: str = "utf-8") -> None:
        self._fd = fd
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._buffer = ""
        self._eof = False

    async def readline(self) -> str | None:
        """The next line without its line ending; None at the end of the input.

        Cancellation: the read in progress is abandoned; what it reads later is lost."""
        while "\n" not in self._buffer and not self._eof:
            chunk = await trio.to_thread.run_sync(os.read, self._fd, 65536, abandon_on_cancel=True)
            self._eof = not chunk
            self._buffer += self._decoder.decode(chunk, final=self._eof)
        line, newline, rest = self._buffer.partition("\n")
        if not newline and not line:
            return None
        self._buffer = rest
        return line.removesuffix("\r")


def status_lines(statuses: Sequence[ModuleStatus]) -> list[Text]:
    """One line per module: a mark, name, version, status and pid (or the error)."""
    width = max((len(s.name) for s in statuses), default=0)
    lines = []
    for s in statuses:
        ready = s.status == "ready"
        detail = f"pid {s.pid}" if ready and s.pid else (s.last_error or s.reason or "")
        line = Text("  ")
        line.append("✓" if ready else "✗", style="green" if ready else "bold red")
        line.append(f" {s.name:<{width}}  {s.version or '-':<8} {s.status:<10} ")
        line.append(detail, style="dim" if ready else "red")
        lines.append(line)
    return lines


class Conversation:
    """One session's loop: read a line, send it, print the reply (and the trace)."""

    def __init__(
        self,
        chat: ChatService,
        engine: Engine,
        session_id: str,
        options: ChatOptions,
        out: Console,
        err: Console,
        *,
        interactive: bool,
    ) -> None:
        self.chat = chat
        self.engine = engine
        self.session_id = session_id
        self.user = options.user
        self.trace = options.trace
        self.out = out
        self.err = err
        self.interactive = interactive
        self.failures = 0

    async def run(self, lines: LineReader) -> None:
        """Until /quit or the end of the input."""
        while True:
            if self.interactive:
                self.out.print(Text("you> ", style="bold cyan"), end="")
            line = await lines.readline()
            if line is None:
                if self.interactive:
                    self.out.print()
                return
            text = line.strip()
            if not text:
                continue
            if COMMAND_RE.match(text):
                if not self.command(text):
                    return
                continue
            if not self.interactive:
                self.out.print(Text.assemble(("you: ", "bold cyan"), text))
            await self.send(text)

    def command(self, text: str) -> bool:
        """Run a /command; False ends the session."""
        name, _, arg = text.partition(" ")
        arg = arg.strip()
        if name in ("/quit", "/exit", "/q"):
            return False
        if name == "/trace" and arg in ("", "on", "off"):
            self.trace = (not self.trace) if not arg else arg == "on"
            self.err.print(f"trace {'on' if self.trace else 'off'}", style="dim")
        elif name == "/modules":
            for line in status_lines(self.engine.statuses()):
                self.err.print(line)
        elif name == "/help":
            for usage, meaning in COMMANDS:
                self.err.print(Text.assemble((f"  {usage:<16} ", "bold"), meaning))
            self.err.print("  anything else is sent as the student's message")
        else:
            self.err.print(Text(f"unknown command {text} (try /help)", style="yellow"))
        return True

    async def send(self, text: str) -> None:
        try:
            reply = await self.chat.send_message(self.session_id, text, self.user)
        except (AIError, ChatError) as exc:
            # The session goes on (a retry of the same text is answered, not stored twice);
            # the exit status will say that something failed.
            self.failures += 1
            self.err.print(Text.assemble(("error: ", "bold red"), str(exc)))
            return
        if self.trace:
            self.print_trace(reply)
        if reply.blocked:
            self.print_block(reply)
        self.print_reply(reply.response)

    def print_trace(self, reply: ChatReply) -> None:
        width = max((len(step.module) for step in reply.trace), default=0)
        for step in reply.trace:
            style = {"block": "bold red", "error": "red", "timeout": "red"}.get(step.action, "dim")
            line = Text()
            line.append(f"  {step.hook:<16} {step.module:<{width}}  ", style="dim")
            if step.action == "dispatched":
                line.append(step.action, style=style)
            else:
                line.append(f"{step.action:<11}", style=style)
                line.append(f"{step.duration_ms:7.2f} ms", style="dim")
            if step.error:
                line.append(f"  {step.error}", style="red")
            self.out.print(line)
        for ext in reply.extractions:
            data = json.dumps(ext.data, ensure_ascii=False, default=str)
            self.out.print(
                Text(f"  {'extraction':<16} {ext.module:<{width}}  {ext.type} {data}", style="dim")
            )

    def print_block(self, reply: ChatReply) -> None:
        blocker = next((s.module for s in reply.trace if s.action == "block"), None)
        who = f" by {blocker}" if blocker else ""
        why = f" ({reply.reason})" if reply.reason else ""
        what = (
            "after the AI answered; its answer was replaced"
            if reply.ai_called
            else "the AI was not called"
        )
        self.out.print(Text(f"BLOCKED{who}{why}: {what}", style="bold red"))

    def print_reply(self, response: str) -> None:
        first, *rest = response.splitlines() or [""]
        self.out.print(Text.assemble(("ai: ", "bold green"), first))
        for line in rest:
            self.out.print(Text(f"    {line}".rstrip()))


async def chat_main(
    options: ChatOptions,
    out: Console,
    err: Console,
    progress: Progress,
    *,
    stdin_fd: int = 0,
) -> int:
    """Run one chat session; 0, or 1 when a message failed (the AI or the content).

    Raises:
        ChatCLIError, ConfigError: the options cannot work (before anything started).
        StoreError: the database cannot be opened or failed.
        ModuleLoadError: a required module could not load.
        KeyboardInterrupt: Ctrl-C; the session was ended and every worker stopped first.
    """
    check_modules_folder(options.modules_dir)
    ai = options.ai.create()
    shown = redact(options.database)
    interactive = os.isatty(stdin_fd)
    err.print(
        Text.assemble(
            ("raptscallions chat", "bold"),
            f": modules in {options.modules_dir}, store {shown}, AI {ai.name}",
        )
    )
    async with AsyncExitStack() as stack:
        if isinstance(ai, OpenAICompatible):
            stack.push_async_callback(ai.aclose)
        started = trio.current_time()
        with progress(f"starting the modules in {options.modules_dir} ..."):
            store = await stack.enter_async_context(open_store(options.database))
            engine = await stack.enter_async_context(
                open_engine(
                    options.modules_dir,
                    store=store,
                    watch=options.watch,
                    grant_secrets=options.grant_secrets,
                )
            )
        statuses = engine.statuses()
        for line in status_lines(statuses):
            err.print(line)
        ready = sum(s.status == "ready" for s in statuses)
        note = f"{ready} of {len(statuses)} modules ready" if statuses else "no modules"
        err.print(Text(f"  ({note}, {trio.current_time() - started:.2f} s)", style="dim"))
        chat = ChatService(engine, store, ai)
        session = await chat.start_session(options.user, options.tool)
        err.print(
            f"session {session.id} as {options.user.id} ({options.user.role}); "
            "/help lists commands; /quit or Ctrl-D ends it"
        )
        conversation = Conversation(
            chat, engine, session.id, options, out, err, interactive=interactive
        )
        reader = LineReader(stdin_fd, _stdin_encoding())
        try:
            await conversation.run(reader)
            await chat.end_session(session.id)
        except BaseException as exc:
            if _interrupted(exc):
                # Ctrl-C: end the session all the same (ending twice changes nothing).
                with trio.move_on_after(END_SESSION_TIMEOUT_S, shield=True):
                    try:
                        await chat.end_session(session.id)
                    except RaptscallionsError:
                        pass  # leaving anyway; the interruption is what to report
            raise
        stored = len(await chat.messages(session.id))
        err.print(
            Text(f"session ended; {stored} messages stored in {shown}", style="dim"),
        )
    return 1 if conversation.failures else 0


def _interrupted(exc: BaseException) -> bool:
    """Whether `exc` is, or a group holding, a KeyboardInterrupt."""
    if isinstance(exc, BaseExceptionGroup):
        return any(_interrupted(sub) for sub in exc.exceptions)
    return isinstance(exc, KeyboardInterrupt)


def _stdin_encoding() -> str:
    encoding = getattr(sys.stdin, "encoding", None)
    try:
        return codecs.lookup(encoding).name if encoding else "utf-8"
    except LookupError:
        return "utf-8"
