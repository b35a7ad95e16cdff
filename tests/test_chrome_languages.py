"""Chrome labels and class words in many languages go; the article's prose, the same words in it, stays.

Each case is an invented short article in one language, with the chrome its news sites put in the
body: a "read also" line that is one link, a heading over a list of links, and blocks that are only
a label (share, print, tags, comments, next article, advertisement). One paragraph USES the label
words in a sentence: only a whole block that is a label goes.
"""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage import Options
from cleanpage.rules import SKIP_TEXT_RE, class_rule, is_label

# (lang, headline, paragraphs (the last uses label words in prose), "read also" label before one
#  link, the heading over a list of links, blocks that are a label and nothing else)
ARTICLES = [
    ("de", "Neue Brücke über den Fluss eröffnet",
     [("Nach drei Jahren Bauzeit ist die neue Brücke am Montag für den Verkehr freigegeben worden. "
      "Die Stadt rechnet mit weniger Staus in der Innenstadt und mit kürzeren Wegen für Pendler."),
      ("Die beiden Nachbargemeinden wollen sich die Kosten für die Beleuchtung teilen, und der "
      "Bürgermeister will die Pläne für einen Radweg noch vor dem Sommer drucken lassen.")],
     "Auch interessant", "Meistgelesen", ["Artikel teilen", "Drucken", "Schlagwörter:", "12 Kommentare"]),
    ("fr", "Un nouveau marché couvert ouvre au centre-ville",
     [("Après deux ans de travaux, le marché couvert a accueilli ses premiers clients samedi matin. "
      "Une trentaine de producteurs de la région y vendent fruits, fromages et pain chaque semaine."),
      ("Les commerçants veulent partager cet article de presse avec leurs clients, et la mairie compte "
      "imprimer un plan des étals pour la fête de printemps.")],
     "À lire également", "Sur le même sujet", ["Partager cet article", "Imprimer", "Mots-clés", "Article suivant"]),
    ("es", "La biblioteca municipal amplía su horario",
     [("Desde el lunes, la biblioteca municipal abrirá también por las tardes y los sábados. "
      "El ayuntamiento ha contratado a cuatro personas más para atender las nuevas franjas horarias."),
      ("Los vecinos podrán imprimir documentos gratis y compartir artículo tras artículo en el club de "
      "lectura, que se reúne cada jueves en la sala del segundo piso.")],
     "Te recomendamos", "Lo más leído", ["Compartir artículo", "Imprimir", "Etiquetas:", "Contenido patrocinado"]),
    ("it", "Il porto turistico raddoppia i posti barca",
     [("I lavori di ampliamento del porto turistico sono terminati in anticipo rispetto al previsto. "
      "Da giugno saranno disponibili duecento nuovi ormeggi per imbarcazioni fino a dodici metri."),
      ("La stampa locale ha seguito il cantiere fin dall'inizio, e il sindaco ha chiesto di "
      "condividere i dati sul traffico con i comuni vicini.")],
     "Potrebbe interessarti", "I più letti", ["Condividi articolo", "Stampa", "Etichette", "Articolo successivo"]),
    ("pt", "Escola rural ganha laboratório de ciências",
     [("A escola da aldeia recebeu esta semana um laboratório de ciências totalmente equipado. "
      "Os alunos do quinto ao nono ano vão poder fazer experiências de química e biologia."),
      ("Os professores querem compartilhar os resultados com outras escolas, e os comentários dos "
      "pais na reunião de terça-feira foram muito positivos.")],
     "Veja também", "Mais lidas", ["Compartilhar", "Publicidade", "Comentários (4)", "Próximo artigo"]),
    ("nl", "Gemeente plant duizend nieuwe bomen",
     [("De gemeente gaat dit najaar duizend bomen planten in wijken met weinig groen. "
      "Bewoners konden tot vorige week zelf plekken voorstellen via een online kaart."),
      ("Buurtbewoners willen de kosten voor het onderhoud delen, en de reacties op de plannen "
      "waren volgens de wethouder overwegend positief.")],
     "Meer nieuws", "Meest gelezen", ["Deel dit artikel", "Afdrukken", "Gesponsord", "Reacties"]),
    ("pl", "Nowa linia tramwajowa połączy dwie dzielnice",
     [("Budowa nowej linii tramwajowej ruszy na wiosnę i potrwa około dwóch lat. "
      "Trasa będzie miała dziewięć przystanków i połączy osiedla na północy z centrum miasta."),
      ("Mieszkańcy mogą drukować mapy objazdów w urzędzie, a radni chcą udostępnić harmonogram "
      "prac na stronie internetowej miasta.")],
     "Przeczytaj także", "Najczęściej czytane", ["Udostępnij artykuł", "Drukuj", "Tagi:", "Następny artykuł"]),
    ("sv", "Ny cykelbana längs kusten invigd",
     [("Den nya cykelbanan längs kusten invigdes i helgen efter två års arbete. "
      "Sträckan är tolv kilometer lång och har flera rastplatser med utsikt över havet."),
      ("Kommunerna vill dela på kostnaden för underhållet, och många kommentarer på mötet "
      "handlade om belysningen på vintern.")],
     "Läs mer", "Mest lästa", ["Dela", "Annons", "Taggar", "Kommentarer"]),
    ("da", "Havnebadet åbner tidligere i år",
     [("Havnebadet åbner allerede i maj, fordi vandet har været usædvanligt varmt. "
      "Livreddere vil være til stede hver dag fra klokken ti til klokken seks."),
      ("Foreningen vil dele artiklen om vandkvaliteten med medlemmerne, og relaterede "
      "artikler om badning kan lånes på biblioteket.")],
     "Læs også", "Mest læste", ["Del artiklen", "Annonce", "Relaterede artikler"]),
    ("no", "Fergen får nye avganger om kvelden",
     [("Fra neste måned får fergen tre nye avganger om kvelden på hverdager. "
      "Pendlerne har lenge bedt om et bedre tilbud etter klokken åtte."),
      ("Plakaten på kaia sier at man kan les mer om rutene på nett, og en annonse for nye "
      "stillinger som mannskap er allerede lagt ut.")],
     "Les mer", "Mest lest", ["Del artikkelen", "Annonse", "Relaterte artikler"]),
    ("cs", "Město opraví historické náměstí",
     [("Oprava historického náměstí začne v létě a potrvá do konce příštího roku. "
      "Radnice slibuje, že obchody zůstanou během prací otevřené a chodníky průchozí."),
      ("Obyvatelé mohou sdílet své návrhy na lavičky a stromy, a komentáře z veřejného "
      "projednání budou zveřejněny na webu radnice.")],
     "Čtěte také", "Nejčtenější", ["Sdílet článek", "Štítky", "Komentáře", "Související články"]),
    ("ru", "В городе открылся новый парк",
     [("В субботу в северном районе города открылся новый парк площадью двенадцать гектаров. "
      "В нём есть детские площадки, велосипедные дорожки и небольшой пруд с утками."),
      ("Жители решили поделиться фотографиями с открытия, а комментарии к проекту архитекторы "
      "обещали учесть при благоустройстве второй очереди.")],
     "Читайте также", "Самое читаемое", ["Поделиться", "Реклама", "Теги:", "Комментарии", "Следующая статья"]),
    ("uk", "У селищі відкрили нову амбулаторію",
     [("Нова амбулаторія почала приймати пацієнтів у понеділок після року будівництва. "
      "Тут працюватимуть два сімейні лікарі та медсестра, а також діятиме невелика аптека."),
      ("Мешканці хочуть поділитися враженнями з сусідніми громадами, а коментарі пацієнтів "
      "за перший тиждень були здебільшого схвальні.")],
     "Читайте також", "Найчитаніше", ["Поділитися", "Коментарі", "Наступна стаття", "Друк"]),
    ("tr", "Sahil yolu yaya trafiğine açıldı",
     [("Sahil yolu hafta sonları yalnızca yayalara ve bisikletlilere açık olacak. "
      "Belediye, yol boyunca yeni banklar ve içme suyu çeşmeleri yerleştirdi."),
      ("Esnaf, yeni yolun fotoğraflarını paylaşmaya devam etti; ilgili haberler yerel gazetede "
      "geniş yer buldu.")],
     "Ayrıca okuyun", "En çok okunanlar", ["Paylaş", "Reklam", "Etiketler", "Yorumlar", "İlgili Haberler"]),
    ("ja", "駅前に新しい図書館が開館",
     [("駅前に新しい図書館が開館し、初日から多くの家族連れが訪れました。館内には約十万冊の本と、"
      "子ども向けの読み聞かせコーナーがあります。"),
      "利用者は感想をシェアする掲示板に書き込むことができ、コメントは毎月まとめて館内に展示されます。"],
     "あわせて読みたい", "人気記事", ["シェアする", "広告", "タグ", "3件のコメント", "次の記事"]),
    ("zh", "城市公园新增儿童游乐区",
     [("城市公园本周新增了一片儿童游乐区，占地约两千平方米，设有滑梯、秋千和沙坑。"
      "管理处表示，游乐区每天早上七点开放，晚上九点关闭。"),
      "不少家长在社区群里分享到游乐区的照片，评论大多称赞设施安全，也有人建议增加遮阳棚。"],
     "延伸阅读", "热门文章", ["分享到", "标签：", "评论", "下一篇"]),
    ("ko", "시립 미술관, 야간 개장 시작",
     [("시립 미술관이 이번 달부터 금요일과 토요일에 밤 아홉 시까지 문을 엽니다. "
      "퇴근 후에도 전시를 볼 수 있도록 해 달라는 시민들의 요청에 따른 것입니다."),
      "관람객들은 전시 사진을 공유하기 위해 줄을 섰고, 댓글 게시판에는 야간 조명이 아름답다는 평이 많았습니다."],
     "추천 기사", "많이 본 뉴스", ["공유하기", "광고", "태그", "댓글", "다음 글"]),
    ("ar", "افتتاح مكتبة عامة جديدة في وسط المدينة",
     [("افتتحت البلدية يوم السبت مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف كتاب. "
      "وتفتح المكتبة أبوابها يوميا من الساعة التاسعة صباحا حتى الثامنة مساء."),
      "ودعا المدير الزوار إلى مشاركة آرائهم، وقال إن التعليقات التي تصل عبر البريد ستقرأ كلها بعناية."],
     "شاهد أيضاً", "الأكثر قراءة", ["شارك المقال", "التعليقات", "المقال التالي", "طباعة"]),
    ("id", "Pasar ikan baru dibuka di pelabuhan",
     [("Pasar ikan baru di pelabuhan kota dibuka pada hari Senin setelah dua tahun pembangunan. "
      "Lebih dari seratus pedagang kini berjualan di gedung yang lebih bersih dan terang."),
      ("Para nelayan ingin berbagi biaya listrik dengan pedagang, dan komentar warga dalam rapat minggu lalu "
      "sebagian besar mendukung rencana untuk mencetak peta pasar.")],
     "Baca juga", "Berita terkait", ["Bagikan artikel ini", "Cetak", "Komentar", "12 komentar", "Kata kunci:", "Konten bersponsor", "Artikel selanjutnya"]),
    ("vi", "Thành phố mở tuyến xe buýt điện đầu tiên",
     [("Tuyến xe buýt điện đầu tiên của thành phố bắt đầu chạy vào sáng thứ Hai. "
      "Mỗi ngày có khoảng ba mươi chuyến nối bến xe phía bắc với trung tâm."),
      ("Nhiều hành khách muốn chia sẻ cảm nhận về chuyến đi, và các bình luận trên trang của thành phố "
      "phần lớn khen xe sạch sẽ, yên tĩnh.")],
     "Xem thêm", "Tin liên quan", ["Chia sẻ bài viết", "In bài viết", "Bình luận", "12 bình luận", "Từ khóa:", "Quảng cáo", "Bài tiếp theo"]),
    ("fa", "کتابخانه جدید شهر افتتاح شد",
     [("کتابخانه جدید شهر روز شنبه پس از دو سال ساخت افتتاح شد. "
      "این کتابخانه بیش از سی هزار جلد کتاب و یک سالن مطالعه برای دانشجویان دارد."),
      ("مدیر کتابخانه گفت که نظرات مردم درباره ساعت کار را می‌خواند و برنامه کارگاه‌ها را برای "
      "اشتراک‌گذاری با مدارس چاپ خواهد کرد.")],
     "بیشتر بخوانید", "مطالب مرتبط", ["اشتراک‌گذاری", "چاپ", "نظرات", "12 نظر", "برچسب‌ها:", "تبلیغات", "خبر بعدی"]),
    ("ro", "Orașul deschide o nouă piață agroalimentară",
     [("Noua piață agroalimentară din cartierul de nord și-a deschis porțile sâmbătă dimineață. "
      "Peste o sută de producători locali vând aici legume, brânzeturi și pâine."),
      ("Comercianții vor să distribuie costurile de pază între ei, iar comentariile locuitorilor la "
      "dezbaterea publică au fost în mare parte pozitive.")],
     "Citește și", "Cele mai citite", ["Distribuie", "Printează", "Comentarii", "12 comentarii", "Etichete:", "Publicitate", "Articolul următor"]),
    ("el", "Νέος ποδηλατόδρομος στην παραλία",
     [("Ο νέος ποδηλατόδρομος κατά μήκος της παραλίας παραδόθηκε στην κυκλοφορία το Σάββατο. "
      "Έχει μήκος οκτώ χιλιομέτρων και περνά από τρία λιμανάκια."),
      ("Οι κάτοικοι θέλουν να μοιραστούν τις φωτογραφίες τους, και τα σχόλια στη δημόσια συζήτηση "
      "ήταν κυρίως θετικά για τον φωτισμό.")],
     "Διαβάστε επίσης", "Σχετικά άρθρα", ["Κοινοποίηση", "Εκτύπωση", "Σχόλια", "12 σχόλια", "Ετικέτες:", "Διαφήμιση", "Επόμενο άρθρο"]),
    ("hu", "Új kerékpárút épül a folyó mentén",
     [("A folyó menti új kerékpárút építése tavasszal kezdődik, és két évig tart. "
      "A tizenkét kilométeres szakaszon hat pihenőhely is lesz."),
      ("A két község meg akarja osztani a költségeket, és a hozzászólások a lakossági fórumon "
      "főleg a világításról szóltak.")],
     "Ez is érdekelheti", "Kapcsolódó cikkek", ["Megosztás", "Nyomtatás", "Hozzászólások", "12 hozzászólás", "Címkék:", "Hirdetés", "Következő cikk"]),
    ("he", "נפתח גן ציבורי חדש במרכז העיר",
     [("גן ציבורי חדש נפתח ביום ראשון במרכז העיר אחרי שנתיים של עבודות. "
      "בגן יש מגרש משחקים, שבילי אופניים ובריכה קטנה עם ברווזים."),
      "תושבים רבים ביקשו לשתף תמונות מהפתיחה, והתגובות בישיבת המועצה היו ברובן חיוביות."],
     "קראו גם", "הנקראים ביותר", ["שיתוף", "הדפסה", "תגובות", "12 תגובות", "תגיות:", "פרסומת", "הכתבה הבאה"]),
    ("th", "เมืองเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
     [("สวนสาธารณะแห่งใหม่ริมแม่น้ำเปิดให้ประชาชนเข้าใช้เมื่อวันเสาร์ที่ผ่านมา หลังจากก่อสร้างมานานสองปี "
      "สวนมีลานเด็กเล่น ทางจักรยาน และสระน้ำขนาดเล็ก"),
      "ชาวบ้านหลายคนอยากแชร์ภาพบรรยากาศวันเปิด และความคิดเห็นในที่ประชุมสภาส่วนใหญ่เป็นไปในทางบวก"],
     "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง", ["แชร์", "พิมพ์", "ความคิดเห็น", "12 ความคิดเห็น", "แท็ก:", "โฆษณา", "บทความถัดไป"]),
    ("hi", "नदी किनारे नया पार्क खुला",
     [("नदी किनारे बना नया पार्क शनिवार सुबह लोगों के लिए खोल दिया गया। "
      "पार्क में बच्चों के लिए झूले, साइकिल का रास्ता और एक छोटा तालाब है।"),
      "कई निवासियों ने कहा कि वे यह भी पढ़ें कि नगर परिषद अगले साल कौन से पार्क बनाएगी, और बैठक में राय ज्यादातर सकारात्मक रही।"],
     "ये भी पढ़ें", "संबंधित खबरें", ["और पढ़ें", "यह भी देखें"]),
    ("bn", "নদীর ধারে নতুন পার্ক খুলল",
     [("নদীর ধারে তৈরি নতুন পার্কটি শনিবার সকালে সবার জন্য খুলে দেওয়া হয়েছে। "
      "পার্কে শিশুদের দোলনা, সাইকেলের পথ এবং একটি ছোট পুকুর আছে।"),
      "অনেক বাসিন্দা বলেছেন তাঁরা আরও পড়ুন বলে লেখা পুরনো সাইনবোর্ডটি সরাতে চান, এবং সভায় মতামত বেশিরভাগই ইতিবাচক ছিল।"],
     "আরও পড়ুন", "সম্পর্কিত খবর", ["আরো পড়ুন", "আরও খবর"]),
    ("ur", "دریا کے کنارے نیا پارک کھل گیا",
     [("دریا کے کنارے بنایا گیا نیا پارک ہفتے کی صبح عوام کے لیے کھول دیا گیا۔ "
      "پارک میں بچوں کے جھولے، سائیکل کا راستہ اور ایک چھوٹا تالاب ہے۔"),
      "کئی رہائشیوں نے کہا کہ وہ مزید پڑھیں گے کہ بلدیہ اگلے سال کون سے پارک بنائے گی، اور اجلاس میں رائے زیادہ تر مثبت رہی۔"],
     "یہ بھی پڑھیں", "متعلقہ خبریں", ["مزید پڑھیں"]),
]


