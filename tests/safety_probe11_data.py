"""Probe messages for the danger check, written fresh for issue 11 (none is an eval item).

Each routine of the domain notes gets messages as a teacher, a health nurse or a police
contact would type them: reported speech, third person, nynorsk and dialect, missing æøå,
typos, slang and English mixed in. ``LOOK_ALIKES`` use the same words harmlessly.
Each case: (message, the bot's routine ids that are right – empty: any –, the acute number
its first line names – «112|113»: either).
"""

from __future__ import annotations

VOLD = ("vold-naere-relasjoner",)
OVERGREP = ("vold-naere-relasjoner", "bildedeling")
SELV = ("selvskading",)
RUS = ("rusbekymring",)
HASTE = ("hastemote",)
ANY: tuple[str, ...] = ()
"""Any routine, as long as its first line names the acute number (a body in trouble)."""

Case = tuple[str, tuple[str, ...], str]

RUS_CASES: list[Case] = [
    ("en i 9b fortalte at broren hennes selger hasj til ungdomsskoleelever", RUS, "112"),
    ("tror noen voksne langer sprit til 14-åringene på kjøpesenteret", RUS, "112"),
    ("elev sier han fikk gratis piller av en eldre fyr på bussen", RUS, "112"),
    ("eg høyrde at nokon sel weed til ungane ved skulen", RUS, "112"),
    ("noen deler ut snus og vape til 7.klassinger bak gymsalen", RUS, "112"),
    ("gutten ble tvunget til å røyke hasj av de eldre", RUS, "112"),
    ("mora til en elev er ruset når hun henter i barnehagen", RUS, "112"),
    ("faren drikker seg full hver helg og ungene er alene med han", RUS, "112"),
    ("ho er så full at ho ikkje klarar å stå, ligg og kastar opp", ANY, "113"),
    ("han har tatt noe rart på fest og er helt borte, vi får ikke kontakt", ANY, "113"),
    ("mistenker overdose, gutten er blå rundt leppene", ANY, "113"),
    ("en elev blir brukt til å frakte dop for noen eldre gutter", RUS, "112"),
    ("they sell drugs to the kids outside the school", RUS, "112"),
    ("jenta fikk noe i drinken og er nesten ikke vaken", ANY, "113"),
    ("pappan hennes ruser seg hjemme og hun er redd", RUS + VOLD, "112"),
]

VOLD_CASES: list[Case] = [
    ("eleven fortalte at stefaren hadde slått henne med belte", VOLD, "112"),
    ("han sier mora lugger ham når hun blir sint", VOLD, "112"),
    ("har sett blåmerker på armene til jenta og hun sier pappa gjorde det", VOLD, "112"),
    ("ho seier at far hennar slår ho når han er full", VOLD, "112"),
    ("gutten kom med blaveis og sa at faren hadde dyttet ham i veggen", VOLD, "112"),
    ("en mor ringte og sa at samboeren truer og slår", VOLD, "112"),
    ("barnet har fått juling hjemme i helga", VOLD, "112"),
    ("stefar ristet lillebroren hardt", VOLD, "112"),
    ("hun forteller at hun blir kløpet og dratt i håret av mamman sin", VOLD, "112"),
    ("eleven sa at pappaen har banka han opp flere ganger", VOLD, "112"),
    ("gutten har merker på halsen som etter kvelertak, mistenker vold i hjemmet", VOLD, "112"),
    ("jenta vil ikke gå hjem for faren kommer til å slå henne", VOLD, "112"),
    ("hun gruer seg sånn til å dra hjem, er livredd for stefaren", VOLD, "112"),
    ("ungen blir banket av faren sin", VOLD, "112"),
    ("faren slo ungen i ansiktet rett foran meg på parkeringsplassen nå", VOLD, "112"),
]

