"""``python -m tests.eval.corpus [--half odd|even|all] [--rules|--bot] [--failures]``: score
the hand-written corpus (scripts/danger_corpus16.yaml) per kind, as an experiment.

The corpus was written for the safety net by a writer who never read the code: 300 danger,
300 disclosure and 300 calm look-alikes. Used as a round, its **odd ids** (c16-001, c16-003 …)
are the tuning half and its **even ids** are held out: ``--failures`` lists odd items only, and
an even half is only ever printed as aggregates (score it at a branch's start and end).

Two readings, per kind:

- ``rules``: the danger check alone (``check(text)``, else its soft ``hint``), as
  scripts/danger_examples.py labels the corpus — *routed* (a routine the label accepts),
  *wrong routine*, *acute only* (the acute line with no routine where the label needs one),
  *missed*; calm: *alarms* (any finding);
- ``bot``: the whole bot as Teams runs it (rules, router, then the safety net built **without**
  the corpus, whose items would otherwise find themselves) — *routed*, *acute first* (routed
  or the net's question back), *wrong routine*, *missed*; calm: *false alarms* (a danger or
  disclosure reply) and *asked back* (the net's question back).

A label the eval's ``ROUTINES`` leaves open (any routine) is held here to the routines the
danger rules mean for it (``STRICT``): a threat against staff sent to the self-harm routine,
or radicalisation to violence at home, is a wrong routine, not a routed message.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.compiled import Compiled
from scripts.danger_examples import CORPUS_FILE, corpus, rows
from tests.eval import DANGER_INTENTS, ROUTED, ROUTINES, Item, Outcome, Runner, load_items
from tests.eval.loro import net_without, using

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


def items(half: str = "odd") -> list[Item]:
    """The corpus as eval items (every item, dropped ones too: they are messages all the same);
    ``half``: ``odd`` (tuning), ``even`` (held out) or ``all``."""
    out = []
    for raw in corpus(keep_dropped=True):
        number = int(str(raw["id"]).rsplit("-", 1)[1])
        if half != "all" and (number % 2 == 1) != (half == "odd"):
            continue
        kind = str(raw["kind"])
        out.append(
            Item(
                id=str(raw["id"]),
                kommune="valer",
                half="dev" if number % 2 else "test",
                text=str(raw["text"]),
                intent=kind if kind in DANGER_INTENTS else "calm",
                routine=None if kind == "calm" else str(raw["routine"]),
                file=CORPUS_FILE,
            )
        )
    return out


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


def by_bot(runner: Runner, chosen: Sequence[Item]) -> dict[str, Kind]:
    """The whole bot on each item, its net built without the corpus."""
    labelled = rows(runner.kb, [i for i in load_items() if i.half == "dev"])
    kinds = {k: Kind(k) for k in KINDS}
    with using(runner, net_without(runner, labelled, CORPUS_FILE, corpus=False)):
        for item in chosen:
            kind = kinds[item.intent]
            kind.failures.append(_bot_kind(kind, runner.score(item)))
    return kinds


def report(name: str, kinds: dict[str, Kind], bot: bool) -> list[str]:
    return [f"{name}:", *(kinds[k].line(bot) for k in KINDS)]


def failures(chosen: Iterable[Item], kinds: dict[str, Kind]) -> list[str]:
    """The odd items that failed, with why (never an even item)."""
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
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--rules", action="store_true", help="the danger check alone only")
    parser.add_argument("--bot", action="store_true", help="the whole bot only")
    parser.add_argument("--failures", action="store_true", help="list failing odd items")
    args = parser.parse_args(argv)
    runner = Runner()
    chosen = items(args.half)
    readings = [("rules", False)] if args.rules else [("bot", True)] if args.bot else []
    for name, bot in readings or [("rules", False), ("bot", True)]:
        kinds = by_bot(runner, chosen) if bot else by_rules(runner, chosen)
        print("\n".join(report(f"{args.half} half, {name}", kinds, bot)))
        if args.failures:
            print("\n".join(failures(chosen, kinds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
