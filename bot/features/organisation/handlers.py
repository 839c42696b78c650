"""The organisation feature on the router: one ``register`` line in bot/registry.py."""

from __future__ import annotations

from bot.features.organisation import (
    answers,
    beyond,
    bti,
    contact_questions,
    details,
    holders,
    lacked_group,
    offers_listed,
    other_kommune,
)
from bot.router import Router


def register(router: Router) -> None:
    """Contacts and BTI before the general organisation answers and the fallback."""
    other_kommune.register(router)
    router.message(  # before one service picked by a word of the message
        "question:offers_listed", offers_listed.offers_listed, offers_listed.offers_reply
    )
    contact_questions.register(router)
    bti.register(router)
    holders.register(router)
    lacked_group.register(router)
    beyond.register(router)
    details.register(router)
    answers.register(router)
