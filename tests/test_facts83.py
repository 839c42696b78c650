"""«Who do I contact» and plan questions from newcomers and leaders (session 39, facts83).
Every message is made up for this file from the plans (../shared/seeds) and the domain notes,
none copied from an eval round.

- ``PROBE``: 55 questions by vikarer, students, new staff and politicians – whom to contact for
  what, the coordinator, the plan's goals, period and target group, levels and who sits
  where, tiltak asked in a newcomer's words, and people the plans never name – each with the
  reading ``make eval`` would score right (tests/eval). At base (56ccf755) 40 of 55 were
  right; ``MISSES`` are the ones still not.
- A line to call or chat without a name («kan ungdom ringe anonymt …», «call anonymously»)
  is the helplines'; a service named beside it («kan foreldre ringe anonymt til
  barnevernet?») keeps that service's contact (understanding/asks.py ``line_asked``).
- Who leads, calls in or takes minutes in a body no SLT group is («leder i FAU», «elevrådet»)
  gets the honest answer, not «Hvilken gruppe mener du?» (understanding/other_body.py).
- Getting a young person into work («komme seg i jobb») is NAV's need (needs.yaml).
- A role no tiltak holds as ansvar, whose work a tiltak's text names («helsesykepleier har
  helsesamtaler»), gets those tiltak with their ansvarlig (features/tiltak/mine.py).
- «actually», «really» are filler; «kontaktperson for slt» asks the coordinator; what a named
  service helps with («hva kan familiesenteret hjelpe med?») is how to reach it; «hva står
  jeg for i planen» asks the writer's tiltak.
"""

from __future__ import annotations

import pytest

from tests.auxil.probe import answered, assert_probe_right, probe_params
from tests.eval import Runner

