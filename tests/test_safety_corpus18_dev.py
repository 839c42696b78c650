"""Session 25 (safety61): general reasons behind corpus18's dev-half misses, probed with made-up
messages (never the corpus's own sentences): a parent hit by the other in English («papa is
hitting mama»), staff shaking someone to wake him (a body in trouble, no child shaken at
home), someone close beaten at a game («pappa slår alltid mamma i sjakk»), knives for the
kitchen or the cooking class, the writer's own paper cut and a finger cut while cooking.
Beside each the messages that must still reach their routine.

Session 26 (safety64), corpus18's dev half again: «could kill for a coffee», a fright
called a near heart attack, a blocked nose, a pet «out to kill me», a ball shot at the goal, a
review («gjennomgang») of a harm's signs, well again after an old knock; a prescription drug by
its street name («zannies», «xans»); and a day that «went over all expectations» before the
danger is told, which ends nothing."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

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
    # a real heart attack, a child not breathing, a parent's threat to kill
    ("bestefaren fikk hjerteinfarkt i garderoben nå", None),
    ("babyen puster ikke og er blå rundt munnen", None),
    ("stefaren sa han skal drepe mamma i kveld", "vold-naere-relasjoner"),
    # a drug by its street name, bought or taken
    ("eleven sier han har kjøpt zannies på snap i helga", "rusbekymring"),
    ("hun har tatt xans hun fikk av en kompis", "rusbekymring"),
    # a good day told first ends nothing told after it
    ("kakesalget gikk over all forventning. men nå ligger en gutt bevisstløs i gangen", None),
    ("dugnaden gikk over alle forventninger, men nå puster hun ikke", None),
    # a review named first, then a case told in its own clause
    ("etter gjennomgangen sa eleven at faren slår henne", "vold-naere-relasjoner"),
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
    "rektor sa hun kunne drept for en kanelbolle i dag",
    "I could kill for a pizza after this meeting",
    "jeg fikk nesten hjertestans da han dukket opp bak døra med maske",
    "hun puster ikke gjennom nesen når hun er forkjølet, derfor snorker hun",
    "hunden til naboen prøver å drepe postmannen hver dag, haha",
    "hun skjøt ballen rett i nettet og vi vant 2-1",
    "vi skal ha en gjennomgang av tegn på vold og overgrep på personalmøtet",
    "jenta som fikk hjernerystelse i vinter er helt frisk og spiller håndball igjen",
]

test_general_reasons_route, test_everyday_look_alikes_stay_calm = case_tests(ROUTED, CALM)
