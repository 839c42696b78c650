"""A confident wrong answer is worse than an honest «vet ikke» or a question back.

Each test here is a policy, not a phrase: a routine's topic word in passing is no case (the
routine's steps and acute line answer a case or a question about what to do); the service a
question names beats a contact retrieval guesses from the rest of the message, and «hvem i
politiet» is the kommune's politikontakt. Every message is written for this file, never taken
from the evaluation set.
"""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.features.reply import Reply
from bot.messages import Request, Scope, Sender
from bot.routing import SltBot
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer


def turn(bot: SltBot, text: str, kommune: str) -> list[Reply]:
    """The whole turn after authentication: danger check, privacy guard, understanding."""
    asyncio.run(bot.ready())
    bot.store.database.link(f"conv:{kommune}", kommune, "test")
    request = Request(
        text=text,
        conversation_key=f"conv:{kommune}",
        sender=Sender("29:test-user", name="Test Testesen"),
        scope=Scope.CHANNEL,
        channel_key=f"channel:{kommune}",
        addressed=True,
    )
    return asyncio.run(bot.on_message(request))


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("lager en quiz om alkohol til foreldrekvelden, har du forslag til spørsmål?", "gjesdal"),
        ("planlegger aktivitetsdag om nakenbilder, hvem booker gymsalen?", "jevnaker"),
        ("den hasjplanta i drivhuset var bare persille likevel", "valer"),
        ("krisemøte om julebordet i kantina kl 14", "jevnaker"),
    ],
)
def test_a_routines_topic_in_passing_gets_no_routine(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["unknown"], text
    assert not replies[0].text.startswith("⚠")  # no routine's acute line


@pytest.mark.parametrize(
    ("text", "kommune", "routine"),
    [
        ("tror en av elevene ruser seg, hva nå", "gjesdal", "rusbekymring"),
        ("hva gjør jeg ved rusbekymring", "valer", "rusbekymring"),
        ("kva er avvergeplikta", "jevnaker", "vold-naere-relasjoner"),  # a duty asks
        ("rutine hastemøte", "valer", "hastemote"),
        ("en forelder var tydelig beruset på foreldremøtet", "gjesdal", "rusbekymring"),
        ("har vi en elev som ruser seg, hva gjør vi nå", "jevnaker", "rusbekymring"),
        # The routine's own form named: where it is and how it is used is the routine's.
        ("lurer på hvor samtykkeskjemaet til fagteamet ligger", "jevnaker", "samtykke"),
        ("hvor ligger samtykkeskjemaet hos oss", "gjesdal", "samtykke"),
    ],
)
def test_a_case_or_a_question_about_what_to_do_still_gets_the_routine(
    bot: SltBot, text: str, kommune: str, routine: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].facts.get("routine") == routine, (text, replies[-1].intent)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("kari normann på 15 i 8c røyker hasj i friminuttene", "valer"),
        ("en 14-åring i klassen drikker hver helg", "gjesdal"),
        ("ola på 13 har begynt å snuse og røyke hasj", "jevnaker"),
    ],
)
def test_a_child_told_by_age_or_class_is_a_case_also_after_the_privacy_warning(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].facts.get("routine") == "rusbekymring", [r.intent for r in replies]


