"""Reference data of Kyrgyz administrative places, loaded by the `load_places` command."""

from __future__ import annotations

# Each oblast-level unit: (code, kind, name_ky, name_ru, name_en); kind is "oblast" or "city"
# (cities of republican significance).
OBLASTS = (
    ("batken", "oblast", "Баткен облусу", "Баткенская область", "Batken Region"),
    ("chuy", "oblast", "Чүй облусу", "Чуйская область", "Chuy Region"),
    ("issyk-kul", "oblast", "Ысык-Көл облусу", "Иссык-Кульская область", "Issyk-Kul Region"),
    ("jalal-abad", "oblast", "Жалал-Абад облусу", "Джалал-Абадская область", "Jalal-Abad Region"),
    ("naryn", "oblast", "Нарын облусу", "Нарынская область", "Naryn Region"),
    ("osh", "oblast", "Ош облусу", "Ошская область", "Osh Region"),
    ("talas", "oblast", "Талас облусу", "Таласская область", "Talas Region"),
    ("bishkek", "city", "Бишкек шаары", "город Бишкек", "Bishkek city"),
    ("osh-city", "city", "Ош шаары", "город Ош", "Osh city"),
)

# Each district: (code, oblast_code, name_ky, name_ru, name_en).
# The 40 rayons, plus one district-level row for each city of republican significance.
DISTRICTS = (
    # Batken Region
    ("batken", "batken", "Баткен району", "Баткенский район", "Batken District"),
    ("kadamjay", "batken", "Кадамжай району", "Кадамжайский район", "Kadamjay District"),
    ("leilek", "batken", "Лейлек району", "Лейлекский район", "Leilek District"),
    # Chuy Region
    ("alamudun", "chuy", "Аламүдүн району", "Аламудунский район", "Alamudun District"),
    ("chuy", "chuy", "Чүй району", "Чуйский район", "Chuy District"),
    ("jayyl", "chuy", "Жайыл району", "Жайылский район", "Jayyl District"),
    ("kemin", "chuy", "Кемин району", "Кеминский район", "Kemin District"),
    ("moskva", "chuy", "Москва району", "Московский район", "Moskva District"),
    ("panfilov", "chuy", "Панфилов району", "Панфиловский район", "Panfilov District"),
    ("sokuluk", "chuy", "Сокулук району", "Сокулукский район", "Sokuluk District"),
    ("ysyk-ata", "chuy", "Ысык-Ата району", "Иссык-Атинский район", "Ysyk-Ata District"),
    # Issyk-Kul Region
    ("ak-suu", "issyk-kul", "Ак-Суу району", "Ак-Суйский район", "Ak-Suu District"),
    ("issyk-kul", "issyk-kul", "Ысык-Көл району", "Иссык-Кульский район", "Issyk-Kul District"),
    ("jeti-oguz", "issyk-kul", "Жети-Өгүз району", "Джети-Огузский район", "Jeti-Oguz District"),
    ("tong", "issyk-kul", "Тоң району", "Тонский район", "Tong District"),
    ("tup", "issyk-kul", "Түп району", "Тюпский район", "Tup District"),
    # Jalal-Abad Region
    ("aksy", "jalal-abad", "Аксы району", "Аксыйский район", "Aksy District"),
    ("ala-buka", "jalal-abad", "Ала-Бука району", "Ала-Букинский район", "Ala-Buka District"),
    (
        "bazar-korgon",
        "jalal-abad",
        "Базар-Коргон району",
        "Базар-Коргонский район",
        "Bazar-Korgon District",
    ),
    ("chatkal", "jalal-abad", "Чаткал району", "Чаткальский район", "Chatkal District"),
    ("nooken", "jalal-abad", "Ноокен району", "Ноокенский район", "Nooken District"),
    ("suzak", "jalal-abad", "Сузак району", "Сузакский район", "Suzak District"),
    (
        "toguz-toro",
        "jalal-abad",
        "Тогуз-Торо району",
        "Тогуз-Тороуский район",
        "Toguz-Toro District",
    ),
    ("toktogul", "jalal-abad", "Токтогул району", "Токтогульский район", "Toktogul District"),
    # Naryn Region
    ("ak-talaa", "naryn", "Ак-Талаа району", "Ак-Талинский район", "Ak-Talaa District"),
    ("at-bashy", "naryn", "Ат-Башы району", "Ат-Башинский район", "At-Bashy District"),
    ("jumgal", "naryn", "Жумгал району", "Жумгальский район", "Jumgal District"),
    ("kochkor", "naryn", "Кочкор району", "Кочкорский район", "Kochkor District"),
    ("naryn", "naryn", "Нарын району", "Нарынский район", "Naryn District"),
    # Osh Region
    ("alay", "osh", "Алай району", "Алайский район", "Alay District"),
    ("aravan", "osh", "Араван району", "Араванский район", "Aravan District"),
    ("chong-alay", "osh", "Чоң-Алай району", "Чон-Алайский район", "Chong-Alay District"),
    ("kara-kulja", "osh", "Кара-Кулжа району", "Кара-Кульджинский район", "Kara-Kulja District"),
    ("kara-suu", "osh", "Кара-Суу району", "Кара-Суйский район", "Kara-Suu District"),
    ("nookat", "osh", "Ноокат району", "Ноокатский район", "Nookat District"),
    ("uzgen", "osh", "Өзгөн району", "Узгенский район", "Uzgen District"),
    # Talas Region
    ("bakay-ata", "talas", "Бакай-Ата району", "Бакай-Атинский район", "Bakay-Ata District"),
    ("kara-buura", "talas", "Кара-Буура району", "Кара-Бууринский район", "Kara-Buura District"),
    ("manas", "talas", "Манас району", "Манасский район", "Manas District"),
    ("talas", "talas", "Талас району", "Таласский район", "Talas District"),
    # Cities of republican significance
    ("bishkek-city", "bishkek", "Бишкек шаары", "город Бишкек", "Bishkek city"),
    ("osh-city", "osh-city", "Ош шаары", "город Ош", "Osh city"),
)

