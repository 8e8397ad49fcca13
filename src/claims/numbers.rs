//! Figures in every form reporters write them: "30,000", "30 000", "30k", "thirty
//! thousand", "several thousand", "a 110,000-strong force", "nearly 60%", "six of 30",
//! ranges and comparators. Each figure keeps the interval of values it allows.

use super::tokens::Token;
use crate::span::Span;

/// How the figure is bounded or hedged in the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Exact,
    About,
    Nearly,
    Under,
    AtMost,
    Over,
    AtLeast,
    Range,
    Vague,
}

/// A figure in a sentence.
#[derive(Clone, Debug)]
pub struct Figure {
    /// The words of the figure: comparator, number(s) and measure word.
    pub span: Span,
    /// Token range `first..=last` of the figure.
    pub first: usize,
    pub last: usize,
    pub low: f64,
    pub high: f64,
    /// The representative value (for messages).
    pub value: f64,
    pub bound: Bound,
    pub percent: bool,
    /// The measure word after the number ("troops", "strong", "countries"), singular.
    pub unit: Option<String>,
    /// "6 of 30": the whole.
    pub whole: Option<f64>,
}

const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("a dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1_000.0),
    ("million", 1_000_000.0),
    ("billion", 1e9),
    ("k", 1_000.0),
    ("m", 1_000_000.0),
    ("mn", 1_000_000.0),
    ("bn", 1e9),
];

/// Words before a number that bound it, longest first, with what they mean.
const COMPARATORS: &[(&[&str], Bound)] = &[
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["as", "many", "as"], Bound::AtMost),
    (&["in", "excess", "of"], Bound::Over),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["fewer", "than"], Bound::Under),
    (&["less", "than"], Bound::Under),
    (&["just", "under"], Bound::Under),
    (&["just", "below"], Bound::Under),
    (&["more", "than"], Bound::Over),
    (&["greater", "than"], Bound::Over),
    (&["just", "over"], Bound::Over),
    (&["upwards", "of"], Bound::Over),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["at", "least"], Bound::AtLeast),
    (&["close", "to"], Bound::Nearly),
    (&["an", "estimated"], Bound::About),
    (&["under"], Bound::Under),
    (&["below"], Bound::Under),
    (&["over"], Bound::Over),
    (&["above"], Bound::Over),
    (&["exceeding"], Bound::Over),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["some"], Bound::About),
    (&["roughly"], Bound::About),
    (&["approximately"], Bound::About),
    (&["approx"], Bound::About),
    (&["circa"], Bound::About),
    (&["estimated"], Bound::About),
    (&["nearly"], Bound::Nearly),
    (&["almost"], Bound::Nearly),
];

/// Words before a number that say it is not a count ("Article 5", "No. 10").
const NOT_A_COUNT: &[&str] = &[
    "myth",
    "chapter",
    "lesson",
    "reason",
    "article",
    "item",
    "part",
    "episode",
    "table",
    "exhibit",
    "step",
    "option",
    "question",
    "claim",
    "no",
    "no.",
    "number",
    "resolution",
    "page",
    "chapter",
    "section",
    "flight",
    "route",
    "room",
    "paragraph",
    "clause",
    "point",
    "$",
    "£",
    "€",
    "#",
    "phase",
    "stage",
    "g7",
    "g20",
    // "UIN 118517, tabled 3 February": a parliamentary question's number, a reference.
    "uin",
    "ref",
    "reference",
    "serial",
    "ticket",
    // "## Chart 5: What the 28-point plan would have meant".
    "chart",
    "graphic",
    "map",
    "slide",
];

/// All figures of a sentence.
pub fn figures(tokens: &[Token]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match figure_at(tokens, i) {
            Some(fig) => {
                i = fig.last + 1;
                out.push(fig);
            }
            None => i += 1,
        }
    }
    out
}

