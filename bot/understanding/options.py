"""What retrieval says a question is about, and the «Mente du …?» questions it offers.

When no cue, group or role decides a question, the best-ranked knowledge object does — but
only when it clearly beats the next object of another kind; when two readings are close the
bot asks back with the questions they stand for, never a guess. Kept apart from the reader
because the thresholds and the button texts change together and are tuned on their own.
"""

from __future__ import annotations

import re

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold
from bot.understanding.intents import NEEDS_GROUP, RETRIEVAL_INTENTS, Intent
from bot.understanding.normalise import stem
from bot.understanding.retrieval import Hit, KnowledgeSearch, terms

MIN_SCORE = 1.0
"""The BM25 score below which retrieval is not taken as what a question is about."""
MIN_COVERAGE = 0.6
"""At least half of the question's words must be found in the object it is taken to be about
(«hva blir været i helga» shares one word with the barnevernvakt's note; that is no match)."""
MARGIN = 1.7
"""The best object must beat a rival of another kind by this factor to answer directly. A
rival is any object holding enough of the question's words (``MIN_COVERAGE``), whatever its
score: a floor on the rival too would flip the answer whenever an object added elsewhere moved
the rival's BM25 score across it (understanding/confidence.py measures the margin)."""
HALF_COVERED = 0.5
FACT_FLOOR = 3.0
"""A plan fact found by half the question's words, scored this well (its rare own words,
«slt-midler», «ungdata», are what staff ask it by) and :data:`MARGIN` above every other
reading, answers: the rest of the question tells the case in passing («klasseturen sprengte
budsjettet», «til en sak i avisa»)."""


def fact_alone(hits: list[Hit]) -> bool:
    """Whether the best reading is a plan fact no other reading comes near (:data:`FACT_FLOOR`)."""
    if not hits:
        return False
    top = hits[0]
    rival = hits[1].score if len(hits) > 1 else 0.0
    return (
        top.doc.kind == "planfact"
        and top.score >= FACT_FLOOR
        and top.coverage >= HALF_COVERED
        and top.score > MARGIN * rival
    )


AREA_TILTAK = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka"})
"""An innsatsområde found, with these asked: its tiltak (features/tiltak/questions.py)."""
GOAL_RIVALS = frozenset({"plan", "group", "level", "note", "target", "planfact"})
"""Objects whose text says «mål» in passing; a tiltak's own goal stays the tiltak's."""


