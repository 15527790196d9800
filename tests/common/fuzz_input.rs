//! What the fuzz target `annotate` does with one input, shared by the target
//! (`fuzz/fuzz_targets/annotate.rs`) and the replay of saved inputs under `cargo test`
//! (`tests/fuzz_regressions.rs`); include it by path after `invariants.rs`.
//!
//! Any bytes, read as lossy UTF-8, are annotated twice: whole with [`annotate`], then split
//! into [`Options`] (their first bytes) and a text (the rest) for [`Annotator::annotate_with`].
//! Neither call may panic, and every document must keep the contract's invariants.

use std::sync::OnceLock;

use article_annotator::{annotate, Annotator, Options, MAX_INPUT_BYTES};

use crate::invariants::assert_invariants;

/// Annotates `data` both ways; panics on any broken promise.
pub fn check(data: &[u8]) {
    let whole = String::from_utf8_lossy(data);
    match annotate(&whole) {
        Ok(doc) => assert_invariants(&whole, &doc),
        Err(e) => assert!(
            whole.len() > MAX_INPUT_BYTES,
            "annotate refused {} bytes: {e}",
            whole.len()
        ),
    }

    let (options, expected, rest) = split_options(data);
    let text = String::from_utf8_lossy(rest);
    let expected = if text.len() > MAX_INPUT_BYTES {
        Expect::Err
    } else {
        expected
    };
    match annotator().annotate_with(&text, &options) {
        Ok(doc) => {
            assert!(
                expected != Expect::Err,
                "annotate_with accepted {options:?}"
            );
            assert_invariants(&text, &doc);
        }
        Err(e) => assert!(
            expected != Expect::Ok,
            "annotate_with refused {options:?}: {e}"
        ),
    }
}

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
            let date = format!(
                "{:04}-{:02}-{:02}",
                1900 + u32::from(y),
                1 + m % 12,
                1 + d % 28
            );
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
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
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
