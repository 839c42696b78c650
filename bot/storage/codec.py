"""One reader and writer for every stored record, driven by the record's field types:
pydantic's ``TypeAdapter`` over the stdlib dataclasses of :mod:`bot.storage.records`, so a
record is only its field declarations.

The JSON is the shape earlier versions wrote by hand (an existing database reads unchanged,
``tests/test_stored_json.py`` pins it). What that shape needs beyond the types is said on
the field, with these marks:

- :data:`Text`, :data:`MaybeText`, :data:`Flag`, :data:`Count`: a value missing, null or
  empty in a row reads as the field's default (older versions left fields out);
- ``Field(default=…)`` in the annotation: a default for reading only, where the record's
  constructor wants the value (``Rsvp.name`` reads «Ukjent»);
- :data:`OMIT_NONE`, :data:`OMIT_EMPTY`: the field is left out of the JSON when it is None,
  or when it is empty or false.

A record keyed by one of its fields (the roster member's ``aad_id``) is stored without it:
the row's key is that field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import BeforeValidator, Field, TypeAdapter
from pydantic_core import PydanticUseDefault

from bot.storage.protocol import Json, Repository

R = TypeVar("R")


def _blank_is_default(value: Any) -> Any:
    if value is None or value == "":
        raise PydanticUseDefault()
    return value


_BLANK = BeforeValidator(_blank_is_default)
Text = Annotated[str, _BLANK]
MaybeText = Annotated[str | None, _BLANK]
Flag = Annotated[bool, _BLANK]
Count = Annotated[int, _BLANK]

OMIT_NONE: Any = Field(exclude_if=lambda value: value is None)
OMIT_EMPTY: Any = Field(exclude_if=lambda value: not value)


class Codec(Generic[R]):
    """Reads and writes one record type; ``key`` names the field the row's key holds, and
    ``upgrade`` turns a row an older version wrote into today's shape before it is read."""

    def __init__(
        self,
        record: type[R],
        *,
        key: str | None = None,
        upgrade: Callable[[Json], Json] | None = None,
    ) -> None:
        self._adapter = TypeAdapter(record)
        self._key = key
        self._exclude = {key} if key else None
        self._upgrade = upgrade

    def read(self, data: Json, key: str | None = None) -> R:
        if self._upgrade is not None:
            data = self._upgrade(data)
        if self._key is not None:
            data = {**data, self._key: key}
        return self._adapter.validate_python(data)

    def write(self, record: R) -> Json:
        written: Json = self._adapter.dump_python(record, mode="json", exclude=self._exclude)
        return written


class RecordRepository(Repository, Generic[R]):
    """A namespace holding one record type, each row read and written by ``json``: what every
    such repository's ``get``, ``put`` and scan by key prefix have in common."""

    NAMESPACE: ClassVar[str]
    json: Codec[R]

    async def get(self, key: str) -> R | None:
        found = await self._store.get(self.NAMESPACE, key)
        return self.json.read(found, key) if found is not None else None

    async def _put(self, key: str, record: R) -> None:
        await self._store.put(self.NAMESPACE, key, self.json.write(record))

    async def _scan(self, prefix: str = "") -> list[tuple[str, R]]:
        """Every row whose key starts with ``prefix``, ordered by key."""
        return [
            (key, self.json.read(data, key))
            for key, data in await self._store.scan(self.NAMESPACE, prefix)
        ]
