"""The optional second opinion (``moderation.py``): parsing answers, what they change, and the
module against a real HTTP server on loopback (``OpenAIStub``): agreement, escalation, a
guard model behind chat completions, and the fallback when it is unreachable, slow or
failing. One test runs the module in a real (sandboxed) worker process, to show that a
module may call out over the network."""

from __future__ import annotations

import importlib
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import trio

from raptscallions.sdk import Block, Continue, Module
from raptscallions.sdk.testing import load_module_folder, mock_context, run_hook, run_module
from raptscallions.testing.openai_stub import OpenAIStub

FOLDER = Path(__file__).resolve().parents[1]
HOOK = "chat:before_ai"


# The module's folder, imported once as the engine imports it (a package, so that its
# files' relative imports work); its files are taken from that one package.
_LOADED = load_module_folder(FOLDER)
PACKAGE = next(iter(_LOADED.handlers.values())).__module__.rpartition(".")[0]


def _submodule(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.{name}")


moderation: Any = _submodule("moderation")
detect: Any = _submodule("detect")

BENIGN = "can you help me with my fractions homework"
EXPLICIT = "i want to kill myself tonight"
MODEL_ONLY = "i gave my cat to my neighbor since i won't be around to feed her much longer"


@pytest.fixture
def module() -> Module:
    return load_module_folder(FOLDER)


def flag_of(extractions: Any) -> dict[str, Any]:
    (flag,) = [e for e in extractions if e.type == "safety_flag"]
    return dict(flag.data)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# ------------------------------------------------------------------------------------------
# Pure parts
# ------------------------------------------------------------------------------------------


def test_settings_defaults_and_errors() -> None:
    assert moderation.settings_from(None) is None
    assert moderation.settings_from({}) is None
    s = moderation.settings_from({"url": "http://x/v1"})
    assert (s.kind, s.model, s.timeout_ms, s.when, s.can_clear) == (
        "moderations",
        "omni-moderation-latest",
        1500,
        "flagged_or_uncertain",
        False,
    )
    with pytest.raises(ValueError, match="url"):
        moderation.settings_from({"kind": "chat"})


def test_request_urls() -> None:
    s = moderation.settings_from({"url": "http://h/v1/"})
    url, body = moderation.request_for(s, "hi")
    assert url == "http://h/v1/moderations" and body["input"] == "hi"
    c = moderation.settings_from({"url": "http://h/v1/chat/completions", "kind": "chat"})
    url, body = moderation.request_for(c, "hi")
    assert url == "http://h/v1/chat/completions"
    assert body["messages"][-1] == {"role": "user", "content": "hi"}


def _mod(flagged: bool, **categories: bool) -> dict[str, Any]:
    cats = {k.replace("__", "/").replace("_", "-"): v for k, v in categories.items()}
    return {"results": [{"flagged": flagged, "categories": cats, "category_scores": {}}]}


def test_parse_moderations() -> None:
    v = moderation.parse_moderations(_mod(True, self_harm__intent=True))
    assert (v.status, v.category) == ("flagged", "self_harm")
    assert moderation.parse_moderations(_mod(True, harassment__threatening=True)).category == (
        "violence"
    )
    outside = moderation.parse_moderations(_mod(True, harassment=True))
    assert outside.status == "clear" and outside.labels == ("harassment",)
    assert moderation.parse_moderations(_mod(False)).status == "clear"
    assert moderation.parse_moderations({"nope": 1}).status == "unavailable"


@pytest.mark.parametrize(
    ("content", "status", "category"),
    [
        ("safe", "clear", None),
        ("unsafe: self_harm", "flagged", "self_harm"),
        ("unsafe\nS11", "flagged", "self_harm"),
        ("unsafe\nS1", "flagged", "violence"),
        ('{"flagged": true, "category": "concern_for_other"}', "flagged", "concern_for_other"),
        ('{"flagged": false}', "clear", None),
        ("unsafe\nS2", "clear", None),
        ("I am not sure what you mean", "unavailable", None),
    ],
)
def test_parse_chat(content: str, status: str, category: str | None) -> None:
    v = moderation.parse_chat({"choices": [{"message": {"content": content}}]})
    assert (v.status, v.category) == (status, category)


def _detection(*findings: Any, uncertain: tuple[str, ...] = ()) -> Any:
    return detect.Detection(tuple(findings), "medium", {"self_harm": 0.4}, {}, uncertain)


RULE = detect.Finding("self_harm", "rule", "self_harm.kms", "low", "critical", 0.9, ("kms",))
MODEL = detect.Finding("self_harm", "model", "model.self_harm", "medium", "high", 0.6, ("x",))


def test_should_ask() -> None:
    s = moderation.settings_from({"url": "http://h"})
    assert moderation.should_ask(s, _detection(RULE))
    assert moderation.should_ask(s, _detection(uncertain=("self_harm",)))
    assert not moderation.should_ask(s, _detection())
    only_flagged = moderation.settings_from({"url": "http://h", "when": "flagged"})
    assert not moderation.should_ask(only_flagged, _detection(uncertain=("self_harm",)))
    always = moderation.settings_from({"url": "http://h", "when": "always"})
    assert moderation.should_ask(always, _detection())


def test_combine() -> None:
    s = moderation.settings_from({"url": "http://h"})
    clearing = moderation.settings_from({"url": "http://h", "can_clear": True})
    flagged = moderation.Verdict("flagged", "self_harm", ("self-harm",))
    clear = moderation.Verdict("clear")
    down = moderation.Verdict("unavailable", detail="timeout")
    assert moderation.combine(_detection(RULE), flagged, s) == ((RULE,), "agreed")
    assert moderation.combine(_detection(RULE), clear, clearing) == ((RULE,), "disagreed")
    assert moderation.combine(_detection(MODEL), clear, s) == ((MODEL,), "disagreed")
    assert moderation.combine(_detection(MODEL), clear, clearing) == ((), "cleared")
    assert moderation.combine(_detection(MODEL), down, s) == ((MODEL,), "unavailable")
    found, record = moderation.combine(_detection(), flagged, s)
    assert record == "flagged" and found[0].source == "moderation"
    assert found[0].rule == "moderation.self-harm" and found[0].category == "self_harm"
    assert moderation.combine(_detection(), None, None) == ((), None)


# ------------------------------------------------------------------------------------------
# Through the module, against a real HTTP server
# ------------------------------------------------------------------------------------------


def flags_words(*words: str) -> Any:
    return lambda text: any(w in text for w in words)


async def run(
    module: Module, text: str, settings: Mapping[str, Any], **config: Any
) -> tuple[Any, list[Any]]:
    result, extractions, _ = await run_hook(
        module, HOOK, mock_context(message=text), config={"moderation": dict(settings), **config}
    )
    return result, list(extractions)


async def test_second_opinion_agrees_and_is_recorded(module: Module) -> None:
    stub = OpenAIStub(flagged=flags_words("kill"), flag_category="self-harm/intent")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        result, extractions = await run(module, EXPLICIT, {"url": base_url})
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block) and result.reason == "safety:self_harm"
    flag = flag_of(extractions)
    assert flag["moderation"] == "agreed" and flag["source"] == "rule"
    (request,) = stub.requests
    assert request.path == "/v1/moderations" and request.body["input"] == EXPLICIT


