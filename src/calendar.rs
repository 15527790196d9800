//! Month and weekday names, shared by the figures pass (which reads dates) and the names
//! pass (which must not take "March" or "Tuesday" for a name), and the calendar arithmetic
//! that resolves relative dates against the article's date: every form of the date pass
//! counts its days, weeks, months, years, nth weekdays and holidays here.

/// Month names with their number, and the abbreviations news uses.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names, Monday first (ISO numbering 1..=7), and their abbreviations.
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
    ("mon", 1),
    ("tue", 2),
    ("tues", 2),
    ("wed", 3),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("fri", 5),
    ("sat", 6),
    ("sun", 7),
];

/// The number of the month `word` names (any case, full names or abbreviations).
pub(crate) fn month(word: &str) -> Option<u32> {
    lookup(MONTHS, MONTH_LETTERS, word)
}

/// The ISO number of the weekday `word` names (any case, full names or abbreviations).
pub(crate) fn weekday(word: &str) -> Option<u32> {
    lookup(WEEKDAYS, WEEKDAY_LETTERS, word)
}

/// Whether `word` is a month's name in full, written as in running text ("March").
pub(crate) fn is_month_name(word: &str) -> bool {
    is_capitalised_name(&MONTHS[..12], MONTH_LETTERS, word)
}

/// Whether `word` is a weekday's name in full, written as in running text ("Tuesday").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    is_capitalised_name(&WEEKDAYS[..7], WEEKDAY_LETTERS, word)
}

/// Whether `word` is one of the names of `table` (which start with `letters`) with a capital
/// letter and the rest in lower case.
fn is_capitalised_name(table: &[(&str, u32)], letters: u32, word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && lookup(table, letters, word).is_some()
}

/// The letters, as bits from `a`, that names in `table` start with.
const fn first_letters(table: &[(&str, u32)]) -> u32 {
    let mut letters = 0;
    let mut i = 0;
    while i < table.len() {
        letters |= 1 << (table[i].0.as_bytes()[0] - b'a');
        i += 1;
    }
    letters
}

/// The letters month names start with.
const MONTH_LETTERS: u32 = first_letters(MONTHS);
/// The letters weekday names start with.
const WEEKDAY_LETTERS: u32 = first_letters(WEEKDAYS);

