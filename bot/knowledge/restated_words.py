"""The words a message's shape is read by, as data: ``restated`` in understanding.yaml.

Why data: a correction halfway («…, nei vent, fagteamet»), a claim to check («stemmer det
at …») and a page asked by its number are read by bot/understanding/restated.py before the
reader sees the message. Which words mark them is language a linguist extends («nei, eg
meinar», «i mean»), checked at load with file, field and line like the rest of the language
file; the grammar around them (where a correction starts, what it replaces) stays code.
"""

from __future__ import annotations

from pydantic import Field

from bot.knowledge.form_words import Phrases, WordList
from bot.knowledge.provenance import Strict


class RestatedWords(Strict):
    """``restated`` in understanding.yaml – bot/understanding/restated.py."""

    gate: WordList = Field(
        description="lower case as written: without one of these (or a place in the plan) a "
        "message is read as typed"
    )
    correcting: WordList = Field(
        description="lower case as written: a word every correction marker has"
    )
    checking: WordList = Field(
        description="parts of the words a claim to check has («stemm», «riktig»)"
    )
    strong: Phrases = Field(description="«nei vent», «jeg mente»: what follows replaces")
    weak: Phrases = Field(description="«altså», «sorry»: replaces a thing of the same kind only")
    filler: WordList = Field(description="words between a marker and what it names")
    not_correcting: WordList = Field(description="«ikke», «at» after a marker: no correction")
    prepositions: WordList = Field(description="where a question's object starts")
    question_words: WordList = Field(description="a correction opening so is a question")
    page_only: WordList = Field(
        description="the words besides a page's number in «hva står på side 14 i planen?»"
    )


__all__ = ["RestatedWords"]
