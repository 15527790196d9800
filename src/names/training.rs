//! Training the names tagger (feature `train`, never in the WebAssembly build): an averaged
//! structured perceptron over the hashed features, decoded with Viterbi, then pruned, learned
//! again with only the features kept, and quantised to 8-bit weights.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;

use crate::lexicon::Lexicon;
use crate::names::features::TokenView;
use crate::names::tagger::{self, Before, Label, Tagger, N};
use crate::text::Tokens;

/// The score of a ruled-out transition.
const NEVER: f32 = -1e30;

/// How to train.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Features seen fewer times than this in training are left out.
    pub min_count: u32,
    /// The most features the model keeps, the strongest first.
    pub max_features: usize,
    /// Every this many training texts, one is also learned in capitals (0: none).
    pub capitals_every: usize,
    /// The number of steps of a weight's code either side of zero: fewer make a smaller
    /// download.
    pub levels: u8,
    /// Passes of learning again from the start with only the features kept, so that they
    /// take up what the others did (0: none).
    pub retrain_epochs: usize,
    /// Where the shuffling of the training sentences starts: another seed measures how much
    /// a score owes to the order of learning.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 14,
            min_count: 5,
            max_features: 13_500,
            capitals_every: 4,
            levels: 31,
            retrain_epochs: 20,
            seed: 0x2545_f491_4f6c_dd1d,
        }
    }
}

/// One text ready for training: its feature rows, gold tags and sentence starts.
struct Example {
    /// Per token, the range of its features in `features`.
    rows: Vec<(u32, u32)>,
    /// Dense feature indexes (`u32::MAX`: unknown).
    features: Vec<u32>,
    gold: Vec<usize>,
    /// Token indexes where sentences start, then the number of tokens.
    cuts: Vec<usize>,
}

/// One text as read: its tokens' feature keys, gold tags and sentence starts.
struct Raw {
    features: Vec<Vec<u32>>,
    gold: Vec<usize>,
    cuts: Vec<usize>,
}

/// The JSON lines of a CoNLL-style file as texts with their gold tags.
///
/// With `capitals_every` = k > 0, every k-th text is also read in capital letters, so that
/// the model learns headlines and shouted text.
fn read(jsonl: &str, lexicon: &Lexicon, capitals_every: usize) -> Result<Vec<Raw>, String> {
    let mut out = Vec::new();
    for (n, line) in jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let doc: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = doc["text"]
            .as_str()
            .ok_or(format!("line {}: no text", n + 1))?;
        let entities = doc["entities"].as_array().map_or(&[][..], Vec::as_slice);
        out.push(example(text, entities, lexicon));
        if capitals_every > 0 && n % capitals_every == 0 {
            let upper = text.to_uppercase();
            // Offsets count characters: only a text that keeps its length keeps its names.
            if upper.chars().count() == text.chars().count() {
                out.push(example(&upper, entities, lexicon));
            }
        }
    }
    Ok(out)
}

/// One text with its gold names (`start`, `end` in characters, `label`) ready to train on.
fn example(text: &str, entities: &[Value], lexicon: &Lexicon) -> Raw {
    let byte_at: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let tokens = Tokens::new(text);
    let mut gold = vec![0usize; tokens.len()];
    for e in entities {
        let at = |k: &str| e[k].as_u64().and_then(|c| byte_at.get(c as usize).copied());
        let (Some(start), Some(end)) = (at("start"), at("end")) else {
            continue;
        };
        let Some(base) = e["label"]
            .as_str()
            .and_then(|label| gold_tag(lexicon, label, &text[start..end]))
        else {
            continue;
        };
        let mut first = true;
        for (i, t) in tokens.tokens.iter().enumerate() {
            if t.start >= start && t.end <= end {
                gold[i] = if first { base } else { base + 1 };
                first = false;
            }
        }
    }
    let view = TokenView::new(&tokens, lexicon);
    let mut features = Vec::with_capacity(tokens.len());
    for i in 0..tokens.len() {
        let mut keys = Vec::new();
        view.features(i, |key| keys.push(key));
        features.push(keys);
    }
    let mut cuts: Vec<usize> = (0..tokens.len())
        .filter(|&i| i == 0 || tokens.tokens[i].sentence_start)
        .collect();
    cuts.push(tokens.len());
    Raw {
        features,
        gold,
        cuts,
    }
}

