//! Reported speech and modality: who says a sentence's claim, and whether the claim is
//! negated, hedged or hypothetical.

use super::tokens::Token;
use super::SentenceMention;
use crate::factbase::{EntityId, EntityKind};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Verbs that report speech ("said", "told", "according to").
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "stated",
    "states",
    "added",
    "adds",
    "declared",
    "declares",
    "noted",
    "notes",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "warned",
    "warns",
    "argued",
    "argues",
    "argue",
    "insist",
    "warn",
    "suggest",
    "estimated",
    "estimates",
    "signalled",
    "signaled",
    "signals",
    "indicated",
    "indicates",
    "suggested",
    "suggests",
    "reported",
    "reports",
    "envisaged",
    "envisages",
    "envisioned",
    "predicted",
    "wrote",
    "writes",
    "writing",
    "thought",
    "believed",
    "according",
    "called",
    "calls",
    "calling",
    "described",
    "describes",
    "hailed",
    "urged",
    "welcomed",
    "stressed",
    "explained",
    "explains",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "believes",
    "believe",
    "thinks",
    "think",
    "assume",
    "assumes",
    "assumed",
    "put",
    "puts",
    "had",
    "guided",
    "proposed",
    "proposes",
    "wants",
    "wanted",
    "reckons",
    "reckoned",
    "repeats",
    "repeated",
    "reiterated",
    "reiterates",
    "reckon",
    "asked",
    "demanded",
    "briefed",
    "cited",
    "quoted",
    "recalled",
    "stated",
    "asserted",
    "maintained",
    "acknowledged",
    "admitted",
    "posted",
    "tweeted",
    "pledged",
    "vowed",
    "promised",
    // "Mr Macron evoked a French contribution of some 15,000 soldiers".
    "evoked",
    "spoke",
    "speaking",
    "echoed",
    "remarked",
    "spoken",
    "talked",
    "talking",
    "mentioned",
    "floated",
    "outlined",
    "laid",
    "sketched",
    "spelled",
    "spelt",
    "regards",
    "regarded",
    "views",
    "viewed",
    "dubbed",
    "termed",
    "branded",
    "praised",
    "praising",
    "praise",
    "praises",
    "hails",
    "assured",
    "assures",
    "framed",
    "frames",
    "hailing",
    "warning",
    "insisting",
    "arguing",
    "noting",
    "adding",
    "stating",
    "declaring",
    "describing",
    "suggesting",
    "estimating",
    "predicting",
    "signalling",
    "signaling",
    "indicating",
];

/// Words that negate what follows.
pub const NEGATORS: &[&str] = &[
    "not",
    "n't",
    "never",
    "no",
    // "None of this means Washington will put soldiers on the ground".
    "none",
    "nor",
    "neither",
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "rejected",
    "rejects",
    "reject",
    "rejecting",
    "opposed",
    "opposes",
    "oppose",
    "opposing",
    "against",
    "unwilling",
    "without",
    "barred",
    "bars",
    "ruled",
    "rules",
    "rule",
    "ruling",
    "exclude",
    "excluded",
    "excludes",
    "dismissed",
    "dismisses",
    "resisted",
    "balked",
    "won't",
    "wont",
    "cannot",
    "can't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "doesn't",
    "don't",
    "didn't",
    "wouldn't",
    "shouldn't",
    "couldn't",
    "unlikely",
    "nobody",
    "none",
    "ceased",
    "halted",
    "stopped",
    "prevented",
    "denied",
    "denies",
    "deny",
    "impossible",
    "suspended",
    "grounded",
    "closed",
    "nothing",
    "lack",
    "lacks",
    "lacking",
    "reluctant",
    "reluctance",
];

/// Words that make what follows uncertain or hypothetical.
pub const HEDGES: &[&str] = &[
    "could",
    "might",
    "may",
    "if",
    "unless",
    "whether",
    "should",
    "consider",
    "considering",
    "considers",
    "considered",
    "weigh",
    "weighing",
    "weighs",
    "mull",
    "mulling",
    "possible",
    "possibly",
    "perhaps",
    "potential",
    "potentially",
    "maybe",
    "asked",
    "ask",
    "asks",
    "urged",
    "urge",
    "urges",
    "urging",
    "pressed",
    "pressing",
    "pressure",
    "called",
    "calls",
    "wants",
    "want",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "open",
    "question",
    "questions",
    "debate",
    "debating",
    "discuss",
    "discussed",
    "discussing",
    "discussion",
    "discussions",
    "talks",
    "explore",
    "exploring",
    "likely",
    "would-be",
    "proposal",
    "proposed",
    "plan",
    "whether",
    "suppose",
    "imagine",
    "hypothetical",
    "what",
    "how",
    "why",
    "when",
    "speculation",
    "reportedly",
    "rumoured",
    "rumored",
    "pushing",
    "push",
    "persuade",
    "persuading",
    "convince",
    "convincing",
    "encourage",
    "encouraging",
    "demand",
    "demanded",
    "insist",
    "insisted",
    "needs",
    "need",
    "must",
    "willingness",
    "signal",
    "signalled",
    "hesitant",
    "hesitation",
    "uncertain",
    "undecided",
    "unsure",
    "wary",
    "cautious",
    "sceptical",
    "skeptical",
    "divided",
    "torn",
    "mulls",
    "avoided",
    "avoiding",
    "avoid",
    "avoids",
    "refrained",
    "shied",
];

