"""A dialogue's question whose incise names the one it asks as English "asked X of Y, the …" or German
"fragte X die Wirtin Y" is answered by that person: the next paragraph that is a quotation alone is theirs.
Not where English "of" says where the asker is from (no description after the name), nor a German body
named without an office or a trade before it."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format
ANSWER_EN = P("“Only when the channel stays clear of ice, and not a day before.”")
ANSWER_DE = P("„Nur wenn der Kanal eisfrei bleibt, und keinen Tag früher.“")


def test_english_asked_of_a_described_person() -> None:
    assert speaker_pages.speakers(P("“Will the barge still run in January?” asked the reporter Wil Harrow of "
                                    "Maud Kettering, the lock keeper.") + ANSWER_EN) \
        == ["Wil Harrow", "Maud Kettering"]


def test_german_asked_the_innkeeper() -> None:
    assert speaker_pages.speakers(P("„Fährt der Lastkahn auch im Januar?“, fragte Wil Harrow die Schleusenwärterin "
                                    "Maud Kettering.") + ANSWER_DE, lang="de") == ["Wil Harrow", "Maud Kettering"]


def test_of_a_place_or_a_body_is_no_one_asked() -> None:
    # must not fire: "of" giving where the asker is from, a German body named with no office, a statement
    assert speaker_pages.speakers(P("“Will the barge still run in January?” asked Wil Harrow of Millbrook "
                                    "Farm.") + ANSWER_EN)[1] != "Millbrook Farm"
    assert speaker_pages.speakers(P("„Fährt der Lastkahn auch im Januar?“, fragte Wil Harrow die Stadtwerke "
                                    "Nordheim.") + ANSWER_DE, lang="de")[1:] != ["Stadtwerke Nordheim"]
    assert speaker_pages.speakers(P("“The barge will run in January,” Wil Harrow told Maud Kettering, the lock "
                                    "keeper.") + ANSWER_EN)[1] != "Maud Kettering"
