"""The words four small readers read a message by, as data: ``topic_framed``, ``leaning``,
``errands`` and ``compared`` in understanding.yaml.

Why data: «hva kan jeg si til foreldrene om X?», «gjelder det også for han?», «hvor kjøper vi
kaffe?» and «… gjør de det likt i Gjesdal?» are each read by a few word classes around a
small grammar (bot/understanding/topic_framed.py, leaning.py, compared.py and
bot/features/organisation/errands.py). Which words make each class is language a linguist
extends («fortelje», «angåande», «lånar»), checked at load with file, field and line like the
rest of the language file; the grammar around them stays code. Each module builds what it
compares once per knowledge base (:meth:`KnowledgeBase.built`), never per message.
"""

from __future__ import annotations

from pydantic import Field

from bot.knowledge.form_words import Pairs, Phrases, WordList
from bot.knowledge.provenance import Strict


class TopicFramedWords(Strict):
    """``topic_framed`` in understanding.yaml – bot/understanding/topic_framed.py. Lower case
    as written; a phrase's words are matched with any spaces between them."""

    what: WordList = Field(description="«hva»: what to tell the parents, asked")
    may: WordList = Field(description="«kan», «skal»: the modal of telling")
    who: WordList = Field(description="«jeg», «vi»: who tells")
    say: Phrases = Field(description="«si», «ta opp»: the telling")
    parents: Phrases = Field(description="«foreldrene»: whom it is told to (and the gate)")
    meetings: WordList = Field(description="«foreldremøtet» after «på»: where it is told")
    about: Phrases = Field(description="«om», «angående»: what follows is the topic")
    know: WordList = Field(description="«vet»: what the bot knows, asked")
    you: WordList = Field(description="«du», «boten»: whose knowledge is asked")
    known_about: WordList = Field(description="«om»: the topic known follows")
    request: WordList = Field(description="«kan», «vil»: a request to be told")
    request_you: WordList = Field(description="«du», «dere»: whom the request is made of")
    tell: WordList = Field(description="«si», «vise»: the telling requested")
    me: WordList = Field(description="«meg», «oss»: who is to be told")
    asking: Phrases = Field(description="«hvilke», «kva for»: the question asked after it")
    overview_may: WordList = Field(description="«kan»: before «du gi meg en oversikt»")
    give: WordList = Field(description="«gi», «vis»: an overview given")
    given: WordList = Field(description="«meg», «oss»: to whom it is given")
    may_get: WordList = Field(description="«kan», «får»: before «jeg få en oversikt»")
    getters: WordList = Field(description="«jeg», «vi»: who gets an overview")
    articles: WordList = Field(description="«en», «ei»: before «oversikt»")
    request_gate: WordList = Field(description="without one of these, no request looked for")
    pronouns: WordList = Field(description="«hvem som …»: an embedded question's subject")
    which: Phrases = Field(description="«hvilke tiltak som …»: a subject's determiner")


class LeaningWords(Strict):
    """``leaning`` in understanding.yaml – bot/understanding/leaning.py. Folded at load."""

    pointers: WordList = Field(description="«han», «det»: someone or something named before")
    other: WordList = Field(description="«den andre skolen»: the other one of those named")
    fillers: WordList = Field(description="«og», «hva», «med»: a bare follow-up's own words")
    about_openers: Pairs = Field(description="«hva med»: two words a follow-up opens with")
    applies: WordList = Field(description="«gjelder det …» as the first word")
    say_verbs: WordList = Field(description="«si», «forklar»: an answer said again")
    manner: WordList = Field(description="«enklere», «igjen»: how it is said again")
    said_again: WordList = Field(description="«det», «svaret»: the last answer as the object")
    after_said: WordList = Field(description="besides ``manner``, what may follow that object")
    addressed: WordList = Field(description="«du»: whom the request is made of")
    buy: WordList = Field(description="«kjøpe»: verbs of buying (errands reads them too)")
    buyers: WordList = Field(description="«vi», «jeg»: the writer or their team buying")


class ErrandWords(Strict):
    """``errands`` in understanding.yaml – bot/features/organisation/errands.py. Folded."""

    verbs: WordList = Field(description="besides leaning's ``buy``, the other errand verbs")


class ComparedWords(Strict):
    """``compared`` in understanding.yaml – bot/understanding/compared.py. Folded at load."""

    comparing: WordList = Field(description="«likt», «hva med»: the words of a comparison")
    back: WordList = Field(description="«gjør de det», «er det»: pointing back at the question")
    markers: WordList = Field(description="one of these must stand in the clause")


__all__ = ["ComparedWords", "ErrandWords", "LeaningWords", "TopicFramedWords"]
