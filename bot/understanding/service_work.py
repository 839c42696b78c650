"""A service asked for by what it does: «hvem jobber med ungdom som står utenfor skole og
jobb», «hvem samordner tjenestene for et barn med mange behov», «hvem tar seg av …».

Staff new to the kommune name a service by its work, not by its name. A question that opens
with a who-word and one of the work verbs of understanding.yaml (``question_form.services.
work``), names no group, level, role or tiltak, and whose need retrieval ranks a contact
first for (its aliases hold its work in the plan's own words) – or a tiltak, for the older
readings that did not already answer it – asks whom to contact: the services feature
(bot/features/organisation/services.py) then finds the service, or says honestly that the
plan names none.
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm

WORK_READINGS = frozenset(
    {Intent.UNKNOWN, Intent.DUTIES, Intent.TILTAK_LOOKUP, Intent.CONTACT_SERVICE}
)
"""The readings a who-and-work question got before: none, a group's duties with no group
named, a tiltak's text when the service that runs it is what is asked, or a contact reading
without the cue that says it asks whom (a rule that found the service retrieval ranked). Where
someone gets help («kor kan ein familie få hjelp …») may have read as the menu («hjelp») too."""


def by_work(
    intent: Intent,
    words: tuple[str, ...],
    about: tuple[tuple[str, str], ...],
    said: QuestionForm,
    known: bool,
    roles: tuple[str, ...] = (),
) -> str:
    """«hvem jobber»: the cue of a question that asks for a service by what it does, else ''.
    ``words``: the question's own sentence; ``known``: it names a group, level or tiltak, or
    (``roles``) a role in its own sentence – then that object's reading stands; a role in a
    remark beside it is the writer's («… Ny NAV-rådgiver her»). ``about``: retrieval's
    ranking; its first object must be a contact, or a tiltak read as none of its own."""
    opens = asks_by_work(words, said)
    if intent is Intent.CONTACT_SERVICE and words[1:2] and words[1] in said.in_service:
        opens = ""  # «hvem i kommunen tar imot bekymring …»: its own contact cue stands
    gets = where_gets(words, said)
    # «har vi noen utenfor skolen vi kan bruke …», «noen vi kan ringe for å få hjelp med …»:
    # someone to turn to – never the offer read, nor the menu for its «hjelp»
    someone = opens.split()[:1] in ([w] for w in said.service_anyone)
    if (
        not (opens or gets)
        or known
        or not set(roles).isdisjoint(words)
        or intent not in (WORK_READINGS | {Intent.HELP} if gets or someone else WORK_READINGS)
        or not about
    ):
        return ""
    # where someone gets help: a routine is what to do, never where help is got («kor kan ein
    # familie få hjelp når det er mykje krangling heime? ikkje vald»), so the first service;
    # nor is it who in the kommune does the work («… sliter med rus. hvem i kommunen kan han
    # snakke med?»)
    # «hvem kan en elev som ruser seg snakke med?»: whom the one cared for turns to is a
    # service too, never the routine's steps – the need decides it, or the honest «none»
    talked = talks_later(words, said)
    placed = gets or talked or asks_in_kommune(words, said)
    kinds = [k for k, _ in about if not (placed and k == "routine")]
    kind = kinds[0] if kinds else ""
    strong = gets or someone or intent is not Intent.TILTAK_LOOKUP
    # «… finnes det noen utenfor skolen som kan mekle?»: where the someone is («utenfor
    # skolen») ranks what it is no need of first (skolelos's «falle utenfor skolen»); the
    # services feature ranks the need without those words (services.ranked), or says honestly
    # that the plan names none – so a contact near the top is enough
    near = bool(someone_where(words, said)) and "contact" in kinds[:SOMEONE_NEAR]
    if kind == "contact" or near or talked or (kind == "tiltak" and strong):
        return opens or f"{words[0]} {words[1]}"
    return ""


def asks_by_work(words: tuple[str, ...], said: QuestionForm) -> str:
    """«hvem jobber med …», «hvem kan mekle …», «finnes det noen som kan snakke med …»: a
    who-word first and a work verb right after it (or after a modal), or a who-word or «noen
    som» later, after a scene, and a modal and a work verb – someone asked for by what they
    do; the words that ask it («hvem kan», «som kan»: the reader's cue), else ''. A talk
    verb counts only after the modal («hvem kan snakke med en ungdom som …»):
    «hvem snakker» alone asks who is speaking."""
    if opens_by_work(words, said):
        return f"{words[0]} {words[1]}"  # «hvem jobber», «hvem i» («… kommunen jobber»)
    # the question may follow a scene: «to elever i en konflikt …, finnes det noen som kan …»
    starts = [(i, i + 1) for i, w in enumerate(words) if w in said.service_who]
    starts += [
        (i + 1, i + 2) for i in range(len(words)) if words[i : i + 2] in said.service_someone
    ]
    for who, at in starts:
        if _can_do(words[at : at + 3], said) or _placed(words, who, said):
            return f"{words[who]} {words[at]}"  # «hvem kan», «som kan», «hvem i»
    return someone_to_use(words, said)


HERE = frozenset({"kommunen", "kommuna", "kommune", "oss"})
"""Where a who-word asks within («hvem i kommunen», «hvem hos oss»): the kommune's services,
never a service named («hvem i NAV …» asks that service's people)."""


def asks_in_kommune(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«…, hvem i kommunen jobber med sånne?» anywhere in the message (:func:`_placed`): a
    case told before it asks whom in the kommune to turn to, not a routine's steps."""
    return any(_placed(words, i, said) for i, w in enumerate(words) if w in said.service_who)


def _placed(words: tuple[str, ...], who: int, said: QuestionForm) -> bool:
    """«…, hvis ikke NAV, hvem i kommunen jobber med sånne?», «hvis det ikke er barnevernet,
    hvem i kommunen kan han snakke med?»: after a scene, a who-word and where the asker looks
    (:data:`HERE`), then a work verb or a modal with a work or talk verb. Where the asker
    looks is what the contact cue («hvem kan han snakke med») lacks between its words, so a
    talk verb counts here after whoever would talk."""
    if words[who] not in said.service_who or words[who + 2 : who + 3] == ():
        return False
    if words[who + 1] not in said.in_service or words[who + 2] not in HERE:
        return False
    verb = words[who + 3 : who + 6]
    if verb[:1] and verb[0] in said.service_work:
        return True
    talks = len(verb) > 2 and verb[0] in said.service_can and verb[1] in said.service_subject
    later = _talks_later(words[who + 3 :], said)  # «… kan en ungdom som ruser seg snakke med»
    return _can_do(verb, said) or (talks and verb[2] in said.talk) or later


TOLD = 11
"""How far after the one cared for the talk verb may stand: «kan en gutt på 16 som ruser seg
snakke med», «kan en ungdom som har droppet ut av skolen snakke med» (the words synonyms.yaml
reads in, «falle utenfor», count too)."""


def talks_later(words: tuple[str, ...], said: QuestionForm) -> bool:
    """:func:`_talks_later` from any modal of ``words``."""
    return any(_talks_later(words[i:], said) for i, w in enumerate(words) if w in said.service_can)


def _talks_later(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«kan en ungdom som ruser seg snakke med», «kan ei jente på 14 prate med»: a modal, then
    someone cared for told in a few words (:data:`TOLD`), then a talk verb and «med» – whom the
    person the writer asks for can turn to (``words``: from the modal)."""
    if len(words) < 4 or words[0] not in said.service_can:
        return False
    if said.cared_for.isdisjoint(words[1:3]):
        return False
    return any(
        words[i] in said.talk and words[i + 1 : i + 2] and words[i + 1] in said.talk_with
        for i in range(2, min(len(words), 2 + TOLD))
    )


SOMEONE_NEAR = 3
"""How far down retrieval's ranking a contact may stand when the question says where the
someone asked for is («noen utenfor skolen …»): those words rank other objects first."""
GAP = 5
"""How far after «noen» its modal may stand («noen ei jente på 14 kan snakke med»)."""


def someone_where(words: tuple[str, ...], said: QuestionForm) -> frozenset[str]:
    """«noen utenfor skolen vi kan bruke»: the words from «noen» to the verb after its modal
    ask for someone and say where they are or who turns to them, never the need («utenfor
    skolen» is no skolelos's «falle utenfor skolen» there); empty when the question asks no
    someone so."""
    cue = someone_to_use(words, said).split()
    if not cue:
        return frozenset()
    start = next(i for i, w in enumerate(words) if w == cue[0] and words[i + 1 :].count(cue[1]))
    end = words.index(cue[1], start)
    verb = 2 if words[end + 1 : end + 2] and words[end + 1] in said.service_subject else 1
    if words[end + verb : end + verb + 1] and words[end + verb] in said.service_work:
        verb -= 1  # «… som kan mekle»: what they would do is the need, not how it is asked
    return frozenset(words[start : end + verb + 1])


def someone_to_use(words: tuple[str, ...], said: QuestionForm) -> str:
    """«finnes det noen utenfor skolen vi kan bruke?», «har vi noen ei jente kan snakke med
    om prevensjon?»: «noen» as a pronoun (the word after it is who turns to them, where they
    are or whom they are for, never a thing: «noen tips vi kan bruke»), then within
    :data:`GAP` words a modal and a verb of turning to someone – the words «noen … kan»
    (the reader's cue), else ''."""
    for i, word in enumerate(words[:-2]):
        if word not in said.service_anyone or words[i + 1] not in said.service_anyone_next:
            continue
        for j in range(i + 1, min(i + 1 + GAP, len(words))):
            if _can_do(words[j : j + 3], said):
                return f"{word} {words[j]}"
    return ""


def opens_by_work(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvem jobber med …», «hvem kan snakke med …»: the message opens with the question – no
    case told before it (a case told first keeps its routine: bot/features/routines/
    asks_routine.py)."""
    if len(words) <= 2 or words[0] not in said.service_who:
        return False
    # «hvem i kommunen jobber med …», «hvem hos oss følger opp …»: where the asker looks
    # stands between the who-word and the work verb (a group or role named there is ``known``)
    at = 3 if words[1] in said.in_service else 1
    return (
        (len(words) > at and words[at] in said.service_work)
        or _can_do(words[at : at + 3], said)
        or _talks_later(words[at:], said)
    )


def _can_do(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«kan mekle», «kan snakke», «kan vi bruke», «kan jeg ringe»: a modal, then a work, talk
    or use verb (``words``: up to three from the modal). Who would do it may stand between
    before a work or use verb; «hvem kan jeg snakke med» names no need and is the contact
    cue's (the kommune's services)."""
    if len(words) < 2 or words[0] not in said.service_can:
        return False
    if words[1] in said.service_subject:
        return len(words) > 2 and words[2] in said.service_work | said.service_use
    return words[1] in said.service_work | said.talk | said.service_use


def asks_whom_for_need(asked: frozenset[str] | set[str], said: QuestionForm) -> bool:
    """«mora sier de ikke har penger til mat, hvem hjelper med sånt?», «har ingen jobb eller
    penger – hvem kan vi ringe?»: someone asked for (a who-word or «noen») and what they would
    do or be turned to for (a work, talk or use verb). A money word there is the need a
    service meets, never a cost or a sum asked of an object (facts_asked.unanswered_in)."""
    someone = said.service_who | said.service_anyone
    doing = said.service_work | said.service_use | said.talk
    return not someone.isdisjoint(asked) and not doing.isdisjoint(asked)


NEAR = 8
"""How far into the question the get-verb and whom it is for stand («hvor kan en ungdom med
rusproblem få …»)."""


def where_gets(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvor kan en ungdom med rusproblem få støttesamtaler?», «kor får familien hjelp»: a
    where-word first, someone cared for and a get-verb near it – where a service gives it, not
    the tiltak's text (a tiltak ranked first stands for the service that runs it). «hvor
    får jeg tak i …» names no one cared for and is the contact cue's."""
    near = set(words[1:NEAR])
    return (
        len(words) > 3
        and words[0] in said.service_where
        and not said.service_get.isdisjoint(near)
        and not said.cared_for.isdisjoint(near)
    )


__all__ = [
    "WORK_READINGS",
    "asks_by_work",
    "asks_in_kommune",
    "asks_whom_for_need",
    "by_work",
    "opens_by_work",
    "someone_to_use",
    "someone_where",
    "talks_later",
    "where_gets",
]
