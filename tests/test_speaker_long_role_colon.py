"""A colon clause opening on a definite article and a role of several words in lower case, then the name set
beside the role's last noun ("El médico de familia Andrés Quiroga, que …, fue más prudente: «…»"): that person
leads into the quote, the name standing further in than the first words lead_in_speaker reads
(_long_role_name). A name after a preposition ("La casa de …") is no role's holder."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_spanish_long_role_then_name_and_relative_clause() -> None:
    page = (P("La alcaldesa de Villaseca, Remedios Galán Orduña, inauguró el lunes el nuevo centro de salud.")
            + P("El médico de familia Teodoro Arizmendi, que atenderá en el centro, fue más prudente: «Un "
                "edificio no es una consulta. Faltan dos médicos»."))
    assert speaker_pages.speakers(page, "es") == ["Teodoro Arizmendi"]


def test_portuguese_long_role_then_name() -> None:
    page = (P("A presidente da câmara de Vale Fundo, Benedita Carvalhal, inaugurou na segunda-feira o novo centro.")
            + P("O médico de família Teodoro Arizmendi, que vai atender no centro, foi mais prudente: “Um edifício "
                "não é uma consulta. Faltam dois médicos.”"))
    assert speaker_pages.speakers(page, "pt") == ["Teodoro Arizmendi"]


def test_a_name_after_a_preposition_holds_nothing() -> None:
    page = (P("La alcaldesa de Villaseca inauguró el lunes el nuevo centro de salud.")
            + P("La vieja casa de Teodoro Arizmendi, que fue la consulta durante décadas, tuvo otro destino: «Un "
                "edificio no es una consulta. Faltan dos médicos»."))
    assert speaker_pages.speakers(page, "es") == [None]
