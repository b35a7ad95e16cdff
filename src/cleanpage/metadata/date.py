"""The publication date: structured dates, <time>, labelled dates near the headline, the URL."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import accumulate, chain, islice, pairwise
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from ..patterns import alternation, each_lower_folded, lazy, lower_folded, rare_piece
from ..rules import class_rule
from .sources import _DATE_META_KEYS, _MAX_TIMES, _MODIFIED_META_KEYS, _json_str, _Page
from .window import (
    _MAX_ANCESTOR_WALK,
    _MIN_LIST_ENTRIES,
    _inside,
    _is_card,
    _is_compact,
    _headline_holders,
    _item_series,
    _Window,
)


def _unaccented(word: str) -> str:
    """The word without its accents ("décembre" -> "decembre", "μαρτίου" -> "μαρτιου"). No combining
    character is ASCII: a word ASCII once decomposed is returned without a test per character."""
    decomposed = unicodedata.normalize("NFD", word)
    if decomposed.isascii():
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ISO 8601 and its common relaxations ("2019-04-28 06:01:07", "2015-10-15T02:19:15.607Z").
_ISO_DATE_RE = lazy(
    r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_COMPACT_DATE_RE = lazy(r"^(\d{4})(\d{2})(\d{2})(?:\d{6})?$")  # "20160729[164234]"
# Day-first numeric dates as written in most of Europe: "03.10.2024".
# ("5. 3. 2024": Czech and Slovak put a space after each dot)
_DOTTED_DATE_RE = lazy(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
# Year first with the units written after each number, as Chinese, Japanese and Korean write
# dates ("2024年3月5日", "2024년 3월 5일"), or with a dot and a space after each ("2024. 3. 5.").
_YEAR_FIRST_DATE_RE = lazy(
    r"(?<!\d)((?:19|20)\d{2})(?:\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]"
    r"|\.\s+(\d{1,2})\.\s+(\d{1,2})\.)"
)
# Vietnamese writes the month as "month 3" ("ngày 5 tháng 3 năm 2024", "5 tháng 3, 2024"): read
# only where the text holds the word (_MONTH_WORD_VI).
_VIETNAMESE_DATE_RE = lazy(r"(?i)(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)\s+(\d{4})(?!\d)")
_MONTH_WORD_VI = "háng"  # in "tháng" and "Tháng" ("THÁNG": its upper case)
# Year first, then the month's name and the day, as Hungarian and Lithuanian write them
# ("2024. március 5.", "2024 m. kovo 5 d.": "m." for metai, the year).
_YEAR_FIRST_WORD_RE = lazy(r"(?<!\d)((?:19|20)\d{2})(?:\.|\s?m\.)\s+([^\W\d_]{3,12})\.?\s+(\d{1,2})\.?(?!\d)")
# Latvian: the year, "gada" (of the year), the day and the month ("2024. gada 5. martā"); read
# only where the text holds the word.
_LATVIAN_DATE_RE = lazy(r"(?<!\d)((?:19|20)\d{2})\.\s*gada\s+(\d{1,2})\.\s*([^\W\d_]{3,12})")
_YEAR_WORD_LV = "gada"
# Numeric dates with slashes or dashes, "2/24/2026", "21/11/2025" or "11-29-2024": month or day
# first, read only when one of the two is above 12 (or both are the same), so the order does not matter.
_SLASHED_DATE_RE = lazy(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])")
# Month names (full and abbreviated) in the nine languages, lower-case, without dots, with their
# regional forms ("Jänner", "setiembre"); then the genitive forms a day takes in further European
# languages ("5 марта", "5. března", "5 Μαρτίου", "5. maaliskuuta") and their nominatives where
# the day comes first without a case ("5 mart 2024", "5 martie 2024", "2024. március 5."); then
# those of Indonesian and Malay, Catalan, the South Slavic languages, Bulgarian and Macedonian,
# Albanian, and the Gregorian months in Arabic ("5 Maret 2024", "5 de març", "5. ožujka 2024.", "5 март", "5 مارس").
# Every name is also read as typed without its accents ("aout", "decembre", "ΜΑΡΤΙΟΥ").
_MONTH_NAMES = (
    "january jan januar janvier enero gennaio januari styczeń stycznia janeiro janv ene gen sty jänner jän",
    "february feb februar février febrero febbraio februari luty lutego fevereiro févr fév fevr lut fev",
    "march mar märz mars marzo maart marzec marca março mär mrt",
    "april apr avril abril aprile kwiecień kwietnia avr abr kwi",
    "may mai mayo maggio mei maj maja maio mag",
    "june jun juni juin junio giugno czerwiec czerwca junho giu cze",
    "july jul juli juillet julio luglio lipiec lipca julho juil lug lip",
    "august aug août agosto augusti augustus sierpień sierpnia ago aoû sie",
    "september sep sept septembre septiembre settembre wrzesień września setembro set wrz setiembre",
    "october oct oktober octobre octubre ottobre październik października outubro okt ott out paź",
    "november nov novembre noviembre listopad listopada novembro lis",
    "december dec dezember décembre diciembre dicembre grudzień grudnia dezembro déc dez dic gru",
)
_MORE_MONTH_NAMES = (  # cs sk da/no fi el hu ro ru tr uk
    "ledna januára tammikuuta ιανουαρίου január ianuarie января янв ocak січня",
    "února februára helmikuuta φεβρουαρίου február febr februarie февраля фев şubat лютого",
    "března marts maaliskuuta μαρτίου március márc martie марта мар mart березня",
    "dubna apríla huhtikuuta απριλίου április ápr aprilie апреля апр nisan квітня",
    "května mája toukokuuta μαΐου május máj мая mayıs травня",
    "června júna kesäkuuta ιουνίου június jún iunie июня июн haziran червня",
    "července júla heinäkuuta ιουλίου július júl iulie июля июл temmuz липня",
    "srpna augusta elokuuta αυγούστου augusztus августа авг ağustos серпня",
    "září septembra syyskuuta σεπτεμβρίου szeptember szept septembrie сентября сен сент eylül вересня",
    "října októbra lokakuuta οκτωβρίου október octombrie октября окт ekim жовтня",
    "listopadu novembra marraskuuta νοεμβρίου noiembrie ноября ноя нояб kasım листопада",
    "prosince decembra desember joulukuuta δεκεμβρίου decembrie декабря дек aralık грудня",
)
_FURTHER_MONTH_NAMES = (  # id/ms ca hr sr/bs (Latin, Cyrillic) sl bg mk sq ar (Egypt and the Gulf; the Levant's one-word names)
    "januari gener siječnja januar јануар януари يناير janar јануари",
    "februari pebruari febrer veljače фебруар февруари فبراير شباط shkurt",
    "maret març ožujka marec март مارس آذار",
    "travnja април أبريل إبريل ابريل نيسان prill",
    "maig svibnja мај май مايو أيار",
    "juny lipnja junij јун юни يونيو حزيران qershor јуни",
    "julai juliol srpnja julij јул юли يوليو تموز korrik јули",
    "agustus ogos agu ags agost kolovoza avgust август أغسطس اغسطس gusht",
    "setembre rujna septembar септембар септември سبتمبر أيلول shtator",
    "oktobar октобар октомври أكتوبر اكتوبر tetor",
    "studenoga studenog novembar новембар ноември نوفمبر nëntor",
    "desember disember des desembre prosinca decembar децембар декември ديسمبر dhjetor",
)
_MORE_MONTH_ABBREVIATIONS = (  # tr ro el uk ru bg, as their news pages print a day ("5 Eyl 2024", "5 бер. 2024")
    "oca січ ιαν ian яну",
    "şub февр лют φεβ",
    "бер μαρ",
    "nis квіт кві απρ",
    "трав тра μαΐ",
    "haz черв чер ιουν iun",
    "tem лип ιουλ iul",
    "ağu серп сер αυγ",
    "eyl вер σεπ септ сеп",
    "eki жовт жов οκτ",
    "kas лист лис νοε noi ное",
    "ara груд гру δεκ",
)
_ASIAN_AFRICAN_MONTH_NAMES = (  # hi bn ur fa he (also "in March": "5 במרץ") sw tl ka hy (genitive) th
    "जनवरी জানুয়ারি جنوری ژانویه ינואר בינואר januari enero იანვარი հունվարի มกราคม",
    "फ़रवरी फरवरी ফেব্রুয়ারি فروری فوریه פברואר בפברואר februari pebrero თებერვალი փետրվարի กุมภาพันธ์",
    "मार्च মার্চ مارچ مارس מרץ מרס במרץ במרס machi marso მარტი մարտի มีนาคม",
    "अप्रैल अप्रेल এপ্রিল اپریل آوریل אפריל באפריל aprili abril აპრილი ապրիլի เมษายน",
    "मई مئی מאי במאי mei mayo მაისი մայիսի พฤษภาคม",
    "जून জুন جون ژوئن יוני ביוני juni hunyo ივნისი հունիսի มิถุนายน",
    "जुलाई জুলাই جولائی ژوئیه יולי ביולי julai hulyo ივლისი հուլիսի กรกฎาคม",
    "अगस्त আগস্ট اگست اوت אוגוסט באוגוסט agosti agosto აგვისტო օգոստոսի สิงหาคม",
    "सितंबर सितम्बर সেপ্টেম্বর ستمبر سپتامبر ספטמבר בספטמבר septemba setyembre სექტემბერი սեպտեմբերի กันยายน",
    "अक्टूबर अक्तूबर অক্টোবর اکتوبر اکتبر אוקטובר באוקטובר oktoba oktubre ოქტომბერი հոկտեմբերի ตุลาคม",
    "नवंबर नवम्बर নভেম্বর نومبر نوامبر נובמבר בנובמבר novemba nobyembre ნოემბერი նոյեմբերի พฤศจิกายน",
    "दिसंबर दिसम्बर ডিসেম্বর دسمبر دسامبر דצמבר בדצמבר desemba disyembre დეკემბერი դեկտեմբերի ธันวาคม",
)
_BALTIC_MONTH_NAMES = (  # lt (genitive, nominative) lv (locative, nominative) et: "gruodžio 4 d.", "4. decembrī", "4. detsember"
    "sausio sausis janvārī janvāris jaanuar",
    "vasario vasaris februārī februāris veebruar",
    "kovo kovas martā marts märts",
    "balandžio balandis aprīlī aprīlis aprill",
    "gegužės gegužė maijā maijs",
    "birželio birželis jūnijā jūnijs juuni",
    "liepos liepa jūlijā jūlijs juuli",
    "rugpjūčio rugpjūtis augustā augusts",
    "rugsėjo rugsėjis septembrī septembris",
    "spalio spalis oktobrī oktobris oktoober",
    "lapkričio lapkritis novembrī novembris",
    "gruodžio gruodis decembrī decembris detsember",
)
_ICELANDIC_MONTH_NAMES = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
                          "nóvember", "desember")
_REGIONAL_MONTH_NAMES = (  # gl cy be az/uz kk; ta mr gu te kn ml pa; ms and sw further forms ("4 Dis 2025", "4 Disemba 2025"); mt
    "jannar xaneiro xan ionawr студзеня yanvar қаңтар ஜனவரி जानेवारी જાન્યુઆરી జనవరి ಜನವರಿ ജനുവരി ਜਨਵਰੀ",
    "frar febreiro chwefror лютага fevral ақпан பிப்ரவரி फेब्रुवारी ફેબ્રુઆરી ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി ਫ਼ਰਵਰੀ",
    "marzu mawrth сакавіка наурыз மார்ச் मार्च માર્ચ మార్చి ಮಾರ್ಚ್ മാർച്ച് ਮਾਰਚ mac",
    "ebrill красавіка aprel сәуір ஏப்ரல் एप्रिल એપ્રિલ ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ ਅਪ੍ਰੈਲ",
    "mejju мамыр മേയ്",
    "ġunju xuño mehefin чэрвеня iyun маусым ஜூன் જૂન జూన్ ಜೂನ್ ജൂൺ ਜੂਨ",
    "lulju xullo gorffennaf ліпеня iyul шілде ஜூலை जुलै જુલાઈ జూలై ಜುಲೈ ജൂലൈ ਜੁਲਾਈ",
    "awwissu awst жніўня avqust avgust тамыз ஆகஸ்ட் ऑगस्ट ઓગસ્ટ ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ਅਗਸਤ ogo",
    "settembru setembro medi верасня sentyabr sentabr қыркүйек செப்டம்பர் सप्टेंबर સપ્ટેમ્બર సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ ਸਤੰਬਰ",
    "ottubru outubro hydref кастрычніка oktyabr oktabr қазан அக்டோபர் ऑक्टोबर ઓક્ટોબર అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ ਅਕਤੂਬਰ",
    "novembru tachwedd лістапада noyabr қараша நவம்பர் नोव्हेंबर નવેમ્બર నవంబర్ ನವೆಂಬರ್ നവംബർ ਨਵੰਬਰ",
    "diċembru decembro rhagfyr снежня dekabr желтоқсан டிசம்பர் डिसेंबर ડિસેમ્બર డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ ਦਸੰਬਰ dis disemba",
)
_SOUTH_ASIAN_MONTH_NAMES = (  # si (with and without the joiner in "April") km lo my ne
    "ජනවාරි មករា ມັງກອນ ဇန်နဝါရီ जनवरी",
    "පෙබරවාරි កុម្ភៈ ກຸມພາ ဖေဖော်ဝါရီ फेब्रुअरी",
    "මාර්තු មីនា ມີນາ မတ် मार्च",
    "අප්‍රේල් අප්රේල් មេសា ເມສາ ဧပြီ अप्रिल",
    "මැයි ឧសភា ພຶດສະພາ မေ मे",
    "ජූනි មិថុនា ມິຖຸນາ ဇွန် जुन",
    "ජූලි កក្កដា ກໍລະກົດ ဇူလိုင် जुलाई",
    "අගෝස්තු សីហា ສິງຫາ ဩဂုတ် अगस्ट",
    "සැප්තැම්බර් កញ្ញា ກັນຍາ စက်တင်ဘာ सेप्टेम्बर",
    "ඔක්තෝබර් តុលា ຕຸລາ အောက်တိုဘာ अक्टोबर",
    "නොවැම්බර් វិច្ឆិកា ພະຈິກ နိုဝင်ဘာ नोभेम्बर",
    "දෙසැම්බර් ធ្នូ ທັນວາ ဒီဇင်ဘာ डिसेम्बर",
)
MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate(chain(_MONTH_NAMES, _MORE_MONTH_NAMES, _MORE_MONTH_ABBREVIATIONS, _FURTHER_MONTH_NAMES,
                                       _ASIAN_AFRICAN_MONTH_NAMES, _BALTIC_MONTH_NAMES, _REGIONAL_MONTH_NAMES,
                                       _ICELANDIC_MONTH_NAMES, _SOUTH_ASIAN_MONTH_NAMES)):
    for _name in _names.split():
        MONTH_NUMBERS[_name] = _number % 12 + 1
        MONTH_NUMBERS.setdefault(_unaccented(_name), _number % 12 + 1)
# The combining vowel signs and marks the month names are written with (Devanagari, Bengali, Thai):
# a month's word is its letters and these ("मार्च", "มีนาคม"), which \w alone does not match.
# The patterns below come in two forms: words of letters, and, for a text that holds one of
# these marks, words of letters and marks (the alternation costs twice the plain class).
_MONTH_MARKS = re.escape("".join(sorted(c for c in set("".join(MONTH_NUMBERS)) if not c.isalpha())))
_MONTH_MARK_RE = lazy(f"[{_MONTH_MARKS}]")
_MONTH_WORDS = (r"[^\W\d_]{3,12}", rf"(?:[^\W\d_]|[{_MONTH_MARKS}]){{3,12}}")
# "October 3, 2024" / "Oct. 3rd 2024": any word there, kept when it is a month of MONTH_NUMBERS
# (an alternation of the 150 month names cost milliseconds to compile on every run)
MONTH_FIRST_WORD_RES = tuple(lazy(rf"\b({word})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b") for word in _MONTH_WORDS)
# "3. Oktober 2024" / "3 octobre 2024" / "3 de octubre de 2024" / "3 października 2024" / "3 October, 2024"
# / "14th May 2023" / "the 3rd of March 2019" / "1.º de marzo de 2024" / "5 d'abril de 2024" / "5 ta' Marzu 2024"; or joined by dashes as date
# formats of many locales print it ("04-ago-2021", "05-Mar-2024 10:12")
_DAY_FIRST_WORD_RES = tuple(lazy(
    r"\b(\d{1,2})(?:\.º|\.|er|º|st|nd|rd|th)?(?:\s+(?:de\s+|of\s+|d['’]|ta['’]\s+)?|-(?=[^\W\d_]+\.?-\d))(" + word + r")\.?"
    r"(?:,?\s+(?:de\s+)?|-)(\d{4})\b"
) for word in _MONTH_WORDS)


# "2026 ඔක්තෝබර් 8", "2026 October 8": the year, the month's word and the day, spaced (Sinhala's
# order; read last, after every form with the year at the end)
_YEAR_FIRST_SPACED_RES = tuple(lazy(rf"(?<![\d.,])((?:19|20)\d{{2}})\s+({word})\s+(\d{{1,2}})(?![\d.:,/-])")
                               for word in _MONTH_WORDS)


def month_match(pattern, text: str, month_group: int) -> re.Match | None:
    """The first match of `pattern` whose month word is a month name."""
    for match in pattern.finditer(text):
        if match.group(month_group).lower() in MONTH_NUMBERS:
            return match
    return None
_MIN_YEAR = 1990  # the web's first articles; older years in markup are noise
_MAX_FUTURE = timedelta(days=2)  # time-zone slack; later dates are typos or events

# Date-ish class words of elements near the headline ("date", "published", "datum"...).
_DATE_CLASS_RE = lazy(r"date|publish|time|datum|fecha|data|byline|meta")  # lower-cased
_MAX_DATE_TEXT_ELEMENTS = 20  # the byline area has a few; more means a list of teasers
MAX_DATE_TEXT_CHARS = 200  # longer text is a paragraph, not a dateline
_MAX_SCAN_CHARS = 2000  # the text around the headline searched for a written date
# Digits of the scripts whose pages often write their own (Arabic-Indic, Persian, Devanagari,
# Bengali): a date is read with them as 0-9 ("١٢ مارس ٢٠٢٤"), and they write a year too.
_NATIVE_DIGIT_ZEROS = (0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xED0, 0x1040, 0x17E0, 0xFF10)  # (and Thai, Lao, Burmese, Khmer, and the full-width digits of CJK text)
_NATIVE_DIGITS = str.maketrans({chr(zero + digit): str(digit) for zero in _NATIVE_DIGIT_ZEROS for digit in range(10)})
_NATIVE_CENTURIES = "|".join(chr(zero + 1) + chr(zero + 9) + "|" + chr(zero + 2) + chr(zero) for zero in _NATIVE_DIGIT_ZEROS)
# Thai counts years in the Buddhist era, 543 ahead ("2569" is 2026, also in Thai digits "๒๕๖๙");
# Persian in the Solar Hijri calendar, in Persian digits ("۱۴۰۴").
_OTHER_ERA_CENTURIES = "25|\u0e52\u0e55|\u06f1\u06f3|\u06f1\u06f4"
# Every written date holds a year: the scan looks only around years, this far each side
# ("3 de septiembre de " before, "-10-03" after).
YEAR_RE = lazy(rf"(?<!\d)(?:19|20|{_NATIVE_CENTURIES}|{_OTHER_ERA_CENTURIES})\d{{2}}(?!\d)|令和|平成")
# Japanese pages may count the year in the emperor's era ("令和6年3月5日" is 2024, its first year
# written "元年"): read as the common era's year (the era's year 1 is the common era's one after).
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}
_JAPANESE_ERA_RE = lazy(r"(令和|平成)\s*(元|\d{1,2})\s*年")
_BUDDHIST_ERA_YEARS = 543  # the Buddhist era's year less the common era's
_MIN_BUDDHIST_YEAR = 2400  # a Thai month's year from here on counts in the Buddhist era
# Thai news pages abbreviate the month ("4 ธ.ค. 2568") and may name the era ("พ.ศ. 2568"): read
# as the whole name, the era's mark dropped.
_THAI_ABBREVIATIONS = {
    "ม.ค.": "มกราคม", "ก.พ.": "กุมภาพันธ์", "มี.ค.": "มีนาคม", "เม.ย.": "เมษายน", "พ.ค.": "พฤษภาคม", "มิ.ย.": "มิถุนายน",
    "ก.ค.": "กรกฎาคม", "ส.ค.": "สิงหาคม", "ก.ย.": "กันยายน", "ต.ค.": "ตุลาคม", "พ.ย.": "พฤศจิกายน", "ธ.ค.": "ธันวาคม",
    "พ.ศ.": "",
}
# An abbreviated month may take the year's last two digits ("5 มี.ค. 67": 2567 of the era).
_THAI_ABBREVIATION_RE = lazy(rf"({'|'.join(map(re.escape, _THAI_ABBREVIATIONS))})(?:\s*(\d{{2}})(?!\d))?")
_BUDDHIST_CENTURY = "25"
# Levantine Arabic names four months in two words ("كانون الأول", December) and August in two
# letters ("آب", shorter than a month's word), and news pages often write a month in both the
# Levant's and Egypt's names ("كانون الأول/ديسمبر", "آذار/مارس"): read as the Egyptian name, a
# pair as its first name.
_LEVANT_MONTHS = {"كانون الثاني": "يناير", "تشرين الأول": "أكتوبر", "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر",
                  "آب": "أغسطس"}
_LEVANT_MONTH_RE = lazy(r"كانون الثاني|تشرين الأول|تشرين الثاني|كانون الأول|(?<![\u0621-\u064a])آب(?![\u0621-\u064a])")
_ARABIC_MONTH_PAIR_RE = lazy(r"([\u0621-\u064a]+)\s*/\s*([\u0621-\u064a]+)")
_ARABIC_MONTH_FORM_RE = lazy(r"(?:كانون|تشرين) ال|آب|[\u0621-\u064a]\s*/\s*[\u0621-\u064a]")  # any of the forms
_THAI_LETTER_RE = lazy("[\u0e01-\u0e7f]")  # the Thai block: a text with none of it has no Thai month
# The Solar Hijri months, as Persian pages write the day ("۱۳ آذر ۱۴۰۴"; the Arabic yeh typed for
# the Persian one too), turned into the Gregorian day.
_SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
# The Solar Hijri years of the web (1990 fell in 1368; 1409 is 2030): a numeric date with such a
# year first ("۱۴۰۲/۰۵/۱۴") is a Persian page's. The lunar Hijri years of the same days, 1410 on,
# are never read so (as Gregorian years they are too early and give no day).
_SOLAR_HIJRI_YEARS = (1368, 1409)
_SOLAR_HIJRI_RE = lazy(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(name.replace("ی", "[یي]") for name in _SOLAR_HIJRI_MONTHS) + r")\s+(1[34]\d{2})(?!\d)"
)
_DATE_SPAN = 24
# Dates in URL paths: "/2019/11/20/", "/2019-11-20/", "/20191120/", the separators mixed as news
# systems file their stories ("/2019/1120/", "/2019-11/20/", "/201911/20/", "/2019/11-20/"), and
# a compact day with its time ("-20191120143005.html"); a whole path segment or its start, so
# long numeric ids never match. A one-digit month or day is only read between separators.
_URL_DATE_RE = lazy(
    r"[/_-]((?:19|20)\d{2})(?:[/-](\d)(?=[/-])|[/-]?(\d\d))(?:[/-]?(\d\d)|[/-](\d))"
    r"(?:(?<=\d{8})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)?(?=[/_.+-]|$)"
)
# The month as a word between the year and the day, as some news systems file their stories
# ("/2024/mar/05/"): kept when the word is a month of MONTH_NUMBERS.
_URL_MONTH_WORD_RE = lazy(r"/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?=[/_.-]|$)")
# A time or date element whose class says "updated" and not "published" holds the
# modification date (WordPress writes "entry-date published updated" for both).
# ("changed": a CMS's last-change field; "geaendert", "aggiornat", "atualizad", "bijgewerkt": de it pt nl)
_MODIFIED_CLASS_RE = lazy(r"updated|modified|edited|changed|aktualisiert|geaendert|mis-a-jour|actualizado|aggiornat|atualizad|bijgewerkt")
_PUBLISHED_CLASS_RE = lazy(r"publish|posted|created")


def _structured_date(meta: dict[str, list[str]], article: dict | None) -> str | None:
    """JSON-LD datePublished (or the meta one: the same instant in the site's own
    offset, hence its calendar day), else the first meta publication date."""
    structured = _json_ld_date(article) if article else None
    meta_date = _meta_date(meta)
    if structured and meta_date and _same_instant_local(structured, meta_date):
        return meta_date
    return structured or meta_date


def _structured_modified(meta: dict[str, list[str]], article: dict | None) -> tuple[frozenset[str], str | None]:
    """The days the structured sources give as the modification (JSON-LD dateModified, the
    modified-time metas: a later day shown by the headline on one of them is the update), and the
    most trusted of them as stated (dateModified, else the first meta), each value read once."""
    values = chain((_json_str(article.get("dateModified")),) if article else (), *(meta.get(key, ()) for key in _MODIFIED_META_KEYS))
    days = [day for day in map(normalize_date, values) if day]
    return frozenset(day[:DAY_CHARS] for day in days), (days[0] if days else None)


@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
class _Shown:
    """What the page itself says of its date, weighed against a structured date."""

    day: str | None = None  # the day shown by the headline (_shown_day)
    marked: bool = False  # its markup names it the publication (_names_publication)
    stated: str | None = None  # a <time> marked and labelled as published, anywhere (_stated_publication)


def _original_date(structured: str, shown: _Shown, *, modified: frozenset[str] = frozenset(),
                   east_of_utc: bool = True) -> str:
    """The structured publication date, unless the page states another day (`shown.stated`: two
    days or more apart, beyond any time zone's shift), or shows another day near its headline:
    0. a later day by two or more whose markup names it the publication ("posted-on",
       "release-date"; `shown.marked`) and that no structured source gives as the modification
       (`modified`): the post was re-dated, and the page states the day it now goes by
    1. an earlier day by two or more, or a bare day (no time) before the structured instant's
       day, whatever the time zone: a CMS stamps datePublished anew when an old post is
       re-saved or moved, while the dateline keeps the day it first appeared (htmldate's
       "original date" reads the earliest too)
    2. the structured instant's day in the page's own time zone ("Nov 18, 2019, 9:24 pm ET" for
       2019-11-19T02:24:00Z): the calendar day the page states, not a conversion to UTC. A bare
       day after the instant's UTC day only where the page may live east of UTC (`east_of_utc`:
       not an American English page, nor one without a language); in the Americas the local
       day is never later, and a later dateline is the next day's release or an update.
    A later day is otherwise an update, never the publication."""
    stated, day = shown.stated, shown.day
    if stated and abs(datetime.fromisoformat(stated[:10]) - datetime.fromisoformat(structured[:10])) >= _MIN_EARLIER_SHOWN:
        return stated  # the page's own words and markup outrank a stamp the reader never sees
    if not day:
        return structured
    earlier = datetime.fromisoformat(structured[:10]) - datetime.fromisoformat(day[:10])
    if shown.marked and -earlier >= _MIN_EARLIER_SHOWN and day[:DAY_CHARS] not in modified:
        return day
    day_before_instant = earlier > timedelta(0) and len(day) <= DAY_CHARS < len(structured)
    zoned = earlier > timedelta(0) or (earlier and (east_of_utc or len(day) > DAY_CHARS))  # an instant: any zone
    if earlier >= _MIN_EARLIER_SHOWN or day_before_instant or (zoned and _day_in_some_zone(structured, day)):
        return day
    return structured


def _may_live_east_of_utc(lang: str | None) -> bool:
    """Can the page's clock run ahead of UTC? Not where it writes American English or gives no
    language or region (most of the English web is American): a known language other than
    English, or English of a region east of the Americas ("en-GB", "en-AU", "en-IN")."""
    if not lang:
        return False
    language, _, region = lang.lower().replace("_", "-").partition("-")
    return language != "en" or region[:2] not in _AMERICAN_ENGLISH


_AMERICAN_ENGLISH = frozenset(("", "us", "ca"))  # "en" alone: most often an American page


DAY_CHARS = len("YYYY-MM-DD")  # a bare day; longer is an instant


_MIN_EARLIER_SHOWN = timedelta(days=2)  # beyond any time zone's shift of the day
# The time zones in use run from UTC-12 to UTC+14: the days one instant falls on.
_ZONE_WEST, _ZONE_EAST = timedelta(hours=-12), timedelta(hours=14)


def _day_in_some_zone(structured: str, shown: str) -> bool:
    """Is `shown` the day of the structured instant somewhere on Earth? A shown date-time must
    be the same instant (written without a zone: the instant on some zone's clock, _local_clock);
    a bare day must lie within the time zones' reach of the instant (a bare structured day has
    no instant: another day is another date)."""
    if len(structured) <= len("YYYY-MM-DD"):
        return False
    moment = datetime.fromisoformat(structured)
    if len(shown) > len("YYYY-MM-DD"):
        other = datetime.fromisoformat(shown)
        if other.tzinfo is None and moment.tzinfo is not None:
            return _local_clock(moment, other)
        return moment.tzinfo is not None and other.tzinfo is not None and moment == other
    if moment.tzinfo is not None:  # a naive time is taken as UTC: its zone is unknown either way
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    day = datetime.fromisoformat(shown).date()
    return (moment + _ZONE_WEST).date() <= day <= (moment + _ZONE_EAST).date()


def _local_clock(moment: datetime, shown: datetime) -> bool:
    """Is a date-time the page writes without a zone ("입력 2024.03.04 01:30", "2024-03-04
    00:30") the structured instant on a clock of some time zone (2024-03-03T16:30:00Z: UTC+9)?
    The two differ by a zone's offset, a whole quarter hour from UTC-12 to UTC+14 (the shown
    time's seconds, often dropped, aside)."""
    offset = shown - moment.astimezone(timezone.utc).replace(tzinfo=None)
    zone = timedelta(minutes=round(offset.total_seconds() / 60 / _ZONE_STEP_MINUTES) * _ZONE_STEP_MINUTES)
    return abs(offset - zone) < _CLOCK_SLACK and _ZONE_WEST <= zone <= _ZONE_EAST


_ZONE_STEP_MINUTES = 15  # every time zone's offset is a whole number of quarter hours
_CLOCK_SLACK = timedelta(minutes=1)  # a shown time without its seconds


def _day_as_shown(date: str | None, times: list) -> str | None:
    """The publication instant on the day the page states it: where a <time> holds the instant
    in UTC and writes it out as the reader's day ("November 18, 2019 11:03 PM" for
    2019-11-19T07:03:25+00:00, or without its year: "Posted Mar 3, 9:40 PM" for 02:40 UTC on the 4th), that written day
    is the date, not the UTC one. Where no <time> holds the instant, another instant of its UTC
    day that a <time> writes on the day before, and that comes later (or on the day after, and
    comes earlier), tells that the page's clock has left that UTC day for the publication too
    ("Updated 11:47 pm, March 4" for 05:47 UTC on the 5th: published at 05:08 UTC, the 4th
    on that clock as well)."""
    if not date or not date.endswith("+00:00"):
        return date
    shown_days = []
    for element in times[:_MAX_TIMES]:
        instant = normalize_date(element.get("datetime"))
        if not instant or not instant.endswith("+00:00") or instant[:DAY_CHARS] != date[:DAY_CHARS]:
            continue
        text = " ".join(element.text_content().split())
        shown = _textual_date(text) or _yearless_neighbour(text, instant)
        apart = (datetime.fromisoformat(shown) - datetime.fromisoformat(date[:DAY_CHARS])) if shown else None
        if instant == date:
            return shown if apart is not None and abs(apart) == _ONE_DAY else date
        if apart is not None and abs(apart) == _ONE_DAY:
            shown_days.append((instant, shown, apart))
    moment = datetime.fromisoformat(date)
    same_side = [shown for instant, shown, apart in shown_days
                 if (moment <= datetime.fromisoformat(instant)) == (apart < timedelta(0))]
    return same_side[0] if same_side else date


_ONE_DAY = timedelta(days=1)


def _yearless_neighbour(text: str, date: str) -> str | None:
    """The day before or after the instant's UTC day, where the text writes it without its year
    ("Mar 3, 9:40 PM" for 2021-03-04T02:40:12+00:00: the same instant on an American clock)."""
    if YEAR_RE.search(text):
        return None  # a year written there is read whole (_textual_date) or is no such day
    utc_day = datetime.fromisoformat(date[:DAY_CHARS]).date()
    for day in (utc_day - _ONE_DAY, utc_day + _ONE_DAY):
        if _yearless_day(text, day.month) == day.day:
            return day.isoformat()
    return None


def _dom_date(window: _Window, page: _Page, urls: tuple[str | None, ...], *, day_first: bool = False) -> str | None:
    """Publication date from the page itself, most trusted first.

    1. time[datetime] marked as publication or inside an <article>
    2. the window's date markup: itemprop=datePublished, time, date-ish classes
    3. a date in the page URL, the canonical URL or the og:image URL (the upload path; not
       when every picture of the headline's <article> or <main> went up later: _preview_day)
    4. a date written on a short line around the headline (never a sentence of the body)
    5. further down the headline's own <article> or <main>: a date labelled as the
       publication ("Posted on April 13, 2023" under the text), outside comments and side areas;
       else a day labelled "Created" by the headline on the line that labels the update ("Last
       edited March 9, 2024 · Created March 3, 2024"); else a date line of its own right after
       the author's credit ("Written by Ann Lee" over "April 8, 2024" in the author box under the text)
    6. a day written in the <title>
    7. the year and month of the page's URL ("/2024/03/") with the day a short line by the
       headline writes without its year ("5 March", "3月5日")
    8. a thread's first post far below a long header: the first date markup of a wider window,
       where it opens a series of posts that runs oldest first

    A day the headline's article states as the first publication ("originally published on
    4 May 2018") goes before a later day of 1-4 that no label names the publication (a page
    re-dated on each revision). A date the page labels as the update ("Updated on July 9, 2025")
    is never the publication date, not even when it is the only day the page shows: then the
    date is None. A list's dates are not the page's: a <time> in a card of a list of other
    posts is passed over, and where 1 or 2 answer with an entry of a list of posts (a news
    page, a feed: newest first, or each entry labelled "Posted …" on its own day, or one
    item of a series of dated items), only the URL may.
    """
    articles = set(page.articles)
    entries = _list_entries(page.articles, window)
    own = headline_articles_of(window) if articles else set()
    times = (t for t in _publication_times(page.times, articles, entries)
             if not _in_list_entry(t, window.scopes) and not in_other_article(t, own))
    date, element = next(((day, t) for t in times if (day := normalize_date(t.get("datetime")))), (None, None))
    labelled = [] if date else _window_labelled_run(window, day_first)
    if _is_listed(labelled):
        return _url_date(urls)  # each entry of a list of posts labels its own day: none is the page's
    if not (date or labelled):
        date, element = _window_markup(window, day_first=day_first)
    if element is not None and _in_dated_series(element, window):
        return _url_date(urls)  # the day of one item of a series of dated items (a listing's cards)
    date = date or next(iter(labelled), None) or _container_stamp(window)
    if date and date[:10] in _days_of_a_list(page.times, window):
        return _url_date(urls)  # an entry of a list of posts (a news page, a feed): not the page's
    if labelled:
        return date  # the page labels its day as the publication: no line further down outranks it
    date = date or _url_date(urls[:2]) or _preview_day(urls[2:], window) or _window_text_date(window, day_first=day_first)
    if date:
        first = _first_published(window, articles, day_first=day_first)
        return first if first and first[:10] < date[:10] else date
    return (_article_labelled_date(window, articles, day_first=day_first) or _created_beside_update(window, day_first=day_first)
            or _credited_date(window, articles, day_first=day_first)
            or _title_date(page, day_first=day_first) or _url_month_day(window, urls[:2])
            or _thread_date(window, day_first=day_first))


def _created_beside_update(window: _Window, *, day_first: bool = False) -> str | None:
    """The day a line by the headline labels "Created" beside another it labels the update ("Last
    edited March 9, 2024 · Created March 3, 2024"): a system's two stamps, the creation the first
    day. English "created" alone is no publication label (_PUBLISHED_LABEL_WORDS: a system's stamp
    on pages that state no publication, a related card's "Created: …"); read only on such a line,
    its day before the update label that may follow it ("Created March 3 · Updated March 9")."""
    texts = window_texts(window)
    for line, holder in zip(texts.lines, texts.holders):
        if _CREATED_HINT in line.lower():
            box = holder if YEAR_RE.search(holder.text_content()) else holder.getparent()  # "<b>Created:</b> 3 March"
            day = _created_day(" ".join(box.text_content()[:LABEL_READ_CHARS].split()), day_first) if box is not None else None
            if day:
                return day
    return None


def _created_day(line: str, day_first: bool) -> str | None:
    """The day after the line's "Created" label, up to an update label after it, where the line
    also labels the update (_created_beside_update)."""
    created = _CREATED_LABEL_RE.search(line)
    if created is None or len(line) > MAX_DATE_TEXT_CHARS:
        return None
    after = line[created.end():][:_CREATED_DAY_SPAN]
    update = UPDATED_LABEL_RE.search(after.lower())
    if update is None and not UPDATED_LABEL_RE.search(line[:created.start()].lower()):
        return None  # no update label on the line: "Created" alone
    return normalize_date(after[:update.start()] if update else after, day_first=day_first)


_CREATED_HINT = "created"
_CREATED_LABEL_RE = lazy(r"(?i)\bcreated(?:\s+on)?\b(?!\s+by\b)\s*:?")
_CREATED_DAY_SPAN = 40  # the label's day right after it ("Created on Sunday, March 3, 2024")


# A forum thread's first post sits below a long header (the board's name, its menus, the thread's
# tools): its date markup is looked for this far after the headline, as its poster is.
_THREAD_WINDOW_AFTER = 400


def _thread_date(window: _Window, *, day_first: bool = False) -> str | None:
    """The day of a thread's first post, far below the headline: the first date markup of a wider
    window, where it opens a series of posts that runs oldest first (a listing runs newest first)
    and holds no linked heading (a list of other posts' cards, however their days run);
    its own line before a note nested in it ("2018-07-11, 06:52 PM <span>(This post was last
    modified: …)</span>"). None when the first date markup there is anything else."""
    anchor = window.scopes[0] if window.scopes else None
    if anchor is None:
        return None
    wide = _Window(anchor, after=_THREAD_WINDOW_AFTER, skip=window.skip)
    checked = 0
    for element in wide.elements():
        tag = element.tag
        if not isinstance(tag, str) or not (tag == "time" or _DATE_CLASS_RE.search(element.get("class", "").lower())):
            continue
        if in_comments(element, wide.scopes) or _is_modified(element) or _shows_an_age(element):
            continue
        date = normalize_date(element.get("datetime")) or _lead_text_date(element, day_first)
        if date:
            series = _item_series(element, wide)
            posts = series is not None and _oldest_first(series[1]) and not _LINKED_HEADINGS(series[0])
            return date if posts else None  # (a card under a linked heading is another page's teaser)
        checked += 1
        if checked >= _MAX_DATE_TEXT_ELEMENTS:
            break
    return None


def _lead_text_date(element: lxml.html.HtmlElement, day_first: bool = False) -> str | None:
    """The date a small date element writes, or the date its own first line writes before the
    elements nested in it (an edit note, a permalink)."""
    lead = element.text or ""
    if len(lead) <= _MAX_DATELINE_CHARS and not is_sentence(" ".join(lead.split())):
        date = normalize_date(lead, day_first=day_first) if YEAR_RE.search(lead) else None
        if date:
            return date
    return short_text_date(element, day_first)


def _writes_day_first(lang: str | None) -> bool:
    """Does the page's language write a numeric date day first ("05/03/2024" the 5th of March)?
    The European languages whose dates are read, the further languages of Europe, the Middle East,
    South and South-East Asia and Africa that write the day first, and British, Irish, Australian,
    New Zealand, Indian and South African English; not American English, not an unknown language,
    not the languages that write the year first (Chinese, Japanese, Korean, Persian)."""
    if not lang:
        return False
    language, _, region = lang.lower().replace("_", "-").partition("-")
    if language == "en":
        return region[:2] in _DAY_FIRST_ENGLISH
    return language in _DAY_FIRST_LANGUAGES


_DAY_FIRST_LANGUAGES = frozenset((
    "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "sk", "da", "no", "nb", "nn", "fi", "el", "hu", "ro",
    "ru", "tr", "uk", "ca", "hr", "sl", "sr", "bg", "lt", "lv", "et",
    "gl", "eu", "is", "ga", "cy", "sq", "mk", "bs", "be", "kk", "az", "ka", "hy",  # further European and Caucasian
    "ar", "he", "ur", "hi", "bn", "ta", "id", "ms", "vi", "th", "sw", "af",  # Middle East, Asia, Africa
))
_DAY_FIRST_ENGLISH = frozenset(("gb", "uk", "ie", "au", "nz", "in", "za"))


def _title_date(page: _Page, *, day_first: bool = False) -> str | None:
    """A whole day the <title> states ("Una noticia … - 12.05.2019 - El Faro"): the page's
    own metadata, read last."""
    title = page.titles[0].text_content()[:MAX_DATE_TEXT_CHARS] if page.titles else ""
    return normalize_date(title, day_first=day_first) if YEAR_RE.search(title) else None


def _container_stamp(window: _Window) -> str | None:
    """The creation stamp of the element that holds the headline: a post component that carries
    its own time as an attribute (created-timestamp="2024-02-14T06:12:37+0000", data-published)
    and writes it out only as "2 hr. ago"."""
    for scope in window.scopes[1:_MAX_STAMP_LEVELS + 1]:
        date = _stamp_attribute(scope)
        if date:
            return date
    return None


def _stamp_attribute(element: lxml.html.HtmlElement) -> str | None:
    """The time an attribute named for the creation or publication holds, as a date or as Unix
    time in seconds or milliseconds (data-publishtime="1554476400417")."""
    for name, value in element.attrib.items():
        if _STAMP_ATTR_RE.search(name) and not _MODIFIED_CLASS_RE.search(name):
            date = _unix_date(value) or normalize_date(value)
            if date:
                return date
    return None


def _unix_date(value: str) -> str | None:
    """Unix time (10 digits of seconds, 13 of milliseconds) as an instant in UTC."""
    value = value.strip()
    if not value.isdigit() or len(value) not in (10, 13):
        return None
    moment = datetime.fromtimestamp(int(value[:10]), timezone.utc)
    if moment.year < _MIN_YEAR or moment > datetime.now(timezone.utc) + _MAX_FUTURE:
        return None
    return moment.isoformat()


_MAX_STAMP_LEVELS = 6  # the post's own container, not the page's
# Attribute names that hold a creation or publication time ("created-timestamp", "data-published").
# ("data-publishtime", "publish-date": the word and its time or date written as one)
_STAMP_ATTR_RE = lazy(
    r"(?i)(?:^|[-_:])(?:(?:created|publish(?:ed)?)(?:[-_]?(?:date|time|at))?|pub[-_]?(?:date|time)|timestamp)(?:$|[-_:])"
)


def _publication_times(times: list, articles: set, entries: set = frozenset()) -> Iterator:
    """Each <time> marked as the publication, or inside an <article> (not in
    its comments, not in one entry of a list of posts, not marked or labelled as the update:
    "Last updated: <time>")."""
    for element in times[:_MAX_TIMES]:
        marked = element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
        if marked or (_inside(element, articles) and not _is_modified(element) and not in_comments(element)
                      and not (entries and _inside(element, entries)) and not _labelled_updated(element)
                      and not _shows_an_age(element)):
            yield element


def _shows_an_age(element: lxml.html.HtmlElement) -> bool:
    """Does the <time> show an age, a bare count of years, months, weeks or days ("a community
    for <time datetime="2011-…">14 years</time>", "Mitglied seit <time>5 Jahren</time>")? Its
    datetime is when a community or a membership began, not the page's day (a post's own stamp
    shown as an age says "ago": "17 hours ago", "vor 3 Stunden")."""
    return element.tag == "time" and bool(_AGE_RE.match(element.text_content()[:_MAX_AGE_CHARS]))


_MAX_AGE_CHARS = 30
# A count and a unit of at least a day, alone: en de fr es it pt nl pl sv ru.
_AGE_RE = lazy(
    r"(?i)\s*\d+\s+(?:years?|yrs?|months?|weeks?|days?|jahre?n?|monate?n?|wochen?|tage?n?|ans?|années?|mois|semaines?|"
    r"jours?|años?|meses|mes|semanas?|días?|anni|anno|mesi|mese|settimane?|giorni|giorno|anos?|mês|dias?|jaar|maand(?:en)?|"
    r"weken|week|dagen|dag|lata?|rok|miesi[ąę]c[ey]?|miesięcy|tygodni|dni|år|månad(?:er)?|veckor|vecka|dagar|"
    r"год[а]?|лет|месяц(?:а|ев)?|недел[ьи]|дн(?:я|ей)|день)\s*$"
)


def _stated_publication(times: list) -> str | None:
    """The day a <time> marked as the publication (pubdate, itemprop=datePublished) holds where
    the text just before it labels it so: "Published <time pubdate datetime="2024-03-09">",
    anywhere on the page (a post's footer states it under the text), never in its comments.
    Both the markup and the words the reader sees name the publication: no stamp says more."""
    for element in times[:_MAX_TIMES]:
        if element.get("pubdate") is None and element.get("itemprop") != "datePublished":
            continue
        day = normalize_date(element.get("datetime"))
        if day and PUBLISHED_LABEL_RE.search(_text_before(element)[-UPDATED_LABEL_SPAN:]) and not in_comments(element):
            return day
    return None


def _list_entries(articles: list, window: _Window) -> set:
    """The <article> elements that are cards of a list of other posts: several share one class,
    each is short (a title, a name, a day: a forum's posts hold their text) and none holds the
    headline (its own <article> dates the page)."""
    cards = [element for element in articles if element.tag == "article"]
    anchor = window.scopes[0] if window.scopes else None
    if len(cards) < _MIN_LIST_ENTRIES or anchor is None:
        return set()
    counts = Counter(element.get("class", "") for element in cards)
    return {element for element in cards if counts[element.get("class", "")] >= _MIN_LIST_ENTRIES
            and element is not anchor and not _inside(anchor, {element}) and _is_card(element)}


def headline_articles_of(window: _Window) -> set:
    """The <article> elements around the headline (none where it sits outside every <article>)."""
    return {holder for holder in _headline_holders(window) if holder.tag == "article"}


def in_other_article(element: lxml.html.HtmlElement, headline_articles: set) -> bool:
    """Is this <time> in another post's <article> than the headline's? The headline sits in an
    <article> (`headline_articles`: those around it) and the nearest <article> around the <time>
    is none of them: a teaser card of a related or promoted post, nested in the page's article
    or beside it, dates that post."""
    if not headline_articles:
        return False
    nearest = next((up for up in islice(element.iterancestors(), _MAX_TIME_ARTICLE_LEVELS) if up.tag == "article"), None)
    return nearest is not None and nearest not in headline_articles


_MAX_TIME_ARTICLE_LEVELS = 12  # a <time> sits in its post's meta line, a few wrappers below the post's <article>


def _in_list_entry(element: lxml.html.HtmlElement, headline_scopes: list) -> bool:
    """Is this <time> an entry's in a list of posts that link elsewhere, whatever their tags
    (<div>s as well as <article>s)? Its entry (its nearest ancestor holding a linked heading)
    holds one linked heading and one <time> and not the headline; a block a few levels up holds
    several such headings and times, their days in no order: a front page's feed. (A list
    newest first is _days_of_a_list's; in a side area its newest entry is often the page's post.)"""
    entry = next((up for up in islice(element.iterancestors(), _MAX_ENTRY_LEVELS)
                  if up in headline_scopes or _LINKED_HEADINGS(up)), None)
    if entry is None or entry in headline_scopes or len(_LINKED_HEADINGS(entry)) > 1 \
            or len(list(islice(entry.iterdescendants("time"), 2))) > 1:
        return False
    for block in islice(entry.iterancestors(), _LIST_LEVELS):
        if block in headline_scopes:
            return False
        times = list(block.iterdescendants("time"))
        if len(times) >= _MIN_LIST_ENTRIES and len(_LINKED_HEADINGS(block)) >= _MIN_LIST_ENTRIES:
            days = [(normalize_date(t.get("datetime")) or "")[:10] for t in times[:_LIST_TIMES]]
            return any(a < b for a, b in pairwise(days))
    return False


_MAX_ENTRY_LEVELS = 6  # a <time> sits in its entry's meta line, a few levels below the entry
_LIST_LEVELS = 3  # the entry's list: its parent, or a wrapper or two above
_LINKED_HEADING_XPATH = "(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[.//a[@href] or parent::a[@href]]"
# Compiled once: element.xpath(str) compiles its expression on every call (half its cost).
_LINKED_HEADINGS = lxml.etree.XPath(_LINKED_HEADING_XPATH)




def _days_of_a_list(times: list, window: _Window) -> frozenset[str]:
    """The days of a list of posts newest first: the page's first <time> elements outside side
    areas date several posts, each day before the last (a forum thread runs oldest first)."""
    shown = (t for t in times[:_LIST_TIMES] if not in_side_area(t, window.scopes))
    days = [day for t in shown if (day := (normalize_date(t.get("datetime")) or "")[:10])]
    newest_first = len(days) >= _LIST_DAYS and all(a > b for a, b in zip(days, days[1:_LIST_DAYS]))
    return frozenset(days) if newest_first else frozenset()


_LIST_TIMES = 5  # the first few: a list's entries come together
_LIST_DAYS = 3  # two days in order may be a post and its update


def _shown(window: _Window, page: _Page, *, anchored: bool, day_first: bool = False) -> _Shown:
    """What the page shows of its date: the day by its headline, whether the markup that holds
    it names it the publication (only by a headline found: around a guessed anchor the markup
    may be the first card of a list), and a day a <time> marked and labelled as published holds."""
    day, element = _shown_day(window, day_first=day_first)
    marked = anchored and day is not None and element is not None and _names_publication(element, day, day_first)
    return _Shown(day, marked, _stated_publication(page.times))


def _shown_date(window: _Window, *, day_first: bool = False) -> str | None:
    """The date the page shows next to its headline (_shown_day)."""
    return _shown_day(window, day_first=day_first)[0]


def _shown_day(window: _Window, *, day_first: bool = False) -> tuple[str | None, lxml.html.HtmlElement | None]:
    """The date the page shows next to its headline: labelled, in date markup or on a short line
    (not a <time> anywhere on the page: a list of other posts marks up theirs too); none where
    the markup's date is one item's of a series of dated items (its lines hold the items' days).
    With the date, the markup element that holds it (None for a label or a line of text)."""
    run = _window_labelled_run(window, day_first)
    labelled = run[0] if run and not _is_listed(run) else None
    if labelled:
        return labelled, None
    date, element = _window_markup(window, day_first=day_first)
    if element is not None and _in_dated_series(element, window):
        return None, None
    return (date, element) if date else (_window_text_date(window, day_first=day_first), None)


def _names_publication(element: lxml.html.HtmlElement, day: str, day_first: bool = False) -> bool:
    """Does the date markup name its day the publication? The element, or one inside it, that
    holds that day carries pubdate, itemprop=datePublished or a class of the publication
    ("posted-on", "date-published", "release-date"; never one that also says "updated")."""
    for inner in islice(element.iter(), _MAX_MARKUP_ELEMENTS):
        if not isinstance(inner.tag, str):
            continue
        own = inner.get("class", "").lower()
        named = inner.get("pubdate") is not None or inner.get("itemprop") == "datePublished" \
            or (_PUBLICATION_CLASS_RE.search(own) and not _MODIFIED_CLASS_RE.search(own))
        held = normalize_date(inner.get("datetime")) or short_text_date(inner, day_first) if named else None
        if held and held[:DAY_CHARS] == day[:DAY_CHARS]:
            return True
    return False


_MAX_MARKUP_ELEMENTS = 20  # a dateline box: its spans and a <time>
# Classes of the element that holds the publication day ("posted-on", "date-published",
# "byline__release-date"): wider than _PUBLISHED_CLASS_RE, which only tells a modified class apart.
_PUBLICATION_CLASS_RE = lazy(r"publish|posted|release")


def _article_labelled_date(window: _Window, articles: set, *, day_first: bool = False) -> str | None:
    """A date labelled as the publication anywhere in the headline's own <article> or <main>,
    or the whole page when no <article> or <main> holds the headline (beyond the window: under
    the text, after a long introduction), never in its comments or in a list of other posts."""
    elements = _headline_container(window, articles)
    if elements is None:
        return None
    return _labelled_date(elements, MAX_ARTICLE_ELEMENTS,
                          lambda element: not in_comments(element) and not in_side_area(element, window.scopes),
                          day_first=day_first)


def _credited_date(window: _Window, articles: set, *, day_first: bool = False) -> str | None:
    """The date on a line of its own right after the author's credit line in the headline's own
    <article> or <main> ("<p>Written by Ann Lee</p><p>April 8, 2024</p>": the author box under
    the text), outside comments and side areas. The credit's words say writing in so many words
    (_CREDIT_LINE_RE: a bare "By" opens sentences too); the date line holds the date alone."""
    elements = _headline_container(window, articles)
    for element in islice(elements, MAX_ARTICLE_ELEMENTS) if elements is not None else ():
        text = element.text
        if not text or len(text) > _MAX_CREDIT_CHARS or not _CREDIT_LINE_RE.match(text.lstrip()):
            continue
        following = element.getnext()
        if following is None or not isinstance(following.tag, str) or len(following) \
                or len(element.text_content()) > _MAX_CREDIT_CHARS:
            continue
        line = " ".join((following.text or "").split())
        date = normalize_date(line, day_first=day_first) if len(line) <= _MAX_CREDITED_DATE_CHARS else None
        if date and not in_comments(element) and not in_side_area(element, window.scopes):
            return date
    return None


# A credit line that says the writing in so many words, in the nine languages and a few more:
# "Written by", "Geschrieben von", "Écrit par", "Rédigé par", "Escrito por", "Scritto da",
# "Geschreven door", "Napisane przez", "Skrivet av", "Author:", "Autor:", "Auteur :", "Autore:".
_CREDIT_LINE_RE = lazy(
    r"(?i)(?:written|authored)\s+by\b|geschrieben\s+von\b|verfasst\s+von\b|(?:écrit|rédigé)e?\s+par\b"
    r"|escrito\s+por\b|scritto\s+da\b|geschreven\s+door\b|napisan[ey]\s+przez\b|skriven?t?\s+av\b"
    r"|(?:author|autor|auteur|autore)\s*:"
)
_MAX_CREDIT_CHARS = 120  # the credit and a name or two, not a sentence of the text
_MAX_CREDITED_DATE_CHARS = 40  # "Wednesday, 8 April 2024": the date alone


def _headline_container(window: _Window, articles: set) -> Iterator | None:
    """The elements of the headline's own <article> or <main>, or the page's first elements
    when none holds the headline; None without a headline."""
    next(window.levels(), None)  # the walk's first level files the anchor as scopes[0]
    anchor = window.scopes[0] if window.scopes else None
    if anchor is None:
        return None
    ancestors = zip(range(_MAX_ANCESTOR_WALK), anchor.iterancestors())
    container = next((ancestor for _, ancestor in ancestors if ancestor in articles), None)
    if container is None:
        return islice(anchor.getroottree().getroot().iter(), MAX_PAGE_ELEMENTS)
    return container.iter()


def _first_published(window: _Window, articles: set, *, day_first: bool = False) -> str | None:
    """The day a line of the headline's <article> (or of the page) states as the article's first
    publication: "This guide was originally published on 4 May 2018 and is updated each year",
    "Erstmals erschienen am 3. März 2016"; the first date after the words, outside comments and
    side areas. A page re-dated on each update shows the update by its headline and says the
    first day only there."""
    elements = _headline_container(window, articles)
    for element in islice(elements, MAX_ARTICLE_ELEMENTS) if elements is not None else ():
        if not isinstance(element.tag, str):
            continue
        text, tail = element.text, element.tail  # each tested for the stems here: an article has thousands
        if text and _may_say_first_published(text) and (date := _first_published_in(text, element, window, day_first)):
            return date
        if tail and _may_say_first_published(tail) and (holder := element.getparent()) is not None \
                and (date := _first_published_in(tail, holder, window, day_first)):
            return date
    return None


def _may_say_first_published(text: str) -> bool:
    """Is the text short enough and does it hold a stem of _FIRST_PUBLISHED_RE's verbs?"""
    return len(text) <= _MAX_STATEMENT_CHARS and any(map(text.__contains__, _FIRST_PUBLISHED_STEMS))


def _first_published_in(text: str, holder: lxml.html.HtmlElement, window: _Window, day_first: bool) -> str | None:
    """The first day after the words of a first publication in this text ("<p><b>Note:</b> first
    published on …": the words in a tail read with their line, the holder's whole text)."""
    if not _may_say_first_published(text) or not _FIRST_PUBLISHED_RE.search(text) or not _is_compact(holder):
        return None
    line = " ".join(holder.text_content().split())
    label = _FIRST_PUBLISHED_RE.search(line)
    if label is None or in_comments(holder) or in_side_area(holder, window.scopes):
        return None
    after = line[label.end():][:_FIRST_PUBLISHED_SPAN]
    return normalize_date(after, day_first=day_first) if YEAR_RE.search(after) else None


# Letters every verb of _FIRST_PUBLISHED_RE holds past its first ("Published", "pubblicato",
# "Posted", "veröffentlicht", "erschienen", "verschenen"): substring tests settle most text
# nodes of an article before the pattern runs.
_FIRST_PUBLISHED_STEMS = ("ubli", "ubbl", "osted", "ffentlich", "rschien", "rschen")
_MAX_STATEMENT_CHARS = 400  # a line of its own, a sentence or two, not a paragraph of the story
_FIRST_PUBLISHED_SPAN = 80  # the day follows its words: "… on", "in Example Journal (a link), …"
# Words that state the first publication, in the nine languages: "originally published",
# "first posted", "zuerst erschienen", "publié initialement", "publicado originalmente".
_FIRST_PUBLISHED_RE = lazy(
    r"(?i)\b(?:originally|first)\s+(?:published|posted)\b|\b(?:ursprünglich|zuerst|erstmals)\s+(?:veröffentlicht|erschienen)\b"
    r"|\b(?:publié|publiée)\s+(?:initialement|à l'origine|pour la première fois)|\binitialement\s+(?:publié|publiée)\b"
    r"|\bpublicad[oa]\s+(?:originalmente|por primera vez|pela primeira vez)\b|\boriginalmente\s+publicad[oa]\b"
    r"|\bpubblicat[oa]\s+(?:originariamente|originalmente|per la prima volta)\b"
    r"|\b(?:oorspronkelijk|eerst)\s+(?:gepubliceerd|verschenen)\b|\bpierwotnie\s+opublikowan[oy]\b"
    r"|\bursprungligen\s+publicerad\b"
)


MAX_ARTICLE_ELEMENTS = 3000  # an article's elements; the scan stays bounded on a huge page
MAX_PAGE_ELEMENTS = 1000  # without an article, the page's first elements: the header and the text's start


def _labelled_date(elements: Iterable, limit: int, accept: Callable | None = None, *,
                   day_first: bool = False) -> str | None:
    """A date the page labels as the publication date: "Data publikacji: 5 listopada 2024",
    "Publicado em 21/11/2025", "publié le 3 octobre 2025", "Published March 3, 2024";
    among the first `limit` elements, where `accept` (when given) takes the element.
    None when the label heads each entry of a list of posts."""
    run = _labelled_run(elements, limit, accept, day_first=day_first)
    return run[0] if run and not _is_listed(run) else None


def _labelled_run(elements: Iterable, limit: int, accept: Callable | None = None, *,
                  day_first: bool = False) -> list[str]:
    """The first labelled dates, up to as many as make a list of posts."""
    return list(islice(_labelled_dates(islice(elements, limit), accept, day_first), _LIST_DAYS))


def _window_labelled_run(window: _Window, day_first: bool) -> list[str]:
    """_labelled_run of the window's elements, their texts as the window's one walk read them."""
    return list(islice(_labelled_dates_in(window_texts(window).own, None, day_first), _LIST_DAYS))


@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
class WindowTexts:
    """The window's short texts, read in one walk for both label searches: the publication's
    (each element's own text, the first _MAX_LABELLED_DATE_ELEMENTS elements, _labelled_dates)
    and the update's (update.py: the texts and tails of the elements the reader sees, each with
    the element whose line it is: a tail's is its parent)."""

    own: list[tuple[lxml.html.HtmlElement, str]]
    lines: list[str]
    holders: list[lxml.html.HtmlElement]  # of each line


def window_texts(window: _Window) -> WindowTexts:
    """The window's WindowTexts, walked once and kept on the window."""
    if window.texts is None:
        own, lines, holders = [], [], []
        for index, element in enumerate(window.elements()):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            shown = tag not in UNSHOWN_TAGS
            if (text := element.text) and len(text) <= MAX_DATE_TEXT_CHARS:
                if index < _MAX_LABELLED_DATE_ELEMENTS:
                    own.append((element, text))
                if shown:
                    lines.append(text)
                    holders.append(element)
            if shown and (tail := element.tail) and len(tail) <= MAX_DATE_TEXT_CHARS \
                    and (parent := element.getparent()) is not None:
                lines.append(tail)
                holders.append(parent)
        window.texts = WindowTexts(own, lines, holders)
    return window.texts


def _is_listed(run: list[str]) -> bool:
    """Do these labelled dates head a list of posts (a front page's "Posted …" under each
    teaser)? Three follow one another, on two days or more (one post's three are one day)."""
    return len(run) == _LIST_DAYS and len({date[:10] for date in run}) > 1


def _labelled_dates(elements: Iterable, accept: Callable | None, day_first: bool) -> Iterator[str]:
    """The dates labelled in the elements' own texts, in document order. The texts are searched
    lower-cased (patterns.lower_folded) and joined ("\n" between them, no word character: the
    label's word boundaries fall as at a text's ends) with _LOWER_LABEL_RE: one search instead of
    ~75 a page spares each call's setup (~25% of the scan), and the case-sensitive copy scans
    ~1.8x as fast as the re.I pattern. A match there finds the first text that may hold a label
    (no text before it holds one), whose own search decides; the next search starts past it."""
    held = [(element, text) for element in elements
            if (text := element.text) and len(text) <= MAX_DATE_TEXT_CHARS and isinstance(element.tag, str)]
    return _labelled_dates_in(held, accept, day_first)


def _labelled_dates_in(held: list[tuple[lxml.html.HtmlElement, str]], accept: Callable | None,
                       day_first: bool) -> Iterator[str]:
    """_labelled_dates of these short texts, each with its element; not a label in a sentence of
    the story (is_sentence: the label and its day tell of something else there)."""
    lowered = each_lower_folded(text for _, text in held)
    joined = "\n".join(lowered)
    if _LOWER_LABEL_HINT_RE.search(joined) is None:
        return  # most windows: not even a piece of a label
    ends = list(accumulate(len(low) + 1 for low in lowered))  # where each text's successor starts
    at = 0
    while (somewhere := _LOWER_LABEL_RE.search(joined, at)) is not None:
        index = bisect_right(ends, somewhere.start())
        element, text = held[index]
        at = ends[index]
        label = PUBLISHED_LABEL_RE.search(text)  # (None where the joined match ran on into the next text)
        if label and _is_compact(element) and (accept is None or accept(element)):
            labelled = element.text_content()[label.start():][: MAX_DATE_TEXT_CHARS]
            if is_sentence(" ".join(labelled.split())):
                continue  # a sentence of the story ("Published by the council on 5 March, the report says …")
            date = _labelled_day(labelled, day_first)
            following = element.getnext()
            if not date and following is not None and isinstance(following.tag, str) and _is_compact(following):
                date = normalize_date(following.text_content()[: MAX_DATE_TEXT_CHARS], day_first=day_first)
            if date and not any(_names_a_link(link, link.text_content()) for link in element.iter("a")):
                yield date  # (not "Posted on <a>the society's community forum on 2025-07-09</a>")


def _labelled_day(text: str, day_first: bool = False) -> str | None:
    """The day a text that opens with a publication label writes: a whole date, or a numeric
    one with the year's last two digits right after the label ("Veröffentlicht am 03.03.24",
    "Publié le 03/03/24", "Posted 3/13/24"; slashes read as whole numeric dates are). Only
    after the label: alone, "03.03.24" may be a version or a score."""
    short = _SHORT_YEAR_DATE_RE.search(text, 0, _SHORT_YEAR_SPAN)
    if short and not YEAR_RE.search(text, 0, short.start()):
        first, separator, second, year = short.groups()
        first, second, year = int(first), int(second), _SHORT_YEAR_CENTURY + int(year)
        if separator == "." or (day_first and max(first, second) <= 12):
            return _valid_day(year, second, first)  # "03.03.24": dots are written day first
        if first == second or (first > 12) != (second > 12):  # "3/13/24": read either way, as _SLASHED_DATE_RE
            return _valid_day(year, min(first, second), max(first, second))
    return normalize_date(text, day_first=day_first)


# A day, a month and the year's last two digits, joined by dots or slashes ("03.03.24",
# "3/3/24"); not part of a longer number or of a whole date ("03.03.2024").
_SHORT_YEAR_DATE_RE = lazy(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])")
_SHORT_YEAR_SPAN = 60  # the label and its few words ("Veröffentlicht am Montag, ") before the day
_SHORT_YEAR_CENTURY = 2000  # a short year of the web's dates: "24" is 2024 (a later one fails as the future)


