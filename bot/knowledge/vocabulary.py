"""The reader's and the command grammar's words, as data: understanding.yaml, commands.yaml.

Why a file and not Python: cue phrases («hvem sitter», «når er neste»), the role words a
question may name and the words a meeting command is said with are what a coordinator or a
linguist extends when staff phrase things the bot has not seen. They are checked at load like
every other knowledge file, so ``app.py validate`` names the file, the field, the line and
what is wrong («cues.members[3]: 'hvem sitter' is listed twice»), and they are folded and
compiled once at start-up (bot/understanding/lexicon.py), never per message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from bot.knowledge import asked_words as asked
from bot.knowledge.errors import Problem
from bot.knowledge.form_words import QuestionFormWords
from bot.knowledge.models import NationalDefaults
from bot.knowledge.provenance import Strict, Text
from bot.knowledge.reader_words import ComparedWords, ErrandWords, LeaningWords, TopicFramedWords
from bot.knowledge.restated_words import RestatedWords
from bot.text import fold

Phrase = Annotated[str, Field(min_length=1, max_length=80)]
WordList = Annotated[str, Field(min_length=1, description="words separated by spaces")]


FACETS = (
    "time", "date", "weekday", "clock", "place", "age", "count", "duration", "money",
    "requirement",
)  # fmt: skip
"""The details of a tiltak or group a question may ask for (bot/understanding/facets.py)."""
Facet = Literal[
    "time", "date", "weekday", "clock", "place", "age", "count", "duration", "money",
    "requirement", "size",
]  # fmt: skip


class FacetWords(Strict):
    """``facets`` in understanding.yaml: how a question asks for one detail of a tiltak or a
    group («hvor foregår …», «hvilken dag», «hvor mange») — bot/understanding/facets.py."""

    named: dict[Facet, str] = Field(description="facet → words that name it wherever they stand")
    after_which: dict[Phrase, Facet] = Field(
        description="the word after «hvilken/hva» → the facet («dag» → weekday)"
    )
    after_how: dict[Phrase, Facet] = Field(
        description="the word after «hvor» → the facet («mange» → count)"
    )
    place_verbs: str = Field(description="«hvor er / skal / foregår …»: asks for a place")
    in_the_plan: str = Field(description="«hvor … i planen»: where in the plan, not a place")
    past: str = Field(description="a count of what has been («i fjor»): the plan keeps none")
    which: WordList = Field(description="«hvilken», «hva»: the facet is the word after it")
    how: WordList = Field(description="«hvor» (how): the facet is the word after it")
    where: WordList = Field(description="«hvor» (where): a place verb after it asks for a place")
    when: WordList = Field(description="«når»: as the question's first word, asks for a time")
    before_when: WordList = Field(description="«hei, når er …»: words «når» may follow")
    within: WordList = Field(description="«når på høsten»: a time within it is a date")
    before_now: WordList = Field(description="«når var forrige møte»: a time gone by")
    last_gone: WordList = Field(
        default="", description="«når var siste møte»: «siste» with these is a time gone by"
    )
    names_asked: WordList = Field(description="«hva heter rektor»: a holder's name asked")
    owner_asked: WordList = Field(description="«og hvem står for den»: the ansvar answers it")
    frist_asked: WordList = Field(description="«hvilken dato er fristen»: the frist answers it")
    members_before: WordList = Field(
        description="«hvem satt i politirådet i fjor»: a member list gone by"
    )
    members_now: WordList = Field(
        description="«hvem sitter der nå, har det endra seg siden forrige plan»: today's list"
    )
    personal: WordList = Field(
        default="", description="«er koordinatoren gift?»: the holder as a person, not the role"
    )
    stand_in: WordList = Field(
        default="", description="«hvem er stedfortreder for koordinatoren?»: who stands in"
    )


def _two_words(phrase: str) -> str:
    if len(fold(phrase).split()) != 2:
        raise ValueError(f"'{phrase}' is not two words («med i»)")
    return phrase


WordPair = Annotated[str, AfterValidator(_two_words)]


def _one_word(word: str) -> str:
    if len(fold(word).split()) != 1:
        raise ValueError(f"'{word}' is not one word")
    return word


Word = Annotated[str, AfterValidator(_one_word)]


def _has_words(phrase: str) -> str:
    if not fold(phrase):
        raise ValueError(f"'{phrase}' has no words")
    return phrase


Words = Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_has_words)]


class LevelAskedWords(Strict):
    """``level_asked`` in understanding.yaml: how a question asks a named group's level
    («er fagteamet det utøvende nivået?», «hvilket nivå er politirådet på?») —
    bot/understanding/level_asked.py."""

    yes_no: WordList = Field(description="a first word that asks whether it is the level named")
    which: tuple[Words, ...] = Field(min_length=1, description="phrases that ask which level")
    either: WordList = Field(description="two of these, «eller» between, ask which level")
    who: WordList = Field(description="a first word that asks who does a piece of work")
    not_doing: WordList = Field(
        description="after «hvilket nivå»: words that ask no work of a level («er», «har ansvar» "
        "is work), and words a level's duties and a question share without meaning",
    )


class LevelFormWords(Strict):
    """``level_forms`` in understanding.yaml: a seat or a group's duties read by the
    question's form, whatever a meeting-role cue said — bot/understanding/level_forms.py."""

    seat_pairs: tuple[WordPair, ...] = Field(
        min_length=1, description="two words side by side that ask for a seat («med i»)"
    )
    seat_verbs: WordList = Field(description="«sitter X i …»: a seat verb, with «i» after it")
    seat_in: WordList = Field(description="«i»: after a seat verb, the word that makes a seat")
    asks_who: WordList = Field(description="a first word that asks who: no seat question")
    reports: WordList = Field(description="work a group does besides meeting («rapporterer»)")
    may_ask: WordList = Field(description="«kan»: the first word of «may X use the group?»")
    uses: WordList = Field(description="«kan foreldre bruke …»: turning to a group")
    users: WordList = Field(description="who may turn to a group («foreldre», «ungdom»)")


