"""A need service that rests on the knowledge writer's reading, not on the plan's words
(session 33): ``need_services[*].facts`` with ``basis: assumed`` and a ``note`` saying why.

Such a row still answers – as every assumed fact the bot uses, with the one-line «Grunnlag –
antatt: …» under the answer – and lands on the coordinator's review sheet with its kind, its
service, the plan line and the reason, until ``confirmed``. A row the line states plainly
does neither. Every message is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.features.provenance import facts_line
from bot.features.review import review_items
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.loader import load_files
from bot.knowledge.models import Kommune
from bot.knowledge.provenance import Basis, Confirmed, Fact
from bot.routing import SltBot
from tests.test_answers_confidence import turn

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

ASSUMED_ROW = """    at: "004:110"
    facts:
      - about: Mestringsenheten er Gjesdals tjeneste for psykisk helse og rus
        basis: assumed
"""
"""Gjesdal's psykisk_helse row, up to its marker's basis (the note follows)."""


def _need_items(kommune: Kommune) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    return {
        i.field: (i.where, i.quote, i.at, i.note)
        for i in review_items(kommune)
        if i.field.startswith("need_services")
    }


# The review sheet ---------------------------------------------------------------------------


def test_an_assumed_need_row_is_on_the_sheet_with_kind_service_line_and_why(
    kb: KnowledgeBase,
) -> None:
    items = _need_items(kb.kommuner["gjesdal"].kommune)
    where, quote, at, note = items["need_services[1].facts[0]"]
    assert where == "Hjelp ved behov (psykisk_helse): Mestringsenheten i Gjesdal"
    assert quote is not None and "mestringsenheten" in quote  # the row's own line
    assert at == "004:110"
    assert note is not None and "sier ikke hva den hjelper med" in note
    sheet = review_items(kb.kommuner["gjesdal"].kommune)
    assert {i.basis for i in sheet if i.field.startswith("need_services")} == {Basis.ASSUMED}


def test_an_assumed_part_quotes_its_own_line_where_it_has_one(kb: KnowledgeBase) -> None:
    """Jevnaker's parents row: the line is the fagteam's; Familiens hus is read from PMTO."""
    where, quote, at, _ = _need_items(kb.kommuner["jevnaker"].kommune)["need_services[6].facts[0]"]
    assert where.startswith("Hjelp ved behov (foreldre): Familiens hus")
    assert quote is not None and quote.startswith("PMTO") and at == "001:431–435"


def test_rows_the_line_states_plainly_are_not_on_the_sheet(kb: KnowledgeBase) -> None:
    """Gjesdal's operative group for crime, Jevnaker's fagteam for fravær and Våler's rows
    whose extra contact is quoted from another plan line (basis: plan) are the plan's word."""
    gjesdal = _need_items(kb.kommuner["gjesdal"].kommune)
    assert not any(f.startswith(("need_services[0]", "need_services[3]")) for f in gjesdal)
    jevnaker = _need_items(kb.kommuner["jevnaker"].kommune)
    assert set(jevnaker) == {"need_services[3].facts[0]", "need_services[6].facts[0]"}
    valer = _need_items(kb.kommuner["valer"].kommune)
    assert set(valer) == {"need_services[4].facts[0]"}  # the skolelos for fravær only


def test_a_confirmed_need_row_leaves_the_sheet(kb: KnowledgeBase) -> None:
    kommune = kb.kommuner["gjesdal"].kommune
    rows = list(kommune.need_services)
    signed = Confirmed(by="Kari Koordinator", date=dt.date(2026, 12, 10))
    fact = rows[1].facts[0].model_copy(update={"confirmed": signed})
    rows[1] = rows[1].model_copy(update={"facts": (fact,)})
    after = kommune.model_copy(update={"need_services": tuple(rows)})
    assert "need_services[1].facts[0]" in _need_items(kommune)
    assert "need_services[1].facts[0]" not in _need_items(after)
    assert len(review_items(after)) == len(review_items(kommune)) - 1


# Load errors --------------------------------------------------------------------------------


