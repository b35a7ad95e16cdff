"""A short quotation right after a quotation whose incise names its speaker by a role noun, a pronoun or
nothing and ends the sentence ("„…“, řekla starostka. „Letos ne.“", "“…,” said the mayor. “Not this
year.”"): the same voice goes on, however few its words (sections._incise_goes_on read for short quotes)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_czech_short_quote_after_a_role_noun_incise() -> None:
    found = speaker_pages.speakers(
        P("Starostka Dolní Vsi Ivana Kolářová oznámila, že lávka bude opravena do jara.")
        + P("„Čekali jsme na peníze dlouho,“ řekla starostka. „Letos to zvládneme.“"), lang="cs")
    assert found == ["Ivana Kolářová", "Ivana Kolářová"]


def test_a_hungarian_short_quote_after_a_dashed_role_incise() -> None:
    found = speaker_pages.speakers(
        P("Tóth Mária, Alsóréti polgármestere bejelentette, hogy tavasszal újranyit a könyvtár.")
        + P("„Az olvasók sokat vártak” – mondta a polgármester. „Megérdemlik az új termet.”"), lang="hu")
    assert found == ["Tóth Mária", "Tóth Mária"]


def test_an_english_short_quote_after_a_pronoun_incise() -> None:
    found = speaker_pages.speakers(
        P("The harbour master, Ann Lowry, announced that the slipway would reopen in April.")
        + P("“We waited a long time for the money to come through,” she said. “Not this year.”"))
    assert found == ["Ann Lowry", "Ann Lowry"]


# where it must not fire


def test_a_short_quote_after_an_incise_naming_someone_else_is_no_continuation() -> None:
    found = speaker_pages.quotes(
        P("The harbour master, Ann Lowry, announced that the slipway would reopen in April.")
        + P("“We waited a long time for the money to come through,” she said. Tom Berge was unmoved: “Not "
            "this year.”"))
    assert ("“Not this year.”", "Ann Lowry") not in found
