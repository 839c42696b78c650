"""What the organisation feature says to people, in one place (Norwegian bokmål).

The organisation itself (groups, roles, contacts) is knowledge; these are the bot's own
sentences: what SLT and BTI are, the help card, the greeting and the honest fallback.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.features.phrase import Phrase
from bot.knowledge.models import Contact, Level

LEVEL_LABEL = {
    Level.STYRENDE: "styrende nivå",
    Level.KOORDINERENDE: "koordinerende nivå",
    Level.UTFORENDE: "utførende nivå",
}
LEVEL_WORD = "nivå"
"""A level's own name that holds this word says it is a level («Utøvende nivå»)."""

SLT_NAME = (
    "SLT står for Samordning av lokale rus- og kriminalitetsforebyggende tiltak – en modell "
    "utviklet av Det kriminalitetsforebyggende råd (KRÅD), som Konfliktrådet nå har ansvaret "
    "for nasjonalt."
)

BTI_WHAT = (
    "BTI (Bedre tverrfaglig innsats) er en nasjonal samhandlingsmodell med fire nivåer (0–3) "
    "for hvordan tjenestene handler ved undring eller bekymring for barn, unge og familier. "
    "Kommunens handlingsveileder sier hvem som gjør hva på hvert nivå, og Stafettloggen følger "
    "barnets tiltak mellom tjenestene (med samtykke)."
)

# --- help, greeting, fallback -----------------------------------------------------------------

EXAMPLES = (
    "Hvem sitter i politirådet?",
    "Hvor ofte møtes fagteamet?",
    "Hvem kaller inn til SLT-nettverket?",
    "Hvilken gruppe sitter helsesykepleier i?",
    "Hvem er SLT-koordinator?",
    "Hva gjør jeg ved rusbekymring?",
)
"""Without a kommune (none is known for the asker yet): what every kommune's plan answers."""
members_example = Phrase("Hvem sitter i {group}?")
frequency_example = Phrase("Hvor ofte møtes {group}?")
innkaller_example = Phrase("Hvem kaller inn til {group}?")
EVERY_KOMMUNE_EXAMPLES = (
    "Hvilken gruppe sitter helsesykepleier i?",
    "Hvem er SLT-koordinator?",
    "Hva gjør jeg ved rusbekymring?",
)
"""The examples that read the same in every kommune; the first ones name its own groups."""
HELP_TITLE = "Dette kan SLT-boten hjelpe med"
who_sits = Phrase("Hvem som sitter i {groups}")
HELP_ITEMS = (
    "Hvilken gruppe en rolle hører til",
    "Hvem som er SLT-koordinator, og hva rollen gjør",
    "Møtene: hvor ofte, neste møte, møteplanen, hvem som kaller inn, og å melde inn en sak",
    "Hva du gjør ved bekymring: rusbekymring, vold i nære relasjoner og flere rutiner",
    "Tiltakene i handlingsplanen: ansvar og frister",
    "Hvem du kan kontakte, og nødnumre",
)
HELP_COORDINATOR = "Koordinatoren: «innkall …», «flytt …», «avlys …», «status handlingsplan»."
"""For the coordinator (or an admin): the commands the bot takes from her."""
help_subtitle = Phrase("Jeg svarer ut fra SLT-planen for {kommune}.")
other_kommuner = Phrase(
    "Spør om en annen kommune ved å nevne den («i {example}»). Jobber du i en annen kommune, "
    "skriv «jeg jobber i …». Jeg kjenner {known}."
)
SAFETY_NET = (
    "Er et barn eller en ungdom i fare nå? Ring 112 (politi) eller 113 (ambulanse). "
    "Er du bekymret, skriv for eksempel «hva gjør jeg ved vold i nære relasjoner»."
)
"""Under every «vet ikke»: a danger message the danger check missed still shows the numbers
and the way to the routines (held out, about one in six such messages is still missed)."""

FALLBACK_TITLE = "Det spørsmålet kan jeg dessverre ikke svare på"
FALLBACK_WHAT = (
    "Jeg svarer på spørsmål om SLT-arbeidet: grupper og nivåer, hvem som sitter hvor, "
    "møter og rutiner ved bekymring."
)
ask_instead = Phrase("Finner du ikke svaret, kan du kontakte {contact}.")
no_contact_for = Phrase(
    "Jeg finner ingen kontaktinformasjon for «{word}» i planen. Sjekk kommunens nettside "
    "eller sentralbord."
)
"""First in the fallback to a way to reach a service no knowledge names (unnamed.py)."""
GREETING = "Hei! Spør meg om SLT-arbeidet, eller skriv «hjelp» for å se hva jeg kan."
THANKS = "Bare hyggelig! Spør gjerne igjen når du lurer på noe."
"""The answer to a greeting that thanks («takk», «tusen takk for hjelpen»)."""


