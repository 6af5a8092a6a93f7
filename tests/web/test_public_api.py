"""Pins the public namespace of `raptscallions.web` (a name added or removed is an API
change, made on purpose)."""

from __future__ import annotations

import raptscallions.web as web
from raptscallions.web._app import create_app
from raptscallions.web._serve import serve_main


def test_the_public_names() -> None:
    assert sorted(web.__all__) == ["create_app", "serve_main"]
    assert web.create_app is create_app and web.serve_main is serve_main
