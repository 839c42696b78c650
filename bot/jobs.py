"""Scheduled work: tiltak reminders, escalations, the coordinator's weekly digest, and the
two messages about the plan's end (a month before, and on the day) with a button to extend
it by a year — the only way reminders go on after the end.

Design: one idempotent ``tick(now)`` instead of one scheduler job per reminder. Each tick
computes what is due from the knowledge (pure functions) and hands it to the one sender,
whose ledger (keyed by kind, kommune, tiltak, deadline, offset and recipient) makes a second
send impossible. A tick at start-up therefore sends whatever fell due while the bot was
down, and a restart between "due" and "sent" loses nothing. APScheduler runs the tick every
few minutes in working hours; tests call ``tick`` directly with a controlled clock.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock
from bot.features import channels
from bot.features.reminder_plan import DEFAULT_OFFSETS, PlannedReminder, plan_reminders
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak import COORDINATOR_ROLE, LOOKBACK, Status, TiltakDesk
from bot.features.tiltak_answers import plan_status
from bot.knowledge.index import KnowledgeBase
from bot.store import Store
from bot.teams.sender import Delivery, Outgoing, ProactiveSender, UserTarget
from bot.work_calendar import DEFAULT_CALENDAR, WorkCalendar
from cards.sheet import sheet_card
from cards.tiltak import norwegian_date, plan_end_card, reminder_card

log = logging.getLogger(__name__)

TICK_MINUTES = 5
MAX_MOVE_DAYS = 10
"""Longest run of closed days a send can be moved back over (Easter is five), with margin."""
ROSTER = "roster"


@dataclass(frozen=True)
class Recipient:
    """Where one person's message goes: a 1:1 chat, falling back to the SLT channel."""

    label: str
    user: UserTarget | None


class Targets:
    """Resolves roles to Teams users (people mapping + roster) and kommuner to channels."""

    def __init__(self, store: Store, desk: TiltakDesk) -> None:
        self.store = store
        self.desk = desk

    def channel(self, kommune_id: str) -> dict[str, Any] | None:
        """The kommune's SLT channel, only if a coordinator or admin chose it (never a channel
        merely seen: see ``bot.features.channels``)."""
        return channels.reference(self.store, channels.kommune_channel_key(self.store, kommune_id))

    def user(self, identities: Iterable[str], label: str) -> UserTarget | None:
        """The Teams user (from the roster) behind any of a person's identities."""
        wanted = [i.lower() for i in identities if i]
        member = next((m for i in wanted if (m := self.store.get(ROSTER, i))), None)
        if member is None:
            member = next(
                (
                    m
                    for _, m in self.store.items(ROSTER)
                    if {str(m.get("upn", "")).lower(), str(m.get("email", "")).lower()}
                    & set(wanted)
                ),
                None,
            )
        if member and member.get("user_id") and member.get("service_url"):
            return UserTarget(
                member["user_id"],
                member.get("tenant_id") or "",
                member["service_url"],
                member.get("name") or label,
            )
        return None

    def for_role(self, kommune_id: str, role: str) -> list[Recipient]:
        people = self.desk.people_map(kommune_id).people_for(role)
        return self.recipients((p.name or p.role, p.identities) for p in people)

    def recipients(self, people: Iterable[tuple[str, Iterable[str]]]) -> list[Recipient]:
        """(label, identities) pairs as recipients."""
        return [Recipient(label, self.user(ids, label)) for label, ids in people]

    def coordinator(self, kommune_id: str) -> list[Recipient]:
        return self.for_role(kommune_id, COORDINATOR_ROLE)

    def address(
        self,
        key: str,
        reply: Reply,
        recipients: Iterable[Recipient],
        channel: dict[str, Any] | None,
        *,
        kind: str,
        about: str,
    ) -> list[Outgoing]:
        """One message per recipient: 1:1 with the channel as fallback; a person who is mapped
        but not in the roster is named in the channel; nobody at all → the channel."""
        result = []
        for recipient in recipients:
            who = recipient.user.user_id if recipient.user else recipient.label
            if recipient.user is not None:
                result.append(
                    Outgoing(
                        key=f"{key}:{who}",
                        reply=reply,
                        kind=kind,
                        user=recipient.user,
                        fallback_channel=channel,
                        fallback_mention=(recipient.user.user_id, recipient.user.name),
                        report_to=channel,
                        about=about,
                    )
                )
            elif channel is not None:
                labelled = Reply(f"{recipient.label}: {reply.text}", reply.cards, reply.intent)
                result.append(
                    Outgoing(
                        key=f"{key}:{who}",
                        reply=labelled,
                        kind=kind,
                        conversation=channel,
                        about=about,
                    )
                )
        if not result and channel is not None:
            result.append(
                Outgoing(
                    key=f"{key}:channel", reply=reply, kind=kind, conversation=channel, about=about
                )
            )
        if not result:
            log.warning("nowhere to send %s: nobody mapped and no channel chosen", kind)
        return result


