"""The one cattrs converter for contexts, results and wire messages.

Datetimes travel as ISO 8601 strings; `HookContext.class_` travels as ``class``; the runtime
binding of a context never travels.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._context import (
    Assignment,
    Class,
    Group,
    HookContext,
    Messages,
    Run,
    Session,
    Tool,
    ToolDefinition,
    User,
    _message_from_raw,
    parse_datetime,
)


def _structure_datetime(value: Any, _: Any) -> datetime:
    return parse_datetime(value)


def _structure_messages(value: Any, _: Any) -> Messages:
    if isinstance(value, Messages):
        return value
    if isinstance(value, tuple):
        return Messages(value)
    return Messages.from_raw(value)


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=detailed_validation)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
    conv.register_structure_hook(Messages, _structure_messages)
    conv.register_unstructure_hook(
        Messages,
        lambda ms: ms.raw() if ms.raw() is not None else [conv.unstructure(m) for m in ms],
    )
    conv.register_unstructure_hook(
        HookContext,
        make_dict_unstructure_fn(
            HookContext,
            conv,
            _cattrs_omit_if_default=False,
            class_=override(rename="class"),
            _runtime=override(omit=True),
        ),
    )
    conv.register_structure_hook(
        HookContext,
        make_dict_structure_fn(
            HookContext,
            conv,
            _cattrs_detailed_validation=detailed_validation,
            class_=override(rename="class"),
            _runtime=override(omit=True),
        ),
    )
    return conv


converter = make_converter()


def _part(cls: Any, raw: Any) -> Any:
    return None if raw is None else cls(**raw)


def context_from_wire(raw: dict[str, Any]) -> HookContext:
    """A `HookContext` from the host's own encoding of it: built directly, without the
    converter's generic machinery (the worker's hot path). Anything unexpected falls back to
    the converter, which validates and explains."""
    try:
        tool = dict(raw["tool"])
        definition = dict(tool.get("definition") or {})
        if definition.get("modules") is not None:
            definition["modules"] = tuple(definition["modules"])
        tool["definition"] = ToolDefinition(**definition)
        session = raw.get("session")
        if session is not None:
            session = Session(**{**session, "started_at": parse_datetime(session["started_at"])})
        run = raw.get("run")
        if run is not None:
            run = Run(**{**run, "created_at": parse_datetime(run["created_at"])})
        message = raw.get("message")
        return HookContext(
            request_id=raw["request_id"],
            hook=raw["hook"],
            user=User(**raw["user"]),
            tool=Tool(**tool),
            timestamp=parse_datetime(raw["timestamp"]),
            group=_part(Group, raw.get("group")),
            class_=_part(Class, raw.get("class")),
            assignment=_part(Assignment, raw.get("assignment")),
            session=session,
            messages=Messages.from_raw(raw.get("messages") or []),
            message=None if message is None else _message_from_raw(message),
            response=raw.get("response"),
            run=run,
            input=raw.get("input"),
            output=raw.get("output"),
            config=raw.get("config") or {},
        )
    except Exception:  # any surprise: the converter's slower, validating path
        return converter.structure(raw, HookContext)
