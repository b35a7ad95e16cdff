"""Norwegian and Swedish "add" is a separable verb whose particle closes the incise ("legger hun til", "la
Kari Holm til", "lägger han till"): the words between are its subject, a pronoun for the one named
before or a name. Not where "til" does not close the clause ("la … til grunn", "lade … till grund"),
nor past the end of the incise."""

from __future__ import annotations

import speaker_pages


def test_norwegian_present_with_a_pronoun() -> None:
    assert speaker_pages.speakers("<p>Sigrid Aasheim eier bakeriet ved kaia. «Om vinteren er det stille», legger "
                                  "hun til.</p>", lang="nb") == ["Sigrid Aasheim"]


def test_norwegian_past_with_a_pronoun() -> None:
    assert speaker_pages.speakers("<p>Sigrid Aasheim eier bakeriet ved kaia. «Om vinteren er det stille», la hun "
                                  "til.</p>", lang="nb") == ["Sigrid Aasheim"]


def test_swedish_present_with_a_pronoun() -> None:
    assert speaker_pages.speakers("<p>Göran Lindquist äger varvet i hamnen. ”På vintern är det tyst”, lägger han "
                                  "till.</p>", lang="sv") == ["Göran Lindquist"]


# where it must not fire


def test_til_that_does_not_close_the_clause() -> None:
    assert speaker_pages.speakers("<p>Sigrid Aasheim eier bakeriet ved kaia. Nabokona Turid Flaten er uenig. «Om "
                                  "vinteren er det stille», la hun til grunn for søknaden.</p>", lang="nb") \
        != ["Sigrid Aasheim"]


def test_swedish_till_that_does_not_close_the_clause() -> None:
    assert speaker_pages.speakers("<p>Göran Lindquist äger varvet i hamnen. Grannen Berit Sandell håller inte med. "
                                  "”På vintern är det tyst”, lade hon till grund för sitt svar.</p>", lang="sv") \
        != ["Göran Lindquist"]


def test_til_past_the_end_of_the_incise() -> None:
    assert speaker_pages.speakers("<p>Sigrid Aasheim eier bakeriet ved kaia. «Om vinteren er det stille», la "
                                  "Turid Flaten. Hun nikket til.</p>", lang="nb") != ["Sigrid Aasheim"]


def test_a_name_between_the_parts() -> None:
    assert speaker_pages.speakers("<p>«Om vinteren er det stille», la bakeren Sigrid Aasheim til.</p>",
                                  lang="nb") == ["Sigrid Aasheim"]
