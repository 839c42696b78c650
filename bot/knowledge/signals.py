"""``knowledge/language/signals.yaml``: danger scenes scored from combined signals.

The file's header says how concepts match and how a scene is scored; bot/safety_signals.py
compiles it. Validated here (every concept a scene or ``quiet`` names is defined, thresholds
in order) and against danger.yaml at load (every scene's category exists there).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from bot.knowledge.provenance import Slug, Strict, Text, WordList

Weight = Annotated[int, Field(ge=1, le=5)]


class SignalScene(Strict):
    """A scene: the category it goes to and the weight of each concept in it."""

    id: Slug
    category: Slug = Field(description="a category in danger.yaml (routine, lead, calls)")
    needs: tuple[Slug, ...] = Field(
        min_length=1, description="at least one of these concepts must be present"
    )
    also: tuple[Slug, ...] = Field(
        (), description="when given, one of these concepts must be present too"
    )
    ignores: tuple[Slug, ...] = Field(
        (), description="quiet concepts that do not quieten this scene (a collapse at football)"
    )
    unless: tuple[Slug, ...] = Field(
        (),
        description="concepts that, near the scene's signals, make it ordinary: a night away"
        " on a school camp or at the grandparents' is no adult keeping a child overnight",
    )
    but: tuple[Slug, ...] = Field(
        (),
        description="concepts that keep the scene despite `unless`: a secret or a gift is no"
        " ordinary night away («på leirskolen … sier det er hemmelig»)",
    )
    weights: dict[Slug, Weight] = Field(min_length=2)


class SceneReading(Strict):
    """How bot/safety_scene.py reads a message as a scene: who is involved, what is done to
    whom, and whether it happens at all (a story, a game, a drill has no one harmed)."""

    acts: dict[Slug, Slug] = Field(
        min_length=1, description="an act concept and the danger category it is a case of"
    )
    victims: tuple[Slug, ...] = Field(
        min_length=1, description="concepts naming someone an act is done to (a child, «henne»)"
    )
    passive: WordList = Field(description="words making the subject the one an act is done to")
    aimed: tuple[Slug, ...] = Field(
        (), description="acts that are no harm when done to a thing (`things`): «låser døra»"
    )
    things: str = Field("", description="things an aimed act may be done to, words")
    opens: str = Field(
        "",
        description="words opening a clause: someone named right after one is its subject, not"
        " whom an aimed act is done to («låste døra da hun gikk på jobb»)",
    )
    groups: WordList = Field(
        description="plurals naming people in general («mange barn»): no one an act is done to"
    )
    reach: int = Field(3, ge=1, le=6, description="most words between an act and its victim")
    frames: tuple[Slug, ...] = Field(
        (), description="concepts naming a story, a game or a drill: an act inside has no victim"
    )
    plays: tuple[Slug, ...] = Field(
        (),
        description="concepts naming a game children play for real («sisten», «vi leker»): no"
        " frame for an act (a blow in a game is a blow), but with no act in the message, no one"
        " telling and no body in trouble, the fallback needs no emergency numbers",
    )
    doers: dict[Slug, dict[Slug, Slug]] = Field(
        default_factory=dict,
        description="a concept naming who acts, and per category what it becomes when they do",
    )
    not_doers: str = Field(
        "", description="folded words a doer concept matches that are verbs too: «får» is «far»"
    )
    doer_verbs: str = Field(
        "",
        description="verbs, words: one right after a `not_doers` word makes it the doer after"
        " all («far kommer og skal ta han» – «får» is never followed by «skal»)",
    )
    telling: tuple[Slug, ...] = Field(
        (), description="concepts of someone telling: a case told is real whatever its frame"
    )
    bodies: tuple[Slug, ...] = Field(
        (), description="concepts of a body in trouble: real in any frame (a collapse at a match)"
    )
    placed: tuple[Slug, ...] = Field(
        (),
        description="acts that are play only with the game named as their place («daua i"
        " Tekken»), never merely framed («spilte fortnite hele natta og daua i timen»)",
    )

    def concepts(self) -> tuple[str, ...]:
        return (
            *self.acts,
            *self.victims,
            *self.frames,
            *self.doers,
            *self.telling,
            *self.bodies,
            *self.placed,
            *self.aimed,
        )

    def categories(self) -> tuple[str, ...]:
        """Every danger category the reading names."""
        doing = (c for changes in self.doers.values() for pair in changes.items() for c in pair)
        return (*self.acts.values(), *doing)


class SignalsFile(Strict):
    """``signals.yaml``: concepts, the look-alike concepts that quieten, and scenes."""

    version: Text
    within: int = Field(12, ge=2, le=40, description="most words from a scene's anchor")
    route: int = Field(5, ge=2, le=20, description="a score that routes")
    soft: int = Field(4, ge=2, le=20, description="a borderline score: the soft lead first")
    hint: int = Field(
        3, ge=1, le=20, description="with one strong signal: a soft finding instead of the fallback"
    )
    strong: int = Field(2, ge=1, le=5, description="the weight of a signal that counts alone")
    soft_lead: Text
    concepts: dict[Slug, WordList] = Field(min_length=2)
    as_written: WordList = Field(
        "",
        description="message words read only as written, never by their Snowball stem: «gjelder»"
        " (applies to) stems to «gjeld», a debt",
    )
    quiet: dict[Slug, Weight] = Field(default_factory=dict)
    particles: dict[Slug, WordList] = Field(
        default_factory=dict,
        description="per concept: words that, right after one of its `word+word` pairs, make it"
        " a phrasal verb of another meaning («tar ham med», «ta henne på+alvor»)",
    )
    scenes: tuple[SignalScene, ...] = Field(min_length=1)
    scene: SceneReading | None = None

    @model_validator(mode="after")
    def _references_resolve(self) -> SignalsFile:
        if not self.hint <= self.soft <= self.route:
            raise ValueError(
                f"need hint <= soft <= route, not {self.hint}, {self.soft}, {self.route}"
            )
        known = set(self.concepts)
        for field, names in (("quiet", self.quiet), ("particles", self.particles)):
            for name in names:
                if name not in known:
                    raise ValueError(f"{field}: unknown concept '{name}'")
        for name in self.scene.concepts() if self.scene else ():
            if name not in known:
                raise ValueError(f"scene: unknown concept '{name}'")
        ids = [s.id for s in self.scenes]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate scene id(s): {', '.join(duplicates)}")
        for index, scene in enumerate(self.scenes):
            for name in (
                *scene.weights,
                *scene.needs,
                *scene.also,
                *scene.ignores,
                *scene.unless,
                *scene.but,
            ):
                if name not in known:
                    raise ValueError(f"scenes[{index}]: unknown concept '{name}'")
            missing = [n for n in (*scene.needs, *scene.also) if n not in scene.weights]
            if missing:
                raise ValueError(f"scenes[{index}].needs: not weighted: {', '.join(missing)}")
        return self


def check_signals(signals: SignalsFile, categories: set[str]) -> list[tuple[int, str]]:
    """Scenes whose category danger.yaml does not have: (scene index, message)."""
    acts = signals.scene.categories() if signals.scene else ()
    return [
        (index, f"unknown danger category '{scene.category}'")
        for index, scene in enumerate(signals.scenes)
        if scene.category not in categories
    ] + [(-1, f"scene: unknown danger category '{c}'") for c in acts if c not in categories]


__all__ = ["SceneReading", "SignalScene", "SignalsFile", "check_signals"]
