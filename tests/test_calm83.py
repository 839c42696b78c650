"""Session 39 (calm83): calm talk that names a routine or a danger word stays calm, and a
question the plans do not answer that looks like one they do gets the honest answer.

The probe is made up from the plans and the domain as staff would type them (never an eval
item's text): admin messages naming a routine, figures of speech («skyt meg, jeg glemte …»,
«eg døyr av kjedsomheit»), history and news, fiction and play, sport (``CALM``: no danger
routine, no 112/113 line, no question back), and questions no plan answers – opening hours, a
person not in the plan, budgets, another kommune, dates and years the plan does not give, the
meetings of bodies that are no SLT group (``HONEST``: the honest answer, never a confident
one). At base 56ccf755 90 of its 109 messages passed; 102 after (7 left, marked). Fixed:

- a service's opening or closing asked with «når» («når åpner helsestasjonen for ungdom?») is
  its hours, which no plan gives (understanding.yaml ``service_asked`` ``opens``/``when``);
- a verb of killing said of a machine («kverke den skrivaren») and the bokmål imperative
  «skyt meg, jeg …» are exasperation (danger.yaml ``cancel``);
- who held a seat in a year before the plan's period («hvem var koordinator i 2019?») is
  unrecorded, as «i fjor» is (bot/understanding/facets.py);
- the next meeting of a body no plan holds as a group («elevrådet», «kommunestyremøtet»,
  «foreldremøtet») or an event that is no meeting («julebordet til fagteamet») is not the SLT
  groups' next dates (understanding.yaml ``other_meetings``, not_a_meeting.py).
"""

from __future__ import annotations

import pytest

from tests.eval import DANGER_INTENTS, HONEST, Item, Runner, _acute_first


def _left(reason: str, kommune: str, text: str) -> object:
    return pytest.param(kommune, text, marks=pytest.mark.xfail(strict=True, reason=reason))


CALM = [
    # admin that names a routine
    (
        "valer",
        "innkalling til møte om rutinen for vold i nære relasjoner, torsdag kl 10 på rådhuset",
    ),
    ("jevnaker", "kan du sende meg rusrutinen til fagteamet?"),
    ("gjesdal", "skal vi oppdatere rutinen for selvskading før nyttår? den er fra 2021"),
    ("valer", "hvem har skrevet rutinen om bildedeling? den har skrivefeil på side 2"),
    ("jevnaker", "referatet fra møtet om overgrepsundervisninga på 3. trinn er lagt ut"),
    ("gjesdal", "kan noen printe ut samtykkerutinen til operativ gruppe i morgen"),
    ("valer", "BV og HS vil ha en gjennomgang av voldsrutinen på neste nettverksmøte"),
    ("jevnaker", "PPT lurer på om rutina for rusbekymring er revidert, pls send link"),
    ("gjesdal", "fint foredrag om selvmordsforebygging i går, takk til alle som kom"),
    ("valer", "kurs i VIVAT selvmordsforebygging 12. mars, påmelding til helsesykepleier"),
    # figures of speech
    ("jevnaker", "skyt meg, jeg glemte å booke rommet til koordineringsgruppa"),
    ("gjesdal", "skyt meg jeg har glemt passordet til teams igjen"),
    ("valer", "eg døyr av kjedsomheit på dette kurset"),
    ("gjesdal", "jeg dør litt innvendig av alle skjemaene i dag"),
    ("jevnaker", "dette regnearket dreper meg altså"),
    ("valer", "sjefen kommer til å drepe meg hvis referatet ikke er ute i dag lol"),
    ("gjesdal", "eg skal kverke den skrivaren snart"),
    ("valer", "jeg skal myrde denne kopimaskinen"),
    ("jevnaker", "vi slo to fluer i en smekk og tok begge sakene på samme møte"),
    ("valer", "kaffemaskinen på rådhuset har tatt livet sitt igjen"),
    ("gjesdal", "i'm dying here, hvor er agendaen til arbeidsgruppa?"),
    ("jevnaker", "ungdommene var helt ville på fotballturneringa, de knuste alle"),
    # history, news
    ("valer", "vi hadde om 22. juli i samfunnsfag i dag, elevene var veldig engasjerte"),
    ("gjesdal", "9. trinn skal lese om holocaust og besøke Falstadsenteret"),
    ("jevnaker", "så du saken i avisa om knivstikkinga i Oslo? skummelt"),
    ("valer", "nyhetene i dag handlet bare om krigen i Ukraina"),
    ("gjesdal", "historielæreren viste en dokumentar om terroren på Utøya"),
    # fiction, play
    ("jevnaker", "i leken i friminuttet var han skurken som skjøt alle med vannpistol"),
    ("valer", "ungene lekte politi og tyv og han ble arrestert tre ganger haha"),
    ("gjesdal", "elevene skriver krimnovelle der mordvåpenet er en kniv"),
    ("jevnaker", "revyen har en sketsj der ordføreren blir kidnappet"),
    ("valer", "vi spiller varulv i klassen, og i natt ble landsbyboeren drept"),
    # sport
    ("gjesdal", "Gjesdal IL ble slått ned i støvlene i cupfinalen"),
    ("jevnaker", "bryteklubben har ungdomstrening tirsdag, kan vi nevne den i foreldremøtet?"),
    ("valer", "han tok en kule i magen i paintball og var blå i en uke, lo av det selv"),
]

