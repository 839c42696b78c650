"""«elev hadde fyllefest i helga, og jeg er bekymret. Hvem kan han snakke med?»: a contact
form whose subject is the person the message told of asks what to do about that person –
the routine's step that names whom they can talk to (helsesykepleier, ungdomskontakten …) –
not which service to reach. «hvem kan jeg kontakte om rus?» (the writer) and a form that
names a service, role or group («… kan han ta det til fagteamet?») still ask whom to reach."""

from __future__ import annotations

from bot.understanding.understood import Understood


def talks_of_the_case(understood: Understood, matched: str | None) -> bool:
    """Whether a contact form asks on behalf of the person a routine's case is about: the
    routine book matched the message by its own words (a trigger, not retrieval's guess), the
    form's subject points back to that person (``QuestionForm.back``: han, ho, dei …), and the
    message names no service, role, group or level to reach."""
    if matched is None:
        return False
    if understood.group_id or understood.level or understood.role_words:
        return False
    return not understood.said.back.isdisjoint(understood.cue.split())
