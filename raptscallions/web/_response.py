"""JSON responses that never fail to render: what modules put in extractions, logs and
events is arbitrary data, and a float that JSON cannot carry (NaN, infinity) or an object it
does not know must not turn a good answer into a 500."""

from __future__ import annotations

import json
import math
from typing import Any

from starlette.responses import JSONResponse


def jsonable(value: Any) -> Any:
    """`value` with non-finite floats as null and unknown objects as their `str`."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)


def dumps(value: Any) -> bytes:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        text = json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":"))
    return text.encode()


class Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return dumps(content)
