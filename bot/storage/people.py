"""Repositories of people: the Teams roster and each user's own kommune choice.

Work identities only (Entra object id, Teams id, UPN, e-mail, display name, tenant and
service URL) — what it takes to reach a person 1:1 and to tell which teams they are in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.storage.codec import Codec, RecordRepository
from bot.storage.protocol import Json, Repository
from bot.storage.records import RosterMember


def _teams_with_team(data: Json) -> Json:
    """Older versions kept one ``team``; it is one of the member's ``teams`` (sorted, once).
    A row written today already is (the roster is read on every turn: it is left as it is)."""
    teams, team = data.get("teams", ()), data.get("team")
    if (not team or team in teams) and teams == sorted(set(teams)):
        return data
    both = [*teams, *([team] if team else [])]
    return {**data, "teams": sorted({str(t) for t in both})}


ROSTER_JSON = Codec(RosterMember, key="aad_id", upgrade=_teams_with_team)


class Roster(RecordRepository[RosterMember]):
    """Members of linked teams, keyed by lower-case Entra object id (namespace ``roster``)."""

    NAMESPACE = "roster"
    json = ROSTER_JSON

    async def get(self, aad_id: str) -> RosterMember | None:
        return await super().get(aad_id.lower())

    async def all(self) -> list[RosterMember]:
        """Everyone, ordered by object id."""
        return [member for _, member in await self._scan()]

    async def put(self, member: RosterMember) -> None:
        await self._put(member.aad_id.lower(), member)

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


class UserChoices(Repository):
    """A user's own kommune for their 1:1 chats (namespace ``user_kommune``)."""

    NAMESPACE = "user_kommune"

    async def kommune(self, user_key: str) -> str | None:
        return self.kommune_of(await self._store.get(self.NAMESPACE, user_key))

    @staticmethod
    def kommune_of(found: Json | None) -> str | None:
        """The kommune in a stored choice (None when there is none)."""
        value = found.get("kommune") if found else None
        return value if isinstance(value, str) else None

    async def choose(self, user_key: str, kommune_id: str) -> None:
        await self._store.put(self.NAMESPACE, user_key, {"kommune": kommune_id})


@dataclass(frozen=True)
class Sender:
    """What a turn needs to know about its sender and conversation, read together."""

    member: RosterMember | None
    """The roster's record of the sender (None without an Entra object id, or not synced)."""
    chosen: str | None
    """The kommune the sender chose for their own chats («jeg jobber i …»)."""
    linked: str | None
    """The kommune the conversation is linked to."""


class Senders(Repository):
    """The roster, the users' choices and the team links as one read per turn.

    Each read is the repository's own (same namespaces, same records), asked of the store in
    one :meth:`~bot.storage.protocol.Store.read_many`: one hand-over to the database per turn
    instead of three, still read fresh every turn (another instance may have linked the team
    a moment ago).
    """

    async def read(self, aad_id: str | None, user_key: str, conversation_key: str) -> Sender:
        """The sender's roster record (by Entra object id), own choice (by ``user_key``) and
        the link of ``conversation_key``."""
        member_row = (Roster.NAMESPACE, aad_id.lower()) if aad_id else None
        choice_row = (UserChoices.NAMESPACE, user_key)
        rows = [choice_row, member_row] if member_row else [choice_row]
        reading = await self._store.read_many(rows, [conversation_key])
        found = reading.records.get(member_row) if member_row else None
        return Sender(
            member=ROSTER_JSON.read(found, member_row[1]) if member_row and found else None,
            chosen=UserChoices.kommune_of(reading.records.get(choice_row)),
            linked=reading.links.get(conversation_key),
        )

    async def team_links(self, team_ids: Iterable[str]) -> dict[str, str | None]:
        """Team id → the kommune its team is linked to, for several teams in one read."""
        keys = {f"team:{team}": team for team in team_ids}
        if not keys:
            return {}
        reading = await self._store.read_many(links=list(keys))
        return {team: reading.links.get(key) for key, team in keys.items()}