async def test_second_opinion_can_block_what_the_local_detector_let_through(
    module: Module,
) -> None:
    stub = OpenAIStub(flagged=flags_words("fractions"), flag_category="violence")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        result, extractions = await run(module, BENIGN, {"url": base_url, "when": "always"})
        quiet, none = await run(module, BENIGN, {"url": base_url})  # not flagged, not uncertain
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block) and result.reason == "safety:violence"
    flag = flag_of(extractions)
    assert flag["source"] == "moderation" and flag["moderation"] == "flagged"
    assert flag["rule"] == "moderation.violence" and flag["severity"] == "high"
    assert quiet == Continue() and none == [] and len(stub.requests) == 1


async def test_a_flag_outside_our_categories_blocks_nothing(module: Module) -> None:
    stub = OpenAIStub(flagged=lambda _t: True, flag_category="harassment")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        result, extractions = await run(module, BENIGN, {"url": base_url, "when": "always"})
        nursery.cancel_scope.cancel()
    assert result == Continue() and extractions == []


async def test_guard_model_behind_chat_completions(module: Module) -> None:
    answers = {"text": "unsafe: violence"}
    stub = OpenAIStub(reply=lambda body: answers["text"])
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        settings = {"url": base_url, "kind": "chat", "model": "guard-1", "when": "always"}
        result, extractions = await run(module, BENIGN, settings)
        answers["text"] = "safe"
        cleared, none = await run(module, MODEL_ONLY, {**settings, "can_clear": True})
        kept, kept_flags = await run(module, EXPLICIT, {**settings, "can_clear": True})
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block) and flag_of(extractions)["rule"] == "moderation.violence"
    assert stub.requests[0].path == "/v1/chat/completions"
    assert stub.requests[0].body["model"] == "guard-1"
    assert cleared == Continue() and none == []  # the model alone blocked it; "safe" lifts it
    assert isinstance(kept, Block)  # a rule's block stands whatever the second opinion says
    assert flag_of(kept_flags)["moderation"] == "disagreed"


async def test_unreachable_second_opinion_leaves_the_local_decision(module: Module) -> None:
    settings = {"url": closed_port_url(), "timeout_ms": 1000}
    result, extractions, logs = await run_hook(
        module, HOOK, mock_context(message=EXPLICIT), config={"moderation": settings}
    )
    assert isinstance(result, Block)
    flag = flag_of(extractions)
    assert flag["moderation"] == "unavailable" and flag["rule"] == "self_harm.kill_myself"
    assert any("unavailable" in r.message for r in logs)
    fine, none = await run(module, BENIGN, {**settings, "when": "always"})
    assert fine == Continue() and none == []


