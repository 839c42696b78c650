"""Repositories of people: the Teams roster and each user's own kommune choice.

Work identities only (Entra object id, Teams id, UPN, e-mail, display name, tenant and
service URL) — what it takes to reach a person 1:1 and to tell which teams they are in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.storage.protocol import Store
from bot.storage.records import RosterMember


class Roster:
    """Members of linked teams, keyed by lower-case Entra object id (namespace ``roster``)."""

    NAMESPACE = "roster"

    def __init__(self, store: Store) -> None:
        self._store = store

    async def get(self, aad_id: str) -> RosterMember | None:
        key = aad_id.lower()
        found = await self._store.get(self.NAMESPACE, key)
        return RosterMember.from_json(key, found) if found is not None else None

    async def all(self) -> list[RosterMember]:
        """Everyone, ordered by object id."""
        return [
            RosterMember.from_json(key, data)
            for key, data in await self._store.scan(self.NAMESPACE)
        ]

    async def put(self, member: RosterMember) -> None:
        await self._store.put(self.NAMESPACE, member.aad_id.lower(), member.to_json())

    async def joined(self, member: RosterMember, team_id: str) -> RosterMember:
        """Store a member seen in ``team_id``'s roster, keeping the other teams they are in."""
        known = await self.get(member.aad_id)
        teams = sorted({*(known.teams if known else ()), team_id})
        fresh = replace(member, aad_id=member.aad_id.lower(), team=team_id, teams=tuple(teams))
        await self.put(fresh)
        return fresh

    async def find(self, identities: Iterable[str]) -> RosterMember | None:
        """The member behind any of a person's identities: object id, else UPN or e-mail."""
        wanted = [i.lower() for i in identities if i]
        for identity in wanted:
            if (found := await self.get(identity)) is not None:
                return found
        return next(
            (
                m
                for m in await self.all()
                if {(m.upn or "").lower(), (m.email or "").lower()} & set(wanted)
            ),
            None,
        )


class UserChoices:
    """A user's own kommune for their 1:1 chats (namespace ``user_kommune``)."""

    NAMESPACE = "user_kommune"

    def __init__(self, store: Store) -> None:
        self._store = store

    async def kommune(self, user_key: str) -> str | None:
        found = await self._store.get(self.NAMESPACE, user_key)
        value = found.get("kommune") if found else None
        return value if isinstance(value, str) else None

    async def choose(self, user_key: str, kommune_id: str) -> None:
        await self._store.put(self.NAMESPACE, user_key, {"kommune": kommune_id})
