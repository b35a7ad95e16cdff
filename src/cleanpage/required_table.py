"""The words each gated pattern requires (patterns.required_words), written ahead of time.

Reading a pattern costs as much as compiling it, and the funding shapes are read on
every page that has a funding word: a one-page `cleanpage clean` paid ~17 ms for it.
patterns.known_required_words takes a pattern's entry here and reads a pattern that
has none (an edited pattern: its key changed). tests/test_fast_paths.py checks
that the table is current; after editing a gated pattern, rewrite it with

    python -m cleanpage.required_table

TABLE: patterns.table_key(source, flags) -> required_words(source, flags), each set sorted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

TABLE: dict[str, tuple[tuple[str, ...], ...]] = {
    'c725c712': (('brought to you by', 'built thanks to ', 'built through ', 'built with ', 'carried out thanks to ', 'carried out through ', 'carried out with ', 'commissioned', 'conducted thanks to ', 'conducted through ', 'conducted with ', 'created in partnership with', 'created thanks to ', 'created through ', 'created with ', 'developed in partnership with', 'developed thanks to ', 'developed through ', 'developed with ', 'financed', 'funded', 'funded thanks to ', 'funded through ', 'funded with ', 'held thanks to ', 'held through ', 'held with ', 'made possible', 'made possible thanks to ', 'made possible through ', 'made possible with ', 'made thanks to ', 'made through ', 'made with ', 'organised thanks to ', 'organised through ', 'organised with ', 'organized thanks to ', 'organized through ', 'organized with ', 'paid for', 'presented in partnership with', 'produced in partnership with', 'produced thanks to ', 'produced through ', 'produced with ', 'published in partnership with', 'published thanks to ', 'published through ', 'published with ', 'realised thanks to ', 'realised through ', 'realised with ', 'realized thanks to ', 'realized through ', 'realized with ', 'reported thanks to ', 'reported through ', 'reported with ', 'sponsored', 'supported', 'undertaken thanks to ', 'undertaken through ', 'undertaken with ', 'underwritten', 'written in collaboration with', 'written in partnership with', 'written thanks to ', 'written through ', 'written with '), ('are', 'had been', 'has been', 'have been', 'is', 'was', 'were'), ("'s", 'her', 'his', 'its', 'my', 'our', 'the', 'their', 'these', 'this', '’s')),
    '451f2640': (('financed', 'funded', 'sponsored', 'supported', 'underwritten'), ('by',), ("'s", 'its', 'our', 'the', 'these', 'this', '’s'), (',',)),
    '552f0b72': (('financed', 'funded', 'sponsored', 'supported', 'underwritten'), ('center', 'centre', 'collective', 'company', 'foundation', 'group', 'institute', 'lab', 'laboratory', 'newsroom', 'non-profit', 'nonprofit', 'organisation', 'organization', 'studio', 'team'), ('by',), ('my', 'our'), ('are', 'has been', 'is', 'was'), (',',)),
    '2aca5be9': (('commissioned',), ('these', 'this')),
    'e8a59e9a': (('funding', 'sponsorship', 'support'), ('this',), ('limited', 'not'), ('for', 'of'), ('does', 'is'), ("'s", '’s')),
    '2f339016': (('partner',), ('paid',), ('for', 'in', 'of', 'to'), ('are', 'is', 'was', 'were'), ('a', 'an', 'the')),
    '44f00051': (('support',), ('with',), ('agency', 'council', 'endowment', 'fellowship', 'foundation', 'fund', 'program', 'programme', 'trust'), ('from', 'of')),
    'c8ec3dec': (('sponsored',), ('brought to you', 'made possible', 'paid for', 'presented'), ('this',), ('by',), ('is', 'was')),
    '096199ad': (('compensated',),),
    '9f983f72': (('financed', 'funded', 'sponsored', 'supported'), ('based', 'build', 'built', 'draw', 'drawn', 'drew', 'relied', 'relies', 'rest', 'rested'), ('on',), ('by',)),
    'f7d61aaf': (('ealizada', 'ealizado', 'ealizzata', 'ealizzate', 'ealizzati', 'ealizzato', 'éalisé'), ('aide', 'apoio', 'apoyo', 'ayuda', 'concours', 'contributo', 'financement', 'financiacion', 'financiación', 'financiamento', 'finanziamento', 'patrocinio', 'patrocínio', 'sostegno', 'soutien', 'supporto'), ('avec', 'com', 'con'), ('r',), ('d',), ('a', 'el', 'il', "l'", 'la', 'le', 'l’', 'o'), ('a', 'e', 'egli', 'ei', 'el', "ell'", 'ella', 'elle', 'ello', 'ell’', 'es', 'i', "l'", 'la', 'l’', 'o', 'u')),
    '0e4181b6': (('económica', 'económico', 'financiacion', 'financiación', 'financiamiento', 'financiera', 'financiero'), ('desarroll', 'llevada', 'llevado', 'llevaron', 'llevo', 'llevó', 'realizaron', 'realizó'), ('con',), ('el', 'la'), ('de', 'del')),
    '91c95bb8': (('financed', 'funded', 'paid for', 'sponsored', 'supported', 'underwritten'), ('award', 'contract', 'grant'), ('by',), ('are', 'has been', 'have been', 'is', 'was', 'were'), ('(',)),
    'a5a4d686': (('financial support', 'funding', 'grant', 'provided', 'receive', 'received'),),
    'e91db779': (('financial support', 'funding', 'grant', 'support'), ('for',), ('by', 'from', 'provided', 'received'), ('came', 'come', 'comes', 'is', 'was', 'were'), ("'s", 'its', 'our', 'the', 'this', '’s')),
    '42dcbf2c': (('acknowledge', 'am grateful', 'are grateful', 'is grateful', 'thank'), ('fellowship', 'financial', 'funding', 'grant', 'sponsorship', 'support'), ('authors', 'i', 'the author', 'the team', 'we')),
    'd77a4275': (('gratefully acknowledge',), ('funding', 'grant', 'support')),
    'f08c1b24': (('agreement', 'award', 'contract', 'grant'), ('#', 'no', 'nr', 'number', 'n°')),
    'a93ea529': (('grantem', 'grantu', 'grantul', 'hibah', 'מענק'), ('no', 'nomor', 'nr', 'č.', 'מס')),
    '332d2e75': (('financed', 'funded', 'made possible', 'supported'), ('award', 'fellowship', 'gift', 'grant'), ('by', 'through')),
    '3bc06d40': (('funded', 'made possible', 'sponsored', 'supported', 'underwritten'), ('camp', 'day', 'days', 'evening', 'fair', 'festival', 'gala', 'market', 'night', 'open house', 'trail', 'walk', 'week', 'weekend'), ('th',), ('by',), ('are', 'is', 'will'), ('e', "year's", 'year’s')),
    '360a2d7f': (('brought to you by', 'built thanks to ', 'built through ', 'built with ', 'carried out thanks to ', 'carried out through ', 'carried out with ', 'commissioned', 'conducted thanks to ', 'conducted through ', 'conducted with ', 'created in partnership with', 'created thanks to ', 'created through ', 'created with ', 'developed in partnership with', 'developed thanks to ', 'developed through ', 'developed with ', 'financed', 'funded', 'funded thanks to ', 'funded through ', 'funded with ', 'held thanks to ', 'held through ', 'held with ', 'made possible', 'made possible thanks to ', 'made possible through ', 'made possible with ', 'made thanks to ', 'made through ', 'made with ', 'organised thanks to ', 'organised through ', 'organised with ', 'organized thanks to ', 'organized through ', 'organized with ', 'paid for', 'presented in partnership with', 'produced in partnership with', 'produced thanks to ', 'produced through ', 'produced with ', 'published in partnership with', 'published thanks to ', 'published through ', 'published with ', 'realised thanks to ', 'realised through ', 'realised with ', 'realized thanks to ', 'realized through ', 'realized with ', 'reported thanks to ', 'reported through ', 'reported with ', 'sponsored', 'supported', 'undertaken thanks to ', 'undertaken through ', 'undertaken with ', 'underwritten', 'written in collaboration with', 'written in partnership with', 'written thanks to ', 'written through ', 'written with '), ('census', 'count', 'counting', 'inventory', 'monitoring', 'sampling'), ('our', 'the', 'this'), ('are', 'has been', 'have been', 'is', 'was', 'were')),
    '21b0c1cb': (('financial support', 'funding', 'grant support', 'sponsorship'), ('gave', 'offered', 'provide', 'provided', 'provides'), ('for',), ('our', 'the', 'these', 'this')),
    'd0da794d': (('provided',), ('funding', 'support'), ('by',)),
    '43e9456e': (('financially supporting', 'funding', 'sponsoring', 'underwriting'), ('thank',), ('for',), ('our', 'the', 'this', "today's", 'today’s')),
    'ad41d0e6': (('funder', 'sponsor', 'underwriter'), ('our', 'these', 'this'), ('for', 'of'), ('are', 'is', 'was', 'were'), ('a', 'an', 'our', 'the')),
    '301584cb': (('received',), ('financial support', 'funding', 'grant'), ('by', 'from')),
    '44ce52c9': (('funding', 'support'), ('from',), ('gets', 'has received', 'received', 'receives'), ('coverage', 'department', 'desk', 'initiative', 'journalism', 'newsletter', 'newsroom', 'podcast', 'program', 'programme', 'project', 'publication', 'reporting', 'series', 'site', 'team')),
    'ba1d70a2': (('supported',), ('based',), ('work',), ('on',), ('by',)),
    'ff17a489': (('funding',), ('enabled', 'organised', 'organized', 'provided'), ('access',), ('open',)),
    '4a1e4da3': (('funder',), ('role',), ('the',), ('had', 'has', 'played'), ('no',)),
    'ece7dfea': (('financial',), ('disclosed',), ('support',), ('receipt',), ('of',)),
    '4fa93ae4': (('support',), ('came', 'come', 'comes', 'is provided'), ('for',), ('by', 'from')),
    'c785c5e5': (('partnership',), ('with',), ('paid',)),
    '11d8dc54': (('possible',), ('funding', 'grant', 'support'), ('made',), ('from', 'of'), ('are', 'is'), ('by', 'thanks', 'through', 'with')),
    '71266047': (('a grant', 'financial support', 'funding', 'grants'), ('with',), ('from',)),
    '56fc662b': (('funded', 'sponsored', 'supported', 'underwritten'), ('newsletter', 'newsroom', 'podcast', 'program', 'programme', 'project', 'publication', 'site', 'website'), ('by',)),
    'ce86b0c4': (('financial support', 'funding', 'grant'), ('from',), ('its', 'our', 'their')),
    '3925fd5d': (('association', 'collaboration', 'partnership'), ('with',), ('this',), ('in',)),
    'f3b97692': (('the following', 'this'), ('paid', 'sponsored'), ('article', 'content', 'partnership', 'post')),
    'de1b9fff': (('companies', 'everyone', 'individuals', 'organisations', 'organizations', 'people', 'those'), ('fund', 'sponsor', 'support'), ('that', 'who'), ('our', 'the', 'this')),
    'a03ee77e': (('fund', 'support'), ('contributed', 'donated', 'gave', 'granted'), ('to',)),
    'af837423': (('ermöglicht', 'finanziert', 'gefördert', 'gesponsert', 'kofinanziert', 'unterstützt'), ('analyse', 'arbeit', 'artikel', 'ausgabe', 'ausstellung', 'auswertung', 'beitrag', 'bericht', 'bestandsaufnahme', 'buch', 'dossier', 'erfassung', 'erhebung', 'festival', 'film', 'folge', 'forschung', 'initiative', 'kartierung', 'konferenz', 'kongress', 'monitoring', 'newsletter', 'podcast', 'programm', 'projekt', 'publikation', 'recherche', 'reihe', 'reportage', 'sendung', 'serie', 'studie', 'tagung', 'text', 'umfrage', 'veranstaltung', 'vorhaben', 'workshop'), ('ist', 'sind', 'werden', 'wird', 'wurde', 'wurden'), ('das', 'der', 'die', 'diese', 'dieser', 'dieses', 'unser', 'unsere')),
    'a3bd4672': (('finanziert', 'gefördert'), ('durch', 'von'), ('das', 'dem', 'den', 'der', 'die'), (' forschungsgemeinschaft', 'bmbf', 'bundesministerium', 'dfg', 'eu', 'europäische')),
    'c914413b': (('förderkennzeichen', 'projektnummer'),),
    '8171b5a1': (('kooperation', 'partnerschaft', 'zusammenarbeit'), ('entstand', 'entstanden', 'entsteht', 'erscheint', 'erschien', 'erstellt', 'produziert', 'realisiert'), ('mit',), ('in',)),
    '451c33a7': (('förderung', 'unterstützung'), ('entstand', 'entstanden', 'entsteht', 'ermöglicht', 'realisiert'), ('mit',)),
    '9ebc6bb7': (('avec', 'bénéficie', 'bénéficié', 'cofinancé', 'financé', 'grâce', 'parrainé', 'partenariat', 'reçu', 'soutenu', 'sponsorisé'), ('article', 'atelier', 'colloque', 'comptage', 'conférence', 'dénombrement', 'enquête', 'exposition', 'festival', 'film', 'initiative', 'inventaire', 'journée', 'lettre', 'livre', 'manifestation', 'newsletter', 'numérisation', 'ouvrage', 'podcast', 'programme', 'projet', 'publication', 'recensement', 'recherche', 'rencontre', 'reportage', 'restauration', 'spectacle', 'suivi', 'séminaire', 'thèse', 'travail', 'travaux', 'émission', 'étude', 'évènement', 'événement'), ('ce', 'ces', 'cet', 'cette', "l'", 'la', 'le', 'les', 'l’', 'notre')),
    '2fc255a7': (('apoyada', 'apoyado', 'contaron', 'conto', 'contó', 'cuenta', 'cuentan', 'financiada', 'financiado', 'ha contado', 'patrocinada', 'patrocinado', 'posible', 'realizada', 'realizado', 'recibido', 'recibieron', 'recibio', 'recibió', 'subvencionada', 'subvencionado'), ('artículo', 'boletin', 'boletín', 'censo', 'congreso', 'conteo', 'documental', 'episodio', 'estudio', 'evento', 'exposición', 'festival', 'informe', 'iniciativa', 'inventario', 'investigación', 'jornada', 'libro', 'monitoreo', 'muestreo', 'newsletter', 'película', 'podcast', 'programa', 'proyecto', 'publicación', 'recuento', 'reportaje', 'seguimiento', 'trabajo'), ('el', 'esta', 'este', 'la', 'nuestra', 'nuestro')),
    '44f9e5fe': (('cofinanziata', 'cofinanziato', 'finanziata', 'finanziato', 'possibile', 'possibili', 'realizzata', 'realizzate', 'realizzati', 'realizzato', 'ricevuto', 'sostenuta', 'sostenuto', 'sponsorizzata', 'sponsorizzato'), ('articolo', 'censimento', 'conteggio', 'convegno', 'evento', 'festival', 'iniziativa', 'lavoro', 'libro', 'monitoraggio', 'mostra', 'newsletter', 'podcast', 'progetto', 'programma', 'pubblicazione', 'puntata', 'rassegna', 'ricerca', 'rilevamento', 'studio', 'volume'), ('il', "l'", 'la', 'lo', 'lo stesso', 'l’', "quest'", 'questa', 'questo', 'quest’')),
    'aeb4f626': (('finansowana', 'finansowane', 'finansowany', 'sfinansowana', 'sfinansowane', 'sfinansowany', 'współfinansowana', 'współfinansowane', 'współfinansowany'), ('badania', 'badanie', 'inwentaryzacja', 'liczenie', 'monitoring', 'praca', 'projekt'), ('był', 'jest', 'został')),
    'b8ca1d9a': (('wsparciem', 'wsparciu'), ('opracowan', 'powstał', 'przygotowan', 'realizowana', 'realizowano', 'realizowany', 'zrealizowan'), ('artykuł', 'badania', 'badanie', 'cykl', 'materiał', 'podcast', 'praca', 'projekt', 'publikacja', 'reportaż', 'tekst')),
    '8618917a': (('finansował',), ('badania', 'badanie', 'cykl', 'digitalizacje', 'digitalizację', 'konferencje', 'konferencję', 'konserwacje', 'konserwację', 'podcast', 'prace', 'pracę', 'projekt', 'publikacje', 'publikację', 'renowacje', 'renowację', 'wystawe', 'wystawę')),
    '482caa08': (('finansowan', 'sfinansowan', 'współfinansowan'), ('powstał', 'prowadzon', 'realizowan', 'zrealizowan'), ('ramach',), ('grantu', 'programu', 'projektu'), ('artykuł', 'badania', 'badanie', 'cykl', 'materiał', 'podcast', 'praca', 'projekt', 'publikacja', 'reportaż', 'tekst'), ('w',)),
    'd1926ac4': (('apoiada', 'apoiado', 'apoio', 'apoio financeiro', 'conta', 'contaram', 'contou', 'financiada', 'financiado', 'financiamento', 'patrocínio'), ('artigo', 'censo', 'contagem', 'estudo', 'evento', 'festival', 'inventário', 'levantamento', 'livro', 'matéria', 'monitoramento', 'monitorização', 'pesquisa', 'podcast', 'projeto', 'publicação', 'reportagem', 'série', 'texto', 'trabalho'), ('a', 'esta', 'este', 'o')),
    '90941d47': (('gefinancierd', 'gemaakt', 'geproduceerd', 'gerealiseerd', 'gesponsord', 'gesubsidieerd', 'mogelijk gemaakt', 'ondersteund', 'ontvangt', 'ontving', 'ontvingen', 'stand', 'uitgevoerd'), ('artikel', 'boek', 'congres', 'digitalisering', 'evenement', 'expeditie', 'festival', 'initiatief', 'inventarisatie', 'kartering', 'meetcampagne', 'monitoring', 'onderzoek', 'podcast', 'productie', 'programma', 'project', 'publicatie', 'reportage', 'restauratie', 'serie', 'studie', 'telling', 'tellingen', 'tentoonstelling', 'veldwerk', 'voorstelling', 'werk'), ('de', 'deze', 'dit', 'het')),
    '4c0d59cd': (('anslag', 'bekostad', 'bekostats', 'bidrag', 'finansier', 'finansiering', 'stöd', 'stöddes', 'stöttad', 'stöttades', 'stöttas', 'stöttats', 'stötts', 'støtte', 'støttes', 'støttet', 'understøttet'), ('arbeidet', 'arbejdet', 'arbetet', 'arrangementet', 'artikeln', 'artikkelen', 'artiklen', 'bogen', 'boka', 'boken', 'denna', 'denne', 'detta', 'dette', 'evenemanget', 'festivalen', 'forskningen', 'inventeringarna', 'inventeringen', 'kartleggingen', 'kartläggningen', 'konferansen', 'konferencen', 'konferensen', 'kortlægningen', 'optællingen', 'overvågningen', 'overvåkingen', 'overvåkningen', 'programmet', 'projektet', 'prosjektet', 'rapporten', 'reportaget', 'reportasjen', 'seminaret', 'seminariet', 'studien', 'studiet', 'tellingen', 'udstillingen', 'undersökningen', 'undersøgelsen', 'undersøkelsen', 'utstillingen', 'utställningen', 'övervakningen')),
    'd87b5c9a': (('apurahalla', 'apurahan', 'apurahoilla', 'apurahoja', 'avustuksella', 'avustusta', 'rahoitettiin', 'rahoitettu', 'rahoitt', 'rahoitta', 'rahoitusta', 'tuella'), ('artikkel', 'hank', 'inventoin', 'julkaisu', 'juttu', 'jutu', 'kartoitu', 'kirja', 'laskent', 'ohjelm', 'projekt', 'selvity', 'seurant', 'tapahtum', 'tutkimu', 'työn', 'työtä')),
    '42d2e5a1': (('akatemia', 'rahasto', 'säätiö'), ('hanketta', 'julkaisua', 'juttua', 'kirjaa', 'näyttelyä', 'projektia', 'selvitystä', 'tapahtumaa', 'tutkimusta', 'työtä'), ('tukeneet', 'tukenut', 'tuki', 'tukivat')),
    'c92b6aa9': (('financován', 'podpor', 'podpořen'), ('akce', 'festival', 'inventarizac', 'konferenc', 'mapování', 'monitoring', 'projekt', 'práce', 'publikace', 'seminář', 'studie', 'sčítání', 'výstava', 'výzkum', 'článek')),
    '0433a30b': (('financoval', 'podpořil', 'sponzoroval'), ('akci', 'festival', 'konferenci', 'projekt', 'práci', 'publikaci', 'reportáž', 'studii', 'výstavu', 'výzkum', 'článek')),
    'e943b10c': (('desteklenmektedir', 'desteklenmiştir', 'finanse edilmiştir', 'fonlanmıştır'), ('araştırma', 'makale', 'proje', 'çalışma'), ('bu', 'söz konusu')),
    '0093292d': (('desteğiyle',), ('gerçekleştiril', 'hazırlan', 'yapıl', 'yürütül', 'üretil'), ('araştırma', 'dosya', 'haber', 'içerik', 'makale', 'proje', 'rapor', 'röportaj', 'yazı', 'çalışma'), ('bu', 'söz konusu')),
    '02c63750': (('destekleriyle', 'desteğiyle', 'finansmanıyla', 'katkılarıyla', 'katkısıyla', 'sponsorluğunda', 'tarafından'), ('araştırma', 'atölye', 'belgesel', 'dosya', 'envanter', 'etkinlik', 'festival', 'haber', 'inceleme', 'izleme', 'kitap', 'konferans', 'kongre', 'proje', 'rapor', 'sayım', 'seminer', 'sempozyum', 'sergi', 'yayın', 'çalışma', 'çalıştay')),
    '8ae132d9': (('bantuan', 'dukungan', 'memperoleh', 'mendapat', 'mendapatkan', 'menerima', 'pendanaan'), ('artikel', 'kegiatan', 'laporan', 'liputan', 'penelitian', 'proyek', 'studi', 'tulisan'), ('ini', 'tersebut')),
    '46f101c4': (('dibiayai', 'dibiayakan', 'didanai', 'didukung', 'disokong', 'disponsori', 'ditaja'), ('acara', 'artikel', 'festival', 'kajian', 'kegiatan', 'konferensi', 'laporan', 'liputan', 'lokakarya', 'pameran', 'pemantauan', 'pendataan', 'penelitian', 'penghitungan', 'penyelidikan', 'projek', 'proyek', 'rencana', 'seminar', 'sensus', 'studi', 'survei'), ('oleh',), ('ini', 'tersebut')),
    '2e1a3045': (('támogatás',), ('jött létre', 'készült', 'valósult meg', 'zajlott'), ('cikk', 'kutatás', 'program', 'projekt', 'riport', 'sorozat', 'tanulmány', 'írás')),
    '9e615a33': (('finanszírozta', 'finanszírozták', 'támogatta', 'támogatták'), ('cikket', 'felmérést', 'kutatást', 'monitoringot', 'projektet', 'riportot', 'sorozatot', 'számlálást', 'tanulmányt'), ('a', 'ezt'), ('a', 'az')),
    'bc289300': (('สนับสนุนโดย', 'ได้รับการสนับสนุน', 'ได้รับทุน', 'ได้รับเงินทุน'), ('การศึกษา', 'งานวิจัย', 'บทความ', 'รายงาน', 'สารคดี', 'โครงการ'), ('นี้',)),
    '1f817a74': (('অনুদানে', 'অর্থায়নে', 'সহায়তায়'), ('অনুসন্ধান', 'গবেষণা', 'নিবন্ধ', 'প্রকল্প', 'প্রতিবেদন', 'সমীক্ষা'), ('এই',)),
    '44e5e530': (('στήριξη', 'στηρίζεται', 'στηρίχθηκε', 'υποστήριξη', 'υποστηρίζεται', 'υποστηρίχθηκε', 'χρηματοδοτήθηκαν', 'χρηματοδοτήθηκε', 'χρηματοδοτείται', 'χρηματοδοτούνται', 'χρηματοδότηση'), ('άρθρο', 'έκθεση', 'έργο', 'έρευνά', 'έρευνα', 'δημοσίευση', 'εκδήλωση', 'εργασία', 'ημερίδα', 'μελέτη', 'πρόγραμμα', 'ρεπορτάζ', 'συνέδριο', 'φεστιβάλ'), ('αυτή', 'αυτό', 'η', 'το')),
    '2de1ca2a': (('finanţarea', 'finanţat', 'finanțarea', 'finanțat', 'sprijinit', 'sprijinul', 'suportul', 'susţinerea', 'susţinut', 'susținerea', 'susținut'), ('aceasta', 'această', 'acest', 'aceste', 'acești', 'ancheta', 'articolul', 'cercetarea', 'conferinţa', 'conferința', 'evenimentul', 'expoziţia', 'expoziția', 'festivalul', 'inventarierea', 'lucrarea', 'materialul', 'monitorizarea', 'numărătoarea', 'proiectul', 'recensământul', 'reportajul', 'studiul'), ('este', 'fost', 'sunt')),
    '52e9d8de': (('ilifadhiliwa', 'imefadhiliwa', 'inafadhiliwa', 'ulifadhiliwa', 'umefadhiliwa', 'unafadhiliwa', 'yalifadhiliwa', 'yamefadhiliwa', 'yanafadhiliwa', 'zilifadhiliwa', 'zimefadhiliwa', 'zinafadhiliwa'), ('habari', 'kazi', 'makala', 'mpango', 'mradi', 'ripoti', 'tafiti', 'uchunguzi', 'utafiti'), ('hii', 'hiyo', 'hizi', 'huo', 'huu'), ('na',)),
    'e9e1a5c6': (('अनुदान', 'द्वारा', 'वित्तपोषित', 'समर्थन', 'सहयोग', 'सहायता'), ('अध्ययन', 'अनुसंधान', 'कार्य', 'परियोजना', 'रिपोर्ट', 'रिपोर्टिंग', 'लेख', 'शोध'), ('इस', 'यह', 'ये')),
    'e981be97': (('अनुदान', 'सहयोग', 'सहायता'), ('गरिएको', 'तयार', 'भएको', 'सञ्चालन', 'सम्भव'), ('अध्ययन', 'अनुसन्धान', 'परियोजना', 'प्रतिवेदन', 'रिपोर्ट', 'लेख', 'सर्वेक्षण'), ('बाट', 'मा'), ('यस', 'यी', 'यो')),
    'da9fdde9': (('befonds', 'geborg', 'gefinansier', 'moontlik', 'ondersteun'), ('deur',), ('artikel', 'navorsing', 'ondersoek', 'projek', 'reeks', 'studie', 'verslag', 'werk'), ('die', 'hierdie'), ('is', 'was', 'word')),
    '42dee881': (('ariannwyd', 'cefnogwyd', 'noddwyd'), ('adroddiad', 'astudiaeth', 'erthygl', 'gwaith', 'gyfres', 'prosiect', 'ymchwil'), ('gan',), ('y', 'yr')),
    '358fff46': (('աջակցությամբ', 'ֆինանսավորվել', 'ֆինանսավորվում'), ('աշխատանք', 'հետազոտություն', 'հոդված', 'նախագիծ', 'ուսումնասիրություն')),
    '7928af1b': (('dəstəyi', 'magida', 'maliyyələşdiril', 'moliyalashtiril'), ('araşdırma', 'layihə', 'loyiha', 'maqola', 'məqalə', 'tadqiqot', 'tədqiqat')),
    '5f3bce0d': (('падтрымцы', 'поддршка', 'прафінансава', 'финансиран', 'фінансава', 'қаржыландырыл', 'қолдауымен'), ('артыкул', 'даследаванне', 'жоба', 'зерттеу', 'истражувањето', 'мақала', 'праект', 'праца', 'проектот', 'статијата', 'студијата')),
    'e678acd0': (('ffinanzjat', 'ffinanzjata', 'financua', 'financuar', 'mbështetjen', 'mbështetur', 'sostnut', 'sostnuta'), ('artiklu', 'artikull', 'hulumtim', 'kërkim', 'projekt', 'proġett', 'raport', 'riċerka', 'studim', 'studju')),
    'c7344099': (('დააფინანსა', 'დაფინანსდა', 'დაფინანსებულია', 'მხარდაჭერით'), ('კვლევა', 'ნაშრომი', 'პროექტი', 'სტატია')),
    'c50a9ebd': (('ផ្ដល់មូលនិធិ', 'ផ្តល់មូលនិធិ', 'ហិរញ្ញប្បទាន', 'ឧបត្ថម្ភ'), ('ការសិក្សា', 'ការស្រាវជ្រាវ', 'គម្រោង', 'របាយការណ៍', 'អត្ថបទ'), ('នេះ',)),
    '084d0b7c': (('අනුග්\u200dරහය', 'අරමුදල්', 'ප්\u200dරදානය', 'මූල්\u200dය'), ('අධ්\u200dයයනය', 'පර්යේෂණය', 'ලිපිය', 'ව්\u200dයාපෘතිය', 'වාර්තාව', 'සමීක්ෂණය'), ('මෙම',)),
    '3e319ffa': (('በገንዘብ', 'የገንዘብ'), ('ምርምር', 'ሪፖርት', 'ዘገባ', 'ጥናት', 'ጽሑፍ', 'ፕሮጀክት'), ('የዚህ', 'ይህ')),
    'a57f4b73': (('гранта', 'поддержан', 'поддержке', 'финансировал'), ('выпуск', 'исследование', 'исследования', 'материал', 'мероприятие', 'мониторинг', 'обследование', 'перепись', 'подкаст', 'проект', 'публикация', 'работа', 'расследование', 'репортаж', 'серия', 'статья', 'текст', 'учет', 'учёт')),
    '80a050d9': (('профінансова', 'підтримки', 'рахунок', 'фінансу'), ('дослідження', 'захід', 'проект', 'проєкт', 'публікація', 'робота', 'роботу', 'стаття')),
    '5b9e691e': (('البحث', 'التقرير', 'الدراسة', 'العمل', 'المشروع', 'المقال', 'تمويل'),),
    '9af399eb': (('البحث', 'الدراسة', 'المشروع'), ('الصندوق', 'المؤسسة', 'الهيئة', 'صندوق', 'مؤسسة', 'هيئة'), ('دعمته', 'دعمتها', 'لته', 'لتها')),
    'c9903f47': (('חסות', 'מומן', 'מומנה', 'מומנו', 'מימון', 'ממומן', 'ממומנת', 'נתמך', 'נתמכה', 'נתמכו', 'נתמכת', 'סיוע', 'תמיכה', 'תמיכת'), ('אירוע', 'כנס', 'כתבה', 'מאמר', 'מחקר', 'מיזם', 'סדנה', 'ספר', 'סקר', 'סרט', 'עבודה', 'פודקאסט', 'פסטיבל', 'פרוייקט', 'פרויקט', 'תחקיר', 'תערוכה')),
    '3d734573': (('bảo trợ', 'cấp kinh phí', 'hỗ trợ', 'kinh phí', 'thực hiện', 'tài trợ'), ('bài báo', 'bài viết', 'chương trình', 'cuốn sách', 'công trình', 'dự án', 'hội nghị', 'hội thảo', 'loạt bài', 'nghiên cứu', 'phóng sự', 'sự kiện', 'triển lãm', 'đề tài', 'ấn phẩm'), ('của chúng tôi', 'này')),
    'fc3aa4f8': (('cấp kinh phí', 'tài trợ'), ('công trình nghiên cứu', 'nghiên cứu', 'đề tài'), ('bởi', 'từ')),
    'ccd17897': (('thực hiện', 'tiến hành'), ('bảo trợ', 'kinh phí', 'tài chính', 'tài trợ'), ('công trình nghiên cứu', 'dự án', 'nghiên cứu', 'đề tài'), ('dưới', 'nhờ', 'với'), ('sự',), ('của', 'từ')),
    'ed92b3e4': (('thực hiện', 'tổ chức'), ('bảo trợ', 'tài trợ'), ('chương trình', 'hội nghị', 'hội thảo', 'liên hoan', 'sự kiện', 'triển lãm'), ('của',), ('dưới', 'nhờ', 'với'), ('sự',)),
    '794d8a08': (('基金', '资助'), ('受到', '得到', '获得')),
    '124a46d9': (('支助', '支持', '支援', '补助', '補助', '資助', '贊助', '资助', '赞助'), ('本', '此', '该', '这', '這'), ('受', '受到', '得到', '承蒙', '獲', '獲得', '由', '获', '获得'), ('会议', '報告', '報導', '報道', '展覽', '展览', '工作', '报告', '报道', '文', '文章', '普查', '會議', '活动', '活動', '监测', '監測', '研究', '節目', '节目', '課題', '調查', '論文', '论文', '课题', '调查', '項目', '项目')),
    '08f73fd7': (('支持下', '支援下', '資助下', '贊助下', '资助下', '赞助下'), ('举办', '制作', '完成', '实施', '實施', '开展', '撰写', '撰寫', '舉辦', '製作', '进行', '進行', '開展'), ('会议', '報導', '展覽', '展览', '工作', '报道', '會議', '活动', '活動', '研究', '課題', '調查', '論文', '论文', '课题', '调查', '項目', '项目'), ('在',), ('本', '此', '该', '这', '這')),
    '851136d1': (('本文为', '本文是', '本文為', '本文系', '本研究为', '本研究是', '本研究為', '本研究系', '本論文为', '本論文是', '本論文為', '本論文系', '本论文为', '本论文是', '本论文為', '本论文系', '該文为', '該文是', '該文為', '該文系', '该文为', '该文是', '该文為', '该文系'), ('成果', '資助', '资助'), ('基金', '課題', '课题', '項目', '项目')),
    '06ba8793': (('助成', '協賛', '委託', '後援', '支援', '補助', '資金提供', '資金援助'), ('で作成', 'で制作', 'で実施', 'で実現', 'で行', 'で開催', 'によって作成', 'によって制作', 'によって実施', 'によって実現', 'によって行', 'によって開催', 'により作成', 'により制作', 'により実施', 'により実現', 'により行', 'により開催', 'によるもの', 'による成果', 'による研究', 'のもと', 'を受けた', 'を受けた。', 'を受けたもの', 'を受けた研究', 'を受けています', 'を受けています。', 'を受けている', 'を受けている。', 'を受けて作成', 'を受けて制作', 'を受けて取材', 'を受けて執筆', 'を受けて実施', 'を受けて行', 'を受けて開催', 'を受けました', 'を受けました。'), ('このイベント', 'このシンポジウム', 'このプロジェクト', 'このワークショップ', 'この事業', 'この企画', 'この公演', 'この取り組み', 'この取組', 'この大会', 'この展', 'この展示', 'この展覧会', 'この活動', 'この番組', 'この研究', 'この記事', 'この調査', 'この論文', 'この講演会', '当イベント', '当シンポジウム', '当プロジェクト', '当ワークショップ', '当事業', '当企画', '当公演', '当取り組み', '当取組', '当大会', '当展', '当展示', '当展覧会', '当活動', '当番組', '当研究', '当記事', '当調査', '当論文', '当講演会', '本イベント', '本シンポジウム', '本プロジェクト', '本ワークショップ', '本事業', '本企画', '本公演', '本取り組み', '本取組', '本大会', '本展', '本展示', '本展覧会', '本活動', '本番組', '本研究', '本記事', '本調査', '本論文', '本講演会'), ('は',)),
    '56780192': (('科研費',),),
    '00ae1adb': (('を受けて作成', 'を受けて制作', 'を受けて実施', 'を受けて実現', 'を受けて行', 'を受けて開催'), ('の助成', 'の協賛', 'の支援', 'の補助', 'の資金提供', 'の資金援助'), ('基金', '振興会', '機構', '財団'), ('プロジェクト', '事業', '企画', '保存', '修復', '公演', '出版', '制作', '展示', '展覧会', '復元', '改修', '発掘', '研究', '翻訳', '調査'), ('は',)),
    '3a173971': (('の提供で', 'の提供です', 'の提供により', 'スポンサー'), ('このコンテンツ', 'この番組', 'この記事', '本コンテンツ', '本番組', '本記事')),
    'a40b69da': (('지원', '후원'), ('받아', '받았다', '받았습니다', '받았음', '으로'), ('과제', '기사', '논문', '모니터링', '보도', '사업', '연구', '조사', '취재', '콘텐츠', '프로젝트', '행사'), ('본', '이')),
    '9017d250': (('지원', '후원'), ('받아', '받았', '받은'), ('기금', '연구', '연구비', '재원'), ('과제', '논문', '사업', '연구', '프로젝트'), ('본', '이')),
    '359a3282': ((' de financement', ' de financiacion', ' de financiación', ' de financiamento', ' financiadora', ' of funding', ' of support', ' финансирования', 'acknowledg', 'agradecimentos', 'agradecimientos', 'apoio', 'apoio financeiro', 'apoios', 'avec le soutien de', 'avec le soutien des', 'avec le soutien du', 'con el apoyo de', 'con el apoyo del', 'con el patrocinio de', 'con el patrocinio del', 'con il contributo del', 'con il contributo della', 'con il contributo di', 'con il patrocinio del', 'con il patrocinio della', 'con il patrocinio di', 'con il sostegno del', 'con il sostegno della', 'con il sostegno di', 'danksagung', 'dankwoord', 'declaration of funding', 'dofinansowanie', 'financement', 'financeurs', 'financiacion', 'financiación', 'financial disclosure', 'financial support', 'financial support and sponsorship', 'financiamento', 'financiamiento', 'financiering', 'financovanie', 'financování', 'finansiering', 'finansman', 'finansowanie', 'finanszírozás', 'finanziamenti', 'finanziamento', 'finanziatori', 'finanzielle unterstützung', 'finanzierung', 'fomento', 'fon desteği', 'fonti di finanziamento', 'funders', 'funding', 'funding and acknowledg', 'funding declaration', 'funding details', 'funding/support', 'förderer', 'förderhinweis', 'fördermittelgeber', 'förderung', 'gefördert durch', 'gefördert vom', 'gefördert von', 'geldgeber', 'grant information', 'grant support', 'kiitokset', 'köszönetnyilvánítás', 'lời cảm ơn', 'mogelijk gemaakt door', 'mécènes', 'nguồn tài trợ', 'partenaires financiers', 'patrocinadores', 'pendanaan', 'podziękowania', 'poděkování', 'rahoittajat', 'rahoitus', 'remerciements', 'ringraziamenti', 'role of the ', 'soutiens', 'sponsor', 'sponsoren', 'sponsors', 'steun van', 'sumber dana', 'support', 'supporters', 'tack', 'tak', 'takk', 'teşekkür', 'tài trợ', 'ucapan terima kasih', 'unterstützer', 'unterstützt durch', 'unterstützt von', 'unterstützung der', 'unterstützung des', 'unterstützung durch', 'unterstützung vom', 'unterstützung von', 'źródła finansowania', 'źródło finansowania', 'χρηματοδότηση', 'благодарности', 'джерела фінансування', 'подяки', 'финансирование', 'фінансування', 'מימון', 'التمويل', 'الدعم المالي', 'الشكر والتقدير', 'تمويل', 'شكر', 'شكر وتقدير', 'مصادر التمويل', 'वित्त', 'वित्तीय सहायता', 'スポンサー', '助成', '協賛', '基金', '基金资助', '基金項目', '基金项目', '研究助成', '研究費', '研究資金', '致謝', '致谢', '謝辞', '資助', '資金', '資金提供', '資金源', '贊助', '资助', '资助项目', '赞助', '项目资助', '감사의', '사사', '연구비', '지원', '펀딩', '후원'),),
    'ff986d7e': (('ab', 'above', 'advertising', 'affiliate', 'agora', 'ansøgningsfrist', 'apoiada', 'apoiado', 'apoyada', 'apoyado', 'application', 'apply before', 'apply by', 'backed by ', 'bewerbungsfrist', 'bewerbungsschluss', 'bond issue', 'censimento', 'censo', 'closed', 'closes', 'closing date', 'commission', 'contagem', 'conteo', 'contrat à durée déterminée', 'contributo', 'count', 'counting', 'darlehen', 'darowiznę', 'date limite de candidature', 'doação', 'dona', 'donacion', 'donación', 'donate', 'donated', 'donating', 'donation', 'donativo', 'donazione', 'doneer', 'dotacja', 'dotacji', 'dotację', 'dépouillement', 'empréstimo', 'faire', 'faites', 'financed', 'financed by ', 'financement', 'financiación', 'financiada', 'financiado', 'financial support', 'financiamento', 'financiering', 'financing', 'financé', 'finansierad', 'finansowana', 'finansowane', 'finansowanie', 'finansowano', 'finansowany', 'finanziamento', 'finanziata', 'finanziate', 'finanziati', 'finanziato', 'finanziert', 'finanzierung', 'fixed term', 'fixed-term', 'full time', 'full-time', 'funded', 'funded by ', 'funding', 'förderung', 'gefinancierd', 'gefördert', 'general', 'grant', 'grateful to', 'higher', 'hoger', 'höher', 'investment', 'investors', 'kredi', 'kredit', 'kredytu', 'later', 'lening', 'liczeni', 'like', 'loan', 'made possible by ', 'maggioranza', 'maioria', 'majority', 'majorité', 'make', 'mayoría', 'med', 'meerderheid', 'mehrheit', 'mutuo', 'national', 'neuer', 'newer', 'nowsze', 'nyere', 'népszámlálás', 'nüfus', 'ondersteund', 'paid for', 'paid for by ', 'part time', 'part-time', 'pinjaman', 'plazo de presentación', 'plazo de solicitud', 'population', 'posteriores', 'pożyczki', 'prestito', 'préstamo', 'prêt', 'raised', 'raises', 'reader-supported', 'received', 'receives', 'recensement', 'recensământ', 'recount', 'recuento', 'round', 'scadenza del bando', 'scale', 'secured', 'secures', 'senare', 'senere', 'sensus', 'sista ansökningsdag', 'sollicitatie', 'solliciteren', 'sostenuta', 'sostenute', 'sostenuti', 'sostenuto', 'soutenu', 'spenden', 'spis', 'spoglio', 'sponsored', 'start-up', 'startup', 'subsidie', 'subsidies', 'subsidy', 'subsídio', 'subvención', 'subvention', 'successive', 'support', 'supported', 'supported by ', 'sustained by ', 'søknadsfrist', 'sčítání', 'termin składania', 'thank', 'the successful candidate', 'ultérieures', 'underwritten', 'unicorn', 'unterstützt', 'valuation', 'valuing', 'vcs', 'venture capitalists', 'wesprzyj', 'większość', 'zuschuss', 'кредита', 'перепис', 'поддерж', 'финансир', 'بقرض', 'クラウドファンディング', '众筹', '眾籌', '貸款', '贷款', '대출로', '크라우드'),),
    'ccd15fa9': (('financed by ', 'funded by ', 'made possible by ', 'paid for by ', 'supported by '), ('ads', 'advertis', 'donations', 'donors like you', 'listeners', 'members', 'readers', 'subscribers', 'viewers', 'you')),
    '24ce85ad': (('reader-supported',),),
    '29525c51': (('financed by ', 'funded by ', 'made possible by ', 'paid for by ', 'supported by ', 'sustained by '), ('community', 'contributors', 'users', 'volunteers')),
    '9c149de7': (('funded',), ('month', 'year'), ('position', 'post', 'role', 'studentship'), ('for',), ('is', 'will be')),
    '31ee0713': (('ansøgningsfrist', 'application', 'apply before', 'apply by', 'bewerbungsfrist', 'bewerbungsschluss', 'closing date', 'contrat à durée déterminée', 'date limite de candidature', 'fixed term', 'fixed-term', 'full time', 'full-time', 'part time', 'part-time', 'plazo de presentación', 'plazo de solicitud', 'scadenza del bando', 'sista ansökningsdag', 'sollicitatie', 'solliciteren', 'søknadsfrist', 'termin składania', 'the successful candidate'),),
    'dc299c80': (('backed by ', 'financed by ', 'funded by ', 'paid for by ', 'supported by '), ('backers', 'contributors', 'donors', 'fans', 'individuals', 'people', 'pledgers', 'supporters')),
    '926cbcf1': (('funded', 'funding', 'クラウドファンディング', '众筹', '眾籌', '크라우드'),),
    '4c54b37d': (('financed by ', 'funded by ', 'paid for by ', 'supported by '), ('contributions', 'donations')),
    'e13c3998': (('affiliate',),),
    '6ebc1d24': (('donate',), ('here', 'now', 'online', 'today')),
    '5a61e533': (('make',), ('donation', 'gift'), ('now', 'today'), ('a',)),
    'e0cce175': (('donating', 'donation'), ('please',)),
    '31c2c980': (('spenden',), ('jetzt',)),
    'fb3fc47a': (('spenden',), ('sie',)),
    'a7df8d56': (('faire', 'faites'), ('don',), ('un',)),
    'fd16f20b': (('donacion', 'donación', 'donativo'), ('haz',), ('un',)),
    'd8d15a7f': (('dona',), ('agora', 'ahora', 'hoy', 'oggi', 'ora')),
    'fc1d6075': (('donazione',), ('una',), ('fai',)),
    'd39b95e6': (('doneer',), ('nu', 'vandaag')),
    '649582bc': (('agora',), ('doe',)),
    'bf9addc9': (('doação',), ('faça',), ('uma',)),
    '5454f3f3': (('darowiznę',), ('przekaż',)),
    '6b85af63': (('wesprzyj',), ('nas',)),
    'be00d3b9': (('sponsored',), ('advertisers', 'brand', 'merchants', 'partners', 'retailers', 'sellers', 'shops', 'stores'), ('our', 'selected', 'these', 'trusted'), ('by',)),
    '52846818': (('commission',), ('earn', 'earns', 'get', 'gets', 'make', 'makes', 'receive', 'receives')),
    '476eb0d4': (('sponsored',), ('ad', 'advertisement', 'contest', 'coupon', 'deal', 'discount', 'giveaway', 'link', 'listing', 'offer', 'placement', 'product', 'promo', 'promotion', 'result', 'sweepstakes')),
    '4f1b535d': (('advertising',), ('partner',)),
    'b53c3774': (('like',), ('contributors', 'donors', 'fans', 'folks', 'listeners', 'members', 'patrons', 'people', 'readers', 'subscribers', 'supporters', 'viewers'), ('you',)),
    '11c4dbf5': (('round',), ('bridge', 'equity', 'growth', 'pre-seed', 'seed', 'series', 'venture')),
    '776c316e': (('financing', 'funding', 'investment'), ('round',), ('led',), ('by',)),
    '07cf5966': (('valuation', 'valuing'),),
    '50b96d9c': (('investors', 'vcs', 'venture capitalists'), ('among', 'by', 'from', 'including', 'led by')),
    'bbf9f31f': (('scale', 'start-up', 'startup', 'unicorn'), ('closed', 'closes', 'landed', 'lands', 'raised', 'raises', 'received', 'receives', 'secured', 'secures'), ('$', 'capital', 'financing', 'funding', 'investment', '£', '¥', '€')),
    '5f5afb7d': (('closed', 'closes', 'raised', 'raises', 'received', 'receives', 'secured', 'secures'), ('company', 'firm'), ('$', 'capital', 'investment', '£', '¥', '€')),
    '9c7425dd': (('raised',), ('date',), ('to',)),
    '882bdb51': (('funding',), ('with',), ('from',), ('company', 'firm', 'start-up', 'startup'), ('its', 'our', 'the'), (',',)),
    'be56208e': (('supported by ',), ('app', 'browser', 'device', 'driver', 'extension', 'firmware', 'hardware', 'model', 'operating system', 'phone', 'platform', 'plugin', 'software', 'version')),
    'b0895b01': (('ab', 'above', 'higher', 'hoger', 'höher', 'later', 'neuer', 'newer', 'nowsze', 'nyere', 'posteriores', 'senare', 'senere', 'successive', 'ultérieures'),),
    '84262d25': (('grateful to', 'thank'), ('audience', 'fans', 'listeners', 'members', 'patrons', 'readers', 'subscribers', 'viewers'), ('my', 'our')),
    '339752b1': (('support',), ('grateful', 'thank'), ('audience', 'fans', 'listeners', 'members', 'patrons', 'readers', 'subscribers', 'viewers'), ('for',), ('the', 'their', 'your'), ('my', 'our')),
    '0dd77459': (('maggioranza', 'maioria', 'majority', 'majorité', 'mayoría', 'meerderheid', 'mehrheit', 'większość'), ('by', 'da', 'dalla', 'door', 'par', 'pela', 'por', 'przez', 'von')),
    '66e4e973': (('financial support', 'funding', 'grant'), ('never', 'not'), ('that', 'which', 'who'), ('had', 'has', 'have'), ('been awarded', 'had', 'received')),
    'efbbd20c': (('funding', 'grant'), ('from',), ('had', 'receive', 'received'), ('us',)),
    '312d83c0': (('supported by ',), ('data', 'evidence', 'experiments', 'facts', 'findings', 'literature', 'measurements', 'observations', 'simulations', 'studies', 'theory')),
    '4f84fb9e': (('bond issue', 'darlehen', 'empréstimo', 'kredi', 'kredit', 'kredytu', 'lening', 'loan', 'med', 'mutuo', 'pinjaman', 'pożyczki', 'prestito', 'préstamo', 'prêt', 'кредита', 'بقرض', '貸款', '贷款', '대출로'),),
    'd96016ca': (('censimento', 'censo', 'contagem', 'conteo', 'count', 'counting', 'dépouillement', 'general', 'liczeni', 'national', 'népszámlálás', 'nüfus', 'population', 'recensement', 'recensământ', 'recount', 'recuento', 'sensus', 'spis', 'spoglio', 'sčítání', 'перепис'),),
    '89ed9d8a': (('apoiada', 'apoiado', 'apoyada', 'apoyado', 'contributo', 'donated', 'dotacja', 'dotacji', 'dotację', 'financed', 'financement', 'financiación', 'financiada', 'financiado', 'financiamento', 'financiering', 'financé', 'finansierad', 'finansowana', 'finansowane', 'finansowanie', 'finansowano', 'finansowany', 'finanziamento', 'finanziata', 'finanziate', 'finanziati', 'finanziato', 'finanziert', 'finanzierung', 'funded', 'funding', 'förderung', 'gefinancierd', 'gefördert', 'grant', 'ondersteund', 'paid for', 'sostenuta', 'sostenute', 'sostenuti', 'sostenuto', 'soutenu', 'sponsored', 'subsidie', 'subsidies', 'subsidy', 'subsídio', 'subvención', 'subvention', 'supported', 'underwritten', 'unterstützt', 'zuschuss', 'поддерж', 'финансир'),),
    '4014226b': (('apoiada', 'apoiado', 'apoio', 'apoyo', 'association', 'avec', 'ayuda', 'bidrag', 'bijdrage', 'brought to you', 'bảo trợ', 'collaboration', 'commissioned', 'contributo', 'destekleriyle', 'desteğiyle', 'didanai', 'didukung', 'disponsori', 'dofinansowano', 'dukungan', 'ermöglicht', 'financed', 'financiacion', 'financiación', 'financiada', 'financiado', 'financiamento', 'financiamiento', 'financé', 'finansowana', 'finansowane', 'finansowano', 'finansowany', 'finanziamento', 'finanziata', 'finanziate', 'finanziati', 'finanziato', 'finanziert', 'finanţarea', 'finanțarea', 'funded', 'funders', 'förderung', 'gefinancierd', 'gefördert', 'gesponsert', 'gesponsord', 'grâce', 'hỗ trợ', 'katkılarıyla', 'kofinanziert', 'made possible', 'mogelijk', 'ondersteuning', 'paid for', 'parrainé', 'partners', 'partnership', 'patrocinada', 'patrocinado', 'patrocinador', 'patrocinio', 'patrocínio', 'podporou', 'podpory', 'possible', 'presented', 'sfinansowano', 'sostegno', 'soutenu', 'sponsor', 'sponsored', 'sponsoren', 'sponsorisé', 'sponsorizzata', 'sponsorizzate', 'sponsorizzati', 'sponsorizzato', 'sponsorluğunda', 'sprijinul', 'steun', 'stöd', 'støtte', 'subvencionada', 'subvencionado', 'support', 'supported', 'supporters', 'supporto', 'susţinerea', 'susținerea', 'tuella', 'tài trợ', 'támogatásával', 'underwritten', 'unterstützt', 'unterstützung', 'współfinansowano', 'στήριξη', 'υποστήριξη', 'χορηγία', 'χρηματοδότηση', 'поддержке', 'підтримки', 'בחסות', 'במימון', 'בסיוע', 'בתמיכת', 'بتمويل', 'بدعم', 'सहयोग', '基金会支持', '基金会資助', '基金会贊助', '基金会资助', '基金会赞助', '基金支持', '基金會支持', '基金會資助', '基金會贊助', '基金會资助', '基金會赞助', '基金資助', '基金贊助', '基金资助', '基金赞助'),),
    '8b0d412f': ((' browsing this forum', ' browsing this thread', ' ten dział', ' ten wątek', 'are viewing this board', 'are viewing this topic', 'betrachten dieses board', 'betrachten dieses thema', 'bölümü incelemekte', 'están viendo este foro', 'están viendo este tema', 'estão vendo este fórum', 'estão vendo este tópico', 'konuyu incelemekte', 'mitglieder in diesem forum', 'stanno guardando questa board', 'stanno guardando questa discussione', 'stanno guardando questa sezione', 'stanno guardando questa topic', 'stanno guardando questo board', 'stanno guardando questo discussione', 'stanno guardando questo sezione', 'stanno guardando questo topic', 'stanno visualizzando questa board', 'stanno visualizzando questa discussione', 'stanno visualizzando questa sezione', 'stanno visualizzando questa topic', 'stanno visualizzando questo board', 'stanno visualizzando questo discussione', 'stanno visualizzando questo sezione', 'stanno visualizzando questo topic', 'users browsing this forum: ', 'users browsing this thread: ', 'usuarios navegando por este foro', 'usuários navegando neste fórum', 'utilisateurs parcourant ce forum', 'użytkownicy przeglądający to forum', 'просматривают этот раздел', 'просматривают эту тему', 'сейчас этот форум просматривают', '正在閱讀本篇主題', '正在阅读本主题'),),
}


def gated_patterns() -> list[tuple[str, int]]:
    """(source, flags) of every pattern read through known_required_words."""
    import re

    from .funding import (
        HEADING_GATE_SOURCE,
        NOT_FUNDING_RE,
        NOT_FUNDING_RES,
        SPONSOR_NOTICE_RE,
        STATEMENT_RES,
    )
    from .rules import VIEWERS_LINE_RE

    return [(shape, re.IGNORECASE) for shape in (*STATEMENT_RES, HEADING_GATE_SOURCE, NOT_FUNDING_RE.pattern,
                                                 *NOT_FUNDING_RES, SPONSOR_NOTICE_RE.pattern)] \
        + [(VIEWERS_LINE_RE.pattern, 0)]


def current_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    from .patterns import required_words, table_key

    return {table_key(source, flags): tuple(tuple(sorted(words)) for words in required_words(source, flags))
            for source, flags in gated_patterns()}


def write_table(path: Path | None = None) -> None:
    """Rewrite TABLE in this module's source (or in `path`) from the patterns as they are now."""
    from pathlib import Path  # here: a run that only reads the table loads no pathlib

    path = Path(__file__) if path is None else Path(path)
    entries = [f"    {key!r}: {value!r},\n" for key, value in current_table().items()]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(_TABLE_START) + 1
    end = lines.index("}\n", start)  # the entries are indented: the first bare "}" closes the table
    path.write_text("".join(lines[:start] + entries + lines[end:]), encoding="utf-8")


_TABLE_START = "TABLE: dict[str, tuple[tuple[str, ...], ...]] = {\n"


if __name__ == "__main__":
    write_table()
