"""The `raptscallions` command: new, check, chat, serve, demo, bench.

Rules of this file: every command returns its exit status. An error the user can act on ends
in one `error: ...` line on stderr (what is wrong and the fix), never a traceback: status 1
when the command failed (an invalid module, an unreachable database), 2 for bad usage (a
flag, a folder, a URL), 130 on Ctrl-C. Colour and spinners appear only on a terminal, and no
colour with NO_COLOR. The engine, the store and trio are imported by the commands that use
them, so that `--help` and `new` stay quick.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from rich.console import Console
from rich.text import Text

from . import __version__
from ._discovery import Discovered, discover
from .sdk import RaptscallionsError

if TYPE_CHECKING:
    from ._chat_cli import ChatOptions

DEFAULT_DATABASE: Final = "sqlite:///raptscallions.db"
ENV_DATABASE: Final = "RAPTSCALLIONS_DATABASE_URL"
ENV_ADMIN_TOKEN: Final = "RAPTSCALLIONS_ADMIN_TOKEN"
ENV_TRACEBACK: Final = "RAPTSCALLIONS_TRACEBACK"
ENV_GRANT_SECRETS: Final = "RAPTSCALLIONS_GRANT_SECRETS"
STORE_EXAMPLES: Final = "sqlite:///raptscallions.db or postgresql://user@localhost:5432/dbname"

Progress = Callable[[str], AbstractContextManager[object]]


class UsageError(RaptscallionsError):
    """The command cannot run as asked; `exit_code` 2 for bad usage, 1 for a failure."""

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# --- output ---------------------------------------------------------------------------------


def _isatty(stream: object) -> bool:
    try:
        return bool(getattr(stream, "isatty", lambda: False)())
    except ValueError:  # a closed stream
        return False


def _console(*, stderr: bool = False) -> Console:
    """A console on stdout or stderr: styled on a terminal (no colour with NO_COLOR), plain
    text otherwise (whatever FORCE_COLOR says), never wrapped, no markup in what it prints."""
    tty = _isatty(sys.stderr if stderr else sys.stdout)
    return Console(
        stderr=stderr,
        force_terminal=tty,
        no_color=bool(os.environ.get("NO_COLOR")),
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )


def _progress(console: Console) -> Progress:
    """A spinner with a message on `console` while a step runs; nothing when not a terminal."""

    def show(text: str) -> AbstractContextManager[object]:
        if console.is_terminal:
            return console.status(text, spinner="dots")
        return contextlib.nullcontext()

    return show


def _report(message: str) -> None:
    err = _console(stderr=True)
    first, *rest = message.splitlines() or [""]
    err.print(Text.assemble(("error: ", "bold red"), first))
    for line in rest:
        err.print(Text(line))


# --- new ------------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    """Scaffold a module folder with a manifest, code, a passing test and a README."""
    from ._scaffold import DEFAULT_HOOKS, scaffold_module

    modules_dir = Path(args.modules)
    made = scaffold_module(
        modules_dir, args.name, hooks=args.hooks or DEFAULT_HOOKS, force=args.force
    )
    out = _console()
    out.print(Text.assemble(("created ", "green"), f"module {args.name} in {made.folder}:"))
    for path in made.files:
        out.print(f"  {path}")
    out.print("next steps:")
    steps = (
        (f"raptscallions check {modules_dir}", "validate it and load it in a worker"),
        (f"pytest {made.folder}", "run its tests"),
        (f"raptscallions chat --modules {modules_dir} --trace", 'chat through it: type "oh heck"'),
    )
    width = max(len(command) for command, _ in steps)
    for command, why in steps:
        out.print(Text.assemble((f"  {command:<{width}}", "bold"), (f"  # {why}", "dim")))
    return 0


# --- check ----------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    """Validate every module folder in DIR; one line per module; non-zero on any error."""
    modules_dir = Path(args.dir)
    if not modules_dir.is_dir():
        raise UsageError(f"{modules_dir} is not a folder")
    found = discover(modules_dir)
    out = _console()
    ok_mark: str | tuple[str, str] = ("✓", "green") if out.is_terminal else "ok "
    bad_mark: str | tuple[str, str] = ("✗", "bold red") if out.is_terminal else "ERR"
    if not found:
        out.print(f"no modules in {modules_dir} (a module is a folder with a module.yaml)")
        return 0
    width = max(len(d.name) for d in found)
    if args.load:
        valid = sum(d.error is None for d in found)
        with _progress(_console(stderr=True))(f"loading {valid} modules in workers ..."):
            found = _load_in_workers(found)
    errors = 0
    for d in found:
        if d.error is None and d.manifest is not None:
            m = d.manifest
            flags = [
                f for f, on in (("required", m.required), ("shadow", m.mode == "shadow")) if on
            ]
            extra = f"  [{', '.join(flags)}]" if flags else ""
            line = f" {m.name:<{width}}  {m.version:<8}  {', '.join(m.hooks)}{extra}"
            out.print(Text.assemble(ok_mark, line))
        else:
            errors += 1
            lines = str(d.error).splitlines() or [""]
            out.print(Text.assemble(bad_mark, f" {d.name:<{width}}  {lines[0]}"))
            for line in lines[1:]:
                out.print(f"  {'':<{width}}  {line}")
    total = len(found)
    summary = f"{total - errors} of {total} modules valid"
    out.print(summary if not errors else f"{summary}; {errors} with errors")
    return 1 if errors else 0


def _load_in_workers(found: list[Discovered]) -> list[Discovered]:
    """Start each valid module in a worker (import, `on_load`) and stop it again; a failure
    becomes that module's error."""
    import trio

    from .engine._records import MemorySink
    from .engine._worker import WorkerHost, WorkerProcess
    from .sdk import ModuleLoadError

    sink = MemorySink()

    async def no_db(*_: object) -> object:
        return []

    host = WorkerHost(extraction=sink.add_extraction, log=sink.add_log, db=no_db)
    results = list(found)

    async def load(i: int, d: Discovered) -> None:
        assert d.manifest is not None
        async with trio.open_nursery() as nursery:
            try:
                worker = await nursery.start(
                    WorkerProcess(d.manifest, config=d.manifest.default_config(), host=host).run
                )
            except ModuleLoadError as exc:
                results[i] = Discovered(d.folder, manifest=d.manifest, error=exc)
                return
            await worker.stop()

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for i, d in enumerate(found):
                if d.error is None and d.manifest is not None:
                    nursery.start_soon(load, i, d)

    trio.run(main)
    return results


