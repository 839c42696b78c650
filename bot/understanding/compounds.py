"""Compounds a question and the plan write differently, matched by their first part.

Norwegian writes a compound as one word, and the plan and the question seldom pick the same
one: the plan says «sommerjobb» and «sommeropplevelse», the question «sommertilbud». Both
share the first part. At index time each knowledge word is cut where the rest is a word the
bot knows (a linking «s» or «e» may join the two), and the first part's stem is kept as
pointing at the whole word: «sommer» → «sommerjobb». A question's compound the index does
not know is cut the same way into such a first part and a word the bot knows or a word that
only carries form («sommer|tilbud»). A word the index knows is left alone: it finds its own
objects; a word alone is no first part («telefonen» asks for no «telefonnummer»). All of it
is worked out once per kommune; a question costs a few dictionary look-ups for each word the
index does not know.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

PART_MIN = 6
"""A first part this long at least, as written («sommer», «trygghet»): shorter ones
(«barne», «rus») begin too many words that mean other things."""
REST_MIN = 4
"""The rest of a compound this long at least («jobb» of «sommerjobb»): a shorter known
stem is most often an ending («ing» of «forebygging» is «ingen»'s stem)."""
STEM_MIN = 4
"""A first part's stem this long at least: «alders», «ledelses» stem to «ald», «led»."""
WORD_MIN = PART_MIN + REST_MIN
LONE_REST_MIN = 6
"""The rest of a compound no knowledge names alone («vandring»), when its first part is a
word the bot knows («trygghet»): this long at least, so an ending («-ende») is no rest."""
LINKS = "se"
FEW = 2
ENDINGS = frozenset({"ring", "ering", "ning", "else", "elsen", "ende", "ene", "lig", "lige"})
"""What ends a derived word, not a compound, though a word may be spelt so («ring»)."""


class CompoundParts:
    """First parts of one kommune's indexed compounds, by stem → the compounds' terms."""

    def __init__(
        self,
        words: Iterable[str],
        known: Mapping[str, int],
        wider: Collection[str],
        form_words: Collection[str],
        stem: Callable[[list[str]], list[str]],
    ) -> None:
        """``words``: the folded words the index holds; ``known``: its terms (stems) and how many
        objects hold each;
        ``wider``: the stems of every word the bot knows (all kommuner, the language files);
        ``form_words``: folded words that say nothing of an object but may end a compound
        («tilbud»); ``stem``: the index's stemmer. A cut counts when its rest is a word the
        bot knows, or its first part is and the rest is a word's length («trygghets|vandring»:
        no knowledge says «vandring» alone)."""
        self._known = known
        self._wider = wider
        self._form = form_words
        self._stem = stem
        cuts: list[tuple[str, str]] = []  # (first part, the whole word)
        rests: list[str] = []
        said = frozenset(words)
        for word in dict.fromkeys(w for w in said if len(w) >= WORD_MIN and w.isalpha()):
            for cut in range(PART_MIN, len(word) - REST_MIN + 1):
                cuts.append((word[:cut], word))
                rests.append(word[cut:])
        rest_stems = stem(rests) if rests else []
        firsts: list[str] = []
        wholes: list[str] = []
        rested: list[bool] = []  # whether the rest is a known word
        for (first, word), rest, rest_stem in zip(cuts, rests, rest_stems, strict=True):
            known_rest = self._knows(rest, rest_stem)
            if not known_rest and len(rest) < LONE_REST_MIN:
                continue
            if rest in ENDINGS or any(part in said for part in _unlinked(first)):
                # An ending, no word («rapporte|ring»); or the index says the part alone
                # («tiltak» of «tiltaksperiode»): the word finds its own objects.
                continue
            for part in _unlinked(first):
                firsts.append(part)
                wholes.append(word)
                rested.append(known_rest)
        parts: dict[str, set[str]] = {}
        if firsts:
            stemmed = zip(stem(firsts), stem(wholes), rested, strict=True)
            for part, whole, known_rest in stemmed:
                if (
                    len(part) >= STEM_MIN
                    and whole in known
                    and len(whole) >= len(part) + REST_MIN  # the stems of one word differ
                    and (known_rest or self._knows("", part))
                ):
                    parts.setdefault(part, set()).add(whole)
        self._parts: Mapping[str, tuple[str, ...]] = {
            part: tuple(sorted(wholes_)) for part, wholes_ in parts.items()
        }

    def compounds(self, word: str, term: str) -> tuple[str, ...]:
        """The index's compounds the folded question ``word`` (its stem ``term``) names by
        their first part: an unknown compound cut into a first part and a word the bot knows
        or a form word: «sommertilbud» → «sommerjobb», «sommeropplevelse». Empty if none."""
        if term in self._known:
            # A word the index knows names its compounds only when it and they are rare (a
            # common word, «ungdom», «satsing», begins words about other things): held out,
            # reading every known word so cost more answers than it won.
            found = self._parts.get(term, ())
            return found if len(found) <= FEW and self._known[term] <= FEW else ()
        if len(word) < WORD_MIN:  # «telefonen» is no first part of «telefonnummer» alone
            return ()
        # Every cut's rest stemmed in one call, then the first parts of the cuts whose rest
        # is a word the bot knows, in order: one stemmer call each, not one a cut.
        cuts = range(PART_MIN, len(word) - REST_MIN + 1)
        rests = [word[cut:] for cut in cuts]
        parts = [
            part
            for cut, rest, rest_stem in zip(cuts, rests, self._stem(rests), strict=True)
            if self._knows(rest, rest_stem)
            for part in _unlinked(word[:cut])
        ]
        for part_stem in self._stem(parts) if parts else ():
            found = self._parts.get(part_stem, ())
            if found:
                return found
        return ()

    def _knows(self, word: str, term: str) -> bool:
        """Whether the folded ``word`` (its stem ``term``) is a word the bot knows."""
        return term in self._known or term in self._wider or word in self._form


def _unlinked(first: str) -> tuple[str, ...]:
    """A first part as written and without a linking «s»/«e» («trygghets» → «trygghet»)."""
    if first[-1] in LINKS and len(first) > PART_MIN:  # «barnevern|s» but not «barne»
        return (first, first[:-1])
    return (first,)
