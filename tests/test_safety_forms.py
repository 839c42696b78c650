"""The danger check reads word forms a phrase list cannot enumerate.

Each case is one mechanism in bot/safety_match.py or bot/safety.py, written with a wording
that is not in knowledge/language/danger.yaml as typed: an infinitive's other tenses, a
present tense's past, an intensified or ordinary compound, a count, a nynorsk form that also
matches a prefix, and «X som tema» as a topic. The ordinary look-alikes stay quiet.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck, Kind, check

VOLD = "vold-naere-relasjoner"
SELV = "selvskading"
RUS = "rusbekymring"


FORMS = [
    # «hoppe fra brua» in the file; the past tense as typed.
    ("han har hoppet fra brua", SELV, Kind.ACUTE),
    ("ho hoppa frå brua", SELV, Kind.ACUTE),
    # «snakker om å dø» in the file; the nynorsk/dialect past.
    ("ho har snakka om å døy", SELV, Kind.ACUTE),
    # «redd for å gå hjem»: an intensified compound reads as its head.
    ("eleven er livredd for å gå hjem", VOLD, Kind.DISCLOSURE),
    ("gutten er dødsredd for å dra hjem", VOLD, Kind.DISCLOSURE),
    # «trener*» is a needed context of grooming; «fotballtreneren» is a trener.
    ("gutten sier at fotballtreneren har sendt ham bilder av seg selv naken", VOLD, None),
    # A count of five or more is «mange».
    ("hun har tatt 20 paracet", SELV, Kind.ACUTE),
    # A nynorsk plural that also matches a prefix as typed still counts as bokmål.
    ("ein vaksen mann sender meldingar til ei jente på 13", VOLD, Kind.DISCLOSURE),
    # «risse» is carving into the skin, as «rispe» is.
    ("jenta har risset seg på låret med en passer", SELV, None),
    # Honour control: punished for friends who are boys, in nynorsk.
    ("ho blir straffa av familien om ho har venner som er gutar", VOLD, Kind.DISCLOSURE),
    # A parent gone for days; a child not home since a named day.
    ("gutten på 12 sier at mora ikke har vært hjemme siden fredag", VOLD, Kind.DISCLOSURE),
    ("eleven har ikke vært hjemme siden fredag", "hastemote", Kind.ACUTE),
]


@pytest.mark.parametrize(("message", "routine", "kind"), FORMS)
def test_word_forms_beyond_the_list_are_read(
    vocabulary: DangerCheck, message: str, routine: str, kind: Kind | None
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.routine == routine, (message, finding)
    if kind is not None:
        assert finding.kind is kind, (message, finding)


QUIET = [
    "kan vi ta opp selvskading som tema i fagteamet",
    "hun skyter seg selv i foten med det forslaget",
    "hun ble truet med sparken fra jobben",
    "vi har 20 tiltak i planen",
    "jeg har mye i hodet og lite tid",
    "vi må selge for å tjene penger til klassetur",
    "elevene har slått rekord i innsamlingsaksjonen",
]


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


@pytest.mark.parametrize(
    "message",
    [
        # A girl on the phone from a party: the rus routine answered, as «fest» and «gutter»
        # read as drugs handed to a child; it is an assault going on, and 112 comes first.
        "jente på 14 ringte: hun er på fest hos noen eldre gutter, de vil ikke la henne gå "
        "og en av dem holder på å dra av henne klærne",
        "han prøvde å rive av meg klærne i garderoben",
    ],
)
def test_clothes_torn_off_someone_is_sexual_abuse_with_112_first(
    vocabulary: DangerCheck, message: str
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.categories[0] == "overgrep", finding
    assert finding.calls[0] == "112", finding


@pytest.mark.parametrize(
    "message",
    [
        "ein elev har fått hatmeldingar om hudfargen sin med trugsmål på instagram",
        "gutten i 9b får trusler på snap hver kveld",
    ],
)
def test_threats_to_a_pupil_online_are_threats(vocabulary: DangerCheck, message: str) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.categories[0] == "trussel", finding


@pytest.mark.parametrize(
    "message",
    [
        "NAV truer med å stoppe pengene hans",
        "læreren truer med å sende melding hjem",
        "vi lager et undervisningsopplegg om trusler på nett",
        "hun truer med å slette instagram-kontoen sin",
    ],
)
def test_threatening_talk_is_no_case(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


def test_an_age_is_no_count_of_pills(vocabulary: DangerCheck) -> None:
    """«gut på 15 har tatt piller»: 15 is his age, not fifteen pills – it is an overdose of
    pills a friend gave him (rus, 113), not a deliberate one (selvskading)."""
    finding = check(
        "kva gjer eg, gut på 15 har tatt piller han fekk av ein kompis og pustar rart", vocabulary
    )
    assert finding is not None
    assert finding.routine == RUS and finding.calls[0] == "113", finding
    counted = check("jente på 14 har tatt 30 piller", vocabulary)
    assert counted is not None and counted.categories[0] == "medisin-overdose", counted