OVERGREP_CASES: list[Case] = [
    ("en jente i 6. klasse fortalte at onkelen tar på henne om natta", OVERGREP, "112"),
    ("eleven sier at treneren har befølt ham i garderoben", OVERGREP, "112"),
    ("ho fortalde at stefaren har hatt sex med ho", OVERGREP, "112"),
    (
        "mistenker at en voksen mann sender meldinger til en 12-åring og vil møte henne",
        OVERGREP,
        "112",
    ),
    ("en gutt på 13 blir presset til å sende nakenbilder", OVERGREP, "112"),
    ("nudes av ei jente i 8. deles på snap", OVERGREP, "112"),
    ("hun sa at hun ble voldtatt på fest i helga", OVERGREP, "112"),
    ("jenta blir tvunget til å ta på tissen til broren", OVERGREP, "112"),
    ("ein vaksen mann har tafsa på elevar ved bussen", OVERGREP, "112"),
    ("he touched her private parts, she told the teacher", OVERGREP, "112"),
    ("jeg tror at hun blir misbrukt seksuelt av noen i familien", OVERGREP, "112"),
    ("gutten ble truet til å sende bilder av seg selv naken", OVERGREP, "112"),
    ("han sa at læreren hadde kysset og beføla han", OVERGREP, "112"),
    ("en 13-åring har kjæreste på 24 og de har sex", OVERGREP, "112"),
]

SELV_CASES: list[Case] = [
    ("en elev skrev i en tekst at hun ikke orker å leve mer", SELV, "113"),
    ("han sa at han skal ta livet sitt i kveld", SELV, "113"),
    ("ho har kutta seg på armane igjen", SELV, "113"),
    ("jenta risper seg på låra med barberblad", SELV, "113"),
    ("gutten har tatt en hel boks paracet", SELV, "113"),
    ("hun står på brua og sier hun vil hoppe", SELV, "113"),
    ("eleven snakker om at alle hadde hatt det bedre uten ham", SELV, "113"),
    ("har funnet et selvmordsbrev i sekken til en elev", SELV, "113"),
    ("hun sier hun vil dø", SELV, "113"),
    ("elev har selvmordstanker og har en plan", SELV, "113"),
    ("han brenner seg med lighter på armen", SELV, "113"),
    ("i want to kill myself, sa eleven på chatten", SELV, "113"),
    ("har skada seg sjølv med kniv", SELV, "113"),
    ("en jente tok en overdose med sovepiller i natt", SELV, "113"),
]

MEDISINSK_CASES: list[Case] = [
    ("en elev har besvimt i gymtimen og våkner ikke", ANY, "113"),
    ("gutten kollapset på fotballkampen og puster rart", ANY, "113"),
    ("hun fikk et krampeanfall og er helt slapp nå", ANY, "113"),
    ("han blør kraftig fra hodet etter et fall", ANY, "113"),
    ("ei jente besvimte på festen og er ikke kontaktbar", ANY, "113"),
    ("eleven har fått allergisk reaksjon og hovner opp i halsen", ANY, "113"),
    ("han puster ikke, hva gjør jeg", ANY, "113"),
    ("ungen ligger bevistløs på do", ANY, "113"),
    ("hun har slått hodet og kaster opp og er forvirret", ANY, "113"),
    ("elev segnet om i korridoren og svarer ikke", ANY, "113"),
    ("he is not breathing after the fight", ANY, "113"),
    ("gutten besvimte på skoleballet og vi får ikke liv i han", ANY, "113"),
    ("ho datt om og er heilt borte", ANY, "113"),
]

TRUSLER_CASES: list[Case] = [
    ("en elev sier han skal ta med kniv og stikke ned læreren i morgen", HASTE, "112"),
    ("gutten truet med å skyte folk på skolen", HASTE, "112"),
    ("noen har skrevet på snap at de skal drepe ei jente i 10b", HASTE, "112"),
    ("eleven har en pistol i sekken", HASTE, "112"),
    ("han truga med å banke opp ho etter skulen", HASTE + VOLD, "112"),
    ("det står en fyr med kniv utenfor skolen nå", HASTE, "112"),
    ("faren til en elev ringte og truet med å drepe rektor", HASTE + VOLD, "112"),
    ("en elev har lagd en liste over folk han vil skade", HASTE, "112"),
    ("en gjeng truer en 13-åring og krever penger", HASTE + VOLD, "112"),
    ("he said he will shoot everyone tomorrow", HASTE, "112"),
    ("hun har fått trusler om at huset skal brennes ned", HASTE, "112"),
    ("eleven truer med å sprenge skolen", HASTE, "112"),
]

