"""Step two: what a question is about, by ranked retrieval over every knowledge object.

One BM25 index per kommune, built at the kommune's first question (never per message), over every
object a question can be about: groups with their aliases and purpose, levels, the
coordinator, every tiltak (number, title, goal, area, ansvarlig), routines with their
triggers, contacts and hotlines, the plan, and what BTI is. The BM25 weights are worked out
at index time (bot/bm25.py, bm25s's numbers); they are kept as per-word postings, so a
question costs a few dictionary look-ups (the p99 budget is one millisecond).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.bm25 import Postings, postings
from bot.frozen_init import quick_init
from bot.knowledge.index import KommuneIndex
from bot.knowledge.loader import gc_paused
from bot.knowledge.models import NationalDefaults
from bot.text import fold
from bot.understanding.compounds import CompoundParts
from bot.understanding.normalise import stem

GENERIC = frozenset(
    {
        "og", "i", "pa", "til", "for", "av", "med", "om", "som", "er", "en", "et", "ei", "de",
        "den", "det", "at", "a", "hva", "hvem", "hvor", "hvordan", "hvilke", "hvilken",
        "hvilket", "nar", "jeg", "du", "vi", "meg", "seg", "sin", "sitt", "sine", "kan",
        "skal", "har", "ha", "blir", "bli", "ved", "fra", "eller", "ikke", "etc", "mv",
        "kommune", "kommunen", "slt", "gar", "ut", "inn", "sa", "nok", "noe", "noen",
        "skje", "skjer", "finnes", "fins", "gjor", "gjore", "betyr", "star", "tror", "vet",
        "mener", "kommer", "bruker", "tilbud", "tilbudet", "hos", "oss", "dere", "mot",
        "fortell", "fortelle", "forklar", "litt", "mer", "egentlig", "vel", "da", "igjen",
        "viktig", "viktige", "viktigste", "andre", "annen", "annet", "kort", "fortalt",
        "kortfattet", "kjapt", "heter", "kalles", "me", "handle", "handler",
        "arbeid", "arbeidet", "sltarbeid", "sltarbeidet", "boten", "sltboten", "under", "over",
        "etter", "jobbe", "jobber", "jobbet", "ansvar", "ansvaret", "ansvarlig", "ansvarlige",
        "men", "dem", "ting",
    }
)  # fmt: skip
"""Words that say nothing about which object a question is about."""

BTI_TEXT = (
    "bti bedre tverrfaglig innsats modell stafettlogg stafettloggen handlingsveileder "
    "undring bekymring niva 0 1 2 3 bti koordinator bti mote"
)
GOALS_TEXT = (
    "visjon visjonen mal malene malet hovedmal strategi strategier strategiene formal "
    "periode perioden gjelder lenge varer innsatsomrade innsatsomrader innsatsomradene "
    "satsingsomrade satsingsomrader satsingsomradene prioriteringer prioriterer"
)
"""How staff ask for what the plan answer shows under Visjon, Mål and Strategier."""
PLAN_ASKED_TEXT = (
    "satsing satsinger satsingene fokus fokusomrade fokusomrader fokusomradene ambisjon "
    "ambisjoner hovedtema tema temaer gyldig varighet tidsrom utloper fornyes fornye "
    "rulleres rullering revideres revidering vedtak vedtatt kommunestyret periode"
)
"""More of how staff ask about the plan: a short object of its own, so the plan's long text
does not dilute these words (BM25 weighs a word by the length of the object it is in)."""
HOTLINE_TEXT = (
    "nodnummer nodnumre nodtelefon akutt telefonnummer telefonnumre hotline hotlines 112 113 "
    "110 116 111 116 117 02800 alarmtelefon alarmtelefonen legevakt ambulanse brann "
    "brannvesen brannvesenet nodnr nodetat nodetater nodetatene numre numrene giftinformasjonen "
    "giftinformasjon giftinfo forgiftning"
)


@dataclass(frozen=True)
class Doc:
    """One knowledge object as the index sees it."""

    kind: str
    """group, level, coordinator, tiltak, routine, contact, plan, target, bti, hotlines"""
    key: str
    label: str


@quick_init
@dataclass(frozen=True)
class Hit:
    doc: Doc
    score: float
    coverage: float = 1.0
    """The share of the question's terms found in the object."""


