"""Danger read from combined signals: scenes no phrase foresaw, scored.

The phrases and compose rules of knowledge/language/danger.yaml match what someone wrote
down. Staff write scenes: «ligger på do og svarer ikke etter vorset», «gruer seg sånn til å
gå heim», «kjæresten til mora er hardhendt med ho». Each is a combination of a few signals –
a body in trouble and something taken; a harm and someone close; fear and home – worded in
ways no list foresees. knowledge/language/signals.yaml names the signals as *concepts* (word
classes matched at stem level) and gives each *scene* a weight per concept; a scene scores
the weights of the distinct concepts present around its strongest signal, in one sentence,
minus the look-alike concepts present there (sport, files, a topic). Two strong signals and
a score at the route threshold route the message; a score in the soft band routes it with a
softer first line. The concept ids that fired are the explanation, safe to log.

Everything is compiled at knowledge load into dictionaries; a message costs one Snowball
stemming call over its distinct words and a dictionary look-up per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import Stemmer

from bot.knowledge.signals import SceneReading, SignalsFile
from bot.safety_compose import sentences
from bot.safety_everyday import is_everyday_word
from bot.safety_inflection import FAMILY, forms
from bot.safety_lemmas import Kin
from bot.safety_match import BREAK, Atoms, fold_pattern, fold_word, pooled
from bot.safety_scene import SceneReader

_STEMMER = Stemmer.Stemmer("norwegian", 0)
"""No cache (PyStemmer keeps the last 10,000 words stemmed by default): it would hold a
message's words after its turn, 2 MB of them; a stem costs 0.1 µs more without it."""
_CLASS = re.compile(r"\d{1,2}[a-h]")
"""A class name as typed and folded: «9b», «10c»."""
HINT_CONCEPTS = 3
"""A hint (one strong signal, asked instead of the fallback) needs this many concepts."""
STEM_MIN = 4
"""A stem counts only this long, a listed word's or a message word's: «møtet» → «mot» would
be the preposition, «farlig» → «far» a father."""
YOUNG = "ung"
"""The concept an age («på 13») or a class name («9b») counts as."""
ADULT = "eldre"
"""The concept an adult's age («mann på 30», «kjæreste på 24») counts as."""
INVERTED = frozenset({"han", "hun", "ho", "hen", "de", "dei", "jeg", "eg", "vi", "du", "dere"})
"""Subject pronouns inversion puts between a verb and its particle: «legger han ut»."""
TYPO_MIN = 7
"""A word no look-up found is read with one typo from this length («bevistlos»)."""


@dataclass(frozen=True)
class SceneScore:
    """A scene that scored: which one, how much, and the concepts that fired (ids only)."""

    scene: str
    category: str
    score: int
    soft: bool
    signals: tuple[str, ...]
    start: int
    """The first word position of the signals (for the topical check around it)."""


@dataclass(frozen=True)
class _Scene:
    id: str
    category: str
    needs: frozenset[int]
    also: frozenset[int]
    weights: dict[int, int]
    quiet: dict[int, int]
    unless: frozenset[int]
    but: frozenset[int]


