"""The word lists the reader, the answers and the safety net read a question by are the
language file's, not Python's: each is read from understanding.yaml, and a broken entry is
refused with file, field and line (docs/architecture.md, «Language as data»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.features.organisation.errands import errand
from bot.features.organisation.roles_in import roles_asked
from bot.features.tiltak.grades import GradeWords, asked_grade, grades_named
from bot.knowledge.index import KnowledgeBase
from bot.safety_net import safety_net
from bot.understanding import Intent, Understanding
from bot.understanding.compared import compared_kommune
from bot.understanding.leaning import leaning
from bot.understanding.restated import restated
from bot.understanding.topic_framed import topic_framed
from tests.test_language_words import (
    _copy,
    _edit,
    assert_refused_with_file_field_and_line,
)


@pytest.mark.parametrize(
    ("old", "new", "field", "wrong"),
    [
        ("    - rolle i\n", "    - fast rolle i\n", "level_forms.seat_pairs[1]", "not two words"),
        (
            "  seat_verbs: sitter sit deltar deltek\n",
            "  seat_verbs:\n",
            "level_forms.seat_verbs",
            "string",
        ),
        ("    - kva niva\n", '    - "?"\n', "level_asked.which[2]", "has no words"),
        (
            "  yes_no: er horer tilhorer ligger hort sitter is\n",
            "  yes_no: [er, horer]\n",
            "level_asked.yes_no",
            "string",
        ),
        (
            "  leader_seat: leder\n",
            "  leader_seat: leder sjef\n",
            "role_grammar.leader_seat",
            "one word",
        ),
        (
            "  title_endings: leder sjef\n",
            "  title_endings: []\n",
            "role_grammar.title_endings",
            "string",
        ),
        (
            "  no_topic: trinn trinnet klasse klassen klasser skolen elever noe noko uten utan mot"
            " blant\n",
            "  no_topic: [trinn, trinnet]\n",
            "grades.no_topic",
            "string",
        ),
        (
            "  reflexive: seg selv sjolv sjol\n",
            '  reflexive: ""\n',
            "safety_net.reflexive",
            "1 character",
        ),
        ("  when: nar when\n", "  when:\n", "facets.when", "string"),
        ("    - nei vent\n", '    - "?"\n', "restated.strong[0]", "has no words"),
        (
            "  not_correcting: ikke ikkje at det om\n",
            "  not_correcting: [ikke, ikkje]\n",
            "restated.not_correcting",
            "string",
        ),
        ("      - hun med\n", "      - hun er med\n", "question_form.seats.pairs[5]", "two words"),
        ("      - nar blir\n", "      - nar\n", "question_form.meetings.when_is[1]", "two words"),
        (
            "    several_groups: eller noen noe hvilke hvilken alle gruppene\n",
            "    several_groups: [eller, noen]\n",
            "question_form.roles.several_groups",
            "string",
        ),
        (
            "    first_person: jeg meg mine\n",
            "    first_person:\n",
            "question_form.own_work.first_person",
            "string",
        ),
        (
            "      - slt planen\n",
            '      - "-"\n',
            "question_form.tiltak.plan_as_place[2]",
            "no words",
        ),
        (
            "    relation: vara sjef sjefen leder lederen overordnet overordna stedfortreder\n",
            "    relation: [vara, sjef]\n",
            "question_form.other_asked.relation",
            "string",
        ),
        ("    only: bare kun berre only\n", "    only:\n", "question_form.levels.only", "string"),
        (
            "    attend: deltar delta deltek stiller\n",
            "    attend:\n",
            "question_form.plan_facts.attend",
            "string",
        ),
        (
            "    phone: nummer nummeret telefon telefonen telefonnummer telefonnummeret tlf\n",
            "    phone:\n",
            "question_form.services.phone",
            "string",
        ),
        ("      - star i\n", "      - star\n", "question_form.told.in_plan[2]", "two words"),
        ("  no_one: ingen inga\n", "  no_one:\n", "question_form.no_one", "string"),
        (
            "    we_own: ansvar ansvarlig ansvarlige ansvaret star her jobber satt oppfort\n",
            "    we_own:\n",
            "question_form.tiltak.we_own",
            "string",
        ),
        ("    - grunnplanet\n", '    - "-"\n', "level_synonyms.utforende[11]", "no words"),
        ("  before: i pa for hos ved in of at\n", "  before:\n", "other_kommune.before", "string"),
        (
            "  level_counts: niva nivaer nivaene\n",
            "  level_counts:\n",
            "question_form.level_counts",
            "string",
        ),
        ("  know: vet veit kan\n", "  know:\n", "topic_framed.know", "string"),
        (
            "  about_openers: [hva med, kva med, enn med, what about]\n",
            "  about_openers: [hva med, kva, enn med, what about]\n",
            "leaning.about_openers[1]",
            "two words",
        ),
    ],
)
def test_a_broken_list_entry_is_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, wrong: str
) -> None:
    assert_refused_with_file_field_and_line(tmp_path, old, new, field, wrong)


def test_a_seat_verb_added_to_the_file_is_read(tmp_path: Path) -> None:
    """«Sitjer rektor i fagteamet?»: a seat verb added to ``level_forms`` reads the seat."""
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "  seat_verbs: sitter", "  seat_verbs: sitjer sitter")
    forms = Understanding(KnowledgeBase.load(directory)).lexicon.forms
    assert "sitjer" in forms.seat_verbs and ("med", "i") in forms.seat_pairs


def test_the_question_forms_words_are_the_files(tmp_path: Path) -> None:
    """«Sitjer eg med i fagteamet?»: the words rules.py reads a question's form by are
    ``question_form``'s, compiled once with the lexicon; a yes-no start added there makes
    a role question of «sitjer …», a tiltak word added there names a tiltak by number."""
    directory = _copy(tmp_path)
    understanding = Understanding(KnowledgeBase.load(directory))
    form = understanding.lexicon.form
    assert ("sitter",) in form.yes_no_start and ("sitjer",) not in form.yes_no_start
    assert "" in form.yes_no_cues and "jeg" in form.points_back and "trinn" in form.tiltak_signs
    assert form.meeting_suffixes == ("motene", "motet", "moter", "mote", "mota")
    assert understanding.understand("ordning 12", "valer").tiltak_number is None
    _edit(directory, "understanding.yaml", "    yes_no_start: er", "    yes_no_start: sitjer er")
    _edit(
        directory,
        "understanding.yaml",
        "    number_before: tiltak",
        "    number_before: ordning tiltak",
    )
    understanding = Understanding(KnowledgeBase.load(directory))
    assert ("sitjer",) in understanding.lexicon.form.yes_no_start
    assert understanding.understand("ordning 12", "valer").tiltak_number == "12"


def test_the_readers_words_are_the_files(tmp_path: Path) -> None:
    """The question readers' words (other_asked, level_same, facts_asked, service_asked, asks,
    tiltak_reading, the services' need words, routines' «ingen») are ``question_form``'s: a
    phone word added there makes «kva mobil har legevakta» ask the number."""
    directory = _copy(tmp_path)
    understanding = Understanding(KnowledgeBase.load(directory))
    said = understanding.lexicon.form
    assert "mote" in said.gather_words and "samles" in said.gather_words
    assert ("hva",) in said.what_start and ("del", "av") in said.in_plan
    assert "ungdom" in said.whom and "ingen" in said.no_one
    text = "kva mobil har legevakta"
    assert understanding.understand(text, "valer").said is said
    before = understanding.understand(text, "valer").intent
    assert before is Intent.UNKNOWN
    _edit(directory, "understanding.yaml", "    phone: nummer", "    phone: mobil nummer")
    understanding = Understanding(KnowledgeBase.load(directory))
    assert "mobil" in understanding.lexicon.form.phone_words
    after = understanding.understand(text, "valer").intent
    assert after is Intent.CONTACT_SERVICE


def test_a_level_synonym_added_to_the_file_names_the_level(tmp_path: Path) -> None:
    """The level synonyms are understanding.yaml's, built into every kommune's index when the
    knowledge loads: «mellomlaget» added under ``koordinerende`` names that level."""
    directory = _copy(tmp_path)
    kb = KnowledgeBase.load(directory)
    assert "mellomlaget" not in kb.kommuner["valer"].phrases
    assert kb.kommuner["valer"].phrases["grunnplanet"] == ("level", "utførende")
    _edit(
        directory,
        "understanding.yaml",
        "    - mellomnivaet\n",
        "    - mellomnivaet\n    - mellomlaget\n",
    )
    kb = KnowledgeBase.load(directory)
    assert kb.kommuner["valer"].phrases["mellomlaget"] == ("level", "koordinerende")
    q = Understanding(kb).understand("hva er mellomlaget", "valer")
    assert q.level is not None and q.level.value == "koordinerende"


def test_a_case_cue_reaches_the_answer_as_a_flag() -> None:
    """«hvordan melder jeg inn en sak til fagteamet»: the cue is one of ``case_cues``, so the
    answer may send the case to the coordinator without a word list of its own. Jevnaker's plan
    has the Fagteam (Våler's and Gjesdal's do not name one: session 30, facts32)."""
    kb = KnowledgeBase.load(Path("knowledge"))
    understanding = Understanding(kb)
    assert understanding.understand("hvordan melde inn sak til fagteamet", "jevnaker").brings_case
    assert not understanding.understand("hvem kaller inn til fagteamet", "jevnaker").brings_case


def test_the_role_grammar_reaches_the_answers_with_the_question(tmp_path: Path) -> None:
    """The seat answers read how a role's words hang together from the question's record,
    compiled once from ``role_grammar``: a title ending added there makes a title."""
    directory = _copy(tmp_path)
    _edit(
        directory,
        "understanding.yaml",
        "  title_endings: leder sjef",
        "  title_endings: leder sjef sjefen",
    )
    understanding = Understanding(KnowledgeBase.load(directory))
    grammar = understanding.lexicon.role_grammar
    assert grammar.title_endings == ("leder", "sjef", "sjefen")
    assert grammar.leader_seat == "leder" and "og" in grammar.joining_words
    q = understanding.understand("hvor sitter kommunalsjef oppvekst", "valer")
    assert q.role_grammar is grammar


def test_a_list_word_added_to_the_file_splits_the_roles(tmp_path: Path) -> None:
    """«er rektor samt helsesykepleier med i …»: with «samt» a list word, two roles."""
    directory = _copy(tmp_path)
    understanding = Understanding(KnowledgeBase.load(directory))
    text = "er rektor samt helsesykepleier med i slt-nettverket"
    assert roles_asked(understanding.understand(text, "valer")) == [[0, 1]]
    _edit(directory, "understanding.yaml", "  list_words: og eller", "  list_words: og eller samt")
    understanding = Understanding(KnowledgeBase.load(directory))
    assert roles_asked(understanding.understand(text, "valer")) == [[0], [1]]


def test_a_grade_word_added_to_the_file_names_a_grade(tmp_path: Path) -> None:
    """«tiltak for 8. årstrinn»: a grade word added to ``grades`` is read in the question
    (folded) and in a tiltak's text (as written)."""
    directory = _copy(tmp_path)
    words = ("tiltak", "for", "8", "arstrinn")
    grades = GradeWords.of(KnowledgeBase.load(directory).language.understanding.grades)
    assert asked_grade(words, grades) is None
    assert asked_grade(("for", "9", "klassetrinn"), grades) == 9
    _edit(
        directory,
        "understanding.yaml",
        "  words: trinn klasse\n",
        "  words: trinn klasse årstrinn\n",
    )
    grades = GradeWords.of(KnowledgeBase.load(directory).language.understanding.grades)
    assert asked_grade(words, grades) == 8
    assert grades_named("kurs for 8.–10. årstrinn", grades) == {8, 9, 10}
    assert grades_named("på 8., 9. og 10. årstrinn", grades) == {8, 9, 10}


