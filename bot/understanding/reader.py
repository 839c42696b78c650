"""Text → intent + entities, deterministically, for Norwegian questions as staff type them.

How a question is read (each step is explainable, nothing is learned):

1. Teams mention markup is removed and the text folded (lower case, æøå → ae/o/a).
2. Every word that is not in the vocabulary is corrected to the nearest vocabulary word
   (rapidfuzz, ratio ≥ 80) — the vocabulary is every cue word, group alias, level synonym,
   member role word and kommune name, built once at load.
3. A kommune named in the question ("i gjesdal") picks that kommune; otherwise the
   conversation's kommune is used.
4. The longest known phrases are matched against the corrected words: group aliases and
   level synonyms of that kommune.
5. Cue phrases decide the intent; the longest matching cue wins, ties go to the more
   specific intent.
6. Words left over that occur in member roles become the role asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bot.knowledge.index import LEVEL_SYNONYMS, KnowledgeBase, KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold, strip_mentions
from bot.understanding.normalise import Normaliser, stem
from bot.understanding.retrieval import Hit, KnowledgeSearch


class Intent(StrEnum):
    MEMBERS = "members"
    ROLE_GROUPS = "role_groups"
    COORDINATOR = "coordinator"
    FREQUENCY = "frequency"
    INNKALLER = "innkaller"
    MOTELEDER = "moteleder"
    SEKRETAR = "sekretar"
    DUTIES = "duties"
    LEVELS = "levels"
    TARGET_GROUP = "target_group"
    PLAN = "plan"
    HELP = "help"
    GREETING = "greeting"
    LINK_TEAM = "link_team"
    MEETING_PLAN = "meeting_plan"
    NEXT_MEETING = "next_meeting"
    MEETING_CALL = "meeting_call"
    MEETING_CANCEL = "meeting_cancel"
    MEETING_MOVE = "meeting_move"
    LINK_CHANNEL = "link_channel"
    RELOAD = "reload"
    NEW_CALENDAR_LINK = "new_calendar_link"
    TILTAK_MINE = "tiltak_mine"
    TILTAK_FOR_ROLE = "tiltak_for_role"
    TILTAK_STATUS = "tiltak_status"
    TILTAK_OWNER = "tiltak_owner"
    TILTAK_DEADLINE = "tiltak_deadline"
    TILTAK_LOOKUP = "tiltak_lookup"
    ROUTINE_LIST = "routine_list"
    BTI = "bti"
    HOTLINES = "hotlines"
    CONTACT_SERVICE = "contact_service"
    UNKNOWN = "unknown"


# Cue phrases per intent, in folded form. Order of the dict is the tie-break priority.
CUES: dict[Intent, tuple[str, ...]] = {
    Intent.MEETING_CALL: (
        "innkall",
        "innkalle til",
        "kall inn",
        "send innkalling",
        "send ut innkalling",
        "lag innkalling",
    ),
    Intent.MEETING_CANCEL: ("avlys", "avlyse", "kanseller"),
    Intent.MEETING_MOVE: ("flytt", "flytte", "utsett motet", "utsette motet", "flytt motet"),
    Intent.LINK_CHANNEL: (
        "bruk denne kanalen for",
        "bruk kanalen for",
        "koble kanalen til",
        "denne kanalen er for",
        "knytt kanalen til",
    ),
    Intent.NEW_CALENDAR_LINK: (
        "ny kalenderlenke",
        "ny lenke til kalenderen",
        "ny lenke til arshjulet",
        "bytt kalenderlenke",
        "bytt kalenderlenken",
        "lag ny kalenderlenke",
    ),
    Intent.RELOAD: (
        "last inn kunnskapen",
        "last inn kunnskap",
        "last inn planen",
        "les inn planen",
        "last inn pa nytt",
        "les inn pa nytt",
        "oppdater kunnskapen",
        "oppdater kunnskap",
        "last kunnskapen pa nytt",
    ),
    Intent.MEETING_PLAN: (
        "moteplan",
        "moteplanen",
        "arshjul",
        "arshjulet",
        "motekalender",
        "motekalenderen",
        "alle motene",
        "kalender",
    ),
    Intent.NEXT_MEETING: (
        "neste mote",
        "neste motet",
        "nar er neste",
        "nar er det neste",
        "nar motes neste",
        "nar er motet",
        "neste gang",
        "kommende mote",
        "kommende moter",
    ),
    Intent.TILTAK_MINE: (
        "mine tiltak",
        "mitt tiltak",
        "mine oppgaver i planen",
        "hva har jeg ansvar for",
    ),
    Intent.TILTAK_STATUS: (
        "status handlingsplan",
        "status handlingsplanen",
        "status pa handlingsplanen",
        "status tiltak",
        "status pa tiltakene",
        "status for tiltakene",
        "status planen",
        "status pa planen",
        "hvordan gar det med tiltakene",
        "oversikt over tiltak",
        "oversikt tiltak",
    ),
    Intent.TILTAK_DEADLINE: (
        "frist for tiltak",
        "fristen for tiltak",
        "frist pa tiltak",
        "fristen pa tiltak",
        "nar er fristen",
        "hva er fristen",
        "hvilken frist",
        "frist for",
        "fristen for",
    ),
    Intent.TILTAK_OWNER: (
        "hvem har ansvar for",
        "hvem har ansvaret for",
        "hvem er ansvarlig for",
        "ansvarlig for tiltak",
        "hvem eier tiltak",
        "hvem har tiltak",
    ),
    Intent.TILTAK_FOR_ROLE: ("tiltak for", "tiltakene for", "tiltak til", "hvilke tiltak har"),
    Intent.TILTAK_LOOKUP: (
        "hva er tiltak",
        "hva gar tiltak",
        "hva gar tiltaket",
        "hva gar ut pa",
        "gar ut pa",
        "ut pa",
        "hva innebaerer",
        "fortell om tiltak",
        "fortell om tiltaket",
        "tiltak om",
        "tiltak mot",
        "tiltaket om",
        "tiltaket mot",
        "tiltak nummer",
        "tiltak nr",
        "hvilke tiltak finnes",
        "hvilket tiltak",
        "finnes det tiltak",
        "finnes det et tiltak",
        "har dere tiltak",
        "har vi tiltak",
        "er det tiltak",
    ),
    Intent.ROUTINE_LIST: (
        "hvilke rutiner",
        "hvilke rutiner finnes",
        "hvilke rutiner har",
        "liste over rutiner",
        "oversikt over rutiner",
        "oversikt over rutinene",
        "alle rutinene",
        "alle rutiner",
        "rutinene",
        "rutiner finnes",
        "hvilke rutiner kan",
        "hvilke rutiner er",
    ),
    Intent.BTI: (
        "bti",
        "bedre tverrfaglig innsats",
        "stafettlogg",
        "stafettloggen",
        "handlingsveileder",
        "handlingsveilederen",
        "bti modellen",
    ),
    Intent.HOTLINES: (
        "nodnummer",
        "nodnumre",
        "nodnumrene",
        "nodnummeret",
        "telefonnumre",
        "telefonnumrene",
        "viktige numre",
        "viktige telefonnumre",
        "hotline",
        "hotlines",
        "alarmtelefon",
        "alarmtelefonen",
        "hvilke numre",
        "akuttnummer",
        "akutt nummer",
        "numre a ringe",
        "nummer a ringe",
        "hjelpetelefon",
        "hjelpetelefoner",
    ),
    Intent.CONTACT_SERVICE: (
        "nummer til",
        "nummeret til",
        "nummeret til",
        "telefon til",
        "telefonen til",
        "telefonnummer til",
        "telefonnummeret til",
        "tlf til",
        "tlf nr til",
        "hvordan kontakter jeg",
        "hvordan kontakte",
        "hvordan far jeg kontakt med",
        "hvordan far jeg tak i",
        "hvordan nar jeg",
        "hvordan komme i kontakt med",
        "komme i kontakt med",
        "kontakt med",
        "kontaktinfo",
        "kontaktinformasjon",
        "kontaktinfo til",
        "e post til",
        "epost til",
        "mail til",
        "adressen til",
        "hvor ringer jeg",
        "hvem ringer jeg",
        "ringe til",
        "na tak i",
        "fa tak i",
    ),
    Intent.LINK_TEAM: (
        "koble teamet til",
        "koble til",
        "knytt teamet til",
        "knytt til",
        "bruk kommune",
        "sett kommune",
        "bytt kommune",
        "bytt til",
        "vi er",
        "dette teamet er",
        "dette er",
        "link",
    ),
    Intent.HELP: (
        "hjelp",
        "hva kan du",
        "hva kan jeg sporre om",
        "hva kan jeg spore om",
        "help",
        "kommandoer",
        "hvordan bruker jeg",
        "hva kan boten",
        "hva vet du",
        "meny",
    ),
    Intent.INNKALLER: (
        "kaller inn",
        "kalle inn",
        "kalles inn",
        "innkaller",
        "innkalling",
        "innkalle",
        "kaller sammen",
        "sender innkalling",
        "sender ut innkalling",
    ),
    Intent.SEKRETAR: (
        "referat",
        "referatet",
        "sekretaer",
        "sekretaeren",
        "skriver referat",
        "tar referat",
        "referent",
        "skriver referatet",
    ),
    Intent.MOTELEDER: (
        "leder motene",
        "leder motet",
        "moteleder",
        "motelederen",
        "hvem leder",
        "leder gruppa",
        "leder gruppen",
        "styrer motene",
        "er leder",
        "leder for",
        "ledes av",
        "ledes motene",
        "leier motene",
    ),
    Intent.FREQUENCY: (
        "hvor ofte",
        "hvor mange ganger",
        "hvor mange moter",
        "nar moter",
        "nar motes",
        "hyppighet",
        "hvor hyppig",
        "motes",
        "moter de",
        "motefrekvens",
        "ganger i aret",
        "ganger per ar",
        "hvor jevnlig",
        "hvilke moter",
        "motes de",
    ),
    Intent.ROLE_GROUPS: (
        "hvilke slt grupper",
        "hvilken slt gruppe",
        "hvilke slt moter",
        "hvilket slt forum",
        "hvilke slt fora",
        "hvilken gruppe",
        "hvilke grupper",
        "hvilket niva",
        "hvilke niva",
        "hvilket forum",
        "hvilke fora",
        "hvor sitter",
        "hvor er",
        "hvor deltar",
        "er med i",
        "sitter i hvilken",
        "sitter i hvilke",
        "hvilken gruppe sitter",
        "er representert i",
        "deltar i",
        "hvor hører",
        "hvor horer",
        "tilhorer",
    ),
    Intent.MEMBERS: (
        "hvem sitter",
        "hvem er med",
        "hvem er i",
        "hvem deltar",
        "deltakere",
        "deltagere",
        "medlemmer",
        "medlemmene",
        "sammensatt",
        "sammensetning",
        "hvem moter",
        "hvem er representert",
        "hvem bestar",
        "bestar av",
        "hvem er det i",
        "hvem sitt",
        "hvem er pa",
        "hvem sitter pa",
        "hvem er medlem",
        "hvem er medlemmer",
        "medlemmer av",
        "medlemmer i",
        "medlemmene i",
        "medlemmene av",
        "hvilke roller sitter",
        "hvilke roller er med",
        "hva for noen roller",
        "roller sitter i",
        "roller sitt i",
        "roller er med i",
    ),
    Intent.TARGET_GROUP: (
        "malgruppe",
        "malgruppen",
        "aldersgruppe",
        "hvilken alder",
        "hvor gamle",
        "hvilke aldre",
        "alder",
    ),
    Intent.PLAN: (
        "planperiode",
        "planperioden",
        "hvilken plan",
        "vedtatt",
        "slt planen",
        "slt plan",
        "handlingsplan",
        "planen",
    ),
    Intent.LEVELS: (
        "nivaene",
        "tre niva",
        "tre nivaer",
        "slt modellen",
        "organisering",
        "organisert",
        "hvilke nivaer",
        "hva er slt",
        "nivaer",
    ),
    Intent.DUTIES: (
        "ansvar",
        "ansvaret",
        "ansvarlig for",
        "oppgaver",
        "oppgave",
        "oppgavene",
        "hva gjor",
        "hva skal",
        "mandat",
        "mandatet",
        "hensikt",
        "hensikten",
        "formal",
        "formalet",
        "rolle",
        "rollen",
        "hva driver",
        "jobb",
        "jobben",
        "hva er",
    ),
    Intent.COORDINATOR: (
        "slt koordinator",
        "slt koordinatoren",
        "slt k",
        "sltk",
        "koordinatoren",
        "koordinator",
        "slt koordinatorer",
    ),
    Intent.GREETING: ("hei", "hallo", "heisann", "god morgen", "takk", "tusen takk"),
}

SPECIFIC_FIRST = (
    Intent.NEW_CALENDAR_LINK,
    Intent.RELOAD,
    Intent.MEETING_CALL,
    Intent.MEETING_CANCEL,
    Intent.MEETING_MOVE,
    Intent.LINK_CHANNEL,
    Intent.MEETING_PLAN,
    Intent.NEXT_MEETING,
    Intent.TILTAK_MINE,
    Intent.TILTAK_STATUS,
    Intent.TILTAK_DEADLINE,
    Intent.TILTAK_OWNER,
    Intent.TILTAK_FOR_ROLE,
    Intent.TILTAK_LOOKUP,
    Intent.ROUTINE_LIST,
    Intent.HOTLINES,
    Intent.CONTACT_SERVICE,
    Intent.BTI,
    Intent.LINK_TEAM,
    Intent.HELP,
    Intent.INNKALLER,
    Intent.SEKRETAR,
    Intent.MOTELEDER,
    Intent.FREQUENCY,
    Intent.ROLE_GROUPS,
    Intent.MEMBERS,
    Intent.TARGET_GROUP,
    Intent.PLAN,
    Intent.LEVELS,
    Intent.DUTIES,
    Intent.COORDINATOR,
    Intent.GREETING,
)

MORE_CUES: dict[Intent, tuple[str, ...]] = {
    Intent.FREQUENCY: (
        "how often",
        "hvert ar",
        "hver uke",
        "hver maned",
        "hvor ofte er",
        "hvor ofte blir",
        "arlig",
    ),
    Intent.MOTELEDER: ("who chairs", "who leads", "hvem styrer", "hvem er moteleder"),
    Intent.INNKALLER: (
        "who calls",
        "sier jeg ifra",
        "sier jeg fra",
        "melde inn sak",
        "melder jeg inn",
        "melde inn en sak",
        "sak til",
        "spille inn sak",
    ),
    Intent.MEMBERS: (
        "who is on",
        "who is in",
        "who sits",
        "who are in",
        "members of",
        "hvem utgjor",
        "hvem stiller",
        "hvem skal delta",
        "hvem skal mote",
        "hvilke etater",
        "hvilke tjenester er med",
        "deltakerliste",
        "deltakerlista",
        "medlemsliste",
        "medlemslista",
    ),
    Intent.ROLE_GROUPS: (
        "hvilke moter skal",
        "hvilke faste moter",
        "sitter med i",
        "er medlem av",
        "er medlem i",
        "which groups",
        "which meetings",
    ),
    Intent.NEXT_MEETING: ("mote snart", "moter snart", "noe mote", "neste samling", "next meeting"),
    Intent.TILTAK_MINE: (
        "tiltak har jeg",
        "hvilke tiltak har jeg",
        "har jeg ansvar",
        "mine oppgaver",
        "tiltaka mine",
        "tiltakene mine",
        "har jeg av tiltak",
        "oppgavene mine",
        "mine tiltak i",
        "my tasks",
    ),
    Intent.TILTAK_STATUS: (
        "alle tiltakene",
        "alle tiltak",
        "liste tiltakene",
        "liste alle tiltak",
        "liste over tiltakene",
        "list tiltakene",
    ),
    Intent.TILTAK_OWNER: ("ansvarlig", "hvem eier", "hvem har ansvaret", "who is responsible"),
    Intent.COORDINATOR: ("bindeledd", "bindeleddet", "padriver", "padriveren"),
    Intent.DUTIES: (
        "forklar",
        "forskjellen",
        "forskjell",
        "hva skjer pa",
        "hva skjer i",
        "oppdrag",
        "oppdraget",
        "drive med",
        "driver med",
        "jobber med",
        "til for",
        "vitsen med",
        "poenget med",
        "funksjon",
        "funksjonen",
        "brukes til",
        "what does",
        "purpose",
    ),
    Intent.LEVELS: (
        "hva er slt modellen",
        "bygd opp",
        "bygget opp",
        "oppbygging",
        "oppbygd",
        "strukturen",
    ),
    Intent.PLAN: (
        "politidistrikt",
        "politidistriktet",
        "hva betyr slt",
        "hva star slt for",
        "slt star for",
        "utvikla slt",
        "utviklet slt",
        "utvikla slt modellen",
        "utviklet slt modellen",
        "hva er slt for noe",
    ),
    Intent.HOTLINES: (
        "ambulanse",
        "hvilket nummer",
        "hvilke nummer",
        "nummer ringer",
        "nummer skal jeg ringe",
        "emergency",
    ),
    Intent.CONTACT_SERVICE: (
        "kontakt til",
        "nr til",
        "mobilnr",
        "mobilnr til",
        "mobilnummer",
        "mobilnummer til",
        "mobilnummeret til",
        "telefonnr",
        "tlf nr",
        "tlf",
        "hvem kontakter jeg",
        "kontakter jeg",
        "hvem tar jeg kontakt med i",
        "kontakte",
        "hvordan kontakter",
    ),
    Intent.ROUTINE_LIST: (
        "rutiner",
        "rutinar",
        "rutinane",
        "rutine for",
        "egen rutine",
        "vis rutiner",
        "liste rutiner",
    ),
}
"""Cues learnt from the development half's phrasings (English, dialect and short forms)."""
for _intent, _extra in MORE_CUES.items():
    CUES[_intent] = CUES[_intent] + _extra