# --- the organisation sheets' labels and lines (sheets.py, plan.py) ---------------------------

MEETS = "Møtes"
GROUP_ROLE_LABELS = ("Innkaller", "Møteleder", "Sekretær")
PLAN_FACT_LABELS = ("Periode", "Vedtatt", "Antall tiltak", "Politidistrikt", "Region")
GOAL_HEADINGS = ("Visjon", "Mål", "Strategier")
AREAS = "Innsatsområder"
NO_AGE_LIMIT = " Planen oppgir ingen aldersgrense."
plan_has_group = Phrase("Ja – planen har {group} ({level}).")
adopted_by = Phrase("{date} i {by}")
NO_ADOPTION = "Planen oppgir ikke når den ble vedtatt, eller av hvem."
"""«hvem vedtok planen?» of a plan without a vedtak line: say so, not only the period."""
ADOPTED_PLAN = "den vedtatte planen"
NEWEST_PLAN = "den nyeste planen"
plan_said_otherwise = Phrase("{source} sa noe annet om dette. Her gjelder {winner}.")
source_said = Phrase("{source} sa: «{says}». Her gjelder {winner}.")


members_title = Phrase("Hvem sitter i {group}?")
NO_MEMBERS = "Planen lister ingen faste deltakere."
MEETING_QUESTION = {
    "innkaller": "Hvem kaller inn til {group}?",
    "moteleder": "Hvem leder møtene i {group}?",
    "sekretar": "Hvem skriver referat i {group}?",
    "meets": "Hvor ofte møtes {group}?",
}
"""A meeting question's title, by the group field that answers it."""
NOT_STATED = "Planen sier ikke noe om dette for denne gruppen."
NO_INNKALLER = "Planen sier ikke hvem som kaller inn til møtene."
"""«hvem koordinerer det utøvende nivået?»: after the plan's «Arbeidet koordineres av …»."""

# «møtes slt-nettverket i skoleferien?»: what the plan says, that it says nothing of holidays,
# and what the bot's meeting plan (bot/features/meetings/schedule.py) does with them.
HOLIDAYS_HEADING = "Skoleferier"
HOLIDAYS_NOT_IN_PLAN = "Planen sier ikke noe om møter i skoleferiene."
HOLIDAYS_FIXED = "Møtedatoene kommunen har satt opp for gruppen, står som de er, også i ferier."
HOLIDAYS_SKIPPED = (
    "I møteplanen jeg setter opp, hopper jeg over gruppens faste møter i skoleferiene."
)
HOLIDAYS_MOVED = (
    "I møteplanen jeg setter opp, legger jeg ingen møter i skoleferiene: et møte som ville "
    "falt i en ferie, flyttes til nærmeste møtedag utenfor den."
)
HOLIDAYS_NONE = "Gruppen har ingen faste møter i planen, så jeg setter ikke opp møter for den."
HOLIDAYS_CALL_ANYWAY = "Koordinatoren kan likevel kalle inn til et møte i en ferie."
HOLIDAYS_ASSUMED = (
    "Feriene jeg bruker, er de nasjonale standardukene, inntil koordinatoren har sjekket dem "
    "mot skoleruta."
)
ask_innkaller = Phrase(" Spør gjerne innkalleren ({innkaller}).")


role_also = Phrase("Rollen er også {roles}.")
CONTACT = "Kontakt"
CONTACT_WORDS = ("kontakt", "telefon", "tlf", "nummer", "mob", "epost", "e-post", "mail", "ring")
"""Word starts that ask how to reach someone («slt-k mob», «e-post til slt-k»)."""
REACH_WORDS = frozenset({"når", "nar", "naar"})
"""«korleis når eg SLT-koordinatoren»: in a question about the coordinator, reaching them."""


def asks_contact(words: tuple[str, ...]) -> bool:
    """Whether a question about a person asks how to reach them."""
    return bool(REACH_WORDS & set(words)) or any(w.startswith(CONTACT_WORDS) for w in words)


TASK_WORDS = ("oppgave", "gjor", "gjer", "mandat", "rolle", "ansvar", "jobb", "arbeid")
"""Word starts that ask what the coordinator does: then every task, not the first few."""
TASKS_SHOWN = 5


OTHER_ROLE_WORDS = frozenset({"andre", "bti", "samme"})
"""«har hun andre roller», «BTI-rollen», «samme person»: «rolle» then asks which other roles
the person holds, not every task the coordinator has."""


