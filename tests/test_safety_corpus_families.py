"""Session 17 (safety33): the general causes behind the danger rules' false alarms and wrong
routines on corpus16's odd half (tests/eval/corpus.py), each family held by new made-up
messages (none a corpus line): a blow, a shot or a throw-out in a match or a game, a budget
burst, a machine «killed», a routine asked in general, teaching children about a harm; a
threat to cut a throat or take the writer's life, which is no self-harm; a partner's threat to
share her pictures (sextortion, not a blow at home, and «slår opp» is breaking up); and the
families the rules missed: a hose to the exhaust, wounds kept open, drugged and taken away,
democracy to be crushed, unbelievers named, a people hated, nazi music shared, through the
ice, a fight with bottles, the same clothes for weeks, a parent's methadone taken, a child kept
from school while the marks show, «live» for «livet», a school to be burnt down, a broken
neck, a man's lap for a reward; a knife in a cooking class, choked by paperwork."""

from __future__ import annotations

import pytest

from bot.routing import SltBot

CALM = [
    # beaten, hit or thrown out in a match or a game
    "jentelaget ble banket i semifinalen, men humøret er på topp",
    "guttene ble slått i cupfinalen på lørdag",
    "datteren min ble banket 3-1 i sjakk av en åtteåring",
    "hun har et skikkelig godt slag i badminton",
    "spissen ble kastet ut av kampen etter to gule kort",
    "han ble kasta ut av laget fordi han ikke møtte på trening",
    "sønnen min skjøt meg ned i fortnite i går kveld",
    "vi spiller valorant på fredager, og han dreper meg hver eneste runde",
    "jeg spiller skytespill med nevøen min, han slår meg hele tiden",
    # a budget or a machine
    "det nye gulvet vil sprenge budsjettet for klubben",
    "turen sprengte rammene vi hadde satt",
    "jeg dreper kopimaskinen snart, den tar aldri imot kortet mitt",
    "kommer til å drepe den projektoren, den slår seg av midt i møtet",
    # a routine or a course asked in general
    "hva er rutinen hvis vi mistenker at en ungdom blir lurt til å selge narkotika?",
    "finnes det en prosedyre for når barn ikke blir hentet etter stengetid?",
    "fagdag: hvordan snakke med barn om vold og seksuelle overgrep",
    "hun holder en undervisningsøkt om tvangsekteskap for tiendeklassene",
    # breaking up, teaching history
    "datteren min slo opp med kjæresten sin i helga og er lei seg",
    "i samfunnsfag snakket vi om nazimusikk og propaganda",
    "isen på dammen er for tynn i år, vent med skøytene",
    "klassen hadde samme klærne på seg hele uka på leirskolen",
    # cooking and work
    "i mat og helse i dag skal sjuendeklassen bruke kniv og skjære løk",
    "vi kverner kjøttdeig til tacoen på fredag",
    "miljøarbeiderne blir kvalt i papirarbeid for tida",
    "speiderne skal brenne ned bålet før de går hjem",
    "jeg holdt på å brekke nakken på isen i dag",
    # a bruise where play leaves it; selling for the class trip (session 17, the lead)
    "han fikk et blåmerke på kneet etter fotballtreningen",
    "hun har blåmerker på leggene etter skituren",
    "elevene selger vafler på basaren og tar betalt med vipps",
    "7b selger lodd til klasseturen, ta gjerne noen",
]

DANGER = [
    # the same words where a case is told
    ("han ble banket opp etter kampen i går og ligger hjemme med vondt i hodet", None),
    ("hun ble kastet ut hjemmefra i natt og har ingen steder å sove", "vold-naere-relasjoner"),
    ("han spiller fortnite til langt på natt og faren slår ham når han ikke slutter", None),
    ("en elev sa at han skal sprenge skolen i morgen", "hastemote"),
    ("gutten sier han kommer til å drepe læreren", "hastemote"),
    ("hva sier rutinen når en elev forteller at stefaren slår henne", None),
    # a threat to the writer is no self-harm
    ("en forelder sa han skal kutte strupen på meg hvis jeg melder til barnevernet", "hastemote"),
    ("eleven truet med å skjære halsen over på vikaren", "hastemote"),
    ("mora til en elev ringte og sa hun skal ta livet av meg hvis jeg sier noe", "hastemote"),
    # the child's own harm stays self-harm
    ("hun sier hun vil ta livet av seg etter skolen", "selvskading"),
    ("han har kuttet seg på armen igjen", "selvskading"),
    ("eleven sa til meg: jeg vil ta livet av meg", "selvskading"),
    # a partner's threat to share pictures is the picture routine's; a blow keeps it at home
    ("kjæresten hennes truer med å sende bildene til alle hvis hun slår opp", "bildedeling"),
    ("typen hennes truer med å dele bilder av henne på snap", "bildedeling"),
    ("kjæresten slår henne og truer med å dele bilder av henne", "vold-naere-relasjoner"),
    # families the rules missed
    ("en 18-åring har koblet en slange til eksosen og sitter i garasjen", "selvskading"),
    ("helsesykepleier: jenta river opp sårene på låret sitt hver kveld", "selvskading"),
    ("jenta ble dopet ned på festen og tatt med av to eldre gutter", "vold-naere-relasjoner"),
    ("eleven skriver i chatten at demokratiet må knuses", "hastemote"),
    ("han kaller medelevene sine vantro og vil ikke sitte ved siden av dem", "hastemote"),
    ("gutten sier høyt i klassen at han hater jøder", "hastemote"),
    ("en elev deler nazimusikk i klassechatten", "hastemote"),
    ("en sjuåring har falt gjennom isen ved fotballbanen", None),
    ("to gjenger slår hverandre med flasker ved busstasjonen", "hastemote"),
    ("jenta i 3. har hatt de samme klærne i flere uker og er alltid sulten", None),
    ("lillesøster har tatt mammas metadon og vil bare sove", None),
    ("hun sier hun ikke får gå på skolen når hun har merker i ansiktet", "vold-naere-relasjoner"),
    ("han skrev på snap at han skal ta live sitt i kveld", "selvskading"),
    ("eleven sier han skal brenne ned ungdomsklubben i helga", "hastemote"),
    ("en gutt har stupt i grunt vann og kan ha brukket nakken", None),
    ("hun har blåmerker på armene og ryggen og sier stefaren slo", "vold-naere-relasjoner"),
    ("blåmerke på kneet etter at faren sparket ham", "vold-naere-relasjoner"),
    (
        "mannen på bensinstasjonen gir henne snus hvis hun sitter på fanget hans",
        "vold-naere-relasjoner",
    ),
]


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_are_no_case(text: str, bot: SltBot) -> None:
    assert bot.danger_reply(text, "valer") is None


@pytest.mark.parametrize(("text", "routine"), DANGER)
def test_cases_with_the_same_words_still_route(text: str, routine: str | None, bot: SltBot) -> None:
    reply = bot.danger_reply(text, "valer")
    assert reply is not None
    assert reply.text.startswith("🚨")
    if routine is not None:
        assert reply.facts["routine"] == routine
