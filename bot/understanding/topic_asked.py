"""Whether the plan says something about a topic: «står det noe om foreldre i planen?», «har
planen noe om mobbing?», «hva sier slt-planen om rus?».

The plan's general sheet reads as an answer and is none (its innsatsområder do not say what
the plan says on the topic), and the menu fallback says nothing of the topic at all. The
question is read as the plan asked on its topic (``Understood.topic``): the answer shows what
the plan says on it – goals, innsatsområder, tiltak, plan notes and facts – or says honestly
that the plan does not name it (bot/features/organisation/plan_topic.py).

Not a topic the plan's own sheet answers («står det noe om målene i planen?»: its goals), nor
a group, level, tiltak number or routine the question names (their own answers say more).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.frozen_init import quick_replace
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.counts import counted
from bot.understanding.intents import Intent
from bot.understanding.normalise import stem
from bot.understanding.preamble import question_part
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import AREA_TEXT, GENERIC, GOALS_TEXT, PLAN_ASKED_TEXT
from bot.understanding.tiltak_reading import first_tiltak
from bot.understanding.understood import Understood

SOME = frozenset({"noe", "noko", "noen", "nokon", "nokka", "noka", "nok", "mye", "mykje"})
"""«står det noe om …»: something asked for on a topic."""
SAYS = frozenset(
    {
        "star", "sto", "stod", "sier", "seier", "sei", "nevner", "nemner", "nevnes", "nemnast",
        "omtaler", "omtales", "skriver", "skrives", "inneholder", "inneheld", "har", "finnes",
        "fins", "finst",
    }
)  # fmt: skip
"""What a plan does with a topic, folded: «sier planen noe om …», «nevner planen …»."""
NAMES = frozenset({"nevner", "nemner", "omtaler", "inneholder", "inneheld", "dekker"})
"""Verbs whose object is the topic itself: «nevner planen fotball?»."""
DOES = frozenset({"gjor", "gjer"})
"""«hva gjør planen for/med X»: what the plan does on a topic."""
DONE_FOR = frozenset({"for", "mot", "med"})
MENTIONED = frozenset({"nevnt", "nemnt", "omtalt", "nevnes", "omtales", "nemnast"})
"""«er mobbing nevnt i planen?»: the topic stands before these."""
OPENING = frozenset({"er", "blir", "ble", "vart", "star"})
REACH = 4
"""«står det egentlig noe om …»: the verb or «noe» within this many words before «om»."""
PLAN_META = frozenset((GOALS_TEXT + " " + PLAN_ASKED_TEXT + " " + AREA_TEXT).split()) | {
    "mal",
    "malsetting",
    "malsettinger",
    "evaluering",
    "evalueres",
    "rapportering",
    "ansvar",
}
"""Topics the plan's own sheet or facts answer: its goals, areas, period, adoption."""
NOT_TOPIC = frozenset({"var", "vart", "vaar", "egentlig", "eigentleg", "slt", "dette"})
"""«… i planen vår»: words that name no topic."""
ROUTINE_WORD = ("rutin", "prosedyre")
"""A routine named by its own word (rutine, rutina, rutinen …, prosedyren)."""
MIN_LETTERS = 3
PART = 4
"""A topic word found inside a compound leaves at least this many letters of the other part
(«rus|forebygging», not «rus|s»)."""
READINGS = frozenset(
    {
        Intent.UNKNOWN, Intent.PLAN, Intent.HELP, Intent.ROLE_GROUPS, Intent.CONTACT_SERVICE,
        Intent.DUTIES,
    }
)  # fmt: skip
"""The readings that would give the general sheet, the menu fallback, or a reading a word of
the topic led to («har planen noe om ungdomsklubben?» is no role's seats)."""


