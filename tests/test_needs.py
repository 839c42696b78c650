"""A need asked in staff's own words (session 32): knowledge/national/needs.yaml says which
kind of service meets it, the kommune's plan (``need_services``) which service of that kind it
has – with the plan's line. A kind a plan names no service for is said so, never guessed.
Every message is written for this file, never taken from the evaluation set; names are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.needs import TOGETHER, NeedTable, PhraseSet, _holds, bundled_needs, load_needs
from bot.routing import SltBot
from bot.text import fold
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # body, sex, contraception → helsestasjon / helsesykepleier
        ("Har vi noen en gutt på 15 kan prate med om pubertet?", "gjesdal", "helsestasjonen"),
        (
            "kven kan ho snakka med om p-piller og kjønnssjukdom? ho er 16",
            "valer",
            "helsesykepleier",
        ),
        (
            "Is there someone a pupil can talk to about contraception?",
            "jevnaker",
            "helsesykepleier",
        ),
        # money, work → NAV (the ungdomsgaranti where the plan names it)
        ("kven kan hjelpa ei mor utan pengar til husleiga?", "valer", "nav"),
        ("kven kan hjelpa ein gut på 20 som er arbeidsledig?", "jevnaker", "nav"),
        # psychological struggles → the plan's psykisk helse/rus service
        (
            "hvem kan en jente med angst gå til, har vi psykolog?",
            "valer",
            "psykisk helse og rustjenesten",
        ),
        ("en elev har depresjon, hvem kan han snakke med?", "jevnaker", "kommunepsykolog"),
        # a child of a drinking parent → the pårørende offer
        # (the rescue's «Mente du <tiltak>?» gives way to the plan's service: xfix83)
        ("finnes det noen et barn med en pappa som drikker kan snakke med?", "valer", "pårørende"),
        # truancy → the plan's offer
        ("har vi noen som jobber med elever som skulker?", "gjesdal", "los"),
        ("hvem kan jeg kontakte om en elev med skolevegring?", "jevnaker", "fagteam"),
        # on the way into crime → the operative group
        (
            "hvem kontakter jeg om en jente som er på vei inn i kriminalitet?",
            "gjesdal",
            "operativ slt-gruppe",
        ),
        ("who do I contact about a boy drifting into crime?", "jevnaker", "fagteam"),
    ],
)
def test_a_need_gets_the_service_the_kommunes_plan_names_for_it(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].intent == "contact_service", replies[-1].text
    assert service in replies[-1].text.lower()


def test_a_need_the_plan_names_no_service_for_is_said_so(bot: SltBot) -> None:
    """Gjesdal's plan names no NAV: the honest answer says so and names the coordinator."""
    replies = turn(bot, "hvem kan hjelpe en 17-åring som er arbeidsledig?", "gjesdal")
    assert replies[-1].intent == "unknown"
    assert "nevner ingen tjeneste" in replies[-1].text
    assert "NAV" not in replies[-1].text


def test_a_need_answer_cites_the_plan_line(bot: SltBot) -> None:
    replies = turn(bot, "Har vi noen en gutt på 15 kan prate med om pubertet?", "gjesdal")
    assert "(004:110)" in replies[-1].text


def test_needs_are_read_by_word_ending_and_phrase() -> None:
    table = NeedTable.of(bundled_needs())

    def read(text: str) -> list[str]:
        return [n.id for n in table.read(tuple(fold(text).split()))]

    assert read("prevensjonsmidler") == ["kropp-og-seksualitet"]
    assert read("treng ho støttesamtalar") == ["psykisk-helse"]  # nynorsk plural
    assert read("står utenfor skole og jobb") == ["penger-og-arbeid"]
    assert read("faren hennes drikker hver helg") == ["barn-som-parorende"]  # any order
    assert read("mor har ikkje råd") == ["penger-og-arbeid"]
    assert read("har råd om") == []  # «råd» alone is advice, not money
    assert read("jobber med ungdom") == []  # the verb is no need for work


