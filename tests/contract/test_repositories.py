"""The repositories' contract over every backend: typed records in, the same records out,
and the few rules each one keeps (a roster member keeps their teams, a relinked team stops
being the old kommune's channel, an outbox row is sent by one instance only)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

import pytest

from bot.storage import Repositories
from bot.storage.outbox import FAILED, QUEUED, SENDING, SENT, OutboxEntry
from bot.storage.protocol import Store
from bot.storage.records import (
    AgendaEntry,
    ConversationRef,
    GraphEvent,
    KommuneChannel,
    Mark,
    MeetingAnswers,
    MeetingDay,
    MeetingOverride,
    RosterMember,
    Rsvp,
    Stamp,
    TiltakAnswerEntry,
    TiltakRecord,
)

pytestmark = pytest.mark.asyncio
STAMP = Stamp("aad-koordinator", "2026-06-15T09:00:00+02:00")


async def test_the_roster_keeps_every_team_a_member_was_seen_in(repos: Repositories) -> None:
    kari = RosterMember("AAD-KARI", user_id="29:kari", upn="kari@valer.example", name="Kari")
    await repos.roster.joined(kari, "team-a")
    await repos.roster.joined(kari, "team-b")

    found = await repos.roster.get("aad-kari")
    assert found is not None
    assert (found.aad_id, found.user_id, found.teams, found.team) == (
        "aad-kari",
        "29:kari",
        ("team-a", "team-b"),
        "team-b",
    )
    assert await repos.roster.find(["KARI@valer.example"]) == found
    assert await repos.roster.find(["aad-kari"]) == found
    assert await repos.roster.find(["nobody@valer.example"]) is None
    assert [m.aad_id for m in await repos.roster.all()] == ["aad-kari"]


async def test_a_users_kommune_choice_is_theirs_and_replaceable(repos: Repositories) -> None:
    assert await repos.user_choices.kommune("aad-ola") is None
    await repos.user_choices.choose("aad-ola", "valer")
    await repos.user_choices.choose("aad-ola", "gjesdal")

    assert await repos.user_choices.kommune("aad-ola") == "gjesdal"


async def test_a_turns_sender_reads_as_the_three_repositories_do(repos: Repositories) -> None:
    kari = RosterMember("AAD-KARI", user_id="29:kari", upn="kari@valer.example", name="Kari")
    await repos.roster.joined(kari, "team-a")
    await repos.roster.joined(kari, "team-b")
    await repos.user_choices.choose("aad-kari", "gjesdal")
    await repos.team_links.link("conv:a:chat", "valer", "aad-koordinator")
    await repos.team_links.link("team:team-a", "jevnaker", "aad-koordinator")

    sender = await repos.senders.read("AAD-KARI", "aad-kari", "conv:a:chat")

    assert sender.member == await repos.roster.get("aad-kari")
    assert sender.chosen == await repos.user_choices.kommune("aad-kari") == "gjesdal"
    assert sender.linked == await repos.team_links.kommune_for("conv:a:chat") == "valer"
    assert await repos.senders.team_links(["team-a", "team-b"]) == {
        "team-a": "jevnaker",
        "team-b": None,
    }
    stranger = await repos.senders.read(None, "29:someone", "conv:elsewhere")
    assert (stranger.member, stranger.chosen, stranger.linked) == (None, None, None)
    assert await repos.senders.team_links([]) == {}


async def test_team_links_and_references(repos: Repositories) -> None:
    await repos.team_links.link("team:1", "valer", "aad-koordinator")
    ref = ConversationRef("team:1:channel:x", "channel", {"conversation": {"id": "x"}}, "valer")
    await repos.conversations.save(ref)
    await repos.conversations.relabel("team:1", "gjesdal")

    assert await repos.team_links.kommune_for("team:1") == "valer"
    assert await repos.team_links.all() == {"team:1": "valer"}
    assert await repos.conversations.reference(ref.key) == ref.reference
    assert await repos.conversations.reference(None) is None
    assert await repos.conversations.all("channel") == [
        ConversationRef(ref.key, "channel", ref.reference, "gjesdal")
    ]


async def test_a_relinked_team_stops_being_the_old_kommunes_channel(repos: Repositories) -> None:
    channels = repos.channels
    await channels.choose_for_kommune(KommuneChannel("valer", "team:1:ch", "team:1", "aad-k"))
    await channels.choose_for_kommune(KommuneChannel("gjesdal", "team:2:ch", "team:2", "aad-k"))
    await channels.choose_for_group("valer", "fagteam", "team:1:ch2")

    assert await channels.for_kommune("valer") == KommuneChannel(
        "valer", "team:1:ch", "team:1", "aad-k"
    )
    assert await channels.group_channel("valer", "fagteam") == "team:1:ch2"
    assert await channels.group_channel("valer", "politirad") is None
    assert await channels.groups_in("team:1:ch2") == [("valer", "fagteam")]
    await channels.forget_team("team:1", keep_kommune="jevnaker")

    assert await channels.for_kommune("valer") is None
    assert await channels.for_kommune("gjesdal") is not None


async def test_a_new_calendar_token_replaces_the_old_one(repos: Repositories) -> None:
    tokens = repos.calendar_tokens
    assert await tokens.token("team:1") is None
    await tokens.replace("team:1", "first")
    await tokens.replace("team:1", "second")
    await tokens.replace("team:2", "other")

    assert await tokens.token("team:1") == "second"
    assert await tokens.all() == [("team:1", "second"), ("team:2", "other")]


async def test_the_link_secret_is_made_once_for_every_instance(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())
    secrets = await asyncio.gather(
        first.calendar_tokens.link_secret(), second.calendar_tokens.link_secret()
    )

    assert secrets[0] == secrets[1] and len(secrets[0]) >= 32
    assert await first.calendar_tokens.all() == []  # the secret is no team's token


async def test_meeting_overrides_are_read_per_kommune(repos: Repositories) -> None:
    moved = MeetingOverride(
        "valer:fagteam:2026-06-15",
        "valer",
        "fagteam",
        "moved",
        "2026-06-15T09:00:00+02:00",
        "2026-06-15T10:00:00+02:00",
        source="plan",
        moved_to="2026-06-16T09:00:00+02:00",
        sequence=1,
        by="aad-k",
        at=STAMP.at,
    )
    other = MeetingOverride("valer2:x:2026-06-15", "valer2", "x", "cancelled", "a", "b")
    await repos.meeting_overrides.put(moved)
    await repos.meeting_overrides.put(other)

    assert await repos.meeting_overrides.get(moved.key) == moved
    assert await repos.meeting_overrides.in_kommune("valer") == [moved]


async def test_meeting_answers_and_the_saksliste_read_back(repos: Repositories) -> None:
    key = "valer:fagteam:2026-06-15"
    assert await repos.meeting_answers.get(key) == MeetingAnswers()
    answers = MeetingAnswers(
        {"29:kari": Rsvp("Kari", True, STAMP.at), "29:ola": Rsvp("Ola", False, STAMP.at)},
        (AgendaEntry("Budsjett for sommeraktiviteter", "Kari", STAMP.at),),
    )
    await repos.meeting_answers.put(key, answers)

    assert await repos.meeting_answers.get(key) == answers
    assert await repos.meeting_answers.delete(key) is True
    assert await repos.meeting_answers.get(key) == MeetingAnswers()


def _answering(
    key: str, change: Callable[[MeetingAnswers], MeetingAnswers]
) -> Callable[[dict[str, MeetingDay]], dict[str, MeetingDay]]:
    """A click as the desk makes it: the day's answers changed, refused on a moved day."""

    def decide(days: dict[str, MeetingDay]) -> dict[str, MeetingDay]:
        override = days[key].override
        if override is not None and override.status == "moved":
            raise LookupError("the meeting moved")
        return {key: replace(days[key], answers=change(days[key].answers))}

    return decide


