"""Danger first, told as staff tell it.

A teacher, a health nurse, a police contact or a youth worker writes the bot in a hurry:
someone is unconscious, a pupil says her stepfather touches her, a boy is afraid to go home.
Whatever else the message says – a role, a place, «hva gjør jeg» – the bot must answer with
the right routine and the acute line first, in every kommune, also in nynorsk, dialect,
without æøå and with typos. Ordinary questions about the same topics («tiltak mot vold»)
must not become an alarm. Every story here is made up; no real person is named.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.messages import Sender
from bot.routing import Request, Scope, SltBot
from bot.safety import DangerCheck, Kind, check

VOLD = "vold-naere-relasjoner"
SELV = "selvskading"
RUS = "rusbekymring"
BODY = None
"""A body in trouble with no substance named: the acute line alone, no routine."""
BILDE = "bildedeling"
HASTE = "hastemote"

A, D = Kind.ACUTE, Kind.DISCLOSURE

# (message, routine, kind)
DANGER = [
    # --- unconscious, overdose, breathing: 113 ------------------------------------------
    ("en elev ligger bevisstløs på toalettet, hva gjør jeg", BODY, A),
    ("Gutten er bevisstlos etter festen og vi får ikke vekket ham", RUS, A),
    ("hun besvimte i gymmen og våkner ikke", BODY, A),
    ("ungdommen på klubben har svimt av og puster rart", BODY, A),
    ("jeg er miljøarbeider, en jente har tatt en overdose", RUS, A),
    ("tror han har tatt for mye, han er helt borte", RUS, A),
    ("hun har tatt masse piller og er kvalm", SELV, A),
    ("eleven puster ikke normalt etter å ha drukket", RUS, A),
    ("han puster nesten ikke og er blå på leppene", BODY, A),
    ("en ungdom klarer ikke å puste etter at han røykte noe", RUS, A),
    ("eleven pustar ikkje skikkeleg, kva gjer eg", BODY, A),
    ("Ligger livløs bak gymsalen, ring?", BODY, A),
    ("han vaakner ikke og har kastet opp", BODY, A),
    ("mistenker alkoholforgiftning hos en 14-åring på ungdomsklubben", RUS, A),
    ("hun er bevistløs", BODY, A),  # a typo
    ("ungdomskontakten sier at en gutt har overdosert på klubben", RUS, A),
    # --- suicidal intent: 113 ---------------------------------------------------------------
    ("en elev sier hun vil ta livet sitt i kveld", SELV, A),
    ("helsesykepleier her: gutten forteller at han vil ta livet av seg", SELV, A),
    ("hun skrev at hun ikke vil leve lenger", SELV, A),
    ("eleven har selvmordstanker og en plan", SELV, A),
    ("eleven har selvmordstaker", SELV, A),  # a typo
    ("ho seier ho vil ikkje leva lenger", SELV, A),
    ("jenta i 8. klasse sa at hun vil dø", SELV, A),
    ("han har skrevet et avskjedsbrev til mora si", SELV, A),
    ("vi fant et brev der hun skriver at hun skal henge seg", SELV, A),
    ("eleven snakker om å hoppe foran toget", SELV, A),
    ("hun tok en overdose med vilje og sier hun vil dø", SELV, A),
    ("kva gjer eg når ein elev seier han vil drepe seg sjølv", SELV, A),
    # --- bleeding: 113 ------------------------------------------------------------------------
    ("en elev blør mye fra armen etter et kutt", SELV, A),
    ("gutten ble knivstukket utenfor skolen", SELV, A),
    ("det er masse blod og det slutter ikke å blø", SELV, A),
    ("hun har kuttet seg dypt og blør kraftig", SELV, A),
    # --- threats to kill or harm: 112 -------------------------------------------------------
    ("en elev truer med å drepe en lærer", HASTE, A),
    ("han sier han skal drepe hele klassen", HASTE, A),
    ("en gutt har med kniv på skolen og truer andre", HASTE, A),
    ("noen truet en elev med kniv i friminuttet", HASTE, A),
    ("ungdommen har skrevet at han skal skyte noen på skolen", HASTE, A),
    ("det er kommet en drapstrussel mot en ansatt", HASTE, A),
    ("han viftet med en pistol ved busstoppet", HASTE, A),
    ("eleven seier han skal drepe han andre guten", HASTE, A),
    # --- violence at home: 112 / barnevernvakt ----------------------------------------------
    ("jeg er helsesykepleier og tror en jente blir slått hjemme, hva gjør jeg", VOLD, D),
    ("hva gjør jeg hvis jeg tror et barn blir slått", VOLD, D),
    ("eleven sier at faren slår henne", VOLD, D),
    ("en gutt i 6. klasse forteller at pappa slo ham i går", VOLD, D),
    ("hun har blåmerker på armene og vil ikke si hvorfor", VOLD, D),
    ("barnet sier mamma lugger og slår", VOLD, D),
    ("eg trur ho vert slegen heime", VOLD, D),
    ("ho fortel at faren slær ho", VOLD, D),
    ("en elev forteller at stefaren er voldelig", VOLD, D),
    ("gutten sier han får juling hjemme", VOLD, D),
    ("Eleven blir slatt hjemme", VOLD, D),  # no æøå
    ("hun blir banket av broren sin", VOLD, D),
    ("jeg er lærer på Våler ungdomsskole, en elev sier foreldrene slår ham", VOLD, D),
    ("barnehagen ser merker på halsen til et barn", VOLD, D),
    ("han sa at moren kastet ting på ham og truet ham", VOLD, D),
    ("jenta er utsatt for vold hjemme", VOLD, D),
    ("hun låses inne på rommet av foreldrene", VOLD, D),
    # a parent threatening to kill at home is violence at home, with the 112 line first
    ("faren truer med å drepe mora, sier eleven", VOLD, A),
    ("hun blir slått av faren og blør fra nesa", VOLD, A),
    # --- sexual abuse and touching ---------------------------------------------------------
    ("eleven forteller at stefaren tar på henne", VOLD, D),
    ("en jente sier onkelen har tatt på tissen hennes", VOLD, D),
    ("jeg mistenker at en elev er utsatt for overgrep", VOLD, D),
    ("hun sier hun ble voldtatt på en fest", VOLD, D),
    ("et barn i barnehagen forteller om ekle ting med en voksen", VOLD, D),
    ("gutten ble befølt av en trener", VOLD, D),
    ("hun har sex med en voksen mann hun møtte på nett", VOLD, D),
    ("ho fortel at onkelen kjem inn på rommet om natta", VOLD, D),
    # --- forced marriage and honour ---------------------------------------------------------
    ("en elev er redd for å bli giftet bort i sommerferien", VOLD, D),
    ("hun sier at familien skal gifte henne bort", VOLD, D),
    ("jeg er bekymret for tvangsekteskap for en elev i 10b", VOLD, D),
    ("gutten skal sendes til hjemlandet og bli der", VOLD, D),
    ("hun sier hun blir kontrollert av familien og er redd for æresrelatert vold", VOLD, D),
    # --- afraid to go home ------------------------------------------------------------------
    ("jenta er redd for å gå hjem i dag", VOLD, D),
    ("eleven tør ikke gå hjem etter skolen", VOLD, D),
    ("han vil ikke hjem og sier han er redd for faren", VOLD, D),
    ("ho tør ikkje gå heim", VOLD, D),
    ("en ungdom har rømt hjemmefra og vil ikke si hvorfor", VOLD, D),
    ("tor ikke dra hjem", VOLD, D),  # no æøå
    # --- coercion and exploitation ----------------------------------------------------------
    ("hun blir tvunget til å passe søsknene og får ikke gå på skolen", VOLD, D),
    ("han blir presset til å stjele for noen eldre", VOLD, D),
    ("vi tror en jente blir seksuelt utnyttet av eldre gutter", VOLD, D),
    ("en 15-åring får penger for sex", VOLD, D),
    ("han brukes som løpegutt for noen voksne", VOLD, D),
    ("hun har en sugardaddy som kjøper ting til henne", VOLD, D),
    # --- drugs sold or forced on a child ---------------------------------------------------
    ("en elev selger hasj til 8. klassinger", RUS, D),
    ("noen voksne gir ungdommene alkohol på klubben", RUS, D),
    ("han fikk piller av en voksen mann i parken", RUS, D),
    ("gutten blir tvunget til å ta stoff av de eldre", RUS, D),
    ("det langes hasj ved skolen – noen langer til elevene", RUS, D),
    # --- pressed with images ----------------------------------------------------------------
    ("en gutt truer med å dele nakenbilder av henne", BILDE, D),
    ("hun blir utpresset med bilder på snap", BILDE, D),
    ("noen presser henne til å sende nakenbilder", BILDE, D),
    # --- self-harm -------------------------------------------------------------------------
    ("en elev kutter seg på armene", SELV, D),
    ("hun har arr på armen og sier hun risper seg", SELV, D),
    ("helsesykepleier lurer på: gutten skader seg selv", SELV, D),
    ("eleven skadar seg sjølv", SELV, D),
    ("jeg tror en elev selvskader, hva gjør jeg", SELV, D),
]

ORDINARY = [
    # everyday words one letter from a danger word are taken as written («kveld» – «kvelt»)
    "noen som blir med på fotball i kveld?",
    "hun blir med på møtet i kveld",
    "jeg lurer på hvem som kaller inn",
    "hvem sitter i politirådet",
    "hva gjør jeg ved rusbekymring",
    "tiltak mot vold i nære relasjoner",
    "hvem har ansvar for voldsforebygging",
    "hvem er slt-koordinator",
    "når er neste møte i fagteamet",
    "hvor ofte møtes SLT-nettverket",
    "hvilke rutiner finnes",
    "hva er BTI",
    "kan jeg dele info med politiet",
    "når skal jeg varsle politiet",
    "skal jeg ringe barnevernet eller politiet",
    "status handlingsplan",
    "mine tiltak",
    "hva står i handlingsplanen mot vold i nære relasjoner",
    "kurs om selvskading på onsdag",
    "rutinen for selvskading, hvor finner jeg den?",
    "har kommunen retningslinjer for selvskading blant elever?",  # guidelines are a topic
    "retningslinjer ved mistanke om overgrep mot barn",
    "forebygging av vold hjemme er tema på fagdagen",
    "Ungdata viser at flere sliter med selvmordstanker",
    "skolene blir slått sammen neste år",
    "kan du slå av varslene?",
    "han vil på do hele tiden i timene",
    "vi ble tvunget til å avlyse møtet",
    "vi får ikke kontakt med foreldrene",
    "foresatte er ikke kontaktbare på telefon",
    "Teams kollapset under møtet",
    "det skal ikke skade å spørre",
    "hun tar på seg jakka og går",
    "jeg tar på meg å skrive referat",
    "vi må utnytte ressursene bedre",
    "kladd til referat fra fagteamet",
    "er du klar på hva vi gjør neste uke?",
    "hvem er politikontakt i Gjesdal",
    "hvem kaller inn til operativ slt-gruppe",
    "Utsett-møte for foreldre på 8. trinn",
    "vi har en elev som skulker mye, hva gjør jeg",
    "en elev har mye fravær",
    "hva gjør jeg hvis en elev ruser seg",
    "en elev røyker hasj, hva gjør jeg",
    "hvordan melder jeg bekymring til barnevernet",
    "det slo meg at vi mangler en rutine for nettvett",
    "hvem leder møtene i koordineringsgruppa",
    "kva er rutinen ved skulk",
    "korleis melder eg til barnevernet",
    "vi trenger flere natteravner i helgene",
    "ansvar for tiltak 12 om vold og overgrep",
    "vi drepte tiden med kortspill på turen",
    "hun slo opp med kjæresten",
    "han vil ikke leve av sosialhjelp",  # not suicidal
    # a short word one letter from a danger word is no alarm on its own
    "helsesykepleier lurer på: hvem sitter i fagteamet",
    "we need a consent form before discussing a kid in the team, right?",
    "mamma er gravid og lurer på helsestasjonen",
    "jeg skal ta eleven med til helsesykepleier",
    "eleven truer med å stikke av fra timen",
    "he collapsed the two meetings into one",
    "the parents are alone in the meeting with the school",
]

FAMILIES = [
    # verb families («stem~»), synonyms and slang: fresh wordings, not the eval's
    ("han sendte en snap til klassen: unnskyld for alt", SELV, A),
    ("hun klorte seg til blods på armen i timen", SELV, D),
    ("hun går med plaster på håndleddene hver dag", SELV, D),
    ("mamma biter ham når hun blir sint, sier han", VOLD, D),
    ("han sier foreldrene straffer ham fysisk", VOLD, D),
    ("hun sier stefaren kler av seg foran henne", VOLD, D),
    ("han ble hentet på skolen, nedkjølt og våt etter natta ute", BODY, A),
    ("mora kasta ein kopp etter gutten, seier han", VOLD, D),
    ("ho er blitt voldatt, seier venninna", VOLD, D),
    ("a boy at the club stopped breathing", BODY, A),
    ("hun har stått på brukanten i en time", SELV, A),
    ("de bruker 12-åringer som kurerer", VOLD, D),
    ("han fikk snap: «du er død når du kommer ut»", HASTE, A),
    # English as staff write it: pronouns, «graders», «parents», «terrified»
    ("she says an older man keeps messaging her and wants to meet her", VOLD, D),
    ("a 14 year old girl is dating a 25 year old", VOLD, D),
    ("he gives vapes and pills to the 8th graders", RUS, D),
    ("the boy is terrified of going home tonight", VOLD, D),
    ("she is scared of her stepdad", VOLD, D),
    ("the parents are high every night and the kids are alone", RUS, D),
    ("he just collapsed in the hallway", BODY, A),
    ("ho seier far tok tak i halsen hennar i går", VOLD, D),
    ("han sier han fortjener ikke å leve lenger", SELV, A),
    ("ho er heilt grå i andletet", BODY, A),
    ("vi fant ham ved brygga, kald og våt og helt stille", BODY, A),
    ("en assistent har spurt ei jente i 7. om hun vil komme hjem til ham", VOLD, D),
    ("en elev har dånet i gangen og vi får ikke liv i henne", BODY, A),
    ("eleven svima av og ligger helt stille", BODY, A),
    ("gutten er ikke ved bevissthet", BODY, A),
    ("ungdommen har sluttet å puste", BODY, A),
    ("jenta har slukt en haug med sovetabletter", SELV, A),
    ("hun sier hun ikke orker mer og vil avslutte livet", SELV, A),
    ("han står på brua og truer med å hoppe", SELV, A),
    ("hun skriver at hun har tatt piller for å dø", SELV, A),
    ("noen har sagt at de skal knivstikke ham i kveld", HASTE, A),
    ("en mann med kniv på skolegården", HASTE, A),
    ("faren hennes denger henne når han er full", VOLD, D),
    ("stefaren dengte ham i helga", VOLD, D),
    ("eleven gruer seg til å dra hjem fordi stefar er sint", VOLD, D),
    ("onkelen har beføla henne", VOLD, D),
    ("en voksen har tatt henne på rumpa", VOLD, D),
    ("hun sier foreldrene har bestemt at hun skal gifte seg med en fetter", VOLD, D),
    # the drug named: the rus routine (its police step covers carrying and sale)
    ("en gjeng bruker yngre gutter til å frakte dop", RUS, D),
    ("moren er på heroin og ungene er alene", RUS, D),
    ("eleven har skåret seg i armen", SELV, D),
    ("my student says her dad hits her", VOLD, D),
    # one typo in a short word, beside words that matched for sure
    ("en elv blir slåt hjemme", VOLD, D),
    ("han pister ikke", BODY, A),
    ("hun har kutet seg", SELV, D),
]


@pytest.mark.parametrize(("message", "routine", "kind"), FAMILIES)
def test_word_families_synonyms_and_short_typos_are_caught(
    vocabulary: DangerCheck, message: str, routine: str | None, kind: Kind
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert (finding.routine, finding.kind) == (routine, kind), (message, finding)


@pytest.mark.parametrize(("message", "routine", "kind"), DANGER)
def test_danger_and_disclosures_go_to_the_right_routine(
    vocabulary: DangerCheck, message: str, routine: str | None, kind: Kind
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert (finding.routine, finding.kind) == (routine, kind), (message, finding)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary_questions_raise_no_alarm(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


def test_the_story_counts_meet_the_brief() -> None:
    assert len(DANGER) >= 80
    assert len(ORDINARY) >= 40
    assert {kind for _, _, kind in DANGER} == {A, D}


def test_invisible_characters_and_mentions_do_not_hide_danger(vocabulary: DangerCheck) -> None:
    for message in (
        "<at>SLT-boten</at> eleven er bevisst\u200bløs",
        "hun vil ta livet\u00ad sitt",
        "EN ELEV PUSTER IKKE",
    ):
        assert check(message, vocabulary) is not None, message


def test_a_long_message_is_read_to_the_end(vocabulary: DangerCheck) -> None:
    filler = "Referat fra fagteamet: vi gikk gjennom årshjulet og tiltakene. " * 600
    finding = check(filler + "Til slutt: en elev sier faren slår henne.", vocabulary)
    assert finding is not None and finding.routine == VOLD


def test_a_finding_holds_no_part_of_the_message(vocabulary: DangerCheck) -> None:
    finding = check("Sofie i 9b sier at stefaren slår henne", vocabulary)
    assert finding is not None
    shown = f"{finding} {finding.describe()}"
    for word in ("Sofie", "9b", "stefaren", "henne"):
        assert word.lower() not in shown.lower()


def test_acute_lines_come_first_and_name_the_numbers(vocabulary: DangerCheck) -> None:
    finding = check("hun blir slått av faren og blør mye", vocabulary)
    assert finding is not None
    assert finding.kind is A and finding.routine == VOLD
    assert finding.calls[0] == "113"  # the bleeding is what must happen this minute
    assert "112" in finding.calls and "barnevernvakt" in finding.calls
    assert "113" in finding.leads[0] and "112" in finding.leads[1]


# --- through the bot, in every kommune ------------------------------------------------------


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
@pytest.mark.parametrize(
    ("message", "routine", "line"),
    [
        ("jeg er helsesykepleier og tror en jente blir slått hjemme, hva gjør jeg", VOLD, "112"),
        ("hvor sitter helsesykepleier? en elev ligger bevisstløs etter festen", RUS, "113"),
        ("politikontakten spør: gutten sier han vil ta livet sitt", SELV, "113"),
        ("hva gjør jeg, eleven tør ikke gå hjem", VOLD, "barnevernvakt"),
    ],
)
def test_the_bot_answers_with_the_routine_and_the_acute_line_first(
    bot: SltBot, kommune: str, message: str, routine: str, line: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert reply.facts["routine"] == routine
    assert reply.intent in ("danger", "disclosure")
    first_lines = reply.text.split("\n\n")[0]
    assert line in first_lines, reply.text[:300]
    assert reply.text.startswith("🚨")
    # the lead stands in for the routine's own acute line: the advice is said once
    own_acute = bot.routines.by_kommune[kommune][routine].routine.acute
    assert own_acute not in reply.text
    card_text = str(reply.cards[0])
    assert own_acute not in card_text
    assert card_text.index("🚨" if "🚨" in card_text else line) <= card_text.index("Steg")


def test_a_channel_message_without_a_mention_still_gets_the_acute_line(bot: SltBot) -> None:
    request = Request(
        text="en elev ligger bevisstløs på do",
        conversation_key="channel-1",
        sender=Sender("u1"),
        scope=Scope.CHANNEL,
        addressed=False,
    )
    [reply] = asyncio.run(bot.on_message(request))
    assert reply.intent == "danger" and reply.facts["routine"] is BODY
    assert reply.text.startswith("🚨") and "113" in reply.text.splitlines()[0]


def test_danger_comes_before_the_privacy_warning(bot: SltBot) -> None:
    request = Request(
        text="Ola (14) i 9b sier at faren slår ham", conversation_key="c", sender=Sender("u")
    )
    replies = asyncio.run(bot.on_message(request))
    assert [r.intent for r in replies] == ["disclosure", "privacy_warning"]


def test_an_ordinary_question_is_answered_as_before(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem sitter i politirådet", "valer"))
    assert reply.intent not in ("danger", "disclosure")


# --- the vocabulary is knowledge, checked at load -------------------------------------------


def _copy_knowledge(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target, ignore=shutil.ignore_patterns("people"))
    return target


def test_a_wrong_number_in_the_danger_file_is_refused_with_file_field_and_line(
    tmp_path: Path,
) -> None:
    directory = _copy_knowledge(tmp_path)
    danger = directory / "language" / "danger.yaml"
    text = danger.read_text(encoding="utf-8")
    danger.write_text(text.replace('call: ["113"]', 'call: ["911"]', 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    problem = next(p for p in error.value.problems if p.path == "categories[0].call[0]")
    assert problem.file == danger
    assert "911" in problem.message and problem.line is not None


def test_an_unknown_routine_or_group_is_refused(tmp_path: Path) -> None:
    directory = _copy_knowledge(tmp_path)
    danger = directory / "language" / "danger.yaml"
    text = danger.read_text(encoding="utf-8")
    text = text.replace("routine: selvskading", "routine: selvskadin", 1)
    text = text.replace('"@forelder @slag"', '"@forelder @slagg"', 1)
    danger.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    report = str(error.value)
    assert "danger.yaml" in report and "@slagg" in report


def test_a_dialect_form_that_maps_to_itself_is_refused(tmp_path: Path) -> None:
    directory = _copy_knowledge(tmp_path)
    dialect = directory / "language" / "dialect.yaml"
    text = dialect.read_text(encoding="utf-8")  # the line goes into ``words``, not the last section
    dialect.write_text(text.replace("\nwords:\n", "\nwords:\n  då: da\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    [problem] = error.value.problems
    assert problem.file == dialect and problem.path == "words"
    assert "maps to itself" in problem.message


def test_a_danger_reply_names_the_numbers_not_the_coordinators_mobile(
    bot: SltBot, kb: KnowledgeBase
) -> None:
    """In an emergency the numbers to call come first; the coordinator is for afterwards."""
    coordinator = kb.kommuner["valer"].kommune.coordinator.contact
    assert coordinator is not None and coordinator.name
    reply = asyncio.run(bot.answer("eleven sier at stefaren slår henne, hva gjør jeg", "valer"))
    assert coordinator.name not in reply.text
    assert coordinator.name not in str(reply.cards)
    assert "barnevern" in reply.text.lower()
    routine = asyncio.run(
        bot.answer("hva gjør jeg ved mistanke om vold i nære relasjoner", "valer")
    )
    assert routine.intent == "routine"  # the ordinary routine answer still names everyone


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("en elev ligger bevisstløs på do", "akutt_medisinsk"),
        ("eleven sier faren har truet med å drepe hele familien", "vold_nare"),
        ("en elev har sagt han skal drepe en lærer", "trusler"),
        ("hun skal giftes bort i sommer", "tvangsekteskap_aere"),
        ("han blir brukt som kurér for noen voksne", "menneskehandel_utnytting"),
        ("en voksen selger hasj til 13-åringer", "rus"),
        ("onkelen har tafset på henne", "seksuelle_overgrep"),
        ("hun kutter seg hver kveld", "selvmord_selvskading"),
        ("pappa slår han nå", "vold_nare"),
    ],
)
def test_each_finding_says_what_kind_of_harm_it_is(bot: SltBot, message: str, topic: str) -> None:
    reply = asyncio.run(bot.answer(message, "gjesdal"))
    assert reply.facts["topic"] == topic, reply.facts
