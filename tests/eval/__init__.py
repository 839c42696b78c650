"""The development set runner: every phrasing through what Teams runs, scored per half.

``python -m tests.eval`` (or ``make eval``) loads every ``tests/eval/*.yaml`` list, sends each
item through the real bot exactly as a Teams message arrives after authentication — the
danger check, the privacy guard, kommune resolution (the item's kommune is the asker's team
kommune) and the router — and scores the reply:

- right: the reply's intent is one the item's intent accepts (see ``ACCEPTS``), every
  ``must`` is in the reply and no ``must_not`` is (case-insensitive, both sides folded);
  ``unknown`` items need the honest fallback; ``danger`` and ``disclosure`` items need a
  routine with the acute line first;
- wrong answer: a confident answer that is not right. A fallback or a «Mente du …?» is not a
  wrong answer — it is an honest «I am not sure».

Both halves are scored; confusions and failing items are printed for the dev half only. The
test half is held out: nothing here prints or returns its individual items. Its figures leave
out the test items whose text a dev item has (``seen``, tests/eval/seen.py): they were tuned
on through their twin, and only their count is printed, with the figures that include them.
"""

from __future__ import annotations

import asyncio
import functools
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.messages import Request, Scope, Sender
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from bot.understanding.confidence import FRAGILE, fragile

EVAL_DIR = Path(__file__).parent
RELABELS = EVAL_DIR / "relabels.yaml"
"""Every change to a dev item's label after its round was written, with the evidence (a
record, not a round: ``load_items`` skips it; tests/test_eval_relabels.py checks it)."""

ACCEPTS: dict[str, frozenset[str]] = {
    "group_members": frozenset({"members"}),
    "role_groups": frozenset({"role_groups"}),
    "coordinator": frozenset({"coordinator"}),
    # «hvem koordinerer arbeidet på utøvende nivå»: the level's convener answer says who
    # coordinates it («Arbeidet koordineres av BTI-koordinator»); the must strings hold who.
    "level_info": frozenset({"levels", "duties", "members", "innkaller"}),
    "meeting_frequency": frozenset({"frequency"}),
    "meeting_convener": frozenset({"innkaller", "moteleder", "sekretar"}),
    # «når er fagdagen om …», «når skal trygghetsvandringa være»: the event is a tiltak, and
    # the plan's only date for it is the tiltak's (the must strings hold the date).
    "meeting_next": frozenset({"next_meeting", "meeting_plan", "tiltak_lookup", "tiltak_deadline"}),
    "tiltak_lookup": frozenset(
        {"tiltak_lookup", "tiltak_deadline", "tiltak_for_role", "tiltak_status"}
    ),
    "tiltak_owner": frozenset({"tiltak_owner", "tiltak_lookup"}),
    "tiltak_mine": frozenset({"tiltak_mine", "tiltak_for_role"}),
    "plan_facts": frozenset({"plan", "target_group", "tiltak_status"}),
    "bti": frozenset({"bti"}),
    "hotlines": frozenset({"hotlines", "contact_service"}),
    "contact_service": frozenset({"contact_service", "coordinator", "hotlines"}),
    "routine_list": frozenset({"routine_list"}),
    "routine": frozenset({"routine", "danger", "disclosure"}),
    "danger": frozenset({"danger", "disclosure", "routine"}),
    "disclosure": frozenset({"danger", "disclosure", "routine"}),
    "unknown": frozenset({"unknown"}),
}
"""Which of the bot's reply intents are a right reading of each eval intent."""

SEAT_CONFIRMED = re.compile(r"^Ja – .+ er med i ", re.MULTILINE)
"""«er rektorene med i slt-nettverket?» asks whether a role sits in a group: the README's «who
sits where» answers it both by the role's seats (``role_groups``) and by the group's members
opening «Ja – rektor er med i SLT-nettverket: …» (bot/features/organisation/texts.py). The
writers labelled the same form either way (vd-0030 and fr-0304), so a ``role_groups`` item also
accepts a ``members`` reply that confirms the seat in those words."""