/// Words before "to" that make the infinitive after them an assertion ("agreed to
/// send"); after any other word the infinitive is a purpose or plan ("planes to fly").
pub const COMMIT_TO: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "pledged",
    "pledge",
    "pledges",
    "promised",
    "promise",
    "promises",
    "decided",
    "decide",
    "decides",
    "prepared",
    "ready",
    "willing",
    "committed",
    "commit",
    "going",
    "set",
    "voted",
    "vowed",
    "moved",
    "offered",
    "offers",
    "offer",
    "intends",
    "intend",
    "plans",
    "planning",
    "planned",
    "able",
    "begun",
    "began",
    "started",
    "continue",
    "continues",
    "continued",
    "due",
    "poised",
    "vote",
    "opted",
    "chose",
    "chosen",
    "expects",
    "preparing",
    "prepares",
    "prepare",
    "expected",
    // "signed up to send troops"
    "up",
];

/// The long word lists as sets, for tests run on every token.
pub static REPORTING_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| REPORTING.iter().copied().collect());
pub static NEGATOR_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NEGATORS.iter().copied().collect());
pub static HEDGE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| HEDGES.iter().copied().collect());
static PREPOSITION_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PREPOSITIONS.iter().copied().collect());

/// Who a claim is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// A known entity, named in the sentence.
    Entity(EntityId),
    /// A known entity reached through a pronoun ("he said"): a guess, good enough to
    /// read a figure as reported speech, not to blame a misattribution on.
    Resolved(EntityId),
    /// Someone the fact base does not know ("a diplomat", "reports").
    Unnamed,
}

impl Speaker {
    /// The known entity speaking, named or reached through a pronoun.
    pub fn entity(self) -> Option<EntityId> {
        match self {
            Speaker::Entity(e) | Speaker::Resolved(e) => Some(e),
            Speaker::Unnamed => None,
        }
    }
}

/// Whether token `i` is a reporting verb (with "according to" as one).
pub fn is_reporting(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // "| Ukraine | proposed | 30,000–40,000 |": a table cell's status, not speech.
    if i > 0 && tokens[i - 1].is("|") && tokens.get(i + 1).is_none_or(|n| n.is("|")) {
        return false;
    }
    // "Poland, which has promised to send soldiers": a commitment, not a report.
    if t.is_any(&[
        "promised", "promise", "promises", "pledged", "vowed", "vows", "offered",
    ]) && tokens.get(i + 1).is_some_and(|n| n.is("to"))
    {
        return false;
    }
    if t.is("according") {
        return tokens.get(i + 1).is_some_and(|n| n.is("to"));
    }
    let before = |k: usize| i.checked_sub(k).map(|j| &tokens[j]);
    // "contributions from the Nordic states", "the member states": countries, not a verb.
    if t.is("states")
        && before(1).is_some_and(|b| {
            b.is_any(&[
                "nordic",
                "baltic",
                "member",
                "participating",
                "other",
                "neighbouring",
                "neighboring",
                "frontline",
                "front-line",
                "gulf",
                "balkan",
                "european",
                "allied",
                "sovereign",
                "eastern",
                "western",
                "small",
                "smaller",
                "larger",
                "nuclear",
            ])
        })
    {
        return false;
    }
    // "Downing Street has refused to say how many …", "would not say": nothing said.
    let refused = before(1).is_some_and(|b| b.is("to"))
        && before(2).is_some_and(|b| {
            b.is_any(&[
                "refused",
                "refuses",
                "refusing",
                "declined",
                "declines",
                "declining",
            ])
        })
        || before(1).is_some_and(|b| b.is_any(&["not", "n't"]))
            && before(2).is_some_and(|b| b.is_any(&["would", "will", "could", "did", "does"]));
    // "a far bigger lift than anyone admitted": a comparison, not a source.
    let compared =
        before(2).is_some_and(|b| b.is("than")) || before(1).is_some_and(|b| b.is("than"));
    // "would not be posted near the front line": a deployment, not a post online.
    let deployed = t.is_any(&["posted", "put"])
        && before(1)
            .is_some_and(|b| b.is_any(&["be", "been", "being", "is", "are", "was", "were"]));
    // "a force needed to make Russia think twice": a verb made to happen, not a report.
    let made = (2..=3).any(|k| {
        before(k).is_some_and(|b| b.is_any(&["make", "makes", "making", "made", "let", "lets"]))
    }) && t.is_any(&["think", "thinks", "believe", "feel", "know", "wonder"]);
    // "Worth noting: the force would need …": the draft's own aside.
    let aside = t.is_any(&["noting", "remembering", "recalling", "repeating"])
        && before(1).is_some_and(|b| b.is("worth"));
    if refused || compared || deployed || made || aside {
        return false;
    }
    // "The Washington Post had the force at 40 to 50 thousand": only with "the … at" and
    // a number after it.
    if t.is("had") {
        let rest = &tokens[i + 1..tokens.len().min(i + 7)];
        return rest.first().is_some_and(|n| n.is("the"))
            && rest.windows(2).any(|w| {
                w[0].is("at")
                    && (w[1].norm.starts_with(|c: char| c.is_ascii_digit())
                        || w[1].is_any(&[
                            "about", "around", "roughly", "some", "between", "up", "under",
                        ]))
            });
    }
    // "Officials have guided to a force of under 40k": a market's word for a forecast.
    if t.is("guided") {
        return tokens.get(i + 1).is_some_and(|n| n.is("to"))
            && before(1).is_some_and(|b| b.is_any(&["have", "has", "had"]));
    }
    // "put the number at 60,000" reports a figure; "what Washington will put behind it"
    // reports nothing.
    if t.is_any(&["put", "puts", "putting"]) {
        // "as one minister put it", "put the size of the force at 110,000".
        let rest = &tokens[i + 1..tokens.len().min(i + 16)];
        let clause = rest
            .iter()
            .position(|n| n.is_any(&[",", ";", ".", ":", "—"]))
            .map_or(rest, |k| &rest[..k]);
        // ("has put the figure much higher, at about 110,000": the figure after a comma.)
        let at_after_comma = rest.get(clause.len()).is_some_and(|n| n.is(","))
            && rest.get(clause.len() + 1).is_some_and(|n| n.is("at"));
        return rest.first().is_some_and(|n| n.is("it"))
            || clause.iter().any(|n| n.is("at"))
            || at_after_comma;
    }
    // "The figures the Ukrainian president has used — a force of about 110,000, …": the
    // figures someone gave, named just before.
    if t.is_any(&["used", "uses", "gave", "given", "offered"]) {
        // "The figure of a hundred and ten thousand was first given by President
        // Zelenskyy": its agent gave it.
        let given_by = t.is_any(&["given", "used"])
            && tokens.get(i + 1).is_some_and(|n| n.is("by"))
            && tokens[..i].iter().any(|n| n.is_any(FIGURE_NOUNS));
        // "Mr Macron has offered 15,000 French soldiers": the number he gave.
        let offered_number = t.is("offered")
            && tokens[i + 1..tokens.len().min(i + 3)].iter().any(|n| {
                n.norm.starts_with(|c: char| c.is_ascii_digit())
                    || n.is_any(&["several", "thousands", "hundreds", "tens"])
            });
        // "The figure of about 110,000 is one Western officials gave": the figure the
        // sentence is about, further back.
        let figure_subject = t.is("gave")
            && tokens[..i.saturating_sub(1)]
                .iter()
                .take(4)
                .any(|n| n.is_any(FIGURE_NOUNS))
            && tokens[..i].iter().any(|n| n.is_any(&["is", "was"]));
        return given_by
            || offered_number
            || figure_subject
            || tokens[i.saturating_sub(6)..i]
                .iter()
                .any(|n| n.is_any(FIGURE_NOUNS))
                && tokens[i.saturating_sub(6)..i].iter().all(|n| !n.is_punct());
    }
    // "Zelenskyy has been blunt that …", "Macron was clear that …".
    // …and "Witkoff was right that Ukrainians need …": the view credited to him.
    if t.is_any(&[
        "right",
        "wrong",
        "correct",
        "blunt",
        "clear",
        "adamant",
        "explicit",
        "emphatic",
        "insistent",
        "frank",
        "candid",
    ]) {
        return i > 0
            && tokens[i - 1].is_any(&["been", "was", "is", "were", "are", "remains", "remained"])
            && tokens.get(i + 1).is_some_and(|n| n.is("that"));
    }
    // "Western officials now talk of a force of up to 40,000"; "the talk of a force", "peace
    // talks" are nouns.
    if t.is("talk") {
        return tokens.get(i + 1).is_some_and(|n| n.is("of"))
            && i > 0
            && !tokens[i - 1].is_any(&[
                "the", "a", "no", "any", "some", "much", "loose", "idle", "of",
            ]);
    }
    // "They decline to give numbers but signal that the force would be …"; "a signal
    // that" is a noun.
    // ("Officials signal a force of under 40,000": a figure told.)
    if t.is("signal") {
        let rest = &tokens[i + 1..tokens.len().min(i + 7)];
        let figure = rest.first().is_some_and(|n| n.is_any(&["a", "an"]))
            && rest
                .iter()
                .any(|n| n.norm.starts_with(|c: char| c.is_ascii_digit()));
        return (rest.first().is_some_and(|n| n.is("that")) || figure)
            && !(i > 0
                && tokens[i - 1].is_any(&[
                    "a", "the", "clear", "strong", "any", "no", "serious", "this", "its", "their",
                ]));
    }
    // "as Zelensky has pointed out"
    if t.is_any(&["pointed", "points", "point"]) {
        return tokens.get(i + 1).is_some_and(|n| n.is("out"));
    }
    // "Mr Zelenskyy has laid out two paths".
    if t.is_any(&["laid", "lays", "lay"]) {
        return tokens.get(i + 1).is_some_and(|n| n.is("out"));
    }
    // "has set out the alternative"
    if t.is("set") {
        // …but "set out to secure a ceasefire" is an aim.
        return tokens.get(i + 1).is_some_and(|n| n.is("out"))
            && !tokens.get(i + 2).is_some_and(|n| n.is("to"));
    }
    REPORTING_SET.contains(t.norm.as_str())
}

