"""`raptscallions new NAME`: a module folder that works from the first minute.

The scaffold is a small word filter that also counts words: it hides a configurable list of
words from the conversation and records a `word_count` extraction for every text it sees, so
that its effect shows in `raptscallions chat` (the echo model repeats what reached it) and in
the store. Its test passes as written, `raptscallions check` accepts it, and its code passes
`mypy --strict`.

Rules of this file: nothing is written until every input has been checked, and an existing
folder is never touched without `force`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from string import Template
from typing import Final

import attrs

from .sdk import CHAT_AFTER_AI, CHAT_BEFORE_AI, RaptscallionsError, known_hooks

NAME_RE: Final = re.compile(r"^[a-z][a-z0-9-]*$")
MAX_NAME: Final = 64
DEFAULT_HOOKS: Final = (CHAT_BEFORE_AI,)


class ScaffoldError(RaptscallionsError):
    """The module cannot be created as asked (a bad name or hook, an existing folder)."""

    exit_code = 2


@attrs.frozen
class Scaffold:
    """What `scaffold_module` wrote: the module's folder and its files, in writing order."""

    folder: Path
    files: tuple[Path, ...]


def check_name(name: str) -> None:
    """Raises: ScaffoldError naming what is wrong with `name` as a module name."""
    if len(name) > MAX_NAME:
        raise ScaffoldError(f"module name {name!r} is too long: at most {MAX_NAME} characters")
    if not NAME_RE.match(name):
        hint = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")
        hint = re.sub(r"^[^a-z]+", "", hint)
        suggestion = f"; try {hint!r}" if hint and NAME_RE.match(hint) else ""
        raise ScaffoldError(
            f"invalid module name {name!r}: use lowercase letters, digits and hyphens, "
            f"starting with a letter (e.g. 'word-filter'){suggestion}"
        )


def check_hooks(hooks: Sequence[str]) -> tuple[str, ...]:
    """The hooks without duplicates, in the order given.

    Raises: ScaffoldError for a hook the SDK does not know (with the closest known one)."""
    known = known_hooks()
    unique: list[str] = []
    for hook in hooks:
        if hook not in known:
            close = difflib.get_close_matches(hook, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ScaffoldError(f"unknown hook {hook!r}: {hint}known hooks: {', '.join(known)}")
        if hook not in unique:
            unique.append(hook)
    if not unique:
        raise ScaffoldError("a module needs at least one hook")
    return tuple(unique)


def scaffold_module(
    modules_dir: Path,
    name: str,
    *,
    hooks: Sequence[str] = DEFAULT_HOOKS,
    force: bool = False,
) -> Scaffold:
    """Write `modules_dir/name/` (module.yaml, module.py, tests/test_<name>.py, README.md),
    creating `modules_dir` if needed.

    Raises:
        ScaffoldError: a bad name or hook; `modules_dir` or the module folder is a file; the
            module folder exists and `force` is false.
        OSError: a file could not be written.
    """
    check_name(name)
    chosen = check_hooks(hooks)
    if modules_dir.exists() and not modules_dir.is_dir():
        raise ScaffoldError(f"{modules_dir} is not a folder (--modules DIR)")
    folder = modules_dir / name
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder} exists and is not a folder")
    if folder.exists() and not force:
        raise ScaffoldError(
            f"{folder} already exists; choose another name, or pass --force to overwrite "
            "its module.yaml, module.py, README.md and test"
        )
    test_name = f"test_{name.replace('-', '_')}.py"
    contents = {
        folder / "module.yaml": _manifest(name, chosen),
        folder / "module.py": _code(name, chosen),
        folder / "tests" / test_name: _test(name, chosen),
        folder / "README.md": _readme(name, chosen, test_name),
    }
    for path, text in contents.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Scaffold(folder, tuple(contents))


# --- templates ------------------------------------------------------------------------------


def _title(name: str) -> str:
    return " ".join(part.capitalize() for part in name.split("-") if part)


def _manifest(name: str, hooks: tuple[str, ...]) -> str:
    hook_lines = "\n".join(f"  - {hook}" for hook in hooks)
    return Template(_MANIFEST).substitute(name=name, title=_title(name), hooks=hook_lines)


