"""The words of a question, read once: folded, dialect forms, synonyms, typo correction, and
what the knowledge knows of them (vocabulary, stems, the roles' qualifiers).

The reader's base (:class:`bot.understanding.reader.Understanding`): what a word is, kept
apart from the rules that read the question's form, so the reader stays one module.
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.text import fold, strip_mentions
from bot.understanding.lexicon import (
    Lexicon,
    ansvar_words,
    is_strange,
    known_words,
    member_qualifiers,
)
from bot.understanding.normalise import EVERYDAY_MIN, Finite, Normaliser, stem, typed_ours
from bot.understanding.retrieval import KnowledgeSearch
from bot.understanding.routine_form import ONE_ROUTINE_ENDINGS, split_routine
from bot.understanding.rules import split_meeting
from bot.understanding.split_words import any_pair_in, joined_spoken, named_words
from bot.understanding.synonyms import Synonyms
from bot.understanding.translation import Translations


class WordReader:
    """The vocabulary and the normaliser, built once per knowledge load."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.lexicon = lexicon = Lexicon.of(kb.language.understanding)
        stems: dict[str, str] = {}  # the knowledge's words stemmed, shared by the indexes
        # Each kommune's postings are built at its first question (retrieval.KnowledgeSearch):
        # with 356 kommuner, building them all took a second and a half of the start.
        self.search = {
            k: KnowledgeSearch(index, kb.national, stems, lazy=True)
            for k, index in kb.kommuner.items()
        }
        vocabulary = set(known_words(kb, lexicon))
        for search in self.search.values():
            vocabulary |= {w for w in search.vocabulary if len(w) >= 4 and not w.isdigit()}
        self.vocabulary = frozenset(vocabulary)
        self.synonyms = synonyms = Synonyms(kb.language.synonyms)
        self.normaliser = Normaliser(
            # «det same som»: a question's own form words are words as typed, not typos
            vocabulary
            | lexicon.unanswered
            | synonyms.words
            | lexicon.facets.vocabulary
            | lexicon.form.same_words
            | Translations.of(kb.language.understanding.translation_asked).english,
            kb.language.dialect.folded(),
            kb.language.dialect.folded_phrases(),
            # a stopword is never searched, so never a typo of what is («hjemmesida»)
            kept={w for w in lexicon.form.list_words() if len(w) < EVERYDAY_MIN}
            | lexicon.stopwords,
            finite=Finite(*kb.language.dialect.folded_finite()),
        )
        searched = (s.words for s in self.search.values())
        self._known = self.vocabulary.union(synonyms.words, *searched)
        self._stems = frozenset(stem(self._known))
        # «er det fagteam i juleferien?»: a school break is a period a meeting is asked in,
        # never a word no knowledge knows (period_answers.py answers it)
        self._unknown_skip = lexicon.filler | lexicon.stopwords | lexicon.holiday_words
        for search in self.search.values():
            search.wider = self._stems  # before any index is built: what a compound's parts are
        self.role_vocabulary = lexicon.role_vocabulary
        self._qualifiers = member_qualifiers(kb)
        self._role_skip = self._qualifiers.union(lexicon.role_filler)
        self._group_words = frozenset(
            p for i in kb.kommuner.values() for p in i.phrases if " " not in p
        )
        ansvar = (w for owners in ansvar_words(kb, lexicon.stopwords)[0].values() for w in owners)
        self._compounds = frozenset(
            w for w in (*ansvar, *lexicon.role_vocabulary) if len(w) >= COMPOUND_MIN
        )
        self._names = named_words(t.tiltak for i in kb.kommuner.values() for t in i.kommune.tiltak)

    def normalise(self, text: str, *, folded_text: str | None = None) -> tuple[str, ...]:
        """``folded_text``: ``fold(strip_mentions(text))`` when the caller has it already."""
        return self._normalised(text, folded_text)[0]

    def _normalised(
        self, text: str, folded_text: str | None
    ) -> tuple[tuple[str, ...], frozenset[int]]:
        """The words, and where synonyms.yaml added what a phrase means (never shown)."""
        folded = (fold(strip_mentions(text)) if folded_text is None else folded_text).split()
        suffixes = self.lexicon.form.meeting_suffixes
        if any(w.endswith(suffixes) for w in folded):
            # Before typo correction, which would read «arbeidsgruppemøte» as the group alone.
            folded = [p for w in folded for p in split_meeting(w, self._group_words, suffixes)]
        if any(w.endswith(COMPOUND_ENDINGS) for w in folded):  # «fokustiltakene»
            folded = [part for w in folded for part in split_tiltak(w)]
        if any(w.endswith(ONE_ROUTINE_ENDINGS) for w in folded):  # «rusrutinen»
            folded = [
                part for w in folded for part in split_routine(w, self.vocabulary, only_known=True)
            ]
        folded = joined(folded, self._compounds)  # «kultur rådgiver»: «kulturrådgiver»
        folded = joined_spoken(  # «slt nett verket»
            folded, self.vocabulary, self._known, self._names, self.lexicon.stopwords
        )
        said, added = self.synonyms.expand(
            self.normaliser.read(folded, typed_ours=typed_ours(text))
        )
        correct = self.normaliser.correct
        return tuple(correct(w) for w in said), added

    def rejoined(self, text: str) -> str:
        """``text`` folded, with each pair dictation split read as its one word («når møtes
        slt nett verket» → «… slt nettverket»), or ``text`` itself when
        no pair joins – what the intent net's examples are compared with, so a split word
        does not make its examples strangers (the reader reads it whole already)."""
        folded = fold(strip_mentions(text)).split()
        whole = joined_spoken(
            folded, self.vocabulary, self._known, self._names, self.lexicon.stopwords
        )
        return text if whole == folded else " ".join(whole)

    def _strange(self, rest: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
        """A content word in the question that no knowledge, cue or filler knows."""
        return bool(self.unknown(rest, role_words))

    def unknown(self, rest: tuple[str, ...], role_words: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The content words of the question that no knowledge, cue or filler knows."""
        skip = self._unknown_skip.union(role_words)
        return tuple(w for w in rest if w not in skip and is_strange(w, self._known, self._stems))

    def _only_role(self, rest: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
        """Nothing but the role (and filler) is asked about."""
        left = {w for w in rest if w not in self._role_skip and not w.isdigit()}
        return not {w for w in left if not any(w.startswith(r[:4]) for r in role_words)}


TILTAK_ENDINGS = ("tiltakene", "tiltaket", "tiltaka", "tiltak")
ROUTINE_ENDINGS = ("rutinene", "rutinane", "rutiner", "rutinar")
"""«beredskapsrutinene»: a compound on routines in the plural asks for routines (the list);
one routine by a compound («samhandlingsrutine») stays one word (routine_form.py reads it)."""
COMPOUND_ENDINGS = TILTAK_ENDINGS + ROUTINE_ENDINGS
COMPOUND_HEAD = 3
COMPOUND_MIN = 9
"""A role or an owner this long is a compound («kulturrådgiver», «helsesykepleier»)."""
PART_MIN = 4
"""Each half typed apart this long: «for eldre» is no «foreldre»."""


def joined(words: list[str], compounds: frozenset[str]) -> list[str]:
    """A role or an owner the plan writes as one word, typed as two («er kultur rådgiver»,
    «helse sykepleier»): read as the one word, so the whole role is asked – not its first
    half, which may be another owner («Kultur»)."""
    if not any_pair_in(words, compounds):
        return list(words)  # most messages: no role typed as two words
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
        parts_long = i + 1 < len(words) and min(len(words[i]), len(words[i + 1])) >= PART_MIN
        if parts_long and pair in compounds:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def split_tiltak(word: str) -> tuple[str, ...]:
    """«fokustiltakene» → «fokus tiltakene», «rustiltak» → «rus tiltak»: a compound on
    «tiltak» says what the tiltak are about, and that it asks for tiltak; so does
    «beredskapsrutinene» → «beredskaps rutinene» for routines."""
    for ending in COMPOUND_ENDINGS:
        head = word.removesuffix(ending)
        if head != word and len(head) >= COMPOUND_HEAD:
            return head, ending
    return (word,)
