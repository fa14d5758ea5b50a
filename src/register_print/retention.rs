//! The two activity items that are rules rather than lists: erasure periods
//! per data category (Art. 30(1)(f)) and the DPIA decision (Art. 35).

use super::entries::Ctx;
use super::labels;
use super::Value;
use crate::ProcessingActivity;

pub(super) fn erasure(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let nr = labels::not_recorded(ctx.lang);
    Value::lines(
        a.data_categories
            .iter()
            .map(|c| {
                let Some(r) = &c.retention else {
                    return format!("{}: {nr}", c.name);
                };
                let mut parts = Vec::new();
                let mut period = r
                    .period
                    .map(|p| labels::period(ctx.lang, p.amount, p.unit))
                    .unwrap_or_default();
                if let Some(s) = &r.starts_at {
                    period = format!("{period} {} {s}", ctx.l("ab", "from"))
                        .trim()
                        .to_owned();
                }
                if !period.is_empty() {
                    parts.push(period);
                }
                parts.extend(r.criterion.clone());
                parts.extend(
                    r.deletion
                        .as_ref()
                        .map(|d| format!("{}: {d}", ctx.l("Löschung", "Erasure"))),
                );
                format!("{}: {}", c.name, parts.join("; "))
            })
            .collect(),
    )
}

pub(super) fn dpia(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let nr = labels::not_recorded(ctx.lang);
    let d = &a.dpia;
    let Some(required) = d.required else {
        return Value::NotRecorded;
    };
    let mut parts = vec![match required {
        true => ctx.l("erforderlich", "required").to_owned(),
        false => ctx.l("nicht erforderlich", "not required").to_owned(),
    }];
    let reason = d.reason.as_deref().unwrap_or(nr);
    parts.push(format!("{}: {reason}", ctx.l("Begründung", "Reason")));
    if required {
        parts.push(match d.done_on {
            Some(day) => format!(
                "{} {}",
                ctx.l("durchgeführt am", "carried out on"),
                ctx.date(day)
            ),
            None => format!("{}: {nr}", ctx.l("Durchführung", "Carried out")),
        });
    }
    parts.extend(
        d.reference
            .as_ref()
            .map(|r| format!("{}: {r}", ctx.l("Referenz", "Reference"))),
    );
    Value::text(parts.join("; "))
}
