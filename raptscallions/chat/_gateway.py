"""The OpenAI-compatible gateway's pipeline: a client's chat-completions request through the
chat hooks and the configured AI provider, kept as a chat session.

For one request: the last user message, when it is new, passes ``chat:on_message`` and
``chat:before_ai`` (a block answers with the direct response; the AI is not called) → the
client's whole conversation goes upstream, with that message as the modules left it, the
earlier turns as the gateway stored them, and the modules' system prompt additions in the
system message → ``chat:after_ai`` runs on the answer → both are stored in the session.

Rules of this file:
- Only what the modules passed goes upstream or back. The earlier user messages of the
  client's conversation are replaced by what the gateway stored for them (a turn is
  recognised by the answer that follows it, which the gateway stored as it sent it); a turn
  a module blocked is left out, as the chat service leaves it out of the history. Messages
  the gateway never answered pass as the client sent them.
- Everything else passes unchanged: tool and function-call messages, content parts that are
  not text, and the request's fields the gateway does not use.
- A session's turns are handled one at a time, in order, under the chat service's lock and
  database turn lease; what is stored follows the chat service (section 2 of
  docs/pipelines.md): the message as sent upstream, the answer as returned, a failed AI call
  stored once and settled by a retry.
- The answer is held whole until ``chat:after_ai`` has run on it: a client that streams gets
  only text the modules passed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, Final, Protocol

import attrs
import httpx

from ..engine import OutcomeExtraction
from ..sdk._context import Message, Tool, User
from ..store import MessageRow
from ._ai import AIError, AIMessage, AIModel, AIRequest
from ._context import (
    DEFAULT_BLOCK_RESPONSE,
    HookStep,
    check_user,
    new_id,
    steps,
    system_prompt,
)
from ._errors import ChatError
from ._openai import AttemptFailed, OpenAICompatible, check_status, provider_message
from ._service import MAX_MESSAGE_CHARS, Before, ChatService, Turn

PART_SEPARATOR: Final = "\n\n"
SESSION_PREFIX: Final = "gw-"
SCAN_LIMIT: Final = 1000  # stored messages searched for the client's earlier turns
SYSTEM_ROLES: Final = ("system", "developer")
CONTROLLED: Final = ("messages", "model", "stream")  # set by the gateway, not passed as given


class GatewayError(ChatError):
    """A chat-completions request the gateway cannot take (a 400); `field` is the JSON path
    at fault, when one is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# ---------------------------------------------------------------- message content


def is_text_part(part: object) -> bool:
    """A content part that carries text (``{"type": "text", "text": ...}``, or any part with
    a string ``text``: text is never let past the modules because of its type's name)."""
    return isinstance(part, dict) and isinstance(part.get("text"), str)


