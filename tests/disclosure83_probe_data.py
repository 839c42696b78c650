"""Session 39 (disclosure83): a probe of disclosures told in someone's own words, nobody tuned
on – the child's or parent's words quoted, a message forwarded from a chat, half in English,
a question about procedure around the telling («må jeg melde?», «trenger vi samtykke?»), harm
told after meeting talk, professionals' abbreviations (BV, HS, PPT, NAV) – written from the
plans and the domain notes, never an eval item's text; calm look-alikes beside them. Each is
``(kommune, message, expected)``: ``disclosure`` is routed as danger or disclosure with the
acute line first, ``asked_back`` the safety net's question back, ``calm`` neither."""

from __future__ import annotations

DISCLOSURES: list[tuple[str, str, str]] = [
    # quoted words of a child
    ("valer", 'eleven sa til meg: "pappa slår meg når han er full"', "disclosure"),
    (
        "jevnaker",
        "jenta (13) sa «mamma sier jeg er søppel og låser meg ute om natta»",
        "disclosure",
    ),
    ("gjesdal", 'gutten sa "eg vil ikkje heim, far blir sint og kastar ting på meg"', "disclosure"),
    ("valer", "hun skrev på lappen: onkel tar på meg når ingen ser", "disclosure"),
    (
        "jevnaker",
        'en 9-åring sa "stefar kommer inn på rommet mitt om natta og jeg liker det ikke"',
        "disclosure",
    ),
    (
        "gjesdal",
        "ho sa «eg får ikkje gå på skulen lenger, dei skal sende meg til Pakistan for å gifte meg»",
        "disclosure",
    ),
    (
        "valer",
        'gutt 15 sa: "jeg skylder dem 20 000 og de sier de skal ta lillebroren min"',
        "disclosure",
    ),
    # quoted words of a parent, a forwarded message
    (
        "jevnaker",
        "far skrev på vigilo: «hvis hun forteller noe mer på skolen får hun bank»",
        "disclosure",
    ),
    (
        "gjesdal",
        "mor skreiv til kontaktlæraren: «ikkje ring heim, han blir rasande om han veit eg har"
        " snakka med dykk»",
        "disclosure",
    ),
    (
        "valer",
        'videresender fra en forelder: "jeg tør ikke gå hjem med barna, han truer oss"',
        "disclosure",
    ),
    (
        "jevnaker",
        "fikk denne fra en mor på sms: «mannen min slår meg og ungene ser det»",
        "disclosure",
    ),
    (
        "gjesdal",
        "skjermbilde fra klassechatten: noen skriver at de skal «ta» en elev etter skolen med kniv",
        "disclosure",
    ),
    # half in English
    ("valer", "a pupil told me her dad hits her mum and she is scared to go home", "disclosure"),
    ("jevnaker", "one of the boys said his uncle touches him, hva gjør jeg?", "disclosure"),
    ("gjesdal", "jente sa at familien forces her to marry a cousin next summer", "disclosure"),
    (
        "valer",
        "a student says older guys pay him to deliver packages and threaten him if he stops",
        "disclosure",
    ),
    ("jevnaker", "the girl told me her boyfriend shares naked pictures of her", "disclosure"),
    # a question about procedure around the telling
    ("valer", "en elev fortalte i dag at far slår henne. må jeg melde til BV?", "disclosure"),
    (
        "gjesdal",
        "ein gut seier mor drikk kvar kveld og han får ikkje mat. treng vi samtykke før vi ringer"
        " barnevernet?",
        "disclosure",
    ),
    (
        "jevnaker",
        "jenta sier stefaren tar bilder av henne i dusjen, skal jeg si det til foreldrene først?",
        "disclosure",
    ),
    (
        "valer",
        "HS her: gutt 14 har merker på ryggen og sier far har slått med belte, hvem melder?",
        "disclosure",
    ),
    (
        "gjesdal",
        "elev sa hun blir slått hjemme, kan jeg vente til etter helga med å melde?",
        "disclosure",
    ),
    ("jevnaker", "hvordan dokumenterer jeg at en elev sa at moren slår henne?", "disclosure"),
    (
        "valer",
        "PPT: barnet fortalte at pappa låser henne inne i boden. trenger jeg samtykke fra mor for"
        " å melde?",
        "disclosure",
    ),
    # harm told after meeting talk
    (
        "gjesdal",
        "etter møtet i ressursteamet kom en elev og sa at broren truer henne med kniv hjemme",
        "disclosure",
    ),
    (
        "jevnaker",
        "vi hadde foreldresamtale i dag, og etterpå sa gutten at far sparker ham når mor ikke er"
        " hjemme",
        "disclosure",
    ),
    (
        "valer",
        "på utviklingssamtalen sa jenta at hun må sende bilder til en voksen mann hun møtte på"
        " snap",
        "disclosure",
    ),
    (
        "gjesdal",
        "referat fra tverrfaglig: NAV melder at en 17-åring selger hasj for en eldre gjeng og er"
        " redd for dem",
        "disclosure",
    ),
    # drugs at home, threats from visitors; filmed drunk; radicalisation in a chat
    (
        "jevnaker",
        "gutten sier faren selger dop fra leiligheta og folk kommer og truer dem",
        "disclosure",
    ),
    (
        "valer",
        "hun sier mora røyker hasj hele dagen og det kommer rare folk hjem om natta",
        "disclosure",
    ),
    ("gjesdal", "noen gutter filmet henne da hun var rusa på fest og legger det ut", "disclosure"),
    (
        "valer",
        "elev forteller at en kar i 20-åra tok bilder av henne mens hun sov på fest og deler dem",
        "disclosure",
    ),
    (
        "jevnaker",
        'eleven sier han er med i en discord der de snakker om å "ta" innvandrere',
        "disclosure",
    ),
    (
        "gjesdal",
        'en elev skriver i chatten at "jødene styrer alt" og deler manifestet til terroristen',
        "disclosure",
    ),
    (
        "valer",
        'gutten snakker om at "vi må forsvare landet vårt med våpen" og er med i en gruppe på'
        " telegram",
        "disclosure",
    ),
    (
        "jevnaker",
        "a boy says his chat group is planning something against the mosque",
        "disclosure",
    ),
    # forced marriage, honour
    (
        "valer",
        "ho er redd for sommarferien, familien skal gifte henne bort i heimlandet",
        "disclosure",
    ),
    (
        "jevnaker",
        "jenta 16 sier brødrene følger etter henne og truer henne fordi hun har kjæreste",
        "disclosure",
    ),
    (
        "gjesdal",
        "elev sier foreldrene har tatt passet hennes og hun skal til Somalia i sommer og gifte seg",
        "disclosure",
    ),
    # no æøå, typos, abbreviations
    ("valer", "elev sier stefar slar henne og hun tor ikke ga hjem", "disclosure"),
    ("jevnaker", "BV bor vite: jenta sier mamas kjaereste tar pa henne", "disclosure"),
    ("gjesdal", "gutt 12 forteler at pappa dengjer han med beltet", "disclosure"),
    (
        "valer",
        "ungdom (17) sier kjæresten kontrolerer telefonen og slo henne på lørdag",
        "disclosure",
    ),
    # a second batch, written after the first fixes (other shapes, other words)
    (
        "valer",
        "ny her. en jente i 8. sa at kjæresten hennes på 19 krever nakenbilder hver dag, må jeg"
        " si det til noen?",
        "disclosure",
    ),
    (
        "jevnaker",
        'mor ringte: "jeg orker ikke mer, han kaster ting etter meg og ungene gjemmer seg under'
        ' senga"',
        "disclosure",
    ),
    (
        "gjesdal",
        "forwarded from the after-school club: boy (10) says mum's boyfriend locks him in the"
        " basement when he is naughty",
        "disclosure",
    ),
    (
        "valer",
        "fra HS: jenta har blåmerker på låret og sier «det var bare pappa som var sur», skal vi"
        " ta det i ressursteamet?",
        "disclosure",
    ),
    (
        "jevnaker",
        "kort spm etter dagens møte i SLT-gruppa: en elev sa i dag at faren har tatt telefonen og"
        " passet hennes. hvem ringer jeg?",
        "disclosure",
    ),
    ("gjesdal", 'gutten sa "dei seier eg må selje for dei elles får mamma problem"', "disclosure"),
    (
        "valer",
        "hun viste meg meldinger fra en voksen mann: «du er så moden for alderen, ikke si det til"
        " noen»",
        "disclosure",
    ),
    (
        "gjesdal",
        "BV-saken vi snakka om på møtet: no seier jenta at onkelen kjem inn til ho om natta",
        "disclosure",
    ),
    (
        "valer",
        "trenger vi samtykke fra foreldrene når eleven sier at det er foreldrene som slår?",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho sa ho må vere heime og passe småsysknene, mor er rusa heile tida",
        "disclosure",
    ),
    (
        "valer",
        "en gutt på klubben sier noen eldre gutter tvinger ham til å oppbevare ting for dem, vet"
        " ikke hva",
        "disclosure",
    ),
    (
        "jevnaker",
        "etter foreldremøtet kom en mor bort og sa at mannen hennes slår eldste sønnen",
        "disclosure",
    ),
    ("gjesdal", "kva gjer eg? eleven sa at faren truga med å drepe mora i helga", "disclosure"),
    (
        "valer",
        "NAV: ungdom 17 forteller at kjæresten tar alle pengene hans og slår ham når han sier nei",
        "disclosure",
    ),
    (
        "jevnaker",
        'he told me "my dad says if I tell anyone he will send me back to Syria"',
        "disclosure",
    ),
    (
        "gjesdal",
        "jenta fortalde at ein vaksen mann på snap tilbyr ho pengar for bilete",
        "disclosure",
    ),
    (
        "valer",
        "eleven skreiv i stilen at stefar tar på henne når mamma er på jobb, hva gjør vi nå",
        "disclosure",
    ),
    (
        "jevnaker",
        'a mom wrote to me: "please don\'t tell my husband I contacted you, he will hurt me"',
        "disclosure",
    ),
    (
        "gjesdal",
        "gutt i 9. sier han har fått beskjed om å slå ned en annen gutt ellers blir han banka selv",
        "disclosure",
    ),
    (
        "valer",
        "jente 14 sier hun har en kjæreste på 24 som henter henne etter skolen, hun sier de har"
        " sex",
        "disclosure",
    ),
    (
        "jevnaker",
        'ungdommen sier han blir sendt på "ferie" til hjemlandet og skal ikke komme tilbake',
        "disclosure",
    ),
    (
        "gjesdal",
        "PPT-rapport nevner at barnet sier far slår mor, har vi taushetsplikt overfor politiet?",
        "disclosure",
    ),
    (
        "valer",
        'elev sa: "mamma sier jeg er grunnen til at pappa drikker og slår henne"',
        "disclosure",
    ),
]