# The window's elements a labelled date is looked for in: the whole window (its 120 after the
# headline and 30 before), a "Published" box in a side column after a long tag list included.
_MAX_LABELLED_DATE_ELEMENTS = 150
# Words that label the publication date, in the nine languages and the further ones whose month
# names are read, the Baltic languages, Vietnamese and Hebrew (never "updated"); in Chinese,
# Japanese, Korean and Thai (written without spaces), and in the Indic scripts (a word may end
# in a vowel sign, where no word boundary falls), without word boundaries
# ("发布时间：", "公開日", "입력", "เผยแพร่เมื่อ", "வெளியிடப்பட்டது").
_PUBLISHED_LABEL_WORDS = (
    "published", "posted", "publicado", "publicada", "publié", "publiée", "veröffentlicht", "erschienen", "pubblicato",
    "gepubliceerd", "data publikacji", "opublikowano", "publicerad", "publisert", "publikováno", "publikované",
    "udgivet", "publiceret", "julkaistu", "δημοσιεύθηκε", "δημοσίευση", "közzétéve", "publicat", "опубликовано",
    "yayınlanma", "yayınlandı", "опубліковано", "veröffentlichung", "publicación", "pubblicazione", "publicação",
    "publicatie", "publiziert", "diterbitkan", "dipublikasikan", "objavljeno", "објављено", "публикувано",
    "megjelent", "paskelbta", "publicēts", "avaldatud", "xuất bản", "פורסם", "نشر", "النشر",
    "објавено", "publikuar", "апублікавана", "жарияланды", "жарияланған", "dərc edilib", "dərc olunub",
    "imechapishwa", "nailathala", "argitaratua", "birtist", "انتشار", "شائع",
    # Welsh, Afrikaans, Maltese, Armenian ("Cyhoeddwyd", "Gepubliseer", "Ippubblikat", "Հրապարակվել է")
    "cyhoeddwyd", "gepubliseer", "ippubblikat", "ippubblikata", "հրապարակվել", "հրապարակված",
    # the day a post was made, as systems label it beside the day it was changed ("Erstellt: …
    # Zuletzt geändert: …", "Dodano: …", "Ngày đăng: …"); not English "created", which also
    # labels a system's stamp on pages that state no publication (measured: a false date)
    "erstellt", "créé", "creado", "dodano", "skapad", "ngày đăng", "đăng ngày", "đăng lúc",
)
_PUBLISHED_LABEL_CJK = ("发布", "發布", "发表", "發表", "公開", "公开", "投稿", "掲載", "입력", "등록", "게시",
                        "เผยแพร่", "प्रकाशित", "প্রকাশ", "வெளியிடப்பட்ட", "ప్రచురించ", "ಪ್ರಕಟ", "പ്രസിദ്ധീകരി",
                        "પ્રકાશિત", "ਪ੍ਰਕਾਸ਼ਿਤ", "გამოქვეყნ",
                        # Amharic's "printed, published": its word takes the article's and the
                        # relative's letters around it ("የታተመው", "ታተመ")
                        "ታተመ")
