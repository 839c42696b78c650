"""An offer asked for on behalf of someone who would use it: «hvem gjennomfører PMTO hos oss?
en mor på sommerjobben til sønnen spurte», «noen lurte på om det finnes samtalegruppe for barn
som er pårørende, hvem har den?».

A parent, a coach or «noen» has asked the writer, and the writer asks who does the thing the
plan names as a tiltak. What they need is the service that offers it and how to reach it (the
services answer, bot/features/organisation/services.py), not the tiltak's sheet – when the plan
makes a service of the kommune the tiltak's giver: a contact its ansvar names (Jevnaker's
Familiens hus for PMTO), or a need service that lists it (Våler's samtalegruppe, tiltak 5).

Kept narrow, as the rounds label the look-alikes: who is *ansvarlig* («hvem har ansvaret for
pmto», «… så de kan ta kontakt») asks the tiltak's owner; «hvem driver natteravnene» too; a
question with no one relayed («hvem gjennomfører det og når? vi planlegger årshjulet») asks the
tiltak; and one about what the plan says («står det noe om det i planen, og hvem holder
undervisningen?») asks the plan's text.
"""

from __future__ import annotations

from bot.frozen_init import quick_replace
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.intents import Intent
from bot.understanding.understood import Understood

OFFER_VERBS = frozenset(
    {"gjennomfore", "gjennomforer", "tilbyr", "tilbyd", "har", "holder", "offers", "does"}
)
"""«hvem gjennomfører …», «hvem har den?»: who gives the thing (folded forms)."""
OWNED = ("ansvar", "ansvaret", "ansvarleg", "ansvarlig")
"""«hvem har ansvar(et) for …»: the owner asked, the tiltak_owner reading (many twins)."""
RELAYED = frozenset(
    {"spurte", "spor", "spurde", "lurer", "lurte", "lurar", "undrer", "asked", "wonders"}
)
"""Someone asked the writer: «en mor … spurte», «noen lurte på», «foreldre spør»."""
PLAN_WORDS = frozenset({"planen", "planene", "slt-planen", "handlingsplanen", "star", "stod"})
"""«står det noe om det i planen, og hvem …»: the plan's text asked beside the who."""


READ_AS_TILTAK = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_OWNER})
"""The readings such a question got: the tiltak's sheet, or its owner without the contact."""
WHO = frozenset({"hvem", "kven", "who"})


def relayed(understood: Understood, index: KommuneIndex | None) -> Understood:
    """The services reading (``CONTACT_SERVICE``) for a tiltak reading of a question that
    asks on someone's behalf who gives the tiltak retrieval ranked first
    (:func:`relayed_offer`); any other reading as it was."""
    q = understood
    if q.intent not in READ_AS_TILTAK or q.group_id or q.level or q.about[:1] == ():
        return q
    kind, key = q.about[0]
    if kind != "tiltak" or not relayed_offer(q.words, index, key):
        return q
    return quick_replace(
        q, intent=Intent.CONTACT_SERVICE, cue="", options=(), margin=None, focus=()
    )


def relayed_offer(words: tuple[str, ...], index: KommuneIndex | None, key: str) -> bool:
    """Whether the question's ``words`` ask on someone's behalf who gives the tiltak ``key``
    («hvem (som) gjennomfører …», not «hvem har ansvaret …»), and the plan makes a kommune
    service its giver (:func:`served`)."""
    if index is None or RELAYED.isdisjoint(words) or not PLAN_WORDS.isdisjoint(words):
        return False
    said = [
        w
        for i, w in enumerate(words)
        if not (w == "som" and words[i - 1 : i] and words[i - 1] in WHO)
    ]
    asks = any(
        a in WHO and b in OFFER_VERBS and not c.startswith(OWNED)
        for a, b, c in zip(said, said[1:], [*said[2:], ""], strict=False)
    )
    return asks and served(index, key)


def served(index: KommuneIndex, key: str) -> bool:
    """The tiltak ``key`` is a service's offer: a need service lists it, or its ansvar names
    one of the kommune's contacts (by the contact's name before any «(…)»)."""
    kommune = index.kommune
    if any(key in s.tiltak_ids for s in kommune.need_services):
        return True
    tiltak = next((t for t in kommune.tiltak if t.id == key), None)
    if tiltak is None:
        return False
    names = {fold(c.role.split(" (")[0]) for c in kommune.contacts.values()}
    return any(fold(a) in names for a in tiltak.ansvar)


__all__ = ["relayed", "relayed_offer", "served"]
