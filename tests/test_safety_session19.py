"""Session 19 safety fixes, made-up messages (never the eval's own sentences): the senses
fresh17's dev half missed, and look-alikes that must stay calm beside each; then the blind
spots helpers found (breath after running, a question where a knife is kept, rest time)."""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck

ROUTED = [
    # a grown man found with a child where children undress, who runs off when seen, the
    # child left crying (the next sentence opens with «han»: one scene)
    (
        "vaktmester her: en voksen mann var på toalettet med ei jente. Han stakk av da han så"
        " meg, og jenta gråt",
        "vold-naere-relasjoner",
    ),
    (
        "a grown man ran off from the shower room when I came in and the girl was crying",
        "vold-naere-relasjoner",
    ),
    # a way to die looked for
    ("jenta har googlet raskeste måte å dø på", "selvskading"),
    ("han har søkt på metoder for å ta livet sitt på nettbrettet", "selvskading"),
    ("he searched for ways to die on the school laptop", "selvskading"),
    # a child unseen for weeks, nobody at home reachable or let in
    (
        "jenta har ikke vært på skolen på to uker og vi får ikke tak i foreldrene",
        "vold-naere-relasjoner",
    ),
    (
        "guten har ikkje vore på skulen på fleire veker, og ingen opnar når vi ringer på",
        "vold-naere-relasjoner",
    ),
    (
        "the boy has not been to school for weeks and nobody answers at home",
        "vold-naere-relasjoner",
    ),
    # what a lesson showed, said by the child to be done by someone close
    ("etter timen om grenser sa jenta at «onkelen gjør sånn med meg»", "vold-naere-relasjoner"),
    ("gutten så på tegningen og sa «slik gjør stefaren med meg»", "vold-naere-relasjoner"),
    # a child telling after a lesson «om» something: the telling is a case, not the lesson's topic
    ("jenta sa etter timen om vold i nære relasjoner at pappa slår henne", "vold-naere-relasjoner"),
    ("En elev fortalte etter foredraget om rus at faren drikker hver kveld", "rusbekymring"),
]

CALM = [
    # a child running off crying, a grown man leaving: not the scene
    "en voksen mann stakk av fra parkeringsplassen da vekteren kom",
    "tyven la på sprang da han så politiet, og jenta gråt fordi sykkelen var borte",
    # a way to do something else, a plan's methods
    "hva sier planen om metoder for å forebygge selvmord?",
    "finnes det en god måte å lære elevene å si nei på?",
    # an absence alone, a silence alone
    "Eleven har ikke vært på skolen på tre uker. Hva er rutinen for fravær?",
    "foreldrene svarer ikke på innkallingen til foreldremøtet",
    # «sånn» without «med meg», a lesson told by a grown-up
    "sånn gjør pappa også når han lager pannekaker",
    "Læreren sa etter kurset om selvskading at elever som strever trenger noen å snakke med",
    "eleven sa etter undervisningen om vold at det var et bra opplegg",
    # breath lost to running or training
    "han puster tungt etter løpeturen",
    "hun puster tungt etter at hun har løpt opp trappene",
    # a question where a thing is kept
    "hvor ligger kniven i gangen",
    "hvor står øksa som vi bruker på leirskolen?",
]


