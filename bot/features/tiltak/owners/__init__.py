"""A tiltak's ansvar as a reader says it: «SLT-arbeidsgruppe og rektorene», «Kultur og DNT
Vansjø», «Ordfører, kommunedirektør, virksomhetsledere og SLT-koordinator» – the way the plans
write their owners (Gjesdal's 004:78–79, Våler's 000:621–625), never a list's
«[SLT-arbeidsgruppe, Rektorene]». A name with an «og» of its own («Psykisk helse og
rustjenesten, NAV», 000:850) is listed with commas, as the plan does.

The knowledge keeps each owner as its own entry, capitalised as a heading; in running text
only the first keeps its capital. A name that is a proper name keeps it wherever it stands:
a first word in capitals («DNT Vansjø», «NAV», «SLT-koordinator», «VS-IL») or a later word
that opens with one («Røde Kors», «SLT-koordinator Hole»). An acronym later in the name
(«Skoleleder JUS», «… med FAU og elevene») is no proper name of the whole.

Every answer and card that shows a tiltak's ansvar writes it with :func:`owners_text` (the
lookups, the owner answers, the status card and the reminders), so they read alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.features.tiltak.owners.texts import AND, WITH


def owners_text(ansvar: Sequence[str], *, opens: bool = True) -> str:
    """The owners joined as bokmål lists them: «A», «A og b», «A, b og c»; ``opens``: the
    first stands first in its sentence and keeps its capital («Ansvar: Kultur og …»)."""
    names = [name for name in (a.strip() for a in ansvar) if name]
    if not names:
        return ""
    said = [n if opens and i == 0 else in_sentence(n) for i, n in enumerate(names)]
    if len(said) == 1 or any(f" {AND} " in f" {n} " for n in said):
        # «Psykisk helse og rustjenesten, NAV» (000:850): a name with its own «og» is listed
        # with commas only, as the plan does – «… og rustjenesten og NAV» reads as three
        return ", ".join(said)
    return f"{', '.join(said[:-1])} {AND} {said[-1]}"


def in_sentence(name: str) -> str:
    """An owner's name inside a sentence: «Rektorene» → «rektorene», «Familiens hus» →
    «familiens hus»; a proper name («DNT Vansjø», «Røde Kors», «NAV») as written."""
    first, *rest = name.split()
    if not first[:1].isupper() or any(c.isupper() for c in first[1:]):
        return name
    if any(word[:1].isupper() and not word.isupper() for word in rest):
        return name
    return name[:1].lower() + name[1:]


def owners_in_line(owners: Sequence[str], *, shared: bool = False) -> str:
    """« (Skoleleder og FAU)» after a tiltak in a list; « (med FAU)» when the heading names
    the rest; nothing when the heading names them all. As short as the list's old «[…]»: a
    list longer than list_lines.LIST_CHARS shows its tiltak by their short labels."""
    if not owners:
        return ""
    if shared:
        return f" ({WITH} {owners_text(owners, opens=False)})"
    return f" ({owners_text(owners)})"