def _rsvp(user: str) -> Callable[[MeetingAnswers], MeetingAnswers]:
    def change(found: MeetingAnswers) -> MeetingAnswers:
        return replace(found, rsvp={**found.rsvp, user: Rsvp(user, True, STAMP.at)})

    return change


def _sak(text: str) -> Callable[[MeetingAnswers], MeetingAnswers]:
    def change(found: MeetingAnswers) -> MeetingAnswers:
        return replace(found, agenda=(*found.agenda, AgendaEntry(text, "Kari", STAMP.at)))

    return change


async def test_two_rsvps_and_two_agenda_items_at_once_on_one_meeting_all_survive(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())
    key = "valer:fagteam:2026-06-15"

    await asyncio.gather(
        first.meeting_overrides.change_days([key], _answering(key, _rsvp("aad-kari"))),
        second.meeting_overrides.change_days([key], _answering(key, _rsvp("aad-ola"))),
        first.meeting_overrides.change_days([key], _answering(key, _sak("Uro i sentrum"))),
        second.meeting_overrides.change_days([key], _answering(key, _sak("Sommeraktiviteter"))),
    )

    found = await first.meeting_answers.get(key)
    assert sorted(found.rsvp) == ["aad-kari", "aad-ola"]
    assert sorted(a.text for a in found.agenda) == ["Sommeraktiviteter", "Uro i sentrum"]
    assert await first.meeting_overrides.get(key) is None  # answering changes no meeting


