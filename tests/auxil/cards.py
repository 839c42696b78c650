"""THE Adaptive Card checks: the official 1.5 schema, Teams' ``msteams`` part, and the renderer.

``validate_card(card)`` returns readable problems ([] when the card is fine):

- the card without ``msteams`` against ``../shared/schemas/adaptive-card-1.5.0.schema.json``
  (the schema forbids the Teams-only top-level property), with the precise reason for
  errors that the schema reports as "not valid under any of the given schemas";
- ``msteams`` on its own: ``width`` is "Full", and every ``entities`` item is a mention
  with ``text`` and ``mentioned.id``;
- mentions both ways: every ``<at>X</at>`` in the card's text has a mention entity with
  that text, and every mention entity's text appears in the card;
- input ids are unique (Teams returns the values keyed by id).

``render_card(card, out_png)`` renders with Microsoft's official JavaScript renderer through
``../shared/tools/render-card`` and returns ``(ok, messages)``.

Both skip the calling test with the reason when the shared material is absent
(``SLT_SHARED_DIR``, default ``../shared`` beside the repo).
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import jsonschema
import pytest

from tests.conftest import SHARED_DIR

CARD_SCHEMA = SHARED_DIR / "schemas" / "adaptive-card-1.5.0.schema.json"
RENDER_TOOL = SHARED_DIR / "tools" / "render-card"
SETUP_TIMEOUT_S = 600  # the first run installs adaptivecards (npm) and Chromium (apt)
RENDER_TIMEOUT_S = 120  # once it has run: two Chromium starts, seconds each even under load
RENDER_ATTEMPTS = 3
"""Headless Chromium on a loaded machine now and then hangs (no CPU, minutes on end), writes no
screenshot or dumps no page. Those say nothing about the card (its errors are printed the same
every time), so the render is tried again; a card that never renders fails as before."""
_tool_has_run = False
_BROWSER_FLAKES = ("ERRORS\nno result from the page", "render-card: no screenshot written")
TEAMS_VERSION = "1.5"

_AT = re.compile(r"<at>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_INPUT_TYPES = {
    "Input.Text",
    "Input.Date",
    "Input.Time",
    "Input.Number",
    "Input.Toggle",
    "Input.ChoiceSet",
}


@functools.cache
def _validator(path: Path) -> Any:
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def card_validator() -> Any:
    """The Draft-6 validator for Adaptive Cards 1.5, or skip the test when it is absent."""
    if not CARD_SCHEMA.is_file():
        pytest.skip(f"{CARD_SCHEMA} not found: set SLT_SHARED_DIR to the shared/ directory")
    return _validator(CARD_SCHEMA)


def _where(path: Any) -> str:
    return "/".join(str(p) for p in path) or "(card)"


def _is_type_mismatch(error: jsonschema.ValidationError) -> bool:
    """An alternative of an anyOf that is for another element type ("type" is not its own)."""
    return list(error.relative_path) == ["type"] and error.validator in ("enum", "const")


def _is_wrong_json_type(errors: list[jsonschema.ValidationError]) -> bool:
    """An alternative that only fails because the value is another JSON type (e.g. null)."""
    return all(e.validator == "type" and not list(e.relative_path) for e in errors)


def _allowed(error: jsonschema.ValidationError) -> list[Any]:
    """What a failed ``type``/``enum`` check allowed: the enum's list or the one type."""
    if error.validator == "enum":
        return cast(list[Any], error.validator_value)  # the schema's JSON list
    return [error.validator_value]


