"""Module secrets: environment variables that an operator grants a module that declares them.

A module lists the variables it may be given in its manifest (``secrets: [OPENAI_API_KEY]``);
the operator grants them per module: ``open_engine(grant_secrets={"safety-filter":
["OPENAI_API_KEY"]})``, ``raptscallions serve --grant-secret safety-filter=OPENAI_API_KEY``
or ``RAPTSCALLIONS_GRANT_SECRETS``. A module's process gets a variable only when both hold,
with the value the host has when the process starts (so a restart or a reload follows the
grants, the manifest and the host's environment as they are then). No other module's
process ever gets it. A mismatch (granted but not declared, declared but not granted,
granted but not set on the host) is reported by name and stops nothing.

Rules of this file: values never reach a log line, an event, an exception or a status; only
names do. A grant that cannot be parsed is described by its position and its valid parts,
never echoed whole (an operator may have written a value where a name belongs).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Final

import attrs

from ..sdk._errors import RaptscallionsError
from ..sdk._manifest import Manifest

GRANT_ENV: Final = "RAPTSCALLIONS_GRANT_SECRETS"
GRANT_SYNTAX: Final = "MODULE=VAR[,VAR...], entries separated by commas, semicolons or spaces"
GRANT_EXAMPLE: Final = "safety-filter=OPENAI_API_KEY,other-module=VAR_A,VAR_B"
SECRET_NAME: Final = re.compile(r"^[A-Z][A-Z0-9_]*$")
MODULE_NAME: Final = re.compile(r"^[a-z][a-z0-9-]*$")
NOT_GRANTED: Final = "not granted"
NOT_SET: Final = "granted, but not set in the server's environment"
_VAR_RULE: Final = "uppercase letters, digits and underscores, starting with a letter"
_MODULE_RULE: Final = "lowercase letters, digits and hyphens, starting with a letter"

Grants = Mapping[str, Collection[str]]


class SecretGrantError(RaptscallionsError, ValueError):
    """A grant of secrets is malformed; the message says where and what was expected."""


@attrs.frozen
class SecretsStatus:
    """A module's secrets, by name only.

    `declared`: in its manifest. `granted`: what its process gets (declared, granted, and
    set in the host's environment). `missing`: declared ones it does not get, each with why
    (``not granted``, or granted but not set on the host). `undeclared`: granted to it, but
    not declared by its manifest (ignored).
    """

    declared: tuple[str, ...] = ()
    granted: tuple[str, ...] = ()
    missing: Mapping[str, str] = attrs.field(factory=dict)
    undeclared: tuple[str, ...] = ()


def check_grants(grants: Grants | None) -> dict[str, frozenset[str]]:
    """`grants` checked: module name to the names of the variables granted it (a string
    stands for one name).

    Raises:
        SecretGrantError: a module name or a variable name is malformed.
    """
    result: dict[str, frozenset[str]] = {}
    for module, names in (grants or {}).items():
        if not isinstance(module, str) or not MODULE_NAME.match(module):
            raise SecretGrantError(
                f"grant_secrets: a key is not a module name ({_MODULE_RULE}); "
                f"expected {{module name: [variable names]}}"
            )
        listed = (names,) if isinstance(names, str) else tuple(names)
        for i, name in enumerate(listed):
            if not isinstance(name, str) or not SECRET_NAME.match(name):
                raise SecretGrantError(
                    f"grant_secrets[{module!r}]: item {i + 1} is not an environment variable "
                    f"name ({_VAR_RULE}, like OPENAI_API_KEY); grant names, never values"
                )
        result[module] = result.get(module, frozenset()) | frozenset(listed)
    return result


def parse_grants(text: str, *, source: str | None = GRANT_ENV) -> dict[str, frozenset[str]]:
    """Grants written as ``MODULE=VAR[,VAR...]``: ``safety-filter=OPENAI_API_KEY,other=A,B``
    grants OPENAI_API_KEY to safety-filter, and A and B to other. Entries are separated by
    commas, semicolons or whitespace; a name without ``MODULE=`` belongs to the module
    before it. Empty text grants nothing.

    Raises:
        SecretGrantError: naming `source` (when given), the entry (counted from 1) and what
            is wrong.
    """
    grants: dict[str, set[str]] = {}
    current: str | None = None
    tokens = [t for t in re.split(r"[\s,;]+", text.strip()) if t]
    for i, token in enumerate(tokens, 1):
        where = f"{source}, entry {i}" if source else f"entry {i}"
        module, eq, name = token.partition("=")
        if eq:
            if not MODULE_NAME.match(module):
                if SECRET_NAME.match(module):
                    problem = (
                        f"starts with the variable {module!r} where the module belongs: write "
                        f"MODULE={module} (the value is read from the server's environment, "
                        "never written here)"
                    )
                else:
                    problem = f"what comes before '=' is not a module name ({_MODULE_RULE})"
                raise SecretGrantError(f"{where}: {problem}; expected {GRANT_SYNTAX}")
            current = module
            grants.setdefault(module, set())
            if not name:
                raise SecretGrantError(
                    f"{where}: nothing after '{module}='; expected {GRANT_SYNTAX}"
                )
            if not SECRET_NAME.match(name):
                raise SecretGrantError(
                    f"{where}: what follows '{module}=' is not an environment variable name "
                    f"({_VAR_RULE}, like OPENAI_API_KEY): name the variable, not its value"
                )
        elif not SECRET_NAME.match(token):
            raise SecretGrantError(
                f"{where}: not MODULE=VAR, nor a variable name ({_VAR_RULE}) continuing the "
                f"entry before it; expected {GRANT_SYNTAX}, like {GRANT_EXAMPLE}"
            )
        elif current is None:
            raise SecretGrantError(
                f"{where}: {token!r} names no module: write MODULE={token}, like "
                f"safety-filter={token}"
            )
        else:
            name = token
        grants[current].add(name)
    return {module: frozenset(names) for module, names in grants.items()}


def merge_grants(*grants: Grants | None) -> dict[str, frozenset[str]]:
    """Several sets of grants as one (a module gets what any of them grants it)."""
    merged: dict[str, frozenset[str]] = {}
    for each in grants:
        for module, names in check_grants(each).items():
            merged[module] = merged.get(module, frozenset()) | names
    return merged


def grants_from_env(
    *more: Grants, environ: Mapping[str, str] | None = None
) -> dict[str, frozenset[str]]:
    """The grants of RAPTSCALLIONS_GRANT_SECRETS (in `environ`, default `os.environ`), with
    `more` (from ``--grant-secret`` options) added.

    Raises:
        SecretGrantError: the variable cannot be parsed (see `parse_grants`).
    """
    text = (os.environ if environ is None else environ).get(GRANT_ENV, "")
    return merge_grants(parse_grants(text, source=GRANT_ENV), *more)


class SecretGrants:
    """The operator's grants, and what they come to for a module's manifest. The host's
    environment (`environ`, default `os.environ`) is read each time a process starts."""

    def __init__(self, grants: Grants | None = None, *, environ: Mapping[str, str] | None = None):
        self.grants = check_grants(grants)
        self._environ = environ

    @property
    def modules(self) -> frozenset[str]:
        """The modules something is granted to."""
        return frozenset(module for module, names in self.grants.items() if names)

    def resolve(self, manifest: Manifest) -> tuple[dict[str, str], SecretsStatus]:
        """The variables `manifest`'s process gets (name to value), and its status."""
        environ = os.environ if self._environ is None else self._environ
        granted = self.grants.get(manifest.name, frozenset())
        values: dict[str, str] = {}
        missing: dict[str, str] = {}
        for name in manifest.secrets:
            if name not in granted:
                missing[name] = NOT_GRANTED
            elif name not in environ:
                missing[name] = NOT_SET
            else:
                values[name] = environ[name]
        status = SecretsStatus(
            declared=tuple(manifest.secrets),
            granted=tuple(values),
            missing=missing,
            undeclared=tuple(sorted(granted - set(manifest.secrets))),
        )
        return values, status

    def status(self, manifest: Manifest | None) -> SecretsStatus:
        """`manifest`'s secrets by name (nothing for a module without a valid manifest)."""
        return self.resolve(manifest)[1] if manifest is not None else SecretsStatus()


def describe(module: str, status: SecretsStatus) -> Iterable[tuple[int, str]]:
    """What an operator should read about a module's secrets: (logging level, message)."""
    if status.granted:
        yield logging.INFO, f"secrets given to {module}: {', '.join(status.granted)}"
    for name in status.undeclared:
        declared = ", ".join(status.declared) or "none"
        yield (
            logging.WARNING,
            f"secret grant ignored: {name} is granted to {module}, but its module.yaml does "
            f"not declare it under secrets (declared: {declared}); declare it there, or "
            "remove the grant",
        )
    for name, why in status.missing.items():
        if why == NOT_SET:
            yield (
                logging.WARNING,
                f"secret {name} is granted to {module}, but the server's environment has no "
                f"{name}: {module} runs without it",
            )
        else:
            yield (
                logging.INFO,
                f"secret {name}, declared by {module}, is not granted: {module} runs without "
                f"it (grant it with --grant-secret {module}={name}, {GRANT_ENV} or "
                "open_engine(grant_secrets=...))",
            )
