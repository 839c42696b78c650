"""Where a fact comes from: sources, their ranks, and the quoted facts a coordinator signs.

The base of every knowledge model (unknown keys are errors) and the provenance every item
carries, apart from what the items are, so the review sheet and the answers' one-line
provenance read one small module.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

SLUG = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[str, Field(pattern=SLUG, min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
WordList = Annotated[
    str,
    Field(
        min_length=1,
        pattern=r"^[^#]*$",
        description="words separated by spaces; no «#»: YAML keeps a comment inside a folded "
        "«>-» block as text, and it would be read as words",
    ),
]


class Strict(BaseModel):
    """Base for all knowledge models: unknown keys are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


RECORD = ConfigDict(extra="forbid", str_strip_whitespace=True)
"""Strict's checks for a small record kept by the thousand (an example, a lemma's forms): a
frozen slotted pydantic dataclass validates as a model does, and its instance is a plain
slotted object, about a tenth of a model's (no ``__dict__``, no set of the fields set)."""


class SourceKind(StrEnum):
    PLAN = "plan"
    WEB = "web"
    NATIONAL = "national"


class Source(Strict):
    """A document facts are taken from. ``rank`` decides disagreements: lower wins."""

    title: Text
    kind: SourceKind
    rank: int = Field(ge=1, description="1 = authoritative; higher ranks lose disagreements")
    adopted: dt.date | None = None
    url: str | None = None
    document: str | None = Field(None, description="seed file or document id")


class OtherSource(Strict):
    """What a losing source said about a field, so the bot can mention the difference."""

    source: Slug
    field: Text
    says: Text


class Basis(StrEnum):
    """How a fact is known. Only ``plan`` facts are off the coordinator's review sheet."""

    PLAN = "plan"
    """The authoritative plan says so; the quote shows where."""
    OLDER = "older"
    """Only an older or losing source says so (e.g. Jevnaker's older plan, 002)."""
    INFERRED = "inferred"
    """Derived from the plan's words (a computed date, a period read off the tiltak)."""
    ASSUMED = "assumed"
    """No source says so; a working assumption the bot uses until confirmed."""
    MISSING = "missing"
    """The sources do not say; the coordinator should fill it in."""


BASIS_LABEL = {
    Basis.PLAN: "fra planen",
    Basis.OLDER: "fra eldre kilde",
    Basis.INFERRED: "utledet",
    Basis.ASSUMED: "antatt",
    Basis.MISSING: "mangler",
}
"""How a basis is named to a coordinator (review sheet, one-line provenance)."""

SEED_REF = r"^\d{3}:\d+(?:[–-]\d+)?(?:, ?\d+(?:[–-]\d+)?)*$"


class Confirmed(Strict):
    """Who confirmed a fact, and when (``{by: Kari Koordinator, date: 2026-12-01}``): the fact
    then leaves the review sheet."""

    by: Text
    date: dt.date = Field(description="not 'on': YAML reads a bare on as true")


class Fact(Strict):
    """One fact with the words it rests on, so a coordinator can check and sign it.

    ``at`` is the seed document and line(s), e.g. ``001:79–82``; ``quote`` the words there
    (OCR errors corrected). A fact whose basis is not ``plan`` is listed on the kommune's
    review sheet until it has ``confirmed``.
    """

    about: Text = Field(description="what the fact is, in words the coordinator reads")
    basis: Basis = Basis.PLAN
    quote: str | None = None
    at: str | None = Field(None, pattern=SEED_REF)
    note: str | None = None
    confirmed: Confirmed | None = None

    @model_validator(mode="after")
    def _quoted_unless_unknown(self) -> Fact:
        if self.basis in (Basis.PLAN, Basis.OLDER, Basis.INFERRED) and not (self.quote and self.at):
            raise ValueError(
                f"a fact with basis '{self.basis}' needs the seed's words: quote and at "
                "(e.g. at: '001:79–82')"
            )
        return self

    @property
    def open(self) -> bool:
        """Still to be confirmed by the coordinator."""
        return self.basis is not Basis.PLAN and self.confirmed is None


class Sourced(Strict):
    """Anything that carries its own source key, and the quoted facts it rests on."""

    source: Slug
    other_sources: tuple[OtherSource, ...] = ()
    facts: tuple[Fact, ...] = ()
