"""A German noun for a person right before the name (a relation, a trade, a role: "die Nachbarin Eva Ott",
"Sein Sohn Jan Holm", "Gärtnerin Ute Rahn") is no part of the name: German capitalises every noun, so
the word is read as one where the page writes it after an article or a possessive before a name, or
where it is a woman's agent noun ("-erin", "-orin", "-arin"). Not a first name after an article before
its surname alone, not a first name of that ending, not a body's name. And a subject after its
verb with an article and a noun before it ("Am Abend erklärte die Bürgermeisterin Eva Ott:") is the
name, not the noun of the phrase in front of the verb, nor the noun."""

from __future__ import annotations

import speaker_pages


def test_a_relation_after_its_article_is_dropped() -> None:
    assert speaker_pages.speakers("<p>„Der Zaun steht auf unserem Grund“, sagte die Nachbarin Wiebke Sandmann "
                                  "am Dienstag.</p>", lang="de") == ["Wiebke Sandmann"]


def test_a_relation_after_a_possessive_is_dropped() -> None:
    assert speaker_pages.speakers("<p>Sein Enkel Lorenz Hufnagel schrieb: „Der Hof bleibt in der Familie.“</p>",
                                  lang="de") == ["Lorenz Hufnagel"]


def test_a_trade_the_page_writes_after_an_article_is_dropped_where_it_stands_bare() -> None:
    assert speaker_pages.speakers("<p>Der Schmied Albin Kratochwil kennt das Tal seit vierzig Jahren.</p>"
                                  "<p>„Das Eisen ist teurer geworden“, sagt Schmied Albin Kratochwil.</p>",
                                  lang="de") == ["Albin Kratochwil"]


def test_a_womans_agent_noun_alone() -> None:
    assert speaker_pages.speakers("<p>„Wir spielen auch im Regen“, sagte Gärtnerin Henrike Lamprecht.</p>",
                                  lang="de") == ["Henrike Lamprecht"]


def test_a_dutch_leader_compound_before_the_name() -> None:
    assert speaker_pages.speakers("<p>Fractieleider Wubbo Terpstra reageerde: „Wie gaat dat betalen?”</p>",
                                  lang="nl") == ["Wubbo Terpstra"]


def test_a_subject_after_its_verb_behind_an_article_and_an_office() -> None:
    assert speaker_pages.speakers("<p>Nach einer langen Sitzung erklärte die Bürgermeisterin Gerlinde Aschauer: "
                                  "„Das Freibad bleibt offen.“</p>", lang="de") == ["Gerlinde Aschauer"]


def test_a_subject_after_its_verb_behind_an_article_and_a_relation() -> None:
    assert speaker_pages.speakers("<p>Am Abend sagte der Nachbar Ottokar Weinzierl: „Wir haben nichts "
                                  "gehört.“</p>", lang="de") == ["Ottokar Weinzierl"]


# where it must not fire


def test_a_surname_in_er_after_a_first_name_stays() -> None:
    assert speaker_pages.speakers("<p>„Der Zaun steht auf unserem Grund“, sagte die Nachbarin Petra Schneider."
                                  "</p><p>„Das stimmt nicht“, sagte Jens Müller.</p>", lang="de") \
        == ["Petra Schneider", "Jens Müller"]


def test_a_first_name_after_a_colloquial_article_stays() -> None:
    assert speaker_pages.speakers("<p>Der Sepp Huber ist wieder da. „Das Eisen ist teurer geworden“, sagt Sepp "
                                  "Anton Huber.</p>", lang="de") == ["Sepp Anton Huber"]


def test_a_first_name_ending_in_in_stays() -> None:
    assert speaker_pages.speakers("<p>„Das Eisen ist teurer geworden“, sagte Valentin Egbert Kratochwil.</p>",
                                  lang="de") == ["Valentin Egbert Kratochwil"]


def test_the_article_before_a_first_name_is_passed_alone() -> None:
    assert speaker_pages.speakers("<p>Am Abend erklärte die Gerlinde Aschauer: „Das Freibad bleibt offen.“</p>",
                                  lang="de") == ["Gerlinde Aschauer"]


def test_a_relation_of_someone_after_the_verb_is_not_that_someone() -> None:
    assert not any("Holm" in (name or "") for name in speaker_pages.speakers(
        "<p>Am Abend erklärte die Mutter von Jannik Holmgaard: „Die Hecke muss weg.“</p>", lang="de"))


def test_two_bodies_after_an_article_stay_whole() -> None:
    assert speaker_pages.speakers("<p>Die Stadtwerke Moosbach und die Talnetz AG teilten mit: „Beide Netze werden "
                                  "ab Januar zusammengelegt.“</p>", lang="de") \
        == ["Stadtwerke Moosbach und die Talnetz AG"]
