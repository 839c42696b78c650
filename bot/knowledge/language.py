"""Language as data: dialect forms, danger phrases and the privacy guard's word lists.

The words the bot listens for are knowledge, not code: a coordinator (or a developer adding a
dialect) edits ``knowledge/language/*.yaml`` and runs ``app.py validate``, which names the
file, field and line of every mistake, exactly as for a kommune's file.

Layout::

    language/dialect.yaml   nynorsk, dialect and chat forms → the bokmål word matched on
    language/danger.yaml    acute danger and disclosures, and the routine each goes to
    language/signals.yaml   danger scenes scored from combined signals (no phrase needed)
    language/privacy.yaml   the privacy guard's word lists (roles, services, terms …)
    language/names.yaml     common first names (a supporting signal for the privacy guard)
    language/understanding.yaml  cue phrases per intent, routine phrases, role words
    language/commands.yaml  how the coordinator's meeting commands are said
    language/synonyms.yaml  how staff say what the knowledge calls otherwise (retrieval)
    language/lemma_forms.yaml  inflections of the danger vocabulary (generated; optional)
    language/intent_examples.yaml  labelled questions for the intent net (generated; optional)

A knowledge directory without a ``language`` folder (a test fixture, a generated kommune set)
uses the folder shipped with the bot, so every bot has the same safety vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from bot.knowledge.danger_examples import DangerExamplesFile, check_examples
from bot.knowledge.danger_numbers import check_danger
from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.intent_examples import IntentExamplesFile, check_intent_examples
from bot.knowledge.lemma_forms import LemmaFormsFile, check_lemma_forms
from bot.knowledge.models import NationalDefaults
from bot.knowledge.provenance import Slug, Strict, Text, WordList
from bot.knowledge.signals import SignalsFile, check_signals
from bot.knowledge.synonyms import SynonymsFile, check_synonyms
from bot.knowledge.vocabulary import CommandsFile, UnderstandingFile, check_understanding
from bot.text import fold

LANGUAGE_DIR = Path("language")
BUNDLED_LANGUAGE_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "language"
"""The language folder in the repository, used when a knowledge directory has none."""

Word = Annotated[str, Field(min_length=1, max_length=60)]
_GROUP_REF = re.compile(r"@([a-z0-9_-]+)")


def words_of(spec: str) -> tuple[str, ...]:
    """The words of a space-separated list, as written."""
    return tuple(spec.split())


class DialectFile(Strict):
    """``dialect.yaml``: each form (as typed) and the bokmål word it is read as."""

    version: Text
    words: dict[Word, Word] = Field(min_length=1)
    phrases: dict[Text, Word] = Field(
        default_factory=dict,
        description="a form of two or more words read as one bokmål word («kva tid»: «når»)",
    )

    @field_validator("phrases")
    @classmethod
    def _phrase_to_word(cls, phrases: dict[str, str]) -> dict[str, str]:
        for form, meaning in phrases.items():
            if len(fold(form).split()) < 2 or len(fold(meaning).split()) != 1:
                raise ValueError(f"'{form}: {meaning}': two or more words read as one")
        return phrases

    def folded_phrases(self) -> dict[tuple[str, ...], str]:
        """Each phrase as folded words, its forms read as bokmål first («kva tid»: hva tid)."""
        words = self.folded()
        return {
            tuple(words.get(w, w) for w in fold(form).split()): fold(meaning)
            for form, meaning in self.phrases.items()
        }

    @field_validator("words")
    @classmethod
    def _one_word_each(cls, words: dict[str, str]) -> dict[str, str]:
        seen: dict[str, str] = {}
        for form, meaning in words.items():
            folded, target = fold(form), fold(meaning)
            if len(folded.split()) != 1 or len(target.split()) != 1:
                raise ValueError(f"'{form}: {meaning}': one word on each side")
            if folded == target:
                raise ValueError(f"'{form}' maps to itself")
            if folded in seen:
                raise ValueError(f"'{form}' is the same folded form as '{seen[folded]}'")
            seen[folded] = form
        return words

    def folded(self) -> dict[str, str]:
        return {fold(form): fold(meaning) for form, meaning in self.words.items()}


class DangerCategory(Strict):
    """One kind of danger or disclosure, the routine it goes to and the line shown first."""

    id: Slug
    kind: Literal["acute", "disclosure"]
    topic: Slug = Field(description="what kind of harm, e.g. vold_nare, akutt_medisinsk")
    routine: Slug
    call: tuple[Text, ...] = Field(min_length=1, description="numbers and services, in order")
    lead: Text = Field(description="the first line of the reply; names what to do now")
    beyond: Text | None = Field(
        None,
        description="said above the routine when it is this category's: what of this harm"
        " the routine does not cover (overgrep outside the home under a routine for home)",
    )
    phrases: tuple[Text, ...] = Field(min_length=1)
    needs: tuple[Text, ...] = Field(
        (), description="when given, one of these must be in the message too"
    )
    routine_needs: tuple[Slug, ...] = Field(
        (),
        description="groups: when given, the routine only with a word of one of them in the"
        " message; else the acute line alone («satt noe i halsen» is no rusbekymring)",
    )
    yields_to: tuple[Slug, ...] = Field(
        (),
        description="topics: when a category of one of them matched too, this finding is"
        " dropped – its words mean that harm there («sagt farvel» next to a forced marriage)",
    )
    displaces: tuple[Slug, ...] = Field(
        (),
        description="categories whose finding this one drops – the same words are this harm"
        " («en elev slo meg» is no child beaten) – unless a word of `displaces_unless` is there",
    )
    displaces_unless: tuple[Slug, ...] = Field(
        (), description="groups: with a word of one of them, `displaces` drops nothing"
    )


class ComposeRule(Strict):
    """A case read from concepts, not a phrase: every group in ``all`` has a word in one
    sentence, at most ``within`` words apart («faren … slår», «blåmerker … stefaren»)."""

    category: Slug = Field(description="the category (routine, lead, calls) a match goes to")
    all: tuple[Slug, ...] = Field(min_length=2, description="groups that must all be present")
    within: int = Field(8, ge=1, le=40, description="most words from the first to the last")
    unless: tuple[Slug, ...] = Field(
        (), description="groups that, anywhere in the message, leave the case to another rule"
    )
    unless_in: Literal["message", "sentence"] = Field(
        "message", description="where an `unless` word counts: anywhere, or in the match's sentence"
    )
    but: tuple[Slug, ...] = Field((), description="groups keeping the case despite `unless`")
    asks: tuple[Slug, ...] = Field(
        (),
        description="groups: a word of one of them up to two words before «om» makes what"
        " follows what is asked for («ber henne om bilder»), not what a talk is about",
    )
    child_acts: tuple[Slug, ...] = Field(
        (), description="groups: acts a child opening a clause does (its behaviour, no harm)"
    )
    child_acts_unless: tuple[Slug, ...] = Field(
        (), description="groups: whom a child's act right after it is still a case against"
    )


class DecideRule(Strict):
    """Who does the harm decides the routine: a finding of a category in ``over`` with a word
    of ``actor`` before a word of ``harm`` in one clause («kjæresten … skriker at han skal drepe
    henne») adds ``category``, which the precedence then ranks (bot/safety_decide.py)."""

    over: tuple[Slug, ...] = Field(min_length=1, description="categories this rule decides")
    actor: Slug = Field(description="group: who does the harm")
    harm: Slug = Field(description="group: the harm the actor does or says he will do")
    within: int = Field(10, ge=1, le=20, description="most words from the actor to the harm")
    besides: tuple[Slug, ...] = Field(
        (), description="groups: another person named between actor and harm is the actor"
    )
    category: Slug = Field(description="the category the finding then goes to")


class DangerFile(Strict):
    """``danger.yaml``; see the file's header for how phrases match."""

    version: Text
    gap: int = Field(3, ge=0, le=6, description="other words allowed between phrase words")
    groups: dict[Slug, WordList] = Field(default_factory=dict)
    topical: WordList
    clause: WordList = Field(description="words that start a new clause, ending a topic")
    cancel: tuple[Text, ...] = ()
    uncancel: dict[Slug, tuple[Slug, ...]] = Field(
        default_factory=dict,
        description="group: groups – an idiom holding a word of the first is none with a word of"
        " the others in the message («falt og slo hodet» … «kaster opp nå»)",
    )
    resolved: tuple[Text, ...] = Field(
        (), description="phrases saying a faint, a fall or a child missing is over («frisk igjen»)"
    )
    closed: tuple[Text, ...] = Field(
        (), description="phrases saying a case was dealt with and closed («saken er avsluttet»)"
    )
    general: tuple[Text, ...] = Field(
        (), description="phrases saying a question is asked in general, no case («spør generelt»)"
    )
    ordinary: str = Field(
        "", description="everyday words never read as a typo of a danger word («kalt» ≠ «kvalt»)"
    )
    joking: str = Field(
        "", description="words that mark a joke («haha», «lol»): no signal-read case, no routine"
    )
    categories: tuple[DangerCategory, ...] = Field(min_length=1)
    compose: tuple[ComposeRule, ...] = ()
    decide: tuple[DecideRule, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self) -> DangerFile:
        ids = [c.id for c in self.categories]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate category id(s): {', '.join(duplicates)}")
        defined: set[str] = set()
        for name, spec in self.groups.items():
            for ref in (w[1:] for w in spec.split() if w.startswith("@")):
                if ref not in defined:
                    raise ValueError(f"groups.{name}: '@{ref}' is not a group defined above it")
            defined.add(name)
        for index, rule in enumerate(self.compose):
            if rule.category not in ids:
                raise ValueError(f"compose[{index}].category: unknown category '{rule.category}'")
            extra = (*rule.but, *rule.child_acts, *rule.child_acts_unless)
            for name in (*rule.all, *rule.unless, *extra):
                if name not in self.groups:
                    known = ", ".join(sorted(self.groups))
                    raise ValueError(
                        f"compose[{index}].all: unknown group '{name}' (known: {known})"
                    )
        for index, decide in enumerate(self.decide):
            for ref in (*decide.over, decide.category):
                if ref not in ids:
                    raise ValueError(f"decide[{index}]: unknown category '{ref}'")
            for name in (decide.actor, decide.harm, *decide.besides):
                if name not in self.groups:
                    raise ValueError(f"decide[{index}]: unknown group '{name}'")
        for index, category in enumerate(self.categories):
            for name in (*category.routine_needs, *category.displaces_unless):
                if name not in self.groups:
                    raise ValueError(f"categories[{index}]: unknown group '{name}'")
            for ref in category.displaces:
                if ref not in ids:
                    raise ValueError(f"categories[{index}].displaces: unknown category '{ref}'")
            for field in ("phrases", "needs"):
                for p_index, phrase in enumerate(getattr(category, field)):
                    where = f"categories[{index}].{field}[{p_index}]"
                    for name in _GROUP_REF.findall(phrase):
                        if name not in self.groups:
                            known = ", ".join(sorted(self.groups))
                            raise ValueError(f"{where}: unknown group '@{name}' (known: {known})")
                    if not fold(phrase.replace("@", " ").replace("*", " ")):
                        raise ValueError(f"{where}: no words")
                    for word in phrase.replace("+", " ").split():
                        if word.endswith("*") and len(fold(word.rstrip("*"))) < 3:
                            raise ValueError(f"{where}: '{word}' – a prefix needs three letters")
        return self


