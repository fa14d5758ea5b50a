//! The processor's record (Art. 30(2)): stored whole with optimistic
//! versions and history rows, carried by the JSON interchange byte for byte,
//! and printed with `--processor-record`.

use crate::common;

use common::*;
use vvt::register_print::{self, PrintOptions, SectionKind, Value};
use vvt::*;

fn entry(key: &str) -> ProcessorActivity {
    let mut e = ProcessorActivity::new(key, format!("Lohnabrechnung {key}"), "Kunde & Co. KG");
    e.controller = ClientController {
        name: "Kunde & Co. KG".into(),
        address: Some("Kundenweg 5\n10115 Berlin".into()),
        contact: Some("datenschutz@kunde.example".into()),
        representative: None,
        dpo: Some("Dr. Datenschutz, dsb@kunde.example".into()),
    };
    e.categories = vec!["Lohn- und Gehaltsabrechnung".into(), "Archivierung".into()];
    e.transfers = vec![Transfer {
        recipient: Some("host".into()),
        country: "US".into(),
        mechanism: Some("art46-2-c".into()),
        scc_module: Some(3),
        tia_date: Some(date(2025, 5, 2)),
        tia_result: Some("Risiko vertretbar".into()),
        ..Transfer::default()
    }];
    e.toms = vec!["tom-tls".into()];
    e.tom_notes = Some("Mandantentrennung".into());
    e.notes = Some("Vertrag Nr. 17".into());
    e
}

fn export(s: &Store) -> String {
    interchange::to_json(&s.load().expect("register loads")).expect("exports")
}

