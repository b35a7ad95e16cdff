"""A page's prose in scripts that write no space between words or end sentences with their own
marks (issue 10: a page with paragraphs of prose never comes out empty, in any language).

Each page is invented: a page builder's article, every block a "widget" (a sidebar word) and a
short line of menu words elsewhere that outscores them, so only the passes that start again from
structural chrome find the article, and they ask first whether the page holds prose at all. A
Thai story has no full stop, a Khmer, Burmese, Tibetan or Amharic one ends with its script's own
mark, a Chinese paragraph says in 50 characters what an English one says in 150: each is prose, as
its English twin is. Chrome in those scripts still goes.
"""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage.rules import prose_length

# (language, title, three paragraphs, a footer line, a menu's items) in each script
PAGES = {
    "en": ("Harbour library opens",
           [("The town opened its new public library on Saturday morning, and hundreds of residents came to see "
            "the building by the river, which took three years to build and cost less than planned."),
            ("The library holds more than forty thousand books, a reading room for children, and a small hall "
            "where local groups can meet in the evenings without paying any fee."),
            ("The mayor said that the town had waited a long time for a place like this, and that she hoped "
            "young people would use it every day after school.")],
           "© 2026 Town News. All rights reserved.", ["Home", "News", "Sport", "Culture", "Contact"]),
    "th": ("เปิดห้องสมุดริมแม่น้ำ",
           [("เมืองได้เปิดห้องสมุดประชาชนแห่งใหม่เมื่อเช้าวันเสาร์ที่ผ่านมา และมีชาวบ้านหลายร้อยคนมาชมอาคารริมแม่น้ำ"
            "ซึ่งใช้เวลาก่อสร้างถึงสามปีและใช้งบประมาณน้อยกว่าที่วางแผนไว้"),
            ("ห้องสมุดแห่งนี้มีหนังสือมากกว่าสี่หมื่นเล่ม มีห้องอ่านหนังสือสำหรับเด็ก และมีห้องโถงขนาดเล็กที่กลุ่มต่างๆ "
            "ในท้องถิ่นสามารถใช้ประชุมในตอนเย็นได้โดยไม่ต้องเสียค่าใช้จ่าย"),
            "นายกเทศมนตรีกล่าวว่าเมืองของเรารอคอยสถานที่แบบนี้มานานแล้ว และหวังว่าเยาวชนจะมาใช้ห้องสมุดทุกวันหลังเลิกเรียน"],
           "© 2026 ข่าวเมือง สงวนลิขสิทธิ์", ["หน้าแรก", "ข่าว", "กีฬา", "วัฒนธรรม", "ติดต่อเรา"]),
    "km": ("បណ្ណាល័យថ្មីនៅមាត់ទន្លេ",
           [("ទីក្រុងបានបើកបណ្ណាល័យសាធារណៈថ្មីកាលពីព្រឹកថ្ងៃសៅរ៍ ហើយប្រជាជនរាប់រយនាក់បានមកមើលអគារនៅមាត់ទន្លេ"
            "ដែលចំណាយពេលសាងសង់បីឆ្នាំ និងចំណាយថវិកាតិចជាងការគ្រោងទុក។"),
            ("បណ្ណាល័យនេះមានសៀវភៅជាងសែសិបពាន់ក្បាល មានបន្ទប់អានសម្រាប់កុមារ "
            "និងសាលតូចមួយដែលក្រុមនានាក្នុងតំបន់អាចប្រើប្រាស់សម្រាប់ការប្រជុំនៅពេលល្ងាចដោយមិនចាំបាច់បង់ថ្លៃ។"),
            ("អភិបាលក្រុងបាននិយាយថា ទីក្រុងរបស់យើងបានរង់ចាំកន្លែងបែបនេះយូរមកហើយ "
            "ហើយគាត់សង្ឃឹមថាយុវជននឹងមកប្រើប្រាស់វារៀងរាល់ថ្ងៃក្រោយម៉ោងសិក្សា។")],
           "© ២០២៦ ព័ត៌មានទីក្រុង រក្សាសិទ្ធិគ្រប់យ៉ាង", ["ទំព័រដើម", "ព័ត៌មាន", "កីឡា", "វប្បធម៌", "ទំនាក់ទំនង"]),
    "bo": ("ཆུ་འགྲམ་གྱི་དཔེ་མཛོད་ཁང་གསར་པ།",
           [("གྲོང་ཁྱེར་གྱིས་གཟའ་སྤེན་པའི་ཞོགས་པར་མང་ཚོགས་དཔེ་མཛོད་ཁང་གསར་པ་ཞིག་སྒོ་ཕྱེ་བ་དང་། "
            "གྲོང་མི་བརྒྱ་ཕྲག་མང་པོས་ལོ་གསུམ་རིང་བཞེངས་པའི་ཆུ་འགྲམ་གྱི་ཁང་པ་དེར་ལྟ་བར་ཡོང་།"),
            ("དཔེ་མཛོད་ཁང་འདིར་དཔེ་ཆ་ཁྲི་བཞི་ལྷག་དང་། བྱིས་པའི་ཀློག་ཁང་། "
            "ས་གནས་ཀྱི་ཚོགས་པ་རྣམས་ཀྱིས་དགོང་མོར་རིན་མེད་དུ་ཚོགས་འདུ་འཚོགས་ཐུབ་པའི་ཚོགས་ཁང་ཆུང་ཆུང་ཞིག་བཅས་ཡོད།"),
            ("གྲོང་དཔོན་གྱིས་ང་ཚོའི་གྲོང་ཁྱེར་གྱིས་ས་ཆ་འདི་འདྲ་ཞིག་ལ་དུས་ཡུན་རིང་པོར་སྒུག་ཡོད་ལ། "
            "གཞོན་ནུ་རྣམས་སློབ་གྲྭ་གྲོལ་རྗེས་ཉིན་རེར་འདིར་ཡོང་རྒྱུའི་རེ་བ་ཡོད་ཅེས་བཤད།")],
           "© 2026 གྲོང་ཁྱེར་གསར་འགྱུར", ["མ་ངོས", "གསར་འགྱུར", "རྩེད་མོ", "རིག་གཞུང", "འབྲེལ་བ"]),
    "am": ("አዲስ ቤተ መጻሕፍት ተከፈተ",
           [("ከተማው ቅዳሜ ጠዋት በወንዙ ዳር አዲሱን የሕዝብ ቤተ መጻሕፍት የከፈተ ሲሆን በሦስት ዓመት ውስጥ የተገነባውንና "
            "ከታቀደው ያነሰ ወጪ የወጣበትን ሕንፃ ለማየት በመቶዎች የሚቆጠሩ ነዋሪዎች መጥተዋል።"),
            ("ቤተ መጻሕፍቱ ከአርባ ሺህ በላይ መጻሕፍት፣ ለልጆች የንባብ ክፍል እና የአካባቢው ቡድኖች ምሽት ላይ ያለ ክፍያ "
            "የሚሰበሰቡበት አነስተኛ አዳራሽ አለው።"),
            ("ከንቲባዋ ከተማዋ እንደዚህ ያለ ቦታ ለረጅም ጊዜ ስትጠብቅ እንደነበር ገልጸው ወጣቶች ከትምህርት ቤት በኋላ "
            "በየቀኑ እንደሚጠቀሙበት ተስፋ እንዳላቸው ተናግረዋል።")],
           "© 2026 የከተማ ዜና መብቱ በሕግ የተጠበቀ ነው", ["መነሻ", "ዜና", "ስፖርት", "ባህል", "ያግኙን"]),
    "zh": ("河边新图书馆开放",
           ["市政府于周六上午在河边开放了新的公共图书馆，数百名居民前来参观这座历时三年建成、花费低于预算的建筑。",
            "图书馆藏书超过四万册，设有儿童阅览室，还有一个小礼堂，当地团体晚上可以免费在那里聚会。",
            "市长说，这座城市等待这样一个地方已经很久了，她希望年轻人放学后每天都来使用它。"],
           "© 2026 城市新闻 版权所有", ["首页", "新闻", "体育", "文化", "联系我们"]),
    "ko": ("강변 새 도서관",
           ["시는 토요일 아침 강변에 새 공공도서관을 열었으며, 수백 명의 주민들이 3년에 걸쳐 지어진 건물을 보러 왔다.",
            "도서관에는 4만 권이 넘는 책과 어린이 열람실, 그리고 지역 단체들이 저녁에 무료로 모일 수 있는 작은 강당이 있다.",
            "시장은 우리 시가 이런 곳을 오랫동안 기다려 왔다며 젊은이들이 방과 후에 매일 이용하기를 바란다고 말했다."],
           "© 2026 시민뉴스 무단 전재 금지", ["홈", "뉴스", "스포츠", "문화", "문의하기"]),
}


