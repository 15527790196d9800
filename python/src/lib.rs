//! The Python API: the `Annotator` class of the `article_annotator` module. Only conversions
//! live here, as in the crate's `src/wasm.rs`; every decision is the core's.
//!
//! Offsets: the core gives UTF-16 code units; Python indexes strings by code point, so each
//! offset loses one for every character outside the Basic Multilingual Plane before it.
//! A `str` holding lone surrogates (`"\ud800"`, which UTF-8 cannot carry) is read with each
//! of them as U+FFFD, one code point for one, so its offsets still index the caller's `str`,
//! and the texts of its spans are sliced from it.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use annotator::{Change, Document, Error, Options};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PySlice, PyString};
use pyo3::{intern, IntoPyObjectExt};
use serde::Serialize;

/// Annotates texts: names, quotations with their speakers, and figures with their values.
#[pyclass(frozen, name = "Annotator", module = "article_annotator")]
struct Annotator {
    native: annotator::Annotator,
}

#[pymethods]
impl Annotator {
    #[new]
    fn new() -> PyResult<Annotator> {
        let native = annotator::Annotator::new().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(Annotator { native })
    }

    /// Annotates one text; the GIL is released while the core runs.
    #[pyo3(signature = (text, date=None, indirect=false))]
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        date: Option<String>,
        indirect: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let text = as_str(text, "text")?;
        let input = read(&text)?;
        let options = Options { date, indirect };
        let doc = py.detach(|| self.native.annotate_with(&input, &options)).map_err(value_error)?;
        to_python(py, &text, &input, &doc)
    }

    /// Annotates many texts on every core, the GIL released; the documents in input order.
    #[pyo3(signature = (texts, dates=None, indirect=false))]
    fn annotate_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        indirect: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let texts: Vec<Bound<'py, PyString>> = texts
            .try_iter()
            .map_err(|_| PyTypeError::new_err("annotate_many: texts must be an iterable of str"))?
            .enumerate()
            .map(|(i, t)| as_str(&t?, &format!("texts[{i}]")))
            .collect::<PyResult<_>>()?;
        let options: Vec<Options> = match dates {
            None => vec![Options { date: None, indirect }; texts.len()],
            Some(dates) if dates.is_none() => vec![Options { date: None, indirect }; texts.len()],
            Some(dates) => {
                let dates: Vec<Option<String>> = dates
                    .try_iter()
                    .map_err(|_| PyTypeError::new_err("annotate_many: dates must be None or an iterable of str or None"))?
                    .enumerate()
                    .map(|(i, d)| {
                        d?.extract().map_err(|_| PyTypeError::new_err(format!("annotate_many: dates[{i}] must be a str or None")))
                    })
                    .collect::<PyResult<_>>()?;
                if dates.len() != texts.len() {
                    return Err(PyValueError::new_err(format!(
                        "annotate_many: {} dates for {} texts",
                        dates.len(),
                        texts.len()
                    )));
                }
                dates.into_iter().map(|date| Options { date, indirect }).collect()
            }
        };
        let inputs: Vec<Cow<'_, str>> = texts.iter().map(read).collect::<PyResult<_>>()?;
        let docs = py.detach(|| in_parallel(&self.native, &inputs, &options));
        let mut out = Vec::with_capacity(docs.len());
        for (i, doc) in docs.into_iter().enumerate() {
            let doc = doc.map_err(|e| PyValueError::new_err(format!("texts[{i}]: {e}")))?;
            out.push(to_python(py, &texts[i], &inputs[i], &doc)?);
        }
        PyList::new(py, out)
    }
}

