"""Understanding what staff write: normalise → (danger check, bot/safety.py) → retrieve what it
is about → read the intent from the question's form → confidence, or «Mente du …?».

The pieces: ``normalise`` (folding, dialect forms, typos, Norwegian stems), ``retrieval``
(BM25 over every knowledge object of a kommune, built once at load), ``reader`` (cue phrases
for the question's form, entities, the final :class:`Understood`).
"""

from bot.understanding.reader import (
    CUES,
    ROLE_SYNONYMS,
    Intent,
    Understanding,
    Understood,
    role_alternatives,
    role_label,
)

__all__ = [
    "CUES",
    "ROLE_SYNONYMS",
    "Intent",
    "Understanding",
    "Understood",
    "role_alternatives",
    "role_label",
]
