"""Where a message goes, said without a chat service: a channel someone chose, or a person.

Jobs and follow-ups address these; the carrier (Teams: :mod:`bot.teams.resolve`) works out
the conversation at send time. Deciding *who* a message is for (the coordinator, the
tiltak's ansvarlig, the sekretær) stays with the feature: it names each person it means, so
the ledger key of a message says whom it was for and never changes with a send.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    """The channel a coordinator or admin chose: the group's own when ``group_id`` names a
    group that has one, else the kommune's SLT channel."""

    kommune_id: str
    group_id: str | None = None


@dataclass(frozen=True)
class Person:
    """A person in the roster, reached in a 1:1 chat with the bot.

    ``roster_id`` is the roster's key (the Entra object id); ``user_id`` is the id the chat
    service knows them by, and the name the ledger keys their messages with (``:<user_id>``):
    kept as it was when the message was made, so its key never changes with the roster.
    """

    roster_id: str
    user_id: str
    name: str = ""


Address = Channel | Person