# The lookahead on the labels' first letters turns most positions away before the ~45
# alternatives are tried there (a case-insensitive pattern gets no fast prefix scan): the
# same matches, in a third of the time. The alternatives are a trie (patterns.alternation):
# where the lookahead lets a letter through, one test turns away each group of words.
_PUBLISHED_LABEL_FIRSTS = "".join(sorted({word[0] for word in _PUBLISHED_LABEL_WORDS + _PUBLISHED_LABEL_CJK}))
PUBLISHED_LABEL_RE = lazy(
    rf"(?i)(?=[{_PUBLISHED_LABEL_FIRSTS}])"
    rf"(?:\b(?:{alternation(_PUBLISHED_LABEL_WORDS)})\b|{alternation(_PUBLISHED_LABEL_CJK)})"
)
# The same labels for lower_folded text, case-sensitive (patterns.lowered): where
# PUBLISHED_LABEL_RE matches a text, this matches its lower_folded copy ("yayınlandı" read as
# "yayinlandi", as re.I reads "YAYINLANDI"; a word also as its upper case lower-cases).
_LOWER_LABEL_WORDS = tuple(dict.fromkeys(form for word in _PUBLISHED_LABEL_WORDS
                                         for form in (lower_folded(word), lower_folded(word.upper()))))