# --- chat, serve, demo ----------------------------------------------------------------------


def _database(args: argparse.Namespace) -> str:
    """The store URL: --db, else $RAPTSCALLIONS_DATABASE_URL, else the SQLite default.

    Raises: UsageError for a URL whose scheme no store supports."""
    from .store._open import SCHEMES
    from .store._sql import redact

    url: str
    if args.database:
        url, source = str(args.database), "--db"
    elif os.environ.get(ENV_DATABASE):
        url, source = os.environ[ENV_DATABASE], f"${ENV_DATABASE}"
    else:
        return DEFAULT_DATABASE
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme not in SCHEMES:
        raise UsageError(
            f"unsupported store URL {redact(url)!r} (from {source}): use {STORE_EXAMPLES}"
        )
    return url


def _grants(args: argparse.Namespace) -> dict[str, frozenset[str]]:
    """The secrets granted to modules: $RAPTSCALLIONS_GRANT_SECRETS plus each --grant-secret.

    Raises: UsageError when the variable cannot be parsed (it says which entry, and why)."""
    from .engine._secrets import SecretGrantError, grants_from_env

    try:
        return grants_from_env(*args.grants)
    except SecretGrantError as exc:
        raise UsageError(str(exc)) from None


def _grant_option(value: str) -> dict[str, frozenset[str]]:
    """One --grant-secret value, parsed (argparse's `type`)."""
    from .engine._secrets import SecretGrantError, parse_grants

    try:
        return parse_grants(value, source=None)
    except SecretGrantError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _modules_folder(path: str) -> Path:
    from ._chat_cli import check_modules_folder

    folder = Path(path)
    check_modules_folder(folder)
    return folder


