"""The scene a message describes: who is involved, what is done to whom, and whether it
happens at all.

Word lists and phrases name what someone foresaw. A case is a scene: someone (a child, «henne»)
to whom an act (a blow, a touch, a threat to kill, being locked in) is done, in the real
world. The same act with no one it is done to, or inside a story, a game or a drill, is a
look-alike: «i filmen slår faren sønnen sin», «i dataspillet kan man drepe zombier».

The reader works on the concepts bot/safety_signals.py finds at each word (signals.yaml), and
``scene:`` in that file says which concepts are acts (and the category each is a case of),
which name a victim, which words make a subject the one harmed («blir», «ble»), which
concepts frame a story or a game, which are someone telling («sier», «forteller»: a case told
is real whatever frame it mentions) and which are a body in trouble (real in any frame).
Two questions come out of one reading:

* :meth:`SceneReader.unreal` – every act stands after a frame word in its sentence, nobody
  tells it and no body is in trouble: the finding is dropped as a look-alike.
* :meth:`SceneReader.done_to` – for a message nothing else routed: an act with its victim
  right after it («dytta henne», «klypte ham») or a victim made its subject by a passive
  («jenta blir klypt»), in a sentence with no frame and no look-alike concept: the act's
  category, as if one of its phrases had matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.knowledge.signals import SceneReading
from bot.safety_match import BREAK, fold_word
from bot.safety_telling import in_story, said_at


@dataclass(frozen=True)
class Scene:
    """A message read as a scene: positions of acts, victims and frames (no words kept)."""

    acts: tuple[tuple[int, int], ...]
    """(position, act concept) for every act word."""
    victims: tuple[int, ...]
    frames: tuple[int, ...]
    told: bool
    body: bool
    quiet: bool
    """A look-alike concept (sport, a file, a topic) in the message."""


class SceneReader:
    """``scene:`` of signals.yaml compiled against the concept ids of the signal scorer."""

    def __init__(
        self,
        reading: SceneReading,
        index: Mapping[str, int],
        quiet: frozenset[int],
        particles: Mapping[int, frozenset[tuple[str, ...]]],
        tellers: frozenset[str] = frozenset(),
    ) -> None:
        """``index``: concept ids by name; ``quiet``: the look-alike concepts; ``particles``:
        per concept, what after it makes another verb («slå ham opp» is looking him up);
        ``tellers``: folded words naming a person who tells (a first name: «sa Ola at …»)."""
        self._tellers = tellers
        self._acts = {index[name]: category for name, category in reading.acts.items()}
        self._victims = frozenset(index[n] for n in reading.victims)
        self._frames = frozenset(index[n] for n in reading.frames)
        self._telling = frozenset(index[n] for n in reading.telling)
        self._bodies = frozenset(index[n] for n in reading.bodies)
        self._placed = frozenset(index[n] for n in reading.placed)
        self._pretend = frozenset(index[n] for n in PRETEND if n in index)
        self._plays = frozenset(index[n] for n in reading.plays)
        self._passive = frozenset(fold_word(w) for w in reading.passive.split())
        self._groups = frozenset(fold_word(w) for w in reading.groups.split())
        self._aimed = frozenset(index[n] for n in reading.aimed)
        self._things = frozenset(fold_word(w) for w in reading.things.split())
        self._opens = frozenset(fold_word(w) for w in reading.opens.split())
        self._quiet = quiet
        self._particles = particles
        self._doers = {index[name]: changes for name, changes in reading.doers.items()}
        self._index = index
        self._not_doers = frozenset(fold_word(w) for w in reading.not_doers.split())
        self._doer_verbs = frozenset(fold_word(w) for w in reading.doer_verbs.split())
        self.reach = reading.reach

    def read(self, concepts: Sequence[set[int]], words: Sequence[str]) -> Scene:
        """The scene; a plural naming people in general («mange barn») is nobody's victim."""
        acts = tuple((i, c) for i, here in enumerate(concepts) for c in here if c in self._acts)
        present: set[int] = set().union(*concepts) if concepts else set()
        return Scene(
            acts,
            tuple(
                i
                for i, here in enumerate(concepts)
                if here & self._victims and words[i] not in self._groups
            ),
            tuple(i for i, here in enumerate(concepts) if here & self._frames),
            self._told(concepts, words),
            not present.isdisjoint(self._bodies),
            not present.isdisjoint(self._quiet | self._frames),
        )

    def _told(self, concepts: Sequence[set[int]], words: Sequence[str]) -> bool:
        """Someone telling it in the real world: a word of telling («forteller», a threat made)
        not spoken inside a story («i filmen sier skurken at …»), or «sa» with its teller and
        «at» after it («etter filmen sa en elev at …»; «sa» alone folds to «så»)."""
        persons = [
            bool(here & self._victims) or word in self._tellers
            for here, word in zip(concepts, words, strict=True)
        ]
        return any(
            (here & self._telling or said_at(words, i, persons)) and not in_story(words, i)
            for i, here in enumerate(concepts)
        )

    def unreal(self, concepts: Sequence[set[int]], words: Sequence[str]) -> bool:
        """Every act inside a story, a game or a drill named before it in its sentence, and
        nobody telling it, no body in trouble: «i filmen vi så slår faren sønnen sin»."""
        scene = self.read(concepts, words)
        if not scene.acts or not scene.frames or scene.told or scene.body:
            return False
        return self._framed_all(concepts, scene, words)

    def pretend(self, concepts: Sequence[set[int]], words: Sequence[str]) -> bool:
        """A game, a story, a book or a drill named, nobody telling, no body in trouble, and
        every act (if any) inside it: «elevene leker en lek der man dreper zombier»; or a game
        played for real with nothing done in it: «vi leker «haien kommer» i gymmen». The
        honest fallback needs no emergency numbers under it."""
        scene = self.read(concepts, words)
        if scene.told or scene.body:
            return False
        if not scene.frames:  # a game played for real («vi leker sisten»), and nothing done
            return not scene.acts and any(here & self._plays for here in concepts)
        return self._framed_all(concepts, scene, words)

    def _framed_all(self, concepts: Sequence[set[int]], scene: Scene, words: Sequence[str]) -> bool:
        """Every act of ``scene`` inside a frame: named as its place, played, or before it."""
        return all(
            _in_place(at, scene.frames, words)
            or (act in self._pretend and self._played(concepts, at, scene, words))
            or (
                act not in self._placed
                and _framed(at, scene.frames, words)
                and not self._close_doer(concepts, at, scene)
            )
            for at, act in scene.acts
        )

    def _played(
        self, concepts: Sequence[set[int]], at: int, scene: Scene, words: Sequence[str]
    ) -> bool:
        """A kill said while a game is played (:func:`_played`), by no one close to the child
        in its sentence: «broren min sa han skal drepe meg mens han spiller» is a threat."""
        start = max((i + 1 for i in range(at) if words[i] == BREAK), default=0)
        close = any(concepts[i] & self._doers.keys() for i in range(start, at))
        return not close and _played(at, scene.frames, words)

    def _close_doer(self, concepts: Sequence[set[int]], at: int, scene: Scene) -> bool:
        """Someone close right before the act does it to someone right after, framed or not:
        «han spiller fortnite hele natta, og faren slår ham» is no game («et skuespill om en
        far som slår» still is)."""
        if not any(concepts[i] & self._doers.keys() for i in range(max(0, at - 2), at)):
            return False
        return any(at < v <= at + self.reach for v in scene.victims)

    def done_to(self, concepts: Sequence[set[int]], words: Sequence[str]) -> tuple[str, int] | None:
        """The category of an act done to a victim named beside it, and where the act
        stands; None when no act has its victim, or the message is a look-alike's."""
        scene = self.read(concepts, words)
        if scene.quiet:
            return None
        victims = set(scene.victims)
        for at, concept in scene.acts:
            if self._particle(concept, words, at + 1):
                continue  # «ble sparket ut av laget»
            after = range(at + 1, min(len(words), at + self.reach + 1))
            victim = next((i for i in _same_sentence(after, words) if i in victims), None)
            if victim is not None and not self._particle(concept, words, victim + 1):
                return self._acts[concept], at  # not «slå ham opp i lista»
            if self._passive_before(at, victims, words):
                return self._acts[concept], at
        return None

    def at_things(self, concepts: Sequence[set[int]], words: Sequence[str]) -> bool:
        """Every aimed act of the message done to a thing named right after it, and no one
        named it could be done to: «mamma låser alltid døra om natta» locks nobody in, «er
        inne hos datteren og har låst døra» locks her in with him."""
        aimed = [i for i, here in enumerate(concepts) if here & self._aimed]
        doers = {i - 1 for i in aimed}  # «hun låser ytterdøra»: right before the act, its doer
        if any(
            here & self._victims and i not in doers and not (i and words[i - 1] in self._opens)
            for i, here in enumerate(concepts)
        ):
            return False  # «… da hun gikk på jobb»: «hun» opens a clause of her own
        return bool(aimed) and all(self._to_thing(words, i) for i in aimed)

    def _to_thing(self, words: Sequence[str], at: int) -> bool:
        after = _same_sentence(range(at + 1, min(len(words), at + self.reach + 1)), words)
        return any(words[i] in self._things for i in after)

    def by_whom(
        self,
        concepts: Sequence[set[int]],
        words: Sequence[str],
        category: str,
        signals: Sequence[str],
    ) -> str:
        """``category`` as its doer makes it: a doer concept (``doers``) before one of the
        scene's other ``signals`` in its sentence, nobody telling between – «brødrene skal ta
        henne i natt» is a threat from someone close. Else ``category`` itself."""
        fired = {self._index[name] for name in signals} - self._victims - set(self._doers)
        for doer, changes in self._doers.items():
            if category not in changes:
                continue
            for at, here in enumerate(concepts):
                if words[at] in self._not_doers and not self._verb_next(words, at):
                    continue  # «får trusler på snap» folds to «far»: no father named
                if doer in here and self._acts_after(concepts, words, at, fired):
                    return changes[category]
        return category

    def _verb_next(self, words: Sequence[str], at: int) -> bool:
        """A verb right after ``at`` (``doer_verbs``): «far kommer», «far skal» name a father."""
        return at + 1 < len(words) and words[at + 1] in self._doer_verbs

    def _acts_after(
        self, concepts: Sequence[set[int]], words: Sequence[str], doer: int, fired: set[int]
    ) -> bool:
        """One of ``fired`` after the doer, in its sentence, with nobody telling between."""
        for at in range(doer + 1, len(words)):
            if words[at] == BREAK or concepts[at] & self._telling:
                return False
            if concepts[at] & fired:
                return True
        return False

    def _particle(self, concept: int, words: Sequence[str], at: int) -> bool:
        """A particle of ``concept`` at ``at``: the act is a phrasal verb of another meaning."""
        return any(tuple(words[at : at + len(p)]) == p for p in self._particles.get(concept, ()))

    def _passive_before(self, at: int, victims: set[int], words: Sequence[str]) -> bool:
        """«jenta i 6b blir dytta»: a victim before a passive word right before the act."""
        if at == 0 or words[at - 1] not in self._passive:
            return False
        before = range(max(0, at - 1 - self.reach), at - 1)
        return any(i in victims for i in _same_sentence(reversed(before), words))


