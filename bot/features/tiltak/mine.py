"""«Hvilke tiltak er mine?»: the tiltak of the role the message says the asker holds («jeg
jobber som ungdomskontakt»), else of the roles the roster gives the asker."""

from __future__ import annotations

import datetime as dt

from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.model import matches_role
from bot.features.tiltak.questions import tiltak_sheet
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.text import fold
from bot.understanding import Intent

SECOND_HAT = frozenset({"ogsa", "attat", "tillegg"})
"""«jeg er også trener»: a second role beside the roster's, which still answer when the plan
gives the second none."""
OWN = frozenset({"min", "mitt", "mine", "mi"})
"""«fristen min», «tiltaket mitt», «mine frister»: the asker's own (folded)."""
OWNED = ("frist", "tiltak")
"""What an own word beside it makes the asker's: a frist or a tiltak."""


def own_asked(words: tuple[str, ...]) -> bool:
    """«hva er fristen min?», «når er fristen på tiltaket mitt?», «mine frister»: a frist or
    a tiltak the asker owns, right before or after the own word – the asker's tiltak with
    their frister, not every tiltak's deadline nor the honest «no such tiltak» (walk80)."""
    return any(
        w in OWN and any(n.startswith(OWNED) for n in words[max(0, i - 1) : i + 2] if n != w)
        for i, w in enumerate(words)
    )


QUALIFIER_LETTERS = 2
"""Words after a title longer than this say which one («helse», «omsorg»), not «og»."""


def my_tiltak(
    view: TiltakView,
    index: KommuneIndex,
    identities: set[str],
    today: dt.date,
    stated: tuple[str, ...] = (),
    words: tuple[str, ...] = (),
    spelled: str = "",
) -> Reply:
    """``stated``: the role words the message gives the asker; ``words``: the message's folded
    words (what follows a shared title: «kommunalsjef helse og omsorg»); ``spelled``: the
    stated role as the lexicon spells it, shown where the plan names no tiltak for it (never
    the folded word: «Tiltak for lærer», not «laerer»)."""
    roles = view.people_map().roles_of(identities)
    if stated:
        # «jeg jobber som ungdomskontakt – hvilke tiltak er mine?»: the message says the role,
        # and it decides over the roster's (a new job), also when the plan gives it none –
        # «jobber i kultur, hva har vi ansvar for?» from a rektor in the roster is kultur's
        # question, and the rektor's tiltak would answer another; only a second hat said as
        # one («jeg er også trener») with no tiltak of its own leaves the roster's roles.
        # Not in the roster: the plan's tiltak for it (what «tiltak for <rolle>» shows anyone).
        items, label = _for_stated(view, stated, words)
        label = label if items else spelled or label
        if not items and (named := _naming(view, stated)):
            # «jeg er helsesykepleier, hvilke tiltak gjennomfører jeg?»: no ansvar names the
            # role, but tiltak the plan says it does («helsesykepleier har helsesamtaler»):
            # those, each with its ansvarlig, under a title that says the ansvar is another's
            title = texts.named_title(role=label)
            empty = texts.none_for_stated(label)
            return tiltak_sheet(view, index, named, title, today, empty=empty, intent=MINE)
        if items or not roles or SECOND_HAT.isdisjoint(words):
            return tiltak_sheet(
                view,
                index,
                items,
                texts.stated_title(roles=label),
                today,
                empty=texts.none_for_stated(label),
                intent=Intent.TILTAK_MINE,
            )
    if not roles:
        text = texts.not_in_roster(index.kommune.short_name)
        return Reply(text, intent=Intent.TILTAK_MINE)
    items = [t for role in roles for t in view.for_role(role)]
    unique = list({t.id: t for t in items}.values())
    return tiltak_sheet(
        view,
        index,
        unique,
        texts.mine_title(roles=", ".join(roles)),
        today,
        empty=texts.NONE_FOR_MY_ROLES,
        intent=Intent.TILTAK_MINE,
    )


MINE = Intent.TILTAK_MINE


def _naming(view: TiltakView, stated: tuple[str, ...]) -> list[Tiltak]:
    """The tiltak whose own text names a stated role (what the role does in it)."""
    return [
        t
        for t, words in view.text_words()
        if any(matches_role(r, w) for r in stated for w in words)
    ]


def _for_stated(
    view: TiltakView, stated: tuple[str, ...], words: tuple[str, ...] = ()
) -> tuple[list[Tiltak], str]:
    """The tiltak whose ansvar names the stated role, and the role as the plan spells it."""
    items = list({t.id: t for r in stated for t in view.for_role(r)}.values())
    whole = [t for t in items if any(_one_role(stated, a) for a in t.ansvar)]
    if not whole and (qualified := _qualified(stated, items, words)):
        # «jeg er kommunalsjef helse og omsorg»: «helse» is no role word, but the message
        # says which kommunalsjef – that one's tiltak and the bare title's, as «som
        # kommunalsjef oppvekst og kultur» gives (test_form_answers)
        items = [t for t in items if any(fold(a) in qualified for a in t.ansvar)]
        named = [a for t in items for a in t.ansvar if fold(a) in qualified]
        return items, ", ".join(dict.fromkeys(named))
    items = whole or items  # «som kommunalsjef oppvekst og kultur»: not helse og omsorg's
    named = [
        a
        for r in stated
        for t in items
        for a in t.ansvar
        if matches_role(r, a) and (not whole or _one_role(stated, a))
    ]
    return items, ", ".join(dict.fromkeys(named)) or ", ".join(stated)  # as the plan spells it


def _qualified(
    stated: tuple[str, ...], items: list[Tiltak], words: tuple[str, ...]
) -> frozenset[str]:
    """The ansvar of one stated title («kommunalsjef») that the message qualifies: each word
    after the title that says which one («helse og omsorg») is in the message, with the bare
    title beside them. Empty when the message qualifies none of them."""
    if len(stated) != 1 or not words:
        return frozenset()
    present = set(words)
    titled = {fold(a) for t in items for a in t.ansvar if matches_role(stated[0], a)}
    kept = {
        a
        for a in titled
        if (rest := [w for w in a.split()[1:] if len(w) > QUALIFIER_LETTERS])
        and set(rest) <= present
    }
    bare = {a for a in titled if len(a.split()) == 1}
    return frozenset(kept | bare) if kept else frozenset()


def _one_role(stated: tuple[str, ...], ansvar: str) -> bool:
    """Whether an ansvar is the one role several stated words name together: each word names
    one of its words, or it is the bare title among them («Kommunalsjef» for «kommunalsjef
    oppvekst og kultur»), never another role with the same title («… helse og omsorg»)."""
    words = fold(ansvar).split()
    return len(stated) > 1 and (
        all(any(matches_role(r, w) for w in words) for r in stated)
        or all(any(matches_role(r, w) for r in stated) for w in words)
    )


__all__ = ["my_tiltak"]
