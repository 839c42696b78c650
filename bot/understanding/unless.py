"""Services a question rules out by a condition or an exception: «hvis det ikke er
barnevernet, hvem i kommunen kan han snakke med?», «hvis ikke NAV, hvem jobber med sånne?»,
«bortsett fra helsesykepleier, hvem kan eleven snakke med?», «ikke politiet, men hvem da?».
The service named there is the one the writer already knows or does not want; the need they
tell (rus at 16, a young adult outside school and work) decides the offer
(:func:`bot.understanding.service_asked.roles_asked` marks these words as used)."""

from __future__ import annotations

IF = frozenset({"hvis", "om", "viss", "dersom", "if"})
"""Words that open a condition: a negation right after one rules out what follows it."""
NOT = frozenset({"ikke", "ikkje", "not", "isnt"})
NEGATED = 3
"""How far after «ikke» the service ruled out may stand: «hvis det ikke er (en sak for)
barnevernet» – further on the clause has ended («hvis ikke, hvem i NAV kan …»)."""
EXCEPT = (
    ("bortsett", "fra"),
    ("annet", "enn"),
    ("andre", "enn"),
    ("anna", "enn"),
    ("other", "than"),
    ("apart", "from"),
    ("except", "for"),
)
"""Two words whose next word (and one joined to it by «og»/«eller») names a service set
aside: «bortsett fra NAV og barnevernet»."""
JOINED = frozenset({"og", "eller", "and", "or"})
BUT = frozenset({"men", "but"})
"""«ikke barnevernet, men …»: the service before «men» is not the one asked for."""


def unless_at(words: tuple[str, ...]) -> dict[int, range]:
    """Where a rule-out opens (its first word, marked used with the service) → the positions
    a service named there may stand (the reader rules out only role words among them)."""
    spans: dict[int, range] = {}
    for i, word in enumerate(words):
        if word in NOT and not IF.isdisjoint(words[max(0, i - 2) : i]):
            # keyed at «hvis»: the condition's own word is no need either («hvis» in focus)
            at = max(j for j in range(max(0, i - 2), i) if words[j] in IF)
            spans[at] = range(i + 1, min(i + 1 + NEGATED, len(words)))
        elif word in NOT and not BUT.isdisjoint(words[i + 2 : i + 4]):
            spans[i] = range(i + 1, i + 2)
        elif words[i : i + 2] in EXCEPT and i + 2 < len(words):
            joined = not JOINED.isdisjoint(words[i + 3 : i + 4]) and i + 4 < len(words)
            spans[i] = range(i + 2, i + 5, 2) if joined else range(i + 2, i + 3)
    return spans
