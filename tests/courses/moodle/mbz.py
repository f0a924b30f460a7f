# ruff: noqa: E501 (Moodle XML kept as Moodle writes it, one element a line)
"""Small Moodle course backups built in tests, shaped like Moodle 4.5's own (the samples in
../shared/moodle): moodle_backup.xml, course/, sections/, activities/, files.xml, files/,
questions.xml. `mbz_build(path, ...)` writes a .mbz (gzip tar) and returns its path."""

import hashlib
import io
import tarfile
from html import escape

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99"
    b"=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _e(text: str) -> str:
    return escape(text, quote=False)


def _multilang(ky: str, en: str) -> str:
    return f'<span lang="ky" class="multilang">{ky}</span><span lang="en" class="multilang">{en}</span>'


class Backup:
    def __init__(self, *, users: bool = False, kind: str = "course"):
        self.members: dict[str, bytes] = {}
        self.users = users
        self.kind = kind
        self.activities = []  # (cmid, modname, sectionid, title)
        self.files = []  # xml of <file>
        self.sections = []  # (sectionid, number, name, sequence)

    def add(self, name: str, data: bytes | str) -> None:
        self.members[name] = data.encode() if isinstance(data, str) else data

    def file(self, *, contextid: str, component: str, filearea: str, name: str, data: bytes,
             mimetype: str, itemid: str = "0") -> None:  # fmt: skip
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        self.add(f"files/{digest[:2]}/{digest}", data)
        self.files.append(
            f"<file><contenthash>{digest}</contenthash><contextid>{contextid}</contextid>"
            f"<component>{component}</component><filearea>{filearea}</filearea>"
            f"<itemid>{itemid}</itemid><filepath>/</filepath><filename>{_e(name)}</filename>"
            f"<filesize>{len(data)}</filesize><mimetype>{mimetype}</mimetype>"
            f"<sortorder>0</sortorder></file>"
        )

    def section(self, sectionid: str, number: int, name: str, cmids: list[str]) -> None:
        self.sections.append((sectionid, number, name, cmids))
        self.add(
            f"sections/section_{sectionid}/section.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><section id="{sectionid}"><number>{number}'
            f"</number><name>{_e(name) or '$@NULL@$'}</name><summary></summary>"
            f"<summaryformat>1</summaryformat><sequence>{','.join(cmids)}</sequence></section>",
        )

    def activity(self, cmid: str, modname: str, sectionid: str, inner: str, title: str = "",
                 contextid: str = "") -> None:  # fmt: skip
        contextid = contextid or f"9{cmid}"
        self.activities.append((cmid, modname, sectionid, title))
        self.add(
            f"activities/{modname}_{cmid}/{modname}.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><activity id="1" moduleid="{cmid}" '
            f'modulename="{modname}" contextid="{contextid}"><{modname} id="1">{inner}'
            f"</{modname}></activity>",
        )

    def build(self) -> bytes:
        activities = "".join(
            f"<activity><moduleid>{cmid}</moduleid><sectionid>{sid}</sectionid><modulename>"
            f"{mod}</modulename><title>{_e(title)}</title><directory>activities/{mod}_{cmid}"
            f"</directory></activity>"
            for cmid, mod, sid, title in self.activities
        )
        sections = "".join(
            f"<section><sectionid>{sid}</sectionid><title>{number}</title>"
            f"<directory>sections/section_{sid}</directory></section>"
            for sid, number, _name, _cmids in self.sections
        )
        self.add(
            "moodle_backup.xml",
            '<?xml version="1.0" encoding="UTF-8"?><moodle_backup><information>'
            "<name>test.mbz</name><moodle_version>2024100706</moodle_version>"
            "<moodle_release>4.5.6 (Build: 20250811)</moodle_release>"
            "<backup_version>2024100700</backup_version><backup_release>4.5</backup_release>"
            "<original_course_fullname>Test</original_course_fullname>"
            f"<details><detail><type>{self.kind}</type><format>moodle2</format></detail>"
            f"</details><contents><activities>{activities}</activities><sections>{sections}"
            "</sections></contents><settings><setting><level>root</level><name>users</name>"
            f"<value>{1 if self.users else 0}</value></setting></settings></information>"
            "</moodle_backup>",
        )
        self.add("files.xml", f'<?xml version="1.0"?><files>{"".join(self.files)}</files>')
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            for name, data in self.members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return buffer.getvalue()


QUESTIONS = """<?xml version="1.0" encoding="UTF-8"?><question_categories>
<question_category id="1"><name>top</name><parent>0</parent><info></info></question_category>
<question_category id="2"><name>Негиздер / Basics</name><parent>1</parent><info>Basics</info>
<idnumber>cat-basics</idnumber><question_bank_entries>
<question_bank_entry id="50"><questioncategoryid>2</questioncategoryid><idnumber>q-50</idnumber>
<question_version><question_versions id="50"><version>1</version><questions>
<question id="50"><parent>0</parent><name>MC: water</name>
<questiontext>&lt;p&gt;{text}&lt;/p&gt;</questiontext><questiontextformat>1</questiontextformat>
<generalfeedback></generalfeedback><defaultmark>1.0000000</defaultmark><penalty>0.3333333</penalty>
<qtype>multichoice</qtype><plugin_qtype_multichoice_question><answers>
<answer id="1"><answertext>Айыл өкмөтү</answertext><answerformat>1</answerformat><fraction>1.0000000</fraction><feedback>Туура</feedback><feedbackformat>1</feedbackformat></answer>
<answer id="2"><answertext>Банк</answertext><answerformat>1</answerformat><fraction>0.0000000</fraction><feedback></feedback><feedbackformat>1</feedbackformat></answer>
</answers><multichoice id="1"><single>1</single><shuffleanswers>1</shuffleanswers>
<correctfeedback>Well done!</correctfeedback><correctfeedbackformat>1</correctfeedbackformat>
<partiallycorrectfeedback></partiallycorrectfeedback><incorrectfeedback></incorrectfeedback>
<shownumcorrect>1</shownumcorrect></multichoice></plugin_qtype_multichoice_question>
<question_hints><question_hint id="1"><hint>Think again</hint><hintformat>1</hintformat></question_hint></question_hints>
</question></questions></question_versions></question_version></question_bank_entry>
<question_bank_entry id="51"><questioncategoryid>2</questioncategoryid>
<question_version><question_versions id="51"><version>1</version><questions>
<question id="51"><parent>0</parent><name>Drag words</name><questiontext>x</questiontext>
<questiontextformat>1</questiontextformat><defaultmark>1</defaultmark><qtype>ddwtos</qtype>
</question></questions></question_versions></question_version></question_bank_entry>
</question_bank_entries></question_category></question_categories>"""


