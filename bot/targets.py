"""Who and where a scheduled message goes: roles to people in the roster (through the people
mapping), kommuner to the SLT channel a coordinator chose, and one :class:`Message` per
recipient with the channel as fallback.

Addresses only (:mod:`bot.outbox.addresses`): which conversation a channel or a person is
in Teams is worked out when the message is sent (:mod:`bot.teams.resolve`). Whether there is
a channel and whether a person is in the roster is decided here, because the ledger key of a
message says whom it is for."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from bot.features.reply import Reply
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.model import COORDINATOR_ROLE
from bot.features.tiltak.view import TiltakView
from bot.knowledge.models import Tiltak
from bot.outbox.addresses import Channel, Person
from bot.outbox.items import Message
from bot.storage import Repositories

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    """Where one person's message goes: a 1:1 chat, falling back to the SLT channel."""

    label: str
    person: Person | None


class Targets:
    """Resolves roles to people in the roster (people mapping + roster) and kommuner to the
    channels chosen for them."""

    def __init__(self, repos: Repositories, desk: TiltakDesk) -> None:
        self.repos = repos
        self.desk = desk

    async def channel(self, kommune_id: str, group_id: str | None = None) -> Channel | None:
        """The group's channel, else the kommune's SLT channel — only one a coordinator or
        admin chose (never a channel merely seen: see ``bot.features.channels``) and the bot
        can reach; None when there is none."""
        chosen = await self.repos.channels.chosen(kommune_id, group_id)
        reachable = await self.repos.conversations.reference(chosen)
        return Channel(kommune_id, group_id) if reachable is not None else None

    async def person(self, identities: Iterable[str], label: str) -> Person | None:
        """The person (in the roster, reachable 1:1) behind any of a person's identities."""
        member = await self.repos.roster.find(identities)
        if member and member.user_id and member.service_url:
            return Person(member.aad_id, member.user_id, member.name or label)
        return None

    async def for_tiltak(self, view: TiltakView, tiltak: Tiltak) -> list[Recipient]:
        """The person the coordinator assigned, else everyone mapped to the tiltak's roles
        (each once); empty when nobody is: «mangler ansvarlig»."""
        kommune_id = view.kommune_id
        assigned = view.assignee(tiltak.id)
        if assigned is not None:
            return await self.recipients([(assigned.name, (assigned.identity,))])
        found = [r for role in tiltak.ansvar for r in await self.for_role(kommune_id, role)]
        return list({ledger_name(r): r for r in found}.values())

    async def for_role(self, kommune_id: str, role: str) -> list[Recipient]:
        people = self.desk.people_map(kommune_id).people_for(role)
        return await self.recipients((p.name or p.role, p.identities) for p in people)

    async def recipients(self, people: Iterable[tuple[str, Iterable[str]]]) -> list[Recipient]:
        """(label, identities) pairs as recipients."""
        return [Recipient(label, await self.person(ids, label)) for label, ids in people]

    async def coordinator(self, kommune_id: str) -> list[Recipient]:
        return await self.for_role(kommune_id, COORDINATOR_ROLE)

    def address(
        self,
        key: str,
        reply: Reply,
        recipients: Iterable[Recipient],
        channel: Channel | None,
        *,
        kind: str,
        about: str,
    ) -> list[Message]:
        """One message per recipient: 1:1 with the channel as fallback; a person who is mapped
        but not in the roster is named in the channel; nobody at all → the channel."""
        result = []
        for recipient in recipients:
            who = ledger_name(recipient)
            if recipient.person is not None:
                result.append(
                    Message(
                        key=f"{key}:{who}",
                        reply=reply,
                        to=recipient.person,
                        kind=kind,
                        fallback=channel,
                        report_to=channel,
                        about=about,
                    )
                )
            elif channel is not None:
                labelled = Reply(f"{recipient.label}: {reply.text}", reply.cards, reply.intent)
                result.append(
                    Message(key=f"{key}:{who}", reply=labelled, to=channel, kind=kind, about=about)
                )
        if not result and channel is not None:
            result.append(
                Message(key=f"{key}:channel", reply=reply, to=channel, kind=kind, about=about)
            )
        if not result:
            log.warning("nowhere to send %s: nobody mapped and no channel chosen", kind)
        return result

    async def to_recipients(
        self,
        key: str,
        reply: Reply,
        recipients: Iterable[Recipient],
        kommune_id: str,
        *,
        about: str,
        kind: str = "reminder",
    ) -> list[Message]:
        """``address`` with the kommune's SLT channel as the fallback."""
        channel = await self.channel(kommune_id)
        return self.address(key, reply, recipients, channel, kind=kind, about=about)

    async def notices(
        self,
        kommune_id: str,
        reply: Reply,
        *,
        key: str,
        kind: str = "notice",
        about: str = "melding til koordinator",
    ) -> list[Message]:
        """A message to the kommune's coordinator (1:1, else the SLT channel)."""
        return await self.to_recipients(
            key, reply, await self.coordinator(kommune_id), kommune_id, kind=kind, about=about
        )


def ledger_name(recipient: Recipient) -> str:
    """The key of one recipient in the ledger (as ``Targets.address`` builds it)."""
    return recipient.person.user_id if recipient.person else recipient.label
