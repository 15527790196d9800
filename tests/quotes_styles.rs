//! Quoting styles beyond US curly doubles (issue 15): single marks straight and curly,
//! headlines, colons, speakers across sentences, partial quotes. Every text is written for
//! these tests; each row is named after the behaviour it checks, hard negatives included.

use article_annotator::{Annotator, Document, QuoteKind};

/// One expected quotation: its text, kind and speaker text (`None`: no speaker).
type Expected = (&'static str, QuoteKind, Option<&'static str>);

const D: QuoteKind = QuoteKind::Direct;
#[allow(dead_code)]
const P: QuoteKind = QuoteKind::Partial;

/// Rows: name, text, every quotation expected in it.
const CASES: &[(&str, &str, &[Expected])] = &[
    // Single marks that quote.
    ("straight singles, verb after the name", "'There will be no U-turn,' the minister said.", &[("'There will be no U-turn,'", D, Some("the minister"))]),
    ("straight singles, verb before the name", "'We are ready,' said Thandi Mokoena, the party's spokeswoman.", &[("'We are ready,'", D, Some("Thandi Mokoena"))]),
    ("curly singles", "‘The budget is fair,’ Mr Harding told the Commons.", &[("‘The budget is fair,’", D, Some("Mr Harding"))]),
    ("straight singles after a colon", "Ms Okafor told the court: 'I did not sign it.'", &[("'I did not sign it.'", D, Some("Ms Okafor"))]),
    ("two sentences in one paragraph", "'We will appeal,' Dlamini said. 'The ruling is wrong.'", &[("'We will appeal,'", D, Some("Dlamini")), ("'The ruling is wrong.'", D, Some("Dlamini"))]),
    ("a plural possessive inside the quote", "'The workers' party will not back this,' Mr Reilly said.", &[("'The workers' party will not back this,'", D, Some("Mr Reilly"))]),
    ("a double quote nested in singles", "'He told me \"never again\",' she said.", &[("'He told me \"never again\",'", D, Some("she"))]),
    ("an elision inside the quote", "'We can't wait for rock 'n' roll to return,' the promoter said.", &[("'We can't wait for rock 'n' roll to return,'", D, Some("the promoter"))]),
    // Headlines.
    ("headline: name, colon, straight singles", "Mahathir: 'I will not resign'\n\nThe prime minister spoke in Putrajaya.", &[("'I will not resign'", D, Some("Mahathir"))]),
    ("headline: name, verb, colon, curly doubles", "Kenyatta tells MPs: “Pass the budget now”\n\nThe president spoke in Nairobi.", &[("“Pass the budget now”", D, Some("Kenyatta"))]),
    ("headline: quote then speaker after a colon", "'We were betrayed': Ramaphosa\n\nThe president spoke in Cape Town.", &[("'We were betrayed'", D, Some("Ramaphosa"))]),
    // Apostrophes that must stay apostrophes.
    ("possessives and elisions never pair", "The workers' party met in the '90s. Jones' car and the Smiths' house were sold. Rock 'n' roll isn't dead.", &[]),
    ("a straight single term without a speaker is no quote", "The so-called 'bedroom tax' was repealed last year.", &[]),
    ("a heading in single marks is no quote", "Earlier text.\n\n'A Long Road Home'\n\nThe village lies far from the coast.", &[]),
    ("a quoted title line is no quote", "“Rain, rain,” the farmer said.\n\n‘Harvest Of Hope’\n\nThe harvest failed.", &[("“Rain, rain,”", D, Some("the farmer"))]),
];

fn annotate(text: &str) -> Document {
    Annotator::new().unwrap().annotate(text).unwrap()
}

#[test]
fn quoting_styles() {
    let mut failures = Vec::new();
    for &(name, text, expected) in CASES {
        let doc = annotate(text);
        let got: Vec<_> = doc.quotes.iter().map(|q| (q.text.as_str(), q.kind, q.speaker.as_ref().map(|s| s.text.as_str()))).collect();
        if got != expected {
            failures.push(format!("{name}:\n  got      {got:?}\n  expected {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
