"""An interview's turns: a question's label and an answer's closing on a full stop as well as a colon
("D. …?" / "R. «…»"), only opening their blocks; a transcript's initials written with full stops ("B.Ż.:"),
resolved to the one person the page names in full with them, a Polish woman named in the instrumental
("Z Martyną Kowalską rozmawiał …") given in the nominative. A lower-case "i" in a question is no reader's "I" (the
Italian article)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_italian_d_and_r_turns() -> None:
    assert speaker_pages.speakers(P("Abbiamo incontrato Rodolfo Ancarani, il fornaio del paese.")
                                  + P("<strong>D.</strong> Quando ha aperto il forno con i suoi fratelli?")
                                  + P("<strong>R.</strong> «Nel novantotto, con due sacchi di farina e molta pazienza.»"),
                                  lang="it") == ["Rodolfo Ancarani"]


def test_polish_initials_with_stops_and_the_instrumental() -> None:
    assert speaker_pages.speakers(P("Z Martyną Kowalską, która od lat prowadzi bibliotekę w Lipnie, rozmawiał Jan Mroczek.")
                                  + P("<strong>Jan Mroczek:</strong> Kto dziś czyta książki?")
                                  + P("<strong>M.K.:</strong> „Biblioteka nie jest tylko wypożyczalnią książek.”"),
                                  lang="pl") == ["Martyna Kowalska"]


def test_english_initials_with_stops() -> None:
    assert speaker_pages.speakers(P("We talked to the baker Orla Penwick about her shop.")
                                  + P("<strong>O.P.:</strong> “The oven is older than I am, and it still works.”")) \
        == ["Orla Penwick"]


def test_an_initial_after_a_sentence_opens_no_question() -> None:
    # must not fire: "D. Moretti" after a sentence is a name's initial, and no "R." answers it
    assert speaker_pages.speakers(P("Abbiamo incontrato Rodolfo Ancarani, il fornaio. Lo ha scritto D. Moretti ieri.")
                                  + P("«Nel novantotto, con due sacchi di farina e molta pazienza», si legge nel verbale."),
                                  lang="it") != ["Rodolfo Ancarani"]


def test_r_without_a_question_before_answers_nothing() -> None:
    # must not fire: an "R." paragraph with no "D. …?" right before it is no answer's turn
    assert speaker_pages.speakers(P("Abbiamo incontrato Rodolfo Ancarani, il fornaio del paese.")
                                  + P("Il consiglio si è riunito ieri sera nella sala grande.")
                                  + P("<strong>R.</strong> «Nel novantotto, con due sacchi di farina e molta pazienza.»"),
                                  lang="it") == [None]


def test_initials_two_people_share_give_no_one() -> None:
    # must not fire: "M.K." opens two names the page gives in full
    assert speaker_pages.speakers(P("Z Martyną Kowalską i Marcinem Kotem z biblioteki w Lipnie rozmawiał Jan Mroczek.")
                                  + P("<strong>M.K.:</strong> „Biblioteka nie jest tylko wypożyczalnią książek.”"),
                                  lang="pl") == [None]


def test_a_name_in_a_not_in_the_instrumental_stays() -> None:
    # must not fire: a nominative ends in "-a", not "-ą"
    assert speaker_pages.speakers(P("Martyna Kowalska kieruje biblioteką w Lipnie od dziesięciu lat.")
                                  + P("<strong>MK:</strong> „Biblioteka nie jest tylko wypożyczalnią książek.”"),
                                  lang="pl") == ["Martyna Kowalska"]