def from_retrieval(
    intent: Intent,
    hits: list[Hit],
    index: KommuneIndex | None,
    goal_stems: frozenset[str],
    asked: tuple[str, ...] = (),
    *,
    defined: bool = False,
) -> tuple[Intent, str | None, tuple[str, ...]]:
    """A question without a group, level or role: what retrieval says it is about.

    Confident when the best object clearly beats the next one of another kind; when two
    readings are close, the questions they stand for become «Mente du …?» options.
    ``defined``: the question asks what a word means («hva menes med …», «hva er en …»); the
    best object answers when its title opens with every word asked (:func:`defines`).
    """
    strong = [h for h in hits if h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE]
    if not strong and fact_alone(hits):
        strong = hits[:1]
    topic = _topic_routine(hits, asked)
    if index is None:
        return Intent.UNKNOWN, None, ()
    if not strong:
        return Intent.UNKNOWN, None, (question_for(topic, index),) if topic else ()
    top = strong[0]
    plan = next((h for h in strong if h.doc.kind == "plan"), None)
    goals_asked = bool(set(stem(asked)) & goal_stems)
    goals = plan is not None and top.doc.kind in GOAL_RIVALS and goals_asked
    if goals and plan is not None:
        # «hva er målet med slt»: a group's purpose also says «mål», but the goals the
        # question asks for are the plan's own.
        top = plan
    # «hva er de felles målene for ringerike, hole og jevnaker»: a plan fact holding every
    # word asked, goals among them, is the plan's own goals; a tiltak or a group sharing the
    # names but not the goals is no rival reading.
    whole = goals_asked and top.doc.kind in PLAN_FAMILY and top.coverage >= 1.0
    goals = goals or whole
    # a rival holding fewer of the words asked than a best reading that holds them all is
    # none («ansatte kan trene sammen med ungdom»: not the gathering «Sammen for ungdom»);
    # a contact stays one: its text is short, and «hvem kan følge opp …» asks for a service
    rivals = [
        h
        for h in hits
        if h.coverage >= MIN_COVERAGE
        and _family(h).isdisjoint(_family(top))
        and h.score * MARGIN > top.score
        and not (goals and h.doc.kind in GOAL_RIVALS)
        and not (top.coverage >= 1.0 and h.coverage < top.coverage and h.doc.kind != "contact")
    ]
    if defined and defines(top, asked):
        # «hva er en bekymringssamtale»: the tiltak «Bekymringssamtaler med politiet» says what
        # it is; a routine that lists the word among its triggers only uses it.
        return _intent_for(top, intent, index)
    offer = not SOMETHING.isdisjoint(asked)  # «har vi noe …», not «hvem kan …»: the contact
    if offer and topic is None and (owned := tiltak_of_owner(top, rivals, index)) is not None:
        return _intent_for(owned, intent, index)  # «tilbud for ungdom som dropper ut»
    if not rivals and (topic is None or topic is top):
        if (top.doc.kind, top.doc.key) == ("plan", "area") and AREA_TILTAK.intersection(asked):
            return Intent.TILTAK_LOOKUP, None, ()  # «hva er fokustiltakene»: the area's tiltak
        return _intent_for(top, intent, index)
    # a bare topic («rus») that names a routine is asked back with the routine first, however
    # clearly one tiltak leads the others
    readings = (top, *rivals) if topic is None else (topic, top, *rivals)
    options = [question_for(h, index) for h in readings]
    return Intent.UNKNOWN, None, tuple(o for o in dict.fromkeys(options) if o)[:3]


LEAD_END = re.compile(r"[:.;](?:\s|$)")
"""Where a title's lead ends: «Bekymringssamtaler med politiet. Få ungdom til …»."""


def defines(hit: Hit, asked: tuple[str, ...]) -> bool:
    """The object's title or name opens with every word a meaning question asks about: the
    plan's own name for the thing, so its text is the definition («TryggEst – vern for
    risikoutsatte voksne: …», «Universell, selektiv og indikativ forebygging»). A word only
    a text or a routine's trigger list holds is used there, not defined. «tiltaket» names
    the kind of object asked about («hva er tiltaket med bekymringssamtaler»), not the thing."""
    wanted = set(terms(asked)) - (TILTAK_TERMS if hit.doc.kind == "tiltak" else set())
    lead = LEAD_END.split(hit.doc.label, maxsplit=1)[0]
    return bool(wanted) and wanted <= set(terms(fold(lead).split()))


TILTAK_TERMS = frozenset(terms(tuple(AREA_TILTAK)))


STRONG = 2.0
"""A score only an object the question's own words name reaches («stafettloggen» for BTI);
«hjelpe» in «hva kan du hjelpe med» finds a contact that says «hjelp» far below it."""


def beside_help(
    rest: tuple[str, ...], hits: list[Hit], index: KommuneIndex | None, goal_stems: frozenset[str]
) -> tuple[Intent, str | None] | None:
    """«hvordan bruker jeg stafettloggen»: a help cue («hvordan bruker jeg», «hva vet du»)
    beside something retrieval clearly finds asks about that, not for the menu."""
    if not rest or not hits or hits[0].score < STRONG:
        return None
    found, group, _ = from_retrieval(Intent.UNKNOWN, hits, index, goal_stems)
    return None if found is Intent.UNKNOWN else (found, group)


HALF = 0.5
"""The share of a question's words a tiltak must hold when «planen» only says where to look."""


