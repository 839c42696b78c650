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
``danger.yaml``'s model and its reference checks are bot/knowledge/danger_file.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from bot.knowledge.command_vocabulary import CommandsFile
from bot.knowledge.danger_examples import DangerExamplesFile, check_examples
from bot.knowledge.danger_file import ComposeRule, DangerCategory, DangerFile, DecideRule
from bot.knowledge.danger_numbers import check_danger
from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.intent_examples import IntentExamplesFile, check_intent_examples
from bot.knowledge.lemma_forms import LemmaFormsFile, check_lemma_forms
from bot.knowledge.models import NationalDefaults
from bot.knowledge.provenance import Strict, Text, WordList
from bot.knowledge.signals import SignalsFile, check_signals
from bot.knowledge.synonyms import SynonymsFile, check_synonyms
from bot.knowledge.vocabulary import UnderstandingFile, check_understanding
from bot.text import fold

LANGUAGE_DIR = Path("language")
BUNDLED_LANGUAGE_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "language"
"""The language folder in the repository, used when a knowledge directory has none."""

Word = Annotated[str, Field(min_length=1, max_length=60)]


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
    finite: dict[Word, Word] = Field(
        default_factory=dict,
        description="an infinitive read as its present tense after a question word or an "
        "opening pronoun («hvem ha ansvar», «jeg jobbe i skole»)",
    )
    finite_after: str = Field(
        default="",
        description="the question words and «som» after which an infinitive is read so",
    )
    finite_first: str = Field(
        default="",
        description="the pronouns opening a message after which an infinitive is read so",
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

    def folded_finite(self) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
        """``finite`` folded, and the folded words after which (anywhere, or opening the
        message) an infinitive of it is read as its present tense."""
        return (
            {fold(form): fold(meaning) for form, meaning in self.finite.items()},
            frozenset(fold(self.finite_after).split()),
            frozenset(fold(self.finite_first).split()),
        )


class PrivacyFile(Strict):
    """``privacy.yaml``: the privacy guard's word lists (see bot/features/privacy/)."""

    version: Text
    calendar: WordList
    places: WordList
    services: WordList
    programmes: WordList
    tools: WordList
    languages: WordList
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
    fiction: WordList
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