class ReminderRunner:
    """Sends due tiltak reminders, escalations and the weekly digest, exactly once each."""

    def __init__(
        self,
        kb: KnowledgeBase,
        desk: TiltakDesk,
        sender: ProactiveSender,
        targets: Targets,
        *,
        calendar: WorkCalendar = DEFAULT_CALENDAR,
        offsets: tuple[int, ...] = DEFAULT_OFFSETS,
    ) -> None:
        self.kb = kb
        self.desk = desk
        self.sender = sender
        self.targets = targets
        self.calendar = calendar
        self.offsets = offsets

    async def tick(self, now: dt.datetime) -> list[Delivery]:
        """Send everything due at ``now``; safe to call as often as you like."""
        local = now.astimezone(self.calendar.tz)
        if not (
            self.calendar.is_working_day(local.date())
            and self.calendar.in_working_hours(local.time())
        ):
            return []
        outgoing: list[Outgoing] = []
        for kommune_id in self.kb.kommuner:
            outgoing += self._due_reminders(kommune_id, local)
            outgoing += self._escalations(kommune_id, local.date())
            outgoing += self._digest(kommune_id, local.date())
            outgoing += self._plan_end_notices(kommune_id, local.date())
        if not outgoing:
            return []
        deliveries = await self.sender.send_many(outgoing)
        sent = sum(1 for d in deliveries if d.state == "sent")
        log.info("tick: %d due, %d sent now", len(outgoing), sent)
        return deliveries

    # --- reminders -------------------------------------------------------------------------

    def due(self, kommune_id: str, now: dt.datetime) -> list[PlannedReminder]:
        """Reminders whose send time has come and whose deadline has not passed: per tiltak
        and deadline only the newest offset.

        After downtime the 14-day and the 1-day reminder can both be due; the person needs
        one message, the latest. An older offset that was sent already needs nothing either.
        """
        today = now.date()
        kommune = self.kb.kommuner[kommune_id].kommune
        # Sends move earlier over weekends and Easter, so look further ahead than the offsets.
        reach = dt.timedelta(days=max(self.offsets) + MAX_MOVE_DAYS)
        planned = plan_reminders(
            kommune,
            today - reach,
            today + reach,
            self.calendar,
            self.offsets,
            until=self.desk.plan_end(kommune_id),
            coordinator_deadlines=self.desk.coordinator_deadlines(kommune_id),
            moved=self.desk.moved(kommune_id),
        )
        newest: dict[tuple[str, dt.date], PlannedReminder] = {}
        for reminder in planned:
            if reminder.send_at > now or reminder.due_day < today:
                continue
            key = (reminder.tiltak_id, reminder.due_day)
            if key not in newest or _newer(reminder, newest[key]):
                newest[key] = reminder
        return list(newest.values())

    def _due_reminders(self, kommune_id: str, now: dt.datetime) -> list[Outgoing]:
        index = self.kb.kommuner[kommune_id]
        k = index.kommune
        result = []
        for planned in self.due(kommune_id, now):
            tiltak = self.desk.by_id(kommune_id, planned.tiltak_id)
            if tiltak is None:
                continue
            occurrence = self.desk.occurrence(kommune_id, tiltak, planned.day)
            if occurrence.status is Status.MORE_TIME:
                if planned.deadline != occurrence.new_deadline:
                    continue  # the old date's reminders stop; the new date's go on
            elif occurrence.status is not Status.OPEN:
                continue  # answered already: no more reminders for this occurrence
            card = reminder_card(
                occurrence,
                today=now.date(),
                plan_title=k.plan.title,
                source_title=k.sources[tiltak.source].title,
            )
            if planned.deadline is None:
                text = (
                    f"Statussjekk: hvordan går det med tiltak {tiltak.id}? Planen gir ingen "
                    "frist; svar med knappene i kortet."
                )
            else:
                text = (
                    f"Påminnelse: tiltak {tiltak.id} har frist {norwegian_date(planned.deadline)}."
                )
            reply = Reply(text, (card,), "tiltak.reminder")
            recipients = [
                r for role in tiltak.ansvar for r in self.targets.for_role(kommune_id, role)
            ]
            if not recipients:  # "mangler ansvarlig": the coordinator gets it instead
                recipients = self.targets.coordinator(kommune_id)
            result += self.to_recipients(
                f"reminder:{planned.key}",
                reply,
                recipients,
                kommune_id,
                about=f"tiltak {tiltak.id}, "
                + (
                    f"frist {norwegian_date(planned.deadline)}"
                    if planned.deadline
                    else f"statussjekk {norwegian_date(planned.day)}"
                ),
            )
        return result

    def to_recipients(
        self,
        key: str,
        reply: Reply,
        recipients: Iterable[Recipient],
        kommune_id: str,
        *,
        about: str,
        kind: str = "reminder",
    ) -> list[Outgoing]:
        channel = self.targets.channel(kommune_id)
        return self.targets.address(key, reply, recipients, channel, kind=kind, about=about)

    def notices(self, kommune_id: str, reply: Reply, *, key: str) -> list[Outgoing]:
        """A one-off message to the kommune's coordinator (1:1, else the SLT channel)."""
        return self.to_recipients(
            key,
            reply,
            self.targets.coordinator(kommune_id),
            kommune_id,
            kind="notice",
            about="melding til koordinator",
        )

    # --- escalation and digest -------------------------------------------------------------

    def _escalations(self, kommune_id: str, today: dt.date) -> list[Outgoing]:
        """A deadline not met goes to the coordinator on the next working day after it — the
        new date when the ansvarlig asked for more time. Status checks are not escalated."""
        index = self.kb.kommuner[kommune_id]
        result = []
        for tiltak in index.kommune.tiltak:
            occurrence = self.desk.current(kommune_id, tiltak, today)
            if occurrence is None or occurrence.is_status_check:
                continue
            if occurrence.status not in (Status.OPEN, Status.MORE_TIME):
                continue
            deadline = occurrence.effective_deadline
            escalate_on = self.calendar.next_working_day(deadline)
            if not (escalate_on <= today and deadline >= today - LOOKBACK):
                continue
            if occurrence.status is Status.MORE_TIME:
                text = (
                    f"Tiltak {tiltak.id} fikk ny frist {norwegian_date(deadline)} (var "
                    f"{norwegian_date(occurrence.deadline)}) og er ikke meldt utført. "
                    f"Ansvar: {', '.join(tiltak.ansvar)}."
                )
            else:
                text = (
                    f"Tiltak {tiltak.id} hadde frist {norwegian_date(deadline)} og er ikke "
                    f"besvart. Ansvar: {', '.join(tiltak.ansvar)}."
                )
            sheet = Sheet(
                title=f"Forfalt: tiltak {tiltak.id}",
                sections=(Section(text=tiltak.tiltak), Section(text=text)),
                sources=(index.kommune.sources[tiltak.source].title,),
            )
            reply = Reply(sheet.as_text(), (sheet_card(sheet),), "tiltak.escalation")
            result += self.to_recipients(
                f"escalation:{kommune_id}:{tiltak.id}:{occurrence.deadline.isoformat()}"
                + (f":{deadline.isoformat()}" if deadline != occurrence.deadline else ""),
                reply,
                self.targets.coordinator(kommune_id),
                kommune_id,
                kind="escalation",
                about=f"forfalt tiltak {tiltak.id}",
            )
        return result

    def _digest(self, kommune_id: str, today: dt.date) -> list[Outgoing]:
        """Monday morning (or the week's first working day): the whole plan's status."""
        monday = today - dt.timedelta(days=today.weekday())
        first_working = monday
        while not self.calendar.is_working_day(first_working):
            first_working += dt.timedelta(days=1)
        if today != first_working or self.desk.plan_ended(kommune_id, today):
            return []
        index = self.kb.kommuner[kommune_id]
        reply = plan_status(self.desk, index, today)
        year, week, _ = today.isocalendar()
        return self.to_recipients(
            f"digest:{kommune_id}:{year}-W{week:02d}",
            reply,
            self.targets.coordinator(kommune_id),
            kommune_id,
            kind="digest",
            about=f"ukesoversikt uke {week}",
        )

    def _plan_end_notices(self, kommune_id: str, today: dt.date) -> list[Outgoing]:
        """To the coordinator: a month before the plan's end, and on its last working day,
        each once (keyed by the end date, so an extended plan gets its own pair)."""
        end = self.desk.plan_end(kommune_id)
        month_before = self.calendar.working_day_on_or_before(_month_before(end))
        last_day = self.calendar.working_day_on_or_before(end)
        if month_before <= today < last_day:
            kind, ended = "month", False
        elif last_day <= today <= end + LOOKBACK:
            kind, ended = "end", True
        else:
            return []
        period = self.desk.period_text(kommune_id)
        card = plan_end_card(kommune_id, period, end, ended=ended)
        text = (
            f"Handlingsplanen ({period}) er slutt {norwegian_date(end)}."
            if ended
            else f"Handlingsplanen ({period}) går ut {norwegian_date(end)}."
        )
        reply = Reply(text, (card,), "tiltak.plan_end")
        return self.to_recipients(
            f"plan-end:{kommune_id}:{end.isoformat()}:{kind}",
            reply,
            self.targets.coordinator(kommune_id),
            kommune_id,
            kind="notice",
            about="handlingsplanens slutt",
        )


