"""Probe messages for the danger check, round 17: danger said softly, and harms by their idiom.

Written fresh for this test (made-up situations, no eval item copied). Each case is (message,
topic, routine or None for the acute line alone, number the first line names). Standing on any
bridge or railway is suicide; a decision set for tonight («har bestemt seg, skal gjøre det i
natt») too, and a thank-you beside exhaustion («takk for alt, orker ikke lenger»); everything
one had of a medicine is pills taken to self-harm, but many pills of a party drug an overdose of
it (rusbekymring); breathing barely, in any form of the verb, is 113; a drugged drink and a gap
in memory is sexual abuse; admiring a terrorist, or a group getting ready for a war of its own,
is radicalisation; «løse hender» said of someone close is violence at home. The look-alikes:
a decision at work, a count asked for a report, a closed case, fantasy, war in the news.
"""

from __future__ import annotations

Probe = tuple[str, str, str | None, str]

AKUTT = "akutt_medisinsk"
SELV = "selvmord_selvskading"
VOLD = "vold_nare"
SEKSUELL = "seksuelle_overgrep"
RADIKAL = "radikalisering"
VNR = "vold-naere-relasjoner"
SELVSKADING = "selvskading"

CASES: list[Probe] = [
    # On a bridge or a railway, however it is named.
    ("hun ringte meg og sa hun står på motorveibrua", SELV, SELVSKADING, "113"),
    ("kompisen sier han står på togbrua og ikke vil gå ned", SELV, SELVSKADING, "113"),
    ("ho står på gangbrua over E6 og svarer ikkje", SELV, SELVSKADING, "113"),
    ("han klatret over rekkverket på brua", SELV, SELVSKADING, "113"),
    # A decision set for tonight, the act unnamed.
    ("han har bestemt seg, sier han, han skal gjøre det i natt", SELV, SELVSKADING, "113"),
    ("eg har bestemt meg, eg skal gjere det i kveld, skreiv ho", SELV, SELVSKADING, "113"),
    ("hun skrev at hun har bestemt seg for å gjøre det i kveld", SELV, SELVSKADING, "113"),
    # A thank-you beside exhaustion is a goodbye.
    (
        "eleven sendte «takk for alt, jeg orker ikke lenger» og svarer ikke",
        SELV,
        SELVSKADING,
        "113",
    ),
    ("melding fra gutten: takk for alt, klarer ikke dette lenger", SELV, SELVSKADING, "113"),
    ("ho skreiv «takk for alt, eg held ikkje ut»", SELV, SELVSKADING, "113"),
    # Nobody would notice, nobody need bother; not wanting to wake up.
    ("ingen kommer til å merke at jeg er borte, skrev han", SELV, SELVSKADING, "113"),
    ("han skrev at snart slipper dere å bry dere om meg", SELV, SELVSKADING, "113"),
    ("eg håpar eg ikkje vaknar i morgon, skreiv ho til venninna", SELV, SELVSKADING, "113"),
    ("han sitter på rekkverket på balkongen i sjette etasje", SELV, SELVSKADING, "113"),
    # Everything one had of a medicine, or a handful.
    ("hun tok en neve piller etter krangelen", SELV, SELVSKADING, "113"),
    ("hun har tatt alt hun fant av tabletter i skapet til mora", SELV, SELVSKADING, "113"),
    ("gutten sier han har tatt alt han hadde av sovetabletter", SELV, SELVSKADING, "113"),
    # Breathing barely, in any form of the verb; «helt borte» beside a substance.
    ("han ligger på gulvet og pustar så vidt", AKUTT, None, "113"),
    ("jenta pustet knapt da vi fant henne", AKUTT, None, "113"),
    ("han er helt borte og lukter sprit", AKUTT, "rusbekymring", "113"),
    # Many pills of a party drug: an overdose of it, not self-harm.
    ("han har tatt masse ecstasy og er glovarm", AKUTT, "rusbekymring", "113"),
    ("gutten har tatt en haug med mdma-piller", AKUTT, "rusbekymring", "113"),
    # A drugged drink and a gap in memory.
    (
        "hun fikk en drink av en eldre mann og husker ikke mer av kvelden",
        SEKSUELL,
        VNR,
        "112",
    ),
    ("hun tror noen ha puttet noko i glaset hennar, ho hugsar ikkje noko", SEKSUELL, VNR, "112"),
    (
        "hun tror noen puttet noe i glasset hennes på byen, hun husker ingenting etter det",
        SEKSUELL,
        VNR,
        "112",
    ),
    (
        "de ga ham noe i brusen på festen og han husker ikke hvordan han kom hjem",
        SEKSUELL,
        VNR,
        "112",
    ),
    ("hun ble dopet på fest og husker ingenting", SEKSUELL, VNR, "112"),
    # Drugged with no memory gap told: drugs given (rusbekymring).
    ("hun tror hun ble dopa ned på byen i helga", "rus", "rusbekymring", "112"),
    # Drug signs after something taken.
    ("han har store pupiller og er rar etter å ha tatt noe på fest", AKUTT, "rusbekymring", "113"),
    # Admiring a terrorist; a group getting ready for its war.
    (
        "han forguder terroristen fra Christchurch og tegner symbolene hans",
        RADIKAL,
        "hastemote",
        "112",
    ),
    (
        "en elev er rekruttert til en telegram-gruppe som trener til krigen",
        RADIKAL,
        "hastemote",
        "112",
    ),
    ("han er med i en discord-server der de forbereder seg på krigen", RADIKAL, "hastemote", "112"),
    ("eleven kaller gjerningsmannen en helt", RADIKAL, "hastemote", "112"),
    ("han har vært i kontakt med IS på nett og vil reise", RADIKAL, "hastemote", "112"),
    ("han har begynt å gå med SS-symboler på jakka", RADIKAL, "hastemote", "112"),
    ("hun hyller gjerningsmannen fra Christchurch på tiktok", RADIKAL, "hastemote", "112"),
    (
        "han sier at gruppa hans på discord trener på å skyte og gjør seg klar til krigen",
        RADIKAL,
        "hastemote",
        "112",
    ),
    # A hand that hits, in its idioms.
    ("far har hard hånd med ungene", VOLD, VNR, "112"),
    ("mor blir fysisk med ham når hun er sint", VOLD, VNR, "112"),
    ("faren har hendene litt for løse, sier mora", VOLD, VNR, "112"),
    ("mora gir ham en på trynet når han kommer sent hjem", VOLD, VNR, "112"),
    # «klår på» is groping; «klar» alone is ready.
    ("onkelen klår på henne når de er alene", SEKSUELL, VNR, "112"),
    ("jenta sier at stefaren har løse hender når han drikker", VOLD, VNR, "112"),
    ("moren er lett på hånda, sier gutten", VOLD, VNR, "112"),
]

