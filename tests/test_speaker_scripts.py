"""Speakers in the languages and scripts a feature page writes without the forms of English: verbs in
their present tense (Greek, Romanian) and Swahili prefixes, a capitalised office opening a Nordic or
Finnish sentence, a Flemish office and its department, Bengali and Thai attributions, quotations in
a script without spaces, and boxes signed by a dash and a name under words with no quote marks."""

from __future__ import annotations

from speaker_pages import FILLER, quotes, speakers

import cleanpage


def test_greek_present_tense_verb_and_an_office_set_off_before_the_name() -> None:
    found = speakers("<p>«Το λιμάνι χρειάζεται νέο κυματοθραύστη πριν από τον επόμενο χειμώνα», εξηγεί η "
                     "υπεύθυνη του έργου, δρ Ελένη Παππά.</p>", "el")
    assert found == ["Ελένη Παππά"]


def test_romanian_pronoun_ending_the_clause_is_the_person_named_before() -> None:
    found = speakers("<p>Podul a fost reparat de un fost inginer al portului, Dorin Marcu, care locuiește aici.</p>"
                     "<p>„Am lucrat trei veri la el și nimeni nu ne-a ajutat cu nimic”, povestește el.</p>", "ro")
    assert found == ["Dorin Marcu"]


def test_swahili_past_verb_and_title_before_the_name() -> None:
    found = speakers("<p>\"Bandari hii itapanuliwa mwaka ujao ili meli kubwa ziweze kutia nanga,\" alisema "
                     "Dkt. Amina Juma, mkurugenzi wa mamlaka hiyo.</p>", "sw")
    assert found == ["Amina Juma"]


def test_a_capitalised_nordic_or_finnish_office_opening_the_sentence_is_no_first_name() -> None:
    found = speakers("<p>Satamajohtaja Liisa Aho on huolissaan aallonmurtajasta.</p>"
                     "<p>– Aallonmurtaja ei kestä toista talvea ilman korjausta, hän sanoo.</p>"
                     "<p>Ordfører Kari Dahl vil bygge ny kai neste år.</p>"
                     "<p>– Fiskerne har ventet altfor lenge på en skikkelig kai her, sier hun.</p>")
    assert found == ["Liisa Aho", "Kari Dahl"]


def test_a_flemish_office_and_its_department_before_a_name_with_a_particle() -> None:
    found = speakers("<p>\"We hebben de kaai zelf bekeken en de klachten kloppen helemaal\", zegt schepen van "
                     "Haven Els De Smet.</p>", "nl")
    assert found == ["Els De Smet"]


def test_bengali_name_before_the_verb_after_the_quote_or_leading_in() -> None:
    found = speakers("<p>বন্দরের কর্মকর্তা নাসরিন হক বললেন, \"নতুন জেটি তৈরি হলে জেলেদের অনেক সুবিধা হবে।\"</p>"
                     "<p>\"আমরা আগামী বছর কাজ শুরু করতে চাই, তবে অর্থ এখনও আসেনি,\" তানভীর আলম বলেন।</p>", "bn")
    assert found == ["নাসরিন হক", "তানভীর আলম"]


def test_thai_quotation_without_spaces_and_its_speaker_after_or_before_it() -> None:
    found = quotes("<p>\"ท่าเรือแห่งนี้ต้องซ่อมก่อนฤดูมรสุม ไม่อย่างนั้นเรือประมงจะเสียหาย\" นายสมศักดิ์ ทองดี "
                   "ผู้อำนวยการท่าเรือ กล่าว</p>"
                   "<p>นางสาวมาลี ใจงาม ชาวประมงในพื้นที่ บอกว่า \"ทุกวันนี้ต้องออกเรือไกลขึ้นทุกปี\"</p>", "th")
    assert [speaker for _text, speaker in found] == ["นายสมศักดิ์ ทองดี", "นางสาวมาลี ใจงาม"]


def test_a_box_of_words_signed_by_a_dash_and_a_name_under_them_is_a_quotation() -> None:
    found = quotes("<div class='x7f2a'><div class='x7f2b'>The harbour is the heart of this town and always "
                   "will be.</div><div class='x7f2c'>— Dr. Mara Lindqvist, harbour historian</div></div>"
                   "<div class='k1'><div class='k2'>आज बंदरगाह का नया घाट खुल गया। सभी मछुआरों को बधाई।</div>"
                   "<div class='k3'>— कमला देवी, महापौर (@harbour_mayor)</div></div>")
    assert found == [("The harbour is the heart of this town and always will be.", "Mara Lindqvist"),
                     ("आज बंदरगाह का नया घाट खुल गया। सभी मछुआरों को बधाई।", "कमला देवी")]