def test_the_safety_net_reads_past_the_files_reflexive_words(tmp_path: Path) -> None:
    """«seg selv» is no term of the net's (issue 11): the words are the file's, folded once."""
    directory = _copy(tmp_path)
    old, new = "  reflexive: seg selv sjolv sjol\n", "  reflexive: seg selv sjølv\n"
    _edit(directory, "understanding.yaml", old, new)
    language = KnowledgeBase.load(directory).language
    net = safety_net(language.danger_examples, {}, language.understanding.safety_net)
    assert net is not None and net.reflexive == {"seg", "selv", "sjolv"}


def test_a_correction_marker_added_to_the_file_is_read(tmp_path: Path) -> None:
    """A marker a linguist adds to understanding.yaml ``restated`` corrects the question after
    a reload; the bundled file does not know it, so the first group named stays asked."""
    said = "hvem sitter i styringsgruppa, å nei, fagteamet"
    default = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    assert restated(default, said) == said
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "    - nei vent\n", "    - nei vent\n    - å nei\n")
    _edit(directory, "understanding.yaml", "  gate: >-\n    nei ", "  gate: >-\n    å nei ")
    assert restated(KnowledgeBase.load(directory), said) == "hvem sitter i fagteamet?"


def test_the_small_readers_words_added_to_the_file_are_read(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    """A word a linguist adds to understanding.yaml ``topic_framed``, ``leaning``, ``errands``
    or ``compared`` is read after a reload (words82); the bundled file does not know it."""
    framed = "hva kan jeg si til vergen om natteravnene?"
    follow_up = ("gjelder", "det", "ogsa", "for", "vedkommende")
    borrowed = ("hvor", "kan", "vi", "leige", "minibuss")
    asked = "hvor ofte møtes koordineringsgruppa? identisk i gjesdal?"
    assert topic_framed(kb, framed) is None
    assert not leaning(kb).leans_on_before(follow_up)
    assert not errand(kb, borrowed)
    assert compared_kommune(asked, kb, "valer") is None
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "    - pappa\n", "    - pappa\n    - vergen\n")
    _edit(directory, "understanding.yaml", "  pointers: >-\n", "  pointers: >-\n    vedkommende\n")
    _edit(directory, "understanding.yaml", "    booker order", "    booker leige order")
    for field in ("markers", "comparing"):  # a word of comparing, and one that marks it
        _edit(directory, "understanding.yaml", f"  {field}: >-\n", f"  {field}: >-\n    identisk\n")
    edited = KnowledgeBase.load(directory)
    assert topic_framed(edited, framed) == "Fortell om natteravnene?"
    assert leaning(edited).leans_on_before(follow_up)
    assert errand(edited, borrowed)
    found = compared_kommune(asked, edited, "valer")
    assert found is not None and (found.own, found.other) == ("valer", "gjesdal"), found
