"""`raptscallions check DIR`: one line per module, the broken ones naming the field, a
non-zero exit on any error. Run for real as a subprocess, and in-process for the details."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest
import yaml

from raptscallions.cli import main

REPO: Final = Path(__file__).resolve().parents[2]
REPO_MODULES: Final = REPO / "modules"
ENTRY_CODE: Final = """\
from raptscallions.sdk import define_module

module = define_module()


@module.hook(*HOOKS)
async def handle(ctx):
    return None
"""


def make_module(root: Path, name: str, **fields: object) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    data: dict[str, object] = {
        "name": name,
        "version": "1.0.0",
        "description": f"The {name} module.",
        "hooks": ["chat:before_ai"],
        **fields,
    }
    (folder / "module.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    hooks = data["hooks"] if isinstance(data["hooks"], list) else []
    (folder / "module.py").write_text(f"HOOKS = {hooks!r}\n" + ENTRY_CODE)
    return folder


def run_check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "raptscallions.cli", "check", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def repo_module_names() -> list[str]:
    return sorted(p.name for p in REPO_MODULES.iterdir() if (p / "module.yaml").is_file())


def lines_starting(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """One valid module and one whose limits.maxMemoryMB is too small."""
    make_module(tmp_path, "good-one", hooks=["chat:before_ai", "session:end"])
    make_module(tmp_path, "broken-one", limits={"maxMemoryMB": 8})
    return tmp_path


# --- as a subprocess ------------------------------------------------------------------------


def test_the_repositorys_modules_pass() -> None:
    result = run_check(REPO_MODULES)
    assert result.returncode == 0, result.stdout + result.stderr
    names = repo_module_names()
    ok_lines = lines_starting(result.stdout, "ok ")
    assert len(ok_lines) == len(names)
    for name, line in zip(names, ok_lines, strict=True):
        assert line.split()[1] == name
        version = yaml.safe_load((REPO_MODULES / name / "module.yaml").read_text())["version"]
        assert f" {version} " in line
    assert lines_starting(result.stdout, "ERR") == []
    assert result.stdout.splitlines()[-1] == f"{len(names)} of {len(names)} modules valid"


def test_a_broken_module_fails_the_check_and_names_the_field(mixed: Path) -> None:
    result = run_check(mixed)
    assert result.returncode == 1
    [ok_line] = lines_starting(result.stdout, "ok ")
    assert ok_line.split()[1] == "good-one"
    assert "chat:before_ai, session:end" in ok_line
    [err_line] = lines_starting(result.stdout, "ERR")
    assert err_line.split()[1] == "broken-one"
    assert str(mixed / "broken-one" / "module.yaml") in err_line
    assert "$.limits.maxMemoryMB" in err_line
    assert "(got 8)" in err_line
    assert result.stdout.splitlines()[-1] == "1 of 2 modules valid; 1 with errors"


def test_each_valid_module_is_loaded_in_a_worker(tmp_path: Path) -> None:
    make_module(tmp_path, "fine")
    failing = make_module(tmp_path, "fails-on-import")
    (failing / "module.py").write_text("import no_such_package_here\n")
    result = run_check(tmp_path)
    assert result.returncode == 1
    [err_line] = lines_starting(result.stdout, "ERR")
    assert "fails-on-import" in err_line and "no_such_package_here" in err_line
    [ok_line] = lines_starting(result.stdout, "ok ")
    assert ok_line.split()[1] == "fine"
    # --no-load validates manifests only: the import error goes unnoticed.
    assert run_check(tmp_path, "--no-load").returncode == 0


def test_an_empty_folder_passes_with_a_hint(tmp_path: Path) -> None:
    (tmp_path / "not-a-module").mkdir()
    result = run_check(tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == (
        f"no modules in {tmp_path} (a module is a folder with a module.yaml)"
    )


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run_check(missing)
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip() == f"error: {missing} is not a folder"


def test_the_console_script(mixed: Path) -> None:
    script = Path(sys.executable).parent / "raptscallions"
    if not script.is_file():
        pytest.skip("the raptscallions console script is not installed next to this python")
    result = subprocess.run(
        [str(script), "check", str(mixed)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert "$.limits.maxMemoryMB" in result.stdout


# --- in-process -----------------------------------------------------------------------------


def test_in_process_valid_and_broken(mixed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(mixed)]) == 1
    out = capsys.readouterr().out
    assert "ok  good-one    1.0.0     chat:before_ai, session:end" in out
    assert f"ERR broken-one  {mixed / 'broken-one' / 'module.yaml'}: $.limits.maxMemoryMB" in out


def test_in_process_all_problems_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_module(tmp_path, "many-errors", version=1.0, mode="audit", scope={"allowGlobl": True})
    assert main(["check", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ERR many-errors  ")
    body = "\n".join(lines[:3])
    for field in ("$.version", "$.mode", "$.scope.allowGlobl"):
        assert field in body
    assert "did you mean 'allowGlobal'?" in body
    # Continuation lines are indented under the first.
    assert lines[1].startswith("  ") and lines[2].startswith("  ")
    assert lines[3] == "0 of 1 modules valid; 1 with errors"


def test_in_process_dependency_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_module(tmp_path, "a", dependencies=["b"])
    make_module(tmp_path, "b", dependencies=["a"])
    make_module(tmp_path, "c", dependencies=["ghost"])
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    [a_line, b_line, c_line] = lines_starting(out, "ERR")
    assert "dependency cycle: a -> b -> a" in a_line
    assert "dependency cycle: a -> b -> a" in b_line
    assert "depends on 'ghost'" in c_line


def test_in_process_flags_required_and_shadow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_module(tmp_path, "strict", required=True, mode="shadow")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert lines_starting(out, "ok  strict")[0].endswith("[required, shadow]")


def test_in_process_defaults_to_the_modules_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert len(lines_starting(out, "ok ")) == len(repo_module_names())


def test_in_process_a_file_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "module.yaml"
    file.write_text("")
    assert main(["check", str(file)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"error: {file} is not a folder\n"