def _code(name: str, hooks: tuple[str, ...]) -> str:
    return Template(_CODE).substitute(name=name, hooks=_tuple_literal(hooks))


def _tuple_literal(items: tuple[str, ...]) -> str:
    return "(" + ", ".join(f'"{item}"' for item in items) + ("," if len(items) == 1 else "") + ")"


def _test(name: str, hooks: tuple[str, ...]) -> str:
    message_hooks = [h for h in hooks if h != CHAT_AFTER_AI]
    parts = [Template(_TEST_HEADER).substitute(name=name, hooks=_tuple_literal(hooks))]
    if message_hooks:
        parts.append(Template(_TEST_MESSAGE).substitute(hook=message_hooks[0]))
    if CHAT_AFTER_AI in hooks:
        parts.append(_TEST_RESPONSE)
    parts.append(Template(_TEST_COMMON).substitute(hook=hooks[0]))
    return "".join(parts)


def _readme(name: str, hooks: tuple[str, ...], test_name: str) -> str:
    return Template(_README).substitute(
        name=name,
        title=_title(name),
        hooks=", ".join(f"`{h}`" for h in hooks),
        test_name=test_name,
    )


_MANIFEST = """\
# The manifest of the $name module. Every field is described in docs/module-guide.md,
# section 3; `raptscallions check` validates it.
name: $name
version: 0.1.0
description: >-
  A starter module made by `raptscallions new`: hides a configurable list of words from the
  conversation and records how many words each text has. Describe what yours does here.
displayName: $title
hooks:
$hooks
permissions:
  - extractions:write # lets the module record extractions (ctx.emit)
config:
  type: object
  additionalProperties: false
  properties:
    enabled:
      type: boolean
      default: true
      description: Run this module
    words:
      type: array
      items: {type: string, minLength: 1}
      default: [darn, heck]
      description: Words to hide (whole words, in any case)
    replacement:
      type: string
      default: "***"
      description: What a hidden word is replaced with
tags: [example]
"""

_CODE = '''\
"""$name: hides configured words from the conversation and counts the words of each text.

Made by `raptscallions new` as a starting point; make it do what your module should do. The
module guide (docs/module-guide.md) explains each part: hooks and handlers (sections 4 and 5),
what a handler returns (6), the context `ctx` (7), extractions and logging (8) and settings
(10); section 15 covers the tests in `tests/`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raptscallions.sdk import Continue, HookContext, define_module

module = define_module()

# The hooks this module handles: the same list as `hooks` in module.yaml.
HOOKS = $hooks


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of `words` as a whole word."""
    if not words:
        return None
    longest_first = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in longest_first)
    return re.compile(rf"(?<!\\w)(?:{alternatives})(?!\\w)", re.IGNORECASE)


def hide_words(text: str, words: tuple[str, ...], replacement: str) -> tuple[str, int]:
    """`text` with every one of `words` replaced by `replacement`, and how many were."""
    pattern = _pattern(words)
    if pattern is None:
        return text, 0
    return pattern.subn(lambda _match: replacement, text)


@module.hook(*HOOKS)
async def filter_words(ctx: HookContext) -> Continue | None:
    """Hide the configured words in the text of this hook (the AI's answer in
    chat:after_ai, else the student's message) and record a `word_count` extraction.

    Returning None lets the request through unchanged; `Continue(message=...)` or
    `Continue(response=...)` passes the changed text on to the next module and the AI.
    """
    settings = ctx.config  # the defaults in module.yaml, with any scoped settings over them
    if not settings.get("enabled", True):
        return None
    words = tuple(str(word) for word in settings.get("words", ()))
    replacement = str(settings.get("replacement", "***"))
    if ctx.hook == "chat:after_ai" and ctx.response is not None:
        text, hidden = hide_words(ctx.response, words, replacement)
        _record(ctx, "ai_response", ctx.response, hidden)
        return Continue(response=text) if hidden else None
    if ctx.message is not None:
        text, hidden = hide_words(ctx.message.content, words, replacement)
        _record(ctx, "user_message", ctx.message.content, hidden)
        return Continue(message=text) if hidden else None
    ctx.log.info("nothing to filter", hook=ctx.hook)
    return None


def _record(ctx: HookContext, location: str, text: str, hidden: int) -> None:
    """Record what was seen: counts only, never the text itself."""
    ctx.emit("word_count", {"location": location, "words": len(text.split()), "hidden": hidden})
'''

