"""A quotation whose incise has a verb of saying in the plural, with a pronoun or no subject ("„…“, sagten
sie.", "«…», dijeron.", "« … », ont-elles dit."), is a group's: none of the people named before it one by
one. The must-not-fire cases keep the name: the verb in the singular, German "Sie" of address, a subject
named after the plural verb, English "they"."""

from __future__ import annotations

import speaker_pages

PAIRS = {
    "de": ("<p>Greta Holm und Jonas Adler warteten am Steg.</p>", ("<p>„Wir gehen hier nicht weg, was auch kommt“, "
           "sagten sie.</p>")),
    "nl": ("<p>Greta de Wit en Jonas Mulder wachtten bij de steiger.</p>", ("<p>„Wij gaan hier niet weg, wat er ook "
           "komt”, zeiden ze.</p>")),
    "fr": ("<p>Odile Marnay et Jules Berthet attendaient sur le quai.</p>", ("<p>« Nous ne partirons pas d’ici, "
           "quoi qu’il arrive », ont-ils dit.</p>")),
    "es": ("<p>Lucía Ferrán y Tomás Ribera esperaban en el muelle.</p>", ("<p>«No nos vamos de aquí, pase lo que "
           "pase», dijeron.</p>")),
    "it": ("<p>Bruna Tessari e Marco Fiore aspettavano sul molo.</p>", ("<p>«Non ce ne andiamo, qualunque cosa "
           "succeda», hanno detto.</p>")),
    "pt": ("<p>Rita Sampaio e Nuno Faria esperavam no cais.</p>", ("<p>«Não saímos daqui, aconteça o que "
           "acontecer», disseram.</p>")),
}


def test_a_plural_incise_gives_the_group_not_the_last_person() -> None:
    for lang, (names, quote) in PAIRS.items():
        assert speaker_pages.speakers(names + quote, lang=lang) == [None], lang


def test_a_singular_or_named_incise_keeps_the_speaker() -> None:
    # must not fire: a verb in the singular (de, es), English "they" (it may be one person)
    assert speaker_pages.speakers("<p>Greta Holm wartete am Steg.</p><p>„Ich gehe hier nicht weg, was auch "
                                  "kommt“, sagte sie.</p>", lang="de") == ["Greta Holm"]
    assert speaker_pages.speakers("<p>Lucía Ferrán esperaba en el muelle.</p><p>«No me voy de aquí, pase lo "
                                  "que pase», dijo.</p>", lang="es") == ["Lucía Ferrán"]
    assert speaker_pages.speakers("<p>Sam Okafor waited on the jetty.</p><p>“We are not leaving, whatever "
                                  "happens,” they said.</p>") == ["Sam Okafor"]


def test_the_plural_verb_is_read_in_the_incise_only() -> None:
    from cleanpage.speakers import plural_incise

    assert plural_incise(", sagten sie. Dann gingen sie.")
    assert plural_incise(" — сказали они.")
    assert not plural_incise(", sagten Sie.")  # the German "you" of address: the one spoken to
    assert not plural_incise(", sagte sie.")
    assert not plural_incise(". Sagten sie das wirklich?")  # a new sentence, not the incise
    assert not plural_incise(", dijeron los vecinos del puerto.")  # a subject after the verb: read elsewhere
