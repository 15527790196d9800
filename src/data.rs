//! How the data files of `src/data/` are read: lines that are neither blank nor `#`
//! comments, fields split at tabs. Shared by the crate and by `build.rs`, which includes this
//! file (`#[path]`), so that both read a file the same way.

/// The rows of a data file: its lines that are neither blank nor `#` comments, without
/// trailing whitespace.
pub(crate) fn rows(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated fields of each row of a data file.
pub(crate) fn fields(data: &str) -> impl Iterator<Item = Vec<&str>> {
    rows(data).map(|row| row.split('\t').collect())
}

/// The rows of the data file `src/data/$file`, as `build.rs` copies them to `$OUT_DIR/data/`
/// without comments and blank lines: the text the crate embeds.
#[allow(unused_macros)]
macro_rules! data_file {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $file))
    };
}
#[allow(unused_imports)]
pub(crate) use data_file;
