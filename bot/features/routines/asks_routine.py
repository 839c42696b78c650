"""Whether a message that names a routine's topic asks for the routine: not a question about
the organisation or the plan («hvor mange ungdommer ruser seg», «tiltak mot vold»), not a
joke, not the topic in passing, not material asked for – and whether it asks calmly (no person
a case could be about), so the routine answers without the alarm's first line.
"""

from __future__ import annotations

import itertools

from bot.features.routines.no_case import no_case_said
from bot.features.routines.offence_next import offence_next
from bot.features.routines.step_asked import term_asked
from bot.router import Turn
from bot.understanding import Intent, Understood
from bot.understanding.case_shared import parents_take_part, shares_a_case
from bot.understanding.counts import COUNT_CUE
from bot.understanding.police_talk import police_talk_asked
from bot.understanding.question_form import QuestionForm
from bot.understanding.service_work import opens_by_work, where_gets
from bot.understanding.told_worry import supposed_telling

ORGANISATION_INTENTS = frozenset(
    {
        Intent.TILTAK_MINE,
        Intent.TILTAK_STATUS,
        Intent.TILTAK_DEADLINE,
        Intent.TILTAK_OWNER,
        Intent.TILTAK_FOR_ROLE,
        Intent.MEETING_CALL,
        Intent.MEETING_CANCEL,
        Intent.MEETING_MOVE,
        Intent.LINK_CHANNEL,
        Intent.LINK_TEAM,
        Intent.HELP,
        Intent.MEETING_PLAN,
        Intent.NEXT_MEETING,
        Intent.TILTAK_LOOKUP,
        Intent.HOTLINES,
    }
)
"""Intents that are plainly about the organisation or the plan, whatever words they contain."""

CUED_ONLY = frozenset({Intent.TILTAK_LOOKUP, Intent.HOTLINES})

PLAN_OBJECTS = frozenset({Intent.TILTAK_LOOKUP, Intent.PLAN})
"""Readings of an object in the plan that retrieval decides with a margin
(``Understood.margin``)."""

_SPECIFIC = frozenset(
    {
        Intent.MEMBERS,
        Intent.INNKALLER,
        Intent.MOTELEDER,
        Intent.SEKRETAR,
        Intent.FREQUENCY,
        Intent.ROLE_GROUPS,
        Intent.COORDINATOR,
        # «… er i ferd med å droppe ut. Har vi en ungdomslos man kan kontakte?»: a cue that asks
        # how to reach a role or group the question names asks whom to reach, the case is why
        Intent.CONTACT_SERVICE,
    }
)


def about_organisation(q: Understood) -> bool:
    """A question about who/when/how often for a named group, or about the action plan.

    A tiltak or hotline question counts only when its own words say so («tiltak mot vold»);
    one that retrieval guessed («hva er rutinen ved vold …») leaves the routine to answer.
    """
    if q.intent is Intent.UNKNOWN and q.cue == COUNT_CUE:
        return True  # «hvor mange ungdommer ruser seg»: a statistic, not a routine question
    if _asks_its_rule(q):
        return False  # «må jeg ha samtykke før jeg melder en sak til operativ gruppe?»
    if q.intent in CUED_ONLY:
        return bool(q.cue) or (q.intent is Intent.TILTAK_LOOKUP and _asks_the_plan(q.words))
    if q.intent in ORGANISATION_INTENTS:
        return True
    return (
        q.intent in _SPECIFIC
        and bool(q.cue)
        and bool(q.group_id or q.level or q.role_words or q.intent is Intent.COORDINATOR)
    )


MUST_ASKS = frozenset(
    {("ma", "jeg"), ("ma", "vi"), ("trenger", "jeg"), ("trenger", "vi"), ("kreves", "det")}
    | {("ma", "eg"), ("ma", "me"), ("treng", "eg"), ("treng", "me"), ("do", "i"), ("bor", "jeg")}
)
"""«må jeg ha …», «trenger vi …», «kreves det …»: whether a rule binds the writer."""


