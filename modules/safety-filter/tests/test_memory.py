"""What the model costs a worker: it is loaded from packed tables, not built of Python objects.

The bounds are generous (several times what the packed model takes: about 1.2 MB, where
the JSON model took about 11 MB); they catch a return to a dict of strings or a float per
weight, not a few kilobytes more.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import tracemalloc
from pathlib import Path
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
