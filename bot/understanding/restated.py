"""A message's shape read before its words: the question it asks, said plainly.

Staff put more than one thing in a message. They correct themselves halfway («hvem sitter i
styringsgruppa, nei vent, jeg mener fagteamet»), ask whether something they heard is right
(«Rektor sa at skolen har ansvar for informasjonsskrivet, stemmer det?») and say where in the
plan they looked («I organiseringsdelen av planen, hvem står oppført i fagteamet?»). Read
word by word, such a message names two groups, a claim's subject and the plan's chapters:
the cues and names of the wrong half win. So the message is restated as the question it is
about, in the writer's own words, before the reader sees it:

- a correction: the last thing named wins – what follows the marker takes the place of what
  it corrects, a thing of the same kind (a group for a group, a kommune for a kommune, a role
  for a role), else the words after the question's last preposition, or its last word; a
  correction that is a question of its own is that question;
- a claim to check: the question the claim answers («hvem har ansvar for …», «sitter rektor
  i …», «hvor ofte møtes …», claim_checked.py), or the claim itself asked; the answer states
  the plan's fact;
- a question asked within a story («Vi hadde møte i går og noen lurte på hvem som sitter i
  fagteamet»): that question, the story kept before it as a scene (preamble.py reads it);
- a place in the plan («i kapittelet om …», «i organiseringsdelen av planen, …»): the framing
  goes, what is asked about stays; «står oppført i» a group is its members, and who leads a
  thing «i innsatsområde 1» asks for that tiltak's ansvar. A page or a chapter by its number
  alone (:func:`page_only`) names nothing the bot can see: the honest fallback.

Only the reading is restated: the danger check and the privacy guard read the whole message
before this, always (bot/routing.py), so a disclosure told in a preamble still wins. A word set
and one search tell whether a message has any such marker at all (about 6 µs); each step runs
only when a word of its own is there (most messages have none). The marker words are language,
understanding.yaml ``restated`` (:class:`Markers`); the grammar around them is code. They and
what a correction may name are built once per knowledge (:meth:`KnowledgeBase.built`, warmed
in bot/compiled.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge.index import KnowledgeBase
from bot.text import fold, folded_words, strip_mentions
from bot.understanding.claim_checked import claim_asked
from bot.understanding.facets import inflections
from bot.understanding.lexicon import Lexicon
from bot.understanding.scene_group import group_asked_alone
from bot.understanding.topic_framed import topic_framed

_WORD = re.compile(r"\w+")
_PLACES = re.compile(r"kapit|punkt|avsnitt|tabell|vedlegg|innsatsområde|oversikt|delen\b")
"""A place in the plan named by a word's start («kapittelet», «tabellen»), or «…delen»."""
LONGEST_CORRECTION = 6
"""A correction names one thing; more words than this after the marker are something else."""


@dataclass(frozen=True)
class Markers:
    """understanding.yaml ``restated``, as the reading compares it: ``gate`` and ``correcting``
    lower case as written (the gate looks before anything is folded), the rest folded as a
    message's words are."""

    gate: frozenset[str]
    correcting: frozenset[str]
    checking: tuple[str, ...]
    by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    """Each marker by its first word, a strong one first: the last marker is found in one
    pass; the flag says whether it is weak (replaces a thing of the same kind only)."""
    filler: frozenset[str]
    before_marker: frozenset[str]
    """Filler just before a marker belongs to it («…, unnskyld, jeg mente våler»)."""
    not_correcting: frozenset[str]
    prepositions: frozenset[str]
    question_words: frozenset[str]
    page_only: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Markers:
        said = kb.language.understanding.restated
        by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = {}
        for weak, markers in ((False, said.strong), (True, said.weak)):
            for marker in markers:
                words = tuple(fold(marker).split())
                by_first[words[0]] = (*by_first.get(words[0], ()), (words, weak))
        filler = folded_words(said.filler)
        prepositions = folded_words(said.prepositions)
        return cls(
            gate=frozenset(said.gate.lower().split()),
            correcting=frozenset(said.correcting.lower().split()),
            checking=tuple(said.checking.lower().split()),
            by_first=by_first,
            filler=filler,
            before_marker=filler - prepositions,
            not_correcting=folded_words(said.not_correcting),
            prepositions=prepositions,
            question_words=folded_words(said.question_words),
            page_only=folded_words(said.page_only),
        )