SEAT_DENIED = re.compile(
    r"^(?P<role>.+?) står ikke blant deltakerne i (?P<group>.+?) i planen\.", re.MULTILINE
)
"""The honest «no» to the same question («er NAV ungdomskontakten med i koordineringsgruppa?»):
«NAV ungdomskontakt står ikke blant deltakerne i Koordineringsgruppe i planen. Planen har NAV
ungdomskontakt med i: Fagteam.» (texts.role_not_in_group) names where the role sits, which is
what a ``role_groups`` reading asks. The item's must/must_not decide whether the «no» is right:
a must that names the group the reply denies says the role sits there, so the reply is wrong."""


def seat_answer(item: Item, got: str, text: str) -> bool:
    """Whether a ``members`` reply answers a ``role_groups`` item: it confirms the seat
    (``SEAT_CONFIRMED``), or denies it (``SEAT_DENIED``) for a group none of the item's musts
    names."""
    if item.intent != "role_groups" or got != "members":
        return False
    if SEAT_CONFIRMED.search(text):
        return True
    denied = SEAT_DENIED.search(text)
    if denied is None:
        return False
    group = fold(denied["group"])
    return not any(fold(m) and fold(m) in group for m in item.must)


SMALL_TALK_REPLY = "greeting"
"""«god morgen!», «takk for hjelpen i går 🙏»: the writers have no label for small talk and
file it under ``unknown``; the bot's greeting or thanks back (bot/features/organisation/help.py)
states no fact, and the reader gives it only to a message of a few words
(bot/understanding/reader.py). So an ``unknown`` item accepts it. Not in ``ACCEPTS``: that
table also tells the intent net which replies agree with a reading (scripts/intent_examples.py),
and «unknown» examples must go on doubting a greeting given to a question."""


def small_talk_answer(item: Item, got: str) -> bool:
    """Whether a greeting reply answers an ``unknown`` item (``SMALL_TALK_REPLY``)."""
    return item.intent == "unknown" and got == SMALL_TALK_REPLY


ROUTINES: dict[str, frozenset[str] | None] = {
    "rus": frozenset({"rusbekymring"}),
    "vold_nare": frozenset({"vold-naere-relasjoner"}),
    "seksuelle_overgrep": frozenset({"vold-naere-relasjoner", "bildedeling"}),
    "selvmord_selvskading": frozenset({"selvskading"}),
    "tvangsekteskap_aere": frozenset({"vold-naere-relasjoner"}),
    "bildedeling": frozenset({"bildedeling"}),
    "skolefravaer": frozenset({"skolefravaer"}),
    "samtykke": frozenset({"samtykke"}),
    "hastemote": frozenset({"hastemote"}),
}
"""The bot's routine ids each eval routine accepts; a routine not listed accepts any routine
(the check is then that a routine with its acute line came first)."""

HONEST = frozenset({"unknown", "clarify", "privacy_warning"})
"""Replies that say «I don't know», ask back, or only warn of personal data (the message is
not answered in the room): never counted as wrong answers."""

ROUTED = frozenset({"danger", "disclosure", "routine"})
DANGER_INTENTS = frozenset({"danger", "disclosure"})


@dataclass(frozen=True)
class Item:
    id: str
    kommune: str
    half: str
    text: str
    intent: str
    routine: str | None = None
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    source: str = ""
    file: str = ""
    """The list the item comes from (``fresh3.yaml``), for figures per round."""

    @classmethod
    def of(cls, raw: dict[str, Any], file: str) -> Item:
        """An item from its YAML mapping (a round's, or a corpus's without must or source)."""
        return cls(
            id=str(raw["id"]),
            kommune=str(raw["kommune"]),
            half=str(raw["half"]),
            text=str(raw["text"]),
            intent=str(raw["intent"]),
            routine=raw.get("routine") or None,
            must=tuple(str(m) for m in raw.get("must") or ()),
            must_not=tuple(str(m) for m in raw.get("must_not") or ()),
            source=str(raw.get("source") or ""),
            file=file,
        )


