"""Session 39 (disclosure83): disclosures told in someone's own words, read as classes beside
their calm look-alikes – a country or a people that «must be cleansed» and a people to be
«taken», talked of by a young person or in a chat; an act planned against «a» mosque; a young
person filmed drunk, asleep or undressed and the film passed on; made to marry and naked
pictures shared, told in English; a mother afraid of the other's rage should he learn she
told the school; a debt with a threat against the family; someone close threatening to send
the child back to a country; and visitors who threaten named after a mother are no threat of
hers. Made-up messages, never the eval's own; the probe (tests/disclosure83_probe_data.py)
runs through the whole turn."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.safety_cases import class_tests, disclosure_outcome
from tests.disclosure83_probe_data import KNOWN_MISS, PROBE

ROUTED: list[tuple[str, str, str]] = [
    # a country or a people to be cleansed, a people to be «taken»
    ("gutten snakker om at Noreg må reinskast", "radikalisering", "disclosure"),
    ("eleven skriver på snap at landet må renses for utlendinger", "radikalisering", "disclosure"),
    (
        "a pupil says Norway must be cleansed and shares it in a group",
        "radikalisering",
        "disclosure",
    ),
    ("de prater om å gå etter muslimene etter skolen", "radikalisering", "disclosure"),
    # an act planned against a mosque named with its article
    ("gruppa hans planlegger noe mot en moské i byen", "radikalisering", "disclosure"),
    ("dei planlegg noko stort mot ein moské", "radikalisering", "disclosure"),
    # filmed drunk, asleep or undressed, and the film passed on
    (
        "noen på festen filmet henne mens hun var dritings og sender det rundt",
        "seksuelle_overgrep",
        "disclosure",
    ),
    ("to gutter filma ho medan ho sov og la det ut på snap", "seksuelle_overgrep", "disclosure"),
    ("they filmed her when she was wasted and shared it", "seksuelle_overgrep", "disclosure"),
    ("her ex is sharing nudes of her in a group chat", "seksuelle_overgrep", "disclosure"),
    # made to marry, told in English
    (
        "her parents are forcing her to marry a man she has never met",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    ("the family is pressuring him to marry his cousin", "tvangsekteskap_aere", "disclosure"),
    # a mother afraid of his rage should he learn she told
    (
        "mora sa: ikke ring hjem, mannen min går amok om han finner ut at jeg har kontaktet dere",
        "vold_nare",
        "disclosure",
    ),
    (
        "please don't call, he goes crazy if he finds out I talked to the school",
        "vold_nare",
        "disclosure",
    ),
    # a debt and a threat against the family
    (
        "han skylder noen eldre gutter penger og de truer med å ta søstera hans",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "ho skylda dei pengar og no kjem dei etter familien",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # made to do something, or the family gets it (nynorsk)
    (
        "han seier han må levere pakkar for dei, elles går det ut over familien",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # someone close threatens to send the child back to a country
    (
        "stefaren truer med å sende ham tilbake til Irak hvis han ikke oppfører seg",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "her father says he will send her back to Pakistan if she tells anyone",
        "tvangsekteskap_aere",
        "disclosure",
    ),
]

CALM = [
    # cleaning, a lesson, a people welcomed or taken along
    "vi må renses for gammel kaffe i personalrommet",
    "på dugnaden snakket vi om at skolegården må renses for søppel",
    "kommunen snakker om å ta imot flere flyktninger neste år",
    "vi snakker om å ta med innvandrerne på tur til fjellet",
    # a mosque as a partner, a visit
    "vi planlegger noe sammen med en moské i byen på kulturdagen",
    "klassen planlegger besøk i en moské",
    # filming with no one's state or no passing on
    "elevene filmet skuespillet og delte det med foreldrene",
    "han filmet henne mens hun sang på konserten",
    "she was tired and asleep on the bus, we let her sleep",
    # marrying, told calmly
    "her sister is getting married in the summer holiday",
    # a boss angry, a parent cross about a grade
    "sjefen går amok om han finner ut at jeg har snakket med dere om budsjettet",
    # a debt with no threat, a threat with no family
    "han skylder meg 200 kroner for kinobilletten",
    # sent back to class, to the office, home from a trip
    "læreren sendte ham tilbake til klassen",
    "mamma sendte henne tilbake til Norge etter sommerferien i Polen",
]

test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_visitors_who_threaten_are_not_the_mother(vocabulary: DangerCheck) -> None:
    """A drug at home, and the visitors threaten: the drug routine, not the parent's threat
    read as violence at home (someone else acts between her and the threat)."""
    finding = vocabulary.check("faren røyker hasj hjemme og folk som kommer dit truer familien")
    assert finding is not None
    assert finding.routine == "rusbekymring", finding.describe()


def test_a_close_threat_still_decides(vocabulary: DangerCheck) -> None:
    """Nobody between them: a parent's threat is still violence in a close relation."""
    finding = vocabulary.check("mora drikker og truer med å slå ham")
    assert finding is not None
    assert finding.routine == "vold-naere-relasjoner", finding.describe()


@pytest.mark.parametrize(("kommune", "message", "expected"), PROBE)
def test_the_probe(bot: SltBot, kommune: str, message: str, expected: str) -> None:
    got, answer = disclosure_outcome(bot, kommune, message)
    assert got == expected, (message, answer.intent, answer.text[:160])


@pytest.mark.parametrize(("kommune", "message", "expected"), KNOWN_MISS)
@pytest.mark.xfail(reason="still missed: an abbreviation, an English punishment, a false ask-back")
def test_the_probe_known_miss(bot: SltBot, kommune: str, message: str, expected: str) -> None:
    got, answer = disclosure_outcome(bot, kommune, message)
    assert got == expected, (message, answer.intent, answer.text[:160])
