"""Session 25 (safety62): a massacre named as what a pupil will do, an attack on a place of
worship wished for, a note «to be read after» and no answer since – and beside each class its
calm look-alikes that raise no alarm: a lesson or a book on Utøya and 22 July, a visit to the
mosque, an auto-reply, and IT talk («drepe en prosess», «kill the app», «teams har hengt seg»).
Made-up messages, never the eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

CALM = [
    # IT talk: a process, an app or a task killed, a program that froze
    "vet noen hvordan jeg dreper en oppgave i oppgavebehandling? excel svarer ikke",
    "how do I kill the app on the smartboard? it froze during the lesson",
    "kill the process in task manager and start Teams again",
    "pc-en hang seg midt i foreldremøtet, hvem har support?",
    "outlook har hengt seg igjen, noen som vet hva vi gjør?",
    # a lesson, a book or a visit on the same themes
    "i samfunnsfag skal 10. trinn lære om Utøya og 22. juli, har noen et opplegg?",
    "vi leser en roman om Christchurch-angrepet med VG1, noen tips til samtale?",
    "the pupils should visit the mosque on the theme day, whom do we ask?",
    "we discussed the great replacement conspiracy theory in the lesson today",
    "vi vil gjøre som på Utøya-leiren og ha debatt om demokrati i klassen",
    # an auto-reply
    "når du leser dette er jeg borte fra kontoret og svarer ikke på e-post før mandag",
    "Når du leser dette har jeg gått for dagen, jeg svarer ikke på telefon etter 16",
]

ROUTED = [
    # a massacre named as what he will do
    ("gutten i 9B sier han skal gjøre som på Utøya når han fyller 18", "hastemote"),
    ("eleven sier hun vil gjøre det samme som Breivik", "hastemote"),
    ("a pupil told classmates he is going to do a Columbine", "hastemote"),
    # an attack on a place of worship or a people wished for
    ("a boy in 8th grade says someone should attack the synagogue", "hastemote"),
    ("han sier noen burde angripe moskeen i byen", "hastemote"),
    ("my student says immigrants should be attacked", "hastemote"),
    # the conspiracy talked of by a pupil, no lesson
    ("a student keeps talking about the great replacement on his discord", "hastemote"),
    # a note to be read after, and no answer since
    ("jenta skrev «når du leser dette er jeg død» på snap og svarer ikke", "selvskading"),
    ("he texted 'when you read this I'll be gone' and is not answering", "selvskading"),
    # a person hanged is no program
    ("han har hengt seg i garasjen", "selvskading"),
    # a kill with a person still routes
    ("gutten sier han skal drepe en elev i friminuttet", "hastemote"),
]

test_the_real_danger_twin_routes, test_calm_look_alikes_raise_no_alarm = case_tests(ROUTED, CALM)
