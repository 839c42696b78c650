"""The Teams app package: manifest 1.29 and its English localization against the official
schemas, the icons Teams requires, the zip, and the refusals of bad ids and domains."""

from __future__ import annotations

import asyncio
import copy
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.config import REPO_ROOT, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from tests.conftest import shared_file
from tools.packaging import (
    LOCALIZATION_SCHEMA,
    MANIFEST_DIR,
    MANIFEST_SCHEMA,
    PACKAGE_FILES,
    PackagingError,
    build_manifest,
    check_app_id,
    check_domain,
    check_icons,
    host_of,
    load_json,
    read_png,
    validate_localization,
    validate_manifest,
    write_package,
)

APP_ID = "3f2b9c1e-8d4a-4b6f-9e2d-1a2b3c4d5e6f"
DOMAIN = "slt-boten.gjesdal.example.no"


@pytest.fixture
def manifest() -> dict[str, Any]:
    return build_manifest(APP_ID, DOMAIN, version="1.2.3")


def manifest_schema() -> Path:
    return shared_file("schemas", MANIFEST_SCHEMA)


# --- the manifest ------------------------------------------------------------------------------


def test_the_filled_in_manifest_is_valid_against_the_official_1_29_schema(
    manifest: dict[str, Any],
) -> None:
    result = validate_manifest(manifest, manifest_schema(), directory=MANIFEST_DIR)
    assert result.problems == ()
    assert result.checked_with == f"the official schema {MANIFEST_SCHEMA}"


def test_the_template_has_only_the_three_placeholders_and_they_all_get_filled(
    manifest: dict[str, Any],
) -> None:
    raw = (MANIFEST_DIR / "manifest.json").read_text(encoding="utf-8")
    assert set(re.findall(r"\{\{[^}]*\}\}", raw)) == {"{{BOT_ID}}", "{{DOMAIN}}", "{{VERSION}}"}
    filled = json.dumps(manifest)
    assert "{{" not in filled
    assert manifest["manifestVersion"] == "1.29"
    assert "/v1.29/" in manifest["$schema"]
    assert manifest["version"] == "1.2.3"
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["webApplicationInfo"]["id"] == APP_ID
    assert manifest["validDomains"] == [DOMAIN]
    assert manifest["developer"]["privacyUrl"] == f"https://{DOMAIN}/personvern"


def test_the_bot_is_in_three_scopes_with_a_command_list_for_each(
    manifest: dict[str, Any],
) -> None:
    (bot,) = manifest["bots"]
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    lists = {tuple(cl["scopes"]): cl["commands"] for cl in bot["commandLists"]}
    assert set(lists) == {("personal",), ("team",), ("groupChat",)}
    assert all(commands[0]["title"] == "hjelp" for commands in lists.values())
    assert "koble teamet til" in [c["title"] for c in lists[("team",)]]


def test_every_command_in_the_menu_is_a_question_the_bot_understands(
    manifest: dict[str, Any], kb: KnowledgeBase
) -> None:
    """Teams sends the command title as the message: each must get a real answer."""
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings(scheduler_enabled=False), people={})
    for command_list in manifest["bots"][0]["commandLists"]:
        for command in command_list["commands"]:
            for kommune in kb.kommuner:
                reply = asyncio.run(bot.answer(command["title"], kommune))
                assert reply.intent not in ("unknown", "greeting"), (command, kommune)


def test_the_bot_asks_for_channel_messages_by_resource_specific_consent(
    manifest: dict[str, Any],
) -> None:
    assert manifest["authorization"] == {
        "permissions": {
            "resourceSpecific": [{"name": "ChannelMessage.Read.Group", "type": "Application"}]
        }
    }
    assert manifest["webApplicationInfo"]["resource"] == f"api://{DOMAIN}/{APP_ID}"


def test_names_and_descriptions_are_bokmal_with_an_english_localization(
    manifest: dict[str, Any],
) -> None:
    assert manifest["localizationInfo"] == {
        "defaultLanguageTag": "nb-no",
        "additionalLanguages": [{"languageTag": "en", "file": "en.json"}],
    }
    assert manifest["name"]["short"] == "SLT-boten"
    assert "taushetsplikt" in manifest["description"]["full"]
    english = load_json("en.json")
    assert "confidentiality" in english["description.full"]


def test_en_json_is_valid_against_the_official_localization_schema(
    manifest: dict[str, Any],
) -> None:
    english = load_json("en.json")
    result = validate_localization(english, manifest, shared_file("schemas", LOCALIZATION_SCHEMA))
    assert result.problems == ()
    assert result.checked_with == f"the official schema {LOCALIZATION_SCHEMA}"
    assert english["$schema"].endswith("/v1.29/MicrosoftTeams.Localization.schema.json")


