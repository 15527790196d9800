"""The Python package: offsets as Python indices, errors, annotate_many, threads."""

import ast
import pathlib
import subprocess
import sys
import threading

import pytest

import article_annotator
from article_annotator import Annotator

from articles import articles, dates

SAMPLE = "“Trade fell to US$34 million on Tuesday,” Artyom Lukin said in Moscow. Lukin added that 40% of it was oil."


@pytest.fixture(scope="module")
def ann() -> Annotator:
    return Annotator()


def spans(doc):
    """Every span of a document: mentions, quotes, their speakers and cues, figures."""
    for key in ("mentions", "quotes", "figures"):
        for item in doc[key]:
            yield item
            for part in ("speaker", "cue"):
                if item.get(part):
                    yield item[part]


def shifted(doc, by):
    """`doc` with every offset moved by `by`."""
    out = {"entities": doc["entities"]}
    for key in ("mentions", "quotes", "figures"):
        out[key] = []
        for item in doc[key]:
            item = dict(item, start=item["start"] + by, end=item["end"] + by)
            for part in ("speaker", "cue"):
                if item.get(part):
                    item[part] = dict(item[part], start=item[part]["start"] + by, end=item[part]["end"] + by)
            out[key].append(item)
    return out


def test_the_contract_shape(ann):
    doc = ann.annotate(SAMPLE, date="2019-04-24")
    assert list(doc) == ["mentions", "entities", "quotes", "figures"]
    money = doc["figures"][0]
    assert money == {"start": 15, "end": 28, "text": "US$34 million", "kind": "money", "value": 34000000, "currency": "USD"}
    assert isinstance(money["value"], int)
    tuesday = next(f for f in doc["figures"] if f["text"] == "Tuesday")
    assert tuesday["date"] == "2019-04-23"
    quote = doc["quotes"][0]
    assert quote["kind"] == "direct"
    assert quote["speaker"]["text"] == "Artyom Lukin" and quote["cue"]["text"] == "said"
    assert doc["entities"][quote["entity"]]["name"] == "Artyom Lukin"
    lukin = doc["entities"][quote["entity"]]
    assert [doc["mentions"][m]["text"] for m in lukin["mentions"]] == ["Artyom Lukin", "Lukin"]
    percent = next(f for f in doc["figures"] if f["kind"] == "percent")
    assert percent["value"] == 40 and "currency" not in percent


@pytest.mark.parametrize("prefix", ["😀", "😀🚀 ", "東京 ", "𠀋𡈽 ", "é", "👩‍👩‍👧 ", "\U0010ffff"])
def test_offsets_are_python_indices(ann, prefix):
    # A paragraph break keeps the prefix out of the sentence (a quote after a word is partial).
    base = ann.annotate("\n\n" + SAMPLE)
    text = prefix + "\n\n" + SAMPLE
    doc = ann.annotate(text)
    for item in spans(doc):
        assert text[item["start"]:item["end"]] == item["text"]
    assert doc == shifted(base, len(prefix))


def test_offsets_with_astral_chars_inside_the_text(ann):
    for text in articles(60, seed=3):
        text = text.replace(" said", " 😀 said").replace("Moscow", "Moscow 𠀋")
        doc = ann.annotate(text)
        for item in spans(doc):
            assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "\ud83d\ude00", "\udc80\udc80"])
def test_lone_surrogates_are_read_as_replacement_characters(ann, bad):
    text = f"{bad} {SAMPLE} {bad}“Yes{bad},” Maria Okafor said."
    doc = ann.annotate(text)
    for item in spans(doc):
        assert text[item["start"]:item["end"]] == item["text"]
    # The same document as for the text with U+FFFD in their place, but for the spans' texts.
    clean = ann.annotate(text.replace(bad[0], "\ufffd").replace(bad[-1], "\ufffd"))
    assert [(m["start"], m["end"], m["kind"]) for m in doc["mentions"]] == [(m["start"], m["end"], m["kind"]) for m in clean["mentions"]]
    assert [(q["start"], q["end"]) for q in doc["quotes"]] == [(q["start"], q["end"]) for q in clean["quotes"]]
    assert any(bad in q["text"] for q in doc["quotes"])
    assert ann.annotate_many([text])[0] == doc


