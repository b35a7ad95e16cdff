"""A pronoun subject after an opening participle and its agent ("Cross-examined by prosecutor Ann Lee, he said he
had “…”": _agent_opening in sentence_speaker) stands for the one named before the sentence, not the agent."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_cross_examined_by_the_prosecutor() -> None:
    page = P("Warwick Tennent, 51, denies fraud. Cross-examined by prosecutor Imelda Crewe, he said he had "
             "“never signed a single invoice”.")
    assert speaker_pages.speakers(page) == ["Warwick Tennent"]


def test_french_interroge_par_la_juge() -> None:
    page = P("Gaspard Loiseleur, 47 ans, nie les faits. Interrogé par la juge Armelle Peyrat, il a dit qu'il n'avait "
             "« jamais touché à la caisse ».")
    assert speaker_pages.speakers(page, "fr") == ["Gaspard Loiseleur"]


def test_english_questioned_by_a_councillor() -> None:
    page = P("The harbour master, Colm Arbuthnot, defended the new fees. Questioned by councillor Nerys Pengelly, "
             "he said the fees were “the lowest on this coast”.")
    assert speaker_pages.speakers(page) == ["Colm Arbuthnot"]


def test_a_pronoun_after_a_clause_naming_its_own_subject_still_goes_back_to_that_person() -> None:
    page = P("Warwick Tennent denies fraud. When Imelda Crewe pressed him, he said he had “never signed a "
             "single invoice”.")
    assert speaker_pages.speakers(page) == ["Imelda Crewe"]  # as before: the pronoun after a clause's subject
