//! The rules language: every production parses, every validation error is reported
//! with its span, and the rendered errors are snapshotted.

use factlint::factbase::{self, Document, FactBase, FactBaseError, FactData, Polarity, Quantity};
use std::collections::HashMap;

const SOURCE: &str = "The officials signalled it would be under 30,000 personnel.\nPoland has ruled out sending troops.\nLeaders met on January 6 in Paris.\nWitkoff said Trump \"strongly stands behind security protocols.\"\n";

/// A small fact file that the snippets under test are appended to.
const PRELUDE: &str = r#"
source src { file "src.txt" publisher "Test" published 2026-01-06 }
person witkoff "Steve Witkoff" { alias "Witkoff" }
person trump "Donald Trump" { alias "Trump" spelling "Trump" }
country poland "Poland" { alias "Warsaw" adjective "Polish" }
country us "United States" { alias "US" adjective "American" }
group force "the force" { alias "reassurance force" }
group officials "Western officials" { alias "officials" }
event summit "Paris summit" { alias "summit in Paris" }
place paris "Paris"
measure personnel { words "troops", "personnel" }
action send-troops { verbs "send", "deploy" objects "troops" }
"#;

fn build(files: &[(&str, &str)]) -> Result<FactBase, FactBaseError> {
    let documents: Vec<Document> = files
        .iter()
        .map(|(p, t)| Document {
            path: (*p).into(),
            text: (*t).into(),
        })
        .collect();
    let sources: HashMap<&str, &str> = HashMap::from([("src.txt", SOURCE)]);
    factbase::build(documents, &|_, relative| {
        sources.get(relative).map(|t| Document {
            path: relative.into(),
            text: (*t).into(),
        })
    })
}

fn ok(snippet: &str) -> FactBase {
    let text = format!("{PRELUDE}\n{snippet}");
    match build(&[("t.facts", &text)]) {
        Ok(base) => base,
        Err(e) => panic!("{snippet}\n{:#?}", e.errors),
    }
}

/// The messages of the errors, with the text each one points at.
fn errors(snippet: &str) -> Vec<(String, String)> {
    let text = format!("{PRELUDE}\n{snippet}");
    let errors = build(&[("t.facts", &text)])
        .expect_err("the snippet is invalid")
        .errors;
    errors
        .into_iter()
        .map(|e| (e.message, text[e.span.start..e.span.end].to_owned()))
        .collect()
}

fn assert_error(snippet: &str, message: &str, at: &str) {
    let found = errors(snippet);
    assert!(
        found.iter().any(|(m, a)| m.contains(message) && a == at),
        "expected {message:?} at {at:?}, got {found:#?}"
    );
}

fn render(snippet: &str) -> String {
    let text = format!("{PRELUDE}\n{snippet}");
    let err = build(&[("t.facts", &text)]).expect_err("the snippet is invalid");
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(90);
    let mut out = String::new();
    for e in err.renderable() {
        handler.render_report(&mut out, &e).unwrap();
    }
    out
}

// ---- every production ----------------------------------------------------------

