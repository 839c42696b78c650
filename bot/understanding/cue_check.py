"""A cue's reading checked against what else the question names (the reader's step 4, first).

A cue phrase decides an intent by itself (cues.py); the question around it may say otherwise:
a tiltak number, a role and no group («hvor sitter ordføreren»), a group its members describe
(«møtet med rektorene og helsestasjonen»), «planen» as where to look rather than what is
asked. Each branch names the question that made it. Kept apart from reader.py, which runs the
rules after this one, so each module has one job and stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.frozen_init import quick_init
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold
from bot.understanding.described import Described
from bot.understanding.entities import find_group, group_of_members
from bot.understanding.fact_own_word import fact_by_own_word
from bot.understanding.facts_asked import not_in_plan
from bot.understanding.intents import (
    CONVENER_READINGS,
    FORM_ONLY,
    NEEDS_GROUP,
    NUMBER_IS_TILTAK,
    Intent,
    describable,
)
from bot.understanding.lexicon import ansvar_words
from bot.understanding.members_described import by_members
from bot.understanding.options import from_retrieval, tiltak_in_plan, tiltak_or_other
from bot.understanding.phrases import SpacedPhrases
from bot.understanding.preamble import FOCUS_MIN
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit, KnowledgeSearch
from bot.understanding.rhythm_described import group_by_cadence
from bot.understanding.rules import asks_seat, names_owner, role_asked, role_before_for
from bot.understanding.tiltak_target import tiltak_target
from bot.understanding.visit_asked import visit_asked
from bot.understanding.words import WordReader

MEETING_HEAD_MIN = 6
"""A name's first word this long ends in «møte» as a compound («fellesmøte»), not as «møte»."""
STRANGE_MANY = 3
"""Words no knowledge knows («gulrøtene», «skulehagen», «sniglar») that make a question
about something else: the readings a word or two in it finds («gift», «trygt») are no «Mente
du …?» to offer – the honest fallback answers."""


def meeting_by_name(
    intent: Intent,
    words: tuple[str, ...],
    group_id: str | None,
    index: KommuneIndex | None,
    said: QuestionForm,
) -> bool:
    """«blir det noe felles samling for styringsgruppa og arbeidsgruppa snart»: a group that is
    a meeting by its plan name («Fellesmøte for …»), named by other words, asked with «snart»,
    «når» or «neste» and no who-word asks when it meets next, as «når er fellesmøtet» does."""
    group = index.groups_by_id.get(group_id) if index is not None and group_id else None
    if group is None or intent not in (Intent.MEMBERS, Intent.UNKNOWN):
        return False
    if said.next_words.isdisjoint(words) or not said.who_words.isdisjoint(words):
        return False
    head = fold(group.name).split()[:1]
    return any(len(w) > MEETING_HEAD_MIN and w.endswith(said.meeting_compound) for w in head)


def bare_next(cue: str, words: tuple[str, ...], named: object, said: QuestionForm) -> bool:
    """«kan vi korte ned agendaen neste gang?», «skal vi ha møtet på Teams neste gang?», «og
    neste gang?»: the cue «neste gang» with no group or level named, no word that asks a date
    («når», «snart») and no meeting word after it says when the writer wants something done,
    or follows up an answer the bot does not hold – no next meeting is asked. «når møtes vi
    neste gang?», «neste gang det er slt-møte?», «fagteamet neste gang?» ask it; a meeting
    word before the cue («møtet i går var kjedelig, … neste gang») is the one just held."""
    if named or cue not in said.bare_next:
        return False
    own = cue.split()
    when = said.next_words - said.meeting_words - set(own)
    if not when.isdisjoint(words):
        return False
    starts = [i for i in range(len(words)) if list(words[i : i + len(own)]) == own]
    after = words[starts[-1] + len(own) :] if starts else ()
    # «møtet» (definite) is a meeting already talked of: «…neste gang, møtet ble for langt»
    after = tuple(w for w in after if not w.endswith(DEFINITE))
    meeting = (said.meeting_words | said.rhythm_words) - set(own)
    return meeting.isdisjoint(after) and not any(_meeting_compound(w, said) for w in after)


