//! The Python API: the `Annotator` class of the `article_annotator` module. Only conversions
//! live here, as in the crate's `src/wasm.rs`; every decision is the core's.
//!
//! Offsets: Python indexes strings by code point, so the core counts offsets in code points
//! (`Annotator::annotate_in` with `OffsetUnit::CodePoints`). A `str` holding lone surrogates (`"\ud800"`, which UTF-8 cannot carry) is read with each
//! of them as U+FFFD, one code point for one, so its offsets still index the caller's `str`,
//! and the texts of its spans are sliced from it.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use annotator::{Change, Document, Error, Figure, OffsetUnit, Options};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PySlice, PyString};
use pyo3::{intern, IntoPyObjectExt};

/// Annotates texts: names, quotations with their speakers, and figures with their values.
#[pyclass(frozen, name = "Annotator", module = "article_annotator")]
struct Annotator {
    native: annotator::Annotator,
}

#[pymethods]
impl Annotator {
    #[new]
    fn new() -> PyResult<Annotator> {
        let native =
            annotator::Annotator::new().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
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
        let doc = py
            .detach(|| guarded(&self.native, &input, &options))
            .map_err(Failure::into_py)?;
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
            None => vec![
                Options {
                    date: None,
                    indirect
                };
                texts.len()
            ],
            Some(dates) if dates.is_none() => vec![
                Options {
                    date: None,
                    indirect
                };
                texts.len()
            ],
            Some(dates) => {
                let dates: Vec<Option<String>> = dates
                    .try_iter()
                    .map_err(|_| {
                        PyTypeError::new_err(
                            "annotate_many: dates must be None or an iterable of str or None",
                        )
                    })?
                    .enumerate()
                    .map(|(i, d)| {
                        d?.extract().map_err(|_| {
                            PyTypeError::new_err(format!(
                                "annotate_many: dates[{i}] must be a str or None"
                            ))
                        })
                    })
                    .collect::<PyResult<_>>()?;
                if dates.len() != texts.len() {
                    return Err(PyValueError::new_err(format!(
                        "annotate_many: {} dates for {} texts",
                        dates.len(),
                        texts.len()
                    )));
                }
                dates
                    .into_iter()
                    .map(|date| Options { date, indirect })
                    .collect()
            }
        };
        let utf8: Vec<Cow<'_, str>> = texts.iter().map(read).collect::<PyResult<_>>()?;
        let inputs: Vec<Text<'_, 'py>> = texts
            .iter()
            .zip(&utf8)
            .map(|(original, utf8)| Text { original, utf8 })
            .collect();
        let out = in_parallel(py, &self.native, &inputs, &options)?;
        PyList::new(py, out)
    }
}

/// Annotates news articles: names, quotations with their speakers, and figures with values.
/// Offsets are Python string indices (code points).
#[pymodule]
#[pyo3(name = "article_annotator")]
fn article_annotator_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Annotator>()?;
    m.add("MAX_INPUT_BYTES", annotator::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

/// Why a text got no document.
enum Failure {
    /// The core's error: a ValueError with its message.
    Core(Error),
    /// A panic in the core, a bug: a RuntimeError, as the CLI reports an internal error,
    /// rather than PyO3's PanicException, which `except Exception` does not catch.
    Panic(String),
}

impl Failure {
    fn into_py(self) -> PyErr {
        match self {
            Failure::Core(e) => PyValueError::new_err(e.to_string()),
            Failure::Panic(why) => {
                PyRuntimeError::new_err(format!("internal error while annotating this text: {why}"))
            }
        }
    }
}

/// The core's document of `text`, a panic caught.
fn guarded(
    annotator: &annotator::Annotator,
    text: &str,
    options: &Options,
) -> Result<Document, Failure> {
    let annotate = || annotator.annotate_in(text, options, OffsetUnit::CodePoints);
    match panic::catch_unwind(AssertUnwindSafe(annotate)) {
        Ok(result) => result.map_err(Failure::Core),
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned());
            Err(Failure::Panic(why.unwrap_or_else(|| "a panic".to_string())))
        }
    }
}

