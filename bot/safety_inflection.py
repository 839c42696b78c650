"""A danger word's other forms: a stem's endings, an infinitive's verb family, a nynorsk or
dialect inflection read as bokmål, an intensified compound's head («livredd» → «redd»).

One line in danger.yaml covers every form staff type: the danger check (bot/safety.py) widens
a phrase's words by these when it compiles the file, and reads a message word that matches
nothing as typed by its bokmål form or its head (bot/safety_words.py). The matching itself –
atoms, typos, the phrase walk – is bot/safety_match.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.safety_match import fold_pattern, fold_word

FAMILY = "~"
"""A vocabulary word ending in ``~`` is a stem standing for its whole inflection family."""

ENDINGS = ("", "e", "er", "et", "a", "te", "t", "es", "ar", "ast", "ande", "ende", "ing")
"""Bokmål and nynorsk verb endings (and the -ing noun): «deng~» is denge, denger, denget,
denga, dengte, dengt, denges, dengar … One stem in the file covers every form staff type."""


NYNORSK_ENDINGS = (
    ("ar", "er"),
    ("ane", "ene"),
    ("ast", "es"),
    ("inga", "ingen"),
    ("de", "te"),
    ("laus", "los"),
)
"""Nynorsk and dialect inflections read as bokmål when a word matches nothing as typed:
«ristar» → «rister», «armane» → «armene», «fortalde» → «fortalte», «bevisstlaus» → «bevisstløs»."""


INTENSIFIERS = ("kjempe", "drit", "livs", "liv", "dods", "super", "mega", "skikkelig", "sinnssykt")
"""Compound intensifiers: «livredd», «dødsredd», «dritfull», «kjemperedd» are read as their
head word («redd», «full») when the whole word matches nothing – Norwegian puts the head last."""


_NYNORSK_SUFFIXES = tuple(ending for ending, _ in NYNORSK_ENDINGS)


def bokmal_forms(word: str) -> Iterator[str]:
    if not word.endswith(_NYNORSK_SUFFIXES):  # most words: one C call, no loop
        return
    for ending, bokmal in NYNORSK_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            yield word[: -len(ending)] + bokmal


def compound_head(word: str) -> str | None:
    """«livredd» → «redd»: the head of an intensified compound, or None."""
    if not word.startswith(INTENSIFIERS):  # most words: one C call, no loop
        return None
    for prefix in INTENSIFIERS:
        if word.startswith(prefix) and len(word) >= len(prefix) + 4:
            return word[len(prefix) :]
    return None


NOT_VERBS = frozenset(
    [
        "henne",
        "hjemme",
        "ikke",
        "alene",
        "inne",
        "hele",
        "mange",
        "selve",
        "mamme",
        "pappe",
        "onkle",
        "voksne",
        "andre",
        "eldre",
        "yngre",
        "store",
        "lille",
        "egne",
        "kjaere",
        "soster",
        "laerer",
        "brodre",
        "etter",
        "under",
    ]
)
"""Phrase words ending in -e that are not infinitives: never widened to a verb family."""


OTHER_WORDS = frozenset(["lange", "langt", "mange", "hele"])
"""Forms a verb family never produces: everyday words of another meaning that share the
stem («langer», deals, is not «lange ermer», long sleeves, nor «langt», far)."""


def verb_family(word: str) -> list[str]:
    """A folded phrase word and, for an infinitive («hoppe», «skyte») or a present tense
    («snakker»), its whole family: a phrase written «hoppe fra brua» also matches «hoppet fra
    brua» and «hoppa frå brua», «snakker om å dø» also «snakka om å dø»."""
    if len(word) >= 6 and word.endswith("er") and word not in NOT_VERBS:
        stem = word[:-2]  # present tense «snakker»: also «snakket», «snakka», «snakke»
    elif len(word) >= 5 and word.endswith("e") and word not in NOT_VERBS:
        stem = word[:-1]
    else:
        return [word]
    family = (stem + ending for ending in ENDINGS if ending)
    return [word, *(form for form in family if form not in OTHER_WORDS)]


def forms(word: str) -> list[str]:
    """The folded patterns one vocabulary word stands for (its family for ``stem~``)."""
    if not word.endswith(FAMILY):
        return [fold_pattern(word)]
    stem = fold_word(word[: -len(FAMILY)])
    return [stem + ending for ending in ENDINGS]


__all__ = [
    "ENDINGS",
    "FAMILY",
    "INTENSIFIERS",
    "NYNORSK_ENDINGS",
    "bokmal_forms",
    "compound_head",
    "forms",
    "verb_family",
]
