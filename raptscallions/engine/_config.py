"""Scoped configuration: the effective config of a module for a request.

Effective config = the manifest's defaults, then the global row, then each group on the
request's group path from root to leaf, then the class, then the tool (objects deep-merged,
later wins). A level is ignored where the manifest's ``scope.allowX`` is false. `enabled` is
the last value set, from a row's `enabled` column or an ``enabled`` key in its config; a
module whose effective `enabled` is false is not called for the request.

A `required` module is always enabled: a write that would turn it off is refused
(`RequiredModuleError`), and a row that says so anyway (written before, or by hand) is
ignored. Settings named in a manifest's `strictness` only get stricter from level to level
(see `raptscallions.sdk._strictness`), and a write that would weaken one below its floor (the
defaults for the global scope, the effective global config for the others) is refused.

Rows are kept in memory (all of them: there are few) and written through to the store; a
change from another engine on the same database reloads that module's rows. Effective
configs are cached per (module, group path, class, tool) and dropped on any change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from ..sdk._context import HookContext
from ..sdk._errors import ConfigError
from ..sdk._manifest import Manifest, deep_merge
from ..sdk._strictness import combine, weakening
from ..store._base import SCOPE_TYPES, ConfigRow, ScopeType, Store

CACHE_LIMIT: Final = 10_000
Key = tuple[ScopeType, str | None]
ALLOW: Final[dict[ScopeType, str]] = {
    "global": "allow_global",
    "group": "allow_group",
    "class": "allow_class",
    "tool": "allow_tool",
}

MANIFEST_KEY: Final[dict[ScopeType, str]] = {
    "global": "allowGlobal",
    "group": "allowGroup",
    "class": "allowClass",
    "tool": "allowTool",
}


class RequiredModuleError(ConfigError):
    """A change that would turn a `required` module off, or weaken its protection, was
    refused; nothing was saved."""


def required_rule(name: str) -> str:
    return (
        f"module {name!r} is required (its module.yaml says required: true): it cannot be "
        "turned off by configuration, a tool's module list or an API call; only an operator "
        "who edits its module.yaml or removes its folder can remove it"
    )


def check_write(
    manifest: Manifest,
    scope_type: ScopeType,
    config: dict[str, Any],
    enabled: bool | None,
    floor: dict[str, Any],
) -> None:
    """Raises RequiredModuleError if storing this row would turn a required module off or
    weaken a setting its `strictness` protects (below `floor`)."""
    name = manifest.name
    if manifest.required and (enabled is False or config.get("enabled", True) is False):
        raise RequiredModuleError(f"refused: {required_rule(name)}")
    for key, rule in manifest.strictness.items():
        if key not in config or key not in floor:
            continue
        why = weakening(rule, floor[key], config[key])
        if why is not None:
            where = "its defaults" if scope_type == "global" else "the global configuration"
            raise RequiredModuleError(
                f"refused: the {scope_type} configuration of module {name!r} sets {key!r} to "
                f"{config[key]!r}, weaker than {where} ({floor[key]!r}): {why}. A narrower "
                "scope may make a module's protection stricter, not weaker (module.yaml: "
                f"strictness.{key}: {rule!r})"
            )


class Effective:
    """A module's effective config for one kind of request, and whether it is enabled."""

    __slots__ = ("config", "enabled")

    def __init__(self, config: dict[str, Any], enabled: bool) -> None:
        self.config = config
        self.enabled = enabled


def check_scope(manifest: Manifest, scope_type: str, scope_id: str | None) -> ScopeType:
    """Raises ConfigError unless (scope_type, scope_id) is a scope the module allows."""
    if scope_type not in SCOPE_TYPES:
        raise ConfigError(
            f"scope_type must be one of {', '.join(SCOPE_TYPES)} (got {scope_type!r})"
        )
    if (scope_type == "global") != (scope_id is None):
        raise ConfigError(
            "scope_id must be None for the global scope and an id for the others "
            f"(got {scope_type!r}, {scope_id!r})"
        )
    allowed = getattr(manifest.scope, ALLOW[scope_type])
    if not allowed:
        raise ConfigError(
            f"module {manifest.name!r} does not allow {scope_type} configuration "
            f"(its module.yaml sets scope.{MANIFEST_KEY[scope_type]} to false)"
        )
    return scope_type


