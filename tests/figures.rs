//! The figures pass, as tables: rows of text and the figures expected in it (issue 3), each
//! naming the fields it checks; a field a row does not name must be absent.

#[path = "common/figure_table.rs"]
mod figure_table;
#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/table.rs"]
mod table;

use article_annotator::{Annotator, Change, Options};
use figure_table::{want, Case};

/// The regression cases of issue 3: forms peers get wrong.
const REGRESSION: &[Case] = &[
    Case {
        name: "US$ before an attached amount gets USD",
        text: "Trade fell to US$34 million.",
        want: &[want!(
            "US$34 million",
            Money,
            value = 34e6,
            currency = "USD"
        )],
    },
    Case {
        name: "euro sign with attached bn",
        text: "It raised €1.2bn last week.",
        want: &[
            // funds raised are an amount, not a rise
            want!("€1.2bn", Money, value = 1.2e9, currency = "EUR"),
            want!(
                "last week",
                Date,
                date = "2019-04-15",
                date_end = "2019-04-21"
            ),
        ],
    },
    Case {
        name: "ISO code touching the number",
        text: "Sales hit USD34.6 million.",
        want: &[want!(
            "USD34.6 million",
            Money,
            value = 34.6e6,
            currency = "USD"
        )],
    },
    Case {
        name: "ISO code before a spaced amount",
        text: "It paid GBP 27 million.",
        want: &[want!(
            "GBP 27 million",
            Money,
            value = 27e6,
            currency = "GBP"
        )],
    },
    Case {
        name: "a range is two amounts",
        text: "Prices ran from $1.2 million to $23.5 million.",
        want: &[
            want!("$1.2 million", Money, value = 1.2e6, currency = "USD"),
            want!("$23.5 million", Money, value = 23.5e6, currency = "USD"),
        ],
    },
    Case {
        name: "rupees in crore with a hyphen",
        text: "It won Rs16,189-crore in orders.",
        want: &[want!(
            "Rs16,189-crore",
            Money,
            value = 161_890_000_000.0,
            currency = "INR"
        )],
    },
    Case {
        name: "ringgit abbreviation",
        text: "A grant of RM10 million was made.",
        want: &[want!("RM10 million", Money, value = 1e7, currency = "MYR")],
    },
    Case {
        name: "newswire spaced dollar and bln",
        text: "profit of $ 1.8 bln .",
        want: &[want!("$ 1.8 bln", Money, value = 1.8e9, currency = "USD")],
    },
    Case {
        name: "half a million is a number",
        text: "Half a million people marched.",
        want: &[want!("Half a million", Number, value = 500_000.0)],
    },
    Case {
        name: "per cent in two words",
        text: "Growth slowed to 3.5 per cent.",
        want: &[want!("3.5 per cent", Percent, value = 3.5)],
    },
];

/// Money in the forms news uses.
const MONEY: &[Case] = &[
    Case {
        name: "bare dollar amount gets USD",
        text: "It costs $87,500.",
        want: &[want!("$87,500", Money, value = 87_500.0, currency = "USD")],
    },
    Case {
        name: "lower-case c $ is Canadian",
        text: "it paid c $ 16.4 million",
        want: &[want!(
            "c $ 16.4 million",
            Money,
            value = 16.4e6,
            currency = "CAD"
        )],
    },
    Case {
        name: "currency words after the number",
        text: "He paid 5 euros and 34 million US dollars.",
        want: &[
            want!("5 euros", Money, value = 5.0, currency = "EUR"),
            want!(
                "34 million US dollars",
                Money,
                value = 34e6,
                currency = "USD"
            ),
        ],
    },
    Case {
        name: "written-out amount",
        text: "They spent two billion dollars.",
        want: &[want!(
            "two billion dollars",
            Money,
            value = 2e9,
            currency = "USD"
        )],
    },
    Case {
        name: "country-named dollars use the ISO name",
        text: "It sold 80 million Australian dollars of bonds.",
        want: &[want!(
            "80 million Australian dollars",
            Money,
            value = 80e6,
            currency = "AUD"
        )],
    },
    Case {
        name: "minor units keep their unit",
        text: "Wheat gained 2.35 cents.",
        want: &[want!(
            "2.35 cents",
            Money,
            value = 2.35,
            unit = "cent",
            change = Change::Up
        )],
    },
    Case {
        name: "yen and won by their ISO names",
        text: "It cost 500 yen, or 5,000 won.",
        want: &[
            want!("500 yen", Money, value = 500.0, currency = "JPY"),
            want!("5,000 won", Money, value = 5000.0, currency = "KRW"),
        ],
    },
    Case {
        name: "a currency we cannot name keeps its span without a code",
        text: "It cost 7 Fijian dollars and 5 Taiwan dollars.",
        want: &[
            want!("7 Fijian dollars", Money, value = 7.0),
            want!("5 Taiwan dollars", Money, value = 5.0, currency = "TWD"),
        ],
    },
    Case {
        name: "range sharing one scale",
        text: "It will cost $5-6 billion.",
        want: &[
            want!("$5", Money, value = 5e9, currency = "USD"),
            want!("6 billion", Money, value = 6e9, currency = "USD"),
        ],
    },
    Case {
        name: "between two amounts",
        text: "worth between $2m and $3m",
        want: &[
            want!("$2m", Money, value = 2e6, currency = "USD"),
            want!("$3m", Money, value = 3e6, currency = "USD"),
        ],
    },
    Case {
        name: "sign after the number",
        text: "Notes of 5 € and 10 €.",
        want: &[
            want!("5 €", Money, value = 5.0, currency = "EUR"),
            want!("10 €", Money, value = 10.0, currency = "EUR"),
        ],
    },
];

