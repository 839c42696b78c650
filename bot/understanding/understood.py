"""What the reader made of a question: the one record every answer reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.frozen_init import quick_init
from bot.knowledge.models import Level
from bot.knowledge.vocabulary import RoleGrammarWords
from bot.text import fold, tokens
from bot.understanding.group_lacked import Lacked
from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm


@dataclass(frozen=True)
class RoleGrammar:
    """How the words of a role hang together in a question, folded: ``role_grammar`` in
    understanding.yaml, compiled once with the lexicon. The answers that match a role to the
    plan's seats read it (bot/features/organisation/seat_match.py, roles_in.py)."""

    title_endings: tuple[str, ...] = ()
    """A role word that ends so is a title and takes the role after it («kommunalsjef helse»)."""
    leader_words: frozenset[str] = frozenset()
    """«leder barnevern»: a leader's seat in the role after it («Virksomhetsleder barnevern»)."""
    leader_seat: str = ""
    """How a leader's seat ends in the plans' member lists («Virksomhetsleder»)."""
    joining_words: frozenset[str] = frozenset()
    """Words that may stand between two words of one role («kommunalsjef oppvekst og kultur»,
    «virksomhetsleder for barnevernet»)."""
    list_words: frozenset[str] = frozenset()
    """Words that join two roles in a list («er rektor og NAV med i …»)."""

    @classmethod
    def of(cls, words: RoleGrammarWords) -> RoleGrammar:
        return cls(
            title_endings=tuple(dict.fromkeys(tokens(words.title_endings))),
            leader_words=frozenset(tokens(words.leader_words)),
            leader_seat=fold(words.leader_seat),
            joining_words=frozenset(tokens(words.joining_words)),
            list_words=frozenset(tokens(words.list_words)),
        )


@quick_init
@dataclass(frozen=True)
class Understood:
    """What a question asks, in terms the answers understand."""

    intent: Intent
    kommune_id: str | None
    kommune_named: bool = False
    group_id: str | None = None
    level: Level | None = None
    level_named: bool = False
    role_words: tuple[str, ...] = ()
    mentions_coordinator: bool = False
    cue: str = ""
    words: tuple[str, ...] = field(default=(), repr=False)
    rest: tuple[str, ...] = ()
    """Words no kommune, group or cue explained, minus stopwords: what a search looks for."""
    focus: tuple[str, ...] = ()
    """``rest`` in the question's own sentence when a scene or a remark stands beside it and
    the cue stands in it («Hva er nummeret til ambulanse? Vil ha det på plakaten»:
    «ambulanse»); else ()."""
    meant: tuple[str, ...] = ()
    """What synonyms.yaml read in beside ``rest`` («jobb» → «arbeid»): searched with it, never
    counted as a word asked (retrieval.KnowledgeSearch.search)."""
    number: str | None = None
    """A number in the question ("tiltak 18")."""
    routine: str | None = None
    """The routine the message is about (its id), when it is about one."""
    tiltak_number: str | None = None
    """The tiltak a number in the question names («tiltak 12»; not «8. trinn»)."""
    about: tuple[tuple[str, str], ...] = ()
    """What retrieval found the question is about, best first: (kind, key) pairs."""
    options: tuple[str, ...] = ()
    """Questions it may have meant, when two readings are close («Mente du …?»)."""
    margin: float | None = None
    """For an answer retrieval decided: how far its best object stands above the thresholds
    that let it answer (1.0 exactly at one; see understanding/confidence.py). Else None."""
    asks_holder: bool = False
    """Who holds the role, by name or own number («hvem er politikontakten vår»): no plan
    says; the honest answer gives the role's seats and how to reach the service instead."""
    detail: str = ""
    """A facet asked of a group or tiltak its fields do not hold («hvor», «når», «hvor mange»;
    understanding/facets.py): the honest answer names the object and says the plan is silent."""
    lacks: str = ""
    """A specific word of the question, folded, that the routine retrieval chose by a generic
    word alone does not hold (understanding/generic_match.py): no routine answers it."""
    group_lacked: Lacked | None = None
    """A group asked for by a name another kommune's plan gives and this one's does not («finnes
    det en operativ SLT-gruppe i Jevnaker?»; understanding/group_lacked.py)."""
    topic: tuple[str, ...] = ()
    """Whether the plan says something on these words is asked («står det noe om foreldre i
    planen?», understanding/topic_asked.py): what it says on them, or that it names none."""
    beyond: str = ""
    """What is asked is of a kind no knowledge holds («opinion»: «er SLT-modellen egentlig
    bra?», understanding/opinion.py): the honest reply says so, and the rescue leaves it."""
    asks_holidays: bool = False
    """The question names a school holiday («møtes de i skoleferien?»)."""
    level_of: bool = False
    """Which level the named group is on («er fagteamet det utøvende nivået?»); ``level`` is
    the level named, None for «hvilket nivå»."""
    role_label: str = field(default="", repr=False)
    """How to show the role asked about: the lexicon's spelling, never the folded input."""
    role_patterns: tuple[tuple[str, ...], ...] = field(default=(), repr=False)
    """Per role word, the member-role patterns it matches (its synonyms and its stem)."""
    role_labels: tuple[str, ...] = field(default=(), repr=False)
    """Per role word, its lexicon spelling: «er rektor og NAV med i …» answers each role."""
    role_grammar: RoleGrammar = field(default_factory=RoleGrammar, repr=False, compare=False)
    """The lexicon's words for how a role's words hang together (the same for every question)."""
    said: QuestionForm = field(default_factory=QuestionForm, repr=False, compare=False)
    """The lexicon's words for a question's form (understanding.yaml ``question_form``; the
    same for every question): answers that read the question's words read them by these."""
    brings_case: bool = field(default=False, repr=False)
    """The cue asks how a case is brought to a group («melde inn sak»; understanding.yaml
    ``question_form.case_cues``): where the coordinator calls the group in, to the coordinator."""
