"""Generated news articles for the tests and the throughput script: invented people and
sentences from templates (nothing copied from a data set), with quotes, money, percentages,
dates, and now and then emoji and CJK (some of it outside the BMP, two UTF-16 units a char)."""

import random

FIRST = ["Maria", "Artyom", "Li", "Amina", "John", "Keiko", "Pedro", "Fatima", "Olga", "Samuel", "Ingrid", "Rahul"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Brennan", "Castillo", "Novak", "Mensah"]
ORGS = ["the World Bank", "Reuters", "the central bank", "Toyota", "the European Commission", "Oxfam", "the IMF"]
PLACES = ["Moscow", "Nairobi", "Tokyo", "Berlin", "Lagos", "Lima", "Seoul", "Ottawa", "Jakarta", "Madrid"]
TITLES = ["minister", "economist", "spokesman", "analyst", "governor", "chief executive"]
MONEY = ["$3.5 billion", "US$34 million", "€20 million", "£1.2bn", "¥500 billion", "$75", "2,000 euros"]
PERCENT = ["4.5%", "12 percent", "0.3 per cent", "19%"]
WHEN = ["on Tuesday", "last week", "in April 2019", "on March 3, 2018", "in the 1990s", "yesterday", "by 2030"]
EXTRA = ["📈", "🚀🌍", "東京", "北京市", "𠀋𡈽", "데이터", "Zürich", "café", "—"]


def sentence(rng: random.Random) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(6)
    if kind == 0:
        return (f"“We expect growth of {rng.choice(PERCENT)} {rng.choice(WHEN)},” said {person}, "
                f"a {rng.choice(TITLES)} at {rng.choice(ORGS)} in {rng.choice(PLACES)}.")
    if kind == 1:
        return f"{person} told reporters in {rng.choice(PLACES)} that spending rose to {rng.choice(MONEY)} {rng.choice(WHEN)}."
    if kind == 2:
        return (f"Exports fell {rng.choice(PERCENT)} to {rng.choice(MONEY)}, according to {rng.choice(ORGS)}, "
                f"while about {rng.randrange(2, 900)} workers lost their jobs.")
    if kind == 3:
        return f"\"This is {rng.choice(['a turning point', 'not enough', 'good news'])},\" {person} said {rng.choice(WHEN)}."
    if kind == 4:
        return f"The {rng.choice(TITLES)} {person} arrived in {rng.choice(PLACES)} {rng.choice(WHEN)} with {rng.randrange(3, 40)} advisers."
    return f"{rng.choice(ORGS).capitalize()} said inflation reached {rng.choice(PERCENT)}, the highest since {rng.randrange(1970, 2015)}."


def article(rng: random.Random, sentences: int) -> str:
    parts = []
    for _ in range(sentences):
        s = sentence(rng)
        if rng.random() < 0.15:
            s = f"{rng.choice(EXTRA)} {s}"
        parts.append(s)
    return " ".join(parts)


def articles(count: int, seed: int = 17, sentences: tuple[int, int] = (3, 12)) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, rng.randint(*sentences)) for _ in range(count)]


def dates(count: int, seed: int = 17) -> list[str | None]:
    rng = random.Random(seed + 1)
    return [None if rng.random() < 0.3 else f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
            for _ in range(count)]
