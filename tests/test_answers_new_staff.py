"""Answers staff new in the job get right: a group named by what it does, a meeting question
about the school holidays, and tiltak «for» a service the plan gives no tiltak.

Policies, not phrases: every message is written for this file (none is an evaluation item).
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.preamble import question_part
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "group"),
    [
        ("hvem er med i gruppa som jobber med enkeltungdom", "valer", "BTI-møte"),
        ("de som møtes om enkeltungdom, hvem er det?", "valer", "BTI-møte"),
        ("hvem sitter i gruppen som jobber med enkeltelever", "jevnaker", "Fagteam"),
        ("teamet som tar enkeltsaker – hvem er med der", "jevnaker", "Fagteam"),
        ("hvem er med i gruppa som jobber med enkeltungdom", "gjesdal", "Utførende nivå"),
    ],
)
def test_a_group_described_by_its_work_is_that_group(
    bot: SltBot, text: str, kommune: str, group: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["members"], text
    assert group in replies[0].text.split("\n")[0], replies[0].text[:120]


def test_a_description_no_group_clearly_matches_is_asked_back(bot: SltBot) -> None:
    replies = turn(bot, "hvem er med i gruppa som jobber med sommerjobber", "valer")
    assert [r.intent for r in replies] != ["members"] or "Hvilken gruppe" in replies[0].text


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        ("møtes slt-nettverket i skoleferien?", "valer", "frequency"),  # no one break named
        ("har politirådet møter i sommerferien", "jevnaker", "next_meeting"),  # the break's dates
        ("hvor ofte møtes fagteamet, også i juleferien?", "jevnaker", "frequency"),
    ],
)
def test_a_meeting_in_the_holidays_says_plan_and_bot_apart(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == [intent], text
    reply = replies[0].text
    assert "Planen sier ikke noe om møter i skoleferiene" in reply  # the plan's silence
    assert "I møteplanen jeg setter opp" in reply  # what the bot does, said as its own


def test_a_frequent_group_skips_the_holidays_a_rare_one_moves(bot: SltBot) -> None:
    rare = turn(bot, "møtes koordineringsgruppa i skoleferien?", "jevnaker")[0].text
    assert "flyttes til nærmeste møtedag" in rare
    assert "annenhver måned" in turn(bot, "møtes slt-nettverket i skoleferien?", "valer")[0].text


def test_no_holiday_section_without_a_holiday_word(bot: SltBot) -> None:
    reply = turn(bot, "hvor ofte møtes slt-nettverket", "valer")[0].text
    assert "skoleferie" not in reply


def test_tiltak_for_a_service_no_tiltak_is_owned_by_says_so(bot: SltBot) -> None:
    # Jevnaker: no tiltak has the barnehage as ansvar; one names it in its text.
    replies = turn(bot, "har dere en liste over tiltak for barnehage", "jevnaker")
    text = replies[0].text
    assert "Ingen tiltak i planen har «barnehage» som ansvarlig" in text
    assert "MITT VALG" in text


def test_tiltak_for_a_service_that_owns_some_lists_them(bot: SltBot) -> None:
    # Våler: «Barnehagene» is the ansvar of tiltak 9 and 24 («barnehage» names it inflected).
    text = turn(bot, "tiltak for barnehage", "valer")[0].text
    assert "Tiltak 9" in text and "Tiltak 24" in text
    assert "Ingen tiltak" not in text


@pytest.mark.parametrize(
    ("text", "kommune", "group"),
    [
        (
            "i Gjesdal har de en arbeidsgruppe, hvor ofte møtes koordineringsgruppa hos oss?",
            "jevnaker",
            "Koordineringsgruppe",
        ),
        (
            "de i Jevnaker møtes hver 6. uke – hvor ofte møtes politirådet hos oss?",
            "valer",
            "Politirådet",
        ),
    ],
)
def test_another_kommune_named_as_a_comparison_keeps_ones_own(
    bot: SltBot, text: str, kommune: str, group: str
) -> None:
    reply = turn(bot, text, kommune)[0].text
    assert group in reply.split("\n")[0], reply[:120]


def test_a_kommune_asked_about_in_the_second_person_is_that_kommune(bot: SltBot) -> None:
    reply = turn(bot, "har dere et fagteam i jevnaker? hvem sitter der", "valer")[0].text
    assert "Jevnaker" in reply.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "kommune", "lead"),
    [
        ("er fagteamet det utøvende nivået?", "jevnaker", "Ja. Fagteam hører til utøvende nivå"),
        ("hører slt-nettverket til det koordinerende nivået", "valer", "Ja. SLT-nettverket"),
        ("er politirådet på koordinerende nivå?", "gjesdal", "Nei. SLT-styringsgruppe/politiråd"),
        ("hvilket nivå er politirådet på", "valer", "Politirådet hører til styrende nivå"),
    ],
)
def test_a_groups_level_asked_is_answered_for_that_group(
    bot: SltBot, text: str, kommune: str, lead: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["levels"], text
    assert lead in replies[0].text, replies[0].text[:200]


@pytest.mark.parametrize(
    "text",
    ["hvem er sjefen for slt", "@SLT-boten hvem er sjefen i slt?", "hvem er lederen for slt her"],
)
def test_the_head_of_slt_is_the_coordinator(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["coordinator"], text
    assert "SLT-koordinator i Gjesdal" in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "beklager hvis dette er feil sted, men hvem er det som koordinerer rus-greiene her?",
        "hvem koordinerer slt-arbeidet i kommunen",
        "hvem koordinerer rusforebyggingen?",
    ],
)
def test_who_coordinates_the_slt_work_is_the_coordinator(bot: SltBot, text: str) -> None:
    """The work named by what it is about, as someone new to SLT says it (found walking)."""
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["coordinator"], text
    assert "SLT-koordinator i Gjesdal" in replies[0].text


def test_who_coordinates_a_level_is_still_its_convener(bot: SltBot) -> None:
    replies = turn(bot, "hvem koordinerer det utøvende nivået", "gjesdal")
    assert [r.intent for r in replies] == ["innkaller"]


@pytest.mark.parametrize(
    ("text", "kommune", "says"),
    [
        ("politirådet skal visst møtes hver uke – stemmer det med planen?", "valer", "fire ganger"),
        ("står det i planen at fagteamet møtes hver måned?", "jevnaker", "hver 6. uke"),
    ],
)
def test_a_claim_about_a_groups_cadence_checked_against_the_plan(
    bot: SltBot, text: str, kommune: str, says: str
) -> None:
    # «planen» says where to look; the group and «møtes» say what is asked.
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["frequency"], text
    assert says in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "hvor ofte rapporterer koordineringsgruppa?",
        "hvor ofte evaluerer koordineringsgruppa slt-arbeidet",
    ],
)
def test_a_cadence_of_something_other_than_meeting_is_the_plan_fact(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "jevnaker")
    assert [r.intent for r in replies] == ["plan"], text
    assert "halvåret" in replies[0].text


def test_how_often_a_group_meets_is_still_its_cadence(bot: SltBot) -> None:
    replies = turn(bot, "hvor ofte møtes koordineringsgruppa", "jevnaker")
    assert [r.intent for r in replies] == ["frequency"]


@pytest.mark.parametrize("kommune", ["jevnaker", "valer", "gjesdal"])
def test_helsesoster_is_the_helsesykepleier(bot: SltBot, kommune: str) -> None:
    # The old title staff still use; the plans say «helsesykepleier».
    for text in ("hvordan når jeg helsesøster", "telefon til helsesøstra på skolen?"):
        replies = turn(bot, text, kommune)
        assert [r.intent for r in replies] == ["contact_service"], text
        assert "Helsesykepleier" in replies[0].text.split("\n")[0], text


def test_a_tiltak_asked_about_in_nynorsk_with_ho_for_it(bot: SltBot) -> None:
    # «ho» is «hun» – here the tiltak (a feminine noun), no person; «veka» is «uka».
    replies = turn(bot, "sommarveka – kven er ho for, og kva veke er ho?", "valer")
    assert [r.intent for r in replies] == ["tiltak_lookup"]
    assert "uke 25" in replies[0].text


@pytest.mark.parametrize(
    "text",
    ["leder på NAV her. hvor i SLT er jeg med?", "jobber på NAV – hvor i slt-arbeidet er jeg med"],
)
def test_where_am_i_with_a_stated_service_is_its_seats(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["role_groups"], text
    assert "SLT-nettverket" in replies[0].text


def test_a_scene_before_the_question_does_not_choose_the_answer(bot: SltBot) -> None:
    text = (
        "Foreldrene spør om rus og knivvold på foreldremøtet. "
        "Hvor ofte er politiet på Gjesdal ungdomsskole?"
    )
    replies = turn(bot, text, "gjesdal")
    assert "ukentlig" in replies[0].text.lower()


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "vi har tema om mobbing i morgen. hvem kaller inn til fagteam?",
            "hvem kaller inn til fagteam?",
        ),
        ("hvilken film bør vi vise 9. trinn om vold?", None),  # «9.» is no sentence's end
        ("rus: hvilke tiltak står i planen?", None),  # a colon names the topic
        ("hvem er koordinator? og hva er nummeret", None),  # two questions: clauses.py
        ("elevene lager film. det blir fint", None),  # no question at all
        (  # a remark after the question
            "hvem står bak friluftsskolen? vil melde på ei jente",
            "hvem står bak friluftsskolen?",
        ),
        (
            "vi har tema om rus. har vi noe tiltak om det? tenkte på foreldremøtet",
            "har vi noe tiltak om det?",
        ),
        ("hvem er koordinator? hvor sitter hen", None),  # a second question, no «?»
        (  # a full stop: it tells, though it opens like «skal …?»
            "hva er målene i planen? skal lage en plakat til personalrommet.",
            "hva er målene i planen?",
        ),
        ("hvem er koordinator? kan du sende nummeret", None),  # «kan …» without a stop asks
        (  # a verb first, but a full stop: a remark («(jeg) skal …»)
            "hvilke mål har planen? skal holde innlegg for foreldrene.",
            "hvilke mål har planen?",
        ),
        ("hvem er koordinator? kan du gi meg nummeret?", None),  # asks again
    ],
)
def test_the_question_after_a_scene(text: str, part: str | None) -> None:
    assert question_part(text) == part


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("når er fellesmøtet med styringsgruppa og arbeidsgruppa i år?", "gjesdal"),
        ("når blir hastemøtet i fagteamet neste gang", "jevnaker"),
    ],
)
def test_when_is_a_meeting_named_as_a_compound(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] in (["next_meeting"], ["meeting_plan"]), text


def test_another_kommunes_coordinator_by_name_is_that_kommunes(bot: SltBot) -> None:
    # Anne Grønsleth is Våler's coordinator in Våler's plan; asked from Gjesdal.
    replies = turn(bot, "er Anne Grønsleth vår slt-koordinator?", "gjesdal")
    assert [r.intent for r in replies] == ["coordinator"]
    assert replies[0].text.startswith("SLT-koordinator i Våler")


@pytest.mark.parametrize("kommune", ["jevnaker", "valer", "gjesdal"])
def test_a_service_by_another_name_is_that_service(bot: SltBot, kommune: str) -> None:
    # «skolepsykologen» is what staff call PPT; «HFU» is helsestasjon for ungdom.
    replies = turn(bot, "hvordan får jeg tak i skolepsykologen?", kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert "PPT" in replies[0].text.split("\n")[0]
    replies = turn(bot, "hvordan kontakter jeg HFU", kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert "helsestasjon" in replies[0].text.split("\n")[0].lower()
