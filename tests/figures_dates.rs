//! Dates as tables (issue 14): each form of date the figures pass resolves, with the day
//! (`date`) and, for a range, the last day (`date_end`) it resolves to against an article
//! dated Wednesday 2019-04-24; and properties every resolved date keeps.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{Annotator, Figure, FigureKind, Options};
use proptest::prelude::*;

/// What one figure should be: its text, kind, date and a range's last date.
struct Want {
    text: &'static str,
    kind: FigureKind,
    date: Option<&'static str>,
    date_end: Option<&'static str>,
}

/// One row: what happens, a text, and every date, time or duration expected in it.
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
            date: None,
            date_end: None,
        }
    };
    ($text:expr, $kind:ident, $date:expr) => {
        Want {
            text: $text,
            kind: FigureKind::$kind,
            date: Some($date),
            date_end: None,
        }
    };
    ($text:expr, $kind:ident, $date:expr, $end:expr) => {
        Want {
            text: $text,
            kind: FigureKind::$kind,
            date: Some($date),
            date_end: Some($end),
        }
    };
}

/// Counts of time from the article's date or from another date.
const RELATIVE: &[Case] = &[
    Case {
        name: "weeks ago",
        text: "The plant closed three weeks ago.",
        want: &[w!("three weeks ago", Date, "2019-04-03")],
    },
    Case {
        name: "two counts ago",
        text: "The fire started two weeks and three days ago.",
        want: &[w!("two weeks and three days ago", Date, "2019-04-07")],
    },
    Case {
        name: "days from now",
        text: "The fund runs dry three days from now.",
        want: &[w!("three days from now", Date, "2019-04-27")],
    },
    Case {
        name: "in a count of days",
        text: "The ship docks in two days.",
        want: &[w!("two days", Duration, "2019-04-26")],
    },
    Case {
        name: "a fortnight later, no tense",
        text: "Results a fortnight later.",
        want: &[w!("a fortnight later", Date, "2019-05-08")],
    },
    Case {
        name: "a story's own later gets no date",
        text: "Two days later, he was arrested.",
        want: &[w!("Two days later", Date)],
    },
    Case {
        name: "weeks from a weekday ahead",
        text: "The vote will take place six weeks from Monday.",
        want: &[w!("six weeks from Monday", Date, "2019-06-10")],
    },
    Case {
        name: "days before a dated event",
        text: "Campaigning ends ten days before the March 3 vote.",
        want: &[w!("ten days before the March 3", Date, "2019-02-21")],
    },
    Case {
        name: "weeks from tomorrow",
        text: "Tickets go on sale three weeks from tomorrow.",
        want: &[w!("three weeks from tomorrow", Date, "2019-05-16")],
    },
    Case {
        name: "the day after tomorrow",
        text: "We meet the day after tomorrow.",
        want: &[w!("the day after tomorrow", Date, "2019-04-26")],
    },
    Case {
        name: "the day before yesterday",
        text: "It rained the day before yesterday.",
        want: &[w!("the day before yesterday", Date, "2019-04-22")],
    },
    Case {
        name: "a count before a vague date stays a duration",
        text: "It ended two days before the storm.",
        want: &[w!("two days", Duration)],
    },
];