ROUTINE_PHRASES: dict[str, str] = {
    "dele info": "samtykke",
    "dele informasjon": "samtykke",
    "dele opplysninger": "samtykke",
    "taushetsplikt": "samtykke",
    "taushetsplikten": "samtykke",
    "samtykke": "samtykke",
    "samtykkeskjema": "samtykke",
    "samtykkeskjemaet": "samtykke",
    "consent": "samtykke",
    "varsle politiet": "vold-naere-relasjoner",
    "varsle politi": "vold-naere-relasjoner",
    "melde til politiet": "vold-naere-relasjoner",
    "ringe politiet": "vold-naere-relasjoner",
    "melde til barnevernet": "vold-naere-relasjoner",
    "melde barnevernet": "vold-naere-relasjoner",
    "melde bekymring": "vold-naere-relasjoner",
    "bekymringsmelding": "vold-naere-relasjoner",
    "opplysningsplikt": "vold-naere-relasjoner",
    "opplysningsplikten": "vold-naere-relasjoner",
    "avvergeplikt": "vold-naere-relasjoner",
    "avvergeplikten": "vold-naere-relasjoner",
    "barnevernet eller politiet": "vold-naere-relasjoner",
    "politiet eller barnevernet": "vold-naere-relasjoner",
    "hastemote": "hastemote",
    "nakenbilder": "bildedeling",
    "drikker": "rusbekymring",
    "alkohol": "rusbekymring",
    "hasj": "rusbekymring",
    "narkotika": "rusbekymring",
    "ruset": "rusbekymring",
    "rusa": "rusbekymring",
    "beruset": "rusbekymring",
}
"""What a procedural question names when it names no worry: the routine that answers it
(«når skal jeg varsle politiet» is the avvergeplikt step, not «hvor sitter politiet»)."""


ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "rektor": ("rektor", "*skole"),
    "rektorer": ("rektor", "*skole"),
    "skoleleder": ("skoleleder", "rektor", "*skole"),
    "helsesykepleier": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "helsesoster": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "helsesostre": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "skolehelsetjenesten": ("skolehelsetjeneste", "helsesykepleier"),
    "radmann": ("kommunedirektor", "radmann"),
    "kommunedirektor": ("kommunedirektor", "radmann"),
    "politiet": ("politi",),
    "barnevernet": ("barnevern",),
    "barnevernsleder": ("barnevernleder", "leder barnevern", "barnevern"),
    "ungdomskontakten": ("ungdomskontakt",),
    "sltk": ("slt koordinator",),
    "koordinatoren": ("koordinator",),
    "laerer": ("sosiallaerer", "*skole"),
    "laereren": ("sosiallaerer", "*skole"),
    "laerere": ("sosiallaerer", "*skole"),
    "skolesykepleier": ("helsesykepleier", "skolehelsetjeneste"),
    "psykolog": ("kommunepsykolog", "psykolog"),
    "politimann": ("politi",),
    "politibetjent": ("politi",),
    "ordforeren": ("ordforer",),
}

