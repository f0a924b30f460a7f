"""Demo course: involving the private sector in local services; data only."""

COURSE = {
    "slug": "private-sector-services",
    "topic": "private-sector-involvement",
    "level": "beginner",
    "hours": 2,
    "enrolment_method": "open",
    "sequential": False,
    "certificate": True,
    "cover": {
        "motif": "waste",
        "alt": {
            "ky": "Айылдын көчөсүндө таштанды чогултуп жаткан жеке оператордун машинасы",
            "ru": "Машина частного оператора собирает отходы на сельской улице",
            "en": "A private operator's truck collecting waste on a village street",
        },
    },
    "text": {
        "ky": {
            "title": "Жергиликтүү кызматтарга жеке секторду тартуу",
            "summary": (
                "Айыл өкмөтү кайсы кызматтарды жеке операторго берсе болот, аны ачык-айкын кантип "
                "уюштурат жана келишимдин аткарылышын кантип көзөмөлдөйт: кадам сайын практикалык "
                "курс."
            ),
            "description": (
                "<p>Курс айыл өкмөттөрүнүн башчылары менен адистерине, айылдык кеңештин "
                "депутаттарына жана мэриялардын кызматкерлерине арналган. Анда таштанды чыгаруу, "
                "көчөлөрдү жарыктандыруу, маданият жана эс алуу, көрктөндүрүү, ветеринардык "
                "кызмат жана жаштар спорту сыяктуу кызматтарды жеке сектордун жардамы менен "
                "уюштуруунун жолдору каралат.</p><p>Мисалдар Жалал-Абад жана Ысык-Көл "
                "облустарындагы муниципалитеттердин тажрыйбасына жана эл аралык долбоорлордун "
                "жыйынтыктарына таянат. Ар бир сабакта <strong>текшерүү тизмелери</strong> жана "
                "иште дароо колдонсо боло турган үлгүлөр бар.</p>"
            ),
            "outcomes": [
                "Жеке операторго берүүгө ылайыктуу жергиликтүү кызматтарды аныктай аласыз.",
                (
                    "Келишимдин бюджетке жана айыл өкмөтүнүн күнүмдүк жүгүнө тийгизген таасирин "
                    "баалай аласыз."
                ),
                "Муктаждыкты баалап, жергиликтүү рынокту изилдей аласыз.",
                "Техникалык тапшырманы жазып, ачык-айкын сатып алууну уюштура аласыз.",
                "Келишимдин аткарылышын көзөмөлдөп, тургундардын пикирин чогулта аласыз.",
            ],
            "completion": (
                "Курсту аяктап, сертификат алуу үчүн алты милдеттүү сабактын баарын бүтүрүңүз."
            ),
        },
        "ru": {
            "title": "Привлечение частного сектора к оказанию местных услуг",
            "summary": (
                "Какие услуги айыл окмоту может передать частному оператору, как организовать это "
                "прозрачно и как контролировать исполнение договора: практический курс шаг за "
                "шагом."
            ),
            "description": (
                "<p>Курс предназначен для глав и специалистов айыл окмоту, депутатов айылных "
                "кенешей и сотрудников мэрий. В нём разбираются способы организовать с помощью "
                "частного сектора вывоз отходов, уличное освещение, культуру и досуг, "
                "благоустройство, ветеринарные услуги и молодёжный спорт.</p><p>Примеры основаны "
                "на опыте муниципалитетов Джалал-Абадской и Иссык-Кульской областей и на итогах "
                "международных проектов. В каждом уроке есть <strong>контрольные списки</strong> "
                "и образцы, которые можно сразу применить в работе.</p>"
            ),
            "outcomes": [
                "Определять местные услуги, которые подходят для передачи частному оператору.",
                "Оценивать, как договор влияет на бюджет и на ежедневную нагрузку айыл окмоту.",
                "Проводить оценку потребностей и изучение местного рынка.",
                "Составлять техническое задание и организовывать прозрачную закупку.",
                "Контролировать исполнение договора и собирать отзывы жителей.",
            ],
            "completion": (
                "Чтобы завершить курс и получить сертификат, пройдите все шесть обязательных "
                "уроков."
            ),
        },
        "en": {
            "title": "Involving the private sector in local services",
            "summary": (
                "Which services an ayil okmotu can hand to a private operator, how to do it "
                "transparently and how to monitor the contract: a practical, step-by-step course."
            ),
            "description": (
                "<p>This course is for heads and specialists of ayil okmotus, ayil kenesh members "
                "and mayors' office staff. It shows how to organise waste removal, street "
                "lighting, culture and leisure, landscaping, veterinary services and youth sports "
                "with the help of private businesses.</p><p>The examples come from municipalities "
                "in Jalal-Abad and Issyk-Kul regions and from the results of international "
                "projects. Every lesson has <strong>checklists</strong> and templates you can use "
                "at work straight away.</p>"
            ),
            "outcomes": [
                "Identify local services that are suitable for a private operator.",
                (
                    "Estimate how a contract affects the budget and the daily workload of the "
                    "ayil okmotu."
                ),
                "Carry out a needs assessment and a study of the local market.",
                "Write a specification and run a transparent procurement.",
                "Monitor contract performance and collect residents' feedback.",
            ],
            "completion": (
                "Complete all six required lessons to finish the course and receive the "
                "certificate."
            ),
        },
    },
    "modules": [
        {
            "slug": "why-contract-services",
            "text": {
                "ky": {
                    "title": "Эмне үчүн кызматтарды жеке секторго берүү керек",
                    "intro": (
                        "Кайсы кызматтарды келишим аркылуу уюштурса болот жана бул "
                        "муниципалитетке эмне берет."
                    ),
                },
                "ru": {
                    "title": "Зачем передавать услуги частному сектору",
                    "intro": (
                        "Какие услуги можно организовать через договор и что это даёт "
                        "муниципалитету."
                    ),
                },
                "en": {
                    "title": "Why contract out services",
                    "intro": (
                        "Which services can be delivered under contract and what the municipality "
                        "gains."
                    ),
                },
            },
            "lessons": [
                {
                    "slug": "what-services-can-be-contracted",
                    "minutes": 15,
                    "required": True,
                    "preview": True,
                    "text": {
                        "ky": {
                            "title": "Кайсы кызматтарды жеке операторго берсе болот",
                            "summary": (
                                "Жеке сектор аркылуу уюштурулуучу жергиликтүү кызматтардын "
                                "түрлөрү жана мисалдары."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Муниципалитет ар бир кызматты өзү аткарууга милдеттүү эмес",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Жергиликтүү маанидеги маселелерди чечүү — айыл "
                                        "өкмөтүнүн милдети. Бирок бул ар бир кызматты өз "
                                        "кызматкерлери жана өз техникасы менен аткаруу керек "
                                        "дегенди билдирбейт. Муниципалитет кызматтын натыйжасы "
                                        "үчүн жооп берет, ал эми күнүмдүк ишти келишимдин "
                                        "негизинде жеке ишкер же уюм аткара алат.</p><p>Мындай "
                                        "учурда айыл өкмөтү <strong>буйрутмачы</strong> болуп "
                                        "калат: эмне керек экенин аныктайт, операторду ачык "
                                        "тандайт, иш үчүн акы төлөйт жана сапатын текшерет.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Жеке операторго берилүүчү кызматтардын мисалдары"
                                        ),
                                        "header": [
                                            "Кызмат",
                                            "Оператор эмне кылат",
                                            "Айыл өкмөтү эмне кылат",
                                        ],
                                        "rows": [
                                            [
                                                (
                                                    "Катуу тиричилик таштандыларын чогултуу жана "
                                                    "чыгаруу"
                                                ),
                                                (
                                                    "Таштандыны график боюнча чогултуп, полигонго "
                                                    "ташыйт"
                                                ),
                                                "Графикти, тарифти жана тазалык талаптарын бекитет",
                                            ],
                                            [
                                                "Көчөлөрдү жана коомдук жайларды жарыктандыруу",
                                                (
                                                    "Чырактарды орнотот, оңдойт, күйгүзүү "
                                                    "тартибин сактайт"
                                                ),
                                                "Иштеп жаткан чырактардын үлүшүн текшерет",
                                            ],
                                            [
                                                "Маданият жана эс алуу",
                                                "Майрамдарды, концерттерди, ийримдерди өткөрөт",
                                                "Иш-чаралардын планын жана баасын макулдашат",
                                            ],
                                            [
                                                "Көрктөндүрүү",
                                                "Парктарды, гүлзарларды жана дарактарды тейлейт",
                                                (
                                                    "Тейлөөчү жайлардын тизмесин жана мөөнөттөрүн "
                                                    "аныктайт"
                                                ),
                                            ],
                                            [
                                                "Ветеринардык кызмат",
                                                "Малды эмдейт, ооруларды алдын алат",
                                                "Эмдөө планын жана отчеттордун тууралыгын текшерет",
                                            ],
                                            [
                                                "Жаштар спорту",
                                                "Секцияларды жана мелдештерди уюштурат",
                                                (
                                                    "Катышуучулардын санын жана сабактардын "
                                                    "сапатын көзөмөлдөйт"
                                                ),
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Долбоорлордун тажрыйбасынан",
                                        "text": (
                                            "<p>USAID каржылаган «Ийгиликтүү аймак» долбоорунун "
                                            "(2016–2021) колдоосу менен 16 өнөктөш "
                                            "муниципалитетте кызматтар жаңы тартипте уюштурулган. "
                                            "Алардын алтоо ветеринардык кызматты, жаштар үчүн "
                                            "спорт жана кошумча сабактарды, ошондой эле "
                                            "таштандыларды башкарууну тартипке "
                                            "келтирген.</p><p>Швейцария Өкмөтү каржылаган "
                                            "«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү "
                                            "жакшыртуу» долбоорунун семинарларында таштанды, "
                                            "маданият жана эс алуу, жарыктандыруу жана "
                                            "көрктөндүрүү боюнча жеке сектор менен иштөөнүн "
                                            "чыныгы мисалдары талданган.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "waste",
                                        "alt": "Айылдын көчөсүндө таштанды чогултуп жаткан машина",
                                        "caption": (
                                            "Таштанды чыгаруу — жеке операторго эң көп берилүүчү "
                                            "кызматтардын бири."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-waste-contract",
                                        "note": (
                                            "Ысык-Көл облусундагы айыл өкмөтү таштанды чыгарууну "
                                            "жеке оператор менен келишим аркылуу кантип "
                                            "уюштурганын көрсөтөт."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Кызматты келишимге берсе болобу? Үч суроого жооп "
                                        "бериңиз:</p><ul><li>Натыйжаны так сүрөттөп, санап "
                                        "чыгууга болобу (канча жолу, канча көчө, канча "
                                        "адам)?</li><li>Райондо же коңшу айылдарда бул ишти "
                                        "аткара ала турган ишкерлер барбы?</li><li>Айыл өкмөтү "
                                        "сапатты текшерүүгө убакыт жана адам бөлө "
                                        "алабы?</li></ul><p>Үчөөнө тең «ооба» деп жооп берсеңиз, "
                                        "кызмат келишимге ылайыктуу.</p>"
                                    ),
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Какие услуги можно передать частному оператору",
                            "summary": (
                                "Виды местных услуг, которые можно организовать через частный "
                                "сектор, и примеры."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Муниципалитет не обязан оказывать каждую услугу сам",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Решение вопросов местного значения — обязанность айыл "
                                        "окмоту. Но это не значит, что каждую услугу нужно "
                                        "оказывать своими сотрудниками и своей техникой. "
                                        "Муниципалитет отвечает за результат, а повседневную "
                                        "работу по договору может выполнять частный "
                                        "предприниматель или организация.</p><p>В этом случае "
                                        "айыл окмоту становится <strong>заказчиком</strong>: "
                                        "определяет, что нужно, открыто выбирает оператора, "
                                        "оплачивает работу и проверяет её качество.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Примеры услуг, которые передают частным операторам"
                                        ),
                                        "header": [
                                            "Услуга",
                                            "Что делает оператор",
                                            "Что делает айыл окмоту",
                                        ],
                                        "rows": [
                                            [
                                                "Сбор и вывоз твёрдых бытовых отходов",
                                                (
                                                    "Собирает отходы по графику и вывозит их на "
                                                    "полигон"
                                                ),
                                                "Утверждает график, тариф и санитарные требования",
                                            ],
                                            [
                                                "Освещение улиц и общественных мест",
                                                (
                                                    "Устанавливает и ремонтирует светильники, "
                                                    "соблюдает режим включения"
                                                ),
                                                "Проверяет долю работающих светильников",
                                            ],
                                            [
                                                "Культура и досуг",
                                                "Проводит праздники, концерты, кружки",
                                                "Согласовывает план мероприятий и их стоимость",
                                            ],
                                            [
                                                "Благоустройство",
                                                "Ухаживает за парками, клумбами и деревьями",
                                                "Определяет перечень объектов и сроки ухода",
                                            ],
                                            [
                                                "Ветеринарные услуги",
                                                "Вакцинирует скот, проводит профилактику болезней",
                                                "Проверяет план вакцинации и достоверность отчётов",
                                            ],
                                            [
                                                "Молодёжный спорт",
                                                "Организует секции и соревнования",
                                                "Контролирует число участников и качество занятий",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Из опыта проектов",
                                        "text": (
                                            "<p>В рамках проекта USAID «Успешный аймак» "
                                            "(2016–2021) 16 муниципалитетов-партнёров по-новому "
                                            "организовали оказание услуг. Шесть из них "
                                            "упорядочили ветеринарные услуги, спортивные и "
                                            "дополнительные занятия для молодёжи, а также "
                                            "управление отходами.</p><p>На семинарах проекта "
                                            "«Улучшение услуг на местном уровне», который "
                                            "финансирует Правительство Швейцарии, разбирали "
                                            "реальные примеры работы с частным сектором в сферах "
                                            "отходов, культуры и досуга, освещения и "
                                            "благоустройства.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "waste",
                                        "alt": "Мусоровоз собирает отходы на сельской улице",
                                        "caption": (
                                            "Вывоз отходов — одна из услуг, которые чаще всего "
                                            "передают оператору."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-waste-contract",
                                        "note": (
                                            "Показывает, как айыл окмоту в Иссык-Кульской области "
                                            "организовал вывоз отходов по договору с частным "
                                            "оператором."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Можно ли передать услугу по договору? Ответьте на три "
                                        "вопроса:</p><ul><li>Можно ли точно описать и посчитать "
                                        "результат (сколько раз, сколько улиц, сколько "
                                        "человек)?</li><li>Есть ли в районе или в соседних сёлах "
                                        "предприниматели, способные выполнять эту "
                                        "работу?</li><li>Может ли айыл окмоту выделить время и "
                                        "людей на проверку качества?</li></ul><p>Если на все три "
                                        "вопроса ответ «да», услуга подходит для договора.</p>"
                                    ),
                                ),
                            ],
                        },
                        "en": {
                            "title": "Which services can be contracted to a private operator",
                            "summary": (
                                "Types of local services that can be delivered through private "
                                "operators, with examples."
                            ),
                            "body": [
                                (
                                    "heading",
                                    (
                                        "The municipality does not have to deliver every service "
                                        "itself"
                                    ),
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Solving issues of local importance is the duty of the "
                                        "ayil okmotu. That does not mean every service must be "
                                        "delivered by its own staff with its own equipment. The "
                                        "municipality is responsible for the result, while the "
                                        "daily work can be done under contract by a private "
                                        "entrepreneur or organisation.</p><p>In that case the "
                                        "ayil okmotu becomes the <strong>client</strong>: it "
                                        "decides what is needed, selects the operator openly, "
                                        "pays for the work and checks its quality.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Examples of services handed to private operators"
                                        ),
                                        "header": [
                                            "Service",
                                            "What the operator does",
                                            "What the ayil okmotu does",
                                        ],
                                        "rows": [
                                            [
                                                "Solid waste collection and removal",
                                                (
                                                    "Collects waste on schedule and takes it to "
                                                    "the landfill"
                                                ),
                                                (
                                                    "Approves the schedule, the tariff and "
                                                    "sanitary standards"
                                                ),
                                            ],
                                            [
                                                "Lighting of streets and public places",
                                                (
                                                    "Installs and repairs lamps, keeps to the "
                                                    "switching hours"
                                                ),
                                                "Checks the share of lamps that work",
                                            ],
                                            [
                                                "Culture and leisure",
                                                "Runs holidays, concerts and hobby groups",
                                                "Agrees the plan of events and their cost",
                                            ],
                                            [
                                                "Landscaping",
                                                "Looks after parks, flower beds and trees",
                                                "Sets the list of sites and maintenance dates",
                                            ],
                                            [
                                                "Veterinary services",
                                                "Vaccinates livestock and prevents disease",
                                                (
                                                    "Checks the vaccination plan and the accuracy "
                                                    "of reports"
                                                ),
                                            ],
                                            [
                                                "Youth sports",
                                                "Organises sports clubs and competitions",
                                                "Monitors attendance and the quality of sessions",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "From project experience",
                                        "text": (
                                            "<p>Under the USAID-funded Successful Aimak project "
                                            "(2016–2021), 16 partner municipalities reorganised "
                                            "how they deliver services. Six of them put "
                                            "veterinary services, sports and extra classes for "
                                            "young people, and waste management on a new "
                                            "footing.</p><p>Seminars of the Improving Local Level "
                                            "Services project, financed by the Government of "
                                            "Switzerland, looked at real cases of working with "
                                            "private businesses on waste, culture and leisure, "
                                            "lighting and landscaping.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "waste",
                                        "alt": (
                                            "A garbage truck collecting waste on a village street"
                                        ),
                                        "caption": (
                                            "Waste removal is one of the services most often "
                                            "given to an operator."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-waste-contract",
                                        "note": (
                                            "Shows how an ayil okmotu in Issyk-Kul region "
                                            "organised waste removal under a contract with a "
                                            "private operator."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Can the service be contracted out? Answer three "
                                        "questions:</p><ul><li>Can the result be described and "
                                        "counted precisely (how often, how many streets, how many "
                                        "people)?</li><li>Are there businesses in the district or "
                                        "nearby villages able to do the work?</li><li>Can the "
                                        "ayil okmotu spare the time and staff to check "
                                        "quality?</li></ul><p>If all three answers are yes, the "
                                        "service is a good candidate for a contract.</p>"
                                    ),
                                ),
                            ],
                        },
                    },
                },
                {
                    "slug": "benefits-costs-and-integrity",
                    "minutes": 15,
                    "required": True,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Келишим бюджетке жана ачык-айкындуулукка эмне берет",
                            "summary": (
                                "Бюджеттик чыгымдарды кыскартуу, айыл өкмөтүнүн жүгүн жеңилдетүү "
                                "жана коррупциялык тобокелдиктерди азайтуу."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Үч негизги пайда",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Кызматты жеке операторго берүү муниципалитетке үч "
                                        "жагынан пайда алып келет:</p><ol><li><strong>Бюджеттик "
                                        "чыгымдар азаят.</strong> Техника, шаймандар жана имарат "
                                        "сатып алуунун, аларды кармоонун кереги жок: оператор өз "
                                        "каражаттарын колдонот, айыл өкмөтү болсо аткарылган иш "
                                        "үчүн гана төлөйт.</li><li><strong>Башкаруу жүгү "
                                        "жеңилдейт.</strong> Айдоочу жалдоо, күйүүчү май, оңдоо "
                                        "жана кызматтын башка ички көйгөйлөрү оператордун милдети "
                                        "болуп калат. Айыл өкмөтү пландоо жана көзөмөл менен "
                                        "алектенет.</li><li><strong>Сапат жогорулайт.</strong> "
                                        "Келишимде так талаптар жана айып пулдар жазылса, "
                                        "оператор жакшы натыйжага өзү кызыкдар болот.</li></ol>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Салыштыруу: кызматты өзү аткаруу же келишим",
                                        "header": [
                                            "Чыгым же милдет",
                                            "Айыл өкмөтү өзү аткарса",
                                            "Келишим боюнча",
                                        ],
                                        "rows": [
                                            [
                                                "Техника жана жабдуулар",
                                                "Муниципалитет сатып алат жана кармайт",
                                                "Оператордун каражаты",
                                            ],
                                            [
                                                "Кызматкерлер жана эмгек акы",
                                                "Штатта, ай сайын туруктуу чыгым",
                                                "Оператордун штаты, төлөм натыйжа үчүн",
                                            ],
                                            [
                                                "Оңдоо, күйүүчү май, тетиктер",
                                                "Бюджеттен күтүлбөгөн чыгымдар",
                                                "Келишимдин баасына кирет",
                                            ],
                                            [
                                                "Сапат үчүн жоопкерчилик",
                                                "Ички көзөмөл, көбүнчө формалдуу",
                                                "Келишимдеги көрсөткүчтөр жана айып пулдар",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Аутсорсинг",
                                            "definition": (
                                                "Муниципалитеттин кызматын же анын бир бөлүгүн "
                                                "келишим боюнча сырттан аткаруучуга берүү."
                                            ),
                                        },
                                        {
                                            "term": "Жеке оператор",
                                            "definition": (
                                                "Келишимдин негизинде калкка кызмат көрсөткөн "
                                                "жеке ишкер же юридикалык жак."
                                            ),
                                        },
                                        {
                                            "term": "Коррупциялык тобокелдик",
                                            "definition": (
                                                "Кызмат адамынын чечимине жеке кызыкчылык таасир "
                                                "этиши мүмкүн болгон кырдаал."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Жоопкерчилик муниципалитетте калат",
                                        "text": (
                                            "<p>Келишим түзүлгөндөн кийин да калктын алдында "
                                            "кызмат үчүн айыл өкмөтү жооп берет. Талаптар бүдөмүк "
                                            "жазылса же аткарылышы текшерилбесе, кызмат начарлап, "
                                            "акча текке кетет. Келишим көзөмөлдөн баш тартуу "
                                            "эмес, көзөмөлдүн башка түрү.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "quote",
                                    {
                                        "text": (
                                            "Жеке сектор менен кызматташуу кызматтын сапатын "
                                            "көтөрүп, коррупцияга болгон мүмкүнчүлүктү азайтат, "
                                            "ошондуктан мен бул ыкманы колдойм."
                                        ),
                                        "attribution": (
                                            "Урмат Шаршеев, Ак-Суу районундагы Бөрү-Баш айыл "
                                            "өкмөтүнүн башчысы (семинардагы сөзүнүн кыскача "
                                            "мазмуну)"
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Ачык-айкын келишим коррупцияны кантип азайтат? Чечим "
                                        "бир адамдын каалоосу менен эмес, жазылган эрежелер "
                                        "боюнча кабыл алынат:</p><ul><li>тендердин шарттары "
                                        "бардык ишкерлерге бирдей жарыяланат;</li><li>сунуштар "
                                        "алдын ала белгиленген критерийлер менен "
                                        "бааланат;</li><li>акы аткарылган иштин актысы боюнча "
                                        "гана төлөнөт;</li><li>келишимдин баасын жана отчетторду "
                                        "айылдык кеңеш менен тургундар көрө алат.</li></ul>"
                                    ),
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "street-lighting-private-operator",
                                        "note": (
                                            "Көчө жарыктандырууну жеке операторго берүү бюджетке "
                                            "жана айыл өкмөтүнүн жүгүнө кандай таасир эткенин "
                                            "көрсөтөт."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Что договор даёт бюджету и прозрачности",
                            "summary": (
                                "Сокращение бюджетных расходов, снижение нагрузки на айыл окмоту "
                                "и коррупционных рисков."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Три главные выгоды",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Передача услуги частному оператору выгодна "
                                        "муниципалитету в трёх "
                                        "отношениях:</p><ol><li><strong>Сокращаются бюджетные "
                                        "расходы.</strong> Не нужно покупать и содержать технику, "
                                        "инвентарь и здания: оператор использует свои средства, а "
                                        "айыл окмоту платит только за выполненную "
                                        "работу.</li><li><strong>Снижается управленческая "
                                        "нагрузка.</strong> Найм водителей, топливо, ремонт и "
                                        "другие внутренние проблемы службы становятся заботой "
                                        "оператора. Айыл окмоту занимается планированием и "
                                        "контролем.</li><li><strong>Растёт качество.</strong> "
                                        "Если в договоре прописаны чёткие требования и штрафы, "
                                        "оператор сам заинтересован в хорошем "
                                        "результате.</li></ol>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Сравнение: оказывать услугу самим или по договору"
                                        ),
                                        "header": [
                                            "Расход или обязанность",
                                            "Если айыл окмоту делает сам",
                                            "По договору",
                                        ],
                                        "rows": [
                                            [
                                                "Техника и оборудование",
                                                "Муниципалитет покупает и содержит",
                                                "Средства оператора",
                                            ],
                                            [
                                                "Работники и зарплата",
                                                "В штате, постоянный ежемесячный расход",
                                                "Штат оператора, оплата за результат",
                                            ],
                                            [
                                                "Ремонт, топливо, запчасти",
                                                "Непредвиденные расходы бюджета",
                                                "Входят в цену договора",
                                            ],
                                            [
                                                "Ответственность за качество",
                                                "Внутренний контроль, часто формальный",
                                                "Показатели и штрафы в договоре",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Аутсорсинг",
                                            "definition": (
                                                "Передача услуги муниципалитета или её части "
                                                "внешнему исполнителю по договору."
                                            ),
                                        },
                                        {
                                            "term": "Частный оператор",
                                            "definition": (
                                                "Индивидуальный предприниматель или юридическое "
                                                "лицо, которое оказывает услугу населению на "
                                                "основании договора."
                                            ),
                                        },
                                        {
                                            "term": "Коррупционный риск",
                                            "definition": (
                                                "Ситуация, в которой на решение должностного лица "
                                                "может повлиять личный интерес."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Ответственность остаётся за муниципалитетом",
                                        "text": (
                                            "<p>И после подписания договора перед жителями за "
                                            "услугу отвечает айыл окмоту. Если требования размыты "
                                            "или исполнение не проверяется, качество падает, а "
                                            "деньги тратятся впустую. Договор — не отказ от "
                                            "контроля, а другая его форма.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "quote",
                                    {
                                        "text": (
                                            "Сотрудничество с частным сектором повышает качество "
                                            "услуг и оставляет меньше места для коррупции, "
                                            "поэтому я поддерживаю такой подход."
                                        ),
                                        "attribution": (
                                            "Урмат Шаршеев, глава айыл окмоту Бору-Баш, "
                                            "Ак-Суйский район (пересказ выступления на семинаре)"
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Как прозрачный договор снижает коррупцию? Решение "
                                        "принимается не по желанию одного человека, а по "
                                        "записанным правилам:</p><ul><li>условия тендера "
                                        "одинаково публикуются для всех "
                                        "предпринимателей;</li><li>предложения оцениваются по "
                                        "заранее установленным критериям;</li><li>оплата "
                                        "производится только по акту выполненных "
                                        "работ;</li><li>цену договора и отчёты видят айылный "
                                        "кенеш и жители.</li></ul>"
                                    ),
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "street-lighting-private-operator",
                                        "note": (
                                            "Показывает, как передача уличного освещения частному "
                                            "оператору отразилась на бюджете и нагрузке айыл "
                                            "окмоту."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "What contracting gives the budget and integrity",
                            "summary": (
                                "Cutting budget costs, easing the workload of the ayil okmotu and "
                                "reducing corruption risks."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Three main benefits",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Handing a service to a private operator benefits the "
                                        "municipality in three ways:</p><ol><li><strong>Budget "
                                        "costs go down.</strong> There is no need to buy and "
                                        "maintain vehicles, tools and buildings: the operator "
                                        "uses its own assets, and the ayil okmotu pays only for "
                                        "work done.</li><li><strong>The management burden gets "
                                        "lighter.</strong> Hiring drivers, fuel, repairs and "
                                        "other internal problems of the service become the "
                                        "operator's job. The ayil okmotu focuses on planning and "
                                        "oversight.</li><li><strong>Quality improves.</strong> "
                                        "When the contract sets clear standards and penalties, "
                                        "the operator has its own reason to deliver good "
                                        "results.</li></ol>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Comparison: delivering the service in-house or under "
                                            "contract"
                                        ),
                                        "header": [
                                            "Cost or duty",
                                            "If the ayil okmotu does it itself",
                                            "Under contract",
                                        ],
                                        "rows": [
                                            [
                                                "Vehicles and equipment",
                                                "Bought and maintained by the municipality",
                                                "The operator's assets",
                                            ],
                                            [
                                                "Staff and salaries",
                                                "On the payroll, a fixed monthly cost",
                                                "The operator's staff, payment for results",
                                            ],
                                            [
                                                "Repairs, fuel, spare parts",
                                                "Unplanned budget spending",
                                                "Included in the contract price",
                                            ],
                                            [
                                                "Responsibility for quality",
                                                "Internal control, often a formality",
                                                "Indicators and penalties in the contract",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Outsourcing",
                                            "definition": (
                                                "Handing a municipal service, or part of it, to "
                                                "an outside provider under a contract."
                                            ),
                                        },
                                        {
                                            "term": "Private operator",
                                            "definition": (
                                                "An individual entrepreneur or a company that "
                                                "delivers a service to residents under a "
                                                "contract."
                                            ),
                                        },
                                        {
                                            "term": "Corruption risk",
                                            "definition": (
                                                "A situation in which an official's decision may "
                                                "be swayed by personal interest."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Responsibility stays with the municipality",
                                        "text": (
                                            "<p>Even after the contract is signed, the ayil "
                                            "okmotu answers to residents for the service. If the "
                                            "requirements are vague or nobody checks the work, "
                                            "quality falls and money is wasted. A contract does "
                                            "not replace oversight; it changes its form.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "quote",
                                    {
                                        "text": (
                                            "Working with the private sector raises the quality "
                                            "of services and leaves less room for corruption, "
                                            "which is why I support this approach."
                                        ),
                                        "attribution": (
                                            "Urmat Sharsheev, head of Boru-Bash ayil okmotu, "
                                            "Ak-Suu district (paraphrase of his remarks at a "
                                            "seminar)"
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>How does a transparent contract reduce corruption? "
                                        "Decisions follow written rules rather than one person's "
                                        "wishes:</p><ul><li>tender conditions are published "
                                        "equally for all businesses;</li><li>bids are scored "
                                        "against criteria set in advance;</li><li>payment is made "
                                        "only against a certificate of work "
                                        "completed;</li><li>the ayil kenesh and residents can see "
                                        "the contract price and the reports.</li></ul>"
                                    ),
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "street-lighting-private-operator",
                                        "note": (
                                            "Shows how handing street lighting to a private "
                                            "operator affected the budget and the ayil okmotu's "
                                            "workload."
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
            ],
        },
        {
            "slug": "from-needs-to-tender",
            "text": {
                "ky": {
                    "title": "Муктаждыктан тендерге чейин",
                    "intro": (
                        "Кызматты сатып алууга даярдоонун кадамдары: муктаждыкты баалоо, рынокту "
                        "изилдөө, техникалык тапшырма, тендер жана келишим."
                    ),
                },
                "ru": {
                    "title": "От потребности до тендера",
                    "intro": (
                        "Шаги подготовки закупки услуги: оценка потребностей, изучение рынка, "
                        "техническое задание, тендер и договор."
                    ),
                },
                "en": {
                    "title": "From needs to tender",
                    "intro": (
                        "The steps of preparing to buy a service: needs assessment, market study, "
                        "specification, tender and contract."
                    ),
                },
            },
            "lessons": [
                {
                    "slug": "needs-assessment-and-market-study",
                    "minutes": 15,
                    "required": True,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Муктаждыкты баалоо жана рынокту изилдөө",
                            "summary": (
                                "Кызматтын көлөмүн аныктоо жана аны аткара ала турган ишкерлерди "
                                "табуу."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "1-кадам: муктаждыкты эсептеңиз",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Тендер жарыялоодон мурун айыл өкмөтү кызматтын "
                                        "көлөмүн так билиши керек. Антпесе баа туура эмес коюлат "
                                        "же оператор милдетин аткара албай калат. Төмөнкү "
                                        "маалыматтарды чогултуңуз:</p><ul><li>кызматты ала турган "
                                        "үй чарбалардын, көчөлөрдүн же объекттердин "
                                        "саны;</li><li>азыркы абал: кайсы жерде кызмат такыр жок, "
                                        "кайсы жерде начар;</li><li>бул кызматка азыр бюджеттен "
                                        "канча каражат жумшалып жатат;</li><li>тургундар кызмат "
                                        "үчүн канча төлөөгө даяр.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Тургундардан сураңыз",
                                        "text": (
                                            "<p>Коомдук угуулар жана кыска сурамжылоо муктаждыкты "
                                            "тез аныктоого жардам берет. «Ийгиликтүү аймак» "
                                            "долбоорунун маалыматы боюнча, бюджет жана "
                                            "кызматтарды уюштуруу маселелери талкууланган 62 "
                                            "коомдук угууга 3298 тургун катышкан. Алардын пикири "
                                            "кызматтын көлөмүн жана тарифти туура белгилөөгө "
                                            "негиз болот.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "heading",
                                    "2-кадам: рынокту изилдеңиз",
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Рынокту изилдөөдө жооп изделүүчү суроолор",
                                        "header": [
                                            "Суроо",
                                            "Маалыматты кайдан алса болот",
                                        ],
                                        "rows": [
                                            [
                                                "Аймакта канча ылайыктуу ишкер бар?",
                                                (
                                                    "Салык кызматы, райондук администрация, коңшу "
                                                    "айыл өкмөттөрү"
                                                ),
                                            ],
                                            [
                                                "Алардын техникасы жана тажрыйбасы кандай?",
                                                (
                                                    "Ишкерлер менен жолугушуу, алардын мурунку "
                                                    "келишимдери"
                                                ),
                                            ],
                                            [
                                                "Кызматтын рыноктук баасы канча?",
                                                (
                                                    "Коңшу муниципалитеттердин келишимдери, "
                                                    "коммерциялык сунуштар"
                                                ),
                                            ],
                                            [
                                                "Ишкерлерди эмне кызыктырат, эмне тоскоол болот?",
                                                "Ачык консультация, алдын ала сурамжылоо",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Бир айыл аймагында ишкер жок болсо же кызматтын "
                                        "көлөмү аз болсо, коңшу муниципалитеттер менен биригүүгө "
                                        "болот: чоң көлөм оператор үчүн кызыктуураак. Мисалы, "
                                        "Достук жана Бургонду айыл аймактары бир кластерге "
                                        "биригип, кызматтарды жакшыртуунун биргелешкен планы үчүн "
                                        "5 000 000 сомдук грант утуп алышкан.</p>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "chart",
                                        "alt": (
                                            "Бюджеттик чыгымдар менен кызматтын көлөмүн "
                                            "салыштырган диаграмма"
                                        ),
                                        "caption": (
                                            "Учурдагы чыгымдарды кызматтын көлөмү менен "
                                            "салыштыруу рыноктук бааны баалоого жардам берет."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "public-budget-hearings",
                                        "note": (
                                            "Кызматтарга болгон муктаждыкты коомдук бюджеттик "
                                            "угуулар аркылуу аныктоонун мисалы."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Оценка потребностей и изучение рынка",
                            "summary": (
                                "Как определить объём услуги и найти предпринимателей, способных "
                                "её оказывать."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Шаг 1: посчитайте потребность",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Прежде чем объявлять тендер, айыл окмоту должен точно "
                                        "знать объём услуги. Иначе цена будет рассчитана неверно "
                                        "или оператор не справится с обязательствами. Соберите "
                                        "такие данные:</p><ul><li>число домохозяйств, улиц или "
                                        "объектов, которые получат услугу;</li><li>текущее "
                                        "положение: где услуги нет совсем, а где она "
                                        "плохая;</li><li>сколько средств бюджета уходит на эту "
                                        "услугу сейчас;</li><li>сколько жители готовы платить за "
                                        "услугу.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Спросите жителей",
                                        "text": (
                                            "<p>Общественные слушания и короткий опрос помогают "
                                            "быстро выяснить потребности. По данным проекта "
                                            "«Успешный аймак», 3298 жителей приняли участие в 62 "
                                            "общественных слушаниях, где обсуждали бюджет и "
                                            "организацию услуг. Их мнение помогает правильно "
                                            "определить объём услуги и тариф.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "heading",
                                    "Шаг 2: изучите рынок",
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Вопросы, на которые нужно ответить при изучении рынка"
                                        ),
                                        "header": [
                                            "Вопрос",
                                            "Где взять информацию",
                                        ],
                                        "rows": [
                                            [
                                                "Сколько в округе подходящих предпринимателей?",
                                                (
                                                    "Налоговая служба, районная администрация, "
                                                    "соседние айыл окмоту"
                                                ),
                                            ],
                                            [
                                                "Какая у них техника и опыт?",
                                                "Встречи с предпринимателями, их прежние договоры",
                                            ],
                                            [
                                                "Какова рыночная цена услуги?",
                                                (
                                                    "Договоры соседних муниципалитетов, "
                                                    "коммерческие предложения"
                                                ),
                                            ],
                                            [
                                                "Что интересует предпринимателей и что им мешает?",
                                                "Открытая консультация, предварительный опрос",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Если в одном айылном аймаке нет предпринимателей или "
                                        "объём услуги мал, можно объединиться с соседними "
                                        "муниципалитетами: большой объём интереснее оператору. "
                                        "Например, айылные аймаки Достук и Бургонду объединились "
                                        "в кластер и выиграли грант в 5 000 000 сомов на "
                                        "совместный план улучшения услуг.</p>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "chart",
                                        "alt": (
                                            "Диаграмма, сравнивающая бюджетные расходы и объём "
                                            "услуги"
                                        ),
                                        "caption": (
                                            "Сравнение текущих расходов с объёмом услуги помогает "
                                            "оценить рыночную цену."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "public-budget-hearings",
                                        "note": (
                                            "Пример того, как потребность в услугах выясняют на "
                                            "публичных бюджетных слушаниях."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "Needs assessment and market study",
                            "summary": (
                                "How to size the service and find businesses able to deliver it."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Step 1: work out the need",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Before announcing a tender, the ayil okmotu must know "
                                        "the scope of the service precisely. Otherwise the price "
                                        "will be wrong or the operator will fail to deliver. "
                                        "Collect the following:</p><ul><li>the number of "
                                        "households, streets or sites to be served;</li><li>the "
                                        "current situation: where there is no service and where "
                                        "it is poor;</li><li>how much the budget spends on this "
                                        "service today;</li><li>how much residents are willing to "
                                        "pay for it.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Ask residents",
                                        "text": (
                                            "<p>Public hearings and a short survey help you find "
                                            "out quickly what people need. According to the "
                                            "Successful Aimak project, 3,298 residents took part "
                                            "in 62 public hearings on the budget and the "
                                            "organisation of services. Their views help set the "
                                            "scope of the service and the tariff correctly.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "heading",
                                    "Step 2: study the market",
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Questions to answer when studying the market",
                                        "header": [
                                            "Question",
                                            "Where to find the information",
                                        ],
                                        "rows": [
                                            [
                                                (
                                                    "How many suitable businesses are there in "
                                                    "the area?"
                                                ),
                                                (
                                                    "Tax service, district administration, "
                                                    "neighbouring ayil okmotus"
                                                ),
                                            ],
                                            [
                                                "What equipment and experience do they have?",
                                                (
                                                    "Meetings with business owners, their "
                                                    "previous contracts"
                                                ),
                                            ],
                                            [
                                                "What is the market price of the service?",
                                                (
                                                    "Contracts of neighbouring municipalities, "
                                                    "commercial quotes"
                                                ),
                                            ],
                                            [
                                                (
                                                    "What attracts businesses and what holds them "
                                                    "back?"
                                                ),
                                                "An open consultation, a preliminary survey",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>If one ayil aimak has no suitable businesses or the "
                                        "volume of work is small, it can join forces with "
                                        "neighbouring municipalities: a larger volume is more "
                                        "attractive to an operator. For example, the Dostuk and "
                                        "Burgondu ayil aimaks formed a cluster and won a grant of "
                                        "5,000,000 soms for a joint service improvement plan.</p>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "chart",
                                        "alt": (
                                            "A chart comparing budget spending with the volume of "
                                            "service"
                                        ),
                                        "caption": (
                                            "Comparing current spending with the volume of "
                                            "service helps you judge the market price."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "public-budget-hearings",
                                        "note": (
                                            "An example of identifying service needs through "
                                            "public budget hearings."
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                {
                    "slug": "writing-the-specification",
                    "minutes": 15,
                    "required": True,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Техникалык тапшырманы жазуу",
                            "summary": (
                                "Оператор эмнени, качан жана кандай сапатта аткарышы керек экенин "
                                "так жазуу."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Жакшы техникалык тапшырма эмнени камтыйт",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Техникалык тапшырма — келишимдин өзөгү. Оператор "
                                        "бааны ушул документке карап эсептейт, айыл өкмөтү ишти "
                                        "ушул документ боюнча кабыл алат. Ошондуктан ар бир талап "
                                        "<strong>өлчөнө турган</strong> болушу керек: «таза "
                                        "болсун» деп эмес, «ар бир көчөдөн таштанды жумасына бир "
                                        "жолу алынсын» деп жазыңыз.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Техникалык тапшырманын бөлүмдөрү (таштанды "
                                            "чыгаруунун шарттуу мисалы)"
                                        ),
                                        "header": [
                                            "Бөлүм",
                                            "Эмне жазылат",
                                        ],
                                        "rows": [
                                            [
                                                "Кызматтын көлөмү",
                                                (
                                                    "Үй чарбалардын, көчөлөрдүн жана контейнер "
                                                    "аянтчаларынын саны"
                                                ),
                                            ],
                                            [
                                                "Мөөнөт жана график",
                                                (
                                                    "Ар бир көчө жумасына бир жолу, базар күнү "
                                                    "кошумча рейс"
                                                ),
                                            ],
                                            [
                                                "Сапат талаптары",
                                                (
                                                    "Контейнерлер толуп ашпайт, аянтча ар бир "
                                                    "чогултуудан кийин тазаланат"
                                                ),
                                            ],
                                            [
                                                "Отчет",
                                                "Ай сайын рейстердин журналы жана сүрөттөр",
                                            ],
                                            [
                                                "Айып пулдар",
                                                (
                                                    "Өткөрүлүп жиберилген ар бир рейс үчүн "
                                                    "төлөмдөн кармалат"
                                                ),
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Техникалык тапшырма",
                                            "definition": (
                                                "Сатып алынуучу кызматтын көлөмүн, мөөнөтүн жана "
                                                "сапатка карата талаптарын сүрөттөгөн документ."
                                            ),
                                        },
                                        {
                                            "term": "Натыйжалуулук көрсөткүчү",
                                            "definition": (
                                                "Кызматтын сапатын өлчөгөн сан, мисалы, иштеп "
                                                "жаткан чырактардын пайызы."
                                            ),
                                        },
                                        {
                                            "term": "Кабыл алуу актысы",
                                            "definition": (
                                                "Аткарылган иштин көлөмүн жана сапатын эки тарап "
                                                "тең ырастаган документ."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Көчө жарыктандыруу боюнча талаптар",
                                        "text": (
                                            "<p>Жарыктандыруу боюнча техникалык тапшырмага мындай "
                                            "талаптарды киргизсе болот:</p><ul><li>чырактар күн "
                                            "батканда күйүп, таң атканда өчөт;</li><li>каалаган "
                                            "убакта чырактардын кеминде 95 пайызы иштеп "
                                            "турат;</li><li>бузулган чырак арыз түшкөндөн кийин 3 "
                                            "жумуш күнүнүн ичинде "
                                            "оңдолот.</li></ul><p>«Ийгиликтүү аймак» долбоорунун "
                                            "колдоосу менен беш муниципалитеттин көчөлөрүнө жарык "
                                            "орнотулуп, түнкү коопсуздук жакшырган.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Бир ишкерге ылайыкталган тапшырма",
                                        "text": (
                                            "<p>Талаптарды белгилүү бир ишкердин техникасына же "
                                            "тажрыйбасына ылайыктап жазбаңыз, мисалы, так бир "
                                            "маркадагы машинаны талап кылбаңыз. Мындай тапшырма "
                                            "атаандаштыкты жоготот жана коррупциянын белгиси "
                                            "катары каралат. Натыйжаны сүрөттөңүз, ага кантип "
                                            "жетүүнү оператор өзү чечсин.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "lighting",
                                        "alt": "Түнкү айыл көчөсүндө күйүп турган чырактар",
                                        "caption": (
                                            "Жарыктандыруунун сапаты иштеп жаткан чырактардын "
                                            "үлүшү менен өлчөнөт."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Составление технического задания",
                            "summary": (
                                "Как точно описать, что, когда и с каким качеством должен делать "
                                "оператор."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Что входит в хорошее техническое задание",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Техническое задание — сердцевина договора. По нему "
                                        "оператор рассчитывает цену, а айыл окмоту принимает "
                                        "работу. Поэтому каждое требование должно быть "
                                        "<strong>измеримым</strong>: пишите не «чтобы было "
                                        "чисто», а «отходы с каждой улицы вывозятся раз в "
                                        "неделю».</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Разделы технического задания (условный пример для "
                                            "вывоза отходов)"
                                        ),
                                        "header": [
                                            "Раздел",
                                            "Что указать",
                                        ],
                                        "rows": [
                                            [
                                                "Объём услуги",
                                                "Число домохозяйств, улиц и контейнерных площадок",
                                            ],
                                            [
                                                "Сроки и график",
                                                (
                                                    "Каждая улица раз в неделю, в базарный день — "
                                                    "дополнительный рейс"
                                                ),
                                            ],
                                            [
                                                "Требования к качеству",
                                                (
                                                    "Контейнеры не переполняются, площадка "
                                                    "убирается после каждого вывоза"
                                                ),
                                            ],
                                            [
                                                "Отчётность",
                                                "Ежемесячный журнал рейсов и фотографии",
                                            ],
                                            [
                                                "Штрафы",
                                                "Удержание из оплаты за каждый пропущенный рейс",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Техническое задание",
                                            "definition": (
                                                "Документ, описывающий объём, сроки и требования "
                                                "к качеству закупаемой услуги."
                                            ),
                                        },
                                        {
                                            "term": "Показатель результативности",
                                            "definition": (
                                                "Число, которым измеряют качество услуги, "
                                                "например доля работающих светильников."
                                            ),
                                        },
                                        {
                                            "term": "Акт приёмки",
                                            "definition": (
                                                "Документ, которым обе стороны подтверждают объём "
                                                "и качество выполненной работы."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Требования к уличному освещению",
                                        "text": (
                                            "<p>В техническое задание на освещение можно включить "
                                            "такие требования:</p><ul><li>светильники включаются "
                                            "на закате и выключаются на рассвете;</li><li>в любой "
                                            "момент работает не менее 95 процентов "
                                            "светильников;</li><li>неисправный светильник "
                                            "ремонтируется в течение 3 рабочих дней после "
                                            "заявки.</li></ul><p>При поддержке проекта «Успешный "
                                            "аймак» освещение установили на улицах пяти "
                                            "муниципалитетов, и ночью там стало безопаснее.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Задание «под одного» предпринимателя",
                                        "text": (
                                            "<p>Не подгоняйте требования под технику или опыт "
                                            "конкретного предпринимателя, например не требуйте "
                                            "машину определённой марки. Такое задание убивает "
                                            "конкуренцию и считается признаком коррупции. Опишите "
                                            "результат, а способ его достижения пусть выбирает "
                                            "оператор.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "lighting",
                                        "alt": "Горящие фонари на ночной сельской улице",
                                        "caption": (
                                            "Качество освещения измеряется долей работающих "
                                            "светильников."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "Writing the specification",
                            "summary": (
                                "How to state clearly what the operator must do, when and to what "
                                "standard."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "What a good specification contains",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>The specification is the core of the contract. The "
                                        "operator prices the work from it, and the ayil okmotu "
                                        "accepts the work against it. So every requirement must "
                                        "be <strong>measurable</strong>: not “keep it clean” but "
                                        "“waste is collected from every street once a week”.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": (
                                            "Sections of a specification (illustrative example "
                                            "for waste removal)"
                                        ),
                                        "header": [
                                            "Section",
                                            "What to state",
                                        ],
                                        "rows": [
                                            [
                                                "Scope of service",
                                                "Number of households, streets and container sites",
                                            ],
                                            [
                                                "Timing and schedule",
                                                (
                                                    "Each street once a week, an extra run on "
                                                    "market day"
                                                ),
                                            ],
                                            [
                                                "Quality standards",
                                                (
                                                    "Containers never overflow; the site is "
                                                    "cleaned after each collection"
                                                ),
                                            ],
                                            [
                                                "Reporting",
                                                "A monthly log of runs with photos",
                                            ],
                                            [
                                                "Penalties",
                                                "A deduction from payment for every missed run",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Specification (terms of reference)",
                                            "definition": (
                                                "A document describing the scope, timing and "
                                                "quality standards of the service being bought."
                                            ),
                                        },
                                        {
                                            "term": "Performance indicator",
                                            "definition": (
                                                "A number that measures service quality, such as "
                                                "the percentage of street lamps that work."
                                            ),
                                        },
                                        {
                                            "term": "Acceptance certificate",
                                            "definition": (
                                                "A document in which both parties confirm the "
                                                "amount and quality of the work done."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Street lighting requirements",
                                        "text": (
                                            "<p>A lighting specification can include requirements "
                                            "like these:</p><ul><li>lamps switch on at sunset and "
                                            "off at dawn;</li><li>at least 95 percent of lamps "
                                            "are working at any time;</li><li>a broken lamp is "
                                            "repaired within 3 working days of a "
                                            "complaint.</li></ul><p>With support from the "
                                            "Successful Aimak project, street lighting was "
                                            "installed in five municipalities, making their "
                                            "streets safer at night.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "A specification tailored to one bidder",
                                        "text": (
                                            "<p>Do not write requirements around one business's "
                                            "equipment or experience, for example by demanding a "
                                            "truck of a particular make. That kills competition "
                                            "and is a recognised sign of corruption. Describe the "
                                            "result and let the operator decide how to achieve "
                                            "it.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "lighting",
                                        "alt": "Street lamps lit on a village street at night",
                                        "caption": (
                                            "Lighting quality is measured by the share of lamps "
                                            "that work."
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                {
                    "slug": "tendering-and-contract-terms",
                    "minutes": 20,
                    "required": True,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Тендер, келишим жана төлөм шарттары",
                            "summary": (
                                "Операторду ачык тандоо жана келишимге төлөм, мөөнөт жана "
                                "жоопкерчилик шарттарын киргизүү."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Операторду ачык тандоо",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Оператор мамлекеттик сатып алуулар жөнүндө мыйзамдын "
                                        "талаптарына ылайык тандалат. Негизги "
                                        "кадамдар:</p><ol><li>Кызматты жылдык сатып алуу планына "
                                        "киргизүү.</li><li>Тендердик документтерди даярдоо: "
                                        "техникалык тапшырма, баалоо критерийлери, келишимдин "
                                        "долбоору.</li><li>Жарыяны мамлекеттик сатып алуулардын "
                                        "порталына жайгаштыруу жана жергиликтүү ишкерлерге "
                                        "кабарлоо.</li><li>Сунуштарды комиссия аркылуу бирдей "
                                        "критерийлер менен баалоо.</li><li>Жыйынтыкты жарыялап, "
                                        "жеңүүчү менен келишим түзүү.</li></ol>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Коррупциянын белгилери",
                                        "text": (
                                            "<ul><li>жарыя өтө кыска мөөнөткө же эч ким көрбөгөн "
                                            "жерге илинет;</li><li>бир эле ишкер жыл сайын "
                                            "атаандашсыз жеңет;</li><li>комиссиянын мүчөсү "
                                            "катышуучу менен тууган же бизнес боюнча "
                                            "байланышта;</li><li>келишимге кол коюлгандан кийин "
                                            "баа негизсиз көтөрүлөт.</li></ul><p>Мындай "
                                            "белгилерди байкасаңыз, сатып алууну кайра карап "
                                            "чыгып, айылдык кеңешке маалымдаңыз.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Төлөм моделдери",
                                        "header": [
                                            "Модель",
                                            "Ким төлөйт",
                                            "Кайсы кызматка ылайыктуу",
                                        ],
                                        "rows": [
                                            [
                                                "Муниципалитет төлөйт",
                                                "Айыл өкмөтү бюджеттен, кабыл алуу актысы боюнча",
                                                "Жарыктандыруу, көрктөндүрүү, маданий иш-чаралар",
                                            ],
                                            [
                                                "Тургундар төлөйт",
                                                "Колдонуучулар операторго бекитилген тариф боюнча",
                                                "Таштанды чыгаруу, ветеринардык кызмат",
                                            ],
                                            [
                                                "Аралаш",
                                                (
                                                    "Бюджет жеңилдиктерди жана социалдык "
                                                    "объекттерди жабат, калганын тургундар төлөйт"
                                                ),
                                                "Жаштар спорту, социалдык маанилүү кызматтар",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Келишимде сөзсүз болушу керек:</p><ul><li>кызматтын "
                                        "көлөмү жана сапат көрсөткүчтөрү (техникалык тапшырмадан "
                                        "алынат);</li><li>баа, төлөмдүн тартиби жана "
                                        "мөөнөтү;</li><li>отчеттун формасы жана аны тапшыруу "
                                        "мөөнөтү;</li><li>шарттар бузулганда колдонулуучу айып "
                                        "пулдар;</li><li>келишимдин мөөнөтү жана аны мөөнөтүнөн "
                                        "мурда бузуунун негиздери;</li><li>тургундардын арыздарын "
                                        "кароо тартиби.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Келишимдин мөөнөтүн ойлонуп коюңуз",
                                        "text": (
                                            "<p>Техника талап кылган кызматтарда, мисалы таштанды "
                                            "чыгарууда, бир жылдан узак келишим операторго машина "
                                            "сатып алууга мүмкүнчүлүк берет. Биринчи келишимди "
                                            "сыноо мөөнөтү катары карап, жыйынтыгы жакшы болсо "
                                            "узартуу шартын алдын ала жазып коюңуз.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "culture",
                                        "alt": "Айылдык маданият үйүнүн сахнасындагы концерт",
                                        "caption": (
                                            "Маданий иш-чараларды уюштурууну да келишим аркылуу "
                                            "берүүгө болот."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "culture-leisure-contract",
                                        "note": (
                                            "Маданият жана эс алуу кызматы келишим аркылуу "
                                            "уюштурулуп, төлөм шарттары кантип аныкталганын "
                                            "көрсөтөт."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Тендер, договор и условия оплаты",
                            "summary": (
                                "Открытый выбор оператора и условия договора об оплате, сроках и "
                                "ответственности."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Открытый выбор оператора",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Оператор выбирается по требованиям закона о "
                                        "государственных закупках. Основные "
                                        "шаги:</p><ol><li>Включить услугу в годовой план "
                                        "закупок.</li><li>Подготовить тендерную документацию: "
                                        "техническое задание, критерии оценки, проект "
                                        "договора.</li><li>Разместить объявление на портале "
                                        "государственных закупок и оповестить местных "
                                        "предпринимателей.</li><li>Оценить предложения через "
                                        "комиссию по единым критериям.</li><li>Опубликовать итоги "
                                        "и заключить договор с победителем.</li></ol>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Признаки коррупции",
                                        "text": (
                                            "<ul><li>объявление размещается на слишком короткий "
                                            "срок или там, где его никто не видит;</li><li>один и "
                                            "тот же предприниматель из года в год побеждает без "
                                            "конкурентов;</li><li>член комиссии состоит в родстве "
                                            "или деловых связях с участником;</li><li>после "
                                            "подписания договора цена необоснованно "
                                            "растёт.</li></ul><p>Заметив такие признаки, "
                                            "пересмотрите закупку и сообщите айылному кенешу.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Модели оплаты",
                                        "header": [
                                            "Модель",
                                            "Кто платит",
                                            "Для каких услуг подходит",
                                        ],
                                        "rows": [
                                            [
                                                "Платит муниципалитет",
                                                "Айыл окмоту из бюджета, по акту приёмки",
                                                (
                                                    "Освещение, благоустройство, культурные "
                                                    "мероприятия"
                                                ),
                                            ],
                                            [
                                                "Платят жители",
                                                (
                                                    "Пользователи платят оператору по "
                                                    "утверждённому тарифу"
                                                ),
                                                "Вывоз отходов, ветеринарные услуги",
                                            ],
                                            [
                                                "Смешанная",
                                                (
                                                    "Бюджет покрывает льготы и социальные "
                                                    "объекты, остальное оплачивают жители"
                                                ),
                                                "Молодёжный спорт, социально значимые услуги",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>В договоре обязательно должны быть:</p><ul><li>объём "
                                        "услуги и показатели качества (из технического "
                                        "задания);</li><li>цена, порядок и сроки "
                                        "оплаты;</li><li>форма отчёта и сроки его "
                                        "сдачи;</li><li>штрафы за нарушение условий;</li><li>срок "
                                        "действия договора и основания для его досрочного "
                                        "расторжения;</li><li>порядок рассмотрения жалоб "
                                        "жителей.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Продумайте срок договора",
                                        "text": (
                                            "<p>Для услуг, требующих техники, например вывоза "
                                            "отходов, договор на срок больше года позволяет "
                                            "оператору купить машину. Рассматривайте первый "
                                            "договор как испытательный срок и заранее пропишите "
                                            "условие продления при хороших результатах.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "culture",
                                        "alt": "Концерт на сцене сельского дома культуры",
                                        "caption": (
                                            "Организацию культурных мероприятий тоже можно "
                                            "передать по договору."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "culture-leisure-contract",
                                        "note": (
                                            "Показывает, как услугу культуры и досуга "
                                            "организовали по договору и как определили условия "
                                            "оплаты."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "Tendering, the contract and payment terms",
                            "summary": (
                                "Selecting the operator openly and setting payment, duration and "
                                "liability terms."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Choosing the operator openly",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>The operator is selected under the rules of the "
                                        "public procurement law. The main steps "
                                        "are:</p><ol><li>Include the service in the annual "
                                        "procurement plan.</li><li>Prepare the tender documents: "
                                        "specification, evaluation criteria, draft "
                                        "contract.</li><li>Post the notice on the public "
                                        "procurement portal and inform local "
                                        "businesses.</li><li>Have a committee score the bids "
                                        "against the same criteria.</li><li>Publish the result "
                                        "and sign the contract with the winner.</li></ol>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "Red flags of corruption",
                                        "text": (
                                            "<ul><li>the notice is posted for a very short time "
                                            "or where nobody sees it;</li><li>the same business "
                                            "wins year after year with no competitors;</li><li>a "
                                            "committee member is related to, or does business "
                                            "with, a bidder;</li><li>the price rises without good "
                                            "reason after the contract is signed.</li></ul><p>If "
                                            "you notice these signs, review the procurement and "
                                            "inform the ayil kenesh.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Payment models",
                                        "header": [
                                            "Model",
                                            "Who pays",
                                            "Suitable for",
                                        ],
                                        "rows": [
                                            [
                                                "The municipality pays",
                                                (
                                                    "The ayil okmotu from the budget, against an "
                                                    "acceptance certificate"
                                                ),
                                                "Lighting, landscaping, cultural events",
                                            ],
                                            [
                                                "Residents pay",
                                                "Users pay the operator an approved tariff",
                                                "Waste removal, veterinary services",
                                            ],
                                            [
                                                "Mixed",
                                                (
                                                    "The budget covers concessions and social "
                                                    "facilities, residents pay the rest"
                                                ),
                                                "Youth sports, socially important services",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>The contract must always include:</p><ul><li>the "
                                        "scope of service and quality indicators (taken from the "
                                        "specification);</li><li>the price, how and when payment "
                                        "is made;</li><li>the reporting format and "
                                        "deadlines;</li><li>penalties for breaching the "
                                        "terms;</li><li>the contract period and grounds for early "
                                        "termination;</li><li>how residents' complaints are "
                                        "handled.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Think about the contract period",
                                        "text": (
                                            "<p>For services that need vehicles, such as waste "
                                            "removal, a contract longer than one year lets the "
                                            "operator afford to buy a truck. Treat the first "
                                            "contract as a trial period and write in advance the "
                                            "condition for renewal if the results are good.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "culture",
                                        "alt": (
                                            "A concert on the stage of a village house of culture"
                                        ),
                                        "caption": (
                                            "Organising cultural events can also be handed over "
                                            "under a contract."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "culture-leisure-contract",
                                        "note": (
                                            "Shows how a culture and leisure service was "
                                            "organised under contract and how the payment terms "
                                            "were set."
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
            ],
        },
        {
            "slug": "managing-the-contract",
            "text": {
                "ky": {
                    "title": "Келишимди башкаруу жана тургундардын пикири",
                    "intro": (
                        "Кызматтын сапатын көзөмөлдөө, тургундардын пикирин чогултуу жана "
                        "натыйжаларды ачык жарыялоо."
                    ),
                },
                "ru": {
                    "title": "Управление договором и мнение жителей",
                    "intro": (
                        "Контроль качества услуги, сбор отзывов жителей и открытая публикация "
                        "результатов."
                    ),
                },
                "en": {
                    "title": "Managing the contract and hearing residents",
                    "intro": (
                        "Monitoring service quality, collecting residents' feedback and "
                        "publishing the results openly."
                    ),
                },
            },
            "lessons": [
                {
                    "slug": "monitoring-and-citizen-feedback",
                    "minutes": 15,
                    "required": True,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Келишимдин аткарылышын көзөмөлдөө жана тургундардын пикири",
                            "summary": (
                                "Көрсөткүчтөр, текшерүүлөр, отчеттор жана тургундар менен "
                                "кайтарым байланыш."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Көзөмөл келишимге кол коюлган күндөн башталат",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Айыл өкмөтүндө келишимге жооптуу бир адис дайындалат. "
                                        "Ал оператордун ай сайынкы отчетун текшерет, объекттерге "
                                        "барып көрөт жана кабыл алуу актысына кол коюудан мурун "
                                        "иш чындап аткарылганын ырастайт. Акы ушул актынын "
                                        "негизинде гана төлөнөт.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Көзөмөлдөө көрсөткүчтөрүнүн мисалдары",
                                        "header": [
                                            "Кызмат",
                                            "Көрсөткүч",
                                            "Кантип текшерилет",
                                        ],
                                        "rows": [
                                            [
                                                "Таштанды чыгаруу",
                                                "График боюнча аткарылган рейстердин үлүшү",
                                                "Рейстердин журналы, тургундардын арыздары",
                                            ],
                                            [
                                                "Көчө жарыктандыруу",
                                                "Иштеп жаткан чырактардын пайызы",
                                                "Ай сайын түнкү текшерүү",
                                            ],
                                            [
                                                "Көрктөндүрүү",
                                                "Тейленген аянттын көлөмү",
                                                "Сүрөттөр, объектке баруу",
                                            ],
                                            [
                                                "Маданият жана эс алуу",
                                                "Өткөрүлгөн иш-чаралар жана катышуучулардын саны",
                                                "Иш-чаралардын тизмеси, катышуучуларды каттоо",
                                            ],
                                            [
                                                "Жаштар спорту",
                                                "Секцияга үзгүлтүксүз катышкан жаштардын саны",
                                                "Катышуу журналы, машыктыруучунун отчету",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": (
                                            "Теплоключенкада мессенжер аркылуу кайтарым байланыш"
                                        ),
                                        "text": (
                                            "<p>Ысык-Көл облусундагы Теплоключенка айыл өкмөтү "
                                            "«Ийгиликтүү аймак» долбоорунун колдоосу менен "
                                            "тургундардын пикирин WhatsApp аркылуу кабыл алууну "
                                            "сыноо иретинде баштаган. Мындай канал болгондо, "
                                            "мисалы, таштанды алынбай калса, тургун ошол эле күнү "
                                            "сүрөт жөнөтө алат, ал эми жооптуу адис кабарды "
                                            "операторго өткөрүп, маселе чечилгенин текшерет.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-messenger-feedback",
                                        "note": (
                                            "Тургундардын арыздарын тез кабыл алып, операторго "
                                            "жеткирүүнүн тажрыйбасы."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Ай сайынкы текшерүү тизмеси:</p><ol><li>Оператордун "
                                        "отчету өз убагында келдиби?</li><li>Көрсөткүчтөр "
                                        "келишимде жазылгандай аткарылдыбы?</li><li>Тургундардан "
                                        "канча арыз түштү жана алар канча күндө "
                                        "чечилди?</li><li>Айып пул колдонуунун негизи "
                                        "барбы?</li><li>Жыйынтыктар айылдык кеңешке жана "
                                        "тургундарга билдирилдиби?</li></ol>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "meeting",
                                        "alt": (
                                            "Айылдык жыйында тургундар кызмат келишиминин "
                                            "жыйынтыгын талкуулап жатышат"
                                        ),
                                        "caption": (
                                            "Келишимдин жыйынтыгын жыл сайын ачык жыйында "
                                            "талкуулоо ишенимди бекемдейт."
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Натыйжаларды жарыялаңыз",
                                        "text": (
                                            "<p>Жыл аягында келишимдин жыйынтыгын бюджеттик "
                                            "угууда же айылдык кеңештин сессиясында көрсөтүңүз: "
                                            "канча акча төлөндү, кайсы көрсөткүчтөргө жетишилди, "
                                            "кандай арыздар түштү. Ачык маалымат келишимди "
                                            "узартуу же операторду алмаштыруу жөнүндө чечимди "
                                            "негиздүү кылат.</p>"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Контроль исполнения договора и отзывы жителей",
                            "summary": "Показатели, проверки, отчёты и обратная связь с жителями.",
                            "body": [
                                (
                                    "heading",
                                    "Контроль начинается в день подписания договора",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>В айыл окмоту назначается специалист, ответственный "
                                        "за договор. Он проверяет ежемесячный отчёт оператора, "
                                        "выезжает на объекты и до подписания акта приёмки "
                                        "убеждается, что работа действительно выполнена. Оплата "
                                        "производится только на основании этого акта.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Примеры показателей для контроля",
                                        "header": [
                                            "Услуга",
                                            "Показатель",
                                            "Как проверяется",
                                        ],
                                        "rows": [
                                            [
                                                "Вывоз отходов",
                                                "Доля рейсов, выполненных по графику",
                                                "Журнал рейсов, жалобы жителей",
                                            ],
                                            [
                                                "Уличное освещение",
                                                "Процент работающих светильников",
                                                "Ежемесячная ночная проверка",
                                            ],
                                            [
                                                "Благоустройство",
                                                "Площадь обслуживаемой территории",
                                                "Фотографии, выезд на объект",
                                            ],
                                            [
                                                "Культура и досуг",
                                                "Проведённые мероприятия и число участников",
                                                "Перечень мероприятий, регистрация участников",
                                            ],
                                            [
                                                "Молодёжный спорт",
                                                "Число молодых людей, регулярно посещающих секцию",
                                                "Журнал посещаемости, отчёт тренера",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Обратная связь через мессенджер в Теплоключенке",
                                        "text": (
                                            "<p>Айыл окмоту Теплоключенка в Иссык-Кульской "
                                            "области при поддержке проекта «Успешный аймак» в "
                                            "пилотном режиме начал принимать отзывы жителей через "
                                            "WhatsApp. Когда есть такой канал, житель может, "
                                            "например, в тот же день прислать фото невывезенного "
                                            "мусора, а ответственный специалист передаёт "
                                            "сообщение оператору и проверяет, что проблема "
                                            "решена.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-messenger-feedback",
                                        "note": (
                                            "Опыт быстрого приёма жалоб жителей и их передачи "
                                            "оператору."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Ежемесячный контрольный список:</p><ol><li>Пришёл ли "
                                        "отчёт оператора вовремя?</li><li>Выполнены ли "
                                        "показатели, записанные в договоре?</li><li>Сколько жалоб "
                                        "поступило от жителей и за сколько дней их "
                                        "решили?</li><li>Есть ли основания для применения "
                                        "штрафа?</li><li>Доведены ли итоги до айылного кенеша и "
                                        "жителей?</li></ol>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "meeting",
                                        "alt": (
                                            "Жители на сельском собрании обсуждают итоги договора "
                                            "на услугу"
                                        ),
                                        "caption": (
                                            "Ежегодное открытое обсуждение итогов договора "
                                            "укрепляет доверие."
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Публикуйте результаты",
                                        "text": (
                                            "<p>В конце года представьте итоги договора на "
                                            "бюджетных слушаниях или на сессии айылного кенеша: "
                                            "сколько заплачено, какие показатели достигнуты, "
                                            "какие жалобы поступали. Открытые данные делают "
                                            "обоснованным решение о продлении договора или смене "
                                            "оператора.</p>"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "Contract monitoring and citizen feedback",
                            "summary": (
                                "Indicators, inspections, reports and feedback from residents."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Monitoring starts the day the contract is signed",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>The ayil okmotu appoints one specialist responsible "
                                        "for the contract. This person checks the operator's "
                                        "monthly report, visits the sites and, before signing the "
                                        "acceptance certificate, confirms that the work has "
                                        "really been done. Payment is made only on the basis of "
                                        "that certificate.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Examples of monitoring indicators",
                                        "header": [
                                            "Service",
                                            "Indicator",
                                            "How it is checked",
                                        ],
                                        "rows": [
                                            [
                                                "Waste removal",
                                                "Share of runs made on schedule",
                                                "Log of runs, residents' complaints",
                                            ],
                                            [
                                                "Street lighting",
                                                "Percentage of lamps working",
                                                "A monthly night inspection",
                                            ],
                                            [
                                                "Landscaping",
                                                "Area maintained",
                                                "Photos, site visits",
                                            ],
                                            [
                                                "Culture and leisure",
                                                "Events held and number of participants",
                                                "List of events, participant registration",
                                            ],
                                            [
                                                "Youth sports",
                                                (
                                                    "Number of young people attending the club "
                                                    "regularly"
                                                ),
                                                "Attendance register, coach's report",
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "example",
                                        "title": "Messenger feedback in Teploklyuchenka",
                                        "text": (
                                            "<p>With support from the Successful Aimak project, "
                                            "Teploklyuchenka ayil okmotu in Issyk-Kul region "
                                            "piloted receiving residents' feedback through "
                                            "WhatsApp. With such a channel, a resident can, for "
                                            "example, send a photo of uncollected rubbish the "
                                            "same day, and the specialist in charge passes it to "
                                            "the operator and checks that the problem is "
                                            "fixed.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "teploklyuchenka-messenger-feedback",
                                        "note": (
                                            "Experience of receiving residents' complaints "
                                            "quickly and passing them to the operator."
                                        ),
                                    },
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Monthly checklist:</p><ol><li>Did the operator's "
                                        "report arrive on time?</li><li>Were the indicators in "
                                        "the contract met?</li><li>How many complaints came from "
                                        "residents and how many days did it take to resolve "
                                        "them?</li><li>Are there grounds for a "
                                        "penalty?</li><li>Have the results been shared with the "
                                        "ayil kenesh and residents?</li></ol>"
                                    ),
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "meeting",
                                        "alt": (
                                            "Residents at a village meeting discussing the "
                                            "results of a service contract"
                                        ),
                                        "caption": (
                                            "Discussing the contract's results at an open meeting "
                                            "every year builds trust."
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Publish the results",
                                        "text": (
                                            "<p>At the end of the year, present the contract's "
                                            "results at a budget hearing or an ayil kenesh "
                                            "session: how much was paid, which indicators were "
                                            "met, what complaints came in. Open data gives a "
                                            "sound basis for deciding whether to renew the "
                                            "contract or change the operator.</p>"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                {
                    "slug": "further-reading",
                    "minutes": 10,
                    "required": False,
                    "preview": False,
                    "text": {
                        "ky": {
                            "title": "Кошумча материалдар жана иш планы",
                            "summary": (
                                "Негизги терминдер, долбоорлордун тажрыйбасы жана өз "
                                "муниципалитетиңиз үчүн алгачкы кадамдар."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Курстан кийин эмне кылуу керек",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Бул сабак милдеттүү эмес. Мында курстун негизги "
                                        "түшүнүктөрү жана Кыргызстанда жергиликтүү кызматтарды "
                                        "жакшыртууга жеке секторду тартууну колдогон долбоорлор "
                                        "тууралуу кыскача маалымат чогултулган.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Жергиликтүү кызматтарды колдогон долбоорлор",
                                        "header": [
                                            "Долбоор",
                                            "Мөөнөтү жана аймагы",
                                            "Негизги жыйынтыктар",
                                        ],
                                        "rows": [
                                            [
                                                (
                                                    "«Жергиликтүү деңгээлде кызмат көрсөтүүлөрдү "
                                                    "жакшыртуу»: Швейцария Өкмөтү каржылайт, "
                                                    "Хельветас жана Өнүктүрүү саясат институту "
                                                    "ишке ашырат"
                                                ),
                                                (
                                                    "Экинчи баскычы 2019-жылы башталган; "
                                                    "Жалал-Абад жана Ысык-Көл облустары"
                                                ),
                                                (
                                                    "Жеке секторду тартуу боюнча 5 семинарга 108 "
                                                    "жетекчи жана адис (анын ичинде 13 аял) "
                                                    "катышкан; 5 кластер 5 000 000 сомдон грант "
                                                    "алган"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID «Ийгиликтүү аймак», ишке ашырган уюм "
                                                    "DAI Global LLC"
                                                ),
                                                (
                                                    "2016–2021, 9,5 млн АКШ доллары; Жалал-Абад, "
                                                    "Нарын, Ош, Ысык-Көл"
                                                ),
                                                (
                                                    "50 муниципалитет колдоо алган; 31 миңден "
                                                    "ашык адам таза сууга, 23 миңге жакын адам "
                                                    "жакшырган таштанды чыгаруу кызматына ээ "
                                                    "болгон"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID «Ийгиликтүү аймак 2», ишке ашырган уюм "
                                                    "Өнүктүрүү саясат институту"
                                                ),
                                                "2021-жылдан баштап 4 жыл, 4,9 млн АКШ доллары",
                                                (
                                                    "Таза суу, таштанды чыгаруу, көрктөндүрүү "
                                                    "жана эс алуу; жергиликтүү ишкерлер менен "
                                                    "өнөктөштүк"
                                                ),
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Мамлекеттик сатып алуу",
                                            "definition": (
                                                "Бюджеттин каражатына товар, жумуш же кызмат "
                                                "сатып алуунун мыйзамда белгиленген тартиби."
                                            ),
                                        },
                                        {
                                            "term": "Кайтарым байланыш",
                                            "definition": (
                                                "Тургундардын кызмат тууралуу пикирин, арызын "
                                                "жана сунушун кабыл алуу жана аларга жооп берүү "
                                                "тартиби."
                                            ),
                                        },
                                        {
                                            "term": "Муниципалитеттер аралык кызматташтык",
                                            "definition": (
                                                "Бир нече муниципалитеттин кызматты биргелешип "
                                                "уюштуруусу, мисалы, бир операторду чогуу жалдоо."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "Алгачкы 30 күндүн планы",
                                        "text": (
                                            "<ol><li>Келишимге ылайыктуу бир кызматты "
                                            "тандаңыз.</li><li>Анын көлөмүн жана азыркы "
                                            "чыгымдарын эсептеңиз.</li><li>Аймактагы 3–5 ишкер "
                                            "менен сүйлөшүп көрүңүз.</li><li>Айылдык кеңешке "
                                            "сунуш даярдаңыз.</li></ol>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "park",
                                        "alt": "Жаңы дарактар отургузулган айылдык сейил бак",
                                        "caption": (
                                            "Көрктөндүрүү — жеке операторго берүүгө ылайыктуу "
                                            "дагы бир кызмат."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "kenesh-cluster-joint-service",
                                        "note": (
                                            "Бир нече айыл аймагы кызматты биргелешип уюштурган "
                                            "тажрыйба: чакан муниципалитеттер үчүн операторду "
                                            "чогуу тартуунун жолу."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "ru": {
                            "title": "Дополнительные материалы и план действий",
                            "summary": (
                                "Основные термины, опыт проектов и первые шаги для вашего "
                                "муниципалитета."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "Что делать после курса",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>Этот урок необязательный. Здесь собраны основные "
                                        "понятия курса и краткие сведения о проектах, которые в "
                                        "Кыргызстане поддерживают привлечение частного сектора к "
                                        "улучшению местных услуг.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Проекты, поддерживающие местные услуги",
                                        "header": [
                                            "Проект",
                                            "Сроки и территория",
                                            "Основные итоги",
                                        ],
                                        "rows": [
                                            [
                                                (
                                                    "«Улучшение услуг на местном уровне»: "
                                                    "финансирует Правительство Швейцарии, "
                                                    "реализуют ХЕЛЬВЕТАС и Институт политики "
                                                    "развития"
                                                ),
                                                (
                                                    "Вторая фаза началась в 2019 году; "
                                                    "Джалал-Абадская и Иссык-Кульская области"
                                                ),
                                                (
                                                    "108 руководителей и специалистов (из них 13 "
                                                    "женщин) прошли 5 семинаров по привлечению "
                                                    "частного сектора; 5 кластеров получили "
                                                    "гранты по 5 000 000 сомов"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID «Успешный аймак», исполнитель DAI "
                                                    "Global LLC"
                                                ),
                                                (
                                                    "2016–2021, 9,5 млн долларов США; "
                                                    "Джалал-Абадская, Нарынская, Ошская и "
                                                    "Иссык-Кульская области"
                                                ),
                                                (
                                                    "Поддержку получили 50 муниципалитетов; более "
                                                    "31 тысячи человек получили чистую воду, "
                                                    "около 23 тысяч — улучшенный вывоз отходов"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID «Успешный аймак 2», исполнитель "
                                                    "Институт политики развития"
                                                ),
                                                "С 2021 года на 4 года, 4,9 млн долларов США",
                                                (
                                                    "Питьевая вода, вывоз отходов, "
                                                    "благоустройство и досуг; партнёрство с "
                                                    "местными предпринимателями"
                                                ),
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Государственная закупка",
                                            "definition": (
                                                "Установленный законом порядок приобретения "
                                                "товаров, работ или услуг за счёт бюджета."
                                            ),
                                        },
                                        {
                                            "term": "Обратная связь",
                                            "definition": (
                                                "Порядок приёма отзывов, жалоб и предложений "
                                                "жителей об услуге и ответа на них."
                                            ),
                                        },
                                        {
                                            "term": "Межмуниципальное сотрудничество",
                                            "definition": (
                                                "Совместная организация услуги несколькими "
                                                "муниципалитетами, например общий наём одного "
                                                "оператора."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "План на первые 30 дней",
                                        "text": (
                                            "<ol><li>Выберите одну услугу, подходящую для "
                                            "договора.</li><li>Посчитайте её объём и текущие "
                                            "расходы.</li><li>Поговорите с 3–5 предпринимателями "
                                            "в округе.</li><li>Подготовьте предложение для "
                                            "айылного кенеша.</li></ol>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "park",
                                        "alt": "Сельский парк с молодыми деревьями",
                                        "caption": (
                                            "Благоустройство — ещё одна услуга, которую можно "
                                            "передать оператору."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "kenesh-cluster-joint-service",
                                        "note": (
                                            "Опыт совместной организации услуги несколькими "
                                            "айылными аймаками: способ для небольших "
                                            "муниципалитетов вместе привлечь оператора."
                                        ),
                                    },
                                ),
                            ],
                        },
                        "en": {
                            "title": "Further reading and action plan",
                            "summary": (
                                "Key terms, project experience and first steps for your own "
                                "municipality."
                            ),
                            "body": [
                                (
                                    "heading",
                                    "What to do after the course",
                                ),
                                (
                                    "paragraph",
                                    (
                                        "<p>This lesson is optional. It brings together the key "
                                        "ideas of the course and short notes on projects in "
                                        "Kyrgyzstan that support involving private businesses in "
                                        "improving local services.</p>"
                                    ),
                                ),
                                (
                                    "table",
                                    {
                                        "caption": "Projects supporting local services",
                                        "header": [
                                            "Project",
                                            "Period and area",
                                            "Main results",
                                        ],
                                        "rows": [
                                            [
                                                (
                                                    "Improving Local Level Services: financed by "
                                                    "the Government of Switzerland, implemented "
                                                    "by HELVETAS and the Development Policy "
                                                    "Institute"
                                                ),
                                                (
                                                    "Second phase started in 2019; Jalal-Abad and "
                                                    "Issyk-Kul regions"
                                                ),
                                                (
                                                    "108 heads and specialists (13 of them women) "
                                                    "attended 5 seminars on involving the private "
                                                    "sector; 5 clusters received grants of "
                                                    "5,000,000 soms each"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID Successful Aimak, implemented by DAI "
                                                    "Global LLC"
                                                ),
                                                (
                                                    "2016–2021, USD 9.5 million; Jalal-Abad, "
                                                    "Naryn, Osh and Issyk-Kul regions"
                                                ),
                                                (
                                                    "50 municipalities supported; over 31,000 "
                                                    "people gained clean drinking water and about "
                                                    "23,000 improved waste removal"
                                                ),
                                            ],
                                            [
                                                (
                                                    "USAID Successful Aimak 2, implemented by the "
                                                    "Development Policy Institute"
                                                ),
                                                "Four years from 2021, USD 4.9 million",
                                                (
                                                    "Drinking water, waste removal, landscaping "
                                                    "and leisure; partnerships with local "
                                                    "businesses"
                                                ),
                                            ],
                                        ],
                                    },
                                ),
                                (
                                    "glossary",
                                    [
                                        {
                                            "term": "Public procurement",
                                            "definition": (
                                                "The legal procedure for buying goods, works or "
                                                "services with budget money."
                                            ),
                                        },
                                        {
                                            "term": "Feedback mechanism",
                                            "definition": (
                                                "The way residents' opinions, complaints and "
                                                "suggestions about a service are received and "
                                                "answered."
                                            ),
                                        },
                                        {
                                            "term": "Intermunicipal cooperation",
                                            "definition": (
                                                "Several municipalities organising a service "
                                                "together, for example by jointly hiring one "
                                                "operator."
                                            ),
                                        },
                                    ],
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "tip",
                                        "title": "A plan for the first 30 days",
                                        "text": (
                                            "<ol><li>Choose one service that suits a "
                                            "contract.</li><li>Work out its volume and current "
                                            "costs.</li><li>Talk to 3–5 businesses in the "
                                            "area.</li><li>Prepare a proposal for the ayil "
                                            "kenesh.</li></ol>"
                                        ),
                                    },
                                ),
                                (
                                    "image",
                                    {
                                        "motif": "park",
                                        "alt": "A village park with newly planted trees",
                                        "caption": (
                                            "Landscaping is another service that can be handed to "
                                            "an operator."
                                        ),
                                    },
                                ),
                                (
                                    "case",
                                    {
                                        "slug": "kenesh-cluster-joint-service",
                                        "note": (
                                            "Several ayil aimaks organising a service together: a "
                                            "way for small municipalities to attract an operator "
                                            "jointly."
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
            ],
        },
    ],
}
