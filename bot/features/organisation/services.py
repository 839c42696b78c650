"""Which of the kommune's services a «who do I contact about …» question is about.

«hvor kan ungdom få støttesamtaler om rus», «idrettslaget lurer: hvem kan vi kontakte om en
ungdom som sliter psykisk»: the plan answers these through its tiltak – each names the
service responsible (ansvar) – and through its contacts and the groups that take cases. The
services come from retrieval's ranking over those objects, never from a list in code: a
service the question names wins, then the kommune's own contacts and the owners of the
tiltak ranked first, then a case-taking group. Several services that fit are all shown
(the plan often gives one need to two services); a national contact only when it is what
retrieval ranked first or what the question names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.features.organisation.service_words import by_compound, not_when
from bot.features.tiltak.model import matches_role
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Contact, Group, Level, Tiltak
from bot.text import fold
from bot.understanding import Intent, Understood
from bot.understanding.holders import PERSON_OF, asks_services_contact
from bot.understanding.options import MARGIN, MIN_COVERAGE
from bot.understanding.retrieval import Hit, KnowledgeSearch, terms
from bot.understanding.service_asked import label_words, names_role, names_role_as_said
from bot.understanding.service_work import someone_where

MAX_SERVICES = 3
"""Services one answer shows: more is a list nobody reads."""
RANKED = 6
"""How far down retrieval's ranking a service may come from."""
CASE_LEVELS = frozenset({Level.UTFORENDE})
MIN_SCORE = 1.0
"""A need ranked weaker than this is a word shared by chance, not what the object is about."""
CLOSE = 0.7
"""… and so is one ranked far below the best: «følge opp ungdom» alone names the skolelos
beside the ungdomskontakt the question is about."""


@dataclass(frozen=True)
class Ranking:
    """What a contact question is about, or – when no object covers its need – the readings
    close enough to ask «Mente du …?» about."""

    about: tuple[tuple[str, str], ...]
    close: tuple[Hit, ...] = ()
    general: bool = False
    """The question names no need at all, only whom it is for and that it asks whom to
    contact («hvor kan jeg henvise en ungdom», «hvem kan jeg snakke med»): the kommune's
    services answer it, each with how to reach it – never one picked by a word in passing."""


def _doubt(hits: list[Hit]) -> Ranking:
    """No object covers the need («foreldre som trenger veiledning» shares only «foreldre»
    with the natteravner): two that each hold half of it and rank close are asked about;
    anything less is the honest fallback, never the service a word in passing found."""
    half = [h for h in hits[:2] if h.score >= MIN_SCORE and h.coverage >= HALF]
    if len(half) == 2 and half[1].score * MARGIN > half[0].score:
        return Ranking((), tuple(half))
    return Ranking(())


RARE = 1.8
"""A score only a word few objects use reaches («arbeidstid» for the barnevernvakt): the
object with it is what the need is about even when the rest of the question is words in
passing – when it ranks far (:data:`MARGIN`) above the next («prate med på kvelden» is no
need for the barnevernvakt)."""
HALF = 0.5
"""The share of the need a reading must hold to be offered as a «Mente du …?»."""


