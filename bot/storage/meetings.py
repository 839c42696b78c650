"""Repositories of meetings: the coordinator's changes, the answers to calls, Outlook events.

A meeting day is keyed ``kommune:group:YYYY-MM-DD``. Overrides hold what changed (time,
place, cancelled, moved) and who changed it; answers hold RSVPs (name, yes/no) and the
saksliste the members sent in (the words of each sak, as the sender asked to add them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.storage.codec import Codec, RecordRepository
from bot.storage.protocol import Json, Repository, Row
from bot.storage.records import GraphEvent, MeetingAnswers, MeetingDay, MeetingOverride

ANSWERS = "meeting"
"""The namespace of :class:`MeetingAnswerBook`."""

OVERRIDE_JSON = Codec(MeetingOverride, key="key")
ANSWERS_JSON = Codec(MeetingAnswers)
GRAPH_EVENT_JSON = Codec(GraphEvent)


class MeetingOverrides(RecordRepository[MeetingOverride]):
    """Changes to planned meetings and meetings called ad hoc (``meeting_override``)."""

    NAMESPACE = "meeting_override"
    json = OVERRIDE_JSON

    async def put(self, override: MeetingOverride) -> None:
        await self._put(override.key, override)

    async def in_kommune(self, kommune_id: str) -> list[MeetingOverride]:
        """Every change in one kommune, ordered by key (group, then day)."""
        return [override for _, override in await self._scan(f"{kommune_id}:")]

    async def change_days(
        self,
        keys: Sequence[str],
        decide: Callable[[dict[str, MeetingDay]], dict[str, MeetingDay]],
    ) -> dict[str, MeetingDay]:
        """Read, decide and write several meeting days — each day's change and its answers —
        as one transaction: a meeting moved from one day to another while someone answers
        the call loses neither the move nor the answer. ``decide`` gets every day in
        ``keys`` and returns the days to write (only those); the days as they are after."""

        def step(found: dict[Row, Json | None]) -> dict[Row, Json | None]:
            before = {key: _day(key, found) for key in keys}
            written: dict[Row, Json | None] = {}
            for key, day in decide(dict(before)).items():
                if key not in before:
                    raise ValueError(f"change_days may only write the days it read, not {key}")
                if day.override is not None and day.override != before[key].override:
                    written[(self.NAMESPACE, key)] = OVERRIDE_JSON.write(day.override)
                if day.answers != before[key].answers:
                    written[(ANSWERS, key)] = ANSWERS_JSON.write(day.answers)
            return written

        rows = [(namespace, key) for key in keys for namespace in (self.NAMESPACE, ANSWERS)]
        after = await self._store.update_many(rows, step)
        return {key: _day(key, after) for key in keys}


def _day(key: str, found: dict[Row, Json | None]) -> MeetingDay:
    override = found.get((MeetingOverrides.NAMESPACE, key))
    answers = found.get((ANSWERS, key))
    return MeetingDay(
        OVERRIDE_JSON.read(override, key) if override is not None else None,
        ANSWERS_JSON.read(answers) if answers else MeetingAnswers(),
    )


class MeetingAnswerBook(Repository):
    """RSVPs and the saksliste of each meeting day (namespace ``meeting``)."""

    NAMESPACE = ANSWERS

    async def get(self, key: str) -> MeetingAnswers:
        found = await self._store.get(self.NAMESPACE, key)
        return ANSWERS_JSON.read(found) if found else MeetingAnswers()

    async def put(self, key: str, answers: MeetingAnswers) -> None:
        await self._store.put(self.NAMESPACE, key, ANSWERS_JSON.write(answers))

    async def delete(self, key: str) -> bool:
        return await self._store.delete(self.NAMESPACE, key)


class GraphEvents(RecordRepository[GraphEvent]):
    """The Outlook event made for each meeting series, by its origin key (``graph_event``)."""

    NAMESPACE = "graph_event"
    json = GRAPH_EVENT_JSON

    async def get(self, key: str) -> GraphEvent | None:
        """An empty row is no event, as earlier versions read it."""
        found = await self._store.get(self.NAMESPACE, key)
        return self.json.read(found, key) if found else None

    async def put(self, uid_key: str, event: GraphEvent) -> None:
        await self._put(uid_key, event)
