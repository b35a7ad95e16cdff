"""Words in quote marks that a page gives as templates, not as anyone's words: goals quoted as
examples after "targets like", a further end of a change joined by "or", a question the text then
hands the reader ("Bear this question in mind"), two example strings weighed against each other.
Real speech of the same length, in the same languages, stays listed."""

from __future__ import annotations

import pytest

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the bakery story, long enough to read as running "
                 f"text of the article body that a reader would keep.</p>" for i in range(4))


def quotes(paragraphs: str, lang: str = "en") -> list[str]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Bakeries | Town Post</title></head><body>"
            f"<article><h1>Bakeries</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.text for q in cleanpage.clean(html).quotes]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", ("Instead of vague aims, good shops pick targets such as “double the number of repeat visitors within a "
            "year” or “sell four hundred loaves every Saturday by next spring.” The rest follows.")),
    ("de", ("Statt vager Wünsche setzen gute Läden Ziele wie „die Zahl der Stammkunden in einem Jahr "
            "verdoppeln“ oder „jeden Samstag vierhundert Brote bis zum Frühjahr verkaufen“. Der Rest folgt.")),
    ("fr", ("Au lieu de vœux vagues, les bonnes boutiques fixent des objectifs comme « doubler le nombre de "
            "clients fidèles en un an » ou « vendre quatre cents pains chaque samedi d’ici le printemps ».")),
    ("es", ("En lugar de deseos vagos, las buenas tiendas fijan objetivos como «duplicar el número de clientes "
            "fieles en un año» o «vender cuatrocientos panes cada sábado antes de la primavera».")),
    ("it", ("Invece di desideri vaghi, le buone botteghe fissano obiettivi come «raddoppiare i clienti abituali "
            "entro un anno» o «vendere quattrocento pagnotte ogni sabato entro la primavera».")),
])
def test_goals_quoted_as_examples_are_no_quotation(lang: str, paragraph: str) -> None:
    assert quotes(f"<p>{paragraph}</p>", lang) == []


@pytest.mark.parametrize(("lang", "paragraph", "said"), [
    ("en", ("Ann Lee, the baker, was blunt. “We set ourselves goals like selling out every day, and most weeks "
            "we did it,” she said at the counter."), "“We set ourselves goals like"),
    ("de", ("Anna Roth, die Bäckerin, war deutlich. „Wir hatten Ziele wie jeden Tag ausverkauft zu sein, und "
            "meistens haben wir es geschafft“, sagte sie an der Theke."), "„Wir hatten Ziele wie"),
])
def test_speech_that_speaks_of_goals_stays(lang: str, paragraph: str, said: str) -> None:
    assert [q[:len(said)] for q in quotes(f"<p>{paragraph}</p>", lang)] == [said]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", ("Most bakers move from “we bake what we like” to “we bake what the town asks for” or “we bake only "
            "what sells out before noon every single day.” That shift takes years.")),
    ("de", ("Viele Bäcker kommen von „wir backen, was uns gefällt“ zu „wir backen, was die Stadt will“ oder "
            "„wir backen nur, was jeden Tag vor Mittag ausverkauft ist“. Das dauert Jahre.")),
])
def test_a_further_end_of_a_change_joined_by_or_is_no_quotation(lang: str, paragraph: str) -> None:
    assert quotes(f"<p>{paragraph}</p>", lang) == []


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", ("Write the label with your buyer in mind. “What does my customer need to know first?” & “Why "
            "should anyone pay more for this loaf?” - these questions can guide you as you write it.")),
    ("en", ("Picture the buyer at the counter. Her one worry, every time, is plain: “Why should I pay more "
            "for this loaf?” Bear this question in mind while you write the label.")),
    ("de", ("Schreiben Sie das Etikett für Ihre Kundschaft. „Was muss meine Kundin zuerst wissen?“ Diese Frage "
            "sollten Sie sich bei jedem Satz stellen.")),
    ("fr", ("Écrivez l’étiquette pour vos clients. « Que doit savoir mon client en premier ? » Cette question "
            "vous aidera à choisir les mots.")),
    ("es", ("Escriba la etiqueta pensando en su clientela. «¿Qué necesita saber primero mi cliente?» Esta "
            "pregunta te ayudará a elegir las palabras.")),
])
def test_a_question_handed_to_the_reader_is_no_quotation(lang: str, paragraph: str) -> None:
    assert quotes(f"<p>{paragraph}</p>", lang) == []