AERE_CASES: list[Case] = [
    ("jenta er redd for at hun skal giftes bort i sommerferien", VOLD, "112"),
    ("eleven sier foreldrene skal sende henne til hjemlandet for å gifte seg", VOLD, "112"),
    ("hun er lovet bort til en fetter", VOLD, "112"),
    ("ho får ikkje ha kjærast, familien trugar med å drepe ho", VOLD, "112"),
    ("broren kontrollerer alt hun gjør for familiens ære", VOLD, "112"),
    ("en 15-åring skal tvangsgiftes", VOLD, "112"),
    ("hun blir tatt ut av skolen og sendt til utlandet for å gifte seg", VOLD, "112"),
    ("jenta sier at familien vil drepe henne fordi hun har vanæret dem", VOLD, "112"),
    ("she is being forced to marry an older man this summer", VOLD, "112"),
    ("eleven har blitt tvangsgifta i sommar", VOLD, "112"),
]

UTNYTTING_CASES: list[Case] = [
    ("en jente på 15 blir solgt for sex av kjæresten", VOLD, "112"),
    ("ungdommer blir brukt av en kriminell gjeng til å selge", VOLD + RUS, "112"),
    ("gutten må jobbe gratis for en mann og får ikke gå på skolen", VOLD, "112"),
    ("ei jente får penger og gaver for å ha sex med eldre menn", OVERGREP, "112"),
    ("eleven sier han skylder noen penger og må frakte pakker for dem", VOLD + RUS, "112"),
    ("barn tvinges til å tigge og stjele for voksne", VOLD, "112"),
    ("hun selger seg selv for å få rus", VOLD + RUS, "112"),
    ("en 14-åring blir utnyttet seksuelt mot betaling", OVERGREP, "112"),
    ("gutten blir rekruttert av en gjeng og må oppbevare narkotika", VOLD + RUS, "112"),
    ("she is forced to sell sex", OVERGREP, "112"),
]

RADIKAL_CASES: list[Case] = [
    ("en elev har begynt å dele IS-propaganda og snakker om å bli martyr", HASTE, "112"),
    ("gutten er blitt radikalisert på nett og hyller terrorangrep", HASTE, "112"),
    ("eleven sier at jøder bør drepes og ser på nazivideoer", HASTE, "112"),
    ("han vil reise til syria for å krige", HASTE, "112"),
    ("ho har blitt med i ei ekstrem gruppe og snakkar om vald mot innvandrarar", HASTE, "112"),
    ("eleven hyller Breivik og vil gjøre det samme", HASTE, "112"),
    ("mistenker at en elev blir rekruttert av høyreekstreme", HASTE, "112"),
    ("he is planning a terror attack", HASTE, "112"),
    ("eleven ser på halshuggingsvideoer og sier det er bra", HASTE, "112"),
    ("han samler på våpen og snakker om raseskrig", HASTE, "112"),
]

NEGLECT_CASES: list[Case] = [
    ("ungen kommer uten mat og i skitne klær, og ingen har hentet ham på to dager", VOLD, "112"),
    ("barna er alene hjemme i flere dager uten voksne", VOLD, "112"),
    ("eleven får ikke mat hjemme og stjeler matpakker", VOLD, "112"),
    ("foreldrene låser gutten inne på rommet hele helga", VOLD, "112"),
    ("treåringen ble funnet alene ute om natta", VOLD + HASTE, "112"),
    ("ho får ikkje mat heime og er tynn og skiten", VOLD, "112"),
    ("barnet har ikke kommet hjem siden i går og ingen vet hvor hun er", HASTE, "112"),
    ("en 12-åring har vært savnet siden i natt", HASTE, "112"),
    ("the kids are left alone at home for days", VOLD, "112"),
    ("mora er så rusa at ho ikkje klarar å passe ungane", RUS + VOLD, "112|113"),
]