/// `value` as a `str`, or a TypeError naming `what`.
fn as_str<'py>(value: &Bound<'py, PyAny>, what: &str) -> PyResult<Bound<'py, PyString>> {
    value.cast::<PyString>().cloned().map_err(|_| {
        let type_name = value
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
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
    let chars = units
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
    Ok(Cow::Owned(
        chars
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect(),
    ))
}

/// One text of `annotate_many`: the caller's `str` and the core's reading of it.
struct Text<'a, 'py> {
    original: &'a Bound<'py, PyString>,
    utf8: &'a Cow<'a, str>,
}

/// Annotates `texts` on every core, each worker thread taking the next text not yet taken,
/// while this thread turns the documents done into Python objects (which needs the GIL, and
/// so one thread): the conversion overlaps the annotating. The GIL is released whenever this
/// thread waits. Stops at the first error (or signal, such as Ctrl-C), after the texts
/// already taken.
fn in_parallel<'py>(
    py: Python<'py>,
    annotator: &annotator::Annotator,
    texts: &[Text<'_, 'py>],
    options: &[Options],
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(texts.len());
    if workers <= 1 {
        let each = |(t, o): (&Text<'_, 'py>, &Options)| {
            let doc = py
                .detach(|| guarded(annotator, t.utf8, o))
                .map_err(Failure::into_py)?;
            to_python(py, t.original, t.utf8, &doc)
        };
        return texts
            .iter()
            .zip(options)
            .enumerate()
            .map(|(i, t)| each(t).map_err(|e| at(py, i, e)))
            .collect();
    }
    let utf8: Vec<&str> = texts.iter().map(|t| t.utf8.as_ref()).collect();
    let (next, stop) = (AtomicUsize::new(0), AtomicBool::new(false));
    let mut done: Vec<Option<Bound<'py, PyDict>>> = vec![None; texts.len()];
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel();
        let mut receiver = Some(receiver);
        for _ in 0..workers {
            let (sender, next, stop, utf8) = (sender.clone(), &next, &stop, &utf8);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= utf8.len() || stop.load(Ordering::Relaxed) {
                    break;
                }
                if sender
                    .send((i, guarded(annotator, utf8[i], &options[i])))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(sender);
        let mut convert = || -> PyResult<()> {
            // The first text that failed: once one has, no text is taken after those taken,
            // and every text before it has been (they are taken in order), so the smallest
            // index among the failures received is the first of all.
            let mut failed: Option<(usize, Failure)> = None;
            for _ in 0..texts.len() {
                let Some((i, doc)) = receive(py, &mut receiver) else {
                    break;
                };
                py.check_signals()?;
                match doc {
                    Ok(doc) if failed.is_none() => {
                        done[i] = Some(to_python(py, texts[i].original, texts[i].utf8, &doc)?)
                    }
                    Ok(_) => {}
                    Err(e) => {
                        stop.store(true, Ordering::Relaxed);
                        if failed.as_ref().is_none_or(|(j, _)| i < *j) {
                            failed = Some((i, e));
                        }
                    }
                }
            }
            match failed {
                Some((i, e)) => Err(at(py, i, e.into_py())),
                None if done.iter().any(Option::is_none) => Err(PyRuntimeError::new_err(
                    "annotate_many: a worker thread stopped",
                )),
                None => Ok(()),
            }
        };
        let result = convert();
        stop.store(true, Ordering::Relaxed);
        result
    })?;
    Ok(done.into_iter().flatten().collect())
}

/// The next message on `receiver`, waiting with the GIL released if there is none yet; None
/// once every sender is gone.
fn receive<T: Send>(py: Python<'_>, receiver: &mut Option<mpsc::Receiver<T>>) -> Option<T> {
    let waiting = receiver.take()?;
    if let Ok(got) = waiting.try_recv() {
        *receiver = Some(waiting);
        return Some(got);
    }
    let (waiting, got) = py.detach(move || {
        let got = waiting.recv();
        (waiting, got)
    });
    *receiver = Some(waiting);
    got.ok()
}

/// `error` as raised for `texts[i]`: its message prefixed with `texts[i]: `.
fn at(py: Python<'_>, i: usize, error: PyErr) -> PyErr {
    let message = format!("texts[{i}]: {}", error.value(py));
    if error.is_instance_of::<PyTypeError>(py) {
        PyTypeError::new_err(message)
    } else if error.is_instance_of::<PyValueError>(py) {
        PyValueError::new_err(message)
    } else if error.is_instance_of::<PyRuntimeError>(py) {
        PyRuntimeError::new_err(message)
    } else {
        error
    }
}

