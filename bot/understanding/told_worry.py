"""«vi skal vise en film i 4. trinn – hvis et barn forteller noe etterpå, hva gjør jeg?», «hvem
melder vi til om en ungdom sier noe bekymringsfullt?»: what to do should a child tell something
worrying – a telling that has not happened, its topic unnamed. No topic's routine answers it
(none is named; a named one is the routine book's match, which comes first), and the film, the
class or the club it stands beside is no question of its own: the duty to report answers –
listen, write down, discuss without a name, report to barnevernet (the ``bekymringsmelding``
routine). A message that tells of a case is the danger check's long before this is read.

Closed word classes tied to the one rule, so they live here beside it. Words are the reader's
(folded, dialect read as bokmål: «viss» is «vis», «fortel» is «forteller»)."""

from __future__ import annotations

DUTY_ROUTINE = "bekymringsmelding"

CONDITIONAL = frozenset({"hvis", "om", "dersom", "vis", "viss", "if"})
"""The telling is supposed: «hvis et barn forteller …», «om en ungdom sier …»."""
# Not «noen»: «hvis noen sier nei til samtykket» is no child's telling.
CHILD = frozenset(
    {"barn", "barnet", "barna", "elev", "eleven", "elevene", "elever", "ungdom", "ungdommen"}
    | {"ungdommer", "gutt", "gutten", "jente", "jenta", "unge", "ungen"}
    | {"child", "pupil", "student", "kid"}
)
TELLING = frozenset(
    {"forteller", "fortelle", "sier", "si", "betror", "roper", "tells", "says", "discloses"}
)
SOMETHING = frozenset({"noe", "noko", "something", "anything"})
"""What is told is left unnamed: «forteller noe», «sier noe bekymringsfullt»."""
ASKING = frozenset({"hva", "hvem", "hvor", "what", "who"})
DOING = frozenset({"gjor", "gjore", "melder", "melde", "varsler", "varsle", "do", "report"})
"""The question asks what to do or whom to report to: «hva gjør jeg», «hvem melder vi til». Not
«hvem ringer jeg …», «hvem kontakter jeg …»: whom to reach is a service's question."""
CHILD_REACH = 3
"""The child stands this close after the conditional word («hvis et barn», «om en ungdom»)."""
TELLING_REACH = 2
"""The telling verb stands this close after the child («barn forteller», «ungdom så sier»)."""


def supposed_telling(words: tuple[str, ...]) -> bool:
    """A child's telling supposed, not told, its topic unnamed: a conditional word, a child
    soon after it, a telling verb right after the child and «noe» right after the verb («hvis
    et barn forteller noe», «om en ungdom sier noe bekymringsfullt»). A telling whose topic is
    named («hvis en elev forteller at hun kaster opp») is that topic's, not this."""
    for i, word in enumerate(words):
        if word not in CONDITIONAL:
            continue
        for j in range(i + 1, min(i + 1 + CHILD_REACH, len(words))):
            if words[j] in CHILD and _tells_something(words[j + 1 : j + 1 + TELLING_REACH + 1]):
                return True
    return False


def _tells_something(after: tuple[str, ...]) -> bool:
    """A telling verb, then «noe» next: «forteller noe», «plutselig sier noe»."""
    return any(
        w in TELLING and after[k + 1 : k + 2] and after[k + 1] in SOMETHING
        for k, w in enumerate(after)
    )


def asks_what_if_told(words: tuple[str, ...]) -> bool:
    """Whether the message asks what to do (or whom to tell) should a child tell something:
    a telling supposed (:func:`supposed_telling`) and a question of doing («hva gjør jeg»,
    «hvem melder vi til»)."""
    present = set(words)
    if present.isdisjoint(ASKING) or present.isdisjoint(DOING):
        return False
    return supposed_telling(words)


__all__ = ["DUTY_ROUTINE", "asks_what_if_told", "supposed_telling"]
