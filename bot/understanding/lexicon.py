"""The reader's words, compiled once from knowledge/language/understanding.yaml.

Why a separate object: the words are data a linguist extends (cue phrases, role words,
filler), the reader's rules are code. :class:`Lexicon` folds every entry and lays the cue
phrases out in the order the reader tries them, once per knowledge load — reading a message
never parses YAML or folds a list again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from bot.knowledge.index import KnowledgeBase, level_synonyms
from bot.knowledge.vocabulary import UnderstandingFile
from bot.text import fold, folded_words
from bot.understanding.facets import FacetWords, inflections
from bot.understanding.intents import Intent
from bot.understanding.level_asked import LevelAskedWords
from bot.understanding.level_forms import FormWords
from bot.understanding.normalise import stem
from bot.understanding.not_a_meeting import NO_OTHER_MEETINGS, OtherMeetings
from bot.understanding.question_form import QuestionForm
from bot.understanding.understood import RoleGrammar


def _pattern(pattern: str) -> str:
    """A role pattern folded, keeping its leading ``*`` (matches a compound's end)."""
    return ("*" + fold(pattern[1:])) if pattern.startswith("*") else fold(pattern)


@dataclass(frozen=True)
class Lexicon:
    """Every word list the reader uses, folded."""

    order: tuple[Intent, ...]
    """Intents in priority order: a tie between cues of one length goes to the earlier."""
    cues: dict[Intent, tuple[str, ...]]
    routines: dict[str, str]
    """Routine phrases (``routines`` and ``offences``), folded → routine id."""
    roles: dict[str, str]
    role_synonyms: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    role_filler: tuple[str, ...]
    filler: frozenset[str]
    place_filler: frozenset[str]
    who_words: frozenset[str]
    cue_modifiers: frozenset[str]
    goal_stems: frozenset[str]
    countable: dict[str, Intent]
    unanswered: frozenset[str] = frozenset()
    """Facets no knowledge holds («hvor mye koster», «tilskuddet»): the honest fallback."""
    contact_forms: frozenset[str] = frozenset()
    """Contact cues that ask who to reach even when the message names a routine's topic."""
    routine_asks: tuple[str, ...] = ()
    """Phrases that ask what to do («hva gjør», «hvordan», «kan jeg»), folded."""
    offences: frozenset[str] = frozenset()
    """The ``routines`` phrases that name an offence (``offences``), folded."""
    case_words: frozenset[str] = frozenset()
    """Words of a worry («bekymret», «mistenker»): with a routine's topic, a case."""
    someone_words: frozenset[str] = frozenset()
    service_asked: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """A named service's link or opening hours asked (``service_asked``): how to reach it."""
    holiday_words: frozenset[str] = frozenset()
    """Words for a school holiday («skoleferien», «jul»): a meeting question asks about breaks."""
    generic_topic: frozenset[str] = frozenset()
    """Topic words too general to say alone which object is asked («bekymring», «tiltak»):
    understanding.yaml ``generic_topic``, read by understanding/generic_match.py."""
    facets: FacetWords = field(default_factory=FacetWords)
    """How a question asks for a detail of a tiltak or group (understanding.yaml ``facets``)."""
    role_grammar: RoleGrammar = field(default_factory=RoleGrammar)
    """How the words of a role hang together (understanding.yaml ``role_grammar``)."""
    levels_asked: LevelAskedWords = field(default_factory=LevelAskedWords)
    """How a question asks a named group's level (understanding.yaml ``level_asked``)."""
    forms: FormWords = field(default_factory=FormWords)
    """A seat or a group's duties read by the question's form (``level_forms``)."""
    form: QuestionForm = field(default_factory=QuestionForm)
    """What a question's form says besides its cue (``question_form``, rules.py)."""
    described_by: tuple[str, ...] = ()
    described_filler: frozenset[str] = frozenset()
    """Phrases that describe a group by its work («gruppa som», «de som»), folded."""
    phrasal_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """A verb form → the particles after which it is no topic («slar» → «av», «pa» …)."""
    figure_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """A verb form → the words after which it is a figure of speech (understanding.yaml
    ``figure_verbs``)."""
    other_meetings: OtherMeetings = NO_OTHER_MEETINGS
    """Bodies (by the end of their name) and events whose meetings are no SLT group's."""

    @classmethod
    def of(cls, words: UnderstandingFile) -> Lexicon:
        cues = {
            Intent(name): tuple(dict.fromkeys(fold(c) for c in phrases))
            for name, phrases in words.cues.items()
        }
        role_filler = tuple(dict.fromkeys(fold(w) for w in words.role_filler.split()))
        levels = level_synonyms(words.level_synonyms)
        return cls(
            order=tuple(cues),
            cues=cues,
            routines={fold(p): r for p, r in (words.routines | words.offences).items()},
            offences=frozenset(fold(p) for p in words.offences),
            roles={fold(w): label for w, label in words.roles.items()},
            role_synonyms={
                fold(w): tuple(_pattern(p) for p in patterns)
                for w, patterns in words.role_synonyms.items()
            },
            stopwords=folded_words(words.stopwords),
            role_filler=role_filler,
            filler=folded_words(words.filler) | frozenset(role_filler),
            place_filler=folded_words(words.place_filler),
            who_words=folded_words(words.who_words),
            cue_modifiers=folded_words(words.cue_modifiers),
            goal_stems=frozenset(stem(tuple(folded_words(words.goal_words)))),
            countable={fold(w): Intent(i) for w, i in words.countable.items()},
            unanswered=folded_words(words.unanswered) if words.unanswered else frozenset(),
            contact_forms=frozenset(fold(f) for f in words.contact_forms),
            routine_asks=tuple(dict.fromkeys(fold(a) for a in words.routine_asks)),
            case_words=folded_words(words.case_words) if words.case_words else frozenset(),
            someone_words=folded_words(words.someone_words) if words.someone_words else frozenset(),
            service_asked={k: folded_words(v) for k, v in words.service_asked.items()},
            holiday_words=folded_words(words.holiday_words) if words.holiday_words else frozenset(),
            generic_topic=folded_words(words.generic_topic),
            facets=FacetWords.of(
                words.facets, folded_words(" ".join((*words.roles, *words.role_synonyms)))
            ),
            role_grammar=RoleGrammar.of(words.role_grammar),
            levels_asked=LevelAskedWords.of(words.level_asked, levels),
            forms=FormWords.of(words.level_forms),
            form=QuestionForm.of(words.question_form, levels),
            described_by=tuple(dict.fromkeys(fold(p) for p in words.described_by)),
            described_filler=folded_words(words.described_filler),
            phrasal_verbs={
                verb: folded_words(particles)
                for verbs, particles in words.phrasal_verbs.items()
                for verb in folded_words(verbs)
            },
            figure_verbs={
                verb: folded_words(after)
                for verbs, after in words.figure_verbs.items()
                for verb in folded_words(verbs)
            },
            other_meetings=OtherMeetings.of(
                {k: folded_words(v) for k, v in words.other_meetings.items()}
            ),
        )

    def searched(
        self, words: tuple[str, ...], used: list[bool], added: Collection[int]
    ) -> tuple[str, ...]:
        """The words a search looks for: none a name or cue ``used``, none a synonym
        ``added``, no stopword or single letter, and no verb its particle makes harmless."""
        return tuple(
            w
            for i, w in enumerate(words)
            if not used[i]
            and i not in added
            and w not in self.stopwords
            and len(w) > 1
            and not self.harmless_verb(words, i)
        )

    def harmless_verb(self, words: tuple[str, ...], at: int) -> bool:
        """``words[at]`` is a verb its particle makes harmless: «slår (jeg) av varsler», not
        «slår av og til» (now and then); a particle of two words («seg+ned») right after it."""
        particles = self.phrasal_verbs.get(words[at])
        if particles is None:
            return False
        after = words[at + 1 : at + 3]
        return " ".join(after) in particles or any(
            w in particles and after[i + 1 : i + 2] != ("og",) for i, w in enumerate(after)
        )

    def figure_verb(self, words: tuple[str, ...], at: int) -> bool:
        """``words[at]`` is a verb the word or two right after it make a figure of speech:
        «slo rekord», «slo seg ned» – never a word further on («ble slått av mor»)."""
        after = self.figure_verbs.get(words[at])
        return after is not None and (
            " ".join(words[at + 1 : at + 3]) in after
            or words[at + 1 : at + 2] in {(w,) for w in after}
        )

    @cached_property
    def role_vocabulary(self) -> frozenset[str]:
        """The role words a role question may name: the lexicon and its synonyms."""
        return frozenset(self.roles) | frozenset(self.role_synonyms)

    @cached_property
    def contact_cue_words(self) -> frozenset[str]:
        """Every word of the «who do I contact» cues («nummer», «til», «kontakter»): what a
        contact question's need is read without (``organisation/services.ranked``)."""
        return frozenset(w for cue in self.cues[Intent.CONTACT_SERVICE] for w in cue.split())

    def role_words(self, words: tuple[str, ...], used: list[bool]) -> tuple[str, ...]:
        """The role words among the words no name or cue took, in their base form."""
        role: list[str] = []
        vocabulary = self.role_vocabulary
        for i, word in enumerate(words):
            if used[i] or word in self.stopwords or len(word) < 3:
                continue
            forms = [f for f in inflections(word) if f in vocabulary]
            if forms:
                role.append(min(forms, key=len))  # the base form: «ordføreren» → «ordfører»
        return tuple(role)

    def role_label(self, role_words: tuple[str, ...]) -> str:
        """How to show the role asked about: the lexicon's spelling, never the folded input."""
        return " ".join(dict.fromkeys(self.roles.get(w, w) for w in role_words))

    def role_alternatives(self, role_words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """Each asked word with its synonyms and a stem, for matching member roles.

        A pattern matches a member word that starts with it; a leading ``*`` lets it match
        a compound whose last part it is too ("*skole" matches "ungdomsskolene", never
        "skolehelsetjenesten": ``bot.text.has_head``).
        """
        alternatives = []
        for word in role_words:
            options = self.role_synonyms.get(word, ())
            word_stem = word[: max(4, len(word) - 2)] if len(word) > 6 else word
            alternatives.append((*options, word_stem))
        return tuple(alternatives)


def known_words(kb: KnowledgeBase, lexicon: Lexicon) -> frozenset[str]:
    """Every word the knowledge and the cues hold: a longer word outside it makes an answer
    unsure (the reader's «strange word» check)."""
    words: set[str] = set()
    for cues in lexicon.cues.values():
        for cue in cues:
            words.update(cue.split())
    for synonyms in kb.level_synonyms.values():
        for phrase in synonyms:
            words.update(phrase.split())
    words.update(lexicon.role_synonyms)
    for name in kb.names:
        words.update(name.split())
    for index in kb.kommuner.values():
        words.update(w for phrase in index.phrases for w in phrase.split())
        for group in index.kommune.groups:
            for member in group.members:
                words.update(fold(member).split())
        for tiltak in index.kommune.tiltak:
            words.update(w for w in fold(tiltak.tiltak).split() if len(w) >= 4)
            words.update(w for a in tiltak.ansvar for w in fold(a).split())
        contact = index.kommune.coordinator.contact
        if contact is not None and contact.name:
            words.update(fold(contact.name).split())  # «anne» is the coordinator, not «annet»
    return frozenset(w for w in words if w)


STRANGE_MIN = 5
"""Words this long or longer that no knowledge has make an object's answer unsure; shorter
ones are too often chat («ok», «takk», «pls»)."""
ENDINGS = ("ene", "ane", "en", "et", "er", "ar", "a", "e")
"""Inflections a known word may carry («kursene» is «kurs»; Snowball stems «kurs» to «kur»)."""


def is_strange(word: str, vocabulary: frozenset[str], stems: frozenset[str]) -> bool:
    """A long content word that neither the vocabulary nor its stems know, inflected or not."""
    return (
        len(word) >= STRANGE_MIN
        and not word.isdigit()
        and word not in vocabulary
        and stem((word,))[0] not in stems
        and not any(word[: -len(e)] in vocabulary for e in ENDINGS if word.endswith(e))
    )


def ansvar_words(
    kb: KnowledgeBase, stopwords: frozenset[str]
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Per kommune, every word of the tiltak's ansvar, and each ansvar's lead word: a question
    naming «frivilligsentralen» names an owner; «barn» of «Alle som jobber med barn» does not."""
    words, leads = {}, {}
    for k, index in kb.kommuner.items():
        ansvar = [fold(a).split() for t in index.kommune.tiltak for a in t.ansvar]
        words[k] = frozenset(w for a in ansvar for w in a) - stopwords
        leads[k] = frozenset(a[0] for a in ansvar if a)
    return words, leads


def member_qualifiers(kb: KnowledgeBase) -> frozenset[str]:
    """The short capitalised names the plans write beside a member role («Sosiallærer JUS»,
    «Helsesykepleier JUS»): in «jeg er sosiallærer på jus» they belong to the role, they are
    not a second thing asked about."""
    return frozenset(
        fold(token)
        for index in kb.kommuner.values()
        for group in index.kommune.groups
        for member in group.members
        for token in re.findall(r"\b[A-ZÆØÅ]{2,5}\b", str(member))
    )
