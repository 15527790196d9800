//! Any input: no panic, every span inside the text and on UTF-16 boundaries, `text` equal
//! to the slice, arrays sorted, indexes that point somewhere, and pathological inputs that
//! finish. Generated texts mix the pieces news and pasted pages are made of.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/invariants.rs"]
mod invariants;

use article_annotator::annotate;
use invariants::assert_invariants;
use proptest::prelude::*;

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
