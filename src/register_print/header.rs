//! The organisation's own entries of a register's header: controller, data
//! protection officer, representative. Apart from build.rs because the
//! processor's record prints them too, and build.rs builds that record.

use super::entries::{one_line, Ctx};
use super::labels::na;
use super::{Line, Value};
use crate::Organisation;

/// Name and contact details; contact details are required (Art. 30(1)(a)),
/// so a name without any is printed with the gap.
fn contact_lines(
    ctx: &Ctx<'_>,
    name: &str,
    address: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
) -> Vec<Line> {
    let mut lines = Vec::new();
    if !name.trim().is_empty() {
        lines.push(Line::from(name));
    }
    if address.is_none() && email.is_none() && phone.is_none() {
        lines.push(Line::gap(ctx.l("Kontaktdaten", "Contact details")));
    }
    lines.extend(address.map(|a| Line::from(one_line(a))));
    lines.extend(email.map(|e| Line::from(format!("{}: {e}", ctx.l("E-Mail", "E-mail")))));
    lines.extend(phone.map(|p| Line::from(format!("{}: {p}", ctx.l("Telefon", "Phone")))));
    lines
}

/// The organisation's name and contact details: the controller of its own
/// record, the processor of its processor's record.
pub(super) fn controller(ctx: &Ctx<'_>, org: &Organisation) -> Value {
    let c = &org.controller;
    if c.name.trim().is_empty() {
        return Value::NotRecorded;
    }
    let mut lines = contact_lines(
        ctx,
        &c.name,
        c.address.as_deref(),
        c.email.as_deref(),
        c.phone.as_deref(),
    );
    lines.extend(c.website.as_ref().map(|w| Line::from(format!("Web: {w}"))));
    Value::Text(lines)
}

/// The organisation's data protection officer.
pub(super) fn dpo(ctx: &Ctx<'_>, org: &Organisation) -> Value {
    let Some(d) = &org.dpo else {
        return match org.dpo_exemption() {
            Some(reason) => Value::NotApplicable(na::no_dpo(ctx.lang, reason)),
            None => Value::NotRecorded,
        };
    };
    let mut name = d.name.clone();
    if let Some(o) = &d.organisation {
        name.push_str(&format!(" ({o})"));
    }
    if d.external {
        name.push_str(ctx.l(", extern", ", external"));
    }
    Value::lines(contact_lines(
        ctx,
        &name,
        d.address.as_deref(),
        d.email.as_deref(),
        d.phone.as_deref(),
    ))
}

/// The organisation's representative in the Union (Art. 27). The header has
/// no seat country; an organisation using this register is taken to be
/// established in the Union, so an empty field means none is needed, and
/// the print says so with the condition.
pub(super) fn representative(ctx: &Ctx<'_>, org: &Organisation) -> Value {
    match &org.representative {
        None => Value::NotApplicable(na::representative(ctx.lang)),
        Some(r) => Value::lines(contact_lines(
            ctx,
            &r.name,
            r.address.as_deref(),
            r.email.as_deref(),
            r.phone.as_deref(),
        )),
    }
}

/// Every joint controller of the header (Art. 26) with the activities its
/// arrangement covers; each activity's page names those covering it.
pub(super) fn joint_controllers(ctx: &Ctx<'_>, org: &Organisation) -> Value {
    if org.joint_controllers.is_empty() {
        return Value::NotApplicable(na::no_joint_control(ctx.lang));
    }
    Value::Text(
        org.joint_controllers
            .iter()
            .map(|jc| {
                let mut parts = vec![Line::from(&jc.name)];
                if jc.address.is_none() && jc.contact.is_none() {
                    parts.push(Line::gap(ctx.l("Kontaktdaten", "Contact details")));
                }
                parts.extend(jc.address.as_deref().map(|a| Line::from(one_line(a))));
                parts.extend(jc.contact.as_ref().map(Line::from));
                let covered = match jc.activities.is_empty() {
                    true => ctx.l("alle", "all").to_owned(),
                    false => jc.activities.join(", "),
                };
                let label = ctx.l("Vereinbarung (Art. 26)", "Arrangement (Art. 26)");
                parts.push(match &jc.arrangement {
                    Some(a) => Line::from(format!("{label}: {a}")),
                    None => Line::gap(label),
                });
                parts.push(Line::from(format!(
                    "{}: {covered}",
                    ctx.l("Verarbeitungstätigkeiten", "Processing activities"),
                )));
                Line::join(parts, "; ")
            })
            .collect(),
    )
}
