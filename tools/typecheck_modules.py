"""Run `mypy --strict` on each module folder in `modules/`.

A module folder is imported as a package whose name is not a Python identifier
(`pii-filter`), so mypy cannot take it as it is: each folder is copied into a temporary
package `raptscallions_modules.<name>` and checked there; paths in the output are mapped back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    folders = sorted(p for p in (ROOT / "modules").iterdir() if (p / "module.yaml").is_file())
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "raptscallions_modules"
        base.mkdir()
        (base / "__init__.py").write_text("")
        mapping = {}
        for folder in folders:
            target = base / folder.name.replace("-", "_")
            shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__"))
            for sub in [target, *(p for p in target.rglob("*") if p.is_dir())]:
                (sub / "__init__.py").touch()
            mapping[str(target.relative_to(tmp))] = str(folder.relative_to(ROOT))
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-incremental",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "-p",
                "raptscallions_modules",
            ],
            cwd=tmp,
            env={**os.environ, "MYPYPATH": str(ROOT)},
            capture_output=True,
            text=True,
        )
        out = proc.stdout + proc.stderr
        for short, real in mapping.items():
            out = out.replace(short, real)
        print(out, end="")
        return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
