"""A role word names a whole role, never the tail or the first part of another role's compound.

«lærer» is no «sosiallærer»: a teacher asking where she sits in Gjesdal got the arbeidsgruppe
seat «Rektorene på ungdomsskolene (evt. delegert til miljøterapeut/sosiallærer)». And «*skole»
(a principal's seat at «ungdomsskolene», «Våk skole») is no «skolehelsetjenesten», whose last
part is «tjeneste». Made-up phrasings, asked of the whole bot.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.text import has_head
from tests.auxil.asking import ask


@pytest.mark.parametrize(
    ("text", "kommune", "seat", "not_seats"),
    [
        (
            "hvilket nivå sitter lærer på i gjesdal?",
            "gjesdal",
            "Ansatte som jobber direkte med unge",
            ["sosiallærer", "Rektorene"],
        ),
        ("hvor sitter læreren?", "gjesdal", "Ansatte som jobber direkte med unge", ["Rektorene"]),
        (
            "Jeg er ny lærer. Hvilket nivå i SLT er jeg på?",
            "gjesdal",
            "Utførende nivå",
            # the level's own words name the koordinerende nivå (routine84): no seat there
            ["Rektorene", "Koordinerende nivå:", "Arbeidsgruppe"],
        ),
        ("hvor sitter lærerne?", "gjesdal", "Ansatte som jobber direkte med unge", ["Rektorene"]),
        ("hvor sitter kontaktlæreren?", "valer", "Skolene – sosiallærere", ["Virksomhetsleder"]),
        (
            "hvor sitter lærer?",
            "jevnaker",
            "Alle som er i direkte kontakt med barn",
            ["Sosiallærer JUS"],
        ),
        (
            "hvilket nivå er lærer på?",
            "valer",
            "Skolene – sosiallærere, ledelsen og andre voksne",
            ["Virksomhetsleder", "Skolehelsetjenesten"],
        ),
        ("hvor sitter rektor?", "valer", "Virksomhetsleder Våk skole", ["Skolehelsetjenesten"]),
        # The compound's own role still finds its seat.
        ("hvor sitter sosiallærer?", "gjesdal", "miljøterapeut/sosiallærer", []),
        ("hvor sitter sosiallærer?", "jevnaker", "Sosiallærer JUS", []),
        ("hvor sitter rektor?", "gjesdal", "Rektorene på ungdomsskolene", []),
    ],
)
def test_a_role_word_is_a_whole_role(
    bot: SltBot, text: str, kommune: str, seat: str, not_seats: list[str]
) -> None:
    reply = ask(bot, text, kommune)
    assert reply.intent == "role_groups", reply.text
    assert seat in reply.text, reply.text
    for other in not_seats:
        assert other not in reply.text, reply.text


@pytest.mark.parametrize(
    ("word", "head", "has"),
    [
        ("ungdomsskolene", "skole", True),
        ("skole", "skole", True),
        ("skolen", "skole", True),
        ("ungdomshelsestasjonen", "helsestasjon", True),
        ("skolehelsetjenesten", "skole", False),
        ("skolelos", "skole", False),
    ],
)
def test_a_compound_has_its_last_part_as_head(word: str, head: str, has: bool) -> None:
    assert has_head(word, head) is has
