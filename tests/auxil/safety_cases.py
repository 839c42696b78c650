"""What the safety probe files share: the three kommuner every case runs in, and the reply
intents that mean a message was routed as danger."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.features.reply import Reply
from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import ask, console_turn, last_reply

KOMMUNER = ["valer", "jevnaker", "gjesdal"]
"""Every made-up case runs in each kommune: routing must not depend on the kommune's words."""
DANGER = ("danger", "disclosure")
"""Reply intents of a routed danger or disclosure message."""


def assert_routed_with_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str | None, number: str
) -> Reply:
    """A probe is danger or disclosure, of its topic and routine, with the acute line first
    naming its number."""
    reply = ask(bot, message, kommune)
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    assert reply.facts["topic"] == topic, (message, reply.facts)
    assert reply.facts.get("routine") == routine, (message, reply.facts.get("routine"))
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨") and number in first, (message, first)
    return reply


def assert_alarm_first(bot: SltBot, kommune: str, message: str) -> None:
    """A case told now: the danger check finds it and the whole turn's answer is danger or
    disclosure with the acute line first (any topic, any number)."""
    assert bot.safety.check(message) is not None, message
    answer = last_reply(bot, message, kommune)
    assert str(answer.intent) in DANGER, (message, answer.intent)
    assert answer.text.lstrip().startswith("🚨"), answer.text[:80]


def assert_first_aid_calm(bot: SltBot, kommune: str, message: str) -> None:
    """A first-aid question asked ahead of time (a drill, «om noen besvimer»): the first-aid
    steps with 113 in them, and no acute or warning line above them."""
    reply = ask(bot, message, kommune)
    assert str(reply.intent) == "routine", (message, reply.text[:160])
    assert reply.facts.get("taken_ill"), (message, reply.facts)
    first = reply.text.lstrip().splitlines()[0]
    assert not first.startswith(("🚨", "⚠")), first
    assert "113" in reply.text


def assert_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    """A look-alike is neither danger nor disclosure."""
    reply = ask(bot, message, kommune)
    assert str(reply.intent) not in DANGER, (message, reply.text[:120])


def assert_check_routes(vocabulary: DangerCheck, text: str, routine: str | None) -> None:
    """The danger check alone finds ``text`` and sends it to ``routine`` (None: no routine)."""
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, (text, finding.describe())


def assert_check_calm(vocabulary: DangerCheck, text: str) -> None:
    """The danger check alone finds nothing in ``text``."""
    finding = vocabulary.check(text)
    assert finding is None, (text, finding.describe() if finding else None)


def case_tests(
    routed: Sequence[tuple[str, str | None]], calm: Sequence[str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests every probe file runs over its tables: each ``(text, routine)`` of
    ``routed`` is found by the danger check and sent to its routine, each text of ``calm`` is
    found calm. A file binds them to its own ``test_…`` names, which pytest collects (and
    names the cases by) as if the file had written them out."""

    @pytest.mark.parametrize(("text", "routine"), routed)
    def the_sign_routes(text: str, routine: str | None, vocabulary: DangerCheck) -> None:
        assert_check_routes(vocabulary, text, routine)

    @pytest.mark.parametrize("text", calm)
    def the_look_alike_stays_calm(text: str, vocabulary: DangerCheck) -> None:
        assert_check_calm(vocabulary, text)

    return the_sign_routes, the_look_alike_stays_calm


def class_tests(
    routed: Sequence[tuple[str, str, str]], calm: Sequence[str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a class's file runs over its tables: each ``(text, topic, kind)`` of
    ``routed`` is found by the danger check with that topic and kind, each text of ``calm`` is
    found calm (as :func:`case_tests`, by topic and kind instead of routine)."""

    @pytest.mark.parametrize(("text", "topic", "kind"), routed)
    def the_class_routes(text: str, topic: str, kind: str, vocabulary: DangerCheck) -> None:
        finding = vocabulary.check(text)
        assert finding is not None, text
        assert finding.topic == topic, (text, finding.describe())
        assert finding.kind.value == kind, (text, finding.describe())

    @pytest.mark.parametrize("text", calm)
    def the_look_alike_stays_calm(text: str, vocabulary: DangerCheck) -> None:
        assert_check_calm(vocabulary, text)

    return the_class_routes, the_look_alike_stays_calm


def acute_first(reply: Reply) -> bool:
    """The reply opens with the acute line (🚨) or the warning line (⚠)."""
    return reply.text.lstrip().startswith(("🚨", "⚠"))


def probe_answer(replies: list[Reply]) -> Reply:
    """The turn's answer as ``make eval`` reads it: a danger routine first, else the last."""
    return next((r for r in replies if str(r.intent) in DANGER), replies[-1])


def disclosure_outcome(bot: SltBot, kommune: str, message: str) -> tuple[str, Reply]:
    """A disclosure probe's outcome: «disclosure» (routed, acute line first), «asked_back» (the
    safety net's question back with the acute line: honest, no routine), a meeting command's
    intent, or «calm»."""
    answer = probe_answer(console_turn(bot, message, kommune))
    intent = str(answer.intent)
    if intent in DANGER and acute_first(answer):
        return "disclosure", answer
    if intent == "clarify" and acute_first(answer):
        return "asked_back", answer
    return (intent if intent.startswith("meeting") else "calm"), answer


def known_failing(
    cases: Sequence[tuple[str, ...]], known: dict[str, str]
) -> list[tuple[str, ...] | object]:
    """A probe's cases (kommune, text, …) for ``parametrize``, those whose text ``known`` names
    marked as a strict xfail with its reason: a known miss that starts to pass is news."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=known[case[1]]))
        if case[1] in known
        else case
        for case in cases
    ]


def assert_probe_calm(bot: SltBot, kommune: str, text: str) -> None:
    """A probe's look-alike over the console turn: no danger routine, no acute line first."""
    replies = console_turn(bot, text, kommune)
    intents = [str(r.intent) for r in replies]
    assert not any(i in DANGER for i in intents), (text, intents)
    assert not acute_first(replies[0]), (text, replies[0].text[:120])