def test_a_question_someone_asks_before_this_question_stays() -> None:
    # the question is Ann Lee's: her incise ends its sentence before "this question"
    found = quotes("<p>“Why should anyone pay more for this loaf?” asked Ann Lee. This question, she says, "
                   "keeps you honest.</p>")
    assert [q[:12] for q in found] == ["“Why should "]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", ("Pick a sentence rather than a word. For example, “Gulls circle the pier at noon!” is much harder "
            "to guess than “harbour1”.")),
    ("de", ("Nehmen Sie einen Satz statt eines Wortes. „Möwen kreisen mittags über der Mole!“ ist viel "
            "schwerer zu erraten als „hafen1“.")),
    ("fr", ("Prenez une phrase plutôt qu’un mot. « Les mouettes tournent sur la jetée à midi ! » est bien "
            "plus sûr que « port1 ».")),
])
def test_two_example_strings_weighed_are_no_quotation(lang: str, paragraph: str) -> None:
    assert quotes(f"<p>{paragraph}</p>", lang) == []


def test_speech_compared_with_nothing_quoted_stays() -> None:
    found = quotes("<p>“Gulls circle the pier at noon, every single day,” said Ann Lee, who is more patient "
                   "than her neighbours.</p>")
    assert [q[:12] for q in found] == ["“Gulls circl"]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ("<p>Picture the buyer at the counter. Her one worry, every time, is plain: “Why should I pay more "
            "for this loaf?”</p><p>Bear this question in mind while you write the label.</p>")),
    ("de", ("<p>Stellen Sie sich die Kundin an der Theke vor. Sie fragt immer wieder: „Warum soll ich mehr für "
            "dieses Brot zahlen?“</p><p>Diese Frage sollten Sie beim Schreiben des Etiketts im Kopf behalten.</p>")),
    ("fr", ("<p>Pensez à la cliente au comptoir. Elle demande toujours : « Pourquoi payer plus pour ce pain ? »"
            "</p><p>Cette question vous aidera à écrire l’étiquette.</p>")),
])
def test_a_question_the_next_paragraph_hands_the_reader_is_no_quotation(lang: str, paragraphs: str) -> None:
    assert quotes(paragraphs, lang) == []


def test_a_named_question_before_this_question_stays() -> None:
    found = quotes("<p>Ann Lee, the baker, was blunt at the counter. “Why should anyone pay more for a loaf like "
                   "this one?” she asked.</p><p>Bear this question in mind while you write the label.</p>")
    assert [q[:12] for q in found] == ["“Why should "]


def listed(lead: str, items: tuple[str, ...], lang: str = "en") -> list[str]:
    return quotes(f"<p>{lead}</p><ul>{''.join(f'<li><p>{item}</p></li>' for item in items)}</ul>", lang)


@pytest.mark.parametrize(("lang", "lead", "items"), [
    ("en", "The till report shows findings like:",
     ("“Your rye loaves sell out twice as fast as your white bread on weekdays”",
      "“Half of the buyers who come back a third time become regulars”")),
    ("de", "Der Kassenbericht liefert konkrete Hinweise wie:",
     ("„Ihre Roggenbrote sind an Werktagen doppelt so schnell ausverkauft wie das Weißbrot“",
      "„Die Hälfte der Kunden, die dreimal kommen, wird zu Stammkunden“")),
    ("fr", "Le rapport de caisse donne par exemple :",
     ("« Vos pains de seigle partent deux fois plus vite que le pain blanc en semaine »",
      "« La moitié des clients qui reviennent trois fois deviennent des habitués »")),
])
def test_quoted_items_under_a_lead_giving_examples_are_no_quotation(lang: str, lead: str,
                                                                     items: tuple[str, ...]) -> None:
    assert listed(lead, items, lang) == []


def test_quoted_items_under_a_lead_that_says_who_wrote_them_stay() -> None:
    found = listed("Customers wrote things like:",
                   ("“Your rye loaves are the best thing on the whole high street this year”",
                    "“I come back every Saturday for the seeded loaf and the coffee”"))
    assert [q[:10] for q in found] == ["“Your rye ", "“I come ba"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", ("The authors of a new review of the “Damp floors and the lungs of bakers,” found that flour "
            "dust matters more than damp.")),
    ("de", ("In einer neuen Studie über „Wie feiner Staub aus dem Mehl die Lunge schädigt, wenn man lange backt“ "
            "zeigen die Forscher, dass der Staub mehr schadet als die Feuchtigkeit.")),
    ("fr", ("Dans une étude sur « La poussière de farine et les poumons des boulangers de quartier », les "
            "chercheurs montrent que la poussière compte plus que l’humidité.")),
    ("es", ("En un estudio sobre «El polvo de harina y los pulmones de los panaderos de barrio», los "
            "investigadores muestran que el polvo pesa más que la humedad.")),
])
def test_a_study_s_title_after_its_noun_is_no_quotation(lang: str, paragraph: str) -> None:
    assert quotes(f"<p>{paragraph}</p>", lang) == []


def test_speech_of_the_same_length_after_a_report_stays() -> None:
    found = quotes("<p>Ann Lee read the harbour report twice. “Damp floors and cold ovens will close this bakery "
                   "by spring,” she said.</p>")
    assert [q[:12] for q in found] == ["“Damp floors"]
