//! Any bytes, read as lossy UTF-8: `annotate` must not panic and must keep every invariant
//! of the contract (`docs/CONTRACT.md`): spans inside the text, `text` equal to the UTF-16 slice,
//! arrays sorted by start, entity indexes that point somewhere and back, finite values.
//!
//! Each input is annotated twice: whole with [`annotate`], then split into [`Options`] (its
//! first bytes) and a text (the rest) for [`Annotator::annotate_with`]. The checks mirror
//! `assert_invariants` in `tests/robustness.rs`.
#![no_main]

use std::sync::OnceLock;

use article_annotator::{annotate, Annotator, Document, Options, MAX_INPUT_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let whole = String::from_utf8_lossy(data);
    match annotate(&whole) {
        Ok(doc) => assert_invariants(&whole, &doc),
        Err(e) => assert!(whole.len() > MAX_INPUT_BYTES, "annotate refused {} bytes: {e}", whole.len()),
    }

    let (options, expected, rest) = split_options(data);
    let text = String::from_utf8_lossy(rest);
    let expected = if text.len() > MAX_INPUT_BYTES { Expect::Err } else { expected };
    match annotator().annotate_with(&text, &options) {
        Ok(doc) => {
            assert!(expected != Expect::Err, "annotate_with accepted {options:?}");
            assert_invariants(&text, &doc);
        }
        Err(e) => assert!(expected != Expect::Ok, "annotate_with refused {options:?}: {e}"),
    }
});

/// One annotator for every run, as a page or server would keep it.
fn annotator() -> &'static Annotator {
    static ANNOTATOR: OnceLock<Annotator> = OnceLock::new();
    ANNOTATOR.get_or_init(|| Annotator::new().expect("annotator builds"))
}

/// What `annotate_with` should answer for the options read from an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The options are valid: a document.
    Ok,
    /// The date is not `YYYY-MM-DD` (or not a month and day at all): an error.
    Err,
    /// Either is acceptable: the 29th to 31st of a month, which may not have that day.
    Either,
}

/// Reads [`Options`] from the first bytes of `data` and returns them with the rest.
///
/// The first byte holds the flags: bit 0 is `indirect`, bits 1–2 how the date is made:
/// `0` none; `1` a real date from the next 3 bytes; `2` a `YYYY-MM-DD` string with month
/// 0–13 and day 0–32 from the next 4 bytes; `3` raw bytes, as many (up to 15) as the next
/// byte says, read lossily.
fn split_options(data: &[u8]) -> (Options, Expect, &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return (Options::default(), Expect::Ok, data);
    };
    let indirect = flags & 1 == 1;
    let (date, expected, rest) = match (flags >> 1) & 3 {
        0 => (None, Expect::Ok, rest),
        1 => {
            let ([y, m, d], rest) = take(rest);
            let date = format!("{:04}-{:02}-{:02}", 1900 + u32::from(y), 1 + m % 12, 1 + d % 28);
            (Some(date), Expect::Ok, rest)
        }
        2 => {
            let ([y0, y1, m, d], rest) = take(rest);
            let year = u16::from_le_bytes([y0, y1]) % 10_000;
            let date = format!("{year:04}-{:02}-{:02}", m % 14, d % 33);
            let expected = expect_for(&date);
            (Some(date), expected, rest)
        }
        _ => {
            let ([n], rest) = take(rest);
            let (raw, rest) = rest.split_at(usize::from(n % 16).min(rest.len()));
            let date = String::from_utf8_lossy(raw).into_owned();
            let expected = expect_for(&date);
            (Some(date), expected, rest)
        }
    };
    (Options { date, indirect }, expected, rest)
}

/// The first `N` bytes of `data` (zeros past its end) and the rest.
fn take<const N: usize>(data: &[u8]) -> ([u8; N], &[u8]) {
    let mut out = [0; N];
    let n = N.min(data.len());
    out[..n].copy_from_slice(&data[..n]);
    (out, &data[n..])
}

/// What `annotate_with` should answer for an article date written `date`.
fn expect_for(date: &str) -> Expect {
    let b = date.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shaped {
        return Expect::Err;
    }
    let (month, day): (u32, u32) = (date[5..7].parse().unwrap(), date[8..10].parse().unwrap());
    match (month, day) {
        (1..=12, 1..=28) => Expect::Ok,
        (1..=12, 29..=31) => Expect::Either,
        _ => Expect::Err,
    }
}

/// Checks every invariant of the contract on `doc`, the annotation of `input`.
fn assert_invariants(input: &str, doc: &Document) {
    let units: Vec<u16> = input.encode_utf16().collect();
    let check = |what: &str, start: usize, end: usize, text: &str| {
        assert!(start <= end && end <= units.len(), "{what} span {start}..{end} outside 0..{}", units.len());
        let slice = String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("{what} span {start}..{end} splits a surrogate pair"));
        assert_eq!(slice, text, "{what} text is not the input's slice {start}..{end}");
    };

    for (i, m) in doc.mentions.iter().enumerate() {
        check("mention", m.start, m.end, &m.text);
        if let Some(e) = m.entity {
            assert!(e < doc.entities.len(), "mention {i} has entity {e} of {}", doc.entities.len());
            assert!(doc.entities[e].mentions.contains(&i), "mention {i} has entity {e}, which does not list it");
        }
    }
    for (id, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, id, "entity {id} has id {}", e.id);
        assert!(!e.mentions.is_empty(), "entity {id} has no mentions");
        for &m in &e.mentions {
            assert!(m < doc.mentions.len(), "entity {id} lists mention {m} of {}", doc.mentions.len());
            let back = doc.mentions[m].entity;
            assert_eq!(back, Some(id), "entity {id} lists mention {m}, whose entity is {back:?}");
        }
    }
    for f in &doc.figures {
        check("figure", f.start, f.end, &f.text);
        assert!(f.value.is_none_or(f64::is_finite), "figure at {} has value {:?}", f.start, f.value);
    }
    for q in &doc.quotes {
        check("quote", q.start, q.end, &q.text);
        if let Some(s) = &q.speaker {
            check("speaker", s.start, s.end, &s.text);
        }
        if let Some(c) = &q.cue {
            check("cue", c.start, c.end, &c.text);
        }
        if let Some(e) = q.entity {
            assert!(e < doc.entities.len(), "quote at {} has entity {e} of {}", q.start, doc.entities.len());
        }
    }
    assert!(doc.mentions.windows(2).all(|w| w[0].start <= w[1].start), "mentions unsorted");
    assert!(doc.quotes.windows(2).all(|w| w[0].start <= w[1].start), "quotes unsorted");
    assert!(doc.figures.windows(2).all(|w| w[0].start <= w[1].start), "figures unsorted");
}
