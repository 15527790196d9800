//! Replays every saved fuzz input, `fuzz/regressions` (inputs that once crashed) and
//! `fuzz/seeds`, through what the fuzz target does with an input (`common/fuzz_input.rs`):
//! annotated whole and with the options its first bytes give, no panic, every invariant kept.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/fuzz_input.rs"]
mod fuzz_input;
#[path = "common/invariants.rs"]
mod invariants;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Every input file under `dir` and its subfolders; the READMEs that describe them are not.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(inputs(&path));
        } else if path.extension().is_none_or(|x| x != "md") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn every_saved_fuzz_input_keeps_the_contract() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut failed = Vec::new();
    for dir in ["regressions", "seeds"] {
        let files = inputs(&root.join(dir));
        assert!(!files.is_empty(), "no inputs in fuzz/{dir}");
        for file in files {
            let data = std::fs::read(&file).unwrap();
            if catch_unwind(AssertUnwindSafe(|| fuzz_input::check(&data))).is_err() {
                failed.push(file.display().to_string());
            }
        }
    }
    assert!(failed.is_empty(), "inputs that fail: {failed:#?}");
}
