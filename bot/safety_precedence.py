"""Which routine a message goes to when several kinds of danger are in it.

A message often holds more than one finding: «har brent seg med sigaretter og skjuler det for
foreldrene» reads as self-harm and (parents + a burn) as violence at home; «faren slo henne, nå
er hun bevisstløs» as violence at home and a body in trouble. The reply shows one routine, so
the findings are ranked by an explicit rule, not by where a category stands in
``knowledge/language/danger.yaml``:

1. **What the child does to itself** (suicide, self-harm, pills taken: topic
   ``selvmord_selvskading``) – the self-harm routine with 113, whatever else the message holds.
2. **Violence going on now** (an acute category about violence, ``vold_nare``).
3. **Who harms the child** (every disclosure: violence at home, abuse, coercion, exploitation,
   honour, drugs handed over): the routine for that relation.
4. **Threats and a body in trouble** (the other acute categories): their own routine when the
   message says nothing of the above.

Within a tier the language file's order decides. Whatever the routine, the acute line of the
highest-ranked *acute* finding (life threatened now: 113 or 112) is the reply's first line –
except when the routine is self-harm and the only acute findings are threats: «skada seg sjølv
med kniv» names the tool of the self-harm, so its own line (113) leads and the threat's follows.
"""

from __future__ import annotations

from enum import IntEnum

SELF_TOPIC = "selvmord_selvskading"
VIOLENCE_TOPIC = "vold_nare"
THREAT_TOPIC = "trusler"


class Tier(IntEnum):
    """The lower tier wins (see the module docstring)."""

    SELF = 0
    VIOLENCE_NOW = 1
    WHO_HARMS = 2
    ACUTE_SIGNS = 3


def tier(*, acute: bool, topic: str) -> Tier:
    """The tier of a category from its kind and its topic."""
    if topic == SELF_TOPIC:
        return Tier.SELF
    if not acute:
        return Tier.WHO_HARMS
    return Tier.VIOLENCE_NOW if topic == VIOLENCE_TOPIC else Tier.ACUTE_SIGNS


__all__ = ["SELF_TOPIC", "THREAT_TOPIC", "VIOLENCE_TOPIC", "Tier", "tier"]