ROLE_LEXICON: dict[str, str] = {
    "avdelingsleder": "avdelingsleder",
    "barnevern": "barnevernet",
    "barnevernet": "barnevernet",
    "barnevernleder": "barnevernleder",
    "barnevernsleder": "barnevernleder",
    "barneverntjeneste": "barneverntjenesten",
    "barneverntjenesten": "barneverntjenesten",
    "familiesenter": "familiesenteret",
    "familiesenteret": "familiesenteret",
    "helsestasjon": "helsestasjonen",
    "helsestasjonen": "helsestasjonen",
    "helsesykepleier": "helsesykepleier",
    "helsesykepleiere": "helsesykepleier",
    "helsesykepleieren": "helsesykepleier",
    "helsesoster": "helsesykepleier",
    "helsesostre": "helsesykepleier",
    "skolesykepleier": "helsesykepleier",
    "skolehelsetjenesten": "skolehelsetjenesten",
    "kommunalsjef": "kommunalsjef",
    "kommunalsjefer": "kommunalsjef",
    "kommunedirektor": "kommunedirektør",
    "kommunedirektoren": "kommunedirektør",
    "radmann": "rådmann",
    "radmannen": "rådmann",
    "kommunepsykolog": "kommunepsykolog",
    "psykolog": "psykolog",
    "konfliktradet": "Konfliktrådet",
    "miljoterapeut": "miljøterapeut",
    "mestringsenheten": "mestringsenheten",
    "nav": "NAV",
    "ordforer": "ordfører",
    "ordforeren": "ordfører",
    "varaordforer": "varaordfører",
    "ppt": "PPT",
    "politi": "politiet",
    "politiet": "politiet",
    "politimann": "politiet",
    "politibetjent": "politiet",
    "politikontakt": "politikontakt",
    "politikontakten": "politikontakt",
    "politikontakter": "politikontakt",
    "politistasjonssjef": "politistasjonssjef",
    "politistasjonssjefen": "politistasjonssjef",
    "rektor": "rektor",
    "rektoren": "rektor",
    "rektorer": "rektor",
    "rektorene": "rektor",
    "skoleleder": "skoleleder",
    "sosiallaerer": "sosiallærer",
    "sosiallaereren": "sosiallærer",
    "sosiallaerere": "sosiallærer",
    "laerer": "lærer",
    "laereren": "lærer",
    "laerere": "lærer",
    "ungdomsklubben": "ungdomsklubben",
    "ungdomskonsulent": "ungdomskonsulent",
    "ungdomskonsulenten": "ungdomskonsulent",
    "ungdomskontakt": "ungdomskontakt",
    "ungdomskontakten": "ungdomskontakt",
    "ungdomskoordinator": "ungdomskoordinator",
    "ungdomslos": "ungdomslos",
    "ungdomslosen": "ungdomslos",
    "skolelos": "skolelos",
    "virksomhetsleder": "virksomhetsleder",
    "virksomhetsledere": "virksomhetsleder",
    "oppfolgingstjenesten": "oppfølgingstjenesten",
    "kultur": "kultur",
    "kulturleder": "kultur",
    "fylkeskommunen": "fylkeskommunen",
    "ungdomshelsestasjonen": "ungdomshelsestasjonen",
    "sltk": "SLT-koordinator",
    "koordinatoren": "koordinator",
}
"""Role words a «hvor sitter …» question may name (folded) and how to show them.

Only these make a role lookup: «ungdom», «barn» or «elev» are not roles, and a role is never
shown in its folded form.
"""

