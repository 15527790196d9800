//! The fuzz target `annotate`: any bytes must be annotated, whole and split into options and
//! a text, without a panic and keeping every invariant of the contract (`docs/CONTRACT.md`).
//! What it does with an input is `tests/common/fuzz_input.rs`, which `cargo test` also runs
//! on every saved input (`tests/fuzz_regressions.rs`); the invariants are
//! `tests/common/invariants.rs`, the checker every test shares.
#![no_main]

#[path = "../../tests/common/invariants.rs"]
mod invariants;
#[path = "../../tests/common/fuzz_input.rs"]
mod fuzz_input;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| fuzz_input::check(data));
