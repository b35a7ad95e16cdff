"""Builds held-out funding round 71 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the nursery, funders, grant numbers and people do not exist. Written
by a helper from the definition of `funding` alone, without reading the detector's code or the
earlier rounds' cases: a report on a coral nursery off the invented town of Port Ellery, in 33
languages. About half the pages are shaped like the web outside newsrooms: WordPress/Elementor
widget columns, a research group's "Funded by" logo list, an EU grant-agreement notice under a flag
image, festival "Supported by" beside "Partners" and "Media partners", a library's documentation,
a product page, a forum thread, a thesis page's acknowledgements, a newsletter, a collapsed
"Article information" section, captions, table notes and footnote lists. Statements in languages
with little coverage (Swahili, Malay, Thai, Tagalog, Ukrainian, Persian, Urdu, Bengali, Slovenian,
Latvian), and hard negatives where the funding verbs mean something else (Spanish "apoyar" a
motion, French "soutenir" a team, German "fördern" oil or talent, Italian "finanziare" in a city
budget story), supported formats, ads, donation appeals, "powered by" credits, investment rounds.

usage: python benchmarks/funding-round71/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# -*- coding: utf-8 -*-
# fd71w: held-out cases for the `funding` field. All names, funders, grant numbers invented.
# Convention (as in the earlier blind rounds): for run-in labels / headings ("Funding:",
# <h2>Förderung</h2>) the statement listed is the sentence after the label, without the label;
# for a "Funded by" heading over a list, each list item is listed. In acknowledgement paragraphs
# that mix thanks and a grant, only the grant sentence is listed.

STORY = {
    "en": ["Volunteers have grown more than four thousand coral fragments on underwater frames in the nursery off Port Ellery since last spring.",
           "Divers say the survival rate of the young corals has risen since the frames were moved into deeper, cooler water."],
    "de": ["Freiwillige haben seit dem vergangenen Frühjahr in der Korallenzucht vor Port Ellery mehr als viertausend Korallenfragmente auf Unterwassergestellen gezogen.",
           "Nach Angaben der Taucher überleben mehr junge Korallen, seit die Gestelle in tieferes, kühleres Wasser versetzt wurden."],
    "fr": ["Des bénévoles ont fait pousser plus de quatre mille fragments de corail sur des cadres immergés dans la pépinière au large de Port Ellery depuis le printemps dernier.",
           "Selon les plongeurs, la survie des jeunes coraux s'est améliorée depuis que les cadres ont été déplacés en eau plus profonde et plus fraîche."],
    "es": ["Voluntarios han cultivado más de cuatro mil fragmentos de coral en estructuras submarinas en el vivero frente a Port Ellery desde la primavera pasada.",
           "Según los buceadores, la supervivencia de los corales jóvenes ha mejorado desde que las estructuras se trasladaron a aguas más profundas y frescas."],
    "it": ["Dalla scorsa primavera i volontari hanno coltivato più di quattromila frammenti di corallo su telai sommersi nel vivaio al largo di Port Ellery.",
           "Secondo i sub, la sopravvivenza dei coralli giovani è aumentata da quando i telai sono stati spostati in acque più profonde e fresche."],
    "pt": ["Voluntários cultivaram mais de quatro mil fragmentos de coral em estruturas submersas no viveiro ao largo de Port Ellery desde a primavera passada.",
           "Segundo os mergulhadores, a sobrevivência dos corais jovens aumentou desde que as estruturas foram levadas para águas mais profundas e frescas."],
    "nl": ["Vrijwilligers hebben sinds vorig voorjaar meer dan vierduizend koraalfragmenten op onderwaterrekken gekweekt in de kwekerij voor de kust van Port Ellery.",
           "Volgens de duikers overleven meer jonge koralen sinds de rekken naar dieper, koeler water zijn verplaatst."],
    "pl": ["Od zeszłej wiosny wolontariusze wyhodowali ponad cztery tysiące fragmentów koralowców na podwodnych stelażach w szkółce u wybrzeży Port Ellery.",
           "Według nurków przeżywalność młodych koralowców wzrosła, odkąd stelaże przeniesiono na głębszą, chłodniejszą wodę."],
    "sv": ["Frivilliga har sedan i våras odlat mer än fyratusen korallfragment på undervattensramar i plantskolan utanför Port Ellery.",
           "Enligt dykarna överlever fler unga koraller sedan ramarna flyttades till djupare och svalare vatten."],
    "ja": ["ポート・エラリー沖のサンゴ育成場では、昨春からボランティアが水中の棚で四千を超えるサンゴ片を育ててきた。",
           "ダイバーによると、棚をより深く冷たい海域に移してから若いサンゴの生存率が上がったという。"],
    "zh": ["自去年春天以来，志愿者在埃勒里港外的珊瑚苗圃中，在水下框架上培育了四千多块珊瑚碎片。",
           "潜水员表示，框架移到更深、更凉的水域后，幼珊瑚的存活率有所提高。"],
    "ko": ["자원봉사자들은 지난봄부터 포트 엘러리 앞바다의 산호 양식장에서 수중 틀 위에 산호 조각 사천여 개를 키웠다.",
           "잠수부들에 따르면 틀을 더 깊고 차가운 물로 옮긴 뒤 어린 산호의 생존율이 높아졌다."],
    "tr": ["Gönüllüler geçen bahardan bu yana Port Ellery açıklarındaki mercan fidanlığında su altı çerçevelerinde dört binden fazla mercan parçası yetiştirdi.",
           "Dalgıçlara göre çerçeveler daha derin ve serin suya taşındıktan sonra genç mercanların hayatta kalma oranı arttı."],
    "ar": ["زرع متطوعون أكثر من أربعة آلاف قطعة مرجانية على هياكل تحت الماء في مشتل المرجان قبالة بورت إليري منذ الربيع الماضي.",
           "ويقول الغواصون إن نسبة بقاء المرجان الصغير ارتفعت بعد نقل الهياكل إلى مياه أعمق وأبرد."],
    "hi": ["स्वयंसेवकों ने पिछले वसंत से पोर्ट एलेरी के पास मूंगा नर्सरी में पानी के नीचे के ढाँचों पर चार हज़ार से अधिक मूंगा टुकड़े उगाए हैं।",
           "गोताखोरों के अनुसार ढाँचों को गहरे और ठंडे पानी में ले जाने के बाद युवा मूंगों के बचने की दर बढ़ी है।"],
    "id": ["Sejak musim semi lalu, para relawan telah menumbuhkan lebih dari empat ribu fragmen karang pada rangka bawah air di pembibitan karang lepas pantai Port Ellery.",
           "Menurut para penyelam, tingkat kelangsungan hidup karang muda meningkat setelah rangka dipindahkan ke perairan yang lebih dalam dan sejuk."],
    "vi": ["Từ mùa xuân năm ngoái, các tình nguyện viên đã nuôi hơn bốn nghìn mảnh san hô trên khung dưới nước tại vườn ươm ngoài khơi Port Ellery.",
           "Theo các thợ lặn, tỷ lệ sống của san hô non đã tăng sau khi khung được chuyển xuống vùng nước sâu và mát hơn."],
    "el": ["Από την περασμένη άνοιξη εθελοντές έχουν καλλιεργήσει περισσότερα από τέσσερις χιλιάδες θραύσματα κοραλλιών σε υποβρύχια πλαίσια στο φυτώριο ανοιχτά του Πορτ Έλερι.",
           "Σύμφωνα με τους δύτες, η επιβίωση των νεαρών κοραλλιών αυξήθηκε αφότου τα πλαίσια μεταφέρθηκαν σε βαθύτερα και δροσερότερα νερά."],
    "he": ["מתנדבים גידלו מאז האביב שעבר יותר מארבעת אלפים שברי אלמוגים על מסגרות תת־ימיות במשתלה מול פורט אלרי.",
           "לדברי הצוללנים, שיעור ההישרדות של האלמוגים הצעירים עלה מאז שהמסגרות הועברו למים עמוקים וקרירים יותר."],
    "fi": ["Vapaaehtoiset ovat viime keväästä lähtien kasvattaneet yli neljätuhatta korallinpalaa vedenalaisilla kehikoilla Port Elleryn edustan korallitarhassa.",
           "Sukeltajien mukaan nuorten korallien eloonjääminen on parantunut sen jälkeen, kun kehikot siirrettiin syvempään ja viileämpään veteen."],
    "hu": ["Önkéntesek tavaly tavasz óta több mint négyezer korallfragmentumot neveltek víz alatti kereteken a Port Ellery előtti korallfaiskolában.",
           "A búvárok szerint a fiatal korallok túlélési aránya nőtt, amióta a kereteket mélyebb, hűvösebb vízbe helyezték."],
    "cs": ["Dobrovolníci od loňského jara vypěstovali v korálové školce u Port Ellery přes čtyři tisíce úlomků korálů na podvodních rámech.",
           "Podle potápěčů se přežívání mladých korálů zlepšilo od doby, kdy byly rámy přesunuty do hlubší a chladnější vody."],
    "ro": ["Voluntarii au crescut de primăvara trecută peste patru mii de fragmente de coral pe rame subacvatice în pepiniera din largul orașului Port Ellery.",
           "Potrivit scafandrilor, rata de supraviețuire a coralilor tineri a crescut după ce ramele au fost mutate în ape mai adânci și mai reci."],
    "sw": ["Tangu mwaka jana, watu wa kujitolea wamekuza vipande zaidi ya elfu nne vya matumbawe kwenye fremu za chini ya maji katika kitalu cha Port Ellery.",
           "Wapiga mbizi wanasema matumbawe machanga mengi zaidi yanaishi tangu fremu zilipohamishiwa kwenye maji yenye kina na baridi zaidi."],
    "ms": ["Sejak tahun lalu, sukarelawan telah menumbuhkan lebih daripada empat ribu serpihan karang pada rangka bawah air di tapak semaian karang di luar pantai Port Ellery.",
           "Menurut penyelam, kadar kemandirian karang muda meningkat selepas rangka dipindahkan ke air yang lebih dalam dan sejuk."],
    "th": ["ตั้งแต่ปีที่แล้ว อาสาสมัครได้เพาะเลี้ยงกิ่งปะการังกว่าสี่พันชิ้นบนโครงใต้น้ำในแปลงอนุบาลปะการังนอกชายฝั่งพอร์ตเอลเลอรี",
           "นักดำน้ำระบุว่าอัตราการรอดของปะการังอ่อนเพิ่มขึ้นหลังจากย้ายโครงไปยังน้ำที่ลึกและเย็นกว่า"],
    "tl": ["Mula noong nakaraang taon, nakapagpatubo ang mga boluntaryo ng mahigit apat na libong piraso ng korales sa mga balangkas sa ilalim ng dagat sa nursery sa labas ng Port Ellery.",
           "Ayon sa mga maninisid, tumaas ang bilang ng nabubuhay na batang korales mula nang ilipat ang mga balangkas sa mas malalim at mas malamig na tubig."],
    "uk": ["Від минулої весни волонтери виростили понад чотири тисячі фрагментів коралів на підводних рамах у розсаднику біля Порт-Еллері.",
           "За словами дайверів, виживаність молодих коралів зросла після того, як рами перенесли в глибшу й прохолоднішу воду."],
    "fa": ["داوطلبان از بهار گذشته بیش از چهار هزار قطعه مرجان را روی قاب‌های زیر آب در نهالستان مرجانی نزدیک پورت الری پرورش داده‌اند.",
           "به گفته غواصان، نرخ بقای مرجان‌های جوان پس از انتقال قاب‌ها به آب‌های عمیق‌تر و خنک‌تر افزایش یافته است."],
    "ur": ["رضاکاروں نے پچھلی بہار سے پورٹ ایلری کے قریب مونگے کی نرسری میں زیرِ آب ڈھانچوں پر چار ہزار سے زیادہ مونگے کے ٹکڑے اگائے ہیں۔",
           "غوطہ خوروں کے مطابق ڈھانچوں کو گہرے اور ٹھنڈے پانی میں منتقل کرنے کے بعد نوجوان مونگوں کی بقا کی شرح بڑھ گئی ہے۔"],
    "bn": ["গত বসন্ত থেকে স্বেচ্ছাসেবকেরা পোর্ট এলেরির কাছে প্রবাল নার্সারিতে পানির নিচের কাঠামোয় চার হাজারেরও বেশি প্রবালের টুকরো জন্মিয়েছেন।",
           "ডুবুরিদের মতে কাঠামোগুলো গভীর ও ঠান্ডা পানিতে সরানোর পর তরুণ প্রবালের বেঁচে থাকার হার বেড়েছে।"],
    "sl": ["Prostovoljci so od lanske pomladi na podvodnih ogrodjih v koralni drevesnici pred Port Elleryjem vzgojili več kot štiri tisoč koščkov koral.",
           "Po besedah potapljačev je preživetje mladih koral večje, odkar so ogrodja prestavili v globljo in hladnejšo vodo."],
    "lv": ["Kopš pagājušā pavasara brīvprātīgie koraļļu audzētavā pie Portelleri ir izaudzējuši vairāk nekā četrus tūkstošus koraļļu fragmentu uz zemūdens rāmjiem.",
           "Pēc ūdenslīdēju teiktā, jauno koraļļu izdzīvošana ir uzlabojusies, kopš rāmji pārvietoti dziļākā un vēsākā ūdenī."],
}
RTL = {"ar", "he", "fa", "ur"}


def title_of(lang: str) -> str:
    first = STORY[lang][0]
    if " " not in first[:40]:
        return first[:28]
    return first[:70].rsplit(" ", 1)[0]


def site_page(lang: str, place: str, html: str) -> str:
    """A page outside a newsroom: `html` is the whole <main>, with {story} and {title} filled in."""
    story = "\n".join(f"<p>{p}</p>" for p in STORY[lang])
    title = title_of(lang)
    direction = ' dir="rtl"' if lang in RTL else ""
    body = html.replace("{story}", story).replace("{title}", title)
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body class="{place}"><header class="site-header"><a class="logo" href="/">Reef Notes</a>'
            f'<nav><a href="/">Home</a> <a href="/projects">Projects</a> <a href="/contact">Contact</a></nav></header>'
            f'<main>\n{body}\n</main><footer class="site-footer"><p>© 2026 Reef Notes</p></footer></body></html>')


def page(lang: str, place: str, html: str) -> str:
    if place.startswith("site"):
        return site_page(lang, place, html)
    return story_page(lang, title_of(lang), STORY[lang], place, html, section="Ocean", site="Ellery Coast Post")


def wp(main_text: str, widget: str) -> str:
    """An Elementor-style post: the text in a wide column, `widget` in a narrow one after it."""
    return ('<article class="post type-post"><h1 class="entry-title">{title}</h1>'
            '<div class="elementor-section elementor-top-section"><div class="elementor-container">'
            f'<div class="elementor-column elementor-col-66"><div class="elementor-widget elementor-widget-text-editor">{{story}}{main_text}</div></div>'
            f'<div class="elementor-column elementor-col-33"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{widget}</div></div></div>'
            '</div></div></article>')


REAL = [
    ("en", "end", "<p>The nursery is funded by the Orlenne Ocean Foundation under grant OOF-4471.</p>",
     ["The nursery is funded by the Orlenne Ocean Foundation under grant OOF-4471."], [], [], "closing sentence"),
    ("en", "site-wp", wp("", "<h4 class=\"elementor-heading-title\">Funding</h4><p>This restoration project is supported by the Brightwater Coastal Trust (grant BCT-22-118).</p>"),
     ["This restoration project is supported by the Brightwater Coastal Trust (grant BCT-22-118)."], [], [], "Elementor widget column after the text"),
    ("en", "site-project", ('<article class="project"><h1>{title}</h1>{story}<section class="funders"><h2>Funded by</h2><ul class="logo-grid">'
     '<li><img src="/logos/msc.svg" alt="Marrowby Science Council logo"> Marrowby Science Council (grant MSC-RG-5520)</li>'
     '<li><img src="/logos/trf.svg" alt="Tessaly Reef Fund logo"> Tessaly Reef Fund</li></ul></section>'
     '<section class="team"><h2>Team</h2><ul><li>Dr. Imre Castell, lead</li><li>Nadia Fosse, divemaster</li></ul></section></article>'),
     ["Marrowby Science Council (grant MSC-RG-5520)", "Tessaly Reef Fund"], ["Dr. Imre Castell, lead"], [], "research group project page: 'Funded by' over a list of logos with names"),
    ("en", "site-eu", ('<article><h1>{title}</h1>{story}</article><div class="eu-notice"><img src="/img/eu-flag.svg" alt="Flag of the European Union" width="60">'
     "<p>This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101184467.</p></div>"),
     ["This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101184467."], [], [], "EU notice under a flag image, after the article"),
    ("en", "site-festival", ('<article class="event"><h1>Reef Days Festival 2026</h1>{story}<section><h3>Supported by</h3>'
     '<p>Reef Days is supported by the Port Ellery Arts Council and the Calloway Marine Fund.</p></section>'
     '<section><h3>Partners</h3><p>Dive Club Ellery and the Harbour Café host the evening talks.</p></section>'
     '<section><h3>Media partners</h3><p>Coastline Radio broadcasts the opening night.</p></section></article>'),
     ["Reef Days is supported by the Port Ellery Arts Council and the Calloway Marine Fund."],
     ["Dive Club Ellery and the Harbour Café host the evening talks.", "Coastline Radio broadcasts the opening night."], [], "festival page: Supported by beside Partners and Media partners"),
    ("en", "site-docs", ('<div class="docs"><aside class="toc"><a href="#install">Install</a> <a href="#sponsors">Sponsors</a></aside><article><h1>reefcount 2.1 documentation</h1>'
     '<p>reefcount counts coral fragments in survey photos.</p><h2 id="install">Installation</h2><p>reefcount supports Python 3.12 and 3.13.</p><pre>pip install reefcount</pre>'
     '<h2 id="sponsors">Sponsors</h2><p>Development of this library is supported by the Lindqvist Open Science Fund.</p></article></div>'),
     ["Development of this library is supported by the Lindqvist Open Science Fund."], ["reefcount supports Python 3.12 and 3.13."], [], "library documentation page"),
    ("en", "site-thesis", ('<article class="thesis"><h1>Settlement of reef-building corals on artificial frames</h1><p class="meta">PhD thesis, Ellery Marine Lab, 2026</p>{story}'
     '<h2>Acknowledgements</h2><p>I thank my supervisor, Dr. Amara Welde, for her patience and her boat. This doctoral research was funded by a Harrowgate Graduate Scholarship. Finally, I thank my parents for everything.</p></article>'),
     ["This doctoral research was funded by a Harrowgate Graduate Scholarship."], ["Finally, I thank my parents for everything."], [], "thesis page acknowledgements naming a scholarship"),
    ("en", "site-newsletter", ('<article class="newsletter"><h1>Reef Letter No. 14</h1>{story}<hr><p class="small">This newsletter is made possible by the Fennick Family Foundation.</p>'
     '<p class="small">You are receiving this because you subscribed at a dive show. Unsubscribe.</p></article>'),
     ["This newsletter is made possible by the Fennick Family Foundation."], ["You are receiving this because you subscribed at a dive show."], [], "newsletter footer line"),
    ("en", "end", ('<details class="article-info"><summary>Article information</summary><p>Published 3 March 2026.</p>'
     '<p>Funding: The field work was funded by the Salt Marsh Research Council (SMRC 19-044).</p></details>'),
     ["The field work was funded by the Salt Marsh Research Council (SMRC 19-044)."], ["Published 3 March 2026."], [], "collapsed Article information section"),
    ("en", "end", "<h2>Funding</h2><p>This study was supported by the Ardent Reef Initiative.</p><h2>Competing interests</h2><p>The authors declare no competing interests.</p>",
     ["This study was supported by the Ardent Reef Initiative."], [], ["The authors declare no competing interests."], "heading, then a competing-interest declaration the body keeps"),
    ("en", "mid", '<figure><img src="/img/frames.jpg" alt="Frames under water"><figcaption>Photo: Lena Moravec; the nursery is funded by the Garrow Island Trust.</figcaption></figure>',
     ["Photo: Lena Moravec; the nursery is funded by the Garrow Island Trust."], [], [], "photo credit line naming a funder"),
    ("en", "own", ("<p>Volunteers have grown more than four thousand coral fragments on underwater frames in the nursery off Port Ellery since last spring.</p>"
     "<p>Divers check the frames every week and record each fragment's colour. The monitoring is funded by the Pellham Coast Authority.</p>"),
     ["The monitoring is funded by the Pellham Coast Authority."], ["Divers check the frames every week and record each fragment's colour."], [], "last sentence of an ordinary paragraph"),
    ("en", "end", ("<table><caption>Fragments per frame</caption><tr><th>Depth</th><th>Fragments</th></tr><tr><td>6 m</td><td>210</td></tr><tr><td>12 m</td><td>340</td></tr>"
     "<tfoot><tr><td colspan=\"2\">Note: Survey costs were covered by a grant from the Wrenfield Trust (WT-0932).</td></tr></tfoot></table>"),
     ["Survey costs were covered by a grant from the Wrenfield Trust (WT-0932)."], [], [], "table note"),
    ("en", "end", '<ol class="footnotes"><li id="fn1">Counts from the 2025 dive log.</li><li id="fn2">This work was supported by the Amberley Ocean Fund under award AOF-77.</li></ol>',
     ["This work was supported by the Amberley Ocean Fund under award AOF-77."], ["Counts from the 2025 dive log."], [], "footnote list"),
    ("en", "after", '<div class="sponsor-strip"><p>Sponsored by the Harbour Guild of Port Ellery</p></div>',
     ["Sponsored by the Harbour Guild of Port Ellery"], [], [], "short sponsor line of its own under the article"),
    ("en", "site-about", ('<article><h1>{title}</h1>{story}<div class="card about-box"><h3>About this project</h3>'
     '<p>Reef Frames is a partnership of local divers and the Ellery Marine Lab. It is funded by the Crestmoor Foundation.</p></div></article>'),
     ["It is funded by the Crestmoor Foundation."], ["Reef Frames is a partnership of local divers and the Ellery Marine Lab."], [], "About this project card"),
    ("en", "site-dl", '<article><h1>{title}</h1>{story}<dl class="project-facts"><dt>Duration</dt><dd>2025–2027</dd><dt>Funder</dt><dd>Funded by the Oakridge Maritime Fund (OMF-3310).</dd></dl></article>',
     ["Funded by the Oakridge Maritime Fund (OMF-3310)."], [], [], "definition list"),
    ("de", "end", "<h2>Förderung</h2><p>Das Projekt wird von der Stiftung Meeresgrund Nord gefördert (Förderkennzeichen MN-2025-31).</p>",
     ["Das Projekt wird von der Stiftung Meeresgrund Nord gefördert (Förderkennzeichen MN-2025-31)."], [], [], "German heading"),
    ("de", "site-wp", wp("", "<p>Mit freundlicher Unterstützung der Ostheimer Umweltstiftung.</p>"),
     ["Mit freundlicher Unterstützung der Ostheimer Umweltstiftung."], [], [], "German widget: kind support of a named foundation"),
    ("de", "site-eu", ('<article><h1>{title}</h1>{story}</article><div class="foerderhinweis"><img src="/img/eu-flagge.png" alt="EU-Flagge">'
     "<p>Dieses Projekt wird im Rahmen des Programms Horizont Europa der Europäischen Union unter der Finanzhilfevereinbarung Nr. 101190312 gefördert.</p></div>"),
     ["Dieses Projekt wird im Rahmen des Programms Horizont Europa der Europäischen Union unter der Finanzhilfevereinbarung Nr. 101190312 gefördert."], [], [], "German EU notice"),
    ("fr", "end", "<p><em>Ce projet a bénéficié du soutien financier de la Fondation Marelle pour la mer.</em></p>",
     ["Ce projet a bénéficié du soutien financier de la Fondation Marelle pour la mer."], [], [], "italic note after the body"),
    ("fr", "site-festival", ('<article class="event"><h1>Festival Récifs 2026</h1>{story}<h3>Avec le soutien de</h3>'
     "<p>Le festival est soutenu par le Conseil culturel de Port Ellery et la Fondation Audrenne.</p><h3>Partenaires médias</h3><p>Radio Littoral Ouest diffuse les concerts.</p></article>"),
     ["Le festival est soutenu par le Conseil culturel de Port Ellery et la Fondation Audrenne."], ["Radio Littoral Ouest diffuse les concerts."], [], "French festival page"),
    ("es", "end", "<p><strong>Financiación:</strong> Este estudio fue financiado por la Fundación Arrecife Claro (proyecto FAC-2024-09).</p>",
     ["Este estudio fue financiado por la Fundación Arrecife Claro (proyecto FAC-2024-09)."], [], [], "Spanish run-in label"),
    ("es", "site-thesis", ('<article class="tesis"><h1>Asentamiento de corales en estructuras artificiales</h1><p class="meta">Tesis doctoral, 2026</p>{story}'
     "<h2>Agradecimientos</h2><p>Agradezco a mi directora de tesis su paciencia y sus consejos. Esta tesis se realizó gracias a una beca doctoral de la Fundación Ribera Azul.</p></article>"),
     ["Esta tesis se realizó gracias a una beca doctoral de la Fundación Ribera Azul."], [], [], "Spanish thesis acknowledgements"),
    ("it", "end", "<h3>Finanziamento</h3><p>La ricerca è stata finanziata dal Fondo Marino Castelvero con il contributo n. FMC-118.</p>",
     ["La ricerca è stata finanziata dal Fondo Marino Castelvero con il contributo n. FMC-118."], [], [], "Italian heading"),
    ("it", "mid", '<aside class="box-progetto"><h3>Il progetto</h3><p>Il vivaio è realizzato con il sostegno finanziario della Fondazione Scogliera Viva.</p></aside>',
     ["Il vivaio è realizzato con il sostegno finanziario della Fondazione Scogliera Viva."], [], [], "Italian sidebar box inside the article"),
    ("pt", "end", "<p>O projeto contou com o apoio financeiro da Fundação Maré Alta (processo 2025/0417).</p>",
     ["O projeto contou com o apoio financeiro da Fundação Maré Alta (processo 2025/0417)."], [], [], "Portuguese closing sentence"),
    ("nl", "site-about", '<article><h1>{title}</h1>{story}<div class="card"><h3>Over dit project</h3><p>Dit project wordt gefinancierd door het Fonds Kustnatuur Zeeveld.</p></div></article>',
     ["Dit project wordt gefinancierd door het Fonds Kustnatuur Zeeveld."], [], [], "Dutch card"),
    ("pl", "end", "<h2>Finansowanie</h2><p>Badania zostały sfinansowane przez Fundację Rafa Bałtycka w ramach grantu RB/2025/14.</p>",
     ["Badania zostały sfinansowane przez Fundację Rafa Bałtycka w ramach grantu RB/2025/14."], [], [], "Polish heading"),
    ("sv", "end", "<p>Projektet finansieras av Stiftelsen Havsängen.</p>",
     ["Projektet finansieras av Stiftelsen Havsängen."], [], [], "Swedish closing sentence"),
    ("ja", "end", "<h2>謝辞</h2><p>調査に協力した漁業者の皆様に感謝します。本研究はエラリー海洋財団の助成（課題番号 EMF-2025-063）を受けたものです。</p>",
     ["本研究はエラリー海洋財団の助成（課題番号 EMF-2025-063）を受けたものです。"], [], [], "Japanese acknowledgements mixing thanks and a grant"),
    ("ja", "site-docs", ('<div class="docs"><article><h1>reefcount ドキュメント</h1><p>reefcount は Python 3.12 に対応しています。</p>'
     "<h2>スポンサー</h2><p>本ライブラリの開発はミナト・オープンソース基金の支援を受けています。</p></article></div>"),
     ["本ライブラリの開発はミナト・オープンソース基金の支援を受けています。"], ["reefcount は Python 3.12 に対応しています。"], [], "Japanese docs sponsor"),
    ("zh", "end", "<h3>基金项目</h3><p>本研究得到澄海珊瑚保护基金会资助（项目编号 CH2025-118）。</p>",
     ["本研究得到澄海珊瑚保护基金会资助（项目编号 CH2025-118）。"], [], [], "Chinese heading"),
    ("ko", "end", "<h3>사사</h3><p>이 연구는 해든 해양재단의 지원을 받아 수행되었습니다(과제번호 HD-2025-31).</p>",
     ["이 연구는 해든 해양재단의 지원을 받아 수행되었습니다(과제번호 HD-2025-31)."], [], [], "Korean heading"),
    ("tr", "end", "<p>Bu çalışma Mavi Resif Vakfı tarafından desteklenmiştir (proje no. MRV-2291).</p>",
     ["Bu çalışma Mavi Resif Vakfı tarafından desteklenmiştir (proje no. MRV-2291)."], [], [], "Turkish closing sentence"),
    ("ar", "end", "<h2>التمويل</h2><p>موّلت مؤسسة الشعاب الزرقاء هذا المشروع بموجب المنحة رقم BRF-5512.</p>",
     ["موّلت مؤسسة الشعاب الزرقاء هذا المشروع بموجب المنحة رقم BRF-5512."], [], [], "Arabic heading"),
    ("hi", "end", "<p>यह परियोजना सागरदीप फ़ाउंडेशन के वित्तीय सहयोग से संचालित है।</p>",
     ["यह परियोजना सागरदीप फ़ाउंडेशन के वित्तीय सहयोग से संचालित है।"], [], [], "Hindi closing sentence"),
    ("id", "site-wp", wp("", "<h4>Dukungan</h4><p>Program ini didanai oleh Yayasan Karang Lestari.</p>"),
     ["Program ini didanai oleh Yayasan Karang Lestari."], [], [], "Indonesian widget"),
    ("vi", "end", "<p>Dự án được tài trợ bởi Quỹ Biển Xanh Hòa Ninh.</p>",
     ["Dự án được tài trợ bởi Quỹ Biển Xanh Hòa Ninh."], [], [], "Vietnamese closing sentence"),
    ("el", "end", "<h3>Χρηματοδότηση</h3><p>Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Θαλάσσιων Σπουδών Αργέλη.</p>",
     ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Θαλάσσιων Σπουδών Αργέλη."], [], [], "Greek heading"),
    ("he", "end", "<h3>מימון</h3><p>המחקר מומן על ידי קרן אלמוג הצפון (מענק מס׳ 2025-448).</p>",
     ["המחקר מומן על ידי קרן אלמוג הצפון (מענק מס׳ 2025-448)."], [], [], "Hebrew heading"),
    ("fi", "end", "<p>Hanketta rahoittaa Meriluonnon säätiö Aallokko.</p>",
     ["Hanketta rahoittaa Meriluonnon säätiö Aallokko."], [], [], "Finnish closing sentence"),
    ("hu", "end", "<p>A kutatást a Zöldzátony Alapítvány támogatta (pályázati azonosító: ZZA-2025-07).</p>",
     ["A kutatást a Zöldzátony Alapítvány támogatta (pályázati azonosító: ZZA-2025-07)."], [], [], "Hungarian closing sentence"),
    ("cs", "end", "<h3>Financování</h3><p>Projekt byl podpořen Nadací Korálový útes (grant č. NKU-25-031).</p>",
     ["Projekt byl podpořen Nadací Korálový útes (grant č. NKU-25-031)."], [], [], "Czech heading"),
    ("ro", "end", "<p>Proiectul este finanțat de Fundația Recif Albastru prin grantul nr. FRA-2025-12.</p>",
     ["Proiectul este finanțat de Fundația Recif Albastru prin grantul nr. FRA-2025-12."], [], [], "Romanian closing sentence"),
    ("sw", "end", "<h3>Ufadhili</h3><p>Mradi huu unafadhiliwa na Mfuko wa Bahari Njema.</p>",
     ["Mradi huu unafadhiliwa na Mfuko wa Bahari Njema."], [], [], "Swahili heading"),
    ("ms", "site-newsletter", '<article class="newsletter"><h1>Berita Terumbu Bil. 9</h1>{story}<hr><p class="small">Surat berita ini dibiayai oleh Yayasan Terumbu Sentosa.</p></article>',
     ["Surat berita ini dibiayai oleh Yayasan Terumbu Sentosa."], [], [], "Malay newsletter"),
    ("th", "end", "<p>โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิปะการังสีคราม</p>",
     ["โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิปะการังสีคราม"], [], [], "Thai closing sentence"),
    ("tl", "end", "<p>Ang proyektong ito ay pinondohan ng Pundasyong Dagat-Lingkod.</p>",
     ["Ang proyektong ito ay pinondohan ng Pundasyong Dagat-Lingkod."], [], [], "Tagalog closing sentence"),
    ("uk", "end", "<h3>Фінансування</h3><p>Дослідження фінансувалося Фондом морських рифів «Лазур» (грант № ЛФ-2025-07).</p>",
     ["Дослідження фінансувалося Фондом морських рифів «Лазур» (грант № ЛФ-2025-07)."], [], [], "Ukrainian heading"),
    ("fa", "end", "<h3>تأمین مالی</h3><p>این پژوهش با حمایت مالی بنیاد مرجان آبی انجام شده است.</p>",
     ["این پژوهش با حمایت مالی بنیاد مرجان آبی انجام شده است."], [], [], "Persian heading"),
    ("ur", "end", "<p>یہ منصوبہ نیلی چٹان فاؤنڈیشن کی مالی معاونت سے چلایا جا رہا ہے۔</p>",
     ["یہ منصوبہ نیلی چٹان فاؤنڈیشن کی مالی معاونت سے چلایا جا رہا ہے۔"], [], [], "Urdu closing sentence"),
    ("bn", "end", "<h3>অর্থায়ন</h3><p>এই গবেষণায় অর্থায়ন করেছে নীলপ্রবাল ফাউন্ডেশন (অনুদান নং NPF-2025-19)।</p>",
     ["এই গবেষণায় অর্থায়ন করেছে নীলপ্রবাল ফাউন্ডেশন (অনুদান নং NPF-2025-19)।"], [], [], "Bengali heading"),
    ("sl", "site-wp", wp("", "<h4>Financiranje</h4><p>Projekt financira Sklad za morsko naravo Lazurna obala.</p>"),
     ["Projekt financira Sklad za morsko naravo Lazurna obala."], [], [], "Slovenian widget"),
    ("lv", "end", "<p>Projektu finansē Jūras dabas fonds „Zilais rifs”.</p>",
     ["Projektu finansē Jūras dabas fonds „Zilais rifs”."], [], [], "Latvian closing sentence"),
]

NEGATIVE = [
    ("en", "end", "<p>The town council approved a budget of 2.3 million for harbour repairs, including new moorings near the nursery.</p>", "municipal budget as news"),
    ("en", "site-product", ('<article class="product"><h1>Aquashot 7 underwater camera</h1><p class="price">€649</p><ul class="specs"><li>Supported formats: RAW, JPEG, HEIF</li>'
     "<li>Supports Wi-Fi and Bluetooth 5.3</li><li>Waterproof to 60 m</li></ul><p>Free support for two years.</p><button>Add to cart</button></article>"), "product page: supported formats"),
    ("en", "site-forum", ('<section class="thread"><h1>Coral frames: what depth?</h1><div class="post"><p class="author">reefrat</p><p>We moved ours to 12 m and lost fewer fragments.</p></div>'
     "<div class=\"post\"><p class=\"author\">kelpie22</p><p>Congrats to Mira's lab, they just got a grant from the Tillbury Fund for their seagrass work! Maybe ask them.</p></div></section>"), "forum thread mentioning someone else's grant"),
    ("en", "site-docs", ('<div class="docs"><article><h1>reefcount quick start</h1><p>reefcount supports Python 3.12 and 3.13 on Linux and macOS.</p>'
     "<h2>Support</h2><p>For help, open an issue on the tracker or ask in the community chat.</p></article></div>"), "docs page with supported versions and technical support"),
    ("en", "mid", '<figure><img src="/img/team.jpg" alt="Divers on the pier"><figcaption>Photo: Jonah Pell. With the support of the fans, the Port Ellery dive team finished first at the regional games.</figcaption></figure>', "caption: with the support of the fans"),
    ("en", "mid", '<aside class="ad sidebar-ad"><p class="label">Advertisement</p><p>Book a dive holiday with Bluefin Tours. Sponsored.</p></aside>', "sidebar advert"),
    ("en", "end", '<ol class="footnotes"><li>Tarrow Institute, "Funding for Marine Nurseries 2025", report, p. 14.</li><li>Ellery dive log, 2025.</li></ol>', "footnote citing a funding report as a source"),
    ("en", "after", '<div class="donate-box"><h3>Support our journalism</h3><p>Independent reporting costs money. Donate today and become a supporter.</p><a href="/donate">Donate</a></div>', "donation appeal"),
    ("en", "end", "<p>Thank you to all the readers who sent us photos of the reef.</p>", "general thanks to readers"),
    ("en", "end", "<p>The start-up ReefPrint, which sells 3D-printed coral frames, raised 4 million in a funding round led by Saltline Ventures.</p>", "investment round as news"),
    ("en", "end", "<p>The claim that warm water alone killed the corals is not supported by the evidence, the divers said.</p>", "supported by the evidence"),
    ("en", "site-festival", ('<article class="event"><h1>Reef Days Festival 2026</h1>{story}<section><h3>Partners</h3><p>Dive Club Ellery and the Harbour Café host the evening talks.</p></section>'
     "<section><h3>Media partners</h3><p>Coastline Radio broadcasts the opening night.</p></section></article>"), "festival with partners and media partners only"),
    ("en", "site-wp", wp("", "<h4>Recent posts</h4><ul><li>Spawning night</li><li>New frames</li></ul>") + '<p class="credit">Powered by WordPress. Theme by Tidewater Themes.</p>', "Elementor page with powered-by credit"),
    ("en", "after", '<div class="promo"><p class="label">Sponsored content</p><p>Five gadgets every diver needs this summer.</p></div>', "sponsored content label on an advert"),
    ("en", "end", "<p>For technical support with the sensor app, contact the help desk on weekdays.</p>", "technical support"),
    ("en", "end", "<p>Forty councillors voted in support of the marine protection plan on Tuesday.</p>", "vote of support"),
    ("en", "end", "<p>The Ellery Marine Lab last week received a grant of 500,000 from the Hollins Trust to study seagrass, the lab announced.</p>", "grant to a third party as news"),
    ("en", "end", "<p>A crowdfunding campaign for a new dive boat has raised 18,000 from 600 backers.</p>", "crowdfunding news"),
    ("en", "site-ngo", '<article><h1>{title}</h1>{story}</article><section class="donor-wall"><h3>Our supporters</h3><ul><li>Ana Ruiz</li><li>Tom Becker</li><li>Harbour Café</li></ul></section>', "donor wall naming no funding of this work"),
    ("en", "end", "<p>The Port Ellery Mariners signed a new shirt sponsor, Gullwing Insurance, for the coming season.</p>", "sport sponsorship"),
    ("en", "mid", '<figure><img src="/img/diver.jpg" alt="A diver"><figcaption>With thanks to Ellery Dive Photos.</figcaption></figure>', "with thanks to: photo credit"),
    ("en", "end", "<p>The project relies on support from volunteers, who give up their weekends to clean the frames.</p>", "support line naming no funder"),
    ("es", "end", "<p>El pleno municipal apoyó por unanimidad la moción para ampliar la reserva marina.</p>", "Spanish apoyar a motion"),
    ("es", "end", "<p>La alcaldesa anunció que el ayuntamiento financiará con 200.000 euros la reparación del muelle.</p>", "Spanish city budget news"),
    ("es", "site-product", '<article class="product"><h1>Linterna Abisal 3</h1><ul><li>Formatos compatibles: MP4, MOV</li><li>Compatible con soportes GoPro</li></ul></article>', "Spanish product page"),
    ("fr", "end", "<p>Des centaines de supporters sont venus soutenir l'équipe de plongée de Port Ellery lors du championnat.</p>", "French soutenir a team"),
    ("fr", "after", '<div class="don"><p>Faites un don pour soutenir notre rédaction.</p></div>', "French donation appeal"),
    ("de", "end", "<p>Vor der Küste wird seit den Achtzigerjahren Erdöl gefördert, doch die Plattform soll 2030 stillgelegt werden.</p>", "German fördern: oil"),
    ("de", "end", "<p>Der Tauchverein fördert seit Jahren junge Talente und hat drei Jugendmeister hervorgebracht.</p>", "German fördern: talent"),
    ("de", "mid", '<figure><img src="/img/fans.jpg" alt="Fans"><figcaption>Mit Unterstützung der Fans gewann die Mannschaft das Finale.</figcaption></figure>', "German caption: Unterstützung der Fans"),
    ("it", "end", "<p>Il Comune finanzierà con 1,2 milioni di euro il rifacimento del lungomare, ha annunciato l'assessore al bilancio.</p>", "Italian finanziare in a city budget story"),
    ("it", "end", "<p>Secondo i ricercatori, l'ipotesi non è sostenuta dai dati raccolti finora.</p>", "Italian: not supported by the data"),
    ("pt", "end", "<p>O aplicativo de monitoramento suporta Android 14 e iOS 18.</p>", "Portuguese supported versions"),
    ("nl", "end", "<p>De gemeenteraad steunde het voorstel om de haven uit te breiden.</p>", "Dutch vote of support"),
    ("pl", "end", "<p>Firma ReefPrint pozyskała 3 mln zł w rundzie finansowania.</p>", "Polish investment round"),
    ("ja", "end", "<p>このカメラは4K動画とRAW形式に対応しています。</p>", "Japanese supported formats"),
    ("zh", "end", "<p>市政府宣布将拨款五百万元用于修缮码头。</p>", "Chinese city budget"),
    ("ko", "end", "<p>시의회는 해양보호구역 확대안을 지지했다.</p>", "Korean vote of support"),
    ("tr", "end", "<p>Taraftarların desteğiyle takım finale yükseldi.</p>", "Turkish fans' support"),
    ("ar", "after", '<div class="donate"><p>تبرع الآن لدعم صحافتنا المستقلة.</p></div>', "Arabic donation appeal"),
    ("hi", "end", "<p>राज्य सरकार ने दूसरे शहर के विश्वविद्यालय को शोध के लिए अनुदान दिया है।</p>", "Hindi grant news about someone else"),
    ("id", "end", "<p>Aplikasi ini mendukung bahasa Indonesia dan Inggris.</p>", "Indonesian supported languages"),
    ("vi", "end", "<p>Công ty khởi nghiệp ReefPrint vừa gọi vốn thành công 2 triệu USD.</p>", "Vietnamese investment round"),
    ("el", "end", "<p>Ευχαριστούμε όλους τους αναγνώστες για τις φωτογραφίες τους.</p>", "Greek thanks to readers"),
    ("he", "after", '<div class="support"><p>תמיכה טכנית זמינה בימים א׳–ה׳.</p></div>', "Hebrew technical support"),
    ("fi", "end", "<p>Kaupunginvaltuusto tuki yksimielisesti ehdotusta.</p>", "Finnish vote of support"),
    ("hu", "end", "<p>A futballcsapat új mezszponzora a Sirálybank lett.</p>", "Hungarian sport sponsorship"),
    ("cs", "after", '<div class="darujte"><p>Podpořte nás darem.</p></div>', "Czech donation appeal"),
    ("ro", "end", "<p>Primăria a anunțat un buget de 3 milioane de lei pentru port.</p>", "Romanian budget news"),
    ("sw", "end", "<p>Mashabiki waliunga mkono timu yao hadi mwisho.</p>", "Swahili fans' support"),
    ("uk", "after", '<div class="donate"><p>Підтримайте нашу редакцію донатом.</p></div>', "Ukrainian donation appeal"),
    ("th", "end", "<p>แอปนี้รองรับ iOS 18 และ Android 15</p>", "Thai supported versions"),
    ("ms", "end", "<p>Syarikat pemula itu memperoleh dana RM5 juta dalam pusingan pembiayaan.</p>", "Malay investment round"),
    ("tl", "end", "<p>Salamat sa lahat ng mambabasa na nagpadala ng mga larawan.</p>", "Tagalog thanks to readers"),
    ("fa", "end", "<p>شورای شهر از طرح گسترش منطقه حفاظت‌شده دریایی حمایت کرد.</p>", "Persian vote of support"),
    ("sl", "end", "<p>Aplikacija podpira slovenščino in angleščino.</p>", "Slovenian supported languages"),
    ("lv", "end", "<p>Pilsētas dome atbalstīja priekšlikumu paplašināt ostu.</p>", "Latvian vote of support"),
    ("bn", "end", "<p>সরকার অন্য একটি বিশ্ববিদ্যালয়কে গবেষণা অনুদান দিয়েছে বলে জানা গেছে।</p>", "Bengali grant news about someone else"),
    ("ur", "end", "<p>ٹیم کو مداحوں کی بھرپور حمایت حاصل رہی۔</p>", "Urdu fans' support"),
    ("sv", "mid", '<aside class="annons"><p>Annons: Boka din dykresa hos Blåfenan Resor.</p></aside>', "Swedish sidebar advert"),
]


def page_text(html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", html)
    return " ".join(htmllib.unescape(text).split())


def check(built: dict[str, tuple[str, dict]]) -> None:
    """Each labelled sentence is on its page as written."""
    for page_id, (html, label) in built.items():
        text = page_text(html)
        for sentence in [*label["funding"], *label.get("not_funding", []), *label["must_keep_in_body"]]:
            assert " ".join(sentence.split()) in text, (page_id, sentence)


if __name__ == "__main__":
    built = story_cases("r71-", REAL, NEGATIVE, page)
    check(built)
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    print(f"{len(built)} pages, {sum(len(label['funding']) for _, label in built.values())} statements, "
          f"{len(NEGATIVE)} negatives, {len(langs)} languages")