/// A number starting at token `i`: (value, last token, unit suffix from a hyphen, upper
/// value if the token itself is a range).
struct Base {
    value: f64,
    last: usize,
    suffix: Option<String>,
    range_high: Option<f64>,
    vague_high: Option<f64>,
    percent: bool,
}

fn figure_at(tokens: &[Token], i: usize) -> Option<Figure> {
    let base = and_a_half(tokens, base_number(tokens, i)?);
    // Not a count: "Article 5", "$30", "3:47", "No. 10".
    let abbreviated = i > 1 && tokens[i - 1].is(".") && tokens[i - 2].is_any(NOT_A_COUNT);
    // "will number 110,000" is a verb, "number 10" a label.
    let verb_number = i > 1
        && tokens[i - 1].is("number")
        && tokens[i - 2].is_any(&[
            "will", "would", "could", "might", "to", "may", "should", "itself",
        ]);
    // "…by more than half.[10]": a footnote marker.
    let footnote =
        i > 0 && tokens[i - 1].is("[") && tokens.get(base.last + 1).is_some_and(|t| t.is("]"));
    // "TAKE 7 -- CONTEXT": a wire take's number, opening its line ("would take 110,000
    // troops" is a count).
    let take = i == 1 && tokens[0].is_any(&["take", "takes"]);
    // "The number is 0800 095 958, text us on 81958": a phone number, a leading zero or
    // a number to call or text.
    let leading_zero = |t: &Token| {
        let b = t.norm.as_bytes();
        b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_digit()
    };
    let bare_digits =
        tokens[i].norm.len() >= 5 && tokens[i].norm.bytes().all(|b| b.is_ascii_digit());
    let phone = leading_zero(&tokens[i])
        || i > 0 && leading_zero(&tokens[i - 1])
        || bare_digits
            && tokens[i.saturating_sub(3)..i]
                .iter()
                .any(|t| t.is_any(&["text", "call", "dial", "ring", "phone", "sms", "tel"]));
    // "a room designed for half this many people": a proportion, no count.
    let proportion = tokens[i].is_any(&["half", "twice", "double", "triple"])
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_any(&["this", "that", "as", "these", "those"]));
    if abbreviated
        || phone
        || proportion
        || footnote
        || take
        || i > 0 && tokens[i - 1].is_any(NOT_A_COUNT) && !verb_number
        // "3:47", "15:55": a clock's minutes, joined to the colon; "Analysis: 110,000
        // troops needed" is a count after a label.
        || i > 0
            && tokens[i - 1].is(":")
            && (tokens[i - 1].span.end == tokens[i].span.start
                // (A share after a label is a scenario's odds or a poll's answer:
                // "Ceasefire agreed, deployment delayed: 30%".)
                || tokens.get(base.last + 1).is_some_and(|t| t.is_any(&["%", "percent", "per"])))
    {
        return None;
    }
    // "3:47", "6/1", and multipliers ("four times", "threefold") are no counts.
    // A colon or slash joins numbers only when a digit follows at once ("3:47"); a
    // factbox's "110,000: the troops needed" is a count.
    let joined = |t: &Token| {
        t.is_any(&[":", "/"])
            && tokens.get(base.last + 2).is_some_and(|n| {
                n.span.start == t.span.end && n.norm.starts_with(|c: char| c.is_ascii_digit())
            })
    };
    if tokens
        .get(base.last + 1)
        .is_some_and(|t| t.is_any(&["times", "fold"]) || joined(t))
    {
        return None;
    }
    if is_date_context(tokens, i, base.last) {
        return None;
    }
    let (mut first, mut bound) = (i, Bound::Exact);
    if let Some((len, b)) = comparator_before(tokens, i) {
        first = i - len;
        bound = b;
    }
    let mut low = base.value;
    let mut high = base.value;
    let mut last = base.last;
    let mut whole = None;
    let mut percent = base.percent;
    if let Some(h) = base.range_high {
        // "30-40k": the scale of the second number is the first's too.
        low = base.value * implied_scale(base.value, h);
        high = h;
        bound = Bound::Range;
    } else if let Some(h) = base.vague_high {
        high = h;
        bound = Bound::Vague;
    }
    // "between A and B", "A to B", "from A to B", "A-B".
    if base.range_high.is_none() {
        let between = first > 0 && tokens[first - 1].is_any(&["between", "from"]);
        if let Some(t) = tokens.get(last + 1) {
            let joiner = t.is_any(&["and", "to", "-"]) && (between || !t.is("and"));
            if joiner || t.is("or") && bound == Bound::Exact {
                if let Some(second) = base_number(tokens, last + 2) {
                    let scale = implied_scale(base.value, second.value);
                    low = base.value * scale;
                    high = second.value;
                    last = second.last;
                    bound = Bound::Range;
                    percent |= second.percent;
                    if between {
                        first -= 1;
                    }
                    return finish(
                        tokens,
                        first,
                        last,
                        low,
                        high,
                        low,
                        bound,
                        percent,
                        second.suffix,
                        None,
                    );
                }
            }
        }
        // "6 of 30", "six of the 30".
        if let Some(t) = tokens.get(last + 1) {
            if t.is("of") {
                let skip = usize::from(tokens.get(last + 2).is_some_and(|t| t.is("the")));
                if let Some(w) = base_number(tokens, last + 2 + skip) {
                    if w.value >= base.value
                        && w.suffix.is_none()
                        && !is_date_context(tokens, last + 2 + skip, w.last)
                    {
                        whole = Some(w.value);
                        last = w.last;
                    }
                }
            }
        }
    }
    match bound {
        Bound::Exact | Bound::Range | Bound::Vague => {}
        Bound::About => {
            low = base.value * (1.0 - crate::factbase::ABOUT_TOLERANCE);
            high = base.value * (1.0 + crate::factbase::ABOUT_TOLERANCE);
        }
        Bound::Nearly => {
            low = base.value * (1.0 - crate::factbase::ABOUT_TOLERANCE);
            high = base.value;
        }
        Bound::Under => {
            low = 0.0;
            high = base.value - strict(base.value);
        }
        Bound::AtMost => low = 0.0,
        Bound::Over => {
            low = base.value + strict(base.value);
            high = f64::INFINITY;
        }
        Bound::AtLeast => high = f64::INFINITY,
    }
    finish(
        tokens,
        first,
        last,
        low,
        high,
        base.value,
        bound,
        percent,
        base.suffix,
        whole,
    )
}