@pytest.mark.parametrize(("text", "routine"), ROUTED)
def test_the_senses_fresh17_missed_route(text: str, routine: str, bot: SltBot) -> None:
    reply = bot.danger_reply(text, "jevnaker")
    assert reply is not None, text
    assert reply.facts["routine"] == routine
    assert reply.text.startswith("🚨")


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # the same senses with the case still told: the look-alike's words do not hide it
        "han puster tungt etter slaget mot brystet",
        "han puster tungt etter løpeturen og leppene er blå",
        "hvor ligger kniven? han sier han skal stikke henne",
        "barna ligger stille på hvilen, men en gutt puster ikke",
        "det ligger en kniv i gangen",
    ],
)
def test_the_case_beside_a_look_alike_still_alarms(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


def test_rest_time_is_no_body_in_trouble(vocabulary: DangerCheck) -> None:
    """Children lying still at rest time are resting: the scene read from signals stays quiet
    (the safety net may still ask back; the rules do not route)."""
    assert vocabulary.check("barna ligger stille på hvilen") is None
    assert vocabulary.check("ungene ligg stille under kvilestunda") is None
    assert vocabulary.check("gutten ligger stille og svarer ikke") is not None


@pytest.mark.parametrize(
    "text",
    [
        # a faint or a death in slang, the game named as its place
        "han daua i første kampen i tekken",
        "broren min daua tre ganger i fortnite i går",
    ],
)
def test_a_slang_death_in_a_game_is_play(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        # the same word with no game as its place, or a body in trouble at a game's event
        "så daua han bare i gangen",
        "han daua i gymmen",
        "han besvimte i fortnite-turneringen",
        "han daua på LAN-et i helga og ligger nå på gulvet",
        # a game named before, not as its place: the faint is real
        "han spilte fortnite hele natta og daua i timen i dag",
    ],
)
def test_a_faint_beside_a_game_stays_real(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        # the corpora's dev halves, as senses: a lethal dose looked up, a wish not to wake up
        ("hun har googlet dødelig dose av paracet på mobilen", "selvskading"),
        ("he told me he hopes he will never wake up", "selvskading"),
        # dead drunk
        ("guten er heilt dau full bak klubben", "rusbekymring"),
        # a weapon where children are, the schoolyard too
        ("someone saw a knife in the schoolyard", "hastemote"),
        # a small child alone by water, a road or a railway
        ("ein liten gut går aleine langs riksvegen", "hastemote"),
        ("a small child is alone by the river right now", "hastemote"),
        # nobody grown-up at home for days
        ("det er ingen voksne hjemme på flere dager, sier gutten", "vold-naere-relasjoner"),
        # lured into a room by a grown-up
        ("en av de voksne på leiren lokket ham inn på rommet sitt", "vold-naere-relasjoner"),
    ],
)
def test_the_senses_the_corpora_missed_route(text: str, routine: str, bot: SltBot) -> None:
    reply = bot.danger_reply(text, "valer")
    assert reply is not None, text
    assert reply.facts["routine"] == routine
    assert reply.text.startswith("🚨")


@pytest.mark.parametrize(
    "text",
    [
        "hva er dødelig dose paracet for voksne?",
        "he would not wake up this morning so he was late",
        "små barn skal aldri være alene ved vannet, hva står i planen om det?",
        "vi har en rutine for når små barn går alene langs veien",
        "det er ingen voksne hjemme i dag, de er på jobb",
        "katten lokket vi inn på badet med mat",
    ],
)
def test_the_corpora_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # a scene played before «der» is a film's scene; a scene seen is a case
        ("teatergruppa øver på en scene der en gutt tar en overdose", True),
        ("revyen har en sketsj der noen blir slått ned", True),
        ("det ble en stygg scene der han slo henne", False),
        ("i går var det en scene der en elev tok en overdose på festen", False),
    ],
)
def test_a_scene_played_is_no_case(text: str, calm: bool, vocabulary: DangerCheck) -> None:
    assert (vocabulary.check(text) is None) == calm, text


@pytest.mark.parametrize(
    "text",
    [
        "barna ligger stille på hvilen",
        "han puster tungt etter løpeturen",
        "hvor ligger kniven i gangen",
    ],
)
def test_the_whole_bot_stays_calm_on_rest_a_run_and_a_thing_kept(text: str, bot: SltBot) -> None:
    """Neither the rules nor the safety net's question back (the calm file's rest time, run
    and «hvor ligger» examples)."""
    reply = asyncio.run(bot.answer(text, "valer"))
    assert not reply.text.startswith("🚨"), text


def test_a_dizzy_child_after_gym_is_still_asked_back(bot: SltBot) -> None:
    reply = asyncio.run(
        bot.answer("jenta puster tungt etter gymtimen og sier hun er svimmel", "valer")
    )
    assert reply.text.startswith("🚨")


