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
from dataclasses import dataclass

from bot.knowledge.vocabulary import LevelFormWords
from bot.text import tokens
from bot.understanding.intents import Intent

MEETING_ROLES = frozenset({Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR})
"""Cued readings that name a meeting task («innkalling», «er leder», «referat»)."""
SEAT_READINGS = MEETING_ROLES | {Intent.COORDINATOR}


@dataclass(frozen=True)
class FormWords:
    """The words a seat or a group's duties is read by, folded: ``level_forms`` in
    understanding.yaml."""

    seat_pairs: frozenset[tuple[str, ...]] = frozenset()
    """«er X med i», «har slt-koordinator en fast rolle i politirådet»: a seat."""
    seat_verbs: frozenset[str] = frozenset()
    """«sitter helsesykepleier i fagteamet»: with a word of ``seat_in`` after it, a seat."""
    seat_in: frozenset[str] = frozenset()
    asks_who: frozenset[str] = frozenset()
    reports: frozenset[str] = frozenset()
    """Work a group does besides meeting, whose rhythm a plan fact may state."""
    may_ask: frozenset[str] = frozenset()
    uses: frozenset[str] = frozenset()
    users: frozenset[str] = frozenset()
    """«kan foreldre bruke …», «kan ungdom selv kontakte …»: who may turn to a group."""

    @classmethod
    def of(cls, words: LevelFormWords) -> FormWords:
        return cls(
            seat_pairs=frozenset(tokens(p) for p in words.seat_pairs),
            seat_verbs=frozenset(tokens(words.seat_verbs)),
            seat_in=frozenset(tokens(words.seat_in)),
            asks_who=frozenset(tokens(words.asks_who)),
            reports=frozenset(tokens(words.reports)),
            may_ask=frozenset(tokens(words.may_ask)),
            uses=frozenset(tokens(words.uses)),
            users=frozenset(tokens(words.users)),
        )


def by_kind(
    intent: Intent,
    words: tuple[str, ...],
    group: object,
    role_words: tuple[str, ...],
    mentions_coordinator: bool,
    about: tuple[tuple[str, str], ...],
    said: FormWords,
) -> Intent:
    """The reading the question's form gives for the object it names (see the module), in
    the words of ``said`` (understanding.yaml ``level_forms``)."""
    reports = not said.reports.isdisjoint(words)
    if intent is Intent.FREQUENCY and reports and about and about[0][0] == "planfact":
        return Intent.PLAN
    pairs = set(itertools.pairwise(words))
    seat_then_in = _seat_verb_then_in(words, said)
    seat_first = bool(words) and words[0] in said.seat_verbs and seat_then_in
    if (
        (intent in SEAT_READINGS or (seat_first and intent is Intent.CONTACT_SERVICE))
        and (group or seat_first)
        and (role_words or mentions_coordinator)
        and (not pairs.isdisjoint(said.seat_pairs) or seat_then_in)
        and words[0] not in said.asks_who
    ):
        return Intent.ROLE_GROUPS
    if not group:
        return intent
    if intent in (Intent.UNKNOWN, Intent.CONTACT_SERVICE) and _user_may_use(words, said):
        return Intent.DUTIES
    return intent


def _user_may_use(words: tuple[str, ...], said: FormWords) -> bool:
    """«kan foreldre selv bruke …», «kan en mor som er bekymra … bruke fagteamet direkte?»: the
    one who may turn to the group stands between «kan» and the verb of turning – «kan vi
    kontakte fagteamet om en elev som har mor på sykehuset?» asks for the asker, not a parent."""
    if not words or words[0] not in said.may_ask:
        return False
    at = next((i for i, w in enumerate(words) if w in said.uses), None)
    return at is not None and not said.users.isdisjoint(words[1:at])


def _seat_verb_then_in(words: tuple[str, ...], said: FormWords) -> bool:
    at = next((i for i, w in enumerate(words) if w in said.seat_verbs), None)
    return at is not None and not said.seat_in.isdisjoint(words[at + 1 :])