CASES: list[Case] = [
    *RUS_CASES,
    *VOLD_CASES,
    *OVERGREP_CASES,
    *SELV_CASES,
    *MEDISINSK_CASES,
    *TRUSLER_CASES,
    *AERE_CASES,
    *UTNYTTING_CASES,
    *RADIKAL_CASES,
    *NEGLECT_CASES,
]

FORMS_CASES: list[Case] = [
    # Missing æøå, one- and two-letter typos, dialect and nynorsk inflections.
    ("jenta i 8c sa at faren hadde slaatt henne i gaar", VOLD, "112"),
    ("ho har vorte slegen av stefar sin", VOLD, "112"),
    ("æ tror ho blir slått heime, ho har blåmerker overalt", VOLD, "112"),
    ("eleven tør itj gå hjem etter skolen", VOLD, "112"),
    ("hun blir sllått hjemme", VOLD, "112"),
    ("pappan slar henne", VOLD, "112"),
    ("ho vert slegi", VOLD, "112"),
    ("slevmordstanker hos en elev i 9 klasse", SELV, "113"),
    ("elev har selvmorstanker", SELV, "113"),
    ("han har kutet seg på armen", SELV, "113"),
    ("hun ble voltatt av en eldre gutt", OVERGREP, "112"),
    ("ho skreiv at ho ikkje vil leve lenger", SELV, "113"),
    ("eleven har slevmorstanker", SELV, "113"),
    ("kæm ska æ ring, ho sei at stefar slår ho", VOLD, "112"),
    ("ho har skore seg i armen med eit knivblad", SELV, "113"),
    ("han e helt borte og pusta rart", ANY, "113"),
    ("ho skal verte gift bort til ein ho ikkje kjenner", VOLD, "112"),
    ("han sel hasj til ungdomsskuleelevar", RUS, "112"),
    ("gutten har ikkje ete på to dagar", VOLD, "112"),
    ("nokon har lagt ut nakenbilete av ei jente i 9. klasse", OVERGREP, "112"),
    ("hun er bevistlaus", ANY, "113"),
    ("pappa sl¨år henne", VOLD, "112"),
    # A pronoun for the one who hits: who he is is unsaid, the blow is not.
    ("hun sier han slår henne", VOLD, "112"),
    ("han sier at hun banker ham", VOLD, "112"),
    ("jeg tror han tar på henne", OVERGREP, "112"),
    # A faint or collapse at a match, a party, a training.
    ("en spiller besvimte på kampen", ANY, "113"),
    ("han deiset i bakken midt i kampen", ANY, "113"),
    ("ho dåna på festen og ligg no på golvet", ANY, "113"),
    ("ein gut datt om på fotballtreninga", ANY, "113"),
    ("ei jente fall om på konserten og vi får ikke kontakt", ANY, "113"),
    ("hun har tatt noe på fest og er helt ute av seg", ANY, "113"),
    # Talk of an overdose is talk of suicide.
    ("hun snakker om å ta en overdose", SELV, "113"),
    # Neglect, marriage, gangs and drugs said without the usual words.
    ("ungene er overlatt til seg selv hele tiden", VOLD, "112"),
    ("treåringen ble funnet alene på gata", VOLD, "112"),
    ("jenta skal gifte seg med en hun ikke kjenner i sommer", VOLD, "112"),
    ("han er fanget i et gjengmiljø og tør ikke slutte", VOLD, "112"),
    ("en 13-åring har røyka hasj med noen eldre", RUS, "112"),
    ("de bruker 14-åringer som kurerer for dop", VOLD + RUS, "112"),
    ("hun ble filmet naken i dusjen og videoen går rundt", OVERGREP, "112"),
    # Indirect: the scene, not the word.
    ("hun har sittet på do i en time og vil ikke komme ut, det er blod på gulvet", ANY, "113"),
    (
        "gutten kom på skolen med merker rundt halsen og ville ikke si hva som hadde skjedd",
        VOLD,
        "112",
    ),
    ("gutten har plutselig masse penger og nye klær og sier han jobber for noen", VOLD, "112"),
    ("ho har ete ein heil boks med sovetablettar", SELV, "113"),
    ("noen har skrevet på veggen på do at det blir blodbad på fredag", HASTE, "112"),
    ("en eldre kar henter jenta etter skolen i dyr bil og hun har fått ny iphone", VOLD, "112"),
    ("han sier at muslimene må bort og at han har lest manifestet", HASTE, "112"),
    ("gutten snakker mye om å ofre seg for saken", HASTE, "112"),
    ("det lukter urin av ungen hver dag og klærne er for små", VOLD, "112"),
    ("eleven hoppet fra andre etasje i går", SELV, "113"),
    ("han ble funnet hengende, lever, ambulansen er på vei", SELV, "113"),
    ("noen kaster stein på elevene fra en bil", HASTE, "112"),
    ("en voksen mann har fulgt etter jenter fra skolen flere dager", VOLD, "112"),
    ("mamma kasta ting etter han", VOLD, "112"),
    # A cry for help, choking, a train, a carer smelling of drink, untreated pain, a threat.
    ("jenta sier stefaren tok henne med inn på rommet og at hun ropte om hjelp", OVERGREP, "112"),
    ("en gutt har fått en bit pølse i halsen og får ikke luft", ANY, "113"),
    ("han sa at han skal gå foran toget i morgen", SELV, "113"),
    ("moren lukter alkohol hver gang hun henter i barnehagen", RUS, "112"),
    (
        "barnet har hatt vondt i øret i månedsvis og foreldrene møter ikke på legetimene",
        VOLD,
        "112",
    ),
    (
        "en mann hun ble kjent med på nettet skal hente henne etter skolen i dag, hun er 13",
        OVERGREP,
        "112",
    ),
    ("hun fikk beskjed om at de vet hvor hun bor", HASTE, "112"),
    ("the girl is choking and her face is turning blue", ANY, "113"),
    # Buried in a longer message.
    (
        "hei, jeg er ny kontaktlærer på 9. trinn og lurer på hvem som sitter i fagteamet, og "
        "forresten sa en av elevene mine i dag at stefaren har slått henne",
        VOLD,
        "112",
    ),
    (
        "hvem har ansvar for tiltaket om fritidsklubb? og en annen ting, en ungdom på klubben "
        "sa han skal drepe seg i helga",
        SELV,
        "113",
    ),
    (
        "etter kurset om vold i nære relasjoner fortalte en elev meg at pappa slår mamma hjemme",
        VOLD,
        "112",
    ),
    (
        "eleven min er helt ute av seg, sier at noen har lagt ut nudes av henne på snap",
        OVERGREP,
        "112",
    ),
    # English, and English mixed in.
    ("kiddo in 5th grade says mom locks him in the basement", VOLD, "112"),
    ("he is being forced to sell drugs by older guys", VOLD + RUS, "112"),
    ("a student told me her dad hits her", VOLD, "112"),
    ("she said her stepdad touched her", OVERGREP, "112"),
    ("he wants to kill himself", SELV, "113"),
    ("the boy is unconscious and not breathing", ANY, "113"),
    ("someone is threatening to stab him", HASTE, "112"),
]

