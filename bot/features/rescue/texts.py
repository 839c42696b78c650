"""What the rescue of the fallback says (Norwegian bokmål): the «Mente du …?» heading and the
short button labels, one per reading the intent net may offer (bot/features/rescue/)."""

from __future__ import annotations

from bot.features.phrase import Phrase

HEADING = "Mente du …?"
INTRO = "Jeg er ikke sikker på hva du spør om. Velg det som passer:"
TEXT_INTRO = "Mente du …"
ASK_AGAIN = "Skriv spørsmålet på nytt med flere ord hvis ingen av dem passer."
UNKNOWN_BUTTON = "Den knappen kjenner jeg ikke igjen. Prøv å spørre på nytt."
AS_WRITTEN = "Svaret på det du skrev"
"""The button for the answer the reader gave, when no shorter label names it."""

members = Phrase("Hvem sitter i {name}")
frequency = Phrase("Hvor ofte møtes {name}")
next_meeting = Phrase("Neste møte i {name}")
role_groups = Phrase("Hvor sitter {role}")
tiltak_numbered = Phrase("Tiltak {number}: {name}")
tiltak_owner = Phrase("Hvem har ansvar for tiltaket «{name}»")
plan_fact = Phrase("Hva planen sier om {name}")
contact = Phrase("Hvordan nå {name}")
routine = Phrase("Rutinen «{name}»")

PLAIN = {
    "bti": "Hva er BTI",
    "hotlines": "Nødnumre og hjelpetelefoner",
    "coordinator": "Hvem er SLT-koordinator",
    "level_info": "Nivåene i SLT-modellen",
    "routine_list": "Rutinene vi har",
    "plan_facts": "Hva står i SLT-planen",
}
"""Labels for readings that need no object named."""

MAX_LABEL = 60
"""A button label longer than this is cut at a word (a tiltak's full name can be a sentence)."""


def short(text: str) -> str:
    """``text`` cut at a word to fit a button."""
    if len(text) <= MAX_LABEL:
        return text
    return text[: MAX_LABEL - 2].rsplit(" ", 1)[0] + " …"


TARGET = "Hvem er målgruppen for SLT"
