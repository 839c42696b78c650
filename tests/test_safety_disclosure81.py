"""Session 37 (disclosure81): fresh38's dev disclosures told by a parent, a grandparent, a
neighbour or a sibling, some calm and indirect, each read as a class beside its calm
look-alikes – a young person following an extremist preacher or reading a manifesto, talking of
«the others» who must be removed, breaking with every friend or glorifying a terror attack is
radicalisation; a minor working nights or for grown-ups and never at school is exploitation for
work; a child thrown or shut out of home, left outside at night or in the cold, is neglect;
violence at home minimised in the parent's own words («tar litt hardt i ungene … bare
oppdragelse») is violence at home; a drug debt paid by dealing, and drugs sold to children in
English, are the rus routine's errand, as their twins with the drug named. Made-up messages,
never the eval's own."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.auxil.safety_cases import class_tests

ROUTED: list[tuple[str, str, str]] = [
    # radicalisation told by family: an extremist source followed or read
    (
        "bestefaren forteller at barnebarnet leser manifestet til terroristen hver kveld",
        "radikalisering",
        "disclosure",
    ),
    (
        "søsteren sier at broren ser på en radikal predikant hver kveld og vil ikke treffe"
        " vennene sine lenger",
        "radikalisering",
        "disclosure",
    ),
    (
        "mora seier at sonen følgjer ein ekstrem predikant på nettet",
        "radikalisering",
        "disclosure",
    ),
    (
        "my neighbour says her son follows an extremist preacher online and shares his videos",
        "radikalisering",
        "disclosure",
    ),
    # … «the others» or a people who must be removed
    (
        "faren sier at sønnen snakker om at muslimene må bort fra landet",
        "radikalisering",
        "disclosure",
    ),
    (
        "the grandmother says her grandson talks about how the others must be removed",
        "radikalisering",
        "disclosure",
    ),
    # … breaking with friends beside the pull, glorifying an attack
    (
        "mora seier at sonen har slutta med alle venner og snakkar berre om ekstreme grupper",
        "radikalisering",
        "disclosure",
    ),
    (
        "onkelen sier at nevøen hyller terrorangrepet og kaller det et forbilde",
        "radikalisering",
        "disclosure",
    ),
    (
        "his sister says he glorifies the attack and has stopped seeing his friends",
        "radikalisering",
        "disclosure",
    ),
    (
        "Hei, jeg snakket med en bestemor på biblioteket i går. Hun var rolig, men fortalte at"
        " barnebarnet på 16 har sluttet å treffe vennene sine og sitter hele kveldene og leser"
        " et manifest fra en terrorist. Hvem bør jeg kontakte?",
        "radikalisering",
        "disclosure",
    ),
    # a minor working nights or for grown-ups, never at school
    (
        "naboen sier at en gutt på 13 jobber om natta for noen voksne og går aldri på skolen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "the neighbour says the 12-year-old girl works every night at a restaurant for some"
        " men and is never at school",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "bestemora seier at ein 14-åring jobbar for nokre vaksne kvar natt og går ikkje på skulen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # a child thrown or shut out of home at night or in the cold
    (
        "naboen fortel at guten står ute om natta fordi mora ikkje slepp han inn",
        "vold_nare",
        "disclosure",
    ),
    (
        "bestefaren sier at gutten blir kastet ut hver gang han kommer sent hjem",
        "vold_nare",
        "disclosure",
    ),
    (
        "the neighbour says the girl sits on the steps in the cold late at night because she"
        " gets thrown out",
        "vold_nare",
        "disclosure",
    ),
    # violence at home minimised in the parent's own words
    (
        "faren sier at ungene får en dask når de ikke hører etter, det er bare oppdragelse",
        "vold_nare",
        "disclosure",
    ),
    (
        "the mother said he is a bit rough with the kids sometimes but it is just discipline",
        "vold_nare",
        "disclosure",
    ),
    (
        "mora sa at han tek litt hardt i gutane av og til, men dei fortener det",
        "vold_nare",
        "disclosure",
    ),
    # … the killer called a hero, a people to be thrown out of the country
    (
        "a grandfather says his grandson watches videos of the attack again and again and calls"
        " the shooter a hero",
        "radikalisering",
        "disclosure",
    ),
    (
        "bestemor sier barnebarnet har begynt å si at innvandrerne ikke hører hjemme her og at"
        " de må kastes ut av landet",
        "radikalisering",
        "disclosure",
    ),
    (
        "naboen sier at jenta på 15 vasker hos en familie hver natt og ikke går på skolen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "faren sa at han gir gutten en lusing når han fortjener det",
        "vold_nare",
        "disclosure",
    ),
    (
        "the dad said a smack now and then never hurt anyone, his kids need it",
        "vold_nare",
        "disclosure",
    ),
    (
        "naboen ser at gutten sover i oppgangen fordi han ikke får komme inn",
        "vold_nare",
        "disclosure",
    ),
    # long and calm, as a grandparent, a neighbour or a parent tells it
    (
        "En bestefar ringte meg i dag, helt rolig. Han lurte på om det var normalt at"
        " barnebarnet på 15 bare ser videoer av en radikal predikant og har sluttet å være med"
        " vennene sine. Hva gjør vi?",
        "radikalisering",
        "disclosure",
    ),
    (
        "ei mor fortalde at dottera har begynt å seie at jødane styrer verda og at dei må fjernast",
        "radikalisering",
        "disclosure",
    ),
    (
        "ein nabo fortel at ein 13 år gammal gut jobbar om nettene for nokre vaksne og aldri er"
        " på skulen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "naboen sier at de to småjentene ofte blir stengt ute om kvelden når moren har besøk",
        "vold_nare",
        "disclosure",
    ),
    (
        "Hei. En far sa i en samtale at «ungene får seg en dask iblant, men det er bare"
        " oppdragelse, sånn ble jeg også oppdratt». Han virket helt rolig. Hva gjør jeg?",
        "vold_nare",
        "disclosure",
    ),
    (
        "a father told me «I give them a smack when they deserve it, it's just discipline»",
        "vold_nare",
        "disclosure",
    ),
    (
        "Ein far fortalde i går at sonen skuldar pengar til nokon som sel, og at han no må selje"
        " på skulen for dei",
        "rus",
        "disclosure",
    ),
    # a drug debt paid by dealing; drugs sold to children, in English
    (
        "a grandmother says her grandson owes the dealers money and they threaten him into"
        " selling at school",
        "rus",
        "disclosure",
    ),
    (
        "mora seier at sonen skuldar pengar til nokon som sel, og at dei trugar han til å"
        " selje på skulen",
        "rus",
        "disclosure",
    ),
    (
        "a dad says his son owes money to someone who sells and they threaten him into selling"
        " at school",
        "rus",
        "disclosure",
    ),
    (
        "my neighbour says some older guys are selling weed to the 8th graders behind the gym",
        "rus",
        "disclosure",
    ),
]

CALM = [
    # a history book, a lesson, a preacher in church, a team's list
    "bestemora leser en historiebok om terrorangrepet på Utøya",
    "the grandmother says she is reading a history book about the attack on Utøya",
    "vi leste manifestet i historietimen og snakket om ekstremisme",
    "broren hans leser manifest fra kommunistpartiet i samfunnsfag",
    "bestemoren skriver en oppgave om manifestet til terroristen",
    "presten er en flink predikant og ungdommene følger ham på instagram",
    "de andre må fjernes fra gruppechatten før fredag",
    "han sier de andre må fjernes fra laget fordi de ikke trener",
    "treneren hyller angrepet til laget etter kampen",
    "the coach praised the attack after the match",
    "lærerne beundrer innsatsen etter terrorangrepet",
    "vi hyller hjelperne som var der etter massakren",
    "bestemora seier at barnebarnet les mykje om andre verdskrigen",
    # a paper round, a grown student's night shift
    "gutten på 14 går med aviser om morgenen før skolen",
    "the neighbour's boy has a paper round every morning before school",
    "han jobber om natta på hotellet og studerer på dagen, han er 22",
    # outside late by choice, in summer, or thrown out of a lesson
    "gutten leker ute sent på kvelden om sommeren fordi han vil det selv",
    "jenta sitter ute på trappa sent på kvelden om sommeren fordi hun vil det selv",
    "naboen sier at jenta ofte sitter ute sent på kvelden og ser på stjernene",
    "jenta blir kastet ut av timen når hun bråker",
    # a coach's hard training, a loss taken hard, a parenting course, a firm upbringing
    "treneren tar hardt i guttene på trening før cupen",
    "treneren er hard med guttene på trening, men han sier de har godt av det",
    "faren tar det hardt etter at bestemor døde",
    "faren tar det hardt etter at kona døde, han sier ungene har godt av å være med på begravelsen",
    "vi hadde foreldrekurs om oppdragelse og grensesetting i går",
    "foreldrene er strenge i oppdragelsen men snille",
    "mor sier at oppdragelse er viktig og at barna fortjener ros",
    "vi skal ha foredrag om at klaps ikke er oppdragelse",
    # money owed for a bike, a car dealer, raffle tickets, waffles at school
    "klassen skal selge vafler på skolen før jul for å samle penger til turen",
    "he owes his brother money for the bike he sold him",
    "they owe money to the dealer at the car shop for the used car",
    "the film is about a man selling drugs in the 80s",
    # a book about an attack, a paper round, summer evenings, a move taken hard, a faith
    "bestemor leser en bok om 22. juli og snakker med barnebarnet om det",
    "the grandmother is reading a book about the attack on the twin towers",
    "gutten på 13 har avisrute hver morgen før skolen og tjener litt penger",
    "ungane leikar ute til seint på kvelden om sommaren, dei vil ikkje inn",
    "faren tar det hardt at sønnen flytter hjemmefra, sier moren",
    "han tar det hardt i at han ikke kom med på laget",
    "storebroren sier at lillebroren er opptatt av religion og har begynt å gå i moskeen",
    "she works nights at the care home and her daughter goes to school in the day",
    "den gamle læreren sa at en dask aldri skadet noen, det var sånn før",
    "vi ble kastet ut av svømmehallen sent på kvelden fordi den stengte",
    "han ble kastet ut av leiren fordi han røykte",
    # a hero in a game or a history book, hands washed at night, rice for dinner
    "in the game he calls the shooter a hero because he saved the team",
    "bestefaren sier at han har en helt i historieboka om andre verdenskrig",
    "mamma vasker hendene hver natt når hun kommer fra jobb",
    "vi skal spise ris til middag og ungene fortjener det etter trening",
    "han sier at de andre gruppene må si fra hvis noen må fjernes fra lista",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


STILL_OTHER: list[tuple[str, str]] = [
    # held in a flat and forced to sell stays exploitation, not the errand's routine
    (
        "gutten blir holdt i en leilighet og tvunget til å selge for noen eldre",
        "vold-naere-relasjoner",
    ),
]


@pytest.mark.parametrize(("text", "routine"), STILL_OTHER)
def test_forced_in_a_flat_stays_exploitation(
    text: str, routine: str, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, (text, finding.describe())