def cmd_chat(args: argparse.Namespace) -> int:
    """A terminal chat through the modules and the configured AI."""
    import trio

    from ._chat_cli import chat_main

    options = _chat_options(args)
    err = _console(stderr=True)
    code: int = trio.run(chat_main, options, _console(), err, _progress(err))
    return code


def _chat_options(args: argparse.Namespace) -> ChatOptions:
    from ._chat_cli import AISettings, ChatOptions
    from .sdk import Tool, ToolDefinition, User

    ai = AISettings.resolve(
        args.ai, base_url=args.ai_base_url, api_key=args.ai_api_key, model=args.ai_model
    )
    if not args.user.strip():
        raise UsageError("--user must not be empty")
    tool = Tool(
        id="terminal-chat",
        name="Terminal chat",
        type="chat",
        definition=ToolDefinition(behavior=args.tool_behavior, model=ai.model or ai.kind),
    )
    return ChatOptions(
        modules_dir=Path(args.modules),
        database=_database(args),
        user=User(id=args.user, role=args.role),
        tool=tool,
        ai=ai,
        trace=args.trace,
        watch=args.watch,
        grant_secrets=_grants(args),
    )


def cmd_demo(args: argparse.Namespace) -> int:
    """The scripted chat demonstration (raptscallions/_demo.py)."""
    from ._demo import run_demo

    database = _database(args)
    modules = _modules_folder(args.modules)
    return run_demo(modules, database, _progress(_console(stderr=True)))


def cmd_serve(args: argparse.Namespace) -> int:
    """The HTTP server (raptscallions.web), or the demo until the server exists."""
    database = _database(args)
    grants = _grants(args)
    serve_main = _serve_main()
    if serve_main is None:
        _console(stderr=True).print(
            Text(
                "the HTTP server is not built yet; running the chat demo instead "
                "(raptscallions demo)",
                style="yellow",
            )
        )
        return cmd_demo(args)
    modules = Path(args.modules)
    if not modules.is_dir():
        raise UsageError(f"{modules} is not a folder (--modules DIR)")
    code: int = serve_main(
        modules, database, host=args.host, port=args.port, watch=args.watch, grant_secrets=grants
    )
    return code