/// The begin tag of a gold label, in CoNLL-2003's names (PER, ORG, LOC, MISC) or OntoNotes'
/// (PERSON, ORG, GPE, LOC, FAC, NORP, MISC, PRODUCT), for the `name` it marks. The fourth kind
/// is nationalities and groups only: NORP, and the MISC names that are one ("Inuit",
/// "Zairean"); other MISC names (events, works, laws), PRODUCT and labels that are no names
/// (DATE, MONEY) are `None`.
fn gold_tag(lexicon: &Lexicon, label: &str, name: &str) -> Option<usize> {
    match label {
        "PER" | "PERSON" => Some(1),
        "ORG" => Some(3),
        "LOC" | "GPE" | "FAC" => Some(5),
        "NORP" => Some(7),
        "MISC" if names_a_group(lexicon, name) => Some(7),
        _ => None,
    }
}

/// Whether a MISC name is a nationality or group: the word lists know it (or its plural), or
/// its last word has the ending of one ("Zairean", "Kurdish", "Togolese"; "-ic" and "-i" are
/// left out: "Olympic", "Nikkei").
fn names_a_group(lexicon: &Lexicon, name: &str) -> bool {
    let last = name
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or(name);
    let word = last
        .strip_suffix('s')
        .filter(|w| w.ends_with("an"))
        .unwrap_or(last);
    let lower = word.to_lowercase();
    let tokens = Tokens::new(name);
    (tokens.len() > 0 && lexicon.is_demonym_or_plural(&tokens, (0, tokens.len())))
        || (word.chars().count() > 3
            && ["an", "ese", "ish", "ch"]
                .iter()
                .any(|e| lower.ends_with(e)))
}

/// Averaged perceptron weights: current weights and the running sums for averaging.
struct Weights {
    w: Vec<f32>,
    u: Vec<f32>,
    tw: [[f32; N]; N + 1],
    tu: [[f32; N]; N + 1],
    step: f32,
}

impl Weights {
    /// The score of every tag at tokens `from..to` of `ex`, with the current weights.
    fn emissions(&self, ex: &Example, from: usize, to: usize) -> Vec<[f32; N]> {
        (from..to)
            .map(|i| {
                let (a, b) = ex.rows[i];
                let mut s = [0f32; N];
                for &f in &ex.features[a as usize..b as usize] {
                    if f == u32::MAX {
                        continue;
                    }
                    let at = f as usize * N;
                    for (x, w) in s.iter_mut().zip(&self.w[at..at + N]) {
                        *x += w;
                    }
                }
                s
            })
            .collect()
    }

    /// The averaged weights, as current weights with nothing left to average.
    fn averaged(&self) -> Weights {
        let mut tw = self.tw;
        for (row, u) in tw.iter_mut().zip(&self.tu) {
            for (x, y) in row.iter_mut().zip(u) {
                *x -= y / self.step;
            }
        }
        Weights {
            w: self
                .w
                .iter()
                .zip(&self.u)
                .map(|(w, u)| w - u / self.step)
                .collect(),
            u: Vec::new(),
            tw,
            tu: [[0.0; N]; N + 1],
            step: 1.0,
        }
    }

    /// Adds `d` to the weights of `tag` for every feature of token `i`.
    fn update_feature(&mut self, ex: &Example, i: usize, tag: usize, d: f32) {
        let (a, b) = ex.rows[i];
        for &f in &ex.features[a as usize..b as usize] {
            if f != u32::MAX {
                self.w[f as usize * N + tag] += d;
                self.u[f as usize * N + tag] += d * self.step;
            }
        }
    }

    /// Adds `d` to the weight of `to` after `from` (`from` 0: the start).
    fn update_transition(&mut self, from: usize, to: usize, d: f32) {
        self.tw[from][to] += d;
        self.tu[from][to] += d * self.step;
    }
}

/// A tiny deterministic random number generator (xorshift), for shuffling.
struct Rng(u64);