def topic_words(words: tuple[str, ...], said: QuestionForm) -> tuple[str, ...]:
    """The topic a question asks the plan about (folded), or () when it asks no such thing:
    «står det noe om X i planen», «har planen noe om X», «hva sier planen om X», «nevner
    planen X»."""
    if (a_plan := _a_plan_for(words, said)) is not None:
        return a_plan
    if goals_for := _goals_for(words, said):  # «hvilke mål har vi for rus?»
        return goals_for
    if spoken_on := _speaker_on(words, said):  # «hvem kan snakke om rus på foreldremøtet?»
        return spoken_on
    if said.plan_names.isdisjoint(words):  # «planen», «slt-planen», «handlingsplanen»
        return ()
    for i, w in enumerate(words):
        before = words[max(0, i - REACH) : i]
        if w == "om" and not (SOME.isdisjoint(before) and SAYS.isdisjoint(before)):
            return _topic(words[i + 1 :], said)
    for i in range(len(words) - 3):  # «hva gjør planen for å nå foreldre om rus?»
        if words[i] in DOES and words[i + 1] in said.plan_names and words[i + 2] in DONE_FOR:
            return _topic(words[i + 3 :], said)
    for a, b in pairwise(range(len(words))):
        if words[a] in NAMES and words[b] in said.plan_names:
            return _topic(words[b + 1 :], said)  # «nevner planen fotball?»
    if words[:1] and words[0] in OPENING:  # «er mobbing nevnt i (slt-)planen?»
        told = next((i for i, w in enumerate(words) if w in MENTIONED), 0)
        if told > 1 and said.plan_names.intersection(words[told + 1 : told + 4]):
            return _topic(words[1:told], said)
    return ()


TALK_WITH = frozenset({"med", "meg", "oss", "henne", "han", "ham"})
"""«snakke med (henne) om …»: someone to talk with, not a speaker for an audience."""
SPEAK_REACH = 2
"""«snakke litt om», «holde et foredrag om»: «om» within this many words after the verb."""


def _speaker_on(words: tuple[str, ...], said: QuestionForm) -> tuple[str, ...]:
    """«hvem kan komme og snakke om rus på foreldremøtet?», «skal ha foreldremøte i morgen,
    har vi noen som kan holde foredrag om rus?»: someone asked to speak on a topic. The plan's
    tiltak on it (talks at parents' meetings, classes, the police's visits) say who does, so
    the topic is asked – or, when the message names the meeting as a compound
    («foreldremøtet»), that meeting: the plan's tiltak for it say who takes part («Ulike
    fagpersoner deltar», «Politiet kan delta på foreldremøter etter avtale»), while the talk's
    subject is seldom in their words. () when no one is asked to speak."""
    for i, w in enumerate(words):
        if w not in said.speak_words or said.speaker_words.isdisjoint(words[:i]):
            continue
        near = words[i + 1 : i + 1 + SPEAK_REACH]
        if "om" not in near or not TALK_WITH.isdisjoint(near):
            continue  # «noen hun kan snakke med om prevensjon»: a talk with someone, a need
        topic = _topic(words[i + 2 + near.index("om") :], said)
        meeting = [
            m
            for m in words
            if len(m) > MEETING_COMPOUND and m.endswith(MEETINGS + said.meeting_compound)
        ]
        return tuple(meeting[:1]) if topic and meeting else topic
    return ()


MEETING_COMPOUND = 6
"""«foreldremøte», not «møte»: a meeting named by what it is (`meeting_compound` endings)."""
MEETINGS = ("moter",)
"""The plural the reader gives «foreldremøtet» («foreldremoter»), besides the endings."""

PLAN_FOR = frozenset({"for", "mot", "pa", "om", "til"})
PRONOUNS = frozenset({"det", "dette", "sant", "slikt", "slik", "den"})
"""«… undervise om radikalisering, har slt en plan på det?»: the topic told before."""


def _a_plan_for(words: tuple[str, ...], said: QuestionForm) -> tuple[str, ...] | None:
    """«har vi en plan mot mobbing?», «… undervise om radikalisering – har SLT en plan på
    det?»: the topic a plan is asked for (the scene's «om X» for a pronoun), or None."""
    for i in range(2, len(words) - 2):
        if words[i] == "plan" and words[i - 1] in ("en", "ein") and words[i + 1] in PLAN_FOR:
            if not {"har", "finnes", "fins"}.intersection(words[:i]):
                return None
            if words[i + 2] not in PRONOUNS:
                return _topic(words[i + 2 :], said)
            told = [j for j in range(i) if words[j] == "om"]
            return _topic(words[told[0] + 1 : told[0] + 2], said) if told else None
    return None


