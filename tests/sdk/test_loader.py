"""`load_module_folder`: a module folder imported as a package and checked against its
manifest."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from raptscallions.sdk import Continue, ManifestError, Module, ModuleLoadError
from raptscallions.sdk.testing import load_module_folder, mock_context, run_hook

HEADER = "from raptscallions.sdk import Continue, HookContext, define_module\n"


def write_module(
    root: Path,
    code: str,
    *,
    name: str = "sample",
    hooks: Iterable[str] = ("chat:before_ai",),
    files: Mapping[str, str] | None = None,
    manifest_extra: str = "",
    entry: str = "module.py",
) -> Path:
    """A module folder ``root/name`` with a manifest, its entry file and `files`."""
    folder = root / name
    folder.mkdir()
    hook_lines = "".join(f"  - {hook}\n" for hook in hooks)
    (folder / "module.yaml").write_text(
        f'name: {name}\nversion: "1.0.0"\ndescription: test module\nhooks:\n{hook_lines}'
        + (f"entry: {entry}\n" if entry != "module.py" else "")
        + manifest_extra
    )
    for relative, text in {entry: code, **(files or {})}.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return folder


ECHO = (
    HEADER
    + """
module = define_module()

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> Continue:
    return Continue(message="echo")
"""
)


def test_load_returns_the_module_named_after_its_manifest(tmp_path: Path) -> None:
    folder = write_module(tmp_path, ECHO)
    module = load_module_folder(folder)
    assert isinstance(module, Module)
    assert module.name == "sample"
    assert module.manifest is not None and module.manifest.name == "sample"
    assert module.folder == folder
    assert set(module.handlers) == {"chat:before_ai"}
    assert not module.loaded, "load_module_folder imports; on_load runs later"


async def test_relative_sibling_imports_work(tmp_path: Path) -> None:
    code = (
        HEADER
        + """
from . import helpers
from .patterns import WORDS

module = define_module()

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> Continue:
    return Continue(message=helpers.shout(WORDS[0]))
"""
    )
    folder = write_module(
        tmp_path,
        code,
        files={
            "helpers.py": "def shout(text: str) -> str:\n    return text.upper() + '!'\n",
            "patterns.py": "WORDS = ['hi']\n",
        },
    )
    result, _, _ = await run_hook(load_module_folder(folder), "chat:before_ai")
    assert result == Continue(message="HI!")


async def test_a_nested_entry_imports_its_own_siblings(tmp_path: Path) -> None:
    code = (
        HEADER
        + """
from . import util

module = define_module()

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> Continue:
    return Continue(message=util.NAME)
"""
    )
    folder = write_module(
        tmp_path, code, entry="src/main.py", files={"src/util.py": "NAME = 'nested'\n"}
    )
    result, _, _ = await run_hook(load_module_folder(folder), "chat:before_ai")
    assert result == Continue(message="nested")


def test_a_module_under_another_global_name_is_found(tmp_path: Path) -> None:
    code = ECHO.replace("module = define_module()", "plugin = define_module()").replace(
        "@module.hook", "@plugin.hook"
    )
    module = load_module_folder(write_module(tmp_path, code))
    assert set(module.handlers) == {"chat:before_ai"}


def test_the_module_global_wins_over_other_modules(tmp_path: Path) -> None:
    code = ECHO + "\nspare = define_module()\n"
    module = load_module_folder(write_module(tmp_path, code))
    assert set(module.handlers) == {"chat:before_ai"}


def test_no_module_is_a_load_error(tmp_path: Path) -> None:
    folder = write_module(tmp_path, "VALUE = 1\n")
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(folder)
    message = str(info.value)
    assert str(folder / "module.py") in message
    assert "defines no Module" in message and "module = define_module()" in message


def test_two_modules_without_a_module_global_is_a_load_error(tmp_path: Path) -> None:
    code = HEADER + "first = define_module()\nsecond = define_module()\n"
    with pytest.raises(ModuleLoadError, match="defines 2 Module objects"):
        load_module_folder(write_module(tmp_path, code))


def test_a_handler_for_an_undeclared_hook_is_a_load_error(tmp_path: Path) -> None:
    code = ECHO + '\n@module.hook("chat:after_ai")\nasync def extra(ctx: HookContext) -> None:\n'
    code += "    return None\n"
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(write_module(tmp_path, code))
    message = str(info.value)
    assert "handlers are registered for chat:after_ai" in message
    assert "does not declare under hooks" in message


def test_a_declared_hook_without_a_handler_is_a_load_error(tmp_path: Path) -> None:
    folder = write_module(tmp_path, ECHO, hooks=["chat:before_ai", "session:end"])
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(folder)
    message = str(info.value)
    assert "declares session:end but no handler is registered" in message
    assert "@module.hook('session:end')" in message


def test_an_import_error_names_the_file_and_line(tmp_path: Path) -> None:
    code = HEADER + "module = define_module()\nimport not_a_real_module_anywhere\n"
    folder = write_module(tmp_path, code)
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(folder)
    message = str(info.value)
    assert f"line 3 of {folder.resolve() / 'module.py'}" in message
    assert "ModuleNotFoundError" in message and "not_a_real_module_anywhere" in message
    assert isinstance(info.value.__cause__, ModuleNotFoundError)


def test_an_error_in_a_sibling_names_the_sibling(tmp_path: Path) -> None:
    code = HEADER + "from . import broken\nmodule = define_module()\n"
    folder = write_module(tmp_path, code, files={"broken.py": "X = 1\nY = 1 / 0\n"})
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(folder)
    message = str(info.value)
    assert f"line 2 of {folder.resolve() / 'broken.py'}" in message
    assert "ZeroDivisionError" in message


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    folder = write_module(tmp_path, "X = 1\n\ndef broken(:\n    pass\n")
    with pytest.raises(ModuleLoadError) as info:
        load_module_folder(folder)
    message = str(info.value)
    assert "module.py" in message and "line 3" in message
    assert "SyntaxError" in message


def test_an_invalid_manifest_stops_before_any_code_runs(tmp_path: Path) -> None:
    code = "from pathlib import Path\nPath(__file__).with_name('imported').touch()\n"
    folder = write_module(tmp_path, code, hooks=["chat:not_a_hook"])
    with pytest.raises(ManifestError, match=r"\$\.hooks\[0\]"):
        load_module_folder(folder)
    assert not (folder / "imported").exists()


async def test_two_loads_of_one_folder_are_independent(tmp_path: Path) -> None:
    code = (
        HEADER
        + """
CALLS: list[str] = []

module = define_module()

@module.hook("chat:before_ai")
async def handle(ctx: HookContext) -> Continue:
    CALLS.append(ctx.request_id)
    module.state["calls"] = module.state.get("calls", 0) + 1
    return Continue(message=str(len(CALLS)))
"""
    )
    folder = write_module(tmp_path, code)
    first, second = load_module_folder(folder), load_module_folder(folder)
    assert first is not second
    assert first.handlers["chat:before_ai"] is not second.handlers["chat:before_ai"]
    ctx = mock_context()
    assert (await run_hook(first, "chat:before_ai", ctx)).result == Continue(message="1")
    assert (await run_hook(first, "chat:before_ai", ctx)).result == Continue(message="2")
    assert (await run_hook(second, "chat:before_ai", ctx)).result == Continue(message="1")
    assert first.state == {"calls": 2} and second.state == {"calls": 1}