_FRAMING_CLAUSE = re.compile(
    r"^\W*(?:i|under|fra|på)\s+(?:det\s+|den\s+)?(?:\w*delen|kapit+el\w*|avsnitt\w*|punkt\w*|"
    r"tabell\w*|vedlegg\w*|oversikt\w*)(?:\s+(?:om|over|med|for|av|i)\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
    r"\s*[,:]\s+(?=\w)",
    re.IGNORECASE,
)
"""«I organiseringsdelen av planen, hvem …», «I tabellen over tiltak: hvem …»: where the
writer looked, said before the question – only framing."""
_FRAMING_NOUN = re.compile(
    r"\b(?:i|under|fra|på)\s+(?:det\s+|den\s+)?(?:\w*delen|kapit+el\w*|avsnitt\w*|punkt\w*)"
    r"\s+(?=om\s+\w)",
    re.IGNORECASE,
)
"""«hva står i kapittelet om fagteamet?»: the place goes, «om fagteamet» stays. Not a table's
or an appendix's: «hvilke hjelpetilbud nevnes i vedlegget …» asks of the plan's appendix."""
_PAGE = re.compile(
    r"\b(?:side|sidene|s\.|kapit+el(?:et)?|kap\.|punkt(?:et)?|avsnitt(?:et)?|page|chapter)"
    r"\s*\d+(?:[.,]\d+)*\b",
    re.IGNORECASE,
)
_LISTED = re.compile(
    r"\b(?:står|stend|er)\s+(?:oppført|nevnt|listet(?:\s+opp)?|ført\s+opp)\s+(?:i|på|under)\s+"
    r"(?P<group>.+)$",
    re.IGNORECASE | re.DOTALL,
)
"""«hvem står oppført i fagteamet?»: the plan's list of a group's members; said of a group
only («hvem står oppført i planen som ansvarlig for …» asks for a tiltak's ansvar)."""


_EMBEDDED = re.compile(
    r"\b(?:(?:lurte|lurer|lurar|undret|undra)\s+(?:\w+\s+)?på|(?:spurte|spurde)(?:\s+meg)?|"
    r"(?:vil|ville|vill)\s+vite)\s+(?P<q>(?P<w>hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|"
    r"kven|kva|kor|korleis)(?:\s+som)?\b[^?.!]*\??)\s*$",
    re.IGNORECASE,
)
"""«Vi hadde møte i går og noen lurte på hvem som sitter i fagteamet?»: the question is the one
asked within the story («Hvem sitter i fagteamet?»), the story before it a scene."""


_IN_AREA = re.compile(
    r"\s*\b(?:i|under|fra)\s+(?:innsatsområde\s*(?:nr\.?\s*)?\d+|handlingsdelen|"
    r"tabellen\s+over\s+tiltak(?:ene)?)\b",
    re.IGNORECASE,
)
"""«… i innsatsområde 1», «… i handlingsdelen»: what is named there is one of the plan's tiltak."""
_LEADS = re.compile(
    r"^(\W*(?:hvem|kven)\s+)(?:leder|leiar|leier|driver|driv|styrer)\b", re.IGNORECASE
)
"""Who leads or runs a tiltak the handlingsdel names is who has its ansvar."""


_DIGIT = re.compile(r"\d")
PAGE_LONGEST = 120
"""A message longer than this asks more than what a page says."""


def page_only(kb: KnowledgeBase, text: str) -> bool:
    """Whether ``text`` asks what a page or a numbered chapter says and nothing else: the plan
    the bot holds has no pages, so it says honestly that it cannot answer. A channel
    message's «@SLT-boten» is no word of the question."""
    if not _DIGIT.search(text):
        return False  # most messages: no number, no page (one search, before any copy)
    text = strip_mentions(text)
    if len(text) > PAGE_LONGEST or not _PAGE.search(text):
        return False
    rest = fold(_PAGE.sub(" ", text)).split()
    return bool(rest) and set(rest) <= kb.built(Markers.of).page_only