_LOWER_LABEL_CJK = tuple(dict.fromkeys(form for word in _PUBLISHED_LABEL_CJK
                                       for form in (lower_folded(word), lower_folded(word.upper()))))
_LOWER_LABEL_RE = lazy(
    rf"(?=[{''.join(sorted({word[0] for word in _LOWER_LABEL_WORDS + _LOWER_LABEL_CJK}))}])"
    rf"(?:\b(?:{alternation(_LOWER_LABEL_WORDS)})\b|{alternation(_LOWER_LABEL_CJK)})"
)
# Searched first, a piece of each of those labels (patterns.rare_piece): where none is found no
# label is, and most positions are passed over in C (the lookahead above is tried at each one).
_LABEL_HINT_CHARS = 5
_LOWER_LABEL_HINT_RE = lazy(alternation(sorted({rare_piece(word, _LABEL_HINT_CHARS)
                                                for word in _LOWER_LABEL_WORDS + _LOWER_LABEL_CJK})))


def _json_ld_date(article: dict) -> str | None:
    for key in ("datePublished", "dateCreated"):
        date = normalize_date(_json_str(article.get(key)))
        if date:
            return date
    return None


def _meta_date(meta: dict[str, list[str]]) -> str | None:
    for key in _DATE_META_KEYS:
        for value in meta.get(key, ()):
            date = normalize_date(value)
            if date:
                return date
    return None


