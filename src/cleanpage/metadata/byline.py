"""The byline: author names from JSON-LD, meta tags, byline markup and "By ..." lines near the headline."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, islice, takewhile
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from ..cjk import cjk_count
from ..patterns import lazy
from .date import MONTH_FIRST_WORD_RES, MONTH_NUMBERS, month_match, normalize_date
from .sources import _AUTHOR_META_KEYS, _URL_LIKE_RE, _clean_text, _json_str, _types
from .title import _domain_key, _site_key
from .window import (
    _MAX_ANCESTOR_WALK,
    _MAX_BYLINE_DESCENDANTS,
    _is_card,
    _is_compact,
    _item_series,
    _Window,
)

# Words that introduce a byline, in the nine languages and Czech, Russian, Ukrainian, Danish,
# Norwegian (stripped from the front): the author nouns in both genders and the plural
# ("Autorka", "Autorzy", "Autoři", "Авторы"), "Napisał(a)", "A cura di", "Ein Beitrag von" (a
# comment, a guest piece, an analysis, a column, a report: "Ein Kommentar von", "Eine Analyse von"),
# "Rédigé par", "Articolo di", Arabic "بقلم" ("by the pen of"); "Text"/"Texto"/"Testo"/"Texte"/
# "Tekst"/"Текст"/"Words", Turkish "Yazar", Chinese "作者"/"记者", Japanese "文"/"執筆者" (writer),
# Korean "글" only with a colon ("Text: Ann Lee"; "Text by" above), as a bare word they start a sentence;
# the writer who took the pictures too ("Text and photos:", "Tekst i zdjęcia:", "Texto e fotos:"). The web's other
# large languages: Indonesian "Oleh"/"Ditulis oleh"/"Penulis", Vietnamese "Tác giả"/"Bởi", Turkish
# "Yazan", Hungarian "Írta"/"Szerző", Greek "Του"/"Της" (the name in the genitive) and "Συντάκτης",
# Hebrew "מאת", Thai "โดย"/"ผู้เขียน"/"เขียนโดย", Persian "به قلم"/"نویسنده", Arabic "بواسطة"; Chinese
# and Japanese credit words before a slash, a bar (the stroke "丨" and the vertical dash "︱" stand
# for one: "作者丨林晓峰") or a space ("文/林晓峰", "记者 林晓峰"), the paper's own
# reporter too ("本报记者 林晓峰"). More of the web's languages: Hindi "लेखक" (writer) and "द्वारा" (by),
# Bengali "লেখক", Finnish "Kirjoittanut"/"Kirjoittaja" and "Teksti:", Croatian, Serbian and Bosnian
# "Piše"/"Пише"/"Napisao"/"Napisala", Slovenian "Avtor"/"Avtorica", Lithuanian "Autorius"/"Autorė",
# Latvian "Autors", Catalan "Escrit per"/"Redactat per", Urdu "تحریر:" (written), Arabic "إعداد:" (prepared by). "Published/posted
# by" in the nine languages ("Publié par", "Veröffentlicht von", "Publicado por", "Pubblicato da",
# "Geplaatst door", "Postado por", "Opublikował(a)"), Turkish "Muhabir:" (reporter) and "Haber:" (news).
_BYLINE_PREFIX_RE = lazy(
    r"^(?:(?:written|authored|posted|reported|(?:additional\s+)?reporting|published|words|text|story|articles?|photos|sponsored|presented|"
    r"produced|created|compiled|curated)\s+by|by|von|par|por|"
    r"di|door|av|af|przez|autor(?:in|a|ka|zy|ky|es|en|i|ius|ė|s)?|autoři|auteur|autore|author|escrito\s+por|"
    r"napisa[łl]a?|a\s+cura\s+di|автор(?:ы|и|ка)?|ein(?:e)?\s+(?:gast)?(?:beitrag|kommentar|analyse|kolumne|reportage)\s+von|r[ée]dig[ée]e?\s+par|"
    r"redactado\s+por|redigido\s+por|(?:articolo|testo)\s+di|بقلم|"
    r"geschrieben\s+von|écrit\s+par|scritto\s+da|geschreven\s+door|skriven\s+av|"
    r"(?:ditulis\s+)?oleh|penulis|tác\s+giả|bởi|yazan|írta|szerző|του|της|συντάκτης|γράφει\s+(?:ο|η)|מאת|"
    r"โดย|ผู้เขียน|เขียนโดย|به\s+قلم|نویسنده|بواسطة|लेखक|द्वारा|লেখক|kirjoittanut|kirjoittaja|piše|пише|napisao|"
    r"napisala|написао|написала|avtor(?:ica)?|escrit\s+per|redactat\s+per|publi[ée]e?\s+par|ver[öo]ffentlicht\s+von|"
    r"publicado\s+por|pubblicato\s+da|geplaatst\s+door|postado\s+por|opublikowa[łl]a?|"
    r"interview(?:ed)?\s+by|propos\s+recueillis\s+par)"
    r"(?:\s*[:：]\s*|\s+|$)|^(?:(?:text|texto|testo|texte|tekst|teksti|текст|words)(?:\s+(?:and|und|e|et|y|i|и|&)\s+"
    r"(?:photos?|pictures|fotos?|foto's|zdjęcia|фото))?|yazar|muhabir|haber|reporter|journalist(?:in|en|er|ar|e|s)?|כתב|כתבת|كتب|كتبت|إعداد|تحریر|作者|记者|記者|"
    r"文|글|著者|筆者|執筆者?|기자|提问者|提問者|質問者)"
    r"\s*[:：]\s*|"
    r"^(?:作者|(?:本[报報刊台网網])?(?:记者|記者)|文|撰文|图文|圖文)(?:\s*[/／|｜・丨︱]\s*|\s+)",
    re.IGNORECASE,
)
# Lines near the headline read for a byline written as text, and how many of them.
_TEXT_BYLINE_TAGS = frozenset(("p", "div", "span", "i", "em", "strong", "b", "address", "small", "li"))
_MAX_TEXT_BYLINE_ELEMENTS = 40
_BLOCK_CHILD_TAGS = frozenset(("div", "p", "li", "ul", "ol", "section", "table", "h1", "h2", "h3", "h4"))
_MAX_TEXT_BYLINE_CHARS = 150
_NAME_PARTICLES = frozenset(("de", "van", "von", "da", "del", "der", "la", "le", "di", "du", "dos", "das", "ten", "ter"))
# A name's word; the vowel signs and tone marks of Thai, Arabic, Hebrew and the Indic scripts
# (Devanagari to Sinhala, their full stops "।" and "॥" aside), and the Persian zero-width
# non-joiner, are marks (no \w) inside a word ("ใจดี", "वर्मा").
_NAME_WORD_RE = lazy(r"[^\W\d_][\w'’.\-\u0591-\u05c7\u064b-\u065f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c"
                     r"\u0900-\u0963\u0966-\u0dff]*")
# "Por João Silva, Globo Rural — Campinas": after the first comma, an outlet and a place.
_AFFILIATION_RE = lazy(r",[^,]*[—–|]")
# Separators between several authors ("A, B and C"; "A, B, and C"; "A und B"; "A et B"; "A y B";
# "A и B"; "A a B"; "A avec B"...). A one-letter joiner is lower case: "John E Smith" is one name;
# so are the joiners of the web's other large languages, which are words of their own elsewhere
# ("Dan", "Ve"): Indonesian "dan", Turkish "ve", Vietnamese "và", Hungarian "és", Romanian "și",
# Greek "και", Arabic and Persian "و", Thai "และ"; Chinese and Japanese list names with the
# enumeration comma or the full-width comma ("山本花子、佐藤健"); a Chinese byline names each
# writer after a role word ("记者 林晓峰 通讯员 陈静": the reporter, then the local correspondent).
_AUTHOR_SPLIT_RE = lazy(
    r"\s*(?:,?\s(?:and|und|et|och|oraz|og|en|та|with|avec|mit|con|com|met|med)\s|"
    r",?\s(?-i:y|e|i|a|и|і|dan|ve|và|és|și|şi|και|و|และ)\s|,|;|&|\+|/|、|，|"
    r"\s(?:通讯员|通訊員|实习生|實習生|记者|記者)\s)\s*",
    re.IGNORECASE,
)
# Role, title or degree words: a part holding one is not a name, and ends the list ("special to":
# a freelancer's credit, "Ann Lee, Special to the Courier"). German, Dutch
# and Swedish roles compound with their field ("Wissenschaftsredakteurin", "hoofdredacteur").
# Degrees count in capitals only ("Ann Lee, MA"): "Lin Ma" and "Md Rafiq Hossain" are names.
_ROLE_RE = lazy(
    r"\b(?:staff|writer|reporter|editor|editorial|correspondent|contributor|columnist|"
    r"journalist|technologist|analyst|producer|director|senior|chief|president|founder|"
    r"news|team|desk|special\s+to|\w*redakteur\w*|redaktion|\w*korrespondent\w*|autorin|rédact\w*|rédaction|"
    r"journaliste|envoyée?|periodista|redacci[oó]n|corresponsal|redattore|giornalista|"
    r"redazione|\w*redacteur|redactie|verslaggever|dziennikar\w*|redakcja|redaktor|\w*redaktör|"
    r"jornalista|repórter|reda[cç][aã]o|reporter|skribent|reportrar?|redaktion|phd|ph\.\s?d|esq|"
    r"korespondent\w*|zpravodaj\w*|корреспондент\w*|кореспондент\w*|wartawan|muhabir\w*|tudósító|"  # the
    r"corespondent\w*|ανταποκριτ\w*|כתב|כתבת|مراسل|خبرنگار|ผู้สื่อข่าว)\b\.?|"  # correspondent in more languages
    r"\b(?-i:MA|MD|MSc|BSc|MPH|RN|MS|RDN|RD|DVM|MBA|CPA|LCSW|MFA|NP|CFP)\b\.?",
    re.IGNORECASE,
)
# Whole bylines that name nobody.
_BOILERPLATE_NAME_RE = lazy(
    r"^(?:staff|admin|administrator|username|user|editor|editors|editorial team|"
    r"redaktion|la rédaction|rédaction|redacción|redazione|redactie|redakcja|redação|"
    r"(?:tim\s+)?redaksi|redakce|редакция|редакція|redac[țţ]ia|redaktionen|szerkesztőség|σύνταξη|"  # the desk,
    r"ban biên tập|t[oò]a soạn|haber merkezi|מערכת|التحرير|تحریریه|กองบรรณาธิการ|編集部|编辑部|編輯部|편집부|"  # no one
    r"anonymous|anonym|anonyme|guest|unknown|none|null|n/?a|undefined|webmaster|"
    # a share or follow button's word in the author box ("Share", "Teilen", "Suivre"): no one
    r"share|teilen|partager|compartir|condividi|delen|dela|udostępnij|compartilhar|поделиться|"
    r"follow|folgen|suivre|seguir|segui|volgen|följ|obserwuj|подписаться|"
    r"(?:topic|thread|post)\s+(?:author|starter)|original poster|"  # a forum's labels
    r"(?:[\w.\-]+\s+)?(?:admin|administrator|webmaster|moderator)|"  # an account ("Site Admin", "Blog Admin")
    # what the page is, or the office that issued it, not who wrote it ("Press Release", "Press
    # Office", "Ufficio Stampa Università di Example", "Corporate Communications")
    r"(?:press|news|media)\s+releases?|pressemitteilung|communiqu[ée]\s+de\s+presse|comunicado\s+de\s+prensa|"
    r"comunicato\s+stampa|persbericht|informacja\s+prasowa|"
    r"(?:(?:press|media)\s+(?:office|relations)|ufficio\s+stampa|pressestelle|service\s+de\s+presse|"
    r"oficina\s+de\s+prensa|gabinete\s+de\s+prensa|persdienst|biuro\s+prasowe|(?:corporate\s+)?communications|\w*kommunikation|kommunikációs)"
    r"(?:\s.*)?|"
    # the site speaking of its own desk ("Our Editors", "Unsere Redaktion", "Notre équipe"): no one named
    r"(?:our|unsere?|notre|nos|nuestr[oa]s?|(?:la|il|le|i)\s+nostr[aoei]|onze|ons|nossa|nosso|nossos|nasza|nasz|"
    r"наша|наш)\s+(?:editors?|editorial\s+team|team|staff|writers|redaktion|redakteure|rédaction|équipe|"
    r"r[ée]dacteurs|redacci[oó]n|equipo|redazione|squadra|redactie|redacteuren|reda[cç][aã]o|equipe|redakcja|"
    r"zesp[oó][łl]|редакция|команда)|"
    # the author box's link to the writer's other work, in scripts and languages whose words
    # the capitals test does not turn away ("查看作者更多文章", "著者の記事一覧", "기자의 다른 기사",
    # "Alle Artikel des Autors"): a label, no name
    r"(?:查看|阅读|閱讀)?(?:作者|记者|記者)?的?(?:更多|全部|所有|其他)(?:的)?(?:文章|报道|報導|作品)|"
    r"(?:作者|记者|記者)的?文章(?:列表)?|(?:この)?(?:著者|筆者|記者)の(?:他の)?記事(?:一覧)?|記事一覧|"
    r"(?:작성자|기자|저자|필자)의?\s*(?:다른|모든)?\s*기사(?:\s*더\s*보기)?|기사\s*더\s*보기|"
    r"(?:alle|mehr|weitere)\s+(?:artikel|beiträge|texte)(?:\s+(?:von|des|der)\b.*)?|"
    r"[a-z0-9]+(?:[._][a-z0-9]+)+)$",  # a user name or a template key ("jane.doe", "page.head.author")
    re.IGNORECASE,
)
_EMAIL_RE = lazy(r"\S+@\S+\.\w+>?")  # "<ann@example.org>" with its brackets
# An address with the name in brackets after it, as feeds and mail headers write an author:
# "ann.lee@example.org (Ann Lee)"; the name is the bracket's.
_EMAIL_THEN_NAME_RE = lazy(r"\s*\S+@\S+\.\w+\s*\(([^()@]+)\)\s*")
_HANDLE_RE = lazy(r"(?:^|\s)@\w+")
# Co-authors in brackets ("Jane Doe (with John Roe)"), in the nine languages.
_CO_AUTHOR_BRACKET_RE = lazy(
    r"\s*[(\[](?:with|avec|mit|con|com|met|med|z|ze)\s+([^)\]]+)[)\]]", re.IGNORECASE
)
# A bracketed aside after a name ("Jane Doe (Reuters)", "佐藤花子（新海新聞）"): dropped.
_BRACKET_OPENERS = "([（【"
_BRACKET_RE = lazy(rf"\s*[{re.escape(_BRACKET_OPENERS)}][^)\]）】]*[)\]）】]")
# ...but one capitalised word in round brackets between a name's words is part of the name, a
# birth name or a second family name the person writes ("Ann (Marsh) Lee"): kept.
_NAME_BRACKET_RE = lazy(r"\s\(([^\W\d_][\w'’\-]*)\)")
# Where a byline turns into a date, a time or a source ("published"/"updated" in the nine languages
# and Finnish, Danish, Norwegian, Czech, Slovak, Russian, Ukrainian, Hungarian, Romanian, Catalan,
# Turkish, Greek, Indonesian, Hebrew, Hindi, Bengali, Thai): everything after is dropped; so does a
# further label in a script without spaces before its colon ("林晓峰 来源：新海日报", "责任编辑：") or
# its slash or bar ("文/林晓峰 图/陈静", "文丨林晓峰 图丨陈静": the pictures' credit).
_BYLINE_END_RE = lazy(
    r"\s(?:[|｜•·–—»«]\s|-\s)|(?<!\w)\d|\s[\u3400-\u4dbf\u4e00-\u9fff]{2,6}\s*[:：]|\s[\u3400-\u4dbf\u4e00-\u9fff]{1,2}[/／丨︱]|\b(?:(?:last\s+)?updated|published|posted|aktualisiert|veröffentlicht|"
    r"mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|"
    r"gepubliceerd|zaktualizowano|opublikowano|atualizado|uppdaterad|publicerad|"
    r"julkaistu|päivitetty|publiceret|opdateret|publisert|oppdatert|publikováno|aktualizováno|publikované|"
    r"опубликовано|обновлено|опубліковано|оновлено|közzétéve|frissítve|publicat|actualizat|actualitzat|"
    r"yayınlandı|yayınlanma|güncellendi|δημοσιεύθηκε|ενημερώθηκε|diterbitkan|dipublikasikan|diperbarui|"
    r"פורסם|עודכן|प्रकाशित|প্রকাশিত|เผยแพร่|"
    r"(?:medically\s+|fact[\s-]checked\s+and\s+)?reviewed\s+by|fact[\s-]checked\s+by|edit(?:ed|ing)\s+by)\b",
    re.IGNORECASE,
)
# The text between two name links that joins them into one byline.
_NAME_JOINER_RE = lazy(r"^\s*(?:,|;|&|\+|/|and|und|et|y|e|i|a|и|і|та|en|och|oraz|og|(?-i:dan|ve|và|és|și|şi|και|و|และ))\s*$",
                       re.IGNORECASE)
# A weekday left at the end of a byline once its date is cut ("Ann Lee, Monday").
_WEEKDAYS = frozenset((
    "mon tue tues wed thu thur thurs fri sat sun "
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes "
    "sábado domingo lunedì martedì mercoledì giovedì venerdì sabato maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela segunda-feira terça-feira "
    "quarta-feira quinta-feira sexta-feira måndag tisdag onsdag torsdag fredag lördag söndag"
).split())


def _without_trailing_weekday(text: str) -> str:
    """"Ann Lee, Monday" -> "Ann Lee" (a set lookup, not a pattern of 60 weekday names)."""
    body = text.rstrip(" ,\t\n")
    head, _, last = body.rpartition(" ")
    if head and last.lower() in _WEEKDAYS:
        return head.rstrip(" ,")
    return text
_MIN_SITE_KEY = 3  # shorter site keys ("ap") would match the start of many names
_MAX_NAME_WORDS = 6  # "Jean-Baptiste Marie de la Fontaine" fits; a sentence does not
_MAX_NAMES = 8  # more names than this is a list of contributors, not a byline
_MAX_BYLINE_CHARS = 200  # longer text in a byline element is a bio or a teaser

# Byline markup: author/byline words in class (several languages), itemprop, rel, the
# hCard "fn" token, the nickname a blog platform's post header names its writer by ("nick",
# "nickname"; not inside a word: "nickel"). Tested on the window's elements only, never on the
# whole page. Tested on lower-cased class values: a case-insensitive regex costs several times more.
# (Each branch opens with a letter, the lone "nick" its word's start told after its "n": the
# engine passes over a position no branch's first letter opens in C.)
# The writer's own word in the Nordic languages, Dutch, German, Turkish and Indonesian counts too
# ("skribent", "forfatter", "författare", "schrijver", "verfasser", "yazar", "penulis"), and the
# creator a forum engine names a thread's poster by (Discourse's crawler view: "creator", the whole
# class word: a "creator-tools" box or a "become a creator" call names no one), as itemprop=creator does.
_BYLINE_CLASS_RE = lazy(r"author|byline|autor|auteur|fn|user[-_]?name|n(?:ick[-_]?name|(?<![a-z]n)ick(?![a-z]))|"
                        r"skribent|forfatter|författare|forfattare|schrijver|verfasser|yazar|penulis|(?<![\w-])creator(?![\w-])")
_BYLINE_ITEMPROPS = frozenset({"author", "creator", "name"})
_FN_CLASS_RE = lazy(r"(?:^|\s)fn(?:\s|$)")  # the hCard name class, as a whole token
_BYLINE_WORDS = ("author", "byline", "autor", "auteur", "creator")  # in lower-cased attributes
# Tags that never hold a byline's text.
_NON_TEXT_TAGS = frozenset({"meta", "link", "script", "style", "img", "input", "svg", "noscript"})
# Areas whose bylines belong to someone else: comments, related lists, footers, asides; and
# forms, whose "author" field is labelled with a word ("Name"), not a name.
_FOREIGN_TAGS = frozenset({"footer", "aside", "nav", "form"})
# ...except the footer of the headline's own <article>: HTML puts "who wrote it" there
# (WordPress themes do); other articles' footers name other authors.
_OWN_FOOTER_PARENT = "article"
_OWN_FOOTER_LEVELS = 2  # ...or of a box this close above the headline, the post's wrapper
_PAGE_TAGS = frozenset({"body", "html"})  # their classes describe the page, not an area
# A sidebar widget's class starts with "widget" ("widget widget_text"); a page builder's
# "builder-widget-container" wraps every block of the article, its byline too.
_FOREIGN_CLASS_RE = lazy(r"comment|related|recommend|teaser|promo|(?<![\w-])widget|sidebar")  # lower-cased
# Own class/id words of byline-like elements that hold no name (avatars, bios, dates, the
# section a byline line files the story under: "byline-category"...).
_NOT_A_NAME_CLASS_RE = lazy(  # tested on lower-cased class and id
    r"avatar|photo|image|img|thumb|bio|about|authori[sz]|authority|more|title|date|time|desc|"
    r"social|share|follow|widget|position|"
    r"categor(?:y|ies)(?:\s|$)|"  # a class ending on it ("byline-category"), not one opening ("category-card_author")
    r"(?<![a-z])(?:role|job)(?![a-rt-z])"  # whole words ("author-role", "job-title", "jobs"), not inside a brand ("jobber")
)
# A class that names one line of both ("dateAndAuthor", "author-and-time"): the byline with its
# day (read past, _without_leading_day), not a date element.
_BOTH_LINE_CLASS_RE = lazy(r"(?:date|time)[-_]?and[-_]?author|author[-_]?and[-_]?(?:date|time)")  # lower-cased
_WIDER_BYLINE_LEVELS = 2  # a name link sits directly inside its byline line
_MAX_BYLINE_CANDIDATES = 80  # bylines sit near the top; a window with more lists teasers


def _structured_names(meta: dict[str, list[str]], article: dict | None, items: list[dict]) -> list[str]:
    """Names from the JSON-LD author, else from the first meta author key that has one."""
    names = _json_ld_authors(article, items) if article else []
    for key in _AUTHOR_META_KEYS:
        if names:
            break
        names = _meta_authors(meta.get(key, []))
    return _fuller_citation_list(names, meta)


# Scholarly metas: every author, one tag each (a Dublin Core creator may give the first alone).
_CITATION_AUTHOR_KEYS = ("citation_author", "citation_authors")


def _fuller_citation_list(names: list[str], meta: dict[str, list[str]]) -> list[str]:
    """The citation metas' authors when they hold the names found and more ("A" -> "A, B and C")."""
    for key in _CITATION_AUTHOR_KEYS:
        listed = _meta_authors(meta.get(key, []))
        known = {name.casefold() for name in listed}
        if len(listed) > len(names) and names and all(name.casefold() in known for name in names):
            return listed
    return names


