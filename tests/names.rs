//! The names family (issue 5): mentions of people, organisations, places and nationalities,
//! and how they group into entities. Every text here is written for these tests.

#[path = "common/invariants.rs"]
mod invariants;

use article_annotator::{Annotator, Document, MentionKind};
use invariants::{annotate, assert_invariants};
use MentionKind::{Nationality as N, Organization as O, Person as P, Place as L};

/// A text and the mentions (text, kind) it must contain.
struct MentionTest {
    name: &'static str,
    text: &'static str,
    mentions: &'static [(&'static str, MentionKind)],
}

macro_rules! t {
    ($name:expr, $text:expr, [$(($m:expr, $k:expr)),* $(,)?]) => {
        MentionTest { name: $name, text: $text, mentions: &[$(($m, $k)),*] }
    };
}

const MENTIONS: &[MentionTest] = &[
    t!("a title is not part of the name", "President Emmanuel Macron spoke to reporters in Paris on Monday.",
        [("Emmanuel Macron", P), ("Paris", L)]),
    t!("titles and honorifics before surnames", "Chancellor Olaf Scholz's office said Mr. Scholz would travel to Washington.",
        [("Olaf Scholz", P), ("Scholz", P), ("Washington", L)]),
    t!("a possessive ending is not part of the name", "The storm hit Florida’s coast and Cuba's capital.",
        [("Florida", L), ("Cuba", L)]),
    t!("a hyphenated given name stays whole", "Kim Jong-un arrived by armoured train on Wednesday.",
        [("Kim Jong-un", P)]),
    t!("two people joined by a hyphen are two mentions",
        "Joe Biden met Xi Jinping in Bali. The Biden-Xi talks lasted three hours.",
        [("Joe Biden", P), ("Xi Jinping", P), ("Bali", L), ("Biden", P), ("Xi", P)]),
    t!("nationalities", "Russian and North Korean officials signed the deal.",
        [("Russian", N), ("North Korean", N)]),
    t!("groups are nationalities too", "Democrats and Republicans argued over the budget.",
        [("Democrats", N), ("Republicans", N)]),
    t!("organisations with of", "The UN Security Council and the Bank of England issued statements.",
        [("UN Security Council", O), ("Bank of England", O)]),
    t!("the whole name of an organisation", "Shares in Toyota Motor Corp rose 3 percent, the Tokyo Stock Exchange said.",
        [("Toyota Motor Corp", O), ("Tokyo Stock Exchange", O)]),
    t!("a person, a nationality and an organisation",
        "Angela Merkel, a former German chancellor, said the European Union must act.",
        [("Angela Merkel", P), ("German", N), ("European Union", O)]),
    t!("a dateline runs into the text", "PARIS 2024-05-03 Officials said the museum would reopen.",
        [("PARIS", L)]),
    t!("a byline and a dateline run into the text",
        "Rain delays harvest. Anna Kowalski WARSAW 2024-03-01 Farmers in Poland said the rain would not stop.",
        [("Anna Kowalski", P), ("WARSAW", L), ("Poland", L)]),
    t!("a wire dateline", "BERLIN, March 3 (Reuters) - German Chancellor Olaf Scholz said on Friday the deal was fair.",
        [("BERLIN", L), ("Reuters", O), ("German", N), ("Olaf Scholz", P)]),
    t!("a name never runs over a line break", "Talks in Vladivostok\n\nNorth Korea sent a delegation.",
        [("Vladivostok", L), ("North Korea", L)]),
    t!("a name never runs into the next sentence", "President Vladimir Putin met Kim Jong-un. Putin said he was pleased.",
        [("Vladimir Putin", P), ("Kim Jong-un", P), ("Putin", P)]),
];

#[test]
fn mentions_have_the_right_spans_and_kinds() {
    for test in MENTIONS {
        let doc = annotate(test.text);
        let found: Vec<(&str, MentionKind)> = doc
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.kind))
            .collect();
        for want in test.mentions {
            assert!(
                found.contains(want),
                "{}: wanted {want:?} in {found:?}",
                test.name
            );
        }
    }
}