PROBE: list[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]]] = [
    # --- whom to contact, in the plan's words and the newcomer's own
    (
        "p83-001",
        "valer",
        "hvor kan en 17-åring få hjelp til å komme seg i jobb her i våler?",
        "contact_service",
        ("nav",),
        (),
    ),
    (
        "p83-002",
        "valer",
        "ny vikar: hvem tar seg av ungdommer som holder på å droppe ut av skolen?",
        "contact_service",
        ("skolelos",),
        (),
    ),
    (
        "p83-003",
        "valer",
        "finnes det noe samtaletilbud for unge som sliter psykisk i våler?",
        "contact_service",
        ("støttesamtaler",),
        (),
    ),
    (
        "p83-004",
        "valer",
        "who do I contact in the police about youth crime in Våler?",
        "contact_service",
        ("politikontakt",),
        (),
    ),
    (
        "p83-005",
        "valer",
        "hvordan kommer jeg i kontakt med konfliktrådet?",
        "contact_service",
        ("konfliktrådet",),
        (),
    ),
    (
        "p83-006",
        "valer",
        "ungdomshelsestasjonen – hvor ligger den?",
        "contact_service",
        ("moss",),
        (),
    ),
    (
        "p83-007",
        "valer",
        "er laerer paa vaak skole, hvem er kontakten min i politiet",
        "contact_service",
        ("politikontakt",),
        (),
    ),
    (
        "p83-008",
        "jevnaker",
        "hvor sender jeg foreldre som trenger veiledning i foreldrerollen?",
        "contact_service",
        ("familiens hus",),
        (),
    ),
    (
        "p83-009",
        "jevnaker",
        "hvem tilbyr PMTO i Jevnaker?",
        "contact_service",
        ("familiens hus",),
        (),
    ),
    (
        "p83-010",
        "jevnaker",
        "nyansatt miljøarbeider her. hvem i NAV jobber med ungdom?",
        "contact_service",
        ("ungdomskontakt",),
        (),
    ),
    ("p83-011", "gjesdal", "hvem kontakter jeg i PPT?", "contact_service", ("ppt",), ()),
    (
        "p83-012",
        "gjesdal",
        "hva er tjeneste- og koordineringskontoret og når bør jeg kontakte dem?",
        "contact_service",
        ("koordineringskontor",),
        (),
    ),
    (
        "p83-013",
        "gjesdal",
        "familiesenteret, hva kan de hjelpe med?",
        "contact_service",
        ("familiesenter",),
        (),
    ),
    ("p83-014", "gjesdal", "hvem er politikontakt i gjesdal?", "unknown", (), ()),
    (
        "p83-015",
        "gjesdal",
        "hvilke hjelpetilbud finnes for ungdom i gjesdal?",
        "contact_service",
        ("helsestasjon",),
        (),
    ),
    ("p83-016", "gjesdal", "nummer til barnevernet?", "contact_service", ("barnevern",), ()),
    (
        "p83-017",
        "gjesdal",
        "korleis får eg tak i helsesjukepleiar?",
        "contact_service",
        ("helsesykepleier",),
        (),
    ),
    (
        "p83-018",
        "jevnaker",
        "hvor kan ungdom teste seg eller få prevensjon, HFU?",
        "contact_service",
        ("helsestasjon for ungdom",),
        (),
    ),
    (
        "p83-019",
        "valer",
        "en elev er lei seg og har ingen å snakke med, hvem på skolen kan hjelpe?",
        "contact_service",
        ("helsesykepleier",),
        (),
    ),
    (
        "p83-020",
        "jevnaker",
        "hvem kan jeg spørre om råd hvis jeg lurer på om noen er i ferd med å bli ekstremist?",
        "contact_service",
        ("radikalisering",),
        (),
    ),
    (
        "p83-021",
        "gjesdal",
        "is there a number young people can call anonymously?",
        "hotlines",
        (),
        (),
    ),
    (
        "p83-022",
        "valer",
        "finnes det en chat der ungdom kan snakke med noen uten å si navnet sitt?",
        "hotlines",
        (),
        (),
    ),
    # --- the coordinator
    (
        "p83-023",
        "valer",
        "hva gjør egentlig slt-koordinatoren? er ny i kommunen",
        "coordinator",
        ("bindeledd",),
        (),
    ),
    (
        "p83-024",
        "gjesdal",
        "I'm new here – what's the job of the SLT coordinator in Gjesdal?",
        "coordinator",
        ("bindeledd",),
        (),
    ),
    (
        "p83-025",
        "gjesdal",
        "er slt-koordinator en egen stilling hos oss?",
        "coordinator",
        ("oppvekstkoordinator",),
        (),
    ),
    ("p83-026", "jevnaker", "hvem er kontaktperson for slt i jevnaker", "coordinator", (), ()),
    (
        "p83-027",
        "valer",
        "student i praksis her, hva jobber slt koordinator med",
        "coordinator",
        ("bindeledd",),
        (),
    ),
    # --- the plan: goals, period, target group, who adopted it
    ("p83-028", "valer", "hvor lenge gjelder slt planen?", "plan_facts", ("2026",), ()),
    ("p83-029", "gjesdal", "for hvilke år gjelder handlingsplanen?", "plan_facts", ("2025",), ()),
    (
        "p83-030",
        "gjesdal",
        "hvilken aldersgruppe jobber slt med i gjesdal?",
        "plan_facts",
        ("12",),
        (),
    ),
    ("p83-031", "jevnaker", "ka e måla i slt-planen te jevnaker?", "plan_facts", (), ()),
    (
        "p83-032",
        "valer",
        "as a new politician, what are the main goals of the SLT plan?",
        "plan_facts",
        ("riktig hjelp",),
        (),
    ),
    ("p83-033", "valer", "hvem vedtok slt-planen, og når?", "plan_facts", ("kommunestyret",), ()),
    (
        "p83-034",
        "gjesdal",
        "hvilke strategier har slt i gjesdal?",
        "plan_facts",
        ("samarbeid",),
        (),
    ),
    (
        "p83-035",
        "gjesdal",
        "har politiet og kommunen en samarbeidsavtale?",
        "plan_facts",
        ("samarbeidsavtale",),
        (),
    ),
    (
        "p83-036",
        "jevnaker",
        "hvilke år gjelder tiltakene i jevnaker sin plan",
        "plan_facts",
        ("2028",),
        (),
    ),
    # --- levels and who reports to whom
    (
        "p83-037",
        "gjesdal",
        "jeg er ordfører – hvilken slt-gruppe sitter jeg i?",
        "role_groups",
        ("styringsgruppe",),
        (),
    ),
    (
        "p83-038",
        "valer",
        "er kommunedirektøren med i politirådet?",
        "role_groups",
        ("politirådet",),
        (),
    ),
    (
        "p83-039",
        "gjesdal",
        "hvem rapporterer arbeidsgruppa til?",
        "level_info",
        ("styringsgruppe",),
        (),
    ),
    (
        "p83-040",
        "valer",
        "ny i kommunestyret, hva gjør politirådet egentlig?",
        "level_info",
        ("prioriteringer",),
        (),
    ),
    (
        "p83-041",
        "jevnaker",
        "hvem sitter i politirådet i jevnaker",
        "group_members",
        ("ringerike",),
        (),
    ),
    ("p83-042", "gjesdal", "who sits in the steering group?", "group_members", ("ordfører",), ()),
    (
        "p83-043",
        "valer",
        "ny lærer: hvem bestemmer hva kommunen skal gjøre mot rus blant ungdom?",
        "level_info",
        ("politirådet",),
        (),
    ),
    ("p83-044", "valer", "forskjellen på politirådet og slt-nettverket?", "level_info", (), ()),
    # --- tiltak asked as a newcomer would
    (
        "p83-045",
        "gjesdal",
        "kommer politiet på besøk på skolen i Oltedal?",
        "tiltak_lookup",
        ("høst og vår",),
        (),
    ),
    (
        "p83-046",
        "gjesdal",
        "hvem har ansvaret for natteravnene på Ålgård?",
        "tiltak_owner",
        ("frivilligsentralen",),
        (),
    ),
    ("p83-047", "gjesdal", "hva er flexid?", "tiltak_lookup", ("identitet",), ()),
    (
        "p83-048",
        "jevnaker",
        "jobber som helsesøster på ungdomsskolen, hvilke tiltak gjør jeg?",
        "tiltak_mine",
        ("helsesamtale",),
        (),
    ),
    (
        "p83-049",
        "valer",
        "jeg er skolelos, hva står jeg for i planen?",
        "tiltak_mine",
        ("falle utenfor",),
        (),
    ),
    (
        "p83-050",
        "gjesdal",
        "hvor ofte er politiet på ungdomsskolen?",
        "tiltak_lookup",
        ("ukentlig",),
        (),
    ),
    # --- what the plans do not hold: honest
    ("p83-051", "jevnaker", "hvem er rektor på jevnaker ungdomsskole?", "unknown", (), ()),
    ("p83-052", "gjesdal", "hvem er leder i idrettslaget på Ålgård?", "unknown", (), ()),
    ("p83-053", "valer", "hvem er leder i foreldrerådet på Kirkebygden skole?", "unknown", (), ()),
    ("p83-054", "jevnaker", "hvem er leiar for elevrådet på ungdomsskulen?", "unknown", (), ()),
    ("p83-055", "valer", "what is the wifi password at the town hall?", "unknown", (), ()),
]
"""(id, kommune, message, the eval intent it should be read as, must, must_not)."""