@dataclass(frozen=True)
class Names:
    """The things a correction may name, by kind: folded phrase → kind, per first word."""

    kinds: dict[str, str]
    longest: int
    roles: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Names:
        kinds: dict[str, str] = {}
        for index in kb.kommuner.values():
            for phrase, (kind, _) in index.phrases.items():
                kinds.setdefault(phrase, "group" if kind in ("group", "level") else kind)
        for name in kb.names:
            kinds.setdefault(name, "kommune")
        longest = max((len(p.split()) for p in kinds), default=1)
        roles = Lexicon.of(kb.language.understanding).role_vocabulary
        return cls(kinds, longest, roles)

    def spans(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Each named thing in ``words``: start, end and kind, the longest name first."""
        found, at = [], 0
        while at < len(words):
            for n in range(min(self.longest, len(words) - at), 0, -1):
                kind = self.kinds.get(" ".join(words[at : at + n]))
                if kind is None and n == 1 and len(words[at]) >= 3:
                    kind = "role" if self.roles.intersection(inflections(words[at])) else None
                if kind is not None:
                    found.append((at, at + n, kind))
                    at += n - 1
                    break
            at += 1
        return found


def restated(kb: KnowledgeBase, text: str) -> str:
    """The question ``text`` asks, restated; ``text`` itself (the same object) when its shape
    is plain."""
    lowered = text.lower()
    framed = topic_framed(kb, text, lowered)  # «hva kan jeg si til foreldrene om X?»: X asked
    if framed is not None:
        return framed
    if "?" in text and (". " in text or ": " in text):  # «… i ledergruppa. Hvem sitter i X?»
        alone = group_asked_alone(text, kb.built(Names.of))
        if alone:
            text, lowered = alone, alone.lower()
    words = _WORD.findall(lowered)
    place = _PLACES.search(lowered) is not None
    markers = kb.built(Markers.of)
    if markers.gate.isdisjoint(words) and not place:
        return text  # most messages: one search and one set's look
    names = kb.built(Names.of)
    said = _framing_left(text) if place else text
    if any(w in lowered for w in ("oppført", "nevnt", "listet", "ført opp")):
        said = _listed_in(said, names)
    if "innsatsområde" in lowered or "handlingsdelen" in lowered or "tabellen" in lowered:
        said = _of_a_tiltak(said)
    if any(w in lowered for w in ("lur", "spurte", "spurde", "vite", "undr")):
        said = _embedded(said)
    if any(w in lowered for w in markers.checking):
        said = claim_asked(said) or said
    if not markers.correcting.isdisjoint(words):
        said = _corrected(said, names, markers) or said
    return text if said == text else said


def _framing_left(text: str) -> str:
    """``text`` without where in the plan the writer looked."""
    text = _FRAMING_CLAUSE.sub("", text, count=1)
    return _FRAMING_NOUN.sub("", text)


def _embedded(text: str) -> str:
    """The question asked within a story about someone who wondered, else ``text``."""
    within = _EMBEDDED.search(text)
    if within is None or within.start() == 0 or "?" in text[: within.start()]:
        return text  # «hvem sitt i fagteamet? … vil vite kven eg snakkar til»: asked already
    word = within.group("w")  # «hvem som sitter …» asked is «hvem sitter …»
    asked = re.sub(rf"^{word}\s+som\b", word, within.group("q"), flags=re.IGNORECASE)
    asked = asked if asked.endswith("?") else f"{asked}?"
    # the story stays as a scene before the question (preamble.py): a case it tells still
    # names its routine
    return f"{text[: within.start('q')].rstrip()}. {asked[:1].upper()}{asked[1:]}"


def _of_a_tiltak(text: str) -> str:
    """«Hvem leder oppvekstteamet i innsatsområde 1?» as «Hvem har ansvar for oppvekstteamet?»:
    the handlingsdel's tiltak of that name, not the group it may share its name with."""
    area = _IN_AREA.search(text)
    if area is None or area.start() == 0 or not _LEADS.match(text):
        return text  # «hvilke tiltak er det i innsatsområde 3?» asks of the area
    without = text[: area.start()] + text[area.end() :]
    return _LEADS.sub(r"\1har ansvar for", without, count=1)


def _listed_in(text: str, names: Names) -> str:
    """``text`` with «står oppført i G» said as «sitter i G» when G is a group."""
    listed = _LISTED.search(text)
    if listed is None:
        return text
    spans = names.spans(fold(listed.group("group")).split())
    if not spans or spans[0][0] != 0 or spans[0][2] != "group":
        return text
    return f"{text[: listed.start()]}sitter i {listed.group('group')}"


def _corrected(text: str, names: Names, markers: Markers) -> str | None:
    """``text`` with the thing its writer corrected replaced by the correction, or None."""
    if _marker(fold(text).split(), markers) is None:
        return None  # most messages: one fold, no marker
    tokens = text.split()
    words: list[str] = []
    owner: list[int] = []  # the token each folded word stands in
    for t, token in enumerate(tokens):
        for word in fold(token).split():
            words.append(word)
            owner.append(t)
    found = _marker(words, markers)
    if found is None:
        return None
    start, end, weak = found
    while start > 0 and words[start - 1] in markers.before_marker:
        start -= 1  # «…, unnskyld, jeg mente våler»: the whole of the marker
    while end < len(words) and words[end] in markers.filler:
        end += 1
    correction = words[end:]
    if (
        start < 2
        or not correction
        or len(correction) > LONGEST_CORRECTION
        or correction[0] in markers.not_correcting
    ):
        return None
    said = " ".join(tokens[owner[end] :])
    asked = words[:start]
    if correction[0] in markers.question_words:
        # «hvem leder politirådet, nei vent, hvem sitter i fagteamet?»: a question corrected by
        # a question; not «skal vi melde den dit eller nei, hva tenker du?»
        return said if asked[0] in markers.question_words and not weak else None
    span = _replaced(asked, correction, names, markers.prepositions, weak=weak)
    if span is None:
        return None
    first, last = owner[span[0]], owner[span[1] - 1]
    kept = " ".join(tokens[:first])
    after = " ".join(tokens[last + 1 : owner[start]]).rstrip(",;:–—- ")
    question = " ".join(p for p in (kept, said.rstrip("?!. "), after) if p)
    return question.rstrip(",;:–—- ") + "?"


def _marker(words: list[str], markers: Markers) -> tuple[int, int, bool] | None:
    """Where the last correction marker starts and ends, and whether it is a weak one."""
    for i in range(len(words) - 1, -1, -1):
        for marker, weak in markers.by_first.get(words[i], ()):
            if tuple(words[i : i + len(marker)]) == marker:
                return i, i + len(marker), weak
    return None


def _replaced(
    asked: list[str],
    correction: list[str],
    names: Names,
    prepositions: frozenset[str],
    *,
    weak: bool,
) -> tuple[int, int] | None:
    """The words of ``asked`` the correction takes the place of: the last thing of its own
    kind; for a strong marker else the words after the last preposition, or the last word."""
    named = names.spans(correction)
    kinds = {kind for _, _, kind in named}
    same = [(s, e) for s, e, kind in names.spans(asked) if kind in kinds]
    if same:
        return same[-1]
    if weak:
        return None
    if correction[0] in prepositions and correction[0] in asked:
        at = len(asked) - 1 - asked[::-1].index(correction[0])
        return at, len(asked)
    after = [i for i, w in enumerate(asked) if w in prepositions]
    if after and after[-1] + 1 < len(asked):
        return after[-1] + 1, len(asked)
    return len(asked) - 1, len(asked)


__all__ = ["Markers", "Names", "page_only", "restated"]
