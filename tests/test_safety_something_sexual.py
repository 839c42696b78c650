"""Something sexual told as having happened, the act unnamed («et barn fortalte om noe seksuelt
som skjedde hos onkelen»): the disclosure of sexual abuse (danger.yaml ``overgrep``), so the
routine for violence and abuse at home answers it. «noe seksuelt» in teaching or a question in
general («hvordan snakker vi om noe seksuelt i 5. klasse») is no disclosure.

Every message is written for this file (none is an evaluation item), with made-up people."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck


@pytest.mark.parametrize(
    "text",
    [
        "ei jente i 4. klasse fortalte om noe seksuelt som skjedde hos onkelen",
        "han sa at noe seksuelt har skjedd med treneren i fjor",
        "et barn har fortalt om noe seksuelt, hva gjør vi nå?",
    ],
)
def test_something_sexual_told_is_a_disclosure(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "vold-naere-relasjoner", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "hvordan snakker vi om noe seksuelt i 5. klasse?",
        "seksualundervisning: hva sier vi hvis elevene spør om noe seksuelt?",
        "er det noe seksuelt innhold i filmen vi skal vise 8. trinn?",
    ],
)
def test_something_sexual_in_teaching_is_no_disclosure(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text
