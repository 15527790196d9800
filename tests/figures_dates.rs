//! Dates as tables (issue 14): each form of date the figures pass resolves, with the day
//! (`date`) and, for a range, the last day (`date_end`) it resolves to against an article
//! dated Wednesday 2019-04-24, each row naming the fields it checks (a duration's `value` and
//! `unit` too) while the rest must be absent; and properties every resolved date keeps.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/figure_table.rs"]
mod figure_table;
#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/table.rs"]
mod table;

use article_annotator::{Annotator, Figure, FigureKind, Options};
use figure_table::{want, Case};
use invariants::real_date;
use proptest::prelude::*;

/// Counts of time from the article's date or from another date.
const RELATIVE: &[Case] = &[
    Case {
        name: "weeks ago",
        text: "The plant closed three weeks ago.",
        want: &[want!("three weeks ago", Date, date = "2019-04-03")],
    },
    Case {
        name: "two counts ago",
        text: "The fire started two weeks and three days ago.",
        want: &[want!(
            "two weeks and three days ago",
            Date,
            date = "2019-04-07"
        )],
    },
    Case {
        name: "days from now",
        text: "The fund runs dry three days from now.",
        want: &[want!("three days from now", Date, date = "2019-04-27")],
    },
    Case {
        name: "in a count of days",
        text: "The ship docks in two days.",
        want: &[want!(
            "two days",
            Duration,
            value = 2.0,
            unit = "day",
            date = "2019-04-26"
        )],
    },
    Case {
        name: "a fortnight later, no tense",
        text: "Results a fortnight later.",
        want: &[want!("a fortnight later", Date, date = "2019-05-08")],
    },
    Case {
        name: "a story's own later gets no date",
        text: "Two days later, he was arrested.",
        want: &[want!("Two days later", Date)],
    },
    Case {
        name: "weeks from a weekday ahead",
        text: "The vote will take place six weeks from Monday.",
        want: &[want!("six weeks from Monday", Date, date = "2019-06-10")],
    },
    Case {
        name: "days before a dated event",
        text: "Campaigning ends ten days before the March 3 vote.",
        want: &[want!(
            "ten days before the March 3",
            Date,
            date = "2019-02-21"
        )],
    },
    Case {
        name: "weeks from tomorrow",
        text: "Tickets go on sale three weeks from tomorrow.",
        want: &[want!(
            "three weeks from tomorrow",
            Date,
            date = "2019-05-16"
        )],
    },
    Case {
        name: "the day after tomorrow",
        text: "We meet the day after tomorrow.",
        want: &[want!("the day after tomorrow", Date, date = "2019-04-26")],
    },
    Case {
        name: "the day before yesterday",
        text: "It rained the day before yesterday.",
        want: &[want!("the day before yesterday", Date, date = "2019-04-22")],
    },
    Case {
        name: "a count before a vague date stays a duration",
        text: "It ended two days before the storm.",
        want: &[want!("two days", Duration, value = 2.0, unit = "day")],
    },
];

