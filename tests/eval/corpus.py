"""``python -m tests.eval.corpus [--corpus NAME] [--half dev|test|all] [--rules|--bot]
[--shipped] [--failures]``: score the hand-written corpora (scripts/danger_examples.py
``CORPORA``: scripts/danger_corpus16.yaml, danger_corpus17c.yaml …) per kind, as an experiment.

Each corpus was written for the safety net by a writer who never read the code: 300 danger,
300 disclosure and 300 calm look-alikes. Used as a round, its **odd ids** (c16-001, c17c-001
…; ``half: dev``) are the tuning half and its **even ids** (``half: test``) are held out:
``--failures`` lists dev items only, and a test half is only ever printed as aggregates (score
it at a branch's start and end). ``--half odd|even`` are the old names of ``dev|test``.
A test item whose text is tuned on (a dev item's of any round or corpus, or an example the nets
take: tests/eval/seen.py) is *seen in dev*: left out of the test half's figures and counted, as
make eval does (``--with-seen`` keeps them; corpus16 is in the net whole, so its test half is
all seen).

Two readings, per kind:

- ``rules``: the danger check alone (``check(text)``, else its soft ``hint``), as
  scripts/danger_examples.py labels the corpus — *routed* (a routine the label accepts),
  *wrong routine*, *acute only* (the acute line with no routine where the label needs one),
  *missed*; calm: *alarms* (any finding);
- ``bot``: the whole bot as Teams runs it (rules, router, then the safety net) — *routed*,
  *acute first* (routed or the net's question back), *wrong routine*, *missed*; calm: *false
  alarms* (a danger or disclosure reply) and *asked back* (the net's question back). The net
  is built from the examples scripts/danger_examples.py writes, **without** the item's own
  corpus where its items are examples (corpus16 whole, a later corpus's dev half: they would
  find themselves); a held-out test item meets the net with its corpus's dev half in it, as
  the shipped bot does. ``--shipped``: the net as knowledge/language/danger_examples.yaml
  ships it, untouched — today's bot on a corpus before it joins the examples.

A label the eval's ``ROUTINES`` leaves open (any routine) is held here to the routines the
danger rules mean for it (``STRICT``): a threat against staff sent to the self-harm routine,
or radicalisation to violence at home, is a wrong routine, not a routed message.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

from bot.compiled import Compiled
from scripts.danger_examples import CORPORA, Corpus, corpus, rows
from tests.eval import DANGER_INTENTS, ROUTED, ROUTINES, Item, Outcome, Runner, load_items
from tests.eval.loro import net_without, using
from tests.eval.seen import seen_in_dev

KINDS = ("danger", "disclosure", "calm")
STRICT: dict[str, frozenset[str | None]] = {
    "trusler": frozenset({None, "hastemote", "bekymringsmelding", "vold-naere-relasjoner"}),
    "radikalisering": frozenset({None, "hastemote"}),
    "menneskehandel_utnytting": frozenset({None, "vold-naere-relasjoner", "rusbekymring"}),
    "akutt_medisinsk": frozenset({None, "rusbekymring", "selvskading"}),
}
"""The routines a label the eval leaves open stands for (danger.yaml's categories of that
``topic``; None is the acute line alone). ``annet`` accepts any routine."""


def accepts(label: str, routine: str | None) -> bool:
    """Whether a finding's ``routine`` is right for the writer's ``label``."""
    strict = STRICT.get(label)
    if strict is not None:
        return routine in strict
    listed = ROUTINES.get(label)
    return listed is None or routine in listed


HALVES = {"odd": "dev", "even": "test"}
"""The old names of the halves (corpus16 came before ``half:``; its odd ids are its dev half)."""


def items(half: str = "dev", corpora: Sequence[Corpus] = CORPORA[:1]) -> list[Item]:
    """The corpora as eval items (every item, dropped ones too: they are messages all the same);
    ``half``: ``dev`` (odd ids, tuning), ``test`` (even ids, held out) or ``all``."""
    half = HALVES.get(half, half)
    out = []
    for source in corpora:
        for raw in corpus(source.path, keep_dropped=True):
            number = int(str(raw["id"]).rsplit("-", 1)[1])
            own = "dev" if number % 2 else "test"
            assert raw.get("half", own) == own, f"{raw['id']}: half is by the id"
            if half != "all" and own != half:
                continue
            kind = str(raw["kind"])
            out.append(
                Item(
                    id=str(raw["id"]),
                    kommune="valer",
                    half=own,
                    text=str(raw["text"]),
                    intent=kind if kind in DANGER_INTENTS else "calm",
                    routine=None if kind == "calm" else str(raw["routine"]),
                    file=source.name,
                )
            )
    return out


def held_out(chosen: Sequence[Item], tuned: frozenset[str] | None = None) -> tuple[list[Item], int]:
    """``chosen`` without its test items seen in dev, and how many were left out (``tuned``:
    the folded texts tuned on, by default tests/eval/seen.py's)."""
    seen = seen_in_dev(chosen, tuned)
    return [i for i in chosen if i.id not in seen], len(seen)


@dataclass
class Kind:
    """One kind's figures."""

    name: str
    total: int = 0
    routed: int = 0
    acute: int = 0
    wrong: int = 0
    only: int = 0
    alarms: int = 0
    asks: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self, bot: bool) -> str:
        if self.name == "calm":
            asked = f"  asked back {self.asks:>3}" if bot else ""
            return f"  {self.name:<11} {self.total:>4}  false alarms {self.alarms:>3}{asked}"
        missed = self.total - self.routed - self.wrong - (0 if bot else self.only)
        if bot:
            missed = self.total - self.acute - self.wrong
            extra = f"acute first {self.acute:>3}"
        else:
            extra = f"acute only {self.only:>3}"
        return (
            f"  {self.name:<11} {self.total:>4}  routed {self.routed:>3}  {extra}  "
            f"wrong routine {self.wrong:>3}  missed {missed:>3}"
        )