def _same_instant_local(utc_date: str, local_date: str) -> bool:
    """True when `utc_date` is in UTC and `local_date` is the same moment at another offset."""
    if not utc_date.endswith("+00:00") or len(local_date) <= len("YYYY-MM-DDTHH:MM:SS"):
        return False
    return datetime.fromisoformat(utc_date) == datetime.fromisoformat(local_date)


def normalize_date(value: str | None, *, day_first: bool = False) -> str | None:
    """A date string as ISO 8601: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[+HH:MM]". A numeric date
    that reads either way ("05/03/2024") is read day first where the page's language writes it
    so (`day_first`), else not at all."""
    if not value:
        return None
    value = value.strip()
    if not value.isascii():
        value = value.translate(_NATIVE_DIGITS)
        if "令和" in value or "平成" in value:
            value = _JAPANESE_ERA_RE.sub(_common_era_year, value)
    match = _ISO_DATE_RE.search(value)
    if match:
        return _iso_from_match(match)
    compact = _COMPACT_DATE_RE.match(value)
    if compact:
        return _valid_day(*map(int, compact.groups()))
    return _textual_date(value, day_first=day_first)


def _common_era_year(era: re.Match) -> str:
    """A Japanese era's year as the common era's ("令和6年" -> "2024年", "令和元年" -> "2019年")."""
    name, year = era.groups()
    return f"{_JAPANESE_ERAS[name] + (1 if year == '元' else int(year))}年"


