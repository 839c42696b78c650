"""A role of several words matches only the seats that have all of them.

«er virksomhetsleder barnevern med i SLT-nettverket» is the one virksomhetsleder for
barnevern, not all seven; «kommunalsjef oppvekst» and «avdelingsleder psykisk helse» are
narrowed by the words after the title, and «leder barnevern» asks for a leader's seat. When
no seat has all the words the answer says so instead of listing every seat of one word.
Made-up phrasings, checked against the seats the plans (knowledge/kommuner) list.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot


def answer(bot: SltBot, text: str, kommune: str) -> str:
    return asyncio.run(bot.answer(text, kommune)).text


@pytest.mark.parametrize(
    ("text", "kommune", "seat", "not_seats"),
    [
        (
            "er virksomhetsleder barnevern med i slt-nettverket",
            "valer",
            "Virksomhetsleder barnevern",
            ["Virksomhetsleder helse", "Virksomhetsleder NAV", "Virksomhetsleder Våk skole"],
        ),
        (
            "hvor sitter virksomhetslederen for barnevernet?",
            "valer",
            "Virksomhetsleder barnevern",
            ["Virksomhetsleder helse", "Virksomhetsleder Svinndal skole"],
        ),
        (
            "hvor sitter leder barnevern",
            "valer",
            "Virksomhetsleder barnevern",
            ["Virksomhetsleder helse", "Barneverntjenesten", "Barnevern\n"],
        ),
        ("hvor sitter leder barnevern", "jevnaker", "Leder barnevern", []),
        ("hvor sitter leder barnevern?", "gjesdal", "Barnevernleder", []),
        (
            "er avdelingsleder psykisk helse med i slt-nettverket",
            "valer",
            "Avdelingsleder psykisk helse og rus",
            ["Avdelingsleder barn og unge"],
        ),
        (
            "hvilke grupper sitter kommunalsjef oppvekst i",
            "valer",
            "Kommunalsjef oppvekst og kultur",
            ["Kommunalsjef helse og velferd"],
        ),
        (
            "hvilke grupper sitter kommunalsjef oppvekst i",
            "jevnaker",
            "Kommunalsjef oppvekst og kultur",
            ["Kommunalsjef plan og samfunn", "Kommunalsjef helse og omsorg"],
        ),
        ("hvor sitter kommunalsjef oppvekst", "gjesdal", "Kommunalsjef oppvekst", []),
        (
            "er virksomhetsleder kultur med i koordineringsgruppa?",
            "jevnaker",
            "Virksomhetsleder kultur",
            ["Virksomhetsleder Familiens hus"],
        ),
    ],
)
def test_a_seat_matches_all_the_words_of_the_role(
    bot: SltBot, text: str, kommune: str, seat: str, not_seats: list[str]
) -> None:
    reply = answer(bot, text, kommune)
    seats = reply.split("Deltakere:")[0]  # a «med i»-answer lists the whole group below
    assert seat in seats, seats
    for other in not_seats:
        assert other not in seats, seats


def test_a_role_no_seat_has_whole_is_no_yes(bot: SltBot) -> None:
    """No Våler seat is a virksomhetsleder politikontakt: no yes for a virksomhetsleder."""
    lead = answer(bot, "er virksomhetsleder politikontakt med i slt-nettverket", "valer")
    assert "Ja – " not in lead, lead
    assert "Planen nevner ikke virksomhetsleder politikontakt" in lead, lead


def test_a_role_no_seat_has_whole_says_so_before_the_wider_seats(bot: SltBot) -> None:
    reply = answer(bot, "hvor sitter virksomhetsleder ordfører", "valer")
    assert "Planen nevner ikke virksomhetsleder ordfører som egen plass" in reply, reply


# --- the role shown as asked: headings and yes/no lines name every word the question used ----


def lead(bot: SltBot, text: str, kommune: str) -> str:
    """The heading and the first lines of the reply's text."""
    return "\n".join(answer(bot, text, kommune).splitlines()[:4])


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("hvor sitter kommunalsjef oppvekst", "Hvor sitter kommunalsjef oppvekst?"),
        ("hvilke grupper er kommunalsjef oppvekst med i?", "Hvor sitter kommunalsjef oppvekst?"),
        ("hvor sitter leder barnevern", "Hvor sitter leder barnevern?"),
        ("hvor sitter barnevern?", "Hvor sitter barnevern?"),
        ("hvor sitter barnevernet?", "Hvor sitter barnevernet?"),
    ],
)
def test_the_heading_names_the_role_as_asked(
    bot: SltBot, text: str, kommune: str, heading: str
) -> None:
    """Narrowing words are named, and no definite form the asker did not write."""
    reply = answer(bot, text, kommune)
    assert reply.splitlines()[0] == heading, reply