class PrivacyFile(Strict):
    """``privacy.yaml``: the privacy guard's word lists (see bot/features/privacy/)."""

    version: Text
    calendar: WordList
    places: WordList
    services: WordList
    programmes: WordList
    tools: WordList
    roles: WordList
    staff_orgs: WordList
    sentence_words: WordList
    institution_nouns: WordList
    school_nouns: WordList
    school_names: WordList
    street_nouns: WordList
    family_nouns: WordList
    glue: WordList
    student_words: WordList
    locatives: WordList
    greetings: WordList
    pronouns: WordList
    numbered: WordList
    duration_words: WordList
    amount_units: WordList
    strong_terms: WordList
    topic_terms: WordList
    link_words: WordList
    topical_markers: WordList
    strong_phrases: tuple[Text, ...] = Field(min_length=1)


class NamesFile(Strict):
    """``names.yaml``: common first names, a supporting signal for the privacy guard."""

    version: Text
    source: Text
    first_names: WordList
    also_words: WordList = Field(description="names that are also everyday words")

    @model_validator(mode="after")
    def _also_words_are_names(self) -> NamesFile:
        names = {fold(n) for n in self.first_names.split()}
        stray = [w for w in self.also_words.split() if fold(w) not in names]
        if stray:
            raise ValueError(f"also_words not in first_names: {', '.join(stray)}")
        return self


