"""Partners' names in each language, and demo credits in the page's language.

A case's partners are shared by its translations, so their names had one language: the demo
wrote them in English, and Kyrgyz and Russian pages showed "Local private operator (LLC)". The
name is now Kyrgyz (`name`) with Russian and English beside it. Rows holding one of the demo's
English names get the three; any other name stays where it is (as the Kyrgyz one, the fallback).
Gallery credits "Municipal Academy (illustration)" on Kyrgyz and Russian pages are put in the
page's language.
"""

from django.db import migrations, models

# The demo's partner names before this migration: English -> (Kyrgyz, Russian).
DEMO_PARTNERS = {
    'Swiss Agency for Development and Cooperation (SDC)': (
        'Швейцариянын Өнүктүрүү жана кызматташтык агенттиги (SDC)',
        'Швейцарское управление по развитию и сотрудничеству (SDC)',
    ),
    'HELVETAS': (
        'HELVETAS',
        'HELVETAS',
    ),
    'Development Policy Institute (DPI)': (
        'Өнүгүү саясаты институту (ӨСИ)',
        'Институт политики развития (ИПР)',
    ),
    'USAID Community and Municipal Governance Initiative (Successful Aimak)': (
        'USAID Жамааттык жана муниципалдык башкаруу демилгеси («Ийгиликтүү аймак»)',
        'Инициатива USAID по общественному и муниципальному управлению («Успешный аймак»)',
    ),
    'Nooken District State Administration': (
        'Ноокен райондук мамлекеттик администрациясы',
        'Ноокенская районная государственная администрация',
    ),
    'Local private operator (LLC)': (
        'Жергиликтүү жеке оператор (ЖЧК)',
        'Местный частный оператор (ОсОО)',
    ),
    'Improvement of Local Level Services project (SDC; Helvetas and Development Policy Institute)': (
        '«Жергиликтүү деңгээлдеги кызматтарды жакшыртуу» долбоору (SDC; Helvetas жана Өнүгүү саясаты институту)',
        'Проект «Улучшение услуг на местном уровне» (SDC; Helvetas и Институт политики развития)',
    ),
    'Teploklyuchenka ayil kenesh': (
        'Теплоключенка айылдык кеңеши',
        'Теплоключенский айылный кенеш',
    ),
    'Local private electrical operator (LLC)': (
        'Жергиликтүү жеке электр оператору (ЖЧК)',
        'Местный частный электротехнический оператор (ОсОО)',
    ),
    'Beshik-Jon ayil kenesh': (
        'Бешик-Жон айылдык кеңеши',
        'Бешик-Джонский айылный кенеш',
    ),
    'Local private operator (sole trader)': (
        'Жергиликтүү жеке оператор (жеке ишкер)',
        'Местный частный оператор (индивидуальный предприниматель)',
    ),
    'Tong District culture department': (
        'Тоң райондук маданият бөлүмү',
        'Отдел культуры Тонского района',
    ),
    'USAID Successful Aimak project (implemented by DAI Global LLC, with the Development Policy Institute)': (
        'USAID «Ийгиликтүү аймак» долбоору (DAI Global LLC Өнүгүү саясаты институту менен бирге ишке ашырат)',
        'Проект USAID «Успешный аймак» (реализует DAI Global LLC вместе с Институтом политики развития)',
    ),
    "Local women's and youth initiative groups": (
        'Жергиликтүү аялдар жана жаштар демилге топтору',
        'Местные женские и молодёжные инициативные группы',
    ),
    'Toktogul town kenesh': (
        'Токтогул шаардык кеңеши',
        'Токтогульский городской кенеш',
    ),
}
OLD_CREDIT = "Municipal Academy (illustration)"
CREDITS = {
    "ky": "Муниципалдык академия (иллюстрация)",
    "ru": "Муниципальная академия (иллюстрация)",
}


def forwards(apps, schema_editor):
    partner_model = apps.get_model("portal", "CasePartner")
    for english, (kyrgyz, russian) in DEMO_PARTNERS.items():
        partner_model.objects.filter(name=english).update(
            name=kyrgyz, name_ru=russian, name_en=english
        )
    gallery_model = apps.get_model("portal", "CaseGalleryImage")
    for language, credit in CREDITS.items():
        gallery_model.objects.filter(credit=OLD_CREDIT, locale__language_code=language).update(
            credit=credit
        )



class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0003_case_attachment_private'),
    ]

    operations = [
        migrations.AddField(
            model_name='casepartner',
            name='name_en',
            field=models.CharField(blank=True, max_length=200, verbose_name='name (English)'),
        ),
        migrations.AddField(
            model_name='casepartner',
            name='name_ru',
            field=models.CharField(blank=True, max_length=200, verbose_name='name (Russian)'),
        ),
        migrations.AlterField(
            model_name='casepartner',
            name='name',
            field=models.CharField(max_length=200, verbose_name='name (Kyrgyz)'),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
