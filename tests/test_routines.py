"""Routines: staff who are worried about a child ask in their own words and get walked through
the right routine – the kommune's own version where it has one, the national default where it
has not – with the acute-danger line first and Ja/Nei/Tilbake that lead where they should.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.features.routines.matcher import RoutineMatcher
from bot.features.routines.model import (
    END,
    NATIONAL_DEFAULT_NOTE,
    ResolvedRoutine,
    UnknownContactError,
    first_step_id,
    next_step_id,
    overview_text,
    resolve_contact,
    resolve_routines,
)
from bot.features.routines.present import MAX_TRAIL, overview_view, step_view
from bot.features.routines.texts import START_TITLE
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.loader import (
    NATIONAL_FILE,
    check_cross_references,
    load_kommune,
    load_national,
)
from bot.knowledge.models import Kommune, NationalDefaults
from bot.knowledge.routine_schema import Routine
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from bot.understanding import Intent
from cards import signing
from cards.routine import overview_card, step_card
from cards.verbs import Verb
from tests.auxil.cards import validate_card

ROUTINE_IDS = {
    "rusbekymring",
    "vold-naere-relasjoner",
    "skolefravaer",
    "bildedeling",
    "selvskading",
    "hastemote",
    "samtykke",
    "bekymringsmelding",
}

# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def national(kb: KnowledgeBase) -> NationalDefaults:
    assert kb.national is not None
    return kb.national


@pytest.fixture(scope="module")
def kommuner(kb: KnowledgeBase) -> dict[str, Kommune]:
    return {kid: index.kommune for kid, index in kb.kommuner.items()}


@pytest.fixture(scope="module")
def matcher(national: NationalDefaults, kommuner: dict[str, Kommune]) -> RoutineMatcher:
    return RoutineMatcher.from_knowledge(national, kommuner.values())


def resolved(kommune: Kommune, national: NationalDefaults, routine_id: str) -> ResolvedRoutine:
    return resolve_routines(kommune, national)[routine_id]


def every_version(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> Iterator[tuple[str, Routine]]:
    """Each national routine and each kommune's own, labelled for assertion messages."""
    for routine in national.routines:
        yield f"national/{routine.id}", routine
    for kid, kommune in kommuner.items():
        for routine in kommune.routines:
            yield f"{kid}/{routine.id}", routine


