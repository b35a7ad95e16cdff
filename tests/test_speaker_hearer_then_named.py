"""The one the words were told to, marked by grammar (a preposition of telling, a Slavic dative),
then a person named in full after it: the person speaks, not the outlet or the reporter. Invented
passages in several languages; the run stays where no described person follows it."""

from __future__ import annotations

from speaker_pages import speakers


def test_a_slavic_dative_outlet_then_the_person() -> None:
    found = speakers("<p>„Nie zamkniemy szkoły” – powiedziała „Gazecie Nadrzecznej” dyrektorka Hanna "
                     "Zielińska-Bór.</p>", lang="pl")
    assert found == ["Hanna Zielińska-Bór"]
    found = speakers("<p>«Мы ждём ответа из области», — сказал журналисту «Северной правды» директор школы "
                     "Павел Ершов.</p>", lang="ru")
    assert found == ["Павел Ершов"]


def test_a_preposition_of_telling_an_outlet_of_several_words_then_the_person() -> None:
    found = speakers("<p>“Faltam enfermeiros no turno da noite”, disse à rádio Voz do Vale o médico Tiago "
                     "Bessa.</p>", lang="pt")
    assert found == ["Tiago Bessa"]
    found = speakers("<p>„Drumul va fi gata în mai”, a declarat pentru Gazeta Văii Mari inginerul Sorin "
                     "Pădureanu.</p>", lang="ro")
    assert found == ["Sorin Pădureanu"]
    found = speakers("<p>«Abriremos el mercado en abril», dijo al diario Voz del Norte la alcaldesa Marta Gil.</p>",
                     lang="es")
    assert found == ["Marta Gil"]


def test_the_run_after_the_verb_is_the_speaker_when_the_one_told_comes_after() -> None:
    found = speakers("<p>„Drumul va fi gata în mai”, a declarat pentru Agerpres Sorin Pădureanu.</p>", lang="ro")
    assert found == ["Sorin Pădureanu"]
    found = speakers("<p>„Nie zamkniemy szkoły” – powiedziała Hanna Zielińska dziennikowi lokalnemu.</p>", lang="pl")
    assert found == ["Hanna Zielińska"]
    found = speakers("<p>«Мы ждём ответа из области», — сказал Павел Ершов журналисту газеты.</p>", lang="ru")
    assert found == ["Павел Ершов"]


def test_a_place_after_the_outlet_is_no_speaker() -> None:
    found = speakers("<p>Marta Gil dirige el mercado.</p><p>«Abriremos el mercado en abril», dijo al diario Voz "
                     "del Norte en el Mercado Central.</p>", lang="es")
    assert "Mercado Central" not in found and "Central" not in found
    found = speakers("<p>Tiago Bessa trabalha no hospital.</p><p>“Faltam enfermeiros”, disse à rádio Voz do Vale "
                     "na Praça Nova.</p>", lang="pt")
    assert "Praça Nova" not in found
    found = speakers("<p>Sorin Pădureanu conduce șantierul.</p><p>„Drumul va fi gata în mai”, a declarat pentru "
                     "Radio Sud la Primăria Veche.</p>", lang="ro")
    assert "Primăria Veche" not in found


def test_a_fronted_phrase_of_company_names_the_one_spoken_with_the_subject_after_the_verb() -> None:
    found = speakers("<p>Im Gespräch mit der Reporterin Lea Brandt erklärte die Bäckerin Ilse Wurm: „Seit dem "
                     "Umbau kommt niemand mehr.“</p>", lang="de")
    assert found == ["Ilse Wurm"]
    found = speakers("<p>En conversación con el periodista Luis Mora explicó la alcaldesa Ana Ruiz: «El puente "
                     "estará listo en mayo».</p>", lang="es")
    assert found == ["Ana Ruiz"]


def test_the_subject_before_the_verb_stays_when_the_companion_is_only_described() -> None:
    found = speakers("<p>Rob Tate, who farms with his brother Sam Tate, said: “The field has flooded twice.”</p>")
    assert found == ["Rob Tate"]
    found = speakers("<p>Speaking with Dan Ashby, Rob Tate said: “The field has flooded twice.”</p>")
    assert found == ["Rob Tate"]
    found = speakers("<p>Zusammen mit ihrem Mann Otto Wurm führt Ilse Wurm die Bäckerei. Sie sagte: „Seit dem "
                     "Umbau kommt niemand mehr.“</p>", lang="de")
    assert found == ["Ilse Wurm"]
