"""«hvordan kontakter jeg krisesenteret?», «nummer til utekontakten»: a way to reach a service
that no knowledge file names. The honest fallback says first that the plan has no contact for
it, in the writer's own spelling, instead of only «Det spørsmålet kan jeg dessverre ikke svare
på» – the asker then knows the bot read the question and that the plan, not the bot, lacks it.

Only a word that stands where a service stands is echoed: right after the contact cue or a
preposition («kontakt med …», «nummer til …», «hvem på …»), at least ``NAME_LETTERS`` long,
and never a word capitalised inside a sentence (it may be someone's name), nor whom a worry is
about («foreldre er bekymret for sønnen sin, hvor kan de henvende seg?»: «sønnen» is no service)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.organisation import texts
from bot.text import NAME_LETTERS, echoable
from bot.understanding import Intent, Understood
from bot.understanding.phrases import spaced_phrases

if TYPE_CHECKING:
    from bot.router import Turn

BEFORE_SERVICE = frozenset({"til", "med", "i", "pa", "hos", "for", "fra", "ved", "jeg", "eg"})
"""The words a service follows in a contact question («nummer til …», «hvordan når jeg …»)."""


def asks_to_reach(words: tuple[str, ...], cues: tuple[str, ...], phone: frozenset[str]) -> bool:
    """The question asks how to reach something: a contact cue of understanding.yaml, or a
    word for a number («telefonnummeret»)."""
    if not phone.isdisjoint(words):
        return True
    return spaced_phrases(cues).any_in(f" {' '.join(words)} ")


def unnamed_service(
    q: Understood, unknown: tuple[str, ...], text: str, worry: frozenset[str] = frozenset()
) -> str | None:
    """The service asked about that no knowledge holds, as written; else None. ``worry``: the
    words of a worry (understanding.yaml ``case_words``): «bekymret for X» names a person."""
    words = q.words
    strange = {w for w in unknown if len(w) >= NAME_LETTERS}

    def worried_about(i: int) -> bool:
        return i >= 2 and words[i - 1] == "for" and words[i - 2] in worry

    at = next(
        (
            i
            for i, w in enumerate(words)
            if w in strange and (i == 0 or words[i - 1] in BEFORE_SERVICE) and not worried_about(i)
        ),
        None,
    )
    if at is None:
        return None
    return echoable(text, words[at])


def unnamed_lead(turn: Turn) -> str:
    """«Jeg finner ingen kontaktinformasjon for «krisesenteret» i planen …» for a way to
    reach a service no knowledge names; else nothing. Runs only on the way to the fallback,
    never on an answered turn."""
    q = turn.understood
    if q is None or not turn.text:
        return ""
    understanding = turn.bot.understanding
    cues = understanding.lexicon.cues[Intent.CONTACT_SERVICE]
    if not asks_to_reach(q.words, cues, q.said.phone_words):
        return ""
    unknown = understanding.unknown(q.rest, q.role_words)
    word = unnamed_service(q, unknown, turn.text, understanding.lexicon.case_words)
    return texts.no_contact_for(word=word) if word else ""


__all__ = ["asks_to_reach", "unnamed_lead", "unnamed_service"]