class RoleGrammarWords(Strict):
    """``role_grammar`` in understanding.yaml: how the words of a role hang together in a
    question («kommunalsjef oppvekst», «leder barnevern», «rektor og NAV») —
    bot/features/organisation/seat_match.py and roles_in.py."""

    title_endings: WordList = Field(description="a role word ending so is a title («-sjef»)")
    leader_words: WordList = Field(description="«leder barnevern»: a leader's seat in a role")
    leader_seat: Word = Field(description="how a leader's seat ends in the plans («-leder»)")
    joining_words: WordList = Field(description="words between two words of one role («og»)")
    list_words: WordList = Field(description="words that join two roles in a list («og»)")
    service_titles: WordList = Field(
        description="a service's own adviser written as one word with it («Kulturrådgiver»)"
    )


class GradeWords(Strict):
    """``grades`` in understanding.yaml: a grade a question names («8. trinn») and the words
    beside it that name no topic — bot/features/tiltak/grades.py."""

    words: WordList = Field(description="after a number, a word starting so names a grade")
    no_topic: WordList = Field(description="words beside a grade that name no topic («skolen»)")
    joiners: str = Field(default="", description="words between grades in a list: «og»")
    whom: str = Field(default="", description="words for whom a tiltak is for: «ungdom»")
    stages: str = Field(
        default="",
        pattern=r"^\s*(?:[a-z]+:\d{1,2}-\d{1,2}\s*)*$",
        description="a school stage's folded stem and the grades it spans: «barneskol:1-7»",
    )