/// The entity of the mention with text `text` (the first such mention).
fn entity_of<'d>(doc: &'d Document, text: &str) -> &'d article_annotator::Entity {
    let m = doc
        .mentions
        .iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?}"));
    &doc.entities[m.entity.expect("every mention has an entity")]
}

const SUMMIT: &str = "Kim Jong-un crossed into Russia on Wednesday for talks with President Vladimir Putin.\n\n\
    Kim’s armoured train stopped at the border, where Russian officials greeted him. \
    Kim Yong-chol, a senior North Korean official, was not on board.\n\n\
    Putin will host Kim at a university campus near Vladivostok, Kremlin aide Dmitri Volkov said. \
    “The Putin-Kim summit matters,” said Elena Sorokina, a lecturer at Far Eastern Federal University.";

#[test]
fn short_names_join_the_person_named_in_full() {
    let doc = annotate(SUMMIT);
    let kim = entity_of(&doc, "Kim Jong-un");
    assert_eq!((kim.name.as_str(), kim.kind), ("Kim Jong-un", P));
    assert!(
        kim.mentions.len() >= 3,
        "Kim Jong-un, Kim’s, Kim, Kim: {kim:?}"
    );
    let putin = entity_of(&doc, "Putin");
    assert_eq!((putin.name.as_str(), putin.kind), ("Vladimir Putin", P));
}

#[test]
fn two_people_who_share_a_name_stay_apart() {
    let doc = annotate(SUMMIT);
    let other = entity_of(&doc, "Kim Yong-chol");
    assert_eq!(other.name, "Kim Yong-chol");
    assert_eq!(other.mentions.len(), 1);
    assert_ne!(entity_of(&doc, "Kim Jong-un").id, other.id);
}

#[test]
fn the_people_of_an_article() {
    let doc = annotate(SUMMIT);
    let mut people: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == P)
        .map(|e| e.name.as_str())
        .collect();
    people.sort_unstable();
    assert_eq!(
        people,
        [
            "Dmitri Volkov",
            "Elena Sorokina",
            "Kim Jong-un",
            "Kim Yong-chol",
            "Vladimir Putin"
        ]
    );
}

#[test]
fn headlines_in_capitals_still_give_places() {
    let doc = annotate("FLOODS HIT GERMANY AND POLAND AS RIVERS RISE");
    let places: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == L)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(places, ["GERMANY", "POLAND"]);
}

#[test]
fn pathological_inputs_finish_without_panicking() {
    let annotator = Annotator::new().expect("the embedded models load");
    let no_spaces = "Ab".repeat(500_000);
    let capitals = "Alpha Beta Gamma Delta Epsilon ".repeat(4_000);
    let caps = "PRESIDENT KIM MET PUTIN'S AIDE IN VLADIVOSTOK. ".repeat(2_000);
    let hyphens = "A-B-C-".repeat(50_000);
    for text in [
        no_spaces.as_str(),
        capitals.as_str(),
        caps.as_str(),
        hyphens.as_str(),
        "",
        " ",
        "’s",
        "-",
        "Kim-",
    ] {
        assert_invariants(text, &annotator.annotate(text).expect("annotated"));
    }
}

#[test]
fn acronyms_and_short_forms_join_the_organisation() {
    let doc = annotate(
        "The European Union and the United Nations met in Geneva. The EU said the UN would help. \
         Shares in Toyota Motor Corp rose; Toyota said profits doubled.",
    );
    assert_eq!(entity_of(&doc, "EU").name, "European Union");
    assert_eq!(entity_of(&doc, "UN").name, "United Nations");
    assert_eq!(entity_of(&doc, "Toyota").name, "Toyota Motor Corp");
    assert_ne!(entity_of(&doc, "EU").id, entity_of(&doc, "UN").id);
}
