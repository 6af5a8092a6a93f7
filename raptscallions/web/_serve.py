"""`serve_main`: the store, the engine, the pipelines and the app, served by hypercorn on trio.

Rules of this file: the order of opening is store, engine, services, server, and closing is
the reverse: the first SIGINT or SIGTERM stops accepting, lets the requests in flight be
answered (hypercorn's graceful shutdown, bounded by `graceful_timeout`), ends the event
streams, then closes the engine (every worker unloaded, the writer's pending extractions and
logs flushed) and the store. A second signal cancels what is left; the engine still closes
(its shutdown is shielded). A signal during start-up abandons it the same way. The exit code
is 0 for a shutdown by signal and 1 for a server that could not start.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, Final, TextIO

import trio
from hypercorn.config import Config
from hypercorn.trio import serve as hypercorn_serve
from starlette.applications import Starlette

from ..chat import AIModel, ChatService, EchoModel, OpenAICompatible, ProductService
from ..engine import open_engine
from ..engine._secrets import Grants, check_grants, grants_from_env
from ..sdk import RaptscallionsError
from ..store import open_store
from ._app import begin_shutdown, create_app

log = logging.getLogger("raptscallions.web")

DEFAULT_DATABASE: Final = "sqlite:///raptscallions.db"
DEFAULT_MAX_BODY: Final = 1_048_576
GRACEFUL_TIMEOUT_S: Final = 30.0
TOKEN_ENV: Final = "RAPTSCALLIONS_ADMIN_TOKEN"
AI_URL_ENV: Final = "RAPTSCALLIONS_AI_BASE_URL"
AI_KEY_ENV: Final = "RAPTSCALLIONS_AI_API_KEY"
AI_MODEL_ENV: Final = "RAPTSCALLIONS_AI_MODEL"


def bind_address(host: str, port: int) -> str:
    """hypercorn's ``host:port`` (an IPv6 address in brackets)."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{host}:{port}"


def ai_from_env(env: dict[str, str] | os._Environ[str] = os.environ) -> AIModel | None:
    """`OpenAICompatible` when RAPTSCALLIONS_AI_BASE_URL is set, else None (the echo model).

    Raises:
        ConfigError: the URL is not an http(s) URL.
    """
    base_url = env.get(AI_URL_ENV)
    if not base_url:
        return None
    return OpenAICompatible(
        base_url, api_key=env.get(AI_KEY_ENV, ""), model=env.get(AI_MODEL_ENV, "")
    )


class _Server:
    """One run of the server: its settings and where it is in its life."""

    def __init__(
        self,
        modules_dir: Path,
        database: str,
        *,
        host: str,
        port: int,
        token: str,
        watch: bool,
        ai: AIModel,
        max_body: int,
        graceful_timeout: float,
        announce: Callable[[str], None],
        grant_secrets: Grants | None = None,
    ) -> None:
        self.modules_dir = modules_dir
        self.grant_secrets = grant_secrets
        self.database = database
        self.host = host
        self.port = port
        self.token = token
        self.watch = watch
        self.ai = ai
        self.max_body = max_body
        self.graceful_timeout = graceful_timeout
        self.announce = announce
        self.stop = trio.Event()  # the first signal: shut down gracefully
        self.run_scope = trio.CancelScope()  # cancelled by a second signal, or at start-up
        self.app: Starlette | None = None

    async def main(self) -> None:
        with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(self._watch_signals, signals)
                with self.run_scope:
                    await self._run()
                nursery.cancel_scope.cancel()

    async def _watch_signals(self, signals: Any) -> None:
        async for signum in signals:
            name = signal.Signals(signum).name
            if self.app is None or self.stop.is_set():
                log.warning("%s: stopping now", name)
                self.run_scope.cancel()
            else:
                log.info("%s: shutting down (requests in flight are answered first)", name)
                self.stop.set()

    async def _shutdown_trigger(self) -> None:
        await self.stop.wait()
        if self.app is not None:
            begin_shutdown(self.app)

    async def _run(self) -> None:
        async with (
            open_store(self.database) as store,
            open_engine(
                self.modules_dir, store=store, watch=self.watch, grant_secrets=self.grant_secrets
            ) as engine,
        ):
            chat = ChatService(engine, store, self.ai)
            product = ProductService(engine, store, self.ai)
            app = create_app(engine, store, chat, product, token=self.token, max_body=self.max_body)
            config = Config()
            config.bind = [bind_address(self.host, self.port)]
            config.graceful_timeout = self.graceful_timeout
            # Longer than a load balancer's idle timeout (60 s is common): the balancer, not
            # the server, should close an idle connection, or a request sent on it as the
            # server closes it is lost ("server disconnected without sending a response").
            config.keep_alive_timeout = 75.0
            config.accesslog = None
            config.errorlog = logging.getLogger("hypercorn.error")
            asgi: Any = app  # Starlette's ASGI types are looser than hypercorn's
            async with trio.open_nursery() as nursery:
                binds: list[str] = await nursery.start(
                    partial(hypercorn_serve, asgi, config, shutdown_trigger=self._shutdown_trigger)
                )
                self.app = app
                ready = sum(1 for s in engine.statuses() if s.status == "ready")
                log.info("%d of %d module(s) ready", ready, len(engine.statuses()))
                self.announce(binds[0] if binds else f"http://{config.bind[0]}")
        log.info("stopped: every module unloaded, the store closed")


