"""The one cattrs converter for contexts, results and wire messages.

Datetimes travel as ISO 8601 strings; `HookContext.class_` travels as ``class``; the runtime
binding of a context never travels.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._context import HookContext


def _structure_datetime(value: Any, _: Any) -> datetime:
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, str):
        result = datetime.fromisoformat(value)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = datetime.fromtimestamp(value, UTC)
    else:
        raise ValueError(f"expected an ISO 8601 datetime string (got {value!r:.40})")
    return result if result.tzinfo is not None else result.replace(tzinfo=UTC)


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=detailed_validation)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, lambda d: d.isoformat())
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