def _reasons(error: jsonschema.ValidationError) -> list[str]:
    """The precise reasons under an anyOf/oneOf "not valid under any of the given schemas".

    The alternatives for body elements and actions are one per element type: follow the
    alternative whose ``type`` matches and report everything wrong inside it; when none
    matches, the type itself is unknown. Alternatives that only fail on the JSON type (the
    ``null`` beside an enum) are dropped; what remains ambiguous gets jsonschema's best match.
    """
    if not error.context:
        return [_reason(error)]
    alternatives: dict[Any, list[jsonschema.ValidationError]] = {}
    for sub in error.context:
        alternatives.setdefault(sub.schema_path[0], []).append(sub)
    candidates = [errors for errors in alternatives.values() if not _is_wrong_json_type(errors)]
    matching = [errors for errors in candidates if not any(_is_type_mismatch(e) for e in errors)]
    if len(matching) == 1:
        return [reason for sub in matching[0] for reason in _reasons(sub)]
    if not matching and candidates:
        known = sorted(
            {
                str(value)
                for errors in candidates
                for e in errors
                if _is_type_mismatch(e)
                for value in _allowed(e)
            }
        )
        if known:
            where = _where([*error.absolute_path, "type"])
            kind = error.instance.get("type") if isinstance(error.instance, dict) else None
            return [f"{where}: unknown type {kind!r} (known here: {', '.join(known)})"]
    pool = [e for errors in (matching or candidates) for e in errors] or list(error.context)
    best = jsonschema.exceptions.best_match(pool)
    return _reasons(best) if best is not None else [_reason(error)]


def _reason(error: jsonschema.ValidationError) -> str:
    message = error.message if len(error.message) <= 240 else error.message[:237] + "..."
    return f"{_where(error.absolute_path)}: {message}"


def schema_problems(card: dict[str, Any]) -> list[str]:
    """The card (without ``msteams``) against the official Adaptive Card 1.5 schema."""
    without_teams = {k: v for k, v in card.items() if k != "msteams"}
    errors = sorted(card_validator().iter_errors(without_teams), key=lambda e: list(e.path))
    return list(dict.fromkeys(reason for e in errors for reason in _reasons(e)))


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string in a JSON value with where it is."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def _elements(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if "type" in value:
            yield value
        for item in value.values():
            yield from _elements(item)
    elif isinstance(value, list):
        for item in value:
            yield from _elements(item)


def teams_problems(card: dict[str, Any]) -> list[str]:
    """``msteams`` (width, mention entities) and the mentions in the card's text."""
    problems = []
    msteams = card.get("msteams", {})
    if not isinstance(msteams, dict):
        return ["msteams: must be an object"]
    for key in set(msteams) - {"width", "entities"}:
        problems.append(f"msteams/{key}: not a property Teams knows")
    if "width" in msteams and msteams["width"] != "Full":
        problems.append(f"msteams/width: must be 'Full', got {msteams['width']!r}")
    entities = msteams.get("entities", [])
    if not isinstance(entities, list):
        return [*problems, "msteams/entities: must be a list"]
    mention_texts = set()
    for i, entity in enumerate(entities):
        where = f"msteams/entities/{i}"
        if not isinstance(entity, dict) or entity.get("type") != "mention":
            problems.append(f"{where}: must be an object with type 'mention'")
            continue
        text = entity.get("text")
        if not isinstance(text, str) or not _AT.fullmatch(text):
            problems.append(f"{where}/text: must be '<at>name</at>', got {text!r}")
        else:
            mention_texts.add(text)
        mentioned = entity.get("mentioned")
        if not isinstance(mentioned, dict) or not mentioned.get("id"):
            problems.append(f"{where}/mentioned/id: missing (the Teams user id or AAD id)")
        elif not isinstance(mentioned.get("name", ""), str):
            problems.append(f"{where}/mentioned/name: must be a string")
    body = {k: v for k, v in card.items() if k != "msteams"}
    used: set[str] = set()
    for path, text in _strings(body):
        for match in _AT.finditer(text):
            used.add(match.group(0))
            if match.group(0) not in mention_texts:
                problems.append(
                    f"{_where(path)}: {match.group(0)} has no mention entity in msteams.entities"
                )
    for text in sorted(mention_texts - used):
        problems.append(f"msteams/entities: {text} is not used in the card's text")
    return problems


