//! Turns word lists into the tables the crate embeds, so that nothing is parsed or hashed when
//! an annotator is built or first used:
//!
//! - the large lists of `src/data/` (places, nationalities, first names, and the words the
//!   names features flag) into the gazetteer table;
//! - the currency names of ISO 4217 (the `iso_currency` crate) with `currency_words.tsv` into
//!   the currency words of the figures pass (`$OUT_DIR/currency_words.tsv`), and the names of
//!   the countries that use each currency a sign may stand for (`$OUT_DIR/currency_cues.tsv`),
//!   and the codes themselves with their minor units (`$OUT_DIR/currency_codes.tsv`).
//!
//! - the word clusters (`word_clusters.tsv`) into the clusters table;
//! - every other list of `src/data/` into a copy without its comments and blank lines
//!   (`$OUT_DIR/data/`), which is what the crate embeds: the comments document the files, and
//!   the download need not carry them.
//!
//! The table (`$OUT_DIR/gazetteer.bin`): for each of the 2^[`BUCKET_BITS`] buckets, the number
//! of its records (one byte); then the records in bucket order, each a hash's 16-bit key
//! (little-endian) and its [`bits`].
//!
//! The clusters table (`$OUT_DIR/word_clusters.bin`): for each of the
//! 2^[`CLUSTER_BUCKET_BITS`] buckets, the number of its words (one byte); then each word's
//! 8-bit key, in bucket order; then each word's cluster, in the same order. Keys and clusters apart, since gzip packs each better alone.

use std::collections::BTreeMap;
use std::path::Path;

use iso_currency::{Currency, IntoEnumIterator};

#[allow(dead_code)]
#[path = "src/wordhash.rs"]
mod wordhash;

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;

use data::rows;
use wordhash::{
    bits, bucket_and_key, cluster_bucket_and_key, lower_hash, phrase, BUCKET_BITS,
    CLUSTER_BUCKET_BITS,
};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/wordhash.rs");
    println!("cargo:rerun-if-changed=src/data.rs");
    write_gazetteer();
    write_word_clusters();
    write_currency_words();
    write_currency_cues();
    write_currency_codes();
    write_lists();
}

/// The lists of `src/data/` that the crate reads only through the tables this script writes.
const TABLED: [&str; 5] = [
    "countries.tsv",
    "places.tsv",
    "demonyms.tsv",
    "first_names.tsv",
    "word_clusters.tsv",
];

/// Writes a copy of each other `.txt` and `.tsv` file of `src/data/` (not [`TABLED`]) to
/// `$OUT_DIR/data/`, with only its rows ([`rows`]).
fn write_lists() {
    println!("cargo:rerun-if-changed=src/data");
    let dir = out_file("data");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    let entries = std::fs::read_dir("src/data").expect("src/data is readable");
    for entry in entries.map(|e| e.expect("src/data is readable")) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if (name.ends_with(".txt") || name.ends_with(".tsv")) && !TABLED.contains(&name.as_str()) {
            let text: String = rows(&read(&name)).flat_map(|row| [row, "\n"]).collect();
            std::fs::write(dir.join(&name), text).expect("OUT_DIR is writable");
        }
    }
}

