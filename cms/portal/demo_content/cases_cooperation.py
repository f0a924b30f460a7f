"""Demo intermunicipal cooperation and citizen feedback cases from the seed releases; data only."""

CASES = [
    {
        "slug": "imc-cluster-grants-5-million",
        "theme": "intermunicipal-cooperation",
        "service_area": "other",
        "mechanism": "imc-agreement",
        "municipalities": [
            "kyzyl-suu",
            "orgochor",
            "svetlaya-polyana",
            "saruu",
            "darkhan",
            "teploklyuchenka",
            "kerege-tash",
            "oktyabr",
            "chelpek",
            "dostuk",
            "burgondu",
            "kenesh",
            "beshik-jon",
            "massy",
        ],
        "cluster": "kyzyl-suu-cluster",
        "population_served": 118000,
        "municipality_population": 164000,
        "status": "ongoing",
        "year": 2020,
        "budget": {"amount": 27500000, "currency": "KGS"},
        "cover": {
            "motif": "cluster",
            "alt": {
                "ky": "Бир нече айыл аймагын бириктирген кластердин схемасы",
                "ru": "Схема кластера, объединяющего несколько айыльных аймаков",
                "en": "Diagram of a cluster joining several ayil aimaks",
            },
        },
        "gallery": [
            {
                "motif": "meeting",
                "caption": {
                    "ky": (
                        "2020-жылдын жыйынтыктоочу конференциясы: жеңүүчү кластерлерге "
                        "грант сертификаттары тапшырылды"
                    ),
                    "ru": (
                        "Итоговая конференция 2020 года: кластерам-победителям вручены "
                        "сертификаты на гранты"
                    ),
                    "en": (
                        "The 2020 closing conference, where the winning clusters received "
                        "their grant certificates"
                    ),
                },
            },
            {
                "motif": "chart",
                "caption": {
                    "ky": "Тогуз кластердин бешөө толук жеңүүчү болуп таанылды",
                    "ru": "Пять из девяти кластеров признаны полными победителями",
                    "en": "Five of the nine clusters were named outright winners",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Кызмат жакшыртуу планы бекитилген кластерлер",
                    "ru": "Кластеры с утверждённым планом улучшения услуг",
                    "en": "Clusters with an approved service improvement plan",
                },
                "before": 0,
                "after": 5,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Кластердик макулдашуу менен иштеген муниципалитеттер",
                    "ru": "Муниципалитеты, работающие по кластерному соглашению",
                    "en": "Municipalities working under a cluster agreement",
                },
                "before": 0,
                "after": 14,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Ар бир жеңүүчү кластерге берилген грант",
                    "ru": "Грант каждому кластеру-победителю",
                    "en": "Grant to each winning cluster",
                },
                "before": None,
                "after": 5000000,
                "unit": "KGS",
            },
        ],
        "timeline": [
            {
                "date": "2019-07",
                "event": {
                    "ky": (
                        "Долбоордун экинчи фазасы Жалал-Абадда жана Караколдо киришүү "
                        "семинарлары менен башталды"
                    ),
                    "ru": (
                        "Второй этап проекта открылся вводными семинарами в Джалал-Абаде и Караколе"
                    ),
                    "en": (
                        "The project's second phase opened with introductory seminars in "
                        "Jalal-Abad and Karakol"
                    ),
                },
            },
            {
                "date": "2020-03",
                "event": {
                    "ky": (
                        "Коңшу муниципалитеттер кластерлерге биригип, кызмат жакшыртуу "
                        "аракеттер планын (КЖАП) даярдай баштады"
                    ),
                    "ru": (
                        "Соседние муниципалитеты объединились в кластеры и начали готовить "
                        "планы действий по улучшению услуг (ПДУУ)"
                    ),
                    "en": (
                        "Neighbouring municipalities formed clusters and began drafting "
                        "service improvement action plans"
                    ),
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": (
                        "Жыйынтыктоочу конференцияда тогуз кластердин бешөө жеңип, ар бири "
                        "5 000 000 сомдук грант сертификатын алды"
                    ),
                    "ru": (
                        "На итоговой конференции 5 из 9 кластеров победили, каждый получил "
                        "сертификат на грант в 5 000 000 сомов"
                    ),
                    "en": (
                        "At the closing conference 5 of 9 clusters won, each receiving a "
                        "grant certificate for 5,000,000 som"
                    ),
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": "Долбоор менен ЖӨБ органдарынын башчылары алкактык макулдашууларга "
                    "кол коюшту",
                    "ru": "Руководство проекта и главы ОМСУ подписали рамочные соглашения",
                    "en": "The project and the heads of local governments signed framework "
                    "agreements",
                },
            },
            {
                "date": "2021-04",
                "event": {
                    "ky": "Кластерлер пландарын ишке ашырууга жана сатып алууларга киришти",
                    "ru": "Кластеры приступили к выполнению планов и закупкам",
                    "en": "The clusters started carrying out their plans and procurement",
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Швейцариянын Өнүктүрүү жана кызматташтык агенттиги (SDC)",
                    "ru": "Швейцарское управление по развитию и сотрудничеству (SDC)",
                    "en": "Swiss Agency for Development and Cooperation (SDC)",
                },
                "kind": "donor-project",
                "support": ["financial"],
            },
            {
                "name": {"ky": "HELVETAS", "ru": "HELVETAS", "en": "HELVETAS"},
                "kind": "ngo",
                "support": ["technical", "administrative"],
            },
            {
                "name": {
                    "ky": "Өнүгүү саясаты институту (ӨСИ)",
                    "ru": "Институт политики развития (ИПР)",
                    "en": "Development Policy Institute (DPI)",
                },
                "kind": "ngo",
                "support": ["technical"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Швейцария Өкмөтүнүн гранты (5 кластер × 5 000 000 сом)",
                    "ru": "Грант Правительства Швейцарии (5 кластеров × 5 000 000 сомов)",
                    "en": "Grant from the Government of Switzerland (5 clusters × 5,000,000 som)",
                },
                "amount": 25000000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Кластерге кирген муниципалитеттердин жергиликтүү бюджеттери",
                    "ru": "Местные бюджеты муниципалитетов, входящих в кластеры",
                    "en": "Local budgets of the clustered municipalities",
                },
                "amount": 2500000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Беш кластер кызматтарды жакшыртуу пландары үчүн 5 миллион сомдон утту",
                "summary": (
                    "Жалал-Абад жана Ысык-Көл облустарынын коңшу айыл аймактары кластерлерге "
                    "биригип, кызматтарды биргелешип жакшыртуу планын түзүштү. Тогуз кластердин "
                    "бешөө 5 000 000 сомдон грант утуп алды."
                ),
                "situation_before": (
                    "<p>Айыл аймактардын көбү таштанды чыгаруу, суу же жарыктандыруу сыяктуу "
                    "кызматтарды жалгыз көтөрө албайт: техника кымбат, адистер аз, бюджет "
                    "тартыш. Коңшу муниципалитеттер көйгөйлөрү окшош болсо да, ар бири өз "
                    "алдынча аракет кылып келген.</p>"
                    "<p>Биргелешкен кызмат көрсөтүү мыйзамда каралганы менен, аны кантип "
                    "уюштуруу, чыгымды кантип бөлүшүү жана жоопкерчиликти кимге жүктөө "
                    "керектиги тууралуу практикалык тажрыйба дээрлик жок болчу.</p>"
                ),
                "sustainability": (
                    "<p>Грант сертификаты менен бирге долбоор жана ЖӨБ башчылары алкактык "
                    "макулдашууларга кол коюшту. Анда ар бир тараптын милдети, жергиликтүү "
                    "бюджеттен кошулуучу үлүш жана сатылып алынган мүлктү ким кармай "
                    "турганы жазылган.</p>"
                    "<p>Кызмат үчүн акы төлөөнүн маанилүүлүгү боюнча маалымат кампаниялары "
                    "да ушул эле муниципалитеттерде өткөрүлгөн, бул кызматтын кийинки "
                    "каржылоосуна негиз түзөт.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Карантиндик чектөөлөрдөн улам жолугушуулар жана окуулар кечиктирилди "
                    "же чакан топтор менен өткөрүлдү.</li>"
                    "<li>Бир нече айылдык кеңештин макулдугун алуу бир муниципалитетке "
                    "караганда көп убакытты талап кылды.</li>"
                    "<li>Төрт кластер планын толуктоо тапшырмасын алып, шарттуу жеңүүчү "
                    "болуп калды.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Сынак түрүндөгү каржылоо муниципалитеттерди пландарын так жана "
                    "эсептелген кылып жазууга түрткү берди. Ийгиликке жеткен кластерлерде "
                    "кызматтын кимге жана канча адамга арналганы, ар бир айыл өкмөтүнүн "
                    "салымы алдын ала ачык айтылган.</p>"
                    "<p><strong>Негизги сабак:</strong> кызматташуу кагаз жүзүндө эмес, "
                    "чыгымды жана жоопкерчиликти бөлүштүргөн конкреттүү макулдашуу аркылуу "
                    "иштейт.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Кызматы окшош көйгөйгө туш болгон коңшу муниципалитеттерди "
                    "аныктаңыз.</li>"
                    "<li>Кызматтын азыркы абалын бирге баалап, бир орток максат коюңуз.</li>"
                    "<li>Кызмат жакшыртуу аракеттер планын чыгымдар жана ар бир тараптын "
                    "салымы менен даярдаңыз.</li>"
                    "<li>Ар бир айылдык кеңеште планды жана макулдашууну бекитиңиз.</li>"
                    "<li>Сатылып алынган мүлктү башкаруу жана отчет берүү тартибин "
                    "макулдашууга киргизиңиз.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Эмне үчүн кластер?"),
                    (
                        "paragraph",
                        "<p>Швейцария Өкмөтү каржылаган жана ХЕЛЬВЕТАС менен Өнүктүрүү "
                        "саясат институту ишке ашырган «Жергиликтүү деңгээлде кызмат "
                        "көрсөтүүлөрдү жакшыртуу» долбоорунун экинчи фазасында Жалал-Абад "
                        "жана Ысык-Көл облустарынын 26 муниципалитети катышты. Алардын "
                        "арасында коңшу айыл аймактары бир кызматты чогуу уюштуруу үчүн "
                        "кластерлерге биригишти.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ар бир кластер кызмат жакшыртуу аракеттер планын (КЖАП) түзүп, "
                        "сынакка тапшырды. 2020-жылдын аягындагы жыйынтыктоочу "
                        "конференцияда тогуз кластердин бешөө жеңүүчү деп жарыяланды:</p>"
                        "<ul>"
                        "<li>Теплоключенка кластери (Теплоключенка, Кереге-Таш, Октябрь);</li>"
                        "<li>Кызыл-Суу кластери (Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, "
                        "Дархан);</li>"
                        "<li>Октябрь кластери (Теплоключенка, Кереге-Таш, Челпек);</li>"
                        "<li>Достук кластери (Достук, Бүргөндү);</li>"
                        "<li>Кеңеш кластери (Кеңеш, Бешик-Жон, Масы).</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Беш жеңүүчү кластердин картасы",
                            "caption": "Жеңүүчү кластерлер эки облустун 14 айыл аймагын камтыйт",
                        },
                    ),
                    ("heading", "Эң чоң кластер: Жети-Өгүздүн беш айыл аймагы"),
                    (
                        "paragraph",
                        "<p>Кызыл-Суу кластерине Жети-Өгүз районунун беш айыл аймагы кирди. "
                        "Беш айылдык кеңештин макулдугун алуу оңой болгон жок, бирок так "
                        "бөлүштүрүлгөн милдеттер планды күчтүү кылды. Жеңүүчүлөрдүн ар бири "
                        "планын ишке ашыруу үчүн 5 000 000 сомдук грант сертификатын алды, "
                        "калган төрт кластерге планын толуктоо тапшырмасы берилип, алар шарттуу "
                        "жеңүүчү болуп "
                        "калды.</p>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Жалгыз жасай албаган ишти коңшулар менен бирге жасоого "
                            "болот экен. Эң негизгиси, ким эмне кошоорун алдын ала "
                            "макулдашуу.",
                            "attribution": "Кластерге кирген айыл өкмөттүн башчысы",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Пять кластеров выиграли по 5 миллионов сомов на планы улучшения услуг",
                "summary": (
                    "Соседние айыльные аймаки Джалал-Абадской и Иссык-Кульской областей "
                    "объединились в кластеры и составили общие планы улучшения услуг. Пять "
                    "из девяти кластеров получили гранты по 5 000 000 сомов."
                ),
                "situation_before": (
                    "<p>Большинству айыльных аймаков не под силу в одиночку обеспечить вывоз "
                    "мусора, водоснабжение или освещение: техника дорогая, специалистов мало, "
                    "бюджет ограничен. Соседи сталкивались с одними и теми же проблемами, но "
                    "решали их каждый сам по себе.</p>"
                    "<p>Закон допускает совместное оказание услуг, однако опыта того, как его "
                    "организовать, как делить расходы и кто за что отвечает, почти не "
                    "было.</p>"
                ),
                "sustainability": (
                    "<p>Вместе с сертификатами проект и главы ОМСУ подписали рамочные "
                    "соглашения. В них закреплены обязанности сторон, доля софинансирования "
                    "из местных бюджетов и порядок содержания закупленного имущества.</p>"
                    "<p>В тех же муниципалитетах прошли информационные кампании о важности "
                    "оплаты коммунальных услуг, что создаёт основу для дальнейшего "
                    "финансирования услуги.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Из-за карантинных ограничений встречи и обучение переносились или "
                    "проходили в небольших группах.</li>"
                    "<li>Согласование с несколькими айыльными кенешами заняло больше "
                    "времени, чем в одном муниципалитете.</li>"
                    "<li>Четыре кластера получили задания доработать планы и стали условными "
                    "победителями.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Конкурсный отбор подтолкнул муниципалитеты писать планы точнее и с "
                    "расчётами. У победителей заранее было ясно, для кого и для скольких "
                    "жителей предназначена услуга и каков вклад каждого айыл окмоту.</p>"
                    "<p><strong>Главный урок:</strong> сотрудничество работает не на бумаге, "
                    "а через конкретное соглашение, которое делит расходы и "
                    "ответственность.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Найдите соседние муниципалитеты с похожими проблемами в той же "
                    "услуге.</li>"
                    "<li>Вместе оцените состояние услуги и поставьте общую цель.</li>"
                    "<li>Подготовьте план действий с расходами и вкладом каждой стороны.</li>"
                    "<li>Утвердите план и соглашение в каждом айыльном кенеше.</li>"
                    "<li>Пропишите в соглашении порядок управления имуществом и "
                    "отчётности.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Зачем нужен кластер?"),
                    (
                        "paragraph",
                        "<p>Во втором этапе проекта «Улучшение услуг на местном уровне», "
                        "который финансирует Правительство Швейцарии, а реализуют ХЕЛЬВЕТАС и "
                        "Институт политики развития, участвовали 26 муниципалитетов "
                        "Джалал-Абадской и Иссык-Кульской областей. Соседние айыльные аймаки "
                        "среди них объединились в кластеры, чтобы организовать услугу "
                        "сообща.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Каждый кластер разработал план действий по улучшению услуг (ПДУУ) "
                        "и подал его на конкурс. На итоговой конференции в конце 2020 года "
                        "победителями были названы пять кластеров из девяти:</p>"
                        "<ul>"
                        "<li>Теплоключенский (Теплоключенка, Кереге-Таш, Октябрь);</li>"
                        "<li>Кызыл-Сууйский (Кызыл-Суу, Оргочор, Светлая Поляна, Саруу, "
                        "Дархан);</li>"
                        "<li>Октябрьский (Теплоключенка, Кереге-Таш, Челпек);</li>"
                        "<li>Достукский (Достук, Бургонду);</li>"
                        "<li>Кенешский (Кенеш, Бешик-Джон, Массы).</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Карта пяти кластеров-победителей",
                            "caption": "Кластеры-победители охватывают 14 айыльных аймаков "
                            "двух областей",
                        },
                    ),
                    ("heading", "Самый крупный кластер: пять аймаков Джети-Огуза"),
                    (
                        "paragraph",
                        "<p>В Кызыл-Сууйский кластер вошли пять айыльных аймаков "
                        "Джети-Огузского района. Получить согласие пяти айыльных кенешей было "
                        "непросто, но чётко распределённые обязанности сделали план сильным. "
                        "Каждый победитель получил сертификат на грант в 5 000 000 сомов, а "
                        "остальные четыре кластера стали условными победителями с заданием "
                        "доработать планы.</p>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Оказалось, то, что не под силу одному, можно сделать "
                            "вместе с соседями. Главное — заранее договориться, кто что "
                            "вносит.",
                            "attribution": "Глава айыл окмоту, входящего в кластер",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Five clusters win 5 million som each for service improvement plans",
                "summary": (
                    "Neighbouring ayil aimaks in Jalal-Abad and Issyk-Kul regions formed "
                    "clusters and drew up joint plans to improve services. Five of the nine "
                    "clusters won grants of 5,000,000 som each."
                ),
                "situation_before": (
                    "<p>Most ayil aimaks cannot run waste collection, water supply or lighting "
                    "on their own: machinery is expensive, specialists are few and budgets "
                    "are tight. Neighbours faced the same problems but tackled them "
                    "separately.</p>"
                    "<p>The law allows municipalities to deliver services together, but there "
                    "was little practical experience of how to organise it, share the costs "
                    "and assign responsibility.</p>"
                ),
                "sustainability": (
                    "<p>Along with the certificates, the project and the heads of local "
                    "governments signed framework agreements. They set out each party's "
                    "duties, the co-financing share from local budgets and who maintains the "
                    "equipment bought.</p>"
                    "<p>The same municipalities also ran campaigns on why paying for "
                    "communal services matters, which lays the ground for funding the "
                    "service later on.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Quarantine restrictions postponed meetings and training or limited "
                    "them to small groups.</li>"
                    "<li>Getting several ayil keneshes to agree took longer than in a single "
                    "municipality.</li>"
                    "<li>Four clusters were asked to complete their plans and became "
                    "conditional winners.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Competitive funding pushed municipalities to write precise, costed "
                    "plans. The winners stated up front whom the service was for, how many "
                    "residents it would reach and what each ayil okmotu would contribute.</p>"
                    "<p><strong>Key lesson:</strong> cooperation works through a concrete "
                    "agreement that shares costs and responsibility, not on paper alone.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Identify neighbouring municipalities with similar problems in the "
                    "same service.</li>"
                    "<li>Assess the service together and agree on one shared goal.</li>"
                    "<li>Prepare an action plan with costs and each party's "
                    "contribution.</li>"
                    "<li>Have each ayil kenesh approve the plan and the agreement.</li>"
                    "<li>Write rules on managing shared assets and reporting into the "
                    "agreement.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Why a cluster?"),
                    (
                        "paragraph",
                        "<p>The second phase of the Improving Local Level Services project, "
                        "financed by the Government of Switzerland and implemented by HELVETAS "
                        "and the Development Policy Institute, involved 26 municipalities in "
                        "Jalal-Abad and Issyk-Kul regions. Neighbouring ayil aimaks among them "
                        "formed clusters to run a service together.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Each cluster drafted a service improvement action plan and entered "
                        "it in a contest. At the closing conference at the end of 2020, five of "
                        "the nine clusters were named winners:</p>"
                        "<ul>"
                        "<li>Teploklyuchenka cluster (Teploklyuchenka, Kerege-Tash, "
                        "Oktyabr);</li>"
                        "<li>Kyzyl-Suu cluster (Kyzyl-Suu, Orgochor, Svetlaya Polyana, Saruu, "
                        "Darkhan);</li>"
                        "<li>Oktyabr cluster (Teploklyuchenka, Kerege-Tash, Chelpek);</li>"
                        "<li>Dostuk cluster (Dostuk, Burgondu);</li>"
                        "<li>Kenesh cluster (Kenesh, Beshik-Jon, Massy).</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Map of the five winning clusters",
                            "caption": "The winning clusters cover 14 ayil aimaks in two regions",
                        },
                    ),
                    ("heading", "The largest cluster: five aimaks of Jeti-Oguz"),
                    (
                        "paragraph",
                        "<p>The Kyzyl-Suu cluster brought together five ayil aimaks of Jeti-Oguz "
                        "District. Winning the consent of five ayil keneshes was not easy, but "
                        "clearly shared duties made the plan strong. Each winner received a "
                        "grant certificate for 5,000,000 som; the other four clusters became "
                        "conditional winners with tasks to complete their plans.</p>",
                    ),
                    (
                        "quote",
                        {
                            "text": "What one village cannot do alone, it can do with its "
                            "neighbours. The main thing is to agree in advance who "
                            "contributes what.",
                            "attribution": "Head of an ayil okmotu in one of the clusters",
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "teploklyuchenka-messenger-feedback",
        "theme": "other",
        "service_area": "other",
        "mechanism": "other",
        "municipalities": ["teploklyuchenka"],
        "cluster": None,
        "population_served": 12400,
        "municipality_population": 12400,
        "status": "ongoing",
        "year": 2019,
        "budget": {"amount": 60000, "currency": "KGS"},
        "cover": {
            "motif": "meeting",
            "alt": {
                "ky": "Айыл өкмөттүн кызматкери тургундардын билдирүүлөрүн карап жатат",
                "ru": "Сотрудник айыл окмоту разбирает сообщения жителей",
                "en": "An ayil okmotu officer going through residents' messages",
            },
        },
        "gallery": [
            {
                "motif": "chart",
                "caption": {
                    "ky": "Кайрылуулар эми катталып, ай сайын жыйынтыкталат",
                    "ru": "Обращения теперь учитываются и подытоживаются каждый месяц",
                    "en": "Requests are now logged and summed up every month",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Кайрылууга жооп берүүнүн орточо мөөнөтү",
                    "ru": "Средний срок ответа на обращение",
                    "en": "Average time to answer a request",
                },
                "before": 14,
                "after": 3,
                "unit": "days",
            },
            {
                "label": {
                    "ky": "Айына катталган кайрылуулар",
                    "ru": "Обращений, зарегистрированных за месяц",
                    "en": "Requests logged per month",
                },
                "before": 10,
                "after": 45,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Жооп алган кайрылуулардын үлүшү",
                    "ru": "Доля обращений, получивших ответ",
                    "en": "Share of requests that got an answer",
                },
                "before": 55,
                "after": 90,
                "unit": "%",
            },
        ],
        "timeline": [
            {
                "date": "2018-05",
                "event": {
                    "ky": (
                        "Теплоключенка USAIDдин «Ийгиликтүү аймак» долбоорунун өнөктөш "
                        "муниципалитети болуп, тургундар менен байланышты баалады"
                    ),
                    "ru": (
                        "Теплоключенка стала партнёром проекта USAID «Успешный аймак» и "
                        "оценила, как она общается с жителями"
                    ),
                    "en": (
                        "Teploklyuchenka became a partner municipality of USAID's Successful "
                        "Aimak project and reviewed how it talks to residents"
                    ),
                },
            },
            {
                "date": "2019-03",
                "event": {
                    "ky": "WhatsApp аркылуу кайтарым байланыш пилоттук негизде ишке кирди",
                    "ru": "Запущен пилотный канал обратной связи через WhatsApp",
                    "en": "A pilot feedback channel over WhatsApp was launched",
                },
            },
            {
                "date": "2019-09",
                "event": {
                    "ky": (
                        "Айыл өкмөтү кайрылууларды каттоо журналын жана жооп берүү мөөнөттөрүн "
                        "бекитти"
                    ),
                    "ru": "Айыл окмоту утвердил журнал обращений и сроки ответа",
                    "en": "The ayil okmotu adopted a request log and response deadlines",
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": (
                        "Теплоключенка кызмат акысын төлөө боюнча маалымат кампаниясынын "
                        "сынагында 1-орунду алды"
                    ),
                    "ru": (
                        "Теплоключенка заняла 1-е место в конкурсе информационных кампаний об "
                        "оплате услуг"
                    ),
                    "en": (
                        "Teploklyuchenka took first place in the contest for campaigns on "
                        "paying for services"
                    ),
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": (
                        "USAID Жамааттык жана муниципалдык башкаруу демилгеси («Ийгиликтүү аймак»)"
                    ),
                    "ru": (
                        "Инициатива USAID по общественному и муниципальному управлению («Успешный "
                        "аймак»)"
                    ),
                    "en": "USAID Community and Municipal Governance Initiative (Successful Aimak)",
                },
                "kind": "donor-project",
                "support": ["technical", "financial"],
            },
            {
                "name": {
                    "ky": "Өнүгүү саясаты институту (ӨСИ)",
                    "ru": "Институт политики развития (ИПР)",
                    "en": "Development Policy Institute (DPI)",
                },
                "kind": "ngo",
                "support": ["technical"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Айыл өкмөттүн бюджети (телефон, байланыш, кызматкердин убактысы)",
                    "ru": "Бюджет айыл окмоту (телефон, связь, время сотрудника)",
                    "en": "Ayil okmotu budget (phone, airtime, staff time)",
                },
                "amount": 35000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "USAID долбоору (окутуу жана маалымат материалдары)",
                    "ru": "Проект USAID (обучение и информационные материалы)",
                    "en": "USAID project (training and information materials)",
                },
                "amount": 25000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Теплоключенка: тургундар менен WhatsApp аркылуу кайтарым байланыш",
                "summary": (
                    "Ак-Суу районундагы Теплоключенка айыл өкмөтү тургундардын арыз-"
                    "даттанууларын WhatsApp аркылуу кабыл алып, ар бирине белгиленген мөөнөттө "
                    "жооп берүүнү жолго койду."
                ),
                "situation_before": (
                    "<p>Тургундар көйгөйүн айтыш үчүн айыл өкмөткө өзү барышы же жыйынды "
                    "күтүшү керек эле. Көчөдөгү чырак күйбөй калганы, таштанды чыгарылбай "
                    "калганы же суу үзүлгөнү тууралуу кабарлар оозеки айтылып, көбү "
                    "эч жерге жазылчу эмес.</p>"
                    "<p>Ошондуктан айыл өкмөтү кайсы маселе канча жолу кайталанганын билчү эмес, "
                    "ал эми тургундар жооп алабы же жокпу, белгисиз болчу.</p>"
                ),
                "sustainability": (
                    "<p>Канал кымбат эмес: бир телефон номери, бир смартфон жана жооптуу "
                    "кызматкердин убактысы жетиштүү. Бул чыгымдар айыл өкмөттүн жылдык "
                    "бюджетине киргизилди, андыктан долбоор бүткөндөн кийин да канал "
                    "иштей берет.</p>"
                    "<p>Жооп берүү тартиби айыл өкмөт башчысынын буйругу менен бекитилген, "
                    "ошондуктан кызматкер алмашса да иш токтобойт.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Улгайган тургундардын баарында эле смартфон жок, ошондуктан "
                    "мурдагы жолдор да сакталды.</li>"
                    "<li>Баштапкы айларда топтук чатта талаш-тартыш көп болду; эрежелер "
                    "кабыл алынып, жалпы топ маалымат үчүн гана калды.</li>"
                    "<li>Кээ бир суроолор айыл өкмөттүн ыйгарым укугунан тышкары болгондуктан, "
                    "аларды тиешелүү органга жөнөтүү тартиби керек болду.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Каналдын өзү эмес, анын артындагы тартип маанилүү: кайрылуу "
                    "катталат, жооптуу адам белгиленет жана мөөнөт коюлат. Тургундар "
                    "жооп келерин көргөндө, жазгандар көбөйдү.</p>"
                    "<p>Кайрылуулардын журналы айыл өкмөткө кайсы кызматка биринчи кезекте "
                    "көңүл буруу керектигин көрсөткөн маалымат булагы болуп калды.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Кызматтык телефон номерин ачып, жооптуу кызматкерди дайындаңыз.</li>"
                    "<li>Жооп берүү мөөнөтүн жана каттоо журналын буйрук менен бекитиңиз.</li>"
                    "<li>Номерди жыйындарда, дүкөндөрдө жана мектептерде жарыялаңыз.</li>"
                    "<li>Жалпы топко жүрүм-турум эрежелерин киргизиңиз.</li>"
                    "<li>Ай сайын кайрылуулардын жыйынтыгын айылдык кеңешке жана "
                    "тургундарга билдириңиз.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Кайтарым байланыш кантип иштейт"),
                    (
                        "paragraph",
                        "<p>USAIDдин «Ийгиликтүү аймак» долбоорунун колдоосу менен "
                        "Теплоключенка айыл өкмөтү WhatsApp тиркемесинде кайтарым байланыш "
                        "каналын пилоттук негизде ачты. Тургун жазуу, сүрөт же үн билдирүүсүн "
                        "жөнөтөт, кызматкер аны журналга каттап, тиешелүү адиске "
                        "тапшырат.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Жооп берүүнүн тартиби жөнөкөй:</p>"
                        "<ul>"
                        "<li>бир күндүн ичинде кайрылуу кабыл алынганы тууралуу билдирүү;</li>"
                        "<li>үч иш күнүнүн ичинде жооп же иштин мөөнөтү;</li>"
                        "<li>маселе чечилгенде тургунга кабар берүү.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "chart",
                            "alt": "Айлар боюнча кайрылуулардын санын көрсөткөн диаграмма",
                            "caption": "Жооп келерин көргөн тургундар көбүрөөк жаза баштады",
                        },
                    ),
                    ("heading", "Натыйжасы"),
                    (
                        "paragraph",
                        "<p>Жооп берүү мөөнөтү эки жумадан үч күнгө чейин кыскарды. Айыл өкмөтү "
                        "кайсы көчөдө кандай көйгөй кайталанарын көрүп, пландоодо "
                        "колдоно баштады. 2020-жылы Теплоключенка кызмат акысын өз убагында "
                        "төлөө боюнча маалымат кампанияларынын сынагында биринчи орунду алды.</p>",
                    ),
                ],
            },
            "ru": {
                "title": "Теплоключенка: обратная связь с жителями через WhatsApp",
                "summary": (
                    "Айыл окмоту Теплоключенки в Ак-Суйском районе принимает жалобы и "
                    "предложения жителей через WhatsApp и отвечает на каждое обращение в "
                    "установленный срок."
                ),
                "situation_before": (
                    "<p>Чтобы сообщить о проблеме, жителю нужно было идти в айыл окмоту или "
                    "ждать схода. Сообщения о неработающем фонаре, невывезенном мусоре или "
                    "перебоях с водой передавались устно и чаще всего нигде не "
                    "записывались.</p>"
                    "<p>Айыл окмоту не знал, какие проблемы повторяются чаще всего, а жители "
                    "не знали, получат ли они ответ.</p>"
                ),
                "sustainability": (
                    "<p>Канал обходится недорого: один номер, один смартфон и время "
                    "ответственного сотрудника. Эти расходы включены в годовой бюджет айыл "
                    "окмоту, поэтому канал работает и после завершения проекта.</p>"
                    "<p>Порядок ответа закреплён распоряжением главы айыл окмоту, и работа не "
                    "останавливается при смене сотрудника.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Не у всех пожилых жителей есть смартфон, поэтому прежние способы "
                    "обращения сохранены.</li>"
                    "<li>В первые месяцы в общем чате было много споров; после принятия "
                    "правил общий чат оставили только для объявлений.</li>"
                    "<li>Часть вопросов выходит за рамки полномочий айыл окмоту, и "
                    "понадобился порядок их передачи в профильные органы.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Важен не сам канал, а порядок за ним: обращение регистрируется, "
                    "назначается ответственный, устанавливается срок. Когда жители увидели, "
                    "что ответ приходит, обращений стало больше.</p>"
                    "<p>Журнал обращений стал для айыл окмоту источником данных о том, каким "
                    "услугам нужно уделить внимание в первую очередь.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Заведите служебный номер и назначьте ответственного сотрудника.</li>"
                    "<li>Утвердите распоряжением сроки ответа и журнал обращений.</li>"
                    "<li>Объявите номер на сходах, в магазинах и школах.</li>"
                    "<li>Введите правила поведения в общем чате.</li>"
                    "<li>Ежемесячно сообщайте итоги по обращениям айыльному кенешу и "
                    "жителям.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Как работает обратная связь"),
                    (
                        "paragraph",
                        "<p>При поддержке проекта USAID «Успешный аймак» айыл окмоту "
                        "Теплоключенки в пилотном режиме открыл канал обратной связи в "
                        "WhatsApp. Житель присылает текст, фото или голосовое сообщение, "
                        "сотрудник регистрирует его в журнале и передаёт профильному "
                        "специалисту.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Порядок ответа простой:</p>"
                        "<ul>"
                        "<li>в течение дня — подтверждение, что обращение принято;</li>"
                        "<li>в течение трёх рабочих дней — ответ или срок выполнения;</li>"
                        "<li>после решения вопроса — сообщение жителю.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "chart",
                            "alt": "Диаграмма числа обращений по месяцам",
                            "caption": "Увидев, что ответы приходят, жители стали писать чаще",
                        },
                    ),
                    ("heading", "Результаты"),
                    (
                        "paragraph",
                        "<p>Срок ответа сократился с двух недель до трёх дней. Айыл окмоту "
                        "видит, на каких улицах повторяются одни и те же проблемы, и учитывает "
                        "это при планировании. В 2020 году Теплоключенка заняла первое место в "
                        "конкурсе информационных кампаний о своевременной оплате услуг.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Teploklyuchenka: resident feedback over WhatsApp",
                "summary": (
                    "The ayil okmotu of Teploklyuchenka in Ak-Suu District takes residents' "
                    "complaints and suggestions over WhatsApp and answers each one within a "
                    "set deadline."
                ),
                "situation_before": (
                    "<p>To report a problem, residents had to visit the ayil okmotu or wait "
                    "for a village meeting. Reports of a broken street lamp, uncollected "
                    "rubbish or a water cut were passed on by word of mouth and mostly never "
                    "written down.</p>"
                    "<p>The ayil okmotu did not know which problems came up most often, and "
                    "residents did not know whether they would get an answer.</p>"
                ),
                "sustainability": (
                    "<p>The channel is cheap: one number, one smartphone and the time of the "
                    "officer in charge. These costs are in the ayil okmotu's annual budget, "
                    "so the channel keeps running after the project.</p>"
                    "<p>The response procedure is set by an order of the head of the ayil "
                    "okmotu, so the work does not stop when staff change.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Not all older residents have a smartphone, so the old ways of "
                    "reporting were kept.</li>"
                    "<li>In the first months the group chat was full of arguments; after "
                    "rules were adopted it was kept for announcements only.</li>"
                    "<li>Some questions fall outside the ayil okmotu's powers, so a procedure "
                    "for passing them to the right agency was needed.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>What matters is not the channel but the routine behind it: each "
                    "request is logged, given an owner and a deadline. Once residents saw "
                    "that answers came, they wrote more.</p>"
                    "<p>The request log became a source of data showing the ayil okmotu "
                    "which services need attention first.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Set up an official number and appoint an officer in charge.</li>"
                    "<li>Adopt response deadlines and a request log by order.</li>"
                    "<li>Announce the number at village meetings, in shops and schools.</li>"
                    "<li>Introduce rules of conduct for the group chat.</li>"
                    "<li>Report the month's requests to the ayil kenesh and residents.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "How the feedback channel works"),
                    (
                        "paragraph",
                        "<p>With support from USAID's Successful Aimak project, the ayil "
                        "okmotu of Teploklyuchenka piloted a feedback channel on WhatsApp. A "
                        "resident sends a text, photo or voice message; an officer logs it and "
                        "passes it to the specialist concerned.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The response routine is simple:</p>"
                        "<ul>"
                        "<li>within a day, confirmation that the request was received;</li>"
                        "<li>within three working days, an answer or a date for the work;</li>"
                        "<li>once the issue is solved, a message to the resident.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "motif": "chart",
                            "alt": "Chart of the number of requests by month",
                            "caption": "Once answers came, residents wrote more often",
                        },
                    ),
                    ("heading", "Results"),
                    (
                        "paragraph",
                        "<p>The time to answer fell from two weeks to three days. The ayil "
                        "okmotu sees which streets keep reporting the same problems and uses "
                        "this in planning. In 2020 Teploklyuchenka took first place in the "
                        "contest for campaigns on paying for services on time.</p>",
                    ),
                ],
            },
        },
    },
    {
        "slug": "kenesh-cluster-joint-service",
        "theme": "intermunicipal-cooperation",
        "service_area": "solid-waste",
        "mechanism": "imc-agreement",
        "municipalities": ["kenesh", "beshik-jon", "massy"],
        "cluster": "kenesh-cluster",
        "population_served": 21000,
        "municipality_population": 64000,
        "status": "ongoing",
        "year": 2020,
        "budget": {"amount": 5750000, "currency": "KGS"},
        "cover": {
            "motif": "waste",
            "alt": {
                "ky": "Айыл көчөсүндөгү таштанды контейнерлери жана таштанды ташуучу унаа",
                "ru": "Контейнеры и мусоровоз на сельской улице",
                "en": "Waste containers and a refuse truck on a village street",
            },
        },
        "gallery": [
            {
                "motif": "waste",
                "caption": {
                    "ky": "Үч айыл аймагы бир унааны жалпы графиги менен колдонот",
                    "ru": "Три айыльных аймака пользуются одной машиной по общему графику",
                    "en": "Three ayil aimaks share one truck on a common schedule",
                },
            },
            {
                "motif": "meeting",
                "caption": {
                    "ky": "Үч айылдык кеңештин депутаттары макулдашууну талкуулашууда",
                    "ru": "Депутаты трёх айыльных кенешей обсуждают соглашение",
                    "en": "Members of the three ayil keneshes discuss the agreement",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Таштандысы үзгүлтүксүз чыгарылган үй чарбалар",
                    "ru": "Домохозяйства с регулярным вывозом мусора",
                    "en": "Households with regular waste collection",
                },
                "before": 1200,
                "after": 4300,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Айына таштанды чыгаруу каттамдары (ар бир көчөгө)",
                    "ru": "Рейсов по вывозу мусора в месяц (на улицу)",
                    "en": "Collection rounds per month (per street)",
                },
                "before": 1,
                "after": 4,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Кызмат акысын төлөгөн үй чарбалардын үлүшү",
                    "ru": "Доля домохозяйств, оплачивающих услугу",
                    "en": "Share of households paying for the service",
                },
                "before": 45,
                "after": 72,
                "unit": "%",
            },
        ],
        "timeline": [
            {
                "date": "2019-07",
                "event": {
                    "ky": (
                        "Кеңеш жана Бешик-Жон айыл өкмөттөрүнүн башчылары Жалал-Абаддагы "
                        "семинарда пилоттук тажрыйбалары менен бөлүшүштү"
                    ),
                    "ru": (
                        "Главы айыл окмоту Кенеш и Бешик-Джон рассказали о пилотном опыте на "
                        "семинаре в Джалал-Абаде"
                    ),
                    "en": (
                        "The heads of Kenesh and Beshik-Jon ayil okmotus shared their pilot "
                        "experience at a seminar in Jalal-Abad"
                    ),
                },
            },
            {
                "date": "2020-06",
                "event": {
                    "ky": (
                        "Үч айыл өкмөтү таштанды чыгарууну бирге уюштурууга макул болуп, "
                        "КЖАП даярдады"
                    ),
                    "ru": (
                        "Три айыл окмоту договорились организовать вывоз мусора вместе и "
                        "подготовили ПДУУ"
                    ),
                    "en": (
                        "The three ayil okmotus agreed to organise waste collection together "
                        "and drafted their action plan"
                    ),
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": (
                        "Кеңеш кластери 5 000 000 сомдук грант утту; Бешик-Жон маалымат "
                        "кампаниясы боюнча 1-орунду, Масы 3-орунду алды"
                    ),
                    "ru": (
                        "Кенешский кластер выиграл грант в 5 000 000 сомов; Бешик-Джон занял "
                        "1-е, Массы — 3-е место в конкурсе информкампаний"
                    ),
                    "en": (
                        "The Kenesh cluster won a 5,000,000 som grant; Beshik-Jon came first "
                        "and Massy third in the information campaign contest"
                    ),
                },
            },
            {
                "date": "2021-05",
                "event": {
                    "ky": (
                        "Үч айылдык кеңеш макулдашууну бекитти; унаа жана контейнерлер "
                        "сатылып алынды"
                    ),
                    "ru": "Три айыльных кенеша утвердили соглашение; закуплены машина и контейнеры",
                    "en": "The three ayil keneshes approved the agreement; a truck and containers "
                    "were bought",
                },
            },
            {
                "date": "2021-07",
                "event": {
                    "ky": "Үч айыл аймагы боюнча жалпы каттамдар иштей баштады",
                    "ru": "Начали работать общие маршруты по трём айыльным аймакам",
                    "en": "Joint collection routes across the three ayil aimaks began",
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Швейцариянын Өнүктүрүү жана кызматташтык агенттиги (SDC)",
                    "ru": "Швейцарское управление по развитию и сотрудничеству (SDC)",
                    "en": "Swiss Agency for Development and Cooperation (SDC)",
                },
                "kind": "donor-project",
                "support": ["financial"],
            },
            {
                "name": {"ky": "HELVETAS", "ru": "HELVETAS", "en": "HELVETAS"},
                "kind": "ngo",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": "Өнүгүү саясаты институту (ӨСИ)",
                    "ru": "Институт политики развития (ИПР)",
                    "en": "Development Policy Institute (DPI)",
                },
                "kind": "ngo",
                "support": ["technical", "administrative"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Кластердик грант (Швейцария Өкмөтү)",
                    "ru": "Кластерный грант (Правительство Швейцарии)",
                    "en": "Cluster grant (Government of Switzerland)",
                },
                "amount": 5000000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Үч айыл өкмөтүнүн биргелешкен салымы",
                    "ru": "Совместный вклад трёх айыл окмоту",
                    "en": "Joint contribution of the three ayil okmotus",
                },
                "amount": 750000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Кеңеш кластери: үч айыл аймагы үчүн бир таштанды кызматы",
                "summary": (
                    "Кеңеш, Бешик-Жон жана Масы айыл аймактары таштанды чыгарууну бир "
                    "макулдашуу менен уюштурушту: жалпы унаа, бирдиктүү график жана "
                    "чыгымдарды тейленген үй чарбалардын санына жараша бөлүштүрүү."
                ),
                "situation_before": (
                    "<p>Үч айыл аймагынын ар биринде таштанды чыгаруу начар болчу. Эски "
                    "тракторлор көп бузулуп, таштанды айына бир жолу чыгарылса жакшы эле, "
                    "ал эми чет көчөлөргө такыр жетчү эмес. Тургундар таштандыны арыкка же "
                    "айыл четине төгүп келишкен.</p>"
                    "<p>Бир айыл өкмөтүнүн бюджети жаңы унаа алууга да, аны кармоого да "
                    "жетчү эмес.</p>"
                ),
                "sustainability": (
                    "<p>Кызматты Кеңеш айыл өкмөтүнүн муниципалдык ишканасы көрсөтөт, ал "
                    "эми Бешик-Жон менен Масы макулдашууга ылайык тейленген үй чарбалардын "
                    "санына жараша өз үлүшүн төлөйт. Кызмат акысы айылдык кеңештер бекиткен "
                    "тариф боюнча чогултулат жана унааны оңдоого өзүнчө каражат "
                    "калтырылат.</p>"
                    "<p>Бешик-Жон менен Масы кызмат акысын төлөө боюнча маалымат "
                    "кампанияларынын сынагында байгелүү орундарды алышкан. Тургундарга кызмат "
                    "акысынын маанисин түшүндүрүү иши кызматтын кирешесин туруктуу кылууга "
                    "жардам берет.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Чыгымды кантип бөлүштүрүү боюнча узак талкуу болду: акыры "
                    "тейленген үй чарбалардын саны негиз катары алынды.</li>"
                    "<li>Бир унаа үч айыл аймагына жетиши үчүн каттамдарды так пландоо "
                    "керек болду.</li>"
                    "<li>Айрым тургундар алгач акы төлөгүсү келген жок.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Макулдашууда ким кызмат көрсөтөрү, ким канча төлөрү жана мүлк кимдин "
                    "балансында турары так жазылса, талаш азаят. Ар бир айылдык кеңештин "
                    "бекитүүсү кызматка саясий колдоо берди.</p>"
                    "<p><em>Сунуш:</em> бирдиктүү график жана жарыяланган каттамдар тургундардын "
                    "ишенимин тез арттырат.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Кызматты ким көрсөтөрүн аныктаңыз (мисалы, бир айыл өкмөттүн "
                    "муниципалдык ишканасы).</li>"
                    "<li>Чыгымдарды бөлүштүрүүнүн ачык формуласын макулдашыңыз.</li>"
                    "<li>Макулдашууну бардык айылдык кеңештерде бекитиңиз.</li>"
                    "<li>Бирдиктүү каттам графигин түзүп, тургундарга жарыялаңыз.</li>"
                    "<li>Тарифти бекитип, унааны оңдоо үчүн резерв калтырыңыз.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Үч айыл, бир кызмат"),
                    (
                        "paragraph",
                        "<p>Базар-Коргон районундагы Кеңеш жана Бешик-Жон, Ноокен районундагы "
                        "Масы айыл аймактары «Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү "
                        "жакшыртуу» долбоорунда кластерге биригишти. Кеңеш жана Бешик-Жон "
                        "долбоордун биринчи фазасында эле пилоттук муниципалитет болуп, "
                        "тажрыйба топтогон.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Кластер таштанды чыгарууну бирге уюштурууну көздөгөн кызмат "
                        "жакшыртуу аракеттер планын сунуштап, 2020-жылы 5 000 000 сомдук "
                        "грантты утту. Бул каражатка таштанды ташуучу унаа жана контейнерлер "
                        "сатылып алынды.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "Үч айыл аймагын бириктирген таштанды чыгаруу каттамы",
                            "caption": "Жалпы каттам үч айыл аймагынын көчөлөрүн камтыйт",
                        },
                    ),
                    ("heading", "Ким эмне кылат"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Кеңеш айыл өкмөтү</strong> — унааны кармап, "
                        "муниципалдык ишкана аркылуу кызмат көрсөтөт.</li>"
                        "<li><strong>Бешик-Жон жана Масы</strong> — тейленген үй "
                        "чарбаларга жараша үлүшүн төлөп, көчөлөрдүн тизмесин берет.</li>"
                        "<li><strong>Үч айылдык кеңеш</strong> — тарифти бекитип, отчетту "
                        "жылына эки жолу угат.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Мурун ар кимибиз өз тракторубузду араң оңдочубуз. Эми бир "
                            "унаа үч айылды тейлейт, чыгым да, жоопкерчилик да бөлүнгөн.",
                            "attribution": "Кеңеш кластериндеги айыл өкмөттүн кызматкери",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Кенешский кластер: одна служба вывоза мусора на три айыльных аймака",
                "summary": (
                    "Айыльные аймаки Кенеш, Бешик-Джон и Массы организовали вывоз мусора по "
                    "одному соглашению: общая машина, единый график и расходы, разделённые по "
                    "числу обслуживаемых домохозяйств."
                ),
                "situation_before": (
                    "<p>Во всех трёх айыльных аймаках вывоз мусора работал плохо. Старые "
                    "тракторы часто ломались, мусор вывозили в лучшем случае раз в месяц, а до "
                    "окраинных улиц не доезжали вовсе. Жители выбрасывали отходы в арыки и за "
                    "село.</p>"
                    "<p>Бюджета одного айыл окмоту не хватало ни на покупку новой машины, ни на "
                    "её содержание.</p>"
                ),
                "sustainability": (
                    "<p>Услугу оказывает муниципальное предприятие айыл окмоту Кенеш, а "
                    "Бешик-Джон и Массы по соглашению платят свою долю по числу обслуживаемых "
                    "домохозяйств. Плата собирается по тарифу, утверждённому айыльными "
                    "кенешами, часть средств откладывается на ремонт машины.</p>"
                    "<p>Бешик-Джон и Массы заняли призовые места в конкурсе информационных "
                    "кампаний об оплате услуг. Разъяснительная работа с жителями помогает "
                    "сделать доходы службы стабильными.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Долго обсуждали, как делить расходы; в итоге за основу взяли число "
                    "обслуживаемых домохозяйств.</li>"
                    "<li>Чтобы одной машины хватило на три аймака, маршруты пришлось точно "
                    "спланировать.</li>"
                    "<li>Часть жителей поначалу не хотела платить.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Споров меньше, когда в соглашении ясно записано, кто оказывает услугу, "
                    "кто сколько платит и на чьём балансе имущество. Утверждение в каждом "
                    "айыльном кенеше дало услуге политическую поддержку.</p>"
                    "<p><em>Совет:</em> единый график и опубликованные маршруты быстро "
                    "повышают доверие жителей.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Определите, кто будет оказывать услугу (например, муниципальное "
                    "предприятие одного айыл окмоту).</li>"
                    "<li>Согласуйте прозрачную формулу распределения расходов.</li>"
                    "<li>Утвердите соглашение во всех айыльных кенешах.</li>"
                    "<li>Составьте единый график маршрутов и сообщите его жителям.</li>"
                    "<li>Утвердите тариф и предусмотрите резерв на ремонт техники.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Три села — одна услуга"),
                    (
                        "paragraph",
                        "<p>Айыльные аймаки Кенеш и Бешик-Джон Базар-Коргонского района и "
                        "Массы Ноокенского района объединились в кластер в рамках проекта "
                        "«Улучшение услуг на местном уровне». Кенеш и Бешик-Джон уже на первом "
                        "этапе проекта были пилотными муниципалитетами и накопили опыт.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Кластер предложил план действий по совместному вывозу мусора и в "
                        "2020 году выиграл грант в 5 000 000 сомов. На эти средства закуплены "
                        "мусоровоз и контейнеры.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "Маршрут вывоза мусора, объединяющий три айыльных аймака",
                            "caption": "Общий маршрут проходит по улицам трёх айыльных аймаков",
                        },
                    ),
                    ("heading", "Кто за что отвечает"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Айыл окмоту Кенеш</strong> содержит машину и оказывает "
                        "услугу через муниципальное предприятие.</li>"
                        "<li><strong>Бешик-Джон и Массы</strong> платят долю по числу "
                        "обслуживаемых домохозяйств и дают списки улиц.</li>"
                        "<li><strong>Три айыльных кенеша</strong> утверждают тариф и дважды в "
                        "год заслушивают отчёт.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Раньше каждый из нас с трудом чинил свой трактор. Теперь "
                            "одна машина обслуживает три села, и расходы, и ответственность "
                            "разделены.",
                            "attribution": "Сотрудник айыл окмоту Кенешского кластера",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Kenesh cluster: one waste service for three ayil aimaks",
                "summary": (
                    "The ayil aimaks of Kenesh, Beshik-Jon and Massy organised waste "
                    "collection under one agreement: a shared truck, a single schedule and "
                    "costs split by the number of households served."
                ),
                "situation_before": (
                    "<p>Waste collection worked poorly in all three ayil aimaks. Old tractors "
                    "broke down often, rubbish was collected once a month at best and outlying "
                    "streets were not served at all. Residents dumped waste in irrigation "
                    "ditches and on the edge of the village.</p>"
                    "<p>No single ayil okmotu could afford to buy a new truck or to run "
                    "it.</p>"
                ),
                "sustainability": (
                    "<p>The municipal enterprise of Kenesh ayil okmotu runs the service, and "
                    "Beshik-Jon and Massy pay their share under the agreement according to the "
                    "number of households served. Fees are collected at a tariff approved by "
                    "the ayil keneshes, and part of the money is set aside for truck "
                    "repairs.</p>"
                    "<p>Beshik-Jon and Massy won prizes in the contest for campaigns on paying "
                    "for services. Explaining to residents why fees matter helps keep the "
                    "service's income steady.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Sharing the costs took long discussion; in the end the number of "
                    "households served was used as the basis.</li>"
                    "<li>For one truck to cover three aimaks, routes had to be planned "
                    "precisely.</li>"
                    "<li>Some residents were unwilling to pay at first.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>There are fewer disputes when the agreement states clearly who "
                    "delivers the service, who pays how much and whose books the assets are "
                    "on. Approval by each ayil kenesh gave the service political "
                    "backing.</p>"
                    "<p><em>Tip:</em> a single schedule and published routes quickly build "
                    "residents' trust.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Decide who will deliver the service (for example, one ayil okmotu's "
                    "municipal enterprise).</li>"
                    "<li>Agree on a transparent formula for sharing costs.</li>"
                    "<li>Have every ayil kenesh approve the agreement.</li>"
                    "<li>Draw up one route schedule and publish it to residents.</li>"
                    "<li>Approve a tariff and keep a reserve for vehicle repairs.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Three villages, one service"),
                    (
                        "paragraph",
                        "<p>The ayil aimaks of Kenesh and Beshik-Jon in Bazar-Korgon District "
                        "and Massy in Nooken District formed a cluster under the Improving "
                        "Local Level Services project. Kenesh and Beshik-Jon had already been "
                        "pilot municipalities in the project's first phase.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The cluster proposed an action plan for joint waste collection and "
                        "in 2020 won a grant of 5,000,000 som. The money bought a refuse truck "
                        "and containers.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "Waste collection route linking three ayil aimaks",
                            "caption": "The shared route runs through the streets of all three "
                            "ayil aimaks",
                        },
                    ),
                    ("heading", "Who does what"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Kenesh ayil okmotu</strong> keeps the truck and delivers "
                        "the service through its municipal enterprise.</li>"
                        "<li><strong>Beshik-Jon and Massy</strong> pay a share by households "
                        "served and supply their street lists.</li>"
                        "<li><strong>The three ayil keneshes</strong> approve the tariff and "
                        "hear a report twice a year.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "We each used to struggle to repair our own tractor. Now "
                            "one truck serves three villages, and both the costs and the "
                            "responsibility are shared.",
                            "attribution": "Officer of an ayil okmotu in the Kenesh cluster",
                        },
                    ),
                ],
            },
        },
    },
    {
        "slug": "dostuk-burgondu-cooperation",
        "theme": "intermunicipal-cooperation",
        "service_area": "drinking-water",
        "mechanism": "imc-agreement",
        "municipalities": ["dostuk", "burgondu"],
        "cluster": "dostuk-cluster",
        "population_served": 12500,
        "municipality_population": 36000,
        "status": "ongoing",
        "year": 2020,
        "budget": {"amount": 5600000, "currency": "KGS"},
        "cover": {
            "motif": "water",
            "alt": {
                "ky": "Эки айылды бириктирген суу түтүгү жана суу алуучу курулма",
                "ru": "Водовод и водозабор, общие для двух сёл",
                "en": "A water main and intake shared by two villages",
            },
        },
        "gallery": [
            {
                "motif": "water",
                "caption": {
                    "ky": "Жалпы суу түтүгүнүн эскирген бөлүгү алмаштырылды",
                    "ru": "Заменён изношенный участок общего водовода",
                    "en": "A worn section of the shared water main was replaced",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Суу берилген саат (суткасына)",
                    "ru": "Часы подачи воды в сутки",
                    "en": "Hours of water supply per day",
                },
                "before": 6,
                "after": 16,
                "unit": "h",
            },
            {
                "label": {
                    "ky": "Суу эсептегич орнотулган үй чарбалар",
                    "ru": "Домохозяйства с приборами учёта воды",
                    "en": "Households with water meters",
                },
                "before": 150,
                "after": 1100,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Суунун жоготуулары",
                    "ru": "Потери воды",
                    "en": "Water losses",
                },
                "before": 45,
                "after": 28,
                "unit": "%",
            },
        ],
        "timeline": [
            {
                "date": "2020-05",
                "event": {
                    "ky": (
                        "Достук жана Бүргөндү айыл өкмөттөрү жалпы суу түтүгүнүн абалын "
                        "бирге баалашты"
                    ),
                    "ru": (
                        "Айыл окмоту Достук и Бургонду совместно оценили состояние общего водовода"
                    ),
                    "en": "Dostuk and Burgondu ayil okmotus jointly assessed the shared water main",
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": (
                        "Достук кластеринин КЖАПы жеңип, 5 000 000 сомдук грант алды; Достук "
                        "маалымат кампаниясы боюнча 2-орунду ээледи"
                    ),
                    "ru": (
                        "ПДУУ Достукского кластера победил и получил грант в 5 000 000 сомов; "
                        "Достук занял 2-е место в конкурсе информкампаний"
                    ),
                    "en": (
                        "The Dostuk cluster's action plan won a 5,000,000 som grant; Dostuk came "
                        "second in the information campaign contest"
                    ),
                },
            },
            {
                "date": "2021-03",
                "event": {
                    "ky": (
                        "Эки айылдык кеңеш макулдашууну бекитип, биргелешкен суу комиссиясы түзүлдү"
                    ),
                    "ru": (
                        "Оба айыльных кенеша утвердили соглашение, создана совместная "
                        "комиссия по воде"
                    ),
                    "en": "Both ayil keneshes approved the agreement and a joint water committee "
                    "was set up",
                },
            },
            {
                "date": "2021-09",
                "event": {
                    "ky": "Түтүктүн эскирген бөлүгү алмаштырылып, эсептегичтер орнотулду",
                    "ru": "Заменён изношенный участок трубы, установлены счётчики",
                    "en": "The worn pipe section was replaced and meters were installed",
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Швейцариянын Өнүктүрүү жана кызматташтык агенттиги (SDC)",
                    "ru": "Швейцарское управление по развитию и сотрудничеству (SDC)",
                    "en": "Swiss Agency for Development and Cooperation (SDC)",
                },
                "kind": "donor-project",
                "support": ["financial"],
            },
            {
                "name": {"ky": "HELVETAS", "ru": "HELVETAS", "en": "HELVETAS"},
                "kind": "ngo",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": "Ноокен райондук мамлекеттик администрациясы",
                    "ru": "Ноокенская районная государственная администрация",
                    "en": "Nooken District State Administration",
                },
                "kind": "state-body",
                "support": ["administrative", "political"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Кластердик грант (Швейцария Өкмөтү)",
                    "ru": "Кластерный грант (Правительство Швейцарии)",
                    "en": "Cluster grant (Government of Switzerland)",
                },
                "amount": 5000000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Достук жана Бүргөндү айыл өкмөттөрүнүн бюджеттери",
                    "ru": "Бюджеты айыл окмоту Достук и Бургонду",
                    "en": "Budgets of Dostuk and Burgondu ayil okmotus",
                },
                "amount": 600000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Достук менен Бүргөндү: бир суу түтүгү, бир макулдашуу",
                "summary": (
                    "Ноокен районундагы Достук жана Бүргөндү айыл аймактары эки айылга суу "
                    "берген жалпы түтүктү бирге оңдоп, аны кармоо жана суу акысын чогултуу "
                    "тартибин бир макулдашууга жазышты."
                ),
                "situation_before": (
                    "<p>Эки айыл аймагы бир булактан суу алып, бир түтүк аркылуу бөлүштүрөт. "
                    "Түтүк эскирип, суунун дээрлик жарымы жолдо агып кеткен. Жайкы айларда "
                    "суу күнүнө бир нече саат гана берилчү.</p>"
                    "<p>Авария болгондо аны ким оңдошу керек экени белгисиз болгондуктан, "
                    "иш кечиктирилип, эки айылдын ортосунда нааразычылык пайда болчу.</p>"
                ),
                "sustainability": (
                    "<p>Макулдашуу боюнча түтүктү кармоо чыгымдары эки айыл аймагынын "
                    "ортосунда сатылган суунун көлөмүнө жараша бөлүштүрүлөт. Биргелешкен "
                    "суу комиссиясы тарифти сунуштап, чыгымдар боюнча жылына бир жолу "
                    "айылдык кеңештерге отчет берет.</p>"
                    "<p>Эсептегичтер суу үчүн акыны чыныгы керектөөгө жараша төлөөгө "
                    "мүмкүнчүлүк берди, бул кирешени туруктуу кылат.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Түтүктүн ээси ким экенин жана кимдин балансында турарын "
                    "документ менен тактоо керек болду.</li>"
                    "<li>Жогорку жана төмөнкү көчөлөрдүн ортосунда суу басымын теңдөө "
                    "техникалык жактан оор болду.</li>"
                    "<li>Эсептегичтерге каршы болгон тургундарга түшүндүрүү иштери "
                    "жүргүзүлдү.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Жалпы инфраструктура болгондо кызматташуу — тандоо эмес, зарылчылык. "
                    "Мүлктүн ээсин жана авариялык оңдоонун тартибин алгач аныктоо талаштын "
                    "көбүн алдын алат.</p>"
                    "<p>Эки гана муниципалитеттен турган кластерде макулдашуу тез кабыл "
                    "алынат, бирок ар бир тараптын үнү бирдей салмакта болушу керек.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Жалпы инфраструктураны жана анын ээсин документ менен тактаңыз.</li>"
                    "<li>Тармактын абалын бирге баалап, биринчи кезектеги иштерди "
                    "аныктаңыз.</li>"
                    "<li>Чыгымды бөлүштүрүү формуласын (мисалы, суунун көлөмү боюнча) "
                    "макулдашыңыз.</li>"
                    "<li>Эки тараптын өкүлдөрүнөн турган комиссия түзүңүз.</li>"
                    "<li>Эсептегичтерди орнотуп, тарифти айылдык кеңештерде бекитиңиз.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Бир булак, эки айыл"),
                    (
                        "paragraph",
                        "<p>Достук менен Бүргөндү — Ноокен районундагы коңшу айыл аймактары. "
                        "Алар «Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» "
                        "долбоорунда эки муниципалитеттен турган Достук кластерин түзүп, "
                        "ичүүчү суу кызматын жакшыртуу планын даярдашты.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>2020-жылдын аягында бул план тогуз кластердин ичинен жеңген "
                        "бешөөнүн катарына кирип, 5 000 000 сомдук грант сертификатын алды. "
                        "Ошол эле конференцияда Достук айыл өкмөтү кызмат акысын төлөө "
                        "боюнча маалымат кампанияларынын сынагында экинчи орунду ээледи.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "water",
                            "alt": "Эки айыл аймагына суу берген жалпы түтүктүн схемасы",
                            "caption": "Жаңыланган түтүк эки айылга тең суу жеткирет",
                        },
                    ),
                    ("heading", "Эмне жасалды"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Түтүктүн эң көп агып кеткен бөлүгү алмаштырылды;</li>"
                        "<li>үй чарбаларга суу эсептегичтери орнотулду;</li>"
                        "<li>эки айыл аймагынын өкүлдөрүнөн суу комиссиясы түзүлдү;</li>"
                        "<li>авария болгондо ким жана канча убакыттын ичинде чыгары "
                        "макулдашылды.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Мурун авария болсо, бири-бирибизди күтүп отурчубуз. Азыр "
                            "ким чыгары, ким төлөөрү кагазда жазылган.",
                            "attribution": "Суу комиссиясынын мүчөсү, Бүргөндү айыл аймагы",
                        },
                    ),
                ],
            },
            "ru": {
                "title": "Достук и Бургонду: один водовод — одно соглашение",
                "summary": (
                    "Айыльные аймаки Достук и Бургонду Ноокенского района вместе "
                    "отремонтировали общий водовод двух сёл и закрепили в одном соглашении "
                    "порядок его содержания и сбора платы за воду."
                ),
                "situation_before": (
                    "<p>Два айыльных аймака берут воду из одного источника и получают её по "
                    "одной трубе. Водовод износился, и почти половина воды терялась по пути. "
                    "Летом воду давали лишь несколько часов в сутки.</p>"
                    "<p>При аварии было неясно, кто должен её устранять, ремонт затягивался, "
                    "а между сёлами росло недовольство.</p>"
                ),
                "sustainability": (
                    "<p>По соглашению расходы на содержание водовода делятся между двумя "
                    "аймаками пропорционально объёму реализованной воды. Совместная комиссия "
                    "по воде предлагает тариф и раз в год отчитывается перед айыльными "
                    "кенешами о расходах.</p>"
                    "<p>Счётчики позволили платить за фактическое потребление, что делает "
                    "доходы стабильными.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Пришлось документально установить, кому принадлежит водовод и на "
                    "чьём он балансе.</li>"
                    "<li>Выровнять давление между верхними и нижними улицами было технически "
                    "сложно.</li>"
                    "<li>С жителями, которые возражали против счётчиков, провели "
                    "разъяснительную работу.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>Когда инфраструктура общая, сотрудничество — не выбор, а "
                    "необходимость. Если с самого начала определить собственника и порядок "
                    "аварийного ремонта, большинства споров удаётся избежать.</p>"
                    "<p>В кластере из двух муниципалитетов соглашение принимается быстро, но "
                    "голос каждой стороны должен иметь равный вес.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Документально определите общую инфраструктуру и её "
                    "собственника.</li>"
                    "<li>Вместе оцените состояние сетей и выберите первоочередные работы.</li>"
                    "<li>Согласуйте формулу распределения расходов (например, по объёму "
                    "воды).</li>"
                    "<li>Создайте комиссию из представителей обеих сторон.</li>"
                    "<li>Установите счётчики и утвердите тариф в айыльных кенешах.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "Один источник — два села"),
                    (
                        "paragraph",
                        "<p>Достук и Бургонду — соседние айыльные аймаки Ноокенского района. В "
                        "проекте «Улучшение услуг на местном уровне» они образовали Достукский "
                        "кластер из двух муниципалитетов и подготовили план улучшения услуги "
                        "питьевого водоснабжения.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>В конце 2020 года этот план вошёл в пятёрку победителей из девяти "
                        "кластеров и получил сертификат на грант в 5 000 000 сомов. На той же "
                        "конференции айыл окмоту Достук занял второе место в конкурсе "
                        "информационных кампаний об оплате услуг.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "water",
                            "alt": "Схема общего водовода, снабжающего два айыльных аймака",
                            "caption": "Обновлённый водовод подаёт воду в оба села",
                        },
                    ),
                    ("heading", "Что сделано"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>заменён участок водовода с наибольшими утечками;</li>"
                        "<li>в домохозяйствах установлены счётчики воды;</li>"
                        "<li>создана комиссия по воде из представителей обоих аймаков;</li>"
                        "<li>согласовано, кто и в какой срок выезжает на аварию.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "Раньше при аварии мы ждали друг друга. Теперь на бумаге "
                            "записано, кто выезжает и кто платит.",
                            "attribution": "Член комиссии по воде, айыльный аймак Бургонду",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Dostuk and Burgondu: one water main, one agreement",
                "summary": (
                    "The ayil aimaks of Dostuk and Burgondu in Nooken District repaired the "
                    "water main they share and set out in one agreement how it is maintained "
                    "and how water fees are collected."
                ),
                "situation_before": (
                    "<p>The two ayil aimaks draw water from the same source through the same "
                    "pipe. The main was worn out and almost half the water was lost on the "
                    "way. In summer, water ran for only a few hours a day.</p>"
                    "<p>When a pipe burst, nobody was sure who had to fix it, so repairs were "
                    "delayed and resentment grew between the villages.</p>"
                ),
                "sustainability": (
                    "<p>Under the agreement, upkeep costs are split between the two aimaks in "
                    "proportion to the volume of water sold. A joint water committee proposes "
                    "the tariff and reports on spending to the ayil keneshes once a "
                    "year.</p>"
                    "<p>Meters let households pay for what they actually use, which keeps "
                    "revenue steady.</p>"
                ),
                "challenges": (
                    "<ul>"
                    "<li>Ownership of the main, and whose books it sits on, had to be "
                    "settled on paper.</li>"
                    "<li>Balancing water pressure between upper and lower streets was "
                    "technically hard.</li>"
                    "<li>Residents who objected to meters needed explanation and "
                    "outreach.</li>"
                    "</ul>"
                ),
                "lessons_learned": (
                    "<p>When infrastructure is shared, cooperation is a necessity, not a "
                    "choice. Settling ownership and the emergency repair procedure first "
                    "heads off most disputes.</p>"
                    "<p>A two-member cluster agrees quickly, but each side's voice must carry "
                    "equal weight.</p>"
                ),
                "transferability": (
                    "<ol>"
                    "<li>Document the shared infrastructure and who owns it.</li>"
                    "<li>Assess the network together and choose the priority works.</li>"
                    "<li>Agree on a cost-sharing formula (for example, by volume of "
                    "water).</li>"
                    "<li>Set up a committee with members from both sides.</li>"
                    "<li>Install meters and have the ayil keneshes approve the tariff.</li>"
                    "</ol>"
                ),
                "body": [
                    ("heading", "One source, two villages"),
                    (
                        "paragraph",
                        "<p>Dostuk and Burgondu are neighbouring ayil aimaks in Nooken "
                        "District. Under the Improving Local Level Services project they formed "
                        "the two-member Dostuk cluster and prepared a plan to improve drinking "
                        "water supply.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>At the end of 2020 the plan was among the five winners out of nine "
                        "clusters and received a grant certificate for 5,000,000 som. At the "
                        "same conference Dostuk ayil okmotu came second in the contest for "
                        "campaigns on paying for services.</p>",
                    ),
                    (
                        "image",
                        {
                            "motif": "water",
                            "alt": "Diagram of the shared main supplying two ayil aimaks",
                            "caption": "The renewed main delivers water to both villages",
                        },
                    ),
                    ("heading", "What was done"),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>the section of the main with the worst leaks was replaced;</li>"
                        "<li>water meters were installed in households;</li>"
                        "<li>a water committee with members from both aimaks was set up;</li>"
                        "<li>who goes out to a burst pipe, and how fast, was agreed.</li>"
                        "</ul>",
                    ),
                    (
                        "quote",
                        {
                            "text": "When a pipe burst, we used to wait for each other. Now "
                            "it is written down who goes out and who pays.",
                            "attribution": "Water committee member, Burgondu ayil aimak",
                        },
                    ),
                ],
            },
        },
    },
]
