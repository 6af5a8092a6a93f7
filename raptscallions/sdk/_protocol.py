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
    """Incremental frame decoder: feed bytes with `receive_data`, take messages from `events`
    (or `take`, every complete message at once).

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

    @property
    def error(self) -> ProtocolError | None:
        """The error that poisoned the codec, if one did."""
        return self._error

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
            ProtocolError: an oversized, malformed or truncated frame (after the messages
                before it); every later call raises it again.
        """
        if self._error is not None:
            raise self._error
        msgs = self._take()
        yield from msgs
        if self._error is not None:
            raise self._error

    def take(self) -> list[Message]:
        """Every complete message received so far, in order, at once. A malformed frame
        after some good ones poisons the codec and is raised by the next call.

        Raises:
            ProtocolError: the first frame is oversized, malformed or truncated (or the codec
                is poisoned).
        """
        if self._error is not None:
            raise self._error
        msgs = self._take()
        if not msgs and self._error is not None:
            raise self._error
        return msgs

    def _take(self) -> list[Message]:
        buf = self._buf
        have = len(buf)
        pos = 0
        out: list[Message] = []
        try:
            while have - pos >= _HEAD.size:
                size, header_len = _HEAD.unpack_from(buf, pos)
                if size + 4 > self.max_frame:
                    raise ProtocolError(
                        f"frame of {size + 4} bytes exceeds the {self.max_frame}-byte limit"
                    )
                if header_len > size - 4:
                    raise ProtocolError(
                        f"frame header length {header_len} exceeds the frame ({size - 4} bytes)"
                    )
                end = pos + 4 + size
                if have < end:
                    break
                start = pos + _HEAD.size
                split = start + header_len
                header = bytes(buf[start:split])
                body = bytes(buf[split:end]) if end > split else b""
                pos = end
                out.append(_decode(header, body))
            if self._eof and have > pos:
                raise ProtocolError(f"stream ended inside a frame ({have - pos} bytes left over)")
        except ProtocolError as exc:
            self._error = exc
            buf.clear()
            return out
        if pos:
            del buf[:pos]
        return out


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
# Every hook call is one ExecuteHook and one HookDone, often with Log and Emitted frames.
# They are (un)structured by hand, with the same shapes and checks the converter applies, at
# a fraction of its cost; defaults are left out of the frame. Everything else goes through
# the converter. `encode_execute` and `encode_done` build those two frames without a message
# object at all.

NO_CHANGE: Final = Continue()
"""`Continue()`, shared: what a handler's None (and an empty continue on the wire) means."""


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
    if action == "continue" and len(data) == 1:
        return NO_CHANGE
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


def _unstructure_cancel(msg: Any) -> dict[str, Any]:
    return {"type": "cancel", "id": msg.id}


def _structure_cancel(data: dict[str, Any], body: bytes) -> Cancel:
    if body:
        raise ProtocolError("cancel message carries an unexpected body")
    return Cancel(_check(data.get("id"), int, "cancel.id"))


def _unstructure_emitted(msg: Any) -> dict[str, Any]:
    return {"type": "extraction", "call_id": msg.call_id, "extraction_type":
            msg.extraction_type, "data": msg.data}  # fmt: skip


def _optional_int(value: Any, what: str) -> int | None:
    return None if value is None else _check(value, int, what)


def _structure_emitted(data: dict[str, Any], body: bytes) -> Emitted:
    if body:
        raise ProtocolError("extraction message carries an unexpected body")
    return Emitted(
        _optional_int(data.get("call_id"), "extraction.call_id"),
        _check(data.get("extraction_type"), str, "extraction.extraction_type"),
        _check(data.get("data"), dict, "extraction.data"),
    )


_LEVELS: Final = frozenset({"debug", "info", "warning", "error"})


def _unstructure_log(msg: Any) -> dict[str, Any]:
    data = {"type": "log", "call_id": msg.call_id, "level": msg.level, "message": msg.message}
    if msg.data:
        data["data"] = msg.data
    return data


def _structure_log(data: dict[str, Any], body: bytes) -> Log:
    if body:
        raise ProtocolError("log message carries an unexpected body")
    level = data.get("level")
    if not isinstance(level, str) or level not in _LEVELS:
        raise ProtocolError(f"log.level must be one of {sorted(_LEVELS)} (got {level!r:.40})")
    return Log(
        _optional_int(data.get("call_id"), "log.call_id"),
        level,  # type: ignore[arg-type]  # checked against _LEVELS just above
        _check(data.get("message"), str, "log.message"),
        _check(data.get("data", {}), dict, "log.data"),
    )


_FAST_UNSTRUCTURE: Final[dict[type[Any], Any]] = {
    ExecuteHook: _unstructure_execute,
    HookDone: _unstructure_done,
    Cancel: _unstructure_cancel,
    Emitted: _unstructure_emitted,
    Log: _unstructure_log,
}
_FAST_STRUCTURE: Final[dict[str, Any]] = {
    "execute_hook": _structure_execute,
    "hook_result": _structure_done,
    "cancel": _structure_cancel,
    "extraction": _structure_emitted,
    "log": _structure_log,
}


def _frame(header: bytes, body: bytes, what: str, max_frame: int) -> bytes:
    size = _HEAD.size - 4 + len(header) + len(body)
    if size + 4 > max_frame:
        raise ProtocolError(f"{what} frame of {size + 4} bytes exceeds the {max_frame}-byte limit")
    return _HEAD.pack(size, len(header)) + header + body


_HOOK_JSON: dict[str, bytes] = {}


def encode_execute(
    call_id: int,
    hook: str,
    config: dict[str, Any] | None,
    body: bytes,
    *,
    max_frame: int = DEFAULT_MAX_FRAME,
) -> bytes:
    """`encode(ExecuteHook(call_id, hook, config, body))`, without the message object.

    Raises:
        ProtocolError: the frame would exceed `max_frame`, or `config` is not JSON-encodable.
    """
    if config is None:
        hook_json = _HOOK_JSON.get(hook)
        if hook_json is None:
            hook_json = _HOOK_JSON[hook] = _encoder.encode(hook)
            if len(_HOOK_JSON) > 1024:  # registered hooks are few; never let it grow unbounded
                _HOOK_JSON.clear()
        header = b'{"type":"execute_hook","id":%d,"hook":%s}' % (call_id, hook_json)
        return _frame(header, body, "ExecuteHook", max_frame)
    return encode(ExecuteHook(call_id, hook, config, body), max_frame=max_frame)


def encode_done(call_id: int, result: HookResult, *, max_frame: int = DEFAULT_MAX_FRAME) -> bytes:
    """`encode(HookDone(call_id, result))`, without the message object.

    Raises:
        ProtocolError: the frame would exceed `max_frame`, or `result` is not JSON-encodable.
    """
    if result is NO_CHANGE or (
        type(result) is Continue
        and result.message is None
        and result.response is None
        and result.input is None
        and result.output is None
        and not result.system_prompt_additions
        and not result.extractions
    ):
        header = b'{"type":"hook_result","id":%d,"result":{"action":"continue"}}' % call_id
        return _frame(header, b"", "HookDone", max_frame)
    return encode(HookDone(call_id, result), max_frame=max_frame)


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
