"""Made to eat or try an everyday thing is no coercion: «mamma tvinger ham til å prøve
brokkoli», «treneren tvinger ham til å prøve en ny posisjon» raised the alarm for violence at
home (category tvang read «tvinger ham» alone; danger.yaml cancel, group ``hverdagsting``).
A drug forced, a degrading meal, a blow or a locked door beside it still raise it. Session 32
(lead, from safety76's report). Made-up messages, never the eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import class_tests

ROUTED: list[tuple[str, str, str]] = [
    ("faren tvinger henne til å prøve hasj", "rus", "disclosure"),
    ("stefaren tvinger ham til å spise maten fra gulvet", "vold_nare", "disclosure"),
    (
        "faren tvinger ham til å spise fisk og slår ham hvis han ikke gjør det",
        "vold_nare",
        "disclosure",
    ),
    (
        "mora tvinger ham til å gjøre lekser til midnatt og låser ham inne",
        "vold_nare",
        "disclosure",
    ),
    ("onkelen tvinger henne til å prøve klærne mens han ser på", "vold_nare", "disclosure"),
]

CALM = [
    "mamma tvinger ham til å prøve brokkoli hver søndag",
    "treneren tvinger ham til å prøve en ny posisjon på laget",
    "han blir tvunget til å spise fisk på skolen og hater det",
    "pappa tvang meg til å prøve ski i vinterferien",
    "læreren tvinger dem til å prøve piano i musikktimen",
]

test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)
