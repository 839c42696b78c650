"""What the bot says when it is asked what it can do, greeted, or cannot answer.

One place for the help card, the greeting and the honest fallback, with its safety net: a
danger message the danger check missed still shows the numbers and the way to the routines.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Group, Level
from bot.understanding import Intent
from cards.sheet import sheet_card


def help_reply(
    index: KommuneIndex | None,
    kb: KnowledgeBase,
    note: str | None = None,
    *,
    basis: str | None = None,
    coordinator: bool = False,
) -> Reply:
    """What the bot can do. ``note`` is a hint for the coordinator (e.g. no channel chosen);
    ``basis`` says why it answers for this kommune here; ``coordinator``: the asker may call,
    move and cancel meetings, so the card names those commands (walking as the coordinator,
    the help card named none of them, nor the meetings, tiltak or numbers others may ask)."""
    kommune = index.kommune.short_name if index else "kommunen"
    known, listed = kb.built(known_kommuner)
    other = next((k for k in known if k != kommune), kommune)
    subtitle = texts.help_subtitle(kommune)
    if basis:
        subtitle += f" {basis}"
    groups = [spoken(g) for g in meeting_groups(index)] if index else []
    first = (texts.who_sits(texts.joined(groups)),) if groups else ()
    sheet = Sheet(
        title=texts.HELP_TITLE,
        subtitle=subtitle,
        sections=(
            Section(items=(*first, *texts.HELP_ITEMS)),
            *((Section(text=texts.HELP_COORDINATOR),) if coordinator else ()),
            Section(text=texts.other_kommuner(other, listed)),
            *((Section(text=note),) if note else ()),
        ),
        examples=_parts(index, kb)[1],
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.HELP)


def known_kommuner(kb: KnowledgeBase) -> tuple[tuple[str, ...], str]:
    """The loaded kommuner's short names and the list of them as the help card says it, made
    once per knowledge load: with every kommune in the country loaded (356), reading each
    kommune's name at every «hva kan du hjelpe med» was a third of that answer's time."""
    known = tuple(i.kommune.short_name for i in kb.kommuner.values())
    return known, texts.joined(list(known))


def meeting_groups(index: KommuneIndex) -> list[Group]:
    """The kommune's main group on each level, where the plan has it meet."""
    found = (index.primary_by_level.get(level) for level in Level)
    return [g for g in found if g is not None and g.meets is not None]


DEFINITE = ("et", "a", "en")
"""A group's name as people write it in a question ends so: «fagteamet», «styringsgruppa»."""


def spoken(group: Group) -> str:
    """How a person writes the group in a question: its first one-word alias in the definite
    form («politirådet», «arbeidsgruppa», «SLT-nettverket»), else the plan's own name."""
    for alias in group.aliases:
        if " " not in alias and alias.endswith(DEFINITE):
            return "SLT-" + alias[4:] if alias.startswith("slt-") else alias
    return group.name


def examples(index: KommuneIndex | None) -> tuple[str, ...]:
    """Questions this kommune's plan answers, its own groups named: in Våler no «fagteamet»,
    and no «who calls in» where the plan names no innkaller."""
    groups = meeting_groups(index) if index else []
    if not groups:
        return texts.EXAMPLES
    own = [texts.members_example(spoken(groups[0]))]
    if len(groups) > 1:
        own.append(texts.frequency_example(spoken(groups[-1])))
    called = [g for g in (*groups[1:-1], groups[0]) if g.innkaller and len(groups) > 1]
    if called:
        own.append(texts.innkaller_example(spoken(called[0])))
    return (*own, *texts.EVERY_KOMMUNE_EXAMPLES)


MATERIAL_STEMS = (
    "statistikk", "tallet", "tallene", "prosent", "ungdata", "dokumentar", "film",
    "foredrag", "presentasjon", "rapport", "temakveld", "temadag", "undervisning", "artikkel",
)  # fmt: skip
"""A question for figures or teaching material: it asks about a topic, not about a case."""