class SafetyNetWords(Strict):
    """``safety_net`` in understanding.yaml: words the nearest-example safety net never reads
    a message or an example by — bot/safety_net.py."""

    reflexive: WordList = Field(description="«seg selv»: no harm of its own, its verb is")
    folds: WordList = Field(
        default="",
        description="folded words that are two words: «lar» (lets) and «lår» (thigh) – typed "
        "with æøå, read apart from the same letters typed without",
    )
    greetings: str = Field(default="", description="«hei», «hallo»: an opening the net reads past")
    here: str = Field(
        default="", description="«her», «here»: ends a writer's introduction («Vikar her,»)"
    )
    i_am: str = Field(
        default="", description="«jeg+er», «i+am»: starts a writer's introduction («jeg er lærer,»)"
    )
    courtesy: str = Field(default="", description="«beklager», «takk»: read past before a question")
    telling: str = Field(default="", description="«jeg+jobber»: starts an introduction")
    joins: str = Field(default="", description="«og+lurer+pa»: joins an introduction to a question")


class RoutineAsideWords(Strict):
    """``routine_aside`` in understanding.yaml: a calm question about teaching material, a
    file or survey figures, not the routine its topic names — bot/features/routines/asked.py."""

    material: WordList = Field(description="teaching and material («dokumentar», «roman»)")
    events: str = Field("", description="a meeting or one's own writing («foreldremøte»)")
    files: WordList = Field(description="a file asked for («fila», «docx»): no routine")
    figures: WordList = Field(description="survey figures («ungdata», «andelen»): no routine")
    records: str = Field("", description="a case's papers («evaluering», «kopi»), folded")
    closed: str = Field("", description="a case over («avsluttet», «lukket»), folded")
    audience: str = Field("", description="«for», «til»: the young after it are an audience")
    about: str = Field("", description="«om»: after «<material> om» the young are its story's")
    rated: str = Field(
        "", description="content weighed for an audience («voldelig», «skummel» before «for»)"
    )
    authored: str = Field(
        "", description="«skrev», «laget»: the young right before it and material wrote it"
    )
    as_text: str = Field(
        "", description="a text asked about as a text («oppdiktet», «skrivekonkurranse»)"
    )
    own_story: str = Field("", description="the text is the writer's own story («selvopplevd»)")
    steps: tuple[Phrase, ...] = Field(
        min_length=1, description="asks what to do («hva gjør», «steg»): the routine after all"
    )
    general: tuple[Phrase, ...] = Field(
        (), description="a question in general («hvis», «ved mistanke», «ikke akutt»), folded"
    )
    conditions: str = Field("", description="«hvis», «når»: a condition, folded")
    suspect: tuple[Phrase, ...] = Field(
        (), description="one's own suspicion («jeg mistenker»): in general after a condition only"
    )
    told: str = Field("", description="a case told («eleven», «han», «i dag»): not in general")
    activities: str = Field(
        "", description="an outing or activity («paintball», «leirskole»): its consent, folded"
    )
    sharing: str = Field("", description="a case's information shared («dele», «drøfte»)")
    sport: str = Field("", description="a sport or a match («judo», «kampen»), folded")
    won: str = Field("", description="its result or a cheer («vant», «sølv»), folded")


class IntentNetWords(Strict):
    """``intent_net`` in understanding.yaml: the question words that say what kind of answer
    is asked — bot/intent_net.py doubts an answer only by examples asked the same way."""

    asks: dict[str, WordList] = Field(
        default_factory=dict,
        description="kind of answer asked (who, when, how) → its question words, folded",
    )
    joins: str = Field(
        default="",
        description="words that may open a clause before its question word («og når?»), folded",
    )
    which: str = Field(default="", description="«hvilke», «kva»: a noun after it says the kind")
    which_between: str = Field(default="", description="«kva for», «hva slags»: may follow it")
    nouns: dict[str, WordList] = Field(
        default_factory=dict, description="kind of answer asked → the nouns that ask for it"
    )
    english: dict[str, str] = Field(
        default_factory=dict,
        description="an English question form, folded → its bokmål form, read so by the net",
    )


class OtherKommuneWords(Strict):
    """``other_kommune`` in understanding.yaml: the words around a kommune's name that make it
    the kommune asked about — bot/features/organisation/other_kommune.py."""

    before: WordList = Field(description="a place stands after these («i», «på», «hos»)")
    after: WordList = Field(description="after a name, these make it the kommune asked about")
    we: WordList = Field(description="«vi», «oss»: the asker's own kommune, a comparison")
    plan_words: WordList = Field(description="word starts that ask for a plan or SLT work")