/// Writes `$OUT_DIR/gazetteer.bin`.
fn write_gazetteer() {
    let mut table: BTreeMap<(usize, u16), u8> = BTreeMap::new();
    let mut add = |hash: u64, bit: u8| *table.entry(bucket_and_key(hash)).or_default() |= bit;
    for (file, bit) in [
        ("countries.tsv", bits::PLACE),
        ("places.tsv", bits::PLACE),
        ("demonyms.tsv", bits::DEMONYM),
    ] {
        for row in rows(&read(file)) {
            let name = row.split('\t').next().unwrap_or_default();
            phrase(name, |hash, whole| {
                add(hash, if whole { bit } else { bits::PREFIX })
            });
        }
    }
    for row in rows(&read("first_names.tsv")) {
        let (name, gender) = row.split_once('\t').unwrap_or((row, ""));
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

    let counts = bucket_counts(table.keys().map(|&(bucket, _)| bucket), BUCKET_BITS);
    let mut records = Vec::with_capacity(table.len() * 3);
    for (&(_, key), &bits) in &table {
        records.extend(key.to_le_bytes());
        records.push(bits);
    }
    std::fs::write(out_file("gazetteer.bin"), [counts, records].concat())
        .expect("OUT_DIR is writable");
}

/// Writes `$OUT_DIR/word_clusters.bin`. Of two words with the same bucket and key, the first
/// (the more frequent) keeps its place.
fn write_word_clusters() {
    let mut table: BTreeMap<(usize, u8), u8> = BTreeMap::new();
    for row in rows(&read("word_clusters.tsv")) {
        let (word, cluster) = row.split_once('\t').expect("word<TAB>cluster");
        let cluster = cluster.parse().expect("a cluster is a number below 256");
        table
            .entry(cluster_bucket_and_key(lower_hash(word)))
            .or_insert(cluster);
    }
    let counts = bucket_counts(table.keys().map(|&(bucket, _)| bucket), CLUSTER_BUCKET_BITS);
    let keys = table.keys().map(|&(_, key)| key);
    let clusters = table.values().copied();
    let bytes: Vec<u8> = counts.into_iter().chain(keys).chain(clusters).collect();
    std::fs::write(out_file("word_clusters.bin"), bytes).expect("OUT_DIR is writable");
}

/// The number of records in each of the 2^`bits` buckets of a table (`src/buckets.rs`), given
/// the bucket of each record: at most 255 a bucket and 65,535 in all.
fn bucket_counts(buckets: impl Iterator<Item = usize>, bits: u32) -> Vec<u8> {
    let mut counts = vec![0u8; 1 << bits];
    let mut total = 0usize;
    for bucket in buckets {
        counts[bucket] = counts[bucket]
            .checked_add(1)
            .expect("at most 255 records in a bucket");
        total += 1;
    }
    assert!(
        total <= usize::from(u16::MAX),
        "a table holds at most 65,535 records (src/buckets.rs)"
    );
    counts
}

/// Writes `$OUT_DIR/currency_words.tsv`: `word<TAB>ISO codes or -<TAB>minor unit or -<TAB>alone
/// or -`, one row a word, sorted. Every ISO 4217 name ("swiss franc") and its last word where that names
/// one currency only ("ringgit"), then the rows of `currency_words.tsv`, which win.
fn write_currency_words() {
    let mut names: BTreeMap<String, (Option<&str>, Option<String>)> = BTreeMap::new();
    let mut last_words: BTreeMap<String, Option<&str>> = BTreeMap::new();
    for c in Currency::iter() {
        if c.is_fund() || c.is_special() || c.is_superseded().is_some() {
            continue;
        }
        let name = c.name().to_lowercase();
        let name = name.split('(').next().unwrap_or("").trim().to_string();
        let code = Some(c.code());
        for variant in name.split('/') {
            let full = if variant.contains(' ') {
                variant.to_string()
            } else {
                // "Swedish krona/kronor": the second form is the last word alone.
                let head = name.rsplit_once(' ').map_or("", |(h, _)| h);
                if head.is_empty() {
                    variant.to_string()
                } else {
                    format!("{head} {variant}")
                }
            };
            let full = full.split('/').next().unwrap_or("").to_string();
            if let Some(last) = full.rsplit(' ').next() {
                last_words
                    .entry(last.to_string())
                    .and_modify(|seen| {
                        if *seen != code {
                            *seen = None
                        }
                    })
                    .or_insert(code);
            }
            names.entry(full).or_insert((code, None));
        }
    }
    for (word, code) in last_words {
        if code.is_some() {
            names.entry(word).or_insert((code, None));
        }
    }
    // A name of several words ("singapore dollar") is money standing alone; one word only
    // where `currency_words.tsv` says so.
    let mut names: BTreeMap<String, (String, Option<String>, bool)> = names
        .into_iter()
        .map(|(word, (code, minor))| {
            let alone = word.contains(' ') && minor.is_none();
            (word, (code.unwrap_or("-").to_string(), minor, alone))
        })
        .collect();
    for row in rows(&read("currency_words.tsv")) {
        let columns: Vec<&str> = row.split('\t').collect();
        let minor = columns.get(2).filter(|&&m| m != "-").map(|m| m.to_string());
        let alone = columns.get(3) == Some(&"alone") || columns[0].contains(' ') && minor.is_none();
        match columns.get(1).copied().unwrap_or("-") {
            "x" => names.remove(columns[0]),
            codes => names.insert(columns[0].to_string(), (checked_codes(codes), minor, alone)),
        };
    }
    let table: String = names
        .iter()
        .map(|(word, (codes, minor, alone))| {
            format!(
                "{word}\t{codes}\t{}\t{}\n",
                minor.as_deref().unwrap_or("-"),
                if *alone { "alone" } else { "-" }
            )
        })
        .collect();
    std::fs::write(out_file("currency_words.tsv"), table).expect("OUT_DIR is writable");
}

/// `codes` ("INR|PKR", "-|ZAR", "USD") with every code checked against ISO 4217.
fn checked_codes(codes: &str) -> String {
    for (n, code) in codes.split('|').enumerate() {
        assert!(
            n == 0 && code == "-" || Currency::from_code(code).is_some(),
            "{code} is no ISO 4217 code"
        );
    }
    codes.to_string()
}

/// Writes `$OUT_DIR/currency_cues.tsv`: `name<TAB>code`, the lower-case names of the countries
/// (and their peoples) that use each currency a sign or word may stand for when it stands
/// for several ("Rs": India, Pakistan, Sri Lanka…), so that an article naming Pakistan reads
/// "Rs" as PKR.
fn write_currency_cues() {
    let mut codes: Vec<String> = Vec::new();
    for file in ["currency_signs.tsv", "currency_words.tsv"] {
        for row in rows(&read(file)) {
            let column = row.split('\t').nth(1).unwrap_or("");
            if column.contains('|') {
                codes.extend(column.split('|').filter(|&c| c != "-").map(str::to_string));
            }
        }
    }
    let mut cues = BTreeMap::new();
    for code in codes {
        let Some(currency) = Currency::from_code(&code) else {
            continue;
        };
        let countries: Vec<String> = currency.used_by().iter().map(|c| c.to_string()).collect();
        for file in ["countries.tsv", "demonyms.tsv"] {
            for row in rows(&read(file)) {
                let (name, country) = row.split_once('\t').unwrap_or((row, ""));
                if countries.iter().any(|c| c == country) && name.is_ascii() {
                    cues.entry(name.to_ascii_lowercase())
                        .or_insert_with(|| code.clone());
                }
            }
        }
    }
    // The figures pass reads names of up to three words, and a name that holds a shorter one
    // ("republic of the philippines") is found by that one.
    let holds_shorter = |name: &str, code: &str| {
        let words: Vec<&str> = name.split(' ').collect();
        (1..words.len()).any(|n| {
            words
                .windows(n)
                .any(|w| cues.get(&w.join(" ")).is_some_and(|c| c == code))
        })
    };
    let table: String = cues
        .iter()
        .filter(|(name, code)| name.split(' ').count() <= 3 && !holds_shorter(name, code))
        .map(|(name, code)| format!("{name}\t{code}\n"))
        .collect();
    std::fs::write(out_file("currency_cues.tsv"), table).expect("OUT_DIR is writable");
}

/// Writes `$OUT_DIR/currency_codes.tsv`: every ISO 4217 code with its minor-unit exponent (or
/// `-`), so that the crate reads codes from a small table instead of linking the currency
/// crate's names and symbols into the WebAssembly module.
fn write_currency_codes() {
    let table: String = Currency::iter()
        .map(|c| {
            format!(
                "{}\t{}\n",
                c.code(),
                c.exponent().map_or("-".to_string(), |e| e.to_string())
            )
        })
        .collect();
    std::fs::write(out_file("currency_codes.tsv"), table).expect("OUT_DIR is writable");
}

/// The path of `name` in the directory cargo gives build output.
fn out_file(name: &str) -> std::path::PathBuf {
    Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(name)
}

/// The text of `src/data/{file}`, which cargo is told to watch.
fn read(file: &str) -> String {
    let path = format!("src/data/{file}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