CALM: list[tuple[str, str, str]] = [
    ("valer", 'eleven sa "pappa kommer og henter meg klokka tre"', "calm"),
    ("gjesdal", "må jeg melde til barnevernet hvis en elev har mye fravær?", "calm"),
    ("valer", "trenger vi samtykke før vi tar opp en ungdom i SLT-gruppa?", "calm"),
    ("jevnaker", "etter møtet i politirådet: når er neste møte?", "calm"),
    ("gjesdal", "mor skreiv: «han er sjuk i dag og kjem ikkje på skulen»", "calm"),
    ("valer", "vi skal ha tema om radikalisering på foreldremøtet, har planen noe om det?", "calm"),
    ("jevnaker", "videresender fra rektor: «husk å sende inn referatet innen fredag»", "calm"),
    ("gjesdal", "hvordan dokumenterer vi samarbeid med PPT?", "calm"),
    ("valer", "elevene filmet skuespillet og la det ut på skolens side", "calm"),
    ("jevnaker", "hvem i BV er kontaktperson for skolene?", "calm"),
    ("gjesdal", "the girl told me she loves football, do we have tiltak for sport?", "calm"),
]

PROBE = DISCLOSURES + CALM

KNOWN_MISS: list[tuple[str, str, str]] = [
    # «m.» for «med» is not read: the safety net asks back
    ("jevnaker", "hun sa at hu må sove m. en kar for å få bo der", "disclosure"),
    # a degrading punishment told in English: the safety net asks back
    (
        "jevnaker",
        "student: a boy in 7th grade says his father makes him stand in the cold as punishment",
        "disclosure",
    ),
    # food withheld as a punishment: the plan's routine, but with the warning line, no lead
    (
        "jevnaker",
        'elev sa "jeg får ikke spise hvis jeg ikke gjør alt riktig hjemme". er det'
        " bekymringsmelding?",
        "disclosure",
    ),
    # a telling of nothing harmful, in English: the safety net asks back (a false ask-back)
    ("jevnaker", "a pupil told me she is moving to Bergen in the summer", "calm"),
]
"""Probe messages still missed at the end of the session (xfail in tests/test_disclosure83.py)."""