@dataclass(frozen=True)
class Outcome:
    item: Item
    got: str
    right: bool
    wrong_answer: bool
    missing: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    routine: str | None = None
    margin: float | None = None
    """A confident answer retrieval decided: how far it stands above its thresholds (1.0 is
    at one; ``Understood.margin``). None for every other reply."""
    acute: bool = False
    """The reply's first line is an acute line (🚨/⚠): a routed danger answer, or the safety
    net's question back (bot/safety_net.py), which the scoring above counts as honest."""


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it: the same objects, five times faster."""


def read_yaml(path: Path) -> Any:
    """A YAML file parsed once per process while it is unchanged. The tests read the 4,000+
    items many times; each read took 20-30 s on a loaded CI machine. Callers must not change
    what they get (it is shared)."""
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _parsed(path: Path, mtime_ns: int, size: int) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def load_items(directory: Path = EVAL_DIR) -> list[Item]:
    """Every item of every YAML list in ``directory``, checked for the fields it needs."""
    items: list[Item] = []
    for path in sorted(p for p in directory.glob("*.yaml") if p.name != RELABELS.name):
        data = read_yaml(path) or []
        if isinstance(data, dict):
            data = data.get("items", [])
        for number, raw in enumerate(data, start=1):
            if not isinstance(raw, dict):
                raise ValueError(f"{path.name}: item {number} is not a mapping")
            missing = {"id", "kommune", "half", "text", "intent"} - raw.keys()
            if missing:
                raise ValueError(f"{path.name}: item {number} lacks {', '.join(sorted(missing))}")
            items.append(Item.of(raw, path.name))
    return items


class Runner:
    """One bot, as the service builds it, answering items as Teams messages."""

    def __init__(self, kb: KnowledgeBase | None = None, data_dir: Path | None = None) -> None:
        self.kb = kb or KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
        self._tmp = None
        if data_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="slt-eval-")
            data_dir = Path(self._tmp.name)
        default = next(iter(self.kb.kommuner))
        self.settings = Settings(
            data_dir=data_dir, default_kommune=default, scheduler_enabled=False
        )
        self.store = SqliteStore.open(self.settings.database_path)
        self.bot = SltBot(self.kb, self.store, self.settings)
        for kommune_id in self.kb.kommuner:
            self.store.database.link(self._conversation(kommune_id), kommune_id, "eval")

    @staticmethod
    def _conversation(kommune_id: str) -> str:
        return f"conv:eval-team-{kommune_id}"

    def replies(self, item: Item) -> list[Reply]:
        """What a staff member in the item's kommune's team gets back for the message."""
        request = Request(
            text=item.text,
            conversation_key=self._conversation(item.kommune),
            sender=Sender("29:eval-user", "00000000-0000-0000-0000-0000000000e7", "Eval Bruker"),
            scope=Scope.CHANNEL,
            channel_key=f"channel:eval-{item.kommune}",
            addressed=True,
        )
        return asyncio.run(self.bot.on_message(request))

    def score(self, item: Item) -> Outcome:
        replies = self.replies(item)
        answer = _answer(replies, ACCEPTS.get(item.intent, frozenset()))
        got = str(answer.intent) if answer else "none"
        # Two questions answered in one reply (bot/two_questions.py) carry both intents.
        both = answer.facts.get("intents", ()) if answer else ()
        got = next((i for i in both if i in ACCEPTS.get(item.intent, ())), got)
        text = "\n".join(r.text for r in replies)
        folded = fold(text)
        missing = tuple(m for m in item.must if fold(m) not in folded)
        forbidden = tuple(m for m in item.must_not if fold(m) and fold(m) in folded)
        routine = answer.facts.get("routine") if answer else None
        accepted = (
            got in ACCEPTS.get(item.intent, frozenset())
            or seat_answer(item, got, text)
            or small_talk_answer(item, got)
        )
        if item.intent in ("danger", "disclosure", "routine") and accepted and answer:
            accepted = _routine_ok(item, routine) and (
                item.intent == "routine" or _acute_first(answer)
            )
        right = accepted and not missing and not forbidden
        wrong = not right and got not in HONEST
        margin = None
        if got not in HONEST and got not in DANGER_INTENTS:
            understood = self.bot.understand(item.text, item.kommune)
            margin = understood.margin if str(understood.intent) == got else None
        acute = any(_acute_first(r) for r in replies[:1])
        return Outcome(item, got, right, wrong, missing, forbidden, routine, margin, acute)

    def run(self, items: Iterable[Item]) -> list[Outcome]:
        return [self.score(item) for item in items]


def _answer(replies: Sequence[Reply], accepted: frozenset[str] = frozenset()) -> Reply | None:
    """The reply that answers: a danger routine first if any; else, when a message asked two
    things and got two answers («hvor ofte møtes X, og hvem kaller inn?»), the one of the
    item's intent; else the last non-warning."""
    for reply in replies:
        if str(reply.intent) in DANGER_INTENTS:
            return reply
    others = [r for r in replies if str(r.intent) != "privacy_warning"]
    asked = [r for r in others if accepted & {str(r.intent), *r.facts.get("intents", ())}]
    if asked or others:
        return asked[0] if asked else others[-1]
    return replies[-1] if replies else None  # the privacy warning alone