def asks_tasks(words: tuple[str, ...]) -> bool:
    other_roles = not OTHER_ROLE_WORDS.isdisjoint(words)
    return any(
        w.startswith(TASK_WORDS) and not (other_roles and w.startswith("rolle")) for w in words
    )


def first_tasks(tasks: tuple[str, ...], asked: Callable[[str], bool]) -> tuple[str, ...]:
    """The first few tasks, those the question speaks of (``asked``), and how to see the rest."""
    shown = [t for n, t in enumerate(tasks) if n < TASKS_SHOWN or asked(t)]
    rest = len(tasks) - len(shown)
    more = f"… og {rest} til – spør «hva er oppgavene til SLT-koordinatoren» for alle"
    return (*shown, more) if rest else tuple(shown)


no_coordinator_contact = Phrase("Planen oppgir ikke navn eller kontaktinformasjon til {role}.")


def contact_facts(contact: Contact) -> tuple[tuple[str, str], ...]:
    return (("Telefon", contact.phone or ""), ("E-post", contact.email or ""))


how_to_reach = Phrase("Hvordan når jeg {service}?")
"""A «Mente du …?» button for a service the need may mean."""

no_hours = Phrase(
    "Planen oppgir ikke åpningstider for {service}, så dem vet jeg ikke. "
    "Kommunens nettside eller sentralbord kan svare på det."
)
"""Opening hours asked of a service: no plan holds them, so the honest answer says so (the
contact's sheet would read as an answer it is not)."""


def joined(names: list[str]) -> str:
    """«Politirådet og SLT-nettverket», «A, B og C»."""
    return f"{', '.join(names[:-1])} og {names[-1]}" if len(names) > 1 else "".join(names)


def shared_with(kommune: str, others: list[str]) -> str:
    return f"{kommune} (felles med {' og '.join(others)})"


def level_group(group: str, meets: str | None) -> str:
    return f"Gruppe: {group}" + (f" ({meets})" if meets else "")


coordinated_by = Phrase("Koordineres av: {role}")
workplace_also = Phrase("Også med fra {place}")
COUNT_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem"}


def levels_title(kommune: str, count: int) -> str:
    """«Tre nivåer i SLT-arbeidet i Våler»: how many levels the plan has, said first."""
    word = COUNT_WORDS.get(count)
    return (
        f"{word.capitalize()} nivåer i SLT-arbeidet i {kommune}"
        if word
        else f"SLT-nivåene i {kommune}"
    )


level_of_title = Phrase("Hvilket nivå hører {group} til?")
level_of_yes = Phrase("Ja. {group} hører til {level} i SLT-modellen.")
level_of_no = Phrase("Nei. {group} hører til {level}, ikke {asked}.")
level_of_is = Phrase("{group} hører til {level} i SLT-modellen.")
LEVEL_OF_OTHERS = "Andre grupper på samme nivå"


def levels_subtitle(coordinator: str) -> str:
    # what SLT stands for is «hva står slt for»'s answer; here the levels come first
    return f"{coordinator} er bindeleddet mellom nivåene."


target_group_title = Phrase("Målgruppen i {kommune}")


def areas_heading(count: int) -> str:
    return f"{AREAS} ({count})"


area_tiltak = Phrase("Tiltak under «{area}»")
ask_area_tiltak = Phrase("Spør «hvilke tiltak er det under innsatsområde {number}?»")
more_area_tiltak = Phrase(
    "… og {rest} til – spør «hvilke tiltak er det under innsatsområde {number}?» for alle"
)

SERVICE_TILTAK = "Dette har de ansvar for i SLT-planen"
WHO_HELPS = "Hvem kan hjelpe?"
SERVICES_LEAD = "Tjenestene planen nevner – spør gjerne om én av dem for mer:"
SAID_OF_EACH = "Felles for alle: {line}"  # a line several services share, said once
OUT_OF_HOURS = "Utenom kontortid"
"""Heading over barnevernvakt and Alarmtelefonen under barnevernet's number."""
POLITIKONTAKT_AWAY = "Når politikontakten ikke er å få tak i"
"""Heading over the police's non-acute number under the politikontakt."""
BTI_COORDINATOR = "BTI-koordinator"
BTI_WHO = "Hvem er BTI-koordinator?"
BTI_TITLE = "Hva er BTI?"
BTI_LEVELS_HEADING = "Nivåene"
bti_tiltak = Phrase("Tiltak {number}: {text}")
plan_quote = Phrase("{about}: «{quote}»")
in_kommune = Phrase("I {kommune}")


