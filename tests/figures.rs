//! The figures pass, as tables: rows of text and the figures expected in it (issue 3).

use article_annotator::{Annotator, Figure, FigureKind, Options};

/// What one figure should be: its text, kind, value, and its currency, unit or date.
struct Want {
    text: &'static str,
    kind: FigureKind,
    value: Option<f64>,
    /// The currency of money, the unit of a quantity or duration, or the resolved date.
    extra: Option<&'static str>,
}

/// One row: a name saying what happens, a text, and every figure expected in it.
struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [Want],
}

macro_rules! w {
    ($text:expr, $kind:ident) => {
        Want {
            text: $text,
            kind: FigureKind::$kind,
            value: None,
            extra: None,
        }
    };
    ($text:expr, $kind:ident, $value:expr) => {
        Want {
            text: $text,
            kind: FigureKind::$kind,
            value: Some($value),
            extra: None,
        }
    };
    ($text:expr, $kind:ident, $value:expr, $extra:expr) => {
        Want {
            text: $text,
            kind: FigureKind::$kind,
            value: $value,
            extra: Some($extra),
        }
    };
}

/// The regression cases of issue 3: forms peers get wrong.
const REGRESSION: &[Case] = &[
    Case {
        name: "US$ before an attached amount gets USD",
        text: "Trade fell to US$34 million.",
        want: &[w!("US$34 million", Money, Some(34e6), "USD")],
    },
    Case {
        name: "euro sign with attached bn",
        text: "It raised €1.2bn last week.",
        want: &[
            w!("€1.2bn", Money, Some(1.2e9), "EUR"),
            w!("last week", Date),
        ],
    },
    Case {
        name: "ISO code touching the number",
        text: "Sales hit USD34.6 million.",
        want: &[w!("USD34.6 million", Money, Some(34.6e6), "USD")],
    },
    Case {
        name: "ISO code before a spaced amount",
        text: "It paid GBP 27 million.",
        want: &[w!("GBP 27 million", Money, Some(27e6), "GBP")],
    },
    Case {
        name: "a range is two amounts",
        text: "Prices ran from $1.2 million to $23.5 million.",
        want: &[
            w!("$1.2 million", Money, Some(1.2e6), "USD"),
            w!("$23.5 million", Money, Some(23.5e6), "USD"),
        ],
    },
    Case {
        name: "rupees in crore with a hyphen",
        text: "It won Rs16,189-crore in orders.",
        want: &[w!("Rs16,189-crore", Money, Some(161_890_000_000.0), "INR")],
    },
    Case {
        name: "ringgit abbreviation",
        text: "A grant of RM10 million was made.",
        want: &[w!("RM10 million", Money, Some(1e7), "MYR")],
    },
    Case {
        name: "newswire spaced dollar and bln",
        text: "profit of $ 1.8 bln .",
        want: &[w!("$ 1.8 bln", Money, Some(1.8e9), "USD")],
    },
    Case {
        name: "half a million is a number",
        text: "Half a million people marched.",
        want: &[w!("Half a million", Number, 500_000.0)],
    },
    Case {
        name: "per cent in two words",
        text: "Growth slowed to 3.5 per cent.",
        want: &[w!("3.5 per cent", Percent, 3.5)],
    },
];