/// The module: `from article_annotator import Annotator`.
#[pymodule]
#[pyo3(name = "article_annotator")]
fn article_annotator_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Annotator>()?;
    m.add("MAX_INPUT_BYTES", annotator::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

fn value_error(e: Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// `value` as a `str`, or a TypeError naming `what`.
fn as_str<'py>(value: &Bound<'py, PyAny>, what: &str) -> PyResult<Bound<'py, PyString>> {
    value.cast::<PyString>().map(|s| s.clone()).map_err(|_| {
        let type_name = value.get_type().name().map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!("{what} must be a str, not {type_name}"))
    })
}

/// The text the core reads: the `str` itself when it is valid UTF-8; else a copy with each lone
/// surrogate as U+FFFD.
fn read<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    if let Ok(utf8) = text.to_str() {
        return Ok(Cow::Borrowed(utf8));
    }
    let units = text.call_method1(intern!(text.py(), "encode"), ("utf-32-le", "surrogatepass"))?;
    let units = units.cast::<PyBytes>()?.as_bytes();
    let chars = units.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
    Ok(Cow::Owned(chars.map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()))
}

/// Annotates `texts` on every core: each thread takes the next text not yet taken.
fn in_parallel(annotator: &annotator::Annotator, texts: &[Cow<'_, str>], options: &[Options]) -> Vec<Result<Document, Error>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(texts.len());
    if threads <= 1 {
        return texts.iter().zip(options).map(|(t, o)| annotator.annotate_with(t, o)).collect();
    }
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::with_capacity(texts.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= texts.len() {
                        break;
                    }
                    mine.push((i, annotator.annotate_with(&texts[i], &options[i])));
                }
                done.lock().unwrap_or_else(|e| e.into_inner()).append(&mut mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, doc)| doc).collect()
}

/// Code-point offsets of one text from its UTF-16 ones.
struct CodePoints {
    /// The UTF-16 offset of every character outside the BMP (two code units, one code point);
    /// empty when there is none.
    astral: Vec<usize>,
}

impl CodePoints {
    fn new(text: &str) -> CodePoints {
        let mut astral = Vec::new();
        // Only a 4-byte UTF-8 sequence, led by a byte of 0xF0 or more, is outside the BMP.
        if text.bytes().any(|b| b >= 0xF0) {
            let mut unit = 0;
            for c in text.chars() {
                if c.len_utf16() == 2 {
                    astral.push(unit);
                }
                unit += c.len_utf16();
            }
        }
        CodePoints { astral }
    }

    fn of(&self, unit: usize) -> usize {
        unit - self.astral.partition_point(|&a| a < unit)
    }
}

/// Builds the document's dicts and lists, with code-point offsets.
struct Builder<'py, 'a> {
    py: Python<'py>,
    original: &'a Bound<'py, PyString>,
    /// Whether the core read a copy of `original` (lone surrogates as U+FFFD): the spans'
    /// texts are then sliced from `original`.
    copied: bool,
    offsets: CodePoints,
    kinds: Vec<(String, Bound<'py, PyString>)>,
}

impl<'py> Builder<'py, '_> {
    /// A dict of `start`, `end` and `text`, the start of every span's.
    fn span(&self, start: usize, end: usize, text: &str) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let (start, end) = (self.offsets.of(start), self.offsets.of(end));
        let dict = PyDict::new(py);
        dict.set_item(intern!(py, "start"), start)?;
        dict.set_item(intern!(py, "end"), end)?;
        if self.copied {
            dict.set_item(intern!(py, "text"), self.original.get_item(PySlice::new(py, start as isize, end as isize, 1))?)?;
        } else {
            dict.set_item(intern!(py, "text"), text)?;
        }
        Ok(dict)
    }

    fn optional_span(&self, span: &Option<annotator::Span>) -> PyResult<Bound<'py, PyAny>> {
        match span {
            Some(s) => Ok(self.span(s.start, s.end, &s.text)?.into_any()),
            None => Ok(self.py.None().into_bound(self.py)),
        }
    }

    /// The contract's name of a kind ("person", "money"), one `str` per kind.
    fn kind(&mut self, kind: impl Serialize) -> PyResult<Bound<'py, PyString>> {
        let name = match serde_json::to_value(kind) {
            Ok(serde_json::Value::String(name)) => name,
            _ => return Err(PyRuntimeError::new_err("a kind without a name")),
        };
        if let Some((_, s)) = self.kinds.iter().find(|(n, _)| *n == name) {
            return Ok(s.clone());
        }
        let s = PyString::new(self.py, &name);
        self.kinds.push((name, s.clone()));
        Ok(s)
    }
}

