"""Word stems per language, so a search for one form of a word finds its other forms.

Russian and English use the Snowball stemmers (the algorithms behind PostgreSQL's `russian` and
`english` text-search configurations). Kyrgyz has no Snowball stemmer and no PostgreSQL
configuration, so `kyrgyz_stem` below strips the common inflections of nouns.

Words reach the stemmers lower-cased and folded (`lms.text_folding`): ү, ө, ң are already у, о,
н, so one rule serves a word typed with or without the Kyrgyz letters.
"""

import functools
import threading

import snowballstemmer

SNOWBALL_LANGUAGES = {"ru": "russian", "en": "english"}

VOWELS = frozenset("аеиоуыэюяё")
VOICELESS = frozenset("кпстфхцчшщ")
VOICED = frozenset("бвгджзйлмнр")
CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
MIN_STEM = 3  # shorter roots (үй, иш) keep every ending rather than losing a letter of their own
MAX_STRIPS = 5  # plural, possessive, case and an attributive -дагы at most, with room to spare
# Roots that end like an ending and would otherwise lose it (таштанды "garbage" is not таш
# "stone" + тан + ды): the stemmer stops when it reaches one. Folded, lower case.
KYRGYZ_ROOTS = frozenset({"таштанды"})


def _after_vowel(letter: str) -> bool:
    return letter in VOWELS


def _after_consonant(letter: str) -> bool:
    return letter not in VOWELS


def _after_voiced(letter: str) -> bool:
    return letter in VOICED


def _after_voiced_or_vowel(letter: str) -> bool:
    return letter in VOICED or letter in VOWELS


def _after_voiceless(letter: str) -> bool:
    return letter in VOICELESS


def _after_vowel_r_or_y(letter: str) -> bool:
    return letter in VOWELS or letter in "рй"


def _after_other_voiced(letter: str) -> bool:
    return letter in VOICED and letter not in "рй"


def _forms(*stems: str) -> tuple[str, ...]:
    """A suffix in its folded vowel-harmony variants: "д{а}н" → дан, ден, дон."""
    return tuple(stem.replace("{a}", vowel) for stem in stems for vowel in "аео")


def _high(*stems: str) -> tuple[str, ...]:
    """A suffix with a high vowel in its folded variants: "д{ы}н" → дын, дин, дун."""
    return tuple(stem.replace("{y}", vowel) for stem in stems for vowel in "ыиу")


# Kyrgyz noun endings (folded), each with the sound it must follow: Kyrgyz chooses the first
# consonant of an ending by the sound before it (д after voiced sounds, т after voiceless, н after
# the vowel of a possessive), and these rules keep a root's own last letters from being read as an
# ending (өкмөтү is өкмөт + ү, not өкмө + тү).
KYRGYZ_ENDINGS: tuple[tuple[str, object], ...] = tuple(
    sorted(
        [
            # place attribute: айылдагы, Бишкектеги, аймагындагы
            *[(s, _after_voiced_or_vowel) for s in ("дагы", "деги", "догу")],
            *[(s, _after_voiceless) for s in ("тагы", "теги", "тогу")],
            *[(s, _after_vowel) for s in ("ндагы", "ндеги", "ндогу")],
            # from: суудан, бюджеттен, өкмөтүнөн
            *[(s, _after_voiced_or_vowel) for s in _forms("д{a}н")],
            *[(s, _after_voiceless) for s in _forms("т{a}н")],
            *[(s, _after_vowel) for s in _forms("н{a}н")],
            # of: айылдын, кызматтын, суунун
            *[(s, _after_voiced) for s in _high("д{y}н")],
            *[(s, _after_voiceless) for s in _high("т{y}н")],
            *[(s, _after_vowel) for s in _high("н{y}н")],
            # in: сууда, аймакта, аймагында
            *[(s, _after_voiced_or_vowel) for s in _forms("д{a}")],
            *[(s, _after_voiceless) for s in _forms("т{a}")],
            *[(s, _after_vowel) for s in _forms("нд{a}")],
            # to: сууга, кызматка, өкмөтүнө
            *[(s, _after_voiced_or_vowel) for s in _forms("г{a}")],
            *[(s, _after_voiceless) for s in _forms("к{a}")],
            *[(s, _after_vowel) for s in _forms("н{a}")],
            # the object: айылды, кызматты, сууну; өкмөтүн (possessive + н)
            *[(s, _after_voiced) for s in _high("д{y}")],
            *[(s, _after_voiceless) for s in _high("т{y}")],
            *[(s, _after_vowel) for s in _high("н{y}")],
            *[(s, _after_consonant) for s in _high("{y}н")],
            # our, your (polite), its: айылыбыз, айылыңыз, суусу, өкмөтү
            *[(s, _after_consonant) for s in _high("{y}б{y}з")],
            *[(s, _after_vowel) for s in _high("б{y}з")],
            *[(s, _after_consonant) for s in _high("{y}н{y}з")],
            *[(s, _after_vowel) for s in _high("н{y}з")],
            *[(s, _after_vowel) for s in _high("с{y}")],
            *[(s, _after_consonant) for s in _high("{y}")],
            # plural: суулар, айылдар, кызматтар
            *[(s, _after_vowel_r_or_y) for s in _forms("л{a}р")],
            *[(s, _after_other_voiced) for s in _forms("д{a}р")],
            *[(s, _after_voiceless) for s in _forms("т{a}р")],
        ],
        key=lambda pair: -len(pair[0]),
    )
)


def _strip_one(word: str) -> str | None:
    """The word without its last ending, or None when it has none that fits."""
    for ending, fits in KYRGYZ_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) >= MIN_STEM and VOWELS & set(stem) and fits(stem[-1]):
            return stem
    return None


def kyrgyz_stem(word: str) -> str:
    """The stem of a lower-case, folded Kyrgyz word: noun endings stripped from the outside in.

    Each step takes the longest ending that fits the sound before it and leaves a root of at
    least three letters with a vowel; the stem of a form is the stem of the word it was made
    from (stem("суунун") == stem("суу")), and it stops at a root of `KYRGYZ_ROOTS`. A root-final
    г/б becomes к/п, as Kyrgyz voices them before an ending (аймак, аймагы). Words with other
    letters (Latin, digits) come back unchanged.
    """
    if not word or not CYRILLIC.issuperset(word):
        return word
    for _ in range(MAX_STRIPS):
        if word in KYRGYZ_ROOTS:
            break
        stem = _strip_one(word)
        if stem is None:
            break
        word = stem
    if word[-1] in "гб":
        word = word[:-1] + {"г": "к", "б": "п"}[word[-1]]
    return word


_snowball = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


def _snowball_stemmer(algorithm: str):
    stemmers = getattr(_snowball, "stemmers", None)
    if stemmers is None:
        stemmers = _snowball.stemmers = {}
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm]


@functools.lru_cache(maxsize=100_000)
def word_stem(word: str, language: str) -> str:
    """The stem of a lower-case, folded word in `language` (ky, ru or en; others unchanged)."""
    if language == "ky":
        return kyrgyz_stem(word)
    algorithm = SNOWBALL_LANGUAGES.get(language)
    if algorithm is None:
        return word
    return _snowball_stemmer(algorithm).stemWord(word)
