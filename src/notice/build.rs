//! From a loaded register to a [`Notice`]: resolve references against the
//! parties and catalogs in the notice's language and apply the completeness
//! rules, so that the templates only lay out what is decided here. This file
//! holds the notice as a whole (header, DPO, authority); `activity` and
//! `recipients` the per-activity sections.

use std::collections::HashMap;

use super::findings::Section;
use super::missing::{item, Duty, Gap};
use super::place::{place, Record};
use super::*;
use crate::translation::DocumentGap;
use crate::{Catalogs, Error, Organisation, ProcessingActivity, Register, Result};

/// Builds the notice of `register`: a pure function of the register, the
/// catalogs and the options. Unknown keys in `options.activities` are skipped
/// (use [`check_selection`] first to refuse them).
///
/// In English the register's texts are taken from their translations
/// (`crate::translation::for_document`); a text without a current one is
/// shown in German, marked, and reported as a missing item ("translation
/// missing" or "outdated", Art. 12(1) GDPR) at its field. The checks judge
/// the register as the DPO wrote it.
pub fn build(register: &Register, catalogs: &Catalogs, options: &NoticeOptions) -> Notice {
    if options.lang != crate::translation::TARGET {
        return build_shown(register, register, catalogs, options, &[]);
    }
    let (shown, gaps) = crate::translation::for_document(register);
    build_shown(register, &shown, catalogs, options, &gaps)
}

/// The missing item of a text the English notice shows untranslated.
fn translation_item(gap: &DocumentGap, lang: crate::Lang) -> MissingItem {
    let record = match gap.entity {
        crate::EntityKind::Activity => Record::Activity(&gap.record),
        crate::EntityKind::Party => Record::Party(&gap.record),
        _ => Record::Organisation,
    };
    MissingItem {
        activity: (gap.entity == crate::EntityKind::Activity).then(|| gap.key.clone()),
        item: "12-1".to_owned(),
        article: super::missing::article("12-1", lang),
        field: gap.field.clone(),
        place: place(record, &gap.field, lang),
        message: gap.message(lang),
        rule: None,
        blocking: false,
    }
}

