"""The privacy guard, told as what happens in an SLT room.

Teachers, nurses, barnevern and the police contact share one Teams channel. Most of what
they write is meetings, routines and numbers; now and then someone types a child's name
with a class, or a fødselsnummer. The guard must notice the second kind and stay quiet on
the first. Every name here is made up or a common first name; every fødselsnummer is built
in this file for a birth date in 1855, so it has valid check digits and belongs to nobody
alive.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.features.privacy import (
    Detector,
    PrivacyFinding,
    PrivacyGuard,
    _fold_word,
    warning_text,
)
from bot.knowledge.index import KnowledgeBase
from bot.text import fold

KB = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
GUARD = PrivacyGuard.from_knowledge(KB)


def synthetic_fodselsnummer(*, d_nummer: bool = False, born: str = "010155") -> str:
    """A number stdnum accepts, for a birth date in 1855 (individual numbers 500–749)."""
    if d_nummer:
        born = str(int(born[0]) + 4) + born[1:]
    for individual in range(500, 750):
        base = f"{born}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(base)
        number = base + first + fodselsnummer.calc_check_digit2(base + first)
        if fodselsnummer.is_valid(number):
            return number
    raise AssertionError("no valid synthetic number")  # pragma: no cover


FNR = synthetic_fodselsnummer()
FNR_2 = synthetic_fodselsnummer(born="170355")
DNR = synthetic_fodselsnummer(d_nummer=True)
FNR_WRONG_CHECK = FNR[:-1] + str((int(FNR[-1]) + 1) % 10)

FNR_ = Detector.FODSELSNUMMER
DNR_ = Detector.D_NUMMER
AGE = Detector.NAME_WITH_AGE_OR_CLASS
HEALTH = Detector.NAME_WITH_HEALTH_OR_POLICE
ADDRESS = Detector.ADDRESS_WITH_DETAILS


# --- what must make the bot warn -------------------------------------------------------

MUST_WARN = [
    # A fødselsnummer or D-nummer, however it is typed.
    (f"Fødselsnummeret til gutten er {FNR}, kan noen sjekke?", FNR_),
    (f"fnr {FNR_2[:6]} {FNR_2[6:]}", FNR_),
    (f"Hun har fnr {FNR[:6]}.{FNR[6:]} i papirene", FNR_),
    (f"D-nummer {DNR}", DNR_),
    (f"Mor har D-nr {DNR[:6]} {DNR[6:]}", DNR_),
    # A name with an age, a class or a school.
    ("Ola (14) i 9b har skulket hele uka", AGE),
    ("Vi er bekymret for Jonas, 15 år, som har sluttet på trening", AGE),
    ("Emma er en 13-åring som sover i timene", AGE),
    ("Snakket med Sofie fra 10B i dag", AGE),
    ("Aksel går på Kirkebygden skole og har mye fravær", AGE),
    ("Elias går i 7c på Svinndal skole", AGE),
    ("Moren til Jakob (12) tok kontakt i går", AGE),
    ("14 år gamle Filip har ikke vært på skolen", AGE),
    ("Bekymret for Zuleika (14), hun svarer ikke på meldinger", AGE),  # an unknown name
    ("Den nye eleven heter Amir og går i 8c", AGE),
    ("Sara Nordmann f. 01.01.2010 har flyttet hit", AGE),
    ("ola (14) i 9b", AGE),  # typed in lower case
    ("9b-eleven Jonas har ikke vært her på to uker", AGE),
    # A name with health or police details.
    ("Kari i 9b ble tatt med hasj i helga", HEALTH),
    ("Maja (15) er innlagt på BUP", HEALTH),
    ("Ola Nordmann har fått diagnosen ADHD", HEALTH),
    ("Mohammed ble pågrepet på kjøpesenteret i går", HEALTH),
    ("Kan noen ringe meg om Tiril? Hun kutter seg igjen.", HEALTH),
    ("Politiet tok beslag hos Sander i går kveld", HEALTH),
    ("Helene sliter med depresjon og vil ikke på skolen", HEALTH),
    ("Vi må drøfte Liam, han ruser seg hver helg", HEALTH),
    ("Theo, 16, er siktet for ran", HEALTH),
    ("Eirik Hansen er anmeldt for trusler", HEALTH),
    ("Tobias har en barnevernssak", HEALTH),
    ("Selma er autist og trenger hjelp i friminuttene", HEALTH),
    ("Oskar ble hentet av politiet i natt", HEALTH),
    ("Kristian røyker hasj før skolen", HEALTH),
    # The misses found in trial: a school, names in lower case, «på 15», a family and an
    # address, and a number split by invisible characters.
    ("Sofie Berg på Ålgård ungdomsskole blir slått hjemme", HEALTH),
    ("sofie berg i 10c blir slått hjemme", AGE),
    ("jonas på 15 i 9b røyker hasj", AGE),
    ("Gutten til Hansen-familien i Bjørnevegen 3 selger hasj", HEALTH),
    ("Gutten til Hansen-familien i Bjørnevegen 3 selger hasj", ADDRESS),
    (f"fnr {FNR[:6]}\u200b{FNR[6:]}", FNR_),
    (f"{FNR[:2]}\u200b{FNR[2:4]}\u200c{FNR[4:]}\ufeff", FNR_),
    (f"Fødselsnummer: {FNR.translate(str.maketrans('0123456789', '０１２３４５６７８９'))}", FNR_),
    (f"D-nr {DNR[:6]}\u00ad{DNR[6:]}", DNR_),
    # More of the same kinds.
    ("sofie blir slått hjemme", HEALTH),  # lower case, with a detail that is never a topic
    ("kari nordmann, 14 år, har begynt å drikke", AGE),
    ("emil på 13 har fått juling", AGE),
    ("Hansen-gutten ble pågrepet i natt", HEALTH),
    ("Familien Hansen i Storgata 12 er anmeldt for vold", HEALTH),
    ("Gutten i Bjørnevegen 3 selger hasj", ADDRESS),
    ("Jenta i Kirkeveien 14b blir slått hjemme", ADDRESS),
    ("Emil Olsen (13) går på Gjesdal ungdomsskole", AGE),
    ("Jonas Berg i 10a på Våler ungdomsskole sier faren slår ham", AGE),
    ("Eleven Tiril Haug har fått juling hjemme", HEALTH),
]


@pytest.mark.parametrize(("message", "detector"), MUST_WARN)
def test_personal_data_about_someone_makes_the_bot_warn(message: str, detector: Detector) -> None:
    finding = GUARD.check(message)
    assert finding is not None, message
    assert detector in finding.detectors


def test_a_message_with_several_kinds_names_each_detector_once() -> None:
    finding = GUARD.check(f"Ola (14) i 9b, fnr {FNR}, ble pågrepet. D-nr til mor: {DNR}")
    assert finding is not None
    assert finding.detectors == (FNR_, DNR_, AGE, HEALTH)


def test_a_teams_mention_in_front_does_not_hide_the_name() -> None:
    assert GUARD.check("<at>SLT-boten</at> Ola (14) i 9b ruser seg") is not None


# --- what must pass quietly ------------------------------------------------------------

MUST_PASS = [
    # Dates, times, rooms, tiltak and phone numbers of services.
    "Møte 12.03 kl 09 på rådhuset",
    "Neste politiråd er 2026-03-12 kl 10.00–12.00",
    "Referat fra SLT-nettverket 12.03.2026 ligger i Teams",
    "Ring barnevernvakten på 22 33 44 55 hvis det haster",
    "Ring politiet på 02800",
    "Kontakt SLT-koordinator Kari Nordmann på 481 23 456",
    "Tiltak 18 er utsatt til høsten, se punkt 4a i planen",
    "Vi sitter i rom 214",
    "Organisasjonsnummer 974 760 673 (974760673)",
    "Handlingsplanen gjelder 2023–2026",
    "12345678901",
    FNR_WRONG_CHECK,  # eleven digits, but the check digits are wrong
    # Classes, ages and police matters without a name.
    "9b har prøve i morgen",
    "En elev i 9b har det vanskelig",
    "Eleven i 9b som røyker hasj bør få en bekymringssamtale",
    "Hva gjør vi når en 15-åring blir tatt med hasj?",
    "Det ble gjort beslag av hasj på Moss stasjon i helga",
    "Ungdata-tallene for 2024 viser at flere 15-åringer snuser",
    "Foreldremøte i 9b flyttes til torsdag",
    "Utsett-møtet for foreldre på 8. trinn er 12.03 kl 18.00",
    # Questions to the bot.
    "Hvem sitter i politirådet?",
    "hva gjør jeg ved rusbekymring",
    "Hvem er helsesykepleier på JUS?",
    # Colleagues by name: greeted, thanked, signing off, with their role or service.
    "Hei Kari, takk for møtet!",
    "Takk, Per!",
    "Hei Kari og Per, 9b har tur på fredag",
    "Per, kan du sende rutinen for selvskading?",
    "Har du rutinen for selvskading, Kari?",
    # A colleague named with a role is not a child's case: the role says who she is.
    "Helsesykepleier Kari kommer på fagteamet",
    "Politikontakt Ola holder foredrag om hasj for 10. trinn",
    "Kari (helsesykepleier) har kurs i 9b",
    "Trond fra politiet har sendt oversikt over beslag i 2025",
    "Kari jobber på Våler ungdomsskole",
    "Kari har kurs om selvskading på onsdag",
    "Siri Berg har ADHD-kurs for lærere",
    "Kari og Per tar referatet fra fagteamet",
    "Kari, 9b har prøve i morgen",  # Kari is spoken to, not about
    "Jeg snakket med Tone om gutten som ble pågrepet",  # the arrest is the boy's, unnamed
    "Mvh Kari, SLT-koordinator",
    "Jeg har jobbet i Jevnaker i 14 år",
    "Mandag 14. mars har vi møte i Våler",
    "Ålgård (2) og Oltedal (1) har meldt inn saker",
    # Staff named with their role, rooms, places and schools, and times.
    "ring helsesykepleier Testa Testesen",
    "Ring helsesykepleier Testa Testesen på 12 34 56 78 før fredag",
    "Kontakt politikontakt Ola Testesen, 02800, om beslaget",
    "Møte i Storgata 3 kl 10 om tiltak 12",
    "Vi møtes på Ålgård (rom 2) fredag 12.03",
    "Gjesdal ungdomsskole har fagdag om rus på fredag",
    "Kari fra Oltedal skole kommer på møtet",
    "Møte med Jonas på 15 minutter før lunsj",
    # Languages and nationalities, capitalised by English habit, are no one's name.
    "What does overgrep mean in English? I read the plan with Google Translate",
    "Eleven snakker bare Arabisk og blir slått hjemme, trenger tolk",
    "Helsesykepleier Sofie Berg har kurs om vold i 10c",
    "sofie og per har ansvar for referatet",
    "Skolene på Ålgård og Oltedal blir slått sammen",
    "Tiltak 4b og 12a er flyttet til rom 3c",
    "Møte 14.03.2026 kl 12:30 i rom 214 på Våler ungdomsskole",
    "JUS har foreldremøte for 8. trinn 12. mars",
]


@pytest.mark.parametrize("message", MUST_PASS)
def test_ordinary_room_talk_passes_quietly(message: str) -> None:
    assert GUARD.check(message) is None


def test_place_names_come_from_each_kommunes_file() -> None:
    """A new kommune is a YAML change: without Gjesdal's places, «Oltedal (1)» looks like a
    child with an age; with the knowledge base, the guard knows it is a village."""
    message = "Ålgård (2) og Oltedal (1) har meldt inn saker"
    assert PrivacyGuard().check(message) is not None
    assert GUARD.check(message) is None
    assert "Oltedal" in KB.kommuner["gjesdal"].kommune.places.names


def test_the_story_counts_meet_the_issue() -> None:
    assert len(MUST_WARN) >= 25
    assert len(MUST_PASS) >= 25
    assert len(MUST_WARN) + len(MUST_PASS) >= 40


# --- numbers, checked against stdnum itself --------------------------------------------


def test_the_first_digit_tells_a_d_nummer_from_a_fodselsnummer() -> None:
    assert GUARD.check(FNR) == PrivacyFinding((FNR_,))
    assert GUARD.check(DNR) == PrivacyFinding((DNR_,))


@given(st.from_regex(r"\A[0-9]{11}\Z"))
def test_any_eleven_digits_warn_exactly_when_stdnum_accepts_them(number: str) -> None:
    assert (GUARD.check(f"nr {number}") is not None) == fodselsnummer.is_valid(number)


@given(st.dates(), st.integers(0, 23), st.integers(0, 59))
def test_dates_and_times_never_warn(day: date, hour: int, minute: int) -> None:
    for message in (
        f"Møte {day:%d.%m.%Y} kl {hour:02d}:{minute:02d}",
        f"Frist {day:%Y-%m-%d} {hour:02d}.{minute:02d}",
        f"Ses {day:%d.%m} kl {hour:02d}",
    ):
        assert GUARD.check(message) is None, message


@given(st.from_regex(r"\A[2-9][0-9]{7}\Z"), st.from_regex(r"\A[89][0-9]{8}\Z"))
def test_phone_and_organisation_numbers_never_warn(phone: str, orgnr: str) -> None:
    spaced = " ".join(phone[i : i + 2] for i in range(0, 8, 2))
    message = f"Ring {spaced} eller {phone}, orgnr {orgnr}"
    assert GUARD.check(message) is None


# --- what may be logged ----------------------------------------------------------------


def test_the_finding_carries_no_part_of_the_message() -> None:
    message = f"Tiril Hansen (14) i 9b, fnr {FNR}, er innlagt på BUP"
    finding = GUARD.check(message)
    assert finding is not None
    assert [field.name for field in dataclasses.fields(finding)] == ["detectors"]
    for shown in (str(finding), repr(finding), finding.describe()):
        assert not re.search(r"\d", shown), shown
        for word in ("Tiril", "Hansen", "9b", "fnr", "innlagt", "BUP", FNR[:6], FNR[6:]):
            assert word.lower() not in shown.lower(), (word, shown)
    assert finding.describe() == (
        "personopplysninger: fodselsnummer, name_with_age_or_class, name_with_health_or_police"
    )


def test_a_finding_is_only_ever_detector_names() -> None:
    with pytest.raises(ValueError):
        PrivacyFinding(())
    with pytest.raises(TypeError):
        PrivacyFinding(("Ola (14) i 9b",))  # type: ignore[arg-type]


# --- the warning -----------------------------------------------------------------------


def test_the_warning_is_short_kind_and_points_to_the_right_channel() -> None:
    text = warning_text("SLT-koordinator Kari Nordmann")
    assert "personopplysninger" in text
    assert "taushetsplikt" in text
    assert "slette" in text
    assert "SLT-koordinator Kari Nordmann" in text
    assert "sikre system" in text
    assert "samtykke" in text
    sentences = [s for s in re.split(r"(?<=[.?!;])\s+", text) if s]
    assert 2 <= len(sentences) <= 4
    assert len(text) < 400
    for blame in ("feil", "brudd", "ulovlig", "skulle ikke"):
        assert blame not in text.lower()


def test_the_warning_names_the_coordinator_once_whatever_we_are_given() -> None:
    assert "SLT-koordinatoren (Kari Nordmann)" in warning_text("Kari Nordmann")
    assert "SLT-koordinatoren og" in warning_text("  ")
    assert warning_text("SLT-koordinator Per").count("koordinator") == 1


# --- the same folding as the rest of the bot -----------------------------------------------------


def test_the_guard_folds_words_exactly_like_the_rest_of_the_bot() -> None:
    for word in ("Ålgård", "Bjørn", "Kaare", "Lars-Erik", "Zoë", "Æsir", "d'Artagnan", "Ünal"):
        assert _fold_word(word) == fold(word), word