@pytest.mark.parametrize(
    "text",
    [
        "møte på 15 minutter om rus i plenum, hvem tar ordet?",
        "rom 10b har quiz om rus kl 14",
        "vi har jobbet med rusforebygging i 10 år, hvem skriver jubileumsinnlegget?",
    ],
)
def test_a_number_or_a_room_is_no_child(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["unknown"], text


async def test_over_http_a_topic_in_passing_is_answered_honestly(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text = "bestiller pizza til quizen om hasj, noen allergier?"
    await bot_server.post(message(text, connector.url))
    [answer] = await connector.wait_for(1)
    shown = json.dumps(answer, ensure_ascii=False)
    assert "Det spørsmålet kan jeg dessverre ikke svare på" in shown
    assert "Rusbekymring" not in shown


@pytest.mark.parametrize("kommune", ["gjesdal", "valer"])
def test_whom_in_the_police_to_contact_is_the_kommunes_politikontakt(
    bot: SltBot, kommune: str
) -> None:
    """The politikontakt the plan names, and the national non-acute line as the domain notes
    give it – not whatever contact shares a word with the rest of the message."""
    text = "noen ungdommer knuser postkasser i sentrum, hvem i politiet tar jeg kontakt med?"
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "contact_service"
    assert reply.text.startswith("Politikontakt for ")
    assert "02800" in reply.text


@pytest.mark.parametrize("text", ["hvem er rektor nå", "hvem er leder for ungdomsklubben vår"])
def test_who_holds_a_role_by_name_is_no_seat_lookup(bot: SltBot, text: str) -> None:
    """The plans give seats, not names: «Hvor sitter rektor?» answers another question."""
    [reply] = turn(bot, text, "valer")
    assert reply.intent == "unknown", reply.intent


def test_where_a_role_sits_is_still_the_seat_lookup(bot: SltBot) -> None:
    [reply] = turn(bot, "hvor sitter rektor", "valer")
    assert reply.intent == "role_groups"


def test_tiltak_for_words_no_ansvar_names_are_found_by_their_topic(bot: SltBot) -> None:
    """«for unge som dropper ut» names no ansvar: the tiltak about it, not «Fant ingen tiltak
    der «unge dropper» står som ansvarlig» (folded words echoed back)."""
    [reply] = turn(bot, "hvilke tiltak har vi for unge som dropper ut", "valer")
    assert reply.intent == "tiltak_lookup"
    assert "falle utenfor" in reply.text and "dropper" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "finnes det noe hjelp å få for ungdom som vurderer å droppe ut av videregående?",
        "har vi noe for elever som dropper ut?",
    ],
)
def test_whether_something_exists_asks_what_we_offer_not_the_routine(
    bot: SltBot, text: str
) -> None:
    """«finnes det noe som hjelper …» asks for the kommune's tiltak: no routine steps."""
    [reply] = turn(bot, text, "jevnaker")
    assert reply.intent in ("unknown", "clarify", "tiltak_lookup"), reply.intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("rydder lageret til ungdomsklubben, hvor er nøkkelen til skapet", "unknown"),
        ("hvor er helsesykepleieren", "role_groups"),
        ("sosiallærer her – hvor er jeg med i slt", "role_groups"),
    ],
)
def test_a_seat_lookup_needs_the_role_asked_not_named_in_passing(
    bot: SltBot, text: str, intent: str
) -> None:
    [reply] = turn(bot, text, "valer")
    assert reply.intent == intent, (text, reply.intent)


def test_the_weekly_police_meeting_by_its_definite_name(bot: SltBot) -> None:
    """Gjesdal's weekly meeting of the politikontakt and the coordinator, named as staff say
    it: its rhythm, not the coordinator's sheet."""
    [reply] = turn(bot, "hvor ofte møtes slt-koordinator og politikontakten", "gjesdal")
    assert reply.intent == "frequency"
    assert "Politikontakt og SLT-koordinator" in reply.text


@pytest.mark.parametrize(
    ("text", "heading"),
    [("rusbekymring", "Rusbekymring"), ("skolefravær", "skolefravær")],
)
def test_a_routines_topic_alone_is_a_search_for_the_routine(
    bot: SltBot, text: str, heading: str
) -> None:
    """A message that is only the topic has nothing else to ask: it gets the routine."""
    [reply] = turn(bot, text, "valer")
    assert reply.intent == "routine", reply.intent
    assert heading.lower() in reply.text.lower()


def test_out_of_hours_in_everyday_words_finds_the_barnevernvakt(bot: SltBot) -> None:
    # synonyms.yaml: «etter arbeidstid» is what the plans call «utenom kontortid».
    replies = turn(bot, "barnevernvakt etter arbeidstid?", "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Barnevernvakten" in replies[0].text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("jeg er tannlege her, hvor passer jeg inn", "tannlege"),
        ("som tannpleier, hvor hører jeg hjemme i slt", "tannpleier"),
        ("jeg er bibliotekar, hvor passer jeg inn i slt", "bibliotekar"),
    ],
)
def test_a_role_the_plan_seats_nowhere_gets_the_no_seat_answer(
    bot: SltBot, text: str, role: str
) -> None:
    # A role word (understanding.yaml's roles) the plan has no seat for: said plainly, with
    # whom to ask – not «Hvilken gruppe mener du?» with every group listed.
    [reply] = turn(bot, text, "gjesdal")
    assert reply.intent == "role_groups"
    assert f"Planen gir ikke {role} en fast plass" in reply.text