def text_of(content: object) -> str:
    """The text of a message's `content`: a string, or its text parts joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return PART_SEPARATOR.join(p["text"] for p in content if is_text_part(p))
    return ""


def with_text(content: object, text: str) -> str | list[Any]:
    """`content` with its text replaced by `text`. A list keeps its other parts in place; its
    text parts get `text` back piece by piece when it splits into as many pieces as there were
    parts, else the first text part gets all of it and the others go."""
    if not isinstance(content, list):
        return text
    where = [i for i, part in enumerate(content) if is_text_part(part)]
    if not where:
        return [{"type": "text", "text": text}, *content]
    pieces = text.split(PART_SEPARATOR) if len(where) > 1 else [text]
    if len(pieces) != len(where):
        pieces = [text]
    result: list[Any] = []
    for i, part in enumerate(content):
        if i not in where:
            result.append(part)
            continue
        n = where.index(i)
        if n < len(pieces):
            result.append({**part, "text": pieces[n]})
    return result


def with_additions(messages: list[dict[str, Any]], additions: Sequence[str]) -> None:
    """Put the modules' system prompt additions at the end of the first system (or
    developer) message, or in a new system message first when there is none."""
    if not any(additions):
        return
    for i, message in enumerate(messages):
        if message.get("role") in SYSTEM_ROLES:
            content = message.get("content")
            if isinstance(content, list):
                part = {"type": "text", "text": system_prompt("", additions)}
                messages[i] = {**message, "content": [*content, part]}
            else:
                messages[i] = {**message, "content": system_prompt(text_of(content), additions)}
            return
    messages.insert(0, {"role": "system", "content": system_prompt("", additions)})


# ---------------------------------------------------------------- the request


@attrs.frozen
class GatewayRequest:
    """A chat-completions request as the client sent it. `fields` holds every other field of
    the body (``temperature``, ``tools``, ``user``...), passed upstream unchanged."""

    messages: tuple[dict[str, Any], ...]
    model: str
    stream: bool = False
    user: str | None = None
    fields: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def include_usage(self) -> bool:
        options = self.fields.get("stream_options")
        return isinstance(options, dict) and options.get("include_usage") is True

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> GatewayRequest:
        """Raises: GatewayError naming the field at fault."""
        model = body.get("model")
        if not isinstance(model, str):
            raise GatewayError(
                f'"model" must be a string, such as "gpt-4o-mini" (got {_show(model)})',
                field="model",
            )
        raw = body.get("messages")
        if not isinstance(raw, list) or not raw:
            raise GatewayError(
                f'"messages" must be a non-empty array of messages (got {_show(raw)})',
                field="messages",
            )
        for i, message in enumerate(raw):
            where = f"messages[{i}]"
            if not isinstance(message, dict):
                raise GatewayError(f"{where} must be an object (got {_show(message)})", field=where)
            role = message.get("role")
            if not isinstance(role, str) or not role:
                raise GatewayError(
                    f'{where}.role must be a role such as "user" (got {_show(role)})',
                    field=f"{where}.role",
                )
            content = message.get("content")
            if not (
                content is None
                or isinstance(content, str)
                or (isinstance(content, list) and all(isinstance(p, dict) for p in content))
            ):
                raise GatewayError(
                    f"{where}.content must be a string or an array of content parts (got "
                    f"{_show(content)})",
                    field=f"{where}.content",
                )
        users = [i for i, m in enumerate(raw) if m["role"] == "user"]
        if not users:
            raise GatewayError(
                'the conversation has no "user" message: the gateway answers one', field="messages"
            )
        last = users[-1]
        text = text_of(raw[last].get("content"))
        if not text.strip():
            raise GatewayError(
                f"messages[{last}] (the last user message) has no text: the modules check "
                "text, so a user message needs some",
                field=f"messages[{last}].content",
            )
        if len(text) > MAX_MESSAGE_CHARS:
            raise GatewayError(
                f"messages[{last}] has {len(text)} characters of text; at most "
                f"{MAX_MESSAGE_CHARS} are accepted",
                field=f"messages[{last}].content",
            )
        stream = body.get("stream")
        if stream is not None and not isinstance(stream, bool):
            raise GatewayError(
                f'"stream" must be true or false (got {_show(stream)})', field="stream"
            )
        n = body.get("n")
        if n is not None and (n != 1 or isinstance(n, bool)):
            raise GatewayError(
                f'"n" must be 1: the gateway answers with one choice (got {_show(n)})', field="n"
            )
        user = body.get("user")
        if user is not None and (not isinstance(user, str) or not user):
            raise GatewayError(
                f'"user" must be a non-empty string (got {_show(user)})', field="user"
            )
        return cls(
            messages=tuple(raw),
            model=model,
            stream=bool(stream),
            user=user,
            fields={k: v for k, v in body.items() if k not in CONTROLLED},
        )


def _show(value: object) -> str:
    shown = json.dumps(value, default=str)
    return shown if len(shown) <= 60 else shown[:57] + "..."


# ---------------------------------------------------------------- upstream


@attrs.frozen
class Completion:
    """The provider's answer: its assistant message as it gave it (``content``,
    ``tool_calls``...), why it stopped, the model, and the usage when it gave one."""

    message: dict[str, Any]
    finish_reason: str = "stop"
    model: str = ""
    usage: dict[str, Any] | None = None


class Upstream(Protocol):
    """Where the gateway sends a conversation. Raises `AIError` when that fails."""

    @property
    def name(self) -> str: ...

    async def chat(
        self, payload: dict[str, Any], *, stream: bool, user_id: str, session_id: str
    ) -> Completion: ...

    async def models(self) -> list[dict[str, Any]]: ...


class ModelUpstream:
    """Any `AIModel` (the echo model, for one): the conversation's text goes to it as
    `AIRequest` messages; tool messages and non-text parts, which it cannot take, stay out."""

    def __init__(self, ai: AIModel) -> None:
        self.ai = ai

    @property
    def name(self) -> str:
        return self.ai.name

    async def chat(
        self, payload: dict[str, Any], *, stream: bool, user_id: str, session_id: str
    ) -> Completion:
        messages: list[AIMessage] = []
        for message in payload["messages"]:
            role, text = message.get("role"), text_of(message.get("content"))
            if role in SYSTEM_ROLES:
                messages.append(AIMessage("system", text))
            elif role == "user" or (role == "assistant" and text):
                messages.append(AIMessage(role, text))
        request = AIRequest(
            messages=tuple(messages),
            model=str(payload.get("model") or ""),
            user_id=user_id,
            session_id=session_id,
            kind="chat",
        )
        try:
            answer = await self.ai.complete(request)
        except AIError:
            raise
        except Exception as exc:
            raise AIError(self.ai.name, f"{type(exc).__name__}: {exc}") from exc
        usage = None
        if answer.usage is not None:
            usage = {
                "prompt_tokens": answer.usage.prompt_tokens,
                "completion_tokens": answer.usage.completion_tokens,
                "total_tokens": answer.usage.total_tokens,
            }
        return Completion(
            {"role": "assistant", "content": answer.content},
            answer.finish_reason,
            answer.model or request.model,
            usage,
        )

    async def models(self) -> list[dict[str, Any]]:
        name = str(getattr(self.ai, "model", "") or self.ai.name)
        return [{"id": name, "object": "model", "created": 0, "owned_by": "raptscallions"}]


class OpenAIUpstream:
    """An OpenAI-compatible endpoint, the request passed as the client shaped it (tools,
    parts and all), with the settings, client and retry policy of `ai`.

    With ``stream``, the provider streams and the pieces are put back together here: the
    client gets the answer only once ``chat:after_ai`` has seen all of it.
    """

    def __init__(self, ai: OpenAICompatible) -> None:
        self.ai = ai

    @property
    def name(self) -> str:
        return self.ai.name

    async def chat(
        self, payload: dict[str, Any], *, stream: bool, user_id: str, session_id: str
    ) -> Completion:
        """Raises: AIError (after the retries `ai` allows, for 429, 5xx and lost connections).

        Cancellation: abandons the request in flight at once."""
        body = {**payload, "model": payload.get("model") or self.ai.model, "stream": stream}
        if not stream:
            body.pop("stream_options", None)
        return await self.ai.retrying(partial(self._streamed if stream else self._plain, body))

    async def models(self) -> list[dict[str, Any]]:
        """The provider's models (``GET {base_url}/models``).

        Raises: AIError: the provider failed or answered something else than a list."""
        url = self.ai.endpoint("models")
        return await self.ai.retrying(partial(self._models, url), method="GET", url=url,
                                      retries=False)  # fmt: skip

    async def _models(self, url: httpx.URL) -> list[dict[str, Any]]:
        response = await self.ai.client.get(
            url, headers=self.ai.headers(), timeout=self.ai.request_timeout
        )
        if response.status_code != 200:
            raise AttemptFailed(
                f"HTTP {response.status_code}: {provider_message(response)}",
                status=response.status_code,
            )
        try:
            data = response.json().get("data")
        except (ValueError, AttributeError):
            data = None
        if not isinstance(data, list):
            raise AttemptFailed("HTTP 200 but not a list of models")
        return [m for m in data if isinstance(m, dict)]

    async def _plain(self, body: dict[str, Any]) -> Completion:
        ai = self.ai
        response = await ai.client.post(
            ai.endpoint("chat/completions"), json=body, headers=ai.headers(),
            timeout=ai.request_timeout,
        )  # fmt: skip
        check_status(response)
        return _completion(response, str(body["model"]))

    async def _streamed(self, body: dict[str, Any]) -> Completion:
        ai = self.ai
        parts = _Assembler()
        async with ai.client.stream(
            "POST", ai.endpoint("chat/completions"), json=body, headers=ai.headers(stream=True),
            timeout=ai.request_timeout,
        ) as response:  # fmt: skip
            if response.status_code != 200:
                await response.aread()
                check_status(response)
            if response.headers.get("content-type", "").startswith("application/json"):
                await response.aread()  # a provider that does not stream answers whole
                return _completion(response, str(body["model"]))
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                except json.JSONDecodeError:
                    raise AttemptFailed(
                        f"the stream sent something that is not JSON: {data[:80]!r}"
                    ) from None
                parts.add(chunk)
        return parts.completion(str(body["model"]))


def _completion(response: httpx.Response, default_model: str) -> Completion:
    """A whole (not streamed) chat completion's first choice.

    Raises: AttemptFailed: the body is not a chat completion."""
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise AttemptFailed(
            f"HTTP 200 but not a chat completion: body is not JSON ({provider_message(response)})"
        ) from None
    choice = _first_choice(data)
    message = choice.get("message")
    if not isinstance(message, dict):
        raise AttemptFailed("HTTP 200 but not a chat completion: no choices[0].message")
    finish = choice.get("finish_reason")
    model = data.get("model")
    usage = data.get("usage")
    return Completion(
        dict(message),
        finish if isinstance(finish, str) else "stop",
        model if isinstance(model, str) and model else default_model,
        usage if isinstance(usage, dict) else None,
    )


def _first_choice(data: object) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise AttemptFailed("HTTP 200 but not a chat completion: not a JSON object")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise AttemptFailed("HTTP 200 but not a chat completion: no choices[0]")
    return choices[0]


class _Assembler:
    """A streamed answer put back together: text, refusal, tool and function calls."""

    def __init__(self) -> None:
        self.content: list[str] = []
        self.refusal: list[str] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.function_call: dict[str, str] | None = None
        self.finish_reason: str | None = None
        self.model: str | None = None
        self.usage: dict[str, Any] | None = None
        self.chunks = 0

    def add(self, chunk: object) -> None:
        if not isinstance(chunk, dict):
            raise AttemptFailed("the stream sent a chunk that is not a JSON object")
        error = chunk.get("error")
        if error is not None:
            message = error.get("message") if isinstance(error, dict) else error
            raise AttemptFailed(f"the stream failed: {message}")
        self.chunks += 1
        if isinstance(chunk.get("model"), str) and chunk["model"]:
            self.model = chunk["model"]
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        choices = chunk.get("choices")
        if not isinstance(choices, list):
            return
        for choice in choices:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            if isinstance(choice.get("finish_reason"), str):
                self.finish_reason = choice["finish_reason"]
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._delta(delta)

    def _delta(self, delta: dict[str, Any]) -> None:
        if isinstance(delta.get("content"), str):
            self.content.append(delta["content"])
        if isinstance(delta.get("refusal"), str):
            self.refusal.append(delta["refusal"])
        for call in delta.get("tool_calls") or ():
            if not isinstance(call, dict):
                continue
            index = call.get("index", len(self.tool_calls))
            slot = self.tool_calls.setdefault(
                index if isinstance(index, int) else len(self.tool_calls),
                {"id": None, "type": "function", "function": {"name": "", "arguments": ""}},
            )
            if isinstance(call.get("id"), str):
                slot["id"] = call["id"]
            if isinstance(call.get("type"), str):
                slot["type"] = call["type"]
            function = call.get("function")
            if isinstance(function, dict):
                for key in ("name", "arguments"):
                    if isinstance(function.get(key), str):
                        slot["function"][key] += function[key]
        function_call = delta.get("function_call")
        if isinstance(function_call, dict):
            if self.function_call is None:
                self.function_call = {"name": "", "arguments": ""}
            for key in ("name", "arguments"):
                if isinstance(function_call.get(key), str):
                    self.function_call[key] += function_call[key]

    def completion(self, default_model: str) -> Completion:
        if not self.chunks:
            raise AttemptFailed("the stream ended without a chunk")
        message: dict[str, Any] = {
            "role": "assistant",
            "content": "".join(self.content) if self.content or not self.tool_calls else None,
        }
        if self.refusal:
            message["refusal"] = "".join(self.refusal)
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i] for i in sorted(self.tool_calls)]
        if self.function_call is not None:
            message["function_call"] = self.function_call
        return Completion(
            message, self.finish_reason or "stop", self.model or default_model, self.usage
        )


def upstream_for(ai: AIModel) -> Upstream:
    """Requests pass whole to an OpenAI-compatible endpoint; any other model gets text."""
    if isinstance(ai, OpenAICompatible):
        return OpenAIUpstream(ai)
    return ModelUpstream(ai)


# ---------------------------------------------------------------- earlier turns


@attrs.frozen
class _StoredTurn:
    user: MessageRow
    answer: str | None  # the last non-empty answer stored after it


@attrs.frozen
class _ClientTurn:
    indices: tuple[int, ...]  # the user message first, then what followed it
    answer: str | None  # the last assistant text in it


def stored_turns(rows: Sequence[MessageRow]) -> list[_StoredTurn]:
    """The session's answered turns, oldest first (a failed, unanswered message is none)."""
    turns: list[_StoredTurn] = []
    for row in rows:
        if row.role == "user" and row.status != "failed":
            turns.append(_StoredTurn(row, None))
        elif row.role == "assistant" and turns and row.content:
            turns[-1] = attrs.evolve(turns[-1], answer=row.content)
    return turns


