"""What the routines feature says to people, in one place (Norwegian bokmål).

The routines' own words are knowledge (``knowledge/national/routines.yaml`` and the kommune
files); these are the bot's sentences around them.
"""

from __future__ import annotations

from collections.abc import Mapping

NATIONAL_DEFAULT_NOTE = (
    "Dette er den nasjonale standardrutinen; kommunen har ikke lagt inn en egen."
)

BTI_LEVELS: Mapping[int, str] = {
    0: "Nivå 0 – undring og bekymring: se, snakk, skriv ned",
    1: "Nivå 1 – tjenesten følger opp selv, sammen med foresatte",
    2: "Nivå 2 – samarbeid med én eller to andre tjenester",
    3: "Nivå 3 – mange tjenester, koordinator og felles plan",
}

EXAMPLES = ("Hva gjør jeg ved rusbekymring?", "Hva gjør jeg ved vold i nære relasjoner?")
ROUTINE_GONE = "Den rutinen finner jeg ikke lenger."
ROUTINE_GONE_ASK_AGAIN = (
    "Den rutinen finner jeg ikke lenger. Spør på nytt, så får du den gjeldende versjonen."
)


def own_routines(names: list[str]) -> str:
    return f"Kommunens egne: {', '.join(names)}. De andre er nasjonale standardrutiner."
