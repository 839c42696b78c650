"""Storage: one async :class:`Store` protocol and the typed repositories over it.

Features get the repositories (built once at start-up, :meth:`Repositories.over`), never the
store; only the repositories know namespaces and JSON shapes. ``sqlite`` is the embedded
backend; another backend implements :class:`Store` and passes ``tests/test_store_contract.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.conversations import CalendarTokens, Channels, ConversationRefs, TeamLinks
from bot.storage.knowledge_versions import KnowledgeVersions
from bot.storage.meetings import GraphEvents, MeetingAnswerBook, MeetingOverrides
from bot.storage.outbox import Outbox
from bot.storage.people import Roster, Senders, UserChoices
from bot.storage.protocol import Store, StoreError
from bot.storage.snapshot import TickReads
from bot.storage.tiltak import Assignees, Deadlines, Marks, Nudges, PlanPeriods, TiltakAnswers


@dataclass(frozen=True)
class Repositories:
    """Every repository, over one store."""

    store: Store
    team_links: TeamLinks
    conversations: ConversationRefs
    channels: Channels
    calendar_tokens: CalendarTokens
    roster: Roster
    user_choices: UserChoices
    senders: Senders
    meeting_overrides: MeetingOverrides
    meeting_answers: MeetingAnswerBook
    graph_events: GraphEvents
    tiltak_answers: TiltakAnswers
    deadlines: Deadlines
    plan_periods: PlanPeriods
    assignees: Assignees
    nudges: Nudges
    reminded: Marks
    escalated: Marks
    outbox: Outbox
    knowledge_versions: KnowledgeVersions

    @classmethod
    def over(cls, store: Store) -> Repositories:
        """Every repository but the outbox reads through a tick's one reading when a job runs
        (:mod:`bot.storage.snapshot`); the outbox always asks the store."""
        ledger = store
        store = TickReads(store)
        return cls(
            store=ledger,
            team_links=TeamLinks(store),
            conversations=ConversationRefs(store),
            channels=Channels(store),
            calendar_tokens=CalendarTokens(store),
            roster=Roster(store),
            user_choices=UserChoices(store),
            senders=Senders(store),
            meeting_overrides=MeetingOverrides(store),
            meeting_answers=MeetingAnswerBook(store),
            graph_events=GraphEvents(store),
            tiltak_answers=TiltakAnswers(store),
            deadlines=Deadlines(store),
            plan_periods=PlanPeriods(store),
            assignees=Assignees(store),
            nudges=Nudges(store),
            reminded=Marks(store, Marks.REMINDED),
            escalated=Marks(store, Marks.ESCALATED),
            outbox=Outbox(ledger),
            knowledge_versions=KnowledgeVersions(ledger),  # fresh: another instance writes it
        )


__all__ = ["Repositories", "Store", "StoreError"]
