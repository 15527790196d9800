#!/usr/bin/env python3
"""Annotates a news archive on Apache Spark and writes what it finds as Parquet tables.

    python annotate_archive.py ARTICLES OUTPUT [--format auto|parquet|jsonl] [--master local[*]] [--indirect]
    spark-submit annotate_archive.py ARTICLES OUTPUT ...

ARTICLES is a Parquet table or JSON lines (a file, a folder or a glob; .gz is fine) of
articles: `id` (a string or an integer), `text`, and optional `date` (YYYY-MM-DD, the day
relative dates resolve against). Each partition is annotated with one `Annotator`, and OUTPUT
gets one Parquet table a kind of row, every row keyed by the article's `id` (as a string):

    OUTPUT/articles   id, date, chars, mentions, entities, quotes, figures (how many of each)
    OUTPUT/mentions   id, mention, start, end, text, kind, entity
    OUTPUT/entities   id, entity, kind, name, mentions (the indexes of its mentions)
    OUTPUT/quotes     id, quote, start, end, text, kind, speaker_start, speaker_end,
                      speaker_text, entity, cue_start, cue_end, cue_text
    OUTPUT/figures    id, figure, start, end, text, kind, value, currency, unit, date,
                      date_end, change
    OUTPUT/errors     id, error, input: rows that could not be annotated (not JSON, no id, a
                      text that is not a string, a bad date, a text over 16 MiB, an internal
                      error of the annotator), `input` the first 200 characters of a
                      JSON line; the job goes on

Offsets are code points of `text`, as Python and Spark SQL's substring count them:
`substring(text, start + 1, end - start)`. `entity` is the index of an entity of the same
article. Every article is in `articles` or in `errors`, exactly once.
"""

import argparse
import json
import math
import os
import sys
from datetime import date as Date
from functools import partial

import pandas as pd
from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

LONG, STRING, DOUBLE = T.LongType(), T.StringType(), T.DoubleType()

# Every table's columns: the annotation pass writes them all as one long table, `table` naming
# which each row belongs to, and each table is selected from it.
COLUMNS = {
    "table": STRING, "id": STRING, "n": LONG, "start": LONG, "end": LONG, "text": STRING, "kind": STRING,
    "entity": LONG, "name": STRING, "mentions": T.ArrayType(LONG),
    "speaker_start": LONG, "speaker_end": LONG, "speaker_text": STRING,
    "cue_start": LONG, "cue_end": LONG, "cue_text": STRING,
    "value": DOUBLE, "currency": STRING, "unit": STRING, "date": STRING, "date_end": STRING, "change": STRING,
    "chars": LONG, "n_mentions": LONG, "n_entities": LONG, "n_quotes": LONG, "n_figures": LONG,
    "error": STRING, "input": STRING,
}
SCHEMA = T.StructType([T.StructField(name, kind) for name, kind in COLUMNS.items()])

# Each output table: its columns, as (column of the long table, name in the output).
TABLES = {
    "articles": [("id", "id"), ("date", "date"), ("chars", "chars"), ("n_mentions", "mentions"),
                 ("n_entities", "entities"), ("n_quotes", "quotes"), ("n_figures", "figures")],
    "mentions": [("id", "id"), ("n", "mention"), ("start", "start"), ("end", "end"), ("text", "text"),
                 ("kind", "kind"), ("entity", "entity")],
    "entities": [("id", "id"), ("n", "entity"), ("kind", "kind"), ("name", "name"), ("mentions", "mentions")],
    "quotes": [("id", "id"), ("n", "quote"), ("start", "start"), ("end", "end"), ("text", "text"), ("kind", "kind"),
               ("speaker_start", "speaker_start"), ("speaker_end", "speaker_end"), ("speaker_text", "speaker_text"),
               ("entity", "entity"), ("cue_start", "cue_start"), ("cue_end", "cue_end"), ("cue_text", "cue_text")],
    "figures": [("id", "id"), ("n", "figure"), ("start", "start"), ("end", "end"), ("text", "text"), ("kind", "kind"),
                ("value", "value"), ("currency", "currency"), ("unit", "unit"), ("date", "date"),
                ("date_end", "date_end"), ("change", "change")],
    "errors": [("id", "id"), ("error", "error"), ("input", "input")],
}


class BadRow(Exception):
    """A row that cannot be annotated; its message goes to the errors table."""


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def key_of(value) -> str:
    """The article's id as a string: the table's key."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if hasattr(value, "item") and isinstance(value.item(), int):  # a numpy integer
        return str(value.item())
    if missing(value):
        raise BadRow("missing id")
    raise BadRow(f"id must be a string or an integer, not {type(value).__name__}")


def day_of(value):
    """The article's date as the annotator takes it: a str, or None."""
    if missing(value):
        return None
    if isinstance(value, Date):  # a Parquet date column (datetime.date, pandas Timestamp)
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        return value
    raise BadRow(f"date must be a string YYYY-MM-DD, not {type(value).__name__}")


def articles_of(batch: pd.DataFrame):
    """(id, text, date, error or None, input) for each row of a batch: JSON lines come as
    `line` (and are the `input`), Parquet rows as `id`, `text`, `date`."""
    if "line" in batch.columns:
        for line in batch["line"]:
            if missing(line) or not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as e:
                yield None, None, None, f"invalid JSON: {e}", line[:200]
                continue
            if not isinstance(row, dict):
                yield None, None, None, "a line must be a JSON object", line[:200]
                continue
            yield row.get("id"), row.get("text"), row.get("date"), None, line[:200]
    else:
        for id, text, date in zip(batch["id"], batch["text"], batch["date"]):
            yield id, text, date, None, None


