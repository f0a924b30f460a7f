"""GIFT and Moodle XML read as Moodle reads them (issue 17): each case of "what is wrong today"
has its own test here. No database: parsing only."""

from decimal import Decimal
from pathlib import Path

from django.utils import translation

import pytest

from courses.quizzes.formats.cloze import cloze_parse, cloze_serialize
from courses.quizzes.formats.fractions import FractionError, fraction_check
from courses.quizzes.formats.gift import gift_parse
from courses.quizzes.formats.moodle_xml import moodle_xml_parse
from courses.quizzes.formats.text import moodle_text_to_html, multilang_join, multilang_split

FILES = Path(__file__).parent / "files"


@pytest.fixture(scope="module")
def gift():
    with translation.override("en"):
        result = gift_parse((FILES / "issue17.gift").read_text(encoding="utf-8"))
    return {q.name: q for q in result.questions}, {e.excerpt: e for e in result.errors}


@pytest.fixture(scope="module")
def xml():
    with translation.override("en"):
        result = moodle_xml_parse((FILES / "issue17.xml").read_bytes())
    return result, {q.name: q for q in result.questions}, {e.excerpt: e for e in result.errors}


# ---- GIFT ------------------------------------------------------------------------------------


def test_gift_html_is_kept_as_sanitised_html_and_markers_inside_answers_are_read(gift):
    questions, _errors = gift
    colour = questions["Colour"]
    assert colour.text == "<p>Which <b>colours</b>?</p>"
    # "[plain]" on an answer is a format, not text: the tag is shown as typed, escaped.
    assert colour.options[1].text == "red &lt;b&gt;"


def test_gift_single_exactly_when_an_answer_starts_with_equals(gift):
    questions, _errors = gift
    assert questions["Colour"].qtype == "multiple"  # {~%100%yellow ~%-50%red ~%-50%blue}
    assert questions["Two right"].qtype == "single"  # {=A =B ~C}
    assert [o.fraction for o in questions["Two right"].options] == [1, 1, 0]


def test_gift_escapes_including_the_backslash(gift):
    questions, _errors = gift
    assert questions["Escapes"].text == "Back\\slash ~ = # { } : end"


def test_gift_markdown_is_converted(gift):
    questions, _errors = gift
    markdown = questions["Markdown"]
    assert markdown.text == "This is <strong>bold</strong>"
    assert markdown.changes


def test_gift_numerical_any_other_answer_is_feedback_not_a_refusal(gift):
    questions, _errors = gift
    numeric = questions["Numeric other"]
    assert [(o.number, o.fraction) for o in numeric.options] == [
        (2, 1),
        (3, Decimal("0.5")),
        (None, 0),
    ]
    assert numeric.options[2].feedback == "Wrong number"
    assert numeric.options[2].text == "*"
    ranged = questions["Range"].options[0]
    assert (ranged.number, ranged.tolerance) == (2, 1)


def test_gift_thirds_are_moodles_and_33_percent_is_refused_naming_the_value(gift):
    questions, errors = gift
    thirds = questions["Thirds"]
    assert [o.fraction for o in thirds.options][:3] == [Decimal("0.3333333")] * 3
    refused = errors["Bad third"]
    assert "33%" in refused.reason and refused.line


def test_gift_description_and_essay_keep_their_place(gift):
    questions, _errors = gift
    assert questions["Desc"].qtype == "description" and questions["Desc"].position == 9
    assert questions["Essay"].qtype == "essay" and questions["Essay"].position == 10


def test_gift_category_idnumber_and_tags(gift):
    questions, _errors = gift
    colour = questions["Colour"]
    assert colour.category_path == ["Services / Utilities", "Basics"]
    assert colour.idnumber == "colour-1"
    assert colour.tags == ["colours", "easy"]
    assert colour.line == 5


