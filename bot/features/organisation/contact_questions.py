"""Which questions ask whom to call or how to reach a service, and the turn that answers them.

«nummer til barnevernet», «hvem kan jeg ringe i nav», «ppt?» (a service no SLT group lists),
«foreldre spør om familieveiledning, hvem skal jeg sende dem til» (a need the kommune's
services answer), «hvem ringer jeg etter kontortid hvis et barn …» (the hotlines). The replies
themselves are built in contacts.py; the services a question is about are found in
services.py.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from bot.features.clarify import did_you_mean
from bot.features.needs.tiltak_giver import asked_tiltak, giver_reply
from bot.features.organisation import services, texts
from bot.features.organisation.answers import fallback, role_hits, seats
from bot.features.organisation.contacts import (
    TEXT_CHARS,
    contact_service,
    contacts_of,
    directory,
    hotlines,
    several,
)
from bot.features.organisation.errands import errand
from bot.features.organisation.honest import honest_fallback
from bot.features.organisation.plan import fact_sheet, plan_fact
from bot.features.organisation.seat_match import role_shown
from bot.features.organisation.service_words import asks_opening, paged_or_hours
from bot.features.organisation.services import service_name
from bot.features.reply import Reply
from bot.frozen_init import quick_replace
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import PlanFact
from bot.router import Router, Turn, for_intents
from bot.text import fold
from bot.understanding import Intent, Understood
from bot.understanding.asks import asks_whom_to_call
from bot.understanding.options import lower_first
from bot.understanding.retrieval import Hit, terms
from bot.understanding.service_asked import label_words, names_role


def _role_words(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Per kommune, every folded word of its contacts' roles (knowledge, never a message),
    sorted, made once per knowledge load: some contact's role has a word starting with a role
    word asked about exactly when one of these does (:func:`starts_one`)."""
    return {
        key: tuple(
            sorted({w for c in contacts_of(i, kb.national).values() for w in label_words(c.role)})
        )
        for key, i in kb.kommuner.items()
    }