def test_the_english_command_titles_stay_norwegian_because_they_are_what_teams_sends(
    manifest: dict[str, Any],
) -> None:
    english = load_json("en.json")
    for i, command_list in enumerate(manifest["bots"][0]["commandLists"]):
        for j, command in enumerate(command_list["commands"]):
            prefix = f"bots[0].commandLists[{i}].commands[{j}]"
            assert english[f"{prefix}.title"] == command["title"]
            assert english[f"{prefix}.description"] != command["description"]


def test_the_localization_may_not_name_a_command_the_manifest_lacks(
    manifest: dict[str, Any],
) -> None:
    english = {**load_json("en.json"), "bots[0].commandLists[2].commands[11].title": "x"}
    problems = validate_localization(english, manifest, Path("/absent/schema.json")).problems
    assert problems == (
        "bots[0].commandLists[2].commands[11].title: the manifest has no such command",
    )


def test_without_the_schema_the_structural_checks_still_run_and_say_so(
    manifest: dict[str, Any], tmp_path: Path
) -> None:
    absent = tmp_path / "no-schema.json"
    result = validate_manifest(manifest, absent, directory=MANIFEST_DIR)
    assert result.ok
    assert result.checked_with == f"structural checks only ({absent} not found)"
    broken = copy.deepcopy(manifest)
    broken["manifestVersion"] = "1.17"
    broken["bots"][0]["botId"] = "11111111-2222-4333-8444-555555555555"
    broken["validDomains"] = ["{{DOMAIN}}"]
    del broken["authorization"]
    problems = validate_manifest(broken, absent).problems
    assert "manifestVersion: must be '1.29'" in problems
    assert "bots/0/botId, webApplicationInfo/id: must be the same Azure Bot App ID" in problems
    assert "{{DOMAIN}}: placeholder not filled in" in problems
    assert "authorization: missing" in problems


def test_the_schema_errors_are_reported_precisely(manifest: dict[str, Any]) -> None:
    broken = copy.deepcopy(manifest)
    broken["bots"][0]["scopes"].append("meetings")
    broken["name"]["short"] = "SLT-boten for samordning av lokale tiltak"
    del broken["developer"]["privacyUrl"]
    problems = validate_manifest(broken, manifest_schema()).problems
    assert "bots/0/scopes/3: 'meetings' is not one of" in " ".join(problems)
    assert "developer: 'privacyUrl' is a required property" in problems
    assert "name/short: 41 characters, at most 30" in problems


def test_draft_4_ignores_const_so_the_manifest_version_is_checked_by_us(
    manifest: dict[str, Any],
) -> None:
    old = {**manifest, "manifestVersion": "1.16"}
    assert validate_manifest(old, manifest_schema()).problems == (
        "manifestVersion: must be '1.29'",
    )


# --- ids and domains -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("app_id", "reason"),
    [
        ("", "a GUID"),
        ("slt-boten", "a GUID"),
        ("3f2b9c1e8d4a4b6f9e2d1a2b3c4d5e6f", "a GUID"),
        ("{3f2b9c1e-8d4a-4b6f-9e2d-1a2b3c4d5e6f}", "a GUID"),
        ("00000000-0000-0000-0000-000000000000", "all-zero GUID"),
    ],
)
def test_bad_app_ids_are_refused_with_a_reason(app_id: str, reason: str) -> None:
    with pytest.raises(PackagingError, match=reason):
        build_manifest(app_id, DOMAIN)


def test_app_ids_are_trimmed_and_lower_cased() -> None:
    assert check_app_id(f"  {APP_ID.upper()} ") == APP_ID


@pytest.mark.parametrize(
    ("domain", "reason"),
    [
        ("", "--domain is missing"),
        ("https://slt.example.no", "has a scheme"),
        ("slt.example.no/api/messages", "has a path"),
        ("slt.example.no:3978", "has a port"),
        ("*.example.no", "is a wildcard"),
        ("localhost", "not a public host name"),
        ("10.0.0.7", "is an IP address"),
        ("slt_boten.example.no", "not a valid host name"),
        ("-slt.example.no", "not a valid host name"),
        ("slt boten.example.no", "not a valid host name"),
        (("a" * 64) + ".example.no", "not a valid host name"),
    ],
)
def test_bad_domains_are_refused_with_a_reason(domain: str, reason: str) -> None:
    with pytest.raises(PackagingError, match=reason):
        build_manifest(APP_ID, domain)


def test_domains_are_normalised_and_dev_tunnel_hosts_are_fine() -> None:
    assert check_domain(" SLT.Example.NO. ") == "slt.example.no"
    assert check_domain("x1y2z3-3978.euw.devtunnels.ms") == "x1y2z3-3978.euw.devtunnels.ms"
    assert host_of("https://slt.example.no:8443/api") == "slt.example.no"
    assert host_of("") == ""


def test_packaging_errors_are_configuration_errors_so_app_py_prints_them() -> None:
    from bot.config import ConfigError

    assert issubclass(PackagingError, ConfigError)


# --- icons -----------------------------------------------------------------------------------


