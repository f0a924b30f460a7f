"""Demo quizzes, two per demo course, written from the lessons' content; data only.

Texts are {language: text}; `ky` is required, `ru` and `en` fill the translation columns.
Options: `f` is the fraction of the points, `n`/`tol` a numerical answer, `m` a matching pair's
right-hand side (a pair with no `t` is a distractor).
"""

QUIZZES = [
    {
        "course": "private-sector-services",
        "lesson": "what-services-can-be-contracted",
        "title": {
            "ky": "Текшерүү: кайсы кызматтарды берсе болот",
            "ru": "Проверка: какие услуги можно передать",
            "en": "Check: which services can be contracted",
        },
        "settings": {"pass_mark": 60, "attempts_allowed": 3, "review": "after_attempt"},
        "questions": [
            {
                "type": "single",
                "text": {
                    "ky": (
                        "Кызматты жеке операторго келишим менен бергенде айыл өкмөтү ким болуп "
                        "калат?"
                    ),
                    "ru": (
                        "Кем становится айыл окмоту, передав услугу частному оператору по договору?"
                    ),
                    "en": "What does the ayil okmotu become when it contracts a service out?",
                },
                "feedback": {
                    "ky": "Жыйынтык үчүн жоопкерчилик муниципалитетте калат.",
                    "ru": "Ответственность за результат остаётся за муниципалитетом.",
                    "en": "The municipality stays responsible for the result.",
                },
                "options": [
                    {
                        "t": {
                            "ky": (
                                "Буйрутмачы: керектүүнү аныктайт, операторду тандайт, төлөйт жана "
                                "сапатын текшерет"
                            ),
                            "ru": (
                                "Заказчиком: определяет потребность, выбирает оператора, платит и "
                                "проверяет качество"
                            ),
                            "en": (
                                "The client: it sets the need, chooses the operator, pays and "
                                "checks quality"
                            ),
                        },
                        "f": 1,
                    },
                    {
                        "t": {
                            "ky": "Кызматтан толугу менен четтейт",
                            "ru": "Полностью устраняется от услуги",
                            "en": "It steps away from the service entirely",
                        },
                        "f": 0,
                        "fb": {
                            "ky": "Жок: муниципалитет жыйынтыкка жооп берет.",
                            "ru": "Нет: муниципалитет отвечает за результат.",
                            "en": "No: the municipality answers for the result.",
                        },
                    },
                    {
                        "t": {
                            "ky": "Оператордун субподрядчиги",
                            "ru": "Субподрядчиком оператора",
                            "en": "The operator's subcontractor",
                        },
                        "f": 0,
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "text": {
                    "ky": (
                        "Сабактагы мисалдарга ылайык, кайсы кызматтарды жеке операторго берүүгө "
                        "болот?"
                    ),
                    "ru": "Какие услуги, по примерам урока, можно передать частному оператору?",
                    "en": "Which services, by the lesson's examples, can go to a private operator?",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Таштанды чогултуу жана чыгаруу",
                            "ru": "Сбор и вывоз отходов",
                            "en": "Waste collection and removal",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Көчөлөрдү жарыктандыруу",
                            "ru": "Освещение улиц",
                            "en": "Street lighting",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Ветеринардык кызмат",
                            "ru": "Ветеринарные услуги",
                            "en": "Veterinary services",
                        },
                        "f": "0.33334",
                    },
                    {
                        "t": {
                            "ky": "Айылдык кеңештин бюджетин бекитүү",
                            "ru": "Утверждение бюджета айылного кенеша",
                            "en": "Approving the ayil kenesh's budget",
                        },
                        "f": "-0.5",
                        "fb": {
                            "ky": (
                                "Бюджетти бекитүү кеңештин ыйгарым укугу, аны операторго берүүгө "
                                "болбойт."
                            ),
                            "ru": (
                                "Утверждение бюджета — полномочие кенеша, его нельзя передать "
                                "оператору."
                            ),
                            "en": (
                                "Approving the budget is the council's power; it cannot be "
                                "contracted."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "truefalse",
                "correct": False,
                "text": {
                    "ky": (
                        "Муниципалитет ар бир кызматты өз кызматкерлери жана өз техникасы менен "
                        "гана көрсөтүүгө милдеттүү."
                    ),
                    "ru": (
                        "Муниципалитет обязан оказывать каждую услугу только своими сотрудниками и"
                        " своей техникой."
                    ),
                    "en": (
                        "A municipality must deliver every service with its own staff and "
                        "equipment."
                    ),
                },
                "feedback": {
                    "ky": "Күнүмдүк ишти келишим боюнча ишкер аткарса болот.",
                    "ru": "Повседневную работу может выполнять предприниматель по договору.",
                    "en": "A contractor may do the day-to-day work.",
                },
            },
            {
                "type": "numerical",
                "text": {
                    "ky": (
                        "USAID каржылаган «Ийгиликтүү аймак» долбоорунда (2016–2021) канча өнөктөш"
                        " муниципалитет кызматтарды жаңыча уюштурган?"
                    ),
                    "ru": (
                        "Сколько муниципалитетов-партнёров проекта USAID «Успешный аймак» "
                        "(2016–2021) по-новому организовали услуги?"
                    ),
                    "en": (
                        "How many partner municipalities of USAID's Successful Aimak project "
                        "(2016–2021) reorganised their services?"
                    ),
                },
                "options": [{"n": 16, "tol": 0, "f": 1}],
            },
            {
                "type": "matching",
                "text": {
                    "ky": (
                        "Кызматты анын сапатын текшерүүдө айыл өкмөтү эмнеге көңүл бурарына дал "
                        "келтириңиз."
                    ),
                    "ru": "Сопоставьте услугу с тем, что проверяет айыл окмоту.",
                    "en": "Match each service to what the ayil okmotu checks.",
                },
                "options": [
                    {
                        "t": {"ky": "Көчө жарыгы", "ru": "Освещение улиц", "en": "Street lighting"},
                        "m": {
                            "ky": "Иштеп жаткан чырактардын үлүшү",
                            "ru": "Доля работающих светильников",
                            "en": "Share of working lamps",
                        },
                    },
                    {
                        "t": {
                            "ky": "Ветеринардык кызмат",
                            "ru": "Ветеринарные услуги",
                            "en": "Veterinary services",
                        },
                        "m": {
                            "ky": "Эмдөө планы жана отчёттордун тактыгы",
                            "ru": "План вакцинации и достоверность отчётов",
                            "en": "Vaccination plan and honest reports",
                        },
                    },
                    {
                        "t": {
                            "ky": "Жаштар спорту",
                            "ru": "Молодёжный спорт",
                            "en": "Youth sports",
                        },
                        "m": {
                            "ky": "Катышуучулардын саны жана сабактардын сапаты",
                            "ru": "Число участников и качество занятий",
                            "en": "Number of participants and quality of sessions",
                        },
                    },
                    {
                        "m": {
                            "ky": "Салыктын ставкасы",
                            "ru": "Ставка налога",
                            "en": "The tax rate",
                        },
                    },
                ],
            },
        ],
    },
    {
        "course": "private-sector-services",
        "lesson": "tendering-and-contract-terms",
        "title": {
            "ky": "Текшерүү: тендер жана келишим",
            "ru": "Проверка: тендер и договор",
            "en": "Check: tender and contract",
        },
        "settings": {
            "pass_mark": 70,
            "attempts_allowed": 0,
            "review": "after_pass",
            "time_limit_minutes": 15,
        },
        "questions": [
            {
                "type": "single",
                "text": {
                    "ky": "Жеке оператор кайсы мыйзамдын талаптары боюнча тандалат?",
                    "ru": "По требованиям какого закона выбирается частный оператор?",
                    "en": "Under which law is the private operator chosen?",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Мамлекеттик сатып алуулар жөнүндө мыйзам",
                            "ru": "Закон о государственных закупках",
                            "en": "The public procurement law",
                        },
                        "f": 1,
                    },
                    {
                        "t": {
                            "ky": "Салык кодекси",
                            "ru": "Налоговый кодекс",
                            "en": "The tax code",
                        },
                        "f": 0,
                    },
                    {
                        "t": {
                            "ky": "Эч кандай мыйзам талап кылынбайт",
                            "ru": "Закон не требуется",
                            "en": "No law applies",
                        },
                        "f": 0,
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "text": {
                    "ky": "Келишимде сөзсүз эмнелер болушу керек?",
                    "ru": "Что обязательно должно быть в договоре?",
                    "en": "What must the contract contain?",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Кызматтын көлөмү жана сапат көрсөткүчтөрү",
                            "ru": "Объём услуги и показатели качества",
                            "en": "Scope and quality indicators",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Баасы, төлөөнүн тартиби жана мөөнөттөрү",
                            "ru": "Цена, порядок и сроки оплаты",
                            "en": "Price, payment terms and dates",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Тургундардын арыздарын кароо тартиби",
                            "ru": "Порядок рассмотрения жалоб жителей",
                            "en": "How residents' complaints are handled",
                        },
                        "f": "0.33334",
                    },
                    {
                        "t": {
                            "ky": "Бүт сумманы алдын ала төлөө милдети",
                            "ru": "Обязанность оплатить всю сумму вперёд",
                            "en": "A duty to pay everything in advance",
                        },
                        "f": "-0.5",
                    },
                ],
            },
            {
                "type": "truefalse",
                "correct": True,
                "text": {
                    "ky": (
                        "Бир эле ишкер жыл сайын атаандашсыз утуп жатса, бул коррупциянын белгиси "
                        "болушу мүмкүн."
                    ),
                    "ru": (
                        "Если один и тот же предприниматель из года в год побеждает без "
                        "конкурентов, это может быть признаком коррупции."
                    ),
                    "en": (
                        "The same contractor winning unopposed year after year may be a sign of "
                        "corruption."
                    ),
                },
            },
            {
                "type": "short",
                "text": {
                    "ky": (
                        "Тургундар операторго бекитилген тариф боюнча төлөгөн кызматтын бир "
                        "мисалын жазыңыз (бир-эки сөз)."
                    ),
                    "ru": (
                        "Назовите одну услугу, которую жители оплачивают оператору по "
                        "утверждённому тарифу (одно-два слова)."
                    ),
                    "en": (
                        "Name one service that residents pay the operator for at an approved "
                        "tariff (a word or two)."
                    ),
                },
                # Patterns with * take any ending and the words around ("вывоз мусора").
                "options": [
                    {"t": {"ky": "*таштанды*", "ru": "*отход*", "en": "*waste*"}, "f": 1},
                    {"t": {"ky": "*акыр-чикир*", "ru": "*мусор*", "en": "*garbage*"}, "f": 1},
                    {"t": {"ky": "*ветеринар*", "ru": "*ветеринар*", "en": "*veterinar*"}, "f": 1},
                    {"t": {"ky": "*мал доктур*", "ru": "ТБО*", "en": "*rubbish*"}, "f": 1},
                    {"t": {"ky": "*акыр чикир*", "ru": "* ТБО*", "en": "vet*"}, "f": 1},
                    {"t": {"ky": "*мал дарыгер*", "ru": "*ветврач*", "en": "*trash*"}, "f": 1},
                    {"t": {"ky": "*малдарды дарыла*", "ru": "*ветуслуг*", "en": "* vet*"}, "f": 1},
                ],
                "model_answer": {
                    "ky": "Таштанды чыгаруу же ветеринардык кызмат",
                    "ru": "Вывоз мусора (отходов) или ветеринарные услуги",
                    "en": "Waste collection or veterinary services",
                },
            },
            {
                "type": "matching",
                "text": {
                    "ky": "Төлөө моделин анын мисалына дал келтириңиз.",
                    "ru": "Сопоставьте модель оплаты с примером.",
                    "en": "Match each payment model to an example.",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Муниципалитет төлөйт",
                            "ru": "Платит муниципалитет",
                            "en": "The municipality pays",
                        },
                        "m": {"ky": "Көчө жарыгы", "ru": "Освещение улиц", "en": "Street lighting"},
                    },
                    {
                        "t": {
                            "ky": "Тургундар төлөйт",
                            "ru": "Платят жители",
                            "en": "Residents pay",
                        },
                        "m": {
                            "ky": "Таштанды чыгаруу",
                            "ru": "Вывоз отходов",
                            "en": "Waste removal",
                        },
                    },
                    {
                        "t": {"ky": "Аралаш", "ru": "Смешанная", "en": "Mixed"},
                        "m": {
                            "ky": "Жаштар спорту",
                            "ru": "Молодёжный спорт",
                            "en": "Youth sports",
                        },
                    },
                ],
            },
        ],
    },
    {
        "course": "intermunicipal-cooperation",
        "lesson": "forming-a-cluster",
        "title": {
            "ky": "Текшерүү: кластерди түзүү",
            "ru": "Проверка: создание кластера",
            "en": "Check: forming a cluster",
        },
        "settings": {
            "pass_mark": 60,
            "attempts_allowed": 2,
            "review": "after_attempt",
            "grading_method": "highest",
        },
        "questions": [
            {
                "type": "multiple",
                "points": 2,
                "text": {
                    "ky": "Кластердин өнөктөштөрүн тандоодо эмнени текшерүү керек?",
                    "ru": "Что нужно проверить при выборе партнёров по кластеру?",
                    "en": "What should you check when choosing cluster partners?",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Айылдардын ортосунда жыл бою өтүүчү жол барбы",
                            "ru": "Есть ли между сёлами дорога, проезжая круглый год",
                            "en": "Whether a year-round road links the villages",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Баарынын муктаждыгы бирдейби",
                            "ru": "Есть ли общая потребность",
                            "en": "Whether they share the need",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": (
                                "Ар бир айылдык кеңеш кызматташтыкты токтом менен колдоого даярбы"
                            ),
                            "ru": (
                                "Готов ли каждый айылный кенеш одобрить сотрудничество "
                                "постановлением"
                            ),
                            "en": "Whether each council will back the cooperation by a resolution",
                        },
                        "f": "0.33334",
                    },
                    {
                        "t": {
                            "ky": "Грант алууга мүмкүнчүлүк гана",
                            "ru": "Только возможность получить грант",
                            "en": "Only the chance of a grant",
                        },
                        "f": "-0.5",
                        "fb": {
                            "ky": "Грант бүткөндөн кийин да кызматты улантуу керек.",
                            "ru": "Услугу придётся вести и после гранта.",
                            "en": "The service must go on after the grant.",
                        },
                    },
                ],
            },
            {
                "type": "numerical",
                "text": {
                    "ky": "Кызыл-Суу кластерине канча айыл аймагы кирет?",
                    "ru": "Сколько айылных аймаков входит в кластер Кызыл-Суу?",
                    "en": "How many ayil aimaks are in the Kyzyl-Suu cluster?",
                },
                "options": [{"n": 5, "tol": 0, "f": 1}],
            },
            {
                "type": "single",
                "text": {
                    "ky": (
                        "Кызматташтык туруктуу болушу үчүн ар бир айылдык кеңеш эмнени кабыл алышы"
                        " керек?"
                    ),
                    "ru": (
                        "Что должен принять каждый айылный кенеш, чтобы сотрудничество было "
                        "устойчивым?"
                    ),
                    "en": "What must each ayil kenesh adopt for the cooperation to last?",
                },
                "options": [
                    {"t": {"ky": "Токтом", "ru": "Постановление", "en": "A resolution"}, "f": 1},
                    {
                        "t": {
                            "ky": "Оозеки макулдашуу",
                            "ru": "Устную договорённость",
                            "en": "A verbal agreement",
                        },
                        "f": 0,
                    },
                    {"t": {"ky": "Эч нерсе", "ru": "Ничего", "en": "Nothing"}, "f": 0},
                ],
            },
            {
                "type": "truefalse",
                "correct": False,
                "text": {
                    "ky": "Кластерди грант алуу үчүн гана түзсө жетиштүү.",
                    "ru": "Кластер достаточно создать только ради гранта.",
                    "en": "It is enough to form a cluster just for a grant.",
                },
                "feedback": {
                    "ky": "Грант бүткөндө да машинаны майлап, айдоочуга айлык төлөш керек.",
                    "ru": "После гранта машину всё равно нужно заправлять, а водителю платить.",
                    "en": "After the grant the truck still needs fuel and the driver a wage.",
                },
            },
            {
                "type": "short",
                "text": {
                    "ky": "Достук кластерине Достуктан тышкары кайсы айыл аймагы кирет?",
                    "ru": "Какой айылный аймак, кроме Достука, входит в кластер Достук?",
                    "en": "Which ayil aimak besides Dostuk is in the Dostuk cluster?",
                },
                "options": [
                    {"t": {"ky": "Бүргөндү", "ru": "Бургонду", "en": "Burgondu"}, "f": 1},
                    {"t": {"ky": "*Бүргөндү*", "ru": "*Бургонд*", "en": "*Burgond*"}, "f": 1},
                ],
                "model_answer": {"ky": "Бүргөндү", "ru": "Бургонду", "en": "Burgondu"},
            },
        ],
    },
    {
        "course": "intermunicipal-cooperation",
        "lesson": "grant-competition",
        "title": {
            "ky": "Текшерүү: грант сынагы",
            "ru": "Проверка: грантовый конкурс",
            "en": "Check: the grant competition",
        },
        "settings": {
            "pass_mark": 60,
            "attempts_allowed": 0,
            "review": "after_attempt",
            "grading_method": "last",
        },
        "questions": [
            {
                "type": "numerical",
                "text": {
                    "ky": "2020-жылдагы КЖАП сынагына канча кластер катышкан?",
                    "ru": "Сколько кластеров участвовало в конкурсе КЖАП 2020 года?",
                    "en": "How many clusters took part in the 2020 action-plan competition?",
                },
                "options": [{"n": 9, "tol": 0, "f": 1}],
            },
            {
                "type": "numerical",
                "text": {
                    "ky": "Ар бир жеңүүчү кластер канча миллион сомдук грант сертификатын алган?",
                    "ru": (
                        "На сколько миллионов сомов получил грантовый сертификат каждый кластер-"
                        "победитель?"
                    ),
                    "en": (
                        "How many million som was each winning cluster's grant certificate worth?"
                    ),
                },
                "options": [{"n": 5, "tol": 0, "f": 1}],
            },
            {
                "type": "single",
                "text": {
                    "ky": (
                        "«Жергиликтүү деңгээлде кызматтарды жакшыртуу» долбоорун кайсы өлкөнүн "
                        "Өкмөтү каржылаган?"
                    ),
                    "ru": (
                        "Правительство какой страны финансировало проект «Улучшение услуг на "
                        "местном уровне»?"
                    ),
                    "en": "Which country's government funded the Improving Local Services project?",
                },
                "options": [
                    {"t": {"ky": "Швейцария", "ru": "Швейцария", "en": "Switzerland"}, "f": 1},
                    {"t": {"ky": "Германия", "ru": "Германия", "en": "Germany"}, "f": 0},
                    {"t": {"ky": "Япония", "ru": "Япония", "en": "Japan"}, "f": 0},
                ],
            },
            {
                "type": "matching",
                "text": {
                    "ky": "Кластерди анын мүчөлөрүнө дал келтириңиз.",
                    "ru": "Сопоставьте кластер с его участниками.",
                    "en": "Match each cluster to its members.",
                },
                "options": [
                    {
                        "t": {"ky": "Достук", "ru": "Достук", "en": "Dostuk"},
                        "m": {
                            "ky": "Достук, Бургонду",
                            "ru": "Достук, Бургонду",
                            "en": "Dostuk, Burgondu",
                        },
                    },
                    {
                        "t": {"ky": "Кенеш", "ru": "Кенеш", "en": "Kenesh"},
                        "m": {
                            "ky": "Кенеш, Бешик-Жон, Масы",
                            "ru": "Кенеш, Бешик-Джон, Масы",
                            "en": "Kenesh, Beshik-Jon, Masy",
                        },
                    },
                    {
                        "t": {"ky": "Кызыл-Суу", "ru": "Кызыл-Суу", "en": "Kyzyl-Suu"},
                        "m": {
                            "ky": "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан",
                            "ru": "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан",
                            "en": "Kyzyl-Suu, Orgochor, Svetlaya Polyana, Saruu, Darkhan",
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "text": {
                    "ky": "Арызды берээрден мурун эмнени текшерүү керек?",
                    "ru": "Что нужно проверить перед подачей заявки?",
                    "en": "What should you check before applying?",
                },
                "options": [
                    {
                        "t": {
                            "ky": "Муктаждык сандар менен көрсөтүлгөнбү",
                            "ru": "Показана ли потребность в цифрах",
                            "en": "Whether the need is shown in figures",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Ар бир катышуучунун салымы кеңештин токтому менен бекитилгенби",
                            "ru": "Утверждён ли вклад каждого участника постановлением кенеша",
                            "en": "Whether each member's share is approved by a council resolution",
                        },
                        "f": "0.33333",
                    },
                    {
                        "t": {
                            "ky": "Гранттан кийинки учурдагы чыгымдар эмне менен жабылары",
                            "ru": "Чем будут покрываться текущие расходы после гранта",
                            "en": "How running costs are covered after the grant",
                        },
                        "f": "0.33334",
                    },
                    {
                        "t": {
                            "ky": "Бюджетте сатып алуулар гана болсо жетиштүү",
                            "ru": "Достаточно, чтобы бюджет включал только закупки",
                            "en": "A budget listing purchases only is enough",
                        },
                        "f": "-0.5",
                    },
                ],
            },
        ],
    },
]