/// Money in the forms news uses.
const MONEY: &[Case] = &[
    Case {
        name: "bare dollar amount gets USD",
        text: "It costs $87,500.",
        want: &[w!("$87,500", Money, Some(87_500.0), "USD")],
    },
    Case {
        name: "lower-case c $ is Canadian",
        text: "it paid c $ 16.4 million",
        want: &[w!("c $ 16.4 million", Money, Some(16.4e6), "CAD")],
    },
    Case {
        name: "currency words after the number",
        text: "He paid 5 euros and 34 million US dollars.",
        want: &[
            w!("5 euros", Money, Some(5.0), "EUR"),
            w!("34 million US dollars", Money, Some(34e6), "USD"),
        ],
    },
    Case {
        name: "written-out amount",
        text: "They spent two billion dollars.",
        want: &[w!("two billion dollars", Money, Some(2e9), "USD")],
    },
    Case {
        name: "country-named dollars use the ISO name",
        text: "It sold 80 million Australian dollars of bonds.",
        want: &[w!(
            "80 million Australian dollars",
            Money,
            Some(80e6),
            "AUD"
        )],
    },
    Case {
        name: "minor units keep their unit",
        text: "Wheat gained 2.35 cents.",
        want: &[w!("2.35 cents", Money, Some(2.35), "cent")],
    },
    Case {
        name: "yen and won by their ISO names",
        text: "It cost 500 yen, or 5,000 won.",
        want: &[
            w!("500 yen", Money, Some(500.0), "JPY"),
            w!("5,000 won", Money, Some(5000.0), "KRW"),
        ],
    },
    Case {
        name: "a currency we cannot name keeps its span without a code",
        text: "It cost 7 Fijian dollars and 5 Taiwan dollars.",
        want: &[
            w!("7 Fijian dollars", Money, 7.0),
            w!("5 Taiwan dollars", Money, Some(5.0), "TWD"),
        ],
    },
    Case {
        name: "range sharing one scale",
        text: "It will cost $5-6 billion.",
        want: &[
            w!("$5", Money, Some(5e9), "USD"),
            w!("6 billion", Money, Some(6e9), "USD"),
        ],
    },
    Case {
        name: "between two amounts",
        text: "worth between $2m and $3m",
        want: &[
            w!("$2m", Money, Some(2e6), "USD"),
            w!("$3m", Money, Some(3e6), "USD"),
        ],
    },
    Case {
        name: "sign after the number",
        text: "Notes of 5 € and 10 €.",
        want: &[
            w!("5 €", Money, Some(5.0), "EUR"),
            w!("10 €", Money, Some(10.0), "EUR"),
        ],
    },
];

/// Percentages.
const PERCENT: &[Case] = &[
    Case {
        name: "percent sign",
        text: "Up 12% from a low.",
        want: &[w!("12%", Percent, 12.0)],
    },
    Case {
        name: "written-out percent",
        text: "It fell five percent.",
        want: &[w!("five percent", Percent, 5.0)],
    },
    Case {
        name: "percentage points carry their unit",
        text: "Margins rose 3.5 percentage points.",
        want: &[w!(
            "3.5 percentage points",
            Percent,
            Some(3.5),
            "percentage point"
        )],
    },
    Case {
        name: "percent words before the number",
        text: "per cent of 450",
        want: &[w!("per cent of 450", Percent, 450.0)],
    },
    Case {
        name: "parts of a percentage point",
        text: "It rose a quarter of a percentage point.",
        want: &[w!(
            "a quarter of a percentage point",
            Percent,
            Some(0.25),
            "percentage point"
        )],
    },
    Case {
        name: "a range of percentages has no single value",
        text: "It grew 5-10% in all.",
        want: &[w!("5-10%", Percent)],
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
            w!("2,468,013", Number, 2_468_013.0),
            w!("9.25", Number, 9.25),
        ],
    },
    Case {
        name: "written-out numbers with and",
        text: "two hundred and fifty were held",
        want: &[w!("two hundred and fifty", Number, 250.0)],
    },
    Case {
        name: "a dozen",
        text: "a dozen eggs",
        want: &[w!("a dozen", Number, 12.0)],
    },
    Case {
        name: "digits with a scale word",
        text: "3.4 million voters",
        want: &[w!("3.4 million", Number, 3.4e6)],
    },
    Case {
        name: "ordinals in digits and words",
        text: "the 21st chief and the first",
        want: &[w!("21st", Ordinal, 21.0), w!("first", Ordinal, 1.0)],
    },
    Case {
        name: "hyphenated tens",
        text: "Thirty-four people were hurt.",
        want: &[w!("Thirty-four", Number, 34.0)],
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
        want: &[w!("three fifths", Number, 0.6)],
    },
    Case {
        name: "approximators stay in the span, as in OntoNotes",
        text: "About 2,000 came, more than $5 million and nearly 50%.",
        want: &[
            w!("About 2,000", Number, 2000.0),
            w!("more than $5 million", Money, Some(5e6), "USD"),
            w!("nearly 50%", Percent, 50.0),
        ],
    },
    Case {
        name: "vague counts have no value",
        text: "Hundreds of people and millions of dollars.",
        want: &[
            w!("Hundreds", Number),
            w!("millions of dollars", Money, None, "USD"),
        ],
    },
    Case {
        name: "fractions in digits and signs",
        text: "It rose 5/8, then 3 1/2 and ½; 24/7 is no fraction.",
        want: &[
            w!("5/8", Number, 0.625),
            w!("3 1/2", Number, 3.5),
            w!("½", Number, 0.5),
            w!("24", Number, 24.0),
            w!("7", Number, 7.0),
        ],
    },
    Case {
        name: "a quotient with over",
        text: "two over five",
        want: &[w!("two over five", Number, 0.4)],
    },
    Case {
        name: "exponents",
        text: "a mass of 2.5e6 kg",
        want: &[w!("2.5e6 kg", Quantity, Some(2.5e6), "kilogram")],
    },
    Case {
        name: "scales multiply",
        text: "Rs 1.5 lakh crore",
        want: &[w!("Rs 1.5 lakh crore", Money, Some(1.5e12), "INR")],
    },
    Case {
        name: "hyphenated fraction",
        text: "It cut output by one-third.",
        want: &[w!("one-third", Number, 1.0 / 3.0)],
    },
    Case {
        name: "an unreadable fraction keeps its span without a value",
        text: "four million and two sevenths",
        want: &[w!("four million and two", Number)],
    },
];

