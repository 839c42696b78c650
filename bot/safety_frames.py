"""Frames around danger words that make them a subject, not a case (bot/safety_topics.py asks).

* **Read, learnt or taught «om»**: «las om ungdomsgjengar med kniv», «hva 3. trinn lærer om
  seksuelle overgrep» name what was read or taught – unless a child is named after «om»
  («leste om en gutt som …» may tell of one) or the one who reads is young or one person
  («eleven har lest om selvmord» may be the worry itself).
* **A class taught**: «snakke med 9. trinn om grooming» – a class or a grade right before
  «om», as with a verb of studies.
* **A figure asked**: «hvor vanlig er det at ungdom selger dop», «how common is self-harm among
  teenagers» ask how often it happens among many, not of one.
* **Asked in general**: «spør generelt, ingen konkret elev», «just asking in general» (the
  phrases are danger.yaml's ``general``) – unless someone tells («fortalte», «told me»), the
  message says «now», or the phrase is denied («ikke et generelt spørsmål»).
* **A film's story**: «en film på NRK om en gutt som ble rekruttert til en gjeng» – a film or a
  programme named a few words before «om», nothing between that starts a clause.

A case told inside such a frame is still a case: «etter filmen fortalte en elev at faren slår
henne» names who tells, and a clause word ends the frame before the harm.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.safety_match import BREAK, fold_word
from bot.safety_telling import CHILD, last_sentence

STUDIES = frozenset(
    {"las", "leste", "lest", "leser", "lese", "les", "laerer", "laere", "laerte", "laert"}
    | {"read", "reading", "learn", "learns", "learning", "learnt", "learned", "teach", "teaching"}
    | {"taught"}
)
"""Verbs of reading, learning or teaching right before «om» (folded)."""
NOUNS = frozenset({"laerer", "les"})
"""Verbs of ``STUDIES`` that are also a noun («en lærer»): after an article, a person."""
ARTICLES = frozenset({"en", "ei", "ein", "et", "a", "som", "er", "var", "min", "mi", "din"})
AUDIENCE = frozenset({"klassen", "klassene", "klasse", "trinn", "trinnet", "class", "grade"})
TO_A_CLASS = frozenset({"med", "for", "i", "with", "to"})
"""«snakke med 9. trinn om grooming», «prate med klassen om selvskading»: a class taught."""
READER = CHILD | {"han", "hun", "ho", "hen", "he", "she", "sonnen", "dattera", "datteren"}
"""Who reads when the reading may be the worry itself: a child or one person."""
MEDIA = (
    "film", "dokumentar", "reportasj", "serie", "podkast", "podcast", "artikkel", "skuespill",
    "teaterstykk", "rollespill", "novell", "romanen", "musikal", "revy", "tegneserie",
)  # fmt: skip
"""Words a film, a programme, a play or a story starts with (folded): «filmen», «dokumentaren»,
«skuespillet», «novella» (not «episode», also an incident at school; not «forestilling», also
a notion)."""
FILMED = ("filmet", "filma", "filmar", "filmte")
"""… but a child filmed is no film's story («han filmet henne om natta …»)."""
MEDIA_REACH = 4
"""How many words before «om» a film may be named (the words between say where it ran)."""
WHEN_RAN = frozenset({"i"})
"""«så en film i går om …», «en serie i helga om …»: between the film and «om» «i» says when or
where it ran, no subject (nynorsk «i», you, is a stop elsewhere)."""


def studied(words: Sequence[str], after: int, start: int) -> bool:
    """A verb of ``STUDIES`` right before ``after``, a match at ``start``: a subject when
    nobody young or single reads it in the clause and no child is named after the verb."""
    clause = last_sentence(words[: after - 1])
    return READER.isdisjoint(clause) and CHILD.isdisjoint(words[after : start + 1])


def framed(words: Sequence[str], at: int, start: int, stops: frozenset[str]) -> bool:
    """A film or a programme, or a verb of ``STUDIES``, named up to ``MEDIA_REACH`` words
    before «om» at ``at`` (a title may stand between: «jeg leser «Skammens pris» om
    æreskultur»), no word of ``stops`` (a clause word, a subject) nor a sentence's end between:
    «filmen var slutt, og hun sa om faren at …» tells what she said."""
    for verb in range(at - 1, max(-1, at - MEDIA_REACH - 1), -1):
        word = words[verb]
        if word == BREAK or (word in stops and not (word in WHEN_RAN and verb + 1 < at)):
            return False
        if word.startswith(MEDIA) and not word.startswith(FILMED):
            return True
        if word in NOUNS and verb and words[verb - 1] in ARTICLES:
            return False  # «fikk en melding fra en lærer om vold hjemme hos …»: a teacher
        if word in STUDIES or (
            word in AUDIENCE and not TO_A_CLASS.isdisjoint(words[max(0, verb - 3) : verb])
        ):
            return studied(words, verb + 1, start)
    return False


