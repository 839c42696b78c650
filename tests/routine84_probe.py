"""Session 40's routine84 probe: routines and tiltak asked in staff's own words.

Written from the plans (../shared/seeds) and the domain README before any change, never copied
from an eval item: a routine asked by the situation told (not the routine's name) or with a
tiltak named inside it, a tiltak by topic or target group, who owns a tiltak, what the
writer's own workplace owns, which level a workplace belongs to, meetings around holidays –
and calm look-alikes that must keep the honest answer. Each row: kommune, message, the eval
intent it must get (tests/eval ``ACCEPTS``), the eval routine (or None) and strings the reply
must hold. tests/test_routine84.py scores every row as the eval runner does.
"""

from __future__ import annotations

PROBE: tuple[tuple[str, str, str, str | None, tuple[str, ...]], ...] = (
    # A routine asked by the situation, not by its name.
    (
        "valer",
        "en elev i 9. har vært mye borte siden høstferien og foreldrene svarer ikke. "
        "hva er rutinen hos oss?",
        "routine",
        "skolefravaer",
        (),
    ),
    (
        "jevnaker",
        "hvordan gjør vi det når en elev har høyt ugyldig fravær",
        "routine",
        "skolefravaer",
        (),
    ),
    (
        "jevnaker",
        "hei jeg lurer på hvordan vi skal gå fram når en elev ikke har vært på skolen på to uker "
        "og mor sier han er syk hele tiden",
        "routine",
        "skolefravaer",
        (),
    ),
    (
        "valer",
        "hva gjor vi hvis vi er bekymret for rus hos en elev pa ungdomsskolen",
        "routine",
        "rus",
        (),
    ),
    ("valer", "what's the procedure if we suspect a pupil is using drugs?", "routine", "rus", ()),
    (
        "jevnaker",
        "BV og HS spør om vi har en felles rutine når vi er bekymra for rus",
        "routine",
        "rus",
        (),
    ),
    (
        "jevnaker",
        "hva gjør vi når politiet ringer og sier at en 16-åring er tatt med cannabis",
        "routine",
        "rus",
        (),
    ),
    (
        "gjesdal",
        "må vi ha samtykke fra foreldra før vi tar opp en elev i operativ gruppe",
        "routine",
        "samtykke",
        (),
    ),
    (
        "valer",
        "skal drøfte en ungdom i BTI-møte med barnevern og PPT, "
        "trenger jeg samtykke fra foresatte først?",
        "routine",
        "samtykke",
        (),
    ),
    (
        "gjesdal",
        "kva er rutinen dersom ein elev har fått bilete av seg sjølv delt vidare på nettet",
        "routine",
        "bildedeling",
        (),
    ),
    (
        "gjesdal",
        "hva er framgangsmåten når skolen får vite at bilder av elever spres uten lov",
        "routine",
        "bildedeling",
        (),
    ),
    (
        "jevnaker",
        "hva er prosedyren hvis en ansatt mistenker at et barn blir slått hjemme",
        "routine",
        "vold_nare",
        (),
    ),
    # A tiltak named inside a routine question.
    (
        "valer",
        "Robust ungdom er i gang, men hva er rutinen hvis vi oppdager at en elev ruser seg?",
        "routine",
        "rus",
        (),
    ),
    (
        "jevnaker",
        "hvordan funker det med ruskontrakt når en elev blir tatt for narkotika, "
        "hva er gangen i det?",
        "routine",
        "rus",
        ("ruskontrakt",),
    ),
    (
        "valer",
        "vi har oppvekstteam og BTI, men hvilken rutine gjelder ved bekymringsfullt fravær?",
        "routine",
        "skolefravaer",
        (),
    ),
    # A tiltak by topic or target group.
    (
        "valer",
        "har vi noe for barn som har mistet mor eller far?",
        "tiltak_lookup",
        None,
        ("samtalegruppe",),
    ),
    (
        "valer",
        "finnes det et tilbud for gutter som sliter med angst",
        "tiltak_lookup",
        None,
        ("friluftsgruppe",),
    ),
    (
        "valer",
        "har de noko tilbod for born som er pårørande til sjuke foreldre",
        "tiltak_lookup",
        None,
        ("samtalegruppe",),
    ),
    ("valer", "noe gratis sommertilbud for 10-åringer?", "tiltak_lookup", None, ("sommeruka",)),
    (
        "valer",
        "hva har kommunen for unge voksne som går på sosialhjelp og ikke har jobb",
        "tiltak_lookup",
        None,
        ("aktivitetsplikten",),
    ),
    (
        "jevnaker",
        "blir 3. klassingene undervist om overgrep?",
        "tiltak_lookup",
        None,
        ("3. trinn",),
    ),
    ("jevnaker", "har 4. trinn noe undervisning om vold", "tiltak_lookup", None, ("sinna mann",)),
    (
        "jevnaker",
        "har dere noe rettet mot foreldre om alkohol og ungdom",
        "tiltak_lookup",
        None,
        ("utsett",),
    ),
    (
        "jevnaker",
        "er det noe nettvett undervisning for foreldre og elever",
        "tiltak_lookup",
        None,
        ("nettvett",),
    ),
    (
        "jevnaker",
        "har vi noe tilbud til unge mellom 10 og 23 som står utenfor",
        "tiltak_lookup",
        None,
        ("hindre utenforskap",),
    ),
    (
        "gjesdal",
        "finnes det kurs for flyktningungdom om identitet",
        "tiltak_lookup",
        None,
        ("flexid",),
    ),
    (
        "gjesdal",
        "kan ansatte trene sammen med ungdommen noe sted?",
        "tiltak_lookup",
        None,
        ("årskort",),
    ),
    ("gjesdal", "er politiet noe på skolene i dirdal", "tiltak_lookup", None, ("dirdal",)),
    # Who owns a tiltak.
    ("valer", "hvem har ansvaret for Robust ungdom?", "tiltak_owner", None, ("ungdomsskolen",)),
    ("jevnaker", "hvem står bak natteravnene", "tiltak_owner", None, ("frivilligsentralen",)),
    ("gjesdal", "hvem drifter LOS", "tiltak_owner", None, ("rektor",)),
    (
        "jevnaker",
        "hvem er ansvarlig for trygghetsvandringa",
        "tiltak_owner",
        None,
        ("slt-koordinator",),
    ),
    ("valer", "hvem har ansvar for friluftsskolen", "tiltak_owner", None, ("dnt",)),
    (
        "gjesdal",
        "kven har ansvaret for flexid-kursa",
        "tiltak_owner",
        None,
        ("flyktningkonsulent",),
    ),
    (
        "jevnaker",
        "hvem skal sørge for at PMTO blir gjennomført",
        "tiltak_owner",
        None,
        ("familiens hus",),
    ),
    # What the writer's own workplace owns.
    (
        "gjesdal",
        "jobber som rektor, hvilke tiltak har vi ansvar for?",
        "tiltak_mine",
        None,
        ("foreldremøter",),
    ),
    (
        "jevnaker",
        "er ungdomskonsulent, hva står jeg ansvarlig for i planen",
        "tiltak_mine",
        None,
        ("på rett kjøl",),
    ),
    ("valer", "jeg er ungdomskontakt – hvilke tiltak er mine?", "tiltak_mine", None, ("ruse",)),
    # Which level a workplace belongs to: a role's or workplace's own level is read by its
    # seats (role_groups), as the dev twins f9-117, f14-055 and jg-0212 are labelled.
    (
        "gjesdal",
        "jobber i barnehage, hvilket nivå i slt er jeg på?",
        "role_groups",
        None,
        ("utførende",),
    ),
    ("valer", "er lærerne på utøvende nivå?", "level_info", None, ("utøvende",)),
    (
        "valer",
        "hvor i SLT-modellen hører fritidsklubben hjemme",
        "role_groups",
        None,
        ("utøvende",),
    ),
    ("jevnaker", "er politirådet det styrende nivået?", "level_info", None, ("styrende",)),
    (
        "gjesdal",
        "helsesykepleier her – hvilket nivå tilhører jeg",
        "role_groups",
        None,
        ("alle som jobber direkte med barn og unge",),
    ),
    # Meetings around holidays.
    ("jevnaker", "blir det fagteammøte i vinterferien?", "meeting_next", None, ()),
    ("gjesdal", "har arbeidsgruppa møte i juleferien", "meeting_next", None, ()),
    ("jevnaker", "møtes koordineringsgruppa i påsken?", "meeting_next", None, ()),
    ("valer", "blir det politirådsmøte i påskeuka", "meeting_next", None, ()),
    ("gjesdal", "er det operativ gruppe i høstferien?", "meeting_next", None, ()),
    # Calm and honest look-alikes.
    ("valer", "hva er rutinen for å bestille møterom på rådhuset", "unknown", None, ()),
    ("jevnaker", "har vi en rutine for sykmelding av ansatte", "unknown", None, ()),
    ("gjesdal", "hvem har ansvaret for kaffen på personalrommet", "unknown", None, ()),
    ("valer", "hvilket nivå er matteprøven på 9. trinn", "unknown", None, ()),
    ("jevnaker", "er det skole i påskeuka?", "unknown", None, ()),
    ("gjesdal", "finnes det kurs i Excel for ansatte", "unknown", None, ()),
    ("jevnaker", "har vi tiltak mot snømåking på skoleplassen", "unknown", None, ()),
)
