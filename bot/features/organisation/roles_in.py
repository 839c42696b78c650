"""«er NAV med i politirådet?» and «er rektor og helsesykepleier med i SLT-nettverket?»:
whether each role asked about sits in the group, one answer per role.

Two roles joined by «og» (or listed «A, B og C») are separate roles: each gets its own yes
or no, so the bot never says yes for a role it did not find, and never glues two labels
into one («rektor helsesykepleier»). A title followed by what it leads («virksomhetsleder
barnevern») stays one role.
"""

from __future__ import annotations

from itertools import pairwise

from bot.features.organisation import texts
from bot.features.organisation.seat_match import places_of, role_asked, seat_hits
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group
from bot.understanding import Understood


def role_in(index: KommuneIndex, q: Understood, group: Group) -> str:
    """Each role's answer: «Ja – rektor er med i …: …» or where the plan has it instead."""
    # «helsesøster» is read with its synonym «helsesykepleier»: one role, said once
    answers = (_one_role(index, q, word_ids, group) for word_ids in roles_asked(q))
    return " ".join(dict.fromkeys(answers))


def roles_asked(q: Understood) -> list[list[int]]:
    """The role words (their positions in ``q.role_words``) grouped into the roles asked.

    The words form one role unless the question lists them: a list word («og», «eller»;
    understanding.yaml ``role_grammar``) between two role words splits them, and inside a list
    two role words side by side are two roles («rektor, helsesykepleier og NAV») unless the
    first is a title."""
    places = places_of(q)
    if len(q.role_words) < 2 or places is None:
        return [list(range(len(q.role_words)))]
    listing = q.role_grammar.list_words
    listed = any(set(q.words[a + 1 : b]) & listing for a, b in pairwise(places))
    if not listed:
        return [list(range(len(q.role_words)))]
    roles: list[list[int]] = [[0]]
    endings = q.role_grammar.title_endings
    for i in range(1, len(q.role_words)):
        between = q.words[places[i - 1] + 1 : places[i]]
        title = q.role_labels[i - 1].endswith(endings) if q.role_labels else False
        if not between and title:
            roles[-1].append(i)
        else:
            roles.append([i])
    return roles


def _one_role(index: KommuneIndex, q: Understood, word_ids: list[int], group: Group) -> str:
    hits, whole = seat_hits(index, q, word_ids)
    label = role_asked(index, q, hits, whole, word_ids)[0]
    here = list(dict.fromkeys(h.member for h in hits if h.group.id == group.id))
    if not whole:  # no seat is the whole role: never a yes for a seat of one of its words
        return texts.role_not_whole(label, group.name)
    if here:
        return texts.role_in_group(label, group.name, here)
    elsewhere = list(dict.fromkeys(h.group.name for h in hits))
    return texts.role_not_in_group(label, group.name, elsewhere)
