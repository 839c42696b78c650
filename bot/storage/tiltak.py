"""Repositories of the tiltak plan's follow-up: answers, frister, ansvarlige, plan period,
nudges and which reminders and escalations went into which message.

An occurrence is keyed ``kommune:tiltak:YYYY-MM-DD`` (its deadline); a tiltak
``kommune:tiltak``. Comments are kept (at most 1,000 characters, after the privacy guard)
because the coordinator reads them; nothing else of a message is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from bot.storage.codec import Codec, RecordRepository
from bot.storage.protocol import Json, Repository, Store
from bot.storage.records import Mark, Stamp, TiltakRecord

TILTAK_JSON = Codec(TiltakRecord)
MARK_JSON = Codec(Mark)


class TiltakAnswers(RecordRepository[TiltakRecord]):
    """Answers on each occurrence (namespace ``tiltak``)."""

    NAMESPACE = "tiltak"
    json = TILTAK_JSON

    async def put(self, key: str, record: TiltakRecord) -> None:
        await self._put(key, record)

    async def change(
        self, key: str, change: Callable[[TiltakRecord | None], TiltakRecord]
    ) -> TiltakRecord:
        """Read, decide and write one occurrence as one step: two answers given at the same
        moment (on two instances) are both kept."""

        def step(found: Json | None) -> Json:
            return TILTAK_JSON.write(change(TILTAK_JSON.read(found) if found is not None else None))

        new = await self._store.update(self.NAMESPACE, key, step)
        assert new is not None
        return TILTAK_JSON.read(new)

    async def in_kommune(self, kommune_id: str) -> list[tuple[str, TiltakRecord]]:
        return await self._scan(f"{kommune_id}:")


class _PerTiltak(Repository):
    """A record per tiltak, keyed ``kommune:tiltak``."""

    NAMESPACE: ClassVar[str]

    async def _record(self, kommune_id: str, tiltak_id: str) -> Json | None:
        return await self._store.get(self.NAMESPACE, f"{kommune_id}:{tiltak_id}")

    async def _write(self, kommune_id: str, tiltak_id: str, record: Json) -> None:
        await self._store.put(self.NAMESPACE, f"{kommune_id}:{tiltak_id}", record)

    async def _by_tiltak(self, kommune_id: str) -> dict[str, Json]:
        """One kommune's records by tiltak id."""
        prefix = f"{kommune_id}:"
        found = await self._store.scan(self.NAMESPACE, prefix)
        return {key.removeprefix(prefix): data for key, data in found}


class Deadlines(_PerTiltak):
    """Frister the coordinator set for tiltak without one (``tiltak_frist``)."""

    NAMESPACE = "tiltak_frist"

    async def get(self, kommune_id: str, tiltak_id: str) -> tuple[str, Stamp] | None:
        """``(YYYY-MM-DD, who set it)``."""
        found = await self._record(kommune_id, tiltak_id)
        if not found:
            return None
        return str(found["date"]), Stamp(str(found.get("by") or ""), str(found.get("at") or ""))

    async def set(self, kommune_id: str, tiltak_id: str, day: str, stamp: Stamp) -> None:
        await self._write(kommune_id, tiltak_id, {"date": day, "by": stamp.by, "at": stamp.at})

    async def in_kommune(self, kommune_id: str) -> dict[str, str]:
        """Tiltak id → YYYY-MM-DD."""
        return {
            tiltak: str(data["date"])
            for tiltak, data in (await self._by_tiltak(kommune_id)).items()
        }


class PlanPeriods(Repository):
    """Years a kommune extended its plan by (``plan_period``)."""

    NAMESPACE = "plan_period"

    async def extra_years(self, kommune_id: str) -> int:
        found = await self._store.get(self.NAMESPACE, kommune_id) or {}
        return int(found.get("extra_years", 0))

    async def extend(self, kommune_id: str, stamp: Stamp) -> int:
        """One more year, as one step (two coordinators at once extend by two); the total."""

        def more(found: dict[str, object] | None) -> dict[str, object]:
            years = int(str((found or {}).get("extra_years", 0))) + 1
            return {**(found or {}), "extra_years": years, "by": stamp.by, "at": stamp.at}

        new = await self._store.update(self.NAMESPACE, kommune_id, more)
        assert new is not None
        return int(new["extra_years"])


class Assignees(_PerTiltak):
    """The person the coordinator made ansvarlig for a tiltak (``tiltak_ansvarlig``)."""

    NAMESPACE = "tiltak_ansvarlig"

    async def get(self, kommune_id: str, tiltak_id: str) -> tuple[str, str] | None:
        """``(name, identity)``."""
        found = await self._record(kommune_id, tiltak_id)
        return _assignee(found) if found else None

    async def in_kommune(self, kommune_id: str) -> dict[str, tuple[str, str]]:
        """Tiltak id → ``(name, identity)``."""
        return {
            tiltak: _assignee(data) for tiltak, data in (await self._by_tiltak(kommune_id)).items()
        }

    async def assign(
        self, kommune_id: str, tiltak_id: str, name: str, identity: str, stamp: Stamp
    ) -> None:
        record = {"name": name, "identity": identity, "by": stamp.by, "at": stamp.at}
        await self._write(kommune_id, tiltak_id, record)


def _assignee(data: Json) -> tuple[str, str]:
    return str(data.get("name") or data["identity"]), str(data["identity"])


class Nudges(Repository):
    """«Send påminnelse igjen» presses, until every copy went out (``tiltak_nudge``).

    Keyed ``kommune:tiltak:YYYY-MM-DD:<stamp>``.
    """

    NAMESPACE = "tiltak_nudge"

    async def add(self, key: str, stamp: Stamp) -> None:
        await self._store.put(self.NAMESPACE, key, {"by": stamp.by, "at": stamp.at})

    async def in_kommune(self, kommune_id: str) -> list[tuple[str, Stamp, bool]]:
        """``(key, who pressed, done)`` ordered by key."""
        return [
            (
                key,
                Stamp(str(data.get("by") or ""), str(data.get("at") or "")),
                bool(data.get("done")),
            )
            for key, data in await self._store.scan(self.NAMESPACE, f"{kommune_id}:")
        ]

    async def done(self, key: str) -> None:
        await self._store.update(self.NAMESPACE, key, lambda found: {**(found or {}), "done": True})


class Marks(Repository):
    """Which message a reminder (``tiltak_reminded``) or escalation (``tiltak_escalated``)
    went into, so a tick builds the same message again until the ledger has it sent."""

    REMINDED = "tiltak_reminded"
    ESCALATED = "tiltak_escalated"

    def __init__(self, store: Store, namespace: str) -> None:
        super().__init__(store)
        self._namespace = namespace

    async def get(self, marker: str) -> Mark | None:
        found = await self._store.get(self._namespace, marker)
        return MARK_JSON.read(found) if found is not None else None

    async def put(self, marker: str, mark: Mark) -> None:
        await self._store.put(self._namespace, marker, MARK_JSON.write(mark))
