"""Neutral addresses made Teams conversations, at send time.

Jobs and follow-ups address a :class:`~bot.outbox.addresses.Channel` (the one a coordinator
chose) or a :class:`~bot.outbox.addresses.Person` (in the roster); :class:`AddressBook` reads
the stored conversation reference or roster record when the message is sent, so a message
waiting in the outbox goes where the bot can reach now.

When an address cannot be resolved any more (the channel choice was removed, the person left
the roster): a person's message goes to the fallback channel with an @mention, as when a 1:1
chat cannot be made; with nowhere to go, the attempt fails for good (:class:`Unresolved`,
recorded in the ledger as ``unresolved``) and ``report_to`` is told, as for any message that
could not be delivered.
"""

from __future__ import annotations

from typing import Any

from bot.outbox.addresses import Channel, Person
from bot.outbox.items import Message
from bot.storage import Repositories
from bot.teams.outgoing import Outgoing, UserTarget


class Unresolved(Exception):
    """An address the bot cannot reach: no channel chosen or stored, nobody in the roster."""


class AddressBook:
    """Channels and people as Teams reaches them: stored references and roster records."""

    def __init__(self, repos: Repositories) -> None:
        self.repos = repos

    async def channel(self, address: Channel | None) -> dict[str, Any] | None:
        """The stored conversation reference of the chosen channel; None without one."""
        if address is None:
            return None
        key = await self.repos.channels.chosen(address.kommune_id, address.group_id)
        return await self.repos.conversations.reference(key)

    async def person(self, address: Person) -> UserTarget | None:
        """The roster's way to the person's 1:1 chat; None when they are not in it (any more)."""
        member = await self.repos.roster.get(address.roster_id)
        if member is None or not member.user_id or not member.service_url:
            return None
        return UserTarget(member.user_id, member.tenant_id or "", member.service_url, address.name)

    async def outgoing(self, message: Message) -> tuple[Outgoing, bool]:
        """``message`` as Teams posts it, and whether it goes to the fallback channel at once
        (the person cannot be reached 1:1). Raises :class:`Unresolved` with nowhere to go."""
        report_to = await self.channel(message.report_to)
        fallback = (
            report_to
            if message.fallback == message.report_to
            else await self.channel(message.fallback)
        )
        to = message.to
        if isinstance(to, Channel):
            conversation = await self.channel(to)
            if conversation is None:
                raise Unresolved("no chosen channel to post in")
            return self._outgoing(message, report_to, conversation=conversation), False
        mention = (to.user_id, to.name)
        user = await self.person(to)
        if user is not None:
            return self._outgoing(
                message, report_to, user=user, fallback_channel=fallback, fallback_mention=mention
            ), False
        if fallback is None:
            raise Unresolved("the person is not in the roster and there is no channel")
        return self._outgoing(
            message, report_to, conversation=fallback, fallback_mention=mention
        ), True

    async def report_only(self, message: Message) -> Outgoing | None:
        """A stand-in for a message that could not be resolved: where to report it."""
        report_to = await self.channel(message.report_to)
        if report_to is None:
            return None
        return self._outgoing(message, report_to, conversation=report_to)

    @staticmethod
    def _outgoing(message: Message, report_to: dict[str, Any] | None, **target: Any) -> Outgoing:
        return Outgoing(
            key=message.key,
            reply=message.reply,
            kind=message.kind,
            report_to=report_to,
            about=message.about,
            **target,
        )