def _labelled_meta_author(meta: dict[str, list[str]]) -> list[str]:
    """The author a link preview labels: twitter:label1 "Written by", twitter:data1 "Ann Lee"
    (weaker than the page's own byline: read only when the page shows none). The label says
    the value is the author, so a user name counts there ("ann_lee", "ann.lee": a blog that
    shows its writer's login), as it does under a forum's user-name markup."""
    for number in ("1", "2"):
        label, value = meta.get(f"twitter:label{number}"), meta.get(f"twitter:data{number}")
        if label and value and _WRITTEN_BY_RE.fullmatch(label[0].strip()):
            return clean_names(value[0], structured=True) or [h for h in [value[0].strip()] if _is_handle(h)]
    return []


_WRITTEN_BY_RE = lazy(r"(?:written|posted|published)\s+by|by|author|autor|auteur|autore|geschrieben von|écrit par",
                      re.IGNORECASE)


def _site_owner(body: lxml.html.HtmlElement | None, url: str | None) -> list[str]:
    """The person a personal site is named after, read when the page names no author and no
    site name or publisher: the page's first link leads home and its text is a person's name
    that the domain spells, whole or in part ("<a href="/">Ann Lindqvist</a>" on lindqvist.dev
    or annlindqvist.org). A shop's or a firm's home link comes after a logo or a menu, or says
    a word in capitals ("Example CRM"); the home page itself is the site's, no one's article."""
    parts = urlsplit(url) if url else None
    host = parts.hostname if parts else None
    if body is None or not host or parts.path in _HOME_PATHS:
        return []
    domain = _domain_key(host)
    if len(domain) < _MIN_OWNER_DOMAIN_KEY:
        return []
    # the first link that leaves the page (a "#main" skip link may come before it)
    link = next((a for a in body.iter("a") if not (a.get("href") or "").strip().startswith("#")), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    target = urlsplit(urljoin(url, href)) if href else None
    if target is None or target.hostname != host or target.path not in _HOME_PATHS or target.query:
        return []
    text = _clean_text(link.text_content()) or ""
    words = text.split()
    if not _MIN_OWNER_WORDS <= len(words) <= _MAX_OWNER_WORDS or domain not in _site_key(text) \
            or any(len(word) > 1 and word.isupper() for word in words):
        return []
    return [text] if clean_names(text) == [text] and _trim_name(text) == text else []


_HOME_PATHS = ("", "/")  # the path of a site's home page
_MIN_OWNER_DOMAIN_KEY = 5  # a short domain ("ab.io") is a brand's initials, not a person's name
_MIN_OWNER_WORDS, _MAX_OWNER_WORDS = 2, 4  # a given name and a family name; a one-word name is a brand


def _without_codes(names: list[str], body: lxml.html.HtmlElement | None) -> list[str]:
    """Structured authors less an account code: one word all in capitals ("ABCDXY") that the
    page's text never shows is a system's key for who filed the page, not a name (an agency the
    page shows, "CDC", stays). Only such a word costs a look at the page's text."""
    codes = [name for name in names if name.isupper() and len(name.split()) == 1]
    if not codes:
        return names
    shown = [code for code in codes if body is not None and _shows_text(body, code)]
    return [name for name in names if name not in codes or name in shown]


def _shown_names(names: list[str], article: dict | None, body: lxml.html.HtmlElement | None,
                 meta: dict[str, list[str]]) -> list[str]:
    """Structured authors less a graph person the page never shows: an SEO plugin files every
    post under a WordPress account and writes it as a Person item of its JSON-LD @graph that
    the article's one author points to by @id; when no author meta names it either and its family
    name appears nowhere in the page's visible text, no reader sees that byline. An author
    written into the article's item itself, or into a meta, is given on purpose and stays."""
    if not _one_author_by_reference(article):
        return names
    given = " ".join(value for key in _AUTHOR_META_KEYS for value in meta.get(key, [])).casefold()
    unsure = {name for name in names if _family_name(name) not in given}
    if body is None or not unsure:
        return names
    text = body.text_content().casefold()  # scripts too: a quick way to clear most names
    hidden = {name for name in unsure if _family_name(name) not in text}
    if len(hidden) < len(unsure):
        text = " ".join(_VISIBLE_TEXT(body)).casefold()
        hidden = {name for name in unsure if _family_name(name) not in text}
    return [name for name in names if name not in hidden]


def _one_author_by_reference(article: dict | None) -> bool:
    """Does the article give one author, as a reference to a graph item ({"@id": ...})? A plugin
    writes the one account a post was filed under; a list of people was written by someone."""
    authors = (article.get("author") or article.get("creator")) if article else None
    authors = authors if isinstance(authors, list) else [authors]
    return len(authors) == 1 and isinstance(authors[0], dict) and bool(authors[0].get("@id"))


def _family_name(name: str) -> str:
    """The last word of a name, as it is compared with the page's text ("Ann Lee" -> "lee")."""
    return name.split()[-1].casefold() if name.split() else ""


# The text a reader sees: every text node outside scripts, styles and templates.
_VISIBLE_TEXT = lxml.etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")


def _shows_text(body: lxml.html.HtmlElement, text: str) -> bool:
    """Does the page's visible text (not its scripts, styles or attributes) hold this text?"""
    for element in body.iter():
        own = element.text if isinstance(element.tag, str) and element.tag not in _HIDDEN_TEXT_TAGS else None
        if (own and text in own) or (element is not body and element.tail and text in element.tail):
            return True
    return False


_HIDDEN_TEXT_TAGS = frozenset(("script", "style", "noscript", "template"))


def _meta_authors(values: list[str]) -> list[str]:
    """Author names from one meta key; several tags mean one author each ("Doe, J.")."""
    values = [value for value in values if not _URL_LIKE_RE.match(value)]
    if len(values) == 1:
        return clean_names(values[0], structured=True)
    return [name for value in values for name in clean_names(value, split=False, structured=True)]


def _json_ld_authors(article: dict, items: list[dict]) -> list[str]:
    """Person names of the article's author(s); organisations only when no person. An author
    given as a reference ({"@id": "#ann"}) is the @graph's item of that @id."""
    authors = article.get("author") or article.get("creator")
    authors = [_referenced(author, items) for author in (authors if isinstance(authors, list) else [authors])]
    people: list[str] = []
    organisations: list[str] = []
    for author in authors:
        if isinstance(author, str) and not _URL_LIKE_RE.match(author):
            people.append(author)
        elif isinstance(author, dict) and _json_str(author.get("name")):
            is_org = any("Organization" in kind for kind in _types(author))
            (organisations if is_org else people).append(_json_str(author.get("name")) or "")
    names = _names_from_texts(people) or _names_from_texts(organisations)
    if not names and any(kind in _USER_POST_TYPES for kind in _types(article)):
        names = [handle for handle in people[:1] if _is_handle(handle)]  # "jane_d" wrote the thread
    return names


def _referenced(author: object, items: list[dict]) -> object:
    """The item a nameless {"@id": ...} reference points to, else the author as given."""
    if not isinstance(author, dict) or author.get("name") or not isinstance(ref := author.get("@id"), str):
        return author
    return next((item for item in items if item.get("@id") == ref and item is not author), author)


# JSON-LD types of a post a user wrote: its author is a user name ("jane_d", "Sam42"), which
# reads as a template key anywhere else.
_USER_POST_TYPES = frozenset(("DiscussionForumPosting", "SocialMediaPosting", "Comment", "Question", "Answer"))


def _is_handle(text: str) -> bool:
    """A user name as a forum shows it: one word of letters, digits, "_", "." or "-", not a
    placeholder ("admin", "user", "guest")."""
    return bool(_HANDLE_NAME_RE.fullmatch(text)) and any(ch.isalpha() for ch in text) \
        and not _PLACEHOLDER_HANDLE_RE.fullmatch(text)


_PLACEHOLDER_HANDLE_RE = lazy(r"(?:admin|administrator|user|username|guest|anonymous|unknown|none|null|deleted)",
                              re.IGNORECASE)


def _names_from_texts(texts) -> list[str]:
    names: list[str] = []
    for text in texts:
        names.extend(clean_names(text, structured=True))
    return names


# Marks a meta line opens with before its label ("- Publicado por: Ana Lima - Categoria: ...",
# "· By Ann Lee"): a separator between items drawn as text, no part of the label.
_LEADING_MARKS = " -–—|·•"


def clean_names(text: str | None, split: bool = True, structured: bool = False) -> list[str]:
    """The names in one byline text: prefixes, dates, roles, emails and asides removed.

    `structured`: the text is a meta or JSON-LD value, where "Doe, Jane" (the citation
    order) is one person; in page text "Smith, Reuters" is a name and an agency, so
    only initials ("Kooman, F.") turn a name around there."""
    text = _clean_text(text)
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return []
    if _REPORTER_WORD in text and (reporters := _KOREAN_REPORTER_RE.findall(text)):
        return list(dict.fromkeys(reporters))[:_MAX_NAMES]  # "[신해일보 박지윤 기자]": the name before "기자"
    # (each pattern of an address, a handle or a bracket is searched only in a text holding its
    # "@" or bracket: most bylines hold none, and a search tries every position of the text)
    text = _SOURCE_FIRST_RE.sub("", _without_leading_day(text), count=1)
    if "@" in text:
        text = _EMAIL_RE.sub(" ", _EMAIL_THEN_NAME_RE.sub(r"\1", text))
    text = _BYLINE_PREFIX_RE.sub("", text.lstrip(_LEADING_MARKS), count=1)
    text = _LABEL_RE.sub("", text, count=1)  # "By Текст: …", "Text: …": the label after "By"
    if "@" in text:
        text = _HANDLE_RE.sub(" ", text)
    if "(" in text or "[" in text:
        text = _CO_AUTHOR_BRACKET_RE.sub(r", \1", text)
    if any(map(text.__contains__, _BRACKET_OPENERS)):
        text = _BRACKET_RE.sub(_dropped_aside, text)
    if _is_numbered_name(text):
        return [text.strip()]
    text = text[: _byline_end(text)]
    text = _without_trailing_weekday(text)
    if split and _PERSON_SPLIT_RE.search(text):  # "Roe, Jane; Doe, John"
        people = _PERSON_SPLIT_RE.split(text)
        if all(_inverted_name(person, structured) for person in people):
            return [_inverted_name(person, structured) or "" for person in people][:_MAX_NAMES]
    text = _without_affiliation(text)
    inverted = _inverted_name(text, structured)
    if inverted:  # "Doe, Jane" is one person, not "Doe and Jane"
        return [inverted]
    if _FAMILY_FIRM_RE.fullmatch(text.strip()):
        return [text.strip()]  # "Morgan & Morgan": one firm, not one person twice
    names: list[str] = []
    for part in _split_authors(text) if split else [text]:
        if names and _LABEL_RE.match(part.strip()):
            break  # "Ann Lee, design: Bo Roe": a credit for other work ends the authors
        part = _BYLINE_PREFIX_RE.sub("", part.strip(" :-–—|·").lstrip("."), count=1)
        part = _without_trailing_words(part)
        if part.endswith(_TITLE_AFTER_NAME_WORDS):  # (the pattern's words end the part: no search elsewhere)
            part = _TITLE_AFTER_NAME_RE.sub("", part)
        if not part:
            continue
        if names and part[:1].islower():
            break  # "Jan Novák, zpravodaj v Bruselu", "Rui Valadares, de Lisboa": a role or a place, after the name
        if not names and _COLLECTIVE_RE.fullmatch(part) and not _BOILERPLATE_NAME_RE.match(part):
            return [part]  # "Example Team", "News Desk": a collective author, the only one given
        if names and _AGENCY_RE.fullmatch(part):
            break  # "Ana Ruiz, The Associated Press": the wire service the story came through
        if role := _ROLE_RE.search(part):
            if not names and role.group().lower() not in _NOT_PERSONAL_ROLES:  # "Ann Lee Writer": a name, its role
                names += _name_before_role(part[: role.start()])
            break
        if _is_name(part):
            names.append(_inverted_name(part, structured) or part)
    return names[:_MAX_NAMES] if len(names) <= _MAX_NAMES else []


def _dropped_aside(bracket: re.Match) -> str:
    """"" for a bracketed aside; a bracket that is one word of a name, after its given name and
    before a further capitalised word ("Ann (Marsh) Lee"), as written. After two words it is an
    aside, and a dateline may follow it ("Ann Lee (Examplepress) Lisbon")."""
    text, start, end = bracket.string, bracket.start(), bracket.end()
    word = _NAME_BRACKET_RE.fullmatch(text, start, end)
    before, after = text[:start].split(), text[end:].split()[:1]
    given_first = len(before) == 1 or (len(before) > 1 and (before[-2].endswith((",", ";"))
                                                            or _NAME_JOINER_RE.match(before[-2]) is not None))
    if word and word.group(1)[:1].isupper() and not _AGENCY_RE.fullmatch(word.group(1)) and given_first \
            and before[-1][:1].isupper() and after and after[0][:1].isupper():
        return bracket.group()
    return ""


# A Chinese line that gives the source before the author ("来源：新海日报 作者：林晓峰"): the source
# and its label go, the author's label is read as any other.
_SOURCE_FIRST_RE = lazy(r"^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*\S{1,30}\s+(?=\S{1,4}\s*[:：])")


# A Korean byline names each reporter by the word before "기자" (reporter), after the outlet or
# a place if any ("(서울=신해일보) 박지윤 기자", "신해일보 박지윤 선임기자"): a name of two to four
# syllables; "기자회견" (a press conference) is another word.
_REPORTER_WORD = "기자"
_KOREAN_REPORTER_RE = lazy(r"(?<![\uac00-\ud7af])([\uac00-\ud7af]{2,4})\s*(?:선임|수석|객원)?기자(?![\uac00-\ud7af])")


# A reporter's title written after the name in Korean, Japanese and Chinese, with or without a
# space ("박지윤 기자", "佐藤花子記者", "林晓峰 报道"): the name before it.
_TITLE_AFTER_NAME_WORDS = ("기자", "특파원", "記者", "记者", "特派員", "特派员", "通讯员", "通訊員", "报道", "報道")
_TITLE_AFTER_NAME_RE = lazy(rf"(?<=\w)\s*(?:(?:선임|수석|객원)?{'|'.join(_TITLE_AFTER_NAME_WORDS)})$")


# An organisation whose name opens with a number ("98 Example Social", "3i Example"): two to four
# words, the first a number (letters may follow it), the others capitalised, none a month or a
# unit of reading time ("12 March", "5 Min Read" are no names).
_NUMBERED_NAME_RE = lazy(r"\d+[^\W\d_]*(?:\s+[^\W\d_][\w&'’\-]*){1,3}")
_NOT_IN_NUMBERED_NAME = frozenset(("min", "mins", "minute", "minutes", "hour", "hours", "read", "comments", "views"))


def _is_numbered_name(text: str) -> bool:
    """"98 Example Social": a number, then capitalised words that are no month and no reading time."""
    words = text.split()
    return bool(_NUMBERED_NAME_RE.fullmatch(text.strip())) and all(
        word[:1].isupper() and word.lower() not in MONTH_NUMBERS and word.lower() not in _NOT_IN_NUMBERED_NAME
        for word in words[1:])


# A firm named after one family, the name twice around "&" ("Morgan & Morgan", "Roe & Roe").
_FAMILY_FIRM_RE = lazy(r"([^\W\d_][\w'’\-]+)\s*&\s*\1")


# Role words that follow an outlet or a service, not a person ("Example News Service", "Example Team").
_NOT_PERSONAL_ROLES = frozenset(("news", "team", "desk", "staff", "editorial", "redaktion", "redaction", "redazione"))
_MIN_NAME_BEFORE_ROLE = 2  # "Ann Lee" before "Writer"; one word may be a company or a section


def _name_before_role(text: str) -> list[str]:
    """The capitalised name a role word follows with no comma ("Ann Lee Senior Writer"), or nothing."""
    words = text.split()
    if len(words) < _MIN_NAME_BEFORE_ROLE or not all(word[:1].isupper() for word in words) or not _is_name(text):
        return []
    return [" ".join(words)]


# A desk or team named as the author ("Example Team", "the Example Editorial Team", "News Desk",
# "Redaktion Example", "Team Example"): one to three words with a collective word at one end.
_COLLECTIVE_RE = lazy(
    r"(?:the\s+)?(?!the\s)(?:[^\W\d_][\w&.'’-]*\s+){1,3}(?:team|staff|desk|newsroom|editors)|"
    r"(?:redaktion|rédaction|redacción|redazione|redactie|redakcja|redação|redaksi|redakce|редакция|редакція|"
    r"redac[țţ]ia)(?:\s+[^\W\d_][\w&.'’-]*){1,3}|"
    r"team(?:\s+[^\W\d_][\w&.'’-]*){1,2}",
    re.IGNORECASE,
)


_CAPITAL_JOINER_RE = lazy(r"\s[YEIAИІ]\s")  # the one-letter joiners of _AUTHOR_SPLIT_RE, in capitals


def _split_authors(text: str) -> list[str]:
    """The parts of a list of authors; a suffix stays with its name ("Martin Luther King, Jr.").
    In a byline written all in capitals a one-letter joiner is in capitals too ("ANA RUIZ Y BO ROE")."""
    if text.isupper():
        text = _CAPITAL_JOINER_RE.sub(lambda joiner: joiner.group().lower(), text)
    parts = _AUTHOR_SPLIT_RE.split(text)
    joined: list[str] = []
    for part in parts:
        if joined and _SUFFIX_RE.fullmatch(part.strip()):
            joined[-1] = f"{joined[-1]}, {part.strip()}"
        else:
            joined.append(part)
    return joined


def _inverted_name(text: str, structured: bool) -> str | None:
    """"Doe, Jane" / "Kooman, F." / "Jong, Michiel de" as "Jane Doe", "F. Kooman", "Michiel de Jong":
    one surname word, a comma, one or two given names or initials (and a trailing particle)."""
    surname, comma, given = text.partition(",")
    surname, given = surname.strip(), given.strip()
    if not comma or "," in given or not surname or not given or _SUFFIX_RE.fullmatch(given):
        return None
    given_words = given.split()
    particles = []
    while given_words and given_words[-1] in _NAME_PARTICLES:
        particles.insert(0, given_words.pop())
    if len(surname.split()) != 1 or not 1 <= len(given_words) <= 2:
        return None
    if not all(_GIVEN_NAME_RE.fullmatch(word) for word in [surname, *given_words]) or _ROLE_RE.search(given):
        return None
    if not structured and not all(_INITIAL_RE.fullmatch(word) for word in given_words) \
            and (len(given_words) != 1 or not _is_given_name(given_words[0])):
        return None
    return " ".join([*given_words, *particles, surname])


def _is_given_name(word: str) -> bool:
    """In page text, one word after "Surname," that may be the given name ("Coleman, Harriet"):
    capitalised, not in capitals (an agency: "Smith, AP"), not a wire service ("Smith, Reuters")."""
    return word[:1].isupper() and not word.isupper() and not _AGENCY_RE.fullmatch(word)


def _without_affiliation(text: str) -> str:
    """"Ann Lee and Bo Roe, Example Press" -> "Ann Lee and Bo Roe": a list already closed by "and"
    before its last comma has the outlet after that comma, not a further author."""
    head, comma, tail = text.rpartition(",")
    if comma and _LIST_END_RE.search(head) and not _LIST_END_RE.search(tail) \
            and not _SUFFIX_RE.fullmatch(tail.strip()):
        return head
    return text


# The word that closes a list of names, in the nine languages ("A, B and C"; "A und B"; "A & B").
_LIST_END_RE = lazy(r"\s(?:and|und|et|(?-i:y|e|i|a|и|і|dan|ve|và|és|și|şi|και|و|และ)|та|en|och|oraz|og|&)\s", re.IGNORECASE)


# Wire services named after a byline's names, as the source of the story, not a co-author.
_AGENCY_RE = lazy(
    r"(?:the\s+)?associated\s+press|ap|afp|reuters|dpa|apa|sda|keystone-sda|kna|epd|ansa|agi|adnkronos|efe|"
    r"europa\s+press|lusa|ag[eê]ncia\s+brasil|anp|belga|pap|čtk|ctk|tasr|tt|ntb|ritzau|stt|mti|agerpres|hina|"
    r"sta|bta|anadolu|kyodo|xinhua|yonhap|pti|ians|aap|upi|тасс|риа\s+новости|интерфакс|укрінформ|уніан|"
    r"cnn|bbc(?:\s+news)?|npr|bloomberg(?:\s+news)?",  # the broadcasters and the news service that credit so too
    re.IGNORECASE,
)


def _without_trailing_words(part: str) -> str:
    """"FlowGuard EMEA on" -> "FlowGuard EMEA": short lower-case words left at the end; a name
    particle too after two words, which opens what the date cut ("Ann Roy le 03/03/2024")."""
    words = part.split()
    while len(words) > 1 and len(words[-1]) <= 3 and words[-1].islower() \
            and (words[-1] not in _NAME_PARTICLES or len(words) > 2):
        words.pop()
    return " ".join(words)


# Between people written surname first ("Roe, Jane; Doe, John", "Roe, Jane and Doe, John").
_PERSON_SPLIT_RE = lazy(r"\s*;\s*|\s+(?:and|und|et|y|&)\s+")
_INITIAL_RE = lazy(r"(?:[^\W\d_]\.){1,3}")
# A label between "By" and the names, in any script: "Текст:", "Text:", "Words:".
_LABEL_RE = lazy(r"^[^\W\d_]{2,12}\s*[:：]\s+(?=\S)")
# Suffixes that belong to the name before them.
_SUFFIX_RE = lazy(r"(?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV", re.IGNORECASE)
# A capitalised name word or an initial ("Jane", "F.", "O'Neil", "Jean-Luc").
_GIVEN_NAME_RE = lazy(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?")


# A day before the name in one meta line ("Mar 3, 2021 Ann Lee", "2021-03-03 · Ann Lee"): ISO,
# numeric, and month-name days in either order, with the time if any ("4/17/2016 9:05 AM PST",
# "March 3, 2024 at 10:20 am"), then an optional separator.
_LEADING_DAY_RE = lazy(
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[^\W\d_]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"|\d{1,2}\.?\s[^\W\d_]{3,9}\.?,?\s\d{4})"
    r"(?:,?\s(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s(?:[ECMP][SD]?T|UTC|GMT|CES?T|BST))?)?"
    r"\s*[|•·–—,\-]?\s*(?=[^\W\d_])"
)


def _without_leading_day(text: str) -> str:
    """The line without the day written before the name (a real day: "May 3, 2021", "05/10/2018"
    read either way, not words);
    a line that goes on in lower case after the day is no byline ("April 28, 2019 at 6:01 am")."""
    match = _LEADING_DAY_RE.match(text)
    if match is None or text[match.end()].islower() or not _is_day(match.group(1)):
        return text
    return text[match.end():]


def _is_day(text: str) -> bool:
    """A real day, read either way where the numbers allow both ("05/10/2018")."""
    return bool(normalize_date(text) or normalize_date(text, day_first=True))


_DIGIT_RE = lazy(r"\d")


def _byline_end(text: str) -> int:
    """Where the names stop: at a separator, a number, "Updated", or a written-out date."""
    # (a month's date holds its day's digits: a text without a digit is not searched for one)
    dated = month_match(MONTH_FIRST_WORD_RES[0], text, 1) if _DIGIT_RE.search(text) else None
    ends = [m.start() for m in (_BYLINE_END_RE.search(text), dated) if m]
    return min(ends, default=len(text))


def _is_name(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not all(word in _NAME_PARTICLES for word in words)  # "le", "de la": left before a date
        and not _BOILERPLATE_NAME_RE.match(part)
        and part.lower().rstrip(".") not in _WEEKDAYS  # "Sat", a post's day left alone
        and any(map(str.isalpha, part))
        and not any(map(str.isdigit, part))
    )


def _is_phrase(text: str) -> bool:
    """Capitalised words that end on a lower-case word, no name particle: in byline markup a phrase
    ("Insights from", "Writers on this story"), not a name (an organisation's name in JSON-LD or
    a label may end so: not read there); a name all in lower case ("jane doe") and a collective
    ("The Example editors") are no phrase."""
    words = text.split()
    last = words[-1] if words else ""
    return len(words) > 1 and last[:1].islower() and last not in _NAME_PARTICLES \
        and any(word[:1].isupper() for word in words) and not _COLLECTIVE_RE.fullmatch(text)


def _without_site(names: list[str], sites: set[str]) -> list[str]:
    """Drop a co-"author" that is the site itself ("Jane Roe, Example Business" on example.com);
    a lone name always stays (an organisation may be the only author)."""
    if len(names) < 2:
        return names
    kept = [name for name in names if not any(
        len(site) >= _MIN_SITE_KEY and _site_key(name).startswith(site) for site in sites)]
    return kept or names


def _only_site(names: list[str], site_name: str | None) -> bool:
    """Do the names only say the name the site gives itself (og:site_name, the publisher), or
    only a team or desk ("Example Staff")? Then a person the page's byline names is the author.
    Not the domain: a personal site is named after the person who writes it."""
    if names and all(_COLLECTIVE_RE.fullmatch(name) for name in names):
        return True
    site = _site_key(site_name) if site_name else ""
    return bool(names and site) and all(0 < len(key := _site_key(name)) and key in site for name in names)


def _join_names(names: list[str]) -> str | None:
    """Dedupe (case-insensitively, keeping order) and join as "A", "A and B", "A, B and C"."""
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(name.casefold(), name)
    kept = list(unique.values())
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return ", ".join(kept[:-1]) + " and " + kept[-1]


def _dom_byline(window: _Window, is_candidate: Callable[[lxml.html.HtmlElement], bool] | None = None) -> list[str]:
    """Byline markup closest to the headline, else a "By ..." line near it; the line, too, when it
    names everyone the markup names and more ("di Giulia Marchetti e Paolo Serra" over an author
    box of the first: the box is one author's of two). `is_candidate`: see _markup_byline."""
    names = _markup_byline(window, is_candidate=is_candidate)
    if len(names) != 1:
        return names or _text_byline(window)
    line = _text_byline(window)
    return line if len(line) > 1 and names[0] in line else names


def _markup_byline(window: _Window, far: bool = False,
                   is_candidate: Callable[[lxml.html.HtmlElement], bool] | None = None) -> list[str]:
    """Byline markup closest to the headline: the nearest window level, then document order.

    Candidates holding another candidate (the inner one is more precise) and
    candidates inside a foreign area (comments, related lists) are passed over; the
    first that names someone answers, so the usual page stops after a few elements.
    `far`: a window reaching far past the headline, where teaser cards name other authors:
    only byline words count there, outside any card with a linked heading. `is_candidate`: a
    _candidate_test that an earlier search of the page (a narrower window's) has filled, or None.
    """
    seen, series = 0, set()
    is_candidate = is_candidate or _candidate_test()
    for level, elements in window.levels():
        for element in elements:
            if not is_candidate(element):
                continue
            seen += 1
            if seen > _MAX_BYLINE_CANDIDATES:
                return []
            if _holds_candidate(element, is_candidate):
                if far and element.get("itemprop") is None and _is_compact(element) and (names := _box_name(element)) \
                        and _is_far_byline(element) and not _in_foreign_area(element, level, window.scopes) \
                        and not _in_byline_series(element, window, series, is_candidate):
                    return names  # far away, an author box's name line before its bio
                continue
            if _in_foreign_area(element, level, window.scopes) or _signs_quotation(element, window.scopes) \
                    or (far and (not _is_far_byline(element) or _in_other_voice(element, window.scopes))):
                continue
            if element.tag == "meta":  # the author's name in microdata: a user name counts there
                text = element.get("content", "")
                names = clean_names(text) or [handle for handle in [text.strip()] if _is_handle(handle)]
            else:
                text = _spaced_text(element)
                names = clean_names(text) or _user_name(element, text)
            if any(map(_is_phrase, names)):
                names = []  # a heading in the byline box ("Insights from"), the name in a part after it
            if far:  # far from the headline only a name or a handle: no phrase from a price table's "byline"
                names = [name for name in names if _trim_name(name) == name or _is_handle(name)]
            if not names and element.tag != "meta":
                names = _box_name(element)
            if len(names) == 1 and element.tag == "a" and " " not in names[0]:
                names = _name_the_address_spells(element, names[0])
            if names and not _in_byline_series(element, window, series, is_candidate):
                return _wider_byline(element, names + _sibling_names(element), is_candidate)
    return []


_MIN_SLUG_WORDS, _MAX_SLUG_WORDS = 2, 4  # a given name and a family name, a middle name or two
_SLUG_BOX_LEVELS = 2  # the author box around an archive link: its parent, or the box around that


def _name_the_address_spells(link: lxml.html.HtmlElement, name: str) -> list[str]:
    """A given name alone from a link to the author's page ("Articles by Ann" to /authors/ann-lee):
    the fuller name the address spells, as the box around the link writes it ("Ann Lee"), when
    it opens with that name; the name alone otherwise."""
    href = link.get("href", "")
    if not _AUTHOR_PAGE_RE.search(href):
        return [name]
    words = urlsplit(href).path.rstrip("/").rpartition("/")[2].split("-")
    if not _MIN_SLUG_WORDS <= len(words) <= _MAX_SLUG_WORDS or words[0] != name.casefold():
        return [name]
    spelled = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    for _, box in zip(range(_SLUG_BOX_LEVELS), link.iterancestors()):
        if not _is_compact(box):
            break
        found = spelled.search(_spaced_text(box))
        if found is not None and _trim_name(found.group(0)) == found.group(0):
            return [found.group(0)]
    return [name]


def _candidate_test() -> Callable[[lxml.html.HtmlElement], bool]:
    """_is_candidate, each element's answer kept for the searches of one page (_markup_byline): a
    wider window's search meets the narrower one's elements again, and a search asks again of an
    element's descendants when it looks for a candidate inside it (~28% of the asks on a page). The
    tree does not change while the page's byline is looked for."""
    known: dict[lxml.html.HtmlElement, bool] = {}

    def is_candidate(element: lxml.html.HtmlElement) -> bool:
        found = known.get(element)
        if found is None:
            found = known[element] = _is_candidate(element)
        return found
    return is_candidate


def _in_byline_series(element: lxml.html.HtmlElement, window: _Window, known: set,
                      alike: Callable[[lxml.html.HtmlElement], bool]) -> bool:
    """Is this byline element one card's of a series of cards (`_item_series`: sibling items of
    one tag and class, each with a byline element of its tag and class; a listing's cards, an
    index's entries)? It names that card's author, not the page's. A thread's posts each name
    their poster too, but hold their text (no card): the first names the page's. Kinds found
    so are kept in `known`: their twins further on are passed over without a new look."""
    kind = (element.tag, element.get("class", ""))
    if kind in known:
        return True
    series = _item_series(element, window, alike)
    if series is None or not _is_card(series[0]):
        return False
    known.add(kind)
    return True


_MAX_BOX_NAME_CHARS = 60  # an author box's first line is the name; a longer one is the bio


def _box_name(element: lxml.html.HtmlElement) -> list[str]:
    """An author box's first line when it is a name alone ("<h4>Ann Lee</h4><p>Ann writes on ...</p>")."""
    first = next((node for node in element.iterdescendants() if isinstance(node.tag, str) and (node.text or "").strip()), None)
    if first is None or first.tag in _NON_TEXT_TAGS:
        return []
    text = _clean_text(first.text_content()) or ""
    if len(text) > _MAX_BOX_NAME_CHARS or _is_phrase(text):
        return []  # a bio, or a heading over the name ("Insights from")
    return [name for name in (_trim_name(name) for name in clean_names(text)) if name]


_CARD_LEVELS = 4  # a teaser card: the few ancestors that hold its picture, title and credit
_CARD_TITLE_XPATH = "(.//h2|.//h3|.//h4|.//h5)[.//a]"
# The expressions below are compiled once: element.xpath(str) compiles on every call (half its cost).
_CARD_TITLES = lxml.etree.XPath(_CARD_TITLE_XPATH)


def _is_far_byline(element: lxml.html.HtmlElement) -> bool:
    """Byline words in its own markup (not an hCard "fn" or an author-page link alone), and not
    in a teaser card (an ancestor near it holds a heading with a link: another page's title)."""
    if element.tag != "meta" and not _mentions_byline(element) and not _user_name(element, element.text_content()):
        return False
    for _, ancestor in zip(range(_CARD_LEVELS), element.iterancestors()):
        if not _is_compact(ancestor):
            return True
        if _CARD_TITLES(ancestor):
            return False
    return True


# Far from the headline, names in these areas speak or write for someone else: a testimonial
# carousel's slides, quotes (class words, several languages, lower-cased; a carousel announced to
# screen readers by aria-roledescription too), and another post's <article> card, whose heading
# (or the link around it) leads to that post. The headline's own ancestors end the walk up.
_OTHER_VOICE_CLASS_RE = lazy(
    r"testimonial|t[eé]moignage|testimonio|testimonianz|kundenstimme|"
    r"carousel|slider|swiper|slick|(?<![a-z])slides?(?![a-z])|quote"
)
_OTHER_POST_TAG = "article"
_LINKED_HEADING_XPATH = "(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[.//a or parent::a]"
_LINKED_HEADINGS = lxml.etree.XPath(_LINKED_HEADING_XPATH)
_QUOTE_TAGS = frozenset({"blockquote", "q"})


def _in_other_voice(element: lxml.html.HtmlElement, scopes: list) -> bool:
    """Inside a testimonial, a quote, a carousel slide or another post's <article> card, below
    the headline's own ancestors (the window's scopes): someone else's name, not the author's."""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), element.iterancestors()):
        if ancestor in scopes:
            return False
        if ancestor.tag in _QUOTE_TAGS or _is_other_post(ancestor):
            return True
        own = " ".join(ancestor.get(a, "") for a in ("class", "id", "aria-roledescription")).lower()
        if _OTHER_VOICE_CLASS_RE.search(own):
            return True
    return False


