"""Demo best-practice cases on private-sector involvement in local services; data only."""

CASES = [
    {
        "slug": "teploklyuchenka-waste-contract",
        "theme": "private-sector",
        "service_area": "solid-waste",
        "mechanism": "service-contract",
        "municipalities": ["teploklyuchenka"],
        "cluster": None,
        "population_served": 7800,
        "municipality_population": 12400,
        "status": "ongoing",
        "year": 2020,
        "budget": {"amount": 960000, "currency": "KGS"},
        "cover": {
            "motif": "waste",
            "alt": {
                "ky": "Айыл көчөсүндө таштанды чогултуучу жүк ташуучу унаа",
                "ru": "Мусоровоз на сельской улице",
                "en": "A refuse truck on a village street",
            },
        },
        "gallery": [
            {
                "motif": "waste",
                "caption": {
                    "ky": (
                        "Оператор таштандыны ар бир көчө боюнча бекитилген график менен чогултат."
                    ),
                    "ru": "Оператор собирает мусор по утверждённому графику для каждой улицы.",
                    "en": "The operator collects waste on a fixed schedule for each street.",
                },
            },
            {
                "motif": "chart",
                "caption": {
                    "ky": "Кызмат акысын чогултуу деңгээли бир жылда эки эсеге жакын өстү.",
                    "ru": "За год уровень сбора платы за услугу вырос почти вдвое.",
                    "en": "Within a year the fee collection rate almost doubled.",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Кызмат үзгүлтүксүз көрсөтүлгөн үй чарбалар",
                    "ru": "Домохозяйства с регулярным вывозом мусора",
                    "en": "Households with regular waste collection",
                },
                "before": 35,
                "after": 78,
                "unit": "%",
            },
            {
                "label": {
                    "ky": "Кызмат акысын чогултуу деңгээли",
                    "ru": "Уровень сбора платы за услугу",
                    "en": "Fee collection rate",
                },
                "before": 42,
                "after": 81,
                "unit": "%",
            },
            {
                "label": {
                    "ky": "Уруксатсыз таштанды үймөктөрү",
                    "ru": "Стихийные свалки",
                    "en": "Unauthorised dump sites",
                },
                "before": 14,
                "after": 4,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Борбордук көчөлөрдө жумасына чыгаруу саны",
                    "ru": "Вывоз на центральных улицах, раз в неделю",
                    "en": "Collections per week on central streets",
                },
                "before": 1,
                "after": 2,
                "unit": "",
            },
        ],
        "timeline": [
            {
                "date": "2019-07",
                "event": {
                    "ky": (
                        "Айыл өкмөтүнүн өкүлдөрү долбоордун экинчи фазасынын Караколдогу киришүү "
                        "семинарына катышты."
                    ),
                    "ru": (
                        "Представители айыл окмоту приняли участие во вводном семинаре второй фазы "
                        "проекта в Караколе."
                    ),
                    "en": (
                        "Ayil okmotu staff attended the introductory seminar of the project's "
                        "second phase in Karakol."
                    ),
                },
            },
            {
                "date": "2020-03",
                "event": {
                    "ky": (
                        "Айыл өкмөтү кызматтын чыныгы чыгымдарын эсептеп, техникалык тапшырманын "
                        "долбоорун даярдады."
                    ),
                    "ru": (
                        "Айыл окмоту подсчитал реальные затраты на услугу и подготовил проект "
                        "технического задания."
                    ),
                    "en": "The ayil okmotu costed the service and drafted the terms of reference.",
                },
            },
            {
                "date": "2020-07",
                "event": {
                    "ky": (
                        "Ачык тандоонун жыйынтыгы менен жергиликтүү жеке оператор (ЖЧК) менен үч "
                        "жылдык келишим түзүлдү."
                    ),
                    "ru": (
                        "По итогам открытого отбора заключён трёхлетний договор с местным частным "
                        "оператором (ОсОО)."
                    ),
                    "en": (
                        "After an open selection, a three-year contract was signed with a local "
                        "private operator (LLC)."
                    ),
                },
            },
            {
                "date": "2020-09",
                "event": {
                    "ky": (
                        "Кызмат акысын өз убагында төлөөнүн маанилүүлүгү тууралуу маалыматтык "
                        "кампания башталды."
                    ),
                    "ru": (
                        "Началась информационная кампания о важности своевременной оплаты услуги."
                    ),
                    "en": "An information campaign on paying for the service on time began.",
                },
            },
            {
                "date": "2020-12",
                "event": {
                    "ky": (
                        "Долбоордун жыйынтыктоочу конференциясында муниципалитеттин маалыматтык "
                        "кампаниясы биринчи орунду алды."
                    ),
                    "ru": (
                        "На итоговой конференции проекта информационная кампания муниципалитета "
                        "заняла первое место."
                    ),
                    "en": (
                        "At the project's year-end conference the municipality's information "
                        "campaign won first place."
                    ),
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Жергиликтүү жеке оператор (ЖЧК)",
                    "ru": "Местный частный оператор (ОсОО)",
                    "en": "Local private operator (LLC)",
                },
                "kind": "private-company",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": (
                        "«Жергиликтүү деңгээлдеги кызматтарды жакшыртуу» долбоору (SDC; "
                        "Helvetas жана Өнүгүү саясаты институту)"
                    ),
                    "ru": (
                        "Проект «Улучшение услуг на местном уровне» (SDC; Helvetas и Институт "
                        "политики развития)"
                    ),
                    "en": (
                        "Improvement of Local Level Services project (SDC; Helvetas and "
                        "Development Policy Institute)"
                    ),
                },
                "kind": "donor-project",
                "support": ["technical", "administrative"],
            },
            {
                "name": {
                    "ky": "Теплоключенка айылдык кеңеши",
                    "ru": "Теплоключенский айылный кенеш",
                    "en": "Teploklyuchenka ayil kenesh",
                },
                "kind": "state-body",
                "support": ["political"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Үй чарбалардын кызмат акысы (жылына)",
                    "ru": "Плата домохозяйств за услугу (в год)",
                    "en": "Household service fees (per year)",
                },
                "amount": 540000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Жергиликтүү бюджет: мекемелер жана коомдук жайлар үчүн төлөм (жылына)",
                    "ru": "Местный бюджет: оплата за учреждения и общественные места (в год)",
                    "en": "Local budget: payment for public institutions and spaces (per year)",
                },
                "amount": 420000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Теплоключенка: таштанды чыгаруу келишим менен жеке операторго берилди",
                "summary": (
                    "Теплоключенка айыл өкмөтү катуу тиричилик таштандыларын чогултуу жана чыгаруу "
                    "кызматын ачык тандоо аркылуу жергиликтүү жеке операторго тапшырды. Кызматка "
                    "камтылган үй чарбалардын үлүшү эки эседен ашык көбөйүп, төлөмдөрдү чогултуу "
                    "81%га жетти."
                ),
                "situation_before": (
                    "<p>Келишимге чейин таштандыны айыл өкмөтүнүн жалгыз эски тракторы ташычу. "
                    "Техника тез-тез бузулуп, график сакталчу эмес, ошондуктан үй чарбалардын "
                    "үчтөн бир бөлүгү гана кызматты үзгүлтүксүз алып турган. Калгандары таштандыны "
                    "арык бойлоруна жана айылдын четине ташташып, уруксатсыз үймөктөр "
                    "көбөйгөн.</p><p>Кызмат үчүн аз эле тургун төлөчү. Чыгымдын негизги бөлүгүн "
                    "жергиликтүү бюджет көтөрүп, күйүүчү майга жана оңдоого каражат дайыма жетишчү "
                    "эмес.</p>"
                ),
                "sustainability": (
                    "<p>Келишим үч жылга түзүлүп, анын аткарылышы жыл сайын айылдык кеңеште "
                    "каралат. Тарифти айылдык кеңеш бекитет жана ал оператордун негиздүү "
                    "чыгымдарын жабат. Айыл өкмөтү техниканы кармоо түйшүгүнөн кутулуп, бошогон "
                    "каражатты көчөлөрдү көрктөндүрүүгө багыттай баштады.</p>"
                ),
                "challenges": (
                    "<ul><li>Башында тургундардын бир бөлүгү жеке компанияга акы төлөөгө ишенбей, "
                    "келишимдин мыйзамдуулугуна шек санашкан.</li><li>Четки көчөлөрдөгү жолдор "
                    "начар болгондуктан, каттамдарды кайра түзүүгө туура "
                    "келди.</li><li>2020-жылдын жазындагы карантиндик чектөөлөр тандоону бир нече "
                    "жумага кечиктирди.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Техникалык тапшырмада кызматтын көлөмү, графиги жана сапат "
                    "көрсөткүчтөрү так жазылса, кийин талаш-тартыш азаят.</li><li>Маалыматтык "
                    "кампания келишим менен катар башталышы керек: тургундар эмне үчүн жана кимге "
                    "төлөп жатканын түшүнүшү зарыл.</li><li>Төлөм чогултуу операторго өткөндө айыл "
                    "өкмөтү көзөмөлгө жана тургундардын арыздарына көбүрөөк убакыт бөлө "
                    "алат.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Учурдагы кызматты баалап, анын бир жылдык чыныгы чыгымын "
                    "эсептеңиз.</li><li>Кызматтын көлөмүн, графигин жана сапат талаптарын камтыган "
                    "техникалык тапшырма даярдаңыз.</li><li>Тарифти коомдук угууда талкуулап, "
                    "айылдык кеңеште бекитиңиз.</li><li>Ачык тандоо өткөрүп, келишимге көзөмөл "
                    "жол-жобосун жана айыптарды киргизиңиз.</li><li>Тургундар үчүн маалыматтык "
                    "кампания уюштуруп, кайтарым байланыш каналын ачыңыз.</li></ol>"
                ),
                "body": [
                    ("heading", "Эмне үчүн жеке оператор тандалды"),
                    (
                        "paragraph",
                        (
                            "<p>Айыл өкмөтүнүн эсеби боюнча, жаңы техника сатып алуу үчүн "
                            "бюджеттин бир нече жылдык каражаты керек болмок. Долбоордун "
                            "семинарларында кызматкерлер кызматты жеке сектордон сатып алуу "
                            "муниципалитетти негизги каражаттарды сатып алуудан жана кармоодон "
                            "бошотуп, бюджеттин чыгымын кыскартарын көрүштү. Ушундан кийин "
                            "кызматты келишим аркылуу уюштуруу чечими кабыл алынды.</p>"
                        ),
                    ),
                    ("heading", "Келишимде эмне каралган"),
                    (
                        "paragraph",
                        (
                            "<p>Тараптардын милдеттери так бөлүштүрүлгөн:</p><ul><li>оператор ар "
                            "бир көчө үчүн бекитилген график менен таштандыны чогултуп, райондук "
                            "полигонго жеткирет;</li><li>тарифти айылдык кеңеш бекитет, ал эми үй "
                            "чарбалардан акыны оператор өзү чогултат;</li><li>айыл өкмөтү мектеп, "
                            "бала бакча жана коомдук жайлар үчүн төлөйт, кызматтын сапатын ай "
                            "сайын текшерет;</li><li>график бузулса, келишимде айып "
                            "каралган.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "Таштанды чогултуучу унаа жана контейнерлер",
                            "caption": (
                                "Оператор борбордук көчөлөрдө таштандыны жумасына эки жолу чыгарат."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мурда биз тракторду оңдоп убара болчубуз. Азыр биздин милдет "
                                "башка: графиктин сакталышын текшерип, тургундардын арыздарына "
                                "жооп беребиз."
                            ),
                            "attribution": "Айыл өкмөтүнүн адиси",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Бир жылдын ичинде кызматка камтылган үй чарбалардын үлүшү 35%дан "
                            "78%га чейин өстү, уруксатсыз таштанды үймөктөрүнүн саны 14төн 4кө "
                            "чейин азайды. Төлөмдөрдү өз убагында төлөөгө чакырган маалыматтык "
                            "кампания долбоордун сынагында биринчи орунду алып, муниципалитет "
                            "сыйлыкка компьютердик техника алды.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Теплоключенка: вывоз мусора передан частному оператору по договору",
                "summary": (
                    "Айыл окмоту Теплоключенка по итогам открытого отбора передал сбор и вывоз "
                    "твёрдых бытовых отходов местному частному оператору. Охват домохозяйств "
                    "услугой вырос более чем вдвое, а уровень сбора платы достиг 81%."
                ),
                "situation_before": (
                    "<p>До заключения договора мусор вывозил единственный старый трактор айыл "
                    "окмоту. Техника часто ломалась, график не соблюдался, и регулярно услугу "
                    "получала лишь треть домохозяйств. Остальные выбрасывали отходы вдоль арыков и "
                    "на окраине села, где множились стихийные свалки.</p><p>Платили за услугу "
                    "немногие. Основную часть расходов нёс местный бюджет, и средств на топливо и "
                    "ремонт постоянно не хватало.</p>"
                ),
                "sustainability": (
                    "<p>Договор заключён на три года, его исполнение ежегодно рассматривает "
                    "айылный кенеш. Тариф утверждает айылный кенеш, и он покрывает обоснованные "
                    "затраты оператора. Айыл окмоту избавился от забот по содержанию техники и "
                    "направляет высвободившиеся средства на благоустройство улиц.</p>"
                ),
                "challenges": (
                    "<ul><li>Поначалу часть жителей не доверяла частной компании и сомневалась в "
                    "законности договора.</li><li>Из-за плохих дорог на окраинных улицах пришлось "
                    "перестраивать маршруты.</li><li>Карантинные ограничения весной 2020 года "
                    "задержали отбор на несколько недель.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Чем точнее в техническом задании описаны объём, график и показатели "
                    "качества услуги, тем меньше споров потом.</li><li>Информационную кампанию "
                    "нужно начинать одновременно с договором: жители должны понимать, за что и "
                    "кому они платят.</li><li>Когда сбор платы переходит к оператору, айыл окмоту "
                    "может уделять больше времени контролю и обращениям жителей.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Оцените нынешнюю услугу и посчитайте её реальную годовую "
                    "стоимость.</li><li>Подготовьте техническое задание с объёмом, графиком и "
                    "требованиями к качеству услуги.</li><li>Обсудите тариф на общественных "
                    "слушаниях и утвердите его в айылном кенеше.</li><li>Проведите открытый отбор "
                    "и включите в договор порядок контроля и штрафы.</li><li>Организуйте "
                    "информационную кампанию для жителей и откройте канал обратной связи.</li></ol>"
                ),
                "body": [
                    ("heading", "Почему выбрали частного оператора"),
                    (
                        "paragraph",
                        (
                            "<p>Айыл окмоту подсчитал, что покупка новой техники потребовала бы "
                            "бюджетных средств за несколько лет. На семинарах проекта сотрудники "
                            "увидели, что закупка услуги у частного сектора освобождает "
                            "муниципалитет от покупки и содержания основных средств и сокращает "
                            "расходы бюджета. После этого было решено организовать услугу через "
                            "договор.</p>"
                        ),
                    ),
                    ("heading", "Что предусматривает договор"),
                    (
                        "paragraph",
                        (
                            "<p>Обязанности сторон чётко разделены:</p><ul><li>оператор собирает "
                            "мусор по утверждённому для каждой улицы графику и доставляет его на "
                            "районный полигон;</li><li>тариф утверждает айылный кенеш, а плату с "
                            "домохозяйств оператор собирает сам;</li><li>айыл окмоту платит за "
                            "школу, детский сад и общественные места и ежемесячно проверяет "
                            "качество услуги;</li><li>за нарушение графика договор предусматривает "
                            "штрафы.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "Мусоровоз и контейнеры",
                            "caption": (
                                "На центральных улицах оператор вывозит мусор дважды в неделю."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Раньше мы только и делали, что чинили трактор. Теперь у нас "
                                "другая задача: следить за соблюдением графика и отвечать на "
                                "обращения жителей."
                            ),
                            "attribution": "Специалист айыл окмоту",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>За год доля домохозяйств, охваченных услугой, выросла с 35% до "
                            "78%, а число стихийных свалок сократилось с 14 до 4. Информационная "
                            "кампания о своевременной оплате заняла первое место в конкурсе "
                            "проекта, и муниципалитет получил в награду компьютерную технику.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Teploklyuchenka: waste collection contracted out to a private operator",
                "summary": (
                    "After an open selection, Teploklyuchenka ayil okmotu contracted a local "
                    "private operator to collect and remove solid household waste. The share of "
                    "households served more than doubled and the fee collection rate reached 81%."
                ),
                "situation_before": (
                    "<p>Before the contract, waste was hauled by the ayil okmotu's only tractor, "
                    "an old one. It broke down often, the schedule slipped, and only a third of "
                    "households had a regular service. The rest dumped waste along irrigation "
                    "ditches and at the edge of the village, where unauthorised dumps "
                    "grew.</p><p>Few residents paid for the service. The local budget carried most "
                    "of the cost, and there was never enough money for fuel and repairs.</p>"
                ),
                "sustainability": (
                    "<p>The contract runs for three years and the ayil kenesh reviews its "
                    "performance every year. The kenesh approves the tariff, which covers the "
                    "operator's justified costs. Freed from maintaining vehicles, the ayil okmotu "
                    "now spends the savings on street improvements.</p>"
                ),
                "challenges": (
                    "<ul><li>At first some residents did not trust a private company and doubted "
                    "the contract was legal.</li><li>Poor roads on outlying streets meant the "
                    "routes had to be redesigned.</li><li>Lockdown restrictions in spring 2020 "
                    "delayed the selection by several weeks.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>The more precisely the terms of reference set out the volume, "
                    "schedule and quality indicators, the fewer disputes later.</li><li>Start the "
                    "information campaign together with the contract: residents need to know what "
                    "they pay for and to whom.</li><li>Once the operator collects the fees, the "
                    "ayil okmotu has more time for monitoring and residents' complaints.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Assess the current service and work out its real annual "
                    "cost.</li><li>Write terms of reference covering volume, schedule and quality "
                    "requirements.</li><li>Discuss the tariff at a public hearing and have the "
                    "ayil kenesh approve it.</li><li>Run an open selection and put monitoring "
                    "rules and penalties into the contract.</li><li>Organise an information "
                    "campaign for residents and open a feedback channel.</li></ol>"
                ),
                "body": [
                    ("heading", "Why a private operator"),
                    (
                        "paragraph",
                        (
                            "<p>The ayil okmotu calculated that buying new vehicles would take "
                            "several years of budget money. At the project's seminars the staff "
                            "saw that buying the service from the private sector spares the "
                            "municipality from purchasing and maintaining fixed assets and cuts "
                            "budget spending. It then decided to organise the service through a "
                            "contract.</p>"
                        ),
                    ),
                    ("heading", "What the contract covers"),
                    (
                        "paragraph",
                        (
                            "<p>The duties of each side are clearly divided:</p><ul><li>the "
                            "operator collects waste on a fixed schedule for each street and takes "
                            "it to the district landfill;</li><li>the ayil kenesh approves the "
                            "tariff, and the operator collects the fees from households "
                            "itself;</li><li>the ayil okmotu pays for the school, the kindergarten "
                            "and public spaces and checks service quality every month;</li><li>the "
                            "contract sets penalties for missed collections.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "waste",
                            "alt": "A refuse truck and containers",
                            "caption": (
                                "On central streets the operator collects waste twice a week."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "We used to spend our time repairing the tractor. Now our job is "
                                "different: we check that the schedule is kept and answer "
                                "residents' complaints."
                            ),
                            "attribution": "Ayil okmotu specialist",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Within a year the share of households served rose from 35% to 78%, "
                            "and the number of unauthorised dumps fell from 14 to 4. The "
                            "information campaign on paying on time won first place in the "
                            "project's contest, and the municipality received computer equipment "
                            "as a prize.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "street-lighting-private-operator",
        "theme": "private-sector",
        "service_area": "street-lighting",
        "mechanism": "service-contract",
        "municipalities": ["beshik-jon"],
        "cluster": None,
        "population_served": 11300,
        "municipality_population": 17600,
        "status": "ongoing",
        "year": 2020,
        "budget": {"amount": 1450000, "currency": "KGS"},
        "cover": {
            "motif": "lighting",
            "alt": {
                "ky": "Кечки айыл көчөсүндөгү күйүп турган чырактар",
                "ru": "Горящие фонари на вечерней сельской улице",
                "en": "Street lights on a village street in the evening",
            },
        },
        "gallery": [
            {
                "motif": "lighting",
                "caption": {
                    "ky": "Эски чырактардын ордуна үнөмдүү LED-чырактар орнотулду.",
                    "ru": "Старые светильники заменили экономичными светодиодными.",
                    "en": "Old lamps were replaced with energy-saving LED fittings.",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Иштеп турган көчө чырактары",
                    "ru": "Исправные уличные светильники",
                    "en": "Street lights in working order",
                },
                "before": 38,
                "after": 92,
                "unit": "%",
            },
            {
                "label": {
                    "ky": "Жарыктандырылган көчөлөрдүн узундугу",
                    "ru": "Протяжённость освещённых улиц",
                    "en": "Length of lit streets",
                },
                "before": 6,
                "after": 17,
                "unit": "km",
            },
            {
                "label": {
                    "ky": "Бузулган чыракты оңдоонун орточо мөөнөтү, күн",
                    "ru": "Средний срок ремонта светильника, дней",
                    "en": "Average time to repair a light, days",
                },
                "before": 21,
                "after": 3,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Көчө жарыгы үчүн айлык электр төлөмү",
                    "ru": "Ежемесячная оплата электроэнергии за уличное освещение",
                    "en": "Monthly electricity bill for street lighting",
                },
                "before": 64000,
                "after": 41000,
                "unit": "KGS",
            },
        ],
        "timeline": [
            {
                "date": "2019-07",
                "event": {
                    "ky": (
                        "Жалал-Абаддагы киришүү семинарында айыл өкмөтүнүн башчысы пилоттук "
                        "муниципалитет катары кызмат уюштуруу тажрыйбасы менен бөлүштү."
                    ),
                    "ru": (
                        "На вводном семинаре в Джалал-Абаде глава айыл окмоту рассказал об опыте "
                        "организации услуг в пилотном муниципалитете."
                    ),
                    "en": (
                        "At the introductory seminar in Jalal-Abad the head of the ayil okmotu "
                        "shared the pilot municipality's experience in organising services."
                    ),
                },
            },
            {
                "date": "2020-02",
                "event": {
                    "ky": (
                        "Көчө жарыгына толук эсепке алуу жүргүзүлүп, 310 мамыдагы чырактын абалы "
                        "текшерилди."
                    ),
                    "ru": (
                        "Проведена инвентаризация уличного освещения: проверены светильники на 310 "
                        "опорах."
                    ),
                    "en": "An inventory of street lighting checked the fittings on 310 poles.",
                },
            },
            {
                "date": "2020-06",
                "event": {
                    "ky": (
                        "Ачык тандоодон кийин жергиликтүү жеке оператор (ЖЧК) менен тейлөө "
                        "келишими түзүлдү."
                    ),
                    "ru": (
                        "После открытого отбора заключён договор на обслуживание с местным частным "
                        "оператором (ОсОО)."
                    ),
                    "en": (
                        "After an open selection, a maintenance contract was signed with a local "
                        "private operator (LLC)."
                    ),
                },
            },
            {
                "date": "2020-10",
                "event": {
                    "ky": (
                        "Жергиликтүү бюджеттин эсебинен 180 эски чырак LED-чырактарга алмаштырылды."
                    ),
                    "ru": (
                        "За счёт местного бюджета 180 старых светильников заменены светодиодными."
                    ),
                    "en": "The local budget paid for 180 old lamps to be replaced with LED ones.",
                },
            },
            {
                "date": "2022-06",
                "event": {
                    "ky": "Айылдык кеңеш оператордун эки жылдык ишин карап, келишимди узартты.",
                    "ru": (
                        "Айылный кенеш рассмотрел итоги двух лет работы оператора и продлил "
                        "договор."
                    ),
                    "en": (
                        "The ayil kenesh reviewed two years of the operator's work and renewed the "
                        "contract."
                    ),
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Жергиликтүү жеке электр оператору (ЖЧК)",
                    "ru": "Местный частный электротехнический оператор (ОсОО)",
                    "en": "Local private electrical operator (LLC)",
                },
                "kind": "private-company",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": (
                        "«Жергиликтүү деңгээлдеги кызматтарды жакшыртуу» долбоору (SDC; "
                        "Helvetas жана Өнүгүү саясаты институту)"
                    ),
                    "ru": (
                        "Проект «Улучшение услуг на местном уровне» (SDC; Helvetas и Институт "
                        "политики развития)"
                    ),
                    "en": (
                        "Improvement of Local Level Services project (SDC; Helvetas and "
                        "Development Policy Institute)"
                    ),
                },
                "kind": "donor-project",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": "Бешик-Жон айылдык кеңеши",
                    "ru": "Бешик-Джонский айылный кенеш",
                    "en": "Beshik-Jon ayil kenesh",
                },
                "kind": "state-body",
                "support": ["political", "financial"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Жергиликтүү бюджет: LED-чырактарды сатып алуу",
                    "ru": "Местный бюджет: закупка светодиодных светильников",
                    "en": "Local budget: purchase of LED lamps",
                },
                "amount": 850000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Жергиликтүү бюджет: тейлөө келишими (биринчи жыл)",
                    "ru": "Местный бюджет: договор на обслуживание (первый год)",
                    "en": "Local budget: maintenance contract (first year)",
                },
                "amount": 360000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": "Тургундардын салымы (ашар, материалдар)",
                    "ru": "Вклад жителей (ашар, материалы)",
                    "en": "Residents' contribution (ashar labour, materials)",
                },
                "amount": 240000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Бешик-Жон: көчө жарыгын тейлөө жеке операторго тапшырылды",
                "summary": (
                    "Бешик-Жон айыл өкмөтү көчө жарыгын тейлөөнү келишим боюнча жергиликтүү жеке "
                    "операторго берип, эски чырактарды үнөмдүү LED-чырактарга алмаштырды. Иштеп "
                    "турган чырактардын үлүшү 38%дан 92%га жетип, электр төлөмү азайды."
                ),
                "situation_before": (
                    "<p>Айылдагы көчө жарыгы эскирип, чырактардын үчтөн экиси күйбөй калган. Айыл "
                    "өкмөтүндө өз электриги жок болгондуктан, ар бир оңдоо үчүн кокустан адис "
                    "издөөгө туура келчү, бир чыракты алмаштыруу үч жумага созулчу.</p><p>Караңгы "
                    "көчөлөр тургундардын, айрыкча кечинде мектептен кайткан балдардын жана "
                    "аялдардын коопсуздугуна коркунуч жаратып, айыл өкмөтүнө даттануулар "
                    "көбөйгөн.</p>"
                ),
                "sustainability": (
                    "<p>Тейлөө акысы жыл сайын жергиликтүү бюджетте өзүнчө берене катары каралат. "
                    "LED-чырактардан үнөмдөлгөн электр акысы келишимдин наркынын бир бөлүгүн "
                    "жабат. Оператордун иши эки жылда бир жолу айылдык кеңеште талкууланып, "
                    "келишим ошонун негизинде узартылат.</p>"
                ),
                "challenges": (
                    "<ul><li>Айрым мамылар менен зымдар электр тармактарынын балансында "
                    "болгондуктан, жоопкерчиликти алар менен өзүнчө макулдашууга туура "
                    "келди.</li><li>Алыскы көчөлөрдүн тургундары жарык биринчи кезекте борборго "
                    "орнотулганына нааразы болушту.</li><li>Биринчи тандоого бир гана талапкер "
                    "катышып, тандоо кайра жарыяланды.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Келишимден мурун толук эсепке алуу керек: канча мамы, канча чырак "
                    "жана алардын абалы кандай экенин билбей туруп, баа коюу мүмкүн "
                    "эмес.</li><li>Оператордун акысын аткарылган ишке байлаган жакшы: иштеп турган "
                    "чырактардын үлүшү жана оңдоо мөөнөтү негизги көрсөткүч болот.</li><li>Көчө "
                    "комитеттери бузулган чырактар тууралуу тез кабар берип, көзөмөлгө жардам "
                    "берет.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Көчө жарыгына толук эсепке алуу жүргүзүп, карта "
                    "түзүңүз.</li><li>Мамылар кимдин балансында экенин аныктап, электр тармактары "
                    "менен макулдашыңыз.</li><li>Иштеп турган чырактардын үлүшү жана оңдоо мөөнөтү "
                    "сыяктуу көрсөткүчтөр менен техникалык тапшырма даярдаңыз.</li><li>Ачык тандоо "
                    "өткөрүп, келишимди бир-эки жылга түзүңүз.</li><li>Көчө комитеттери аркылуу "
                    "кабар берүү тартибин жөнгө салыңыз.</li></ol>"
                ),
                "body": [
                    ("heading", "Эсепке алуудан башталды"),
                    (
                        "paragraph",
                        (
                            "<p>2020-жылдын башында айыл өкмөтү ар бир көчөнү кыдырып, 310 "
                            "мамыдагы чырактын абалын жазып чыкты. Ошондо гана кызматтын чыныгы "
                            "көлөмү жана баасы белгилүү болду. Жеке секторду тартуу боюнча алынган "
                            "билимдин негизинде айыл өкмөтү кызматкер жалдабай, тейлөөнү сатып "
                            "алууну чечти.</p>"
                        ),
                    ),
                    ("heading", "Келишим кантип иштейт"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Оператор бардык чырактарды тейлеп, бузулганын үч күндүн "
                            "ичинде оңдойт.</li><li>Айыл өкмөтү айына бир жолу иштеп турган "
                            "чырактардын санын текшерет.</li><li>Акы иштеп турган чырактардын "
                            "үлүшүнө жараша төлөнөт.</li><li>Тургундар бузулган чырак тууралуу "
                            "көчө комитети же айыл өкмөтү аркылуу кабар беришет.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "lighting",
                            "alt": "Жаңы LED-чырактар менен жарыктандырылган көчө",
                            "caption": (
                                "Жарыктандырылган көчөлөрдүн узундугу 6 чакырымдан 17 чакырымга "
                                "чейин өстү."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Мурда кечкисин балдарды мектептен өзүбүз тосуп алчубуз. Азыр көчө "
                                "жарык, көңүл тынч."
                            ),
                            "attribution": "Айылдын тургуну, көчө комитетинин мүчөсү",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>LED-чырактар электр энергиясын аз керектегендиктен, айлык төлөм 64 "
                            "миң сомдон 41 миң сомго түштү. Үнөмдөлгөн каражат тейлөө келишиминин "
                            "наркынын жарымынан көбүн жабат.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Бешик-Джон: обслуживание уличного освещения передано частному оператору",
                "summary": (
                    "Айыл окмоту Бешик-Джон передал обслуживание уличного освещения по договору "
                    "местному частному оператору и заменил старые светильники экономичными "
                    "светодиодными. Доля исправных фонарей выросла с 38% до 92%, расходы на "
                    "электроэнергию снизились."
                ),
                "situation_before": (
                    "<p>Уличное освещение в селе устарело, две трети фонарей не горели. Своего "
                    "электрика у айыл окмоту не было, для каждого ремонта приходилось искать "
                    "случайного мастера, и замена одного светильника растягивалась на три "
                    "недели.</p><p>Тёмные улицы угрожали безопасности жителей, особенно детей и "
                    "женщин, возвращавшихся вечером домой, и жалоб в айыл окмоту становилось всё "
                    "больше.</p>"
                ),
                "sustainability": (
                    "<p>Оплата обслуживания ежегодно закладывается в местный бюджет отдельной "
                    "статьёй. Экономия на электроэнергии от светодиодных светильников покрывает "
                    "часть стоимости договора. Раз в два года айылный кенеш обсуждает работу "
                    "оператора и на этой основе продлевает договор.</p>"
                ),
                "challenges": (
                    "<ul><li>Часть опор и проводов находится на балансе электросетей, поэтому "
                    "ответственность пришлось отдельно согласовывать с ними.</li><li>Жители "
                    "дальних улиц были недовольны тем, что свет сначала провели в "
                    "центре.</li><li>На первый отбор вышел лишь один претендент, и отбор пришлось "
                    "объявить повторно.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>До договора нужна полная инвентаризация: не зная, сколько опор и "
                    "светильников и в каком они состоянии, невозможно определить "
                    "цену.</li><li>Оплату оператора лучше привязать к результату: ключевые "
                    "показатели — доля исправных светильников и срок ремонта.</li><li>Уличные "
                    "комитеты быстро сообщают о неисправностях и помогают контролю.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Проведите полную инвентаризацию уличного освещения и составьте "
                    "карту.</li><li>Выясните, на чьём балансе находятся опоры, и договоритесь с "
                    "электросетями.</li><li>Подготовьте техническое задание с показателями: доля "
                    "исправных светильников, срок ремонта.</li><li>Проведите открытый отбор и "
                    "заключите договор на один-два года.</li><li>Наладьте порядок сообщений о "
                    "неисправностях через уличные комитеты.</li></ol>"
                ),
                "body": [
                    ("heading", "Всё началось с инвентаризации"),
                    (
                        "paragraph",
                        (
                            "<p>В начале 2020 года сотрудники айыл окмоту обошли каждую улицу и "
                            "описали состояние светильников на 310 опорах. Только тогда стали "
                            "понятны реальный объём и стоимость услуги. Опираясь на знания о "
                            "привлечении частного сектора, айыл окмоту решил не нанимать штатного "
                            "работника, а закупить обслуживание.</p>"
                        ),
                    ),
                    ("heading", "Как работает договор"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Оператор обслуживает все светильники и ремонтирует "
                            "неисправные в течение трёх дней.</li><li>Раз в месяц айыл окмоту "
                            "проверяет число исправных фонарей.</li><li>Оплата зависит от доли "
                            "исправных светильников.</li><li>Жители сообщают о поломках через "
                            "уличный комитет или айыл окмоту.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "lighting",
                            "alt": "Улица, освещённая новыми светодиодными фонарями",
                            "caption": (
                                "Протяжённость освещённых улиц выросла с 6 до 17 километров."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Раньше по вечерам мы сами встречали детей из школы. Теперь на "
                                "улице светло, и мы спокойны."
                            ),
                            "attribution": "Жительница села, член уличного комитета",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Светодиодные светильники потребляют меньше электроэнергии, и "
                            "ежемесячный платёж снизился с 64 до 41 тысячи сомов. Сэкономленные "
                            "средства покрывают больше половины стоимости договора на "
                            "обслуживание.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Beshik-Jon: street lighting maintained by a private operator",
                "summary": (
                    "Beshik-Jon ayil okmotu contracted a local private operator to maintain its "
                    "street lighting and replaced old lamps with energy-saving LED ones. The share "
                    "of working lights rose from 38% to 92% and the electricity bill fell."
                ),
                "situation_before": (
                    "<p>The village street lighting was worn out and two thirds of the lamps did "
                    "not work. The ayil okmotu had no electrician of its own, so every repair "
                    "meant finding someone ad hoc, and replacing a single lamp could take three "
                    "weeks.</p><p>Dark streets put residents at risk, especially children and "
                    "women coming home in the evening, and complaints to the ayil okmotu kept "
                    "growing.</p>"
                ),
                "sustainability": (
                    "<p>The maintenance fee is a separate line in the local budget every year. "
                    "Electricity savings from the LED lamps cover part of the contract cost. Every "
                    "two years the ayil kenesh discusses the operator's work and renews the "
                    "contract on that basis.</p>"
                ),
                "challenges": (
                    "<ul><li>Some poles and wires belong to the power distribution company, so "
                    "responsibilities had to be agreed with it separately.</li><li>Residents of "
                    "outlying streets were unhappy that the centre was lit first.</li><li>Only one "
                    "bidder came to the first selection, so it had to be announced again.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Make a full inventory before the contract: without knowing how many "
                    "poles and lamps there are and their condition, you cannot set a "
                    "price.</li><li>Link the operator's pay to results: the key indicators are the "
                    "share of working lights and the repair time.</li><li>Street committees report "
                    "faults quickly and help with monitoring.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Make a full inventory of street lighting and map it.</li><li>Find out "
                    "who owns the poles and come to an agreement with the power "
                    "company.</li><li>Write terms of reference with indicators such as the share "
                    "of working lights and the repair time.</li><li>Run an open selection and sign "
                    "a contract for one or two years.</li><li>Set up a way to report faults "
                    "through street committees.</li></ol>"
                ),
                "body": [
                    ("heading", "It started with an inventory"),
                    (
                        "paragraph",
                        (
                            "<p>Early in 2020 ayil okmotu staff walked every street and recorded "
                            "the condition of the lamps on 310 poles. Only then did the real scope "
                            "and cost of the service become clear. Drawing on what it had learned "
                            "about involving the private sector, the ayil okmotu chose to buy "
                            "maintenance as a service instead of hiring its own staff.</p>"
                        ),
                    ),
                    ("heading", "How the contract works"),
                    (
                        "paragraph",
                        (
                            "<ul><li>The operator maintains all lamps and repairs faulty ones "
                            "within three days.</li><li>Once a month the ayil okmotu counts the "
                            "working lights.</li><li>Payment depends on the share of lights in "
                            "working order.</li><li>Residents report faults through their street "
                            "committee or the ayil okmotu.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "lighting",
                            "alt": "A street lit by new LED lamps",
                            "caption": "The length of lit streets grew from 6 to 17 kilometres.",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "We used to walk to school in the evening to meet our children. "
                                "Now the street is lit and we don't worry."
                            ),
                            "attribution": "Resident, member of a street committee",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>LED lamps use less electricity, and the monthly bill fell from "
                            "64,000 to 41,000 soms. The savings cover more than half of the "
                            "maintenance contract.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "culture-leisure-contract",
        "theme": "private-sector",
        "service_area": "culture-leisure",
        "mechanism": "service-contract",
        "municipalities": ["kok-moynok"],
        "cluster": None,
        "population_served": 3100,
        "municipality_population": 6900,
        "status": "ongoing",
        "year": 2021,
        "budget": {"amount": 410000, "currency": "KGS"},
        "cover": {
            "motif": "culture",
            "alt": {
                "ky": "Айылдык маданият үйүндө комуз ийриминин сабагы",
                "ru": "Занятие кружка комуза в сельском доме культуры",
                "en": "A komuz class at the village house of culture",
            },
        },
        "gallery": [
            {
                "motif": "culture",
                "caption": {
                    "ky": "Маданият үйүндө балдар жана жаштар үчүн жети ийрим иштейт.",
                    "ru": "В доме культуры работают семь кружков для детей и молодёжи.",
                    "en": "Seven clubs for children and young people run at the house of culture.",
                },
            },
            {
                "motif": "park",
                "caption": {
                    "ky": "Айылдык майрамдар эми жыл бою бекитилген план менен өтөт.",
                    "ru": "Сельские праздники теперь проходят по утверждённому годовому плану.",
                    "en": "Village festivities now follow an approved annual plan.",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Туруктуу иштеген ийримдер",
                    "ru": "Постоянно действующие кружки",
                    "en": "Regular clubs and classes",
                },
                "before": 2,
                "after": 7,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Ийримдерге үзгүлтүксүз катышкан балдар жана жаштар",
                    "ru": "Дети и молодёжь, регулярно посещающие кружки",
                    "en": "Children and young people attending regularly",
                },
                "before": 40,
                "after": 165,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Жылына өткөн коомдук иш-чаралар",
                    "ru": "Общественные мероприятия в год",
                    "en": "Public events per year",
                },
                "before": 5,
                "after": 14,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Имаратты кармоого бюджеттин жылдык чыгымы",
                    "ru": "Годовые расходы бюджета на содержание здания",
                    "en": "Annual budget spending on the building",
                },
                "before": 380000,
                "after": 150000,
                "unit": "KGS",
            },
        ],
        "timeline": [
            {
                "date": "2020-10",
                "event": {
                    "ky": (
                        "Айыл өкмөтүнүн башчысы кызмат көрсөтүүгө жеке секторду тартуу боюнча "
                        "семинарга катышты."
                    ),
                    "ru": (
                        "Глава айыл окмоту участвовала в семинаре по привлечению частного сектора "
                        "к оказанию услуг."
                    ),
                    "en": (
                        "The head of the ayil okmotu attended a seminar on involving the private "
                        "sector in service delivery."
                    ),
                },
            },
            {
                "date": "2021-02",
                "event": {
                    "ky": (
                        "200 үй чарбанын арасында сурамжылоо жүргүзүлүп, тургундар кайсы "
                        "ийримдерди жана иш-чараларды күтөрү аныкталды."
                    ),
                    "ru": (
                        "Опрос 200 домохозяйств показал, какие кружки и мероприятия нужны жителям."
                    ),
                    "en": (
                        "A survey of 200 households showed which clubs and events residents wanted."
                    ),
                },
            },
            {
                "date": "2021-04",
                "event": {
                    "ky": (
                        "Сынактын жыйынтыгында жергиликтүү жеке оператор (жеке ишкер) менен үч "
                        "жылдык келишим түзүлдү."
                    ),
                    "ru": (
                        "По итогам конкурса заключён трёхлетний договор с местным частным "
                        "оператором (индивидуальным предпринимателем)."
                    ),
                    "en": (
                        "After a competition, a three-year contract was signed with a local "
                        "private operator (a sole trader)."
                    ),
                },
            },
            {
                "date": "2021-09",
                "event": {
                    "ky": "Окуу жылынын башталышы менен жети ийрим ачылды.",
                    "ru": "С началом учебного года открылись семь кружков.",
                    "en": "Seven clubs opened at the start of the school year.",
                },
            },
            {
                "date": "2022-06",
                "event": {
                    "ky": (
                        "Айылдык кеңеш оператордун биринчи жылдык отчетун угуп, аны "
                        "канааттандырарлык деп тапты."
                    ),
                    "ru": (
                        "Айылный кенеш заслушал первый годовой отчёт оператора и признал его "
                        "работу удовлетворительной."
                    ),
                    "en": (
                        "The ayil kenesh heard the operator's first annual report and rated the "
                        "work satisfactory."
                    ),
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": "Жергиликтүү жеке оператор (жеке ишкер)",
                    "ru": "Местный частный оператор (индивидуальный предприниматель)",
                    "en": "Local private operator (sole trader)",
                },
                "kind": "private-company",
                "support": ["technical", "financial"],
            },
            {
                "name": {
                    "ky": (
                        "«Жергиликтүү деңгээлдеги кызматтарды жакшыртуу» долбоору (SDC; "
                        "Helvetas жана Өнүгүү саясаты институту)"
                    ),
                    "ru": (
                        "Проект «Улучшение услуг на местном уровне» (SDC; Helvetas и Институт "
                        "политики развития)"
                    ),
                    "en": (
                        "Improvement of Local Level Services project (SDC; Helvetas and "
                        "Development Policy Institute)"
                    ),
                },
                "kind": "donor-project",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": "Тоң райондук маданият бөлүмү",
                    "ru": "Отдел культуры Тонского района",
                    "en": "Tong District culture department",
                },
                "kind": "state-body",
                "support": ["administrative"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": "Жергиликтүү бюджет: коомдук иш-чараларга муниципалдык буйрутма (жылына)",
                    "ru": "Местный бюджет: муниципальный заказ на общественные мероприятия (в год)",
                    "en": "Local budget: municipal order for public events (per year)",
                },
                "amount": 150000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": (
                        "Оператордун кирешеси: ийримдердин акысы жана залды ижарага берүү (жылына)"
                    ),
                    "ru": "Доходы оператора: плата за кружки и аренда зала (в год)",
                    "en": "Operator's income: class fees and hall rental (per year)",
                },
                "amount": 260000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Көк-Мойнок: маданият үйү келишим боюнча жеке операторго берилди",
                "summary": (
                    "Көк-Мойнок айыл өкмөтү бош турган маданият үйүн жергиликтүү жеке операторго "
                    "келишим менен берди. Оператор балдар үчүн ийримдерди жүргүзүп, айылдык "
                    "майрамдарды уюштурат, ал эми бюджеттин имаратка жумшалган чыгымы эки эседен "
                    "ашык кыскарды."
                ),
                "situation_before": (
                    "<p>Айылдагы маданият үйү жылдын көбүндө жабык турчу. Анда болгону эки ийрим "
                    "иштеп, майрамдык иш-чаралар жылына бир нече жолу гана өтчү. Ошентсе да "
                    "жылытуу, электр жана кароолчу үчүн бюджеттен жыл сайын 380 миң сомго жакын "
                    "каражат кетчү.</p><p>Балдар менен жаштардын бош убактысын өткөрө турган жайы "
                    "дээрлик жок эле, ата-энелер бул маселени айылдык жыйындарда бир нече жолу "
                    "көтөрүшкөн.</p>"
                ),
                "sustainability": (
                    "<p>Оператор кирешесин бир нече булактан алат: айыл өкмөтүнүн коомдук "
                    "иш-чараларга берген буйрутмасы, айрым ийримдердин жеңил акысы жана залды "
                    "үй-бүлөлүк той-аштарга ижарага берүү. Ошондуктан кызмат бир гана бюджетке көз "
                    "каранды эмес. Аз камсыз болгон үй-бүлөлөрдүн балдары ийримдерге акысыз "
                    "катышат, бул шарт келишимде жазылган.</p>"
                ),
                "challenges": (
                    "<ul><li>Айрым тургундар маданият үйү «сатылып кетет» деп чочулашкан; айыл "
                    "өкмөтү имарат муниципалдык менчикте калаарын ачык түшүндүрдү.</li><li>Биринчи "
                    "кышта жылытуу чыгымы күтүлгөндөн жогору болуп, терезелерди алмаштырууга туура "
                    "келди.</li><li>Акысыз жана акылуу ийримдердин ортосундагы тең салмакты табуу "
                    "оңой болгон жок.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Келишимден мурун тургундардан эмне керек экенин сураш керек: "
                    "ийримдердин тизмеси сурамжылоонун негизинде түзүлгөн.</li><li>Коомдук "
                    "иш-чаралардын саны жана мазмуну келишимде так жазылышы зарыл.</li><li>Имарат "
                    "муниципалитетте калып, колдонуу укугу гана берилгенде тургундардын ишеними "
                    "жогору болот.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Маданият үйүнүн чыгымдарын жана колдонулушун "
                    "талдаңыз.</li><li>Тургундардын муктаждыктарын сурамжылоо аркылуу "
                    "аныктаңыз.</li><li>Милдеттүү коомдук иш-чараларды, ийримдерди жана "
                    "жеңилдиктерди камтыган техникалык тапшырма даярдаңыз.</li><li>Ачык сынак "
                    "өткөрүп, келишимди кеминде үч жылга түзүңүз.</li><li>Оператордун отчетун жыл "
                    "сайын айылдык кеңеште угуңуз.</li></ol>"
                ),
                "body": [
                    ("heading", "Имарат бар, кызмат жок"),
                    (
                        "paragraph",
                        (
                            "<p>Айыл өкмөтү маданият үйүн кармоого көп каражат кетсе да, андан "
                            "пайда аз экенин эсептеп чыкты. Семинарда маданият жана эс алуу "
                            "тармагында жеке сектор менен кызматташуунун мисалдарын көргөндөн "
                            "кийин, имаратты келишим менен оператор башкарсын деген чечим кабыл "
                            "алынды.</p>"
                        ),
                    ),
                    ("heading", "Тараптар эмнеге макул болушту"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Айыл өкмөтү имаратты акысыз колдонууга берет жана жылына "
                            "белгилүү сандагы коомдук иш-чаралар үчүн төлөйт.</li><li>Оператор "
                            "коммуналдык чыгымдарды төлөп, кеминде беш ийримди "
                            "жүргүзөт.</li><li>Аз камсыз болгон үй-бүлөлөрдүн балдары ийримдерге "
                            "акысыз катышат.</li><li>Жыл сайын оператор айылдык кеңешке отчет "
                            "берет.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "culture",
                            "alt": "Маданият үйүнүн залында бий ийриминин машыгуусу",
                            "caption": (
                                "Ийримдерге үзгүлтүксүз катышкан балдардын саны 40тан 165ке жетти."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Кызымды шаардагы бийге алып барчу элем. Эми ал айылда эле "
                                "машыгат, мен да жолго акча коротпойм."
                            ),
                            "attribution": "Ата-эне, айылдын тургуну",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Биринчи жылы маданият үйүндө 14 коомдук иш-чара өттү, алардын "
                            "арасында Нооруз майрамы, Жеңиш күнү жана айылдык спорттук мелдештер "
                            "бар. Бюджеттин имаратка кеткен жылдык чыгымы 380 миң сомдон 150 миң "
                            "сомго чейин азайды.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Кок-Мойнок: дом культуры передан частному оператору по договору",
                "summary": (
                    "Айыл окмоту Кок-Мойнок передал пустовавший дом культуры местному частному "
                    "оператору по договору. Оператор ведёт кружки для детей и организует сельские "
                    "праздники, а расходы бюджета на здание сократились более чем вдвое."
                ),
                "situation_before": (
                    "<p>Сельский дом культуры большую часть года стоял закрытым. В нём работали "
                    "всего два кружка, праздничные мероприятия проходили лишь несколько раз в год. "
                    "При этом на отопление, электричество и сторожа из бюджета ежегодно уходило "
                    "около 380 тысяч сомов.</p><p>Детям и молодёжи почти негде было проводить "
                    "свободное время, и родители не раз поднимали этот вопрос на сельских "
                    "сходах.</p>"
                ),
                "sustainability": (
                    "<p>Оператор получает доход из нескольких источников: муниципальный заказ айыл "
                    "окмоту на общественные мероприятия, небольшая плата за часть кружков и аренда "
                    "зала для семейных торжеств. Поэтому услуга не зависит только от бюджета. Дети "
                    "из малообеспеченных семей посещают кружки бесплатно, это условие записано в "
                    "договоре.</p>"
                ),
                "challenges": (
                    "<ul><li>Часть жителей опасалась, что дом культуры «продадут»; айыл окмоту "
                    "открыто разъяснил, что здание остаётся в муниципальной "
                    "собственности.</li><li>В первую зиму расходы на отопление оказались выше "
                    "ожидаемых, и пришлось менять окна.</li><li>Непросто было найти баланс между "
                    "бесплатными и платными кружками.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>До договора стоит спросить жителей, что им нужно: список кружков "
                    "составлен по итогам опроса.</li><li>Число и содержание общественных "
                    "мероприятий должны быть точно прописаны в договоре.</li><li>Доверие жителей "
                    "выше, когда здание остаётся у муниципалитета, а передаётся только право "
                    "пользования.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Проанализируйте расходы на дом культуры и то, как он "
                    "используется.</li><li>Выясните потребности жителей с помощью "
                    "опроса.</li><li>Подготовьте техническое задание с обязательными общественными "
                    "мероприятиями, кружками и льготами.</li><li>Проведите открытый конкурс и "
                    "заключите договор не менее чем на три года.</li><li>Ежегодно заслушивайте "
                    "отчёт оператора на айылном кенеше.</li></ol>"
                ),
                "body": [
                    ("heading", "Здание есть, услуги нет"),
                    (
                        "paragraph",
                        (
                            "<p>Айыл окмоту подсчитал, что содержание дома культуры обходится "
                            "дорого, а отдача от него мала. Познакомившись на семинаре с примерами "
                            "сотрудничества с частным сектором в сфере культуры и досуга, "
                            "руководство решило передать управление зданием оператору по "
                            "договору.</p>"
                        ),
                    ),
                    ("heading", "О чём договорились стороны"),
                    (
                        "paragraph",
                        (
                            "<ul><li>Айыл окмоту передаёт здание в безвозмездное пользование и "
                            "оплачивает определённое число общественных мероприятий в "
                            "год.</li><li>Оператор оплачивает коммунальные расходы и ведёт не "
                            "менее пяти кружков.</li><li>Дети из малообеспеченных семей посещают "
                            "кружки бесплатно.</li><li>Ежегодно оператор отчитывается перед "
                            "айылным кенешем.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "culture",
                            "alt": "Репетиция танцевального кружка в зале дома культуры",
                            "caption": (
                                "Число детей, регулярно посещающих кружки, выросло с 40 до 165."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Раньше я возила дочь на танцы в город. Теперь она занимается в "
                                "селе, и мне не приходится тратиться на дорогу."
                            ),
                            "attribution": "Мама ученицы, жительница села",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>За первый год в доме культуры прошло 14 общественных мероприятий, "
                            "среди них Нооруз, День Победы и сельские спортивные состязания. "
                            "Годовые расходы бюджета на здание снизились с 380 до 150 тысяч "
                            "сомов.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Kok-Moynok: the house of culture run by a private operator",
                "summary": (
                    "Kok-Moynok ayil okmotu handed its little-used house of culture to a local "
                    "private operator under a contract. The operator runs clubs for children and "
                    "organises village festivities, and budget spending on the building fell by "
                    "more than half."
                ),
                "situation_before": (
                    "<p>The village house of culture stood closed most of the year. Only two clubs "
                    "met there, and festive events took place just a few times a year. Yet "
                    "heating, electricity and a watchman cost the budget about 380,000 soms every "
                    "year.</p><p>Children and young people had almost nowhere to spend their free "
                    "time, and parents raised the issue at village meetings more than once.</p>"
                ),
                "sustainability": (
                    "<p>The operator has several sources of income: the ayil okmotu's order for "
                    "public events, small fees for some classes and renting out the hall for "
                    "family celebrations. The service therefore does not depend on the budget "
                    "alone. Children from low-income families attend for free, as the contract "
                    "requires.</p>"
                ),
                "challenges": (
                    "<ul><li>Some residents feared the house of culture would be “sold off”; the "
                    "ayil okmotu explained openly that the building stays municipal "
                    "property.</li><li>Heating in the first winter cost more than expected, and "
                    "the windows had to be replaced.</li><li>Balancing free and paid classes was "
                    "not easy.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Ask residents what they need before signing: the list of clubs came "
                    "from a survey.</li><li>The number and content of public events must be "
                    "written into the contract precisely.</li><li>Residents trust the arrangement "
                    "more when the municipality keeps the building and only grants the right to "
                    "use it.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Analyse what the house of culture costs and how it is "
                    "used.</li><li>Find out residents' needs through a survey.</li><li>Write terms "
                    "of reference listing the required public events, clubs and fee "
                    "waivers.</li><li>Hold an open competition and sign a contract for at least "
                    "three years.</li><li>Have the ayil kenesh hear the operator's report every "
                    "year.</li></ol>"
                ),
                "body": [
                    ("heading", "A building without a service"),
                    (
                        "paragraph",
                        (
                            "<p>The ayil okmotu worked out that the house of culture cost a lot to "
                            "keep and gave little in return. After a seminar showed examples of "
                            "working with the private sector in culture and leisure, it decided to "
                            "let an operator run the building under a contract.</p>"
                        ),
                    ),
                    ("heading", "What the two sides agreed"),
                    (
                        "paragraph",
                        (
                            "<ul><li>The ayil okmotu lets the operator use the building free of "
                            "charge and pays for a set number of public events each "
                            "year.</li><li>The operator pays the utility bills and runs at least "
                            "five clubs.</li><li>Children from low-income families attend for "
                            "free.</li><li>The operator reports to the ayil kenesh every "
                            "year.</li></ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "culture",
                            "alt": "A dance club rehearsing in the hall of the house of culture",
                            "caption": (
                                "The number of children attending clubs regularly rose from 40 to "
                                "165."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "I used to take my daughter to dance classes in town. Now she "
                                "trains here in the village, and I don't spend money on travel."
                            ),
                            "attribution": "Parent, village resident",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In the first year the house of culture hosted 14 public events, "
                            "including Nooruz, Victory Day and village sports contests. Annual "
                            "budget spending on the building fell from 380,000 to 150,000 soms.</p>"
                        ),
                    ),
                ],
            },
        },
    },
    {
        "slug": "public-budget-hearings",
        "theme": "other",
        "service_area": "other",
        "mechanism": "community-based",
        "municipalities": ["toktogul"],
        "cluster": None,
        "population_served": 21000,
        "municipality_population": 21000,
        "status": "ongoing",
        "year": 2018,
        "budget": {"amount": 85000, "currency": "KGS"},
        "cover": {
            "motif": "meeting",
            "alt": {
                "ky": "Шаардын тургундары бюджеттик угууда",
                "ru": "Жители города на бюджетных слушаниях",
                "en": "Town residents at a budget hearing",
            },
        },
        "gallery": [
            {
                "motif": "meeting",
                "caption": {
                    "ky": (
                        "Микрорайондордогу алдын ала жолугушууларда тургундар сунуштарын жазып "
                        "беришет."
                    ),
                    "ru": (
                        "На предварительных встречах в микрорайонах жители записывают свои "
                        "предложения."
                    ),
                    "en": (
                        "At preliminary meetings in neighbourhoods residents write down their "
                        "proposals."
                    ),
                },
            },
            {
                "motif": "chart",
                "caption": {
                    "ky": (
                        "Жарандык бюджет: шаардын кирешелери жана чыгымдары жөнөкөй диаграммаларда."
                    ),
                    "ru": "Гражданский бюджет: доходы и расходы города в простых диаграммах.",
                    "en": "The citizens' budget: the town's revenue and spending in simple charts.",
                },
            },
        ],
        "key_figures": [
            {
                "label": {
                    "ky": "Жылдык бюджеттик угуулардын катышуучулары",
                    "ru": "Участники ежегодных бюджетных слушаний",
                    "en": "Participants in the annual budget hearings",
                },
                "before": 35,
                "after": 210,
                "unit": "",
            },
            {
                "label": {
                    "ky": "Катышуучулардын ичиндеги аялдардын үлүшү",
                    "ru": "Доля женщин среди участников",
                    "en": "Share of women among participants",
                },
                "before": 18,
                "after": 46,
                "unit": "%",
            },
            {
                "label": {
                    "ky": "Бюджетке киргизилген тургундардын сунуштары",
                    "ru": "Предложения жителей, включённые в бюджет",
                    "en": "Residents' proposals included in the budget",
                },
                "before": 1,
                "after": 9,
                "unit": "",
            },
        ],
        "timeline": [
            {
                "date": "2018-03",
                "event": {
                    "ky": (
                        "Мэриянын кызматкерлери «Ийгиликтүү аймак» долбоорунан катышуучулук "
                        "бюджеттөө боюнча окуудан өтүштү."
                    ),
                    "ru": (
                        "Сотрудники мэрии прошли обучение по партисипативному бюджетированию в "
                        "проекте «Успешный аймак»."
                    ),
                    "en": (
                        "Mayor's office staff were trained in participatory budgeting by the "
                        "Successful Aimak project."
                    ),
                },
            },
            {
                "date": "2018-10",
                "event": {
                    "ky": (
                        "Кийинки жылдын бюджетинин долбоору боюнча микрорайондордо биринчи алдын "
                        "ала жолугушуулар жана жыйынтыктоочу угуу өттү."
                    ),
                    "ru": (
                        "Прошли первые предварительные встречи в микрорайонах и итоговые слушания "
                        "по проекту бюджета на следующий год."
                    ),
                    "en": (
                        "The first neighbourhood meetings and a final hearing on the next year's "
                        "draft budget were held."
                    ),
                },
            },
            {
                "date": "2019-10",
                "event": {
                    "ky": (
                        "Аялдар жана жаштар үчүн өзүнчө жолугушуулар уюштурулуп, биринчи жарандык "
                        "бюджет басылып чыкты."
                    ),
                    "ru": (
                        "Проведены отдельные встречи для женщин и молодёжи, выпущен первый "
                        "гражданский бюджет."
                    ),
                    "en": (
                        "Separate meetings for women and young people were held and the first "
                        "citizens' budget was published."
                    ),
                },
            },
            {
                "date": "2020-10",
                "event": {
                    "ky": (
                        "Пандемияга байланыштуу угуулар санитардык талаптарды сактоо менен чакан "
                        "топтордо өткөрүлдү."
                    ),
                    "ru": (
                        "Из-за пандемии слушания прошли в небольших группах с соблюдением "
                        "санитарных требований."
                    ),
                    "en": (
                        "Because of the pandemic, hearings were held in small groups under "
                        "sanitary rules."
                    ),
                },
            },
            {
                "date": "2021-01",
                "event": {
                    "ky": (
                        "«Ийгиликтүү аймак 2» долбоору башталып, жарандардын жергиликтүү бюджетке "
                        "мониторинг жүргүзүүсүн колдоо уланды."
                    ),
                    "ru": (
                        "Стартовал проект «Успешный аймак 2», поддержка гражданского мониторинга "
                        "местных бюджетов продолжилась."
                    ),
                    "en": (
                        "The Successful Aimak 2 project began, continuing support for citizen "
                        "monitoring of local budgets."
                    ),
                },
            },
        ],
        "partners": [
            {
                "name": {
                    "ky": (
                        "USAID «Ийгиликтүү аймак» долбоору (DAI Global LLC Өнүгүү саясаты "
                        "институту менен бирге ишке ашырат)"
                    ),
                    "ru": (
                        "Проект USAID «Успешный аймак» (реализует DAI Global LLC вместе с "
                        "Институтом политики развития)"
                    ),
                    "en": (
                        "USAID Successful Aimak project (implemented by DAI Global LLC, with "
                        "the Development Policy Institute)"
                    ),
                },
                "kind": "donor-project",
                "support": ["technical"],
            },
            {
                "name": {
                    "ky": "Жергиликтүү аялдар жана жаштар демилге топтору",
                    "ru": "Местные женские и молодёжные инициативные группы",
                    "en": "Local women's and youth initiative groups",
                },
                "kind": "ngo",
                "support": ["administrative"],
            },
            {
                "name": {
                    "ky": "Токтогул шаардык кеңеши",
                    "ru": "Токтогульский городской кенеш",
                    "en": "Toktogul town kenesh",
                },
                "kind": "state-body",
                "support": ["political"],
            },
        ],
        "funding_sources": [
            {
                "source": {
                    "ky": (
                        "Жергиликтүү бюджет: жай, басма материалдар жана жарандык бюджет (жылына)"
                    ),
                    "ru": (
                        "Местный бюджет: помещения, печатные материалы и гражданский бюджет (в год)"
                    ),
                    "en": (
                        "Local budget: venues, printed materials and the citizens' budget (per "
                        "year)"
                    ),
                },
                "amount": 35000,
                "currency": "KGS",
            },
            {
                "source": {
                    "ky": (
                        "«Ийгиликтүү аймак» долбоору: окутуу жана жолугушууларды алып баруу "
                        "(болжол менен)"
                    ),
                    "ru": "Проект «Успешный аймак»: обучение и модерация (оценочно)",
                    "en": "Successful Aimak project: training and facilitation (estimated)",
                },
                "amount": 50000,
                "currency": "KGS",
            },
        ],
        "text": {
            "ky": {
                "title": "Токтогул: бюджеттик угуулар тургундардын чыныгы катышуусуна айланды",
                "summary": (
                    "Токтогул шаарынын мэриясы бюджеттик угууларды расмий жыйындан тургундар менен "
                    "чыныгы диалогго айландырды. Микрорайондордо алдын ала жолугушуулар өтүп, "
                    "жарандык бюджет чыгарылат, ал эми катышуучулардын саны алты эседен ашык "
                    "көбөйдү."
                ),
                "situation_before": (
                    "<p>Мурда бюджеттик угуулар мыйзам талап кылгандыктан гана өткөрүлчү. "
                    "Кулактандыруу мэриянын эшигине илинип, угууга негизинен мекеме кызматкерлери "
                    "келчү, катышуучулардын саны отуз-кырктан ашчу эмес.</p><p>Бюджеттин долбоору "
                    "татаал таблицалар түрүндө сунушталып, тургундар акча эмнеге жумшаларын "
                    "түшүнчү эмес. Сунуштар дээрлик түшчү эмес, түшкөндөрү да бюджетке кирчү "
                    "эмес.</p>"
                ),
                "sustainability": (
                    "<p>Угууларды өткөрүү тартиби шаардык кеңештин токтому менен бекитилип, "
                    "мэриянын жылдык иш планына киргизилген. Чыгымдар аз жана жергиликтүү "
                    "бюджеттен каржыланат. Долбоор аяктагандан кийин да жолугушууларды мэриянын өз "
                    "кызматкерлери алып барат.</p>"
                ),
                "challenges": (
                    "<ul><li>Башында тургундар сунуштары эске алынарына ишенишкен "
                    "эмес.</li><li>Бюджеттин мүмкүнчүлүгү чектелүү болгондуктан, сунуштардын "
                    "баарын бир жылда аткаруу мүмкүн эмес; мэрия ар бир сунуш боюнча жоопту ачык "
                    "жарыялоону үйрөндү.</li><li>2020-жылы пандемия чоң жыйындарды өткөрүүгө "
                    "мүмкүнчүлүк берген жок.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Тургундар өз микрорайонундагы жолугушууга чоң залдагы угууга "
                    "караганда көбүрөөк келишет.</li><li>Жарандык бюджет, башкача айтканда "
                    "бюджеттин жөнөкөй тилде жазылган кыскача баяндамасы, талкуунун сапатын "
                    "жогорулатат.</li><li>Кабыл алынган жана четке кагылган сунуштардын тизмесин "
                    "жарыялоо ишенимди бекемдейт.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Угууларды өткөрүү тартибин жергиликтүү кеңештин токтому менен "
                    "бекитиңиз.</li><li>Бюджеттин долбоорун жарандык бюджет түрүндө жөнөкөй тилде "
                    "даярдаңыз.</li><li>Микрорайондордо, ошондой эле аялдар жана жаштар менен "
                    "өзүнчө алдын ала жолугушууларды өткөрүңүз.</li><li>Жыйынтыктоочу угууда "
                    "сунуштарды талкуулап, артыкчылыктарды аныктаңыз.</li><li>Ар бир сунуш боюнча "
                    "кабыл алынган чечимди жарыялаңыз.</li></ol>"
                ),
                "body": [
                    ("heading", "Угуу кантип уюштурулат"),
                    (
                        "paragraph",
                        (
                            "<p>Бюджеттин долбоору даяр болгондо, мэрия төмөнкү кадамдарды "
                            "жасайт:</p><ol><li>кирешелер менен чыгымдарды диаграммалар менен "
                            "түшүндүргөн жарандык бюджетти таратат;</li><li>ар бир микрорайондо "
                            "жана аялдар менен жаштар үчүн өзүнчө жолугушуулар "
                            "өткөрөт;</li><li>түшкөн сунуштарды чогултуп, алардын наркын "
                            "эсептейт;</li><li>жыйынтыктоочу угууда артыкчылыктуу сунуштарды добуш "
                            "берүү менен тандайт.</li></ol>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "Микрорайондогу жолугушуу: тургундар бюджетти талкуулап жатат",
                            "caption": (
                                "Аялдар менен өзүнчө жолугушуулар алардын катышуусун кескин "
                                "көбөйттү."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Көчөбүздөгү көпүрөнү оңдоо сунушун эки жыл катары менен айттык. "
                                "Үчүнчү жылы ал бюджетке кирди, эми иштин жүрүшүн өзүбүз "
                                "көзөмөлдөп турабыз."
                            ),
                            "attribution": "Микрорайондун тургуну",
                        },
                    ),
                    ("heading", "Натыйжалар"),
                    (
                        "paragraph",
                        (
                            "<p>Угуулардын катышуучулары 35тен 210го чейин көбөйүп, алардын "
                            "дээрлик жарымын аялдар түзөт. Тургундардын сунуштары боюнча бюджетке "
                            "көчө жарыгы, ичүүчү суу түтүктөрүн оңдоо жана балдар аянтчалары "
                            "киргизилди. «Ийгиликтүү аймак» долбоорунун колдоосу менен бюджеттик "
                            "угууларды өткөргөн 16 муниципалитеттин бири катары Токтогул өз "
                            "тажрыйбасын башка шаарлар менен бөлүштү.</p>"
                        ),
                    ),
                ],
            },
            "ru": {
                "title": "Токтогул: бюджетные слушания стали настоящим участием жителей",
                "summary": (
                    "Мэрия Токтогула превратила бюджетные слушания из формального собрания в "
                    "настоящий диалог с жителями. Проводятся предварительные встречи в "
                    "микрорайонах, выпускается гражданский бюджет, а число участников выросло "
                    "более чем в шесть раз."
                ),
                "situation_before": (
                    "<p>Раньше бюджетные слушания проводились лишь потому, что этого требует "
                    "закон. Объявление вешали на двери мэрии, приходили в основном работники "
                    "бюджетных учреждений, и участников было не больше "
                    "тридцати-сорока.</p><p>Проект бюджета представляли в виде сложных таблиц, и "
                    "жители не понимали, на что пойдут деньги. Предложений почти не поступало, а "
                    "те, что поступали, в бюджет не попадали.</p>"
                ),
                "sustainability": (
                    "<p>Порядок проведения слушаний утверждён постановлением городского кенеша и "
                    "включён в годовой план работы мэрии. Расходы невелики и покрываются из "
                    "местного бюджета. После завершения проекта встречи модерируют сами сотрудники "
                    "мэрии.</p>"
                ),
                "challenges": (
                    "<ul><li>Поначалу жители не верили, что их предложения "
                    "учтут.</li><li>Возможности бюджета ограничены, и выполнить все предложения за "
                    "один год нельзя; мэрия научилась открыто публиковать ответ по каждому "
                    "предложению.</li><li>В 2020 году пандемия не позволила проводить большие "
                    "собрания.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>На встречу в своём микрорайоне жители приходят охотнее, чем на "
                    "слушания в большом зале.</li><li>Гражданский бюджет, то есть краткое "
                    "изложение бюджета простым языком, повышает качество "
                    "обсуждения.</li><li>Публикация списка принятых и отклонённых предложений "
                    "укрепляет доверие.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Утвердите порядок слушаний постановлением местного "
                    "кенеша.</li><li>Подготовьте проект бюджета в виде гражданского бюджета "
                    "простым языком.</li><li>Проведите предварительные встречи в микрорайонах, а "
                    "также отдельно с женщинами и молодёжью.</li><li>На итоговых слушаниях "
                    "обсудите предложения и определите приоритеты.</li><li>Опубликуйте решение по "
                    "каждому предложению.</li></ol>"
                ),
                "body": [
                    ("heading", "Как организованы слушания"),
                    (
                        "paragraph",
                        (
                            "<p>Когда проект бюджета готов, мэрия делает "
                            "следующее:</p><ol><li>распространяет гражданский бюджет, где доходы и "
                            "расходы объяснены в диаграммах;</li><li>проводит встречи в каждом "
                            "микрорайоне и отдельно для женщин и молодёжи;</li><li>собирает "
                            "поступившие предложения и оценивает их стоимость;</li><li>на итоговых "
                            "слушаниях голосованием выбирает приоритетные предложения.</li></ol>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "Встреча в микрорайоне: жители обсуждают бюджет",
                            "caption": "Отдельные встречи с женщинами резко увеличили их участие.",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Ремонт мостика на нашей улице мы предлагали два года подряд. На "
                                "третий год его включили в бюджет, и теперь мы сами следим за "
                                "ходом работ."
                            ),
                            "attribution": "Житель микрорайона",
                        },
                    ),
                    ("heading", "Результаты"),
                    (
                        "paragraph",
                        (
                            "<p>Число участников слушаний выросло с 35 до 210, почти половина из "
                            "них — женщины. По предложениям жителей в бюджет включены уличное "
                            "освещение, ремонт водопроводных труб и детские площадки. Опыт "
                            "Токтогула как одного из 16 муниципалитетов, проводивших бюджетные "
                            "слушания при поддержке проекта «Успешный аймак», был представлен "
                            "другим городам.</p>"
                        ),
                    ),
                ],
            },
            "en": {
                "title": "Toktogul: budget hearings that residents actually take part in",
                "summary": (
                    "Toktogul mayor's office turned its budget hearings from a formality into a "
                    "real dialogue with residents. Neighbourhood meetings come first, a citizens' "
                    "budget is published, and attendance has grown more than sixfold."
                ),
                "situation_before": (
                    "<p>Budget hearings used to be held only because the law required them. A "
                    "notice was pinned to the door of the mayor's office, mostly public-sector "
                    "employees came, and there were no more than thirty or forty "
                    "participants.</p><p>The draft budget was presented as complex tables, and "
                    "residents could not tell what the money would be spent on. Hardly any "
                    "proposals came in, and those that did never made it into the budget.</p>"
                ),
                "sustainability": (
                    "<p>The hearing procedure is set by a resolution of the town kenesh and is "
                    "part of the mayor's office's annual work plan. The costs are small and come "
                    "from the local budget. Since the project ended, the mayor's office staff "
                    "facilitate the meetings themselves.</p>"
                ),
                "challenges": (
                    "<ul><li>At first residents did not believe their proposals would "
                    "count.</li><li>The budget is limited and not every proposal can be funded in "
                    "one year; the mayor's office learned to publish an answer to each "
                    "proposal.</li><li>In 2020 the pandemic made large meetings "
                    "impossible.</li></ul>"
                ),
                "lessons_learned": (
                    "<ul><li>Residents come to a meeting in their own neighbourhood more readily "
                    "than to a hearing in a large hall.</li><li>A citizens' budget, a short "
                    "plain-language summary of the budget, improves the quality of "
                    "discussion.</li><li>Publishing the list of accepted and rejected proposals "
                    "builds trust.</li></ul>"
                ),
                "transferability": (
                    "<ol><li>Set the hearing procedure by a resolution of the local "
                    "kenesh.</li><li>Prepare the draft budget as a plain-language citizens' "
                    "budget.</li><li>Hold preliminary meetings in neighbourhoods and separately "
                    "with women and young people.</li><li>Discuss the proposals at the final "
                    "hearing and agree on priorities.</li><li>Publish the decision on every "
                    "proposal.</li></ol>"
                ),
                "body": [
                    ("heading", "How the hearings are organised"),
                    (
                        "paragraph",
                        (
                            "<p>Once the draft budget is ready, the mayor's "
                            "office:</p><ol><li>hands out a citizens' budget that explains revenue "
                            "and spending in charts;</li><li>holds meetings in every neighbourhood "
                            "and separate ones for women and young people;</li><li>gathers the "
                            "proposals and estimates their cost;</li><li>at the final hearing, "
                            "chooses priority proposals by vote.</li></ol>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "motif": "meeting",
                            "alt": "A neighbourhood meeting: residents discuss the budget",
                            "caption": (
                                "Separate meetings with women sharply increased their "
                                "participation."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "We asked for the footbridge on our street to be repaired two "
                                "years running. In the third year it went into the budget, and now "
                                "we keep an eye on the works ourselves."
                            ),
                            "attribution": "Neighbourhood resident",
                        },
                    ),
                    ("heading", "Results"),
                    (
                        "paragraph",
                        (
                            "<p>Attendance at the hearings rose from 35 to 210, and almost half of "
                            "the participants are women. Following residents' proposals, the "
                            "budget now includes street lighting, repairs to water pipes and "
                            "playgrounds. Toktogul's experience, as one of 16 municipalities that "
                            "held budget hearings with support from the Successful Aimak project, "
                            "was shared with other towns.</p>"
                        ),
                    ),
                ],
            },
        },
    },
]
