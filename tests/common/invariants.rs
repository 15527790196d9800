//! The contract's invariants (docs/CONTRACT.md), checked on any document: the one checker the
//! property tests, contract tests, tables, wasm suites, fuzz target and fuzz replay share.
//!
//! Include it by path (`#[path = "common/invariants.rs"] mod invariants;`); it needs only the
//! crate's public types, so the fuzz target includes it too.

use article_annotator::{Annotator, Document};

/// The annotation of `text` with the default options, which must keep every invariant: how the
/// names and quotes tables annotate.
// Not every suite that includes this file annotates plain text.
#[allow(dead_code)]
pub fn annotate(text: &str) -> Document {
    let doc = Annotator::new()
        .expect("the embedded models load")
        .annotate(text)
        .expect("the text is annotated");
    assert_invariants(text, &doc);
    doc
}

/// Panics, saying which, unless `doc`, the annotation of `input`, keeps every invariant:
///
/// - every mention, figure, quote, speaker and cue span has `start < end <=` the input's
///   length in UTF-16 code units, splits no surrogate pair, and its `text` is that slice;
/// - every array is sorted by `start`, and mentions never overlap;
/// - entity ids are their indexes; each entity lists its mentions in order, at least one,
///   each pointing back to it, of its kind, one of them written as its `name`; each
///   mention's entity lists it; a quote's entity is an entity and comes with a speaker;
/// - every figure value is finite or null, a currency is an ISO 4217 code (three capitals),
///   and `date` / `date_end` are real ISO 8601 years, months or days, `date_end` only with
///   a `date` and never before it.
pub fn assert_invariants(input: &str, doc: &Document) {
    let units: Vec<u16> = input.encode_utf16().collect();
    let span = |what: &str, start: usize, end: usize, text: &str| {
        assert!(
            start < end && end <= units.len(),
            "{what} span {start}..{end} empty or outside 0..{}",
            units.len()
        );
        let slice = String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("{what} span {start}..{end} splits a surrogate pair"));
        assert_eq!(
            slice, text,
            "{what} text is not the input's slice {start}..{end}"
        );
    };

    for (i, m) in doc.mentions.iter().enumerate() {
        span("mention", m.start, m.end, &m.text);
        if let Some(e) = m.entity {
            assert!(
                doc.entities.get(e).is_some_and(|e| e.mentions.contains(&i)),
                "mention {i} ({:?}) has entity {e}, which does not list it",
                m.text
            );
        }
    }
    assert!(
        doc.mentions.windows(2).all(|w| w[0].end <= w[1].start),
        "mentions unsorted or overlapping"
    );

    for (id, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, id, "entity {id} has id {}", e.id);
        assert!(!e.mentions.is_empty(), "entity {id} has no mentions");
        assert!(
            e.mentions.windows(2).all(|w| w[0] < w[1]),
            "entity {id} lists its mentions out of order: {:?}",
            e.mentions
        );
        for &m in &e.mentions {
            let mention = doc.mentions.get(m).unwrap_or_else(|| {
                panic!("entity {id} lists mention {m} of {}", doc.mentions.len())
            });
            assert_eq!(
                mention.entity,
                Some(id),
                "entity {id} lists mention {m}, which is not its"
            );
            assert_eq!(
                mention.kind, e.kind,
                "entity {id} and its mention {m} differ in kind"
            );
        }
        assert!(
            e.mentions.iter().any(|&m| doc.mentions[m].text == e.name),
            "entity {id}'s name {:?} is none of its mentions",
            e.name
        );
    }

    for q in &doc.quotes {
        span("quote", q.start, q.end, &q.text);
        if let Some(s) = &q.speaker {
            span("speaker", s.start, s.end, &s.text);
        }
        if let Some(c) = &q.cue {
            span("cue", c.start, c.end, &c.text);
        }
        if let Some(e) = q.entity {
            assert!(
                e < doc.entities.len(),
                "quote at {} has entity {e} of {}",
                q.start,
                doc.entities.len()
            );
            assert!(
                q.speaker.is_some(),
                "quote at {} has an entity but no speaker",
                q.start
            );
        }
    }
    assert!(
        doc.quotes.windows(2).all(|w| w[0].start <= w[1].start),
        "quotes unsorted"
    );

    for f in &doc.figures {
        span("figure", f.start, f.end, &f.text);
        assert!(
            f.value.is_none_or(f64::is_finite),
            "figure at {} has value {:?}",
            f.start,
            f.value
        );
        if let Some(c) = &f.currency {
            assert!(
                c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()),
                "figure at {} has currency {c:?}",
                f.start
            );
        }
        for d in [&f.date, &f.date_end].into_iter().flatten() {
            assert!(
                real_date(d),
                "figure {:?} at {} has date {d:?}",
                f.text,
                f.start
            );
        }
        if let Some(last) = &f.date_end {
            let first = f
                .date
                .as_deref()
                .unwrap_or_else(|| panic!("figure at {} has a date_end alone", f.start));
            // compared on the digits both give: a day's range may run to the end of its own
            // month ("2012-02-13".."2012-02"), but never end before it begins
            let n = first.len().min(last.len());
            assert!(
                first[..n] <= last[..n],
                "figure at {} has dates {first}..{last}",
                f.start
            );
        }
    }
    assert!(
        doc.figures.windows(2).all(|w| w[0].start <= w[1].start),
        "figures unsorted"
    );
}

/// Whether `s` is an ISO 8601 year (`YYYY`), month (`YYYY-MM`) or day (`YYYY-MM-DD`) that exists.
pub fn real_date(s: &str) -> bool {
    let part = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let dash = |i: usize| s.as_bytes().get(i) == Some(&b'-');
    let (year, month) = (part(0..4), part(5..7));
    match s.len() {
        4 => year.is_some(),
        7 => year.is_some() && dash(4) && month.is_some_and(|m| (1..=12).contains(&m)),
        10 => {
            let (Some(y), Some(m), Some(d)) = (year, month, part(8..10)) else {
                return false;
            };
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            dash(4) && dash(7) && (1..=days).contains(&d)
        }
        _ => false,
    }
}
