"""The server of `raptscallions serve`: the HTTP API of docs/http-api.md, the web UI's
files, ``/healthz`` and ``/metrics``, on hypercorn (trio). Sits above the engine, the store
and the pipelines; nothing below imports it."""

from ._app import create_app as create_app
from ._serve import serve_main as serve_main

__all__ = ["create_app", "serve_main"]