/// Dates, times and durations, against an article dated Wednesday 2019-04-24.
const DATES: &[Case] = &[
    Case {
        name: "past weekday after said",
        text: "He said on Tuesday that it was over.",
        want: &[w!("Tuesday", Date, None, "2019-04-23")],
    },
    Case {
        name: "future weekday after will",
        text: "The board will meet on Friday.",
        want: &[w!("Friday", Date, None, "2019-04-26")],
    },
    Case {
        name: "full date with weekday",
        text: "It happened on Thursday, May 2, 2019.",
        want: &[w!("Thursday, May 2, 2019", Date, None, "2019-05-02")],
    },
    Case {
        name: "day before month",
        text: "Born on 15 April 1987.",
        want: &[w!("15 April 1987", Date, None, "1987-04-15")],
    },
    Case {
        name: "year without its preposition",
        text: "It fell in 1989.",
        want: &[w!("1989", Date, None, "1989")],
    },
    Case {
        name: "last year resolves",
        text: "Sales fell last year.",
        want: &[w!("last year", Date, None, "2018")],
    },
    Case {
        name: "modifiers stay in the span",
        text: "It rose over the past three years.",
        want: &[w!("the past three years", Date)],
    },
    Case {
        name: "durations carry a unit",
        text: "The talks lasted two months.",
        want: &[w!("two months", Duration, Some(2.0), "month")],
    },
    Case {
        name: "vague durations have no value",
        text: "It took several days.",
        want: &[w!("several days", Duration, None, "day")],
    },
    Case {
        name: "clock times",
        text: "It starts at 3pm and ends at 15:30 GMT.",
        want: &[w!("3pm", Time), w!("15:30 GMT", Time)],
    },
    Case {
        name: "ago resolves",
        text: "It closed three days ago.",
        want: &[w!("three days ago", Date, None, "2019-04-21")],
    },
    Case {
        name: "numeric ISO date",
        text: "Filed 2019-03-01.",
        want: &[w!("2019-03-01", Date, None, "2019-03-01")],
    },
    Case {
        name: "ambiguous day and month get no date",
        text: "Due on 04/05/2019.",
        want: &[w!("04/05/2019", Date)],
    },
    Case {
        name: "quarters with their year",
        text: "in the first quarter of 2020",
        want: &[w!("the first quarter of 2020", Date)],
    },
    Case {
        name: "counts of things are not years",
        text: "About 2000 troops left.",
        want: &[w!("About 2000", Number, 2000.0)],
    },
    Case {
        name: "a range of years is one date",
        text: "from 2011 to 2016",
        want: &[w!("2011 to 2016", Date)],
    },
    Case {
        name: "a year before a noun",
        text: "after the 2008 financial crisis",
        want: &[w!("2008", Date, None, "2008")],
    },
    Case {
        name: "the month leaves its article out",
        text: "The September contract rose.",
        want: &[w!("September", Date)],
    },
    Case {
        name: "this past weekend",
        text: "It rained this past weekend.",
        want: &[w!("this past weekend", Date)],
    },
    Case {
        name: "a month and day take the nearest year",
        text: "The vote, set for Oct. 22, may slip.",
        want: &[w!("Oct. 22", Date, None, "2019-10-22")],
    },
    Case {
        name: "the story's own time gets no date",
        text: "He left the previous year.",
        want: &[w!("the previous year", Date)],
    },
    Case {
        name: "a sentence's full stop stays out",
        text: "It ended on 30 June.",
        want: &[w!("30 June", Date, None, "2019-06-30")],
    },
    Case {
        name: "an adjectival period leaves the article out",
        text: "The third-quarter loss widened over the summer.",
        want: &[w!("third-quarter", Date), w!("the summer", Date)],
    },
    Case {
        name: "financial periods",
        text: "Sales beat the year-earlier period in the first nine months of 2019.",
        want: &[
            w!("the year-earlier period", Date),
            w!("the first nine months of 2019", Date),
        ],
    },
    Case {
        name: "written-out year",
        text: "born on twelve March nineteen seventy four",
        want: &[w!(
            "twelve March nineteen seventy four",
            Date,
            None,
            "1974-03-12"
        )],
    },
];

