"""A message that says there is no case now gets the routine calmly; a case told in it does not.

Staff prepare a course, a planning day or a case exercise («vi øver på case: hva gjør man
hvis …? bare teori») and got the acute line first, as if a child were in danger now
(bot/safety_no_case.py, bot/features/routines/no_case.py). A threat inside a song's title or
said in a game and laughed off by both is no threat. A frame followed by a real case keeps its
alarm. Made-up phrasings (no real people), bokmål, nynorsk and English.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety_match import fold_words
from bot.safety_no_case import played, rehearsed, untitled

REHEARSED = [
    "Vi øver på case i personalgruppa: hva gjør vi hvis en elev sier at hun blir slått hjemme?",
    "Til fagdagen: hva gjør man dersom en ungdom forteller at noen tvinger ham til å frakte hasj?",
    "Kurs neste uke om selvmordsfare. Hva er rutinen hvis en elev sier hun vil ta livet sitt?",
    "Hypotetisk: hva gjør vi hvis en gutt blir truet med kniv på skoleveien?",
    "Me skal øva på ein case: kva gjer me viss ei jente seier at stefaren tek på henne?",
    "Rollespill på personalmøtet: hva gjør du hvis en elev forteller om overgrep hjemme?",
    "Planleggingsdagen handler om selvskading – hvilke retningslinjer har vi?",
    "Til undervisninga: kva seier rutina om vald i nære relasjonar? Inga konkret sak",
    "For a training day: what do we do if a pupil says her uncle hits her? Just theory",
]

TOLD_IN_THE_FRAME = [
    "Vi hadde kurs i går, og etterpå fortalte en elev at faren slår henne.",
    "Etter fagdagen kom ei jente bort og viste meg kutt på armen.",
    "Vi øver på case nå, men en elev sier akkurat at hun vil ta livet sitt.",
    "Vi er på kurs, men eleven min sender melding om at hun skal ta livet sitt.",
    "Dette er ikke en øvelse: en gutt truer med kniv i skolegården.",
    "Dette er ikke teori: en elev blir slått hjemme hver helg.",
    "Planleggingsdag i dag, men en mor ringte og sa at sønnen har tatt en overdose.",
    "Under undervisningen om vold sa en gutt at stefaren slår ham.",
    "Til kurset: eleven vår blir presset til å selge hasj av eldre gutter, hva gjør vi?",
    "Etter seminaret: en 15-åring har fått trusler fra kjæresten sin.",
]

CALM_ROUTINE = [
    # (kommune, message): the routine, no acute line above its steps
    ("jevnaker", "Vi øver på case: hva gjør man hvis en gutt sier han oppbevarer dop for noen?"),
    ("valer", "Til studiedagen: hva gjør vi dersom ei jente forteller at stefaren slår henne?"),
    ("gjesdal", "Kurs for nye ansatte: hva er rutinen hvis en elev sier hun vil ta livet sitt?"),
    ("valer", "Me øvar på ein case: kva gjer ein viss ein ungdom seier han vert truga med kniv?"),
]

STILL_ROUTED = [
    ("valer", "Vi hadde kurs i går, og etterpå fortalte en elev at faren slår henne."),
    ("gjesdal", "Etter fagdagen kom ei jente bort og sa at hun vil ta livet sitt."),
    ("jevnaker", "Dette er ikke en øvelse: en gutt truer med kniv i skolegården nå."),
    ("valer", "Vi er på kurs, men eleven min sender melding om at hun skal ta livet sitt."),
]

PLAYED = [
    "Gutten ropte «jeg skal drepe deg» til broren da han tapte i Ludo, og så lo de begge.",
    "Ei jente sa «du er død» da hun tapte i fotballen, de var venner igjen etterpå.",
    "to elever sa «jeg dreper deg» over sjakkbrettet etter kampen, begge lo av det",
]

NOT_PLAYED = [
    "Han tapte i FIFA og sa han skal drepe kompisen, og nå står han utenfor huset med kniv.",
    "En elev sa «jeg skal drepe deg» til en medelev og gikk etter ham med saks.",
    "De lo begge da han sa det, men han har sagt det hver dag i en måned.",
]

TITLED = [
    ("valer", "Boka vi leser i 6. klasse heter «Jeg skal drepe deg, sa ulven». Passer den?"),
    ("gjesdal", "Filmen heter «Jeg dreper deg i morgen» – er den grei for 8. trinn?"),
    ("jevnaker", "Songen korpset speler kallast «Eg skal skyte deg ned». Går det an på 17. mai?"),
]

STILL_A_THREAT = [
    ("valer", "Sangen han sendte henne heter «Du er død», og han sier han vet hvor hun bor."),
    ("gjesdal", "Han skreiv «eg skal drepe deg» på tavla og peika på læraren."),
]


def _first(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


@pytest.mark.parametrize("text", REHEARSED)
def test_a_rehearsal_says_there_is_no_case(text: str) -> None:
    assert rehearsed(fold_words(text))


@pytest.mark.parametrize("text", TOLD_IN_THE_FRAME)
def test_a_case_told_inside_the_frame_is_a_case(text: str) -> None:
    assert not rehearsed(fold_words(text))


@pytest.mark.parametrize(("kommune", "text"), CALM_ROUTINE)
def test_a_rehearsal_gets_the_routine_calmly(kommune: str, text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, kommune))
    assert str(reply.intent) == "routine", reply.text[:200]
    assert reply.facts.get("routine")
    assert not _first(reply.text).startswith(("🚨", "⚠")), reply.text[:200]


@pytest.mark.parametrize(("kommune", "text"), STILL_ROUTED)
def test_a_case_after_a_frame_keeps_the_acute_line(kommune: str, text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, kommune))
    assert _first(reply.text).startswith("🚨"), reply.text[:200]


@pytest.mark.parametrize("text", PLAYED)
def test_a_threat_in_a_game_laughed_off_is_play(text: str) -> None:
    assert played(fold_words(text))


@pytest.mark.parametrize("text", NOT_PLAYED)
def test_a_threat_without_the_game_or_the_laugh_is_not_play(text: str) -> None:
    assert not played(fold_words(text))


@pytest.mark.parametrize("text", PLAYED[:2])
def test_a_threat_in_play_raises_no_alarm(text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert str(reply.intent) not in ("danger", "disclosure")
    assert "🚨" not in reply.text


def test_a_title_is_read_as_a_title() -> None:
    said = "Sangen heter «Jeg skal drepe dragen», og refrenget: «vi kjemper»."
    assert untitled(said) == "Sangen heter «tittel», og refrenget: «tittel»."
    assert untitled("Han sa «jeg skal drepe deg»") == "Han sa «jeg skal drepe deg»"


@pytest.mark.parametrize(("kommune", "text"), TITLED)
def test_a_threat_in_a_title_raises_no_alarm(kommune: str, text: str, bot: SltBot) -> None:
    """No alarm, and no emergency numbers under the «vet ikke» either: a title is no case."""
    reply = asyncio.run(bot.answer(text, kommune))
    assert str(reply.intent) not in ("danger", "disclosure")
    assert "🚨" not in reply.text
    assert "112" not in reply.text


@pytest.mark.parametrize(("kommune", "text"), STILL_A_THREAT)
def test_a_threat_beside_a_title_is_still_a_threat(kommune: str, text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, kommune))
    assert _first(reply.text).startswith("🚨"), reply.text[:200]
