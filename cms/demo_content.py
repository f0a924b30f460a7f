"""About page of the Municipal Academy portal, in Kyrgyz, Russian and English; data only."""

ABOUT = {
    "slug": "about",
    "text": {
        "ky": {
            "title": "Муниципалдык академия жөнүндө",
            "intro": (
                "Муниципалдык академия — Кыргызстандын муниципалитеттеринин кызматкерлери үчүн "
                "акысыз онлайн окутуу жана мыкты тажрыйбалар порталы. Бул жерде жергиликтүү "
                "кызматтарды кантип жакшыртууну үйрөнүп, башка айылдардын тажрыйбасын окуй "
                "аласыз."
            ),
            "body": [
                ("heading", "Платформа кимге арналган"),
                (
                    "paragraph",
                    "<p>Академия айыл өкмөттөрдүн жана мэриялардын кызматкерлери, ошондой эле "
                    "жергиликтүү кеңештердин депутаттары үчүн түзүлгөн. Ал таштанды чыгаруу, "
                    "ичүүчү "
                    "суу, көчө жарыгы, маданият жана эс алуу сыяктуу кызматтарды уюштурган же "
                    "көзөмөлдөгөн ар бир адиске пайдалуу.</p>"
                    "<p>Платформанын идеясы 2020-жылы Жалал-Абад жана Ысык-Көл облустарында "
                    "өткөн семинарлардан чыккан. Ал жерде 108 муниципалдык жетекчи жана "
                    "кызматкер кызмат көрсөтүүгө жеке секторду тартууну үйрөнгөн. Семинарлардан "
                    "кийин бул билимди онлайн курска айлантып, ийгиликтүү тажрыйбаларды бир "
                    "порталга чогултуу чечими кабыл алынган.</p>",
                ),
                ("heading", "Эмнелерди табасыз"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Онлайн курстар</strong> — жергиликтүү кызматтарга жеке "
                    "секторду тартуу, муниципалитеттер аралык кызматташтык, бюджет жана "
                    "тарифтер, тургундар менен иштөө. Сабактарды өзүңүзгө ыңгайлуу убакта "
                    "өтүп, билимиңизди тесттер менен текшересиз.</li>"
                    "<li><strong>Мыкты тажрыйбалар порталы</strong> — муниципалитеттердин "
                    "чыныгы кейстери: эмне жасалды, канча каражат кетти, кандай натыйжа "
                    "болду жана аны кантип кайталоого болот. Кейстерди тема, кызмат, аймак "
                    "жана жыл боюнча тандай аласыз.</li>"
                    "<li><strong>Үч тил</strong> — бардык материалдар кыргыз, орус жана "
                    "англис тилдеринде жеткиликтүү.</li>"
                    "</ul>",
                ),
                ("heading", "Кейс кантип сунуштоого болот"),
                (
                    "paragraph",
                    "<p>Сиздин муниципалитетте кайсы бир кызмат жакшырдыбы? Тажрыйбаңыз менен "
                    "бөлүшүңүз:</p>"
                    "<ol>"
                    "<li>Муниципалитеттин аталышын, кызматты жана иш качан башталганын "
                    "жазыңыз.</li>"
                    "<li>Мурун кандай абал болгонун жана эмне өзгөргөнүн сандар менен "
                    "көрсөтүңүз.</li>"
                    "<li>Каржылоо булактарын, өнөктөштөрдү жана кездешкен кыйынчылыктарды "
                    "кошуңуз.</li>"
                    "<li>Байланыша турган адамдын атын жана телефонун калтырыңыз.</li>"
                    "</ol>"
                    "<p>Сунушту Академиянын командасына платформанын байланыш дареги "
                    "аркылуу жөнөтүңүз. Редакторлор фактыларды муниципалитет менен тактап, "
                    "кейсти үч "
                    "тилде жарыялашат.</p>",
                ),
            ],
        },
        "ru": {
            "title": "О Муниципальной академии",
            "intro": (
                "Муниципальная академия — бесплатное онлайн-обучение и портал лучших практик для "
                "сотрудников муниципалитетов Кыргызстана. Здесь можно научиться улучшать местные "
                "услуги и узнать, как это удалось другим сёлам."
            ),
            "body": [
                ("heading", "Для кого платформа"),
                (
                    "paragraph",
                    "<p>Академия создана для сотрудников айыл окмоту и мэрий, а также депутатов "
                    "местных кенешей. Она будет полезна каждому, кто организует или "
                    "контролирует вывоз мусора, питьевое водоснабжение, уличное освещение, "
                    "услуги культуры и досуга.</p>"
                    "<p>Идея платформы родилась на семинарах 2020 года в Джалал-Абадской и "
                    "Иссык-Кульской областях, где 108 руководителей и сотрудников "
                    "муниципалитетов изучали привлечение частного сектора к оказанию услуг. По "
                    "итогам семинаров было решено превратить эти знания в онлайн-курс, а "
                    "успешный опыт собрать на одном портале.</p>",
                ),
                ("heading", "Что вы найдёте"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Онлайн-курсы</strong> — привлечение частного сектора к местным "
                    "услугам, межмуниципальное сотрудничество, бюджет и тарифы, работа с "
                    "жителями. Занятия проходят в удобное время, знания проверяются "
                    "тестами.</li>"
                    "<li><strong>Портал лучших практик</strong> — реальные кейсы "
                    "муниципалитетов: что сделано, сколько это стоило, каков результат и как "
                    "повторить опыт у себя. Кейсы можно отбирать по теме, услуге, региону и "
                    "году.</li>"
                    "<li><strong>Три языка</strong> — все материалы доступны на кыргызском, "
                    "русском и английском.</li>"
                    "</ul>",
                ),
                ("heading", "Как предложить кейс"),
                (
                    "paragraph",
                    "<p>В вашем муниципалитете улучшилась услуга? Поделитесь опытом:</p>"
                    "<ol>"
                    "<li>Укажите муниципалитет, услугу и когда началась работа.</li>"
                    "<li>Опишите, как было раньше и что изменилось, — с цифрами.</li>"
                    "<li>Добавьте источники финансирования, партнёров и трудности, с которыми "
                    "вы столкнулись.</li>"
                    "<li>Оставьте имя и телефон контактного лица.</li>"
                    "</ol>"
                    "<p>Отправьте предложение команде Академии через контактный адрес платформы. "
                    "Редакторы уточнят факты у муниципалитета и опубликуют кейс на трёх "
                    "языках.</p>",
                ),
            ],
        },
        "en": {
            "title": "About the Municipal Academy",
            "intro": (
                "The Municipal Academy offers free online learning and a best-practice portal "
                "for the staff of Kyrgyzstan's municipalities. Learn how to improve local "
                "services and see how other villages did it."
            ),
            "body": [
                ("heading", "Who it is for"),
                (
                    "paragraph",
                    "<p>The Academy is for the staff of ayil okmotus and mayors' offices and for "
                    "members of local keneshes. It is useful to anyone who organises or "
                    "oversees waste collection, drinking water, street lighting, or culture "
                    "and leisure services.</p>"
                    "<p>The idea came from seminars held in 2020 in Jalal-Abad and Issyk-Kul "
                    "regions, where 108 municipal heads and staff learned how to involve the "
                    "private sector in services. After the seminars, the plan was to turn this "
                    "knowledge into an online course and to gather successful cases on one "
                    "portal.</p>",
                ),
                ("heading", "What you will find"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Online courses</strong> on involving the private sector in "
                    "local services, intermunicipal cooperation, budgets and tariffs, and "
                    "working with residents. Study at your own pace and check your knowledge "
                    "with quizzes.</li>"
                    "<li><strong>A best-practice portal</strong> with real municipal cases: "
                    "what was done, what it cost, what changed and how to repeat it at home. "
                    "Filter cases by theme, service, region and year.</li>"
                    "<li><strong>Three languages</strong>: everything is available in Kyrgyz, "
                    "Russian and English.</li>"
                    "</ul>",
                ),
                ("heading", "How to propose a case"),
                (
                    "paragraph",
                    "<p>Has a service improved in your municipality? Share your experience:</p>"
                    "<ol>"
                    "<li>Name the municipality, the service and when the work began.</li>"
                    "<li>Describe the situation before and what changed, with figures.</li>"
                    "<li>Add the funding sources, partners and the difficulties you met.</li>"
                    "<li>Leave the name and phone number of a contact person.</li>"
                    "</ol>"
                    "<p>Send your proposal to the Academy team via the platform's contact "
                    "address. Editors check the facts with the municipality and publish the "
                    "case in all three languages.</p>",
                ),
            ],
        },
    },
}