#[allow(clippy::too_many_arguments)]
fn finish(
    tokens: &[Token],
    first: usize,
    mut last: usize,
    low: f64,
    high: f64,
    value: f64,
    bound: Bound,
    mut percent: bool,
    suffix: Option<String>,
    whole: Option<f64>,
) -> Option<Figure> {
    let mut unit = suffix.map(|s| singular(&s));
    if unit.is_none() {
        if let Some(t) = tokens.get(last + 1) {
            if t.is_any(&["%", "percent", "pc"]) {
                percent = true;
                last += 1;
            } else if t.is("per") && tokens.get(last + 2).is_some_and(|n| n.is("cent")) {
                percent = true;
                last += 2;
            }
        }
    }
    if percent {
        unit = Some("%".into());
    } else if unit.is_none() {
        // The noun after the number, past up to two adjectives: "30,000 European troops";
        // in a factbox, past a colon: "about 35: countries represented".
        let colon = usize::from(tokens.get(last + 1).is_some_and(|t| t.is(":")));
        for k in 1 + colon..=3 + colon {
            let Some(t) = tokens.get(last + k) else { break };
            if t.is_punct() {
                break;
            }
            let word = singular(&t.norm);
            if is_unit_noun(&word) {
                unit = Some(word);
                if colon == 0 {
                    last += k;
                }
                break;
            }
        }
    }
    let span = tokens[first].span.cover(tokens[last].span);
    Some(Figure {
        span,
        first,
        last,
        low,
        high,
        value,
        bound,
        percent,
        unit,
        whole,
    })
}