def input_problems(card: dict[str, Any]) -> list[str]:
    ids: dict[str, int] = {}
    for element in _elements(card.get("body", [])):
        if element.get("type") in _INPUT_TYPES:
            ids[element.get("id", "")] = ids.get(element.get("id", ""), 0) + 1
    problems = [f"input id {i!r} is used {n} times" for i, n in ids.items() if n > 1]
    if "" in ids:
        problems.append("an input has no id")
    return problems


def validate_card(card: dict[str, Any]) -> list[str]:
    """Every problem with a card Teams would get; [] when it is valid."""
    if not isinstance(card, dict) or card.get("type") != "AdaptiveCard":
        return ["(card): not an AdaptiveCard object"]
    problems = []
    if card.get("version") != TEAMS_VERSION:
        problems.append(f"version: {card.get('version')!r}, Teams renders {TEAMS_VERSION}")
    return problems + schema_problems(card) + teams_problems(card) + input_problems(card)


# --- rendering ---------------------------------------------------------------------------


def render_tool() -> Path | None:
    return RENDER_TOOL if RENDER_TOOL.is_file() else None


def render_card(
    card: dict[str, Any], out_png: Path | str, *, height: int | None = None
) -> tuple[bool, list[str]]:
    """Render with Microsoft's renderer in headless Chromium: (no messages?, messages).

    Skips the test when the tool is absent or cannot set itself up (exit 2: no npm, no
    Chromium), with the tool's reason. ``height`` is the screenshot height in pixels.
    """
    tool = render_tool()
    if tool is None:
        pytest.skip(f"{RENDER_TOOL} not found: set SLT_SHARED_DIR to the shared/ directory")
    out = Path(out_png)
    out.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **({"RENDER_CARD_HEIGHT": str(height)} if height else {})}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as source:
        json.dump(card, source, ensure_ascii=False)
        source.flush()
        for _ in range(RENDER_ATTEMPTS):
            code, output = _run_tool([str(tool), source.name, str(out)], env)
            if code is not None and not any(flake in output for flake in _BROWSER_FLAKES):
                break
    if code is None:
        raise AssertionError(f"render-card hung {RENDER_ATTEMPTS} times")
    lines = [line for line in output.splitlines() if line.strip()]
    if code == 2 and not any(flake in output for flake in _BROWSER_FLAKES):
        pytest.skip(f"render-card could not run: {' '.join(lines) or 'exit 2'}")
    messages = [line for line in lines if line != "ERRORS" and not line.startswith("rendered:")]
    return code == 0 and not messages, messages


def _tool_set_up() -> bool:
    """Whether the tool has nothing to install (its cache holds the renderer, Chromium is on
    the PATH): a first render that hangs is then retried after ``RENDER_TIMEOUT_S``, not after
    the ten minutes a first install may take. The cache is the tool's own default."""
    cache = os.environ.get("RENDER_CARD_CACHE") or os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "render-card-cache"
    )
    renderer = Path(cache, "node_modules", "adaptivecards", "dist", "adaptivecards.js")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    return renderer.is_file() and browser is not None


def _run_tool(command: list[str], env: dict[str, str]) -> tuple[int | None, str]:
    """The tool's exit code (None: it hung) and its output. On a hang the whole process group
    goes, Chromium included: ``subprocess.run``'s timeout would kill only the shell script."""
    global _tool_has_run
    timeout = RENDER_TIMEOUT_S if _tool_has_run or _tool_set_up() else SETUP_TIMEOUT_S
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    ) as process:
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return None, ""
    _tool_has_run = _tool_has_run or process.returncode in (0, 1)
    return process.returncode, output


def actions_of(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The card's buttons by title: top-level actions and those inside ActionSets (choices
    are stacked one per row, see ``cards.base.stacked``)."""
    found = {a["title"]: a for a in card.get("actions", [])}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if item.get("type") == "ActionSet":
                found.update({a["title"]: a for a in item["actions"]})
            for key in ("items", "columns"):
                walk(item.get(key, []))

    walk(card.get("body", []))
    return found
