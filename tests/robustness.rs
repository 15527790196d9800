//! Any input: no panic, every span inside the text and on UTF-16 boundaries, `text` equal
//! to the slice, arrays sorted, indexes that point somewhere, and pathological inputs that
//! finish. Generated texts mix the pieces news and pasted pages are made of.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{annotate, Document};
use proptest::prelude::*;

/// Checks every invariant of the contract on `doc`, the annotation of `input`.
fn assert_invariants(input: &str, doc: &Document) {
    let units: Vec<u16> = input.encode_utf16().collect();
    let check = |start: usize, end: usize, text: &str| {
        assert!(
            start <= end && end <= units.len(),
            "span {start}..{end} outside 0..{}",
            units.len()
        );
        let slice = String::from_utf16(&units[start..end]).expect("span splits a surrogate pair");
        assert_eq!(slice, text);
    };
    for m in &doc.mentions {
        check(m.start, m.end, &m.text);
        assert!(m.entity.is_none_or(|e| doc.entities[e]
            .mentions
            .contains(&doc.mentions.iter().position(|x| x == m).unwrap())));
    }
    for f in &doc.figures {
        check(f.start, f.end, &f.text);
        assert!(
            f.value.is_none_or(f64::is_finite),
            "figure at {} has value {:?}",
            f.start,
            f.value
        );
    }
    for q in &doc.quotes {
        check(q.start, q.end, &q.text);
        for s in q.speaker.iter().chain(q.cue.iter()) {
            check(s.start, s.end, &s.text);
        }
        assert!(q.entity.is_none_or(|e| e < doc.entities.len()));
    }
    for e in &doc.entities {
        assert!(!e.mentions.is_empty() && e.mentions.iter().all(|&m| m < doc.mentions.len()));
    }
    assert!(
        doc.mentions.windows(2).all(|w| w[0].start <= w[1].start),
        "mentions unsorted"
    );
    assert!(
        doc.quotes.windows(2).all(|w| w[0].start <= w[1].start),
        "quotes unsorted"
    );
    assert!(
        doc.figures.windows(2).all(|w| w[0].start <= w[1].start),
        "figures unsorted"
    );
}

/// Pieces of text that stress tokenising, pairing and number reading.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    " said",
    " told reporters",
    ", he said",
    "Kim Jong-un",
    "President Vladimir Putin",
    "US$",
    "$",
    "€",
    "£",
    "¥",
    "HK$",
    "34",
    "1,200",
    "3.5",
    "million",
    "bn",
    "%",
    " per cent",
    "-",
    "–",
    ".",
    ",",
    ":",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\0",
    "😀",
    "👩🏽‍🚀",
    "東京",
    "José\u{301}",
    "e\u{301}\u{302}",
    "مرحبا",
    "שלום",
    "\u{202E}",
    "\u{FEFF}",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "Tuesday",
    "March 3, 2019",
    "500 tonnes",
    "the",
    "Kremlin adviser",
    "Mr.",
    "U.S.",
    "ALL CAPS HEADLINE",
    "\u{FFFD}",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
            1 => "[A-Z][a-z]{1,8}",
            1 => "[0-9]{1,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn any_text_keeps_every_invariant(text in article()) {
        let doc = annotate(&text).unwrap();
        assert_invariants(&text, &doc);
    }

    #[test]
    fn any_bytes_read_lossily_keep_every_invariant(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        assert_invariants(&text, &annotate(&text).unwrap());
    }
}

/// Inputs that would be slow if any pass were quadratic. Each is about a megabyte: they must
/// simply finish (a hang fails the run); their speed is measured by the benchmarks.
#[test]
fn pathological_inputs_finish_and_keep_invariants() {
    let mega = 1 << 20;
    let cases: Vec<(&str, String)> = vec![
        ("no spaces", "abc😀".repeat(mega / 7)),
        ("quote marks", "“".repeat(mega / 6) + &"\"".repeat(mega / 2)),
        ("digits with commas", "1,".repeat(mega / 2)),
        (
            "unbalanced quote on top",
            format!("“{}", "Kim said the talks went well. ".repeat(mega / 30)),
        ),
        (
            "capitalised words",
            "Kim Jong Putin Moscow ".repeat(mega / 22),
        ),
        ("one long number", "9".repeat(mega)),
        ("one chain of ranges", "1-".repeat(mega / 2) + "1 dollars"),
        (
            "currency letters and signs",
            "R1 N2 Rs Sh KSh LE ".repeat(mega / 19),
        ),
        (
            "html",
            "<p class=\"x\">Hello &amp; “bye,” he said.</p>\n".repeat(mega / 48),
        ),
    ];
    for (name, text) in cases {
        let doc = annotate(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_invariants(&text, &doc);
    }
}

#[test]
fn markup_is_annotated_as_plain_text() {
    let text = "<script>alert(1)</script> “Hi,” <b>Kim Jong-un</b> said.";
    let doc = annotate(text).unwrap();
    assert_invariants(text, &doc);
    assert_eq!(doc.quotes[0].text, "“Hi,”");
}
