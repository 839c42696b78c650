"""``python -m tests.eval [--failures N]``: score the development set (see ``tests/eval``)."""

from __future__ import annotations

import argparse
import sys

from tests.eval import Runner, load_items, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval", description=__doc__)
    parser.add_argument(
        "--failures", type=int, default=0, help="list this many failing DEV items (never test)"
    )
    parser.add_argument(
        "--file", action="append", default=[], help="score only this list (e.g. fresh3.yaml)"
    )
    args = parser.parse_args(argv)
    items = load_items()
    if args.file:
        names = {name if name.endswith(".yaml") else f"{name}.yaml" for name in args.file}
        items = [item for item in items if item.file in names]
    if not items:
        print("no eval items found in tests/eval/*.yaml", file=sys.stderr)
        return 1
    outcomes = Runner().run(items)
    print(report(outcomes, show_failures=args.failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
