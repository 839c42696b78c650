"""Sexual abuse and threats told indirectly, and calm messages that only look like danger
(session 22, fresh20's dev half). Each calm sense has a twin that IS danger: a calm rule must
never hide a real case.

* A closed case asked about for its paperwork, its «som» left out («saken vi hadde om …
  er avsluttet») – unless it goes on («…, men nå …»).
* A killing verb on things, not people («drep alle gamle kontoer») – «drepe alle på skolen»
  is a threat.
* Death as what a story holds («mye død i filmen») – «vil dø» is a wish to die.
* A role played with a weapon in a drill – a real injury on the drill is still one.
* A hazard with no one exposed («giftige bær», «er det farlig») – a child who ate them is not.
* A rumour that someone will «ta» a pupil; a sexual video of a minor going round; a child's
  indirect disclosure («onkel gjør sånn når hun sover over») of someone close at night.

All names and cases are made up.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck


@pytest.fixture(scope="module")
def check(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


@pytest.mark.parametrize(
    "text",
    [
        # a closed case, its «som» left out, asked about for its paperwork
        "Saken vi hadde om selvmordsforsøket i fjor er avsluttet, eleven har byttet skole. "
        "Hvor skal papirene arkiveres?",
        "Saken dere meldte om selvmordstankene til gutten er avsluttet. Skal vi skrive en "
        "sluttrapport?",
        # killing things, not people
        "Kan noen drepe alle gamle filer på fellesområdet før sommeren?",
        "Vi må drepe alle kontoene til elever som har sluttet, hvem har tilgang?",
        "Husk å drepe alle de gamle trådene i kanalen før nyttår",
        # death as what a story holds
        "Boka vi leser i 10. trinn har mye død i seg, passer den for alle?",
        "Serien handler om krig, død og ødeleggelse – kan vi vise den på ungdomsskolen?",
        # a role played with a weapon in a drill
        "På beredskapsøvelsen spiller en lærer en gjerningsperson med kniv. Hvem bør være med?",
        "Politiet spiller en inntrenger med pistol på øvelsen neste uke, skal SLT delta?",
        # a hazard with no one exposed
        "Er det farlig for barna at det står giftige sopper bak barnehagen?",
        "Er giftige planter i skolehagen farlige for elevene?",
        # the child welfare service «taking» a child, a rumour about a club
        "det går rykter om at noen skal ta over ungdomsklubben, stemmer det?",
        "det går rykter om at barnevernet skal ta ungen til familien, hvem vet noe?",
    ],
)
def test_calm_look_alikes_are_no_alarm(check: DangerCheck, text: str) -> None:
    assert check.check(text, hint=True) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the closed case goes on
        (
            "Saken vi hadde om selvmordsforsøket i vår er avsluttet, men nå sier hun igjen "
            "at hun vil ta livet sitt",
            "selvmord",
        ),
        # a killing verb on people
        ("Eleven skrev i chatten at han skal drepe alle på skolen i morgen", "trussel"),
        # a wish to die beside death seen
        ("Hun har sett mye død i familien og sier nå at hun vil dø", "selvmord"),
        # a real injury on the drill
        (
            "På øvelsen der politiet spilte en person med kniv, kuttet en elev seg på ekte "
            "og blør kraftig",
            "blodning",
        ),
        # someone exposed to the hazard
        ("En elev har spist giftige bær og kaster opp og er helt slapp nå", ""),
        # marriage is still read by its forms
        ("jenta på 15 sier hun skal bli gift med en mann på 30 i sommer", "tvangsekteskap"),
        (
            "Eleven har vært borte på «ferie» i utlandet i to måneder, venninnene sier hun "
            "er gift nå",
            "tvangsekteskap",
        ),
        # a rumour of an attack on a pupil
        (
            "det går rykter om at noen skal ta en bestemt gutt etter skolen på fredag",
            "trussel-generell",
        ),
        ("det går rykte om at nokon skal ta han på festen", "trussel"),
        # a sexual video of a minor going round
        (
            "En video av en gutt på 13 i en sexsituasjon har gått rundt på skolen",
            "overgrep",
        ),
        # a child's indirect disclosure of someone close at night
        ("Jenta i 2. klasse sa at stefaren leker sånn når hun sover over hos ham", "overgrep"),
        ("Gutten tegnet en tegning og sa at onkelen gjør sånn om natta", "overgrep"),
    ],
)
def test_the_twins_are_still_danger(check: DangerCheck, text: str, category: str) -> None:
    finding = check.check(text)
    assert finding is not None
    assert category in finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "Hun sa at pappa gjør sånn når hun sover over og har mareritt: synger for henne",
        "Eleven sa at onkelen gjør sånn når han sover, han snorker så høyt",
    ],
)
def test_care_at_night_and_an_adult_asleep_are_no_abuse(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is None or "overgrep" not in finding.describe()
