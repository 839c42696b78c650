"""Session 39: something got into one's drink and one feels it now («jeg har fått noe i drinken
og kjenner meg rar») is a drugging in progress, acute (113; knowledge/language/danger.yaml
``dopet-kjenner``, its topic rus where a drug given to a child is read beside it); the drink and
the feeling must both be told. Made-up messages."""

from __future__ import annotations

from tests.auxil.safety_cases import class_tests

ROUTED: list[tuple[str, str, str]] = [
    ("hun sier hun har fått noe i drinken og kjenner seg rar", "rus", "acute"),
    ("venninna mi fekk noko i glaset og er svimmel no", "akutt_medisinsk", "acute"),
    ("jeg tror jeg fikk noe i brusen, jeg føler meg så rar", "rus", "acute"),
    ("she got something in her drink and says she feels dizzy", "akutt_medisinsk", "acute"),
]

CALM = [
    "jeg kjenner meg rar i dag, har sovet for lite",
    "hun ble svimmel i gymtimen og fikk sitte ned",
    "vi føler oss rare etter all kaka på fagdagen",
    "hvordan legger vi opp foreldremøtet om alkohol og fest i 10. trinn?",
]

test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)