def _iso_from_match(match: re.Match) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    if _SOLAR_HIJRI_YEARS[0] <= int(year) <= _SOLAR_HIJRI_YEARS[1]:  # "۱۴۰۲/۰۵/۱۴": a Persian page's day
        return _solar_hijri_day(int(year), int(month), int(day)) if 1 <= int(month) <= 12 else None
    day_text = _valid_day(int(year), int(month), int(day))
    if not day_text or hour is None or int(hour) > 23 or int(minute) > 59:
        return day_text
    moment = f"{day_text}T{int(hour):02d}:{minute}:{second or '00'}"
    if zone is None:
        return moment
    if zone in ("Z", "UTC", "GMT"):
        return moment + "+00:00"
    digits = zone.replace(":", "")
    return f"{moment}{digits[:3]}:{digits[3:]}"


def _valid_day(year: int, month: int, day: int) -> str | None:
    try:
        moment = datetime(year, month, day, tzinfo=timezone.utc)
    except ValueError:  # month 13, February 30 ...
        return None
    if year < _MIN_YEAR or moment > datetime.now(timezone.utc) + _MAX_FUTURE:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"  # (moment.strftime("%Y-%m-%d") at a tenth of the cost)


# A line that is only a date: at most this many characters, opening on the date (a number or a month's
# name, no label before it), and at most this many words beside the date's numbers and month names (a
# time's "pm", "à" or zone; not a reading time's "min read": references keep "7 min read · May 3").
MAX_DATE_LINE_CHARS = 40
MAX_DATE_LINE_OTHER_WORDS = 1
_LINE_WORD_RE = lazy(r"\w+")


def line_days(text: str) -> frozenset[str]:
    """The days ("YYYY-MM-DD") a line that is only a date gives ("Dec 11, 2025", "15 Dec, 2025",
    "05.05.2015 à 20h13", "March 4, 2021 - 09:15 GMT"; a numeric one read month first and day
    first); none for a line that says more: a label before the date ("Updated May 3, 2025"), a
    reading time, a sentence, a title with a year in it."""
    if len(text) > MAX_DATE_LINE_CHARS:
        return frozenset()
    words = _LINE_WORD_RE.findall(text)
    if not words or not (any(map(str.isdigit, words[0])) or words[0].lower() in MONTH_NUMBERS):
        return frozenset()
    others = sum(1 for word in words if not any(map(str.isdigit, word)) and word.lower() not in MONTH_NUMBERS)
    if others > MAX_DATE_LINE_OTHER_WORDS:
        return frozenset()
    return frozenset(day for day in (_textual_date(text), _textual_date(text, day_first=True)) if day)


def _textual_date(text: str, *, day_first: bool = False) -> str | None:
    """Dates written out: "October 3, 2024", "3. Oktober 2024", "3 octobre 2024", "03.10.2024",
    "ngày 3 tháng 10 năm 2024", "2024年10月3日", "3 ตุลาคม 2567", "۱۲ مهر ۱۴۰۳"."""
    if not text.isascii() and _THAI_LETTER_RE.search(text):
        text = _THAI_ABBREVIATION_RE.sub(_thai_month_name, text)
    if not text.isascii() and _ARABIC_MONTH_FORM_RE.search(text):
        text = _one_arabic_month_name(text)
    marked = not text.isascii() and _MONTH_MARK_RE.search(text) is not None  # "मार्च": the words with marks
    match = month_match(MONTH_FIRST_WORD_RES[marked], text, 1)
    if match:
        month, day, year = match.groups()
        return _valid_day(int(year), MONTH_NUMBERS[month.lower()], int(day))
    match = month_match(_DAY_FIRST_WORD_RES[marked], text, 2)
    if match:
        day, month, year = match.groups()
        return _valid_day(_common_era(int(year), month), MONTH_NUMBERS[month.lower()], int(day))
    match = _SOLAR_HIJRI_RE.search(text) if not text.isascii() else None
    if match:
        day, month, year = match.groups()
        return _solar_hijri_day(int(year), _SOLAR_HIJRI_MONTHS.index(month.replace("ي", "ی")) + 1, int(day))
    match = month_match(_YEAR_FIRST_WORD_RE, text, 2)
    if match:
        year, month, day = match.groups()
        return _valid_day(int(year), MONTH_NUMBERS[month.lower()], int(day))
    match = month_match(_LATVIAN_DATE_RE, text, 3) if _YEAR_WORD_LV in text else None
    if match:
        year, day, month = match.groups()
        return _valid_day(int(year), MONTH_NUMBERS[month.lower()], int(day))
    match = _DOTTED_DATE_RE.search(text)
    if match:
        day, month, year = match.groups()
        return _valid_day(int(year), int(month), int(day))
    vietnamese = _MONTH_WORD_VI in text or _MONTH_WORD_VI.upper() in text
    match = _VIETNAMESE_DATE_RE.search(text) if vietnamese else None
    if match:
        day, month, year = match.groups()
        return _valid_day(int(year), int(month), int(day))
    match = _YEAR_FIRST_DATE_RE.search(text)
    if match:
        year, *parts = match.groups()
        month, day = (int(part) for part in parts if part)
        return _valid_day(int(year), month, day)
    match = month_match(_YEAR_FIRST_SPACED_RES[marked], text, 2)
    if match:
        year, month, day = match.groups()
        return _valid_day(int(year), MONTH_NUMBERS[month.lower()], int(day))
    match = _SLASHED_DATE_RE.search(text)
    if match:  # "2/24/2026" (month first) or "24/2/2026" (day first): only where one reading is a date
        first, _, second, year = match.groups()
        first, second, year = int(first), int(second), int(year)
        if first == second or (first > 12) != (second > 12):
            return _valid_day(year, min(first, second), max(first, second))
        if day_first and max(first, second) <= 12:
            return _valid_day(year, second, first)
    return None


def _one_arabic_month_name(text: str) -> str:
    """The text with each month in one word of three letters or more: a Levantine name as the
    Egyptian one, a pair of names for one month ("كانون الأول/ديسمبر") as the first."""
    text = _LEVANT_MONTH_RE.sub(lambda name: _LEVANT_MONTHS[name.group()], text)
    return _ARABIC_MONTH_PAIR_RE.sub(
        lambda pair: pair.group(1) if pair.group(1) in MONTH_NUMBERS and pair.group(2) in MONTH_NUMBERS else pair.group(), text)


def _thai_month_name(abbreviation: re.Match) -> str:
    """An abbreviated Thai month as its whole name, a two-digit year after it as the era's whole year."""
    name, short_year = abbreviation.groups()
    if short_year is None:
        return _THAI_ABBREVIATIONS[name]
    return f"{_THAI_ABBREVIATIONS[name]} {_BUDDHIST_CENTURY}{short_year}" if name != "พ.ศ." else short_year


def _common_era(year: int, month: str) -> int:
    """The year in the common era: a Thai month's Buddhist-era year less 543 ("4 ธันวาคม 2569":
    2026)."""
    if year >= _MIN_BUDDHIST_YEAR and _THAI_LETTER_RE.match(month):
        return year - _BUDDHIST_ERA_YEARS
    return year


def _solar_hijri_day(year: int, month: int, day: int) -> str | None:
    """The Gregorian day of a Solar Hijri date (the 33-year arithmetic rule of the Iranian
    calendar, right for the years the web has seen): its day count from the epoch, moved onto the
    proleptic Gregorian calendar by the day 1 Farvardin 1403 fell on (20 March 2024)."""
    count = _solar_hijri_count(year, month, day)
    if not (1 <= day <= (31 if month <= 6 else 30)) or count >= _solar_hijri_count(year + 1, 1, 1):
        return None  # (30 Esfand only in a leap year)
    moment = datetime.fromordinal(count + _SOLAR_HIJRI_OFFSET)
    return _valid_day(moment.year, moment.month, moment.day)


