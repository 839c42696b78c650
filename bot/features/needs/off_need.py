"""A contact answer beside the need the question names: «hvem kan foreldre kontakte om
foreldreveiledning?» in Gjesdal found the politikontakt through a tiltak on foreldremøter that
retrieval ranked first, while the plan's services for the need (needs.yaml ``foreldre``:
Gjesdal's familiesenter and helsestasjon) were never asked. A need the question's own words
name, served by the kommune's plan, is what it asks: when the one service the contact search
picked is none of that need's, came only through a tiltak (retrieval did not find the contact
itself: «et helhetlig tilbud» is Jevnaker's ungdomskonsulent's own work) and the question names
no service itself, the need's services answer instead (bot/features/needs/handlers.py
``_contact_or_need``).
"""

from __future__ import annotations

from bot.features.reply import Reply
from bot.knowledge.index import KommuneIndex
from bot.knowledge.needs import Need
from bot.understanding import Understood


def off_need(
    q: Understood | None, index: KommuneIndex, reply: Reply, needs: tuple[Need, ...]
) -> bool:
    """The contact ``reply`` answers none of ``needs`` the plan serves, and the question
    (``q``) names no service of its own."""
    contact = reply.facts.get("contact")
    if q is None or q.role_words or not isinstance(contact, str) or not needs:
        return False
    if ("contact", contact) in q.about:  # found by its own work in the plan's words
        return False
    kinds = {n.kind for n in needs}
    served = [s for s in index.kommune.need_services if s.kind in kinds]
    return bool(served) and all(contact not in s.contacts for s in served)


__all__ = ["off_need"]
