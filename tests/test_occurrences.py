"""Occurrences finds a string where a str.find loop finds it, from its index as from str.find."""

from __future__ import annotations

import random

import pytest

from cleanpage import occurrences
from cleanpage.occurrences import Occurrences

# letters of several scripts, a digit, the underscore and marks that end or join words
CHARACTERS = "aab Lée_'’-. ,1\n\u00a0ßİж"
# names and words that hold them, and what stands between words
WORDS = ("Ann", "Lee", "Leeds", "Annabel", "Kinslee", "Leeann", "Ann_Lee", "Ölund", "Lund")
BETWEEN = (" ", "  ", "-", "’s ", ", ", ".", "")


def found(text: str, string: str, step: int) -> list[int]:
    """The places a str.find loop gives: from the last place + 1 (every one) or + len (apart)."""
    places, at = [], text.find(string)
    while at >= 0:
        places.append(at)
        at = text.find(string, at + (step or len(string)))
    return places


@pytest.mark.parametrize("finds_before_index", [0, occurrences.FINDS_BEFORE_INDEX])
def test_places_are_those_str_find_gives(monkeypatch, finds_before_index: int) -> None:
    monkeypatch.setattr(occurrences, "FINDS_BEFORE_INDEX", finds_before_index)
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(0, 120))) if rng.random() < 0.5 \
            else "".join(rng.choice(WORDS) + rng.choice(BETWEEN) for _ in range(rng.randint(0, 30)))
        places = Occurrences(text)
        for _ in range(30):
            at = rng.randrange(len(text) + 1)
            string = text[at:at + rng.randint(1, 9)] if rng.random() < 0.6 and at < len(text) \
                else "".join(rng.choice(CHARACTERS) for _ in range(rng.randint(1, 6)))
            assert list(places.starts(string)) == found(text, string, 1), (text, string)
            assert list(places.apart(string)) == found(text, string, 0), (text, string)


def test_a_name_is_found_inside_longer_words_and_at_a_word_end() -> None:
    text = "Ann Lee met Kinslee in Leeds. Ann Leeward and Ann Lee’s boat; Jo-Ann Lee left."
    places = Occurrences(text)
    places.finds = occurrences.FINDS_BEFORE_INDEX  # the next lookups read the index
    assert list(places.starts("Lee")) == found(text, "Lee", 1)
    assert list(places.starts("Ann Lee")) == [0, 30, 46, 65]  # in "Ann Leeward" and "Jo-Ann Lee" too
    assert places.runs is not None  # the index answered
    assert list(places.starts("Ann Lee’s")) == [46]
    assert list(places.starts("Zora")) == []
