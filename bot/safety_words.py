"""The danger atoms a message word stands for, looked up once per word of the known vocabulary.

A word's atoms (bot/safety_match.py) depend on the word alone: exactly or by prefix, with one
typo in a long word, as its bokmål form or an intensified compound's head, by a compound's
head (also beside a prefix that took the compound's first part), and — only when all of
those found nothing — with one typo in a short word (weak). Most words of a message are
words the knowledge and language files themselves use, so their atoms are looked up once,
when the danger check is built, into a table keyed by those words; a message's other words
are looked up as they come.

A group word of several words («gir+henne», «e-post», «self-harm») is one atom the files spell
with a space: its first word carries it when the others follow it right after (a dictionary
look-up per word; without it such a group word would match no message at all).

Privacy: the table is filled at build from the files' vocabulary and never from a message —
nothing a message holds is added to it or kept after the check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.safety_inflection import bokmal_forms, compound_head
from bot.safety_lemmas import Kin
from bot.safety_match import HEAD_MIN, HEAD_MIN_FIRST, Atoms, pooled

_NONE: frozenset[int] = frozenset()

Pair = tuple[tuple[str, ...], bool, frozenset[int]]
"""A group word of several words: the words after its first, whether the last is a prefix, and
its atoms."""

WordAtomsFound = tuple[frozenset[int], frozenset[int]]
"""A word's atoms (sure or weak), and its weak atoms alone (empty when it matched surely)."""


class WordAtoms:
    """A frozen :class:`Atoms` read word by word, with the known words' atoms in a table."""

    def __init__(self, atoms: Atoms, vocabulary: Iterable[str], kin: Kin | None = None) -> None:
        """``atoms``: frozen; ``vocabulary``: fixed words (from the files, never a message);
        ``kin``: the vocabulary words each inflected form is a form of (bot/safety_lemmas.py)."""
        self._atoms = atoms
        self._kin = kin if kin is not None else Kin({})
        pool: dict[frozenset[int], frozenset[int]] = {}
        self._table: dict[str, WordAtomsFound] = {}
        for word in vocabulary:
            found, weak = self.look_up(word)
            self._table[word] = (pooled(found, pool), pooled(weak, pool))
        self._pairs = pairs_by_next(pairs_of(atoms))

    def look_up(self, word: str) -> WordAtomsFound:
        """A folded, dialect-mapped word's atoms, computed (see the module docstring)."""
        atoms = self._atoms
        # As typed (exactly or by prefix) first: the files decide what a form they spell
        # means («knivstukk*» was stabbed, «knivstikke» a threat). Else an inflection no list
        # spells, as its dictionary word («kvalte» → «kvele»), before any typo is read.
        found = atoms.plain(word) or atoms.kin(self._kin.reading(word)) or atoms.of(word)
        # A compound's head and a nynorsk word's bokmål form count alongside what the word
        # matched as typed («meldingar» may match a prefix and still be «meldinger»).
        head = compound_head(word)
        for other in (*bokmal_forms(word), *((head,) if head else ())):
            # Typo-tolerant only when the word matched nothing as typed (cheap otherwise).
            found = found | (atoms.plain(other) if found else atoms.of(other))
        if not found:  # two typos in a long word: «slevmorstanker» (not its head «tanker»)
            found = atoms.two_typos(word)
        if len(word) >= HEAD_MIN_FIRST + HEAD_MIN and word not in atoms.exact:
            # A compound's head counts beside a prefix its first part matched: «fotballtreneren»
            # is a coach even though «fotball*» (sport) took its start.
            found = found | atoms.head_of(word)
        if found:
            return found, _NONE
        weak = atoms.weak(word)
        return weak, weak

    def of(self, words: Sequence[str]) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
        """Atoms per position (sure and weak together), and the weak ones alone; a word
        outside the table is looked up once per message (then forgotten)."""
        table = self._table
        found = {w: table[w] if w in table else self.look_up(w) for w in set(words)}
        sure = [found[w][0] for w in words]
        pairs = self._pairs
        for i, word in enumerate(words[:-1]):  # a group word has a word after its first
            if word not in pairs:
                continue
            by_next, prefixed = pairs[word]
            tried = by_next.get(words[i + 1], ())
            if prefixed:  # both kinds in pairs_of's order: the atoms are joined in it
                tried = tuple(sorted((*tried, *prefixed))) if tried else prefixed
            for _, rest, prefix, atoms in tried:
                if _follows(words, i + 1, rest, prefix):
                    sure[i] = sure[i] | atoms
        return sure, [found[w][1] for w in words]