/// Weekdays placed by the words around them.
const WEEKDAYS: &[Case] = &[
    Case {
        name: "past tense leans back",
        text: "The minister said on Tuesday that talks had failed.",
        want: &[want!("Tuesday", Date, date = "2019-04-23")],
    },
    Case {
        name: "future tense leans ahead",
        text: "The board will meet on Thursday.",
        want: &[want!("Thursday", Date, date = "2019-04-25")],
    },
    Case {
        name: "the article's own weekday, looking back",
        text: "Police said on Wednesday the road was shut.",
        want: &[want!("Wednesday", Date, date = "2019-04-24")],
    },
    Case {
        name: "the weekday after next",
        text: "The exhibition opens the Tuesday after next.",
        want: &[want!("the Tuesday after next", Date, date = "2019-05-07")],
    },
    Case {
        name: "a weekday of next week",
        text: "The summit is on Friday of next week.",
        want: &[want!("Friday of next week", Date, date = "2019-05-03")],
    },
    Case {
        name: "a weekday of the following week",
        text: "Voting starts Monday of the following week.",
        want: &[want!(
            "Monday of the following week",
            Date,
            date = "2019-04-29"
        )],
    },
    Case {
        name: "next week, then the weekday",
        text: "They will sign it next week Thursday.",
        want: &[want!("next week Thursday", Date, date = "2019-05-02")],
    },
    Case {
        name: "this coming weekday",
        text: "The store reopens this coming Sunday.",
        want: &[want!("this coming Sunday", Date, date = "2019-04-28")],
    },
    Case {
        name: "a weekday with its day of the month",
        text: "He arrived on Thursday the 11th.",
        want: &[want!("Thursday the 11th", Date, date = "2019-04-11")],
    },
    Case {
        name: "a weekday with a later day of the month",
        text: "It closes on Friday the 10th.",
        want: &[want!("Friday the 10th", Date, date = "2019-05-10")],
    },
    Case {
        name: "a weekday with a date in full",
        text: "It opened on Monday the 25 March 2019.",
        want: &[want!("Monday the 25 March 2019", Date, date = "2019-03-25")],
    },
    Case {
        name: "minutes past the hour",
        text: "The alarm rang at twenty past eight and again at half past ten.",
        want: &[
            want!("twenty past eight", Time),
            want!("half past ten", Time),
        ],
    },
    Case {
        name: "a bare hour after a day",
        text: "The match will kick off on Saturday at 5.",
        want: &[want!("Saturday at 5", Date, date = "2019-04-27")],
    },
    Case {
        name: "a bare hour to a time",
        text: "The shop opens from 9 to 5:30 pm.",
        want: &[want!("9 to 5:30 pm", Time)],
    },
    Case {
        name: "a count to a count is no time",
        text: "Scores ran 5 to 9.",
        want: &[],
    },
    Case {
        name: "the nth weekday of next month",
        text: "Rents are due the first Monday of next month.",
        want: &[want!(
            "the first Monday of next month",
            Date,
            date = "2019-05-06"
        )],
    },
    Case {
        name: "the last weekday of a named month",
        text: "The fair ends on the last Friday of June.",
        want: &[want!("the last Friday of June", Date, date = "2019-06-28")],
    },
    Case {
        name: "next week is Monday to Sunday",
        text: "Markets reopen next week.",
        want: &[want!(
            "next week",
            Date,
            date = "2019-04-29",
            date_end = "2019-05-05"
        )],
    },
    Case {
        name: "a weekday and its time are one",
        text: "The talks will resume on Friday at 3pm.",
        want: &[want!("Friday at 3pm", Date, date = "2019-04-26")],
    },
    Case {
        name: "a weekday of a counted week",
        text: "The team flies home in two weeks on Monday.",
        want: &[want!("two weeks on Monday", Date, date = "2019-05-06")],
    },
];

/// Named days, with a year or without one.
const HOLIDAYS: &[Case] = &[
    Case {
        name: "Christmas Eve ahead in a future sentence",
        text: "Shops will close early on Christmas Eve.",
        want: &[want!("Christmas Eve", Date, date = "2019-12-24")],
    },
    Case {
        name: "last Christmas",
        text: "Sales slumped last Christmas.",
        want: &[want!("last Christmas", Date, date = "2018-12-25")],
    },
    Case {
        name: "Boxing Day with a year",
        text: "The sale began on Boxing Day 2020.",
        want: &[want!("Boxing Day 2020", Date, date = "2020-12-26")],
    },
    Case {
        name: "New Year's Day with its apostrophe",
        text: "The law takes effect on New Year's Day 2021.",
        want: &[want!("New Year's Day 2021", Date, date = "2021-01-01")],
    },
    Case {
        name: "New Year's Eve in the past",
        text: "Fireworks were banned on New Year's Eve.",
        want: &[want!("New Year's Eve", Date, date = "2018-12-31")],
    },
    Case {
        name: "Valentine's Day in the past",
        text: "Roses were sold out on Valentine's Day.",
        want: &[want!("Valentine's Day", Date, date = "2019-02-14")],
    },
    Case {
        name: "next Halloween",
        text: "The ride reopens next Halloween.",
        want: &[want!("next Halloween", Date, date = "2019-10-31")],
    },
    Case {
        name: "US Labor Day is September's first Monday",
        text: "Parades are planned for Labor Day 2019.",
        want: &[want!("Labor Day 2019", Date, date = "2019-09-02")],
    },
    Case {
        name: "Labour Day depends on the country",
        text: "Unions marched on Labour Day.",
        want: &[want!("Labour Day", Date)],
    },
    Case {
        name: "Independence Day depends on the country",
        text: "Flags flew on Independence Day.",
        want: &[want!("Independence Day", Date)],
    },
    Case {
        name: "Easter by the computus",
        text: "The church was full at Easter 2019.",
        want: &[want!("Easter 2019", Date, date = "2019-04-21")],
    },
    Case {
        name: "Thanksgiving is November's fourth Thursday",
        text: "Flights were packed before Thanksgiving 2019.",
        want: &[want!("Thanksgiving 2019", Date, date = "2019-11-28")],
    },
];