def terms(words: Iterable[str], stems: dict[str, str] | None = None) -> list[str]:
    """Folded words → index terms: generic words out, Snowball stems in.

    ``stems``: the knowledge's words stemmed so far, while the indexes are built (each
    kommune's objects say most words the others say); never a question's words."""
    kept = [w for w in words if w not in GENERIC and len(w) > 1]
    if stems is None:
        return stem(kept)
    new = [w for w in dict.fromkeys(kept) if w not in stems]
    if new:
        stems.update(zip(new, stem(new), strict=True))
    return [stems[w] for w in kept]


def _text(*parts: str | None) -> list[str]:
    return fold(" ".join(p for p in parts if p)).split()


def _documents(
    index: KommuneIndex, national: NationalDefaults | None
) -> list[tuple[Doc, list[str]]]:
    k = index.kommune
    docs: list[tuple[Doc, list[str]]] = []
    for group in k.groups:
        meets = group.meets.text if group.meets else ""  # «det ukentlige møtet»
        words = _text(group.name, *group.aliases, group.purpose, *group.duties, meets)
        docs.append((Doc("group", group.id, group.name), words))
    for info in k.levels:
        synonyms = " ".join(index.level_synonyms[info.level])
        docs.append((Doc("level", info.level.value, info.name), _text(info.name, synonyms)))
    c = k.coordinator
    docs.append(
        (
            Doc("coordinator", "coordinator", c.title),
            _text(c.title, "koordinator", *c.also, c.contact.name if c.contact else None),
        )
    )
    for t in k.tiltak:
        words = _text(t.tiltak, t.mal, t.innsatsomrade, *t.ansvar)
        if t.id.isdigit():
            words += ["tiltak", t.id]
        else:
            words += _text(t.id.replace("-", " "))
        docs.append((Doc("tiltak", t.id, t.tiltak), words))
    routines = {r.id: r for r in (national.routines if national else ())}
    routines.update({r.id: r for r in k.routines})
    for r in routines.values():
        words = _text(r.title, r.summary, *r.triggers)
        docs.append((Doc("routine", r.id, r.title), words))
    contacts = dict(national.contacts) if national else {}
    contacts.update(k.contacts)
    for key, contact in contacts.items():
        words = _text(contact.role, key.replace("_", " "), contact.note, *contact.aliases)
        docs.append((Doc("contact", key, contact.role), words))
    goals = k.goals
    goal_text = (
        (GOALS_TEXT, *goals.vision, *goals.goals, *goals.strategies)
        if goals is not None
        else (GOALS_TEXT,)
    )
    docs.append(
        (
            Doc("plan", "plan", k.plan.title),
            _text(
                k.plan.title,
                "handlingsplan planperiode planen vedtatt malgruppe",
                f"{k.plan.period_start} {k.plan.period_end}",
                *goal_text,
            ),
        )
    )
    docs.append(
        (
            Doc("plan", "plan", k.plan.title),
            _text(PLAN_ASKED_TEXT, f"{k.plan.period_start} {k.plan.period_end}"),
        )
    )
    docs += _plan_facts(index)
    for number, note in enumerate(k.notes):
        docs.append((Doc("note", str(number), note[:60]), _text(note)))
    docs.append(
        (
            Doc("plan", "politidistrikt", "politidistrikt"),
            _text("politidistrikt politidistriktet region", k.politidistrikt, k.region),
        )
    )
    docs.append((Doc("bti", "bti", "BTI"), _text(BTI_TEXT)))
    docs.append((Doc("hotlines", "hotlines", "Nødnumre"), _text(HOTLINE_TEXT)))
    return docs


