"""The words a question's form is read by, folded: ``question_form`` in understanding.yaml,
compiled once per knowledge load with the lexicon and passed to the rules that read them
(bot/understanding/rules.py)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.form_words import QuestionFormWords
from bot.text import tokens


def _set(spec: str) -> frozenset[str]:
    return frozenset(tokens(spec))


def _phrases(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(tokens(p)) for p in phrases)


def _pairs(pairs: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tokens(p) for p in pairs)


@dataclass(frozen=True)
class QuestionForm:
    """What a question's form says besides its cue, in words (see each field's yaml comment)."""

    yes_no_start: frozenset[tuple[str, ...]] = frozenset()
    """A first word (as a 1-tuple: ``words[:1] in …``) that asks whether a role is somewhere."""
    yes_no_cues: frozenset[str] = frozenset({""})
    """Role cues that, with one named group, ask whether the role is in it; «» (no cue) too."""
    several_groups: frozenset[str] = frozenset()
    weak_role_cues: frozenset[str] = frozenset()
    points_back: frozenset[str] = frozenset()
    """Words after «hvor er» that stand for a role named before it (the first person too)."""
    which: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    seat_verbs: frozenset[str] = frozenset()
    seat_pronouns: frozenset[str] = frozenset()
    """The first person and «hun», «han»: whose seat is asked."""
    seat_pairs: frozenset[tuple[str, ...]] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    my: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    own_work: frozenset[str] = frozenset()
    english_self: frozenset[str] = frozenset()
    we_words: frozenset[str] = frozenset()
    own_ansvar: frozenset[str] = frozenset()
    what_words: frozenset[str] = frozenset()
    who_words: frozenset[str] = frozenset()
    asks_who: frozenset[tuple[str, ...]] = frozenset()
    """``who_words`` as 1-tuples: a question opening so (``words[:1] in …``) asks for people."""
    number_before: frozenset[str] = frozenset()
    number_maybe: frozenset[str] = frozenset()
    plan_words: frozenset[str] = frozenset()
    plan_as_place: frozenset[str] = frozenset()
    tiltak_words: frozenset[str] = frozenset()
    tiltak_signs: frozenset[str] = frozenset()
    """``tiltak_words`` and the words besides them that say tiltak («trinn»)."""
    task_words: frozenset[str] = frozenset()
    owns_words: frozenset[str] = frozenset()
    meeting_suffixes: tuple[str, ...] = ()
    """In the file's order: the first that ends a word is split off."""
    meeting_compound: tuple[str, ...] = ()
    when_is: frozenset[tuple[str, ...]] = frozenset()
    next_words: frozenset[str] = frozenset()
    meeting_words: frozenset[str] = frozenset()
    weak_link_cues: frozenset[str] = frozenset()
    case_cues: frozenset[str] = frozenset()
    level_counts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: QuestionFormWords) -> QuestionForm:
        roles, seats, own, tiltak, meetings = (
            words.roles,
            words.seats,
            words.own_work,
            words.tiltak,
            words.meetings,
        )
        first_person = _set(own.first_person)
        tiltak_words = _set(tiltak.words)
        who = _set(own.who)
        return cls(
            yes_no_start=frozenset((w,) for w in tokens(roles.yes_no_start)),
            yes_no_cues=_phrases(roles.yes_no_cues) | {""},
            several_groups=_set(roles.several_groups),
            weak_role_cues=_phrases(roles.weak_cues),
            points_back=first_person | _set(roles.points_back),
            which=_set(roles.which),
            seat_nouns=_set(roles.seat_nouns),
            seat_verbs=_set(seats.verbs),
            seat_pronouns=first_person | _set(seats.pronouns),
            seat_pairs=_pairs(seats.pairs),
            role_nouns=_set(seats.role_nouns),
            my=_set(seats.my),
            first_person=first_person,
            own_work=_set(own.words),
            english_self=_set(own.english_self),
            we_words=_set(own.we),
            own_ansvar=_set(own.ansvar),
            what_words=_set(own.what),
            who_words=who,
            asks_who=frozenset((w,) for w in who),
            number_before=_set(tiltak.number_before),
            number_maybe=_set(tiltak.number_maybe),
            plan_words=_set(tiltak.plan_words),
            plan_as_place=_phrases(tiltak.plan_as_place),
            tiltak_words=tiltak_words,
            tiltak_signs=tiltak_words | _set(tiltak.signs),
            task_words=tiltak_words | _set(tiltak.tasks),
            owns_words=_set(tiltak.owns),
            meeting_suffixes=tuple(dict.fromkeys(tokens(meetings.suffixes))),
            meeting_compound=tuple(dict.fromkeys(tokens(meetings.compound_endings))),
            when_is=_pairs(meetings.when_is),
            next_words=_set(meetings.next),
            meeting_words=_set(meetings.words),
            weak_link_cues=_phrases(words.weak_link_cues),
            case_cues=_phrases(words.case_cues),
            level_counts=_set(words.level_counts),
        )


__all__ = ["QuestionForm"]