@pytest.mark.parametrize(
    "text",
    [
        # fever and a stiff neck; caught in a machine
        "jenta har høy feber og stiv nakke og er helt slapp",
        "en elev på verkstedet ble klemt i maskinen",
        # a small child left alone in a car
        "babyen er igjen aleine i bilen på parkeringsplassen, det er varmt",
        # a child we cannot find where we are
        "en elev i 1. klasse gikk fra SFO og vi finner henne ikke",
        # illness and teeth left untreated
        "gutten har vært syk lenge uten lege og foreldrene svarer ikke på meldinger",
        "the boy has rotten teeth and is always hungry",
        # kept from an activity for the family's shame, sport or not
        "hun får ikke gå på håndball fordi faren sier det er skam",
    ],
)
def test_more_senses_the_corpora_missed(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "han har stiv nakke etter treninga",
        "papiret er klemt fast i skuffen på printeren",
        "vi glemte babysetet igjen i bilen",
        "babyer skal aldri være igjen alene i bilen, står det i rutinen",
        "jeg finner ikke eleven i Visma",
        "vi finner han ikke på lista over påmeldte",
        "det var skam å tape kampen mot onkelen sitt lag",
        "vi fikk ikke gå på kampen, skam at den ble avlyst",
    ],
)
def test_more_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


def test_a_paper_writing_about_a_stabbing_is_news(vocabulary: DangerCheck) -> None:
    """«<name> Blad skriver om …» names a subject as «avisa skriver om» does; a razor's
    «bladet» is no paper."""
    assert vocabulary.check("Hadelands Blad skriver om knivstikking ved stasjonen i natt") is None
    assert vocabulary.check("hun skar seg med bladet om kvelden") is not None


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # hallucinating after something eaten
        ("hun har spiste gummies fra en eldre gutt og hallusinerer nå", False),
        ("hva betyr det at noen hallusinerer?", True),
        # a wish to fall asleep and not wake, a burden felt, a crash planned
        ("hun skrev at hun bare vil sovne og ikke våkne", False),
        ("gutten sier han føler seg som en byrde for familien", False),
        ("han sa han skal kjøre i fjellveggen i kveld", False),
        ("vi spiste mye godteri på festen", True),
    ],
)
def test_signs_the_corpora_told_plainly(text: str, calm: bool, vocabulary: DangerCheck) -> None:
    assert (vocabulary.check(text) is None) == calm, text


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # a paper cut is an accident; an overdose of sweets an idiom
        ("jenta skar seg på arket i formingstimen", True),
        ("vi har overdose på pepperkaker på personalrommet", True),
        ("hun kutter seg på armen med papir", False),
        ("I think she overdosed on pills and candy", False),
    ],
)
def test_a_paper_cut_and_too_many_sweets(text: str, calm: bool, vocabulary: DangerCheck) -> None:
    assert (vocabulary.check(text) is None) == calm, text


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # beaten till one cannot walk, whoever is named
        ("gjengen skrev at de skal banke Ola Nordmann til han ikke kan gå", False),
        ("treneren sa vi skal trene til vi ikke kan gå", True),
        # pills laid out ready, now
        ("hun skrev i chatten: har pillene foran meg nå", False),
    ],
)
def test_a_beating_threatened_and_pills_laid_out(
    text: str, calm: bool, vocabulary: DangerCheck
) -> None:
    assert (vocabulary.check(text) is None) == calm, text


@pytest.mark.parametrize(
    "text",
    [
        # out of breath after exercise with a sign no run explains: still a body in trouble
        "gutten puster tungt etter treningen og klarer ikke å snakke",
        "hun puster tungt etter kampen og har vondt i brystet",
        "jenta puster tungt etter gymtimen, hun har astma og inhalatoren hjelper ikke",
        "he overdosed on christmas eve at a party",
    ],
)
def test_a_run_or_a_holiday_does_not_hide_the_sign_beside_it(
    text: str, vocabulary: DangerCheck
) -> None:
    assert vocabulary.check(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # a weapon's place asked beside a threat: the threat is read with the weapon
        "hvor er kniven? han sier han skal stikke læreren",
        "hvor ligger kniven? han sier han skal stikke læreren",
    ],
)
def test_a_where_question_does_not_hide_a_threat(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # a scene seen over the weekend, a razor's blade at night: still cases
        "Over helga var det en scene der faren slo ham",
        "hun hadde bladet om natta og kuttet seg",
        # rest time with a body in trouble
        "under hvilen ble en gutt helt slapp og reagerer ikke",
        "under sovetida ligg ein gut heilt stille og er blå rundt munnen",
    ],
)
def test_a_frame_does_not_hide_the_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


def test_only_a_heavy_breath_is_the_runs(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("han puster tungt etter løpeturen") is None
    assert vocabulary.check("han puster rart etter kampen") is not None
    assert vocabulary.check("hun puster overfladisk etter løpeturen") is not None
