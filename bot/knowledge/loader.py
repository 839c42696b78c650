"""Read knowledge YAML into validated models, reporting problems with file, field and line.

Layout of a knowledge directory::

    national/routines.yaml      the national default routines and legal bases
    national/school_holidays.yaml   national default school holiday weeks, per fylke
    kommuner/<id>.yaml          one file per kommune (file name = the kommune's id)
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from bot.knowledge import parsed_cache
from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.models import BUILTIN_CONTACTS, Kommune, NationalDefaults
from bot.knowledge.needs import NeedsFile, load_needs, needs_path
from bot.knowledge.provenance import Basis
from bot.knowledge.rhythm import SchoolHolidayDefaults
from bot.knowledge.shared_values import share_repeats
from bot.knowledge.unique_keys import LOADER, DuplicateKeyError, build_document, path_to

NATIONAL_FILE = Path("national") / "routines.yaml"
SCHOOL_HOLIDAYS_FILE = "school_holidays.yaml"
"""Beside the national routines; optional (without it a kommune's own rules stand alone)."""
KOMMUNE_DIR = Path("kommuner")

Model = TypeVar("Model", bound=BaseModel)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError([Problem(path, "", f"cannot read file: {exc.strerror}")]) from None
    except UnicodeDecodeError:
        raise KnowledgeError([Problem(path, "", "file is not UTF-8 text")]) from None


def _parse_yaml(path: Path, text: str | None = None) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file, keeping the node tree so errors can name a line."""
    if text is None:
        text = _read(path)
    loader = LOADER(text)
    node = None
    try:
        node = loader.get_single_node()
        data, twice = build_document(loader, node)
        if twice:
            raise KnowledgeError([_duplicate(path, node, error) for error in twice])
    except DuplicateKeyError as exc:  # a non-string key equal to another («1» and «1.0»)
        raise KnowledgeError([_duplicate(path, node, exc)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeError([Problem(path, "", f"invalid YAML: {reason}", line)]) from None
    finally:
        loader.dispose()
    return data, node


def _duplicate(path: Path, root: yaml.Node | None, error: DuplicateKeyError) -> Problem:
    where = format_loc(path_to(root, error.key_node))
    line = error.key_node.start_mark.line + 1
    return Problem(path, where, error.problem or "duplicate key", line)


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """The line of the deepest node on ``loc`` that exists in the YAML tree: a field's is its
    key's line, for a value written as a block starts on the line after it («tasks:» then
    «- …», «title:» then a list by mistake)."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        named: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            match, named = (pair[1], pair[0]) if pair else (None, None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            match = node.value[key] if 0 <= key < len(node.value) else None
        else:
            match = None
        if match is None:
            break
        node = match
        line = (named or node).start_mark.line + 1
    return line


def line_in_file(path: Path, loc: Sequence[int | str]) -> int | None:
    """The line of ``loc`` in a YAML file, for problems found after validation."""
    try:
        _, node = _parse_yaml(path)
    except KnowledgeError:
        return None
    return _line_of(node, loc)