@pytest.mark.parametrize(
    ("text", "kommune", "heading"),
    [
        (
            "hvor sitter kommunalsjef oppvekst og kultur?",
            "jevnaker",
            "Hvor sitter kommunalsjef oppvekst og kultur?",
        ),
        (
            "hvor sitter virksomhetslederen for barnevernet",
            "valer",
            "Hvor sitter virksomhetsleder for barnevernet?",
        ),
        (
            "hvor sitter virksomhetsleder våler ungdomsskole",
            "valer",
            "Hvor sitter virksomhetsleder Våler ungdomsskole?",
        ),
        ("hvor sitter ordføreren", "valer", "Hvor sitter ordfører?"),
        ("hvor sitter kommunalsjef egentlig", "valer", "Hvor sitter kommunalsjef?"),
        ("kem e kommunalsjef oppvekst", "gjesdal", "Hvem er kommunalsjef oppvekst?"),
    ],
)
def test_the_heading_keeps_the_seats_words_and_spelling(
    bot: SltBot, text: str, kommune: str, heading: str
) -> None:
    """Words between a role's words that are the seat's own are kept in the seat's spelling;
    a word after a title that narrowed nothing («egentlig») is no part of the role."""
    reply = answer(bot, text, kommune)
    assert reply.splitlines()[0] == heading, reply


@pytest.mark.parametrize(
    ("text", "kommune", "line"),
    [
        (
            "er avdelingsleder psykisk helse med i slt-nettverket?",
            "valer",
            "Ja – avdelingsleder psykisk helse er med i SLT-nettverket:",
        ),
        (
            "er virksomhetsleder barnevern med i slt-nettverket?",
            "valer",
            "Ja – virksomhetsleder barnevern er med i SLT-nettverket:",
        ),
        (
            "er virksomhetsleder barnevern med i koordineringsgruppa",
            "jevnaker",
            "Planen nevner ikke virksomhetsleder barnevern som egen plass",
        ),
        (
            "er virksomhetsleder barnevern med i arbeidsgruppa",
            "gjesdal",
            "Planen nevner ikke virksomhetsleder barnevern som egen plass",
        ),
        (
            "er kommunalsjef oppvekst med i politirådet?",
            "gjesdal",
            "Ja – kommunalsjef oppvekst er med i",
        ),
        (
            "er barnevern med i politirådet",
            "valer",
            "Barnevern står ikke blant deltakerne i Politirådet",
        ),
        ("er rektor og helsesykepleier med i slt-nettverket", "valer", "Ja – rektor er med i"),
    ],
)
def test_the_yes_or_no_line_names_the_role_as_asked(
    bot: SltBot, text: str, kommune: str, line: str
) -> None:
    said = lead(bot, text, kommune)
    assert line in said, said
    assert "barnevernet" not in said.lower() or "barnevernet" in text, said


# --- every word after a title counts: one no seat has, a short name, one after «for» ---------


