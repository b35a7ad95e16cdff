"""A fragment of someone's words set in a sentence that opens on whose view it gives: the office set off
by commas before the name (a prefect's too), and a short fragment that opens in lower case, which no
title does, though German writes its nouns in capitals."""

from __future__ import annotations

from speaker_pages import speakers


def test_french_prefect_set_off_before_the_name():
    page = "<p>Selon la préfète, Odile Vantrec-Maury, le pont « ne présente aucun danger immédiat ».</p>"
    assert speakers(page, "fr") == ["Odile Vantrec-Maury"]


def test_italian_prefect_set_off_before_the_name():
    page = "<p>Secondo il prefetto, Marco Ravellini, il ponte «non presenta alcun pericolo immediato».</p>"
    assert speakers(page, "it") == ["Marco Ravellini"]


def test_german_short_fragment_opening_in_lower_case():
    page = "<p>Laut der Försterin Marlene Quastberg ist der Wald „seit Jahren im Rückzug“.</p>"
    assert speakers(page, "de") == ["Marlene Quastberg"]


def test_german_short_title_in_capitals_stays_no_quotation():
    page = "<p>Die Försterin Marlene Quastberg leitet das Projekt „Grüne Wälder Für Morgen“.</p>"
    assert speakers(page, "de") == []


def test_romanian_office_in_the_definite_form_before_the_name():
    page = ("<p>Filmul a câștigat premiul juriului.</p>"
            "<p>Regizoarea Ilinca Vrânceanu a spus că a filmat „în cele mai ploioase săptămâni ale anului”.</p>")
    assert speakers(page, "ro") == ["Ilinca Vrânceanu"]


def test_turkish_village_head_before_the_name():
    page = ("<p>Muhtar Kemal Aydoğdu ile esnaf temsilcisi Sevgi Oral arasında tartışma yaşandı.</p>"
            "<p>“Çeşme pazartesi günü onarılacak” dedi Aydoğdu.</p>")
    assert speakers(page, "tr") == ["Kemal Aydoğdu"]
