//! The shape every caller reads (docs/CONTRACT.md): the invariants of `common/invariants.rs`
//! on a text of emoji, CJK and CRLF, the JSON field names, and errors.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/invariants.rs"]
mod invariants;

use article_annotator::{annotate, Annotator, Document, Options};
use invariants::assert_invariants;

/// A short article with emoji, CJK, curly quotes, combining marks and CRLF line ends.
const MIXED: &str = "Tokyo 😀 东京 — José\u{301} Ramos visited.\r\n\r\n“We lost US$34 million 😀,” Kim Jong-un said.\r\nProfits rose 5 per cent in Seoul.";

#[test]
fn utf16_offsets_slice_across_emoji_cjk_marks_and_crlf() {
    let doc = annotate(MIXED).unwrap();
    assert_invariants(MIXED, &doc);
    let quote = &doc.quotes[0];
    assert!(
        quote.speaker.is_some() && quote.cue.is_some() && quote.entity.is_some(),
        "{quote:?}"
    );
    assert!(doc.mentions.len() >= 4 && doc.figures.len() >= 2, "{doc:?}");
}

#[test]
fn json_has_the_contract_field_names_and_integer_values() {
    let json = serde_json::to_value(annotate(MIXED).unwrap()).unwrap();
    for family in ["mentions", "entities", "quotes", "figures"] {
        assert!(json[family].is_array(), "{family}");
    }
    let money = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "money")
        .unwrap();
    assert_eq!(money["text"], "US$34 million");
    assert_eq!(money["value"].to_string(), "34000000");
    assert_eq!(money["currency"], "USD");
    let quote = &json["quotes"][0];
    for field in ["start", "end", "text", "kind", "speaker", "entity", "cue"] {
        assert!(quote.get(field).is_some(), "quote field {field}");
    }
    let mention = &json["mentions"][0];
    for field in ["start", "end", "text", "kind", "entity"] {
        assert!(mention.get(field).is_some(), "mention field {field}");
    }
}

#[test]
fn a_claim_is_written_as_the_contract_names_it_and_left_out_when_plain() {
    let json = serde_json::to_value(
        annotate("Sales rose 5% to about $34 million, more than 1,000 units.").unwrap(),
    )
    .unwrap();
    let changes: Vec<(String, Option<String>)> = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f.get("change").map(|c| c.as_str().unwrap().to_string()),
            )
        })
        .collect();
    let want = [
        ("5%", Some("up")),
        ("about $34 million", Some("~")),
        ("more than 1,000", Some(">")),
    ];
    let want: Vec<(String, Option<String>)> = want
        .iter()
        .map(|(t, c)| (t.to_string(), c.map(str::to_string)))
        .collect();
    assert_eq!(changes, want);
    let plain = serde_json::to_value(annotate("It cost $5.").unwrap()).unwrap();
    assert!(
        plain["figures"][0].get("change").is_none(),
        "a plain figure has no change"
    );
}

#[test]
fn empty_and_blank_texts_give_empty_documents() {
    for text in ["", " ", "\r\n\r\n", "\u{0}"] {
        assert_eq!(annotate(text).unwrap(), Document::default(), "{text:?}");
    }
}

#[test]
fn text_over_the_limit_is_a_clear_error() {
    let text = "a".repeat(article_annotator::MAX_INPUT_BYTES + 1);
    let error = annotate(&text).unwrap_err();
    assert!(error.is_too_large());
    assert!(error.to_string().contains("limit"), "{error}");
}

#[test]
fn article_date_must_be_iso() {
    let annotator = Annotator::new().unwrap();
    let bad = Options {
        date: Some("24/04/2019".into()),
        ..Options::default()
    };
    assert!(annotator
        .annotate_with("On Tuesday.", &bad)
        .unwrap_err()
        .is_bad_date());
    let no_such_day = Options {
        date: Some("2019-02-30".into()),
        ..Options::default()
    };
    assert!(annotator
        .annotate_with("On Tuesday.", &no_such_day)
        .unwrap_err()
        .is_bad_date());
    let good = Options {
        date: Some("2019-04-24".into()),
        ..Options::default()
    };
    assert!(annotator.annotate_with("On Tuesday.", &good).is_ok());
}
