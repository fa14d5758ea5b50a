//! The cookie and decision columns: one entry per line, its parts separated
//! by `|` (docs/import-table.md).

use super::super::columns::Field;
use super::super::country::find_country;
use super::super::problem::{Part, Problem};
use super::Cells;
use crate::model::*;

static EMBED_PARTS: (&str, &str) = (
    "Name | Art | Anbieter | Zweck | Grundlage [| vor Einwilligung geladen | Speicherdauer | Drittland]",
    "name | type | provider | purpose | ground [| loaded before consent | storage period | third country]",
);
static DECISION_PARTS: (&str, &str) = (
    "Entscheidung | Wirkung [| Ausnahme | Schutzmaßnahmen]",
    "decision | effect [| exception | safeguards]",
);

/// Splits a line at `|`, each part trimmed; a part that is only a dash is
/// empty.
fn parts(line: &str) -> Vec<String> {
    line.split('|')
        .map(|p| p.trim())
        .map(|p| {
            if ["-", "–", "—"].contains(&p) {
                ""
            } else {
                p
            }
        })
        .map(str::to_owned)
        .collect()
}

/// The value whose words (lower case) the text, folded, starts with or is.
fn pick<T: Copy>(text: &str, words: &[(&str, T)]) -> Option<T> {
    let folded = text.trim().to_lowercase();
    words
        .iter()
        .find(|(w, _)| folded == *w || folded.starts_with(&format!("{w} ")))
        .map(|(_, v)| *v)
}

fn unknown(cells: &mut Cells<'_>, field: Field, line: usize, part: &'static Part, text: &str) {
    cells.error(
        field,
        Problem::UnknownPart {
            line,
            part,
            text: text.to_owned(),
        },
    );
}

static KIND: Part = Part {
    what: ("die Art", "the type"),
    allowed: (
        "Cookie, lokaler Speicher, eingebundener Dienst",
        "cookie, local storage, embedded service",
    ),
};
static ACCESS: Part = Part {
    what: ("die Grundlage", "the ground"),
    allowed: (
        "Einwilligung, unbedingt erforderlich",
        "consent, strictly necessary",
    ),
};
static BEFORE: Part = Part {
    what: ("„vor Einwilligung geladen“", "'loaded before consent'"),
    allowed: ("ja, nein", "yes, no"),
};
static COUNTRY: Part = Part {
    what: ("das Drittland", "the third country"),
    allowed: (
        "ein Land außerhalb des EWR, z. B. USA",
        "a country outside the EEA, e.g. United States",
    ),
};
static SAFEGUARD: Part = Part {
    what: ("die Schutzmaßnahme", "the safeguard"),
    allowed: (
        "Eingreifen, Standpunkt, Anfechtung",
        "human intervention, point of view, contest",
    ),
};
static EFFECT: Part = Part {
    what: ("die Wirkung", "the effect"),
    allowed: ("rechtlich, erheblich", "legal, similarly significant"),
};
static EXCEPTION: Part = Part {
    what: ("die Ausnahme", "the exception"),
    allowed: (
        "Vertrag, Gesetz, ausdrückliche Einwilligung",
        "contract, law, explicit consent",
    ),
};

