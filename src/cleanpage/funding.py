"""The funding statement: who funded, supported or sponsored the work the page reports.

A statement is found by its heading or by its shape, never by a word occurring
somewhere:

1. a section under a funding heading (Funding, Grant Support, Förderung, 基金 …):
   a heading tag, or a block that is only the heading (a bold paragraph, a styled
   <div>, a <details> summary), or a heading in a wrapper of its own; or a paragraph
   that starts with such a label ("Funding: …"); an Acknowledgements section counts
   when it acknowledges support, and only its paragraphs that do (not general thanks:
   people thanked by their role "for their support")
2. a self-contained statement: a research noun as the subject of "was funded /
   supported / sponsored by" ("This research was supported by …", "Das Projekt wird
   vom … gefördert"), "We gratefully acknowledge support from …", a grant number, or
   a short sponsor notice ("… is supported by" and the sponsor's logo); in a box about the
   work (a card of a heading and a paragraph: "About this project"), a sentence saying "it"
   is funded by a named body

`find_statements` reads any tree: the cleaned body, and every block of the whole
page before its chrome is stripped, so that a statement in a disclosures dialog, an
aside, the article header or a box after the article is found too (`api.clean` puts
those back at the body's end; the site's own sponsor line in its header, footer or
sidebar goes in the field only, and a sponsor strip right under the article is the
article's). Competing-interest and ethics declarations are never funding; their
sections are found on the way, so that the body keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, filterfalse, islice, pairwise, takewhile

from lxml import etree

from .patterns import WORD_FIRST_LETTER_ORDER, LazyPattern, has_required, known_required_words, lazy, lower_folded, lowered, table_key
from .rules import (AD_LABELS, ACCORDING_ALSO_PREPOSITIONS, ACCORDING_WORDS, BYLINE_RE, CLASS_VOCABULARY,
                    MAX_BYLINE_CHARS, POSTPOSED_ACCORDING_WORDS, TAG_RULES, class_rule,
                    label_key, without_negated_ad)
from .tree import holding_line_breaks, lined_text, next_element, previous_element

# Headings of a funding section, in several languages (the whole heading, a number before it allowed).
FUNDING_HEADING_RE = lazy(
    r"^[\s\d.)§]*(?:(?:research\s+|project\s+)?funding(?: sources?| information| statement| and support| disclosure|"
    r" partners| acknowledge?ments?| bod(?:y|ies)| organi[sz]ations?| agenc(?:y|ies)| programmes?| schemes?)?|"
    r"sources? of funding|"
    r"(?:our\s+)?funders?|grant information|"
    # a project's partners and its funders under one heading ("Partners and funders", "Partner und Förderer")
    r"(?:(?:project\s+)?partners?|partenaires|socios|soci|partners|parceiros|partnerzy)\s+(?:and|&|und|et|y|en|e|i|"
    r"och|og)\s+(?:funders|sponsors|supporters|förderer|geldgeber|financeurs|financiadores|finanziatori|financiers|"
    r"sponsoren|mécènes|patrocinadores|sponsorzy)|"
    # a table's or a list's term for the funder ("Funder", "Förderer", "Financeur", "Ente finanziatore", "Finansiär")
    r"financeurs?|financiador(?:es|as?)?|finanziator[ei]|ent[ei] finanziator[ei]|financiers?|finansiär(?:er)?|"
    r"finansiør(?:er)?|bevillingsgiver(?:e)?|rahoittaja|fördergeber|förderinstitution|förderprogramm|"
    r"financial support|grant support|support(?:ed)? by|(?:co-?)?(?:funded|financed|sponsored) by|financial disclosures?|"
    r"funding/support|role of the (?:funding source|funders?|sponsors?|funder/sponsor)|sources? of support|"
    r"financial support and sponsorship|funding declaration|declaration of funding|funding details|"
    r"(?:our\s+|event\s+|conference\s+|festival\s+)?(?:generous\s+)?sponsors?(?:hip)?"
    r"(?:\s+(?:&|and)\s+(?:partners|affiliates|supporters|donors))?|(?:thanks?|thank you)\s+to\s+our\s+sponsors|"
    r"(?:today['’]s|this week['’]s)\s+sponsors?|"
    # German, French, Spanish, Italian, Dutch, Portuguese, Polish, Nordic, Russian
    r"förderung|finanzierung|förderhinweis|gefördert (?:durch|von|vom)|(?:finanziert|kofinanziert) (?:durch|von|vom)|"
    r"(?:co-?)?financ[ée]e?s? par|(?:co)?financiad[oa]s? por|(?:co)?finanziat[oaie] da|(?:mede )?gefinancierd door|"
    r"(?:współ)?finansowan[eoay] przez|(?:med)?finansierad av|(?:med)?finansieret af|(?:unsere\s+)?förderer|fördermittelgeber|"
    r"mit (?:freundlicher |finanzieller )?unterstützung (?:von|vom|der|des|durch)|finanzielle unterstützung|"
    r"sponsoren|financements?|sources? de financement|(?:nos\s+)?(?:partenaires financiers|financeurs|mécènes)|"
    r"avec le soutien (?:de|du|des)|financiaci[oó]n|financiamiento|fuentes? de financiaci[oó]n|patrocinadores|"
    r"con el (?:apoyo|patrocinio) (?:de|del)|entidad(?:es)? financiadoras?|finanziamento|finanziamenti|"
    r"fonti di finanziamento|finanziatori|con il (?:sostegno|contributo|patrocinio) (?:di|del|della)|"
    r"financiering|met (?:de )?steun van|(?:mede )?mogelijk gemaakt door|financiamento|fontes? de financiamento|"
    r"apoio financeiro|fomento|finansowanie|źródł[oa] finansowania|dofinansowanie|finansiering|"
    # Swahili, Tagalog, Malay, Thai, Persian, Urdu, Bengali: a research page's funding section ("Ufadhili",
    # "Pagpopondo", "Pembiayaan", "แหล่งทุน", "حمایت مالی", "مالی معاونت", "অর্থায়ন")
    r"ufadhili|wafadhili|vyanzo vya fedha|imefadhiliwa na|pagpopondo|pinagmulan ng pondo|pinondohan ng|pembiayaan|"
    r"แหล่งทุน|ทุนสนับสนุน|ทุนวิจัย|حمایت مالی|منابع مالی|تأمین مالی|مالی معاونت|فنڈنگ|অর্থায়ন|অর্থায়নের উৎস|"
    # "with support from" over a festival's or project's funders, in Nordic, Portuguese, Catalan, Polish, Czech/Slovak,
    # Romanian (as "avec le soutien de", "met steun van" above)
    r"med (?:ekonomiskt |økonomisk |finansiellt )?(?:stöd|støtte) (?:från|fra|av|af)|com o apoio d[eoa]s?|"
    r"amb el suport (?:de|del|dels)|(?:przy|dzięki) (?:finansowym )?wsparciu|s (?:finanční |finančnou )?podporou|"
    r"cu sprijinul|"
    r"финансирование|источники? финансирования|фінансування|джерела фінансування|geldgeber|unterstützt (?:von|durch)|"
    # Finnish, Czech, Slovak, Hungarian, Turkish, Indonesian, Vietnamese, Greek, Arabic, Hebrew
    r"rahoitus|rahoittajat|financování|financovanie|finanszírozás|finansman|fon desteği|pendanaan|"
    r"sumber dana|tài trợ|nguồn tài trợ|"
    # Croatian, Serbian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian, Catalan
    r"financiranje|finansiranje|финансирање|финансиране|finansavimas|rėmėjai|finansējums|atbalstītāji|rahastus|"
    r"rahastajad?|toetajad?|finançament|patrocinadors|वित्त\s*पोषण|वित्तीय सहायता|χρηματοδότηση|التمويل|تمويل|مصادر التمويل|الدعم المالي|מימון|"
    # Japanese, Chinese, Korean
    r"研究資金|資金提供|資金源|資金|研究費|助成(?:金)?|研究助成|協賛|スポンサー|基金|基金项目|基金項目|基金资助|资助|资助项目|"
    r"项目资助|資助|赞助(?:商|单位)?|贊助(?:商|單位)?|연구비(?:\s*지원)?|펀딩|후원(?:사|기관)?)"
    # "Funding and competing interests", "Sponsors & disclosures": a funding heading joined to end matter
    r"(?:\s*(?:,|&|\band\b|/|und|et|y|e)\s*(?:the\s+)?(?:competing interests?|conflicts? of interests?|"
    r"disclosures?|acknowledge?ments?|support|grants?|declarations?|role of the funders?|author contributions?|"
    r"interessenkonflikte?|danksagung|remerciements|agradecimientos|partners?|partenaires|socios|partners|"
    r"parceiros|partnerzy))*\W*$",
    re.I,
)
# Acknowledgement headings: their section counts when it acknowledges support.
ACKNOWLEDGEMENT_HEADING_RE = lazy(
    r"^[\s\d.)§]*(?:acknowledge?ments?(?: and funding)?|funding and acknowledge?ments?|danksagung|remerciements|"
    r"agradecimientos|agradecimentos|ringraziamenti|podziękowania|dankwoord|tack|tak|takk|kiitokset|poděkování|"
    r"köszönetnyilvánítás|teşekkür|ucapan terima kasih|благодарности|подяки|شكر وتقدير|الشكر والتقدير|شكر|"
    r"致谢|致謝|謝辞|감사의\s*글|사사|lời cảm ơn|"
    # Slovak, Croatian/Serbian/Slovenian, Lithuanian, Latvian, Estonian, Romanian, Catalan, Greek, Hebrew, Hindi
    r"poďakovanie|zahvala|zahvale|zahvalnica|захвала|захвалница|захвалност|padėka|padėkos|pateicība|pateicības|"
    r"tänuavaldus(?:ed)?|tänusõnad|mulțumiri|mulţumiri|agraïments|ευχαριστίε[σς]|תודות|आभार|कृतज्ञता|"
    # Tagalog, Malay, Thai, Persian, Urdu, Bengali (not Swahili "Shukrani": a text opening "sh", "Share this", is told
    # no heading without the patterns, HEADING_STARTS)
    r"pasasalamat|pagkilala|penghargaan|กิตติกรรมประกาศ|سپاسگزاری|قدردانی|اظہار تشکر|কৃতজ্ঞতা(?: স্বীকার)?|"
    # support headings that may head a sponsor list as well as other support (it must name support)
    r"(?:our\s+)?supporters|unterstützer|(?:nos\s+)?soutiens|apoio|apoios|지원(?:\s*기관)?)\W*$",
    re.I,
)
# A label that opens a paragraph holding the statement ("Funding: …", "Grant Support: …").
FUNDING_LABEL_RE = lazy(
    r"^\W*(?:funding(?: sources?| information| statement)?|funding/support|sources? of funding|financial support|"
    r"grant support|role of the (?:funding source|funders?|sponsors?|funder/sponsor)|"
    r"financial disclosures?|acknowledge?ments?|funders|förderung|förderhinweis|financement|financiaci[oó]n|"
    r"finanziamento|financiamento|finansowanie|финансирование|фінансування|financiranje|finansiranje|финансирање|"
    r"финансиране|finansavimas|finansējums|rahastus|finançament|التمويل|基金(?:项目)?|资助|助成|協賛|"
    r"赞助(?:单位|商)?|贊助(?:單位|商)?|スポンサー|후원(?:사|기관)?|협찬)\s*[:：]\s*\S",
    re.I,
)
# Of those labels, the thanks: the paragraph counts when it acknowledges support.
ACKNOWLEDGEMENT_LABEL_RE = lazy(r"^\W*acknowledge?ments?\s*[:：]", re.I)
# Support words an acknowledgements section must hold to be a funding statement.
SUPPORT_WORDS_RE = lazy(
    r"support|fund|grant|financ|sponsor|subsid|fellowship|award|scholarship|\bbecas?\b|\bbolsas?\b|\bbourses?\b|"
    r"borsa di studio|stipendi|stypendi|стипенди|förder|finanz|soutien|subvenc|apoyo|apoio|sostegno|"
    r"steun|finans|rahoit|financov|finanszír|поддерж|финанс|підтрим|фінанс|грант|دعم|مول|موّل|منح|"
    r"基金|资助|資助|助成|支援|補助|补助|资金|資金|지원|후원|재단|과제번호|財団|"
    r"연구비|تمويل|מימון|pendanaan|\bdana\b|tài trợ|kinh phí|펀딩|"
    # ...and the support words of the languages whose acknowledgements were read weakly ("za finančnú podporu",
    # "för ekonomiskt stöd", "az anyagi támogatást", "mali desteği", "taloudellisesta tuesta")
    r"stöd|støtte|podpor|potpor|podršk|подршк|finanč|param[aą]|atbalst|toetus|sprijin|finanț|finanţ|suport|"
    r"χρηματοδ|υποστήριξ|στήριξ|מענק|תמיכ|वित्त|अनुदान|सहायता|destek|desteğ|támogat|\btu(?:ki|en|esta|ella)\b|dukungan|"
    r"dotac|dotác|"
    # Swahili, Tagalog, Malay, Thai, Persian, Urdu, Bengali
    r"fadhili|ruzuku|msaada wa kifedha|pondo|pinansyal|pembiayaan|geran|ทุน|مالی|گرنت|অর্থায়ন|অনুদান|"
    # the work's costs paid for by someone: "The equipment was paid for by the X Foundation"
    r"paid for by|bezahlt (?:von|vom|durch)|payée?s? par|pagad[oa]s? (?:por|pel[oa])|pagat[oaie] da|betaald door",
    re.I,
)
# General thanks: a sentence that thanks people by their role (volunteers, colleagues, reviewers, family) "for their
# support" thanks them for help, and its support word is no sign of funding unless it names a funder (FUNDER_WORDS_RE:
# a foundation, a grant, a number). Thanks to a team or a company for support stay support.
THANKS_WORDS_RE = lazy(
    r"thank|grateful|gratitude|\bdank|remerci|reconnaissant|agradec|gracias|ringrazi|\bgrat[oia]\b|tacka|\btack\b|"
    r"takke|takk\b|dziękuj|podziękow|благодар|дяку|teşekkür|cảm ơn|感謝|感谢|お礼|감사|"
    r"ďakuj|poďakov|děkuj|poděkov|zahval|хвала|захвал|dėkoj|padėk|pateic|täna|tänu|mulțum|mulţum|agraï|ευχαριστ|"
    r"köszön|kiitä|kiitos|terima kasih|מודים|מודה|תודה|धन्यवाद|आभार|"
    # ...and in the languages whose acknowledgement headings are read since round 76: Bengali, Thai, Persian, Urdu,
    # Tagalog, Swahili
    r"ধন্যবাদ|কৃতজ্ঞ|ขอบคุณ|سپاس|تشکر|قدردانی|شکریہ|مشکور|\bsalamat\b|\basante\b|\bshukuru",
    re.I,
)
PEOPLE_ROLES_RE = lazy(
    r"\b(?:volunteers?|participants?|reviewers?|referees?|colleagues?|famil(?:y|ies)|friends?|parents?|spouses?|wives|"
    r"husbands?|students?|staff|interviewees|respondents|assistants?|technicians?|mentors?|supervisors?|"
    r"everyone|all those|"
    r"teilnehm\w*|kolleg\w*|famili\w*|freund\w*|gutachter\w*|mitarbeit\w*|studierend\w*|ehrenamtlich\w*|helfer\w*|"
    r"eltern|betreuer\w*|relect\w*|collègues?|bénévoles?|étudiant\w*|évaluat\w*|ami(?:e|s|es)?|voluntari\w*|"
    r"participantes?|revisor\w*|compañer\w*|colegas?|amig[oa]s?|estudiantes?|estudantes?|colleghi|colleghe|"
    r"volontari\w*|partecipanti|revisori|amici|studenti|personale|voluntári\w*|famíli\w*|vrijwilligers?|"
    r"deelnemers?|collega['’]?s|vrienden|studenten|medewerkers|begeleiders?|deltagar\w*|deltager\w*|deltaker\w*|"
    r"kolleg(?:or|er)|familj\w*|vänner|venner|granskar\w*|frivillig\w*|personal\w*|fagfelle\w*|bedømmer\w*|"
    r"uczestnik\w*|recenzent\w*|koleg\w*|rodzin\w*|przyjaci\w*|wolontariusz\w*|pracownik\w*|коллег\w*|"
    r"участник\w*|рецензент\w*|семь\w*|друз\w*|meslektaş\w*|katılımcı\w*|hakem\w*|"
    # the people of a place: residents, villagers, neighbours
    r"residents?|villagers|locals|neighbou?rs|landowners|anwohner\w*|einwohner\w*|bewohner\w*|dorfbewohner\w*|"
    r"habitants|riverains|habitantes|vecin[oa]s|residentes|abitanti|bewoners|inwoners|buurtbewoners|invånare|"
    r"beboere|innbyggere|mieszkańc\w*|жител\w*|"
    # ...in the languages whose thanks came later
    r"dobrovoľník\w*|dobrovolník\w*|kolegov\w*|kolegům|volonter\w*|prostovolj\w*|savanori\w*|kolegoms|"
    r"brīvprātīg\w*|kolēģ\w*|vabatahtlik\w*|kolleeg\w*|εθελοντ\w*|συναδέλφ\w*|önkéntes\w*|kolléga\w*|"
    r"vapaaehtois\w*|relawan|rekan\w*|gönüllü\w*|obyvatel\w*|obyvateľ\w*|stanovnik\w*|gyventoj\w*|"
    r"iedzīvotāj\w*|elanik\w*|locuitor\w*|κατοίκ\w*|lakó\w*|asukka\w*|warga|sakinler\w*|"
    # the audience: readers, listeners, subscribers ("Ďakujeme našim čitateľom za podporu")
    r"readers|listeners|subscribers|leser\w*|hörer\w*|lecteurs?|lectrices|auditeurs|abonnés|lectores|oyentes|lettori|"
    r"ascoltatori|leitores|ouvintes|lezers|luisteraars|läsare|lyssnare|lesere|læsere|lyttere|czytelnik\w*|słuchacz\w*|"
    r"читател\w*|слушател\w*|читач\w*|čtenář\w*|posluchač\w*|čitateľ\w*|poslucháč\w*|čitatelj\w*|slušatelj\w*|"
    r"olvasó\w*|hallgató\w*|okur\w*|dinleyici\w*|lukij\w*|kuulij\w*|cititor\w*|ascultător\w*|αναγνώστ\w*|ακροατ\w*|"
    r"skaitytoj\w*|lasītāj\w*|lugeja\w*|pembaca|pendengar|lectors|oients)\b|"
    r"קוראים|קוראינו|पाठक|श्रोता|"
    r"מתנדב|עמית|תושב|स्वयंसेवक|सहकर्मी|निवासी|"
    r"皆様|皆さま|皆さん|査読者|同僚|家族|参加者|协助|同事|家人|审稿人|志愿者|参与者|住民|村民|居民|주민",
    re.I,
)
# A crude end of a sentence or clause (";" too, unlike rules.SENTENCE_END_RE), to read an acknowledgement clause
# by clause: "we thank our colleagues; the work was funded by X" holds support in its second clause. A split after
# "Dr." or "no." only halves a sentence: its half with the support word is read without the thanks and counts.
CLAUSE_END_RE = lazy(r"[.;!?。！？]\s+|[。！？]")
# The work a statement is about: the subject of "was funded by".
_WORK = (
    r"(?:research|study|studies|work|fieldwork|project|trial|survey|analysis|analyses|paper|article|report|reporting|story|series|"
    r"journalism|coverage|program|programme|event|conference|workshop|symposium|publication|podcast|"
    r"investigation|experiment|collaboration|initiative|fellowship|content|expedition|exhibition|book|film|"
    r"newsletter|site|website|effort|findings|results|data|post|video|episode|guide|feature|edition|festival|"
    r"concert|season|production|campaign|lecture|seminar|webinar|meetup|hackathon|residency|documentary|show|"
    r"open day|open house|"
    r"supplement|dataset|issue|restoration|conservation|digiti[sz]ation|renovation|translation)s?"
)
# The end of the work's phrase after an active funding verb: a news page's "The X Foundation paid for the study, which
# …", "… finanzierte die Messreihe mit 85.000 Euro", "… pagou o estudo e emprestou …". The work under a definite
# article stands alone there, the one the page reports: not "the study of the new bridge", "the project's roof".
_WORK_ENDS = (r"(?=\s*[,.;:]|\s*$|\s+(?:with|and|in\s+full|mit|und|avec|et|ainsi|con|y|e|com|met|en|och|og|"
              r"entirely|vollständig|entièrement|íntegramente|integralmente|volledig)\b)")
# Where a sentence opens (not after ";": a clause going on). In the shapes of languages other than English, a work
# under a definite article ("het project", "la iniciativa", "prosjektet") is the page's own only as its sentence's
# subject; further on it is the story's ("… kent een subsidie toe aan het project, dat ook wordt gefinancierd door de
# gemeente"). "Dit project" is the page's anywhere. (English keeps "the" anywhere: its shape needs the work's
# verb and agent after it, and a page's own line may open with what the work offers: "Free school visits to the
# exhibition are sponsored by X".)
_OPENS = r"(?:^|(?<=[.!?:] )|(?<=[.!?:][\"”’)] )|(?<=[(\"“„«¿¡*])|(?<=[(\"“„«¿¡*] ))"
# The verb and its agent: a funding statement always says by whom ("was supported by", "in part by").
_FUNDED = (
    r"(?:(?:supported|(?:co-?)?(?:funded|financed)|sponsored|underwritten|paid for|made possible|commissioned)\s+"
    r"(?:in part\s+|partly\s+|partially\s+|generously\s+|financially\s+|jointly\s+|in whole,?\s+or\s+in\s+part,?\s+)?"
    r"(?:by|through|from)|"
    r"brought to you by|(?:developed|produced|created|presented|published) in partnership with|"
    r"(?:produced|funded|created|realised|realized|made|carried out|conducted|undertaken|reported|written|"
    r"developed|published|built|organi[sz]ed|held|made possible) (?:with|thanks to|through) (?:the )?"
    r"(?:financial |generous |kind |additional )?support|written in (?:collaboration|partnership) with)"
)
# A reporting clause: what follows it is the finding, not the work's funder ("The study found that …").
_REPORTING = r"\b(?:found|finds|shows?|showed|suggests?|suggested|says|said|concluded|reveals?|revealed)\b"
# Funding words' stems in the languages read, as a bracketed grant's code follows them (a participle, a noun).
_MONEY_STEMS = (
    r"fund|financ|support|sponsor|paid\s+for|underwr|förder|geförder|gesponsert|finanz|unterstütz|soutenu|apoyad|"
    r"sostenut|apoiad|"
    r"gefinancierd|ondersteund|gesubsidieerd|finans|sfinans|dofinans|współfinans|stött|støtt|stöd|rahoit|rahast|"
    r"podpor|podpoř|finanszíroz|támogat|"
    r"finanț|finanţ|sprijin|destek|финанс|поддерж|фінанс|підтрим|χρηματοδοτ|didanai|dibiayai|tài trợ"
)
# A funding body's noun that opens with a money stem ("Fundación", "Fundação", "Fundacja", "Fund"): a name, no verb.
_BODY_NAMED_BY_STEM = r"(?:fundaci|funda[cç][aã]o|fundacj|funda[țţ]i|fundo\b|funds?\b)"
# The words that name a grant before its code, in brackets: "(grant RT-2291)", "(subvención FR-22)" (not a contract:
# a team's sponsor has one too, "sponsored by X (contract NM-22)").
_GRANT_WORDS = (
    r"grants?|awards?|subventions?|subvenci[oó]n|ayudas?|becas?|bando|bolsa|subsidie|subsidy|bidrag|tilskud|tilskudd|"
    r"apuraha|avustus|stipendium|förderkennzeichen|fördernummer|az|aktenzeichen|project|projekt|projet|proyecto|"
    r"progetto|projeto|grantu|dotace|dotácia|pályázat|грант|субсидия|επιχορήγηση|מענק|अनुदान(?:\s+संख्या)?|hibah|"
    r"hibe|referencia|riferimento|financement|finanziamento|financiación|financiamento"
)
# "would not have been possible": the work's acknowledgement of what made it.
_NOT_POSSIBLE = (r"(?:would|could)\s+not\s+have\s+been\s+(?:possible|completed|carried\s+out|realised|realized|undertaken|"
                 r"made|written|produced)")
# Statement shapes, one per language family; all are searched in a block's text.
STATEMENT_RES = (
    # "This research was supported by …", "The study, published in X, was funded in part by …"
    # "X Radio's coverage of science is supported by …", "This story, part of a series, was written with support from …"
    rf"\b(?:this|the|our|my|these|their|his|her|its|[\w\-]+['’]s)\s+(?:[\w'’\-]+\s+){{0,3}}?{_WORK}\b"
    rf"(?:(?!{_REPORTING})[^.;]){{0,120}}?\b(?:was|were|is|are|has been|have been|had been)\s+(?:[\w\-]+\s+){{0,4}}?"
    rf"{_FUNDED}\b",
    # "This story is part of a collaboration with X, funded by Y", "The study, funded by the X Institute, …"
    rf"\b(?:this|the|our|these|its|[\w\-]+['’]s)\s+(?:[\w'’\-]+\s+){{0,3}}?{_WORK}\b"
    rf"(?:(?!{_REPORTING})[^.;]){{0,120}}?,\s*(?:which\s+(?:was|is)\s+|and\s+)?(?:\w+ly\s+)?"
    r"(?:(?:co-?)?(?:funded|financed)|supported|sponsored|underwritten)\s+(?:in part\s+)?by\s+"
    # a funder by its name ("supported by process discipline" is no funder); after an indefinite article only a named
    # body's grant or award ("funded by a Wellcome Trust grant", not "funded by a Kickstarter": a kind of campaign)
    r"(?:the\s+|an?\s+(?=(?:[\w'’&\-]+\s+){1,5}?(?:grant|award|fellowship|scholarship|bursary|contract)s?\b))?"
    r"(?-i:[A-Z])",
    # "This story is part of X Local, a reporting initiative funded by the Y Foundation": the page's own work by its
    # demonstrative, part of or produced by something named, which a comma and an indefinite article say is funded by
    # a named body (not "This story is about X Farm, a dairy supported by the Y Trust", nor "part of a series on X Farm,
    # a dairy …": the story's subject)
    (rf"\b(?:this|these|our)\s+(?:[\w'’\-]+\s+){{0,3}}?{_WORK}\s+(?:is|was|are|were)\s+(?:part\s+of|"
     r"(?:produced|published|reported)\s+(?:by|for|as\s+part\s+of|in\s+partnership\s+with))\s+(?:(?!\b(?:on|about|into|of)\b)[^.;,]){1,80}?,\s*an?\s+"
     r"(?:[\w'’\-]+\s+){0,3}?(?:(?:co-?)?(?:funded|financed)|supported|sponsored|underwritten)\s+(?:in part\s+)?by\s+"
     r"(?:the\s+)?(?-i:[A-Z])"),
    # "The X Family Foundation funded this work through its Y scheme": a funding body named by a capital as the
    # subject opening the sentence, and the page's own work ("this work", "this study") as the object (not "The
    # Harbour Trust funded the new slipway": news of a body's money; nor "Critics say the Trust funded this project")
    (rf"{_OPENS}(?:the\s+)?(?-i:[A-Z])[\w'’\-]*(?:\s+(?:(?-i:[A-Z&])[\w'’\-]*|of|for|and)){{0,6}}?\s+(?-i:Foundation|Fund|Trust|Council|Agency|Endowment)"
     rf"(?:\s*,\s*(?:which|that)\s+|\s+)"  # the funder's own clause: "The X Trust, which funds the project, has …"
     rf"(?:funded|funds|supported|supports|sponsored|sponsors|financed|finances|underwrote|underwrites|paid for|pays for)"
     rf"\s+(?:(?:this|the present)\s+{_WORK}\b|the\s+(?:study|research|survey|project|fieldwork|expedition|excavation|"
     rf"trial|measurements){_WORK_ENDS})"),
    # A grant to the team the story is about, its news told as the work going on: the team (the researchers) by its
    # definite article, not by a name, receiving a grant from a funding body named by its word to continue, extend or
    # run what the page reports ("The team has now received a grant of 2 million pounds from the X Trust to continue
    # the survey", "L'équipe vient de recevoir une subvention … de la Fondation X pour poursuivre le comptage"). Not a lab by its name (a grant as news of another's work), a town's money, a grant
    # for another thing ("to build a clubhouse"), nor the team's own words.
    (rf"{_OPENS}the\s+(?:team|researchers|scientists|research\s+group)\s+(?:(?:has|have)\s+(?:now\s+|just\s+)?)?"
     r"(?:received|been\s+(?:given|awarded)|won|secured)\s+(?:a|an)\s+(?:new\s+|further\s+)?(?:grant|award)\s+"
     r"(?:of\s+[^.;]{1,40}?\s+)?from\s+the\s+(?-i:[A-Z])[^.;]{0,60}?\s(?-i:Foundation|Trust|Fund|Endowment)\s+to\s+"
     r"(?:continue|extend|expand|run|keep|carry\s+on|complete|finish)\b(?![^.;]*,\s*(?:\w+\s+){0,3}?(?:said|says|"
     r"announced|told)\b)"),
    (rf"{_OPENS}l['’]équipe\s+(?:vient\s+de\s+recevoir|a\s+(?:reçu|obtenu|décroché))\s+(?:une|un)\s+"
     r"(?:nouvelle\s+|nouveau\s+)?(?:subvention|financement|bourse|dotation)\s+(?:de\s+[^.;]{1,40}?\s+)?"
     r"(?:de\s+la|du|de\s+l['’])\s*(?:fondation|fonds)\b[^.;]{0,60}?\s+pour\s+(?:poursuivre|prolonger|étendre|"
     r"continuer|mener|achever)\b(?![^.;]*,\s*(?:\w+\s+){0,3}?(?:a\s+déclaré|a\s+annoncé|explique|précise)\b)"),
    # "Acme, our nonprofit lab, is funded by X": the author's own organisation, named, and its named funder
    r"\b(?:my|our)\s+(?:[\w'’\-]+\s+){0,5}?(?:organi[sz]ation|nonprofit|non-profit|lab|laboratory|group|team|"
    r"newsroom|studio|collective|company|foundation|institute|center|centre)\s*,\s*(?:is|are|was|has been)\s+(?:\w+ly\s+)?"
    r"(?:(?:co-?)?(?:funded|financed)|supported|sponsored|underwritten)\s+(?:in part\s+)?by\s+(?:the\s+)?(?-i:[A-Z])",
    # "X commissioned this report": the page's own work, commissioned
    rf"\bcommissioned\s+(?:this|these)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b",
    # a funder's disclaimer: "X's support for this website is limited to …", "X's funding of this project
    # does not …"
    rf"\b[\w\-]+['’]s\s+(?:financial\s+)?(?:support|funding|sponsorship)\s+(?:for|of)\s+this\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_WORK}\s+(?:is|does)\s+(?:not\b|limited\b)",
    # a disclosure of paid partnership: "X is a paid media partner for the … series"
    r"\b(?:is|are|was|were)\s+(?:a|the|an)\s+paid\s+(?:\w+\s+)?partners?\s+(?:for|of|to|in)\b",
    # "… with support from the Example Local News Fund": support from a named funding body, any subject
    r"\bwith\s+(?:the\s+)?(?:generous\s+|financial\s+|additional\s+)?support\s+(?:from|of)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’\-]*(?:\s+(?:[A-Z&][\w'’\-]*|of|for|and)){0,7}\s+(?:Fund|Foundation|Trust|Endowment|Council|"
    r"Fellowship|Programme|Program|Agency))\b",
    # "This sponsored series is brought to you by X": a sponsored work, whatever its noun (not a commercial item
    # a brand places, "This sponsored offer is presented by X": NOT_FUNDING_RES)
    r"\bthis\s+sponsored\s+(?:[\w\-]+\s+){1,2}?(?:is|was)\s+(?:brought to you|presented|paid for|made possible)\s+by\b",
    # a sponsored post's disclosure: "This post has been compensated by X on behalf of a client", "I was compensated
    # by X for this review": the page's own post, shop or review paid for by a named firm (not a story's "the
    # victims were compensated by the state", nor an affiliate's "I may be compensated if you buy")
    r"\b(?:this|my)\s+(?:[\w\-]+\s+){0,2}?(?:post|shop|review|article|video|recipe|giveaway|campaign)\s+(?:has\s+been|"
    r"was|is)\s+compensated\s+by\s+(?-i:[A-Z#@])|"
    r"\bI\s+(?:have\s+been|was|am|am\s+being)\s+compensated\s+by\s+(?-i:[A-Z#@])[^.!?]{0,80}?\bfor\s+(?:this|my)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:post|shop|review|article|video|recipe|giveaway|campaign)\b",
    # "This post draws on research supported by X", "The book builds on a study funded by X": the funded work
    # is the object of a verb of use, not the sentence's subject; the funder is named
    rf"\b(?:draws?|drew|drawn|builds?|built|based|relies|relied|rests?|rested)\s+(?:up)?on\s+(?:\w+\s+){{0,3}}?"
    rf"{_WORK}\s+(?:\w+ly\s+)?(?:supported|(?:co-?)?(?:funded|financed)|sponsored)\s+(?:in part\s+)?by\s+"
    r"(?:the\s+|a\s+|an\s+)?(?-i:[A-Z])",
    # "Il censimento è realizzato con il contributo della Fondazione X", "réalisé avec le soutien de la Région",
    # "realizado con el apoyo del Instituto", "realizado com o apoio da Fundação": any subject, a named funder
    r"\b(?:realizzat[oaie]|réalisée?s?|realizad[oa]s?)\s+(?:anche\s+|également\s+|también\s+|também\s+)?"
    r"(?:con|avec|com)\s+(?:il|le|el|la|o|a|l['’])\s*(?:generoso\s+|généreux\s+)?(?:contributo|sostegno|supporto|"
    r"finanziamento|soutien|concours|financement|aide|apoyo|financiaci[oó]n|ayuda|apoio|financiamento|patroc[ií]nio)\s+"
    r"(?:\w+\s+)?(?:d[ie]|d[eoa]s?|del|della|dello|dell['’]|dei|degli|delle|du|de\s+la|de\s+l['’]|des)\s*"
    r"(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÀ-Ý])",
    # "Se llevó a cabo con el apoyo económico de la Diputación X": carried out with a named body's money, any
    # subject (not "con el apoyo de la Guardia Civil": help, no money)
    (r"\b(?:se\s+)?(?:llev(?:ó|o|aron)\s+a\s+cabo|llevad[oa]s?\s+a\s+cabo|desarroll(?:ó|aron|ad[oa]s?)|realiz(?:ó|aron))\s+"
    r"con\s+(?:el|la)\s+(?:(?:apoyo|ayuda|respaldo)\s+(?:económic|financier)[oa]|financiaci[oó]n|financiamiento)\s+"
    r"(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÀ-Ý])"),
    # "Laboratory analyses were paid for by the X Institute (award TW-55)", "Transcription of the registers was
    # supported by X (grant DS-7)": a work without an article (of what, after it), its funder and the grant's code in
    # brackets (the code is no story's news)
    (rf"\b(?:{_WORK}|transcriptions?|cataloguing|cataloging|scanning)(?:\s+of\s+(?:the\s+|these\s+|its\s+|their\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?\s+(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:(?:co-?)?(?:funded|financed)|supported|"
    r"sponsored|paid for|underwritten)\s+(?:in part\s+)?by\s+[^.;()]{1,80}\(\s*(?:grants?|awards?|contracts?)\s+"
    r"(?:no\.?\s*|number\s+)?[A-Z]*[\-/]?\d"),
    # "Conservation of this object was funded by the X Fund", "Development of this library is supported by X": a work
    # without an article opening its sentence, of the page's own thing by its demonstrative (not "Restoration of the
    # church was funded by X": news; nor "Restoration of this kind is usually funded by X": any such work), and its
    # funder by name
    (rf"{_OPENS}(?:{_WORK}|development)\s+of\s+(?:this|these)\s+(?!(?:kinds?|sorts?|types?)\b)(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+\s+"
     r"(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:(?:co-?)?(?:funded|financed)|supported|sponsored)\s+"
     r"(?:in part\s+)?by\s+(?:the\s+)?(?-i:[A-Z])"),
    # "The authors received no specific funding for this work", "This research did not receive any specific grant"
    r"\b(?:received|receive|declares?|declared|had|has)\s+no\s+(?:[\w\-]+\s+){0,3}?(?:funding|grants?|"
    r"financial support)\b|\bno\s+(?:[\w\-]+\s+){0,2}?(?:funding|financial support)\s+was\s+(?:received|provided)\b|"
    r"\bdid\s+not\s+receive\s+(?:any\s+)?(?:specific\s+)?(?:grants?|funding)\b",
    # "Funding for this work was provided by …", "Support for this project comes from …"
    rf"\b(?:funding|financial support|support|grants?)\s+for\s+(?:(?:this|the|our|its)\s+|"
    rf"[\w\-]+(?:\s+[\w\-]+)?['’]s\s+)(?:[\w\-]+\s+){{0,3}}?{_WORK}\b"
    r"[^.;]{0,60}?\b(?:was|were|is|came|comes|come)\s+(?:\w+\s+)?(?:provided|received|from|by)\b",
    # "We gratefully acknowledge support from …", "The authors thank the X Foundation for funding"
    # (not the thanks to family and colleagues ("for all their encouragement and support"), nor to a team for
    # its "support and feedback": help, not money)
    r"\b(?:we|the authors?|authors|i|the team)\s+(?:\w+\s+)?(?:acknowledges?|thanks?|are grateful|is grateful|"
    r"am grateful)\b[^.;]{0,80}?\b(?<!encouragement and )(?<!love and )(?<!moral )(?<!emotional )(?<!patience and )"
    r"(?<!help and )(?:support(?!\s+and\s+(?:feedback|guidance|advice|encouragement|discussions?|suggestions|"
    r"comments|patience|friendship|help|testing))|funding|financial|grants?|fellowships?|sponsorship)\b",
    r"\bgratefully acknowledges?\b[^.;]{0,60}?\b(?:support|funding|grants?)\b",
    # a grant number: "grant no. R01-CA1234", "award number 1234567", "Grant Agreement No 101000"
    (r"\b(?:grants?|awards?|contracts?|agreement)\s+(?:nos?\.?|numbers?|#|n°|nr\.?|blg\.?)\s*[:.]?\s*"
     r"[A-Z]*[\-\s]?\d[\w\-/]*"),
    r"\b(?:hibah|grantul(?:ui)?|grantu|grantem|מענק)\s+(?:nos?\.?|nomor|nr\.?|č\.|מס['׳]?)\s*[:.]?\s*[A-Z]*[\-\s]?\d",
    r"अनुदान\s+(?:संख्या|सं\.)\s*[:.]?\s*[A-Z]*[\-\s]?\d",
    # a funding word, its funder and the grant's code in brackets after it, whatever the work and in any language
    # ("Water sampling was funded by the X Trust (grant RT-2291)", "Les relevés ont été financés par la Fondation X
    # (subvention FR-22)", "… finanszírozta (FA-22 számú pályázat)"): a grant's code is no story's news (the word
    # names the grant: not "(2019)", a year; nor "(photo 3)"); the funding word not a funding body's name ("Fundación X
    # (ayuda FA-301)", a list's item: who gave it, not that it was given)
    (rf"\b(?!{_BODY_NAMED_BY_STEM})(?:{_MONEY_STEMS})\w*[^.;!?()]{{1,100}}?\((?:\s*(?:{_GRANT_WORDS})\.?\s+(?:nos?\.?\s*|nr\.?\s*|n[°º]\.?\s*|"
     r"number\s+|č\.\s*|:\s*)?(?!(?:19|20)\d\d\s*\))[^\s()]*\d|\s*[^\s()]*\d[^\s()]*\s+számú\s+(?:pályázat|"
     r"támogatás|projekt))"),
    # the grant's code without brackets after the funder, or a grant from a named funder and its bare code in brackets
    # ("… is funded by the X Foundation under grant XF-4471", "Costs were covered by a grant from the X Trust
    # (XT-0932)"): a code of capitals and digits is no story's news (not "(2019)", "(£20,000)", "(A1)")
    # (the funder after a passive "by": "the X Foundation funded the rival club under grant HF-22" is news of another)
    # (or after a comma: "The retrofit was funded by the X Fund, grant XF-0931", a footnote's form)
    (r"\b(?:(?:co-?)?(?:funded|financed)|supported|sponsored)\s+(?:in part\s+|partly\s+)?by\s+[^.;!?()]{1,100}?"
     r"(?:\b(?:under|through|via|with)\s+(?:the\s+|a\s+)?|,\s*)(?:grants?|awards?)\s+"
     r"(?-i:[A-Z]{2,}(?:[\-/][A-Z\d]+)*[\-/]\d{2,})|"
     r"\bgrants?\s+from\s+(?:the\s+)?(?-i:[A-Z])[^.;!?()]{1,80}?\(\s*(?-i:[A-Z]{2,}(?:[\-/][A-Z\d]+)*[\-/]\d{2,})"
     r"[\w\-/]*\s*\)"),
    # a photo's credit and, after a semicolon or its full stop, the caption's note of who funds its subject: "Photo: X;
    # the nursery is funded by the Y Trust", "Photo: X. The sky meters are funded by the Y Trust" (a funding body's
    # word names the funder: not "Photo: X; the mayor is supported by the Green Party", nor a team's sponsor)
    (r"\b(?:photos?|photograph|images?|pictures?|credits?|illustration)\s*:\s*[^;:.]{1,60}[;.]\s*(?:the|this|our)\s+"
     r"(?:[\w'’\-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?:co-?)?(?:funded|financed)|"
     r"supported)\s+(?:in part\s+)?by\s+(?:the\s+)?(?-i:[A-Z][\w'’\-]*(?:\s+(?:[A-Z&][\w'’\-]*|of|for|and)){0,6}\s+"
     r"(?:Foundation|Fund|Trust|Endowment))\b"),
    # a chart's or a map's source note naming the work its figures come from and, after a comma, the work's funder:
    # "Source: X logger survey, funded by the Y Trust", "Quelle: X-Erhebung, gefördert von der Y-Stiftung", "منبع: X،
    # با حمایت مالی صندوق Y" (the note's label and the work's name without a sentence's verb before the participle; the
    # funder named by capitals: not "Source: city records, funded by taxpayers", nor "Source: the mayor, who is
    # supported by the Green Party")
    (r"(?:^|(?<=[.;]\s))(?:sources?|data|data\s+source|quelle|fuente|fonte|bron|källa|kilde)\s*:\s*"
     r"(?:(?!\b(?:who|which|is|are|was|were|has|have)\b)[^.;:,]){3,80},\s*(?:(?:co-?)?(?:funded|financed)|supported|"
     r"sponsored|gefördert|finanziert|financée?s?|soutenue?s?|financiad[oa]s?|gefinancierd|"
     r"finansierad)\s+(?:in part\s+)?(?:by|von|vom|durch|par|por|pela|pelo|door|av)\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|"
     r"l['’]|el\s+|a\s+|o\s+|de\s+|het\s+)?(?-i:[A-ZÀ-Þ])"),
    (r"(?:^|(?<=[.;]\s))منبع\s*:\s*[^.:؛،]{3,80}،\s*(?:با\s+حمایت\s+(?:مالی\s+)?|به\s+سفارش\s+)(?:بنیاد|صندوق)\s"),
    # (not a grant's sum, "supported by a grant of 3 million euros from the lottery": money reported as news; a
    # work's own statement with a sum says whose: "This study was supported by a grant of …", the first shape)
    r"\b(?:supported|funded|financed|made possible)\s+(?:in part\s+|partly\s+|partially\s+)?(?:by|through)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:generous\s+)?(?:grants?|awards?|fellowships?|gifts?)\b"
    r"(?!\s+(?:of|worth)\s+(?:[$€£¥]|\d|(?:about|around|over|nearly|almost|some|more than)\s))",
    # an event the page announces, by its name, and its named sponsor: "The Heath Bird Day on 3 May is sponsored by
    # X" (in the present or the future: the page's own line; "The Harvest Fair was sponsored by X" is a story's)
    (rf"{_OPENS}(?:the|this\s+year['’]s)\s+(?-i:(?:[A-Z][\w'’\-]*\s+){{1,5}}(?:Day|Days|Week|Weekend|Fair|Festival|"
     r"Gala|Walk|Night|Evening|Market|Camp|Trail|Open House))\b[^.;,!?]{0,40}?\s(?:is|are|will\s+be)\s+"
     r"(?:\w+ly\s+)?(?:sponsored|supported|funded|underwritten|made possible)\s+by\s+(?:the\s+)?(?-i:[A-Z])"),
    # a survey's count opening its sentence and its funder by name: "The counting was funded by the X Fund", "The tree
    # census receives funding from the X Fund" (not "The census is funded by the federal government", "The vote count
    # was paid for by the state": public money, news); so too the data work a page reports, its archive, database,
    # measurements, mapping or recordings ("The oral history archive is supported by the X Lottery Fund")
    (rf"{_OPENS}(?:the|this|our)\s+(?:[\w'’\-]+\s+){{0,3}}?(?:count|counting|census|monitoring|inventory|sampling|"
     r"archive|database|measurement|mapping|recording)s?\b"
     rf"(?:(?!{_REPORTING})[^.;]){{0,120}}?\b(?:(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?{_FUNDED}|"
     r"(?:receives|received|has\s+received|have\s+received|gets|got)\s+(?:\w+\s+){0,2}?(?:funding|support|grants?)\s+"
     r"from)\s+(?:the\s+)?(?-i:[A-Z])"),
    # "X provided financial support for this event", "Additional support was provided by X"
    rf"\b(?:provided|provides|provide|offered|gave)\s+(?:\w+\s+)?(?:financial support|funding|sponsorship|"
    rf"grant support)\s+for\s+(?:this|these|our|the)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b",
    r"\b(?:(?:additional|major|financial|generous|further|primary|core)\s+(?:support|funding)|funding)\s+"
    r"(?:(?:was|is|has been|is being)\s+)?provided\s+by\b",
    # "Thanks to X for sponsoring this episode", "X is the presenting sponsor of this conference"
    r"\bthanks?\b[^.;!]{0,80}?\bfor\s+(?:sponsoring|underwriting|funding|financially supporting)\s+"
    r"(?:this|today's|today’s|our|the)\b",
    rf"\b(?:is|are|was|were)\s+(?:the|a|an|our)\s+(?:\w+\s+)?(?:sponsors?|funders?|underwriters?)\s+(?:of|for)\s+"
    rf"(?:this|these|our)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b",
    # "This project has received funding from …", "The authors received a grant from …": the work or its makers
    # (not "The school received a grant from the state to repair its roof": news)
    # (a hyphened word before the money too: "multi-year funding", "in-kind support")
    rf"\b(?:{_WORK}|authors?|we|i|team|lab|laboratory|group|researchers|investigators)\b[^.;]{{0,80}}?\breceived\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:funding|grants?|financial support)\s+(?:from|by)\b",
    # "Funding came from the X Fund and the Y Foundation", "Additional funding came from X": the money's source named
    # by a capital, opening its sentence (not "Funding for the bridge came from …": "Funding for this work …" above;
    # nor "Support came from the X Party", a vote's)
    (rf"{_OPENS}(?:(?:additional|further|the)\s+)?(?:funding|financial support)\s+(?:came|comes)\s+from\s+"
     r"(?:the\s+)?(?-i:[A-Z])"),
    r"\b(?:coverage|reporting|journalism|newsroom|desk|department|team|program|programme|project|series|initiative|"
    r"site|publication|podcast|newsletter)\s+(?:receives|received|gets|has received)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:support|funding)\s+from\b",
    # the formulas of funders and journals: "This material is based upon work supported by …", "Open access
    # funding provided by …", "The funders had no role in study design …", "disclosed receipt of … financial support"
    r"\bbased\s+(?:up)?on\s+work\s+supported\s+by\b",
    r"\bopen\s+access\s+funding\s+(?:enabled|provided|organi[sz]ed)\b",
    r"\bthe\s+funders?\s+(?:had|has|played)\s+no\s+role\b",
    r"\bdisclosed\s+receipt\s+of\s+(?:the\s+following\s+)?financial\s+support\b",
    r"(?:^|[.!?]\s+)support\s+for\s+(?!(?:the|this|a)\s+(?:measure|bill|proposal|plan|policy|law|ban|idea|candidate|"
    r"motion|amendment|referendum)\b)(?:[\w'’\-]+\s+){1,4}?(?:comes|come|came|is provided)\s+(?:in part\s+)?"
    r"(?:from|by)\s+"
    r"(?-i:(?:the\s+)?[A-Z])",
    r"\bpaid\s+partnership\s+with\b",
    # "The orchard is made possible thanks to funding from the X Fund": any subject, in the present (the page's
    # standing support line; not "The road was made possible by funding from …", news), and a named funder
    (r"\b(?:is|are)\s+made\s+possible\s+(?:in\s+part\s+)?(?:by|through|thanks\s+to|with)\s+(?:the\s+)?"
    r"(?:generous\s+|financial\s+)?(?:funding|grants?|a\s+grant|support)\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z])"),
    # ...or by the funding body itself, named with a foundation's, fund's or trust's word ("Moth Night is made possible
    # by the X Foundation"; not "by our volunteers", nor "by the Town Council": a town's help)
    (r"\b(?:is|are)\s+made\s+possible\s+(?:in\s+part\s+)?by\s+(?:the\s+)?(?:generous\s+)?"
     r"(?-i:[A-Z][\w'’\-]*(?:\s+(?:[A-Z&][\w'’\-]*|of|for|and)){0,6}\s+(?:Foundation|Fund|Trust|Endowment))\b"
     r"(?!['’]s)"),
    r"\bwith\s+(?:\w+\s+)?(?:funding|financial support|a grant|grants)\s+from\b",
    # "An editorially independent publication supported by the X Foundation"
    r"\b(?:publication|newsroom|site|website|podcast|newsletter|program|programme|project)\s+(?:is\s+)?"
    r"(?:proudly\s+|generously\s+)?(?:supported|funded|sponsored|underwritten)\s+by\b",
    r"\b(?:our|their|its)\s+(?:\w+\s+)?(?:funding|grant|financial support)\s+from\b",
    # sponsored and partner content: "I wrote this post in collaboration with X", "this post is sponsored by X"
    rf"\bthis\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b[^.;]{{0,40}}?\bin\s+(?:collaboration|partnership|association)\s+with\b",
    r"\b(?:this|the following)\s+(?:is\s+)?(?:a\s+)?(?:sponsored|paid)\s+(?:post|content|partnership|article)\b",
    # (not an advertising label: "Ten tools for tracing (Sponsored)" heads an ad inside the page, whose
    # advertiser paid for the ad, not the work; it names no one)
    # (not "… from our sponsor, X" in passing: a sales plug in a running paragraph; "Our sponsor: X" in a block of
    # its own is a sponsor notice, SPONSOR_NOTICE_RE)
    rf"\b(?:people|companies|organi[sz]ations|individuals|those|everyone)\s+(?:that|who)\s+(?:sponsor|fund|support)s?\s+"
    rf"(?:this|the|our)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b",
    # "X donated to the Y Foundation to support …"; "gave" and "contributed" only with a sum ("gave $2 million
    # to fund"), since "gave points … to support deeper analysis" is no gift; the gift itself is to support (not
    # "donated $2 million to the hospital and has pledged to support its new wing": a second act, news)
    r"\b(?:donated\b|(?:contributed|gave|granted)\s+(?:[$€£¥]\s?\d|\d[\d.,]*\s*(?:million|billion|dollars|euros)))"
    r"(?:(?!\band\b)[^.;]){0,80}?\bto\s+(?:support|fund)\b",
    # German: "Das Projekt wird vom Bundesministerium … gefördert", "gefördert durch die DFG", "Förderkennzeichen"
    # (a clause of its own after a semicolon opens as a sentence does: "Foto: Lena Brück; das Projekt wird von der X
    # gefördert", a credit line and the statement)
    rf"(?:\b(?:dieses|diese|dieser|unser|unsere)|(?:{_OPENS}|(?<=; ))(?:das|die|der))\s+(?:[\w\-]+\s+){{0,2}}?(?:\w*projekt|vorhaben|studie|"
    r"forschung|arbeit|veranstaltung|tagung|initiative|festival|ausstellung|konferenz|kongress|publikation|buch|"
    r"archiv|datenbank|messung|probenahme|aufzeichnung|"
    r"film|reihe|programm|podcast|beitrag|recherche|workshop|artikel|text|bericht|reportage|serie|sendung|folge|"
    r"ausgabe|dossier|analyse|umfrage|erhebung|auswertung|newsletter|monitoring|kartierung|erfassung|"
    # a count ("Die Zählung", "Die Vogelzählung"), not the people's or the votes' ("Volkszählung", "Stimmenauszählung")
    r"(?!volks|stimm|wahl|aus|nach)\w*zählung|"
    r"bestandsaufnahme)\w*\s+(?:[^.;]{0,160}?)\b"
    r"(?:wird|wurde|werden|wurden|ist|sind)\b[^.;]{0,160}?\b(?:gefördert|finanziert|kofinanziert|unterstützt|"
    r"gesponsert|(?:stipendium|zuwendung|zuschuss|förderung)\b[^.;]{0,80}?\bermöglicht|"
    # (paid by a funding body named by its word: "Die Studie wurde von der X-Stiftung bezahlt", not "von der Stadt")
    r"(?:von|vom)\s+(?:der\s+|dem\s+)?[\w\-]*(?:stiftung|fonds)(?:\s+(?-i:[A-ZÄÖÜ])[\w\-]*){0,3}\s+"
    r"(?:vollständig\s+|ganz\s+)?bezahlt)\b",
    r"\b(?:gefördert|finanziert)\s+(?:durch|von)\s+(?:de[mnr]|die|das)\s+(?:bundesministerium|deutsche[n]? "
    r"forschungsgemeinschaft|dfg|bmbf|europäische|eu\b)",
    r"\bförderkennzeichen\b|\bprojektnummer\s*:?\s*\d{5,}",
    # "Dieser Artikel entstand in Kooperation mit …" (as "produced in partnership with")
    r"\b(?:entstand|entstanden|entsteht|erscheint|erschien|erstellt|produziert|realisiert)\s+(?:\w+\s+){0,3}?in\s+"
    r"(?:kooperation|zusammenarbeit|partnerschaft)\s+mit\b",
    r"\b(?:entstand|entstanden|entsteht|realisiert|ermöglicht)\s+(?:\w+\s+){0,3}?mit\s+(?:der\s+)?"
    r"(?:freundliche[nr]?\s+|finanzielle[nr]?\s+|großzügige[nr]?\s+)?(?:unterstützung|förderung)\b",
    # French, Spanish, Italian, Polish, Portuguese, Dutch: the work as the subject (a bill, "projet de loi", is no work)
    rf"(?:\b(?:ce|cet|cette|ces|notre)|{_OPENS}(?:le|la|les|l['’]|leurs?|son|sa|ses))\s*(?:\w+\s+){{0,2}}?(?:projet(?!s? de loi)|étude|recherche|travail|"
    r"travaux|restauration|numérisation|transcription|programme|exposition|événement|évènement|manifestation|festival|colloque|journée|rencontre|séminaire|"
    r"atelier|publication|ouvrage|livre|recensement|comptage|dénombrement|suivi|inventaire|"
    r"film|initiative|enquête|reportage|spectacle|conférence|thèse|article|lettre|newsletter|émission|podcast|"
    r"archive|base de données|relevé|cartographie|échantillonnage|enregistrement)s?\b"
    r"[^.;]{0,120}?"
    r"\b(?:(?:a été|ont été|est|sont)\s+(?:\w+\s+)?(?:financée?s?|soutenue?s?|cofinancée?s?|sponsorisée?s?|"
    r"parrainée?s?)\s+(?:en\s+partie\s+|partiellement\s+)?par\b|"  # ("soutenu en partie par", as "in part by")
    r"(?:a été|ont été|est|sont)\s+(?:réalisée?s?|produite?s?|menée?s?)\s+(?:avec|grâce\s+(?:à|au))\s*"
    r"(?:le\s+|l['’]|au\s+)?(?:soutien|concours|aide|financement)\b|"
    r"(?:a|ont)\s+(?:bénéficié|reçu)\b[^.;]{0,30}?\b(?:aide|financements?|subventions?|soutien)|"
    # (in the present, a named funder: "Ce travail bénéficie du soutien de l’Agence …", not "du soutien des habitants")
    r"bénéficie(?:nt)?\s+(?:du|d['’]une?)\s+(?:\w+\s+)?(?:soutien|financement|aide|subvention)\s+(?:financière?\s+)?"
    r"(?:de|du|des|d['’])\s*(?:la\s+|le\s+|les\s+|l['’])?(?-i:[A-ZÀ-Ý])|"
    r"\bet\s+(?:co)?(?:financée?s?|soutenue?s?)\s+par\b|"
    r"(?:réalisée?s?|produite?s?|publiée?s?|écrite?s?|menée?s?)\s+en\s+partenariat\s+avec\b)",
    rf"(?:\b(?:este|esta|nuestro|nuestra)|{_OPENS}(?:el|la))\s+(?:presente\s+)?(?:proyecto(?! de ley)|estudio|investigación|trabajo|"
    r"programa|evento|festival|congreso|jornadas?|exposición|publicación|libro|informe|reportaje|iniciativa|"
    r"película|documental|artículo|bolet[ií]n|newsletter|podcast|episodio|censo|conteo|recuento|seguimiento|"
    r"monitoreo|inventario|muestreo|digitalizaci[oó]n|restauraci[oó]n|transcripci[oó]n|catalogaci[oó]n|archivo|"
    r"base de datos|cartograf[ií]a|mediciones|grabaciones)\b"
    r"[^.;]{0,120}?\b(?:(?:ha sido|fue|es|está|han sido)\s+(?:\w+\s+)?(?:financiad[oa]s?|apoyad[oa]s?|"
    r"subvencionad[oa]s?|patrocinad[oa]s?)\b|(?:ha|han)\s+recibido\s+(?:\w+\s+)?(?:financiaci[oó]n|financiamiento|"
    r"fondos|una subvenci[oó]n)\b|recibi(?:ó|o|eron)\s+(?:\w+\s+)?(?:financiaci[oó]n|financiamiento|fondos|"
    r"una subvenci[oó]n|una beca|una ayuda)\s+(?:de|del)\b|(?:fue|ha sido|es)\s+posible\s+gracias\s+a\s*"
    r"(?:l|la|el|una|un)?\s+(?:\w+\s+)?(?:apoyo|financiaci[oó]n|financiamiento|beca|subvenci[oó]n|ayuda)\b|"
    r"(?:cont[oó]|cuenta|contaron|cuentan|ha contado)\s+con\s+(?:el|la)\s+(?:\w+\s+)?"
    r"(?:apoyo|patrocinio|financiaci[oó]n|financiamiento|ayuda|subvenci[oó]n)\b|"
    # (without an article, money from a body named by a capital: "cuenta con financiación de la Fundación X", not
    # "cuenta con apoyo de los vecinos")
    r"(?:cont[oó]|cuenta|contaron|cuentan|ha contado)\s+con\s+(?:financiaci[oó]n|financiamiento|patrocinio)\s+"
    r"(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÀ-Ý])|"
    r"realizad[oa]s?\s+(?:con|gracias a)\s+(?:el|la|al)?\s*(?:apoyo|financiaci[oó]n|financiamiento|ayuda)\b)",
    rf"(?:\b(?:questo|questa|quest['’]|(?:il\s+|la\s+)?nostr[oa])|{_OPENS}(?:il|lo|la|l['’]|lo stesso))\s*(?:presente\s+)?"
    r"(?:progetto(?! di legge)|studio|"
    r"ricerca|lavoro|programma|evento|iniziativa|festival|mostra|volume|libro|pubblicazione|convegno|rassegna|"
    r"articolo|newsletter|podcast|puntata|censimento|monitoraggio|conteggio|rilevamento|archivio|banca dati|"
    r"database|campionamento|mappatura|misurazioni|registrazioni)\b[^.;]{0,120}?"
    r"\b(?:(?:è stat[oa]|è|sono stati|è finanziat[oa])\s*(?:\w+\s+)?(?:finanziat[oa]|sostenut[oa]|cofinanziat[oa]|"
    r"sponsorizzat[oa])\b|"
    r"realizzat[oaie]\s+(?:anche\s+)?(?:con\s+(?:il\s+|l['’])?|grazie\s+(?:al\s+|alla\s+|all['’]|a\s+))\s*(?:contributo|sostegno|supporto|"
    r"finanziamento)\b|"
    r"(?:ha|hanno)\s+ricevuto\s+(?:un\s+|il\s+)?(?:\w+\s+)?(?:finanziamento|contributo|sostegno)\s+(?:\w+\s+)?"
    r"(?:da|dal|dalla|dallo|dall['’]|dai|dalle|di|del|della)\b|"
    r"res[oaie]\s+possibil[ei]\s+(?:anche\s+)?grazie\s+(?:al|alla|a\s+un|ad\s+un)\s+(?:\w+\s+)?(?:fondazione|fondo|contributo|sostegno|"
    r"finanziamento|borsa)\b)",
    r"\b(?:projekt|badani[ae]|praca|badanie|monitoring|inwentaryzacja|liczenie|spis|archiwum|baza\s+danych|pomiary|"
    r"kartowanie|mapowanie)\b[^.;]{0,120}?"
    r"\b(?:jest|został[aoy]?|był[aoy]?)\s+(?:\w+\s+)?"
    r"(?:finansowan[aey]|sfinansowan[aey]|współfinansowan[aey])\b",
    # a note's or a caption's form, the work and its participle with no verb, a funder named by a capital: "Spis
    # sfinansowany przez Urząd Miasta X.", "Projekt współfinansowany ze środków Unii …" (not "Remont sfinansowany
    # przez miasto": a repair is no work, the town unnamed)
    (rf"{_OPENS}(?:projekt|badani[ae]|spis|monitoring|inwentaryzacj[ae]|liczenie|publikacj[ae]|wystaw[ay]|"
     r"konferencj[ae])\s+(?:\w+\s+){0,2}?(?:współ|do|s)?finansowan[yaeo]\s+(?:przez|ze\s+środków|z\s+budżetu|z)\s+"
     r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])"),
    r"\b(?:artykuł|tekst|materiał|reportaż|projekt|badanie|badania|praca|publikacja|cykl|podcast|wystaw|konferencj|"
    r"festiwal)\w*\b[^.;]{0,80}?"
    r"\b(?:powstał[aoy]?|(?:z)?realizowan[aoy]|został[aoy]?\s+(?:\w+\s+)?(?:przygotowan|zrealizowan|opracowan)\w*)\s+"
    # a named supporter after the support (not "przy wsparciu mieszkańców": residents' help)
    r"(?:\w+\s+){0,2}?(?:dzięki\s+(?:\w+\s+)?wsparciu|ze\s+wsparciem|przy\s+(?:\w+\s+)?wsparciu)\b"
    r"(?=\s+(?:finansow\w*\s+)?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))",
    # "Badania sfinansowała Fundacja X": the work first, as the object, and a named funder after the verb (not
    # "Remont sfinansowało miasto": a town's money as news, unnamed)
    rf"{_OPENS}(?:projekt|badani[ae]|prac[eę]|konserwacj[eę]|renowacj[eę]|digitalizacj[eę]|wystaw[eę]|"
    r"publikacj[eę]|konferencj[eę]|podcast|cykl)\s+(?:\w+\s+){0,2}?(?:(?:współ|do|s)?finansował[aoy]?|"
    r"wsparł[aoy]?\s+finansowo)\s+"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])",
    # "Publikacja powstała w ramach projektu finansowanego przez …": made within a funded project
    r"\b(?:artykuł|tekst|materiał|reportaż|projekt|badanie|badania|praca|publikacja|cykl|podcast)\w*\b[^.;]{0,80}?"
    r"\b(?:powstał[aoy]?|zrealizowan\w*|realizowan\w*|prowadzon\w*)\s+w\s+ramach\s+(?:\w+\s+){0,2}?"
    r"(?:projektu|grantu|programu)\b[^.;]{0,60}?\b(?:finansowan|sfinansowan|współfinansowan)\w*",
    rf"(?:\b(?:este|esta|(?:o\s+|a\s+)?noss[oa])|{_OPENS}(?:o|a))\s+(?:presente\s+)?(?:projeto(?! de lei)|estudo|pesquisa|"
    r"trabalho|evento|festival|livro|"
    r"publicação|artigo|reportagem|matéria|texto|série|podcast|censo|contagem|monitoramento|monitorização|exposição|"
    r"levantamento|inventário|arquivo|base de dados|banco de dados|amostragem|mapeamento|medições|gravações)\b"
    r"[^.;]{0,120}?\b(?:(?:foi|é|foram)\s+(?:\w+\s+)?"
    r"(?:financiad[oa]|apoiad[oa])\b|"
    r"(?:foi|é|foram)\s+(?:realizad|produzid|feit|elaborad)[oa]s?\s+com\s+(?:o\s+)?apoio\b|"
    r"cont(?:ou|a|aram)\s+com\s+(?:o|a)\s+(?:\w+\s+)?(?:apoio|financiamento|patrocínio)\b|"
    r"recebeu\s+(?:\w+\s+)?(?:financiamento|apoio financeiro)\b|"
    r"(?:teve|tem|tiveram)\s+(?:o|a)\s+(?:\w+\s+)?(?:apoio|financiamento|patrocínio)\s+(?:\w+\s+)?d[oa]s?\s+(?-i:[A-ZÀ-Ý])|"
    r"(?:é|foi)\s+poss[ií]vel\s+graças\s+(?:à|ao|aos|às)\s+(?:\w+\s+){0,3}?(?:fundação|fundo|agência))",
    rf"(?:\b(?:dit|deze|ons|onze)|{_OPENS}(?:het|de))\s+(?:project|onderzoek|studie|werk|festival|evenement|congres|publicatie|boek|"
    r"tentoonstelling|initiatief|programma|productie|artikel|reportage|serie|podcast|aflevering|uitzending|"
    r"voorstelling|restauratie|"
    r"veldwerk|meetcampagne|expeditie|tellingen|telling|monitoring|inventarisatie|kartering|"
    r"digitalisering|archief|database|metingen|bemonstering|opnames)\b[^.;]{0,120}?"
    r"\b(?:(?:is|werd|wordt|zijn|werden)\s+(?:(?:\w+\s+){0,4}?(?:gefinancierd|gesponsord|gesubsidieerd|"
    r"mogelijk gemaakt)|(?:\w+\s+)?ondersteund)\b|(?:kwam|komt|kwamen)\s+tot\s+stand\s+met\s+(?:de\s+)?"
    r"(?:\w+\s+)?(?:steun|ondersteuning|bijdrage|financiering)\b|(?:gemaakt|gerealiseerd|geproduceerd|uitgevoerd)\s+"
    r"met\s+(?:de\s+)?(?:financiële\s+)?(?:steun|ondersteuning|bijdrage)\s+van\b|"
    r"(?:ontving|ontvingen|ontvangt)\s+(?:\w+\s+)?(?:financiering|subsidie|financiële\s+steun|een\s+beurs)\s+van\b)",
    # Swedish, Danish, Norwegian: "Studien finansierades av …", "Projektet er finansieret af …"
    # ("Denne saken er laget med støtte fra …": "this story", a demonstrative before the work)
    # (our work, "vores projekt", "vårt projekt", the page's own as this work is)
    rf"{_OPENS}(?:(?:denne|dette|denna|detta|vårt|vår|våra|vores|våre)\s+(?:saken|saka|sagen|historien|artikel|"
    r"reportage|sak|studie|projekt|prosjekt|forskning|arbete|arbejde|arbeid|undersøgelse|undersøkelse|undersökning)\b|"
    # (the definite form may follow the demonstrative too, Norwegian's and Swedish's double definiteness: "Denne
    # reportasjen er støttet av …", "Denna studien …")
    r"(?:(?:denne|dette|denna|detta|disse|dessa)\s+)?(?:studien|studiet|projektet|prosjektet|forskningen|undersøgelsen|undersøkelsen|undersökningen|arbetet|"
    r"arbeidet|arbejdet|artikeln|artiklen|artikkelen|rapporten|reportaget|reportasjen|programmet|festivalen|"
    r"utställningen|utstillingen|udstillingen|konferencen|konferensen|konferansen|seminaret|seminariet|"
    r"arrangementet|evenemanget|boken|bogen|boka|inventeringen|inventeringarna|kartläggningen|övervakningen|"
    r"optællingen|kortlægningen|overvågningen|tellingen|kartleggingen|overvåkingen|overvåkningen|arkivet|databasen|"
    r"mätningarna|målingerne|målingene|provtagningen|prøvetagningen|prøvetakingen|inspelningarna|optagelserne|"
    # (a relative clause's verb is the work's only right after it: "Prosjektet, som støttes av X, …", not "Denne
    # saken handler om fergen som støttes av kommunen", the story's ferry)
    r"opptakene))\b(?:,?\s+som\b)?(?:(?!\bsom\b)[^.;]){0,120}?\b(?:(?:har\s+)?(?:finansier\w*|støttet|støttes|"
    r"stöttad\w*|stöttats|stöttas|stöddes|stötts|stöttades|bekostad\w*|bekostats|understøttet)\s+(?:av|af|fra|från|gennem|"
    r"gjennom|genom)\b|"
    # paid by a body named by a capital ("Undersøgelsen blev betalt af X Fond"; not "… betalt af kommunen")
    r"(?:betalt|betald|betalades)\s+(?:av|af)\s+(?-i:[A-ZÅÄÖÆØ])|"
    # made possible by a body named by a capital (not "möjliggjorts av frivilliga", the volunteers' help)
    r"(?:möjliggj\w*|muliggjort|gjort\s+mulig)\s+(?:av|af|med|genom|gjennom)\s+(?-i:[A-ZÅÄÖÆØ])|"
    r"(?:med|takket være)\s+(?:\w+\s+)?(?:stöd|støtte|bidrag|finansiering)\s+(?:från|fra|af|av)\b|"
    # "… har fått stöd från X", "… har modtaget støtte fra X": the work received support from a named body
    r"(?:fått|får|fick|fikk|erhållit|erhöll|mottagit|mottog|modtaget|modtog|mottatt|mottok)\s+(?:\w+\s+)?"
    r"(?:ekonomiskt\s+|økonomisk\s+|finansiellt\s+)?(?:stöd|støtte|bidrag|anslag|finansiering)\s+(?:från|fra|af|av)\s+"
    r"(?-i:[A-ZÅÄÖÆØ]))",
    # ...and the restoration or renovation as the work, its funder named by a capital ("Restaureringen er støttet af
    # X Fonden"; not "Restaureringen af kirken er betalt af kommunen", a town's money as news)
    (rf"{_OPENS}(?:restaureringen|renoveringen|istandsættelsen|istandsettingen)\b[^.;]{{0,80}}?\b(?:har\s+)?"
     r"(?:finansier\w*|støttet|støttes|stöttad\w*|stöttats|stöttas|stöddes|bekostad\w*|bekostats)\s+(?:av|af|fra|från)\s+"
     r"(?-i:[A-ZÅÄÖÆØ])"),
    # Finnish: "Tutkimusta rahoitti Suomen Akatemia", "Juttu on tehty Säätiön tuella"
    r"\b(?:tutkimu\w*|hank\w*|projekt\w*|selvity\w*|artikkel\w*|jutu\w*|juttu\w*|ohjelm\w*|tapahtum\w*|"
    r"julkaisu\w*|kirja\w*|työtä|työn|laskent\w*|seurant\w*|kartoitu\w*|inventoin\w*|näyttel\w*)\b[^.;]{0,80}?(?:\brahoitt\w*|\brahoitta\w*|\brahoitettu\w*|"
    r"\brahoitettiin|\btuella\b|\bapurah(?:alla|oilla)\b|\bavustuksella\b|"
    r"\b(?:saanut|saaneet|sai|saivat)\s+(?:\w+\s+)?(?:rahoitusta|apurahan|apurahoja|avustusta)\b)",
    # "Hanketta tuki Laakson kulttuurisäätiö": the work opening its sentence as the object, a named foundation
    # or fund supporting it (not "Hanketta tuki myös valtuusto": a council's vote)
    (rf"{_OPENS}(?:tutkimusta|hanketta|projektia|työtä|juttua|selvitystä|tapahtumaa|julkaisua|kirjaa|näyttelyä)\s+"
    r"(?:ovat\s+|on\s+)?(?:tuki|tukivat|tukenut|tukeneet)\s+(?:myös\s+)?(?-i:[A-ZÅÄÖ])[^.;]{0,80}?"
    r"(?:säätiö|rahasto|akatemia)"),
    # Czech: "Výzkum byl financován Grantovou agenturou", "Projekt vznikl s finanční podporou …"
    r"\b(?:výzkum|projekt|studie|práce|článek|publikace|akce|festival|výstava|konferenc|seminář|monitoring|sčítání|"
    r"soupis|inventarizac|mapování|archiv|databáz|měření|vzorkování)\w*\b[^.;]{0,120}?"
    r"\b(?:(?:byl[aoy]?|je|"
    r"jsou|bude)\s+(?:\w+\s+)?(?:(?:spolu)?financován\w*|podpořen\w*|podporován\w*\s+(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))|(?:vznikl[aoy]?|realizován\w*|"
    r"uskutečnil\w*|konal[aoy]?)\s+(?:\w+\s+)?(?:(?:s|za)\s+(?:finanční\s+)?podpor\w*|díky\s+(?:finanční\s+)?podpoře\s+"
    r"(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])))",
    # Slovak: "Projekt bol financovaný z grantu Nadácie X", "Výskum bol podporený Agentúrou X", "Výstava vznikla s
    # finančnou podporou Fondu X": the work and a funder named by a capital (not "Projekt bol financovaný z rozpočtu
    # mesta": a town's budget as news, unnamed; nor the work inside a clause or before ", uviedol starosta": reported)
    (rf"{_OPENS}(?:(?:tento|táto|toto|tieto|náš|naša|naše)\s+)?(?:výskum|projekt|štúdi|práca|článok|publikáci|"
     r"podujati|festival|výstav|konferenci|obnov|reštaurovani|digitalizáci|monitoring|mapovani|súpis|sčítani|"
     r"inventarizáci|archív|databáz|merani|odber\s+vzoriek)\w*\b[^.;]{0,120}?\b(?:(?:bol[aoi]?|je|sú|bude)\s+(?:\w+\s+)?"
     r"(?:(?:spolu)?financovan\w*|podporen\w*|podporovan\w*)|(?:vznikol|vznikl[aoi]|realizovan\w*|uskutočnil\w*|"
     r"konal[aoi]?)\s+"
     r"(?:\w+\s+)?(?:s|so|vďaka)\s+(?:finančn\w+\s+)?podpor\w*)\s+(?:(?:z|zo|v\s+rámci)\s+(?:prostriedkov\s+|"
     r"grantu\s+|programu\s+)?)?(?-i:[A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ])"
     r"(?![^.;]*,\s*(?:\w+\s+)?(?:uviedol|uviedla|povedal[a]?|dodal[a]?|oznámil[a]?|tvrdí|podľa)\b)"),
    # Czech and Slovak notes, the work and its participle with no verb: "Projekt spolufinancovaný Evropskou unií.",
    # "Súpis financovaný z grantu Nadácie X." (a funder named by a capital)
    (rf"{_OPENS}(?:výzkum|projekt|studie|štúdia|sčítání|sčítanie|soupis|súpis|monitoring|mapování|mapovanie|"
     r"inventarizace|inventarizácia|výstava|publikace|publikácia|konference|konferencia)\s+"
     r"(?:(?!(?:bol[aoi]?|je|sú|bude|byl[aoy]?|jsou)\s)\w+\s+){0,2}?"  # (with a verb: the shapes above, their guards)
     r"(?:(?:spolu)?financovan[ýáéíyaeo]|podpořen[ýáéí]|podporen[ýáéíyaeo])\s+(?:(?:z|zo|v\s+rámci)\s+"
     r"(?:prostředků\s+|prostriedkov\s+|grantu\s+|programu\s+)?)?(?-i:[A-ZÁÄČĎÉĚÍĹĽŇÓÔŔŘŠŤÚŮÝŽ])"
     r"(?![^.;]*,\s*(?:\w+\s+)?(?:uviedol|uviedla|povedal[a]?|dodal[a]?|oznámil[a]?|řekl[a]?|uvedl[a]?|tvrdí|podľa|"
     r"podle)\b)"),
    # "Výzkum podpořila Nadace X": the work first, as the object, and a named funder after the verb (not
    # "Projekt podpořila většina poslanců": a vote)
    # (and the present, a funding body named by its word: "Průzkum financuje Nadace X pod grantem …")
    (rf"{_OPENS}(?:výzkum|výskum|průzkum|prieskum|projekt|studii|štúdiu|práci|prácu|akci|akciu|výstavu|festival|"
     r"publikaci|publikáciu|konferenci|konferenciu|článek|článok|reportáž)\s+"
     r"(?:\w+\s+){0,2}?(?:finančně\s+)?(?:(?:podpořil[aoy]?|(?:spolu)?financoval[aoy]?|sponzoroval[aoy]?)\s+"
     r"(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])|(?:(?:spolu)?financuje|podporuje|sponzoruje)\s+(?:nadace|nadácia|nadační\s+fond|"
     r"fond|agentura|agentúra)\b)"),
    # Croatian, Serbian, Slovene, the same order: the work opening its sentence as the object, an active funding verb
    # and a funding body named by its word ("Projekt financira Zaklada X", "Istraživanje je financirala Zaklada X",
    # "Raziskavo financira Fundacija X"; not "Projekt financira Grad", a town's money, nor "Most financira …")
    (rf"{_OPENS}(?:projekt|projekat|пројекат|istraživanje|истраживање|studiju|студију|raziskavo|raziskavu|izložbu|"
     r"изложбу|razstavo|popis|попис|monitoring|mjerenja|merenja|мерења|meritve)\s+(?:(?:je|su|је|су)\s+)?"
     r"(?:(?:su)?financira(?:o|la|lo|li)?|(?:su)?finansira(?:o|la|lo|li)?|(?:су)?финансира(?:о|ла|ло|ли)?|"
     r"podupire|poduprla|podupro|podržava|podržala|podržao|подржава|подржала|подржао|podpira|podprla|podprl)\s+"
     r"(?:zaklad|fond|fundacij|agencij|задужбин|фонд|фондациј|агенциј|sklad)\w*\b"),
    # Bulgarian: "Проектът е финансиран от Фондация X", "Изследването е осъществено с финансовата подкрепа на X" (the
    # work its sentence's subject, as in Russian)
    (rf"(?:\b(?:този|тази|това)\s+(?:проект|изследване|проучване|труд|статия|събитие|издание|книга)|"
     rf"{_OPENS}(?:проектът|проекта|изследването|проучването|работата|статията|публикацията|събитието|конференцията|"
     r"изложбата|книгата|фестивалът|дигитализацията|преброяването|мониторингът))\b[^.;]{0,120}?"
     r"(?:\b(?:е|са|беше|бяха|бе|бил[аои]?)\s+(?:\w+\s+)?(?:съ)?финансиран[аио]?\s+(?:\w+\s+)?от\b|"
     # (the reflexive passive of the present: "Проектът се финансира от фондация X")
     r"\bсе\s+(?:\w+\s+)?(?:съ)?финансира(?:т)?\s+(?:\w+\s+)?от\b|"
     r"(?:осъществен|реализиран|изпълнен)[аио]?\s+(?:\w+\s+)?(?:с|със)\s+(?:финансовата\s+|финансова\s+)?(?:подкрепа|"
     r"финансиране)(?:та|то)?\s+на\b)"),
    # Serbian, Croatian, Bosnian, Slovenian: "Projekt je financiran sredstvima Zaklade X", "Пројекат је финансијски
    # подржала Фондација X", "Raziskavo je financirala Agencija X": the work opening its sentence, then the funding
    # verb and a funder named by a capital (not "Projekt je podržala većina vijećnika": a vote, unnamed)
    (rf"{_OPENS}(?:(?:ovaj|ova|ovo|овај|ова|ово|ta|to)\s+)?(?:projekt|projekat|пројекат|пројект|istraživanje|"
     r"истраживање|raziskava|raziskavo|studija|студија|rad|рад|delo|članak|чланак|publikacija|публикација|izložba|"
     r"изложба|festival|фестивал|konferencija|конференција|knjiga|књига|digitalizacija|дигитализација)\s+"
     r"(?:\w+\s+){0,3}?(?:je|su|ће|će|је|су|bo)\s+(?:bil[aoi]?\s+|био\s+|била\s+|bio\s+|bila\s+)?(?:\w+\s+)?"
     r"(?:(?:financijski\s+|finansijski\s+|финансијски\s+|finančno\s+)?(?:podržal[aoi]?|podržao|подржал[аои]?|"
     r"подржао|podprl[aoi]?|(?:su)?financiral[aoi]?|(?:su)?financirao|(?:su)?finansiral[aoi]?|(?:su)?finansirao|"
     r"(?:су)?финансирал[аои]?|(?:су)?финансирао)|(?:su)?financiran[aoi]?|(?:su)?finansiran[aoi]?|"
     r"(?:су)?финансиран[аои]?|podržan[aoi]?|подржан[аои]?|"
     # "Projekt je realiziran uz potporu Ministarstva X", "Пројекат је реализован уз подршку …", "… s podporo X"
     r"(?:realiziran|ostvaren|proveden|izveden|реализован|остварен|спроведен|izveden)[aoi]?\s+(?:uz|уз|s|ob)\s+"
     r"(?:financijsk\w+\s+|finansijsk\w+\s+|финансијск\w+\s+|finančn\w+\s+)?(?:potpor\w+|podršk\w+|подршк\w+|"
     r"podpor\w+))\s+(?:od\s+strane\s+|од\s+стране\s+|s\s+strani\s+|"
     r"sredstvima\s+|средствима\s+|iz\s+sredstava\s+|из\s+средстава\s+)?(?-i:[A-ZČĆĐŠŽА-ЯЂЈЉЊЋЏ])"),
    # Lithuanian, Latvian, Estonian: the work first as the object and a named funder after the verb ("Projektą
    # finansavo X fondas", "Projektu finansēja X fonds", "Projekti rahastas X Sihtasutus"), or the work the subject
    # of a passive ("Projektas finansuojamas X", "Pētījums tika finansēts no X", "Projekt valmis X toel")
    (rf"{_OPENS}(?:projektą|tyrimą|darbą|leidinį|renginį|parodą|straipsnį|projektu|pētījumu|darbu|izdevumu|pasākumu|"
     r"izstādi|rakstu|projekti|uuringu|uuringut|uurimust|tööd|üritust|näitust|raamatut|artiklit)\s+(?:\w+\s+){0,2}?"
     r"(?:(?:bendrai\s+)?finansavo|(?:bendrai\s+)?finansuoja|parėmė|rėmė|(?:līdz)?finansēja|(?:līdz)?finansē|atbalstīja|"
     r"atbalsta|(?:kaas)?rahastas|(?:kaas)?rahastasid|"
     r"(?:kaas)?rahastab|(?:kaas)?rahastavad|toetas|toetasid)\s+"
     # the funder by a capital, or a fund's lower-case word before its name in quotation marks or by a capital
     # ("Pētījumu finansēja fonds “X”", "Tyrimą finansavo fondas „X“"; not "finansēja pilsēta", a town)
     r"(?:(?:fonds|fondas|fond|sihtasutus|nodibinājums|labdarības\s+fonds|paramos\s+fondas)\s+)?[\"“„«]?"
     r"(?-i:[A-ZĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅÄÖÜÕ])"),
    (rf"{_OPENS}(?:šis\s+|šī\s+|see\s+)?(?:projektas|tyrimas|darbas|leidinys|renginys|projekts|pētījums|"
     r"izdevums|pasākums|projekt|uuring|uurimus)\s+(?:\w+\s+){0,3}?(?:(?:yra|buvo|tiek|tika|ir|on|oli)\s+)?"
     r"(?:iš\s+dalies\s+|daļēji\s+|osaliselt\s+)?(?:finansuojamas|finansuotas|remiamas|paremtas|(?:līdz)?finansēts|"
     r"atbalstīts|(?:kaas)?rahastatud|(?:kaas)?rahastanud)\s+(?:no\s+|ar\s+|iš\s+)?(?-i:[A-ZĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅÄÖÜÕ])"),
    (r"\b(?:projekt|uuring|uurimus|töö|üritus|näitus|raamat|artikkel|projekts|pētījums|izdevums|pasākums)\w*\s+"
     r"(?:\w+\s+){0,2}?(?:valmis|valminud|toimus|teostati|viidi\s+läbi|īstenots|īstenota|realizēts|tapis|tapa)\s+"
     r"(?:\w+\s+){1,6}?(?:toel|toetusel|rahastusel|atbalstu|finansējumu)\b"),
    # Catalan: "Aquest projecte ha comptat amb el suport de la Fundació X", "L'estudi ha estat finançat per …"
    # (support from a body named by a capital: not "amb el suport dels veïns", the neighbours' help)
    (rf"(?:\b(?:aquest|aquesta|aquests|aquestes|el\s+nostre|la\s+nostra)|{_OPENS}(?:el|la|l['’]))\s*"
     r"(?:projecte|estudi|recerca|treball|programa|esdeveniment|festival|jornada|congrés|exposició|publicació|"
     r"llibre|informe|reportatge|iniciativa|digitalització|inventari|cens|restauració)s?\b[^.;]{0,120}?"
     r"\b(?:(?:ha estat|va ser|és|han estat|van ser|són)\s+(?:\w+\s+)?(?:co)?(?:finançat|finançada|subvencionat|"
     r"subvencionada|patrocinat|patrocinada)s?\b|(?:ha|han|va|van)\s+(?:comptat|comptar)\s+amb\s+(?:el|la)\s+"
     r"(?:\w+\s+)?(?:finançament|patrocini|ajut|subvenció)\b|(?:ha|han)\s+rebut\s+(?:\w+\s+)?(?:finançament|"
     r"una subvenció|un ajut)\b|(?:(?:ha|han|va|van)\s+(?:comptat|comptar)\s+amb|(?:ha|han)\s+rebut|"
     r"(?:realitzat|fet|elaborat|dut a terme)"
     r"\w*\s+amb)\s+(?:el\s+)?suport\s+(?:econòmic\s+|financer\s+)?(?:de|del|dels)\s+(?:la\s+|les\s+|l['’])?"
     r"(?-i:[A-ZÀ-Ý]))"),
    # Turkish, Indonesian, Hungarian: "Bu çalışma … tarafından desteklenmiştir", "Penelitian ini didanai oleh …"
    r"\b(?:bu|söz konusu)\s+(?:çalışma|araştırma|proje|makale)\w*\b[^.;]{0,120}?(?:desteklenmiştir|"
    r"desteklenmektedir|finanse edilmiştir|fonlanmıştır)",
    r"\b(?:bu|söz konusu)\s+(?:çalışma|araştırma|proje|makale|haber|yazı|dosya|röportaj|içerik|rapor)\w*\b[^.;]{0,120}?"
    r"\bdesteğiyle\s+(?:hazırlan|üretil|gerçekleştiril|yapıl|yürütül)\w*",
    # "Çalışma, X Vakfı tarafından desteklendi", "Çalıştay, X ve Y sponsorluğunda düzenlendi": the work opening
    # its sentence, a funder named by a capital before the verb (not "Proje, muhalefet tarafından desteklendi": a
    # vote; nor "Maç, … sponsorluğunda oynandı": a match is no work)
    (rf"{_OPENS}(?:(?:bu|söz konusu)\s+)?(?:çalışma|araştırma|proje|çalıştay|konferans|sempozyum|kongre|etkinlik|sergi|"
    r"festival|kitap|belgesel|rapor|haber|dosya|seminer|atölye|inceleme|yayın|sayım|izleme|envanter)\w*"
    r"(?:\s+çalışma\w*)?\s*,?\s+(?:[^.;]{0,80}?\s)?"
    r"(?-i:[A-ZÇĞÖŞÜ])[^.;]{0,120}?(?:\btarafından\s+(?:[^.;]{0,60}?\s)?(?:(?:mali\s+olarak\s+)?desteklen|finanse\s+edil|fonlan|"
    r"sponsor\s+edil)\w*|(?:sponsorluğunda|desteğiyle|destekleriyle|katkılarıyla|katkısıyla|finansmanıyla)\s+"
    r"(?:düzenlen|gerçekleştiril|hazırlan|yapıl|yürütül|üretil)\w*)"),
    r"\b(?:penelitian|proyek|kegiatan|studi|artikel|liputan|tulisan|laporan|pameran|acara|festival|buku|survei)\s+"
    r"(?:ini|tersebut)\b[^.;]{0,120}?"
    r"\b(?:(?:atas|dengan|berkat)\s+(?:dukungan|bantuan\s+dana|pendanaan)|(?:mendapat|mendapatkan|menerima|memperoleh)"
    r"\s+(?:dukungan\s+dana|bantuan\s+dana|pendanaan|hibah|dana)\s+dari)\b",
    r"\b(?:penelitian|proyek|kegiatan|studi|artikel|liputan|kajian|penyelidikan|projek|laporan|rencana|acara|"
    r"program|surat\s+berita|buletin|seminar|lokakarya|konferensi|festival|pameran|survei|sensus|pemantauan|penghitungan|pendataan|"
    r"kerja)\s+"
    # (not after a reporting clause: "Survei ini menunjukkan bahwa jembatan itu didanai oleh …", a finding; "kami",
    # "kita": our work, the page's own as this work is)
    r"(?:ini|tersebut|kami|kita)\b(?:(?!\b(?:menunjukkan|menemukan|mengungkap\w*|menyimpulkan|bahwa)\b)[^.;]){0,120}?"
    r"\b(?:didanai|dibiayai|didukung|disokong|ditaja|dibiayakan|disponsori)\s+"
    r"oleh\b",
    r"\b(?:kutatás|projekt|tanulmány|program|cikk|riport|írás|sorozat|kiállítás|rendezvény|fesztivál|könyv|felmérés|"
    r"számlálás)\w*\b[^.;]{0,120}?\btámogatás\w*\s+"
    r"(?:valósult meg|készült|jött létre|zajlott)",
    # Hungarian, the work as the object opening the sentence and a named funder after it: "A kutatást a
    # Tengeri Alapítvány támogatta" (not "A projektet a város támogatta": a town's money as news, unnamed)
    rf"{_OPENS}(?:a|ezt\s+a)\s+(?:kutatást|vizsgálatot|projektet|tanulmányt|cikket|riportot|sorozatot|"
    r"felmérést|számlálást|mérést|méréseket|monitoringot)\s+(?:a|az)\s+"
    r"(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])[^.;]{0,100}?\s(?:támogatta|támogatták|finanszírozta|finanszírozták)\b",
    # Thai: "งานวิจัยนี้ได้รับทุนสนับสนุนจาก …", "โครงการนี้ได้รับการสนับสนุนจาก …"
    r"(?:งานวิจัย|โครงการ|การศึกษา|บทความ|รายงาน|สารคดี)(?:ชิ้น)?นี้[^.]{0,60}?(?:ได้รับ(?:ทุน|เงินทุน|การสนับสนุน)"
    r"|สนับสนุนโดย)",
    # Bengali: "এই গবেষণাটি … অর্থায়নে পরিচালিত", "এই প্রতিবেদনটি … সহায়তায় তৈরি"
    r"এই\s+(?:গবেষণা|প্রকল্প|প্রতিবেদন|নিবন্ধ|সমীক্ষা|অনুসন্ধান)\S*[^।]{0,120}?(?:অর্থায়নে|অর্থ\s+সহায়তায়|সহায়তায়|"
    r"অনুদানে|অর্থায়ন\s+করেছেন?)",
    # Persian: "این پژوهش با حمایت مالی بنیاد X انجام شده است" (this work, a foundation's or fund's financial support:
    # not "این پل با حمایت مالی شهرداری ساخته شد", a town's bridge)
    (r"(?:^|(?<=[.!؟:]\s))این\s+(?:پژوهش|پروژه|طرح|مطالعه|تحقیق|برنامه|گزارش|نمایشگاه|کتاب|همایش|جشنواره)\S*"
     r"[^.؛]{0,80}?(?:با\s+(?:حمایت|پشتیبانی)\s+مالی|تأمین\s+مالی\s+توسط|توسط)\s+(?:\S+\s+){0,1}?(?:بنیاد|صندوق)"),
    # Urdu: "یہ منصوبہ X فاؤنڈیشن کی مالی معاونت سے چلایا جا رہا ہے" (this work, a foundation's or fund's financial
    # help: not "یہ پل بلدیہ کی مالی معاونت سے بنا", a town's bridge)
    (r"(?:^|(?<=[.!؟۔:]\s))یہ\s+(?:منصوبہ|منصوبے|تحقیق|مطالعہ|پروگرام|رپورٹ|پروجیکٹ|نمائش|کتاب|کانفرنس|میلہ)"
     r"[^.؛۔]{0,80}?(?:فاؤنڈیشن|فنڈ|ٹرسٹ)\s+(?:\S+\s+){0,2}?(?:کی|کے)\s+"
     r"(?:مالی\s+(?:معاونت|امداد|تعاون)|فنڈنگ)\s+سے"),
    # ...and the work in the oblique, the financial help its subject and the foundation its doer: "اس منصوبے کی مالی
    # معاونت X فاؤنڈیشن نے کی" (not "اس پل کی مالی معاونت بلدیہ نے کی", a town's bridge)
    # (or for it, provided: "اس منصوبے کے لیے مالی معاونت X ٹرسٹ نے فراہم کی")
    (r"(?:^|(?<=[.!؟۔:]\s))اس\s+(?:منصوبے|تحقیق|مطالعے|پروگرام|رپورٹ|پروجیکٹ|نمائش|کتاب|کانفرنس|میلے)\s+"
     r"(?:کی|کے(?:\s+لیے|\s+لئے)?)\s+(?:مالی\s+(?:معاونت|امداد|تعاون)|فنڈنگ)\s+[^.؛۔]{0,80}?(?:فاؤنڈیشن|فنڈ|ٹرسٹ)\s+"
     r"(?:\S+\s+){0,2}?نے\s+(?:فراہم\s+)?(?:کی|کیا|کی\s+ہے)"),
    # Greek: "Η έρευνα χρηματοδοτήθηκε από …", "Το έργο υλοποιήθηκε με τη στήριξη …" (the work its sentence's subject)
    rf"{_OPENS}(?:η|το|αυτή\s+η|αυτό\s+το)\s+(?:παρούσα\s+|παρόν\s+)?(?:έρευνα|μελέτη|εργασία|έργο|πρόγραμμα|"
    r"άρθρο|ρεπορτάζ|έκθεση|συνέδριο|εκδήλωση|ημερίδα|φεστιβάλ|"
    r"δημοσίευση|έρευνά\s+μας)\b[^.;]{0,120}?(?:\b(?:συγ)?χρηματοδοτ(?:ήθηκε|είται|ούνται|ήθηκαν)\s+(?:\w+\s+)?από\b|"
    # (supported by a body named with a capital: not "υποστηρίζεται από στοιχεία", by evidence)
    r"\b(?:υποστηρίχθηκε|υποστηρίζεται|στηρίχθηκε|στηρίζεται)\s+(?:\w+\s+)?από\s+(?:το|τον|την|τη|τα|τους|τις)?\s*"
    r"(?-i:[Α-ΩΆΈΉΊΌΎΏ])|"
    r"\b(?:υλοποιήθηκε|πραγματοποιήθηκε|έγινε)\s+με\s+(?:τη|την)\s+(?:οικονομική\s+)?(?:στήριξη|υποστήριξη|"
    r"χρηματοδότηση)\b)",
    # Romanian: "Acest reportaj a fost realizat cu sprijinul …", "Studiul a fost finanțat de …"
    rf"(?:\b(?:acest|această|aceasta|aceste|acești)|{_OPENS}(?:studiul|proiectul|cercetarea|reportajul|articolul|"
    r"materialul|ancheta|lucrarea|evenimentul|conferin[țţ]a|expozi[țţ]ia|festivalul|recensământul|monitorizarea|"
    r"inventarierea|numărătoarea))\s+(?:reportaj|articol|material|studiu|proiect|cercetare|anchetă|documentar|program|"
    r"podcast|serial)?\w*\b[^.;]{0,120}?\b(?:a\s+fost|au\s+fost|este|sunt)\s+(?:\w+\s+)?(?:(?:co)?finan[țţ]at\w*\s+"
    r"(?:de|prin|din)\b|(?:realizat|produs|posibil|elaborat|organizat)\w*\s+(?:cu|prin|datorită)\s+(?:sprijinul|finan[țţ]area|"
    r"sus[țţ]inerea|suportul)\b|posibil\w*\s+datorită\s+(?:sprijinului\s+|finan[țţ]ării\s+)?(?:funda[țţ]iei|fondului|"
    r"agen[țţ]iei)|"
    # (supported by a foundation, fund, agency or grant: not "susținut de opoziție", a vote)
    r"(?:sus[țţ]inut|sprijinit)\w*\s+(?:financiar\s+)?(?:de|prin)\s+(?:c[ăa]tre\s+)?(?:funda[țţ]i|fondul|agen[țţ]i|"
    r"consiliul|uniunea|academia|un\s+grant|grantul)\w*)",
    # Swahili: "Utafiti huu ulifadhiliwa na …" (the verb agrees with the noun's class: u-, i-, zi-)
    r"\b(?:utafiti|mradi|uchunguzi|makala|ripoti|kazi|mpango|tafiti|habari)\s+(?:huu|hii|hizi|huo|hiyo)\b[^.;]{0,120}?"
    r"\b(?:u|i|zi|ya)(?:li|me|na)fadhiliwa\s+na\b",
    # Tagalog: "Ang proyektong ito ay pinondohan ng X", "Ang pananaliksik na ito ay sinuportahan ng X" (this work
    # opening its sentence, a funder named by a capital: not "Ang tulay na ito ay pinondohan ng lungsod", a bridge)
    (rf"{_OPENS}ang\s+(?:mga\s+)?(?:proyekto|pananaliksik|pag-aaral|sarbey|programa|ulat|artikulo|eksibisyon|aklat|"
     r"libro|kumperensiya|kumperensya|pagsusuri)(?:ng)?\s+(?:na\s+)?ito\s+(?:ay\s+)?(?:bahagyang\s+)?(?:pinondohan|"
     r"sinuportahan|tinustusan|isinponsor)\s+(?:ng|nang)\s+(?:mga\s+)?(?-i:[A-Z])"),
    # Hindi: "यह शोध … की वित्तीय सहायता से किया गया", "… द्वारा वित्तपोषित"
    r"(?:यह|इस|ये)\s+(?:शोध|अध्ययन|अनुसंधान|परियोजना|रिपोर्ट|लेख|कार्य|रिपोर्टिंग|सर्वेक्षण|गणना|निगरानी)[^।.]{0,160}?"
    r"(?:(?:वित्तीय\s+)?(?:सहायता|सहयोग|अनुदान)\s+से\s+(?:किया|की|तैयार|संभव|संचालित|आयोजित|पूरा|पूरी|संपन्न)|"
    r"द्वारा\s+वित्त\s*पोषित|वित्तपोषित|द्वारा\s+(?:वित्तीय\s+)?(?:सहायता|अनुदान)\s+(?:प्रदान|दी)|"
    r"(?:फाउंडेशन|प्रतिष्ठान|न्यास|ट्रस्ट|कोष|निधि|परिषद|संस्थान|आयोग)\s+(?:का|की|के|से)\s+(?:वित्तीय\s+)?"
    r"(?:समर्थन|सहयोग|सहायता|अनुदान)\s+(?:प्राप्त|मिली|मिला|मिले))",
    # Nepali: "यो अनुसन्धान … कोषको अनुदानबाट सम्भव भएको हो", "यस परियोजनालाई … को आर्थिक सहयोगमा सञ्चालन गरिएको"
    r"(?:यो|यस|यी)\s+(?:अनुसन्धान|अध्ययन|परियोजना|लेख|रिपोर्ट|प्रतिवेदन|सर्वेक्षण)[^।]{0,160}?"
    r"(?:अनुदान|सहयोग|सहायता)\s*(?:\([^()]{0,40}\)\s*)?(?:बाट|मा)\s+(?:सम्भव|सञ्चालन|गरिएको|तयार|भएको)",
    # Afrikaans: "Hierdie navorsing is befonds deur …", "Die projek word ondersteun deur …"
    r"\b(?:hierdie|die)\s+(?:navorsing|studie|projek|artikel|verslag|ondersoek|werk|reeks)\b[^.;]{0,120}?"
    r"\b(?:is|word|was)\s+(?:\w+\s+)?(?:befonds|gefinansier|ondersteun|geborg|moontlik\s+gemaak)\s+deur\b",
    # Welsh, the verb opening the sentence: "Ariannwyd yr ymchwil gan …", "Cefnogwyd y prosiect gan …"
    rf"{_OPENS}(?:ariannwyd|cefnogwyd|noddwyd)\s+(?:yr|y)\s+(?:ymchwil|prosiect|astudiaeth|gwaith|erthygl|adroddiad|"
    r"gyfres)\b[^.;]{0,40}?\bgan\b",
    # Armenian: "Հետազոտությունը ֆինանսավորվել է … կողմից", "Նախագիծն իրականացվել է … աջակցությամբ"
    r"(?:հետազոտություն|ուսումնասիրություն|նախագիծ|աշխատանք|հոդված)\S*\s[^։]{0,160}?"
    r"(?:ֆինանսավորվել\s+է|ֆինանսավորվում\s+է|աջակցությամբ)",
    # Azerbaijani and Uzbek: "Tədqiqat … tərəfindən maliyyələşdirilib", "Ushbu tadqiqot … tomonidan moliyalashtirilgan"
    r"\b(?:tədqiqat|layihə|araşdırma|məqalə|tadqiqot|loyiha|maqola)\w*\b[^.;]{0,160}?"
    r"(?:maliyyələşdiril\w*|dəstəyi\s+ilə\s+(?:həyata|hazırlan)|moliyalashtiril\w*|ko[‘'ʻ]?magida\s+amalga)",
    # Belarusian, Kazakh, Macedonian: "Даследаванне праведзена пры падтрымцы …", "Зерттеу … қаржыландырылды",
    # "Истражувањето е финансирано од …"
    r"\b(?:даследаванне|праект|праца|артыкул|зерттеу|жоба|мақала|истражувањето|проектот|статијата|студијата)\b"
    r"[^.;]{0,120}?(?:пры\s+(?:фінансавай\s+)?падтрымцы|прафінансава\w*|фінансава\w*|қаржыландырыл\w*|"
    r"қолдауымен|финансиран\w*\s+од|со\s+(?:финансиска\s+)?поддршка)",
    # Albanian and Maltese: "Ky studim u financua nga …", "Din ir-riċerka ġiet iffinanzjata minn …"
    r"\b(?:studim|projekt|hulumtim|kërkim|artikull|raport|riċerka|proġett|studju|artiklu)\w*\b[^.;]{0,120}?"
    r"\b(?:(?:u|është|janë|ishte)\s+(?:financua|financuar|mbështetur)\s+(?:nga|prej)|me\s+mbështetjen\s+(?:financiare\s+)?e|"
    r"(?:ġiet|ġie|kienet|kien)\s+(?:i?ffinanzjat|i?ffinanzjata|sostnut|sostnuta)\s+minn)\b",
    # Georgian: "კვლევა დააფინანსა …", "პროექტი განხორციელდა … მხარდაჭერით" (no capitals, no \b in the script)
    r"(?:კვლევა|პროექტი|სტატია|ნაშრომი)[^.;]{0,160}?(?:დააფინანსა|დაფინანსდა|დაფინანსებულია|მხარდაჭერით)",
    # Khmer, Sinhala, Amharic: "this research" and its funder's money or support ("ការស្រាវជ្រាវនេះទទួលបានការឧបត្ថម្ភពី …",
    # "මෙම පර්යේෂණය සඳහා … අරමුදල් සපයන ලදී", "ይህ ጥናት … የገንዘብ ድጋፍ የተደረገለት ነው")
    r"(?:ការស្រាវជ្រាវ|គម្រោង|ការសិក្សា|អត្ថបទ|របាយការណ៍)\s*នេះ[^។]{0,120}?(?:ឧបត្ថម្ភ|ហិរញ្ញប្បទាន|ផ្តល់មូលនិធិ|ផ្ដល់មូលនិធិ)",
    "මෙම\\s+(?:පර්යේෂණය|ව්\u200dයාපෘතිය|අධ්\u200dයයනය|ලිපිය|වාර්තාව|සමීක්ෂණය)[^.]{0,160}?"
    "(?:අරමුදල්|ප්\u200dරදානය|අනුග්\u200dරහය|මූල්\u200dය\\s+ආධාර)",
    r"(?:ይህ|የዚህ)\s+(?:ጥናት|ምርምር|ፕሮጀክት|ዘገባ|ጽሑፍ|ሪፖርት)[^።]{0,160}?(?:የገንዘብ\s+ድጋፍ|በገንዘብ\s+(?:የተደገፈ|ተደግ))",
    # Russian: "Работа выполнена при поддержке РНФ", "Исследование выполнено за счет гранта …"
    r"\b(?:работа|исследование|исследования|проект|статья|публикация|мероприятие|материал|репортаж|расследование|"
    r"текст|серия|подкаст|выпуск|мониторинг|уч[её]т|перепись|обследование|архив|измерения|картирование|выставка|"
    r"фестиваль|конференция|книга|экспозиция)\b"
    r"(?:(?!\b(?:показал\w*|выявил\w*|установил\w*|что)\b)[^.;]){0,80}?"
    r"(?:при\s+(?:финансовой\s+)?поддержке|за\s+сч[её]т\s+(?:средств\s+)?гранта|финансировал\w*|финансиру(?:ется|ются)|"
    r"поддержан[аоы]?\s+(?:\w+\s+){0,2}?(?:грант|фонд)\w*|возможн\w+\s+благодаря\s+(?:\w+\s+)?(?:фонд|грант)\w*)",
    # Ukrainian: "Дослідження виконано за підтримки Фонду …", "Проєкт фінансується …"
    r"\b(?:робота|роботу|дослідження|проєкт|проект|стаття|публікація|захід)\b"
    r"(?:(?!\b(?:показал\w*|виявил\w*|встановил\w*|що)\b)[^.;]){0,80}?"
    r"(?:за\s+(?:фінансової\s+)?підтримки|за\s+рахунок\s+(?:коштів\s+)?гранту|фінансу\w*|профінансова\w*|"
    r"підтриман\w*\s+(?:\w+\s+)?(?:фонд|грант)\w*)",
    # Arabic: "تم تمويل هذا البحث من قبل …", "موّلت هذه الدراسة …", "هذه الدراسة ممولة من …",
    # "أُجري هذا البحث بدعم من …": this research, study or project as the funded work
    r"(?:تم|جرى)\s+تمويل\s+(?:هذا|هذه)\s+(?:البحث|الدراسة|المشروع|العمل|التقرير|المقال)|"
    r"(?:موّ?لت?|دعمت?)\s+(?:هذا|هذه)\s+(?:البحث|الدراسة|المشروع|العمل|التقرير)\b|"
    r"(?:هذا|هذه)\s+(?:البحث|الدراسة|المشروع|العمل|التقرير|المقال)\b[^.؛]{0,80}?"
    r"(?:(?:مموّ?لة?|مدعومة?)\s+(?:\S+\s+)?(?:من|بمنحة)|(?:بدعم|بتمويل|بمنحة)\s+(?:مالي\s+)?من)",
    # "وقد تم تمويل أعمال الترميم من قبل صندوق …": any work funded by a named fund, foundation or body's grant, the
    # sentence opening so (not "تم تمويل الجسر من قبل البلدية": a town's bridge as news; nor after "وقال … إنه", reported)
    (r"(?:^|(?<=[.!؟]\s))(?:و?قد\s+)?(?:تم|جرى)\s+تمويل\s+(?:\S+\s+){1,3}?(?:من\s+قبل|من\s+خلال|بواسطة)\s+(?:ال)?(?:صندوق|مؤسسة|منحة)\s"
    r"(?![^.؛]*،\s*(?:و)?(?:بحسب|حسب|وفقا|وفقاً|قال|قالت|أضاف|أضافت|أوضح|أوضحت)\s)"),
    (r"(?:^|(?<=[.!؟]\s))(?:البحث|الدراسة|المشروع)\s+(?:موّ?لته|موّ?لتها|دعمته|دعمتها)\s+(?:مؤسسة|صندوق|هيئة|المؤسسة|"
    r"الصندوق|الهيئة)"),
    # Hebrew: "המחקר מומן על ידי …", "מחקר זה נתמך על ידי …", "הפרויקט נעשה בתמיכת קרן …" (the work its sentence's
    # subject; not "הטענה נתמכת על ידי הראיות": a claim is no work)
    (r"(?:^|(?<=[.!?:(]\s)|(?<=[(\"]))(?:ה)?(?:מחקר|פרויקט|פרוייקט|עבודה|כתבה|מאמר|סקר|תחקיר|אירוע|כנס|סדנה|תערוכה|"
    r"ספר|סרט|פודקאסט|פסטיבל|מיזם)(?:\s+(?:זה|זו|הזה|הזאת|הנוכחי|הנוכחית))?\s+(?:[^.;]{0,80}?\s)?"
    r"(?:(?:מומן|מומנה|מומנו|ממומן|ממומנת|נתמך|נתמכה|נתמכו|נתמכת)\s+(?:בחלקו\s+|בחלקה\s+|חלקית\s+)?"
    r"(?:על[\s\-]ידי|ע[\"״]י|באמצעות)|(?:נעשה|נעשתה|נכתב|נכתבה|התקיים|התקיימה|בוצע|בוצעה|נערך|נערכה|הופק|הופקה)"
    r"\s+(?:\S+\s+)?(?:בתמיכת|במימון|בסיוע|בחסות|בתמיכה\s+(?:כספית\s+)?של))"),
    # Vietnamese: "Nghiên cứu này được tài trợ bởi …", "Dự án này được thực hiện với sự hỗ trợ của …" ("this" after
    # the work; research opening its sentence needs none: not "Đội bóng được tài trợ bởi …", a team's sponsor)
    (r"\b(?:nghiên cứu|dự án|đề tài|công trình|bài viết|bài báo|loạt bài|phóng sự|chương trình|sự kiện|hội thảo|"
    r"hội nghị|triển lãm|cuốn sách|ấn phẩm)\s+(?:này|của chúng tôi)\b[^.;]{0,120}?(?:được\s+(?:\w+\s+)?(?:tài trợ|"
    r"hỗ trợ|cấp kinh phí|bảo trợ)\s+(?:bởi|từ|của)|thực hiện\s+(?:với|nhờ|dưới)\s+(?:sự\s+)?(?:tài trợ|hỗ trợ|bảo trợ)|"
    r"nhận\s+được\s+(?:sự\s+)?(?:tài trợ|hỗ trợ|kinh phí)\s+(?:\w+\s+)?từ)"),
    # "Dự án được tài trợ bởi Quỹ X": a project opening its sentence, a funder named by a capital (not "Dự án được
    # tài trợ bởi ngân sách địa phương", the local budget; nor a team, "Đội bóng được tài trợ bởi …")
    (rf"{_OPENS}dự án\s+(?:được\s+)?(?:\w+\s+)?(?:tài trợ|cấp kinh phí)\s+(?:bởi|từ)\s+"
     r"(?-i:[A-ZĐÀ-ÝĂƠƯ]|[\u1ea0-\u1ef9])"),
    (rf"{_OPENS}(?:nghiên cứu|đề tài|công trình nghiên cứu)\s+(?:được\s+)?(?:\w+\s+)?(?:tài trợ|cấp kinh phí)\s+"
    r"(?:bởi|từ)"),
    # "Nghiên cứu được thực hiện với sự hỗ trợ kinh phí của Quỹ …": carried out with funds (not "với sự hỗ trợ của
    # ngư dân", the fishermen's help)
    (rf"{_OPENS}(?:nghiên cứu|đề tài|công trình nghiên cứu|dự án)\s+(?:được\s+)?(?:thực hiện|tiến hành)\s+"
     r"(?:với|nhờ|dưới)\s+sự\s+(?:tài trợ|hỗ trợ\s+(?:kinh phí|tài chính)|bảo trợ)\s+(?:của|từ)"),
    (rf"{_OPENS}(?:hội thảo|hội nghị|sự kiện|triển lãm|chương trình|liên hoan)\s+(?:được\s+)?(?:tổ chức|thực hiện)\s+"
     r"(?:với|nhờ|dưới)\s+sự\s+(?:tài trợ|bảo trợ)\s+của"),
    # Chinese: "本研究得到国家自然科学基金资助", "本研究由国家自然科学基金资助"
    r"(?:得到|受到|获得)[^。]{0,40}(?:基金|资助)",
    r"(?:本|该|此|这|這)(?:次|届|屆|期)?(?:研究|项目|項目|工作|活动|活動|课题|課題|论文|論文|会议|會議|文章|文|报道|報導|報道|"
    r"调查|調查|监测|監測|普查|"
    r"报告|報告|节目|節目|展览|展覽)[^。]{0,20}?"
    r"(?:由|受|受到|得到|获得|獲得|获|獲|承蒙)[^。]{1,80}?(?:资助|資助|赞助|贊助|补助|補助|"
    r"(?:基金|基金会|基金會|财团|財團)[^。]{0,20}?(?:支持|支援|支助))",
    # "本研究在X基金会的资助下完成": done under a named body's support
    (r"(?:本|该|此|这|這)(?:研究|项目|項目|工作|活动|活動|课题|課題|论文|論文|会议|會議|报道|報導|調查|调查|展览|展覽)"
    r"[^。]{0,20}?在[^。]{1,60}?(?:资助|資助|支持|支援|赞助|贊助)下(?:完成|进行|進行|开展|開展|举办|舉辦|实施|實施|"
    r"撰写|撰寫|制作|製作)"),
    # "本文系国家社会科学基金项目（…）的阶段性成果"
    r"(?:本文|该文|該文|本研究|本论文|本論文)(?:系|是|为|為)[^。]{1,60}?(?:基金|项目|項目|课题|課題)[^。]{0,40}?"
    r"(?:成果|资助|資助)",
    # Japanese: "本研究はJSPS科研費JP12345678の助成を受けたものです", "本イベントは…の協賛により開催"
    r"(?:本|この|当)(?:研究|事業|調査|プロジェクト|取り組み|取組|イベント|企画|論文|記事|番組|展覧会|展示|公演|"
    r"講演会|シンポジウム|ワークショップ|大会|活動|展)(?:の(?:取材|執筆|制作|調査|開催))?は[^。]{0,80}?(?:助成|支援|補助|協賛|委託|後援|資金提供|資金援助)金?"
    r"(?:\s*[（(][^（()）]{0,40}[）)])?"  # the grant's number: "の助成（課題番号 …）を受けて"
    r"(?:を受けて(?:実施|行|開催|制作|作成|執筆|取材)|を受けた(?:もの|研究)|(?:により|によって|で)(?:実施|開催|行|実現|制作|作成)|"
    r"による(?:もの|研究|成果)|"
    r"を受け(?:た|ました|ています|ている)(?:。|$)|"
    r"のもと(?:で)?(?:実施|開催|行))",
    r"科研費\s*[（(]?\s*(?:JP)?\d{6,}",
    # "修復は河川文化財団の助成を受けて行われた": a work opening its sentence, a foundation's or fund's grant (not
    # "改修は市の補助を受けて行われた": a town's subsidy, news)
    (r"(?:^|(?<=[。」]))(?:研究|調査|修復|改修|復元|保存|発掘|展示|展覧会|公演|事業|プロジェクト|企画|出版|翻訳|制作)"
    r"(?:作業|工事)?は[^。、]{0,40}?(?:財団|基金|振興会|機構)(?:法人)?の(?:助成|支援|補助|協賛|資金援助|資金提供)"
    r"(?:\s*[（(][^（()）]{0,40}[）)])?を受けて(?:実施|行|開催|制作|作成|実現)"),
    # ...or the work's costs borne by a foundation or fund, as Hindi's and Persian's shapes read them
    # ("調査費用は湿地環境財団が負担した"; not "市は堤防の補修費を負担した", a town's, nor "橋の建設費は…", another thing)
    (r"(?:^|(?<=[。」]))(?:本|この|今回の)?(?:研究|調査|発掘|修復|事業|プロジェクト)の?(?:費用|経費)(?:の全額)?は"
     r"[^。、]{0,40}?(?:財団|基金|振興会)(?:法人)?が(?:全額)?負担(?:した|しました|している|しています|する)"),
    r"(?:本|この)(?:記事|番組|コンテンツ)[^。]{0,40}?(?:の提供(?:で|です|により)|スポンサー)",
    # Korean: "이 연구는 한국연구재단의 지원을 받아 수행된 연구임"
    # (the demonstrative "이번", "this … here", as "이", "본")
    r"(?:이번|이|본)\s*(?:연구|논문|사업|과제|프로젝트|행사|기사|콘텐츠|보도|취재|조사|모니터링|전시회|전시|축제)[^.]{0,80}?(?:지원|후원)"
    r"(?:\s*[(（][^)）]{0,40}[)）])?(?:(?:을\s*받아|으로)\s*(?:수행|작성|제작|진행|개최|이루어|실시|추진|열렸|열리)|을\s*받았(?:다|습니다|음))",
    # "이 연구는 …의 연구비를 지원받았다": research money received
    r"(?:이|본)\s*(?:연구|논문|사업|과제|프로젝트)[^.]{0,80}?(?:연구비|연구\s*기금|기금|재원)(?:를|을)?\s*"
    r"(?:지원|후원)\s*받(?:았|아|은)",
    # "This work would not have been possible without the support of the X Foundation": the page's own work (by its
    # demonstrative), or any subject with money (funding, a grant, financial support: not "The rescue would not have
    # been possible without the support of the Coast Guard", help), and a funder named by a capital (a
    # foundation's or fund's word in German); in either order ("Without the funding of X, this study …")
    (rf"\b(?:(?:this|our)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b[^.;]{{0,60}}?\b{_NOT_POSSIBLE}\s+without\s+(?:the\s+)?"
     rf"(?:\w+\s+)?(?:support|funding|grants?)|\bthe\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\b[^.;]{{0,60}}?\b{_NOT_POSSIBLE}\s+"
     r"without\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:funding|grants?|financial\s+support)|^without\s+(?:the\s+)?(?:\w+\s+)?"
     rf"(?:support|funding|grants?)(?=[^.;]*,\s*(?:this|our)\s+(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\s+(?:would|could)\s+not\b))"
     r"\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])"),
    (r"\bohne\s+(?:die\s+)?(?:\w+\s+)?(?:unterstützung|förderung|finanzierung)\s+(?:der|des|durch\s+die|von\s+der|vom)\s+"
     r"[^.;]{0,60}?(?:stiftung|fonds)\w*\b[^.;]{0,80}?\b(?:wäre|hätte|wären|hätten)\b[^.;]{0,60}?\bnicht\b|"
     r"\b(?:wäre|hätte|wären|hätten)\s+ohne\s+(?:die\s+)?(?:\w+\s+)?(?:unterstützung|förderung|finanzierung)\s+(?:der|des|"
     r"durch\s+die|von\s+der|vom)\s+[^.;]{0,60}?(?:stiftung|fonds)\w*\s+(?:[^.;]{0,20}?\s)?nicht\b"),
    (r"\b(?:ce|cet|cette|notre)\s+(?:\w+\s+)?(?:travail|étude|projet|recherche|ouvrage|livre|exposition|enquête|"
     r"inventaire|recensement|podcast|programme|archive)\b[^.;]{0,40}?\bn['’](?:aurait|auraient)\s+pas\s+(?:été\s+possible|"
     r"pu\s+(?:être\s+)?\w+)\s+sans\s+(?:le|la|l['’])\s*(?:\w+\s+)?(?:soutien|financement|aide|concours|appui)\s+"
     r"(?:financier\s+)?(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Ý])"),
    (r"\b(?:este|esta|nuestro|nuestra)\s+(?:\w+\s+)?(?:trabajo|estudio|proyecto|investigación|libro|informe|censo|"
     r"archivo|programa)\b[^.;]{0,40}?\bno\s+(?:habría|hubiera|hubiese)\s+sido\s+posible\s+sin\s+(?:el|la)\s+(?:\w+\s+)?"
     r"(?:apoyo|financiación|financiamiento|ayuda|beca|subvención)\s+(?:\w+\s+)?(?:de|del)\s+(?:la\s+|el\s+)?"
     r"(?-i:[A-ZÀ-Ý])"),
    (r"\b(?:questo|questa|quest['’]|il\s+nostro|la\s+nostra)\s*(?:\w+\s+)?(?:lavoro|studio|progetto|ricerca|libro|"
     r"censimento|archivio|programma)\b[^.;]{0,40}?\bnon\s+sarebbe\s+stat[oa]\s+possibile\s+senza\s+(?:il|l['’]|la)\s*"
     r"(?:\w+\s+)?(?:sostegno|supporto|contributo|finanziamento|aiuto)\s+(?:\w+\s+)?(?:della|del|dello|dell['’]|di)\s*"
     r"(?-i:[A-ZÀ-Ý])"),
    (r"\b(?:este|esta|nosso|nossa)\s+(?:\w+\s+)?(?:trabalho|estudo|projeto|pesquisa|livro|levantamento|arquivo|"
     r"programa)\b[^.;]{0,40}?\bn[ãa]o\s+(?:teria|seria)\s+(?:sido\s+)?poss[ií]vel\s+sem\s+(?:o|a)\s+(?:\w+\s+)?"
     r"(?:apoio|financiamento|ajuda|bolsa)\s+(?:\w+\s+)?d[aoe]s?\s+(?-i:[A-ZÀ-Ý])"),
    (r"\b(?:dit|deze|ons|onze)\s+(?:\w+\s+)?(?:project|onderzoek|studie|werk|boek|telling|archief|programma)\b"
     r"[^.;]{0,40}?\bniet\s+mogelijk\s+(?:geweest|zijn)\s+zonder\s+de\s+(?:\w+\s+)?(?:steun|financiering|bijdrage|"
     r"subsidie)\s+van\s+(?:het\s+|de\s+)?(?-i:[A-Z])"),
    # "Badania były możliwe dzięki grantowi Fundacji X", "… nie byłby możliwy bez wsparcia Fundacji X"
    (r"\b(?:projekt|badani[ae]|praca|prace|spis|publikacja|wystawa|inwentaryzacja)\w*\b[^.;]{0,60}?\b(?:był[aoy]?|"
     r"jest|są|stał[aoy]?\s+się|byłb[yo]|byłaby)\s+(?:nie\s+)?możliw[eayi]\w*\s+(?:dzięki|bez)\s+(?:\w+\s+)?"
     r"(?:grantowi|grantu|wsparciu|wsparcia|finansowaniu|finansowania|dotacji|dofinansowaniu|dofinansowania)\s+"
     r"(?:finansow\w+\s+)?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])"),
    # The work made possible by a named foundation or fund, a museum's or a festival's credit ("Die Ausstellung wird
    # ermöglicht durch die X-Stiftung", "L'exposition est rendue possible grâce à la Fondation X", "Esta exposición es
    # posible gracias a la Fundación X", "أقيم المعرض بدعم من مؤسسة X"): the work opening its sentence, and a
    # foundation's or fund's word (not "… possible grâce aux bénévoles", "gracias a los vecinos": help)
    (rf"{_OPENS}(?:die|der|das|diese[rs]?|unser\w*)\s+(?:[\w\-]+\s+){{0,2}}?(?:\w*projekt|studie|forschung|arbeit|"
     r"ausstellung|veranstaltung|festival|publikation|buch|podcast|reihe|programm|archiv|erhebung|\w*zählung|tagung|"
     r"konferenz)\w*\s+(?:[^.;]{0,60}?\s)?(?:wird|wurde|ist|war)\s+(?:[^.;]{0,40}?\s)?(?:ermöglicht\s+(?:durch|von)\s+"
     r"(?:die|der|den|das|dem)\s+[^.;]{0,40}?(?:stiftung|fonds)|durch\s+(?:die|den|das)\s+[^.;]{0,40}?(?:stiftung|fonds)"
     r"\w*\s+(?:[^.;]{0,20}?\s)?ermöglicht)"),
    (rf"{_OPENS}(?:l['’]|le\s+|la\s+|les\s+|ce\s+|cet\s+|cette\s+|notre\s+)(?:exposition|projet|étude|recherche|festival|"
     r"publication|ouvrage|livre|podcast|programme|événement|évènement|spectacle|colloque|archive|inventaire|"
     r"recensement)\b[^.;]{0,60}?\b(?:est|a\s+été|sont|ont\s+été)\s+(?:rendue?s?\s+)?possibles?\s+grâce\s+"
     r"(?:à\s+la|à\s+l['’]|au|aux)\s*(?:\w+\s+){0,3}?(?:fondation|fonds|agence|mécénat)"),
    # (or a donation of someone named: "La restauración ha sido posible gracias a una donación de X")
    (rf"{_OPENS}(?:la|el|esta|este|nuestra|nuestro)\s+(?:exposición|muestra|proyecto|estudio|investigación|festival|"
     r"publicación|libro|podcast|programa|evento|archivo|censo|restauración|rehabilitación)\b[^.;]{0,60}?\b"
     r"(?:es|fue|ha\s+sido)\s+posible\s+gracias\s+(?:(?:a\s+la|al|a\s+los|a)\s+(?:\w+\s+){0,3}?(?:fundación|fundació|"
     r"fondo|agencia|mecenazgo)|a\s+(?:una|la)\s+(?:\w+\s+)?(?:donación|donativo|aportación)\s+(?:de|del)\s+"
     r"(?:la\s+|el\s+)?(?-i:[A-ZÀ-Ý]))"),
    # What a named body gave made this work possible, the acknowledgement's formula with the page's own work as the
    # object ("The loan of the gauges by the X Office made this study possible", "Le prêt des capteurs par
    # l'Observatoire X a rendu possible cette étude"; not "The volunteers made this project possible", nobody named)
    (rf"\b(?:by|of|from)\s+(?:the\s+)?(?-i:[A-Z])[^.;]{{0,80}}?\s(?:made|has\s+made|have\s+made)\s+(?:this|our)\s+"
     rf"(?:[\w'’\-]+\s+){{0,2}}?{_WORK}\s+possible\b"),
    (r"\b(?:par|de|du|des|d['’])\s+(?:la\s+|le\s+|les\s+|l['’])?(?-i:[A-ZÀ-Ý])[^.;]{0,80}?\s(?:a|ont)\s+rendu\s+"
     r"(?:possibles?\s+)?(?:cette|ce|cet|ces|notre|nos)\s+(?:projet|étude|recherche|travail|travaux|programme|exposition|"
     r"enquête|reportage|podcast|publication|inventaire|recensement|archive|restauration)s?\b"),
    (r"\b(?:por|de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÀ-Ý])[^.;]{0,80}?\s(?:hizo|hicieron|ha\s+hecho|"
     r"han\s+hecho)\s+posible\s+(?:este|esta|estos|estas|nuestro|nuestra)\s+(?:proyecto|estudio|trabajo|investigación|"
     r"programa|exposición|reportaje|podcast|censo|archivo|inventario|restauración)"),
    (r"\b(?:da|di|del|della|dello|dell['’]|dal|dalla|dallo|dall['’])\s*(?-i:[A-ZÀ-Ý])[^.;]{0,80}?\s(?:ha|hanno)\s+reso\s+"
     r"possibile\s+(?:questo|questa|quest['’]|il\s+nostro|la\s+nostra)\s*(?:progetto|studio|lavoro|ricerca|programma|"
     r"mostra|podcast|censimento|archivio|restauro)"),
    (r"(?:^|(?<=[.!؟]\s))(?:أقيم|أقيمت|نظم|نظمت|أنجز|أنجزت|أجري|أجريت|تم\s+تنظيم|تم\s+إنجاز)\s+(?:هذا\s+|هذه\s+)?"
     r"(?:ال)?(?:معرض|مشروع|دراسة|بحث|مهرجان|مؤتمر|مسح)\s+(?:\S+\s+)?(?:بدعم|بتمويل|برعاية)\s+(?:مالي\s+)?(?:من\s+)?"
     r"(?:ال)?(?:مؤسسة|صندوق)"),
    # A funding body opening its sentence funds this work, the page's own by its demonstrative ("Die X-Stiftung
    # finanziert dieses Projekt", "La Fondation X finance ce projet", "Fundacja X sfinansowała ten projekt"; English
    # above): the funder named by a foundation's, fund's or agency's word (not "Die Stadt finanziert dieses Projekt",
    # nor a body's money for a work of the story's, "… finanzierte das neue Hallenbad")
    (rf"{_OPENS}(?:die|der|das)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]*(?:stiftung|fonds|agentur|forschungsgemeinschaft)\s+"
     r"(?:[\w\-]+\s+){0,3}?(?:fördert|förderte|finanziert|finanzierte|unterstützt|unterstützte|sponsert|sponserte|"
     r"bezahlte|hat)\s+"
     r"(?:(?:[\w\-]+\s+){0,2}?(?:dieses|diese|diesen|unser|unsere|unseren)\s+(?:\w*projekt|vorhaben|studie|forschung|"
     r"arbeit|recherche|ausstellung|podcast|reihe|publikation|erhebung|\w*zählung|archiv|initiative)|(?:die|das|den)\s+"
     rf"(?:studie|untersuchung|forschung|erhebung|messreihe|messungen|projekt|expedition|zählung)(?:{_WORK_ENDS}|"
     # (the perfect: "Die X-Stiftung hat die Zählung bezahlt", the participle closing the clause)
     r"\s+(?:vollständig\s+|ganz\s+)?(?:bezahlt|finanziert|gefördert|unterstützt|gesponsert)(?=\s*[,.;]|\s*$)))"),
    (rf"{_OPENS}(?:la|le|l['’])\s*(?:fondation|fonds|agence|institut)\b[^.;]{{0,60}}?\s(?:finance|a\s+financé|"
     r"finançait|soutient|a\s+soutenu|soutenait|subventionne|a\s+subventionné|parraine|a\s+parrainé|a\s+payé|paie)\s+"
     r"(?:(?:ce|cette|cet|"
     r"ces|notre|nos)\s+(?:\w+\s+)?(?:projet|étude|recherche|travail|travaux|programme|exposition|enquête|reportage|"
     rf"podcast|publication|inventaire|recensement|archive)|(?:l['’]|le\s+|la\s+|les\s+)(?:étude|recherche|enquête|"
     rf"projet|expédition|relevés|mesures){_WORK_ENDS})"),
    (rf"{_OPENS}(?:la|el)\s+(?:fundación|fundació|agencia|fondo|instituto)\b[^.;]{{0,60}}?\s(?:financia|financió|"
     r"ha\s+financiado|apoya|apoyó|ha\s+apoyado|patrocina|patrocinó|subvenciona|subvencionó|pagó|ha\s+pagado)\s+"
     r"(?:(?:este|esta|estos|"
     r"estas|nuestro|nuestra)\s+(?:\w+\s+)?(?:proyecto|estudio|trabajo|investigación|programa|exposición|reportaje|"
     rf"podcast|censo|archivo|inventario)|(?:el|la|los|las)\s+(?:estudio|investigación|proyecto|expedición|"
     rf"mediciones){_WORK_ENDS})"),
    (rf"{_OPENS}(?:la|il|l['’])\s*(?:fondazione|fondo|agenzia|istituto)\b[^.;]{{0,60}}?\s(?:finanzia|ha\s+finanziato|"
     r"finanziò|sostiene|ha\s+sostenuto|sponsorizza|ha\s+sponsorizzato)\s+(?:questo|questa|quest['’]|il\s+nostro|"
     r"la\s+nostra)\s*(?:\w+\s+)?(?:progetto|studio|lavoro|ricerca|programma|mostra|podcast|censimento|archivio)"),
    (rf"{_OPENS}(?:a|o)\s+(?:fundação|fundo|agência|instituto)\b[^.;]{{0,60}}?\s(?:financia|financiou|apoia|apoiou|"
     r"patrocina|patrocinou|pagou)\s+(?:(?:este|esta|estes|estas|nosso|nossa)\s+(?:\w+\s+)?(?:projeto|estudo|trabalho|"
     rf"pesquisa|programa|exposição|reportagem|podcast|levantamento|arquivo)|(?:o|a|os|as)\s+(?:estudo|pesquisa|"
     rf"investigação|projeto|expedição|medições){_WORK_ENDS})"),
    (rf"{_OPENS}(?:het|de)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]*(?:fonds|stichting)\b[^.;]{{0,60}}?\s(?:financiert|"
     r"financierde|ondersteunt|ondersteunde|steunt|steunde|sponsort|subsidieert|subsidieerde|betaalde|heeft)\s+"
     r"(?:(?:dit|deze|ons|"
     r"onze)\s+(?:\w+\s+)?(?:project|onderzoek|studie|werk|programma|tentoonstelling|podcast|telling|archief)|"
     rf"(?:het|de)\s+(?:onderzoek|studie|project|expeditie|metingen){_WORK_ENDS})"),
    (rf"{_OPENS}(?:[\w\-]+\s+){{0,3}}?[\w\-]*(?:stiftelsen|stiftelse|fonden|fondet|fond)\b[^.;]{{0,60}}?\s"
     r"(?:finansierar|finansierade|finansierer|finansierede|finansierte|stöder|stödde|støtter|støttede|støttet|har)\s+"
     r"(?:(?:finansierat|finansieret|finansiert|stöttat|støttet)\s+)?(?:projektet|prosjektet|studien|studiet|"
     r"undersøkelsen|undersøgelsen|undersökningen|forskningen|arbetet|arbejdet|arbeidet|inventeringen|"
     r"(?:detta|dette|denna|denne)\s+\w+)"),
    (rf"{_OPENS}(?:[\w\-]+\s+){{0,3}}?(?:fundacja|fundusz|agencja|narodowe\s+centrum)\b[^.;]{{0,60}}?\s"
     r"(?:(?:s|do|współ)?finansował[aoy]?|(?:s|do|współ)?finansuje|wsparł[aoy]?|wspiera)\s+(?:ten|tę|to|te|nasz|"
     r"naszą|nasze)\s+(?:\w+\s+)?(?:projekt|badani[ae]|prac[eę]|spis|wystaw[eę]|publikacj[eę]|inwentaryzacj[eę])"),
    (rf"{_OPENS}(?:[\w\-]+\s+){{0,3}}?(?:nadace|nadácia|fond|agentura|agentúra)\b[^.;]{{0,60}}?\s"
     r"(?:(?:spolu)?financoval[aoy]?|(?:spolu)?financuje|podpořil[aoy]?|podporuje|podporil[aoy]?)\s+(?:tento|tuto|"
     r"toto|tyto|tieto|túto|náš|naši|naše|našu)\s+(?:\w+\s+)?(?:projekt|výzkum|výskum|studii|štúdiu|práci|prácu|"
     r"výstavu|soupis|súpis|sčítání|sčítanie)"),
    (rf"{_OPENS}(?:fundația|fundaţia|fondul|agenția|agenţia|institutul)\b[^.;]{{0,60}}?\s(?:a\s+finan[țţ]at|"
     r"finan[țţ]ează|a\s+sprijinit|sprijină|a\s+sus[țţ]inut|sus[țţ]ine)\s+(?:acest|această|aceste|acești)\b"),
    (rf"{_OPENS}(?:το|η|ο)\s+(?:ίδρυμα|ταμείο|οργανισμός|ινστιτούτο)\b[^.;]{{0,60}}?\s(?:χρηματοδότησε|χρηματοδοτεί|"
     r"υποστήριξε|υποστηρίζει|στήριξε|στηρίζει)\s+(?:αυτό\s+το|αυτή\s+την|αυτήν\s+την|το\s+παρόν|την\s+παρούσα)\s"),
    (rf"{_OPENS}(?:[\w\-]+\s+){{0,2}}?(?:фонд|агентство)\w*\b[^.;]{{0,60}}?\s(?:(?:про)?финансировал[аои]?|"
     r"финансирует|поддержал[аои]?|поддерживает|(?:про)?фінансував|фінансує|підтримав|підтримує)\s+(?:этот|эту|это|"
     r"эти|наш|нашу|наше|цей|цю|це|ці|наш|нашу|наше)\s+(?:\w+\s+)?(?:проект|проєкт|исследование|дослідження|работу|"
     r"роботу|выставку|виставку|перепись)"),
    # The work the page reports as the object opening its sentence (or after a verb that opens it), a funding verb in
    # the active and a funding body named by its word as the doer, in the languages whose order puts the object
    # first: Greek "Τη μελέτη χρηματοδότησε το Ίδρυμα X", Russian "Исследование оплатил фонд X", Hebrew "את המחקר
    # מימנה קרן X", Turkish "Çalışmayı X Vakfı finanse etti", Tagalog "Pinondohan ng Pundasyong X ang pag-aaral",
    # Arabic "موّلت مؤسسة X هذه الدراسة". The work by its article or case and the funder by its word, as English's
    # "The X Foundation paid for the study" (not "Τη γέφυρα χρηματοδότησε ο δήμος": the town's bridge, no funder's word)
    (rf"{_OPENS}(?:τη|την|το|τις|τα)\s+(?:μελέτη|έρευνα|έρευνες|έργο|αποστολή|μετρήσεις|καταγραφή)\s+"
     r"(?:χρηματοδότησε|χρηματοδοτεί|χρηματοδότησαν|πλήρωσε|υποστήριξε|στήριξε)\s+(?:το|η|ο)\s+"
     r"(?:ίδρυμα|ταμείο|οργανισμός|ινστιτούτο)\b"),
    (rf"{_OPENS}(?:исследование|проект|работу|экспедицию|измерения|обследование|съёмку|съемку)\s+"
     r"(?:(?:про)?финансировал[аои]?|оплатил[аои]?|поддержал[аои]?)\s+(?:\w+\s+)?(?:фонд|агентство)\b"),
    (r"(?:^|(?<=[.!?]\s))את\s+(?:המחקר|הפרויקט|הסקר|העבודה|המדידות|המשלחת)\s+(?:מימנה|מימן|מימנו|מממנת|מממן)\s+"
     r"(?:ה)?(?:קרן|קרנות)\b"),
    (rf"{_OPENS}(?:çalışmayı|araştırmayı|projeyi|ölçümleri|taramayı|keşif\s+gezisini)\s+(?:[^.;]{{0,60}}?\s)?"
     r"(?:vakf|fon)\w*\s+(?:finanse\s+etti|finanse\s+ediyor|destekledi|karşıladı)"),
    (rf"{_OPENS}(?:pinondohan|sinuportahan|tinustusan)\s+(?:ng|nang)\s+(?:mga\s+)?(?-i:[A-Z])[^.;]{{0,60}}?\s+"
     r"ang\s+(?:mga\s+)?(?:proyekto|pananaliksik|pag-aaral|sarbey|pagsusuri)\b"),
    (r"(?:^|(?<=[.!؟]\s))(?:موّ?لت?|دعمت?)\s+(?:ال)?(?:مؤسسة|صندوق|هيئة)\s+(?:\S+\s+){0,5}?(?:هذا|هذه)\s+"
     r"(?:البحث|الدراسة|المشروع|العمل)\b"),
    # The funding body set apart by a cleft ("it is X that paid for the study") or by the work put first ("to pay for
    # the study was X"): Italian "A pagare lo studio è stata la Fondazione X", Swedish, Danish, Norwegian "Det är
    # Stiftelsen X som har betalat för mätningarna", French "C'est la Fondation X qui a financé l'étude"; the funder
    # by its word, the work the page reports under its article (not "C'est la mairie qui a payé le toit")
    (rf"{_OPENS}a\s+(?:pagare|finanziare|sostenere)\s+(?:lo|il|la|i|gli|le|l['’])\s*(?:studio|ricerca|progetto|indagine|"
     r"spedizione|misurazioni|rilievi)\s+(?:è|sono)\s+stat[aoie]\s+(?:la|il|l['’])\s*(?:fondazione|fondo|agenzia)\b"),
    (rf"{_OPENS}det\s+(?:är|er|var)\s+(?:[\w\-]+\s+){{0,3}}?[\w\-]*(?:stiftelsen|stiftelse|fonden|fondet|fond)\b"
     r"[^.;]{0,40}?\s+som\s+(?:har\s+)?(?:betalat|betalt|finansierat|finansieret|finansiert|finansierar|finansierer|"
     r"bekostat|bekostet)\s+(?:för\s+|for\s+)?(?:studien|studiet|undersökningen|undersøgelsen|undersøkelsen|projektet|"
     r"prosjektet|forskningen|mätningarna|målingerne|målingene|expeditionen|ekspeditionen|ekspedisjonen)\b"),
    (rf"{_OPENS}c['’]est\s+(?:la|le|l['’])\s*(?:fondation|fonds)\b[^.;]{{0,60}}?\s+qui\s+(?:a\s+)?(?:financé|payé|"
     r"finance|paie|soutenu)\s+(?:l['’]|le\s+|la\s+|les\s+)(?:étude|recherche|enquête|projet|expédition|relevés|"
     r"mesures)\b"),
    # The work's costs as the object, a funding body named by its word bearing them: Hindi "इस अध्ययन का खर्च X न्यास ने
    # उठाया", Persian "هزینه‌های این پژوهش را بنیاد X پرداخت کرده است", Vietnamese "Quỹ X đã tài trợ toàn bộ chi phí cho
    # khảo sát" (this work's or the work's costs; not "पुल का खर्च नगर निगम ने उठाया", a town's bridge)
    (r"(?:इस|यह)\s+(?:अध्ययन|शोध|अनुसंधान|परियोजना|सर्वेक्षण)\s+(?:का|के)\s+(?:पूरा\s+|सारा\s+)?(?:खर्च|खर्चा|व्यय)\s+"
     r"[^।.]{1,60}?(?:फाउंडेशन|प्रतिष्ठान|न्यास|ट्रस्ट|कोष|निधि)\s+ने\s+(?:उठाया|वहन\s+किया)"),
    (r"(?:^|(?<=[.!؟]\s))هزینه(?:\u200c?ها(?:ی)?)?\s+(?:این\s+)?(?:پژوهش|تحقیق|طرح|مطالعه|پروژه)\s+را\s+(?:بنیاد|صندوق)\s"
     r"[^.]{0,60}?(?:پرداخت|تأمین)\s+(?:کرده|کرد|می\u200c?کند)"),
    (rf"{_OPENS}quỹ\s+(?-i:[A-ZĐÀ-ÝĂƠƯ]|[\u1ea0-\u1ef9])[^.;]{{0,60}}?\s(?:đã\s+)?(?:tài\s+trợ|chi\s+trả)\s+"
     r"(?:toàn\s+bộ\s+)?(?:chi\s+phí\s+(?:cho\s+)?)?(?:cuộc\s+)?(?:khảo\s+sát|nghiên\s+cứu|dự\s+án)\b"),
    # The work received funding from a named funder ("The study received funding from X", "El proyecto recibió
    # financiación de X", "Projektet har fått stöd från X" above), in the languages whose shapes lacked it: the work
    # opening its sentence, a verb of receiving, the money (a grant, funding: not bare support, which a council's vote
    # gives too) and the funder named by a capital, or where capitals do not tell a name (German nouns, Hebrew,
    # Arabic, Turkish before its suffix) by a foundation's or fund's word. Not "Das Projekt erhielt 50.000 Euro vom
    # Land", "Projekt otrzymał dofinansowanie z budżetu miasta" (public money, unnamed), nor reported words.
    (rf"{_OPENS}(?:(?:acest|această|aceste)\s+\w+|studiul|proiectul|cercetarea|lucrarea|evenimentul|expozi[țţ]ia|"
     r"festivalul|inventarierea|monitorizarea)\b[^.;]{0,80}?\b(?:a|au)\s+(?:primit|ob[țţ]inut|beneficiat\s+de)\s+"
     r"(?:o\s+|un\s+)?(?:finan[țţ]are|sprijin\s+financiar|grant|fonduri)\w*\s+(?:nerambursabil\w*\s+)?"
     r"(?:de\s+la|prin|din\s+partea|din)\s+(?:programul\s+|fondul\s+)?(?-i:[A-ZĂÂÎȘŞȚŢ])"
     r"(?![^.;]*,\s*(?:\w+\s+)?(?:a\s+declarat|a\s+spus|a\s+precizat|a\s+anun[țţ]at|potrivit)\b)"),
    (rf"(?:\b(?:dieses|diese|dieser|unser|unsere)|{_OPENS}(?:das|die|der))\s+(?:[\w\-]+\s+){{0,2}}?(?:\w*projekt|"
     r"vorhaben|studie|forschung|arbeit|erhebung|kartierung|ausstellung|initiative|(?!volks|stimm|wahl|aus|nach)"
     r"\w*zählung)\w*\s+(?=[^.;]*\b(?:erhielt|erhält|erhielten|erhalten|bekam|bekommt|bekommen)\b)[^.;]{0,80}?"
     r"\b(?:förderung|fördermittel\w*|fördergeld\w*|finanzierung|zuschuss|zuwendung|stipendium)\b[^.;]{0,40}?"
     r"(?:stiftung|fonds)(?:en)?\b"),
    (rf"{_OPENS}(?:(?:ten|ta|to|nasz|nasza|nasze)\s+)?(?:projekt|badani[ae]|spis|monitoring|inwentaryzacj[ae]|"
     r"liczenie|publikacj[ae]|wystaw[ay]|konferencj[ae]|praca|prace)\s+(?:\w+\s+){0,2}?(?:otrzymał[aoy]?|"
     r"uzyskał[aoy]?|otrzymuje|uzyskuje|dostał[aoy]?)\s+(?:\w+\s+)?(?:dofinansowanie|finansowanie|"
     r"wsparcie\s+finansowe|grant|dotacj[eę])\s+(?:z|od|ze\s+środków|w\s+ramach)\s+(?:programu\s+|funduszu\s+)?"
     r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])"
     r"(?![^.;]*,\s*(?:\w+\s+)?(?:powiedział[a]?|mówi|poinformował[a]?|dodał[a]?|podkreślił[a]?|według)\b)"),
    (rf"{_OPENS}(?:(?:tento|tato|toto|tyto|táto|tieto|náš|naše|naša)\s+)?(?:výzkum|výskum|projekt|studie|štúdia|"
     r"sčítání|sčítanie|soupis|súpis|monitoring|mapování|mapovanie|výstava|publikace|publikácia|konference|"
     r"konferencia)\s+(?:\w+\s+){0,2}?(?:získal[aoiy]?|obdržel[aoy]?|dostal[aoiy]?)\s+(?:(?:finanční|finančnú)\s+"
     r"podporu|(?:finanční|finančné)\s+(?:prostředky|prostriedky)|grant|dotaci|dotáciu|příspěvek|príspevok)\s+"
     r"(?:od\s+|z\s+|zo\s+|v\s+rámci\s+)?(?:programu\s+|fondu\s+)?(?-i:[A-ZÁÄČĎÉĚÍĹĽŇÓÔŔŘŠŤÚŮÝŽ])"
     r"(?![^.;]*,\s*(?:\w+\s+)?(?:uviedol|uviedla|povedal[a]?|dodal[a]?|řekl[a]?|uvedl[a]?|tvrdí|podľa|podle)\b)"),
    (rf"{_OPENS}(?:a|az|ez\s+a)\s+(?:kutatás|projekt|tanulmány|felmérés|számlálás|program|kiállítás|konferencia)\s+"
     r"(?:(?:\w+\s+)?(?:támogatást|finanszírozást|ösztöndíjat)\s+(?:kapott|nyert)\s+(?:a|az)\s+"
     r"(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])|(?:a|az)\s+(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])[^.;]{0,80}?(?:tól|től)\s+(?:kapott|nyert)\s+(?:\w+\s+)?"
     r"(?:támogatást|finanszírozást|ösztöndíjat))"),
    (rf"{_OPENS}(?:(?:bu|söz konusu)\s+)?(?:çalışma|araştırma|proje|sayım|etkinlik|sergi|kitap|rapor)\w*\s*,?\s+"
     r"(?-i:[A-ZÇĞİÖŞÜ])[^.;]{0,80}?(?:vakf|fon|kurum|ajans|dernek|derneğ)\w*['’]?\w*?(?:dan|den|tan|ten)\s+"
     r"(?:mali\s+)?(?:destek|fon|hibe|finansman|burs)\s+(?:al)\w*"),
    (rf"{_OPENS}(?:η|το|αυτή\s+η|αυτό\s+το)\s+(?:παρούσα\s+|παρόν\s+)?(?:έρευνα|μελέτη|εργασία|έργο|πρόγραμμα|"
     r"καταγραφή|έκθεση|συνέδριο)\b[^.;]{0,80}?\b(?:έλαβε|λαμβάνει|έχει\s+λάβει|εξασφάλισε)\s+(?:\w+\s+)?"
     r"(?:χρηματοδότηση|επιχορήγηση|οικονομική\s+(?:στήριξη|υποστήριξη))\s+από\s+(?:το|τον|την|τη|τα|τους|τις)?\s*"
     r"(?-i:[Α-ΩΆΈΉΊΌΎΏ])"),
    (rf"{_OPENS}(?:(?:этот|эта|это|наш|наша|наше)\s+)?(?:проект|исследование|работа|мониторинг|уч[её]т|обследование|"
     r"выставка|конференция|публикация)\s+(?:\w+\s+){0,2}?(?:получил[аои]?|получает|получили)\s+(?:\w+\s+)?"
     r"(?:грант|финансирование|финансовую\s+поддержку|субсидию)\s+(?:от\s+|из\s+)?(?-i:[А-ЯЁ])"),
    (rf"{_OPENS}(?:проектът|изследването|проучването|работата|изложбата|конференцията|мониторингът)\s+"
     r"(?:\w+\s+){0,2}?(?:получи|получава|получиха|е\s+получил[аои]?)\s+(?:\w+\s+)?(?:финансиране|грант|"
     r"финансова\s+подкрепа|субсидия)\s+(?:от\s+)?(?-i:[А-Я])"),
    (rf"{_OPENS}(?:(?:ovaj|ova|ovo|ta|to)\s+)?(?:projekt|projekat|пројекат|istraživanje|истраживање|raziskava|"
     r"studija|студија|izložba|изложба)\s+(?:\w+\s+){0,2}?(?:je\s+|је\s+)?(?:dobio|dobila|dobilo|primio|primila|"
     r"primilo|добио|добила|примио|примила|prejel[aoi]?)\s+(?:je\s+|је\s+)?(?:(?:financijsk|finansijsk|"
     r"финансијск|finančn)\w+\s+(?:potporu|podršku|подршку|podporo)|grant|грант|financiranje|finansiranje|"
     r"финансирање)\s+(?:od\s+|од\s+|iz\s+|из\s+)?(?-i:[A-ZČĆĐŠŽА-ЯЂЈЉЊЋЏ])"),
    (rf"{_OPENS}(?:projektas|tyrimas|darbas|renginys|paroda|projekts|pētījums|pasākums|izstāde|projekt|uuring|"
     r"uurimus|näitus|üritus)\s+(?:\w+\s+){0,2}?(?:gavo|gauna|saņēma|saņem|sai|saab|on\s+saanud)\s+(?:\w+\s+)?"
     r"(?:finansavimą|dotaciją|finansinę\s+paramą|finansējumu|finansiālu\s+atbalstu|grantu|rahastust|toetust)\s+"
     r"(?:iš\s+|no\s+)?(?-i:[A-ZĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅÄÖÜÕ])"),
    (r"(?:^|(?<=[.!?:]\s))(?:ה)?(?:מחקר|פרויקט|פרוייקט|סקר|מיזם|תערוכה|כנס)(?:\s+(?:זה|זו|הזה|הזאת|הנוכחי))?\s+"
     r"(?:\S+\s+){0,2}?(?:קיבל|קיבלה|קיבלו|זכה|זכתה)\s+(?:ל)?(?:מימון|מענק|תמיכה\s+כספית)\s+(?:\S+\s+)?"
     r"מ(?:ה)?(?:קרן|קרנות)"),
    (r"(?:^|(?<=[.!؟]\s))(?:و?قد\s+)?(?:حصل|حصلت|تلقى|تلقت|نال|نالت)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:مشروع|دراسة|بحث|مسح)"
     r"\s+على\s+(?:\S+\s+)?(?:تمويل|منحة|دعم\s+مالي)\s+(?:\S+\s+)?من\s+(?:ال)?(?:مؤسسة|صندوق)"
     r"(?![^.؛]*،\s*(?:و)?(?:بحسب|حسب|وفقا|وفقاً|قال|قالت|أضاف|أضافت|أوضح|أوضحت)\s)"),
)
# One pattern for every shape (content.py reattaches blocks that match it after the body).
FUNDING_STATEMENT_RE = lazy("|".join(f"(?:{shape})" for shape in STATEMENT_RES), re.I)


def has_statement_shape(text: str) -> bool:
    """`FUNDING_STATEMENT_RE.search(text) is not None`, sooner: a shape is searched only where the
    lower-cased text holds the words every match of it holds. Which shapes may match is told by
    one pass in C over each shape's most telling set of words (_shape_index: a shape whose set the
    text lacks is settled without a test of its own); those few are then tested whole."""
    low = text.lower()
    by_letter, by_block, shapes_by_word, always = _shape_index()
    chars = set(low)
    present = []
    for letter, words in by_letter:  # (a loop: no generator set up per text)
        if letter in chars:
            present += filter(low.__contains__, words)
    if not low.isascii():  # (a flag of the string: no scan)
        for block in {ord(char) >> BLOCK_BITS for char in chars if char > "\x7f"}:
            present += filter(low.__contains__, by_block.get(block, ()))
    if not present and not always:
        return False
    shapes = _gated_shapes()
    for at in sorted({*always, *(at for word in present for at in shapes_by_word[word])}):  # in STATEMENT_RES order
        required, shape = shapes[at]
        if has_required(low, required) and shape.search(text) is not None:
            return True
    return False


@lru_cache(maxsize=None)
def _gated_shapes() -> tuple[tuple[tuple[frozenset[str], ...], LazyPattern], ...]:
    """Each shape with the words it requires, the smallest sets first: a text lacks all of a
    shape's required sets but a few, and a set of one or two words is settled in as many tests,
    where one of sixty costs sixty (has_statement_shape ~20% faster; the answer is the same in
    any order). A shape is compiled when first searched."""
    return tuple((tuple(sorted(known_required_words(shape, re.I), key=len)), lazy(shape, re.I))
                 for shape in STATEMENT_RES)


def _telling(words: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """How seldom a text holds one of these words: by the shortest word ("by" is in most texts,
    "commissioned" in few), then the fewest words (then the words: a fixed choice)."""
    return min(map(len, words)), -len(words), tuple(sorted(words))


# How rare an ASCII character is in running text: its place in WORD_FIRST_LETTER_ORDER (English
# letters, commonest first); a space, digit or sign commonest of all (-1). The string's own find, so
# that max(word, key=...) calls no Python function per character.
_letter_rarity = WORD_FIRST_LETTER_ORDER.find


# An ASCII word is looked for only where the text holds its rarest letter (_letter_rarity): a few
# hundred characters of a block's text seldom hold a "k", "v" or "y". A word that is not ASCII is
# looked for only where the text holds a character of the block of 256 code points that holds its
# first such character (a script, or Latin with diacritics): a text's curly quotes or accents rule
# out the words of every other script.
BLOCK_BITS = 8


@cache
def _shape_index() -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """built_shape_index(), as required_table.SHAPE_INDEX holds it, written ahead of time for the shapes as
    they are (SHAPE_INDEX_KEY: building it cost a one-page run ~17M instructions); built for shapes edited since."""
    from .required_table import SHAPE_INDEX, SHAPE_INDEX_KEY

    return SHAPE_INDEX if SHAPE_INDEX_KEY == shapes_key() else built_shape_index()


def shapes_key() -> str:
    """A key of the statement shapes as they are: a CRC-32 of their sources' table keys, in order."""
    return table_key("\n".join(table_key(shape, re.IGNORECASE) for shape in STATEMENT_RES), re.IGNORECASE)


def built_shape_index() -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], dict[str, tuple[int, ...]],
                                 tuple[int, ...]]:
    """Each shape's most telling set of required words (_telling), as (the ASCII words; the others
    under their block (BLOCK_BITS); each word's shapes, by their place in _gated_shapes; the shapes
    that require no word). A text holding no word of a shape's set lacks a word every match of the
    shape holds: a few hundred substring tests in C settle the ~90 shapes, where the shapes' sets
    tested one by one (~1,200 words, many tested again and again) cost more."""
    by_word: dict[str, list[int]] = {}
    always = []
    for at, (required, _) in enumerate(_gated_shapes()):
        if not required:
            always.append(at)
            continue
        for word in max(required, key=_telling):
            by_word.setdefault(word, []).append(at)
    by_block: dict[int, list[str]] = {}
    by_letter: dict[str, list[str]] = {}
    for word in sorted(by_word):  # (one sort for both)
        if word.isascii():
            by_letter.setdefault(max(word, key=_letter_rarity), []).append(word)
        else:
            by_block.setdefault(ord(next(char for char in word if not char.isascii())) >> BLOCK_BITS, []).append(word)
    # (words sorted: required_table's copy is written the same under any hash seed)
    return (tuple((letter, tuple(words)) for letter, words in sorted(by_letter.items())),
            {block: tuple(words) for block, words in by_block.items()},
            {word: tuple(by_word[word]) for word in sorted(by_word)}, tuple(always))


# A short sponsor notice: "The Newsroom is supported by" followed by the sponsor's logo.
# What was made with the support a notice names, a participle before it ("Published with the support of X",
# "Publicado con el apoyo financiero de X", "Réalisé avec le soutien de X", "Realizzato con il contributo di X"): the
# notice still, the work it credits left unsaid (a story's sentence goes on after a comma: _goes_on_as_clause).
_MADE_WITH = (
    r"(?:(?:published|produced|made|realised|realized|created|developed|"
    r"(?:publicad|realizad|producid|editad|elaborad|produzid)[oa]s?|(?:publié|réalisé|produit|édité)e?s?|"
    r"(?:pubblicat|realizzat|prodott)[oaie]|veröffentlicht|realisiert|produziert|erstellt|"
    r"gepubliceerd|gerealiseerd|geproduceerd|gemaakt)\s+)?"
)
SPONSOR_NOTICE_RE = lazy(
    r"^(?:[\w'’&\-]+\s+){0,8}?(?:is|are)\s+(?:\w+\s+)?(?:supported|sponsored|funded|underwritten|made possible|"
    r"brought to you)\s+by\W*$|"
    r"^(?:(?:project|research|programme|program|initiative|event|series)\s+)?(?:sponsored|funded|co-?funded|"
    r"financed|co-?financed|underwritten|made possible|brought to you|paid for|commissioned)\s+by\b|^made\s+possible\s+(?:with|thanks\s+to)\b|"
    r"^supported\s+(?:using|with)\s+(?:public\s+)?funding\s+(?:by|from)\b|^today['’]s\s+sponsor\b|"
    r"^supported\s+by\s+\S|"  # a bare "Supported by" labels an advertisement, not a sponsor
    # "Research supported by the X Trust", "Investigación apoyada por el Instituto X": the work's noun and its
    # supporter, a name alone after it (not "Research supported by the X Fund found that …", a story's sentence)
    r"^(?:research|project|study|fieldwork|investigación|proyecto|estudio|recherche|projet|étude|ricerca|progetto|"
    r"studio|pesquisa|projeto|estudo|onderzoek|project)\s+(?:supported|apoyad[oa]|soutenue?|sostenut[oa]|apoiad[oa]|"
    r"ondersteund|gesteund)\s+(?:by|por|par|da|dal|dalla|dall['’]|pelo|pela|door)\s+(?P<work_by>[^.!?。]{2,100})$|"
    r"^(?:(?:produced|created|presented|published|developed)\s+)?in\s+(?:partnership|association|collaboration)\s+"
    r"with\b|"
    rf"^{_MADE_WITH}with\s+(?:the\s+)?(?:generous\s+|kind\s+|financial\s+)?support\s+(?:from|of)\b|"
    r"^thanks?\s+to\s+our\s+(?:\w+\s+)?sponsors?\b|"
    # "Our sponsor: X", "Our sponsors, X and Y", "Unsere Sponsoren: X", "Nos sponsors : X", "Nuestros patrocinadores: X"
    r"^(?:our|unser(?:e|en)?|notre|nos|nuestros?|nuestras?|il\s+nostro|i\s+nostri|onze)\s+(?:\w+\s+)?"
    r"(?:sponsors?|sponsoren|patrocinador(?:es|as?)?)\s*[,:(]\s*\w|"
    # "Thank you to our sponsors for supporting …", "Many thanks to the partners who back this blog" (a
    # box's label may come first: "Our partners! Many thanks to …")
    r"^(?:[^.!?:]{1,40}[.!?:]\s+)?(?P<thanks>(?:many\s+|special\s+|a\s+big\s+)?(?:thanks?|thank\s+you)\s+to\s+"
    r"(?:all\s+)?(?:our|these|my)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:sponsors?\b|(?:partners|supporters|funders)\s+(?:who|that|for)\s+(?:(?:generously|kindly)\s+)?"
    r"(?:support|sponsor|fund|make)\w*))|"
    # "Gefördert durch", "Mit freundlicher Unterstützung von", "Avec le soutien de", "Con el apoyo de",
    # "Con il contributo di", "Met steun van", "Com o apoio de", "Dofinansowano ze środków"
    r"^(?:gefördert|kofinanziert|finanziert|unterstützt|ermöglicht|gesponsert)\s+(?:durch|von|vom|aus)\b|"
    # "Sponsorisé par", "Parrainé par", "Sponsorizzato da"; "Presented by" only over the sponsor's logo or name
    # after it (a bare label): a short "Presented by Jane Doe" names a talk's speaker
    r"^(?:sponsoris|parrain)ée?s?\s+par\b|^sponsorizzat[oaie]\s+(?:da|dal|dalla|dall['’]|dai|dalle)\b|"
    r"^presented\s+by\W*$|"
    rf"^{_MADE_WITH}mit\s+(?:der\s+)?(?:freundliche[nr]?\s+|finanzielle[nr]?\s+|großzügige[nr]?\s+)?(?:unterstützung|förderung)\s+"
    r"(?:von|vom|der|des|durch)\b|"
    rf"^{_MADE_WITH}(?:avec|grâce)\s+(?:à\s+)?(?:le|l['’]|au)\s*(?:généreux\s+)?(?:soutien|concours|financement|aide|mécénat)\s+"
    r"(?:financier\s+)?(?:de|du|des|d['’])|"
    r"^(?:co)?(?:financée?s?|soutenue?s?)\s+par\b|"
    rf"^{_MADE_WITH}con\s+(?:el|la)\s+(?:apoyo|patrocinio|financiaci[oó]n|financiamiento|ayuda)\s+(?:financier[oa]\s+)?(?:de|del)\b|"
    r"^(?:co-?)?(?:financiad|patrocinad|subvencionad|apoiad)[oa]s?\s+(?:por|pel[oa]s?)\b|"
    rf"^{_MADE_WITH}con\s+il\s+(?:sostegno|contributo|patrocinio|supporto|finanziamento)\s+(?:economico\s+|finanziario\s+)?"
    r"(?:di|del|della|dell['’]|dei|delle|degli)\b|"
    r"^(?:progetto\s+|iniziativa\s+)?(?:co)?finanziat[oaie]\s+(?:da|dal|dalla|dall['’]|dai|dalle|con)\b|"
    rf"^{_MADE_WITH}met\s+(?:de\s+)?(?:financiële\s+|genereuze\s+|gulle\s+)?(?:steun|ondersteuning|bijdrage)\s+van\b|"
    r"^(?:mede\s+)?mogelijk\s+gemaakt\s+(?:door|met)\b|^(?:mede)?gefinancierd\s+door\b|^gesponsord\s+door\b|"
    rf"^{_MADE_WITH}com\s+(?:o\s+)?(?:apoio|patrocínio|financiamento)\s+(?:financeiro\s+)?(?:de|da|do|dos|das)\b|"
    r"^(?:projekt\s+|zadanie\s+(?:publiczne\s+)?)?(?:współ|do|s)?finansowan[aeyo]\s+(?:przez|ze\s+środków|z)\b|"
    r"^(?:sfinansowano|dofinansowano|współfinansowano)\s+(?:ze\s+środków|z|przez)\b|"
    # Arabic: "بدعم من …", "بتمويل من …" (with support, funding from)
    r"^(?:بدعم|بتمويل)\s+(?:مالي\s+)?من\b|"
    # "Med stöd från X", "При поддержке X", "Với sự tài trợ của X", "בתמיכת X", "Dengan dukungan X", "S podporou X",
    # "Cu sprijinul X", "Με την υποστήριξη του X"; "X Vakfı'nın katkılarıyla", "X säätiön tuella", "X Alapítvány
    # támogatásával", "X के सहयोग से", "由X基金会资助": a line of its own that holds no sentence's end (not "При
    # поддержке губернатора мост достроили в срок.", a story's sentence; a full stop may end the line where what
    # follows the support, or comes before it, is a name alone: _name_alone)
    r"^(?:med\s+(?:ekonomiskt\s+|økonomisk\s+|finansiellt\s+)?(?:stöd|støtte|bidrag)\s+(?:från|fra|av|af)|"
    r"(?:при|за)\s+(?:финансовой\s+|фінансової\s+)?(?:поддержке|підтримки)|"
    r"với\s+sự\s+(?:tài trợ|hỗ trợ|bảo trợ)\s+(?:của|từ)|(?:בתמיכת|במימון|בחסות|בסיוע)|"
    r"(?:dengan|atas)\s+dukungan(?:\s+dari)?|(?:didukung|didanai|disponsori)\s+oleh|(?:s|za)\s+(?:finanční\s+)?"
    r"podpor(?:ou|y)|cu\s+(?:sprijinul|finan[țţ]area|sus[țţ]inerea)|με\s+(?:την|τη)\s+(?:οικονομική\s+|ευγενική\s+)?"
    r"(?:υποστήριξη|στήριξη|χρηματοδότηση|χορηγία)\s+(?:του|της|των))\s+(?P<name>[^.!?。]{2,100})(?P<stop>\.)?$|"
    r"^(?P<before>[^.!?。]{2,100}?)\s(?:katkılarıyla|desteğiyle|destekleriyle|sponsorluğunda|tuella|támogatásával|"
    r"के\s+सहयोग\s+से)(?P<stop_after>\.)?$|"
    r"^由[^。]{2,40}(?:基金会|基金會|基金)(?:资助|資助|赞助|贊助|支持)$",
    re.I,
)
# Support alone, as sponsor notices say it in each language (a named supporter is a sponsor, a crowd is not:
# _support_of_nobody_named), and the words that say funding or a sponsor outright.
SUPPORT_ONLY_RE = lazy(r"\bsupport|unterstützung|\bstöd|\bstøtte|поддержк|підтримк|hỗ trợ|dukungan|didukung|podpor|"
                       r"sprijin|sus[țţ]inere|υποστήριξ|στήριξ|katkı|deste[kğ]|tuella|támogatás|सहयोग|תמיכ|סיוע|"
                       r"\bsoutien|\bapoyo|\bsostegno|\bapoio|\bsteun|wsparci")
SUPPORTER_FOLLOWS_RE = lazy(r"\bby\W*$")  # "… is supported by" over the supporter's logo
EXPLICIT_FUNDING_RE = lazy(r"fund|financ|finanz|finans|финанс|фінанс|sponsor|grant|förder|tài trợ|didanai|disponsori|"
                           r"finan[țţ]|χρηματοδ|χορηγ|מימון|חסות|资助|資助|赞助|贊助|基金|bidrag|ekonomisk|økonomisk")
MAX_SPONSOR_NOTICE_CHARS = 160
MAX_NOTICE_LABEL_CHARS = 42  # a box's own label before its thanks ("Our partners! Many thanks to …")
# The EU's notice, a sponsor notice that runs long: "Funded by the European Union. Views and opinions
# expressed are however those of the author(s) only …", in the Union's languages.
EU_NOTICE_RE = lazy(
    r"^(?:(?:co-?)?(?:funded|financed)\s+by\s+the\s+european\s+union|(?:ko)?finanziert\s+von\s+der\s+europäischen\s+"
    r"union|(?:co)?financé\s+par\s+l['’]union\s+européenne|(?:co)?financiado\s+por\s+la\s+unión\s+europea|"
    r"(?:co)?finanziato\s+dall['’]unione\s+europea|(?:mede)?gefinancierd\s+door\s+de\s+europese\s+unie|"
    r"(?:co)?financiado\s+pela\s+união\s+europeia|(?:współ)?finansowane\s+przez\s+unię\s+europejską)\b",
    re.I,
)
# A notice that names its sponsor only by what follows it ("Sponsored by", "In partnership with"): a name, or a
# logo's alt text or label; over a logo without one it names no one (_named_sponsor).
BARE_NOTICE_RE = lazy(r"\b(?:by|with|from|of|durch|von|vom|der|des|par|de|du|por|del|pel[oa]|da|"
                      r"di|della|door|van|przez|środków)\W*$", re.I)
# A notice that goes on as a sentence ("With the support of her family, she finished the race …"): after
# its first comma, a sponsor list holds names and small words; a clause holds this many other lower-case words.
NOTICE_CLAUSE_WORDS = 3
NOTICE_SMALL_WORDS = frozenset(
    "the and for its our their other with from und der die das des dem den von et les del della delle "
    "dei degli los las het van dos".split()
)
# Verbs of saying that open ("The mayor said the …", "Según el alcalde, …") or close (", the mayor said",
# ", rappelle son directeur") someone's reported words, in several languages; and the participles of funding.
_SAYING_BEFORE = (
    r"said|says|told|explained|according to|sagte|sagt|erklärte|a déclaré|a expliqué|a indiqué|selon|dijo|explicó|"
    r"según|ha detto|ha spiegato|secondo|disse|afirmou|explicou|segundo|zei|volgens|powiedział[a]?|według|sade|enligt|"
    r"сообщил[а]?|сказал[а]?|заявил[а]?|по словам|"
    # ...and in the languages whose funding forms came later: Bulgarian, Croatian/Serbian/Slovenian,
    # Lithuanian, Latvian, Estonian, Catalan
    r"според|prema|po riječima|pasak|saskaņā ar|segons"
)
_SAYING_AFTER = (
    r"said|says|told\s+\w+|added|explained|recalled|noted|sagte|sagt|erklärte|betonte|so\s+(?:der|die)|"
    r"a déclaré|a expliqué|a indiqué|a précisé|rappelle|explique|précise|souligne|dijo|explicó|recordó|señaló|afirmó|"
    r"ha detto|ha spiegato|ha dichiarato|ha ricordato|spiega|ricorda|disse|afirmou|explicou|lembrou|zei|zegt|aldus|"
    r"powiedział[a]?|mówi|sade|säger|сообщил[а]?|сказал[а]?|заявил[а]?|"
    r"заяви|каза|съобщи|посочи|(?:je\s+)?(?:rekao|rekla|izjavio|izjavila|dejal|dejala)(?:\s+je)?|"
    r"(?:је\s+)?(?:рекао|рекла|изјавио|изјавила)(?:\s+је)?|sakė|teigė|pareiškė|teica|paziņoja|ütles|teatas|"
    r"va dir|ha dit|va explicar|ha explicat|cho biết|"
    # ...Hungarian, Turkish, Greek (whose works receive funding since round 66)
    r"mondta|közölte|nyilatkozta|dedi|açıkladı|belirtti|δήλωσε|είπε|ανέφερε|"
    # ...Danish, Norwegian, Swedish, Malay and Indonesian (whose works are "ours" too since round 86)
    r"siger|sier|fortæller|forteller|berättar|kata|katanya|ujar|ujarnya|"
    # ...Czech and Slovak (whose works have their funder after the verb)
    r"uviedol|uviedla|povedal|povedala|řekl|řekla|uvedl|uvedla"
)
_FUNDED_WORDS = (
    r"funded|financed|supported|sponsored|underwritten|paid for|made possible|rendu possible|hizo posible|hecho posible|"
    r"reso possibile|donated|gefördert|finanziert|unterstützt|bezahlt|financée?s?|"
    r"soutenue?s?|financiad[oa]s?|apoyad[oa]s?|finanziat[oaie]|sostenut[oaie]|apoiad[oa]s?|gefinancierd|"
    r"ondersteund|(?:s|współ)?finansowan[aeyo]|finansierad\w*|финансир\w*|поддерж\w*|"
    r"financiran\w*|finansiran\w*|финансиран\w*|finansuo\w*|finansav\w*|finansē\w*|rahasta\w*|finançat\w*|tài trợ|"
    r"støttet|stöttad\w*|didanai|dibiayai|"
    # ...and the money as a noun the work received ("recibió financiación del gobierno, según el alcalde")
    r"funding|grants?|support|subsidy|subsidies|financement|subvention|förderung|finanzierung|zuschuss|financiación|"
    r"subvención|donaci[oó]n|donativo|finanziamento|contributo|financiamento|subsídio|financiering|subsidie|finansowanie|dotacj[aęi]|"
    # ...and a funder's active verb ("Fundacja X sfinansowała ten projekt, powiedział wójt")
    r"funds|finances|fördert|förderte|finanzierte|finance|financia|financió|finanzia|financiert|financierde|"
    r"(?:s|do|współ)?finansował\w*|wsparł\w*|finansuje|finansier\w*|financoval\w*|financuje|podpořil\w*|"
    r"podporil\w*|támogatt\w*|"
    r"finan[țţ]\w*|χρηματοδότησε|(?:про)?финансировал\w*|финансирует|"
    # ...and the money a work received ("Проект получил грант Фонда X, сообщил мэр")
    r"грант\w*|субсиди\w*|dofinansowani\w*|dotac\w*|támogatás\w*|destek\w*|χρηματοδότηση"
)
# ...and papers as the source after a comma: the story's evidence of who paid, reported as news ("The trip was paid
# for by the X Foundation, records show", ", court papers show", ", wie Unterlagen zeigen", ", montrent les
# documents", ", muestran los documentos"); the page's own statement cites no records for itself.
_EVIDENCE_AFTER = (
    r"(?:records?|documents?|papers|filings?|figures|minutes|accounts|invoices|e-?mails|receipts)\s+"
    r"(?:show|shows|showed|shown|reveal|reveals|revealed|indicate|indicates|indicated)|"
    r"(?:Unterlagen|Dokumente|Akten|Rechnungen|Protokolle)\s+(?:zeigen|zeigten|belegen|belegten)|"
    r"(?:montrent|révèlent|indiquent)\s+(?:les|des)\s+(?:documents|archives|factures|comptes)|"
    r"(?:muestran|revelan|indican)\s+(?:los|las|unos)\s+(?:documentos|registros|facturas|actas)|"
    r"(?:mostrano|rivelano)\s+(?:i|gli|le)\s+(?:documenti|registri|fatture|atti)|"
    r"(?:blijkt|bleek)\s+uit\s+(?:documenten|stukken|facturen|notulen)"
)
# ...and the source of the words named after a comma: ", según el alcalde", ", according to the council".
_SOURCE_AFTER = "|".join(sorted(("according to", "по словам", *(ACCORDING_WORDS - ACCORDING_ALSO_PREPOSITIONS),
                                  *POSTPOSED_ACCORDING_WORDS), key=lambda word: (-len(word), word)))
# Support that is not funding of the work: readers, members, affiliate links, product features.
# One alternative a string (searched one by one, each where the text holds its words: _not_funding).
NOT_FUNDING_RES = (
    r"(?:supported|funded|financed|made possible|paid for) by (?:our |its |people like |the )?(?:readers|you|members|"
    r"subscribers|listeners|viewers|donors like you|donations|advertis\w*|ads\b)",
    r"reader-supported",
    # the people who use or build the work, not a funder: "This project is supported by the community" (not a body
    # named for one: "the Example Community Foundation")
    (r"(?:supported|funded|financed|made possible|paid for|sustained) by (?:our |its |the |a )?(?:\w+\s+)?"
     r"(?:community|volunteers|users|contributors)\b(?!\s+(?:\w+\s+)?(?:foundations?|funds?|trusts?|councils?|banks?|"
     r"grants?|associations?)\b)"),
    # a job's terms: a funded post or fellowship advertised, not the funder of the work the page publishes ("This
    # post is funded by X for three years", "Applications for this fellowship, funded by X, close on 1 May")
    (r"\b(?:post|position|role|studentship)\s+(?:is|will be)\s+(?:\w+\s+)?funded\b[^.;]{0,60}?\bfor\s+"
     r"(?:up\s+to\s+)?(?:\d+|one|two|three|four|five)\s+(?:years?|months?)\b"),
    (r"\bapplications?\b[^.;]{0,80}?\b(?:close|closes|are due)\b|\b(?:fixed[- ]term|full[- ]time|part[- ]time)\s+"
     r"(?:post|position|contract|role|job)\b|\bclosing date\b|\bapply (?:by|before)\b|\bthe successful candidate\b|"
     r"\bbewerbungs(?:frist|schluss)\b|\bdate limite de candidature\b|\bcontrat à durée déterminée\b|"
     r"\bplazo de (?:solicitud|presentación)\b|\bscadenza del bando\b|\bsolliciteren\b|\bsollicitatie\w*|\bsista ansökningsdag\b|"
     r"\bansøgningsfrist\b|\bsøknadsfrist\b|\btermin składania\b"),
    # a crowd's many small gifts, reported: "was funded by more than 4,000 backers", "通过众筹获得…资助"
    (r"(?:supported|funded|financed|paid for|backed) by (?:more than |over |nearly |almost |some |about |around )?"
     r"[\d][\d,.]*\s+(?:\w+\s+)?(?:backers|people|donors|supporters|individuals|contributors|fans|pledgers)\b"),
    r"\bcrowd-?fund(?:ing|ed)\s+(?:campaign|site|platform|drive|appeal)s?\b|众筹|眾籌|クラウドファンディング|크라우드\s*펀딩",
    # small gifts of many, not a funder: "Her campaign was funded by small donations from across the state"
    (r"(?:supported|funded|financed|paid for) by (?:\w+\s+){0,2}?(?:donations|contributions)\b"
     r"(?!\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z]))"),
    r"affiliate",
    # a donation appeal, a call to give ("X donated to the Y Foundation to support its work. Donate today!"): it
    # asks the reader for money for the site's cause; it does not say who funded the work the page publishes
    r"\bdonate\s+(?:today|now|here|online)\b",
    r"\bmake\s+a\s+(?:\w+\s+)?(?:donation|gift)\s+(?:today|now)\b",
    r"\bplease\s+(?:consider\s+)?(?:donating|making\s+a\s+donation)\b",
    r"\bjetzt\s+spenden\b",
    r"\bspenden\s+sie\b",
    r"\b(?:faites|faire)\s+un\s+don\b",
    r"\bhaz\s+(?:una\s+donaci[oó]n|un\s+donativo)\b",
    r"\bdona\s+(?:ahora|hoy|ora|oggi|agora)\b",
    r"\bfai\s+una\s+donazione\b",
    r"\bdoneer\s+(?:nu|vandaag)\b",
    r"\bdoe\s+agora\b",
    r"\bfaça\s+uma\s+doação\b",
    r"\bprzekaż\s+darowiznę\b",
    r"\bwesprzyj\s+nas\b",
    # an advertisement's label names no sponsor: "Sponsored by our sister brands", "Sponsored by selected retailers"
    r"\bsponsored\s+by\s+(?:our|these|selected|trusted)\s+(?:\w+\s+)?(?:brands?|partners|advertisers|retailers|sellers|"
    r"merchants|shops|stores)\b",
    r"\b(?:earn|earns|receive|receives|get|gets|make|makes)\s+(?:\w+\s+){0,2}?commissions?\b",
    # a commercial item a brand pays to place, not work it funds: "This sponsored offer is presented by X",
    # a sponsored giveaway or listing; an advertising partner
    (r"\bsponsored\s+(?:deals?|offers?|discounts?|coupons?|promotions?|promos?|giveaways?|sweepstakes|contests?|"
     r"listings?|products?|links?|ads?|advertisements?|placements?|results?)\b"),
    r"\badvertising\s+partners?(?:hips?)?\b",  # (a retail partner may sponsor an event; "affiliate": below)
    # the public as the supporter: "made possible by members like you", "support from donors like you"
    (r"\b(?:readers|members|donors|listeners|viewers|subscribers|supporters|contributors|patrons|people|folks|fans)\s+"
     r"like\s+you\b"),
    # a company's money reported as news (a round, its investors, its valuation), not a funder of the work:
    # "raised $40 million in a Series C round led by X", "received funding from investors at a valuation of …"
    # (a grants programme has "funding rounds" too: those count only with a lead investor)
    r"\b(?:seed|pre-seed|series\s+[a-h]\d?|venture|growth|bridge|equity)\s+(?:funding\s+|financing\s+)?rounds?\b",
    r"\b(?:funding|financing|investment)\s+rounds?\s+(?:was\s+|is\s+)?led\s+by\b",
    (r"\b(?:pre-money|post-money)\s+valuation\b|\bat\s+an?\s+(?:\w+\s+)?valuation\b|\bvaluation\s+of\s+[$€£¥]|"
     r"\bvaluing\s+(?:it|the\s+\w+)\s+at\b"),
    r"(?-i:\b(?:from|by|led by|including|among)\s+(?:\w+\s+){0,3}?(?:investors|venture capitalists|VCs)\b)",
    (r"\b(?:startup|start-up|unicorn|scale-?up)s?\b[^.;]{0,60}?\b(?:raised|raises|received|receives|secured|secures|"
     r"closed|closes|landed|lands)\s+(?:\w+\s+){0,3}?(?:[$€£¥]|funding|financing|investment|capital)"),
    (r"\b(?:company|firm)\b[^.;]{0,60}?\b(?:raised|raises|received|receives|secured|secures|closed|closes)\s+"
     r"(?:\w+\s+){0,3}?(?:[$€£¥]\s?\d|(?:venture\s+|growth\s+)?(?:investment|capital)\b)"),
    r"\braised\s+[^.;]{0,40}?\bto\s+date\b",
    r"\bwith\s+(?:\w+\s+)?funding\s+from\b[^.;]{0,80}?,\s+(?:the|our|its)\s+(?:startup|start-up|company|firm)\b",
    r"supported by (?:(?:the|your|all|most|every|any|major|modern|current|recent|newer|older|popular|many|some)\s+)"
    r"{0,3}(?:apps?|browsers?|devices?|versions?|firmware|software|platforms?|operating systems?|phones?|hardware|"
    r"models?|plugins?|extensions?|drivers?)\b",
    # a version floor: software or devices that work with a feature ("supported by PostgreSQL 14 and later", "von allen
    # Browsern ab Version 110 unterstützt"), not a funder
    (r"\b\d+(?:\.\d+)*\+?\s+(?:and|or)\s+(?:later|above|newer|higher)\b|\b(?:und|oder)\s+(?:höher|neuer)\b|"
     r"\bab\s+(?:version|v\.?)\s*\d|\bet\s+(?:versions\s+)?ultérieures\b|\by\s+(?:versiones\s+)?posteriores\b|"
     r"\be\s+(?:versioni\s+)?successive\b|\bof\s+hoger\b|\boch\s+senare\b|\bog\s+(?:nyere|senere)\b|"
     r"\bi\s+nowsze\b"),
    # general thanks to the audience, anywhere (thanks to people by role inside an acknowledgement: _general_thanks);
    # support as agreement or as evidence, not money
    r"\b(?:thank\w*|grateful to)\s+(?:to\s+)?(?:all\s+(?:of\s+)?)?(?:our|my)\s+(?:\w+\s+)?(?:readers|listeners|"
    r"viewers|subscribers|members|patrons|fans|audience)\b",
    # (and further on in the thanks: "We thank everyone who came, and all our readers for their support")
    r"\b(?:thank\w*|grateful)\b[^.;]{0,80}?\b(?:our|my)\s+(?:\w+\s+)?(?:readers|listeners|viewers|subscribers|"
    r"members|patrons|fans|audience)\s+for\s+(?:their|your|the)\s+(?:\w+\s+)?support\b",
    r"\b(?:by|par|por|da|dalla|von|door|przez|pela)\s+(?:a\s+|the\s+|la\s+|der\s+|de\s+)?(?:majority|majorité|"
    r"mayoría|maggioranza|mehrheit|meerderheid|maioria|większość)",
    # ...and where the majority is an instrumental with no preposition: "Projekt byl podpořen většinou zastupitelů"
    (r"\b(?:většinou|väčšinou|większością|большинством|більшістю)\s+(?:\w+\s+)?(?:hlasů|hlasov|zastupitelů|"
     r"poslanců|poslancov|radních|členů|členov|głosów|posłów|radnych|голосов|депутатов|голосів|депутатів)\b"),
    # funding others had or lacked, in a grants call: "groups that have not received funding from us before"
    r"\b(?:that|who|which)\s+(?:have|has|had)\s+(?:not|never)\s+(?:yet\s+|previously\s+|before\s+)?"
    r"(?:received|been awarded|had)\s+(?:\w+\s+){0,2}?(?:funding|grants?|financial support)\b",
    r"\b(?:received|receive|had)\s+(?:\w+\s+){0,2}?(?:funding|grants?)\s+from\s+us\b",
    r"(?-i:supported by (?:\w+\s+){0,3}?(?:evidence|data|findings|studies|literature|observations|experiments|"
    r"simulations|measurements|theory|facts)\b)",
    # money paid with a loan: a bridge or a building, not the work the page publishes ("The bridge project was
    # financed by the council with a loan from the regional bank"); not a loan programme a page describes
    r"\b(?:with|through|by|via)\s+(?:a|an|the|its|their)\s+(?:[\w%\-]+\s+){0,3}?(?:loans?|bond issues?)\b|"
    r"\bcon\s+(?:un|el)\s+(?:\w+\s+)?(?:préstamo|prestito|mutuo)\b|\b(?:avec|grâce à|par)\s+un\s+prêt\b|"
    r"\b(?:mit|über)\s+(?:einem|einen|dem|den)\s+(?:\w+\s+)?(?:kredit|darlehen)\b|\bcom\s+um\s+empréstimo\b|"
    r"\bmet\s+een\s+(?:\w+\s+)?lening\b|\bz\s+(?:\w+\s+)?(?:kredytu|pożyczki)\b|\bmed\s+ett\s+(?:\w+\s+)?lån\b|"
    r"\bза\s+сч[её]т\s+(?:\w+\s+)?кредита\b|贷款|貸款|대출로|\bdengan\s+pinjaman\b|\bkredi(?:si)?yle\b|بقرض",
    # a party's or a vote's support: politics as news ("The project was supported by the Green Party in the
    # council vote", "Le projet a été soutenu par le parti X", "unterstützt von der X-Partei")
    (r"\bsupported\s+by\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:party|parties)\b|"
     r"\b(?:in|at|during)\s+(?:the|a|its)\s+(?:\w+\s+)?(?:vote|ballot|referendum)\b|"
     r"\b(?:soutenu|soutenue|appuyé|appuyée)s?\s+(?:en\s+partie\s+|partiellement\s+)?par\s+(?:le|les)\s+(?:\w+\s+)?partis?\b|"
     r"\b(?:apoyad|respaldad)[oa]s?\s+por\s+(?:el|los)\s+(?:\w+\s+)?partidos?\b|"
     r"\bsostenut[oaie]\s+dal?\s+(?:\w+\s+)?partit[oi]\b|\bunterstützt\s+von\s+der\s+[\w\-]*partei\b|"
     r"\bgesteund\s+door\s+de\s+(?:\w+\s+)?partij\b"),
    # a census of the people or a count of the votes: the state's business as news, not a survey the page reports
    # ("Le recensement de la population est financé par l'État", "Liczenie głosów jest finansowane przez państwo")
    (r"\b(?:population|national|general)\s+census\b|\bcensus\s+of\s+(?:the\s+)?population\b|"
     r"\b(?:recensement|censo|censimento|sensus|recensământ\w*|перепис\w*|sčítání|sčítani\w*|spis|súpis\w*|"
     r"népszámlálás\w*|nüfus)\s+"
     r"(?:\w+\s+)?(?:de\s+la\s+population|d[eoa]\s+(?:la\s+)?(?:población|população)|demográfico|"
     r"della\s+popolazione|penduduk|populației|populaţiei|населения|lidu|obyvate[lľ]\w*|ludności|powszechn\w*|"
     r"sayımı)\b|"
     r"\b(?:vote|votes|ballot|ballots)\s+(?:count|counting|recount)\b|\b(?:aus)?zählung\s+der\s+(?:stimmen|stimmzettel|"
     r"wahlzettel|briefwahlstimmen)\b|\b(?:liczeni\w*|recuento|conteo|spoglio|"
     r"dépouillement|contagem|sčítání)\s+(?:\w+\s+)?(?:głosów|de\s+(?:los\s+)?votos|dei\s+voti|des\s+(?:votes|voix|"
     r"bulletins)|dos\s+votos|hlasů)\b"),
    # reported speech: someone in the story says who paid ("Residents said the clinic was funded by the county",
    # "Le festival est financé par la mairie, rappelle son directeur"); the page's own statement says it itself.
    # The saying and the funding are in one sentence.
    # (the comma inside the quotation's closing mark too: "“It was funded by the X Foundation,” said the mayor")
    rf"(?:\b(?:{_SAYING_BEFORE})\b[^.;!?]{{0,100}}?\b(?:{_FUNDED_WORDS})|\b(?:{_FUNDED_WORDS})[^.;!?]{{0,160}}?,[”\"’»]?\s*"
    rf"(?:[\w'’\-]+\s+){{0,4}}?(?:{_SAYING_AFTER}|{_SOURCE_AFTER}|{_EVIDENCE_AFTER})\b)",
)
NOT_FUNDING_RE = lazy("|".join(NOT_FUNDING_RES), re.I)
# Competing interests and ethics: declarations of their own, never funding.
DECLARATION_HEADING_RE = lazy(
    r"competing interests?|conflicts? of interest|ethics|ethical|disclosures? of interest|interessenkonflikt|"
    r"conflits? d'intérêts?|conflicto de intereses|conflitto di interessi|konflikt interesów",
    re.I,
)
# The heading of a declarations section (the whole heading): competing interests, ethics, consent.
DECLARATION_SECTION_RE = lazy(
    r"^[\s\d.)§]*(?:declarations?|competing (?:financial )?interests?(?: statement| declaration)?|"
    r"conflicts? of interests?(?: statement| disclosures?)?|declarations? of (?:competing |conflicting )?interests?|"
    r"disclosures?(?: statement)?|ethics(?: declarations?| statement| approval(?: and consent to participate)?)?|"
    r"data (?:availability|access|sharing)(?: statement)?|availability of (?:data|data and materials)|"
    r"datenverfügbarkeit|verfügbarkeit der daten|disponibilité des données|disponibilidad de (?:los )?datos|"
    r"disponibilità dei dati|disponibilidade de dados|dostępność danych|数据可用性|データの可用性|"
    r"ethical (?:approval|statement|considerations|standards|declarations?)|consent (?:for|to) publication|"
    r"informed consent|interessenkonflikte?|ethikvotum|ethische aspekte|erklärungen|conflits? d['’]intérêts?|"
    r"déclaration d['’]intérêts?|liens d['’]intérêts?|conflicto de intereses|conflitto di interessi|"
    r"konflikt interesów|belangenverstrengeling|conflitos? de interesses?|conflictos? de intereses|"
    r"(?:aprovação|aprobación|approbation|approvazione) (?:ética|éthique|etica)|ethische goedkeuring|"
    r"ethikkommission|consideraciones éticas|considérations éthiques|aspectos éticos|aspetti etici|"
    r"конфликт интересов|利益冲突|利益衝突|利益相反|伦理声明|倫理的配慮|"
    r"이해\s*상충)\W*$",
    re.I,
)
# "Disclosure(s)" alone titles the authors' ties (fees, grants, shares: a declaration) or a
# site's affiliate notice; only the first is a declaration section.
BARE_DISCLOSURE_RE = lazy(r"^[\s\d.)§]*disclosures?\W*$", re.I)
FINANCIAL_TIES_RE = lazy(r"\b(?:conflicts?|competing|interests?|consult\w*|fees|honorari\w*|relationships?|grants?|"
                         r"shares|stocks?|employ\w*|advisory|speakers?)\b", re.I)
# The headings find_statements reads a short block's whole text as: a declaration, funding or an
# acknowledgement. Tried one by one, not joined into one pattern: a page's headings compile each of
# them anyway, and the three joined cost as much again to compile (~3 ms a process).
SHORT_HEADINGS = (DECLARATION_SECTION_RE, FUNDING_HEADING_RE, ACKNOWLEDGEMENT_HEADING_RE)
# ...each also case-sensitive, for the lower-cased text (patterns.lowered): a match there says the
# heading may match; the heading decides.
_LOWER_SHORT_HEADINGS = tuple(map(lowered, SHORT_HEADINGS))
# The short texts judged, kept across pages: a site's menu entries, labels, dates and headings
# come again in every page's two searches (a lookup costs a fifth of the match).
MAX_KNOWN_SHORT_TEXTS = 4096


# The first two letters (lower-cased) of every heading of SHORT_HEADINGS that opens with two ASCII
# letters: a text opening with two others is none of them, told without the patterns (three
# matches of ~150 alternatives each: a page's new short texts, ~130 of them, cost ~1% of its time;
# ~55% of them are told here). Read off the patterns by tests/test_fast_paths.py, which fails when
# an edited heading opens with a pair missing here.
HEADING_STARTS = frozenset((
    "ac", "ag", "am", "ap", "as", "at", "av", "be", "co", "cu", "da", "de", "di", "do", "dz", "en", "er", "et", "ev",
    "fe", "fi", "fo", "fu", "ge", "gr", "im", "in", "ki", "ko", "li", "me", "mi", "mo", "mu", "ng", "no", "ou", "pa",
    "pe", "pi", "po", "pr", "ra", "re", "ri", "ro", "so", "sp", "su", "ta", "te", "th", "to", "uc", "uf", "un",
    "ve", "vy", "wa", "ws", "za",
))


@lru_cache(maxsize=MAX_KNOWN_SHORT_TEXTS)
def _is_short_heading(text: str) -> bool:
    """Is a short block's whole text (spaces collapsed) any heading find_statements reads? Asked
    of a heading's or a bold label's text too: one that is none opens no section."""
    opening = text[:2]
    if len(opening) == 2 and opening.isascii() and opening.isalpha() and opening.lower() not in HEADING_STARTS:
        return False  # (a letter is no numbering: the heading's own words open the text)
    low = lower_folded(text)  # each pattern case-sensitive on it first: most texts are turned away ~3x as fast
    for lower, heading in zip(_LOWER_SHORT_HEADINGS, SHORT_HEADINGS):  # a loop: no generator set up (per text)
        if lower.match(low) is not None and heading.match(text) is not None:
            return True
    return False


# Cheap substring test before any pattern runs (lower-cased text).
FUNDING_WORDS = (
    "support", "fund", "financ", "sponsor", "grant", "award", "acknowledg", "förder", "finanz", "soutien",
    "soutenu", "apoy", "subvenc", "sostenut", "finansow", "gefinancierd", "ondersteund", "financiad", "underwritten",
    "made possible", "partner", "compensated", "collaboration", "brought to you", "donat", "paid for", "commission", "mécène",
    "bénéfici", "unterstütz", "apoio", "sostegno", "contributo", "patrocin", "steun", "mogelijk gemaakt", "поддерж",
    "финанс", "грант", "基金", "资助", "資助", "赞助", "贊助", "补助", "補助", "助成", "支援", "協賛", "後援", "委託",
    "科研費", "資金", "提供", "スポンサー", "지원", "연구비", "후원", "협찬", "no funding", "no specific", "kooperation",
    "zusammenarbeit", "partenariat", "finans", "stöd", "støtte", "støttet", "stött", "bekostad", "rahoit", "tuella",
    "podpor", "destek", "finanse", "fonlan", "didanai", "dibiayai", "didukung", "támogat", "tot stand",
    "gesponsert", "stipend", "zuwendung", "zuschuss", "parrain", "presented by", "desteğ", "dukungan", "wsparci", "підтрим", "фінанс", "تمويل", "مول",
    "موّل", "دعم", "منح",
    "χρηματοδοτ", "στήριξη", "finanț", "finanţ", "sprijin", "fadhili", "वित्त", "सहायता", "अनुदान", "सहयोग",
    "disokong", "ditaja", "dibiayakan", "finanszíroz", "สนับสนุน", "ทุน", "অর্থায়ন", "সহায়তা", "অনুদান",
    "befonds", "gefinansier", "geborg", "ariannwyd", "cefnogwyd", "noddwyd", "ֆինանսավոր", "աջակցությամբ",
    "maliyyə", "dəstəy", "moliyalashtiril", "ko‘mag", "падтрым", "қаржыланд", "қолдау", "поддршка", "mbështet",
    "iffinanzjat", "ffinanzjat", "sostnut", "დააფინანს", "დაფინანს", "მხარდაჭერ",
    "ឧបត្ថម្ភ", "ហិរញ្ញប្បទាន", "មូលនិធិ", "අරමුදල්", "ප්\u200dරදාන", "අනුග්\u200dරහ", "ආධාර", "ድጋፍ", "ተደግ",
    "χρηματοδότ", "υποστηρ", "στηρίχ", "podpoř", "susțin", "susţin", "apurah", "avustuks", "tuki", "समर्थन", "hibah",
    "betaald", "bezahlt", "betalt", "betald", "betalat", "a pagare", "खर्च", "هزینه", "оплатил", "מימנ", "מממנ", "katkı", "מומן", "ממומנ", "נתמכ", "בתמיכ", "במימון", "בסיוע", "בחסות", "מענק", "tài trợ", "hỗ trợ", "kinh phí",
    "bảo trợ", "rahast", "toeta", "toel", "rėmė", "remiam", "atbalst", "podrža", "подржа", "podprl", "finança",
    "suport", "potpor", "podršk", "подршк",
    # the money a work received, where no word above is in it ("získal dotaci", "קיבל מימון", "hibe aldı")
    "dotac", "dotác", "dotacj", "מימון", "hibe", "toetus", "επιχορήγ", "υποστήρ",
    # ...in Czech and Slovak its financial means ("získal finanční prostředky z programu X", the EU's notice)
    "finanční prostř", "finančné prostr",
    # ...and a work made possible by a foundation ("wird ermöglicht durch die X-Stiftung", "möjliggjorts av")
    "ermöglich", "möjliggj", "muliggj", "gjort mulig", "possible grâce", "possibile grazie", "возможной благодаря",
    "возможным благодаря",
    # ...or made possible by what a named body gave ("a rendu possible cette étude", "hizo posible este estudio",
    # "ha sido posible gracias a una donación de X")
    "rendu possible", "hizo posible", "hecho posible", "reso possibile", "donación",
    # ...and French's grant ("L'équipe vient de recevoir une subvention de la Fondation X pour poursuivre …")
    "subvention",
    # ...and Japanese's costs borne ("調査費用は…財団が負担した")
    "負担",
    # Tagalog
    "pinondohan", "sinuportahan", "tinustusan",
    # a thing's costs borne by a funding body: Swedish "bekostats", Russian "на средства фонда", Bengali "অর্থ দিয়েছে",
    # Urdu "اخراجات … نے برداشت کیے"
    "bekost", "на средства", "অর্থ", "اخراجات",
    # Persian, Urdu
    "حمایت مالی", "پشتیبانی مالی", "تأمین مالی", "مالی معاونت", "مالی امداد", "مالی تعاون", "فنڈنگ",
)


def _holding_no_other(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that hold no other of them, in order. Each word is looked for once in all of them
    joined (a scan in C), not in each of the others apart (~170 x 170 tests: ~3% of a one-page run's
    instructions). No word holds a line break, so a word found there lies within one word."""
    joined = "\n".join(words)
    starts = list(accumulate((len(word) + 1 for word in words), initial=0))
    holding = set()
    for other in set(words):
        at = joined.find(other)
        while at != -1:
            index = bisect_right(starts, at) - 1
            if words[index] != other:
                holding.add(index)
            at = joined.find(other, at + 1)
    return tuple(word for index, word in enumerate(words) if index not in holding)


# The gate's own list: a word that holds another ("finansow" holds "finans") adds nothing to it.
_GATE_WORDS = _holding_no_other(FUNDING_WORDS)


def _gate_groups() -> tuple[tuple[Callable[[str], bool] | None, tuple[str, ...], tuple[str, ...]], ...]:
    """The gate words in groups, each in the gate's order (the common words first: a search for
    any stops sooner): plain ASCII words; ASCII letters with a typographic mark ("ko‘mag"); words
    with a diacritic; words of other scripts. A text holds a word of the last three only where it
    holds one of the group's non-ASCII characters, which one scan of the text per character (a few)
    or one regex scan (many) tells for the whole group. A mark has a group of its own: an English
    page's curly quotes would open a script's group to every one of its words.
    Each group as (that test, its words of one piece, its words of several: "paid for"; see _words_in)."""
    groups: dict[int, list[str]] = {}
    for word in _GATE_WORDS:
        letters = [char for char in word if not char.isascii() and not unicodedata.category(char).startswith("P")]
        key = 0 if word.isascii() else 1 if not letters else 2 if max(letters) < "\u0370" else 3
        groups.setdefault(key, []).append(word)
    gated = []
    for key, words in sorted(groups.items()):
        chars = "".join(sorted({char for word in words for char in word if not char.isascii()}))
        gated.append((_holds_any(chars) if key else None, tuple(word for word in words if word.split() == [word]),
                      tuple(word for word in words if word.split() != [word])))
    return tuple(gated)


# Up to this many characters, a text is scanned for each apart: a one-character search runs at
# memchr speed (in a text of two-byte characters too, by their low byte), where a regex's scan of a
# character class costs ~30 instructions a character: the diacritics' eleven cost a ninth of their
# class's scan of a page's words (~0.2M instructions a page); the other scripts' ~180 stay one scan.
MAX_CHARS_SCANNED_APART = 16


def _holds_any(chars: str) -> Callable[[str], bool]:
    """Does a text hold any of these characters?"""
    if len(chars) <= MAX_CHARS_SCANNED_APART:
        return lambda text: any(map(text.__contains__, chars))
    pattern = lazy(f"[{re.escape(chars)}]")
    return lambda text: pattern.search(text) is not None


_GATE_GROUPS = _gate_groups()


def _gate_blocks(blocks: list[tuple[etree._Element, str]], gated: dict[str, bool]) -> None:
    """Answer for each block's raw text of a statement's length whether it holds a gate word,
    into `gated`: the words the page's blocks hold are found in one scan of their joined text
    (not the scripts'), and only where each of them stands is a block told that it holds one."""
    lowered = {raw: raw.lower() for _, raw in blocks if MIN_STATEMENT_CHARS <= len(raw) <= MAX_STATEMENT_CHARS * 2
               and raw not in gated}  # each apart: an ASCII text lower-cases ~3x as fast as one that is not
    # Joined, the texts lower-cased apart are the joined text lower-cased ("\n" ends a final sigma's context).
    low = "\n".join(lowered.values())
    words = _words_in(low)
    ends = [*accumulate(len(text) + 1 for text in lowered.values())]  # where each text ends in `low`, past its "\n"
    holding = set()
    for word in words:  # (a gate word holds no "\n": it stands inside one text)
        at = low.find(word)
        while at >= 0:
            block = bisect_right(ends, at)
            holding.add(block)
            at = low.find(word, ends[block])  # in the next text on: this one is told
    for block, raw in enumerate(lowered):
        gated[raw] = block in holding


def _holds_gate_word(low: str) -> bool:
    """`bool(_words_in(low))`, stopping at the first gate word found."""
    for chars, words, spaced in _GATE_GROUPS:
        if (chars is None or chars(low)) and (any(map(low.__contains__, words)) or any(map(low.__contains__, spaced))):
            return True
    return False


def _words_in(low: str) -> tuple[str, ...]:
    """The gate words lower-cased `low` holds, in the gate's order (a group whose characters
    `low` lacks is not scanned for). A word of one piece is looked for among the text's distinct
    words, where alone it can be (a page's blocks say their words many times over: its distinct
    words are a third of their text, and most of the page's search went on scanning it); a word of
    several pieces only where the distinct words hold its every piece, in the text itself. A group
    of words with a character past ASCII is looked for (its characters, then its words of one piece)
    only among the distinct words that have one, where alone such a character and word can be: on
    most pages a small part of them (an English page's words with a curly apostrophe), scanned
    there for the groups' ~100 words and ~200 characters (a warm pass of clean() over the 181
    scrapinghub pages: 0.38% fewer instructions)."""
    tokens = set(low.split())
    distinct = "\n".join(tokens)  # the text's characters but its spaces
    foreign = None  # the distinct words with a character past ASCII, joined
    found: set[str] = set()
    for chars, words, spaced in _GATE_GROUPS:
        if chars is None:  # (plain ASCII words: within any word, "co-funded", "financiación")
            found.update(filter(distinct.__contains__, words))  # a C loop: no Python frame per word
        else:
            if foreign is None:
                foreign = "\n".join(filterfalse(str.isascii, tokens))  # (a C loop: no Python frame per word)
            if not chars(foreign):
                continue
            found.update(filter(foreign.__contains__, words))
        found.update(word for word in spaced if all(map(distinct.__contains__, word.split())) and word in low)
    return tuple(word for word in _GATE_WORDS if word in found)


HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Inline elements read as blocks where they sit loose beside blocks (their text is no leaf block's).
LOOSE_LINE_TAGS = ("strong", "b", "em", "i")
# Blocks read as one statement; a block with block children is read through them.
BLOCK_TAGS = ("p", "li", "dd", "div", "section", "aside", "footer", "header", "dialog", "td", "small", "span",
              "figcaption", "blockquote", "summary")
_BLOCK_CHILDREN = frozenset(("p", "li", "dd", "div", "section", "aside", "footer", "header", "table", "ul", "ol",
                             "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "dialog",
                             # containers: the body's wrapper around an <article> is no statement of its own
                             "article", "main", "nav", "form", "fieldset", "details", "pre", "address", "hgroup",
                             "center", "menu", "search"))
# Areas whose statements are someone else's, by the class vocabulary of the removal rules
# (rules.CLASS_VOCABULARY): navigation, comments, related teasers, newsletter and share boxes.
# Not "advertisement": its "sponsor" words name the page's own sponsor notices too.
FOREIGN_RULES = frozenset(("comments", "related", "newsletter", "share-bar", "navigation", "cookie-banner",
                           "search", "feedback", "author-bio"))
# Of these, the areas that are always small: a larger one is content its class merely resembles.
SMALL_FOREIGN_RULES = frozenset(("share-bar", "newsletter", "cookie-banner", "search", "feedback"))
MAX_SMALL_AREA_CHARS = 2000
# Of these, the areas that are forms: without a field or a button, the class names the page's own subject.
FORM_RULES = frozenset(("newsletter",))
_FORM_CONTROL_TAGS = ("form", "input", "button", "select", "textarea", "iframe")
# A donation box ("Our journalism is funded by readers"): not in the removal vocabulary.
DONATION_CLASS_RE = lazy(r"donat")
_FOREIGN_TAGS = frozenset(("nav", "script", "style", "noscript", "template", "button", "pre", "code"))
# An article's own classes describe the article ("newsletter-post"), not an area inside it;
# a <form> may wrap a whole page (ASP.NET).
_AREA_BOUNDARY_TAGS = frozenset(("article", "main", "body", "html"))
MAX_ANCESTORS = 40
# A statement is at most a few paragraphs; longer blocks are the story around it.
MAX_STATEMENT_CHARS = 1500
MIN_STATEMENT_CHARS = 12  # "Sponsored by X"; shorter text is a label or a link
MAX_SECTION_CHARS = 3000
MAX_FUNDING_CHARS = 6000
MAX_SITE_NOTICES = 40  # the site's own sponsor lines beyond these are a list of ads, not a page's sponsor
# A label heading ("Grant Support:") in bold at the start of a definition or paragraph.
LABEL_TAGS = ("strong", "b", "dt", "th")
# Blocks that may stand as a section's heading when their whole text is one (a bold paragraph,
# a styled <div>, a <details> summary), and how long such a heading is at most.
HEADING_LIKE_TAGS = frozenset(("p", "div", "span", "summary", "td"))
MAX_HEADING_CHARS = 80
# How many wrappers around a heading (each holding only the heading) are climbed to its section.
MAX_WRAPPER_LEVELS = 3


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class BlockMemo:
    """What one page's searches learnt of its block texts, shared by them: the body's blocks
    are mostly the page's, read again (the same texts, in a fresh tree's blocks too), and most
    of a search's time is spent asking each block's text these two questions.

    `kinds`: each judged text's statement kind (spaces collapsed; _statement_kind).
    `gated`: each block's raw text (text_content, of a length a statement may have): does it
    hold a gate word (_GATE_WORDS)? The page's search answers it for all its blocks at once."""

    kinds: dict[str, str | None] = field(default_factory=dict)
    gated: dict[str, bool] = field(default_factory=dict)


def find_statements(tree: etree._Element, whole_page: bool = False, site: list[str] | None = None,
                    declarations: list[tuple[str, list[str]]] | None = None,
                    memo: BlockMemo | None = None) -> list[str]:
    """Every funding statement in the tree, in document order (sections whole).

    `whole_page`: the tree is the page before its chrome is stripped; a short sponsor
    notice counts there only inside the article, its header or a dialog (the
    "Sponsored by" teasers of a sidebar sponsor other pages). `site`: where given, the
    site's own sponsor notices outside the article that name their sponsor (a footer's
    "With support from X") are added to it instead: the field takes them, the body
    does not. `declarations`: where given, the article's declaration sections
    (competing interests, ethics) are added to it as (heading, paragraphs), read on the
    way (a page's headings are read for funding anyway). `memo`: what the page's searches
    learnt of its block texts (BlockMemo): filled here, and read where it holds the text."""
    memo = BlockMemo() if memo is None else memo
    kinds, gated = memo.kinds, memo.gated
    # A body without the words of a statement or a heading has none (a whole page's text, scripts and
    # all, costs more to scan than it saves). Substring scans in C settle most bodies before any pattern
    # runs; but where the page's search told its blocks (most of the body's), that scan is made only of
    # a body where statements were found (a few pages), with the same answer: one without the words
    # was scanned for ~165 words in vain (~7% of the stage), where its blocks are read from the memo.
    scan_first = not whole_page and (not gated or declarations is not None)
    if scan_first and _lacks_funding_words(tree):
        return []
    found: list[str] = []
    held = _Texts()  # the statements found, by their words
    used: set = set()
    for heading in tree.iter(*HEADING_TAGS, *LABEL_TAGS):
        text = _text(heading)
        if not text or (len(text) <= MAX_HEADING_CHARS and not _is_short_heading(text)):
            continue  # no declaration, funding or acknowledgement heading: one cached lookup settles most
        if (support := _declared_support(heading, text)) is not None:
            found.append(support)
            held.add(support)
        if declarations is not None and (found_one := _declaration(heading, text)):
            declarations.append(found_one)
            continue
        section = _heading_section(heading, text) or _logo_section(heading, text)
        if section and not _foreign(heading):
            found.append(section[0])
            held.add(section[0])
            used.update(section[1])
    blocks = _leaf_blocks(tree, whole_page)
    lead = cache(lambda: _page_lead(tree))
    if whole_page:
        _gate_blocks(blocks, gated)
    for el, raw in blocks:
        if el in used or not raw or raw.isspace():
            continue  # (a blank block is no heading and holds no gate word: a fifth of a page's blocks)
        if len(raw) <= MAX_HEADING_CHARS and el.tag in HEADING_LIKE_TAGS \
                and _is_short_heading(short := " ".join(raw.split())):  # one match settles most short blocks
            if (support := _declared_support(el, short)) is not None:  # "Disclosures: X provided in-kind support"
                found.append(support)
                held.add(support)
            if declarations is not None and (found_one := _declaration(el, short)):
                declarations.append(found_one)
                continue
            section = _heading_like_section(el, short) or _logo_section(el, short)
            if section is not None:  # "<p><strong>Funding</strong></p>", "<div class='sec-title'>Förderung</div>"
                found.append(section[0])
                held.add(section[0])
                used.update(section[1])
                continue
        if raw.endswith(LEAD_IN_ENDS) and (listed := _lead_in_list(el, raw)) is not None:
            if not (_foreign(listed[1][0]) or held.holds(listed[0]) or _in_advert(el)):
                found.append(listed[0])  # "This work was supported by:" over its funders' list
                held.add(listed[0])
                used.update(listed[1])
            continue
        if not MIN_STATEMENT_CHARS <= len(raw) <= MAX_STATEMENT_CHARS * 2 and not (
                MIN_CJK_STATEMENT_CHARS <= len(raw) < MIN_STATEMENT_CHARS and not raw.isascii() and max(raw) >= CJK_START):
            continue  # too short or too long to be a statement (spaces not yet collapsed), but a short CJK label
        holds = gated.get(raw)
        if holds is None:  # a text the page's search did not read
            holds = gated[raw] = _holds_gate_word(raw.lower())
        if not holds:
            continue  # substring tests in C settle most blocks of a page
        text = " ".join(raw.split())
        subject = None  # "The kiln was paid for by the X Trust", the thing of the headline: its sentences
        if text in kinds:
            kind = kinds[text]
        else:
            kind = _statement_kind(text)
            if kind is None and (subject := _subject_funded(el, text, lead)) is not None:
                kind = "subject"
            kinds[text] = kind
        if kind == "subject":  # (read again for a text judged in another block: its block decides)
            text = subject if subject is not None else _subject_funded(el, text, lead) or ""
            kind = "subject" if text else None
        if kind is None and (boxed := _boxed_statement(el, text)) is not None:
            text, kind = boxed, "boxed"  # "About this project: … It is supported by the X Fund."
        if kind is None and (noted := _footnote_statement(el, text)) is not None:
            text, kind = noted, "footnote"  # "† The retrofit was funded by the X Fund."
        if kind is None and (credited := _funder_box_statement(el, text)) is not None:
            text, kind = credited, "funder box"  # "<div class='funder'><img …><p>The atlas is funded by X.</p>"
        if kind is None and (credit := _byline_part(el, text)) is not None:
            text, kind = credit  # "By Ann Lee · Research supported by the X Trust"
        if kind is None and (credited := _credit_place_statement(el, text)) is not None:
            text, kind = credited, "credit"  # "<figcaption>Source: X survey, funded by the Y Foundation</figcaption>"
        if kind in (None, "statement") and ".)" in text and (aside := _aside_statement(text)) is not None:
            text, kind = aside, "aside"  # "… two years. (The X Institute provided financial support.)", no brackets
        if kind is None or _foreign(el) or held.holds(text) or _beside_call_to_give(el, text) or _in_advert(el) \
                or _under_advertorial_label(el):
            continue
        if _in_link(el) or (kind == "notice" and _beside_headline_link(el)):
            continue
        bare = BARE_NOTICE_RE.search(text) is not None
        if kind == "notice" and whole_page and not _in_article_area(el):
            if site is not None and not bare and len(site) < MAX_SITE_NOTICES and _in_site_area(el):
                site.append(text)  # outside the article, a bare label over a logo is an advertisement slot
            continue
        if bare:  # "This newsletter is sponsored by" and the sponsor's name or logo after it
            sponsor = _named_sponsor(el)
            if sponsor is None:
                continue  # a label over nothing that names a sponsor ("In partnership with" over a bare image)
            text = f"{text} {sponsor}"
        if whole_page and site is not None and _in_sponsor_box(el):
            if len(site) < MAX_SITE_NOTICES:
                site.append(text)  # the site's box of its supporters: the field's, not the article's
            continue
        found.append(statement_sentences(text) if kind == "statement" else text)
        held.add(text)
    if found and not whole_page and not scan_first and _lacks_funding_words(tree):
        return []
    return _innermost(found)


# A lead-in ending with a colon right before a list ("This work was supported by:", "Esta investigación fue posible
# gracias a:" over the funders' names, one an item): the list completes its sentence. The lead-in is read with its
# first item in the colon's place; where that is a statement, the lead-in and the items are (a bare item, "Fundación X
# (ayuda FA-1)", says who, not that it gave). Not a lead-in over a paragraph, nor one the item makes no statement of
# ("We spoke to:", "Our thanks go to:").
LEAD_IN_ENDS = (":", "：", ": ", ":\n")  # (one C call on every block, no stripped copy of its text)
MAX_LEAD_IN_ITEMS = 12


def _lead_in_list(el: etree._Element, raw: str) -> tuple[str, list[etree._Element]] | None:
    """The statement a lead-in and the list right after it make, and the list and its items; else None."""
    following = next_element(el)
    if following is None or following.tag not in LIST_TAGS:
        return None
    lead = " ".join(raw.split())
    items = [item for item in islice(following.iterchildren("li"), MAX_LEAD_IN_ITEMS) if _text(item)]
    if not items or not MIN_STATEMENT_CHARS <= len(lead) <= MAX_HEADING_CHARS * 2:
        return None
    read = f"{lead[:-1]} {_text(items[0])}"
    if not _holds_gate_word(read.lower()) or _statement_kind(read) is None:
        return None
    return "\n\n".join((lead, *map(_text, items))), [following, *items]


# A box about the work the page reports: a styled wrapper (a card, an aside, a page-builder widget) holding only a
# heading and a paragraph or two, under a heading about the work ("About this project", "Über das Projekt") or
# naming it ("Open Archive Day"). Its sentence that says the work is funded by a named body is the page's own
# statement, though it calls the work "it" or by the heading's name ("It is supported by the X Fund", "The open
# archive day on 14 March was sponsored by X"); the same sentence in running text is a story's.
ABOUT_WORK_HEADING_RE = lazy(
    r"^\W*(?:about\s+(?:this|the|our)\s+(?:project|study|archive|initiative|programme|program|series|exhibition|"
    r"festival|event|survey|research|collection)|(?:über|zum)\s+(?:das|dieses|unser)?\s*projekt|"
    r"à\s+propos\s+(?:du|de\s+ce|de\s+notre)\s+projet|(?:sobre|acerca\s+de)\s+(?:el|este|nuestro)\s+proyecto|"
    r"acerca\s+del\s+proyecto|(?:informazioni\s+)?sul\s+progetto|over\s+(?:het|dit|ons)\s+project|"
    r"sobre\s+o\s+projeto|o\s+projekcie|o\s+projektu|o\s+projekte|о\s+пројекту|о\s+проекте|о\s+проекті|om\s+projektet|"
    r"om\s+prosjektet|hankkeesta|proje\s+hakkında|a\s+projektről)\W*$",
    re.IGNORECASE,
)
# The work funded by a named body, as a box's sentence says it (in English the subject is read by the caller).
BOXED_FUNDED_RE = lazy(
    r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:supported|(?:co-?)?(?:funded|financed)|"
    r"sponsored|underwritten|made\s+possible|paid\s+for)\s+(?:in\s+part\s+)?by\s+(?:the\s+)?(?-i:[A-Z])|"
    # the work's costs met by a named body (in a note: "Survey costs were met by the X Fund")
    r"\bcosts\s+(?:were|have\s+been|are)\s+(?:\w+ly\s+)?(?:met|covered|borne)\s+by\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\b(?:wird|wurde|ist|war)\s+(?:\w+\s+)?(?:von|vom|durch)\s+(?:der|dem|den|die)?\s*(?-i:[A-ZÄÖÜ])[^.;]{0,80}?"
    r"\b(?:gefördert|finanziert|unterstützt|gesponsert)\b|"
    r"\b(?:est|était|a\s+été)\s+(?:\w+\s+)?(?:financée?|soutenue?|sponsorisée?)\s+par\s+(?:la\s+|le\s+|les\s+|l['’])?"
    r"(?-i:[A-ZÀ-Ý])|"
    r"\b(?:es|está|fue|ha\s+sido)\s+(?:\w+\s+)?(?:financiad[oa]|patrocinad[oa]|apoyad[oa])\s+por\s+"
    r"(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÀ-Ý])|"
    r"\b(?:è|è\s+stat[oa])\s+(?:\w+\s+)?(?:finanziat[oa]|sostenut[oa]|sponsorizzat[oa])\s+(?:da|dal|dalla|dall['’])\s*"
    r"(?-i:[A-ZÀ-Ý])|"
    r"\b(?:wordt|werd|is)\s+(?:\w+\s+)?(?:gefinancierd|gesponsord|ondersteund)\s+door\s+(?:de\s+|het\s+)?(?-i:[A-Z])|"
    # Czech and Slovak, the funder after the verb and the work before it, as subject or object ("Projekt finančne
    # podporila Nadácia X", "Projekt byl podpořen Nadací X")
    r"\b(?:(?:byl|bol)[aoiy]?\s+)?(?:finančn[ěe]\s+)?(?:podpořil|podporil|(?:spolu)?financoval|podpořen|podporen|"
    r"(?:spolu)?financován|(?:spolu)?financovan)[aoiyýáé]?\s+(?-i:[A-ZÁ-Ž])",
    re.IGNORECASE,
)
# The box's work as a pronoun (in German and Dutch of the gender of the work's noun: "Der Baumzensus … Er wird von
# der X-Stiftung finanziert", "Het onderzoek … Hij/Zij/Ze wordt gefinancierd door X").
BOXED_SUBJECT_RE = lazy(r"^(?:it|this|they|these|es|er|sie|il|elle|ils|elles|het|hij|zij|ze)\b", re.IGNORECASE)
# ...or, under a heading about the work, by its own name: capitalised words after an article or a demonstrative
# ("The Tactile Map" under "About the project"), or the work's one noun where the language has no article ("Projekt");
# not a phrase of lower-case words ("The new bridge": another thing the box tells of).
BOXED_NAME_RE = lazy(r"^(?:(?:the|this|der|die|das|le|la|l['’]|el|il|lo|de|het)\s+)?(?-i:[A-ZÀ-ÝČĎĚĽŇŘŠŤŽŁŚŹŻ][\w'’\-]*)"
                     r"(?:\s+(?-i:[A-ZÀ-ÝČĎĚĽŇŘŠŤŽŁŚŹŻ][\w'’\-]*)){0,3}$", re.IGNORECASE)
MAX_BOX_BLOCKS = 3  # the heading and a paragraph or two
MAX_BOXED_SUBJECT_CHARS = 60  # the heading's name and what follows it before the verb ("… day on 14 March")
_BOX_PARENT_TAGS = frozenset(("div", "aside", "section"))
_SECTIONING_BOX_TAGS = frozenset(("aside", "section"))  # a box by its tag: no class needed to set it apart


def _boxed_statement(el: etree._Element, text: str) -> str | None:
    """The sentences of a box's paragraph that say the work it is about is funded by a named body (see
    ABOUT_WORK_HEADING_RE), or None: the box holds only its heading and this many paragraphs, is an <aside> or
    <section> or has a class of its own, and each sentence's subject is the work (a pronoun, or none where the
    language drops it, under a heading about the work; or the heading's name)."""
    heading, box = el.getprevious(), el.getparent()
    if heading is None or heading.tag not in HEADING_TAGS or box is None or box.tag not in _BOX_PARENT_TAGS \
            or not (box.get("class") or box.tag in _SECTIONING_BOX_TAGS) or len(box) > MAX_BOX_BLOCKS \
            or heading is not box[0]:
        return None
    if not BOXED_FUNDED_RE.search(text):
        return None
    title = " ".join(_text(heading).split())
    about = ABOUT_WORK_HEADING_RE.match(title) is not None
    name = re.compile(rf"^(?:(?:the|this|der|die|das|le|la|l['’]|el|il|lo|de|het)\s+)?{re.escape(title)}\b",
                      re.IGNORECASE)
    kept = []
    for sentence in _sentences(text):
        verb = BOXED_FUNDED_RE.search(sentence)
        if verb is None:
            continue
        subject = sentence[:verb.start()].strip()
        if (about and (not subject or BOXED_SUBJECT_RE.match(subject) or name.match(subject)
                       or BOXED_NAME_RE.match(subject))) \
                or (name.match(subject) and len(subject) <= len(title) + MAX_BOXED_SUBJECT_CHARS):
            kept.append(sentence)
    return " ".join(kept) or None


# A footnote says what the text it notes rests on: a note a mark in the text points to (the target of an in-page
# link, a block under a footnote's class or ARIA role, a paragraph opened by a note's mark "†", "‡"). Its sentence
# "The retrofit was funded by the X Fund" is the page's own statement there, whatever the work is called; the same
# sentence in running text is a story's. The work under an article or a demonstrative is the sentence's subject, the
# verb says money (funded, financed, sponsored: not "supported", which a party's vote is too), and the funder is
# named by a capital (BOXED_FUNDED_RE).
FOOTNOTE_CLASS_WORDS = frozenset(("footnote", "footnotes", "endnote", "endnotes", "fn", "fns"))
FOOTNOTE_ROLES = frozenset(("doc-footnote", "doc-endnote", "doc-endnotes", "note"))
FOOTNOTE_MARK_RE = lazy(r"^(?:[\^†‡*]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\])\s*")
FOOTNOTE_SUBJECT_RE = lazy(
    r"^(?:the|this|these|our|der|die|das|dieses|diese|le|la|les|l['’]|ce|cette|el|los|las|este|esta|il|lo|questo|"
    r"questa|de|het|dit|deze)\b",
    re.IGNORECASE,
)
FOOTNOTE_MONEY_RE = lazy(r"fund|financ|finanz|förder|sponsor|underwr|paid|cost", re.IGNORECASE)
FOOTNOTE_DEPTH = 3  # the note's text, its paragraph or <small>, the list item or box
# A table's note: the block right after a table (or after the figure or wrapper that ends with one), its label
# ("Note:", "Pozn.:", "Anm.:") left out. In Czech and Slovak, which have no article, the work is a noun phrase of a
# few words ("Sběr dat byl podpořen Nadací X"), and support counts where a foundation's word names the supporter
# (a vote's support is a party's or a majority's).
_TFOOT_LEVELS = 3  # the cell's paragraph, the cell, its row
NOTE_LABEL_RE = lazy(r"^[^\W\d_]{1,12}\.?\s*:\s*")
ARTICLELESS_VERB_RE = lazy(r"podpo|financov", re.IGNORECASE)
ARTICLELESS_SUBJECT_WORDS = 3
# ...and a table's note may name what its figures rest on by a few words with no article ("Counts in 2024"), and say
# the work was made possible by a named gift ("… by the X bequest", "… by a grant from the Y Fund"): what the table
# counts was paid for by it.
NOTE_GIFT_RE = lazy(r"\b(?:bequests?|legacy|gifts?|donations?|grants?|funds?|foundation|trust|endowment)\b",
                    re.IGNORECASE)
FOUNDATION_NAMED_RE = lazy(r"^\s*(?:nadac|nadác|fond|foundation|stiftung|fundac)", re.IGNORECASE)


def _footnote_statement(el: etree._Element, text: str) -> str | None:
    """The sentences of a footnote that say its subject was paid for by a named body (see FOOTNOTE_CLASS_WORDS),
    or None: the block is a footnote, and each sentence's subject, a mark before it left out, is a work under an
    article or a demonstrative."""
    # (the footnote's marks and classes first, and the list items with an id that hold it: they cost less to read
    # than the block's text to search; whether a link points to one of those ids, which reads the page's links, last)
    marked = _marked_footnote(el, text)
    items = [] if marked else _id_items(el)
    if not (marked or items) or not BOXED_FUNDED_RE.search(text) \
            or not (marked or any(_linked_to(item, item.get("id")) for item in items)):
        return None
    table_note = None
    kept = []
    for sentence in _sentences(text):
        sentence = FOOTNOTE_MARK_RE.sub("", sentence)
        if BOXED_FUNDED_RE.search(sentence) is None:
            continue
        table_note = _table_note(el) if table_note is None else table_note
        if (paid := _work_paid_for(sentence, table_note)) is not None:
            kept.append(paid)
    return " ".join(kept) or None


def _work_paid_for(sentence: str, table_note: bool = False) -> str | None:
    """A note's sentence that says its subject, a work under an article or a demonstrative (or a few words without
    one, where the language has none or a table's note names its figures), was paid for by a named body
    (BOXED_FUNDED_RE; "supported" only where a foundation's word names the supporter), or None; a table's note
    without its label."""
    verb = BOXED_FUNDED_RE.search(sentence)
    if verb is None:
        return None
    subject = sentence[:verb.start()].strip()
    articleless = ARTICLELESS_VERB_RE.search(verb.group()) is not None
    if not FOOTNOTE_MONEY_RE.search(verb.group()) and not (
            articleless and FOUNDATION_NAMED_RE.match(sentence[verb.end() - 1:])) and not (
            table_note and NOTE_GIFT_RE.search(sentence, verb.end())):
        return None
    if table_note and (label := NOTE_LABEL_RE.match(sentence)):
        sentence, subject = sentence[label.end():], subject[label.end():]
    costs = verb.group()[:5].lower() == "costs"  # the work's costs: the words before them name the work
    if (FOOTNOTE_SUBJECT_RE.match(subject) or ((articleless or table_note) and subject[:1].isupper() or costs)
            and len(subject.split()) <= ARTICLELESS_SUBJECT_WORDS) \
            and len(subject) <= MAX_BOXED_SUBJECT_CHARS and not _not_funding(sentence, sentence.lower()):
        return sentence
    return None


# A sentence of its own in brackets, its full stop inside them ("… for two years. (The X Institute provided financial
# support.)"): the writer's aside, set off from the story as a footnote is. Where it says the work was paid for by a
# named body (as a footnote's sentence: _work_paid_for), or that a body named by capitals provided the funding or paid
# for the work, ending there, the body named by a funder's word ("(The X Trust paid for the study.)"; not "(The Y Party
# provided financial support.)", "(Readers provided the funding.)"), it is the page's statement; the same sentence in
# running text is a story's, and a bracket inside a sentence ("… two years (funded by X) …") is no aside.
ASIDE_RE = lazy(r"(?:^|(?<=[.!?] ))\(([^\W\d_][^()]{10,300}?[.!])\)")  # (opening on a capital: _aside_statement)
ASIDE_PROVIDED_RE = lazy(
    r"^(?P<subject>(?:the\s+)?(?-i:[A-Z])[\w'’\-]*(?:\s+(?:(?-i:[A-Z&])[\w'’\-]*|of|for|and)){0,6})\s+"
    r"(?:(?:provided|gave|contributed)\s+(?:(?:the|additional|generous)\s+)?(?:financial\s+support|funding|"
    r"(?:a\s+)?grants?)|(?:funded|financed|paid\s+for|sponsored)\s+(?:the|this)\s+(?:[\w'’\-]+\s+){0,2}?"
    rf"{_WORK})\W*$",
    re.IGNORECASE,
)


def _aside_statement(text: str) -> str | None:
    """The paragraph's asides (ASIDE_RE) that say who paid for the work, without their brackets, or None."""
    kept = []
    for aside in ASIDE_RE.finditer(text):
        sentence = aside[1]
        if sentence[0].isupper() and (_work_paid_for(sentence) is not None and not _english_other_thing(sentence) or (
                (provided := ASIDE_PROVIDED_RE.match(sentence)) and FUNDER_WORDS_RE.search(provided["subject"])
                and not _not_funding(sentence, sentence.lower()))):
            kept.append(sentence)
    return " ".join(kept) or None


# A news story's sentence on who paid for the very thing the page reports: the thing it names in its headline or
# its lead (the kiln, the bridge's restoration) opening the sentence again, a funding body named by its word (a
# foundation, a trust, a fund: "Stiftung", "Fundação", "säätiö", "Ίδρυμα", "קרן", "財団", "มูลนิธิ"; not English "fund",
# which names an investor's or a town's pot of money as often) and a word of
# paying ("The kiln was paid for by the X Trust", "Finanziert wurde der Ofen von der X-Stiftung", "Ugnen har
# bekostats av Stiftelsen X", "该窑炉由X基金会资助建造"); in the languages that open with the verb, the thing after
# the funder ("موّلت مؤسسة X بناء الفرن", "Pinondohan ng Pundasyong X ang paggawa ng pugon"). Not money for another
# thing (a car park the council paid for, a funder's grants to others: a thing the headline and lead never named),
# nor a town's, a bank's, investors' or fans' money (no funding body's word), nor a story's speech or a vote.
SUBJECT_FUNDER_RE = lazy(
    r"(?:\b(?:foundation|trust|endowment|stiftung|stiftelsen|stichting|fondation|fundaci[oó]n|fondazione|"
    r"funda[cç][aã]o|fundacj[aię]|fundați[ae]i?|fundaţi[ae]i?|fonden|fondet|fonds|nadace|nadáci[ae]|nadácie|"
    r"alapítvány\w*|säätiö\w*|zaklad[aeiu]|ίδρυμα|ιδρύματος|vakf\w*|yayasan|quỹ|wakfu|pundasyon\w*|фонд\w*|"
    r"фондаци\w*)\b|\w(?:stiftung|fonds|fonden|säätiö)\b|مؤسسة|קרן|بنیاد|فاؤنڈیشن|फाउंडेशन|ফাউন্ডেশন|財団|"
    r"基金会|基金會|재단|มูลนิธิ)",
    re.IGNORECASE,
)
# The letters every funding body's word of SUBJECT_FUNDER_RE holds, lower-cased: a text holding none of them names no
# funding body, and the search over it (tried at every letter) is not run.
SUBJECT_FUNDER_PARTS = (
    "foundation", "trust", "endowment", "stiftung", "stiftelsen", "stichting", "fondation", "fundaci", "fondazione",
    "funda", "fundacj", "fundați", "fundaţi", "fonden", "fondet", "fonds", "nadace", "nadáci", "nadácie", "alapítvány",
    "säätiö", "zaklad", "ίδρυμα", "ιδρύματος", "vakf", "yayasan", "quỹ", "wakfu", "pundasyon", "фонд", "مؤسسة", "קרן",
    "بنیاد", "فاؤنڈیشن", "फाउंडेशन", "ফাউন্ডেশন", "財団", "基金会", "基金會", "재단", "มูลนิธิ",
)


def _names_funding_body(low: str) -> bool:
    """Does a lower-cased text hold the letters of a funding body's word (SUBJECT_FUNDER_PARTS), as
    SUBJECT_FUNDER_RE can only match where it does?"""
    return any(part in low for part in SUBJECT_FUNDER_PARTS)


# The words of paying, read in the sentence without its funder's word ("Fundação" holds "fund"): a funding verb or
# noun ("paid for", "finanziert", "bekostats", "rahoitti", "támogatásával", "didanai", "на средства", "助成").
SUBJECT_MONEY_RE = lazy(
    r"paid\s+for|\bpays?\s+for|\bfund(?:ed|s|ing)\b|financ|finanz|förder|bezahlt|\bpag[oa]\b|pagou|pagad|pagat|grant|"
    r"subvenc|subsid|dotac|dotác|"
    r"betaald|bekost|finans|rahoit|támogatás|financov|financuj|finanț|finanţ|χρηματοδοτ|finanse|"
    r"didanai|dibiayai|kinh phí|tài trợ|pinondohan|fadhili|фінанс|финанс|на средства|коштом|podpor|"
    r"موّل|مول|מומן|ממומן|מימון|هزینه|अनुदान|অর্থ|اخراجات|助成|资助|資助|지원|ทุน",
    re.IGNORECASE,
)
# The page's headline and lead: the text its thing is named in (a lead of a sentence or more).
MIN_LEAD_CHARS = 40
MIN_HAN_LEAD_CHARS = 16  # ...in Chinese or Japanese, a sentence in fewer characters
# The words a sentence opens with, that may name the thing (an article, a demonstrative and a noun or two).
SUBJECT_OPENING_WORDS = 3
# ...and, after a funder that follows an opening verb, the words that may name it.
SUBJECT_AFTER_FUNDER_WORDS = 8
MAX_SUBJECT_SENTENCE_CHARS = 300
# Words opening a sentence that name no thing: articles, demonstratives, pronouns and auxiliaries of three letters
# or more (shorter words are never read as the thing in a script with spaces).
SUBJECT_STOP_WORDS = frozenset((
    "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "was", "were", "has", "had", "have",
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "dieser", "diese", "dieses", "wurde",
    "les", "une", "ces", "cet", "cette", "son", "sur", "par", "una", "uno", "los", "las", "este", "esta", "del",
    "gli", "dei", "della", "dello", "questo", "questa", "het", "een", "deze", "dit", "det", "dette", "denne",
    "ett", "och", "tämä", "egy", "ezt", "ang", "mga", "ini", "itu", "yang", "này", "các", "những", "это",
    "эта", "этот", "tento", "táto", "toto", "ovaj", "ova", "ovo", "από", "την", "τον", "του", "της", "bir", "bu",
    "foi", "est", "fue", "era", "ist", "sind", "werd", "wordt", "har", "blev", "jest", "był", "była",
    # ...and prepositions and conjunctions ("El proyecto cuenta con …" names no "con" of the lead)
    "and", "with", "from", "for", "into", "after", "und", "mit", "von", "vom", "aus", "bei", "nach", "für", "avec",
    "pour", "dans", "con", "por", "para", "sobre", "desde", "com", "pelo", "pela", "nos", "nas", "dos", "per",
    "dal", "dalla", "nel", "nella", "sul", "alla", "van", "met", "voor", "med", "til", "fra", "från", "för",
    "ved", "dla", "przez", "przy", "oraz", "pro", "při", "pri", "для", "при", "від", "через", "как", "και", "για",
    "ile", "için", "dan", "pada", "dengan", "oleh", "dari", "untuk", "của", "với", "cho", "bằng", "kwa", "katika",
    "sa", "ng", "nang", "about",
    # ...and a job's post: an advertised position funded by a foundation is no work the page reports
    "stelle", "position", "post", "job", "poste", "puesto", "plaza", "posto", "vacature", "tjänsten", "stillingen",
    "stanowisko",
))
CLAUSE_BREAK_RE = lazy(r"[;:]\s+")
ENGLISH_ARTICLE_RE = lazy(r"\bthe\b", re.IGNORECASE)  # an English opening ("In 2025 the …"): read in its passive only
TITLE_SITE_RE = lazy(r"\s+[|·–—-]\s+")
SUBJECT_SENTENCE_ENDS = (".", "!", "。", "！", "।", "۔", "؟", "\"", "”", "»", ")")
# An English opening of a passive: its subject's last word before the auxiliary is the thing ("The kiln was",
# "The construction of the kiln was"; "The moth atlas is" names an atlas).
ENGLISH_PASSIVE_OPENING_RE = lazy(
    r"^\W*(?:the|this|these|our|its|their)\s+(?:[\w'’\-]+\s+){0,6}?(?P<head>[\w\-]+)\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\b",
    re.IGNORECASE,
)
# Letters that open a Hebrew or Arabic word as a prefix (the article, "in", "and"): "הכבשן" names "בכבשן"'s kiln.
SEMITIC_PREFIXES = ("ال", "ב", "ה", "ו", "ל", "מ", "ש", "כ", "و", "ب", "ل")
# A Chinese or Japanese thing is named by one character of its own (窯, 窑) after a demonstrative; these name none.
HAN_FUNCTION_CHARS = frozenset("该該这這此本其由被为為的是在了年月日中和与與及將将已")
THAI_LETTERS = ("\u0e00", "\u0e7f")
MIN_THAI_SUBJECT_CHARS = 3
HAN_START = "\u2e80"  # the CJK radicals; Han characters and kana come after them (Hangul is spaced: words)
SUBJECT_HAN_CHARS = 6  # a Chinese or Japanese opening has no space in its first characters
NAME_QUOTES = "«„“\"'"  # a funder's name in quotation marks after its lower-case word
WORD_EDGE_MARKS = ".,;:!?\"'«»„“”()[]‘’،؛।۔。、"


@dataclass(frozen=True, slots=True)
class PageLead:
    """The page's headline (its first <h1>, else its <title>) and its lead paragraph, lower-cased, and the lead's
    element."""

    headline: str
    lead: str
    element: etree._Element | None

    def naming(self, el: etree._Element) -> str:
        """The text that names the page's thing before the block `el` (a story opening with a statement names its
        thing in its headline only)."""
        return self.headline if el is self.element else f"{self.headline} {self.lead}"


def _page_lead(tree: etree._Element) -> PageLead:
    """The page's headline and lead (PageLead): the first paragraph of a lead's length, in the article where it has
    one."""
    heading = next(tree.iter("h1"), None)
    title = next(tree.iter("title"), None)
    # (a <title> less the site's name after its separator: "Night ferries | Quay Gazette")
    headline = (_text(heading) if heading is not None else
                TITLE_SITE_RE.split(_text(title))[0] if title is not None else "").lower()
    fallback = None
    for paragraph in tree.iter("p"):
        if len(text := _text(paragraph)) >= MIN_LEAD_CHARS or len(text) >= MIN_HAN_LEAD_CHARS and text[0] >= HAN_START:
            if _in_article(paragraph):
                return PageLead(headline, text.lower(), paragraph)
            fallback = fallback if fallback is not None else paragraph
    return PageLead(headline, _text(fallback).lower() if fallback is not None else "", fallback)


def _names_thing_of(word: str, lead: str) -> bool:
    """Does the lead name the thing this word of the sentence names: a word there holding its stem (the word less
    its last two letters, three at least: "pieca" and "piecu", "Ugnen" and "solugn", "Ofen" and "Sonnenofen"), a
    Hebrew or Arabic prefix set aside? (A Korean word of two syllables is its own stem.)"""
    word = word.lower()
    stems = [word] + [word[len(prefix):] for prefix in SEMITIC_PREFIXES if word.startswith(prefix)]
    return any((len(stem) >= 3 or max(stem) >= CJK_START) and stem[:max(3, len(stem) - 2)] in lead for stem in stems)


def _opening_names_lead(opening: str, lead: str) -> bool:
    """Does the opening of a sentence name the thing of the lead? Words of a script with spaces; a Thai opening by
    its first letters; a Chinese or Japanese one by its first character that is no function's."""
    first = opening[:1]
    if THAI_LETTERS[0] <= first <= THAI_LETTERS[1]:
        return len(opening) >= MIN_THAI_SUBJECT_CHARS and opening[:MIN_THAI_SUBJECT_CHARS] in lead
    if first >= HAN_START and " " not in opening.strip()[:SUBJECT_HAN_CHARS]:
        han = next((char for char in opening if char not in HAN_FUNCTION_CHARS), "")
        return han >= HAN_START and han in lead
    return any(_names_thing_of(word, lead) for word in _thing_words(opening)[:SUBJECT_OPENING_WORDS])


def _thing_words(text: str) -> list[str]:
    """The words of a text that may name a thing: not SUBJECT_STOP_WORDS, three letters at least (a Korean word of
    two syllables too), no number ("2025" names a year of the lead, no thing), punctuation set aside (split at spaces: a Devanagari or Bengali vowel sign is no \\w)."""
    words = (word.strip(WORD_EDGE_MARKS) for word in text.split())
    return [word for word in words if word and word.lower() not in SUBJECT_STOP_WORDS
            and (len(word) >= 3 or max(word) >= CJK_START) and not any(map(str.isdigit, word))
            and SUBJECT_MONEY_RE.search(word) is None]


def _subject_funded(el: etree._Element, text: str, lead: Callable[[], PageLead]) -> str | None:
    """The sentences of a story's paragraph that say who paid for the thing the page reports (SUBJECT_FUNDER_RE);
    else None. `lead`: the page's headline and lead (_page_lead), read only for a sentence with both words."""
    if el.tag != "p" or not _names_funding_body(text.lower()) or SUBJECT_FUNDER_RE.search(text) is None \
            or _in_site_area(el):
        return None  # (a funding body's word first: substring tests in C settle most blocks, the search the rest)
    kept = []
    for sentence in _sentences(text):
        # (a sentence ends with its stop, but in Thai, which writes none: a line without one is a heading or a kicker)
        if len(sentence) <= MAX_SUBJECT_SENTENCE_CHARS and "?" not in sentence \
                and (sentence.endswith(SUBJECT_SENTENCE_ENDS) or THAI_LETTERS[0] <= sentence[-1] <= THAI_LETTERS[1]) \
                and any(_clause_funds_thing(clause, lead, el) for clause in CLAUSE_BREAK_RE.split(sentence)):
            kept.append(sentence)
    return " ".join(kept) or None


def _clause_funds_thing(clause: str, lead: Callable[[], PageLead], el: etree._Element) -> bool:
    """Does a clause (a sentence's part between semicolons or colons: "The cabinet adds money; the programme is funded
    by X" funds no cabinet) name a funding body, a word of paying and the page's thing (_subject_funded)?"""
    funder = SUBJECT_FUNDER_RE.search(clause)
    if funder is None:
        return False
    opening = clause[:funder.start()]
    money = SUBJECT_MONEY_RE.search(f"{opening} {clause[funder.end():]}")
    if money is None or not _funder_named(clause, funder) or _not_funding(clause, clause.lower()):
        return False
    named = lead().naming(el)
    if ENGLISH_ARTICLE_RE.search(opening):
        # English, read in its passive only ("The team has received a grant from X to build …" is its news of money
        # for another thing); a compound's head comes last: "the moth atlas was funded" names an atlas, not the lead's
        # moths
        english = ENGLISH_PASSIVE_OPENING_RE.match(opening)
        return english is not None and _names_english_thing(english["head"], named)
    if _opening_names_lead(_without_name_before(opening), named):
        return True
    # the verb opens the sentence: the thing follows its funder ("موّلت مؤسسة X بناء الفرن")
    return money.start() <= 1 and any(_names_thing_of(word, named)
                                      for word in _thing_words(clause[funder.end():])[:SUBJECT_AFTER_FUNDER_WORDS])


def _names_english_thing(head: str, lead: str) -> bool:
    """Does the lead name an English subject's head as a word of its own, singular or plural ("kiln", "kilns"; not
    "study" in "students": English words change only so)?"""
    head = head.lower()
    return any(word.strip(WORD_EDGE_MARKS) in (head, f"{head}s", f"{head}es", head.removesuffix("s"))
               for word in lead.split())


def _without_name_before(opening: str) -> str:
    """The opening less the funder's name of capitalised words right before its word ("About the Wenlow" of "… Wenlow
    Foundation": the funder, not the thing); a sentence in capitals names no one by them."""
    if opening.isupper():
        return opening
    words = opening.split()
    while words and words[-1][:1].isupper() and len(words) > 1:
        words.pop()
    return " ".join(words)


def _funder_named(sentence: str, funder: re.Match) -> bool:
    """Is the funding body named: in a script with capitals, by a capital or a quotation mark in its word or the two
    words either side ("the Harrowgate Craft Trust", "Kivirannan säätiö", "фонда «Светлый холм»")? (Elsewhere,
    always.)"""
    word = funder.group()
    if word[:1].lower() == word[:1].upper():
        return True  # a script without capitals
    before = sentence[:funder.start()].split()[-2:]
    after = sentence[funder.end():].split()[:2]
    return word[:1].isupper() or any(part[:1].isupper() or part[:1] in NAME_QUOTES for part in (*before, *after))


ENGLISH_SUBJECT_RE = lazy(r"^(?:the|this|these|our)\s", re.IGNORECASE)
WORK_NOUN_RE = lazy(rf"\b{_WORK}\b", re.IGNORECASE)


def _english_other_thing(sentence: str) -> bool:
    """Is an English aside's subject, before its verb, something other than a work ("(The new bridge was funded by
    the X Council.)": the story's thing, news)?"""
    return ENGLISH_SUBJECT_RE.match(sentence) is not None \
        and WORK_NOUN_RE.search(sentence, 0, BOXED_FUNDED_RE.search(sentence).start()) is None


def _table_note(el: etree._Element) -> bool:
    """Is the block a table's note: a cell of the table's footer, or the block right after a table, or after a
    figure or wrapper whose last element is one?"""
    if any(node.tag == "tfoot" for node in _first(el.iterancestors(), _TFOOT_LEVELS)):
        return True
    before = previous_element(el)
    if before is None:
        return False
    return before.tag == "table" or (len(before) > 0 and before[-1].tag == "table")


# A box the page's markup names for its funder ("<div class='funder'>", "funding-note", "foerderer"): a logo and a
# line, or a line alone. Its sentence that says the work was paid for by a named body is the page's statement, the
# work under an article, a demonstrative or by its name; the same sentence in running text is a story's. Sponsors,
# partners and donors are no such class words: an advertisement's slot and a crowd's thanks use them too.
FUNDER_BOX_WORDS = frozenset(("funder", "funders", "funding", "funded", "foerderer", "förderer", "foerderung",
                              "förderung", "financeurs", "financement", "financiadores", "financiacion",
                              "finanziatori", "finanziamento"))
FUNDER_BOX_DEPTH = 2  # the line and its box, or the line, its paragraph and its box


def _funder_box_statement(el: etree._Element, text: str) -> str | None:
    """The sentences of a block in a funder's box (FUNDER_BOX_WORDS) that say the work was paid for by a named
    body, or None. (The box first: its few class names cost less to read than the block's text to search.)"""
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > FUNDER_BOX_DEPTH or node.tag in _AREA_BOUNDARY_TAGS:
            return None
        own = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if own.strip() and not FUNDER_BOX_WORDS.isdisjoint(CLASS_WORD_SPLIT_RE.split(own)):
            if len(node) > MAX_BOX_BLOCKS:
                return None
            break
    else:
        return None
    if not BOXED_FUNDED_RE.search(text):
        return None
    kept = []
    for sentence in _sentences(text):
        verb = BOXED_FUNDED_RE.search(sentence)
        if verb is None or not FOOTNOTE_MONEY_RE.search(verb.group()):
            continue
        subject = sentence[:verb.start()].strip()
        if (FOOTNOTE_SUBJECT_RE.match(subject) or BOXED_SUBJECT_RE.match(subject) or BOXED_NAME_RE.match(subject)) \
                and len(subject) <= MAX_BOXED_SUBJECT_CHARS and not _not_funding(sentence, sentence.lower()):
            kept.append(sentence)
    return " ".join(kept) or None


# A byline's or a dateline's line (by its class: rules.BYLINE_RE) may carry the work's sponsor after a separator ("By
# Ann Lee · Research supported by the X Trust", "ORVEL, 3 March – Funded by the Y Foundation"): that part of the line
# is the page's notice. The byline rule strips the line from the body; the field's statement puts it back.
BYLINE_SEPARATOR_RE = lazy(r"\s+[·|–—•]\s+")
BYLINE_LEVELS = 2  # the line, or the span of it in its line
# In a byline's part, the work named with a word or two before its noun and its funder, a name alone after it ("By
# Ann Lee · Moth survey funded by the X Trust", "· Field research supported by Y"): the byline's place says it is
# the page's credit, where a line of its own so shaped may be a story's subheading.
BYLINE_WORK_RE = lazy(
    rf"^(?:[^\W\d_][\w'’\-]*\s+){{0,2}}?{_WORK}\s+(?:supported|(?:co-?)?(?:funded|financed)|sponsored|underwritten|"
    r"paid\s+for|made\s+possible)\s+(?:in\s+part\s+|partly\s+)?by\s+(?P<name>[^.!?;:,]{2,100})\.?$",
    re.IGNORECASE,
)


def _byline_part(el: etree._Element, text: str) -> tuple[str, str] | None:
    """The part after a separator of a byline's or dateline's line that is a statement or a sponsor notice, and its
    kind; or None. (The line's class first: a few names cost less to read than the line's parts to judge.)"""
    if len(text) > MAX_BYLINE_CHARS or not any(
            (own := node.get("class")) and BYLINE_RE.search(own.lower())
            for node in (el, *islice(el.iterancestors(), BYLINE_LEVELS - 1))):
        return None
    for part in BYLINE_SEPARATOR_RE.split(text)[1:]:
        if (kind := _statement_kind(part)) is not None:
            return part, kind
        if (work := BYLINE_WORK_RE.match(part)) is not None and _name_alone(work.group("name")) \
                and not _not_funding(part, part.lower()):
            return part, "notice"
        if _credits_named_body(part):
            return part, "credit"
    return None


# A credit line in the article's own places for credits (a byline's part after its separator, a figure's source note,
# a line of the article's header, a box whose class says it holds credits): a support or funding word and, after it in
# the same clause, a funding body named by its word and a capital, its name ending the line ("Výskum podporila Nadácia X", "Amb el suport de la Fundació
# X", "Izvor: anketa …, koju je financirala Zaklada X", "… grâce au généreux soutien de la Fondation X"). The place
# says the line is the page's credit, not the story's news; the same words in running text are read by the shapes
# alone. The body drops such lines as chrome; the field's statement puts them back.
CREDIT_NAMED_BODY_RE = lazy(
    r"(?:support|fund|financ|sponsor|subsid|grant|förder|finanz|soutien|subvenc|subvent|apoyo|apoio|sostegno|steun|"
    r"finans|rahoit|finanszír|поддерж|финанс|підтрим|фінанс|stöd|støtte|podpor|potpor|podršk|подршк|finanč|atbalst|"
    r"toetus|sprijin|finan[țţ]|suport|χρηματοδ|υποστήριξ|στήριξ|destek|támogat|dukungan|sokongan|tài trợ|dotac|dotác|"
    r"mécénat|mecenat)"
    r"[^.;:!?]{0,60}?(?:\b(?:foundation|trust|stiftung|fond\w*|fundac\w*|fundaç\w*|fundació|nadác\w*|nadac\w*|zaklad\w*|"
    r"stichting|stiftelse\w*|säätiö\w*|yayasan|vakf\w*|alapítvány\w*|фонд\w*|фундаци\w*|фондаци\w*|ίδρυμα\w*)"
    r"\s+(?-i:[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω])|(?-i:[A-ZÀ-ÞĀ-Ž][\w'’]*)[\s\-](?-i:Foundation|Trust|Fund|Stiftung)\b)",
    re.IGNORECASE,
)
MAX_CREDIT_CHARS = 240
CREDIT_CLASS_WORDS = frozenset(("credit", "credits"))
CREDIT_LEVELS = 2  # the line and its box, or the line, its paragraph and its box
SENTENCE_ENDS = (".", "!", "?", "。")


def _credits_named_body(line: str) -> bool:
    """Does a line in a place for credits name a funding body as its support's giver (CREDIT_NAMED_BODY_RE), the
    body's name ending it (a line going on after the name as a clause, "… the X Trust found that …", is a story's)?"""
    if len(line) > MAX_CREDIT_CHARS or (named := CREDIT_NAMED_BODY_RE.search(line)) is None:
        return False
    after = (word for word in line[named.end():].split()
             if word.islower() and len(word) >= MAX_JOINING_WORD_CHARS and word not in NOTICE_SMALL_WORDS)
    return sum(1 for _ in after) < NOTICE_CLAUSE_WORDS and not _not_funding(line, line.lower())


def _credit_place_statement(el: etree._Element, text: str) -> str | None:
    """The block's text where it sits in the article's place for credits and names a funding body as its support's
    giver; else None. The places: a box whose class names credits; a figure's caption opening with a note's label
    ("Source:", "Izvor:"); the article's header, a line there, not a sentence (a standfirst's news ends with a stop).
    (The place first: a few tags and classes cost less to read than the text to search.)"""
    if len(text) > MAX_CREDIT_CHARS:
        return None
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > CREDIT_LEVELS or node.tag in _AREA_BOUNDARY_TAGS:
            return None
        if node.tag == "figcaption":
            if NOTE_LABEL_RE.match(text) is None:
                return None
            break
        if node.tag == "header":
            if text.endswith(SENTENCE_ENDS) or not _in_article(node):
                return None
            break
        own = node.get("class")
        if own and not CREDIT_CLASS_WORDS.isdisjoint(CLASS_WORD_SPLIT_RE.split(own.lower())):
            break
    else:
        return None
    return text if _credits_named_body(text) else None


def _in_article(node: etree._Element) -> bool:
    """Is the node inside an <article> or the page's <main>?"""
    return any(up.tag in ("article", "main") for up in islice(node.iterancestors(), MAX_ANCESTORS))


def _marked_footnote(el: etree._Element, text: str) -> bool:
    """Is the block a footnote by its own marks: opened by a note's mark, a table's note, or within a few levels
    of an element with a footnote's class or role?"""
    if FOOTNOTE_MARK_RE.match(text) and not text.startswith("*") or _table_note(el):
        return True
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > FOOTNOTE_DEPTH or node.tag in _AREA_BOUNDARY_TAGS:
            break
        own = node.get("class") or ""
        if node.get("role") in FOOTNOTE_ROLES or (own and not FOOTNOTE_CLASS_WORDS.isdisjoint(
                CLASS_WORD_SPLIT_RE.split(own.lower()))):
            return True
    return False


def _id_items(el: etree._Element) -> list[etree._Element]:
    """The list items with an id (a footnote an in-page link may point to, "#fn1") that are the block or hold it,
    within its area."""
    items = []
    for node in (el, *el.iterancestors()):
        if node.tag in _AREA_BOUNDARY_TAGS:
            break
        if node.tag == "li" and node.get("id"):
            items.append(node)
    return items


def _linked_to(node: etree._Element, own_id: str) -> bool:
    """Does an in-page link of the node's document point to its id?"""
    target = f"#{own_id}"
    return any(link.get("href") == target for link in node.getroottree().iter("a"))


def _lacks_funding_words(tree: etree._Element) -> bool:
    """Does the tree's text hold no gate word and none of the heading words that hold none?"""
    low = tree.text_content().lower()
    return not _holds_gate_word(low) and not has_required(low, _heading_words_past_gate())


# A short text in Chinese, Japanese or Korean may be a statement all the same: a character there says what a
# word does ("協賛：松川財団", "후원: 송계재단").
MIN_CJK_STATEMENT_CHARS = 6
CJK_START = "\u1100"  # Hangul Jamo; the CJK scripts come after it


def _declaration(heading: etree._Element, text: str) -> tuple[str, list[str]] | None:
    """The article's declaration section (competing interests, ethics approval, consent) a
    heading opens, as (heading, paragraphs): so that a body that lost it can put it back."""
    if not text or len(text) > MAX_HEADING_CHARS or not DECLARATION_SECTION_RE.match(text):
        return None
    if _foreign(heading) or _in_link(heading) or not _in_article_area(heading):
        return None
    if heading.tag in LABEL_TAGS:
        found = _label_declaration(heading, text)
    else:
        parts, _ = _section(heading, text)
        found = (text, parts) if parts and sum(map(len, parts)) <= MAX_SECTION_CHARS else None
    if found and BARE_DISCLOSURE_RE.match(text) and not FINANCIAL_TIES_RE.search(" ".join(found[1])):
        return None  # "Disclosure: our links to shops earn us a share" is the site's, not the authors' ties
    return found


# A declarations section (Disclosures, Declarations) may say, beside the authors' interests, who supported the work in
# kind or in money, the giver named by capitals opening the sentence ("X Garden Supplies provided in-kind support,
# including the loan of two light traps"): the page's statement there; the same sentence in a story is news.
DECLARED_SUPPORT_RE = lazy(
    r"^(?-i:[A-Z][\w'’&\-]*)(?:\s+(?:(?-i:[A-Z][\w'’&\-]*)|of|for|and|&)){0,6}\s+(?:provided|gave|donated|lent|"
    r"contributed)\s+(?:[\w\-]+\s+){0,2}?(?:support|funding|funds|grants?|equipment|materials)\b",
    re.IGNORECASE,
)


def _declared_support(heading: etree._Element, text: str) -> str | None:
    """The sentences of the paragraphs of a declarations section the heading opens that say a named giver supported
    the work (DECLARED_SUPPORT_RE), and its paragraphs under a funding label of their own (_labelled_support), or
    None: wherever the section sits (a page builder's has no article area)."""
    if len(text) > MAX_HEADING_CHARS or not DECLARATION_SECTION_RE.match(text) or heading.tag in LABEL_TAGS \
            or _foreign(heading) or _in_link(heading):
        return None
    kept = []
    for part in _section(heading, text)[0]:
        if _labelled_support(part):
            kept.append(part)
            continue
        kept += [sentence for sentence in _sentences(part)
                 if DECLARED_SUPPORT_RE.match(sentence) and not _not_funding(sentence, sentence.lower())]
    return " ".join(kept) or None


# A declarations section's paragraph may open with a label of its own ("Funding and support: …", "Competing
# interests: …"); a funding heading's words before the colon (FUNDING_HEADING_RE) label the paragraph's statement.
DECLARED_LABEL_RE = lazy(rf"^([^:：]{{3,{MAX_HEADING_CHARS}}})[:：]\s*(\S.*)$", re.DOTALL)
# ...which names its giver: a capital past the sentence's first word ("The tools were lent by X Tools as in-kind
# support"; not "This post is not sponsored").
NAMED_GIVER_RE = lazy(r"\s(?-i:[A-ZÀ-ÞА-ЯΑ-Ω])")


def _labelled_support(part: str) -> bool:
    """Is a declarations section's paragraph labelled as its funding ("Funding and support: The tools were lent by X
    as in-kind support"): a funding heading before its colon, support a named giver gave after it?"""
    if (labelled := DECLARED_LABEL_RE.match(part)) is None or not FUNDING_HEADING_RE.match(labelled.group(1).strip()):
        return False
    rest = labelled.group(2)
    return _acknowledges_support(rest) and NAMED_GIVER_RE.search(rest) is not None \
        and not _not_funding(rest, rest.lower())


def _label_declaration(label: etree._Element, text: str) -> tuple[str, list[str]] | None:
    """"<dt>Conflicts of interest</dt><dd>…</dd>" or "<p><strong>Ethics approval:</strong> …</p>":
    the label and what it labels (the definition, or the rest of the paragraph)."""
    if label.tag in ("dt", "th"):
        definition = label.getnext()
        statement = _text(definition) if definition is not None else ""
    else:
        block = label.getparent()
        if block is None or (block.text or "").strip() or block.tag == "a":
            return None  # the label must open its paragraph
        whole = _text(block)
        statement = whole[len(text):].lstrip(" :：") if whole.startswith(text) else ""
    if not statement or len(statement) > MAX_SECTION_CHARS:
        return None
    return text.rstrip(" :："), [statement]


def _leaf_blocks(tree: etree._Element, whole_page: bool) -> list[tuple[etree._Element, str]]:
    """The blocks read for statements, with their text: every block of a body, and of a
    whole page every block of its <body> (a statement may sit in any region that stripping
    removes: a dialog, an aside, the article's footer, a box after the article); a block
    with block children is left out, read through them."""
    if whole_page:
        tree = next(iter(_FIRST_BODY(tree)), tree)
    # The blocks with block children, from one walk in C (a test of every block's children costs twice this).
    parents = set(map(_PARENT, tree.iter(*_BLOCK_CHILDREN)))  # (a C loop: no Python frame per block)
    # A block broken into lines ("supported by<br>the X Trust") reads with a space at each break, as it shows.
    broken = holding_line_breaks(tree)
    blocks = [(el, lined_text(el) if el in broken else el.text_content())
              for el in tree.iter(*BLOCK_TAGS) if el not in parents]
    # A bold line loose among a section's blocks ("<section><h2>…</h2><strong>This … is brought to you by X.</strong>
    # <br>…"): no leaf block holds its text.
    blocks += [(el, el.text_content()) for el in tree.iter(*LOOSE_LINE_TAGS) if el.getparent() in parents]
    return blocks


# The page's <body>: the first in document order, as `next(tree.iter("body"))` finds it, but found
# without walking the rest of the page (lxml's iterator finds the match after the one it returns
# before returning it: a walk of every element of the page, ~5% of the page's funding search).
_FIRST_BODY = etree.XPath("descendant-or-self::body[1]")
_PARENT = etree._Element.getparent


def _in_site_area(el: etree._Element) -> bool:
    """Inside the site's header, footer, an aside or a dialog, where a site's own sponsor
    line sits (by tag, role or class); a card in some other <div> is a teaser's."""
    for depth, node in enumerate(el.iterancestors()):
        if depth > MAX_ANCESTORS or node.tag in ("body", "html"):
            break
        if node.tag in SITE_AREA_TAGS or node.get("role") in SITE_AREA_ROLES or node.get("aria-modal") is not None:
            return True
        names = node.get("class")
        if names and class_rule(names) in SITE_AREA_RULES:
            return True
    return False


def _in_sponsor_box(el: etree._Element) -> bool:
    """Inside a box of the site's sponsors, by a class or id word of its own ("supporters-block",
    "sponsor_list"), a few levels up and outside any <article>: a statement there is about the
    site, not the article (an article's own box of supporters is the article's)."""
    boxed = False
    for depth, node in enumerate(el.iterancestors()):
        if node.tag == "article":
            return False
        if depth >= MAX_ANCESTORS:
            break
        own = f"{node.get('class', '')} {node.get('id', '')}".lower() if depth < SPONSOR_BOX_DEPTH else ""
        if own.strip() and not SPONSOR_BOX_WORDS.isdisjoint(CLASS_WORD_SPLIT_RE.split(own)):
            if _under_the_article(node):
                return False  # the article's own sponsor strip, right under it in the page's main area
            boxed = True
    return boxed


def _in_advert(el: etree._Element) -> bool:
    """Inside an advertisement, a few levels up: a box whose class names an ad by a word of its own ("ad",
    "advert", "anzeige") or whose first line is an advertisement's label ("Advertisement", "Anzeige",
    "Publicidad"): its "Sponsored by X" is the ad's pitch, not the work's sponsor. Labels of sponsored
    content ("Sponsored", "Gesponsert") do not count: a page's own sponsored post names its sponsor."""
    for depth, node in enumerate(el.iterancestors()):
        if depth >= SPONSOR_BOX_DEPTH or node.tag in _AREA_BOUNDARY_TAGS or node.tag == "article":
            return False
        own = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if own.strip() and any(word in AD_CLASS_PARTS or word.startswith(AD_CLASS_PREFIXES)
                               for word in without_negated_ad(CLASS_WORD_SPLIT_RE.split(own))):
            return True
        first = next((child for child in node if isinstance(child.tag, str)), None)
        if first is not None and first is not el and el not in first.iterdescendants() \
                and len(head := first.text_content()) <= MAX_NOTICE_LABEL_CHARS and label_key(head) in ADVERT_LABELS:
            return True
    return False


def _under_advertorial_label(el: etree._Element) -> bool:
    """Does a kicker before the block, among its few preceding siblings or its parent's, say the text is an
    advertisement ("Anzeige", "Partner-Inhalt", "Advertorial" over a firm's copy)? The text's note of who it was made
    with is then the advertisement's label, not who funded a work the page reports. A kicker opens the text: only a
    header, a heading or a short line before it (not an ad slot's label between a story's paragraphs)."""
    for node in (el, el.getparent()):
        if node is None or node.tag in _AREA_BOUNDARY_TAGS:
            return False
        for before in islice(node.itersiblings(preceding=True), ADVERTORIAL_LABEL_REACH):
            if isinstance(before.tag, str) and len(head := before.text_content()) <= MAX_NOTICE_LABEL_CHARS \
                    and label_key(head) in ADVERTORIAL_LABELS:
                return all(not isinstance(opening.tag, str) or opening.tag in KICKER_BEFORE_TAGS
                           or len(opening.text_content()) <= MAX_NOTICE_LABEL_CHARS
                           for opening in before.itersiblings(preceding=True))
    return False


# Class words of an advertisement's box: the advertisement rule's (rules.CLASS_VOCABULARY), less the part
# prefixes a page's own sponsor strip has too ("sponsor", "promo").
AD_CLASS_PARTS = CLASS_VOCABULARY["advertisement"].parts
AD_CLASS_PREFIXES = tuple(prefix for prefix in CLASS_VOCABULARY["advertisement"].prefixes
                          if prefix not in ("sponsor", "promo"))
# The advertisement labels that are not sponsored content's ("Sponsored", "Gesponsert", "Contenu sponsorisé").
ADVERT_LABELS = frozenset(label for label in AD_LABELS
                          if not re.search(r"spons|patrocin|赞助|贊助|推广|χορηγ|ממומן|प्रायोजित|tài trợ|yhteistyö", label))

ADVERTORIAL_LABEL_REACH = 4  # the kicker, the headline's block, a paragraph or two of the copy
# An advertisement's labels, and those of a firm's copy that a newsroom runs as partner or paid content.
ADVERTORIAL_LABELS = frozenset((
    "advertorial", "partner content", "paid content", "paid post", "partner-inhalt", "partnerinhalt",
    "contenu partenaire", "contenido de socio", "contenuto partner", "partnercontent",
)) | ADVERT_LABELS
KICKER_BEFORE_TAGS = frozenset(("header", "hgroup", "h1", "h2", "h3", "figure"))


def _under_the_article(box: etree._Element) -> bool:
    """Is the box the next element after the page's <article>, both in its <main>; or, on a page without one (a page
    builder's), the next element after the section that holds the page's headline (its <h1>), both inside the body's
    wrapper; or, in a <main> that holds the headline itself, the next element after the one right under the
    headline (its text's wrapper: <main> <h1>, the text, the box)?"""
    before = previous_element(box)
    parent = box.getparent()
    if before is None or parent is None:
        return False
    in_main = parent.tag == "main" or parent.get("role") == "main"
    if before.tag == "article":
        return in_main
    if in_main:
        headline = previous_element(before)
        return headline is not None and headline.tag == "h1"
    return parent.tag not in _AREA_BOUNDARY_TAGS and next(before.iter("h1"), None) is not None


SPONSOR_BOX_DEPTH = 4  # the statement, its box, the box's wrapper
# Class words of a box listing the site's supporters, in several languages.
SPONSOR_BOX_WORDS = frozenset((
    "sponsor", "sponsors", "supporter", "supporters", "funder", "funders", "donor", "donors", "partner", "partners",
    "sponsoren", "foerderer", "förderer", "unterstuetzer", "partenaires", "mecenes", "soutiens", "patrocinadores",
    "financiadores", "apoiadores", "sostenitori", "finanziatori",
))
CLASS_WORD_SPLIT_RE = lazy(r"[\W_]+")


SITE_AREA_TAGS = frozenset(("aside", "header", "footer", "dialog"))
SITE_AREA_ROLES = frozenset(("dialog", "alertdialog", "complementary", "banner", "contentinfo"))
SITE_AREA_RULES = frozenset(("modal", "site-header", "site-footer", "sidebar", "advertisement"))  # "sponsor" boxes


def funding_text(statements: list[str]) -> str | None:
    """The field's value: the statements joined, each once."""
    unique = list(dict.fromkeys(s for s in statements if s))
    return "\n\n".join(unique)[:MAX_FUNDING_CHARS] or None


def _heading_section(heading: etree._Element, text: str) -> tuple[str, list] | None:
    """The statement a funding heading opens, and the elements it spans."""
    if heading.tag in LABEL_TAGS:
        return _label_section(heading, text)
    acknowledgement = ACKNOWLEDGEMENT_HEADING_RE.match(text) is not None
    if not acknowledgement and not FUNDING_HEADING_RE.match(text):
        return None
    if SPONSORED_BY_HEADING_RE.match(text) and (not _in_article_area(heading) or _in_page_aside(heading)):
        return None  # a sidebar's "Sponsored by" over its advertisers: the site's, not the work's
    parts, elements = _section(heading, text, items=acknowledgement, named=not acknowledgement)
    if PARTNERS_HEADING_RE.search(text):  # "Partners and funders": only its blocks that say who funded or supported
        parts = [part for part in parts if _acknowledges_support(part)]
    if acknowledgement:  # only its paragraphs (or list items) that acknowledge support, not those that only thank
        parts = [part for part in parts if _acknowledges_support(part) or not THANKS_WORDS_RE.search(part)]
        if not any(map(_acknowledges_support, parts)):
            return None
        # ...and of a paragraph that does, all but its sentences of thanks that name no support ("We thank the
        # landowners for access. The study received support from X": the thanks stay in the body)
        parts = [_without_bare_thanks(part) if _acknowledges_support(part) else part for part in parts]
    if parts and all(map(PRICE_TIER_RE.match, parts)):
        return None  # "Sponsors" over "$5 a month: name in README": the tiers of an offer to sponsor, no sponsor
    statement = "\n\n".join(parts)
    if not statement:
        return None
    if not acknowledgement and heading.tag in HEADING_TAGS and not FUNDER_WORDS_RE.search(statement) \
            and not has_statement_shape(statement) and _story_follows(heading, text):
        return None  # a story's subheading ("Funding", "Förderung") over money reported as news
    return statement, elements


# A tier of an offer to sponsor: a sum by the month, week or year opening the part ("$5 a month: name in the
# README", "5 € / Monat", "10 € par mois"), what a sponsor would give, not who gave.
PRICE_TIER_RE = lazy(
    r"^\W*(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|usd|eur|gbp|dollars?|euros?|pounds?))\s*(?:a|an|per|/|pro|par|al|por)\s*"
    r"(?:month|week|year|mo|yr|monat|woche|jahr|mois|semaine|an|année|mes|semana|año|mese|anno|maand|jaar)\b",
    re.IGNORECASE,
)
# A heading naming the project's partners beside its funders ("Partners and funders", "Partner und Förderer"): a
# partner is no funder, and a list of names under it does not say which are which.
PARTNERS_HEADING_RE = lazy(r"(?<!funding )\b(?:partners?|partenaires|socios|soci|parceiros|partnerzy)\b", re.IGNORECASE)
# A "Sponsored by" heading: the work's sponsors inside the article, a site's advertisers outside it.
SPONSORED_BY_HEADING_RE = lazy(r"^\W*sponsored by\W*$", re.IGNORECASE)


def _in_page_aside(el: etree._Element) -> bool:
    """Inside an <aside> of the page's, not one of an article's (the nearer of the two is an <aside>)?"""
    nearest = next(el.iterancestors("article", "aside"), None)
    return nearest is not None and nearest.tag == "aside"


def _without_bare_thanks(paragraph: str) -> str:
    """An acknowledgement's paragraph without its sentences of thanks that name no support: those that thank for
    help, access or cooperation, or thank people by their role (the village's families, residents), wherever they
    sit; and those before its first sentence that names support, whatever they thank for (a supervisor's patience,
    the borrowers' good humour: the personal thanks a paragraph opens with). The paragraph whole where the rest
    acknowledges no support."""
    sentences = _sentences(paragraph)
    first = next((at for at, sentence in enumerate(sentences) if _names_support(sentence)), len(sentences))
    kept = [sentence for at, sentence in enumerate(sentences) if _names_support(sentence)
            or not THANKS_WORDS_RE.search(sentence)
            or (at > first and not (HELP_WORDS_RE.search(sentence) or PEOPLE_ROLES_RE.search(sentence)))]
    if len(kept) == len(sentences) or not kept:
        return paragraph
    cut = "".join(f"{sentence}{'' if sentence[-1] in ASIAN_STOPS else ' '}" for sentence in kept).rstrip()
    return cut if _statement_kind(cut) is not None or _acknowledges_support(cut) else paragraph


# What general thanks thank for: help, access, cooperation, advice (not money), in several languages.
HELP_WORDS_RE = lazy(
    r"\b(?:help|access|assistance|cooperation|co-operation|permission|advice|comments|hospitality|guidance|hilfe|"
    r"mithilfe|zugang|mitarbeit|aide|accès|accueil|ayuda|acceso|colaboración|aiuto|accesso|"
    r"collaborazione|hulp|toegang|medewerking|hjälp|tillgång|hjelp|tilgang|pomoc\w*|dostęp\w*|помощ\w*|доступ\w*|"
    r"yardım\w*|bantuan|akses|segítség\w*)\b|協力|协助|協助|도움|협조",
    re.IGNORECASE,
)


# The words of a funder or a grant: a section under a funding heading names one (a foundation, a council, a
# grant number), or states the funding in a statement's shape; a story's "Funding" subsection tells of money.
FUNDER_WORDS_RE = lazy(
    r"\b(?:grants?|awards?|foundations?|funds?|trusts?|councils?|institutes?|institution|agency|ministry|"
    r"programme|program|fellowships?|scholarships?|endowment|universit(?:y|ies)|sponsors?|funders?|none|no funding)\b|"
    r"stiftung|förderkennzeichen|ministerium|forschungsgemeinschaft|fondation|agence|fundaci[oó]n|funda[cç][aã]o|"
    r"fondazione|fonds|fundacj|stichting|stiftelse|fondet|säätiö|фонд|грант|министерств|基金|財団|财团|재단|科研費|"
    r"yayasan|hibah|vakf|tübitak|مؤسسة|منحة|صندوق|\d{3,}",
    re.I,
)
# Running text after a funding heading's section, under headings that are no end matter, beyond this many
# characters: the heading sat in the middle of a story, not in its end matter.
STORY_AFTER_CHARS = 200
# The headings of an article's end matter (beside its funding, acknowledgement and declaration headings).
END_MATTER_HEADING_RE = lazy(
    r"^[\s\d.)§]*(?:references?|bibliography|literature(?: cited)?|works cited|notes?|footnotes|endnotes|sources?|"
    r"citations?|cite this(?: article)?|how to cite(?: this article)?|author(?:s['’]?)? contributions?|contributors|"
    r"about the authors?|about the study|author information|authors?|affiliations?|abbreviations|"
    r"supplementary (?:material|materials|information|data)|additional information|article information|"
    r"publisher['’]s note|rights and permissions|copyright|licen[cs]e|open access|further reading|related\b.*|"
    r"see also|(?:media |press )?contacts?|more information|about\s+.{1,60}|"
    r"literatur(?:verzeichnis)?|quellen|anmerkungen|références|bibliographie|referencias|bibliografía|notas|"
    r"bibliografia|riferimenti(?: bibliografici)?|referências|literatuur|bronnen|przypisy|literatura|referenser|"
    r"källor|litteratur|lähteet|литература|список литературы|примечания|список літератури|джерела|参考文献|注释|"
    r"참고\s*문헌|daftar pustaka|referensi|kaynaklar|kaynakça|المراجع|tài liệu tham khảo)\W*$",
    re.I,
)


def _story_follows(heading: etree._Element, text: str) -> bool:
    """Does running text go on after the section a heading opens, under headings of the story
    (not end matter: references, declarations, acknowledgements, notes), for more than
    STORY_AFTER_CHARS characters? The section is the blocks up to the next heading."""
    start = _section_start(heading, text)
    shape = _heading_shape(start)
    story, node = 0, start.getnext()
    while node is not None and not _opens_section(node, shape):
        node = node.getnext()  # the section's own blocks
    while node is not None and story <= STORY_AFTER_CHARS:
        if isinstance(node.tag, str):
            if _opens_section(node, shape):
                title = _text(next(node.iter(*HEADING_TAGS), node))
                if _is_short_heading(title) or END_MATTER_HEADING_RE.match(title):
                    return False  # the end matter starts: what follows is no story
            else:
                story += len(_text(node))
        node = node.getnext()
    return story > STORY_AFTER_CHARS


def _section(heading: etree._Element, text: str, items: bool = False, named: bool = False) -> tuple[list[str], list]:
    """The texts of the blocks under a heading, up to the next heading, and their elements.
    Under a heading that is only a bold or styled block, the one block after it: nothing
    marks where such a section ends but the next such block, which a page may not have.
    `items`: a list's items are parts of their own (acknowledgements listed one per item).
    `named`: a funding section, whose blocks name a funder or state the funding; it ends before a
    later block that does neither (a "Funded by" list in a story's middle, the story going on
    under it with no heading), and its lists' items are parts of their own ("X Foundation", "Y Trust")."""
    parts: list[str] = []
    elements: list = []
    start = _section_start(heading, text)
    shape = _heading_shape(start)
    most = None if heading.tag in HEADING_TAGS else 1
    node = start.getnext()
    while node is not None and not _opens_section(node, shape) and sum(map(len, parts)) < MAX_SECTION_CHARS \
            and len(parts) != most:
        block = _text(node) if isinstance(node.tag, str) else ""
        if named and parts and block and not FUNDER_WORDS_RE.search(block) and not has_statement_shape(block):
            break
        if (items or named) and node.tag in LIST_TAGS:
            parts.extend(item for item in map(_text, node.iterchildren("li")) if item)
            elements.extend(node.iter())
        elif block and TAG_RULES.get(node.tag) not in _NO_TEXT_RULES:
            parts.append(block)
            elements.extend(node.iter())
        node = node.getnext()
    return parts, elements


LIST_TAGS = ("ul", "ol")
# A section's controls and code are no part of its text (a dialog's "×" close button).
_NO_TEXT_RULES = frozenset(("code", "form-control"))


def _heading_like_section(block: etree._Element, text: str) -> tuple[str, list] | None:
    """The section a short block of its own opens when its whole text (`text`, spaces
    collapsed) is a funding heading ("<p><strong>Funding</strong></p>", "<summary>Förderung</summary>",
    "<div class='title'>基金</div>"); not a link's text (a tag or a menu entry named "Funding")."""
    if not text or not (FUNDING_HEADING_RE.match(text) or ACKNOWLEDGEMENT_HEADING_RE.match(text)):
        return None
    if BARE_NOTICE_RE.search(text) or _foreign(block):
        return None  # "Supported by" over a logo is a notice, or an advertisement's label
    if sum(len(_text(link)) for link in block.iter("a")) >= len(text) / 2 or _in_link(block):
        return None
    return _heading_section(block, text)


def _section_start(heading: etree._Element, text: str) -> etree._Element:
    """The element whose following siblings hold the section: the heading, or the wrapper
    holding only the heading ("<div class='sec-title'><h2>Funding</h2></div><div>…</div>")."""
    node = heading
    for _ in range(MAX_WRAPPER_LEVELS):
        if any(isinstance(sibling.tag, str) and _text(sibling) for sibling in _first(node.itersiblings(), 3)):
            break
        parent = node.getparent()
        if parent is None or parent.tag in _AREA_BOUNDARY_TAGS or _text(parent) != text:
            break
        node = parent
    return node


def _first(items, count: int) -> list:
    return [item for _, item in zip(range(count), items)]


def _heading_shape(el: etree._Element) -> tuple:
    """What a heading looks like: its tag, its class, and whether its whole text is bold."""
    return el.tag, el.get("class"), _all_bold(el)


def _all_bold(el: etree._Element) -> bool:
    text = _text(el)
    return bool(text) and any(_text(bold) == text for bold in el.iter("strong", "b"))


def _opens_section(node: etree._Element, shape: tuple) -> bool:
    """Does `node` open the next section: a heading, a wrapper that starts with one, or a
    block that looks like the funding section's own heading (the next bold label)?"""
    if not isinstance(node.tag, str):
        return False
    if node.tag in HEADING_TAGS:
        return True
    first = next(node.iter(*HEADING_TAGS), None)
    if first is not None and _text(node).startswith(_text(first)) and _text(first):
        return True
    return node.tag == shape[0] and node.get("class") == shape[1] and shape[2] == _all_bold(node) \
        and (shape[2] or node.get("class") is not None) and len(_text(node)) <= MAX_HEADING_CHARS


@lru_cache(maxsize=None)
def _not_funding_words() -> tuple[frozenset[str], ...]:
    """Words every NOT_FUNDING_RE match holds: most statements hold none, and the search is slow."""
    return known_required_words(NOT_FUNDING_RE.pattern, re.I)


def _not_funding(text: str, low: str) -> bool:
    """`NOT_FUNDING_RE.search(text) is not None`, sooner: its words gate the whole, then each
    alternative is searched only where `low` (lower-cased) holds the words it requires (the
    one pattern tried its 25 alternatives at every character: ~1% of a page's time)."""
    if not has_required(low, _not_funding_words()):
        return False
    for required, alternative in _gated_not_funding():
        if has_required(low, required) and alternative.search(text) is not None:
            return True
    return False


@lru_cache(maxsize=None)
def _gated_not_funding() -> tuple[tuple[tuple[frozenset[str], ...], LazyPattern], ...]:
    """Each NOT_FUNDING_RES alternative with the words it requires; compiled when first searched."""
    return tuple((known_required_words(source, re.I), lazy(source, re.I)) for source in NOT_FUNDING_RES)


@lru_cache(maxsize=None)
def _sponsor_notice_words() -> tuple[frozenset[str], ...]:
    """Words a sponsor notice holds: a text without them is settled before SPONSOR_NOTICE_RE,
    whose compile costs a one-page run ~3 ms."""
    return known_required_words(SPONSOR_NOTICE_RE.pattern, re.I)


@lru_cache(maxsize=None)
def _heading_words() -> tuple[frozenset[str], ...]:
    """Words a body must hold to have a funding heading (a cheap gate, like FUNDING_WORDS)."""
    return known_required_words(HEADING_GATE_SOURCE, re.I)


@lru_cache(maxsize=None)
def _heading_words_past_gate() -> tuple[frozenset[str], ...]:
    """_heading_words() less the strings that hold a gate word ("funding" holds "fund"): a text
    that holds no gate word holds none of them either, so it is scanned for the rest only
    (147 strings -> 35: a long body without funding words was scanned 147 times)."""
    return tuple(frozenset(word for word in words if not any(gate in word for gate in _GATE_WORDS))
                 for words in _heading_words())


# Either heading, as one pattern: what a funding or acknowledgement heading requires.
HEADING_GATE_SOURCE = f"(?:{FUNDING_HEADING_RE.pattern})|(?:{ACKNOWLEDGEMENT_HEADING_RE.pattern})"


def _label_section(label: etree._Element, text: str) -> tuple[str, list] | None:
    """"<strong>Funding:</strong> …" or "<dt>Grant Support</dt><dd>…</dd>": the paragraph or the term's definition."""
    clean = text.rstrip(" :：")
    if not (FUNDING_HEADING_RE.match(clean) or ACKNOWLEDGEMENT_HEADING_RE.match(clean)):
        return None
    fact = False
    if label.tag == "dt" or label.tag == "th":
        definition = label.getnext()
        if definition is None or not _text(definition):
            return None
        statement, elements = _text(definition), list(definition.iter())
        # a table's or a list's fact: its term a funding heading, its value the funder named ("Funder | X Foundation",
        # "Förderer | X-Stiftung"): a funding body's word (not a year's digits, nor a firm or a bank: a club's
        # sponsor), and little more
        fact = FUNDING_HEADING_RE.match(clean) is not None and len(statement) <= MAX_FACT_CHARS \
            and any(not word.group().isdigit() for word in FUNDER_WORDS_RE.finditer(statement))
    else:
        block = label.getparent()
        if block is None or (block.text or "").strip() or block.tag == "a":
            return None  # the label must open its paragraph; a link's bold word ("see our Funding page") is no label
        statement, elements = _text(block), list(block.iter())
        if statement.rstrip(" :：") == clean:
            return None  # a label with no statement after it
    if len(statement) > MAX_SECTION_CHARS or not (fact or _acknowledges_support(statement)) \
            or DECLARATION_HEADING_RE.match(statement):
        return None
    return statement, elements


MAX_FACT_CHARS = 200  # a fact table's value: a name or two and a grant's code


def _acknowledges_support(text: str) -> bool:
    """Does an acknowledgement name support (SUPPORT_WORDS_RE) in a sentence that is not
    general thanks to people ("We thank our colleagues for their support")?"""
    if not SUPPORT_WORDS_RE.search(text):
        return False
    return any(SUPPORT_WORDS_RE.search(clause) and not _general_thanks(clause)
               for clause in CLAUSE_END_RE.split(text))


def _general_thanks(sentence: str) -> bool:
    """Thanks to people by their role, naming no funder and no funding ("We thank the residents' association
    for funding the prints" thanks a funder)."""
    return THANKS_WORDS_RE.search(sentence) is not None and PEOPLE_ROLES_RE.search(sentence) is not None \
        and FUNDER_WORDS_RE.search(sentence) is None and EXPLICIT_FUNDING_RE.search(sentence) is None


def _statement_kind(text: str) -> str | None:
    """"statement" for a self-contained funding statement, "notice" for a short sponsor
    notice ("Sponsored by X"), None for anything else; by its shape, then not what is no
    funding (NOT_FUNDING_RES). The exclusions are searched last: a block holding a funding word
    seldom has a statement's shape (7 of ~1,400 on 200 pages), and they cost as much as the shapes."""
    if len(text) > MAX_STATEMENT_CHARS:
        return None
    low = text.lower()
    if not any(map(low.__contains__, FUNDING_WORDS)):
        return None
    kind = _shape_kind(text, low)
    if kind is None or _not_funding(text, low):
        return None
    return None if kind == "statement" and _funder_unnamed(text) else kind


# A funder no one could name: the verb of funding, its "by" and an indefinite article before lower-case words only, to
# the sentence's end ("The fair is sponsored this year by a firm in town", "è sponsorizzata da una cooperativa del
# paese", "patrocinado por un banco del pueblo"): a story's news of another thing, not the page's statement, which names
# who paid ("by a grant from the X Trust", "by a gift from Dr Y" go on to a name). In the languages with such an
# article before the funder; German puts its verb after it.
UNNAMED_FUNDER_RE = lazy(
    r"\b(?:sponsored|funded|financed|supported|underwritten|paid\s+for|backed|sponsorizzat[oaie]|finanziat[oaie]|"
    r"sostenut[oaie]|patrocinad[oa]s?|financiad[oa]s?|apoyad[oa]s?|subvencionad[oa]s?|apoiad[oa]s?|"
    r"sponsorisée?s?|financée?s?|soutenue?s?|parrainée?s?|gesponsord|gefinancierd|gesteund|ondersteund|"
    r"sponsrad\w*|finansierad\w*|sponset|finansiert|sponsoreret|finansieret|støttet)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:by|da|por|par|door|av|af)\s+(?:(?:an?|una?|uno|une|um|uma|een|en|ett|et)\s+|un['’])"
    r"(?-i:[^\W\d_A-ZÀ-Þ][\w'’\-]*)(?:\s+(?-i:[^\W\d_A-ZÀ-Þ][\w'’\-]*)){0,3}\s*(?:[.!?]|$)",
    re.IGNORECASE,
)


def _funder_unnamed(text: str) -> bool:
    """Does every sentence of the statement that has a statement's shape name its funder only as "a local bank"
    (UNNAMED_FUNDER_RE)? (Searched only on a text with a statement's shape: a few blocks of a page.)"""
    if UNNAMED_FUNDER_RE.search(text) is None:
        return False
    return not any(UNNAMED_FUNDER_RE.search(sentence) is None and has_statement_shape(sentence)
                   for sentence in _sentences(text))


def _shape_kind(text: str, low: str) -> str | None:
    """_statement_kind's shapes: the kind a text's shape gives it, before the exclusions."""
    if FUNDING_LABEL_RE.match(text):  # "Funding: …"; "Acknowledgements: …" when it names support
        return "statement" if not ACKNOWLEDGEMENT_LABEL_RE.match(text) or _acknowledges_support(text) else None
    if has_statement_shape(_inner_stops_read_through(text) if "." in text else text) \
            and not DECLARATION_HEADING_RE.match(text):
        return "statement"
    notice = SPONSOR_NOTICE_RE.search(text) if len(text) <= MAX_SPONSOR_NOTICE_CHARS + MAX_NOTICE_LABEL_CHARS \
        and has_required(low, _sponsor_notice_words()) else None
    if notice is not None and (notice.group("stop") and not _name_alone(notice.group("name"))
                               or notice.group("stop_after") and not _name_alone(notice.group("before"))
                               or notice.group("work_by") and not _name_alone(notice.group("work_by"))):
        notice = None  # "При поддержке губернатора мост достроили в срок.": a sentence, not a line naming its sponsor
    if notice is not None and len(text) - max(notice.start("thanks"), 0) <= MAX_SPONSOR_NOTICE_CHARS \
            and not _goes_on_as_clause(text) and not _support_of_nobody_named(text, low):
        return "notice"
    if EU_NOTICE_RE.match(text):
        return "notice"
    return None


# A full stop inside a number ("mit 48.000 Euro", "1.5 million") ends no clause: the shapes, which read a clause up
# to its stop, read it as the comma of "48,000". Nor does an abbreviation's before a small letter or a digit
# ("wird u.a. von der Stiftung gefördert", "im Programm Nr. 4"): the shapes read it as a space.
NUMBER_STOP_RE = lazy(r"\.(?<=\d\.)(?=\d)")  # the stop first: the engine looks for it alone, then at its digits
ABBREVIATION_STOP_RE = lazy(r"\b([^\W\d_]{1,6})\.(?=\s*[^\W_A-ZÀ-ÞА-ЯΑ-Ω])")
# ...nor an ordinal's in a date ("am 14. Juni", "14. června"): a day's number before a month or a small letter.
ORDINAL_STOP_RE = lazy(r"(?<![\d.])(\d{1,2})\.(?=\s+(?:[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω]|(?:Januar|Jänner|Februar|März|April|Mai|"
                       r"Juni|Juli|August|September|Oktober|November|Dezember)\b))")


# ...nor an initial's before another initial ("e. V.", "e.V.", "U. S."): a run of initials is one name's.
INITIALS_STOP_RE = lazy(r"\.(?<=(?<![^\W\d_])[^\W\d_]\.)(?=\s?[^\W\d_]\.)")  # (the stop first, as NUMBER_STOP_RE)


def _inner_stops_read_through(text: str) -> str:
    """The text as the shapes read it: a full stop inside a number a comma, a date's ordinal's and an
    abbreviation's before a small letter or a digit a space, an initial's before another initial a space
    (the text's length kept)."""
    text = ORDINAL_STOP_RE.sub(r"\1 ", NUMBER_STOP_RE.sub(",", text))
    text = INITIALS_STOP_RE.sub(" ", text)
    return ABBREVIATION_STOP_RE.sub(lambda stop: f"{stop[1]} " if _abbreviation(stop[1].lower()) else stop[0], text)
# Where a paragraph's sentence ends: ".", "!" or "?" before a space and what opens a sentence (a capital, a
# quote, a bracket; not a digit: "No. 12", not a small letter: "approx. ten"), or an Asian full stop anywhere.
SENTENCE_BREAK_RE = lazy(r"(?<=[.!?।۔؟])[\"”’»)]*\s+(?=[\"“„«(\[¿¡]*[^\W\d_a-zß-ÿа-я])|(?<=[。！？])\s*")
ASIAN_STOPS = "。！？"  # a sentence after one follows it without a space
# A word before a full stop that is no sentence's end: titles, "No." and its kin before a grant number, a
# company's suffix ("Inc."), a Latin short form; a one-letter initial ("J. Smith") and a word with a full stop
# inside ("U.S.", "z.B.") count as abbreviations too.
ABBREVIATIONS = frozenset((
    "no", "nos", "nr", "n°", "nº", "núm", "num", "št", "č", "dr", "prof", "mr", "mrs", "ms", "st", "mt", "jr", "sr",
    "inc", "ltd", "co", "corp", "dept", "univ", "fig", "vol", "art", "cf", "vs", "ca", "approx", "gen", "hr", "fr",
    "mme", "mlle", "bzw", "vgl", "ggf", "sog", "abs", "nr°", "ref", "reg", "ing", "dipl", "pp", "ed", "eds", "sv",
    "г", "им", "proj", "contr", "ag", "gmbh", "dott", "sig", "sra", "dra", "blg", "br",
    "im",  # Polish "im." (imienia, "named after"), as Russian "им.": "Fundacja im. Jana X" is one name
))
# A sentence right after the statement that goes on with it without a funding word of its own ("It also
# received money from the city"): it says "also" (as the languages say it).
GOES_ON_RE = lazy(r"\b(?:also|additionally|further|furthermore|auch|zudem|außerdem|aussi|également|también|"
                  r"además|anche|inoltre|ook|också|også|myös|także|również|также|тоже|ayrıca|juga|também)\b|"
                  r"^(?:it|they|this|these|es|sie|il|elle|ils|elles)\s+(?:was|were|is|are|wurde|wurden|a été|ont été)\b",
                  re.IGNORECASE)
# ...or it is the statement's disclaimer: the views are the writer's, the funder had no say or bears no
# responsibility ("All thoughts are my own", "Die geäußerten Ansichten … spiegeln nicht die der EU wider").
DISCLAIMER_RE = lazy(r"\b(?:views?|opinions?|thoughts|my own|endorse\w*|responsib\w*|editorial\w*|independen\w*|"
                     r"ansicht\w*|meinung\w*|verantwort\w*|unabhängig\w*|avis|responsabilit\w*|indépendan\w*|"
                     r"opinion\w*|independien\w*|indipenden\w*|mening\w*|standpunt\w*|åsikt\w*|synspunkt\w*|"
                     r"ansvar\w*|opini\w*|poglą\w*|odpowiedzialn\w*|мнени\w*|взгляд\w*|ответствен\w*|görüş\w*|"
                     r"sorumlu\w*|pendapat|tanggung jawab)\b|見解|意見|观点|觀點|責任|责任|견해|책임", re.IGNORECASE)

# Support in kind, credited beside the funder: a loan, a gift of means, a courtesy ("Works on loan from the
# X Museum", "Mit Leihgaben des Y", "Equipment provided by Z").
IN_KIND_RE = lazy(r"\b(?:on loan|loans? from|lent by|courtesy of|provided by|in kind|donated by|leihgabe\w*|"
                  r"zur verfügung gestellt|prêt\w*|mis à disposition|préstamo\w*|cedid[oa]s? por|prestit\w*|"
                  r"concess[oa] da|bruikleen|ter beschikking|lån\w*|предоставлен\w*)\b", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """The paragraph's sentences: split after a full stop that ends one, never inside brackets or
    after an abbreviation (ABBREVIATIONS) or a grant number's "No."."""
    sentences: list[str] = []
    start = 0
    for end in SENTENCE_BREAK_RE.finditer(text):
        before = text[start:end.start()]
        last = before.rstrip("\"”’»)").rstrip(".!?").rsplit(None, 1)[-1:] or [""]
        word = last[0].lstrip("(\"“„«[").lower()
        if before.count("(") + before.count("（") > before.count(")") + before.count("）") \
                or before.count("[") > before.count("]") \
                or (text[end.start() - 1] == "." and _abbreviation(word)):
            continue
        sentences.append(before.strip())
        start = end.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def _abbreviation(word: str) -> bool:
    """Is the word before a full stop an abbreviation, an initial or a short form with stops inside?"""
    return (len(word) <= 1 and word.isalpha()) or "." in word or word in ABBREVIATIONS


def _names_support(sentence: str) -> bool:
    """Does the sentence name a funder, grant or support (and thank no one by role only)?"""
    low = sentence.lower()
    return (any(map(low.__contains__, FUNDING_WORDS)) or SUPPORT_WORDS_RE.search(sentence) is not None
            or any(not word.group().isdigit() for word in FUNDER_WORDS_RE.finditer(sentence))  # a year is no grant
            or IN_KIND_RE.search(sentence) is not None) \
        and not _general_thanks(sentence)


def statement_sentences(text: str) -> str:
    """A statement found by its shape inside a paragraph, without the paragraph's other sentences:
    those that name a funder, grant or support, and those that go on with them ("It was also
    supported by …"). Where the cut would not read as a statement on its own, the paragraph whole."""
    if FUNDING_LABEL_RE.match(text):
        return text  # "Funding: …" is its paragraph whole
    sentences = _sentences(text)
    if len(sentences) < 2:
        return text
    kept: list[str] = []
    after_kept = False
    for sentence in sentences:
        after_kept = _names_support(sentence) and not _money_of_no_one_named(sentence) or (after_kept and (
            GOES_ON_RE.search(sentence) is not None and THANKS_WORDS_RE.search(sentence) is None
            or DISCLAIMER_RE.search(sentence) is not None))
        if after_kept:
            kept.append(sentence)
    return _cut_to(text, sentences, kept)


NAMED_PAST_FIRST_RE = lazy(r"\s(?:[^\w\s]*(?-i:[A-ZÀ-ÞА-ЯЁЄІЇΑ-ΩΆ-Ώ])|\S*\d)")  # a capital or a digit past the first word


def _money_of_no_one_named(sentence: str) -> bool:
    """Does a sentence beside the statement tell of money naming no one: its words lower-case but its first, no
    number, in a script with capitals (in the scripts of East Asia, no funder's word), and no statement's shape of its
    own ("El ayuntamiento financió el año pasado
    un nuevo puente", "Город в прошлом году оплатил ремонт дамбы": the story's news of another thing; not "Additional
    support came from the X Club", "Grant 2291.", a statement naming its funder in lower case)? A capital tested
    first (one search), the shapes last."""
    first = sentence[:1]
    if first.isupper():
        named = NAMED_PAST_FIRST_RE.search(sentence) is not None
    elif first >= CJK_START and first.lower() == first.upper():
        # (in a script without capitals from Hangul on, East Asia's: no funder's or support's word either, "市は昨年、堤防の補修費を
        # 負担した", the town's levee)
        named = FUNDER_WORDS_RE.search(sentence) is not None or SUPPORT_WORDS_RE.search(sentence) is not None
    else:
        return False
    return not named and not has_statement_shape(_inner_stops_read_through(sentence) if "." in sentence else sentence)


def _cut_to(text: str, sentences: list[str], kept: list[str]) -> str:
    """The paragraph cut to the `kept` of its `sentences`, where some but not all are kept and the cut reads
    as a statement on its own; else the paragraph whole."""
    if len(kept) == len(sentences) or not kept:
        return text
    cut = "".join(f"{sentence}{'' if sentence[-1] in ASIAN_STOPS else ' '}" for sentence in kept).rstrip()
    return cut if _statement_kind(cut) is not None else text


def _support_of_nobody_named(notice: str, low: str) -> bool:
    """Is the notice only "with the support of" someone it does not name ("With the support of local fans",
    "При поддержке болельщиков", "Yerel taraftarların desteğiyle": a crowd, a team's fans, readers), where support
    alone, not funding or a sponsor, is said? A supporter is named by a body's word (a foundation, a city, a
    ministry: SUPPORTER_BODY_RE), an acronym ("TÜBİTAK desteğiyle"), a word of a script without capitals, or a
    capitalised word after the first (the first is capitalised as the line opens: "Yerel" is "local"); in German,
    which capitalises every noun, by a body's word, an acronym or two capitalised words in a row right after the
    support, before its first other lower-case word ("Mit Unterstützung von Beispiel Kultur", not "Mit
    Unterstützung der Fans", nor "Mit Unterstützung der Fans gewann der SV Aue")."""
    if ". " in notice:  # the notice's own sentence, not a story's next one ("… das Derby. Die Reederei fördert …")
        notice = _sentences(notice)[0]
        low = notice.lower()
    if not SUPPORT_ONLY_RE.search(low) or EXPLICIT_FUNDING_RE.search(low) or SUPPORTER_FOLLOWS_RE.search(low):
        return False
    head, colon, _ = notice.partition(":")
    if colon and not BARE_NOTICE_RE.search(head):
        # the supporter is named before a colon where a caption's subject follows it ("Mit Unterstützung der Nachbarn:
        # das Mottenfest 2024": the fair and its year are the picture's), not after a label's ("Supported by: X")
        notice, low = head, head.lower()
    words = notice.split()
    if NOUNS_CAPITALISED_RE.search(low):
        # the supporter is named right after the support word, up to a verb or another lower-case word ("Mit
        # Unterstützung der Fans gewann der SV Aue 1961 …": the club and its year after the verb are the story's)
        after = next((at for at, word in enumerate(words) if SUPPORT_ONLY_RE.search(word.lower())), 0) + 1
        named = list(takewhile(_in_name, words[after:]))
        return not SUPPORTER_BODY_RE.search(" ".join(named)) \
            and not any(len(word) >= 2 and word.isupper() for word in named) \
            and not any(_named_word(first) and _named_word(second) for first, second in pairwise(named))
    head, comma, rest = notice.partition(",")
    if comma and not _name_alone(rest.strip(" .")):
        # the supporter is named before the comma where a clause follows it ("Con il sostegno dei tifosi, il
        # Kellmouth ha vinto il derby": the club after the comma is the story's), not a list of more supporters
        words, low = head.split(), head.lower()
    if SUPPORTER_BODY_RE.search(low) or any(len(word) >= 2 and word.isupper() for word in words):
        return False
    return not any(map(_named_word, words[1:]))


def _in_name(word: str) -> bool:
    """May the word be part of a German supporter's name: a capitalised word, an article, a short joining word?"""
    return not word[:1].islower() or len(word) <= MAX_JOINING_WORD_CHARS or word in NOTICE_SMALL_WORDS


# The words of a body that supports (beside FUNDER_WORDS_RE's funders): a town, a ministry, a society, a firm.
SUPPORTER_BODY_RE = lazy(
    FUNDER_WORDS_RE.pattern + r"|\b(?:city|municipality|county|ministry|department|society|association|bank|"
    r"company|stadt|gemeinde|landes\w*|bundes\w*|verein\w*|verband\w*|amt\w*|kreis\w*|universität|hochschule|"
    r"institut\w*|akademie|gesellschaft|sparkasse|gmbh|e\.\s?v)\b|\w+(?:bank|kasse|verein|verband)\b|"
    r"belediye|bakanlı|kaupun|kunnan|ministeri|önkormányzat|alapítvány|egyesület",
    re.IGNORECASE,
)
# Support words of a language that capitalises every noun (German): a capital there names no one.
NOUNS_CAPITALISED_RE = lazy(r"unterstützung")


def _name_alone(words: str) -> bool:
    """Are these words a name alone ("Dinas Lingkungan Hidup Kabupaten Orrin", "Fundației Valea Verde"): every
    word capitalised but short joining words ("of", "dan", "și"), in a script with capitals (one without may
    hold a sentence's verbs unseen)?"""
    named = [word for word in words.split() if len(word) > MAX_JOINING_WORD_CHARS and word not in NOTICE_SMALL_WORDS]
    return bool(named) and all(word[:1].isupper() for word in named)


MAX_JOINING_WORD_CHARS = 3  # "of", "dan", "và", "și", "для": a lower-case word no longer may join a name's words


def _named_word(word: str) -> bool:
    """A capitalised word, or one of a script without capitals (Hebrew, Arabic, Devanagari, Chinese …)."""
    first = word[:1]
    return first.isupper() or first.isalpha() and first.lower() == first.upper()


def _goes_on_as_clause(notice: str) -> bool:
    """Does the notice go on after its first comma as a sentence, not a list of sponsors?"""
    _, comma, rest = notice.partition(",")
    words = (word for word in rest.split() if word.islower() and len(word) >= 3 and word not in NOTICE_SMALL_WORDS)
    return bool(comma) and sum(1 for _ in words) >= NOTICE_CLAUSE_WORDS


def _in_article_area(el: etree._Element) -> bool:
    """Inside the article, a header or a dialog (where a page's own sponsor notice sits)."""
    for depth, node in enumerate(el.iterancestors()):
        if depth > MAX_ANCESTORS or node.tag in ("body", "html"):
            break
        if node.tag in ARTICLE_AREA_TAGS or node.get("role") == "dialog":
            return True
        own = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if own.strip() and ARTICLE_AREA_RE.search(own):
            return True
    return False


def _named_sponsor(notice: etree._Element) -> str | None:
    """The sponsor a bare notice ("Supported by") names by what follows it: the next short
    text (a link's, a name's), else the logo's alt text or the link's label; None when what
    follows names no one: a logo without a name (a label over it states nothing: no
    sponsor is named; the tagline after the logo is not its name), running text, a heading
    or nothing (an empty ad slot). The notice's wrappers are climbed while they hold nothing
    else ("<div><p>Sponsored by</p></div><a><img alt='X'></a>")."""
    node = notice
    for _ in range(MAX_WRAPPER_LEVELS + 1):
        for sibling in _first((s for s in node.itersiblings() if isinstance(s.tag, str)), SPONSOR_SIBLINGS):
            text = _text(sibling)
            if text:
                return text if len(text) <= MAX_SPONSOR_NAME_CHARS and sibling.tag not in HEADING_TAGS else None
            labels = [label for el in sibling.iter("img", "a") if (label := _logo_label(el))]
            if labels:
                return ", ".join(dict.fromkeys(labels))
            if next(sibling.iter(*LOGO_TAGS), None) is not None:
                return None  # a logo without a name: the notice names no one
        node = node.getparent()
        if node is None or node.tag in _AREA_BOUNDARY_TAGS or _text(node) != _text(notice):
            return None
    return None


def _logo_section(heading: etree._Element, text: str) -> tuple[str, list] | None:
    """A bare "Funded by" or "Supported by" heading in the article over its funders' logos and no text (a logo
    wall): the heading and the logos' names ("Funded by Orrin Fund, Quelby Trust"); None elsewhere (a sidebar's or
    an advertisement's "Sponsored by" over its advertisers) or where text or an unnamed logo follows it."""
    if not BARE_NOTICE_RE.search(text) or not FUNDING_HEADING_RE.match(text) or not _in_article_area(heading) \
            or _in_page_aside(heading) or _in_advert(heading) or _foreign(heading):
        return None
    if inner := _logo_names(heading):  # "<p>Supported by <img alt='X'></p>"
        return f"{text.rstrip(' :：')} {inner}", [heading]
    node = heading
    for _ in range(MAX_WRAPPER_LEVELS + 1):
        siblings = [s for s in node.itersiblings() if isinstance(s.tag, str)]
        if siblings:  # the logos after it, each in an element of its own or all in one, up to any text
            logos = list(takewhile(lambda s: not _text(s) and _logo_names(s), siblings))
            if not logos:
                return None
            return f"{text.rstrip(' :：')} {_logo_names(*logos)}", [heading, *(el for logo in logos for el in logo.iter())]
        node = node.getparent()
        if node is None or node.tag in _AREA_BOUNDARY_TAGS or _text(node) != text:
            return None
    return None


def _logo_names(*els: etree._Element) -> str:
    """The names of the logos in elements, joined ("Orrin Fund, Quelby Trust"; "logo" after a name left out)."""
    labels = (LOGO_WORD_RE.sub("", label) for el in els for node in el.iter("img", "a") if (label := _logo_label(node)))
    return ", ".join(dict.fromkeys(label for label in labels if label))


LOGO_WORD_RE = lazy(r"\s*\blogo\W*$", re.IGNORECASE)


def _logo_label(el: etree._Element) -> str | None:
    """A logo's name: an image's alt text or title, a link's aria-label or title; not a word
    that names no one ("logo", "sponsor")."""
    if el.tag == "img":
        label = el.get("alt") or el.get("title")
    else:
        label = el.get("aria-label") or el.get("title")
    label = " ".join((label or "").split())
    if not label or len(label) > MAX_SPONSOR_NAME_CHARS or UNNAMED_LOGO_RE.match(label):
        return None
    return label


LOGO_TAGS = ("img", "svg", "picture")
SPONSOR_SIBLINGS = 3  # the sponsor follows its notice within a few elements (a spacer, an icon)
MAX_SPONSOR_NAME_CHARS = 80  # a name or a few; longer text is the story going on
# A logo's alt text that names no sponsor.
UNNAMED_LOGO_RE = lazy(r"^(?:(?:sponsor|partner|company|brand|site)?\W*(?:logo|image|img|icon|banner|picture|photo)"
                       r"(?:\s+\w+)?|sponsor|partner|advertisement|ad|\d+)\W*$", re.I)


def _in_link(el: etree._Element) -> bool:
    """Inside a link, or a link itself: a teaser card's "Sponsored by X" names the sponsor
    of the page it links to."""
    for depth, node in enumerate(el.iterancestors()):
        if depth > MAX_ANCESTORS or node.tag in _AREA_BOUNDARY_TAGS:
            break
        if node.tag == "a" and node.get("href"):
            return True
    whole = len(_text(el))
    return any(len(_text(link)) >= TEASER_LINK_SHARE * whole and next(link.iter(*HEADING_TAGS), None) is not None
               for link in el.iter("a") if link.get("href"))  # a card: a link around a headline


TEASER_LINK_SHARE = 0.9  # a block whose text is one link's text is that link


def _beside_headline_link(el: etree._Element) -> bool:
    """Beside a linked headline in its card: a feed's "Sponsored by X" over a teaser's title."""
    for depth, node in enumerate(el.iterancestors()):
        if depth >= TEASER_CARD_DEPTH or node.tag in _AREA_BOUNDARY_TAGS:
            break
        if any(link.get("href") for heading in node.iter(*HEADING_TAGS) for link in heading.iter("a")):
            return True
    return False


TEASER_CARD_DEPTH = 2  # the label's parent or grandparent holds the card's headline


ARTICLE_AREA_TAGS = frozenset(("article", "main", "header", "dialog"))
ARTICLE_AREA_RE = lazy(r"article|story|entry|post-(?:header|content|body)|hero|headline|modal|dialog")


def _foreign(el: etree._Element) -> bool:
    """Inside navigation, a form, comments or a teaser list."""
    for depth, node in enumerate(el.iterancestors()):
        if depth > MAX_ANCESTORS:
            break
        if node.tag in _AREA_BOUNDARY_TAGS:
            return False
        if node.tag in _FOREIGN_TAGS:
            return True
        own = f"{node.get('class', '')} {node.get('id', '')}".strip()
        rule = class_rule(own) if own else None
        if rule in SMALL_FOREIGN_RULES and len(node.text_content()) > MAX_SMALL_AREA_CHARS:
            continue  # a share bar is a few buttons: this many words under a "shared-content" class are content
        if rule in FORM_RULES and next(node.iter(*_FORM_CONTROL_TAGS), None) is None:
            continue  # a newsletter issue's own header ("newsletter-details"), not a signup box
        if rule in FOREIGN_RULES or (own and DONATION_CLASS_RE.search(own.lower())):
            return True
    return False


def _beside_call_to_give(el: etree._Element, text: str) -> bool:
    """Does the statement's own small box hold a button or link that asks the reader to give
    ("… and all our contributors. [Donate]")? It is then the site's fundraising line (it sits
    on every page, the same), not a statement of who funded the work the page publishes. The
    box is the statement's block or a wrapper or two holding little more than it."""
    node = el
    for _ in range(CALL_BOX_LEVELS + 1):
        if len(_text(node)) > len(text) + MAX_CALL_CHARS:
            return False
        if any(CALL_TO_GIVE_RE.match(_text(control)) for control in node.iter("a", "button")):
            return True
        node = node.getparent()
        if node is None or node.tag in _AREA_BOUNDARY_TAGS:
            return False
    return False


CALL_BOX_LEVELS = 2  # the statement's block, its box, the box's wrapper
MAX_CALL_CHARS = 40  # a box holding more than the statement and a button holds other text: it is no appeal box
# A button's or link's whole label that asks the reader to give, in several languages.
CALL_TO_GIVE_RE = lazy(
    r"^\W*(?:donate|give|(?:donate|give)\s+(?:now|today|here|online)|make\s+a\s+(?:donation|gift)|"
    r"become\s+an?\s+(?:donor|member|supporter|patron)|support\s+us|(?:jetzt\s+)?spenden|fai(?:re|tes)\s+un\s+don|"
    r"donner|donar|haz\s+una\s+donaci[oó]n|dona(?:\s+ora)?|donazione|doneer(?:\s+nu)?|doar|doe(?:\s+agora)?|"
    r"wesprzyj(?:\s+nas)?|przekaż\s+darowiznę)\W*$",
    re.IGNORECASE,
)


def _innermost(found: list[str]) -> list[str]:
    """Drop statements that merely repeat a shorter one found inside them."""
    inside = _Texts()
    for text in found:
        inside.add(text)
    return [text for text in found if not inside.inside(text)]


class _Texts:
    """Texts indexed by their words, to ask "is this text inside one of them?" and "is one of
    them inside this text?" without comparing every pair (a page of n statements: n², not n).

    A text inside another holds its inner words (all but the first and the last) as whole
    words of the other, and its last word as the start of one: only texts sharing the rarest
    of these are compared (the starts of words are indexed only when no inner word is rare).
    Texts that share all their words, in other orders, are still compared pairwise: no
    page's funding statements do.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.by_word: dict[str, list[int]] = {}  # word -> the texts holding it
        self.by_start: dict[str, list[int]] = {}  # a word's starts (_starts) -> the texts, for texts[:started]
        self.started = 0
        self.by_key: dict[tuple[str, str], list[int]] | None = None  # for `inside`: each text under its rarest key
        self.start_keys = False  # does a text of by_key stand under its last word's start?

    def add(self, text: str) -> None:
        for word in dict.fromkeys(text.split()):
            self.by_word.setdefault(word, []).append(len(self.texts))
        self.texts.append(text)
        self.by_key = None

    def _rarest(self, text: str) -> tuple[tuple[str, str], list[int]] | None:
        """What a text holding `text` must hold, of all such keys the one fewest texts hold: an
        inner word whole or the last word's start; None for a text of one word."""
        words = text.split()
        if len(words) < 2:
            return None
        inner = [(("word", w), self.by_word.get(w, [])) for w in words[1:-1]]
        rarest = min(inner, key=lambda key: len(key[1])) if inner else None
        if rarest is None or len(rarest[1]) > RARE_KEY_TEXTS:
            start = _starts(words[-1])[-1]
            by_start = (("start", start), self._by_start().get(start, []))
            rarest = by_start if rarest is None or len(by_start[1]) < len(rarest[1]) else rarest
        return rarest

    def _by_start(self) -> dict[str, list[int]]:
        for at in range(self.started, len(self.texts)):
            for start in dict.fromkeys(start for word in self.texts[at].split() for start in _starts(word)):
                self.by_start.setdefault(start, []).append(at)
        self.started = len(self.texts)
        return self.by_start

    def holds(self, text: str) -> bool:
        """Is `text` inside one of the texts?"""
        rarest = self._rarest(text)
        candidates = rarest[1] if rarest is not None else range(len(self.texts))
        return any(text in self.texts[i] for i in candidates)

    def inside(self, text: str) -> bool:
        """Is one of the texts, other than `text` itself, inside `text`?"""
        if self.by_key is None:
            self.by_key = {}
            for i, other in enumerate(self.texts):
                rarest = self._rarest(other)
                self.by_key.setdefault(rarest[0] if rarest is not None else ("always", ""), []).append(i)
            self.start_keys = any(kind == "start" for kind, _ in self.by_key)
        words = dict.fromkeys(text.split())
        candidates = [*self.by_key.get(("always", ""), ()), *(i for w in words for i in self.by_key.get(("word", w), ()))]
        if self.start_keys:
            starts = dict.fromkeys(start for word in words for start in _starts(word))
            candidates += [i for start in starts for i in self.by_key.get(("start", start), ())]
        return any(self.texts[i] != text and self.texts[i] in text for i in candidates)


# An inner word held by more texts than this is not rare: the last word's start may be rarer.
RARE_KEY_TEXTS = 8


def _starts(word: str) -> list[str]:
    """A word's first START_LENGTHS characters, as many as it has: a word starting with
    `word` starts with `_starts(word)[-1]`, and has it among its own starts."""
    return [word[:n] for n in START_LENGTHS if n <= len(word)]


# The last word of a text inside another may be the start of a longer word there ("grant
# EF-1" inside "grant EF-12."): words are indexed by their starts of these lengths.
START_LENGTHS = (1, 2, 3, 4, 6, 8, 12, 16, 24)


def _text(el: etree._Element) -> str:
    return " ".join(el.text_content().split())
