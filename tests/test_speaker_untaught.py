"""Speakers in languages taught their common verbs of saying only (Afrikaans, Welsh, Maltese, Albanian,
Belarusian, Armenian), and in scripts without capitals read by their own word order (Georgian, Nepali,
Sinhala, Khmer). Names, places and quotes are invented."""

from __future__ import annotations

from speaker_pages import speakers


def test_afrikaans_verb_before_a_small_title_and_the_name_then_a_pronoun() -> None:
    found = speakers("<p>“Die rivier het in drie weke twee meter gestyg,” sê dr. Marthinus Venter, hoof van "
                     "die stasie.</p><p>“Ons moes die brug toemaak,” erken hy.</p>", "af")
    assert found == ["Marthinus Venter", "Marthinus Venter"]


def test_welsh_meddai_with_the_elided_article_and_title_then_a_pronoun() -> None:
    found = speakers("<p>“Mae’r afon wedi codi’n gyflym dros nos,” meddai’r Athro Eleri Pritchard.</p>"
                     "<p>“Rydyn ni’n poeni am y ffermydd isel,” meddai hi.</p>", "cy")
    assert found == ["Eleri Pritchard", "Eleri Pritchard"]


def test_maltese_verb_by_gender_before_the_name() -> None:
    found = speakers("<p>“Ix-xatt ma jistax jinbiegħ,” qalet Rita Camilleri, kelliema tal-għaqda.</p>", "mt")
    assert found == ["Rita Camilleri"]


def test_albanian_pronoun_after_the_verb_is_the_person_named_before() -> None:
    found = speakers("<p>Mira Dervishi, mësuese në fshat, tha: „Shkolla ka nevojë për ngrohje këtë dimër.“</p>"
                     "<p>„Fëmijët vijnë me pallto në klasë çdo mëngjes“, vazhdoi ajo.</p>", "sq")
    assert found == ["Mira Dervishi", "Mira Dervishi"]


def test_belarusian_feminine_past_verb_and_pronoun() -> None:
    found = speakers("<p>«Мост трэба было рамантаваць яшчэ мінулай восенню», — сказала інжынерка Алена Карп.</p>"
                     "<p>«Цяпер мы працуем нават ноччу, каб паспець», — дадала яна.</p>", "be")
    assert found == ["Алена Карп", "Алена Карп"]


def test_armenian_name_loses_the_article_its_last_word_carries() -> None:
    found = speakers("<p>«Գետը երեք օրում բարձրացավ երկու մետրով», — ասաց ինժեներ Արամ Հակոբյանը։</p>", "hy")
    assert found == ["Արամ Հակոբյան"]


def test_a_page_of_few_taught_verbs_still_names_the_speaker_of_an_untaught_one() -> None:
    found = speakers("<p>“Körpü üç ildir təmir olunmur”, – deyə sakin Elnur Məmmədov bildirib.</p>"
                     "<p>“Gecələr su gəlmir, səhər tezdən gözləyirik”, – yaşlı sakin Sevda Rzayeva şikayətlənir.</p>",
                     "az")
    assert found == ["Elnur Məmmədov", "Sevda Rzayeva"]


def test_georgian_ergative_name_after_the_verb_and_before_it() -> None:
    found = speakers("<p>„ხიდი სამი წელია არ შეუკეთებიათ“, თქვა სოფლის მცხოვრებმა, გიორგი ბერიძემ.</p>"
                     "<p>ექიმმა ნინო კაპანაძემ განაცხადა: „საავადმყოფოს ახალი შენობა სჭირდება.“</p>", "ka")
    assert found == ["გიორგი ბერიძე", "ნინო კაპანაძე"]


def test_nepali_agent_ending_dropped_and_the_present_before_the_quote() -> None:
    found = speakers("<p>“नदीको पानी तीन दिनमा दुई मिटर बढ्यो,” इन्जिनियर सुरेश अधिकारीले बताए।</p>"
                     "<p>गाउँकी शिक्षिका सीता गुरुङ भन्छिन्, “विद्यालय जाने बाटो अझै बन्द छ।”</p>", "ne")
    assert found == ["सुरेश अधिकारी", "सीता गुरुङ"]


def test_sinhala_name_right_before_the_verb_after_or_before_the_quote() -> None:
    found = speakers("<p>“ගඟ දින තුනකින් මීටර් දෙකක් ඉහළ ගියා,” යැයි ඉංජිනේරු රවී සිල්වා පැවසීය.</p>"
                     "<p>ගුරුවරිය නිමල් ප්‍රියංකා මෙසේ කීය: “පාසලට යන පාර තවමත් වසා ඇත.”</p>", "si")
    assert found == ["රවී සිල්වා", "නිමල් ප්‍රියංකා"]


def test_khmer_name_after_an_honorific_and_an_honorific_written_onto_the_verb() -> None:
    found = speakers("<p>វិស្វករ លោក សុខ ដារ៉ា បាននិយាយថា «ទឹកទន្លេបានឡើងពីរម៉ែត្រក្នុងរយៈពេលបីថ្ងៃ»។</p>"
                     "<p>លោកបន្ថែមថា «យើងត្រូវបិទស្ពានមួយរយៈសិនសម្រាប់សុវត្ថិភាព»។</p>", "km")
    assert found == ["សុខ ដារ៉ា", "សុខ ដារ៉ា"]


