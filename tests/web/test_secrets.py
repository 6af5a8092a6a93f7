"""Secrets granted to a served module (``--grant-secret``): the module has the value; the
admin API shows the names granted and missing, never a value; nor does the server's log."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import running, write_module

VALUE = "sk-served-6d1f0a9b27"
TELLER = """
import os
@module.hook("chat:before_ai")
async def tell(ctx):
    return Continue(message=f"key is {os.environ.get('TELLER_KEY')}")
"""


def test_a_served_module_gets_its_granted_secret_and_the_api_shows_only_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELLER_KEY", VALUE)
    monkeypatch.setenv("UNDECLARED_KEY", "not-for-anyone")
    modules = tmp_path / "modules"
    write_module(modules, "teller", TELLER, secrets=["TELLER_KEY", "SPARE_KEY"])
    write_module(modules, "quiet", "pass\n")
    grants = ("--grant-secret", "teller=TELLER_KEY,UNDECLARED_KEY")
    with running(modules, tmp_path, extra=grants) as server:
        reply = server.send(server.start_session(), "hello")
        assert f"key is {VALUE}" in reply["response"]
        teller = server.check(server.http.get("/api/modules/teller"))
        assert teller["secrets"] == {
            "declared": ["TELLER_KEY", "SPARE_KEY"],
            "granted": ["TELLER_KEY"],
            "missing": {"SPARE_KEY": "not granted"},
            "undeclared": ["UNDECLARED_KEY"],
        }
        assert server.modules()["quiet"]["secrets"] == {
            "declared": [], "granted": [], "missing": {}, "undeclared": [],
        }  # fmt: skip
        listing = server.http.get("/api/modules").text + server.http.get("/api/logs").text
        assert VALUE not in listing and "TELLER_KEY" in listing
        server.stop_cleanly()
        output = server.output
    assert "UNDECLARED_KEY is granted to teller, but its module.yaml does not declare" in output
    assert VALUE not in output
