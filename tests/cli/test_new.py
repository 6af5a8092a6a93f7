"""`raptscallions new NAME`: the scaffold passes `check`, its own tests (under this
repository's pytest configuration and without it) and `mypy --strict` through
tools/typecheck_modules.py; bad names and existing folders are refused with one line.

Scaffolds are only ever written to temporary folders: pytest collects `modules/`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from raptscallions._scaffold import ScaffoldError, check_hooks, check_name, scaffold_module
from raptscallions.cli import main

from .conftest import REPO, Run, assert_clean_error


def pytest_on(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, str(folder)],
        capture_output=True,
        text=True,
        cwd=folder.parent,
        timeout=120,
        check=False,
    )


def typecheck(modules: Path, root: Path) -> subprocess.CompletedProcess[str]:
    """tools/typecheck_modules.py over `modules`: the tool checks `<its root>/modules`, so it
    runs from a copy whose root holds `modules` and links to the package and the config."""
    (root / "tools").mkdir(parents=True)
    shutil.copy(REPO / "tools" / "typecheck_modules.py", root / "tools")
    (root / "pyproject.toml").symlink_to(REPO / "pyproject.toml")
    (root / "raptscallions").symlink_to(REPO / "raptscallions")
    shutil.copytree(modules, root / "modules")
    return subprocess.run(
        [sys.executable, str(root / "tools" / "typecheck_modules.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_new_then_check_then_its_tests_then_typecheck(run: Run, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    result = run("new", "demo", "--modules", modules)
    assert result.returncode == 0, result.stderr
    folder = modules / "demo"
    for name in ("module.yaml", "module.py", "tests/test_demo.py", "README.md"):
        assert (folder / name).is_file()
        assert str(folder / name) in result.stdout
    assert f"raptscallions check {modules}" in result.stdout
    assert f"pytest {folder}" in result.stdout

    manifest = yaml.safe_load((folder / "module.yaml").read_text())
    assert manifest["name"] == "demo"
    assert manifest["version"] == "0.1.0"
    assert manifest["hooks"] == ["chat:before_ai"]
    assert manifest["permissions"] == ["extractions:write"]
    assert manifest["config"]["properties"]["words"]["default"] == ["darn", "heck"]
    assert "docs/module-guide.md" in (folder / "module.py").read_text()

    checked = run("check", modules)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines() == [
        "ok  demo  0.1.0     chat:before_ai",
        "1 of 1 modules valid",
    ]

    # Under this repository's configuration (trio_mode, importlib) and under none at all.
    inside = pytest_on(folder, "-c", str(REPO / "pyproject.toml"))
    assert inside.returncode == 0, inside.stdout + inside.stderr
    assert "5 passed" in inside.stdout
    outside = pytest_on(folder)
    assert outside.returncode == 0, outside.stdout + outside.stderr
    assert "5 passed" in outside.stdout

    checked_types = typecheck(modules, tmp_path / "root")
    assert checked_types.returncode == 0, checked_types.stdout + checked_types.stderr
    assert "Success" in checked_types.stdout


def test_several_hooks_scaffold_passing_tests(run: Run, tmp_path: Path) -> None:
    modules = tmp_path / "modules"
    hooks = ["chat:before_ai", "chat:after_ai", "chat:on_message", "session:end"]
    result = run("new", "two-way", "--modules", modules, *[f"--hook={h}" for h in hooks])
    assert result.returncode == 0, result.stderr
    folder = modules / "two-way"
    assert yaml.safe_load((folder / "module.yaml").read_text())["hooks"] == hooks
    assert (folder / "tests" / "test_two_way.py").is_file()
    assert run("check", modules).returncode == 0
    tested = pytest_on(folder)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "9 passed" in tested.stdout


@pytest.mark.parametrize("hooks", [["chat:after_ai"], ["product:before_ai", "run:complete"]])
def test_other_hooks_scaffold_passing_tests(tmp_path: Path, hooks: list[str]) -> None:
    made = scaffold_module(tmp_path, "other", hooks=hooks)
    tested = pytest_on(made.folder)
    assert tested.returncode == 0, tested.stdout + tested.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Demo", "try 'demo'"),
        ("my_module", "try 'my-module'"),
        ("9lives", "starting with a letter"),
        ("_draft", "try 'draft'"),
        ("a" * 65, "at most 64 characters"),
        ("", "invalid module name ''"),
    ],
)
def test_bad_names_are_refused(run: Run, tmp_path: Path, name: str, expected: str) -> None:
    result = run("new", name, "--modules", tmp_path)
    assert_clean_error(result, 2, expected)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_left_alone_without_force(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "module.py").write_text("# mine\n")
    result = run("new", "demo", "--modules", tmp_path)
    assert_clean_error(result, 2, str(folder), "already exists", "--force")
    assert (folder / "module.py").read_text() == "# mine\n"
    assert sorted(p.name for p in folder.iterdir()) == ["module.py"]

    forced = run("new", "demo", "--modules", tmp_path, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "define_module" in (folder / "module.py").read_text()


def test_an_unknown_hook_is_refused_with_a_suggestion(run: Run, tmp_path: Path) -> None:
    result = run("new", "demo", "--modules", tmp_path, "--hook", "chat:befor_ai")
    assert_clean_error(result, 2, "unknown hook 'chat:befor_ai'", "did you mean 'chat:before_ai'")


def test_a_file_in_the_way_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "modules"
    file.write_text("")
    assert main(["new", "demo", "--modules", str(file)]) == 2
    assert capsys.readouterr().err == f"error: {file} is not a folder (--modules DIR)\n"


def test_the_modules_folder_is_created(tmp_path: Path) -> None:
    made = scaffold_module(tmp_path / "a" / "b", "fresh")
    assert made.folder == tmp_path / "a" / "b" / "fresh"
    assert [p.relative_to(made.folder).as_posix() for p in made.files] == [
        "module.yaml",
        "module.py",
        "tests/test_fresh.py",
        "README.md",
    ]


def test_name_and_hook_rules() -> None:
    check_name("a")
    check_name("word-filter-2")
    check_name("a" * 64)
    with pytest.raises(ScaffoldError):
        check_name("a" * 65)
    assert check_hooks(["chat:after_ai", "chat:after_ai", "session:end"]) == (
        "chat:after_ai",
        "session:end",
    )
    with pytest.raises(ScaffoldError, match="at least one hook"):
        check_hooks([])