#[test]
fn an_entry_round_trips_through_the_store() {
    let mut s = populated_store();
    let saved = s.create_processor_activity(&entry("av-1")).expect("saves");
    assert_eq!(saved.version, 1, "a new entry starts at version 1");
    let loaded = s.processor_activity("av-1").expect("loads");
    assert_eq!(loaded, saved, "every field comes back as saved");
    assert_eq!(loaded.transfers[0].recipient.as_deref(), Some("host"));
    assert_eq!(
        s.load().expect("load").processor_activities,
        vec![saved.clone()],
        "the register snapshot carries the processor's record"
    );

    let mut edited = loaded.clone();
    edited
        .categories
        .push("Meldungen an Sozialversicherungsträger".into());
    let updated = s.update_processor_activity(&edited).expect("update");
    assert_eq!(updated.version, 2);
    let stale = s
        .update_processor_activity(&edited)
        .expect_err("a stale version must be refused");
    assert!(
        matches!(
            stale,
            Error::Conflict {
                expected: 1,
                found: 2,
                ..
            }
        ),
        "{stale:?}"
    );

    s.delete_processor_activity("av-1", 2).expect("delete");
    assert!(matches!(
        s.processor_activity("av-1"),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn invalid_entries_are_refused_with_the_field() {
    let mut s = populated_store();
    let mut e = entry("av-1");
    e.toms = vec!["no-such-tom".into()];
    let err = s.create_processor_activity(&e).expect_err("unknown TOM");
    assert_eq!(err.field(), Some("toms[0]"), "{err}");
    let mut e = entry("av-1");
    e.transfers[0].country = "FR".into();
    let err = s
        .create_processor_activity(&e)
        .expect_err("EEA is no third country");
    assert_eq!(err.field(), Some("transfers[0].country"), "{err}");
    let mut e = entry("av-1");
    e.controller.name = "  ".into();
    let err = s
        .create_processor_activity(&e)
        .expect_err("controller required");
    assert_eq!(err.field(), Some("controller.name"), "{err}");
    assert!(
        s.processor_activities().expect("load").is_empty(),
        "nothing was saved"
    );
}

#[test]
fn references_from_the_processor_record_protect_toms_and_parties() {
    let mut s = populated_store();
    let tom = s.create_tom(&full_tom("tom-pa")).expect("tom saves");
    let party = s
        .create_party(&full_party("pa-host", None))
        .expect("party saves");
    let mut e = entry("av-1");
    e.toms = vec![tom.key.clone()];
    e.transfers[0].recipient = Some(party.key.clone());
    s.create_processor_activity(&e).expect("saves");
    let err = s
        .delete_tom(&tom.key, tom.version)
        .expect_err("a TOM the processor record uses stays");
    assert!(err.to_string().contains("processor record"), "{err}");
    let err = s
        .delete_party(&party.key, party.version)
        .expect_err("a party the processor record names stays");
    assert!(err.to_string().contains("processor record"), "{err}");
}

#[test]
fn every_change_writes_a_history_row() {
    let mut s = populated_store();
    let saved = s.create_processor_activity(&entry("av-1")).expect("saves");
    let mut edited = saved.clone();
    edited.name = "Lohnabrechnung neu".into();
    s.update_processor_activity(&edited).expect("update");
    s.delete_processor_activity("av-1", 2).expect("delete");
    let rows = s
        .history(Some((EntityKind::ProcessorActivity, "av-1")))
        .expect("history");
    let actions: Vec<ChangeAction> = rows.iter().map(|r| r.action).collect();
    assert_eq!(
        actions,
        [
            ChangeAction::Create,
            ChangeAction::Update,
            ChangeAction::Delete
        ],
        "create, update and delete are each recorded"
    );
    assert!(rows[1]
        .changes
        .iter()
        .any(|c| c.field == "name" && c.new == serde_json::json!("Lohnabrechnung neu")));
    assert_eq!(rows[0].user, "tester");
}

#[test]
fn the_json_round_trip_with_a_processor_record_is_byte_identical() {
    let mut s = populated_store();
    s.create_processor_activity(&entry("av-1")).expect("saves");
    s.create_processor_activity(&entry("av-2")).expect("saves");
    let first = export(&s);
    assert!(first.contains("\"processor_activities\""));
    let mut fresh = store();
    fresh
        .import(&interchange::from_json(&first).expect("parses"), false)
        .expect("imports");
    assert_eq!(export(&fresh), first, "not a single byte may change");
    assert_eq!(fresh.processor_activities().expect("load").len(), 2);
}

#[test]
fn a_register_without_processor_record_exports_as_before() {
    let s = populated_store();
    assert!(
        !export(&s).contains("processor_activities"),
        "older VVT versions must still read the export"
    );
}

#[test]
fn an_import_checks_the_processor_record() {
    let mut s = populated_store();
    s.create_processor_activity(&entry("av-1")).expect("saves");
    let mut register = s.load().expect("load");
    register.processor_activities[0].toms = vec!["ghost".into()];
    let err = store()
        .import(&register, false)
        .expect_err("a dangling TOM reference is refused");
    assert_eq!(
        err.field(),
        Some("processor_activities[0].toms[0]"),
        "{err}"
    );
    register.processor_activities[0].toms.clear();
    register
        .processor_activities
        .push(register.processor_activities[0].clone());
    let err = store().import(&register, false).expect_err("duplicate key");
    assert_eq!(err.field(), Some("processor_activities[1].key"), "{err}");
}

#[test]
fn the_print_carries_the_processor_record_when_asked() {
    let mut s = populated_store();
    s.create_processor_activity(&entry("av-1")).expect("saves");
    let register = s.load().expect("load");
    let mut options = PrintOptions::new(Lang::De, date(2026, 11, 27));
    let plain = register_print::build(&register, s.catalogs(), &options);
    assert!(
        plain.section(SectionKind::ProcessorRecord).is_none(),
        "only with --processor-record"
    );
    options.processor_record = true;
    let print = register_print::build(&register, s.catalogs(), &options);
    let section = print
        .section(SectionKind::ProcessorRecord)
        .expect("the processor's record is printed");
    let register_print::Body::Entries(entries) = &section.body else {
        panic!("entries expected");
    };
    let items = &entries[0].items;
    let find = |label: &str| {
        items
            .iter()
            .find(|i| i.heading() == label)
            .unwrap_or_else(|| panic!("item {label} is printed"))
    };
    assert_eq!(
        find("Art. 30 Abs. 2 lit. b – Kategorien von Verarbeitungen").value,
        Value::Text(vec![
            "Lohn- und Gehaltsabrechnung".into(),
            "Archivierung".into()
        ])
    );
    assert_eq!(
        find("Art. 30 Abs. 2 lit. a – Vertreter des Verantwortlichen (Art. 27 DSGVO)").value,
        Value::NotRecorded,
        "an empty field does not say that the client needs no representative"
    );
    // Art. 30(2)(a) names the processor's own contacts too: the header's.
    let plain = |label: &str| find(label).value.plain(Lang::De, "\n");
    let processor = plain("Art. 30 Abs. 2 lit. a – Name und Kontaktdaten des Auftragsverarbeiters");
    for text in [
        "Muster AG",
        "Hauptstraße 1, 70173 Stuttgart",
        "info@muster.example",
    ] {
        assert!(processor.contains(text), "the processor's {text}");
    }
    let dpo = plain("Art. 30 Abs. 2 lit. a – Datenschutzbeauftragter des Auftragsverarbeiters");
    for text in ["Max Datenschutz", "DSB GmbH", "dsb@muster.example"] {
        assert!(dpo.contains(text), "the processor's DPO: {text}");
    }
    let rep = plain("Art. 30 Abs. 2 lit. a – Vertreter des Auftragsverarbeiters (Art. 27 DSGVO)");
    assert!(
        rep.contains("Rep Ltd") && rep.contains("rep@example.ie"),
        "{rep}"
    );
    let md = register_print::to_markdown(&print);
    for text in [
        "Kunde & Co. KG",
        "Kundenweg 5, 10115 Berlin",
        "Art. 30 Abs. 2 lit. d – Technische und organisatorische Maßnahmen (TOM)",
        "Mandantentrennung",
        "TIA vom 02.05.2025: Risiko vertretbar",
    ] {
        assert!(md.contains(text), "the Markdown print names {text}");
    }
    let pdf = register_print::to_pdf(&print).expect("typesets");
    assert!(pdf.starts_with(b"%PDF"));
    let xlsx = register_print::to_xlsx(&print).expect("writes");
    assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip file");
}

#[test]
fn the_processor_record_marks_missing_contacts_and_prints_recorded_ones() {
    let mut s = populated_store();
    let mut e = entry("av-1");
    e.controller.representative = Some("EU Rep B.V.\nAmsterdam".into());
    e.controller.dpo = None;
    s.create_processor_activity(&e).expect("saves");
    let mut register = s.load().expect("load");
    register.organisation.dpo = None;
    register.organisation.representative = None;
    let mut options = PrintOptions::new(Lang::En, date(2026, 11, 27));
    options.processor_record = true;
    let print = register_print::build(&register, s.catalogs(), &options);
    let section = print
        .section(SectionKind::ProcessorRecord)
        .expect("the processor's record is printed");
    let register_print::Body::Entries(entries) = &section.body else {
        panic!("entries expected");
    };
    let value = |label: &str| {
        &entries[0]
            .items
            .iter()
            .find(|i| i.heading() == label)
            .unwrap_or_else(|| panic!("item {label} is printed"))
            .value
    };
    assert_eq!(
        *value("Art. 30(2)(a) – Controller's representative (Art. 27 GDPR)"),
        Value::text("EU Rep B.V., Amsterdam")
    );
    assert_eq!(
        *value("Art. 30(2)(a) – Controller's data protection officer"),
        Value::NotRecorded
    );
    assert_eq!(
        *value("Art. 30(2)(a) – Processor's data protection officer"),
        Value::NotRecorded,
        "no DPO in the header is a gap in the processor's record as on the cover"
    );
    assert!(
        matches!(
            value("Art. 30(2)(a) – Processor's representative (Art. 27 GDPR)"),
            Value::NotApplicable(why) if why.contains("Art. 27")
        ),
        "the header's representative is read as on the cover"
    );
}