LevelPhrases = Annotated[tuple[Words, ...], Field(min_length=1)]


class LevelSynonymWords(Strict):
    """``level_synonyms`` in understanding.yaml: what staff call each level anywhere in the
    country («politirådet», «mellomnivået», «grunnplanet») — every kommune's index."""

    styrende: LevelPhrases
    koordinerende: LevelPhrases
    utforende: LevelPhrases = Field(description="the utførende level")
    other_nouns: WordList | None = Field(
        default=None,
        description="nouns after a level's name that make it another thing: «koordinerende enhet»",
    )


class UnderstandingFile(Strict):
    """``understanding.yaml``: cue phrases per intent, routine phrases and role words."""

    version: Text
    cues: dict[str, tuple[Phrase, ...]] = Field(
        min_length=1, description="intent → cue phrases; intents in priority order"
    )
    routines: dict[Phrase, Phrase] = Field(min_length=1, description="phrase → routine id")
    offences: dict[Phrase, Phrase] = Field(
        default_factory=dict,
        description="an offence → routine id; read as `routines`, not asked who",
    )
    roles: dict[Phrase, Phrase] = Field(min_length=1, description="role word → how shown")
    role_synonyms: dict[Phrase, tuple[Phrase, ...]] = Field(default_factory=dict)
    stopwords: WordList
    role_filler: WordList
    filler: WordList
    place_filler: WordList
    who_words: WordList
    cue_modifiers: WordList
    goal_words: WordList
    unanswered: str = Field(
        "", description="facets no knowledge file holds (cost, pay, grants): «vet ikke»"
    )
    countable: dict[Phrase, str] = Field(default_factory=dict, description="noun → intent")
    contact_forms: tuple[Phrase, ...] = Field(
        (), description="contact_service cues that ask who to reach, not a routine's steps"
    )
    routine_asks: tuple[Phrase, ...] = Field(
        (), description="phrases that ask what to do: a routine's topic word with one is asked"
    )
    case_words: str = Field(
        "", description="words of a worry («bekymret», «mistenker»): a case, not a topic"
    )
    phrasal_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="verb forms → particles that make them harmless («slår av»): not searched",
    )
    figure_verbs: dict[str, str] = Field(
        default_factory=dict,
        description="verb forms → the word(s) right after them that make a figure of speech"
        " («slo rekord»): no routine's trigger",
    )
    someone_words: str = Field(
        "", description="words for a person («han», «noen», «mannen»): a message about someone"
    )
    service_asked: dict[str, str] = Field(
        default_factory=dict, description="a named service's link or hours asked: how to reach it"
    )
    other_meetings: dict[str, str] = Field(
        default_factory=dict, description="bodies and events whose meetings are no SLT group's"
    )
    described_by: tuple[Phrase, ...] = Field(
        (), description="phrases that describe a group by its work («gruppa som», «de som»)"
    )
    described_filler: str = Field(
        "", description="words of a group's description that do not say which group"
    )
    function_words: str = Field(
        "", description="common function words as written: checked against the knowledge's terms"
    )
    generic_topic: str = Field(
        "", description="topic words too general to say alone which object is asked"
    )
    holiday_words: str = Field(
        "", description="words for a school holiday («skoleferien», «jul»): asks about breaks"
    )
    facets: FacetWords | None = Field(
        None, description="how a question asks for a detail of a tiltak or group"
    )
    opinion_asked: asked.OpinionWords | None = Field(
        None, description="«er SLT-modellen egentlig bra?»: a judgment asked, which no plan holds"
    )
    translation_asked: asked.TranslationWords | None = Field(
        None, description="«what does «hastemøte» mean in English?»: a translation asked"
    )
    asked_beyond: asked.BeyondWords = Field(description="asked of an object beyond its answer")
    small_talk: asked.SmallTalkWords | None = Field(None, description="small talk: no question")
    offers_listed: asked.OffersListedWords | None = Field(
        None, description="«hvilke hjelpetilbud kan jeg nevne …»: the help offers as a list"
    )
    told_only: asked.ToldWords | None = Field(
        None, description="«Referat fagteam: …»: a notice that asks nothing, read as no question"
    )
    group_lacked: asked.GroupLackedWords | None = Field(
        None, description="«finnes det en operativ SLT-gruppe hos oss?»: a group asked for by name"
    )
    role_grammar: RoleGrammarWords = Field(description="how the words of a role hang together")
    safety_net: SafetyNetWords = Field(description="words the safety net never reads by")
    intent_net: IntentNetWords = Field(
        default_factory=IntentNetWords, description="question words the intent net reads by"
    )
    routine_aside: RoutineAsideWords | None = Field(
        None, description="calm questions about material, a file or figures: no routine"
    )
    grades: GradeWords = Field(description="a grade a question names («8. trinn»)")
    level_asked: LevelAskedWords = Field(description="how a question asks a group's level")
    level_forms: LevelFormWords = Field(
        description="a seat or a group's duties read by the question's form"
    )
    level_synonyms: LevelSynonymWords = Field(description="what staff call each level")
    other_kommune: OtherKommuneWords = Field(
        description="the words that make a kommune's name the kommune asked about"
    )
    question_form: QuestionFormWords = Field(
        description="what a question's form says besides its cue (rules.py)"
    )
    restated: RestatedWords = Field(
        description="a correction, a claim to check, a page: a message's shape (restated.py)"
    )
    topic_framed: TopicFramedWords = Field(description="«hva kan jeg si til foreldrene om X»")
    leaning: LeaningWords = Field(description="a bare follow-up, or buying: nothing held asked")
    errands: ErrandWords = Field(description="«hvor låner vi …»: an errand asks no service")
    compared: ComparedWords = Field(description="«… gjør de det likt i Gjesdal?»: compared")