LOOK_ALIKES: list[str] = [
    # A decision at work.
    "rektor har bestemt seg for å gjøre det obligatorisk fra høsten",
    "rektor har bestemt seg, vi skal gjøre det i morgen på personalmøtet",
    "han har bestemt seg for å gjøre det bedre på skolen i morgen",
    # Medicine put away, breath and «borte» as idioms, a bridge to meet at.
    "har dere tatt alt av medisiner ut av skapet på leiren?",
    "vi rekker så vidt å puste mellom møtene",
    "han er helt borte i matte for tiden",
    "elevene er helt borte etter fest-uka, hva med prøvene?",
    "vi møtes ved brua klokka tre",
    "elevene står på gangbrua og venter på bussen",
    # War in the news, admiration of helpers, a terror attack as a subject.
    "Norge forbereder seg på krig, sier elevene, og de er redde",
    "elevene beundret hvordan politiet tok gjerningsmannen",
    "lærerne beundrer innsatsen etter terrorangrepet",
    # A count asked for a report or a plan.
    "hvor mange elever i kommunen har prøvd hasj? trenger tallet til planen",
    "kor mange ungdommar har vore utsette for vald i heimen? skal skrive rapport",
    "hvor stor andel av elevene har opplevd vold hjemme ifølge ungdata?",
    "antall ungdommer som har prøvd å ta livet sitt, har SLT tall på det?",
    "vet du hvor mange 10.-klassinger som har tatt overdose?",
    "har vi oversikt over hvor mange jenter som har blitt voldtatt?",
    # A body in trouble whose case is closed.
    "saken med jenta som besvimte på skoleturen i fjor er avsluttet, skal den fortsatt meldes?",
    "saken med eleven som besvimte på turen er avsluttet, men hvem skriver avviket?",
    # Fantasy.
    "en elev skrev en fantasy-novelle der helten dreper en trollmann, er det greit?",
    # «klår» and «klådd» fold to «klar» (ready) and «kladd» (a draft).
    "gutten sier han er klar for prøven",
    "eleven har skrevet en kladd til stilen",
    "vi er klar på at eleven trenger hjelp",
    # A topic named, not a person recruited.
    "IS-krigere rekrutterer på nett, har vi en plan?",
    "SS-tegnet finnes på mange nettsider, har vi undervisning om det?",
    "det er kjempevarmt i klasserommet, elevene ligger og sover",
    "elevene har store pupiller etter synsprøven",
    "mor blir fysisk syk av stress",
    "mamma har voldsom hodepine",
    "jeg klarer ikke mer i dag, takk for alt dere gjør",
    "læreren pustet så vidt ut etter eksamen",
    "vi er klar på at han trenger hjelp",
    "mor blir voldsom sint når hun ikke får sove",
    "Ukraina gjør seg klar til krigen, skal vi bli med på innsamlingen?",
    # Idioms.
    "takk for alt i dag, vi ses på mandag",
    "vi har hendene fulle med møter denne uka",
]

KEEP: list[Probe] = [
    # A closed case with a new body in trouble after it; a count after which a case is told.
    (
        "saken med overdosen er avsluttet, men nå har han tatt en overdose igjen",
        AKUTT,
        "rusbekymring",
        "113",
    ),
    (
        "saken med gutten som tok en overdose er ikke avsluttet, han ligger bevisstløs",
        AKUTT,
        "rusbekymring",
        "113",
    ),
    # A count with a case after it, in its own clause or sentence.
    (
        "vi vet ikke hvor mange elever han har truet, han står utenfor skolen med kniv nå",
        "trusler",
        "hastemote",
        "112",
    ),
    ("vet ikke hvor mange. faren slår henne hver dag", VOLD, VNR, "112"),
    # «-mannen» is an adult reaching a child when no extremism is named.
    ("gjerningsmannen har sendt meldinger til jenta på 13", SEKSUELL, VNR, "112"),
    # A party drug taken to die is self-harm.
    ("hun har tatt mange ecstasy-piller for å dø", SELV, SELVSKADING, "113"),
]