DUTY_ROUTINE = "bekymringsmelding"
"""The routine for the duty to report itself («må foreldrene vite?», «hva går foran,
taushetsplikt eller opplysningsplikt?»). The writers' labels have no name for it and file such
a calm question under the routine whose steps they found the duty in (vold_nare); for a
question (not a danger or disclosure message) it is a right answer to any of them."""


def _routine_ok(item: Item, routine: Any) -> bool:
    accepted = ROUTINES.get(item.routine or "")
    if item.intent == "routine" and routine == DUTY_ROUTINE:
        return True
    return accepted is None or routine in accepted


def _acute_first(reply: Reply) -> bool:
    """The first line is the acute line (a danger lead or the routine's acute warning)."""
    first = reply.text.lstrip().splitlines()[0] if reply.text.strip() else ""
    return first.startswith(("🚨", "⚠"))


# --- figures ------------------------------------------------------------------------------


@dataclass
class Figures:
    """Accuracy per intent and kommune, and the wrong-answer rate, for one half."""

    half: str
    total: int = 0
    right: int = 0
    wrong: int = 0
    by_intent: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_kommune: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    danger_total: int = 0
    danger_right: int = 0
    alarms: int = 0
    """False alarms: an item that is no danger, disclosure or routine answered as one."""
    danger_acute: int = 0
    """Danger/disclosure items whose reply puts the acute line first: routed, or the safety
    net's question back (not counted as routed: it shows no routine)."""
    acute_asks: int = 0
    """Items that are no danger, disclosure or routine that got the net's question back."""
    decided: int = 0
    """Confident answers retrieval decided (they have a margin)."""
    fragile: int = 0
    """… of them, those within ``FRAGILE`` of a threshold: an unrelated knowledge edit may
    flip them to another reading or to «Mente du …?»."""

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.total if self.total else 0.0

    @property
    def danger_all_routed(self) -> bool:
        return self.danger_right == self.danger_total


