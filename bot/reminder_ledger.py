"""What a tick asks the ledger before it builds a batched message again: did Teams get it,
and does an item (a reminder, an escalation) belong in today's message; and the texts of
those messages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from bot.dates import short_date as norwegian_date
from bot.features.tiltak.model import Occurrence, Status
from bot.features.tiltak.owners import owners_text
from bot.storage.outbox import SENT, OutboxEntry
from bot.storage.records import Mark


class Delivered:
    """Whether Teams has a message: one of its ledger rows says sent (cached for one tick).

    A message is named by its ledger key, or by the key's stem when it goes to several
    people (``suffixes``: the ``:recipient`` parts ``Targets.address`` adds). Queued, on the
    wire, retried or failed rows do not count: the message is built again and sent."""

    def __init__(self, sender: Any, suffixes: Iterable[str]) -> None:
        self._ledger: Callable[[str], Awaitable[OutboxEntry | None]] | None = getattr(
            sender, "ledger", None
        )
        self._suffixes = tuple(suffixes)
        self._known: dict[str, bool] = {}

    async def __call__(self, message: str) -> bool:
        if message not in self._known:
            sent = False
            for suffix in self._suffixes if self._ledger else ():
                assert self._ledger is not None
                entry = await self._ledger(message + suffix)
                if entry is not None and entry.state == SENT:  # one sent row is enough:
                    sent = True  # the other recipients' rows are not read
                    break
            self._known[message] = sent
        return self._known[message]


async def belongs(marker: Mark | None, message: str, went_out: bool, delivered: Delivered) -> bool:
    """Whether an item goes into ``message`` (today's, to one person or the coordinator).

    In it already: yes, as often as the message is built. New, or in an earlier day's
    message Teams never got: yes, unless today's message went out (then tomorrow). Carried
    by a nudge (a mark without a message): no."""
    if marker is None:
        return not went_out
    if marker.message == message:
        return True
    if marker.message is None:
        return False
    return not went_out and not await delivered(marker.message)


def reminder_text(occurrences: list[Occurrence]) -> str:
    """The plain-text version (and the notification line) of one person's reminder."""

    def what(o: Occurrence) -> str:
        if o.is_status_check:
            return f"tiltak {o.tiltak.id} (statussjekk)"
        return f"tiltak {o.tiltak.id} (frist {norwegian_date(o.effective_deadline)})"

    if len(occurrences) == 1:
        o = occurrences[0]
        if o.is_status_check:
            return (
                f"Statussjekk: hvordan går det med tiltak {o.tiltak.id}? Planen gir ingen "
                "frist; svar med knappene i kortet."
            )
        return f"Påminnelse: tiltak {o.tiltak.id} har frist {norwegian_date(o.effective_deadline)}."
    return f"Påminnelse: {len(occurrences)} tiltak venter på svar: " + ", ".join(
        what(o) for o in occurrences
    )


def escalation_line(o: Occurrence) -> str:
    t = o.tiltak
    if o.status is Status.MORE_TIME:
        return (
            f"Tiltak {t.id} fikk ny frist {norwegian_date(o.effective_deadline)} (var "
            f"{norwegian_date(o.deadline)}) og er ikke meldt utført. "
            f"Ansvar: {owners_text(t.ansvar)}."
        )
    return (
        f"Tiltak {t.id} hadde frist {norwegian_date(o.deadline)} og er ikke besvart. "
        f"Ansvar: {owners_text(t.ansvar)}."
    )