def no_bti_coordinator(kommune: str) -> str:
    return f"Planen oppgir ikke hvem som er BTI-koordinator i {kommune}. Spør SLT-koordinator."


SITS_IN = "Rollen sitter i"
"""Heading over the groups a role sits in, under «who holds it» (holders.py)."""


def no_holder(role: str) -> str:
    """«hvem er politikontakten vår»: the plans name roles, never the people holding them."""
    return f"Planen oppgir ikke hvem som er {role}, bare rollen og hvor den sitter."


def no_contact_person(service: str) -> str:
    """«hvem er PPT»: a service asked who – the plans name no one in it."""
    return f"Planen oppgir ingen kontaktperson i {service}."


def holder_seats_title(role: str) -> str:
    return f"Hvor sitter {role}?"


def works_in(role: str) -> str:
    """«kva grupper er slt-koordinatoren med i»: no member list names the role, its tasks do."""
    return f"Ingen gruppe i planen har {role} på medlemslista, men planen sier at {role} skal:"


def holder_title(role: str) -> str:
    return f"Hvem er {role}?"


NO_NUMBER = (
    "Planen oppgir ikke telefonnummer eller e-post her. Kommunens nettside eller sentralbord "
    "har kontaktinformasjonen."
)
"""The heading over a service's own tiltak in its contact answer («hvem i NAV jobber med unge»)."""
SERVICE_TILTAK_LINE = "Tiltak {number}: {text}"


def role_in_group(role: str, group: str, members: list[str]) -> str:
    """«er NAV med i SLT-nettverket?»: yes, and as whom."""
    return f"Ja – {role} er med i {group}: {', '.join(members)}."


def role_not_in_group(role: str, group: str, elsewhere: list[str]) -> str:
    """«er NAV med i politirådet?»: no, and where the plan has them instead."""
    lead = f"{_capital(role)} står ikke blant deltakerne i {group} i planen."
    return lead + (f" Planen har {role} med i: {'; '.join(elsewhere)}." if elsewhere else "")


def role_not_whole(role: str, group: str) -> str:
    """«er virksomhetsleder psykolog med i …?»: no seat in the plan is all of the role."""
    return f"Planen nevner ikke {role} som egen plass i {group}."


def role_not_whole_anywhere(role: str) -> str:
    """No seat is all of the role; the seats of each of its words follow."""
    return f"Planen nevner ikke {role} som egen plass. Dette er plassene for hvert av ordene:"


def role_title_only(role: str, title: str) -> str:
    """«kommunalsjef helse og omsorg»: no seat has the words after the title; the title's seats
    follow, said to be only the title's."""
    return f"Planen nevner ikke {role} som egen plass. Dette er plassene for {title}:"


def ask_coordinator(who: str, details: list[str]) -> str:
    """«Spør gjerne SLT-koordinator i Våler (Anne …, 906 …).»"""
    return f"Spør gjerne {who}" + (f" ({', '.join(details)})." if details else ".")


def national_only(kommune: str) -> str:
    """A service the kommune's plan never names, answered from the national entry: said so,
    so the sheet is not read as the plan's («hvem i nav jobber med unge» in Gjesdal)."""
    return f"Planen for {kommune} nevner ikke denne tjenesten. Dette er den nasjonale oppføringen."


def no_seat(role: str, kommune: str) -> str:
    """A role the plan seats in no SLT group («fastlege her, hvor hører jeg til?»): plainly."""
    return f"Planen gir ikke {role} en fast plass i SLT-gruppene i {kommune}."


NO_SEAT_ENTRY = "Vil du melde en bekymring eller bidra i SLT-arbeidet:"
NO_SEAT_GROUPS = "Gruppene i planen"


def not_in_groups(role: str, kommune: str) -> str:
    """A service asked about by «hvor sitter …» that no SLT group lists: how to reach it."""
    where = f"i noen av SLT-gruppene i planen for {kommune}"
    return f"{_capital(role)} står ikke {where}. Slik når du dem:"


def _capital(role: str) -> str:
    """A role opening a sentence («helsesykepleier» → «Helsesykepleier»; «PPT» stays)."""
    return role[:1].upper() + role[1:]


SEAT_TASKS = ("innkaller", "møteleder", "sekretær")
"""The meeting tasks a seat may hold, in the order the group's innkaller, møteleder and
sekretær are read."""


def seat_tasks(tasks: tuple[str, ...]) -> str:
    """« – også sekretær» after a seat whose holder the plan also gives a meeting task."""
    return f" – også {' og '.join(tasks)}" if tasks else ""


# --- a detail the plan does not hold, asked of a group or tiltak it does (details.py) ---------

