"""Small talk to the bot: «hei bot! hvordan har du det i dag?» asks nothing of the plan.

Without this, retrieval read such a message by its leftover words («dag» is in a routine's
«helsesykepleier samme dag») and answered with a routine. A message that is nothing but a
greeting, the bot's name, a time word and one of these phrases is read as asking nothing
(the honest fallback, which says what the bot answers). Only the whole message counts: «jeg
spurte eleven hvordan har du det, og hun begynte å gråte» is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.text import fold

# fmt: off
IGNORED = frozenset(
    {
        "hei", "hallo", "heisann", "hoi", "hey", "hi", "morn", "god", "morgen", "kveld", "bot",
        "boten", "sltboten", "slt", "kjaere", "i", "dag", "idag", "na", "da", "egentlig",
        "forresten", "sa",
    }
)
# fmt: on
"""Folded words around the small talk that change nothing: greetings, the bot's name, now."""

PHRASES = (
    "hvordan har du det",
    "hvordan gar det",
    "hvordan gar det med deg",
    "hvordan star det til",
    "hvordan star det til med deg",
    "star til",
    "star det bra til",
    "har du det bra",
    "har du det fint",
    "har du det godt",
    "har du hatt en fin dag",
    "har du hatt en god dag",
    "hva driver du med",
    "hva gjor du",
    "korleis har du det",
    "korleis gar det",
    "koss gar det",
    "assen gar det",
    "hvordan var helga di",
    "hvordan var helgen din",
    "er du i form",
    "how are you",
    "how is it going",
)
"""Questions about how the bot is, folded; :data:`IGNORED` words are left out when compared."""


def _bare(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in IGNORED)


_SMALL_TALK = frozenset(_bare(fold(p).split()) for p in PHRASES)


def small_talk(words: Sequence[str]) -> bool:
    """The message's folded ``words`` are small talk to the bot and nothing else."""
    return _bare(words) in _SMALL_TALK


__all__ = ["small_talk"]
