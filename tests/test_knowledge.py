"""Loading knowledge, and the precise errors a coordinator gets for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.loader import load_directory, load_kommune
from bot.knowledge.models import Level
from bot.knowledge.unique_keys import LOADER, build_document
from bot.people import load_people
from tests.auxil.service import run_app, validate_bundled
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "testvik.yaml"


def broken_copy(tmp_path: Path, edit: str, find: str | None = None) -> Path:
    """testvik.yaml with one line replaced (``find`` → ``edit``) or text appended."""
    text = FIXTURE.read_text(encoding="utf-8")
    if find is not None:
        assert find in text, f"fixture does not contain {find!r}"
        text = text.replace(find, edit, 1)
    else:
        text += edit
    path = tmp_path / "testvik.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problem_of(path: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_kommune(path)
    return str(caught.value)


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


# --- the bundled knowledge ---------------------------------------------------------------


def test_the_three_kommuner_load_with_three_levels_each(kb: KnowledgeBase) -> None:
    assert sorted(kb.kommuner) == ["gjesdal", "jevnaker", "valer"]
    for index in kb.kommuner.values():
        assert set(index.primary_by_level) == set(Level)


def test_every_fact_names_a_declared_source(kb: KnowledgeBase) -> None:
    for index in kb.kommuner.values():
        k = index.kommune
        for group in k.groups:
            assert group.source in k.sources
        for tiltak in k.tiltak:
            assert tiltak.source in k.sources


def test_valer_keeps_what_the_web_page_said_where_the_plan_wins(kb: KnowledgeBase) -> None:
    valer = kb.kommuner["valer"].kommune
    assert (valer.target_group.min_age, valer.target_group.max_age) == (10, 25)
    assert any("24" in o.says for o in valer.target_group.other_sources)
    nettverket = kb.kommuner["valer"].groups_by_id["slt-nettverket"]
    assert nettverket.meets is not None and nettverket.meets.every == 2
    assert any(o.source == "web" for o in nettverket.other_sources)


def test_valer_has_all_39_tiltak(kb: KnowledgeBase) -> None:
    ids = [t.id for t in kb.kommuner["valer"].kommune.tiltak]
    assert ids == [str(n) for n in range(1, 40)]


def test_jevnaker_shares_its_politirad_with_ringerike_and_hole(kb: KnowledgeBase) -> None:
    steering = kb.kommuner["jevnaker"].group_for_level(Level.STYRENDE)
    assert steering is not None
    assert set(steering.shared_with) == {"Ringerike", "Hole"}


def test_gjesdal_has_all_eight_faste_samarbeidsfora(kb: KnowledgeBase) -> None:
    with_cadence = [g for g in kb.kommuner["gjesdal"].kommune.groups if g.innkaller and g.meets]
    assert len(with_cadence) == 8


def test_the_fixture_kommune_loads(tmp_path: Path) -> None:
    assert load_kommune(FIXTURE).name == "Testvik kommune"


# --- every kind of error, with file, field and line ----------------------------------------


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "name: [Testvik kommune\n", "name: Testvik kommune\n")
    message = problem_of(path)
    assert "testvik.yaml:" in message and "invalid YAML" in message


def test_a_key_given_twice_is_refused_with_its_line_and_field(tmp_path: Path) -> None:
    """YAML would keep the second «innkaller» without a word; the coordinator must hear of it."""
    path = broken_copy(
        tmp_path,
        "    innkaller: SLT-koordinator\n    innkaller: Ordfører\n",
        "    innkaller: SLT-koordinator\n",
    )
    message = problem_of(path)
    second = line_of(path, "innkaller: Ordfører")
    assert f"testvik.yaml:{second}: groups[0].innkaller: duplicate key 'innkaller'" in message
    assert f"first on line {second - 1}" in message


def test_a_top_level_key_given_twice_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "short_name: Testvika\n")
    message = problem_of(path)
    assert f"testvik.yaml:{line_of(path, 'Testvika')}: short_name: duplicate key" in message


def test_every_key_given_twice_is_named_in_one_load(tmp_path: Path) -> None:
    """A writer fixing a file sees all its doubled keys at once, not one per reload."""
    path = broken_copy(
        tmp_path,
        "    innkaller: SLT-koordinator\n    innkaller: Ordfører\n",
        "    innkaller: SLT-koordinator\n",
    )
    path.write_text(path.read_text(encoding="utf-8") + "short_name: Testvika\n", "utf-8")
    message = problem_of(path)
    assert f"testvik.yaml:{line_of(path, 'innkaller: Ordfører')}: groups[0].innkaller" in message
    assert f"testvik.yaml:{line_of(path, 'Testvika')}: short_name: duplicate key" in message


def test_an_unknown_field_is_named_with_its_line(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "    innkaler: SLT-koordinator\n", "    innkaller: SLT-koordinator\n"
    )
    message = problem_of(path)
    assert f"testvik.yaml:{line_of(path, 'innkaler')}: groups[0].innkaler: unknown field" in message


def test_a_missing_required_field_is_named(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "", "  title: SLT-plan for Testvik kommune 2024–2027\n  period_start"
    )
    path.write_text(
        FIXTURE.read_text(encoding="utf-8").replace(
            "  title: SLT-plan for Testvik kommune 2024–2027\n  period_start", "  period_start", 1
        )
    )
    assert "plan.title: required field is missing" in problem_of(path)


def test_a_frequency_with_two_rules_is_refused(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        '    meets: {per_year: 4, every: 2, unit: month, text: "x"}\n',
        '    meets: {per_year: 4, text: "4 ganger i året"}\n',
    )
    message = problem_of(path)
    assert "groups[0].meets" in message and "exactly one of" in message
    assert f":{line_of(path, 'every: 2, unit: month')}:" in message


def test_an_unknown_source_key_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "    source: nettside\n", "    source: web\n")
    assert "unknown source 'nettside' (known: plan, web)" in problem_of(path)


def test_a_duplicate_group_id_is_refused(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        "  - id: politiradet\n    name: SLT-nettverket",
        "  - id: slt-nettverket\n    name: SLT-nettverket",
    )
    assert "duplicate group id(s): politiradet" in problem_of(path)


def test_an_unquoted_time_gets_a_hint(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "    default_time: 9:30\n", '    default_time: "09:00"\n')
    assert 'must be quoted: "09:00"' in problem_of(path)


def test_a_bad_deadline_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, '      yearly: "6-15"\n', '      yearly: "06-15"\n')
    assert "tiltak[0].frist.yearly: yearly must be MM-DD" in problem_of(path)


def test_an_example_date_is_refused_with_file_field_and_reason(tmp_path: Path) -> None:
    """`validate` rejects example dates: the old `example: true` and a bare date no quote
    states both name the file, the line, the field and what is wrong."""
    path = broken_copy(
        tmp_path,
        'frist: {text: "løpende", date: 2026-10-15, example: true}',
        'frist: {text: "løpende", continuous: true}',
    )
    problem = problem_of(path)
    assert (
        "testvik.yaml:" in problem and "tiltak[2].frist: example dates are not allowed" in problem
    )
    path = broken_copy(
        tmp_path,
        'frist: {text: "løpende", date: 2026-10-15, quote: "Natteravner i helgene", at: "900:3"}',
        'frist: {text: "løpende", continuous: true}',
    )
    problem = problem_of(path)
    assert "tiltak[2].frist: the deadline 2026-10-15 is not in the quoted words" in problem
    assert "an example date?" in problem


def test_a_date_rule_needs_the_plans_words(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        'frist: {text: "uke 38 hvert år", week: 38}',
        'frist: {text: "uke 38 hvert år", week: 38, quote: "Utsett! uke 38 hvert år", '
        'at: "900:14"}',
    )
    assert "tiltak[1].frist: a deadline needs the plan's words" in problem_of(path)


def test_the_file_name_must_match_the_id(tmp_path: Path) -> None:
    path = tmp_path / "annen.yaml"
    path.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert "id 'testvik' must match the file name 'annen'" in problem_of(path)


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "testvik.yaml"
    path.write_text("- bare en liste\n", encoding="utf-8")
    assert "must be a YAML mapping" in problem_of(path)


def test_all_problems_in_a_directory_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "kommuner").mkdir()
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    for name in ("testvik", "toppdal"):
        data["id"] = name
        data["version"] = 12 if name == "toppdal" else "1"
        (tmp_path / "kommuner" / f"{name}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True)
        )
    (tmp_path / "kommuner" / "testvik.yaml").write_text("id: testvik\n")
    with pytest.raises(KnowledgeError) as caught:
        load_directory(tmp_path)
    message = str(caught.value)
    assert "testvik.yaml" in message and "toppdal.yaml" in message
    assert "problems" in message and "Traceback" not in message


# --- app.py validate ---------------------------------------------------------------------


def test_validate_passes_on_the_bundled_knowledge() -> None:
    result = validate_bundled()
    assert result.returncode == 0, result.stderr
    assert "ok  valer" in result.stdout


def test_validate_fails_with_one_readable_message_and_no_stack_trace(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "    innkaler: SLT-koordinator\n", "    innkaller: SLT-koordinator\n"
    )
    result = run_app("validate", str(path))
    assert result.returncode == 2
    assert "groups[0].innkaler: unknown field" in result.stderr
    assert "Traceback" not in result.stderr


TITLE = "  title: SLT-koordinator\n"
ALSO = "  also: [BTI-koordinator]\n"


@pytest.mark.parametrize(
    ("edit", "find", "field", "below"),
    [
        ("  title: |\n    SLT-koordinator\n    og BTI\n  titel: x\n", TITLE, "titel", 3),
        ("  title:\n    - SLT-koordinator\n    - BTI-koordinator\n", TITLE, "title", 0),
        ("  title:\n    navn: SLT-koordinator\n", TITLE, "title", 0),
        ("  also: >-\n    BTI-koordinator\n    Oppvekstkoordinator\n", ALSO, "also", 0),
        ("  also: |\n    BTI-koordinator\n", ALSO, "also", 0),
    ],
)
def test_validate_names_a_block_values_field_on_its_keys_line(
    tmp_path: Path, edit: str, find: str, field: str, below: int
) -> None:
    """A value written as a block («|», «>-», a list or a mapping below its key) is named on
    its key's line, where the coordinator looks for the field – not on the line below.
    ``below``: how many lines the broken key stands below the edited one."""
    path = broken_copy(tmp_path, edit, find)
    line = line_of(FIXTURE, find.rstrip("\n")) + below
    result = run_app("validate", str(path))
    assert result.returncode == 2
    assert f"testvik.yaml:{line}: coordinator.{field}:" in result.stderr, result.stderr


def test_a_person_with_two_upns_in_the_people_file_is_refused(tmp_path: Path) -> None:
    """The roster must not quietly map only the second address of a made-up person."""
    path = tmp_path / "testvik.yaml"
    path.write_text(
        "kommune: testvik\npeople:\n  - role: SLT-koordinator\n"
        "    upn: ola@testvik.example\n    upn: kari@testvik.example\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_people(tmp_path, "testvik")
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("people[0].upn", 5)
    assert "duplicate key 'upn'" in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, 'y', ~, 2024-01-02, 1.5, yes, '017', 017]\nc: {d: {e: f}}\n",
        "x: &x {a: 1}\ny:\n  <<: *x\n  b: 2\n",  # a merge: PyYAML's constructor
        "x: &x [1, 2]\ny: *x\n",  # an alias: one list for both, as PyYAML gives it
        "!!set {a, b}\n",
        "",
    ],
)
def test_a_document_is_built_as_pyyaml_builds_it(text: str) -> None:
    """bot/knowledge/unique_keys.py builds plain files itself (a third of a big load):
    the same data as PyYAML's own constructor, other documents by that constructor."""
    ours, theirs = LOADER(text), LOADER(text)
    data, twice = build_document(ours, ours.get_single_node())
    node = theirs.get_single_node()
    expected = theirs.construct_document(node) if node is not None else None
    assert twice == [] and data == expected and type(data) is type(expected)
    if isinstance(data, dict) and "y" in data and isinstance(data["y"], list):
        assert data["x"] is data["y"]


def test_every_bundled_knowledge_file_is_built_as_pyyaml_builds_it() -> None:
    files = sorted(DEFAULT_KNOWLEDGE_DIR.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        ours, theirs = LOADER(text), LOADER(text)
        data, twice = build_document(ours, ours.get_single_node())
        assert twice == [] and data == theirs.get_single_data(), path
