"""Whom to ask when the writer does not know where a case belongs: «hvem spør jeg først når jeg
ikke vet hvor saken hører hjemme?», «kven kontaktar eg når eg er usikker på kven som skal ha
saka?».

No service is asked for – the writer says they do not know which – so no need picks one: the
plans give the SLT-koordinator as the one to contact («Du er også velkommen til å ta kontakt
med SLT-koordinator», 003:53; cases are told to the coordinator, 001:206), and the
coordinator's sheet answers. Read on the question's own words (folded), never on retrieval.
"""

from __future__ import annotations

from bot.understanding.intents import Intent

WHO = frozenset({"hvem", "kven", "kem"})
ASK = frozenset(
    {
        "spor",
        "spore",
        "sporr",
        "sporje",
        "kontakter",
        "kontaktar",
        "kontakte",
        "ringer",
        "gar",
        "snakker",
    }
    | {"skal", "bor", "kan", "vender", "henvender", "sier"}
)
"""«hvem spør jeg», «hvem skal jeg gå til», «kven kontaktar eg»: whom the writer turns to."""
UNSURE = (("ikke", "vet"), ("vet", "ikke"), ("ikkje", "veit"), ("veit", "ikkje"))
DOUBT = frozenset({"usikker", "usikre", "uklart", "tvil"})
WHERE_OR_WHOM = frozenset({"hvor", "kvar", "hvem", "kven", "hvilken", "hvilke", "kva", "hva"})
"""«(ikke vet) hvor saken hører hjemme», «(usikker på) hvem som skal ha den»."""
NEAR = 4
"""How far after «ikke vet», «usikker» the where or whom of the case stands."""
OPEN = 3
"""How far after the who-word the ask-verb stands («hvem spør jeg», «kven skal eg spørje»)."""
READINGS = frozenset({Intent.UNKNOWN, Intent.CONTACT_SERVICE})


def unsure_whom(intent: Intent, words: tuple[str, ...]) -> bool:
    """A who-to-ask question whose writer does not know where the case belongs."""
    if intent not in READINGS:
        return False
    # the question may follow the writer's introduction: «jeg er ny her – hvem spør jeg …»
    opens = (
        i for i, w in enumerate(words) if w in WHO and not ASK.isdisjoint(words[i + 1 : i + OPEN])
    )
    start = next(opens, None)
    return start is not None and unsure(words[start:])


def unsure(words: tuple[str, ...]) -> bool:
    """«ikke vet hvor …», «usikker på hvem …»: the writer does not know where or whom."""
    for i in range(len(words)):
        says = words[i : i + 2] in UNSURE
        if says or words[i] in DOUBT:
            start = i + (2 if says else 1)
            if not WHERE_OR_WHOM.isdisjoint(words[start : start + NEAR]):
                return True
    return False


__all__ = ["unsure_whom"]