impl Rng {
    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Exact-span counts for PER, ORG and LOC: (true positives, predicted, gold).
fn count_spans(pred: &[usize], gold: &[usize], counts: &mut [(usize, usize, usize); 3]) {
    let keep = |spans: Vec<(usize, usize, Label)>| -> Vec<(usize, usize, usize)> {
        spans
            .into_iter()
            .filter_map(|(a, b, l)| match l {
                Label::Per => Some((a, b, 0)),
                Label::Org => Some((a, b, 1)),
                Label::Loc => Some((a, b, 2)),
                Label::Misc => None,
            })
            .collect()
    };
    let (p, g) = (keep(tagger::spans(pred)), keep(tagger::spans(gold)));
    for s in &p {
        counts[s.2].1 += 1;
        if g.contains(s) {
            counts[s.2].0 += 1;
        }
    }
    for s in &g {
        counts[s.2].2 += 1;
    }
}

/// A line of scores from span counts.
fn report(counts: &[(usize, usize, usize); 3]) -> String {
    let f1 = |(tp, p, g): (usize, usize, usize)| {
        let (pr, re) = (tp as f64 / p.max(1) as f64, tp as f64 / g.max(1) as f64);
        if pr + re == 0.0 {
            0.0
        } else {
            2.0 * pr * re / (pr + re)
        }
    };
    let all = counts
        .iter()
        .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    format!(
        "micro-F1 {:.4} (PER {:.4} ORG {:.4} LOC {:.4})",
        f1(all),
        f1(counts[0]),
        f1(counts[1]),
        f1(counts[2])
    )
}

/// Trains on the JSON lines `train`, reports progress on `dev`, and returns the model file
/// and a report of what was done.
///
/// # Errors
///
/// When a line is not JSON or has no text.
// One piece, though long: its steps (index the features, run the epochs, quantise, score the
// model read back) share the feature index, the weights and the log, and it runs offline,
// once a model, never in the page.
pub fn train(train: &str, dev: &str, settings: &Settings) -> Result<(Vec<u8>, String), String> {
    let mut log = String::new();
    let lexicon = Lexicon::load().map_err(|e| e.to_string())?;
    let raw = read(train, &lexicon, settings.capitals_every)?;
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for r in &raw {
        for &k in r.features.iter().flatten() {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= settings.min_count)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    let index: HashMap<u32, u32> = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    let dense = |raw: Vec<Raw>| -> Vec<Example> {
        raw.into_iter()
            .map(
                |Raw {
                     features,
                     gold,
                     cuts,
                 }| {
                    let mut rows = Vec::with_capacity(features.len());
                    let mut flat = Vec::new();
                    for keys in features {
                        let a = flat.len() as u32;
                        flat.extend(
                            keys.iter()
                                .map(|k| index.get(k).copied().unwrap_or(u32::MAX)),
                        );
                        rows.push((a, flat.len() as u32));
                    }
                    Example {
                        rows,
                        features: flat,
                        gold,
                        cuts,
                    }
                },
            )
            .collect()
    };
    let examples = dense(raw);
    let dev_examples = dense(read(dev, &lexicon, 0)?);
    let _ = writeln!(
        log,
        "{} training texts, {} features seen {}+ times",
        examples.len(),
        keys.len(),
        settings.min_count
    );

    let mut examples = examples;
    let mut averaged = perceptron(
        &examples,
        keys.len(),
        settings.epochs,
        settings.seed,
        &mut log,
    );
    // Score on dev, then prune and quantise.
    let mut dev_counts = [(0, 0, 0); 3];
    for ex in &dev_examples {
        let pred = tagger::viterbi(
            &averaged.emissions(ex, 0, ex.gold.len()),
            &averaged.tw,
            NEVER,
            Before::Start,
            false,
        );
        count_spans(&pred, &ex.gold, &mut dev_counts);
    }
    let _ = writeln!(
        log,
        "dev, float weights, token spans: {}",
        report(&dev_counts)
    );

    let mut codes = Codes::new(&averaged.w, settings);
    let values: Vec<i16> = (-128i32..128)
        .map(|code| {
            let size = (code.unsigned_abs() as f32 / codes.levels).min(1.0);
            (f32::from(tagger::LARGEST_VALUE) * size * size).round() as i16 * code.signum() as i16
        })
        .collect();
    // A feature's strength is its largest code.
    let mut strength: Vec<(u8, usize)> = (0..keys.len())
        .map(|f| (codes.largest_code(&averaged.w[f * N..f * N + N]), f))
        .filter(|&(s, _)| s > 0)
        .collect();
    strength.sort_unstable_by_key(|&(s, f)| (std::cmp::Reverse(s), f));
    strength.truncate(settings.max_features);
    let mut kept: Vec<usize> = strength.into_iter().map(|(_, f)| f).collect();
    if settings.retrain_epochs > 0 {
        // Learn again with only the features kept, so that they take up what the rest did.
        let mut keep = vec![false; keys.len()];
        kept.iter().for_each(|&f| keep[f] = true);
        for f in examples.iter_mut().flat_map(|ex| ex.features.iter_mut()) {
            if *f != u32::MAX && !keep[*f as usize] {
                *f = u32::MAX;
            }
        }
        let _ = writeln!(log, "learning again with the {} kept", kept.len());
        averaged = perceptron(
            &examples,
            keys.len(),
            settings.retrain_epochs,
            settings.seed,
            &mut log,
        );
        codes = Codes::new(&averaged.w, settings);
        kept.retain(|&f| codes.largest_code(&averaged.w[f * N..f * N + N]) > 0);
    }
    kept.sort_unstable_by_key(|&f| keys[f]);
    let kept_keys: Vec<u32> = kept.iter().map(|&f| keys[f]).collect();
    let kept_weights: Vec<i8> = kept
        .iter()
        .flat_map(|&f| averaged.w[f * N..f * N + N].iter().map(|&w| codes.code(w)))
        .collect();
    let (levels, unit) = (codes.levels, codes.unit());
    let mut int_transitions = [[0i32; N]; N + 1];
    for (row, t) in int_transitions.iter_mut().zip(&averaged.tw) {
        for (x, &y) in row.iter_mut().zip(t) {
            *x = (y / unit).round() as i32;
        }
    }
    let bytes = tagger::model_bytes(&kept_keys, &kept_weights, &values, &int_transitions);
    let model = Tagger::from_bytes(&bytes)
        .map_err(|_| "the written model does not read back".to_string())?;
    let _ = writeln!(
        log,
        "kept {} features, {levels} levels, unit {unit:.5}, {} bytes",
        kept_keys.len(),
        bytes.len()
    );

    let mut dev_counts = [(0, 0, 0); 3];
    for line in dev.lines().filter(|l| !l.trim().is_empty()) {
        let one = read(line, &lexicon, 0)?;
        let Some(Raw { gold, .. }) = one.first() else {
            continue;
        };
        let doc: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let tokens = Tokens::new(doc["text"].as_str().unwrap_or_default());
        let pred: Vec<usize> = model
            .tag(&TokenView::new(&tokens, &lexicon))
            .into_iter()
            .map(usize::from)
            .collect();
        count_spans(&pred, gold, &mut dev_counts);
    }
    let _ = writeln!(
        log,
        "dev, quantised model, token spans: {}",
        report(&dev_counts)
    );
    Ok((bytes, log))
}

/// Learns averaged perceptron weights for `n` features from `examples` in `epochs` passes,
/// logging each pass.
fn perceptron(
    examples: &[Example],
    n: usize,
    epochs: usize,
    seed: u64,
    log: &mut String,
) -> Weights {
    let mut weights = Weights {
        w: vec![0.0; n * N],
        u: vec![0.0; n * N],
        tw: [[0.0; N]; N + 1],
        tu: [[0.0; N]; N + 1],
        step: 1.0,
    };
    let mut sentences: Vec<(usize, usize, usize)> = examples
        .iter()
        .enumerate()
        .flat_map(|(d, ex)| ex.cuts.windows(2).map(move |w| (d, w[0], w[1])))
        .collect();
    let mut rng = Rng(seed);
    for epoch in 0..epochs {
        for i in (1..sentences.len()).rev() {
            sentences.swap(i, rng.below(i + 1));
        }
        let mut wrong = 0;
        for &(d, a, b) in &sentences {
            let ex = &examples[d];
            let scores = weights.emissions(ex, a, b);
            let pred = tagger::viterbi(&scores, &weights.tw, NEVER, Before::Start, false);
            let gold = &ex.gold[a..b];
            if pred != gold {
                wrong += 1;
                for (k, (&p, &g)) in pred.iter().zip(gold).enumerate() {
                    if p != g {
                        weights.update_feature(ex, a + k, g, 1.0);
                        weights.update_feature(ex, a + k, p, -1.0);
                    }
                    let (pp, pg) = if k == 0 {
                        (0, 0)
                    } else {
                        (pred[k - 1] + 1, gold[k - 1] + 1)
                    };
                    if (pp, p) != (pg, g) {
                        weights.update_transition(pg, g, 1.0);
                        weights.update_transition(pp, p, -1.0);
                    }
                }
            }
            weights.step += 1.0;
        }
        let _ = writeln!(
            log,
            "epoch {}: {wrong} of {} sentences wrong",
            epoch + 1,
            sentences.len()
        );
    }

    weights.averaged()
}

/// How weights become codes: `levels` steps either side of zero over the square root of a
/// weight's size, the largest code standing for the largest weight. The perceptron's weights
/// are sums of whole updates with a long tail: clamping the few large ones costs far more
/// than rounding, and one linear scale leaves the many small ones few levels.
struct Codes {
    largest: f32,
    levels: f32,
}

impl Codes {
    /// The codes for `weights` with the settings' levels.
    fn new(weights: &[f32], settings: &Settings) -> Codes {
        Codes {
            largest: weights.iter().fold(0f32, |m, w| m.max(w.abs())),
            levels: f32::from(settings.levels.clamp(1, 127)),
        }
    }

    /// The signed code of weight `w`.
    fn code(&self, w: f32) -> i8 {
        let code = if self.largest > 0.0 {
            (self.levels * (w.abs() / self.largest).sqrt())
                .round()
                .min(self.levels)
        } else {
            0.0
        };
        (code * w.signum()) as i8
    }

    /// The largest size of the codes of `weights`.
    fn largest_code(&self, weights: &[f32]) -> u8 {
        weights
            .iter()
            .map(|&w| self.code(w).unsigned_abs())
            .max()
            .unwrap_or(0)
    }

    /// The weight one integer unit of the model stands for.
    fn unit(&self) -> f32 {
        if self.largest > 0.0 {
            self.largest / f32::from(tagger::LARGEST_VALUE)
        } else {
            1.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small written corpus: people and places in short news sentences.
    fn corpus() -> String {
        let docs = [
            (
                "Amara Okonkwo visited Lagos on Monday.",
                [(0, 13, "PER"), (22, 27, "LOC")],
            ),
            (
                "Tomas Reyes flew to Quito last week.",
                [(0, 11, "PER"), (20, 25, "LOC")],
            ),
            (
                "In Nairobi, Wanjiru Kamau spoke to reporters.",
                [(3, 10, "LOC"), (12, 25, "PER")],
            ),
            (
                "Lena Park arrived in Busan by train.",
                [(0, 9, "PER"), (21, 26, "LOC")],
            ),
        ];
        docs.iter()
            .map(|(text, names)| {
                let entities: Vec<Value> = names
                    .iter()
                    .map(|&(start, end, label)| {
                        serde_json::json!({"start": start, "end": end, "label": label})
                    })
                    .collect();
                serde_json::json!({"text": text, "entities": entities}).to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn learning_again_keeps_at_most_the_pruned_features_and_learns_the_names() {
        let settings = Settings {
            epochs: 6,
            min_count: 1,
            max_features: 60,
            capitals_every: 0,
            levels: 31,
            retrain_epochs: 6,
        };
        let text = corpus();
        let (bytes, log) = train(&text, &text, &settings).unwrap();
        assert!(log.contains("learning again with the 60 kept"), "{log}");
        let features = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
        assert!(features > 0 && features <= 60, "{features} features");
        assert!(
            log.contains("dev, quantised model, token spans: micro-F1 1.0000"),
            "{log}"
        );
    }
}