LESSON_WORDS = frozenset(
    {"kjemi", "kjemitime", "kjemitimen", "naturfag", "naturfagtimen", "eksperiment"}
    | {"eksperimentet", "eksperimenter", "eksperimenta", "kjemiforsok", "kjemiforsoket"}
    | {"norsktimen", "norsktimene", "historietimen", "samfunnsfagtimen", "krletimen"}
)
"""A lesson's experiment asked about («kjemi: elevene vil lage «vulkan» …, farlig?»): teaching,
as material is. Whole words: «kjemikalier» may be a case."""


TEACH_VERBS = frozenset({"forklare", "forklarer", "undervise", "underviser", "formidle"})
CLASS_AUDIENCE = frozenset({"trinn", "trinnet", "klassen", "klassene", "klasse", "elevene"})
"""«hvordan forklarer jeg krigen for 7. trinn»: a topic taught to a whole class, no one's case."""


def asks_for_material(words: tuple[str, ...], counts: bool) -> bool:
    """«hvor mange selvmord var det i fjor – til en presentasjon»: a statistic or material
    asked for, a lesson's experiment or a topic taught to a class. The safety net's numbers
    under its «vet ikke» would answer a case nobody described (the danger check, with its
    soft hint, has already read the message)."""
    lesson = not LESSON_WORDS.isdisjoint(words)
    taught = not TEACH_VERBS.isdisjoint(words) and not CLASS_AUDIENCE.isdisjoint(words)
    return counts or lesson or taught or any(w.startswith(MATERIAL_STEMS) for w in words)


def ask_instead(index: KommuneIndex) -> str:
    """The fallback's «Finner du ikke svaret, kan du kontakte …» line: the coordinator, with
    name, phone and e-mail where the plan has them."""
    c = index.kommune.coordinator
    contact = f"{c.title} i {index.kommune.short_name}"
    if c.contact:
        details = [d for d in (c.contact.name, c.contact.phone, c.contact.email) if d]
        if details:
            contact += f" ({', '.join(details)})"
    return texts.ask_instead(contact)


def fallback(
    index: KommuneIndex | None,
    kb: KnowledgeBase,
    *,
    topic: bool = False,
    lead: str = "",
    title: str = texts.FALLBACK_TITLE,
) -> Reply:
    """An unknown question gets what the bot can do, examples and whom to ask instead;
    below it the safety net, unless ``topic``: figures or material asked for, or danger words
    the danger check read and judged harmless («dør av latter», «slåss om ballen»).
    ``lead``: what the plan has nothing for, said first («Jeg finner ingen kontaktinformasjon
    for …»); ``title``: a heading that fits a question understood and answered honestly
    («Hvem kan hjelpe med barn som pårørende» over «Planen for Gjesdal nevner ingen tjeneste
    for …») – «Det spørsmålet kan jeg dessverre ikke svare på» reads as not understood."""
    sections = [Section(text=lead)] if lead else []
    sections.append(Section(text=texts.FALLBACK_WHAT))
    kept = _parts(index, kb)
    if index is not None:
        sections.append(Section(text=kept[2]))
    if not topic:
        sections.append(Section(text=texts.SAFETY_NET))
    sheet = Sheet(
        title=title,
        sections=tuple(sections),
        examples=kept[1],
    )
    return Reply(text=sheet.as_text(), cards=(sheet_card(sheet),), intent=Intent.UNKNOWN)


def _kommune_parts(
    kb: KnowledgeBase,
) -> dict[str, tuple[KommuneIndex, tuple[str, ...], str]]:
    """Per kommune, what its fallback always says: its examples and whom to ask instead, made
    once per knowledge load (each unknown question made them again from the plan)."""
    return {i.id: (i, examples(i), ask_instead(i)) for i in kb.kommuner.values()}


def _parts(
    index: KommuneIndex | None, kb: KnowledgeBase
) -> tuple[KommuneIndex | None, tuple[str, ...], str]:
    """:func:`_kommune_parts` of ``index``; made here for no index, or one of another load."""
    kept = kb.built(_kommune_parts).get(index.id) if index is not None else None
    if kept is not None and kept[0] is index:
        return kept
    return index, examples(index), ask_instead(index) if index is not None else ""


def greeting(cue: str = "") -> Reply:
    """«Hei» gets a hello and what to ask; a thank-you (its cue says «takk») a «bare hyggelig»."""
    thanked = "takk" in cue.split()
    return Reply(text=texts.THANKS if thanked else texts.GREETING, intent=Intent.GREETING)
