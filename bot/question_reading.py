"""What a turn's message asks: the understanding's reading (bot/understanding), made a command
when the meeting grammar knows its verb, with the routine the routine book matches.

:meth:`bot.routing.SltBot.understand` asks it once per turn; a message longer than
``MAX_QUESTION_CHARS`` is read by its first part (only the routines and the privacy guard
read it whole)."""

from __future__ import annotations

from collections.abc import Callable

from bot.features.meetings.command_grammar import kind_of
from bot.features.routines.handlers import RoutineBook
from bot.frozen_init import quick_replace
from bot.text import fold
from bot.understanding import Intent, Understanding, Understood, asks
from bot.understanding.case_shared import CONSENT, shares_a_case
from bot.understanding.case_talk import talks_of_the_case
from bot.understanding.command_told import no_meeting_commanded
from bot.understanding.generic_match import unmatched
from bot.understanding.laughed_off import laughed_off
from bot.understanding.leaning import leaning
from bot.understanding.level_asked import level_of_unknown
from bot.understanding.not_a_meeting import no_meeting_asked
from bot.understanding.other_body import other_body_led
from bot.understanding.plan_asked import slt_itself_asked
from bot.understanding.police_talk import ROUTINE as POLICE_TALK
from bot.understanding.police_talk import police_talk_asked
from bot.understanding.relayed_offer import relayed
from bot.understanding.restated import page_only
from bot.understanding.routine_form import routine_asked
from bot.understanding.small_talk import small_talk
from bot.understanding.team_tiltak import team_as_tiltak
from bot.understanding.told import COLLEAGUES, TOLD
from bot.understanding.told_worry import DUTY_ROUTINE, asks_what_if_told
from bot.understanding.topic_asked import plan_topic_asked
from bot.understanding.topic_followed import topic_followed

MAX_QUESTION_CHARS = 2000
"""Longer messages are not questions; only the privacy guard reads them in full."""

COMMAND_INTENTS = {
    "call": Intent.MEETING_CALL,
    "cancel": Intent.MEETING_CANCEL,
    "move": Intent.MEETING_MOVE,
}
"""What a command verb the grammar recognises («avlys», «flytt», «innkall») makes a message."""
COMMANDS_READ = frozenset(COMMAND_INTENTS.values())