@dataclass(frozen=True)
class Language:
    """Everything in a language folder, validated."""

    dialect: DialectFile
    danger: DangerFile
    privacy: PrivacyFile
    names: NamesFile
    understanding: UnderstandingFile
    commands: CommandsFile
    signals: SignalsFile
    synonyms: SynonymsFile
    danger_examples: DangerExamplesFile | None = None
    """The safety net's labelled examples (bot/safety_net.py); optional: no file, no net."""
    lemma_forms: LemmaFormsFile | None = None
    """Forms read by their lemma (bot/safety_lemmas.py); optional: no file, words as typed."""
    intent_examples: IntentExamplesFile | None = None
    """The intent net's labelled questions (bot/intent_net.py); optional: no file, no net."""

    @property
    def version(self) -> str:
        files = (
            self.dialect,
            self.danger,
            self.privacy,
            self.names,
            self.understanding,
            self.commands,
            self.signals,
            self.synonyms,
        )
        return "/".join(f.version for f in files)


_FILES: tuple[tuple[str, type[Strict]], ...] = (
    ("dialect", DialectFile),
    ("danger", DangerFile),
    ("privacy", PrivacyFile),
    ("names", NamesFile),
    ("understanding", UnderstandingFile),
    ("commands", CommandsFile),
    ("signals", SignalsFile),
    ("synonyms", SynonymsFile),
)


