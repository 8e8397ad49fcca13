//! Calendar dates with a precision (year, month or day), weekdays, and their arithmetic.

use std::fmt;

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a date is not a real date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format,
    Month(u8),
    Day { day: u8, days_in_month: u8 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("a date is written YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Month(m) => write!(f, "there is no month {m}"),
            DateError::Day { day, days_in_month } => {
                write!(
                    f,
                    "day {day} is past the end of a {days_in_month}-day month"
                )
            }
        }
    }
}

impl Date {
    pub fn ymd(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(month));
        }
        let days_in_month = days_in_month(year, month);
        if day == 0 || day > days_in_month {
            return Err(DateError::Day { day, days_in_month });
        }
        Ok(Date {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let mut parts = text.trim().split('-');
        let year = parse_part(parts.next())? as i32;
        let month = parts.next().map(|m| parse_part(Some(m))).transpose()?;
        let day = parts.next().map(|d| parse_part(Some(d))).transpose()?;
        if parts.next().is_some() {
            return Err(DateError::Format);
        }
        match (month, day) {
            (None, _) => Ok(Date {
                year,
                month: None,
                day: None,
            }),
            (Some(m), None) if (1..=12).contains(&m) => Ok(Date {
                year,
                month: Some(m as u8),
                day: None,
            }),
            (Some(m), None) => Err(DateError::Month(m.min(255) as u8)),
            (Some(m), Some(d)) => Date::ymd(year, m.min(255) as u8, d.min(255) as u8),
        }
    }

    /// Whether the date is known to the day.
    pub fn is_full(self) -> bool {
        self.day.is_some()
    }

    /// The weekday, when the date is known to the day.
    pub fn weekday(self) -> Option<Weekday> {
        let (m, d) = (self.month?, self.day?);
        let days = days_from_civil(self.year, m, d);
        // 1970-01-01 was a Thursday.
        Some(Weekday::ALL[((days + 3).rem_euclid(7)) as usize])
    }

    /// The first day this date can mean.
    pub fn first_day(self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean.
    pub fn last_day(self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or(days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// A day count, for comparing full dates.
    pub fn ordinal(self) -> i64 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn parse_part(part: Option<&str>) -> Result<u32, DateError> {
    let part = part.ok_or(DateError::Format)?;
    if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Format);
    }
    part.parse().map_err(|_| DateError::Format)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday is 0, Sunday 6.
    pub fn index(self) -> usize {
        self as usize
    }

    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Parses a weekday name, any case.
    pub fn parse(text: &str) -> Option<Weekday> {
        let lower = text.to_ascii_lowercase();
        Weekday::ALL
            .into_iter()
            .find(|d| d.name().eq_ignore_ascii_case(&lower))
    }

    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

/// Month names as drafts write them, with their numbers.
pub const MONTHS: [(&str, u8); 21] = [
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
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
];

/// The month number of a month name or abbreviation ("Jan", "December").
pub fn month_number(word: &str) -> Option<u8> {
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, n)| n)
        .or(match lower.as_str() {
            "dec" => Some(12),
            _ => None,
        })
}

pub fn month_name(month: u8) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize].0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(
            Date::parse("2026-01-06").unwrap().weekday(),
            Some(Weekday::Tuesday)
        );
        assert_eq!(
            Date::parse("1970-01-01").unwrap().weekday(),
            Some(Weekday::Thursday)
        );
        assert_eq!(
            Date::parse("2024-02-29").unwrap().weekday(),
            Some(Weekday::Thursday)
        );
        assert_eq!(Date::parse("2025-04").unwrap().weekday(), None);
    }

    #[test]
    fn days_round_trip() {
        for text in ["1970-01-01", "2026-11-22", "2024-02-29", "2000-03-01"] {
            let d = Date::parse(text).unwrap();
            assert_eq!(Date::from_days(d.ordinal()), d);
        }
    }

    #[test]
    fn invalid_dates_say_why() {
        assert_eq!(Date::parse("2025-13-01"), Err(DateError::Month(13)));
        assert_eq!(
            Date::parse("2025-02-29"),
            Err(DateError::Day {
                day: 29,
                days_in_month: 28
            })
        );
        assert_eq!(Date::parse("20x5"), Err(DateError::Format));
    }

    #[test]
    fn partial_dates_cover_their_period() {
        let d = Date::parse("2025-01").unwrap();
        assert_eq!(d.first_day(), (2025, 1, 1));
        assert_eq!(d.last_day(), (2025, 1, 31));
        assert_eq!(month_number("Jan."), Some(1));
        assert_eq!(month_number("Dec"), Some(12));
    }
}
