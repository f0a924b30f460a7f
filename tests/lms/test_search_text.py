"""Word forms for search: folding, the stemmers, query words and the marked passages."""

import pytest

from lms.search_text import (
    search_document,
    search_terms,
    text_marked,
    text_matches,
    text_passage,
    word_form,
)
from lms.stemming import kyrgyz_stem, word_stem
from lms.text_folding import letters_fold


def test_folding_turns_kyrgyz_letters_and_yo_into_plain_ones_in_both_cases():
    assert letters_fold("Бүргөндү Ңү ӨӨ ёлка Ёлка") == "Бургонду Ну ОО елка Елка"
    assert letters_fold("вода, суу; water 42") == "вода, суу; water 42"


# Each line: forms of one Kyrgyz noun (plural, possessive, cases, -дагы) that must find each
# other, typed with or without ү, ө, ң.
KYRGYZ_FORMS = [
    "суу суусу сууга суунун сууда суудан сууну суулар сууларды суусунун",
    "айыл айылы айылдын айылга айылда айылдан айылды айылдар айылдарда айылдагы айылыбыз айылыңыз",
    "өкмөт өкмөтү өкмөтүнүн өкмөттөрү өкмөткө өкмөттүн өкмөтүн өкмөттөрүнүн окмоту",
    "аймак аймагы аймактар аймагында аймакта аймактары",
    "кызмат кызматы кызматтар кызматтарды кызматка кызматтын кызматтарын",
    "таштанды таштандыны таштандынын таштандыга таштандыдан",
    "бюджет бюджети бюджетке бюджеттен бюджеттин",
    "Бишкек Бишкекте Бишкектеги",
    "түтүк түтүгү түтүктөр тутугу",
    "келишим келишими келишимдер келишимди",
    "Бүргөндү Бургонду Бүргөндүнүн",
]


@pytest.mark.parametrize("forms", KYRGYZ_FORMS, ids=lambda forms: forms.split()[0])
def test_kyrgyz_forms_of_a_noun_share_one_stem(forms):
    stems = {word_form(word, "ky") for word in forms.split()}
    assert len(stems) == 1, stems


def test_kyrgyz_stemmer_keeps_different_words_apart_and_short_roots_whole():
    different = ["суу", "айыл", "өкмөт", "кызмат", "кызматташтык", "таштанды", "жол", "жер"]
    assert len({word_form(word, "ky") for word in different}) == len(different)
    # An ending that would leave fewer than three letters stays: үй, иш are whole words.
    assert kyrgyz_stem("уйлор") == "уйлор"
    assert kyrgyz_stem("иштер") == "иштер"
    # The sound before an ending decides: өкмөтү is өкмөт + ү, not өкмө + тү.
    assert kyrgyz_stem("окмоту") == "окмот"
    # Other scripts and numbers pass through.
    assert kyrgyz_stem("water") == "water"
    assert kyrgyz_stem("2024") == "2024"
    assert kyrgyz_stem("") == ""


def test_russian_and_english_forms_share_a_stem():
    assert {word_form(w, "ru") for w in ["вода", "воду", "воды", "водой", "Воде"]} == {"вод"}
    assert {word_form(w, "ru") for w in ["тендер", "тендера", "тендеров"]} == {"тендер"}
    assert word_form("ёлка", "ru") == word_form("елка", "ru")
    assert {word_form(w, "en") for w in ["contract", "contracts", "contracting"]} == {"contract"}
    assert word_stem("вода", "xx") == "вода"  # a language without a stemmer: folded words only


def test_a_query_looks_for_each_word_once_and_drops_stop_words_unless_nothing_else():
    assert search_terms("Вода и воды в селе", language="ru") == ["вод", "сел"]
    assert search_terms("и в", language="ru") == ["и", "в"]
    assert search_terms("the water", language="en") == ["water"]
    assert search_terms("суу жана жол", language="ky") == ["суу", "жол"]
    assert search_terms("!!! ,,, ", language="ky") == []
    assert search_terms("Бургонду", language="ky") == search_terms("Бүргөндү", language="ky")
    # ё and й typed as е/и plus a combining mark are the same letters.
    assert search_terms("е\u0308лка", language="ru") == search_terms("ёлка", language="ru")


def test_a_document_is_its_words_forms_in_order():
    assert search_document(["Вывоз воды.", "Вода!"], language="ru") == "вывоз вод вод"


def test_marks_every_form_of_the_words_and_escapes_the_rest():
    marked = text_marked("<b>Вода</b>: воду везут, воды мало.", "вода", language="ru")
    assert str(marked) == (
        "&lt;b&gt;<mark>Вода</mark>&lt;/b&gt;: <mark>воду</mark> везут, <mark>воды</mark> мало."
    )
    ky = text_marked("Достук менен Бүргөндү", "Бургонду", language="ky")
    assert str(ky) == "Достук менен <mark>Бүргөндү</mark>"


def test_a_passage_is_the_text_around_the_first_word_found():
    text = " ".join(["слово"] * 60 + ["водовод", "и", "подача", "воды"] + ["конец"] * 60)
    passage = str(text_passage(text, "вода", language="ru", radius=40))
    assert passage.startswith("… ") and passage.endswith(" …")
    assert "<mark>воды</mark>" in passage
    assert "водовод" in passage and "<mark>водовод" not in passage  # another word, not a form
    assert text_passage(text, "электричество", language="ru") is None
    assert str(text_passage("воды", "вода", language="ru")) == "<mark>воды</mark>"
    assert text_matches("От потребности до тендера", "тендер", language="ru")
    assert not text_matches("От потребности до закупки", "тендер", language="ru")