def language_dir(knowledge_dir: Path | None) -> Path:
    """The language folder of ``knowledge_dir``, or the bundled one when it has none."""
    if knowledge_dir is not None and (knowledge_dir / LANGUAGE_DIR).is_dir():
        return knowledge_dir / LANGUAGE_DIR
    return BUNDLED_LANGUAGE_DIR


def load_language(directory: Path, national: NationalDefaults | None = None) -> Language:
    """Load and check every language file, collecting all problems before raising."""
    from bot.knowledge.loader import validate_file  # the loader imports this module

    problems: list[Problem] = []
    loaded: dict[str, Strict] = {}
    for name, model in _FILES:
        path = directory / f"{name}.yaml"
        try:
            loaded[name] = validate_file(model, path)
        except KnowledgeError as exc:
            problems += exc.problems
    understanding = loaded.get("understanding")
    if isinstance(understanding, UnderstandingFile):
        problems += check_understanding(understanding, national, directory / "understanding.yaml")
    synonyms = loaded.get("synonyms")
    if isinstance(synonyms, SynonymsFile):
        problems += check_synonyms(synonyms, directory / "synonyms.yaml")
    # The generated files (scripts/*.py write them): optional, each checked beyond its schema.
    optional: tuple[tuple[str, type[Strict], Callable[[Any, Path], list[Problem]]], ...] = (
        ("danger_examples", DangerExamplesFile, lambda f, p: check_examples(f, national, p)),
        ("lemma_forms", LemmaFormsFile, check_lemma_forms),
        ("intent_examples", IntentExamplesFile, check_intent_examples),
    )
    for name, model, check in optional:
        path = directory / f"{name}.yaml"
        if path.is_file():
            try:
                loaded[name] = data = validate_file(model, path)
                problems += check(data, path)
            except KnowledgeError as exc:
                problems += exc.problems
    if problems:
        raise KnowledgeError(problems)
    language = Language(**loaded)  # type: ignore[arg-type]
    problems += _signal_problems(language, directory / "signals.yaml")
    if national is not None:
        problems += check_danger(language.danger, national, directory / "danger.yaml")
    if problems:
        raise KnowledgeError(problems)
    return language


@lru_cache(maxsize=1)
def bundled_language() -> Language:
    """The shipped language files, loaded once (for guards built without a knowledge base)."""
    return load_language(BUNDLED_LANGUAGE_DIR)


def _signal_problems(language: Language, path: Path) -> list[Problem]:
    """Every scene in signals.yaml goes to a category danger.yaml defines."""
    from bot.knowledge.loader import line_in_file

    categories = {c.id for c in language.danger.categories}
    return [
        Problem(path, f"scenes[{index}].category", message, line_in_file(path, ("scenes", index)))
        if index >= 0
        else Problem(path, "scene.acts", message, line_in_file(path, ("scene", "acts")))
        for index, message in check_signals(language.signals, categories)
    ]


__all__ = [
    "BUNDLED_LANGUAGE_DIR",
    "CommandsFile",
    "ComposeRule",
    "DangerCategory",
    "DangerFile",
    "DecideRule",
    "DialectFile",
    "Language",
    "NamesFile",
    "PrivacyFile",
    "UnderstandingFile",
    "bundled_language",
    "language_dir",
    "load_language",
    "words_of",
]
