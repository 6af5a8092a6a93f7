"""Hypothesis strategies for fuzzing modules and hook chains.

For module authors: feed `contexts()` to a handler and check it never crashes and never
returns garbage; embed `emails()`, `phone_numbers()`, `ssns()` or `card_numbers()` in
`student_texts()` and check a redactor never lets the value through. For host developers:
`results()` generates what modules may answer, for checking a whole chain's laws.

    from hypothesis import given
    from raptscallions.sdk.testing import run_hook, strategies as st_r

    @given(ctx=st_r.contexts(hook="chat:before_ai"))
    async def test_never_crashes(ctx): ...
"""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from .._context import (
    Class,
    Group,
    HookContext,
    Message,
    Session,
    Tool,
    ToolDefinition,
    User,
)
from .._hooks import BUILTIN_HOOKS
from .._results import Block, Continue, Extraction, HookResult, Skip

__all__ = [
    "card_numbers",
    "contexts",
    "emails",
    "extractions",
    "hooks",
    "json_dicts",
    "messages",
    "phone_numbers",
    "results",
    "ssns",
    "student_texts",
]

_ids = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)
_times = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)
_WORDS = (
    "I", "don't", "understand", "fractions", "what", "is", "the", "answer", "to", "question",
    "3", "can", "you", "help", "me", "with", "my", "homework", "please", "why", "does",
    "photosynthesis", "need", "sunlight", "x", "=", "12", "+", "7", "essay", "about", "Hamlet",
    "thanks", "ok", "2024", "3.14159", "$4.99", "page", "42", "?", "!", ",", "😀", "ñandú",
)  # fmt: skip


def hooks() -> st.SearchStrategy[str]:
    return st.sampled_from(BUILTIN_HOOKS)


def student_texts(*, max_words: int = 30) -> st.SearchStrategy[str]:
    """Chat-like text: words students type, numbers that are not PII, emoji, odd spacing."""
    word = st.one_of(st.sampled_from(_WORDS), st.text(min_size=1, max_size=8))
    return st.lists(word, max_size=max_words).map(" ".join)


def json_dicts(*, max_leaves: int = 8) -> st.SearchStrategy[dict[str, Any]]:
    """JSON-compatible dicts (what extractions, input and output carry)."""
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**53), 2**53),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    )
    values = st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )
    return st.dictionaries(st.text(max_size=10), values, max_size=4)


@st.composite
def messages(
    draw: st.DrawFn, *, role: str | None = None, text: st.SearchStrategy[str] | None = None
) -> Message:
    return Message(
        id=draw(_ids),
        role=role or draw(st.sampled_from(["user", "assistant", "system"])),  # type: ignore[arg-type]
        content=draw(text if text is not None else student_texts()),
        seq=draw(st.integers(0, 10_000)),
        created_at=draw(st.none() | _times),
    )


@st.composite
def contexts(
    draw: st.DrawFn,
    *,
    hook: str | None = None,
    text: st.SearchStrategy[str] | None = None,
    max_history: int = 20,
) -> HookContext:
    """Complete, valid contexts; `text` generates the current message's content."""
    started = draw(_times)
    history = draw(st.lists(messages(), max_size=max_history))
    return HookContext(
        request_id=draw(_ids),
        hook=hook or draw(hooks()),
        timestamp=started + timedelta(seconds=draw(st.integers(0, 7200))),
        user=User(
            id=draw(_ids),
            role=draw(st.sampled_from(["student", "teacher", "admin"])),
            email=draw(st.just("") | st.emails()),
            name=draw(st.text(max_size=20)),
        ),
        tool=Tool(
            id=draw(_ids),
            name=draw(st.text(max_size=20)),
            type=draw(st.sampled_from(["chat", "product"])),
            definition=ToolDefinition(behavior=draw(st.text(max_size=40)), model="test"),
        ),
        group=draw(st.none() | st.builds(Group, id=_ids, name=st.text(max_size=10))),
        class_=draw(st.none() | st.builds(Class, id=_ids, name=st.text(max_size=10))),
        session=draw(
            st.none()
            | st.builds(
                Session,
                id=_ids,
                state=st.sampled_from(["active", "paused", "completed"]),
                started_at=st.just(started),
                message_count=st.just(len(history) + 1),
            )
        ),
        messages=history,
        message=draw(messages(role="user", text=text)),
        response=draw(st.none() | student_texts()),
        input=draw(st.none() | json_dicts()),
        output=draw(st.none() | json_dicts()),
    )


