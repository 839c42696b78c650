"""The coordinator's review sheet: every fact the bot uses that the plan does not state.

A kommune's knowledge file carries, beside each fact, the plan's words it rests on
(``facts:`` with ``quote`` and ``at``, and a deadline's ``quote``/``computed``). Facts that are
inferred, assumed, only in an older source, or missing are listed here with those words and a
box to tick, so the coordinator can sign the knowledge off on paper. Adding
``confirmed: {by: …, date: …}`` to a fact in the YAML takes it off the sheet.

Rendered as Markdown (for the repository) and as a printable HTML page (A4).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.features.review import texts
from bot.features.review.texts import BASIS_HELP
from bot.knowledge.models import Kommune, NationalDefaults, NeedService
from bot.knowledge.provenance import BASIS_LABEL, Basis, Fact, Sourced

NATIONAL_FILE = "national/routines.yaml"
"""Where a national fact is confirmed, under knowledge/."""


@dataclass(frozen=True)
class ReviewItem:
    """One fact to check: where it is used, what it says, and the words it rests on."""

    where: str
    about: str
    basis: Basis
    quote: str | None
    at: str | None
    note: str | None
    field: str
    """Where in the YAML file to add ``confirmed:``."""
    file: str = ""
    """The knowledge file under knowledge/ when not the kommune's own (a national fact)."""


def _sourced(kommune: Kommune) -> Iterator[tuple[str, str, Sourced]]:
    """(label, YAML path, item) for everything in the file that can carry facts."""
    label = texts.LABEL
    yield label["plan"], "plan", kommune.plan
    yield label["target_group"], "target_group", kommune.target_group
    if kommune.goals is not None:
        yield label["goals"], "goals", kommune.goals
    yield label["coordinator"], "coordinator", kommune.coordinator
    for i, level in enumerate(kommune.levels):
        yield texts.named("level", level.name), f"levels[{i}]", level
    for i, group in enumerate(kommune.groups):
        yield texts.named("group", group.name), f"groups[{i}]", group
    for key, contact in kommune.contacts.items():
        yield texts.named("contact", contact.role), f"contacts.{key}", contact
    for i, t in enumerate(kommune.tiltak):
        yield texts.named("tiltak", t.id), f"tiltak[{i}]", t
    for i, fact in enumerate(kommune.plan_facts):
        yield texts.named("plan_fact", fact.topic), f"plan_facts[{i}]", fact
    yield label["status_checks"], "status_checks", kommune.status_checks
    for i, routine in enumerate(kommune.routines):
        yield texts.named("routine", routine.title), f"routines[{i}]", routine
    for i, aside in enumerate(kommune.routine_asides):
        said = " ".join(aside.text.split())  # its start: the sheet shows no internal id
        start = said if len(said) <= 60 else said[:58].rsplit(" ", 1)[0] + " …"
        yield texts.named("routine_aside", start), f"routine_asides[{i}]", aside


def _item(where: str, path: str, index: int, fact: Fact) -> ReviewItem:
    return ReviewItem(
        where, fact.about, fact.basis, fact.quote, fact.at, fact.note, f"{path}.facts[{index}]"
    )


def review_items(kommune: Kommune, national: NationalDefaults | None = None) -> list[ReviewItem]:
    """Every unconfirmed fact that is not the plan's own word, in the file's order; then the
    national file's facts the kommune's answers use too (the first-aid steps)."""
    items = [_item("Kommunen", "facts", i, f) for i, f in enumerate(kommune.facts) if f.open]
    for where, path, sourced in _sourced(kommune):
        items += [_item(where, path, i, f) for i, f in enumerate(sourced.facts) if f.open]
        frist = getattr(sourced, "frist", None)
        if frist is not None and frist.open:
            items.append(
                ReviewItem(
                    where,
                    f"Fristen er beregnet: {frist.computed}",
                    Basis.INFERRED,
                    frist.quote,
                    frist.at,
                    "Bekreft datoen, eller sett en annen frist i Teams.",
                    f"{path}.frist",
                )
            )
    return items + _rhythm_items(kommune) + _need_items(kommune) + _national_items(national)


def _need_items(kommune: Kommune) -> list[ReviewItem]:
    """The need services (``need_services``) that rest on the knowledge writer's reading of a
    plan line, not on its words: the need kind, the service, the line (the fact's own, else
    the row's) and why it is assumed (the fact's ``note``)."""
    items = []
    for i, served in enumerate(kommune.need_services):
        where = texts.need_where(served.kind, _service_names(kommune, served))
        for j, fact in enumerate(served.facts):
            if not fact.open:
                continue
            item = _item(where, f"need_services[{i}]", j, fact)
            if not fact.quote:
                item = replace(item, quote=served.quote, at=served.at)
            items.append(item)
    return items