def tiltak_in_plan(hits: list[Hit], tiltak_asked: bool, asked: tuple[str, ...] = ()) -> bool:
    """«er det noe tiltak i planen om samtalegruppe for barn som har mistet mor eller far»,
    «kan politiet snakke med 9. trinn om bildedeling? har vi noe sånt i planen»: «planen»
    says where to look, and a tiltak holding half of the rest is what is asked about – when
    the question says «tiltak» itself, or the tiltak ranks far above any other reading, or
    it ranks first and its title opens with every word ``asked`` («hva står det i planen om
    bekymringssamtaler?»: tiltak 27 «Bekymringssamtaler med politiet», :func:`defines`)."""
    tiltak = next((h for h in hits if h.doc.kind == "tiltak"), None)
    if tiltak is None or tiltak.score < MIN_SCORE:
        return False
    if hits[0] is tiltak and defines(tiltak, asked):
        return True
    if tiltak.coverage < HALF:
        return False
    if tiltak_asked:
        return True
    other = next((h for h in hits if h.doc.kind != "tiltak"), None)
    return hits[0] is tiltak and (other is None or tiltak.score > other.score * MARGIN)


ASKED = 0.34
"""A tiltak holding a third of the words is worth offering back (never answered on it)."""


def tiltak_or_other(hits: list[Hit], index: KommuneIndex | None) -> tuple[str, ...]:
    """«vi så filmen sinna mann i klassen, er det en del av slt-planen?»: a tiltak ranks first,
    but holds too few of the words or another reading is close (:func:`tiltak_in_plan` found
    no margin). The plan's own sheet answers neither: ask back with the two, and the plan."""
    tiltak = hits[0] if hits and hits[0].doc.kind == "tiltak" else None
    if index is None or tiltak is None or tiltak.score < MIN_SCORE or tiltak.coverage < ASKED:
        return ()
    rival = next((h for h in hits[1:] if h.doc.kind != "tiltak"), None)
    readings = [question_for(h, index) for h in (tiltak, *((rival,) if rival else ()))]
    return tuple(dict.fromkeys(q for q in (*readings, _ASKS["note"]) if q))


WEAK_TOPIC = 0.25
"""A tiltak asked for by topic («noe tiltak mot gaming?») that holds less than this share of
the question's words was found on a word in passing («gutta» read as «Guttas campus»)."""


ROUTINE_RANK = 2
"""How high retrieval must rank a routine for a tiltak's name to be read as that routine's."""


def routine_by_tiltak_name(
    phrase: str,
    about: tuple[tuple[str, str], ...],
    words: tuple[str, ...],
    search: KnowledgeSearch | None,
    generic: frozenset[str],
    tiltak_signs: frozenset[str],
) -> str | None:
    """«rutine rusbekymring jevnaker»: the name of a tiltak that makes a routine («Felles
    rutine ved rusbekymring/mistanke») is the routine's name too. When the name is a general
    word (understanding.yaml ``generic_topic``: «rutine») and a topic the routine retrieval
    ranks near the top holds as well, and the question has no tiltak word of its own, the
    routine answers – its text tells how far the kommune's own version has come. A tiltak
    named by its own words («Uten vold», «På rett kjøl») stays the tiltak."""
    if search is None or not tiltak_signs.isdisjoint(words):
        return None
    said = phrase.split()
    topic = [w for w in said if w not in generic]
    if not topic or len(topic) == len(said):
        return None
    routine = next((key for kind, key in about[:ROUTINE_RANK] if kind == "routine"), None)
    if routine is None or not all(search.holds("routine", routine, w) for w in said):
        return None
    return routine


def tiltak_too_weak(hits: list[Hit], *, ranked_first: bool = False) -> bool:
    """The best tiltak retrieval found for a topic shares too little with the question to be
    what it asks about: ask back or say «vet ikke», never that tiltak's sheet as the answer.
    ``ranked_first``: weak only where some other object also ranks above it (an owner asked
    in English shares few words with any tiltak, but still finds its tiltak first)."""
    best = next((h for h in hits if h.doc.kind == "tiltak"), None)
    if best is None or best.coverage >= WEAK_TOPIC:
        return False
    return not ranked_first or hits[0] is not best