/// Nouns that can follow a count, so that the figure knows its measure. The fact base
/// decides which measure each belongs to; this only finds the noun.
fn is_unit_noun(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "troop",
        "soldier",
        "personnel",
        "servicemen",
        "servicewomen",
        "member",
        "men",
        "strong",
        "country",
        "nation",
        "state",
        "government",
        "delegation",
        "ally",
        "point",
        "day",
        "month",
        "week",
        "year",
        "peacekeeper",
        "boot",
        "service",
        "leader",
        "fighter",
        "jet",
        "aircraft",
        "people",
        "civilian",
        "casualty",
        "kilometre",
        "kilometer",
        "mile",
        "hour",
        "minute",
        "percent",
        "%",
    ];
    UNITS.contains(&word)
}

/// Whether two words have the same singular ("troops" and "troop", "countries" and
/// "country"), without allocating.
pub fn same_singular(a: &str, b: &str) -> bool {
    fn parts(w: &str) -> (&str, &str) {
        let w = w.strip_suffix("'s").unwrap_or(w).trim_end_matches('\'');
        if let Some(stem) = w.strip_suffix("ies") {
            return (stem, "y");
        }
        if w.ends_with("ss") || w.len() <= 3 {
            return (w, "");
        }
        (w.strip_suffix('s').unwrap_or(w), "")
    }
    let (a, b) = (parts(a), parts(b));
    a.0.len() + a.1.len() == b.0.len() + b.1.len()
        && a.0
            .bytes()
            .chain(a.1.bytes())
            .eq(b.0.bytes().chain(b.1.bytes()))
}

/// "troops" → "troop"; "countries" → "country"; "per cent" stays.
pub fn singular(word: &str) -> String {
    let w = word.trim_end_matches("'s").trim_end_matches('\'');
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if w.ends_with("ss") || w.len() <= 3 {
        return w.to_owned();
    }
    w.strip_suffix('s').unwrap_or(w).to_owned()
}

fn strict(n: f64) -> f64 {
    (n.abs() * 1e-9).max(1e-9)
}

/// "25 to 30 thousand": the first number takes the second's scale.
fn implied_scale(first: f64, second: f64) -> f64 {
    if first <= 0.0 || first * 100.0 > second {
        return 1.0;
    }
    [1e9, 1e6, 1e3]
        .into_iter()
        .find(|s| first * s <= second)
        .unwrap_or(1.0)
}

fn comparator_before(tokens: &[Token], i: usize) -> Option<(usize, Bound)> {
    for (words, bound) in COMPARATORS {
        let n = words.len();
        if i >= n
            && tokens[i - n..i]
                .iter()
                .zip(words.iter())
                .all(|(t, w)| t.is(w))
        {
            // "Macron talked about 10,000 soldiers": what was talked about, not a guess.
            let topic = words == &["about"]
                && i >= 2
                && tokens[i - 2].is_any(&[
                    "talk", "talks", "talked", "talking", "spoke", "speak", "speaks", "speaking",
                    "spoken", "wrote", "write", "writes", "writing", "written",
                ]);
            if topic {
                return None;
            }
            return Some((n, *bound));
        }
    }
    None
}

fn is_date_context(tokens: &[Token], first: usize, last: usize) -> bool {
    let month = |t: Option<&Token>| {
        t.is_some_and(|t| crate::date::month_number(&t.norm).is_some() && t.norm.len() >= 3)
    };
    let n = &tokens[first].norm;
    if n.ends_with("th") || n.ends_with("st") || n.ends_with("nd") || n.ends_with("rd") {
        return true;
    }
    // "6 January", "January 6", "Jan. 6"
    month(tokens.get(last + 1))
        || first > 0 && month(tokens.get(first - 1))
        || first > 1 && tokens[first - 1].is(".") && month(tokens.get(first - 2))
        || is_year(n)
            && !tokens
                .get(last + 1)
                .is_some_and(|t| is_unit_noun(&singular(&t.norm)))
}

