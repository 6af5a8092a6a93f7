"""`OpenAICompatible` against a real HTTP server on loopback (`OpenAIStub`): answers, the
retry policy, each way a provider can fail, timeouts and cancellation. No mocks."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest
import trio

from raptscallions.chat._ai import AIError, AIMessage, AIModel, AIRequest, AIUsage
from raptscallions.chat._openai import OpenAICompatible, retry_delay
from raptscallions.sdk._errors import ConfigError
from raptscallions.testing.openai_stub import OpenAIStub

KEY = "sk-test-0123456789abcdef"
COMPLETIONS = "/v1/chat/completions"


@pytest.fixture
async def stub(nursery: trio.Nursery) -> OpenAIStub:
    stub = OpenAIStub(api_key=KEY)
    await nursery.start(stub.serve)
    return stub


def make_model(base_url: str, **kwargs: Any) -> OpenAICompatible:
    """A model with fast retries, so that the whole file runs in seconds."""
    options: dict[str, Any] = {"timeout_s": 5.0, "backoff_s": 0.01, "max_backoff_s": 0.05}
    options.update(kwargs)
    return OpenAICompatible(base_url, options.pop("api_key", KEY), "gpt-test", **options)


def ask(text: str = "hello there", **kwargs: Any) -> AIRequest:
    return AIRequest((AIMessage("system", "Be brief."), AIMessage("user", text)), **kwargs)


async def fail(model: OpenAICompatible, request: AIRequest | None = None) -> AIError:
    with pytest.raises(AIError) as caught:
        await model.complete(request or ask())
    return caught.value


# -- answers ----------------------------------------------------------------------------------


async def test_success_maps_the_answer_and_sends_the_conversation(stub: OpenAIStub) -> None:
    async with make_model(stub.base_url) as model:
        checked: AIModel = model  # the protocol is satisfied
        response = await checked.complete(ask(model="tool-model", user_id="student-7"))

    assert model.name == f"openai-compatible({httpx.URL(stub.base_url).netloc.decode()})"
    assert response.content == "stub: hello there"
    assert response.model == "tool-model"
    assert response.finish_reason == "stop"
    assert response.usage == AIUsage(prompt_tokens=4, completion_tokens=3, total_tokens=7)
    [received] = stub.requests
    assert received.method == "POST" and received.path == COMPLETIONS
    assert received.authorization == f"Bearer {KEY}"
    assert received.body == {
        "model": "tool-model",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "hello there"},
        ],
        "user": "student-7",
    }


async def test_default_model_no_user_and_trailing_slash(stub: OpenAIStub) -> None:
    async with make_model(stub.base_url + "/") as model:
        response = await model.complete(ask())
    assert response.model == "gpt-test"
    [received] = stub.requests
    assert received.path == COMPLETIONS
    assert received.body["model"] == "gpt-test"
    assert "user" not in received.body


async def test_answer_without_usage(stub: OpenAIStub) -> None:
    stub.fail_next(200, body={"choices": [{"message": {"content": "hi"}}]})
    async with make_model(stub.base_url) as model:
        response = await model.complete(ask())
    assert (response.content, response.usage, response.model) == ("hi", None, "gpt-test")


# -- retries ----------------------------------------------------------------------------------


async def test_429_is_retried_after_retry_after(stub: OpenAIStub) -> None:
    stub.fail_next(429, retry_after=0.3)
    async with make_model(stub.base_url, max_backoff_s=5.0) as model:
        start = trio.current_time()
        response = await model.complete(ask())
        waited = trio.current_time() - start
    assert response.content == "stub: hello there"
    assert len(stub.requests) == 2
    assert 0.3 <= waited < 2.0


async def test_retry_after_is_capped_by_max_backoff(stub: OpenAIStub) -> None:
    stub.fail_next(429, retry_after=60)
    async with make_model(stub.base_url, max_backoff_s=0.05) as model:
        with trio.fail_after(3):
            await model.complete(ask())
    assert len(stub.requests) == 2


async def test_500_twice_then_success(stub: OpenAIStub) -> None:
    stub.fail_next(500, times=2)
    async with make_model(stub.base_url) as model:
        response = await model.complete(ask())
    assert response.content == "stub: hello there"
    assert len(stub.requests) == 3


async def test_retries_exhausted(stub: OpenAIStub) -> None:
    stub.fail_next(503, times=4, body={"error": {"message": "The engine is overloaded"}})
    async with make_model(stub.base_url, max_retries=3) as model:
        error = await fail(model)
    assert len(stub.requests) == 4
    assert (error.status, error.retryable, error.provider) == (503, True, model.name)
    assert "HTTP 503" in str(error)
    assert "The engine is overloaded" in str(error)
    assert "gave up after 4 attempts" in str(error)


async def test_400_is_not_retried(stub: OpenAIStub) -> None:
    stub.fail_next(
        400, body={"error": {"message": "Unknown model", "code": "model_not_found"}}, times=2
    )
    async with make_model(stub.base_url) as model:
        error = await fail(model)
    assert len(stub.requests) == 1
    assert (error.status, error.retryable) == (400, False)
    assert "Unknown model [model_not_found]" in str(error)
    assert "not retried (1 attempt)" in str(error)


async def test_wrong_key_is_401_and_never_shown(stub: OpenAIStub) -> None:
    wrong = "sk-wrong-key-999999999"
    async with make_model(stub.base_url, api_key=wrong) as model:
        error = await fail(model)
    assert len(stub.requests) == 1
    assert stub.requests[0].authorization == f"Bearer {wrong}"
    assert (error.status, error.retryable) == (401, False)
    assert "Incorrect API key provided" in str(error)
    assert wrong not in str(error)


async def test_provider_text_is_scrubbed_of_the_key(stub: OpenAIStub) -> None:
    stub.fail_next(400, body={"error": {"message": f"key {KEY} is suspended"}})
    async with make_model(stub.base_url) as model:
        error = await fail(model)
    assert KEY not in str(error)
    assert "key [api key] is suspended" in str(error)


async def test_non_json_error_body_is_quoted(stub: OpenAIStub) -> None:
    stub.fail_next(502, body="<html>Bad Gateway</html>")
    async with make_model(stub.base_url, max_retries=0) as model:
        error = await fail(model)
    assert (error.status, error.retryable) == (502, True)
    assert "Bad Gateway" in str(error)
    assert "retries are off" in str(error)


@pytest.mark.parametrize(
    "body",
    [
        "this is not JSON",
        {"choices": []},
        {"choices": [{"message": {"role": "assistant", "content": None}}]},
        {"object": "chat.completion"},
    ],
)
async def test_malformed_200_is_an_error(stub: OpenAIStub, body: Any) -> None:
    stub.fail_next(200, body=body)
    async with make_model(stub.base_url) as model:
        error = await fail(model)
    assert len(stub.requests) == 1
    assert (error.status, error.retryable) == (200, False)
    assert "not a chat completion" in str(error)


# -- timeouts, refusals, cancellation ---------------------------------------------------------


async def test_timeout(stub: OpenAIStub) -> None:
    # Real time and real sockets: each attempt gets a full second, so that on a loaded
    # machine the retry still reaches the server before its own timeout (with 0.2 s, a CI
    # run once saw the second attempt give up before the stub had read it). The stub holds
    # both answers back for 60 s, so finishing in well under that proves the timeouts fired.
    stub.delay_next(60, times=2)
    async with make_model(stub.base_url, timeout_s=1.0, max_retries=1) as model:
        start = trio.current_time()
        error = await fail(model)
        took = trio.current_time() - start
    assert 2.0 <= took < 30.0
    assert len(stub.requests) == 2
    assert (error.status, error.retryable) == (None, True)
    assert "no answer within 1 s" in str(error)
    assert "gave up after 2 attempts" in str(error)


async def test_connection_refused() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago and is closed now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with make_model(f"http://127.0.0.1:{port}/v1", max_retries=1) as model:
        with trio.fail_after(5):
            error = await fail(model)
    assert (error.status, error.retryable) == (None, True)
    assert model.name == f"openai-compatible(127.0.0.1:{port})"
    assert "could not connect" in str(error)
    assert "gave up after 2 attempts" in str(error)


async def test_cancellation_abandons_the_request(stub: OpenAIStub) -> None:
    stub.delay_next(10)
    async with make_model(stub.base_url, timeout_s=30) as model:
        start = trio.current_time()
        with trio.move_on_after(0.2) as scope:
            await model.complete(ask())
        assert scope.cancelled_caught
        assert trio.current_time() - start < 1.0
        # The model is still usable afterwards.
        response = await model.complete(ask("again"))
    assert response.content == "stub: again"


async def test_cancellation_during_backoff(stub: OpenAIStub) -> None:
    stub.fail_next(429, retry_after=10)
    async with make_model(stub.base_url, max_backoff_s=10) as model:
        with trio.move_on_after(0.3) as scope:
            await model.complete(ask())
    assert scope.cancelled_caught
    assert len(stub.requests) == 1


# -- lifecycle and configuration --------------------------------------------------------------


async def test_shared_client_is_left_open(stub: OpenAIStub) -> None:
    async with httpx.AsyncClient() as client:
        async with make_model(stub.base_url, client=client) as model:
            await model.complete(ask())
        assert not client.is_closed
    model = make_model(stub.base_url)
    await model.aclose()
    assert model._client.is_closed


@pytest.mark.parametrize(
    ("base_url", "kwargs", "fragment"),
    [
        ("ftp://example.com/v1", {}, r"http\(s\) URL"),
        ("api.openai.com/v1", {}, r"http\(s\) URL"),
        ("https://api.openai.com/v1", {"max_retries": -1}, "max_retries"),
        ("https://api.openai.com/v1", {"timeout_s": 0}, "timeout_s"),
    ],
)
def test_bad_configuration(base_url: str, kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        OpenAICompatible(base_url, KEY, "m", **kwargs)


def test_credentials_in_the_url_stay_out_of_messages() -> None:
    model = OpenAICompatible("https://user:secret@gateway.example:8443/v1", KEY, "m")
    assert model.name == "openai-compatible(gateway.example:8443)"
    assert "secret" not in repr(model)


def test_retry_delay_policy() -> None:
    def delay(attempt: int, rand: float, retry_after: float | None = None) -> float:
        return retry_delay(
            attempt, backoff_s=0.5, max_backoff_s=8.0, retry_after=retry_after, rand=lambda: rand
        )

    # Exponential steps with equal jitter: between half and all of the step.
    assert [delay(n, 0.0) for n in (1, 2, 3)] == [0.25, 0.5, 1.0]
    assert [delay(n, 1.0) for n in (1, 2, 3)] == [0.5, 1.0, 2.0]
    assert delay(10, 1.0) == 8.0  # capped
    assert delay(1, 0.5, retry_after=3) == 3.0  # the server's word wins...
    assert delay(1, 0.5, retry_after=120) == 8.0  # ...up to the cap


# -- the stub itself --------------------------------------------------------------------------


async def test_stub_streams_chunks(stub: OpenAIStub) -> None:
    stub.chunks = lambda text: [text[:11], text[11:16], text[16:]]  # split inside the address
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{stub.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {KEY}"},
            json={
                "model": "m",
                "messages": [{"role": "user", "content": "ada@example.org"}],
                "stream": True,
                "stream_options": {"include_usage": True},
            },
        )
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [line.removeprefix("data: ") for line in response.text.split("\n\n") if line]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    pieces = [c["choices"][0]["delta"].get("content") for c in chunks if c["choices"]]
    assert pieces == ["", "stub: ada@e", "xampl", "e.org", None]
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["usage"]["total_tokens"] == 3


async def test_stub_models_moderations_and_auth(stub: OpenAIStub) -> None:
    stub.flagged = lambda text: "hate" in text
    auth = {"Authorization": f"Bearer {KEY}"}
    async with httpx.AsyncClient(base_url=stub.base_url) as client:
        models = (await client.get("/models", headers=auth)).json()
        moderation = (
            await client.post("/moderations", headers=auth, json={"input": ["hi", "I hate"]})
        ).json()
        unauthorized = await client.get("/models")
    assert [m["id"] for m in models["data"]] == ["stub-model"]
    assert [r["flagged"] for r in moderation["results"]] == [False, True]
    assert moderation["results"][1]["categories"]["harassment"] is True
    assert unauthorized.status_code == 401
    assert unauthorized.json()["error"]["code"] == "invalid_api_key"
    assert [(r.method, r.path) for r in stub.requests] == [
        ("GET", "/v1/models"),
        ("POST", "/v1/moderations"),
        ("GET", "/v1/models"),
    ]


async def test_stub_fault_for_one_path_only(stub: OpenAIStub) -> None:
    stub.fail_next(500, path=COMPLETIONS)
    async with httpx.AsyncClient(base_url=stub.base_url) as client:
        auth = {"Authorization": f"Bearer {KEY}"}
        assert (await client.get("/models", headers=auth)).status_code == 200
        assert (await client.post("/chat/completions", headers=auth, json={})).status_code == 500
