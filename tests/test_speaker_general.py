"""General attribution mechanisms, each in several languages, with the variants that must not change:
the writer's own lead-ins, and who a pronoun stands for when a person is named only as an owner.
Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import FILLER

import cleanpage


def _authored(paragraphs: str, lang: str = "en") -> list[str | None]:
    """The speakers of a one-author story page's quotations."""
    html = (f"<!doctype html><html lang='{lang}'><head><title>Notes | Daily Planet</title>"
            "<meta name='author' content='Jo Park'></head><body><article><h1>Notes</h1>"
            f"<div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "All season long I keep reminding the other growers: “Test the soil before you plant anything at all.”"),
    ("en", "I have been saying it for years: “Test the soil before you plant anything at all.”"),
    ("en", "My first thought was: “Test the soil before you plant anything at all, then wait a week.”"),
    ("en", "My advice to anyone starting out is simple: “Test the soil before you plant anything at all.”"),
    ("fr", "Mon conseil : « Analysez la terre avant de planter quoi que ce soit dans le jardin. »"),
    ("de", "Meine Antwort war: „Prüfen Sie den Boden, bevor Sie irgendetwas im Garten pflanzen.“"),
    ("es", "Mi consejo: «Analiza la tierra antes de plantar cualquier cosa en el huerto»."),
    ("it", "Il mio consiglio: «Analizzate il terreno prima di piantare qualsiasi cosa nell’orto»."),
    ("pt", "A minha resposta: «Analisem a terra antes de plantar qualquer coisa na horta»."),
    ("nl", "Mijn advies: „Test de grond voordat je ook maar iets in de tuin plant.”"),
])
def test_the_writers_own_lead_in_gives_the_quote_to_the_author(lang: str, paragraph: str) -> None:
    assert _authored(f"<p>{paragraph}</p>", lang) == ["Jo Park"]


@pytest.mark.parametrize("paragraph", [
    "My mother always said: “Test the soil before you plant anything at all, then wait a week.”",
    "My neighbour Ida Marsh’s advice: “Test the soil before you plant anything at all, then wait a week.”",
    "My garden has a sign on the gate: “Test the soil before you plant anything at all, then wait a week.”",
])
def test_a_lead_in_about_someone_or_something_of_the_writers_is_not_their_own_words(paragraph: str) -> None:
    assert "Jo Park" not in _authored(f"<p>{paragraph}</p>")


def _story(paragraphs: str, lang: str) -> list[str | None]:
    from speaker_pages import speakers
    return speakers(paragraphs, lang)


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("fr", "Solène Marchetaux a salué le travail de Margaux Delorme. « La mairie a l’argent et les ouvriers sont "
           "prêts », a-t-elle dit."),
    ("es", "Remedios Olaizola elogió el plan de Marta Quiroga. «El ayuntamiento tiene el dinero y los obreros "
           "están listos», dijo ella."),
    ("it", "Ottavia Bressanin ha lodato il progetto di Chiara Monti. «Il comune ha i soldi e gli operai sono "
           "pronti», ha detto lei."),
    ("pt", "Benedita Carvalhal elogiou o plano de Joana Tavares. «A câmara tem o dinheiro e os operários estão "
           "prontos», disse ela."),
    ("de", "Henrike Obermaier lobte den Plan von Anna Roth. „Die Stadt hat das Geld, und die Handwerker stehen "
           "bereit“, sagte sie."),
    ("nl", "Wietske Haverkamp prees het plan van Sanne de Boer. „De gemeente heeft het geld en de bouwers staan "
           "klaar”, zei zij."),
])
def test_a_person_named_after_a_noun_and_of_is_whose_not_who_the_pronoun_is(lang: str, paragraph: str) -> None:
    found = _story(f"<p>{paragraph}</p>", lang)
    assert found and found[-1] == paragraph.split()[0] + " " + paragraph.split()[1]


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    # no one else named: the owner is still who the pronoun stands for
    ("fr", "Le projet de Margaux Delorme a convaincu la mairie. « Les ouvriers sont prêts depuis le mois de mars », "
           "a-t-elle dit.", "Margaux Delorme"),
    # the words of someone: the speaker, not an owner
    ("en", "Orla Penwick chaired the meeting. It ended with the words of Ida Marsh, who spoke last. “The builders "
           "are ready to start work in May,” she said.", "Ida Marsh"),
    # German "von" after a verb is the agent of a passive, not an owner
    ("de", "Henrike Obermaier leitete die Sitzung. Der Plan wurde von Anna Roth vorgestellt. „Die Handwerker "
           "stehen bereit“, sagte sie.", "Anna Roth"),
])
def test_an_owner_still_counts_where_nothing_else_names_the_pronouns_person(lang: str, paragraph: str,
                                                                             speaker: str) -> None:
    assert _story(f"<p>{paragraph}</p>", lang)[-1:] == [speaker]


