"""Where proactive posts may go: only channels a coordinator or admin chose.

A conversation the bot has merely seen (an installation, a message without an @mention that
Teams delivers through the RSC permission) is never a target. A channel becomes one when:

- a team is linked to a kommune there («koble teamet til valer»): it becomes that kommune's
  SLT channel (reminders, escalations, the Monday status, meeting calls);
- «bruk denne kanalen for SLT» (or «… for påminnelser») is written there: the same, without
  linking the team (the usual single-kommune install);
- «bruk denne kanalen for fagteamet» is written there: that group's meeting calls go there.

People get 1:1 chats only when they are in the people mapping (see ``bot.targets.Targets``).
A message names such a channel as a :class:`bot.outbox.addresses.Channel`.
The records hold ids only: which channel, in which team, chosen by whom.
"""

from __future__ import annotations

from bot.storage.conversations import Channels

GROUP_CHANNELS = Channels.GROUP
"""Store namespace: ``kommune:group`` → the channel key the group's calls go to."""
KOMMUNE_CHANNELS = Channels.KOMMUNE
"""Store namespace: ``kommune`` → the SLT channel chosen for the kommune, and its team."""

KOMMUNE_WORDS = frozenset({"slt", "paminnelser", "paminnelsene", "varsler", "alt"})
"""Words after «bruk denne kanalen for» that mean the kommune's SLT channel (folded)."""

HOW_TO_CHOOSE = (
    "Skriv «@SLT-boten bruk denne kanalen for SLT» i kanalen der påminnelser og innkallinger "
    "skal komme (eller «… for politirådet» for én gruppe)."
)
"""Told to the coordinator wherever a post would have had no chosen channel."""


async def group_channel_key(channels: Channels, kommune_id: str, group_id: str) -> str | None:
    """The channel chosen for a group, else the kommune's SLT channel, else None."""
    return await channels.chosen(kommune_id, group_id)


def is_kommune_choice(folded_text: str) -> bool:
    """«bruk denne kanalen for SLT / påminnelser» rather than for one group."""
    return any(word in KOMMUNE_WORDS for word in folded_text.split())
