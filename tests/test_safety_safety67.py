"""Session 27 (safety67): fresh26's danger told in the voices of the room, routed by class – a
note of one's own last day and then out of reach, a plan found with the school drawn as a
target, a child gone from a trip staff lead while they search, someone's pills taken and a
body falling asleep, a girl dragged into a room she cannot get out of – and beside each class
its calm look-alikes: the last day before the holiday, a drawing of the school, a trip planned,
a medicine taken as prescribed, a lesson on what a body does. Made-up messages, never the
eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

ROUTED = [
    # a note of one's own last day, and then out of reach
    (
        "fant en lapp på pulten hans: «i morgen er min siste dag». Han svarer ikke på telefonen",
        "selvskading",
    ),
    ("hun skrev på snap «i dag er siste dagen min» og mobilen er av", "selvskading"),
    # a plan found with the school drawn or mapped as a target
    ("fant en plan i skapet til en gutt med klokkeslett og tegning av skolen", "hastemote"),
    ("vi fant en liste med navn på lærere og et kart over skolen i sekken hans", "hastemote"),
    # a child gone from a trip staff lead, while they search or it grows dark
    ("en gutt på 9 er borte fra klasseturen, vi har lett i tjue minutter", "hastemote"),
    ("ei jente forsvant fra leirskolen og det begynner å bli mørkt", "hastemote"),
    # someone's pills taken and a body falling asleep: poisoning, the rus routine
    ("dattera på 13 har tatt av mammas tabletter og sovner hele tiden", "rusbekymring"),
    ("gutten har spist noen piller fra skapet hjemme og sovner stadig", "rusbekymring"),
    # many pills still read as self-harm
    ("han har tatt en hel eske med pappas piller og sovner hele tiden", "selvskading"),
    ("hun har tatt alle pillene til faren og sovner hele tiden", "selvskading"),
    ("gutten tok hele esken med sovetabletter", "selvskading"),
    # dragged into a room and unable to get out
    ("noen eldre gutter dro henne inn på badet og hun kommer seg ikke ut", "vold-naere-relasjoner"),
]

CALM = [
    "i dag er siste dagen før ferien, og en forelder svarer ikke på telefon",
    "i dag er siste dagen min på jobb før permisjonen, hvem tar over?",
    "eleven har laget en tegning av skolen til 17. mai, kan vi henge den opp?",
    "fant en plan for skoleturen i sekken til en elev, hvem eier den?",
    "vi har planlagt skoleturen til Vansjø neste uke, hvem har ansvar for førstehjelp?",
    "en elev var borte fra skoleturen i dag fordi han var syk",
    "eleven drikker mye energidrikk og sovner hele tiden i timen",
    # «hele» a while, no amount of pills
    "eleven tar medisin og sovner hele timen, hva gjør vi?",
    "han tar ADHD-medisin hele skoleåret, hvem snakker vi med?",
    "Naturfag: hva skjer i kroppen ved overdose? Trenger fagstoff til prøven",
    "hva skjer i kroppen ved alkoholforgiftning? trenger fagstoff til undervisningen",
    "vi fikk ikke døra opp på lageret og kommer oss ikke ut før vaktmesteren kommer",
]

test_the_sign_routes, test_calm_look_alikes_raise_no_alarm = case_tests(ROUTED, CALM)
