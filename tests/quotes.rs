//! Quotations and who said them (issue 4): tables of small texts written for these tests,
//! each row named after the behaviour it checks.

#[path = "common/invariants.rs"]
mod invariants;

#[path = "common/table.rs"]
mod table;

use article_annotator::{Annotator, Document, QuoteKind};
use invariants::{annotate, assert_invariants};
use table::Failures;

/// One expected quotation: its text, kind and speaker text (`None`: no speaker).
type Expected = (&'static str, QuoteKind, Option<&'static str>);

/// One row: a name saying what happens, the text, and every quotation expected in it.
struct Case {
    name: &'static str,
    text: &'static str,
    quotes: &'static [Expected],
}

const D: QuoteKind = QuoteKind::Direct;
const P: QuoteKind = QuoteKind::Partial;

const CASES: &[Case] = &[
    Case {
        name: "speaker after the quote, name before the verb",
        text: "“The bridge will open in May,” Maria Lopez said.",
        quotes: &[("“The bridge will open in May,”", D, Some("Maria Lopez"))],
    },
    Case {
        name: "speaker after the quote, verb before the name",
        text: "“We expect delays,” said Tomas Varga, the city engineer.",
        quotes: &[("“We expect delays,”", D, Some("Tomas Varga"))],
    },
    Case {
        name: "speaker before the quote with a colon",
        text: "Helen Park told reporters: “Nobody was hurt.”",
        quotes: &[("“Nobody was hurt.”", D, Some("Helen Park"))],
    },
    Case {
        name: "according to names the speaker",
        text: "According to Omar Said, “the talks went well.”",
        quotes: &[("“the talks went well.”", D, Some("Omar Said"))],
    },
    Case {
        name: "a description speaks",
        text: "“Prices will rise,” the central bank governor warned on Monday.",
        quotes: &[("“Prices will rise,”", D, Some("the central bank governor"))],
    },
    Case {
        name: "a description with a name in apposition: the name speaks",
        text: "Its chief executive, Nora Vik, said: “We will hire 200 people.”",
        quotes: &[("“We will hire 200 people.”", D, Some("Nora Vik"))],
    },
    Case {
        name: "a name in apposition after the verb speaks, without the full stop",
        text: "“Sales fell,” said the company’s chairman, Ola Lund.",
        quotes: &[("“Sales fell,”", D, Some("Ola Lund"))],
    },
    Case {
        name: "a description after a name stays an aside",
        text: "Ruth Amos, a senator, said: “No deal.”",
        quotes: &[("“No deal.”", D, Some("Ruth Amos"))],
    },
    Case {
        name: "a description keeps its place name",
        text: "“The roads are closed,” a police official in Bergen said.",
        quotes: &[(
            "“The roads are closed,”",
            D,
            Some("a police official in Bergen"),
        )],
    },
    Case {
        name: "paragraphs run together keep both quotations",
        text: "\"We won today,\" Ada Moss said. \"It was hard. \"Next year will be harder.\"",
        quotes: &[
            ("\"We won today,\"", D, Some("Ada Moss")),
            ("\"It was hard.", D, Some("Ada Moss")),
            ("\"Next year will be harder.\"", D, Some("Ada Moss")),
        ],
    },
    Case {
        name: "wrote in a statement is a cue",
        text: "“We regret the error,” the newspaper wrote in a statement.",
        quotes: &[("“We regret the error,”", D, Some("the newspaper"))],
    },
    Case {
        name: "an interrupted utterance gives two pieces with one speaker",
        text: "“We will,” Ivan Petrov said, “win the vote.”",
        quotes: &[
            ("“We will,”", D, Some("Ivan Petrov")),
            ("“win the vote.”", D, Some("Ivan Petrov")),
        ],
    },
    Case {
        name: "a second piece after the attribution sentence keeps the speaker",
        text: "“The plan is sound,” said Nadia Holm. “It only needs money.”",
        quotes: &[
            ("“The plan is sound,”", D, Some("Nadia Holm")),
            ("“It only needs money.”", D, Some("Nadia Holm")),
        ],
    },
    Case {
        name: "asides between the name and the verb are skipped",
        text: "“It is unfair,” Rep. Paula Grant (D-Ore.), a member of the panel, said on Friday.",
        quotes: &[("“It is unfair,”", D, Some("Rep. Paula Grant"))],
    },
    Case {
        name: "straight double marks and a pronoun",
        text: "Lena Fox left early. \"I am tired,\" she said.",
        quotes: &[("\"I am tired,\"", D, Some("she"))],
    },
    Case {
        name: "guillemets quote",
        text: "«Nous restons,» Claire Martin said.",
        quotes: &[("«Nous restons,»", D, Some("Claire Martin"))],
    },
    Case {
        name: "single marks quote but apostrophes do not",
        text: "Sam Reed’s band, popular in the ’90s, was ‘finished for good,’ Reed’s manager said.",
        quotes: &[("‘finished for good,’", P, Some("Reed’s manager"))],
    },
    Case {
        name: "a nested quote stays inside its quotation",
        text: "“They told us ‘wait,’ and we waited,” Ana Silva said.",
        quotes: &[(
            "“They told us ‘wait,’ and we waited,”",
            D,
            Some("Ana Silva"),
        )],
    },
    Case {
        name: "a quote over two paragraphs opens each and closes once",
        text: "Jon Berg said:\n\n“The first part.\n\n“The second part.”\n\nThe meeting ended.",
        quotes: &[(
            "“The first part.\n\n“The second part.”",
            D,
            Some("Jon Berg"),
        )],
    },
    Case {
        name: "a continuing paragraph takes the speaker of the quote before it",
        text: "“We lost,” Karin Dahl said.\n\n“Next year we will be back.”",
        quotes: &[
            ("“We lost,”", D, Some("Karin Dahl")),
            ("“Next year we will be back.”", D, Some("Karin Dahl")),
        ],
    },
    Case {
        name: "a partial quote takes the reporting clause's speaker",
        text: "Victor Hale added that the union would try to “reach a fair deal for every worker”.",
        quotes: &[(
            "“reach a fair deal for every worker”",
            P,
            Some("Victor Hale"),
        )],
    },
    Case {
        name: "a partial quote in nested reported speech takes the main clause's speaker",
        text: "Lena Ortiz says she thinks the budget is “a total mess” this year.",
        quotes: &[("“a total mess”", P, Some("Lena Ortiz"))],
    },
    Case {
        name: "a fragment set off by a comma takes the attribution after it",
        text: "The budget is “a total mess,” Lena Ortiz said.",
        quotes: &[("“a total mess,”", P, Some("Lena Ortiz"))],
    },
    Case {
        name: "titles of works and scare quotes are not quotations",
        text: "She appeared on “Good Morning Britain” to discuss the “reforms” in detail.",
        quotes: &[],
    },
    Case {
        name: "an unbalanced mark does not swallow the next paragraph",
        text: "“This mark never closes.\n\nLater, “we are ready,” Mia Novak said.",
        quotes: &[("“we are ready,”", D, Some("Mia Novak"))],
    },
    Case {
        name: "a noun that looks like a cue is not one",
        text: "“Turnout was high,” the state report showed.",
        quotes: &[("“Turnout was high,”", D, None)],
    },
    Case {
        name: "a participle cue takes the subject of its sentence",
        text: "In a speech, Paul Weber criticised the plan, saying, “It will fail.”",
        quotes: &[("“It will fail.”", D, Some("Paul Weber"))],
    },
];

