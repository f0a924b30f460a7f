"""A backup's question bank read into the question formats' shape (no database)."""

from decimal import Decimal

from courses.moodle.questions import bank_read

BANK = """<?xml version="1.0" encoding="UTF-8"?><question_categories>
<question_category id="1"><name>top</name><parent>0</parent></question_category>
<question_category id="2"><name>Pool</name><parent>1</parent><question_bank_entries>
{entries}
</question_bank_entries></question_category></question_categories>"""


def _entry(entry_id, qtype, plugin="", text="Q", mark="1", parent="0", name="Q"):
    return (
        f'<question_bank_entry id="{entry_id}"><question_version><question_versions id="1">'
        f'<version>1</version><questions><question id="{entry_id}"><parent>{parent}</parent>'
        f"<name>{name}</name><questiontext>{text}</questiontext>"
        f"<questiontextformat>1</questiontextformat><defaultmark>{mark}</defaultmark>"
        f"<penalty>0.1000000</penalty><qtype>{qtype}</qtype>{plugin}</question></questions>"
        "</question_versions></question_version></question_bank_entry>"
    )


def _answer(answer_id, text, fraction):
    return (
        f'<answer id="{answer_id}"><answertext>{text}</answertext><answerformat>0</answerformat>'
        f"<fraction>{fraction}</fraction><feedback></feedback><feedbackformat>1</feedbackformat>"
        "</answer>"
    )


def _bank(tmp_path, *entries, language="ky"):
    (tmp_path / "questions.xml").write_text(BANK.replace("{entries}", "".join(entries)))
    return bank_read(tmp_path, language=language)


def test_truefalse_essay_numerical_and_refusals(tmp_path):
    truefalse = (
        "<plugin_qtype_truefalse_question><answers>"
        + _answer(1, "True", "0.0000000")
        + _answer(2, "False", "1.0000000")
        + "</answers><truefalse><trueanswer>1</trueanswer><falseanswer>2</falseanswer>"
        "</truefalse></plugin_qtype_truefalse_question>"
    )
    essay = (
        "<plugin_qtype_essay_question><essay><responsefieldlines>15</responsefieldlines>"
        "<minwordlimit>100</minwordlimit><maxwordlimit>200</maxwordlimit>"
        "<graderinfo>&lt;p&gt;Look for costs&lt;/p&gt;</graderinfo><graderinfoformat>1"
        "</graderinfoformat><responsetemplate>Problem:</responsetemplate>"
        "<responsetemplateformat>1</responsetemplateformat><attachments>0</attachments>"
        "</essay></plugin_qtype_essay_question>"
    )
    numerical = (
        "<plugin_qtype_numerical_question><answers>"
        + _answer(5, "100", "1.0000000")
        + _answer(6, "100", "0.5000000")
        + _answer(7, "*", "0.0000000")
        + "</answers><numerical_records><numerical_record><answer>5</answer><tolerance>0.5"
        "</tolerance></numerical_record><numerical_record><answer>6</answer><tolerance>10"
        "</tolerance></numerical_record></numerical_records></plugin_qtype_numerical_question>"
    )
    bad_grade = (
        "<plugin_qtype_shortanswer_question><answers>"
        + _answer(8, "x", "0.3300000")
        + "</answers><shortanswer><usecase>1</usecase></shortanswer>"
        "</plugin_qtype_shortanswer_question>"
    )
    bank = _bank(
        tmp_path,
        _entry(10, "truefalse", truefalse),
        _entry(11, "essay", essay),
        _entry(12, "numerical", numerical),
        _entry(13, "shortanswer", bad_grade),
        _entry(14, "gapselect"),
        _entry(15, "description", mark="0"),
    )
    tf = bank.entries["10"].parsed
    assert [(o.text, o.fraction) for o in tf.options] == [("true", 0), ("false", 1)]
    essay_q = bank.entries["11"].parsed
    assert (essay_q.qtype, essay_q.response_lines, essay_q.min_words, essay_q.max_words) == (
        "essay", 15, 100, 200,
    )  # fmt: skip
    assert "Look for costs" in essay_q.grader_info and essay_q.penalty == Decimal("0.1")
    numbers = bank.entries["12"].parsed.options
    assert [(o.number, o.tolerance, o.fraction) for o in numbers] == [
        (100, Decimal("0.5"), 1), (100, 10, Decimal("0.5")), (None, 0, 0),
    ]  # fmt: skip
    assert "0.33" in bank.entries["13"].refused, "a grade Moodle does not allow, named"
    assert "gapselect" in bank.entries["14"].refused
    assert bank.entries["15"].parsed.qtype == "description"
    assert bank.categories["2"].path == ["Pool"]


def test_cloze_gaps_come_from_the_sub_questions(tmp_path):
    parent = (
        "<plugin_qtype_multianswer_question><multianswer><sequence>21,22</sequence>"
        "</multianswer></plugin_qtype_multianswer_question>"
    )
    bank = _bank(
        tmp_path,
        _entry(20, "multianswer", parent, text="Capital {#1}, year {#2}.", mark="3"),
        _entry(21, "shortanswer", text="{1:SHORTANSWER:=Bishkek#Yes~*#No}", parent="20"),
        _entry(22, "numerical", text="{2:NUMERICAL:=1991:0}", mark="2", parent="20"),
    )
    assert list(bank.entries) == ["20"], "sub-questions are parts of their cloze question"
    cloze = bank.entries["20"].parsed
    assert cloze.qtype == "cloze" and cloze.text == "Capital {#1}, year {#2}."
    assert [(gap["type"], gap["weight"]) for gap in cloze.gaps] == [
        ("shortanswer", 1), ("numerical", 2),
    ]  # fmt: skip
    assert cloze.points == 3


def test_multilang_texts_fill_the_three_languages(tmp_path):
    text = (
        '&lt;span lang="ky" class="multilang"&gt;Суу&lt;/span&gt;'
        '&lt;span lang="ru" class="multilang"&gt;Вода&lt;/span&gt;'
        '&lt;span lang="en" class="multilang"&gt;Water&lt;/span&gt;'
    )
    bank = _bank(tmp_path, _entry(30, "description", text=text), language="ru")
    parsed = bank.entries["30"].parsed
    assert (parsed.text, parsed.text_ru, parsed.text_en) == ("Суу", "Вода", "Water")
    plain = _bank(tmp_path, _entry(31, "description", text="Только по-русски"), language="ru")
    parsed = plain.entries["31"].parsed
    assert parsed.text_ru == "Только по-русски" and parsed.text == "Только по-русски"
