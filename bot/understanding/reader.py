"""Text → intent + entities, deterministically (each step explainable, nothing learned): mention
markup removed, text folded, unknown words corrected (rapidfuzz, ratio ≥ 80); a kommune named
wins, else the conversation's (entities.py); the longest known phrases matched, cue phrases decide
the intent (language/understanding.yaml, lexicon.py); what else the question names (cue_check.py),
its form (rules.py) and retrieval (options.py) correct a cue's wrong reading."""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.understanding.asks import line_asked
from bot.understanding.confidence import answer_margin
from bot.understanding.contact_person import beside_tiltak, services_contact
from bot.understanding.coordinator_above import coordinator_overseer
from bot.understanding.coordinator_for import for_someone
from bot.understanding.counts import COUNT_CUE, by_count
from bot.understanding.cue_check import CueCheck, Named
from bot.understanding.cues import Cues, meaning_asked
from bot.understanding.decided import decided_by
from bot.understanding.duty_owner import duty_owner, slt_contact
from bot.understanding.entities import another_group, find_kommune
from bot.understanding.facets import asked_of
from bot.understanding.facts_asked import fact_named, plan_fact_asked, unanswered_in
from bot.understanding.group_lacked import GroupNames
from bot.understanding.holders import asks_bti_coordinator, asks_who_holds, by_own_name, titled
from bot.understanding.intents import (
    ABOUT_AN_OBJECT,
    BTI_ASKS,
    COORDINATOR_WORK,
    HOLDER_READINGS,
    NAMES_AN_OBJECT,
    UNANSWERED_FOR,
    Intent,
)
from bot.understanding.introduced import Introduced
from bot.understanding.level_asked import level_asked, level_words
from bot.understanding.level_forms import by_kind
from bot.understanding.normalise import stem
from bot.understanding.offer_asked import on_a_topic
from bot.understanding.opinion import OPINION, Opinions
from bot.understanding.options import (
    beside_help,
    from_retrieval,
    group_or_routine,
    group_questions,
    routine_by_tiltak_name,
    routine_of,
    tiltak_or_other,
    tiltak_too_weak,
)
from bot.understanding.phrases import SpacedPhrases, starts_in
from bot.understanding.preamble import focused_search, question_part, told_before
from bot.understanding.roles_only import only_roles, typed
from bot.understanding.routine_words import RoutineWords, unnamed_tail, unnamed_words
from bot.understanding.rules import (
    COORDINATOR_ROLE,
    asks_coordinator_tiltak,
    by_form,
    group_asked,
    implicit_intent,
    place_asked,
    tiltak_number,
    unexplained,
    weak_link,
)
from bot.understanding.scene_asked import chore_asked
from bot.understanding.seat_told import told_seat
from bot.understanding.service_asked import asks_a_number, people_of_service, roles_asked
from bot.understanding.service_work import by_work
from bot.understanding.tiltak_reading import TILTAK_DETAIL, TiltakTexts, first_tiltak, made_by
from bot.understanding.tiltak_when import tiltak_when
from bot.understanding.told import Told
from bot.understanding.translation import TRANSLATION, Translations
from bot.understanding.understood import Understood

TOPIC_DASHES = ("–", "—", "-")
"""A question after one of these asks about what stands before it, not after a scene."""
HELP_ASKED = ((Intent.HELP, "hjelp"), (Intent.HELP, "help"))
"""«can you help me with my tax return»: help with something, not the menu (the words decide)."""
STRANGE_REST = 3
"""… in a short question only: a longer one tells its context («trenger det til en rapport»)."""


