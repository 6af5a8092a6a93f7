"""The wire protocol between the engine (host) and a module's worker process. Sans-IO.

Rules of this file:
- No I/O and no trio: bytes in, typed messages out (`FrameCodec.receive_data` / `events`),
  typed messages in, bytes out (`encode`). Fully testable without processes.
- A frame is ``u32 rest-length | u32 header-length | header | body``, big-endian. The header
  is one message as JSON (tagged by ``type``); the body carries a message's `body` field raw,
  so that a hook call's context, encoded once by the host, is sent to every module as is.
- Frames are capped (`max_frame`); anything malformed raises `ProtocolError` and poisons the
  codec (a stream that has lost its framing cannot be trusted again).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any, Final, Literal

import attrs
import cattrs
import msgspec
from cattrs.strategies import configure_tagged_union

from ._convert import make_converter
from ._errors import ProtocolError
from ._results import Block, Continue, Extraction, HookResult, Skip

DEFAULT_MAX_FRAME: Final = 16 * 1024 * 1024
_HEAD = struct.Struct(">II")

# ---------------------------------------------------------------- host -> worker


@attrs.frozen
class Load:
    """Import the module at `folder` (its manifest already validated by the host) and run
    `on_load(config)`; answer `Ready` or `LoadFailed`."""

    name: str
    folder: str
    manifest: dict[str, Any]
    config: dict[str, Any]
    sandbox: bool = True


@attrs.frozen
class ExecuteHook:
    """Run the handler for `hook`; `body` is the context as JSON. `config` is the effective
    config for this request, None meaning the module's global config."""

    id: int
    hook: str
    config: dict[str, Any] | None = None
    body: bytes = b""


@attrs.frozen
class Cancel:
    """Give up call `id` (its deadline passed); the worker answers `HookDone` when it has."""

    id: int


@attrs.frozen
class ConfigUpdate:
    config: dict[str, Any]


@attrs.frozen
class DbResponse:
    id: int
    result: Any = None
    error: str | None = None
    error_type: str | None = None


@attrs.frozen
class Shutdown:
    """Run `on_unload`, answer `Unloaded`, exit."""


# ---------------------------------------------------------------- worker -> host


@attrs.frozen
class Ready:
    pid: int
    hooks: list[str]
    protections: dict[str, bool] = attrs.field(factory=dict)


@attrs.frozen
class LoadFailed:
    error: str
    error_type: str = "ModuleLoadError"


@attrs.frozen
class HookDone:
    """The outcome of call `id`: a result, or an error (`error_type` "cancelled" when the
    worker gave the call up after `Cancel`)."""

    id: int
    result: HookResult | None = None
    error: str | None = None
    error_type: str | None = None


@attrs.frozen
class Emitted:
    """An extraction from `ctx.emit` (call_id None: emitted outside any call)."""

    call_id: int | None
    extraction_type: str
    data: dict[str, Any]


@attrs.frozen
class Log:
    call_id: int | None
    level: Literal["debug", "info", "warning", "error"]
    message: str
    data: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class DbQuery:
    """A `ctx.db` call made while serving call `call_id`; the host answers `DbResponse(id)`."""

    id: int
    call_id: int
    method: str
    params: dict[str, Any]


@attrs.frozen
class Unloaded:
    pass


ToWorker = Load | ExecuteHook | Cancel | ConfigUpdate | DbResponse | Shutdown
ToHost = Ready | LoadFailed | HookDone | Emitted | Log | DbQuery | Unloaded
Message = (
    Load
    | ExecuteHook
    | Cancel
    | ConfigUpdate
    | DbResponse
    | Shutdown
    | Ready
    | LoadFailed
    | HookDone
    | Emitted
    | Log
    | DbQuery
    | Unloaded
)

TAGS: Final[dict[type[Any], str]] = {
    Load: "load",
    ExecuteHook: "execute_hook",
    Cancel: "cancel",
    ConfigUpdate: "config_update",
    DbResponse: "db_response",
    Shutdown: "shutdown",
    Ready: "ready",
    LoadFailed: "load_error",
    HookDone: "hook_result",
    Emitted: "extraction",
    Log: "log",
    DbQuery: "db_query",
    Unloaded: "unloaded",
}
RESULT_TAGS: Final[dict[type[Any], str]] = {Continue: "continue", Block: "block", Skip: "skip"}