def extractions() -> st.SearchStrategy[Extraction]:
    return st.builds(
        Extraction, type=st.text(string.ascii_lowercase + "_", min_size=1, max_size=12),
        data=json_dicts(),
    )  # fmt: skip


def results(*, blocks: bool = True, skips: bool = True) -> st.SearchStrategy[HookResult]:
    """What a module may answer: Continue with any modifications, Block, Skip."""
    cont = st.builds(
        Continue,
        message=st.none() | student_texts(max_words=5),
        response=st.none() | student_texts(max_words=5),
        input=st.none() | json_dicts(max_leaves=3),
        output=st.none() | json_dicts(max_leaves=3),
        system_prompt_additions=st.lists(st.text(max_size=10), max_size=2),
        extractions=st.lists(extractions(), max_size=2),
    )
    options: list[st.SearchStrategy[HookResult]] = [cont]
    if blocks:
        options.append(
            st.builds(Block, reason=st.text(max_size=10), direct_response=st.none() | st.text())
        )
    if skips:
        options.append(st.builds(Skip, reason=st.none() | st.text(max_size=10)))
    return st.one_of(*options)


# ------------------------------------------------------------------ PII values


def _luhn_complete(prefix: str, length: int, body: str) -> str:
    digits = (prefix + body)[: length - 1]
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


_BRANDS = (
    ("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
    ("37", 15), ("6011", 16), ("65", 16), ("644", 16), ("3528", 16), ("3589", 16), ("36", 14),
    ("300", 14), ("62", 16),
)  # fmt: skip


@st.composite
def card_numbers(draw: st.DrawFn, *, separators: bool = True) -> str:
    """Luhn-valid card numbers of the major brands, grouped 4-4-4-4 (Amex 4-6-5) with a
    random separator, or plain."""
    prefix, length = draw(st.sampled_from(_BRANDS))
    body = draw(st.text("0123456789", min_size=length, max_size=length))
    number = _luhn_complete(prefix, length, body)
    sep = draw(st.sampled_from([" ", "-", ""])) if separators else ""
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


@st.composite
def ssns(draw: st.DrawFn) -> str:
    """Valid US social security numbers (no 000/666/9xx area, no 00 group, no 0000 serial)."""
    area = draw(st.integers(1, 899).filter(lambda a: a != 666))
    group = draw(st.integers(1, 99))
    serial = draw(st.integers(1, 9999))
    sep = draw(st.sampled_from(["-", " "]))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    """US numbers in common formats, and international ones with a + country code."""
    area = draw(st.integers(200, 989))
    exchange = draw(st.integers(200, 999))
    line = draw(st.integers(0, 9999))
    fmt = draw(st.sampled_from([
        "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
        "+44 20 {e}{d} {l}", "+49 30 {e}{l}", "+33 1 {e2} {e3} {l2} {l3}",
    ]))  # fmt: skip
    return fmt.format(
        a=area, e=exchange, l=f"{line:04d}", d=line % 10, e2=f"{exchange % 100:02d}",
        e3=f"{exchange // 10:02d}", l2=f"{line // 100:02d}", l3=f"{line % 100:02d}",
    )  # fmt: skip


@st.composite
def emails(draw: st.DrawFn) -> str:
    """Realistic addresses: dotted and plus-tagged local parts, subdomains, long TLDs."""
    local = draw(st.from_regex(r"[a-z][a-z0-9]{0,8}([._+-][a-z0-9]{1,6})?", fullmatch=True))
    domain = draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True))
    sub = draw(st.sampled_from(["", "mail.", "students."]))
    tld = draw(st.sampled_from(["com", "org", "edu", "co.uk", "io", "school", "de"]))
    return f"{local}@{sub}{domain}.{tld}"
