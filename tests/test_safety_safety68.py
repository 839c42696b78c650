"""Session 27 (safety68): disclosures told in the voices of the people who use the room, each
class beside its calm look-alikes – a mark given for a child's failing is a punishment, not
self-harm; something unnamed a parent smokes; anabolic steroids handed to a pupil; older youths
treating the youngest to drink and drugs; home told dangerous when a parent has drunk (the
child's danger wins over the drinking as such); an unnamed «han» coming in to a girl while her
mother works nights. Made-up messages, never the eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

ROUTED = [
    # a mark given as punishment for a child's failing: violence, not self-harm
    (
        "jenta har blåmerker på armene og sier hun fikk dem fordi hun ikke gjorde leksene",
        "vold-naere-relasjoner",
    ),
    (
        "Gutten har sår på beina, han sier han fikk dem fordi han ikke åt opp maten",
        "vold-naere-relasjoner",
    ),
    # … but a child who hurts itself over a failing is self-harm still
    (
        "han har sår på armene og sier han skader seg selv fordi han ikke gjorde leksene",
        "selvskading",
    ),
    # something unnamed a parent smokes: rus at home, whatever neglect comes with it
    ("mamma røyker noe fra folie og ligger på sofaen hele dagen", "rusbekymring"),
    (
        "pappa røyker noe rart på kjøkkenet og glemmer å lage middag til ungene",
        "rusbekymring",
    ),
    # anabolic steroids handed to a young person
    (
        "noen eldre gutter gir elevene anabole steroider og vil at de skal selge videre",
        "rusbekymring",
    ),
    # older youths treating the youngest to drink and drugs
    ("de eldre på ungdomsklubben spanderer øl og hasj på åttendeklassingene", "rusbekymring"),
    # home dangerous when a parent has drunk or taken something: the child's danger wins
    ("gutten sier det er farlig å være hjemme når mamma har tatt piller", "vold-naere-relasjoner"),
    ("Kari sa at det er farleg å vere heime når faren har drukke", "vold-naere-relasjoner"),
    # an unnamed «han» coming in to the child while the mother works nights
    (
        "i dagboka skrev hun at når mamma jobber natt kommer han inn på rommet mitt",
        "vold-naere-relasjoner",
    ),
    ("Ola skrev: når mora mi har nattevakt kjem han inn til meg", "vold-naere-relasjoner"),
]

CALM = [
    # a wound from an accident, a remark for homework not done
    "han fikk et sår på kneet fordi han ikke så fortauskanten",
    "eleven fikk anmerkning fordi han ikke gjorde leksene",
    "han fikk skrubbsår etter at han falt på sykkelen",
    # smoking less, a pipe of tobacco
    "mamma røyker noe mindre nå etter at hun ble gravid",
    "bestefar røyker pipe og sover middag hver dag",
    # steroids from the doctor, a talk on them
    "legen har gitt ham steroider mot astmaen",
    "vi skal ha et foredrag om anabole steroider for 10. trinn",
    # treated to pizza and soda
    "treneren spanderte pizza og brus på de yngste etter cupen",
    # a question about being home alone
    "er det farlig å være hjemme alene når man er ni år?",
    "det er farlig å la barn være hjemme alene med tent stearinlys",
    # care at night while the mother works
    "når mamma er på nattevakt kommer bestemor inn til meg og leser",
    "når mamma er på nattevakt kommer han inn til meg når jeg har mareritt",
    "pappa jobber natt, så onkel kommer og henter meg på skolen",
]

test_routed, test_calm = case_tests(ROUTED, CALM)
