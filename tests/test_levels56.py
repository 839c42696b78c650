"""What the plan says about its focus areas, the police agreement and who sits where, asked
as staff ask (session 25, levels56): the plan's priorities for its period, what politirådet
decided beside its name, the police district asked as «hvilket distrikt». Each where the plan
states it; look-alikes keep their own readings.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    "text",
    [
        "hva vil slt prioritere i den kommende perioden?",
        "hva skal kommunen satse på i denne perioden?",
    ],
)
def test_the_plans_priorities_for_its_period_are_its_own_section(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert "møteplasser" in reply.text and "tverrfaglig" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "period"),
    [
        ("valer", "hvilken periode dekker slt-planen?", "2023–2026"),
        ("valer", "når går perioden for planen ut?", "2023–2026"),
    ],
)
def test_the_period_asked_is_still_the_plans_period(
    bot: SltBot, kommune: str, text: str, period: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert period in reply.text and "Prioriteringer" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "district"),
    [
        ("gjesdal", "finnes det en avtale med politiet, og i hvilket distrikt?", "Sør-Vest"),
        ("valer", "hvilket distrikt tilhører kommunen?", "Øst"),
    ],
)
def test_which_district_is_the_police_district(
    bot: SltBot, kommune: str, text: str, district: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "plan", (text, reply.intent)
    assert district in reply.text


def test_what_the_steering_group_decided_is_the_plan_fact_not_its_duties(bot: SltBot) -> None:
    text = "hva er de felles satsingsområdene politirådet har vedtatt med ringerike og hole?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "plan", reply.intent
    assert "vold i nære relasjoner" in reply.text


@pytest.mark.parametrize("text", ["hva gjør politirådet?", "hva er politirådets oppgaver?"])
def test_a_groups_duties_stay_its_duties(bot: SltBot, text: str) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "duties", (text, reply.intent)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "frivillige lag, hvilket nivå hører de til?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="session 40: fresh41's examples make the intent net read a role's seats "
                "and doubt the level answer (the honest fallback now); keeping the level "
                "whenever its words name what is asked cost one held-out wrong answer",
            ),
        ),
        "på hvilket nivå er frivilligheten?",
    ],
)
def test_a_level_whose_words_name_what_is_asked_answers_where_it_is(bot: SltBot, text: str) -> None:
    """Våler's utførende nivå names «frivilligheten»; no member list does."""
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "levels", (text, reply.intent)
    assert "frivilligheten" in reply.text


def test_a_level_question_naming_nothing_a_level_says_lists_the_groups(bot: SltBot) -> None:
    reply = turn(bot, "hvilke grupper finnes på de ulike nivåene?", "valer")[-1]
    assert reply.intent == "role_groups", reply.intent
    assert "Politirådet" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "seat"),
    [
        ("valer", "er nav representert noe sted i slt?", "Virksomhetsleder NAV"),
        ("gjesdal", "er helsestasjonen med noe sted i slt-arbeidet?", "helsestasjon"),
    ],
)
def test_whether_a_workplace_is_in_slt_anywhere_is_its_seats(
    bot: SltBot, kommune: str, text: str, seat: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "role_groups", (text, reply.intent)
    assert seat in reply.text


def test_a_role_asking_if_it_is_on_a_level_gets_its_seats_with_their_levels(
    bot: SltBot,
) -> None:
    """The seats say it («Utøvende nivå: Skolehelsetjenesten …»), or the level's members
    with «Ja – … er med»; never «Mente du …?» between the levels and the seats."""
    for text, seat in (
        ("hva er min rolle i slt som helsesykepleier? er jeg på utførende nivå?", "Skolehelse"),
        ("hva gjør jeg i slt som sosiallærer? er jeg på utførende nivå?", "sosiallærer"),
    ):
        reply = turn(bot, text, "valer")[-1]
        assert reply.intent in ("role_groups", "members"), (text, reply.intent)
        assert "Utøvende nivå" in reply.text and seat in reply.text
