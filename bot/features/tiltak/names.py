"""How the bot names a tiltak to people: «tiltak 12», or the title for a plan without numbers.

Pure functions over the knowledge model (no feature state), so texts, cards and jobs all
name a tiltak the same way without importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.knowledge.action_plan import Tiltak

CLAUSE_END = re.compile(r": |(?<!\d)\. ")
"""Where a title's first clause ends: «Natteravnordning på Ålgård: …», «… m.m. Fagteamet …»;
never after an ordinal («Undervisning på 3. trinn om …» is one name, not «Undervisning på 3»)."""


def first_clause(text: str) -> str:
    """A title's first clause (``CLAUSE_END``), an abbreviation's last point kept («m.m.»)."""
    head = CLAUSE_END.split(text, maxsplit=1)[0]
    return f"{head}." if re.search(r"\.\w$", head) else head


def is_numbered(tiltak: Tiltak) -> bool:
    """A plan that numbers its tiltak; otherwise the id is a slug made for the knowledge file
    (``politiet-pa-skolene``), an internal id that is never shown to anyone."""
    return tiltak.id.isdigit()


def tiltak_name(tiltak: Tiltak, limit: int = 60) -> str:
    """How a sentence names a tiltak: «tiltak 12», or «Politiet til stede på skolene» in
    quotes — the title's first clause, since a plan without numbers often writes the whole
    description in the title («Natteravnordning på Ålgård: Trygge voksne i …»)."""
    if is_numbered(tiltak):
        return f"tiltak {tiltak.id}"
    return f"«{shorten(first_clause(tiltak.tiltak), limit)}»"


def tiltak_label(tiltak: Tiltak) -> str:
    """A heading: «Tiltak 12: …» for a numbered tiltak, else just the title."""
    return f"Tiltak {tiltak.id}: {tiltak.tiltak}" if is_numbered(tiltak) else tiltak.tiltak


def tiltak_list_label(tiltak: Tiltak, limit: int = 90) -> str:
    """A tiltak in a list of several: «Tiltak 24: Kompetanseheving på …» or its name, short
    enough that who holds it and when it is due stay on the line (the whole text is «hva er
    tiltak 24»)."""
    if is_numbered(tiltak):
        head = tiltak_label(tiltak).removesuffix(tiltak.tiltak)  # «Tiltak 24: »
        return head + shorten(tiltak.tiltak, limit)
    return shorten(first_clause(tiltak.tiltak), limit)


def tiltak_label_short(tiltak: Tiltak) -> str:
    """In a sentence with its title: «tiltak 12 (Natteravn…)», or just «Natteravn…»."""
    if is_numbered(tiltak):
        return f"tiltak {tiltak.id} ({shorten(tiltak.tiltak)})"
    return tiltak_name(tiltak)


def capitalised(text: str) -> str:
    """The first letter upper case (a sentence that starts with «tiltak 12»); «…» kept."""
    return text[:1].upper() + text[1:]


def shorten(text: str, limit: int = 80) -> str:
    """Cut at the last word boundary before ``limit`` and mark the cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:–-") + "…"


def tiltak_names(tiltak: Sequence[Tiltak]) -> str:
    """«tiltak 2, 5» — and the titles of those a plan does not number."""
    numbers = [t.id for t in tiltak if is_numbered(t)]
    names = [f"tiltak {', '.join(numbers)}"] if numbers else []
    return ", ".join(names + [tiltak_name(t) for t in tiltak if not is_numbered(t)])


def number_ranges(numbers: Sequence[int]) -> str:
    """Sorted numbers as runs: [1, 2, 3, 5] → «1–3, 5» (a run of two stays «7, 8»)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


GOAL_PREFIX = 5
"""Words this long that begin alike are one word to ``untold_goal`` («kunnskap» in
«kunnskapsdeling»)."""


def untold_goal(tiltak: Tiltak, limit: int = 70) -> str:
    """The tiltak's mål when its title does not say what it is for: «Benytte Flexordningen»
    is the plan's tiltak for «Transport til og fra ungdomsklubben», a word no list line
    otherwise shows. Empty when the title shares a word with the mål («SLT-modellen er
    innført» beside «SLT-modellen med tre nivåer») or there is none."""
    if not tiltak.mal:
        return ""
    title = {w[:GOAL_PREFIX] for w in re.findall(r"\w+", tiltak.tiltak.lower())}
    goal = [w for w in re.findall(r"\w+", tiltak.mal.lower()) if len(w) >= GOAL_PREFIX]
    if not goal or any(w[:GOAL_PREFIX] in title for w in goal):
        return ""
    return shorten(tiltak.mal, limit)
