"""A shop's stock line in the languages its engine's packs write, a shop's or a board's prompt to
log in before writing in Korean, and a Chinese board's (Discuz!'s) signature under each post."""

import pytest

import cleanpage

DESCRIPTION = ("A stovetop kettle in brushed steel with a beech handle, it whistles when the water boils "
               "and holds one and a half litres, enough for six cups of tea.")


def product_page(extra: str) -> str:
    return ("<!doctype html><html><head><title>Fernhill kettle</title><meta property='og:type' content='product'>"
            "</head><body><main><div class='product'><h1>Fernhill kettle</h1>"
            f"<p class='price'>42,00 €</p><div class='description'><p>{DESCRIPTION}</p></div>{extra}"
            "<div class='details'><p>Made of brushed steel and beech wood; the handle stays cool while the "
            "water boils, and the lid lifts with one finger.</p></div></div></main></body></html>")


@pytest.mark.parametrize("line", ["Διαθέσιμο σε απόθεμα", "Na stanie", "В наличии", "在庫あり", "재고 있음",
                                  "Em estoque", "Stokta var"])
def test_a_products_stock_line_goes(line: str) -> None:
    text = cleanpage.clean(product_page(f"<p class='stock in-stock'>{line}</p>")).text
    assert DESCRIPTION in text and line not in text


def test_a_sentence_about_stock_stays() -> None:
    sentence = "<p>Na stanie mamy trzy kolory: czarny, miedziany i zielony, wysyłka w ciągu dwóch dni.</p>"
    text = cleanpage.clean(product_page(sentence)).text
    assert "Na stanie mamy trzy kolory" in text


def test_a_korean_prompt_to_log_in_before_writing_goes() -> None:
    prompt = "<div id='qna' class='tab-panel'><p>상품에 대한 문의는 로그인 후 작성하실 수 있습니다.</p></div>"
    text = cleanpage.clean(product_page(prompt)).text
    assert DESCRIPTION in text and "로그인" not in text


def test_a_korean_sentence_that_mentions_logging_in_stays() -> None:
    review = ("<div class='tab-panel'><p>앱에 로그인 후 주문 내역을 확인했더니 배송이 하루 만에 끝나 있었고, "
              "주전자 손잡이도 생각보다 훨씬 튼튼해서 매일 아침 차를 끓일 때마다 만족하며 쓰고 있습니다.</p></div>")
    text = cleanpage.clean(product_page(review)).text
    assert "주문 내역을 확인했더니" in text


POSTS = [
    "冬天的時候多肉植物要少澆水，大概兩到三週一次就可以了，而且最好在晴天的中午澆，晚上氣溫低容易爛根。",
    "我家陽台冬天很冷，所以我把多肉搬進室內靠窗的地方，每個月只澆一次水，到現在都長得很好，沒有徒長。",
    "謝謝大家的建議，我這個週末就把花盆換成透氣的陶盆，也會記得晴天再澆水，等春天再來分享成果給大家看。",
]


def board(sign_class: str) -> str:
    posts = "".join(f"<tr><td class='pls'>會員{i}</td><td class='plc'><div class='t_fsz'><table><tr>"
                    f"<td class='t_f'>{post}</td></tr></table></div><div class='{sign_class}'>～每天進步一點點～</div>"
                    "</td></tr>" for i, post in enumerate(POSTS))
    return ("<!doctype html><html><head><title>多肉植物冬天怎麼澆水</title></head><body><div id='ct'>"
            f"<h1>多肉植物冬天怎麼澆水</h1><div id='postlist'><table>{posts}</table></div></div></body></html>")


def test_a_boards_signature_named_sign_goes() -> None:
    text = cleanpage.clean(board("sign")).text
    assert POSTS[0] in text and POSTS[2] in text and "每天進步" not in text


@pytest.mark.parametrize("name", ["sign-in", "design", "signpost"])
def test_a_class_that_only_holds_the_word_names_no_signature(name: str) -> None:
    assert "每天進步" in cleanpage.clean(board(name)).text
