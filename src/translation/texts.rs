//! Which texts of a register can be translated: one walk over the register
//! that names each free text by record and JSON path and hands it out for
//! reading or replacing. The listing, the validation of a new translation
//! and the English documents all go through this walk, so they cannot
//! disagree about what is translatable.
//!
//! Not translated: proper names and contact data (the controller, the DPO,
//! parties, joint controllers, cookie and provider names), keys, references
//! (a DPIA's document number, a separate notice's reference) and catalog codes,
//! whose words the program already has in both languages.

use crate::model::*;

/// Where a text sits, as the walk hands it out.
pub(crate) struct Slot<'a> {
    pub entity: EntityKind,
    pub key: &'a str,
    pub field: &'a str,
    /// The public notice states the text; otherwise only the register print.
    pub notice: bool,
}

type Visit<'f> = dyn FnMut(&Slot<'_>, &mut String) + 'f;

/// A text's JSON path in parts, written out only for a text that is
/// recorded: `head[index].tail`, `head[index]` or `head`.
#[derive(Clone, Copy)]
struct Path<'a>(&'a str, Option<usize>, &'a str);

fn at(name: &str) -> Path<'_> {
    Path(name, None, "")
}

struct Walk<'w, 'f> {
    entity: EntityKind,
    key: String,
    /// The current path, reused for every text: a walk over a large
    /// register writes a path per recorded text and allocates none.
    path: String,
    f: &'w mut Visit<'f>,
}

impl Walk<'_, '_> {
    fn text(&mut self, path: Path<'_>, notice: bool, value: &mut String) {
        use std::fmt::Write;
        if value.trim().is_empty() {
            return;
        }
        self.path.clear();
        self.path.push_str(path.0);
        if let Some(i) = path.1 {
            let _ = write!(self.path, "[{i}]");
            if !path.2.is_empty() {
                self.path.push('.');
            }
        } else if !path.2.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(path.2);
        let slot = Slot {
            entity: self.entity,
            key: &self.key,
            field: &self.path,
            notice,
        };
        (self.f)(&slot, value);
    }

    fn opt(&mut self, path: Path<'_>, notice: bool, value: &mut Option<String>) {
        if let Some(v) = value {
            self.text(path, notice, v);
        }
    }

    fn transfer(&mut self, i: usize, t: &mut Transfer, notice: bool) {
        let p = |name| Path("transfers", Some(i), name);
        self.opt(
            p("supplementary_measures"),
            false,
            &mut t.supplementary_measures,
        );
        self.opt(p("tia_result"), false, &mut t.tia_result);
        self.opt(
            p("derogation_documentation"),
            notice,
            &mut t.derogation_documentation,
        );
        self.opt(p("safeguards_copy"), notice, &mut t.safeguards_copy);
        self.opt(p("note"), false, &mut t.note);
    }
}

/// Calls `f` with every non-empty translatable text of `register`, in the
/// register's order: the organisation, the activities, the parties, the
/// TOMs, the processor's record.
pub(crate) fn visit(register: &mut Register, f: &mut Visit<'_>) {
    let mut activities = std::mem::take(&mut register.activities);
    visit_parts(register, &mut activities, f);
    register.activities = activities;
}

/// [`visit`] with the activities apart: the texts of the organisation,
/// then those of `activities`, then the rest of `register` (whose own
/// `activities` are not visited).
pub(crate) fn visit_parts(
    register: &mut Register,
    activities: &mut [ProcessingActivity],
    f: &mut Visit<'_>,
) {
    visit_organisation(register, f);
    visit_activities(activities, f);
    visit_others(register, f);
}

/// The texts of the organisation (the header).
pub(crate) fn visit_organisation(register: &mut Register, f: &mut Visit<'_>) {
    let mut w = Walk {
        entity: EntityKind::Organisation,
        key: "organisation".to_owned(),
        path: String::new(),
        f,
    };
    let org = &mut register.organisation;
    w.opt(at("no_dpo_reason"), false, &mut org.no_dpo_reason);
    w.opt(at("deletion_rule"), true, &mut org.deletion_rule);
    for (i, j) in org.joint_controllers.iter_mut().enumerate() {
        w.opt(
            Path("joint_controllers", Some(i), "arrangement"),
            true,
            &mut j.arrangement,
        );
    }
}

/// The texts of `activities`, one activity after the other.
pub(crate) fn visit_activities(activities: &mut [ProcessingActivity], f: &mut Visit<'_>) {
    let mut w = Walk {
        entity: EntityKind::Activity,
        key: String::new(),
        path: String::new(),
        f,
    };
    for a in activities {
        w.key.clone_from(&a.key);
        activity(&mut w, a);
    }
}

