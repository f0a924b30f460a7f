"""Topic taxonomy for the demo courses (slug -> name per language); data only."""

TOPICS = {
    "private-sector-involvement": {
        "ky": "Кызмат көрсөтүүгө жеке секторду тартуу",
        "ru": "Привлечение частного сектора к оказанию услуг",
        "en": "Private sector involvement in services",
    },
    "intermunicipal-cooperation": {
        "ky": "Муниципалитеттер аралык кызматташтык",
        "ru": "Межмуниципальное сотрудничество",
        "en": "Intermunicipal cooperation",
    },
    "service-delivery-tariffs": {
        "ky": "Кызмат көрсөтүү жана тарифтер",
        "ru": "Оказание услуг и тарифы",
        "en": "Service delivery and tariffs",
    },
    "municipal-finance": {
        "ky": "Муниципалдык финансы",
        "ru": "Муниципальные финансы",
        "en": "Municipal finance",
    },
    "citizen-participation": {
        "ky": "Жарандардын катышуусу",
        "ru": "Участие граждан",
        "en": "Citizen participation",
    },
}