def serve_main(
    modules_dir: Path,
    database: str = DEFAULT_DATABASE,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    watch: bool = True,
    ai: AIModel | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    graceful_timeout: float = GRACEFUL_TIMEOUT_S,
    out: TextIO | None = None,
    grant_secrets: Grants | None = None,
) -> int:
    """Run the server until SIGINT or SIGTERM; the exit code (0 after a clean shutdown, 1
    when it could not start or failed, the reason printed to stderr).

    `token` defaults to RAPTSCALLIONS_ADMIN_TOKEN, else a generated one, printed. `ai`
    defaults to `OpenAICompatible` from RAPTSCALLIONS_AI_BASE_URL, RAPTSCALLIONS_AI_API_KEY
    and RAPTSCALLIONS_AI_MODEL when the URL is set, else the offline `EchoModel`.
    `grant_secrets` (module name to the names of environment variables its worker may get,
    when its manifest declares them) defaults to RAPTSCALLIONS_GRANT_SECRETS
    (``safety-filter=OPENAI_API_KEY,other-module=VAR``). `port` 0
    picks a free port; the line printed names the real one:
    ``raptscallions is serving http://127.0.0.1:8000  (admin token: ...)``.
    """
    out = out or sys.stdout
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    generated = token is None
    admin_token = token if token is not None else secrets.token_urlsafe(32)
    if max_body < 1:
        print(
            f"raptscallions: --max-body must be at least 1 byte (got {max_body})", file=sys.stderr
        )
        return 1
    if not 0 <= port <= 65535:
        print(f"raptscallions: the port must be from 0 to 65535 (got {port})", file=sys.stderr)
        return 1
    owned_ai: AIModel | None = None
    try:
        grants = grants_from_env() if grant_secrets is None else check_grants(grant_secrets)
        if ai is None:
            ai = owned_ai = ai_from_env()
    except RaptscallionsError as exc:
        print(f"raptscallions: cannot start: {exc}", file=sys.stderr)
        return 1

    if generated:
        shown = admin_token
    elif token == os.environ.get(TOKEN_ENV):
        shown = f"from {TOKEN_ENV}"
    else:
        shown = "as given"

    def announce(url: str) -> None:
        print(f"raptscallions is serving {url}  (admin token: {shown})", file=out, flush=True)

    server = _Server(
        Path(modules_dir),
        database,
        host=host,
        port=port,
        token=admin_token,
        watch=watch,
        ai=ai or EchoModel(),
        max_body=max_body,
        graceful_timeout=graceful_timeout,
        announce=announce,
        grant_secrets=grants,
    )
    try:
        trio.run(_main_closing, server, owned_ai)
    except BaseException as exc:  # reported below when it is ours or the system's
        problems = [e for e in _leaves(exc) if isinstance(e, RaptscallionsError | OSError)]
        if not problems or len(problems) != len(list(_leaves(exc))):
            raise
        what = "stopped" if server.app is not None else "cannot start"
        for problem in problems:
            print(f"raptscallions: {what}: {problem}", file=sys.stderr)
        return 1
    return 0


async def _main_closing(server: _Server, owned_ai: AIModel | None) -> None:
    try:
        await server.main()
    finally:
        if isinstance(owned_ai, OpenAICompatible):
            with trio.CancelScope(shield=True):
                await owned_ai.aclose()


def _leaves(exc: BaseException) -> Iterator[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            yield from _leaves(inner)
    else:
        yield exc