DETAIL_TITLE = "Det står ikke i planen"
DETAIL_NOT_STATED = {
    "time": Phrase("Planen sier ikke når {name} skjer."),
    "date": Phrase("Planen oppgir ingen dato eller uke for {name}."),
    "weekday": Phrase("Planen oppgir ingen ukedag for {name}."),
    "clock": Phrase("Planen oppgir ikke klokkeslett for {name}."),
    "place": Phrase("Planen sier ikke hvor {name} foregår."),
    "age": Phrase("Planen oppgir ingen aldersgrense eller aldersgruppe for {name}."),
    "count": Phrase("Planen oppgir ikke noe antall for {name}."),
    "duration": Phrase("Planen sier ikke hvor lenge {name} varer."),
    "money": Phrase("Planen oppgir ingen kostnader, budsjett eller tilskudd for {name}."),
    "people": Phrase("Planen navngir ingen personer i {name}, bare hvem som har ansvaret."),
    "requirement": Phrase("Planen sier ikke noe om politiattest eller andre krav for {name}."),
    "size": Phrase("Planen oppgir ingen størrelse for {name}."),
    "past": Phrase("Planen sier ikke når {name} sist ble gjennomført."),
}
"""What the plan is silent on, per facet (understanding/facets.py), with the object's name."""
NOT_STATED_OF_GROUP = {
    **DETAIL_NOT_STATED,
    "place": Phrase("Planen sier ikke hvor {name} møtes."),
    "duration": Phrase("Planen sier ikke hvor lenge møtene i {name} varer."),
    "past": Phrase("Planen sier ikke noe om tidligere møter i {name}, bare når de møtes."),
    "past_count": Phrase(
        "Planen fører ingen tall for hvor ofte {name} har møttes eller hva gruppen har hatt av "
        "saker – den sier bare hvordan gruppen skal arbeide og møtes."
    ),
    "past_members": Phrase(
        "Planen sier ikke hvem som satt i {name} før, eller hvem som hadde rollene der – "
        "den sier bare hvordan det er nå."
    ),
}
"""The same, said of a group: its meetings."""
NOT_STATED_OF_ROLE = {
    **DETAIL_NOT_STATED,
    "size": Phrase("Planen oppgir ingen stillingsstørrelse eller stillingsprosent for {name}."),
    "age": Phrase("Planen oppgir ikke alderen til {name}."),
    "duration": Phrase("Planen oppgir ingen tidsrom eller varighet for {name}."),
    "weekday": Phrase("Planen oppgir ingen faste dager for {name}."),
    "past_members": Phrase("Planen sier ikke hvem som var {name} før – bare hva rollen er nå."),
    "personal": Phrase("Planen sier ingenting om {name} som person – bare hva rollen er."),
    "stand_in": Phrase("Planen sier ikke hvem som er stedfortreder for {name}."),
}
"""The same, said of a role (the coordinator): its position."""
quoted = Phrase("«{name}»")
plan_says_of = Phrase("Dette sier planen om {name}:")
members_now = Phrase("Deltakerne i {name} nå, etter planen:")
BEYOND = {
    "opinion": "Jeg kan ikke vurdere om noe i SLT-arbeidet er bra eller dårlig – "
    "jeg kan bare si hva planen sier.",
    "translation": "Jeg oversetter ikke ord eller tekster – jeg kan bare si hva planen sier, "
    "på norsk.",
    "told": "Dette ser ut som en beskjed eller et referat, ikke et spørsmål – jeg svarer på "
    "spørsmål om det SLT-planen sier.",
    "colleagues": "Det høres ut som et spørsmål til kollegaene dine – jeg kan bare svare på "
    "det SLT-planen sier.",
}
"""What the bot cannot give by its kind (understanding/opinion.py), said first in the «vet ikke»."""
group_lacked = Phrase("Planen for {kommune} nevner ingen gruppe som heter «{name}».")
groups_on_level = Phrase("På {level} nivå har {kommune} dette:")
DETAIL_ANSVAR = "Ansvar"
DETAIL_FRIST = "Frist"
OTHER_KOMMUNE = Phrase(
    "Jeg kjenner bare SLT-planene til {served}, ikke til {name}. "
    "Spør SLT-koordinatoren eller kommunen i {name}."
)
"""A question about a kommune the bot has no plan for (other_kommune.py)."""
groups_title = Phrase("SLT-gruppene i {kommune}")
GROUPS_BY_LEVEL = "Gruppene, nivå for nivå:"
"""«hvilke grupper finnes i slt»: every group, listed per level (answers.which_group)."""
