"""Question forms that ask something other than a fact: whom to call, a task, whether
something is in the plan or someone must be told, and a routine asked with a meeting's words
in passing.

Kept apart from ``rules.py`` (the forms that pick between the knowledge's answers) because
these send a message away from the answer its words would otherwise get: to the numbers to
call, to the honest «vet ikke», or to the routine.
"""

from __future__ import annotations

import itertools

from bot.frozen_init import quick_replace
from bot.understanding.asks_form import CALL_REACH, FOLLOW_UP_WORDS, PLAN_END, TOLD_REACH
from bot.understanding.intents import Intent
from bot.understanding.leaning import Leaning
from bot.understanding.question_form import QuestionForm
from bot.understanding.understood import Understood


def asks_whom_to_call(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvem ringer jeg etter kontortid hvis et barn ikke kan være hjemme», «kor kan ungdom
    ringa anonymt om dei har det vondt heime»: whom to call, no service named – the numbers
    to call answer it (the barnevernvakt, the helplines), never «vet ikke» and never a guess
    at one service, when it speaks of someone (features/organisation/contacts.py). The
    danger check has read the message first. The words: understanding.yaml
    ``question_form.asks``, as for every form here."""
    asks = said.asks
    return tuple(words[:1]) in asks.call_start and not asks.call_verbs.isdisjoint(
        words[1:CALL_REACH]
    )


def line_asked(
    intent: Intent, cue: str, service_named: bool, coordinator: bool, said: QuestionForm
) -> Intent:
    """Whom a call or contact question reaches: the coordinator when it names the coordinator
    («hvordan får jeg tak i slt-koordinator»); the service it names when it asks to call that
    service anonymously («kan foreldre ringe anonymt til barnevernet?»: a way of calling, not
    the helplines; understanding.yaml ``question_form.asks.anonymous``); else the reading as
    it is."""
    if intent in (Intent.CONTACT_SERVICE, Intent.HOTLINES) and coordinator:
        return Intent.COORDINATOR
    cues = said.asks.anonymous
    anonymous = any(word.startswith(cues) for word in (cue, *cue.split()))
    if intent is Intent.HOTLINES and service_named and anonymous:
        return Intent.CONTACT_SERVICE
    return intent


def asks_a_task(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«skyt inn et punkt på agendaen til neste arbeidsgruppemøte», «kan du bestille møterom»,
    «kan du skrive en søknad for meg»: a task, not a question – the honest «vet ikke», never
    the next meeting or the group it names. The commands the bot does take (innkall, avlys,
    flytt) are read by the command grammar before this."""
    asks = said.asks
    rest = words[2:] if tuple(words[:2]) in asks.asked_of_you else words
    return bool(rest) and rest[0] in asks.tasks


def asks_if_in_plan(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«politiet hadde kurs om knivvold for 10. trinn, var det en del av slt-planen?»:
    whether one thing done was part of the plan. Retrieval found no tiltak for it (else the
    tiltak answers), and the plan's own sheet does not say – the honest «vet ikke». (A topic
    asked for in the plan, «finnes det noe om radikalisering i planen», keeps the plan's
    sheet: its innsatsområder show what the plan covers.) The words: understanding.yaml's
    ``question_form.told``."""
    return has_in_plan(words, said) or any(
        tuple(words[i : i + 2]) in said.in_plan
        and not said.plan_names.isdisjoint(words[i + 2 : i + 4])
        for i in range(len(words) - 2)
    )


def has_in_plan(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«har vi Steg for steg i planen?»: whether one named thing (a programme, a service) is
    in the plan, asked with «har vi … i planen». Retrieval found nothing of the plan's for it
    (the caller's guard), so the plan's own sheet would read as a yes."""
    # «har vi noe om rus i planen»: a topic asked for, which the plan's innsatsområder show
    if tuple(words[:2]) not in said.asks.have_we or not said.asks.some.isdisjoint(words):
        return False
    end = tuple(w for w in words[-PLAN_END - 2 :] if w != "slt")  # «i slt-planen»
    return any(w == "i" and n in said.plan_names for w, n in itertools.pairwise(end))


def routine_named(understood: Understood) -> bool:
    """«kva er rutina ved rusbekymring? spør berre for å vite det til neste gong»: the message
    names a routine by the word «rutine» and no group – «neste gang» is no meeting asked."""
    q = understood
    return (
        q.intent in (Intent.NEXT_MEETING, Intent.MEETING_PLAN)
        and not (q.group_id or q.level)
        and any(w.startswith(q.said.asks.routine_word) for w in q.words)
    )


def logs_measures(understood: Understood) -> bool:
    """«hvor skal tiltakene for eleven loggføres når flere tjenester er inne?»: the measures
    around one child, logged – the duty-to-report routine's step «Skriv ned …» (Våler's
    Stafettloggen), not a tiltak of the plan that «tiltakene for» read (it gave Våler's
    fritidstilbud). Not when the plan is named («loggføres tiltakene i handlingsplanen?»)."""
    q, asks = understood, understood.said.asks
    return (
        q.intent is Intent.TILTAK_LOOKUP
        and q.tiltak_number is None
        and any(w.startswith(asks.logged) for w in q.words)  # «loggføres», «loggført»
        and not any(w.startswith(asks.plan_words) for w in q.words)
    )


SCENE_READINGS = frozenset(
    {
        Intent.TILTAK_LOOKUP,
        Intent.TILTAK_FOR_ROLE,
        Intent.BTI,
        Intent.DUTIES,
        Intent.MEMBERS,
        Intent.PLAN,
        Intent.HELP,
    }
)
"""Readings a tiltak, a group or BTI named in a message's scene gives it («Robust ungdom er i
gang, men …»), which a routine asked for after it overrules (:func:`routine_asked_for`)."""
WHICH_REACH = 3
"""The which-word stands this close before the routine noun: «hva sier egentlig rutinen»."""


def routine_asked_for(understood: Understood) -> bool:
    """«Robust ungdom er i gang, men hva er rutinen hvis en elev ruser seg?», «vi har
    oppvekstteam og BTI, men hvilken rutine gjelder ved fravær?»: the routine asked for by a
    which-word just before the routine noun (understanding.yaml ``asks.routine_which``,
    ``routine_nouns``); a tiltak, a group or BTI named in the scene is not what is asked."""
    q, asks = understood, understood.said.asks
    words = q.words
    return q.intent in SCENE_READINGS and any(
        w.startswith(asks.routine_nouns)
        and not asks.routine_which.isdisjoint(words[max(0, i - WHICH_REACH) : i])
        for i, w in enumerate(words)
    )


def reads_routine(understood: Understood) -> bool:
    """For a message that names a routine (the caller found it): the routine, not what the
    reader chose – «rutine» named with no group (:func:`routine_named`), or a contact only
    retrieval read, no cue: «vold i nære relasjoner» got Vold- og overgrepslinjen alone, no
    step of the routine; measures logged (:func:`logs_measures`); a routine asked for after a
    scene that names a tiltak or a group (:func:`routine_asked_for`)."""
    q = understood
    return (
        (q.intent is Intent.CONTACT_SERVICE and not q.cue)
        or routine_named(q)
        or logs_measures(q)
        or routine_asked_for(q)
    )


def asks_whether_told(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«brannalarmen gikk på ungdomshuset i går, alt i orden. trenger SLT-k å vite?»:
    whether someone must be told of something. No plan lists what the coordinator must hear
    of; the coordinator's sheet would read as a yes – the honest «vet ikke», which names the
    coordinator, is the answer. The words: understanding.yaml's ``question_form.told``."""
    if not said.asking_words.isdisjoint(words):
        return False  # «jeg trenger å vite hvem koordinatoren er»: a question of its own
    return any(
        w in said.must_words
        and words[i - 1 : i] not in said.asker  # «jeg må vite …» is the asker's own need
        and not said.told_words.isdisjoint(words[i + 1 : i + TOLD_REACH])
        for i, w in enumerate(words)
    )


TILTAK_QUESTIONS = frozenset({Intent.TILTAK_OWNER, Intent.TILTAK_LOOKUP, Intent.TILTAK_FOR_ROLE})


def names_a_tiltak_first(understood: Understood) -> bool:
    """«Utsett på foreldremøtene – hvem har ansvaret?»: the first word is a command verb
    («utsett») and also the name of a tiltak the question asks about by its own cue – a
    question about the tiltak, never a meeting moved. A bare «utsett» (the verb as the cue)
    stays a command."""
    q = understood
    first = q.words[:1]
    return (
        q.intent in TILTAK_QUESTIONS
        and bool(first)
        and q.cue != first[0]
        and ("tiltak", first[0]) in q.about
    )


def asks_after_verb(understood: Understood) -> bool:
    """«Utsett på foreldremøtene – hvem har ansvaret?»: a question word after the first word
    (understanding.yaml ``question_form.wh_words``) – a question, never a command, also
    where the first word names no tiltak. A command names a group, a day and a time."""
    return not understood.said.wh_words.isdisjoint(understood.words[1:])


def no_command(understood: Understood) -> bool:
    """A message that starts with a command verb but is a question (the two above)."""
    return names_a_tiltak_first(understood) or asks_after_verb(understood)


def only_follows_up(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«samme for jevnaker?», «samme i gjesdal», «samme som i går?»: the question is an earlier
    one's («samme om utenforskap» is the tiltak «Sammen om …» mistyped; «samme som
    styringsgruppa?» names what it compares)."""
    asks = said.asks
    words = words[1:] if words[:1] and words[0] in asks.opening else words  # «det samme …»
    carried = words[1:2] in asks.carried
    # «samme som i går?», «samme som sist»: back in time, at a question the bot keeps no memory of
    back = words[1:2] == ("som",) and bool(words[2:]) and asks.as_before.issuperset(words[2:])
    short = len(words) <= FOLLOW_UP_WORDS + int(back)
    return bool(words) and words[0] in asks.follow_up and (carried or back) and short


def takes_back(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«… Hvem er politikontakt forresten? Nei tuller, hvor er kaka?»: the message takes its
    question back – no part of it is asked, however it splits."""
    return bool(set(itertools.pairwise(words)) & said.asks.taken_back)


def asks_nothing_held(words: tuple[str, ...], leaning: Leaning, said: QuestionForm) -> bool:
    """Nothing the plans hold is asked: a task («kan du bestille møterom»), a question the
    message takes back, a bare follow-up («samme for jevnaker?»), someone's private number
    or address («telefonnummeret til politikontakten på privaten hans») – no plan has one,
    and the role's sheet would read as an answer –, or a penalty (:func:`asks_the_penalty`: a
    routine's steps are none), a follow-up leaning on an earlier answer or a purchase
    (leaning.py). The honest «vet ikke», naming the coordinator, answers each."""
    asks = said.asks
    private = asks.private_start.search("\0".join(words)) is not None and any(
        any(r in w for r in asks.reach) for w in words
    )
    law = asks_the_penalty(words, said)
    held = only_follows_up(words, said) or leaning.leans_on_before(words)
    held = held or leaning.asks_where_to_buy(words)
    return asks_a_task(words, said) or takes_back(words, said) or private or held or law


def asks_the_law(words: tuple[str, ...], said: QuestionForm) -> bool:
    """What the law says: «hva sier loven om …», «er det (ikke) lov/forbudt å …», or a penalty
    (:func:`asks_the_penalty`) – understanding.yaml ``question_form.law``, ``law_asked``. The
    young it names are the law's, no case («hun er redd for straffen» is no question)."""
    if _asked_first(words, said) and not said.law.isdisjoint(words):
        return True
    return asks_the_penalty(words, said) or _law_of_an_act(words, said.law_asked)


def asks_the_penalty(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A penalty asked: «hva er straffen for å selge hasj til mindreårige?», «er det
    straffbart å …» (``question_form.penalty``). No plan says what a penalty is."""
    if _asked_first(words, said) and not said.penalty.isdisjoint(words):
        return True
    return _law_of_an_act(words, said.penalty)


def _asked_first(words: tuple[str, ...], said: QuestionForm) -> bool:
    return bool(words) and words[0] in said.wh_words


def _law_of_an_act(words: tuple[str, ...], asked: frozenset[str]) -> bool:
    """«er det (ikke) X å …»: what the law says of an act in general («å»)."""
    rest = words[2:] if words[:2] == ("er", "det") else ()
    rest = rest[1:] if rest[:1] == ("ikke",) else rest
    return len(rest) >= 2 and rest[0] in asked and rest[1] == "a"


def nothing_asked(understood: Understood) -> Understood:
    """The honest «vet ikke» reading of a message that asks nothing the plans hold: no
    routine, no options and no words left for a fallback to find a service or role in
    (the politikontakt a taken-back question named is not asked)."""
    return quick_replace(
        understood, intent=Intent.UNKNOWN, routine=None, options=(), words=(), rest=()
    )
