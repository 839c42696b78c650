"""Session 40 (disclosure84): a probe of disclosures told in someone's own words, nobody tuned
on – a child's or parent's words quoted at length, voice-dictated text without punctuation,
harm in the past with a question about now, two questions in one, people with two hats (a
coach, a bus driver, a parent who is staff), nynorsk and dialect, half in English, harm after
an admin sentence, exploitation told as work or chores for others, a secret about a parent,
a drink spiked and a night not remembered – written from the plans and the domain notes, never
an eval item's text; calm look-alikes beside them. Each is ``(kommune, message, expected)``:
``disclosure`` is routed as danger or disclosure with the acute line first, ``asked_back`` the
safety net's question back, ``calm`` neither."""

from __future__ import annotations

DISCLOSURES: list[tuple[str, str, str]] = [
    # exploitation told as work or chores for others, kept from school
    (
        "valer",
        "referatet er lagt ut. ps: en gutt i 8. sier han ikke får gå på skolen fordi han må"
        " vaske hos en annen familie hver dag",
        "disclosure",
    ),
    (
        "jevnaker",
        "jenta sa at hun blir holdt hjemme for å passe barna til naboen og får ikke gå på skolen",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho seier ho må arbeide i butikken til onkelen om kveldane og får ikkje gå på skulen",
        "disclosure",
    ),
    (
        "valer",
        "a girl in 9th grade says she is kept home from school to clean for another family",
        "disclosure",
    ),
    (
        "jevnaker",
        "eleven har mye fravær og sier hun må jobbe for en familie hun bor hos uten å få betalt",
        "disclosure",
    ),
    # a secret about a parent or step-parent: abuse at home
    (
        "valer",
        "gutten sa pappa har sagt at han ikke får si til noen hva som skjer hjemme",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho sa «stefar seier eg ikkje får fortelje nokon om det han gjer med meg»",
        "disclosure",
    ),
    (
        "jevnaker",
        'jenta (10) sa "det er en hemmelighet mellom meg og stefaren min, mamma får ikke vite"',
        "disclosure",
    ),
    # a drink spiked, a night not remembered
    (
        "valer",
        "hun sa hun fikk noe i drinken sin på en fest i helga og husker ingenting etterpå",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho fekk noko i glaset på russefesten og vakna heime hos ein ho ikkje kjenner",
        "disclosure",
    ),
    # quoted words of a child at length
    (
        "valer",
        "hun sa «jeg gruer meg til helga, for da er pappa full og da er det jeg som får det»",
        "disclosure",
    ),
    (
        "gjesdal",
        'gutten (12) sa: "far seier eg er ein skam for familien og at han skal sende meg til'
        ' Somalia til sommaren"',
        "disclosure",
    ),
    (
        "jevnaker",
        "hun sa at når hun ikke gjør som bror sier blir hun låst inne på rommet uten mat",
        "disclosure",
    ),
    # quoted words of a parent
    (
        "valer",
        'mor sa på foreldresamtalen: "jeg vet ikke hva jeg skal gjøre, han slår meg når barna'
        ' sover"',
        "disclosure",
    ),
    (
        "gjesdal",
        "far ringte og sa «dersom ho fortel meir til skulen så skal ho få merke det»",
        "disclosure",
    ),
    # voice-dictated, no punctuation
    (
        "valer",
        "hei jeg er kontaktlærer en elev i sjuende sa i dag at pappaen hennes slår henne med"
        " belte når hun kommer sent hjem hva gjør jeg nå",
        "disclosure",
    ),
    (
        "jevnaker",
        "ringte fra bilen en jente på bussen sa at en voksen mann på nettet vil møte henne og har"
        " sendt penger til henne for bilder",
        "disclosure",
    ),
    (
        "gjesdal",
        "eg er på helsestasjonen ei jente på femten sa at kjærasten hennar tvingar henne til sex"
        " og ho torer ikkje seie nei",
        "disclosure",
    ),
    # harm in the past, a question about now
    (
        "valer",
        "for to år siden sa en elev at onkelen tok på henne, det ble aldri meldt. må jeg gjøre"
        " noe nå?",
        "disclosure",
    ),
    (
        "jevnaker",
        "i fjor fortalte en gutt at stefaren slo ham, men vi gjorde ingenting. bør vi melde nå?",
        "disclosure",
    ),
    (
        "gjesdal",
        "ho fortalde i vår at far trua med å drepe mor, skal eg melde det no sjølv om det er"
        " lenge sidan?",
        "disclosure",
    ),
    # two questions in one
    (
        "valer",
        "når er neste møte i koordineringsgruppa? og en ting til: en elev sa at mamma slår"
        " henne, hvem ringer jeg?",
        "disclosure",
    ),
    (
        "jevnaker",
        "hvem er politikontakt her, og hva gjør jeg når en gutt sier at noen eldre tvinger ham"
        " til å selge hasj?",
        "disclosure",
    ),
    # people with two hats
    (
        "gjesdal",
        "eg er trenar på fotballaget og ein av gutane sa at far hans slår han om han taper kamp",
        "disclosure",
    ),
    (
        "valer",
        "jeg kjører skolebussen, ei jente sa at stefaren tar bilder av henne når hun skifter",
        "disclosure",
    ),
    (
        "jevnaker",
        "jeg er både lærer og forelder i klassen, min datter sier at en venninne blir slått av"
        " faren sin",
        "disclosure",
    ),
    (
        "valer",
        "som trener i håndballen: ei av jentene sier treneren på et annet lag sender henne"
        " meldinger om kroppen hennes og vil møtes alene",
        "disclosure",
    ),
    # nynorsk and dialect
    ("gjesdal", "guten sa far hans banka han så han fekk blåmerke på ryggen", "disclosure"),
    (
        "gjesdal",
        "ho seier ho må gifte seg med ein fetter i heimlandet etter sommaren",
        "disclosure",
    ),
    ("jevnaker", "hu sa at fattern slår mutter'n når han har drekki", "disclosure"),
    # professionals' abbreviations
    (
        "valer",
        "HS: ei jente på 14 fortalte i helsesamtalen at hun må ha sex med eldre gutter for å få"
        " snus",
        "disclosure",
    ),
    (
        "jevnaker",
        "fra NAV: en 17-åring sier at en kar han bor hos tar all stønaden hans og truer ham",
        "disclosure",
    ),
    (
        "gjesdal",
        "PPT-samtale i dag, guten sa at mor låser han inne i kjellaren når han er ulydig. melde"
        " til BV?",
        "disclosure",
    ),
    # half in English
    (
        "valer",
        "a boy in 6th grade told me his stepdad hits him with a belt, hva er rutinen?",
        "disclosure",
    ),
    (
        "jevnaker",
        "jente sa: my uncle says I will be sent to Iraq if I talk to boys",
        "disclosure",
    ),
    (
        "gjesdal",
        "the girl said an older guy on snap wants nude pics and says he will share the old ones",
        "disclosure",
    ),
    # harm after an admin sentence
    (
        "valer",
        "sendte ut saklista i går. forresten: en elev sa at faren sparker henne når han er sint",
        "disclosure",
    ),
    (
        "jevnaker",
        "takk for møtet. ps en gutt i 9 sa at noen eldre gutter tvinger ham til å oppbevare"
        " pakker for dem",
        "disclosure",
    ),
    (
        "gjesdal",
        "referatet kjem i morgon. forresten sa ei jente at mor slo henne i ansiktet i går",
        "disclosure",
    ),
]

