"""A speaker who gives their own name inside the quotation ("My name is …", "Je m'appelle …") is the one
speaking where the sentence names no one else beside the quote: a pronoun or nothing. Words that only look
like an introduction ("I'm Not Sure", "My name is on the list", "I am Ann's sister") name no one."""

from __future__ import annotations

import pytest
from speaker_pages import quotes, speakers


@pytest.mark.parametrize(("page", "lang", "name"), [
    ("<p>“My name is Petra Voskuil, and I have mended nets here since I was nine,” she said.</p>", "en",
     "Petra Voskuil"),
    (("<p>A man in oilskins waved from the slipway.</p><p>“Hello, I’m Caspar Linnehan, and that boat is mine,” "
      "he shouted.</p>"), "en", "Caspar Linnehan"),
    ("<p>« Bonjour, je suis Anouk Ferrand, la nouvelle boulangère », dit-elle.</p>", "fr", "Anouk Ferrand"),
    ("<p>„Ich heiße Hedda Brockhusen und verkaufe hier seit zwanzig Jahren Fisch“, sagt sie.</p>", "de",
     "Hedda Brockhusen"),
    ("<p>« Je m’appelle Lucien Pradelles et je répare des horloges depuis l’enfance », raconte-t-il.</p>", "fr",
     "Lucien Pradelles"),
    ("<p>«Me llamo Remedios Urquiola y cuido este faro desde 1992», explica.</p>", "es", "Remedios Urquiola"),
    ("<p>«Mi chiamo Ettore Bassignani, e questa bottega era di mio nonno», dice.</p>", "it", "Ettore Bassignani"),
    ("<p>„Nazywam się Jadwiga Kostrzewa i uczę w tej szkole od piętnastu lat” – mówi.</p>", "pl",
     "Jadwiga Kostrzewa"),
    ("<p>«Меня зовут Тимофей Ласточкин, я вожу этот паром двадцать лет», — говорит он.</p>", "ru",
     "Тимофей Ласточкин"),
    ("<p>”Jag heter Birgitta Hamrefors och jag har bott på ön hela livet”, säger hon.</p>", "sv",
     "Birgitta Hamrefors"),
])
def test_a_speaker_who_gives_her_own_name_in_the_quote_speaks(page: str, lang: str, name: str) -> None:
    assert speakers(page, lang) == [name]


def test_the_next_paragraphs_bare_quotation_goes_on_in_the_voice_that_introduced_itself() -> None:
    found = speakers("<p>“Hoi, ik ben Maarten Groeneweg en ik vaar hier al dertig jaar,” zegt hij.</p>"
                     "<p>“Mijn opa had al een kotter in deze haven.”</p>", "nl")
    assert found == ["Maarten Groeneweg", "Maarten Groeneweg"]


def test_i_am_and_a_name_the_page_writes_again_is_an_introduction() -> None:
    found = speakers("<p>“I’m Caspar Linnehan, and that boat is mine,” he shouted.</p>"
                     "<p>The harbour master said Caspar Linnehan had paid his berth fees for twenty years.</p>")
    assert found[0] == "Caspar Linnehan"


@pytest.mark.parametrize(("inner", "lang"), [
    ("I am Jewish American, and proud of it", "en"),  # a people's words after "I am"
    ("I am Black British and I grew up two streets from here", "en"),
    ("I’m Team Captain this year, so the kit is my problem", "en"),  # a post
    ("Soy Ingeniero Agrónomo desde hace veinte años", "es"),
    ("Sono Cavaliere del Lavoro da dieci anni", "it"),
    ("Yes, I am Team Captain this year", "en"),  # a word before a comma that greets no one
])
def test_i_am_before_capitalised_words_names_no_one_without_a_greeting_or_the_name_again(inner: str,
                                                                                      lang: str) -> None:
    found = quotes(f"<p>A woman stood by the crates of cod.</p><p>“{inner},” she said.</p>", lang)
    assert [speaker for _text, speaker in found] in ([], [None])


def test_a_name_beside_the_quote_keeps_its_words_however_the_quote_introduces_someone() -> None:
    assert speakers("<p>“My name is Petra Voskuil, she told me the moment we met,” recalled Oona Ferriter.</p>") \
        == ["Oona Ferriter"]


@pytest.mark.parametrize("inner", [
    "I’m Not Sure this harbour will ever see that many boats again",  # capitals that are common words
    "My name is on the list for a berth, but nobody has called me back",  # no name after the words
    "I am Jonah Pelletier’s sister, and I want to know where he is",  # an owner, not a name
    "I’m Harbour Board through and through, always have been",  # an institution's words
    "I am Mayor Lin, and the quay stays open",  # one word of a name after an office
])
def test_words_that_only_look_like_an_introduction_name_no_one(inner: str) -> None:
    found = quotes(f"<p>A woman stood by the crates of cod.</p><p>“{inner},” she said.</p>")
    assert [speaker for _text, speaker in found] in ([], [None])


def test_a_person_spoken_of_inside_the_quote_is_still_no_speaker_beside_an_introduction() -> None:
    assert speakers("<p>“Everyone says Jonah Pelletier will buy the old ferry, but nobody asked him,” she said."
                    "</p>") == [None]
    assert speakers("<p>„Ich heiße Hedda Brockhusen, und Jonah Pelletier hat mir diesen Stand verkauft“, sagt "
                    "sie.</p>", "de") == ["Hedda Brockhusen"]
