"""Norway's kommuner by name: knowledge/national/kommuner_norge.yaml, read once at load.

The bot answers only from the plans of the kommuner it serves; this list lets it tell a
question about another kommune («hva står i SLT-planen til Time kommune?») from one about the
asker's own (bot/features/organisation/other_kommune.py). It is checked like every knowledge
file, so ``app.py validate`` names the file, the field, the line and what is wrong: a name
twice in one fylke, a count that is not the source's, an ``also_words`` entry that is no
kommune listed. A knowledge directory without the file (a test fixture, a generated kommune
set) uses the one shipped with the bot, as it does the language folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from bot.knowledge.errors import Problem
from bot.knowledge.national_file import SHIPPED_KNOWLEDGE, load_checked, own_or_shipped
from bot.knowledge.provenance import Slug, Strict, Text
from bot.text import fold

COUNTRY_FILE = Path("national") / "kommuner_norge.yaml"
BUNDLED_COUNTRY_FILE = SHIPPED_KNOWLEDGE / COUNTRY_FILE


class CountryFile(Strict):
    """``kommuner_norge.yaml``: every kommune's name, by fylke."""

    version: Text
    source: Text = Field(description="where the names come from, and the list's date")
    count: int = Field(ge=1, description="how many kommuner the source lists")
    kommuner: dict[Slug, Text] = Field(
        min_length=1, description="fylke → its kommuner's names, separated by commas"
    )
    parallel_names: dict[Text, Text] = Field(
        default_factory=dict,
        description="a kommune's official name in Sami or Kven → its name as listed above",
    )
    also_words: str = Field(
        "", description="names that are also everyday words or surnames, separated by commas"
    )

    def listed(self) -> Iterator[tuple[str, int, str]]:
        """Every name as (fylke, place in its list, name), spacing normalised."""
        for fylke, names in self.kommuner.items():
            for index, name in enumerate(names.split(",")):
                yield fylke, index, " ".join(name.split())

    def names(self) -> dict[str, str]:
        """Folded name (the official parallel names too) → the name as listed."""
        out = {fold(name): name for _, _, name in self.listed()}
        out.update({fold(other): name for other, name in self.parallel_names.items()})
        return out

    def also(self) -> frozenset[str]:
        """The folded names that are also words (need a capital or «kommune» after them)."""
        return frozenset(fold(w) for w in self.also_words.split(",") if w.strip())


def check_country(country: CountryFile, path: Path) -> list[Problem]:
    """Each name once in its fylke, as many as the source counts, every ``also_words`` and
    ``parallel_names`` entry a kommune listed; problems name the field and its line."""
    from bot.knowledge.loader import line_in_file  # the loader imports knowledge modules

    problems: list[tuple[tuple[str, ...], str]] = []
    seen: dict[tuple[str, str], int] = {}
    total = 0
    for fylke, index, name in country.listed():
        total += 1
        if not fold(name):
            problems.append((("kommuner", fylke), f"name {index + 1} is empty (a stray comma?)"))
        elif (fylke, fold(name)) in seen:
            problems.append((("kommuner", fylke), f"'{name}' is listed twice"))
        seen[(fylke, fold(name))] = index
    if total != country.count:
        message = (
            f"{total} names are listed under `kommuner`, but the source counts {country.count}"
        )
        problems.append((("count",), message))
    listed = {name for _, name in seen}
    for word in country.also_words.split(","):
        if word.strip() and fold(word) not in listed:
            problems.append((("also_words",), f"'{word.strip()}' is no kommune listed"))
    for other, name in country.parallel_names.items():
        if fold(name) not in listed:
            problems.append((("parallel_names", other), f"'{name}' is no kommune listed"))
    return [
        Problem(path, ".".join(loc), message, line_in_file(path, loc)) for loc, message in problems
    ]


def country_path(knowledge_dir: Path | None) -> Path:
    """The list in ``knowledge_dir``, or the one shipped with the bot when it has none."""
    return own_or_shipped(knowledge_dir, COUNTRY_FILE)


def load_country(path: Path) -> CountryFile:
    """The file validated and checked; every problem at once."""
    return load_checked(CountryFile, path, check_country)


@lru_cache(maxsize=1)
def bundled_country() -> CountryFile:
    """The shipped list, loaded once (for a knowledge base built without a directory)."""
    return load_country(BUNDLED_COUNTRY_FILE)


__all__ = [
    "COUNTRY_FILE",
    "CountryFile",
    "bundled_country",
    "check_country",
    "country_path",
    "load_country",
]
