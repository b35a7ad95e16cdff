"""A transcript's turns between two people each named in full by a bold label ("<b>Ann Lee:</b> …" /
"<b>Tom Berge:</b> …", each label opening two turns or more) are each one's words, whether the turn before asks
or not (sections._named_exchange); a list of who is who, each name once, and turns labelled by a role stay
unlisted, and so does a turn that asks (the interviewer's question). Names and words invented."""

from __future__ import annotations

import speaker_pages


def turn(label: str, words: str) -> str:
    return f"<p><strong>{label}:</strong> {words}</p>"


def test_two_named_people_in_turns_each_speak() -> None:
    page = "<p><strong>Transcript, episode 12</strong></p>" \
        + turn("Mara Quillon", "So you left the orchestra to build harpsichords in a barn.") \
        + turn("Edvin Stahl", "Left is kind. I was asked to go. The barn came later.") \
        + turn("Mara Quillon", "And now you send them to nine countries every year.") \
        + turn("Edvin Stahl", "Ten since March. Please do not tell my accountant yet.")
    assert speaker_pages.quotes(page) == [
        ("So you left the orchestra to build harpsichords in a barn.", "Mara Quillon"),
        ("Left is kind. I was asked to go. The barn came later.", "Edvin Stahl"),
        ("And now you send them to nine countries every year.", "Mara Quillon"),
        ("Ten since March. Please do not tell my accountant yet.", "Edvin Stahl")]


def test_german_turns_between_two_named_people() -> None:
    page = turn("Lotte Brandauer", "Sie haben die Bäckerei Ihres Vaters nie übernehmen wollen.") \
        + turn("Henrik Oswald", "Nie. Ich stand jeden Morgen um drei Uhr auf, das reichte mir.") \
        + turn("Lotte Brandauer", "Und jetzt backen Sie doch wieder jeden Samstag für das Dorf.") \
        + turn("Henrik Oswald", "Nur samstags, und nur weil meine Nachbarn so lange gebettelt haben.")
    assert speaker_pages.speakers(page, "de") == ["Lotte Brandauer", "Henrik Oswald", "Lotte Brandauer",
                                                  "Henrik Oswald"]


def test_a_list_of_who_is_who_lists_nothing() -> None:
    page = "<p>On the panel this evening:</p>" \
        + turn("Mara Quillon", "a harpsichord maker from the valley who trained in Antwerp.") \
        + turn("Edvin Stahl", "a retired cellist who now restores old organs for churches.") \
        + turn("Ilse Varga", "a historian of music who has written on the court orchestras.")
    assert speaker_pages.quotes(page) == []


def test_turns_labelled_by_a_role_are_not_an_exchange_of_names() -> None:
    page = turn("Host", "So you left the orchestra to build harpsichords in a barn.") \
        + turn("Guest", "Left is kind. I was asked to go. The barn came later.") \
        + turn("Host", "And now you send them to nine countries every year.") \
        + turn("Guest", "Ten since March. Please do not tell my accountant yet.")
    assert speaker_pages.quotes(page) == []


def test_a_turn_that_asks_stays_unlisted() -> None:
    page = turn("Mara Quillon", "Welcome back to the barn. How long have you built harpsichords here?") \
        + turn("Edvin Stahl", "Since the winter my hands got too stiff for the cello, so nine years.") \
        + turn("Mara Quillon", "And which one of them took you longest to finish?") \
        + turn("Edvin Stahl", "The black one by the door. Four years, and I would still change the lid.")
    assert speaker_pages.speakers(page) == ["Edvin Stahl", "Edvin Stahl"]