STOPWORDS = frozenset(
    {
        "hvem",
        "hva",
        "hvor",
        "hvilken",
        "hvilke",
        "hvilket",
        "er",
        "i",
        "pa",
        "og",
        "til",
        "av",
        "for",
        "med",
        "som",
        "sitter",
        "sitt",
        "sit",
        "de",
        "den",
        "det",
        "en",
        "et",
        "ei",
        "om",
        "har",
        "kan",
        "jeg",
        "du",
        "vi",
        "dere",
        "meg",
        "oss",
        "var",
        "skal",
        "ville",
        "vil",
        "gjor",
        "gjore",
        "nar",
        "sa",
        "ogsa",
        "ja",
        "nei",
        "the",
        "kommune",
        "kommunen",
        "gruppe",
        "gruppa",
        "gruppen",
        "niva",
        "nivaet",
        "nivaer",
        "motene",
        "mote",
        "moter",
        "motet",
        "hos",
        "inn",
        "ut",
        "fra",
        "ved",
        "bare",
        "alle",
        "noen",
        "mange",
        "ganger",
        "ofte",
        "leder",
    }
)
"""Words never taken as a role on their own."""

DIALECT: dict[str, str] = {
    "eg": "jeg",
    "kva": "hva",
    "ka": "hva",
    "korleis": "hvordan",
    "koss": "hvordan",
    "kven": "hvem",
    "kem": "hvem",
    "kor": "hvor",
    "kvar": "hvor",
    "ikkje": "ikke",
    "ho": "hun",
    "dei": "de",
}
"""Used only when the language files (knowledge/language/dialect.yaml) are not loaded."""


@dataclass(frozen=True)
class Understood:
    """What a question asks, in terms the answers understand."""

    intent: Intent
    kommune_id: str | None
    kommune_named: bool = False
    group_id: str | None = None
    level: Level | None = None
    level_named: bool = False
    role_words: tuple[str, ...] = ()
    mentions_coordinator: bool = False
    cue: str = ""
    words: tuple[str, ...] = field(default=(), repr=False)
    rest: tuple[str, ...] = ()
    """Words no kommune, group or cue explained, minus stopwords: what a search looks for."""
    number: str | None = None
    """A number in the question ("tiltak 18")."""
    routine: str | None = None
    """The routine the message is about (its id), when it is about one."""
    tiltak_number: str | None = None
    """The tiltak a number in the question names («tiltak 12»; not «8. trinn»)."""
    about: tuple[tuple[str, str], ...] = ()
    """What retrieval found the question is about, best first: (kind, key) pairs."""
    options: tuple[str, ...] = ()
    """Questions it may have meant, when two readings are close («Mente du …?»)."""


def _role_vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    """The role words a role question may name: the curated lexicon and its synonyms."""
    return frozenset(ROLE_LEXICON) | frozenset(ROLE_SYNONYMS)


def role_label(role_words: tuple[str, ...]) -> str:
    """How to show the role asked about: the lexicon's own spelling, never the folded input."""
    return " ".join(dict.fromkeys(ROLE_LEXICON.get(w, w) for w in role_words))


def _dialect(kb: KnowledgeBase) -> dict[str, str]:
    """Dialect and nynorsk forms read as bokmål, from the language files when loaded."""
    language = getattr(kb, "language", None)
    dialect = getattr(language, "dialect", None)
    folded = getattr(dialect, "folded", None)
    if callable(folded):
        folded = folded()
    return dict(folded) if isinstance(folded, dict) else dict(DIALECT)


def _build_vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    words: set[str] = set()
    for cues in CUES.values():
        for cue in cues:
            words.update(cue.split())
    for synonyms in LEVEL_SYNONYMS.values():
        for phrase in synonyms:
            words.update(phrase.split())
    words.update(ROLE_SYNONYMS)
    for name in kb.names:
        words.update(name.split())
    for index in kb.kommuner.values():
        words.update(w for phrase in index.phrases for w in phrase.split())
        for group in index.kommune.groups:
            for member in group.members:
                words.update(fold(member).split())
        for tiltak in index.kommune.tiltak:
            words.update(w for w in fold(tiltak.tiltak).split() if len(w) >= 4)
            words.update(w for a in tiltak.ansvar for w in fold(a).split())
        contact = index.kommune.coordinator.contact
        if contact is not None and contact.name:
            words.update(fold(contact.name).split())  # «anne» is the coordinator, not «annet»
    return frozenset(w for w in words if w)


