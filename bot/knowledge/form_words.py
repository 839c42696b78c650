"""The words a question's form is read by, as data: ``question_form`` in understanding.yaml.

Why data: «er … med i», «hvilke tiltak er vi ansvarlige for», «tiltak 12» are read by small
word classes next to a rule (bot/understanding/rules.py). The rules are code; which words
make the form is language a linguist extends («sitjer», «kva for»), checked at load with file,
field and line like the rest of the language file.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from bot.knowledge.provenance import Strict
from bot.text import fold

WordList = Annotated[str, Field(min_length=1, description="words separated by spaces")]


def _has_words(phrase: str) -> str:
    if not fold(phrase):
        raise ValueError(f"'{phrase}' has no words")
    return phrase


Words = Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_has_words)]


def _two_words(phrase: str) -> str:
    if len(fold(phrase).split()) != 2:
        raise ValueError(f"'{phrase}' is not two words («med i»)")
    return phrase


WordPair = Annotated[str, AfterValidator(_two_words)]
Phrases = Annotated[tuple[Words, ...], Field(min_length=1)]
Pairs = Annotated[tuple[WordPair, ...], Field(min_length=1)]


class RoleFormWords(Strict):
    """``question_form.roles``: whether and where a role sits, asked by the question's form."""

    yes_no_start: WordList = Field(description="a first word that asks whether a role is in X")
    yes_no_cues: Phrases = Field(description="role cues that, with one group, ask whether")
    several_groups: WordList = Field(description="words that make it about several groups")
    weak_cues: Phrases = Field(description="role cues that are ordinary words without a role")
    points_back: WordList = Field(description="after «hvor er», a word for a role named before")
    which: WordList = Field(description="«hvilken»: the group phrase after it is asked")
    seat_nouns: WordList = Field(description="«i hvor mange grupper sitter X»: seats counted")
    stand_in: Phrases = Field(description="«kan vi sende noen andre»: who may take the seat")


class SeatFormWords(Strict):
    """``question_form.seats``: the asker's own seat («er jeg med i …», «hører til»)."""

    verbs: WordList = Field(description="«hører til»: a seat asked")
    pronouns: WordList = Field(description="«er hun med i …»: besides the first person")
    pairs: Pairs = Field(description="two words side by side that ask one's seat («jeg i»)")
    role_nouns: WordList = Field(description="«hva er min rolle»: a role asked")
    my: WordList = Field(description="«min», «mitt»: with a role noun, the asker's seat")


class OwnWorkWords(Strict):
    """``question_form.own_work``: the asker's own tiltak («hvilke tiltak er jeg ansvarlig for»)."""

    first_person: WordList = Field(description="«jeg», «meg»: the asker")
    words: WordList = Field(description="in the first person, these ask for one's own tiltak")
    english_self: WordList = Field(description="«my deadlines», «am I responsible»")
    we: WordList = Field(description="«vi», «me»: the writer's service beside an ansvar word")
    ansvar: WordList = Field(description="ansvar words that make «vi» the owner")
    what: WordList = Field(description="«hvilke»: with «vi» and ansvar, a list asked")
    who: WordList = Field(description="«hvem»: people asked, not one's own tiltak")
    in_plan: WordList = Field(
        description="«X her, har vi noe i planen?»: beside «vi», the service and the plan, "
        "words that ask only whether the service is in it"
    )


