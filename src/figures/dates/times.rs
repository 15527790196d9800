//! Times of day: "3pm", "15:30 GMT", "seven o'clock".

use super::Cx;
use crate::document::FigureKind;
use crate::figures::lexicon::{words, NumClass, TimeWord};
use crate::figures::{attached, is_number, near, Hit};

impl Cx<'_, '_> {
    /// "3pm", "3 p.m.", "15:30", "8:00am", "15:30 GMT", "1430 GMT", "three o'clock".
    #[inline(never)]
    pub(super) fn time(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let hour: u32 = t.get(i).parse().ok()?;
        if (1..=30).contains(&hour) && t.get(i).len() <= 2 {
            if let Some(hit) = self.past_the_hour(i, i + 1) {
                return Some(hit);
            }
        }
        let mut end = i + 1;
        let mut minutes = false;
        if matches!(t.get(end), ":" | ".")
            && attached(t, end)
            && attached(t, end + 1)
            && t.get(end + 1).len() == 2
            && is_number(t, end + 1)
        {
            let m: u32 = t.get(end + 1).parse().ok()?;
            if m > 59 {
                return None;
            }
            // "6.45" is a time only with "am" or "pm": "closed at 6.45" is a price
            minutes = t.get(end) == ":";
            end += 2;
            if t.get(end) == ":"
                && attached(t, end)
                && t.get(end + 1).len() == 2
                && is_number(t, end + 1)
            {
                end += 2;
            }
        } else if t.get(i).len() == 4 && hour <= 2359 && hour % 100 < 60 {
            // "1430 GMT": a 24-hour time needs its zone
            let zone = near(t, end)
                && self.time_word(end) == Some(TimeWord::Zone)
                && t.get(end).bytes().all(|b| b.is_ascii_uppercase());
            return zone.then(|| Hit::new(i, end + 1, FigureKind::Time, None));
        }
        let meridiem = self.meridiem(end);
        if let Some(e) = meridiem {
            if !(1..=12).contains(&hour) {
                return None;
            }
            end = e;
        } else if !minutes || hour > 24 {
            if hour <= 12
                && near(t, end)
                && matches!(self.t.get(end), "o")
                && self.t.get(end + 1) == "'"
            {
                return None;
            }
            return self.o_clock(i, end);
        }
        if near(t, end) && self.time_word(end) == Some(TimeWord::Zone) {
            end += 1;
        } else if self.lw(end).as_str() == "local" && self.lw(end + 1).as_str() == "time" {
            end += 2;
        }
        Some(Hit::new(i, end, FigureKind::Time, None))
    }

    /// "o'clock" after a number ending at `end`.
    pub(super) fn o_clock(&self, i: usize, end: usize) -> Option<Hit> {
        let t = self.t;
        (self.lw(end).as_str() == "o"
            && matches!(t.get(end + 1), "'" | "’")
            && self.lw(end + 2).as_str() == "clock")
            .then(|| Hit::new(i, end + 3, FigureKind::Time, None))
    }

    /// "am", "pm", "a.m.", "p.m." at token `i`: the token after.
    pub(super) fn meridiem(&self, i: usize) -> Option<usize> {
        let t = self.t;
        if !near(t, i) {
            return None;
        }
        match self.lw(i).as_str() {
            "am" | "pm" => Some(i + 1),
            "a" | "p"
                if t.get(i + 1) == "." && self.lw(i + 2).as_str() == "m" && near(t, i + 2) =>
            {
                // "p.m.", and newswire's "p . m ."
                Some(if t.get(i + 3) == "." && near(t, i + 3) {
                    i + 4
                } else {
                    i + 3
                })
            }
            _ => None,
        }
    }

    /// "10 past 9", "half past ten", "quarter to six" (minutes, from `i`, ending at `at`, then
    /// "past" or "to" and an hour): the time, to the hour's end.
    pub(super) fn past_the_hour(&self, i: usize, at: usize) -> Option<Hit> {
        let t = self.t;
        let word = self.lw(at);
        let fraction = matches!(self.lw(i).as_str(), "half" | "quarter");
        // "5 to 9" is as often a range of counts: only a fraction of an hour goes before "to"
        if !near(t, at + 1) || !(word.as_str() == "past" || word.as_str() == "to" && fraction) {
            return None;
        }
        let h = at + 1;
        let hour = match t.get(h).parse::<u32>() {
            Ok(n) => n,
            Err(_) => match words().numbers.get(self.lw(h).as_str()) {
                Some(&(n, NumClass::Unit | NumClass::Teen)) => n as u32,
                _ => return None,
            },
        };
        if !(1..=12).contains(&hour) {
            return None;
        }
        let end = self.meridiem(h + 1).unwrap_or(h + 1);
        Some(Hit::new(i, end, FigureKind::Time, None))
    }
}