/// Whether the words say that what follows is untrue: "Nor is it true that …", "It is
/// no longer true that …", "It is not the case that …".
pub fn called_untrue(tokens: &[Token]) -> bool {
    tokens.windows(4).any(|w| {
        w[0].is_any(&["not", "no", "n't", "never", "nor"])
            && w[1..]
                .iter()
                .any(|t| t.is_any(&["true", "correct", "accurate", "case"]))
    })
    // "We also could not confirm a report that …", "an unverified claim that …".
    || tokens.windows(3).any(|w| {
        w[0].is_any(&["not", "n't", "unable", "cannot"])
            && w[1..].iter().any(|t| {
                t.is_any(&["confirm", "verify", "corroborate", "substantiate"])
            })
    })
    || tokens
        .iter()
        .any(|t| t.is_any(&["unconfirmed", "unverified", "unsubstantiated"]))
}

/// The publication's audience: "a reader complained", "one listener insisted".
pub const AUDIENCE: &[&str] = &[
    "reader",
    "readers",
    "listener",
    "listeners",
    "viewer",
    "viewers",
];

/// Personal pronouns that stand for a speaker named earlier.
pub fn is_pronoun(t: &Token) -> bool {
    t.is_any(&["he", "she", "they", "it", "we", "i"])
}