async def test_a_refused_answer_writes_nothing(repos: Repositories) -> None:
    key = "valer:fagteam:2026-06-15"
    await repos.meeting_answers.put(key, MeetingAnswers({"a": Rsvp("A", True, STAMP.at)}))

    def full(found: MeetingAnswers) -> MeetingAnswers:
        raise OverflowError("saksliste full")

    with pytest.raises(OverflowError):
        await repos.meeting_overrides.change_days([key], _answering(key, full))
    assert list((await repos.meeting_answers.get(key)).rsvp) == ["a"]


def _override(key: str, status: str = "active", moved_to: str | None = None) -> MeetingOverride:
    day = key.rsplit(":", 1)[1]
    return MeetingOverride(
        key,
        "valer",
        "fagteam",
        status,
        f"{day}T09:00:00+02:00",
        f"{day}T10:00:00+02:00",
        moved_to=moved_to,
        sequence=1,
        by="aad-k",
        at=STAMP.at,
    )


async def test_a_move_writes_both_days_and_carries_the_saksliste(repos: Repositories) -> None:
    old, new = "valer:fagteam:2026-06-15", "valer:fagteam:2026-06-16"
    sak = AgendaEntry("Uro i sentrum", "Kari", STAMP.at)
    await repos.meeting_answers.put(old, MeetingAnswers(agenda=(sak,)))

    def move(days: dict[str, MeetingDay]) -> dict[str, MeetingDay]:
        assert days[old].override is None and days[new] == MeetingDay()
        return {
            old: MeetingDay(
                _override(old, "moved", "2026-06-16T09:00:00+02:00"), days[old].answers
            ),
            new: MeetingDay(_override(new), MeetingAnswers(agenda=days[old].answers.agenda)),
        }

    after = await repos.meeting_overrides.change_days([old, new], move)

    assert after[new].answers.agenda == (sak,) and after[old].override == _override(
        old, "moved", "2026-06-16T09:00:00+02:00"
    )
    assert [o.key for o in await repos.meeting_overrides.in_kommune("valer")] == [old, new]
    assert (await repos.meeting_answers.get(new)).agenda == (sak,)


async def test_a_sak_given_while_the_meeting_moves_is_carried_or_refused_never_lost(
    shared: None, opener: Callable[[], Store]
) -> None:
    """One instance moves the meeting (carrying the saksliste), another adds a sak at the
    same moment: before the move it is carried to the new day; after, it is refused (the
    sender is told) — it never lands on the old day alone."""
    first, second = Repositories.over(opener()), Repositories.over(opener())
    old, new = "valer:fagteam:2026-06-15", "valer:fagteam:2026-06-16"

    def move(days: dict[str, MeetingDay]) -> dict[str, MeetingDay]:
        carried = MeetingAnswers(agenda=days[old].answers.agenda)
        return {
            old: MeetingDay(_override(old, "moved"), days[old].answers),
            new: MeetingDay(_override(new), carried),
        }

    await first.meeting_answers.put(
        old, MeetingAnswers(agenda=(AgendaEntry("Budsjett", "K", STAMP.at),))
    )
    _, added = await asyncio.gather(
        first.meeting_overrides.change_days([old, new], move),
        second.meeting_overrides.change_days([old], _answering(old, _sak("Uro"))),
        return_exceptions=True,
    )

    on_old = [a.text for a in (await first.meeting_answers.get(old)).agenda]
    on_new = [a.text for a in (await first.meeting_answers.get(new)).agenda]
    if isinstance(added, LookupError):  # after the move: refused, nowhere
        assert on_old == on_new == ["Budsjett"]
    else:  # before the move: on the old day and carried to the new
        assert on_old == on_new == ["Budsjett", "Uro"]


