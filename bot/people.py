"""Who holds which role: the per-kommune people mapping, kept outside the plan knowledge.

The real files hold work identities of real people, so they are not in git; the repo ships
``*.example.yaml`` placeholders. Resolution is by folded role name, so "Ungdomskontakt" in a
tiltak's ansvar matches a mapping entry "ungdomskontakt".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field, model_validator

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.loader import validate_file
from bot.knowledge.provenance import Slug, Strict, Text
from bot.text import fold


class Person(Strict):
    role: Text
    name: str | None = None
    upn: str | None = None
    email: str | None = None
    aad_object_id: str | None = None

    @model_validator(mode="after")
    def _has_an_identity(self) -> Person:
        if not (self.upn or self.email or self.aad_object_id):
            raise ValueError("give upn, email or aad_object_id")
        return self

    @property
    def identities(self) -> tuple[str, ...]:
        """Lower-cased identifiers to match against the Teams roster."""
        return tuple(x.lower() for x in (self.aad_object_id, self.upn, self.email) if x)


@dataclass(frozen=True)
class PersonRef:
    """Someone the bot met in Teams: the name to show and the lower-case work identity that
    tells them apart (the Entra object id; else a UPN, an e-mail or the Teams user id).

    A meeting's attendee and a tiltak's ansvarlig are both this.
    """

    name: str
    identity: str


class PeopleFile(Strict):
    kommune: Slug
    people: tuple[Person, ...] = Field(default=())


@dataclass(frozen=True)
class PeopleMap:
    """Role → people for one kommune (empty when no mapping file exists)."""

    kommune_id: str
    by_role: dict[str, tuple[Person, ...]] = field(default_factory=dict)

    def people_for(self, role: str) -> tuple[Person, ...]:
        return self.by_role.get(fold(role), ())

    def roles_of(self, identities: set[str]) -> tuple[str, ...]:
        """The roles mapped to a user, given any of their identities (aad id, UPN, e-mail)."""
        wanted = {i.lower() for i in identities if i}
        return tuple(
            people[0].role
            for people in self.by_role.values()
            if any(wanted & set(p.identities) for p in people)
        )

    @property
    def is_empty(self) -> bool:
        return not self.by_role


def load_people(directory: Path, kommune_id: str) -> PeopleMap:
    """Load ``<directory>/<kommune>.yaml``; without one, nobody is mapped."""
    path = directory / f"{kommune_id}.yaml"
    if not path.exists():
        return PeopleMap(kommune_id)
    data = validate_file(PeopleFile, path)
    if data.kommune != kommune_id:
        raise KnowledgeError.single(path, "kommune", f"must be '{kommune_id}' (the file name)")
    by_role: dict[str, list[Person]] = {}
    for person in data.people:
        by_role.setdefault(fold(person.role), []).append(person)
    return PeopleMap(kommune_id, {role: tuple(p) for role, p in by_role.items()})