def test_a_body_paragraph_before_a_signed_closing_line_is_no_quotation() -> None:
    # the signature ends a body of many paragraphs, not a box of its own: the author signs off
    found = quotes("<div class='c1'><div>The harbour board meets again in March to decide on the funds.</div>"
                   "<div>Readers can send their questions to the board before the meeting.</div>"
                   "<div>The minutes will be published on the board's notice board.</div>"
                   "<div>— Mara Lindqvist</div></div>")
    assert found == []


def test_a_pull_quote_signed_by_a_dash_and_a_name_in_a_script_without_capitals() -> None:
    found = quotes("<div class='pull-quote'><div>বাবার নৌকাটা অনেক দিন পড়ে ছিল। ভাবলাম, আবার চালিয়ে দেখি।</div>"
                   "<div>— সুমন দাস</div></div>", "bn")
    assert found == [("বাবার নৌকাটা অনেক দিন পড়ে ছিল। ভাবলাম, আবার চালিয়ে দেখি।", "সুমন দাস")]


PULL_QUOTE_PAGE = ("<!doctype html><html lang='en'><head><title>Harbour | Coast Post</title></head><body><article>"
                   "<h1>Harbour</h1>{byline}<div class='body'>" + FILLER +
                   "<div class='pullquote'><div class='pq-words'>A harbour that silts up every summer is no harbour "
                   "at all.</div><div class='pq-author'>Ines Varga, pilot</div></div>" + FILLER + "</div></article>"
                   "</body></html>")


def test_a_pull_quote_s_author_line_signs_it_and_stays_with_it() -> None:
    article = cleanpage.clean(PULL_QUOTE_PAGE.format(byline="<p class='byline'>By Tomas Brenner</p>"))
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("A harbour that silts up every summer is no harbour at all.", "Ines Varga")]
    assert "Ines Varga, pilot" in article.text
    assert article.byline == "Tomas Brenner"


def test_a_pull_quote_s_author_line_is_no_byline_of_the_page() -> None:
    assert cleanpage.clean(PULL_QUOTE_PAGE.format(byline="")).byline is None


def test_a_block_quote_is_the_person_s_the_next_paragraph_says_it_was() -> None:
    found = quotes("<blockquote>Satama on kaupungin sydän. Ilman sitä täällä ei olisi mitään.</blockquote>"
                   "<p>Näin kuvailee asiaa sataman pitkäaikainen luotsi Ilkka Rantanen, joka muutti kaupunkiin "
                   "nuorena.</p>"
                   "<blockquote>Το λιμάνι είναι η καρδιά της πόλης. Χωρίς αυτό δεν θα υπήρχε τίποτα.</blockquote>"
                   "<p>Τη φράση είπε ο παλαιότερος πιλότος του λιμανιού Νίκος Δήμου, που ζει εκεί από παιδί.</p>"
                   "<blockquote>Pelabuhan ini jantung bandar kami. Tanpanya tiada apa-apa di sini.</blockquote>"
                   "<p>Kata-kata Rahim Osman, juruterbang pelabuhan yang paling lama, masih diingati.</p>")
    assert [speaker for _text, speaker in found] == ["Ilkka Rantanen", "Νίκος Δήμου", "Rahim Osman"]


def test_a_surname_then_where_or_when_then_the_verb_and_a_colon_names_the_speaker() -> None:
    found = speakers("<p>Režisér Pavel Koubek natočil film o přístavu.</p>"
                     "<p>Koubek na festivalu přiznal: „Chtěl jsem natočit film o moři, ale vyšel z toho film "
                     "o mém dědovi.“</p>"
                     "<p>The harbour film was made by Ruth Calder over four winters.</p>"
                     "<p>Calder at the screening admitted: “I wanted a film about the sea and made one about "
                     "my grandfather.”</p>", "cs")
    assert found == ["Pavel Koubek", "Ruth Calder"]


def test_a_few_quoted_words_right_after_a_verb_holding_its_subject_are_speech() -> None:
    found = quotes("<p>Penjaga rumah api itu, Salmah Idris, menunjukkan tangga besi yang katanya \"lebih tua "
                   "daripada datuk saya, masih kukuh\".</p>", "ms")
    assert found == [("\"lebih tua daripada datuk saya, masih kukuh\"", "Salmah Idris")]