GOAL_WORDS = {
    "vision": "visjon visjonen",
    "goals": "mal malet malene hovedmal hovedmalet hovedmalene",
    "strategies": "strategi strategier strategiene hvordan",
}
"""How staff name each part of the plan's goals; each line of the plan is its own object."""
PERIOD_TEXT = (
    "periode perioden planperiode tiltaksperiode tiltaksperioden handlingsperiode gjelder varer "
    "lenge ar fra til utloper utlopt fornyes"
)
ADOPTED_TEXT = "vedtatt vedtak vedtok kommunestyret dato godkjent sa ja"
AREA_TEXT = "innsatsomrade satsingsomrade fokusomrade fokus satsing tema prioritert planen"
TARGET_TEXT = "malgruppe malgruppen malgruppa alder aldersgruppe gamle ar unge barn gjelder for"


def _plan_facts(index: KommuneIndex) -> list[tuple[Doc, list[str]]]:
    """The plan as small facts: one object per goal, strategy and vision line, the period,
    the adoption and the target group. A short object scores a question about it well; the
    whole plan as one object drowns «hovedmål» in its own length."""
    k = index.kommune
    plan = Doc("plan", "plan", k.plan.title)
    facts: list[tuple[Doc, list[str]]] = []
    if k.goals is not None:
        for part, words in GOAL_WORDS.items():
            for line in getattr(k.goals, part):
                facts.append((plan, _text(words, "slt planen", line)))
    period = f"{k.plan.period_start} {k.plan.period_end}"
    facts.append((plan, _text(PERIOD_TEXT, "planen slt", period)))
    if k.plan.adopted is not None:
        facts.append((plan, _text(ADOPTED_TEXT, "planen", str(k.plan.adopted.year))))
    t = k.target_group
    facts.append((Doc("target", "target", t.text), _text(TARGET_TEXT, t.text)))
    areas = dict.fromkeys(t.innsatsomrade for t in k.tiltak if t.innsatsomrade)
    for number, area in enumerate(areas, start=1):
        # An area many tiltak share is asked about as the plan's focus, not as one tiltak;
        # «innsatsområde 6» by its place in the plan.
        facts.append((Doc("plan", "area", area), _text(AREA_TEXT, area, str(number))))
    for number, fact in enumerate(k.plan_facts):
        # «hva skal til for å lykkes»: what the plan states outside any field, by its topic
        # and the words staff ask with – not its text, whose «tiltak», «kommunen» and
        # «politiet» would pull questions about the plan as a whole to one sentence of it.
        asked = _text("planen", fact.topic, *fact.asked_as)
        facts.append((Doc("planfact", str(number), fact.topic), asked))
    return facts


HEAD_MIN = 5
"""A compound's head («mosse|regionen», «ungdoms|klubben») this long at least is indexed too."""


def _with_heads(corpus: list[list[str]]) -> list[list[str]]:
    """Each object's compounds also indexed by their head when the head is a word of the
    index: «Mosseregionen» answers «regionen», «SLT-nettverket» already splits on the dash.
    Norwegian writes compounds as one word; a question names the head alone."""
    known = {term for terms_ in corpus for term in terms_}
    heads_of: dict[str, list[str]] = {}  # a term's heads, worked out once a kommune
    out = []
    for terms_ in corpus:
        heads = []
        for term in terms_:
            found = heads_of.get(term)
            if found is None:
                cuts = range(3, len(term) - HEAD_MIN + 1)
                found = heads_of[term] = [term[cut:] for cut in cuts if term[cut:] in known]
            heads += found
        out.append(terms_ + [h for h in dict.fromkeys(heads) if h not in terms_])
    return out


MODIFIER_MIN = 3
"""A compound's first part this long at least names a topic («rus» of «rusbekymring»)."""


def _with_topics(docs: Sequence[Doc], corpus: list[list[str]]) -> list[list[str]]:
    """Each routine also indexed by the first part of the compounds in its title, when that
    part and the rest are both words of the index: «Rusbekymring» is «rus» + «bekymring», and
    staff ask for the routine by the topic alone («rus»). Only titles: «rus» in every tiltak
    that says «rusforebyggende» would make the word too common to point anywhere."""
    known = {term for terms_ in corpus for term in terms_}
    out = []
    for doc, terms_ in zip(docs, corpus, strict=True):
        if doc.kind == "routine":
            parts = [m for t in terms(_text(doc.label)) for m in _modifiers(t, known)]
            terms_ = terms_ + [m for m in dict.fromkeys(parts) if m not in terms_]
        out.append(terms_)
    return out


