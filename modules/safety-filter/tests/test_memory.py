"""What the model costs a worker: it is loaded from packed tables, not built of Python objects.

The bounds are generous (several times what the packed model takes: about 1.2 MB, where
the JSON model took about 11 MB); they catch a return to a dict of strings or a float per
weight, not a few kilobytes more.

What loading leaves behind in a worker counts too (freed memory that stays resident): the
weights file is read section by section into the tables (no copy of the whole file on the
way), and the rules' regexes are made from their saved code (regex_code.bin) rather than
compiled, whose parse trees take megabytes for the largest patterns.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import sys
import tracemalloc
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

FOLDER = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


model: Any = _load("safety_filter_model_memory_test", FOLDER / "model.py")
rules: Any = _load("safety_filter_rules_memory_test", FOLDER / "rules.py")


def test_loaded_model_is_a_few_arrays() -> None:
    data = (FOLDER / "weights.bin").read_bytes()
    gc.collect()
    objects = len(gc.get_objects())
    tracemalloc.start()
    try:
        loaded = model.LinearModel.from_bytes(data)
        gc.collect()
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 3 * 1024 * 1024, f"the loaded model holds {held / 1e6:.1f} MB"
    # tens of tables, not a Python object per feature or per word
    assert len(gc.get_objects()) - objects < 2_000
    assert loaded.score("i want to die").top()[0] == "self_harm"


def test_caches_stay_small() -> None:
    loaded = model.load_default()
    for i in range(3 * model._CACHE_LIMIT):
        loaded.score(f"word{i} and thing{i}x")
    assert len(loaded._word_cache) <= model._CACHE_LIMIT
    assert len(loaded.normalizer._cache) <= model._CACHE_LIMIT


def test_loading_the_model_makes_no_copy_of_the_file() -> None:
    path = FOLDER / "weights.bin"
    gc.collect()
    tracemalloc.start()
    try:
        loaded = model.LinearModel.load(path)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # the tables, and a little more while reading: not the 2 MB file as well
    assert peak < 1.3 * held, f"peak {peak / 1e6:.2f} MB for {held / 1e6:.2f} MB held"
    assert loaded.to_bytes() == path.read_bytes()  # what was read is the whole model


def _patterns(rules: Any = rules) -> list[re.Pattern[str]]:
    out = [g.pattern for g in rules._GUARDS]
    for rule in rules._RULES:
        out += [p for p in (rule.pattern, rule.partner) if p is not None]
    prefilter = rules._PREFILTER
    if prefilter is not None:
        finders = [
            prefilter.all_first,
            *prefilter.first,
            *(f for fs in prefilter.second for f in fs),
        ]
        out += [p for finder in finders for p in finder if p is not None]
    return [*out, rules._REPORTER_RE]


def _saved_engine() -> list[int]:
    data = (FOLDER / "regex_code.bin").read_bytes()
    size = int.from_bytes(data[4:8], "little")
    engine: list[int] = json.loads(data[8 : 8 + size])["engine"]
    return engine


def test_regexes_come_from_their_saved_code() -> None:
    if _saved_engine() != rules._code_engine():
        # another Python reads this checkout: its code is not used, every pattern compiles
        assert rules._REGEX_SOURCE["file"] == 0 and rules._REGEX_SOURCE["compiled"] > 0
        return
    assert rules._REGEX_SOURCE["compiled"] == 0, (
        "regex_code.bin is stale (patterns were compiled at import, which leaves megabytes"
        " behind in a worker): run python modules/safety-filter/rules.py --write-regex-code"
        " (--write-prefilter writes it too)"
    )
    assert rules._PREFILTER_SOURCE == "file"  # its finders were made from saved code too
    assert rules._REGEX_SOURCE["file"] >= len({p.pattern for p in _patterns()})


def _saved_code(data: bytes) -> dict[str, tuple[int, int, list[int]]]:
    """regex_code.bin's patterns: digest -> (flags, groups, code)."""
    size = int.from_bytes(data[4:8], "little")
    out = {}
    for digest, flags, groups, offset, count in json.loads(data[8 : 8 + size])["patterns"]:
        start = 8 + size + offset
        out[digest] = (flags, groups, list(array("I", data[start : start + 4 * count])))
    return out


def test_saved_regexes_are_what_re_compiles(tmp_path: Path) -> None:
    if _saved_engine() != rules._code_engine():
        return  # another Python: nothing was made from saved code (the test above)
    # the same rules.py without its saved code: every pattern compiled by re, source kept
    for name in ("rules.py", "prefilter.json"):
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    fresh_rules = _load("safety_filter_rules_memory_test_fresh", tmp_path / "rules.py")
    assert fresh_rules._REGEX_SOURCE["file"] == 0
    saved_code = _saved_code((FOLDER / "regex_code.bin").read_bytes())
    saved, fresh = _patterns(), _patterns(fresh_rules)
    assert len(saved) == len(fresh)
    sample = ["i want to kill myself tonight", "he said he'd shoot us all", "i'm fine, really"]
    for made, compiled in zip(saved, fresh, strict=True):
        digest = rules._code_digest(compiled.pattern)
        # it names the source it was saved for, and holds no copy of it
        assert made.pattern == rules._saved_name(digest), compiled.pattern[:80]
        # that source's code, as re compiles it: the same flags, groups and code
        flags, groups, code = saved_code[digest]
        tree = _parser.parse(compiled.pattern, 0)
        assert (flags, groups) == (tree.state.flags, tree.state.groups)
        assert code == _compiler._code(tree, 0), compiled.pattern[:80]
        assert (made.flags, made.groups, made.groupindex) == (
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )
        assert sys.getsizeof(made) == sys.getsizeof(compiled)
        for text in sample:
            found = [m.span() for m in made.finditer(text)]
            assert found == [m.span() for m in compiled.finditer(text)]


def test_rule_patterns_code_is_small() -> None:
    # A separator (6,000 of them in the tables) is one character class, a few words of code:
    # as a branch ("(?:[^\w.!?]|_)+", what it was) the rules, guards and frames took 1.92 MB,
    # before the calls for violence and the reported_threat frame (1.82 MB with them; 1.90 MB
    # with the recovery frame's turns to the present and the medicine question's mistakes;
    # 1.95 MB with condemnation, advice to tell an adult and the tighter recovery cues; 1.99 MB
    # with the counters and condemnations read from blind sets 20 to 25, the idle worker at
    # 29.9 MB: no room is left under the ~30 MB target).
    tables = [g.pattern for g in rules._GUARDS]
    for rule in rules._RULES:
        tables += [p for p in (rule.pattern, rule.partner) if p is not None]
    for frame in rules._FRAMES:
        tables += [p for p in (frame.need, *frame.counters, *frame.local) if p is not None]
    # (counter-words that frames share are one pattern object)
    unique = {id(p): p for p in [*tables, rules._REPORTER_RE]}
    size = sum(sys.getsizeof(p) for p in unique.values())
    assert size < 2_000_000, f"the rule tables' patterns take {size / 1e6:.2f} MB"
