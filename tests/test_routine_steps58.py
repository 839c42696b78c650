"""One step of a routine asked calmly (branch routine58):

- a young person's drinking told as a thing of its own («bekymra for drikkinga», «hadde
  fyllefest i helga») and «hvem kan han snakke med?»: the drug-concern routine, whose advice
  step names whom the young person can talk to – not the honest fallback of a service asked
  for without a name;
- the same contact form with the writer as its subject, or with a group named, still asks
  whom to reach.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "to gutter i 9. hadde fyllefest hjemme hos en av dem, nå er alt roleg. "
            "hvem kan han snakke med?",
            "jevnaker",
        ),
        (
            "mora til ei jente i 10. er bekymra for drikkinga hennar. kven kan ho snakke med?",
            "valer",
        ),
        ("bekymret for drikkingen til en elev i 9., hvem kan han snakke med?", "gjesdal"),
    ],
)
def test_whom_a_drinking_youth_can_talk_to_is_the_drug_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[0].facts.get("routine") == "rusbekymring", text
    assert "helsesykepleier" in replies[0].text.lower()


def test_whom_the_writer_can_talk_to_is_still_a_service(bot: SltBot) -> None:
    replies = turn(bot, "hvem kan jeg snakke med om rus?", "valer")
    assert [r.intent for r in replies] == ["contact_service"]


def test_a_group_named_beside_the_form_opens_no_routine(bot: SltBot) -> None:
    text = (
        "en far som er bekymret for at datteren ruser seg spør hvem hun kan snakke med – "
        "kan hun ta det til arbeidsgruppa?"
    )
    replies = turn(bot, text, "gjesdal")
    assert all(r.facts.get("routine") is None for r in replies), [r.intent for r in replies]
