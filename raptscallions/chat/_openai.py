"""An AI provider that speaks the OpenAI chat-completions API over HTTP (OpenAI itself, or any
compatible server: a gateway, vLLM, Ollama, a local stub).

Rules of this file:
- Every failure leaves `complete` as an `AIError`; only `Cancelled` (and other trio control
  flow) passes through untouched.
- The API key never appears in an error message: provider text is scrubbed of it.
- Retries wait with `trio.sleep`, so a test on trio's `MockClock` drives them.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
import trio

from ..sdk._errors import ConfigError
from ._ai import AIError, AIRequest, AIResponse, AIUsage

_BODY_SNIPPET = 200  # characters of a non-JSON error body worth quoting
T = TypeVar("T")


def retry_delay(
    attempt: int,
    *,
    backoff_s: float,
    max_backoff_s: float,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """How long to wait after failed attempt number `attempt` (1-based) before the next.

    The server's `retry_after` wins when it gave one (capped at `max_backoff_s`); otherwise
    exponential backoff from `backoff_s`, capped, with "equal jitter" (between half and all of
    the step) so that many clients that failed together do not retry together.
    """
    if retry_after is not None:
        return min(max(retry_after, 0.0), max_backoff_s)
    step = min(backoff_s * 2.0 ** (attempt - 1), max_backoff_s)
    return step / 2 + rand() * step / 2


class AttemptFailed(Exception):
    """One attempt failed; `OpenAICompatible.retrying` decides whether to retry and what to
    report."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class OpenAICompatible:
    """An `AIModel` backed by `POST {base_url}/chat/completions`.

    `base_url` ends with the API version (`https://api.openai.com/v1`,
    `http://127.0.0.1:8000/v1`); `model` is used when the request names none. Each attempt
    has `timeout_s` in all (`connect_timeout_s` of it to connect). 429, 5xx, connection
    failures and timeouts are retried up to `max_retries` times with jittered exponential
    backoff from `backoff_s`, honouring a numeric `Retry-After`, never waiting longer than
    `max_backoff_s`. Other 4xx answers are final.

    Pass `client` to share an `httpx.AsyncClient` (it stays open on `aclose`); otherwise the
    model owns one: close it with `aclose()` or `async with`.

    Raises:
        ConfigError: at construction, for a base URL that is not http(s) or a bad number.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        model: str,
        *,
        timeout_s: float = 30.0,
        connect_timeout_s: float = 5.0,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        try:
            url = httpx.URL(base_url.rstrip("/"))
        except httpx.InvalidURL as exc:
            raise ConfigError(
                f"OpenAI-compatible base_url {base_url!r} is not a URL: {exc}"
            ) from None
        if url.scheme not in ("http", "https") or not url.host:
            shown = str(url.copy_with(username=None, password=None))
            raise ConfigError(
                f"OpenAI-compatible base_url must be an http(s) URL such as "
                f"'https://api.openai.com/v1' (got {shown!r})"
            )
        for field, value in (
            ("timeout_s", timeout_s),
            ("connect_timeout_s", connect_timeout_s),
        ):
            if not value > 0:
                raise ConfigError(f"OpenAI-compatible {field} must be positive (got {value!r})")
        for field, value in (("backoff_s", backoff_s), ("max_backoff_s", max_backoff_s)):
            if not value >= 0:
                raise ConfigError(f"OpenAI-compatible {field} must not be negative (got {value!r})")
        if max_retries < 0:
            raise ConfigError(
                f"OpenAI-compatible max_retries must be 0 or more (got {max_retries})"
            )

        # Credentials in the URL would leak through every message that names it.
        self._url = url.copy_with(
            username=None, password=None, path=url.path.rstrip("/") + "/chat/completions"
        )
        host = url.host if url.port is None else f"{url.host}:{url.port}"
        self._name = f"openai-compatible({host})"
        self._api_key = api_key
        self.model = model
        self.timeout_s = timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._timeout = httpx.Timeout(timeout_s, connect=min(connect_timeout_s, timeout_s))
        self._owns_client = client is None
        self._client = client if client is not None else httpx.AsyncClient()

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"OpenAICompatible({str(self._url)!r}, model={self.model!r})"

    async def aclose(self) -> None:
        """Close the HTTP client if this model created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def complete(self, request: AIRequest) -> AIResponse:
        """Send the conversation and return the first choice.

        Raises:
            AIError: the provider could not be reached in time, refused, failed after every
                retry, or answered something that is not a chat completion.

        Cancellation: abandons the request in flight (or the wait between attempts) at once.
        """
        payload: dict[str, Any] = {
            "model": request.model or self.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
        }
        if request.user_id is not None:
            payload["user"] = request.user_id
        return await self.retrying(partial(self._attempt, payload))

    # The parts a caller that talks to the same provider in other ways builds on (the
    # gateway passes requests through whole, and streams).

    @property
    def client(self) -> httpx.AsyncClient:
        return self._client

    @property
    def request_timeout(self) -> httpx.Timeout:
        """httpx's timeouts for one request (each phase; `retrying` bounds the attempt)."""
        return self._timeout

    def endpoint(self, path: str) -> httpx.URL:
        """The URL of `path` under the base URL (``"chat/completions"``, ``"models"``)."""
        base = self._url.path.removesuffix("/chat/completions")
        return self._url.copy_with(path=f"{base}/{path}")

    def headers(self, *, stream: bool = False) -> dict[str, str]:
        """The request headers, with the API key."""
        headers = {"Accept": "text/event-stream" if stream else "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    async def retrying(
        self,
        attempt: Callable[[], Awaitable[T]],
        *,
        method: str = "POST",
        url: httpx.URL | None = None,
        retries: bool = True,
    ) -> T:
        """Run `attempt` (which raises `AttemptFailed`, or `transport_failure` of an httpx
        error) until it succeeds, each try bounded by `timeout_s` as a whole, retrying
        what can be retried (429, 5xx, lost connections; honouring Retry-After) up to
        `max_retries` times with jittered backoff.

        Raises:
            AIError: the last failure, naming `method` and `url` (the key scrubbed).

        Cancellation: abandons the attempt in flight, or the wait between attempts, at once.
        """
        tries = 0
        while True:
            tries += 1
            try:
                with trio.move_on_after(self.timeout_s):
                    return await attempt()
                raise AttemptFailed(f"no answer within {self.timeout_s:g} s", retryable=True)
            except httpx.HTTPError as exc:
                failed = transport_failure(exc, self.connect_timeout_s, self.timeout_s)
            except AttemptFailed as exc:
                failed = exc
            if not failed.retryable or not retries or tries > self.max_retries:
                raise self._error(failed, tries, method, url or self._url) from None
            await trio.sleep(
                retry_delay(
                    tries,
                    backoff_s=self.backoff_s,
                    max_backoff_s=self.max_backoff_s,
                    retry_after=failed.retry_after,
                )
            )

    def _error(self, failed: AttemptFailed, attempts: int, method: str, url: httpx.URL) -> AIError:
        tried = f"{attempts} attempt" + ("s" if attempts != 1 else "")
        if not failed.retryable:
            outcome = f"not retried ({tried})"
        elif self.max_retries == 0:
            outcome = f"gave up after {tried} (retries are off)"
        else:
            outcome = f"gave up after {tried}"
        return AIError(
            self.name,
            self._scrub(f"{method} {url}: {failed.message}; {outcome}"),
            status=failed.status,
            retryable=failed.retryable,
        )

    def _scrub(self, text: str) -> str:
        if self._api_key:
            text = text.replace(self._api_key, "[api key]")
        return text

    async def _attempt(self, payload: dict[str, Any]) -> AIResponse:
        response = await self._client.post(
            self._url, json=payload, headers=self.headers(), timeout=self._timeout
        )
        check_status(response)
        return _parse_completion(response, default_model=str(payload["model"]))


