"""The coordinator's notice about a proactive message that could not be delivered.

Norwegian user text, built from the message's kind and key — never from its text, which may
name people and is not the coordinator's to read.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.dates import short_date
from bot.retry import Failure
from bot.teams.outgoing import Outgoing

# 401/403/404: the bot is not installed for the person (or in the team), or they are gone.
NOT_INSTALLED_STATUS = frozenset({401, 403, 404})

_KIND_NAMES = {
    "reminder": "en påminnelse",
    "escalation": "et eskaleringsvarsel",
    "digest": "et sammendrag",
    "meeting_call": "en møteinnkalling",
}
_REMINDER_KEY = re.compile(
    r"^(?:reminder|escalation):(?P<kommune>[^:]+):(?P<tiltak>[^:]+):"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?::(?P<offset>-?\d+))?$"
)


def describe(outgoing: Outgoing) -> str:
    """What the message was about, from its kind and key — never from its text."""
    what = _KIND_NAMES.get(outgoing.kind, "en melding")
    if outgoing.about:
        return f"{what} ({outgoing.about})"
    match = _REMINDER_KEY.match(outgoing.key)
    if match:
        deadline = short_date(dt.date.fromisoformat(match["date"]))
        return f"{what} (tiltak {match['tiltak']}, frist {deadline})"
    return f"{what} ({outgoing.key})"


def failure_notice(outgoing: Outgoing, attempts: int, failure: Failure | None) -> str:
    head = f"Kunne ikke levere {describe(outgoing)} etter {attempts} forsøk."
    if failure is not None and failure.retryable and failure.status not in NOT_INSTALLED_STATUS:
        return f"{head} Teams svarte ikke. Send gjerne beskjeden selv."
    return f"{head} Sjekk at boten er installert for mottakeren."
