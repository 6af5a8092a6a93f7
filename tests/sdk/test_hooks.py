"""The hook registry: built-in hooks, hooks a host application adds, their blocking defaults,
and what manifests may declare as a result."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

import raptscallions.sdk as sdk
from raptscallions.sdk import (
    BUILTIN_HOOKS,
    ManifestError,
    RaptscallionsError,
    default_blocking,
    known_hooks,
    load_manifest,
    register_hook,
    unregister_hook,
)

Register = Callable[..., None]


@pytest.fixture
def register() -> Iterator[Register]:
    """`register_hook`, with every name it registered unregistered after the test."""
    names: list[str] = []

    def _register(name: str, *, blocking: bool | None = None) -> None:
        names.append(name)
        register_hook(name, blocking=blocking)

    yield _register
    for name in names:
        unregister_hook(name)


def write_module(tmp_path: Path, hooks: list[str], **extra: object) -> Path:
    folder = tmp_path / "quiz-helper"
    folder.mkdir(exist_ok=True)
    (folder / "module.py").write_text("")
    data = {"name": "quiz-helper", "version": "1.0.0", "description": "x", "hooks": hooks}
    (folder / "module.yaml").write_text(yaml.safe_dump({**data, **extra}))
    return folder


def test_builtin_hooks_are_the_specs() -> None:
    assert BUILTIN_HOOKS == (
        "chat:before_ai",
        "chat:after_ai",
        "chat:on_message",
        "session:start",
        "session:end",
        "product:before_ai",
        "product:after_ai",
        "run:complete",
    )
    assert known_hooks()[: len(BUILTIN_HOOKS)] == BUILTIN_HOOKS
    assert sdk.CHAT_BEFORE_AI == "chat:before_ai"
    assert sdk.RUN_COMPLETE == "run:complete"


@pytest.mark.parametrize(
    ("hook", "blocking"),
    [
        ("chat:before_ai", True),
        ("chat:after_ai", True),
        ("product:before_ai", True),
        ("product:after_ai", True),
        ("chat:on_message", False),
        ("session:start", False),
        ("session:end", False),
        ("run:complete", False),
        # Unregistered names follow the naming rule too.
        ("quiz:before_ai", True),
        ("quiz:after_ai", True),
        ("quiz:graded", False),
    ],
)
def test_default_blocking_follows_the_naming_rule(hook: str, blocking: bool) -> None:
    assert default_blocking(hook) is blocking


def test_a_registered_hook_becomes_valid_in_manifests(tmp_path: Path, register: Register) -> None:
    folder = write_module(tmp_path, ["quiz:before_grade"], priorities={"quiz:before_grade": 7})
    with pytest.raises(ManifestError) as info:
        load_manifest(folder)
    assert "$.hooks[0]: unknown hook 'quiz:before_grade'" in str(info.value)
    assert "register_hook" in str(info.value)

    register("quiz:before_grade")
    assert "quiz:before_grade" in known_hooks()
    manifest = load_manifest(folder)
    assert manifest.hooks == ("quiz:before_grade",)
    assert manifest.priority("quiz:before_grade") == 7


def test_unregister_makes_the_hook_unknown_again(tmp_path: Path, register: Register) -> None:
    folder = write_module(tmp_path, ["quiz:graded"])
    register("quiz:graded")
    load_manifest(folder)

    unregister_hook("quiz:graded")
    assert "quiz:graded" not in known_hooks()
    with pytest.raises(ManifestError, match=r"\$\.hooks\[0\]: unknown hook 'quiz:graded'"):
        load_manifest(folder)


def test_unregister_leaves_builtins_and_ignores_unknown_names() -> None:
    unregister_hook("chat:before_ai")
    unregister_hook("never:registered")
    assert known_hooks()[: len(BUILTIN_HOOKS)] == BUILTIN_HOOKS
    assert "chat:before_ai" in known_hooks()


def test_registered_hooks_come_after_builtins_sorted(register: Register) -> None:
    register("zeta:done")
    register("alpha:done")
    assert known_hooks() == (*BUILTIN_HOOKS, "alpha:done", "zeta:done")


def test_unknown_hook_suggests_a_registered_one(tmp_path: Path, register: Register) -> None:
    register("quiz:before_grade")
    folder = write_module(tmp_path, ["quiz:before_grad"])
    with pytest.raises(ManifestError, match="did you mean 'quiz:before_grade'"):
        load_manifest(folder)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "quiz",
        "quiz:",
        ":graded",
        "Quiz:graded",
        "quiz:Graded",
        "quiz:graded:twice",
        "1quiz:graded",
        "quiz:1graded",
        "quiz-app:graded",
        "quiz:graded ",
        " quiz:graded",
        "quiz.graded",
    ],
)
def test_bad_names_are_rejected(name: str) -> None:
    with pytest.raises(RaptscallionsError, match="lowercase snake case") as info:
        register_hook(name)
    assert repr(name) in str(info.value)
    assert name not in known_hooks()


def test_registered_blocking_default(tmp_path: Path, register: Register) -> None:
    register("quiz:before_ai")
    register("quiz:graded")
    register("quiz:grade", blocking=True)
    register("quiz:after_ai", blocking=False)
    assert default_blocking("quiz:before_ai") is True
    assert default_blocking("quiz:graded") is False
    assert default_blocking("quiz:grade") is True
    assert default_blocking("quiz:after_ai") is False

    folder = write_module(
        tmp_path,
        ["quiz:grade", "quiz:after_ai", "quiz:graded"],
        blocking={"quiz:graded": True},
    )
    manifest = load_manifest(folder)
    assert manifest.is_blocking("quiz:grade") is True
    assert manifest.is_blocking("quiz:after_ai") is False
    assert manifest.is_blocking("quiz:graded") is True


def test_registering_again_with_the_same_default_is_allowed(register: Register) -> None:
    register("quiz:graded")
    register("quiz:graded")
    register("quiz:graded", blocking=False)
    register("quiz:grade", blocking=True)
    register("quiz:grade", blocking=True)
    assert known_hooks().count("quiz:graded") == 1
    assert default_blocking("quiz:grade") is True


def test_conflicting_blocking_default_is_rejected(register: Register) -> None:
    register("quiz:graded", blocking=False)
    with pytest.raises(RaptscallionsError, match="already registered with blocking=False"):
        register_hook("quiz:graded", blocking=True)
    assert default_blocking("quiz:graded") is False

    # Once forgotten, the name may come back with another default.
    unregister_hook("quiz:graded")
    register("quiz:graded", blocking=True)
    assert default_blocking("quiz:graded") is True


@pytest.mark.parametrize("hook", BUILTIN_HOOKS)
def test_builtins_may_be_registered_but_not_changed(hook: str) -> None:
    fixed = default_blocking(hook)
    register_hook(hook)
    register_hook(hook, blocking=fixed)
    with pytest.raises(RaptscallionsError, match=f"{hook} is a built-in hook"):
        register_hook(hook, blocking=not fixed)
    assert default_blocking(hook) is fixed
    assert known_hooks().count(hook) == 1
