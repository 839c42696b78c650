"""A tiltak's ansvar in running bokmål (session 37, facts81): «SLT-arbeidsgruppe og
rektorene» as Gjesdal's plan writes it (004:78), «Kultur og DNT Vansjø» as Våler's does
(000:621–625), never a list's «[SLT-arbeidsgruppe, Rektorene]». Questions made up for this file.
"""

from __future__ import annotations

import pytest

from bot.features.tiltak.owners import in_sentence, owners_in_line, owners_text
from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("ansvar", "said"),
    [
        (["Rektor"], "Rektor"),
        (["SLT-arbeidsgruppe", "Rektorene"], "SLT-arbeidsgruppe og rektorene"),
        (["Politikontakt", "Rektorene"], "Politikontakt og rektorene"),
        (["Kultur", "DNT Vansjø"], "Kultur og DNT Vansjø"),
        (["Barneverntjenesten", "Røde Kors"], "Barneverntjenesten og Røde Kors"),
        (["Familiens hus", "Skoleleder"], "Familiens hus og skoleleder"),
        (["Psykisk helse og rustjenesten", "NAV"], "Psykisk helse og rustjenesten, NAV"),
        (
            ["Ungdomsskolen", "Psykisk helse og rustjenesten", "Helse", "Skolelos"],
            "Ungdomsskolen, psykisk helse og rustjenesten, helse, skolelos",
        ),
        (
            ["Ordfører", "Kommunedirektør", "Virksomhetsledere", "SLT-koordinator"],
            "Ordfører, kommunedirektør, virksomhetsledere og SLT-koordinator",
        ),
        ([], ""),
    ],
)
def test_owners_read_as_the_plan_writes_them(ansvar: list[str], said: str) -> None:
    assert owners_text(ansvar) == said


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Rektorene", "rektorene"),
        ("Skoleleder JUS", "skoleleder JUS"),
        ("Skolene i samarbeid med FAU og elevene", "skolene i samarbeid med FAU og elevene"),
        ("VS-IL", "VS-IL"),
        ("SLT-koordinator Hole", "SLT-koordinator Hole"),
        ("DNT Vansjø", "DNT Vansjø"),
    ],
)
def test_a_proper_name_keeps_its_capital_inside_a_sentence(name: str, said: str) -> None:
    assert in_sentence(name) == said


def test_a_list_line_says_ansvar_in_words() -> None:
    assert owners_in_line(["SLT-arbeidsgruppe", "Rektorene"]) == (
        " (SLT-arbeidsgruppe og rektorene)"
    )
    assert owners_in_line(["Rektorene"], shared=True) == " (med rektorene)"


OWNERS = [
    (
        "gjesdal",
        "hvem står som ansvarlig for ungdata-undersøkelsen 2025?",
        "slt-arbeidsgruppe og rektorene",
    ),
    (
        "gjesdal",
        "hvem har ansvaret for politiet på skolene i gjesdal?",
        "politikontakt og rektorene",
    ),
    ("valer", "hvem har ansvaret for friluftsskolen i sommer?", "kultur og dnt vansjø"),
    ("valer", "hvem har ansvar for sommeruka", "kulturrådgiver og vs-il"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), OWNERS)
def test_an_owner_answer_names_every_owner_in_words(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) in ("tiltak_owner", "tiltak_lookup"), (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]
    assert "[" not in reply.text, reply.text[:400]


def test_one_owner_stays_one_name(bot: SltBot) -> None:
    """A calm look-alike: a tiltak with one owner gets no «og» made up for it."""
    reply = last_reply(bot, "hvem har ansvar for flexid-kursene?", "gjesdal")
    assert "[" not in reply.text, reply.text[:400]
    assert "(Rektor" in reply.text or "(SLT-koordinator og" in reply.text, reply.text[:400]