/// Numeric dates with the month by name, and ranges.
const FORMS_AND_RANGES: &[Case] = &[
    Case {
        name: "year, month name, day",
        text: "Filed 2021-Mar-04 in court.",
        want: &[want!("2021-Mar-04", Date, date = "2021-03-04")],
    },
    Case {
        name: "day, month name, year",
        text: "Signed 04-Mar-2021 by both.",
        want: &[want!("04-Mar-2021", Date, date = "2021-03-04")],
    },
    Case {
        name: "month name, day, year",
        text: "Due Sep-09-2020, it came late.",
        want: &[want!("Sep-09-2020", Date, date = "2020-09-09")],
    },
    Case {
        name: "a decade",
        text: "Crime fell in the 1980s.",
        want: &[want!("the 1980s", Date, date = "1980", date_end = "1989")],
    },
    Case {
        name: "a decade by name",
        text: "It was built in the sixties.",
        want: &[want!("the sixties", Date, date = "1960", date_end = "1969")],
    },
    Case {
        name: "a century",
        text: "The bridge dates from the 19th century.",
        want: &[want!(
            "the 19th century",
            Date,
            date = "1800",
            date_end = "1899"
        )],
    },
    Case {
        name: "earlier this month",
        text: "Prices rose earlier this month.",
        want: &[want!(
            "earlier this month",
            Date,
            date = "2019-04-01",
            date_end = "2019-04-23"
        )],
    },
    Case {
        name: "late last year",
        text: "The firm was sold late last year.",
        want: &[want!(
            "late last year",
            Date,
            date = "2018-09",
            date_end = "2018-12"
        )],
    },
    Case {
        name: "mid-month",
        text: "Rains came in mid-March.",
        want: &[want!(
            "mid-March",
            Date,
            date = "2019-03-11",
            date_end = "2019-03-20"
        )],
    },
    Case {
        name: "a range of years",
        text: "Output doubled from 2014 to 2018.",
        want: &[want!(
            "2014 to 2018",
            Date,
            date = "2014",
            date_end = "2018"
        )],
    },
    Case {
        name: "a year in words",
        text: "They left in nineteen ninety six.",
        want: &[want!("nineteen ninety six", Date, date = "1996")],
    },
    Case {
        name: "a count in words is no year",
        text: "It came in two thousand boxes.",
        want: &[],
    },
    Case {
        name: "quarters of a year",
        text: "Sales fell over the past two quarters.",
        want: &[want!("the past two quarters", Date)],
    },
    Case {
        name: "a kind of day",
        text: "Refunds take four business days.",
        want: &[want!(
            "four business days",
            Duration,
            value = 4.0,
            unit = "day"
        )],
    },
    Case {
        name: "an age is no decade",
        text: "The man, in his fifties, was unhurt.",
        want: &[],
    },
];

/// The figures of kind date, time or duration in `text` against the article date `date`.
fn dates(annotator: &Annotator, text: &str, date: &str) -> Vec<Figure> {
    let options = Options {
        date: Some(date.into()),
        ..Options::default()
    };
    let doc = annotator.annotate_with(text, &options).unwrap();
    invariants::assert_invariants(text, &doc);
    doc.figures.into_iter().filter(is_time).collect()
}

/// Whether a figure is a date, a time or a duration.
fn is_time(f: &Figure) -> bool {
    matches!(
        f.kind,
        FigureKind::Date | FigureKind::Time | FigureKind::Duration
    )
}

/// Checks the dates, times and durations of each row against an article dated 2019-04-24.
fn check(cases: &[Case]) {
    let options = Options {
        date: Some("2019-04-24".into()),
        ..Options::default()
    };
    figure_table::check(cases, &options, is_time);
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

#[test]
fn a_range_that_would_end_before_it_begins_stays_unresolved() {
    // "2021-Feb-30" names a day February lacks; what is left, "2021-Feb", would run from 2021
    // to February of the article's year, which ends before it begins.
    let annotator = Annotator::new().unwrap();
    for (text, span) in [
        ("Filed 2021-Feb-30 in court.", "2021-Feb"),
        ("It ran from 2018 to 2014.", "2018 to 2014"),
    ] {
        let found = dates(&annotator, text, "2019-04-24");
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.text.as_str(), f.date.as_deref(), f.date_end.as_deref()))
            .collect();
        assert_eq!(got, [(span, None, None)], "{text}");
    }
}
