"""Session 20 (safety42): calm questions that carried danger words were answered as danger.
Made-up look-alikes per frame that must stay calm – a subject read, learnt or taught, a film's
story, a drill's made-up scenario, a resource or a hotline asked for, a figure asked, a
question that says it is general, a case told closed, fake blood – and beside each frame a real
case told inside it, which still routes (never the eval's own sentences)."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck

CALM = [
    # read, learnt or taught «om»: the subject of a text or a lesson
    "Leste om knivstikking i Moss i helga. Har vi natteravner her?",
    "las om overdosar blant unge i Drammen, kva tiltak har vi?",
    "I samfunnsfag lærer 10. trinn om radikalisering og terror. Har SLT noe opplegg?",
    "Hva lærer 2. trinn om seksuelle overgrep og kroppen? En mor lurte på det.",
    "Vi skal lære om selvskading på fagdagen, hvem holder foredraget?",
    "Jeg leser «Skammens pris» om æreskultur med klassen, er den for tung for 10. trinn?",
    "we read about knife crime in class today, does SLT have anything on it?",
    # a class taught
    "Vi skal snakke med 8. trinn om grooming neste uke, har dere tips?",
    "Jeg skal prate med klassen om selvskading etter ferien, finnes det opplegg?",
    # a film or a programme and its story
    "Jeg så en dokumentar på TV2 om en jente som ble tvangsgiftet. Har vi noe materiell om dette?",
    "Så en serie på NRK om en gutt som ble lurt til å selge hasj. Hvem jobber med sånt hos oss?",
    # a drill's made-up scenario, the asker's own plans
    "Vi skal ha en øvelse med et scenario der en elev har en kniv i skolegården. Hvilken rutine?",
    "På planleggingsdagen skal vi gå gjennom et tenkt scenario med selvmordsfare. Hvilke rutiner?",
    # a resource or a hotline asked for
    "Hvilke nettressurser om selvskading kan vi dele med foreldre?",
    "is there a helpline for teens who self-harm?",
    "is there a hotline for children who are hit at home? asking for a poster",
    # a figure asked, statistics
    "Hvor vanlig er det at ungdom selger dop for gjenger i Moss?",
    "Hvor ofte skjer det at elever tar med kniv på skolen?",
    "how common is self-harm among teenagers in Norway?",
    "Hva er statistikken på selvmord blant unge i Gjesdal?",
    # a question that says it is asked in general
    "Generelt spørsmål: hva gjør vi hvis en elev blir slått hjemme?",
    "what should teachers do if a student is abused at home? just asking in general",
    "what is the procedure if a student tells me about violence at home, just asking in general",
    "spør bare generelt, ingen konkret elev: hvem melder hvis et barn blir utsatt for overgrep?",
    # a self-harm case told closed, asked about the papers
    "saken med gutten som kuttet seg er avsluttet. hvem arkiverer papirene?",
    "jenta som snakket om selvmord i fjor har flyttet og saken er lukket, hvor skal kopiene?",
    # a young person's drug case told closed («nå» dates the closing), asked about the papers
    "saken med gutten som hadde hasj på rommet er avsluttet nå. hvem arkiverer papirene?",
]

ROUTED = [
    # a case told inside each frame still routes
    (
        "Jeg så en film med klassen i dag, og etterpå fortalte en elev at faren slår henne.",
        "vold-naere-relasjoner",
    ),
    ("Etter filmen om vold sa en gutt at stefaren slår ham hver helg.", "vold-naere-relasjoner"),
    (
        "Vi leste om selvmord i norsktimen, og etterpå sa en jente at hun vil ta livet sitt.",
        "selvskading",
    ),
    ("Eleven har lest om selvmord på nett og sier hun ikke orker mer.", "selvskading"),
    ("Hun leste om selvskading og har nå kutt på armene.", "selvskading"),
    ("På fagdagen fortalte en elev at faren slår.", "vold-naere-relasjoner"),
    (
        "På planleggingsdagen ringte en mor: sønnen har tatt en overdose og puster ikke.",
        "rusbekymring",
    ),
    (
        "is there a hotline? my student just told me her dad beats her every night",
        "vold-naere-relasjoner",
    ),
    ("Ikke et generelt spørsmål: eleven min blir slått hjemme", "vold-naere-relasjoner"),
    ("Generelt spørsmål, men en elev fortalte i dag at faren slår henne", "vold-naere-relasjoner"),
    ("Hvor vanlig er det at en 14-åring kutter seg? Eleven min har kutt på armene", "selvskading"),
    ("saken med jenta som kuttet seg er avsluttet, men nå har hun kuttet seg igjen", "selvskading"),
    ("saken er avsluttet, men gutten har selvmordstanker", "selvskading"),
    (
        "saken med gutten som hadde hasj på rommet er avsluttet, men nå har han hatt hasj på "
        "rommet igjen",
        "rusbekymring",
    ),
]

STILL_ALARMS = [
    # the frame's words, but a danger now or a child read about: alarm rather than miss
    "hypotetisk: en elev står med kniv i gangen nå, hva gjør vi",
    "Under øvelsen i dag fortalte en gutt at han har kniv i sekken og skal stikke ned en lærer.",
    "jeg leste om en gutt som ble knivstukket bak skolen i går, han går i 9b hos oss",
    "jeg snakket med klassen om at gutten ble slått i friminuttet",
    "i klassen om morgenen slår han henne",  # «om» saying when
    "fikk en melding fra en lærer om vold hjemme hos en elev i 4b",  # a teacher, not «learns»
]


@pytest.mark.parametrize("text", CALM)
def test_calm_questions_with_danger_words_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(("text", "routine"), ROUTED)
def test_a_case_told_inside_the_frame_still_routes(text: str, routine: str, bot: SltBot) -> None:
    reply = bot.danger_reply(text, "valer")
    assert reply is not None, text
    assert reply.facts["routine"] == routine, text
    assert reply.text.startswith("🚨"), text


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_now_or_a_child_read_about_still_alarms(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "elevene vil sminke seg med falskt blod til halloween, er det lov på skolen?",
        "the students are killing it in the school play, when is the next show?",
    ],
)
def test_fake_blood_and_praise_are_no_harm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
    assert vocabulary.look_alike(text), text  # the fallback leaves its 112/113 out