EVERY_TIME = frozenset(
    {"kveld", "kvelden", "natt", "helg", "helga", "veke", "uke", "dag", "morgon", "morgen"}
    | {"gong", "gang", "time", "friminutt", "skuledag", "skoledag", "manad", "maned"}
    | {"einaste", "eneste", "enaste"}
)
"""Time words after nynorsk «kvar»: then it is «hver» (every), not «hvor» (where)."""
FAREWELLS = frozenset({"farvel", "goodbye", "avskjed", "avskjeds"})
POSTS = frozenset({"innlegg", "innlegget", "post", "posten", "posted", "poste"})
"""A post after a goodbye is the goodbye posted («farvel-innlegg på snap»), not a talk given:
«innlegg» is a topical word (a talk on a subject), and would make the goodbye a topic."""


def dialect_mapped(words: Sequence[str], dialect: dict[str, str]) -> list[str]:
    """Each word in its bokmål form by ``dialect`` (dialect.yaml, folded); «kvar» before a time
    word is «hver» («drikk kvar kveld»), and a post after a goodbye a message («farvel-innlegg»),
    which a one-to-one table cannot say."""
    mapped = [dialect.get(w, w) for w in words]
    for i, word in enumerate(words[:-1]):
        if word == "kvar" and words[i + 1] in EVERY_TIME:
            mapped[i] = "hver"
        elif word in FAREWELLS and words[i + 1] in POSTS:
            mapped[i + 1] = "melding"  # «farvel-innlegg»: the goodbye posted
    return mapped


def pairs_of(atoms: Atoms) -> dict[str, list[Pair]]:
    """The group words of several words (spelled with a space once folded), by their first."""
    pairs: dict[str, list[Pair]] = {}
    spelled = [(k, False, v) for k, v in atoms.exact.items() if " " in k]
    spelled += [(k, True, frozenset({v})) for k, v in atoms.prefix.items() if " " in k]
    for key, prefix, found in spelled:
        first, *rest = key.split()
        pairs.setdefault(first, []).append((tuple(rest), prefix, frozenset(found)))
    return pairs


NumberedPair = tuple[int, tuple[str, ...], bool, frozenset[int]]
"""A :data:`Pair` with its place among its first word's pairs (the order they are added in)."""
PairsAfter = tuple[dict[str, tuple[NumberedPair, ...]], tuple[NumberedPair, ...]]
"""A first word's group words: by the word that must follow it exactly, and those whose one
word after the first is a prefix (any following word may start with it)."""


def pairs_by_next(pairs: dict[str, list[Pair]]) -> dict[str, PairsAfter]:
    """:func:`pairs_of`'s lists, each split by the word that must stand right after the first:
    a message's word is tried only against the group words its next word can continue
    («i» opens 23, «i morgen» one of them), in the order :func:`pairs_of` gives."""
    split: dict[str, PairsAfter] = {}
    for first, listed in pairs.items():
        by_next: dict[str, tuple[NumberedPair, ...]] = {}
        prefixed: list[NumberedPair] = []
        for n, (rest, prefix, atoms) in enumerate(listed):
            if prefix and len(rest) == 1:
                prefixed.append((n, rest, prefix, atoms))
            else:
                by_next[rest[0]] = (*by_next.get(rest[0], ()), (n, rest, prefix, atoms))
        split[first] = (by_next, tuple(prefixed))
    return split


def _follows(words: Sequence[str], at: int, rest: tuple[str, ...], prefix: bool) -> bool:
    """``rest`` are the words from ``at`` on (the last by its start when ``prefix``)."""
    if at + len(rest) > len(words):
        return False
    last = len(rest) - 1
    return all(
        words[at + n] == piece or (prefix and n == last and words[at + n].startswith(piece))
        for n, piece in enumerate(rest)
    )


__all__ = ["EVERY_TIME", "WordAtoms", "WordAtomsFound", "dialect_mapped"]