def make_wire_converter() -> cattrs.Converter:
    """The converter for wire messages: results tagged by ``action``, messages by ``type``.
    Non-detailed validation: generated code, the fast path for every call."""
    conv = make_converter(detailed_validation=False)
    configure_tagged_union(
        HookResult, conv, tag_name="action", tag_generator=RESULT_TAGS.__getitem__
    )
    optional = HookResult | None
    conv.register_structure_hook(
        optional,
        lambda v, _: None if v is None else conv.structure(v, HookResult),  # type: ignore[arg-type]
    )
    conv.register_unstructure_hook(
        optional, lambda v: None if v is None else conv.unstructure(v, HookResult)
    )
    for cls in TAGS:
        if any(f.name == "body" for f in attrs.fields(cls)):
            _omit_body(conv, cls)
    configure_tagged_union(Message, conv, tag_name="type", tag_generator=TAGS.__getitem__)
    return conv


def _omit_body(conv: cattrs.Converter, cls: type[Any]) -> None:
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    conv.register_unstructure_hook(
        cls, make_dict_unstructure_fn(cls, conv, body=override(omit=True))
    )
    conv.register_structure_hook(cls, make_dict_structure_fn(cls, conv, body=override(omit=True)))


wire = make_wire_converter()
_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder()


def encode(msg: Message, *, max_frame: int = DEFAULT_MAX_FRAME) -> bytes:
    """One frame holding `msg` (its `body` field, if any, travels raw after the header).

    Raises:
        ProtocolError: the frame would exceed `max_frame`, or `msg` is not JSON-encodable.
    """
    try:
        fast = _FAST_UNSTRUCTURE.get(type(msg))
        data = fast(msg) if fast is not None else wire.unstructure(msg, Message)
        header = _encoder.encode(data)
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:
        # RecursionError: data nested too deep, or a container that contains itself.
        raise ProtocolError(f"cannot encode {type(msg).__name__}: {exc}") from None
    body: bytes = getattr(msg, "body", b"")
    size = _HEAD.size - 4 + len(header) + len(body)
    if size + 4 > max_frame:
        raise ProtocolError(
            f"{type(msg).__name__} frame of {size + 4} bytes exceeds the {max_frame}-byte limit"
        )
    return _HEAD.pack(size, len(header)) + header + body


class FrameCodec:
    """Incremental frame decoder: feed bytes with `receive_data`, take messages from `events`.

    `receive_data(b"")` marks the end of the stream; a partial frame then is an error.
    """

    def __init__(self, *, max_frame: int = DEFAULT_MAX_FRAME) -> None:
        self.max_frame = max_frame
        self._buf = bytearray()
        self._eof = False
        self._error: ProtocolError | None = None

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def receive_data(self, data: bytes) -> None:
        if self._eof and data:
            raise ProtocolError("data received after the end of the stream")
        if data:
            self._buf += data
        else:
            self._eof = True

    def events(self) -> Iterator[Message]:
        """The complete messages received so far, in order.

        Raises:
            ProtocolError: an oversized, malformed or truncated frame; every later call
                raises it again.
        """
        if self._error is not None:
            raise self._error
        try:
            yield from self._drain()
        except ProtocolError as exc:
            self._error = exc
            self._buf.clear()
            raise

    def _drain(self) -> Iterator[Message]:
        buf = self._buf
        while True:
            if len(buf) < _HEAD.size:
                break
            size, header_len = _HEAD.unpack_from(buf)
            if size + 4 > self.max_frame:
                raise ProtocolError(
                    f"frame of {size + 4} bytes exceeds the {self.max_frame}-byte limit"
                )
            if header_len > size - 4:
                raise ProtocolError(
                    f"frame header length {header_len} exceeds the frame ({size - 4} bytes)"
                )
            end = 4 + size
            if len(buf) < end:
                break
            header = bytes(buf[_HEAD.size : _HEAD.size + header_len])
            body = bytes(buf[_HEAD.size + header_len : end])
            del buf[:end]
            yield _decode(header, body)
        if self._eof and buf:
            raise ProtocolError(f"stream ended inside a frame ({len(buf)} bytes left over)")


