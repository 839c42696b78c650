"""«hva går <gruppe> ut på?» asks what the group does, as «hva gjør <gruppe>?» does.

The intent net's nearest examples of the form are tiltak asked by number or title («hva går
tiltak 12 ut på?»), so they voted a group's work into the honest fallback (found walking as a
rektor in a Gjesdal team). A tiltak named the same way still gets the tiltak.

Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import intent_and_text


@pytest.mark.parametrize(
    ("text", "kommune", "group"),
    [
        ("hva går arbeidsgruppa ut på", "gjesdal", "SLT-arbeidsgruppe"),
        ("hva går styringsgruppa ut på?", "gjesdal", "styringsgruppe"),
        ("hva går oppvekstteamet ut på", "valer", "Oppvekstteam"),
        ("hva går fagteamet ut på?", "jevnaker", "Fagteam"),
    ],
)
def test_a_groups_work_asked_with_ut_pa_gets_the_group(
    bot: SltBot, text: str, kommune: str, group: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "duties", answer
    assert group in answer


@pytest.mark.parametrize(
    ("text", "kommune", "tiltak"),
    [
        ("hva går tiltak 12 ut på", "valer", "Tiltak 12"),
        ("hva går trygghetsvandringen ut på", "jevnaker", "Trygghetsvandring"),
    ],
)
def test_a_tiltak_asked_the_same_way_still_gets_the_tiltak(
    bot: SltBot, text: str, kommune: str, tiltak: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "tiltak_lookup", answer
    assert tiltak in answer
