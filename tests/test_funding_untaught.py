"""Funding statements at a story's end in Nepali, Afrikaans, Welsh, Armenian, Azerbaijani, Uzbek, Belarusian,
Kazakh, Macedonian, Albanian, Maltese and Georgian ("This research was funded by …"), and the same verbs
for money given as news in a story's sentence, which are no funding. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The valley's farmers count their terraces every spring and write down how much grain each one gave, "
         "so that the village can see how the harvest changes from year to year.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Terraces", site="Valley Courier")


@pytest.mark.parametrize("lang, statement", [
    ("ne", "यो अध्ययन पहाडी कृषि कोषको अनुदानबाट सम्भव भएको हो।"),
    ("af", "Hierdie studie is gedeeltelik befonds deur die Vallei-landboufonds."),
    ("cy", "Ariannwyd y prosiect gan Gronfa Amaeth y Cymoedd."),
    ("hy", "Հետազոտությունը ֆինանսավորվել է Հովտի գյուղատնտեսական հիմնադրամի կողմից։"),
    ("az", "Tədqiqat Vadi Kənd Təsərrüfatı Fondu tərəfindən maliyyələşdirilib."),
    ("uz", "Ushbu tadqiqot Vodiy qishloq xo‘jaligi jamg‘armasi tomonidan moliyalashtirilgan."),
    ("be", "Даследаванне праведзена пры падтрымцы Фонду даліны."),
    ("kk", "Зерттеу Алқап ауыл шаруашылығы қорының қолдауымен жүргізілді."),
    ("mk", "Истражувањето е финансирано од Фондот за земјоделство на долината."),
    ("sq", "Ky studim u financua nga Fondi Bujqësor i Luginës."),
    ("mt", "Din ir-riċerka ġiet iffinanzjata minn Fond il-Wied għall-Agrikoltura."),
    ("ka", "კვლევა დააფინანსა ხეობის სასოფლო-სამეურნეო ფონდმა."),
])
def test_a_funding_statement_at_the_story_end_is_the_field(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("af", "Die regering het verlede jaar geld aan die boere gegee, en die dam word deur die dorp onderhou."),
    ("cy", "Rhoddodd y cyngor arian i’r ffermwyr y llynedd ar gyfer y ffordd newydd."),
    ("sq", "Bashkia dha para për fermerët vitin e kaluar, tha kryetari."),
])
def test_money_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("km", "ការស្រាវជ្រាវនេះទទួលបានការឧបត្ថម្ភពីមូលនិធិកសិកម្មជ្រលងភ្នំ។"),
    ("si", "මෙම පර්යේෂණය සඳහා නිම්න කෘෂිකාර්මික පදනම අරමුදල් සපයන ලදී."),
    ("am", "ይህ ጥናት በሸለቆው የግብርና ፈንድ የገንዘብ ድጋፍ የተደረገለት ነው።"),
])
def test_a_funding_statement_in_a_script_without_capitals(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding
