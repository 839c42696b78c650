"""Danger read from combined signals (signals.yaml): scenes no phrase foresaw.

``SIGNALS_ONLY`` is matched by no phrase and no compose rule in danger.yaml; the scorer
reads it from its signals (a body in trouble and something taken, a harm and someone close,
fear and home …). Over HTTP, as Teams sends it, the reply leads with the acute line; the
look-alikes (sport, files, a topic, an ordinary worry) get no alarm.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR, load_language
from bot.knowledge.signals import SignalsFile
from bot.safety import DangerCheck
from tests.auxil.activities import message
from tests.auxil.activities import shown as seen
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

SCENES = [
    # (message, a number the first line names, the scene's signals that must have fired)
    ("gutten i 8b ligger helt blek på gangen etter at han drakk noe vodka", "113", "kroppsvak"),
    ("han blør masse fra hodet og det stopper ikke", "113", "blod"),
    ("ungdommen skylder noen eldre karer og må frakte pakker for dem", "112", "gjeng"),
    ("en gutt i klassen min har kniv i skapet og sier han skal bruke den", "112", "vapen"),
]

LOOK_ALIKES = [
    "jeg skal drepe fila",
    "slå sammen gruppene i fagteamet",
    "jeg gruer meg til foreldremøtet",
    "gutta i 10a drakk kaffe og lå på sofaen",
    "må alle ansatte jobbe etter bti?",
    "hvor mye penger har SLT-nettverket på budsjettet i år?",
    "Listen to the child; do not ask leading questions",
]


@pytest.mark.parametrize(("text", "number", "signal"), SCENES)
async def test_a_scene_no_phrase_foresaw_gets_the_acute_line_first(
    bot_server: BotServer, connector: FakeConnector, text: str, number: str, signal: str
) -> None:
    response = await bot_server.post(message(text, connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    shown = seen(reply)
    lead = shown.split(number)[0]
    assert number in shown and len(lead) < 200, shown[:300]  # the acute number comes first


@pytest.mark.parametrize("text", LOOK_ALIKES)
async def test_look_alikes_get_no_alarm(
    bot_server: BotServer, connector: FakeConnector, kb: KnowledgeBase, text: str
) -> None:
    response = await bot_server.post(message(text, connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    shown = " ".join(seen(reply).split())
    leads = {" ".join(c.lead.split()) for c in kb.language.danger.categories}
    assert not [lead for lead in leads if lead in shown], shown[:300]
    assert kb.language.signals.soft_lead.split(",")[0] not in shown


SIGNALS_ONLY = "gutten i 8b ligger helt blek på gangen etter at han drakk noe vodka"
"""Matched by no phrase and no compose rule: only the combination reads it."""


def test_the_routing_says_which_signals_fired_and_nothing_of_the_text(
    vocabulary: DangerCheck,
) -> None:
    text, signal = SIGNALS_ONLY, "kroppsvak"
    finding = vocabulary.check(text)
    assert finding is not None and signal in finding.signals
    logged = finding.describe()
    assert signal in logged
    assert not {w for w in text.split() if len(w) > 4} & set(logged.replace("+", " ").split())


def test_a_borderline_combination_leads_softly_with_the_acute_numbers(
    vocabulary: DangerCheck,
) -> None:
    finding = vocabulary.check("han ligger så rart og er helt blek i ansiktet")
    assert finding is not None and finding.soft
    assert "sikker" in finding.leads[0] and "113" in finding.leads[1]
    assert vocabulary.check("han ligger og er helt blek i ansiktet") is None  # one signal


@pytest.mark.parametrize(
    "text",
    [
        "han ble slått ut i finalen",  # sport: the routine may answer, the danger check not
        "selvmordsforebygging i planen",
        "hva er rutinen ved vold i nære relasjoner",  # a question about the routine
        "vi må kjempe for mer penger til ungdomsklubben",
        "elevene har tema om andre verdenskrig og nazismen",
        "vi skal ha tauet klart til i kveld for tautrekkingen",
        "mamma er syk og har kjøpt piller i dag",
        "kan du slette meldingen jeg sendte i kanalen",
        "hemmelig julenisse i klassen, hvem koordinerer?",
        "det var mye bråk i klassen i dag",
        "denne fila dreper meg",
        "pappa banker på døren",
        "vi skal ha førstehjelpskurs om bevisstløse personer",
        "vi har en overdose av møter denne uka",
        "hvordan gikk det med den store overdose-kampanjen?",
        "skal ha selvmord i litteraturen i norsk",
        "ungene mine dreper hverandre i fortnite hele natta",
        "jeg vet ikke hvor hun er ansatt",
        "han ble kastet ut av timen og gikk hjem",
        "vi ble låst ute av kontoret i dag og måtte hjem",
        "hun nesten besvimte da hun fikk vite at hun kom inn på linja",
        "det var politisk selvmord å foreslå det i kommunestyret",
        *LOOK_ALIKES,
    ],
)
def test_look_alikes_are_no_finding(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "elev deler nazisymboler i klassechatten og skriver at «rasekrigen kommer»",
            "radikalisering",
        ),
        (
            "en 15-åring har kontakt med noen på telegram som vil at han skal reise ut og «kjempe»",
            "radikalisering",
        ),
        ("han sier det er bråk hjemme hver helg når pappa «blir sånn»", "vold-hjemme"),
        ("fant en lapp: «i dag gjør jeg det, har skaffa pillene»", "selvmord"),
        ("han ber henne slette meldingene og sier det er deres hemmelighet", "grooming"),
        ("en jente på 15 må jobbe i en leilighet for noen menn og får ikke dra", "utnytting"),
        ("vi finner ikke en elev på 12 år, hun har vært borte siden i går", "savnet-uklart"),
        ("han sover i trappeoppgangen fordi han ikke slipper inn hjemme", "omsorgssvikt"),
        ("jeg tror en elev blir solgt til menn i helgene", "utnytting"),
        ("babyen ble ristet av faren", "vold-hjemme"),
    ],
)
def test_scenes_read_from_signals_and_new_phrases(
    vocabulary: DangerCheck, text: str, category: str
) -> None:
    found = vocabulary.check(text)
    assert found is not None and category in found.categories and not found.soft, found


HINT = "gutten i 7b er livredd og vil ikke si hvorfor"
"""One strong signal (fear) with a child and a «not»: no case on its own, but better than «vet
ikke» – asked only when the bot would otherwise give the plain fallback."""


async def test_instead_of_the_fallback_a_weak_combination_gets_the_numbers_softly(
    bot_server: BotServer, connector: FakeConnector, vocabulary: DangerCheck
) -> None:
    assert vocabulary.check(HINT) is None  # not a finding before anything else is tried
    response = await bot_server.post(message(HINT, connector.url))
    assert response.status == 201
    [reply] = await connector.wait_for(1)
    shown = seen(reply)
    assert shown.lstrip("🚨 ").startswith("Jeg er ikke helt sikker"), shown[:300]
    assert "112" in shown.split("Steg")[0]


def test_sport_quietens_a_fight_but_not_a_collapse(vocabulary: DangerCheck) -> None:
    collapse = "guy at the football pitch collapsed, breathing weird and won't wake up"
    finding = vocabulary.check(collapse)
    assert finding is not None and "113" in finding.calls
    assert vocabulary.check("gutta sloss om ballen i friminuttet") is None


def test_one_strong_signal_alone_is_a_topic(vocabulary: DangerCheck) -> None:
    for text in ("eleven svarer ikke på meldinger", "bestemor døde i helga, eleven er lei seg"):
        assert vocabulary.check(text) is None, text


def test_a_scene_naming_an_unknown_concept_is_refused(kb: KnowledgeBase) -> None:
    data = kb.language.signals.model_dump()
    data["scenes"][0]["weights"] = {**data["scenes"][0]["weights"], "finnes-ikke": 2}
    with pytest.raises(ValueError, match="unknown concept 'finnes-ikke'"):
        SignalsFile.model_validate(data)


def test_without_signals_the_scene_is_not_read(kb: KnowledgeBase) -> None:
    language = dataclasses.replace(kb.language)
    plain = DangerCheck(language.danger, language.dialect)
    assert plain.check(SIGNALS_ONLY) is None


def refused_signals(tmp_path: Path, old: str, new: str) -> Problem:
    """The one problem a copy of the bundled language files, with ``old`` in signals.yaml
    written as ``new`` (once), is refused with."""
    shutil.copytree(BUNDLED_LANGUAGE_DIR, tmp_path / "language")
    path = tmp_path / "language" / "signals.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_language(tmp_path / "language")
    [problem] = raised.value.problems
    return problem


def test_a_scene_sending_to_an_unknown_category_names_file_field_and_line(
    tmp_path: Path,
) -> None:
    problem = refused_signals(tmp_path, "category: overdose", "category: finnes-ikke")
    assert problem.path == "scenes[0].category" and "finnes-ikke" in problem.message
    assert problem.line is not None


def test_a_comment_inside_a_folded_word_list_is_refused_not_read_as_words(
    tmp_path: Path,
) -> None:
    """YAML keeps «# …» inside a «>-» block as text: it would silently become vocabulary."""
    problem = refused_signals(tmp_path, "  ung: >-\n", "  ung: >-\n    # a note that is no word\n")
    assert problem.path == "concepts.ung" and problem.line is not None


