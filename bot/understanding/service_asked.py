"""Whether a question asks for a service's people or its number, by the words around the
service it names («hvem i NAV jobber med unge», «kva nummer har legevakta»), in the words of
understanding.yaml's ``question_form.services`` (``said``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from bot.text import fold
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit
from bot.understanding.unless import unless_at

if TYPE_CHECKING:
    from bot.understanding.lexicon import Lexicon


def people_of_service(
    words: tuple[str, ...],
    role_words: tuple[str, ...],
    who_words: frozenset[str],
    hits: list[Hit],
    said: QuestionForm,
) -> bool:
    """«hvem i NAV jobber med unge», «hvem på barnevernet kan hjelpe»: who-word, preposition,
    a role that is a service retrieval found as a contact (or «hjelp fra konfliktrådet», «må
    snakke med barnevernlederen») –
    the people of the service, not one named person («hvem er rektor på …») and not a seat
    («hvem i NAV sitter i …»); or whether the service is there at all («finnes det
    helsestasjon for ungdom i våler?», ``said.exists``): the best object retrieval found is
    that contact."""
    if words[:2] in said.exists and set(words).isdisjoint(said.tiltak_signs):
        top = hits[0] if hits else None  # «ungdomshelsestasjonen» holds «helsestasjon»
        label = label_words(top.doc.label) if top and top.doc.kind == "contact" else ()
        return any(r in w for r in role_words for w in label)
    asked = any(
        (
            (a in said.service_who and b in said.in_service)
            or (a in said.help_from and b in said.from_service)
            or (a in said.talk and b in said.talk_with)
        )
        and any(c.startswith(r) for r in role_words)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    if not asked or not set(words).isdisjoint(who_words - said.service_who):
        return False
    # the service asked about among the contacts retrieval found, not only the first: «hvem i
    # NAV følger opp unge som har falt ut av skole» ranks the skolelos above NAV by its need
    contacts = (h for h in hits[:8] if h.doc.kind == "contact")
    return any(names_role(h.doc.label, role_words) for h in contacts)


def asks_a_number(words: tuple[str, ...], hits: list[Hit], said: QuestionForm) -> bool:
    """«kva nummer har legevakta», «barnevernvakta, hva er telefonen dit»: a number asked
    about, and retrieval's best object is a contact – no cue needed to know what is asked."""
    number = not said.phone_words.isdisjoint(words)
    return number and bool(hits) and hits[0].doc.kind == "contact"


RULE_OUT = frozenset({"uten", "utan", "unnga", "unngar"})
"""«… løse uten at det blir politisak», «uten å koble inn barnevernet»: a service named after
these is the one the writer wants to do without, not the one asked for."""
HOW = frozenset({"at", "a"})
"""«uten at …», «uten å …»: a clause of a few words follows; without it only the next word is
ruled out («familie uten penger, NAV?» still names NAV)."""
CLAUSE = 4
"""How far into «uten at det blir (en) politisak» the service ruled out may stand."""
BEFORE = ("for", "det")
"""«… før det blir politisak» (folded «for det»): the service a case would end with, named as
what the writer wants to get ahead of – ruled out as :data:`RULE_OUT`'s, when a word of
:data:`BECOMES` follows («for det er …», because it is, names what is asked)."""
BECOMES = frozenset({"blir", "bli", "vert", "gar", "havner", "hamnar", "ender", "becomes"})
BESIDES = frozenset({"utenom", "unntatt", "foruten", "except", "besides"})
"""«hvem er viktige samarbeidspartnere utenom kommunen og politiet?»: the services named
after these (the next word, or one joined to it by «og»/«eller») are the ones the question
already knows; what it asks is the others."""
JOINED = frozenset({"og", "eller", "and", "or"})
LIMITING = RULE_OUT | BESIDES
"""Either kind of word: a question with none (most) has no service ruled out or known."""


def _before_it_becomes(words: tuple[str, ...], at: int) -> bool:
    """«før det blir …» starts at ``words[at]`` (:data:`BEFORE`, :data:`BECOMES`)."""
    return words[at : at + 2] == BEFORE and words[at + 2] in BECOMES


def _listed(words: tuple[str, ...], at: int) -> list[int]:
    """The word after a «X og» that follows ``words[at]`` (a :data:`BESIDES` word): the
    second of the services it names, never a word further on («utenom kontortid, ring …»)."""
    listed = words[at] in BESIDES and not JOINED.isdisjoint(words[at + 2 : at + 3])
    return [at + 3] if listed and at + 3 < len(words) else []


def roles_asked(lex: Lexicon, words: tuple[str, ...], used: list[bool]) -> tuple[str, ...]:
    """The role words of the question (``Lexicon.role_words``), none from a service it rules
    out: «vi vil løse konflikten uten at det blir politisak. hvem kan hjelpe?» asks who helps
    instead of the police. Such a word and its «uten» are marked in ``used`` (as a name the
    reader found is), so that retrieval does not look for that service either."""
    before = {i for i in range(len(words) - 2) if _before_it_becomes(words, i)}
    unless = unless_at(words)  # «hvis det ikke er barnevernet», «bortsett fra NAV»
    if LIMITING.isdisjoint(words) and not before and not unless:
        return lex.role_words(words, used)
    for i, word in enumerate(words):
        if word not in LIMITING and i not in before and i not in unless:
            continue
        clause = i in before or (word in RULE_OUT and not HOW.isdisjoint(words[i + 1 : i + 2]))
        end = min(i + 2 + CLAUSE if clause else i + 2, len(words))
        spots = [*unless[i]] if i in unless else [*range(i + 1, end), *_listed(words, i)]
        out = [j for j in spots if not used[j] and lex.role_words((words[j],), [False])]
        opening = range(i, unless[i].start) if i in unless else (i,)  # «hvis det ikke er»
        for j in (*opening, *out) if out else ():  # «uten» itself is no need then either
            used[j] = True
    return lex.role_words(words, used)


def names_role(label: str, role_words: tuple[str, ...]) -> bool:
    """A contact's label names the role asked about («NAV Våler» for «nav»)."""
    return any(w.startswith(role_words) for w in label_words(label))


def names_role_as_said(label: str, q_role_words: tuple[str, ...], patterns: RolePatterns) -> bool:
    """``names_role``, or by the lexicon's other name for the role (understanding.yaml
    ``role_synonyms``: «psykiatrien» is «Psykisk helse og rustjenesten»), every word of one."""
    words = label_words(label)
    return names_role(label, q_role_words) or any(
        all(any(w.startswith(p) for w in words) for p in alt.split())
        for alts in patterns
        for alt in alts
        if " " in alt and not alt.startswith("*")
    )


RolePatterns = tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=2048)
def label_words(label: str) -> tuple[str, ...]:
    """A knowledge label's folded words, kept per label: the «service without a seat» check
    runs ``names_role`` over every contact on every role question. Only labels from the
    knowledge come here (contacts' roles, retrieval documents' labels), never a message."""
    return tuple(fold(label).split())


__all__ = [
    "asks_a_number",
    "label_words",
    "names_role",
    "names_role_as_said",
    "people_of_service",
    "roles_asked",
]