def ranked(
    search: KnowledgeSearch | None,
    q: Understood,
    forms: frozenset[str],
    serves: Callable[[Hit], frozenset[str]] | None = None,
    works: Callable[[Hit], str] | None = None,
) -> Ranking:
    """What the question is about: the objects its need words alone find well (without
    ``q.said.whom``, the words that ask whom to contact (``forms``) and the asker's own role,
    «fastlege her – …»; a service it names is
    :func:`named`), in the order the whole question ranks them – «ungdom» does not say which
    service, but between two that fit the need it prefers the one for the young. Confident
    only when an object holds most of the need's words (:data:`MIN_COVERAGE`) or a rare one
    (:data:`RARE`). ``serves``: the services a reading stands for – a tiltak and the contact
    the plan makes ansvarlig for it are one reading, never rivals («familieveiledning»: PMTO
    and Familiens hus). ``works``: a contact's work in the plan's own words (its aliases):
    the need in them, asked whom (:func:`_by_work`)."""
    if search is None:
        return Ranking(q.about)
    skip, whom, back = forms | set(q.role_words), q.said.whom, q.said.back
    skip = skip | someone_where(q.words, q.said)  # «noen utenfor skolen vi kan bruke»
    skip = skip | q.said.service_use  # «…, hvem kan vi ringe?»: how to reach, not the need

    def needed(words: tuple[str, ...]) -> list[str]:
        return [
            w
            for w in words
            if not set(terms([w])) <= whom
            and w not in skip
            and w not in back
            and not w.startswith(q.role_words)  # «idrettslaget lurer: …» is who asks
        ]

    # «Hva er nummeret til ambulanse igjen? Vil ha det på plakaten»: the question's own
    # sentence says the need when it has one; a remark or a scene beside it is no need
    need = needed(q.focus) or needed(q.rest)
    # «… og hvordan kontakter jeg henne», «korleis får eg tak i ho»: the one named before (the
    # object ends the question; «ho», «han» are subject forms too, so not in ``rest``)
    if not need and not back.isdisjoint((*q.rest, *q.words[-1:])):
        return Ranking(())
    general = not need and not q.role_words  # «telefonnummeret til ordføreren» names one
    # «hvilke hjelpetilbud kan vi henvise til»: the cue is the need – but not beside a service
    # or a group named (services.named or the group answers it, or nothing the plan has does:
    # «nummer til nav» in a kommune whose plan names no NAV, «nummer til fagteamet», are no
    # «nummer» need for the alarmtelefon)
    # A cue that asks whom («hvem kan hjelpe», «hvem kontakter jeg») is no need either: «hvem
    # kan hjelpe elever» names whom it is for and nothing else – the kommune's services.
    whom_cue = q.cue.split()[:1] in ([w] for w in WHOM_CUE)
    need = need or ([] if q.role_words or q.group_id or whom_cue else q.cue.split())
    need = _held(search, need)  # «det florerer hatefulle meldinger …»: the plan's words
    need = not_when(search, need)  # «hvem går natteravn i helgene?»: the time is no need
    # «hvem kontakter jeg for å høre om ruskontrakt for en elev som …»: its cue asks whom to
    # contact, so the one service its words name answers however long the rest
    asks_whom = q.intent is Intent.CONTACT_SERVICE and bool(q.cue)
    by_work = _by_work(search, need, q.meant, works) if asks_whom and works and need else None
    if by_work is not None:
        return by_work
    short = len(need) <= FEW
    read = short or asks_whom
    own = _one_service(search, need, serves, long=not short) if read and serves else None
    if own is not None:
        return own
    hits = search.search(need, meant=q.meant) if need else []  # «jobb» read as «arbeid» too
    if not hits:
        return Ranking((), general=general)
    first = serves(hits[0]) if serves else frozenset()
    rival = next((h for h in hits[1:] if not first or first.isdisjoint(serves_of(h, serves))), None)
    rare = hits[0].score >= RARE and (rival is None or hits[0].score > rival.score * MARGIN)
    if not rare and not any(h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE for h in hits):
        return _doubt(hits)
    score = max(MIN_SCORE, hits[0].score * CLOSE)
    coverage = max(h.coverage for h in hits) * CLOSE
    fit = [h.doc for h in hits if h.score >= score and h.coverage >= coverage]
    whole = {h.doc: h.score for h in search.search(q.rest)}
    fit.sort(key=lambda doc: -whole.get(doc, 0.0))
    return Ranking(tuple((doc.kind, doc.key) for doc in fit[:RANKED]))


HELD = 2
"""Need words the knowledge holds, at least, before the ones it never uses are left out."""


def _held(search: KnowledgeSearch, need: list[str]) -> list[str]:
    """The need without the words no object of the kommune holds («florerer», «meldinger» in
    «det florerer hatefulle meldinger om en elev på nett»): such a word can neither say which
    service nor rival one, but it halves how much of the need the right one covers. Only when
    the held words are at least :data:`HELD` and half the need – a need told mostly in words
    the plan never uses («en familie uten penger», «bolig») is one the plan does not answer,
    and stays so."""
    held = [w for w in need if search.search([w])]
    return held if len(held) >= HELD and 2 * len(held) >= len(need) else need