def _service_names(kommune: Kommune, served: NeedService) -> str:
    """«Mestringsenheten i Gjesdal», «Fagteam, Tiltak 2»: the services a need row answers with."""
    groups = {g.id: g.name for g in kommune.groups}
    names = [kommune.contacts[c].role for c in served.contacts if c in kommune.contacts]
    names += [groups[g] for g in served.group_ids if g in groups]
    names += [texts.named("tiltak", t) for t in served.tiltak_ids]
    return ", ".join(names)


def _national_items(national: NationalDefaults | None) -> list[ReviewItem]:
    """The calm first-aid answer's steps (``first_aid`` of knowledge/national/routines.yaml):
    no plan states them, so each coordinator sees them until they are confirmed there."""
    if national is None:
        return []
    first_aid = national.first_aid
    steps = " ".join(f"{n}. {step}" for n, step in enumerate(first_aid.steps, start=1))
    return [  # the steps themselves, as the answer gives them, are what is signed
        replace(item, about=f"{item.about} {steps}", file=NATIONAL_FILE)
        for i, f in enumerate(first_aid.facts)
        if f.open
        for item in [_item(texts.LABEL["first_aid"], "first_aid", i, f)]
    ]


ASSUMED_WORDS = {
    "weekday": "ukedag",
    "pattern": "hvilke uker/måneder",
    "start": "klokkeslett",
    "duration": "varighet",
    "place": "sted",
    "calls": "om innkallinger sendes",
}


def _rhythm_items(kommune: Kommune) -> list[ReviewItem]:
    """Each group's assumed meeting rhythm, and the school holiday weeks, for confirming.

    Confirmed by removing the words from the group's ``rhythm.assumed`` (or setting
    ``school_holidays.assumed: false``)."""
    items = []
    for i, group in enumerate(kommune.groups):
        rhythm = group.rhythm
        if rhythm is None or not rhythm.assumed:
            continue
        how = rhythm.pattern.describe() if rhythm.pattern else "ingen faste møter"
        calls = "innkalling i Teams" if rhythm.calls == "auto" else "ingen innkalling i Teams"
        about = (
            f"Møter {how} kl {rhythm.start}, {rhythm.duration_minutes} min, "
            f"sted: {rhythm.place or 'ikke oppgitt'}, {calls}. Antatt: "
            + ", ".join(ASSUMED_WORDS[f] for f in rhythm.assumed)
        )
        quote = group.meets.text if group.meets else None
        items.append(
            ReviewItem(
                f"Gruppe: {group.name}",
                about,
                Basis.ASSUMED,
                quote,
                None,
                rhythm.note,
                f"groups[{i}].rhythm.assumed",
            )
        )
    school = kommune.school_holidays
    if school is not None and school.assumed:
        summer = f"{school.summer.start}–{school.summer.end}" if school.summer else "ingen"
        christmas = (
            f"{school.christmas.start}–{school.christmas.end}" if school.christmas else "ingen"
        )
        about = (
            f"Ingen møter i skoleferiene: vinterferie uke {school.winter_week}, høstferie uke "
            f"{school.autumn_week}, påske{'' if school.easter else ' (ikke)'}, sommer {summer}, "
            f"jul {christmas} (måned-dag)"
        )
        items.append(
            ReviewItem(
                "Skoleferier",
                about,
                Basis.ASSUMED,
                None,
                None,
                "Nasjonale standarduker for fylket. Sjekk mot kommunens skolerute.",
                "school_holidays.assumed",
            )
        )
    return items


def _document(kommune: Kommune, at: str | None) -> str:
    """«Jevnakers nyere SLT-plan, linje 79–82» from ``001:79–82``."""
    if not at:
        return ""
    number, _, lines = at.partition(":")
    title = next(
        (s.title for s in kommune.sources.values() if s.document and s.document.startswith(number)),
        f"dokument {number}",
    )
    return f"{title} (dokument {number}, linje {lines})"


def _heading(kommune: Kommune) -> list[str]:
    return [
        f"Gjennomgang av SLT-boten for {kommune.name}",
        f"Kunnskapsversjon {kommune.version} · plan: {kommune.plan.title} "
        f"({kommune.plan.period_start}–{kommune.plan.period_end})",
    ]