async def test_graph_events(repos: Repositories) -> None:
    event = GraphEvent("kari@valer.example", "AAMk-1", "https://teams.example/join")
    await repos.graph_events.put("valer:fagteam:2026-06-15", event)

    assert await repos.graph_events.get("valer:fagteam:2026-06-15") == event
    assert await repos.graph_events.get("valer:fagteam:2026-06-16") is None


async def test_tiltak_answers_deadlines_assignees_and_plan_periods(repos: Repositories) -> None:
    record = TiltakRecord(
        status="more_time",
        new_deadline="2026-07-01",
        answers=(TiltakAnswerEntry("Kari", STAMP.at, "more_time", "Venter", "2026-07-01"),),
        by="Kari",
        at=STAMP.at,
    )
    await repos.tiltak_answers.put("valer:18:2026-06-15", record)
    await repos.tiltak_answers.put("valer2:18:2026-06-15", TiltakRecord())
    await repos.deadlines.set("valer", "3", "2026-10-01", STAMP)
    await repos.assignees.assign("valer", "3", "Kari", "aad-kari", STAMP)

    assert await repos.tiltak_answers.get("valer:18:2026-06-15") == record
    assert await repos.tiltak_answers.in_kommune("valer") == [("valer:18:2026-06-15", record)]
    assert await repos.deadlines.get("valer", "3") == ("2026-10-01", STAMP)
    assert await repos.deadlines.in_kommune("valer") == {"3": "2026-10-01"}
    assert await repos.assignees.get("valer", "3") == ("Kari", "aad-kari")
    assert await repos.assignees.get("valer", "4") is None
    assert await repos.assignees.in_kommune("valer") == {"3": ("Kari", "aad-kari")}
    assert await repos.assignees.in_kommune("valer2") == {}
    assert await repos.plan_periods.extra_years("valer") == 0


async def test_two_coordinators_extending_the_plan_at_once_extend_it_twice(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())
    await asyncio.gather(
        first.plan_periods.extend("valer", STAMP), second.plan_periods.extend("valer", STAMP)
    )

    assert await first.plan_periods.extra_years("valer") == 2


async def test_two_answers_on_one_tiltak_at_once_are_both_kept(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())

    def answered_by(name: str) -> Callable[[TiltakRecord | None], TiltakRecord]:
        def change(found: TiltakRecord | None) -> TiltakRecord:
            entry = TiltakAnswerEntry(name, STAMP.at, "done")
            return TiltakRecord("done", answers=(*(found.answers if found else ()), entry))

        return change

    await asyncio.gather(
        first.tiltak_answers.change("valer:1:2026-06-15", answered_by("Kari")),
        second.tiltak_answers.change("valer:1:2026-06-15", answered_by("Ola")),
    )

    found = await first.tiltak_answers.get("valer:1:2026-06-15")
    assert found is not None
    assert sorted(a.by for a in found.answers) == ["Kari", "Ola"]


async def test_a_link_made_by_another_instance_is_read_at_once(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())
    assert await first.team_links.kommune_for("team:1") is None

    await second.team_links.link("team:1", "gjesdal", "aad-koordinator")

    assert await first.team_links.kommune_for("team:1") == "gjesdal"