def test_lone_surrogates_in_annotate_many(ann):
    texts = [t.replace(" said", " \udc9f said", 1).replace("“", "\ud800“", 1) for t in articles(50, seed=4)]
    docs = ann.annotate_many(texts)
    assert docs == [ann.annotate(t) for t in texts]
    for text, doc in zip(texts, docs):
        for item in spans(doc):
            assert text[item["start"]:item["end"]] == item["text"]


def test_a_text_of_surrogates_only(ann):
    assert ann.annotate("\ud800" * 5) == {"mentions": [], "entities": [], "quotes": [], "figures": []}


def test_the_empty_text(ann):
    assert ann.annotate("") == {"mentions": [], "entities": [], "quotes": [], "figures": []}


@pytest.mark.parametrize("text", [None, 42, b"bytes", ["a list"]])
def test_a_text_that_is_not_a_str_is_a_type_error(ann, text):
    with pytest.raises(TypeError, match="text must be a str, not"):
        ann.annotate(text)
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, not"):
        ann.annotate_many(["fine", text])


@pytest.mark.parametrize("date", ["2019-02-30", "24/04/2019", "2019-4-24", "", "yesterday"])
def test_a_bad_date_is_a_value_error_with_the_cores_message(ann, date):
    with pytest.raises(ValueError, match=r"is not a date of the form YYYY-MM-DD"):
        ann.annotate(SAMPLE, date=date)
    with pytest.raises(ValueError, match=r"^texts\[2\]: article date .* is not a date of the form YYYY-MM-DD"):
        ann.annotate_many(["a", "b", "c"], dates=[None, "2019-04-24", date])


@pytest.mark.parametrize("text", ["Tuesday-", "In 2019-", "5,000-"])
def test_a_panic_in_the_core_is_a_runtime_error_not_a_panic_exception(ann, text):
    # "Tuesday-" panicked in the core when this was written; whether or not it still does,
    # only a document or a RuntimeError may come back (PyO3's PanicException is no Exception).
    for call in (lambda: ann.annotate(text), lambda: ann.annotate_many(["fine", text])):
        try:
            call()
        except RuntimeError as e:
            assert "internal error while annotating this text" in str(e)
    assert ann.annotate(SAMPLE)["quotes"]


def test_other_wrong_arguments(ann):
    with pytest.raises(TypeError):
        ann.annotate(SAMPLE, date=20190424)
    with pytest.raises(TypeError):
        ann.annotate(SAMPLE, indirect="yes")
    with pytest.raises(TypeError, match="iterable of str"):
        ann.annotate_many(42)
    with pytest.raises(TypeError, match=r"dates\[0\] must be a str or None"):
        ann.annotate_many(["a"], dates=[1])
    with pytest.raises(ValueError, match="2 dates for 3 texts"):
        ann.annotate_many(["a", "b", "c"], dates=["2019-01-01", None])


