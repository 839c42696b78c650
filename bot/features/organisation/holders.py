"""«Hvem er politikontakten vår, og hva er nummeret hans?»: who holds a role, by name or own
number. No plan names the people in its roles, so the answer says so plainly first, then what
the plan does say – where the role sits, and how to reach the service (for the politikontakt:
the police's non-emergency number, and 112 when it is acute). Never a name or number made up.

It is the honest fallback for a role the plan knows: the reply keeps the intent ``unknown``
(what was asked is not in the plan), with the role's facts instead of the menu.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.answers import fallback, seats
from bot.features.organisation.contacts import ACUTE, contact_service, contacts_of
from bot.features.organisation.seat_match import role_shown, seat_hits
from bot.features.organisation.sheets import coordinator_line, sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.frozen_init import quick_replace
from bot.router import Router, Turn
from bot.text import fold
from bot.understanding import Intent
from bot.understanding.question_form import QuestionForm
from bot.understanding.service_asked import names_role


def _asks_holder(turn: Turn) -> bool:
    q = turn.understood
    return q is not None and q.intent is Intent.UNKNOWN and q.asks_holder and bool(q.role_words)


def holder(turn: Turn) -> Reply | None:
    """The role's seats and contact, after «the plan does not say who»; None when the plan
    knows neither (the menu fallback then)."""
    q, index, national = turn.understood, turn.index, turn.bot.kb.national
    assert q is not None  # _asks_holder checked it
    hits, whole = seat_hits(index, q)
    groups, seated = seats(hits)
    role = role_shown(q, hits if whole else [])
    lead = texts.no_contact_person(role) if _service(role, q.said) else texts.no_holder(role)
    everyone = contacts_of(index, national)
    # The kommune's own contacts first: its helsesykepleier before a national line.
    ordered = [*index.kommune.contacts, *(k for k in everyone if k not in index.kommune.contacts)]
    key = next((k for k in ordered if names_role(everyone[k].role, q.role_words)), None)
    reply = contact_service(index, national, key, lead, seated=seated) if key else None
    if reply is not None:
        return quick_replace(reply, intent=Intent.UNKNOWN, facts={**reply.facts, "asked": "holder"})
    if not groups:
        return None
    sheet = Sheet(
        title=texts.holder_title(role),
        subtitle=index.kommune.name,
        sections=(
            Section(text=lead),
            Section(heading=texts.SITS_IN, items=seated),
            Section(text=ACUTE),
        ),
        notes=(coordinator_line(index),),
        sources=sources(index, *groups),
    )
    return sheet_reply(sheet, Intent.UNKNOWN, asked="holder", groups=[g.id for g in groups])


def _service(role: str, said: QuestionForm) -> bool:
    """«PPT», «barneverntjenesten»: the role is a service (its last word ends in one of
    ``said.service_heads``), not a person – no one «is» it."""
    words = fold(role).replace("-", " ").split()
    return bool(words) and words[-1].endswith(said.service_heads)


def register(router: Router) -> None:
    """Before the menu fallback: a question about who holds a role the plan knows."""
    router.message("question:role_holder", _asks_holder, _holder_or_fallback)


def _holder_or_fallback(turn: Turn) -> Reply:
    return holder(turn) or fallback(turn.index, turn.bot.kb)
