//! The figures tables: each row a text and every figure expected in it, where each expected
//! figure names the fields it checks and every field it does not name must be absent.
//!
//! Include it by path after `invariants.rs` and `table.rs`, which it uses.

use std::fmt;

use article_annotator::{Annotator, Change, Figure, FigureKind, Options};

use crate::invariants::assert_invariants;
use crate::table::Failures;

/// One figure: its text, kind and optional fields. A row's figure names its fields with
/// [`want!`]; the fields it leaves out are `None`, and a figure found must have them absent.
#[derive(Clone, Copy)]
pub struct Want<'a> {
    /// The figure as written.
    pub text: &'a str,
    /// What it measures.
    pub kind: FigureKind,
    /// Its value, equal to within 1e-9 of its size.
    pub value: Option<f64>,
    /// Its ISO 4217 currency.
    pub currency: Option<&'a str>,
    /// Its unit.
    pub unit: Option<&'a str>,
    /// Its resolved date.
    pub date: Option<&'a str>,
    /// The last date of its range.
    pub date_end: Option<&'a str>,
    /// Its claim.
    pub change: Option<Change>,
}

impl<'a> Want<'a> {
    /// A figure of `kind` written `text`, with no other field.
    pub const fn new(text: &'a str, kind: FigureKind) -> Want<'a> {
        Want {
            text,
            kind,
            value: None,
            currency: None,
            unit: None,
            date: None,
            date_end: None,
            change: None,
        }
    }

    /// Every field of a figure found.
    fn of(f: &'a Figure) -> Want<'a> {
        Want {
            text: &f.text,
            kind: f.kind,
            value: f.value,
            currency: f.currency.as_deref(),
            unit: f.unit.as_deref(),
            date: f.date.as_deref(),
            date_end: f.date_end.as_deref(),
            change: f.change,
        }
    }
}

impl PartialEq for Want<'_> {
    fn eq(&self, other: &Self) -> bool {
        let value = match (self.value, other.value) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            (a, b) => a.is_none() && b.is_none(),
        };
        value
            && (self.text, self.kind, self.currency, self.unit)
                == (other.text, other.kind, other.currency, other.unit)
            && (self.date, self.date_end, self.change) == (other.date, other.date_end, other.change)
    }
}

/// The text, the kind, and only the fields present.
impl fmt::Debug for Want<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {:?}", self.text, self.kind)?;
        if let Some(v) = self.value {
            write!(f, " value={v}")?;
        }
        let texts = [
            ("currency", self.currency),
            ("unit", self.unit),
            ("date", self.date),
            ("date_end", self.date_end),
            ("change", self.change.map(Change::as_str)),
        ];
        for (field, text) in texts {
            if let Some(text) = text {
                write!(f, " {field}={text:?}")?;
            }
        }
        Ok(())
    }
}

/// `want!("US$34 million", Money, value = 34e6, currency = "USD")`: a [`Want`] of that text
/// and kind with the fields named; every other field must be absent.
macro_rules! want {
    ($text:expr, $kind:ident $(, $field:ident = $v:expr)* $(,)?) => {
        $crate::figure_table::Want {
            $($field: Some($v),)*
            ..$crate::figure_table::Want::new($text, article_annotator::FigureKind::$kind)
        }
    };
}
pub(crate) use want;

/// One row: a name saying what happens, a text, and every figure expected in it, in order.
pub struct Case {
    /// What the row checks.
    pub name: &'static str,
    /// The text annotated.
    pub text: &'static str,
    /// The figures expected, each with its fields.
    pub want: &'static [Want<'static>],
}

/// Annotates each row's text with `options` and compares the figures `keep` selects with
/// the row's, field by field; every document must also keep the contract's invariants.
/// Reports every failing row at once.
pub fn check(cases: &[Case], options: &Options, keep: fn(&Figure) -> bool) {
    let annotator = Annotator::new().unwrap();
    let mut failures = Failures::default();
    for case in cases {
        let doc = annotator.annotate_with(case.text, options).unwrap();
        assert_invariants(case.text, &doc);
        let got: Vec<Want> = doc
            .figures
            .iter()
            .filter(|f| keep(f))
            .map(Want::of)
            .collect();
        failures.compare(case.name, case.text, case.want, &got, got == case.want);
    }
    failures.assert_none();
}