def _signs_quotation(element: lxml.html.HtmlElement, scopes: list) -> bool:
    """Is the element the author line of a quotation set in the text (<blockquote>, a pull quote's
    box: "quote" in its class), below the headline's own ancestors? It names who is quoted, however
    near the headline; the page's author is named elsewhere."""
    for _, ancestor in zip(range(_QUOTE_BOX_DEPTH), element.iterancestors()):
        if ancestor in scopes:
            return False
        if ancestor.tag in _QUOTE_TAGS or "quote" in ancestor.get("class", "").lower():
            return True
    return False


_QUOTE_BOX_DEPTH = 3  # the author line, the quote's box, its wrapper


def _is_other_post(element: lxml.html.HtmlElement) -> bool:
    """An <article> card among others like it (a list of posts), its heading a link to its post;
    a page's one <article> is the page itself, even when the headline was not found in it."""
    if element.tag != _OTHER_POST_TAG or not _LINKED_HEADINGS(element):
        return False
    siblings = chain(element.itersiblings(_OTHER_POST_TAG), element.itersiblings(_OTHER_POST_TAG, preceding=True))
    return next(siblings, None) is not None


# Microdata types of a thread's opening post, whose author wrote the thread (a Comment's or
# an Answer's author only replied); the item's own itemprop=author names them.
_THREAD_ITEM_RE = lazy(r"schema\.org/(?:DiscussionForumPosting|SocialMediaPosting|Question)$")
_REPLY_ITEM_RE = lazy(r"schema\.org/(?:Comment|Answer)$")  # a reply before any post: no opening post marked
_MAX_THREAD_ITEMS = 12  # the opening post follows a few breadcrumb items, not further down
_MAX_AUTHOR_DEPTH = 8  # an author sits in its post's header, a few levels down
_ITEM_TYPES = lxml.etree.XPath("descendant::*/@itemtype")  # the typed items' itemtype attributes


