"""The one cattrs converter for contexts, results and wire messages.

Datetimes travel as ISO 8601 strings; `HookContext.class_` travels as ``class``; the runtime
binding of a context never travels.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._context import HookContext, Messages, parse_datetime


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