/// `doc`, found in `input` (the core's reading of `original`), as the contract's dicts.
fn to_python<'py>(
    py: Python<'py>,
    original: &Bound<'py, PyString>,
    input: &Cow<'_, str>,
    doc: &Document,
) -> PyResult<Bound<'py, PyDict>> {
    let mut b = Builder { py, original, copied: matches!(input, Cow::Owned(_)), offsets: CodePoints::new(input), kinds: Vec::new() };
    let mentions = PyList::empty(py);
    for m in &doc.mentions {
        let dict = b.span(m.start, m.end, &m.text)?;
        dict.set_item(intern!(py, "kind"), b.kind(m.kind)?)?;
        dict.set_item(intern!(py, "entity"), m.entity)?;
        mentions.append(dict)?;
    }
    let entities = PyList::empty(py);
    for e in &doc.entities {
        let dict = PyDict::new(py);
        dict.set_item(intern!(py, "id"), e.id)?;
        dict.set_item(intern!(py, "kind"), b.kind(e.kind)?)?;
        dict.set_item(intern!(py, "name"), &e.name)?;
        dict.set_item(intern!(py, "mentions"), PyList::new(py, &e.mentions)?)?;
        entities.append(dict)?;
    }
    let quotes = PyList::empty(py);
    for q in &doc.quotes {
        let dict = b.span(q.start, q.end, &q.text)?;
        dict.set_item(intern!(py, "kind"), b.kind(q.kind)?)?;
        dict.set_item(intern!(py, "speaker"), b.optional_span(&q.speaker)?)?;
        dict.set_item(intern!(py, "entity"), q.entity)?;
        dict.set_item(intern!(py, "cue"), b.optional_span(&q.cue)?)?;
        quotes.append(dict)?;
    }
    let figures = PyList::empty(py);
    for f in &doc.figures {
        let dict = b.span(f.start, f.end, &f.text)?;
        dict.set_item(intern!(py, "kind"), b.kind(f.kind)?)?;
        dict.set_item(intern!(py, "value"), value(py, f.value)?)?;
        // Absent optional fields are left out, as in the JSON.
        let optional = [
            (intern!(py, "currency"), f.currency.as_deref()),
            (intern!(py, "unit"), f.unit.as_deref()),
            (intern!(py, "date"), f.date.as_deref()),
            (intern!(py, "date_end"), f.date_end.as_deref()),
            (intern!(py, "change"), f.change.map(Change::as_str)),
        ];
        for (key, field) in optional {
            if let Some(field) = field {
                dict.set_item(key, field)?;
            }
        }
        figures.append(dict)?;
    }
    let dict = PyDict::new(py);
    dict.set_item(intern!(py, "mentions"), mentions)?;
    dict.set_item(intern!(py, "entities"), entities)?;
    dict.set_item(intern!(py, "quotes"), quotes)?;
    dict.set_item(intern!(py, "figures"), figures)?;
    Ok(dict)
}

/// A figure's value as the JSON has it: an `int` when whole (below 2^53), else a `float`;
/// `None` when unknown or not finite.
fn value(py: Python<'_>, value: Option<f64>) -> PyResult<Bound<'_, PyAny>> {
    const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0; // 2^53
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < EXACT_INTEGERS => (v as i64).into_bound_py_any(py),
        Some(v) if v.is_finite() => v.into_bound_py_any(py),
        _ => Ok(py.None().into_bound(py)),
    }
}
