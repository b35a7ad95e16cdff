"""Speakers read from the structure of the text around a quotation (who a sentence is about, whose
turn it is), with variants that must keep their answer."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the orchestra story, long enough to read as running text "
                 f"of the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str) -> list[str | None]:
    html = ("<!doctype html><html lang='en'><head><title>Scores | Valley Courier</title></head><body><article>"
            f"<h1>Scores</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


INTRO = "<p>Priya Castellane wrote the score for the film with the singer Dorrit Vale.</p>"


def test_a_pronoun_stands_for_the_subject_not_the_owner_named_after_it() -> None:
    found = speakers(INTRO + "<p>Castellane called Vale’s singing “flawless,” then spoke of her own start in the "
                     "trade. “Nobody in my house played a note, so I learned it all from the radio,” "
                     "she said.</p>")
    assert found == ["Priya Castellane"]


def test_the_subject_wins_over_an_owner_with_a_straight_apostrophe_and_a_full_name() -> None:
    found = speakers(INTRO + "<p>Priya Castellane praised Vale's voice at length after the first night. "
                     "“I wrote the song for a voice like that one, and I will write another,” she said.</p>")
    assert found == ["Priya Castellane"]


def test_an_owner_opening_the_sentence_is_still_who_it_is_about() -> None:
    found = speakers(INTRO + "<p>Castellane praised the band. Vale’s answer came later in the evening. “I only "
                     "sang what was already written on the page for me,” she said.</p>")
    assert found == ["Dorrit Vale"]


def test_an_owner_with_no_subject_named_before_it_keeps_its_answer() -> None:
    found = speakers(INTRO + "<p>After the concert, the hall heard Vale’s encore twice. “I only sang what "
                     "was already written on the page for me,” she said.</p>")
    assert found == ["Dorrit Vale"]


def test_a_dutch_owner_after_the_subject_is_not_who_ze_is() -> None:
    filler = "".join(f"<p>Achtergrond alinea {i} over het orkest, lang genoeg om als lopende tekst van het "
                     f"artikel te lezen.</p>" for i in range(4))
    body = ("<p>Priya Castellane schreef de muziek voor de film met zangeres Dorrit Vale.</p>"
            "<p>Castellane noemde Vale's zang „foutloos”, en vertelde daarna over haar eigen begin. „Bij ons "
            "thuis speelde niemand een noot, dus leerde ik alles van de radio”, zei ze.</p>")
    html = (f"<!doctype html><html lang='nl'><head><title>Muziek</title></head><body><article><h1>Muziek</h1>"
            f"<div>{filler}{body}</div></article></body></html>")
    assert [q.speaker for q in cleanpage.clean(html).quotes] == ["Priya Castellane"]


def test_the_subject_must_be_the_name_right_before_the_owner_in_the_same_sentence() -> None:
    found = speakers(INTRO + "<p>Omar Lindqvist said, “The ones who last here build spare hours into every "
                     "week.” Castellane agreed that spare hours are needed, stating, “There are weeks when the hall "
                     "is booked every evening and we still find the time.” In contrast, at the school, Vale’s time "
                     "was set in advance. She said that if a lesson comes up, she moves it, but as the concert "
                     "nears, focus shifts and “practice on the stage takes priority over the teaching.”</p>")
    assert found == ["Omar Lindqvist", "Priya Castellane", "Dorrit Vale"]


LEE = "<p>Ann Lee has run the valley orchestra for twelve years and has seen three halls close.</p>"
WORDS = "We will keep playing every weekend until the last hall in the valley closes its doors."


def test_a_lead_in_of_someone_elses_words_before_a_quoted_paragraph() -> None:
    for lead in ("Her verdict:", "In her own words:", "Her assessment:"):
        found = speakers(LEE + f"<p>The council has not answered yet. {lead}</p><p>“{WORDS}”</p>")
        assert found == ["Ann Lee"], lead


def test_a_lead_in_of_someone_elses_words_before_a_block_quote() -> None:
    found = speakers(LEE + f"<p>The council has not answered yet. In her words:</p>"
                     f"<blockquote><p>{WORDS}</p></blockquote>")
    assert found == ["Ann Lee"]


def test_their_words_are_the_institution_heard_last() -> None:
    found = speakers("<p>Harbour Labs tested the hall for three weeks. Harbour Labs noted:</p>"
                     "<p>“Fast work on every fix we asked for, and a clear record of each one.”</p>"
                     "<p>Three weeks later the lab sent its findings to the board. In their words:</p>"
                     "<p>“The hall is safe for concerts of any size from today on, with no change.”</p>")
    assert found == ["Harbour Labs", "Harbour Labs"]


def test_owned_words_lead_ins_in_other_languages() -> None:
    cases = (("de", "Anna Roth", "leitet das Orchester seit zwölf Jahren.", "Ihr Fazit:",
              "„Wir spielen jedes Wochenende weiter, bis der letzte Saal im Tal schließt.“"),
             ("es", "Ana Ruiz", "dirige la orquesta desde hace doce años.", "En sus propias palabras:",
              "«Seguiremos tocando cada fin de semana hasta que cierre la última sala del valle.»"),
             ("nl", "Anna de Wit", "leidt het orkest al twaalf jaar.", "In haar woorden:",
              "„We blijven elk weekend spelen tot de laatste zaal in het dal dichtgaat.”"),
             ("it", "Anna Neri", "dirige l'orchestra da dodici anni.", "La sua risposta:",
              "«Continueremo a suonare ogni fine settimana finché l'ultima sala della valle chiude.»"))
    for lang, name, story, lead, quote in cases:
        filler = "".join(f"<p>{name} {story} Paragraph {i}, long enough to read as text.</p>" for i in range(3))
        html = (f"<!doctype html><html lang='{lang}'><head><title>Orchester</title></head><body><article>"
                f"<h1>Orchester</h1><div>{filler}<p>{name} {story} {lead}</p><p>{quote}</p></div></article>"
                "</body></html>")
        assert [q.speaker for q in cleanpage.clean(html).quotes] == [name], lang


def test_a_lead_in_owning_more_than_words_is_not_an_owned_lead() -> None:
    for lead in ("Her hall:", "Their sign on the door of the hall:"):
        found = speakers(LEE + f"<p>The council has not answered yet. {lead}</p><p>“{WORDS}”</p>")
        assert found == [None], lead


def test_a_reviewer_name_masked_by_asterisks_signs_the_quote_above_it() -> None:
    found = speakers("<p>Guests who booked through the box office left these reviews.</p>"
                     "<blockquote><p>“The show was great and the seats were good, we will come back next year.”</p>"
                     "</blockquote><p>– Mar**</p>"
                     "<blockquote><p>“Talented players and a warm hall, with a free drink at the bar after.”</p>"
                     "</blockquote><p>– Jo** Ke****</p>")
    assert found == ["Mar**", "Jo** Ke****"]


def test_a_single_footnote_star_is_no_masked_name() -> None:
    found = speakers("<blockquote><p>“The show was great and the seats were good, we will come back next year.”</p>"
                     "</blockquote><p>– Reviewed by the hall*</p>")
    assert found == [None]


def test_a_credit_line_ending_a_small_header_box_leads_into_the_quote() -> None:
    found = speakers("<div class='tip'><div class='tip-head'><div class='label'>Expert Take</div>"
                     "<div class='who'>From Dana Whitfield,<span> Chief Technology Officer of Tidewater</span></div>"
                     "</div><div class='tip-body'>“A common problem I see is people picking a far server when a "
                     "near one would be twice as fast for them.”</div></div>")
    assert found == ["Dana Whitfield"]


def test_a_large_wrapper_before_the_quote_is_no_header_box() -> None:
    lines = "".join(f"<div>Line {i} of the long section before the quote.</div>" for i in range(8))
    found = speakers(f"<div>{lines}<div>From Dana Whitfield, Chief Technology Officer of Tidewater</div></div>"
                     "<div>“A common problem I see is people picking a far server when a near one would be twice "
                     "as fast for them.”</div>")
    assert found == [None]


BAND = "<p>Tom Rask and Ivo Markel played the last night of the tour together at the old hall.</p>"


def test_a_subject_after_a_fronted_clause_wins_over_the_owner_its_verb_names() -> None:
    for opening in ("After the second encore, Rask", "After a song called “Low Tide,” Rask"):
        found = speakers(BAND + f"<p>{opening} teed up Markel’s solo. “You may know him from the radio, "
                         f"but tonight he plays for us alone,” he said.</p>")
        assert found == ["Tom Rask"], opening


def test_more_than_a_verb_between_subject_and_owner_keeps_the_owner() -> None:
    found = speakers(BAND + "<p>After the second encore, Rask left the stage to the crowd and to Markel’s "
                     "band. “You may know us from the radio, but tonight we play for you alone,” he said.</p>")
    assert found == ["Ivo Markel"]


INTERVIEW = ("<p>For twelve years the cook Mara Lindell has run a small kitchen by the northern forest. "
             "We met her there.</p>")


def test_a_quoted_paragraph_after_an_interview_answer_is_the_answer_set_apart() -> None:
    found = speakers(INTERVIEW + "<p>Why the forest, and not the city?</p>"
                     "<p>Because the fisher brings the catch in the morning. I know where each thing comes from.</p>"
                     "<p>“The forest is a pantry. You only have to learn to read the labels on it.”</p>")
    assert found == ["Mara Lindell"]


def test_a_quoted_paragraph_with_no_question_before_the_answer_stays_unnamed() -> None:
    found = speakers(INTERVIEW + "<p>The forest is close to the kitchen.</p>"
                     "<p>Because the fisher brings the catch in the morning, the menu changes daily.</p>"
                     "<p>“The forest is a pantry. You only have to learn to read the labels on it.”</p>")
    assert found == [None]


def test_someone_unnamed_brought_in_after_the_verb_speaks_not_the_last_person_named() -> None:
    found = speakers(INTERVIEW + "<p>The Courier met one mother, who keeps the village’s only bakery open. "
                     "“I bake at four every morning, rain or snow, and sell out by noon,” she said.</p>")
    assert found == [None]


def test_a_newcomer_inside_the_sentence_in_french_and_german() -> None:
    cases = (("fr", "Mara Lindell tient la cuisine depuis douze ans.",
              ("Nous avons rencontré une habitante qui vit près de la forêt. « La forêt est un garde-manger pour "
               "nous tous, il suffit d’apprendre à la lire », dit-elle.")),
             ("de", "Mara Lindell führt die Küche seit zwölf Jahren.",
              ("Wir trafen eine Anwohnerin, die seit Jahren am Wald lebt. „Der Wald ist eine Speisekammer für uns "
               "alle, man muss ihn nur lesen lernen“, sagt sie.")))
    for lang, intro, body in cases:
        filler = "".join(f"<p>{intro} Absatz {i}, lang genug, um als Text gelesen zu werden.</p>" for i in range(3))
        html = (f"<!doctype html><html lang='{lang}'><head><title>Wald</title></head><body><article><h1>Wald</h1>"
                f"<div>{filler}<p>{body}</p></div></article></body></html>")
        assert [q.speaker for q in cleanpage.clean(html).quotes] == [None], lang


def test_a_newcomer_the_sentence_names_is_that_person() -> None:
    found = speakers(INTERVIEW + "<p>The Courier met one mother, Ivy Sandberg, who keeps the village’s only "
                     "bakery open. “I bake at four every morning, rain or snow, and sell out by noon,” she said.</p>")
    assert found == ["Ivy Sandberg"]


def test_the_newcomers_next_quotation_is_theirs_too() -> None:
    found = speakers(INTERVIEW + "<p>The Courier met one mother, who keeps the village’s only bakery open. "
                     "“I bake at four every morning, rain or snow, and sell out by noon,” she said. “And still the "
                     "queue is longer every winter than the one before.” Her grandson helps on Sundays.</p>")
    assert found == [None, None]


def test_a_name_opening_the_last_sentence_right_after_a_full_stop_is_its_subject() -> None:
    found = speakers("<p>Ann Lee has run the orchestra for years. Ann Lee spoke first at the meeting. Then a guest "
                     "took the stage. Dorrit Vale shrugged. “I only came to listen to the band tonight, not to talk "
                     "about it,” she said.</p>")
    assert found == ["Dorrit Vale"]



BOXED = "“We rehearsed the last movement every night for a month before anyone heard it.”"


def test_a_quotation_boxed_with_a_name_line_under_it_is_that_persons() -> None:
    # the intro's subject would take an unsigned quotation after it; the name under the words wins
    for line in ("Dorrit Vale", "Prof. Dr. Dorrit Vale", "Dorrit Vale, singer"):
        found = speakers(INTRO + f"<div class='box'><div>{BOXED}</div><div>{line}</div></div>")
        assert found == ["Dorrit Vale"], line


def test_a_name_line_outside_a_box_of_two_signs_nothing() -> None:
    # a name heading the next section of running text, a third line in the box: the answer stays
    assert speakers(INTRO + f"<p>{BOXED}</p><div>Dorrit Vale</div><p>She sang the score in a year.</p>") \
        == ["Priya Castellane"]
    assert speakers(INTRO + f"<div><div>{BOXED}</div><div>Dorrit Vale</div><div>The orchestra plays again on "
                    "Friday night at the hall.</div></div>") == ["Priya Castellane"]
    # a line the article gives nowhere else: a box's title as likely as a person's name
    assert speakers(f"<div><div>{BOXED}</div><div>Harbour Voices</div></div>") == [None]


def test_someones_words_set_off_by_dashes_or_commas_are_the_person_named_before() -> None:
    quote = "“I did not come all this way to learn how to wait for anyone”"
    for lead in (f"Her answer – {quote} – drew applause.", f"Her reply, {quote}, drew applause."):
        found = speakers(INTRO + f"<p>Beside her, Dorrit Vale brings a restless energy. {lead}</p>")
        assert found == ["Dorrit Vale"], lead


def test_words_set_off_without_an_owner_keep_no_speaker() -> None:
    # no possessive: the answer is no one's in particular
    found = speakers(INTRO + "<p>Beside her, Dorrit Vale brings a restless energy. The answer – “I did not come all "
                     "this way to learn how to wait for anyone” – drew applause.</p>")
    assert found != ["Dorrit Vale"]
