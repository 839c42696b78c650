"""Two question forms that ask something other than a fact: whom to call, and a task.

Kept apart from ``rules.py`` (the forms that pick between the knowledge's answers) because
these two send a message away from every knowledge answer: to the numbers to call, or to
the honest «vet ikke».
"""

from __future__ import annotations

CALL_START = frozenset({("hvem",), ("hvor",), ("hva",), ("hvilket",), ("who",), ("where",)})
CALL_VERBS = frozenset({"ring", "ringe", "ringer", "ringa", "call"})
CALL_REACH = 5
"""The verb stands among the question's first words: «hvor kan ungdom ringe anonymt …»."""


def asks_whom_to_call(words: tuple[str, ...]) -> bool:
    """«hvem ringer jeg etter kontortid hvis et barn ikke kan være hjemme», «kor kan ungdom
    ringa anonymt om dei har det vondt heime»: whom to call, no service named – the numbers
    to call answer it (the barnevernvakt, the helplines), never «vet ikke» and never a guess
    at one service, when it speaks of someone (features/organisation/contacts.py). The
    danger check has read the message first."""
    return tuple(words[:1]) in CALL_START and not CALL_VERBS.isdisjoint(words[1:CALL_REACH])


TASK_VERBS = frozenset(
    {"skriv", "skrive", "skyt", "skyte", "bestill", "bestille", "book", "booke", "reserver"}
    | {"reservere", "ordne", "fiks", "fikse", "oversett", "oversette", "print", "printe"}
    | {"slett", "slette", "legg", "legge", "write", "book", "translate"}
)
"""Tasks asked of the bot that it does not do: write, book, translate, add to an agenda."""
ASKED_OF_YOU = frozenset({("kan", "du"), ("vil", "du"), ("kunne", "du"), ("kan", "dere")})


def asks_a_task(words: tuple[str, ...]) -> bool:
    """«skyt inn et punkt på agendaen til neste arbeidsgruppemøte», «kan du bestille møterom»,
    «kan du skrive en søknad for meg»: a task, not a question – the honest «vet ikke», never
    the next meeting or the group it names. The commands the bot does take (innkall, avlys,
    flytt) are read by the command grammar before this."""
    rest = words[2:] if tuple(words[:2]) in ASKED_OF_YOU else words
    return bool(rest) and rest[0] in TASK_VERBS