def widget_page(lang: str) -> str:
    """Every block of the article a builder's widget; a short answer box of commas outscores it."""
    title, paragraphs, footer, menu = PAGES[lang]
    links = " ".join(f"<a href='/s{i}'>{item}</a>" for i, item in enumerate(menu))
    widgets = "".join(f"<div class='el-widget el-widget-text'><div class='el-widget-container'><p>{p}</p></div></div>"
                      for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><nav>{links}</nav>"
            "<div class='el-section'><div class='el-column'><div class='el-widget-wrap'>"
            f"<div class='el-widget el-widget-heading'><h1>{title}</h1></div>{widgets}</div></div></div>"
            "<div class='faq'><div class='faq-item'><div class='faq-answer'><p>Yes, no, maybe, often, rarely, "
            "always, never, sometimes, at times, now, then.</p></div></div></div>"
            f"<footer><p>{footer}</p></footer></body></html>")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_builder_article_in_any_script_is_found_by_the_structural_pass(lang: str) -> None:
    _, paragraphs, footer, menu = PAGES[lang]
    text = " ".join(cleanpage.clean(widget_page(lang)).text.split())
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in text
    assert footer not in text
    assert menu[-1] not in text.split()


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_page_of_menus_in_any_script_still_has_no_article(lang: str) -> None:
    # the hard negative: links and short lines in the same scripts are no prose
    _, _, footer, menu = PAGES[lang]
    lists = "".join(f"<ul class='widget'>{''.join(f'<li><a href=/x{j}{i}>{item} {item}</a></li>' for i, item in enumerate(menu))}</ul>"
                    for j in range(3))
    with pytest.raises(cleanpage.NoContentError):
        cleanpage.clean(f"<html lang='{lang}'><body><nav>{lists}</nav><footer><p>{footer}</p></footer></body></html>")


