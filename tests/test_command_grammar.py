"""The meeting-command grammar, read as the coordinators write: the bundled plans, fixed days.

Pure: ``parse(text, today, groups)``; no clock, no store.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.features.meetings.command_grammar import (
    Clarification,
    Command,
    GroupNames,
    When,
    command_text,
    kind_of,
    parse,
    tokenize,
)
from bot.knowledge.index import KnowledgeBase

TODAY = dt.date(2026, 12, 1)  # a Tuesday
D = dt.date


@pytest.fixture(scope="module")
def gjesdal(kb: KnowledgeBase) -> GroupNames:
    return GroupNames.of(kb.kommuner["gjesdal"])


@pytest.fixture(scope="module")
def valer(kb: KnowledgeBase) -> GroupNames:
    return GroupNames.of(kb.kommuner["valer"])


def test_the_long_forms_from_the_trial_are_understood(gjesdal: GroupNames) -> None:
    assert parse("@SLT-boten avlys neste møte i operativ slt-gruppe", TODAY, gjesdal) == Command(
        "cancel", "operativ-slt-gruppe"
    )
    assert parse("flytt neste møte i operativ til 20.1 kl 9", TODAY, gjesdal) == Command(
        "move", "operativ-slt-gruppe", when=When(day=D(2027, 1, 20), time=dt.time(9))
    )


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("innkall arbeidsgruppa 12.3", D(2027, 3, 12), None),
        ("innkall arbeidsgruppa 12. mars kl 9", D(2027, 3, 12), dt.time(9)),
        ("innkall arbeidsgruppa 12.03.2027 kl. 09:30", D(2027, 3, 12), dt.time(9, 30)),
        ("innkall arbeidsgruppa 2027-03-12 09:30", D(2027, 3, 12), dt.time(9, 30)),
        ("innkall arbeidsgruppa tirsdag klokka 14", D(2026, 12, 8), dt.time(14)),
        ("innkall arbeidsgruppa på torsdag", D(2026, 12, 3), None),
        ("innkall arbeidsgruppa om en uke", D(2026, 12, 8), None),
        ("innkall arbeidsgruppa om to uker kl 10", D(2026, 12, 15), dt.time(10)),
        ("innkall arbeidsgruppa i morgen kl 9", D(2026, 12, 2), dt.time(9)),
        ("kan du kalle inn arbeidsgruppen 3. des. kl 13:15", D(2026, 12, 3), dt.time(13, 15)),
        ("innkall arbeidsgruppa 5. januar", D(2027, 1, 5), None),
    ],
)
def test_dates_and_times_as_people_write_them(
    gjesdal: GroupNames, text: str, day: dt.date, time: dt.time | None
) -> None:
    assert parse(text, TODAY, gjesdal) == Command(
        "call", "arbeidsgruppe", when=When(day=day, time=time)
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("flytt neste fagteam en uke", When(shift_days=7)),
        ("utsett neste fagteam en uke", When(shift_days=7)),
        ("flytt neste fagteammøte to dager tidligere", When(shift_days=-2)),
        ("flytt neste fagteam til neste uke", When(shift_days=7)),
        ("flytt neste fagteam til tirsdag", When(weekday=1)),
        ("flytt neste fagteam til tirsdag kl 10", When(weekday=1, time=dt.time(10))),
        ("flytt fagteamet til kl 12", When(time=dt.time(12))),
    ],
)
def test_relative_moves(valer: GroupNames, text: str, when: When) -> None:
    group = valer.phrases["fagteam"]
    assert parse(text, TODAY, valer) == Command("move", group, when=when)


def test_a_move_can_name_the_meeting_by_its_day(gjesdal: GroupNames) -> None:
    assert parse("flytt møtet 12.3 i operativ til 14. mars kl 10", TODAY, gjesdal) == Command(
        "move",
        "operativ-slt-gruppe",
        which=D(2027, 3, 12),
        when=When(day=D(2027, 3, 14), time=dt.time(10)),
    )


def test_group_names_are_fuzzy_but_a_toss_up_is_asked_about(gjesdal: GroupNames) -> None:
    typo = parse("innkall operatv slt gruppe i morgen", TODAY, gjesdal)
    assert isinstance(typo, Command) and typo.group_id == "operativ-slt-gruppe"
    asked = parse("avlys neste møte i slt", TODAY, gjesdal)
    assert isinstance(asked, Clarification)
    labels = {o.label for o in asked.options}
    assert {"SLT-arbeidsgruppe", "Operativ SLT-gruppe"} <= labels
    assert asked.understood == "Jeg forstod: avlyse neste møte."


def test_a_command_not_fully_understood_says_what_it_understood_and_asks(
    gjesdal: GroupNames,
) -> None:
    no_group = parse("flytt neste møte til 20.1 kl 9", TODAY, gjesdal)
    assert isinstance(no_group, Clarification)
    assert no_group.understood == (
        "Jeg forstod: flytte neste møte til onsdag 20. januar kl. 09:00."
    )
    assert "Hvilken gruppe" in no_group.question
    no_day = parse("innkall arbeidsgruppa", TODAY, gjesdal)
    assert isinstance(no_day, Clarification) and "Hvilken dag" in no_day.question
    no_target = parse("flytt neste arbeidsgruppe", TODAY, gjesdal)
    assert isinstance(no_target, Clarification)
    assert [o.label for o in no_target.options] == ["En uke senere", "En uke tidligere"]
    bad = parse("innkall arbeidsgruppa 31.2 kl 25", TODAY, gjesdal)
    assert isinstance(bad, Clarification) and "31. februar finnes ikke" in bad.question


def test_every_button_reads_back_as_the_command_it_stands_for(gjesdal: GroupNames) -> None:
    asked = parse("flytt neste møte i slt til 20.1 kl 9", TODAY, gjesdal)
    assert isinstance(asked, Clarification)
    for option in asked.options:
        parsed = parse(option.text, TODAY, gjesdal)
        assert isinstance(parsed, Command), option.text
        assert parsed.when == When(day=D(2027, 1, 20), time=dt.time(9))
        assert gjesdal.names[parsed.group_id] == option.label
    text = command_text("move", "arbeidsgruppe", D(2027, 3, 12), When(shift_days=-7), gjesdal)
    assert parse(text, TODAY, gjesdal) == Command(
        "move", "arbeidsgruppe", which=D(2027, 3, 12), when=When(shift_days=-7)
    )


@pytest.mark.parametrize(
    "text",
    [
        "når er neste møte i operativ slt-gruppe",
        "hvem kaller inn til arbeidsgruppa",
        "hva gjør jeg hvis en elev ruser seg",
        "jeg vil flytte hjemmefra",  # the verb must come first
    ],
)
def test_questions_are_not_commands(gjesdal: GroupNames, text: str) -> None:
    assert kind_of(text) is None
    assert parse(text, TODAY, gjesdal) is None


@given(st.text(alphabet="avlys flytt kan du innkall møte 12.3 kl 9 æøå<at>B</at>.,!", max_size=60))
@settings(max_examples=300, deadline=None)
def test_reading_only_the_first_words_gives_the_first_words(text: str) -> None:
    """kind_of reads a message's first tokens only; they are the whole text's first tokens."""
    whole = tokenize(text)
    for limit in range(len(whole) + 2):
        assert tokenize(text, limit) == whole[:limit]


@pytest.mark.parametrize(
    ("text", "kind", "which", "day"),
    [
        # a weekday before the date names that date, not the next such weekday (walk78)
        (
            "flytt neste møte i arbeidsgruppa til onsdag 20. januar kl 12",
            "move",
            None,
            D(2027, 1, 20),
        ),
        ("innkall arbeidsgruppa onsdag 20.1 kl 9", "call", None, D(2027, 1, 20)),
        ("innkall arbeidsgruppa fredag den 8. januar", "call", None, D(2027, 1, 8)),
        ("kan du kalle inn arbeidsgruppa tirsdag 2027-01-12", "call", None, D(2027, 1, 12)),
        ("avlys arbeidsgruppa onsdag 13. januar", "cancel", D(2027, 1, 13), None),
        (
            "flytt møtet onsdag 13.1 i arbeidsgruppa til torsdag 14.1",
            "move",
            D(2027, 1, 13),
            D(2027, 1, 14),
        ),
    ],
)
def test_a_weekday_before_a_date_names_that_date(
    gjesdal: GroupNames, text: str, kind: str, which: dt.date | None, day: dt.date | None
) -> None:
    found = parse(text, TODAY, gjesdal)
    assert isinstance(found, Command), found
    assert (found.kind, found.group_id, found.which, found.when.day) == (
        kind,
        "arbeidsgruppe",
        which,
        day,
    )


def test_a_weekday_that_does_not_fit_its_date_is_asked_about(gjesdal: GroupNames) -> None:
    asked = parse("flytt neste møte i arbeidsgruppa til tirsdag 20. januar kl 12", TODAY, gjesdal)
    assert isinstance(asked, Clarification)
    assert asked.question == "20. januar 2027 er en onsdag, ikke en tirsdag."
    # calm: a weekday alone is still the next such day, or the marker in a move
    alone = parse("innkall arbeidsgruppa onsdag kl 9", TODAY, gjesdal)
    assert isinstance(alone, Command) and alone.when.day == D(2026, 12, 2)
    marker = parse("flytt neste møte i arbeidsgruppa til onsdag", TODAY, gjesdal)
    assert isinstance(marker, Command) and marker.when == When(weekday=2)