fn found(doc: &Document) -> Vec<(String, QuoteKind, Option<String>)> {
    doc.quotes
        .iter()
        .map(|q| {
            (
                q.text.clone(),
                q.kind,
                q.speaker.as_ref().map(|s| s.text.clone()),
            )
        })
        .collect()
}

#[test]
fn quotation_table() {
    let mut failures = Failures::default();
    for case in CASES {
        let got = found(&annotate(case.text));
        let want: Vec<_> = case
            .quotes
            .iter()
            .map(|&(t, k, s)| (t.to_string(), k, s.map(str::to_string)))
            .collect();
        failures.compare(case.name, case.text, &want, &got, got == want);
    }
    failures.assert_none();
}

#[test]
fn spans_are_utf16_slices_of_the_input() {
    let text = "Émile 👋 said: “Ça va ✨ bien.”";
    let doc = annotate(text);
    assert_eq!(doc.quotes.len(), 1);
    assert!(doc.quotes[0].speaker.is_some() && doc.quotes[0].cue.is_some());
}

/// An article in the shape of a news report: three quotations, spoken through a pronoun, a
/// partial quote and a plain attribution, each resolved to its person.
#[test]
fn article_quotes_resolve_to_their_speakers() {
    let text = "Prime Minister Elena Sorensen arrives in Lisbon for talks with Rui Costa\n\n\
        Prime Minister Elena Sorensen arrived in Lisbon on Monday for a summit with President Rui Costa.\n\n\
        Earlier, at a stop in Madrid, Sorensen told Spanish radio she was hoping for useful talks with Costa.\n\n\
        “I hope that we can agree on concrete steps for the fishing fleets,” she said through an interpreter.\n\n\
        Government adviser Pedro Alves told reporters the talks on Tuesday would focus on fishing quotas.\n\n\
        Alves added that Portugal would try to help “create the conditions for a lasting agreement on the quotas”.\n\n\
        Marta Nunes, a professor at the University of Porto, said the summit mattered to both leaders.\n\n\
        “For Portugal, the summit confirms its place as a major fishing nation,” Nunes said.\n";
    let doc = annotate(text);
    let got: Vec<(QuoteKind, String, Option<String>)> = doc
        .quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_ref().map_or(String::new(), |s| s.text.clone());
            (
                q.kind,
                speaker,
                q.entity.map(|e| doc.entities[e].name.clone()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (D, "she".to_string(), Some("Elena Sorensen".to_string())),
            (P, "Alves".to_string(), Some("Pedro Alves".to_string())),
            (D, "Nunes".to_string(), Some("Marta Nunes".to_string())),
        ]
    );
    assert_eq!(doc.quotes[0].cue.as_ref().unwrap().text, "said");
}

