"""The tiltak feature's scheduled work: reminders, escalations, the coordinator's weekly
digest, and the two messages about the plan's end (a month before, and on the day) with a
button to extend it by a year — the only way reminders go on after the end.

Design: one idempotent job instead of one scheduler job per reminder. Each run computes
what is due from the knowledge (pure functions) and the queue hands it to the one sender,
whose ledger (keyed by kind, kommune, day or deadline, and recipient) makes a second send
impossible. Reminders and escalations are batched into one message per person and day; the
marks saying which tiltak went into which message only fix its contents, so every run of
the day hands the same message over again and the ledger alone decides whether it goes.
The queue's catch-up run therefore sends whatever fell due while the bot was down, and a
restart between "due" and "sent" loses nothing (bot/jobqueue.py).
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.model import LOOKBACK, Occurrence, Status
from bot.features.tiltak.names import tiltak_names
from bot.features.tiltak.present import batch_view, escalation_view, plan_end_view
from bot.features.tiltak.questions import plan_status
from bot.features.tiltak.reminder_batch import batch, newest_per_occurrence
from bot.features.tiltak.reminder_plan import (
    DEFAULT_OFFSETS,
    PlannedReminder,
    month_before,
    plan_reminders,
)
from bot.features.tiltak.view import TiltakView, month_of
from bot.job_context import JobContext
from bot.jobqueue import JobQueue, working_hours
from bot.outbox.items import Message
from bot.reminder_ledger import Delivered, belongs, escalation_line, reminder_text
from bot.storage.records import Mark
from bot.targets import Recipient, ledger_name
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from cards.tiltak import batch_card, escalation_card, plan_end_card

log = logging.getLogger(__name__)

MAX_MOVE_DAYS = 10
"""Longest run of closed days a send can be moved back over (Easter is five), with margin."""
# Marks (``Repositories.reminded``): reminders that went into a person's message, keyed
# ``<reminder key>:<recipient>``; ``Repositories.escalated``: deadlines escalated to the
# coordinator, keyed ``<occurrence>:<effective date>``.


class TiltakJob:
    """Due tiltak reminders, escalations, the weekly digest and the plan-end notices."""

    name = "tiltak"

    def __init__(
        self,
        *,
        calendar: WorkCalendar = DEFAULT_CALENDAR,
        offsets: tuple[int, ...] = DEFAULT_OFFSETS,
    ) -> None:
        self.calendar = calendar
        self.offsets = offsets
        self.trigger = working_hours(calendar)

    async def due(self, now: dt.datetime, ctx: JobContext) -> list[Message]:
        """Everything due at ``now``; the queue sends it (the ledger keeps each once)."""
        local = now.astimezone(self.calendar.tz)
        if not (
            self.calendar.is_working_day(local.date())
            and self.calendar.in_working_hours(local.time())
        ):
            return []
        outgoing: list[Message] = []
        for kommune_id in ctx.kb.kommuner:
            view = await ctx.tiltak.view(kommune_id)  # a run writes no answers: one read
            outgoing += await self._due_reminders(ctx, view, local)
            outgoing += await self._nudges(ctx, view)
            outgoing += await self._escalations(ctx, view, local.date())
            outgoing += await self._digest(ctx, view, local.date())
            outgoing += await self._plan_end_notices(ctx, view, local.date())
        return outgoing

    # --- reminders -------------------------------------------------------------------------

    def planned(self, view: TiltakView, now: dt.datetime) -> list[PlannedReminder]:
        """Reminders whose send time has come and whose deadline has not passed: per tiltak
        and deadline only the newest offset.

        After downtime the 14-day and the 1-day reminder can both be due; the person needs
        one message, the latest. An older offset that was sent already needs nothing either.
        """
        today = now.date()
        newest: dict[tuple[str, dt.date], PlannedReminder] = {}
        for reminder in self._day_plan(view, today):
            if reminder.send_at > now or reminder.due_day < today:
                continue
            key = (reminder.tiltak_id, reminder.due_day)
            if key not in newest or _newer(reminder, newest[key]):
                newest[key] = reminder
        return list(newest.values())

    def _day_plan(self, view: TiltakView, today: dt.date) -> list[PlannedReminder]:
        """The reminders of a window around ``today`` (per tiltak: its occurrences dated in
        the window, and their sends in it).

        Planned once a month and stored state (the view's memo: a new answer, frist or plan
        extension, or a reload, plans again) over the window around the whole month; each
        day takes its window's part, which is what planning that window alone gives."""
        # Sends move earlier over weekends and Easter: look further ahead than the offsets.
        reach = dt.timedelta(days=max(self.offsets) + MAX_MOVE_DAYS)
        month = view.memo.in_month(today)
        key = ("plan", self.calendar, self.offsets)
        if key not in month:
            first, last = month_of(today)
            month[key] = plan_reminders(
                view.kommune(),
                first - reach,
                last + reach,
                self.calendar,
                self.offsets,
                until=view.plan_end(),
                coordinator_deadlines=view.coordinator_deadlines(),
                moved=view.moved(),
            )
        start, end = today - reach, today + reach
        plan: list[PlannedReminder] = month[key]
        return [
            r
            for r in plan
            if start <= r.due_day <= end and r.send_at.astimezone(self.calendar.tz).date() >= start
        ]

    async def _due_reminders(
        self, ctx: JobContext, view: TiltakView, now: dt.datetime
    ) -> list[Message]:
        """One message per person and day with every tiltak of theirs that is due.

        Each reminder is marked with the message it went into (``reminded``), so every tick
        of the day builds that same message again and hands it to the sender: the ledger,
        not the mark, says whether it went out. A message stopped before Teams had it (queued,
        on the wire, failed) is therefore sent by the next tick or the next start, and its
        reminders join the next day's message if the day ends first. A person whose message
        of today went out gets later reminders tomorrow, so nobody gets two a day. Tiltak
        nobody is mapped or assigned to get no message: the digest lists them.
        """
        kommune_id = view.kommune_id
        k = view.kommune()
        today = now.date()
        key = f"reminder:{kommune_id}:{today.isoformat()}"
        rows: dict[str, Occurrence] = {}
        recipients: dict[str, list[Recipient]] = {}
        nudged = {
            nudge.rsplit(":", 1)[0]
            for nudge, stamp, _ in await ctx.repos.nudges.in_kommune(kommune_id)
            if stamp.at[:10] == str(today)
        }
        due_now = self.planned(view, now)  # planned once: the batch below takes the same
        for planned in newest_per_occurrence(due_now):
            tiltak = view.by_id(planned.tiltak_id)
            if tiltak is None:
                continue
            occurrence = view.occurrence(tiltak, planned.day)
            if occurrence.status is Status.MORE_TIME:
                if planned.deadline != occurrence.new_deadline:
                    continue  # the old date's reminders stop; the new date's go on
            elif occurrence.status is not Status.OPEN:
                continue  # answered already: no more reminders for this occurrence
            if tiltak.id not in recipients:
                recipients[tiltak.id] = await ctx.targets.for_tiltak(view, tiltak)
            if occurrence.key in nudged:  # the nudge of today carries it: not twice
                for r in recipients[tiltak.id]:
                    marker = f"{planned.key}:{ledger_name(r)}"
                    found = await ctx.repos.reminded.get(marker)
                    if not found or found.message != f"{key}:{ledger_name(r)}":  # unless in today's
                        await ctx.repos.reminded.put(marker, Mark(today.isoformat()))
            rows[planned.key] = occurrence
        by_who = {ledger_name(r): r for rs in recipients.values() for r in rs}
        messages, _ = batch(
            [p for p in due_now if p.key in rows],
            lambda r: [ledger_name(x) for x in recipients[r.tiltak_id]],
        )
        per_person: dict[str, list[PlannedReminder]] = {}
        for m in messages:
            per_person.setdefault(m.to, []).extend(m.reminders)
        channel = await ctx.targets.channel(kommune_id)
        delivered = Delivered(ctx.ledger, [""])
        coordinators = {ledger_name(r) for r in await ctx.targets.coordinator(kommune_id)}
        result = []
        for who, planned_items in per_person.items():
            message = f"{key}:{who}"  # the ledger key Targets.address gives it
            went_out = await delivered(message)  # then later reminders wait until tomorrow
            items = [
                p
                for p in planned_items
                if await belongs(
                    await ctx.repos.reminded.get(f"{p.key}:{who}"), message, went_out, delivered
                )
            ]
            if not items:
                continue
            occurrences = list({rows[p.key].key: rows[p.key] for p in items}.values())
            card = batch_card(
                batch_view(
                    occurrences,
                    today=today,
                    plan_title=k.plan.title,
                    source_title=k.sources[occurrences[0].tiltak.source].title,
                    coordinator=who in coordinators,
                )
            )
            reply = Reply(reminder_text(occurrences), (card,), "tiltak.reminder")
            for p in items:  # before the sender claims the row: a stop in between loses none
                marker = f"{p.key}:{who}"
                mark = await ctx.repos.reminded.get(marker)
                if mark is None or mark.message != message:
                    await ctx.repos.reminded.put(marker, Mark(today.isoformat(), message))
            result += ctx.targets.address(
                key,
                reply,
                [by_who[who]],
                channel,
                kind="reminder",
                about=tiltak_names([o.tiltak for o in occurrences]),
            )
        return result

    async def _nudges(self, ctx: JobContext, view: TiltakView) -> list[Message]:
        """«Send påminnelse igjen» and a new ansvarlig's first card, from the next tick on.

        Built again each tick until the ledger has every copy sent (or given up on and
        reported), so a stop between the button and the post loses no nudge."""
        kommune_id = view.kommune_id
        k = view.kommune()
        result = []
        for key, stamp, done in await ctx.repos.nudges.in_kommune(kommune_id):
            if done:
                continue
            _, tiltak_id, day, _stamp = key.split(":")
            tiltak = view.by_id(tiltak_id)
            occurrence = (
                None if tiltak is None else view.occurrence(tiltak, dt.date.fromisoformat(day))
            )
            if (
                tiltak is None
                or occurrence is None
                or occurrence.status not in (Status.OPEN, Status.MORE_TIME)
            ):
                await ctx.repos.nudges.done(key)
                continue
            card = batch_card(
                batch_view(
                    [occurrence],
                    today=dt.date.fromisoformat(stamp.at[:10]),
                    plan_title=k.plan.title,
                    source_title=k.sources[tiltak.source].title,
                )
            )
            text = texts.nudge(tiltak)
            outgoing = await ctx.targets.to_recipients(
                f"nudge:{key}",
                Reply(text, (card,), "tiltak.reminder"),
                await ctx.targets.for_tiltak(view, tiltak),
                kommune_id,
                about=texts.nudge_about(tiltak),
            )
            if not outgoing or all([await _settled(ctx, o.key) for o in outgoing]):
                await ctx.repos.nudges.done(key)
                continue
            result += outgoing
        return result

    # --- escalation and digest -------------------------------------------------------------

    def _overdue(self, view: TiltakView, today: dt.date) -> list[tuple[Occurrence, str]]:
        """Deadlines to escalate today with their markers, worked out once per day and
        stored state (the view's memo)."""
        memo = view.memo.on(today)
        key = ("overdue", self.calendar)
        if key in memo:
            kept: list[tuple[Occurrence, str]] = memo[key]
            return kept
        rows: list[tuple[Occurrence, str]] = []
        for tiltak in view.all():
            occurrence = view.current(tiltak, today)
            if occurrence is None or occurrence.is_status_check:
                continue
            if occurrence.status not in (Status.OPEN, Status.MORE_TIME):
                continue
            deadline = occurrence.effective_deadline
            escalate_on = self.calendar.next_working_day(deadline)
            if not (escalate_on <= today and deadline >= today - LOOKBACK):
                continue
            if not view.owners_mapped(tiltak):
                continue
            rows.append((occurrence, f"{occurrence.key}:{deadline.isoformat()}"))
        memo[key] = rows
        return rows

    async def _escalations(
        self, ctx: JobContext, view: TiltakView, today: dt.date
    ) -> list[Message]:
        """At most one message a day to the coordinator: every deadline not met (the new
        date after «Trenger mer tid») from the next working day after it, each once. Status
        checks are not escalated, nor tiltak nobody was reminded of (the digest lists them)."""
        kommune_id = view.kommune_id
        index = ctx.kb.kommuner[kommune_id]
        rows = self._overdue(view, today)
        if not rows:
            return []
        coordinator = await ctx.targets.coordinator(kommune_id)
        key = f"escalation:{kommune_id}:{today.isoformat()}"
        delivered = Delivered(
            ctx.ledger, [f":{ledger_name(r)}" for r in coordinator] + [":channel"]
        )
        went_out = await delivered(key)  # today's escalation went out: the rest tomorrow
        rows = [
            (o, marker)
            for o, marker in rows
            if await belongs(await ctx.repos.escalated.get(marker), key, went_out, delivered)
        ]
        if not rows:
            return []
        for _, marker in rows:  # before the sender claims the row: a stop in between loses none
            mark = await ctx.repos.escalated.get(marker)
            if mark is None or mark.message != key:
                await ctx.repos.escalated.put(marker, Mark(today.isoformat(), key))
        occurrences = [o for o, _ in rows]
        card = escalation_card(
            escalation_view(
                occurrences,
                owners={o.tiltak.id: view.owner_names(o.tiltak) for o in occurrences},
                choices=await ctx.tiltak.people_choices(kommune_id),
                source_title=index.kommune.sources[occurrences[0].tiltak.source].title,
            )
        )
        lines = [escalation_line(o) for o in occurrences]
        title = texts.overdue_title([o.tiltak for o in occurrences])
        reply = Reply("\n".join([title, *lines]), (card,), "tiltak.escalation")
        return await ctx.targets.to_recipients(
            key,
            reply,
            coordinator,
            kommune_id,
            kind="escalation",
            about=f"forfalt: {tiltak_names([o.tiltak for o in occurrences])}",
        )

    async def _digest(self, ctx: JobContext, view: TiltakView, today: dt.date) -> list[Message]:
        """Monday morning (or the week's first working day): the whole plan's status."""
        monday = today - dt.timedelta(days=today.weekday())
        first_working = monday
        while not self.calendar.is_working_day(first_working):
            first_working += dt.timedelta(days=1)
        kommune_id = view.kommune_id
        if today != first_working or view.plan_ended(today):
            return []
        index = ctx.kb.kommuner[kommune_id]
        reply = await plan_status(ctx.tiltak, index, today)
        year, week, _ = today.isocalendar()
        return await ctx.targets.notices(
            kommune_id,
            reply,
            key=f"digest:{kommune_id}:{year}-W{week:02d}",
            kind="digest",
            about=f"ukesoversikt uke {week}",
        )

    async def _plan_end_notices(
        self, ctx: JobContext, view: TiltakView, today: dt.date
    ) -> list[Message]:
        """To the coordinator: a month before the plan's end, and on its last working day,
        each once (keyed by the end date, so an extended plan gets its own pair)."""
        kommune_id = view.kommune_id
        end = view.plan_end()
        memo, key = view.memo.in_month(today), ("plan-end", self.calendar)
        if key not in memo:  # the view's memo: the plan's end is the same all month
            memo[key] = (
                self.calendar.working_day_on_or_before(month_before(end)),
                self.calendar.working_day_on_or_before(end),
            )
        notice_day, last_day = memo[key]
        if notice_day <= today < last_day:
            kind, ended = "month", False
        elif last_day <= today <= end + LOOKBACK:
            kind, ended = "end", True
        else:
            return []
        period = view.period_text()
        card = plan_end_card(plan_end_view(kommune_id, period, end, ended=ended))
        text = texts.plan_end(period, end, ended=ended)
        reply = Reply(text, (card,), "tiltak.plan_end")
        return await ctx.targets.notices(
            kommune_id,
            reply,
            key=f"plan-end:{kommune_id}:{end.isoformat()}:{kind}",
            about="handlingsplanens slutt",
        )


async def _settled(ctx: JobContext, ledger_key: str) -> bool:
    """Sent, or given up on after every retry (the coordinator was told)."""
    ledger = getattr(ctx.ledger, "ledger", None)
    entry = await ledger(ledger_key) if ledger else None
    return entry is not None and entry.settled


def register_jobs(queue: JobQueue[JobContext]) -> None:
    """The tiltak feature's scheduled work: one job, every few minutes in working hours."""
    queue.register(TiltakJob())


def _newer(a: PlannedReminder, b: PlannedReminder) -> bool:
    """Later send time wins; on the same time (moved over a weekend) the shorter offset."""
    return (a.send_at, -a.offset_days) > (b.send_at, -b.offset_days)