def _serve_main() -> Callable[..., int] | None:
    """`raptscallions.web.serve_main`, or None while the package or the function is missing.

    Raises: UsageError when the package exists but cannot be imported."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("raptscallions.web") is None:
        return None
    try:
        web = importlib.import_module("raptscallions.web")
    except ImportError as exc:
        raise UsageError(
            f"the HTTP server (raptscallions.web) cannot be imported: {exc}", exit_code=1
        ) from None
    serve_main: Callable[..., int] | None = getattr(web, "serve_main", None)
    return serve_main


# --- bench ----------------------------------------------------------------------------------


def cmd_bench(args: argparse.Namespace) -> int:
    """Run the benchmark suite in `benchmarks/` (each `bench_*.py` module's `main`)."""
    import importlib
    import time

    folder = Path(args.dir).resolve()
    if not (folder / "__init__.py").is_file():
        raise UsageError(f"{folder} is not a benchmarks folder (run from the repository root)")
    sys.path.insert(0, str(folder.parent))
    names = sorted(p.stem for p in folder.glob("bench_*.py"))
    if args.only:
        chosen = [n for n in names if any(o in n for o in args.only)]
        if not chosen:
            raise UsageError(
                f"no benchmark matches {', '.join(args.only)} (there are: {', '.join(names)})"
            )
        names = chosen
    out = _console()
    results: list[object] = []  # the figures of benchmarks whose main returns them
    for i, name in enumerate(names, 1):
        out.print(Text(f"[{i}/{len(names)}] {name}", style="bold"))
        start = time.perf_counter()
        module = importlib.import_module(f"{folder.name}.{name}")
        figures = module.main(args.extra or [])
        if isinstance(figures, list):
            results.extend(figures)
        out.print(Text(f"  ({time.perf_counter() - start:.1f} s)\n", style="dim"))
    if results or args.json:
        importlib.import_module(f"{folder.name}._common").report(results, args.json)
    return 0


# --- the parser -----------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse with errors on one line, naming the help to read."""

    def error(self, message: str) -> NoReturn:
        _report(f"{message} (see '{self.prog} --help')")
        self.exit(2)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions wrapped to the terminal, paragraph by paragraph; examples (a block that
    starts with "examples:" or is indented) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            if block.startswith(("examples:", " ")):
                blocks.append(textwrap.indent(block, indent))
            else:
                words = " ".join(block.split())
                blocks.append(
                    textwrap.fill(words, width, initial_indent=indent, subsequent_indent=indent)
                )
        return "\n\n".join(blocks)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port must be a number (got {value!r})") from None
    if not 0 <= port < 65536:
        raise argparse.ArgumentTypeError(
            f"port must be between 0 and 65535, 0 for any free port (got {port})"
        )
    return port


def _add_modules(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--modules",
        default="modules",
        metavar="DIR",
        help="the modules folder (default: modules)",
    )


def _add_grant_secret(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--grant-secret",
        dest="grants",
        action="append",
        default=[],
        type=_grant_option,
        metavar="MODULE=VAR[,VAR...]",
        help="let MODULE's worker have these variables of this process's environment, if its "
        "module.yaml declares them under secrets (names only: the values are read from the "
        f"environment); repeatable, added to ${ENV_GRANT_SECRETS}",
    )


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        "--database",
        dest="database",
        metavar="URL",
        help=f"the store: {STORE_EXAMPLES} (default: ${ENV_DATABASE}, else {DEFAULT_DATABASE})",
    )


