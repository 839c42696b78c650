"""The outbox: one ledger, one retry policy and one delivery path for everything sent later.

Teams posts (:mod:`bot.teams.sender`) and Microsoft Graph calendar changes
(:mod:`bot.graph_delivery`) are carriers of the one :class:`OutboxSender`; jobs and
follow-ups hand it neutral items (:mod:`bot.outbox.items`) addressed to neutral addresses
(:mod:`bot.outbox.addresses`) and never call a service.
"""

from bot.outbox.items import (
    CLAIMED_ELSEWHERE,
    DEFERRED,
    SKIPPED_DUPLICATE,
    CalendarChange,
    Delivery,
    Item,
    Message,
)

__all__ = [
    "CLAIMED_ELSEWHERE",
    "DEFERRED",
    "SKIPPED_DUPLICATE",
    "CalendarChange",
    "Delivery",
    "Item",
    "Message",
]