pub(super) fn embeds(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Vec<Embed> {
    const F: Field = Field::Embeds;
    let mut out = Vec::new();
    for (i, line) in cells.lines(F).into_iter().enumerate() {
        let n = i + 1;
        let p = parts(&line);
        if p.len() < 5 {
            cells.error(
                F,
                Problem::TooFewParts {
                    line: n,
                    parts: &EMBED_PARTS,
                },
            );
            continue;
        }
        let kind = pick(
            &p[1],
            &[
                ("cookie", EmbedKind::Cookie),
                ("lokaler speicher", EmbedKind::Storage),
                ("speicher", EmbedKind::Storage),
                ("local storage", EmbedKind::Storage),
                ("storage", EmbedKind::Storage),
                ("eingebundener dienst", EmbedKind::Embed),
                ("dienst", EmbedKind::Embed),
                ("embedded service", EmbedKind::Embed),
                ("embed", EmbedKind::Embed),
                ("service", EmbedKind::Embed),
            ],
        );
        let access = pick(
            &p[4],
            &[
                ("einwilligung", EmbedAccess::Consent),
                ("consent", EmbedAccess::Consent),
                ("§ 25 abs. 1", EmbedAccess::Consent),
                ("unbedingt erforderlich", EmbedAccess::StrictlyNecessary),
                ("erforderlich", EmbedAccess::StrictlyNecessary),
                ("strictly necessary", EmbedAccess::StrictlyNecessary),
                ("necessary", EmbedAccess::StrictlyNecessary),
                ("§ 25 abs. 2", EmbedAccess::StrictlyNecessary),
            ],
        );
        let before = match p.get(5).map(String::as_str).unwrap_or("") {
            "" => Some(false),
            t => pick(
                t,
                &[("ja", true), ("yes", true), ("nein", false), ("no", false)],
            ),
        };
        let country = match p.get(7).map(String::as_str).unwrap_or("") {
            "" => Some(None),
            t => match find_country(t, catalogs) {
                Some(c) if !c.eea => Some(Some(c.code.clone())),
                _ => None,
            },
        };
        if kind.is_none() {
            unknown(cells, F, n, &KIND, &p[1]);
        }
        if access.is_none() {
            unknown(cells, F, n, &ACCESS, &p[4]);
        }
        if before.is_none() {
            unknown(cells, F, n, &BEFORE, &p[5]);
        }
        if country.is_none() {
            unknown(cells, F, n, &COUNTRY, &p[7]);
        }
        let (Some(kind), Some(access), Some(before_consent), Some(country)) =
            (kind, access, before, country)
        else {
            continue;
        };
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        out.push(Embed {
            name: p[0].clone(),
            kind,
            provider: opt(&p[2]).filter(|s| {
                !["wir selbst", "eigener", "first party", "us"].contains(&s.to_lowercase().as_str())
            }),
            purpose: p[3].clone(),
            access,
            before_consent,
            duration: p.get(6).and_then(|s| opt(s)),
            country,
        });
    }
    out
}

/// The decisions and the logic of the procedure, as the activity's
/// automated decisions; `None` when both columns are empty.
pub(super) fn decisions(cells: &mut Cells<'_>) -> Option<AutomatedDecisions> {
    const F: Field = Field::Decisions;
    let logic = cells.text(Field::DecisionLogic);
    let lines = cells.lines(F);
    let given = !lines.is_empty();
    let mut decisions = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        let n = i + 1;
        let p = parts(&line);
        if p.len() < 2 {
            cells.error(
                F,
                Problem::TooFewParts {
                    line: n,
                    parts: &DECISION_PARTS,
                },
            );
            continue;
        }
        let effect = pick(
            &p[1],
            &[
                ("rechtlich", DecisionEffect::Legal),
                ("rechtliche wirkung", DecisionEffect::Legal),
                ("legal", DecisionEffect::Legal),
                ("legal effect", DecisionEffect::Legal),
                ("erheblich", DecisionEffect::SimilarlySignificant),
                ("ähnlich erheblich", DecisionEffect::SimilarlySignificant),
                (
                    "similarly significant",
                    DecisionEffect::SimilarlySignificant,
                ),
                ("significant", DecisionEffect::SimilarlySignificant),
            ],
        );
        let exception = match p.get(2).map(String::as_str).unwrap_or("") {
            "" => Some(None),
            t => pick(
                t,
                &[
                    ("vertrag", DecisionException::Contract),
                    ("contract", DecisionException::Contract),
                    ("gesetz", DecisionException::Law),
                    ("rechtsvorschrift", DecisionException::Law),
                    ("law", DecisionException::Law),
                    (
                        "ausdrückliche einwilligung",
                        DecisionException::ExplicitConsent,
                    ),
                    ("einwilligung", DecisionException::ExplicitConsent),
                    ("explicit consent", DecisionException::ExplicitConsent),
                    ("consent", DecisionException::ExplicitConsent),
                ],
            )
            .map(Some),
        };
        let mut safeguards = Vec::new();
        for s in p.get(3).map(String::as_str).unwrap_or("").split([',', ';']) {
            let s = s.trim();
            if s.is_empty() {
                continue;
            }
            match pick(
                s,
                &[
                    ("eingreifen", DecisionSafeguard::HumanIntervention),
                    (
                        "eingreifen einer person",
                        DecisionSafeguard::HumanIntervention,
                    ),
                    ("human intervention", DecisionSafeguard::HumanIntervention),
                    ("standpunkt", DecisionSafeguard::ExpressView),
                    ("darlegung des standpunkts", DecisionSafeguard::ExpressView),
                    ("point of view", DecisionSafeguard::ExpressView),
                    ("anfechtung", DecisionSafeguard::Contest),
                    ("anfechten", DecisionSafeguard::Contest),
                    ("contest", DecisionSafeguard::Contest),
                ],
            ) {
                Some(g) if safeguards.contains(&g) => {}
                Some(g) => safeguards.push(g),
                None => unknown(cells, F, n, &SAFEGUARD, s),
            }
        }
        if effect.is_none() {
            unknown(cells, F, n, &EFFECT, &p[1]);
        }
        if exception.is_none() {
            unknown(cells, F, n, &EXCEPTION, &p[2]);
        }
        let (Some(effect), Some(exception)) = (effect, exception) else {
            continue;
        };
        decisions.push(AutomatedDecision {
            decision: p[0].clone(),
            effect,
            exception,
            safeguards,
            ..AutomatedDecision::default()
        });
    }
    match logic {
        None if !given => None,
        None => {
            cells.error(Field::DecisionLogic, Problem::LogicRequired);
            None
        }
        Some(logic) => Some(AutomatedDecisions::Used {
            logic,
            consequences: None,
            decisions,
        }),
    }
}