def build_parser() -> argparse.ArgumentParser:
    fmt = _Formatter
    parser = _Parser(
        prog="raptscallions",
        description="Create, check and run raptscallions modules: plugins that filter, "
        "steer and observe an AI tutoring chat.",
        epilog="examples:\n"
        "  raptscallions new word-guard        # scaffold modules/word-guard\n"
        "  raptscallions check                 # validate and load every module in modules/\n"
        "  raptscallions chat --trace          # chat through the modules in the terminal\n"
        "  raptscallions serve                 # the HTTP server (admin UI and chat API)\n"
        "\n"
        "`raptscallions COMMAND --help` describes each command; docs/operator-guide.md, "
        "section 3, all of them.",
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"raptscallions {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser(
        "new",
        help="create a module folder: manifest, code, a passing test and a README",
        description="Create DIR/NAME with a working module to start from: module.yaml, "
        "module.py (a word filter that also counts words), tests/test_NAME.py (passes as "
        "written) and README.md. An existing folder is left alone unless --force.",
        epilog="examples:\n"
        "  raptscallions new word-guard\n"
        "  raptscallions new answer-check --hook chat:before_ai --hook chat:after_ai\n"
        "  raptscallions new draft --modules /tmp/modules --force",
        formatter_class=fmt,
    )
    new.add_argument(
        "name",
        metavar="NAME",
        help="the module's name: lowercase letters, digits and hyphens, starting with a "
        "letter, at most 64 characters",
    )
    _add_modules(new)
    new.add_argument(
        "--hook",
        dest="hooks",
        action="append",
        metavar="HOOK",
        help="a hook for the module to handle; repeat for several (default: chat:before_ai)",
    )
    new.add_argument(
        "--force", action="store_true", help="write the files even if the folder exists"
    )
    new.set_defaults(func=cmd_new)

    check = sub.add_parser(
        "check",
        help="validate the modules in a folder and load each one in a worker",
        description="Validate every module folder in DIR (manifest, config schema, "
        "dependencies), then load each valid module in a worker process as the engine would "
        "(import, handlers against hooks, on_load). One line per module.\n\nExit status: 0 all "
        "valid, 1 any error, 2 DIR is not a folder.",
        epilog="examples:\n  raptscallions check\n  raptscallions check --no-load /srv/modules",
        formatter_class=fmt,
    )
    check.add_argument(
        "dir", nargs="?", default="modules", help="modules folder (default: modules)"
    )
    check.add_argument(
        "--no-load",
        dest="load",
        action="store_false",
        help="only validate manifests; do not start each module in a worker",
    )
    check.set_defaults(func=cmd_check)

    chat = sub.add_parser(
        "chat",
        help="chat in the terminal through the modules and the configured AI",
        description="Start the store and the modules (one worker each), open a chat session "
        "and send each line of standard input (a terminal or a pipe) as the student's "
        "message; print each reply, marking blocked ones. Commands: /trace, /modules, /help, "
        "/quit (or Ctrl-D, or the end of piped input).\n\nThe AI is the offline echo model "
        "(it answers with what reached it) unless an OpenAI-compatible endpoint is "
        "configured: --ai-base-url or $RAPTSCALLIONS_AI_BASE_URL, --ai-model or "
        "$RAPTSCALLIONS_AI_MODEL, and the key in $RAPTSCALLIONS_AI_API_KEY.\n\nExit status: 0, "
        "1 if a message failed or the store or a required module could not start, 2 for bad "
        "usage, 130 on Ctrl-C.",
        epilog="examples:\n"
        "  raptscallions chat --trace\n"
        "  echo 'my email is sam@example.com' | raptscallions chat --db sqlite:////tmp/c.db\n"
        "  RAPTSCALLIONS_AI_BASE_URL=https://api.openai.com/v1 RAPTSCALLIONS_AI_MODEL="
        "gpt-4o-mini \\\n"
        "    RAPTSCALLIONS_AI_API_KEY=sk-... raptscallions chat",
        formatter_class=fmt,
    )
    _add_modules(chat)
    _add_database(chat)
    chat.add_argument(
        "--user", default="cli-user", metavar="ID", help="the user's id (default: cli-user)"
    )
    chat.add_argument(
        "--role",
        choices=("student", "teacher", "admin"),
        default="student",
        help="the user's role (default: student)",
    )
    chat.add_argument(
        "--tool-behavior",
        default="You are a patient tutor.",
        metavar="TEXT",
        help="the tool's system prompt (default: 'You are a patient tutor.')",
    )
    chat.add_argument(
        "--ai",
        choices=("echo", "openai"),
        help="the AI: echo (offline) or openai (any OpenAI-compatible endpoint); default: "
        "openai when a base URL is set, else echo",
    )
    chat.add_argument(
        "--ai-base-url",
        metavar="URL",
        help="the endpoint, e.g. https://api.openai.com/v1 (default: $RAPTSCALLIONS_AI_BASE_URL)",
    )
    chat.add_argument(
        "--ai-model", metavar="NAME", help="the model (default: $RAPTSCALLIONS_AI_MODEL)"
    )
    chat.add_argument(
        "--ai-api-key",
        metavar="KEY",
        help="the API key (default: $RAPTSCALLIONS_AI_API_KEY, which keeps it out of the "
        "process list)",
    )
    chat.add_argument(
        "--trace",
        action="store_true",
        help="show what each module did for each message (toggle with /trace)",
    )
    chat.add_argument(
        "--watch",
        action="store_true",
        help="reload a module when its files change, during the chat",
    )
    _add_grant_secret(chat)
    chat.set_defaults(func=cmd_chat)

    serve = sub.add_parser(
        "serve",
        help="run the HTTP server: admin UI, admin API and chat API",
        description="Run the HTTP server (docs/http-api.md) over the modules folder and the "
        "store, reloading modules when their files change, until Ctrl-C or SIGTERM. The admin "
        f"API's bearer token is ${ENV_ADMIN_TOKEN} (kept off the command line, which other "
        "users of the machine can read); without it one is generated and printed. The AI is "
        "configured as for chat ($RAPTSCALLIONS_AI_BASE_URL, ...), else the echo model.\n\n"
        "Module workers get none of the server's environment variables but a few harmless "
        "ones; --grant-secret (or $RAPTSCALLIONS_GRANT_SECRETS) gives a module those it "
        "declares under secrets in its module.yaml.",
        epilog="examples:\n"
        "  raptscallions serve\n"
        "  raptscallions serve --host 0.0.0.0 --port 8080 "
        "--db postgresql://app@db:5432/raptscallions\n"
        "  OPENAI_API_KEY=sk-... raptscallions serve --grant-secret safety-filter=OPENAI_API_KEY",
        formatter_class=fmt,
    )
    _add_modules(serve)
    _add_database(serve)
    serve.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="the port to listen on; 0 picks a free one (default: 8000)",
    )
    serve.add_argument(
        "--no-watch",
        dest="watch",
        action="store_false",
        help="do not reload modules when their files change",
    )
    _add_grant_secret(serve)
    serve.set_defaults(func=cmd_serve)

    demo = sub.add_parser(
        "demo",
        help="a scripted chat session through the modules, on the offline echo model",
        description="Start the store and the modules, send eight sample student messages "
        "(personal data, self-harm, struggling) through the chat pipeline, and show what each "
        "module did, what the AI received, the stored messages and the extractions.",
        epilog="examples:\n  raptscallions demo\n  raptscallions demo --db sqlite:////tmp/demo.db",
        formatter_class=fmt,
    )
    _add_modules(demo)
    _add_database(demo)
    demo.set_defaults(func=cmd_demo)

    bench = sub.add_parser(
        "bench",
        help="run the benchmarks (from the repository)",
        description="Run the benchmark suite in benchmarks/: each bench_*.py compares the "
        "engine against a baseline measured in the same run.",
        epilog="examples:\n"
        "  raptscallions bench\n"
        "  raptscallions bench roundtrip\n"
        "  raptscallions bench --json docs/performance.json\n"
        "  raptscallions bench chain --extra --quick",
        formatter_class=fmt,
    )
    bench.add_argument("only", nargs="*", help="run only benchmarks whose name contains this")
    bench.add_argument("--dir", default="benchmarks", help="benchmarks folder")
    bench.add_argument("--json", metavar="PATH", help="write the figures (and a PNG plot) here")
    bench.add_argument("--extra", nargs=argparse.REMAINDER, help="arguments for each benchmark")
    bench.set_defaults(func=cmd_bench)
    return parser