@pytest.mark.parametrize(
    ("text", "kommune", "said", "seat"),
    [
        (
            "hvor sitter kommunalsjef helse og omsorg",
            "gjesdal",
            "Planen nevner ikke kommunalsjef helse og omsorg som egen plass. "
            "Dette er plassene for kommunalsjef:",
            "Kommunalsjef oppvekst",
        ),
        (
            "hvilke grupper sitter kommunalsjef helse i?",
            "gjesdal",
            "Planen nevner ikke kommunalsjef helse som egen plass. "
            "Dette er plassene for kommunalsjef:",
            "Kommunalsjef oppvekst",
        ),
    ],
)
def test_a_word_no_seat_has_is_said_before_the_titles_seats(
    bot: SltBot, text: str, kommune: str, said: str, seat: str
) -> None:
    """«helse» after the title matches no kommunalsjef's seat in Gjesdal: no confident list of
    «Kommunalsjef oppvekst», but the honest line, then the title's seats labelled as such."""
    reply = answer(bot, text, kommune)
    role = said.removeprefix("Planen nevner ikke ").split(" som egen plass")[0]
    assert reply.splitlines()[0] == f"Hvor sitter {role}?", reply
    assert said in reply, reply
    assert reply.index(said) < reply.index(seat), reply


@pytest.mark.parametrize(
    ("text", "kommune", "line"),
    [
        (
            "er kommunalsjef helse og omsorg med i politirådet?",
            "gjesdal",
            "Planen nevner ikke kommunalsjef helse og omsorg som egen plass i",
        ),
        (
            "er kommunalsjef for helse med i politirådet",
            "gjesdal",
            "Planen nevner ikke kommunalsjef helse som egen plass i",
        ),
        (
            "er virksomhetsleder våk skole med i slt-nettverket",
            "valer",
            "Ja – virksomhetsleder Våk skole er med i SLT-nettverket: Virksomhetsleder Våk skole.",
        ),
        (
            "er virksomhetsleder våk med i slt-nettverket?",
            "valer",
            "Ja – virksomhetsleder Våk er med i SLT-nettverket: Virksomhetsleder Våk skole.",
        ),
        (
            "er kommunalsjef for helse med i koordineringsgruppa",
            "jevnaker",
            "Ja – kommunalsjef helse er med i Koordineringsgruppe: Kommunalsjef helse og omsorg.",
        ),
    ],
)
def test_every_word_after_the_title_narrows_the_yes_or_no(
    bot: SltBot, text: str, kommune: str, line: str
) -> None:
    said = lead(bot, text, kommune)
    assert line in said, said
    assert "Ja – " not in said or "Ja – " in line, said


def test_a_short_word_that_is_no_seats_name_ends_the_role(bot: SltBot) -> None:
    """«med» is no part of a seat: «er virksomhetsleder med i …» is every virksomhetsleder."""
    said = lead(bot, "er virksomhetsleder med i slt-nettverket", "valer")
    assert "Ja – virksomhetsleder er med i SLT-nettverket: Virksomhetsleder barnevern" in said


@pytest.mark.parametrize(
    ("text", "kommune", "seat", "not_seats"),
    [
        (
            "hvor sitter kommunalsjef for helse",
            "jevnaker",
            "Kommunalsjef helse og omsorg",
            ["Kommunalsjef oppvekst og kultur", "Kommunalsjef plan og samfunn"],
        ),
        (
            "hvilke grupper sitter kommunalsjef for oppvekst i",
            "valer",
            "Kommunalsjef oppvekst og kultur",
            ["Kommunalsjef helse og velferd"],
        ),
        ("hvor sitter kommunalsjef for oppvekst?", "gjesdal", "Kommunalsjef oppvekst", []),
        (
            "hvor sitter virksomhetsleder våk skole",
            "valer",
            "Virksomhetsleder Våk skole",
            ["Virksomhetsleder Svinndal skole", "Virksomhetsleder NAV"],
        ),
    ],
)
def test_a_word_after_for_and_a_short_name_narrow(
    bot: SltBot, text: str, kommune: str, seat: str, not_seats: list[str]
) -> None:
    reply = answer(bot, text, kommune)
    assert seat in reply, reply
    for other in not_seats:
        assert other not in reply, reply
