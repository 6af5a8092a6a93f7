"""Finding module folders and checking them together: broken manifests, missing
dependencies and dependency cycles are errors of each module involved, named in the message."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest
import yaml

from raptscallions._discovery import Discovered, discover, find_cycles, module_folders
from raptscallions.sdk import ManifestError

REPO: Final = Path(__file__).resolve().parents[1]


def make_module(root: Path, name: str, *deps: str, **extra: object) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "module.py").write_text("")
    data: dict[str, object] = {
        "name": name,
        "version": "1.0.0",
        "description": f"The {name} module.",
        "hooks": ["chat:on_message"],
        **extra,
    }
    if deps:
        data["dependencies"] = list(deps)
    (folder / "module.yaml").write_text(yaml.safe_dump(data))
    return folder


def by_name(found: list[Discovered]) -> dict[str, Discovered]:
    return {d.name: d for d in found}


def error_of(d: Discovered) -> str:
    assert d.error is not None, f"{d.name} has no error"
    return str(d.error)


# --- module_folders -----------------------------------------------------------------------


def test_only_folders_with_a_manifest_are_modules(tmp_path: Path) -> None:
    make_module(tmp_path, "beta")
    make_module(tmp_path, "alpha")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "module.py").write_text("")
    (tmp_path / "typo").mkdir()
    (tmp_path / "typo" / "module.yml").write_text("name: typo\n")
    (tmp_path / "module.yaml").write_text("name: stray\n")
    (tmp_path / "README.md").write_text("")

    assert module_folders(tmp_path) == [tmp_path / "alpha", tmp_path / "beta"]
    assert [d.name for d in discover(tmp_path)] == ["alpha", "beta"]


def test_hidden_and_underscore_folders_are_skipped(tmp_path: Path) -> None:
    make_module(tmp_path, "visible")
    make_module(tmp_path, ".hidden")
    make_module(tmp_path, "_disabled")
    make_module(tmp_path, "__pycache__")

    assert module_folders(tmp_path) == [tmp_path / "visible"]
    found = discover(tmp_path)
    assert [d.name for d in found] == ["visible"]
    assert found[0].error is None


def test_a_missing_or_non_folder_path_has_no_modules(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    assert module_folders(tmp_path / "nowhere") == []
    assert module_folders(tmp_path / "file") == []
    assert discover(tmp_path / "nowhere") == []
    assert discover(tmp_path) == []


# --- discover -----------------------------------------------------------------------------


def test_valid_modules_with_dependencies(tmp_path: Path) -> None:
    # A diamond is not a cycle.
    make_module(tmp_path, "top", "left", "right")
    make_module(tmp_path, "left", "base")
    make_module(tmp_path, "right", "base")
    make_module(tmp_path, "base")

    found = discover(tmp_path)
    assert [d.name for d in found] == ["base", "left", "right", "top"]
    assert all(d.error is None and d.manifest is not None for d in found)
    assert by_name(found)["top"].manifest is not None
    assert by_name(found)["top"].folder == tmp_path / "top"


def test_a_broken_manifest_is_an_error_of_its_folder(tmp_path: Path) -> None:
    make_module(tmp_path, "good")
    make_module(tmp_path, "bad", mode="audit")

    found = by_name(discover(tmp_path))
    assert found["good"].error is None
    bad = found["bad"]
    assert bad.manifest is None
    assert isinstance(bad.error, ManifestError)
    assert bad.folder == tmp_path / "bad"
    assert str(tmp_path / "bad" / "module.yaml") in error_of(bad)
    assert "$.mode" in error_of(bad)


def test_a_name_that_differs_from_the_folder_is_named_by_folder(tmp_path: Path) -> None:
    folder = make_module(tmp_path, "folder-name")
    text = (folder / "module.yaml").read_text().replace("name: folder-name", "name: other")
    (folder / "module.yaml").write_text(text)

    [d] = discover(tmp_path)
    assert d.name == "folder-name"
    assert "$.name: must equal the folder name 'folder-name'" in error_of(d)


def test_missing_dependency_names_both_modules(tmp_path: Path) -> None:
    make_module(tmp_path, "needy", "absent")
    make_module(tmp_path, "fine")

    found = by_name(discover(tmp_path))
    assert found["fine"].error is None
    needy = found["needy"]
    assert needy.manifest is not None  # the manifest itself is valid
    assert isinstance(needy.error, ManifestError)
    assert needy.error.file == str(tmp_path / "needy" / "module.yaml")
    assert needy.error.problems[0][0] == "$.dependencies"
    assert "depends on 'absent', which is not loaded" in error_of(needy)


def test_several_missing_dependencies_are_all_named(tmp_path: Path) -> None:
    make_module(tmp_path, "needy", "one", "two")
    [needy] = discover(tmp_path)
    assert "depends on 'one', 'two', which are not loaded" in error_of(needy)


def test_two_module_cycle(tmp_path: Path) -> None:
    make_module(tmp_path, "a", "b")
    make_module(tmp_path, "b", "a")
    make_module(tmp_path, "c")

    found = by_name(discover(tmp_path))
    assert found["c"].error is None
    for name in ("a", "b"):
        message = error_of(found[name])
        assert str(tmp_path / name / "module.yaml") in message
        assert "$.dependencies: is part of a dependency cycle: a -> b -> a" in message


def test_three_module_cycle(tmp_path: Path) -> None:
    make_module(tmp_path, "a", "b")
    make_module(tmp_path, "b", "c")
    make_module(tmp_path, "c", "a")

    found = by_name(discover(tmp_path))
    for name in ("a", "b", "c"):
        assert "dependency cycle: a -> b -> c -> a" in error_of(found[name])


def test_a_module_depending_on_a_cycle_cannot_load(tmp_path: Path) -> None:
    make_module(tmp_path, "a", "b")
    make_module(tmp_path, "b", "a")
    make_module(tmp_path, "user", "a")

    found = by_name(discover(tmp_path))
    message = error_of(found["user"])
    assert "dependency cycle" not in message
    assert "depends on 'a', which cannot load" in message


def test_a_module_depending_on_a_broken_one(tmp_path: Path) -> None:
    make_module(tmp_path, "broken", version=1.0)
    make_module(tmp_path, "middle", "broken")
    make_module(tmp_path, "top", "middle")
    make_module(tmp_path, "independent")

    found = by_name(discover(tmp_path))
    assert "$.version" in error_of(found["broken"])
    assert "depends on 'broken'" in error_of(found["middle"])
    assert str(tmp_path / "middle" / "module.yaml") in error_of(found["middle"])
    assert "depends on 'middle', which cannot load" in error_of(found["top"])
    assert found["independent"].error is None


def test_the_repositorys_modules_are_all_valid() -> None:
    found = discover(REPO / "modules")
    assert found, "the repository ships modules"
    assert [(d.name, d.error) for d in found if d.error] == []
    assert [d.name for d in found] == sorted(
        p.name for p in (REPO / "modules").iterdir() if (p / "module.yaml").is_file()
    )


# --- find_cycles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("graph", "cycles"),
    [
        ({}, []),
        ({"a": ()}, []),
        ({"a": ("b",), "b": ()}, []),
        ({"a": ("a",)}, [["a"]]),
        ({"a": ("b",), "b": ("a",)}, [["a", "b"]]),
        ({"c": ("a",), "a": ("b",), "b": ("c",)}, [["a", "b", "c"]]),
        ({"a": ("b",), "b": ("a",), "x": ("y",), "y": ("x",)}, [["a", "b"], ["x", "y"]]),
        ({"a": ("b", "c"), "b": ("d",), "c": ("d",), "d": ()}, []),
        # Dependencies outside the graph (missing modules) are not followed.
        ({"a": ("missing",), "b": ("a",)}, []),
        # A node leading into a cycle is not part of it.
        ({"entry": ("a",), "a": ("b",), "b": ("a",)}, [["a", "b"]]),
    ],
)
def test_find_cycles(graph: dict[str, tuple[str, ...]], cycles: list[list[str]]) -> None:
    assert sorted(find_cycles(graph)) == cycles