def _by_work(
    search: KnowledgeSearch,
    need: list[str],
    meant: tuple[str, ...],
    works: Callable[[Hit], str],
) -> Ranking | None:
    """«hvem jobber med ungdom som står utenfor skole og jobb», «hvem hjelper foreldre med
    oppdragelsen»: a question that asks whom, whose need retrieval ranks a contact close to
    the best (:data:`CLOSE`) whose work in the plan's own words (``works``: its aliases)
    holds a need word – or what the language makes of one (``meant``: «oppdragelse» →
    familieveiledning). That contact alone – another ranked close by a word in passing
    («familie» in «koordinator for familien») is no second answer; else None (the other
    readings decide)."""
    hits = search.search(need, meant=meant)
    close = [h for h in hits if h.score >= hits[0].score * CLOSE] if hits else []
    asked = set(terms([*need, *meant]))
    doing = next(
        (
            h
            for h in close
            if h.doc.kind == "contact" and not asked.isdisjoint(terms(fold(works(h)).split()))
        ),
        None,
    )
    return Ranking(((doing.doc.kind, doing.doc.key),)) if doing is not None else None


"""Groups that take single cases: the utførende level (fagteam, operativ SLT-gruppe)."""


WHOM_CUE = frozenset({"hvem", "who"})
"""A contact cue opening with these asks whom to reach; its words say no need."""
FEW = 2
"""A need this short is what the question asks («foreldre» and «familieveiledning»); in a
longer one a rare word may be said in passing («brannøvinga … i dag gjekk fint»)."""


def _one_service(
    search: KnowledgeSearch,
    need: list[str],
    serves: Callable[[Hit], frozenset[str]],
    *,
    long: bool = False,
) -> Ranking | None:
    """A need word only one service's knowledge holds («familieveiledning»: Familiens hus and
    the PMTO it is ansvarlig for; «ruskontrakt»: the tiltak the ungdomskonsulent owns), rare
    enough to rank (:data:`RARE`): that service, whatever else the question says in passing. A
    routine's steps name services too, but a routine is no service: it neither counts nor
    rivals. ``long``: a longer question whose cue asks whom to contact – a word in the first
    sentence of the one service's tiltak is its need, rare or not, when no other word names
    another service; a rare word alone may be said in passing («… å prate med på kvelden»)."""
    found: Ranking | None = None
    named: set[frozenset[str]] = set()
    for word in need:
        hits = [h for h in search.search([word]) if h.doc.kind != "routine"]
        held = {serves(h) for h in hits}
        if len(held) != 1 or not next(iter(held)):
            continue  # «foreldre»: many objects' word, naming no one service
        named |= held
        if _titled(hits[0], word) if long else hits[0].score >= RARE:
            found = found or Ranking(tuple((h.doc.kind, h.doc.key) for h in hits[:RANKED]))
    # every word that names a service names this one: «støttesamtaler og rådgivning» name
    # two services, and then neither is the answer
    return found if len(named) == 1 else None


FIRST_SENTENCE = re.compile(r"\.(?:\s|$)")


def _titled(hit: Hit, word: str) -> bool:
    """The word is in a tiltak's first sentence («På rett kjøl: en ruskontrakt til ungdom …»),
    or opens a later one, as a programme's name heads what it is («… i NAV. Ungdomsgarantien –
    en egen koordinator i NAV …»): what the service does, not a word it says in passing. A
    contact's own name is read as a role (:func:`named`); its note and its hours («kvelder,
    netter og helger») are no need."""
    if hit.doc.kind != "tiltak":
        return False
    first, *later = FIRST_SENTENCE.split(hit.doc.label)
    heads = [fold(s).split()[:1] for s in later]
    return set(terms([word])) <= set(terms([*fold(first).split(), *(h[0] for h in heads if h)]))


def serves_of(hit: Hit, serves: Callable[[Hit], frozenset[str]] | None) -> frozenset[str]:
    """The services a reading stands for (none without ``serves``)."""
    return serves(hit) if serves else frozenset()


@dataclass(frozen=True)
class Found:
    """The services a contact question is about, best first, and the tiltak that made each."""

    contacts: tuple[str, ...]
    group: Group | None
    tiltak: dict[str, tuple[Tiltak, ...]]
    duties: tuple[str, ...] = ()
    """The group's duties in the question's words («Teamet kan også brukes av foreldre …»
    for «en forelder som er bekymret … kan han ta det til fagteamet?»)."""


