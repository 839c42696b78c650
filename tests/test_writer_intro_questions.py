"""New staff say who they are before they ask: «jeg jobber i nav. hvem er politikontakten?».
The question is read as if asked alone (bot/understanding/introduced.py), unless the writer's
role is part of what is asked; the danger check still reads the whole message.

Policies, not phrases: every message is written for this file (none is an evaluation item),
and every name in it is made up.
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.introduced import Introduced
from bot.writer_intro import WriterIntro
from tests.test_answers_confidence import turn

INTRO = WriterIntro.of(
    "hei hallo",
    "her",
    "jeg+er eg+er",
    courtesy="beklager sorry takk",
    telling="jeg+jobber eg+jobbar",
    joins="og+lurer+pa",
)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("hei, jeg er ny vikar her. hva er slt?", "hva er slt?"),
        ("jeg jobber i nav. hvem er politikontakten?", "hvem er politikontakten?"),
        ("Miljøarbeider her: hvor ofte møtes fagteamet?", "hvor ofte møtes fagteamet?"),
        ("beklager masete spørsmål, men hva er BTI?", "hva er BTI?"),
        ("takk for sist! hvilke rutiner har vi?", "hvilke rutiner har vi?"),
        ("hallo! sorry for sent svar. eg jobbar i pps, kven kallar inn?", "kven kallar inn?"),
        ("jeg jobber på SFO og lurer på hvem som leder politirådet", "hvem som leder politirådet"),
        ("Assistent her – hvem leder fagteamet?", "hvem leder fagteamet?"),
        # joined to its question after a greeting: the join is found past the greeting
        ("hei! jeg jobber på PPT og lurer på hvem som er sekretær", "hvem som er sekretær"),
        ("hallo, eg jobbar i skulen og lurer på kva BTI er", "kva BTI er"),
    ],
)
def test_a_question_starts_after_greetings_courtesies_and_an_introduction(
    text: str, question: str
) -> None:
    assert text[INTRO.opening(text) :] == question


@pytest.mark.parametrize(
    "text",
    [
        "hva er slt?",
        "Styringsgruppa: hvem sitter der?",  # a colon alone names the topic
        "fagteam: hvor ofte møtes det?",
        # a long sentence tells more than who is asking
        "jeg er ny i jobben som miljøterapeut på ungdomsskolen i sentrum, hva er slt?",
        "jeg er ny.",  # nothing asked after it
        "Barnehagelærer her.",
        "jeg er usikker på hvem som leder fagteamet, vet du det?",  # the clause asks
        # the join comes after more words than an introduction has
        "jeg jobber som miljøterapeut på ungdomsskolen i sentrum og lurer på hva slt er",
        "hvem leder fagteamet? jeg jobber på SFO og lurer på det",  # a question comes first
    ],
)
def test_no_introduction_or_nothing_after_it_leaves_the_message_whole(text: str) -> None:
    assert INTRO.opening(text) == 0


def test_the_safety_nets_reading_is_unchanged_by_the_question_words() -> None:
    """The net reads past short openings only; a courtesy or a long sentence is not its."""
    assert INTRO.body("beklager dumt spørsmål, men hun kutter seg") == (
        "beklager dumt spørsmål, men hun kutter seg"
    )
    assert INTRO.body("Vikar her: han puster ikke") == "han puster ikke"


@pytest.fixture(scope="module")
def introduced(kb: KnowledgeBase) -> Introduced:
    """As the bot reads: the understanding compiled for the bundled knowledge."""
    return Compiled.of(kb).understanding.introduced


@pytest.mark.parametrize(
    "text",
    [
        "jeg er helsesykepleier, hvilke grupper sitter jeg i?",  # the asker's own seat
        "jeg er rektor. hvilke tiltak har vi ansvar for?",  # the writer's service
        "eg er på ungdomsskulen, kva tiltak har skulen ansvar for?",  # named again
        "Jeg er leder på Solbakken skole. Hvilke tiltak står skolen bak?",
        "jeg er bekymret for en elev. hvem kontakter man?",  # a case told first
        "hei, jeg er trener for ho. hvem kontakter man?",  # someone named first
        "jeg er ny og har hørt om bti, hva er det?",  # the question points back at it
        "jeg er ny og har hørt om bti, hva betyr det egentlig?",
    ],
)
def test_the_role_or_a_case_in_the_opening_keeps_the_message_whole(
    introduced: Introduced, text: str
) -> None:
    assert introduced.question(text) == (text, None)


def test_a_kommune_the_introduction_names_is_the_one_asked_of(introduced: Introduced) -> None:
    assert introduced.question("jeg jobber i jevnaker. hvem er politikontakten?") == (
        "hvem er politikontakten?",
        "jevnaker",
    )


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvem er politikontakten?", "gjesdal"),
        ("hva er egentlig slt?", "gjesdal"),
        ("hvor ofte møtes politirådet?", "valer"),
        ("hvem kaller inn til fagteamet?", "jevnaker"),
        ("hvem er slt-koordinator?", "valer"),
        ("hvilke rutiner finnes?", "jevnaker"),
        ("hva er BTI?", "valer"),
        ("hvem sitter i politirådet?", "gjesdal"),
        ("tiltak 3", "valer"),
    ],
)
@pytest.mark.parametrize(
    "intro",
    [
        "jeg jobber i nav. ",
        "jeg er ny på skolen. ",
        "hei, jeg er ny vikar her. ",
        "beklager dumt spørsmål, men ",
        "takk for sist! ",
        "Miljøterapeut her: ",
        "eg jobbar i barnevernet, ",
        "ny lærervikar, ",
        "ny i nav, ",
        "ny her. ",
    ],
)
def test_an_introduction_changes_no_answer(
    bot: SltBot, question: str, kommune: str, intro: str
) -> None:
    alone = turn(bot, question, kommune)
    assert alone and alone[0].intent not in ("clarify", "privacy_warning"), question
    introduced = turn(bot, intro + question, kommune)
    assert [r.intent for r in introduced] == [r.intent for r in alone], intro + question
    assert introduced[0].text.split("\n")[0] == alone[0].text.split("\n")[0], intro + question


def test_an_introduction_joined_by_lurer_pa_asks_the_question_after_it(bot: SltBot) -> None:
    replies = turn(bot, "jeg jobber på NAV og lurer på hvem som er politikontakten", "gjesdal")
    assert "Politikontakt for Gjesdal" in replies[0].text


def test_a_kommune_named_in_the_introduction_answers_for_it(bot: SltBot) -> None:
    replies = turn(bot, "jeg jobber i jevnaker. hvem er politikontakten?", "valer")
    assert "Politikontakt for Jevnaker" in replies[0].text


def test_the_writers_role_still_answers_a_question_about_their_seat(bot: SltBot) -> None:
    replies = turn(bot, "jeg er helsesykepleier, hvilke grupper sitter jeg i?", "valer")
    assert replies[0].intent == "role_groups"
    assert "helsesykepleier" in replies[0].text.split("\n")[0].lower()


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("jeg er lærer og tror en elev blir slått hjemme", "gjesdal"),
        ("hei, jeg er ny vikar her. en elev sier faren slår henne", "valer"),
        ("Miljøterapeut her: en gutt forteller at stefaren slår ham", "jevnaker"),
    ],
)
def test_a_disclosure_after_an_introduction_is_still_routed(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[0].intent in ("disclosure", "danger"), text


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # «hos oss» says where to look (the writer's kommune or workplace), not whose role
        ("Miljøterapeut her: hvem hos oss jobber med rus?", "hvem hos oss jobber med rus?"),
        (
            "Fritidsleder her: hvem hos oss har ansvar for natteravn?",
            "hvem hos oss har ansvar for natteravn?",
        ),
    ],
)
def test_a_first_person_word_after_hos_only_says_where(
    introduced: Introduced, text: str, question: str
) -> None:
    assert introduced.question(text) == (question, None)


def test_a_first_person_word_not_after_hos_still_points_at_the_writer(
    introduced: Introduced,
) -> None:
    text = "Miljøterapeut her: hvilke grupper sitter jeg i hos oss?"
    assert introduced.question(text) == (text, None)