/// Quantities.
const QUANTITIES: &[Case] = &[
    Case {
        name: "tonnes spaced",
        text: "It shipped 500 tonnes.",
        want: &[w!("500 tonnes", Quantity, Some(500.0), "tonne")],
    },
    Case {
        name: "attached kilometres",
        text: "a 10km race",
        want: &[w!("10km", Quantity, Some(10.0), "kilometre")],
    },
    Case {
        name: "miles with decimals",
        text: "He ran 3.5 miles.",
        want: &[w!("3.5 miles", Quantity, Some(3.5), "mile")],
    },
    Case {
        name: "degrees Celsius",
        text: "It hit 40 degrees Celsius.",
        want: &[w!(
            "40 degrees Celsius",
            Quantity,
            Some(40.0),
            "degree Celsius"
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
        want: &[w!("1", Number, 1.0)],
    },
    Case {
        name: "a trailing sign",
        text: "US$",
        want: &[],
    },
];

fn check(cases: &[Case]) {
    let annotator = Annotator::new().unwrap();
    let options = Options {
        date: Some("2019-04-24".into()),
        ..Options::default()
    };
    let mut failures = Vec::new();
    for case in cases {
        let doc = annotator.annotate_with(case.text, &options).unwrap();
        let got: Vec<&Figure> = doc.figures.iter().collect();
        let ok = got.len() == case.want.len()
            && got.iter().zip(case.want).all(|(g, w)| {
                let extra = g
                    .date
                    .as_deref()
                    .or(g.currency.as_deref())
                    .or(g.unit.as_deref());
                let extra_ok = match w.extra {
                    None => true,
                    Some(e) => {
                        g.date.as_deref() == Some(e)
                            || g.currency.as_deref() == Some(e)
                            || g.unit.as_deref() == Some(e)
                            || extra == Some(e)
                    }
                };
                let value_ok = match (g.value, w.value) {
                    (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                    (None, None) => true,
                    _ => false,
                };
                g.text == w.text && g.kind == w.kind && value_ok && extra_ok
            });
        if !ok {
            let shown: Vec<String> = got
                .iter()
                .map(|g| {
                    format!(
                        "{:?} {:?} {:?} {:?}/{:?}/{:?}",
                        g.text, g.kind, g.value, g.currency, g.unit, g.date
                    )
                })
                .collect();
            failures.push(format!(
                "{}: {:?}\n    got {:#?}",
                case.name, case.text, shown
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
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
