"""What the need answer says to people (Norwegian bokmål)."""

from __future__ import annotations

from bot.features.phrase import Phrase

who_helps = Phrase("Hvem kan hjelpe med {need}")
plan_says = Phrase("Planen ({at}): «{quote}»")
none_named = Phrase(
    "Planen for {kommune} nevner ingen tjeneste for {need}, så jeg kan ikke peke på én."
)
routine_pointer = Phrase(
    "Hva du gjør ved bekymringen, står i rutinen «{title}»: skriv «rutinen ved "
    "{asked}», så viser jeg stegene."
)
given_by = Phrase("{tiltak} (ansvar: {ansvar})")
giver_title = Phrase("Hvem har {tiltak}?")
GIVEN_BY = "Ansvarlig i planen"
OFFER = "Tilbudet i planen"
NO_CONTACT = (
    "Planen oppgir ikke telefonnummer eller e-post til dem. Kommunens nettside eller "
    "sentralbord har kontaktinformasjonen."
)
TILTAK = "I planen"
AND = " og "