/// Nouns that attribute what follows to a possessive name ("Zelenskyy's estimate").
pub const ATTRIBUTION_NOUNS: &[&str] = &[
    "estimate",
    "figure",
    "view",
    "position",
    "fallback",
    "proposal",
    "call",
    "demand",
    "argument",
    "claim",
    "assessment",
    "suggestion",
    "words",
    "statement",
    "remarks",
    "remark",
    "comments",
    "comment",
    "assurance",
    "warning",
    "prediction",
    "forecast",
    "vision",
    "insistence",
    "own",
    "alternative",
    "estimates",
    "figures",
    "idea",
    "request",
    "target",
    "line",
    "message",
    "verdict",
    "warning",
    "reckoning",
    "calculation",
    "tally",
    "description",
    "characterisation",
    "characterization",
    "ceiling",
];

/// Adjectives between an owner and the estimate: "Starmer's old estimate".
const OWNED_ADJECTIVES: &[&str] = &[
    "old", "latest", "earlier", "original", "initial", "new", "private", "public", "first",
    "revised", "best", "own",
];

/// Whether the mention owns the noun at `noun`: right before it ("Washington Post
/// estimate"), before a separate possessive mark ("officials ' ceiling"), or a
/// possessive before one adjective ("Starmer's old estimate").
fn owner_before(tokens: &[Token], m: &SentenceMention, noun: usize) -> bool {
    // "Washington Post (2025): a contingent of …": past a parenthesis to a colon.
    let parenthesis = tokens[noun].is(":")
        && tokens.get(m.last + 1).is_some_and(|t| t.is("("))
        && noun > 0
        && tokens[noun - 1].is(")")
        && noun > m.last
        && noun - m.last <= 6;
    // "- Steve Witkoff, US envoy: Trump “strongly stands …”": past an apposition.
    let apposition = tokens[noun].is(":")
        && noun > m.last + 1
        && tokens[m.last + 1].is(",")
        && noun - m.last <= 6
        && tokens[m.last + 2..noun].iter().all(|t| !t.is_punct());
    parenthesis
        || apposition
        || m.last + 1 == noun
        || m.last + 2 == noun
            && (tokens[m.last + 1].is_any(&["'", "'s"])
                || tokens[m.last + 1].is_any(OWNED_ADJECTIVES) && possessive(tokens, m))
}

/// Nouns a name owns without a possessive: "| Washington Post estimate | 40,000 |".
/// Nouns for a figure someone gave: "the figures the president has used".
pub const FIGURE_NOUNS: &[&str] = &[
    "figure",
    "figures",
    "number",
    "numbers",
    "estimate",
    "estimates",
];
const NAMED_ESTIMATES: &[&str] = &["estimate", "estimates", "figure", "forecast"];

/// Nouns of commitment that attribute a figure only with "of": "Macron's promise of
/// 20,000 soldiers" (not "his promise to end the war within 100 days").
const COMMITMENT_NOUNS: &[&str] = &["promise", "pledge", "offer"];

/// Whether token `i` is an attribution noun ("estimate", "promise of").
fn attribution_noun(tokens: &[Token], i: usize) -> bool {
    // "Zelensky's own (figure) is far higher", not "Ukraine's own armed forces".
    let own_noun = tokens[i].is("own")
        && tokens.get(i + 1).is_some_and(|t| {
            t.kind == crate::claims::tokens::TokenKind::Word
                && !t.norm.starts_with(|c: char| c.is_ascii_digit())
                && !t.is_any(&[
                    "is", "was", "of", "put", "puts", "would", "at", "figure", "estimate",
                ])
        });
    // "far more than European armies can field on their own", "an army of its own".
    let idiom = tokens[i].is("own")
        && i >= 2
        && tokens[i - 2].is_any(&["on", "of"])
        && tokens[i - 1].is_any(&["their", "its", "his", "her", "our", "my", "your"]);
    tokens[i].is_any(ATTRIBUTION_NOUNS) && !own_noun && !idiom
        || tokens[i].is_any(COMMITMENT_NOUNS) && tokens.get(i + 1).is_some_and(|t| t.is("of"))
}

/// Whether token `i` attributes a claim without a verb: a headline colon after a name
/// ("Washington Post: allies plan …") or a possessive name's estimate ("Zelenskyy's
/// estimate").
pub fn is_attribution_slot(
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
    kind: &dyn Fn(EntityId) -> EntityKind,
) -> bool {
    let t = &tokens[i];
    // Right after the name, after its separate possessive mark ("officials ' ceiling"),
    // or after one adjective ("Starmer's old estimate").
    let after_mention = |m: &&SentenceMention| owner_before(tokens, m, i);
    if t.is(":") {
        // "Starmer, on Trump:" is no slot for Trump.
        // "Force needed to deter Russia:" names what the figure is for, not who gave it.
        // ("* Emmanuel Macron, the French president: as many as 15,000 …": past an
        // apposition.)
        // ("[16:20] SENT | World | Kushner: allies have …": a person opening a log line's
        // last field, however far in.)
        let field = |m: &SentenceMention| {
            m.first > 0
                && m.last + 1 == i
                && tokens[m.first - 1].is_any(&["|", ":", "]"])
                && kind(m.mention.entity) == EntityKind::Person
        };
        // "12:10  UKRAINE: Reassurance force would number …": a country after an alert's
        // time is its dateline.
        let dateline = |m: &SentenceMention| {
            matches!(
                kind(m.mention.entity),
                EntityKind::Country | EntityKind::Place
            ) && m.first > 0
                && tokens[..m.first]
                    .iter()
                    .all(|t| t.is_punct() || t.norm.bytes().all(|b| b.is_ascii_digit()))
        };
        return mentions.iter().any(field)
            || i <= 9
                && mentions.iter().any(|m| {
                    // (Past the sixth word only a name with an apposition: "21:40 | KYIV: …"
                    // is a dateline.)
                    (i <= 6 || tokens.get(m.last + 1).is_some_and(|t| t.is(",")))
                        && after_mention(&m)
                        && !dateline(m)
                        && !preceded_by_preposition(tokens, m.first)
                        && !(m.first > 0
                            && tokens[m.first - 1].is_any(&[
                                "deter", "defeat", "stop", "hold", "resist", "fight", "repel",
                                "against", "secure", "protect", "defend",
                            ]))
                });
    }
    let pronoun_owner = i > 0 && tokens[i - 1].is_any(&["his", "her", "their"]);
    // "| Washington Post estimate | 40,000–50,000 |": a name as the estimate's owner.
    let named_estimate = t.is_any(NAMED_ESTIMATES) && mentions.iter().any(|m| after_mention(&m));
    // "their line" is a front line; only a named owner's "line" is a position.
    named_estimate
        || attribution_noun(tokens, i) && pronoun_owner && !t.is("line")
        || attribution_noun(tokens, i)
            && mentions
                .iter()
                .filter(after_mention)
                .any(|m| possessive(tokens, m))
}