def story_page(body: str) -> str:
    """A story page, its article body `body`."""
    return (f"<!doctype html><html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
            f"<div class='article-body'>{body}</div></article></body></html>")


def article_page(lang: str, headline: str, paragraphs: list[str], read_also: str, heading: str,
                 labels: list[str]) -> str:
    first, prose = paragraphs
    related = "".join(f"<li><a href='/n/{i}'>RELATEDLINK {i} {headline}</a></li>" for i in range(3))
    blocks = "".join(f"<div>{label}</div>" for label in labels)
    return (f"<!doctype html><html lang='{lang}'><head><title>{headline}</title></head><body><article>"
            f"<h1>{headline}</h1><div class='article-body'><p>{first}</p>"
            f"<p>{read_also}: <a href='/n/other'>OTHERSTORY {headline}</a></p><p>{prose}</p>"
            f"{blocks}<h2>{heading}</h2><ul>{related}</ul></div></article></body></html>")


def lines_of(html: str) -> list[str]:
    text = cleanpage.clean(html, options=Options()).text
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("lang, headline, paragraphs, read_also, heading, labels", ARTICLES,
                         ids=[case[0] for case in ARTICLES])
def test_chrome_labels_go_and_the_prose_using_their_words_stays(
        lang: str, headline: str, paragraphs: list[str], read_also: str, heading: str, labels: list[str]) -> None:
    lines = lines_of(article_page(lang, headline, paragraphs, read_also, heading, labels))
    for paragraph in paragraphs:
        assert paragraph in lines
    text = "\n".join(lines)
    assert "OTHERSTORY" not in text and "RELATEDLINK" not in text
    for label in (heading, *labels):
        assert label not in lines and label.rstrip(":") not in lines, label