DEFINITE = "et"
"""The definite ending of «møte» («møtet», «slt-møtet»): the meeting just talked of."""


def _meeting_compound(word: str, said: QuestionForm) -> bool:
    """«slt-møte», «nettverksmøter»: a compound whose head is a meeting word."""
    return any(len(word) > len(end) and word.endswith(end) for end in said.meeting_compound)


@quick_init
@dataclass(frozen=True)
class Named:
    """What the reader found in a question besides its cue, before the cue is checked."""

    words: tuple[str, ...]
    rest: tuple[str, ...]
    """The words no name, cue or role took: what the question is about."""
    meant: tuple[str, ...]
    """Words a synonym added that no name took."""
    focus: tuple[str, ...]
    """``rest`` in the part that asks («…. hvor ofte er politiet …?»)."""
    joined: str
    """``words`` spaced, with a space at each end (phrases.py)."""
    starts: frozenset[str]
    role_words: tuple[str, ...]
    level: Level | None
    kommune_id: str | None
    index: KommuneIndex | None
    search: KnowledgeSearch | None
    hits: list[Hit]
    """Retrieval's objects, best first; :meth:`CueCheck.checked` puts a tiltak the question
    names by a word of its text first (tiltak_target.py, visit_asked.py), and a plan fact
asked by its own word (fact_own_word.py)."""
    number_named: str | None
    mentions_coordinator: bool
    defined: bool
    """«hva menes med …»: the meaning of something asked (cues.meaning_asked)."""