class TiltakFormWords(Strict):
    """``question_form.tiltak``: a tiltak named by number, tiltak asked for, the plan as place."""

    number_before: WordList = Field(description="«tiltak 12»: the number names a tiltak")
    number_maybe: WordList = Field(description="«nr 9»: a tiltak when the plan is named too")
    number_words: dict[str, int] = Field(
        default_factory=dict, description="«fire»: a number dictated as a word, folded"
    )
    plan_words: WordList = Field(description="words that name the plan («handlingsdelen»)")
    plan_as_place: Phrases = Field(description="plan cues that may only say where to look")
    words: WordList = Field(description="words that ask for tiltak")
    signs: WordList = Field(description="besides those, words that say tiltak («trinn»)")
    tasks: WordList = Field(description="besides those, tasks asked («tasks»)")
    owns: WordList = Field(description="«står som ansvarlig»: whose tiltak")
    which: WordList = Field(description="«kva tiltak …»: with a tiltak word after, tiltak asked")
    we: WordList = Field(description="«vi», «vår»: the writer's service beside `we_own`")
    we_own: WordList = Field(description="«står vi ansvarlig», «jobber på»: whose tiltak")
    makers: WordList = Field(
        default="", description="«hvem skal lage rutinen»: the making of a tiltak's product"
    )
    question_start: WordList = Field(description="a quoted name starting so is no tiltak name")
    name_endings: WordList = Field(
        default="", description="«natteravnene»: endings a one-word tiltak name is said with"
    )
    offer_forms: Phrases = Field(
        default=(), description="«har vi noe», «hva gjør slt for»: an offer on a topic asked"
    )
    plan_does: Phrases = Field(
        default=(), description="«hva gjør planen med …»: its tiltak, past a routine ranked first"
    )
    group_plan: Phrases = Field(
        default=(), description="«hva er planen med <gruppe>»: the tiltak that sets it up"
    )
    claim_forms: Phrases = Field(
        default=(), description="«stemmer det at …»: whether the plan does a thing, as a claim"
    )
    plan_against: Phrases = Field(
        default=(), description="«har vi en plan mot …»: whether a plan for a topic exists"
    )


class MeetingFormWords(Strict):
    """``question_form.meetings``: a group's next meeting asked by the question's form."""

    suffixes: WordList = Field(description="compound endings split off a group name, longest first")
    compound_endings: WordList = Field(description="«fellesmøtet»: a meeting named as a compound")
    when_is: Pairs = Field(description="«når er X»: an event's date asked without «møte»")
    next: WordList = Field(description="«når», «neste», «igjen»: a next meeting asked")
    words: WordList = Field(description="words for a meeting")
    rhythm: WordList = Field(description="«politirådet møter?»: a group's cadence asked")
    every: WordList = Field(description="«fagteam hver 6. uke?»: a cadence said, to be checked")
    periods: Phrases = Field(description="«fire møter i året?»: with `rhythm`, a cadence said")
    bare_next: Phrases = Field(
        default=(), description="«neste gang»: a next-meeting cue that alone asks no date"
    )


class OtherAskedWords(Strict):
    """``question_form.other_asked``: the cue's object named, something else asked of it."""

    all_tiltak: WordList = Field(description="«tiltakene»: the plan's tiltak as a whole")
    topic_after: WordList = Field(description="«tiltakene mot …»: a topic follows")
    what_start: WordList = Field(description="a first word that asks a thing, no person")
    relation: WordList = Field(description="«vara», «sjefen»: someone beside or above a person")
    of_words: WordList = Field(description="«sjefen til …»: whose relation")
    owners: WordList = Field(description="«koordinatoren sin sjef»: whose relation")
    over_work: WordList = Field(description="«hvem bestemmer over …»: who decides over the work")
    coordinator_work: WordList = Field(
        description="«koordinatorens faglige virksomhet»: a group's duty over the coordinator"
    )
    handled: WordList = Field(description="«lagre referatet»: the document handled, no person")
    sent: WordList = Field(description="«sende meg referatet»: a document sent to the asker")
    to_asker: WordList = Field(description="«meg», «oss» after a `sent` word")


class LevelSameWords(Strict):
    """``question_form.levels``: two levels asked as one, a level's name, «bare X»."""

    same: WordList = Field(description="«det samme»: two levels compared")
    same_question: WordList = Field(description="«samme spørsmål for …»: asked again, no compare")
    same_again: WordList = Field(description="«samme for …» first: asked again, no compare")
    only: WordList = Field(description="«er det bare X som …»: whether the roles are all")
    names: WordList = Field(description="«hva heter det hos oss»: a level's name here")
    all_levels: WordList = Field(description="«hva gjør nivåene»: the levels as a whole")