/// Percentages.
const PERCENT: &[Case] = &[
    Case {
        name: "percent sign",
        text: "Up 12% from a low.",
        want: &[want!("12%", Percent, value = 12.0, change = Change::Up)],
    },
    Case {
        name: "written-out percent",
        text: "It fell five percent.",
        want: &[want!(
            "five percent",
            Percent,
            value = 5.0,
            change = Change::Down
        )],
    },
    Case {
        name: "percentage points carry their unit",
        text: "Margins rose 3.5 percentage points.",
        want: &[want!(
            "3.5 percentage points",
            Percent,
            value = 3.5,
            unit = "percentage point",
            change = Change::Up
        )],
    },
    Case {
        name: "percent words before the number",
        text: "per cent of 450",
        want: &[want!("per cent of 450", Percent, value = 450.0)],
    },
    Case {
        name: "parts of a percentage point",
        text: "It rose a quarter of a percentage point.",
        want: &[want!(
            "a quarter of a percentage point",
            Percent,
            value = 0.25,
            unit = "percentage point",
            change = Change::Up
        )],
    },
    Case {
        name: "a range of percentages has no single value",
        text: "It grew 5-10% in all.",
        want: &[want!("5-10%", Percent, change = Change::Up)],
    },
    Case {
        name: "digits in a web address are no percentages",
        text: "See http://example.com/a%20b%2029",
        want: &[],
    },
];

/// Numbers and ordinals.
const NUMBERS: &[Case] = &[
    Case {
        name: "separators and decimals",
        text: "He counted 2,468,013 and 9.25.",
        want: &[
            want!("2,468,013", Number, value = 2_468_013.0),
            want!("9.25", Number, value = 9.25),
        ],
    },
    Case {
        name: "written-out numbers with and",
        text: "two hundred and fifty were held",
        want: &[want!("two hundred and fifty", Number, value = 250.0)],
    },
    Case {
        name: "a dozen",
        text: "a dozen eggs",
        want: &[want!("a dozen", Number, value = 12.0)],
    },
    Case {
        name: "digits with a scale word",
        text: "3.4 million voters",
        want: &[want!("3.4 million", Number, value = 3.4e6)],
    },
    Case {
        name: "ordinals in digits and words",
        text: "the 21st chief and the first",
        want: &[
            want!("21st", Ordinal, value = 21.0),
            want!("first", Ordinal, value = 1.0),
        ],
    },
    Case {
        name: "number words inside names are no figures, before a figure's own word they are",
        text: "The Kwanlin First Nation and the Sixth Circuit met. Unemployment Is Three Percent.",
        want: &[want!("Three Percent", Percent, value = 3.0)],
    },
    Case {
        name: "hyphenated tens",
        text: "Thirty-four people were hurt.",
        want: &[want!("Thirty-four", Number, value = 34.0)],
    },
    Case {
        name: "codes are not numbers",
        text: "The G7 and COVID-19 talks.",
        want: &[],
    },
    Case {
        name: "pronoun one is not a number",
        text: "Which one did she pick?",
        want: &[],
    },
    Case {
        name: "fractions",
        text: "three fifths of voters",
        want: &[want!("three fifths", Number, value = 0.6)],
    },
    Case {
        name: "approximators stay in the span, as in OntoNotes",
        text: "About 2,000 came, more than $5 million and nearly 50%.",
        want: &[
            want!(
                "About 2,000",
                Number,
                value = 2000.0,
                change = Change::About
            ),
            want!(
                "more than $5 million",
                Money,
                value = 5e6,
                currency = "USD",
                change = Change::More
            ),
            want!("nearly 50%", Percent, value = 50.0, change = Change::About),
        ],
    },
    Case {
        name: "vague counts have no value",
        text: "Hundreds of people and millions of dollars.",
        want: &[
            want!("Hundreds", Number),
            want!("millions of dollars", Money, currency = "USD"),
        ],
    },
    Case {
        name: "fractions in digits and signs",
        text: "It rose 5/8, then 3 1/2 and ½; 24/7 is no fraction.",
        want: &[
            want!("5/8", Number, value = 0.625, change = Change::Up),
            want!("3 1/2", Number, value = 3.5),
            want!("½", Number, value = 0.5),
            want!("24", Number, value = 24.0),
            want!("7", Number, value = 7.0),
        ],
    },
    Case {
        name: "a quotient with over",
        text: "two over five",
        want: &[want!("two over five", Number, value = 0.4)],
    },
    Case {
        name: "exponents",
        text: "a mass of 2.5e6 kg",
        want: &[want!(
            "2.5e6 kg",
            Quantity,
            value = 2.5e6,
            unit = "kilogram"
        )],
    },
    Case {
        name: "scales multiply",
        text: "Rs 1.5 lakh crore",
        want: &[want!(
            "Rs 1.5 lakh crore",
            Money,
            value = 1.5e12,
            currency = "INR"
        )],
    },
    Case {
        name: "hyphenated fraction",
        text: "It cut output by one-third.",
        want: &[want!("one-third", Number, value = 1.0 / 3.0)],
    },
    Case {
        name: "an unreadable fraction keeps its span without a value",
        text: "four million and two sevenths",
        want: &[want!("four million and two", Number)],
    },
];