class Understanding:
    """Reads questions against one knowledge base. Build once; ``understand`` is cheap."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.search = {k: KnowledgeSearch(index, kb.national) for k, index in kb.kommuner.items()}
        vocabulary = set(_build_vocabulary(kb))
        for search in self.search.values():
            vocabulary |= {w for w in search.vocabulary if len(w) >= 4 and not w.isdigit()}
        self.vocabulary = frozenset(vocabulary)
        self.normaliser = Normaliser(self.vocabulary, _dialect(kb))
        self.role_vocabulary = _role_vocabulary(kb)
        self._ansvar = {
            k: frozenset(w for t in index.kommune.tiltak for a in t.ansvar for w in fold(a).split())
            - STOPWORDS
            for k, index in kb.kommuner.items()
        }
        self._max_phrase = max(
            (len(p.split()) for i in kb.kommuner.values() for p in i.phrases), default=1
        )
        cue_words = {c for cues in CUES.values() for c in cues}
        self._tiltak_names = {
            k: {
                name: t.id
                for t in index.kommune.tiltak
                for name in _tiltak_names(t.id, t.tiltak)
                if name not in cue_words and name not in index.phrases
            }
            for k, index in kb.kommuner.items()
        }
        self._group_words = frozenset(
            p for i in kb.kommuner.values() for p in i.phrases if " " not in p
        )
        self._level_words = {
            phrase
            for synonyms in LEVEL_SYNONYMS.values()
            for phrase in synonyms
            if "niva" in phrase or phrase in ("styrende", "koordinerende", "utforende", "utovende")
        }

    def normalise(self, text: str) -> tuple[str, ...]:
        folded = fold(strip_mentions(text)).split()
        if any(w.endswith(MEETING_SUFFIXES) for w in folded):
            # Before typo correction, which would read «arbeidsgruppemøte» as the group alone.
            folded = [part for w in folded for part in self._split_meeting(w)]
        dialect, correct = self.normaliser.dialect, self.normaliser.correct
        return tuple(correct(dialect.get(w, w)) for w in folded)

    def _split_meeting(self, word: str) -> tuple[str, ...]:
        """«arbeidsgruppemøte» → «arbeidsgruppe møte» when the first part names a group."""
        for suffix in MEETING_SUFFIXES:
            head = word[: -len(suffix)]
            if word.endswith(suffix) and len(head) >= 4:
                for candidate in (head, head.rstrip("s"), head + "e"):
                    if candidate in self._group_words:
                        return candidate, suffix
        return (word,)

    def understand(self, text: str, default_kommune: str | None) -> Understood:
        words = self.normalise(text)
        used = [False] * len(words)
        kommune_id, kommune_named = self._find_kommune(words, used, default_kommune)
        index = self.kb.get(kommune_id) if kommune_id else None
        group_id, level, level_named = self._find_group(words, used, index)
        # Words a group or kommune name took are no cues («politikontakt og slt-koordinator»).
        unnamed = tuple("_" if used[i] else w for i, w in enumerate(words))
        intent, cue = self._find_intent(unnamed, used)
        joined = f" {' '.join(unnamed)} "
        mentions_coordinator = any(f" {c} " in joined for c in CUES[Intent.COORDINATOR])
        role_words = self._role_words(words, used)
        rest = tuple(
            w for i, w in enumerate(words) if not used[i] and w not in STOPWORDS and len(w) > 1
        )
        number = next((w for w in words if w.isdigit()), None)
        search = self.search.get(kommune_id) if kommune_id else None
        hits = search.search((*rest, *(w for w in words if w.isdigit()))) if search else []
        options: tuple[str, ...] = ()
        tiltak_number = _tiltak_number(words)
        joined_words = f" {' '.join(words)} "
        routine = next((r for p, r in ROUTINE_PHRASES.items() if f" {p} " in joined_words), None)
        asks_where = any(f" {c} " in joined_words for c in CUES[Intent.ROLE_GROUPS])
        if tiltak_number and intent in NUMBER_IS_TILTAK:
            intent = Intent.TILTAK_LOOKUP
        elif (
            intent is Intent.TILTAK_FOR_ROLE
            and not role_words
            and not set(rest) & self._ansvar.get(kommune_id or "", frozenset())
        ):
            intent = Intent.TILTAK_LOOKUP  # «hvilke tiltak har vi mot vold»: a topic, no role
        elif role_words and intent in FORM_ONLY and self._only_role(rest, role_words):
            # «hvor sitter ordføreren i slt-modellen»; «hva gjør jeg» is no cue for it. Not
            # «hva er lønna til ordføreren»: a word no knowledge explains is asked about.
            intent, cue = Intent.ROLE_GROUPS, ""
        elif intent is Intent.COORDINATOR and asks_where:
            intent = Intent.ROLE_GROUPS  # «hvor sitter slt-koordinatoren»
        elif (
            intent in NEEDS_GROUP
            and not (group_id or level)
            and role_words
            and self._only_role(tuple(w for w in rest if w not in PLACE_FILLER), role_words)
        ):
            intent, cue = Intent.ROLE_GROUPS, ""  # «hvilke slt-møter skal helsesykepleier på»
        elif intent in (Intent.DUTIES, Intent.UNKNOWN) and not (
            group_id
            or level
            or mentions_coordinator
            or (role_words and ("hvem" in words or self._only_role(rest, role_words)))
        ):
            intent, group_id, options = self._from_retrieval(intent, hits, index, rest)
            cue = ""  # what retrieval found is no cue: a routine the message names still wins
        elif intent in NEEDS_GROUP and not (group_id or level or mentions_coordinator):
            found, found_group, options = self._from_retrieval(intent, hits, index)
            if found is not Intent.UNKNOWN or options:  # else: «which group?» stays the answer
                intent, group_id = found, found_group
        elif intent is Intent.PLAN and cue in PLAN_AS_PLACE and not (group_id or level):
            # «finnes det noe om radikalisering i planen»: «planen» says where to look, the
            # rest says what about; the plan itself only when retrieval finds nothing better.
            found, found_group, found_options = self._from_retrieval(intent, hits, index)
            if found not in (Intent.UNKNOWN, Intent.PLAN):
                intent, group_id, options, cue = found, found_group, found_options, ""
        elif (
            intent is Intent.ROLE_GROUPS
            and cue in WEAK_ROLE_CUES
            and not (role_words or group_id or level or mentions_coordinator)
        ):
            # «hvor er kantina»: a role lookup without a role. Whatever retrieval finds, or the
            # honest fallback – never «Fant ikke kantina i SLT-gruppene».
            intent, group_id, options = self._from_retrieval(Intent.UNKNOWN, hits, index)
            cue = ""
        about = tuple((h.doc.kind, h.doc.key) for h in hits[:8])
        named = self._tiltak_named(joined_words, kommune_id)
        if named and not (group_id or level or tiltak_number) and intent in NAME_IS_TILTAK:
            # «hva er på rett kjøl», «hva gjør vi mot mobbing»: the tiltak's own name is in
            # the question – that is what it is about, whatever else retrieval ranked first.
            phrase, key = named
            intent, cue, options = Intent.TILTAK_LOOKUP, phrase, ()
            about = (("tiltak", key), *(a for a in about if a != ("tiltak", key)))
        if intent is Intent.TILTAK_LOOKUP and not cue and set(words) & TILTAK_SIGNS:
            # «har vi noen tiltak om vold», «hva gjør skolen på 9. trinn»: the question's own
            # words say tiltak, so a routine its topic also names does not take it over.
            cue = next(w for w in words if w in TILTAK_SIGNS)
        if intent is Intent.UNKNOWN:
            only_role = not (set(rest) - set(role_words) - set(ROLE_FILLER))
            asked = _unexplained(rest, role_words)
            who = bool(set(words) & WHO_WORDS) or words[:1] in YES_NO_START
            if (group_id or level) and asked and not who and not options and index is not None:
                # «hvilke mål har politirådet satt»: a group is named, but something else is
                # asked about it. Ask back, never a guess – and when no knowledge has the
                # words asked about («refusjon for kjøring»), the honest fallback. The
                # plan's own goals are what «hvilke mål har politirådet» asks for.
                if set(stem(rest)) & GOAL_STEMS:
                    intent = Intent.PLAN
                elif any(w in self.vocabulary for w in asked):
                    options = _group_questions(index, group_id, level)
            else:
                intent = self._implicit_intent(
                    group_id, level, role_words if only_role else (), mentions_coordinator
                )
        if intent is Intent.DUTIES and cue in ("forskjellen", "forskjell"):
            intent = Intent.LEVELS  # «forskjellen på styrende og koordinerende nivå»
        if intent is Intent.UNKNOWN and role_words and words[:1] in YES_NO_START:
            intent = Intent.ROLE_GROUPS  # «er kommunepsykologen med i noe slt-greier»
        if (
            intent is Intent.CONTACT_SERVICE
            and "slt" in words
            and not any(kind == "contact" for kind, _ in about)
        ):
            intent = Intent.COORDINATOR  # «hvem kan jeg kontakte om slt-arbeidet»
        if intent is Intent.HELP and cue == "hjelp" and len(rest) > 2:
            # «… har en ungdom med rusproblem som vil ha hjelp»: «hjelp» is no request for
            # the menu in a longer message; what the message is about decides.
            found, found_group, found_options = self._from_retrieval(Intent.UNKNOWN, hits, index)
            intent, group_id, options = found, found_group, found_options
        if intent is Intent.LINK_TEAM and not kommune_named and cue in WEAK_LINK_CUES:
            intent = Intent.UNKNOWN  # «dette er vanskelig» is not a request to link the team
        one_group = (
            bool(group_id)
            and not set(words) & SEVERAL_GROUPS
            and not self._another_group(words, used, index)
        )
        if role_words and intent is Intent.MEMBERS and words[:1] in YES_NO_START:
            if not one_group:
                intent = Intent.ROLE_GROUPS  # «er politistasjonssjefen med i X eller Y»
        elif intent is Intent.ROLE_GROUPS and role_words and one_group and cue in YES_NO_CUES:
            # «sitter varaordføreren i politirådet?», «er kommunalsjefene med i politirådet»:
            # the group's member list answers it, with the role in its place.
            intent = Intent.MEMBERS
        if intent in (Intent.CONTACT_SERVICE, Intent.HOTLINES) and mentions_coordinator:
            intent = Intent.COORDINATOR  # «hvordan får jeg tak i slt-koordinator»
        intent = self._by_form(intent, words, group_id or level, role_words, tiltak_number)
        counted = _counted(words)
        if counted is not None and not (intent is Intent.BTI and counted in LEVEL_COUNTS):
            # «hvor mange nivåer har bti-modellen» counts BTI's own levels, not SLT's.
            # «hvor mange saker hadde operativ gruppe i fjor»: a count the knowledge does not
            # keep is answered honestly; a count it keeps goes to the answer that shows it.
            intent = COUNTABLE.get(counted, Intent.UNKNOWN)
            if intent is Intent.UNKNOWN:
                options, cue = (), COUNT_CUE  # «hvor mange ruser seg»: no routine answers it
        if (
            (group_id or level)
            and "koordinerer" in words
            and intent in (Intent.MEMBERS, Intent.UNKNOWN)
        ):
            intent = Intent.INNKALLER  # «hvem koordinerer arbeidet i slt-nettverket»
        return Understood(
            intent=intent,
            kommune_id=kommune_id,
            kommune_named=kommune_named,
            group_id=group_id,
            level=level,
            level_named=level_named,
            role_words=role_words,
            mentions_coordinator=mentions_coordinator,
            cue=cue,
            words=words,
            rest=rest,
            number=number,
            about=about,
            options=options,
            routine=routine,
            tiltak_number=tiltak_number,
        )

    @staticmethod
    def _another_group(
        words: tuple[str, ...], used: list[bool], index: KommuneIndex | None
    ) -> bool:
        """A second group or level named in words the first did not take."""
        if index is None:
            return False
        free = [w if not used[i] else "" for i, w in enumerate(words)]
        for n in (3, 2, 1):
            for i in range(len(free) - n + 1):
                part = free[i : i + n]
                if all(part) and index.phrases.get(" ".join(part)) is not None:
                    return True
        return False

    def _tiltak_named(self, joined: str, kommune_id: str | None) -> tuple[str, str] | None:
        """The longest tiltak name (its id or the title's lead) the question contains."""
        best: tuple[str, str] | None = None
        for phrase, key in self._tiltak_names.get(kommune_id or "", {}).items():
            if f" {phrase} " in joined and (best is None or len(phrase) > len(best[0])):
                best = (phrase, key)
        return best

    def _only_role(self, rest: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
        """Nothing but the role (and filler) is asked about."""
        left = {w for w in rest if w not in ROLE_FILLER and not w.isdigit()}
        return not {w for w in left if not any(w.startswith(r[:4]) for r in role_words)}

    @staticmethod
    def _by_form(
        intent: Intent,
        words: tuple[str, ...],
        group: object,
        role_words: tuple[str, ...],
        tiltak_number: str | None,
    ) -> Intent:
        """What the question's grammatical form says, when a cue read it another way.

        - «hvilke etater er med i politirådet»: a wh-question about a named group, with no
          role asked about, wants its members (a role question needs a role);
        - «når er det møte i fagteamet igjen», «neste fagteam?»: a named group with «når» or
          «neste» asks for its next meeting;
        - «hvilke tiltak er jeg ansvarlig for», «har jeg noen tiltak»: the asker's own tiltak.
        """
        present = set(words)
        if intent is Intent.ROLE_GROUPS and group and not role_words:
            return Intent.MEMBERS
        if (
            group
            and intent in (Intent.MEMBERS, Intent.UNKNOWN)
            and present & NEXT_WORDS
            and present & (MEETING_WORDS | {"neste"})
        ):
            return Intent.NEXT_MEETING
        if (
            not tiltak_number
            and present & FIRST_PERSON
            and present & OWN_WORK
            and intent in OWN_WORK_READINGS
        ):
            return Intent.TILTAK_MINE
        return intent

    def _from_retrieval(
        self,
        intent: Intent,
        hits: list[Hit],
        index: KommuneIndex | None,
        asked: tuple[str, ...] = (),
    ) -> tuple[Intent, str | None, tuple[str, ...]]:
        """A question without a group, level or role: what retrieval says it is about.

        Confident when the best object clearly beats the next one of another kind; when two
        readings are close, the questions they stand for become «Mente du …?» options.
        """
        strong = [h for h in hits if h.score >= MIN_SCORE and h.coverage >= MIN_COVERAGE]
        if not strong or index is None:
            return Intent.UNKNOWN, None, ()
        top = strong[0]
        plan = next((h for h in strong if h.doc.kind == "plan"), None)
        goals = (
            plan is not None and top.doc.kind in GOAL_RIVALS and bool(set(stem(asked)) & GOAL_STEMS)
        )
        if goals and plan is not None:
            # «hva er målet med slt»: a group's purpose also says «mål», but the goals the
            # question asks for are the plan's own.
            top = plan
        rivals = [
            h
            for h in strong
            if h.doc.kind != top.doc.kind
            and h.score * MARGIN > top.score
            and not (goals and h.doc.kind in GOAL_RIVALS)
        ]
        if not rivals:
            return self._intent_for(top, intent, index)
        options = [question_for(h, index) for h in (top, *rivals)]
        return Intent.UNKNOWN, None, tuple(o for o in dict.fromkeys(options) if o)[:3]

    @staticmethod
    def _intent_for(
        hit: Hit, intent: Intent, index: KommuneIndex
    ) -> tuple[Intent, str | None, tuple[str, ...]]:
        kind, key = hit.doc.kind, hit.doc.key
        if kind == "group":
            asked = intent if intent in NEEDS_GROUP or intent is Intent.DUTIES else Intent.MEMBERS
            return asked, key, ()
        if kind == "level" and intent in NEEDS_GROUP:
            group = index.group_for_level(Level(key))
            return intent, (group.id if group else None), ()
        mapped = RETRIEVAL_INTENTS.get(kind)
        if mapped is None:
            return Intent.UNKNOWN, None, ()
        return mapped, None, ()

    def _find_kommune(
        self, words: tuple[str, ...], used: list[bool], default: str | None
    ) -> tuple[str | None, bool]:
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                kommune_id = self.kb.names.get(" ".join(words[i : i + n]))
                if kommune_id:
                    for j in range(i, i + n):
                        used[j] = True
                    return kommune_id, True
        return default, False

    def _find_group(
        self, words: tuple[str, ...], used: list[bool], index: KommuneIndex | None
    ) -> tuple[str | None, Level | None, bool]:
        """The longest group alias or level synonym in the question."""
        if index is None:
            return None, None, False
        for n in range(min(self._max_phrase, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if any(used[i : i + n]):
                    continue
                phrase = " ".join(words[i : i + n])
                hit = index.phrases.get(phrase)
                if hit is None:
                    continue
                for j in range(i, i + n):
                    used[j] = True
                kind, value = hit
                if kind == "group":
                    group = index.groups_by_id[value]
                    return group.id, group.level, False
                level = Level(value)
                for_level = index.group_for_level(level)
                return (for_level.id if for_level else None), level, phrase in self._level_words
        return None, None, False

    @staticmethod
    def _find_intent(words: tuple[str, ...], used: list[bool]) -> tuple[Intent, str]:
        """The longest cue wins (ties: the more specific intent), except that a topic the
        bot answers by itself («bti», «nødnumre», «tiltak mot …») beats the bare form of a
        question («hva er …»)."""
        joined = f" {' '.join(w for w in words if w not in CUE_MODIFIERS)} "
        best: tuple[int, int, Intent, str] | None = None
        topic: tuple[int, int, Intent, str] | None = None
        for priority, intent in enumerate(SPECIFIC_FIRST):
            for cue in CUES[intent]:
                if f" {cue} " in joined:
                    key = (len(cue), -priority, intent, cue)
                    if best is None or key[:2] > best[:2]:
                        best = key
                    if intent in TOPIC_INTENTS and (topic is None or key[:2] > topic[:2]):
                        topic = key
        if best is None:
            return Intent.UNKNOWN, ""
        if best[2] in FORM_ONLY and topic is not None:
            best = topic
        cue_words = set(best[3].split())
        for i, word in enumerate(words):
            if word in cue_words:
                used[i] = True
        return best[2], best[3]

    def _role_words(self, words: tuple[str, ...], used: list[bool]) -> tuple[str, ...]:
        role: list[str] = []
        for i, word in enumerate(words):
            if used[i] or word in STOPWORDS or len(word) < 3:
                continue
            forms = [f for f in _inflections(word) if f in self.role_vocabulary]
            if forms:
                role.append(min(forms, key=len))  # the base form: «ordføreren» → «ordfører»
        return tuple(role)

    @staticmethod
    def _implicit_intent(
        group_id: str | None, level: Level | None, role: tuple[str, ...], coordinator: bool
    ) -> Intent:
        """A question without a cue word: "fagteamet?" or "helsesykepleier"."""
        if group_id or level:
            return Intent.MEMBERS
        if coordinator:
            return Intent.COORDINATOR
        if role:
            return Intent.ROLE_GROUPS
        return Intent.UNKNOWN


TOPIC_INTENTS = frozenset(
    {
        Intent.BTI,
        Intent.HOTLINES,
        Intent.ROUTINE_LIST,
        Intent.CONTACT_SERVICE,
        Intent.TILTAK_LOOKUP,
        Intent.TILTAK_FOR_ROLE,
        Intent.TILTAK_OWNER,
        Intent.TILTAK_DEADLINE,
    }
)
FORM_ONLY = frozenset({Intent.DUTIES, Intent.PLAN, Intent.LEVELS})
"""Cues that only say how a question is asked («hva er», «planen»), not what it is about."""

NEEDS_GROUP = frozenset(
    {Intent.MEMBERS, Intent.FREQUENCY, Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR}
)
"""Questions about a group: without one, they may be about a role or something else."""

WEAK_LINK_CUES = frozenset({"vi er", "dette er", "link", "bytt til"})
"""Link-team cues that are ordinary words unless a kommune is named with them."""

ROLE_FILLER = ("slt", "modellen", "arbeidet", "sltarbeidet", "kommunen", "egentlig", "no", "na")
"""Words that may stand beside a bare role word («rektor i slt-arbeidet?»)."""

YES_NO_START = (("er",), ("sitter",), ("deltar",), ("is",))
YES_NO_CUES = frozenset({"er med i", "deltar i", "er representert i", "hvor sitter", ""})
"""Role-question cues that, with one named group, ask whether the role is in it."""
SEVERAL_GROUPS = frozenset({"eller", "noen", "noe", "hvilke", "hvilken", "alle", "gruppene"})
"""Words that make a role question about several groups («med i noen av slt-gruppene»)."""
"""A question that starts like this asks whether a role is somewhere: a role question."""

NUMBER_BEFORE = frozenset({"tiltak", "tiltaket", "tiltaksnummer", "tiltaksnr"})
NUMBER_MAYBE = frozenset({"nr", "nummer", "punkt"})
PLAN_WORDS = frozenset(
    {"handlingsdelen", "handlingsdel", "handlingsplanen", "handlingsplan", "planen", "tiltak"}
)


def _tiltak_number(words: tuple[str, ...]) -> str | None:
    """The tiltak a number names: «tiltak 12», «nr 9 i handlingsdelen» — not «8. trinn»."""
    for i, word in enumerate(words):
        if not word.isdigit() or i == 0:
            continue
        before = words[i - 1]
        if before in NUMBER_BEFORE:
            return word
        if before in NUMBER_MAYBE and any(w in PLAN_WORDS or w in TILTAK_WORDS for w in words):
            return word
    return None


PLAN_AS_PLACE = frozenset({"planen", "handlingsplan"})
"""Plan cues that may only say where to look («… i planen»)."""
WEAK_ROLE_CUES = frozenset({"hvor er", "er med i", "deltar i", "hvor deltar"})
"""Role-question cues that are ordinary words without a role («hvor er kantina»)."""

COUNTABLE: dict[str, Intent] = {
    "innsatsomrader": Intent.PLAN,
    "innsatsomradene": Intent.PLAN,
    "satsingsomrader": Intent.PLAN,
    "tiltak": Intent.PLAN,
    "nivaer": Intent.LEVELS,
    "niva": Intent.LEVELS,
    "ganger": Intent.FREQUENCY,
    "moter": Intent.FREQUENCY,
    "medlemmer": Intent.MEMBERS,
    "deltakere": Intent.MEMBERS,
    "rutiner": Intent.ROUTINE_LIST,
    "grupper": Intent.LEVELS,
}
"""What the knowledge can count, and the answer that shows the number."""
CUE_MODIFIERS = frozenset(
    {"faste", "fast", "vanlige", "ordinaere", "ulike", "forskjellige", "aktuelle", "egentlig"}
)
"""Words between a cue's words that change nothing («hvilke faste slt-møter»)."""
COUNT_CUE = "hvor mange"
"""The cue of a count the knowledge does not keep: the honest fallback answers it."""
LEVEL_COUNTS = frozenset({"niva", "nivaer", "nivaene"})


def _counted(words: tuple[str, ...]) -> str | None:
    """The noun a «hvor mange …» question counts, or None when it is no such question."""
    for i in range(len(words) - 2):
        if words[i] == "hvor" and words[i + 1] == "mange":
            return words[i + 2]
    return None


NAME_IS_TILTAK = frozenset(
    {Intent.UNKNOWN, Intent.DUTIES, Intent.PLAN, Intent.LEVELS, Intent.TILTAK_LOOKUP}
)
"""Readings a tiltak's own name in the question overrides."""


def _tiltak_names(key: str, title: str) -> tuple[str, ...]:
    """How staff name a tiltak: its id as words («på rett kjøl») and its title's lead
    («Folkemøter» of «Folkemøter: Gjennomføre …»). Numbers and short words are no names."""
    names = []
    if not key.isdigit():
        names.append(key.replace("-", " "))
    lead = title.split(":")[0] if ":" in title[:40] else ""
    if lead:
        names.append(" ".join(fold(lead).split()))
    return tuple(n for n in names if len(n) >= 6 and not n.isdigit())


MEETING_SUFFIXES = ("motene", "motet", "moter", "mote")
"""Compound endings split off a group name («fagteammøtet», «arbeidsgruppemøte»)."""

NEXT_WORDS = frozenset({"nar", "neste", "dato", "datoen", "igjen"})
MEETING_WORDS = frozenset({"mote", "motet", "moter", "motes", "neste"})
FIRST_PERSON = frozenset({"jeg", "meg", "mine"})
"""«mitt», «min» are left out: «Mitt valg» is a tiltak."""
OWN_WORK = frozenset(
    {"tiltak", "tiltaka", "tiltakene", "oppgaver", "oppgavene", "ansvarlig", "oppfort", "ansvar"}
)
"""A question in the first person about these is about the asker's own tiltak."""
OWN_WORK_READINGS = frozenset(
    {Intent.TILTAK_OWNER, Intent.PLAN, Intent.UNKNOWN, Intent.DUTIES, Intent.TILTAK_LOOKUP}
)
"""Readings a first-person question about own tiltak overrides."""

TILTAK_WORDS = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka", "tiltaksnummer"})
TILTAK_SIGNS = TILTAK_WORDS | {"trinn", "trinnet", "klassetrinn"}
"""Words that say a question is about tiltak (the plan's tiltak are per school year)."""
NUMBER_IS_TILTAK = frozenset(
    {Intent.UNKNOWN, Intent.DUTIES, Intent.PLAN, Intent.TILTAK_LOOKUP, Intent.TILTAK_FOR_ROLE}
)
"""Intents a «tiltak 12» question overrides: the number names the tiltak."""

MIN_SCORE = 1.0
"""The BM25 score below which retrieval is not taken as what a question is about."""
MIN_COVERAGE = 0.6
"""At least half of the question's words must be found in the object it is taken to be about
(«hva blir været i helga» shares one word with the barnevernvakt's note; that is no match)."""
MARGIN = 1.4
"""The best object must beat a rival of another kind by this factor to answer directly."""

RETRIEVAL_INTENTS: dict[str, Intent] = {
    "tiltak": Intent.TILTAK_LOOKUP,
    "note": Intent.PLAN,
    "bti": Intent.BTI,
    "hotlines": Intent.HOTLINES,
    "contact": Intent.CONTACT_SERVICE,
    "plan": Intent.PLAN,
    "coordinator": Intent.COORDINATOR,
    "level": Intent.LEVELS,
}
"""What a question is about, when nothing else says, decides what is answered."""


FILLER = frozenset(
    {*ROLE_FILLER, "her", "hos", "oss", "var", "vaar", "fortsatt", "igjen", "egentlig", "da",
     "idag", "dag", "please", "takk", "boten", "slt", "gruppa", "gruppe", "gruppen", "forum"}
)  # fmt: skip
"""Words beside a group's name that ask nothing of their own («fagteamet her?»)."""


PLACE_FILLER = frozenset(
    {"moter", "mote", "motene", "slt", "grupper", "gruppene", "jobb", "deltar", "delta", "sitte"}
)
"""Words a «which meetings does this role go to» question has beside the role."""

WHO_WORDS = frozenset(
    {"hvem", "who", "felles", "medlem", "medlemmer", "representert", "representanter", "sitter",
     "sitt", "deltar", "stiller", "folk", "etater", "bestar", "sammensatt", "kven", "kem"}
)  # fmt: skip
"""A question about a named group with one of these asks who is in it, whatever else it says."""


GOAL_STEMS = frozenset(
    stem(
        ("mal", "malene", "malet", "visjon", "visjonen", "hovedmal", "delmal", "strategi",
         "strategiene", "formal", "formalet", "satsingsomrade", "innsatsomrade", "prioritering",
         "satsing", "satsingene", "fokusomrade", "ambisjon")
    )
)  # fmt: skip
"""What the plan's Visjon, Mål and Strategier answer, whichever group the question names."""
GOAL_RIVALS = frozenset({"plan", "group", "level", "note"})
"""Objects whose text says «mål» in passing; a tiltak's own goal stays the tiltak's."""


def _unexplained(rest: tuple[str, ...], role_words: tuple[str, ...]) -> tuple[str, ...]:
    """Content words no group, role, cue or filler explains: what else is being asked."""
    return tuple(
        w
        for w in rest
        if len(w) >= 4 and not w.isdigit() and w not in FILLER and w not in role_words
    )


def _group_questions(
    index: KommuneIndex, group_id: str | None, level: Level | None
) -> tuple[str, ...]:
    """The questions the bot can answer about a named group, as «Mente du …?» buttons."""
    group = index.groups_by_id.get(group_id) if group_id else None
    if group is None and level is not None:
        group = index.group_for_level(level)
    if group is None:
        return ()
    return (
        f"Hvem sitter i {group.name}?",
        f"Hvor ofte møtes {group.name}?",
        f"Når er neste møte i {group.name}?",
    )


def _lower_first(text: str) -> str:
    """«Barneverntjenesten» → «barneverntjenesten», but «BTI-koordinator» stays as it is."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def question_for(hit: Hit, index: KommuneIndex) -> str:
    """The question a retrieval hit stands for, as a «Mente du …?» button says it."""
    kind, key, label = hit.doc.kind, hit.doc.key, hit.doc.label
    if kind == "tiltak":
        if key.isdigit():
            return f"Hva går tiltak {key} ut på?"
        short = label if len(label) <= 60 else label[:57].rsplit(" ", 1)[0] + " …"
        return f"Hva går tiltaket «{short}» ut på?"
    if kind == "group":
        return f"Hvem sitter i {label}?"
    if kind == "routine":
        return f"Hva gjør jeg ved {_lower_first(label)}?"
    if kind == "contact":
        return f"Hvordan når jeg {_lower_first(label)}?"
    return {
        "bti": "Hva er BTI?",
        "hotlines": "Hvilke nødnumre finnes?",
        "plan": "Hva er SLT-planen?",
        "note": "Hva står i SLT-planen?",
        "coordinator": "Hvem er SLT-koordinator?",
        "level": f"Hva gjør {label}?",
    }.get(kind, "")


SUFFIXES = ("ene", "en", "et", "er", "a", "e", "n")
"""Definite and plural endings, so "politikontakten" is the role "politikontakt"."""


def _inflections(word: str) -> tuple[str, ...]:
    forms = [word]
    forms += [word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    return tuple(forms)


def role_alternatives(role_words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each asked word with its synonyms and a stem, for matching member roles.

    A pattern matches a member word that starts with it; a leading ``*`` lets it match the
    end of a compound too ("*skole" matches "ungdomsskole").
    """
    alternatives = []
    for word in role_words:
        options = ROLE_SYNONYMS.get(word, ())
        stem = word[: max(4, len(word) - 2)] if len(word) > 6 else word
        alternatives.append((*options, stem))
    return alternatives
