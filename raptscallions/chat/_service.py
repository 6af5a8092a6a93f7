"""The chat pipeline: every student message passes the modules on its way to the AI and back.

For one message: ``chat:on_message`` (observers, not awaited) → ``chat:before_ai`` (may
rewrite or block) → the AI, with the tool's behavior and the modules' system prompt
additions → ``chat:after_ai`` (may rewrite or block the answer) → both messages stored →
the reply. What is stored and sent is what the modules let through: the modified message,
the modified response. A block stores the (modified) message and the direct response and
skips the AI.

Rules of this file: one session's messages are handled one at a time, in arrival order
(different sessions run concurrently): in this process by a FIFO lock per session, and across
servers sharing the database by a lease on the session's turn, taken in the database; seqs
are allocated by the store, gap-free. A
request refused up front (unknown or ended session, another user's session, bad content)
runs no hook and stores nothing. An AI failure stores the message once, marked failed, and
raises `AIError`; the same message sent again settles that mark instead of storing it twice.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Literal

import attrs
import trio

from ..engine import Engine, HookOutcome, OutcomeExtraction
from ..sdk._context import (
    Assignment,
    Class,
    Group,
    HookContext,
    Message,
    Session,
    Tool,
    User,
    utcnow,
)
from ..store import MessageRow, NewMessage, SessionRow, Store, StoreError
from ._ai import AIError, AIMessage, AIModel, AIRequest, EchoModel
from ._context import (
    DEFAULT_BLOCK_RESPONSE,
    HookStep,
    Scope,
    ai_history,
    check_user,
    history,
    new_id,
    steps,
    system_prompt,
)
from ._errors import ChatError, NotSessionOwner, SessionBusy, SessionEnded, SessionNotFound
from ._locks import KeyedLocks

MAX_MESSAGE_CHARS = 100_000


@attrs.frozen
class ChatSession:
    id: str
    user_id: str
    tool: Tool
    state: Literal["active", "paused", "completed"] = "active"
    started_at: datetime = attrs.field(factory=utcnow)
    ended_at: datetime | None = None
    group: Group | None = None
    class_: Class | None = None
    assignment: Assignment | None = None

    @classmethod
    def from_row(cls, row: SessionRow) -> ChatSession:
        scope = Scope.from_json(row.context)
        return cls(
            id=row.id,
            user_id=row.user_id,
            tool=scope.tool,
            state=row.state,
            started_at=row.started_at,
            ended_at=row.ended_at,
            group=scope.group,
            class_=scope.class_,
            assignment=scope.assignment,
        )


@attrs.frozen
class ChatReply:
    """The answer to one message, and how the modules shaped it.

    `response` is what the student sees (the direct response of a block, or the AI's answer
    as `chat:after_ai` left it). `blocked` says a module blocked (before the AI, which was
    then not called, or after it); `reason` is that module's reason. `extractions` are those
    the blocking hooks returned (all are stored); `trace` has one step per module and hook.
    """

    session_id: str
    response: str
    blocked: bool
    reason: str | None
    extractions: tuple[OutcomeExtraction, ...]
    trace: tuple[HookStep, ...]
    user_message: MessageRow
    assistant_message: MessageRow
    ai_called: bool
    model: str | None = None


class ChatService:
    """Chat sessions through the modules: ``ChatService(engine, store, ai)``.

    `ai` defaults to the offline `EchoModel`. `history_limit` bounds the stored messages put
    in each context and sent to the AI (the newest, oldest first). A message waits at most
    `turn_wait_s` for its session's turn while another server handles one of the session's
    messages; a turn is leased for `turn_lease_s` and renewed while it runs, so a server that
    dies mid-turn holds the session up for at most that long.
    """

    def __init__(
        self,
        engine: Engine,
        store: Store,
        ai: AIModel | None = None,
        *,
        history_limit: int = 50,
        turn_lease_s: float = 60.0,
        turn_wait_s: float = 120.0,
    ) -> None:
        if history_limit < 1:
            raise ValueError(f"history_limit must be at least 1 (got {history_limit})")
        self.engine = engine
        self.store = store
        self.ai: AIModel = ai if ai is not None else EchoModel()
        self.history_limit = history_limit
        self.turn_lease_s = turn_lease_s
        self.turn_wait_s = turn_wait_s
        self._locks = KeyedLocks()
        self._owner = new_id()

    # ------------------------------------------------------------------ sessions

    async def start_session(
        self,
        user: User,
        tool: Tool,
        *,
        group: Group | None = None,
        class_: Class | None = None,
        assignment: Assignment | None = None,
    ) -> ChatSession:
        """Create a session for `user` with a chat `tool`, and fire ``session:start``.

        Raises:
            ChatError: `tool` is not a chat tool.
            StoreError: the database failed (no hook ran).
        """
        check_user(user)
        if not isinstance(tool, Tool):
            raise TypeError(f"tool must be a raptscallions.sdk.Tool (got {type(tool).__name__})")
        if tool.type != "chat":
            raise ChatError(
                f"tool {tool.id!r} is a {tool.type} tool: chat sessions need a chat tool "
                "(run product tools with ProductService)"
            )
        scope = Scope(tool, group, class_, assignment)
        row = await self.store.create_session(
            SessionRow(
                id=new_id(),
                user_id=user.id,
                tool_id=tool.id,
                class_id=None if class_ is None else class_.id,
                group_id=None if group is None else group.id,
                context=scope.to_json(),
            )
        )
        session = ChatSession.from_row(row)
        await self.engine.execute_hook("session:start", self._context("session:start", user, row))
        return session

    async def get_session(self, session_id: str) -> ChatSession:
        """Raises: SessionNotFound."""
        return ChatSession.from_row(await self._row(session_id))

    async def end_session(self, session_id: str, *, user: User | None = None) -> ChatSession:
        """Mark the session completed and fire ``session:end`` (once: ending an ended
        session changes nothing). Waits for a message in progress to finish first.

        Raises:
            SessionNotFound: no such session.
            NotSessionOwner: `user` is given and does not own it.
        """
        async with self._locks.hold(session_id), self._hold_turn(session_id):
            row = await self._row(session_id)
            if user is not None and check_user(user).id != row.user_id:
                raise NotSessionOwner(session_id, user.id)
            if row.state == "completed":
                return ChatSession.from_row(row)
            ended = await self.store.end_session(session_id)
            if ended is None:  # deleted meanwhile by someone else
                raise SessionNotFound(session_id)
            rows = await self.store.get_messages(session_id, limit=self.history_limit)
            owner = user or User(id=row.user_id)
            ctx = self._context("session:end", owner, ended, rows)
            await self.engine.execute_hook("session:end", ctx)
            return ChatSession.from_row(ended)

    async def messages(self, session_id: str, *, limit: int = 1000) -> list[MessageRow]:
        """The stored messages, oldest first (failed ones included, marked).

        Raises: SessionNotFound."""
        await self._row(session_id)
        return await self.store.get_messages(session_id, limit=limit)

    # ------------------------------------------------------------------ messages

    async def send_message(self, session_id: str, content: str, user: User) -> ChatReply:
        """Pass `content` from `user` through the modules and the AI; store both messages.

        Raises:
            SessionNotFound, SessionEnded, NotSessionOwner: refused; nothing ran or was stored.
            ChatError: `content` is not non-empty text within `MAX_MESSAGE_CHARS`.
            AIError: the AI failed; the (modified) message is stored once, marked failed.
            StoreError: the database failed.

        Cancellation: a message cancelled before its turn is stored leaves nothing stored
        (the module call in flight is cancelled too).
        """
        check_user(user)
        if not isinstance(content, str) or not content.strip():
            raise ChatError("a message must be non-empty text")
        if len(content) > MAX_MESSAGE_CHARS:
            raise ChatError(
                f"a message may hold at most {MAX_MESSAGE_CHARS} characters (got {len(content)})"
            )
        async with self.turn(session_id, user) as turn:
            return await self._reply(turn, content)

    @asynccontextmanager
    async def turn(
        self, session_id: str, user: User, *, scan: int | None = None
    ) -> AsyncIterator[Turn]:
        """Hold `session_id`'s turn for a message of `user` (in this process, FIFO, and
        across the servers sharing the database) and yield it, with the stored history:
        what a pipeline that calls the AI its own way (the gateway) builds on.

        `scan` loads that many of the newest messages (default `history_limit`); contexts
        and the AI get the newest `history_limit` of them.

        Raises:
            SessionNotFound, SessionEnded, NotSessionOwner: refused; nothing ran.
            SessionBusy: another server held the turn for longer than `turn_wait_s`.
        """
        check_user(user)
        async with self._locks.hold(session_id), self._hold_turn(session_id):
            row = await self._row(session_id)
            if row.user_id != user.id:
                raise NotSessionOwner(session_id, user.id)
            if row.state == "completed":
                raise SessionEnded(session_id)
            rows = await self.store.get_messages(
                session_id, limit=max(scan or 0, self.history_limit)
            )
            yield Turn(self, row, user, rows)

    async def open_session(self, session_id: str, user: User, tool: Tool) -> ChatSession:
        """The session `session_id`, created for `user` with `tool` (and ``session:start``
        fired) if it does not exist yet; concurrent calls create it once.

        Raises:
            StoreError: the database failed.
        """
        check_user(user)
        row = await self.store.get_session(session_id)
        if row is not None:
            return ChatSession.from_row(row)
        new = SessionRow(
            id=session_id, user_id=user.id, tool_id=tool.id, context=Scope(tool).to_json()
        )
        try:
            row = await self.store.create_session(new)
        except StoreError:
            raced = await self.store.get_session(session_id)  # another request created it
            if raced is None:
                raise
            return ChatSession.from_row(raced)
        await self.engine.execute_hook("session:start", self._context("session:start", user, row))
        return ChatSession.from_row(row)

    async def _reply(self, turn: Turn, content: str) -> ChatReply:
        row, user = turn.row, turn.user
        before = await turn.before_ai(content)
        if before.blocked:
            user_row, reply_row = await turn.save_blocked(before)
            return ChatReply(
                row.id,
                before.direct_response,
                True,
                before.outcome.reason,
                tuple(before.extractions),
                tuple(before.trace),
                user_row,
                reply_row,
                ai_called=False,
            )

        scope = Scope.from_json(row.context)
        request = AIRequest(
            messages=(
                AIMessage(
                    "system",
                    system_prompt(scope.tool.definition.behavior, before.system_prompt_additions),
                ),
                *ai_history(turn.stored),
                AIMessage("user", before.text),
            ),
            model=scope.tool.definition.model,
            user_id=user.id,
            session_id=row.id,
            kind="chat",
        )
        try:
            answer = await self.ai.complete(request)
        except Exception as exc:
            error = (
                exc
                if isinstance(exc, AIError)
                else AIError(self.ai.name, f"{type(exc).__name__}: {exc}")
            )
            await turn.save_failed(before)
            if error is exc:
                raise
            raise error from exc

        after = await turn.after_ai(before.ctx, answer.content)
        trace = [*before.trace, *steps("chat:after_ai", after)]
        extractions = [*before.extractions, *after.extractions]
        rewritten = after.modifications.response
        if after.blocked:
            response = after.direct_response or DEFAULT_BLOCK_RESPONSE
        else:
            response = answer.content if rewritten is None else rewritten
        user_row, reply_row = await turn.save(before, response)
        return ChatReply(
            row.id,
            response,
            after.blocked,
            after.reason if after.blocked else None,
            tuple(extractions),
            tuple(trace),
            user_row,
            reply_row,
            ai_called=True,
            model=answer.model or None,
        )

    # ------------------------------------------------------------------ helpers

    @asynccontextmanager
    async def _hold_turn(self, session_id: str) -> AsyncIterator[None]:
        """Hold the session's turn in the database (shared by every server on it): wait for
        it (polling, with backoff), renew it while the message is handled, give it back.

        Raises:
            ChatError: another server held the turn for longer than `turn_wait_s`.
        """
        owner = f"{self._owner}/{new_id()}"
        deadline = trio.current_time() + self.turn_wait_s
        delay = 0.005
        while not await self.store.claim_turn(session_id, owner, lease_s=self.turn_lease_s):
            if trio.current_time() >= deadline:
                raise SessionBusy(session_id, self.turn_wait_s)
            await trio.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.2)
        # The caller's error is raised outside the nursery, so callers see it plainly (not in
        # an exception group).
        error: BaseException | None = None
        try:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(self._renew, session_id, owner)
                try:
                    yield
                except BaseException as exc:
                    error = exc
                finally:
                    nursery.cancel_scope.cancel()
            if error is not None:
                raise error
        finally:
            with trio.CancelScope(shield=True):
                await self.store.release_turn(session_id, owner)

    async def _renew(self, session_id: str, owner: str) -> None:
        while True:
            await trio.sleep(self.turn_lease_s / 3)
            await self.store.claim_turn(session_id, owner, lease_s=self.turn_lease_s)

    async def _row(self, session_id: str) -> SessionRow:
        if not isinstance(session_id, str) or not session_id:
            raise SessionNotFound(str(session_id))
        row = await self.store.get_session(session_id)
        if row is None:
            raise SessionNotFound(session_id)
        return row

    def _context(
        self,
        hook: str,
        user: User,
        row: SessionRow,
        stored: Sequence[MessageRow] = (),
        message: Message | None = None,
    ) -> HookContext:
        scope = Scope.from_json(row.context)
        last_seq = stored[-1].seq if stored else 0
        return HookContext(
            request_id=new_id(),
            hook=hook,
            user=user,
            tool=scope.tool,
            group=scope.group,
            class_=scope.class_,
            assignment=scope.assignment,
            session=Session(
                id=row.id, state=row.state, started_at=row.started_at, message_count=last_seq
            ),
            messages=history(stored),
            message=message,
        )


@attrs.frozen
class Before:
    """A new student message after ``chat:on_message`` and ``chat:before_ai``.

    `ctx` is the message's context as the AI's answer will be judged in (the message as the
    modules left it); `text` that message; `settle` the id of the same message stored
    before, marked failed, when this is its retry (it is then settled, not stored again).
    """

    ctx: HookContext
    text: str
    settle: str | None
    outcome: HookOutcome
    trace: tuple[HookStep, ...]
    extractions: tuple[OutcomeExtraction, ...]

    @property
    def blocked(self) -> bool:
        return self.outcome.blocked

    @property
    def direct_response(self) -> str:
        return self.outcome.direct_response or DEFAULT_BLOCK_RESPONSE

    @property
    def system_prompt_additions(self) -> tuple[str, ...]:
        return self.outcome.modifications.system_prompt_additions


class Turn:
    """A session's turn, held (``ChatService.turn``): one message's way through the modules
    and into the store. `rows` are the stored messages loaded, `stored` the newest
    `history_limit` of them (what contexts and the AI see)."""

    def __init__(self, chat: ChatService, row: SessionRow, user: User, rows: list[MessageRow]):
        self.chat = chat
        self.row = row
        self.user = user
        self.rows = rows
        self.stored = rows[-chat.history_limit :]
        last = rows[-1] if rows else None
        self.last = last
        # The last message, when it is a student's whose AI call failed: a resend settles it.
        self.failed = (
            last if last is not None and last.role == "user" and last.status == "failed" else None
        )

    def context(self, hook: str, message: Message | None = None) -> HookContext:
        """A context of this session for `hook`, with the stored history."""
        return self.chat._context(hook, self.user, self.row, self.stored, message)

    async def before_ai(self, content: str) -> Before:
        """Run the student's new message `content` through ``chat:on_message`` (observers)
        and ``chat:before_ai``."""
        engine = self.chat.engine
        message = Message(
            id=new_id(),
            role="user",
            content=content,
            seq=(self.last.seq if self.last is not None else 0) + 1,
            created_at=utcnow(),
        )
        ctx = self.context("chat:on_message", message)
        observed = await engine.execute_hook("chat:on_message", ctx)
        before = await engine.execute_hook(
            "chat:before_ai", attrs.evolve(ctx, hook="chat:before_ai")
        )
        text = before.modifications.message
        if text is None:
            text = content
        failed = self.failed
        return Before(
            ctx=attrs.evolve(
                ctx, hook="chat:before_ai", message=attrs.evolve(message, content=text)
            ),
            text=text,
            settle=failed.id if failed is not None and failed.content == text else None,
            outcome=before,
            trace=(*steps("chat:on_message", observed), *steps("chat:before_ai", before)),
            extractions=before.extractions,
        )

    async def after_ai(self, ctx: HookContext, response: str) -> HookOutcome:
        """Run the AI's `response` to the message of `ctx` through ``chat:after_ai``."""
        return await self.chat.engine.execute_hook(
            "chat:after_ai", attrs.evolve(ctx, hook="chat:after_ai", response=response)
        )

    async def save(
        self, before: Before, response: str, status: Literal["ok", "blocked"] = "ok"
    ) -> tuple[MessageRow, MessageRow]:
        """Store the message (or settle its failed first try) and the `response` to it."""
        store, session_id, settle = self.chat.store, self.row.id, before.settle
        new = [] if settle is not None else [NewMessage("user", before.text, status=status)]
        new.append(NewMessage("assistant", response, status=status))
        rows = await store.append_messages(session_id, new, settle=settle, settle_as=status)
        if settle is not None:
            (user_row,) = [
                m for m in await store.get_messages(session_id, limit=2) if m.id == settle
            ]
            return user_row, rows[0]
        return rows[0], rows[1]

    async def save_blocked(self, before: Before) -> tuple[MessageRow, MessageRow]:
        """Store a message blocked before the AI, with the block's direct response."""
        return await self.save(before, before.direct_response, "blocked")

    async def save_failed(self, before: Before) -> None:
        """The AI failed on this message: store it once, marked failed (a retry's message is
        stored already). Runs even when the caller is being cancelled."""
        if before.settle is None:
            with trio.CancelScope(shield=True):
                await self.chat.store.append_messages(
                    self.row.id, [NewMessage("user", before.text, status="failed")]
                )

    async def save_response(self, response: str) -> MessageRow:
        """Store an answer to a message stored in an earlier turn (a tool call's result)."""
        (row,) = await self.chat.store.append_messages(
            self.row.id, [NewMessage("assistant", response)]
        )
        return row
