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

from bot.features.meetings.ical import team_token, token_matches
from bot.storage.conversations import CalendarTokens


async def link_token(tokens: CalendarTokens, conversation_key: str) -> str:
    """The team's token, made on first use."""
    return await tokens.token(conversation_key) or await renew(tokens, conversation_key)


async def renew(tokens: CalendarTokens, conversation_key: str) -> str:
    """A new token for the team; the old link stops working."""
    token = team_token()
    await tokens.replace(conversation_key, token)
    return token


async def conversation_with(tokens: CalendarTokens, presented: str) -> str | None:
    """The team whose current token was presented, compared in constant time."""
    found = None
    for conversation, token in await tokens.all():
        if token_matches(presented, token) and found is None:
            found = conversation
    return found
