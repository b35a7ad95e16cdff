"""Names an "according to" puts in a grammatical case, read back to the nominative.

Many languages decline the name their "according to" governs: Czech "podle" and Slovak "podľa",
Lithuanian "pasak" and Croatian "prema riječima" take the genitive ("podle Jitky Bednářové"), Greek
"σύμφωνα με τον" a man's accusative ("τον Στέλιο Καραγιάννη"), Finnish "mukaan" after the name its
genitive ("Virtasen mukaan"), Turkish "göre" after it the dative ("Aksoy’a göre", or the genitive of one
owning the noun before it: "Turan’ın açıklamasına göre"); Slovene "po besedah", Romanian "potrivit"
and Estonian "sõnul" alike. A Greek article does it wherever the page writes the name ("της Ελπίδας
Ζαχαράκη": CASE_ARTICLES).
Such a name is a `CasedName`, and `NameIndex.full` turns it to the nominative in two steps:

1. the page's own nominative of that person (`page_nominative`): a name it writes whose words are
   the case form's with a case ending in place of the nominative's, the stem shared (never a word
   of another stem, and only where one person fits);
2. else the nominative the case's endings give (`sure_nominative`), only where the ending that fits
   a word can stand for one nominative ending alone ("-ové" is "-ová", "-sen" is "-nen", "’a" is
   nothing); where one can stand for two ("Radka": "Radek" or "Radk"), the name stays as written.
"""
from __future__ import annotations

from dataclasses import dataclass

MIN_CASE_STEM = 3  # letters a name keeps before its case ending ("Ivana" -> "Ivan", not "Eva" -> "Ev")


@dataclass(frozen=True, slots=True)
class Case:
    """The case a construction puts a name in: each case ending with the nominative endings it
    can stand in place of (the longest ending that fits a word decides), whether only the last
    word declines (Finnish, Turkish: the first name stays as it is) or only the first (Romanian: the
    surname stays), the endings read only
    against the page's names, never to derive a nominative (a stem that may change before them), and the
    letters a word keeps before its ending, where a case's short names need fewer than MIN_CASE_STEM."""
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    last_only: bool = False
    first_only: bool = False
    unsure: frozenset[str] = frozenset()
    min_stem: int = MIN_CASE_STEM


