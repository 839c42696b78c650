"""The scene a message's signals make when no phrase or compose rule of the danger check matched.

:class:`SignalStep` scores the combined signals (bot/safety_signals.py), reads who does what to
whom (bot/safety_scene.py) and rules out what is over, closed, unreal or asked in general. It
works from a :class:`Read`: what :class:`bot.safety.DangerCheck` read of one message before
(its folded words, atoms and concepts). A read belongs to that one message and dies with it;
nothing of it is kept between messages. :class:`DangerReading` carries it through one turn,
so the fallback's hint re-scores the signals without reading the message again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bot.safety_closed import Resolved
from bot.safety_decide import Decide, decided
from bot.safety_finding import Category, DangerFinding, finding
from bot.safety_frames import General
from bot.safety_precedence import THREAT_TOPIC
from bot.safety_scene import SceneReader
from bot.safety_signals import SceneScore, SignalScorer
from bot.safety_topics import Topics


@dataclass(frozen=True)
class Read:
    """What the check read of one message before its signals were scored."""

    words: Sequence[str]
    atoms: Sequence[frozenset[int]]
    walls: Sequence[bool]
    present: frozenset[int]
    concepts: Sequence[set[int]]
    scene_walls: Sequence[bool]
    aged: Sequence[int]
    adults: Sequence[int]
    behaviour: AbstractSet[str]
    """Categories a compose rule read as a child's own behaviour: no scene of them."""


@dataclass(frozen=True)
class SignalStep:
    """The parts of the compiled check the scene from signals is read with."""

    signals: SignalScorer
    scene: SceneReader | None
    topics: Topics
    resolved: Resolved
    closed: Resolved
    general: General
    decide: Sequence[Decide]
    index: Mapping[str, int]
    categories: Sequence[Category]
    grown_up: Callable[[frozenset[int], Sequence[str]], bool]
    """A colleague's own crisis asked for a number (``DangerCheck._grown_up``)."""

    def finding(self, read: Read, *, hint: bool = False) -> DangerFinding | None:
        """The scene ``read``'s signals make, or None. ``hint``: also a weaker combination
        (signals.yaml ``hint``), as a soft finding."""
        words, concepts = read.words, read.concepts
        scored = self.signals.score(
            concepts, read.scene_walls, read.aged, hint=hint, adults=read.adults
        )
        if scored is None:  # an act done to someone named beside it: «dytta henne ned trappa»
            done = self._done_to(read)
            return None if done is not None and read.behaviour & set(done.categories) else done
        if self.topics.at(words, scored.start):
            return None
        if self.scene is not None and (
            self.scene.unreal(concepts, words) or self.scene.at_things(concepts, words)
        ):
            return None
        category = scored.category  # who does it may change it (bot/safety_scene.py)
        if self.scene is not None:
            category = self.scene.by_whom(concepts, words, category, scored.signals)
        if category in read.behaviour:
            return None  # the child's own blows, read as a rule did
        scene = [self.index[category]]
        topic = self.categories[scene[0]].topic
        if self.resolved.over(words, (topic,)) or (scored.soft and self.resolved.said(words)):
            return None  # «slåsskamp i friminuttet, men ingen ble skadet»: over, borderline
        if topic == THREAT_TOPIC and self.closed.ended(words):
            return None  # a threat of last year whose case is closed
        if self.grown_up(read.present, (topic,)) or self.general.asked(words):
            return None
        return self._scored(scored, decided(self.decide, scene, read.atoms, read.walls), read)

    def _done_to(self, read: Read) -> DangerFinding | None:
        """An act done to a victim named beside it (bot/safety_scene.py), nothing else read."""
        words = read.words
        done = self.scene.done_to(read.concepts, words) if self.scene is not None else None
        if done is None or self.topics.at(words, done[1]):
            return None
        index = self.index[done[0]]
        if self.resolved.over(words, (self.categories[index].topic,)):
            return None
        return self._finding(decided(self.decide, [index], read.atoms, read.walls), read)

    def _scored(self, scored: SceneScore, scene: list[int], read: Read) -> DangerFinding:
        """The finding for a scene read from signals; a soft one leads with a softer line."""
        found = self._finding(scene, read)
        leads = found.leads
        if scored.soft:
            leads = (self.signals.soft_lead, *leads)
        return dataclasses.replace(found, leads=leads, signals=scored.signals, soft=scored.soft)

    def _finding(self, matched: list[int], read: Read) -> DangerFinding:
        return finding([self.categories[i] for i in matched], read.present)


class DangerReading:
    """One message as the danger check read it: its :attr:`finding`, and :meth:`hinted`, the
    weaker hint asked only when the turn would otherwise get the plain fallback, scored from
    the same :class:`Read` rather than by reading the message again. It holds the message's
    folded words: it belongs to the turn that read it and dies with it, never kept beyond."""

    __slots__ = ("_hinted", "_read", "_step", "finding", "played")

    def __init__(
        self,
        finding: DangerFinding | None,
        step: SignalStep | None = None,
        read: Read | None = None,
        *,
        played: DangerFinding | None = None,
    ) -> None:
        self.finding = finding
        """The danger or disclosure the message is about (no hint), or None."""
        self.played = played
        """A threat said in play and laughed off («… under fotballen, de var venner igjen»):
        no finding, but the routine a question of duty about it asks, calmly
        (bot/features/routines/no_case.py ``played_reply``)."""
        self._step, self._read = step, read
        self._hinted: tuple[DangerFinding | None] | None = None

    @classmethod
    def scored(cls, step: SignalStep, read: Read) -> DangerReading:
        """The reading whose finding is the scene ``read``'s signals make."""
        return cls(step.finding(read), step, read)

    def hinted(self) -> DangerFinding | None:
        """``DangerCheck.check(text, hint=True)``: the finding, or the hint's (always soft).
        Only the signals' score depends on the hint: a reading decided before them is final."""
        if self._step is None or self._read is None:
            return self.finding
        if self._hinted is None:
            self._hinted = (self._step.finding(self._read, hint=True),)
        return self._hinted[0]


def too_few_signals(
    concepts: Sequence[set[int]], aged: Sequence[int], adults: Sequence[int]
) -> bool:
    """Whether a message's signals can make no scene, with the hint or without: fewer than two
    concepts in all, an age said counted as one more each. :meth:`SignalStep.finding` would
    find nothing: ``SignalScorer.score`` wants two hits at least (an age adds at most one
    each), and an act done to someone (``SceneReader.done_to``) needs the act and its victim
    at two places. Most questions have none or one, so their reading stops before the scene
    is set up (``DangerCheck.read``); tests/test_danger_early_out.py holds it to the full
    reading."""
    return sum(map(len, concepts)) + len(aged) + len(adults) < 2


NOTHING = DangerReading(None)
"""No danger, decided before the signals: the same with the hint."""

__all__ = ["NOTHING", "DangerReading", "Read", "SignalStep", "too_few_signals"]