def test_gift_multilang_is_read_into_three_languages(gift):
    questions, _errors = gift
    ml = questions["ML"]
    assert (ml.text, ml.text_ru, ml.text_en) == ("Кыргызча", "По-русски", "English")
    assert (ml.options[0].text, ml.options[0].text_en) == ("ооба", "yes")


# ---- Moodle XML ------------------------------------------------------------------------------


def test_xml_description_keeps_its_place_and_positions_do_not_shift(xml):
    result, questions, errors = xml
    assert questions["Intro"].qtype == "description" and questions["Intro"].position == 1
    assert questions["Pump"].position == 2
    assert errors["Formula"].position == 8
    assert "calculated" in errors["Formula"].reason


def test_xml_line_breaks_never_glue_words_and_files_are_kept(xml):
    _result, questions, _errors = xml
    pump = questions["Pump"]
    assert "greeting:<br>What is" in pump.text
    assert 'src="@@PLUGINFILE@@/pump%20one.png"' in pump.text
    assert set(pump.files) == {"pump one.png", "guide.pdf"}
    assert pump.files["guide.pdf"].startswith(b"%PDF")
    assert questions["Acronym"].text == "Line one<br>Line two"


def test_xml_keeps_hints_combined_feedback_penalty_shuffle_idnumber_tags(xml):
    _result, questions, _errors = xml
    pump = questions["Pump"]
    assert pump.qtype == "multiple" and pump.points == 2
    assert pump.penalty == Decimal("0.1000000")
    assert pump.shuffle_options is False and pump.show_number_correct is True
    assert (pump.correct_feedback, pump.partially_correct_feedback, pump.incorrect_feedback) == (
        "All right",
        "Partly",
        "No",
    )
    assert pump.hints == [
        {"text": "Think of pipes", "text_ru": "", "text_en": "", "show_number_correct": True}
    ]
    assert pump.idnumber == "pump-1" and pump.tags == ["water", "pumps"]
    assert pump.general_feedback == "<strong>Pumps</strong> move water"
    assert pump.options[0].feedback == "a &lt; b"
    assert pump.category_path == ["Services / Utilities", "Water"]


def test_xml_categories_are_listed_with_info_and_idnumber(xml):
    result, _questions, _errors = xml
    assert result.categories[("Services / Utilities", "Water")] == {
        "info": "Water questions",
        "idnumber": "cat-water",
    }


def test_xml_usecase_is_kept(xml):
    _result, questions, _errors = xml
    assert questions["Acronym"].case_sensitive is True


def test_xml_numerical_star_is_any_other_answer(xml):
    _result, questions, _errors = xml
    share = questions["Share"]
    assert [(o.number, o.fraction) for o in share.options] == [
        (100, 1),
        (100, Decimal("0.5")),
        (None, 0),
    ]
    assert share.options[2].feedback == "Wrong"


def test_xml_essay_settings(xml):
    _result, questions, _errors = xml
    essay = questions["Proposal"]
    assert essay.qtype == "essay"
    assert (essay.response_lines, essay.min_words, essay.max_words) == (15, 100, 200)
    assert essay.grader_info == "<p>Look for cost.</p>"
    assert essay.response_template == "Problem: ..."


def test_xml_cloze_becomes_gaps(xml):
    _result, questions, _errors = xml
    cloze = questions["Facts"]
    assert cloze.qtype == "cloze"
    assert cloze.text == "<p>Capital {#1}, year {#2}, lake {#3}, pick {#4} and {#5}.</p>"
    short, number, choice, multi, sac = cloze.gaps
    assert short["type"] == "shortanswer" and short["answers"][1]["text"] == "*"
    assert short["answers"][0]["feedback"] == "Right"
    assert number["type"] == "numerical" and number["weight"] == 2
    assert (number["answers"][1]["number"], number["answers"][1]["tolerance"]) == ("1991", "2")
    assert number["answers"][1]["fraction"] == "0.5"
    assert (choice["type"], choice["display"]) == ("multichoice", "dropdown")
    assert (multi["display"], multi.get("horizontal")) == ("multiresponse", True)
    assert sac["case_sensitive"] is True
    assert cloze.points == 6