@pytest.mark.parametrize(("lang", "intro", "reported", "quote", "speaker"), [
    ("en", "Orla Penwick, who runs the café on the pier, has followed the plans since spring.",
     "Penwick said the plan had been agreed in March.",
     "“The council has the money, and the builders are ready to start work in May.”", "Orla Penwick"),
    ("fr", "Solène Marchetaux tient depuis dix ans le café au bout de la jetée.",
     "Marchetaux a expliqué que le plan avait été adopté en mars.",
     "« La mairie a l’argent et les ouvriers sont prêts à commencer en mai. »", "Solène Marchetaux"),
    ("es", "Remedios Olaizola lleva diez años al frente del café del muelle.",
     "Olaizola explicó que el plan se aprobó en marzo.",
     "«El ayuntamiento tiene el dinero y los obreros están listos para empezar en mayo».", "Remedios Olaizola"),
    ("nl", "Wietske Haverkamp runt al tien jaar het café aan het einde van de steiger.",
     "Haverkamp zei dat het plan in maart is goedgekeurd.",
     "„De gemeente heeft het geld en de bouwers staan klaar om in mei te beginnen.”", "Wietske Haverkamp"),
])
def test_a_quote_paragraph_after_a_surname_reporting_speech_is_that_persons(lang, intro, reported, quote,
                                                                           speaker) -> None:
    found = _story(f"<p>{intro}</p><p>{reported}</p><p>{quote}</p>", lang)
    assert found[-1:] == [speaker]


@pytest.mark.parametrize("reported", [
    "Penwick said the plan had been agreed in March.",  # a surname never named in full: no one known
    "Penwick’s lawyer said the plan had been agreed in March.",  # someone of hers reports it
])
def test_a_surname_reporting_speech_names_no_one_it_cannot_tell(reported: str) -> None:
    found = _story("<p>The café on the pier has followed the plans since spring. Ida Marsh runs it.</p>"
                   f"<p>{reported}</p><p>“The council has the money, and the builders are ready to start "
                   "work in May.”</p>", "en")
    assert found[-1:] == [None] or not found


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("en", "Orla Penwick hopes that “the council will find the money before the summer season starts.”",
     "Orla Penwick"),
    ("en", "Orla Penwick has long cautioned that “the council will find the money before the summer season "
           "starts.”", "Orla Penwick"),
    ("fr", "Solène Marchetaux nuance que « la mairie trouvera l’argent avant le début de la saison d’été ».",
     "Solène Marchetaux"),
    ("es", "Remedios Olaizola confía en que «el ayuntamiento encontrará el dinero antes del verano».",
     "Remedios Olaizola"),
    ("pt", "Benedita Carvalhal ressalvou que “a câmara vai encontrar o dinheiro antes do verão”.",
     "Benedita Carvalhal"),
    ("de", "Henrike Obermaier hofft, dass „die Stadt das Geld noch vor dem Sommer findet“.", "Henrike Obermaier"),
    ("nl", "Wietske Haverkamp hoopt dat „de gemeente het geld nog voor de zomer vindt”.", "Wietske Haverkamp"),
])
def test_a_quote_right_after_that_is_the_clauses_subjects_whatever_the_verb(lang, paragraph, speaker) -> None:
    assert _story(f"<p>{paragraph}</p>", lang) == [speaker]


@pytest.mark.parametrize("paragraph", [
    # an article in the slot: a thing's words, not the person's
    "Orla Penwick read the sign that “the council will find the money before the summer season starts.”",
    # the name is someone thanked, not the subject of the verb before "that"
    "Tom Marsh thanked Orla Penwick, who hopes that “the council will find the money before the summer starts.”",
])
def test_a_quote_after_that_with_no_person_as_the_verbs_subject_stays_unattributed(paragraph: str) -> None:
    assert _story(f"<p>{paragraph}</p>", "en") in ([], [None])