MISSES = {
    # «hvem er kontakten min i politiet» after «er lærer på Våk skole»: the two roles are read
    # as one seat asked; the politikontakt's contact would answer
    "p83-007",
    # «en elev er lei seg … hvem på skolen kan hjelpe?»: the psykisk helse service answers;
    # the school's helsesykepleier would be nearer
    "p83-019",
    # «hvem rapporterer arbeidsgruppa til?»: Gjesdal's plan gives the styringsgruppe's frame,
    # the members answer
    "p83-039",
    # «hvem bestemmer hva kommunen skal gjøre mot rus …»: the rus routine answers (with the
    # acute line); the styrende nivå sets goals and priorities
    "p83-043",
    # «jobber som helsesøster …, hvilke tiltak gjør jeg?»: read as tiltak for the role, then
    # doubted by the examples into the fallback
    "p83-048",
}


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner()


@pytest.mark.parametrize(
    ("pid", "kommune", "text", "intent", "must", "must_not"), probe_params(PROBE, MISSES)
)
def test_probe(
    runner: Runner,
    pid: str,
    kommune: str,
    text: str,
    intent: str,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
) -> None:
    assert_probe_right(runner, (pid, kommune, text, intent, must, must_not))


ANONYMOUS_LINE = [
    ("valer", "hvor kan en elev chatte anonymt med noen?"),
    ("jevnaker", "finnes det et anonymt nummer for unge som har det vondt?"),
    ("gjesdal", "kor kan ungdommar ringa anonymt?"),
    ("valer", "can kids talk anonymously to someone? which number"),
]


@pytest.mark.parametrize(("kommune", "text"), ANONYMOUS_LINE)
def test_an_anonymous_line_is_the_helplines(runner: Runner, kommune: str, text: str) -> None:
    intent, said = answered(runner, kommune, text)
    assert intent == "hotlines", said
    assert "116 111" in said


def test_a_service_called_anonymously_keeps_its_contact(runner: Runner) -> None:
    intent, said = answered(runner, "valer", "kan foreldre ringe anonymt til barnevernet for råd?")
    assert intent == "contact_service", said
    assert "Barneverntjenesten" in said