def _solar_hijri_count(year: int, month: int, day: int) -> int:
    shifted = year + 1595
    months = 31 * (month - 1) if month < 7 else 30 * (month - 7) + 186
    return -355668 + 365 * shifted + (shifted // 33) * 8 + ((shifted % 33) + 3) // 4 + day + months


_SOLAR_HIJRI_OFFSET = datetime(2024, 3, 20).toordinal() - _solar_hijri_count(1403, 1, 1)


def _window_markup(window: _Window, *, day_first: bool = False) -> tuple[str | None, lxml.html.HtmlElement | None]:
    """A date in the byline area's markup, and the element that holds it: datetime/content
    attributes, then short text. Elements marked as the modification date, and entries of a
    feed of other posts or of another post's <article> (a card), are passed over."""
    checked = 0
    headline_articles = None  # the <article> elements around the headline, found at the first dated element
    for element in window.elements():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        own = element.get("class", "").lower()
        itemprop_date = element.get("content") if element.get("itemprop") == "datePublished" else None
        date = normalize_date(element.get("datetime") or itemprop_date)
        dated_markup = tag == "time" or _DATE_CLASS_RE.search(own)
        if not (date or dated_markup) or _is_modified(element):
            continue  # (undated elements first: the modified test climbs to the element's field box)
        if in_comments(element, window.scopes) or _shows_an_age(element):
            continue  # a comment's date dates the comment (the window reaches it under a short post)
        if headline_articles is None:
            headline_articles = headline_articles_of(window)
        if in_other_article(element, headline_articles):
            continue  # a promoted or related post's card dates that post
        if date and not _in_list_entry(element, window.scopes) and not _labelled_updated(element):
            return date, element  # (not <time datetime="…">Updated March 14, 2021</time>)
        if dated_markup:
            checked += 1
            skip = _labelled_updated(element) or in_side_area(element, window.scopes) or _in_list_entry(element, window.scopes)
            date = None if skip else (short_text_date(element, day_first) or _stamp_attribute(element))
            if date:
                return date, element
            if checked >= _MAX_DATE_TEXT_ELEMENTS:
                break
    return None, None


def _in_dated_series(element: lxml.html.HtmlElement, window: _Window) -> bool:
    """Is this date element one item's of a series of dated items (`_item_series`)? Each item of
    a listing dates itself, not the page (an article's own dateline may share its class with the
    days of a related-posts list: the item around it is what must repeat). Not in a side area (a
    recent-posts list's newest entry is often the page's post), nor when the series runs oldest
    first (a thread's posts: its first dates the page) unless the item's heading leads to another
    page (a calendar of coming events runs oldest first too; a post's heading links its own anchor)."""
    series = _item_series(element, window)
    if series is None:
        return False
    item, dates = series
    return not in_side_area(item, window.scopes) and (not _oldest_first(dates) or _leads_elsewhere(item))


def _leads_elsewhere(item: lxml.html.HtmlElement) -> bool:
    """Does the item's heading link to another page (a card), not to an anchor of this one (a
    post's permalink: "viewtopic?p=12#p12")?"""
    for heading in _LINKED_HEADINGS(item):
        parent = heading.getparent()
        links = chain(heading.iter("a"), (parent,) if parent is not None and parent.tag == "a" else ())
        if any((href := link.get("href")) and "#" not in href for link in links):
            return True
    return False


def _oldest_first(elements: list) -> bool:
    """Do these date elements' days run oldest first (a thread's posts)?"""
    days = [day[:10] for day in (normalize_date(e.get("datetime")) or short_text_date(e) for e in elements) if day]
    return len(days) >= 2 and all(a <= b for a, b in pairwise(days))


def _labelled_updated(element: lxml.html.HtmlElement) -> bool:
    """Is the date in this element labelled as the modification date ("Updated on …")?
    The label is the element's own text before the date (its start, and the words just before
    the date's year: a dateline box's "By A · Editor at B · Updated on May 2, 2024") or the text
    just before it, after any date written there (a label before an earlier date is that date's)."""
    text = " ".join((element.text_content() or "")[:LABEL_READ_CHARS].split())
    own = text[:UPDATED_LABEL_SPAN]
    year = YEAR_RE.search(text)
    near = text[:year.start()][-UPDATED_LABEL_SPAN:] if year and year.start() > UPDATED_LABEL_SPAN else ""
    before = " ".join(_text_before(element)[-LABEL_READ_CHARS:].split())
    years = list(YEAR_RE.finditer(before))
    if years:  # a label before another date labels that one ("Updated March 9, 2024" · "March 3, 2024")
        before = before[years[-1].end():]
    context = f"{before[-UPDATED_LABEL_SPAN:]} {own.split(next(iter(YEAR_RE.findall(own)), chr(0)))[0]} {near}".lower()
    return bool(UPDATED_LABEL_RE.search(context)) and not PUBLISHED_LABEL_RE.search(context)


def _text_before(element: lxml.html.HtmlElement) -> str:
    """The text just before an element: its previous siblings' (as far back as a label reaches:
    "<span>Last Updated</span> <span>on</span> <span class="date">…"), else its parent's own text;
    where it opens its parent with nothing before it, the text before the parent (a field's
    label in a box of its own: <div>Date Last Reviewed:</div><div><time>…</time></div>; a page
    builder's label widget before the widget whose list holds the day)."""
    for _ in range(_LABEL_LEVELS):
        previous = element.getprevious()
        if previous is not None and isinstance(previous.tag, str):
            return _siblings_text_before(previous)
        parent = element.getparent()
        if parent is None or (parent.text and not parent.text.isspace()):
            return (parent.text or "") if parent is not None else ""
        element = parent
    return ""


# A value nested in a box or two of its own beside the label's box, or a page builder's few boxes
# deep (a widget, its body, a list, an item: "<p>Last updated:</p>" in the widget before)
_LABEL_LEVELS = 5
_LABEL_SIBLINGS = 3  # a label split over a few small boxes ("Last Updated", "on")


def _siblings_text_before(previous: lxml.html.HtmlElement) -> str:
    """The text of the siblings before a value, nearest last, until a label's reach is covered."""
    parts: list[str] = []
    for sibling in islice(chain((previous,), previous.itersiblings(preceding=True)), _LABEL_SIBLINGS):
        if not isinstance(sibling.tag, str):
            continue
        parts.insert(0, f"{sibling.text_content()} {sibling.tail or ''}")
        if sum(map(len, parts)) >= UPDATED_LABEL_SPAN:
            break
    return " ".join(parts)


def in_side_area(element: lxml.html.HtmlElement, headline_scopes: list = ()) -> bool:
    """In a sidebar, a widget or a list of other posts: their dates date other pages.
    An ancestor that also holds the headline (one of the window's scopes) is the page's own
    container, whatever its class says ("story-sidebar-mode": the layout beside a sidebar)."""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), element.iterancestors()):
        if ancestor.tag in ("body", "html", "article") or ancestor in headline_scopes:
            return False  # their classes describe the page ("comments-open"); an article is its own
        if ancestor.tag == "aside":
            return True
        own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".strip()
        if own and (class_rule(own) in _SIDE_RULES or _POST_LIST_RE.search(own.lower())):
            return True
    return False


# Words that label a modification date, lower-cased, verbs and nouns ("Aktualisierung", "mise à
# jour", "Aktualizacja"), in the nine languages, in the further
# languages whose month names are read (cs sk da no fi el hu ro ru tr uk; id ms hr sr sl bg ca
# ar), in the Baltic languages, Vietnamese and Hebrew, in Chinese, Japanese and Korean
# ("更新时间", "最終更新日", "수정"), and in the further languages of Asia, Africa and Europe whose
# months are read (hi mr bn ur ta th fa ka be kk az uz sw tl eu is sq: "अपडेट", "อัปเดต", "بروزرسانی");
# the words for a change or an edit ("Muokattu", "Endret", "Zmieniono": never "edited" alone,
# which credits an editor: "Edited by …").
UPDATED_LABEL_RE = lazy(
    r"updated|modified|aktualisiert|geändert|mis à jour|actualizado|actualizada|aggiornato|bijgewerkt|"
    r"zaktualizowano|atualizado|uppdaterad|revised|reviewed|aktualizováno|aktualizované|opdateret|oppdatert|"
    r"aktualisierung|mise à jour|modifié|actualización|modificado|aggiornamento|modificato|atualização|"
    r"gewijzigd|aktualizacja|ändrad|uppdaterat|"
    r"päivitetty|ενημερώθηκε|ενημέρωση|frissítve|actualizat|обновлено|güncellendi|güncelleme|оновлено|"
    r"diperbarui|dikemas kini|ažurirano|ажурирано|актуализирано|обновено|posodobljeno|actualitzat|atnaujinta|"
    r"atjaunināts|uuendatud|cập nhật|עודכן|تحديث|"
    r"last edited|zmieniono|edytowano|modificación|muokattu|endret|ændret|upraveno|módosítva|güncellenme|"
    r"更新|修改|수정|업데이트|"
    r"अपडेट|अद्यतन|আপডেট|اپ ڈیٹ|புதுப்பிக்கப்பட்ட|อัปเดต|อัพเดท|แก้ไขล่าสุด|روزرسانی|روز شده|განახლ|абноўлена|"
    r"жаңартыл|yenilənib|yeniləndi|yangilandi|imesasishwa|na-update|eguneratu|uppfært|përditësuar|perditesuar|"
    # revision words beside those of the update: fr de ru uk es/pt it nl ro ("Actualisé le", "Überarbeitet am",
    # "Дата изменения"); not the words for editing ("Edited by", "Bearbeitet von": an editor's credit in a byline)
    r"actualisé|révisé|überarbeitet|zuletzt bearbeitet|изменено|изменения|отредактировано|змінено|revisado|revisada|rivisto|herzien|"
    r"actualizare|"
    # Welsh, Afrikaans, Maltese (with and without its dots), Armenian, Amharic ("Diweddarwyd", "Opgedateer",
    # "Aġġornat", "Թարմացվել է", "የተሻሻለው"): else the update's day, the only one they label, dates the page
    r"diweddarwyd|diweddariad|opgedateer|bygewerk|aġġornat|aggornat|թարմացվել|թարմացված|ተሻሻለ|ተሻሽሏል"
)
UPDATED_LABEL_SPAN = 40  # how far before a date its label is looked for
# The raw text read for a label, its white space collapsed before the span is cut: a template's
# indentation ("<div>\n                    Updated on March 5, 2024") would fill the span.
LABEL_READ_CHARS = 400
# Areas by the removal rules' class vocabulary (rules.CLASS_VOCABULARY), and lists of other
# posts that vocabulary has no word for ("recent-posts", "newest").
_SIDE_RULES = frozenset(("related", "comments"))  # not "sidebar" ("elementor-widget"), "navigation" or "site-footer": page builders name whole pages so
# (at a word's start: "contentWithSidebar" wraps the content beside the sidebar)
_POST_LIST_RE = lazy(r"(?<![a-z])(?:sidebar|recent|newest|latest|teaser)")


def short_text_date(element: lxml.html.HtmlElement, day_first: bool = False) -> str | None:
    """The date written in a small element (never the text of a whole section)."""
    if not _is_compact(element):
        return None
    text = element.text_content()
    if len(text) > MAX_DATE_TEXT_CHARS or is_sentence(" ".join(text.split())):
        return None  # "… on October 13, 2019 in an article in a local newspaper": the story's date
    return normalize_date(text, day_first=day_first)


def _is_modified(element: lxml.html.HtmlElement) -> bool:
    """Is this date element, or the small field box around it, marked as the modification date?
    A CMS names the field, not the <time> it prints ("field--name-changed" > <time class="datetime">)."""
    boxes = chain((element,), islice(element.iterancestors(), _MODIFIED_BOX_LEVELS))
    return any(_is_modified_class(box.get("class", "").lower()) for box in boxes)


_MODIFIED_BOX_LEVELS = 2  # the field's wrapper and its item, never the header that holds both dates


def _is_modified_class(own: str) -> bool:
    """Does a lower-cased class mark the modification date (and not the publication)?"""
    return bool(_MODIFIED_CLASS_RE.search(own)) and not _PUBLISHED_CLASS_RE.search(own)


def in_comments(element: lxml.html.HtmlElement, headline_scopes: list | None = None) -> bool:
    """Inside a comment thread (a comment's own <time> dates the comment)? With the headline's
    scopes given, an ancestor that also holds the headline, and the <body>, are the page's own
    containers: their classes describe the post ("commented", "comments-page"), not a thread."""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), element.iterancestors()):
        if headline_scopes is not None and (ancestor in headline_scopes or ancestor.tag in ("body", "html")):
            return False
        own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
        if _COMMENT_CLASS_RE.search(own):
            return True
    return False


_COMMENT_CLASS_RE = lazy(r"comment|kommentar|commentaire|comentario|commento|reacties|disqus|respond")


def _url_date(urls: tuple[str | None, ...]) -> str | None:
    """The day in the page's URL: its path ("/2024/03/05/"), or for the page and its canonical
    URL a query value that starts with it ("?a=20240305-0001": a news system's article id).
    An image URL's query is a cache key, never read, and a file named by a number in its upload
    folder of the month ("/uploads/2023/02/7.jpg") is the month's seventh picture, not a day."""
    for index, url in enumerate(urls):
        if not url:
            continue
        parts = urlsplit(url)
        matches = [m for m in _URL_DATE_RE.finditer(parts.path) if index < 2 or not _numbered_file(m)]
        if not matches and index < 2 and parts.query:
            values = (value for _, _, value in (pair.partition("=") for pair in parts.query.split("&")))
            matches = [m for m in map(_URL_DATE_RE.match, ("/" + value for value in values)) if m][:1]
        date = next(filter(None, map(_url_match_day, matches)), None) or _url_month_word_day(parts.path)
        if date:
            return date
    return None


def _preview_day(urls: tuple[str | None, ...], window: _Window) -> str | None:
    """The upload day of the page's preview picture (the og:image path "/2023/11/29/…"), unless
    every picture the headline's <article> or <main> shows was uploaded later: a page is no
    older than the pictures of its own text, so the preview was uploaded for something before
    it (a page of the site's it was made for first), not on the page's day."""
    day = _url_date((None, None, *urls))
    next(window.levels(), None)  # the walk's first level files the headline as scopes[0]
    if day is None or not window.scopes:
        return day
    holder = next((up for up in window.scopes[0].iterancestors() if up.tag in _HOLDER_TAGS), None)
    if holder is None:
        return day
    uploads = [upload for image in islice(holder.iter("img"), _MAX_PREVIEW_PICTURES)
               if (upload := _url_date((None, None, image.get("src") or image.get("data-src"))))]
    return None if uploads and all(upload > day for upload in uploads) else day