/// The texts of the parties, the TOMs and the processor's record.
pub(crate) fn visit_others(register: &mut Register, f: &mut Visit<'_>) {
    let mut w = Walk {
        entity: EntityKind::Party,
        key: String::new(),
        path: String::new(),
        f,
    };
    for p in &mut register.parties {
        w.entity = EntityKind::Party;
        w.key.clone_from(&p.key);
        w.opt(at("notes"), false, &mut p.notes);
        if let Some(ag) = &mut p.agreement {
            w.opt(at("agreement.reference"), false, &mut ag.reference);
            w.opt(at("agreement.location"), false, &mut ag.location);
            for (i, l) in ag.locations.iter_mut().enumerate() {
                w.text(Path("agreement.locations", Some(i), ""), true, l);
            }
            for (i, s) in ag.subprocessors.iter_mut().enumerate() {
                w.opt(
                    Path("agreement.subprocessors", Some(i), "task"),
                    false,
                    &mut s.task,
                );
            }
        }
    }
    for t in &mut register.toms {
        w.entity = EntityKind::Tom;
        w.key.clone_from(&t.key);
        w.text(at("title"), false, &mut t.title);
        w.opt(at("description"), false, &mut t.description);
    }
    for e in &mut register.processor_activities {
        w.entity = EntityKind::ProcessorActivity;
        w.key.clone_from(&e.key);
        w.text(at("name"), false, &mut e.name);
        for (i, c) in e.categories.iter_mut().enumerate() {
            w.text(Path("categories", Some(i), ""), false, c);
        }
        for (i, t) in e.transfers.iter_mut().enumerate() {
            w.transfer(i, t, false);
        }
        w.opt(at("tom_notes"), false, &mut e.tom_notes);
        w.opt(at("notes"), false, &mut e.notes);
    }
}

fn activity(w: &mut Walk<'_, '_>, a: &mut ProcessingActivity) {
    w.text(at("name"), true, &mut a.name);
    w.opt(at("description"), true, &mut a.description);
    w.opt(at("department"), false, &mut a.department);
    for (i, p) in a.purposes.iter_mut().enumerate() {
        let f = |name| Path("purposes", Some(i), name);
        w.text(f("description"), true, &mut p.description);
        w.opt(f("legal_basis_note"), true, &mut p.legal_basis_note);
        w.opt(f("legitimate_interests"), true, &mut p.legitimate_interests);
        w.opt(f("consent_given"), true, &mut p.consent_given);
        w.opt(f("consent_withdrawal"), true, &mut p.consent_withdrawal);
    }
    for (i, s) in a.data_subjects.iter_mut().enumerate() {
        w.text(Path("data_subjects", Some(i), ""), true, s);
    }
    for (i, c) in a.data_categories.iter_mut().enumerate() {
        let f = |name| Path("data_categories", Some(i), name);
        w.text(f("name"), true, &mut c.name);
        w.opt(f("description"), true, &mut c.description);
        if let Some(r) = &mut c.retention {
            w.opt(f("retention.criterion"), true, &mut r.criterion);
            w.opt(f("retention.starts_at"), true, &mut r.starts_at);
            w.opt(f("retention.deletion"), true, &mut r.deletion);
        }
    }
    w.opt(
        at("source.other_sources"),
        true,
        &mut a.source.other_sources,
    );
    if let Some(p) = &mut a.provision {
        w.opt(at("provision.consequence"), true, &mut p.consequence);
    }
    if let Some(AutomatedDecisions::Used {
        logic,
        consequences,
        decisions,
    }) = &mut a.automated_decisions
    {
        w.text(at("automated_decisions.logic"), true, logic);
        w.opt(at("automated_decisions.consequences"), true, consequences);
        for (i, d) in decisions.iter_mut().enumerate() {
            let f = |name| Path("automated_decisions.decisions", Some(i), name);
            w.text(f("decision"), true, &mut d.decision);
            w.opt(f("consequences"), true, &mut d.consequences);
            w.opt(f("exception_note"), true, &mut d.exception_note);
            w.opt(f("safeguards_note"), true, &mut d.safeguards_note);
        }
    }
    if let Information::Exempt { explanation, .. } = &mut a.information {
        w.text(at("information.explanation"), false, explanation);
    }
    for (i, r) in a.recipients.iter_mut().enumerate() {
        let f = |name| Path("recipients", Some(i), name);
        w.opt(f("description"), true, &mut r.description);
        w.opt(f("note"), true, &mut r.note);
        w.opt(f("own_responsibility"), true, &mut r.own_responsibility);
        w.opt(f("legal_basis_note"), true, &mut r.legal_basis_note);
    }
    for (i, t) in a.transfers.iter_mut().enumerate() {
        w.transfer(i, t, true);
    }
    for (i, e) in a.embeds.iter_mut().enumerate() {
        let f = |name| Path("embeds", Some(i), name);
        w.text(f("purpose"), true, &mut e.purpose);
        w.opt(f("duration"), true, &mut e.duration);
    }
    w.opt(at("tom_notes"), false, &mut a.tom_notes);
    w.opt(at("dpia.reason"), false, &mut a.dpia.reason);
    w.opt(at("access"), true, &mut a.access);
    w.opt(at("notes"), false, &mut a.notes);
}
