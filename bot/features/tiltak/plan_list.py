"""«Hvilke tiltak har vi?», «hvilke tiltak mangler ansvarlig?», «… er forsinket?», «… er ferdige?»

List questions about the plan as a whole that the reader cannot tell from a tiltak
lookup or the coordinator's status digest:

- the plan's tiltak, by innsatsområde — asked with nothing but list words («oversikt over
  tiltakene», «hvilke tiltak har vi»), so a question with a topic, a role or a number still
  goes to the lookup that searches for it;
- one part of the digest: the tiltak nobody is ansvarlig for, those past their deadline, or
  those reported done.

Every line comes from the plan or the stored answers; nothing here dates a løpende tiltak.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from bot.features.sheet import Section, Sheet
from bot.features.tiltak import texts
from bot.features.tiltak.names import is_numbered, number_ranges, tiltak_name
from bot.features.tiltak.questions import example_ansvar
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak

TILTAK_WORDS = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka", "tiltaksliste"})

LIST_ONLY_WORDS = frozenset(
    {
        "hvilke", "hvilken", "hva", "slags", "har", "vi", "dere", "finnes", "fins", "er", "det",
        "de", "i", "pa", "om", "over", "med", "som", "en", "et", "alle", "hele", "vis", "se",
        "gi", "meg", "oss", "liste", "lista", "list", "oversikt", "oversikten", "oversikta",
        "planen", "plan", "handlingsplanen", "handlingsplan", "slt", "slt-planen", "var",
        "vare", "vart", "kommunen", "star", "kan", "du", "jeg", "fa", "trenger", "vil",
        "gjerne", "onsker", "mangler", "ha", "na", "totalt", "egentlig",
        "andre", "flere", "ellers", "takk", "tusen", "please",
    }
)  # fmt: skip
"""Words that ask for the list and nothing narrower (folded, as the reader's words are;
«status handlingsplan takk»: thanks and «please» narrow nothing).
«andre», «flere»: «hvilke andre tiltak finnes i planen» asks for the rest, so the whole list.
«mangler» is here for «mangler oversikt over tiltakene»; with «ansvarlig» it asks for
:data:`MISSING_OWNER` instead, which is tried first."""

_OWNER_WORDS = frozenset({"ansvarlig", "ansvarlige", "ansvar", "eier", "eiere", "ansvarshaver"})
_LACK_WORDS = frozenset({"mangler", "uten", "ingen", "mangel", "ikke"})
_LATE_WORDS = frozenset(
    {
        "forsinket", "forsinka", "forsinkede", "forfalt", "forfalte", "etterskudd",
        "overskredet", "overskredne", "passert", "sene", "etter",
    }
)  # fmt: skip
"""«hvilke tiltak er forsinket / har passert fristen / henger etter / er på etterskudd»."""

_DONE_WORDS = frozenset(
    {
        "ferdig", "ferdige", "utfort", "utforte", "gjennomfort", "gjennomforte", "fullfort",
        "fullforte", "gjort", "avslutta", "avsluttet", "avsluttede",
        "gjennomfore", "fullfore", "utfore", "avslutte",  # the reader's lemmas of the above
    }
)  # fmt: skip
_DONE_AFTER = frozenset({"er", "e", "ble", "blei", "blitt", "vart", "vorte", "meldt"})
"""«hvilke tiltak er ferdige / har blitt gjennomført / er meldt utført»: a done word right
after one of these. Not «hvilke tiltak skal være ferdige i vår» (a deadline asked), nor «er
Link til livet et ferdig opplegg?» (no tiltak word)."""

MISSING_OWNER = "missing_owner"
OVERDUE = "overdue"
DONE = "done"


def asked_part(words: Collection[str]) -> str | None:
    """The part of the digest a tiltak question asks for, or None.

    «hvilke tiltak mangler ansvarlig» / «tiltak uten ansvarlig» → :data:`MISSING_OWNER`;
    «hvilke tiltak er forsinket» → :data:`OVERDUE`; «hvilke tiltak er ferdige» → :data:`DONE`
    (the tiltak the owners reported done, walk81: it gave three tiltak with «ferdig» in their
    text). «etter» is a lateness only in «henger etter» («henger opp plakater» and «hva skjer
    etter tiltak 4» are not).
    """
    if not TILTAK_WORDS.intersection(words):
        return None
    if _OWNER_WORDS.intersection(words) and _LACK_WORDS.intersection(words):
        return MISSING_OWNER
    late = _LATE_WORDS.intersection(words)
    if (late and late != {"etter"}) or ("henger" in words and "etter" in words):
        return OVERDUE
    if _DONE_WORDS.intersection(words) and isinstance(words, Sequence) and not _counted(words):
        return DONE if _said_done(words) else None
    return None


def _counted(words: Sequence[str]) -> bool:
    """«hvor mange tiltak er fullført hittil?»: a count of what is done, which no plan gives
    and the reports in Teams may not hold whole – the honest answer's, not the list's."""
    return "antall" in words or any(
        a in ("hvor", "kor") and b in ("mange", "mykje", "mye")
        for a, b in itertools.pairwise(words)
    )


def _said_done(words: Sequence[str]) -> bool:
    """A done word right after «er», «ble», «blitt» … («hvilke tiltak er ferdige»)."""
    return any(w in _DONE_WORDS and b in _DONE_AFTER for b, w in itertools.pairwise(words))


_OVERVIEW = frozenset({"oversikt", "oversikten", "oversikta"})
_ACTION_PLAN = frozenset({"handlingsplanen", "handlingsplan", "tiltaksplanen", "tiltaksplan"})
"""«oversikt over handlingsplanen» (a manager, walk81) asks for its tiltak as «oversikt over
tiltakene» does – the plan of action is its tiltak; «status handlingsplan» is the digest."""


def asks_plan_list(words: Collection[str], kommune_words: Collection[str]) -> bool:
    """A tiltak question made only of list words (and the kommune's name): the whole list."""
    asked = bool(TILTAK_WORDS.intersection(words)) or bool(
        _OVERVIEW.intersection(words) and _ACTION_PLAN.intersection(words)
    )
    return asked and all(
        w in TILTAK_WORDS or w in LIST_ONLY_WORDS or w in _ACTION_PLAN or w in kommune_words
        for w in words
    )


def narrower_words(words: Sequence[str]) -> list[str]:
    """The words that narrow a list question to a role or topic («oversikt over tiltak for
    barnehage» → barnehage): not list words, not tiltak words."""
    return [w for w in words if w not in TILTAK_WORDS and w not in LIST_ONLY_WORDS]


def plan_list(view: TiltakView, index: KommuneIndex) -> Sheet:
    """The plan's current tiltak, by innsatsområde in the plan's order: numbers as ranges
    («tiltak 1–9»), a plan without numbers by the first few titles."""
    k = index.kommune
    areas: dict[str, list[Tiltak]] = {}
    for tiltak in view.all():
        if view.is_current(tiltak):
            areas.setdefault(tiltak.innsatsomrade, []).append(tiltak)
    sections = tuple(
        Section(heading=f"{area} ({len(items)})", items=(_names(items),))
        for area, items in areas.items()
    )
    first = next((t for items in areas.values() for t in items), None)
    return Sheet(
        title=texts.PLAN_LIST_TITLE,
        subtitle=k.plan.title,
        sections=sections or (Section(text=texts.NO_TILTAK),),
        examples=texts.plan_list_examples(first, example_ansvar(view)) if first else (),
        sources=(k.sources[k.plan.source].title,),
    )


def _names(items: Sequence[Tiltak], shown: int = 3) -> str:
    """«tiltak 1–9, 12» for numbered tiltak; titles for the rest, the first ``shown``."""
    numbers = sorted(int(t.id) for t in items if is_numbered(t))
    named = [tiltak_name(t, limit=45) for t in items if not is_numbered(t)]
    return texts.tiltak_list_line(number_ranges(numbers), named[:shown], len(named) - shown)
