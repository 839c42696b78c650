"""How a question about a routine is put: whether one exists, or the routine itself is asked.

«har vi en rutine for rusbekymring?» asks whether it exists – the list of routines answers,
the one asked about first. «rutine for deling av nakenbilder?», «har vi en rutine for
tvangsekteskap? vil vite hvor den ligger» ask for the routine itself – its steps answer.
Small closed word classes tied to these two rules, so they live here beside them.
"""

from __future__ import annotations

from collections.abc import Container
from collections.abc import Set as AbstractSet

from bot.understanding.intents import Intent

EXISTS_START = (
    ("har", "vi"), ("har", "dere"), ("har", "kommunen"), ("finnes", "det"), ("fins", "det"),
    ("er", "det"), ("har", "me"), ("do", "we"), ("is", "there"), ("finst", "det"),
    ("finns", "det"),
)  # fmt: skip
ROUTINE_NOUNS = ("rutine", "handlingsplan", "routine")
PLAN_NOUNS = frozenset({"plan", "planer", "planar", "plans"})
"""«har vi en plan mot alvorlig skolefravær?»: a plan of the kommune's for a topic, which the
list of routines shows with the plans it follows beside the SLT plan. Not «planen», the SLT
plan itself («finnes det noe i planen om …» asks what the plan says)."""
ROUTINE_COMPOUNDS = ("rutine", "rutinen", "rutiner")
"""«har vi en samhandlingsrutine med politiet?»: a routine named by a compound."""
WRITTEN = frozenset({"skriftlig", "skriftleg", "nedskrevet", "nedskrive", "written"})
"""«finnes det noe skriftlig om hvordan vi melder …»: whether a routine is written down."""

ONE_ROUTINE_ENDINGS = ("rutinen", "rutina", "rutine")
COMPOUND_HEAD = 3
LINKING = "s"


def split_routine(
    word: str, known: AbstractSet[str] = frozenset(), *, only_known: bool = False
) -> tuple[str, ...]:
    """«rusrutinen» → «rus rutinen», «fraværsrutina» → «fravaer rutina»: one routine named by
    what it is about. The linking «s» goes when the part without it is ``known``;
    ``only_known``: a part the knowledge does not use stays glued. A compound ``known`` itself
    is a name the plan uses («samhandlingsrutine med politiet», a tiltak): it stays whole."""
    if not word.endswith(ONE_ROUTINE_ENDINGS) or word in known:
        return (word,)  # most words: no ending to try (one C call, not a loop per ending)
    for ending in ONE_ROUTINE_ENDINGS:
        head = word.removesuffix(ending)
        if head == word:
            continue
        if len(head) < COMPOUND_HEAD:
            break
        if head not in known and head.endswith(LINKING) and head[:-1] in known:
            return head[:-1], ending
        if only_known and head not in known:
            break
        return head, ending
    return (word,)


ONE_ROUTINE = frozenset({"rutine", "rutinen", "rutina", "prosedyre", "prosedyren", "routine"})
"""A routine named in the singular: the one routine is asked for."""
SEVERAL_ROUTINES = frozenset(
    {"rutiner", "rutinene", "rutinar", "rutinane", "routines", "oversikt", "liste", "alle"}
    | {"planer", "planene", "hvilke", "kva", "egen"}
)
"""Words of a list, or of a routine of its own for something else («er det en egen rutine
for operativ slt-gruppe»): the list of routines answers."""
POINTS_BACK = frozenset({"den", "denne", "dem", "it"})
SHOW_WORDS = frozenset(
    {"ligger", "finner", "finne", "se", "vise", "vis", "lese", "sier", "star", "innebaerer"}
    | {"lenke", "link", "where", "show"}
)
"""After «har vi en rutine for X?»: «vil vite hvor den ligger», «kan jeg få se den»."""
EXISTS_SPAN = 6
"""The existence question's own words: its verb, subject and «rutine» come first."""


def _names_routine(word: str) -> bool:
    """A word naming a routine or a plan for a topic («samhandlingsrutine», «plan»)."""
    return (
        word in PLAN_NOUNS
        or word in WRITTEN
        or word.startswith(ROUTINE_NOUNS)
        or word.endswith(ROUTINE_COMPOUNDS)
    )


def asks_if_routine_exists(words: tuple[str, ...], places: Container[str] = frozenset()) -> bool:
    """«har vi en rutine for rusbekymring?», «finnes det en egen rutine for …», «finnes det noe
    skriftlig om …»: whether a routine exists – the list of routines answers it, the one asked
    about first. Not when the message goes on to ask for the routine itself («… vil bare vite
    hvor den ligger»). ``places``: the kommuner's one-word names, folded – «har Våler en
    handlingsplan mot vold i nære relasjoner?» asks as «har kommunen …» does."""
    start = tuple(words[:2])
    if start[:1] == ("har",) and start[1:] and start[1] in places:
        start = ("har", "kommunen")
    if start not in EXISTS_START:
        return False
    if not any(_names_routine(w) for w in words[2:EXISTS_SPAN]):
        return False
    later = set(words[EXISTS_SPAN:])
    return later.isdisjoint(POINTS_BACK) or later.isdisjoint(SHOW_WORDS)


def asks_one_routine(words: tuple[str, ...]) -> bool:
    """«rutine for deling av nakenbilder?», «hva er rutinen ved rusbekymring»: one routine
    named in the singular, no word of a list – the routine a matched topic names answers,
    not the list of routines. An existence question is not this (see above)."""
    present = set(words)
    return not present.isdisjoint(ONE_ROUTINE) and present.isdisjoint(SEVERAL_ROUTINES)


def routine_asked(
    words: tuple[str, ...], intent: Intent, places: Container[str] = frozenset()
) -> Intent:
    """The reading of a question a routine's topic was found in: whether one exists (the
    list), one routine asked for (its steps: no reading of the bot's own, so the routine
    handler answers), else what the question's cues said. ``places``: as for
    :func:`asks_if_routine_exists`."""
    if asks_if_routine_exists(words, places):
        return Intent.ROUTINE_LIST
    if intent is Intent.ROUTINE_LIST and asks_one_routine(words):
        return Intent.UNKNOWN  # «rutine for deling av nakenbilder?»: not the list
    return intent


__all__ = ["EXISTS_START", "asks_if_routine_exists", "asks_one_routine", "routine_asked"]
