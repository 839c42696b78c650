"""Knowledge errors that a coordinator can act on: file, field path, line, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    file: Path
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class KnowledgeError(Exception):
    """One or more problems in knowledge files; ``str()`` is the readable report."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(self))

    @classmethod
    def single(cls, file: Path, path: str, message: str) -> KnowledgeError:
        return cls([Problem(file, path, message)])

    def __str__(self) -> str:
        count = len(self.problems)
        head = "1 problem" if count == 1 else f"{count} problems"
        lines = "\n".join(f"  {p}" for p in self.problems)
        return f"Knowledge files have {head}:\n{lines}"