def _thread_starter(body: lxml.html.HtmlElement | None) -> list[str]:
    """The author of the page's first thread post in microdata (<div itemscope
    itemtype=".../DiscussionForumPosting"> ... <span itemprop="author"><span itemprop="name">jane_d</span>):
    forum software marks the opening post so, before or after the headline, beyond the window."""
    if body is None:
        return []
    # one pass in C; only typed items (selecting the attributes costs a third less than the elements)
    for kind in _ITEM_TYPES(body)[:_MAX_THREAD_ITEMS]:
        item, kind = kind.getparent(), kind.strip()
        if _THREAD_ITEM_RE.search(kind):
            return _item_author(item)
        if _REPLY_ITEM_RE.search(kind):
            return []
    return []


def _item_author(item: lxml.html.HtmlElement) -> list[str]:
    """The name under the item's own itemprop=author (not a nested reply's): a handle counts."""
    for author in item.iterdescendants():
        if author.get("itemprop") != "author":
            continue
        owner = next((a for a in author.iterancestors() if a.get("itemscope") is not None or a.get("itemtype")), None)
        if owner is not item:
            continue  # a reply's author, inside its own Comment item
        named = next((e for e in author.iter() if e.get("itemprop") == "name"), author)
        text = (named.get("content") if named.tag == "meta" else _spaced_text(named)) or ""
        return clean_names(text) or [handle for handle in [text.strip()] if _is_handle(handle)]
    return []