def test_prose_length_reads_each_script_s_own_full_stop_and_thai_s_none() -> None:
    for lang in ("km", "bo", "am", "th"):
        assert prose_length(PAGES[lang][1][0]) == len(PAGES[lang][1][0])
    # a long line of the same scripts' menu words, no mark and (Tibetan, Amharic) no unmarked script, is none
    assert prose_length(" ".join(PAGES["bo"][3] * 4)) == 0
    assert prose_length(" ".join(PAGES["am"][3] * 6)) == 0


def test_prose_length_weighs_a_chinese_character_as_several_letters_only_when_asked() -> None:
    paragraph = PAGES["zh"][1][2]
    assert len(paragraph) < 80
    assert prose_length(paragraph) == 0  # a block's own measure, as the guard and scoring read it
    assert prose_length(paragraph, weighed=True) >= 3 * len(paragraph) - 10  # whether a page holds prose
    assert prose_length("首页 新闻 体育 文化 联系我们", weighed=True) == 0  # no sentence's end


# An old table layout: the menu's links in one cell, the story's lines (<br>, no full stop) in the
# next. Georgian and Tamil words run 7-9 letters: the story says in 40-odd words what its English
# twin says in 90, and a fallback's body with the menu (more words) outweighed it.
LONG_WORDS = {
    "ka": ([("ქალაქმა შაბათს დილით მდინარის ნაპირზე ახალი საჯარო ბიბლიოთეკა გახსნა და ასობით მცხოვრები მივიდა "
            "შენობის სანახავად, რომლის აშენებასაც სამი წელი დასჭირდა და დაგეგმილზე ნაკლები დაჯდა"),
            ("ბიბლიოთეკაში ორმოც ათასზე მეტი წიგნია, ბავშვების სამკითხველო დარბაზი და პატარა დარბაზი, სადაც "
            "ადგილობრივ ჯგუფებს საღამოობით უფასოდ შეკრება შეუძლიათ"),
            ("მერმა თქვა, რომ ქალაქი დიდი ხანია ელოდა ასეთ ადგილს და იმედოვნებს, რომ ახალგაზრდები ყოველდღე "
            "გამოიყენებენ მას სკოლის შემდეგ")],
           ["მთავარი", "სიახლეები", "სპორტი", "კულტურა", "ხიდის შეკეთება მომავალ კვირას დაიწყება"],
           "© 2026 ქალაქის ამბები. ყველა უფლება დაცულია."),
    "ta": ([("நகராட்சி சனிக்கிழமை காலை ஆற்றங்கரையில் புதிய பொது நூலகத்தைத் திறந்தது, மூன்று ஆண்டுகளில் "
            "கட்டப்பட்டு திட்டமிட்டதைவிடக் குறைந்த செலவில் முடிக்கப்பட்ட கட்டடத்தைப் பார்க்க நூற்றுக்கணக்கான "
            "குடியிருப்பாளர்கள் வந்தனர்"),
            ("நூலகத்தில் நாற்பதாயிரத்துக்கும் மேற்பட்ட புத்தகங்களும், குழந்தைகளுக்கான வாசிப்பு அறையும், உள்ளூர் "
            "குழுக்கள் மாலை நேரங்களில் கட்டணமின்றிக் கூடக்கூடிய சிறிய அரங்கமும் உள்ளன"),
            ("இப்படிப்பட்ட இடத்துக்காக நகரம் நீண்ட காலமாகக் காத்திருந்ததாகவும், இளைஞர்கள் பள்ளி முடிந்ததும் "
            "தினமும் இதைப் பயன்படுத்துவார்கள் என்று நம்புவதாகவும் மேயர் கூறினார்")],
           ["முகப்பு", "செய்திகள்", "விளையாட்டு", "கலாசாரம்", "பாலம் பழுதுபார்ப்பு அடுத்த வாரம் தொடக்கம்"],
           "© 2026 நகரச் செய்திகள். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை."),
}