/// [`build`] from `register` as the document shows it, with the checks
/// run on `source`, the register as recorded, and `gaps` the texts shown
/// untranslated.
fn build_shown(
    source: &Register,
    register: &Register,
    catalogs: &Catalogs,
    options: &NoticeOptions,
    gaps: &[DocumentGap],
) -> Notice {
    let lang = options.lang;
    let (selected, left_out): (Vec<&ProcessingActivity>, Vec<LeftOut>) = match &options.activities {
        Some(keys) => (
            keys.iter().filter_map(|k| register.activity(k)).collect(),
            Vec::new(),
        ),
        None => {
            let active = register
                .activities
                .iter()
                .filter(|a| a.status == crate::ActivityStatus::Active);
            let (shown, other): (Vec<_>, Vec<_>) =
                active.partition(|a| a.information.in_public_notice());
            let left_out = other
                .into_iter()
                .map(|a| LeftOut {
                    key: a.key.clone(),
                    name: a.name.clone(),
                    reason: a.information.describe(lang),
                })
                .collect();
            (shown, left_out)
        }
    };
    let stand = options.stand.unwrap_or_else(|| {
        let public = options.activities.is_none();
        // The date of the content as recorded: the history and the
        // publications are the register's own, not the translated copy's.
        super::stand::content_date(source, &selected, lang, public, options.today)
    });
    // The checks and the sections do not depend on each other until the
    // findings are marked: on a large register each takes about as long as
    // the other, so they run side by side (docs/performance.md).
    let (findings, mut activities) = std::thread::scope(|scope| {
        let checks = scope.spawn(|| crate::checks::check(source, catalogs, options.today));
        let sections: Vec<ActivityNotice> = selected
            .iter()
            .map(|a| activity::activity(a, register, catalogs, lang))
            .collect();
        let mut findings = match checks.join() {
            Ok(findings) => findings,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        // Only what the notice shows is kept, and only that is given in
        // the document's words (a large register has many more findings
        // about its internal documentation).
        findings.retain(super::findings::shown_in_notice);
        if !std::ptr::eq(source, register) {
            crate::translation::translate_findings(&mut findings, source, register);
        }
        (findings, sections)
    });
    let notice_findings = super::findings::NoticeFindings::new(&findings);
    // The texts shown untranslated, by the record they belong to: each
    // activity looks up its own and those of the parties it names.
    let mut gaps_of: HashMap<(crate::EntityKind, &str), Vec<&DocumentGap>> = HashMap::new();
    for g in gaps.iter().filter(|g| g.in_notice) {
        gaps_of
            .entry((g.entity, g.key.as_str()))
            .or_default()
            .push(g);
    }
    let party_gaps = gaps_of.keys().any(|(e, _)| *e == crate::EntityKind::Party);
    for (n, a) in activities.iter_mut().zip(&selected) {
        notice_findings.apply(n, a, register, lang);
        if let Some(own) = gaps_of.get(&(crate::EntityKind::Activity, a.key.as_str())) {
            n.missing
                .extend(own.iter().map(|g| translation_item(g, lang)));
        }
        if !party_gaps {
            continue;
        }
        // A party's text the section states (a processing location) is
        // opened from the activity, as the checks' party findings are.
        let mut parties = register.parties_named_by(a);
        parties.sort_unstable();
        parties.dedup();
        for key in parties {
            let Some(theirs) = gaps_of.get(&(crate::EntityKind::Party, key)) else {
                continue;
            };
            n.missing.extend(theirs.iter().map(|g| MissingItem {
                activity: Some(a.key.clone()),
                field: "recipients".to_owned(),
                ..translation_item(g, lang)
            }));
        }
    }
    // The header items belong to Art. 14 only when every activity does.
    let duty = if !activities.is_empty() && activities.iter().all(|a| !a.art13) {
        Duty::Art14
    } else {
        Duty::Art13
    };
    let org = &register.organisation;
    let mut controller = controller(org, register, lang, duty);
    controller.missing.extend(
        gaps.iter()
            .filter(|g| g.in_notice && g.entity == crate::EntityKind::Organisation)
            .map(|g| translation_item(g, lang)),
    );
    let mut dpo = dpo(org, lang, duty);
    let mut complaint = complaint(org, catalogs, lang, duty);
    for (section, m) in notice_findings.organisation(lang) {
        let list = match section {
            Section::Controller => &mut controller.missing,
            Section::Dpo => {
                // A duty the checks see: "we need not designate one" is false.
                dpo.not_designated = false;
                &mut dpo.missing
            }
            Section::Complaint => &mut complaint.missing,
        };
        match list.iter_mut().find(|g| g.field == m.field) {
            // Marked already; an error still bars publication.
            Some(g) if m.blocking => {
                g.blocking = true;
                g.rule = g.rule.take().or(m.rule);
            }
            Some(_) => {}
            None => list.push(m),
        }
    }
    let mut recommended = Vec::new();
    if text(&org.controller.email).is_none() {
        recommended.push(item(
            lang,
            duty,
            Gap::ControllerEmail,
            None,
            "controller.email",
        ));
    }
    if org.authority.is_none() {
        recommended.push(item(lang, duty, Gap::Authority, None, "authority"));
    }
    let left_out_missing = if options.activities.is_none() {
        notice_findings.left_out(register, lang)
    } else {
        Vec::new()
    };
    let refs = |pred: fn(&ActivityNotice) -> bool| {
        activities
            .iter()
            .filter(|a| pred(a))
            .map(|a| ActivityRef {
                key: a.key.clone(),
                name: a.name.clone(),
            })
            .collect::<Vec<_>>()
    };
    let objection = refs(|a| a.objection);
    let objection_bases = objection_bases(&activities);
    let consent = refs(|a| a.consent);
    let marketing = refs(|a| a.marketing);
    let mut missing = controller.missing.clone();
    missing.extend(dpo.missing.iter().cloned());
    for a in &activities {
        missing.extend(a.missing.iter().cloned());
    }
    missing.extend(complaint.missing.iter().cloned());
    missing.extend(left_out_missing.iter().cloned());
    let (mut shared, mut activities) = super::shared::group(activities, lang);
    explain_roles_once(shared.iter_mut().chain(activities.iter_mut()));
    Notice {
        lang,
        stand,
        controller,
        dpo,
        shared,
        activities,
        deletion_rule: text(&org.deletion_rule),
        objection,
        objection_bases,
        marketing,
        consent,
        complaint,
        missing,
        left_out,
        left_out_missing,
        recommended,
        templates: options.overrides.clone(),
    }
}

/// Each recipient role is explained where it first occurs, not again in
/// every section that names such a recipient.
fn explain_roles_once<'a>(sections: impl Iterator<Item = &'a mut ActivityNotice>) {
    let mut explained: Vec<String> = Vec::new();
    for a in sections {
        for r in &a.recipients {
            if !explained.contains(&r.role) {
                explained.push(r.role.clone());
                a.role_notes.push(r.role.clone());
            }
        }
    }
}

