// The cases of the wasm suites, included by `wasm_node.rs` and `wasm_browser.rs` (after
// `invariants.rs`) so that both engines run the same checks through the JavaScript boundary.
// Every document made here is read back and checked with the invariant checker all tests share.

use article_annotator::wasm::{annotate, JsAnnotator};
use article_annotator::Document;
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::invariants::assert_invariants;

/// An article with emoji, CJK, curly quotes, combining marks and CRLF line ends.
const MIXED: &str = "Tokyo 😀 东京 — José\u{301} Ramos visited.\r\n\r\n“We lost US$34 million 😀,” Kim Jong-un said.\r\nProfits rose 5 per cent in Seoul.";

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("a property")
}

fn items(doc: &JsValue, family: &str) -> Vec<JsValue> {
    Array::from(&get(doc, family)).iter().collect()
}

/// The JavaScript document of `text`, which must keep the contract's invariants.
fn annotate_ok(text: &str) -> JsValue {
    let doc = annotate(&text.into(), None).map_err(JsValue::from).expect("annotates");
    assert_invariants(text, &read_back(&doc));
    doc
}

/// The JavaScript document read back as the core's type; kinds and fields that are not the
/// contract's fail here.
fn read_back(doc: &JsValue) -> Document {
    serde_wasm_bindgen::from_value(doc.clone()).expect("the document has the contract's shape")
}

#[wasm_bindgen_test]
fn offsets_slice_in_javascript_across_emoji_cjk_marks_and_crlf() {
    let doc = read_back(&annotate_ok(MIXED));
    assert_invariants(MIXED, &doc);
    let quote = &doc.quotes[0];
    assert!(quote.speaker.is_some() && quote.cue.is_some() && quote.entity.is_some(), "{quote:?}");
    assert!(doc.mentions.len() >= 4 && doc.figures.len() >= 2, "{doc:?}");
}

#[wasm_bindgen_test]
fn money_crosses_the_boundary_with_value_and_currency() {
    let doc = annotate_ok(MIXED);
    let money = items(&doc, "figures").into_iter().find(|f| get(f, "kind") == "money").expect("money");
    assert_eq!(get(&money, "text"), "US$34 million");
    assert_eq!(get(&money, "value").as_f64(), Some(34_000_000.0));
    assert_eq!(get(&money, "currency"), "USD");
    let percent = items(&doc, "figures").into_iter().find(|f| get(f, "kind") == "percent").expect("percent");
    assert_eq!(get(&percent, "value").as_f64(), Some(5.0));
}

#[wasm_bindgen_test]
fn quote_has_speaker_cue_and_entity() {
    let doc = annotate_ok(MIXED);
    let quote = items(&doc, "quotes").pop().expect("a quote");
    assert_eq!(get(&quote, "kind"), "direct");
    assert_eq!(get(&get(&quote, "speaker"), "text"), "Kim Jong-un");
    assert_eq!(get(&get(&quote, "cue"), "text"), "said");
    let entity = get(&quote, "entity").as_f64().expect("an entity index") as u32;
    let person = Array::from(&get(&doc, "entities")).get(entity);
    assert_eq!(get(&person, "name"), "Kim Jong-un");
    assert_eq!(get(&person, "kind"), "person");
}

#[wasm_bindgen_test]
fn empty_text_gives_empty_arrays() {
    let doc = annotate_ok("");
    for family in ["mentions", "entities", "quotes", "figures"] {
        assert_eq!(Array::from(&get(&doc, family)).length(), 0, "{family}");
    }
}

#[wasm_bindgen_test]
fn annotator_class_reuses_its_tables_and_takes_options() {
    let annotator = JsAnnotator::new().map_err(JsValue::from).expect("builds");
    let options = js_sys::Object::new();
    Reflect::set(&options, &"date".into(), &"2019-04-24".into()).unwrap();
    let text = JsString::from("Profits rose 5%.");
    let first = annotator.annotate(&text, Some(options.unchecked_into())).map_err(JsValue::from).unwrap();
    let second = annotator.annotate(&text, None).map_err(JsValue::from).unwrap();
    assert_invariants("Profits rose 5%.", &read_back(&first));
    assert_eq!(js_sys::JSON::stringify(&first).unwrap(), js_sys::JSON::stringify(&second).unwrap());
}

#[wasm_bindgen_test]
fn bad_options_become_an_error_with_a_message() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"date".into(), &"next Tuesday".into()).unwrap();
    let error = annotate(&"text".into(), Some(options.unchecked_into())).map_err(JsValue::from).expect_err("rejects the date");
    let message = get(&error, "message").as_string().unwrap();
    assert!(message.contains("YYYY-MM-DD"), "{message}");
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_an_error_with_a_message() {
    let error = annotate(JsValue::from(42).unchecked_ref(), None).map_err(JsValue::from).expect_err("rejects a number");
    let message = get(&error, "message").as_string().unwrap();
    assert!(message.contains("must be a string"), "{message}");
}

/// Every kind of annotation and every optional field of a figure.
const EVERY_FIELD: &str = "“Trade fell to US$34 million,” Artyom Lukin, a Russian analyst at Far Eastern \
    Federal University, said in Vladivostok on Tuesday. Exports rose 5 per cent, or 2 percentage points, \
    to 500 tonnes in two months; the 3rd deal of 2019 cost 1.5 billion yen at 10:30 a.m. He said \
    “nothing” would change, and Lukin added that the talks were “a step”. “It is over,” an official said.";

#[wasm_bindgen_test]
fn javascript_objects_match_the_json_of_the_core() {
    for (text, date) in [(MIXED, None), (EVERY_FIELD, Some("2019-04-24")), ("", None)] {
        let options = js_sys::Object::new();
        if let Some(date) = date {
            Reflect::set(&options, &"date".into(), &date.into()).unwrap();
        }
        let doc = annotate(&text.into(), Some(options.unchecked_into())).map_err(JsValue::from).unwrap();
        assert_invariants(text, &read_back(&doc));
        let settings = article_annotator::Options { date: date.map(String::from), indirect: false };
        let native = article_annotator::Annotator::new().unwrap().annotate_with(text, &settings).unwrap();
        let json = js_sys::JSON::parse(&serde_json::to_string(&native).unwrap()).unwrap();
        assert_eq!(js_sys::JSON::stringify(&doc).unwrap(), js_sys::JSON::stringify(&json).unwrap(), "{text}");
    }
    let options = js_sys::Object::new();
    Reflect::set(&options, &"date".into(), &"2019-04-24".into()).unwrap();
    let doc = annotate(&EVERY_FIELD.into(), Some(options.unchecked_into())).map_err(JsValue::from).unwrap();
    let figures = items(&doc, "figures");
    for field in ["currency", "unit", "date"] {
        assert!(figures.iter().any(|f| Reflect::has(f, &field.into()).unwrap()), "some figure has a {field}");
    }
    assert!(figures.iter().any(|f| !Reflect::has(f, &"currency".into()).unwrap()), "absent fields are left out");
}
