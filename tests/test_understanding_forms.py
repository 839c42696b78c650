"""What a question's form says, through the whole bot as a Teams message reaches it.

«Har vi en rutine for …?» asks whether one exists (the list, the one asked about first);
«jeg er slt-k, hvilke tiltak står jeg som ansvarlig for?» asks for the coordinator's tiltak;
the «vet ikke» for a figure or teaching material carries no emergency numbers.
"""

from __future__ import annotations

import pytest

from tests.eval import Item, Runner, _answer


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


def ask(runner: Runner, text: str, kommune: str = "valer") -> tuple[str, str, dict[str, object]]:
    item = Item(id="t", kommune=kommune, half="dev", text=text, intent="unknown")
    answer = _answer(runner.replies(item), frozenset())
    assert answer is not None
    return str(answer.intent), answer.text, dict(answer.facts)


def test_asking_whether_a_routine_exists_gets_the_list_with_it_first(runner: Runner) -> None:
    intent, _, facts = ask(runner, "har vi en rutine for deling av nakenbilder?", "gjesdal")
    assert intent == "routine_list"
    routines = facts["routines"]
    assert isinstance(routines, list) and routines[0] == "bildedeling"
    intent, _, _ = ask(runner, "hva gjør jeg ved deling av nakenbilder?", "gjesdal")
    assert intent == "routine"  # what to do: the routine itself


@pytest.mark.parametrize(
    ("question", "kommune", "routine"),
    [
        ("rutine for deling av nakenbilder?", "gjesdal", "bildedeling"),
        ("har vi en rutine for rusbekymring? vil vite hvor den ligger", "jevnaker", "rusbekymring"),
        ("hva er rutinen ved fravær", "valer", "skolefravaer"),
        ("elev har hatt mye fravær i det siste, hva er rutinen", "gjesdal", "skolefravaer"),
        # one word for the routine and its topic, with and without the linking «s»
        ("rusrutinen?", "valer", "rusbekymring"),
        ("hvor finner jeg rusrutinen", "jevnaker", "rusbekymring"),
        ("kan jeg få se voldsrutina", "valer", "vold-naere-relasjoner"),
        ("fraværsrutinen", "gjesdal", "skolefravaer"),
    ],
)
def test_one_routine_asked_for_gets_that_routine(
    runner: Runner, question: str, kommune: str, routine: str
) -> None:
    """One routine named in the singular, or the routine itself wanted after «har vi …?»:
    its steps, not the list of routines."""
    intent, _, facts = ask(runner, question, kommune)
    assert intent == "routine" and facts["routine"] == routine


def test_a_routine_compound_the_plan_uses_as_a_name_stays_one_word(runner: Runner) -> None:
    """«samhandlingsrutinen med politiet» is a Våler tiltak's name: its owner is asked."""
    question = "hvem har ansvar for samhandlingsrutinen med politiet om folk med voldspotensial"
    intent, _, _ = ask(runner, question, "valer")
    assert intent == "tiltak_owner"


def test_the_routine_word_with_an_everyday_word_is_no_routine(runner: Runner) -> None:
    question = "hva er rutinen for å legge ut bilder fra skoleavslutningen på facebooksida?"
    intent, _, _ = ask(runner, question, "gjesdal")
    assert intent != "routine"


def test_the_list_of_routines_adds_what_the_plan_says_of_the_topic_asked(runner: Runner) -> None:
    """Another plan or a rutine the plan keeps as a tiltak: named under the routines."""
    question = "har vi en handlingsplan mot vold i nære relasjoner, og hva heter den?"
    intent, text, _ = ask(runner, question, "valer")
    assert intent == "routine_list"
    assert "«Uten vold»" in text
    question = "er det laget en rutine for samarbeidet mellom kommunen og politiet?"
    intent, text, _ = ask(runner, question, "jevnaker")
    assert intent == "routine_list"
    assert "Samhandlingsrutine mellom Jevnaker kommune og politiet" in text
    _, text, _ = ask(runner, "hvilke rutiner finnes", "valer")
    assert "Dette sier planen ellers" not in text  # nothing asked besides the routines


def test_the_coordinators_own_tiltak(runner: Runner) -> None:
    intent, text, _ = ask(
        runner, "jeg er slt-koordinator, hvilke tiltak står jeg som ansvarlig for?"
    )
    assert intent == "tiltak_mine" and "koordinator" in text.lower()
    intent, _, _ = ask(runner, "hvem er slt-koordinator?")
    assert intent == "coordinator"


def test_a_figure_asked_for_gets_no_emergency_numbers_under_the_fallback(runner: Runner) -> None:
    intent, text, _ = ask(runner, "hvor mange selvmord var det blant unge i fjor? til en rapport")
    assert intent == "unknown" and "112" not in text and "koordinator" in text.lower()
    intent, text, _ = ask(runner, "hva sa hun om lønna til rektor?")
    assert intent == "unknown" and "112" in text  # the net stays under a message about someone


