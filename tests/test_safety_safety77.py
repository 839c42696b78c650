"""Session 33 (safety77): fresh34's four dev danger and disclosure messages that were not routed
or went to the wrong routine, each read as a class beside its calm look-alikes – a mass attack
on the school told by allusion («i morgen blir det som i 2011 på skolen», «et nytt Utøya») is a
threat for 112, a lesson on 22 July or the snow of 2011 is not; someone kicking or beating a
young person who lies on the ground is violence now (112), a match, a karate lesson or a fit is
not; a drug someone close lets a child taste or try is the rus routine, a taste of baking
powder, protein powder or a cake is not; a parent's syringes seen at home by a child are a drug
at home, a diabetic's insulin is not; made to tend a grown-up's «hasjplanter» or to pack a drug
is the rus routine too, tomato plants are not. And its two dev false alarms by class: a film
seen «i går» about a boy's overdose is a film's story, an «overdose kaffe» a joke. Made-up
messages, never the eval's own sentences."""

from __future__ import annotations

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.safety_cases import (
    assert_check_routes,
    assert_routed_with_number_first,
    class_tests,
)

ROUTED: list[tuple[str, str, str]] = [
    # a mass attack on the school told by allusion, forwarded or quoted
    (
        "en forelder sendte meg skjermbilde: 'på fredag blir det som på Utøya' skrev en elev",
        "trusler",
        "acute",
    ),
    ("eleven skreiv at i morgon blir det som i Kongsberg på skulen", "trusler", "acute"),
    ("noen har tagget at det blir et nytt Utøya på skolen i morgen", "trusler", "acute"),
    ("a pupil posted that tomorrow will be like columbine at school", "trusler", "acute"),
    # someone kicking or beating a young person lying on the ground, now
    ("to menn sparker en gutt som ligger på bakken ved busstoppet", "vold_nare", "acute"),
    ("ein mann slår ei jente som ligg nede utanfor butikken", "vold_nare", "acute"),
    ("ei jente ligger på asfalten og en voksen tramper på henne nå", "vold_nare", "acute"),
    ("a man is kicking a teenager lying on the ground by the station", "vold_nare", "acute"),
    # a drug someone close lets a child taste or try
    ("ei jente i 6 sa at onkelen lot henne smake på pulveret hans", "rus", "disclosure"),
    ("eleven fortalte at han fikk prøve pillene til storesøster i helga", "rus", "disclosure"),
    ("ein gut seier han fekk smake på hasjen til bror sin", "rus", "disclosure"),
    ("a boy said his uncle let him try the powder", "rus", "disclosure"),
    # a parent's drug kit seen at home by a child
    ("en jente på 9 sier pappa har sprøyter i skuffen på kjøkkenet", "rus", "disclosure"),
    ("eleven seier at mora har sprøyter på badet og søv heile dagen", "rus", "disclosure"),
    # made to tend a grown-up's drug plants named in one compound, or to pack or sell a drug
    ("ei jente sa at mora har cannabisplanter i boden og at hun må vanne dem", "rus", "disclosure"),
    (
        "gutten seier stefaren har hasjplanter på loftet og at han må passe på dei",
        "rus",
        "disclosure",
    ),
    ("eleven sa at onkelen tvinger ham til å veie og pakke hasj i poser", "rus", "disclosure"),
    ("a pupil says her uncle makes her pack weed into bags", "rus", "disclosure"),
]

CALM = [
    # a lesson, a memorial day, the weather of 2011
    "i historietimen i morgen skal 10. trinn lære om 22. juli og Utøya",
    "i 2011 var det snøkaos på skolen og bussene sto",
    "i morgen blir det som i 2011 med snøkaos, sier meteorologen",
    "minnestund på skolen på fredag for dem som døde på Utøya",
    "i morgen blir det som i 2011, da vant vi cupen",
    # a match, a karate lesson, a project kicked off
    "spissen sparker ballen i mål mens keeperen ligger på bakken",
    "på karate i dag sparker vi mot en som ligger nede, det er en øvelse",
    "vi sparker i gang prosjektet med 9. trinn på mandag",
    # a taste of baking powder, protein powder, a cake
    "han fikk smake på proteinpulveret til storebror etter treningen",
    "hun fikk smake på kaka til mormor i bursdagen",
    "elevene fikk prøve bakepulveret til læreren i kjemitimen",
    "han fikk smake på kakaopulveret til pappa",
    # a diabetic's or a nurse's syringes
    "mamma er diabetiker og har sprøyter på badet",
    "pappa har sprøyter til insulinet sitt på badet",
    # tomato plants, a father fetching a boy caught with hasj
    "faren har tomatplanter på loftet og han må passe på dem i ferien",
    "foreldrene må hente eleven etter at han ble tatt med hasj i friminuttet",
    # a film's story seen yesterday, an overdose of something harmless
    "så en film i går om en gutt som tok overdose, veldig sterk, anbefales",
    "så en serie i helga om ei jente som ble slått av faren, anbefales",
    "tok en overdose kaffe i morges, hva står på agendaen?",
    "har fått overdose julekaker denne uka",
    "overdose netflix i helga, men klar for møtet",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_the_allusion_leads_with_112(bot: SltBot) -> None:
    """Forwarded with «hva gjør vi nå»: the hastemøte's threat line, 112 first."""
    text = "fikk tilsendt fra en forelder: 'på mandag blir det som i 2011' skrev en elev. hjelp"
    assert_routed_with_number_first(bot, "jevnaker", text, "trusler", "hastemote", "112")


def test_a_fit_on_the_ground_is_first_aid_not_violence(vocabulary: DangerCheck) -> None:
    """A boy on the ground kicking with his legs in a fit: 113's first aid, no one beating."""
    finding = vocabulary.check("gutten ligger på bakken og sparker med beina, han har et anfall")
    assert finding is not None
    assert finding.topic == "akutt_medisinsk", finding.describe()


def test_a_film_seen_yesterday_still_frames_only_its_story(vocabulary: DangerCheck) -> None:
    """«i går» between the film and «om» says when it ran; a case told after the film is still
    a case."""
    assert_check_routes(
        vocabulary,
        "så en film i går, og etterpå fortalte en elev at faren slår henne",
        "vold-naere-relasjoner",
    )
    assert_check_routes(
        vocabulary, "vi så en film i går. en elev tok overdose i friminuttet", "rusbekymring"
    )


def test_an_overdose_of_a_drug_stays_one(vocabulary: DangerCheck) -> None:
    """Only a harmless thing right after «overdose» is the joke."""
    assert_check_routes(vocabulary, "han tok en overdose hasj i natt", "rusbekymring")
    assert_check_routes(vocabulary, "hun har tatt en overdose paracet", "selvskading")