def transport_failure(exc: httpx.HTTPError, connect_s: float, total_s: float) -> AttemptFailed:
    """What an httpx error means for one attempt (and whether to try again)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return AttemptFailed(f"could not connect within {connect_s:g} s", retryable=True)
    if isinstance(exc, httpx.TimeoutException):
        return AttemptFailed(f"no answer within {total_s:g} s", retryable=True)
    if isinstance(exc, httpx.ConnectError):
        return AttemptFailed(f"could not connect ({exc or type(exc).__name__})", retryable=True)
    if isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        return AttemptFailed(
            f"connection failed mid-request ({exc or type(exc).__name__})", retryable=True
        )
    # unsupported protocol, proxy, local protocol errors
    return AttemptFailed(f"request failed: {exc or type(exc).__name__}")


def check_status(response: httpx.Response) -> None:
    """Raises: AttemptFailed: the answer is not a 200 (retryable for 429 and 5xx)."""
    status = response.status_code
    if status != 200:
        retryable = status == 429 or status >= 500
        raise AttemptFailed(
            f"HTTP {status}: {provider_message(response)}",
            status=status,
            retryable=retryable,
            retry_after=_retry_after(response.headers) if retryable else None,
        )


def provider_message(response: httpx.Response) -> str:
    """The provider's own explanation: `error.message` of an OpenAI-shaped body, else a
    snippet of the body, else the reason phrase."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            code = error.get("code") or error.get("type")
            suffix = f" [{code}]" if isinstance(code, str) and code else ""
            return f"{error['message']}{suffix}"
        if isinstance(error, str):
            return error
    text = response.text.strip()
    if text:
        if len(text) > _BODY_SNIPPET:
            text = text[:_BODY_SNIPPET] + "…"
        return f"body {text!r}"
    return response.reason_phrase or "no explanation given"


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """The server's requested wait in seconds: `retry-after-ms` (OpenAI's) or a numeric
    `Retry-After`. An HTTP-date or garbage is ignored, leaving the backoff to decide."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) * scale
        except ValueError:
            continue
        if math.isfinite(value) and value >= 0:
            return value
    return None


def _parse_completion(response: httpx.Response, *, default_model: str) -> AIResponse:
    def malformed(why: str) -> AttemptFailed:
        return AttemptFailed(
            f"HTTP 200 but not a chat completion: {why}", status=response.status_code
        )

    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise malformed(f"body is not JSON ({provider_message(response)})") from None
    if not isinstance(body, dict):
        raise malformed(f"expected a JSON object, got {type(body).__name__}")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise malformed("no choices[0]")
    choice = choices[0]
    message = choice.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        raise malformed("choices[0].message.content is not a string")
    finish_reason = choice.get("finish_reason")
    model = body.get("model")
    return AIResponse(
        content=content,
        model=model if isinstance(model, str) and model else default_model,
        finish_reason=finish_reason if isinstance(finish_reason, str) else "stop",
        usage=_usage(body.get("usage")),
    )


def _usage(raw: object) -> AIUsage | None:
    if not isinstance(raw, dict):
        return None

    def count(key: str) -> int | None:
        value = raw.get(key)
        # bool is an int; a provider sending one is not counting tokens.
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    prompt, completion, total = (
        count("prompt_tokens"),
        count("completion_tokens"),
        count("total_tokens"),
    )
    if prompt is None and completion is None and total is None:
        return None
    prompt, completion = prompt or 0, completion or 0
    return AIUsage(prompt, completion, total if total is not None else prompt + completion)
