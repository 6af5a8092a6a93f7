"""A hook call's context on the wire, fast both ways: `encode_context` (the host, once per
hook call) and `decode_context` (a worker, once per call).

The wire form is the converter's (`converter.unstructure`, without `config`, which travels
beside it), so either end may also use the converter. Encoding hands the attrs parts to
`msgspec` as they are. Decoding does not even parse the history (most of a context's bytes)
until a handler first looks at it: `msgspec` skims it as raw JSON, and `WireMessages`
decodes it on first use. The rest is built directly, like `context_from_wire`; anything
unexpected takes that function's path (and, past it, the converter's, which validates and
explains).
"""

from __future__ import annotations

import operator
from datetime import datetime
from typing import Any, Final

import attrs
import msgspec

from ._context import (
    Assignment,
    Class,
    Group,
    HookContext,
    Message,
    Messages,
    Run,
    Session,
    Tool,
    User,
)
from ._convert import context_from_wire
from ._protocol import decode_json

# Every field that travels in the body: its wire names, and one getter for all the values.
_NAMES: Final = tuple(
    f.name for f in attrs.fields(HookContext) if f.name not in ("config", "_runtime")
)
_WIRE_NAMES: Final = tuple("class" if name == "class_" else name for name in _NAMES)
_values: Final = operator.attrgetter(*_NAMES)


def _encode_hook(value: Any) -> Any:
    if isinstance(value, Messages):
        raw = value.raw()
        return raw if raw is not None else list(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


_encoder = msgspec.json.Encoder(enc_hook=_encode_hook)


def encode_context(ctx: HookContext) -> bytes:
    """`ctx` as the body of a hook call (JSON, without `config`).

    Raises:
        TypeError: something in the context is not JSON-encodable.
    """
    return _encoder.encode(dict(zip(_WIRE_NAMES, _values(ctx), strict=True)))


class WireMessages(Messages):
    """A history still in its wire form (JSON), decoded on first use."""

    __slots__ = ("_json",)

    def __init__(self, raw_json: bytes | msgspec.Raw) -> None:
        self._json = raw_json
        self._raw = None
        self._items = None

    def _load(self) -> None:
        if self._raw is None and self._items is None:
            raw = decode_json(self._json)
            if not isinstance(raw, list):
                raise ValueError(f"messages must be a list (got {type(raw).__name__})")
            self._raw = raw

    def raw(self) -> list[Any] | None:
        self._load()
        return super().raw()

    def _decoded(self) -> tuple[Any, ...]:
        self._load()
        return super()._decoded()

    def __len__(self) -> int:
        self._load()
        return super().__len__()


class _Wire(msgspec.Struct):
    """The body of a hook call, as msgspec decodes it: the parts straight into their attrs
    classes (no converters run, so datetimes are checked for a timezone afterwards), the
    history left as raw JSON."""

    request_id: str
    hook: str
    user: User
    tool: Tool
    timestamp: datetime
    group: Group | None = None
    class_: Class | None = msgspec.field(default=None, name="class")
    assignment: Assignment | None = None
    session: Session | None = None
    messages: msgspec.Raw = msgspec.Raw(b"[]")
    message: Message | None = None
    response: str | None = None
    run: Run | None = None
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None


_decoder = msgspec.json.Decoder(_Wire)


class _Naive(Exception):
    pass


def _aware(value: datetime | None) -> None:
    if value is not None and value.tzinfo is None:
        raise _Naive  # the converters would take it as UTC: leave that to them


def decode_context(body: bytes, config: dict[str, Any]) -> HookContext:
    """The `HookContext` in `body` (the host's encoding of it), with `config`.

    Raises:
        ProtocolError: `body` is not JSON.
        Exception: from the converter, for a context that does not fit `HookContext`.
    """
    try:
        w = _decoder.decode(body)
        _aware(w.timestamp)
        if w.session is not None:
            _aware(w.session.started_at)
        if w.run is not None:
            _aware(w.run.created_at)
        if w.message is not None:
            _aware(w.message.created_at)
        return HookContext(
            request_id=w.request_id,
            hook=w.hook,
            user=w.user,
            tool=w.tool,
            timestamp=w.timestamp,
            group=w.group,
            class_=w.class_,
            assignment=w.assignment,
            session=w.session,
            messages=WireMessages(w.messages),
            message=w.message,
            response=w.response,
            run=w.run,
            input=w.input,
            output=w.output,
            config=config,
        )
    except Exception:  # anything unexpected: the validating path, which explains
        raw = decode_json(body)
        raw["config"] = config
        return context_from_wire(raw)