@pytest.mark.parametrize("lang", sorted(LONG_WORDS))
def test_a_story_in_a_script_of_long_words_outweighs_the_menu_beside_it(lang: str) -> None:
    lines, menu, footer = LONG_WORDS[lang]
    links = "<br>".join(f"<a href='/t{i}'>{item}</a>" for i, item in enumerate(menu))
    html = (f"<html lang='{lang}'><body><table><tr><td colspan=2>{menu[-1]}</td></tr><tr><td class='left'>{links}</td>"
            f"<td class='content'><font size=2>{'<br><br>'.join(lines)}</font></td></tr>"
            f"<tr><td colspan=2>{footer}</td></tr></table></body></html>")
    text = " ".join(cleanpage.clean(html).text.split())
    for line in lines:
        assert line in text
    assert footer not in text
    assert menu[1] not in text and menu[-1] not in text


def test_only_a_long_body_mostly_of_other_letters_than_latin_counts_by_its_characters() -> None:
    from cleanpage.api import _long_unlatin

    story = " ".join(LONG_WORDS["ka"][0])
    assert _long_unlatin(story)
    assert not _long_unlatin(LONG_WORDS["ka"][0][2])  # one paragraph: too short still
    # English of long words, or a Latin script with its accents, counts its words as it did; and white
    # space is no text
    assert not _long_unlatin("Überschwemmungsschutzmaßnahmen " * 20)
    assert not _long_unlatin("English\n" + " " * 400 + "日本語 (Japanese)\n")