_HOLDER_TAGS = frozenset(("article", "main"))
_MAX_PREVIEW_PICTURES = 40  # the text's pictures; a gallery's further ones add nothing


def _numbered_file(match: re.Match) -> bool:
    """Is the URL date's day a file's whole name ("/2023/02/7.jpg"), not a folder of the day?"""
    return bool(_FILE_DAY_RE.search(match.group())) and match.string[match.end():match.end() + 1] == "."


# The last part of a URL date when it is a file's name: one or two digits after a slash.
_FILE_DAY_RE = lazy(r"/\d{1,2}$")


def _url_month_word_day(path: str) -> str | None:
    """The day of a path that names its month ("/2024/mar/05/")."""
    match = month_match(_URL_MONTH_WORD_RE, path.lower(), 2)
    return _valid_day(int(match[1]), MONTH_NUMBERS[match[2]], int(match[3])) if match else None


def _url_match_day(match: re.Match) -> str | None:
    year, *parts = match.groups()
    month, day = (int(part) for part in parts if part)
    return _valid_day(int(year), month, day)


def _url_month_day(window: _Window, urls: tuple[str | None, ...]) -> str | None:
    """A day written without its year on a short line near the headline ("5 March", "März 5",
    "le 5 mars", "3月5日") in the month the page's URL files it under ("/2024/03/"): the URL's
    year and month, the line's day. Never a sentence's day, never one labelled as the update;
    none where the lines by the headline write two days of the month (a month's list of posts)."""
    filed = next(filter(None, (_URL_MONTH_RE.search(urlsplit(url).path) for url in urls if url)), None)
    if filed is None:
        return None
    year, month = int(filed.group(1)), int(filed.group(2))
    days = set(islice(_yearless_days(window, month), _LIST_DAYS - 1))
    return _valid_day(year, month, days.pop()) if len(days) == 1 else None


def _yearless_days(window: _Window, month: int) -> Iterator[int]:
    """The days of `month` the short lines near the headline write without a year, in order."""
    size = 0
    for element in window.elements():
        if not isinstance(element.tag, str) or element.tag in UNSHOWN_TAGS:
            continue
        for text, holder in ((element.text, element), (element.tail, element.getparent())):
            if not text or text.isspace() or holder is None:
                continue
            size += len(text)
            if (len(text) > _MAX_DATELINE_CHARS or is_sentence(text) or _updated_before(text, text)
                    or _labelled_updated(holder) or in_side_area(holder, window.scopes)):
                continue
            day = _yearless_day(text, month)
            if day:
                yield day
        if size >= _MAX_SCAN_CHARS:
            break


def _yearless_day(text: str, month: int) -> int | None:
    """The day of `month` a text writes without a year: "5 March", "March 5th", "3月5日"."""
    for pattern, month_group, day_group in _YEARLESS_PATTERNS:
        for match in pattern.finditer(text):
            named = match.group(month_group)
            if (MONTH_NUMBERS.get(named.lower()) if not named.isdigit() else int(named)) == month:
                return int(match.group(day_group))
    return None


# A URL that files the page under a year and month only: "/2024/03/slug" (its day, when it has
# one, is _URL_DATE_RE's).
_URL_MONTH_RE = lazy(r"[/_-]((?:19|20)\d{2})[/-](0[1-9]|1[0-2])/")
_YEARLESS_PATTERNS = (
    # "5 March", "5. März", "le 5 mars", "5 de marzo", "5th of March" (no year after it)
    (lazy(r"(?<![\d.])(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+|of\s+)?([^\W\d_]{3,12})\b(?!\.?,?\s*(?:de\s+)?\d)"), 2, 1),
    # "March 5", "Tuesday, Mar. 5th · 10:12"
    (lazy(r"\b([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\s*\d{4})"), 1, 2),
    (lazy(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), 1, 2),  # "3月5日", "3월 5일"
)


def _window_text_date(window: _Window, *, day_first: bool = False) -> str | None:
    """A date written out on a short line around the headline ("3 March 2024", "By A · May 2,
    2024"): never from a sentence of the body, never one labelled as the update, never a line of
    another post's <article> (a card)."""
    size = 0
    for element in window.elements():
        if not isinstance(element.tag, str) or element.tag in UNSHOWN_TAGS:
            continue  # a style sheet's text would spend the scan's budget on what nobody reads
        for tail in (False, True):
            text = element.tail if tail else element.text
            if not text or text.isspace():
                continue
            holder = element.getparent() if tail else element  # (most tails are blank: no parent looked up)
            size += len(text)
            if holder is None or not YEAR_RE.search(text):
                continue
            head = _DATELINE_DASH_RE.split(text.strip(), maxsplit=1)  # "Mar. 4, 2016 -- Ferry crossings …"
            date = normalize_date(head[0], day_first=day_first) if len(head) == 2 and len(head[0]) <= _MAX_DATELINE_HEAD else None
            if date:
                return date  # a wire dateline, however short the text node before the first link
            if len(text) > _MAX_DATELINE_CHARS:
                continue
            line = " ".join(holder.text_content().split()) if _is_compact(holder) else text
            if (len(line) > MAX_DATE_TEXT_CHARS or is_sentence(line) or _is_version(holder)
                    or _names_a_link(holder, text) or in_side_area(holder, window.scopes)):
                continue
            date = normalize_date(text, day_first=day_first)
            if date and not (_updated_before(line, text) or _labelled_updated(holder) or _in_dated_list(holder)
                             or _other_field(line, text) or in_other_article(holder, headline_articles_of(window))):
                return date
        if size >= _MAX_SCAN_CHARS:
            break
    return None


def _names_a_link(holder: lxml.html.HtmlElement, text: str) -> bool:
    """Is the date part of a link's words ("poetry reading online on 8th May 2021")? The day of
    what the link leads to, an event or another page; a dateline's link holds the date alone."""
    if holder.tag != "a" or not YEAR_RE.search(text):
        return False
    words = [w for w in _LOWER_WORD_RE.findall(text) if w.islower() and w not in _DATELINE_WORDS]
    return len(words) >= _MIN_LINK_WORDS and normalize_date(text) is not None


_MIN_LINK_WORDS = 2  # "online launch": a link's own words


def _in_dated_list(holder: lxml.html.HtmlElement) -> bool:
    """Is the date one item of a list of dates (an archive's days, a list of posts each with its
    day)? The list item (li, tr) that holds it has a neighbour item dated too (not the update:
    "<li>Published …</li><li>Updated …</li>" is one post's dateline)."""
    chain = islice(holder.iterancestors(), _LIST_ITEM_LEVELS)
    item = next((element for element in (holder, *chain) if element.tag in _ITEM_TAGS), None)
    if item is None:
        return False
    for other in (item.getnext(), item.getprevious()):
        text = other.text_content()[:MAX_DATE_TEXT_CHARS] if other is not None and other.tag == item.tag else ""
        dated = YEAR_RE.search(text) and (normalize_date(text) or _SLASHED_DATE_RE.search(text))  # "2/1/2013" too
        if dated and not UPDATED_LABEL_RE.search(text.lower()):
            return True
    return False


_ITEM_TAGS = frozenset(("li", "tr"))
_LIST_ITEM_LEVELS = 3  # the date's own element, a link or a span, inside the item


def _is_version(holder: lxml.html.HtmlElement) -> bool:
    """Does the day name a version ("2024-11-20.basil", the day and its word in elements of
    their own)? Read from the holder's parent, the smallest box that holds both."""
    box = holder.getparent() if holder.getparent() is not None else holder
    return bool(_is_compact(box) and _VERSION_LABEL_RE.search("".join(box.itertext())))


def _updated_before(line: str, text: str) -> bool:
    """Does the line label this text's date as the update ("Updated on July 9, 2025")?"""
    at = line.find(text.strip()[:20])
    context = line[max(0, at - UPDATED_LABEL_SPAN):at + len(text)].lower() if at >= 0 else text.lower()
    return bool(UPDATED_LABEL_RE.search(context)) and not PUBLISHED_LABEL_RE.search(context)


def _other_field(line: str, text: str) -> bool:
    """Is the date the value of a field that is not the publication's ("Joined: May 3, 2019",
    "Founded: Jun 3, 2017" in a poster's profile)? The line puts a "Label:" right before it,
    and the label names no date of the page ("Date:", "Published:", "Posted:")."""
    at = line.find(text.strip()[:20])
    label = _FIELD_LABEL_RE.search(line[max(0, at - UPDATED_LABEL_SPAN):at]) if at > 0 else None
    return bool(label) and not _DATE_FIELD_RE.search(label.group(1).lower())


# A field's label right before its value: one to three words and a colon.
_FIELD_LABEL_RE = lazy(r"([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*:\s*$")
# Labels of the page's own date, in the nine languages ("Date:", "Datum:", "Publié le :").
_DATE_FIELD_RE = lazy(
    r"date|datum|fecha|data|publi|posted|veröffentlicht|erschienen|gepubliceerd|opublikowano|"
    r"written|created|erstellt|time|zeit|on$|le$|am$|el$|em$|dnia$|op$|den$"
)


def is_sentence(line: str) -> bool:
    """A line of running text ("The council approved the budget on March 3, 2011."), not a
    dateline ("By Ann Lee · Published on March 3, 2011 at 9:00"): it has lower-case words, or,
    in the scripts written without spaces, a sentence's punctuation or many characters besides
    the date's own ("2024年3月5日，市议会通过了预算。")."""
    words = _LOWER_WORD_RE.findall(line)
    if sum(w.islower() and w not in _DATELINE_WORDS for w in words) >= _MIN_SENTENCE_WORDS:
        return True
    if line.isascii():
        return False
    if _caseless_sentence(line, words):
        return True
    if max(line) < _FIRST_IDEOGRAPH:
        return False  # no character as far up as kana: the class below has nothing to find
    ideographs = _IDEOGRAPH_RE.findall(line)
    return bool(ideographs) and (len(ideographs) >= _MIN_SENTENCE_IDEOGRAPHS or _SENTENCE_MARK_RE.search(line) is not None)


def _caseless_sentence(line: str, words: list[str]) -> bool:
    """A sentence in a spaced script without letter case (Arabic, Hebrew, Devanagari, Hangul:
    "اجتمع المجلس في 3 مارس 2019 لمناقشة الجسر."), where no word shows itself lower-case and a
    name looks like any word: several such words besides the months, and the sentence's full
    stop at the end ("بقلم أحمد خالد، 3 مارس 2026" has none)."""
    if not _SENTENCE_END_RE.search(line):
        return False
    caseless = [w for w in words if w.lower() == w.upper() and not _FIRST_IDEOGRAPH <= w[0] < _FIRST_HANGUL]
    return sum(w not in MONTH_NUMBERS for w in caseless) >= _MIN_SENTENCE_WORDS


_FIRST_HANGUL = "\uac00"  # Han and kana (from _FIRST_IDEOGRAPH up to here) are written unspaced: no words
# A sentence's end after a letter (and its vowel sign: "की।"; not a number's dot: "3. März"), in the
# scripts _caseless_sentence reads: ".", "؟" and "۔" (Arabic script), "।" (Devanagari, Bengali).
_SENTENCE_END_RE = lazy(r"[^\W\d_]\S?[.!?؟۔।]['\"”»)]?\s*$")
# A word of two letters or more, of any alphabet ("zdecydowała", "совет"); lower-case ones count
# (str.islower: scripts without case, Han or kana, never do).
_LOWER_WORD_RE = lazy(r"(?<![\w.])[^\W\d_][^\W\d_'’]*[^\W\d_](?![\w.])")
# Han, kana and Hangul, less the date's own units (年月日, 년월일) and the time's (时分, 시분).
# Its four ranges cost ~2 ms to compile (sre fills a 64K-entry table one code point at a time):
# a line with no character from the first range up is settled without it.
_FIRST_IDEOGRAPH = "\u3040"
_IDEOGRAPH_RE = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af](?<![年月日号時时分秒년월일시분초])")
_SENTENCE_MARK_RE = lazy(r"[，。！？、；]")  # a dateline lists its parts with spaces, colons or bars
_MIN_SENTENCE_IDEOGRAPHS = 30  # a news info line ("发布时间 … 来源：… 作者：… 责任编辑：…") has fewer
# Lower-case words a dateline holds besides names and the date (several languages).
_DATELINE_WORDS = frozenset((
    "by", "on", "at", "and", "am", "pm", "published", "posted", "updated", "last", "von", "und", "um", "uhr", "am",
    "par", "le", "et", "à", "mis", "jour", "publié", "por", "el", "de", "y", "publicado", "actualizado", "di", "il",
    "e", "alle", "pubblicato", "door", "op", "en", "om", "przez", "dnia", "em", "às", "av", "och", "den", "kl",
    "min", "read", "mins", "minutes", "minute", "reading", "time", "est", "edt", "pst", "cet", "utc", "gmt",
    "ngày", "tháng", "năm",  # Vietnamese: "day", "month", "year" around the numbers
))
_MIN_SENTENCE_WORDS = 4  # "approved the new budget on": a dateline has fewer lower-case words
_MAX_DATELINE_CHARS = 80  # a dateline is short; a longer text node is a sentence
# ...unless it opens with a dateline set off by a dash: "WASHINGTON, Feb. 23, 2015 -- The …"
_DATELINE_DASH_RE = lazy(r"\s(?:--|—|–)\s")
_MAX_DATELINE_HEAD = 50
# A day joined to a word by a dot names a version, not a publication ("2024-11-20.basil":
# a dated API release).
_VERSION_LABEL_RE = lazy(r"(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}\.[^\W\d_]")
UNSHOWN_TAGS = frozenset(("script", "style", "noscript", "template"))  # text the reader never sees