class PlanFactWords(Strict):
    """``question_form.plan_facts``: a plan note or fact, not a cue's reading, is asked."""

    which: WordList = Field(description="«hvilke kommuner …»: which")
    kommuner: WordList = Field(description="«kommuner»: shared with which kommuner")
    neighbours: WordList = Field(description="«nabokommunene»: the other kommuner, one word")
    attend: WordList = Field(description="«deltar fagteamet på den»: a group's part in something")
    gather: WordList = Field(description="besides the meeting words, words of meeting")
    speak: WordList = Field(description="«snakke om»: someone asked to speak on a topic")
    speaker: WordList = Field(description="«hvem», «noen»: who is asked to speak, before it")
    speaker_wanted: WordList = Field(description="«invitere», «leie»: a speaker asked for")
    speaker_pairs: Pairs = Field(description="«hvem kan», «noen som»: a speaker wanted")
    slt_itself: WordList = Field(description="«slt», «kommunen»: the SLT work itself asked")
    purpose: WordList = Field(description="«hensikten», «oppnå»: what SLT is for")
    purpose_pairs: Pairs = Field(description="«føre til»: what SLT is for, in two words")
    aimed: WordList = Field(description="«retta mot»: whom SLT is aimed at (the verb)")
    aimed_at: WordList = Field(description="«mot»: the word after the verb")
    aimed_people: WordList = Field(description="«foreldre»: people SLT may be for")
    applies: WordList = Field(description="«gjelder slt foreldre òg»: whom it applies to")
    legal_duty: WordList = Field(description="«lovpålagt»: whether a law demands SLT")
    says: WordList = Field(default="", description="«hva sier ungdata»: what a source says")
    legal_pairs: Pairs = Field(description="«ved lov»: whether a law demands SLT, two words")
    decide: WordList = Field(description="«bestemme», «godkjenner»: who decides over a thing")
    between: WordList = Field(description="«mellom»: who ties groups together")
    groups_whole: WordList = Field(description="«gruppene»: the groups asked as a whole")


class ServiceAskedWords(Strict):
    """``question_form.services``: a service's people, its number, whom a need is about."""

    who: WordList = Field(description="«hvem i NAV …»: people of a service")
    in_service: WordList = Field(description="«i», «på»: after the who-word, a service")
    help_from: WordList = Field(description="«hjelp fra konfliktrådet»: help asked")
    from_service: WordList = Field(description="«fra», «hos»: after a help word, a service")
    talk: WordList = Field(description="«snakke med barnevernet»: a talk with someone wished")
    talk_with: WordList = Field(description="«med»: after a talk word, a service")
    phone: WordList = Field(description="«nummer», «telefon»: a number asked")
    cared_for: WordList = Field(description="«koordinator for en familie»: someone cared for")
    exists: Pairs = Field(description="«finnes det», «har vi» first: whether a service is there")
    whom: WordList = Field(description="whom a need question is about, and that it asks help")
    work: WordList = Field(description="«hvem jobber med …»: after a who-word, a service's work")
    back: WordList = Field(description="«dem», «henne»: someone named before")
    heads: WordList = Field(description="«tjenesten», «PPT»: a role's word that names a service")
    arrange: WordList = Field(description="«avtaler»: something arranged, with a person")
    where: WordList = Field(description="«hvor kan en ungdom få …»: where-words")
    get: WordList = Field(description="«få», «får»: someone gets what a service gives")
    can: WordList = Field(description="«hvem kan mekle»: between the who-word and the work")
    someone: Pairs = Field(description="«noen som»: someone asked for by what they can do")
    anyone: WordList = Field(description="«noen»: someone asked for, before what they can do")
    anyone_next: WordList = Field(description="«utenfor», «vi»: after «noen», it is someone")
    use: WordList = Field(description="«bruke», «kontakte»: a service turned to")
    subject: WordList = Field(description="«vi», «hun»: who turns to a service, after «kan»")


class ToldWords(Strict):
    """``question_form.told``: whether someone must be told, whether a thing is in the plan."""

    must: WordList = Field(description="«trenger», «må»: a need")
    told: WordList = Field(description="«vite», «varsles»: being told")
    asking: WordList = Field(description="a question word: a question of its own")
    asker: WordList = Field(description="«jeg må vite …»: the asker's own need")
    in_plan: Pairs = Field(description="«del av», «med i»: in the plan named after")
    plan_names: WordList = Field(description="«planen», «sltplanen»: the plan")


