"""A paragraph of prose in a script without capitals that reports what someone said ("X, office, said that …",
no quote marks) names who a later "he added" or a verb left without its subject stands for
(speakers.reported_prose_speaker, read in sections._heard); a Persian pronoun before the verb, a Hindi ergative
pronoun and a Hebrew verb alone after the quote are such pronouns (_uncased_speaker), and an Arabic name before
its verb and "that" right before the quote is the speaker. "One of the residents" in Hebrew and Persian is
someone unnamed. Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_hebrew_name_set_off_then_a_verb_alone() -> None:
    page = P("דוברת העירייה, נועה שגיא, הודיעה כי הגשר ייפתח מחדש בסוף החודש.") \
        + P("“עבדנו על זה חודשים ארוכים, והתוצאה שווה את זה”, הוסיפה.")
    assert speaker_pages.speakers(page, "he") == ["נועה שגיא"]


def test_arabic_office_name_set_off_then_he_added() -> None:
    page = P("قال مدير المدرسة، كريم النعيمي، إن الصفوف الجديدة ستفتح في الخريف المقبل.") \
        + P("وأضاف: «الأطفال يستحقون مكانا أفضل للتعلم من هذا المبنى القديم».")
    assert speaker_pages.speakers(page, "ar") == ["كريم النعيمي"]


def test_persian_name_and_office_set_off_then_she_added() -> None:
    page = P("سارا رضایی، رئیس انجمن باغداران، گفت که برداشت امسال کمتر از پارسال است.") \
        + P("او افزود: «باران دیر آمد و درختان زود گل دادند، کاری از دست ما برنمی‌آمد.»")
    assert speaker_pages.speakers(page, "fa") == ["سارا رضایی"]


def test_hindi_name_with_ne_then_the_ergative_pronoun() -> None:
    page = P("मुखिया रमेश यादव ने कहा कि नई सड़क बरसात से पहले बन जाएगी।") \
        + P("“गांव के बच्चों को अब कीचड़ में चलकर स्कूल नहीं जाना पड़ेगा,” उन्होंने कहा।")
    assert speaker_pages.speakers(page, "hi") == ["रमेश यादव"]


def test_arabic_name_before_its_verb_and_that() -> None:
    page = P("قال مدير المدرسة، كريم النعيمي، إن الصفوف الجديدة ستفتح في الخريف المقبل.") \
        + P("لكن المزارع حسن البدري قال إن «الطريق إلى المدرسة ما زال مغلقا».")
    assert speaker_pages.speakers(page, "ar") == ["حسن البدري"]


def test_someone_unnamed_reporting_names_no_one() -> None:
    page = P("قال أحد السكان إن المياه انقطعت ثلاثة أيام متتالية هذا الأسبوع.") \
        + P("وأضاف: «لم يخبرنا أحد بشيء، ولا نعرف متى ستعود المياه».")
    assert speaker_pages.speakers(page, "ar") == [None]
    page = P("דובר המשטרה אמר כי החקירה נמשכת ואין חשודים בשלב זה.") \
        + P("“אנחנו בודקים כל כיוון אפשרי בחקירה הזאת”, אמר.")
    assert speaker_pages.speakers(page, "he") == [None]


def test_a_new_unnamed_voice_after_the_report_stays_unnamed() -> None:
    page = P("मुखिया रमेश यादव ने कहा कि नई सड़क बरसात से पहले बन जाएगी।") \
        + P("एक ग्रामीण ने कहा, “हमने ऐसे वादे पहले भी कई बार सुने हैं।”")
    assert speaker_pages.speakers(page, "hi") == [None]
    page = P("سارا رضایی، رئیس انجمن باغداران، گفت که برداشت امسال کمتر از پارسال است.") \
        + P("یکی از کشاورزان گفت: «ما هنوز منتظر کمک دولت هستیم و خبری نشده.»")
    assert speaker_pages.speakers(page, "fa") == [None]
    page = P("דוברת העירייה, נועה שגיא, הודיעה כי הגשר ייפתח מחדש בסוף החודש.") \
        + P("“אף אחד לא שאל אותנו מה אנחנו צריכים באמת”, אמר אחד התושבים.")
    assert speaker_pages.speakers(page, "he") == [None]


def test_the_quote_in_the_report_itself_is_the_subjects() -> None:
    page = P("דוברת העירייה, נועה שגיא, אמרה כי הגשר “ייפתח מחדש בסוף החודש”.")
    assert speaker_pages.speakers(page, "he") == ["נועה שגיא"]
    page = P("मुखिया रमेश यादव ने बताया कि सड़क के लिए “पूरा पैसा जारी कर दिया गया है।”")
    assert speaker_pages.speakers(page, "hi") == ["रमेश यादव"]


def test_a_hindi_body_keeps_its_whole_name() -> None:
    page = P("पूर्वी जल बोर्ड ने कहा कि पाइपलाइन की “मरम्मत अगले सप्ताह तक पूरी” हो जाएगी।")
    assert speaker_pages.speakers(page, "hi") == ["पूर्वी जल बोर्ड"]


def test_a_quote_after_the_report_ended_is_not_the_reporters() -> None:
    page = P("मुखिया रमेश यादव ने कहा कि नई सड़क बरसात से पहले बन जाएगी। एक दुकानदार ने कहा कि “ऐसे वादे हर साल होते हैं और सड़क कभी नहीं बनती।”")
    assert speaker_pages.speakers(page, "hi") == [None]
    page = P("एक दुकानदार ने कहा कि “ऐसे वादे हर साल होते हैं और सड़क कभी नहीं बनती।”")
    assert speaker_pages.speakers(page, "hi") == [None]