def course_backup(*, users: bool = False, kind: str = "course") -> bytes:
    """A course like the samples: section 0 with a forum; section 1 with a page (picture, a
    link to the quiz), a label, a URL, a file and a quiz with one multichoice question."""
    backup = Backup(users=users, kind=kind)
    backup.add(
        "course/course.xml",
        '<?xml version="1.0" encoding="UTF-8"?><course id="18" contextid="755">'
        f"<shortname>TEST-MBZ</shortname><fullname>{_e(_multilang('Сыноо курсу', 'Test course'))}"
        f"</fullname><summary>{_e('<p>' + _multilang('Курс жөнүндө.', 'About the course.') + '</p>')}"
        "</summary><summaryformat>1</summaryformat></course>",
    )
    backup.section("78", 0, "", ["326"])
    backup.section(
        "79", 1, _multilang("Киришүү", "Introduction"), ["327", "328", "329", "331", "334"]
    )
    backup.section("80", 2, "Empty", [])
    backup.activity(
        "326",
        "forum",
        "78",
        "<type>general</type><name>Талкуу / Discussion</name>"
        "<intro>&lt;p&gt;Talk here&lt;/p&gt;</intro><introformat>1</introformat>",
    )
    page_html = (
        "<p>" + _multilang("Кош келиңиз!", "Welcome!") + "</p>"
        '<p><img src="@@PLUGINFILE@@/map.png" alt="Village map"></p>'
        '<p>See <a href="$@QUIZVIEWBYID*334@$">the quiz</a> and '
        '<a href="$@FORUMVIEWBYID*999@$">a gone forum</a>.</p>'
        "<script>alert(1)</script>"
    )
    backup.activity(
        "327",
        "page",
        "79",
        f"<name>{_e(_multilang('Киришүү барагы', 'Introduction page'))}</name>"
        f"<intro>{_e('<p>Intro</p>')}</intro><introformat>1</introformat>"
        f"<content>{_e(page_html)}</content><contentformat>1</contentformat>",
        contextid="757",
    )
    backup.file(contextid="757", component="mod_page", filearea="content", name="map.png",
                data=PNG, mimetype="image/png")  # fmt: skip
    backup.activity(
        "328",
        "label",
        "79",
        f"<name>Note</name><intro>{_e('<p>' + _multilang('Эскертүү', 'Please read in order') + '</p>')}"
        "</intro><introformat>1</introformat>",
    )
    backup.activity(
        "329",
        "url",
        "79",
        "<name>Government portal</name><intro></intro><introformat>1</introformat>"
        "<externalurl>https://www.gov.kg/</externalurl>",
    )
    backup.activity(
        "331",
        "resource",
        "79",
        "<name>Plan (PDF)</name><intro></intro><introformat>1</introformat>",
        contextid="761",
    )
    backup.file(contextid="761", component="mod_resource", filearea="content", name="plan.pdf",
                data=PDF, mimetype="application/pdf")  # fmt: skip
    backup.activity(
        "334",
        "quiz",
        "79",
        f"<name>{_e(_multilang('Тест', 'Final quiz'))}</name><intro></intro>"
        "<introformat>1</introformat><timelimit>600</timelimit><attempts_number>2</attempts_number>"
        "<grademethod>1</grademethod><shuffleanswers>1</shuffleanswers><grade>10.00000</grade>"
        "<question_instances>"
        "<question_instance id='1'><slot>1</slot><maxmark>2.0000000</maxmark>"
        "<question_reference id='1'><questionbankentryid>50</questionbankentryid>"
        "</question_reference></question_instance>"
        "<question_instance id='2'><slot>2</slot><maxmark>1.0000000</maxmark>"
        "<question_set_reference id='2'><filtercondition>"
        '{"filter":{"category":{"jointype":1,"values":[2],"filteroptions":'
        '{"includesubcategories":true}}}}</filtercondition></question_set_reference>'
        "</question_instance></question_instances>"
        "<sections><section id='1'><shufflequestions>0</shufflequestions></section></sections>",
    )
    backup.add(
        "activities/quiz_334/grades.xml",
        '<?xml version="1.0"?><activity_gradebook><grade_items><grade_item id="1">'
        "<itemmodule>quiz</itemmodule><gradepass>5.00000</gradepass></grade_item></grade_items>"
        "</activity_gradebook>",
    )
    backup.add(
        "questions.xml",
        QUESTIONS.replace("{text}", _e(_multilang("Ким жооп берет?", "Who is responsible?"))),
    )
    return backup.build()


def write(path, data: bytes):
    path.write_bytes(data)
    return path
