"""AI providers behind one small protocol: `AIModel.complete(AIRequest) -> AIResponse`.

`EchoModel` is the offline default: it answers with what reached it (the system prompt and
the last message), so that tests and demos see exactly what the modules let through. An
OpenAI-compatible endpoint is `raptscallions.chat.OpenAICompatible`.
"""

from __future__ import annotations

from collections import deque
from typing import Literal, Protocol

import attrs

from ..sdk._errors import RaptscallionsError

AIRole = Literal["system", "user", "assistant"]


class AIError(RaptscallionsError):
    """The AI provider failed: unreachable, timed out, refused (4xx) or broken (5xx), or its
    answer was not understood. `status` is the HTTP status when there was one; `retryable`
    says whether trying again later may succeed."""

    def __init__(
        self,
        provider: str,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
    ) -> None:
        self.provider = provider
        self.status = status
        self.retryable = retryable
        super().__init__(f"AI provider {provider}: {message}")


@attrs.frozen
class AIMessage:
    role: AIRole
    content: str


@attrs.frozen
class AIRequest:
    """What is sent to the model: the conversation, system prompt first.

    `model` is the tool's model name (empty: the provider's default). `user_id`,
    `session_id` and `kind` identify the caller for the provider's logs and abuse checks.
    """

    messages: tuple[AIMessage, ...]
    model: str = ""
    user_id: str | None = None
    session_id: str | None = None
    kind: Literal["chat", "product"] = "chat"

    @property
    def system_prompt(self) -> str:
        return "\n\n".join(m.content for m in self.messages if m.role == "system")


@attrs.frozen
class AIUsage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


@attrs.frozen
class AIResponse:
    content: str
    model: str = ""
    finish_reason: str = "stop"
    usage: AIUsage | None = None


class AIModel(Protocol):
    """An AI provider. `complete` may raise `AIError`; cancelling it abandons the request."""

    @property
    def name(self) -> str: ...

    async def complete(self, request: AIRequest) -> AIResponse: ...


def echo_text(request: AIRequest) -> str:
    """The echo model's answer: the system prompt (if any) and the last message, labelled."""
    parts = []
    system = request.system_prompt
    if system:
        parts.append(f"[system]\n{system}")
    last = next((m for m in reversed(request.messages) if m.role != "system"), None)
    if last is not None:
        parts.append(f"[{last.role}]\n{last.content}")
    return "\n\n".join(parts)


class EchoModel:
    """Offline and deterministic: answers with what reached it (see `echo_text`).

    Every request is kept in `requests` (the newest `keep`), so that a test can check the
    whole conversation the modules let through, history included.
    """

    name = "echo"

    def __init__(self, *, keep: int = 1000) -> None:
        self.requests: deque[AIRequest] = deque(maxlen=keep)

    async def complete(self, request: AIRequest) -> AIResponse:
        self.requests.append(request)
        text = echo_text(request)
        words = sum(len(m.content.split()) for m in request.messages)
        return AIResponse(
            content=text,
            model=request.model or "echo",
            usage=AIUsage(words, len(text.split()), words + len(text.split())),
        )