fn is_year(n: &str) -> bool {
    n.len() == 4
        && n.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&n.parse::<u32>().unwrap_or(0))
}

/// Parses the number at token `i`.
/// "one and a half million": the half belongs to the scale after it.
fn and_a_half(tokens: &[Token], base: Base) -> Base {
    let words = |k: usize, w: &str| tokens.get(base.last + k).is_some_and(|t| t.is(w));
    let scale = tokens.get(base.last + 4).and_then(|t| scale_of(&t.norm));
    match scale {
        Some(scale)
            if base.value < 1000.0 && words(1, "and") && words(2, "a") && words(3, "half") =>
        {
            Base {
                value: (base.value + 0.5) * scale,
                last: base.last + 4,
                ..base
            }
        }
        _ => base,
    }
}

fn base_number(tokens: &[Token], i: usize) -> Option<Base> {
    let t = tokens.get(i)?;
    let norm = t.norm.as_str();
    // Hyphenated compounds: "110,000-strong", "one-million-strong", "25,000-30,000".
    let mut parts = norm.split('-');
    let head = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    if let Some((mut value, mut percent)) = digits(head) {
        let mut last = i;
        let mut suffix = None;
        let mut range_high = None;
        match rest.as_slice() {
            [] => {}
            [second] if digits(second).is_some() => {
                let (h, p) = digits(second)?;
                range_high = Some(h);
                percent |= p;
            }
            [word, ..] if scale_of(word).is_some() => {
                value *= scale_of(word)?;
                suffix = rest.get(1).map(|s| (*s).to_owned());
            }
            [word, ..] => suffix = Some((*word).to_owned()),
        }
        if suffix.is_none() && range_high.is_none() {
            // "30 000": a group of three digits right after.
            while let Some(next) = tokens.get(last + 1) {
                let adjacent = next.span.start == tokens[last].span.end + 1;
                if adjacent
                    && next.norm.len() == 3
                    && next.norm.bytes().all(|b| b.is_ascii_digit())
                    && value < 1000.0
                    && head.len() <= 3
                    && !head.contains([',', '.'])
                {
                    value = value * 1000.0 + next.norm.parse::<f64>().ok()?;
                    last += 1;
                } else {
                    break;
                }
            }
        }
        if suffix.is_none() {
            // "30 thousand", "1.5 million", "25-30 thousand" ("30k" is handled in digits()).
            if let Some(scale) = tokens.get(last + 1).and_then(|n| scale_of(&n.norm)) {
                value *= scale;
                range_high = range_high.map(|h| h * scale);
                last += 1;
            }
        }
        return Some(Base {
            value,
            last,
            suffix,
            range_high,
            vague_high: None,
            percent,
        });
    }
    // Words: "thirty thousand", "several thousand", "tens of thousands", "half".
    word_number(tokens, i)
}

fn digits(text: &str) -> Option<(f64, bool)> {
    let percent = text.ends_with('%');
    let text = text.trim_end_matches('%');
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(text.len());
    let (num, scale_word) = text.split_at(split);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let scale = if scale_word.is_empty() {
        1.0
    } else {
        scale_of(scale_word)?
    };
    // "110.000 troops", "1.000.000": the dots of a continental thousands separator, not
    // a decimal point (the integer part at least 10, or more than one group; "2.500"
    // may be a decimal).
    let groups: Vec<&str> = num.split('.').collect();
    let continental = scale_word.is_empty()
        && !percent
        && !num.contains(',')
        && groups.len() >= 2
        && groups[1..].iter().all(|g| g.len() == 3)
        && (1..=3).contains(&groups[0].len())
        && !groups[0].starts_with('0')
        && (groups.len() > 2 || groups[0].len() >= 2);
    let clean: String = num
        .chars()
        .filter(|c| *c != ',' && !(continental && *c == '.'))
        .collect();
    let value: f64 = clean.trim_end_matches('.').parse().ok()?;
    Some((value * scale, percent))
}