def service_name(index: KommuneIndex, contact: Contact) -> str:
    """«Barneverntjenesten i Våler» → «Barneverntjenesten», «NAV Våler» → «NAV», «Politikontakt
    for Gjesdal» → «Politikontakt»: the name the plan's ansvar lists use for the service."""
    name = contact.role.split(" (")[0]  # «Ungdomskontakt (psykisk helse og …)»
    short = index.kommune.short_name  # «Politikontakt for Gjesdal» → «Politikontakt»
    for suffix in (f" i {short}", f" for {short}", f" {short}"):
        name = name.removesuffix(suffix)
    return name


def owners(index: KommuneIndex, contacts: dict[str, Contact], tiltak: Tiltak) -> list[str]:
    """The kommune's own contacts the tiltak's ansvar names."""
    return [
        key
        for key in index.kommune.contacts
        if any(matches_role(service_name(index, contacts[key]), a) for a in tiltak.ansvar)
    ]


def serving(index: KommuneIndex, contacts: dict[str, Contact], tiltak: Tiltak) -> list[str]:
    """The services a tiltak stands for: its owners; with none among the contacts, the
    kommune's contacts its text names as the ones to turn to («Be om bistand fra politiets
    nettpatrulje»: every virksomhet is ansvarlig, the nettpatrulje is whom to ask) – never
    shown as the tiltak's owners. A tiltak a service owns stands for that service alone."""
    own = owners(index, contacts, tiltak)
    text = f" {fold(tiltak.tiltak)} "
    return own or [
        key
        for key in index.kommune.contacts
        # by its name as the ansvar lists say it, or by its key («Benytte Konfliktrådet» for
        # «Konfliktrådet Øst (ungdomskoordinator)»)
        if any(
            f" {name} " in text
            for name in (fold(service_name(index, contacts[key])), key.replace("_", " "))
        )
    ]


def named(index: KommuneIndex, contacts: dict[str, Contact], q: Understood) -> str | None:
    """The contact the question names, as retrieval ranked them («nr til politiet» is the
    national number); asked for someone in it («hvem i politiet …»), the kommune's own."""
    if not q.role_words or not _in_question(q):
        return None
    hits = [k for k, c in contacts.items() if names_role(c.role, q.role_words)]
    if not hits:
        return _named_as_said(index, contacts, q)
    hits = by_compound(contacts, q) or hits
    own = [k for k in hits if k in index.kommune.contacts]
    inside = any(
        a in q.said.service_who
        and b in q.said.in_service
        and any(c.startswith(r) for r in q.role_words)
        for a, b, c in zip(q.words, q.words[1:], q.words[2:], strict=False)
    )
    # «politiet skal besøke skolen, hvem avtaler jeg med?»: arranged with a person too
    # «politiet — hvem er kontakten vår i kommunen»: its contact person, asked by the word
    if (
        inside
        or not q.said.arrange.isdisjoint(q.words)
        or asks_services_contact(q.words, q.role_words)
    ):
        person = next(
            (
                key
                for stem, key in PERSON_OF.items()
                if key in contacts and any(r.startswith(stem) for r in q.role_words)
            ),
            None,
        )
        if person is not None:
            return person
    wanted = own if inside and own else hits
    # as retrieval ranked the need: a contact, or the one a tiltak names as whom to ask
    # («hatefulle ytringer på nett, politiet har vel en egen tjeneste?»: the nettpatrulje)
    by_id = {t.id: t for t in index.kommune.tiltak}
    ranked = [
        k
        for kind, key in q.about
        for k in (
            (key,)
            if kind == "contact"
            else serving(index, contacts, by_id[key])
            if kind == "tiltak" and key in by_id
            else ()
        )
        if k in wanted
    ]
    return next(iter(ranked or own or hits), None)


def _in_question(q: Understood) -> bool:
    """A role the question's own sentence names («hvem i NAV …»); one only in a remark beside
    it is the writer's own («Hvem jobber med ungdom som står utenfor …? Ny NAV-rådgiver
    her»), not the service asked for. ``focus``: the question sentence's words, when its cue
    stands there."""
    return not q.focus or any(w.startswith(q.role_words) for w in q.focus)