def _month_before(day: dt.date) -> dt.date:
    """The same day a month earlier (31 December → 30 November)."""
    month = day.month - 1 or 12
    year = day.year - (1 if day.month == 1 else 0)
    for candidate in range(day.day, 27, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, 28)


def _newer(a: PlannedReminder, b: PlannedReminder) -> bool:
    """Later send time wins; on the same time (moved over a weekend) the shorter offset."""
    return (a.send_at, -a.offset_days) > (b.send_at, -b.offset_days)


class Ticking(Protocol):
    async def tick(self, now: dt.datetime) -> list[Delivery]: ...


def start_scheduler(runners: dict[str, Ticking], clock: Clock) -> AsyncIOScheduler:
    """Run each runner's tick every few minutes, and once right away (the start-up catch-up).

    Jobs are named by key, so scheduling again (e.g. after a knowledge reload) replaces them.
    """
    scheduler = AsyncIOScheduler(timezone="Europe/Oslo")
    for name, runner in runners.items():
        scheduler.add_job(
            _shielded(name, runner, clock),
            IntervalTrigger(minutes=TICK_MINUTES),
            id=f"{name}.tick",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=TICK_MINUTES * 60,  # a busy start must not skip the catch-up
            next_run_time=dt.datetime.now(dt.UTC),
        )
    scheduler.start()
    return scheduler


def _shielded(name: str, runner: Ticking, clock: Clock) -> Callable[[], Awaitable[None]]:
    async def tick() -> None:
        try:
            await runner.tick(clock.now())
        except Exception as exc:  # one failed tick must not stop the next
            log.error("%s tick failed: %s", name, type(exc).__name__)

    return tick