def test_a_capitalised_run_after_a_or_an_is_a_thing_not_who_she_is() -> None:
    found = _story("<p>Reporters met one mother whose two sons had posed online as a Kayak Rental and an "
                   "Ice Cream Van for a whole summer. “We kept the whole summer quiet, and nobody on the street "
                   "guessed,” she said.</p>", "en")
    assert found in ([], [None])


def test_a_name_after_a_word_ending_in_a_is_still_a_name() -> None:
    found = _story("<p>The idea for the club reached the school via Orla Penwick last spring. “We kept the "
                   "whole summer quiet, and nobody on the street guessed,” she said.</p>", "en")
    assert found == ["Orla Penwick"]


def test_a_capitalised_run_naming_a_document_is_not_who_they_are() -> None:
    found = _story("<p>The Harbour Union projected that waste would double by 2050. In their Coastal Waste "
                   "Outlook report, they stated “Plastic on one shore ends up on every other shore within a year.”</p>",
                   "en")
    assert "Waste Outlook" not in " ".join(s or "" for s in found) and "Coastal Waste" not in " ".join(
        s or "" for s in found)


def test_a_person_who_reports_is_still_who_she_is() -> None:
    found = _story("<p>Orla Penwick reports on the harbour every week for the council. “Uncontrolled waste "
                   "knows no borders and is carried by rivers,” she said.</p>", "en")
    assert found == ["Orla Penwick"]


@pytest.mark.parametrize(("lang", "intro", "quote", "after", "speaker"), [
    ("en", "The pier has been closed since the storm in January.",
     "“The council has the money, and the builders are ready to start work in May.”",
     "Orla Penwick, who runs the café on the pier, said the plan had been agreed in March.", "Orla Penwick"),
    ("fr", "La jetée est fermée depuis la tempête de janvier.",
     "« La mairie a l’argent et les ouvriers sont prêts à commencer en mai. »",
     "Solène Marchetaux, qui tient le café de la jetée, a expliqué que le plan avait été adopté en mars.",
     "Solène Marchetaux"),
    ("es", "El muelle está cerrado desde el temporal de enero.",
     "«El ayuntamiento tiene el dinero y los obreros están listos para empezar en mayo».",
     "Remedios Olaizola, que lleva el café del muelle, explicó que el plan se aprobó en marzo.",
     "Remedios Olaizola"),
])
def test_a_lone_quote_paragraph_is_the_one_the_next_paragraph_opens_by_reporting(lang, intro, quote, after,
                                                                                 speaker) -> None:
    assert _story(f"<p>{intro}</p><p>{quote}</p><p>{after}</p>", lang) == [speaker]


