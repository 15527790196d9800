"""examples/spark/annotate_archive.py in local[2]: every article once, the rows equal to the
command-line tool's output for the same texts (offsets converted from UTF-16 to code points),
malformed rows in the errors table without stopping the job."""

import json
import os
import pathlib
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from articles import articles, dates

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "spark" / "annotate_archive.py"
CLI = ROOT / "target" / "release" / "annotate"
COUNT = 300

# Malformed rows, each with the start of the error it must get; the job goes on past them.
MALFORMED = [
    ('{"id": "text-a-number", "text": 42}', "text-a-number", "text must be a str, not int"),
    ('{"id": "text-null", "text": null}', "text-null", "text must be a str, not NoneType"),
    ('{"id": "no-text"}', "no-text", "text must be a str, not NoneType"),
    ('{"id": "bad-date", "text": "Maria Okafor said so.", "date": "2019-02-30"}', "bad-date",
     'article date "2019-02-30" is not a date of the form YYYY-MM-DD'),
    ('{"id": "date-a-number", "text": "Maria Okafor said so.", "date": 20190424}', "date-a-number",
     "date must be a string YYYY-MM-DD, not int"),
    ('{"id": "broken", "text": "no end', None, "invalid JSON"),
    ('{"text": "Maria Okafor said so."}', None, "missing id"),
    ('["an", "array"]', None, "a line must be a JSON object"),
]


def generated():
    """(id, text, date) of the generated articles; one id is an integer, as JSON allows."""
    rows = [(f"a{i:03}", text, date) for i, (text, date) in enumerate(zip(articles(COUNT, seed=23), dates(COUNT, seed=23)))]
    rows[7] = (7, rows[7][1], rows[7][2])
    return rows


def json_line(id, text, date):
    return json.dumps({"id": id, "text": text} | ({"date": date} if date else {}), ensure_ascii=False)


def start_example(articles_path, output, *extra):
    """The example as a child process. Spark's UI is off and its shuffles small: the data is."""
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable,
               PYSPARK_SUBMIT_ARGS="--conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 pyspark-shell")
    return subprocess.Popen([sys.executable, str(EXAMPLE), str(articles_path), str(output), "--master", "local[2]", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process):
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-4000:]
    return stdout


def table(output, name):
    return pq.read_table(output / name).to_pylist()


