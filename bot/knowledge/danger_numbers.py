"""The numbers a danger lead or call may name: only those knowledge has.

A number in ``danger.yaml`` (a category's lead and call) or in the safety net's examples lead
must stand in a routine's acute line or a national contact's phone, so a typo in a language
file can never send someone to a wrong emergency number.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from bot.knowledge.errors import Problem
from bot.knowledge.models import NationalDefaults

if TYPE_CHECKING:
    from bot.knowledge.danger_file import DangerFile

_NUMBER = re.compile(r"\d+(?: \d+)*")


def check_danger(danger: DangerFile, national: NationalDefaults, path: Path) -> list[Problem]:
    """Each category names a real routine, and its lead names only numbers knowledge has.

    A number is allowed when it is in the routine's acute line or in the phone of a
    national contact, so a typo here can never send someone to a wrong emergency number.
    """
    problems = _danger_problems(danger, national)
    if not problems:
        return []
    from bot.knowledge.loader import format_loc, line_in_file

    return [
        Problem(path, format_loc(loc), message, line_in_file(path, loc))
        for loc, message in problems
    ]


def phone_numbers(text: str) -> list[str]:
    """Phone numbers in ``text`` as written ("116 117"), for comparing with knowledge."""
    return [" ".join(m.split()) for m in _NUMBER.findall(text) if len(m.replace(" ", "")) >= 3]


def _danger_problems(
    danger: DangerFile, national: NationalDefaults
) -> list[tuple[tuple[int | str, ...], str]]:
    routines = {r.id: r for r in national.routines}
    phones = " | ".join(c.phone or "" for c in national.contacts.values())
    problems: list[tuple[tuple[int | str, ...], str]] = []
    for index, category in enumerate(danger.categories):
        where: tuple[int | str, ...] = ("categories", index)
        routine = routines.get(category.routine)
        if routine is None:
            known = ", ".join(routines)
            problems.append(
                ((*where, "routine"), f"unknown routine '{category.routine}' (known: {known})")
            )
            continue
        known_numbers = set(phone_numbers(routine.acute)) | set(phone_numbers(phones))
        unknown = f"is neither in the acute line of routine '{routine.id}' nor a national contact"
        for c_index, call in enumerate(category.call):
            for number in phone_numbers(call):
                if number not in known_numbers:
                    problems.append(((*where, "call", c_index), f"number {number} {unknown}"))
        listed = {n for call in category.call for n in phone_numbers(call)}
        for number in phone_numbers(category.lead):
            if number not in known_numbers:
                problems.append(((*where, "lead"), f"number {number} {unknown}"))
            elif number not in listed:
                problems.append(((*where, "lead"), f"number {number} is not listed in call"))
    return problems


__all__ = ["check_danger", "phone_numbers"]