def figures(
    outcomes: Iterable[Outcome], half: str, leave_out: frozenset[str] = frozenset()
) -> Figures:
    """One half's figures; ``leave_out``: ids not counted (test items seen in dev,
    tests/eval/seen.py)."""
    result = Figures(half)
    for o in outcomes:
        if o.item.half != half or o.item.id in leave_out:
            continue
        result.total += 1
        result.right += o.right
        result.wrong += o.wrong_answer
        result.decided += o.margin is not None
        result.fragile += fragile(o.margin)
        result.by_intent[o.item.intent][0] += o.right
        result.by_intent[o.item.intent][1] += 1
        result.by_kommune[o.item.kommune][0] += o.right
        result.by_kommune[o.item.kommune][1] += 1
        if o.item.intent in DANGER_INTENTS:
            result.danger_total += 1
            result.danger_right += o.right
            result.danger_acute += o.right or (o.acute and o.got == "clarify")
        elif o.item.intent not in ROUTED and o.got in DANGER_INTENTS:
            result.alarms += 1
        elif o.item.intent not in ROUTED and o.acute and o.got == "clarify":
            result.acute_asks += 1
    return result


def confusions(outcomes: Iterable[Outcome]) -> Counter[tuple[str, str]]:
    """(expected, got) for the dev half's failures. Never the test half."""
    return Counter((o.item.intent, o.got) for o in outcomes if o.item.half == "dev" and not o.right)


def _headline(half: str, f: Figures) -> str:
    return (
        f"{half}: {f.right}/{f.total} right = {f.accuracy:.1%}; wrong answers {f.wrong} = "
        f"{f.wrong_rate:.1%}; danger/disclosure routed {f.danger_right}/{f.danger_total}; "
        f"false alarms {f.alarms}"
    )


def report(
    outcomes: Sequence[Outcome], *, show_failures: int = 0, seen: frozenset[str] = frozenset()
) -> str:
    """Both halves' figures; the test half's without the ``seen`` ids (test items whose text
    a dev item has, tests/eval/seen.py), with their count and the figures with them."""
    lines: list[str] = []
    for half in ("dev", "test"):
        f = figures(outcomes, half, seen if half == "test" else frozenset())
        if not f.total:
            lines.append(f"{half}: no items")
            continue
        lines.append(_headline(half, f))
        left_out = sum(o.item.half == half and o.item.id in seen for o in outcomes)
        if half == "test":
            lines.append(
                f"  seen in dev: {left_out} (test items whose text a dev item has, left out "
                f"above); with them {_headline(half, figures(outcomes, half))}"
            )
        lines.append(
            f"  acute line first: {f.danger_acute}/{f.danger_total} danger/disclosure (routed, "
            f"or asked back with the acute line by the safety net); asked back so on "
            f"{f.acute_asks} items that are no danger"
        )
        lines.append(
            f"  fragile: {f.fragile} of {f.decided} confident answers retrieval decided stand "
            f"within {FRAGILE:.0%} of a threshold (score floor or margin over the next reading)"
        )
        lines.append("  per intent:")
        for intent, (right, total) in sorted(f.by_intent.items()):
            lines.append(f"    {intent:<18} {right:>4}/{total:<4} {right / total:.0%}")
        lines.append("  per kommune:")
        for kommune, (right, total) in sorted(f.by_kommune.items()):
            lines.append(f"    {kommune:<18} {right:>4}/{total:<4} {right / total:.0%}")
    confused = confusions(outcomes)
    if confused:
        lines.append("confusions (dev half only): expected -> got")
        for (expected, got), count in confused.most_common():
            lines.append(f"    {expected:<18} -> {got:<18} {count}")
    if show_failures:
        failing = [o for o in outcomes if o.item.half == "dev" and not o.right]
        lines.append(f"failing dev items (first {show_failures}):")
        for o in failing[:show_failures]:
            why = []
            if o.missing:
                why.append(f"missing {list(o.missing)}")
            if o.forbidden:
                why.append(f"has {list(o.forbidden)}")
            if o.routine and o.item.routine:
                why.append(f"routine {o.routine} for {o.item.routine}")
            lines.append(
                f"    {o.item.id} [{o.item.kommune}] {o.item.text!r}: {o.item.intent} -> "
                f"{o.got} {'; '.join(why)}"
            )
    return "\n".join(lines)
