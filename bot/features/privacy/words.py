"""The privacy guard's word lists, folded once when the guard is built.

The words are knowledge (knowledge/language/privacy.yaml and names.yaml, validated at load)
plus each kommune's own place and school names (``places:`` in its file). :class:`GuardWords`
folds them (bot.text.fold) into the sets the detectors look words up in, and derives the
spellings the quick look before tokenising needs — no list is folded per message.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.features.privacy.tokens import fold_word
from bot.knowledge.language import NamesFile, PrivacyFile
from bot.text import fold, folded_words

# Endings of inflected nouns, participles and adjectives: a sentence-initial word that ends
# like this ("Eleven", "Ungdommene", "Bekymret") is not taken for an unknown name.
_NOUN_ENDINGS = (
    "ene", "ane", "ere", "en", "et", "er", "ing", "inger", "sjon", "het", "else", "skap",
    "ige", "ig", "lig", "isk", "ert",
)  # fmt: skip


def _folded_phrases(spec: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in spec:
        words = tuple("*" if w == "*" else fold(w) for w in phrase.split())
        if words:
            phrases.setdefault(words[0], []).append(words[1:])
    return {first: tuple(rests) for first, rests in phrases.items()}


class GuardWords:
    """Every word set the detectors use, folded; build once per knowledge load."""

    def __init__(
        self, words: PrivacyFile, names: NamesFile, places: Iterable[str], schools: Iterable[str]
    ) -> None:
        school_parts = [school.split() for school in schools]
        self.non_names = (
            folded_words(
                " ".join(
                    (
                        words.calendar,
                        words.places,
                        words.services,
                        words.programmes,
                        words.tools,
                        words.languages,
                        words.roles,
                        words.sentence_words,
                    )
                )
            )
            | folded_words(word for place in places for word in place.split())
            | folded_words(word for parts in school_parts for word in parts)
        )
        self.roles = folded_words(words.roles)
        self.staff_orgs = folded_words(words.staff_orgs)
        self.institution_nouns = folded_words(words.institution_nouns)
        self.school_nouns = folded_words(words.school_nouns)
        self.school_names = folded_words(words.school_names) | folded_words(
            parts[0] for parts in school_parts if len(parts) == 1
        )
        self.street_nouns = tuple(sorted(folded_words(words.street_nouns)))
        self.family_nouns = folded_words(words.family_nouns)
        self.glue = folded_words(words.glue)
        self.student_words = folded_words(words.student_words)
        self.locatives = folded_words(words.locatives)
        self.greetings = folded_words(words.greetings)
        self.pronouns = folded_words(words.pronouns)
        self.numbered = folded_words(words.numbered)
        self.duration = folded_words(words.duration_words)
        self.strong = folded_words(words.strong_terms)
        self.topic = folded_words(words.topic_terms)
        self.links = folded_words(words.link_words)
        self.topical = folded_words(words.topical_markers)
        self.fiction = folded_words(words.fiction)
        self.phrases = _folded_phrases(words.strong_phrases)
        self.term_heads = self.strong | self.topic | frozenset(self.phrases)
        self.known = folded_words(names.first_names)
        self.known_lower = self.known - folded_words(names.also_words) - self.non_names
        self.noun_endings = tuple(sorted(set(_NOUN_ENDINGS)))
        self.amount_units = folded_words(words.amount_units)
        # The quick look before tokenising: words as typed (lower case) and folded.
        self.lower_name_spellings = frozenset(
            spelling
            for word in names.first_names.lower().split()
            if fold_word(word) in self.known_lower
            for spelling in (word, fold_word(word))
        )
        self.term_spellings = frozenset(
            spelling
            for word in f"{words.strong_terms} {words.topic_terms}".lower().split()
            for spelling in (word, fold_word(word))
        )
        pairs = [p.lower().split()[:2] for p in words.strong_phrases if len(p.split()) > 1]
        self.phrase_pairs = frozenset(
            (a, b)
            for first, second in pairs
            for a in (first, fold_word(first))
            for b in (second, fold_word(second))
        )
        self.phrase_heads = frozenset(a for a, _ in self.phrase_pairs)