# --- main -----------------------------------------------------------------------------------


def _leaves(exc: BaseException) -> list[BaseException]:
    """The exceptions inside `exc` (itself when it is not a group), trio's `Cancelled` left
    out: it only says that something else went wrong."""
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for sub in exc.exceptions for leaf in _leaves(sub)]
    trio = sys.modules.get("trio")
    return [] if trio is not None and isinstance(exc, trio.Cancelled) else [exc]


def _failure(exc: BaseException) -> int:
    """Report the exception that ended a command; the exit status.

    Raises: `exc` again when $RAPTSCALLIONS_TRACEBACK is set (interruptions aside)."""
    leaves = _leaves(exc) or [exc]
    if any(isinstance(leaf, KeyboardInterrupt) for leaf in leaves):
        _console(stderr=True).print(Text("interrupted", style="yellow"))
        return 130
    if os.environ.get(ENV_TRACEBACK):
        raise exc
    if any(isinstance(leaf, BrokenPipeError) for leaf in leaves):
        # The reader went away (`raptscallions chat | head`): nothing more to say to it.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    known = [leaf for leaf in leaves if isinstance(leaf, RaptscallionsError | OSError)]
    if len(known) < len(leaves):
        odd = next(leaf for leaf in leaves if leaf not in known)
        _report(
            f"unexpected {type(odd).__name__}: {odd} (a bug in raptscallions; run again with "
            f"{ENV_TRACEBACK}=1 to see where)"
        )
        return 1
    _report("\n".join(dict.fromkeys(str(leaf) for leaf in known)))
    return int(getattr(known[0], "exit_code", 1))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except SystemExit:
        raise
    except BaseException as exc:
        return _failure(exc)
    return code


if __name__ == "__main__":
    sys.exit(main())
