"""The danger check stops before the scene from signals when a message has fewer than two
signals (perf77, ``too_few_signals`` in bot/safety_reading.py): the reading, with the hint
and without, is what the full scoring gave — on every eval dev text and on made-up ones, the
look-alikes with one signal beside those with two or more."""

from __future__ import annotations

import pytest

import bot.safety
from bot.safety import DangerCheck
from bot.safety_finding import DangerFinding
from tests.eval import load_items

ONE_OR_NONE = (
    "hvem har nøkkelen til møterommet på rådhuset",
    "kan du minne meg på fagdagen i morgen",
    "eleven glemte gymtøyet igjen",
    "hvor mange er med i arbeidsgruppa nå",
    "gutten på 14 spør om leksehjelp",  # an age, and little else
    "hun slo av lyset før møtet",  # an act, no one it is done to
)
SEVERAL = (
    "gutten på 13 har tatt noen piller han fant hjemme",
    "jenta i 7b blir dytta ned trappa hver dag",
    "eleven svelget noen tabletter i storefri",
    "faren slår sønnen når han er full",
    "en 19-åring gir alkohol til jenter på 14",
)


def _both(check: DangerCheck, text: str) -> tuple[DangerFinding | None, DangerFinding | None]:
    reading = check.read(text)
    return reading.finding, reading.hinted()


def _full(
    check: DangerCheck, text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[DangerFinding | None, DangerFinding | None]:
    """The reading with every message scored, as before the early out."""
    with monkeypatch.context() as patched:
        patched.setattr(bot.safety, "too_few_signals", lambda *_: False)
        return _both(check, text)


@pytest.mark.parametrize("text", [*ONE_OR_NONE, *SEVERAL])
def test_made_up_messages_read_as_fully_scored(
    vocabulary: DangerCheck, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    assert _both(vocabulary, text) == _full(vocabulary, text, monkeypatch)


def test_several_signals_still_make_a_scene(vocabulary: DangerCheck) -> None:
    """Not vacuous: messages with two signals or more are scored, and some find a scene."""
    assert any(_both(vocabulary, text)[1] is not None for text in SEVERAL)


@pytest.mark.slow
def test_every_dev_text_reads_as_fully_scored(
    vocabulary: DangerCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = sorted({item.text for item in load_items() if item.half == "dev"})
    stopped: list[bool] = []
    few = bot.safety.too_few_signals

    def counted(*args: object) -> bool:
        stopped.append(few(*args))  # type: ignore[arg-type]
        return stopped[-1]

    for text in texts:
        full = _full(vocabulary, text, monkeypatch)
        with monkeypatch.context() as patched:
            patched.setattr(bot.safety, "too_few_signals", counted)
            assert _both(vocabulary, text) == full, text
    assert sum(stopped) > len(texts) // 4  # not vacuous: many questions stop early
