"""Letters people type without: Kyrgyz ү, ө, ң and Russian ё.

Phones and Russian keyboards often lack ү, ө and ң, so people write "Бургонду" for "Бүргөндү";
Russian writers mostly type е for ё. Search (`lms.search_text`) and short-answer grading
(`courses.quizzes.grading`) fold both sides with this one function, so what a person types
without those letters finds and matches the same as with them.
"""

FOLDED_LETTERS = str.maketrans(
    {"ү": "у", "Ү": "У", "ө": "о", "Ө": "О", "ң": "н", "Ң": "Н", "ё": "е", "Ё": "Е"}
)


def letters_fold(text: str) -> str:
    """ү→у, ө→о, ң→н, ё→е in both cases; every other character is kept as it is."""
    return text.translate(FOLDED_LETTERS)
