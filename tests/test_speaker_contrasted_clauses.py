"""Two people quoted in one sentence, the second brought in by a clause that "but" opens right after the
first quotation ("Ann Lee called it “…”, but the opposition's spokesman, Tom Berge, said it was “…”"):
the first quotation is the first clause's subject's, not the one the "but" clause names
(speakers.CONTRASTED_AFTER_RE, as after "while")."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


# (the German second quotation, reported speech in the subjunctive, is checked for its first one only)
@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("en", ("<p>The harbour master, Mara Lindqvist, called the plan “the boldest in a generation”, but the "
           "opposition’s transport spokesman, Tom Berge, said it was “a raid on the fishing fleet dressed up as "
           "progress”.</p>"), ["Mara Lindqvist", "Tom Berge"]),
    ("de", ("<p>Die Hafenmeisterin, Henrike Obermaier, nannte den Plan „den mutigsten seit einer Generation“, aber "
           "der Sprecher der Opposition, Paul Weber, sagte, er sei „ein Raubzug an der Fischereiflotte im Gewand "
           "des Fortschritts“.</p>"), ["Henrike Obermaier"]),
])
def test_a_but_clause_after_a_quote_names_the_next_quote_s_speaker(lang, paragraph, expected) -> None:
    assert speakers(paragraph, lang)[:len(expected)] == expected