@pytest.mark.parametrize("after", [
    "After the vote, Orla Penwick said the plan had been agreed in March.",  # not who the paragraph opens with
    "Orla Penwick said: “We will see.” The plan had been agreed in March.",  # it quotes on its own
    "The Harbour Trust said the plan had been agreed in March.",  # no person
])
def test_a_next_paragraph_that_does_not_open_by_reporting_a_person_names_no_one(after: str) -> None:
    found = _story("<p>The pier has been closed since the storm in January.</p><p>“The council has the money, "
                   f"and the builders are ready to start work in May.”</p><p>{after}</p>", "en")
    assert found[:1] in ([None], [])


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("en", "<p>Orla Penwick and Tom Marsh spoke at the meeting. Mr Marsh read the figures.</p>"
           "<p>“The council has the money, and the builders are ready to start work in May,” she said.</p>",
     "Orla Penwick"),
    ("en", "<p>Orla Penwick and Tom Marsh spoke at the meeting.</p><p>Ms Penwick chaired it, and Mr Marsh read "
           "the figures.</p><p>“The council has the money, and the builders are ready in May,” she said.</p>",
     "Orla Penwick"),
    ("fr", "<p>Solène Marchetaux et Paul Delorme ont parlé à la réunion. M. Delorme a lu les chiffres.</p>"
           "<p>« La mairie a l’argent et les ouvriers sont prêts à commencer en mai », a-t-elle dit.</p>",
     "Solène Marchetaux"),
    ("de", "<p>Henrike Obermaier und Jonas Roth sprachen bei der Sitzung. Herr Roth las die Zahlen vor.</p>"
           "<p>„Die Stadt hat das Geld, und die Handwerker stehen im Mai bereit“, sagte er.</p>", "Jonas Roth"),
    ("es", "<p>Remedios Olaizola y Mateo Quiroga hablaron en la reunión. La Sra. Olaizola leyó las cifras.</p>"
           "<p>«El ayuntamiento tiene el dinero y los obreros están listos para mayo», dijo él.</p>",
     "Mateo Quiroga"),
])
def test_an_honorific_says_whom_a_gendered_pronoun_cannot_stand_for(lang, paragraphs, speaker) -> None:
    assert _story(paragraphs, lang) == [speaker]


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # no honorific: the person named last, as before
    ("<p>Orla Penwick and Tom Marsh spoke at the meeting. Tom Marsh read the figures.</p>"
     "<p>“The council has the money, and the builders are ready to start work in May,” she said.</p>", "Tom Marsh"),
    # the honorific agrees with the pronoun: the person named last
    ("<p>Orla Penwick and Tom Marsh spoke at the meeting. Mr Marsh read the figures.</p>"
     "<p>“The council has the money, and the builders are ready to start work in May,” he said.</p>", "Tom Marsh"),
])
def test_a_pronoun_with_no_honorific_against_it_stands_for_the_person_named_last(paragraphs, speaker) -> None:
    assert _story(paragraphs, "en") == [speaker]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "She added: “The council has the money, and the builders are ready to start work in May.”"),
    ("en", "Later she told the meeting that “the council has the money, and the builders are ready to start "
           "work in May.”"),
    ("fr", "Elle a ajouté : « La mairie a l’argent et les ouvriers sont prêts à commencer en mai. »"),
])
def test_an_honorific_against_a_leading_pronoun_sends_it_to_the_other_person(lang: str, paragraph: str) -> None:
    intro = {"en": "<p>Orla Penwick and Tom Marsh spoke at the meeting. Mr Marsh read the figures.</p>",
             "fr": "<p>Solène Marchetaux et Paul Delorme ont parlé à la réunion. M. Delorme a lu les chiffres.</p>"}
    assert _story(f"{intro[lang]}<p>{paragraph}</p>", lang) == [
        "Orla Penwick" if lang == "en" else "Solène Marchetaux"]


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("en", "<p>Orla Penwick and Tom Marsh spoke at the meeting. The chairman, Tom Marsh, read the figures.</p>"
           "<p>“The council has the money, and the builders are ready to start work in May,” she said.</p>",
     "Orla Penwick"),
    ("en", "<p>Tom Marsh and Orla Penwick, his wife, spoke at the meeting. Orla Penwick read the figures.</p>"
           "<p>“The council has the money, and the builders are ready to start work in May,” he said.</p>",
     "Tom Marsh"),
    ("fr", "<p>Solène Marchetaux et le trésorier Paul Delorme ont parlé. Paul Delorme a lu les chiffres.</p>"
           "<p>« La mairie a l’argent et les ouvriers sont prêts à commencer en mai », a-t-elle dit.</p>",
     "Solène Marchetaux"),
    ("es", "<p>Mateo Quiroga y la tesorera Remedios Olaizola hablaron. Remedios Olaizola leyó las cifras.</p>"
           "<p>«El ayuntamiento tiene el dinero y los obreros están listos para mayo», dijo él.</p>", "Mateo Quiroga"),
    ("de", "<p>Jonas Weber und Kassiererin Anna Roth sprachen. Anna Roth las die Zahlen vor.</p>"
           "<p>„Die Stadt hat das Geld, und die Handwerker stehen im Mai bereit“, sagte er.</p>", "Jonas Weber"),
])
def test_a_gendered_role_beside_a_name_says_whom_a_pronoun_cannot_stand_for(lang, paragraphs, speaker) -> None:
    assert _story(paragraphs, lang) == [speaker]


