"""``python -m raptscallions.web --modules DIR --db URL --host H --port P``: run the server
(`serve_main`). The admin token comes from RAPTSCALLIONS_ADMIN_TOKEN (never the command
line, which other users of the machine can read); without it one is generated and printed.
Secrets are granted to modules by name (``--grant-secret MODULE=VAR``, and
RAPTSCALLIONS_GRANT_SECRETS); their values come from the server's environment, never from
the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..engine._secrets import GRANT_ENV, SecretGrantError, grants_from_env, parse_grants
from ._serve import DEFAULT_DATABASE, DEFAULT_MAX_BODY, GRACEFUL_TIMEOUT_S, serve_main


def grant_option(value: str) -> dict[str, frozenset[str]]:
    """One ``--grant-secret MODULE=VAR[,VAR...]`` value (argparse's `type`)."""
    try:
        return parse_grants(value, source=None)
    except SecretGrantError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m raptscallions.web",
        description="Serve the raptscallions API, web UI, /healthz and /metrics.",
    )
    p.add_argument(
        "--modules",
        type=Path,
        default=Path("modules"),
        metavar="DIR",
        help="the folder of module folders (default: ./modules)",
    )
    p.add_argument(
        "--db",
        "--database",
        dest="database",
        default=os.environ.get("RAPTSCALLIONS_DATABASE_URL") or DEFAULT_DATABASE,
        metavar="URL",
        help="sqlite:///path.db or postgresql://... (default: RAPTSCALLIONS_DATABASE_URL, "
        f"else {DEFAULT_DATABASE})",
    )
    p.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    p.add_argument("--port", type=int, default=8000, help="the port (0: pick a free one)")
    p.add_argument(
        "--max-body",
        type=int,
        default=DEFAULT_MAX_BODY,
        metavar="BYTES",
        help=f"the largest request body accepted (default {DEFAULT_MAX_BODY})",
    )
    p.add_argument(
        "--graceful-timeout",
        type=float,
        default=GRACEFUL_TIMEOUT_S,
        metavar="S",
        help="on shutdown, how long requests in flight may take to finish",
    )
    p.add_argument(
        "--no-watch",
        dest="watch",
        action="store_false",
        help="do not reload modules whose files change",
    )
    p.add_argument(
        "--grant-secret",
        dest="grants",
        action="append",
        default=[],
        type=grant_option,
        metavar="MODULE=VAR[,VAR...]",
        help="let MODULE's worker have these variables of the server's environment, if its "
        f"module.yaml declares them under secrets; repeatable (added to ${GRANT_ENV})",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        grants = grants_from_env(*args.grants)
    except SecretGrantError as exc:
        print(f"raptscallions: cannot start: {exc}", file=sys.stderr)
        return 1
    return serve_main(
        args.modules,
        args.database,
        host=args.host,
        port=args.port,
        watch=args.watch,
        max_body=args.max_body,
        graceful_timeout=args.graceful_timeout,
        grant_secrets=grants,
    )


if __name__ == "__main__":
    sys.exit(main())
