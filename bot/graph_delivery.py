"""Microsoft Graph as a carrier of the outbox: calendar changes become Outlook events.

A job or a follow-up hands the outbox a :class:`~bot.outbox.items.CalendarChange` — create,
move or cancel a meeting on a person's calendar — and this carrier makes the one Graph call
it needs (:class:`~bot.graph.GraphCalendar`), under the outbox's ledger, claim and retry
policy (:attr:`GraphCalendar.retry`: 1 s, 2 s, 4 s … plus up to 25 %, Graph's Retry-After
honoured up to 30 s, four attempts), exactly as a Teams post.

A create records the event Graph made (its id and Teams link, :class:`GraphEvents`) before
the ledger says ``sent``; a move or a cancel finds the event there. A crash after Graph
accepted a create and before the ledger heard of it leaves the row ``sending``: the next
claim sends the create again, flagged ``uncertain``, with the same ``transactionId`` — and
Graph answers with the event it made the first time instead of a second one.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.features.reply import Reply
from bot.graph import GraphCalendar, GraphError
from bot.outbox.items import CalendarChange, Delivery, Message
from bot.outbox.ledger import Progress
from bot.outbox.sender import OnTheWire
from bot.retry import Failure, RetryPolicy
from bot.storage.meetings import GraphEvents
from bot.storage.records import GraphEvent

log = logging.getLogger(__name__)

NO_EVENT = "no_event_recorded"
"""A move or cancel of a meeting whose event was never made: nothing to change."""


class GraphCarrier:
    """Carries :class:`CalendarChange` items to Microsoft Graph."""

    def __init__(
        self,
        calendar: GraphCalendar,
        events: GraphEvents,
        notify: Callable[[Message], Awaitable[Delivery]] | None = None,
        on_created: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        """``notify`` sends the Teams notice of a change given up on (the outbox's send);
        ``on_created`` hears of each event made (by its series), so a call card posted while
        Graph was down can be redrawn with the Teams link."""
        self.calendar = calendar
        self.events = events
        self.notify = notify
        self.on_created = on_created

    @property
    def retry(self) -> RetryPolicy:
        return self.calendar.retry

    def classify(self, error: BaseException) -> Failure:
        if isinstance(error, GraphError):
            return error.failure
        if isinstance(error, ValueError):  # a meeting that ends before it starts
            return Failure("ValueError", retryable=False)
        return Failure(type(error).__name__, retryable=False)

    async def attempt(
        self, item: CalendarChange, progress: Progress, on_the_wire: OnTheWire
    ) -> str | None:
        if item.operation == "create":
            return await self._create(item, on_the_wire)
        recorded = await self.events.get(item.series)
        if recorded is None:
            raise GraphError(404, NO_EVENT)
        await on_the_wire()
        if item.operation == "move":
            assert item.start is not None and item.end is not None
            await self.calendar.move_event(
                recorded.organizer, recorded.event_id, item.start, item.end
            )
        else:
            await self.calendar.cancel_event(recorded.organizer, recorded.event_id, item.comment)
        return recorded.event_id

    async def _create(self, item: CalendarChange, on_the_wire: OnTheWire) -> str:
        assert item.start is not None and item.end is not None
        await on_the_wire()
        created = await self.calendar.create_event(
            item.calendar,
            item.subject,
            item.start,
            item.end,
            item.location,
            item.attendees,
            item.body_html,
            transaction_id=item.transaction_id,
        )
        # Recorded before the ledger says sent: a crash in between sends the create again,
        # and the transactionId makes Graph answer with this same event.
        await self.events.put(item.series, GraphEvent(item.calendar, created.id, created.join_url))
        if self.on_created is not None:
            try:
                await self.on_created(item.series)
            except Exception:  # a card not redrawn must not make the event again
                log.exception("outbox %s: the call card could not be redrawn", item.key)
        return created.id

    def fall_back(self, item: CalendarChange, progress: Progress, failure: Failure) -> bool:
        return False  # a calendar has no second way in

    async def gave_up(self, item: CalendarChange, progress: Progress) -> None:
        """Tell the meeting's channel, once (the notice's own ledger key): the coordinator can
        make the Teams meeting by hand, and the call card still has «Legg i kalender» (.ics).
        The job hands a create over again on its next tick, so Graph gets it when it is back."""
        if self.notify is None or item.report_to is None or not item.report:
            return
        notice = Message(
            key=f"failure-notice:{item.key}",
            reply=Reply(item.report, intent="meeting.notice"),
            to=item.report_to,
            kind="failure_notice",
        )
        await self.notify(notice)
