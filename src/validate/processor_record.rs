//! Validation of the processor's record (Art. 30(2)) entries, with the same
//! rules for transfers and TOM references as the organisation's activities.

use super::*;

/// Checks and normalises an entry of the processor's record; `prefix` is its
/// JSON path ("" when saved on its own).
pub fn processor_activity(
    e: &mut ProcessorActivity,
    prefix: &str,
    catalogs: &Catalogs,
    refs: &dyn References,
) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut e.key);
    normalize_text(&mut e.name);
    normalize_text(&mut e.controller.name);
    let c = &mut e.controller;
    for s in [
        &mut c.address,
        &mut c.contact,
        &mut c.representative,
        &mut c.dpo,
        &mut e.tom_notes,
        &mut e.notes,
    ] {
        normalize_opt(s);
    }
    v.note(key(p.at("key"), &e.key));
    v.note(required(p.at("name"), &e.name, MAX_SHORT));
    let c = &e.controller;
    v.note(required(p.at("controller.name"), &c.name, MAX_SHORT));
    v.note(opt(p.at("controller.address"), &c.address, MAX_LONG));
    v.note(opt(p.at("controller.contact"), &c.contact, MAX_LONG));
    v.note(opt(
        p.at("controller.representative"),
        &c.representative,
        MAX_LONG,
    ));
    v.note(opt(p.at("controller.dpo"), &c.dpo, MAX_LONG));
    v.note(opt(p.at("tom_notes"), &e.tom_notes, MAX_LONG));
    v.note(opt(p.at("notes"), &e.notes, MAX_LONG));
    v.note(date(p.at("created_at"), &Some(e.created_at.date_naive())));
    v.note(date(p.at("updated_at"), &Some(e.updated_at.date_naive())));
    if e.updated_at < e.created_at {
        v.add(p.at("updated_at"), Reason::BeforeCreated);
    }

    normalize_list(&mut e.categories);
    v.note(items(p.at("categories"), &e.categories));
    for (i, c) in e.categories.iter().enumerate() {
        v.note(length(p.at(&format!("categories[{i}]")), c, MAX_SHORT));
    }

    v.note(items(p.at("transfers"), &e.transfers));
    for (i, t) in e.transfers.iter_mut().enumerate() {
        v.note(records::transfer(
            t,
            &p.at(&format!("transfers[{i}]")),
            catalogs,
            refs,
        ));
    }

    v.note(toms(&p, &mut e.toms, refs));
    v.finish()
}