# Consonants before which a name's "-k" in the genitive "-ka" had a fleeting "e" ("Kocourka": "Kocourek",
# "Koubka": "Koubek", "Dvořáčka": "Dvořáček"): no name ends "-rk", "-jk", "-bk", "-čk", "-řk", "-žk" or
# "-šk" (not "l": "Vlka" is "Vlk"). The stem MIN_CASE_STEM asks for counts the consonant ("Hájka" stays).
FLEETING_E_BEFORE = ("r", "j", "b", "č", "ř", "ž", "š")
# Czech and Slovak genitive ("podle Jitky Bednářové", "podľa Petra Hudáka"): a woman's "-ové"/"-ovej"
# is "-ová", an adjective's "-ého" is "-ý" and "-ské" "-ská" (a woman's "-é" "-á": "Malé"), a first
# name's "-y" is "-a"; a soft consonant's "-e" drops ("Tomáše"); "-a" drops ("Ivana") except where an "e" may have fled before
# the last consonant ("Radka": "Radek"?) or the word may be a nominative of its own ("Petra", Slovak "Peter").
WEST_SLAVIC_GENITIVE = Case((
    ("ové", ("ová",)), ("ovej", ("ová",)), ("ského", ("ský",)), ("ckého", ("cký",)), ("ého", ("ý",)),
    ("ího", ("í",)), ("ské", ("ská",)), ("cké", ("cká",)), ("skej", ("ská",)), ("ckej", ("cká",)),
    ("é", ("á",)), ("y", ("a",)), ("še", ("š",)), ("že", ("ž",)), ("če", ("č",)), ("ře", ("ř",)), ("je", ("j",)),
    ("áka", ("ák",)), ("íka", ("ík",)), *((c + "ka", (c + "ek",)) for c in FLEETING_E_BEFORE), ("ka", ("ek", "k")), ("la", ("el", "l")), ("ra", ("r", "er")),
    ("ca", ("ec", "c")), ("a", ("",)), ("i", ("a", "i")), ("e", ("a", "e")),
))
# Lithuanian genitive ("pasak Jono Petraičio", "pasak Rasos Kazlauskienės"): "-ienės" is "-ienė",
# "-čio" is "-tis", "-aus" is "-us", "-o" is "-as", "-os" is "-a"; "-io" is "-is" or "-ys".
LITHUANIAN_GENITIVE = Case((
    ("ienės", ("ienė",)), ("aitės", ("aitė",)), ("ytės", ("ytė",)), ("ūtės", ("ūtė",)), ("ės", ("ė",)),
    ("os", ("a",)), ("čio", ("tis",)), ("džio", ("dis",)), ("iaus", ("ius",)), ("aus", ("us",)),
    ("io", ("is", "ys")), ("o", ("as",)),
))
# Croatian, Serbian, Bosnian and Slovene genitive ("prema riječima Ivana Petrovića", "po besedah Ane Novak"): "-ića" is "-ić"; a first
# name's "-a" may be a man's genitive or a woman's nominative, "-e" a woman's genitive ("Ane").
SOUTH_SLAVIC_GENITIVE = Case((
    ("ića", ("ić",)), ("ића", ("ић",)), ("a", ("", "a")), ("а", ("", "а")), ("e", ("a",)), ("е", ("а",)),
))
# Greek accusative after "τον" (a man): the nominative's final "-ς" dropped ("τον Στέλιο Καραγιάννη").
GREEK_MASCULINE_ACCUSATIVE = Case(tuple((vowel, (vowel + "ς",)) for vowel in "οόαάηήιί"))
# Greek feminine genitive after "της" ("της Ελπίδας Ζαχαράκη"): a first name's "-ας" is "-α", "-ης" "-η";
# a woman's surname keeps one form in every case ("Ζαχαράκη", "Παπαδοπούλου").
GREEK_FEMININE_GENITIVE = Case((("ας", ("α",)), ("άς", ("ά",)), ("ης", ("η",)), ("ής", ("ή",))))
# Romanian genitive-dative of a woman's name after "potrivit" (a man's takes "lui" and keeps his name):
# only the first name declines ("Silviei Bârlădeanu"); "-iei" is "-ia", "-eei" "-eea", while "-ei" may
# stand for "-a" ("Ioanei") or "-e" ("Beatricei"); an institution's "-ului" is "-ul" ("Ministerului": "Ministerul").
ROMANIAN_GENITIVE = Case((("ului", ("ul",)), ("iei", ("ia",)), ("eei", ("eea",)), ("ei", ("a", "e"))), first_only=True)
# Finnish genitive before "mukaan" ("Virtasen mukaan"): "-sen" is "-nen", but "-ksen" an "-s" stem's
# ("Remeksen" for "Remes", "Kallaksen" for "Kallas": no "-nen" name has a "k" before it); "-n" alone may
# follow a stem that changed ("Aallon" for "Aalto"), "-in" a consonant or an "i" ("Nummelinin", "Rossin").
FINNISH_GENITIVE = Case((("ksen", ("s",)), ("sen", ("nen",)), ("in", ("", "i")), ("n", ("",))), last_only=True,
                        unsure=frozenset("n"))
# Estonian genitive before "sõnul" ("Tamme sõnul"): a vowel after a stem that may change ("Kase": "Kask").
ESTONIAN_GENITIVE = Case(tuple((vowel, ("",)) for vowel in "aeiu"), last_only=True, unsure=frozenset("aeiu"))
# Turkish dative before "göre": the ending an apostrophe sets off from a proper name ("Aksoy’a").
TURKISH_DATIVE = Case(tuple((mark + ending, ("",)) for mark in "’'" for ending in ("ya", "ye", "na", "ne", "a", "e")),
                      last_only=True)