def test_xml_grades_off_moodles_list_are_refused_naming_the_value(xml):
    _result, _questions, errors = xml
    assert "33%" in errors["Bad grade"].reason


# ---- building blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("100", "1"), ("33.33333", "0.3333333"), ("33.333", "0.3333333"), ("14.28571", "0.1428571"),
     ("-50", "-0.5"), ("0", "0"), ("5", "0.05")],
)  # fmt: skip
def test_fraction_check_maps_percentages_to_moodles_list(value, expected):
    assert fraction_check(value, percent=True) == Decimal(expected)


@pytest.mark.parametrize("value", ["33", "33.3", "12", "101", "x"])
def test_fraction_check_refuses_what_moodle_refuses(value):
    with translation.override("en"), pytest.raises(FractionError, match=value):
        fraction_check(value, percent=True)


def test_text_formats():
    assert moodle_text_to_html("a\nb\n\nc <i>", "plain_text") == "<p>a<br>b</p><p>c &lt;i&gt;</p>"
    assert moodle_text_to_html("a\nb", "moodle_auto_format") == "a<br>b"
    assert moodle_text_to_html('<p onclick="x">a</p><script>b</script>', "html") == "<p>a</p>"
    assert moodle_text_to_html('<a href="javascript:x">y</a>', "html") == (
        '<a rel="noopener noreferrer">y</a>'
    )


def test_multilang_split_and_join():
    both = (
        '<span lang="ky" class="multilang">Салам</span><span class="multilang" lang="en">Hi</span>'
    )
    assert multilang_split(f"<p>{both}!</p>") == {
        "ky": "<p>Салам!</p>",
        "ru": "",
        "en": "<p>Hi!</p>",
    }
    assert multilang_split("{mlang ru}Привет{mlang}{mlang en}Hi{mlang}") == {
        "ky": "Привет",  # no Kyrgyz: the first language, as Moodle shows it
        "ru": "Привет",
        "en": "Hi",
    }
    assert multilang_split("plain") == {"ky": "plain", "ru": "", "en": ""}
    assert multilang_join({"ky": "a", "ru": "", "en": "b"}) == (
        '<span lang="ky" class="multilang">a</span><span lang="en" class="multilang">b</span>'
    )
    assert multilang_join({"ky": "a", "ru": "", "en": ""}) == "a"


def test_cloze_round_trip():
    text, gaps, errors = cloze_parse(r"Say {2:MCV:=yes\}#ok~%50%no~maybe} or {:SA:=a\~b}")
    assert errors == []
    assert text == "Say {#1} or {#2}"
    assert gaps[0]["answers"][0]["text"] == "yes}"
    assert gaps[1]["answers"][0]["text"] == "a~b"
    again = cloze_serialize(text, gaps)
    assert again == r"Say {2:MULTICHOICE_V:=yes\}#ok~%50%no~maybe} or {1:SHORTANSWER:=a\~b}"
    text2, gaps2, _ = cloze_parse(again)
    assert [g["answers"][0]["text"] for g in gaps2] == ["yes}", "a~b"]


def test_question_texts_print_as_sanitised_html_or_escaped_plain_text():
    from courses.quizzes.templatetags.quiz_text import quiz_html, quiz_inline

    assert quiz_html("<p>Which <b>colours</b>?</p><script>x</script>") == (
        "<p>Which <b>colours</b>?</p>"
    )
    assert quiz_html("typed\nin the admin <3") == "<p>typed<br>in the admin &lt;3</p>"
    assert quiz_inline("red &lt;b&gt;") == "red &lt;b&gt;"
    assert quiz_inline("x < y and y > z") == "x &lt; y and y &gt; z"
    assert quiz_inline('<img src="x.png" onerror="alert(1)">') == '<img src="x.png">'
