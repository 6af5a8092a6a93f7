"""Finding module folders and validating them together (names, dependencies).

Shared by the CLI and the engine: a folder is a module when it holds a `module.yaml`.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from .sdk._errors import ManifestError, RaptscallionsError
from .sdk._manifest import MANIFEST_FILE, Manifest, load_manifest


@attrs.frozen
class Discovered:
    """One folder's outcome: its manifest, or the error that kept it out."""

    folder: Path
    manifest: Manifest | None = None
    error: RaptscallionsError | None = None

    @property
    def name(self) -> str:
        return self.manifest.name if self.manifest else self.folder.name

    @property
    def required(self) -> bool:
        """Whether the module says `required: true`, even in an otherwise invalid manifest
        (a broken manifest must not quietly turn off a module that has to run)."""
        if self.manifest is not None:
            return self.manifest.required
        return declares_required(self.folder)


def declares_required(folder: Path) -> bool:
    import yaml

    try:
        data = yaml.safe_load((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and data.get("required") is True


def module_folders(modules_dir: Path) -> list[Path]:
    """Sub-folders of `modules_dir` holding a module.yaml, sorted; hidden and `_`/`.` folders
    are skipped."""
    if not modules_dir.is_dir():
        return []
    return sorted(
        p
        for p in modules_dir.iterdir()
        if p.is_dir() and not p.name.startswith((".", "_")) and (p / MANIFEST_FILE).is_file()
    )


def discover(modules_dir: Path) -> list[Discovered]:
    """Validate every module folder, then the dependencies between the valid ones.

    A missing dependency, or a dependency cycle, is an error of each module involved.
    """
    found: list[Discovered] = []
    for folder in module_folders(modules_dir):
        try:
            found.append(Discovered(folder, manifest=load_manifest(folder)))
        except ManifestError as exc:
            found.append(Discovered(folder, error=exc))
    return check_dependencies(found)


def check_dependencies(found: list[Discovered]) -> list[Discovered]:
    valid = {d.manifest.name: d.manifest for d in found if d.manifest is not None}
    broken: dict[str, str] = {}
    for name, manifest in valid.items():
        missing = [dep for dep in manifest.dependencies if dep not in valid]
        if missing:
            broken[name] = (
                f"depends on {', '.join(map(repr, missing))}, which "
                f"{'is' if len(missing) == 1 else 'are'} not loaded (no valid module folder "
                "of that name)"
            )
    for cycle in find_cycles({n: m.dependencies for n, m in valid.items()}):
        path = " -> ".join([*cycle, cycle[0]])
        for name in cycle:
            broken.setdefault(name, f"is part of a dependency cycle: {path}")
    # A module whose dependency is broken cannot run either.
    changed = True
    while changed:
        changed = False
        for name, manifest in valid.items():
            if name in broken:
                continue
            bad = [dep for dep in manifest.dependencies if dep in broken]
            if bad:
                broken[name] = f"depends on {bad[0]!r}, which cannot load"
                changed = True
    result = []
    for d in found:
        if d.manifest is not None and d.manifest.name in broken:
            result.append(
                Discovered(
                    d.folder,
                    manifest=d.manifest,
                    error=ManifestError(
                        str(d.manifest.file), [("$.dependencies", broken[d.manifest.name])]
                    ),
                )
            )
        else:
            result.append(d)
    return result


def find_cycles(graph: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """Each dependency cycle once (as the list of its members), among nodes of `graph`."""
    index = 0
    stack: list[str] = []
    on_stack: set[str] = set()
    indices: dict[str, int] = {}
    low: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        nonlocal index
        indices[node] = low[node] = index
        index += 1
        stack.append(node)
        on_stack.add(node)
        for dep in graph.get(node, ()):
            if dep not in graph:
                continue
            if dep not in indices:
                visit(dep)
                low[node] = min(low[node], low[dep])
            elif dep in on_stack:
                low[node] = min(low[node], indices[dep])
        if low[node] == indices[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in indices:
            visit(node)
    return cycles