def group_or_routine(index: KommuneIndex | None, group_id: str | None) -> tuple[str, ...]:
    """«hva er et hastemøte?» where a group and a routine share the name: what the group does
    and what to do by the routine are both fair readings – the two as «Mente du …?»."""
    group = index.groups_by_id.get(group_id) if index and group_id else None
    if group is None:
        return ()
    return (f"Hva er hensikten med {group.name}?", f"Hva gjør jeg ved {lower_first(group.name)}?")


TOPIC_WORDS = 2
"""A question this short («rus», «rus ungdom») names a topic, not a question about it."""


def _topic_routine(hits: list[Hit], asked: tuple[str, ...]) -> Hit | None:
    """The routine a bare topic names, however low it ranks: a routine's text is long, so
    BM25 ranks a short contact or tiltak above it, but when the bot asks back about «rus»
    the routine for a worry about drugs is the reading staff need most to be offered."""
    if not asked or len(asked) > TOPIC_WORDS:
        return None
    return next((h for h in hits if h.doc.kind == "routine" and h.coverage >= 1.0), None)


SOMETHING = frozenset({"noe", "noen", "noko", "nokon", "tilbud", "tilbudet", "tilbod"})
"""«har vi noe tilbud for …», «finnes det noe som …»: something is asked for, an offer – the
tiltak answers it; «hvem kan følge opp …» asks for a service, whose contact answers it. A
closed class (indefinite pronouns and the offer noun), kept with its rule."""
OWNER_PREFIX = 5
"""A contact's key and a tiltak's ansvar that begin alike this far name one service."""


def tiltak_of_owner(top: Hit, rivals: list[Hit], index: KommuneIndex) -> Hit | None:
    """«har vi noe tilbud for ungdom som holder på å droppe ut?»: the close readings are a
    tiltak and the contact of the service the tiltak names as its ansvar (Skolelos and «Følge
    opp ungdom som står i fare for å falle utenfor skolen»): one offer, not two readings to
    choose between. The tiltak answers – its sheet names who holds it."""
    readings = (top, *rivals)
    kinds = [h.doc.kind for h in readings]
    if len(readings) != 2 or sorted(kinds) != ["contact", "tiltak"]:
        return None
    tiltak, contact = sorted(readings, key=lambda h: h.doc.kind != "tiltak")
    found = next((t for t in index.kommune.tiltak if t.id == tiltak.doc.key), None)
    key = fold(contact.doc.key)[:OWNER_PREFIX]
    owners = [fold(a)[:OWNER_PREFIX] for a in found.ansvar] if found else []
    return tiltak if key in owners else None


PLAN_FAMILY = frozenset({"plan", "note", "target", "planfact"})
"""The plan's own facts: a note and the target group are parts of the plan, not rival readings."""


def _family(hit: Hit) -> frozenset[str]:
    """Readings of one family are no rivals. An innsatsområde groups tiltak: it belongs both
    to the plan and to its tiltak («spesielt fokus i 2023–2025» is the area, not tiltak 2)."""
    if hit.doc.kind == "plan" and hit.doc.key == "area":
        return frozenset({"plan", "tiltak"})
    return frozenset({"plan" if hit.doc.kind in PLAN_FAMILY else hit.doc.kind})


def same_family(one: Hit, other: Hit) -> bool:
    """Two readings of one family are no rivals (see :func:`_family`)."""
    return not _family(one).isdisjoint(_family(other))


def answered_by(hit: Hit, intent: Intent, index: KommuneIndex) -> tuple[Intent, str | None]:
    """The intent and group a retrieval hit answers, read as ``intent`` would ask it."""
    found, group, _ = _intent_for(hit, intent, index)
    return found, group


