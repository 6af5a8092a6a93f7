"""The `raptscallions` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from ._discovery import Discovered, discover


def _supports_color(stream: object) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def cmd_check(args: argparse.Namespace) -> int:
    """Validate every module folder in DIR; one line per module; non-zero on any error."""
    modules_dir = Path(args.dir)
    if not modules_dir.is_dir():
        print(f"error: {modules_dir} is not a folder", file=sys.stderr)
        return 2
    found = discover(modules_dir)
    color = _supports_color(sys.stdout)
    ok_mark = "\033[32m✓\033[0m" if color else "ok "
    bad_mark = "\033[31m✗\033[0m" if color else "ERR"
    if not found:
        print(f"no modules in {modules_dir} (a module is a folder with a module.yaml)")
        return 0
    width = max(len(d.name) for d in found)
    if args.load:
        found = _load_in_workers(found)
    errors = 0
    for d in found:
        if d.error is None and d.manifest is not None:
            m = d.manifest
            flags = [
                f for f, on in (("required", m.required), ("shadow", m.mode == "shadow")) if on
            ]
            extra = f"  [{', '.join(flags)}]" if flags else ""
            print(f"{ok_mark} {m.name:<{width}}  {m.version:<8}  {', '.join(m.hooks)}{extra}")
        else:
            errors += 1
            lines = str(d.error).splitlines()
            print(f"{bad_mark} {d.name:<{width}}  {lines[0]}")
            for line in lines[1:]:
                print(f"  {'':<{width}}  {line}")
    total = len(found)
    summary = f"{total - errors} of {total} modules valid"
    print(summary if not errors else f"{summary}; {errors} with errors")
    return 1 if errors else 0


def _load_in_workers(found: list[Discovered]) -> list[Discovered]:
    """Start each valid module in a worker (import, `on_load`) and stop it again; a failure
    becomes that module's error."""
    import trio

    from .engine._records import MemorySink
    from .engine._worker import WorkerHost, WorkerProcess
    from .sdk import ModuleLoadError

    sink = MemorySink()

    async def no_db(*_: object) -> object:
        return []

    host = WorkerHost(extraction=sink.add_extraction, log=sink.add_log, db=no_db)
    results = list(found)

    async def load(i: int, d: Discovered) -> None:
        assert d.manifest is not None
        async with trio.open_nursery() as nursery:
            try:
                worker = await nursery.start(
                    WorkerProcess(d.manifest, config=d.manifest.default_config(), host=host).run
                )
            except ModuleLoadError as exc:
                results[i] = Discovered(d.folder, manifest=d.manifest, error=exc)
                return
            await worker.stop()

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for i, d in enumerate(found):
                if d.error is None and d.manifest is not None:
                    nursery.start_soon(load, i, d)

    trio.run(main)
    return results


def cmd_serve(args: argparse.Namespace) -> int:
    from ._demo import run_demo

    return run_demo(Path(args.modules), args.database)


def cmd_bench(args: argparse.Namespace) -> int:
    """Run the benchmark suite in `benchmarks/` (each `bench_*.py` module's `main`)."""
    import importlib
    import time

    folder = Path(args.dir).resolve()
    if not (folder / "__init__.py").is_file():
        print(f"error: {folder} is not a benchmarks folder (run from the repository)",
              file=sys.stderr)  # fmt: skip
        return 2
    sys.path.insert(0, str(folder.parent))
    names = sorted(p.stem for p in folder.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if any(o in n for o in args.only)]
    for i, name in enumerate(names, 1):
        print(f"[{i}/{len(names)}] {name}")
        start = time.perf_counter()
        module = importlib.import_module(f"{folder.name}.{name}")
        module.main(args.extra or [])
        print(f"  ({time.perf_counter() - start:.1f} s)\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="raptscallions", description="Run and manage raptscallions modules."
    )
    parser.add_argument("--version", action="version", version=f"raptscallions {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser(
        "check", help="validate the modules in a folder and load each one in a worker"
    )
    check.add_argument(
        "dir", nargs="?", default="modules", help="modules folder (default: modules)"
    )
    check.add_argument(
        "--no-load",
        dest="load",
        action="store_false",
        help="only validate manifests; do not start each module in a worker",
    )
    check.set_defaults(func=cmd_check)

    serve = sub.add_parser("serve", help="load the modules and serve them")
    serve.add_argument("--modules", default="modules", help="modules folder (default: modules)")
    serve.add_argument(
        "--database",
        default=os.environ.get("RAPTSCALLIONS_DATABASE_URL", "sqlite:///raptscallions.db"),
        help="store URL: sqlite:///path or postgresql://... "
        "(default: $RAPTSCALLIONS_DATABASE_URL or sqlite:///raptscallions.db)",
    )
    serve.set_defaults(func=cmd_serve)

    bench = sub.add_parser("bench", help="run the benchmarks (from the repository)")
    bench.add_argument("only", nargs="*", help="run only benchmarks whose name contains this")
    bench.add_argument("--dir", default="benchmarks", help="benchmarks folder")
    bench.add_argument("--extra", nargs=argparse.REMAINDER, help="arguments for each benchmark")
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