def format_loc(loc: Iterable[int | str]) -> str:
    """``("categories", 0, "call")`` → ``categories[0].call``, as a problem names a field."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _friendly(error: ErrorDetails) -> str:
    """pydantic's message, with hints for the YAML mistakes people actually make."""
    message = str(error["msg"]).removeprefix("Value error, ")
    kind = error["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):  # a model's, a record's
        return "unknown field (check the spelling; see bot/knowledge/models.py)"
    if kind == "missing":
        return "required field is missing"
    if kind == "string_type" and isinstance(error.get("input"), int):
        return f'{message} (a time like 09:00 must be quoted: "09:00")'
    return message


def validate_file(model: type[Model], path: Path) -> Model:
    """The file validated as ``model``; from the parsed-file cache when one is in use
    (bot/knowledge/parsed_cache.py) and holds this very text, else parsed and kept there."""
    text = _read(path)
    cache = parsed_cache.active()
    if cache is not None and (kept := cache.get(model, path, text)) is not None:
        return kept  # kept shared: the pickle holds a shared object once
    value = share_repeats(_validated(model, path, text))
    if cache is not None:
        cache.put(model, path, text, value)
    return value


def _validated(model: type[Model], path: Path, text: str) -> Model:
    data, node = _parse_yaml(path, text)
    if not isinstance(data, dict):
        raise KnowledgeError([Problem(path, "", "the file must be a YAML mapping (key: value)")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(path, format_loc(e["loc"]), _friendly(e), _line_of(node, e["loc"]))
            for e in exc.errors()
        ]
        raise KnowledgeError(problems) from None


def load_national(path: Path) -> NationalDefaults:
    national = validate_file(NationalDefaults, path)
    source = national.first_aid.source
    if source not in national.sources:  # named by its field and line, as pydantic's are
        loc = ("first_aid", "source")
        message = f"unknown source '{source}' (a key under sources)"
        raise KnowledgeError([Problem(path, format_loc(loc), message, line_in_file(path, loc))])
    return national


def load_kommune(path: Path) -> Kommune:
    kommune = validate_file(Kommune, path)
    if kommune.id != path.stem:
        raise KnowledgeError(
            [Problem(path, "id", f"id '{kommune.id}' must match the file name '{path.stem}'")]
        )
    return kommune


def check_cross_references(
    kommune: Kommune, national: NationalDefaults | None, path: Path
) -> list[Problem]:
    """Routine steps may name contacts and legal bases declared in either file."""
    contacts = set(kommune.contacts) | BUILTIN_CONTACTS
    legal: set[str] = set()
    if national is not None:
        contacts |= set(national.contacts)
        legal = {b.id for b in national.legal}
    problems = []
    for r_index, routine in enumerate(kommune.routines):
        for s_index, step in enumerate(routine.steps):
            where = f"routines[{r_index}].steps[{s_index}]"
            problems += [
                Problem(path, f"{where}.contacts", f"unknown contact '{c}'")
                for c in step.contacts
                if c not in contacts
            ]
            problems += [
                Problem(path, f"{where}.legal", f"unknown legal basis '{ref}'")
                for ref in step.legal
                if national is not None and ref not in legal
            ]
    return problems + _aside_problems(kommune, national, path) + _need_problems(kommune, path)


def _need_problems(kommune: Kommune, path: Path) -> list[Problem]:
    """A need service names a kind of national/needs.yaml and contacts, groups and tiltak the
    kommune has; a fact of it that is not the plan's word says why (``note``)."""
    needs = _needs_of(path)
    has = {
        "contacts": set(kommune.contacts),
        "group_ids": {g.id for g in kommune.groups},
        "tiltak_ids": {t.id for t in kommune.tiltak},
    }
    problems = []
    for index, served in enumerate(kommune.need_services):
        where = f"need_services[{index}]"
        if needs is not None and served.kind not in needs.kinds:
            message = f"unknown kind '{served.kind}' (a key under kinds in national/needs.yaml)"
            loc = ("need_services", index, "kind")
            problems.append(Problem(path, f"{where}.kind", message, line_in_file(path, loc)))
        for field, keys in (
            ("contacts", served.contacts),
            ("group_ids", served.group_ids),
            ("tiltak_ids", served.tiltak_ids),
        ):
            loc = ("need_services", index, field)
            problems += [
                Problem(path, f"{where}.{field}", f"unknown {field} '{k}'", line_in_file(path, loc))
                for k in keys
                if k not in has[field]
            ]
        for f_index, fact in enumerate(served.facts):
            if fact.basis is not Basis.PLAN and not fact.note:
                at = ("need_services", index, "facts", f_index)
                problems.append(
                    Problem(
                        path,
                        f"{where}.facts[{f_index}].note",
                        f"a need service with basis '{fact.basis}' says why in note: what the "
                        "plan's line does not state (it lands on the review sheet)",
                        line_in_file(path, at),
                    )
                )
    return problems


def _needs_of(path: Path) -> NeedsFile | None:
    """The needs file of the knowledge folder a kommune file is in (or the shipped one); a
    broken one is reported once, by the knowledge base's load (index.py), not per kommune."""
    try:
        return load_needs(needs_path(path.parent.parent))
    except KnowledgeError:
        return None


def _aside_problems(
    kommune: Kommune, national: NationalDefaults | None, path: Path
) -> list[Problem]:
    """A routine aside names a routine (the kommune's or the national) and a step it has."""
    steps = {r.id: {s.id for s in r.steps} for r in (national.routines if national else ())}
    steps |= {r.id: {s.id for s in r.steps} for r in kommune.routines}
    problems = []
    for index, aside in enumerate(kommune.routine_asides):
        where = f"routine_asides[{index}]"
        if national is not None and aside.routine not in steps:
            problems.append(Problem(path, f"{where}.routine", f"unknown routine '{aside.routine}'"))
        elif aside.step is not None and aside.step not in steps.get(aside.routine, {aside.step}):
            problems.append(Problem(path, f"{where}.step", f"unknown step '{aside.step}'"))
    return problems


def kommune_files(directory: Path) -> list[Path]:
    return sorted((directory / KOMMUNE_DIR).glob("*.yaml"))


def load_files(
    paths: Sequence[Path], national_path: Path | None
) -> tuple[NationalDefaults | None, list[Kommune]]:
    """Load and check the given files, collecting every problem before raising."""
    with gc_paused():
        return _load_files(paths, national_path)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while files load (reference counting still frees).

    Parsing allocates about 2,000 YAML nodes per kilobyte, and every few hundred
    allocations Python's collector would scan the knowledge loaded so far again: with 356
    kommuner that was 40 % of the load time. Loading creates no reference cycles that
    need collecting before it ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_files(
    paths: Sequence[Path], national_path: Path | None
) -> tuple[NationalDefaults | None, list[Kommune]]:
    problems: list[Problem] = []
    national = None
    if national_path is not None:
        try:
            national = load_national(national_path)
        except KnowledgeError as exc:
            problems += exc.problems
    school = None
    school_path = national_path.parent / SCHOOL_HOLIDAYS_FILE if national_path else None
    if school_path is not None and school_path.exists():
        try:
            school = validate_file(SchoolHolidayDefaults, school_path)
        except KnowledgeError as exc:
            problems += exc.problems
    kommuner = []
    for path in paths:
        try:
            kommune = load_kommune(path)
        except KnowledgeError as exc:
            problems += exc.problems
            continue
        problems += check_cross_references(kommune, national, path)
        if school is not None:
            rules = school.for_kommune(kommune.region, kommune.school_holidays)
            kommune = kommune.model_copy(update={"school_holidays": rules})
        kommuner.append(kommune)
    if problems:
        raise KnowledgeError(problems)
    return national, kommuner


def load_directory(directory: Path) -> tuple[NationalDefaults | None, list[Kommune]]:
    """Load a whole knowledge directory (national defaults optional, ≥ 1 kommune)."""
    files = kommune_files(directory)
    if not files:
        raise KnowledgeError(
            [Problem(directory / KOMMUNE_DIR, "", "no kommune files (*.yaml) found")]
        )
    national_path = directory / NATIONAL_FILE
    return load_files(files, national_path if national_path.exists() else None)
