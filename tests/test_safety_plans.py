"""Session 22 (safety49), made-up messages: a suicide plan told by its method and its time, a
decision with a plan for tonight, a goodbye sent with the means beside it, and death talked of
lightly with signs that something is wrong – each with the calm look-alike that shares its
words (a film about suicide, a history lesson about the railway, «ha det» at the end of an
ordinary snap, someone else's death). A head hit in nynorsk («slått hovudet … spyr») is the
same 113 as in bokmål."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from bot.safety_finding import Kind

SELF = "selvskading"

# A method (the railway) and a time: acute, 113.
RAILWAY = [
    "gutten sier han skal legge seg på skinnene etter skolen i dag",
    "ho sa ho skal leggje seg på skinnane i natt, kva gjer eg?",
    "eleven har tenkt å legge seg ned på jernbanesporet i kveld",
    "He told me he will lie down on the tracks after school today",
    "venninna ringte, hun sier at han ligger på togskinnene nå",
]

# Decided, and a plan for tonight, the act unnamed – also inside a helpline question.
DECIDED = [
    "venninna sier hun har bestemt seg og har en plan for i kveld",
    "eg har bestemt meg, eg har ein plan for i natt. skreiv ein elev til meg",
    "kan jeg gi henne nummeret til mental helse? hun sier hun har bestemt seg og har en plan"
    " for i kveld",
]

# A goodbye written or sent, with pills, a blade or a rope pictured.
GOODBYE_WITH_MEANS = [
    "ho sende meg eit bilete av pillene sine og skreiv ha det",
    "fikk snap fra en elev med bilde av et barberblad og teksten farvel",
    "en elev sendte et bilde av mange tabletter med teksten «ha det»",
]

# Death talked of lightly, in the first person, with signs: a disclosure for the nurse today.
JEST_WITH_SIGNS = [
    "«eg skal berre døy snart uansett» sa ho og lo. ho har trekt seg unna alle venene",
    'eleven sa "jeg er snart død uansett" som en spøk, og har isolert seg i det siste',
    "han sier på tull at jeg skal bare dø, men han har vært mye borte og virker nedfor",
]

CALM = [
    "Vi så en film om selvmord i norsktimen, har dere et opplegg for samtalen etterpå?",
    "I historietimen lærte elevene om jernbanen, og om hvordan skinnene ble lagt over fjellet.",
    "Det ligger søppel på skinnene ved stasjonen, hvem melder fra om det?",
    "Hun la seg på sofaen etter skolen, skinnene på sykkelen er ødelagt",
    "fikk en snap fra en elev med bilde av hunden og teksten «ha det» etter treninga",
    "eg fekk ein snap med bilete av leksene og teksten «ha det», kva meiner ho?",
    "Kan elevene ha med mange tabletter på leirskolen, eller må læreren ha det?",
    "Han har bestemt seg for å bli med på festen, vi har en plan for i kveld med natteravnene",
    "Me har ein plan for i kveld på leirskulen: bål og grilling",
    "eleven har bestemt seg for å søke yrkesfag og har en plan for i dag",
    "jeg skal bare dø hvis jeg må ha matte i dag haha",
    "Bestefaren hans dør snart, og gutten har vært mye borte og virker tom. Hva gjør vi?",
    'Han sa "jeg dør snart av kjedsomhet" i timen, ellers er alt fint',
    "En elev har hodepine etter fotballkampen, og vil hjem. Hva gjør vi?",
    "ho datt og slo hovudet i gymmen, går det bra?",
]

# A head hit in nynorsk and dialect, with a sign now: 113, no routine (no blow from anyone).
HEAD_NYNORSK = [
    "ein gut har slått hovudet i ein stein, han spyr og er heilt forvirra",
    "ho datt og slo hovudet, no er ho svimmel",
]


@pytest.mark.parametrize("text", RAILWAY + DECIDED + GOODBYE_WITH_MEANS)
def test_a_plan_or_a_goodbye_with_means_is_acute(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, text
    assert finding.topic == "selvmord_selvskading", text
    assert finding.routine == SELF, text
    assert finding.calls[0] == "113", text


@pytest.mark.parametrize("text", JEST_WITH_SIGNS)
def test_death_said_in_jest_with_signs_is_taken_seriously(
    text: str, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == "selvmord_selvskading", text
    assert finding.routine == SELF, text
    assert "helsesykepleier" in finding.leads[0], text


@pytest.mark.parametrize("text", HEAD_NYNORSK)
def test_a_nynorsk_head_hit_with_a_sign_is_113(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, text
    assert finding.topic == "akutt_medisinsk", text
    assert finding.routine is None, text
    assert "113" in finding.calls, text


@pytest.mark.parametrize("text", CALM)
def test_the_look_alikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


# A parent telling that someone threatens to kill «us»: the family at home, the child with it.
FAMILY_THREAT = [
    "Mora til en gutt ringte og sa «han står med kniv, han sier han skal drepe oss»",
    "mamma til eleven skrev: han truer med å drepe oss, hjelp",
    "faren hennes ringte, han sa «hun vil drepe oss», hva gjør vi",
]

# A pupil threatening the class names no parent telling it: the threat and the hastemøte.
CLASS_THREAT = [
    "En elev sa i timen at han skal drepe oss alle",
]


@pytest.mark.parametrize("text", FAMILY_THREAT)
def test_a_parent_telling_of_a_threat_to_kill_us_is_violence_at_home(
    text: str, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, text
    assert finding.routine == "vold-naere-relasjoner", text
    assert finding.calls[0] == "112", text


@pytest.mark.parametrize("text", CLASS_THREAT)
def test_a_pupil_threatening_the_class_stays_a_threat(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "hastemote", text


# A date picked for an act left unnamed, with when; the last words beside the means; one's
# own grave drawn; «om eg ikkje fanst» (nynorsk: if I did not exist).
DATE_AND_LAST_WORDS = [
    ("ein elev sa at ho har bestemt ein dato, og det blir i helga", Kind.ACUTE),
    ("he told his friend he picked the date, its tomorrow", Kind.ACUTE),
    ("fekk eit bilete av pillene hennar og «no er eg ferdig»", Kind.ACUTE),
    ("ho skreiv at alle hadde hatt det betre om eg ikkje fanst", Kind.ACUTE),
    ("gutten tegnet sin egen grav i kunst og håndverk og skrev datoen under", Kind.DISCLOSURE),
]

DATE_CALM = [
    "hun har bestemt dato for avslutningen, det er i morgen",
    "Rektor har bestemt dato for møtet i morgen",
    "han har valgt dato for bursdagsfesten sin, den er på lørdag",
    "she picked the date for the trip, its this weekend",
    "Han graver sin egen grav med alt det fraværet",
    "jeg er ferdig med leksene nå, skal jeg sende bilde av planen?",
    "elevene tegnet graver på kirkegården i kunst og håndverk",
]


@pytest.mark.parametrize(("text", "kind"), DATE_AND_LAST_WORDS)
def test_a_date_last_words_or_ones_own_grave_go_to_self_harm(
    text: str, kind: Kind, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is kind, text
    assert finding.routine == SELF, text


@pytest.mark.parametrize("text", DATE_CALM)
def test_a_date_for_something_named_stays_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


# «spiked», said in Norwegian: something put in someone's drink is an overdose to act on now.
SPIKED = [
    "ho seier nokon har putta noko i glaset hennar på festen, ho er heilt svimmel",
    "someone slipped something in her drink at the party, she can barely stand",
    "gutten sier at noen puttet noe i drinken hans, han klarer ikke å stå",
]

SPIKED_CALM = [
    "I kjemitimen puttet vi noe i glasset og så at det skiftet farge",
    "Han puttet noe i glasset sitt, saft tror jeg",
]


@pytest.mark.parametrize("text", SPIKED)
def test_something_put_in_a_drink_is_acute(text: str, vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, text
    assert "113" in finding.calls, text


def test_a_spiked_drink_with_a_gap_in_memory_is_abuse(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("ho seier nokon putta noko i glaset hennar og ho hugsar ikkje noko")
    assert finding is not None
    assert finding.topic == "seksuelle_overgrep"
    assert finding.routine == "vold-naere-relasjoner"


@pytest.mark.parametrize("text", SPIKED_CALM)
def test_something_put_in_ones_own_glass_stays_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
