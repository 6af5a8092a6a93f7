"""Results: what a handler may return, how each is validated, and `coerce_result`."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from raptscallions.sdk import Block, Continue, Extraction, HookError, Skip
from raptscallions.sdk._convert import converter
from raptscallions.sdk._results import coerce_result


def test_continue_defaults_change_nothing() -> None:
    result = Continue()
    assert result.message is None and result.response is None
    assert result.input is None and result.output is None
    assert result.system_prompt_additions == () and result.extractions == ()
    assert not result.modifies


def test_continue_normalises_its_collections() -> None:
    source = {"a": 1}
    result = Continue(
        input=source,
        output=[("b", 2)],
        system_prompt_additions=["Be kind.", "Be brief."],
        extractions=[Extraction("x", {"n": 1})],
    )
    source["a"] = 99
    assert result.input == {"a": 1}, "the result keeps its own copy"
    assert result.output == {"b": 2}
    assert result.system_prompt_additions == ("Be kind.", "Be brief.")
    assert result.extractions == (Extraction("x", {"n": 1}),)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"message": 5},
        {"message": b"bytes"},
        {"response": ["not", "text"]},
        {"input": 5},
        {"output": "text"},
        {"system_prompt_additions": "Be kind."},  # a lone str, not a list of str
        {"system_prompt_additions": [1, 2]},
        {"system_prompt_additions": None},
        {"extractions": [{"type": "x", "data": {}}]},
        {"extractions": Extraction("x")},
    ],
)
def test_continue_refuses_wrong_types(kwargs: dict[str, Any]) -> None:
    with pytest.raises((TypeError, ValueError)):
        Continue(**kwargs)


def test_a_str_for_system_prompt_additions_is_not_split_into_characters() -> None:
    with pytest.raises(TypeError, match="list of str"):
        Continue(system_prompt_additions="Be kind.")


@pytest.mark.parametrize(
    ("result", "modifies"),
    [
        (Continue(), False),
        (Continue(message=""), True),
        (Continue(message="new"), True),
        (Continue(response="new"), True),
        (Continue(input={"k": 1}), True),
        (Continue(output={"k": 1}), True),
        (Continue(input={}, output={}), False),
        (Continue(system_prompt_additions=["extra"]), False),
        (Continue(extractions=[Extraction("seen")]), False),
    ],
)
def test_continue_modifies(result: Continue, modifies: bool) -> None:
    assert result.modifies is modifies


def test_extraction_validation() -> None:
    assert Extraction("t").data == {}
    source = {"k": [1]}
    extraction = Extraction("t", source)
    source["other"] = [2]
    assert extraction.data == {"k": [1]}
    with pytest.raises(ValueError):
        Extraction("")
    with pytest.raises(TypeError):
        Extraction(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Extraction("t", None)  # type: ignore[arg-type]


def test_block_needs_a_str_reason() -> None:
    block = Block("unsafe", direct_response="Let's talk about something else.")
    assert block.reason == "unsafe"
    assert Block("r").direct_response is None
    with pytest.raises(TypeError):
        Block()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Block(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Block("r", direct_response=3)  # type: ignore[arg-type]


def test_skip_reason_is_optional_text() -> None:
    assert Skip().reason is None
    assert Skip("not for teachers").reason == "not for teachers"
    with pytest.raises(TypeError):
        Skip(reason=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "result", [Continue(message="x"), Block("r"), Skip(), Extraction("t", {"a": 1})]
)
def test_results_are_frozen(result: Continue | Block | Skip | Extraction) -> None:
    field = attrs.fields(type(result))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(result, field, "changed")


def test_coerce_result_none_is_continue() -> None:
    assert coerce_result(None) == Continue()


@pytest.mark.parametrize("result", [Continue(message="m"), Block("r", "d"), Skip("s")])
def test_coerce_result_passes_results_through(result: Continue | Block | Skip) -> None:
    assert coerce_result(result) is result


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        ({"action": "continue"}, "dict"),
        ("continue", "str"),
        (True, "bool"),
        (Continue, "type"),
        (Extraction("t"), "Extraction"),
    ],
)
def test_coerce_result_names_what_it_got(value: object, type_name: str) -> None:
    with pytest.raises(HookError) as info:
        coerce_result(value, where="module 'x' handler for chat:before_ai")
    message = str(info.value)
    assert message.startswith("module 'x' handler for chat:before_ai returned " + type_name)
    assert "expected Continue(...), Block(...), Skip() or None" in message


@pytest.mark.parametrize(
    "result",
    [
        Continue(
            message="m",
            response="r",
            input={"a": [1, {"b": None}]},
            output={"o": "x"},
            system_prompt_additions=["one", "two"],
            extractions=[Extraction("t", {"k": 1}), Extraction("u")],
        ),
        Block("r", "d"),
        Skip(),
    ],
)
def test_results_round_trip_through_the_converter(result: Continue | Block | Skip) -> None:
    assert converter.structure(converter.unstructure(result), type(result)) == result
