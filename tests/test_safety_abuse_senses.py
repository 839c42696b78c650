"""Sexual abuse, honour control and exploitation told without the case words (session 22,
safety51), each sense with calm look-alikes that share its words. All made up.

* Sextortion in the child's words: pictures of herself, then a demand or «eller så viser jeg»
  – a shop that «krever penger» for a photo is no case.
* A child's own nudes sent («ho sende nakenbilete») – a lesson or the law about it is a topic,
  and «hva er rutinen når en elev har sendt …» a routine question.
* An adult courting a child: hearts in his messages, video calls every night.
* Coming in while she showers, to watch – helping a disabled child shower is care.
* A child taken alone into a closed room, with a sign it is no care (crying, the door locked,
  the mother away, a stranger) – a child taken to the toilet or to bed is none.
* The family deciding whom she may talk to; honour words; a sister sent abroad who never came
  back; sent «home» over a boyfriend – parents choosing a small child's playmates, a pupil
  sent home ill, a happy couple are none.
* Exploitation: passed round to parties, working instead of school or without a passport,
  gone and back with money, an errand for adults he dares not refuse.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck


@pytest.fixture(scope="module")
def check(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


@pytest.mark.parametrize(
    ("text", "routine", "topic"),
    [
        # sextortion without the word
        (
            "Eleven viste meg en melding: «send ei til, ellers viser jeg dem til faren din». "
            "Hun går i 8. klasse.",
            "bildedeling",
            "seksuelle_overgrep",
        ),
        (
            "Gutten har sendt nakenbilder til en profil på nett, nå krever de penger av ham",
            "bildedeling",
            "seksuelle_overgrep",
        ),
        (
            "He sent pictures of himself to a girl online and now she is demanding money",
            "bildedeling",
            "seksuelle_overgrep",
        ),
        # her own nudes sent
        ("ho sende nakenbilete til ein gut i parallellklassen", "bildedeling", None),
        ("jenta i 7b har sendt nudes til en hun ikke kjenner", "bildedeling", None),
        # an adult courting a child
        (
            "Treneren sender meldinger med hjerter til ei på laget, hun er 13",
            "vold-naere-relasjoner",
            "seksuelle_overgrep",
        ),
        (
            "Gutten på 12 facetimer hver kveld med en voksen mann han møtte i et spill",
            "vold-naere-relasjoner",
            "seksuelle_overgrep",
        ),
        # coming in while she showers, to watch
        (
            "Hun sier onkelen kommer inn på badet når hun dusjer og bare ser på henne",
            "vold-naere-relasjoner",
            "seksuelle_overgrep",
        ),
        # a child taken alone into a closed room, with a sign
        (
            "En mann fra oppgangen tok med seg en gutt inn i kjelleren, gutten gråt da han kom ut",
            "vold-naere-relasjoner",
            "seksuelle_overgrep",
        ),
        (
            "Samboeren til mor har tatt med seg jenta på 8 inn på soverommet og låst døren",
            "vold-naere-relasjoner",
            "seksuelle_overgrep",
        ),
        # honour control
        (
            "Hun sier familien bestemmer hvem hun får være venn med og sjekker telefonen",
            "vold-naere-relasjoner",
            "tvangsekteskap_aere",
        ),
        (
            "Lillebroren må rapportere til faren hvem hun snakker med i friminuttene",
            "vold-naere-relasjoner",
            "tvangsekteskap_aere",
        ),
        (
            "eleven sier hun ikke kan bli med på leirskolen fordi hun vil skjemme ut familien",
            "vold-naere-relasjoner",
            "tvangsekteskap_aere",
        ),
        (
            "Kusina hennes ble sendt til hjemlandet og kom ikke tilbake, nå er det hennes tur",
            "vold-naere-relasjoner",
            "tvangsekteskap_aere",
        ),
        (
            "Hun har en norsk kjæreste, og faren sier hun blir sendt hjem hvis han får vite det",
            "vold-naere-relasjoner",
            "tvangsekteskap_aere",
        ),
        # exploitation
        (
            "Jenta på 15 blir sendt rundt på fester av en eldre kjæreste",
            "vold-naere-relasjoner",
            "menneskehandel_utnytting",
        ),
        (
            "En gutt på 15 jobber døgnet rundt på en vaskehall og går ikke på skolen",
            "vold-naere-relasjoner",
            "menneskehandel_utnytting",
        ),
        (
            "Den enslige mindreårige gutten rømmer fra bofellesskapet og kommer tilbake med "
            "penger ingen vet hvor kommer fra",
            "vold-naere-relasjoner",
            "menneskehandel_utnytting",
        ),
        (
            "Han skal møte noen i byen for å levere noe, og han tør ikke si nei",
            "vold-naere-relasjoner",
            "menneskehandel_utnytting",
        ),
    ],
)
def test_a_sense_told_without_the_case_words_is_routed(
    check: DangerCheck, text: str, routine: str, topic: str | None
) -> None:
    found = check.check(text)
    assert found is not None, text
    assert found.routine == routine, (text, found.describe())
    if topic is not None:
        assert found.topic == topic, (text, found.describe())


@pytest.mark.parametrize(
    "text",
    [
        # a lesson or the law; a routine asked about
        "Vi hadde undervisning om nakenbilder og deling i 9. klasse i dag, hvem holder neste økt?",
        "Hva sier loven om å sende nakenbilder når man er under 18?",
        "Kva er rutinen når ein elev har sendt nakenbilete til ein annan elev?",
        # a demand with pictures that are no child's own
        "Fotoklubben krever penger for å delta, kan eleven få støtte? Hun tar fine bilder.",
        "Send flere bilder fra turen, ellers viser jeg bare mine på foreldremøtet",
        "Fotografen vil ha penger for bildene fra skolefotograferingen",
        "Eleven sendte bilder av seg selv fra ferien til klassen",
        # messages, meetings and calls in school life
        "Læreren ba henne om å møte på kontoret etter timen",
        "Læreren sender meldinger til foreldrene hver uke",
        "Vi har videosamtaler hver kveld med elevene på utveksling",
        # care, not a case
        "Mor går inn på badet når hun dusjer for å hjelpe henne, hun har CP",
        "Assistenten tok med seg gutten på do før turen",
        "Mor tok med seg jenta inn på soverommet for å legge henne",
        "Vaktmesteren tok med seg to elever ned i kjelleren for å hente stoler",
        # parents, a boyfriend, a pupil sent home
        "Foreldrene bestemmer hvem 6-åringen får leke med etter SFO",
        "Foreldrene bestemmer hvem barnet får være med på overnatting, er det greit?",
        "Skal vi rapportere til foreldrene hvem som kommer på skoleballet?",
        "Hun har en norsk kjæreste og er kjempeglad for det",
        "Vi fant ut at hun har kjæreste, så søtt",
        "Eleven ble sendt hjem fra skolen fordi hun var syk",
        "Eleven ble sendt hjem med feber, og kjæresten hennes fulgte henne",
        "Kan eleven få slutte med svømming? Hun sier det er flaut.",
        # a job, an errand, a party
        "Invitasjonene ble sendt rundt til foreldrene",
        "Hun må jobbe i butikken i helga og har ikke fri, kan hun få permisjon fra turneringen?",
        "Pappa jobber hele døgnet, så gutten går ikke på SFO",
        "Kan noen voksne bli med for å hente noe på lageret?",
        "Han er redd for å si nei når lagkameratene spør om å låne penger",
        "Katten forsvant i to dager og kom tilbake med en mus",
        "Gutten er på leir og kommer tilbake med nye klær fra kjøpesenteret",
    ],
)
def test_calm_look_alikes_are_no_alarm(check: DangerCheck, text: str) -> None:
    assert check.check(text, hint=True) is None, text
