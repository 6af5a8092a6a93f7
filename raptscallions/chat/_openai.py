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
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx
import trio

from ..sdk._errors import ConfigError
from ._ai import AIError, AIRequest, AIResponse, AIUsage

_BODY_SNIPPET = 200  # characters of a non-JSON error body worth quoting


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


class _AttemptFailed(Exception):
    """One attempt failed; `complete` decides whether to retry and what to report."""

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
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._attempt(payload)
            except _AttemptFailed as failed:
                final = not failed.retryable or attempt > self.max_retries
                if final:
                    raise self._error(failed, attempt) from None
                await trio.sleep(
                    retry_delay(
                        attempt,
                        backoff_s=self.backoff_s,
                        max_backoff_s=self.max_backoff_s,
                        retry_after=failed.retry_after,
                    )
                )

    def _error(self, failed: _AttemptFailed, attempts: int) -> AIError:
        tried = f"{attempts} attempt" + ("s" if attempts != 1 else "")
        if not failed.retryable:
            outcome = f"not retried ({tried})"
        elif self.max_retries == 0:
            outcome = f"gave up after {tried} (retries are off)"
        else:
            outcome = f"gave up after {tried}"
        return AIError(
            self.name,
            self._scrub(f"POST {self._url}: {failed.message}; {outcome}"),
            status=failed.status,
            retryable=failed.retryable,
        )

    def _scrub(self, text: str) -> str:
        if self._api_key:
            text = text.replace(self._api_key, "[api key]")
        return text

    async def _attempt(self, payload: dict[str, Any]) -> AIResponse:
        headers = {"Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        # httpx's timeouts bound each phase; this bounds the attempt as a whole, so a server
        # that trickles bytes cannot hold us past `timeout_s`.
        with trio.move_on_after(self.timeout_s) as deadline:
            try:
                response = await self._client.post(
                    self._url, json=payload, headers=headers, timeout=self._timeout
                )
            except httpx.ConnectTimeout:
                raise _AttemptFailed(
                    f"could not connect within {self.connect_timeout_s:g} s", retryable=True
                ) from None
            except httpx.TimeoutException:
                raise _AttemptFailed(
                    f"no answer within {self.timeout_s:g} s", retryable=True
                ) from None
            except httpx.ConnectError as exc:
                raise _AttemptFailed(
                    f"could not connect ({exc or type(exc).__name__})", retryable=True
                ) from None
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise _AttemptFailed(
                    f"connection failed mid-request ({exc or type(exc).__name__})",
                    retryable=True,
                ) from None
            except httpx.HTTPError as exc:  # unsupported protocol, proxy, local protocol errors
                raise _AttemptFailed(f"request failed: {exc or type(exc).__name__}") from None
        if deadline.cancelled_caught:
            raise _AttemptFailed(f"no answer within {self.timeout_s:g} s", retryable=True)

        status = response.status_code
        if status != 200:
            retryable = status == 429 or status >= 500
            raise _AttemptFailed(
                f"HTTP {status}: {_provider_message(response)}",
                status=status,
                retryable=retryable,
                retry_after=_retry_after(response.headers) if retryable else None,
            )
        return _parse_completion(response, default_model=str(payload["model"]))


def _provider_message(response: httpx.Response) -> str:
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
    def malformed(why: str) -> _AttemptFailed:
        return _AttemptFailed(
            f"HTTP 200 but not a chat completion: {why}", status=response.status_code
        )

    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise malformed(f"body is not JSON ({_provider_message(response)})") from None
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
