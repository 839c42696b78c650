"""The coordinator's meeting commands, as words: ``commands.yaml``'s schema.

Apart from understanding.yaml's schema (vocabulary.py) because the command grammar
(bot/features/meetings/) reads only these, and a coordinator extends them on their own:
a new way to say «avlys» or a school break's name is checked at load with file, field and line.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bot.knowledge.provenance import Strict, Text
from bot.knowledge.vocabulary import Phrase, WordList


class CommandVerb(Strict):
    """A way to start a meeting command («kall inn til», «avlys») and what it does."""

    words: Phrase
    kind: Literal["call", "cancel", "move"]


class NotAnsweredWords(Strict):
    """How the coordinator asks who has not answered a call: a question word, then a phrase."""

    who: WordList
    phrases: tuple[Phrase, ...] = Field(min_length=1)


class AgendaWords(Strict):
    """How anyone asks to bring a sak to a meeting («hvordan får jeg et punkt på sakslista til
    arbeidsgruppa?»): a word that asks how or adds, then an agenda word, and no other question
    word (bot/features/meetings/agenda_asked.py)."""

    nouns: WordList = Field(description="«sakslista», «agenda»: the agenda itself")
    asking: WordList = Field(description="«hvordan», «få», «legge»: before the agenda word")
    others: WordList = Field(description="«hvem», «hvor»: another question, the agenda its topic")
    bring: WordList | None = Field(
        None, description="«melde»: bringing a sak, read with `items` (agenda_asked.py)"
    )
    items: WordList | None = Field(None, description="«sak», «punkt»: what is brought")
    what: WordList | None = Field(
        None, description="«hva»: with `contents`, «hva står på sakslista?» (agenda_asked.py)"
    )
    contents: WordList | None = Field(
        None, description="«står», «er»: between the what-word and «på» the agenda word"
    )


class PeriodWords(Strict):
    """The words a meeting question names a period with («i juli», «i vår», «neste uke», «før
    jul»): bot/features/meetings/periods.py. Month names are always known."""

    meeting: WordList = Field(description="«møte»: makes an otherwise unread question one")
    next: WordList
    this: WordList
    month: WordList
    week: WordList
    spring: WordList = Field(description="«våren»: the spring term, said anywhere")
    spring_after_i: WordList = Field(description="«i vår» only: «vår» alone is also «our»")
    autumn: WordList
    before: WordList
    after: WordList
    during: WordList = Field(description="«i juleferien»: the break itself, as a period")
    how_often: WordList = Field(description="«hvor ofte … i jula?»: the cadence, not dates")
    breaks: dict[Phrase, WordList] = Field(
        min_length=1, description="a school break's name (as the calendar names it) and its words"
    )


class CommandsFile(Strict):
    """``commands.yaml``: how the coordinator's meeting commands are said."""

    version: Text
    verbs: tuple[CommandVerb, ...] = Field(min_length=1, description="longest first")
    polite: tuple[Phrase, ...] = ()
    urgent: WordList
    filler: WordList
    numbers: dict[Phrase, Annotated[int, Field(ge=1, le=31)]] = Field(min_length=1)
    units: dict[Phrase, Annotated[int, Field(ge=1, le=31)]] = Field(min_length=1)
    earlier: WordList
    later: WordList
    months: dict[Phrase, Annotated[int, Field(ge=1, le=12)]] = Field(default_factory=dict)
    weekdays: dict[Phrase, Annotated[int, Field(ge=0, le=6)]] = Field(default_factory=dict)
    not_answered: NotAnsweredWords
    agenda: AgendaWords | None = None
    periods: PeriodWords


__all__ = ["AgendaWords", "CommandVerb", "CommandsFile", "NotAnsweredWords", "PeriodWords"]