_TEST_HEADER = '''\
"""Tests of the $name module, run in this process by the SDK's test kit exactly as the
engine would call the handler (docs/module-guide.md, section 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from raptscallions.sdk import Continue, Extraction
from raptscallions.sdk.testing import mock_context, run_hook

# The tests are async: pytest-trio runs them. The mark makes that work in projects that do
# not set `trio_mode = true` too.
pytestmark = pytest.mark.trio

FOLDER = Path(__file__).resolve().parent.parent
HOOKS = $hooks
'''

_TEST_MESSAGE = """

async def test_hides_the_configured_words_in_the_message() -> None:
    ctx = mock_context(message="Oh heck, what is seven times eight?")
    result, extractions, _ = await run_hook(FOLDER, "$hook", ctx)
    assert result == Continue(message="Oh ***, what is seven times eight?")
    assert extractions == [
        Extraction("word_count", {"location": "user_message", "words": 7, "hidden": 1})
    ]


async def test_a_clean_message_passes_unchanged() -> None:
    ctx = mock_context(message="What is seven times eight?")
    result, extractions, _ = await run_hook(FOLDER, "$hook", ctx)
    assert result == Continue()
    assert extractions == [
        Extraction("word_count", {"location": "user_message", "words": 5, "hidden": 0})
    ]


async def test_the_words_are_a_setting() -> None:
    ctx = mock_context(message="Darn, fractions again")
    config = {"words": ["fractions"], "replacement": "[hidden]"}
    result, _, _ = await run_hook(FOLDER, "$hook", ctx, config=config)
    assert result == Continue(message="Darn, [hidden] again")
"""

_TEST_RESPONSE = """

async def test_hides_the_configured_words_in_the_answer() -> None:
    ctx = mock_context(message="Is it 56?", response="Heck yes, it is 56.")
    result, extractions, _ = await run_hook(FOLDER, "chat:after_ai", ctx)
    assert result == Continue(response="*** yes, it is 56.")
    assert extractions == [
        Extraction("word_count", {"location": "ai_response", "words": 5, "hidden": 1})
    ]
"""

_TEST_COMMON = """

async def test_disabled_does_nothing() -> None:
    ctx = mock_context(message="Oh heck", response="heck")
    result, extractions, _ = await run_hook(FOLDER, "$hook", ctx, config={"enabled": False})
    assert result == Continue()
    assert extractions == []


@pytest.mark.parametrize("hook", HOOKS)
async def test_every_hook_has_a_handler(hook: str) -> None:
    result, _, _ = await run_hook(FOLDER, hook, mock_context(hook=hook))
    assert isinstance(result, Continue)
"""

_README = """\
# $title

A module made by `raptscallions new`. As generated, it hides a configurable list of words
(`darn` and `heck`) from the conversation and records a `word_count` extraction for every
text it sees. It handles $hooks.

| File | What it is |
|---|---|
| `module.yaml` | the manifest: name, version, hooks, permissions, the settings' schema |
| `module.py` | the code: one handler for the hooks listed in the manifest |
| `tests/$test_name` | tests that run the handler in-process with `raptscallions.sdk.testing` |

## Try it

```sh
raptscallions check modules          # validate the manifest and load the module in a worker
pytest modules/$name                 # run its tests
raptscallions chat --trace           # chat through the modules: type "oh heck"
```

Settings (under `config` in `module.yaml`): `enabled`, `words`, `replacement`. Operators
can change them per installation, group, class or tool.

## Next steps

Change `module.py` to do what your module should do, and the tests with it. The module guide,
`docs/module-guide.md`, explains hooks and handlers (sections 4 and 5), results (6), the
context (7), extractions (8), settings (10) and testing (15).
"""
