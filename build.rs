//! Hashes the large word lists of `src/data/` (places, nationalities, first names, and the
//! words the names features flag) into the gazetteer table the crate embeds, so that building
//! an annotator reads the table where it lies instead of hashing the lists each time.
//!
//! The table (`$OUT_DIR/gazetteer.bin`): for each of the 2^[`BUCKET_BITS`] buckets, the number
//! of its records (one byte); then the records in bucket order, each a hash's 16-bit key
//! (little-endian) and its [`bits`].

use std::collections::BTreeMap;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/wordhash.rs"]
mod wordhash;

use wordhash::{bits, bucket_and_key, lower_hash, phrase, BUCKET_BITS};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/wordhash.rs");
    let mut table: BTreeMap<(usize, u16), u8> = BTreeMap::new();
    let mut add = |hash: u64, bit: u8| *table.entry(bucket_and_key(hash)).or_default() |= bit;
    for (file, bit) in [("countries.tsv", bits::PLACE), ("places.tsv", bits::PLACE), ("demonyms.tsv", bits::DEMONYM)] {
        for row in rows(&read(file)) {
            let name = row.split('\t').next().unwrap_or_default();
            phrase(name, |hash, whole| add(hash, if whole { bit } else { bits::PREFIX }));
        }
    }
    for row in rows(&read("first_names.tsv")) {
        let (name, gender) = row.split_once('\t').unwrap_or((&row, ""));
        let bit = match gender {
            "m" => bits::MEN_S_NAME,
            "f" => bits::WOMEN_S_NAME,
            _ => bits::NAME,
        };
        add(lower_hash(name), bit);
    }
    let words = [
        ("titles.txt", bits::TITLE),
        ("organization_words.txt", bits::ORGANIZATION_WORD),
        ("function_words.txt", bits::FUNCTION_WORD),
    ];
    for (file, bit) in words {
        for row in rows(&read(file)) {
            for word in row.split_whitespace() {
                add(lower_hash(word), bit);
            }
        }
    }

    assert!(table.len() <= usize::from(u16::MAX), "the gazetteer table holds at most 65,535 records (src/buckets.rs)");
    let mut counts = vec![0u8; 1 << BUCKET_BITS];
    let mut records = Vec::with_capacity(table.len() * 3);
    for (&(bucket, key), &bits) in &table {
        counts[bucket] = counts[bucket].checked_add(1).expect("at most 255 records in a bucket");
        records.extend(key.to_le_bytes());
        records.push(bits);
    }
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("gazetteer.bin");
    std::fs::write(out, [counts, records].concat()).expect("OUT_DIR is writable");
}

/// The text of `src/data/{file}`, which cargo is told to watch.
fn read(file: &str) -> String {
    let path = format!("src/data/{file}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The lines of a data file that are neither blank nor `#` comments.
fn rows(data: &str) -> Vec<String> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}
