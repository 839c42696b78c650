"""More probe messages for the danger check (issue 11), none of them an eval item.

Written as staff outside school would type them – a barnehagelærer, a fastlege, a tannpleier,
an idrettstrener, a NAV-veileder, a bibliotekar, an utekontakt: hesitant («jeg vet ikke om
dette er noe, men …»), the child's words quoted, the danger in the middle of a long message.
``HINTS`` are the vague signs left open by the last round (a plan hinted at, slang, a word
typed with two letters missing, a girl taken out of school for «other plans»). ``LOOK_ALIKES``
use the same words harmlessly: a reason given for sleeping by day, a case on a meeting's list,
a concussion in play, a fight where nobody was hurt, a game won. Same case shape as
tests/safety_probe11_data.py.
"""

from __future__ import annotations

from tests.safety_probe11_data import ANY, HASTE, OVERGREP, RUS, SELV, VOLD, Case

HINTS: list[Case] = [
    ("han er helt kjeppjaga av faren sin", VOLD, "112"),
    ("hun har en plan og det skjer i helga", SELV, "113"),
    ("eleven sier at det snart er over", SELV, "113"),
    ("han har gitt bort tingene sine", SELV, "113"),
    ("jenta ble funnet bevisløs i gangen", ANY, "113"),
    ("jenta ble tatt ut av skolen fordi familien har andre planer for henne", VOLD, "112"),
    ("familien skal sende henne til utlandet etter sommeren", VOLD, "112"),
    ("hun lå bevisløs på badegulvet", ANY, "113"),
    ("hun har en plan, det skjer i helga", SELV, "113"),
    ("foreldrene vil sende henne ut av landet", VOLD, "112"),
    ("eleven ble tatt ut av skolen og sendt til hjemlandet", VOLD, "112"),
]

WORKPLACE_CASES: list[Case] = [
    # barnehagelærer
    (
        "jeg vet ikke om dette er noe, men en gutt på avdelingen sa at pappa slår mamma og at "
        "han gjemmer seg under senga",
        VOLD,
        "112",
    ),
    (
        "barnehagelærer her: jenta på fire sa «onkel tar på tissen min når vi bader», "
        "hva gjør jeg nå?",
        OVERGREP,
        "112",
    ),
    (
        "en av ungene i barnehagen kommer ofte med blåmerker på ryggen og sier at mamma blir sint",
        VOLD,
        "112",
    ),
    (
        "far hentet i barnehagen i dag og var tydelig full, han skulle kjøre bil med toåringen",
        RUS,
        "112",
    ),
    (
        "hei, jeg jobber i barnehage. I dag under samlingen sa en gutt på fem, helt ut av det "
        "blå, at «pappa slo mamma med en stol og det var blod», og så fortsatte han å leke. Jeg "
        "vet ikke helt hva jeg skal gjøre med dette, skal jeg ringe noen?",
        VOLD,
        "112",
    ),
    # fastlege
    ("jeg er fastlege og en 15-åring sa til meg at hun har tatt 20 paracet i dag", SELV, "113"),
    ("pasient på 16 forteller at han har skaffet seg tau og at det skal skje i kveld", SELV, "113"),
    (
        "fastlege: mor fortalte at samboeren har tatt kvelertak på henne mens barna så på",
        VOLD,
        "112",
    ),
    ("en ungdom på legekontoret har kutt over hele underarmene, noen dype", SELV, "113|112"),
    # tannpleier
    (
        "tannpleier her, vet ikke om det er noe, men en jente på 8 har mange skadde tenner og "
        "sa at pappa dytta henne i kjøkkenbenken",
        VOLD,
        "112",
    ),
    (
        "undersøkte en 12-åring i dag som har så mye hull i tennene at det gjør vondt hele "
        "tiden, foreldrene har ikke møtt til tre timer",
        VOLD,
        "112",
    ),
    (
        "under kontrollen sa gutten at han ikke tør å dra hjem i dag fordi stefaren blir så sint",
        VOLD,
        "112",
    ),
    (
        "Jeg er tannpleier og vet ikke om dette er noe, men under en vanlig kontroll i dag så "
        "jeg merker på halsen til en gutt på 10, og da jeg spurte sa han at «det var bare pappa "
        "som holdt litt hardt». Han virket redd. Hva skal jeg gjøre?",
        VOLD,
        "112",
    ),
    # idrettstrener
    (
        "jeg er trener på et fotballag og en av spillerne på 14 sa at en av de voksne lederne "
        "sender henne meldinger om kvelden og ber om bilder",
        OVERGREP,
        "112",
    ),
    (
        "en gutt på laget har fått trusler på snap om at de skal knivstikke han etter trening",
        ANY,
        "112",
    ),
    (
        "etter kampen fortalte en spiller at det er en eldre fyr som gir dem gratis hasj hvis de "
        "selger for ham",
        RUS,
        "112",
    ),
    (
        "en av jentene på treningen besvimte i garderoben og vi får ikke kontakt med henne",
        ANY,
        "113",
    ),
    (
        "Hei! Jeg er ny som trener og har et spørsmål. Etter trening i går ble en av jentene "
        "(13) sittende igjen og fortalte at hun har fått meldinger fra en mann hun ikke kjenner "
        "som vil møte henne alene, og at han har sendt bilder av seg selv uten klær. Vi har ikke "
        "noen rutine for dette i klubben, hva gjør jeg?",
        OVERGREP,
        "112",
    ),
    # NAV-veileder
    (
        "NAV-veileder: en ung gutt på 17 sier at han må selge dop for noen han skylder penger og "
        "at de truer familien",
        RUS,
        "112",
    ),
    (
        "hos NAV i dag: mor sier at eksmannen har truet med å drepe henne og barna hvis "
        "hun flytter",
        ANY,
        "112",
    ),
    (
        "en 18-åring jeg følger opp sier at han ikke orker mer og har skrevet avskjedsbrev",
        SELV,
        "113",
    ),
    (
        "NAV: en mor med tre små barn sier hun ikke har mat og at strømmen er stengt, barna fryser",
        VOLD,
        "112",
    ),
    # bibliotekar
    (
        "bibliotekar: en gutt på 13 sitter hver dag til stengetid og sier han ikke får komme "
        "hjem før mamma er ferdig med å drikke",
        RUS + VOLD,
        "112",
    ),
    ("en jente sa på biblioteket at hun skal giftes bort i sommer og at hun ikke vil", VOLD, "112"),
    (
        "vi har en fast låner på 11 år som alltid er sulten og har samme klær hver dag, han sier "
        "det ikke er mat hjemme",
        VOLD,
        "112",
    ),
    ("en voksen mann satt ved pc-ene og viste nakenbilder til to jenter på 12", OVERGREP, "112"),
    # utekontakt
    (
        "utekontakt: fant en 15-åring liggende i parken i natt, puster rart og reagerer ikke",
        ANY,
        "113",
    ),
    (
        "ute i går kveld traff vi en jente på 14 som sa hun bor hos en 30 år gammel mann og at "
        "hun får dop av ham",
        ANY,
        "112",
    ),
    (
        "utekontakt her, en gutt sa at gjengen tvinger han til å oppbevare kniv og dop for dem",
        RUS,
        "112",
    ),
    ("ungdom sier at kompisen har lagt ut at han skal skyte folk på skolen i morgen", ANY, "112"),
    (
        "jeg tror en av ungdommene jeg følger opp blir brukt til å selge seg, hun har "
        "plutselig mye penger",
        ANY,
        "112",
    ),
    ("en gutt på 16 har snakket om at han vil reise til Syria og kjempe for IS", HASTE, "112"),
    # anyone
    (
        "en jente i 9. klasse sier at mora tvinger henne til å gå med hijab og at broren "
        "følger etter henne overalt",
        VOLD,
        "112",
    ),
    ("hun sa «jeg vil bare sove og aldri våkne», er bekymret", SELV, "113"),
    (
        "gutten sa til meg at «mamma sier jeg er grunnen til at alt er ødelagt» og at "
        "hun låser ham inne på rommet",
        VOLD,
        "112",
    ),
    ("en elev på 15 sier at kjæresten tvang henne til sex på fest", OVERGREP, "112"),
    (
        "en gutt på 12 har vært borte siden i går kveld og foreldrene vet ikke hvor han er",
        ANY,
        "112",
    ),
    ("en elev har sendt nakenbilder av en annen jente i klassechatten", ("bildedeling",), "112"),
    (
        "lærer her, en gutt blør kraftig fra hodet etter at han falt ned trappa og "
        "svarer ikke ordentlig",
        ANY,
        "113",
    ),
    (
        "er bekymret for en jente som har sluttet å spise og har kuttet seg i armene",
        SELV,
        "113|112",
    ),
]