# Attributes by which a headline's container (a post's web component, an <article>) names
# its author as data: <shreddit-post author="jane_d">, <article data-author="Ann Lee">.
_AUTHOR_ATTRIBUTES = ("author", "data-author")
_AUTHOR_ATTRIBUTE_LEVELS = 2  # the headline's parent and grandparent: the post that holds it


def _container_author(anchor: lxml.html.HtmlElement | None) -> list[str]:
    """The author a headline's container gives in an attribute, a handle included (read when the
    page shows no byline: the attribute is data, often a user name)."""
    if anchor is None:
        return []
    for _, container in zip(range(_AUTHOR_ATTRIBUTE_LEVELS), anchor.iterancestors()):
        for attribute in _AUTHOR_ATTRIBUTES:
            text = (container.get(attribute) or "").strip()
            if text:
                return clean_names(text) or [handle for handle in [text] if _is_handle(handle)]
    return []


def _user_name(element: lxml.html.HtmlElement, text: str) -> list[str]:
    """A forum's poster, marked as a user name (by its class, a data attribute that says it, or a
    link to the user's page): a handle such as "jane_d" or "j.doe" is the name there (elsewhere
    it reads as a template key and is refused)."""
    handle = text.strip()
    marked = _USER_NAME_CLASS_RE.search(element.get("class", "").lower()) or (element.tag == "a" and _is_user_link(element)) \
        or any(node.get(key) == handle for node in islice(element.iter("*"), _MAX_BYLINE_DESCENDANTS)
               for key in _USER_NAME_ATTRIBUTES)
    if not marked or not _is_handle(handle):  # a placeholder ("admin", "guest") names nobody
        return []
    return [handle]


