"""Demo course "Intermunicipal cooperation for better services"; data only, facts from seeds."""

_MODULE_1 = {
    "slug": "why-clusters",
    "text": {
        "ky": {
            "title": "Эмне үчүн кошуналар кластерге биригет",
            "intro": (
                "Бул модулда муниципалитеттер аралык кызматташтыктын маңызын жана кластерди "
                "кантип түзүүнү карайбыз."
            ),
        },
        "ru": {
            "title": "Зачем соседям объединяться в кластер",
            "intro": (
                "В этом модуле разбираем смысл межмуниципального сотрудничества и то, "
                "как создаётся кластер."
            ),
        },
        "en": {
            "title": "Why neighbours join a cluster",
            "intro": (
                "This module explains the point of intermunicipal cooperation and how a "
                "cluster is formed."
            ),
        },
    },
    "lessons": [
        {
            "slug": "why-neighbours-join-forces",
            "minutes": 15,
            "required": True,
            "preview": True,
            "text": {
                "ky": {
                    "title": "Бир айыл өкмөтү жалгыз көтөрө албаган кызматтар",
                    "summary": (
                        "Кайсы кызматтарды кошуналар менен бирге көрсөткөн пайдалуу жана "
                        "кластер эмне берет."
                    ),
                    "body": [
                        ("heading", "Кичинекей бюджет, чоң чыгым"),
                        (
                            "paragraph",
                            "<p>Көпчүлүк айыл аймактарында калк бир нече миң гана адам. "
                            "Мындай муниципалитет үчүн таштанды ташуучу унааны сатып алуу, "
                            "полигонду жабдуу же суу тартуучу курулманы оңдоо бир жылдык "
                            "бюджеттин чоң бөлүгүн жутуп коёт. Сатылып алынган унаа болсо "
                            "жумасына эки-үч күн гана иштеп, калган убакта бош турат.</p>"
                            "<p>Кошуна айыл өкмөттөрү ошол эле көйгөйгө туш болушат. "
                            "Эгер алар биригип, бир унааны, бир полигонду жана бир "
                            "операторду бөлүшсө, ар бири азыраак төлөп, кызматтын сапаты "
                            "жогорулайт. Мына ушул <strong>муниципалитеттер аралык "
                            "кызматташтык</strong> деп аталат.</p>",
                        ),
                        (
                            "quote",
                            {"text": "Жалгыз дарак токой болбойт.", "attribution": "Кыргыз макалы"},
                        ),
                        (
                            "table",
                            {
                                "caption": "Жалгыз иштөө менен кластердин айырмасы",
                                "header": ["Маселе", "Ар бир АӨ өзүнчө", "Кластер аркылуу"],
                                "rows": [
                                    [
                                        "Техника",
                                        "Ар бири өз унаасын алат, ал толук жүктөлбөйт",
                                        "Бир-эки унаа графиги менен бардык айылдарды тейлейт",
                                    ],
                                    [
                                        "Адистер",
                                        "Ар бир АӨдө бир адам бир нече милдетти аткарат",
                                        "Бир тажрыйбалуу оператор же адис бир нече АӨгө иштейт",
                                    ],
                                    [
                                        "Полигон, суу булагы",
                                        "Чек арада талаш-тартыш чыгат",
                                        "Жалпы объект бирге пайдаланылат жана кароодо турат",
                                    ],
                                    [
                                        "Каржылоо",
                                        "Донорлор майда долбоорлорду сейрек колдойт",
                                        "Кластер ири грант сынактарына катыша алат",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Муниципалитеттер аралык кызматташтык",
                                    "definition": (
                                        "Эки же андан көп муниципалитеттин жергиликтүү "
                                        "маанидеги кызматты макулдашуу негизинде бирге "
                                        "уюштуруусу."
                                    ),
                                },
                                {
                                    "term": "Кластер",
                                    "definition": (
                                        "Бир кызматты бирге көрсөтүү үчүн биригишкен "
                                        "кошуна муниципалитеттердин тобу."
                                    ),
                                },
                                {
                                    "term": "КЖАП",
                                    "definition": (
                                        "Кызмат жакшыртуу аракеттер планы: кластер кызматты "
                                        "кантип, качан жана кандай каражатка жакшыртарын "
                                        "көрсөткөн документ."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Жалал-Абад, 2019-жылдын июлу",
                                "text": (
                                    "<p>Швейцария Өкмөтү каржылаган «Жергиликтүү деңгээлде "
                                    "кызмат көрсөтүүлөрдү жакшыртуу» долбоорунун экинчи "
                                    "фазасы 2019-жылдын 10-июлунда Жалал-Абадда кириш "
                                    "семинары менен башталган. Ага 87 адам, анын ичинде "
                                    "облустун сегиз районунун тең башчылары катышкан. "
                                    "Кенеш жана Бешик-Жон айыл өкмөттөрүнүн башчылары "
                                    "пилоттук тажрыйбасы менен бөлүшкөн. Катышуучуларды "
                                    "баарынан көбүрөөк муниципалитеттер аралык "
                                    "кызматташтык кызыктырган.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "cluster",
                                "alt": "Бир кызмат менен байланышкан үч айылдын схемасы",
                                "caption": "Кластерде бир ресурс бир нече айылга кызмат кылат.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Кызматты тандоодо үч суроо",
                                "text": (
                                    "<ol><li>Кызмат үчүн кымбат техника же объект керекпи?</li>"
                                    "<li>Кошуналар да ушул эле көйгөйдү башынан "
                                    "өткөрүп жатабы?</li>"
                                    "<li>Айылдардын ортосунда жол жана жүрүү аралыгы "
                                    "кызматты бирге көрсөтүүгө мүмкүндүк береби?</li></ol>"
                                    "<p>Үч жооп тең «ооба» болсо, кластер жөнүндө "
                                    "ойлонуунун убагы келди.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Услуги, которые одному айыл окмоту не потянуть",
                    "summary": (
                        "Какие услуги выгодно оказывать вместе с соседями и что даёт кластер."
                    ),
                    "body": [
                        ("heading", "Маленький бюджет, большие расходы"),
                        (
                            "paragraph",
                            "<p>Во многих айылных аймаках живёт всего несколько тысяч человек. "
                            "Для такого муниципалитета покупка мусоровоза, обустройство "
                            "полигона или ремонт водозабора съедают большую часть годового "
                            "бюджета. А купленная машина работает два-три дня в неделю и "
                            "остальное время простаивает.</p>"
                            "<p>У соседних айыл окмоту те же проблемы. Если они объединятся "
                            "и будут вместе пользоваться одной машиной, одним полигоном и "
                            "одним оператором, каждый заплатит меньше, а услуга станет "
                            "лучше. Это и есть <strong>межмуниципальное "
                            "сотрудничество</strong>.</p>",
                        ),
                        (
                            "quote",
                            {
                                "text": "Одно дерево — ещё не лес.",
                                "attribution": "Кыргызская пословица",
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Чем работа в одиночку отличается от кластера",
                                "header": ["Вопрос", "Каждый АО отдельно", "Через кластер"],
                                "rows": [
                                    [
                                        "Техника",
                                        "Каждый покупает свою машину, она недогружена",
                                        "Одна-две машины по графику обслуживают все сёла",
                                    ],
                                    [
                                        "Специалисты",
                                        "В каждом АО один человек совмещает много функций",
                                        "Один опытный оператор или специалист работает на "
                                        "несколько АО",
                                    ],
                                    [
                                        "Полигон, водоисточник",
                                        "На границе возникают споры",
                                        "Общий объект используется совместно и "
                                        "содержится в порядке",
                                    ],
                                    [
                                        "Финансирование",
                                        "Доноры редко поддерживают мелкие проекты",
                                        "Кластер может участвовать в крупных грантовых конкурсах",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Межмуниципальное сотрудничество",
                                    "definition": (
                                        "Совместная организация услуги местного значения "
                                        "двумя или более муниципалитетами на основе "
                                        "соглашения."
                                    ),
                                },
                                {
                                    "term": "Кластер",
                                    "definition": (
                                        "Группа соседних муниципалитетов, объединившихся "
                                        "для совместного оказания услуги."
                                    ),
                                },
                                {
                                    "term": "КЖАП",
                                    "definition": (
                                        "План действий по улучшению услуги: документ о том, "
                                        "как, когда и на какие средства кластер улучшит "
                                        "услугу."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Джалал-Абад, июль 2019 года",
                                "text": (
                                    "<p>Вторая фаза проекта «Улучшение услуг на местном "
                                    "уровне», финансируемого Правительством Швейцарии, "
                                    "началась 10 июля 2019 года с вводного семинара в "
                                    "Джалал-Абаде. В нём участвовали 87 человек, в том "
                                    "числе главы всех восьми районов области. Главы "
                                    "айыл окмоту Кенеш и Бешик-Джон рассказали о своём "
                                    "пилотном опыте. Сильнее всего участников "
                                    "заинтересовала тема межмуниципального "
                                    "сотрудничества.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "cluster",
                                "alt": "Схема трёх сёл, связанных одной услугой",
                                "caption": "В кластере один ресурс обслуживает несколько сёл.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Три вопроса при выборе услуги",
                                "text": (
                                    "<ol><li>Нужна ли для услуги дорогая техника или "
                                    "объект?</li>"
                                    "<li>Сталкиваются ли соседи с той же проблемой?</li>"
                                    "<li>Позволяют ли дороги и расстояния между сёлами "
                                    "оказывать услугу вместе?</li></ol>"
                                    "<p>Если на все три вопроса ответ «да», пора "
                                    "подумать о кластере.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Services one ayil okmotu cannot carry alone",
                    "summary": (
                        "Which services are worth delivering with neighbours and what a "
                        "cluster brings."
                    ),
                    "body": [
                        ("heading", "Small budget, big costs"),
                        (
                            "paragraph",
                            "<p>Many ayil aimaks have only a few thousand residents. For such "
                            "a municipality, buying a waste truck, equipping a landfill or "
                            "repairing a water intake takes a large share of the annual "
                            "budget. And the truck, once bought, works two or three days a "
                            "week and stands idle the rest of the time.</p>"
                            "<p>The neighbouring ayil okmotu face the same problems. If they "
                            "join forces and share one truck, one landfill and one operator, "
                            "each pays less and the service gets better. This is "
                            "<strong>intermunicipal cooperation</strong>.</p>",
                        ),
                        (
                            "quote",
                            {
                                "text": "One tree does not make a forest.",
                                "attribution": "Kyrgyz proverb",
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Working alone compared with working as a cluster",
                                "header": ["Issue", "Each AO on its own", "Through a cluster"],
                                "rows": [
                                    [
                                        "Equipment",
                                        "Each buys its own truck, which is under-used",
                                        "One or two trucks serve all villages on a schedule",
                                    ],
                                    [
                                        "Specialists",
                                        "In each AO one person juggles many duties",
                                        "One experienced operator or specialist serves several AOs",
                                    ],
                                    [
                                        "Landfill, water source",
                                        "Disputes arise at the boundary",
                                        "A shared facility is used jointly and kept in order",
                                    ],
                                    [
                                        "Funding",
                                        "Donors rarely support very small projects",
                                        "A cluster can enter larger grant competitions",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Intermunicipal cooperation",
                                    "definition": (
                                        "Two or more municipalities organising a local "
                                        "service together on the basis of an agreement."
                                    ),
                                },
                                {
                                    "term": "Cluster",
                                    "definition": (
                                        "A group of neighbouring municipalities that have "
                                        "joined to deliver a service together."
                                    ),
                                },
                                {
                                    "term": "KZhAP",
                                    "definition": (
                                        "Service improvement action plan: a document saying "
                                        "how, when and with what money the cluster will "
                                        "improve the service."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Jalal-Abad, July 2019",
                                "text": (
                                    "<p>The second phase of the Swiss-funded project "
                                    "“Improving local services” opened on 10 July 2019 with "
                                    "an introductory seminar in Jalal-Abad. It brought "
                                    "together 87 people, including the heads of all eight "
                                    "districts of the region. The heads of Kenesh and "
                                    "Beshik-Jon ayil okmotu spoke about their pilot "
                                    "experience. Intermunicipal cooperation was the topic "
                                    "that interested participants most.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "cluster",
                                "alt": "Diagram of three villages linked by one service",
                                "caption": "In a cluster, one resource serves several villages.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Three questions when choosing a service",
                                "text": (
                                    "<ol><li>Does the service need costly equipment or a "
                                    "facility?</li>"
                                    "<li>Do the neighbours have the same problem?</li>"
                                    "<li>Do the roads and distances between the villages "
                                    "allow a joint service?</li></ol>"
                                    "<p>If all three answers are “yes”, it is time to "
                                    "think about a cluster.</p>"
                                ),
                            },
                        ),
                    ],
                },
            },
        },
        {
            "slug": "forming-a-cluster",
            "minutes": 15,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "Кластерди ким менен жана кантип түзөбүз",
                    "summary": (
                        "Кластердин курамын тандоо, айылдык кеңештердин колдоосу жана "
                        "биринчи жолугушуу."
                    ),
                    "body": [
                        ("heading", "Өнөктөштү тандоонун критерийлери"),
                        (
                            "paragraph",
                            "<p>Кластер кагаз жүзүндө эмес, жолдо жана күнүмдүк иште "
                            "жашайт. Өнөктөштөрдү тандоодо төмөнкүлөрдү текшериңиз:</p>"
                            "<ul><li><strong>География:</strong> айылдардын ортосунда "
                            "жыл бою жүрүүгө жарактуу жол барбы;</li>"
                            "<li><strong>Жалпы муктаждык:</strong> бардык катышуучулар "
                            "бир эле кызматты жакшыртууну каалайбы;</li>"
                            "<li><strong>Ишеним:</strong> башчылардын ортосунда мурда "
                            "бирге иштөө тажрыйбасы барбы;</li>"
                            "<li><strong>Кеңештин колдоосу:</strong> ар бир айылдык "
                            "кеңеш кызматташууну токтом менен жактырууга даярбы.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Ар кандай өлчөмдөгү кластерлер (2020-жылкы сынак)",
                                "header": ["Кластер", "Курамы", "Өзгөчөлүгү"],
                                "rows": [
                                    [
                                        "Достук",
                                        "Достук жана Бүргөндү АА",
                                        "Эки мүчө: тез макулдашат, бирок чыгымды экөө гана көтөрөт",
                                    ],
                                    [
                                        "Кенеш",
                                        "Кенеш, Бешик-Жон, Масы АА",
                                        "Үч мүчө: жүк тең бөлүнөт, башкаруу жөнөкөй",
                                    ],
                                    [
                                        "Кызыл-Суу",
                                        "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан АА",
                                        "Беш мүчө: масштаб чоң, бирок макулдашуу "
                                        "көбүрөөк убакыт талап кылат",
                                    ],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "dostuk-burgondu-cooperation",
                                "note": (
                                    "Эки гана айыл аймагынан турган кластер кантип "
                                    "иштей турганын көрсөтөт."
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "kenesh-cluster-joint-service",
                                "note": (
                                    "Пилоттук тажрыйбасы бар үч айыл аймагы кызматты "
                                    "бирге кантип уюштурганы."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Кластерди грант үчүн гана түзбөңүз",
                                "text": (
                                    "<p>Грант бүткөндөн кийин да унаага күйүүчү май куюп, "
                                    "айдоочуга айлык төлөө керек. Эгер өнөктөштөр кызматты бирге "
                                    "жүргүзүүгө чындап даяр болбосо, кластер биринчи "
                                    "жылы эле тарап кетет. Ар бир айылдык кеңештин "
                                    "токтому жок кызматташуу да туруктуу болбойт.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Биринчи жолугушуунун күн тартиби:</strong></p>"
                            "<ol><li>ар бир АӨ кызматтын азыркы абалын кыскача айтып берет;</li>"
                            "<li>жалпы көйгөй жана максат бир сүйлөм менен жазылат;</li>"
                            "<li>КЖАП боюнча иш тобу түзүлөт (ар бир АӨдөн 1–2 адам);</li>"
                            "<li>жетектөөчү АӨ жана катчы аныкталат;</li>"
                            "<li>айылдык кеңештерге маселе киргизүү мөөнөтү "
                            "белгиленет.</li></ol>",
                        ),
                        (
                            "image",
                            {
                                "motif": "meeting",
                                "alt": "Үстөлдүн тегерегинде отурган айыл өкмөт башчылары",
                                "caption": (
                                    "Биринчи жолугушууда жалпы максат жана иш тобу аныкталат."
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "С кем и как создавать кластер",
                    "summary": (
                        "Выбор состава кластера, поддержка айылных кенешей и первая встреча."
                    ),
                    "body": [
                        ("heading", "Критерии выбора партнёров"),
                        (
                            "paragraph",
                            "<p>Кластер живёт не на бумаге, а на дороге и в повседневной "
                            "работе. При выборе партнёров проверьте:</p>"
                            "<ul><li><strong>Географию:</strong> есть ли между сёлами "
                            "дорога, проезжая круглый год;</li>"
                            "<li><strong>Общую потребность:</strong> хотят ли все "
                            "участники улучшить одну и ту же услугу;</li>"
                            "<li><strong>Доверие:</strong> был ли у глав опыт совместной "
                            "работы;</li>"
                            "<li><strong>Поддержку кенеша:</strong> готов ли каждый "
                            "айылный кенеш одобрить сотрудничество "
                            "постановлением.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Кластеры разного размера (конкурс 2020 года)",
                                "header": ["Кластер", "Состав", "Особенность"],
                                "rows": [
                                    [
                                        "Достук",
                                        "АА Достук и Бургонду",
                                        "Два участника: договариваются быстро, но "
                                        "расходы несут только двое",
                                    ],
                                    [
                                        "Кенеш",
                                        "АА Кенеш, Бешик-Джон, Масы",
                                        "Три участника: нагрузка делится поровну, "
                                        "управление простое",
                                    ],
                                    [
                                        "Кызыл-Суу",
                                        "АА Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан",
                                        "Пять участников: большой масштаб, но на "
                                        "согласование уходит больше времени",
                                    ],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "dostuk-burgondu-cooperation",
                                "note": (
                                    "Показывает, как работает кластер всего из двух "
                                    "айылных аймаков."
                                ),
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "kenesh-cluster-joint-service",
                                "note": (
                                    "Как три айылных аймака с пилотным опытом совместно "
                                    "организовали услугу."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Не создавайте кластер только ради гранта",
                                "text": (
                                    "<p>После окончания гранта машину всё равно нужно "
                                    "заправлять, а водителю платить зарплату. Если "
                                    "партнёры не готовы всерьёз вести услугу вместе, "
                                    "кластер распадётся уже в первый год. Без "
                                    "постановления каждого айылного кенеша "
                                    "сотрудничество тоже не будет устойчивым.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Повестка первой встречи:</strong></p>"
                            "<ol><li>каждый АО кратко описывает нынешнее состояние "
                            "услуги;</li>"
                            "<li>общая проблема и цель записываются одним "
                            "предложением;</li>"
                            "<li>создаётся рабочая группа по КЖАП (1–2 человека от "
                            "каждого АО);</li>"
                            "<li>определяются ведущий АО и секретарь;</li>"
                            "<li>назначается срок внесения вопроса в айылные "
                            "кенеши.</li></ol>",
                        ),
                        (
                            "image",
                            {
                                "motif": "meeting",
                                "alt": "Главы айыл окмоту за общим столом",
                                "caption": (
                                    "На первой встрече определяются общая цель и рабочая группа."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Forming a cluster: with whom and how",
                    "summary": (
                        "Choosing cluster members, getting the ayil keneshes on board and "
                        "the first meeting."
                    ),
                    "body": [
                        ("heading", "Criteria for choosing partners"),
                        (
                            "paragraph",
                            "<p>A cluster lives on the road and in daily work, not on "
                            "paper. When choosing partners, check:</p>"
                            "<ul><li><strong>Geography:</strong> is there a road between "
                            "the villages that is passable all year;</li>"
                            "<li><strong>Shared need:</strong> do all members want to "
                            "improve the same service;</li>"
                            "<li><strong>Trust:</strong> have the heads worked together "
                            "before;</li>"
                            "<li><strong>Kenesh support:</strong> is each ayil kenesh "
                            "ready to approve the cooperation by resolution.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Clusters of different sizes (2020 competition)",
                                "header": ["Cluster", "Members", "What it means"],
                                "rows": [
                                    [
                                        "Dostuk",
                                        "Dostuk and Burgondu AA",
                                        "Two members: quick to agree, but only two share the costs",
                                    ],
                                    [
                                        "Kenesh",
                                        "Kenesh, Beshik-Jon, Massy AA",
                                        "Three members: the load is shared evenly and "
                                        "governance is simple",
                                    ],
                                    [
                                        "Kyzyl-Suu",
                                        "Kyzyl-Suu, Orgochor, Svetlaya Polyana, Saruu, Darkhan AA",
                                        "Five members: larger scale, but agreeing takes longer",
                                    ],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "dostuk-burgondu-cooperation",
                                "note": "Shows how a cluster of just two ayil aimaks works.",
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "kenesh-cluster-joint-service",
                                "note": (
                                    "How three ayil aimaks with pilot experience "
                                    "organised a service together."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Do not form a cluster just for a grant",
                                "text": (
                                    "<p>When the grant is over, the truck still needs fuel "
                                    "and the driver still needs a salary. If the partners "
                                    "are not truly ready to run the service together, the "
                                    "cluster will fall apart in its first year. Without a "
                                    "resolution of each ayil kenesh, the cooperation will "
                                    "not last either.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Agenda of the first meeting:</strong></p>"
                            "<ol><li>each AO briefly describes the current state of the "
                            "service;</li>"
                            "<li>the shared problem and goal are written in one "
                            "sentence;</li>"
                            "<li>a KZhAP working group is set up (1–2 people from each "
                            "AO);</li>"
                            "<li>a lead AO and a secretary are chosen;</li>"
                            "<li>a date is set for bringing the matter to the ayil "
                            "keneshes.</li></ol>",
                        ),
                        (
                            "image",
                            {
                                "motif": "meeting",
                                "alt": "Ayil okmotu heads sitting around one table",
                                "caption": (
                                    "The first meeting sets the shared goal and the working group."
                                ),
                            },
                        ),
                    ],
                },
            },
        },
    ],
}

_MODULE_2 = {
    "slug": "plan-and-agree",
    "text": {
        "ky": {
            "title": "КЖАП жана муниципалитеттер ортосундагы макулдашуу",
            "intro": (
                "Бул модулда кластер кызмат жакшыртуу аракеттер планын кантип жазарын, "
                "бюджетти жана жоопкерчиликти кантип бөлүштүрөрүн жана макулдашууда "
                "эмнелерди бекитерин үйрөнөбүз."
            ),
        },
        "ru": {
            "title": "КЖАП и соглашение между муниципалитетами",
            "intro": (
                "В этом модуле разбираем, как кластер пишет план действий по улучшению "
                "услуги, как распределяет бюджет и ответственность и что закрепляет в "
                "соглашении."
            ),
        },
        "en": {
            "title": "The action plan and the agreement between municipalities",
            "intro": (
                "This module shows how a cluster writes its service improvement action plan, "
                "splits the budget and responsibilities, and what it fixes in the agreement."
            ),
        },
    },
    "lessons": [
        {
            "slug": "writing-the-action-plan",
            "minutes": 20,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "КЖАП: муктаждыктан артыкчылыктарга чейин",
                    "summary": (
                        "Пландын түзүлүшү, жарандардын пикирин чогултуу жана "
                        "артыкчылыктарды тандоо."
                    ),
                    "body": [
                        ("heading", "КЖАП эмнеден турат"),
                        (
                            "paragraph",
                            "<p>Кызмат жакшыртуу аракеттер планы (КЖАП) бардык кластер "
                            "мүчөлөрү үчүн бирдей жол картасы болуп саналат. Жакшы "
                            "КЖАПта төмөнкү бөлүмдөр бар:</p>"
                            "<ol><li>кызматтын азыркы абалы жана муктаждыктар "
                            "(сандар менен);</li>"
                            "<li>жарандардын пикири кантип чогултулганы;</li>"
                            "<li>артыкчылыктуу маселелер жана максаттар;</li>"
                            "<li>иш-чаралар, мөөнөттөр жана бюджет;</li>"
                            "<li>ким эмнеге жооп берет;</li>"
                            "<li>натыйжаны өлчөөчү индикаторлор.</li></ol>",
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Базалык маалымат",
                                    "definition": (
                                        "Иш башталганга чейинки абал: канча үй кызмат "
                                        "алат, канча жолу, кандай чыгым менен."
                                    ),
                                },
                                {
                                    "term": "Муктаждыктарды баалоо",
                                    "definition": (
                                        "Кызматтагы кемчиликтерди жана алардын себептерин "
                                        "тургундар, адистер жана сандар аркылуу аныктоо."
                                    ),
                                },
                                {
                                    "term": "Индикатор",
                                    "definition": (
                                        "Натыйжаны өлчөгөн көрсөткүч, мисалы, таштанды "
                                        "чыгаруу кызматын алган үй чарбаларынын үлүшү."
                                    ),
                                },
                            ],
                        ),
                        ("heading", "Жарандардын пикирин кантип чогултабыз"),
                        (
                            "paragraph",
                            "<p>План кабинетте эмес, эл менен бирге жазылат. "
                            "Иштеп көрүлгөн ыкмалар:</p>"
                            "<ul><li>ар бир айылда кыска сурамжылоо (10–12 суроо);</li>"
                            "<li>айыл жыйындары жана коомдук угуулар;</li>"
                            "<li>аялдар, жаштар жана карылар менен өзүнчө "
                            "жолугушуулар;</li>"
                            "<li>мессенджердеги топ аркылуу сунуштарды кабыл алуу.</li></ul>"
                            "<p>Масштабды элестетүү үчүн: USAIDдин «Ийгиликтүү аймак» "
                            "долбоорунун алкагында 62 коомдук угуу өтүп, аларга 3298 "
                            "тургун катышкан.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Артыкчылыктарды упай менен тандаңыз",
                                "text": (
                                    "<p>Ар бир вариантка ар бир критерий боюнча 1ден 3кө "
                                    "чейин упай коюңуз "
                                    "(вариант канчалык арзан болсо, «Наркы» ошончолук "
                                    "жогору бааланат). "
                                    "Упайлар ачык талкууланса, «кимдин айылы биринчи» "
                                    "деген талаш азаят.</p>"
                                ),
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": ("Шарттуу мисал: таштанды кызматы боюнча артыкчылыктар"),
                                "header": [
                                    "Вариант",
                                    "Камтылган тургундар",
                                    "Шашылыштыгы",
                                    "Наркы",
                                    "Жалпы упай",
                                ],
                                "rows": [
                                    ["Жалпы таштанды ташуучу унаа", "3", "3", "1", "7"],
                                    ["Көчөлөргө контейнер коюу", "2", "2", "3", "7"],
                                    ["Полигонду тосуу жана жабдуу", "3", "3", "2", "8"],
                                    ["Мектептерде маалымат сабагы", "1", "1", "3", "5"],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Муктаждыкты сан менен жазуу",
                                "text": (
                                    "<p>Начар: «Таштанды маселеси курч».</p>"
                                    "<p>Жакшы: «Үч айылдагы 2 400 үйдүн 900ү гана "
                                    "таштанды чыгаруу кызматын алат; калгандары "
                                    "таштандыны сайга төгөт; былтыр 14 даттануу "
                                    "катталган». Мындай сүйлөм донорго да, депутатка "
                                    "да түшүнүктүү.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "КЖАП: от потребностей к приоритетам",
                    "summary": ("Структура плана, сбор мнений жителей и выбор приоритетов."),
                    "body": [
                        ("heading", "Из чего состоит КЖАП"),
                        (
                            "paragraph",
                            "<p>План действий по улучшению услуги (КЖАП) — общая дорожная "
                            "карта для всех участников кластера. В хорошем КЖАП есть "
                            "разделы:</p>"
                            "<ol><li>нынешнее состояние услуги и потребности "
                            "(в цифрах);</li>"
                            "<li>как собиралось мнение жителей;</li>"
                            "<li>приоритетные проблемы и цели;</li>"
                            "<li>мероприятия, сроки и бюджет;</li>"
                            "<li>кто за что отвечает;</li>"
                            "<li>индикаторы для измерения результата.</li></ol>",
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Базовые данные",
                                    "definition": (
                                        "Положение до начала работы: сколько домов "
                                        "получают услугу, как часто и с какими затратами."
                                    ),
                                },
                                {
                                    "term": "Оценка потребностей",
                                    "definition": (
                                        "Выявление недостатков услуги и их причин через "
                                        "опросы жителей, мнение специалистов и цифры."
                                    ),
                                },
                                {
                                    "term": "Индикатор",
                                    "definition": (
                                        "Показатель, которым измеряют результат, например "
                                        "доля домохозяйств, получающих вывоз мусора."
                                    ),
                                },
                            ],
                        ),
                        ("heading", "Как собрать мнение жителей"),
                        (
                            "paragraph",
                            "<p>План пишется не в кабинете, а вместе с людьми. "
                            "Проверенные способы:</p>"
                            "<ul><li>короткий опрос в каждом селе (10–12 вопросов);</li>"
                            "<li>сельские сходы и публичные слушания;</li>"
                            "<li>отдельные встречи с женщинами, молодёжью и "
                            "пожилыми;</li>"
                            "<li>приём предложений через группу в мессенджере.</li></ul>"
                            "<p>Для представления о масштабе: в рамках проекта USAID "
                            "«Успешный аймак» прошло 62 публичных слушания, в которых "
                            "участвовали 3298 жителей.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Выбирайте приоритеты по баллам",
                                "text": (
                                    "<p>Поставьте каждому варианту от 1 до 3 баллов по "
                                    "каждому критерию (чем дешевле вариант, тем выше балл "
                                    "за «Стоимость»). Когда баллы обсуждаются открыто, "
                                    "споров «чьё село первое» становится меньше.</p>"
                                ),
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Условный пример: приоритеты по вывозу мусора",
                                "header": [
                                    "Вариант",
                                    "Охват жителей",
                                    "Срочность",
                                    "Стоимость",
                                    "Сумма баллов",
                                ],
                                "rows": [
                                    ["Общий мусоровоз", "3", "3", "1", "7"],
                                    ["Контейнеры на улицах", "2", "2", "3", "7"],
                                    ["Ограждение и обустройство полигона", "3", "3", "2", "8"],
                                    ["Разъяснительные уроки в школах", "1", "1", "3", "5"],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Описывайте потребность цифрами",
                                "text": (
                                    "<p>Плохо: «Проблема мусора стоит остро».</p>"
                                    "<p>Хорошо: «Из 2 400 домов в трёх сёлах вывоз "
                                    "мусора получают только 900; остальные выбрасывают "
                                    "мусор в сай; за прошлый год зарегистрировано 14 "
                                    "жалоб». Такая фраза понятна и донору, и "
                                    "депутату.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "The KZhAP: from needs to priorities",
                    "summary": (
                        "The structure of the plan, collecting citizens' views and choosing "
                        "priorities."
                    ),
                    "body": [
                        ("heading", "What a KZhAP contains"),
                        (
                            "paragraph",
                            "<p>The service improvement action plan (KZhAP) is one road map "
                            "shared by all cluster members. A good KZhAP has these "
                            "sections:</p>"
                            "<ol><li>the current state of the service and the needs "
                            "(in figures);</li>"
                            "<li>how citizens' views were collected;</li>"
                            "<li>priority problems and goals;</li>"
                            "<li>activities, deadlines and budget;</li>"
                            "<li>who is responsible for what;</li>"
                            "<li>indicators to measure the result.</li></ol>",
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Baseline",
                                    "definition": (
                                        "The situation before work starts: how many homes "
                                        "get the service, how often and at what cost."
                                    ),
                                },
                                {
                                    "term": "Needs assessment",
                                    "definition": (
                                        "Finding the gaps in a service and their causes "
                                        "through residents, specialists and figures."
                                    ),
                                },
                                {
                                    "term": "Indicator",
                                    "definition": (
                                        "A measure of the result, for example the share of "
                                        "households that get waste collection."
                                    ),
                                },
                            ],
                        ),
                        ("heading", "How to collect citizens' views"),
                        (
                            "paragraph",
                            "<p>The plan is written with people, not in the office. "
                            "Methods that work:</p>"
                            "<ul><li>a short survey in every village (10–12 questions);</li>"
                            "<li>village gatherings and public hearings;</li>"
                            "<li>separate meetings with women, young people and older "
                            "residents;</li>"
                            "<li>taking suggestions through a messenger group.</li></ul>"
                            "<p>For a sense of scale: under USAID's “Successful Aimak” "
                            "project, 62 public hearings were held with 3,298 residents "
                            "taking part.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Choose priorities by scoring",
                                "text": (
                                    "<p>Give each option 1 to 3 points on each criterion "
                                    "(the cheaper the option, the higher its “Cost” "
                                    "score). "
                                    "When the scores are discussed openly, there are fewer "
                                    "arguments about “whose village comes first”.</p>"
                                ),
                            },
                        ),
                        (
                            "table",
                            {
                                "caption": "Illustrative example: waste service priorities",
                                "header": [
                                    "Option",
                                    "Residents reached",
                                    "Urgency",
                                    "Cost",
                                    "Total score",
                                ],
                                "rows": [
                                    ["Shared waste truck", "3", "3", "1", "7"],
                                    ["Street containers", "2", "2", "3", "7"],
                                    ["Fencing and equipping the landfill", "3", "3", "2", "8"],
                                    ["Awareness lessons in schools", "1", "1", "3", "5"],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Describe the need in figures",
                                "text": (
                                    "<p>Weak: “The waste problem is acute.”</p>"
                                    "<p>Strong: “Of 2,400 homes in three villages, only "
                                    "900 get waste collection; the rest dump waste in the "
                                    "riverbed; 14 complaints were logged last year.” Both "
                                    "a donor and a kenesh member understand such a "
                                    "sentence.</p>"
                                ),
                            },
                        ),
                    ],
                },
            },
        },
        {
            "slug": "budget-and-responsibilities",
            "minutes": 15,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "КЖАПтын бюджети жана милдеттерди бөлүштүрүү",
                    "summary": (
                        "Бир жолку инвестиция менен күнүмдүк чыгымдын айырмасы жана ким "
                        "эмнеге жооп берет."
                    ),
                    "body": [
                        ("heading", "Инвестиция жана күнүмдүк чыгым"),
                        (
                            "paragraph",
                            "<p>КЖАПтын бюджети эки бөлүктөн турат. <strong>Бир жолку "
                            "инвестиция</strong> — унаа, контейнер, полигон сыяктуу "
                            "сатып алуулар; аны көбүнчө грант каржылайт. "
                            "<strong>Күнүмдүк чыгым</strong> — айдоочунун айлыгы, "
                            "күйүүчү май, оңдоо; аны грант бүткөндөн кийин да "
                            "кластердин мүчөлөрү жана кызмат үчүн төлөмдөр "
                            "жаап турушу керек.</p>"
                            "<p>Бюджетте ар бир АӨнүн өз салымы (тең каржылоо) так "
                            "көрсөтүлөт. Сумма айылдык кеңештин токтому менен "
                            "бекитилбесе, ал убада гана бойдон калат.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Шарттуу мисал: үч АӨдөн турган кластердин бюджети",
                                "header": ["Берене", "Сумма, сом", "Булагы"],
                                "rows": [
                                    ["Таштанды ташуучу унаа", "3 200 000", "Грант"],
                                    ["60 контейнер (ар бири 15 000 сом)", "900 000", "Грант"],
                                    ["Полигонду тосуу жана жабдуу", "600 000", "Грант"],
                                    ["Маалымат кампаниясы", "300 000", "Грант"],
                                    [
                                        "Айдоочу, күйүүчү май, оңдоо (1-жыл)",
                                        "1 080 000",
                                        "АӨлөрдүн бюджети жана тургундардын төлөмдөрү",
                                    ],
                                    ["Бардыгы", "6 080 000", "Грант — 5 000 000"],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Ролдор:</strong></p>"
                            "<ul><li><em>Кластердин кеңеши</em> (ар бир АӨдөн бир өкүл) "
                            "негизги чечимдерди кабыл алат;</li>"
                            "<li><em>жетектөөчү АӨ</em> эсепти жүргүзөт жана сатып "
                            "алууларды уюштурат;</li>"
                            "<li><em>ар бир АӨ</em> өз айылында төлөмдөрдү чогултуп, "
                            "элге маалымат берет;</li>"
                            "<li><em>оператор</em> (муниципалдык ишкана же жеке "
                            "подрядчы) кызматты түздөн-түз көрсөтөт;</li>"
                            "<li><em>айылдык кеңештердин комиссиялары</em> аткарылышын "
                            "көзөмөлдөйт.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Милдеттердин графиги (үлгү)",
                                "header": ["Милдет", "Ким жооп берет", "Мөөнөтү"],
                                "rows": [
                                    [
                                        "Сатып алуу жол-жобосу",
                                        "Жетектөөчү АӨнүн финансы адиси",
                                        "1–3-ай",
                                    ],
                                    [
                                        "Таштанды чыгаруу графиги",
                                        "Оператор жана ар бир АӨнүн адиси",
                                        "3-ай",
                                    ],
                                    ["Тургундарга маалымат берүү", "Ар бир АӨ", "2–4-ай"],
                                    ["Чейректик отчёт", "Кластердин катчысы", "Ар бир чейрек"],
                                    [
                                        "Мониторинг",
                                        "Айылдык кеңештердин комиссиялары",
                                        "Жарым жылда бир жолу",
                                    ],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Грант бүтөт, кызмат калат",
                                "text": (
                                    "<p>Эл кызмат үчүн өз убагында төлөбөсө, эң жакшы унаа "
                                    "да бир жылдан кийин токтоп калат. 2020-жылы "
                                    "коммуналдык төлөмдөр тууралуу маалымат "
                                    "кампанияларынын сынагында Бешик-Жон жана "
                                    "Теплоключенка АӨ биринчи, Достук жана "
                                    "Б. Мамбетов АӨ экинчи, Масы АӨ, Токтогул шаарынын "
                                    "мэриясы жана Оргочор АӨ үчүнчү орунду алышкан. "
                                    "Алардын бир тобу ошол эле жылы грант утуп алган "
                                    "кластерлердин мүчөлөрү экенине көңүл буруңуз.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "chart",
                                "alt": "Гранттын жана АӨлөрдүн салымын көрсөткөн диаграмма",
                                "caption": (
                                    "Грант инвестицияны жабат, күнүмдүк чыгымды кластер "
                                    "өзү көтөрөт."
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Бюджет КЖАП и распределение обязанностей",
                    "summary": (
                        "Чем разовые вложения отличаются от текущих расходов и кто за что отвечает."
                    ),
                    "body": [
                        ("heading", "Вложения и текущие расходы"),
                        (
                            "paragraph",
                            "<p>Бюджет КЖАП состоит из двух частей. <strong>Разовые "
                            "вложения</strong> — покупка машины, контейнеров, "
                            "обустройство полигона; их чаще всего финансирует грант. "
                            "<strong>Текущие расходы</strong> — зарплата водителя, "
                            "топливо, ремонт; их и после гранта должны покрывать "
                            "участники кластера и плата за услугу.</p>"
                            "<p>В бюджете чётко указывается собственный вклад каждого "
                            "АО (софинансирование). Если сумма не утверждена "
                            "постановлением айылного кенеша, она остаётся лишь "
                            "обещанием.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Условный пример: бюджет кластера из трёх АО",
                                "header": ["Статья", "Сумма, сом", "Источник"],
                                "rows": [
                                    ["Мусоровоз", "3 200 000", "Грант"],
                                    ["60 контейнеров (по 15 000 сом)", "900 000", "Грант"],
                                    ["Ограждение и обустройство полигона", "600 000", "Грант"],
                                    ["Информационная кампания", "300 000", "Грант"],
                                    [
                                        "Водитель, топливо, ремонт (1-й год)",
                                        "1 080 000",
                                        "Бюджеты АО и платежи жителей",
                                    ],
                                    ["Итого", "6 080 000", "Грант — 5 000 000"],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Роли:</strong></p>"
                            "<ul><li><em>Совет кластера</em> (по одному представителю "
                            "от каждого АО) принимает ключевые решения;</li>"
                            "<li><em>ведущий АО</em> ведёт учёт и организует "
                            "закупки;</li>"
                            "<li><em>каждый АО</em> собирает платежи в своих сёлах и "
                            "информирует жителей;</li>"
                            "<li><em>оператор</em> (муниципальное предприятие или "
                            "частный подрядчик) непосредственно оказывает услугу;</li>"
                            "<li><em>комиссии айылных кенешей</em> контролируют "
                            "исполнение.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "График обязанностей (образец)",
                                "header": ["Задача", "Кто отвечает", "Срок"],
                                "rows": [
                                    [
                                        "Закупочные процедуры",
                                        "Финансист ведущего АО",
                                        "1–3-й месяц",
                                    ],
                                    [
                                        "График вывоза мусора",
                                        "Оператор и специалист каждого АО",
                                        "3-й месяц",
                                    ],
                                    ["Информирование жителей", "Каждый АО", "2–4-й месяц"],
                                    ["Квартальный отчёт", "Секретарь кластера", "Ежеквартально"],
                                    [
                                        "Мониторинг",
                                        "Комиссии айылных кенешей",
                                        "Раз в полгода",
                                    ],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Грант закончится, а услуга останется",
                                "text": (
                                    "<p>Если жители не платят за услугу вовремя, даже "
                                    "лучшая машина встанет через год. В 2020 году в "
                                    "конкурсе информационных кампаний о коммунальных "
                                    "платежах первое место заняли АО Бешик-Джон и "
                                    "Теплоключенка, второе — АО Достук и Б. Мамбетов, "
                                    "третье — АО Масы, мэрия города Токтогул и АО "
                                    "Оргочор. Обратите внимание: многие из них входят в "
                                    "кластеры, выигравшие гранты в том же году.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "chart",
                                "alt": "Диаграмма вклада гранта и бюджетов АО",
                                "caption": (
                                    "Грант покрывает вложения, текущие расходы кластер несёт сам."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "The KZhAP budget and who does what",
                    "summary": (
                        "The difference between one-off investment and running costs, and "
                        "who is responsible for what."
                    ),
                    "body": [
                        ("heading", "Investment and running costs"),
                        (
                            "paragraph",
                            "<p>A KZhAP budget has two parts. <strong>One-off "
                            "investment</strong> covers purchases such as a truck, "
                            "containers or landfill works; a grant usually pays for it. "
                            "<strong>Running costs</strong> are the driver's salary, fuel "
                            "and repairs; after the grant, the cluster members and the "
                            "service fees must cover them.</p>"
                            "<p>The budget states each AO's own contribution "
                            "(co-financing). Unless the ayil kenesh approves the amount "
                            "by resolution, it is only a promise.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Illustrative example: budget of a three-AO cluster",
                                "header": ["Item", "Amount, som", "Source"],
                                "rows": [
                                    ["Waste truck", "3,200,000", "Grant"],
                                    ["60 containers (15,000 som each)", "900,000", "Grant"],
                                    ["Fencing and equipping the landfill", "600,000", "Grant"],
                                    ["Awareness campaign", "300,000", "Grant"],
                                    [
                                        "Driver, fuel, repairs (year 1)",
                                        "1,080,000",
                                        "AO budgets and residents' fees",
                                    ],
                                    ["Total", "6,080,000", "Grant: 5,000,000"],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Roles:</strong></p>"
                            "<ul><li>the <em>cluster council</em> (one representative per "
                            "AO) takes the key decisions;</li>"
                            "<li>the <em>lead AO</em> keeps the accounts and runs "
                            "procurement;</li>"
                            "<li><em>each AO</em> collects fees in its villages and "
                            "informs residents;</li>"
                            "<li>the <em>operator</em> (a municipal enterprise or a "
                            "private contractor) delivers the service;</li>"
                            "<li><em>ayil kenesh committees</em> monitor "
                            "implementation.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Responsibility schedule (template)",
                                "header": ["Task", "Responsible", "When"],
                                "rows": [
                                    [
                                        "Procurement procedures",
                                        "Finance officer of the lead AO",
                                        "Months 1–3",
                                    ],
                                    [
                                        "Collection schedule",
                                        "Operator and a specialist from each AO",
                                        "Month 3",
                                    ],
                                    ["Informing residents", "Each AO", "Months 2–4"],
                                    ["Quarterly report", "Cluster secretary", "Every quarter"],
                                    [
                                        "Monitoring",
                                        "Ayil kenesh committees",
                                        "Twice a year",
                                    ],
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "The grant ends, the service stays",
                                "text": (
                                    "<p>If residents do not pay on time, even the best "
                                    "truck stops within a year. In the 2020 contest for "
                                    "awareness campaigns on paying for communal services, "
                                    "Beshik-Jon and Teploklyuchenka AO took first place, "
                                    "Dostuk and B. Mambetov AO second, and Massy AO, the "
                                    "Toktogul mayor's office and Orgochor AO third. Note "
                                    "that several of them belong to clusters that won "
                                    "grants the same year.</p>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "chart",
                                "alt": "Chart of the grant and AO contributions",
                                "caption": (
                                    "The grant covers investment; the cluster carries the "
                                    "running costs."
                                ),
                            },
                        ),
                    ],
                },
            },
        },
        {
            "slug": "intermunicipal-agreement",
            "minutes": 20,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "Муниципалитеттер ортосундагы макулдашуу",
                    "summary": (
                        "Макулдашууда эмнелер бекитилет: үлүштөр, башкаруу, мүлккө ээлик "
                        "жана кластерден чыгуу тартиби."
                    ),
                    "body": [
                        ("heading", "Оозеки убада жетишсиз"),
                        (
                            "paragraph",
                            "<p>Кластердин мүчөлөрү ортосундагы мамиле жазуу жүзүндөгү "
                            "макулдашуу менен бекитилет. Адегенде ар бир айылдык кеңеш "
                            "долбоорду карап, токтом кабыл алат, андан кийин айыл өкмөт "
                            "башчылары кол коюшат.</p>"
                            "<p>Эске салсак: 2020-жылкы конференцияда долбоордун "
                            "жетекчиси менен ЖӨБ башчылары <em>алкактык "
                            "макулдашууларга</em> кол коюшкан. Бул донор менен "
                            "түзүлгөн документ; ал муниципалитеттердин өз ара "
                            "макулдашуусун алмаштырбайт.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Макулдашуунун негизги бөлүмдөрү",
                                "header": ["Бөлүм", "Эмне бекитилет", "Мисал"],
                                "rows": [
                                    [
                                        "Предмети",
                                        "Кайсы кызмат, кайсы айылдарда",
                                        "Үч айыл аймагында таштанды чогултуу жана ташуу",
                                    ],
                                    [
                                        "Үлүштөр",
                                        "Ар бир АӨ канча төлөйт жана кандай эсеп менен",
                                        "Калктын санына жараша",
                                    ],
                                    [
                                        "Башкаруу",
                                        "Кластердин кеңешинин курамы, чечим кабыл алуу",
                                        "Ар бир АӨдөн бир өкүл; бюджет консенсус менен",
                                    ],
                                    [
                                        "Мүлк",
                                        "Техника кимдин балансында, ким камсыздандырат",
                                        "Унаа жетектөөчү АӨнүн балансында, бирок жалпы "
                                        "пайдаланууда",
                                    ],
                                    [
                                        "Отчёт жана талаштар",
                                        "Ким, качан, кимге отчёт берет; талаш кантип чечилет",
                                        "Чейректик отчёт; талаш адегенде кеңеште, "
                                        "андан соң ортомчу аркылуу",
                                    ],
                                    [
                                        "Чыгуу жана мөөнөт",
                                        "Кантип чыгат, мүлк кантип бөлүнөт",
                                        "6 ай мурда жазуу жүзүндө кабарлоо; салымдын "
                                        "калдык наркы кайтарылат",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Үлүштүк салым",
                                    "definition": (
                                        "Ар бир муниципалитеттин жалпы чыгымдагы макулдашылган "
                                        "бөлүгү."
                                    ),
                                },
                                {
                                    "term": "Баланс кармоочу",
                                    "definition": (
                                        "Мүлк эсебинде турган жана аны сактоого жооп "
                                        "берген муниципалитет же ишкана."
                                    ),
                                },
                                {
                                    "term": "Кластердин кеңеши",
                                    "definition": (
                                        "Ар бир мүчө-муниципалитеттин өкүлдөрүнөн турган "
                                        "жалпы башкаруу органы."
                                    ),
                                },
                                {
                                    "term": "Чыгуу шарты",
                                    "definition": (
                                        "Мүчө кластерден чыкканда кабарлоо мөөнөтүн жана "
                                        "мүлк менен эсептешүүнү аныктаган эреже."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Үлүштү калктын санына жараша эсептөө",
                                "text": (
                                    "<p>Жылдык күнүмдүк чыгым 1 080 000 сом. Калкы: "
                                    "А айылы — 12 000, Б — 8 000, В — 5 000 адам, "
                                    "бардыгы 25 000.</p>"
                                    "<ul><li>А: 48% — 518 400 сом;</li>"
                                    "<li>Б: 32% — 345 600 сом;</li>"
                                    "<li>В: 20% — 216 000 сом.</li></ul>"
                                    "<p>Эгер кызматтын көлөмү айылдарда ар башка болсо, "
                                    "үлүштү чыгарылган таштандынын көлөмүнө жараша "
                                    "эсептөөгө болот.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Башчы алмашат, макулдашуу калат",
                                "text": (
                                    "<p>Шайлоодон же дайындоодон кийин башчы алмашышы "
                                    "мүмкүн. Макулдашуу бир адамдын ишенимине эмес, "
                                    "кеңештердин токтомдоруна таянышы керек. Чыгуу "
                                    "тартиби жазылбаса, биринчи талаш унаа кимге "
                                    "калаары тууралуу болот.</p>"
                                ),
                            },
                        ),
                        (
                            "quote",
                            {"text": "Көп түкүрсө көл болот.", "attribution": "Кыргыз макалы"},
                        ),
                    ],
                },
                "ru": {
                    "title": "Соглашение между муниципалитетами",
                    "summary": (
                        "Что закрепляется в соглашении: доли, управление, собственность на "
                        "имущество и порядок выхода из кластера."
                    ),
                    "body": [
                        ("heading", "Устного обещания недостаточно"),
                        (
                            "paragraph",
                            "<p>Отношения между участниками кластера закрепляются "
                            "письменным соглашением. Сначала каждый айылный кенеш "
                            "рассматривает проект и принимает постановление, затем "
                            "главы айыл окмоту его подписывают.</p>"
                            "<p>Напомним: на конференции 2020 года руководитель "
                            "проекта и главы ОМСУ подписали <em>рамочные "
                            "соглашения</em>. Это документ с донором; он не заменяет "
                            "соглашения муниципалитетов между собой.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Основные разделы соглашения",
                                "header": ["Раздел", "Что закрепляется", "Пример"],
                                "rows": [
                                    [
                                        "Предмет",
                                        "Какая услуга и в каких сёлах",
                                        "Сбор и вывоз мусора в трёх айылных аймаках",
                                    ],
                                    [
                                        "Доли",
                                        "Сколько платит каждый АО и по какому расчёту",
                                        "Пропорционально численности населения",
                                    ],
                                    [
                                        "Управление",
                                        "Состав совета кластера, порядок решений",
                                        "По одному представителю от АО; бюджет — консенсусом",
                                    ],
                                    [
                                        "Имущество",
                                        "На чьём балансе техника, кто её страхует",
                                        "Машина на балансе ведущего АО, но в общем пользовании",
                                    ],
                                    [
                                        "Отчётность и споры",
                                        "Кто, когда и кому отчитывается; как решаются споры",
                                        "Квартальный отчёт; спор — сначала на совете, "
                                        "затем через посредника",
                                    ],
                                    [
                                        "Выход и срок",
                                        "Как выйти и как делится имущество",
                                        "Письменное уведомление за 6 месяцев; "
                                        "возврат остаточной стоимости вклада",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Долевой взнос",
                                    "definition": (
                                        "Согласованная часть общих расходов, которую несёт "
                                        "каждый муниципалитет."
                                    ),
                                },
                                {
                                    "term": "Балансодержатель",
                                    "definition": (
                                        "Муниципалитет или предприятие, на учёте которого "
                                        "числится имущество и которое отвечает за его "
                                        "сохранность."
                                    ),
                                },
                                {
                                    "term": "Совет кластера",
                                    "definition": (
                                        "Общий орган управления из представителей всех "
                                        "муниципалитетов-участников."
                                    ),
                                },
                                {
                                    "term": "Условия выхода",
                                    "definition": (
                                        "Правило, определяющее срок уведомления и расчёты "
                                        "по имуществу при выходе участника из кластера."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Расчёт долей по численности населения",
                                "text": (
                                    "<p>Годовые текущие расходы — 1 080 000 сомов. "
                                    "Население: село А — 12 000, Б — 8 000, В — 5 000 "
                                    "человек, всего 25 000.</p>"
                                    "<ul><li>А: 48% — 518 400 сомов;</li>"
                                    "<li>Б: 32% — 345 600 сомов;</li>"
                                    "<li>В: 20% — 216 000 сомов.</li></ul>"
                                    "<p>Если объём услуги в сёлах сильно различается, "
                                    "доли можно считать по объёму вывезенного "
                                    "мусора.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Глава сменится, соглашение останется",
                                "text": (
                                    "<p>После выборов или назначения глава может "
                                    "смениться. Соглашение должно держаться не на "
                                    "личном доверии, а на постановлениях кенешей. "
                                    "Если порядок выхода не прописан, первый же спор "
                                    "будет о том, кому достанется машина.</p>"
                                ),
                            },
                        ),
                        (
                            "quote",
                            {
                                "text": "По капле собирается озеро.",
                                "attribution": "Кыргызская пословица",
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "The agreement between municipalities",
                    "summary": (
                        "What the agreement fixes: cost shares, governance, asset ownership "
                        "and how a member leaves the cluster."
                    ),
                    "body": [
                        ("heading", "A spoken promise is not enough"),
                        (
                            "paragraph",
                            "<p>Relations between cluster members are set out in a written "
                            "agreement. First each ayil kenesh reviews the draft and "
                            "adopts a resolution; then the ayil okmotu heads sign it.</p>"
                            "<p>A reminder: at the 2020 conference the project manager and "
                            "the local government heads signed <em>framework "
                            "agreements</em>. That is a document with the donor; it does "
                            "not replace the agreement the municipalities make with each "
                            "other.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Main sections of the agreement",
                                "header": ["Section", "What it fixes", "Example"],
                                "rows": [
                                    [
                                        "Subject",
                                        "Which service, in which villages",
                                        "Waste collection and transport in three ayil aimaks",
                                    ],
                                    [
                                        "Cost shares",
                                        "How much each AO pays and on what basis",
                                        "In proportion to population",
                                    ],
                                    [
                                        "Governance",
                                        "Make-up of the cluster council, how it decides",
                                        "One representative per AO; budget by consensus",
                                    ],
                                    [
                                        "Assets",
                                        "Whose books the equipment is on, who insures it",
                                        "Truck on the lead AO's books but shared by all",
                                    ],
                                    [
                                        "Reporting and disputes",
                                        "Who reports to whom and when; how disputes are settled",
                                        "Quarterly report; disputes go to the council "
                                        "first, then to a mediator",
                                    ],
                                    [
                                        "Exit and term",
                                        "How a member leaves and how assets are divided",
                                        "Six months' written notice; the residual value of "
                                        "the contribution is returned",
                                    ],
                                ],
                            },
                        ),
                        (
                            "glossary",
                            [
                                {
                                    "term": "Cost share",
                                    "definition": (
                                        "The agreed part of the joint costs that each "
                                        "municipality pays."
                                    ),
                                },
                                {
                                    "term": "Balance holder",
                                    "definition": (
                                        "The municipality or enterprise that carries an "
                                        "asset on its books and is responsible for keeping "
                                        "it."
                                    ),
                                },
                                {
                                    "term": "Cluster council",
                                    "definition": (
                                        "The joint governing body made up of representatives "
                                        "of all member municipalities."
                                    ),
                                },
                                {
                                    "term": "Exit clause",
                                    "definition": (
                                        "The rule setting the notice period and the asset "
                                        "settlement when a member leaves the cluster."
                                    ),
                                },
                            ],
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Calculating shares by population",
                                "text": (
                                    "<p>Annual running costs are 1,080,000 som. "
                                    "Population: village A 12,000, B 8,000, C 5,000, "
                                    "25,000 in total.</p>"
                                    "<ul><li>A: 48%, 518,400 som;</li>"
                                    "<li>B: 32%, 345,600 som;</li>"
                                    "<li>C: 20%, 216,000 som.</li></ul>"
                                    "<p>If the volume of service differs a lot between "
                                    "villages, shares can be based on the volume of waste "
                                    "collected instead.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Heads change, the agreement stays",
                                "text": (
                                    "<p>After an election or appointment the head may "
                                    "change. The agreement must rest on kenesh "
                                    "resolutions, not on personal trust. If the exit rules "
                                    "are not written down, the first dispute will be about "
                                    "who keeps the truck.</p>"
                                ),
                            },
                        ),
                        (
                            "quote",
                            {
                                "text": "Drop by drop, a lake is filled.",
                                "attribution": "Kyrgyz proverb",
                            },
                        ),
                    ],
                },
            },
        },
    ],
}

_MODULE_3 = {
    "slug": "grants-and-results",
    "text": {
        "ky": {
            "title": "Грант, мониторинг жана элге отчёт",
            "intro": (
                "Бул модулда грант сынагына кантип даярданууну, натыйжаларды кантип "
                "өлчөөнү жана жарандарга кантип отчёт берүүнү карайбыз."
            ),
        },
        "ru": {
            "title": "Грант, мониторинг и отчёт перед жителями",
            "intro": (
                "В этом модуле разбираем, как готовиться к грантовому конкурсу, как "
                "измерять результаты и как отчитываться перед жителями."
            ),
        },
        "en": {
            "title": "Grants, monitoring and reporting to citizens",
            "intro": (
                "This module covers preparing for a grant competition, measuring results "
                "and reporting to citizens."
            ),
        },
    },
    "lessons": [
        {
            "slug": "grant-competition",
            "minutes": 15,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "Грант сынагы: 9 кластерден 5 жеңүүчү",
                    "summary": (
                        "2020-жылкы КЖАП сынагынын жыйынтыгы жана күчтүү арыздын белгилери."
                    ),
                    "body": [
                        ("heading", "2020-жылкы КЖАП сынагы"),
                        (
                            "paragraph",
                            "<p>«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» "
                            "долбоорун Швейцария Өкмөтү Швейцариянын Өнүктүрүү жана "
                            "Кызматташтык Агенттиги аркылуу каржылап, Хельветас жана "
                            "Өнүктүрүү саясат институту ишке ашырган. 2020-жылдын "
                            "жыйынтыгында Жалал-Абад жана Ысык-Көл облустарындагы 26 "
                            "максаттуу муниципалитеттин башчылары жана айылдык кеңештердин "
                            "төрагалары конференцияга чогулушкан.</p>"
                            "<p>Ошол жерде муниципалитеттер аралык кызматташтык боюнча "
                            "КЖАП сынагынын жыйынтыгы чыккан: кластерге бириккен 9 "
                            "катышуучунун 5и жеңип, ар бири 5 000 000 сомдук грант "
                            "сертификатын алган. Калган төрт кластер шарттуу жеңүүчү "
                            "деп табылып, пландарын толуктоо боюнча тапшырма алышкан.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Грант утуп алган кластерлер (2020)",
                                "header": ["Кластер", "Курамындагы айыл аймактары", "Грант, сом"],
                                "rows": [
                                    [
                                        "Теплоключенка",
                                        "Теплоключенка, Кереге-Таш, Октябрь",
                                        "5 000 000",
                                    ],
                                    [
                                        "Кызыл-Суу",
                                        "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан",
                                        "5 000 000",
                                    ],
                                    [
                                        "Октябрь",
                                        "Теплоключенка, Кереге-Таш, Челпек",
                                        "5 000 000",
                                    ],
                                    ["Достук", "Достук, Бүргөндү", "5 000 000"],
                                    ["Кенеш", "Кенеш, Бешик-Жон, Масы", "5 000 000"],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "imc-cluster-grants-5-million",
                                "note": (
                                    "Сынак жана анын жеңүүчү кластерлери тууралуу "
                                    "кейсти толук окуңуз."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Арызды тапшыруудан мурун текшериңиз:</strong></p>"
                            "<ul><li>муктаждык сандар менен көрсөтүлгөнбү;</li>"
                            "<li>жарандардын пикири кантип чогултулганы жазылганбы;</li>"
                            "<li>ар бир мүчөнүн салымы айылдык кеңештин токтому менен "
                            "бекитилгенби;</li>"
                            "<li>грант бүткөндөн кийинки күнүмдүк чыгымдар кайдан "
                            "жабылары көрсөтүлгөнбү;</li>"
                            "<li>индикаторлордун базалык жана максаттуу маанилери "
                            "барбы.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Шарттуу жеңүүчү болсоңуз",
                                "text": (
                                    "<p>Комиссиянын ар бир эскертүүсүн иш планына "
                                    "айлантыңыз: эмне оңдолот, ким оңдойт, качанга "
                                    "чейин. Толукталган КЖАП кийинки сынакта да, "
                                    "жергиликтүү бюджетти талкуулоодо да керек "
                                    "болот.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Арыздагы жыштык каталар",
                                "text": (
                                    "<ul><li>Бюджет сатып алууларды гана камтыйт, "
                                    "күнүмдүк чыгымдар унутулат.</li>"
                                    "<li>Тең каржылоо сөз менен гана айтылып, "
                                    "токтом тиркелбейт.</li>"
                                    "<li>Бардык мүчөлөр эмес, бир гана АӨ планды "
                                    "жазат.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "waste",
                                "alt": "Жаңы контейнерлер жана таштанды ташуучу унаа",
                                "caption": (
                                    "Грант техника сатып алууга жардам берет; "
                                    "кызматты андан ары кластер өзү жүргүзөт."
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Грантовый конкурс: 5 победителей из 9 кластеров",
                    "summary": ("Итоги конкурса КЖАП 2020 года и признаки сильной заявки."),
                    "body": [
                        ("heading", "Конкурс КЖАП 2020 года"),
                        (
                            "paragraph",
                            "<p>Проект «Улучшение услуг на местном уровне» финансировало "
                            "Правительство Швейцарии через Швейцарское агентство по "
                            "развитию и сотрудничеству, а реализовывали Хельветас и "
                            "Институт политики развития. По итогам 2020 года на "
                            "конференцию собрались главы айыл окмоту и председатели "
                            "айылных кенешей 26 целевых муниципалитетов Джалал-Абадской "
                            "и Иссык-Кульской областей.</p>"
                            "<p>Там же подвели итоги конкурса КЖАП в рамках "
                            "межмуниципального сотрудничества: из 9 участвовавших "
                            "кластеров победили 5, и каждый получил грантовый "
                            "сертификат на 5 000 000 сомов. Остальные четыре кластера "
                            "признаны условными победителями и получили задания по "
                            "доработке планов.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Кластеры — победители грантового конкурса (2020)",
                                "header": ["Кластер", "Входящие айылные аймаки", "Грант, сом"],
                                "rows": [
                                    [
                                        "Теплоключенка",
                                        "Теплоключенка, Кереге-Таш, Октябрьский",
                                        "5 000 000",
                                    ],
                                    [
                                        "Кызыл-Суу",
                                        "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, Дархан",
                                        "5 000 000",
                                    ],
                                    [
                                        "Октябрь",
                                        "Теплоключенка, Кереге-Таш, Челпек",
                                        "5 000 000",
                                    ],
                                    ["Достук", "Достук, Бургонду", "5 000 000"],
                                    ["Кенеш", "Кенеш, Бешик-Джон, Масы", "5 000 000"],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "imc-cluster-grants-5-million",
                                "note": ("Подробный кейс о конкурсе и кластерах-победителях."),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Перед подачей заявки проверьте:</strong></p>"
                            "<ul><li>показана ли потребность в цифрах;</li>"
                            "<li>описано ли, как собиралось мнение жителей;</li>"
                            "<li>утверждён ли вклад каждого участника постановлением "
                            "айылного кенеша;</li>"
                            "<li>указано ли, чем будут покрываться текущие расходы "
                            "после гранта;</li>"
                            "<li>есть ли базовые и целевые значения "
                            "индикаторов.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Если вы условный победитель",
                                "text": (
                                    "<p>Превратите каждое замечание комиссии в план "
                                    "работ: что исправить, кто исправляет, к какому "
                                    "сроку. Доработанный КЖАП пригодится и на следующем "
                                    "конкурсе, и при обсуждении местного бюджета.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Частые ошибки в заявках",
                                "text": (
                                    "<ul><li>Бюджет включает только закупки, а о "
                                    "текущих расходах забывают.</li>"
                                    "<li>Софинансирование обещано на словах, "
                                    "постановление не приложено.</li>"
                                    "<li>План пишет один АО, а не все участники.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "waste",
                                "alt": "Новые контейнеры и мусоровоз",
                                "caption": (
                                    "Грант помогает купить технику; дальше услугу ведёт "
                                    "сам кластер."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Grant competition: 5 winners out of 9 clusters",
                    "summary": (
                        "Results of the 2020 KZhAP competition and the marks of a strong "
                        "application."
                    ),
                    "body": [
                        ("heading", "The 2020 KZhAP competition"),
                        (
                            "paragraph",
                            "<p>The “Improving local services” project was financed by the "
                            "Government of Switzerland through the Swiss Agency for "
                            "Development and Cooperation and implemented by Helvetas and "
                            "the Development Policy Institute. At the end of 2020, heads "
                            "and ayil kenesh chairs from 26 target municipalities in "
                            "Jalal-Abad and Issyk-Kul regions met for a closing "
                            "conference.</p>"
                            "<p>The conference announced the results of the KZhAP "
                            "competition for intermunicipal cooperation: 5 of the 9 "
                            "participating clusters won, and each received a grant "
                            "certificate for 5,000,000 som. The other four clusters were "
                            "named conditional winners and given tasks to complete their "
                            "plans.</p>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Clusters that won grants (2020)",
                                "header": ["Cluster", "Member ayil aimaks", "Grant, som"],
                                "rows": [
                                    [
                                        "Teploklyuchenka",
                                        "Teploklyuchenka, Kerege-Tash, Oktyabrsky",
                                        "5,000,000",
                                    ],
                                    [
                                        "Kyzyl-Suu",
                                        "Kyzyl-Suu, Orgochor, Svetlaya Polyana, Saruu, Darkhan",
                                        "5,000,000",
                                    ],
                                    [
                                        "Oktyabr",
                                        "Teploklyuchenka, Kerege-Tash, Chelpek",
                                        "5,000,000",
                                    ],
                                    ["Dostuk", "Dostuk, Burgondu", "5,000,000"],
                                    ["Kenesh", "Kenesh, Beshik-Jon, Massy", "5,000,000"],
                                ],
                            },
                        ),
                        (
                            "case",
                            {
                                "slug": "imc-cluster-grants-5-million",
                                "note": (
                                    "The full case on the competition and its winning clusters."
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p><strong>Before you submit, check:</strong></p>"
                            "<ul><li>is the need shown in figures;</li>"
                            "<li>does it say how citizens' views were collected;</li>"
                            "<li>is each member's contribution approved by an ayil kenesh "
                            "resolution;</li>"
                            "<li>does it say what will pay the running costs after the "
                            "grant;</li>"
                            "<li>are there baseline and target values for the "
                            "indicators.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "If you are a conditional winner",
                                "text": (
                                    "<p>Turn each remark of the panel into a work plan: "
                                    "what to fix, who fixes it, by when. The completed "
                                    "KZhAP will be useful in the next competition and in "
                                    "local budget discussions.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Common mistakes in applications",
                                "text": (
                                    "<ul><li>The budget lists only purchases and forgets "
                                    "running costs.</li>"
                                    "<li>Co-financing is promised in words, with no "
                                    "resolution attached.</li>"
                                    "<li>One AO writes the plan instead of all "
                                    "members.</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "waste",
                                "alt": "New containers and a waste truck",
                                "caption": (
                                    "A grant helps buy equipment; the cluster runs the "
                                    "service from then on."
                                ),
                            },
                        ),
                    ],
                },
            },
        },
        {
            "slug": "monitoring-and-reporting",
            "minutes": 15,
            "required": True,
            "preview": False,
            "text": {
                "ky": {
                    "title": "Натыйжаларды көзөмөлдөө жана элге отчёт берүү",
                    "summary": (
                        "Кызматтын индикаторлору, маалымат булактары жана жарандарга "
                        "түшүнүктүү отчёт."
                    ),
                    "body": [
                        ("heading", "Эмнени өлчөйбүз"),
                        (
                            "paragraph",
                            "<p>Мониторинг «акча сарпталдыбы» деген суроого эмес, "
                            "«эл жакшыраак кызмат алдыбы» деген суроого жооп берет. "
                            "Индикаторлорду аз тандаңыз, бирок аларды үзгүлтүксүз "
                            "чогултуңуз:</p>"
                            "<ul><li>кызмат камтыган үй чарбаларынын саны;</li>"
                            "<li>кызматтын жыштыгы жана графиктин сакталышы;</li>"
                            "<li>даттануулар жана алардын чечилиш мөөнөтү;</li>"
                            "<li>төлөмдөрдүн чогулушу;</li>"
                            "<li>бир үй чарбасына туура келген чыгым.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Шарттуу мисал: таштанды кластеринин индикаторлору",
                                "header": [
                                    "Индикатор",
                                    "Базалык маани",
                                    "1-жылдын максаты",
                                    "Булагы",
                                    "Канча жолу",
                                ],
                                "rows": [
                                    [
                                        "Кызмат алган үйлөр",
                                        "900 / 2 400",
                                        "2 000 / 2 400",
                                        "Келишимдер реестри",
                                        "Чейрек сайын",
                                    ],
                                    [
                                        "Таштанды чыгаруу жыштыгы",
                                        "Айына 1 жолу",
                                        "Жумасына 1 жолу",
                                        "Айдоочунун журналы",
                                        "Ай сайын",
                                    ],
                                    [
                                        "10 күндө чечилген даттануулар",
                                        "Эсеп жүргүзүлгөн эмес",
                                        "90%",
                                        "Даттануулар журналы",
                                        "Ай сайын",
                                    ],
                                    [
                                        "Төлөмдөрдүн чогулушу",
                                        "45%",
                                        "80%",
                                        "Бухгалтерия",
                                        "Чейрек сайын",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Жарандарга отчёт"),
                        (
                            "paragraph",
                            "<p>Отчётту адамдар түшүнгөн тил менен бериңиз: сомдордон "
                            "мурда адамдардын санын айтыңыз. Мисалы, «Ийгиликтүү аймак» "
                            "долбоору 2016-жылдан бери 50 муниципалитетте иштеп, 31 "
                            "миңден ашык тургунду таза ичүүчү суу менен камсыз "
                            "кылганын, 23 миңге жакын адам таштанды чыгаруу кызматын "
                            "жакшыраак алганын, беш муниципалитетте көчө жарыгы "
                            "орнотулганын айтат.</p>"
                            "<p>Ыңгайлуу каналдар: жылына бир жолу коомдук угуу, "
                            "айылдык кеңештин сессиясында отчёт, айыл өкмөтүнүн "
                            "тактасы жана мессенджердеги топ. Ошол эле долбоордун "
                            "колдоосу менен 16 муниципалитет бюджеттик угууларды "
                            "өткөргөн.</p>",
                        ),
                        (
                            "case",
                            {
                                "slug": "teploklyuchenka-messenger-feedback",
                                "note": (
                                    "Теплоключенка АӨ тургундардан пикир алуу үчүн "
                                    "WhatsApp аркылуу кайтарым байланышты сынап көргөн."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Элге бир барактык отчёттун үлгүсү",
                                "text": (
                                    "<ol><li>Эмнени убада кылганбыз (КЖАПтын "
                                    "максаттары).</li>"
                                    "<li>Эмне аткарылды (сандар менен).</li>"
                                    "<li>Канча акча коротулду жана анын булагы.</li>"
                                    "<li>Эмне аткарылган жок жана эмне үчүн.</li>"
                                    "<li>Кийинки жылы эмне болот.</li>"
                                    "<li>Даттануу же сунушту кайда жана кантип "
                                    "берсе болот.</li></ol>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Отчёттун алдында акыркы текшерүү",
                                "text": (
                                    "<ul><li>Бардык мүчө-АӨлөрдүн маалыматы "
                                    "кошулдубу?</li>"
                                    "<li>Сандар базалык маани менен салыштырылдыбы?</li>"
                                    "<li>Тургундардын даттануулары жана аларга "
                                    "берилген жооптор көрсөтүлдүбү?</li>"
                                    "<li>Отчёт ар бир айылда жарыяланабы?</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "water",
                                "alt": "Айылдагы суу түтүгү жана кранга суу алганы келген адамдар",
                                "caption": (
                                    "Жакшы отчёт сомду эмес, кызмат алган адамдарды эсептейт."
                                ),
                            },
                        ),
                    ],
                },
                "ru": {
                    "title": "Мониторинг результатов и отчёт перед жителями",
                    "summary": ("Индикаторы услуги, источники данных и понятный жителям отчёт."),
                    "body": [
                        ("heading", "Что измеряем"),
                        (
                            "paragraph",
                            "<p>Мониторинг отвечает не на вопрос «потрачены ли деньги», "
                            "а на вопрос «стали ли люди получать услугу лучше». "
                            "Выбирайте немного индикаторов, но собирайте их "
                            "регулярно:</p>"
                            "<ul><li>число домохозяйств, охваченных услугой;</li>"
                            "<li>частота услуги и соблюдение графика;</li>"
                            "<li>жалобы и сроки их рассмотрения;</li>"
                            "<li>собираемость платежей;</li>"
                            "<li>затраты в расчёте на одно домохозяйство.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Условный пример: индикаторы кластера по мусору",
                                "header": [
                                    "Индикатор",
                                    "Базовое значение",
                                    "Цель на 1-й год",
                                    "Источник",
                                    "Периодичность",
                                ],
                                "rows": [
                                    [
                                        "Дома, получающие услугу",
                                        "900 из 2 400",
                                        "2 000 из 2 400",
                                        "Реестр договоров",
                                        "Ежеквартально",
                                    ],
                                    [
                                        "Частота вывоза",
                                        "1 раз в месяц",
                                        "1 раз в неделю",
                                        "Журнал водителя",
                                        "Ежемесячно",
                                    ],
                                    [
                                        "Жалобы, решённые за 10 дней",
                                        "Учёт не вёлся",
                                        "90%",
                                        "Журнал жалоб",
                                        "Ежемесячно",
                                    ],
                                    [
                                        "Собираемость платежей",
                                        "45%",
                                        "80%",
                                        "Бухгалтерия",
                                        "Ежеквартально",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Отчёт перед жителями"),
                        (
                            "paragraph",
                            "<p>Отчитывайтесь на понятном людям языке: прежде сомов "
                            "называйте число людей. Например, проект «Успешный аймак», "
                            "работавший с 2016 года в 50 муниципалитетах, сообщает, что "
                            "более 31 тысячи жителей получили чистую питьевую воду, "
                            "около 23 тысяч — улучшенный вывоз мусора, а в пяти "
                            "муниципалитетах появилось уличное освещение.</p>"
                            "<p>Удобные каналы: ежегодные публичные слушания, отчёт на "
                            "сессии айылного кенеша, доска объявлений айыл окмоту и "
                            "группа в мессенджере. При поддержке того же проекта 16 "
                            "муниципалитетов провели бюджетные слушания.</p>",
                        ),
                        (
                            "case",
                            {
                                "slug": "teploklyuchenka-messenger-feedback",
                                "note": (
                                    "Айыл окмоту Теплоключенка опробовал обратную связь "
                                    "с жителями через WhatsApp."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Образец отчёта жителям на одной странице",
                                "text": (
                                    "<ol><li>Что мы обещали (цели КЖАП).</li>"
                                    "<li>Что сделано (в цифрах).</li>"
                                    "<li>Сколько потрачено и из каких источников.</li>"
                                    "<li>Что не сделано и почему.</li>"
                                    "<li>Что будет в следующем году.</li>"
                                    "<li>Куда и как подать жалобу или "
                                    "предложение.</li></ol>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Последняя проверка перед отчётом",
                                "text": (
                                    "<ul><li>Включены ли данные всех АО-участников?</li>"
                                    "<li>Сравнены ли цифры с базовыми значениями?</li>"
                                    "<li>Показаны ли жалобы жителей и ответы на них?</li>"
                                    "<li>Будет ли отчёт опубликован в каждом "
                                    "селе?</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "water",
                                "alt": "Сельский водопровод и люди у колонки",
                                "caption": (
                                    "Хороший отчёт считает не сомы, а людей, получивших услугу."
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "title": "Monitoring results and reporting to citizens",
                    "summary": (
                        "Service indicators, data sources and a report citizens can understand."
                    ),
                    "body": [
                        ("heading", "What we measure"),
                        (
                            "paragraph",
                            "<p>Monitoring answers the question “are people getting a "
                            "better service”, not “was the money spent”. Choose few "
                            "indicators, but collect them regularly:</p>"
                            "<ul><li>number of households covered by the service;</li>"
                            "<li>frequency of service and keeping to the schedule;</li>"
                            "<li>complaints and how fast they are resolved;</li>"
                            "<li>fee collection rate;</li>"
                            "<li>cost per household.</li></ul>",
                        ),
                        (
                            "table",
                            {
                                "caption": "Illustrative example: indicators of a waste cluster",
                                "header": [
                                    "Indicator",
                                    "Baseline",
                                    "Year 1 target",
                                    "Source",
                                    "How often",
                                ],
                                "rows": [
                                    [
                                        "Homes served",
                                        "900 of 2,400",
                                        "2,000 of 2,400",
                                        "Register of contracts",
                                        "Quarterly",
                                    ],
                                    [
                                        "Collection frequency",
                                        "Once a month",
                                        "Once a week",
                                        "Driver's log",
                                        "Monthly",
                                    ],
                                    [
                                        "Complaints resolved within 10 days",
                                        "Not recorded",
                                        "90%",
                                        "Complaints log",
                                        "Monthly",
                                    ],
                                    [
                                        "Fee collection rate",
                                        "45%",
                                        "80%",
                                        "Accounts",
                                        "Quarterly",
                                    ],
                                ],
                            },
                        ),
                        ("heading", "Reporting to citizens"),
                        (
                            "paragraph",
                            "<p>Report in words people understand: give the number of "
                            "people before the number of som. For example, the "
                            "“Successful Aimak” project, active in 50 municipalities "
                            "since 2016, reports that more than 31,000 residents gained "
                            "clean drinking water, about 23,000 got better waste "
                            "collection and five municipalities got street lighting.</p>"
                            "<p>Useful channels: an annual public hearing, a report at the "
                            "ayil kenesh session, the ayil okmotu notice board and a "
                            "messenger group. With support from the same project, 16 "
                            "municipalities held budget hearings.</p>",
                        ),
                        (
                            "case",
                            {
                                "slug": "teploklyuchenka-messenger-feedback",
                                "note": (
                                    "Teploklyuchenka ayil okmotu piloted WhatsApp "
                                    "feedback from residents."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Template for a one-page report to citizens",
                                "text": (
                                    "<ol><li>What we promised (KZhAP goals).</li>"
                                    "<li>What was done (in figures).</li>"
                                    "<li>How much was spent and from which sources.</li>"
                                    "<li>What was not done and why.</li>"
                                    "<li>What happens next year.</li>"
                                    "<li>Where and how to make a complaint or "
                                    "suggestion.</li></ol>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Final check before reporting",
                                "text": (
                                    "<ul><li>Are the data of all member AOs included?</li>"
                                    "<li>Are the figures compared with the baseline?</li>"
                                    "<li>Are residents' complaints and the answers "
                                    "shown?</li>"
                                    "<li>Will the report be published in every "
                                    "village?</li></ul>"
                                ),
                            },
                        ),
                        (
                            "image",
                            {
                                "motif": "water",
                                "alt": "A village water main and people at a standpipe",
                                "caption": (
                                    "A good report counts the people served, not the som spent."
                                ),
                            },
                        ),
                    ],
                },
            },
        },
    ],
}

MODULES = [_MODULE_1, _MODULE_2, _MODULE_3]

COURSE = {
    "slug": "intermunicipal-cooperation",
    "topic": "intermunicipal-cooperation",
    "level": "intermediate",
    "hours": 2,
    "enrolment_method": "open",
    "sequential": True,
    "certificate": True,
    "cover": {
        "motif": "cluster",
        "alt": {
            "ky": "Жол менен байланышкан үч айылдын схемасы: бир кластер, бир кызмат",
            "ru": "Схема трёх сёл, связанных дорогой: один кластер, одна услуга",
            "en": "Diagram of three villages linked by a road: one cluster, one service",
        },
    },
    "text": {
        "ky": {
            "title": "Муниципалитеттер аралык кызматташтык: кызматтарды бирге жакшыртабыз",
            "summary": (
                "Кошуна айыл өкмөттөрүнүн кластерге биригип, кызматты бирге көрсөтүүсү: "
                "КЖАП түзүү, макулдашууга кол коюу, грант сынагына катышуу жана "
                "жыйынтык боюнча элге отчёт берүү."
            ),
            "description": (
                "<p>Айрым кызматтарды бир айыл өкмөтү өз күчү менен жакшы уюштура албайт: "
                "таштанды ташуучу унаа, полигон, суу түтүгү же ветеринардык кызмат кымбатка "
                "турат. Кошуна муниципалитеттер <strong>кластерге</strong> биригип, "
                "чыгымды бөлүшүп, кызматты бирге көрсөтө алышат.</p>"
                "<p>Курс Жалал-Абад жана Ысык-Көл облустарындагы кластерлердин чыныгы "
                "тажрыйбасына таянат. Сиз төмөнкүлөрдү үйрөнөсүз:</p>"
                "<ul><li>кластерди ким менен жана кантип түзүү;</li>"
                "<li>кызмат жакшыртуу аракеттер планын (КЖАП) жазуу;</li>"
                "<li>муниципалитеттер ортосундагы макулдашууну даярдоо;</li>"
                "<li>грант сынагына катышуу;</li>"
                "<li>натыйжаларды көзөмөлдөө жана жарандарга отчёт берүү.</li></ul>"
                "<p>Курс айыл өкмөт башчыларына, адистерге, айылдык кеңештин депутаттарына "
                "жана мэриянын кызматкерлерине арналган.</p>"
            ),
            "outcomes": [
                "Кызматты кластер аркылуу көрсөтүү качан пайдалуу экенин түшүндүрө аласыз.",
                "Кластердин курамын жана биринчи кадамдарын пландай аласыз.",
                "Жарандардын пикирин эске алып, КЖАПтын долбоорун жаза аласыз.",
                "Макулдашуунун негизги шарттарын аныктай аласыз: үлүштөр, башкаруу, мүлк, чыгуу.",
                "Грант сынагына арыз даярдап, натыйжаларды элге отчёт катары бере аласыз.",
            ],
            "completion": (
                "Жети сабакты ирети менен өтүңүз; акыркы сабактан кийин сертификат берилет."
            ),
        },
        "ru": {
            "title": "Межмуниципальное сотрудничество для улучшения услуг",
            "summary": (
                "Как соседние айыл окмоту объединяются в кластер и оказывают услугу вместе: "
                "план действий (КЖАП), соглашение между муниципалитетами, грантовый "
                "конкурс и отчёт перед жителями."
            ),
            "description": (
                "<p>Некоторые услуги одному айыл окмоту организовать не по силам: "
                "мусоровоз, полигон, водопровод или ветеринарная служба стоят дорого. "
                "Соседние муниципалитеты могут объединиться в <strong>кластер</strong>, "
                "разделить расходы и оказывать услугу совместно.</p>"
                "<p>Курс опирается на реальный опыт кластеров Джалал-Абадской и "
                "Иссык-Кульской областей. Вы научитесь:</p>"
                "<ul><li>решать, с кем и как создавать кластер;</li>"
                "<li>составлять план действий по улучшению услуги (КЖАП);</li>"
                "<li>готовить соглашение между муниципалитетами;</li>"
                "<li>участвовать в грантовом конкурсе;</li>"
                "<li>отслеживать результаты и отчитываться перед жителями.</li></ul>"
                "<p>Курс предназначен для глав и специалистов айыл окмоту, депутатов "
                "айылных кенешей и сотрудников мэрий.</p>"
            ),
            "outcomes": [
                "Объяснять, когда услугу выгоднее оказывать через кластер.",
                "Планировать состав кластера и его первые шаги.",
                "Составлять проект КЖАП с учётом мнения жителей.",
                "Определять ключевые условия соглашения: доли, управление, имущество, выход.",
                "Готовить заявку на грантовый конкурс и отчитываться перед жителями.",
            ],
            "completion": (
                "Пройдите семь уроков по порядку; после последнего урока выдаётся сертификат."
            ),
        },
        "en": {
            "title": "Intermunicipal cooperation for better services",
            "summary": (
                "How neighbouring ayil okmotu join a cluster and deliver a service together: "
                "the action plan (KZhAP), the agreement between municipalities, grant "
                "competitions and reporting to citizens."
            ),
            "description": (
                "<p>Some services are too expensive for one ayil okmotu to run well: "
                "a waste truck, a landfill, a water main or a veterinary service. "
                "Neighbouring municipalities can form a <strong>cluster</strong>, share the "
                "costs and deliver the service together.</p>"
                "<p>The course draws on the real experience of clusters in Jalal-Abad and "
                "Issyk-Kul regions. You will learn how to:</p>"
                "<ul><li>decide with whom and how to form a cluster;</li>"
                "<li>write a service improvement action plan (KZhAP);</li>"
                "<li>prepare an agreement between municipalities;</li>"
                "<li>take part in a grant competition;</li>"
                "<li>monitor results and report to citizens.</li></ul>"
                "<p>The course is for ayil okmotu heads and specialists, ayil kenesh members "
                "and mayors' office staff.</p>"
            ),
            "outcomes": [
                "Explain when a service is better delivered through a cluster.",
                "Plan the membership of a cluster and its first steps.",
                "Draft a KZhAP that takes citizens' views into account.",
                "Set the key terms of an agreement: cost shares, governance, assets, exit.",
                "Prepare a grant application and report results to citizens.",
            ],
            "completion": (
                "Complete the seven lessons in order; the certificate is issued after the last one."
            ),
        },
    },
    "modules": MODULES,
}