/// Weekdays placed by the words around them.
const WEEKDAYS: &[Case] = &[
    Case {
        name: "past tense leans back",
        text: "The minister said on Tuesday that talks had failed.",
        want: &[w!("Tuesday", Date, "2019-04-23")],
    },
    Case {
        name: "future tense leans ahead",
        text: "The board will meet on Thursday.",
        want: &[w!("Thursday", Date, "2019-04-25")],
    },
    Case {
        name: "the article's own weekday, looking back",
        text: "Police said on Wednesday the road was shut.",
        want: &[w!("Wednesday", Date, "2019-04-24")],
    },
    Case {
        name: "the weekday after next",
        text: "The exhibition opens the Tuesday after next.",
        want: &[w!("the Tuesday after next", Date, "2019-05-07")],
    },
    Case {
        name: "a weekday of next week",
        text: "The summit is on Friday of next week.",
        want: &[w!("Friday of next week", Date, "2019-05-03")],
    },
    Case {
        name: "a weekday of the following week",
        text: "Voting starts Monday of the following week.",
        want: &[w!("Monday of the following week", Date, "2019-04-29")],
    },
    Case {
        name: "next week, then the weekday",
        text: "They will sign it next week Thursday.",
        want: &[w!("next week Thursday", Date, "2019-05-02")],
    },
    Case {
        name: "this coming weekday",
        text: "The store reopens this coming Sunday.",
        want: &[w!("this coming Sunday", Date, "2019-04-28")],
    },
    Case {
        name: "a weekday with its day of the month",
        text: "He arrived on Thursday the 11th.",
        want: &[w!("Thursday the 11th", Date, "2019-04-11")],
    },
    Case {
        name: "a weekday with a later day of the month",
        text: "It closes on Friday the 10th.",
        want: &[w!("Friday the 10th", Date, "2019-05-10")],
    },
    Case {
        name: "a weekday with a date in full",
        text: "It opened on Monday the 25 March 2019.",
        want: &[w!("Monday the 25 March 2019", Date, "2019-03-25")],
    },
    Case {
        name: "minutes past the hour",
        text: "The alarm rang at twenty past eight and again at half past ten.",
        want: &[w!("twenty past eight", Time), w!("half past ten", Time)],
    },
    Case {
        name: "a bare hour after a day",
        text: "The match will kick off on Saturday at 5.",
        want: &[w!("Saturday at 5", Date, "2019-04-27")],
    },
    Case {
        name: "a bare hour to a time",
        text: "The shop opens from 9 to 5:30 pm.",
        want: &[w!("9 to 5:30 pm", Time)],
    },
    Case {
        name: "a count to a count is no time",
        text: "Scores ran 5 to 9.",
        want: &[],
    },
    Case {
        name: "the nth weekday of next month",
        text: "Rents are due the first Monday of next month.",
        want: &[w!("the first Monday of next month", Date, "2019-05-06")],
    },
    Case {
        name: "the last weekday of a named month",
        text: "The fair ends on the last Friday of June.",
        want: &[w!("the last Friday of June", Date, "2019-06-28")],
    },
    Case {
        name: "next week is Monday to Sunday",
        text: "Markets reopen next week.",
        want: &[w!("next week", Date, "2019-04-29", "2019-05-05")],
    },
    Case {
        name: "a weekday and its time are one",
        text: "The talks will resume on Friday at 3pm.",
        want: &[w!("Friday at 3pm", Date, "2019-04-26")],
    },
    Case {
        name: "a weekday of a counted week",
        text: "The team flies home in two weeks on Monday.",
        want: &[w!("two weeks on Monday", Date, "2019-05-06")],
    },
];

/// Named days, with a year or without one.
const HOLIDAYS: &[Case] = &[
    Case {
        name: "Christmas Eve ahead in a future sentence",
        text: "Shops will close early on Christmas Eve.",
        want: &[w!("Christmas Eve", Date, "2019-12-24")],
    },
    Case {
        name: "last Christmas",
        text: "Sales slumped last Christmas.",
        want: &[w!("last Christmas", Date, "2018-12-25")],
    },
    Case {
        name: "Boxing Day with a year",
        text: "The sale began on Boxing Day 2020.",
        want: &[w!("Boxing Day 2020", Date, "2020-12-26")],
    },
    Case {
        name: "New Year's Day with its apostrophe",
        text: "The law takes effect on New Year's Day 2021.",
        want: &[w!("New Year's Day 2021", Date, "2021-01-01")],
    },
    Case {
        name: "New Year's Eve in the past",
        text: "Fireworks were banned on New Year's Eve.",
        want: &[w!("New Year's Eve", Date, "2018-12-31")],
    },
    Case {
        name: "Valentine's Day in the past",
        text: "Roses were sold out on Valentine's Day.",
        want: &[w!("Valentine's Day", Date, "2019-02-14")],
    },
    Case {
        name: "next Halloween",
        text: "The ride reopens next Halloween.",
        want: &[w!("next Halloween", Date, "2019-10-31")],
    },
    Case {
        name: "US Labor Day is September's first Monday",
        text: "Parades are planned for Labor Day 2019.",
        want: &[w!("Labor Day 2019", Date, "2019-09-02")],
    },
    Case {
        name: "Labour Day depends on the country",
        text: "Unions marched on Labour Day.",
        want: &[w!("Labour Day", Date)],
    },
    Case {
        name: "Independence Day depends on the country",
        text: "Flags flew on Independence Day.",
        want: &[w!("Independence Day", Date)],
    },
    Case {
        name: "Easter by the computus",
        text: "The church was full at Easter 2019.",
        want: &[w!("Easter 2019", Date, "2019-04-21")],
    },
    Case {
        name: "Thanksgiving is November's fourth Thursday",
        text: "Flights were packed before Thanksgiving 2019.",
        want: &[w!("Thanksgiving 2019", Date, "2019-11-28")],
    },
];

