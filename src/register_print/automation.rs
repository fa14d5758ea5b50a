//! The register print's items on automated decisions (Art. 22 GDPR) and on
//! the cookies and embedded services of an activity (§ 25 TDDDG).

use super::entries::Ctx;
use super::Value;
use crate::{AutomatedDecisions, ProcessingActivity};

/// Not recorded, "none", or the procedure and each decision on a line.
pub(super) fn decisions(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let lang = ctx.lang;
    let (logic, consequences, decisions) = match &a.automated_decisions {
        None => return Value::NotRecorded,
        Some(AutomatedDecisions::None) => {
            return Value::text(ctx.l(
                "keine ausschließlich automatisierte Entscheidung",
                "no decision based solely on automated processing",
            ))
        }
        Some(AutomatedDecisions::Used {
            logic,
            consequences,
            decisions,
        }) => (logic, consequences, decisions),
    };
    let mut lines = vec![format!("{}: {}", ctx.l("Logik", "Logic"), logic.trim())];
    if let Some(c) = consequences.as_deref().filter(|c| !c.trim().is_empty()) {
        lines.push(format!(
            "{}: {}",
            ctx.l("Tragweite", "Significance"),
            c.trim()
        ));
    }
    for d in decisions {
        let mut line = format!("{} ({})", d.decision.trim(), d.effect.label(lang));
        if let Some(c) = &d.consequences {
            line.push_str(&format!("; {c}"));
        }
        line.push_str(&format!(
            "; {}: {}",
            ctx.l("Ausnahme", "Exception"),
            match d.exception {
                Some(e) => e.label(lang),
                None => ctx.l("nicht erfasst", "not recorded"),
            }
        ));
        if let Some(n) = &d.exception_note {
            line.push_str(&format!(" – {n}"));
        }
        if let Some(p) = &d.purpose {
            line.push_str(&format!("; {}: {p}", ctx.l("Zweck", "Purpose")));
        }
        let safeguards: Vec<&str> = d.safeguards.iter().map(|s| s.short(lang)).collect();
        line.push_str(&format!(
            "; {}: {}",
            ctx.l(
                "Schutzmaßnahmen (Art. 22 Abs. 3)",
                "Safeguards (Art. 22(3))"
            ),
            if safeguards.is_empty() {
                ctx.l("keine erfasst", "none recorded").to_owned()
            } else {
                safeguards.join(", ")
            }
        ));
        if let Some(n) = &d.safeguards_note {
            line.push_str(&format!(" – {n}"));
        }
        lines.push(line);
    }
    Value::lines(lines)
}

/// One line per cookie or embedded service; not applicable without any.
pub(super) fn embeds(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let lang = ctx.lang;
    if a.embeds.is_empty() {
        return Value::NotApplicable(ctx.l("keine erfasst", "none recorded").to_owned());
    }
    Value::lines(a.embeds.iter().map(|e| {
        let mut line = format!(
            "{} ({}, {}): {}; {}",
            e.name,
            e.kind.label(lang),
            e.provider
                .as_deref()
                .unwrap_or(ctx.l("eigener", "first party")),
            e.purpose,
            e.access.label(lang)
        );
        if e.before_consent {
            line.push_str(ctx.l(
                "; wird vor der Einwilligung geladen",
                "; loaded before consent",
            ));
        }
        if let Some(d) = &e.duration {
            line.push_str(&format!(
                "; {}: {d}",
                ctx.l("Speicherdauer", "storage period")
            ));
        }
        if let Some(c) = &e.country {
            let name = ctx
                .catalogs
                .country(c)
                .map_or(c.clone(), |k| format!("{} ({c})", k.name(lang)));
            line.push_str(&format!(
                "; {}: {name}",
                ctx.l("Drittland", "third country")
            ));
        }
        line
    }))
}