class ConfigResolver:
    def __init__(self, store: Store | None) -> None:
        self.store = store
        self._rows: dict[str, dict[Key, ConfigRow]] = {}
        self._cache: dict[tuple[Any, ...], Effective] = {}
        self._globals: dict[str, Effective] = {}

    async def load(self) -> None:
        """Read every row from the store (at start)."""
        if self.store is None:
            return
        self._rows.clear()
        for row in await self.store.list_configs():
            self._rows.setdefault(row.module, {})[(row.scope_type, row.scope_id)] = row
        self.invalidate()

    async def reload_module(self, module: str) -> None:
        """Another engine changed `module`'s rows: read them again."""
        if self.store is None:
            return
        rows = await self.store.list_configs(module)
        self._rows[module] = {(r.scope_type, r.scope_id): r for r in rows}
        self.invalidate()

    def invalidate(self) -> None:
        self._cache.clear()
        self._globals.clear()

    def rows(self, module: str) -> Iterable[ConfigRow]:
        return self._rows.get(module, {}).values()

    def get(self, module: str, scope_type: ScopeType, scope_id: str | None) -> ConfigRow | None:
        return self._rows.get(module, {}).get((scope_type, scope_id))

    async def put(self, row: ConfigRow) -> ConfigRow:
        if self.store is not None:
            row = await self.store.set_config(row)
        self._rows.setdefault(row.module, {})[(row.scope_type, row.scope_id)] = row
        self.invalidate()
        return row

    async def remove(self, module: str, scope_type: ScopeType, scope_id: str | None) -> bool:
        existed = (scope_type, scope_id) in self._rows.get(module, {})
        if self.store is not None:
            existed = await self.store.delete_config(module, scope_type, scope_id) or existed
        self._rows.get(module, {}).pop((scope_type, scope_id), None)
        self.invalidate()
        return existed

    def floor(self, manifest: Manifest, scope_type: ScopeType) -> dict[str, Any]:
        """What a row at `scope_type` may not weaken: the defaults for the global scope, the
        effective global config for the narrower ones."""
        if scope_type == "global":
            return manifest.default_config()
        return self.global_config(manifest).config

    def global_config(self, manifest: Manifest) -> Effective:
        """Defaults plus the global row: the config a worker holds as `module.config`."""
        eff = self._globals.get(manifest.name)
        if eff is None:
            eff = self._resolve(manifest, [self.get(manifest.name, "global", None)])
            self._globals[manifest.name] = eff
        return eff

    def effective(self, manifest: Manifest, ctx: HookContext) -> Effective:
        """The module's effective config for `ctx` (cached; the global one when no scoped row
        applies, the same object each time, so callers can tell it apart cheaply)."""
        module_rows = self._rows.get(manifest.name)
        if not module_rows or all(k[0] == "global" for k in module_rows):
            return self.global_config(manifest)
        group_ids = ctx.group.path_ids() if ctx.group is not None else ()
        class_id = ctx.class_.id if ctx.class_ is not None else None
        key = (manifest.name, group_ids, class_id, ctx.tool.id)
        eff = self._cache.get(key)
        if eff is None:
            scope = manifest.scope
            levels: list[ConfigRow | None] = [module_rows.get(("global", None))]
            if scope.allow_group:
                levels.extend(module_rows.get(("group", g)) for g in group_ids)
            if scope.allow_class and class_id is not None:
                levels.append(module_rows.get(("class", class_id)))
            if scope.allow_tool:
                levels.append(module_rows.get(("tool", ctx.tool.id)))
            if all(level is None for level in levels[1:]):
                eff = self.global_config(manifest)
            else:
                eff = self._resolve(manifest, levels)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = eff
        return eff

    @staticmethod
    def _resolve(manifest: Manifest, levels: Iterable[ConfigRow | None]) -> Effective:
        config = manifest.default_config()
        enabled = config.get("enabled", True) is not False
        if not manifest.scope.allow_global:
            levels = list(levels)[1:]
        for row in levels:
            if row is None:
                continue
            merged = deep_merge(config, row.config)
            combine(manifest.strictness, config, merged)
            config = merged
            if row.enabled is not None:
                enabled = row.enabled
            elif "enabled" in row.config:
                enabled = row.config["enabled"] is not False
        if manifest.required:
            enabled = True  # a row that says otherwise was refused, or written by hand
        if "enabled" in config or not enabled:
            config["enabled"] = enabled
        return Effective(config, enabled)