/// Dates, times and durations, against an article dated Wednesday 2019-04-24.
const DATES: &[Case] = &[
    Case {
        name: "past weekday after said",
        text: "He said on Tuesday that it was over.",
        want: &[want!("Tuesday", Date, date = "2019-04-23")],
    },
    Case {
        name: "future weekday after will",
        text: "The board will meet on Friday.",
        want: &[want!("Friday", Date, date = "2019-04-26")],
    },
    Case {
        name: "full date with weekday",
        text: "It happened on Thursday, May 2, 2019.",
        want: &[want!("Thursday, May 2, 2019", Date, date = "2019-05-02")],
    },
    Case {
        name: "day before month",
        text: "Born on 15 April 1987.",
        want: &[want!("15 April 1987", Date, date = "1987-04-15")],
    },
    Case {
        name: "year without its preposition",
        text: "It fell in 1989.",
        want: &[want!("1989", Date, date = "1989")],
    },
    Case {
        name: "last year resolves",
        text: "Sales fell last year.",
        want: &[want!("last year", Date, date = "2018")],
    },
    Case {
        name: "modifiers stay in the span",
        text: "It rose over the past three years.",
        want: &[want!("the past three years", Date)],
    },
    Case {
        name: "durations carry a unit",
        text: "The talks lasted two months.",
        want: &[want!("two months", Duration, value = 2.0, unit = "month")],
    },
    Case {
        name: "vague durations have no value",
        text: "It took several days.",
        want: &[want!("several days", Duration, unit = "day")],
    },
    Case {
        name: "clock times",
        text: "It starts at 3pm and ends at 15:30 GMT.",
        want: &[want!("3pm", Time), want!("15:30 GMT", Time)],
    },
    Case {
        name: "ago resolves",
        text: "It closed three days ago.",
        want: &[want!("three days ago", Date, date = "2019-04-21")],
    },
    Case {
        name: "numeric ISO date",
        text: "Filed 2019-03-01.",
        want: &[want!("2019-03-01", Date, date = "2019-03-01")],
    },
    Case {
        name: "ambiguous day and month get no date",
        text: "Due on 04/05/2019.",
        want: &[want!("04/05/2019", Date)],
    },
    Case {
        name: "quarters with their year",
        text: "in the first quarter of 2020",
        want: &[want!("the first quarter of 2020", Date)],
    },
    Case {
        name: "counts of things are not years",
        text: "About 2000 troops left.",
        want: &[want!(
            "About 2000",
            Number,
            value = 2000.0,
            change = Change::About
        )],
    },
    Case {
        name: "a range of years is one date",
        text: "from 2011 to 2016",
        want: &[want!(
            "2011 to 2016",
            Date,
            date = "2011",
            date_end = "2016"
        )],
    },
    Case {
        name: "a year before a noun",
        text: "after the 2008 financial crisis",
        want: &[want!("2008", Date, date = "2008")],
    },
    Case {
        name: "the month leaves its article out",
        text: "The September contract rose.",
        // Wrong: a contract's month lies ahead (2019-09), but a bare month reads as the last one.
        want: &[want!("September", Date, date = "2018-09")],
    },
    Case {
        name: "this past weekend",
        text: "It rained this past weekend.",
        want: &[want!("this past weekend", Date)],
    },
    Case {
        name: "a month and day take the nearest year",
        text: "The vote, set for Oct. 22, may slip.",
        want: &[want!("Oct. 22", Date, date = "2019-10-22")],
    },
    Case {
        name: "the story's own time gets no date",
        text: "He left the previous year.",
        want: &[want!("the previous year", Date)],
    },
    Case {
        name: "a sentence's full stop stays out",
        text: "It ended on 30 June.",
        want: &[want!("30 June", Date, date = "2019-06-30")],
    },
    Case {
        name: "an adjectival period leaves the article out",
        text: "The third-quarter loss widened over the summer.",
        want: &[want!("third-quarter", Date), want!("the summer", Date)],
    },
    Case {
        name: "financial periods",
        text: "Sales beat the year-earlier period in the first nine months of 2019.",
        want: &[
            want!("the year-earlier period", Date),
            want!("the first nine months of 2019", Date),
        ],
    },
    Case {
        name: "written-out year",
        text: "born on twelve March nineteen seventy four",
        want: &[want!(
            "twelve March nineteen seventy four",
            Date,
            date = "1974-03-12"
        )],
    },
];