def client_turns(messages: Sequence[Mapping[str, Any]]) -> list[_ClientTurn]:
    turns: list[_ClientTurn] = []
    for i, message in enumerate(messages):
        if message.get("role") == "user":
            turns.append(_ClientTurn((i,), None))
        elif turns:
            answer = turns[-1].answer
            if message.get("role") == "assistant":
                answer = text_of(message.get("content")) or answer
            turns[-1] = _ClientTurn((*turns[-1].indices, i), answer)
    return turns


def align(client: Sequence[_ClientTurn], stored: Sequence[_StoredTurn]) -> dict[int, _StoredTurn]:
    """Which stored turn each client turn is (by the index of its user message), newest
    first: a turn with an answer is the latest stored turn before the last match with the
    same answer; one without (a tool call only) is matched only by its place."""
    found: dict[int, _StoredTurn] = {}
    j = len(stored) - 1
    for turn in reversed(client):
        if turn.answer is None:
            if j >= 0 and stored[j].answer is None:
                found[turn.indices[0]] = stored[j]
                j -= 1
            continue
        for k in range(j, -1, -1):
            if stored[k].answer == turn.answer:
                found[turn.indices[0]] = stored[k]
                j = k - 1
                break
    return found


# ---------------------------------------------------------------- the pipeline


