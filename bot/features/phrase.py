"""A sentence with gaps, as data: most of what a feature's ``texts.py`` says.

``texts.about_call("Fagteam")`` reads the same whether ``about_call`` is a function or a
:class:`Phrase`. A phrase is the sentence itself, so a feature's texts read as a list of what
the bot says; a sentence with logic in it (a date to format, a choice) stays a function.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Phrase:
    """``Phrase("Husk referat fra {group}")("Fagteam")``: the gaps filled in order, or by name."""

    template: str
    gaps: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        names = (name for _, name, _, _ in string.Formatter().parse(self.template) if name)
        object.__setattr__(self, "gaps", tuple(dict.fromkeys(names)))

    def __call__(self, *values: object, **named: object) -> str:
        if len(values) + len(named) != len(self.gaps):
            gaps = ", ".join(self.gaps)
            raise TypeError(f"{self.template!r} takes {len(self.gaps)} values ({gaps})")
        return self.template.format_map({**dict(zip(self.gaps, values, strict=False)), **named})
