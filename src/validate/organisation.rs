//! Validation and normalisation of the register's header.

use super::*;

/// The largest number of persons processing personal data the header takes.
const MAX_PERSONS: u32 = 10_000_000;

/// Checks and normalises the header.
pub fn organisation(
    org: &mut Organisation,
    prefix: &str,
    catalogs: &Catalogs,
    refs: &dyn References,
) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    let c = &mut org.controller;
    normalize_text(&mut c.name);
    for s in [&mut c.address, &mut c.email, &mut c.phone, &mut c.website] {
        normalize_opt(s);
    }
    v.note(required(p.at("controller.name"), &c.name, MAX_SHORT));
    v.note(opt(p.at("controller.address"), &c.address, MAX_LONG));
    v.note(email(p.at("controller.email"), &c.email));
    v.note(opt(p.at("controller.phone"), &c.phone, MAX_SHORT));
    v.note(opt(p.at("controller.website"), &c.website, MAX_SHORT));
    normalize_opt(&mut org.deletion_rule);
    v.note(opt(p.at("deletion_rule"), &org.deletion_rule, MAX_LONG));
    if let Some(dpo) = &mut org.dpo {
        normalize_text(&mut dpo.name);
        for s in [
            &mut dpo.organisation,
            &mut dpo.address,
            &mut dpo.email,
            &mut dpo.phone,
        ] {
            normalize_opt(s);
        }
        v.note(required(p.at("dpo.name"), &dpo.name, MAX_SHORT));
        v.note(opt(p.at("dpo.organisation"), &dpo.organisation, MAX_SHORT));
        v.note(opt(p.at("dpo.address"), &dpo.address, MAX_LONG));
        v.note(email(p.at("dpo.email"), &dpo.email));
        v.note(opt(p.at("dpo.phone"), &dpo.phone, MAX_SHORT));
    }
    normalize_opt(&mut org.no_dpo_reason);
    v.note(opt(p.at("no_dpo_reason"), &org.no_dpo_reason, MAX_LONG));
    if org.dpo.is_some() && org.no_dpo_reason.is_some() {
        v.add(p.at("no_dpo_reason"), Reason::EmptyWithDpo);
    }
    // More people than any employer has points to a typo, not a headcount.
    if org.persons_processing.is_some_and(|n| n > MAX_PERSONS) {
        v.add(
            p.at("persons_processing"),
            Reason::TooManyPersons { max: MAX_PERSONS },
        );
    }
    if let Some(rep) = &mut org.representative {
        normalize_text(&mut rep.name);
        for s in [&mut rep.address, &mut rep.email, &mut rep.phone] {
            normalize_opt(s);
        }
        v.note(required(p.at("representative.name"), &rep.name, MAX_SHORT));
        v.note(opt(p.at("representative.address"), &rep.address, MAX_LONG));
        v.note(email(p.at("representative.email"), &rep.email));
        v.note(opt(p.at("representative.phone"), &rep.phone, MAX_SHORT));
    }
    v.note(items(p.at("joint_controllers"), &org.joint_controllers));
    for (i, jc) in org.joint_controllers.iter_mut().enumerate() {
        let jp = p.at(&format!("joint_controllers[{i}]"));
        let jp = Path(&jp);
        normalize_text(&mut jc.name);
        for s in [&mut jc.address, &mut jc.contact, &mut jc.arrangement] {
            normalize_opt(s);
        }
        v.note(required(jp.at("name"), &jc.name, MAX_SHORT));
        v.note(opt(jp.at("address"), &jc.address, MAX_LONG));
        v.note(opt(jp.at("contact"), &jc.contact, MAX_LONG));
        v.note(opt(jp.at("arrangement"), &jc.arrangement, MAX_LONG));
        normalize_list(&mut jc.activities);
        jc.activities.sort();
        jc.activities.dedup();
        for (k, key) in jc.activities.iter().enumerate() {
            if !refs.has_activity(key) {
                v.add(
                    jp.at(&format!("activities[{k}]")),
                    Reason::UnknownActivity { key: key.clone() },
                );
            }
        }
    }
    normalize_opt(&mut org.authority);
    if let Some(code) = &org.authority {
        if catalogs.authority(code).is_none() {
            v.add(
                p.at("authority"),
                Reason::UnknownAuthority { code: code.clone() },
            );
        }
    }
    v.note(date(p.at("notice_date"), &org.notice_date));
    v.finish()
}
