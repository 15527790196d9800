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

/// Breaks one promise in a document; the second argument is the UTF-16 index of an emoji.
type Break = fn(&mut Document, usize);

/// The shared checker itself: `MIXED` passes, and each broken promise, made one at a time,
/// fails it.
#[test]
fn the_invariant_checker_catches_each_broken_promise() {
    let good = annotate(MIXED).unwrap();
    assert_invariants(MIXED, &good);
    let emoji = MIXED.encode_utf16().position(|u| u >= 0xD800).unwrap();
    let breaks: [(&str, Break); 15] = [
        ("a text that is not the slice", |d, _| {
            d.mentions[0].text.push('x')
        }),
        ("an empty span", |d, _| {
            let m = &mut d.mentions[0];
            (m.end, m.text) = (m.start, String::new());
        }),
        ("a span past the end", |d, _| d.figures[0].end = 10_000),
        ("half a surrogate pair", |d, e| {
            let f = &mut d.figures[0];
            (f.start, f.end, f.text) = (e, e + 1, "\u{FFFD}".into());
        }),
        ("overlapping mentions", |d, _| {
            (d.entities, d.quotes) = (Vec::new(), Vec::new());
            d.mentions.iter_mut().for_each(|m| m.entity = None);
            d.mentions[1] = d.mentions[0].clone();
        }),
        ("unsorted figures", |d, _| d.figures.reverse()),
        ("an entity id that is not its index", |d, _| {
            d.entities[0].id = 7
        }),
        ("a mention's entity that is none", |d, _| {
            d.mentions[0].entity = Some(99)
        }),
        ("an entity of another kind than its mention", |d, _| {
            d.entities[0].kind = article_annotator::MentionKind::Nationality;
        }),
        ("an entity named as none of its mentions", |d, _| {
            d.entities[0].name.push('x')
        }),
        ("a value that is not finite", |d, _| {
            d.figures[0].value = Some(f64::INFINITY)
        }),
        ("a currency that is no ISO code", |d, _| {
            d.figures[0].currency = Some("usd".into())
        }),
        ("a day that does not exist", |d, _| {
            d.figures[0].date = Some("2019-02-29".into())
        }),
        ("a range of dates that ends before it begins", |d, _| {
            d.figures[0].date = Some("2019-03-02".into());
            d.figures[0].date_end = Some("2019-02".into())
        }),
        ("a quote's entity without a speaker", |d, _| {
            d.quotes[0].speaker = None
        }),
    ];
    for (what, break_it) in breaks {
        let mut doc = good.clone();
        break_it(&mut doc, emoji);
        let caught = std::panic::catch_unwind(|| assert_invariants(MIXED, &doc));
        assert!(caught.is_err(), "the checker let {what} pass");
    }
}
