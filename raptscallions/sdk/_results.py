"""What a hook handler returns: `Continue`, `Block` or `Skip` (or None, meaning `Continue()`).

`Continue` carries modifications: `message` and `response` replace the text, `input` and
`output` are shallow-merged into the product tool's dicts, `system_prompt_additions` are
appended to the system prompt, and `extractions` are stored like `ctx.emit`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import validators as v

from ._errors import HookError


def _dict_or_none(value: Any) -> dict[str, Any] | None:
    return None if value is None else dict(value)


def _dict(value: Mapping[str, Any]) -> dict[str, Any]:
    # A typed converter: with the bare `dict` builtin, mypy sees its overloads as the
    # parameter type and rejects `Extraction("t", {"k": 1})`.
    return dict(value)


@attrs.frozen
class Extraction:
    """A structured observation a module records, e.g. ``Extraction("pii_detected", {...})``."""

    type: str = attrs.field(validator=v.and_(v.instance_of(str), v.min_len(1)))
    data: dict[str, Any] = attrs.field(factory=dict, converter=_dict)


def _extractions(value: Iterable[Extraction]) -> tuple[Extraction, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    # A lone str is iterable too: tuple("Be kind") would silently become seven additions.
    if isinstance(value, str):
        raise TypeError(
            f"system_prompt_additions must be a list of str (got the str {value!r:.40})"
        )
    return tuple(value)


@attrs.frozen
class Continue:
    """Go on, with optional modifications for the rest of the chain."""

    message: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    response: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    input: dict[str, Any] | None = attrs.field(default=None, converter=_dict_or_none)
    output: dict[str, Any] | None = attrs.field(default=None, converter=_dict_or_none)
    system_prompt_additions: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=v.deep_iterable(v.instance_of(str))
    )
    extractions: tuple[Extraction, ...] = attrs.field(
        default=(), converter=_extractions, validator=v.deep_iterable(v.instance_of(Extraction))
    )

    @property
    def modifies(self) -> bool:
        """Whether this result changes anything the next module would see."""
        return (
            self.message is not None
            or self.response is not None
            or bool(self.input)
            or bool(self.output)
        )


@attrs.frozen
class Block:
    """Stop the chain: the caller does not call the AI and shows `direct_response` instead."""

    reason: str = attrs.field(validator=v.instance_of(str))
    direct_response: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str))
    )


@attrs.frozen
class Skip:
    """Stop the chain here, keeping the modifications made so far."""

    reason: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))


HookResult = Continue | Block | Skip


def coerce_result(value: object, *, where: str = "handler") -> HookResult:
    """A handler's return value as a result; None means `Continue()`.

    Raises:
        HookError: anything else, naming what was returned.
    """
    if value is None:
        return Continue()
    if isinstance(value, Continue | Block | Skip):
        return value
    raise HookError(
        f"{where} returned {type(value).__name__} {value!r:.80}; expected Continue(...), "
        "Block(...), Skip() or None"
    )
