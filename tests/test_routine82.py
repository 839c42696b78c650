"""Calm routine questions (session 38, routine82). Every message is made up for this file from
the plans and the domain notes (none is an evaluation item), with no real names.

- The probe: 62 calm «what is the routine / what do I do / who do I tell» questions over every
  routine the three plans have, from every kind of asker, in bokmål, nynorsk, without æøå and
  with typos – no acute case in them. Each must get its routine, with no «⚠ Ring 112/113» or
  🚨 line first. 31 of 62 at the session's start, 41 at its end; the rest are marked
  ``xfail`` (not strict) with why, most of them the danger check reading a general question
  («hva gjør vi hvis vi oppdager at en elev skader seg selv?») as a case – not this branch's.
- A plan question about a topic («har handlingsplanen noko om foreldra?») is the plan's, not a
  routine retrieval alone guessed from the topic's words (bot/understanding/topic_asked.py);
  with that, the routine asked by radicalisation's own word («hva er rutinen ved
  radikalisering?») gets the hastemøte routine in every kommune (routines.yaml triggers).
- A longer trigger of one routine covers a shorter one of another: «voldelig ekstremisme» is
  the hastemøte's, «voldelig» alone the violence routine's (matcher ``_covered``).
- Nynorsk «teikn» is «tegn» (the noun only: «teikna», drew, stays a drawing). A forced
  marriage said in words («giftes bort») is left open: as a trigger its stem «gift» made
  retrieval read poison for the garden («har nokon gift som er trygt …») as the violence
  routine.
- Taking one young person up with other services («kan jeg ta opp en konkret ungdom med navn i
  fagteamet?») is the consent routine's, asked calmly; so is a duty's reach («gjelder
  taushetsplikten når …») and the routine's own rule («må jeg … før jeg sender
  bekymringsmelding?»). A case told beside any of them keeps the acute line.
"""

from __future__ import annotations

import pytest

from bot.features.routines.matcher import RoutineMatcher
from bot.knowledge.routine_schema import Routine
from bot.routing import SltBot
from tests.auxil.asking import console_turn
from tests.eval import _answer

RUS = ("rusbekymring",)
VOLD = ("vold-naere-relasjoner",)
OVERGREP = ("vold-naere-relasjoner", "bildedeling")
SELV = ("selvskading",)
TRUS = ("hastemote", "bekymringsmelding", "vold-naere-relasjoner")
RAD = ("hastemote",)
TVANG = ("vold-naere-relasjoner",)
FRAV = ("skolefravaer",)
SAMT = ("samtykke",)
MELD = ("bekymringsmelding",)
TAUS = ("samtykke", "bekymringsmelding")
ACUTE = ("🚨", "⚠")


def _open(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=why, strict=False)


def _routine_and_first(bot: SltBot, text: str, kommune: str) -> tuple[str | None, str, str]:
    """The answer's routine, its intent, and the turn's first line."""
    replies = console_turn(bot, text, kommune)
    answer = _answer(replies, frozenset({"routine"}))
    assert answer is not None
    first = replies[0].text.lstrip().splitlines()[0] if replies[0].text.strip() else ""
    return answer.facts.get("routine"), str(answer.intent), first