def _same_sentence(positions: Iterable[int], words: Sequence[str]) -> list[int]:
    """``positions`` walked in order up to the first sentence break."""
    out: list[int] = []
    for i in positions:
        if words[i] == BREAK:
            break
        out.append(i)
    return out


FRAME_AFTER = 3
"""A frame this close after the act names it too: «Killer-aktivitet med vannpistol»."""
FRAME_PLACE = 5
"""… and a frame named as the place the act happens in, a little further: «drepte alle
zombiane i Minecraft», «ho drap meg fullstendig i Minecraft», «drepte ham på siste level»."""
PLACE = frozenset({"i", "pa", "paa", "in", "on"})
"""The words that name a game or a story as the act's place (folded «på» is «pa»)."""
PLAYING = frozenset(
    {"spiller", "spilte", "spelar", "speler", "spelte", "spille", "spele", "gamer", "gamet"}
    | {"playing", "play", "plays", "played", "gaming"}
)
"""A game's name right after one of these is what is played (folded)."""
PLAYED_REACH = 8
"""… as far on as «'I will kill you' when they are playing Fortnite», in its sentence."""
PRETEND = ("drap",)
"""Acts a game pretends (signals.yaml concepts): killing, never a blow or a touch."""


def _framed(at: int, frames: Sequence[int], words: Sequence[str]) -> bool:
    """A frame word before ``at`` in the same sentence, just after it, or named as its place."""
    return _in_place(at, frames, words) or any(
        (f < at and BREAK not in words[f:at])
        or (at < f <= at + FRAME_AFTER and BREAK not in words[at:f])
        for f in frames
    )


def _in_place(at: int, frames: Sequence[int], words: Sequence[str]) -> bool:
    """A frame named as the place the act at ``at`` happens in, a little after it («drepte
    meg i FIFA», «på siste level»): play even when someone close does it to someone («broren
    min drepte meg i Tekken»), unlike a frame named before the act in its sentence."""
    return any(
        at < f <= at + FRAME_PLACE and BREAK not in words[at:f] and _placed(f, words)
        for f in frames
    )


def _played(at: int, frames: Sequence[int], words: Sequence[str]) -> bool:
    """A game named a little after a kill as what is being played when it is said: «shouting
    'I'm gonna kill you' while playing Minecraft», «roper «jeg dreper deg» mens de spiller
    Fortnite». Only a kill (``PRETEND``): a blow struck while someone plays is a blow."""
    return any(
        at < f <= at + PLAYED_REACH and BREAK not in words[at:f] and words[f - 1] in PLAYING
        for f in frames
    )


def _placed(frame: int, words: Sequence[str]) -> bool:
    """A place word right before the frame, or one word before it («på siste level»)."""
    return any(words[i] in PLACE for i in range(max(0, frame - 2), frame))


__all__ = ["Scene", "SceneReader"]
