"""The action plan's schema: tiltak, their frister as the plan states them, status checks.

A deadline is the part of the knowledge most easily invented (an example date copied into a
file), so its rules — the quoted words must name the date, or say how it was computed — live
here together, away from the organisation's schema.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from bot.dates import day_month_text
from bot.knowledge.provenance import SEED_REF, Confirmed, Sourced, Strict, Text

MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _mentions_day(quote: str, month: int, day: int) -> bool:
    """Whether the plan's words name this day of the year ("21. november", "21.11")."""
    q = " ".join(quote.casefold().split())
    return any(
        form in q
        for form in (
            day_month_text(day, month),
            f"{day}.{month}.",
            f"{day:02d}.{month:02d}.",
            f"{day}.{month:02d}.",
        )
    )


class Frist(Strict):
    """A tiltak's deadline, as the plan gives it — never an example.

    ``text`` keeps the plan's words. A date rule (``date``, ``yearly`` MM-DD or ISO
    ``week``) needs the ``quote`` and ``at`` it comes from: either the quote names that
    very date or week, or ``computed`` says how the date was worked out from the words
    («før hver sommerferie» → 15. juni); a computed date is shown as such and sits on the
    review sheet until ``confirmed``. Work the plan gives no time for is ``continuous``
    (løpende): it gets the kommune's status checks, never a «frist».
    """

    text: Text
    date: dt.date | None = None
    yearly: str | None = Field(None, description="MM-DD every year")
    week: int | None = Field(None, ge=1, le=53, description="ISO week every year")
    continuous: bool = False
    quote: str | None = None
    at: str | None = Field(None, pattern=SEED_REF)
    computed: str | None = Field(None, description="how the date follows from the words")
    confirmed: Confirmed | None = None
    example: bool = Field(False, description="not allowed: bundled knowledge has no examples")

    @field_validator("yearly")
    @classmethod
    def _month_day(cls, value: str | None) -> str | None:
        if value is not None and not MONTH_DAY.match(value):
            raise ValueError("yearly must be MM-DD, e.g. '06-15'")
        return value

    @model_validator(mode="after")
    def _exactly_one_rule(self) -> Frist:
        rules = [self.date is not None, self.yearly is not None, self.week is not None]
        if sum(rules) + int(self.continuous) != 1:
            raise ValueError("give exactly one of date, yearly, week or continuous: true")
        if self.example:
            raise ValueError(
                "example dates are not allowed: give the date the plan states (with quote "
                "and at), a date computed from the plan's words (computed: how), or "
                "continuous: true; the coordinator can set a deadline in Teams"
            )
        if self.continuous:
            if self.computed:
                raise ValueError("a continuous tiltak has no computed date; remove 'computed'")
            return self
        if not (self.quote and self.at):
            raise ValueError(
                "a deadline needs the plan's words it comes from: quote and at (e.g. at: '000:412')"
            )
        if self.computed is None and not self._stated_in(self.quote):
            what = self.date or self.yearly or f"week {self.week}"
            raise ValueError(
                f"the deadline {what} is not in the quoted words «{self.quote}» — an example "
                "date? Quote the words that state it, say how it is computed (computed: …), "
                "or make it continuous: true"
            )
        return self

    def _stated_in(self, quote: str) -> bool:
        q = quote.casefold()
        if self.week is not None:
            return f"uke {self.week}" in q
        if self.date is not None:
            return str(self.date.year) in q and _mentions_day(q, self.date.month, self.date.day)
        month, day = (int(part) for part in str(self.yearly).split("-"))
        return _mentions_day(q, month, day)

    @property
    def has_date(self) -> bool:
        return not self.continuous

    @property
    def open(self) -> bool:
        """A computed date the coordinator has not confirmed yet."""
        return self.computed is not None and self.confirmed is None


class StatusChecks(Sourced):
    """When løpende tiltak get a «statussjekk» (never called a frist), each year, MM-DD."""

    dates: tuple[str, ...] = Field(min_length=1, max_length=12)
    text: Text = Field(description="the cadence in words, shown to the coordinator")

    @field_validator("dates")
    @classmethod
    def _month_days(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not MONTH_DAY.match(item):
                raise ValueError(f"status check dates are MM-DD, e.g. '05-31' (got {item!r})")
        return value


class Tiltak(Sourced):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=32)]
    innsatsomrade: Text
    mal: str | None = None
    tiltak: Text
    ansvar: tuple[Text, ...] = Field(min_length=1)
    frist: Frist