PROBE = [
    ("valer", "hva er rutinen hvis vi tror en elev ruser seg?", RUS),
    ("jevnaker", "hvordan er den felles rutinen ved rusbekymring bygd opp?", RUS),
    ("gjesdal", "kva gjer eg viss eg mistenkjer at ein ungdom brukar hasj?", RUS),
    pytest.param(
        "valer",
        "trener her. hvem sier jeg fra til om jeg tror en av gutta røyker hasj?",
        RUS,
        marks=_open("answered clarify"),
    ),
    ("jevnaker", "rutine ved mistanke om rus blant elever", RUS),
    ("gjesdal", "hva gjor vi ved bekymring for rus hos en 15 aring", RUS),
    ("valer", "hva er rutinen ved mistanke om vold i hjemmet?", TVANG),
    pytest.param(
        "jevnaker",
        "barnehagen lurer på: hvem varsler vi hvis vi tror et barn blir slått hjemme?",
        TVANG,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("gjesdal", "korleis skal skulen handtere mistanke om vald i nære relasjonar?", TVANG),
    ("valer", "rutine vold i nære relasjoner", TVANG),
    pytest.param(
        "jevnaker",
        "hva gjør man om man får mistanke om at ei mor blir utsatt for vold og barna ser det?",
        TVANG,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "gjesdal",
        "hvem tar jeg kontakt med hvis jeg er bekymret for at en elev opplever vold hjemme?",
        TVANG,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "valer",
        "hva er fremgangsmåten ved mistanke om seksuelle overgrep mot et barn?",
        OVERGREP,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "jevnaker",
        "hvem skal vi kontakte ved mistanke om overgrep? spør for personalmøtet",
        OVERGREP,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("gjesdal", "rutine ved mistanke om seksuelle overgrep", OVERGREP),
    ("valer", "kva er rutina om vi mistenkjer overgrep mot ein elev?", OVERGREP),
    pytest.param(
        "gjesdal",
        "hva gjor vi hvis noen deler nakenbilder av en elev?",
        OVERGREP,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("gjesdal", "hvor finner jeg retningslinjene for selvskading hos barn og unge?", SELV),
    pytest.param(
        "valer",
        "hva gjør vi hvis vi oppdager at en elev skader seg selv?",
        SELV,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("jevnaker", "rutine ved selvskading", SELV),
    ("gjesdal", "kva er rutinen om ein elev har kutta seg? ikkje akutt, berre lurer", SELV),
    pytest.param(
        "valer",
        "helsesykepleier her: hvem involverer vi ved bekymring for selvskading?",
        SELV,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("valer", "hva er rutinen ved trusler mellom elever?", TRUS),
    pytest.param(
        "jevnaker",
        "hvordan håndterer vi trusler på nett mot en elev?",
        TRUS,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "gjesdal",
        "hva gjør vi om en ungdom får truende meldinger på snap?",
        TRUS,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "valer",
        "hva er rutinen når en elev blir truet på nett?",
        TRUS,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("jevnaker", "kva er rutinen ved truslar mot tilsette?", TRUS),
    ("valer", "hva er rutinen ved radikalisering?", RAD),
    ("gjesdal", "hva er rutinen ved radikalisering?", RAD),
    pytest.param(
        "jevnaker",
        "hvem kontakter jeg ved bekymring for at en ungdom blir radikalisert?",
        RAD,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "valer",
        "hva gjor vi hvis vi er bekymret for ekstremisme hos en elev",
        RAD,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("gjesdal", "kven skal vi melde til om vi ser teikn på radikalisering?", RAD),
    ("jevnaker", "rutine for voldelig ekstremisme?", RAD),
    pytest.param(
        "valer",
        "hva er rutinen hvis vi er redd en elev skal giftes bort mot sin vilje?",
        TVANG,
        marks=_open("answered unknown: a forced marriage in words is no trigger"),
    ),
    pytest.param(
        "jevnaker",
        "hvem kontakter vi ved mistanke om tvangsekteskap?",
        TVANG,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    pytest.param(
        "gjesdal",
        "kva gjer vi ved mistanke om æresrelatert vald?",
        TVANG,
        marks=_open("the danger check reads a general question as a case (calm82/safety82)"),
    ),
    ("valer", "rutine ved tvangsekteskap", TVANG),
    ("valer", "hva er rutinen ved bekymringsfullt fravær?", FRAV),
    pytest.param(
        "gjesdal",
        "kontaktlærer her: hva gjør jeg når en elev har mye ugyldig fravær?",
        FRAV,
        marks=_open("the acute line first"),
    ),
    pytest.param(
        "jevnaker",
        "korleis følgjer vi opp ein elev som ikkje kjem på skulen?",
        FRAV,
        marks=_open("the acute line first"),
    ),
    ("valer", "rutine skolefravar", FRAV),
    ("gjesdal", "når skal vi kople inn andre ved høyt fravær?", FRAV),
    ("jevnaker", "må vi ha samtykke fra foreldrene før vi drøfter en elev i fagteamet?", SAMT),
    ("gjesdal", "hvor finner jeg samtykkeskjemaet for samarbeid rundt barn og unge?", SAMT),
    (
        "valer",
        "hva er rutinen for samtykke når flere tjenester skal samarbeide om en ungdom?",
        SAMT,
    ),
    ("jevnaker", "kan jeg ta opp en elev med navn på møtet uten samtykke?", SAMT),
    ("gjesdal", "trenger vi samtykke for å dele info med politiet om en ungdom?", SAMT),
    ("valer", "kva gjer eg om foreldra ikkje vil gi samtykke til samarbeid?", SAMT),
    ("valer", "hvordan sender jeg en bekymringsmelding til barnevernet?", MELD),
    ("jevnaker", "når skal vi sende bekymringsmelding?", MELD),
    pytest.param(
        "gjesdal",
        "hvem i barnehagen skal sende bekymringsmeldinga?",
        MELD,
        marks=_open("answered unknown"),
    ),
    ("valer", "rutine for bekymringsmelding", MELD),
    ("jevnaker", "må jeg si fra til foreldrene før jeg sender bekymringsmelding?", MELD),
    ("gjesdal", "fotballtrener: har jeg opplysningsplikt til barnevernet?", MELD),
    ("valer", "hva sier rutinen om taushetsplikt når vi drøfter saker i SLT?", TAUS),
    ("jevnaker", "gjelder taushetsplikten når jeg snakker med politikontakten om en elev?", TAUS),
    ("gjesdal", "kan eg dele opplysningar med barnevernet utan å bryte teieplikta?", TAUS),
    ("valer", "taushetsplikt og samarbeid med nav, hvordan gjør vi det?", TAUS),
    ("jevnaker", "hva går foran, taushetsplikt eller opplysningsplikt?", TAUS),
    pytest.param(
        "valer",
        "ny vikar her, hvem sier jeg fra til hvis jeg er bekymret for en elev?",
        MELD,
        marks=_open("answered clarify"),
    ),
    ("gjesdal", "til planleggingsdagen: hva sier rutinen om vold i nære relasjoner?", TVANG),
    (
        "jevnaker",
        "utekontakten spør: hva gjør vi hvis vi møter 14-åringer som drikker i helgene?",
        RUS,
    ),
]


@pytest.mark.parametrize(("kommune", "text", "routines"), PROBE)
def test_a_calm_routine_question_gets_its_routine_calmly(
    bot: SltBot, kommune: str, text: str, routines: tuple[str, ...]
) -> None:
    routine, intent, first = _routine_and_first(bot, text, kommune)
    assert routine in routines, (intent, routine, first)
    assert not first.startswith(ACUTE), first


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "har planen noe om foreldre?"),
        ("valer", "står det noe i handlingsplanen om foreldrene?"),
        ("jevnaker", "har handlingsplanen noe om foreldre?"),
        ("gjesdal", "har handlingsplanen noko om foreldra?"),
    ],
)
def test_a_plan_question_about_parents_is_the_plans(bot: SltBot, kommune: str, text: str) -> None:
    routine, intent, first = _routine_and_first(bot, text, kommune)
    assert routine is None, (intent, first)
    assert not first.startswith(ACUTE), first
    assert "planen" in first.lower(), first


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "rutine ved ekstremisme?"),
        ("gjesdal", "kva er rutina ved radikalisering?"),
        ("jevnaker", "hva er rutinen ved voldelig ekstremisme?"),
        ("gjesdal", "kven melder vi til om vi ser teikn på ekstremisme?"),
    ],
)
def test_radicalisation_asked_calmly_gets_the_hastemote(
    bot: SltBot, kommune: str, text: str
) -> None:
    routine, intent, first = _routine_and_first(bot, text, kommune)
    assert routine == "hastemote", (intent, first)
    assert not first.startswith(ACUTE), first


def test_whether_a_routine_exists_stays_the_list(bot: SltBot) -> None:
    _, intent, _ = _routine_and_first(bot, "har vi en rutine for radikalisering?", "valer")
    assert intent == "routine_list"


def test_violence_at_home_keeps_its_routine(bot: SltBot) -> None:
    routine, _, _ = _routine_and_first(bot, "hva er rutinen ved vold i hjemmet?", "valer")
    assert routine == "vold-naere-relasjoner"


def _routine(rid: str, triggers: list[str]) -> Routine:
    return Routine.model_validate(
        {
            "id": rid,
            "title": rid,
            "summary": rid,
            "acute": "Ring 112.",
            "source": "slt-handboken",
            "triggers": triggers,
            "steps": [{"id": "a", "title": "A", "text": "A.", "who": "Alle"}],
        }
    )


def test_a_longer_trigger_covers_a_shorter_one_of_an_earlier_routine() -> None:
    matcher = RoutineMatcher(
        [_routine("first", ["voldelig"]), _routine("second", ["voldelig ekstremis*"])]
    )
    found = matcher.match("rutine for voldelig ekstremisme")
    assert found is not None and found.routine_id == "second"
    found = matcher.match("rutine for voldelig far")
    assert found is not None and found.routine_id == "first"


def test_a_wedding_is_no_routine(bot: SltBot) -> None:
    text = "læreren vår skal gifte seg i juni, skal vi gi en gave?"
    routine, intent, first = _routine_and_first(bot, text, "valer")
    assert routine is None and not first.startswith(ACUTE), (intent, first)


def test_a_drawing_in_nynorsk_is_no_danger(bot: SltBot) -> None:
    routine, intent, first = _routine_and_first(
        bot, "eleven har teikna ei fin teikning i kunst", "gjesdal"
    )
    assert routine is None and not first.startswith(ACUTE), (intent, first)


@pytest.mark.parametrize(
    "text",
    [
        "kan vi drøfte ein bestemt elev med barnevernet?",
        "kan jeg ta opp en bestemt elev i fagteamet?",
    ],
)
def test_one_young_person_taken_up_asks_consent_calmly(bot: SltBot, text: str) -> None:
    routine, intent, first = _routine_and_first(bot, text, "jevnaker")
    assert routine == "samtykke", (intent, first)
    assert not first.startswith(ACUTE), first


def test_a_plan_taken_up_is_no_consent(bot: SltBot) -> None:
    routine, _, _ = _routine_and_first(bot, "kan vi drøfte en ny plan med barnevernet?", "jevnaker")
    assert routine is None


@pytest.mark.parametrize(
    ("kommune", "text", "routine_id"),
    [
        ("gjesdal", "kva er rutina om vi mistenkjer rus hos ein elev?", "rusbekymring"),
        ("valer", "hvordan skal vi håndtere mistanke om rus på ungdomsskolen?", "rusbekymring"),
        ("jevnaker", "har vi teieplikt overfor politiet når vi samarbeider om ungdom?", None),
        (
            "jevnaker",
            "må jeg varsle foreldrene før jeg sender bekymringsmelding?",
            "bekymringsmelding",
        ),
    ],
)
def test_asked_in_general_is_calm(
    bot: SltBot, kommune: str, text: str, routine_id: str | None
) -> None:
    routine, intent, first = _routine_and_first(bot, text, kommune)
    if routine_id is not None:
        assert routine == routine_id, (intent, first)
    assert not first.startswith(ACUTE), first


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "eleven ruser seg i dag, hva er rutinen?"),
        ("gjesdal", "har eg teieplikt om ein elev fortel meg noko om rus?"),
        ("gjesdal", "eleven fortalte i dag at faren slår, gjelder taushetsplikten?"),
    ],
)
def test_a_case_told_keeps_the_acute_line(bot: SltBot, kommune: str, text: str) -> None:
    _, intent, first = _routine_and_first(bot, text, kommune)
    assert first.startswith(ACUTE), (intent, first)
