"""Speakers the page's layout names: a name on its own line over or under a quotation in a block whose
lines <br> breaks, and an interview set as "Q:" / "A:" turns whose opening names the one person asked."""

from __future__ import annotations

from speaker_pages import speakers

INTRO = "<p>The harbour town of Wexley has a new ferry service, and its passengers have opinions about it.</p>"


def test_name_on_the_line_under_or_over_each_quotation() -> None:
    found = speakers(INTRO + "<p>“Better than we feared. The boats were full every weekend.”<br>Marta Quist, captain"
                     "<br><br>“I never thought I would see a ferry here again.”<br>Jon Bell</p>"
                     "<p>Edda Holm:<br>“The timetable suits the school run at last, every single morning.”</p>")
    assert found == ["Marta Quist", "Jon Bell", "Edda Holm"]


def test_name_after_a_blank_line_when_the_block_holds_nothing_else_in_german_and_french() -> None:
    assert speakers("<p>Der Hafen von Wexley hat eine neue Fähre, und die Fahrgäste haben eine Meinung dazu.</p>"
                    "<p>„Besser als befürchtet. Die Boote waren jedes Wochenende voll.“<br><br>Marta Quist, Kapitänin</p>",
                    "de") == ["Marta Quist"]
    assert speakers("<p>Le port de Wexley a un nouveau ferry, et ses passagers ont un avis.</p>"
                    "<div>« Je ne pensais pas revoir un ferry ici, vraiment pas. »<br><br>— Jon Bell, passager</div>",
                    "fr") == ["Jon Bell"]


def test_a_line_that_is_no_name_or_a_name_leading_into_the_next_quote_names_no_one() -> None:
    found = speakers(INTRO + "<p>“Better than we feared. The boats were full every weekend.”<br><br>Harbour Notes</p>"
                     "<p>“The timetable suits the school run at last, every single morning.”<br>Ann Lee, who runs the café:"
                     "<br><br>“We sell twice the coffee we sold last spring.”</p>")
    assert found[:2] == [None, None]


def test_interview_answers_are_the_one_person_its_opening_names() -> None:
    found = speakers(INTRO + "<p>We spoke to the ferry’s captain, Marta Quist, about her first month.</p>"
                     "<p><strong>Q:</strong> How has the first month gone?</p>"
                     "<p><strong>A:</strong> “Better than we feared. The boats were full every weekend.”</p>"
                     "<p>Q: What about the winter?</p><p>A: “We will run fewer crossings, but we will not stop.”</p>")
    assert found == ["Marta Quist", "Marta Quist"]


def test_interview_answers_name_no_one_where_the_opening_names_two_people() -> None:
    found = speakers(INTRO + "<p>Our reporter Jon Bell spoke to the ferry’s captain, Marta Quist.</p>"
                     "<p>Frage: Wie war der erste Monat?</p>"
                     "<p>Antwort: „Besser als befürchtet. Die Boote waren jedes Wochenende voll.“</p>", "de")
    assert found == [None]


def test_interview_turns_labelled_in_plain_text_give_the_answers_to_the_person_named() -> None:
    found = speakers(INTRO + "<p>We spoke to the ferry’s captain, Marta Quist, about her first month.</p>"
                     "<p>Courier: How has the first month gone?</p>"
                     "<p>Marta Quist: Better than we feared. The boats were full every weekend, even in the rain.</p>")
    assert found == ["Marta Quist"]


def test_plain_labels_that_name_no_one_give_no_quotation() -> None:
    found = speakers(INTRO + "<p>Reader question: Does the ferry run on Sundays?</p>"
                     "<p>Editor’s note: It does, from May until the end of September, twice a day.</p>")
    assert found == []


def test_names_and_quotations_alternating_across_blank_lines_name_first_or_quotation_first() -> None:
    names_first = speakers(INTRO + "<p>Marta Quist, captain<br><br>“Better than we feared. The boats were full every "
                           "weekend.”<br><br>Jon Bell<br><br>“I never thought I would see a ferry here again.”</p>")
    quotes_first = speakers(INTRO + "<p>“Better than we feared. The boats were full every weekend.”<br><br>Marta Quist"
                            "<br><br>“I never thought I would see a ferry here again.”<br><br>Jon Bell, passenger</p>")
    unpaired = speakers(INTRO + "<p>“Better than we feared. The boats were full every weekend.”<br><br>Marta Quist"
                        "<br><br>“I never thought I would see a ferry here again.”</p>")
    assert (names_first, quotes_first, unpaired) == (["Marta Quist", "Jon Bell"], ["Marta Quist", "Jon Bell"],
                                                     [None, None])


def test_bold_name_before_each_quotation_in_its_paragraph_or_over_it() -> None:
    inline = speakers(INTRO + "<p><strong>Marta Quist</strong> “Better than we feared. The boats were full every "
                      "weekend.”</p><p><b>Jon Bell —</b> „Ich hätte nie gedacht, hier wieder eine Fähre zu sehen.“</p>")
    over = speakers(INTRO + "<p><strong>Marta Quist, captain</strong></p><p>“Better than we feared. The boats were "
                    "full every weekend.”</p>")
    assert (inline, over) == (["Marta Quist", "Jon Bell"], ["Marta Quist"])


def test_bold_words_that_are_no_name_before_a_quotation_name_no_one() -> None:
    found = speakers(INTRO + "<p><strong>Important:</strong> “Tickets must be bought before boarding the ferry.”</p>"
                     "<p><strong>Harbour Notes</strong> “Tickets are sold at the kiosk by the harbour wall.”</p>")
    assert found == [None, None]


def test_lettered_answers_without_quote_marks_are_the_interviewees_words() -> None:
    found = speakers(INTRO + "<p>Marta Quist has captained the ferry since it started in the spring.</p>"
                     "<p><b>Q:</b> Why did you take the job?</p>"
                     "<p><b>A:</b> Because nobody else in the town held a master’s ticket.</p>")
    assert found == ["Marta Quist"]


def test_a_help_pages_lettered_answers_are_no_quotations() -> None:
    found = speakers(INTRO + "<p>Our ferry line was founded in 1998 by Marta Quist. Here are the questions asked most.</p>"
                     "<p>Q: Can I bring my bike on board?</p>"
                     "<p>A: Yes, bikes travel free on every crossing except the last one.</p>"
                     "<p>Q: Are return tickets sold on board?</p>"
                     "<p>A: Return tickets are sold at the kiosk and online only.</p>")
    assert found == []


def test_block_quote_whose_last_line_is_a_name_is_that_persons() -> None:
    found = speakers(INTRO + "<blockquote><p>Better than we feared. The boats were full every weekend, even in the "
                     "rain.<br><br>Marta Quist, captain</p></blockquote>")
    assert found == ["Marta Quist"]