@pytest.mark.parametrize("link", ["Zurück nach oben", "Voltar ao topo", "Наверх", "Başa dön", "返回顶部",
                                  "ページトップへ", "맨 위로", "العودة إلى الأعلى", "Zum Inhalt springen",
                                  "Kembali ke atas", "Lên đầu trang", "بازگشت به بالا", "Înapoi sus",
                                  "Επιστροφή στην κορυφή", "Vissza a tetejére", "חזרה למעלה", "กลับไปด้านบน",
                                  "Chuyển đến nội dung", "Ugrás a tartalomhoz"])
def test_in_page_links_back_to_the_top_go_in_many_languages(link: str) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    html = story_page(f"{paragraphs}<p><span>{link}</span> <a href='#top'>{link}</a></p>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert any(r.rule == "skip-link" for r in article.removals)
    assert "Paragraph 4 of the report" in article.text


@pytest.mark.parametrize("heading", ["Sobre o autor", "Om forfatteren", "Об авторе", "Yazar hakkında",
                                     "著者について", "关于作者", "عن الكاتب", "Tentang penulis", "Về tác giả",
                                     "درباره نویسنده", "Despre autor", "Σχετικά με τον συγγραφέα", "A szerzőről",
                                     "על הכותב", "เกี่ยวกับผู้เขียน"])
def test_an_about_the_author_box_goes_in_many_languages(heading: str) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    html = story_page(f"{paragraphs}<div><h3>{heading}</h3><p>AUTHORBIO Mira Tolvanen writes about ports and "
                      f"ferries.</p></div>")
    text = cleanpage.clean(html).text
    assert "AUTHORBIO" not in text and "Paragraph 4 of the report" in text


@pytest.mark.parametrize("label", ["Written by", "Geschrieben von", "Écrit par", "Escrito por", "Scritto da",
                                   "Geschreven door"])
def test_an_author_box_opened_by_a_credit_label_alone_goes(label: str) -> None:
    # the label on its own line, the name and the bio in the blocks after it: an author box, in
    # several languages; a byline that writes the name on the label's line stays a byline
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    box = (f"<div class='q1'><div class='q2'><p class='q3'><span>{label}</span></p></div><div class='q4'>"
           "<h2><a href='/people/mira'>AUTHORNAME Mira Tolvanen</a></h2><p>AUTHORBIO Ports and ferries "
           "reporter at the Lakeside Courier since 2014.</p></div></div>")
    html = story_page(f"{paragraphs}{box}")
    text = cleanpage.clean(html).text
    assert "AUTHORBIO" not in text and "AUTHORNAME" not in text and "Paragraph 4 of the report" in text


@pytest.mark.parametrize("href, bio", [
    ("/author/mira-tolvanen/", "Mira Tolvanen is a reporter who has covered ports and ferries since 2014."),
    ("/author/2291/mira-tolvanen/", "Mira has written about the harbour for the Courier since 2014."),
    ("/autor/mira-tolvanen", "Mira Tolvanen schreibt seit 2014 über Häfen, Fähren und die Küste."),
    ("/autores/mira-tolvanen/", "Mira Tolvanen escribe sobre puertos y transbordadores desde 2014."),
    ("/auteur/mira-tolvanen/", "Mira Tolvanen couvre les ports et les ferries depuis 2014 pour le journal."),
])
def test_an_author_card_of_a_linked_name_over_its_bio_goes(href: str, bio: str) -> None:
    # no class or heading says so: the link to the author's page, then a block opening with the
    # name, is the author's card, in several languages
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    box = (f"<section class='c1'><div class='c2'><a href='{href}'><span>Mira Tolvanen</span></a>"
           f"<div class='c3'>Ports editor</div></div><div class='c4'><p>{bio}</p></div></section>")
    text = cleanpage.clean(story_page(f"{paragraphs}{box}")).text
    assert "2014" not in text and "Paragraph 4 of the report" in text


def test_a_block_after_a_byline_link_that_opens_with_another_word_stays() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    box = ("<div class='c1'><a href='/author/mira-tolvanen/'>Mira Tolvanen</a>"
           "<p>KEPTTEXT The pier closes on Sundays while the cranes are moved along the harbour wall.</p></div>")
    assert "KEPTTEXT" in cleanpage.clean(story_page(f"{paragraphs}{box}")).text


@pytest.mark.parametrize("opening", ["<p>Written by <a href='/people/mira'>Mira Tolvanen</a></p>",
                                     "<span class='badge'>Author</span>"])
def test_a_credit_label_with_its_name_or_a_bare_author_badge_opens_no_author_box(opening: str) -> None:
    # "Written by" with the name on its line is a byline; a bare "Author" is a forum's badge on the
    # thread starter's post (or a book's field): the text after either stays
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    box = (f"<div class='q1'>{opening}"
           "<p>KEPTTEXT The pier closes on Sundays while the cranes are moved along the harbour wall.</p></div>")
    html = story_page(f"{paragraphs}{box}")
    assert "KEPTTEXT" in cleanpage.clean(html).text


def test_an_author_card_schema_org_marks_goes_whatever_its_classes() -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    card = ("<div itemprop='author' itemscope itemtype='https://schema.org/Person' class='c7f2 k91'>"
            "<div class='c8a0'><a href='/people/mira'>Mira Tolvanen</a></div>"
            "<div itemprop='description' class='c3d1'>AUTHORBIO Mira Tolvanen is a senior reporter at the "
            "Lakeside Courier. She has covered ports, ferries and the people who run them since 2014.</div></div>")
    html = (f"<!doctype html><html><head><title>Harbour works</title></head><body><main><h1>Harbour works</h1>"
            f"<p class='c11'>By <span itemprop='author'><span itemprop='name'>Mira Tolvanen</span></span></p>"
            f"<div class='c12'><div itemprop='articleBody'>{paragraphs}</div>{card}</div></main></body></html>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert "AUTHORBIO" not in article.text and "Paragraph 4 of the report" in article.text
    assert any(r.rule == "author-bio" for r in article.removals)
    assert article.byline == "Mira Tolvanen"  # the byline's mark names her without a description: it stays


@pytest.mark.parametrize("names, rule", [
    ("nieuwsbrief-aanmelding", "newsletter"),
    ("nyhetsbrev-box", "newsletter"),
    ("kotak-langganan", "newsletter"),
    ("hirlevel-doboz", "newsletter"),
    ("bulten-kayit", "newsletter"),
    ("boletin-suscripcion", "newsletter"),
    ("caixa-boletim", "newsletter"),
    ("rundbrief-anmeldung", "newsletter"),
    ("kommentarer", "comments"),
    ("yorumlar", "comments"),
    ("comentarii", "comments"),
    ("hozzaszolasok", "comments"),
    ("binh-luan-box", "comments"),
    ("compartilhar-botoes", "share-bar"),
    ("paylas-butonlari", "share-bar"),
    ("publicidade-topo", "advertisement"),
    ("guanggao-wrap", "advertisement"),
    ("iklan-tengah", "advertisement"),
    ("quang-cao-top", "advertisement"),
    ("hirdetes-box", "advertisement"),
    ("powiazane-artykuly", "related"),
    ("verwandte-artikel", "related"),
    ("ilgili-haberler", "related"),
    ("articoli-correlati", "related"),
    ("voir-aussi", "related"),
    ("brotkrumen", "navigation"),
])
def test_class_words_in_many_languages_name_their_rule(names: str, rule: str) -> None:
    assert class_rule(names) == rule



def test_a_newsletter_box_its_class_names_in_spanish_goes_and_a_text_so_named_stays() -> None:
    box = ("<section class='boletin'><h4>Boletín semanal</h4><p>BOXLINE Cada lunes las noticias del puerto en "
           "tu bandeja de entrada.</p></section>")
    article = cleanpage.clean(story_page(f"<main><h1>Obras en el muelle</h1>{REPORT}{box}</main>"))
    assert "BOXLINE" not in article.text and "Paragraph 4 of the report" in article.text
    # an official gazette's page whose whole text sits in a block its class names so: the guard keeps it
    gazette = cleanpage.clean(story_page(f"<div class='boletin-oficial'><h1>Obras en el muelle</h1>{REPORT}</div>"))
    assert "Paragraph 4 of the report" in gazette.text


REPORT = "".join(f"<p>Paragraph {i} of the report describes the harbour works, with enough words, commas, "
                 f"and detail to read as prose.</p>" for i in range(5))


def report_with(block: str) -> str:
    """A story page with `block` between two of the report's paragraphs."""
    return story_page(f"{REPORT[:len(REPORT) // 2]}{block}{REPORT}")


@pytest.mark.parametrize("label", ["Sie sind hier", "Vous êtes ici", "Você está aqui", "Jesteś tutaj", "Вы здесь",
                                   "Buradasınız", "当前位置", "현재 위치", "أنت هنا", "Anda berada di sini",
                                   "Bạn đang ở đây", "شما اینجا هستید", "Vă aflați aici", "Βρίσκεστε εδώ",
                                   "Ön itt van", "אתם נמצאים כאן", "คุณอยู่ที่นี่"])
def test_a_breadcrumbs_label_and_its_one_link_go(label: str) -> None:
    html = story_page(f"<p>{label}: <a href='/port'>PORTSECTION harbour and ferry news</a></p>{REPORT}")
    text = cleanpage.clean(html).text
    assert "PORTSECTION" not in text and "Paragraph 4 of the report" in text


# A "read also" box set inside the story, its label then one link: Czech and Slovak labels, and
# Arabic with the tanween written before the alif ("أيضًا") as well as after it ("أيضاً").
@pytest.mark.parametrize("label", ["Související", "Čítajte aj", "اقرأ أيضًا", "شاهد أيضًا"])
def test_a_read_also_label_and_its_one_link_go(label: str) -> None:
    html = story_page(f"{REPORT[:len(REPORT) // 2]}<div class='box-x'><div class='box-x-t'>{label}</div>"
                      f"<a href='/n/8'>OTHERSTORY the ferry timetable changes again</a></div>{REPORT}")
    text = cleanpage.clean(html).text
    assert "OTHERSTORY" not in text and "Paragraph 4 of the report" in text


# An advertisement's label over its one link, in Hindi (and "sponsored"), Bengali and Urdu.
@pytest.mark.parametrize("label", ["विज्ञापन", "प्रायोजित", "বিজ্ঞাপন", "اشتہار"])
def test_an_ad_label_and_its_one_link_go_in_south_asian_languages(label: str) -> None:
    html = story_page(f"{REPORT[:len(REPORT) // 2]}<div class='box-y'><span class='box-y-l'>{label}</span>"
                      f"<a href='/offer'>ADOFFER solar panels in easy instalments</a></div>{REPORT}")
    text = cleanpage.clean(html).text
    assert "ADOFFER" not in text and "Paragraph 4 of the report" in text


@pytest.mark.parametrize("heading", ["Deixe um comentário", "Lämna ett svar", "Legg igjen en kommentar",
                                     "Napsat komentář", "Добавить комментарий", "Bir yanıt yazın", "コメントを残す",
                                     "发表评论", "댓글 남기기", "اترك تعليقاً", "Tinggalkan Balasan",
                                     "Để lại một bình luận", "دیدگاهتان را بنویسید", "Lasă un răspuns",
                                     "Αφήστε μια απάντηση", "Vélemény, hozzászólás?", "כתיבת תגובה", "ใส่ความเห็น"])
def test_with_comments_the_forms_heading_goes_in_many_languages(heading: str) -> None:
    comments = ("<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
                "<div class='comment-content'><p>The old quay flooded twice last spring, so the works are overdue."
                f"</p></div></li></ol><div class='box'><h4>{heading}</h4></div></div>")
    html = (f"<!doctype html><html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
            f"<div class='article-body'>{REPORT}</div>{comments}</article></body></html>")
    text = cleanpage.clean(html, options=Options(comments=True)).text
    assert "The old quay flooded twice" in text and heading not in text


@pytest.mark.parametrize("badge", ["Quick view", "Add to compare", "Compare", "In stock", "Low stock", "New arrival",
                                   "Auf Lager", "En stock", "Aperçu rapide"])
def test_an_item_cards_buttons_and_stock_badges_go(badge: str) -> None:
    cards = "".join(f"<div class='card'><h3><a href='/kettle/{i}'>Fernhill kettle no. {i}</a></h3>"
                    f"<p>A stovetop kettle in brushed steel, model {i}, whistles when the water boils.</p>"
                    f"<div>{badge}</div><span>$4{i}.00</span></div>" for i in range(6))
    html = (f"<!doctype html><html><head><title>Kettles</title></head><body><main><h1>Kettles</h1>"
            f"<div class='products'>{cards}</div></main></body></html>")
    lines = lines_of(html)
    assert "A stovetop kettle in brushed steel, model 5, whistles when the water boils." in lines
    assert badge not in lines


@pytest.mark.parametrize("control", ["Sort: Best Match", "Sort by: Newest", "Trier par : Pertinence",
                                     "Sortieren nach: Preis"])
def test_a_lists_sort_control_goes(control: str) -> None:
    cards = "".join(f"<div class='card'><h3><a href='/tent/{i}'>Cedarfall tent no. {i}</a></h3>"
                    f"<p>A two-person tent of ripstop nylon, model {i}, pitches in four minutes.</p></div>"
                    for i in range(6))
    html = (f"<!doctype html><html><head><title>Tents</title></head><body><main><h1>Tents</h1>"
            f"<div class='products'><p>Twelve tents for two to six people.</p><div>{control}</div>{cards}</div>"
            f"</main></body></html>")
    lines = lines_of(html)
    assert "A two-person tent of ripstop nylon, model 5, pitches in four minutes." in lines
    assert control not in lines


@pytest.mark.parametrize("count", ["2,317 views", "2,048 comments", "12.5K views", "1.234 Kommentare", "3.1k replies"])
def test_a_counter_with_thousands_parted_is_a_label(count: str) -> None:
    # a post's counter as the page prints it, thousands parted by a comma or a dot or cut to "k":
    # chrome like "12 comments"; a sentence that opens with a number and the same word stays
    assert is_label(count)
    assert not is_label("2,317 views were counted in the survey of the north harbour.")


def test_a_sentence_on_sorting_stays() -> None:
    assert not is_label("Sort: the tool orders the rows by date, then by name.")


@pytest.mark.parametrize("edit", ["edit", "edit source", "bearbeiten | Quelltext bearbeiten", "modifier", "редактировать"])
def test_a_wikis_bracketed_section_edit_link_goes_and_a_bare_edit_word_stays(edit: str) -> None:
    # a wiki sets "[edit]" after each section's heading, the brackets outside its link
    sections = "".join(
        f"<div class='heading'><h2>Quay {q}</h2><span class='section-edit'>[<a href='/w?action=edit&amp;"
        f"section={q}'>{edit}</a>]</span></div><p>Quay {q} of the harbour takes ferries and fishing boats, "
        f"with enough words, commas, and detail to read as prose.</p>" for q in range(1, 5))
    html = (f"<!doctype html><html><head><title>Harbour quays</title></head><body><article><h1>Harbour quays</h1>"
            f"<div class='article-body'>{sections}<p>Edit</p></div></article></body></html>")
    lines = lines_of(html)
    assert "Quay 4 of the harbour takes ferries" in "\n".join(lines)
    assert "Quay 4" in lines and not any(edit in line for line in lines), lines
    assert "Edit" in lines  # a block that is the bare word, no brackets, is no wiki's link


def test_a_bracketed_phrase_that_is_no_edit_link_is_no_label() -> None:
    assert is_label("[edit]") and is_label("[ Quelltext bearbeiten ]")
    assert not is_label("[edit the plan]") and not is_label("edit")


@pytest.mark.parametrize("placeholder", ["Loading the tide table...", "Loading ferry times for your harbour…",
                                         "Loading <!-- -->comments<!-- -->...", "Kommentare werden geladen…",
                                         "Chargement de la carte..."])
def test_a_placeholder_waiting_for_a_script_goes(placeholder: str) -> None:
    text = ("The Brindlemoor ferry will carry bicycles free of charge from May, the island council said. "
            "Riders have asked for the change for years, and the council expects twice as many of them.")
    html = (f"<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
            f"<p>{text}</p><div>{placeholder}</div><h2>Loading and unloading</h2>"
            f"<p>Crews will load the bicycles first and unload them last, so that cars keep moving on the ramp.</p>"
            f"</article></body></html>")
    lines = lines_of(html)
    assert text in lines and "Loading and unloading" in lines
    assert not any(line.startswith(("Loading", "Kommentare", "Chargement")) and line.endswith(("...", "…"))
                   for line in lines)


@pytest.mark.parametrize("button", ["Reply", "Antworten", "Répondre", "返信"])
def test_a_comments_reply_button_goes(button: str) -> None:
    text = ("The Brindlemoor ferry will carry bicycles free of charge from May, the island council said. "
            "Riders have asked for the change for years, and the council expects twice as many of them.")
    note = "Odile Farrant wrote to the council to reply that the ramp is too steep for loaded bicycles."
    html = (f"<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
            f"<p>{text}</p><p>{note}</p><div class='c-actions'><span>{button}</span></div>"
            f"<p>{text.replace('May', 'June')}</p></article></body></html>")
    lines = lines_of(html)
    assert text in lines and note in lines
    assert button not in lines


@pytest.mark.parametrize("invite, button", [
    ("Berlangganan newsletter kami dan dapatkan kabar pelabuhan setiap pagi", "Berlangganan"),
    ("Đăng ký nhận bản tin để không bỏ lỡ tin tức về bến cảng", "Đăng ký"),
    ("برای دریافت اخبار بندر، عضویت در خبرنامه را فراموش نکنید", "مشترک شوید"),
    ("Abonează-te la newsletter și primești știrile din port în fiecare dimineață", "Abonează-te"),
    ("Εγγραφείτε στο newsletter μας για τα νέα του λιμανιού", "Εγγραφή"),
    ("Iratkozzon fel hírlevelünkre, és minden reggel megkapja a kikötő híreit", "Feliratkozás"),
    ("הירשמו לניוזלטר שלנו וקבלו את חדשות הנמל בכל בוקר", "הרשמה"),
    ("สมัครรับจดหมายข่าวเพื่อรับข่าวท่าเรือทุกเช้า", "สมัครสมาชิก"),
    ("Bültenimize abone olun, limandan haberler her sabah e-postanızda", "Abone ol"),
])
def test_a_newsletter_box_goes_in_many_languages(invite: str, button: str) -> None:
    html = story_page(f"{REPORT}<div class='box'><p>{invite}</p><form><input type='email'>"
                      f"<button>{button}</button></form></div>")
    text = cleanpage.clean(html).text
    assert invite not in text and button not in text and "Paragraph 4 of the report" in text


@pytest.mark.parametrize("notice", [
    "PAYWALLED Este conteúdo é exclusivo para assinantes. Já é assinante? Entre.",
    "PAYWALLED Dit artikel is alleen voor abonnees van het Havenblad.",
    "PAYWALLED Этот материал доступен только подписчикам «Портовых вестей».",
    "PAYWALLED Bu içerik abonelere özel. Giriş yapın.",
    "PAYWALLED Artikel ini khusus untuk pelanggan Kabar Pelabuhan.",
    "PAYWALLED この記事は有料会員限定です。",
    "PAYWALLED Ez a cikk csak előfizetőknek érhető el.",
    "PAYWALLED Acest articol este disponibil doar pentru abonați.",
    "PAYWALLED Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.",
    "PAYWALLED הכתבה זמינה למנויים בלבד",
])
def test_a_subscribers_only_notice_goes_in_many_languages(notice: str) -> None:
    html = story_page(f"{REPORT}<p>{notice}</p>")
    text = cleanpage.clean(html).text
    assert "PAYWALLED" not in text and "Paragraph 4 of the report" in text


# The end of a free article: "subscribe (or log in) to read the rest", and the story for
# subscribers only, in the web's other large languages.
@pytest.mark.parametrize("notice", [
    "订阅后阅读全文", "本文为付费内容，仅限订阅用户阅读。已是订阅用户？请登录", "訂閱後閱讀全文",
    "구독하고 전체 기사 읽기", "이 기사는 유료 구독자 전용입니다. 이미 구독 중이신가요? 로그인",
    "전체 기사를 읽으려면 구독하세요",
    "Đăng ký để đọc tiếp bài viết", "Bài viết này chỉ dành cho hội viên. Bạn đã là hội viên? Đăng nhập",
    "برای ادامه مطالعه مشترک شوید", "این مطلب ویژه مشترکان است. قبلاً مشترک شده‌اید؟ وارد شوید",
    "สมัครสมาชิกเพื่ออ่านต่อ", "บทความนี้สำหรับสมาชิกเท่านั้น",
    "続きを読むには会員登録が必要です", "اشترك لمواصلة القراءة", "Berlangganan untuk membaca artikel selengkapnya",
    "Haberin devamını okumak için abone olun", "Чтобы дочитать статью, оформите подписку",
    "Щоб продовжити читання, оформіть передплату", "Per continuare a leggere abbonati",
    "Para continuar lendo, assine", "Aby przeczytać cały artykuł, wykup subskrypcję",
    "Um weiterzulesen, schließen Sie ein Abo ab", "Lees verder met een abonnement",
    "Pro pokračování ve čtení si předplaťte", "Για να συνεχίσετε την ανάγνωση, γίνετε συνδρομητές",
    "A cikk folytatásához fizessen elő", "Pentru a continua lectura, abonează-te", "Läs vidare med ett abonnemang",
    "כדי להמשיך לקרוא, הירשמו למינוי",
])
def test_a_read_the_rest_notice_goes_in_many_languages(notice: str) -> None:
    html = story_page(f"{REPORT}<p>PAYWALLED {notice}</p>")
    text = cleanpage.clean(html).text
    assert "PAYWALLED" not in text and "Paragraph 4 of the report" in text


# Prose on subscribers and members stays: the notice speaks to the reader about this story.
@pytest.mark.parametrize("line", [
    "넷플릭스를 이미 구독 중인 이용자는 추가 요금을 내지 않는다고 항만공사 측은 설명했다.",
    "该平台的订阅用户可以阅读全部历史报道，港务局发言人周明辉表示。",
    "Chương trình này dành cho thành viên câu lạc bộ thuyền buồm, ông Lê Minh Hải cho biết.",
    "ประเทศไทยเป็นสมาชิกแล้ว นายสมศักดิ์ ท่าเรือดี กล่าวกับผู้สื่อข่าว",
])
def test_prose_on_subscribers_stays(line: str) -> None:
    html = story_page(f"{REPORT}<p>{line}</p>")
    assert line in cleanpage.clean(html).text


# A Chinese story fits in a few hundred characters: the notice at its end goes, as its own
# paragraph, not the short block of paragraphs around it.
@pytest.mark.parametrize("notice", ["订阅后阅读全文", "구독하고 전체 기사 읽기"])
def test_a_short_story_with_a_notice_at_its_end_stays(notice: str) -> None:
    story = ("<p>港务委员会周四开会，讨论将水产市场向内陆迁移两个街区的计划。商户们围绕这一问题已经争论了十多年。</p>"
             "<p>支持者表示，老市场大楼每年春天都会被淹。反对者则担心，坐船前来的顾客会因此流失。</p>"
             "<p>委员会一位官员表示，最终投票预计将在夏季之后进行。</p>")
    html = (f"<!doctype html><html lang='zh'><head><title>港口市场或将迁往内陆</title></head><body><div class='main'>"
            f"<h1>港口市场或将迁往内陆</h1><div class='content'>{story}<p>{notice}</p></div></div></body></html>")
    text = cleanpage.clean(html).text
    assert "最终投票预计将在夏季之后进行" in text and notice not in text


def test_a_sentence_on_a_service_for_subscribers_stays() -> None:
    line = "Сервис будет доступен только для подписчиков, сообщил директор порта Олег Ветров."
    html = story_page(f"{REPORT}<p>{line}</p>")
    assert line in cleanpage.clean(html).text


@pytest.mark.parametrize("heading", ["ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "ΠΙΟ ΔΙΑΒΑΣΜΕΝΑ", "Most viewed", "Most shared", "Lo más visto", "I più visti", "Mais vistos",
                                     "Meest bekeken", "Самое обсуждаемое", "En çok izlenenler", "アクセスランキング",
                                     "阅读排行", "많이 본 기사", "الأكثر مشاهدة"])
def test_a_related_or_most_viewed_heading_over_its_list_goes_between_paragraphs(heading: str) -> None:
    links = "".join(f"<li><a href='/n/{i}'>MOSTLINK {i} Ferry timetable story</a></li>" for i in range(4))
    html = report_with(f"<h3>{heading}</h3><ul>{links}</ul>")
    lines = lines_of(html)
    assert heading not in lines and not any("MOSTLINK" in line for line in lines)
    assert "Paragraph 4 of the report describes the harbour works, with enough words, commas, and detail to read as prose." in lines


@pytest.mark.parametrize("intro", ["Baca juga artikel lainnya tentang pelabuhan:", "Xem thêm các bài viết liên quan:",
                                   "مطالب مرتبط با بندر:", "Citește și aceste articole:",
                                   "Διαβάστε επίσης τα παρακάτω άρθρα:", "Kapcsolódó cikkek a kikötőről:",
                                   "קראו גם את הכתבות האלה:", "อ่านเพิ่มเติมเกี่ยวกับท่าเรือ:"])
def test_the_lead_in_of_a_related_list_goes_with_its_list(intro: str) -> None:
    links = "".join(f"<li><a href='/n/{i}'>RELATEDLINK {i} Ferry timetable story</a></li>" for i in range(4))
    html = story_page(f"{REPORT}<p>{intro}</p><ul>{links}</ul>{REPORT.replace('Paragraph', 'Section')}")
    text = cleanpage.clean(html).text
    assert intro not in text and "RELATEDLINK" not in text
    assert "Paragraph 4 of the report" in text and "Section 4 of the report" in text


# The last paragraph lines_around's page sets after the block: it stays whatever the block is.
LAST_PARAGRAPH = "Section 4 of the report describes the harbour works, with enough words, commas, and detail to read as prose."


def lines_around(block: str) -> list[str]:
    return lines_of(f"<!doctype html><html><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>"
                    f"<div class='article-body'>{REPORT}<div>{block}</div>{REPORT.replace('Paragraph', 'Section')}</div>"
                    f"</article></body></html>")


@pytest.mark.parametrize("line", ["Story continues below advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE",
                                  "Weiterlesen nach der Anzeige", "La suite après cette publicité",
                                  "Continua a leggere dopo la pubblicità", "Continua após a publicidade",
                                  "Dalsza część artykułu pod reklamą", "Продолжение после рекламы",
                                  "Reklamdan sonra devam ediyor", "Článek pokračuje pod reklamou"])
def test_the_line_saying_the_story_goes_on_after_an_ad_goes(line: str) -> None:
    lines = lines_around(line)
    assert line not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("button", ["Copy link", "Link copied to clipboard", "Link kopieren", "Copier le lien",
                                    "Copiar enlace", "Skopiuj link", "Скопировать ссылку", "Linki kopyala",
                                    "リンクをコピー", "复制链接", "Salin tautan", "Sao chép liên kết", "העתק קישור"])
def test_a_share_bars_copy_link_button_goes(button: str) -> None:
    lines = lines_around(f"<span>{button}</span>")
    assert button not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("button", ["Share on Facebook", "Share via Email", "Auf Facebook teilen", "Teilen per E-Mail",
                                    "Partager sur LinkedIn", "Compartir en WhatsApp", "Condividi su Telegram",
                                    "Udostępnij na Facebooku", "Поделиться в Telegram", "Bagikan ke WhatsApp",
                                    "Chia sẻ lên Facebook", "שתפו בפייסבוק"])
def test_a_share_button_naming_its_network_goes(button: str) -> None:
    lines = lines_around(f"<span>{button}</span>")
    assert button not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("line", ["Share on the island fell by half after the storm.", "Auf dem Markt teilen sich zwei Bauern einen Stand."])
def test_a_sentence_opening_with_a_share_verb_is_no_label(line: str) -> None:
    assert not is_label(line)


@pytest.mark.parametrize("note", ["Advertisement - Subscribers read without ads", "Advertisement · Scroll to continue",
                                  "ADVERTISEMENT – CONTINUE READING BELOW", "Anzeige – Weiterlesen unten",
                                  "Publicité - la suite après l'annonce", "Реклама — читайте дальше"])
def test_an_ad_slots_label_with_its_note_is_a_label(note: str) -> None:
    # an ad slot's word, a dash or dot, and a few words on the slot ("subscribers read without ads")
    assert is_label(note)


@pytest.mark.parametrize("note", ["Реклама – Летни попусти до 30 отсто во сите наши продавници",
                                  "Жарнама – Дүкендерімізде жазғы жеңілдіктер 30 пайызға дейін",
                                  "Advertensie – Someruitverkoping tot 30 persent af in al ons winkels",
                                  "ពាណិជ្ជកម្ម – ការបញ្ចុះតម្លៃរដូវក្តៅហូតដល់៣០ភាគរយ",
                                  "Գովազդ – Ամառային զեղչեր մինչև 30 տոկոս մեր խանութներում"])
def test_an_ad_slots_label_before_the_ads_own_line_is_a_label(note: str) -> None:
    # the slot's word, a dash, and the ad's own line ("winter sale up to 40% off in our shops"): a
    # few more words than a note on the slot, in scripts with vowel signs (Khmer) too
    assert is_label(note)


def test_a_heading_or_sentence_opening_with_an_ad_word_is_no_label() -> None:
    assert not is_label("Advertising: a short history of the Brindlemoor posters")
    assert not is_label("Advertising budgets fell - sharply, the Brindlemoor council said, after the ferry strike.")


@pytest.mark.parametrize("label", ["İlgili Haber:", "İLGİLİ HABER", "Olvassa el még:", "Olvassa el ezt is:"])
def test_a_read_also_line_goes_in_turkish_and_hungarian(label: str) -> None:
    html = report_with(f"<p>{label} <a href='/x/1'>READALSO Ferry timetable changes for the summer season</a></p>")
    text = cleanpage.clean(html).text
    assert "READALSO" not in text and "Paragraph 4 of the report" in text


@pytest.mark.parametrize("heading", ["h3", "h4", "h5"])
@pytest.mark.parametrize("label", ["Read more:", "Lesen Sie auch:", "Lire aussi :"])
def test_a_read_also_line_set_as_a_heading_goes(heading: str, label: str) -> None:
    # an editor formats the "read also" line as a small heading, its label in bold, the title linked
    html = report_with(f"<{heading}><em><strong>{label}</strong> <a href='/x/1'>READALSO Ferry timetable changes "
                       f"for the summer season</a></em></{heading}>")
    text = cleanpage.clean(html).text
    assert "READALSO" not in text and "Paragraph 4 of the report" in text


def test_a_heading_with_a_link_in_its_own_words_stays() -> None:
    # a section's heading that links its subject is the article's, not a label before a link
    html = report_with("<h3>Timetable: <a href='/x/1'>the summer ferries</a></h3>")
    assert "the summer ferries" in cleanpage.clean(html).text


@pytest.mark.parametrize("lead_in", [">> Check out:", "» Find out more:", "→ Zum Weiterlesen:", "👉 À découvrir :",
                                     "➡️ Ver la guía:"])
def test_an_arrow_and_a_lead_in_before_one_link_is_a_pointer_to_another_page(lead_in: str) -> None:
    # whatever words the lead-in uses, the arrow and the colon before one link say "go there"
    html = report_with(f"<p><strong>{lead_in}</strong> <a href='/x/1'>READALSO Ferry timetable changes for the "
                       f"summer season</a></p>")
    text = cleanpage.clean(html).text
    assert "READALSO" not in text and "Paragraph 4 of the report" in text


def test_an_arrow_before_a_sentence_with_a_link_stays() -> None:
    # an arrow before the text's own sentence, its link a word of it, is no pointer line
    html = report_with("<p>» The harbour master said on Monday that the <a href='/x/1'>summer ferries</a> will run "
                       "every hour from June.</p>")
    assert "the summer ferries will run every hour" in cleanpage.clean(html).text


@pytest.mark.parametrize("line", ["More articles from Orla Penhallow", "View all posts by Orla Penhallow",
                                  "View author page", "Alle Beiträge von Orla Penhallow",
                                  "Tous les articles de Orla Penhallow", "Más artículos de Orla Penhallow",
                                  "Tutti gli articoli di Orla Penhallow", "Meer artikelen van Orla Penhallow"])
def test_the_link_to_the_writers_page_under_the_story_is_a_label(line: str) -> None:
    # the button under an author's box to the writer's other stories, whatever the name after it
    assert is_label(line)
    html = story_page(f"{REPORT}<div class='writer'><p><a href='/writers/op'>{line}</a></p></div>")
    text = cleanpage.clean(html).text
    assert line not in text and "Paragraph 4 of the report" in text


def test_a_sentence_about_more_articles_from_someone_is_no_label() -> None:
    assert not is_label("More articles from the harbour board tell us the pier will be rebuilt in spring.")
    assert not is_label("All posts by the harbour master were read aloud at the meeting on Tuesday.")


@pytest.mark.parametrize("label", [
    "ये भी \u092a\u095d\u0947\u0902:",  # Hindi "ढ़" as one code point (U+095D), not "ढ" and the nukta
    "आज की \u0916\u093c\u092c\u0930\u0947\u0902",  # never a label: a check that is_label's NFC key is not too broad
    "AYRICA OKUYUN:",  # Turkish capitals lower-case without the dotless "ı"
])
def test_read_also_labels_written_in_other_code_points(label: str) -> None:
    assert is_label(label) is (not label.startswith("आज"))


@pytest.mark.parametrize("block", [
    "Follow us on <a href='https://t.me/x'>Telegram</a> and <a href='https://wa.me/x'>WhatsApp</a>",
    "Folgen Sie uns auf <a href='https://t.me/x'>Telegram</a>",
    "Síguenos en <a href='https://news.example/x'>Google News</a>",
    "<strong>Suivez-nous sur <a href='https://news.example/x'>Google Actualités</a></strong>",
    "Segui Brindlemoor anche su <a href='https://t.me/x'>Telegram</a>",
    "📲 Подписывайтесь на наш канал в <a href='https://t.me/x'>Telegram</a>",
    "Ikuti berita terkini di <a href='https://news.example/x'>Google News</a>",
    "Bizi <a href='https://news.example/x'>Google News</a>'ten takip edin",
    "Theo dõi Brindlemoor trên <a href='https://news.example/x'>Google News</a>",
    "تابعونا على <a href='https://t.me/x'>تيليجرام</a>",
    "Descarga la app de Brindlemoor para <a href='/ios'>iOS</a> y <a href='/android'>Android</a>",
    "Baixe o nosso aplicativo",
    "Laden Sie die Brindlemoor-App herunter",
    "Скачайте наше приложение",
    "下载我们的客户端",
])
def test_a_call_to_follow_the_site_or_download_its_app_goes(block: str) -> None:
    lines = lines_around(block)
    assert not any(word in line for line in lines for word in ("Telegram", "Google", "Brindlemoor", "app",
                                                               "aplicativo", "приложение", "客户端", "تيليجرام"))
    assert LAST_PARAGRAPH in lines


@pytest.mark.parametrize("line", [
    "The council will post its ferry notices on Telegram and WhatsApp from May, the harbour master said.",
    "Folgen Sie der Straße bis zum Hafen, dann sehen Sie die neue Schule auf der linken Seite.",
    "Download application settings",  # a manual's heading: no site's app, no phone's platform
    "Siga a rua até o cais e depois vire à esquerda, disse o capitão ao repórter da Line.",
])
def test_a_line_that_names_a_network_or_an_app_without_the_call_stays(line: str) -> None:
    assert line in lines_around(line)


@pytest.mark.parametrize("tail", [
    "(Reportagem de Ana Lima; Edição de Rui Tavares)",
    "(Reportaje de Marta Solís; Editado en español por Pablo Iriarte)",
    "(Reportage Jean Roux, édité par Claire Maubert)",
    "(Berichterstattung von Jana Fleck, redigiert von Till Ostermann)",
    "(Редактирование Петра Сомова)",
])
def test_a_news_agencys_tail_in_other_languages_goes(tail: str) -> None:
    lines = lines_around(tail)
    assert tail not in lines and LAST_PARAGRAPH in lines


def test_a_bracketed_sentence_that_opens_with_reportage_stays() -> None:
    line = "(Reportage from the harbour continued through the night as the water rose, the harbour master said.)"
    assert line in lines_around(line)


@pytest.mark.parametrize("heading", ["Similar items", "People who viewed this item also viewed", "Recently viewed",
                                     "Frequently bought together", "Similar threads", "Ähnliche Produkte",
                                     "Produits similaires", "Productos similares", "Prodotti simili",
                                     "Vergelijkbare producten", "Podobne produkty", "Produtos semelhantes"])
def test_the_heading_over_a_block_of_other_items_goes_in_many_languages(heading: str) -> None:
    # the shop's block of other items goes by its own rules (here a list of links), and the
    # heading it leaves behind is a label, not a section of the description
    others = "".join(f"<li><a href='/item/{i}'>OTHERITEM lantern model {i}</a></li>" for i in range(4))
    paragraphs = "".join(f"<p>Paragraph {i} of the description tells how the quay lantern is cast, with "
                         f"enough words, commas, and detail to read as prose.</p>" for i in range(4))
    html = story_page(f"{paragraphs}<h3>{heading}</h3><ul>{others}</ul><p>The lantern ships in a wooden crate, "
                      f"with a spare wick, a brass key, and a printed guide to its care.</p>")
    lines = lines_of(html)
    assert "Paragraph 3 of the description tells how the quay lantern is cast" in "\n".join(lines)
    assert "with a spare wick" in "\n".join(lines)
    assert heading not in lines and not any("OTHERITEM" in line for line in lines)


@pytest.mark.parametrize("call", ["Join to see the camera details for this photo (if available)",
                                  "Log in to view attachments", "You must be logged in to see the full size image."])
def test_a_call_to_join_to_see_what_a_guest_may_not_goes(call: str) -> None:
    text = ("The Brindlemoor ferry will carry bicycles free of charge from May, the island council said. "
            "Riders have asked for the change for years, and the council expects twice as many of them.")
    note = "Join the riders at the ramp to see the first crossing; the council will be there too."
    html = (f"<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
            f"<p>{text}</p><div>{call}</div><p>{note}</p>"
            f"<p>{text.replace('May', 'June')}</p></article></body></html>")
    lines = lines_of(html)
    assert text in lines and note in lines
    assert call not in lines


@pytest.mark.parametrize("line", ["<strong>Lue myös:</strong> <a href='/n/7'>Satama saa uuden laiturin</a>",
                                  "<strong>Bunu da okuyun:</strong> <a href='/n/7'>Limana yeni iskele geliyor</a>"])
def test_a_read_also_line_in_finnish_and_turkish_goes(line: str) -> None:
    lines = lines_around(f"<p>{line}</p>")
    assert not any("laiturin" in x or "iskele" in x for x in lines) and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("label", ["Takaisin ylös", "↑ Zpět nahoru", "Wróć na górę"])
def test_back_to_top_in_more_languages_is_a_skip_link(label: str) -> None:
    # the skip-link words hold in every pass, the fallback's too (a short page's body may be its)
    assert SKIP_TEXT_RE.match(label)


@pytest.mark.parametrize("notice", ["Den här artikeln är låst för prenumeranter.",
                                    "Denne artikel er kun for abonnenter.",
                                    "本文为付费内容，订阅后可阅读全文。"])
def test_a_subscribers_only_notice_in_more_languages_goes(notice: str) -> None:
    lines = lines_around(f"<p>{notice}</p>")
    assert notice not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("pitch", [
    "Inscrivez-vous gratuitement pour recevoir chaque soir les nouvelles du port dans votre boîte mail.",
    "Assine gratuitamente e receba as notícias do porto no seu e-mail.",
    "Přihlaste se zdarma a každý večer vám pošleme zprávy z přístavu do e-mailu.",
    "Подпишитесь на нашу рассылку, и новости порта будут приходить вам на почту.",
    "Tilaa maksuton uutiskirje, niin saat sataman uutiset sähköpostiisi.",
    "港のニュースレターに登録すると、毎晩メールでお届けします。",
    "免费订阅我们的新闻简报，每晚把港口消息发到您的邮箱。",
    "اشترك مجانا في نشرتنا لتصلك أخبار الميناء كل مساء.",
])
def test_a_sign_up_box_without_class_words_goes_in_many_languages(pitch: str) -> None:
    lines = lines_around(f"<h3>Harbour letter</h3><p>{pitch}</p><form action='/s'><input type='email'>"
                        "<button>OK</button></form>")
    assert pitch not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("sentence", [
    "Der Hafenverein verschickt jeden Monat einen Newsletter an seine Mitglieder, sagte die Sprecherin.",
    "Le club du port envoie chaque mois une newsletter à ses membres, a précisé la présidente.",
    "Мэрия рассылает новости порта по почте только членам совета, сообщила секретарь.",
])
def test_a_sentence_that_names_a_newsletter_without_asking_to_sign_up_stays(sentence: str) -> None:
    assert sentence in lines_around(f"<p>{sentence}</p>")


def test_a_short_story_in_one_block_keeps_its_paragraphs_around_a_sign_up_line() -> None:
    # a short CJK story sits under the promo rule's length cap whole: only the pitch goes
    story = ["港の新しい桟橋が月曜日に完成し、朝から多くの漁船が利用した。", "町は来年、桟橋の横に小さな市場を開く予定だと発表した。",
             "漁師たちは、冬の嵐の前に工事が終わったことを喜んでいる。"]
    body = "".join(f"<p>{s}</p>" for s in story) + "<div><p>港のニュースレターに登録すると毎朝お届けします。</p></div>"
    lines = lines_of(story_page(body))
    assert all(s in lines for s in story) and not any("ニュースレター" in x for x in lines)


@pytest.mark.parametrize("label", ["MAINOS", "Kaupallinen yhteistyö", "More on this story"])
def test_more_labels_are_labels(label: str) -> None:
    assert is_label(label)


@pytest.mark.parametrize("line", ["Schlagwörter: Hafen, Fähre, Kran", "Etiquetas: puerto, grúas", "Теги: порт, паром",
                                  "标签：港口、渡轮", "Témata: přístav, trajekt", "Tags: harbour | ferries | cranes"])
def test_a_tag_line_without_links_goes(line: str) -> None:
    lines = lines_around(f"<p>{line}</p>")
    assert line not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("line", ["Tags: the harbour master says the cranes will be tagged by colour from May.",
                                  "Témata jednání: rozpočet přístavu byl schválen, trajekt pojede od května."])
def test_a_sentence_after_a_tag_word_stays(line: str) -> None:
    assert line in lines_around(f"<p>{line}</p>")


@pytest.mark.parametrize("title, pitch, button", [
    ("Poranny list", "Zapisz się za darmo i codziennie rano otrzymuj wiadomości z portu na e-mail.", "Zapisz się"),
    ("Утренний выпуск", "Подпишитесь на рассылку, и новости порта будут приходить вам на почту.", "Подписаться"),
    ("Aamukirje", "Tilaa maksuton uutiskirje ja saat sataman uutiset sähköpostiisi.", "Tilaa"),
    ("Ochtendbrief", "Schrijf je gratis in en ontvang het havennieuws elke ochtend in je mailbox.", "Inschrijven"),
])
def test_a_sign_up_box_with_a_link_button_goes_in_languages_without_you_words(title: str, pitch: str,
                                                                              button: str) -> None:
    html = story_page(f"{REPORT}<div><h4>{title}</h4><p>{pitch}</p><a href='/letter'>{button}</a></div>"
                      f"{REPORT.replace('Paragraph', 'Section')}").replace(
        "<head>", "<head><meta property='og:type' content='article'>")
    lines = lines_of(html)
    assert title not in lines and button not in lines and LAST_PARAGRAPH in lines


@pytest.mark.parametrize("line", [
    "Is this email not showing properly? <a href='https://example.org/web'>View this email in your browser</a>.",
    "Having trouble viewing this email? <a href='https://example.org/web'>Open the web version</a>",
    "Wird diese E-Mail nicht richtig angezeigt? <a href='https://example.org/web'>Im Browser ansehen</a>",
    "Si ce message ne s'affiche pas correctement, <a href='https://example.org/web'>cliquez ici</a>.",
    "¿No puedes ver este correo? <a href='https://example.org/web'>Ábrelo en tu navegador</a>",
    "Deze e-mail wordt niet goed weergegeven? <a href='https://example.org/web'>Bekijk hem online</a>",
])
def test_a_newsletters_view_in_the_browser_line_goes(line: str) -> None:
    # an archived newsletter opens with the e-mail's own line for readers whose mail program shows
    # it badly; prose that says an e-mail did not show well stays
    prose = "<p>The council said its warning email was not displaying correctly on older phones last winter.</p>"
    paragraphs = "".join(f"<p>Paragraph {i} of the letter describes the harbour works, with enough words, "
                         f"commas, and detail to read as prose.</p>" for i in range(5))
    article = cleanpage.clean(story_page(f"<p>{line}</p>{paragraphs}{prose}"), options=Options(explain=True))
    assert any(r.rule == "newsletter" for r in article.removals)
    assert "browser" not in article.text.lower() and "Paragraph 4 of the letter" in article.text
    assert "warning email was not displaying correctly" in article.text


@pytest.mark.parametrize("line", ["Your cart is empty.", "You have no recently viewed items", "Ihr Warenkorb ist leer.",
                                  "Votre panier est vide", "최근 본 상품이 없습니다.", "カートに商品がありません"])
def test_an_empty_carts_or_recently_viewed_boxs_state_is_a_label(line: str) -> None:
    # what a shop's box says while it holds nothing: the page as saved, not its text
    assert is_label(line)


def test_a_sentence_about_an_empty_cart_is_no_label() -> None:
    assert not is_label("Your cart is empty until the harbour market opens its stalls on Saturday morning.")