async def test_slow_second_opinion_times_out_and_the_local_detector_decides(
    module: Module,
) -> None:
    stub = OpenAIStub(flagged=lambda _t: True, flag_category="self-harm")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        stub.delay_next(5.0)
        result, extractions = await run(module, MODEL_ONLY, {"url": base_url, "timeout_ms": 200})
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block)
    flag = flag_of(extractions)
    assert flag["moderation"] == "unavailable" and flag["source"] == "model"
    assert "200 ms" in flag["moderation_detail"]


async def test_failing_second_opinion(module: Module) -> None:
    stub = OpenAIStub()
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        stub.fail_next(500)
        result, extractions = await run(module, EXPLICIT, {"url": base_url})
        stub.fail_next(200, body="not json")
        again, again_flags = await run(module, EXPLICIT, {"url": base_url})
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block) and flag_of(extractions)["moderation_detail"] == "HTTP 500"
    assert isinstance(again, Block) and flag_of(again_flags)["moderation"] == "unavailable"


async def test_api_key_from_the_environment(
    module: Module, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFETY_TEST_KEY", "sk-test-123")
    stub = OpenAIStub(api_key="sk-test-123", flagged=lambda _t: True, flag_category="self-harm")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        settings = {"url": base_url, "api_key_env": "SAFETY_TEST_KEY"}
        _, extractions = await run(module, EXPLICIT, settings)
        nursery.cancel_scope.cancel()
    assert stub.requests[0].authorization == "Bearer sk-test-123"
    assert flag_of(extractions)["moderation"] == "agreed"


async def test_no_second_opinion_when_not_configured(module: Module) -> None:
    result, extractions, _ = await run_hook(module, HOOK, mock_context(message=EXPLICIT))
    assert isinstance(result, Block) and "moderation" not in flag_of(extractions)


async def test_a_real_worker_may_call_out_over_http() -> None:
    # The sandbox confines files, not sockets: the worker reaches the stub on loopback.
    stub = OpenAIStub(flagged=flags_words("fractions"), flag_category="violence")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        result, extractions, _ = await run_module(
            FOLDER,
            HOOK,
            mock_context(message=BENIGN),
            config={"moderation": {"url": base_url, "when": "always"}},
            timeout_s=30,
        )
        nursery.cancel_scope.cancel()
    assert isinstance(result, Block) and result.reason == "safety:violence"
    assert flag_of(extractions)["source"] == "moderation"
    assert [r.path for r in stub.requests] == ["/v1/moderations"]


async def test_a_missing_key_is_explained(module: Module, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFETY_TEST_KEY", raising=False)
    stub = OpenAIStub(api_key="sk-test-123")
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        settings = {"url": base_url, "api_key_env": "SAFETY_TEST_KEY"}
        result, extractions = await run(module, EXPLICIT, settings)
        nursery.cancel_scope.cancel()
    flag = flag_of(extractions)
    assert isinstance(result, Block) and flag["moderation"] == "unavailable"
    assert flag["moderation_detail"].startswith(
        "HTTP 401 (no API key sent: SAFETY_TEST_KEY is not in the module's environment"
    )


async def test_the_engine_gives_a_worker_the_key_an_operator_granted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the engine, with real workers: the key reaches the endpoint only when granted
    (the manifest declares OPENAI_API_KEY); the worker's environment holds nothing else."""
    import shutil

    from raptscallions.engine import open_engine

    monkeypatch.setenv("OPENAI_API_KEY", "sk-granted-7c41")
    modules = tmp_path / "modules"
    shutil.copytree(FOLDER, modules / "safety-filter", ignore=shutil.ignore_patterns("tests"))
    stub = OpenAIStub(api_key="sk-granted-7c41", flagged=lambda _t: True, flag_category="violence")
    seen: dict[str, Any] = {}
    async with trio.open_nursery() as nursery:
        base_url = await nursery.start(stub.serve)
        setting = {"url": base_url, "api_key_env": "OPENAI_API_KEY", "when": "always"}
        for granted in (True, False):
            grants = {"safety-filter": ["OPENAI_API_KEY"]} if granted else None
            async with open_engine(modules, grant_secrets=grants) as engine:
                await engine.update_config("safety-filter", {"moderation": setting})
                outcome = await engine.execute_hook(HOOK, mock_context(message=BENIGN))
                seen[f"granted={granted}"] = (outcome, engine.status("safety-filter").secrets)
        nursery.cancel_scope.cancel()
    outcome, secrets = seen["granted=True"]
    assert outcome.blocked and outcome.reason == "safety:violence"
    assert secrets.granted == ("OPENAI_API_KEY",)
    assert secrets.missing == {"MODERATION_API_KEY": "not granted"}
    outcome, secrets = seen["granted=False"]
    assert not outcome.blocked  # a 401: the local detector decides, and lets it through
    assert secrets.granted == ()
    assert [r.authorization for r in stub.requests] == ["Bearer sk-granted-7c41", None]
