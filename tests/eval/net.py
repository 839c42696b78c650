"""``python -m tests.eval.net [--off] [--own] [--failures N]``: the safety net's figures.

The net's examples (knowledge/language/danger_examples.yaml) ARE the dev rounds' items, so a
dev item would find itself. This runs the eval with the net leaving out the item's own text
(leave-one-out; ``--own`` keeps it, ``--off`` runs without the net) and prints the eval's own
report (scoring unchanged) and, per half, as aggregates only:

- danger asked back: danger/disclosure items the eval does not count as routed that got the
  net's question back (the acute line first, the routines as buttons);
- acute line reached: routed + asked back;
- false ask-backs: items that are no danger, disclosure or routine that got the question back.

``--alone``: the net by itself on every item, as if the rules had missed it (leave-one-out).

The test half's figures are aggregates; nothing here prints a test item.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence

from bot.compiled import Compiled
from bot.safety_net import SafetyNet
from tests.eval import DANGER_INTENTS, ROUTED, Item, Outcome, Runner, load_items, report
from tests.eval.seen import seen_in_dev


def net_figures(outcomes: Sequence[Outcome], found: set[tuple[str, str]]) -> str:
    asked = {
        o.item.id for o in outcomes if o.got == "clarify" and (o.item.file, o.item.id) in found
    }
    lines = []
    for half in ("dev", "test"):
        mine = [o for o in outcomes if o.item.half == half]
        danger = [o for o in mine if o.item.intent in DANGER_INTENTS]
        routed = sum(o.right for o in danger)
        back = sum(1 for o in danger if not o.right and o.item.id in asked)
        calm = [o for o in mine if o.item.intent not in ROUTED]
        false = sum(1 for o in calm if o.item.id in asked)
        lines.append(
            f"{half}: danger routed {routed}/{len(danger)}; asked back {back}; acute line "
            f"reached {routed + back}/{len(danger)}; false ask-backs {false}/{len(calm)}"
        )
    return "\n".join(lines)


def alone(net: SafetyNet, items: Sequence[Item]) -> str:
    """The net by itself on every item, as if the rules had missed it (leave-one-out):
    how much danger it finds and how often it would ask back on a message that is none."""
    lines = []
    for half in ("dev", "test"):
        mine = [i for i in items if i.half == half]
        danger = [i for i in mine if i.intent in DANGER_INTENTS]
        calm = [i for i in mine if i.intent not in DANGER_INTENTS]
        hits = sum(net.nearest(i.text) is not None for i in danger)
        false = Counter(i.intent for i in calm if net.nearest(i.text) is not None)
        lines.append(
            f"{half} net alone: danger found {hits}/{len(danger)}; asks back on "
            f"{sum(false.values())}/{len(calm)} others ({dict(false.most_common())})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.net", description=__doc__)
    parser.add_argument("--off", action="store_true", help="run without the net")
    parser.add_argument("--own", action="store_true", help="let an item find its own text")
    parser.add_argument("--alone", action="store_true", help="only the net by itself")
    parser.add_argument("--failures", type=int, default=0, help="failing DEV items to list")
    args = parser.parse_args(argv)
    runner = Runner()
    net = Compiled.of(runner.kb).net
    assert net is not None, "no knowledge/language/danger_examples.yaml"
    net.leave_out_own = not args.own
    if args.alone:
        print(alone(net, load_items()))
        return 0
    found: set[tuple[str, str]] = set()
    nearest = net.nearest

    def watched(text: str):  # type: ignore[no-untyped-def]
        finding = None if args.off else nearest(text)
        if finding is not None:
            found.add((current[0].file, current[0].id))
        return finding

    net.nearest = watched  # type: ignore[method-assign]
    items = load_items()
    current = [items[0]]
    outcomes = []
    for item in items:
        current[0] = item
        outcomes.append(runner.score(item))
    print(report(outcomes, show_failures=args.failures, seen=seen_in_dev(items)))
    print(net_figures(outcomes, found))
    if args.failures:
        print("dev items asked back that are no danger:")
        for o in outcomes:
            key = (o.item.file, o.item.id)
            if (
                o.item.half == "dev"
                and key in found
                and o.got == "clarify"
                and o.item.intent not in ROUTED
            ):
                print(f"    {o.item.id} {o.item.text!r}: {o.item.intent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
