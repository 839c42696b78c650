"""A question after the writer's introduction: «jeg jobber i nav. hvem er politikontakten?»,
«hei, jeg er ny vikar her. hva er egentlig slt?», «beklager dumt spørsmål, men …».

New staff say who they are before they ask. Read with the question, the introduction's words
drown it: «nav» and «skolen» became roles and topics retrieval ranked, «ny vikar» tipped the
cue's reading into «Mente du …?». So the question is read without its opening (where it ends:
bot/writer_intro.py, the same words the safety net reads past) – unless the writer's role is
part of what is asked. It is when the question points back at the writer («jeg er
helsesykepleier, hvilke grupper sitter jeg i?», «… hvilke tiltak har vi?»), and the opening is
more than an introduction when it tells a case or names someone («jeg er bekymret for en elev.
hvem …»): those messages are read whole. A kommune the introduction names («jeg jobber i
jevnaker. …») is the one the question is asked of.

Only the reading is of the question: the danger check and the privacy guard read the whole
message before this, always (bot/routing.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge.index import KnowledgeBase
from bot.text import tokens
from bot.understanding.entities import find_kommune
from bot.understanding.lexicon import Lexicon
from bot.understanding.normalise import stem
from bot.writer_intro import WriterIntro

OWN_EXTRA = frozenset({"eg", "mi", "min", "mitt", "vi", "me", "oss", "vare", "vart"})
"""Besides the lexicon's first-person words: «eg» (nynorsk), and «våre», «vårt» folded – the
writer's service or team, which the introduction names. Not «vår»: folded it is «var» («når
var fagdagen?»)."""


POINTS_BACK = frozenset({"det", "den", "dette", "denne", "disse", "dei", "it", "that", "this"})
ASKS_MEANING = frozenset({"betyr", "bety", "mean", "means", "greia", "greie", "snakk"})
"""«jeg er ny og har hørt om bti, hva er det?»: a question of nothing but these, stopwords and
filler points back at what the opening named – the opening is the topic, not an
introduction."""

AT_PLACE = frozenset({"hos"})
"""«NAV-veileder her: hvem hos oss følger opp unge …?»: a first-person word after these names
the writer's workplace or kommune as a place to look in – the question asks who there does
the work, not about the writer's own role, so the introduction is read past."""

NAMED_AGAIN = 4
"""A stem this long that begins or ends a longer word of the introduction points back at it:
«skol» («skolen») at «skoleleder», «skul» at «ungdomsskulen»; not «barnehag» at «barnevernet».
The same word again («jeg jobber i nav. hvem i NAV …») names it in the question itself."""


@dataclass(frozen=True)
class Introduced:
    """Where a message's question starts after the writer's introduction, for one knowledge
    base's words."""

    kb: KnowledgeBase
    intro: WriterIntro
    own: frozenset[str]
    """Words that point back at the writer: the role in the introduction is asked about."""
    telling: frozenset[str]
    """Words of a case or a person: an opening with one tells more than who asks."""
    stopwords: frozenset[str]
    """«for», «med»: no word names a thing again («takk for sist! hvem er leder for …»)."""
    filler: frozenset[str]
    """«egentlig», «noe»: no word of a thing asked about."""

    @classmethod
    def of(cls, kb: KnowledgeBase, lexicon: Lexicon) -> Introduced:
        words = kb.language.understanding.safety_net
        said = lexicon.form
        return cls(
            kb,
            WriterIntro.of(
                words.greetings,
                words.here,
                words.i_am,
                words.courtesy,
                words.telling,
                words.joins,
            ),
            said.first_person | said.my | said.we_words | OWN_EXTRA,
            # «her» is a person in English, and ends «Vikar her:» in Norwegian
            (lexicon.case_words | lexicon.someone_words) - frozenset(tokens(words.here)),
            # nor do the words that make an introduction: «jobbar» is no «jobb», «heter» asked
            lexicon.stopwords
            | frozenset(tokens(f"{words.i_am} {words.telling}".replace("+", " "))),
            lexicon.filler,
        )

    def question(self, text: str) -> tuple[str, str | None]:
        """``text`` from where its question starts, when an introduction stands before it that
        the question does not need, and the kommune the introduction names («jeg jobber i
        jevnaker. hvem er …»: the question is asked of it); else ``text`` itself and None."""
        start = self.intro.opening(text)
        if not start:
            return text, None
        opening, asked = tokens(text[:start]), text[start:]
        said = tokens(asked)
        if (
            said[0] in self.intro.courtesy | self.intro.greetings  # «…, takk for sist alle»
            or self._points_at_writer(said)
            or _named_again(
                [w for w in opening if w not in self.stopwords],
                [w for w in said if w not in self.stopwords],
            )
            or not self.telling.isdisjoint(opening)
            or self._points_back(said)
        ):
            return text, None
        kommune, named = find_kommune(self.kb, opening, [False] * len(opening), None)
        return asked, kommune if named else None

    def _points_at_writer(self, said: Sequence[str]) -> bool:
        """A first-person word of the question («hvilke grupper sitter jeg i?»), not one
        that only says where («hvem hos oss …», :data:`AT_PLACE`)."""
        return any(
            w in self.own and (i == 0 or said[i - 1] not in AT_PLACE) for i, w in enumerate(said)
        )

    def _points_back(self, said: Sequence[str]) -> bool:
        """The question names nothing of its own and points back («hva er det?»)."""
        if POINTS_BACK.isdisjoint(said):
            return False
        plain = self.stopwords | self.filler | POINTS_BACK | ASKS_MEANING
        return all(w in plain for w in said)


def _named_again(opening: list[str], asked: list[str]) -> bool:
    """Whether the question names again what the introduction named: «Jeg er skoleleder på
    JUS. Hvilke tiltak står skolen ansvarlig for?», «eg er på ungdomsskulen, kva tiltak har
    skulen ansvar for?», «Jeg er leder på X skole. Hvilke tiltak står skolen bak?» ask about
    the writer's own workplace: a shorter stem, or another form of the same word («skolen»)."""
    told = list(zip(opening, stem(opening), strict=True))
    return any(
        (len(o) > len(a) and (o.startswith(a) or o.endswith(a))) or (o == a and said != word)
        for word, a in zip(asked, stem(asked), strict=True)
        if len(a) >= NAMED_AGAIN
        for said, o in told
    )


__all__ = ["Introduced"]