def test_hindi_bengali_and_swahili_attributions_with_an_office_or_trade_before_the_name() -> None:
    found = speakers("<p>मछुआरे सुरेश यादव का कहना है, \"घाट पिछले दस सालों में बहुत बदल गया है।\"</p>"
                     "<p>\"नाव अब पहले से कहीं ज़्यादा दूर जाती हैं,\" नाविक संघ के अध्यक्ष मोहन लाल ने बताया।</p>"
                     "<p>\"গত দশ বছরে ঘাটটা অনেক বদলে গেছে,\" বলেন মাঝি কামাল হোসেন।</p>"
                     "<p>Mwalimu Zawadi Mushi alisema, \"Bandari imebadilika sana katika miaka kumi iliyopita.\"</p>")
    assert found == ["सुरेश यादव", "मोहन लाल", "কামাল হোসেন", "Zawadi Mushi"]


def test_a_trade_opening_the_sentence_that_names_the_person_a_pronoun_stands_for_is_no_first_name() -> None:
    found = speakers("<p>Fiskaren Lena Dahl har arbetat i hamnen i trettio år.</p>"
                     "<p>”Hamnen har förändrats mycket de senaste tio åren”, säger hon.</p>"
                     "<p>Visser Koen Maes werkt al dertig jaar in de haven.</p>"
                     "<p>\"De haven is sterk veranderd in de voorbije tien jaar\", zegt hij.</p>"
                     "<p>Nelayan Rosli Hamid sudah tiga puluh tahun bekerja di pelabuhan.</p>"
                     "<p>\"Pelabuhan ini sudah banyak berubah sejak sepuluh tahun lalu,\" katanya.</p>")
    assert found == ["Lena Dahl", "Koen Maes", "Rosli Hamid"]


def test_an_object_pronoun_before_the_verb_and_a_romanian_demonstrative_after_it() -> None:
    found = speakers("<p>Ο ψαράς Στέλιος Μαρκάκης δουλεύει στο λιμάνι τριάντα χρόνια.</p>"
                     "<p>«Το λιμάνι άλλαξε πολύ τα τελευταία δέκα χρόνια», μας λέει.</p>"
                     "<p>Pescarul Dan Ilie lucrează în port de treizeci de ani.</p>"
                     "<p>„Portul s-a schimbat enorm în ultimii zece ani”, ne-a spus acesta.</p>")
    assert found == ["Στέλιος Μαρκάκης", "Dan Ilie"]


def test_a_block_quote_signed_by_a_dashed_line_that_cites_a_work_in_quote_marks() -> None:
    # the signing line names the writer, her post and the book the words come from, its title in
    # quote marks: the block quote is hers (before, the title's marks hid the name and the quote went)
    for title in ("«Stadt aus Holz»", "“Town of Logs”"):
        found = quotes("<blockquote><p>A harbour town does not die at once. It goes one boat at a time, and each "
                       "time it seems no loss.</p><p class='quote-author'>— Vera Lind, historian, from the book "
                       f"{title} (2003)</p></blockquote>")
        words = "A harbour town does not die at once. It goes one boat at a time, and each time it seems no loss."
        assert found == [(words, "Vera Lind")]


def test_a_hindi_name_of_three_words_with_its_middle_word_and_according_to() -> None:
    found = speakers("<p>\"सड़क की मरम्मत अगले महीने शुरू होगी,\" नगर पालिका की अध्यक्ष कविता देवी शर्मा ने कहा।</p>"
                     "<p>ठेकेदार मनोज कुमार वर्मा का कहना है कि \"बारिश से काम में देरी हुई।\"</p>"
                     "<p>वार्ड पार्षद दीपक जोशी के अनुसार, \"लोग अब भी इंतज़ार कर रहे हैं।\"</p>")
    assert found == ["कविता देवी शर्मा", "मनोज कुमार वर्मा", "दीपक जोशी"]


def test_a_persian_name_set_off_by_commas_before_the_verb_and_according_to() -> None:
    found = speakers("<p>نسرین فرهادی، مدیر کتابخانه شهر، اما گفت: «ساعت کار کتابخانه تغییر نمی‌کند».</p>"
                     "<p>به گفته دکتر بهرام سلطانی، استاد دانشگاه، «بودجه امسال کافی نیست».</p>", "fa")
    assert found == ["نسرین فرهادی", "بهرام سلطانی"]
