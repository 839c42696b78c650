"""A fact sheet: the one shape every knowledge answer takes, rendered to text and to a card.

Building both renderings from one structure is what guarantees the plain-text answer and
the Adaptive Card carry the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PROVENANCE = "Grunnlag – "
"""A note that starts so is the one-line provenance: shown as it is, never as a «Merk»."""


def note_text(note: str) -> str:
    return note if note.startswith(PROVENANCE) else f"Merk: {note}"


@dataclass(frozen=True)
class Section:
    heading: str | None = None
    items: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()
    text: str | None = None


@dataclass(frozen=True)
class Sheet:
    title: str
    subtitle: str | None = None
    sections: tuple[Section, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    examples: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # Two losing sources that differ the same way give the same note: one is enough.
        object.__setattr__(self, "notes", tuple(dict.fromkeys(self.notes)))
        object.__setattr__(self, "sources", tuple(dict.fromkeys(self.sources)))

    def as_text(self) -> str:
        lines = [self.title]
        if self.subtitle:
            lines.append(self.subtitle)
        for section in self.sections:
            body = [f"- {title}: {value}" for title, value in section.facts if value]
            body += [f"- {item}" for item in section.items]
            if section.text:
                body.insert(0, section.text)
            if not body:  # a section whose facts are all empty: no blank lines in a row
                continue
            lines.append("")
            if section.heading:
                lines.append(f"{section.heading.rstrip('.:')}:")  # never «tjenesten.:»
            lines += body
        if self.examples:
            lines += ["", "Eksempler:", *(f"- «{e}»" for e in self.examples)]
        if self.notes:
            lines.append("")
            lines += [note_text(note) for note in self.notes]
        if self.sources:
            lines += ["", *(f"Kilde: {source}" for source in self.sources)]
        return "\n".join(lines)