class SignalScorer:
    """signals.yaml compiled; :meth:`score` reads a folded, dialect-mapped word list."""

    def __init__(
        self, signals: SignalsFile, vocabulary: Iterable[str] = (), written: Iterable[str] = ()
    ) -> None:
        """``vocabulary``: fixed words (from the files, never a message) whose exact and
        stem atoms are looked up once here instead of in every message; ``written``: the
        language files' own words, never read as a typo."""
        self.within = signals.within
        self.route = signals.route
        self.soft = signals.soft
        self.hint = signals.hint
        self.strong = signals.strong
        self.soft_lead = " ".join(signals.soft_lead.split())
        self.names = tuple(signals.concepts)
        index = {name: number for number, name in enumerate(self.names)}
        self._atoms = Atoms(written=frozenset(written))
        self._kin = Kin({})
        self._as_written = frozenset(fold_word(w) for w in signals.as_written.split())
        """Message words whose stem is never looked up («gjelder» is not «gjeld»)."""
        self._listed: set[str] = set()
        """The words the concepts list, folded (no stems: a stem is no dictionary word)."""
        self._concepts_of: dict[int, set[int]] = {}
        self._pairs: dict[int, list[tuple[frozenset[int], int]]] = {}
        for name, spec in signals.concepts.items():
            concept = index[name]
            for word in spec.split():
                if "+" in word:
                    first, second = (self._add_word(p, None) for p in word.split("+", 1))
                    for atom in first:
                        self._pairs.setdefault(atom, []).append((second, concept))
                else:
                    self._add_word(word, concept)
        self._atoms.freeze()
        self._seconds = {
            atom: frozenset().union(*(second for second, _ in pairs))
            for atom, pairs in self._pairs.items()
        }
        """Per atom that opens pairs, every atom one of its pairs' second words may have: a
        word whose next words have none of them starts no pair (most words; the pairs are
        not walked)."""
        self._by_second = {atom: by_second(pairs) for atom, pairs in self._pairs.items()}
        """… and per such atom, which of its pairs (their places in ``_pairs``) each of those
        atoms is a second word of: of the pairs «i» opens, only those whose second word the
        next words have are tried («i morgen» tried 16 of them for one)."""
        self._particles: dict[int, frozenset[tuple[str, ...]]] = {
            index[name]: frozenset(tuple(fold_word(w) for w in p.split("+")) for p in spec.split())
            for name, spec in signals.particles.items()
        }
        """Per concept: what, right after one of its pairs, makes the pair mean something else."""
        words = list(vocabulary)
        self._pool: dict[frozenset[int], frozenset[int]] = {}
        self._plain_of = {
            word: pooled(found, self._pool)
            for word, found in zip(words, map(self._plain, words, _stems(words)), strict=True)
        }
        self._dearer_of: dict[tuple[str, bool], frozenset[int]] = {}
        """:meth:`_dearer` of a ``vocabulary`` word by (word, heads), kept once looked up: the
        knowledge's long words («politiradet») have no plain atoms and came back every turn.
        Only these fixed words: a message's other words (names too) are never kept."""
        needed = {index[n] for scene in signals.scenes for n in scene.needs}
        self._needed = frozenset(
            atom for atom, concepts in self._concepts_of.items() if concepts & needed
        )
        self._young = index.get(YOUNG)
        self._adult = index.get(ADULT)
        self._quiet = frozenset(index[n] for n in signals.quiet)
        self._needs = frozenset(index[n] for scene in signals.scenes for n in scene.needs)
        self._scenes = tuple(
            _Scene(
                s.id,
                s.category,
                frozenset(index[n] for n in s.needs),
                frozenset(index[n] for n in s.also),
                {index[n]: w for n, w in s.weights.items()},
                {index[n]: penalty for n, penalty in signals.quiet.items() if n not in s.ignores},
                frozenset(index[n] for n in s.unless),
                frozenset(index[n] for n in s.but),
            )
            for s in signals.scenes
        )

    @property
    def vocabulary(self) -> frozenset[str]:
        """The exact words the concepts list (and their verb families), folded."""
        return frozenset(self._listed)

    def use_kin(self, kin: Kin) -> None:
        """Read a word no list spells by the listed words it is a form of (bot/safety_lemmas.py):
        «kvalte» is «kvele». The known words' table is looked up again where it found nothing."""
        self._kin = kin
        for word, found in self._plain_of.items():
            self._plain_of[word] = pooled(found or self._atoms.kin(kin.reading(word)), self._pool)

    def scene_reader(
        self, reading: SceneReading, tellers: frozenset[str] = frozenset()
    ) -> SceneReader:
        """The scene reader (bot/safety_scene.py) over this scorer's concepts."""
        index = {name: number for number, name in enumerate(self.names)}
        return SceneReader(reading, index, self._quiet, self._particles, tellers)

    def _add_word(self, word: str, concept: int | None) -> frozenset[int]:
        """Add one vocabulary word (and its stem); the atoms it is, tied to ``concept``.
        ``stem~`` is the verb's whole family as in danger.yaml («klor~»: klore, klorte, klort),
        which the snowball stem of one form misses (klore → klor, klorte → klort)."""
        pattern = fold_pattern(word)
        if not pattern:
            return frozenset()
        if word.endswith(FAMILY):
            patterns = forms(word)
            self._listed.update(patterns)
        elif pattern.endswith("*"):
            patterns = [pattern]
        else:
            stems = [s for s in _stems([pattern]) if len(s) >= STEM_MIN]
            patterns = list(dict.fromkeys([pattern, *stems]))
            self._listed.add(pattern)
        atoms = frozenset(self._atoms.add(p) for p in patterns)
        if concept is not None:
            for atom in atoms:
                self._concepts_of.setdefault(atom, set()).add(concept)
        return atoms

    # --- reading a message --------------------------------------------------------------------

    def concepts(self, words: Sequence[str], skip: frozenset[int] = frozenset()) -> list[set[int]]:
        """The concepts at each position (none at a sentence break or in ``skip``).

        Exact, stem and prefix look-ups first; the dearer typo and compound-head look-ups
        only when those found a signal some scene needs (most questions have none)."""
        table, dearer = self._plain_of, self._dearer_of
        distinct = [w for w in set(words) if w != BREAK]
        atoms_of = {w: table[w] for w in distinct if w in table}
        others = [w for w in distinct if w not in table]
        atoms_of.update(zip(others, map(self._plain, others, _stems(others)), strict=True))
        needed = any(not self._needed.isdisjoint(a) for a in atoms_of.values())
        for word, found in atoms_of.items():
            # A compound's head only beside a needed signal; one typo in any long word, as
            # the typo may be in the one signal the scene needs («bevistlos ungdom»).
            if not found and not word.isdigit() and (needed or len(word) >= TYPO_MIN):
                if word not in table:  # a message's own word: looked up, never kept
                    atoms_of[word] = self._dearer(word, heads=needed)
                    continue
                key = (word, needed)
                if key not in dearer:
                    dearer[key] = self._dearer(word, heads=needed)
                atoms_of[word] = dearer[key]
        out: list[set[int]] = [set() for _ in words]
        for i, word in enumerate(words):
            if word == BREAK or i in skip:
                continue
            here = out[i]
            near: frozenset[int] | None = None
            for atom in atoms_of[word]:
                here.update(self._concepts_of.get(atom, ()))
                pairs = self._pairs.get(atom)
                if not pairs:
                    continue
                if near is None:
                    near = _near(words, i + 1, atoms_of)
                if self._seconds[atom].isdisjoint(near):
                    continue  # no second word of its pairs where :meth:`_pair_at` looks
                for second, concept in reaching(pairs, self._by_second[atom], near):
                    if self._pair_at(words, i + 1, second, concept, atoms_of, skip):
                        here.add(concept)
            if self._young is not None and _CLASS.fullmatch(word):
                here.add(self._young)
        return out

    def _pair_at(  # tests/test_signal_pairs_near.py holds _near to what this reads
        self,
        words: Sequence[str],
        at: int,
        second: frozenset[int],
        concept: int,
        atoms_of: dict[str, frozenset[int]],
        skip: frozenset[int],
    ) -> bool:
        """Whether a pair's ``second`` word stands at ``at`` – or one further, past a subject
        pronoun put between verb and particle by inversion («legger han ut bildene»)."""
        for position in (at, at + 1):
            following = words[position] if position < len(words) else BREAK
            if following == BREAK or position in skip:
                return False
            if not second.isdisjoint(atoms_of[following]):
                return not self._particle(concept, words, position + 1)
            if following not in INVERTED:
                return False
        return False

    def _particle(self, concept: int, words: Sequence[str], at: int) -> bool:
        """Whether a particle of ``concept`` stands at ``at``: «tar ham med» is no threat."""
        particles = self._particles.get(concept)
        return particles is not None and any(tuple(words[at : at + len(p)]) == p for p in particles)

    def _plain(self, word: str, stem: str) -> frozenset[int]:
        """A word's atoms exactly or by prefix, and its Snowball stem's."""
        plain = self._atoms.plain
        # A stem as short as a listed word's never counts (``STEM_MIN``): «farlig» → «far»,
        # «mener» → «men» would read a father and men into «er det farlig?», «hva mener du?».
        stemmed = stem != word and len(stem) >= STEM_MIN and word not in self._as_written
        found = plain(word) | plain(stem) if stemmed else plain(word)
        return found or self._atoms.kin(self._kin.reading(word))  # as typed first, as kin else

    def quietened(self, concepts: Sequence[set[int]]) -> bool:
        """A signal a scene needs stands beside sport, a file or a topic («slåss om ballen»)."""
        present = set().union(*concepts) if concepts else set()
        return bool(present & self._quiet) and bool(present & self._needs)

    def _dearer(self, word: str, *, heads: bool = True) -> frozenset[int]:
        found: frozenset[int] = frozenset()
        if len(word) >= TYPO_MIN and not is_everyday_word(word):
            found = self._atoms.of(word)  # one typo in a long word
        if found or not heads:
            return found
        return self._atoms.head_of(word)  # a compound by its head

    def score(
        self,
        concepts: Sequence[set[int]],
        breaks: Sequence[bool],
        young: Sequence[int] = (),
        *,
        hint: bool = False,
        adults: Sequence[int] = (),
    ) -> SceneScore | None:
        """The best-scoring scene at or above the soft threshold, or None. ``hint``: at or
        above the hint threshold with one strong signal (always soft). ``young``, ``adults``:
        positions of ages said, a child's and an adult's."""
        floor, strength = (self.hint, 1) if hint else (self.soft, 2)
        concepts = list(concepts)
        for said, concept in ((young, self._young), (adults, self._adult)):
            if concept is not None:
                for i in said:
                    concepts[i] = concepts[i] | {concept}
        hits = [(i, c) for i, here in enumerate(concepts) for c in here]
        if len(hits) < 2:
            return None
        sentence = sentences(breaks)
        everywhere = {c for _, c in hits}
        best: SceneScore | None = None
        for scene in self._scenes:
            if not self._may_score(scene, everywhere, floor, strength):
                continue
            for anchor, concept in hits:
                if concept not in scene.needs:
                    continue
                found = self._around(scene, hits, sentence, anchor, floor, strength)
                if found is not None and (best is None or found.score > best.score):
                    best = found
        return best

    def _may_score(self, scene: _Scene, present: set[int], floor: int, strength: int) -> bool:
        """Whether the whole message could reach the soft score (before windows and quiet)."""
        if scene.needs.isdisjoint(present):
            return False
        weights = [w for c, w in scene.weights.items() if c in present]
        return sum(weights) >= floor and self._strength(weights) >= strength

    def _strength(self, weights: Iterable[int]) -> int:
        """How many strong signals: a weight of twice ``strong`` (a word that is a case by
        itself with its person, «lovet bort», «voldtatt») counts as two."""
        return sum(2 if w >= 2 * self.strong else w >= self.strong for w in weights)

    def _around(
        self,
        scene: _Scene,
        hits: Sequence[tuple[int, int]],
        sentence: Sequence[int],
        anchor: int,
        floor: int,
        strength: int,
    ) -> SceneScore | None:
        near = [
            (i, c)
            for i, c in hits
            if sentence[i] == sentence[anchor] and abs(i - anchor) <= self.within
        ]
        present = {c for _, c in near}
        if scene.also and present.isdisjoint(scene.also):
            return None
        if not present.isdisjoint(scene.unless) and present.isdisjoint(scene.but):
            return None  # an ordinary setting of the scene: a school camp, the grandparents'
        weights = {c: scene.weights[c] for c in present if c in scene.weights}
        if self._strength(weights.values()) < strength:
            return None  # one signal alone is a topic, never a case
        if strength < 2 and len(weights) < HINT_CONCEPTS:
            return None  # one signal alone is a topic, never a case
        quiet = sum(penalty for c, penalty in scene.quiet.items() if c in present)
        score = sum(weights.values()) - quiet
        if score < floor:
            return None
        start = min(i for i, c in near if c in weights)
        signals = tuple(self.names[c] for c in sorted(weights))
        soft = score < self.route or strength < 2  # a hint is always soft
        return SceneScore(scene.id, scene.category, score, soft, signals, start)