GOAL_WORDS = frozenset({"mal", "malet", "malene", "malsetting", "malsettinger", "malsetjingar"})
TARGET = frozenset(
    {"ungdom", "ungdommen", "ungdommer", "ungdommene", "unge", "barn", "barna", "elever", "elevene"}
)
"""Whom the plan's goals are all for: «målene for ungdom» asks the goals themselves."""
GOAL_REACH = 3
"""«hvilke mål har vi for rus»: «for» within this many words after the goal word."""


def _goals_for(words: tuple[str, ...], said: QuestionForm) -> tuple[str, ...]:
    """«hvilke mål har vi for rus?», «har planen mål om foreldre?»: the plan's goals on a
    topic – which of its goals, innsatsområder and tiltak name it; () when none is asked."""
    for i, w in enumerate(words):
        if w in GOAL_WORDS:
            near = words[i + 1 : i + 1 + GOAL_REACH]
            at = next((j for j, n in enumerate(near) if n in ("for", "mot", "om")), None)
            topic = _topic(words[i + 2 + at :], said) if at is not None else ()
            if set(topic) <= TARGET | said.gather_words:
                return ()  # «målene for ungdom», «målet for møtet»: the goals, a meeting's
            return topic
    return ()


def _topic(after: tuple[str, ...], said: QuestionForm) -> tuple[str, ...]:
    """The words after «om» up to where the plan is named again («… i planen (vår)»); none
    when a question word follows («står det noe om hva jeg skal gjøre …»: a question of its
    own, which the reading already has)."""
    if after[:1] and after[0] in said.wh_words | {"hvordan", "nar"}:
        return ()
    end = next((i for i, w in enumerate(after) if w in said.plan_names), len(after))
    if end and after[end - 1] == "i":
        end -= 1
    kept = (
        w
        for w in after[:end]
        if w not in GENERIC and w not in NOT_TOPIC and len(w) >= MIN_LETTERS and not w.isdigit()
    )
    return tuple(dict.fromkeys(kept))


def _stems(text: str) -> list[tuple[str, str]]:
    words = fold(text).split()
    return list(zip(words, stem(words), strict=True))


def _holds(term: str, held: list[tuple[str, str]]) -> bool:
    """A word of the text is the term, by stem, or holds it as a compound's part."""
    return any(
        s == term
        or (w.startswith(term) and len(w) - len(term) >= PART)
        or (len(term) >= PART and w.endswith(term) and len(w) - len(term) >= PART - 1)
        for w, s in held
    )


def names_topic(topic: list[list[str]], text: str) -> bool:
    """Whether ``text`` holds the topic: each of its words (a topic of three words or more:
    all but one), one of a word's alternatives enough (:func:`terms`)."""
    held = _stems(text)
    found = sum(any(_holds(t, held) for t in word) for word in topic)
    return found >= (len(topic) if len(topic) < 3 else len(topic) - 1)


def terms(topic: tuple[str, ...]) -> list[list[str]]:
    """The topic's words as stems, a compound's head (which the reader adds after it:
    «skolefravaer», «fravaer») one alternative of the compound, not a word of its own."""
    grouped: list[list[str]] = []
    for word, stemmed in zip(topic, stem(topic), strict=True):
        if grouped and grouped[-1][0] != word and grouped[-1][0].endswith(word):
            grouped[-1].append(stemmed)
        else:
            grouped.append([word, stemmed])
    return [g[1:] for g in grouped]


SUCH = frozenset({"sant", "sann", "slikt", "slik", "lignende", "liknande", "liknende"})
"""«… «bekymringssamtaler», er det noe sånt i planen?»: the thing quoted before is asked."""
QUOTED = re.compile(r"«([^»]+)»|\"([^\"]+)\"")