def actions_by_title(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {action["title"]: action for action in card.get("actions", [])}


def card_text(card: dict[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False)


# --- the knowledge --------------------------------------------------------------------------


def test_the_national_file_is_the_clearly_marked_default_with_eight_routines() -> None:
    path = DEFAULT_KNOWLEDGE_DIR / NATIONAL_FILE
    national = load_national(path)
    assert national.version == "2026-12-03.1"
    assert "NATIONAL DEFAULT" in path.read_text(encoding="utf-8").split("version:")[0]
    assert {r.id for r in national.routines} == ROUTINE_IDS
    assert all(source.kind == "national" for source in national.sources.values())


@pytest.mark.parametrize("kommune_id", ["valer", "jevnaker", "gjesdal"])
def test_each_kommune_file_validates_with_its_own_routines(
    kommune_id: str, national: NationalDefaults
) -> None:
    path = DEFAULT_KNOWLEDGE_DIR / "kommuner" / f"{kommune_id}.yaml"
    kommune = load_kommune(path)
    assert kommune.routines, f"{kommune_id} should override at least one routine"
    assert {r.id for r in kommune.routines} <= ROUTINE_IDS
    assert check_cross_references(kommune, national, path) == []


def test_the_legal_bases_cite_lovdata_for_every_duty_staff_meet(
    national: NationalDefaults,
) -> None:
    legal = {basis.id: basis for basis in national.legal}
    assert legal["opplysningsplikt"].url == "https://lovdata.no/lov/2021-06-18-97/§13-2"
    assert legal["avvergeplikt"].url == "https://lovdata.no/lov/2005-05-20-28/§196"
    assert legal["taushetsplikt"].url == "https://lovdata.no/lov/1967-02-10/§13"
    assert "13 a nr. 1" in legal["samtykke"].law
    assert "§ 33" in legal["opplysningsplikt-helse"].law
    assert all(basis.url.startswith("https://lovdata.no/") for basis in national.legal)


def test_every_contact_a_routine_names_resolves_in_every_kommune(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    for kommune in kommuner.values():
        for routine in resolve_routines(kommune, national).values():
            for step in routine.routine.steps:
                for key in step.contacts:
                    resolve_contact(key, kommune, national)  # raises when unknown


def test_every_routine_puts_acute_danger_first(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    for label, routine in every_version(national, kommuner):
        assert any(number in routine.acute for number in ("112", "113")), label
        first = routine.steps[0]
        assert first.decision, f"{label}: the first step asks about acute danger"
        yes = next(b for b in first.branches if b.answer == "ja")
        target = next(s for s in routine.steps if s.id == yes.goto)
        assert "112" in target.title + target.text or "113" in target.title + target.text, label


def test_a_suspected_parent_is_never_told_before_barnevern_or_police(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    versions = [r for _, r in every_version(national, kommuner) if r.id == "vold-naere-relasjoner"]
    assert len(versions) >= 3  # national, Våler and Jevnaker
    for routine in versions:
        decision = next(s for s in routine.steps if s.decision and "forelder" in s.decision)
        yes = next(b for b in decision.branches if b.answer == "ja")
        warning = fold(next(s for s in routine.steps if s.id == yes.goto).text)
        assert "ikke si noe til foreldrene" in warning
        assert "barnevern" in warning and "politiet" in warning


def test_the_duty_to_report_tells_parents_only_when_it_is_safe_and_is_personal(
    national: NationalDefaults,
) -> None:
    """«Må foreldrene vite?»: as a rule yes, never when it can put the child at risk; the
    duty goes before taushetsplikt and is one's own, not the leader's."""
    routine = next(r for r in national.routines if r.id == "bekymringsmelding")
    decision = next(s for s in routine.steps if s.decision and "foreldre" in s.decision)
    assert "ikke informere eller konfrontere" in fold(decision.text)
    goto = {b.answer: b.goto for b in decision.branches}
    assert goto["ja"] == "meld"  # report first; barnevern or police decide what parents hear
    report = next(s for s in routine.steps if s.id == "meld")
    assert "opplysningsplikt" in report.legal
    assert "personlig" in report.text and "vent ikke på leder" in report.text


def test_the_child_tells_in_its_own_words(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    for label, routine in every_version(national, kommuner):
        if routine.id == "vold-naere-relasjoner":
            texts = " ".join(fold(s.title + " " + s.text) for s in routine.steps)
            assert "egne ord" in texts and "ledende" in texts, label


def test_every_step_is_reachable_and_every_path_ends(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    for label, routine in every_version(national, kommuner):
        seen: set[str] = set()
        todo = [first_step_id(routine)]
        while todo:
            step_id = todo.pop()
            if step_id == END or step_id in seen:
                continue
            seen.add(step_id)
            step = next(s for s in routine.steps if s.id == step_id)
            todo += [b.goto for b in step.branches] or [next_step_id(routine, step_id)]
        assert seen == {s.id for s in routine.steps}, f"{label}: unreachable steps"


# --- which version applies ------------------------------------------------------------------


def test_valer_gets_its_own_rusbekymring_and_the_national_selvskading(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    routines = resolve_routines(kommuner["valer"], national)
    assert set(routines) == ROUTINE_IDS
    assert routines["rusbekymring"].origin == "kommune"
    assert "Våler" in routines["rusbekymring"].source.title
    assert routines["selvskading"].is_national_default
    assert routines["selvskading"].source.kind == "national"


def test_gjesdal_points_to_its_quality_system_for_shared_images(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    routine = resolved(kommuner["gjesdal"], national, "bildedeling")
    assert routine.origin == "kommune"
    assert "kvalitetssystem" in fold(routine.routine.summary)


def test_the_coordinator_and_the_kommunes_own_services_win_over_national_defaults(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    assert resolve_contact("slt_koordinator", valer, national).phone == "906 68 644"
    assert resolve_contact("barnevern", valer, national).role == "Barneverntjenesten i Våler"
    assert resolve_contact("legevakt", valer, national).phone == "116 117"
    gjesdal_coordinator = resolve_contact("slt_koordinator", kommuner["gjesdal"], national)
    assert gjesdal_coordinator.role == "SLT-koordinator i Gjesdal"
    with pytest.raises(UnknownContactError):
        resolve_contact("finnes-ikke", valer, national)


# --- finding the routine --------------------------------------------------------------------

PHRASINGS: list[tuple[str, str]] = [
    # rusbekymring
    ("hva gjør jeg ved rusbekymring", "rusbekymring"),
    ("hva gjor jeg ved rusbekymirng", "rusbekymring"),
    ("en elev lukter hasj", "rusbekymring"),
    ("elevn lukter hasjj", "rusbekymring"),
    ("jeg tror en av elevene ruser seg", "rusbekymring"),
    ("eleven kom full på skolen i dag", "rusbekymring"),
    ("noen elever røyker hasj bak gymsalen", "rusbekymring"),
    ("mistanke om at en 15-åring selger narkotika", "rusbekymring"),
    ("elev virker pavirket i timen", "rusbekymring"),
    ("rusmistanke elev 10. trinn", "rusbekymring"),
    ("han var dritings på fest i helgen", "rusbekymring"),
    ("jeg fant en joint i sekken til en elev", "rusbekymring"),
    ("ungdom drikker alkohol på fest", "rusbekymring"),
    ("bekymret for rus hos en elev", "rusbekymring"),
    ("hun har tatt piller på fest", "rusbekymring"),
    ("hva er På rett kjøl", "rusbekymring"),
    # vold i nære relasjoner
    ("jeg tror en elev blir slått hjemme", "vold-naere-relasjoner"),
    ("rutine vold i nære relasjoner", "vold-naere-relasjoner"),
    ("mor slår", "vold-naere-relasjoner"),
    ("han sier faren er sint hele tiden", "vold-naere-relasjoner"),
    ("volld i naere relasjonar", "vold-naere-relasjoner"),
    ("hun er redd for å gå hjem etter skolen", "vold-naere-relasjoner"),
    ("pappa slo ham i går sier han", "vold-naere-relasjoner"),
    ("barnet forteller at mamma slår", "vold-naere-relasjoner"),
    ("mistanke om overgrep mot en elev", "vold-naere-relasjoner"),
    ("eleven tor ikke ga hjem", "vold-naere-relasjoner"),
    ("stefaren slår henne", "vold-naere-relasjoner"),
    ("barnet er utrygt hjemme", "vold-naere-relasjoner"),
    ("mistenker barnemishandling", "vold-naere-relasjoner"),
    ("gutten har blåmerker på armene og vil ikke si hvorfor", "vold-naere-relasjoner"),
    ("eleven har blamerkr", "vold-naere-relasjoner"),
    ("hva gjør jeg hvis et barn forteller om vold", "vold-naere-relasjoner"),
    # selvskading
    ("elev kutter seg", "selvskading"),
    ("en jente i 8. klasse skader seg selv", "selvskading"),
    ("selvskadding", "selvskading"),
    ("hun har kuttsår på armene", "selvskading"),
    ("eleven snakker om selvmord", "selvskading"),
    ("han sier han vil ikke leve lenger", "selvskading"),
    ("hun rispet seg på armen", "selvskading"),
    # bildedeling
    ("noen har delt nakenbilder av ei jente i 9. klasse", "bildedeling"),
    ("elever deler bilder av en medelev på snap", "bildedeling"),
    ("nudes som sprer seg på skolen", "bildedeling"),
    ("en gutt blir utpresset med nakenbilder", "bildedeling"),
    ("deling av uonskede bilder og filmer", "bildedeling"),
    ("noen filmet slåsskampen og la den ut", "bildedeling"),
    # skolefravær
    ("eleven har mye fravær", "skolefravaer"),
    ("bekymringsfullt fravaer", "skolefravaer"),
    ("bekymringsful fravær", "skolefravaer"),
    ("en gutt skulker hele tiden", "skolefravaer"),
    ("alvorlig skolefravær rutine", "skolefravaer"),
    ("eleven kommer ikke på skolen lenger", "skolefravaer"),
    ("hun nekter å gå på skolen", "skolefravaer"),
    ("hjemmesitter i 9. trinn", "skolefravaer"),
    ("skolefraver", "skolefravaer"),
    ("fraværet øker for en elev", "skolefravaer"),
    # hastemøte
    ("vi trenger et hastemøte", "hastemote"),
    ("hvordan kaller jeg inn til hastemote", "hastemote"),
    ("det har skjedd en alvorlig hendelse med ungdom i sentrum", "hastemote"),
    ("trenger akuttmøte med politiet", "hastemote"),
    # samtykke
    ("kan jeg ta opp en elev i fagteamet", "samtykke"),
    ("trenger jeg samtykkeskjema", "samtykke"),
    ("kan vi drøfte en elev i fagteamet uten samtykke", "samtykke"),
    ("hvordan innhenter jeg informert samtykke", "samtykke"),
    ("kan jeg si navnet på eleven i møtet", "samtykke"),
    ("taushetsplikt i fagteamet", "samtykke"),
    ("drofte enkeltsak i SLT", "samtykke"),
    # bekymringsmelding: the duty to report, asked about itself
    ("hvordan sender jeg en bekymringsmelding", "bekymringsmelding"),
    ("må jeg si fra til foreldrene før jeg melder til barnevernet", "bekymringsmelding"),
    ("har jeg opplysningsplikt som assistent", "bekymringsmelding"),
    ("taushetsplikt eller melde til barnevernet, hva går foran", "bekymringsmelding"),
    ("skal foresatte få vite at jeg har meldt", "bekymringsmelding"),
    ("en elev har 20 % fravær", "skolefravaer"),  # a quantity between a trigger's words
    ("eleven har 18 prosent fravær dette halvåret", "skolefravaer"),
]

NOT_ROUTINES = [
    "hvem sitter i politirådet",
    "kommer du på møtet? det er ikke lenge til, vi sees på skolen",  # a trigger's words, apart
    "hva er været i morgen",
    "hvor ofte møtes fagteamet",
    "når er neste møte i SLT-nettverket",
    "hvem er SLT-koordinator i Våler",
    "hvilke tiltak har vi for å forebygge mobbing",
    "hvem har ansvar for tiltak 21",
    "20 % av elevene svarte på ungdata",  # a number alone is no trigger
    "hvordan legger jeg inn et nytt tiltak",
    "det var fullt på møtet i går",
    "det er lenger til neste møte enn jeg trodde",
    "jeg skulle spørre om referatet",
    "kan du flytte møtet i politirådet til torsdag",
    "hva står i årshjulet for mars",
    "hvem er leder for barnevernet",
    "takk for hjelpen",
]


def test_there_are_at_least_60_phrasings_across_every_routine() -> None:
    assert len(PHRASINGS) >= 60
    assert {routine_id for _, routine_id in PHRASINGS} == ROUTINE_IDS
    assert len(NOT_ROUTINES) >= 10


@pytest.mark.parametrize(("question", "routine_id"), PHRASINGS)
def test_staff_phrasings_find_the_routine(
    matcher: RoutineMatcher, question: str, routine_id: str
) -> None:
    found = matcher.match(question)
    assert found is not None, f"{question!r} found no routine"
    assert found.routine_id == routine_id, f"{question!r} matched {found.trigger!r}"


@pytest.mark.parametrize("question", NOT_ROUTINES)
def test_questions_about_something_else_find_no_routine(
    matcher: RoutineMatcher, question: str
) -> None:
    assert matcher.match(question) is None


def test_a_teacher_who_smells_hash_on_a_pupil_gets_the_rusbekymring_routine(
    matcher: RoutineMatcher,
) -> None:
    found = matcher.match("En elev lukter hasj")
    assert found is not None
    assert (found.routine_id, found.trigger) == ("rusbekymring", "hasj*")
    assert 0 < found.score <= 100


def test_violence_wins_when_a_question_also_mentions_absence(matcher: RoutineMatcher) -> None:
    found = matcher.match("eleven har mye fravær og sier at far slår")
    assert found is not None
    assert found.routine_id == "vold-naere-relasjoner"
    assert "skolefravaer" in found.also


# --- the text overview (console) ------------------------------------------------------------


def test_the_overview_text_starts_with_the_acute_line_and_lists_every_step(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "vold-naere-relasjoner")
    text = overview_text(routine, valer, national)
    assert text.splitlines()[0].endswith(routine.routine.acute)
    for number, step in enumerate(routine.routine.steps, start=1):
        assert f"\n{number}. " in text, step.id
    assert "Ja → steg 2 · Nei → steg 3" in text
    assert "Barneverntjenesten i Våler" in text
    assert "https://lovdata.no/lov/2021-06-18-97/§13-2" in text
    assert f"Kilde: {routine.source.title}" in text
    assert NATIONAL_DEFAULT_NOTE not in text


def test_a_national_default_says_the_kommune_has_not_written_its_own(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    text = overview_text(resolved(valer, national, "selvskading"), valer, national)
    assert text.rstrip().endswith(NATIONAL_DEFAULT_NOTE)
    assert "Ring 113" in text.splitlines()[0]


def test_jevnakers_rusbekymring_names_pa_rett_kjol_and_its_partners(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    jevnaker = kommuner["jevnaker"]
    text = overview_text(resolved(jevnaker, national, "rusbekymring"), jevnaker, national)
    assert "På rett kjøl" in text
    assert "Helsestasjon for ungdom" in text
    assert "Politikontakt for Jevnaker" in text


# --- cards ----------------------------------------------------------------------------------


def test_the_overview_card_shows_the_acute_line_first_and_offers_step_by_step(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "rusbekymring")
    card = overview_card(overview_view(routine, valer, national))
    first = card["body"][0]
    assert first["style"] == "attention"
    assert first["items"][0]["text"] == routine.routine.acute
    start = actions_by_title(card)[START_TITLE]
    assert start["verb"] == Verb.ROUTINE_STEP
    assert start["data"] == signing.sign(
        {
            "routine": "rusbekymring",
            "kommune": "valer",
            "step": "akutt-fare",
            "verb": str(Verb.ROUTINE_STEP),
        }
    )
    text = card_text(card)
    for step in routine.routine.steps:
        assert step.title in text or (step.decision or "") in text, step.id
    assert routine.source.title in text


def test_a_decision_step_has_ja_and_nei_to_the_right_steps(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "vold-naere-relasjoner")
    card = step_card(step_view(routine, valer, national, "akutt-fare"))
    actions = actions_by_title(card)
    assert set(actions) == {"Tilbake", "Ja", "Nei"}
    assert actions["Ja"]["data"]["step"] == "ring-na"
    assert actions["Nei"]["data"]["step"] == "lytt"
    assert actions["Ja"]["data"]["trail"] == ["akutt-fare"]
    assert actions["Tilbake"]["verb"] == Verb.ROUTINE_START  # first step: back to overview
    assert "Steg 1 av 10" in card_text(card)


def test_tilbake_after_a_branch_returns_to_the_question_not_the_skipped_step(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "vold-naere-relasjoner")
    trail = ["akutt-fare", "lytt", "skriv-ned"]
    question = step_card(step_view(routine, valer, national, "forelder-mistenkt", trail))
    nei = actions_by_title(question)["Nei"]["data"]
    assert nei["step"] == "meld-barnevern"  # ikke-informer is skipped
    report = step_card(step_view(routine, valer, national, nei["step"], nei["trail"]))
    back = actions_by_title(report)["Tilbake"]["data"]
    assert (back["step"], back["trail"]) == ("forelder-mistenkt", trail)
    onward = actions_by_title(report)["Neste"]["data"]
    assert onward["step"] == "avverge"
    assert onward["trail"] == [*trail, "forelder-mistenkt", "meld-barnevern"]


def test_a_step_card_names_who_calls_whom_and_on_which_legal_basis(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "vold-naere-relasjoner")
    text = card_text(step_card(step_view(routine, valer, national, "ring-na", ["akutt-fare"])))
    assert "112 / 113 / 110" in text  # the phone of the national nødnummer contact
    assert "Barneverntjenesten i Våler" in text
    assert "Avvergeplikt" in text and "lovdata.no" in text
    text = card_text(step_card(step_view(routine, valer, national, "lytt", ["akutt-fare"])))
    assert "Nivå 0" in text


def test_the_last_step_finishes_and_the_closing_card_goes_back_to_the_overview(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    gjesdal = kommuner["gjesdal"]
    routine = resolved(gjesdal, national, "hastemote")
    last = routine.routine.steps[-1].id
    finish = actions_by_title(step_card(step_view(routine, gjesdal, national, last, ["mote"])))[
        "Ferdig"
    ]
    assert finish["data"]["step"] == END
    closing = step_card(step_view(routine, gjesdal, national, END, finish["data"]["trail"]))
    actions = actions_by_title(closing)
    assert actions["Til oversikten"]["verb"] == Verb.ROUTINE_START
    assert actions["Til oversikten"]["data"]["routine"] == "hastemote"
    assert actions["Tilbake"]["data"]["step"] == last


def test_a_step_an_edited_routine_no_longer_has_leads_back_to_the_overview(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    card = step_card(
        step_view(resolved(valer, national, "samtykke"), valer, national, "gammelt-steg")
    )
    assert set(actions_by_title(card)) == {"Til oversikten"}


def test_the_trail_from_card_data_is_cleaned_and_capped(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    valer = kommuner["valer"]
    routine = resolved(valer, national, "samtykke")
    messy: list[Any] = ["plikt", 7, None, *(["anonymt"] * 200)]
    card = step_card(step_view(routine, valer, national, "forklar", messy))
    trail = actions_by_title(card)["Neste"]["data"]["trail"]
    assert len(trail) <= MAX_TRAIL and all(isinstance(s, str) for s in trail)


@pytest.mark.parametrize("answer", ["Ja", "Nei"])
def test_clicking_through_always_reaches_the_end(
    national: NationalDefaults, kommuner: dict[str, Kommune], answer: str
) -> None:
    for kommune in kommuner.values():
        for routine in resolve_routines(kommune, national).values():
            data = actions_by_title(overview_card(overview_view(routine, kommune, national)))[
                START_TITLE
            ]["data"]
            for _ in range(len(routine.routine.steps) + 1):
                if data["step"] == END:
                    break
                card = step_card(
                    step_view(routine, kommune, national, data["step"], data.get("trail", []))
                )
                actions = actions_by_title(card)
                data = (actions.get(answer) or actions.get("Neste") or actions["Ferdig"])["data"]
            assert data["step"] == END, f"{kommune.id}/{routine.id} never finished"


def all_cards(national: NationalDefaults, kommuner: dict[str, Kommune]) -> Iterator[dict]:
    for kommune in kommuner.values():
        for routine in resolve_routines(kommune, national).values():
            yield overview_card(overview_view(routine, kommune, national))
            for step in routine.routine.steps:
                yield step_card(step_view(routine, kommune, national, step.id, ["x"]))
            yield step_card(step_view(routine, kommune, national, END, ["x"]))
            yield step_card(step_view(routine, kommune, national, "finnes-ikke"))


def test_every_routine_card_is_a_valid_adaptive_card_1_5(
    national: NationalDefaults, kommuner: dict[str, Kommune]
) -> None:
    count = 0
    for card in all_cards(national, kommuner):
        assert card["msteams"] == {"width": "Full"}
        assert validate_card(card) == []
        count += 1
    assert count > 100


@pytest.mark.parametrize(
    "word", ["skolefravaeret", "hasjroyking", "rusbekymringer", "mobbingen", "voldsepisode", "ab"]
)
def test_compound_parts_are_every_trigger_word_inside_the_word(
    matcher: RoutineMatcher, word: str
) -> None:
    """The parts found by their first five letters are exactly the spans of five letters or
    more (the whole word aside) that are trigger words."""
    spans = {
        (start, word[start:end])
        for start in range(len(word))
        for end in range(start + 5, len(word) + 1)
        if (start, end) != (0, len(word)) and word[start:end] in matcher._plain
    }
    assert set(matcher._compound_parts(word)) == spans


@pytest.mark.parametrize(
    "question",
    ["hva gjør jeg ved rusbekymring", "Elev med høyt skolefravær", "mistanke om vold hjemme"],
)
def test_a_question_folded_by_the_caller_matches_as_when_folded_inside(
    matcher: RoutineMatcher, question: str
) -> None:
    """SltBot folds a message once per turn and hands it on; the match must not change."""
    expected = matcher.match(question)
    assert expected is not None
    assert matcher.match(question, folded=fold(question)) == expected


@pytest.mark.parametrize(
    "question", ["når skal vi innkalle til hastemøte", "hvordan kaller jeg inn til hastemøte"]
)
def test_a_question_about_calling_a_hastemote_gets_the_routine_not_a_command(
    kb: KnowledgeBase, question: str
) -> None:
    """No command verb first: a question about the routine the words name, never the command
    grammar's «Jeg forstod ikke helt»."""
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    reply = asyncio.run(bot.answer(question, "jevnaker"))
    assert str(reply.intent) == "routine" and reply.facts.get("routine") == "hastemote"
    assert "forstod ikke" not in reply.text


def test_a_call_with_its_verb_first_stays_a_command(kb: KnowledgeBase) -> None:
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    understood = bot.understand("innkall til hastemøte i morgen kl 9", "jevnaker")
    assert understood.intent is Intent.MEETING_CALL


def test_a_routine_worked_out_once_stays_the_same_for_a_case_and_a_question(
    kb: KnowledgeBase,
) -> None:
    """The overview is worked out once per routine and per danger lead: a disclosure's reply
    (its lead first, no coordinator) never leaks into the plain question's, nor back."""
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    asked = "hva gjør jeg ved vold i nære relasjoner"
    first = asyncio.run(bot.answer(asked, "valer"))
    case = bot.danger_reply("en elev sier at faren slår henne hjemme", "valer")
    again = asyncio.run(bot.answer(asked, "valer"))
    assert case is not None and str(case.intent) == "disclosure"
    assert first.text == again.text and first.cards == again.cards
    assert "Grønsleth" in first.text and "Grønsleth" not in case.text
    assert case.text.startswith("🚨") and not first.text.startswith("🚨")