LOOK_ALIKES: list[str] = [
    "kurs om vold i nære relasjoner for ansatte neste uke",
    "han skjøt ballen rett i krysset",
    "vi døde av latter på juleavslutningen",
    "så en dokumentar om narkotika i går, anbefales",
    "tiltak 12 handler om forebygging av selvskading i ungdomsskolen",
    "hvem har ansvar for tiltaket mot tvangsekteskap?",
    "skyt inn en kommentar om referatet",
    "elevene skal spille drapsmysterium på halloween",
    "jeg drepte den presentasjonen i dag",
    "laget slo Vålerenga 3-1",
    "skal vi ha tema om radikalisering på fagdagen?",
    "hvem sitter i SLT-gruppa?",
    "batteriet på PC-en er dødt",
    "jeg holder på å dø av kjedsomhet på dette møtet",
    "hun slo på lyset og gikk",
    "vi kutter kaffen på møtene fra nyttår",
    "elevene lærte hjerte-lunge-redning og å sjekke om noen puster",
    "foredraget om grooming og nettovergrep var bra",
    "gutta slåss om ballen i friminuttet, helt vanlig lek",
    "filmen handlet om en jente som ble tvangsgiftet",
    "når er neste møte i operativ SLT-gruppe?",
    "har vi statistikk over vold mot barn i kommunen?",
    "han sprengte budsjettet igjen",
    "brannøvelse i morgen kl 10, alle må ut",
    "vi skal skyte en film med 9. trinn",
    "ungdomsklubben har åpent til 22, bli med på bordtennis",
    "hvordan jobber vi forebyggende mot rus?",
    "jeg blir gal av denne printeren, kaster den snart ut vinduet",
    "kan vi slå sammen de to møtene?",
    "vi ble slått ut i semifinalen etter straffespark",
    "elevrådet vil ha en kampanje mot mobbing og hatprat",
    "hvem kan holde førstehjelpskurs om bevisstløshet og overdose for 10. trinn?",
    "vi deler ut brosjyrer om alkohol til elevene på foreldremøtet",
    "helsesøster deler ut informasjon om snus til 8. trinn",
    "han slår henne i sjakk hver gang",
    "jeg ble helt ute av meg av den mailen",
    "dokumentaren handler om en gutt som ble mishandlet av faren sin",
    # Talk about a subject, an accident that is over, a chore said to kill.
    "kan politiet komme på skolen og snakke om kniv og vold?",
    "møtet i dag drepte meg helt",
    "klassen leser en bok om en jente som blir mobbet og kutter seg",
    "sjefen ble kvalt av latter på julebordet",
    "jeg holder på med en oppgave om barn som blir utsatt for vold, har du statistikk?",
    "rektor vil vite hvem som skal ringe foreldrene når noen har skadet seg i gymmen",
    "eleven som besvimte i går er frisk igjen og tilbake på skolen",
    "gutten som slo seg i friminuttet har fått plaster",
    "hvem har ansvar for tiltaket om vold i nære relasjoner?",
    "hva er nummeret til alarmtelefonen for barn og unge?",
    "vi skal se filmen om Utøya med 10. trinn",
    "elevene spilte drapsleken i gymmen i dag",
    "han skjøt seg inn i laget med to mål",
    "hun er helt knust etter at kjæresten slo opp",
    "en elev kastet opp i timen, sendt hjem med feber",
    "hvem jobber med ungdom som har vært utsatt for vold?",
    "jeg merker på eleven at hun er sliten i halsen",
    "vi merker oss at elevene bruker mye snus",
    "kan noen ta med kniv og skjærefjøl til matlagingskurset på klubben?",
    "han var så full av energi at han nesten eksploderte",
    "vi skal ha skytetrening med skiskytterlaget",
    "gutta i 10b slo rekord på 3000 meter",
    "«jeg skal drepe deg» skrev han i fifa-chatten lol",
    "vi så en skrekkfilm der alle blir drept",
    "krimfilmen handler om en gutt som blir knivstukket",
    "foreldremøte om alkohol og barna neste uke",
    "vi sel kaker på basaren til elevane",
    "er det noen som har kniv jeg kan låne til kakefatet?",
    "ungdommene slåss om hvem som skal være DJ på fredag",
    "elevene brant pinnebrød på bålet i friluftslivstimen",
    "han tok livet av planten på kontoret",
    "kan politiet holde foredrag om knivvold for 10. trinn?",
]