def check_understanding(
    words: UnderstandingFile, national: NationalDefaults | None, path: Path
) -> list[Problem]:
    """Every intent named once and known, no phrase twice, routines that exist.

    Checked after the model validated, so a problem can name the exact entry and line.
    """
    from bot.knowledge.loader import format_loc, line_in_file
    from bot.understanding.intents import ANSWERED  # the reader imports knowledge

    problems: list[tuple[tuple[int | str, ...], str]] = []
    known = ", ".join(i.value for i in ANSWERED)
    names = {i.value for i in ANSWERED}
    for intent, cues in words.cues.items():
        if intent not in names:
            problems.append((("cues", intent), f"unknown intent '{intent}' (known: {known})"))
        seen: set[str] = set()
        for index, cue in enumerate(cues):
            folded = fold(cue)
            if not folded:
                problems.append((("cues", intent, index), f"'{cue}' has no words"))
            elif folded in seen:
                problems.append((("cues", intent, index), f"'{cue}' is listed twice"))
            seen.add(folded)
    missing = sorted(names - set(words.cues))
    if missing:
        problems.append((("cues",), f"missing intent(s): {', '.join(missing)}"))
    for noun, intent in words.countable.items():
        if intent not in names:
            problems.append((("countable", noun), f"unknown intent '{intent}' (known: {known})"))
    contact_cues = {fold(c) for c in words.cues.get("contact_service", ())}
    for index, form in enumerate(words.contact_forms):
        if fold(form) not in contact_cues:
            message = f"'{form}' is not a cue of contact_service"
            problems.append((("contact_forms", index), message))
    if national is not None:
        routines = {r.id for r in national.routines}
        for phrase, routine in (words.routines | words.offences).items():
            if routine not in routines:
                listed = ", ".join(sorted(routines))
                message = f"unknown routine '{routine}' (known: {listed})"
                problems.append((("routines", phrase), message))
    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


__all__ = ["UnderstandingFile", "check_understanding"]