def _near(words: Sequence[str], at: int, atoms_of: Mapping[str, frozenset[int]]) -> frozenset[int]:
    """The atoms :meth:`SignalScorer._pair_at` may find a pair's second word by: the word at
    ``at``, and the one after it when ``at`` holds a subject pronoun (``INVERTED``). A
    sentence break or the message's end stops it, as there."""
    following = words[at] if at < len(words) else BREAK
    if following == BREAK:
        return frozenset()
    near = atoms_of.get(following, frozenset())
    if following in INVERTED and at + 1 < len(words) and words[at + 1] != BREAK:
        near = near | atoms_of.get(words[at + 1], frozenset())
    return near


def by_second(pairs: Sequence[tuple[frozenset[int], int]]) -> dict[int, tuple[int, ...]]:
    """Atom → the places in ``pairs`` of the pairs whose second word may have it."""
    places: dict[int, list[int]] = {}
    for place, (second, _) in enumerate(pairs):
        for atom in second:
            places.setdefault(atom, []).append(place)
    return {atom: tuple(found) for atom, found in places.items()}


def reaching(
    pairs: Sequence[tuple[frozenset[int], int]],
    places: Mapping[int, tuple[int, ...]],
    near: frozenset[int],
) -> list[tuple[frozenset[int], int]]:
    """The pairs whose second word may have one of ``near``'s atoms, in their order: the
    only ones :meth:`SignalScorer._pair_at` can find (it finds a second word by those atoms)."""
    found = {place for atom in near if atom in places for place in places[atom]}
    return [pairs[place] for place in sorted(found)]


def _stems(words: Sequence[str]) -> list[str]:
    return cast(list[str], _STEMMER.stemWords(list(words)))  # PyStemmer has no stubs


__all__ = ["SceneScore", "SignalScorer", "fold_word"]


def shut_in_oneself(words: Sequence[str]) -> frozenset[int]:
    """The verbs that shut their own subject in («datteren låste seg inne på badet»): no one
    locked in by another, so no locking is read there. «… seg inne med datteren» shuts
    someone in with him and still counts."""
    return frozenset(
        i
        for i in range(len(words) - 2)
        if words[i + 1] == "seg"
        and words[i + 2] == "inne"
        and (i + 3 >= len(words) or words[i + 3] != "med")
    )