/// The speaker of the reporting verb at `verb`: the mention just before it ("Zelenskyy
/// said", "Ukraine's president has previously said"), the subject before an apposition
/// or relative clause ("Kushner, Trump's son-in-law, said"), the mention just after it
/// ("said Macron", "according to the Post"), or a pronoun resolved to `previous`.
pub fn speaker_of(
    tokens: &[Token],
    mentions: &[SentenceMention],
    verb: usize,
    previous: Option<EntityId>,
    is_person: &dyn Fn(EntityId) -> bool,
    can_speak: &dyn Fn(EntityId) -> bool,
) -> Option<Speaker> {
    // "He went on to argue": the speaker of "went".
    if verb >= 3
        && tokens[verb - 3].is_any(&["went", "goes", "go", "gone"])
        && tokens[verb - 2].is("on")
        && tokens[verb - 1].is("to")
    {
        return speaker_of(tokens, mentions, verb - 3, previous, is_person, can_speak);
    }
    let t = &tokens[verb];
    // "“…,” said one Marine's father": right after a closing quote, the speaker follows
    // the verb; the names inside the quote are what was said.
    // (A bare apostrophe closes a quote only after its punctuation: "officials' figure" is
    // a possessive.)
    let quote_mark = |k: usize| {
        tokens[k].is_punct()
            && (tokens[k].is_any(&["\"", "”"])
                || tokens[k].is_any(&["'", "’"])
                    && k > 0
                    && tokens[k - 1].is_any(&[",", ".", "?", "!"]))
    };
    let inverted_verb = t.is_any(&[
        "said",
        "says",
        "asked",
        "asks",
        "added",
        "adds",
        "wrote",
        "writes",
        "replied",
        "continued",
        "insisted",
    ]);
    let after_quote = inverted_verb
        && (verb >= 1 && quote_mark(verb - 1)
            || verb >= 2 && tokens[verb - 1].is(",") && quote_mark(verb - 2));
    if after_quote {
        return Some(
            mentions
                .iter()
                .find(|m| m.first > verb && m.first <= verb + 3 && can_speak(m.mention.entity))
                .map_or(Speaker::Unnamed, |m| speaker_mention(tokens, m)),
        );
    }
    // "Whatever planners say, …" concedes, and "our correspondent writes" is the draft's
    // own voice: neither attributes the claim to anyone.
    let (clause_start, _) = clause_of(tokens, verb);
    let concession =
        verb - clause_start <= 4 && tokens[clause_start].is_any(&["whatever", "whoever"]);
    // …but "our president once said" is someone else's.
    let own_voice = (2..=3).any(|k| {
        verb >= k
            && tokens[verb - k].is("our")
            && tokens[verb - k + 1].is_any(STAFF)
            && tokens[verb - k + 1..verb].iter().all(|t| !t.is_punct())
    });
    if concession || own_voice {
        return None;
    }
    // "Macron's “several thousand” French soldiers was reported accurately": a passive's
    // subject is what was reported; the reporter, if any, comes after "by".
    let passive = verb > 0
        && tokens[verb - 1].is_any(&["was", "were", "is", "are", "been", "being", "be"])
        && t.norm.ends_with("ed")
        && !t.is_any(&[
            "claimed", "insisted", "argued", "warned", "noted", "stated", "added",
        ]);
    // "the private US offer reported by The Telegraph": a participle's agent reports.
    let agent = (t.norm.ends_with("ed") || t.is_any(&["put", "told", "said", "given"]))
        && tokens.get(verb + 1).is_some_and(|n| n.is("by"));
    if agent {
        if let Some(m) = mentions.iter().find(|m| {
            (m.first == verb + 2
                || m.first == verb + 3
                    && tokens[verb + 2].is_any(&["the", "president", "mr", "prime", "sir"]))
                && can_speak(m.mention.entity)
        }) {
            return Some(speaker_mention(tokens, m));
        }
    }
    if passive {
        let by = mentions.iter().find(|m| {
            m.first == verb + 2
                && tokens.get(verb + 1).is_some_and(|n| n.is("by"))
                && can_speak(m.mention.entity)
        });
        return Some(by.map_or(Speaker::Unnamed, |m| speaker_mention(tokens, m)));
    }
    // Events, places and documents do not speak ("After the Paris summit, X said").
    let speakers: Vec<SentenceMention> = mentions
        .iter()
        .copied()
        .filter(|m| can_speak(m.mention.entity))
        .collect();
    let mentions = &speakers[..];
    // A pronoun refers to the person this sentence named first, else to `previous`.
    let first_person = mentions
        .iter()
        .find(|m| m.last < verb && is_person(m.mention.entity) && !possessive(tokens, m))
        .map(|m| m.mention.entity);
    let previous = first_person.or(previous);
    if attribution_noun(tokens, verb)
        && verb > 0
        && tokens[verb - 1].is_any(&["his", "her", "their"])
    {
        return previous.map(Speaker::Resolved).or(Some(Speaker::Unnamed));
    }
    // "estimates", "figures": a noun after a possessive, else a verb if it can be one
    // ("Clarke, the analyst, estimates that …").
    let noun = attribution_noun(tokens, verb)
        && (verb == 0
            || verb > 1
                && tokens[verb - 1].is_any(OWNED_ADJECTIVES)
                && (tokens[verb - 2].norm.ends_with("'s")
                    || tokens[verb - 2].norm.ends_with("s'"))
            || tokens[verb - 1].norm.ends_with("'s")
            || tokens[verb - 1].norm.ends_with("s'")
            || tokens[verb - 1].is_any(&["'s", "'"])
            || !REPORTING_SET.contains(t.norm.as_str()));
    let named_estimate = t.is_any(NAMED_ESTIMATES)
        && mentions
            .iter()
            .any(|m| m.last + 1 == verb && !possessive(tokens, m));
    if t.is(":") || noun || named_estimate {
        return mentions
            .iter()
            .find(|m| owner_before(tokens, m, verb))
            .map(|m| speaker_mention(tokens, m));
    }
    let after_start = if t.is("according") {
        verb + 2
    } else {
        verb + 1
    };
    // "according to X", "said X": a mention starting right after.
    let after = mentions.iter().find(|m| {
        m.first >= after_start
            && m.first <= after_start + 2
            && no_break(tokens, after_start, m.first)
    });
    if t.is("according") {
        // "according to the American newspaper the Washington Post": the name the
        // description leads to, not its adjective.
        let named = after
            .filter(|m| m.mention.form == crate::claims::lexicon::Form::Adjective)
            .and_then(|a| {
                mentions.iter().find(|m| {
                    m.first > a.last
                        && m.first <= a.last + 4
                        && m.mention.form != crate::claims::lexicon::Form::Adjective
                        && no_break(tokens, a.last + 1, m.first)
                })
            });
        return Some(
            named
                .or(after)
                .map_or(Speaker::Unnamed, |m| speaker_mention(tokens, m)),
        );
    }
    // "he said", "he told reporters", "he has also said": the pronoun's referent.
    const AUX: &[&str] = &[
        "has",
        "had",
        "have",
        "been",
        "also",
        "previously",
        "later",
        "then",
        "again",
        "has also",
    ];
    let pronoun = verb > 0 && is_pronoun(&tokens[verb - 1])
        || verb > 1 && is_pronoun(&tokens[verb - 2]) && tokens[verb - 1].is_any(AUX)
        || verb > 2
            && is_pronoun(&tokens[verb - 3])
            && tokens[verb - 2].is_any(AUX)
            && tokens[verb - 1].is_any(AUX);
    if pronoun {
        // "Western officials have declined …, but they have signalled": "they" is no one
        // person.
        let plural = (verb.saturating_sub(3)..verb).any(|k| tokens[k].is("they"));
        return previous
            .filter(|&p| !(plural && is_person(p)))
            .map(Speaker::Resolved)
            .or(Some(Speaker::Unnamed));
    }
    // "Macron, speaking the same week, said Trump had …, and called that …": a verb
    // coordinated with "and" shares the subject that opens the sentence.
    if verb > 1 && tokens[verb - 1].is_any(&["and", "but"]) && tokens[verb - 2].is(",") {
        if let Some(m) = mentions.first().filter(|m| {
            m.first <= 2 && !possessive(tokens, m) && !object_of_preposition(tokens, m.first)
        }) {
            return Some(speaker_mention(tokens, m));
        }
    }
    // "when Witkoff came back from his talks with Putin and said …": a verb joined by
    // "and" shares the subject of the verb before it.
    if verb > 1 && tokens[verb - 1].is("and") && !tokens[verb - 2].is(",") {
        let (start, _) = clause_of(tokens, verb);
        if let Some(m) = mentions.iter().find(|m| {
            m.first >= start
                && m.last + 16 >= verb
                && m.last < verb
                && !possessive(tokens, m)
                && !object_of_preposition(tokens, m.first)
                && is_person(m.mention.entity)
                && tokens.get(m.last + 1).is_some_and(|t| {
                    t.kind == super::tokens::TokenKind::Word && t.norm.ends_with("ed")
                        || t.is_any(&["came", "went", "met", "flew", "sat", "spoke", "told"])
                })
        }) {
            return Some(speaker_mention(tokens, m));
        }
    }
    // "Witkoff, who has led talks for Trump, told reporters" and "Kushner, Trump's
    // son-in-law, said": the subject before the relative clause or apposition speaks.
    let mut end = verb;
    while end > 0 && tokens[end - 1].is_any(AUX) {
        end -= 1;
    }
    // The relative clause must close before the verb ("Witkoff, who …, told"); in "the
    // coalition, which Downing Street called …" the verb is inside it.
    // …and nothing is reported between the two ("Whitkoff, who has led talks, said …,
    // and Kushner argued": "argued" is Kushner's).
    let relative = (1..end)
        .rev()
        .find(|&k| tokens[k].is_any(&["who", "which"]) && tokens[k - 1].is(","))
        .filter(|&k| tokens[k + 1..end].iter().any(|t| t.is(",")))
        .filter(|&k| {
            let close = (k + 1..end).find(|&c| tokens[c].is(",")).unwrap_or(end);
            !(close + 1..end).any(|c| is_reporting(tokens, c))
        })
        .map(|k| k - 1);
    // Through several appositions ("Kushner, Trump's son-in-law, who has joined Witkoff
    // in talks, said"): the subject is the first comma-followed name of the clause.
    let apposition = (end > 0 && tokens[end - 1].is(","))
        .then(|| {
            let (start, _) = clause_of(tokens, verb);
            mentions
                .iter()
                .filter(|m| {
                    // The clause's subject: at its start, after at most a title.
                    (start..=start + 5).contains(&m.first)
                        && m.last + 1 < end
                        && tokens[m.last + 1].is(",")
                        && !possessive(tokens, m)
                })
                .map(|m| m.last + 1)
                .next()
                .or_else(|| (0..end - 1).rev().find(|&k| tokens[k].is(",")))
        })
        .flatten();
    // "Kushner was the one who said …", "It was Witkoff, not Kushner, …": a cleft names
    // its speaker before "the one who".
    let cleft = end >= 5
        && tokens[end - 1].is("who")
        && tokens[end - 2].is_any(&["one", "man", "person"])
        && tokens[end - 3].is("the")
        && tokens[end - 4].is_any(&["was", "is", "were"]);
    if cleft {
        if let Some(m) = mentions.iter().find(|m| m.last + 5 == end) {
            return Some(speaker_mention(tokens, m));
        }
    }
    // "Putin, who has called his war a “holy mission”": the verb of the relative clause
    // itself; its subject is the name before the comma.
    let who_subject =
        (end >= 2 && tokens[end - 1].is("who") && tokens[end - 2].is(",")).then(|| end - 2);
    for open in [who_subject, relative, apposition].into_iter().flatten() {
        if let Some(m) = mentions
            .iter()
            .find(|m| m.last + 1 == open && no_break(tokens, open, verb) && !possessive(tokens, m))
        {
            // "Jared Kushner, the son-in-law of the American president, who insisted …":
            // the "who" takes up the head of the apposition, not the name inside its "of".
            if Some(open) == who_subject
                && m.first > 0
                && tokens[m.first.saturating_sub(2)..m.first]
                    .iter()
                    .any(|t| t.is("of"))
            {
                let comma = (0..m.first).rev().find(|&k| tokens[k].is(","));
                if let Some(head) = comma.and_then(|c| mentions.iter().find(|a| a.last + 1 == c)) {
                    return Some(speaker_mention(tokens, head));
                }
            }
            // "It was Witkoff, not Kushner, who said": the name set aside is not the one
            // speaking; the one before it is.
            if let Some(not) = set_aside(tokens, m.first) {
                return mentions
                    .iter()
                    .find(|a| a.last + 2 == not && tokens[a.last + 1].is(","))
                    .map(|a| speaker_mention(tokens, a));
            }
            return Some(speaker_mention(tokens, m));
        }
    }
    // "reports in the Washington Post suggested …": the paper the reports were in.
    let reported_in = mentions.iter().find(|m| {
        let mut k = m.first;
        while k > 0 && tokens[k - 1].is("the") {
            k -= 1;
        }
        m.last < verb
            && m.last + 1 == end
            && k >= 2
            && tokens[k - 1].is_any(&["in", "by", "from"])
            && tokens[k - 2].is_any(&[
                "reports",
                "report",
                "reporting",
                "articles",
                "article",
                "story",
                "stories",
            ])
    });
    if let Some(m) = reported_in {
        return Some(speaker_mention(tokens, m));
    }
    // "X said", "X's foreign minister said": the nearest mention before, within reach.
    let before = mentions
        .iter()
        .filter(|m| m.last < verb && verb - m.last <= 8 && no_break(tokens, m.last + 1, verb))
        .filter(|m| !object_of_preposition(tokens, m.first) && !possessive(tokens, m))
        .max_by_key(|m| m.last);
    // "It was Macron who warned": a "who" right after the name keeps it the subject.
    // "It was Trump, remember, who spoke": past an aside to the "who".
    let between_subject = |m: &SentenceMention| {
        let mut between = &tokens[m.last + 1..verb];
        if between.len() >= 4
            && between[0].is(",")
            && between[1..between.len().min(4)].iter().any(|t| t.is(","))
        {
            let close = 1 + between[1..].iter().position(|t| t.is(",")).unwrap_or(0);
            if close <= 3 && between.get(close + 1).is_some_and(|t| t.is("who")) {
                between = &between[close + 1..];
            }
        }
        // "…the US had offered support, the Prime Minister told the paper": a subject of
        // its own after the last comma.
        let own_subject = between.iter().rposition(|t| t.is(",")).is_some_and(|c| {
            between
                .get(c + 1)
                .is_some_and(|t| t.is_any(&["the", "a", "an", "his", "her", "its", "their"]))
        });
        !own_subject
            && between
                .iter()
                .enumerate()
                .all(|(k, t)| !t.is_any(&["that", "which", "who", "and"]) || k == 0 && t.is("who"))
    };
    // "Witkoff came out and said": the clause's subject, with verbs joined by "and".
    let (clause_start, _) = clause_of(tokens, verb);
    let coordinated = |m: &SentenceMention| {
        m.first <= clause_start + 1
            && verb > 0
            && tokens[verb - 1].is("and")
            && verb - m.last <= 6
            && !mentions.iter().any(|o| o.first > m.last && o.last < verb)
            && tokens[m.last + 1..verb - 1]
                .iter()
                .all(|t| !t.is_punct() && !t.is_any(&["that", "which", "who"]))
    };
    if let Some(m) = before.filter(|m| between_subject(m) || coordinated(m)) {
        return Some(speaker_mention(tokens, m));
    }
    // "…, said Macron" (inversion): right after the verb, which itself follows a comma
    // or a closing quote ("said Trump “strongly …”" is no inversion).
    let inverted = verb > 0 && tokens[verb - 1].is_any(&[",", "\"", "'"]);
    if let Some(m) = after.filter(|_| inverted) {
        if t.is_any(&[
            "said", "says", "added", "told", "wrote", "noted", "insisted", "warned", "argued",
        ]) && m.first == verb + 1
        {
            return Some(speaker_mention(tokens, m));
        }
    }
    // A reporting verb with a subject we do not know: "officials said", "a source told".
    let subject_before = verb > 0 && tokens[..verb].iter().rev().take(4).any(|t| !t.is_punct());
    subject_before.then_some(Speaker::Unnamed)
}

