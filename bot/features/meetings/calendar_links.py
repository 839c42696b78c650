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

import logging

from bot import policies
from bot.features.meetings import texts
from bot.features.meetings.ical import team_token, token_matches
from bot.features.reply import Reply
from bot.router import Router, Turn
from bot.storage.conversations import CalendarTokens
from bot.understanding import Intent

log = logging.getLogger(__name__)


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


# --- «ny kalenderlenke» on the router -------------------------------------------------------


def register(router: Router) -> None:
    """The coordinator's «ny kalenderlenke»."""
    router.command(
        Intent.NEW_CALENDAR_LINK, _new_calendar_link, access=policies.COORDINATOR_CALENDAR
    )


async def _new_calendar_link(turn: Turn) -> Reply:
    """«ny kalenderlenke»: the coordinator replaces a leaked link; the old one stops."""
    bot, request = turn.bot, turn.request
    intent = Intent.NEW_CALENDAR_LINK
    if request is None or not bot.settings.public_base_url:
        return Reply(texts.CALENDAR_LINKS_OFF, intent=intent)
    await renew(bot.repos.calendar_tokens, request.conversation_key)
    log.info("calendar link renewed")
    return Reply(texts.calendar_link_renewed(await bot.calendar_url(request)), intent=intent)