INTRO = (
    "Dette er fakta SLT-boten bruker, men som planen ikke sier rett ut: utledet, antatt, bare i "
    "en eldre plan, eller som mangler. Sjekk hver linje mot sitatet. Kryss av når det stemmer, "
    "eller skriv hva som er riktig. Når en linje er bekreftet, legges «confirmed» (hvem og når) "
    "inn i kunnskapsfilen, og linjen forsvinner fra arket."
)


def to_markdown(kommune: Kommune, items: list[ReviewItem]) -> str:
    title, subtitle = _heading(kommune)
    lines = [f"# {title}", "", subtitle, "", INTRO, ""]
    if not items:
        lines.append("Alle fakta er bekreftet. Ingenting å sjekke.")
    for number, item in enumerate(items, start=1):
        lines += [
            f"## {number}. {item.where}",
            "",
            f"- [ ] **{item.about}** — {BASIS_LABEL[item.basis]} ({BASIS_HELP[item.basis]})",
        ]
        if item.quote:
            lines.append(f"- Sitat: «{item.quote}» — {_document(kommune, item.at)}")
        if item.note:
            lines.append(f"- Merknad: {item.note}")
        file = item.file or f"kommuner/{kommune.id}.yaml"
        lines += [f"- I filen: `knowledge/{file}` → `{item.field}`", ""]
    lines += [
        "---",
        "",
        f"{len(items)} fakta å bekrefte. Kontrollert av: ______________________  "
        "Dato: ____________",
        "",
    ]
    return "\n".join(lines)


CSS = """
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b;
       max-width: 190mm; margin: 0 auto; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
.sub { color: #555; margin: 0 0 8pt; }
.intro { background: #f3f5f7; border-left: 3pt solid #4a6fa5; padding: 6pt 8pt; margin: 0 0 10pt; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 9pt; color: #555; border-bottom: 1.5pt solid #333;
     padding: 3pt 4pt; }
td { vertical-align: top; border-bottom: 0.75pt solid #bbb; padding: 5pt 4pt; }
tr { page-break-inside: avoid; break-inside: avoid; }
.n { width: 6mm; color: #555; }
.box { width: 9mm; text-align: center; }
.box span { display: inline-block; width: 4.5mm; height: 4.5mm; border: 1pt solid #222; }
.where { font-size: 9pt; color: #555; }
.about { font-weight: 600; }
.basis { display: inline-block; font-size: 8.5pt; padding: 0 4pt; border: 0.75pt solid #888;
         border-radius: 3pt; margin-left: 3pt; white-space: nowrap; }
.quote { font-style: italic; margin-top: 2pt; }
.doc, .field { font-size: 8.5pt; color: #555; }
.note { margin-top: 2pt; }
.fix { margin-top: 4pt; font-size: 9pt; color: #555; }
.fix span { display: inline-block; width: 95mm; border-bottom: 0.75pt solid #888; }
.sign { margin-top: 14pt; }
.sign span { display: inline-block; width: 70mm; border-bottom: 0.75pt solid #333; }
"""


def to_html(kommune: Kommune, items: list[ReviewItem]) -> str:
    """A printable page: one row per fact, the quote beside it, a box to tick."""
    e = html.escape
    title, subtitle = _heading(kommune)
    rows = []
    for number, item in enumerate(items, start=1):
        quote = (
            f'<div class="quote">«{e(item.quote)}»</div>'
            f'<div class="doc">{e(_document(kommune, item.at))}</div>'
            if item.quote
            else '<div class="doc">Ingen kilde sier dette.</div>'
        )
        note = f'<div class="note">{e(item.note)}</div>' if item.note else ""
        file = item.file or f"{kommune.id}.yaml"
        rows.append(
            "<tr>"
            f'<td class="n">{number}</td>'
            f'<td class="box"><span></span></td>'
            f'<td><div class="where">{e(item.where)}</div>'
            f'<div class="about">{e(item.about)}'
            f'<span class="basis">{e(BASIS_LABEL[item.basis])}</span></div>'
            f"{quote}{note}"
            '<div class="fix">Rettes til: <span></span></div>'
            f'<div class="field">{e(file)} → {e(item.field)}</div></td>'
            "</tr>"
        )
    table = (
        '<table><thead><tr><th class="n">Nr</th><th class="box">OK</th>'
        "<th>Fakta, grunnlag og sitat fra planen</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        if rows
        else "<p>Alle fakta er bekreftet. Ingenting å sjekke.</p>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
        f'<h1>{e(title)}</h1><p class="sub">{e(subtitle)}</p>'
        f'<p class="intro">{e(INTRO)}</p>{table}'
        f'<p class="sign">{len(items)} fakta å bekrefte. Kontrollert av: <span></span> '
        'Dato: <span style="width:35mm"></span></p>'
        "</body></html>\n"
    )
