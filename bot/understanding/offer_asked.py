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

from bot.understanding.cue_check import Named
from bot.understanding.group_plan import Reading, group_tiltak
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
CLOSE = 2
"""… or when at most this many tiltak lead together, clear of every tiltak below them: «har vi
noe sommertilbud for barn?» finds the Sommeruka and Røde Kors' summer days alike, and the two
listed are the plan's answer – one of them alone would be a guess."""


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


def leading_tiltak(
    hits: list[Hit], *, past_routines: bool = False, close: int = CLOSE
) -> list[Hit]:
    """The tiltak ranked first but for plan text, with the tiltak close to it (within
    ``CLEAR``), when they are at most ``close`` and stand clear of the next tiltak; else []."""
    passed = PLAN_TEXT | {"routine"} if past_routines else PLAN_TEXT
    ranked = [h for h in hits if h.doc.kind not in passed]
    if not ranked or ranked[0].doc.kind != "tiltak":
        return []
    tiltak = [h for h in ranked if h.doc.kind == "tiltak"]
    band = [h for h in tiltak if h.score * CLEAR >= tiltak[0].score]
    following = tiltak[len(band)] if len(tiltak) > len(band) else None
    if len(band) > close or (following and following.score * CLEAR > band[-1].score):
        return []
    return band


def _in_question(leading: list[Hit], named: Named, asked: str) -> bool:
    """Whether the first tiltak holds a word asked after the form (``asked``), when words stand
    before the form: «elev ble tatt med hasj av politiet, finnes det noe alternativ til
    straff?» finds «Nettvett … fra politiet» by the scene's «elev» and «politiet» alone – no
    offer of what is asked. A form that opens the message has no scene before it, and one
    with nothing to search after it asks of what stands before it."""
    form, words, search = tuple(asked.split()), named.words, named.search
    at = next((i for i in range(len(words)) if words[i : i + len(form)] == form), 0)
    after = words[at + len(form) :] if at else ()
    if not after or search is None or not search.search(after):
        return True  # «hvis elever blir …, hva sier planen at vi skal gjøre?»: asked before it
    return any(search.holds("tiltak", leading[0].doc.key, w) for w in after)


def on_a_topic(reading: Reading, named: Named, said: QuestionForm, grouped: str | None) -> Reading:
    """An unknown reading with no group or level named (``grouped``) that asks for tiltak on
    a topic («hva har vi av tiltak mot hasj»: :func:`tiltak_on_a_topic`) or for an offer on
    one: a tiltak lookup with the tiltak first (the offer asked replaces any «Mente du …?»
    retrieval made up). A tiltak lookup another rule read without a cue of the question's own
    («har vi noe sommertilbud … i SLT-planen?»: the plan named) is the offer's too. Any other
    reading as it was."""
    intent, cue, about, options = reading
    words, hits = named.words, named.hits
    bare_lookup = intent is Intent.TILTAK_LOOKUP and not cue
    if grouped:  # «forebyggende team – hva er planen med det?»: the tiltak setting it up
        return group_tiltak(reading, words, said, named.index, grouped)
    if not (intent is Intent.UNKNOWN or bare_lookup):
        return reading
    topic = not options and intent is Intent.UNKNOWN
    if topic and (by_word := tiltak_on_a_topic(words, about, said)):
        return (*by_word, about, options)
    offer = offer_word(words, said)
    asked = offer or claimed(words, said)  # «stemmer det at …»: a claim, checked harder
    claim = bool(asked) and not offer
    # «… for 9. trinn?»: a grade beside the topic makes the tiltak feature answer by grade,
    # which may be another tiltak than the one found clear here – a grade in the question
    # asked; one in a remark after it («… ? skal lage en temauke for 9 trinn») says why
    graded = not said.tiltak_signs.isdisjoint(named.focus or words)
    plans = asked in said.plan_does
    close = 1 if claim else CLOSE  # a claim is one tiltak's to confirm
    leading = leading_tiltak(hits, past_routines=plans, close=close) if asked and not graded else []
    if (
        not leading
        or (claim and leading[0].coverage < CLAIMED)
        or not _in_question(leading, named, asked)
    ):
        return reading
    for hit in reversed(leading):  # the leading tiltak first, in their order
        about = first_tiltak(about, hit.doc.key)
    return Intent.TILTAK_LOOKUP, asked, about, ()


__all__ = ["on_a_topic"]