@pytest.mark.parametrize(
    ("kommune", "team"), [("jevnaker", "fagteamet"), ("gjesdal", "operativ gruppe")]
)
def test_a_case_for_the_team_goes_to_the_coordinator_who_calls_it_in(
    bot: SltBot, kommune: str, team: str
) -> None:
    # The team's innkaller is the SLT-koordinator: the one to bring a case to, with how to
    # reach them – not «Hvem kaller inn til …?». (Gjesdal's plan names no fagteam.)
    [reply] = turn(bot, f"hvordan kan jeg melde inn en sak til {team}", kommune)
    assert reply.intent == "coordinator"
    assert reply.text.startswith("SLT-koordinator i")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvordan slår jeg av varsler i teams-kanalen", "valer"),
        ("kan dere sjekke om kantina har glutenfri lunsj", "gjesdal"),
        ("hva er åpningstidene til ungdomshuset i jula", "gjesdal"),
        ("hva koster det å leie ungdomsklubben til en fest", "valer"),
        ("kan noen sjekke om projektoren på møterommet virker", "jevnaker"),
        ("hvilke brettspill passer for 12-åringer", "gjesdal"),
        ("haha eleven sa matteprøven var et mareritt, hvor finner jeg fasiten", "valer"),
    ],
)
def test_a_question_about_things_gets_the_honest_answer_without_emergency_numbers(
    bot: SltBot, text: str, kommune: str
) -> None:
    [reply] = turn(bot, text, kommune)
    assert reply.intent == "unknown"
    assert "SLT-koordinator" in reply.text
    assert "112" not in reply.text and "113" not in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("det er noen som står og roper utenfor vinduet mitt", "valer"),
        ("hun på kontoret sier jeg må spørre deg om parkering", "jevnaker"),
        ("ungdommene i gangen spør meg om parkering", "jevnaker"),
    ],
)
def test_a_message_about_someone_keeps_the_safety_net_under_its_honest_answer(
    bot: SltBot, text: str, kommune: str
) -> None:
    """The honest answer, or the safety net's question back (bot/safety_net.py: «Er noen i
    fare nå?» and the routines as buttons) when its labelled examples read it as danger —
    both honest, both with the acute line."""
    [reply] = turn(bot, text, kommune)
    assert reply.intent in ("unknown", "clarify")
    assert "Ring 112" in reply.text


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    "text",
    ["hvordan slår jeg av varsler i teams", "kan noen slå på lyset i gymsalen før møtet"],
)
def test_a_verb_its_particle_makes_harmless_finds_no_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    """«slår av varsler» switches notifications off: Gjesdal got its violence routine, found
    by «slår» and «varsler» in the routine's text."""
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["unknown"], (kommune, text)
    assert "routine" not in replies[0].facts


@pytest.mark.parametrize("text", ["tilbyr kommunen pmto?", "pmto, hva er det for noe"])
def test_a_tiltak_named_by_its_short_id_is_that_tiltak(bot: SltBot, text: str) -> None:
    """A four-letter id the knowledge gives a tiltak («pmto») is its name, as longer ids and
    titles are; shorter ones («los», «bti») are words with other meanings."""
    [reply] = turn(bot, text, "jevnaker")
    assert reply.intent == "tiltak_lookup", reply.intent
    assert "PMTO" in reply.text


def test_a_group_named_by_its_two_roles_in_definite_form_is_that_group(bot: SltBot) -> None:
    """«politikontakten og slt-koordinatoren» is Gjesdal's weekly meeting of the two, not the
    coordinator's sheet because «slt-koordinatoren» is a longer cue than «hvor ofte»."""
    [reply] = turn(bot, "hvor ofte har politikontakten og slt-koordinatoren møte?", "gjesdal")
    assert reply.intent == "frequency"
    assert "Politikontakt og SLT-koordinator" in reply.text


@pytest.mark.parametrize(
    "text", ["eleven har brukket blyanten", "han har brukket armen på skitur, hvem melder fravær?"]
)
def test_an_everyday_word_is_no_typo_of_a_routines_trigger(bot: SltBot, text: str) -> None:
    """«brukket» is one letter from «drukket»: the routine matcher read «har brukket» as the
    rus trigger «har drukket». An ordinary word is taken as written, as the danger check does."""
    replies = turn(bot, text, "valer")
    assert all(r.facts.get("routine") != "rusbekymring" for r in replies), text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("legg til et punkt på sakslista til neste møte i arbeidsgruppa", "gjesdal"),
        ("kan du skrive et referat fra fagteamet", "jevnaker"),
        ("kan du oversette rutinen for rus til engelsk", "valer"),
    ],
)
def test_a_task_the_bot_does_not_do_gets_the_honest_answer(
    bot: SltBot, text: str, kommune: str
) -> None:
    """Adding to an agenda, writing minutes, translating: asked of the bot, not questions –
    «vet ikke», never the next meeting, the group's secretary or the routine it names."""
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["unknown"], (text, replies[-1].text[:80])


@pytest.mark.parametrize("kommune", ["valer", "gjesdal"])
def test_whom_to_call_for_a_child_without_a_service_named_gets_the_numbers(
    bot: SltBot, kommune: str
) -> None:
    [reply] = turn(bot, "hvor ringer jeg om natta hvis et barn ikke kan bo hjemme", kommune)
    assert reply.intent == "hotlines", reply.text[:80]
    assert "Barnevernvakt" in reply.text
    # About no one: no numbers to call, the honest answer.
    [reply] = turn(bot, "hvem ringer jeg for å booke møterom", kommune)
    assert reply.intent == "unknown"
