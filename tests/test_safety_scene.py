"""The scene a message describes (bot/safety_scene.py, ``scene:`` in signals.yaml).

An act done to someone named beside it is a case even when no phrase foresaw the words; the
same act inside a film, a play, a game or a drill, or done to people in general, harms nobody;
who does it decides the routine. The phrasings are made up for these tests, not taken from
the eval. Over HTTP, as Teams sends it, a case read from its scene leads with the acute line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR, load_language
from bot.safety import DangerCheck
from tests.auxil.activities import message
from tests.auxil.activities import shown as seen
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

VOLD = "vold-naere-relasjoner"

DONE_TO = [
    # An act and the one it is done to, with no one named who does it.
    "noen dyttet henne ned trappa i går",
    "noen har slått ham gul og blå",
    "kompisen sier at noen lugget henne og sparket ham",
]

UNREAL = [
    # The act inside a story, a play or a game, nobody telling it: no one is harmed.
    "i filmen vi så i norsk slår faren sønnen sin",
    "elevene i 9a skal spille skuespill om en far som slår",
    "i dataspillet kan man drepe zombier med øks",
    "Killer-runde med vannpistol på avslutningen, er det greit?",
    # A phrasal verb of another meaning, people in general.
    "gutten ble sparket ut av laget fordi han ikke kom på trening",
    "kan du slå ham opp i telefonlista",
    "kan noen dytte ham i gang med årsrapporten",
    "i historietimen lærte vi at mange barn ble drept i krigen",
    # Done to a thing, not to anyone.
    "mamma låser alltid døra om natta",
]


@pytest.mark.parametrize("text", DONE_TO)
def test_an_act_done_to_someone_is_a_case(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None and finding.routine == VOLD, text
    assert not finding.signals  # read from the scene, not scored from signals


@pytest.mark.parametrize("text", UNREAL)
def test_an_act_with_no_one_harmed_is_a_look_alike(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None


def test_a_case_told_is_real_whatever_film_it_mentions(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("etter filmen fortalte en elev at faren slår henne")
    assert finding is not None and finding.routine == VOLD


def test_who_does_it_decides_the_routine(vocabulary: DangerCheck) -> None:
    close = vocabulary.check("gutten sier stefaren skal ta ham etter skolen i dag")
    gang = vocabulary.check("noen eldre gutter skal ta ham etter skolen i dag")
    assert close is not None and close.routine == VOLD and close.calls[0] == "112"
    assert gang is not None and gang.routine == "hastemote"


def test_a_victim_must_stand_beside_the_act(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("noen dyttet bilen i gang i går") is None
    assert vocabulary.check("noen dyttet bilen i gang og henne") is None  # too far, not done to


async def test_over_http_a_scene_leads_with_the_acute_line(
    bot_server: BotServer, connector: FakeConnector, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(DONE_TO[0])
    assert finding is not None
    response = await bot_server.post(message(DONE_TO[0], connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    shown = " ".join(seen(reply).split())
    lead = " ".join(finding.leads[0].split())
    assert lead in shown and shown.index(lead) < 120, shown[:300]  # after the title, first


def test_a_scene_naming_an_unknown_concept_or_category_is_refused(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED_LANGUAGE_DIR, tmp_path / "language")
    path = tmp_path / "language" / "signals.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("frames: [fiksjon]", "frames: [finnes-ikke]"), "utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_language(tmp_path / "language")
    assert "finnes-ikke" in str(raised.value)
    path.write_text(original.replace("skade: vold-hjemme,", "skade: finnes-ikke,"), "utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_language(tmp_path / "language")
    [problem] = raised.value.problems
    assert problem.path == "scene.acts" and "finnes-ikke" in problem.message
    assert problem.line is not None


def test_a_childs_own_words_for_abuse_against_a_no_or_at_night(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("onkelen min gjør ting med meg som jeg ikke liker om natta")
    assert finding is not None and finding.routine == VOLD and "ting_med" in finding.signals
    assert vocabulary.check("mamma gjør ting med meg jeg ikke liker, som å vaske rommet") is None
    assert vocabulary.check("pappa gjør ting med meg i helgene, vi drar på fisketur") is None


GAME_KILLS = [
    # A kill in a game named after the act, as its place («i Among Us», «på siste level»),
    # games by name and a game's own words (session 18: the game list is data, signals.yaml).
    "han drepte meg tre ganger i Among Us i friminuttet",
    "jeg drepte onkelen min i Tekken i helga",
    "vi drepte sluttbossen i Zelda etter to timer",
    "hun skjøt alle sammen på siste level",
    "broren min drepte meg i FIFA-kampen",
    "dei drap alle zombiar i Roblox heile kvelden",
    "han drepte meg fullstendig i Mario Kart",
]

GAME_THREATS = [
    # A threat made stays one whatever game it names (scene ``telling``: a threat said).
    ("han truet med å drepe meg i Roblox-chatten", "hastemote"),
    ("gutten sier han skal drepe meg på skolen fordi jeg vant i Tekken", "hastemote"),
    ("han tapte i FIFA og slo lillebroren sin så han blødde", VOLD),
]


@pytest.mark.parametrize("text", GAME_KILLS)
def test_a_kill_in_a_game_is_play(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(("text", "routine"), GAME_THREATS)
def test_a_real_threat_naming_a_game_still_alarms(
    vocabulary: DangerCheck, text: str, routine: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None and finding.routine == routine, (text, finding)
