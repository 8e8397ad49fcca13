//! Reported speech and modality: who says a sentence's claim, and whether the claim is
//! negated, hedged or hypothetical.

use super::tokens::Token;
use super::SentenceMention;
use crate::factbase::EntityId;

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
    "put",
    "puts",
    "proposed",
    "proposes",
    "wants",
    "wanted",
    "reckons",
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
    "spoke",
    "speaking",
    "echoed",
    "remarked",
];

/// Words that negate what follows.
pub const NEGATORS: &[&str] = &[
    "not",
    "n't",
    "never",
    "no",
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
    "ruling",
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
    "instead",
    "rather",
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
    "yet",
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
    "expected",
    "likely",
    "would-be",
    "proposal",
    "proposed",
    "plan",
    "whether",
    "suppose",
    "imagine",
    "hypothetical",
    "ready",
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
    "demands",
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
];

/// Who a claim is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// A known entity.
    Entity(EntityId),
    /// Someone the fact base does not know ("a diplomat", "reports").
    Unnamed,
}

/// Whether token `i` is a reporting verb (with "according to" as one).
pub fn is_reporting(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.is("according") {
        return tokens.get(i + 1).is_some_and(|n| n.is("to"));
    }
    t.is_any(REPORTING)
}

/// Personal pronouns that stand for a speaker named earlier.
pub fn is_pronoun(t: &Token) -> bool {
    t.is_any(&["he", "she", "they", "it", "we", "i"])
}

/// The speaker of the reporting verb at `verb`: the mention just before it ("Zelenskyy
/// said", "Ukraine's president has previously said"), just after it ("said Macron",
/// "according to the Post"), or a pronoun resolved to `previous_person`.
pub fn speaker_of(
    tokens: &[Token],
    mentions: &[SentenceMention],
    verb: usize,
    previous: Option<EntityId>,
) -> Option<Speaker> {
    let after_start = if tokens[verb].is("according") {
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
    if tokens[verb].is("according") {
        return Some(after.map_or(Speaker::Unnamed, |m| Speaker::Entity(m.mention.entity)));
    }
    // "X said", "X, the US envoy, has said": the nearest mention before, within reach.
    let before = mentions
        .iter()
        .filter(|m| m.last < verb && verb - m.last <= 8 && no_break(tokens, m.last + 1, verb))
        .filter(|m| !preceded_by_preposition(tokens, m.first))
        .max_by_key(|m| m.last);
    let between_subject = |m: &SentenceMention| {
        // A subject noun between the mention and the verb ("Poland's foreign minister
        // said") still makes the mention the speaker; a full clause does not.
        tokens[m.last + 1..verb]
            .iter()
            .all(|t| !t.is_any(&["that", "which", "who", "and"]))
    };
    if let Some(m) = before.filter(|m| between_subject(m)) {
        return Some(Speaker::Entity(m.mention.entity));
    }
    if verb > 0 && is_pronoun(&tokens[verb - 1])
        || verb > 1
            && is_pronoun(&tokens[verb - 2])
            && tokens[verb - 1].is_any(&[
                "has",
                "had",
                "have",
                "also",
                "previously",
                "later",
                "then",
                "had",
            ])
    {
        return previous.map(Speaker::Entity).or(Some(Speaker::Unnamed));
    }
    if let Some(m) = after {
        // "…, said Macron" (inversion): only right after the verb.
        if tokens[verb].is_any(&[
            "said", "says", "added", "told", "wrote", "noted", "insisted", "warned", "argued",
        ]) && m.first == verb + 1
        {
            return Some(Speaker::Entity(m.mention.entity));
        }
    }
    // A reporting verb with a subject we do not know: "officials said", "a source told".
    let subject_before = verb > 0 && tokens[..verb].iter().rev().take(4).any(|t| !t.is_punct());
    subject_before.then_some(Speaker::Unnamed)
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

pub fn preceded_by_preposition(tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    // Skip an article: "unlike the US".
    while k > 0 && tokens[k - 1].is_any(&["the", "a", "an"]) {
        k -= 1;
    }
    k > 0 && tokens[k - 1].is_any(PREPOSITIONS)
}

/// Clause boundaries around token `i`: `;`, dashes, and contrastive conjunctions.
pub fn clause_of(tokens: &[Token], i: usize) -> (usize, usize) {
    let is_break = |t: &Token| {
        t.is_any(&[
            ";",
            "—",
            "–",
            "but",
            "while",
            "whereas",
            "although",
            "though",
            "however",
            "unlike",
            "meanwhile",
        ])
    };
    let start = tokens[..i].iter().rposition(is_break).map_or(0, |p| p + 1);
    let end = tokens[i + 1..]
        .iter()
        .position(is_break)
        .map_or(tokens.len(), |p| i + 1 + p);
    (start, end)
}
