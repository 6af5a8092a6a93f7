"""What the pipelines raise when a request cannot be served (before anything is stored)."""

from __future__ import annotations

from ..sdk._errors import RaptscallionsError


class ChatError(RaptscallionsError):
    """A chat or product request was refused; nothing was stored and no hook ran."""


class SessionNotFound(ChatError, LookupError):
    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"no chat session {session_id!r}: start one with start_session()")


class SessionEnded(ChatError):
    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(
            f"chat session {session_id!r} has ended: messages cannot be sent to it; start a "
            "new session"
        )


class NotSessionOwner(ChatError, PermissionError):
    def __init__(self, session_id: str, user_id: str) -> None:
        self.session_id = session_id
        self.user_id = user_id
        super().__init__(
            f"user {user_id!r} does not own chat session {session_id!r}: only the user who "
            "started a session may send to it"
        )


class SessionBusy(ChatError):
    """Another server has held the session's turn for longer than the wait allows."""

    def __init__(self, session_id: str, waited_s: float) -> None:
        self.session_id = session_id
        self.waited_s = waited_s
        super().__init__(
            f"chat session {session_id!r} is busy: another server has been handling one of "
            f"its messages for over {waited_s:g} s; try again later"
        )
