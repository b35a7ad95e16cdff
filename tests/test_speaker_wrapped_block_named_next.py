"""A block quote a page builder wraps alone in its own <div> is followed by the paragraph after the
wrapper: where that paragraph opens by saying whose words they were ("So said …", "Das sagte …", "Τη
φράση είπε …"), the block is that person's, as an unwrapped block quote is. Not where the wrapper
holds more than the block, holds words of its own, or a heading stands between."""

from __future__ import annotations

import speaker_pages

LEAD = ("<div class='rich-paragraph'><span>The valley town has grown quickly since the new railway opened, and "
        "not everyone is pleased with the pace of building.</span></div><div class='rich-paragraph'><span>The "
        "survey team measured the river bed for three weeks in the spring.</span></div>")
BLOCK = ("<blockquote><span>Every stone tells a story. We read what the river carried a thousand years ago."
         "</span></blockquote>")
AFTER = ("<div class='rich-paragraph'><span>So said the survey geologist Nick Papas, who designed the method."
         "</span></div><div class='rich-paragraph'><span>The report is due in May and will be public.</span></div>")


def test_a_wrapped_block_named_in_the_paragraph_after_its_wrapper() -> None:
    assert speaker_pages.speakers(f"{LEAD}<div class='rich-blockquote'>{BLOCK}</div>{AFTER}") == ["Nick Papas"]


def test_a_block_wrapped_twice_in_german() -> None:
    found = speaker_pages.speakers(
        "<div><span>Die Talstadt ist seit der Eröffnung der neuen Bahnstrecke schnell gewachsen, und nicht alle "
        "sind zufrieden.</span></div><div><div><blockquote><span>Jeder Stein erzählt etwas. Wir lesen, was der "
        "Fluss vor tausend Jahren trug.</span></blockquote></div></div><div><span>Das sagte Lena "
        "Brückner, die die Methode entwickelt hat.</span></div><div><span>Der Bericht erscheint im Mai.</span></div>",
        lang="de")
    assert found == ["Lena Brückner"]


def test_a_wrapped_block_in_greek() -> None:
    found = speaker_pages.speakers(
        "<div><span>Η πόλη της κοιλάδας μεγάλωσε γρήγορα από τότε που άνοιξε η νέα σιδηροδρομική γραμμή.</span>"
        "</div><div><blockquote><span>Κάθε πέτρα λέει μια ιστορία. Διαβάζουμε τι κουβαλούσε το ποτάμι πριν από "
        "χίλια χρόνια.</span></blockquote></div><div><span>Τη φράση είπε ο γεωλόγος της ομάδας Νίκος Παππάς, που "
        "σχεδίασε τη μέθοδο.</span></div><div><span>Η έκθεση θα δημοσιευθεί τον Μάιο.</span></div>", lang="el")
    assert found == ["Νίκος Παππάς"]


# where it must not fire: the wrapper holds a caption too, words of its own, or a heading stands between


def test_a_wrapper_holding_a_caption_after_the_block() -> None:
    found = speaker_pages.speakers(
        f"{LEAD}<div class='rich-blockquote'>{BLOCK}<p class='note'>From the field diary, spring survey.</p></div>"
        f"{AFTER}")
    assert "Nick Papas" not in found


def test_a_wrapper_with_words_of_its_own() -> None:
    found = speaker_pages.speakers(f"{LEAD}<div class='rich-blockquote'>From the field diary: {BLOCK}</div>{AFTER}")
    assert "Nick Papas" not in found


def test_a_heading_between_the_wrapper_and_the_paragraph() -> None:
    found = speaker_pages.speakers(f"{LEAD}<div class='rich-blockquote'>{BLOCK}</div><h2>What comes next</h2>{AFTER}")
    assert "Nick Papas" not in found
