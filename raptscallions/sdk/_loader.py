"""Importing a module folder as a package and finding its `Module`.

The folder becomes a synthetic package (its own name plus a generation suffix, so that two
generations of a module never share `sys.modules` entries), so `module.py` may import its
sibling files relatively: ``from . import patterns``.
"""

from __future__ import annotations

import importlib
import itertools
import sys
import traceback
import types
from pathlib import Path

from ._errors import ModuleLoadError
from ._manifest import Manifest, load_manifest
from ._module import Module

PACKAGE_ROOT = "raptscallions_modules"
_generations = itertools.count(1)


def _ensure_root() -> None:
    if PACKAGE_ROOT not in sys.modules:
        root = types.ModuleType(PACKAGE_ROOT)
        root.__path__ = []
        root.__doc__ = "Namespace of the module folders loaded into this process."
        sys.modules[PACKAGE_ROOT] = root


def import_module_folder(manifest: Manifest) -> Module:
    """Import the module's entry file and return its `Module`, checked against the manifest.

    Raises:
        ModuleLoadError: the code does not import, defines no `Module` (or several), or its
            handlers do not match the hooks the manifest declares.
    """
    _ensure_root()
    folder = manifest.folder.resolve()
    package = f"{PACKAGE_ROOT}.{manifest.name.replace('-', '_')}_{next(_generations)}"
    pkg = types.ModuleType(package)
    pkg.__path__ = [str(folder)]
    pkg.__package__ = package
    pkg.__file__ = None
    sys.modules[package] = pkg
    entry = manifest.entry.removesuffix(".py").replace("/", ".")
    where = f"{manifest.folder / manifest.entry}"
    try:
        code = importlib.import_module(f"{package}.{entry}")
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)
        frames = [f for f in tb if f.filename.startswith(str(folder))]
        at = f" (line {frames[-1].lineno} of {frames[-1].filename})" if frames else ""
        raise ModuleLoadError(f"{where}: import failed{at}: {type(exc).__name__}: {exc}") from exc
    module = getattr(code, "module", None)
    if not isinstance(module, Module):
        found = [v for v in vars(code).values() if isinstance(v, Module)]
        if len(found) != 1:
            what = "no Module" if not found else f"{len(found)} Module objects"
            raise ModuleLoadError(
                f"{where}: defines {what}; define exactly one with "
                "`module = define_module()` at the top level"
            )
        module = found[0]
    _check_handlers(module, manifest, where)
    module.name = manifest.name
    module.manifest = manifest
    module.folder = manifest.folder
    return module


def _check_handlers(module: Module, manifest: Manifest, where: str) -> None:
    declared = set(manifest.hooks)
    handled = set(module.handlers)
    missing = sorted(declared - handled)
    extra = sorted(handled - declared)
    problems = []
    if missing:
        problems.append(
            f"module.yaml declares {', '.join(missing)} but no handler is registered for "
            f"{'it' if len(missing) == 1 else 'them'} (add @module.hook({missing[0]!r}))"
        )
    if extra:
        problems.append(
            f"handlers are registered for {', '.join(extra)}, which module.yaml does not "
            "declare under hooks (add them there, or remove the handlers)"
        )
    if problems:
        raise ModuleLoadError(f"{where}: " + "; ".join(problems))


def load_module_folder(folder: str | Path) -> Module:
    """Validate ``folder/module.yaml`` and import the folder's code (not yet `load`-ed).

    Raises:
        ManifestError: the manifest is invalid (no code is imported then).
        ModuleLoadError: see `import_module_folder`.
    """
    return import_module_folder(load_manifest(folder))