#[test]
fn declarations_of_every_kind_parse() {
    let base = ok(r#"
# a comment line
organisation nato "NATO" { alias "the alliance" note "An alliance." }
document plan "28-point plan"
titles { "Secretary of State", "Chancellor" }
title witkoff-envoy { holder witkoff of us names "US envoy", "envoy" evidence src "Witkoff said" }
"#);
    assert_eq!(base.entity("nato").unwrap().aliases, ["the alliance"]);
    assert!(base.title_words.contains(&"Chancellor".to_owned()));
    assert!(matches!(
        base.fact("witkoff-envoy").unwrap().data,
        FactData::Title { .. }
    ));
    assert_eq!(base.sources[0].publisher.as_deref(), Some("Test"));
    assert_eq!(base.entity("trump").unwrap().spellings, ["Trump"]);
    assert_eq!(base.entity("poland").unwrap().adjectives, ["Polish"]);
}

#[test]
fn every_quantity_form_parses() {
    let cases = [
        ("under 30,000", Quantity::Under(30_000.0)),
        ("fewer-than 30000", Quantity::Under(30_000.0)),
        ("at-most 30,000", Quantity::AtMost(30_000.0)),
        ("up-to 30,000", Quantity::AtMost(30_000.0)),
        ("more-than 30,000", Quantity::Over(30_000.0)),
        ("at-least 30,000", Quantity::AtLeast(30_000.0)),
        ("about 30,000", Quantity::About(30_000.0)),
        ("some 30,000", Quantity::About(30_000.0)),
        ("nearly 30,000", Quantity::Nearly(30_000.0)),
        ("30,000", Quantity::Exact(30_000.0)),
        (
            "between 25,000 and 30,000",
            Quantity::Range(25_000.0, 30_000.0),
        ),
        ("25,000 to 30,000", Quantity::Range(25_000.0, 30_000.0)),
        ("several thousand", Quantity::Several(1_000.0)),
        ("6 of 30", Quantity::PartOf(6.0, 30.0)),
    ];
    for (written, expected) in cases {
        let base = ok(&format!(
            "figure f {{ subject force measure personnel value {written} evidence src \"under 30,000 personnel\" }}"
        ));
        match base.fact("f").unwrap().data {
            FactData::Figure { value, .. } => assert_eq!(value, expected, "{written}"),
            _ => unreachable!(),
        }
    }
    let base = ok(
        r#"figure p { subject force measure personnel value nearly 60% evidence src "under 30,000 personnel" }"#,
    );
    assert!(matches!(
        base.fact("p").unwrap().data,
        FactData::Figure { percent: true, .. }
    ));
}

#[test]
fn stances_events_quotes_and_terms_parse() {
    let base = ok(r#"
stance poland-troops { actor poland polarity ruled-out does send-troops severity warning
  evidence src "Poland has ruled out sending troops"
  pass "Poland has not offered troops." flag "Poland will send troops." }
happened when { event summit date 2026-01-06 weekday tuesday place paris evidence src "met on January 6 in Paris" }
quote q { speaker witkoff speaker trump says "strongly stands behind \"security\" protocols" evidence src "strongly stands behind security protocols" }
term t { subject force prefer "reassurance force" avoid "peacekeepers" reason "Not peacekeepers." evidence src "under 30,000 personnel" }
figure zel { subject force measure personnel value about 110,000 said-by witkoff attribution required from 2025-01 until 2026-12-31 evidence src "under 30,000 personnel" }
"#);
    let stance = base.fact("poland-troops").unwrap();
    assert!(matches!(
        stance.data,
        FactData::Stance {
            polarity: Polarity::RuledOut,
            ..
        }
    ));
    assert_eq!(stance.examples.len(), 2);
    assert_eq!(stance.severity, factlint::diagnostic::Severity::Warning);
    match &base.fact("q").unwrap().data {
        FactData::Quote { speakers, words } => {
            assert_eq!(speakers.len(), 2);
            assert_eq!(words, "strongly stands behind \"security\" protocols");
        }
        _ => unreachable!(),
    }
    assert!(matches!(
        base.fact("t").unwrap().data,
        FactData::Term { .. }
    ));
    let zel = base.fact("zel").unwrap();
    assert!(matches!(
        zel.data,
        FactData::Figure {
            attribution_required: true,
            said_by: Some(_),
            ..
        }
    ));
    assert!(zel.validity.from.is_some() && zel.validity.until.is_some());
}

#[test]
fn attendees_of_events_and_destinations_of_actions_parse() {
    let base = ok(r#"
action send-to-poland { verbs "send" objects "troops" destination poland }
happened met { event summit place paris attendees officials evidence src "met on January 6 in Paris" }
"#);
    let action = base
        .actions
        .iter()
        .find(|a| a.id == "send-to-poland")
        .expect("declared");
    let id_of = |e: Option<usize>| e.map(|e| base.entities[e].id.as_str());
    assert_eq!(id_of(action.destination), Some("poland"));
    match &base.fact("met").unwrap().data {
        FactData::Happened { attendees, .. } => assert_eq!(id_of(*attendees), Some("officials")),
        _ => unreachable!(),
    }
    // A destination must be a country or place, attendees a group, organisation or country.
    assert_error(
        r#"action a { verbs "go" destination witkoff }"#,
        "`witkoff` is a person, but a country or a place is needed here",
        "witkoff",
    );
    assert_error(
        r#"happened h { event summit place paris attendees paris evidence src "Paris" }"#,
        "`paris` is a place, but a group, an organisation or a country is needed here",
        "paris",
    );
    // Participants: two or more people or countries, who met there.
    let base = ok(
        r#"happened talks { event summit place paris participants witkoff, trump evidence src "met on January 6 in Paris" }"#,
    );
    match &base.fact("talks").unwrap().data {
        FactData::Happened { participants, .. } => {
            let ids: Vec<&str> = participants
                .iter()
                .map(|&e| base.entities[e].id.as_str())
                .collect();
            assert_eq!(ids, ["witkoff", "trump"]);
        }
        _ => unreachable!(),
    }
    assert_error(
        r#"happened h { event summit place paris participants witkoff, paris evidence src "Paris" }"#,
        "`paris` is a place, but a person or a country is needed here",
        "paris",
    );
    assert_error(
        r#"action a { verbs "go" destination nowhere }"#,
        "unknown id `nowhere`",
        "nowhere",
    );
}

#[test]
fn files_refer_to_each_others_entities() {
    let people = r#"person macron "Emmanuel Macron""#;
    let facts = format!(
        "{PRELUDE}\nquote m {{ speaker macron says \"several thousand\" evidence src \"under 30,000\" }}"
    );
    let base = build(&[("people.facts", people), ("facts.facts", &facts)]).unwrap();
    assert!(base.fact("m").is_some());
}

// ---- every validation error --------------------------------------------------------

#[test]
fn syntax_errors_name_what_was_expected_in_words() {
    let found = errors("stance s { actor poland polarity maybe }");
    let (message, _) = &found[0];
    assert!(
        message.starts_with("syntax error: expected a polarity"),
        "{message}"
    );
    assert!(
        !message.contains("polarity_word"),
        "raw rule names leak: {message}"
    );
    assert_error("pineapple p { }", "expected a declaration", "pineapple");
    assert_error(
        "person p \"unterminated",
        "unterminated string",
        "\"unterminated",
    );
}

#[test]
fn unknown_and_wrong_kind_references() {
    assert_error(
        r#"stance s { actor polnd polarity refused does send-troops evidence src "Poland" }"#,
        "unknown id `polnd`",
        "polnd",
    );
    assert_error(
        r#"title t { holder poland names "King" evidence src "Poland" }"#,
        "`poland` is a country, but a person is needed here",
        "poland",
    );
    assert_error(
        r#"stance s { actor poland polarity refused does nothing evidence src "Poland" }"#,
        "unknown id `nothing`",
        "nothing",
    );
}

#[test]
fn duplicate_ids_point_at_both() {
    assert_error(
        r#"person witkoff "Steve Witkoff""#,
        "duplicate id `witkoff`",
        "witkoff",
    );
}

#[test]
fn impossible_values() {
    assert_error(
        r#"figure f { subject force measure personnel value between 30,000 and 25,000 evidence src "under 30,000" }"#,
        "impossible range: 30,000 is above 25,000",
        "between 30,000 and 25,000",
    );
    assert_error(
        r#"figure f { subject force measure personnel value 7 of 6 evidence src "under 30,000" }"#,
        "impossible part",
        "7 of 6",
    );
    assert_error(
        r#"figure f { subject force measure personnel value 120% evidence src "under 30,000" }"#,
        "more than the whole",
        "120%",
    );
}

#[test]
fn invalid_dates_and_weekdays() {
    assert_error(
        r#"happened h { event summit date 2026-02-30 evidence src "Paris" }"#,
        "invalid date `2026-02-30`",
        "2026-02-30",
    );
    assert_error(
        r#"happened h { event summit date 2026-13 evidence src "Paris" }"#,
        "there is no month 13",
        "2026-13",
    );
    assert_error(
        r#"happened h { event summit date 2026-01-06 weekday monday evidence src "Paris" }"#,
        "2026-01-06 was a Tuesday, not a Monday",
        "weekday monday",
    );
    assert_error(
        r#"stance s { actor poland polarity refused does send-troops from 2026-02 until 2026-01 evidence src "Poland" }"#,
        "ends (2026-01) before it starts (2026-02)",
        "until 2026-01",
    );
}

#[test]
fn evidence_must_be_the_sources_words() {
    assert_error(
        r#"stance s { actor poland polarity refused does send-troops evidence src "Poland has agreed to send troops" }"#,
        "evidence not found in `src.txt`",
        "\"Poland has agreed to send troops\"",
    );
    // Typographic quotes, dashes and spacing are forgiven; words are not.
    ok("stance s { actor poland polarity refused does send-troops evidence src \"Poland   has ruled out\" }");
    ok("quote q { speaker witkoff says \"x y\" evidence src \"Trump “strongly stands behind security protocols.”\" }");
    assert_error(
        r#"stance s { actor poland polarity refused does send-troops evidence nosuch "Poland" }"#,
        "unknown id `nosuch`",
        "nosuch",
    );
    assert_error(
        r#"stance s { actor poland polarity refused does send-troops }"#,
        "cites no evidence",
        "stance",
    );
}

#[test]
fn fields_that_do_not_belong_or_are_missing() {
    assert_error(
        r#"title t { holder witkoff names "envoy" polarity refused evidence src "Witkoff" }"#,
        "`polarity` is not a field of a title fact",
        "polarity",
    );
    assert_error(
        r#"figure f { subject force value 3 evidence src "under" }"#,
        "a figure fact needs `measure`",
        "figure",
    );
    assert_error(
        r#"title t { holder witkoff holder trump names "envoy" evidence src "Witkoff" }"#,
        "`holder` given twice",
        "holder",
    );
    assert_error(
        r#"source s2 { file "missing.txt" }"#,
        "cannot read source document `missing.txt`",
        "\"missing.txt\"",
    );
    assert_error(
        r#"figure f { subject force measure personnel value 3 attribution required evidence src "under" }"#,
        "must be attributed needs `said-by`",
        "figure",
    );
}

#[test]
fn every_error_of_every_file_is_reported() {
    let text = format!("{PRELUDE}\nperson witkoff \"Again\"\ntitle t {{ holder nobody names \"x\" evidence src \"nope\" }}\n");
    let err = build(&[("a.facts", &text), ("b.facts", "person { broken")]).unwrap_err();
    let files: Vec<&str> = err.errors.iter().map(|e| e.path.as_str()).collect();
    assert!(
        files.contains(&"a.facts") && files.contains(&"b.facts"),
        "{files:?}"
    );
    assert!(err.errors.len() >= 3, "{:#?}", err.errors);
}

#[test]
fn empty_fact_file_is_an_error() {
    let err = build(&[("empty.facts", "  # only a comment\n")]).unwrap_err();
    assert!(err.errors[0].message.contains("declares nothing"));
}

// ---- rendered errors ---------------------------------------------------------------

#[test]
fn rendered_errors() {
    insta::assert_snapshot!(
        "unknown_reference",
        render(
            r#"stance s { actor polnd polarity refused does send-troops evidence src "Poland" }"#
        )
    );
    insta::assert_snapshot!(
        "drifted_evidence",
        render(
            r#"figure f { subject force measure personnel value under 30,000 evidence src "signalled it would be under 40,000 personnel" }"#
        )
    );
    insta::assert_snapshot!(
        "syntax_error",
        render("stance s { actor poland polarity maybe }")
    );
    insta::assert_snapshot!("duplicate_id", render(r#"person witkoff "Steve Witkoff""#));
}
