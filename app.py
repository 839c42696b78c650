"""SLT-boten: ``python app.py [serve|validate|ask|chat|tiltak|reminders|review|...] ...``.

No globals: settings, knowledge and the service are built in main().
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings
from bot.dates import WEEKDAYS, short_date
from bot.features.reply import Reply
from bot.features.review import review_items
from bot.features.review import to_html as review_html
from bot.features.review import to_markdown as review_markdown
from bot.features.tiltak.reminder_batch import batch
from bot.features.tiltak.reminder_batch import to_json as messages_json
from bot.features.tiltak.reminder_plan import PlannedReminder, plan_reminders
from bot.features.tiltak.reminder_plan import to_json as reminder_json
from bot.features.tiltak.view import TiltakView
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.loader import NATIONAL_FILE, kommune_files
from bot.logging_setup import configure_logging
from bot.storage import StoreError

if TYPE_CHECKING:
    from bot.routing import SltBot


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py", description="SLT-boten for Microsoft Teams")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("serve", help="start the bot service (default)")
    validate = commands.add_parser("validate", help="check knowledge files without starting")
    validate.add_argument("files", nargs="*", type=Path, help="kommune files (default: all)")
    ask = commands.add_parser("ask", help="answer one question, or one per line from stdin")
    ask.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    ask.add_argument("--jsonl", action="store_true", help="questions on stdin, JSON lines out")
    ask.add_argument("question", nargs="?", help="the question")
    chat = commands.add_parser("chat", help="interactive console with the bot")
    chat.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    tiltak = commands.add_parser("tiltak", help="list the action plan's tiltak")
    tiltak.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    tiltak.add_argument("--ansvarlig", help="only tiltak this role is responsible for")
    tiltak.add_argument("--json", action="store_true", help="JSON instead of lines")
    reminders = commands.add_parser("reminders", help="preview the reminders that would be sent")
    reminders.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    reminders.add_argument("--from", dest="start", required=True, type=_date, help="YYYY-MM-DD")
    reminders.add_argument("--to", dest="end", required=True, type=_date, help="YYYY-MM-DD")
    reminders.add_argument("--json", action="store_true", help="JSON instead of lines")
    reminders.add_argument(
        "--by-message",
        action="store_true",
        help="one line per message (person and day) with its tiltak, as the bot sends them",
    )
    package = commands.add_parser("package", help="write the Teams app package (zip)")
    package.add_argument("--app-id", required=True, help="the Azure Bot's Microsoft App ID")
    package.add_argument("--domain", help="public host name (default: SLT_PUBLIC_BASE_URL's)")
    package.add_argument("--out", type=Path, help="zip file to write")
    review = commands.add_parser(
        "review", help="write the coordinator's review sheet (Markdown and printable HTML)"
    )
    review.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    review.add_argument(
        "--out", type=Path, default=Path("docs/review"), help="folder (default: docs/review)"
    )
    meetings = commands.add_parser("meetings", help="the year's meeting plan (årshjul)")
    meetings.add_argument("--kommune", help="kommune id (default: SLT_KOMMUNE)")
    meetings.add_argument("--year", type=int, help="year (default: this year)")
    meetings.add_argument("--json", action="store_true", help="JSON instead of lines")
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


CONSOLE_COMMANDS = frozenset({"ask", "chat"})
"""Commands whose output is the bot's answer: logged from WARNING unless LOG_LEVEL says DEBUG."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "serve"
    try:
        settings = Settings.from_env()
        level = settings.log_level
        if command in CONSOLE_COMMANDS and level == "INFO":
            level = "WARNING"  # the answer is the output; per-turn INFO lines are for serve
        configure_logging(level, json_format=settings.log_json)
        if command == "validate":
            return _validate(settings, args.files)
        if command == "serve":
            return _serve(settings)
        if command == "package":
            from tools.packaging import host_of, write_package  # Pillow: not for serve

            domain = args.domain or host_of(settings.public_base_url)
            print(write_package(args.app_id, domain, args.out))
            return 0
        from bot.routing import SltBot  # the whole bot: not for validate, package or --help
        from bot.storage.sqlite import SqliteStore

        kb = KnowledgeBase.load(settings.knowledge_dir)
        bot = SltBot(kb, SqliteStore.open(":memory:"), settings)
        kommune = _kommune(args.kommune or settings.default_kommune, kb)
        if command == "ask":
            return _ask(bot, kommune, args.question, jsonl=args.jsonl)
        if command == "tiltak":
            return _tiltak(bot, kommune, args.ansvarlig, as_json=args.json)
        if command == "reminders":
            return _reminders(
                bot, kommune, args.start, args.end, as_json=args.json, by_message=args.by_message
            )
        if command == "meetings":
            return _meetings(bot, kommune, args.year, as_json=args.json)
        if command == "review":
            return _review(bot, kommune, args.out)
        return _chat(bot, kommune)
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        return 2
    except (ConfigError, StoreError) as exc:
        print(f"Configuration problem: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 0


def _kommune(kommune_id: str, kb: KnowledgeBase) -> str:
    if kommune_id not in kb.kommuner:
        known = ", ".join(sorted(kb.kommuner))
        raise ConfigError(f"unknown kommune '{kommune_id}' (known: {known})")
    return kommune_id


def _validate(settings: Settings, files: list[Path]) -> int:
    national = settings.knowledge_dir / NATIONAL_FILE
    paths = files or kommune_files(settings.knowledge_dir)
    kb = KnowledgeBase.load_files(paths, national if national.exists() else None)
    for index in kb.kommuner.values():
        k = index.kommune
        open_facts = len(review_items(k, kb.national))
        print(
            f"ok  {k.id}: {len(k.groups)} groups, {len(k.tiltak)} tiltak, version {k.version}, "
            f"{open_facts} unconfirmed facts (app.py review --kommune {k.id})"
        )
    if kb.national:
        print(f"ok  national defaults: {len(kb.national.routines)} routines")
    language = kb.language
    print(
        f"ok  language: {len(language.danger.categories)} danger categories, "
        f"{len(language.dialect.words)} dialect forms, "
        f"{len(language.privacy.strong_phrases)} privacy phrases, "
        f"{len(language.names.first_names.split())} first names, "
        f"{sum(len(c) for c in language.understanding.cues.values())} cue phrases, "
        f"{len(language.commands.verbs)} command verbs"
    )
    print(
        f"ok  kommuner_norge: {kb.country.count} kommuner in Norway, version {kb.country.version}"
    )
    return 0


def _ask(bot: SltBot, kommune: str, question: str | None, *, jsonl: bool) -> int:
    """One question from the argument, or one per line from stdin (piped or --jsonl)."""
    if jsonl:
        for text in _stdin_questions():
            replies = _turn(bot, text, kommune)
            record = {
                "question": text,
                "intent": str(replies[-1].intent) if replies else "none",
                "text": _text_of(replies),
                "cards": [card for reply in replies for card in reply.cards],
            }
            print(json.dumps(record, ensure_ascii=False), flush=True)
        return 0
    if not question and not sys.stdin.isatty():
        answers = [_text_of(_turn(bot, text, kommune)) for text in _stdin_questions()]
        if answers:
            print("\n\n---\n\n".join(answers))
            return 0
    if not question:
        print(
            'Skriv et spørsmål, for eksempel: app.py ask "hvem sitter i politirådet?"',
            file=sys.stderr,
        )
        return 2
    print(_text_of(_turn(bot, question, kommune)))
    return 0


def _stdin_questions() -> Iterator[str]:
    """Non-empty lines of stdin, one at a time (a JSON-lines client gets each answer at once)."""
    return (line.strip() for line in sys.stdin if line.strip())


def _turn(bot: SltBot, text: str, kommune: str) -> list[Reply]:
    """One console message through the bot's async turn (a short event loop per line)."""
    return asyncio.run(bot.console_turn(text, kommune))


def _text_of(replies: list[Reply]) -> str:
    """Every reply of a turn in order (a privacy warning first), as Teams would show them."""
    return "\n\n".join(reply.text for reply in replies)


def _tiltak(bot: SltBot, kommune: str, ansvarlig: str | None, *, as_json: bool) -> int:
    items = bot.desk.for_role(kommune, ansvarlig) if ansvarlig else bot.desk.all(kommune)
    if as_json:
        records = [t.model_dump(mode="json", exclude_defaults=True) for t in items]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for t in items:
        if not bot.desk.is_current(kommune, t):
            when = "bare i eldre plan"
        elif t.frist.continuous:
            when = f"løpende (statussjekk); planen sier: {t.frist.text}"
        elif t.frist.computed:
            when = f"frist beregnet – {t.frist.computed}"
        else:
            when = f"frist: {t.frist.text}"
        print(
            f"{t.id:>4}  {t.tiltak}\n      ansvar: {', '.join(t.ansvar)}; {when}; {t.innsatsomrade}"
        )
    if not items:
        print(f"Ingen tiltak for «{ansvarlig}».", file=sys.stderr)
    return 0


def _reminders(
    bot: SltBot,
    kommune: str,
    start: dt.date,
    end: dt.date,
    *,
    as_json: bool,
    by_message: bool = False,
) -> int:
    if end < start:
        print("--to is before --from", file=sys.stderr)
        return 2
    view = asyncio.run(bot.desk.view(kommune))
    planned = plan_reminders(
        bot.kb.kommuner[kommune].kommune,
        start,
        end,
        until=view.plan_end(),
        coordinator_deadlines=view.coordinator_deadlines(),
        moved=view.moved(),
    )
    if end > view.plan_end():
        print(
            f"Ingen påminnelser etter {short_date(view.plan_end())}: handlingsplanen gjaldt "
            f"{view.period_text()}. Forleng planen i Teams eller legg inn en ny plan.",
            file=sys.stderr,
        )
    if by_message:
        return _reminder_messages(view, planned, as_json=as_json)
    if as_json:
        print(json.dumps(reminder_json(planned), ensure_ascii=False, indent=2))
        return 0
    for r in planned:
        what = f"frist {r.deadline}" if r.deadline else f"statussjekk {r.day}"
        print(
            f"{r.send_at:%Y-%m-%d %H:%M}  tiltak {r.tiltak_id:<6} {what}"
            f"  ({r.offset_days} d før)  → {', '.join(r.ansvarlig)}"
        )
    return 0


def _reminder_messages(view: TiltakView, planned: list[PlannedReminder], *, as_json: bool) -> int:
    """The reminders as the bot sends them: one message per person and day."""

    def owners(r: PlannedReminder) -> list[str]:
        tiltak = view.by_id(r.tiltak_id)
        return view.owner_names(tiltak) if tiltak else []

    messages, unowned = batch(planned, owners)
    if unowned:
        ids = sorted({r.tiltak_id for r in unowned}, key=lambda i: (len(i), i))
        print(
            f"{len(ids)} tiltak mangler ansvarlig og får ingen melding; de står i "
            f"koordinatorens ukesoversikt: {', '.join(ids)}",
            file=sys.stderr,
        )
    if as_json:
        print(json.dumps(messages_json(messages), ensure_ascii=False, indent=2))
        return 0
    for m in messages:
        print(f"{m.send_at:%Y-%m-%d %H:%M}  {m.to}: tiltak {', '.join(m.tiltak)}")
    return 0


def _review(bot: SltBot, kommune: str, out: Path) -> int:
    """Write <out>/<kommune>.md and .html; prints the paths and the number of facts."""
    k = bot.kb.kommuner[kommune].kommune
    items = review_items(k, bot.kb.national)
    out.mkdir(parents=True, exist_ok=True)
    markdown, page = out / f"{k.id}.md", out / f"{k.id}.html"
    markdown.write_text(review_markdown(k, items), encoding="utf-8")
    page.write_text(review_html(k, items), encoding="utf-8")
    print(f"{markdown}\n{page}\n{len(items)} unconfirmed facts")
    return 0


def _meetings(bot: SltBot, kommune: str, year: int | None, *, as_json: bool) -> int:
    year = year or bot.clock.now().year
    meetings = [m for m in asyncio.run(bot.meetings.year_plan(kommune, year)) if m.active]
    if as_json:
        records = [
            {
                "group": m.group.id,
                "name": m.group.name,
                "weekday": WEEKDAYS[m.start.weekday()],
                "start": m.start.isoformat(),
                "end": m.end.isoformat(),
                "place": m.place,
                "assumed": list(m.group.rhythm.assumed) if m.group.rhythm else [],
                "source": m.source,
            }
            for m in meetings
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for m in meetings:
        place = f"  ({m.place})" if m.place else ""
        weekday = WEEKDAYS[m.start.weekday()][:3]
        assumed = " (antatt tid)" if m.group.rhythm and m.group.rhythm.is_assumed("start") else ""
        print(
            f"{m.start:%Y-%m-%d} {weekday} {m.start:%H:%M}–{m.end:%H:%M}{assumed}  "
            f"{m.group.name}{place}  [{m.source}]"
        )
    return 0


def _chat(bot: SltBot, kommune: str) -> int:
    name = bot.kb.kommuner[kommune].kommune.name
    print(f"SLT-boten ({name}). Skriv et spørsmål, eller «avslutt» for å gå ut.")
    while True:
        try:
            text = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.strip().lower() in {"avslutt", "exit", "quit", "q"}:
            return 0
        if text.strip():
            print(_text_of(_turn(bot, text, kommune)), end="\n\n")


def _serve(settings: Settings) -> int:
    from bot.server import create_app
    from bot.service import BindError, run

    # Until the event loop takes over, SIGTERM ends the start-up quietly (also as PID 1 in
    # a container, where an unhandled SIGTERM would be ignored): nothing has started yet.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    _warn_about_open_doors(settings)
    try:
        app = create_app(settings)
        run(app, settings.listen_host, settings.port)
    except BindError as exc:
        print(f"SLT-boten cannot start: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


def _warn_about_open_doors(settings: Settings) -> None:
    """Say at start when the service runs without the checks a deployment needs."""
    log = logging.getLogger("slt")
    if not settings.auth_enabled:
        log.warning(
            "authentication is OFF (MicrosoftAppId is not set): requests are not checked and"
            " the bot posts wherever an activity says; listening on %s %s",
            settings.listen_host,
            "as SLT_HOST says" if settings.host else "only (SLT_HOST changes that)",
        )
    if not settings.admins:
        log.warning("SLT_ADMINS is empty: everyone may link teams to a kommune")


if __name__ == "__main__":
    sys.exit(main())