/// The Art. 21(1) bases the notice's activities rest on, in the catalog's
/// order, so that the objection names (e) or (f) only when it is used.
fn objection_bases(activities: &[ActivityNotice]) -> Vec<&'static str> {
    activity::OBJECTION
        .into_iter()
        .filter(|code| {
            activities
                .iter()
                .flat_map(|a| &a.purposes)
                .any(|p| p.legal_bases.iter().any(|b| b.code == *code))
        })
        .collect()
}

/// Refuses activity keys the register does not hold.
pub fn check_selection(register: &Register, keys: &[String]) -> Result<()> {
    match keys.iter().find(|k| register.activity(k).is_none()) {
        Some(k) => Err(Error::NotFound {
            entity: "activity",
            key: k.clone(),
        }),
        None => Ok(()),
    }
}

/// A recorded text, trimmed; `None` when it is empty.
pub(super) fn text(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn controller(
    org: &Organisation,
    register: &Register,
    lang: Lang,
    duty: Duty,
) -> ControllerSection {
    let c = &org.controller;
    let mut missing = Vec::new();
    let mut gap = |g: Gap, field: &str| missing.push(item(lang, duty, g, None, field));
    if c.name.trim().is_empty() {
        gap(Gap::ControllerName, "controller.name");
    }
    if text(&c.address).is_none() {
        gap(Gap::ControllerAddress, "controller.address");
    }
    let joint_controllers = org
        .joint_controllers
        .iter()
        .map(|j| JointControllerNotice {
            name: j.name.clone(),
            address: text(&j.address),
            contact: text(&j.contact),
            arrangement: text(&j.arrangement),
            activities: j
                .activities
                .iter()
                .map(|k| register.activity(k).map_or(k.clone(), |a| a.name.clone()))
                .collect(),
        })
        .collect();
    ControllerSection {
        name: c.name.trim().to_owned(),
        address: text(&c.address),
        email: text(&c.email),
        phone: text(&c.phone),
        website: text(&c.website).filter(|w| w.starts_with("https://") || w.starts_with("http://")),
        representative: org.representative.as_ref().map(|r| Contact {
            name: r.name.clone(),
            organisation: None,
            address: text(&r.address),
            email: text(&r.email),
            phone: text(&r.phone),
        }),
        joint_controllers,
        missing,
    }
}

fn dpo(org: &Organisation, lang: Lang, duty: Duty) -> DpoSection {
    let Some(d) = &org.dpo else {
        let not_designated = org.dpo_exemption().is_some();
        return DpoSection {
            dpo: None,
            not_designated,
            missing: if not_designated {
                Vec::new()
            } else {
                vec![item(lang, duty, Gap::Dpo, None, "dpo")]
            },
        };
    };
    // Post to the DPO reaches them only with the organisation's name on it.
    let organisation = text(&d.organisation).or_else(|| {
        let name = org.controller.name.trim();
        (text(&d.address).is_some() && !name.is_empty()).then(|| name.to_owned())
    });
    let contact = Contact {
        name: d.name.clone(),
        organisation,
        address: text(&d.address),
        email: text(&d.email),
        phone: text(&d.phone),
    };
    let mut missing = Vec::new();
    if contact.address.is_none() && contact.email.is_none() && contact.phone.is_none() {
        missing.push(item(lang, duty, Gap::DpoContact, None, "dpo.email"));
    }
    DpoSection {
        dpo: Some(contact),
        not_designated: false,
        missing,
    }
}

fn complaint(org: &Organisation, catalogs: &Catalogs, lang: Lang, duty: Duty) -> ComplaintSection {
    let found = org.authority.as_deref().map(|c| catalogs.authority(c));
    let (authority, missing) = match found {
        Some(Some(a)) => (
            Some(AuthorityNotice {
                name: a.name.clone(),
                address: a.address.clone(),
                email: a.email.clone(),
                phone: a.phone.clone(),
                website: a.website.clone(),
            }),
            Vec::new(),
        ),
        Some(None) => (
            None,
            vec![item(lang, duty, Gap::AuthorityUnknown, None, "authority")],
        ),
        // Art. 13(2)(d) owes the right to complain, which the notice always
        // states; naming the authority is a recommendation (see below).
        None => (None, Vec::new()),
    };
    ComplaintSection { authority, missing }
}