def _modifiers(term: str, known: set[str]) -> list[str]:
    """The first part of a compound whose head is a word of the index («rus|bekymring»); a
    linking «s» or «e» may join them. Both parts must be known, so «losning» is no «los»."""
    found = []
    for cut in range(MODIFIER_MIN, len(term) - HEAD_MIN + 1):
        if term[cut:] not in known:
            continue
        modifier = term[:cut]
        for candidate in (modifier, modifier[:-1] if modifier[-1] in "se" else ""):
            if len(candidate) >= MODIFIER_MIN and candidate in known:
                found.append(candidate)
                break
    return found


_NOTHING: tuple[tuple[int, ...], tuple[float, ...]] = ((), ())
_Source = tuple[KommuneIndex, NationalDefaults | None, dict[str, str] | None]
_BUILDING = threading.Lock()
"""Held while a lazy index builds: one build at a time (the stemmer is no thread's own)."""


def knowledge_words(index: KommuneIndex, national: NationalDefaults | None) -> frozenset[str]:
    """Every folded word the kommune's knowledge objects are indexed by (before stemming)."""
    return frozenset(w for _, words in _documents(index, national) for w in words)


class KnowledgeSearch:
    """BM25 over one kommune's knowledge objects.

    ``lazy``: what the bot knows of the kommune's words (``words``, ``vocabulary``) at once,
    the BM25 postings at the first search (a few milliseconds: the texts folded again, stems,
    heads, weights; 356 kommuner built at start cost a second and a half), or when
    :func:`build_pending` gets to it. The postings are the same either way; a lock builds them
    once when two threads ask a new kommune at the same moment."""

    def __init__(
        self,
        index: KommuneIndex,
        national: NationalDefaults | None,
        stems: dict[str, str] | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        """``stems``: shared by the kommuner's indexes while they are built (see :func:`terms`)."""
        docs = _documents(index, national)
        self.docs: tuple[Doc, ...] = tuple(d for d, _ in docs)
        self._at = {(d.kind, d.key): i for i, d in enumerate(self.docs)}
        # Until built: what to build from. The folded words are folded again then, not kept:
        # 356 kommuner's word lists held until their first question were 50 MB.
        self._unbuilt: _Source | None = (index, national, stems)
        self._built: Postings | None = None
        self._parts: CompoundParts | None = None
        self.wider: frozenset[str] = frozenset()
        """The stems of every word the bot knows, set before the first search (words.py):
        what may end a compound (bot/understanding/compounds.py)."""
        # The groups' duty lists are searchable, but their everyday words are no target for
        # typo correction: they would pull «kommunedirektøren» off course.
        duties = {g.id: set(_text(*g.duties)) for g in index.kommune.groups}
        named = {w for g in index.kommune.groups for w in _text(g.name, *g.aliases, g.purpose)}
        self.words = frozenset({w for _, words in docs for w in words if len(w) >= 4})
        """Every indexed word, the duty lists' too: what the knowledge knows of."""
        self.vocabulary = frozenset(
            {
                w
                for d, words in docs
                for w in words
                if d.kind != "group" or w in named or w not in duties.get(d.key, ())
            }
        )
        if not lazy:
            self.build()

    @property
    def built(self) -> bool:
        """Whether the postings are built (a lazy index: not before its first search)."""
        return self._built is not None

    def build(self) -> None:
        """Build the postings now if they are not (what the first search would do)."""
        self._postings  # noqa: B018 - built by the property

    @property
    def _postings(self) -> Postings:
        built = self._built
        if built is None:
            with _BUILDING:
                built = self._built
                if built is None:
                    built = self._built = self._build()
        return built

    def _build(self) -> Postings:
        assert self._unbuilt is not None  # only ever built once, under _BUILDING
        index, national, stems = self._unbuilt
        with gc_paused():  # as at load: the collector would walk the knowledge again and again
            words_of = [words for _, words in _documents(index, national)]
            corpus = _with_heads([terms(words, stems) or ["_"] for words in words_of])
            corpus = _with_topics(self.docs, corpus)
            self._unbuilt = None
            built = postings(corpus)
            every = (w for words in words_of for w in words)
            held = {term: len(docs) for term, (docs, _) in built.items()}
            self._parts = CompoundParts(every, held, self.wider, GENERIC, stem)
            return built

    def holds(self, kind: str, key: str, word: str) -> bool:
        """Whether the object holds the folded ``word`` as the index reads it (its stem, or a
        compound it names as search finds it): look-ups in the postings, no scan."""
        at = self._at.get((kind, key))
        return at is not None and at in self._holding(word)

    def kind_holds(self, kind: str, word: str) -> bool:
        """Whether any object of ``kind`` holds the folded ``word`` (as :meth:`holds`)."""
        return any(self.docs[at].kind == kind for at in self._holding(word))

    def _holding(self, word: str) -> set[int]:
        found = terms((word,))  # «sommertilbud» is held where «Sommeruka» is, as search reads it
        docs = set(self._postings.get(found[0], _NOTHING)[0]) if found else set()
        return docs | set(self._compound_scores(word, found[0])) if found else docs

    def search(
        self, words: Sequence[str], kinds: Iterable[str] | None = None, meant: Sequence[str] = ()
    ) -> list[Hit]:
        """Objects ranked by BM25 for these folded words (best first, only scores > 0).

        ``meant``: the words synonyms read in beside ``words``. They rank like any word, but
        coverage is the share of the question's own words: «mistet mor» read as «etterlatte»
        is one thing asked, not two, and the plan says it only one way."""
        wanted = frozenset(kinds) if kinds is not None else None
        totals: dict[int, float] = {}
        matched: dict[int, int] = {}
        kept = [w for w in words if w not in GENERIC and len(w) > 1]
        word_of = {t: w for w, t in zip(kept, stem(kept), strict=True)}  # a term's word as asked
        own = list(word_of)
        query = list(dict.fromkeys([*own, *terms(meant)]))
        asked = max(len(own), 1)
        found = self._postings
        for term in query:
            scored: Iterable[tuple[int, float]] = zip(*found.get(term, _NOTHING), strict=True)
            compounds = self._compound_scores(word_of.get(term), term)
            if compounds:  # most words name none: their postings are summed as they stand
                best = dict(scored)
                for doc, score in compounds.items():
                    best[doc] = max(score, best.get(doc, 0.0))  # one word asked, one score
                scored = best.items()
            for doc, score in scored:
                totals[doc] = totals.get(doc, 0.0) + score
                matched[doc] = matched.get(doc, 0) + 1
        hits = [
            Hit(self.docs[i], s, min(matched[i] / asked, 1.0))
            for i, s in totals.items()
            if wanted is None or self.docs[i].kind in wanted
        ]
        hits.sort(key=lambda h: -h.score)
        return hits

    def _compound_scores(self, word: str | None, term: str) -> dict[int, float]:
        """The best weight per object of the compounds a question's own word names by their
        first part (bot/understanding/compounds.py): «sommertilbud» finds «Sommeruka»."""
        parts = self._parts
        if parts is None or word is None:  # a synonym's word («meant») is read as written
            return {}
        best: dict[int, float] = {}
        for compound in parts.compounds(word, term):
            for doc, score in zip(*self._postings.get(compound, _NOTHING), strict=True):
                best[doc] = max(score, best.get(doc, 0.0))
        return best


async def build_pending(searches: Iterable[KnowledgeSearch]) -> int:
    """Build the lazy indexes not built yet, one kommune at a time, letting the event loop
    answer between two (each takes a few milliseconds): the service runs this once it is
    ready, so a kommune's first question seldom pays for its index. How many it built."""
    built = 0
    for search in list(searches):
        if not search.built:
            search.build()
            built += 1
        await asyncio.sleep(0)
    return built
