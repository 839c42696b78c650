"""The words a question's form is read by, folded: ``question_form`` in understanding.yaml,
compiled once per knowledge load with the lexicon and passed to the rules that read them
(bot/understanding/rules.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from bot.knowledge.form_words import QuestionFormWords
from bot.knowledge.models import Level
from bot.text import fold, tokens
from bot.understanding.asks_form import AsksForm
from bot.understanding.retrieval import terms


def _set(spec: str) -> frozenset[str]:
    return frozenset(tokens(spec))


def _phrases(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(tokens(p)) for p in phrases)


def _starts(spec: str) -> frozenset[tuple[str, ...]]:
    """First words as 1-tuples, for ``words[:1] in …``."""
    return frozenset((w,) for w in tokens(spec))


def _pairs(pairs: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tokens(p) for p in pairs)


@dataclass(frozen=True)
class QuestionForm:
    """What a question's form says besides its cue, in words (see each field's yaml comment)."""

    yes_no_start: frozenset[tuple[str, ...]] = frozenset()
    """A first word (as a 1-tuple: ``words[:1] in …``) that asks whether a role is somewhere."""
    yes_no_cues: frozenset[str] = frozenset({""})
    """Role cues that, with one named group, ask whether the role is in it; «» (no cue) too."""
    several_groups: frozenset[str] = frozenset()
    weak_role_cues: frozenset[str] = frozenset()
    points_back: frozenset[str] = frozenset()
    """Words after «hvor er» that stand for a role named before it (the first person too)."""
    which: frozenset[str] = frozenset()
    seat_nouns: frozenset[str] = frozenset()
    stand_in: frozenset[str] = frozenset()
    seat_verbs: frozenset[str] = frozenset()
    seat_pronouns: frozenset[str] = frozenset()
    """The first person and «hun», «han»: whose seat is asked."""
    seat_pairs: frozenset[tuple[str, ...]] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    my: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    own_work: frozenset[str] = frozenset()
    english_self: frozenset[str] = frozenset()
    we_words: frozenset[str] = frozenset()
    own_ansvar: frozenset[str] = frozenset()
    own_in_plan: frozenset[str] = frozenset()
    """«frivilligsentralen her, har vi noe i planen?»: the words that ask only whether the
    writer's service is in the plan (tiltak_reading.py ``ansvar_in_plan``)."""
    what_words: frozenset[str] = frozenset()
    who_words: frozenset[str] = frozenset()
    asks_who: frozenset[tuple[str, ...]] = frozenset()
    """``who_words`` as 1-tuples: a question opening so (``words[:1] in …``) asks for people."""
    number_before: frozenset[str] = frozenset()
    number_maybe: frozenset[str] = frozenset()
    number_words: Mapping[str, str] = field(default_factory=dict)
    """«fire» → «4»: a tiltak's number dictated as a word (``tiltak.number_words``)."""
    plan_words: frozenset[str] = frozenset()
    plan_as_place: frozenset[str] = frozenset()
    tiltak_words: frozenset[str] = frozenset()
    tiltak_signs: frozenset[str] = frozenset()
    offer_forms: frozenset[str] = frozenset()
    """«har vi noe …», «hva gjør slt for …»: an offer on a topic asked (offer_asked.py)."""
    plan_does: frozenset[str] = frozenset()
    """«hva gjør planen med …»: the offer forms whose subject is the plan (offer_asked.py)."""
    group_plan: frozenset[str] = frozenset()
    """«hva er planen med <gruppe>»: the tiltak that sets the group up (group_plan.py)."""
    claim_forms: frozenset[str] = frozenset()
    plan_against: frozenset[str] = frozenset()
    asks: AsksForm = field(default_factory=AsksForm)
    """``question_form.asks``: whom to call, a task, a follow-up, … (asks.py)."""
    """«har vi en plan mot …»: whether a plan or routine for a topic exists (topic_asked.py)."""
    """«stemmer det at politiet er på skolene fast?»: a thing the plan may do, asked as a claim
    to check (offer_asked.py)."""
    """``tiltak_words`` and the words besides them that say tiltak («trinn»)."""
    task_words: frozenset[str] = frozenset()
    owns_words: frozenset[str] = frozenset()
    meeting_suffixes: tuple[str, ...] = ()
    """In the file's order: the first that ends a word is split off."""
    meeting_compound: tuple[str, ...] = ()
    when_is: frozenset[tuple[str, ...]] = frozenset()
    next_words: frozenset[str] = frozenset()
    meeting_words: frozenset[str] = frozenset()
    bare_next: frozenset[str] = frozenset()
    """«neste gang»: a next-meeting cue that asks no date without a group, «når» or a meeting
    word beside it (cue_check.py)."""
    rhythm_words: frozenset[str] = frozenset()
    every_words: frozenset[str] = frozenset()
    periods: frozenset[str] = frozenset()
    weak_link_cues: frozenset[str] = frozenset()
    case_cues: frozenset[str] = frozenset()
    group_case_cues: frozenset[str] = frozenset()
    """Case cues that bring a case only to a group the question names («hvem sender jeg en
    bekymring til hvis jeg vil ha den i fagteamet»); with none named, no cue (cues.py)."""
    level_counts: frozenset[str] = frozenset()
    head_count: frozenset[str] = frozenset()
    people_counted: frozenset[str] = frozenset()
    count_filler: frozenset[str] = frozenset()
    which_tiltak: frozenset[str] = frozenset()
    we_service: frozenset[str] = frozenset()
    we_own: frozenset[str] = frozenset()
    makers: frozenset[str] = frozenset()
    """«hvem skal lage den felles rutinen for rusbekymring?»: who makes what a tiltak makes
    (a routine being written) is the tiltak's owner, not the routine's steps."""
    question_start: frozenset[str] = frozenset()
    name_endings: tuple[str, ...] = ()
    """«natteravnene», «natteravner»: the endings a one-word tiltak name is also said with."""
    all_tiltak: frozenset[str] = frozenset()
    topic_after: frozenset[str] = frozenset()
    what_start: frozenset[tuple[str, ...]] = frozenset()
    relation: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    over_work: frozenset[str] = frozenset()
    coordinator_work: frozenset[str] = frozenset()
    handled: frozenset[str] = frozenset()
    sent: frozenset[str] = frozenset()
    to_asker: frozenset[str] = frozenset()
    same_words: frozenset[str] = frozenset()
    same_question: frozenset[str] = frozenset()
    same_again: frozenset[str] = frozenset()
    only: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()
    all_levels: frozenset[str] = frozenset()
    kommuner_which: frozenset[str] = frozenset()
    kommuner: frozenset[str] = frozenset()
    neighbours: frozenset[str] = frozenset()
    attend_words: frozenset[str] = frozenset()
    gather_words: frozenset[str] = frozenset()
    speak_words: frozenset[str] = frozenset()
    speaker_words: frozenset[str] = frozenset()
    slt_itself: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()
    purpose_pairs: frozenset[tuple[str, ...]] = frozenset()
    aimed: frozenset[str] = frozenset()
    aimed_at: frozenset[str] = frozenset()
    aimed_people: frozenset[str] = frozenset()
    applies: frozenset[str] = frozenset()
    decide_words: frozenset[str] = frozenset()
    """«hvem bestemmer over pengene», «kan koordineringsgruppa bestemme bruk av penger selv»:
    who decides over (or answers for) what a plan fact is asked by (understanding/decided.py)."""
    legal_duty: frozenset[str] = frozenset()
    says: frozenset[str] = frozenset()
    """«hva sier ungdata», «hva viser ungdata»: what a source a plan fact holds says."""
    legal_pairs: frozenset[tuple[str, ...]] = frozenset()
    between: frozenset[str] = frozenset()
    groups_whole: frozenset[str] = frozenset()
    """``meeting_words`` and the other words of meeting («samles»)."""
    service_who: frozenset[str] = frozenset()
    in_service: frozenset[str] = frozenset()
    help_from: frozenset[str] = frozenset()
    from_service: frozenset[str] = frozenset()
    talk: frozenset[str] = frozenset()
    talk_with: frozenset[str] = frozenset()
    phone_words: frozenset[str] = frozenset()
    cared_for: frozenset[str] = frozenset()
    """«koordinator for en familie»: a coordinator for someone, not the SLT-koordinator."""
    exists: frozenset[tuple[str, ...]] = frozenset()
    """«finnes det», «har vi» as a question's first two words: whether something is there."""
    whom: frozenset[str] = frozenset()
    """Search terms (stemmed, as retrieval's ``terms``): whom a need question is about."""
    back: frozenset[str] = frozenset()
    service_work: frozenset[str] = frozenset()
    """«hvem jobber med …»: after a who-word, a service asked by what it does."""
    service_heads: tuple[str, ...] = ()
    arrange: frozenset[str] = frozenset()
    """«hvem avtaler jeg besøk med»: a visit or a talk arranged – with a person, not a line."""
    service_where: frozenset[str] = frozenset()
    service_get: frozenset[str] = frozenset()
    """«hvor kan en ungdom … få …»: where someone gets what a service gives."""
    service_can: frozenset[str] = frozenset()
    """«hvem kan mekle»: a modal between the who-word and the work."""
    service_someone: frozenset[tuple[str, ...]] = frozenset()
    service_anyone: frozenset[str] = frozenset()
    service_anyone_next: frozenset[str] = frozenset()
    service_use: frozenset[str] = frozenset()
    service_subject: frozenset[str] = frozenset()
    """«finnes det noen som kan mekle»: someone asked for by the work they can do."""
    """A role's word ending so names a service («barneverntjenesten», «PPT»), not a person."""
    must_words: frozenset[str] = frozenset()
    told_words: frozenset[str] = frozenset()
    asking_words: frozenset[str] = frozenset()
    asker: frozenset[tuple[str, ...]] = frozenset()
    in_plan: frozenset[tuple[str, ...]] = frozenset()
    plan_names: frozenset[str] = frozenset()
    no_one: frozenset[str] = frozenset()
    other_plans: frozenset[str] = frozenset()
    law: frozenset[str] = frozenset()
    law_asked: frozenset[str] = frozenset()
    penalty: frozenset[str] = frozenset()
    postpone: frozenset[str] = frozenset()
    wh_words: frozenset[str] = frozenset()
    meaning_cues: frozenset[str] = frozenset()
    """Cues that ask only what a word means («hva menes med», «hva betyr»; «hva er» asks a
    group's work too: reader.py reads it beside these)."""
    postponed: frozenset[str] = frozenset()
    level_named: Mapping[str, Level] = field(default_factory=dict)
    """A level named in one word («koordinerende», «politirådet», «styringsgruppa»): of
    understanding.yaml's ``level_synonyms``, those of one word."""

    def cadence(self, words: tuple[str, ...]) -> bool:
        """«fagteam hver 6. uke?», «er det fire møter i styringsgruppa i året?», «har utøvende
        nivå faste møter?»: a cadence said of a named group asks whether it is the group's."""
        if not self.every_words.isdisjoint(words):
            return True
        said = f" {' '.join(words)} "
        return not self.rhythm_words.isdisjoint(words) and any(
            f" {p} " in said for p in self.periods
        )

    @classmethod
    def of(
        cls, words: QuestionFormWords, synonyms: Mapping[Level, tuple[str, ...]]
    ) -> QuestionForm:
        roles, seats, own, tiltak, meetings = (
            words.roles,
            words.seats,
            words.own_work,
            words.tiltak,
            words.meetings,
        )
        first_person = _set(own.first_person)
        tiltak_words = _set(tiltak.words)
        who = _set(own.who)
        other, levels, facts, services, told = (
            words.other_asked,
            words.levels,
            words.plan_facts,
            words.services,
            words.told,
        )
        meeting_words = _set(meetings.words)
        return cls(
            yes_no_start=_starts(roles.yes_no_start),
            yes_no_cues=_phrases(roles.yes_no_cues) | {""},
            several_groups=_set(roles.several_groups),
            weak_role_cues=_phrases(roles.weak_cues),
            points_back=first_person | _set(roles.points_back),
            which=_set(roles.which),
            seat_nouns=_set(roles.seat_nouns),
            stand_in=_phrases(roles.stand_in),
            seat_verbs=_set(seats.verbs),
            seat_pronouns=first_person | _set(seats.pronouns),
            seat_pairs=_pairs(seats.pairs),
            role_nouns=_set(seats.role_nouns),
            my=_set(seats.my),
            first_person=first_person,
            own_work=_set(own.words),
            english_self=_set(own.english_self),
            we_words=_set(own.we),
            own_ansvar=_set(own.ansvar),
            own_in_plan=_set(own.in_plan),
            what_words=_set(own.what),
            who_words=who,
            asks_who=frozenset((w,) for w in who),  # ``who`` as first words
            number_before=_set(tiltak.number_before),
            number_maybe=_set(tiltak.number_maybe),
            number_words={fold(w): str(n) for w, n in tiltak.number_words.items()},
            plan_words=_set(tiltak.plan_words),
            plan_as_place=_phrases(tiltak.plan_as_place),
            tiltak_words=tiltak_words,
            tiltak_signs=tiltak_words | _set(tiltak.signs),
            offer_forms=_phrases(tiltak.offer_forms),
            plan_does=_phrases(tiltak.plan_does),
            group_plan=_phrases(tiltak.group_plan),
            claim_forms=_phrases(tiltak.claim_forms),
            plan_against=_phrases(tiltak.plan_against),
            task_words=tiltak_words | _set(tiltak.tasks),
            owns_words=_set(tiltak.owns),
            meeting_suffixes=tuple(dict.fromkeys(tokens(meetings.suffixes))),
            meeting_compound=tuple(dict.fromkeys(tokens(meetings.compound_endings))),
            when_is=_pairs(meetings.when_is),
            next_words=_set(meetings.next),
            meeting_words=meeting_words,
            bare_next=_phrases(meetings.bare_next),
            rhythm_words=_set(meetings.rhythm),
            every_words=_set(meetings.every),
            periods=_phrases(meetings.periods),
            weak_link_cues=_phrases(words.weak_link_cues),
            case_cues=_phrases(words.case_cues) | _phrases(words.group_case_cues),
            group_case_cues=_phrases(words.group_case_cues),
            level_counts=_set(words.level_counts),
            head_count=_set(words.head_count),
            people_counted=_set(words.people_counted),
            count_filler=_set(words.count_filler),
            which_tiltak=_set(tiltak.which),
            we_service=_set(tiltak.we),
            we_own=_set(tiltak.we_own),
            makers=_set(tiltak.makers),
            question_start=_set(tiltak.question_start),
            name_endings=tuple(dict.fromkeys(tokens(tiltak.name_endings))),
            all_tiltak=_set(other.all_tiltak),
            topic_after=_set(other.topic_after),
            what_start=_starts(other.what_start),
            relation=_set(other.relation),
            of_words=_set(other.of_words),
            owners=_set(other.owners),
            over_work=_set(other.over_work),
            coordinator_work=_set(other.coordinator_work),
            handled=_set(other.handled),
            sent=_set(other.sent),
            to_asker=_set(other.to_asker),
            same_words=_set(levels.same),
            same_question=_set(levels.same_question),
            same_again=_set(levels.same_again),
            only=_set(levels.only),
            name_words=_set(levels.names),
            all_levels=_set(levels.all_levels),
            kommuner_which=_set(facts.which),
            kommuner=_set(facts.kommuner),
            neighbours=_set(facts.neighbours),
            attend_words=_set(facts.attend),
            gather_words=meeting_words | _set(facts.gather),
            speak_words=_set(facts.speak),
            speaker_words=_set(facts.speaker),
            slt_itself=_set(facts.slt_itself),
            purpose=_set(facts.purpose),
            purpose_pairs=_pairs(facts.purpose_pairs),
            aimed=_set(facts.aimed),
            aimed_at=_set(facts.aimed_at),
            aimed_people=_set(facts.aimed_people),
            applies=_set(facts.applies),
            decide_words=_set(facts.decide),
            legal_duty=_set(facts.legal_duty),
            says=_set(facts.says),
            legal_pairs=_pairs(facts.legal_pairs),
            between=_set(facts.between),
            groups_whole=_set(facts.groups_whole),
            service_who=_set(services.who),
            in_service=_set(services.in_service),
            help_from=_set(services.help_from),
            from_service=_set(services.from_service),
            talk=_set(services.talk),
            talk_with=_set(services.talk_with),
            phone_words=_set(services.phone),
            cared_for=_set(services.cared_for),
            exists=_pairs(services.exists),
            whom=frozenset(terms(tokens(services.whom))),
            back=_set(services.back),
            service_work=_set(services.work),
            service_heads=tuple(sorted(_set(services.heads))),
            arrange=_set(services.arrange),
            service_where=_set(services.where),
            service_get=_set(services.get),
            service_can=_set(services.can),
            service_someone=_pairs(services.someone),
            service_anyone=_set(services.anyone),
            service_anyone_next=_set(services.anyone_next) | _set(services.subject),
            service_use=_set(services.use),
            service_subject=_set(services.subject),
            must_words=_set(told.must),
            told_words=_set(told.told),
            asking_words=_set(told.asking),
            asker=_starts(told.asker),
            in_plan=_pairs(told.in_plan),
            plan_names=_set(told.plan_names),
            no_one=_set(words.no_one),
            other_plans=_set(words.other_plans),
            law=_set(words.law),
            law_asked=_set(words.law_asked),
            penalty=_set(words.penalty),
            postpone=_set(words.postpone),
            wh_words=_set(words.wh_words),
            meaning_cues=_phrases(words.meaning_cues),
            postponed=_set(words.postponed),
            asks=AsksForm.of(words.asks),
            level_named={
                word: level
                for level, phrases in synonyms.items()
                for word in phrases
                if " " not in word
            },
        )

    def list_words(self) -> frozenset[str]:
        """Every word the form's lists hold as written (phrases and pairs word by word): the
        normaliser keeps them as typed. Not the suffixes, nor ``whom``'s stems."""
        words: set[str] = set()
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _NOT_WORDS or not isinstance(value, frozenset | tuple):
                continue
            for item in value:
                words.update(item.split() if isinstance(item, str) else item)
        return frozenset(w for w in words if w)


_NOT_WORDS = frozenset({"meeting_suffixes", "meeting_compound", "whom", "plan_against"})
"""Fields whose strings are word endings or stems, not words – and ``plan_against``, read on
a message already mended (topic_asked.py), as ``asks`` is (asks_form.py)."""


__all__ = ["QuestionForm"]