/// The number of `word` in `table`, whose names start with `letters`.
fn lookup(table: &[(&str, u32)], letters: u32, word: &str) -> Option<u32> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    // Most words fail on their first letter or length, before any copy or comparison.
    if !first.is_ascii_lowercase() || letters & (1 << (first - b'a')) == 0 {
        return None;
    }
    let mut lower = [0u8; 9];
    let lower = lower.get_mut(..word.len()).filter(|_| word.len() >= 3)?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let same = |name: &&str| {
        name.len() == lower.len() && name.as_bytes()[0] == lower[0] && name.as_bytes() == lower
    };
    table.iter().find(|(name, _)| same(name)).map(|&(_, n)| n)
}

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Day {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// The number of days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Day {
    /// The day, if it exists ("2019-02-30" does not).
    pub(crate) fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        (day >= 1 && day <= days_in_month(year, month) && (1..=9999).contains(&year))
            .then_some(Day { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (four, two and two digits) naming a day that exists.
    pub(crate) fn parse(iso: &str) -> Option<Day> {
        let b = iso.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return None;
        }
        Day::new(
            iso[..4].parse().ok()?,
            iso[5..7].parse().ok()?,
            iso[8..].parse().ok()?,
        )
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn ordinal(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year) - i64::from(self.month <= 2),
            i64::from(self.month),
            i64::from(self.day),
        );
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days since 1970-01-01.
    fn from_ordinal(n: i64) -> Day {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// The day `n` days later (earlier when negative).
    pub(crate) fn add_days(self, n: i64) -> Day {
        Day::from_ordinal(self.ordinal() + n.clamp(-3_000_000, 3_000_000))
    }

    /// The same day `n` months later, clamped to the month's length.
    pub(crate) fn add_months(self, n: i64) -> Day {
        let total =
            i64::from(self.year) * 12 + i64::from(self.month) - 1 + n.clamp(-100_000, 100_000);
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u32;
        Day {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The ISO weekday, 1 (Monday) to 7 (Sunday).
    pub(crate) fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.ordinal() + 3).rem_euclid(7) + 1) as u32
    }

    /// The day `n` steps later (earlier when `n` is negative): "three weeks", "two years".
    pub(crate) fn add(self, n: i64, step: Step) -> Day {
        match step {
            Step::Days(d) => self.add_days(n.saturating_mul(d)),
            Step::Months(m) => self.add_months(n.saturating_mul(m)),
        }
    }

    /// The Monday of this day's week (weeks run Monday to Sunday, as ISO 8601 has them).
    pub(crate) fn week_start(self) -> Day {
        self.add_days(1 - i64::from(self.weekday()))
    }

    /// The day of ISO `weekday` in the week `weeks` after this day's (before when negative).
    pub(crate) fn weekday_in_week(self, weekday: u32, weeks: i64) -> Day {
        self.week_start()
            .add_days(7 * weeks + i64::from(weekday) - 1)
    }

    /// The next day of ISO `weekday` after this one (`after` true) or the last before it,
    /// this day itself when `inclusive`.
    pub(crate) fn nearest_weekday(self, weekday: u32, after: bool, inclusive: bool) -> Day {
        let delta = i64::from(weekday) - i64::from(self.weekday());
        let delta = match (after, inclusive) {
            (true, true) => delta.rem_euclid(7),
            (true, false) => (delta - 1).rem_euclid(7) + 1,
            (false, true) => -(-delta).rem_euclid(7),
            (false, false) => -((-delta - 1).rem_euclid(7) + 1),
        };
        self.add_days(delta)
    }

    /// The `n`th ISO `weekday` of `month` in `year` (`n` -1 the last, -2 the one before).
    pub(crate) fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<Day> {
        let day = if n > 0 {
            let first = Day::new(year, month, 1)?.nearest_weekday(weekday, true, true);
            first.add_days(7 * i64::from(n - 1))
        } else {
            let last = Day::new(year, month, days_in_month(year, month))?
                .nearest_weekday(weekday, false, true);
            last.add_days(7 * i64::from(n + 1))
        };
        (day.month == month && day.year == year).then_some(day)
    }

    /// Easter Sunday of `year` (the Gregorian computus).
    pub(crate) fn easter(year: i32) -> Option<Day> {
        let (a, b, c) = (year % 19, year / 100, year % 100);
        let (d, e) = (b / 4, b % 4);
        let g = (8 * b + 13) / 25;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 19 * l) / 433;
        let month = (h + l - 7 * m + 90) / 25;
        let day = (h + l - 7 * m + 33 * month + 19) % 32;
        Day::new(year, month as u32, day as u32)
    }

    /// The first and last day of an ISO 8601 date, month (`YYYY-MM`) or year (`YYYY`), to
    /// the last day of `end` when a range has one.
    pub(crate) fn bounds(date: &str, end: Option<&str>) -> Option<(Day, Day)> {
        let first = Day::first_of(date)?;
        let last = Day::last_of(end.unwrap_or(date))?;
        (first <= last).then_some((first, last))
    }

    /// The first day of a date, month or year.
    fn first_of(iso: &str) -> Option<Day> {
        match iso.len() {
            4 => Day::new(iso.parse().ok()?, 1, 1),
            7 => Day::new(iso[..4].parse().ok()?, iso.get(5..)?.parse().ok()?, 1),
            _ => Day::parse(iso),
        }
    }

    /// The last day of a date, month or year.
    fn last_of(iso: &str) -> Option<Day> {
        let first = Day::first_of(iso)?;
        Some(match iso.len() {
            4 => Day {
                month: 12,
                day: 31,
                ..first
            },
            7 => Day {
                day: days_in_month(first.year, first.month),
                ..first
            },
            _ => first,
        })
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A step of the calendar a count of units moves by: days ("three weeks" is 21) or months
/// ("two years" is 24).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// This many days.
    Days(i64),
    /// This many months.
    Months(i64),
}

impl Step {
    /// The step of a unit of time by its name ("day", "week", "fortnight", "month",
    /// "quarter", "year", "decade", "century"); `None` for units under a day.
    pub(crate) fn of_unit(unit: &str) -> Option<Step> {
        Some(match unit {
            "day" => Step::Days(1),
            "week" => Step::Days(7),
            "fortnight" => Step::Days(14),
            "month" => Step::Months(1),
            "quarter" => Step::Months(3),
            "year" => Step::Months(12),
            "decade" => Step::Months(120),
            "century" => Step::Months(1200),
            _ => return None,
        })
    }
}

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// On a fixed month and day ("12-25").
    Fixed(u32, u32),
    /// On the `n`th weekday of a month (`n` -1 the last): month, ISO weekday, n.
    Nth(u32, u32, i32),
    /// This many days after Easter Sunday (before when negative).
    Easter(i64),
}

