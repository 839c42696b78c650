"""Understanding what staff write: normalise → (danger check, bot/safety.py) → retrieve what it
is about → read the intent from the question's form → confidence, or «Mente du …?».

The pieces: ``normalise`` (folding, dialect forms, typos, Norwegian stems), ``retrieval``
(BM25 over every knowledge object of a kommune, built at its first question), ``lexicon``
(the words of knowledge/language/understanding.yaml, compiled once), ``entities`` (kommune,
group, level),
``rules`` (what a question's form says), ``options`` (what retrieval says, «Mente du …?»),
``reader`` (cue phrases for the question's form, the final :class:`Understood`).
"""

from bot.understanding.intents import Intent
from bot.understanding.reader import Understanding
from bot.understanding.understood import Understood

__all__ = ["Intent", "Understanding", "Understood"]