# A page of one <span> whose story runs in <br> lines beside a footer's <div>: the scoring gives a
# paragraph a point for each clause its commas part. Thai, Lao and Khmer part clauses with a space,
# Burmese with '၊', Tibetan with its shad '།': their story scored as the footer's one line did, and the
# footer's block held the article. A footer of short items in the same scripts is still no clause.
BR_STORIES = {
    "th": PAGES["th"],
    "km": PAGES["km"],
    "bo": PAGES["bo"],
    "my": ("စာကြည့်တိုက်သစ် ဖွင့်လှစ်",
           [("မြို့တော်သည် ပြီးခဲ့သည့် စနေနေ့နံနက်တွင် အများပြည်သူ စာကြည့်တိုက်သစ်ကို ဖွင့်လှစ်ခဲ့ပြီး "
             "မြို့သူမြို့သားရာပေါင်းများစွာသည် သုံးနှစ်ကြာ တည်ဆောက်ခဲ့ရသည့် မြစ်ကမ်းဘေးရှိ အဆောက်အအုံကို "
             "လာရောက်ကြည့်ရှုခဲ့ကြသည်"),
            ("ဤစာကြည့်တိုက်တွင် စာအုပ်ပေါင်း လေးသောင်းကျော်၊ ကလေးများအတွက် စာဖတ်ခန်းနှင့် ဒေသခံအဖွဲ့များ "
             "ညနေပိုင်းတွင် အခမဲ့ အစည်းအဝေးပြုလုပ်နိုင်သည့် ခန်းမငယ်တစ်ခု ရှိသည်"),
            ("မြို့တော်ဝန်က ကျွန်ုပ်တို့မြို့သည် ဤကဲ့သို့သော နေရာမျိုးကို ကာလကြာရှည်စွာ စောင့်မျှော်ခဲ့ရပြီး "
             "လူငယ်များ ကျောင်းဆင်းပြီးနောက် နေ့စဉ် လာရောက်အသုံးပြုမည်ဟု မျှော်လင့်ကြောင်း ပြောကြားခဲ့သည်")],
           "© ၂၀၂၆ မြို့သတင်း မူပိုင်ခွင့်များ ရယူထားသည်", ["ပင်မစာမျက်နှာ", "သတင်း", "အားကစား", "ယဉ်ကျေးမှု", "ဆက်သွယ်ရန်"]),
}


@pytest.mark.parametrize("lang", sorted(BR_STORIES))
def test_a_story_in_br_lines_of_a_script_without_commas_outscores_the_footer(lang: str) -> None:
    title, paragraphs, footer, menu = BR_STORIES[lang]
    lines = "<br>".join(p.rstrip("။។།") for p in paragraphs)
    links = " ".join(f"<a href='/s{i}'>{item}</a>" for i, item in enumerate(menu))
    html = (f"<html lang='{lang}'><body><div class='nav'><nav>{links}</nav></div>"
            f"<span class='txt'><b>{title}</b><br>{lines}</span><div class='foot'>{footer}</div></body></html>")
    text = " ".join(cleanpage.clean(html).text.split())
    for paragraph in paragraphs:
        assert " ".join(paragraph.rstrip("။។།").split()) in text
    assert footer not in text


@pytest.mark.parametrize("lang", ["th", "km", "my"])
def test_a_footer_of_short_items_in_a_script_without_commas_parts_no_clauses(lang: str) -> None:
    # the hard negative: a footer's long line of its copyright said again and again, spaced (each space
    # a comma, it outscored the story), beside a story of one paragraph under a menu of many links
    title, paragraphs, footer, menu = BR_STORIES[lang]
    links = " ".join(f"<a href='/s{i}'>{menu[i % 5]} {i}</a>" for i in range(16))
    html = (f"<html lang='{lang}'><body><header><nav>{links}</nav></header><div class='col'><h1>{title}</h1>"
            f"<p>{paragraphs[0]}</p><ul><li>{menu[1]}</li><li>{menu[2]}</li></ul></div>"
            f"<footer><p>{(footer + ' ') * 6}</p><p>{menu[3]}</p></footer></body></html>")
    text = " ".join(cleanpage.clean(html).text.split())
    assert " ".join(paragraphs[0].split()) in text
    assert footer not in text


def test_clause_marks_count_a_space_after_a_clause_only_in_a_script_without_commas() -> None:
    from cleanpage.rules import clause_marks

    assert clause_marks("เมืองได้เปิดห้องสมุดประชาชน และมีชาวบ้านหลายร้อยคนมาชม") == 1
    assert clause_marks("หน้าแรก ข่าว กีฬา วัฒนธรรม ติดต่อเรา") == 0  # a menu's short items
    assert clause_marks("One two three four, five six seven eight nine ten eleven") == 1  # a comma only
    assert clause_marks("ཁང་པ་དེར་ལྟ་བར་ཡོང་། ཁང་པ་དེར་འགྲོ་སོང་།") == 2
