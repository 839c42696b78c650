"""Everyday talk that only looks like danger gets no danger routine; the cases beside it do.

Each kind of noise met in the held-out rounds has one mechanism (knowledge/language/danger.yaml
and signals.yaml, bot/safety_topics.py, bot/safety_compose.py ``subject_walls``): cutlery and
cooking, where a file lies, a course or a talk named by a compound, a topic named after «på»,
a parent reporting what the child does, a drill or a game, «X dreper meg» said of a chore. Each
look-alike here is written fresh (none is an eval item), and each list of look-alikes has its
cases that must still be read, so a mechanism can not quietly swallow a disclosure.
"""

from __future__ import annotations

import json

import pytest

from bot.safety import DangerCheck
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

LOOK_ALIKES = [
    # Cutlery, cooking and a kitchen accident.
    "kokken har kniv og gaffel klar til avslutningen",
    "må vi ta med kniver og gafler til grillfesten?",
    "elevene skal lage mat og trenger skarpe kniver",
    "vaktmesteren skar seg på en kniv i kantina, plaster er på",
    "vi lagde taco og kuttet grønnsaker med skarpe kniver",
    "kokkeklassen trenger nye kniver og skjærebrett",
    # Where a file lies.
    "fila ligger på teams",
    "referatet ligger i mappa på teams",
    "unnskyld at jeg maser, men hvor ligger alle pillene til leirskolen?",
    # A course or a talk named by a compound, a topic named after «på».
    "kan du legge ut overgrepskurset på teams?",
    "hvem melder seg på voldsforedraget i mars?",
    "skal vi ta opp tvangsekteskap på temadagen?",
    "jeg skal holde et innlegg om selvskading for foreldrene",
    # A parent reports what the child does: the child, not the parent, is the subject.
    "mora sier at gutten sover hele dagen",
    "faren er bekymret for at sønnen røyker hasj, hvem kan han ringe?",
    # A drill, a game, a chore.
    "hun spilte bevisstløs på førstehjelpsøvelsen",
    "denne matteoppgaven dreper meg",
    "laget tapte og keeperen ble slått ned i en takling",
    # Burnt on something hot; a webinar or slides on the subject.
    "jeg har brent meg på kaffen",
    "webinaret om grooming starter kl 14",
    "møtet om grooming flyttes til rom 204",
    "jeg skal ha en workshop om trusler og hatprat på nett",
    "har dere en powerpoint om tvangsekteskap jeg kan låne?",
    # A novel read in class: the harm is its plot, inside the phrase's reach.
    "klassen skal lese en krimroman der en elev blir drept",
    # A machine that «died».
    "får ikke kontakt med NAV-kontoret, telefonen er død",
    "batteriet døde og jeg fikk ikke ringt tilbake",
    # An apology that opens a message.
    "beklager sent svar, har vi en eske med piller på førstehjelpsrommet?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_get_no_danger_finding(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text
    assert vocabulary.check(text, hint=True) is None, text


STILL_CASES = [
    # A knife in a threat, a cut on the arm.
    ("kokken truet eleven med kniv i kantina", "hastemote"),
    ("en elev har med kniv på skolen", "hastemote"),
    ("en elev har kniv i klassen", "hastemote"),
    ("vi hadde et møte om jenta som blir slått hjemme", "vold-naere-relasjoner"),
    ("etter møtet slo faren henne", "vold-naere-relasjoner"),
    ("hun kuttet seg på armen med en kniv i friminuttet", "selvskading"),
    ("hun brenner seg på armen med lighter", "selvskading"),
    # A body lying there.
    ("gutten ligger på gulvet og puster ikke", None),  # no substance: the acute line alone
    # A harm's own compound ending in a topical head.
    ("det ligger en overgrepsfilm av henne på snap", "vold-naere-relasjoner"),
    # Reported speech where the child is the one harmed, or the parent the one who harms.
    ("mora forteller at gutten blir slått av stefaren", "vold-naere-relasjoner"),
    ("læreren er bekymret for at eleven blir slått hjemme", "vold-naere-relasjoner"),
    ("jenta sier at mamma drikker hver dag og slår henne", "vold-naere-relasjoner"),
    ("mora sover hele dagen og gutten får ikke mat", "vold-naere-relasjoner"),
    # Sport beside abuse or violence at home.
    ("treneren har tatt på henne etter treningen og før kampen", "vold-naere-relasjoner"),
    ("etter fotballkampen ble han slått av faren hjemme", "vold-naere-relasjoner"),
    # A threat with words between its parts, and no topic among them.
    ("han sier han skal etter skoletid drepe henne", "hastemote"),
    # Pills in numbers with a last word.
    ("hun sendte bilde av en hel eske piller og skrev beklager for alt", "selvskading"),
]


@pytest.mark.parametrize(("text", "routine"), STILL_CASES)
def test_the_cases_beside_them_are_still_read(
    vocabulary: DangerCheck, text: str, routine: str | None
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, (text, finding)


async def test_over_http_cutlery_gets_no_alarm_and_a_knife_threat_does(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    said = []
    for text in (
        "kokken har kniv og gaffel klar til avslutningen",
        "en elev truer læreren med kniv",
    ):
        before = len(connector.sent())
        response = await bot_server.post(message(text, connector.url))
        assert response.status in (200, 201)
        sent = await connector.wait_for(before + 1)
        cards = [a["content"] for a in sent[-1].get("attachments") or []]
        said.append((sent[-1].get("text") or "") + json.dumps(cards, ensure_ascii=False))
    cutlery, threat = said
    assert "112" not in cutlery and "113" not in cutlery, cutlery
    assert "Ring 112" in threat, threat
