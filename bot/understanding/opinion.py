"""«Er SLT-modellen egentlig bra?», «hva synes du om fagteamet?»: a judgment asked of the SLT
work, a group or a routine. No plan holds a judgment of itself, and the sheet of the thing
judged (the three levels, the group's members) would read as a «ja». The reader reads it as
unknown with ``beyond`` set to :data:`OPINION`; the honest reply says the bot cannot judge it
(organisation/beyond.py). The words are understanding.yaml's ``opinion_asked``.

A yes/no question of a thing («er X bra», «fungerer X godt») – not advice on a step («er det
lurt å ta opp saken i fagteamet», «er det bra at jeg melder»), which a routine or group answers.
The bot's own judgment asked («synes du det er lurt å ha felles politiråd med Ringerike?») is
one whatever follows, unless the writer's own step is named («synes du vi bør melde?»).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.asked_words import OpinionWords
from bot.text import folded_words

OPINION = "opinion"


@dataclass(frozen=True)
class Opinions:
    starts: frozenset[str] = frozenset()
    verdicts: frozenset[str] = frozenset()
    not_of_a_thing: frozenset[str] = frozenset()
    judge: frozenset[str] = frozenset()
    you: frozenset[str] = frozenset()
    doers: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: OpinionWords | None) -> Opinions:
        if words is None:
            return cls()
        return cls(
            starts=folded_words(words.starts),
            verdicts=folded_words(words.verdicts),
            not_of_a_thing=folded_words(words.not_of_a_thing),
            judge=folded_words(words.judge),
            you=folded_words(words.you),
            doers=folded_words(words.doers),
        )

    def asked(self, words: tuple[str, ...]) -> bool:
        """Whether the question asks a judgment (of the bot, or yes/no of a thing)."""
        present = set(words)
        if present & self.judge and present & self.you and not present & self.doers:
            return True  # «hva synes du om politirådet», «synes du det er lurt å ha …»
        if present & self.not_of_a_thing:
            return False  # «er det lurt å ta opp saken», «what do you think we should do»
        return bool(words[:1]) and words[0] in self.starts and bool(present & self.verdicts)


__all__ = ["OPINION", "Opinions"]