/// A publication's own people: "our correspondent writes".
const STAFF: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "editor",
    "editors",
    "writer",
    "columnist",
    "critic",
    "team",
    "desk",
    "analyst",
    "analysts",
    "reviewer",
    "staff",
    "verdict",
    "view",
    "analysis",
];

/// ", not Kushner": the index of the "not" that sets the name at `first` aside (past
/// an honorific).
fn set_aside(tokens: &[Token], first: usize) -> Option<usize> {
    let mut k = first.checked_sub(1)?;
    if tokens[k].is_any(&["mr", "mrs", "ms", "dr", "sir", "president", "lord", "lady"]) {
        k = k.checked_sub(1)?;
    }
    (tokens[k].is("not") && k > 0 && tokens[k - 1].is(",")).then_some(k)
}

/// "Trump's son-in-law said": a possessive name is not the one speaking.
fn possessive(tokens: &[Token], m: &SentenceMention) -> bool {
    // "Trump's", and the plural "officials'".
    let norm = &tokens[m.last].norm;
    norm.ends_with("'s")
        || norm.ends_with("s'")
        || tokens
            .get(m.last + 1)
            .is_some_and(|t| t.is_any(&["'s", "'"]))
}

/// The speaker a mention stands for: an adjective speaks only with a noun for a body
/// ("the British government said"); "the US envoy said" is someone unnamed.
fn speaker_mention(tokens: &[Token], m: &SentenceMention) -> Speaker {
    const BODIES: &[&str] = &[
        "government",
        "officials",
        "official",
        "ministry",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "sources",
        "negotiators",
        "diplomats",
        "side",
        "authorities",
        "administration",
        "embassy",
    ];
    let body = tokens[m.last + 1..tokens.len().min(m.last + 3)]
        .iter()
        .any(|t| t.is_any(BODIES));
    if m.mention.form == super::lexicon::Form::Adjective && !body {
        return Speaker::Unnamed;
    }
    // "a Ukrainian official", "one senior French diplomat": one unnamed person, not the
    // government's position.
    let single = m.mention.form == super::lexicon::Form::Adjective
        && tokens[m.first.saturating_sub(2)..m.first]
            .iter()
            .any(|t| t.is_any(&["a", "an", "one"]));
    if single {
        return Speaker::Unnamed;
    }
    Speaker::Entity(m.mention.entity)
}