fn scale_of(word: &str) -> Option<f64> {
    let word = if word.len() > 3 {
        word.trim_end_matches('s')
    } else {
        word
    };
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, s)| s)
}

fn word_number(tokens: &[Token], i: usize) -> Option<Base> {
    let t = &tokens[i];
    // "reduced by a third", "cut by two-thirds": a share in words, read only after "by"
    // ("two-thirds of the senators present" counts senators).
    let fraction = |w: &str| match w {
        "third" | "one-third" => Some(100.0 / 3.0),
        "quarter" | "one-quarter" => Some(25.0),
        "fifth" | "one-fifth" => Some(20.0),
        "two-thirds" => Some(200.0 / 3.0),
        "three-quarters" => Some(75.0),
        _ => None,
    };
    let (share, last) = match fraction(&t.norm) {
        Some(v) if t.norm.contains('-') => (Some(v), i),
        _ if t.is_any(&["a", "one"]) => (
            tokens
                .get(i + 1)
                .and_then(|n| fraction(&n.norm).filter(|_| !n.norm.contains('-'))),
            i + 1,
        ),
        _ => (None, i),
    };
    if let Some(value) = share {
        let by = (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| {
                !tokens[k].is_any(&[
                    "about", "roughly", "nearly", "almost", "around", "some", "more", "than",
                    "over", "just", "under",
                ])
            })
            .is_some_and(|k| tokens[k].is("by"));
        if !by {
            return None;
        }
        return Some(Base {
            value,
            last,
            suffix: None,
            range_high: None,
            vague_high: None,
            percent: true,
        });
    }
    let mut parts = t.norm.split('-');
    let head = parts.next()?;
    if head == "half" {
        if let Some(spelled) = spelled_number(tokens, i) {
            return Some(spelled); // "half a million"
        }
        // "the other half of that quote", "the second half": a part, not a share.
        if i > 0 && tokens[i - 1].is_any(&["other", "first", "second", "latter", "former"]) {
            return None;
        }
        // "blamed in half the capitals of Europe": a count of something named after it;
        // "reduced by more than half" is a share.
        let of_something = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_any(&["the", "of", "its", "their", "all", "his", "her"]));
        if of_something && !(i > 0 && tokens[i - 1].is_any(&["by", "than"])) {
            return None;
        }
        // "half a world away", "half an hour", "half a century ago": a measure, no share.
        if tokens.get(i + 1).is_some_and(|n| n.is_any(&["a", "an"]))
            && tokens.get(i + 2).is_some_and(|n| {
                n.is_any(&[
                    "world",
                    "hour",
                    "century",
                    "day",
                    "year",
                    "mile",
                    "step",
                    "minute",
                    "decade",
                    "continent",
                    "lifetime",
                ])
            })
        {
            return None;
        }
        return Some(Base {
            value: 50.0,
            last: i,
            suffix: None,
            range_high: None,
            vague_high: None,
            percent: true,
        });
    }
    if head == "several" || head == "tens" || head == "hundreds" || head == "thousands" {
        let mut last = i;
        let (mut low, mut high) = match head {
            "several" => crate::factbase::model::SEVERAL,
            "tens" => (20.0, 99.0),
            "hundreds" => (200.0, 999.0),
            _ => (2000.0, 999_999.0),
        };
        if head != "thousands" {
            // "several thousand", "tens of thousands"
            let mut k = i + 1;
            if tokens.get(k).is_some_and(|t| t.is("of")) {
                k += 1;
            }
            let scale = tokens.get(k).and_then(|t| scale_of(&t.norm));
            match scale {
                Some(s) => {
                    low *= s;
                    high *= s;
                    last = k;
                }
                None if head == "several" => return None,
                None => {}
            }
        }
        return Some(Base {
            value: low,
            last,
            suffix: None,
            range_high: None,
            vague_high: Some(high),
            percent: false,
        });
    }
    spelled_number(tokens, i)
}

