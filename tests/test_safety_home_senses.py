"""Neglect, drugs and violence at home, and a body in trouble during an event (session 22,
safety52). Each sense is named by a general reason, with made-up probes and calm look-alikes:

* A body in trouble «midt i øvelsen», «under kurset»: an event named as a time is no topic
  (bot/safety_topics.py ``_during``) – while a drill's made-up casualty («markøren») stays calm.
* Marks on a body part a child keeps coming with («merker på leggene», «på ryggen»): the body
  parts of ``hud`` take their plural and everyday forms.
* An injury a child explains and someone else tells differently («sier hun falt, men mor sa
  noe annet»).
* A young person buying a substance from someone older: langing seen from the buyer.
* Something unknown eaten or drunk that someone gave, and the body reacting now («spiste noe
  han fikk av en eldre gutt, nå er han kald og klam»).
* Punishment waiting at home, said to the child («når du kommer hjem skal du få kjenne det») –
  not a run's ache («… kjenne det i beina»).
* Fed only outside home («det eneste varme måltidet han får»); lice left for months.

All names and cases are made up.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

ALARMS = [
    ("Ei jente datt om midt i øvelsen og puster ikke, vi har ringt 113", "akutt_medisinsk"),
    ("En gutt besvimte under kurset og puster ikke normalt nå", "akutt_medisinsk"),
    ("Midt i kurset fikk en elev krampeanfall og svarer ikke", "akutt_medisinsk"),
    ("Gutten på håndballen kollapset midt i fotballøvelsen og er bevisstløs", "akutt_medisinsk"),
    ("Trener: jenta på 11 kommer stadig med merker på leggene, sier hun har falt", "vold_nare"),
    ("Gutten på 9 kom med merker på ryggen igjen i dag", "vold_nare"),
    (
        "Eleven har blåmerker på armen og sier han falt på trening, men moren sa noe annet",
        "vold_nare",
    ),
    ("Flere i 9. klasse kjøper øl av en eldre kar på bensinstasjonen", "rus"),
    ("En 14-åring kjøpte hasj fra en voksen mann i parken", "rus"),
    (
        "Jenta drakk noe hun fikk av en eldre gutt på festen og nå er hun forvirret og svimmel",
        "akutt_medisinsk",
    ),
    ("Gutten spiste noe han fikk av en kompis, nå er han kald og klam", "akutt_medisinsk"),
    ("Faren skrev til gutten: når du kommer heim skal du få kjenne det", "vold_nare"),
    ("Han sier at skolematen er det eneste varme måltidet han får", "vold_nare"),
    ("Ho har hatt lus i fleire månader og ingen heime gjer noko", "vold_nare"),
]

CALM = [
    "Under øvelsen lå markøren bevisstløs i gangen",
    "Markøren spilte bevisstløs midt i øvelsen, og elevene øvde på sideleie",
    "Hva sier rutinen om bevisstløse elever under kurset?",
    "Hva står under temaet bevisstløs i rutinen?",
    "Jeg merker ofte at eleven er trøtt om morgenen",
    "Kan eldre elever kjøpe snus i kantina?",
    "Hvor mange ungdommer kjøper alkohol av eldre venner ifølge Ungdata?",
    "Det eneste måltidet elevene får på turen er lunsj, skal vi ta med mer?",
    "Skolelunsjen er det eneste måltidet vi serverer på SFO, hva koster det?",
    "Det har vært lus i flere klasser denne uka, skal vi sende brev hjem?",
    "Hva gjør vi med lus i klassen?",
    "Når du kommer hjem fra fjellturen skal du få kjenne det i beina, sa treneren",
    "Når du kommer hjem skal du få kjenne hvor deilig det er med ferie",
    "Hun spiste noe hun fikk av en venn i lunsjen, og nå er hun glad igjen",
    "Han tar noen timer han fikk av rektor, og er litt forvirret om timeplanen",
    "Vi fikk noe å spise av foreldrene, og noen var forvirret over hvem som skulle rydde",
]


@pytest.mark.parametrize(("text", "topic"), ALARMS)
def test_a_harm_at_home_or_a_body_in_trouble_alarms(
    text: str, topic: str | None, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert topic is None or finding.topic == topic, (text, finding.topic)


@pytest.mark.parametrize("text", CALM)
def test_calm_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