def test_danger_words_judged_harmless_get_no_emergency_numbers(runner: Runner) -> None:
    for text in (
        "hun dør av latter hver gang jeg snubler",
        "elevene slåss om ballen i friminuttet",
    ):
        intent, answer, _ = ask(runner, text)
        assert intent == "unknown" and "112" not in answer, text


def test_a_group_named_with_something_no_knowledge_holds_gets_the_honest_fallback(
    runner: Runner,
) -> None:
    intent, _, _ = ask(runner, "hvem i fagteamet har nøkkel til møterommet", "jevnaker")
    assert intent == "unknown"
    intent, _, _ = ask(runner, "er nav med i fagteamet", "jevnaker")
    assert intent == "members"  # whether a member is in it: the member list answers
    intent, text, _ = ask(runner, "hvem disponerer stimuleringsmidlene", "gjesdal")
    assert intent == "plan" and "arbeidsgruppa" in text  # the plan states it (plan_facts)


@pytest.mark.parametrize(
    "question",
    [
        "hvilke tiltak er vi ansvarlige for",
        "kva tiltak er me ansvarlege for",
        "what are my tiltak",
    ],
)
def test_the_writers_own_tiltak_in_the_first_person_plural(runner: Runner, question: str) -> None:
    intent, _, _ = ask(runner, question, "gjesdal")
    assert intent == "tiltak_mine"


def test_the_tiltak_of_the_group_the_writer_sits_in(runner: Runner) -> None:
    question = "Sit i SLT-arbeidsgruppa. Kva tiltak e me ansvarlege for?"
    intent, text, _ = ask(runner, question, "gjesdal")
    assert intent == "tiltak_mine" and "Livsmestring" in text
    intent, _, _ = ask(runner, "har vi tiltak mot vold", "gjesdal")
    assert intent != "tiltak_mine"  # «vi» without an ansvar word is the kommune


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("hvem står bak friluftsskolen? vil melde på ei jente", "DNT Vansjø"),
        ("eksplosjon av påmeldinger til sommeruka! hvem har ansvaret?", "VS-IL"),
        ("aktivitetsdagen med politiet for 9. trinn – hvem holder i den?", "Ungdomsskolen"),
    ],
)
def test_who_runs_a_tiltak_named_by_a_word_only_it_holds(
    runner: Runner, question: str, owner: str
) -> None:
    """Not tiltak 9 for «9. trinn», not «vet ikke» for the other words around the name."""
    intent, text, facts = ask(runner, question, "valer")
    assert intent == "tiltak_owner" and owner in text
    assert "9" not in facts["tiltak"]


def test_who_leads_a_place_a_tiltak_names_is_no_owner_question(runner: Runner) -> None:
    intent, _, _ = ask(runner, "hvem er leder for ungdomsklubben", "valer")
    assert intent != "tiltak_owner"


@pytest.mark.parametrize(
    ("question", "kommune", "said"),
    [
        (
            "vi så filmen sinna-mann i klassen i dag. er det en del av slt-planen?",
            "jevnaker",
            "4. trinn",
        ),
        ("hva er Uten vold-planen, og hvem skal følge den?", "valer", "Alle virksomheter"),
    ],
)
def test_a_tiltak_asked_by_the_name_its_title_quotes(
    runner: Runner, question: str, kommune: str, said: str
) -> None:
    """«Sinna mann», «Uten vold»: a film or plan the tiltak quotes names it."""
    intent, text, _ = ask(runner, question, kommune)
    assert intent == "tiltak_lookup" and said in text


def test_whether_something_no_plan_names_is_a_tiltak(runner: Runner) -> None:
    """The plan does not name it: said first, in the writer's spelling, before the tiltak the
    rest of the question finds – never those tiltak as a yes."""
    question = "Er krisesenterets besøk om vold i 8. klasse et SLT-tiltak?"
    intent, text, _ = ask(runner, question, "jevnaker")
    assert intent == "tiltak_lookup"
    assert "Jeg finner ikke «krisesenterets» i handlingsplanen" in text
    intent, text, _ = ask(runner, "har vi noe tiltak om mobbeombud i planen?", "jevnaker")
    assert "Jeg finner ikke «mobbeombud» i handlingsplanen" in text
    _, text, _ = ask(runner, "er trygghetsvandring et slt-tiltak?", "jevnaker")
    assert "Jeg finner ikke" not in text  # the plan names it


def test_a_tiltak_asked_of_the_plan_after_a_routines_topic(runner: Runner) -> None:
    """The scene names violence; the question asks what the plan holds – the tiltak, not the
    routine for a case. With «rutine» named, the routine still answers."""
    question = (
        "vi skal ha vold og overgrep som tema på personalmøtet. hvilken kompetanseheving på å "
        "snakke med barn står i planen?"
    )
    intent, text, _ = ask(runner, question, "valer")
    assert intent == "tiltak_lookup" and "dialogiske" in text
    intent, _, _ = ask(runner, "hva er rutinen ved vold i nære relasjoner i planen?", "valer")
    assert intent == "routine"