/// A number spelled in words across tokens and hyphens: "thirty thousand", "one
/// hundred and ten thousand", "twenty-five", "one-million-strong", "half a million".
fn spelled_number(tokens: &[Token], i: usize) -> Option<Base> {
    let head = tokens.get(i)?.norm.split('-').next()?;
    // "a hundred and ten thousand", "a million-strong army".
    let article = head == "a"
        && tokens
            .get(i + 1)
            .and_then(|n| n.norm.split('-').next())
            .is_some_and(|n| n == "hundred" || scale_of(n).is_some_and(|s| s >= 1000.0));
    if head != "half" && !article && !SMALL.iter().any(|(s, _)| *s == head) {
        return None;
    }
    // "a plan, one with an American signature", "one that works": the pronoun.
    if tokens[i].is("one")
        && tokens.get(i + 1).is_none_or(|n| {
            n.is_any(&[
                "with", "that", "which", "who", "whose", "where", "more", "another", "'s", ",",
                ".", ";", "—", "within", "before", "after", "by",
            ])
        })
    {
        return None;
    }
    // The words, each with the token it came from; a hyphenated token gives several.
    let mut words: Vec<(String, usize)> = Vec::new();
    for (k, t) in tokens.iter().enumerate().skip(i).take(8) {
        if t.is_punct() {
            break;
        }
        words.extend(t.norm.split('-').map(|w| (w.to_owned(), k)));
    }
    let (mut total, mut current, mut seen) = (0.0f64, 0.0f64, false);
    let mut used = 0;
    let mut suffix = None;
    for (n, (w, _)) in words.iter().enumerate() {
        let w = w.as_str();
        // "three dozen": a multiple of twelve.
        if w == "dozen" && seen && current > 0.0 {
            current *= 12.0;
        } else if let Some(&(_, v)) = SMALL.iter().find(|(s, _)| *s == w) {
            current += v;
            seen = true;
        } else if w == "half" && !seen {
            current += 0.5;
            seen = true;
        } else if w == "a" && !seen && n == 0 && article {
            current = 1.0;
            seen = true;
        } else if w == "hundred" && seen {
            current = current.max(1.0) * 100.0;
        } else if let Some(scale) = scale_of(w).filter(|s| *s >= 1000.0 && seen) {
            total += if current == 0.0 { 1.0 } else { current } * scale;
            current = 0.0;
        } else if (w == "and" || w == "a")
            && seen
            // "one hundred and ten", "two thousand and fifty"; "between twenty-five and
            // thirty thousand" is a range.
            && (w == "a"
                || n > 0 && (words[n - 1].0 == "hundred" || scale_of(&words[n - 1].0).is_some()))
            && words.get(n + 1).is_some_and(|(next, _)| {
                SMALL.iter().any(|(s, _)| s == next) || scale_of(next).is_some()
            })
        {
            // "one hundred and ten", "half a million"
        } else {
            // A word after the number inside the same token is its unit ("-strong").
            if seen && words[n - 1].1 == words[n].1 {
                suffix = Some(w.to_owned());
                used = n + 1;
            }
            break;
        }
        used = n + 1;
    }
    if !seen || used == 0 {
        return None;
    }
    let value = total + current;
    if value.fract() != 0.0 {
        return None; // "half" alone is handled as a share.
    }
    let last = words[used - 1].1;
    Some(Base {
        value,
        last,
        suffix,
        range_high: None,
        vague_high: None,
        percent: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn first(text: &str) -> Figure {
        let tokens = tokenize(text, Span::new(0, text.len()));
        figures(&tokens)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no figure in {text:?}"))
    }

    fn all(text: &str) -> Vec<Figure> {
        figures(&tokenize(text, Span::new(0, text.len())))
    }

    #[test]
    fn every_way_of_writing_thirty_thousand() {
        for text in [
            "30,000 troops",
            "30 000 troops",
            "30k troops",
            "thirty thousand troops",
            "30 thousand troops",
            "a 30,000-strong force",
        ] {
            let f = first(text);
            assert_eq!((f.low, f.high), (30_000.0, 30_000.0), "{text}");
            assert!(f.unit.is_some(), "{text}");
        }
    }

    #[test]
    fn comparators_set_the_interval() {
        let f = first("fewer than 30,000 personnel");
        assert!(f.high < 30_000.0 && f.low == 0.0);
        let f = first("more than 30,000 troops");
        assert!(f.low > 30_000.0 && f.high.is_infinite());
        let f = first("up to 50,000 soldiers");
        assert_eq!((f.low, f.high), (0.0, 50_000.0));
        let f = first("about 110,000-strong");
        assert!(f.low < 110_000.0 && f.high > 110_000.0);
        assert_eq!(f.unit.as_deref(), Some("strong"));
        let f = first("nearly 60% of its fighters");
        assert!(f.percent && f.high == 60.0);
        let f = first("60 per cent");
        assert!(f.percent);
    }

    #[test]
    fn talked_about_and_a_wire_takes_number() {
        let f = first("Macron talked about 10,000 soldiers");
        assert_eq!((f.low, f.high), (10_000.0, 10_000.0));
        let f = first("Macron said about 10,000 soldiers");
        assert!(f.low < 10_000.0 && f.high > 10_000.0);
        assert!(all("TAKE 7 -- CONTEXT").is_empty());
        assert_eq!(all("It would take 110,000 troops").len(), 1);
    }

    #[test]
    fn ranges_in_three_forms() {
        for text in [
            "between 25,000 and 30,000 personnel",
            "25,000-30,000 troops",
            "25,000 to 30,000 troops",
            "25–30 thousand troops",
        ] {
            let f = first(text);
            assert_eq!((f.low, f.high), (25_000.0, 30_000.0), "{text}");
        }
    }

    #[test]
    fn vague_and_part_of() {
        let f = first("several thousand French soldiers");
        assert_eq!((f.low, f.high), (2_000.0, 9_000.0));
        assert_eq!(f.unit.as_deref(), Some("soldier"));
        let f = first("only six of 30 countries");
        assert_eq!((f.value, f.whole), (6.0, Some(30.0)));
        let f = first("a one-million-strong army");
        assert_eq!(f.value, 1_000_000.0);
        assert_eq!(f.unit.as_deref(), Some("strong"));
        assert_eq!(
            first("one hundred and ten thousand troops").value,
            110_000.0
        );
        assert_eq!(first("the half-a-million-strong army").value, 500_000.0);
        assert_eq!(
            first("about a hundred and ten thousand strong").value,
            110_000.0
        );
        assert_eq!(first("a million-strong army").value, 1_000_000.0);
        assert_eq!(first("twenty-five thousand soldiers").value, 25_000.0);
        assert_eq!(first("a 110k-strong force").value, 110_000.0);
    }

    #[test]
    fn dates_articles_and_times_are_not_figures() {
        assert!(all("on 6 January 2026").is_empty());
        assert!(all("under Article 5 of the treaty").is_empty());
        assert!(all("the clip runs 3:47").is_empty());
        assert!(all("January 6").is_empty());
        assert!(all("No. 10 said").is_empty());
        assert!(all("in 2026").is_empty());
    }

    #[test]
    fn continental_thousands_separators() {
        for (text, value) in [
            ("110.000 troops", 110_000.0),
            ("1.000.000 soldiers", 1_000_000.0),
            ("2.5 million", 2_500_000.0),
            ("2.500 troops", 2.5),
            ("0.125 points", 0.125),
        ] {
            assert_eq!(first(text).value, value, "{text}");
        }
    }
}
