//! Dates and weekdays in drafts: "6 January", "January 6, 2026", "Jan. 6", "6th Jan",
//! "Tuesday", "Monday's", "in August", "in 2003". "6/1" is ambiguous and left alone.

use super::tokens::Token;
use crate::date::{month_number, Weekday};
use crate::span::Span;

/// A date expression in a sentence; any part may be missing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateExpr {
    pub span: Span,
    pub first: usize,
    pub last: usize,
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<Weekday>,
}

/// All date expressions of a sentence.
pub fn dates(tokens: &[Token]) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(d) = date_at(tokens, i) {
            i = d.last + 1;
            out.push(d);
        } else {
            i += 1;
        }
    }
    out
}

fn day_of(t: &Token) -> Option<u8> {
    let n = t
        .norm
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if n.is_empty() || n.len() > 2 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A day written as an ordinal word: "sixth", "sixteenth", "twenty-first".
fn ordinal_day(t: &Token) -> Option<u8> {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let word = t.norm.as_str();
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|p| p as u8 + 1);
    if let Some(d) = unit(word) {
        return Some(d);
    }
    if let Some(p) = TEENS.iter().position(|u| *u == word) {
        return Some(p as u8 + 10);
    }
    match word {
        "twentieth" => return Some(20),
        "thirtieth" => return Some(30),
        _ => {}
    }
    let (tens, rest) = word.split_once('-')?;
    let base = match tens {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    Some(base + unit(rest)?).filter(|d| *d <= 31)
}

fn year_of(t: &Token) -> Option<i32> {
    let n = t.norm.as_str();
    // "1995-96", "2025-2026": a span of years, dated by its first.
    let n = match n.split_once('-') {
        Some((a, b)) if b.len() == 2 || b.len() == 4 => {
            if b.bytes().all(|c| c.is_ascii_digit()) {
                a
            } else {
                n
            }
        }
        _ => n,
    };
    if n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()) {
        n.parse().ok().filter(|y| (1900..=2100).contains(y))
    } else {
        None
    }
}

/// The month at token `j`. "may" is a modal verb far more often than a month: a month
/// only after a day ("25 May"), before a day or year ("May 25", "May 2025"), or after a
/// word that only a time follows ("in May", "last May").
fn month_at(tokens: &[Token], j: usize, after_day: bool) -> Option<u8> {
    let t = tokens.get(j)?;
    if t.norm == "may" {
        let next_number = tokens
            .get(j + 1)
            .is_some_and(|n| day_of(n).is_some() || year_of(n).is_some());
        let time_word = j > 0
            && tokens[j - 1].is_any(&[
                "in", "since", "until", "last", "early", "late", "mid", "by", "from", "this",
            ]);
        return (after_day || next_number || time_word).then_some(5);
    }
    month_of(t)
}

fn month_of(t: &Token) -> Option<u8> {
    if t.norm == "may" {
        return None;
    }
    if t.norm.len() < 3 {
        return None;
    }
    month_number(&t.norm)
}

fn weekday_of(t: &Token) -> Option<Weekday> {
    Weekday::parse(t.norm.trim_end_matches("'s"))
}

fn date_at(tokens: &[Token], i: usize) -> Option<DateExpr> {
    let t = &tokens[i];
    let mut expr = DateExpr {
        span: t.span,
        first: i,
        last: i,
        year: None,
        month: None,
        day: None,
        weekday: None,
    };
    let mut k = i;
    if let Some(w) = weekday_of(t) {
        expr.weekday = Some(w);
        // "Tuesday, 6 January", "Tuesday 6 January", "Tuesday, January 6"
        let mut j = k + 1;
        if tokens.get(j).is_some_and(|t| t.is(",")) {
            j += 1;
        }
        if let Some(rest) = tokens.get(j).and_then(|_| day_month(tokens, j)) {
            expr.day = rest.day;
            expr.month = rest.month;
            expr.year = rest.year;
            k = rest.last;
        }
    } else if let Some(rest) = day_month(tokens, i) {
        expr.day = rest.day;
        expr.month = rest.month;
        expr.year = rest.year;
        k = rest.last;
    } else if let Some(y) = year_of(t) {
        // A bare year: only as a date when it is not a count ("2003 invasion", "in 2022").
        let next_is_unit = tokens
            .get(i + 1)
            .is_some_and(|n| n.norm.starts_with("troop") || n.norm.starts_with("soldier"));
        // "2046 KYIV - Zelenskyy: …": a ticker's clock time before its dateline.
        let clock = i == 0
            && tokens
                .get(i + 2)
                .is_some_and(|n| n.is_any(&["-", "—", "–"]))
            && tokens.get(i + 1).is_some_and(|n| !n.is_punct());
        if next_is_unit || clock {
            return None;
        }
        expr.year = Some(y);
    } else {
        return None;
    }
    expr.last = k;
    expr.span = tokens[i].span.cover(tokens[k].span);
    Some(expr)
}

