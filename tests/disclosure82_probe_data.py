"""Session 38 (disclosure82): a probe of disclosures nobody tuned on, written from the plans and
the domain notes as staff type them – barnehage staff, NAV and utekontakt, sports and culture
leaders; the child's or parent's own words quoted, a message forwarded from another chat; sex
or money demanded for a room or drugs, a bank account used by others and debt, young carers,
online grooming, radicalisation signs – and calm look-alikes beside them. Made up, never an eval
item's text. Each is ``(kommune, message, expected)``: ``disclosure`` is routed as danger or
disclosure with the acute line first, ``asked_back`` the safety net's question back (the acute
line first, no routine), ``calm`` is neither, any other value is the reply's intent (a meeting
command the coordinator writes)."""

from __future__ import annotations

DISCLOSURES: list[tuple[str, str, str]] = [
    # sex demanded for a place to sleep, drugs or money
    (
        "valer",
        "ei jente på 16 som kommer på ungdomsklubben sier hun får bo hos en mann på 30 hvis hun"
        " er sammen med ham",
        "disclosure",
    ),
    (
        "jevnaker",
        "utekontakten: gutt 17 sover hos eldre menn han møter på nett for å ha et sted å være, de"
        " gir han hasj",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho sa ho må ligge med kompisane til kjærasten for at han skal gi ho rus",
        "disclosure",
    ),
    (
        "valer",
        "jente 15 sier hun far penger og snus av en voksen mann hvis hun sender bilder",
        "disclosure",
    ),
    (
        "gjesdal",
        "utekontakten møtte ei på 15 som bor hos en «venn» på 40 som gir henne dop og tar bilder"
        " av henne",
        "disclosure",
    ),
    (
        "jevnaker",
        "NAV her: jente 18 sier hun må ha sex med utleier for å få bo der, hun har ikke penger til"
        " husleia",
        "disclosure",
    ),
    # a bank account used by others, debt to a gang
    (
        "jevnaker",
        "en 17-åring på NAV forteller at noen eldre gutter har tatt over bankkontoen hans og"
        " sender penger gjennom den",
        "disclosure",
    ),
    (
        "gjesdal",
        "gutt 16 har lånt ut bankkortet sitt til en gjeng og nå truer de ham hvis han sperrer det",
        "disclosure",
    ),
    (
        "valer",
        "ungdom sier han skylder en gjeng 20 000 og må betale det ned ved å kjøre ting for dem",
        "disclosure",
    ),
    (
        "jevnaker",
        "18-åring jeg følger opp sier at noen har tatt BankID-en hans og bruker den til å ta opp"
        " lån i hans navn",
        "disclosure",
    ),
    (
        "gjesdal",
        "ein gut på 17 seier at nokon eldre brukar kontoen hans til å flytte pengar, og han torer"
        " ikkje seie nei",
        "disclosure",
    ),
    (
        "valer",
        "fikk melding fra en spiller: «de sier jeg ma ta ut penger fra kontoen min til dem hver"
        " uke ellers blir jeg banka»",
        "disclosure",
    ),
    (
        "gjesdal",
        "gutt 15 sier han får 2000 kr for å la noen overføre penger via vippsen hans, han vet"
        " ikke hvem de er",
        "disclosure",
    ),
    # young carers, a child kept from school to care
    (
        "jevnaker",
        "eleven på 10 er nesten aldri på skolen, han sier han må være hjemme og passe på pappa"
        " som er syk",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho på 12 seier ho må stelle mor si som er sjuk, og ho har ikkje vore på skulen på"
        " fleire veker",
        "disclosure",
    ),
    (
        "valer",
        "gutt 9 sier han ma vaere hjemme fra skolen for a passe lillesostra fordi mor er pa"
        " sykehuset og ingen andre er der",
        "disclosure",
    ),
    (
        "jevnaker",
        "trener her: en spiller på 13 har sluttet å komme, sier han må ta seg av mamma som er"
        " deprimert og ikke står opp om morgenen",
        "disclosure",
    ),
    (
        "valer",
        "en jente i 4. klasse sier hun må lage middag og legge småsøsknene hver kveld fordi"
        " mamma drikker",
        "disclosure",
    ),
    (
        "gjesdal",
        "storesøster på 11 mangler masse på skolen, hun sier hun må hjelpe mamma som er syk med"
        " alt hjemme",
        "disclosure",
    ),
    # online grooming
    (
        "valer",
        "en elev i 7. viser meg at en voksen på snap sier hun er moden for alderen og ber henne"
        " holde det hemmelig",
        "disclosure",
    ),
    (
        "gjesdal",
        "jente 13 har fått gavekort av en mann hun møtte på discord, han vil møte henne alene",
        "disclosure",
    ),
    (
        "jevnaker",
        "videresendt fra foreldrechatten: «dattera mi på 12 får meldinger fra en 25-åring på"
        " tiktok som vil ha bilder»",
        "disclosure",
    ),
    (
        "valer",
        "ein gut på 14 på klubben seier ein vaksen mann på nettet gir han skins i spelet mot"
        " bilete",
        "disclosure",
    ),
    # radicalisation signs
    (
        "gjesdal",
        "en 16-åring i fotballaget deler videoer om at innvandrere må kastes ut med makt og har"
        " begynt å trene med en gruppe i skogen",
        "disclosure",
    ),
    (
        "jevnaker",
        "ungdom i kulturskolen har IS-flagg som bakgrunn og sier han vil reise til Syria",
        "disclosure",
    ),
    (
        "gjesdal",
        "gutt 17 sier jodene styrer alt og at det snart blir krig, han har hakekors pa sekken",
        "disclosure",
    ),
    (
        "valer",
        "spiller på 14 snakker om at byen må renses for utlendinger og har lastet ned et manifest",
        "disclosure",
    ),
    (
        "jevnaker",
        "en gutt på fritidsklubben har hakekors på jakka og sier at muslimene skal bort fra bygda",
        "disclosure",
    ),
    # told in the barnehage, the child's own words
    (
        "valer",
        "barnehagelærer: jenta på 4 sa «pappa tar på tissen min når mamma er på jobb»",
        "disclosure",
    ),
    (
        "jevnaker",
        "i barnehagen sa en gutt på 3 at mamma slo ham med tøffelen fordi han tisset på seg",
        "disclosure",
    ),
    (
        "gjesdal",
        "Barnehage her. Et barn på 5 sier onkel viser ham filmer med nakne folk og sier det er en"
        " hemmelighet",
        "disclosure",
    ),
    # forwarded or quoted from a parent or a leader
    (
        "valer",
        "videresendt fra lagleder: «en av guttene på G14 sa at han får 500 kr for hver pakke han"
        " leverer for noen i byen»",
        "disclosure",
    ),
    (
        "jevnaker",
        "mor ringte og sa «sønnen min skylder noen penger og de har sagt at han må selge for dem"
        " eller så tar de lillesøsteren»",
        "disclosure",
    ),
    (
        "valer",
        "ungdomskontakten: gutt 16 sier han har fått ny iPhone av noen eldre og nå må han gjøre"
        " dem en tjeneste i helga",
        "disclosure",
    ),
    (
        "gjesdal",
        "en 15-åring på fritidsklubben sier en fyr på 22 har lovet ham penger og røyk hvis han"
        " blir med hjem",
        "disclosure",
    ),
    # a command's verb inside a disclosure: the disclosure wins
    # (asked back until session 40, when grooming came to read an adult's messages to her
    # about her body: disclosure84)
    (
        "gjesdal",
        "jente 14 vil avlyse alle treningene fordi treneren sender henne meldinger om kroppen"
        " hennes og ber henne slette dem",
        "disclosure",
    ),
    (
        "valer",
        "gutt 15 sier han må flytte inn hos en eldre kar han skylder penger og jobbe for ham",
        "disclosure",
    ),
    (
        "jevnaker",
        "en gjeng bruker kontoen til en 16-åring til å flytte penger neste uke, han tør ikke si"
        " nei",
        "disclosure",
    ),
]

