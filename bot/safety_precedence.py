"""Which routine a message goes to when several kinds of danger are in it.

A message often holds more than one finding: «har brent seg med sigaretter og skjuler det for
foreldrene» reads as self-harm and (parents + a burn) as violence at home; «faren slo henne, nå
er hun bevisstløs» as violence at home and a body in trouble. The reply shows one routine, so
the findings are ranked by an explicit rule, not by where a category stands in
``knowledge/language/danger.yaml``:

1. **What the child does to itself** (suicide, self-harm, pills taken: topic
   ``selvmord_selvskading``) – the self-harm routine with 113, whatever else the message holds.
2. **Honour and forced marriage** (topic ``tvangsekteskap_aere``): a family that threatens or
   hits for its honour («familien vil drepe henne hvis hun gifter seg med kjæresten») is read as
   honour violence, whose routine warns against contacting the family – above violence now
   and threats, whose acute line (112) still comes first.
3. **Violence going on now** (an acute category about violence, ``vold_nare``).
4. **Who harms the child** (every disclosure: violence at home, abuse, coercion, exploitation,
   honour, drugs handed over): the routine for that relation.

   a. *The harm named, not a sign of one.* A grown-up at home named drinking or on drugs
      (``rus-hjemme``, ``rus-kjoring``) is the rus routine even when the child asks to keep it
      secret: the secret is the child's loyalty, no sign of grooming (whose category would
      otherwise rank first by file order). Only blows, threats, a sexual act or a grown man
      outside the family told beside it make it that harm's case. Evidence, the dev labels
      over all rounds: of 55 messages read as a parent's drinking or drugs, 37 are labelled
      ``rus`` and 11 ``vold_nare`` – each of those 11 also tells blows, a threat or a child
      locked out (read as violence at home, which stands before the drinking in the file);
      f30-131 («faren drikker hver kveld … hun ba meg ikke si det til noen») went to violence
      by the secret alone. Data: ``displaces: [grooming]`` unless a sexual word or a grown man
      (``seksuell``, ``voksenmann``) is there, in danger.yaml; a parent proper who hands the
      drug over («faren gir ham øl») is read as a drug at home by a decide rule – a
      boyfriend's or a stranger's drug with a secret stays grooming.
5. **Threats and a body in trouble** (the other acute categories): their own routine when the
   message says nothing of the above.

Who acts is decided before this ranking (bot/safety_decide.py): a threat by someone close
adds a finding of violence in a close relation, which then ranks as such. Within a tier the
language file's order decides. Before ranking, a finding whose category
``yields_to`` a topic that also matched is dropped: its words mean that harm there («sagt
farvel» is a suicide sign, but next to a forced marriage the goodbye before the trip abroad).

A category may ``outrank`` a topic: when a finding of that topic would rank first, the
category's routine is shown instead and the passed-over one is named beside it. An extortion
with pictures («betal innen en time, ellers legges bildene ut») is what drives the wish to die
said with it («han sier han heller vil dø»): the picture routine stops the pressure (do not
pay, keep the messages, 112), the self-harm routine is named as well, and the self-harm line
(113, do not leave him alone) still comes first.

Whatever the routine, the acute line of the highest-ranked *acute* finding (life threatened
now: 113 or 112) is the reply's first line – except when the routine is self-harm and the only
acute findings are threats: «skada seg sjølv med kniv» names the tool of the self-harm, so its
own line (113) leads and the threat's follows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import TypeVar

SELF_TOPIC = "selvmord_selvskading"
VIOLENCE_TOPIC = "vold_nare"
THREAT_TOPIC = "trusler"
HONOUR_TOPIC = "tvangsekteskap_aere"

T = TypeVar("T")


class Tier(IntEnum):
    """The lower tier wins (see the module docstring)."""

    SELF = 0
    HONOUR = 1
    VIOLENCE_NOW = 2
    WHO_HARMS = 3
    ACUTE_SIGNS = 4


def tier(*, acute: bool, topic: str) -> Tier:
    """The tier of a category from its kind and its topic."""
    if topic == SELF_TOPIC:
        return Tier.SELF
    if topic == HONOUR_TOPIC:
        return Tier.HONOUR
    if not acute:
        return Tier.WHO_HARMS
    return Tier.VIOLENCE_NOW if topic == VIOLENCE_TOPIC else Tier.ACUTE_SIGNS


def yielded(found: Iterable[T], of: Callable[[T], tuple[str, frozenset[str]]]) -> list[T]:
    """``found`` without the findings that yield to a topic another finding has; ``of`` gives
    a finding's topic and the topics it yields to. Never empties a non-empty list."""
    found = list(found)
    topics = {of(f)[0] for f in found}
    kept = [f for f in found if of(f)[1].isdisjoint(topics)]
    return kept or found


def lifted(
    ranked: Sequence[T], of: Callable[[T], tuple[str, frozenset[str]]]
) -> tuple[list[T], list[T]]:
    """``ranked`` with the first finding that outranks the topics of every finding before it
    moved to the front, and the findings it passed (empty when none does); ``of`` gives a
    finding's topic and the topics it outranks."""
    for at, found in enumerate(ranked[1:], start=1):
        if {of(f)[0] for f in ranked[:at]} <= of(found)[1]:
            return [found, *ranked[:at], *ranked[at + 1 :]], list(ranked[:at])
    return list(ranked), []


__all__ = [
    "HONOUR_TOPIC",
    "SELF_TOPIC",
    "THREAT_TOPIC",
    "VIOLENCE_TOPIC",
    "Tier",
    "lifted",
    "tier",
    "yielded",
]