_HANDLE_NAME_RE = lazy(r"[^\W_][\w.\-]{1,30}")
# "username", "PostUser-name", "user_name"; an author's name element holds a user name too where
# the site shows its writers by their accounts ("<div class="author-name">jdoe_82</div>")
_USER_NAME_CLASS_RE = lazy(r"(?:user|author)[-_]?name|(?<![\w-])creator(?![\w-])")
# Data attributes a blog engine marks its writer's account with: the handle shown is the account's.
_USER_NAME_ATTRIBUTES = ("data-user-name", "data-username", "data-user")


def _text_byline(window: _Window) -> list[str]:
    """A byline with no markup to tell it: a short line near the headline that starts
    "By", "Von", "Par", "Por", "Door", "Autor:"… ("<p><i>By A and B</i><br>3 March 2024</p>")."""
    looked, series = 0, set()
    for level, elements in window.levels():
        for element in elements:
            if element.tag not in _TEXT_BYLINE_TAGS or any(child.tag in _BLOCK_CHILD_TAGS for child in element):
                continue  # a line, not a box of lines: "Autor: …" and "Data publikacji: …" apart
            looked += 1
            if looked > _MAX_TEXT_BYLINE_ELEMENTS:
                return []
            text = _dateline_credit(_labelled_line(element, _window_line(window, element))).lstrip(_LEADING_MARKS)
            text = _without_leading_day(text)  # "05/10/2018 - Publicado por: …": the day, then the label
            if len(text) > _MAX_TEXT_BYLINE_CHARS or not _is_labelled(text) or _opens_sentence(text) \
                    or _in_foreign_area(element, level, window.scopes):
                continue  # a blog's "By Jane Doe" in its sidebar names the site's author, not this page's
            names = clean_names(text.split(",")[0] if _AFFILIATION_RE.search(text) else text)
            names = [n for n in (_trim_name(name) for name in names) if n]
            if names and not _in_byline_series(element, window, series, _is_byline_line):
                return names
    return []


# A byline with no label: the name, a separator, then the day, on a line of its own under the
# headline ("Ann Lee | Friday 3 April 2026", "Ann Lee · 3.4.2026"). The day after the name says the
# line is the post's credit (a section's "Sport | News" is no date); the name is two to four
# capitalised words. Read only when no other byline is found.
_NAME_THEN_DAY_RE = lazy(r"([^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){1,3})\s*[|·•–—]\s*(\S.{4,40})")
_MAX_NAME_THEN_DAY_CHARS = 80


def _dated_name_line(window: _Window, sites: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The name of a line "Ann Lee | 3 April 2026" near the headline (_NAME_THEN_DAY_RE), or of
    a name's element with the day in the element after it (_day_beside): not the site's own name
    (`sites`: its comparable forms), which a masthead's line gives beside the day."""
    looked = 0
    for level, elements in window.levels():
        for element in elements:
            if element.tag not in _TEXT_BYLINE_TAGS or any(child.tag in _BLOCK_CHILD_TAGS for child in element):
                continue
            looked += 1
            if looked > _MAX_TEXT_BYLINE_ELEMENTS:
                return []
            text = _window_line(window, element)
            match = _NAME_THEN_DAY_RE.fullmatch(text) if len(text) <= _MAX_NAME_THEN_DAY_CHARS else None
            if match is not None:
                name, day = match.group(1), match.group(2)
            elif len(element) == 0 and (day := _day_beside(element)) and _may_name_writer(element):
                name = text
            else:
                continue
            if _is_bare_name(name) and normalize_date(day) and not _names_site(name, sites) \
                    and not _in_foreign_area(element, level, window.scopes):
                return [name]
    return []


def _names_site(name: str, sites: frozenset[str] | set[str]) -> bool:
    """Does the name spell the site's name ("Harbour Gazette" on the Harbour Gazette's page)?"""
    key = _site_key(name)
    return any(len(site) >= _MIN_SITE_KEY and key.startswith(site) for site in sites)


def _is_bare_name(text: str) -> bool:
    """Two to four capitalised words (a name particle between them) and nothing else: "Ann Lee"."""
    words = text.split()
    return _MIN_BARE_NAME_WORDS <= len(words) <= _MAX_BARE_NAME_WORDS and _is_name(text) \
        and all(_opens_as_name(word) or word in _NAME_PARTICLES for word in words) and _trim_name(text) == text \
        and clean_names(text) == [text]


_MIN_BARE_NAME_WORDS, _MAX_BARE_NAME_WORDS = 2, 4  # a given name and a family name; one word is a brand or a place
# A name's element and the day's, side by side in one short line under the headline:
# "<div><span>Ann Lee</span><span>Published 3 April 2026</span></div>", "<span>Ann Lee</span>,
# <span>3 April 2026</span>": no separator but a comma or a bar's mark between them.
_BESIDE_SEPARATOR = " ,|·•–—-"
_MAX_BESIDE_DAY_CHARS = 50  # a label, a weekday, the day and the time


def _may_name_writer(element: lxml.html.HtmlElement) -> bool:
    """May the element beside the day name the writer? Not when its class says a place, a
    section or a tag ("<span class="location">Port Ellen</span>"), nor when it links anywhere
    but an author's page (a section's link, "<a href="/local/">Local Matters</a>")."""
    own = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if _PLACE_OR_SECTION_CLASS_RE.search(own):
        return False
    link = element if element.tag == "a" else element.getparent()
    return link is None or link.tag != "a" or bool(_AUTHOR_PAGE_RE.search(link.get("href", "")))


# Class words of an element beside a day that holds no writer: a dateline's place, a section,
# a category or a tag, a poster's badge or flair ("New contributor" by a group post's day) (lower-cased).
_PLACE_OR_SECTION_CLASS_RE = lazy(r"locat|place|city|region|dateline|section|categor|kicker|topic|tag|label|source|"
                                   r"badge|flair")


def _day_beside(element: lxml.html.HtmlElement) -> str | None:
    """The text of the element after this one when it reads as the day ("Ann Lee" beside
    "3 April 2026"), in a line of a few elements; else None."""
    following, parent = element.getnext(), element.getparent()
    if following is None or not isinstance(following.tag, str) or parent is None or not _is_compact(parent) \
            or (element.tail or "").strip(_BESIDE_SEPARATOR + "\n\t"):
        return None
    day = _clean_text(following.text_content()) or ""
    return day if len(day) <= _MAX_BESIDE_DAY_CHARS else None


def _window_line(window: _Window, element: lxml.html.HtmlElement) -> str:
    """The element's first line, cleaned, as the window's searches read it: once (the "By" line's
    search and the dated name line's read the same lines, the tree unchanged)."""
    line = window.lines.get(element)
    if line is None:
        line = window.lines[element] = _clean_text(_first_line(element)) or ""
    return line


# A Korean wire story opens its first paragraph with the place and the agency in brackets, then
# the reporter and "=" before the text: "(서울=신해일보) 박지윤 기자 = 정부는 …", "[부산=…] 박지윤 기자 =".
_KOREAN_DATELINE_RE = lazy(r"[(\[（【][^()\[\]（）【】=]{1,20}=[^()\[\]（）【】=]{1,30}[)\]）】]\s*"
                           r"([\uac00-\ud7af]{2,4}\s*(?:선임|수석|객원)?기자)\s*=")


# A Chinese or Japanese article's info line gives the day, the source and the author, each
# labelled, the author's label after the others ("2024-03-03 10:20 来源：新海日报 作者：林晓峰"):
# the line read from that label on. Labels with their colon only, after a space.
_LATER_CJK_LABEL_RE = lazy(r"(?<=\s)(?:作者|记者|記者|撰文|著者|筆者)\s*[:：]")


def _dateline_credit(text: str) -> str:
    """The reporter's credit a Korean wire paragraph opens with ("박지윤 기자"), a line from its
    label on after a day ("By Ann Lee"), after the pictures' credit ("Foto: … · Text: Ann Lee") or
    after an info line's other labels ("作者：林晓峰"), else the line itself."""
    match = _KOREAN_DATELINE_RE.match(text) if _REPORTER_WORD in text else None
    if match:
        return match.group(1)
    day = _LEADING_DAY_RE.match(text) if text[:1].isalnum() else None
    if day and _BYLINE_PREFIX_RE.match(text[day.end():]) and normalize_date(day.group(1)):
        return text[day.end():]  # "3 March 2024 | By Ann Lee", "4/17/2016 9:05 AM PST BY ANN LEE": the day, then the byline
    credit = _credit_after_day(text)
    if credit:
        return credit  # "Posted on Saturday, 3 March 2024 by Ann Lee": a labelled day, then the byline
    pictures = _PICTURES_FIRST_RE.match(text)
    if pictures and _BYLINE_PREFIX_RE.match(text[pictures.end():]):
        return text[pictures.end():]  # "Foto: Bo Roe · Text: Ann Lee": the pictures' credit, then the writer's
    later = _LATER_CJK_LABEL_RE.search(text) \
        if len(text) <= _MAX_TEXT_BYLINE_CHARS and not _BYLINE_PREFIX_RE.match(text) else None
    return text[later.start():] if later else text


def _credit_after_day(text: str) -> str | None:
    """The byline a blog's post header gives after the day it was posted, its label and weekday
    with it ("Posted on Saturday, 3 March 2024 by Ann Lee", "Veröffentlicht am 3. April 2026 von
    Ann Lee", "โพสต์เมื่อ วันเสาร์ที่ 22 พฤศจิกายน พ.ศ. 2568 โดย …"): the part from the byline word
    on, where what goes before it is a day and nothing else."""
    if len(text) > _MAX_TEXT_BYLINE_CHARS or not any(map(str.isdigit, text[:_MAX_DAY_HEAD_CHARS])):
        return None
    for space in _SPACE_RE.finditer(text, 0, _MAX_DAY_HEAD_CHARS):
        rest = text[space.end():]
        if _BYLINE_PREFIX_RE.match(rest) and _DAY_HEAD_END_RE.search(text[: space.start()]) \
                and normalize_date(text[: space.start()]):
            return rest
    return None


_SPACE_RE = lazy(r"\s+")
_MAX_DAY_HEAD_CHARS = 70  # a label, a weekday, the day and the time
# The day's part ends with a year, a time or a time's mark ("2024", "10:20", "10h20", "am"):
# a name or a caption's words there are no post header.
_DAY_HEAD_END_RE = lazy(r"(?:\d\.?|[ap]\.?m\.?)\s*[,|·•–—-]?$", re.IGNORECASE)


# A credit line that names the photographer first, then after a separator the writer.
_PICTURES_FIRST_RE = lazy(r"(?:photos?|pictures|fotos?|foto's|bilder?|zdjęcia|фото)\s*:\s*[^·|•–—/;]{2,60}?\s*[·|•–—/;]\s*",
                          re.IGNORECASE)


def _is_byline_line(element: lxml.html.HtmlElement) -> bool:
    """A short element whose first line opens with a byline label ("By …", "Autor: …")."""
    return _is_compact(element) and _is_labelled(_clean_text(_first_line(element)) or "")


# A Korean byline line labels the name after it: "박지윤 기자", "박지윤 선임기자 jiyun@example.kr",
# after "글" (text) or "글·사진" (text and photos) too: "글 박지윤 기자".
_KOREAN_BYLINE_LINE_RE = lazy(r"(?:글(?:\s*[·・/]\s*사진)?\s+)?[\uac00-\ud7af]{2,4}\s*(?:선임|수석|객원)?기자(?:\s+\S+@\S+)?")


# A Chinese or Japanese byline line names the reporter before the word too: "林晓峰 记者", "佐藤花子記者";
# "本报记者" (our reporter) and "特约记者" (contributing reporter) alone name nobody.
_HAN_BYLINE_LINE_RE = lazy(r"(?!本|特约|特約)[\u3040-\u30ff\u4e00-\u9fff]{2,5}\s*(?:記者|记者)")
_HAN_REPORTER_WORDS = ("記者", "记者")


def _is_labelled(text: str) -> bool:
    """Does the line open with a byline label, or is it a Korean, Chinese or Japanese reporter's line?"""
    return bool(_BYLINE_PREFIX_RE.match(text)) \
        or (_REPORTER_WORD in text and bool(_KOREAN_BYLINE_LINE_RE.fullmatch(text))) \
        or (text.endswith(_HAN_REPORTER_WORDS) and bool(_HAN_BYLINE_LINE_RE.fullmatch(text)))


# Far from the headline, a line credits the author only in so many words ("Written by Ann Lee"
# after the article's text, "Article by" over an author box, "This post was written by Ann Lee,
# …" closing it), "Author:" and the name (a guide's credit at its end); a bare "By" there starts
# a sentence.
_FAR_BYLINE_RE = lazy(r"(?:(?:this|the)\s+(?:post|article|story|piece|guide)\s+(?:was|is)\s+)?"
                      r"(?:written|authored|article|posted|words|text)\s+by\s|author\s*:\s", re.IGNORECASE)
_FAR_BYLINE_TAGS = _TEXT_BYLINE_TAGS | {"h3", "h4", "h5", "h6"}
_MAX_FAR_BYLINE_CHARS = 80  # the credit alone, not a sentence that mentions a writer
# The cheap look before a line is read whole: "by" or "Author:" among its first text pieces
# ("Written by", "<em>Written by</em> Ann Lee", "Written <b>by</b> …"), as _FAR_BYLINE_RE needs it.
_CREDIT_WORD_RE = lazy(r"\bby\b|\bauthor\s*:", re.IGNORECASE)
_CREDIT_TEXTS = 3
_CREDIT_OPENING = 120  # "This article was written by" with the spaces of the markup around it


def _far_text_byline(window: _Window) -> list[str]:
    """"Written by Ann Lee" in a short line of its own anywhere in a (far-reaching) window, or
    "Author:" with the name (a guide's credit closing the page). Only lines whose first words say
    "by" or "Author:" are read whole: the window holds the article's text."""
    for level, elements in window.levels():
        for element in elements:
            if element.tag in _LABEL_HEADING_TAGS and (names := _headed_names(element)):
                if not _in_foreign_area(element, level, window.scopes, own_aside=True):
                    return names
                continue
            if element.tag not in _FAR_BYLINE_TAGS or not _opens_with_credit_word(element) \
                    or any(child.tag in _BLOCK_CHILD_TAGS for child in element):
                continue
            text = _labelled_line(element, _clean_text(element.text_content()) or "")
            credit = _FAR_BYLINE_RE.match(text)
            if credit is None or len(text) - credit.end() > _MAX_FAR_BYLINE_CHARS \
                    or _opens_sentence(text[credit.end():]) or _in_foreign_area(element, level, window.scopes):
                continue
            # the names up to the first part that is none: a role after them ends the list
            names = list(takewhile(bool, map(_trim_name, clean_names(text[credit.end():]))))
            if names:
                return names
    return []


# A heading that is a byline label and nothing more ("<h3>Author</h3>", "<h4>Written by</h4>",
# "<h3>Autor</h3>") heads the field whose value, the element after it, is the name: a post's
# facts listed as heading and value ("Published", the day; "Author", the name). The value must be
# names alone (a bio or a sentence after an "Author" heading names no one here).
_LABEL_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "dt"))
_MAX_LABEL_HEADING_CHARS = 20  # "Article written by" fits; a heading over a section does not