def test_a_gendered_role_is_the_full_names_not_the_familys() -> None:
    found = _story("<p>Tom Penwick and his sister Orla Penwick spoke at the meeting. Tom Penwick read the "
                   "figures.</p><p>“The council has the money, and the builders are ready in May,” he said.</p>", "en")
    assert found == ["Tom Penwick"]


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("es", "<p>Marta Quiroga es alcaldesa desde 2021.</p><p>Desde entonces, el muelle sigue cerrado.</p>"
           "<p>«El puerto es la puerta de entrada del pueblo y lo vamos a abrir», aseguró el lunes.</p>",
     "Marta Quiroga"),
    ("it", "<p>Chiara Monti è sindaca dal 2021.</p><p>Da allora il molo è rimasto chiuso.</p>"
           "<p>«Il porto è la porta del paese e lo riapriremo presto», ha assicurato lunedì.</p>", "Chiara Monti"),
    ("pt", "<p>Joana Tavares é presidente da câmara desde 2021.</p><p>Desde então, o cais continua fechado.</p>"
           "<p>«O porto é a porta da vila e vamos reabri-lo em breve», garantiu na segunda-feira.</p>",
     "Joana Tavares"),
])
def test_a_dropped_subject_after_a_sentence_naming_no_one_is_the_person_named_last(lang, paragraphs,
                                                                                   speaker) -> None:
    assert _story(paragraphs, lang) == [speaker]


def test_a_dropped_subject_after_a_sentence_naming_an_institution_stays_unnamed() -> None:
    found = _story("<p>Marta Quiroga es alcaldesa desde 2021.</p><p>La Autoridad Portuaria del Norte cerró el "
                   "muelle en marzo.</p><p>«El puerto es la puerta de entrada del pueblo y lo vamos a abrir», "
                   "aseguró el lunes.</p>", "es")
    assert "Marta Quiroga" not in found


@pytest.mark.parametrize(("lang", "heading", "quote", "speaker"), [
    ("en", "Dana Whitcombe, baker, Quay Street",
     "“We open at five, and the first boat now leaves at seven. My customers are on the other side.”",
     "Dana Whitcombe"),
    ("fr", "Solène Marchetaux, boulangère, quai du Port",
     "« Nous ouvrons à cinq heures, et le premier bateau part maintenant à sept heures. »", "Solène Marchetaux"),
    ("de", "Henrike Obermaier, Bäckerin am Kai",
     "„Wir öffnen um fünf, und das erste Boot fährt jetzt erst um sieben. Meine Kunden wohnen drüben.“",
     "Henrike Obermaier"),
])
def test_a_quote_paragraph_under_a_heading_naming_a_person_is_theirs(lang, heading, quote, speaker) -> None:
    assert _story(f"<h3>{heading}</h3><p>{quote}</p>", lang) == [speaker]


@pytest.mark.parametrize("heading", [
    "Winter Timetable Changes",  # a title in capitals, named nowhere else as a person
    "Harbour Trust",  # an institution
])
def test_a_quote_paragraph_under_a_heading_that_names_no_person_stays_unnamed(heading: str) -> None:
    found = _story(f"<h3>{heading}</h3><p>“We open at five, and the first boat now leaves at seven. My "
                   "customers are on the other side.”</p>", "en")
    assert found in ([], [None])


@pytest.mark.parametrize("incise", ["nous dit-il", "nous confie-t-il", "lui répond-il", "m’explique-t-il",
                                    "nous dit-il, sourire en coin"])
def test_an_object_pronoun_before_an_inverted_verb_and_pronoun_is_still_an_incise(incise: str) -> None:
    found = _story("<p>Karim Benali, qui prend le tram chaque matin, a lancé la pétition en juin.</p>"
                   f"<p>« Six minutes, c’est mieux. Mais il faudra voir si ça tient en hiver », {incise}.</p>", "fr")
    assert found == ["Karim Benali"]


@pytest.mark.parametrize(("lang", "intro", "incise", "speaker"), [
    ("pt", "A garantia foi dada pela secretária de Estado, Helena Vasconcelos, durante uma visita às obras.",
     "disse a ministra", "Helena Vasconcelos"),
    ("pt", "A garantia foi dada pela secretária de Estado, Helena Vasconcelos, durante uma visita às obras.",
     "afirmou a ministra aos jornalistas", "Helena Vasconcelos"),
    ("it", "Il ministro Marco Neri ha visitato il cantiere lunedì mattina.",
     "ha detto il ministro ai cronisti", "Marco Neri"),
    ("en", "Minister Orla Penwick visited the site on Monday morning.",
     "said the minister to reporters", "Orla Penwick"),
])
def test_a_role_after_the_verb_and_before_whom_it_was_said_to_is_the_one_named_before(lang, intro, incise,
                                                                                      speaker) -> None:
    quote = {"pt": "«As travessas estão substituídas em 80% da extensão e as pontes foram todas inspecionadas»",
             "it": "«Le traversine sono state sostituite per l’ottanta per cento della linea»",
             "en": "“The council has the money, and the builders are ready to start work in May,”"}[lang]
    comma = "" if lang == "en" else ","
    assert _story(f"<p>{intro}</p><p>{quote}{comma} {incise}.</p>", lang) == [speaker]


