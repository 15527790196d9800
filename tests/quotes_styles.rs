//! Quoting styles beyond US curly doubles (issue 15): single marks straight and curly,
//! headlines, colons, speakers across sentences, partial quotes. Every text is written for
//! these tests; each row is named after the behaviour it checks, hard negatives included.

#[path = "common/invariants.rs"]
mod invariants;

#[path = "common/table.rs"]
mod table;

use article_annotator::QuoteKind;
use invariants::annotate;
use table::Failures;

/// One expected quotation: its text, kind and speaker text (`None`: no speaker).
type Expected = (&'static str, QuoteKind, Option<&'static str>);

const D: QuoteKind = QuoteKind::Direct;
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
    // Speakers across sentences.
    ("a pronoun after the attribution sentence", "Anna Berg said the deal was dead. “We tried everything,” she added.", &[("“We tried everything,”", D, Some("she"))]),
    ("said in a statement, colon", "Anna Berg said in a statement: “We tried everything.”", &[("“We tried everything.”", D, Some("Anna Berg"))]),
    ("an adverbial before the speaker", "In a statement, the ministry said: “The roads will reopen on Monday.”", &[("“The roads will reopen on Monday.”", D, Some("the ministry"))]),
    ("the next sentence names the speaker", "“We will not back down.” That was how Ruto put it.", &[("“We will not back down.”", D, Some("Ruto"))]),
    ("so said", "“Enough is enough.” So said the minister.", &[("“Enough is enough.”", D, Some("the minister"))]),
    ("the sentence before names the speaker", "Ruth Moyo praised the ruling. “This is a great day for the country.”", &[("“This is a great day for the country.”", D, Some("Ruth Moyo"))]),
    ("as X put it, before the quote", "As the old farmer put it, “The rain will come when it comes.”", &[("“The rain will come when it comes.”", D, Some("the old farmer"))]),
    ("as X put it, after a fragment", "The plan is “a leap in the dark,” as one economist put it.", &[("“a leap in the dark,”", P, Some("one economist"))]),
    ("as X put it back is no reporting clause", "The ship was “ready to sail,” as the crew put it back in the water.", &[]),
    ("a pronoun a named person reports gives way to the name", "Mayor Grace Roberts said Friday that she thinks the video should be released but said “the timing is wrong.”", &[("“the timing is wrong.”", D, Some("Mayor Grace Roberts"))]),
    ("a pronoun another pronoun reports stays", "She said Friday that she thinks the video should be released but said “the timing is wrong.”", &[("“the timing is wrong.”", D, Some("she"))]),
    ("a pronoun a name of the other gender reports stays", "Peter Mwangi said that she told him: “Leave now.”", &[("“Leave now.”", D, Some("she"))]),
    ("a pronoun after the quotation is reported by no one", "Anna Berg said that he had lied. “We will appeal,” he said.", &[("“We will appeal,”", D, Some("he"))]),
    ("according to", "According to Peter Mwangi, “the talks collapsed.”", &[("“the talks collapsed.”", D, Some("Peter Mwangi"))]),
    (
        "a run of quote paragraphs continues one speaker",
        "Peter Mwangi spoke after the vote.\n\n“There was no trust,” he said.\n\n“Nobody wanted to move.”\n\n“It is over.”",
        &[("“There was no trust,”", D, Some("he")), ("“Nobody wanted to move.”", D, Some("he")), ("“It is over.”", D, Some("he"))],
    ),
    (
        "a name in a subordinate clause between quotations does not stop the run",
        "“The contracts are binding,” spokesman Ola Lund told the newspaper, after Mayor Grace Roberts stated her wish to end them. “They cannot be ended at will.”",
        &[("“The contracts are binding,”", D, Some("spokesman Ola Lund")), ("“They cannot be ended at will.”", D, Some("spokesman Ola Lund"))],
    ),
    (
        "a name in a coordinated main clause between quotations stops the run",
        "“The contracts are binding,” spokesman Ola Lund told the newspaper, and Mayor Grace Roberts stated her wish to end them. “They cannot be ended at will.”",
        &[("“The contracts are binding,”", D, Some("spokesman Ola Lund")), ("“They cannot be ended at will.”", D, None)],
    ),
    ("a description opening the clause", "At the rally, the band leader called the crowd to the stage, singing “Our time has come.”", &[("“Our time has come.”", D, Some("the band leader"))]),
    // Partial quotes: the subject of the fragment's clause speaks.
    ("called", "Critics called the budget “a gift to the rich”.", &[("“a gift to the rich”", P, Some("Critics"))]),
    ("described as", "Ms Naidoo described it as “a betrayal of the workers”.", &[("“a betrayal of the workers”", P, Some("Ms Naidoo"))]),
    ("branded", "The opposition branded the deal “a surrender”.", &[("“a surrender”", P, Some("The opposition"))]),
    ("dismissed as", "Unions dismissed the offer as “an insult”.", &[("“an insult”", P, Some("Unions"))]),
    ("hailed as, with the passive's agent", "The minister was hailed as “a reformer” by business groups.", &[("“a reformer”", P, Some("business groups"))]),
    ("cast as, no judging verb", "Last week, Odinga went after the president as “a man of broken promises”.", &[("“a man of broken promises”", P, Some("Odinga"))]),
    ("what he called", "The senator condemned what he called a “reckless gamble”.", &[("“reckless gamble”", P, Some("The senator"))]),
    ("the main clause, not a subordinate one", "Despite what she wrote last year, Joyce Banda said she would “think again”.", &[("“think again”", P, Some("Joyce Banda"))]),
    ("a subordinate clause of its own reports its fragment", "The governor weighed in on Tuesday, hours after Mayor Ruth Moyo said she was “deeply encouraged” by the plan.", &[("“deeply encouraged”", P, Some("Mayor Ruth Moyo"))]),
    ("a subordinate clause of its own, before the main clause", "Hours after Ruth Moyo said she was “encouraged”, the governor weighed in.", &[("“encouraged”", P, Some("Ruth Moyo"))]),
    ("a condition belongs to what the main clause reports", "Odinga says if voters think the reforms will come from “the same old faces”, they are wrong.", &[("“the same old faces”", P, Some("Odinga"))]),
    ("a clause inside the subordinate one is the main clause's", "Ben Okri told the radio station before he spoke to the committee that he believed the party should reach out “in good faith”.", &[("“in good faith”", P, Some("Ben Okri"))]),
    ("a dateline is no speaker", "JOHANNESBURG – Ramaphosa has cast the deal as “a turning point”.", &[("“a turning point”", P, Some("Ramaphosa"))]),
    ("straight singles, partial", "Mr Albanese called the plan 'a dog's breakfast', adding that it would fail.", &[("'a dog's breakfast'", P, Some("Mr Albanese"))]),
];

#[test]
fn quoting_styles() {
    let mut failures = Failures::default();
    for &(name, text, expected) in CASES {
        let doc = annotate(text);
        let got: Vec<_> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    q.text.as_str(),
                    q.kind,
                    q.speaker.as_ref().map(|s| s.text.as_str()),
                )
            })
            .collect();
        failures.compare(name, text, expected, &got, got == expected);
    }
    failures.assert_none();
}

#[test]
fn speakers_resolve_to_the_people_the_article_names() {
    let text = "Finance Minister Enoch Godongwana tabled the budget on Wednesday.\n\n\
        'There will be no U-turn,' the minister said.\n\n\
        Critics, led by Thandi Mokoena, called it “a gift to the rich”. Mokoena said: 'We will fight this.'";
    let doc = annotate(text);
    let got: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.entity.map(|e| doc.entities[e].name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("'There will be no U-turn,'", Some("Enoch Godongwana")),
            ("“a gift to the rich”", None),
            ("'We will fight this.'", Some("Thandi Mokoena"))
        ]
    );
}