#[test]
fn descriptions_and_pronouns_resolve_to_the_person_they_stand_for() {
    let text = "Foreign policy adviser Ivan Markov met the press on Monday. Later, Sara Lind, a professor at \
        the state university, spoke.\n\n“The talks went well,” the adviser said.\n\n“They did not,” the professor said.\n\n\
        “We will see,” she added.";
    let doc = annotate(text);
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| {
            (
                q.speaker.as_ref().unwrap().text.as_str(),
                q.entity.map(|e| doc.entities[e].name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("the adviser", Some("Ivan Markov")),
            ("the professor", Some("Sara Lind")),
            ("she", Some("Sara Lind"))
        ]
    );
}

#[test]
fn a_pronoun_skips_a_person_titled_with_the_other_gender() {
    let doc = annotate(
        "Mrs. Vera Holm met Mr. Karl Berg in Oslo. Berg spoke first.\n\n“We agree,” she said.",
    );
    let quote = &doc.quotes[0];
    assert_eq!(quote.speaker.as_ref().unwrap().text, "she");
    assert_eq!(doc.entities[quote.entity.unwrap()].name, "Vera Holm");
}

#[test]
fn many_marks_stay_linear_and_never_panic() {
    let mut text = String::from("“");
    text.push_str(&"word ".repeat(50_000));
    text.push_str(&"“a” ‘b’ \"c\" « ’ ” ".repeat(20_000));
    let start = std::time::Instant::now();
    let doc = annotate(&text);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    assert!(doc.quotes.iter().all(|q| q.end - q.start < 100));
}

#[test]
fn many_quotes_after_other_speakers_stay_linear() {
    let text = format!(
        "“A start,” Ann Lee said. {}",
        "Bob Stone left early. “We are here now and then.” ".repeat(20_000)
    );
    let start = std::time::Instant::now();
    let doc = annotate(&text);
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    assert_eq!(doc.quotes.len(), 20_001);
}

#[test]
fn odd_inputs_never_panic() {
    for text in [
        "",
        "“",
        "”",
        "\"",
        "“”",
        "‘’",
        "said",
        "“a,” said",
        "“a,” —",
        "“a” ―",
        ", said “",
        "(“x”)",
        "“x,” said (",
        "“x,” Roe, said",
    ] {
        annotate(text);
    }
}

/// Indirect speech, asked for through the options: each row is a text and its one reported
/// clause with the speaker.
const INDIRECT: &[(&str, &str, &str, &str)] = &[
    (
        "verb then clause",
        "Kremlin adviser Oleg Sidorov told reporters the summit would focus on trade.",
        "the summit would focus on trade",
        "Kremlin adviser Oleg Sidorov",
    ),
    (
        "that opens the clause",
        "She said on Monday that the plan was a good one.",
        "the plan was a good one",
        "She",
    ),
    (
        "attribution closes the sentence",
        "The talks will be difficult, Sidorov said on Tuesday.",
        "The talks will be difficult",
        "Sidorov",
    ),
    (
        "according to opens the sentence",
        "According to the ministry, the rules will change next year.",
        "the rules will change next year",
        "the ministry",
    ),
];

#[test]
fn indirect_speech_is_reported_only_when_asked() {
    let annotator = Annotator::new().unwrap();
    let options = article_annotator::Options {
        indirect: true,
        ..Default::default()
    };
    for &(name, text, clause, speaker) in INDIRECT {
        assert!(
            annotator.annotate(text).unwrap().quotes.is_empty(),
            "{name}: off by default"
        );
        let doc = annotator.annotate_with(text, &options).unwrap();
        assert_invariants(text, &doc);
        let got: Vec<_> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.text.as_str(),
                    q.speaker.as_ref().map(|s| s.text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(QuoteKind::Indirect, clause, Some(speaker))],
            "{name}"
        );
    }
}

#[test]
fn quoted_sentences_are_not_also_indirect() {
    let options = article_annotator::Options {
        indirect: true,
        ..Default::default()
    };
    let doc = Annotator::new()
        .unwrap()
        .annotate_with(
            "Ana Silva said the vote “was rigged from the start”.",
            &options,
        )
        .unwrap();
    let kinds: Vec<_> = doc.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Partial]);
}
