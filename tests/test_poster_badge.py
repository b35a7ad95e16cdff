"""A poster's badge in a post's header line ("Top 1% Commenter", a group's "New member"), a <span>
named "badge" or "flair" after the poster's name and beside the post's date, is the forum's
label, not a word of the post; a badge-named <span> inside a sentence stays."""

import cleanpage

REPLIES = [
    ("kettle_fan", "Descale the element with citric acid once a month and the noise goes away for good."),
    ("mara_b", "Mine did the same until I stopped filling it from the hard tap in the garage at home."),
    ("old_tom", "If the base is wet underneath, stop using it and ask the shop for a replacement unit."),
]


def thread(sentence: str = "") -> str:
    posts = "".join(f"<div class='reply'><div class='meta'>{name} · {i + 2}d · <span class='flair'>Top 1% "
                    f"Commenter</span></div><p>{words}</p></div>" for i, (name, words) in enumerate(REPLIES))
    return ("<!doctype html><html><head><title>Why does my kettle rumble?</title></head><body>"
            "<main><h1>Why does my kettle rumble?</h1><p>It started last week and gets louder each "
            f"morning before the water boils, with a crackle near the end.{sentence}</p>{posts}</main></body></html>")


def test_a_posters_badge_goes_and_the_replies_stay() -> None:
    text = cleanpage.clean(thread()).text
    assert "Top 1% Commenter" not in text
    for _name, words in REPLIES:
        assert words in text


def test_a_badge_inside_a_sentence_stays() -> None:
    sentence = " The label says <span class='badge'>energy class A</span> on the box it came in."
    text = cleanpage.clean(thread(sentence)).text
    assert "energy class A" in text
