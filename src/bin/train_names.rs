//! `train_names`: trains the names tagger and writes `src/data/names.model`.
//!
//! ```text
//! cargo run --release --features train --bin train_names -- \
//!     ../shared/data/conll2003_train.jsonl ../shared/data/worldwide_train.jsonl \
//!     ../shared/data/conll2003_dev.jsonl src/data/names.model
//! ```
//!
//! Single-threaded and deterministic: the same data and word lists give the same model.

use std::process::ExitCode;

use article_annotator::training::{train, Settings};

fn main() -> ExitCode {
    let mut settings = Settings::default();
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value =
            |args: &mut dyn Iterator<Item = String>| args.next().and_then(|v| v.parse().ok());
        match arg.as_str() {
            "--epochs" => settings.epochs = value(&mut args).unwrap_or(settings.epochs),
            "--min-count" => {
                settings.min_count =
                    value(&mut args).map_or(settings.min_count, |v: usize| v as u32)
            }
            "--max-features" => {
                settings.max_features = value(&mut args).unwrap_or(settings.max_features)
            }
            "--capitals-every" => {
                settings.capitals_every = value(&mut args).unwrap_or(settings.capitals_every)
            }
            "--levels" => {
                settings.levels =
                    value(&mut args).map_or(settings.levels, |v: usize| v.min(127) as u8)
            }
            "--retrain-epochs" => {
                settings.retrain_epochs = value(&mut args).unwrap_or(settings.retrain_epochs)
            }
            "--seed" => settings.seed = value(&mut args).map_or(settings.seed, |v: usize| v as u64),
            _ => paths.push(arg),
        }
    }
    let ([train_paths @ .., dev_path, out_path], false) = (paths.as_slice(), paths.len() < 3)
    else {
        eprintln!("usage: train_names [--epochs N] [--min-count N] [--max-features N] [--capitals-every N] [--levels N] [--retrain-epochs N] [--seed N] TRAIN.jsonl... DEV.jsonl OUT.model");
        return ExitCode::FAILURE;
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let result = train_paths
        .iter()
        .map(|p| read(p))
        .collect::<Result<Vec<_>, _>>()
        .and_then(|t| Ok((t.join("\n"), read(dev_path)?)))
        .and_then(|(t, d)| train(&t, &d, &settings))
        .and_then(|(model, log)| {
            std::fs::write(out_path, &model).map_err(|e| format!("{out_path}: {e}"))?;
            Ok(log)
        });
    match result {
        Ok(log) => {
            print!("{log}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("train_names: {e}");
            ExitCode::FAILURE
        }
    }
}
