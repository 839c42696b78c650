"""Level and seat questions a meeting-role cue reads the wrong way, set right by the
question's form and the kind of object it names (a group or level, a role):

- «er leder barnevern med i fagteamet?», «lurer på om rektor sitter i arbeidsgruppa, skal
  sende innkalling»: whether a role has a seat in a group – not who calls in or leads it,
  whatever «leder» or «innkalling» cued; so is «har slt-koordinatoren en rolle i
  politirådet?» – the coordinator's seats, not the coordinator's sheet;
- «sitter leder forebyggende i flere grupper?»: a seat verb first asks for the role's seats;
- «kan foreldre selv bruke fagteamet?»: who may use a group is what the plan says the group
  does (Jevnaker's fagteam «kan også brukes av foreldre»), not its contact or «vet ikke»;
- «hvor ofte rapporterer koordineringsgruppa til ledergruppa»: how often a group reports is
  what the plan states of the reporting (a plan fact), not how often the group meets.
"""

from __future__ import annotations

import itertools

from bot.understanding.intents import Intent

MEETING_ROLES = frozenset({Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR})
"""Cued readings that name a meeting task («innkalling», «er leder», «referat»)."""
SEAT_READINGS = MEETING_ROLES | {Intent.COORDINATOR}
SEAT_PAIRS = frozenset({("med", "i"), ("rolle", "i")})
"""«er X med i», «har slt-koordinator en fast rolle i politirådet»: a seat."""
SEAT_VERBS = frozenset({"sitter", "sit", "deltar", "deltek"})
"""«sitter helsesykepleier i fagteamet»: with «i» after it, a seat."""
ASKS_WHO = frozenset({"hvem", "kven", "who"})
REPORTS = frozenset(
    {"rapporterer", "rapportere", "rapporterar", "rapportering", "rapport", "rapporten"}
    | {"evaluerer", "evaluere", "evaluerar", "evaluering", "evalueres", "evaluert"}
)
"""Work a group does besides meeting, whose rhythm a plan fact may state."""
USES = frozenset({"bruke", "bruker", "bruka", "kontakte", "kontakt", "henvende", "melde"})
USERS = frozenset({"foreldre", "foresatte", "foreldra", "ungdom", "ungdommen", "ungdommer"})
"""«kan foreldre bruke …», «kan ungdom selv kontakte …»: who may turn to a group."""


def by_kind(
    intent: Intent,
    words: tuple[str, ...],
    group: object,
    role_words: tuple[str, ...],
    mentions_coordinator: bool,
    about: tuple[tuple[str, str], ...] = (),
) -> Intent:
    """The reading the question's form gives for the object it names (see the module)."""
    reports = not REPORTS.isdisjoint(words)
    if intent is Intent.FREQUENCY and reports and about and about[0][0] == "planfact":
        return Intent.PLAN
    pairs = set(itertools.pairwise(words))
    seat_first = bool(words) and words[0] in SEAT_VERBS and _seat_verb_then_in(words)
    if (
        (intent in SEAT_READINGS or (seat_first and intent is Intent.CONTACT_SERVICE))
        and (group or seat_first)
        and (role_words or mentions_coordinator)
        and (not pairs.isdisjoint(SEAT_PAIRS) or _seat_verb_then_in(words))
        and words[0] not in ASKS_WHO
    ):
        return Intent.ROLE_GROUPS
    if not group:
        return intent
    if (
        intent in (Intent.UNKNOWN, Intent.CONTACT_SERVICE)
        and words[:1] == ("kan",)
        and not USES.isdisjoint(words)
        and not USERS.isdisjoint(words)
    ):
        return Intent.DUTIES
    return intent


def _seat_verb_then_in(words: tuple[str, ...]) -> bool:
    at = next((i for i, w in enumerate(words) if w in SEAT_VERBS), None)
    return at is not None and "i" in words[at + 1 :]
