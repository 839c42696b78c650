"""«What does "hastemøte" mean in English?», «kan du oversette rutinen til polsk?»: a word or a
text asked in another language. The plans are Norwegian and the bot translates nothing, so the
sheet of the group or routine the word names is no answer: the reader reads it as unknown with
``beyond`` set to :data:`TRANSLATION`, and the honest reply says so (organisation/beyond.py).
The words are understanding.yaml's ``translation_asked``."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.asked_words import TranslationWords
from bot.text import folded_words

TRANSLATION = "translation"
ENGLISH_MEANING = frozenset({"mean", "means", "meaning", "called", "word"})


@dataclass(frozen=True)
class Translations:
    verbs: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    meaning: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: TranslationWords | None) -> Translations:
        if words is None:
            return cls()
        return cls(
            verbs=folded_words(words.verbs),
            languages=folded_words(words.languages),
            meaning=folded_words(words.meaning),
        )

    @property
    def english(self) -> frozenset[str]:
        """Its English words of meaning («mean», «called»): words as typed, never a typo of a
        Norwegian one («mean» is no «man»). The Norwegian ones are the knowledge's own words."""
        return frozenset(w for w in self.meaning if w in ENGLISH_MEANING)

    def asked(self, words: tuple[str, ...]) -> bool:
        """A translation asked: a verb of translating, or a language beside a word's meaning."""
        present = set(words)
        return bool(present & self.verbs) or bool(
            present & self.languages and present & self.meaning
        )


__all__ = ["TRANSLATION", "Translations"]
