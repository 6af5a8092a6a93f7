"""Pins the direction of imports (house style, "Direction of imports"), read statically.

Every `.py` file under `raptscallions/` is parsed, never imported, so a violation fails here
even on a path no other test happens to load:

- the SDK (`raptscallions.sdk`, its testing kit included) imports nothing of the engine, the
  store, the chat or web servers, or the top-level testing package. Two exceptions, both of
  which never run when a module's process imports the SDK: imports under
  ``if TYPE_CHECKING:``, and the lazy `raptscallions.testing` import inside the module-level
  `__getattr__` of `raptscallions/sdk/testing/__init__.py` (which serves `run_module`);
- the engine imports nothing of the chat or web servers nor of either testing kit, at any
  level, ``if TYPE_CHECKING:`` included;
- the files of one package do not import each other in a circle, counting every import
  (``if TYPE_CHECKING:`` and inside functions alike).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "raptscallions"

SDK = "raptscallions.sdk"
ENGINE = "raptscallions.engine"
SDK_FORBIDDEN = (
    "raptscallions.engine",
    "raptscallions.store",
    "raptscallions.chat",
    "raptscallions.web",
    "raptscallions.testing",
)
ENGINE_FORBIDDEN = (
    "raptscallions.chat",
    "raptscallions.web",
    "raptscallions.testing",
    "raptscallions.sdk.testing",
)
# The one import the SDK may make of a layer above it: sdk.testing's lazy `run_module`.
LAZY_RUN_MODULE = ("raptscallions.sdk.testing", "__getattr__", "raptscallions.testing")


@attrs.frozen
class Import:
    """One imported module, as seen from the file that imports it."""

    importer: str  # dotted module name of the importing file
    target: str  # dotted module name imported (resolved when relative)
    line: int
    type_only: bool  # inside an `if TYPE_CHECKING:` body
    function: str | None  # the enclosing (outermost) function, None at module level


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(name: str, path: Path) -> str:
    """The package a file belongs to: itself for an `__init__.py`, else its parent."""
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


FILES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def resolve(importer: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module name `from <...> import` refers to."""
    if node.level == 0:
        assert node.module is not None
        return node.module
    base = package_of(importer, path).split(".")
    if node.level > 1:
        base = base[: -(node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(name: str, path: Path) -> Iterator[Import]:
    """Every import in the file; `from X import y` imports X.y when that is one of our files,
    else X (y is a name defined there)."""

    def visit(node: ast.AST, type_only: bool, function: str | None) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno, type_only, function)
        elif isinstance(node, ast.ImportFrom):
            base = resolve(name, path, node)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                target = candidate if candidate in FILES else base
                yield Import(name, target, node.lineno, type_only, function)
        elif isinstance(node, ast.If) and is_type_checking(node.test):
            for stmt in node.body:
                yield from visit(stmt, True, function)
            for stmt in node.orelse:
                yield from visit(stmt, type_only, function)
        else:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                function = function or node.name
            for child in ast.iter_child_nodes(node):
                yield from visit(child, type_only, function)

    yield from visit(ast.parse(path.read_text(), str(path)), False, None)


IMPORTS: list[Import] = [i for name, path in FILES.items() for i in imports_of(name, path)]


def within(target: str, layers: tuple[str, ...]) -> bool:
    return any(target == layer or target.startswith(layer + ".") for layer in layers)


def where(i: Import) -> str:
    path = FILES[i.importer].relative_to(ROOT)
    level = "if TYPE_CHECKING" if i.type_only else f"in {i.function}()" if i.function else ""
    return f"{path}:{i.line} imports {i.target}" + (f" ({level})" if level else "")


def test_the_files_are_found() -> None:
    assert {SDK, ENGINE, "raptscallions.sdk.testing"} <= set(FILES)
    assert any(i.importer.startswith(ENGINE) and i.target.startswith(SDK) for i in IMPORTS)


def test_the_sdk_imports_no_layer_above_it() -> None:
    def allowed(i: Import) -> bool:
        if i.type_only:
            return True
        return (i.importer, i.function, i.target) == LAZY_RUN_MODULE

    offending = [
        where(i)
        for i in IMPORTS
        if within(i.importer, (SDK,)) and within(i.target, SDK_FORBIDDEN) and not allowed(i)
    ]
    assert not offending, "the SDK imports a layer above it:\n" + "\n".join(offending)


def test_the_engine_imports_no_server_and_no_testing_kit() -> None:
    offending = [
        where(i)
        for i in IMPORTS
        if within(i.importer, (ENGINE,)) and within(i.target, ENGINE_FORBIDDEN)
    ]
    assert not offending, "the engine imports a layer above it:\n" + "\n".join(offending)


def package_graphs() -> dict[str, dict[str, set[str]]]:
    """For each package, its files and which of the package's files each imports."""
    graphs: dict[str, dict[str, set[str]]] = {}
    for name, path in FILES.items():
        graphs.setdefault(package_of(name, path), {})[name] = set()
    for i in IMPORTS:
        package = package_of(i.importer, FILES[i.importer])
        graph = graphs[package]
        if i.target in graph and i.target != i.importer:
            graph[i.importer].add(i.target)
    return graphs


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := walk(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := walk(start)) is not None:
            return found
    return None


GRAPHS = package_graphs()


@pytest.mark.parametrize("package", sorted(GRAPHS))
def test_no_import_cycle_within_a_package(package: str) -> None:
    cycle = find_cycle(GRAPHS[package])
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_cycles() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"a"}}) == ["a", "a"]