def test_when_is_a_named_meeting_asked_in_english(runner: Runner) -> None:
    question = "When is the fellesmøte for styringsgruppe and arbeidsgruppe?"
    intent, _, _ = ask(runner, question, "gjesdal")
    assert intent in ("next_meeting", "meeting_plan")


@pytest.mark.parametrize(
    "question",
    [
        "må jeg ha samtykke før jeg melder en sak til operativ gruppe",
        "trenger vi samtykke før vi tar opp en elev i operativ slt-gruppe?",
    ],
)
def test_whether_consent_is_needed_gets_the_consent_routine(runner: Runner, question: str) -> None:
    """Not who the case goes to: whether the writer must have consent first."""
    intent, _, facts = ask(runner, question, "gjesdal")
    assert intent == "routine" and facts["routine"] == "samtykke"


@pytest.mark.parametrize(
    "question",
    [
        "har jeg noen frister",
        "mine frister",
        "my deadlines",
        "kva har eg ansvaret for",
        "which tiltak am I responsible for",
    ],
)
def test_the_writers_own_deadlines_are_their_tiltak(runner: Runner, question: str) -> None:
    intent, _, _ = ask(runner, question, "gjesdal")
    assert intent == "tiltak_mine"


def test_two_routines_retrieval_ranks_alike_answer_neither(runner: Runner) -> None:
    """«følge opp» stands in several routines' steps: no routine (and no 113) for it."""
    intent, text, _ = ask(runner, "hva skal jeg følge opp i planen", "gjesdal")
    assert intent != "routine" and "113" not in text


def test_the_tiltak_of_an_innsatsomrade_asked_by_its_number(runner: Runner) -> None:
    """The plan numbers its areas in the order its tiltak name them, as the plan answer does."""
    intent, text, facts = ask(runner, "hvilke tiltak har vi under innsatsområde 6?", "valer")
    assert intent == "tiltak_lookup" and "Kriminalitet på internett" in text
    assert facts["tiltak"] == ["35", "36"]
    _, text, _ = ask(runner, "hvilke tiltak har vi under innsatsområde 9?", "valer")
    assert "innsatsområde 9" not in text  # the plan has seven


def test_the_tiltak_of_an_innsatsomrade_asked_by_its_name(runner: Runner) -> None:
    """«fokustiltakene»: «fokus» + «tiltakene»; the area «Spesielt fokus …» holds them."""
    intent, text, _ = ask(runner, "hva er de tre fokustiltakene", "gjesdal")
    assert intent == "tiltak_lookup"
    assert "Livsmestring" in text and "Folkemøter" in text
    _, text, _ = ask(runner, "gjesdal tiltak 1?", "gjesdal")
    assert "Spesielt fokus" not in text.split("\n")[0]  # a number names the tiltak


@pytest.mark.parametrize(
    "question", ["har vi noen som er ansvarlig for ungdata?", "er vi ansvarlige for natteravnene?"]
)
def test_whether_we_own_one_tiltak_is_no_list_of_our_own(runner: Runner, question: str) -> None:
    intent, _, _ = ask(runner, question, "gjesdal")
    assert intent != "tiltak_mine"


def test_a_capitalised_word_inside_a_sentence_is_not_echoed(runner: Runner) -> None:
    """It may be someone's name: no «Jeg finner ikke «…»» with it."""
    _, text, _ = ask(runner, "har vi et tiltak som heter Mobbeombud i planen?", "jevnaker")
    assert "Mobbeombud" not in text


def test_a_routine_asked_of_bti_without_a_case_gets_bti(runner: Runner) -> None:
    """«skal rusrutinen være del av bti?» asks how BTI holds the routine; a case told with
    it («en elev ruser seg, …») still gets the routine."""
    intent, _, _ = ask(runner, "skal rusrutinen være del av bti?", "jevnaker")
    assert intent == "bti"
    intent, _, _ = ask(runner, "en elev ruser seg, skal vi ta det i bti?", "jevnaker")
    assert intent == "routine"


@pytest.mark.parametrize(
    ("question", "echoed"),
    [
        ("foreldre er bekymret for sønnen sin, hvor kan de henvende seg?", None),
        ("mor er bekymra for dattera, hvor kan hun henvende seg?", None),
        ("hvordan kontakter jeg krisesenteret?", "krisesenteret"),
    ],
)
def test_whom_a_worry_is_about_is_no_service_without_a_contact(
    runner: Runner, question: str, echoed: str | None
) -> None:
    """«bekymret for sønnen»: the son is whom the worry is about, never «ingen
    kontaktinformasjon for «sønnen»»; a service no plan names is still echoed."""
    _, text, _ = ask(runner, question, "gjesdal")
    if echoed is None:
        assert "ingen kontaktinformasjon for" not in text
    else:
        assert f"ingen kontaktinformasjon for «{echoed}»" in text