@attrs.frozen
class GatewayReply:
    """The answer to one request. `message` is the assistant message the client gets (the
    provider's, with its text as ``chat:after_ai`` left it, or the direct response of a
    block); `trace` has one step per module and hook that was called."""

    session_id: str
    message: dict[str, Any]
    finish_reason: str
    model: str
    usage: dict[str, Any] | None
    blocked: bool
    reason: str | None
    ai_called: bool
    trace: tuple[HookStep, ...]
    extractions: tuple[OutcomeExtraction, ...]


def session_id_for(tool_id: str, user_id: str, conversation: str) -> str:
    """The session of a conversation: one per tool, user and conversation key."""
    raw = json.dumps([tool_id, user_id, conversation]).encode()
    return SESSION_PREFIX + hashlib.sha256(raw).hexdigest()[:40]


class ChatGateway:
    """Chat-completions requests through the modules: ``ChatGateway(chat)``.

    The provider is `chat`'s AI (an `OpenAICompatible` gets requests whole; another model
    gets their text), unless `upstream` is given. Sessions, storage, locks and limits are
    `chat`'s.
    """

    def __init__(self, chat: ChatService, upstream: Upstream | None = None) -> None:
        self.chat = chat
        self.upstream = upstream if upstream is not None else upstream_for(chat.ai)

    async def models(self) -> list[dict[str, Any]]:
        """Raises: AIError."""
        return await self.upstream.models()

    async def complete(
        self,
        request: GatewayRequest,
        *,
        tool: Tool,
        user: User,
        conversation: str | None = None,
    ) -> GatewayReply:
        """Answer `request` from `user` with `tool` (a chat tool: its scoped configuration
        applies), in the session of `conversation` (created on first use); without one, the
        request is a session of its own, ended after it.

        Raises:
            SessionEnded: the conversation's session was ended; nothing ran.
            SessionBusy: another server held the session's turn too long; nothing ran.
            AIError: the provider failed; a new user message is stored once, marked failed.
            StoreError: the database failed.

        Cancellation: as `ChatService.send_message`: nothing of a cancelled turn is stored.
        """
        check_user(user)
        chat = self.chat
        ephemeral = conversation is None
        session_id = (
            new_id() if conversation is None else session_id_for(tool.id, user.id, conversation)
        )
        await chat.open_session(session_id, user, tool)
        try:
            async with chat.turn(session_id, user, scan=SCAN_LIMIT) as turn:
                reply = await self._turn(turn, request)
        except AIError:
            if ephemeral:
                await chat.end_session(session_id)
            raise
        if ephemeral:
            await chat.end_session(session_id)
        return reply

    async def _turn(self, turn: Turn, request: GatewayRequest) -> GatewayReply:
        row, user = turn.row, turn.user
        messages = [dict(m) for m in request.messages]
        turns = client_turns(messages)
        current = turns[-1]  # the last user message's turn
        is_new_message = len(current.indices) == 1
        earlier = turns[:-1] if is_new_message else turns
        matched = align(earlier, stored_turns(turn.rows))
        u = current.indices[0]
        if not is_new_message and u not in matched:
            is_new_message = True  # a tool call's follow-up, but the gateway never saw the turn

        trace: list[HookStep] = []
        extractions: list[OutcomeExtraction] = []
        additions: tuple[str, ...] = ()
        before: Before | None = None
        if is_new_message:
            before = await turn.before_ai(text_of(messages[u].get("content")))
            trace += before.trace
            extractions += before.extractions
            if before.blocked:
                await turn.save_blocked(before)
                return GatewayReply(
                    session_id=row.id,
                    message={"role": "assistant", "content": before.direct_response},
                    finish_reason="stop",
                    model=request.model,
                    usage=None,
                    blocked=True,
                    reason=before.outcome.reason,
                    ai_called=False,
                    trace=tuple(trace),
                    extractions=tuple(extractions),
                )
            additions = before.system_prompt_additions
            ctx = before.ctx
        else:
            turn_row = matched[u].user
            ctx = turn.context(
                "chat:after_ai",
                Message(
                    id=turn_row.id,
                    role="user",
                    content=turn_row.content,
                    seq=turn_row.seq,
                    created_at=turn_row.created_at,
                ),
            )

        assert ctx.message is not None
        upstream = self._conversation(
            messages, turns, matched, {u: ctx.message.content} if is_new_message else {}
        )
        with_additions(upstream, additions)
        payload = {**request.fields, "model": request.model, "messages": upstream}
        try:
            answer = await self.upstream.chat(
                payload, stream=request.stream, user_id=user.id, session_id=row.id
            )
        except AIError:
            if before is not None:
                await turn.save_failed(before)
            raise

        said = text_of(answer.message.get("content"))
        after = await turn.after_ai(ctx, said)
        trace += steps("chat:after_ai", after)
        extractions += after.extractions
        if after.blocked:
            response = after.direct_response or DEFAULT_BLOCK_RESPONSE
            reply_message: dict[str, Any] = {"role": "assistant", "content": response}
            finish = "stop"
        else:
            rewritten = after.modifications.response
            response = said if rewritten is None else rewritten
            reply_message = {**answer.message, "role": "assistant"}
            if response or answer.message.get("content") is not None:
                reply_message["content"] = response
            finish = answer.finish_reason
        if before is not None:
            await turn.save(before, response)
        else:
            await turn.save_response(response)
        return GatewayReply(
            session_id=row.id,
            message=reply_message,
            finish_reason=finish,
            model=answer.model or request.model,
            usage=answer.usage,
            blocked=after.blocked,
            reason=after.reason if after.blocked else None,
            ai_called=True,
            trace=tuple(trace),
            extractions=tuple(extractions),
        )

    @staticmethod
    def _conversation(
        messages: list[dict[str, Any]],
        turns: Sequence[_ClientTurn],
        matched: Mapping[int, _StoredTurn],
        new: Mapping[int, str],
    ) -> list[dict[str, Any]]:
        """The client's conversation as it goes upstream: each user message the gateway
        handled as the modules left it (`new`: the one handled now), each blocked turn left
        out."""
        dropped: set[int] = set()
        text: dict[int, str] = dict(new)
        for turn in turns:
            found = matched.get(turn.indices[0])
            if found is None:
                continue
            if found.user.status == "blocked":
                dropped.update(turn.indices)
            else:
                text[turn.indices[0]] = found.user.content
        upstream: list[dict[str, Any]] = []
        for i, message in enumerate(messages):
            if i in dropped:
                continue
            if i in text:
                message = {**message, "content": with_text(message.get("content"), text[i])}
            upstream.append(message)
        return upstream
