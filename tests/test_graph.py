"""Calendar invitations through Microsoft Graph, against a fake Graph and token endpoint.

Kari Koordinator in Testvik kommune calls in an SLT meeting; the bot puts it on her Outlook
calendar as a Teams meeting and invites the people from the people mapping.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator

import pytest

from bot.clock import OSLO
from bot.config import ConfigError
from bot.graph import GraphCalendar, GraphError, graph_time
from bot.graph_settings import DEFAULT_BASE_URL, GraphSettings
from tests.auxil.graph import CLIENT_ID, FakeGraph, Sleeps

KARI = "kari.koordinator@testvik.example"
PEOPLE = [
    ("ola.politi@testvik.example", "Ola Politi"),
    ("siri.skole@testvik.example", "Siri Skole"),
]
SUBJECT = "SLT-møte: rusforebygging i ungdomsskolen"
MONDAY_NINE = dt.datetime(2025, 3, 10, 9, 0, tzinfo=OSLO)
MONDAY_TEN = dt.datetime(2025, 3, 10, 10, 0, tzinfo=OSLO)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def calendar(graph: FakeGraph, sleeps: Sleeps) -> AsyncIterator[GraphCalendar]:
    cal = GraphCalendar(graph.settings(), sleep=sleeps)
    yield cal
    await cal.close()


async def call_in_meeting(calendar: GraphCalendar, **changes):
    values = {
        "organizer_upn": KARI,
        "subject": SUBJECT,
        "start": MONDAY_NINE,
        "end": MONDAY_TEN,
        "location": "Testvik rådhus, møterom Fjorden",
        "attendees": PEOPLE,
        "body_html": "<p>Agenda: status for tiltakene.</p>",
    }
    values.update(changes)
    return await calendar.create_event(**values)


# --- creating ---------------------------------------------------------------------------------


async def test_the_meeting_lands_on_karis_calendar_as_a_teams_meeting(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    created = await call_in_meeting(calendar)

    [request] = graph.requests
    assert (request.method, request.path) == ("POST", f"/v1.0/users/{KARI}/events")
    body = request.body
    assert body["subject"] == SUBJECT
    assert body["body"] == {
        "contentType": "HTML",
        "content": "<p>Agenda: status for tiltakene.</p>",
    }
    assert body["location"] == {"displayName": "Testvik rådhus, møterom Fjorden"}
    assert body["attendees"] == [
        {
            "emailAddress": {"address": "ola.politi@testvik.example", "name": "Ola Politi"},
            "type": "required",
        },
        {
            "emailAddress": {"address": "siri.skole@testvik.example", "name": "Siri Skole"},
            "type": "required",
        },
    ]
    assert body["isOnlineMeeting"] is True
    assert body["onlineMeetingProvider"] == "teamsForBusiness"
    assert body["start"] == {
        "dateTime": "2025-03-10T09:00:00",
        "timeZone": "W. Europe Standard Time",
    }
    assert body["end"] == {"dateTime": "2025-03-10T10:00:00", "timeZone": "W. Europe Standard Time"}
    assert body["transactionId"]

    [stored] = graph.calendar_of(KARI)
    assert created.id in graph.events
    assert created.join_url is not None
    assert created.join_url.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert created.web_link.startswith("https://outlook.office365.com/owa/?itemid=")
    assert stored.event["isOnlineMeeting"] is True


async def test_kari_is_not_invited_to_her_own_meeting_and_nobody_twice(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    await call_in_meeting(
        calendar,
        attendees=[
            ("Kari.Koordinator@testvik.example", "Kari Koordinator"),
            *PEOPLE,
            ("OLA.POLITI@testvik.example", "Ola Politi"),
        ],
    )

    invited = [a["emailAddress"]["address"] for a in graph.requests[0].body["attendees"]]
    assert invited == ["ola.politi@testvik.example", "siri.skole@testvik.example"]


async def test_without_a_place_the_event_has_no_location(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    await call_in_meeting(calendar, location=None)

    assert "location" not in graph.requests[0].body


async def test_a_meeting_that_ends_before_it_starts_is_not_sent(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    with pytest.raises(ValueError):
        await call_in_meeting(calendar, start=MONDAY_TEN, end=MONDAY_NINE)

    assert graph.requests == []


# --- authentication ---------------------------------------------------------------------------


async def test_the_bot_signs_in_as_itself_and_sends_the_bearer_token(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    await call_in_meeting(calendar)

    [token_request] = graph.token_requests
    assert token_request.form["grant_type"] == "client_credentials"
    assert token_request.form["scope"] == "https://graph.microsoft.com/.default"
    assert token_request.client_id == CLIENT_ID
    assert token_request.secret_ok
    [token] = graph.issued_tokens
    assert graph.requests[0].authorization == f"Bearer {token}"


async def test_a_second_meeting_reuses_the_cached_token(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    await call_in_meeting(calendar)
    await call_in_meeting(calendar, subject="SLT-møte: oppfølging")

    assert len(graph.token_requests) == 1
    assert graph.discovery_requests == 1
    assert graph.requests[0].authorization == graph.requests[1].authorization
    assert len(graph.calendar_of(KARI)) == 2


async def test_a_rejected_token_is_replaced_once(graph: FakeGraph, calendar: GraphCalendar) -> None:
    await call_in_meeting(calendar)
    graph.revoke_tokens()

    await call_in_meeting(calendar, subject="SLT-møte: oppfølging")

    assert len(graph.token_requests) == 2
    rejected, retried = graph.requests[1:]
    assert rejected.authorization == graph.requests[0].authorization
    assert retried.authorization != rejected.authorization
    assert len(graph.calendar_of(KARI)) == 2


async def test_a_wrong_client_secret_stops_before_graph(graph: FakeGraph) -> None:
    calendar = GraphCalendar(graph.settings(client_secret="feil-hemmelighet"))
    try:
        with pytest.raises(GraphError) as caught:
            await call_in_meeting(calendar)
    finally:
        await calendar.close()

    assert (caught.value.status, caught.value.code) == (401, "invalid_client")
    assert graph.requests == []


# --- moving and cancelling --------------------------------------------------------------------


async def test_moving_the_meeting_patches_only_the_times(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    created = await call_in_meeting(calendar)

    await calendar.move_event(
        KARI,
        created.id,
        dt.datetime(2025, 3, 12, 13, 30, tzinfo=OSLO),
        dt.datetime(2025, 3, 12, 15, 0, tzinfo=OSLO),
    )

    patch = graph.requests[-1]
    assert (patch.method, patch.path) == ("PATCH", f"/v1.0/users/{KARI}/events/{created.id}")
    assert patch.body == {
        "start": {"dateTime": "2025-03-12T13:30:00", "timeZone": "W. Europe Standard Time"},
        "end": {"dateTime": "2025-03-12T15:00:00", "timeZone": "W. Europe Standard Time"},
    }
    assert graph.events[created.id].event["start"]["dateTime"] == "2025-03-12T13:30:00"


async def test_cancelling_the_meeting_sends_the_comment_to_the_attendees(
    graph: FakeGraph, calendar: GraphCalendar
) -> None:
    created = await call_in_meeting(calendar)

    await calendar.cancel_event(KARI, created.id, "Avlyst: flyttes til neste måned.")

    cancel = graph.requests[-1]
    assert (cancel.method, cancel.path) == (
        "POST",
        f"/v1.0/users/{KARI}/events/{created.id}/cancel",
    )
    assert cancel.body == {"comment": "Avlyst: flyttes til neste måned."}
    assert graph.events[created.id].cancelled


async def test_moving_a_meeting_graph_does_not_know_is_an_error(calendar: GraphCalendar) -> None:
    with pytest.raises(GraphError) as caught:
        await calendar.move_event(KARI, "AAMkAGZvcmdvdHRlbg==", MONDAY_NINE, MONDAY_TEN)

    assert (caught.value.status, caught.value.code) == (404, "ErrorItemNotFound")


# --- when Graph pushes back (retries are the outbox's: tests/test_graph_outbox.py) ----------


async def test_forbidden_mailbox_raises_the_code_and_nothing_of_the_meeting(
    graph: FakeGraph, calendar: GraphCalendar, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    graph.fail_next(403)

    with pytest.raises(GraphError) as caught:
        await call_in_meeting(calendar)

    error = caught.value
    assert (error.status, error.code) == (403, "ErrorAccessDenied")
    assert error.request_id
    assert len(graph.requests) == 1  # a 403 is not retried
    told = f"{error} {error!r} {error.args}"
    # Everything the bot's side logged (the fake's own access log is not the bot's).
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name != "aiohttp.access")
    for secret in (SUBJECT, "ola.politi", "siri.skole", "Agenda", "Access is denied", KARI):
        assert secret not in told
        assert secret not in logged


async def test_one_call_is_one_attempt_and_says_whether_another_may_help(
    graph: FakeGraph, calendar: GraphCalendar, sleeps: Sleeps
) -> None:
    """The client does not retry (the outbox does): it tells the policy what it saw."""
    graph.fail_next(429, retry_after=7)

    with pytest.raises(GraphError) as caught:
        await call_in_meeting(calendar)

    failure = caught.value.failure
    assert (failure.kind, failure.retryable, failure.retry_after) == ("429", True, 7.0)
    assert len(graph.requests) == 1 and sleeps.waited == []


# --- times ------------------------------------------------------------------------------------


def test_times_are_oslo_wall_clock_in_summer_and_winter() -> None:
    summer = dt.datetime(2025, 6, 2, 7, 0, tzinfo=dt.UTC)
    winter = dt.datetime(2025, 12, 1, 8, 0, tzinfo=dt.UTC)

    assert graph_time(summer) == {
        "dateTime": "2025-06-02T09:00:00",
        "timeZone": "W. Europe Standard Time",
    }
    assert graph_time(winter) == {
        "dateTime": "2025-12-01T09:00:00",
        "timeZone": "W. Europe Standard Time",
    }


def test_the_doubled_autumn_hour_goes_as_utc() -> None:
    second_two_thirty = dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC)  # 02:30 CET

    assert graph_time(second_two_thirty) == {"dateTime": "2025-10-26T01:30:00", "timeZone": "UTC"}


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        graph_time(dt.datetime(2025, 3, 10, 9, 0))


# --- configuration ----------------------------------------------------------------------------


def test_without_graph_settings_the_card_and_ics_are_all_there_is() -> None:
    assert GraphSettings.from_env({}) is None
    assert GraphSettings.from_env({"SLT_GRAPH_BASE_URL": "https://graph.example"}) is None


def test_graph_settings_from_the_environment() -> None:
    settings = GraphSettings.from_env(
        {
            "SLT_GRAPH_TENANT_ID": "testvik-tenant",
            "SLT_GRAPH_CLIENT_ID": "testvik-app",
            "SLT_GRAPH_CLIENT_SECRET": "testvik-hemmelig",
        }
    )

    assert settings is not None
    assert settings.authority == "https://login.microsoftonline.com/testvik-tenant"
    assert settings.base_url == DEFAULT_BASE_URL
    assert settings.timeout == 20.0
    assert "testvik-hemmelig" not in repr(settings)


def test_own_endpoints_and_timeout_from_the_environment() -> None:
    settings = GraphSettings.from_env(
        {
            "SLT_GRAPH_TENANT_ID": "testvik-tenant",
            "SLT_GRAPH_CLIENT_ID": "testvik-app",
            "SLT_GRAPH_CLIENT_SECRET": "testvik-hemmelig",
            "SLT_GRAPH_BASE_URL": "https://graph.testvik.example/v1.0/",
            "SLT_GRAPH_AUTHORITY": "https://login.testvik.example/testvik-tenant/",
            "SLT_GRAPH_TIMEOUT": "7.5",
        }
    )

    assert settings is not None
    assert settings.base_url == "https://graph.testvik.example/v1.0"
    assert settings.authority == "https://login.testvik.example/testvik-tenant"
    assert settings.timeout == 7.5


def test_half_a_graph_configuration_is_an_error_not_off() -> None:
    with pytest.raises(ConfigError, match="SLT_GRAPH_CLIENT_SECRET"):
        GraphSettings.from_env(
            {"SLT_GRAPH_TENANT_ID": "testvik-tenant", "SLT_GRAPH_CLIENT_ID": "testvik-app"}
        )


async def test_close_ends_the_session_and_a_closed_calendar_can_be_closed_again(
    graph: FakeGraph,
) -> None:
    calendar = GraphCalendar(graph.settings())
    await call_in_meeting(calendar)
    session = calendar._session
    assert session is not None

    await calendar.close()
    await calendar.close()

    assert session.closed