/// Numeric dates with the month by name, and ranges.
const FORMS_AND_RANGES: &[Case] = &[
    Case {
        name: "year, month name, day",
        text: "Filed 2021-Mar-04 in court.",
        want: &[w!("2021-Mar-04", Date, "2021-03-04")],
    },
    Case {
        name: "day, month name, year",
        text: "Signed 04-Mar-2021 by both.",
        want: &[w!("04-Mar-2021", Date, "2021-03-04")],
    },
    Case {
        name: "month name, day, year",
        text: "Due Sep-09-2020, it came late.",
        want: &[w!("Sep-09-2020", Date, "2020-09-09")],
    },
    Case {
        name: "a decade",
        text: "Crime fell in the 1980s.",
        want: &[w!("the 1980s", Date, "1980", "1989")],
    },
    Case {
        name: "a decade by name",
        text: "It was built in the sixties.",
        want: &[w!("the sixties", Date, "1960", "1969")],
    },
    Case {
        name: "a century",
        text: "The bridge dates from the 19th century.",
        want: &[w!("the 19th century", Date, "1800", "1899")],
    },
    Case {
        name: "earlier this month",
        text: "Prices rose earlier this month.",
        want: &[w!("earlier this month", Date, "2019-04-01", "2019-04-23")],
    },
    Case {
        name: "late last year",
        text: "The firm was sold late last year.",
        want: &[w!("late last year", Date, "2018-09", "2018-12")],
    },
    Case {
        name: "mid-month",
        text: "Rains came in mid-March.",
        want: &[w!("mid-March", Date, "2019-03-11", "2019-03-20")],
    },
    Case {
        name: "a range of years",
        text: "Output doubled from 2014 to 2018.",
        want: &[w!("2014 to 2018", Date, "2014", "2018")],
    },
    Case {
        name: "a year in words",
        text: "They left in nineteen ninety six.",
        want: &[w!("nineteen ninety six", Date, "1996")],
    },
    Case {
        name: "a count in words is no year",
        text: "It came in two thousand boxes.",
        want: &[],
    },
    Case {
        name: "quarters of a year",
        text: "Sales fell over the past two quarters.",
        want: &[w!("the past two quarters", Date)],
    },
    Case {
        name: "a kind of day",
        text: "Refunds take four business days.",
        want: &[w!("four business days", Duration)],
    },
    Case {
        name: "an age is no decade",
        text: "The man, in his fifties, was unhurt.",
        want: &[],
    },
];

/// The figures of kind date, time or duration in `text` against 2019-04-24.
fn dates(annotator: &Annotator, text: &str, date: &str) -> Vec<Figure> {
    let options = Options {
        date: Some(date.into()),
        ..Options::default()
    };
    let doc = annotator.annotate_with(text, &options).unwrap();
    doc.figures
        .into_iter()
        .filter(|f| {
            matches!(
                f.kind,
                FigureKind::Date | FigureKind::Time | FigureKind::Duration
            )
        })
        .collect()
}