/// Quantities.
const QUANTITIES: &[Case] = &[
    Case {
        name: "tonnes spaced",
        text: "It shipped 500 tonnes.",
        want: &[want!("500 tonnes", Quantity, value = 500.0, unit = "tonne")],
    },
    Case {
        name: "attached kilometres",
        text: "a 10km race",
        want: &[want!("10km", Quantity, value = 10.0, unit = "kilometre")],
    },
    Case {
        name: "miles with decimals",
        text: "He ran 3.5 miles.",
        want: &[want!("3.5 miles", Quantity, value = 3.5, unit = "mile")],
    },
    Case {
        name: "degrees Celsius",
        text: "It hit 40 degrees Celsius.",
        want: &[want!(
            "40 degrees Celsius",
            Quantity,
            value = 40.0,
            unit = "degree Celsius"
        )],
    },
];

/// Inputs that must not crash, hang or give values that serialise badly.
const ROBUSTNESS: &[Case] = &[
    Case {
        name: "a lone currency sign",
        text: "$",
        want: &[],
    },
    Case {
        name: "a dangling separator",
        text: "1,",
        want: &[want!("1", Number, value = 1.0)],
    },
    Case {
        name: "a trailing sign",
        text: "US$",
        want: &[],
    },
];

/// Checks every figure of each row against an article dated Wednesday 2019-04-24.
fn check(cases: &[Case]) {
    let options = Options {
        date: Some("2019-04-24".into()),
        ..Options::default()
    };
    figure_table::check(cases, &options, |_| true);
}

#[test]
fn regression_cases_of_issue_3() {
    check(REGRESSION);
}

#[test]
fn money_in_news_forms() {
    check(MONEY);
}

#[test]
fn percentages() {
    check(PERCENT);
}

#[test]
fn numbers_and_ordinals() {
    check(NUMBERS);
}

#[test]
fn dates_times_and_durations_resolve_against_the_article_date() {
    check(DATES);
}

#[test]
fn quantities_carry_a_normalised_unit() {
    check(QUANTITIES);
}

#[test]
fn odd_inputs_neither_crash_nor_serialise_badly() {
    check(ROBUSTNESS);
    let annotator = Annotator::new().unwrap();
    let huge = "9".repeat(1_000_000);
    let doc = annotator.annotate(&huge).unwrap();
    assert_eq!(doc.figures.len(), 1);
    assert_eq!(doc.figures[0].value, None);
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains("\"value\":null"));
    for text in [
        "1e999",
        "$ $ $",
        "- - 1",
        "May",
        "the",
        "½",
        "1/0/0",
        "99999999999999999999 million dollars",
        "2019-99-99",
        "31/31/31",
    ] {
        let doc = annotator
            .annotate_with(
                text,
                &Options {
                    date: Some("2019-04-24".into()),
                    ..Options::default()
                },
            )
            .unwrap();
        assert!(serde_json::to_string(&doc).is_ok(), "{text}");
    }
}