# Each municipality: (code, district_code, kind, name_ky, name_ru, name_en);
# kind is "ayil_aimak", "town" or "city".
MUNICIPALITIES = (
    # Cities of republican significance
    ("bishkek", "bishkek-city", "city", "Бишкек шаары", "город Бишкек", "Bishkek city"),
    ("osh", "osh-city", "city", "Ош шаары", "город Ош", "Osh city"),
    # Issyk-Kul Region: Ak-Suu District
    (
        "teploklyuchenka",
        "ak-suu",
        "ayil_aimak",
        "Теплоключенка айыл аймагы",
        "Теплоключенка айыльный аймак",
        "Teploklyuchenka ayil aimak",
    ),
    (
        "kerege-tash",
        "ak-suu",
        "ayil_aimak",
        "Кереге-Таш айыл аймагы",
        "Кереге-Таш айыльный аймак",
        "Kerege-Tash ayil aimak",
    ),
    (
        "oktyabr",
        "ak-suu",
        "ayil_aimak",
        "Октябрь айыл аймагы",
        "Октябрь айыльный аймак",
        "Oktyabr ayil aimak",
    ),
    (
        "chelpek",
        "ak-suu",
        "ayil_aimak",
        "Челпек айыл аймагы",
        "Челпек айыльный аймак",
        "Chelpek ayil aimak",
    ),
    (
        "boru-bash",
        "ak-suu",
        "ayil_aimak",
        "Бөрү-Баш айыл аймагы",
        "Бору-Баш айыльный аймак",
        "Boru-Bash ayil aimak",
    ),
    # Karakol is a city of oblast significance outside any rayon; it sits inside Ak-Suu District.
    (
        "karakol",
        "ak-suu",
        "city",
        "Каракол шаары",
        "город Каракол",
        "Karakol city",
    ),  # district inferred
    # Issyk-Kul Region: Issyk-Kul District
    (
        "cholpon-ata",
        "issyk-kul",
        "town",
        "Чолпон-Ата шаары",
        "город Чолпон-Ата",
        "Cholpon-Ata town",
    ),
    # Balykchy is a city of oblast significance outside any rayon; placed with its neighbour.
    (
        "balykchy",
        "issyk-kul",
        "city",
        "Балыкчы шаары",
        "город Балыкчы",
        "Balykchy city",
    ),  # district inferred
    # Issyk-Kul Region: Jeti-Oguz District
    (
        "kyzyl-suu",
        "jeti-oguz",
        "ayil_aimak",
        "Кызыл-Суу айыл аймагы",
        "Кызыл-Суу айыльный аймак",
        "Kyzyl-Suu ayil aimak",
    ),
    (
        "orgochor",
        "jeti-oguz",
        "ayil_aimak",
        "Оргочор айыл аймагы",
        "Оргочор айыльный аймак",
        "Orgochor ayil aimak",
    ),
    (
        "svetlaya-polyana",
        "jeti-oguz",
        "ayil_aimak",
        "Светлая Поляна айыл аймагы",
        "Светлая Поляна айыльный аймак",
        "Svetlaya Polyana ayil aimak",
    ),
    (
        "saruu",
        "jeti-oguz",
        "ayil_aimak",
        "Саруу айыл аймагы",
        "Саруу айыльный аймак",
        "Saruu ayil aimak",
    ),
    (
        "darkhan",
        "jeti-oguz",
        "ayil_aimak",
        "Дархан айыл аймагы",
        "Дархан айыльный аймак",
        "Darkhan ayil aimak",
    ),
    # Issyk-Kul Region: Tong District
    (
        "kok-moynok",
        "tong",
        "ayil_aimak",
        "Көк-Мойнок айыл аймагы",
        "Кок-Мойнок айыльный аймак",
        "Kok-Moynok ayil aimak",
    ),
    (
        "bolot-mambetov",
        "tong",
        "ayil_aimak",
        "Болот Мамбетов айыл аймагы",
        "Болот Мамбетов айыльный аймак",
        "Bolot Mambetov ayil aimak",
    ),
    # Jalal-Abad Region: Aksy District
    ("kerben", "aksy", "town", "Кербен шаары", "город Кербен", "Kerben town"),
    # Jalal-Abad Region: Ala-Buka District
    (
        "ala-buka",
        "ala-buka",
        "ayil_aimak",
        "Ала-Бука айыл аймагы",
        "Ала-Бука айыльный аймак",
        "Ala-Buka ayil aimak",
    ),
    # Jalal-Abad Region: Bazar-Korgon District
    (
        "beshik-jon",
        "bazar-korgon",
        "ayil_aimak",
        "Бешик-Жон айыл аймагы",
        "Бешик-Джон айыльный аймак",
        "Beshik-Jon ayil aimak",
    ),
    (
        "kenesh",
        "bazar-korgon",
        "ayil_aimak",
        "Кеңеш айыл аймагы",
        "Кенеш айыльный аймак",
        "Kenesh ayil aimak",
    ),
    # Jalal-Abad Region: Nooken District
    (
        "massy",
        "nooken",
        "ayil_aimak",
        "Масы айыл аймагы",
        "Массы айыльный аймак",
        "Massy ayil aimak",
    ),
    (
        "dostuk",
        "nooken",
        "ayil_aimak",
        "Достук айыл аймагы",
        "Достук айыльный аймак",
        "Dostuk ayil aimak",
    ),
    (
        "burgondu",
        "nooken",
        "ayil_aimak",
        "Бүргөндү айыл аймагы",
        "Бургонду айыльный аймак",
        "Burgondu ayil aimak",
    ),
    ("kochkor-ata", "nooken", "town", "Кочкор-Ата шаары", "город Кочкор-Ата", "Kochkor-Ata town"),
    # Jalal-Abad Region: Suzak District
    ("kok-jangak", "suzak", "town", "Көк-Жаңгак шаары", "город Кок-Джангак", "Kok-Jangak town"),
    # Jalal-Abad is a city of oblast significance outside any rayon; it sits inside Suzak District.
    (
        "jalal-abad",
        "suzak",
        "city",
        "Жалал-Абад шаары",
        "город Джалал-Абад",
        "Jalal-Abad city",
    ),  # district inferred
    # Jalal-Abad Region: Toktogul District
    ("toktogul", "toktogul", "town", "Токтогул шаары", "город Токтогул", "Toktogul town"),
)

