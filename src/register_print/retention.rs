//! The two activity items that are rules rather than lists: erasure periods
//! per data category (Art. 30(1)(f)) and the DPIA decision with its threshold
//! analysis (Art. 35).

use super::entries::Ctx;
use super::{Line, Value};
use crate::dpia::assess;
use crate::ProcessingActivity;

pub(super) fn erasure(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    Value::lines(a.data_categories.iter().map(|c| {
        let Some(r) = &c.retention else {
            return Line::gap(&c.name);
        };
        let mut parts = Vec::new();
        // "3 Monate ab Ende der Teilnahme"; a start without a period is the
        // moment a criterion counts from, labelled as the notice does.
        match (r.period, &r.start_words(ctx.lang)) {
            (Some(p), Some(s)) => {
                parts.push(format!("{} {} {s}", p.label(ctx.lang), ctx.l("ab", "from")))
            }
            (Some(p), None) => parts.push(p.label(ctx.lang)),
            (None, Some(s)) => parts.push(format!(
                "{}: {s}",
                ctx.l("Maßgeblicher Zeitpunkt", "Relevant point in time")
            )),
            (None, None) => {}
        }
        parts.extend(r.criterion.clone());
        parts.extend(
            r.deletion
                .as_ref()
                .map(|d| format!("{}: {d}", ctx.l("Löschung", "Erasure"))),
        );
        parts.extend(r.at_end.map(|end| {
            format!(
                "{}: {}",
                ctx.l("Am Fristende", "When the period ends"),
                end.label(ctx.lang)
            )
        }));
        match parts.is_empty() {
            true => Line::gap(&c.name),
            false => Line::from(format!("{}: {}", c.name, parts.join("; "))),
        }
    }))
}

/// The DPIA decision as recorded and, where the threshold analysis has
/// answers, its derived result and the criteria answered "yes".
pub(super) fn dpia(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let decision = decision(ctx, a);
    if a.dpia.threshold.is_empty() {
        return decision;
    }
    let mut lines = match decision {
        Value::Text(lines) => lines,
        _ => vec![Line::gap(ctx.l("Entscheidung", "Decision"))],
    };
    lines.extend(threshold(ctx, a));
    Value::Text(lines)
}

/// "Schwellwertanalyse: DSFA erforderlich (Art. 35 Abs. 3 lit. c DSGVO)",
/// then one line per criterion met, in catalog order.
fn threshold(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Vec<Line> {
    let criteria = &ctx.catalogs.dpia_criteria;
    let result = assess(&a.dpia.threshold, criteria);
    let mut lines = vec![Line::from(format!(
        "{}: {} ({})",
        ctx.l("Schwellwertanalyse", "Threshold analysis"),
        result.outcome.label(ctx.lang),
        result.reason(criteria, ctx.lang)
    ))];
    let met = ctx.l("Zutreffend", "Met");
    lines.extend(
        criteria
            .iter()
            .filter(|c| a.dpia.threshold.get(&c.code) == Some(&true))
            .map(|c| {
                Line::from(format!(
                    "{met}: {} – {}",
                    c.citation(ctx.lang),
                    c.label(ctx.lang)
                ))
            }),
    );
    lines
}

fn decision(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let d = &a.dpia;
    let Some(required) = d.required else {
        return Value::NotRecorded;
    };
    let mut parts = vec![Line::from(match required {
        true => ctx.l("erforderlich", "required"),
        false => ctx.l("nicht erforderlich", "not required"),
    })];
    let reason = ctx.l("Begründung", "Reason");
    parts.push(match &d.reason {
        Some(r) => Line::from(format!("{reason}: {r}")),
        None => Line::gap(reason),
    });
    if required {
        parts.push(match d.done_on {
            Some(day) => Line::from(format!(
                "{} {}",
                ctx.l("durchgeführt am", "carried out on"),
                ctx.date(day)
            )),
            None => Line::gap(ctx.l("Durchführung", "Carried out")),
        });
    }
    parts.extend(
        d.reference
            .as_ref()
            .map(|r| Line::from(format!("{}: {r}", ctx.l("Referenz", "Reference")))),
    );
    Value::text(Line::join(parts, "; "))
}
