"""A paragraph that is a quotation alone, after prose about one person: theirs (LastPerson.quoted_alone), though
a paragraph between quotes a few words that are no one's speech, a name or a term ("The boat is called
»Marie«.", "The diary calls them “the idle young”."; _quotes_words). Words quoted beside a verb of saying
("“Good riddance,” he joked.") or a sentence quoted in full still end the search: someone else may speak."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_scare_quote_in_a_paragraph_between() -> None:
    page = (P("Maud Trelawney-Price was 22 when she joined the valley's lifeboat crew in 1981. She retired this "
              "month as its longest-serving member.")
            + P("The crew was set up after a campaign that the paper at the time called “a folly”. Three of the "
                "first eight stayed beyond a year.")
            + P("Trelawney-Price went on to lead the station for fifteen years.")
            + P("“I cried, which I had sworn I would not do. Forty-one years, and the maroons got me.”"))
    assert speaker_pages.speakers(page) == ["Maud Trelawney-Price"]


def test_danish_boat_name_in_guillemets_between() -> None:
    page = (P("Fisker Jens Ove Bækgaard har sejlet fra havnen i Skagen i over tredive år.")
            + P("Kutteren hedder »Karen«, efter hans mormor. Den blev bygget i 1968.")
            + P("»Havet har ændret sig. Der er færre fisk og flere lystbåde end før.«"))
    assert speaker_pages.speakers(page, "da") == ["Jens Ove Bækgaard"]


def test_german_term_in_quotes_between() -> None:
    page = (P("Die Imkerin Hiltrud Sommerfeld-Kaus hält seit zwanzig Jahren Bienen am Waldrand.")
            + P("Im Dorf nennt man ihren Garten nur „das Summfeld“. Im Winter ruhen dort vierzig Völker.")
            + P("„Ich habe in diesem Jahr elf Völker verloren. So schlimm war es noch nie.“"))
    assert speaker_pages.speakers(page, "de") == ["Hiltrud Sommerfeld-Kaus"]


def test_short_words_said_between_still_end_it() -> None:
    page = (P("Maud Trelawney-Price was 22 when she joined the valley's lifeboat crew in 1981.")
            + P("A colleague who served with her for years was less sentimental. “Good riddance,” he joked.")
            + P("“I cried, which I had sworn I would not do. Forty-one years, and the maroons got me.”"))
    assert speaker_pages.speakers(page)[-1] is None