def test_an_institution_opening_the_sentence_before_a_taught_verb_and_that() -> None:
    found = speakers("<p>Агенцијата за води соопшти дека „бунарите во селото ќе бидат исчистени до есента“.</p>"
                     "<p>Упраўленне адукацыі паведаміла, што «новая школа адкрыецца ў верасні наступнага года».</p>",
                     "mk")
    assert found == ["Агенцијата за води", "Упраўленне адукацыі"]


def test_a_name_opening_on_a_capital_of_the_cyrillic_supplement_is_the_one_a_pronoun_stands_for() -> None:
    found = speakers("<p>Әсел Қасымова бұл ауылда он бес жыл бойы дәрігер болып істеп келеді.</p>"
                     "<p>«Жол жабылса, науқастарды қалаға жеткізу өте қиын болады», — дейді ол.</p>", "kk")
    assert found == ["Әсел Қасымова"]


def test_amharic_name_after_an_honorific_before_the_quote_or_after_it_with_the_verb() -> None:
    found = speakers("<p>አቶ ታደሰ በቀለ «መንገዱ በሚቀጥለው ዓመት ይጠናቀቃል ብለን እንጠብቃለን» ብለዋል።</p>"
                     "<p>«ውሃው በየቀኑ ይቋረጣል፣ ልጆቻችን ይቸገራሉ» ሲሉ የመንደሩ ነዋሪ ወ/ሮ አልማዝ ገብሬ ተናግረዋል።</p>", "am")
    assert found == ["ታደሰ በቀለ", "አልማዝ ገብሬ"]


def test_an_institution_leading_in_with_a_colon_is_all_its_words_and_a_welsh_verb_opens_no_name() -> None:
    found = speakers("<p>Водоводниот сектор предупреди: „Без нови цевки селото ќе остане без вода и оваа зима.“</p>"
                     "<p>Cymerodd Eirlys Morgan ran yn y cyfarfod ddoe.</p>"
                     "<p>“Roedd pawb yn flin am y ffordd,” meddai hi.</p>", "mk")
    assert found == ["Водоводниот сектор", "Eirlys Morgan"]


def test_a_subject_the_quote_and_a_few_forms_verb_closing_the_sentence() -> None:
    found = speakers("<p>Suv ta’minoti boshqarmasi “quduqlar kuzgacha to‘liq tozalanishini” e’lon qildi.</p>"
                     "<p>Облыстық су басқармасы «құдықтар күзге дейін тазартылатынын» хабарлады.</p>", "uz")
    assert found == ["Suv ta’minoti boshqarmasi", "Облыстық су басқармасы"]


def test_a_surname_and_an_adverb_before_the_verb_stay_the_person_named_before() -> None:
    found = speakers("<p>Arben Lala, kryetar i bashkisë, foli për ujin në lagjet e reja të qytetit.</p>"
                     "<p>Lala më pas tha: „Deri në vjeshtë çdo shtëpi do të ketë ujë gjithë ditën.“</p>", "sq")
    assert found == ["Arben Lala"]


def test_nepali_agent_opening_the_sentence_with_its_verb_after_the_quote_and_a_khmer_institution() -> None:
    found = speakers("<p>जिल्ला खानेपानी कार्यालयले यो योजना “अर्को वर्षभित्र सबै घरमा पुग्ने” जनाएको छ।</p>", "ne")
    assert found == ["जिल्ला खानेपानी कार्यालय"]
    found = speakers("<p>មន្ទីរធនធានទឹកបានប្រកាសថា «អណ្តូងទាំងអស់នឹងត្រូវសម្អាតមុនរដូវប្រាំង»។</p>", "km")
    assert found == ["មន្ទីរធនធានទឹក"]


def test_a_trade_opening_the_sentence_before_the_name_is_no_first_name() -> None:
    found = speakers("<p>Настаўніца Вольга Мароз расказала: «Дзеці ходзяць у школу праз лес кожную раніцу.»</p>"
                     "<p>Բժիշկ Անի Մելքոնյանն ասաց. «Հիվանդանոցին նոր շենք է պետք, և շուտով»։</p>", "be")
    assert found == ["Вольга Мароз", "Անի Մելքոնյան"]


def test_georgian_present_tense_subject_in_the_nominative_and_a_kazakh_quotative_before_the_verb() -> None:
    found = speakers("<p>„ხიდი სამი წელია არ შეუკეთებიათ“, ამბობს სოფლის მცხოვრები გიორგი ბერიძე.</p>", "ka")
    assert found == ["გიორგი ბერიძე"]
    found = speakers("<p>«Жол жабылса, науқастарды қалаға жеткізу өте қиын болады» деп айтты Әсел Қасымова.</p>", "kk")
    assert found == ["Әсел Қасымова"]