class CueCheck(WordReader):
    """The reader's base for :meth:`checked`: the words that tell a cue's reading wrong."""

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__(kb)
        lexicon = self.lexicon
        self._where_cues = SpacedPhrases(lexicon.cues[Intent.ROLE_GROUPS])
        self._ansvar, self._owners = ansvar_words(kb, lexicon.stopwords)
        self._described = Described(lexicon.described_by, lexicon.described_filler)

    def group_named(
        self,
        words: tuple[str, ...],
        used: list[bool],
        index: KommuneIndex | None,
        longest: int,
        level_words: set[str],
    ) -> tuple[str | None, Level | None, bool]:
        """The group or level the question names (entities.find_group), else the one group a
        description states by its cadence and members («den gruppa der skolen og politiet
        møtes hver 6. uke», rhythm_described.py) – read as if named, before any cue, so the
        question after it is read as it is of a named group."""
        corrected = _corrected_at(words)
        if corrected is not None:
            # «hvem sitter i styringsgruppa, nei jeg mener koordineringsgruppa»: the group
            # named after the asker corrects themselves is the one asked about; the one
            # before it is used up, no word to search for
            blocked = [True] * corrected + used[corrected:]
            found = find_group(words, blocked, index, longest, level_words)
            if found[0] or found[1]:
                find_group(words, used, index, longest, level_words)
                used[corrected:] = [a or b for a, b in zip(used, blocked, strict=True)][corrected:]
                return found
        found = find_group(words, used, index, longest, level_words)
        if found[0] or found[1] or index is None:
            return found
        start = self._described.starts_at(words)
        if start is None:
            return found
        lex = self.lexicon
        patterns = lex.role_alternatives(lex.role_words(words, list(used)))
        described = group_by_cadence(words, index, patterns)
        if described is None:
            return found
        group_id, end = described
        # the description is the group's name here: its words are no cue («møtes» asks no
        # cadence) and its roles no seat asked about
        used[start:end] = [True] * max(0, end - start)
        return group_id, index.groups_by_id[group_id].level, False

    def checked(
        self, intent: Intent, cue: str, group_id: str | None, named: Named
    ) -> tuple[Intent, str, str | None, tuple[str, ...]]:
        """The reading (intent, cue, group, «Mente du» options) once the words around the cue
        are heard: the first of the branches below whose question fits."""
        lex, said = self.lexicon, self.lexicon.form
        words, rest, meant, focus = named.words, named.rest, named.meant, named.focus
        joined_words, starts, role_words = named.joined, named.starts, named.role_words
        level, kommune_id, index, search = named.level, named.kommune_id, named.index, named.search
        hits, number_named, defined = named.hits, named.number_named, named.defined
        mentions_coordinator = named.mentions_coordinator
        options: tuple[str, ...] = ()
        asks_where = self._where_cues.any_in(joined_words, starts)
        ansvar = set(rest) & self._ansvar.get(kommune_id or "", frozenset())
        if not (group_id or level) and describable(intent, role_words):
            desc = self._described.group(
                joined_words, starts, (rest, meant), search, intent, cue, focus
            )
            group_id, intent = desc or (group_id, intent)  # «gruppa som jobber med enkeltungdom»
        patterns = lex.role_alternatives(role_words)
        if not (group_id or level) and (seated := by_members(intent, words, patterns, index)):
            intent, cue, group_id = Intent.MEMBERS, "", seated  # «gruppa der X og Y sitter»
        if number_named and intent in NUMBER_IS_TILTAK:
            intent = Intent.TILTAK_LOOKUP
        elif intent is Intent.TILTAK_FOR_ROLE and (
            (not role_words and not ansvar) or role_before_for(words, cue, role_words)
        ):
            intent = Intent.TILTAK_LOOKUP  # «hvilke tiltak har vi mot vold»: a topic, no role
        elif role_words and intent in FORM_ONLY and self._only_role(rest, role_words):
            # «hvor sitter ordføreren i slt-modellen»; «hva gjør jeg» is no cue for it. Not
            # «hva er lønna til ordføreren»: a word no knowledge explains is asked about.
            intent, cue = Intent.ROLE_GROUPS, ""
        elif intent is Intent.COORDINATOR and asks_where:
            intent = Intent.ROLE_GROUPS  # «hvor sitter slt-koordinatoren»
        elif (
            intent in CONVENER_READINGS
            and not (group_id or level)
            and role_words
            and not said.who_words.isdisjoint(words)
            and (len(role_words) > 1 or intent is not Intent.MOTELEDER)  # «leder» is a role too
        ):
            # «møtet med rektorene og helsestasjonen – hvem kaller inn?»: the group its members
            # describe, or «which group?» – the roles' seats do not say who calls in.
            group_id = group_of_members(index, lex.role_alternatives(role_words), words, intent)
        elif (
            intent in NEEDS_GROUP
            and not (group_id or level)
            and role_words
            and self._only_role(tuple(w for w in rest if w not in lex.place_filler), role_words)
        ):
            intent, cue = Intent.ROLE_GROUPS, ""  # «hvilke slt-møter skal helsesykepleier på»
        elif intent in (Intent.DUTIES, Intent.UNKNOWN) and not (
            group_id
            or level
            or mentions_coordinator
            or (role_words and ("hvem" in words or self._only_role(rest, role_words)))
            or (role_words and asks_seat(words, said))  # «sosiallærer – er jeg fast med i noe?»
        ):
            # «hva er en bekymringssamtale? vi diskuterte …»: the question's own words are asked
            asked = focus if len(focus) >= FOCUS_MIN else rest
            read = from_retrieval(intent, hits, index, lex.goal_stems, asked, defined=defined)
            (intent, group_id, options), cue = read, ""  # no cue: a routine named still wins
            fact = fact_by_own_word(rest, search, index, said.decide_words) if options else None
            if fact is not None:  # «…, rapporteres det til noen?»: the fact's own word asks it
                intent, options = Intent.PLAN, ()
                hits[:] = [fact, *(h for h in hits if h.doc is not fact.doc)]
            if options and len(self.unknown(rest, role_words)) >= STRANGE_MANY:
                options = ()  # «gulrøtene i skulehagen har dødd, sniglar overalt …»: no reading
        elif intent in NEEDS_GROUP and not (group_id or level or mentions_coordinator):
            found, found_group, options = from_retrieval(intent, hits, index, lex.goal_stems)
            if found is not Intent.UNKNOWN or options:  # else: «which group?» stays the answer
                intent, group_id = found, found_group
        elif intent is Intent.PLAN and names_owner(
            words, rest, self._owners.get(str(kommune_id)), said
        ):
            intent = Intent.TILTAK_FOR_ROLE  # «jobber på frivilligsentralen, tiltak i planen?»
        elif intent is Intent.PLAN and cue in said.plan_as_place and not (group_id or level):
            # «finnes det noe om radikalisering i planen»: «planen» says where to look, the
            # rest says what about; the plan itself only when retrieval finds nothing better.
            found, found_group, found_options = from_retrieval(intent, hits, index, lex.goal_stems)
            if found not in (Intent.UNKNOWN, Intent.PLAN):
                intent, group_id, options, cue = found, found_group, found_options, ""
            elif tiltak_in_plan(hits, not said.tiltak_signs.isdisjoint(words), focus or rest):
                intent, cue = Intent.TILTAK_LOOKUP, ""
            elif (close := tiltak_or_other(hits, index)) or not_in_plan(found, words, hits, said):
                intent, cue, options = Intent.UNKNOWN, "", close  # ask, or «vet ikke»: no plan
        elif (
            intent is Intent.ROLE_GROUPS
            and cue in said.weak_role_cues
            and not (group_id or level or mentions_coordinator)
            and not (role_words and role_asked(words, cue, role_words, said))
        ):
            # «hvor er kantina», «plakater for ungdomsklubben, hvor er teipen»: no role asked
            # about. Whatever retrieval finds, or the honest fallback – never a seat lookup.
            intent, group_id, options = from_retrieval(Intent.UNKNOWN, hits, index, lex.goal_stems)
            cue = ""
        if intent is Intent.NEXT_MEETING and bare_next(cue, words, group_id or level, said):
            intent, cue, options = Intent.UNKNOWN, "", ()  # «og neste gang?»: no date asked
        if meeting_by_name(intent, words, group_id, index, said):
            intent, options = Intent.NEXT_MEETING, ()  # «blir det noe felles samling … snart»
        # «hvilken aldersgruppe gjelder ungdomsgarantien for?», «kan politiet komme på …?»
        tiltak_hit = tiltak_target(intent, focus or rest, words, lex, search) or (
            None if options else visit_asked(intent, words, lex, search)
        )
        if tiltak_hit is not None and not (group_id or level):
            intent, cue, options = Intent.TILTAK_LOOKUP, "", ()
            # the tiltak asked about first: what the answer (``about``) names
            hits[:] = [
                tiltak_hit,
                *(h for h in hits if h.doc.key != tiltak_hit.doc.key or h.doc.kind != "tiltak"),
            ]
        return intent, cue, group_id, options


CORRECTIONS = (
    ("nei", "jeg", "mener"),
    ("nei", "eg", "meiner"),
    ("jeg", "mente"),
    ("eg", "meinte"),
    ("eller", "nei"),
    ("nei", "vent"),
)
"""How an asker corrects what they just named («…, nei jeg mener koordineringsgruppa»)."""


def _by_first(markers: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
    for marker in markers:
        by_first[marker[0]] = (*by_first.get(marker[0], ()), marker)
    return by_first


_CORRECTIONS_BY_FIRST = _by_first(CORRECTIONS)
""":data:`CORRECTIONS` by their first word (built from it: a marker added there is found)."""


def _corrected_at(words: tuple[str, ...]) -> int | None:
    """Where the words after the last correction start, or None for a message without one.
    Looked for only where a marker's first word stands (:data:`_CORRECTIONS_BY_FIRST`), not
    every marker at every position: most messages hold none of them."""
    found = [
        i + len(marker)
        for i, word in enumerate(words)
        for marker in _CORRECTIONS_BY_FIRST.get(word, ())
        if words[i : i + len(marker)] == marker
    ]
    return max(found) if found else None
