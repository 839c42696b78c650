"""Session 24 (calm60): calm messages that got the acute line, a safety question or the
fallback's 112/113. Made-up messages per class – a kill said while a game is played, a stage
prop, a knock already checked, a case of the past closed, a word asked in English, a game, a
book or a drill in the fallback – and beside each class a real danger told the same way, which
still routes (never the eval's own sentences)."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CALM = [
    # a kill said while a game is played, by children with no one close threatening
    "my pupils yell 'I will kill you' when they are playing Fortnite at lunch, it's only the game",
    "guttene roper «jeg dreper deg» mens de spiller Minecraft på SFO, er det greit?",
    # a stage prop
    "I teaterstykket har skurken en pistol av papp. Trenger vi å si fra til noen?",
    "i revyen har helten et sverd og en kniv laget av kartong, er det ok?",
    # a knock already checked, the child back in class
    "Ei jente fikk en fotball i hodet i friminuttet. Helsesykepleier har sett på henne og hun er "
    "tilbake i timen.",
    # a case of the past, closed, asked about its papers
    "vi hadde en sak med trusler mot en assistent i fjor, ferdigbehandlet. skal den i "
    "årsrapporten?",
    "en gutt ble slått ned på kjøpesenteret i 2020, den saken er avsluttet for lengst. hvem har "
    "arkivet?",
    # a word asked
    "what does the word 'vold' mean in English? I'm translating the plan",
    "what is the English term for «omsorgssvikt»?",
    # «eldre» alone is the elderly, not an older gang (session 25: care for the elderly)
    "hvem jobber med eldre med demens i kommunen?",
    "de jobber med eldre på sykehjemmet og lurer på om slt gjelder dem",
    # joining in is no hanging
    "han har hengt seg på gruppa vår i friminuttene",
    "hun henger seg på trenden med energidrikk",
]

ROUTED = [
    # a hanging where someone is (the «hang on to» cancel once hid it)
    ("eleven har hengt seg på rommet", "selvskading"),
    ("jeg tror han har hengt seg på badet, han svarer ikke", "selvskading"),
    # errands for older boys or «noen eldre» stay exploitation
    ("han jobber for noen eldre og har alltid mye penger nå", None),
    ("gutten må selge for eldre gutter, han tør ikke si nei", None),
    # a threat made with a weapon now
    ("a boy in my class says 'I will kill you' to a classmate and he has a knife now", "hastemote"),
    ("gutten sier «jeg skal drepe deg» til en klassekamerat og holder en kniv nå", "hastemote"),
    # someone close threatens while playing: no game
    ("storebroren hennes sier han skal drepe henne mens han spiller Fortnite", None),
    # a real knife beside the stage or the word «av»
    ("I teaterstykket har en elev tatt med en ekte kniv og truer en annen elev med den", None),
    ("en elev har med seg en kniv av stål på skolen", None),
    # hurt now and no one has checked
    (
        "Ei jente fikk en fotball i hodet i friminuttet, hun er bevisstløs og ingen har sett "
        "på henne",
        None,
    ),
    # a closed case going on again, or someone close named
    (
        "vi hadde en sak med trusler mot en assistent i fjor, ferdigbehandlet, men nå truer "
        "han igjen",
        None,
    ),
    ("stefaren slo ham i 2020, den saken er avsluttet for lengst", "vold-naere-relasjoner"),
    ("en gutt ble slått ned i 2020, saken ble avsluttet, men nå blir han slått igjen", None),
    # a word asked beside a case told
    ("my student told me her dad hits her, what is the Norwegian word for that?", None),
]

LOOK_ALIKE = [
    # the fallback needs no 112/113 under a game, a book read in class, a training dummy or a
    # knock already checked
    "elevene leker en lek der de «skyter» romvesener i friminuttet, skal vi stoppe det?",
    "vi leser en krimroman med 9. trinn, noen som har tolkningsoppgaver til den?",
    "hvordan lærer vi 7. trinn hjertekompresjon? vi har to øvingsdukker",
    "vi leker stiv heks i gymmen, og ei jente gråt fordi hun alltid blir tatt først. råd?",
    "Eleven fikk en ball i magen i gymmen, vi har sjekket henne og hun er tilbake i timen. Skal "
    "foreldrene vite?",
]

NOT_LOOK_ALIKE = [
    # children playing for real: a blow struck in a game is a blow
    "vi leker i gymmen og så slo en gutt henne hardt i ansiktet",
    "vi leker stiv heks i gymmen, og en gutt sparket henne hardt i magen",
    "vi leker sisten i friminuttet, og nå ligger en elev og puster ikke",
    "en elev ble lei seg fordi han ble holdt fast av to gutter i friminuttet",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_classes_raise_no_alarm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(("text", "routine"), ROUTED)
def test_the_real_danger_twin_still_routes(
    text: str, routine: str | None, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    if routine is not None:
        assert found.routine == routine, text


@pytest.mark.parametrize("text", LOOK_ALIKE)
def test_a_game_a_book_or_a_checked_knock_leaves_the_numbers_out(
    text: str, vocabulary: DangerCheck
) -> None:
    assert vocabulary.check(text) is None, text
    assert vocabulary.look_alike(text), text


@pytest.mark.parametrize("text", NOT_LOOK_ALIKE)
def test_real_play_keeps_the_numbers(text: str, vocabulary: DangerCheck) -> None:
    assert not vocabulary.look_alike(text), text
