"""Demo news items for the best-practice portal; data only."""

NEWS = [
    {
        "slug": "services-project-results-conference-2020",
        "date": "2020-12-18",
        "cover": {
            "motif": "meeting",
            "alt": {
                "ky": "Жыйынтыктоочу конференциянын катышуучулары залда",
                "ru": "Участники итоговой конференции в зале",
                "en": "Participants of the year-end conference in the hall",
            },
        },
        "text": {
            "ky": {
                "title": "Кызматтарды жакшыртуу долбоору 2020-жылдын жыйынтыгын чыгарды",
                "summary": (
                    "Жалал-Абад жана Ысык-Көл облустарынын 26 муниципалитетинин жетекчилери "
                    "долбоордун жылдык конференциясына чогулуп, маалыматтык кампаниялар сынагынын "
                    "жеңүүчүлөрүн аныкташты жана алкактык макулдашууларга кол коюшту."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Швейцариянын колдоосу менен иштеген «Жергиликтүү деңгээлде кызмат "
                            "көрсөтүүлөрдү жакшыртуу» долбоору (ишке ашыруучулар — Хельветас жана "
                            "Өнүктүрүү саясат институту) экинчи фазанын жылдык жыйынын өткөрдү. "
                            "Залга 26 айыл өкмөтүнүн башчылары жана айылдык кеңештердин төрагалары "
                            "чогулду.</p><p>Пандемиядан улам иш пландары бир нече жолу өзгөрсө да, "
                            "жылга коюлган милдеттер аткарылды. Айыл өкмөттөрүнө кризис мезгилинде "
                            "жаңы милдеттер жүктөлгөндө долбоор аларга да жардам берип, тургундар "
                            "кызматтарсыз калбашына көмөктөштү.</p>"
                        ),
                    ),
                    ("heading", "Маалыматтык кампаниялар сынагынын жеңүүчүлөрү"),
                    (
                        "paragraph",
                        (
                            "<p>Сынак коммуналдык кызматтар үчүн өз убагында төлөөнүн "
                            "маанилүүлүгүн тургундарга түшүндүргөн эң мыкты кампанияны аныктады. "
                            "Жеңүүчүлөргө сертификаттар жана принтер, компьютер сыяктуу техника "
                            "тапшырылды:</p><ul><li><strong>1-орун:</strong> Бешик-Жон жана "
                            "Теплоключенка айыл өкмөттөрү;</li><li><strong>2-орун:</strong> Достук "
                            "жана Болот Мамбетов айыл өкмөттөрү;</li><li><strong>3-орун:</strong> "
                            "Масы жана Оргочор айыл өкмөттөрү, Токтогул шаарынын "
                            "мэриясы.</li></ul><p>Калган муниципалитеттер кампанияга жигердүү "
                            "катышканы үчүн кызыктыруучу сыйлыктарды алышты.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "Жеңүүчү муниципалитеттерге сертификаттарды тапшыруу",
                            "caption": (
                                "Жеңүүчү айыл өкмөттөрүнүн башчылары сертификаттарды алып жатышат."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Жыйын алкактык макулдашуулар менен аяктады: аларга долбоордун "
                            "жетекчиси жана ар бир муниципалитеттин башчысы кол коюшту. Ошондой "
                            "эле муниципалитеттер аралык кызматташуу боюнча кластерлердин "
                            "сынагынын жыйынтыгы жарыяланды.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Проект по улучшению услуг подвёл итоги 2020 года",
                "summary": (
                    "Руководители 26 муниципалитетов Джалал-Абадской и Иссык-Кульской областей "
                    "собрались на годовую конференцию проекта, где назвали победителей конкурса "
                    "информационных кампаний и подписали рамочные соглашения."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Проект «Улучшение услуг на местном уровне», работающий при "
                            "поддержке Швейцарии (исполнители — Хельветас и Институт политики "
                            "развития), провёл годовую встречу второй фазы. В зале собрались главы "
                            "26 айыл окмоту и председатели айылных кенешей.</p><p>Из-за пандемии "
                            "рабочие планы менялись не раз, но все задачи года были выполнены. "
                            "Когда в кризис на айыл окмоту легли новые обязанности, проект помог и "
                            "с ними, чтобы жители не остались без услуг.</p>"
                        ),
                    ),
                    ("heading", "Победители конкурса информационных кампаний"),
                    (
                        "paragraph",
                        (
                            "<p>Конкурс определил лучшую кампанию, разъяснявшую жителям, почему "
                            "важно вовремя платить за коммунальные услуги. Победители получили "
                            "сертификаты и технику, в том числе принтеры и "
                            "компьютеры:</p><ul><li><strong>1-е место:</strong> айыл окмоту "
                            "Бешик-Джон и Теплоключенка;</li><li><strong>2-е место:</strong> айыл "
                            "окмоту Достук и Болот Мамбетов;</li><li><strong>3-е место:</strong> "
                            "айыл окмоту Массы и Оргочор, мэрия города "
                            "Токтогул.</li></ul><p>Остальные муниципалитеты получили поощрительные "
                            "призы за активное участие в кампании.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "Вручение сертификатов муниципалитетам-победителям",
                            "caption": (
                                "Главы айыл окмоту, победивших в конкурсе, получают сертификаты."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Встреча завершилась рамочными соглашениями: их подписали "
                            "руководитель проекта и глава каждого муниципалитета. Также были "
                            "объявлены итоги конкурса кластеров по межмуниципальному "
                            "сотрудничеству.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Local services project reviews its 2020 results",
                "summary": (
                    "Leaders of 26 municipalities in Jalal-Abad and Issyk-Kul regions met at the "
                    "project's annual conference, where the winners of the information campaign "
                    "contest were named and framework agreements were signed."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The Improvement of Local Level Services project, supported by "
                            "Switzerland and implemented by Helvetas and the Development Policy "
                            "Institute, held the annual meeting of its second phase. Heads of 26 "
                            "ayil okmotus and chairs of ayil keneshes came together.</p><p>The "
                            "pandemic forced the work plans to change more than once, yet all of "
                            "the year's tasks were completed. When the crisis brought new duties "
                            "to the ayil okmotus, the project helped with those too, so that "
                            "residents were not left without services.</p>"
                        ),
                    ),
                    ("heading", "Information campaign contest winners"),
                    (
                        "paragraph",
                        (
                            "<p>The contest picked the best campaign explaining to residents why "
                            "paying for communal services on time matters. The winners received "
                            "certificates and equipment such as printers and "
                            "computers:</p><ul><li><strong>1st place:</strong> Beshik-Jon and "
                            "Teploklyuchenka ayil okmotus;</li><li><strong>2nd place:</strong> "
                            "Dostuk and Bolot Mambetov ayil okmotus;</li><li><strong>3rd "
                            "place:</strong> Massy and Orgochor ayil okmotus and the Toktogul "
                            "mayor's office.</li></ul><p>The other municipalities received "
                            "incentive prizes for taking an active part in the campaign.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "Certificates handed to the winning municipalities",
                            "caption": (
                                "Heads of the winning ayil okmotus receive their certificates."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The meeting ended with framework agreements, signed by the project "
                            "manager and the head of each municipality. The results of the cluster "
                            "contest on intermunicipal cooperation were also announced.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "cluster-grant-competition-awards-2020",
        "date": "2020-12-21",
        "cover": {
            "motif": "cluster",
            "alt": {
                "ky": "Картада бириккен муниципалитеттердин кластерлери",
                "ru": "Кластеры объединившихся муниципалитетов на карте",
                "en": "Clusters of cooperating municipalities on a map",
            },
        },
        "text": {
            "ky": {
                "title": "Беш кластер кызматтарды жакшыртуу үчүн 5 миллион сомдон грант алды",
                "summary": (
                    "Муниципалитеттер аралык кызматташуу боюнча сынакка катышкан тогуз кластердин "
                    "бешөө жеңүүчү деп табылды. Ар бири кызматтарды жакшыртуу планын ишке ашыруу "
                    "үчүн 5 000 000 сомдук грант сертификатын алды."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» долбоору "
                            "кластерлерге биригишкен муниципалитеттер үчүн сынак жарыялаган. "
                            "Катышуучулар муниципалитеттер аралык кызматташуунун алкагында "
                            "кызматтарды жакшыртуу боюнча аракеттер планын (КЖАП) даярдашы керек "
                            "эле. Сынакка тогуз кластер катышты.</p>"
                        ),
                    ),
                    ("heading", "Жеңүүчү кластерлер"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Теплоключенка кластери: Теплоключенка, Кереге-Таш жана "
                            "Октябрь айыл аймактары;</li><li>Кызыл-Суу кластери: Кызыл-Суу, "
                            "Оргочор, Светлая Поляна, Саруу жана Дархан айыл "
                            "аймактары;</li><li>Октябрь кластери: Теплоключенка, Кереге-Таш жана "
                            "Челпек айыл аймактары;</li><li>Достук кластери: Достук жана Бүргөндү "
                            "айыл аймактары;</li><li>Кеңеш кластери: Кеңеш, Бешик-Жон жана Масы "
                            "айыл аймактары.</li></ul><p>Жеңүүчүлөрдүн ар бирине <strong>5 000 000 "
                            "сомдук</strong> грант сертификаты ыйгарылды; каражат пландагы "
                            "иш-чараларга жумшалат.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Беш жеңүүчү кластердин схемасы",
                            "caption": (
                                "Жеңүүчү кластерлер Ысык-Көл жана Жалал-Абад облустарында "
                                "жайгашкан."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Калган төрт кластердин пландары дагы иштелип чыгууну талап кылды. "
                            "Аларга шарттуу жеңүүчү статусу жана аткарыла турган тапшырмалардын "
                            "тизмеси берилди; тапшырмалар аткарылгандан кийин колдоо маселеси "
                            "каралат.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Пять кластеров получили гранты по 5 миллионов сомов на улучшение услуг",
                "summary": (
                    "Из девяти кластеров, участвовавших в конкурсе по межмуниципальному "
                    "сотрудничеству, победителями признаны пять. Каждый получил сертификат на "
                    "грант в 5 000 000 сомов для реализации плана улучшения услуг."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Проект «Улучшение услуг на местном уровне» объявил конкурс для "
                            "муниципалитетов, объединившихся в кластеры. Участникам нужно было "
                            "подготовить план действий по улучшению услуг (ПДУУ) в рамках "
                            "межмуниципального сотрудничества. В конкурсе участвовали девять "
                            "кластеров.</p>"
                        ),
                    ),
                    ("heading", "Кластеры-победители"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Теплоключенский кластер: айыльные аймаки Теплоключенка, "
                            "Кереге-Таш и Октябрь;</li><li>Кызыл-Сууйский кластер: айыльные аймаки "
                            "Кызыл-Суу, Оргочор, Светлая Поляна, Саруу и "
                            "Дархан;</li><li>Октябрьский кластер: айыльные аймаки Теплоключенка, "
                            "Кереге-Таш и Челпек;</li><li>Достукский кластер: айыльные аймаки "
                            "Достук и Бургонду;</li><li>Кенешский кластер: айыльные аймаки Кенеш, "
                            "Бешик-Джон и Массы.</li></ul><p>Каждому победителю вручён грантовый "
                            "сертификат на <strong>5 000 000 сомов</strong>; средства пойдут на "
                            "мероприятия плана.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Схема пяти кластеров-победителей",
                            "caption": (
                                "Кластеры-победители расположены в Иссык-Кульской и "
                                "Джалал-Абадской областях."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Планы остальных четырёх кластеров требуют доработки. Им присвоен "
                            "статус условных победителей и выдан список заданий; после их "
                            "выполнения будет рассмотрен вопрос о поддержке.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Five clusters win grants of 5 million soms to improve services",
                "summary": (
                    "Five of the nine clusters that entered the intermunicipal cooperation contest "
                    "were named winners. Each received a grant certificate for 5,000,000 soms to "
                    "carry out its service improvement plan."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The Improvement of Local Level Services project ran a contest for "
                            "municipalities grouped in clusters. Entrants had to prepare a service "
                            "improvement action plan based on intermunicipal cooperation. Nine "
                            "clusters took part.</p>"
                        ),
                    ),
                    ("heading", "The winning clusters"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Teploklyuchenka cluster: Teploklyuchenka, Kerege-Tash and "
                            "Oktyabr ayil aimaks;</li><li>Kyzyl-Suu cluster: Kyzyl-Suu, Orgochor, "
                            "Svetlaya Polyana, Saruu and Darkhan ayil aimaks;</li><li>Oktyabr "
                            "cluster: Teploklyuchenka, Kerege-Tash and Chelpek ayil "
                            "aimaks;</li><li>Dostuk cluster: Dostuk and Burgondu ayil "
                            "aimaks;</li><li>Kenesh cluster: Kenesh, Beshik-Jon and Massy ayil "
                            "aimaks.</li></ul><p>Each winner was handed a grant certificate for "
                            "<strong>5,000,000 soms</strong>; the money goes to the measures in "
                            "its plan.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "cluster",
                            "alt": "Diagram of the five winning clusters",
                            "caption": (
                                "The winning clusters are in Issyk-Kul and Jalal-Abad regions."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The plans of the other four clusters need more work. They were "
                            "named conditional winners and given a list of tasks; support will be "
                            "considered once the tasks are done.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "private-sector-seminars-lsg-staff-2020",
        "date": "2020-11-06",
        "cover": {
            "motif": "meeting",
            "alt": {
                "ky": "Жергиликтүү өз алдынча башкаруу кызматкерлери үчүн семинар",
                "ru": "Семинар для сотрудников органов местного самоуправления",
                "en": "A seminar for local self-government staff",
            },
        },
        "text": {
            "ky": {
                "title": (
                    "Айыл өкмөттөрүнүн кызматкерлери жеке секторду кызмат көрсөтүүгө тартууну "
                    "үйрөнүштү"
                ),
                "summary": (
                    "Беш шаарда өткөн семинарларда 108 айыл өкмөт башчысы жана адиси кызматтарды "
                    "жеке ишканалар аркылуу уюштуруунун жолдорун талкуулашты. Катышуучулар "
                    "Ысык-Көл жана Жалал-Абад облустарынан келишти."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү жакшыртуу» долбоору "
                            "эки облустун бардык айылдык муниципалитеттери үчүн семинарлардын "
                            "сериясын уюштурду. Семинарлар Жалал-Абад, Ала-Бука, Токтогул, Балыкчы "
                            "жана Каракол шаарларында өтүп, аларга 108 киши, анын ичинде 13 аял "
                            "катышты.</p>"
                        ),
                    ),
                    ("heading", "Жеке сектор муниципалитетке эмне берет"),
                    (
                        "paragraph",
                        (
                            "<p>Катышуучулар кызмат көрсөтүүгө жеке секторду тартуунун "
                            "артыкчылыктарын талкуулашты:</p><ul><li>бюджеттен кетчү каражат "
                            "азаят;</li><li>кызмат көрсөтүүчү ишкананын кадрлары жана ички түйшүгү "
                            "айыл өкмөтүнүн башын оорутпайт;</li><li>айыл өкмөтү техника сатып "
                            "алып, аны кармоого милдеттүү болбой калат.</li></ul><p>Мисал катары "
                            "башка муниципалитеттердин таштанды ташуу, маданият үйлөрүн башкаруу, "
                            "көчөлөрдү жарыктандыруу жана аянттарды көрктөндүрүү боюнча "
                            "келишимдери талданды.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Биз келишим түзүүнү теория катары эмес, башка айылдардын "
                                "тажрыйбасы аркылуу үйрөндүк. Эми өзүбүздө эмнеден баштоону "
                                "билебиз."
                            ),
                            "attribution": "Семинардын катышуучусу, айыл өкмөтүнүн башчысы",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Кийинки кадам — ушул темадагы онлайн курс. Андан тышкары, ар бир "
                            "облустан бирден ийгиликтүү тажрыйба тандалып, мыкты тажрыйбалар "
                            "порталында жарыяланат, башка муниципалитеттер аны өздөрүндө колдоно "
                            "алышат. Коронавирустан сактануу үчүн ар бир семинарга бир нече "
                            "райондун өкүлдөрү гана чакырылып, катышуучулар маска тагынып, "
                            "антисептик колдонуп, аралыкты сакташты.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": (
                    "Сотрудники айыл окмоту научились привлекать частный сектор к оказанию услуг"
                ),
                "summary": (
                    "На семинарах в пяти городах 108 глав и специалистов айыл окмоту обсудили, как "
                    "организовывать услуги через частные предприятия. Участники приехали из "
                    "Иссык-Кульской и Джалал-Абадской областей."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Проект «Улучшение услуг на местном уровне» организовал серию "
                            "семинаров для всех сельских муниципалитетов двух областей. Семинары "
                            "прошли в Джалал-Абаде, Ала-Буке, Токтогуле, Балыкчы и Караколе, в них "
                            "приняли участие 108 человек, из них 13 женщин.</p>"
                        ),
                    ),
                    ("heading", "Что частный сектор даёт муниципалитету"),
                    (
                        "paragraph",
                        (
                            "<p>Участники обсудили преимущества привлечения частного сектора к "
                            "оказанию услуг:</p><ul><li>из бюджета уходит меньше "
                            "средств;</li><li>кадры и внутренние заботы предприятия-поставщика "
                            "больше не головная боль айыл окмоту;</li><li>айыл окмоту не обязан "
                            "сам покупать и содержать технику.</li></ul><p>Для примера разобрали "
                            "договоры других муниципалитетов на вывоз мусора, управление домами "
                            "культуры, уличное освещение и благоустройство площадей.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мы изучали договоры не в теории, а на опыте других сёл. Теперь "
                                "понятно, с чего начинать у себя."
                            ),
                            "attribution": "Участник семинара, глава айыл окмоту",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Следующий шаг — онлайн-курс на эту тему. Кроме того, из каждой "
                            "области будет отобран один успешный пример, который опубликуют на "
                            "портале лучших практик, чтобы другие муниципалитеты могли его "
                            "повторить. Из-за коронавируса на каждый семинар приглашали "
                            "представителей лишь нескольких районов, участники носили маски, "
                            "пользовались антисептиком и соблюдали дистанцию.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": (
                    "Ayil okmotu staff learn to bring the private sector into service delivery"
                ),
                "summary": (
                    "At seminars in five towns, 108 ayil okmotu heads and specialists discussed "
                    "how to organise services through private businesses. Participants came from "
                    "Issyk-Kul and Jalal-Abad regions."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>The Improvement of Local Level Services project organised a series "
                            "of seminars for all rural municipalities of the two regions. They "
                            "took place in Jalal-Abad, Ala-Buka, Toktogul, Balykchy and Karakol "
                            "and brought together 108 people, 13 of them women.</p>"
                        ),
                    ),
                    ("heading", "What the private sector offers a municipality"),
                    (
                        "paragraph",
                        (
                            "<p>Participants discussed the benefits of involving the private "
                            "sector in service delivery:</p><ul><li>less money leaves the "
                            "budget;</li><li>the provider's staff and internal affairs are no "
                            "longer the ayil okmotu's headache;</li><li>the ayil okmotu does not "
                            "have to buy and maintain vehicles itself.</li></ul><p>As examples, "
                            "participants went through other municipalities' contracts for waste "
                            "removal, running houses of culture, street lighting and improving "
                            "public squares.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "We learned about contracts not from theory but from other "
                                "villages' experience. Now we know where to start at home."
                            ),
                            "attribution": "Seminar participant, head of an ayil okmotu",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>The next step is an online course on the topic. In addition, one "
                            "successful example from each region will be selected and published on "
                            "the best-practice portal so that other municipalities can replicate "
                            "it. Because of the coronavirus, each seminar invited people from only "
                            "a few districts, and participants wore masks, used hand sanitiser and "
                            "kept their distance.</p>"
                        ),
                    ),
                ],
            },
        },
    },
]