def code_points(text):
    """A map from each UTF-16 offset of `text` on a char boundary to its code-point offset."""
    of, unit = {}, 0
    for i, ch in enumerate(text):
        of[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    of[unit] = len(text)
    return of


def expected_rows(cli_lines, texts):
    """The example's rows, table by table, built from the CLI's documents."""
    rows = {name: [] for name in ("articles", "mentions", "entities", "quotes", "figures")}
    for line in cli_lines:
        doc = json.loads(line)
        id = str(doc["id"])
        text, date = texts[id]
        cp = code_points(text)
        at = lambda span, key: cp[span[key]] if span else None  # noqa: E731
        rows["articles"].append({"id": id, "date": date, "chars": len(text), "mentions": len(doc["mentions"]),
                                 "entities": len(doc["entities"]), "quotes": len(doc["quotes"]), "figures": len(doc["figures"])})
        for n, m in enumerate(doc["mentions"]):
            rows["mentions"].append({"id": id, "mention": n, "start": cp[m["start"]], "end": cp[m["end"]], "text": m["text"],
                                     "kind": m["kind"], "entity": m["entity"]})
        for e in doc["entities"]:
            rows["entities"].append({"id": id, "entity": e["id"], "kind": e["kind"], "name": e["name"], "mentions": e["mentions"]})
        for n, q in enumerate(doc["quotes"]):
            s, c = q["speaker"], q["cue"]
            rows["quotes"].append({"id": id, "quote": n, "start": cp[q["start"]], "end": cp[q["end"]], "text": q["text"],
                                   "kind": q["kind"], "speaker_start": at(s, "start"), "speaker_end": at(s, "end"),
                                   "speaker_text": s and s["text"], "entity": q["entity"], "cue_start": at(c, "start"),
                                   "cue_end": at(c, "end"), "cue_text": c and c["text"]})
        for n, f in enumerate(doc["figures"]):
            rows["figures"].append({"id": id, "figure": n, "start": cp[f["start"]], "end": cp[f["end"]], "text": f["text"],
                                    "kind": f["kind"], "value": None if f["value"] is None else float(f["value"]),
                                    **{k: f.get(k) for k in ("currency", "unit", "date", "date_end", "change")}})
    return rows


def ordered(rows):
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


PARQUET_COUNT = 40
PARQUET_BAD = [("bad-date", "Maria Okafor said so.", "24/04/2019"), ("null-text", None, None)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The example run on JSON lines and on Parquet at once (most of a run is Spark starting),
    and the CLI's rows for the same texts."""
    work = tmp_path_factory.mktemp("spark")
    good = generated()
    # The malformed rows among the good ones, not at the end only.
    lines = [json_line(*row) for row in good]
    for k, (line, _, _) in enumerate(MALFORMED):
        lines.insert(37 * k + 5, line)
    lines.insert(100, "")
    (work / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [(str(id), text, date) for id, text, date in good[:PARQUET_COUNT]] + PARQUET_BAD
    pq.write_table(pa.table({"id": [r[0] for r in rows], "text": [r[1] for r in rows], "date": [r[2] for r in rows]}),
                   work / "articles.parquet")
    jsonl = start_example(work / "articles.jsonl", work / "out")
    parquet = start_example(work / "articles.parquet", work / "out-parquet")
    cli_input = "".join(json_line(*row) + "\n" for row in good)
    cli = subprocess.run([str(CLI), "--jsonl"], input=cli_input, capture_output=True, text=True, check=True)
    texts = {str(id): (text, date) for id, text, date in good}
    stdout = finish(jsonl)
    finish(parquet)
    return {"output": work / "out", "stdout": stdout, "expected": expected_rows(cli.stdout.splitlines(), texts),
            "parquet": work / "out-parquet"}


@pytest.fixture(scope="module")
def jsonl_run(runs):
    return runs["output"], runs["stdout"], runs["expected"]


def test_every_article_is_in_the_output_exactly_once(jsonl_run):
    output, stdout, _ = jsonl_run
    ids = [r["id"] for r in table(output, "articles")]
    assert len(ids) == len(set(ids)) == COUNT
    assert set(ids) == {str(id) for id, _, _ in generated()}
    errors = table(output, "errors")
    assert not set(ids) & {e["id"] for e in errors}
    assert f"{COUNT} articles annotated, {len(MALFORMED)} errors" in stdout


def test_malformed_rows_go_to_the_errors_table(jsonl_run):
    output, _, _ = jsonl_run
    errors = table(output, "errors")
    assert len(errors) == len(MALFORMED)
    for line, id, message in MALFORMED:
        [error] = [e for e in errors if e["input"] == line]
        assert error["id"] == id
        assert error["error"].startswith(message), error


@pytest.mark.parametrize("name", ["articles", "mentions", "entities", "quotes", "figures"])
def test_rows_equal_the_command_line_tools(jsonl_run, name):
    output, _, expected = jsonl_run
    got = table(output, name)
    assert len(got) == len(expected[name])
    assert ordered(got) == ordered(expected[name])


def test_offsets_index_the_text_as_spark_sql_does(jsonl_run):
    output, _, _ = jsonl_run
    texts = {str(id): text for id, text, _ in generated()}
    astral = 0
    for f in table(output, "figures") + table(output, "mentions"):
        text = texts[f["id"]]
        assert text[f["start"]:f["end"]] == f["text"]
        astral += any(ord(c) > 0xFFFF for c in text[:f["start"]])
    assert astral > 50, "the generated articles should put characters outside the BMP before spans"


def test_parquet_input_gives_the_same_rows(runs):
    output, expected = runs["parquet"], runs["expected"]
    ids = {str(id) for id, _, _ in generated()[:PARQUET_COUNT]}
    assert sorted(r["id"] for r in table(output, "articles")) == sorted(ids)
    for name in ("mentions", "entities", "quotes", "figures"):
        assert ordered(table(output, name)) == ordered([r for r in expected[name] if r["id"] in ids])
    errors = {e["id"]: e["error"] for e in table(output, "errors")}
    assert errors == {"bad-date": 'article date "24/04/2019" is not a date of the form YYYY-MM-DD',
                      "null-text": "text must be a str, not NoneType"}