CALM: list[tuple[str, str, str]] = [
    ("jevnaker", "flytt neste møte i fagteamet en uke", "meeting_move"),
    ("gjesdal", "avlys neste møte i operativ slt-gruppe", "meeting_cancel"),
    (
        "valer",
        "ungdom 18 lurer på hvordan han kan flytte penger fra sparekontoen, hvem i NAV kan hjelpe"
        " med økonomi?",
        "calm",
    ),
    ("gjesdal", "en elev har mistet bankkortet sitt på skolen, hvem skal han ringe?", "calm"),
    ("jevnaker", "hvor finner jeg handlingsplanen mot radikalisering?", "calm"),
    ("valer", "skal ha foredrag om nettgrooming på foreldremøtet, har vi noe materiell?", "calm"),
    ("valer", "har vi et tilbud for barn som har syke foreldre i planen?", "calm"),
    ("jevnaker", "ungdomsklubben skal rense parken for søppel på dugnad lørdag", "calm"),
    ("valer", "hvordan kan vi hjelpe ungdom med gjeld, har NAV økonomisk rådgivning?", "calm"),
    (
        "jevnaker",
        "laget selger dopapir for a fa penger til cupen, hvem har ansvar for det?",
        "calm",
    ),
    (
        "gjesdal",
        "en spiller på 15 har fått sommerjobb og lurer på om han trenger eget bankkort",
        "calm",
    ),
    ("jevnaker", "barnehagen har besøk av politiet i morgen for å snakke om trygghet", "calm"),
    (
        "gjesdal",
        "jenta på 12 passer lillebroren sin et par timer etter skolen mens mamma jobber",
        "calm",
    ),
    ("valer", "16-åringen på klubben fikk endelig sommerjobb på butikken, flott!", "calm"),
    ("jevnaker", "hvem i politiet snakker med skolene om svindel og pengemuling?", "calm"),
]

PROBE: list[tuple[str, str, str]] = DISCLOSURES + CALM

KNOWN_ALARM: list[tuple[str, str, str]] = [
    # a general question about signs, read as a young person being radicalised: the danger
    # check's `general` frames are calm82's (false alarms); kept here as the probe scored it
    ("valer", "hva er tegn på at en ungdom blir radikalisert?", "calm"),
]