NO_PERSON = "a person the plan does not name, asked of a group: its members answer (left)"
OTHER_PLACE = "another kommune the plan works with, named beside its own group (left)"
HONEST_ASKED = [
    # opening hours
    ("valer", "når åpner helsestasjonen for ungdom på tirsdager?"),
    ("gjesdal", "kva tid stengjer helsestasjonen for ungdom på fredagar?"),
    ("gjesdal", "hva er åpningstidene til biblioteket i Ålgård?"),
    # people, money, places, dates the plan does not give
    _left(NO_PERSON, "jevnaker", "er Kari Nordby med i koordineringsgruppa?"),
    ("valer", "hvor mye penger har SLT i budsjettet for 2026?"),
    ("gjesdal", "hvem er SLT-koordinator i Sandnes?"),
    ("jevnaker", "hvem er slt koordinator i gran kommune"),
    ("valer", "hva koster det å leie gymsalen på kvelden?"),
    ("gjesdal", "når ble styringsgruppa opprettet?"),
    ("jevnaker", "hvor mange elever går på jevnaker ungdomsskole?"),
    ("valer", "what is the wifi password at the town hall?"),
    ("gjesdal", "hvem vant kommunevalget i fjor?"),
    ("jevnaker", "når er vinterferien i år?"),
    ("valer", "hva heter rektor på Svinndal skole?"),
    ("gjesdal", "kva er telefonnummeret til Ola på ungdomsklubben?"),
    ("jevnaker", "hvor mye får en natteravn betalt i timen?"),
    ("valer", "har politiet fått nytt kontor i Moss?"),
    ("gjesdal", "hvor mange ungdommer ble tatt for hasj i gjesdal i 2024?"),
    ("jevnaker", "kan jeg ta med hunden på jobb på fredag?"),
    ("valer", "hvem har ferie i uke 28?"),
    ("gjesdal", "hva er lønna til en miljøterapeut?"),
    # who held a seat before the plan's period
    ("valer", "hvem var slt-koordinator i Våler i 2019?"),
    ("gjesdal", "hvem var med i styringsgruppa i 2018?"),
    ("jevnaker", "hvem satt i politirådet i 2020?"),
    ("gjesdal", "hvem er koordinator for natteravnene i Sandnes?"),
    ("jevnaker", "hva er budsjettet til Mitt valg i 2026?"),
    ("valer", "hvor mye koster en flexid-billett?"),
    ("gjesdal", "når var siste møte i styringsgruppa?"),
    _left(OTHER_PLACE, "jevnaker", "hvem er leder for fagteamet på Hole?"),
    ("valer", "hvor mange saker behandlet BTI-møtet i fjor?"),
    ("gjesdal", "når er neste møte i SLT-nettverket i Rogaland?"),
    _left(OTHER_PLACE, "jevnaker", "hva sier rutinen til Ringerike om rus?"),
    ("valer", "har Moss kommune en egen rusrutine?"),
    ("gjesdal", "hvor mange natteravner går hver fredag?"),
    ("jevnaker", "hvem er politikontakt i Gran?"),
    ("valer", "hvor lang tid tar det før barnevernet svarer på en bekymringsmelding?"),
    ("gjesdal", "hvem betaler for kaffen på møtene?"),
    ("jevnaker", "når er fristen for å søke om penger fra SLT-potten?"),
    ("valer", "hvor mange ansatte har ungdomsklubben?"),
    ("gjesdal", "når starter skolen etter sommerferien?"),
    ("valer", "hva tjener SLT-koordinatoren?"),
    ("gjesdal", "hva heter den nye lensmannen?"),
    _left(
        "the plan's own sheet answers a new plan asked for (left)",
        "jevnaker",
        "når kommer den nye SLT-planen?",
    ),
    ("valer", "hvor mange ungdommer i Våler røyker?"),
    _left(
        "a national service's card answers where its office is (left)",
        "gjesdal",
        "har NAV ungdomskontakt kontor i Ålgård sentrum?",
    ),
    ("jevnaker", "hvem er rektor på JUS nå?"),
    ("valer", "kan jeg få refundert kjøring til kurs om rus?"),
    # meetings of bodies that are no SLT group, events that are no meeting
    ("valer", "når er neste foreldremøte på Kirkebygden skole?"),
    ("gjesdal", "når er neste møte i elevrådet?"),
    ("jevnaker", "når er neste kommunestyremøte?"),
    ("valer", "når er neste møte i ungdomsrådet?"),
    ("gjesdal", "når er neste FAU-møte?"),
    ("jevnaker", "når er julebordet til fagteamet?"),
    ("valer", "når er neste møte i konfliktrådet?"),
    ("gjesdal", "hvem innkaller til møtet i FAU?"),
    ("jevnaker", "når er neste møte i idrettsrådet?"),
    _left(
        "a fagsamling is a meeting some plans hold (Våler's tiltak 39): left",
        "valer",
        "når er neste fagsamling for helsesykepleiere i Viken?",
    ),
    # chores and routines no plan has
    ("valer", "hva er rutinen for sykefravær blant ansatte?"),
    _left(
        "the list of routines answers a routine no plan has (left)",
        "gjesdal",
        "har vi en rutine for brannøvelse?",
    ),
    ("jevnaker", "hva er rutinen hvis jeg mister nøkkelkortet?"),
    ("valer", "rutine for å bestille møterom på rådhuset?"),
    ("gjesdal", "hvem har ansvar for snøbrøyting ved skolen?"),
    ("jevnaker", "hvem har ansvaret for kaffemaskinen på kontoret?"),
    ("valer", "hvilke tiltak har vi for eldre på sykehjemmet?"),
    ("gjesdal", "har vi tiltak mot ulv i Gjesdal?"),
    ("jevnaker", "hvem kan fikse wifien på ungdomsklubben?"),
    ("valer", "hvem kontakter jeg om lekkasje i gymsalen?"),
    ("gjesdal", "kven er kontaktperson for skuleskyss?"),
    ("jevnaker", "hva er telefonnummeret til tannlegen?"),
    ("valer", "who is the contact person for the football club?"),
    ("gjesdal", "hva er rutinen når en ansatt blir syk på tur?"),
    ("gjesdal", "hvem er kontaktperson i Bryne FK?"),
    ("jevnaker", "kan du gi meg nummeret til Hadeland Energi?"),
    ("valer", "hva er rutinen ved strømbrudd på skolen?"),
]

