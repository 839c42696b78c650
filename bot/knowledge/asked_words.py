"""Word classes of understanding.yaml for questions no plan answers by their kind: a judgment
asked («er SLT-modellen egentlig bra?»), a group asked for by a name the kommune's plan does
not give («finnes det en operativ SLT-gruppe i Jevnaker?») and what is asked of an object
beyond what its answer holds («hvor gammel er SLT-modellen?»). Read by
bot/understanding/opinion.py, bot/understanding/group_lacked.py and
bot/features/rescue/held.py."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from bot.knowledge.form_words import Phrases
from bot.knowledge.provenance import Strict

WordList = Annotated[str, Field(min_length=1, description="words separated by spaces")]


class OpinionWords(Strict):
    """``opinion_asked`` in understanding.yaml: a judgment asked of the SLT work, a group or a
    routine («er SLT-modellen egentlig bra?», «hva synes du om fagteamet?») –
    bot/understanding/opinion.py."""

    starts: WordList = Field(description="a first word of a yes/no question («er», «fungerer»)")
    verdicts: WordList = Field(description="«bra», «nyttig»: the judgment asked")
    not_of_a_thing: WordList = Field(
        description="«er det lurt å …», «er det bra at …»: advice on a step, not a judgment"
    )
    judge: WordList = Field(description="«synes», «mener»: asked with ``you``")
    you: WordList = Field(description="«du», «you»: whose judgment is asked")
    doers: WordList = Field(
        description="«jeg», «vi»: the writer's own step, which keeps «synes du det er lurt at "
        "vi …» advice on it",
    )


class TranslationWords(Strict):
    """``translation_asked`` in understanding.yaml: a word or a text asked in another language
    («what does "hastemøte" mean in English?», «kan du oversette rutinen til polsk?») –
    bot/understanding/translation.py."""

    verbs: WordList = Field(description="«oversett», «translate»: a translation asked")
    languages: WordList = Field(description="«engelsk», «English»: the language asked in …")
    meaning: WordList = Field(description="… with «betyr», «mean», «heter»: a word's translation")


class ToldWords(Strict):
    """``told_only`` in understanding.yaml: a notice pasted into the chat that asks nothing
    («Referat fagteam 12.3: Punkt 4 – …», «Tiltak 22: Sommerjobb … Ansvar: NAV.») –
    bot/understanding/told.py."""

    asking: WordList = Field(description="a question word or a request anywhere: it asks")
    starts: WordList = Field(description="a sentence opening so asks without «?» («kan noen …»)")
    heading: int = Field(ge=1, description="the most words a heading before a colon holds")
    someone: WordList = Field(description="«noen»: a question opening so asks the colleagues")
    before_someone: WordList = Field(description="«kan», «har»: may stand before ``someone``")
    knowing: WordList = Field(description="«vet», «hvem»: what someone knows, the plan may say")
    opens: WordList = Field(
        description="«påminnelse», «innkalling»: a notice opens so, one sentence is enough"
    )


class GroupLackedWords(Strict):
    """``group_lacked`` in understanding.yaml: a question whether the kommune has a group
    another kommune's plan names («har me eit SLT-nettverk?») –
    bot/understanding/group_lacked.py."""

    exists: WordList = Field(description="«finnes det …», anywhere in the question")
    have: WordList = Field(description="«har …» as the first word, with one of ``we`` after it")
    we: WordList = Field(description="«vi», «me», «kommunen»: whose group is asked after «har»")
    heads: WordList = Field(description="word endings that make a name a group's («-gruppe»)")


class BeyondWords(Strict):
    """``asked_beyond`` in understanding.yaml: what a question asks of its object that no plan
    answer holds – a comparison, a history, a replacement – bot/features/rescue/held.py."""

    comparison: Phrases = Field(description="«forskjellen på», «skiller seg»: two things compared")
    history: Phrases = Field(description="«hvor gammel», «opphav»: the object's history")
    replacement: Phrases = Field(description="«er borte», «tar over»: who stands in")
    links: WordList = Field(description="«og», «fra»: the word between what a comparison compares")
    passed_over: WordList = Field(description="«på», «hos»: words passed over to what is compared")


class SmallTalkWords(Strict):
    """``small_talk`` in understanding.yaml: a message that only asks how the bot is («hei bot!
    hvordan har du det i dag?») asks nothing of the plan – bot/understanding/small_talk.py."""

    around: WordList = Field(
        description="greetings, the bot's name, «i dag»: words around small talk, no change"
    )
    phrases: Phrases = Field(description="«hvordan har du det»: how the bot is, asked")


class OffersListedWords(Strict):
    """``offers_listed`` in understanding.yaml: the kommune's help offers asked for as a list
    («hvilke hjelpetilbud kan jeg nevne for foreldrene på foreldremøtet?») –
    bot/features/organisation/offers_listed.py. All folded; ``listing``, ``occasion`` and
    ``audience`` are word starts."""

    listing: WordList = Field(description="«hjelpetilbud»: the offers asked for together")
    tell: WordList = Field(description="«nevne», «liste»: telling of the offers, or a list")
    occasion: WordList = Field(description="«foreldremøt…»: where they are to be told")
    audience: WordList = Field(description="«foreldr…», «elev…»: whom they are told to or for")
    filler: WordList = Field(description="words of such a question that ask nothing else")


__all__ = [
    "BeyondWords",
    "GroupLackedWords",
    "OffersListedWords",
    "OpinionWords",
    "SmallTalkWords",
    "ToldWords",
    "TranslationWords",
]