/// Builds the document's dicts and lists, with code-point offsets.
struct Builder<'py, 'a> {
    py: Python<'py>,
    original: &'a Bound<'py, PyString>,
    /// Whether the core read a copy of `original` (lone surrogates as U+FFFD): the spans'
    /// texts are then sliced from `original`.
    copied: bool,
}

impl<'py> Builder<'py, '_> {
    /// A dict of `start`, `end` and `text`, the start of every span's.
    fn span(&self, start: usize, end: usize, text: &str) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let dict = PyDict::new(py);
        dict.set_item(intern!(py, "start"), start)?;
        dict.set_item(intern!(py, "end"), end)?;
        if self.copied {
            dict.set_item(
                intern!(py, "text"),
                self.original
                    .get_item(PySlice::new(py, start as isize, end as isize, 1))?,
            )?;
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
}

/// The contract's names of kinds ("person", "money") as interned `str`s, each made once a
/// document, on first use.
struct KindNames<'py>(Vec<(&'static str, Bound<'py, PyString>)>);

impl<'py> KindNames<'py> {
    fn new() -> Self {
        KindNames(Vec::new())
    }

    /// The `str` of a kind's `name` (its `as_str()`).
    fn of(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        if let Some((_, s)) = self.0.iter().find(|(n, _)| *n == name) {
            return s.clone();
        }
        let s = PyString::intern(py, name);
        self.0.push((name, s.clone()));
        s
    }
}

/// `doc`, found in `input` (the core's reading of `original`), as the contract's dicts.
// The `Cow` itself is read: whether the core had to copy the text decides how spans are sliced.
#[allow(clippy::ptr_arg)]
fn to_python<'py>(
    py: Python<'py>,
    original: &Bound<'py, PyString>,
    input: &Cow<'_, str>,
    doc: &Document,
) -> PyResult<Bound<'py, PyDict>> {
    let b = Builder {
        py,
        original,
        copied: matches!(input, Cow::Owned(_)),
    };
    let mut kinds = KindNames::new();
    let mentions = PyList::empty(py);
    for m in &doc.mentions {
        let dict = b.span(m.start, m.end, &m.text)?;
        dict.set_item(intern!(py, "kind"), kinds.of(py, m.kind.as_str()))?;
        dict.set_item(intern!(py, "entity"), m.entity)?;
        mentions.append(dict)?;
    }
    let entities = PyList::empty(py);
    for e in &doc.entities {
        let dict = PyDict::new(py);
        dict.set_item(intern!(py, "id"), e.id)?;
        dict.set_item(intern!(py, "kind"), kinds.of(py, e.kind.as_str()))?;
        dict.set_item(intern!(py, "name"), &e.name)?;
        dict.set_item(intern!(py, "mentions"), PyList::new(py, &e.mentions)?)?;
        entities.append(dict)?;
    }
    let quotes = PyList::empty(py);
    for q in &doc.quotes {
        let dict = b.span(q.start, q.end, &q.text)?;
        dict.set_item(intern!(py, "kind"), kinds.of(py, q.kind.as_str()))?;
        dict.set_item(intern!(py, "speaker"), b.optional_span(&q.speaker)?)?;
        dict.set_item(intern!(py, "entity"), q.entity)?;
        dict.set_item(intern!(py, "cue"), b.optional_span(&q.cue)?)?;
        quotes.append(dict)?;
    }
    let figures = PyList::empty(py);
    for f in &doc.figures {
        let dict = b.span(f.start, f.end, &f.text)?;
        dict.set_item(intern!(py, "kind"), kinds.of(py, f.kind.as_str()))?;
        dict.set_item(intern!(py, "value"), value(py, f)?)?;
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
/// `None` when unknown.
fn value<'py>(py: Python<'py>, figure: &Figure) -> PyResult<Bound<'py, PyAny>> {
    match (figure.integer_value(), figure.value) {
        (Some(whole), _) => whole.into_bound_py_any(py),
        (None, Some(v)) => v.into_bound_py_any(py),
        (None, None) => Ok(py.None().into_bound(py)),
    }
}