def test_the_icons_are_the_sizes_teams_requires() -> None:
    assert check_icons() == []
    color = read_png(MANIFEST_DIR / "color.png")
    outline = read_png(MANIFEST_DIR / "outline.png")
    assert (color.width, color.height) == (192, 192)
    assert (outline.width, outline.height) == (32, 32)


def test_the_outline_icon_is_white_on_transparent() -> None:
    outline = read_png(MANIFEST_DIR / "outline.png")
    assert outline.has_alpha
    visible = [px for px in outline.pixels if px[3]]
    assert visible, "the outline icon is empty"
    assert all(px[:3] == (255, 255, 255) for px in visible)
    transparent = sum(1 for px in outline.pixels if px[3] == 0)
    assert transparent > len(outline.pixels) // 3
    assert all(outline.at(x, y)[3] == 0 for x in (0, 31) for y in (0, 31))


def test_the_colour_icon_is_opaque_in_the_accent_colour(manifest: dict[str, Any]) -> None:
    color = read_png(MANIFEST_DIR / "color.png")
    assert all(px[3] == 255 for px in color.pixels)
    accent = manifest["accentColor"].lstrip("#")
    assert color.at(0, 0)[:3] == tuple(int(accent[i : i + 2], 16) for i in (0, 2, 4))


def test_wrong_icons_are_refused_with_the_reason(tmp_path: Path) -> None:
    color, outline = tmp_path / "color.png", tmp_path / "outline.png"
    Image.new("RGBA", (96, 96), (15, 92, 110, 255)).save(color)
    Image.new("RGBA", (32, 32), (0, 0, 0, 255)).save(outline)  # black, no transparency
    assert check_icons(color, outline) == [
        "color.png: 96×96 pixels, Teams needs 192×192",
        "outline.png: 1024 visible pixels are not white",
        "outline.png: the background is not transparent (corners are visible)",
    ]
    (tmp_path / "broken.png").write_bytes(b"GIF89a")
    assert (
        check_icons(tmp_path / "broken.png", outline)[0] == f"{tmp_path}/broken.png: not a PNG file"
    )
    assert check_icons(tmp_path / "absent.png", outline)[0].startswith("absent.png: ")


# --- the zip ----------------------------------------------------------------------------------


def test_the_package_has_the_four_files_at_its_root(tmp_path: Path) -> None:
    out = write_package(APP_ID, DOMAIN, tmp_path / "slt-boten.zip", version="1.0.0")
    assert out == tmp_path / "slt-boten.zip"
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(PACKAGE_FILES)
        packed = json.loads(archive.read("manifest.json"))
        assert packed["bots"][0]["botId"] == APP_ID
        assert packed["validDomains"] == [DOMAIN]
        assert archive.read("outline.png") == (MANIFEST_DIR / "outline.png").read_bytes()
        english = json.loads(archive.read("en.json"))
    assert validate_manifest(packed, manifest_schema()).ok
    assert validate_localization(english, packed).ok
    again = write_package(APP_ID, DOMAIN, tmp_path / "again.zip", version="1.0.0")
    assert again.read_bytes() == out.read_bytes(), "the same input gives the same zip"


def test_an_invalid_package_is_not_written(tmp_path: Path) -> None:
    template = tmp_path / "manifest"
    template.mkdir()
    for name in PACKAGE_FILES:
        (template / name).write_bytes((MANIFEST_DIR / name).read_bytes())
    broken = json.loads((template / "manifest.json").read_text(encoding="utf-8"))
    broken["name"]["short"] = "SLT-boten – samordning av tiltak i kommunen"
    (template / "manifest.json").write_text(json.dumps(broken), encoding="utf-8")
    (template / "outline.png").unlink()
    out = tmp_path / "out.zip"
    with pytest.raises(PackagingError) as refused:
        write_package(APP_ID, DOMAIN, out, directory=template)
    message = str(refused.value)
    assert message.startswith("the Teams package is not valid:")
    assert "name/short" in message
    assert "outline.png" in message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [template]


def test_the_output_must_be_a_zip(tmp_path: Path) -> None:
    with pytest.raises(PackagingError, match=r"must end in \.zip"):
        write_package(APP_ID, DOMAIN, tmp_path / "slt-boten.tar")


# --- app.py package ----------------------------------------------------------------------------


def run_package(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "app.py", "package", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_app_py_package_writes_the_zip_and_prints_where(tmp_path: Path) -> None:
    out = tmp_path / "teams.zip"
    result = run_package("--app-id", APP_ID, "--domain", DOMAIN, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(PACKAGE_FILES)


def test_app_py_package_refuses_a_bad_id_as_a_configuration_problem(tmp_path: Path) -> None:
    out = tmp_path / "teams.zip"
    result = run_package("--app-id", "slt-boten", "--domain", DOMAIN, "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("Configuration problem: --app-id must be")
    assert "Traceback" not in result.stderr
    assert not out.exists()