FREQUENT = frozenset({"vanlig", "vanleg", "utbredt", "utbreidd", "common", "widespread"})
"""«hvor vanlig», «how common»: a figure asked of many (after ``HOW``)."""
HOW = frozenset({"hvor", "how"})
"""«hvor»; nynorsk «kor» reads as it (dialect.yaml)."""
HAPPENS = frozenset({"skjer", "forekommer", "happen", "happens"})
"""«hvor ofte skjer det at …», «how often does it happen»: the same figure."""
OFTEN = frozenset({"ofte", "often"})


def figure_asked(before: Sequence[str]) -> bool:
    """«hvor vanlig …», «how common …», «hvor ofte skjer det …» in the last sentence of
    ``before`` (the words before a match): how often a harm happens among many («hvor ofte
    slår han deg?» asks of one and stays a case)."""
    said = last_sentence(before)
    if len(said) >= 2 and said[-2] in FIGURES and said[-1] in FIGURE_OF:
        return True  # «finnes det tall på selvskading blant ungdom?»: figures of a harm
    for at, (a, b) in enumerate(pairwise(said)):
        if a in HOW and (b in FREQUENT or (b in OFTEN and not HAPPENS.isdisjoint(said[at:]))):
            return True
    return False


FIGURES = frozenset(
    {"tall", "tala", "talla", "tallene", "statistikk", "statistikken", "figures", "numbers"}
    | {"statistics", "data"}
)
FIGURE_OF = frozenset({"pa", "om", "over", "for", "on", "about"})
"""Figures «på», «om», «over» a harm (right before it) ask about many: «har vi tall på rus
blant ungdom?». «skrev tall på armen og kuttet seg» is no figure of the cut."""

TOLD = frozenset(
    {"sa", "sier", "seier", "fortalte", "forteller", "fortalde", "fortel", "fortalt", "ringte"}
    | {"told", "tells", "said", "says", "called"}
)
"""Someone tells: a case, however general the question around it."""
WROTE = frozenset({"skrev", "skreiv", "skriver", "skrevet", "wrote", "writes"})
"""… or wrote it, with what it said (``WROTE_THAT`` within ``WROTE_REACH`` words, or an English
pronoun right after): «hun skriver at hun vil dø – hvordan snakker man med et barn om det?»,
«skrev til meg at …» tell a case; «vi skriver en plan», «skriver til foreldrene om …» none."""
WROTE_THAT = frozenset({"at", "that"})
WROTE_REACH = 3
WROTE_WHO = frozenset({"he", "she", "they"})
NOW = frozenset({"na", "naa", "now", "akkurat"})
"""A danger now is never a question in general."""
IF = frozenset({"nar", "hvis", "dersom", "if", "when"})
IF_REACH = 4
"""«hvis en elev forteller …», «if a student tells me …»: a telling the question supposes."""
DENIED = frozenset({"ikke", "ikkje", "not", "no"})
"""«ikke et generelt spørsmål»: the phrase denied (up to two words before it)."""


def _tells(words: Sequence[str], at: int) -> bool:
    """Someone tells at ``at``: a ``TOLD`` word, or a ``WROTE`` word with what or to whom."""
    if words[at] in TOLD:
        return True
    if words[at] not in WROTE:
        return False
    after = words[at + 1 : at + 1 + WROTE_REACH]
    return not WROTE_THAT.isdisjoint(after) or (bool(after) and after[0] in WROTE_WHO)


class General:
    """danger.yaml's ``general`` phrases: a question asked in general, no case."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        """Each phrase under its first word, in the file's order: a message meets only the
        phrases its words start (as ``Resolved`` does), not every phrase at every word."""
        for phrase in (tuple(fold_word(p).split()) for p in phrases):
            if phrase:
                self._by_first.setdefault(phrase[0], []).append(phrase)

    def asked(self, words: Sequence[str]) -> bool:
        """Whether ``words`` say they ask in general, nobody tells and nothing is now."""
        if not NOW.isdisjoint(words) or any(
            _tells(words, i) and IF.isdisjoint(words[max(0, i - IF_REACH) : i])
            for i in range(len(words))
        ):
            return False  # «… if a student tells me …» is the question's case, not one told
        for at, word in enumerate(words):
            for phrase in self._by_first.get(word, ()):
                if tuple(words[at : at + len(phrase)]) == phrase:
                    return DENIED.isdisjoint(words[max(0, at - 2) : at])
        return False


__all__ = ["General", "figure_asked", "framed"]
