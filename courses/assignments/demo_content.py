"""Demo assignments for the two demo courses; data only, written afresh from the seeds' facts
(waste-collection contracts of ayil okmotus, clusters writing service improvement action plans,
grants of 5,000,000 som won by 5 of 9 clusters).

Each assignment: the course and lesson by slug, titles and instructions in ky/ru/en, its dates in
days from today (Bishkek, due at 17:00), and a four-criterion rubric whose levels carry points.
`learner` says what the demo learner has handed in, and `grade` (if any) how it was graded.
"""

# Levels' points, the same shape for every criterion: missing, partly, fully.
LEVEL_POINTS = (0, 3, 5)

SPECIFICATION = {
    "course": "private-sector-services",
    "lesson": "writing-the-specification",
    "title": {
        "ky": "Муниципалитетиңиздин таштанды чыгаруу тендери үчүн техникалык тапшырманын "
        "долбоорун жазыңыз",
        "ru": "Подготовьте проект технического задания на тендер по вывозу отходов "
        "вашего муниципалитета",
        "en": "Draft the specification for your municipality's waste-collection tender",
    },
    "instructions": {
        "ky": (
            "<p>Сабактагы түзүлүштү колдонуп, оператор баасын эсептей турган техникалык "
            "тапшырманы жазыңыз: эмне, кайдан, канча жолу жана кандай сапатта чогултулат, "
            "айыл өкмөтү ишти кантип кабыл алат.</p>"
            "<ul><li>Кызмат көрсөтүлүүчү аймак: айылдар, көчөлөр, үй чарбалардын саны.</li>"
            "<li>Көлөмдөр жана чогултуу графиги сандар менен.</li>"
            "<li>Сапат талаптары жана тургундар кантип даттана алат.</li>"
            "<li>Ишти кабыл алуу, төлөө жана айып пулдар.</li></ul>"
            "<p>600 сөзгө чейин текст жазыңыз же долбооруңузду PDF же Word файлы менен "
            "тиркеңиз (2 файлга чейин).</p>"
        ),
        "ru": (
            "<p>По схеме из урока напишите техническое задание, по которому оператор сможет "
            "рассчитать цену: что, где, как часто и с каким качеством собирается и как айыл "
            "окмоту принимает работу.</p>"
            "<ul><li>Зона обслуживания: сёла, улицы, число домохозяйств.</li>"
            "<li>Объёмы и график вывоза в цифрах.</li>"
            "<li>Требования к качеству и как жители сообщают о пропущенном вывозе.</li>"
            "<li>Приёмка, оплата и штрафы.</li></ul>"
            "<p>Напишите до 600 слов в поле ответа или приложите проект в PDF или Word "
            "(до 2 файлов).</p>"
        ),
        "en": (
            "<p>Using the outline from the lesson, write the specification an operator can "
            "price: what is collected, where, how often and to what standard, and how the ayil "
            "okmotu accepts the work.</p>"
            "<ul><li>The service area: villages, streets, number of households.</li>"
            "<li>Volumes and the collection schedule, in figures.</li>"
            "<li>Quality standards and how residents report a missed collection.</li>"
            "<li>Acceptance, payment and penalties.</li></ul>"
            "<p>Write up to 600 words in the answer box, or attach your draft as a PDF or Word "
            "file (up to 2 files).</p>"
        ),
    },
    "settings": {
        "word_limit": 600,
        "file_types": "pdf, docx, odt",
        "max_files": 2,
        "max_file_mb": 10,
        "release_at_once": False,  # the trainer releases the group's grades together
        "completion": "submit",
    },
    "dates": {"opens": -14, "due": 10, "cutoff": 17},
    "rubric": {
        "title": {
            "ky": "Таштанды чыгаруу боюнча техникалык тапшырма",
            "ru": "Техническое задание на вывоз отходов",
            "en": "Waste-collection specification",
        },
        "criteria": [
            {
                "ky": "Кызмат аймагы жана көлөмдөр сандар менен көрсөтүлгөн",
                "ru": "Зона обслуживания и объёмы указаны в цифрах",
                "en": "The service area and volumes are given in figures",
                "levels": {
                    "ky": ["Жок", "Аталган, бирок сандар жок", "Үй чарбалар, көчөлөр, көлөмдөр"],
                    "ru": ["Нет", "Названы без цифр", "Домохозяйства, улицы, объёмы"],
                    "en": ["Missing", "Named, without figures", "Households, streets, volumes"],
                },
            },
            {
                "ky": "График жана сапат талаптары өлчөнөт",
                "ru": "График и требования к качеству измеримы",
                "en": "The schedule and quality standards can be measured",
                "levels": {
                    "ky": ["Жок", "Жалпы сөздөр менен", "Мөөнөттөр жана нормалар так"],
                    "ru": ["Нет", "Общими словами", "Сроки и нормы точно"],
                    "en": ["Missing", "In general words", "Exact times and norms"],
                },
            },
            {
                "ky": "Тургундардын даттануусу жана кайтарым байланыш",
                "ru": "Жалобы жителей и обратная связь",
                "en": "Residents' complaints and feedback",
                "levels": {
                    "ky": ["Жок", "Бир гана канал", "Канал, жооп берүү мөөнөтү, эсеп"],
                    "ru": ["Нет", "Только канал", "Канал, срок ответа, учёт"],
                    "en": ["Missing", "A channel only", "Channel, response time, record"],
                },
            },
            {
                "ky": "Кабыл алуу, төлөө жана айып пулдар",
                "ru": "Приёмка, оплата и штрафы",
                "en": "Acceptance, payment and penalties",
                "levels": {
                    "ky": ["Жок", "Төлөө гана", "Акт, төлөө мөөнөтү, айып пулдар"],
                    "ru": ["Нет", "Только оплата", "Акт, сроки оплаты, штрафы"],
                    "en": ["Missing", "Payment only", "Acceptance record, payment terms, fines"],
                },
            },
        ],
    },
    # The demo learner's work, handed in yesterday and waiting to be graded.
    "learner": {
        "days_ago": 1,
        "text": (
            "Кызмат: катуу тиричилик таштандыларын чогултуу жана чыгаруу.\n"
            "Аймак: айыл аймагынын 3 айылы, 1 850 үй чарба, 42 көчө.\n"
            "Көлөм: жылына болжол менен 2 400 куб метр.\n"
            "График: ар бир көчөдөн жумасына бир жолу, саат 8:00дөн 14:00гө чейин; "
            "базардан күн сайын.\n"
            "Сапат: контейнердин жанында таштанды калбашы керек; өткөрүлүп кеткен көчөдөн "
            "таштанды 24 сааттын ичинде алынат.\n"
            "Даттануу: айыл өкмөтүнүн телефону жана мессенджер тобу; жооп 2 жумуш күнүндө.\n"
            "Кабыл алуу: ай сайын акт түзүлөт, төлөм 10 жумуш күнүнүн ичинде."
        ),
        "file_name": "Техникалык тапшырма - долбоор.pdf",
        "file_lines": [
            "Technical specification (draft)",
            "Service: solid waste collection and removal",
            "Area: 3 villages, 1,850 households, 42 streets",
            "Schedule: every street once a week, the market daily",
            "Acceptance: monthly record, payment within 10 working days",
        ],
    },
}