def _headed_names(heading: lxml.html.HtmlElement) -> list[str]:
    """The names of the element after a heading that is a byline label alone (_LABEL_HEADING_TAGS)."""
    label = heading.text_content()
    if len(label) > _MAX_LABEL_HEADING_CHARS * 4 or not _BYLINE_PREFIX_RE.fullmatch(
            label := _clean_text(label) or "") or len(label) > _MAX_LABEL_HEADING_CHARS:
        return []
    value = heading.getnext()
    if value is None or not isinstance(value.tag, str) or value.tag in _LABEL_HEADING_TAGS \
            or any(child.tag in _BLOCK_CHILD_TAGS for child in value):
        return []
    text = _clean_text(_first_line(value)) or ""
    if len(text) > _MAX_FAR_BYLINE_CHARS or _opens_sentence(f"by {text}") or not _dated_fields(heading):
        return []
    names = clean_names(text)
    # the names are the whole value, the joiners between them aside (not a bio's opening name)
    whole = sum(len(name.split()) for name in names) + len(names) - 1 >= len(text.split())
    return names if names and whole and all(_trim_name(name) == name for name in names) else []


_MAX_FIELD_DAY_CHARS = 40


def _dated_fields(heading: lxml.html.HtmlElement) -> bool:
    """Does a field beside the heading's hold a day as its value (a post's facts: "Published", the
    day; "Author", the name), each field alone or in a wrapper of its own? A box of another work's
    facts ("Author", "Publisher", "Pages" of a book under review) names that work's writer, not
    the page's."""
    parent = heading.getparent()
    if parent is None:
        return False
    values = [field for field in parent if field is not heading]
    if len(values) <= 1 and (box := parent.getparent()) is not None:  # a field's own wrapper
        values += [field for wrapper in box if wrapper is not parent for field in wrapper]
    for field in values:
        if not isinstance(field.tag, str) or field.tag in _LABEL_HEADING_TAGS:
            continue
        text = field.text_content()
        if len(text) <= _MAX_FIELD_DAY_CHARS * 2 and (day := _clean_text(text)) and len(day) <= _MAX_FIELD_DAY_CHARS \
                and _is_day(_without_trailing_weekday(day)):
            return True
    return False


def _opens_with_credit_word(element: lxml.html.HtmlElement) -> bool:
    """Does "by" come among the element's first words (its first few text pieces)?"""
    opening = element.text or ""
    if len(element) and len(opening) < _CREDIT_OPENING:  # (a longer first piece holds the whole opening)
        opening = "".join(islice(element.itertext(), _CREDIT_TEXTS))
    low = opening[:_CREDIT_OPENING].lower()  # most lines hold neither word: two scans in C tell, no re.I search
    return ("by" in low or "author" in low) and _CREDIT_WORD_RE.search(opening, 0, _CREDIT_OPENING) is not None


def _opens_sentence(text: str) -> bool:
    """Does a line that opens with "By" go on in lower case, a sentence and not a byline ("By
    clicking 'Join' you accept our Terms and Conditions": no "Conditions" from it)? A name
    particle may open a name ("By van der Berg")."""
    rest = _BYLINE_PREFIX_RE.sub("", text, count=1).split(maxsplit=1)
    return bool(rest) and rest[0][:1].islower() and rest[0] not in _NAME_PARTICLES


def _labelled_line(element: lxml.html.HtmlElement, text: str) -> str:
    """A label alone in its element reads on into the next one, the names' own line
    ("<p>Written by</p><p>Ann Lee</p>", "<div>Author:</div><div>Ann Lee</div>"); a label alone
    on its line, into the line after the break ("<p>Author:<br>Ann Lee</p>",
    "<strong>Written by</strong><br><strong>Ann Lee</strong>"), not into the next paragraph."""
    if not text or not _BYLINE_PREFIX_RE.fullmatch(text):
        return text
    following = element.getnext()
    line_break = next(element.iter("br"), following if following is not None and following.tag == "br" else None)
    if line_break is not None:
        return f"{text} {_clean_text(_line_after(line_break)) or ''}"
    if following is None or not isinstance(following.tag, str) or any(child.tag in _BLOCK_CHILD_TAGS for child in following):
        return text
    return f"{text} {_clean_text(_first_line(following)) or ''}"


def _line_after(line_break: lxml.html.HtmlElement) -> str:
    """The text after a <br> up to the next one: its tail, then its following siblings'."""
    parts = [line_break.tail or ""]
    for sibling in islice(line_break.itersiblings(), _MAX_BYLINE_DESCENDANTS):
        if sibling.tag == "br":
            break
        parts.append(_first_line_of(sibling))
        if isinstance(sibling.tag, str) and next(sibling.iterdescendants("br"), None) is not None:
            break
        parts.append(sibling.tail or "")
    return "".join(parts)


def _first_line(element: lxml.html.HtmlElement) -> str:
    """The element's text up to its first <br> ("By A and B<br>Published 3 March"); a label in
    an element of its own is a word of its own ("<span>By</span><span>Ann Lee</span>"); a
    <time> before the label is passed over ("<time>3 March</time> by Ann Lee")."""
    first = next(iter(element), None)
    if first is not None and not (element.text or "").strip() and _BYLINE_PREFIX_RE.fullmatch((first.text or "").strip()):
        return f"{first.text} {_first_line_rest(element, first)}"
    if first is not None and first.tag == "time" and not (element.text or "").strip() \
            and _BYLINE_PREFIX_RE.match((first.tail or "").strip()):
        return _first_line_rest(element, first)  # "<time>3 March</time> by Ann Lee": the date, then the byline
    return _first_line_rest(element, None)


def _first_line_rest(element: lxml.html.HtmlElement, skipped: lxml.html.HtmlElement | None) -> str:
    if skipped is None:
        return _first_line_of(element)
    parts = [skipped.tail or ""]  # the label's tail, then its siblings up to the first line break
    for sibling in skipped.itersiblings():
        parts.append(_first_line_of(sibling))
        if sibling.tag == "br" or (isinstance(sibling.tag, str) and next(sibling.iterdescendants("br"), None) is not None):
            break
    return " ".join(parts)


def _first_line_of(element: lxml.html.HtmlElement) -> str:
    if not isinstance(element.tag, str):
        return element.tail or ""
    if next(element.iterdescendants("br"), None) is None:  # (an iterator in C: find() runs ElementPath)
        return element.text_content()
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if node.tag == "br":
            break
        if event == "start":
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


def _spaced_text(element: lxml.html.HtmlElement) -> str:
    """The element's text with a space where a block or a line break starts or ends:
    "<p>Ann Lee</p><small>Dec 3, 2025</small>" is "Ann Lee Dec 3, 2025", not "Ann LeeDec 3"."""
    parts: list[str] = []
    walk = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        block = node.tag in _SPACED_TAGS
        if event == "start":
            parts.append(" " if block else "")
            if node is not element and _is_beside_name(node):
                walk.skip_subtree()  # its tail still follows, at its end event
                if "".join(parts).strip():
                    parts.append(" | ")  # a date or a role after the names ends them, as its text did
                continue
            parts.append(node.text or "" if isinstance(node.tag, str) else "")
        else:
            parts.append(" " if block else "")
            if node is not element:
                parts.append(node.tail or "")
    return "".join(parts)