# Each cluster of cooperating municipalities: (code, name_ky, name_ru, name_en, (municipality_code, ...)).
# The five clusters that won the 2020 intermunicipal service-improvement plan contest,
# with their members as the project listed them.
CLUSTERS = (
    (
        "teploklyuchenka-cluster",
        "Теплоключенка кластери",
        "Теплоключенский кластер",
        "Teploklyuchenka cluster",
        ("teploklyuchenka", "kerege-tash", "oktyabr"),
    ),
    (
        "kyzyl-suu-cluster",
        "Кызыл-Суу кластери",
        "Кызыл-Сууйский кластер",
        "Kyzyl-Suu cluster",
        ("kyzyl-suu", "orgochor", "svetlaya-polyana", "saruu", "darkhan"),
    ),
    # Listed by the project as Teploklyuchenka, Kerege-Tash and Chelpek (Oktyabr itself is not named).
    (
        "oktyabr-cluster",
        "Октябрь кластери",
        "Октябрьский кластер",
        "Oktyabr cluster",
        ("teploklyuchenka", "kerege-tash", "chelpek"),
    ),
    (
        "dostuk-cluster",
        "Достук кластери",
        "Достукский кластер",
        "Dostuk cluster",
        ("dostuk", "burgondu"),
    ),
    (
        "kenesh-cluster",
        "Кеңеш кластери",
        "Кенешский кластер",
        "Kenesh cluster",
        ("kenesh", "beshik-jon", "massy"),
    ),
)