def test_said_a_spokesperson_in_english_still_brings_in_someone_new() -> None:
    found = _story("<p>Orla Penwick runs the pier café.</p><p>“The council has the money, and the builders are "
                   "ready to start work in May,” said a spokesperson.</p>", "en")
    assert "Orla Penwick" not in found


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("nl", "“Veel mensen beseffen niet hoeveel stroom een oven verbruikt”, klinkt het bij de beroepsvereniging "
           "Bakkers Vlaanderen.", "Bakkers Vlaanderen"),
    ("de", "„Viele Menschen wissen nicht, wie viel Strom ein Ofen verbraucht“, heißt es beim Bäckerverband "
           "Nordbaden.", "Bäckerverband Nordbaden"),
])
def test_an_impersonal_verb_of_saying_at_a_named_body_is_that_bodys(lang, paragraph, speaker) -> None:
    assert _story(f"<p>{paragraph}</p>", lang) == [speaker]


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("pt", "<p>Joana Tavares, 68 anos, viaja duas vezes por semana para o hospital. Não esconde o cansaço. "
           "«Isto é um castigo para quem é velho e não tem carro», desabafa.</p>", "Joana Tavares"),
    ("it", "<p>Chiara Monti guida il comitato da tre anni.</p><p>«Nessuno ci ha mai chiesto nulla del secondo "
           "ponte sul fiume», sbotta.</p>", "Chiara Monti"),
    ("es", "<p>Marta Quiroga preside la asociación desde hace tres años.</p><p>«Nadie nos ha preguntado nunca "
           "por el segundo puente del río», protesta.</p>", "Marta Quiroga"),
])
def test_a_lone_verb_after_the_quotes_comma_is_an_incise_whatever_the_verb(lang, paragraphs, speaker) -> None:
    assert _story(paragraphs, lang) == [speaker]


def test_a_lone_particle_after_the_quotes_comma_is_no_incise() -> None:
    found = _story("<p>Chiara Monti guida il comitato da tre anni.</p><p>«Nessuno ci ha mai chiesto nulla del "
                   "secondo ponte sul fiume», dunque.</p>", "it")
    assert found in ([], [None])


def test_a_name_with_a_particle_and_two_words_after_it_is_whole() -> None:
    found = _story("<p>Maria da Conceição Tavares, 68 anos, viaja duas vezes por semana para o hospital. Diz que "
                   "já perdeu duas consultas. «Isto é um castigo para quem é velho e não tem carro», desabafa.</p>",
                   "pt")
    assert found == ["Maria da Conceição Tavares"]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("nl", "<p>Lotte Claes kocht vanochtend brood bij haar bakker.</p><p>Een bakker uit Koningshooikt, die niet "
           "met naam in de krant wil, overweegt te sluiten. “Dan heb ik tenminste nog een leven en tijd voor mijn "
           "kinderen”, zegt hij.</p>"),
    ("en", "<p>Orla Penwick runs the café.</p><p>A regular at the café, who asked not to be named, said the prices "
           "had doubled. “I can barely afford a coffee here any more, and I have come for twenty years,” she "
           "said.</p>"),
])
def test_a_pronoun_after_an_unnamed_newcomer_opening_the_paragraph_names_no_one(lang, paragraphs) -> None:
    assert _story(paragraphs, lang) == [None]


def test_a_paragraph_opening_on_a_time_after_a_still_lets_the_pronoun_go_back() -> None:
    found = _story("<p>Orla Penwick runs the café.</p><p>A week later the café closed. “We could not go on like "
                   "this any longer, it was too much,” she said.</p>", "en")
    assert found == ["Orla Penwick"]
