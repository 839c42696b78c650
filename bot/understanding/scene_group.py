"""«Vi har hatt noen runder i ledergruppa om SLT. Hvem sitter i styringsgruppa?»: a group asked
after a story that names another.

Found walking as a manager pasting an e-mail (walk81): the story's group («ledergruppa», read
as the styrende nivå; «fagteamet») stood beside the group the question names, the reader saw
two and answered the fallback. When the message's last sentence is a question that opens with
a question word and names one group itself, the group asked is that one: the question is read
without the story before it. A story that names a kommune, or asks something itself, is kept.

Only the reading is restated: the danger check and the privacy guard read the whole message
first (bot/routing.py).
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.text import fold

_LAST = re.compile(r"(?<=[^\d\s][.!:])\s+(?=[^.!?:]*\?\s*$)")
"""The end of the sentence before the message's last, a question («… til kommunestyret. Hvem
sitter …?», «… er enkelt: hvem sitter …?»)."""
_ASKS = re.compile(r"^(hvem|hvor|når|kven|kor|kva tid)\b", re.IGNORECASE)


class Spans(Protocol):
    def spans(self, words: list[str]) -> list[tuple[int, int, str]]: ...


def group_asked_alone(text: str, names: Spans) -> str | None:
    """The last sentence alone when it asks of one group after a story, else None."""
    if not text.rstrip().endswith("?"):
        return None
    ends = list(_LAST.finditer(text))
    if not ends:
        return None
    scene, question = text[: ends[-1].start()], text[ends[-1].end() :]
    if "?" in scene or not _ASKS.match(question):
        return None
    asked = [kind for _, _, kind in names.spans(fold(question).replace("?", " ").split())]
    told = [kind for _, _, kind in names.spans(fold(scene).replace(".", " ").split())]
    if asked.count("group") != 1 or "kommune" in asked or "kommune" in told:
        return None
    return question.strip()


__all__ = ["group_asked_alone"]