def _load_broken(tmp_path: Path, replacement: str) -> KnowledgeError:
    shutil.copytree(KNOWLEDGE, tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "kommuner" / "gjesdal.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(ASSUMED_ROW) == 1
    path.write_text(text.replace(ASSUMED_ROW, replacement), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_files([path], path.parent.parent / "national" / "routines.yaml")
    return caught.value


def _line_of(tmp_path: Path, words: str) -> int:
    path = tmp_path / "knowledge" / "kommuner" / "gjesdal.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if words in line)


def test_a_misspelt_basis_is_named_with_its_field_and_line(tmp_path: Path) -> None:
    error = _load_broken(tmp_path, ASSUMED_ROW.replace("basis: assumed", "basis: antatt"))
    [problem] = error.problems
    assert problem.path == "need_services[1].facts[0].basis"
    assert "'assumed'" in problem.message  # pydantic lists the bases it takes
    assert problem.line == _line_of(tmp_path, "basis: antatt")


def test_a_misspelt_marker_key_is_an_unknown_field(tmp_path: Path) -> None:
    error = _load_broken(tmp_path, ASSUMED_ROW.replace("    facts:", "    fakta:"))
    # a field's line is its key's, as for every field pydantic names (not its value's below)
    assert [(p.path, p.line) for p in error.problems] == [
        ("need_services[1].fakta", _line_of(tmp_path, "fakta:"))
    ]
    assert "unknown field" in error.problems[0].message


def test_an_assumed_row_without_its_reason_is_a_load_error(tmp_path: Path) -> None:
    """The row's quote looks like support: the sheet must say why it is not."""
    path = tmp_path / "knowledge" / "kommuner" / "gjesdal.yaml"
    shutil.copytree(KNOWLEDGE, tmp_path / "knowledge")
    text = path.read_text(encoding="utf-8")
    start = text.index(ASSUMED_ROW) + len(ASSUMED_ROW)
    note_end = text.index("\n", start) + 1
    assert text[start:note_end].lstrip().startswith("note:")
    path.write_text(text[:start] + text[note_end:], encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_files([path], path.parent.parent / "national" / "routines.yaml")
    [problem] = caught.value.problems
    assert problem.path == "need_services[1].facts[0].note"
    assert "says why in note" in problem.message
    assert problem.line == _line_of(tmp_path, "- about: Mestringsenheten er Gjesdals")
    assert str(path) in str(caught.value)


# The answer ---------------------------------------------------------------------------------

ANTATT = "Grunnlag – antatt: "


@pytest.mark.parametrize(
    ("text", "kommune", "reading"),
    [
        ("har vi noen en gutt med angst kan snakke med?", "gjesdal", "Mestringsenheten er"),
        ("kven kan ei jente som er deprimert prate med?", "gjesdal", "Mestringsenheten er"),
        ("har vi noen som jobber med elever som skulker mye?", "gjesdal", "LOS ved Gjesdal"),
        ("har vi noen en elev med depresjon kan prate med?", "jevnaker", "Kommunepsykologen"),
        ("hvem kan jeg kontakte om ei jente med mye fravær?", "valer", "Skolelosen følger"),
    ],
)
def test_an_assumed_row_answers_with_the_assumed_line(
    bot: SltBot, text: str, kommune: str, reading: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "contact_service", reply.text
    [line] = [line for line in reply.text.splitlines() if line.startswith(ANTATT)]
    assert line.removeprefix(ANTATT).startswith(reading) and line.endswith(".")
    assert "Merk: Grunnlag" not in reply.text  # said as provenance, never as a «Merk»


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # calm look-alikes: the same kind of question, a row the plan's line states plainly
        ("hvem kontakter jeg om en gutt som er på vei inn i kriminalitet?", "gjesdal"),
        ("hvem kan en jente med angst gå til, har vi psykolog?", "valer"),
        ("hvem kan jeg kontakte om en elev med skolevegring?", "jevnaker"),
        ("har vi noen ei jente kan snakke med om prevensjon?", "gjesdal"),
    ],
)
def test_a_row_the_plan_states_plainly_has_no_assumed_line(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "contact_service", reply.text
    assert "Grunnlag" not in reply.text


def test_the_line_is_the_one_other_assumed_facts_get() -> None:
    assumed = Fact(about="Skolelosen følger opp elever med mye fravær", basis=Basis.ASSUMED)
    assert facts_line([assumed]) == f"{ANTATT}Skolelosen følger opp elever med mye fravær."
    confirmed = Confirmed(by="Kari Koordinator", date=dt.date(2026, 12, 10))
    signed = assumed.model_copy(update={"confirmed": confirmed})
    assert facts_line([signed]) is None
    plan = Fact(about="Står i planen", quote="x", at="000:1")
    assert facts_line([plan]) is None