# Turkish genitive before a noun it owns ("Turan’ın açıklamasına göre": by Turan's statement), set off
# by the apostrophe as the dative is.
TURKISH_GENITIVE = Case(tuple((mark + ending, ("",)) for mark in "’'"
                              for ending in ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")), last_only=True)
# The possessed noun in the dative between that genitive and "göre" ("açıklamasına", "sözlerine", "görüşüne").
TURKISH_OWNED_DATIVE_ENDINGS = ("sına", "sine", "suna", "süne", "ına", "ine", "una", "üne")

# Czech, Slovak and Polish instrumental after "with" ("s Pavlem Novotným", "z Anną Kowalską"): a man's "-em" is
# nothing or a fleeting "e" before the last consonant ("Pavlem": "Pavel", "Pawłem": "Paweł"), an adjective's "-ým",
# "-ím", "-im", "-ym" is "-ý", "-í", "-i", "-y", a woman's "-ą" is "-a", "-ovou" "-ová" and "-ou" "-a" or "-á".
WEST_SLAVIC_INSTRUMENTAL = Case((
    ("ovou", ("ová",)), ("ou", ("a", "á")), ("ým", ("ý",)), ("ím", ("í",)), ("im", ("i",)), ("ym", ("y",)), ("ą", ("a",)),
    ("lem", ("el", "l")), ("łem", ("eł", "ł")), ("kem", ("ek", "k")), ("rem", ("er", "r")), ("cem", ("ec",)),
    ("em", ("",)),
))

# Russian instrumental after "с", "со" (with: "поговорили с Анной Сергеевной Беловой"): a woman's "-ой" is "-а" in
# her first name, patronymic and surname alike, a man's surname's "-овым", "-евым", "-иным" is "-ов", "-ев", "-ин",
# a hard "-ом" nothing ("Иваном", "Петровичем" through "-ем"); a soft "-ем" or "-ей" may stand for "-ь", "-й" or
# "-я" ("Игорем", "Натальей"): read against the page's names only.
RUSSIAN_INSTRUMENTAL = Case((
    ("ой", ("а",)), ("овым", ("ов",)), ("евым", ("ев",)), ("иным", ("ин",)), ("ичем", ("ич",)), ("ом", ("",)),
    ("ем", ("ь", "й")), ("ей", ("я", "ь")),
))

# Russian accusative, the case "спросили" (they asked) puts the one asked in ("Андрея Волкова спросили"): a man's
# surname's "-ова", "-ева", "-ина" is "-ов", "-ев", "-ин", "-ея", "-ия" "-ей", "-ий", a hard "-а" nothing ("Олега");
# a woman's "-у" is "-а" ("Анну Белову"), "-ю" "-я", "-скую" "-ская"; a soft "-я" ("Игоря") the page's names decide.
RUSSIAN_ACCUSATIVE = Case((
    ("ова", ("ов",)), ("ева", ("ев",)), ("ёва", ("ёв",)), ("ина", ("ин",)), ("ына", ("ын",)), ("ского", ("ский",)),
    ("ея", ("ей",)), ("ия", ("ий",)), ("скую", ("ская",)), ("ью", ("ья",)), ("у", ("а",)), ("ю", ("я",)),
    ("а", ("",)), ("я", ("ь", "й")),
))
# Russian patronymics in the accusative: a name of three words, which two words before the verb would cut.
RUSSIAN_PATRONYMIC_ENDINGS = ("овну", "евну", "ичну", "овича", "евича", "ича")

# Hungarian "with" as a suffix on the name's last word ("Kovács Ilonával beszélgettünk": we talked with Ilona Kovács):
# a final "a" or "e" lengthens before "-val", "-vel" ("Ilonával": "Ilona", "Bencével": "Bence"), another vowel keeps
# it ("Ottóval"), a consonant doubles for the "v" ("Gáborral", "Péterrel": "Gábor", "Péter"; not the two-letter ones).
HUNGARIAN_COMITATIVE = Case((
    ("ával", ("a",)), ("ével", ("e",)),
    *((vowel + suffix, (vowel,)) for vowel in "iíoóöőuúüű" for suffix in ("val", "vel")),
    *((consonant * 2 + suffix, (consonant,)) for consonant in "bdfghjklmnprtvz" for suffix in ("al", "el")),
), last_only=True)
HUNGARIAN_LETTERS = frozenset("őű")  # letters Hungarian alone writes among the Latin scripts

# Finnish ablative, the case "to ask" puts the one asked in ("Kysyimme Anne Virtaselta", "Korhoselta kysyttiin"):
# "-selta" is "-nen" as the genitive's "-sen" is; "-lta" alone may follow a stem that changed ("Aallolta": "Aalto"),
# so it is read against the page's names only.
FINNISH_ABLATIVE = Case((("selta", ("nen",)), ("seltä", ("nen",)), ("lta", ("",)), ("ltä", ("",))), last_only=True,
                        unsure=frozenset(("lta", "ltä")))
HUNGARIAN_SHORT_STEM = 2  # "Évát" is "Éva", "Idát" "Ida": a lengthened vowel and "-t" leave two letters
# Hungarian accusative on the last word (the given name: "Kovács Évát kérdeztük", we asked Éva Kovács): a final
# "a" or "e" lengthens before "-t" ("Évát": "Éva", "Bencét": "Bence"), another vowel keeps it ("Ottót"); after a
# consonant a linking vowel ("Józsefet", "Kovácsot") or none ("Gábort") may come, read against the page's names only.
HUNGARIAN_ACCUSATIVE = Case((
    ("át", ("a",)), ("ét", ("e",)), *((vowel + "t", (vowel,)) for vowel in "iíoóöőuúüű"),
    ("ot", ("",)), ("et", ("",)), ("öt", ("",)), ("at", ("",)),
), last_only=True, unsure=frozenset(("ot", "et", "öt", "at")), min_stem=HUNGARIAN_SHORT_STEM)
# Turkish sets off every case ending of a proper name with an apostrophe ("Yıldız’a", "Yıldız’ı", "Yıldız’ın"):
# the name is what stands before it, whichever ending follows.
TURKISH_CASE_MARKS = ("’", "'")


def turkish_nominative(word: str) -> str:
    """The Turkish name without the case ending an apostrophe sets off ("Demirtaş’a": "Demirtaş"); a word
    without one, or whose part after it is not lower-case letters ("O’Brien"), as it stands."""
    for mark in TURKISH_CASE_MARKS:
        stem, found, ending = word.rpartition(mark)
        if found and len(stem) >= MIN_CASE_STEM and ending.isalpha() and ending.islower():
            return stem
    return word

# The words that govern a case before the name, lower case, as the tokens give them. Polish and
# Russian keep their readers (speakers.GenitiveName).
CASES_BEFORE = {
    ("podle",): WEST_SLAVIC_GENITIVE, ("podľa",): WEST_SLAVIC_GENITIVE, ("pasak",): LITHUANIAN_GENITIVE,
    ("prema", "riječima"): SOUTH_SLAVIC_GENITIVE, ("prema", "rečima"): SOUTH_SLAVIC_GENITIVE,
    ("према", "речима"): SOUTH_SLAVIC_GENITIVE, ("po", "besedah"): SOUTH_SLAVIC_GENITIVE, ("σύμφωνα", "με", "τον"): GREEK_MASCULINE_ACCUSATIVE,
    ("κατά", "τον"): GREEK_MASCULINE_ACCUSATIVE,  # "Κατά τον Νίκο Φραγκιαδάκη": according to, the same case
    ("potrivit",): ROMANIAN_GENITIVE, ("în", "opinia"): ROMANIAN_GENITIVE,
}
# Articles that put the name after them in one case wherever the page writes it, not only after
# "according to" ("Στη δήλωση της Ελπίδας Ζαχαράκη": in the statement of Elpida Zacharaki).
CASE_ARTICLES = {"της": GREEK_FEMININE_GENITIVE, "τον": GREEK_MASCULINE_ACCUSATIVE}
# Czech and Slovak "s", "se", Polish "z", "ze" (with) and the instrumental ("S Pavlem Novotným hovořili novináři"),
# read where the page writes the letters of a language that declines names; "from" with the genitive has endings
# the table does not read.
INSTRUMENTAL_PREPOSITIONS = frozenset(("s", "se", "z", "ze"))
RUSSIAN_INSTRUMENTAL_PREPOSITIONS = frozenset(("с", "со"))  # "с Анной Беловой", "со Светланой Орловой"
# The words that govern a case after the name ("Virtasen mukaan", "Aksoy’a göre", "Tamme sõnul").
CASES_AFTER = {"mukaan": FINNISH_GENITIVE, "göre": TURKISH_DATIVE, "sõnul": ESTONIAN_GENITIVE}


class CasedName(str):
    """A name in the case a construction governs (CASES_BEFORE, CASES_AFTER): `case` says which."""
    case: Case


def cased(name: str, case: Case) -> CasedName:
    """The name marked with the case its construction governs."""
    marked = CasedName(name)
    marked.case = case
    return marked


def case_of(phrase: list[str]) -> Case | None:
    """The case the words of an "according to" put the name after them in; None for no table's."""
    return CASES_BEFORE.get(tuple(word.lower() for word in phrase))


def _fitting(word: str, case: Case) -> list[tuple[str, tuple[str, ...]]]:
    """The case's endings the word ends in with a stem long enough left, longest first."""
    return sorted(((ending, nominatives) for ending, nominatives in case.endings
                   if word.endswith(ending) and len(word) - len(ending) >= case.min_stem),
                  key=lambda pair: -len(pair[0]))


def ends_in_case(word: str, case: Case) -> bool:
    """Does the word end in one of the case's endings, a stem long enough left?"""
    return bool(_fitting(word, case))


def word_nominatives(word: str, case: Case) -> set[str]:
    """Every nominative the word can be the case form of, the word itself too (a name that does not decline)."""
    return {word} | {word[:len(word) - len(ending)] + nominative for ending, nominatives in _fitting(word, case)
                     for nominative in nominatives}


def _declining(words: list[str], case: Case) -> range:
    """The positions of the words the case declines."""
    if case.first_only:
        return range(min(1, len(words)))
    return range(len(words) - 1, len(words)) if case.last_only else range(len(words))


def page_nominative(words: list[str], case: Case, written: list[str]) -> str | None:
    """The one name of `written` (the page's names) whose words are `words` in the nominative, each
    declining word one of its nominatives and the other words alike; None for none or for two."""
    declining = _declining(words, case)
    fits = {name for name in written if len(name.split()) == len(words) and name.split() != words
            and all(n == w or (k in declining and n in word_nominatives(w, case))
                    for k, (w, n) in enumerate(zip(words, name.split())))}
    return fits.pop() if len(fits) == 1 else None


def sure_nominative(words: list[str], case: Case) -> str | None:
    """The name in the nominative the case's endings give where every declining word's longest
    fitting ending stands for one nominative ending alone; a word no ending fits stays as it is
    (a name that does not decline). None where a word's ending could stand for two."""
    out = list(words)
    for k in _declining(words, case):
        parts = [_sure_part(part, case) for part in words[k].split("-")]  # "Malé-Novotné": each part declines
        if None in parts:
            return None
        out[k] = "-".join(parts)
    return " ".join(out) if out != words else None


def _sure_part(word: str, case: Case) -> str | None:
    """A word (or a part of a double surname) in the nominative by its longest fitting ending, as it
    stands where none fits; None where that ending could stand for two."""
    fitting = _fitting(word, case)
    if not fitting:
        return word
    ending, nominatives = fitting[0]
    if len(nominatives) != 1 or ending in case.unsure:
        return None
    return word[:len(word) - len(ending)] + nominatives[0]