def starts_one(words: tuple[str, ...], prefixes: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` (sorted) starts with one of ``prefixes``: the words that
    start with a prefix stand together from where it would be inserted, so one look at that
    place per prefix, not a pass over every contact's role words."""
    for prefix in prefixes:
        at = bisect.bisect_left(words, prefix)
        if at < len(words) and words[at].startswith(prefix):
            return True
    return False


def _ranking(turn: Turn) -> services.Ranking:
    q = turn.understood
    if q is None:
        return services.Ranking(())
    understanding = turn.bot.understanding
    search = understanding.search.get(turn.index.kommune.id)
    contacts = contacts_of(turn.index, turn.bot.kb.national)
    by_id = {t.id: t for t in turn.index.kommune.tiltak}

    def serves(hit: Hit) -> frozenset[str]:
        key = hit.doc.key
        if hit.doc.kind == "contact":
            return frozenset({key})
        tiltak = by_id.get(key) if hit.doc.kind == "tiltak" else None
        return frozenset(services.serving(turn.index, contacts, tiltak) if tiltak else ())

    def works(hit: Hit) -> str:
        contact = contacts.get(hit.doc.key) if hit.doc.kind == "contact" else None
        return " ".join(contact.aliases) if contact else ""

    return services.ranked(search, q, understanding.lexicon.contact_cue_words, serves, works)


def _found(turn: Turn, ranking: services.Ranking | None = None) -> services.Found:
    """The services the question is about, best first (bot/features/organisation/services.py)."""
    q = turn.understood
    if q is None:
        return services.Found((), None, {})
    about = (ranking or _ranking(turn)).about
    contacts = contacts_of(turn.index, turn.bot.kb.national)
    return services.find(turn.index, contacts, q, about, number_asked=_asks_number(turn))


def _close_questions(turn: Turn, close: tuple[Hit, ...]) -> list[str]:
    """«Mente du …?» for two services a need half fits: how to reach each (a tiltak's by
    the service the plan makes ansvarlig for it); both the same service: that one. A
    reading that is no service offers nothing: the question asks whom to contact."""
    contacts = contacts_of(turn.index, turn.bot.kb.national)
    by_id = {t.id: t for t in turn.index.kommune.tiltak}
    asked: list[str] = []
    for hit in close:
        key = hit.doc.key
        keys = [key] if hit.doc.kind == "contact" and key in contacts else []
        if hit.doc.kind == "tiltak" and key in by_id:
            keys = services.serving(turn.index, contacts, by_id[key])
        if not keys:
            return []  # half of the need is no service: nothing to offer but the fallback
        asked.append(texts.how_to_reach(service=lower_first(contacts[keys[0]].role)))
    return list(dict.fromkeys(asked))


def _contact_key(turn: Turn) -> str | None:
    """The one service a question is about, or None."""
    found = _found(turn).contacts
    return found[0] if found else None


def register(router: Router) -> None:
    """«Nødnumre», «nummer til barnevernet»."""
    router.message(
        "question:hotlines",
        for_intents(Intent.HOTLINES),
        lambda turn: hotlines(turn.index, turn.bot.kb.national),
    )
    router.message("question:service_page_or_hours", _page_or_hours, _page_or_hours_reply)
    router.message(
        "question:contact_service",
        for_intents(Intent.CONTACT_SERVICE),
        _contact,
    )
    router.message("question:service_without_seat", _service_without_seat, _unseated)
    router.message(
        "question:whom_to_call",
        lambda turn: (
            turn.understood is not None
            and turn.understood.intent is Intent.UNKNOWN
            and calls_for_someone(turn)
        ),
        lambda turn: hotlines(turn.index, turn.bot.kb.national),
    )
    router.message("question:service_by_need", _service_by_need, _contact)


def _page_or_hours_key(turn: Turn) -> str | None:
    """«lenke til konfliktrådet», «åpningstider på ungdomshelsestasjonen», «når har hfu
    åpent»: a service the question names (services.named), asked for its web page or its
    opening hours (understanding.yaml ``service_asked``) – how to reach it answers, with the
    contact's Nettside where the plan gives one. No service named («lenke til teams-møtet»,
    «lenke til rutinen»), or a group, a level or a routine read: not this question."""
    q = turn.understood
    if (
        q is None
        or q.intent not in PAGE_OR_HOURS_READ
        or not q.role_words
        or q.group_id
        or q.level
        or q.routine
    ):
        return None  # a «Mente du …?» is no reason: the service is named («når har hfu åpent»)
    asked = turn.bot.understanding.lexicon.service_asked
    words = set(q.words)
    # «hva kan familiesenteret hjelpe med?»: what it does, how to reach it (a contact cue
    # answers on its own)
    work = bool(
        asked.get("work", frozenset()) & words and asked.get("work_what", frozenset()) & words
    )
    work = work and q.intent is not Intent.CONTACT_SERVICE
    if not (work or asks_opening(asked, words) or paged_or_hours(asked, words)):
        return None
    if asked.get("told_closed", frozenset()) & words:
        return None
    key = services.named(turn.index, contacts_of(turn.index, turn.bot.kb.national), q)
    own = turn.index.kommune.contacts
    if key in own:
        return key
    # «åpningstidene til helsestasjonen»: the kommune's own service the words name, before a
    # national one whose note happens to speak of opening hours
    # (the one whose name starts with the word first: «Helsestasjonen i …», not «Helsesykepleier
    # (helsestasjonen …)»)
    mine = [k for k, c in own.items() if names_role(c.role, q.role_words)]
    mine.sort(key=lambda k: not label_words(own[k].role)[0].startswith(q.role_words))
    return next(iter(mine), key)


def _asks_number(turn: Turn) -> bool:
    """«hva er telefonnummeret til barnevernvakta?»: a number or an address is asked."""
    q = turn.understood
    phone = turn.bot.understanding.lexicon.form.phone_words
    return q is not None and not phone.isdisjoint(q.words)


PAGE_OR_HOURS_READ = frozenset({Intent.UNKNOWN, Intent.CONTACT_SERVICE, Intent.ROLE_GROUPS})
"""Readings a page or hours question about a named service may have got: none that answers it.
A role's seat is one: the page's word says where a fact was read, not what is asked, so it is
no search word (understanding.yaml ``stopwords``), and «har dere nettsiden til konfliktrådet»
is left with the service alone, which reads as «where does it sit»."""


def _page_or_hours(turn: Turn) -> bool:
    return _page_or_hours_key(turn) is not None


def _page_or_hours_reply(turn: Turn) -> Reply:
    key = _page_or_hours_key(turn)
    assert turn.understood is not None and key is not None  # _page_or_hours checked it
    contacts = contacts_of(turn.index, turn.bot.kb.national)
    asked = turn.bot.understanding.lexicon.service_asked
    words = set(turn.understood.words)
    if asked.get("hours", frozenset()) & words or asks_opening(asked, words):
        # «hva er åpningstidene på helsestasjon for ungdom»: no plan gives hours
        service = lower_first(service_name(turn.index, contacts[key]))
        return fallback(turn.index, turn.bot.kb, topic=True, lead=texts.no_hours(service=service))
    reply = contact_service(turn.index, turn.bot.kb.national, key, number_asked=_asks_number(turn))
    return reply or honest_fallback(turn)


WHO_OR_WHERE = frozenset({"hvem", "hvor", "who", "where"})
WHERE = frozenset({"hvor", "where"})
REACH_VERBS = frozenset(
    {"ringe", "ringer", "kontakte", "kontakter", "snakke", "prate", "call"}
    | {"kontaktperson", "kontaktpersonen", "kontaktpersoner", "kontaktpersonene"}
)
"""A service named: «hvor finner jeg ppt» asks where it is, «hvem kan jeg ringe i nav» whom to
reach there (and «hvem er kontaktperson i barnevernet»: the plan names no person, so how to
reach the service); «hvem er politikontakten» asks a person's name (holders.py)."""
HOW_MUCH = frozenset({"mange", "mye", "ofte", "lenge", "langt", "gammel", "stor"})
"""«hvor mange elever går på JUS»: a count or a measure, not whom or where."""


def _service_by_need(turn: Turn) -> bool:
    """«foreldre spør om familieveiledning, hvem skal jeg sende dem til», «hvor får en ungdom
    hjelp med …», «hvor finner jeg ppt»: whom or where, in words no contact cue has, and a
    service named or a need the kommune's services answer (services.find: the service the
    role words name, else the need's words over contacts and the tiltak they own) – how to
    reach them; else the honest fallback as before."""
    q = turn.understood
    if (
        q is None
        or q.intent is not Intent.UNKNOWN
        or q.group_id
        or q.level
        or q.asks_holder
        or q.mentions_coordinator
        or q.options
        or q.routine
        or q.detail
        or not any(a in WHO_OR_WHERE and b not in HOW_MUCH for a, b in pairwise((*q.words, "")))
        or errand(turn.bot.kb, q.words)
        or (
            q.role_words
            and WHERE.isdisjoint(q.words)
            and not REACH_VERBS & set(q.words)
            and not guessed_service(turn.text, q.role_words)
        )
    ):
        return False
    return bool(_found(turn).contacts)


ASKED_APART = re.compile(r"[?!.]+\s+")


def guessed_service(text: str, role_words: tuple[str, ...]) -> bool:
    """«hvem har helsesamtalene med 8. trinn? skolehelsetjenesten?»: the question, then the
    writer's guess at the service on its own – who does the work is that service, reached
    (Jevnaker's helsesykepleier); the role words stand in the guess alone."""
    *asked, guess = (p for p in ASKED_APART.split(text.strip()) if p)
    if not asked:
        return False
    guessed = fold(guess).split()
    return (
        bool(guessed)
        and all(w.startswith(role_words) for w in guessed)
        and all(not w.startswith(role_words) for a in asked for w in fold(a).split())
    )


def calls_for_someone(turn: Turn) -> bool:
    """«hvem ringer jeg etter kontortid hvis et barn ikke kan være hjemme», «kor kan ungdom
    ringa anonymt …»: whom to call for someone, no service or group named – the numbers to
    call answer it (rules.asks_whom_to_call); «hvem ringer jeg for å booke møterom» does not
    speak of anyone, and gets the honest fallback."""
    q = turn.understood
    return (
        q is not None
        and not (q.group_id or q.level or q.role_words or q.mentions_coordinator)
        and asks_whom_to_call(q.words, q.said)
        and turn.bot.routines.asked.about_someone(q.words)
    )


def _unseated(turn: Turn) -> Reply:
    assert turn.understood is not None  # _service_without_seat checked it
    role = role_shown(turn.understood, [])  # no seat: the role's own words, as written
    lead = texts.not_in_groups(role, turn.index.kommune.short_name)
    found = contact_service(
        turn.index, turn.bot.kb.national, _contact_key(turn), lead, number_asked=_asks_number(turn)
    )
    return found or honest_fallback(turn)


def _service_without_seat(turn: Turn) -> bool:
    """«ppt?», «hvor er ppt»: a role lookup for a service no SLT group lists, which the bot
    has a contact for – how to reach it answers better than «Fant ikke PPT i gruppene»."""
    q = turn.understood
    if q is None or q.intent is not Intent.ROLE_GROUPS or not q.role_words or q.group_id:
        return False
    if q.words[:1] in q.said.yes_no_start:
        return False  # «er NAV med i noen av gruppene?»: yes or no, the seat answer says which
    # A scan, not the ranked search: services.find puts a contact the question names first,
    # so one exists exactly when the search would answer with it – and this check runs on
    # every role question, the search only when it holds (in _unseated).
    roles = turn.bot.kb.built(_role_words)[turn.kommune_id]
    if not starts_one(roles, q.role_words):  # names_role for any contact
        return False
    return not role_hits(turn.index, q)


def _contact(turn: Turn) -> Reply:
    q = turn.understood
    if q is not None and not (q.cue or q.role_words) and asks_whom_to_call(q.words, q.said):
        # «hva ringer man ved akutt fare»: whom to call, no service named – retrieval's
        # best contact (the police's non-urgent line says «akutt») is no answer to it.
        return hotlines(turn.index, turn.bot.kb.national)
    listing_fact = _listed_by_cue(turn.index, q) if q is not None else None
    if q is not None and listing_fact is not None and _referrer_only(turn.index, q):
        # «hvilke hjelpetilbud i kommunen kan nav henvise ungdom til?»: the service named is
        # who refers, not where to – the plan's list, as when the asker refers (below)
        return quick_replace(fact_sheet(turn.index, listing_fact), intent=Intent.CONTACT_SERVICE)
    if (tiltak := asked_tiltak(turn)) is not None:  # «who runs the summer week, who …»
        return giver_reply(turn, tiltak)
    ranking = _ranking(turn)
    found = _found(turn, ranking)
    asked = _close_questions(turn, ranking.close) if not found.contacts else []
    if asked and found.group is None:  # two close readings of one service: that one, asked
        return did_you_mean(asked, turn.index.kommune.id)
    if len(found.contacts) > 1 or found.group is not None:
        return several(turn.index, turn.bot.kb.national, found)
    if not found.contacts and found.group is None and calls_for_someone(turn):
        return hotlines(turn.index, turn.bot.kb.national)  # whom to call, no service named
    forms = turn.bot.understanding.lexicon.contact_forms
    turn_to = q is not None and q.cue in forms  # whom to turn to, or refer to
    # «hvem jobber med rus og psykisk helse for unge? skal henvise en gutt»: a need the plan
    # speaks of (retrieval found it) but gives to no service – the services the plan lists,
    # never one picked by a word in passing; a need the plan never speaks of gets the fallback
    # (a plan fact that lists the services answers in the plan's words, below)
    listed = q is not None and bool(q.about) and q.about[0][0] == "planfact"
    unserved = bool(ranking.about) and found.group is None and not listed
    listing = turn_to and (ranking.general or unserved) and bool(turn.index.kommune.contacts)
    if not found.contacts and listing:
        return directory(turn.index, turn.bot.kb.national)
    key = found.contacts[0] if found.contacts else None
    ranked = found.tiltak.get(key or "")
    number = _asks_number(turn)
    reply = contact_service(
        turn.index, turn.bot.kb.national, key, ranked=ranked, number_asked=number
    )
    if reply is None and q is not None and q.about[:1] and q.about[0][0] == "planfact":
        # «hvilke hjelpetilbud nevnes i vedlegget for de som jobber direkte med unge»: no
        # service, but a plan fact lists them – in the plan's words, not the fallback
        fact = plan_fact(turn.index, q)
        return fact_sheet(turn.index, fact) if fact else fallback(turn.index, turn.bot.kb)
    if reply is None and listing_fact is not None:
        # «hvilke hjelpetilbud i kommunen kan jeg henvise ungdom til?»: no service named, and
        # the plan lists its hjelpetilbud under one fact asked so – the services it lists
        return quick_replace(fact_sheet(turn.index, listing_fact), intent=Intent.CONTACT_SERVICE)
    if reply is None or q is None or not q.role_words:
        return reply or honest_fallback(turn)
    # «nummer til politikontakten»: a role's seats say who to look for in which meeting –
    # where they fit in the short text form beside what the service does.
    # The seats before the service's tiltak the question did not ask about: «telefonnummeret
    # til politikontakten» in Gjesdal, whose plan seats the role seven times.
    seated = seats(role_hits(turn.index, q))[1]
    national = turn.bot.kb.national
    for others in (True, False):
        fuller = contact_service(
            turn.index,
            national,
            key,
            ranked=ranked,
            seated=seated,
            others=others,
            number_asked=number,
        )
        if fuller is not None and len(fuller.text) <= TEXT_CHARS:
            return fuller
    return reply


LISTING_CUES = frozenset({"hjelpetilbud", "hjelpetilbudet", "hjelpetilbudene", "hjelpetilboda"})
"""Contact cues that ask for the kommune's offers as a list, not one service's contact."""
REFERRAL = ("henvis", "videre")
"""«… kan jeg henvise ungdom til», «sende en ungdom videre til»: offers to refer someone to."""


def _listed_by_cue(index: KommuneIndex, q: Understood) -> PlanFact | None:
    """The one plan fact staff ask for by a listing cue (its ``asked_as``: Gjesdal's «Aktuelle
    hjelpetilbud» for the utførende nivå, 004:110), asked as offers to refer someone to; none
    when no fact or several are. Offers asked of the plan alone («hvilke hjelpetilbud nevner
    planen …») are the plan's question, not this one."""
    if q.cue not in LISTING_CUES or not any(w.startswith(REFERRAL) for w in q.words):
        return None
    facts = [f for f in index.kommune.plan_facts if q.cue in {fold(a) for a in f.asked_as}]
    return facts[0] if len(facts) == 1 else None


def _referrer_only(index: KommuneIndex, q: Understood) -> bool:
    """«hvilke hjelpetilbud i kommunen kan nav henvise ungdom til?», «… kan skolen henvise
    til», «… kan vi i barnevernet henvise ungdommer til»: the service or place said just
    before the referral verb (or a service named anywhere before it) is who refers, not where
    to; with no need said besides whom it is for (``q.said.whom``), the question asks the
    kommune's offers as when the asker refers. A service named after the verb («… kan jeg
    henvise til i nav») is where to refer, and a need («… henvise til for familier som
    sliter», «… en gutt som ruser seg») picks the service that meets it."""
    said = q.focus or q.rest
    at = next((i for i, w in enumerate(said) if w.startswith(REFERRAL)), None)
    if at is None or (q.role_words and any(w.startswith(q.role_words) for w in said[at:])):
        return False
    referrer = set(said[at - 1 : at]) | _place_words(index)
    others = [
        w
        for w in said
        if w not in referrer
        and not w.startswith(REFERRAL)
        and not (q.role_words and w.startswith(q.role_words))
    ]
    return set(terms(others)) <= q.said.whom


def _place_words(index: KommuneIndex) -> set[str]:
    """The kommune's own name, folded: «… i Gjesdal» says where, never a need."""
    k = index.kommune
    return {k.id, *fold(k.short_name).split(), *fold(k.name).split()}


def contact_reply(turn: Turn) -> Reply:
    """The contact question's answer (the need feature asks it first: bot/features/needs/)."""
    return _contact(turn)