def _messages_for(phrases: tuple[tuple[tuple[str, bool], ...], ...]) -> list[tuple[str, ...]]:
    """Each phrase said, said with an ending, said backwards and cut short, amid other words."""
    out: list[tuple[str, ...]] = []
    for phrase in phrases:
        words = [w for w, _ in phrase if w != TOGETHER]
        out += [
            ("hei", *words, "takk"),
            (*[w + "ene" for w in words], "nå"),
            tuple(reversed(words)),
            tuple(words[:-1]),
            tuple(w[:-1] for w in words),
        ]
    return out


def test_compiled_phrases_read_a_message_as_each_phrase_does() -> None:
    """The need table reads a message by its phrases compiled (``PhraseSet``): the same answer
    as each phrase tried window by window, for the asking words and every need."""
    table = NeedTable.of(bundled_needs())
    own = [
        tuple(fold(t).split())
        for t in (
            "kven kan eg ringje om ein gut som ikkje har pengar",
            "har vi nokon a snakke med",
            "noen som kan ta en prat med ei jente om p-piller",
            "hvor mange elever har fravær",
            "hvor går jeg med dette",
            "mora drikker og faren er borte",
            "",
        )
    ]
    for phrases, compiled in [
        (table.asks, table.asked),
        *((p, c) for (_, p), (_, c) in zip(table.needs, table.compiled, strict=True)),
    ]:
        for words in [*own, *_messages_for(phrases)]:
            assert compiled.held(words) == any(_holds(words, p) for p in phrases), words


def test_a_phrase_set_tells_its_kinds_apart() -> None:
    phrases = PhraseSet.of(
        (
            (("hjelp", False),),
            (("psykolog", True),),
            (("har", False), ("vi", False), ("noen", False)),
            (("far", False), (TOGETHER, False), ("drikk", True)),
        )
    )
    assert phrases.held(("trenger", "hjelp"))
    assert not phrases.held(("hjelpen",))  # read as written
    assert phrases.held(("psykologen",))  # any ending
    assert phrases.held(("har", "vi", "noen"))
    assert not phrases.held(("noen", "har", "vi"))  # in a row
    assert phrases.held(("drikker", "faren", "far"))  # anywhere
    assert not phrases.held(("faren", "drikker"))


def test_a_broken_needs_file_names_file_field_and_line(tmp_path: Path) -> None:
    path = tmp_path / "needs.yaml"
    path.write_text(
        "version: '1'\nasks: {words: hvem, who: hvem, where: hvor, how_much: mange}\n"
        "kinds: {nav: NAV}\nneeds:\n"
        "  - id: a\n    shown: a\n    kind: nope\n    words: penger\n    source: x\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_needs(path)
    problem = caught.value.problems[0]
    assert problem.path == "needs.0.kind" and "unknown kind 'nope'" in problem.message
    assert problem.line == 7


def test_a_kommunes_need_service_must_name_what_the_kommune_has() -> None:
    """A kind no needs.yaml lists, or a contact, group or tiltak the kommune lacks, is named
    with its field – never a service answered that the plan does not have."""
    from bot.knowledge.loader import check_cross_references, load_kommune
    from bot.knowledge.models import NeedService

    path = Path(__file__).resolve().parent.parent / "knowledge" / "kommuner" / "gjesdal.yaml"
    kommune = load_kommune(path)
    wrong = NeedService(
        kind="tannlege", contacts=("nav",), group_ids=("fagteam",), quote="x", at="004:1"
    )
    broken = kommune.model_copy(update={"need_services": (wrong,)})
    found = {(p.path, p.message) for p in check_cross_references(broken, None, path)}
    assert (
        "need_services[0].kind",
        "unknown kind 'tannlege' (a key under kinds in national/needs.yaml)",
    ) in found
    assert ("need_services[0].contacts", "unknown contacts 'nav'") in found
    assert ("need_services[0].group_ids", "unknown group_ids 'fagteam'") in found