class Understanding(CueCheck):
    """Reads questions against one knowledge base. Build once; ``understand`` is cheap."""

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__(kb)
        lexicon = self.lexicon
        self.cues = Cues(lexicon, self.normaliser.dialect)
        self._coordinator_cues = SpacedPhrases(lexicon.cues[Intent.COORDINATOR])
        self._routine_words = RoutineWords(lexicon)  # the ids, and an offence's rule
        self._stated = {k: o.difference(lexicon.role_filler) for k, o in self._owners.items()}
        self._max_phrase = max(
            (len(p.split()) for i in kb.kommuner.values() for p in i.phrases), default=1
        )
        self.tiltak = TiltakTexts(kb, lexicon)
        self._level_words = level_words(kb.level_synonyms)
        self._group_names = GroupNames.of(kb, kb.language.understanding.group_lacked)
        self._opinions = Opinions.of(kb.language.understanding.opinion_asked)
        self._translations = Translations.of(kb.language.understanding.translation_asked)
        self.told = Told.of(kb.language.understanding.told_only)
        self.introduced = Introduced.of(kb, lexicon)  # «jeg jobber i nav. hvem er …?»

    def _cue(
        self, unnamed: tuple[str, ...], used: list[bool], asked: set[str], *, named: bool
    ) -> tuple[Intent, str]:
        """The cue of the question's own sentence when the message's best cue stands only in
        the scene before it («Me lagar årshjul for 8.–10. trinn. … kva heiter tiltaket?»:
        «årshjul» tells, «tiltaket» asks), none when it has none; else the message's best."""
        scratch = list(used)
        intent, cue = told_seat(self.cues.find, unnamed, scratch, self.lexicon.form, named=named)
        # a case to bring («… lurer på om jeg rekker å melde inn en sak») says why it is asked
        case = cue in self.lexicon.form.case_cues
        if asked and cue and not case and not set(cue.split()) <= asked:
            own = tuple(w if w in asked else "_" for w in unnamed)
            mine = list(used)
            found = self.cues.find(own, mine, named=named)
            used[:] = mine
            return found  # no cue of its own: what it asks is read without the scene's
        used[:] = scratch
        return intent, cue

    def understand(
        self, text: str, default_kommune: str | None, *, folded: str | None = None
    ) -> Understood:
        """One message read: the steps of the module docstring, then the rules that correct
        a reading a cue alone got wrong, each with the question that made it."""
        lex, said = self.lexicon, self.lexicon.form
        words, added = self._normalised(text, folded)
        used = [False] * len(words)
        kommune_id, kommune_named = find_kommune(self.kb, words, used, default_kommune)
        index = self.kb.get(kommune_id) if kommune_id else None
        group_id, level, level_named = self.group_named(
            words, used, index, self._max_phrase, self._level_words
        )
        named_at = list(used)  # where the kommune and group names stand, before any cue
        named_group = group_id  # a group retrieval finds instead is retrieval's reading
        unnamed = unnamed_words(words, used, self._coordinator_cues)  # names are no cues
        ask = question_part(text)  # «elevene lager film om knivvold. hvor ofte er politiet …?»
        ask_words = self._normalised(ask, None)[0] if ask else ()
        asked_words = set(ask_words)
        # «SLT-koordinator i Jevnaker – hvem er det?»: before a dash, the object asked about
        topic = bool(ask) and text[: text.rfind(ask or " ")].rstrip().endswith(TOPIC_DASHES)
        scene = set() if topic else asked_words
        intent, cue = self._cue(unnamed, used, scene, named=bool(group_id or level))
        if cue.startswith("tiltak") and cue.endswith(" for") and words[-1:] == ("for",):
            intent, cue = Intent.UNKNOWN, ""  # «hvilke år gjelder tiltakene for»: no one follows
        meaning, defined = meaning_asked(cue, said.meaning_cues)  # «hva menes med …»
        joined = f" {' '.join(unnamed)} "
        someones = for_someone(words, said)  # «koordinator for en familie»: a service's work
        mentions_coordinator = self._coordinator_cues.any_in(joined) and not someones
        if someones and intent is Intent.COORDINATOR:
            intent, cue = Intent.CONTACT_SERVICE, ""
        role_words = told_before(intent, cue, roles_asked(lex, words, used), asked_words, said)
        rest = lex.searched(words, used, added)
        meant = tuple(w for i, w in enumerate(words) if i in added and not used[i]) if added else ()
        digits = tuple(filter(str.isdigit, words))  # filters in C: no bytecode a word
        number = digits[0] if digits else None
        search = self.search.get(kommune_id) if kommune_id else None
        focus = tuple(filter(asked_words.__contains__, rest))
        hits = focused_search(search, focus, rest, digits, meant, text) if search else []
        number_named = tiltak_number(words, said)
        joined_words = f" {' '.join(words)} "
        starts = starts_in(joined_words)
        routine = self._routine_words.read(joined_words, starts, words, group_id)
        besides = Named(
            words=words,
            rest=rest,
            meant=meant,
            focus=focus,
            joined=joined_words,
            starts=starts,
            role_words=role_words,
            level=level,
            kommune_id=kommune_id,
            index=index,
            search=search,
            hits=hits,
            number_named=number_named,
            mentions_coordinator=mentions_coordinator,
            defined=defined,
        )
        intent, cue, group_id, options = self.checked(intent, cue, group_id, besides)
        if tiltak_when(intent, words, said, bool(group_id or level), hits, rest, options):
            # «når er neste trygghetsvandring», «fagdagen med Ringerike, deltar fagteamet på
            # den hvert år?»: a tiltak's meetings, not a group's
            intent, cue, options = Intent.TILTAK_LOOKUP, "", ()
        unnamed_only = not (group_id or level or role_words or mentions_coordinator)
        if plan_fact_asked(intent, words, hits, unnamed_only, cue, index, group_id, said):
            # «hvilke kommuner i mosseregionen bruker slt-modellen»: a plan note holds every
            # word asked; «hvor ofte rapporterer koordineringsgruppa»: what a plan fact says.
            intent, cue = Intent.PLAN, ""
        if (
            intent in (Intent.DUTIES, Intent.UNKNOWN, Intent.HELP, Intent.TARGET_GROUP)
            and not (group_id or level or mentions_coordinator)
            and (
                (role_words and people_of_service(words, role_words, lex.who_words, hits, said))
                or asks_a_number(words, hits, said)
            )
        ):
            # «hvem i NAV jobber med unge», «hjelp fra PPT»: the service's contact and its tiltak;
            # «kva nummer har legevakta»: a number asked, and the service retrieval found.
            intent, cue, options = Intent.CONTACT_SERVICE, "", ()
        about = tuple((h.doc.kind, h.doc.key) for h in hits[:8])
        named = self.tiltak.named(joined_words, kommune_id, starts, search, ask_words or words)
        known = bool(named or group_id or level or number_named)
        if owner_of := self.tiltak.owner_asked(intent, words, focus + rest, search, about, known):
            (intent, cue, about), options = owner_of, ()  # «hvem står bak friluftsskolen?»
        elif intent is Intent.UNKNOWN and not known and (by := made_by(words, hits, index, said)):
            (key, cue), options, intent = by, (), Intent.TILTAK_OWNER  # «hvem skal lage …?»
            about = first_tiltak(about, key)  # the tiltak that makes the routine
        if named and beside_tiltak(words, index, named, about, ask_words or words, said):
            intent, cue, options, named = Intent.CONTACT_SERVICE, "", (), None
        if named and not (group_id or level or number_named) and self.tiltak.asked(intent, words):
            phrase, key = named  # «hva er på rett kjøl», «hva gjør vi mot mobbing»: its name
            signs = said.tiltak_signs
            made = routine_by_tiltak_name(phrase, about, words, search, lex.generic_topic, signs)
            if made:  # «rutine rusbekymring»: the routine the tiltak makes (options.py)
                intent, cue, routine, options, named = Intent.UNKNOWN, "", made, (), None
            else:
                intent, cue, options = Intent.TILTAK_LOOKUP, phrase, ()
                about = first_tiltak(about, key)
        if (
            intent is Intent.TILTAK_LOOKUP
            and cue  # the question's own form asked (not a tiltak another rule found)
            and (group_id or level)
            and not (named or number_named)
            and said.tiltak_signs.isdisjoint(words)
        ):
            intent, cue = Intent.DUTIES, ""  # «hva går det koordinerende nivået ut på»
        reading = (intent, cue, about, options)  # «har vi noe opplegg om …»: offer_asked.py
        intent, cue, about, options = on_a_topic(reading, besides, said, group_id or level)
        intent = Intent.TILTAK_LOOKUP if self.tiltak.area(intent, cue, about, words) else intent
        if intent is Intent.TILTAK_LOOKUP and not cue and set(words) & said.tiltak_signs:
            # «har vi noen tiltak om vold», «hva gjør skolen på 9. trinn»: the question's own
            # words say tiltak, so a routine its topic also names does not take it over.
            cue = next(w for w in words if w in said.tiltak_signs)
        holidays = not lex.holiday_words.isdisjoint(words)
        if intent is Intent.UNKNOWN and (group_id or level) and (holidays or said.cadence(unnamed)):
            intent = Intent.FREQUENCY  # «har politirådet møter i sommerferien?»: its cadence
        if intent is Intent.UNKNOWN:
            ignored = self._qualifiers | set(lex.role_filler)
            only_role = only_roles(rest, role_words, ignored, said.name_endings)
            seat = bool(role_words) or "med" in words  # «er NAV med i …», not «er … åpne»
            asked = unexplained(rest, role_words, lex.filler)
            who = bool(set(words) & lex.who_words) or (words[:1] in said.yes_no_start and seat)
            if (group_id or level) and set(stem(rest)) & lex.goal_stems and not role_words:
                intent = Intent.PLAN  # «hvilke felles mål har politirådet»: the plan's goals
            elif (group_id or level) and asked and not who and not options and index is not None:
                # «hvilke mål har politirådet satt»: a group is named, but something else is
                # asked about it. Ask back, never a guess; when no knowledge has the words
                # asked about («refusjon for kjøring», «kaffe på sommerfesten»), the fallback.
                if set(stem(rest)) & lex.goal_stems:
                    intent = Intent.PLAN
                elif set(asked) & self.vocabulary and not self._strange(asked, role_words):
                    options = group_questions(index, group_id, level)
            else:
                seen = bool(group_id or level), role_words if only_role else ()
                intent = implicit_intent(*seen, mentions_coordinator, typed(unnamed, added), said)
        if intent is Intent.DUTIES and group_id and group_id in self._routine_words.ids and defined:
            # «hastemøte …, hva er det?»: a plan fact on that name, else its group or routine
            fact = fact_named(index, group_id)
            options = () if fact else group_or_routine(index, group_id)
            about = (("planfact", fact), *about) if fact else about
            intent, cue, group_id, routine = Intent.PLAN if fact else Intent.UNKNOWN, "", None, None
        if intent is Intent.DUTIES and cue in ("forskjellen", "forskjell"):
            intent = Intent.LEVELS  # «forskjellen på styrende og koordinerende nivå»
        if intent is Intent.UNKNOWN and role_words and words[:1] in said.yes_no_start:
            intent = Intent.ROLE_GROUPS  # «er kommunepsykologen med i noe slt-greier»
        if work := by_work(intent, ask_words or words, about, said, known, tuple(role_words)):
            intent, cue, options = Intent.CONTACT_SERVICE, work, ()  # «hvem jobber med …»
        intent = Intent.COORDINATOR if slt_contact(intent, words, about) else intent
        owner = duty_owner(intent, hits, index, (group_id, level, role_words, named, number_named))
        intent, group_id = (Intent.DUTIES, owner) if owner else (intent, group_id)
        intent, cue = weak_link(intent, cue, words, rest, kommune_named=kommune_named, said=said)
        if len(rest) > 2 and (intent is Intent.GREETING or (intent, cue) in HELP_ASKED):
            # «… en ungdom med rusproblem som vil ha hjelp», «Hei. Nettopp hatt en samtale med
            # …»: no menu and no greeting in a longer message; what it is about decides.
            intent, group_id, options = from_retrieval(Intent.UNKNOWN, hits, index, lex.goal_stems)
        elif intent is Intent.HELP and (beside := beside_help(rest, hits, index, lex.goal_stems)):
            (intent, group_id), cue = beside, ""  # «hvordan bruker jeg stafettloggen»
        one_group = (
            bool(group_id)
            and not set(words) & (said.several_groups - {"eller"})
            and not another_group(words, used, index)
        )
        asked_group = group_id is not None and group_asked(words, named_at, said)
        alternatives = words[:1] in said.yes_no_start or "eller" in words
        if (
            role_words
            and intent is Intent.MEMBERS
            and (asked_group or (not one_group and alternatives))
        ):
            # «er politistasjonssjefen med i X eller Y», «hvilken slt-gruppe sitter jeg i»:
            # which of them is asked.
            intent = Intent.ROLE_GROUPS
        elif intent is Intent.ROLE_GROUPS and role_words and one_group and cue in said.yes_no_cues:
            # «sitter varaordføreren i politirådet?»: the member list, the role in its place
            intent = Intent.MEMBERS
        if place_asked(intent, cue, words, bool(group_id or level or mentions_coordinator), about):
            intent = Intent.CONTACT_SERVICE  # «hvor er helsestasjonen»: a place, not a seat
        intent = line_asked(intent, cue, bool(role_words), mentions_coordinator, said)
        of_level = level_asked(words, index, lex.levels_asked, roles=bool(role_words))
        if of_level:
            (intent, group_id, level, level_named), options = of_level, ()
        intent = by_form(
            intent, words, group_id or level, role_words, number_named, asked_words, said, rest
        )
        if overseer := coordinator_overseer(intent, words, index, said):
            intent, group_id, options = Intent.DUTIES, overseer, ()  # «hvem bestemmer over …»
        kind = by_kind(intent, words, group_id, role_words, mentions_coordinator, about, lex.forms)
        options = () if intent is Intent.ROLE_GROUPS or kind is not intent else options
        intent = kind  # a seat or a level asked by the question's form: no «Mente du»
        if chore_asked(intent, words, named_at, lex, frozenset(role_words)):
            intent, cue, options = Intent.UNKNOWN, "", ()  # «styringsgruppa har julebord, kven …»
        asking = (unnamed, unnamed_tail(unnamed, words, ask_words)) if ask_words else (unnamed,)
        holder = (
            intent in HOLDER_READINGS
            and not (group_id or level or mentions_coordinator)
            and any(asks_who_holds(w, role_words, titled(index, role_words)) for w in asking)
        )
        if holder and services_contact(asking, tuple(role_words)):  # «politiet — hvem er kontakten»
            holder, intent, cue, options = False, Intent.CONTACT_SERVICE, "", ()
        if holder:  # «hvem er politikontakten vår og hva er nummeret hans»: no plan says
            intent, cue, options = Intent.UNKNOWN, "", ()
        if (
            mentions_coordinator
            and asks_coordinator_tiltak(words, said)
            and intent in COORDINATOR_WORK
        ):
            # «jeg er slt-k, hvilke tiltak står jeg som ansvarlig for», «what SLT tasks does
            # the coordinator own»: the coordinator's tiltak, not the coordinator's sheet.
            intent, role_words = Intent.TILTAK_MINE, (COORDINATOR_ROLE,)
        owners = self._stated.get(str(kommune_id), frozenset())
        if self.tiltak.ansvar_in_plan(intent, words, rest, role_words, owners, known=known):
            intent, cue, options = Intent.TILTAK_FOR_ROLE, "", ()  # «hva har rektorene ansvar …»
        stated = self.tiltak.stated_owner(
            intent, role_words, words, rest, owners, group_id, mentions_coordinator
        )
        if stated and not (named or number_named):  # «eg er på ungdomsskulen, kva tiltak …»
            intent, role_words = Intent.TILTAK_MINE, stated
        if (
            "bti" in words
            and (intent in BTI_ASKS or (intent is Intent.MEMBERS and not role_words))
            and ("bti" in (group_id or "bti") or "niva" in words)
            and not (mentions_coordinator or by_own_name(intent, words, group_id))
        ) or asks_bti_coordinator(words):
            # «hvem kaller inn til bti-møte», «bti nivå 2 hva betyr det»: BTI is its own model
            # with its own meetings and levels; its answer holds what the kommune says of it –
            # also of the team that is a BTI level here («hva er bti nivå 3 i våler»), and of
            # the BTI-koordinator, who is not the SLT-koordinator unless the plan says so.
            intent, options = Intent.BTI, ()
        intent, unkept = by_count(
            intent, words, bool(group_id or level), role_words, lex.countable, said, (hits, index)
        )
        if unkept:  # «hvor mange ruser seg»: no routine answers a count the knowledge lacks
            options, cue = (), COUNT_CUE
        if (
            (group_id or level)
            and "koordinerer" in words
            and (intent in (Intent.MEMBERS, Intent.UNKNOWN) or "hvem" in words)
        ):
            intent = Intent.INNKALLER  # «hvem koordinerer arbeidet i slt-nettverket»
        people = bool(named and intent in TILTAK_DETAIL and not number_named) and (
            self.tiltak.detail_not_held(named or ("", ""), words, rest)
        )
        decided = decided_by(intent, words, hits, index, group_id, named or number_named, said)
        if decided is not None:  # «hvem har ansvaret for økonomien i slt»: a plan fact says
            intent, cue, options = decided, "", ()
        unanswered = unanswered_in(asked_words or set(words), lex.unanswered, intent, hits, said)
        unanswered = unanswered and decided is None
        if (intent in UNANSWERED_FOR and unanswered) or people:
            # «hvor mye koster en trygghetsvandring»: the tiltak is known, its cost is not;
            # «hvem er kursholderne i Flexid»: its text names no one (tiltak_reading.py).
            intent, cue, options = Intent.UNKNOWN, "", ()
        detail = asked_of(intent, words, lex.unanswered, index, group_id, named, about, lex.facets)
        detail = "people" if people else detail
        detail = "" if number_named or (level and not group_id) or decided else detail
        if detail:  # «hvor er trygghetsvandringa»: the plan does not say (facets.py)
            intent, cue, options = Intent.UNKNOWN, "", ()
            if named and not group_id:  # the tiltak asked about, first
                about = first_tiltak(about, named[1])
        if intent is Intent.UNKNOWN and not (routine or group_id or level or holder or detail):
            found_routine = routine_of(hits, words)
            if found_routine is not None:
                routine, options = found_routine, ()  # the routine answers, not «Mente du»
        own = named is not None and cue == named[0]  # a tiltak by name: «logoen til utsett»
        named_only = not cue or own or (intent in NAMES_AN_OBJECT and cue in lex.cues[intent])
        unnamed_object = intent is Intent.TILTAK_OWNER and not (group_id or level or role_words)
        yes_no = words[:1] in said.yes_no_start  # «er X med i …»: the member list answers it
        if (
            (intent in ABOUT_AN_OBJECT or (intent is Intent.MEMBERS and not yes_no))
            and (named_only or unnamed_object)
            and len(focus if ask else rest) <= STRANGE_REST  # a scene before it tells, not asks
            and not (options or owner_of or (own and meaning))  # owner, meaning: of the tiltak
            and self._strange(focus if ask else rest, role_words)
        ):
            # «hva er lønna til koordinatoren», «hvem i fagteamet har nøkkel»: the object is
            # named, what is asked of it is in no knowledge file – «vet ikke» is honest.
            intent, cue = Intent.UNKNOWN, ""
        looked_up = intent is Intent.TILTAK_LOOKUP
        weak = intent in TILTAK_DETAIL and tiltak_too_weak(hits, ranked_first=not looked_up)
        if weak and not (named or number_named or group_id or level or role_words or owner_of):
            # «gutta gamer hele friminuttet, noe tiltak mot det?»: «gutta» is no topic; «kven
            # har ansvar for ungane på bussen»: no tiltak is about the bus.
            intent, cue, options = Intent.UNKNOWN, "", tiltak_or_other(hits, index)
        lacked = self._group_names.lacked(words, kommune_id, index, intent)
        if lacked is not None:  # «finnes det en operativ SLT-gruppe i Jevnaker?»: it does not
            intent, cue, options = Intent.UNKNOWN, "", ()
        beyond = OPINION if routine is None and self._opinions.asked(words) else ""
        beyond = TRANSLATION if self._translations.asked(words) else beyond
        if beyond:  # «er SLT-modellen egentlig bra?»: no plan judges itself, nor translates
            intent, cue, options, routine = Intent.UNKNOWN, "", (), None
        return Understood(
            intent=intent,
            kommune_id=kommune_id,
            kommune_named=kommune_named,
            group_id=group_id,
            level=level,
            level_named=level_named,
            role_words=role_words,
            mentions_coordinator=mentions_coordinator,
            cue=cue,
            words=words,
            rest=rest,
            focus=focus if cue and set(cue.split()) <= asked_words else (),
            meant=meant,
            number=number,
            about=about,
            options=options,
            margin=answer_margin(intent, cue, (group_id, named_group), options, hits, index),
            routine=routine,
            tiltak_number=number_named,
            asks_holder=holder and intent is Intent.UNKNOWN,
            detail=detail,
            group_lacked=lacked,
            beyond=beyond,
            asks_holidays=holidays,
            level_of=of_level is not None,
            role_label=lex.role_label(role_words) if role_words else "",
            role_patterns=lex.role_alternatives(role_words),
            role_labels=tuple(lex.role_label((w,)) for w in role_words),
            role_grammar=lex.role_grammar,
            said=said,
            brings_case=cue in said.case_cues,
        )


__all__ = ["COUNT_CUE", "Intent", "Understanding", "Understood"]