ACTION_PLAN = {
    "course": "intermunicipal-cooperation",
    "lesson": "writing-the-action-plan",
    "title": {
        "ky": "Кластериңиздин кызмат жакшыртуу аракеттер планынын (КЖАП) схемасын түзүңүз",
        "ru": "Составьте схему плана действий по улучшению услуги (КЖАП) вашего кластера",
        "en": "Outline your cluster's service improvement action plan",
    },
    "instructions": {
        "ky": (
            "<p>Кластериңиз жакшырткысы келген бир кызматты тандап, КЖАПтын схемасын "
            "жазыңыз. Грант сынагында тогуз кластердин бешөө 5 000 000 сомдон утуп алган: "
            "комиссия ушундай план менен баалайт.</p>"
            "<ol><li>Кызматтын азыркы абалы жана муктаждыктар (сандар менен).</li>"
            "<li>Жарандардын пикири кантип чогултулду.</li>"
            "<li>Иш-чаралар, мөөнөттөр, бюджет жана ким эмнеге жооп берет.</li>"
            "<li>Натыйжаны өлчөөчү индикаторлор.</li></ol>"
        ),
        "ru": (
            "<p>Выберите одну услугу, которую ваш кластер хочет улучшить, и напишите схему "
            "КЖАП. В конкурсе грантов пять кластеров из девяти получили по 5 000 000 сомов: "
            "комиссия оценивает именно такой план.</p>"
            "<ol><li>Текущее состояние услуги и потребности (в цифрах).</li>"
            "<li>Как собрано мнение жителей.</li>"
            "<li>Мероприятия, сроки, бюджет и кто за что отвечает.</li>"
            "<li>Индикаторы, по которым измеряется результат.</li></ol>"
        ),
        "en": (
            "<p>Choose one service your cluster wants to improve and outline its action plan. "
            "In the grant competition five clusters out of nine won 5,000,000 som each: the "
            "committee scores a plan like this one.</p>"
            "<ol><li>The service today and what is needed (in figures).</li>"
            "<li>How residents' views were collected.</li>"
            "<li>Activities, timeline, budget and who is responsible for what.</li>"
            "<li>Indicators that measure the result.</li></ol>"
        ),
    },
    "settings": {
        "word_limit": 800,
        "file_types": "pdf, docx, xlsx",
        "max_files": 3,
        "max_file_mb": 10,
        "release_at_once": True,
        "completion": "submit",
    },
    "dates": {"opens": -30, "due": -5, "cutoff": None},
    "rubric": {
        "title": {
            "ky": "КЖАПтын схемасы",
            "ru": "Схема КЖАП",
            "en": "Action plan outline",
        },
        "criteria": [
            {
                "ky": "Кызматтын абалы жана муктаждыктар сандар менен",
                "ru": "Состояние услуги и потребности в цифрах",
                "en": "The service and its needs, in figures",
                "levels": {
                    "ky": ["Жок", "Сандарсыз сүрөттөлгөн", "Сандар жана булактар менен"],
                    "ru": ["Нет", "Описаны без цифр", "С цифрами и источниками"],
                    "en": ["Missing", "Described without figures", "With figures and sources"],
                },
            },
            {
                "ky": "Жарандардын пикири",
                "ru": "Мнение жителей",
                "en": "Residents' views",
                "levels": {
                    "ky": ["Жок", "Бир жолку жолугушуу", "Угуулар жана сурамжылоо, натыйжалары"],
                    "ru": ["Нет", "Одна встреча", "Слушания и опрос, их итоги"],
                    "en": ["Missing", "One meeting", "Hearings and a survey, with results"],
                },
            },
            {
                "ky": "Иш-чаралар, бюджет жана жоопкерчилик мүчөлөр ортосунда бөлүштүрүлгөн",
                "ru": "Мероприятия, бюджет и ответственность распределены между участниками",
                "en": "Activities, budget and responsibilities are shared among the members",
                "levels": {
                    "ky": ["Жок", "Бюджетсиз тизме", "Мөөнөт, сумма жана жооптуу ар бирине"],
                    "ru": ["Нет", "Список без бюджета", "Срок, сумма и ответственный у каждого"],
                    "en": ["Missing", "A list without a budget", "Each with date, sum, owner"],
                },
            },
            {
                "ky": "Натыйжанын индикаторлору",
                "ru": "Индикаторы результата",
                "en": "Result indicators",
                "levels": {
                    "ky": ["Жок", "Өлчөнбөйт", "Баштапкы жана максаттуу маанилер"],
                    "ru": ["Нет", "Неизмеримы", "Базовые и целевые значения"],
                    "en": ["Missing", "Not measurable", "Baseline and target values"],
                },
            },
        ],
    },
    # Handed in before the due date, graded by the trainer and released.
    "learner": {
        "days_ago": 7,
        "text": (
            "Кызмат: үч айыл аймагынын кластери үчүн таштанды чыгаруу.\n"
            "Азыркы абал: 6 200 үй чарбанын 35 пайызы гана кызматка туташкан; "
            "мыйзамсыз таштанды төгүлгөн 11 жер бар.\n"
            "Жарандардын пикири: үч айылда коомдук угуу өттү, 240 адам катышты.\n"
            "Иш-чаралар: атайын унаа сатып алуу (грант), контейнер аянтчаларын куруу, "
            "тарифти макулдашуу; ар бир айыл аймагы өз үлүшүн бюджетке киргизет.\n"
            "Индикатор: эки жылда туташкан үй чарбалардын үлүшү 35 пайыздан 80 пайызга чейин."
        ),
        "file_name": "КЖАП схемасы.pdf",
        "file_lines": [
            "Service improvement action plan (outline)",
            "Cluster of three ayil aimaks: solid waste collection",
            "Households served today: 35% of 6,200",
            "Target in two years: 80%",
        ],
    },
    "grade": {
        "levels": [2, 1, 2, 1],  # index of the chosen level per criterion: 5 + 3 + 5 + 3 = 16
        "comments": [
            "Сандар так жана булагы көрсөтүлгөн.",
            "Угуулар жакшы; сурамжылоо кошсоңуз, пикир толугураак болот.",
            "Ар бир иш-чаранын мөөнөтү, суммасы жана жооптуусу бар.",
            "Баштапкы маани бар, бирок аралык максаттарды да жазыңыз.",
        ],
        "feedback": (
            "Жакшы план: муктаждыктар сандар менен, бюджет мүчөлөр ортосунда так бөлүнгөн. "
            "Жарандардын пикирин сурамжылоо менен толуктап, индикаторго жыл сайынкы "
            "максаттарды кошуңуз. Тиркелген файлда кошумча эскертүүлөр бар."
        ),
        "file_name": "Тренердин эскертүүлөрү.pdf",
        "file_lines": [
            "Trainer's notes on the action plan",
            "1. Add a short household survey to the hearings",
            "2. Give yearly targets: 50% after one year, 80% after two",
        ],
    },
}

ASSIGNMENTS = [SPECIFICATION, ACTION_PLAN]
