"""Speaker forms read as general mechanisms (stacked descriptions, pronouns and the clause a name
stands in), with variants that must keep their answer."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the ferry story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str) -> list[str | None]:
    html = ("<!doctype html><html lang='en'><head><title>Ferries | Harbour Courier</title></head><body><article>"
            f"<h1>Ferries</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_description_in_two_parts_between_the_name_and_the_verb() -> None:
    found = speakers("<p>Ann Lindqvist, a senior analyst at Corvane, the Oslo-based shipping consultancy, told "
                     "the Courier in May that the line was “safe enough for a small coastal route and has led the "
                     "way on new rules.”</p>"
                     "<p>Cmdr. Tom Berge, a spokesperson for the Coastal Watch, the naval unit in the north, told "
                     "Courier reporter Jo Hale on Monday that “the navy is not stopping people from leaving the "
                     "port.”</p>")
    assert found == ["Ann Lindqvist", "Tom Berge"]


def test_a_description_in_two_parts_still_needs_a_person_before_it() -> None:
    found = speakers("<p>In the end, for the owners at Corvane, the Oslo-based shipping consultancy, said in a "
                     "note that the line was “safe enough for a small coastal route and ahead of the rest.”</p>")
    assert found == [None]


def test_a_pronoun_is_not_the_person_compared_with() -> None:
    found = speakers("<p>Ellen Hale had spent years on her own dream of sailing. She was more nervous about it "
                     "than Rose Tamsin was before her first exam. “It was terrifying,” she said.</p>"
                     "<p>Mara Lund sold the boat. Unlike Ann Berge, Lund kept the sails. “It was the right "
                     "call for the family,” she said.</p>")
    assert found == ["Ellen Hale", "Mara Lund"]


def test_a_person_named_after_a_comparison_may_still_speak_later() -> None:
    found = speakers("<p>Ellen Hale was faster than Ann Berge. Ann Berge sold the boat in the spring. "
                     "“It was terrifying,” she said.</p>")
    assert found == ["Ann Berge"]


def test_a_name_and_a_colon_after_a_full_sentence_lead_in_the_next_quote() -> None:
    found = speakers("<p>Both skippers, Caitlyn Lund and Kate Berge, joined the race with the same plan. "
                     "“Racing at night is another sport entirely,” Berge said. “You learn to trust the instruments more "
                     "than your eyes, I suppose.” Lund agreed: “It asks for a calmer head, and a lot of coffee.”</p>")
    assert found == ["Kate Berge", "Kate Berge", "Caitlyn Lund"]


def test_a_name_and_a_colon_after_the_paragraphs_first_quote_stay_its_own() -> None:
    found = speakers("<p>“We won the cup at last, after nine long seasons.” Caitlyn Lund said: “And we will win "
                     "it again next season.”</p>")
    assert found == ["Caitlyn Lund", "Caitlyn Lund"]


def test_a_pronoun_is_not_a_word_of_a_title_in_quote_marks() -> None:
    found = speakers("<p>Mary Lund was impressed with her first and third boxes, which held copies of "
                     "“Kestrel Bay Stories” and “Old Tom Finch and Me.” She loves the wrapping.</p>"
                     "<p>“Both parcels came on time, each wrapped in brown paper with a small "
                     "card,” she says.</p>")
    assert found == ["Mary Lund"]


def test_a_person_named_in_quoted_speech_still_counts_outside_titles() -> None:
    found = speakers("<p>Tom Berge sailed home in May. “I told Ann Lund that the boat would never float again,” "
                     "he said.</p><p>“It was the end of a long summer for the whole crew,” he said.</p>")
    assert found == ["Tom Berge", "Tom Berge"]


def _quotes(body: str) -> list[tuple[str | None, str]]:
    html = ("<!doctype html><html lang='en'><head><title>Ferries | Harbour Courier</title></head><body><article>"
            f"<h1>Ferries</h1><div class='body'>{FILLER}{body}{FILLER}</div></article></body></html>")
    return [(q.speaker, q.text) for q in cleanpage.clean(html).quotes]


def test_a_quotation_card_signed_by_a_name_line_over_a_post_line() -> None:
    found = _quotes("<div class='quote'><blockquote class='quote-card'><div class='quote-card-desc'>\"The Harbour "
                    "Library wants everyone to find the books that make them want to read more.\"</div>"
                    "<div class='quote-card-name'>Ann Lindqvist</div>"
                    "<div class='quote-card-title'>Harbour Library President</div></blockquote></div>")
    assert found == [("Ann Lindqvist", "\"The Harbour Library wants everyone to find the books that make them want "
                                       "to read more.\"")]


def test_a_post_line_under_a_line_not_called_a_name_signs_nothing() -> None:
    found = _quotes("<blockquote class='quote-card'><div class='quote-card-desc'>\"The Harbour Library wants "
                    "everyone to find the books that make them want to read more.\"</div>"
                    "<div class='quote-card-extra'>Ann Lindqvist</div>"
                    "<div class='quote-card-title'>Harbour Library President</div></blockquote>")
    assert [speaker for speaker, _ in found] == [None]


def _in(lang: str, paragraphs: str) -> list[str | None]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Ferries | Harbour Courier</title></head><body>"
            f"<article><h1>Ferries</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_relative_clause_after_a_name_says_who_speaks() -> None:
    found = speakers("<p>The plan drew criticism from Ann Lindqvist, who called it “a waste of money the town "
                     "does not have.”</p><p>It was backed by the mayor, Tom Berge, who said it was “the best "
                     "deal the town has had in fifty years.”</p>")
    assert found == ["Ann Lindqvist", "Tom Berge"]
    assert _in("fr", "<p>Le projet a été critiqué par Ann Lindqvist, qui a déclaré que c’était « un gaspillage "
                     "d’argent que la ville n’a pas du tout ».</p>") == ["Ann Lindqvist"]
    assert _in("es", "<p>El plan fue criticado por Ana Ruiz Lago, quien dijo que era «un derroche de dinero que "
                     "la ciudad no tiene».</p>") == ["Ana Ruiz Lago"]



def test_an_age_then_a_description_between_the_name_and_the_verb() -> None:
    found = speakers("<p>Ann Lindqvist, 54, a retired teacher from Oslo, said the town “never expected to pay so "
                     "much for so little.”</p>")
    assert found == ["Ann Lindqvist"]


def test_a_pronoun_no_one_stands_for_is_the_person_the_next_sentence_opens_with() -> None:
    found = speakers("<p>“We will sail every day of the year, whatever the weather,” she says. Ann Lindqvist has "
                     "run the line since 1990.</p>")
    assert found == ["Ann Lindqvist"]


def test_a_next_sentence_opening_otherwise_names_no_one_for_the_pronoun() -> None:
    found = speakers("<p>“We will sail every day of the year, whatever the weather,” she says. Her neighbour Tom "
                     "Berge is less sure.</p>")
    assert found == [None]


def _block(lead: str, after: str) -> list[str | None]:
    return speakers(f"<p>{lead}</p><blockquote><p>On the cloud service, the game draws each frame smaller and then "
                    f"scales it up to sharpen the picture.</p></blockquote><p>{after}</p>")


def test_a_lead_in_trailing_off_in_an_ellipsis_names_the_block_quotes_speaker() -> None:
    after = "The game runs at medium settings on the service, which players noticed at once."
    assert _block("Streamco confirmed this in a statement…", after) == ["Streamco"]
    assert _block("Streamco confirmed this in a statement...", after) == ["Streamco"]
    assert _block("Streamco confirmed this in a statement:", after) == ["Streamco"]


def test_a_models_name_after_from_in_the_next_paragraph_is_no_source() -> None:
    after = "Not only is the game not true 4K, it runs at medium settings, a step down from the Boxo One X version."
    assert _block("Streamco confirmed this in a statement:", after) == ["Streamco"]
    assert _block("Streamco confirmed this in a statement…", after) == ["Streamco"]
    assert _block("That was the plan.", "That passage, from a speech by committee chair Walter Brennan, "
                                         "was read out twice.") == ["Walter Brennan"]


def test_a_role_word_before_its_holder_is_named_is_the_one_holder_named_later() -> None:
    found = speakers("<p>Lars Lund spoke first. “We will act before the summer is out,” the minister said.</p>"
                     "<p>The minister, Per Holmgren, later met the press.</p>")
    assert found == ["Per Holmgren"]


def test_a_role_word_two_people_hold_names_no_one_later() -> None:
    found = speakers("<p>“We will act before the summer is out,” the minister said.</p>"
                     "<p>The minister, Per Holmgren, later met the former minister, Lars Lund.</p>")
    assert found == [None]


def test_an_incise_set_off_by_commas_right_before_the_quote() -> None:
    found = speakers("<p>The boats, says Ann Lindqvist, “will sail every day of the year, whatever the weather.”</p>"
                     "<p>The fares, Tom Berge insists, “will not rise this year or the next.”</p>")
    assert found == ["Ann Lindqvist", "Tom Berge"]


def test_a_clause_set_off_by_commas_without_a_verb_of_saying_names_no_one() -> None:
    found = speakers("<p>In the spring, the boats, which the town bought in May, “will sail every day of the year, "
                     "whatever the weather.”</p>")
    assert found == [None]


def test_a_legislators_party_and_state_in_brackets_are_no_part_of_the_name() -> None:
    found = speakers("<p>Sen. Ann Lindqvist (D-Maine) said the plan was “a waste of money the town does not "
                     "have.”</p><p>Rep. Tom Berge (R-New York) told reporters the bill was “dead on arrival in the "
                     "House.”</p>")
    assert found == ["Ann Lindqvist", "Tom Berge"]


def test_a_role_word_subject_of_a_reported_clause_is_the_one_who_holds_it() -> None:
    found = speakers("<p>President Tom Berge met the envoy in May.</p>"
                     "<p>Berge is the final decision-maker on any deal and has not committed to any specifics so "
                     "far, Harbour House advisers say.</p>"
                     "<p>The president said on Friday that Norland “will need to offer terms I can accept. Otherwise "
                     "there is no deal at all.”</p>")
    assert found == ["Tom Berge"]


def test_an_embedded_posts_display_name_loses_its_emoji() -> None:
    found = speakers("<blockquote class='twitter-tweet'><p lang='en'>The town really did spend half a million on "
                     "new ferry signs, and nobody can read them.</p>&mdash; Ann E. Lindqvist 🏳️‍🌈 (@annlindq) "
                     "<a href='https://x.invalid/annlindq/status/1'>November 18, 2019</a></blockquote>")
    assert found == ["Ann E. Lindqvist"]


def test_a_quote_paragraph_after_what_she_said_in_reported_speech() -> None:
    found = speakers("<p>Ann Lindqvist spoke to the press on Monday.</p>"
                     "<p>She said openly that the line had never been busier and that she spends every hour on the "
                     "boats.</p><p>“We will sail every day of the year, whatever the weather, and nobody will stop "
                     "us.”</p>")
    assert found == ["Ann Lindqvist"]


def test_a_quote_paragraph_after_a_paragraph_that_reports_no_speech_stays_unnamed() -> None:
    found = speakers("<p>Ann Lindqvist spoke to the press on Monday.</p>"
                     "<p>She walked to the quay and looked at the boats for a long time.</p>"
                     "<p>“We will sail every day of the year, whatever the weather, and nobody will stop us.”</p>")
    assert found == [None]
