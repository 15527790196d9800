//! The `annotate` command: one document, and the batch mode acceptance checks use.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &str) -> (String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.success())
}

#[test]
fn one_text_on_stdin_prints_the_document() {
    let (out, ok) = run(&[], "Trade was US$34 million, Artyom Lukin said.");
    assert!(ok);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["figures"][0]["text"], "US$34 million");
    assert_eq!(doc["figures"][0]["value"], 34_000_000);
}

#[test]
fn batch_keeps_order_and_ids_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Profits rose 5%.\"}\n",
        "not json\n",
        "{\"id\": \"b\", \"text\": \"Costs were €1.2bn.\", \"date\": \"2019-04-24\"}\n",
        "{\"id\": 3}\n",
        "{\"id\": 4, \"text\": \"\"}\n",
    );
    let (out, ok) = run(&["--jsonl"], input);
    assert!(ok);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["figures"][0]["kind"], "percent");
    assert_eq!(lines[1]["id"], Value::Null);
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["figures"][0]["currency"], "EUR");
    assert_eq!(lines[3]["id"], 3);
    assert!(lines[3]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[4]["mentions"], Value::Array(vec![]));
}

#[test]
fn spans_flag_prints_one_line_per_annotation() {
    let (out, ok) = run(&["--spans"], "Profits rose 5% in Seoul.");
    assert!(ok);
    assert!(
        out.lines()
            .any(|l| l.contains("Percent") && l.ends_with("5%")),
        "{out}"
    );
}

#[test]
fn bad_date_is_an_error() {
    let (_, ok) = run(&["--date", "tomorrow"], "text");
    assert!(!ok);
}
