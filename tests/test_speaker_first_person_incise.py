"""An incise whose subject is "I" ("„…“ vroeg ik de bakker, Joost …", "« … » ai-je demandé à …",
"„…“, fragte ich meine Nachbarin …", "“…,” I said to …") gives the quotation to the one writing: the person
named after the verb is the one spoken to. The page's author where it has one, else no one. Not for an
"I" after the speaker's name, a verb whose subject is someone named, nor "ja" (German "yes")."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_dutch_vroeg_ik() -> None:
    assert speaker_pages.speakers(P("„Waar ligt de sleutel van de schuur?” vroeg ik aan mijn buurvrouw, Geertje "
                                    "Hoekstra."), lang="nl") == [None]


def test_german_fragte_ich() -> None:
    assert speaker_pages.speakers(P("„Wo liegt der Schlüssel für den Schuppen?“, fragte ich meine Nachbarin "
                                    "Hedda Lorenz."), lang="de") == [None]


def test_french_ai_je_demande() -> None:
    assert speaker_pages.speakers(P("« Où est la clé de la remise ? » ai-je demandé à ma voisine, Odile "
                                    "Marchand."), lang="fr") == [None]


def test_swedish_fragade_jag() -> None:
    assert speaker_pages.speakers(P("”Var ligger nyckeln till boden nu?” frågade jag min granne Stina "
                                    "Lindqvist."), lang="sv") == [None]


def test_i_later_in_the_incise_gives_no_writer() -> None:
    # must not fire: "ik" comes after the speaker's name, in a clause of its own
    assert speaker_pages.speakers(P("„De sleutel ligt onder de bloempot, zoals altijd”, zei Geertje Hoekstra, en "
                                    "ik knikte."), lang="nl") == ["Geertje Hoekstra"]


def test_a_named_subject_after_the_verb_stays() -> None:
    # must not fire: the verb's subject is the name ("vroeg Geertje Hoekstra aan mij")
    assert speaker_pages.speakers(P("„Waar ligt de sleutel van de schuur?” vroeg Geertje Hoekstra aan mij."),
                                  lang="nl") == ["Geertje Hoekstra"]


def test_german_ja_is_no_i() -> None:
    # must not fire: "sagte ja" is "said, after all"; Polish "ja" is not read as "I"
    assert speaker_pages.speakers(P("„Der Schlüssel liegt unter dem Blumentopf“, sagte ja schon Hedda Lorenz "
                                    "gestern."), lang="de") != [None]


def test_a_new_sentence_after_the_quote_is_no_incise() -> None:
    # must not fire: the quotation ends its sentence; "I never forgot it." is the next one
    assert speaker_pages.speakers(P("My teacher Hal Brenner always told us, “Measure twice and cut once.” I never "
                                    "forgot it.")) == ["Hal Brenner"]