/// A named day: how it falls, and days added after ("Black Friday" is Thanksgiving's next day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Holiday {
    /// How its base day falls.
    pub(crate) rule: Rule,
    /// Days after the base day.
    pub(crate) offset: i64,
}

impl Holiday {
    /// Reads a rule of `holidays.tsv`: "12-25", "09-mon-1" (first Monday of September),
    /// "05-mon-last", "easter", "easter-2", "11-thu-4+1".
    pub(crate) fn parse(rule: &str) -> Option<Holiday> {
        let (rule, offset) = match rule.split_once('+') {
            Some((r, o)) => (r, o.parse().ok()?),
            None => (rule, 0),
        };
        if let Some(rest) = rule.strip_prefix("easter") {
            let days = if rest.is_empty() {
                0
            } else {
                rest.parse().ok()?
            };
            return Some(Holiday {
                rule: Rule::Easter(days),
                offset,
            });
        }
        let parts: Vec<&str> = rule.split('-').collect();
        let month: u32 = parts.first()?.parse().ok()?;
        let rule = match parts[1..] {
            [day] => Rule::Fixed(month, day.parse().ok()?),
            [weekday, n] => Rule::Nth(
                month,
                self::weekday(weekday)?,
                if n == "last" { -1 } else { n.parse().ok()? },
            ),
            _ => return None,
        };
        Some(Holiday { rule, offset })
    }

    /// The holiday's day in `year`.
    pub(crate) fn on(self, year: i32) -> Option<Day> {
        let base = match self.rule {
            Rule::Fixed(month, day) => Day::new(year, month, day)?,
            Rule::Nth(month, weekday, n) => Day::nth_weekday(year, month, weekday, n)?,
            Rule::Easter(days) => Day::easter(year)?.add_days(days),
        };
        Some(base.add_days(self.offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_know_their_weekday() {
        let d = Day::parse("2019-04-24").unwrap();
        assert_eq!(d.weekday(), 3);
        assert_eq!(d.add_days(7).iso(), "2019-05-01");
        assert_eq!(d.add_days(-365).iso(), "2018-04-24");
        assert_eq!(
            Day::parse("2020-01-31").unwrap().add_months(1).iso(),
            "2020-02-29"
        );
        assert_eq!(
            Day::parse("1969-12-31").unwrap().add_days(1).iso(),
            "1970-01-01"
        );
        assert!(Day::parse("2019-02-29").is_none());
    }

    #[test]
    fn steps_weekdays_and_holidays() {
        let d = Day::parse("2019-04-24").unwrap();
        assert_eq!(d.add(3, Step::Days(7)).iso(), "2019-05-15");
        assert_eq!(d.add(-2, Step::Months(12)).iso(), "2017-04-24");
        assert_eq!(d.week_start().iso(), "2019-04-22");
        assert_eq!(d.weekday_in_week(5, 1).iso(), "2019-05-03");
        assert_eq!(d.nearest_weekday(3, true, false).iso(), "2019-05-01");
        assert_eq!(d.nearest_weekday(3, false, true).iso(), "2019-04-24");
        assert_eq!(d.nearest_weekday(1, false, false).iso(), "2019-04-22");
        assert_eq!(Day::nth_weekday(2019, 9, 1, 1).unwrap().iso(), "2019-09-02");
        assert_eq!(
            Day::nth_weekday(2019, 5, 1, -1).unwrap().iso(),
            "2019-05-27"
        );
        assert_eq!(Day::easter(2019).unwrap().iso(), "2019-04-21");
        assert_eq!(Day::easter(2018).unwrap().iso(), "2018-04-01");
        assert_eq!(
            Holiday::parse("11-thu-4+1")
                .unwrap()
                .on(2010)
                .unwrap()
                .iso(),
            "2010-11-26"
        );
        assert_eq!(
            Holiday::parse("easter-2").unwrap().on(2019).unwrap().iso(),
            "2019-04-19"
        );
    }
}