def _is_beside_name(node) -> bool:
    """A part of a byline box that is not the name: an avatar's initials drawn in <svg>, a part
    whose own class says job title, role, date, bio ("<div class="position">Content Lead</div>")."""
    if not isinstance(node.tag, str):
        return False
    if node.tag == "svg":
        return True
    own = node.get("class")
    return bool(own) and bool(_NOT_A_NAME_CLASS_RE.search(own.lower()))


_SPACED_TAGS = frozenset(("div", "p", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header",
                          "footer", "address", "time", "ul", "ol", "dd", "dt", "figcaption", "small"))


def _opens_as_name(word: str) -> bool:
    """A capital, or a letter of a script without case ("山田太郎", "김민수", "ليلى"): a name's first letter."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _trim_name(name: str) -> str | None:
    """A name read from plain text, or None: capitalised words only ("Louis Jacobson on" ->
    "Louis Jacobson"); no agency in capitals ("REUTERS"), no "By clicking 'Submit'"."""
    head, comma, suffix = name.rpartition(", ")
    if comma and _SUFFIX_RE.fullmatch(suffix):  # "Walter Greene, Jr.": the name before its suffix
        trimmed = _trim_name(head)
        return f"{trimmed}, {suffix}" if trimmed == head else None
    if _is_numbered_name(name) or _FAMILY_FIRM_RE.fullmatch(name):
        return name
    words = name.split()
    while words and words[-1][:1].islower() and words[-1] not in _NAME_PARTICLES:
        words.pop()
    if not words or any(not (_opens_as_name(w) or w in _NAME_PARTICLES) or not _NAME_WORD_RE.fullmatch(w)
                        for w in words):
        return None
    if len(words) == 1 and words[0].isupper():
        return None
    return " ".join(words)


def _holds_candidate(element: lxml.html.HtmlElement, is_candidate: Callable[[lxml.html.HtmlElement], bool]) -> bool:
    """True when a descendant is a candidate (`is_candidate`: _is_candidate, its answers kept), or
    the element is too large to be a byline line (so no text_content() of a whole section is ever taken)."""
    descendants = list(islice(element.iterdescendants(), _MAX_BYLINE_DESCENDANTS + 1))
    return len(descendants) > _MAX_BYLINE_DESCENDANTS or any(map(is_candidate, descendants))


def _is_candidate(element: lxml.html.HtmlElement) -> bool:
    """Byline vocabulary in class, rel or itemprop, and not an avatar, bio or date."""
    tag = element.tag
    if tag == "meta":
        return _is_author_name_meta(element)
    if not isinstance(tag, str) or tag in _NON_TEXT_TAGS:
        return False
    itemprop = element.get("itemprop")
    if itemprop in _BYLINE_ITEMPROPS:
        return itemprop != "name" or _within_author(element)
    cls, testid = element.get("class", ""), element.get("data-testid")  # React apps: data-testid
    cls = f"{cls} {testid}".strip() if testid else cls.strip()  # (most elements have none: no string built)
    if cls and _byline_class(cls := cls.lower()):
        own = f"{cls} {element.get('id', '').lower()}"
        if "fn" in own and not _FN_CLASS_RE.search(own) and not _mentions_byline(element):
            return False
        if "no" in cls and not _BYLINE_CLASS_RE.search(_NO_BYLINE_CLASS_RE.sub(" ", cls)):
            return False  # "no-byline": the box a theme shows where a page has no author
        return not _NOT_A_NAME_CLASS_RE.search(_BOTH_LINE_CLASS_RE.sub(" ", own))
    if tag == "a" and (_AUTHOR_PAGE_RE.search(element.get("href", "")) or _is_user_link(element) or _is_dated_avatar(element)):
        return True  # a link to the author's page: <a href="/authors/jane-doe">Jane Doe</a>, a poster's
    return element.get("rel") == "author"


@lru_cache(maxsize=65536)
def _byline_class(cls: str) -> bool:
    """Does a lower-cased class string hold byline vocabulary (_BYLINE_CLASS_RE)? Cached, as the
    strip's class tests are (rules.class_rule): pages repeat their class strings, and the pattern's
    search costs ~600 instructions a character (~0.8% of a page's work, asked of every element the
    byline windows meet)."""
    return _BYLINE_CLASS_RE.search(cls) is not None


# A class word that says the box has no byline ("no-byline", "no_author", "noauthor"): lower-cased.
_NO_BYLINE_CLASS_RE = lazy(r"(?<![a-z])no[-_]?(?:author|byline)\S*")


# The path of a user's page on a forum or a community site ("/u/jane_d", "/user/jane_d", "/members/jane_d").
_USER_PAGE_RE = lazy(r"/(?:u|users?|members?)/([^/?#]+)/?(?:[?#]|$)", re.IGNORECASE)


def _is_dated_avatar(element: lxml.html.HtmlElement) -> bool:
    """A link that shows a person's picture and name (the picture's alt text the name, the link's
    title too when it has one) in a line that gives the day: a post's meta line, "<span>3 May
    2021</span> · <a title="Ann Lee"><img alt="Ann Lee"> Ann Lee</a>", whatever its address."""
    image = next(element.iter("img"), None)  # first: most links show no picture, and their text is not read
    if image is None:
        return False
    text = " ".join(element.text_content().split())
    if not _MIN_AVATAR_NAME_WORDS <= len(text.split()) <= _MAX_NAME_WORDS or element.get("title", text) != text \
            or " ".join(image.get("alt", "").split()) != text:
        return False
    line = element.getparent()
    return line is not None and _is_compact(line) and any(
        normalize_date(part) for part in map(str.strip, line.itertext()) if part and part != text)


_MIN_AVATAR_NAME_WORDS = 2  # one word by a picture is a brand's logo


def _is_user_link(element: lxml.html.HtmlElement) -> bool:
    """A link to a user's page that says the user name its path gives (<a href="/u/jane_d">jane_d</a>):
    the poster, not a "Sign up" or "Log in" link under the same path."""
    user = _USER_PAGE_RE.search(element.get("href", ""))
    return user is not None and user.group(1).casefold() == element.text_content().strip().casefold()


# The path of an author's page on the site (several languages; "/profiles/" as republishing sites link a writer).
_AUTHOR_PAGE_RE = lazy(r"/(?:authors?|autor(?:en|es)?|auteurs?|autori|auteur|contributors?|writers?|profiles)/[^/?#]+/?(?:[?#]|$)",
                       re.IGNORECASE)


def _is_author_name_meta(element: lxml.html.HtmlElement) -> bool:
    """Microdata that names the author without showing it: <div itemprop="author" itemscope>
    <meta itemprop="name" content="jane_d"></div> (forum software marks up each post so)."""
    return element.get("itemprop") == "name" and bool(element.get("content")) and _within_author(element)


def _within_author(element: lxml.html.HtmlElement) -> bool:
    """itemprop=name counts only inside an itemprop=author (else it names anything)."""
    return any(a.get("itemprop") == "author" for _, a in zip(range(3), element.iterancestors()))


def _wider_byline(element: lxml.html.HtmlElement, names: list[str],
                  is_candidate: Callable[[lxml.html.HtmlElement], bool]) -> list[str]:
    """The enclosing byline element's names when it adds co-authors ("A (avec B et C)")."""
    for _, ancestor in zip(range(_WIDER_BYLINE_LEVELS), element.iterancestors()):
        if is_candidate(ancestor) and _is_compact(ancestor):
            wider = clean_names(_spaced_text(ancestor))
            if len(wider) > len(names) and wider[0] == names[0]:
                return wider
    return names


def _mentions_byline(element: lxml.html.HtmlElement) -> bool:
    own = " ".join(element.get(a, "") for a in ("class", "id", "rel", "itemprop")).lower()
    return any(map(own.__contains__, _BYLINE_WORDS))


def _in_foreign_area(candidate: lxml.html.HtmlElement, level: int, scopes: list, *, own_aside: bool = False) -> bool:
    """True inside a comment/related/footer area below the window level's root. `own_aside`: an
    <aside> of the headline's own <article> is the post's (its facts box), not a foreign area."""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), candidate.iterancestors()):
        if ancestor is scopes[level]:
            return False
        if ancestor.tag not in _PAGE_TAGS:
            own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
            if _FOREIGN_CLASS_RE.search(own) or _is_foreign_tag(ancestor, scopes, own_aside=own_aside):
                return True
    return False


def _is_foreign_tag(element: lxml.html.HtmlElement, scopes: list, *, own_aside: bool = False) -> bool:
    """footer/aside/nav, except the footer of the headline's own <article> (its aside too, where
    `own_aside`)."""
    if own_aside and element.tag == "aside":
        post = next(element.iterancestors(_OWN_FOOTER_PARENT), None)
        return post is None or post not in scopes
    if element.tag != "footer":
        return element.tag in _FOREIGN_TAGS
    if _mentions_byline(element):
        return False  # <footer class="article-author">: the article's author box, not the page's footer
    parent = element.getparent()
    if parent is not None and parent in scopes[:_OWN_FOOTER_LEVELS + 1] and parent.tag not in _PAGE_TAGS:
        return False  # the footer of the box that holds the headline: the post's own
    # the footer of the headline's <article>, however deep in it ("<article><div class="post">
    # <footer>"): the post's own; another article's footer names another author
    post = next(element.iterancestors(_OWN_FOOTER_PARENT), None)
    return post is None or post not in scopes


def _is_joiner(node) -> bool:
    """An element that holds nothing but a joiner between two names ("<span>, </span>")."""
    return isinstance(node.tag, str) and len(node) == 0 and bool(_NAME_JOINER_RE.match(node.text or ""))


def _sibling_names(element: lxml.html.HtmlElement) -> list[str]:
    """Further names joined to this one in the text ("By <a>A</a> and <a>B</a>"), or by a joiner
    in an element of its own ("<a>A</a><span>, </span><a>B</a>")."""
    names: list[str] = []
    previous = element
    for sibling in element.itersiblings():
        between = previous.tail or ""
        if previous is not element and _is_joiner(previous):
            between = f"{previous.text}{between}"
        elif not between.strip() and _is_joiner(sibling):
            previous = sibling  # the joiner's element: the name follows it
            continue
        if not _NAME_JOINER_RE.match(between):
            break
        if sibling.tag == element.tag and sibling.get("class") == element.get("class"):
            names.extend(clean_names(sibling.text_content()))
        previous = sibling
    return names




def repeats_byline(line: str, byline: str | None) -> bool:
    """Is this short line of the body the byline again ("By Jane Doe, Associated Press · 9:04 a.m.",
    "JANE DOE")? Every name it gives is one of the byline's, and it has no sentence around them."""
    if not byline or len(line) > _MAX_TEXT_BYLINE_CHARS:
        return False
    names = clean_names(line)
    known = {name.casefold() for name in _BYLINE_JOIN_RE.split(byline)}
    if not names or not all(name.casefold() in known for name in names):
        return False
    rest = line.casefold()
    for name in names:
        rest = rest.replace(name.casefold(), " ")
    rest = _BYLINE_PREFIX_RE.sub("", rest.strip(" ,·|-–—"))
    return len(_LOWER_WORDS_RE.findall(rest)) <= _MAX_CREDIT_WORDS and cjk_count(rest) <= _MAX_CREDIT_CJK


_BYLINE_JOIN_RE = lazy(r", | and ")  # how _join_names joined them
_LOWER_WORDS_RE = lazy(r"[^\W\d_]{4,}")  # words long enough to make a sentence ("said", "with", "about")
_MAX_CREDIT_WORDS = 4  # "By A on Monday, November 18th": a weekday, a month, an outlet, a role
# ...and CJK characters (words of one to three syllables, no spaces): a place, an outlet, a role and
# a day ("(서울=신해일보) 박지윤 기자", "【東京】佐藤花子記者 3月3日"), not the sentence a Korean wire
# story's first paragraph goes on with after its dateline ("… 기자 = 정부는 …").
_MAX_CREDIT_CJK = 16
