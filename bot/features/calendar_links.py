"""The årshjul's .ics link: one unguessable token per team, checked in constant time.

The link is shared with calendars (Outlook subscribes to it), so it must be hard to guess,
must not leak through response times, and must be replaceable when it has leaked: «ny
kalenderlenke» (coordinator) makes a new token and the old link stops working at once.

A presented token is compared with every team's token by ``token_matches``
(``hmac.compare_digest``), without stopping at the first match, instead of being looked up
in the database, whose index search would take longer or shorter depending on the token.
There are a handful of teams, so the comparisons cost microseconds.
"""

from __future__ import annotations

from bot.features.ical import team_token, token_matches
from bot.storage.conversations import CalendarTokens
from bot.store import Store

NAMESPACE = CalendarTokens.NAMESPACE
"""Store namespace: ``conversation:<key>`` → ``{"token": …}`` for each team or chat."""
_PREFIX = "conversation:"
_LEGACY_PREFIX = "token:"
"""Earlier versions also kept ``token:<token>`` records for lookup; never read any more."""


def link_token(store: Store, conversation_key: str) -> str:
    """The team's token, made on first use."""
    record = store.get(NAMESPACE, _PREFIX + conversation_key)
    if record and isinstance(record.get("token"), str):
        return str(record["token"])
    return renew(store, conversation_key)


def renew(store: Store, conversation_key: str) -> str:
    """A new token for the team; the old link stops working."""
    old = store.get(NAMESPACE, _PREFIX + conversation_key)
    token = team_token()
    store.put(NAMESPACE, _PREFIX + conversation_key, {"token": token})
    if old and isinstance(old.get("token"), str):
        store.delete(NAMESPACE, _LEGACY_PREFIX + old["token"])
    return token


async def conversation_with(tokens: CalendarTokens, presented: str) -> str | None:
    """The team whose current token was presented, compared in constant time."""
    found = None
    for conversation, token in await tokens.all():
        if token_matches(presented, token) and found is None:
            found = conversation
    return found


def conversation_for(store: Store, presented: str) -> str | None:
    """The team whose current token was presented, compared in constant time."""
    found = None
    for key, record in store.items(NAMESPACE):
        token = record.get("token")
        if not key.startswith(_PREFIX) or not isinstance(token, str):
            continue
        if token_matches(presented, token) and found is None:
            found = key.removeprefix(_PREFIX)
    return found
