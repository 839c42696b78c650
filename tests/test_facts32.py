"""What the plan states, asked as staff ask it (session 32, facts32): a role's tiltak asked
«hvilke tiltak står/er X ansvarlige for»; a group's meetings asked by a name another
kommune's plan gives and this one's does not; a tiltak asked by a word only it holds, in any
inflection, nynorsk or English, and with a vague noun after its name («… thing»); whether SLT
is shared with the neighbouring kommuner.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

LISTS = ("tiltak_for_role", "tiltak_mine")


@pytest.mark.parametrize(
    ("kommune", "text", "shown"),
    [
        ("gjesdal", "hvilke tiltak står rektorene ansvarlige for?", "foreldremøter"),
        ("gjesdal", "kva tiltak er rektorane ansvarlege for no?", "foreldremøter"),
        ("valer", "hvilke tiltak står NAV som ansvarlig for?", "Fontenehuset"),
        ("valer", "kva tiltak står helsestasjonen ansvarleg for?", "helsesykepleier"),
        ("jevnaker", "hvilke tiltak er skolelederne ansvarlige for?", "Link til livet"),
    ],
)
def test_which_tiltak_a_role_stands_ansvarlig_for_lists_its_tiltak(
    bot: SltBot, kommune: str, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent in LISTS, (text, reply.intent)
    assert shown.lower() in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "er det noe tiltak om trygg skolevei ved skolene?"),
        ("jevnaker", "hvilke tiltak har vi om mobbing på skolene?"),
    ],
)
def test_a_topic_beside_an_owner_word_is_no_ansvar_asked(
    bot: SltBot, kommune: str, text: str
) -> None:
    """No ansvar word: «skolene» says where, the topic is what is asked."""
    assert bot.understand(text, kommune).intent not in LISTS


@pytest.mark.parametrize(
    ("kommune", "text", "lacked"),
    [
        ("gjesdal", "Når er neste møte i fagteamet?", "fagteamet"),
        ("gjesdal", "kor ofte møtest fagteamet?", "fagteamet"),
        ("gjesdal", "hvor ofte møtes oppvekstteamet?", "oppvekstteamet"),
        ("jevnaker", "når er neste møte i oppvekstteamet?", "oppvekstteamet"),
        ("valer", "når er neste møte i operativ slt-gruppe?", "operativ SLT-gruppe"),
        ("valer", "hvem leder møtene i fagteamet?", "fagteamet"),
    ],
)
def test_a_meeting_of_a_group_the_kommune_lacks_is_answered_honestly(
    bot: SltBot, kommune: str, text: str, lacked: str
) -> None:
    """A wrong premise gets no other group's date, rhythm or chair: the plan names none."""
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.intent)
    assert reply.facts.get("group_lacked") == lacked
    assert "møtes" not in reply.text.split("Merk")[0].lower()


@pytest.mark.parametrize(
    ("kommune", "text", "group"),
    [
        ("jevnaker", "når er neste møte i fagteamet?", "fagteam"),
        ("gjesdal", "når er neste møte i operativ slt-gruppe?", "operativ-slt-gruppe"),
        ("gjesdal", "neste operative møte, når er det?", "operativ-slt-gruppe"),
    ],
)
def test_a_meeting_of_the_kommunes_own_group_keeps_its_date(
    bot: SltBot, kommune: str, text: str, group: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "next_meeting", (text, reply.intent)
    assert reply.facts.get("group") == group


@pytest.mark.parametrize(
    ("kommune", "text", "shown"),
    [
        ("valer", "kva er sommarveka?", "uke 25"),
        ("valer", "hva er sommeruken? noen foreldre lurte", "uke 25"),
        ("valer", "what is the sommeruke thing?", "uke 25"),
        ("gjesdal", "hva er årshjulet?", "foreldremøter"),
        ("gjesdal", "hva er ungdomsundersøkelsen?", "Ungdata"),
        ("jevnaker", "what's the nettvett thing?", "Hvor går grensen"),
        ("jevnaker", "hva er trygghetsvandring-greia?", "Trygghetsvandring"),
    ],
)
def test_a_tiltak_asked_by_a_word_only_it_holds_is_its_card(
    bot: SltBot, kommune: str, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.intent)
    assert shown.lower() in reply.text.lower(), reply.text


def test_a_word_in_a_longer_question_names_no_tiltak(bot: SltBot) -> None:
    """«hva er rutinen ved rusbekymring» asks the routine, whatever tiltak holds the word."""
    understood = bot.understand("hva er rutinen ved rusbekymring?", "jevnaker")
    assert understood.intent is not None and str(understood.intent) != "tiltak_lookup"
    assert understood.routine == "rusbekymring"


@pytest.mark.parametrize(
    ("kommune", "text", "shown"),
    [
        ("valer", "Har nabokommunene våre også SLT, eller er det bare oss?", "Moss"),
        ("valer", "do the neighbouring municipalities use slt as well?", "Råde"),
        ("jevnaker", "er slt berre hos oss, eller har nabokommunane det òg?", "Ringerike"),
    ],
)
def test_slt_in_the_neighbouring_kommuner_is_the_plans_note(
    bot: SltBot, kommune: str, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "plan", (text, reply.intent)
    assert shown in reply.text


def test_slt_in_the_neighbouring_kommuner_a_plan_does_not_name_is_not_guessed(
    bot: SltBot,
) -> None:
    reply = last_reply(bot, "er det bare Gjesdal som har slt, eller nabokommunene også?", "gjesdal")
    assert reply.intent == "unknown", reply.intent
    assert "Sandnes" not in reply.text


@pytest.mark.parametrize(
    ("kommune", "text", "group", "shown"),
    [
        (
            "gjesdal",
            "møtet der politikontakten og barnevernleder sitter, hvem andre er med?",
            "operativ-slt-gruppe",
            "SLT-koordinator",
        ),
        (
            "jevnaker",
            "kven andre sit i gruppa med helsesykepleier og ungdomskonsulenten?",
            "fagteam",
            "Kommunepsykolog",
        ),
        (
            "jevnaker",
            "the group where the police and the school nurse meet – who else is in it?",
            "fagteam",
            "Sosiallærer",
        ),
        (
            "valer",
            "gruppa med ordføreren og politistasjonssjefen, hvem mer er med?",
            "politiradet",
            "Kommunedirektør",
        ),
    ],
)
def test_a_group_described_by_members_answers_who_else_is_in_it(
    bot: SltBot, kommune: str, text: str, group: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "members", (text, reply.intent)
    assert reply.facts.get("group") == group
    assert shown in reply.text


def test_one_role_describes_no_group(bot: SltBot) -> None:
    """One role sits in many groups: «gruppa med helsesykepleier – hvem mer» names none."""
    understood = bot.understand("gruppa med helsesykepleier, hvem mer er med der?", "jevnaker")
    assert understood.group_id is None or understood.intent != "members"
