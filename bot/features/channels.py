"""Where proactive posts may go: only channels a coordinator or admin chose.

A conversation the bot has merely seen (an installation, a message without an @mention that
Teams delivers through the RSC permission) is never a target. A channel becomes one when:

- a team is linked to a kommune there («koble teamet til valer»): it becomes that kommune's
  SLT channel (reminders, escalations, the Monday status, meeting calls);
- «bruk denne kanalen for SLT» (or «… for påminnelser») is written there: the same, without
  linking the team (the usual single-kommune install);
- «bruk denne kanalen for fagteamet» is written there: that group's meeting calls go there.

People get 1:1 chats only when they are in the people mapping (see ``bot.jobs.Targets``).
The records hold ids only: which channel, in which team, chosen by whom.
"""

from __future__ import annotations

from typing import Any

from bot.storage.conversations import Channels
from bot.store import Store

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


def choose_kommune_channel(
    store: Store, kommune_id: str, channel_key: str, team_key: str | None, by: str
) -> None:
    """Make ``channel_key`` the kommune's SLT channel (a coordinator's or admin's choice)."""
    store.put(KOMMUNE_CHANNELS, kommune_id, {"channel": channel_key, "team": team_key, "by": by})


def forget_team_channels(store: Store, team_key: str, keep_kommune: str) -> None:
    """A team relinked to another kommune stops being the old kommune's SLT channel."""
    for kommune_id, record in store.items(KOMMUNE_CHANNELS):
        if record.get("team") == team_key and kommune_id != keep_kommune:
            store.delete(KOMMUNE_CHANNELS, kommune_id)


def choose_group_channel(store: Store, kommune_id: str, group_id: str, channel_key: str) -> None:
    store.put(GROUP_CHANNELS, f"{kommune_id}:{group_id}", {"channel": channel_key})


def kommune_channel_key(store: Store, kommune_id: str) -> str | None:
    """The chosen SLT channel of a kommune, or None when nobody has chosen one."""
    record = store.get(KOMMUNE_CHANNELS, kommune_id)
    return record.get("channel") if record else None


def group_channel_key(store: Store, kommune_id: str, group_id: str) -> str | None:
    """The channel chosen for a group, else the kommune's SLT channel, else None."""
    record = store.get(GROUP_CHANNELS, f"{kommune_id}:{group_id}")
    if record and record.get("channel"):
        return str(record["channel"])
    return kommune_channel_key(store, kommune_id)


def reference(store: Store, channel_key: str | None) -> dict[str, Any] | None:
    """How to post in a chosen channel (stored when the choice was made)."""
    return store.reference(channel_key) if channel_key else None


def is_kommune_choice(folded_text: str) -> bool:
    """«bruk denne kanalen for SLT / påminnelser» rather than for one group."""
    return any(word in KOMMUNE_WORDS for word in folded_text.split())