# The same words where they do mean a case, or the question the plan does answer
ROUTED = [
    ("gjesdal", "han skyt meg om eg seier noko til nokon, seier guten"),
    ("jevnaker", "han vil kverke den jenta, han står utenfor skolen nå"),
    ("valer", "han sier han skal skyte meg etter skolen"),
    ("valer", "eleven sa: skyt meg jeg orker ikke skolen mer, jeg vil ikke leve"),
]
ASKED_BACK_OR_ROUTED = [
    ("jevnaker", "han skrev på snap: skyt meg jeg er så lei av alt"),
    ("gjesdal", "bare skyt meg, ingen bryr seg uansett, skrev hun i chatten"),
]
ANSWERED = [
    ("valer", "hvem er slt-koordinator?", "coordinator"),
    ("valer", "hvem sitter i politirådet i 2026?", "members"),
    ("valer", "når er neste møte?", "next_meeting"),
    ("valer", "når møtes politirådet neste gang?", "next_meeting"),
    ("gjesdal", "når er neste møte i politirådet?", "next_meeting"),
    ("jevnaker", "når er neste møte i fagteamet?", "next_meeting"),
    ("valer", "barnevernet stenger kl 15, hvem ringer jeg etterpå?", "contact_service"),
]


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def _replies(runner: Runner, kommune: str, text: str) -> list:
    return list(runner.replies(Item("calm83", kommune, "dev", text, "unknown")))


def _alarmed(replies: list) -> bool:
    danger = any(str(r.intent) in DANGER_INTENTS for r in replies)
    return danger or bool(replies and _acute_first(replies[0]))


@pytest.mark.parametrize(("kommune", "text"), CALM)
def test_calm_talk_with_a_danger_word_stays_calm(runner: Runner, kommune: str, text: str) -> None:
    assert not _alarmed(_replies(runner, kommune, text))


@pytest.mark.parametrize(("kommune", "text"), HONEST_ASKED)
def test_what_no_plan_answers_gets_the_honest_answer(
    runner: Runner, kommune: str, text: str
) -> None:
    replies = _replies(runner, kommune, text)
    assert not _alarmed(replies)
    assert replies and str(replies[0].intent) in HONEST | {"greeting"}


@pytest.mark.parametrize(("kommune", "text"), ROUTED)
def test_the_same_words_as_a_case_still_alarm(runner: Runner, kommune: str, text: str) -> None:
    replies = _replies(runner, kommune, text)
    assert any(str(r.intent) in DANGER_INTENTS for r in replies)


@pytest.mark.parametrize(("kommune", "text"), ASKED_BACK_OR_ROUTED)
def test_a_young_persons_distress_keeps_the_acute_line(
    runner: Runner, kommune: str, text: str
) -> None:
    replies = _replies(runner, kommune, text)
    assert replies and _acute_first(replies[0])


@pytest.mark.parametrize(("kommune", "text", "intent"), ANSWERED)
def test_what_the_plan_answers_is_still_answered(
    runner: Runner, kommune: str, text: str, intent: str
) -> None:
    replies = _replies(runner, kommune, text)
    assert replies and str(replies[0].intent) == intent


def test_hours_asked_with_when_says_the_plan_gives_none(runner: Runner) -> None:
    text = _replies(runner, "valer", "når åpner helsestasjonen for ungdom?")[0].text
    assert "Planen oppgir ikke åpningstider" in text