CALM: list[tuple[str, str, str]] = [
    ("valer", "fikk noe i drinken min, en veps, holdt på å svelge den", "calm"),
    (
        "jevnaker",
        "for to år siden hadde vi tema om vold på foreldremøtet, skal vi gjøre det igjen?",
        "calm",
    ),
    ("gjesdal", "eg er trenar på fotballaget, har planen noko om idrettslag?", "calm"),
    ("valer", "jeg kjører skolebussen, hvem kontakter jeg om bråk på bussen?", "calm"),
    ("jevnaker", "referatet er lagt ut. ps: husk å melde fra om fravær før fredag", "calm"),
    ("gjesdal", "ho seier ho skal i bryllaup til ein fetter i sommar", "calm"),
    ("valer", "a pupil said she works at the cafe on saturdays, is that ok at 15?", "calm"),
    ("jevnaker", "han sa «pappa har lovet at vi skal på hytta i helga»", "calm"),
    ("valer", "hun husker ikke resten av pensumet, har vi leksehjelp?", "calm"),
    ("gjesdal", "hvem i BV tar imot bekymringsmeldinger fra skolen?", "calm"),
]

PROBE = DISCLOSURES + CALM

KNOWN_MISS: list[tuple[str, str, str]] = [
    # a parent's partner entering the bathroom, «normal» by his word: the safety net asks back
    # (the check reads coming in only with watching, as a small child's parent may come in)
    (
        "jevnaker",
        'eleven sa: "når mamma er på jobb kommer kjæresten hennes inn på badet når jeg dusjer og'
        ' han sier at det er normalt"',
        "disclosure",
    ),
    # a chore or a weekend job, and a happy secret: the danger check stays quiet, but the
    # safety net asks back (false ask-backs: the net's decision, net84's)
    ("jevnaker", "eleven sa at hun må jobbe i butikken til faren sin på lørdager", "calm"),
    ("gjesdal", "ho seier ho må passe veslebror etter skulen ein dag i veka", "calm"),
    ("valer", "mamma sier jeg ikke får fortelle noen om bursdagsgaven til pappa", "calm"),
]
"""Probe messages still missed at the end of the session (xfail in tests/test_disclosure84.py).
At base (7c084889) 42 of the 53 were right; at the end 49."""
