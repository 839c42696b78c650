"""The knowledge version the service as a whole serves, shared by every instance.

A coordinator's reload reaches one instance. It announces the version it now serves here;
the other instances see the announcement (bot/knowledge_follower.py) and load the files
again themselves. The record holds a generation that only grows, so an instance knows
whether it has acted on the newest announcement, and the version and instance that made it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.protocol import Json, Repository


@dataclass(frozen=True)
class Announcement:
    """The newest reload any instance announced."""

    generation: int
    version: str
    by: str


class KnowledgeVersions(Repository):
    NAMESPACE = "service"
    KEY = "knowledge"

    async def newest(self) -> Announcement | None:
        found = await self._store.get(self.NAMESPACE, self.KEY)
        return _announcement(found) if found else None

    async def announce(self, version: str, by: str) -> Announcement:
        """Record ``version`` as the one to serve; one transaction, so two reloads at once
        get two generations and neither is lost."""

        def next_generation(old: Json | None) -> Json:
            generation = int(old["generation"]) + 1 if old else 1
            return {"generation": generation, "version": version, "by": by}

        written = await self._store.update(self.NAMESPACE, self.KEY, next_generation)
        assert written is not None  # the change never deletes
        return _announcement(written)


def _announcement(record: Json) -> Announcement:
    return Announcement(int(record["generation"]), str(record["version"]), str(record["by"]))
