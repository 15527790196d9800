//! Table tests' failure reporting: every row is checked, and the failing ones are reported
//! together, each with its name, its text, what it wanted and what it got.

use std::fmt::Debug;

/// The failing rows of one table.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    /// Records row `name` on `text` as failing unless `same`, showing `want` and `got`.
    pub fn compare<W: Debug + ?Sized, G: Debug + ?Sized>(
        &mut self,
        name: &str,
        text: &str,
        want: &W,
        got: &G,
        same: bool,
    ) {
        if !same {
            self.0.push(format!(
                "{name}: {text:?}\n    want {want:?}\n    got  {got:?}"
            ));
        }
    }

    /// Panics listing every failing row, if there is one.
    pub fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "{} failing:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}
