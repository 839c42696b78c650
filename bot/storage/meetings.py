"""Repositories of meetings: the coordinator's changes, the answers to calls, Outlook events.

A meeting day is keyed ``kommune:group:YYYY-MM-DD``. Overrides hold what changed (time,
place, cancelled, moved) and who changed it; answers hold RSVPs (name, yes/no) and the
saksliste the members sent in (the words of each sak, as the sender asked to add them).
"""

from __future__ import annotations

from bot.storage.protocol import Json, Store
from bot.storage.records import GraphEvent, MeetingAnswers, MeetingOverride


class MeetingOverrides:
    """Changes to planned meetings and meetings called ad hoc (``meeting_override``)."""

    NAMESPACE = "meeting_override"

    def __init__(self, store: Store) -> None:
        self._store = store

    async def get(self, key: str) -> MeetingOverride | None:
        found = await self._store.get(self.NAMESPACE, key)
        return MeetingOverride.from_json(key, found) if found is not None else None

    async def put(self, override: MeetingOverride) -> None:
        await self._store.put(self.NAMESPACE, override.key, override.to_json())

    async def in_kommune(self, kommune_id: str) -> list[MeetingOverride]:
        """Every change in one kommune, ordered by key (group, then day)."""
        return [
            MeetingOverride.from_json(key, data)
            for key, data in await self._store.scan(self.NAMESPACE, f"{kommune_id}:")
        ]


class MeetingAnswerBook:
    """RSVPs and the saksliste of each meeting day (namespace ``meeting``)."""

    NAMESPACE = "meeting"

    def __init__(self, store: Store) -> None:
        self._store = store

    async def get(self, key: str) -> MeetingAnswers:
        found = await self._store.get(self.NAMESPACE, key)
        return MeetingAnswers.from_json(found) if found else MeetingAnswers()

    async def put(self, key: str, answers: MeetingAnswers) -> None:
        await self._store.put(self.NAMESPACE, key, answers.to_json())

    async def delete(self, key: str) -> bool:
        return await self._store.delete(self.NAMESPACE, key)


class GraphEvents:
    """The Outlook event made for each meeting series, by its origin key (``graph_event``)."""

    NAMESPACE = "graph_event"

    def __init__(self, store: Store) -> None:
        self._store = store

    async def get(self, uid_key: str) -> GraphEvent | None:
        found = await self._store.get(self.NAMESPACE, uid_key)
        if not found:
            return None
        return GraphEvent(str(found["organizer"]), str(found["event_id"]), found.get("join_url"))

    async def put(self, uid_key: str, event: GraphEvent) -> None:
        record: Json = {
            "organizer": event.organizer,
            "event_id": event.event_id,
            "join_url": event.join_url,
        }
        await self._store.put(self.NAMESPACE, uid_key, record)
