"""Repositories of where the bot talks: team links, conversation references, chosen
channels and the årshjul's calendar tokens.

All ids: which team or chat uses which kommune, how to reach a conversation proactively
(Bot Framework ids and the service URL, never message text), which channel a coordinator
chose, and the random token of each team's calendar link.
"""

from __future__ import annotations

import secrets

from bot.storage.codec import Codec
from bot.storage.protocol import Json, Repository
from bot.storage.records import ConversationRef, KommuneChannel

KOMMUNE_CHANNEL_JSON = Codec(KommuneChannel, key="kommune_id")


class TeamLinks(Repository):
    """Which kommune a team or chat is linked to (read on every turn)."""

    async def kommune_for(self, conversation_key: str) -> str | None:
        return await self._store.kommune_for(conversation_key)

    async def link(self, conversation_key: str, kommune_id: str, linked_by: str) -> None:
        await self._store.link(conversation_key, kommune_id, linked_by)

    async def all(self) -> dict[str, str]:
        return await self._store.links()


class ConversationRefs(Repository):
    """How to reach a team, channel or person later (for proactive messages)."""

    async def save(self, ref: ConversationRef) -> None:
        await self._store.save_reference(ref.key, ref.kind, ref.reference, ref.kommune_id)

    async def reference(self, key: str | None) -> Json | None:
        return await self._store.reference(key) if key else None

    async def all(self, kind: str | None = None) -> list[ConversationRef]:
        return [
            ConversationRef(key, found_kind, reference, kommune_id)
            for key, found_kind, kommune_id, reference in await self._store.references(kind)
        ]

    async def relabel(self, key_prefix: str, kommune_id: str) -> None:
        """A team linked to another kommune: its stored conversations follow."""
        await self._store.relabel_references(key_prefix, kommune_id)


class Channels(Repository):
    """Channels a coordinator or admin chose: the kommune's SLT channel and group channels."""

    KOMMUNE = "kommune_channel"
    """``kommune`` → the SLT channel chosen for the kommune, and its team."""
    GROUP = "group_channel"
    """``kommune:group`` → the channel the group's calls go to."""

    async def choose_for_kommune(self, choice: KommuneChannel) -> None:
        await self._store.put(self.KOMMUNE, choice.kommune_id, KOMMUNE_CHANNEL_JSON.write(choice))

    async def for_kommune(self, kommune_id: str) -> KommuneChannel | None:
        found = await self._store.get(self.KOMMUNE, kommune_id)
        return KOMMUNE_CHANNEL_JSON.read(found, kommune_id) if found else None

    async def forget_team(self, team_key: str, keep_kommune: str) -> None:
        """A team relinked to another kommune stops being the old kommune's SLT channel."""
        for kommune_id, record in await self._store.scan(self.KOMMUNE):
            if record.get("team") == team_key and kommune_id != keep_kommune:
                await self._store.delete(self.KOMMUNE, kommune_id)

    async def choose_for_group(self, kommune_id: str, group_id: str, channel_key: str) -> None:
        await self._store.put(self.GROUP, f"{kommune_id}:{group_id}", {"channel": channel_key})

    async def group_channel(self, kommune_id: str, group_id: str) -> str | None:
        """The channel chosen for the group itself (None: the kommune's applies)."""
        found = await self._store.get(self.GROUP, f"{kommune_id}:{group_id}")
        return str(found["channel"]) if found and found.get("channel") else None

    async def chosen(self, kommune_id: str, group_id: str | None = None) -> str | None:
        """The channel a message to the group goes to: its own, else the kommune's."""
        own = await self.group_channel(kommune_id, group_id) if group_id else None
        if own:
            return own
        kommune = await self.for_kommune(kommune_id)
        return kommune.channel if kommune is not None and kommune.channel else None

    async def groups_in(self, channel_key: str) -> list[tuple[str, str]]:
        """``(kommune, group)`` of every group whose calls go to ``channel_key``."""
        return [
            (kommune_id, group_id)
            for key, record in await self._store.scan(self.GROUP)
            if record.get("channel") == channel_key
            for kommune_id, _, group_id in [key.partition(":")]
        ]


class CalendarTokens(Repository):
    """The token in each team's årshjul link, and the server's signing secrets.

    One namespace for them, as earlier versions kept it: ``conversation:<key>`` →
    ``{"token": …}``, ``secret:meeting-links`` and ``secret:cards`` → ``{"secret": …}``.
    """

    NAMESPACE = "calendar_token"
    _PREFIX = "conversation:"
    _LEGACY_PREFIX = "token:"
    """Earlier versions also kept ``token:<token>`` records for lookup; never read any more."""
    SECRET_KEY = "secret:meeting-links"
    CARD_SECRET_KEY = "secret:cards"

    async def token(self, conversation_key: str) -> str | None:
        found = await self._store.get(self.NAMESPACE, self._PREFIX + conversation_key)
        token = found.get("token") if found else None
        return token if isinstance(token, str) else None

    async def replace(self, conversation_key: str, token: str) -> None:
        """Keep ``token`` for the team; the old one stops working at once."""
        old = await self.token(conversation_key)
        await self._store.put(self.NAMESPACE, self._PREFIX + conversation_key, {"token": token})
        if old is not None:
            await self._store.delete(self.NAMESPACE, self._LEGACY_PREFIX + old)

    async def all(self) -> list[tuple[str, str]]:
        """``(conversation key, token)`` of every team that has a link."""
        return [
            (key.removeprefix(self._PREFIX), str(record["token"]))
            for key, record in await self._store.scan(self.NAMESPACE, self._PREFIX)
            if isinstance(record.get("token"), str)
        ]

    async def link_secret(self) -> bytes:
        """The server's link-signing secret: made once, the same for every instance."""
        return await self._secret(self.SECRET_KEY)

    async def card_secret(self) -> bytes:
        """The card-signing secret of instances sharing one database (when ``SLT_CARD_SECRET``
        is not set): made once, so a card posted by one instance is clicked through any."""
        return await self._secret(self.CARD_SECRET_KEY)

    async def _secret(self, key: str) -> bytes:
        await self._store.put_if_absent(self.NAMESPACE, key, {"secret": secrets.token_urlsafe(32)})
        found = await self._store.get(self.NAMESPACE, key)
        assert found is not None
        return str(found["secret"]).encode()
