"""What the plan-topic answer says to people (Norwegian bokmål)."""

from __future__ import annotations

from bot.features.phrase import Phrase

said_on = Phrase("Dette sier planen om «{topic}»")
SAID_ON_IT = "Dette sier planen om det du spør om"
GOALS = "Mål og strategier"
AREAS = "Innsatsområder"
TILTAK = "Tiltak"
tiltak_line = Phrase("Tiltak {number}: {name}")
more_tiltak = Phrase("… og {count} tiltak til.")
ROUTINES = "Rutiner"
NOTES = "Ellers i planen"
TARGET = "Målgruppe"
not_named = Phrase("Planen nevner ikke «{topic}».")
NOT_NAMED_IT = "Planen nevner ikke det du spør om."
routine_instead = Phrase(
    "Planen nevner ikke «{topic}», men det finnes en rutine: «{title}». Skriv «rutinen ved "
    "{asked}», så viser jeg stegene."
)
