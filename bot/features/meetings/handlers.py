"""The meeting feature on the router: one ``register`` line in bot/registry.py."""

from __future__ import annotations

from bot.features.meetings import (
    agenda_asked,
    calendar_links,
    chat,
    not_answered,
    period_answers,
)
from bot.router import Router


def register(router: Router) -> None:
    """Commands, «neste møte»/årshjul, the call card's buttons, «hvem har ikke svart», «ny
    kalenderlenke»."""
    period_answers.register(router)  # before chat's «neste møte»
    chat.register(router)
    not_answered.register(router)
    agenda_asked.register(router)
    calendar_links.register(router)
