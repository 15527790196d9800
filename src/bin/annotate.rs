//! `annotate`: the command-line tool.
//!
//! ```text
//! annotate [--date YYYY-MM-DD] [--indirect] [--spans] [FILE]   one text (FILE or standard input) -> document JSON
//! annotate --jsonl          JSON lines {"id", "text", "date"?, "indirect"?} -> {"id", ...document}
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use article_annotator::{Annotator, Document, Options};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: annotate [--date YYYY-MM-DD] [--indirect] [--spans] [FILE]
       annotate --jsonl   (batch: JSON lines {\"id\", \"text\", \"date\"?, \"indirect\"?} on standard input)

Prints the annotations of an article as JSON (UTF-16 offsets).
  --date D   the article's date, against which relative dates resolve
  --indirect also report indirect speech (quotes of kind indirect)
  --spans    print one line per annotation (start, end, kind, text) instead of JSON
  --jsonl    batch mode: one output line per input line, in order; bad lines get {\"error\"}";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("annotate: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut options = Options::default();
    let (mut jsonl, mut spans, mut file) = (false, false, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "--spans" => spans = true,
            "--date" => options.date = Some(args.next().ok_or("--date needs a date")?),
            "--indirect" => options.indirect = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg}\n{USAGE}"))
            }
            _ => file = Some(arg),
        }
    }
    let annotator = Annotator::new().map_err(|e| e.to_string())?;
    if jsonl {
        return batch(&annotator);
    }
    let text = read_text(file.as_deref())?;
    let doc = annotator
        .annotate_with(&text, &options)
        .map_err(|e| e.to_string())?;
    let mut out = BufWriter::new(io::stdout().lock());
    if spans {
        print_spans(&mut out, &doc)
    } else {
        serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())
    }
}

fn read_text(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(path) => std::fs::read(path).map(|b| bytes = b),
    }
    .map_err(|e| format!("cannot read {}: {e}", file.unwrap_or("standard input")))?;
    String::from_utf8(bytes).map_err(|_| "the input is not UTF-8 text".to_string())
}

fn print_spans(out: &mut impl Write, doc: &Document) -> Result<(), String> {
    let mut rows: Vec<(usize, usize, String, &str)> = Vec::new();
    rows.extend(
        doc.mentions
            .iter()
            .map(|m| (m.start, m.end, format!("{:?}", m.kind), m.text.as_str())),
    );
    rows.extend(doc.figures.iter().map(|f| {
        (
            f.start,
            f.end,
            format!("{:?} {:?}", f.kind, f.value),
            f.text.as_str(),
        )
    }));
    for q in &doc.quotes {
        let speaker = q.speaker.as_ref().map_or("-", |s| s.text.as_str());
        rows.push((
            q.start,
            q.end,
            format!("{:?} quote by {speaker}", q.kind),
            q.text.as_str(),
        ));
    }
    rows.sort_by_key(|r| (r.0, std::cmp::Reverse(r.1)));
    for (start, end, what, text) in rows {
        writeln!(out, "{start:>6} {end:>6}  {what:<28} {text}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// One line of batch output: the input's id, then the document or an error.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a Value,
    #[serde(flatten)]
    result: Outcome,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Outcome {
    Document(Document),
    Error { error: String },
}

fn batch(annotator: &Annotator) -> Result<(), String> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.split(b'\n') {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let (id, result) = batch_line(annotator, &line);
        serde_json::to_writer(&mut out, &Line { id: &id, result }).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn batch_line(annotator: &Annotator, line: &[u8]) -> (Value, Outcome) {
    let error = |id: Value, error: String| (id, Outcome::Error { error });
    let input: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => return error(Value::Null, format!("invalid JSON: {e}")),
    };
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = input.get("text").and_then(Value::as_str) else {
        return error(id, "missing \"text\" (a string)".to_string());
    };
    let options = Options {
        date: input
            .get("date")
            .and_then(Value::as_str)
            .map(str::to_string),
        indirect: input
            .get("indirect")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    };
    match panic::catch_unwind(AssertUnwindSafe(|| annotator.annotate_with(text, &options))) {
        Ok(Ok(doc)) => (id, Outcome::Document(doc)),
        Ok(Err(e)) => error(id, e.to_string()),
        Err(_) => error(id, "internal error while annotating this text".to_string()),
    }
}