fn check(cases: &[Case]) {
    let annotator = Annotator::new().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let got = dates(&annotator, case.text, "2019-04-24");
        let ok = got.len() == case.want.len()
            && got.iter().zip(case.want).all(|(g, w)| {
                g.text == w.text
                    && g.kind == w.kind
                    && g.date.as_deref() == w.date
                    && g.date_end.as_deref() == w.date_end
            });
        if !ok {
            let shown: Vec<String> = got
                .iter()
                .map(|g| format!("{:?} {:?} {:?} {:?}", g.text, g.kind, g.date, g.date_end))
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
fn counts_of_time_compose_with_their_anchor() {
    check(RELATIVE);
}

#[test]
fn weekdays_resolve_by_tense_and_by_the_words_around_them() {
    check(WEEKDAYS);
}

#[test]
fn holidays_resolve_with_and_without_a_year() {
    check(HOLIDAYS);
}

#[test]
fn named_numeric_forms_and_ranges_carry_their_ends() {
    check(FORMS_AND_RANGES);
}

/// Whether `s` is an ISO 8601 year, month or day that exists.
fn real_date(s: &str) -> bool {
    let part = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = part(0..4);
    match s.len() {
        4 => year.is_some(),
        7 => year.is_some() && &s[4..5] == "-" && part(5..7).is_some_and(|m| (1..=12).contains(&m)),
        10 => {
            let (Some(y), Some(m), Some(d)) = (year, part(5..7), part(8..10)) else {
                return false;
            };
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            &s[4..5] == "-" && &s[7..8] == "-" && (1..=days).contains(&d)
        }
        _ => false,
    }
}

/// Pieces of date phrases the property test strings together.
const PIECES: &[&str] = &[
    "last",
    "next",
    "this",
    "coming",
    "the",
    "of",
    "week",
    "month",
    "year",
    "quarter",
    "Monday",
    "Friday",
    "Sunday",
    "March",
    "February",
    "May",
    "Christmas",
    "Easter",
    "Boxing Day",
    "New Year's Eve",
    "Labor Day",
    "29",
    "31",
    "30th",
    "2020",
    "1999",
    "days",
    "weeks",
    "months",
    "years",
    "ago",
    "from now",
    "after",
    "before",
    "tomorrow",
    "yesterday",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "the 1990s",
    "century",
    "19th",
    "Feb-29-2019",
    "2021-Feb-30",
    "at 3pm",
    "on",
    "in",
    "three",
    "two",
    "a fortnight",
    "said",
    "will",
    "-",
    "to",
];

/// A valid article date.
fn article_date() -> impl Strategy<Value = String> {
    (1950i32..2090, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let last = match m {
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 31,
        };
        format!("{y:04}-{m:02}-{:02}", d.min(last))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_resolved_date_is_a_real_day(pieces in prop::collection::vec(0..PIECES.len(), 1..10), today in article_date()) {
        let annotator = Annotator::new().unwrap();
        let text: Vec<&str> = pieces.iter().map(|&k| PIECES[k]).collect();
        for f in dates(&annotator, &text.join(" "), &today) {
            for d in [&f.date, &f.date_end].into_iter().flatten() {
                prop_assert!(real_date(d), "{:?} resolved to {:?} in {:?} on {}", f.text, d, text.join(" "), today);
            }
        }
    }

    #[test]
    fn days_ago_and_days_from_now_round_trip(n in 0u32..5000, weeks in any::<bool>(), today in article_date()) {
        let annotator = Annotator::new().unwrap();
        let unit = if weeks { "weeks" } else { "days" };
        let ago = dates(&annotator, &format!("It happened {n} {unit} ago."), &today);
        prop_assert_eq!(ago.len(), 1);
        let then = ago[0].date.clone().expect("a date");
        prop_assert!(real_date(&then));
        let back = dates(&annotator, &format!("It happens {n} {unit} from now."), &then);
        prop_assert_eq!(back.len(), 1);
        prop_assert_eq!(back[0].date.as_deref(), Some(today.as_str()));
    }
}

#[test]
fn a_count_back_before_year_one_has_no_date() {
    let found = dates(
        &Annotator::new().unwrap(),
        "29 century earlier",
        "1950-01-01",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].date.as_deref(), found[0].date_end.as_deref()),
        (None, None)
    );
}
