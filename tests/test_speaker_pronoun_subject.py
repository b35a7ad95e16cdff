"""A "he" or "she" after a sentence naming two people stands for the one of them whose gender the page
gives as the pronoun's, else for the sentence's subject, not for the last person it names
(LastPerson.antecedent)."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

SUBJECT_CASES = [
    ("en", "<p>Ann Lee met Tom Berge at the quay on Monday.</p>"
           + "<p>“We ran out of money in the spring,” she said.</p>", "Ann Lee"),
    ("en", "<p>On Monday, Ann Lee spoke with Tom Berge at the quay.</p>"
           + "<p>“We ran out of money in the spring,” she said.</p>", "Ann Lee"),
    ("de", "<p>Anna Lenz traf Tom Berger am Hafen.</p>"
           + "<p>„Uns ging im Frühjahr das Geld aus“, sagte sie.</p>", "Anna Lenz"),
    ("fr", "<p>Anne Leroux a rencontré Tom Berger sur le quai.</p>"
           + "<p>« Nous n’avions plus d’argent au printemps », a-t-elle dit.</p>", "Anne Leroux"),
    ("nl", "<p>Anna de Vries ontmoette Tom Berg op de kade.</p>"
           + "<p>„We hadden in het voorjaar geen geld meer”, zei zij.</p>", "Anna de Vries"),
    ("pt", "<p>Ana Souza encontrou Tomás Berg no cais.</p>"
           + "<p>“Ficamos sem dinheiro na primavera”, disse ela.</p>", "Ana Souza"),
]


@pytest.mark.parametrize(("lang", "html", "expected"), SUBJECT_CASES)
def test_pronoun_stands_for_the_subject(lang, html, expected):
    assert speakers(html, lang) == [expected]


def test_known_gender_picks_among_the_sentence():
    """Spanish and Italian first names say the gender: "ella" is the woman, "él" the man."""
    html = "<p>Ana López se reunió con Tomás Berg en el muelle.</p><p>«Nos quedamos sin dinero», dijo {}.</p>"
    assert speakers(html.format("ella"), "es") == ["Ana López"]
    assert speakers(html.format("él"), "es") == ["Tomás Berg"]
    html = "<p>Tom Berg ha parlato con Giulia Rossi al porto.</p><p>«Siamo rimasti senza soldi», ha detto lei.</p>"
    assert speakers(html, "it") == ["Giulia Rossi"]


def test_honorific_still_decides():
    html = "<p>Ms Lee met Tom Berge at the quay.</p><p>“We ran out of money,” he said.</p>"
    assert speakers(html) == ["Tom Berge"]


@pytest.mark.parametrize(("lang", "html", "expected"), [
    ("en", "<p>Police arrested Tom Berge at the quay on Monday.</p><p>“I did nothing wrong,” he said.</p>",
     "Tom Berge"),
    ("en", "<p>Ann Lee met the engineer Tom Berge at the quay.</p><p>“The wall is cracked,” he said.</p>",
     "Tom Berge"),
    ("en", "<p>Ann Lee and Tom Berge waited at the quay.</p><p>“The wall is cracked,” he said.</p>",
     "Tom Berge"),
    ("es", "<p>La jueza, Ana López, interrogó al acusado, Tomás Berg.</p><p>«Nunca toqué ese dinero», insistió él.</p>",
     "Tomás Berg"),
    ("de", "<p>Anna Lenz traf den Kapitän Tom Berger am Hafen.</p><p>„Die Mauer am Hafen hat seit dem Winter tiefe Risse“, sagte er.</p>",
     "Tom Berger"),
])
def test_object_kept(lang, html, expected):
    """The object stays the pronoun's where no one else is a person, where an article brings them in with a
    role, or where two names share the subject."""
    assert speakers(html, lang) == [expected]


@pytest.mark.parametrize(("lang", "html", "expected"), [
    ("en", "<p>Ann Lee met Tom Berge at the quay on Monday.</p>"
           + "<p>She added: “We ran out of money in the spring.”</p>", "Ann Lee"),
    ("fr", "<p>Anne Leroux a rencontré Tom Berger sur le quai.</p>"
           + "<p>Elle a ajouté : « Nous n’avions plus d’argent au printemps. »</p>", "Anne Leroux"),
    ("es", "<p>Ana Ruiz se reunió con Tomás Berg en el muelle.</p>"
           + "<p>Ella añadió: «Nos quedamos sin dinero en primavera».</p>", "Ana Ruiz"),
])
def test_pronoun_leading_into_the_quote(lang, html, expected):
    """"She added: “…”" reads the sentence before as the incise does."""
    assert speakers(html, lang) == [expected]


def test_lead_pronoun_object_kept():
    html = ("<p>Police arrested Tom Berge at the quay on Monday.</p>"
            "<p>He added: “I did nothing wrong that night.”</p>")
    assert speakers(html) == ["Tom Berge"]


def test_a_reply_is_the_one_spoken_to():
    """A reply answers the one who came to them: the sentence's object, the last named, replies."""
    html = ("<p>Ann Lee found Tom Berge on the quay at dawn.</p>"
            "<p>“Mending the nets again,” he replied.</p>")
    assert speakers(html) == ["Tom Berge"]