def read_question(
    understanding: Understanding,
    routines: RoutineBook,
    text: str,
    kommune_id: str,
    folded: str | None = None,
) -> Understood:
    """What ``text`` asks, with the routine it is about. A command verb the grammar knows
    makes it that command — never something else. ``folded``: ``fold(strip_mentions(text))``
    when the caller has it (one fold per turn)."""
    short = len(text) <= MAX_QUESTION_CHARS  # else understanding reads the cut text
    understood = understanding.understand(
        text[:MAX_QUESTION_CHARS], kommune_id, folded=folded if short else None
    )
    # «hva vil kommunen oppnå med slt», «er kommunen pålagt ved lov å ha slt?»: the SLT work
    # itself, asked without the plan's own words (understanding/plan_asked.py)
    index = understanding.kb.get(understood.kommune_id) if understood.kommune_id else None
    understood = slt_itself_asked(understood, index)
    understood = plan_topic_asked(understood, index, text)  # «står det noe om … i planen?»
    understood = team_as_tiltak(understood, index)  # «hvem leder X i innsatsområde 1?»
    understood = relayed(understood, index)  # «hvem gjennomfører PMTO? en mor spurte»
    other = understanding.lexicon.other_meetings  # «når er neste møte i elevrådet?»
    if no_meeting_asked(understood, other):  # «hvor ofte skal vi ha slike øvelser?»: no group
        return asks.nothing_asked(understood)
    if other_body_led(understood, understanding.kb):  # «hvem er leder i FAU?»: no SLT group
        return asks.nothing_asked(understood)
    if page_only(understanding.kb, text):  # «hva står det på side 14 i SLT-planen?»: no page
        return asks.nothing_asked(understood)
    if level_of_unknown(understood, understanding.unknown):  # «hvilket nivå er matteprøven?»
        return asks.nothing_asked(understood)
    if laughed_off(text, understood.words, routines.joking, _harmless(understanding)):
        return asks.nothing_asked(understood)  # «skyter meg selv i foten …, lol»: a sigh
    plain = "<" not in text  # no mention markup: fold(text) is the same as ``folded``
    # «hei bot! hvordan har du det i dag?»: no question
    if small_talk(understanding.kb).only(understood.words):
        return quick_replace(
            understood, intent=Intent.UNKNOWN, cue="", options=(), routine=None, margin=None
        )
    told = understanding.told
    said = understood.words
    beyond = TOLD if told.only(text, said) else COLLEAGUES if told.to_colleagues(text, said) else ""
    # not «kan noen», nor a word synonyms read in («ungdomshelsestasjonen»: «… for ungdom»)
    read_in = set(understood.meant)
    someone = tuple(w for w in understood.words if w not in told.someone and w not in read_in)
    if beyond and not routines.asked.about_someone(someone):
        # a notice that asks nothing («Referat fagteam: … rutinen ved selvskading …») names a
        # routine, a tiltak or a group in passing, and a favour asked of the colleagues («kan
        # noen sende meg skjemaet?») is no question of the plan: none of them answers it
        # (understanding/told.py). One that tells of a person («ein gut på 14 har teikn på
        # cannabisbruk») may be a case: it is read as before, its routine and safety net kept.
        return quick_replace(
            understood,
            intent=Intent.UNKNOWN,
            cue="",
            options=(),
            routine=None,
            margin=None,
            beyond=beyond,
            group_lacked=None,  # «referat fagteam: …» in Gjesdal asks nothing of a fagteam either
        )
    # «faren til en elev slo rekord i maraton»: no «faren slo» – a verb the word after it makes
    # a figure of speech (understanding.yaml ``figure_verbs``) is no routine's trigger
    freed = _without_figures(understanding, folded if plain and folded is not None else fold(text))
    if freed is not None:
        matched = routines.match(freed, folded=freed)
    else:
        matched = routines.match(text, folded=folded if plain else None)
    # «hva må til før vi kan samarbeide om en ungdom på tvers av tjenester?»: consent first
    shared = shares_a_case(understood.words, bool(understood.group_id))
    matched = matched or (CONSENT if shared else None)
    # «hvordan skal skolene følge med på radikalisering?»: the topic's routine, its plan words
    matched = matched or topic_followed(understood.words, routines.by_topic)
    # «kan politiet ta en prat med sønnen hennes?»: the bekymringssamtale (police_talk.py)
    matched = matched or (POLICE_TALK if police_talk_asked(understood.words) else None)
    # «hvis et barn forteller noe etterpå, hva gjør jeg?»: the duty to report (told_worry.py)
    supposed = not matched and asks_what_if_told(understood.words)
    matched = DUTY_ROUTINE if supposed else matched
    routine = matched or understood.routine
    found = understood.about[:1] == (("routine", routine),)  # retrieval's choice, no phrase's
    lacks = None
    if not matched and routine and found:
        lacks = unmatched(
            understanding, kommune_id, "routine", routine, understood.rest, understood.meant
        )
    if lacks is not None:  # found by generic words alone («bekymring»): another topic's routine
        word = lacks.word if lacks.in_none else ""
        understood = quick_replace(understood, routine=None, lacks=word, options=())
        routine = None
    forms = understanding.lexicon.contact_forms
    if understood.intent is Intent.CONTACT_SERVICE and understood.cue in forms:
        # «hvem kontakter jeg om …»: who to reach, not the routine's steps – unless the form
        # asks for the person the case is about («… Hvem kan han snakke med?», case_talk.py)
        routine = routine if talks_of_the_case(understood, matched) else None
    kind = None if asks.no_command(understood) else kind_of(text[:MAX_QUESTION_CHARS])
    # «gjelder det også for han?», «hvor kjøper vi kaffe?»: nothing held is asked (leaning.py)
    if kind is None and asks.asks_nothing_held(
        understood.words, leaning(understanding.kb), understood.said
    ):
        return asks.nothing_asked(understood)
    intent = COMMAND_INTENTS[kind] if kind is not None else understood.intent
    if kind is None and intent in COMMANDS_READ and no_meeting_commanded(understood):
        intent = Intent.UNKNOWN  # «… bruker kontoen hans til å flytte penger» (command_told.py)
    if (
        kind is None
        and routine
        and (supposed or intent in COMMANDS_READ or asks.reads_routine(understood))
    ):
        intent = Intent.UNKNOWN  # «når skal vi innkalle til hastemøte» asks the routine
    if kind is None and routine:  # «har vi en rutine for …?», «rutine for …?»
        # «har Våler en handlingsplan mot …?» asks as «har kommunen …» does: kb.names holds
        # the kommuner's names folded (a coordinator's full name has a space, never a word)
        intent = routine_asked(understood.words, intent, understanding.kb.names)
    options = understood.options
    if kind is None and routine and intent is Intent.UNKNOWN and understood.group_id:
        # «hvor finner jeg samtykket for å ta opp en sak i fagteam?»: a case brought to the
        # group the routine book names, not which of the group's facts was meant.
        options = ()
    if (routine, intent, options) == (understood.routine, understood.intent, understood.options):
        return understood  # frozen: the same record as a copy with the same values
    margin = understood.margin if intent is understood.intent else None  # not its reading
    return quick_replace(understood, routine=routine, intent=intent, margin=margin, options=options)


def _without_figures(understanding: Understanding, folded: str) -> str | None:
    """``folded`` without the verbs the word after them makes a figure of speech («slo
    rekord», «slo seg ned»), or None when it has none."""
    words = tuple(folded.split())
    figure = understanding.lexicon.figure_verb
    kept = [w for i, w in enumerate(words) if not figure(words, i)]
    return " ".join(kept) if len(kept) < len(words) else None


def _harmless(understanding: Understanding) -> Callable[[str], bool]:
    """The danger check's «read and judged harmless» (``DangerCheck.look_alike``)."""
    from bot.compiled import Compiled  # here: bot.compiled builds the understanding

    return Compiled.of(understanding.kb).safety.look_alike


__all__ = ["COMMAND_INTENTS", "MAX_QUESTION_CHARS", "read_question"]
