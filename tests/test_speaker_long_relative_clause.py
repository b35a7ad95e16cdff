"""A speaker named in full at the start of the sentence, a long relative clause between the name and the
verb of saying, and a short piece of what they said in quote marks at its end ("Ann Lee, who has run the
only pharmacy … and whose …, said the closure would be “a grave mistake”"): the piece is listed as theirs.
The name is read however far back in its sentence (sections._named_reporter, the sentence's whole length),
however long the clause and whatever commas it holds (speakers._relative_clause_subject), and a piece in
lower case that looks like Title Case because German writes its nouns so is no title (sections._reported_lower).
A clause set off after a name with no relative pronoun, or a sentence opening on no name, gives no one."""

from __future__ import annotations

import speaker_pages


def test_a_long_relative_clause_in_english() -> None:
    page = ("<p>Ottilie Brackwater, who has run the only pharmacy on the island since 1991 and whose two "
            "assistants left last winter for jobs on the mainland, said on Monday that the closure would be "
            "“a grave mistake”.</p>")
    assert speaker_pages.quotes(page) == [("“a grave mistake”", "Ottilie Brackwater")]


def test_commas_inside_the_clause_in_spanish_and_danish() -> None:
    spanish = ("<p>Remedios Ulloa Carvajal, que fue cartera rural durante veinte años en dos comarcas y que hoy, "
               "ya retirada, preside la cofradía de Puertollano, aseguró que el cierre «deja la sierra sin "
               "correo».</p>")
    assert speaker_pages.speakers(spanish, "es") == ["Remedios Ulloa Carvajal"]
    danish = ("<p>Birthe Skovgaard, der i femten år har drevet færgekroen og selv sejler post over, når vejret "
              "er dårligt, siger, at nedlæggelsen er »et slag for øen«.</p>")
    assert speaker_pages.speakers(danish, "da") == ["Birthe Skovgaard"]


def test_a_long_clause_in_swedish_and_italian() -> None:
    swedish = ("<p>Gunnel Åkerfeldt, som i trettio år har skött byns enda bensinmack och som förra hösten körde "
               "ut ved till äldre med traktor, säger att beslutet är ”ett hårt slag för Stormyra”.</p>")
    assert speaker_pages.speakers(swedish, "sv") == ["Gunnel Åkerfeldt"]
    italian = ("<p>Ornella Zampieri, che da vent’anni gestisce la farmacia sopra Val Brenzone e che l’inverno "
               "scorso ha organizzato le consegne a domicilio dopo la neve, ha detto ai cronisti che la scelta "
               "«era sbagliata fin dall’inizio».</p>")
    assert speaker_pages.speakers(italian, "it") == ["Ornella Zampieri"]


def test_a_german_piece_with_capitalised_nouns() -> None:
    page = ("<p>Waltraud Eichenberger, die seit 1994 die einzige Bäckerei im Ort führt und im Stadtrat zweimal "
            "gegen den Umbau des Marktplatzes gestimmt hat, sagte am Dienstag, man habe „den Markt Jahr für Jahr "
            "verkommen lassen“.</p>")
    assert speaker_pages.speakers(page, "de") == ["Waltraud Eichenberger"]


def test_a_german_title_in_capitals_stays_out() -> None:
    page = "<p>Waltraud Eichenberger las am Dienstag aus ihrem Buch „Der Markt Von Morgen“ vor.</p>"
    assert speaker_pages.speakers(page, "de") == []


def test_a_sentence_opening_on_no_name_gives_no_one() -> None:
    page = ("<p>The report, which the council commissioned in 2019 and which cost more than the new bridge "
            "itself, said the plan was “simply unaffordable”.</p>")
    assert speaker_pages.speakers(page) in ([], [None])


def test_a_relative_clause_on_the_holder_of_a_view() -> None:
    polish = ("<p>Zdaniem Bogumiły Pawlikowskiej, która od lat prowadzi przystań nad Wdą i sama trzy razy "
              "wzywała straż do kajakarzy, nowa trasa jest „zbyt niebezpieczna dla dzieci”.</p>")
    assert speaker_pages.speakers(polish, "pl") == ["Bogumiła Pawlikowska"]
    english = ("<p>According to Ottilie Brackwater, who has run the pharmacy on the island since 1991 and whose "
               "two assistants left in May, the closure is “a grave mistake for all of us”.</p>")
    assert speaker_pages.speakers(english) == ["Ottilie Brackwater"]


def test_a_relative_clause_on_the_holder_then_someone_else_speaking() -> None:
    page = ("<p>According to Ottilie Brackwater, who has run the only pharmacy on the island since 1991 and "
            "whose two assistants left last winter for the mainland, the mayor Tom Berge said it was “a grave "
            "mistake for everyone here”.</p>")
    assert speaker_pages.speakers(page) != ["Ottilie Brackwater"]
