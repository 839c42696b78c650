"""The one retry policy (bot/retry.py): Retry-After, backoff with jitter, when to give up.

Virtual time throughout: the policy sleeps through an injected function that only records,
and its randomness is a seeded ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from bot.retry import (
    RETRY_AFTER_CAP,
    Failure,
    RetryPolicy,
    classify_status,
    parse_retry_after,
    status_retryable,
)


class Sleeps:
    def __init__(self) -> None:
        self.waited: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waited.append(seconds)


def policy(**options: object) -> tuple[RetryPolicy, Sleeps]:
    sleeps = Sleeps()
    return RetryPolicy(sleep=sleeps, rng=random.Random(3), **options), sleeps  # type: ignore[arg-type]


async def test_without_retry_after_the_waits_grow_under_a_cap_with_full_jitter() -> None:
    retry, sleeps = policy(base_delay=0.5, max_delay=4.0)
    failure = Failure("503", retryable=True, status=503)

    for attempt in range(1, 8):
        await retry.wait(attempt, failure)

    steps = [min(4.0, 0.5 * 2 ** (n - 1)) for n in range(1, 8)]
    assert all(0 <= waited <= step for waited, step in zip(sleeps.waited, steps, strict=True))
    assert len(set(sleeps.waited)) == 7, "jittered: no two waits alike"
    assert max(sleeps.waited) > 2.0, "the step grows up to the cap"


async def test_a_spread_waits_the_step_plus_at_most_that_share() -> None:
    retry, sleeps = policy(base_delay=1.0, max_delay=16.0, spread=0.25)
    failure = Failure("503", retryable=True, status=503)

    for attempt in range(1, 6):
        await retry.wait(attempt, failure)

    for waited, step in zip(sleeps.waited, (1, 2, 4, 8, 16), strict=True):
        assert step <= waited <= step * 1.25


async def test_retry_after_is_waited_as_given_instead_of_the_backoff() -> None:
    retry, sleeps = policy()

    await retry.wait(1, Failure("429", retryable=True, status=429, retry_after=7.0))

    assert sleeps.waited == [7.0]


def test_no_retry_for_what_cannot_succeed_or_after_the_last_attempt() -> None:
    retry, _ = policy(max_attempts=3)
    transient = Failure("503", retryable=True, status=503)

    assert retry.should_retry(1, transient) and retry.should_retry(2, transient)
    assert not retry.should_retry(3, transient), "three attempts in all"
    assert not retry.should_retry(1, Failure("403", retryable=False, status=403))


def test_a_caller_may_give_up_on_a_retry_after_longer_than_it_waits() -> None:
    retry, _ = policy(give_up_after=30.0)

    assert retry.should_retry(1, Failure("429", True, 429, retry_after=30.0))
    assert not retry.should_retry(1, Failure("429", True, 429, retry_after=31.0))


def test_at_least_one_attempt() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


@pytest.mark.parametrize(
    ("status", "retryable"),
    [
        *[(408, True), (412, True), (429, True), (500, True), (502, True), (504, True)],
        *[(400, False), (401, False), (403, False), (404, False), (501, False), (505, False)],
    ],
)
def test_the_bot_connector_statuses_worth_another_attempt(status: int, retryable: bool) -> None:
    assert status_retryable(status) is retryable


def test_an_answer_becomes_a_failure_with_its_retry_after() -> None:
    throttled = classify_status(429, {"Retry-After": "2"})
    refused = classify_status(403, {"Retry-After": "2"})
    graph = classify_status(500, {}, retryable={429, 503, 504})

    assert (throttled.kind, throttled.retryable, throttled.retry_after) == ("429", True, 2.0)
    assert (refused.retryable, refused.retry_after) == (False, None), "no wait for a refusal"
    assert not graph.retryable, "a caller's own list of statuses wins"


def test_retry_after_as_seconds_or_http_date_never_negative_and_capped() -> None:
    now = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)

    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("Mon, 01 Jun 2026 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Mon, 01 Jun 2026 11:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("99999") == RETRY_AFTER_CAP
    assert parse_retry_after("nan") is None
    assert parse_retry_after("") is None and parse_retry_after("later") is None
