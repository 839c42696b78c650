"""Danger first: is a message about acute danger or a child being harmed? Every message is
checked here first; a finding sends it to the routine the language file names, the line saying
what to do now (113, 112 …) first, whatever else the message holds.

The vocabulary is data (``knowledge/language/danger.yaml``, ``dialect.yaml``), compiled once
into dictionaries: a message costs one fold, a look-up per word (one typo caught for long
words) and a short walk over the phrases those words start. Nothing of the message is kept:
a :class:`DangerFinding` holds ids, numbers to call and the file's lead lines: safe to log.

Why these rules:

* **Phrases, not words.** «vold», «overgrep som tema» and «rusbekymring» are topics staff ask
  about; «faren slår henne», «puster ikke», «vil ta livet sitt» are cases. A phrase's words
  must come in order with at most ``gap`` words between, so reported speech and third person
  («hun sier at faren hennes slår henne») match the same phrase.
* **Topics stay questions** («kurs om selvskading»); **idioms are cancelled** («slått sammen»).
* **Dialect and typing.** Folded words, nynorsk/dialect read as bokmål (eg → jeg, heime →
  hjemme), one typo in words of seven letters or more (bot/safety_match.py walks phrases).
* **Signals last.** When no phrase or rule matched, the scene combined signals make
  (bot/safety_reading.py), from what the check read of the message before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from bot.knowledge.danger_file import DangerFile
from bot.knowledge.language import DialectFile, Language, NamesFile, words_of
from bot.knowledge.lemma_forms import LemmaFormsFile
from bot.knowledge.signals import SignalsFile
from bot.safety_closed import AGAIN, PASSING, Resolved, closable, pet_only
from bot.safety_compile import categories_of, keyed, keyed_by_atom, rules_of, starts_of
from bot.safety_compose import (
    ADULT_MAX,
    ADULT_MIN,
    ADULT_WORD,
    AGE_WORD,
    Rule,
    ages,
    amount,
    asked_for,
    child_does,
    composed,
    continued,
    grown_units,
    subject_walls,
    uncounted,
    wanted,
)
from bot.safety_decide import decide_rules, decided
from bot.safety_everyday import is_everyday_word
from bot.safety_finding import DangerFinding, Kind, finding
from bot.safety_frames import General
from bot.safety_idioms import idiom_length, keeps_blow, laughing, played, untitled
from bot.safety_inflection import FAMILY, forms, verb_family
from bot.safety_lemmas import kin
from bot.safety_match import (
    BREAK,
    Atoms,
    Phrase,
    Slot,
    fold_pattern,
    fold_word,
    fold_words,
    last_slot,
    matches,
    pooled,
    word_orders,
)
from bot.safety_precedence import SELF_TOPIC, THREAT_TOPIC
from bot.safety_reading import NOTHING, DangerReading, Read, SignalStep, too_few_signals
from bot.safety_signals import SignalScorer, shut_in_oneself
from bot.safety_speaker import NO_SPEAKER, Speaker
from bot.safety_telling import CHILD, tellers
from bot.safety_topics_last import LastTopics
from bot.safety_words import WordAtoms, dialect_mapped
from bot.text import strip_mentions, visible

TALK_TOPIC = "radikalisering"
"""The kind of danger that is talk: what a young person «snakker om» is the case itself."""


# --- the compiled vocabulary ------------------------------------------------------------------


class DangerCheck:
    """The compiled danger vocabulary; build once per knowledge load, call :meth:`check`."""

    def __init__(
        self,
        danger: DangerFile,
        dialect: DialectFile,
        known: Iterable[str] = (),
        signals: SignalsFile | None = None,
        lemma_forms: LemmaFormsFile | None = None,
        names: NamesFile | None = None,
        speaker: Speaker = NO_SPEAKER,
    ) -> None:
        """``known``: folded words that are never typos (the words the knowledge uses; with the
        language files' words, their atoms are looked up once here); ``signals``: the scenes
        read from combined signals when no phrase or rule matched; ``lemma_forms``: the forms read
        by their lemma (bot/safety_lemmas.py); ``names``, ``speaker``: a child named tells, a
        speaker asked for talks «om» a topic (safety_telling, safety_speaker)."""
        self.gap = danger.gap
        self._dialect = dialect.folded()
        listed = (names.first_names, names.also_words) if names else ()
        named = tellers(*(words_of(n) for n in listed)) if names else CHILD
        self._topics = LastTopics(words_of(danger.topical), words_of(danger.clause), named, speaker)
        ordinary = (fold_word(w) for w in words_of(danger.ordinary))
        self._joking = frozenset(fold_word(w) for w in words_of(danger.joking))
        self._resolved = Resolved(danger.resolved)
        self._closed = Resolved(danger.closed)
        self._general = General(danger.general)
        written = frozenset(
            {*self._dialect, *self._dialect.values(), *self._topics.words, *ordinary}
        )  # the language files' own words: never a typo (bot/safety_match.py Atoms.of)
        self._atoms = Atoms(frozenset({*known, *written}), written)
        self._signals = (
            SignalScorer(signals, self._atoms.known, written) if signals is not None else None
        )
        self._scene = (  # who is involved, what is done to whom (bot/safety_scene.py)
            self._signals.scene_reader(signals.scene, named)
            if self._signals is not None and signals is not None and signals.scene is not None
            else None
        )
        is_everyday_word("kveld")  # load the word list now, not in the first message
        groups: dict[str, list[int]] = {}
        for name, spec in danger.groups.items():  # «@name» takes in a group defined above
            groups[name] = [
                atom
                for w in words_of(spec)
                for atom in (
                    groups[w[1:]] if w.startswith("@") else [self._atoms.add(f) for f in forms(w)]
                )
            ]
        self._slot_pool: dict[Slot, Slot] = {}  # a slot recurs in many phrases: kept once
        self._tuple_pool: dict[tuple[Any, ...], Any] = {}  # and a phrase's gaps and slots
        self._categories = categories_of(danger, groups, self._slot_pool)
        self._phrases: list[Phrase] = []
        for index, category in enumerate(danger.categories):
            for need, phrases in ((False, category.phrases), (True, category.needs)):
                for phrase in (v for p in phrases for v in word_orders(p)):
                    slots, gaps = self._slots(phrase, groups)
                    if slots:
                        key = min(slots, key=lambda slot: (len(slot), -self._rarity(slot)))
                        self._phrases.append(Phrase(index, slots, gaps, need, key))
        self._cancel = [s for s, _ in (self._slots(p, groups) for p in danger.cancel) if s]
        self._uncancel = [
            (frozenset(groups[part]), frozenset(a for g in signs for a in groups[g]))
            for part, signs in danger.uncancel.items()
        ]  # «falt og slo hodet» hides no head hit with «kaster opp nå» after it
        self._blow = frozenset(groups.get("slag", ()))
        ids = [c.id for c in danger.categories]
        self._index = {category_id: number for number, category_id in enumerate(ids)}
        self._rules = rules_of(danger, ids, groups, self._slot_pool)
        self._decide = decide_rules(danger.decide, ids, groups)  # who acts (bot/safety_decide.py)
        self._atoms.freeze()
        forms_of = kin(self.lexical, lemma_forms)  # forms no list spells (bot/safety_lemmas.py)
        if self._signals is not None:
            self._signals.use_kin(forms_of)
        self._words = WordAtoms(self._atoms, {*self._atoms.known, BREAK}, forms_of)
        """Each known word's atoms, looked up once here (bot/safety_words.py)."""
        self._child = frozenset(groups.get("barnet", ())) | frozenset(groups.get("folkegruppe", ()))
        """The child, or a people, named by a noun: after «at» it starts a clause of its own."""
        self._colleague = frozenset(groups.get("kollega", ()))
        self._naer = frozenset(groups.get("naer", ()))
        self._number = frozenset(groups.get("nummer", ()))
        self._age = self._atoms.plain(AGE_WORD)
        self._adult = self._atoms.plain(ADULT_WORD)
        self._animal = frozenset(groups.get("dyr", ()))  # no case with no person (pet_only)
        self._people = self._child | frozenset(groups.get("person", ())) | self._age | self._adult
        self._starts = starts_of(p.slots for p in self._phrases)
        self._keyed = keyed_by_atom(self._phrases)  # the only phrases a message can match
        self._cancel_starts = starts_of(self._cancel)
        self._cancel_starters = frozenset(self._cancel_starts)
        # A rule can only match when each of its slots has an atom in the message: index the
        # rules by the atoms of their smallest slot, so a message asks only those it may meet.
        self._rule_starts = starts_of(
            (min(r.slots, key=len),) if r.slots else () for r in self._rules
        )
        self._unindexed_rules = [n for n, rule in enumerate(self._rules) if not rule.slots]
        self._step = (  # the scene from signals when no phrase or rule matched
            SignalStep(
                *(self._signals, self._scene, self._topics, self._resolved, self._closed),
                *(self._general, self._decide, self._index, self._categories, self._grown_up),
            )
            if self._signals is not None
            else None
        )

    @property
    def lexical(self) -> frozenset[str]:
        """The words the files list (folded): scripts/lemma_forms.py finds their forms. Made
        when asked, not kept (9,100 words: half a megabyte the check never reads again)."""
        return frozenset({*self._atoms.exact, *(self._signals.vocabulary if self._signals else ())})

    def _rarity(self, slot: Slot) -> int:
        """Longer words are rarer in ordinary messages than «har», «vil» or «ikke»."""
        return min(self._atoms.lengths[atom] for atom in slot)

    @classmethod
    def from_language(cls, language: Language, known: Iterable[str] = ()) -> DangerCheck:
        files = (language.danger, language.dialect, known, language.signals, language.lemma_forms)
        speaker = Speaker.of(language.understanding.question_form.plan_facts)
        return cls(*files, language.names, speaker)

    def _slots(
        self, phrase: str, groups: dict[str, list[int]]
    ) -> tuple[tuple[Slot, ...], tuple[int, ...]]:
        """A phrase's slots, and how many words may come before each («tar+på»: none)."""
        slots: list[Slot] = []
        gaps: list[int] = []
        for raw in phrase.split():
            for number, piece in enumerate(raw.split("+")):
                if piece.startswith("@"):
                    new = [frozenset(groups[piece[1:]])]
                elif piece.endswith(FAMILY):
                    new = [frozenset(self._atoms.add(f) for f in forms(piece))]
                else:
                    parts = fold_pattern(piece).split()  # "e-post" folds to two words
                    new = [
                        frozenset(self._atoms.add(f) for f in verb_family(self._dialect.get(p, p)))
                        for p in parts
                    ]
                for index, slot in enumerate(new):
                    slots.append(pooled(slot, self._slot_pool))
                    gaps.append(0 if number or index else self.gap)
        kept, spaced = tuple(slots), tuple(gaps)
        return self._tuple_pool.setdefault(kept, kept), self._tuple_pool.setdefault(spaced, spaced)

    # --- checking -----------------------------------------------------------------------------

    def check(self, text: str, *, hint: bool = False) -> DangerFinding | None:
        """The danger or disclosure ``text`` is about, or None. Keeps nothing of ``text``.

        ``hint``: also a weaker combination of signals (signals.yaml ``hint``), as a soft
        finding – asked only when the message would otherwise get the plain fallback."""
        reading = self.read(text)
        return reading.hinted() if hint else reading.finding

    def read(self, text: str) -> DangerReading:
        """``text`` read once for a turn: the finding, and the hint from the same reading
        (bot/safety_reading.py). The turn keeps it; the check keeps nothing of ``text``."""
        if "<" in text:
            text = strip_mentions(text)
        words = fold_words(visible(untitled(text)))  # «sangen heter «…»»: a title
        if not words or (len(words) == 1 and words[0] == BREAK):
            return NOTHING
        words = dialect_mapped(words, self._dialect)
        aged: list[int] = []
        adults: list[int] = []
        if any(map(str.isdigit, words)):  # ages and amounts are numbers; most messages have none
            aged = ages(words) if self._age else []
            adults = ages(words, ADULT_MIN, ADULT_MAX) if self._adult else []
            said_ages = {*aged, *adults, *uncounted(words)}  # «på 15», «7-0», «kl 12»: no count
            words = [
                amount(w) if w.isdigit() and i not in said_ages else w for i, w in enumerate(words)
            ]
        atoms, weak = self._words.of(words)
        for i in aged:
            atoms[i] = atoms[i] | self._age
        for i in adults:
            atoms[i] = atoms[i] | self._adult
        grown = grown_units(words, adults, atoms)  # «19-åring»: the «åring» is the adult
        breaks = [word == BREAK for word in words]
        hot = [i for i, here in enumerate(atoms) if here]  # most words are in no phrase
        cancelled = self._cancel_idioms(words, atoms, hot)
        present = frozenset().union(*(atoms[i] for i in hot))
        walls = subject_walls(words, atoms, self._child, breaks)
        opens = [w and not b for w, b in zip(walls, breaks, strict=True)]  # «at gutten …»
        found: set[tuple[int, bool]] = set()
        topical = False  # a harm named as a topic is not read again as a scene from signals
        for start in hot if (live := keyed(self._keyed, present)) else ():  # in order, as ever
            for atom in atoms[start]:
                for number in sorted(live.intersection(self._starts.get(atom, ()))):
                    phrase = self._phrases[number]
                    key = (phrase.category, phrase.need)
                    if key in found:
                        continue
                    if not matches(atoms, weak, walls, phrase, start):
                        continue
                    end = last_slot(atoms, phrase, start)
                    # «deler ut informasjon om snus til 8. trinn»: a topic inside the match
                    spans_topic = not self._topics.spanning.isdisjoint(words[start + 1 : end])
                    if not spans_topic and not self._topics.at(words, start, end):
                        found.add(key)
                    elif not phrase.need:
                        topical = True
        # Concepts in any order; a short word read as a typo is too weak to stand as one.
        sure = [frozenset() if weak[i] else atoms[i] for i in range(len(atoms))]
        behaviour: set[str] = set()  # categories a compose rule read as a child's behaviour
        for rule in self._rules_meeting(present):
            needs = self._categories[rule.category].needs
            if (rule.category, False) in found and (not needs or (rule.category, True) in found):
                continue  # its phrases matched already
            talk = self._categories[rule.category].topic == TALK_TOPIC
            span = composed(rule, sure, breaks, hot, partial(self._topics.at, words, talk=talk))
            if span is None:
                continue
            if rule.child_acts and child_does(rule, words, sure, opens, self._naer, span):
                behaviour.add(self._categories[rule.category].id)  # nor read from signals
                continue  # «faren sier at gutten må slutte å slå lillebroren»: his behaviour
            if self._topics.named(words, span[1]):
                continue  # «foreldremøte i barnehagen om vold og overgrep»: its last word a subject
            if (
                self._categories[rule.category].topic != TALK_TOPIC
                and self._topics.about(words, span, sure[span[0]].isdisjoint(self._people))
                and not asked_for(rule, sure, span)
            ):
                continue  # «snakke om kniv og vold» – but «snakker om raseskrig» is the case
            if self._topics.spanning.isdisjoint(words[span[0] : span[1] + 1]):
                found.update({(rule.category, False), (rule.category, True)})  # not «… kurs …»
        matched = sorted(
            index
            for index, need in found
            if not need and (not self._categories[index].needs or (index, True) in found)
        )
        matched = decided(self._decide, matched, atoms, walls)  # who acts decides the routine
        if matched:
            topics = [self._categories[i].topic for i in matched]
            if self._resolved.over(words, topics):
                return NOTHING  # «eleven som besvimte i går er frisk igjen»
            if all(t == THREAT_TOPIC for t in topics) and (
                laughing(text, words, self._joking) or self._closed.ended(words)
            ):
                if played(words):  # «… under fotballen, de var venner igjen»: its routine kept
                    return DangerReading(None, played=self._finding(matched, present))
                return NOTHING  # «skyt meg» sa rektor 😂; a threat of last year, its case closed
            if all(t in PASSING for t in topics) and self._closed.ended(words, AGAIN):
                return NOTHING  # «saken med gutten som tok en overdose i fjor er avsluttet»
            if closable(topics, not present.isdisjoint(self._naer)) and self._closed.ended(words):
                return NOTHING  # «eleven som skrev om selvmord i fjor har flyttet, saken er lukket»
            if self._unreal(words, cancelled):
                return NOTHING  # «i dataspillet kan man drepe zombier med øks»: nobody harmed
            if self._grown_up(present, topics) or self._general.asked(words):
                return NOTHING  # the numbers answer it; a question asked in general
            if pet_only(present, topics, self._animal, self._people):
                return NOTHING  # «katten til naboen har forgifta seg»: the vet's matter
            return DangerReading(self._finding(matched, present))
        if self._step is None or topical or not self._joking.isdisjoint(words):
            return NOTHING  # a scene read from signals is never one told laughing
        concepts = self._step.signals.concepts(words, cancelled | shut_in_oneself(words) | grown)
        if too_few_signals(concepts, aged, adults):
            return NOTHING  # no scene from one signal or none (most questions): as scored
        scene_walls = continued(words, wanted(words, walls, breaks))
        read = Read(words, atoms, walls, present, concepts, scene_walls, aged, adults, behaviour)
        return DangerReading.scored(self._step, read)

    def _grown_up(self, present: frozenset[int], topics: Sequence[str]) -> bool:
        """A colleague's own crisis and a question for a number, no child named: the numbers
        (113, Mental Helse) answer it, not a young person's self-harm routine («hvis en kollega
        sier han har selvmordstanker, hvilket nummer ringer man?»)."""
        return (
            all(t == SELF_TOPIC for t in topics)
            and not present.isdisjoint(self._colleague)
            and not present.isdisjoint(self._number)
            and present.isdisjoint(self._child)
            and present.isdisjoint(self._age)
        )

    def _unreal(self, words: Sequence[str], cancelled: frozenset[int]) -> bool:
        """Every act of the message inside a story, a game or a drill (bot/safety_scene.py)."""
        if self._scene is None or self._signals is None:
            return False
        return self._scene.unreal(self._signals.concepts(words, cancelled), words)

    def _rules_meeting(self, present: frozenset[int]) -> list[Rule]:
        """The compose rules with an atom of their smallest slot among ``present``, in order."""
        numbers = keyed(self._rule_starts, present, self._unindexed_rules)
        return [self._rules[n] for n in sorted(numbers)]

    def look_alike(self, text: str) -> bool:
        """Danger words read and judged harmless: an idiom («dør av latter»), a topic, sport or
        a file («slåss om ballen»), a game or a book, a harm said to be over («tilbake i timen»).
        Asked only for the «vet ikke», whose safety net would answer a case nobody described."""
        if "<" in text:
            text = strip_mentions(text)
        words = [self._dialect.get(w, w) for w in fold_words(visible(text))]
        atoms, _ = self._words.of(words)
        hot = [i for i, here in enumerate(atoms) if here]
        cancelled = self._cancel_idioms(words, atoms, hot)
        said = (self._general.asked(words), self._resolved.said(words))  # in general; over
        if cancelled or any(said) or any(self._topics.at(words, i) for i in hot):
            return True
        concepts = self._signals.concepts(words, cancelled) if self._signals is not None else []
        pretend = self._scene is not None and self._scene.pretend(concepts, words)  # a game, a book
        return pretend or (self._signals is not None and self._signals.quietened(concepts))

    def idioms(self, text: str) -> tuple[tuple[str, ...], ...]:
        """The words (folded, dialect read) of each everyday idiom ``cancel`` reads in
        ``text``: «står på brua og venter på bussen» is a class at a bus stop. The safety net
        reads past them (:meth:`bot.safety_net.SafetyNet.nearest`): words the rules explained
        away are no likeness to a case either."""
        if "<" in text:
            text = strip_mentions(text)
        words = [self._dialect.get(w, w) for w in fold_words(visible(text))]
        atoms, _ = self._words.of(words)
        found: list[tuple[str, ...]] = []
        for start, here in enumerate(atoms):
            if here & self._cancel_starters:
                length = self._idiom_at(atoms, words, start)
                if length:
                    found.append(tuple(words[start : start + length]))
        return tuple(found)

    def _cancel_idioms(
        self, words: Sequence[str], atoms: list[frozenset[int]], hot: Sequence[int]
    ) -> frozenset[int]:
        """Blank out the words of idioms that only look dangerous («slått sammen») and of
        topical compounds («overgrepskurset», «voldsforedrag»); their positions."""
        starters = self._cancel_starters
        cancelled = set(self._topics.compounds(words, hot))
        for i in cancelled:
            atoms[i] = frozenset()
        for start in hot:
            if atoms[start] & starters:
                length = self._idiom_at(atoms, words, start)
                span = range(start, start + length)
                if length and keeps_blow(atoms, hot, span, self._blow, self._uncancel):
                    span = range(0)
                    for i in (i for i in range(start, start + length) if atoms[i] & self._blow):
                        atoms[i] = frozenset()
                if span:
                    atoms[start : start + length] = [frozenset()] * length
                    cancelled.update(span)
        return frozenset(cancelled)

    def _idiom_at(self, atoms: Sequence[frozenset[int]], words: Sequence[str], start: int) -> int:
        """The length of an idiom starting at ``start`` (with the fillers inside it), or 0."""
        return idiom_length(atoms, words, start, self._cancel_starts, self._cancel)

    def _finding(self, matched: list[int], present: frozenset[int]) -> DangerFinding:
        return finding([self._categories[i] for i in matched], present)


def check(text: str, vocabulary: DangerCheck) -> DangerFinding | None:
    """The pure function the router calls first: text in, finding (or None) out."""
    return vocabulary.check(text)


__all__ = ["DangerCheck", "DangerFinding", "DangerReading", "Kind", "check", "fold_words"]
