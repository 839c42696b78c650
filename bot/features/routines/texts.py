"""What the routines feature says to people, in one place (Norwegian bokmål).

The routines' own words are knowledge (``knowledge/national/routines.yaml`` and the kommune
files); these are the bot's sentences around them.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.features.phrase import Phrase

NATIONAL_DEFAULT_NOTE = (
    "Dette er den nasjonale standardrutinen; kommunen har ikke lagt inn en egen."
)

BTI_LEVELS: Mapping[int, str] = {
    0: "Nivå 0 – undring og bekymring: se, snakk, skriv ned",
    1: "Nivå 1 – tjenesten følger opp selv, sammen med foresatte",
    2: "Nivå 2 – samarbeid med én eller to andre tjenester",
    3: "Nivå 3 – mange tjenester, koordinator og felles plan",
}

plan_silent = Phrase(
    "SLT-planen for {kommune} har ingen egen rutine for {title}. Boten har en nasjonal "
    "standardrutine: skriv «rutinen ved {asked}», så viser jeg stegene."
)
no_other_plan = Phrase(
    "SLT-planen for {kommune} nevner ingen egen handlingsplan om det du spør om. "
    "Rutinene jeg har, ser du med «hvilke rutiner finnes?»."
)
none_about = Phrase(
    "Jeg finner ingen rutine om «{word}», verken i planen eller blant de nasjonale "
    "rutinene jeg har."
)
NONE_ABOUT_IT = (
    "Jeg finner ingen rutine om det du spør om, verken i planen eller blant de nasjonale "
    "rutinene jeg har."
)
"""The same when the word is not in the message as typed or may be a name: never echoed."""
"""A routine found by a generic word alone («bekymring»), not by what was asked."""
PLAN_ALSO = "Dette sier planen om det du spør om"
PLANS_BESIDE = "Kommunen har også egne planer"
EXAMPLES = ("Hva gjør jeg ved rusbekymring?", "Hva gjør jeg ved vold i nære relasjoner?")
ALSO_ROUTINE = "Følg også rutinen «{title}»."
"""Said above a danger routine when the message is a case of another routine too."""
ROUTINE_GONE = "Den rutinen finner jeg ikke lenger."
AFTER_ACUTE = (
    "Når hjelpen er på vei og personen er trygg, kan du spørre meg om rutinene "
    "(«hvilke rutiner finnes»), for eksempel om rus eller vold kan ligge bak."
)
"""After an acute line that names no routine (a body in trouble, no cause said)."""
ROUTINE_GONE_ASK_AGAIN = (
    "Den rutinen finner jeg ikke lenger. Spør på nytt, så får du den gjeldende versjonen."
)


OWN_ROUTINES = "Kommunens egne rutiner"
NATIONAL_ROUTINES = "Nasjonale standardrutiner"


# --- the routine cards' own words (cards/routine.py) -------------------------------------------

START_TITLE = "Gå gjennom steg for steg"
OVERVIEW_TITLE = "Til oversikten"
STEPS = "Steg"
CONTACTS = "Kontakter"
LEGAL_BASIS = "Lovgrunnlag"
READ_MORE = "Les mer"
WHO = "Hvem"
BTI = "BTI"
BACK = "Tilbake"
NEXT = "Neste"
DONE = "Ferdig"
ROUTINE_CHANGED = "Rutinen er endret"
WRITE_IT_DOWN = (
    "Du har gått gjennom rutinen. Skriv ned hva du har gjort og avtalt i virksomhetens "
    "fagsystem – ikke i Teams."
)
national_default_in = Phrase(
    "Nasjonal standardrutine – gjelder i {kommune} til kommunen legger inn sin egen"
)
own_routine_of = Phrase("{kommune}s egen rutine")
step_of = Phrase("{title} · Steg {number} av {total}")
finished = Phrase("Ferdig: {title}")
step_gone = Phrase("Steget finnes ikke lenger i rutinen «{title}». Start på nytt fra oversikten.")

# --- the safety net's question back (bot/features/routines/ask_back.py) ---------------------

NET_ASK = "Jeg er ikke sikker på om meldingen gjelder en sak. Gjelder det en av disse rutinene?"
NET_HEADING = "Gjelder det en av disse rutinene?"
NET_ASK_ROUTINE = "Hva gjør jeg ved {routine}?"
NET_NONE = "Velg rutinen som passer, eller skriv med flere ord hva det gjelder."
NET_ROUTED = (
    "Meldingen ligner saker som hører under rutinen nedenfor. Gjelder det noe annet, "
    "skriv med flere ord hva det gjelder."
)
asides_heading = Phrase("Dette sier planen i {kommune} i tillegg")
"""Above what the kommune's plan says beside a routine's steps (``routine_asides``)."""
aside_at_step = Phrase("Til steg {number} («{title}»): {text}")

# --- someone taken ill or hurt, asked calmly (bot/features/routines/medical.py) -------------

TAKEN_ILL_TITLE = "Akutt sykdom eller skade (anfall, besvimelse, fall)"
source_line = Phrase("Kilde: {title}")
"""Under the calm first-aid answer: where its steps and numbers come from."""
taken_ill_no_routine = Phrase(
    "SLT-planen i {kommune} har ingen egen rutine for akutt sykdom eller skade – følg "
    "virksomhetens egen beredskaps- og førstehjelpsrutine. Kontakter:"
)
step_asked = Phrase("Det du spør om står i steg {number} («{title}»): {text}")
"""Above a routine's overview: the step that holds what a calm question asked
(bot/features/routines/step_asked.py)."""
