"""Session 35 (disclosure79): fresh36's dev disclosures that went unrouted or to the wrong
routine, each read as a class beside its calm look-alikes – a drug a young person is made to
test is the rus routine, not coercion at home; a child who cannot be at home for the fighting
there (sleeps at a friend's, will not go home) is afraid of home; a fake profile of a pupil that
sends threats is a threat; an online «friend» who sends propaganda, or calls him «bror» and
invites him to a closed group, is radicalisation; a debt for things given (skins, vapes) paid
back with meetings or «ting» is exploitation; goods given for pictures are grooming, before the
drug paid. Made-up messages, many in the second-language style, never the eval's own."""

from __future__ import annotations

from tests.auxil.safety_cases import class_tests

ROUTED: list[tuple[str, str, str]] = [
    # a drug a young person is made to test
    ("gutten sier han blir tvunget til å teste piller for noen eldre", "rus", "disclosure"),
    ("he is forced to test drugs for a dealer", "rus", "disclosure"),
    ("de eldre gutta tvinger ham til å teste hasj før de selger den", "rus", "disclosure"),
    # cannot be at home for the fighting there
    (
        "gutten sover hos kompisen hele uka fordi det er så mye slåssing hjemme",
        "vold_nare",
        "disclosure",
    ),
    (
        "he sleeps at his friend's house because there is fighting at home",
        "vold_nare",
        "disclosure",
    ),
    ("jenta sover hos venninna fordi pappa skriker og slår hjemme", "vold_nare", "disclosure"),
    ("hun vil ikke gå hjem, pappa slår", "vold_nare", "disclosure"),
    # a fake profile of a pupil that threatens
    (
        "noen har lagd en fake profil av eleven og truer klassekameratene hans",
        "trusler",
        "disclosure",
    ),
    (
        "someone made a fake account of her and sends threats to her friends",
        "trusler",
        "disclosure",
    ),
    ("en falsk snap-konto utgir seg for å være ham og sender trusler", "trusler", "disclosure"),
    # radicalisation by an online contact
    ("en fyr på nett sender ham jihad-videoer hele tiden", "radikalisering", "disclosure"),
    (
        "a new online friend sends him ISIS videos and calls him brother",
        "radikalisering",
        "disclosure",
    ),
    (
        "gutten har en ny venn på discord som kaller ham bror og har invitert ham til en lukket"
        " gruppe",
        "radikalisering",
        "disclosure",
    ),
    # a debt for things given, paid back with meetings or «ting»
    (
        "en eldre fyr ga henne vapes og nå sier han at hun skylder ham og må møte ham",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "a guy gave him robux and now says he owes him and has to meet him",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # goods given for pictures
    ("he sends her money for pictures, she is 14", "seksuelle_overgrep", "disclosure"),
    ("en mann på snap gir ham robux for bilder", "seksuelle_overgrep", "disclosure"),
    ("she gets vapes if she sends pics to older guys", "seksuelle_overgrep", "disclosure"),
    ("gutten 14 får snus hvis han sender bilder til en mann", "seksuelle_overgrep", "disclosure"),
    # the same classes in the second-language style: «til» left out, a stranger, «owe»
    ("han bli tvunget å prøve kokain av eldre venner", "rus", "disclosure"),
    (
        "en ukjent på tiktok sender ham videoer fra IS og sier han er bror",
        "radikalisering",
        "disclosure",
    ),
    (
        "older boy gave her vapes, now she owe him and must meet him",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    ("man give her money for picture, she is 14", "seksuelle_overgrep", "disclosure"),
    ("she gets snus for sending nudes to older boys", "seksuelle_overgrep", "disclosure"),
    ("the boy dont go home, at home is violence", "vold_nare", "disclosure"),
    (
        "noen har laget falsk tiktok med bildet hans og skriver trusler til andre elever",
        "trusler",
        "disclosure",
    ),
    (
        "en eldre gutt ga ham vape og snus, nå sier han han skylder og må hjelpe han med ting",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "older guy give him money for games and now want him to meet him alone because he owe",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    ("girl 13 get vape from older boy if she send picture", "seksuelle_overgrep", "disclosure"),
]

CALM = [
    # a sleepover, parents away, a fight in the break
    "hun sover hos venninne på lørdag fordi det er bursdag",
    "she sleeps at her friend's house on saturday for a birthday party",
    "han sover hos bestemor fordi foreldrene er på ferie",
    "det var slåssing i friminuttet, så han sover hos en kompis i kveld",
    "hun sover hos pappa annenhver uke, mamma bor i byen",
    "pappa slår av lyset, hun sover hos venninna i kveld",
    # a debt in a game, a loan paid back
    "i spillet skylder han gjeld og må gi skins tilbake",
    "he owes his friend a skin in the game and will meet him online tonight",
    "han lånte penger av kompisen og skylder ham 50 kroner, de skal møtes i morgen",
    "gutten lånte skins av en venn og skal gi dem tilbake når de møtes",
    # IS in a lesson, a new friend who is only a friend
    "vi har en historietime om IS og propaganda, har dere opplegg?",
    "the class watched a documentary about ISIS propaganda in history",
    "vi så en film om IS i samfunnsfag, en elev sa det var ekkelt",
    "eleven har en ny venn på nett som kaller ham bror, de spiller fortnite",
    # a celebrity's fake profile, a lesson on fake profiles
    "noen har laget en falsk profil av en kjendis og selger ting",
    "a fake profile of a famous footballer sends spam to everyone",
    "skal ha undervisning om falske profiler og trusler på nett",
    # a substance tested in chemistry, pocket money for a chore, paid for match photos
    "elevene testet stoffer i kjemitimen",
    "hun får ukepenger for å passe lillebroren",
    "avisa betaler fotografen penger for bilder fra kampen",
    # «is» as ice, a stranger who asks the way, a debt of a game or a soda
    "vi hadde is etter kampen, og en ny venn viste ham videoer fra is-hockey",
    "en ukjent mann spurte om veien til skolen, eleven ble redd",
    "tvunget å ta bussen hjem fordi pappa var syk",
    "I owe him a game, we meet tomorrow",
    "han skylde kompisen en brus og må møte ham i friminuttet",
    "he paid for a picture frame for his mum",
    # a favour owed among friends, a sticker or pocket money for a photo of her work
    "he gave me a game and now I owe him, I must help him with homework",
    "broren ga ham penger til kino, nå skylder han ham og må hjelpe ham med flyttinga",
    "girl 13 gets a sticker if she sends a picture of her drawing to the teacher",
    "she gets money from her dad if she sends a photo of her report card",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)
