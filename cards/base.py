"""Small helpers every card builder uses, so all cards look and behave alike."""

from __future__ import annotations

from typing import Any

from cards import signing, texts
from cards.verbs import Verb

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
Element = dict[str, Any]


def card(body: list[Element], actions: list[Element] | None = None) -> dict[str, Any]:
    """An Adaptive Card 1.5 with full width in Teams."""
    result: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        "body": body,
        "msteams": {"width": "Full"},
    }
    if actions:
        result["actions"] = actions
    return result


def with_note(answer: dict[str, Any], note: str) -> dict[str, Any]:
    """The same card with a note under its body (before its buttons): what the text form
    says after the answer, the card says too – Teams shows the card, not the text."""
    body = [*answer.get("body", []), note_block(note)]
    return {**answer, "body": body}


def note_block(text: str) -> Element:
    """A «Merk:» line: dark text on the warning style's tinted background. Text in the warning
    colour itself is pale yellow on white in Teams' light theme – seen, but hard to read."""
    return {"type": "Container", "style": "warning", "items": [paragraph(text, size="Small")]}


def stacked(buttons: list[Element]) -> list[Element]:
    """Buttons one under the other, an ActionSet each. Teams puts a card's actions in one row
    and cuts long labels («SLT-arb…»); choices between groups or questions must be read in
    full, so each gets its own row."""
    return [{"type": "ActionSet", "actions": [button]} for button in buttons]


def heading(text: str, *, size: str = "Medium") -> Element:
    return {"type": "TextBlock", "text": text, "weight": "Bolder", "size": size, "wrap": True}


def paragraph(text: str, **extra: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **extra}


def bullets(items: list[str]) -> Element:
    """A bullet list as one markdown TextBlock (Teams renders '- ' lists)."""
    return paragraph("\n".join(f"- {item}" for item in items))


def facts(pairs: list[tuple[str, str]]) -> Element:
    return {"type": "FactSet", "facts": [{"title": t, "value": v} for t, v in pairs if v]}


def source_line(source_title: str) -> Element:
    source = texts.SOURCE.format(source=source_title)
    return paragraph(source, size="Small", isSubtle=True, spacing="Medium")


def execute(title: str, verb: Verb, data: dict[str, Any], **extra: Any) -> Element:
    """An Action.Execute (Universal Actions) whose data also works as an Action.Submit.

    Teams sends Action.Execute as an ``adaptiveCard/action`` invoke; older clients fall
    back to a message submit with the same ``data``, so the verb is repeated inside it.
    The data is signed (:mod:`cards.signing`): the bot acts only on data it wrote itself.
    """
    return {
        "type": "Action.Execute",
        "title": title,
        "verb": str(verb),
        "data": signing.sign({**data, "verb": str(verb)}),
        **extra,
    }