def _decode(header: bytes, body: bytes) -> Message:
    try:
        data = _decoder.decode(header)
    # msgspec raises UnicodeDecodeError on invalid UTF-8 inside a string and RecursionError
    # on nesting too deep: malformed input all the same.
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ProtocolError(f"frame header is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError(f"frame header must be a JSON object (got {type(data).__name__})")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in _KNOWN:  # a list or dict is unhashable
        raise ProtocolError(f"unknown message type {kind!r:.40}")
    fast = _FAST_STRUCTURE.get(kind)
    try:
        if fast is not None:
            decoded: Message = fast(data, body)
            return decoded
        msg: Message = wire.structure(data, Message)  # type: ignore[arg-type]
    except ProtocolError as exc:
        raise ProtocolError(f"malformed {kind} message: {exc}") from None
    except Exception as exc:  # cattrs and attrs validators raise many kinds on bad shapes
        raise ProtocolError(f"malformed {kind} message: {type(exc).__name__}: {exc}") from None
    if body:
        if not hasattr(msg, "body"):
            raise ProtocolError(f"{kind} message carries an unexpected body")
        msg = attrs.evolve(msg, body=body)  # type: ignore[arg-type]
    return msg


# ---------------------------------------------------------------- the hot path
# Every hook call is one ExecuteHook and one HookDone. They are (un)structured by hand, with
# the same shapes and checks the converter applies, at a fraction of its cost; defaults are
# left out of the frame. Everything else goes through the converter.


def _check(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ProtocolError(f"{what} has the wrong type ({type(value).__name__})")
    return value


def _optional_dict(value: Any, what: str) -> dict[str, Any] | None:
    return None if value is None else _check(value, dict, what)


def _unstructure_execute(msg: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "execute_hook", "id": msg.id, "hook": msg.hook}
    if msg.config is not None:
        data["config"] = msg.config
    return data


def _structure_execute(data: dict[str, Any], body: bytes) -> ExecuteHook:
    return ExecuteHook(
        _check(data.get("id"), int, "execute_hook.id"),
        _check(data.get("hook"), str, "execute_hook.hook"),
        _optional_dict(data.get("config"), "execute_hook.config"),
        body,
    )


def unstructure_result(result: HookResult) -> dict[str, Any]:
    """A result as wire data (defaults left out)."""
    if isinstance(result, Continue):
        data: dict[str, Any] = {"action": "continue"}
        for name in ("message", "response", "input", "output"):
            value = getattr(result, name)
            if value is not None:
                data[name] = value
        if result.system_prompt_additions:
            data["system_prompt_additions"] = list(result.system_prompt_additions)
        if result.extractions:
            data["extractions"] = [{"type": e.type, "data": e.data} for e in result.extractions]
        return data
    if isinstance(result, Block):
        return {"action": "block", "reason": result.reason,
                "direct_response": result.direct_response}  # fmt: skip
    return {"action": "skip", "reason": result.reason}


_CONTINUE_KEYS: Final = frozenset(
    {"action", "message", "response", "input", "output", "system_prompt_additions",
     "extractions"}
)  # fmt: skip


def structure_result(data: Any) -> HookResult:
    """Wire data as a result.

    Raises:
        ProtocolError: not a result (unknown action, unknown keys, wrong types).
    """
    _check(data, dict, "result")
    action = data.get("action")
    if action == "continue":
        if not data.keys() <= _CONTINUE_KEYS:
            raise ProtocolError(f"result has unknown keys {sorted(data.keys() - _CONTINUE_KEYS)}")
        extractions = [
            Extraction(_check(e, dict, "extraction").get("type"), e.get("data", {}))
            for e in _check(data.get("extractions", []), list, "result.extractions")
        ]
        additions = _check(data.get("system_prompt_additions", []), list, "additions")
        return Continue(
            message=data.get("message"),
            response=data.get("response"),
            input=_optional_dict(data.get("input"), "result.input"),
            output=_optional_dict(data.get("output"), "result.output"),
            system_prompt_additions=additions,
            extractions=extractions,
        )
    if action == "block":
        return Block(data.get("reason"), data.get("direct_response"))
    if action == "skip":
        return Skip(data.get("reason"))
    raise ProtocolError(f"unknown result action {action!r:.40}")


def _unstructure_done(msg: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "hook_result", "id": msg.id}
    if msg.result is not None:
        data["result"] = unstructure_result(msg.result)
    if msg.error is not None:
        data["error"] = msg.error
    if msg.error_type is not None:
        data["error_type"] = msg.error_type
    return data


def _structure_done(data: dict[str, Any], body: bytes) -> HookDone:
    if body:
        raise ProtocolError("hook_result message carries an unexpected body")
    raw = data.get("result")
    error = data.get("error")
    error_type = data.get("error_type")
    return HookDone(
        _check(data.get("id"), int, "hook_result.id"),
        None if raw is None else structure_result(raw),
        None if error is None else _check(error, str, "hook_result.error"),
        None if error_type is None else _check(error_type, str, "hook_result.error_type"),
    )


_FAST_UNSTRUCTURE: Final[dict[type[Any], Any]] = {
    ExecuteHook: _unstructure_execute,
    HookDone: _unstructure_done,
}
_FAST_STRUCTURE: Final[dict[str, Any]] = {
    "execute_hook": _structure_execute,
    "hook_result": _structure_done,
}


_KNOWN: Final = frozenset(TAGS.values())


def decode_json(data: bytes) -> Any:
    """JSON bytes to Python data (the codec's parser).

    Raises:
        ProtocolError: not JSON.
    """
    try:
        return _decoder.decode(data)
    # msgspec raises UnicodeDecodeError on invalid UTF-8 inside a string and RecursionError
    # on nesting too deep: malformed input all the same.
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None


def encode_json(data: Any) -> bytes:
    """Python data to JSON bytes (the codec's serializer)."""
    return _encoder.encode(data)
