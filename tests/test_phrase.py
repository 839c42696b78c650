"""A feature's sentences with gaps (bot/features/phrase.py) read like the functions they were."""

from __future__ import annotations

import pytest

from bot.features.meetings import texts
from bot.features.phrase import Phrase


def test_a_phrase_fills_its_gaps_in_order_or_by_name() -> None:
    said = Phrase("Flyttet: {group} fra {old} til {new}.")
    assert said("Fagteam", "3. mars", "5. mars") == "Flyttet: Fagteam fra 3. mars til 5. mars."
    assert said(new="5. mars", group="Fagteam", old="3. mars") == said(
        "Fagteam", "3. mars", "5. mars"
    )


def test_a_gap_named_twice_is_filled_once_and_braces_in_a_value_stay() -> None:
    assert Phrase("{who} og {who}")("{x}") == "{x} og {x}"


def test_a_phrase_given_too_few_or_too_many_values_says_which_it_takes() -> None:
    with pytest.raises(TypeError, match=r"takes 1 values \(group\)"):
        texts.minutes_reminder()
    with pytest.raises(TypeError):
        texts.minutes_reminder("Fagteam", "Politiråd")


def test_the_meeting_feature_still_says_what_it_said() -> None:
    assert texts.minutes_reminder("Fagteam") == "Husk referat fra Fagteam"
    assert texts.agenda_full(30) == "Sakslisten er full (30 saker). Ta kontakt med innkaller."