def _named_as_said(index: KommuneIndex, contacts: dict[str, Contact], q: Understood) -> str | None:
    """«nummer til psykiatrien»: the contact named by the role's other name (understanding.yaml
    ``role_synonyms``: «Psykisk helse og rustjenesten»), the kommune's own first, and of those
    the one whose name starts with it («Psykisk helse og …», not «Ungdomskontakt (psykisk
    helse …)»)."""
    hits = [k for k, c in contacts.items() if names_role_as_said(c.role, (), q.role_patterns)]
    heads = tuple(a.split()[0] for alts in q.role_patterns for a in alts if " " in a)
    hits.sort(
        key=lambda k: (
            k not in index.kommune.contacts,
            not label_words(contacts[k].role)[0].startswith(heads),
        )
    )
    return next(iter(hits), None)


def find(
    index: KommuneIndex,
    contacts: dict[str, Contact],
    q: Understood,
    about: tuple[tuple[str, str], ...],
    *,
    number_asked: bool = False,
) -> Found:
    """The services the question is about (see the module docstring); ``about``: what the
    question is about, best first (:func:`ranked`); ``number_asked``: a number or an address
    is asked, which a group reached through its caller does not have."""
    by_id = {t.id: t for t in index.kommune.tiltak}
    groups = {g.id: g for g in index.kommune.groups}
    found: list[str] = []
    made_by: dict[str, list[Tiltak]] = {}
    group: Group | None = None
    first = named(index, contacts, q)
    if first is not None:
        found.append(first)
    elif q.group_id in groups and groups[q.group_id].level in CASE_LEVELS:
        # «kan han ta det til fagteamet?»: the group named, when the plan's line on it speaks
        # to the question («Teamet kan også brukes av foreldre … som er bekymret»), or when
        # nothing but how to reach it is asked («hvordan kontakter jeg fagteamet?», not its
        # number: the plan has none) and the plan says who calls it in: cases go through them
        named_group = groups[q.group_id]
        reached = not q.rest and not number_asked and bool(named_group.innkaller)
        group = named_group if reached or told_of(named_group, q) else None
    for rank, (kind, key) in enumerate(about[:RANKED]):
        if kind == "contact" and key in contacts and (key in index.kommune.contacts or rank == 0):
            keys = [key]
        elif kind == "tiltak" and key in by_id:
            keys = serving(index, contacts, by_id[key])
            for owner in owners(index, contacts, by_id[key]):
                made_by.setdefault(owner, []).append(by_id[key])
        else:
            if kind == "group" and key in groups and group is None and not found:
                group = groups[key] if groups[key].level in CASE_LEVELS else None
            continue
        found += [k for k in keys if k not in found]
    if first is not None:
        found = [first]  # the service asked for, with what the plan has it do
    elif group is not None and group.id == q.group_id:
        found = []  # the group asked for: what it is for and who calls it in
    # «hvem gir oppfølging til ungdom med ruskontrakt»: the service found by its work, and
    # the tiltak of its the whole question ranks – what the plan has it do there, first
    asked = [by_id[key] for kind, key in q.about[:RANKED] if kind == "tiltak" and key in by_id]
    for tiltak in asked if found else ():
        for owner in owners(index, contacts, tiltak):
            if owner in found[:MAX_SERVICES] and tiltak not in made_by.get(owner, ()):
                made_by.setdefault(owner, []).append(tiltak)
    return Found(
        tuple(found[:MAX_SERVICES]),
        group,
        {k: tuple(v) for k, v in made_by.items()},
        told_of(group, q) if group is not None else (),
    )


TOLD = 2
"""Question words a duty must hold to be the group's answer to it: one is a word in passing."""


def told_of(group: Group, q: Understood) -> tuple[str, ...]:
    """The group's duties that hold the question's own words («forelder», «bekymret»: «Teamet
    kan også brukes av foreldre, ungdom eller andre som er bekymret»)."""
    asked = set(terms([*q.rest, *q.meant]))
    return tuple(d for d in group.duties if len(asked & set(terms(fold(d).split()))) >= TOLD)