def such_quoted(words: tuple[str, ...], text: str, said: QuestionForm) -> tuple[str, ...]:
    """«i krimboka jobber en politimann med «bekymringssamtaler», er det noe sånt i våler sin
    plan?»: the plan asked whether it has something like what the message quotes – the
    quoted words are the topic, whatever the scene around them names; () when not so asked."""
    plans = said.plan_names | {"plan"}
    some = any(a in SOME and b in SUCH for a, b in pairwise(words))
    quoted = [a or b for a, b in QUOTED.findall(text)]
    if not (some and quoted and not plans.isdisjoint(words)):
        return ()
    return _topic(tuple(fold(quoted[-1]).split()), said)


def plan_topic_asked(u: Understood, index: KommuneIndex | None, text: str = "") -> Understood:
    """``u`` read as the plan asked on a topic (module docstring); else ``u`` as it was. A
    routine retrieval found for the scene does not keep a quoted thing's topic (``text``:
    :func:`such_quoted`) from being asked, nor one retrieval alone guessed from the topic's
    words («har handlingsplanen noko om foreldra?»: Våler's violence routine names the plan
    and the parents; its triggers and «rutine» are not said – the routine matcher still
    opens it where they are)."""
    such = such_quoted(u.words, text, u.said) if text else ()
    if u.intent not in READINGS or u.group_id or u.level or u.tiltak_number:
        return u
    guessed = u.about[:1] == (("routine", u.routine),) and not _routine_named(u.words)
    guessed = guessed and not _a_plan_against(u.words, u.said)
    if u.routine and not (such or guessed):
        return u
    if u.intent is Intent.PLAN and u.about[:1] and u.about[0][0] == "planfact":
        return u  # «står det noe om evaluering i planen»: the plan fact that says it
    topic = such or topic_words(_asked_words(u.words, text), u.said)
    if not topic or not PLAN_META.isdisjoint(topic):
        return u
    routine = None if such or guessed else u.routine
    if index is not None and (one := _one_tiltak(index, topic)):
        # «står det noe om e-sport i planen?»: one tiltak says it, and nothing else does
        about = first_tiltak(u.about, one)
        tiltak = Intent.TILTAK_LOOKUP
        return quick_replace(u, intent=tiltak, cue="", options=(), about=about, routine=routine)
    plan = Intent.PLAN
    return quick_replace(
        u, intent=plan, cue="", options=(), margin=None, topic=topic, routine=routine
    )


def _a_plan_against(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«har vi en plan mot bekymringsfullt skolefravær?»: whether the kommune has a plan or a
    routine for it – the list of routines and plans answers, not the plan's text on it. The
    words: understanding.yaml ``question_form.tiltak.plan_against``."""
    triples = zip(words, words[1:], words[2:], strict=False)
    return any(" ".join(three) in said.plan_against for three in triples)


def _routine_named(words: tuple[str, ...]) -> bool:
    """«har planen noe om rutinen ved …»: the routine itself is asked for."""
    return any(w.startswith(ROUTINE_WORD) for w in words)


def _asked_words(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The words a topic is looked for in: a count's own question after a story («… har fått
    spørsmål fra flere representanter om hvor omfattende planen er. Kan du svare: hvor mange
    tiltak har vi i SLT-planen?») – a count asks what the plan's sheet states, never the
    story's words; else the whole message («Vi har mye mobbing. Står det noe om det i planen?»
    asks on the story's topic)."""
    ask = question_part(text) if text else None
    asked = tuple(fold(ask).split()) if ask else ()
    return asked if counted(asked) is not None else words


def _one_tiltak(index: KommuneIndex, topic: tuple[str, ...]) -> str:
    """The one tiltak whose text names the topic, when no goal, area, note or fact of the plan
    does; else ''."""
    k, stems = index.kommune, terms(topic)
    found = [t.id for t in k.tiltak if names_topic(stems, f"{t.tiltak} {t.mal or ''}")]
    goals = (*k.goals.vision, *k.goals.goals, *k.goals.strategies) if k.goals else ()
    areas = tuple(t.innsatsomrade for t in k.tiltak)
    facts = tuple(f"{f.topic} {f.text}" for f in k.plan_facts)
    other = any(names_topic(stems, text) for text in (*goals, *areas, *facts, *k.notes))
    return found[0] if len(found) == 1 and not other else ""


__all__ = ["names_topic", "plan_topic_asked", "such_quoted", "terms", "topic_words"]