def test_reporting_anonymously_is_no_helpline(runner: Runner) -> None:
    intent, said = answered(runner, "gjesdal", "kan jeg melde anonymt til barnevernet?")
    assert intent != "hotlines", said


OTHER_BODY = [
    ("valer", "hvem er leder i elevrådet på Våler ungdomsskole?"),
    ("gjesdal", "hvem kaller inn til FAU-styret?"),
    ("jevnaker", "hvem skriver referat i korpset?"),
    ("gjesdal", "hvem er leiar i idrettslaget?"),
]


@pytest.mark.parametrize(("kommune", "text"), OTHER_BODY)
def test_a_body_no_slt_group_is_gets_the_honest_answer(
    runner: Runner, kommune: str, text: str
) -> None:
    intent, said = answered(runner, kommune, text)
    assert intent == "unknown", said
    assert "Hvilken gruppe mener du" not in said


SLT_MEETING_UNNAMED = [
    ("valer", "hvem er møteleder?"),
    ("gjesdal", "hvem tar referat fra krisemøtet i går?"),
    ("gjesdal", "hvem er leder i slt?"),
    ("jevnaker", "hvem skriver referat?"),
    ("valer", "hvem kaller inn til møtet?"),
]


@pytest.mark.parametrize(("kommune", "text"), SLT_MEETING_UNNAMED)
def test_an_slt_meeting_unnamed_is_still_asked_back(
    runner: Runner, kommune: str, text: str
) -> None:
    intent, said = answered(runner, kommune, text)
    assert intent == "clarify", said


def test_getting_into_work_is_navs_need(runner: Runner) -> None:
    intent, said = answered(runner, "valer", "hvor kan unge få hjelp til å komme seg i arbeid?")
    assert intent == "contact_service", said
    assert "NAV" in said


def test_a_role_the_tiltak_text_names_gets_those_tiltak(runner: Runner) -> None:
    intent, said = answered(runner, "jevnaker", "som helsesykepleier, hvilke tiltak har jeg?")
    assert intent == "tiltak_mine", said
    assert "Helsesamtale på 8. trinn" in said
    assert "Familiens hus" in said  # the ansvarlig is shown, not the asker


def test_a_role_no_tiltak_names_keeps_the_honest_none(runner: Runner) -> None:
    intent, said = answered(
        runner, "valer", "jeg er trener i fotballklubben, hvilke tiltak har jeg?"
    )
    assert intent == "tiltak_mine", said
    assert "Ingen tiltak står med trener som ansvarlig" in said


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "what does the SLT coordinator really do?"),
        ("jevnaker", "who is the contact person for SLT here?"),
        ("valer", "hvem er kontaktpersonen for slt i kommunen?"),
    ],
)
def test_the_coordinator_asked_as_a_newcomer(runner: Runner, kommune: str, text: str) -> None:
    intent, said = answered(runner, kommune, text)
    assert intent == "coordinator", said


def test_a_contact_person_of_a_tiltak_is_no_coordinator(runner: Runner) -> None:
    intent, said = answered(runner, "gjesdal", "hvem er kontaktperson for natteravnene?")
    assert intent != "coordinator", said


@pytest.mark.parametrize(
    ("kommune", "text", "service"),
    [
        ("gjesdal", "hva kan PPT hjelpe oss med?", "PPT"),
        ("jevnaker", "hva kan HFU hjelpe ungdom med?", "Helsestasjon for ungdom"),
        ("valer", "kva kan konfliktrådet hjelpe til med?", "Konfliktrådet"),
    ],
)
def test_what_a_named_service_helps_with(
    runner: Runner, kommune: str, text: str, service: str
) -> None:
    intent, said = answered(runner, kommune, text)
    assert intent == "contact_service", said
    assert service in said


def test_whether_a_service_helps_with_a_thing_is_not_its_card(runner: Runner) -> None:
    intent, said = answered(runner, "valer", "kan barnevernet hjelpe til med leksehjelp?")
    assert intent != "contact_service", said


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        ("gjesdal", "jobber i kulturavdelingen, hva står vi for i planen?", "tiltak_mine"),
        ("valer", "hva står SLT for?", "plan"),
        ("jevnaker", "hva står BTI for?", "bti"),
    ],
)
def test_what_the_writer_stands_for_is_their_tiltak(
    runner: Runner, kommune: str, text: str, intent: str
) -> None:
    got, said = answered(runner, kommune, text)
    assert got == intent, said