class Rows:
    """The long table's rows for one batch, column by column."""

    def __init__(self):
        self.columns = {name: [] for name in COLUMNS}

    def add(self, **values):
        for name, column in self.columns.items():
            column.append(values.get(name))

    def frame(self) -> pd.DataFrame:
        dtypes = {LONG: "Int64", DOUBLE: "Float64"}
        return pd.DataFrame({
            name: pd.array(values, dtype=dtypes.get(COLUMNS[name], object))
            for name, values in self.columns.items()
        })

    def document(self, id, date, text, doc):
        self.add(table="articles", id=id, date=date, chars=len(text), n_mentions=len(doc["mentions"]),
                 n_entities=len(doc["entities"]), n_quotes=len(doc["quotes"]), n_figures=len(doc["figures"]))
        for n, m in enumerate(doc["mentions"]):
            self.add(table="mentions", id=id, n=n, **m)
        for e in doc["entities"]:
            self.add(table="entities", id=id, n=e["id"], kind=e["kind"], name=e["name"], mentions=e["mentions"])
        for n, q in enumerate(doc["quotes"]):
            speaker, cue = q["speaker"] or {}, q["cue"] or {}
            self.add(table="quotes", id=id, n=n, start=q["start"], end=q["end"], text=q["text"], kind=q["kind"],
                     entity=q["entity"], speaker_start=speaker.get("start"), speaker_end=speaker.get("end"),
                     speaker_text=speaker.get("text"), cue_start=cue.get("start"), cue_end=cue.get("end"),
                     cue_text=cue.get("text"))
        for n, f in enumerate(doc["figures"]):
            value = f["value"]
            self.add(table="figures", id=id, n=n, **dict(f, value=None if value is None else float(value)))


def annotate_partition(batches, indirect=False):
    """mapInPandas: one Annotator for the whole partition, one long-table frame a batch."""
    from article_annotator import Annotator

    annotator = Annotator()
    for batch in batches:
        rows = Rows()
        for id, text, date, error, line in articles_of(batch):
            key = None
            try:
                if error is not None:
                    raise BadRow(error)
                key = key_of(id)
                date = day_of(date)
                doc = annotator.annotate(text, date=date, indirect=indirect)
            except (BadRow, TypeError, ValueError, RuntimeError) as e:  # RuntimeError: a bug in the annotator
                rows.add(table="errors", id=key, error=str(e), input=line)
                continue
            rows.document(key, date, text, doc)
        yield rows.frame()


def read_articles(spark: SparkSession, path: str, form: str):
    """The articles as `line` (JSON lines) or `id`, `text`, `date` (Parquet)."""
    if form == "auto":
        form = "parquet" if path.rstrip("/").endswith(".parquet") or is_parquet_folder(path) else "jsonl"
    if form == "jsonl":
        # Read as text, each line parsed by the partition: a malformed line is an error row,
        # not a whole job's failure or a column whose type Spark guessed from the others.
        return spark.read.text(path).withColumnRenamed("value", "line")
    table = spark.read.parquet(path)
    date = F.col("date") if "date" in table.columns else F.lit(None).cast("string")
    return table.select(F.col("id"), F.col("text"), date.alias("date"))


def is_parquet_folder(path: str) -> bool:
    return os.path.isdir(path) and any(name.endswith(".parquet") for name in os.listdir(path))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="a Parquet table or JSON lines of {id, text, date?}")
    parser.add_argument("output", help="the folder to write the tables to (replaced)")
    parser.add_argument("--format", choices=["auto", "parquet", "jsonl"], default="auto")
    parser.add_argument("--master", help="the Spark master, e.g. local[*] (default: spark-submit's, else local[*])")
    parser.add_argument("--indirect", action="store_true", help="also report indirect speech")
    args = parser.parse_args(argv)

    # Run by this Python in local mode (not by spark-submit, which sets the gateway's port),
    # the workers use this Python too, and so find article_annotator. On a cluster, the
    # executors' Python is the cluster's to say (spark.pyspark.python; see the README).
    local = args.master is None or args.master.startswith("local")
    if local and "PYSPARK_GATEWAY_PORT" not in os.environ:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("annotate_archive")
    if args.master:
        builder = builder.master(args.master)
    # Articles are long: smaller Arrow batches keep each partition's memory small.
    spark = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "1000").getOrCreate()

    articles = read_articles(spark, args.articles, args.format)
    parallelism = spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < parallelism:
        articles = articles.repartition(parallelism)
    annotated = articles.mapInPandas(partial(annotate_partition, indirect=args.indirect), SCHEMA)
    # Annotated once, kept, and split into the tables.
    annotated = annotated.persist(StorageLevel.MEMORY_AND_DISK)
    for table, columns in TABLES.items():
        rows = annotated.where(F.col("table") == table).select(*[F.col(c).alias(name) for c, name in columns])
        rows.write.mode("overwrite").parquet(os.path.join(args.output, table))
    counts = dict.fromkeys(TABLES, 0) | {r["table"]: r["count"] for r in annotated.groupBy("table").count().collect()}
    annotated.unpersist()
    print(f"annotate_archive: {counts['articles']} articles annotated, {counts['errors']} errors; "
          + ", ".join(f"{counts[t]} {t}" for t in ("mentions", "entities", "quotes", "figures"))
          + f" in {args.output}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