async def test_nudges_and_marks(repos: Repositories) -> None:
    await repos.nudges.add("valer:18:2026-06-15:1", STAMP)
    await repos.nudges.done("valer:18:2026-06-15:1")
    await repos.reminded.put("r1", Mark("2026-06-15", "reminder:valer:2026-06-15:x"))
    await repos.escalated.put("r1", Mark("2026-06-16"))

    assert await repos.nudges.in_kommune("valer") == [("valer:18:2026-06-15:1", STAMP, True)]
    assert await repos.reminded.get("r1") == Mark("2026-06-15", "reminder:valer:2026-06-15:x")
    assert await repos.escalated.get("r1") == Mark("2026-06-16")
    assert await repos.escalated.get("r2") is None


def _queued(key: str) -> OutboxEntry:
    return OutboxEntry(key, "reminder", QUEUED, target="user", queued_at=STAMP.at)


async def test_a_new_outbox_row_is_claimed_and_a_sent_one_never_again(repos: Repositories) -> None:
    outbox = repos.outbox
    claim = await outbox.claim(_queued("reminder:valer:18"))
    assert claim.mine and claim.found is None
    mine = await outbox.get("reminder:valer:18")
    assert mine is not None and mine.claimed_by == outbox.instance_id
    await outbox.put(OutboxEntry("reminder:valer:18", "reminder", SENT, attempts=1))

    again = await outbox.claim(_queued("reminder:valer:18"))
    assert not again.mine and again.found is not None and again.found.state == SENT
    assert await outbox.pending() == []


async def test_a_failed_row_is_pending_and_claimed_again_keeping_when_it_was_queued(
    repos: Repositories,
) -> None:
    outbox = repos.outbox
    await outbox.put(OutboxEntry("k", "reminder", FAILED, 6, queued_at="first", error="503"))

    assert [e.key for e in await outbox.pending("reminder")] == ["k"]
    assert await outbox.pending("digest") == []
    assert (await outbox.claim(_queued("k"))).mine
    row = await outbox.get("k")
    assert row is not None and (row.state, row.queued_at, row.uncertain) == (QUEUED, "first", False)


async def test_a_claim_held_by_a_live_instance_is_left_and_a_dead_ones_taken_over(
    shared: None, opener: Callable[[], Store]
) -> None:
    mine, other = Repositories.over(opener()), Repositories.over(opener())
    assert (await other.outbox.claim(_queued("k"))).mine
    await other.outbox.put(
        OutboxEntry("k", "reminder", SENDING, 1, claimed_by=other.outbox.instance_id)
    )

    assert not (await mine.outbox.claim(_queued("k"))).mine  # the other is on it
    await other.store.close()  # as after SIGKILL: its liveness goes with it
    taken = await mine.outbox.claim(_queued("k"))

    assert taken.mine and taken.found is not None and taken.found.state == SENDING
    row = await mine.outbox.get("k")
    assert row is not None and row.uncertain and row.claimed_by == mine.outbox.instance_id


async def test_two_instances_claiming_one_batch_never_get_the_same_row(
    shared: None, opener: Callable[[], Store]
) -> None:
    first, second = Repositories.over(opener()), Repositories.over(opener())
    keys = [f"reminder:valer:{n}" for n in range(25)]
    claims = await asyncio.gather(
        *(r.outbox.claim(_queued(key)) for key in keys for r in (first, second))
    )

    # (Within one instance the sender serialises a key itself: a re-claim is its own.)
    per_key = [sum(c.mine for c in claims[i * 2 : i * 2 + 2]) for i in range(len(keys))]
    assert per_key == [1] * len(keys)
    owners = {row.claimed_by for row in await first.outbox.all()}
    assert owners <= {first.outbox.instance_id, second.outbox.instance_id}


async def test_knowledge_announcements_count_up_and_none_is_lost_to_a_race(
    opener: Callable[[], Store], shared: None
) -> None:
    """Two instances announcing at once get two generations; the newest names its version."""
    first, second = (Repositories.over(opener()), Repositories.over(opener()))
    assert await first.knowledge_versions.newest() is None

    made = await asyncio.gather(
        first.knowledge_versions.announce("v-one", "instance-1"),
        second.knowledge_versions.announce("v-two", "instance-2"),
    )

    assert sorted(a.generation for a in made) == [1, 2]
    newest = await second.knowledge_versions.newest()
    assert newest is not None and newest.generation == 2
    assert newest == next(a for a in made if a.generation == 2)
