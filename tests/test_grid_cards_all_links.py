"""A shop's grid of product cards, each card's name and price inside the one link to the item: the
cards that carry a badge outside the link ("Best seller") and the cards that carry none are items
of one template, all kept. A ranked list of linked titles beside bare numbers is no such grid."""

import cleanpage

INTRO = ("Our bookcases come in many sizes and finishes, from narrow units for a hallway to tall "
         "cabinets with glass doors that keep the dust off a collection of records.")
NAMES = [f"Model {name} bookcase, white oak" for name in
         ("Fjordby", "Lindholm", "Marsten", "Ostvik", "Tarnby", "Vellinge", "Aspvik", "Brommeby")]


def card(index: int, name: str, badge: bool) -> str:
    sign = "<p class='badge'>Best seller</p>" if badge else ""
    return (f"<div class='product-card'>{sign}<div class='image'><a href='/p/item-{index}'>"
            f"<img src='/i/{index}.jpg' alt=''></a></div><div class='details'><a href='/p/item-{index}'>"
            f"<div class='price-module'><h3>{name}</h3><span class='price'>Price $ {49 + index * 10}.00</span>"
            "</div></a></div></div>")


def collection(badges: bool = True) -> str:
    cards = "".join(card(i, name, badge=badges and i % 2 == 0) for i, name in enumerate(NAMES))
    return ("<!doctype html><html><head><title>Bookcases</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/living'>Living room</a> <a href='/sale'>Sale</a></nav>"
            f"<main><h1>Bookcases</h1><p>{INTRO}</p><div class='product-grid'>{cards}</div></main>"
            "<footer><a href='/about'>About us</a> <a href='/jobs'>Jobs</a></footer></body></html>")


def test_the_cards_without_a_badge_stay_beside_those_with_one() -> None:
    text = cleanpage.clean(collection()).text
    assert INTRO in text
    for name in NAMES:
        assert name in text
    assert "Price $ 59.00" in text and "Price $ 79.00" in text


def test_the_footer_of_links_still_goes() -> None:
    text = cleanpage.clean(collection()).text
    assert "About us" not in text and "Jobs" not in text


STORY = ("The council voted on Tuesday to keep the branch library open on Saturdays, after a petition "
         "signed by more than two thousand residents asked it to reverse last year's cuts to opening hours.")


def test_a_ranked_list_of_linked_titles_still_goes() -> None:
    ranked = "".join(f"<li class='rank'><span>{i}</span><a href='/story/{i}'><h3>Most read story number {i} "
                     "of the week</h3></a></li>" for i in range(1, 7))
    page = ("<!doctype html><html><head><title>Library hours</title></head><body><main><article>"
            f"<h1>Library hours</h1><p>{STORY}</p><p>{STORY}</p><div class='box'><h2>Most read</h2>"
            f"<ol>{ranked}</ol></div></article></main></body></html>")
    text = cleanpage.clean(page).text
    assert STORY in text and "Most read story number 3" not in text