struct DayMonth {
    day: Option<u8>,
    month: Option<u8>,
    year: Option<i32>,
    last: usize,
}

/// "6 January [2026]", "January 6[, 2026]", "Jan. 6", "January 2025", "August".
fn day_month(tokens: &[Token], i: usize) -> Option<DayMonth> {
    let t = tokens.get(i)?;
    // "sixth of January": an ordinal word is a day only before "of" and a month.
    let spelled = ordinal_day(t).filter(|_| tokens.get(i + 1).is_some_and(|n| n.is("of")));
    if let Some(day) = day_of(t).or(spelled) {
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| t.is("of")) {
            j += 1;
        }
        let month = month_at(tokens, j, true)?;
        let mut last = j;
        // "6 Jan. 2026": the abbreviation's period, not a full stop after "January".
        let abbreviated = tokens[j].norm.len() <= 4;
        if abbreviated
            && tokens.get(last + 1).is_some_and(|t| t.is("."))
            && tokens.get(last + 2).and_then(year_of).is_some()
        {
            last += 1;
        }
        let year = tokens.get(last + 1).and_then(year_of);
        if year.is_some() {
            last += 1;
        }
        return Some(DayMonth {
            day: Some(day),
            month: Some(month),
            year,
            last,
        });
    }
    let month = month_at(tokens, i, false)?;
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.is(".")) {
        j += 1;
    }
    // "January the sixteenth", "January sixth", "January the 6th".
    let the = tokens.get(j).is_some_and(|t| t.is("the"));
    let day_at = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| day_of(t).or_else(|| ordinal_day(t)))
    };
    if the && day_at(j + 1).is_some() {
        j += 1;
    }
    if let Some(day) = tokens
        .get(j)
        .and_then(day_of)
        .or_else(|| day_at(j).filter(|_| j > i))
    {
        let mut last = j;
        let mut k = j + 1;
        if tokens.get(k).is_some_and(|t| t.is(",")) {
            k += 1;
        }
        let year = tokens.get(k).and_then(year_of);
        if year.is_some() {
            last = k;
        }
        return Some(DayMonth {
            day: Some(day),
            month: Some(month),
            year,
            last,
        });
    }
    let year = tokens.get(j).and_then(year_of);
    let last = if year.is_some() { j } else { i };
    // A bare month name counts only in full ("in August"), not "Mar" or "Jan".
    if year.is_none() && t.norm.len() <= 4 && !t.is_any(&["may", "june", "july"]) {
        return None;
    }
    Some(DayMonth {
        day: None,
        month: Some(month),
        year,
        last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn one(text: &str) -> DateExpr {
        dates(&tokenize(text, Span::new(0, text.len())))
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no date in {text:?}"))
    }

    #[test]
    fn day_month_in_both_orders() {
        for text in [
            "on 6 January",
            "on January 6",
            "on Jan. 6",
            "the 6th January",
            "on 6 Jan",
            "on the sixth of January",
            "on January the sixth",
            "on January sixth",
            "January the 6th",
        ] {
            let d = one(text);
            assert_eq!((d.day, d.month), (Some(6), Some(1)), "{text}");
        }
        assert_eq!(one("on January the twenty-first").day, Some(21));
        assert_eq!(one("the thirty-first of March").day, Some(31));
        // An ordinal word alone is no day: "the first January summit".
        assert_eq!(one("the first January summit").day, None);
        let d = one("January 6, 2026");
        assert_eq!(d.year, Some(2026));
    }

    #[test]
    fn weekdays_possessives_and_years() {
        assert_eq!(one("Monday's summit").weekday, Some(Weekday::Monday));
        let d = one("on Tuesday, 6 January");
        assert_eq!((d.weekday, d.day), (Some(Weekday::Tuesday), Some(6)));
        assert_eq!(one("the 2003 invasion").year, Some(2003));
        assert_eq!(one("in August").month, Some(8));
        assert_eq!(one("in January 2025").year, Some(2025));
    }

    #[test]
    fn may_the_modal_is_not_a_month() {
        let text = "Germany may send troops";
        assert!(dates(&tokenize(text, Span::new(0, text.len()))).is_empty());
    }

    #[test]
    fn may_is_a_month_only_where_a_date_can_be() {
        assert_eq!(one("reported on 25 May that").month, Some(5));
        assert_eq!(one("reported in May that").month, Some(5));
        assert_eq!(one("since May 2025").year, Some(2025));
        let modal = |text: &str| dates(&tokenize(text, Span::new(0, text.len())));
        assert!(modal("The force may be deployed.").is_empty());
        assert!(modal("Officials may send troops.").is_empty());
    }
}