def test_the_16_mib_limit_is_a_value_error(ann):
    limit = article_annotator.MAX_INPUT_BYTES
    assert limit == 16 * 1024 * 1024
    with pytest.raises(ValueError, match=r"^text too large: 16777217 bytes of UTF-8, the limit is 16777216 bytes \(16 MiB\)$"):
        ann.annotate("a" * (limit + 1))
    # The limit counts bytes of UTF-8, not characters: 8 Mi + 1 "é" are 16 MiB + 2 bytes.
    with pytest.raises(ValueError, match="text too large: 16777218 bytes"):
        ann.annotate("é" * (limit // 2 + 1))
    with pytest.raises(ValueError, match=r"^texts\[1\]: text too large"):
        ann.annotate_many(["short", "a" * (limit + 1)])


def test_annotate_many_equals_one_by_one_in_order(ann):
    texts = articles(300, seed=5)
    days = dates(300, seed=5)
    one_by_one = [ann.annotate(t, date=d) for t, d in zip(texts, days)]
    assert ann.annotate_many(texts, dates=days) == one_by_one
    assert ann.annotate_many(iter(texts), dates=(d for d in days)) == one_by_one
    assert ann.annotate_many(tuple(texts)) == [ann.annotate(t) for t in texts]
    assert ann.annotate_many(texts, indirect=True) == [ann.annotate(t, indirect=True) for t in texts]
    assert ann.annotate_many([]) == []


def test_annotate_many_names_the_first_text_that_failed(ann):
    texts = articles(400, seed=6)
    days = [None] * 400
    for i in (391, 120, 7):
        days[i] = "2019-13-01"
    for _ in range(5):
        with pytest.raises(ValueError, match=r"^texts\[7\]: article date"):
            ann.annotate_many(texts, dates=days)


def test_indirect_speech_only_when_asked(ann):
    text = "Artyom Lukin said the summit would fail."
    assert ann.annotate(text)["quotes"] == []
    assert [q["kind"] for q in ann.annotate(text, indirect=True)["quotes"]] == ["indirect"]


def test_threads_share_one_annotator(ann):
    texts = articles(80, seed=9)
    expected = [ann.annotate(t) for t in texts]
    failures = []

    def work(k):
        try:
            for round in range(3):
                for i in range(k, len(texts), 3):
                    if ann.annotate(texts[i]) != expected[i]:
                        failures.append((k, i))
                if ann.annotate_many(texts[k::8]) != expected[k::8]:
                    failures.append((k, "many"))
        except Exception as e:  # noqa: BLE001 - reported below
            failures.append((k, repr(e)))

    threads = [threading.Thread(target=work, args=(k % 3,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_the_type_stubs_ship_and_name_what_the_module_has():
    package = pathlib.Path(article_annotator.__file__).parent
    assert (package / "py.typed").exists()
    stub = ast.parse((package / "__init__.pyi").read_text())
    names = {n.name for n in stub.body if isinstance(n, ast.ClassDef)}
    names |= {t.id for n in stub.body if isinstance(n, ast.AnnAssign) for t in [n.target]}
    assert {"Annotator", "MAX_INPUT_BYTES", "__version__"} <= names
    for name in ("Annotator", "MAX_INPUT_BYTES", "__version__"):
        assert hasattr(article_annotator, name)
    methods = {f.name for c in stub.body if isinstance(c, ast.ClassDef) and c.name == "Annotator" for f in c.body if isinstance(f, ast.FunctionDef)}
    assert {m for m in methods if not m.startswith("_")} == {m for m in dir(Annotator) if not m.startswith("_")}


def test_the_type_stubs_match_the_module_and_type_check_a_use(tmp_path):
    # stubtest finds no stub for the compiled module inside the package, which __init__.pyi covers.
    (tmp_path / "allow.txt").write_text("article_annotator.article_annotator\n")
    done = subprocess.run([sys.executable, "-m", "mypy.stubtest", "article_annotator", "--allowlist", str(tmp_path / "allow.txt")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    (tmp_path / "use.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from article_annotator import Annotator\n"
        "if TYPE_CHECKING:\n"
        "    from article_annotator import Document\n"
        "ann = Annotator()\n"
        "doc: 'Document' = ann.annotate('Kim said.', date='2019-04-24')\n"
        "value: int | float | None = doc['figures'][0]['value']\n"
        "currency: str | None = doc['figures'][0].get('currency')\n"
        "speaker = doc['quotes'][0]['speaker']\n"
        "name: str = speaker['text'] if speaker else ''\n"
        "docs: list['Document'] = ann.annotate_many(['a'], dates=[None])\n"
        "wrong: str = doc['figures'][0]['start']  # the one error expected\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--python-version", "3.10", "use.py"], capture_output=True, text=True, cwd=tmp_path)
    assert "use.py:12: error: Incompatible types in assignment" in done.stdout, done.stdout
    assert "Found 1 error" in done.stdout, done.stdout