CASES: list[Case] = [
    *HINTS,
    *WORKPLACE_CASES,
    (
        "bibliotekar: en jente på 14 sitter og gråter og sier at bildene hennes ligger ute og at "
        "gutten krever flere ellers sprer han dem",
        ("bildedeling",),
        "112",
    ),
    (
        "NAV: ung mor sier at samboeren ikke lar henne gå ut og tar telefonen hennes, babyen "
        "gråter mye",
        VOLD,
        "112",
    ),
]

LOOK_ALIKES: list[str] = [
    # left alarming by the last round
    "mora sover hele dagen etter nattevakt",
    "vi har en sak om trusler på nett, kan vi ta den på neste møte?",
    "han fikk hjernerystelse etter en takling på fotballtrening",
    "det var en slåsskamp i friminuttet, men ingen ble skadet",
    "hun slår meg alltid i ludo",
    "han slo meg i badminton tre ganger på rad",
    # what the new rules must not reach
    "hun har en plan for turen og det skjer i helga",
    "rektor sier at det snart er over med ombyggingen",
    "vi sender henne til utlandet på utveksling neste år",
    "pappa slår meg i kortspill hver kveld",
    "jenta ble slått ut i semifinalen i sjakk",
    "han er kjeppjaga i jobben sin for tida",
    "mamma tar telefonen hennes om kvelden",
    "læreren tar telefonen hennes i timen",
    # from the same workplaces
    "vi skal ha foreldremøte i barnehagen om vold og overgrep, hvem kan komme og snakke?",
    "fastlege: hvor ofte møtes den operative SLT-gruppa?",
    "en av pasientene mine slo seg kraftig i kneet på ski, hvem sitter i fagteamet?",
    "tannpleier her, vi skal ha tema om snus og tannhelse på 8. trinn, hvem kan hjelpe?",
    "treneren sier at laget ble slått ned i støvlene i finalen i går",
    "vi tapte 5-0 og guttene var helt knust etter kampen",
    "NAV-veileder: hvilke tiltak har dere for unge som har falt ut av skolen?",
    "biblioteket har en bokklubb om krimromaner der noen blir drept, passer det for 13-åringer?",
    "utekontakt: hvem kaller inn til BTI-møtet?",
    "barna lekte sisten og en gutt falt og slo kneet, han har plaster nå",
    "vi skal arrangere kurs i førstehjelp om bevisstløse og hjertestans for trenerne",
    "mamma jobber natt og sover om dagen, er det lov å sende beskjed etter kl 16?",
    "legen sa at han fikk hjernerystelse i håndballkampen, han er tilbake på skolen nå",
    "jentene kranglet i friminuttet men ingen ble skadet, trenger jeg å melde noe?",
]