/// No sentence-internal break (`;`, `—`, `(`) between tokens `from..to`.
pub fn no_break(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from.min(to)..to]
        .iter()
        .all(|t| !t.is_any(&[";", "—", "(", ")", "–"]))
}

/// Prepositions that make a mention an object, not a subject ("unlike Poland").
pub const PREPOSITIONS: &[&str] = &[
    "unlike",
    "with",
    "from",
    "to",
    "for",
    "than",
    "including",
    "like",
    "besides",
    "against",
    "of",
    "by",
    "on",
    "into",
    "towards",
    "toward",
    "about",
    "between",
    "among",
    "amongst",
    "alongside",
    "after",
    "before",
    "beyond",
    "despite",
    "except",
    "over",
    "behind",
    "at",
    "in",
    "via",
    "through",
    "without",
    "within",
    "upon",
    "onto",
    "as",
    "urged",
    "asked",
    "pressed",
    "pressuring",
    "pressure",
    "told",
    "persuade",
    "convince",
    "expect",
    "expects",
    "expected",
];

/// Like [`preceded_by_preposition`], but "before", "after", "as" and "since" open a
/// clause whose subject may speak ("before The Telegraph reported").
fn object_of_preposition(tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    while k > 0 && tokens[k - 1].is_any(&["the", "a", "an"]) {
        k -= 1;
    }
    k > 0
        && !tokens[k - 1].is_any(&["before", "after", "as", "since"])
        && preceded_by_preposition(tokens, first)
}

