"""«har vi noe opplegg om vold i nære relasjoner?», «hva gjør slt for tryggheten i sentrum?»,
«hva sier planen at vi skal gjøre hvis …»: what the plan offers on a topic, asked with no cue
of its own. The plan's offers are its tiltak, so the tiltak retrieval ranks first answers –
when it stands clear of every other tiltak and no contact, routine or group ranks above it (a
plan note or fact may: it is the plan's text on the topic, not an offer). A near miss is never
given as the answer: with no such tiltak the reading stays unknown, and the fallback says so.

Asked as a claim to check or a why («stemmer det at politiet er på skolene fast?», «kvifor er
politiet på skulen kvar veke?»), the same tiltak answers only when it holds more of the claim's
words than one in passing.

The forms are understanding.yaml's ``question_form.tiltak.offer_forms`` and ``claim_forms``.
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.phrases import spaced_phrases
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit
from bot.understanding.rules import tiltak_on_a_topic
from bot.understanding.tiltak_reading import first_tiltak

PLAN_TEXT = frozenset({"note", "planfact", "plan"})
"""Kinds of object that are the plan's own text: ranked above a tiltak they hide no offer."""
CLAIMED = 0.4
"""A claim checked («stemmer det at …») is the tiltak's when the tiltak holds this share of its
words: «stemmer det at kantina stenger i juli» shares one word of four with «Stenge tilgang
…», «stemmer det at politiet er på skolene fast» two of four or five with «Politiet til stede
på skolene»."""
CLEAR = 1.3
"""The tiltak answers only when it scores this much above the next tiltak: two alike are a
guess («tryggheten i sentrum» finds four tiltak on «trygg» alone)."""

Reading = tuple[Intent, str, tuple[tuple[str, str], ...], tuple[str, ...]]


def offer_word(
    words: tuple[str, ...], said: QuestionForm, forms: frozenset[str] = frozenset()
) -> str:
    """The form that asks for an offer («har vi noe», «hva gjør slt»), or ''. An offer's noun
    alone asks none: «krisesenteret har et opplegg om vold, er det med?» tells of another's.
    ``forms``: other forms to look for instead (the claim forms)."""
    phrases = spaced_phrases(forms or said.offer_forms)  # in sorted order, built once
    found = phrases.found(f" {' '.join(words)} ")
    return phrases.phrases[found[0]] if found else ""


def claimed(words: tuple[str, ...], said: QuestionForm) -> str:
    """The form that asks whether the plan does a thing as a claim («stemmer det at»), or ''."""
    return offer_word(words, said, said.claim_forms) if said.claim_forms else ""


def clear_tiltak(hits: list[Hit], *, past_routines: bool = False) -> Hit | None:
    """The tiltak ranked first but for plan text, clear of the next tiltak; else None.
    ``past_routines``: the plan asked what it does («hva gjør planen med skulk og fravær»)
    – its tiltak answer, and a routine ranked above them is the topic's, not the answer."""
    passed = PLAN_TEXT | {"routine"} if past_routines else PLAN_TEXT
    ranked = [h for h in hits if h.doc.kind not in passed]
    best = ranked[0] if ranked else None
    if best is None or best.doc.kind != "tiltak":
        return None
    following = next((h for h in ranked[1:] if h.doc.kind == "tiltak"), None)
    return best if following is None or best.score >= following.score * CLEAR else None


def on_a_topic(
    reading: Reading,
    words: tuple[str, ...],
    hits: list[Hit],
    said: QuestionForm,
    grouped: str | None,
) -> Reading:
    """An unknown reading with no group or level named (``grouped``) that asks for tiltak on
    a topic («hva har vi av tiltak mot hasj»: :func:`tiltak_on_a_topic`) or for an offer on
    one: a tiltak lookup with the tiltak first (the offer asked replaces any «Mente du …?»
    retrieval made up). Any other reading as it was."""
    intent, _cue, about, options = reading
    if intent is not Intent.UNKNOWN or grouped:
        return reading
    if not options and (by_word := tiltak_on_a_topic(words, about, said)):
        return (*by_word, about, options)
    offer = offer_word(words, said)
    asked = offer or claimed(words, said)  # «stemmer det at …»: a claim, checked harder
    claim = bool(asked) and not offer
    # «… skal lage en temauke for 9. trinn»: a grade beside the topic makes the tiltak feature
    # answer by grade, which may be another tiltak than the one found clear here
    graded = not said.tiltak_signs.isdisjoint(words)
    plans = asked in said.plan_does
    best = clear_tiltak(hits, past_routines=plans) if asked and not graded else None
    if best is None or (claim and best.coverage < CLAIMED):
        return reading
    return Intent.TILTAK_LOOKUP, asked, first_tiltak(about, best.doc.key), ()


__all__ = ["on_a_topic"]
