"""Session 25 (safety61): general reasons behind corpus18's dev-half misses, probed with made-up
messages (never the corpus's own sentences): a parent hit by the other in English («papa is
hitting mama»), staff shaking someone to wake him (a body in trouble, no child shaken at
home), someone close beaten at a game («pappa slår alltid mamma i sjakk»), knives for the
kitchen or the cooking class, the writer's own paper cut and a finger cut while cooking.
Beside each the messages that must still reach their routine."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.auxil.safety_cases import assert_check_calm, assert_check_routes

ROUTED: list[tuple[str, str | None]] = [
    # a parent hit by the other, in English
    ("the boy says his dad is hitting his mother when he drinks", "vold-naere-relasjoner"),
    ("my pupil told me her stepfather hits mom every weekend", "vold-naere-relasjoner"),
    ("he whispers on the phone that papa is beating mama right now", "vold-naere-relasjoner"),
    # shaking: a parent shaking a child is still violence at home
    ("gutten sier at mamma rister ham når han ikke sover", "vold-naere-relasjoner"),
    ("far rister henne hardt når hun gråter", "vold-naere-relasjoner"),
    # a game named, yet a blow with a mark: still violence at home
    ("pappa slår mamma i kampen om fjernkontrollen og hun har blåmerker", "vold-naere-relasjoner"),
    # a knife with a threat is a threat, kitchen or not
    ("han tok med kniven fra kjøkkenet og truer med å drepe broren", "hastemote"),
    ("he brought a knife to food and health class and says he will stab the teacher", "hastemote"),
    # a cut with intent is self-harm, wherever on the body
    ("hun har kuttet seg i fingrene med vilje og viste meg sårene", "selvskading"),
    ("hun kutter seg i armene med barberblad hver kveld", "selvskading"),
]

CALM = [
    "he keeps hitting mom's car with the ball, haha",
    "she was hitting her mother's high score in tetris",
    "he was beating his mother's record at chess",
    "han våkner når jeg rister ham i skulderen, vi er klare for turen",
    "bestefar slår alltid bestemor i yatzy på hytta",
    "storesøster slo lillebror i ludo i går, han var sur hele kvelden",
    "vi har kjøpt nye kniver til hjemkunnskap, de kommer på mandag",
    "we need two more knives to food and health before the exam",
    "jeg kuttet meg på papiret i kopimaskinen, noen som har plaster?",
    "han kuttet seg i fingeren da han skar løk, plaster og ferdig",
    "eg kutta meg i fingeren når eg vaska knivane, ikkje noko farleg",
]


@pytest.mark.parametrize(("text", "routine"), ROUTED)
def test_general_reasons_route(text: str, routine: str | None, vocabulary: DangerCheck) -> None:
    assert_check_routes(vocabulary, text, routine)


@pytest.mark.parametrize("text", CALM)
def test_everyday_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert_check_calm(vocabulary, text)