class AsksWords(Strict):
    """``question_form.asks``: forms that send a message to the numbers, «vet ikke» or the
    routine (bot/understanding/asks.py)."""

    call_start: WordList = Field(description="«hvem», «hvor»: a first word before a call verb")
    call_verbs: WordList = Field(description="«ringe»: whom to call")
    tasks: WordList = Field(description="«skriv», «bestill»: a task the bot does not do")
    asked_of_you: Pairs = Field(description="«kan du»: before a task verb")
    have_we: Pairs = Field(description="«har vi … i planen»: one named thing in the plan")
    some: WordList = Field(description="«noe», «tiltak»: a topic asked, not one thing")
    routine_word: WordList = Field(description="«rutine»: a routine named (a beginning)")
    routine_nouns: WordList = Field(
        description="«rutine», «prosedyr»: the routine asked for by a which-word (beginnings)"
    )
    routine_which: WordList = Field(description="«hva», «hvilken»: before a routine noun")
    logged: WordList = Field(description="«loggf»: measures logged (a beginning)")
    plan_words: WordList = Field(description="«plan», «slt»: the plan named (beginnings)")
    taken_back: Pairs = Field(description="«nei tuller»: the question taken back")
    private: WordList = Field(description="«privat»: a private number (a beginning)")
    reach: WordList = Field(description="«telefon», «adresse»: how to reach (inside a word)")
    follow_up: WordList = Field(description="«samme»: a bare follow-up")
    carried: WordList = Field(description="«for», «i»: after «samme», a follow-up")
    as_before: WordList = Field(description="«sist», «i går»: after «samme som», back in time")
    opening: WordList = Field(description="«det», «og»: before a follow-up's «samme»")
    anonymous: Phrases = Field(description="«anonym», «uten å»: a line called without a name")
    body_of: WordList = Field(description="«i», «til»: the word before a body named")
    not_a_body: WordList = Field(description="«slt», «kommunen», «neste»: no body named")
    meeting_words: WordList = Field(description="«møt», «grupp»: a meeting's word (beginnings)")
    meeting_ends: WordList = Field(description="«møtet»: a meeting compound's ending")


class QuestionFormWords(Strict):
    """``question_form`` in understanding.yaml: what a question's form says besides its cue
    — bot/understanding/rules.py."""

    roles: RoleFormWords
    seats: SeatFormWords
    own_work: OwnWorkWords
    tiltak: TiltakFormWords
    meetings: MeetingFormWords
    other_asked: OtherAskedWords
    levels: LevelSameWords
    plan_facts: PlanFactWords
    services: ServiceAskedWords
    told: ToldWords
    asks: AsksWords
    no_one: WordList = Field(description="«ingen konkret elev»: a young person denied")
    other_plans: WordList = Field(description="a kommune's note naming plans it follows")
    wh_words: WordList = Field(description="«… – hvem har ansvaret?»: no command")
    postpone: WordList = Field(description="«utsett»: a bare verb, a frist or a meeting?")
    postponed: WordList = Field(description="«utsett fristen»: what a bare «utsett» may name")
    law: WordList = Field(description="«straffen», «loven»: a question about the law, no case")
    penalty: WordList = Field(description="«straffen», «straffbart»: a penalty asked, no case")
    law_asked: WordList = Field(description="«er det lov å …»: the law asked of an act")
    weak_link_cues: Phrases = Field(description="link cues that are ordinary words alone")
    case_cues: Phrases = Field(description="innkaller cues that bring a case to a group")
    group_case_cues: Phrases = Field(
        default=(), description="case cues read only beside a group named: «bekymring til»"
    )
    level_counts: WordList = Field(description="«hvor mange nivåer»: levels counted")
    head_count: WordList = Field(default="", description="«hvor mange skal være med»: people")
    people_counted: WordList = Field(default="", description="«20 utvalgte»: people counted")
    count_filler: WordList = Field(default="", description="«være», «finnes»: no word asked")
    meaning_cues: Phrases = Field(description="«hva menes med …»: what a word means")


__all__ = ["QuestionFormWords"]