def _asks_its_rule(q: Understood) -> bool:
    """Whether the writer must do what the routine is named for («må jeg ha samtykke før jeg
    melder en sak til operativ gruppe?», «trenger jeg samtykke for å ta opp en elev i
    oppvekstteamet»): the routine answers, not the group's innkaller or the coordinator."""
    routine = q.routine or ""
    named = any(w.startswith(routine) for w in q.words) if routine.isalpha() else False
    return named and any(pair in MUST_ASKS for pair in itertools.pairwise(q.words))


def _asks_by_work(q: Understood, said: QuestionForm) -> bool:
    """A service asked for by what it does («hvem gir oppfølging til ungdom med ruskontrakt»,
    bot/understanding/service_work.py): whom to reach; the routine's topic names its work.
    Only when the message opens so: a case told before the question («… han har skrevet at
    demokratiet må knuses med vold. Hvem tar jeg kontakt med?») keeps the routine."""
    first, _, work = q.cue.partition(" ")
    if q.intent is Intent.CONTACT_SERVICE and first in said.service_where:
        return where_gets(q.words, said)  # «hvor kan en ungdom med rusproblem få …»
    # «hvem kan snakke med en ungdom som …»: a modal before the work verb, as the reader's
    return q.intent is Intent.CONTACT_SERVICE and (
        (first in said.service_who and work in said.service_work and q.words[:2] == (first, work))
        or opens_by_work(q.words, said)
    )


CONSENT = "samtykke"
"""The routine for consent to share a case's information (routines.yaml)."""

WHERE_FOUND = frozenset({"finner", "finne", "ligger", "ligg", "finn", "finst", "fins", "finnes"})
"""«hvor finner jeg samtykket …»: where the thing a routine is named for is kept."""


def _where_its_paper(q: Understood) -> bool:
    """«hvor finner jeg samtykket for å ta opp en enkeltsak i fagteam?»: where the thing the
    routine is named for (its id, a plain word: «samtykke») is kept – the routine says where
    («Samtykkeskjemaet ligger i SLT-Teamsrommet»), though no case is told and «rutine» is not
    said."""
    routine = q.routine or ""
    if not routine.isalpha() or ("hvor" not in q.words and "kvar" not in q.words):
        return False
    named = any(w.startswith(routine) for w in q.words)
    return named and not WHERE_FOUND.isdisjoint(q.words)


PLAN_PLACES = frozenset({"planen", "handlingsplanen", "sltplanen", "handlingsplan", "planet"})


def _asks_the_plan(words: tuple[str, ...]) -> bool:
    """«vi skal ha vold og overgrep som tema på personalmøtet. hvilken kompetanseheving på å
    snakke med barn står i planen?»: a tiltak retrieval found, asked of the plan – what the
    plan holds, not what to do in a case (unless the routine itself is named)."""
    return not PLAN_PLACES.isdisjoint(words) and not any(w.startswith("rutine") for w in words)


def _asks_its_step(turn: Turn, q: Understood) -> bool:
    """«hva er påtaleunnlatelse med vilkår, og når bruker vi det?»: what a term the routine is
    named by means, which one of its steps holds (bot/features/routines/step_asked.py)."""
    if q.intent is not Intent.UNKNOWN:
        return False  # «hva heter handlingsplanen mot vold …?»: the plan read it
    resolved = turn.bot.routines.by_kommune.get(turn.kommune_id, {}).get(q.routine or "")
    return resolved is not None and term_asked(resolved, q.words, q.rest) is not None


def _fact_defines(q: Understood) -> bool:
    """«hva er hastemøtet?»: the reader read a term as the plan fact that says what it is (no
    cue, the fact first) – the plan's definition answers, as it does for «hva er et
    hastemøte?», however short the question."""
    return (
        q.intent is Intent.PLAN and not q.cue and q.about[:1] != () and q.about[0][0] == "planfact"
    )


def asks_routine(turn: Turn) -> bool:
    """The message asks for a routine its topic names – unless it asks whom or where for a
    need whose service the plan names («hvor tar jeg opp en elev som skulker mye?»:
    bot/features/needs/handlers.py ``routine_need`` answers it)."""
    from bot.features.needs.handlers import routine_need  # needs imports this module

    return routine_asked(turn) and not routine_need(turn)


