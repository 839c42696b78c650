"""The public pages the Teams manifest links to: about, privacy (personvern) and terms (vilkår).

Teams shows these links to users and admins before they install the app, so they must
answer without login. Plain Norwegian HTML, no scripts, no tracking.
"""

from __future__ import annotations

from html import escape

from aiohttp import web

STYLE = (
    "body{font-family:'Segoe UI',system-ui,sans-serif;max-width:42rem;margin:2rem auto;"
    "padding:0 1rem;line-height:1.5;color:#242424}h1{font-size:1.5rem}"
)

PAGES: dict[str, tuple[str, list[str]]] = {
    "": (
        "SLT-boten",
        [
            "SLT-boten er en Teams-bot for kommuner som bruker SLT-modellen (Samordning av lokale"
            " rus- og kriminalitetsforebyggende tiltak).",
            "Den svarer på hvem som sitter i politirådet, SLT-nettverket og fagteamet, viser "
            "kommunens rutiner ved bekymring steg for steg, kaller inn til møter og minner om "
            "tiltakene i handlingsplanen.",
            "Svarene kommer fra kommunens egen SLT-plan, og hvert svar sier hvor det kommer fra.",
        ],
    ),
    "personvern": (
        "Personvern i SLT-boten",
        [
            "SLT-rommet er underlagt taushetsplikt. Boten lagrer bare det funksjonene trenger: "
            "hvilken kommune et team bruker, hvordan den når team og personer i Teams, svar på "
            "påminnelser om tiltak (med en eventuell kommentar), påmeldinger og saker til møter.",
            "Boten lagrer og logger aldri annen meldingstekst. Meldinger som ser ut til å "
            "inneholde personopplysninger om en person (for eksempel fødselsnummer, eller navn "
            "sammen med alder, klasse eller helseopplysninger) får en advarsel, og teksten lagres"
            " ikke.",
            "Dataene ligger hos kommunen som drifter boten. Spørsmål om personvern rettes til "
            "SLT-koordinatoren eller kommunens personvernombud.",
        ],
    ),
    "vilkar": (
        "Vilkår for bruk av SLT-boten",
        [
            "SLT-boten er et hjelpemiddel. Kommunens vedtatte planer og rutiner, og lovverket, "
            "gjelder alltid foran botens svar.",
            "Ved akutt fare: ring 112 (politi), 113 (ambulanse) eller barnevernvakten.",
            "Ikke skriv personopplysninger om barn, unge eller familier i SLT-rommet. Enkeltsaker"
            " drøftes bare med samtykke, i kommunens egne systemer.",
        ],
    ),
}


def _html(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="nb"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )


RENDERED = {slug: _html(title, text) for slug, (title, text) in PAGES.items()}


async def page(request: web.Request) -> web.Response:
    slug = request.match_info.get("page", "")
    html = RENDERED.get(slug)
    if html is None:
        raise web.HTTPNotFound(reason="no such page")
    return web.Response(
        text=html,
        content_type="text/html",
        charset="utf-8",
        headers={"Cache-Control": "public, max-age=3600"},
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", page)
    app.router.add_get("/{page:personvern|vilkar}", page)