def by_rules(runner: Runner, chosen: Sequence[Item]) -> dict[str, Kind]:
    """The danger check alone on each item."""
    check = Compiled.of(runner.kb).safety
    kinds = {k: Kind(k) for k in KINDS}
    for item in chosen:
        found = check.check(item.text) or check.check(item.text, hint=True)
        kind = kinds[item.intent]
        kind.total += 1
        if item.intent == "calm":
            kind.alarms += found is not None
            kind.failures.append(f"alarm {found.routine} {found.describe()}" if found else "")
            continue
        label = item.routine or ""
        if found is None:
            kind.failures.append("missed")
        elif accepts(label, found.routine):
            kind.routed += 1
            kind.failures.append("")
        elif found.routine is None:
            kind.only += 1
            kind.failures.append(f"acute only {found.describe()}")
        else:
            kind.wrong += 1
            kind.failures.append(f"wrong {found.routine} {found.describe()}")
    return kinds


def _bot_kind(kind: Kind, outcome: Outcome) -> str:
    item = outcome.item
    asked_back = outcome.acute and outcome.got == "clarify"
    kind.total += 1
    if item.intent == "calm":
        alarm = outcome.got in DANGER_INTENTS
        kind.alarms += alarm
        kind.asks += asked_back
        return f"alarm {outcome.routine}" if alarm else ("asked back" if asked_back else "")
    routed = outcome.got in ROUTED and outcome.acute
    if routed and accepts(item.routine or "", outcome.routine):
        kind.routed += 1
        kind.acute += 1
        return ""
    if routed:
        kind.wrong += 1
        return f"wrong {outcome.routine}"
    kind.acute += asked_back
    return "asked back" if asked_back else f"missed ({outcome.got})"


def by_bot(runner: Runner, chosen: Sequence[Item], shipped: bool = False) -> dict[str, Kind]:
    """The whole bot on each item, its net built without the item's own corpus unless the item
    is held out from it (module docstring), or with ``shipped`` the net as shipped."""
    kinds = {k: Kind(k) for k in KINDS}
    labelled = [] if shipped else rows(runner.kb, [i for i in load_items() if i.half == "dev"])
    why: dict[str, str] = {}
    for left_out, group in _by_net(chosen).items():
        net = None if shipped else net_without(runner, labelled, None, without={left_out} - {""})
        with nullcontext() if net is None else using(runner, net):
            for item in group:
                why[item.id] = _bot_kind(kinds[item.intent], runner.score(item))
    for item in chosen:
        kinds[item.intent].failures.append(why[item.id])
    return kinds


def _by_net(chosen: Sequence[Item]) -> dict[str, list[Item]]:
    """The items grouped by the corpus their net is built without (``""``: none): a corpus
    in the net whole for all its items, else for its dev items only."""
    whole = {c.name for c in CORPORA if not c.dev_only}
    groups: dict[str, list[Item]] = {}
    for item in chosen:
        left_out = item.file if item.half == "dev" or item.file in whole else ""
        groups.setdefault(left_out, []).append(item)
    return groups


def report(name: str, kinds: dict[str, Kind], bot: bool) -> list[str]:
    return [f"{name}:", *(kinds[k].line(bot) for k in KINDS)]


def failures(chosen: Iterable[Item], kinds: dict[str, Kind]) -> list[str]:
    """The dev items that failed, with why (never a test item)."""
    lines = []
    per: dict[str, list[Item]] = {k: [] for k in KINDS}
    for item in chosen:
        per[item.intent].append(item)
    for name in KINDS:
        for item, why in zip(per[name], kinds[name].failures, strict=True):
            if why and item.half == "dev":
                lines.append(f"    {item.id} [{name}/{item.routine}] {why}: {item.text!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.corpus", description=__doc__)
    names = [c.name for c in CORPORA]
    parser.add_argument(
        "--corpus", action="append", choices=names, help="only this corpus (each in turn)"
    )
    parser.add_argument("--half", choices=("dev", "test", "all", "odd", "even"), default="dev")
    parser.add_argument("--rules", action="store_true", help="the danger check alone only")
    parser.add_argument("--bot", action="store_true", help="the whole bot only")
    parser.add_argument("--shipped", action="store_true", help="the bot's net as shipped")
    parser.add_argument("--failures", action="store_true", help="list failing dev items")
    parser.add_argument(
        "--with-seen", action="store_true", help="keep test items whose text is tuned on"
    )
    args = parser.parse_args(argv)
    runner = Runner()
    half = HALVES.get(args.half, args.half)
    readings = [("rules", False)] if args.rules else [("bot", True)] if args.bot else []
    for source in [c for c in CORPORA if c.name in (args.corpus or [CORPORA[0].name])]:
        chosen = items(half, [source])
        if half != "dev" and not args.with_seen:
            chosen, seen = held_out(chosen)
            print(f"{source.name}: seen in dev: {seen} test items (text tuned on), left out")
        for name, bot in readings or [("rules", False), ("bot", True)]:
            kinds = by_bot(runner, chosen, args.shipped) if bot else by_rules(runner, chosen)
            shipped = ", net as shipped" if bot and args.shipped else ""
            print("\n".join(report(f"{source.name} {half} half, {name}{shipped}", kinds, bot)))
            if args.failures:
                print("\n".join(failures(chosen, kinds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