def routine_of(hits: list[Hit], words: tuple[str, ...]) -> str | None:
    """The routine retrieval clearly finds («hva gjør vi hvis det oppstår en alvorlig situasjon
    og vi trenger alle tjenester rundt bordet» is the hastemøte), or None. A question that
    says «rutine» itself needs no margin over a plan note that lists routines."""
    strong = [h for h in hits if h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE]
    if not strong or strong[0].doc.kind != "routine":
        return None
    top = strong[0]
    named = any(w.startswith("rutine") for w in words)
    # a rival holding fewer of the words asked than a best reading that holds them all is
    # none («ansatte kan trene sammen med ungdom»: not the gathering «Sammen for ungdom»);
    # a contact stays one: its text is short, and «hvem kan følge opp …» asks for a service
    rivals = [
        h
        for h in hits[1:]
        if h.coverage >= MIN_COVERAGE
        and (h.doc.kind != "routine" or h.score >= top.score * SAME_SCORE)
        and h.score * MARGIN > top.score
        and not (named and _family(h) == frozenset({"plan"}))
    ]
    return None if rivals else top.doc.key


SAME_SCORE = 0.95
"""Two routines that retrieval ranks alike («hva skal jeg følge opp i planen» finds «følge
opp» in several routines' steps): neither is what the question is about."""


def _intent_for(
    hit: Hit, intent: Intent, index: KommuneIndex
) -> tuple[Intent, str | None, tuple[str, ...]]:
    kind, key = hit.doc.kind, hit.doc.key
    if kind == "group":
        asked = intent if intent in NEEDS_GROUP or intent is Intent.DUTIES else Intent.MEMBERS
        return asked, key, ()
    if kind == "level" and intent in NEEDS_GROUP:
        group = index.group_for_level(Level(key))
        return intent, (group.id if group else None), ()
    mapped = RETRIEVAL_INTENTS.get(kind)
    if mapped is None:
        return Intent.UNKNOWN, None, ()
    return mapped, None, ()


def group_questions(
    index: KommuneIndex, group_id: str | None, level: Level | None
) -> tuple[str, ...]:
    """The questions the bot can answer about a named group, as «Mente du …?» buttons."""
    group = index.groups_by_id.get(group_id) if group_id else None
    if group is None and level is not None:
        group = index.group_for_level(level)
    if group is None:
        return ()
    return (
        f"Hvem sitter i {group.name}?",
        f"Hvor ofte møtes {group.name}?",
        f"Når er neste møte i {group.name}?",
    )


def lower_first(text: str) -> str:
    """«Barneverntjenesten» → «barneverntjenesten», but «BTI-koordinator» stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


_ASKS = {
    "group": "Hvem sitter i {label}?",
    "routine": "Hva gjør jeg ved {lower}?",
    "contact": "Hvordan når jeg {lower}?",
    "bti": "Hva er BTI?",
    "hotlines": "Hvilke nødnumre finnes?",
    "plan": "Hva er SLT-planen?",
    "target": "Hvem er målgruppen for SLT?",
    "note": "Hva står i SLT-planen?",
    "planfact": "Hva sier SLT-planen om {lower}?",
    "coordinator": "Hvem er SLT-koordinator?",
    "level": "Hva gjør {label}?",
}
"""The «Mente du …?» question for each kind of knowledge object (a tiltak's is built below)."""


def question_for(hit: Hit, index: KommuneIndex) -> str:
    """The question a retrieval hit stands for, as a «Mente du …?» button says it."""
    kind, key, label = hit.doc.kind, hit.doc.key, hit.doc.label
    if kind == "tiltak":
        if key.isdigit():
            return f"Hva går tiltak {key} ut på?"
        short = label if len(label) <= 60 else label[:57].rsplit(" ", 1)[0] + " …"
        return f"Hva går tiltaket «{short}» ut på?"
    return _ASKS.get(kind, "").format(label=label, lower=lower_first(label))