def routine_asked(turn: Turn) -> bool:
    """A routine's topic named and asked for (the organisation, a joke, material, a plan
    object retrieval found aside)."""
    q = turn.understood
    if q is None or not q.routine or about_organisation(q) or q.intent is Intent.ROUTINE_LIST:
        return False
    if not turn.bot.routines.joking.isdisjoint(q.words):
        return False
    if _asks_by_work(q, turn.bot.understanding.lexicon.form):
        return False  # «hvem gir oppfølging til ungdom med ruskontrakt»: the service, no case
    if q.intent is Intent.BTI and not turn.bot.routines.asked.about_someone(q.words):
        return False  # «skal rusrutinen være del av bti?»: how BTI holds it, no case told
    asked = turn.bot.routines.asked.asked(q.words, cued=bool(q.cue)) or _where_its_paper(q)
    if not (asked or _asks_its_step(turn, q)):
        return False  # «quiz om rus til foreldremøtet»: the topic in passing, no case
    decided = (q.margin is not None and q.intent in PLAN_OBJECTS) or _fact_defines(q)
    if decided and not turn.bot.routines.asked.asks_itself(q.words):
        # «vold og overgrep som tema på personalmøtet – hvilken kompetanseheving på å snakke
        # med barn står i planen?»: retrieval clearly found a tiltak, and nothing but a child
        # named in passing asks for the routine.
        return False
    if q.routine == CONSENT and turn.bot.routines.asked.activity_consent(q.words):
        return False  # «må foresatte samtykke til leirskolen?»: the school's form, no case
    if turn.bot.routines.asked.sport_moment(q.words):
        return False  # «fikk et kvelertak i judo og vant sølv»: the match, no case
    if turn.bot.routines.asked.aside(q.words):
        # «hvilken film bør vi vise om vold i nære relasjoner», «kan noen sende meg fila …»:
        # material, a file or figures, not a case (RoutineAsked.aside).
        return False
    return q.routine in turn.bot.routines.by_kommune.get(turn.kommune_id, {})


def _case_to_share(q: Understood) -> bool:
    """«kan jeg ta opp en konkret ungdom med navn i fagteamet?»: whether a young person may be
    taken up with other services is asked before there is a case to tell – consent, as
    ``routine_aside.general``'s «samtykke» is (bot/understanding/case_shared.py)."""
    return q.routine == CONSENT and shares_a_case(q.words, bool(q.group_id))


def asked_calmly(turn: Turn) -> bool:
    """The message asks about a routine and tells no danger: it asks what the law says
    (``RoutineAsked.asks_the_law``: the people it names are the law's), or it names no person
    a case could be about (a child, a parent, «han», a worry – ``about_someone``) and the
    safety net's nearest examples do not read it as danger. A person named in a question in
    general («hva er rutinen hvis en elev ruser seg?», ``RoutineAsked.in_general``) is no case
    either. The danger rules have already left it quiet (a danger finding never reaches this
    handler); the net's reading is the one :func:`bot.features.doubt.doubted` asks for anyway
    (``SafetyNet.nearest`` keeps the turn's last)."""
    q = turn.understood
    asked = turn.bot.routines.asked
    if q is not None and (asked.asks_the_law(q.words) or no_case_said(turn.text or "")):
        return True  # the law's people; a drill, a course, theory (bot/safety_no_case.py)
    if q is not None and parents_take_part(q.words):
        return True  # «kan foreldre delta når sønnen deres drøftes?»: a meeting, no danger
    if q is None or (
        asked.about_someone(q.words)
        and not (
            asked.in_general(q.words)
            or supposed_telling(q.words)
            or _case_to_share(q)
            or _asks_its_rule(q)  # «må jeg si fra til foreldrene før jeg melder bekymring?»
        )
        and not offence_next(q.words)  # «15-åring tatt for butikktyveri, hva skjer videre»
        and not police_talk_asked(q.words)  # «kan politiet ta en prat med sønnen hennes?»
    ):
        return False  # «hvis et barn forteller noe, hva gjør jeg?» is asked in general too
    from bot.compiled import Compiled  # here: bot.compiled builds this book

    net = Compiled.of(turn.bot.kb).net
    return net is None or net.nearest(turn.text, turn.bot.safety.idioms) is None


__all__ = ["about_organisation", "asked_calmly", "asks_routine", "routine_asked"]