pub fn preceded_by_preposition(tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    // Skip an article: "unlike the US".
    while k > 0 && tokens[k - 1].is_any(&["the", "a", "an"]) {
        k -= 1;
    }
    // "a number of civilian flights": a partitive "of" keeps its noun the subject.
    let partitive = k > 1
        && tokens[k - 1].is("of")
        && tokens[k - 2].is_any(&[
            "number", "handful", "some", "several", "many", "few", "dozens", "most", "all", "both",
            "none", "each", "one", "two", "three", "bulk", "majority", "rest", "half", "part",
        ]);
    k > 0 && PREPOSITION_SET.contains(tokens[k - 1].norm.as_str()) && !partitive
}

/// Clause boundaries around token `i`: `;`, dashes, and contrastive conjunctions.
pub fn clause_of(tokens: &[Token], i: usize) -> (usize, usize) {
    const BREAKS: &[&str] = &[
        ";", ":", "—", "–", "-", "but", "while", "whereas", "although", "though", "unlike",
    ];
    // ", and" opens a new clause ("Poland will not send troops, and Italy …").
    // A hyphen inside a word ("U.S.-led") breaks nothing.
    let glued = |k: usize| {
        tokens[k].is("-")
            && k > 0
            && tokens[k - 1].span.end == tokens[k].span.start
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.span.start == tokens[k].span.end)
    };
    let is_break = |k: usize| {
        tokens[k].is_any(BREAKS) && !glued(k)
            || tokens[k].is("and") && k > 0 && tokens[k - 1].is(",")
    };
    let start = (0..i).rev().find(|&k| is_break(k)).map_or(0, |p| p + 1);
    let end = (i + 1..tokens.len())
        .find(|&k| is_break(k))
        .unwrap_or(tokens.len());
    (start, end)
}