@pytest.fixture(scope="module")
def signals_only(kb: KnowledgeBase) -> DangerCheck:
    """The danger check without a single phrase or compose rule: only the signals read."""
    danger = kb.language.danger
    nothing = "xqzq-ingen-frase"  # a phrase no message holds: the schema wants one per category
    categories = tuple(
        c.model_copy(update={"phrases": (nothing,), "needs": ()}) for c in danger.categories
    )
    blank = danger.model_copy(update={"categories": categories, "compose": ()})
    return DangerCheck(blank, kb.language.dialect, (), kb.language.signals)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ho seier brørne blir sinte og at det er skam for familien om ho har kjæreste", "aere"),
        ("nakenbildene av jenta i 8c er spredt i en gruppe på snap", "bilder-delt"),
        ("gutten blir utpresset av noen han har sendt bilder til", "bilder-presset"),
        ("mora til eleven er ruset når hun henter ham i barnehagen", "rus-hjemme"),
        ("en voksen mann på snap har sendt henne gaver og sier hun skylder ham", "grooming"),
        ("ungen sier det er ingen voksne hjemme på flere dager", "omsorgssvikt"),
        ("jenta har segnet om i gangen og reagerer ikke", "akutt-syk"),
        ("ungdom står på jernbanesporet og sier at toget kommer snart", "selvmord"),
        ("han slår hodet i veggen når han blir sint på seg selv", "selvskading"),
        ("hun sa at hun ikke orker mer og bare vil forsvinne", "selvmord"),
        # A picture of pills in numbers with a last word: «unnskyld», «beklager», «farvel».
        ("fikk bilde fra jenta av en hel eske sovetabletter og ordet unnskyld", "medisin-overdose"),
        ("eleven la ut et bilde av masse piller med teksten farvel", "medisin-overdose"),
        # Wages and identity papers held by an older man: two signs of trafficking together.
        ("ein mann tek lønna hennar og held på passet hennar, ho er 15", "utnytting"),
        ("en mann har tatt ID-kortet hans og lønna hans, han er enslig mindreårig", "utnytting"),
    ],
)
def test_concepts_read_a_scene_without_any_phrase(
    signals_only: DangerCheck, text: str, category: str
) -> None:
    """A phrasing nobody listed still routes: the concepts (shame, shared around, extortion,
    drunk, a man met online, left alone, no contact, the tracks …) carry it alone."""
    found = signals_only.check(text)
    assert found is not None and category in found.categories, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "dette er siste gang jeg spør om referatet",
        "mamma sier han er rusa på sukker etter bursdagen",
        "det var ekstremt trist at bestemor døde",
        "storebror skal slå rekorden i stafett",
        "referatet ligger ute, har du fått det",
        "rapporten ligger i teams, jeg har tatt en kopi",
        "hun er blek og sliten, har fått influensa",
        "foreldrene straffer ham med å ta mobilen",
        "ungdomsklubben stenger klokka 22",
        "elevene skal ha sparkesykkel-dag på fredag",
        "ungene er alene på skolen hver dag fra klokka 7",
        "det skal ikke skade å spørre",
        "vi får ikke kontakt med barnevernet i dag",
        "når har ungdomsklubben åpent i jula?",
        # An apology opening a message is no last word; papers and pay without someone
        # holding them are paperwork.
        "beklager sent svar, har vi en eske med piller på førstehjelpsrommet?",
        "unnskyld at jeg maser, men hvor ligger alle pillene til leirskolen?",
        "ID-kortet hans er utløpt, får han lønn likevel?",
    ],
)
def test_look_alikes_of_the_new_concepts_are_no_finding(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text


def test_a_message_that_laughs_is_no_scene_read_from_signals(signals_only: DangerCheck) -> None:
    """A joke marker stops the signals (a phrase still matches: a threat may be quoted
    laughing); without it the same words are read."""
    scene = "mora til eleven er ruset når hun henter ham i barnehagen"
    assert signals_only.check(scene) is not None
    assert signals_only.check(f"{scene} haha") is None


def test_an_offer_made_to_a_child_is_a_case_not_a_topic(vocabulary: DangerCheck) -> None:
    """«tilbud» reads as a service asked about («har vi tilbud til …»), but an offer made to
    a child is the case itself: no topic word may silence it."""
    found = vocabulary.check("ei jente på 13 har fått tilbod om pengar for bilete av seg sjølv")
    assert found is not None and found.kind == "disclosure", found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # An adult's age is a grown person: an age gap with a pick-up, a night away or gifts.
        ("en fyr på 24 henter henne etter skolen, hun er 14", "grooming"),
        ("ei jente på 15 får gaver av menn hun treffer i helgene", "grooming"),
        # «på ca 14» is an age; a child signalling for help from a car is a case alone.
        ("en gutt på ca 14 sitter i baksetet på en bil og gjør tegn om hjelp", "grooming"),
        # «Ta» a person bare is a threat's euphemism.
        ("de skal ta ham etter skolen i dag", "trussel"),
        # Signs of suicide without the word.
        ("han sier det ikke er noen vits lenger og har gitt bort tingene sine", "selvmord"),
        # A sentence opening with a pronoun goes on with the scene before it.
        (
            "En gutt på 8 hadde merker på kinnet. Han sa pappa blir sint når han søler.",
            "vold-hjemme",
        ),
        # Inversion puts the subject between a pair's words: «legger han ut».
        ("en ukjent vil ha 5000 kr av eleven, ellers legger han ut bildene", "bilder-presset"),
    ],
)
def test_generic_classes_read_a_scene_without_any_phrase(
    signals_only: DangerCheck, text: str, category: str
) -> None:
    """Each case holds a mechanism, not a phrase: an adult's age, an approximate age, a bare
    «ta» with a person, farewell acts, a pronoun carrying the scene on, inversion."""
    found = signals_only.check(text)
    assert found is not None and category in found.categories, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "vi skal ta ham med på tur i morgen",
        "jeg skal ta henne på alvor",
        "vi hentet elevene i bil etter turen",
        "vi trenger en voksen som kan kjøre elevene til hallen",
        "mannen fra NAV kommer og henter nøklene i morgen",
        "det er ingen vits å ha møte i dag, bedre om vi tar det neste uke",
        "han har gitt bort bøkene sine til biblioteket",
        "bestefar ga barna penger til bursdagen",
        "Our book club is reading a thriller about a kidnapping – any recommendations?",
    ],
)
def test_look_alikes_of_the_generic_classes_are_no_finding(
    vocabulary: DangerCheck, text: str
) -> None:
    """A particle makes «ta ham» another verb; a pick-up with no child and no grown man, a
    meeting with «no point», a gift from family and a thriller are no case."""
    assert vocabulary.check(text) is None, text


def test_nynorsk_strong_participles_are_the_harm(vocabulary: DangerCheck) -> None:
    found = vocabulary.check("ho fortel at pappaen hennar har slege ho i andletet fleire gonger")
    assert found is not None and "vold-hjemme" in found.categories, found
