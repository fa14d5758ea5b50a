//! The core's validation reasons, as a DPO meets them: every reason the core
//! can give while the register is kept is provoked here once, through the API
//! the desktop shell uses (the editor's JSON read with `record_from_value`,
//! then the store's save, delete or restore), and the collected list — the
//! typed reason, its English and its German text (src/reason/) — is kept
//! as a snapshot, so a changed wording in either language shows up in review
//! (`INSTA_UPDATE=always` rewrites it).
//!
//! One case per kind of reason of src/validate, per serde and chrono message,
//! and per refusal of the store; each case must be refused with a validation
//! error, and each German text must be German, not the English one again.

use chrono::{TimeZone, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use vvt::example::{CISCO, JITSI, MICROSOFT, TOM_TRANSPORT_ENCRYPTION, WEBEX};
use vvt::interchange::record_from_value;
use vvt::*;

use crate::common;

/// One provoked reason, with its text in both languages.
#[derive(Serialize)]
struct Provoked {
    case: &'static str,
    field: String,
    reason: vvt::Reason,
    en: String,
    de: String,
}

/// The reasons collected so far, and the cases that were not refused as they
/// should have been.
#[derive(Default)]
struct Reasons {
    list: Vec<Provoked>,
    problems: Vec<String>,
}

impl Reasons {
    fn case<T>(&mut self, case: &'static str, result: Result<T>) -> &mut Self {
        if self.list.iter().any(|r| r.case == case) {
            self.problems
                .push(format!("{case}: the case name is used twice"));
        }
        // A case that provokes more than one problem is worded by its first.
        match result.map_err(Error::into_first) {
            Err(Error::Validation { field, reason }) => {
                self.list.push(Provoked {
                    case,
                    field,
                    en: reason.to_string(),
                    de: reason.german(),
                    reason,
                });
            }
            Err(other) => self.problems.push(format!(
                "{case}: refused with `{}` instead of a validation error: {other}",
                other.code()
            )),
            Ok(_) => self
                .problems
                .push(format!("{case}: was accepted, not refused")),
        }
        self
    }
}

// ---- The desktop app's ways in --------------------------------------------

/// The example register, as a DPO has it after "load the example".
fn example() -> Store {
    let mut s = common::store();
    s.load_example().expect("the example loads");
    s
}

fn to_json<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("a record is JSON")
}

/// Saves `record` as the editor sends it after `edit`: JSON read with
/// `record_from_value`, then handed to `save` (src-tauri's `with_record`).
fn save<T: Serialize + DeserializeOwned, R>(
    store: &mut Store,
    record: &T,
    edit: impl FnOnce(&mut Value),
    save: impl FnOnce(&mut Store, &T) -> Result<R>,
) -> Result<R> {
    let mut value = to_json(record);
    edit(&mut value);
    let record: T = record_from_value(value)?;
    save(store, &record)
}

/// An example activity, edited and saved.
fn activity(key: &str, edit: impl FnOnce(&mut Value)) -> Result<ProcessingActivity> {
    let mut s = example();
    let a = s.activity(key).expect("an example activity");
    save(&mut s, &a, edit, Store::update_activity)
}

/// A new activity ("Neu" in the list), edited and created.
fn new_activity(edit: impl FnOnce(&mut Value)) -> Result<ProcessingActivity> {
    let mut s = example();
    let key = s.next_activity_key().expect("a free key");
    let a = ProcessingActivity::new(key, "Bewerbungen");
    save(&mut s, &a, edit, Store::create_activity)
}

/// An example party, edited and saved.
fn party(key: &str, edit: impl FnOnce(&mut Value)) -> Result<Party> {
    let mut s = example();
    let p = s.party(key).expect("an example party");
    save(&mut s, &p, edit, Store::update_party)
}

/// The example's header, edited and saved.
fn organisation(edit: impl FnOnce(&mut Value)) -> Result<Organisation> {
    let mut s = example();
    let o = s.organisation().expect("the header");
    save(&mut s, &o, edit, Store::save_organisation)
}

fn processor_entry() -> ProcessorActivity {
    let mut e = ProcessorActivity::new("AV-001", "Lohnabrechnung", "Acme GmbH");
    e.categories = vec!["Lohnabrechnung".into()];
    e
}

/// A new entry of the processor's record, edited and created.
fn new_processor_entry(edit: impl FnOnce(&mut Value)) -> Result<ProcessorActivity> {
    let mut s = example();
    save(
        &mut s,
        &processor_entry(),
        edit,
        Store::create_processor_activity,
    )
}

/// The example register, changed, imported into an empty register.
fn import(change: impl FnOnce(&mut Register)) -> Result<()> {
    let mut register = example().load().expect("the register loads");
    change(&mut register);
    common::store().import(&register, false)
}

fn version_of(s: &Store, key: &str) -> i64 {
    s.activity(key).expect("the activity").version
}

/// The id of the newest change of a record.
fn last_change(s: &Store, entity: EntityKind, key: &str) -> i64 {
    s.history(Some((entity, key)))
        .expect("the history")
        .last()
        .expect("a change")
        .id
}

/// Saves an example activity changed by `change`; returns the change's id.
fn change_activity(s: &mut Store, key: &str, change: impl FnOnce(&mut ProcessingActivity)) -> i64 {
    let mut a = s.activity(key).expect("the activity");
    change(&mut a);
    s.update_activity(&a).expect("the change saves");
    last_change(s, EntityKind::Activity, key)
}

/// Restores `field` of activity `key` from change `change`, at its current version.
fn restore(s: &mut Store, key: &str, change: i64, field: &str) -> Result<Value> {
    let version = version_of(s, key);
    s.restore_value(EntityKind::Activity, key, change, field, version)
}

// ---- The cases ---------------------------------------------------------------

/// src/validate/mod.rs: texts, lists, dates, keys, e-mail, catalog codes, references.
fn texts_and_codes(r: &mut Reasons) {
    r.case(
        "activity name left empty",
        activity(WEBEX, |a| a["name"] = json!("   ")),
    )
    .case(
        "activity name of 301 characters",
        activity(WEBEX, |a| a["name"] = json!("x".repeat(301))),
    )
    .case(
        "activity name with a control character",
        activity(WEBEX, |a| a["name"] = json!("Webex\u{7}")),
    )
    .case(
        "501 categories of data subjects",
        activity(WEBEX, |a| {
            a["data_subjects"] = json!((0..501).map(|i| format!("Gruppe {i}")).collect::<Vec<_>>())
        }),
    )
    .case(
        "next review in the year 2300",
        activity(WEBEX, |a| a["next_review"] = json!("2300-01-01")),
    )
    .case(
        "new activity with a space in its key",
        new_activity(|a| a["key"] = json!("VT 1")),
    )
    .case(
        "DPO e-mail without @",
        organisation(|o| o["dpo"]["email"] = json!("dsb(at)example.org")),
    )
    .case(
        "a party's privacy notice that is no web address",
        party(CISCO, |p| {
            p["privacy_notice_url"] = json!("www.cisco.com/privacy")
        }),
    )
    .case(
        "transfer to country XX",
        activity(WEBEX, |a| a["transfers"][0]["country"] = json!("XX")),
    )
    .case(
        "transfer mechanism art99",
        activity(WEBEX, |a| a["transfers"][0]["mechanism"] = json!("art99")),
    )
    .case(
        "recipient party that does not exist",
        activity(WEBEX, |a| a["recipients"][0]["party"] = json!("nobody")),
    );
}

/// src/validate/records.rs and processor_record.rs: activities, parties, the processor's record.
fn records(r: &mut Reasons) {
    r.case(
        "TOM that does not exist",
        activity(WEBEX, |a| a["toms"] = json!(["tom-nope"])),
    )
    .case(
        "TOM listed twice",
        activity(WEBEX, |a| {
            a["toms"] = json!([TOM_TRANSPORT_ENCRYPTION, TOM_TRANSPORT_ENCRYPTION])
        }),
    )
    .case(
        "unknown legal basis",
        activity(WEBEX, |a| {
            a["purposes"][0]["legal_bases"] = json!(["art6-1-z"])
        }),
    )
    .case(
        "unknown DPIA criterion",
        activity(WEBEX, |a| {
            a["dpia"]["threshold"] = json!({ "wp248-nope": true })
        }),
    )
    .case(
        "legal basis listed twice",
        activity(WEBEX, |a| {
            a["purposes"][0]["legal_bases"] = json!(["art6-1-b", "art6-1-b"])
        }),
    )
    .case(
        "retention period of 12000 years",
        activity(WEBEX, |a| {
            a["data_categories"][5]["retention"]["period"] =
                json!({ "amount": 12000, "unit": "years" })
        }),
    )
    .case(
        "retention without period or criterion",
        activity(WEBEX, |a| {
            a["data_categories"][0]["retention"] = json!({ "starts_at": "Ende des Meetings" })
        }),
    )
    .case(
        "category condition that is no Art. 9 or 10 condition",
        activity(WEBEX, |a| {
            a["data_categories"][0]["special"] = json!(true);
            a["data_categories"][0]["conditions"] = json!(["art6-1-b"]);
        }),
    )
    .case(
        "Art. 9 condition on a category not marked special",
        activity(WEBEX, |a| {
            a["data_categories"][0]["conditions"] = json!(["art9-2-h"]);
        }),
    )
    .case(
        "Art. 10 basis on a category not marked criminal",
        activity(WEBEX, |a| {
            a["data_categories"][0]["conditions"] = json!(["art10"]);
        }),
    )
    .case(
        "channels on a recipient that is no publication",
        activity(WEBEX, |a| a["recipients"][0]["channels"] = json!(["website"])),
    )
    .case(
        "publication channel listed twice",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "public", "channels": ["website", "website"] })
        }),
    )
    .case(
        "disclosure of a data category the activity does not have",
        activity(WEBEX, |a| {
            a["recipients"][0]["data_categories"] = json!(["Gibt es nicht"])
        }),
    )
    .case(
        "disclosed data category listed twice",
        activity(WEBEX, |a| {
            let name = a["data_categories"][0]["name"].clone();
            a["recipients"][0]["data_categories"] = json!([name.clone(), name]);
        }),
    )
    .case(
        "publication naming a party",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "public", "party": CISCO, "channels": ["website"], "legal_bases": ["art6-1-e"] })
        }),
    )
    .case(
        "publication without channels",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "public", "legal_bases": ["art6-1-e"] })
        }),
    )
    .case(
        "publication without a legal basis",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "public", "channels": ["livestream"] })
        }),
    )
    .case(
        "automated decision of a purpose the activity does not have",
        activity(WEBEX, |a| {
            a["automated_decisions"] = json!({ "kind": "used", "logic": "Punktwert",
                "decisions": [{ "decision": "Zulassung", "effect": "legal", "purpose": "Gibt es nicht" }] })
        }),
    )
    .case(
        "safeguard of an automated decision listed twice",
        activity(WEBEX, |a| {
            a["automated_decisions"] = json!({ "kind": "used", "logic": "Punktwert",
                "decisions": [{ "decision": "Zulassung", "effect": "legal",
                    "safeguards": ["contest", "contest"] }] })
        }),
    )
    .case(
        "embed with a country in the EEA",
        activity(WEBEX, |a| {
            a["embeds"] = json!([{ "name": "Karte", "kind": "embed", "purpose": "Anfahrt",
                "access": "consent", "country": "FR" }])
        }),
    )
    .case(
        "embed listed twice",
        activity(WEBEX, |a| {
            let e = json!({ "name": "Karte", "kind": "embed", "purpose": "Anfahrt", "access": "consent" });
            a["embeds"] = json!([e.clone(), e]);
        }),
    )
    .case(
        "data subject group listed twice",
        activity(WEBEX, |a| {
            a["data_subject_groups"] = json!(["children", "employees", "children"])
        }),
    )
    .case(
        "retention starting with another event not said in words",
        activity(WEBEX, |a| {
            a["data_categories"][0]["retention"]["start_event"] = json!("other");
            a["data_categories"][0]["retention"]["starts_at"] = Value::Null;
        }),
    )
    .case(
        "internal recipient without a unit",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "internal" })
        }),
    )
    .case(
        "internal recipient naming a party",
        activity(
            WEBEX,
            |a| {
                a["recipients"][0] =
                    json!({ "role": "internal", "party": CISCO, "description": "IT-Abteilung" })
            },
        ),
    )
    .case(
        "processor recipient without party or description",
        activity(WEBEX, |a| {
            a["recipients"][0] = json!({ "role": "processor" })
        }),
    )
    .case(
        "transfer to an EEA country",
        activity(WEBEX, |a| a["transfers"][0]["country"] = json!("FR")),
    )
    .case(
        "SCC module 5",
        activity(WEBEX, |a| a["transfers"][0]["scc_module"] = json!(5)),
    )
    .case(
        "SCC module without standard contractual clauses",
        activity(WEBEX, |a| {
            a["transfers"][0]["mechanism"] = Value::Null;
            a["transfers"][0]["scc_module"] = json!(2);
        }),
    )
    .case(
        "party as its own sub-processor",
        party(CISCO, |p| {
            p["agreement"]["subprocessors"] = json!([{ "party": CISCO }])
        }),
    )
    .case(
        "processor's record entry changed before it was created",
        new_processor_entry(|e| {
            e["created_at"] = json!("2025-01-02T00:00:00Z");
            e["updated_at"] = json!("2025-01-01T00:00:00Z");
        }),
    );
}

/// src/validate/organisation.rs: the header.
fn header(r: &mut Reasons) {
    r.case(
        "joint controller of an activity that does not exist",
        organisation(|o| {
            o["joint_controllers"] = json!([{ "name": "Partner GmbH", "activities": ["VT-009"] }])
        }),
    )
    .case(
        "unknown supervisory authority",
        organisation(|o| o["authority"] = json!("xx-dpa")),
    )
    .case(
        "reason for no DPO beside a recorded DPO",
        organisation(|o| o["no_dpo_reason"] = json!("Weniger als 20 Beschäftigte")),
    );
}

/// src/interchange.rs record_from_value: the editor's JSON of the wrong shape,
/// in serde's and chrono's words.
fn wrong_shape(r: &mut Reasons) {
    let period =
        |a: &mut Value, period: Value| a["data_categories"][5]["retention"]["period"] = period;
    r.case(
        "next review on 30 February",
        activity(WEBEX, |a| a["next_review"] = json!("2026-02-30")),
    )
    .case(
        "next review in words",
        activity(WEBEX, |a| a["next_review"] = json!("morgen")),
    )
    .case(
        "next review with a time",
        activity(WEBEX, |a| a["next_review"] = json!("2026-02-03T10:00")),
    )
    .case(
        "created_at without a time zone",
        activity(WEBEX, |a| a["created_at"] = json!("2026-02-03T10:00:00")),
    )
    .case(
        "created_at on 30 February",
        activity(WEBEX, |a| a["created_at"] = json!("2026-02-30T10:00:00Z")),
    )
    .case(
        "next review as a number",
        activity(WEBEX, |a| a["next_review"] = json!(5)),
    )
    .case(
        "created_at as a number",
        activity(WEBEX, |a| a["created_at"] = json!(5)),
    )
    .case(
        "activity without a name",
        activity(WEBEX, |a| {
            a.as_object_mut().expect("an object").remove("name");
        }),
    )
    .case(
        "unknown field in a retention period",
        activity(WEBEX, |a| {
            period(a, json!({ "amount": 3, "unit": "years", "colour": "red" }))
        }),
    )
    .case(
        "retention period in decades",
        activity(WEBEX, |a| {
            period(a, json!({ "amount": 3, "unit": "decades" }))
        }),
    )
    .case(
        "automated decisions of an unknown kind",
        activity(WEBEX, |a| {
            a["automated_decisions"] = json!({ "kind": "maybe" })
        }),
    )
    .case(
        "activity name as a number",
        activity(WEBEX, |a| a["name"] = json!(5)),
    )
    .case(
        "activity name as a boolean",
        activity(WEBEX, |a| a["name"] = json!(true)),
    )
    .case(
        "activity name as a list",
        activity(WEBEX, |a| a["name"] = json!([])),
    )
    .case(
        "activity status as a number",
        activity(WEBEX, |a| a["status"] = json!(5)),
    )
    .case(
        "party DPF certification as null",
        party(CISCO, |p| p["dpf_certified"] = Value::Null),
    )
    .case(
        "retention amount as a text",
        activity(WEBEX, |a| {
            period(a, json!({ "amount": "3", "unit": "years" }))
        }),
    )
    .case(
        "retention amount as a fraction",
        activity(WEBEX, |a| {
            period(a, json!({ "amount": 1.5, "unit": "years" }))
        }),
    )
    .case(
        "retention amount negative",
        activity(WEBEX, |a| {
            period(a, json!({ "amount": -1, "unit": "years" }))
        }),
    )
    .case(
        "SCC module 300",
        activity(WEBEX, |a| a["transfers"][0]["scc_module"] = json!(300)),
    )
    .case(
        "categories of data subjects as an object",
        activity(WEBEX, |a| a["data_subjects"] = json!({})),
    )
    .case(
        "retention period as a text",
        activity(WEBEX, |a| period(a, json!("drei Jahre"))),
    )
    .case(
        "automated decisions as a text",
        activity(WEBEX, |a| a["automated_decisions"] = json!("ja")),
    )
    .case(
        "version as a text",
        activity(WEBEX, |a| a["version"] = json!("neu")),
    );
}

/// src/store: keys taken, records still in use, the example into a register with data.
fn store_refusals(r: &mut Reasons) {
    r.case(
        "new activity with a key that is taken",
        new_activity(|a| a["key"] = json!(WEBEX)),
    );
    {
        let mut s = example();
        let p = s.party(CISCO).expect("cisco");
        r.case(
            "new party with a key that is taken",
            save(&mut s, &p, |_| {}, Store::create_party),
        );
        let t = s.toms().expect("the TOMs").remove(0);
        r.case(
            "new TOM with a key that is taken",
            save(&mut s, &t, |_| {}, Store::create_tom),
        );
        s.create_processor_activity(&processor_entry())
            .expect("the entry saves");
        r.case(
            "new processor's record entry with a key that is taken",
            new_processor_entry_in(&mut s),
        );
    }
    {
        let mut s = example();
        let version = s.party(CISCO).expect("cisco").version;
        r.case(
            "delete a party that is a recipient",
            s.delete_party(CISCO, version),
        );
    }
    {
        // A party named only in a transfer of an activity.
        let mut s = example();
        s.create_party(&support_party()).expect("the party saves");
        change_activity(&mut s, WEBEX, |a| {
            a.transfers[0].recipient = Some("support-us".into())
        });
        r.case(
            "delete a party that receives a transfer",
            s.delete_party("support-us", 1),
        );
    }
    {
        let mut s = example();
        s.create_party(&support_party()).expect("the party saves");
        let mut e = processor_entry();
        e.transfers = vec![Transfer {
            recipient: Some("support-us".into()),
            country: "US".into(),
            mechanism: Some("art46-2-c".into()),
            ..Transfer::default()
        }];
        s.create_processor_activity(&e).expect("the entry saves");
        r.case(
            "delete a party that receives a transfer of the processor's record",
            s.delete_party("support-us", 1),
        );
    }
    {
        let mut s = example();
        s.create_party(&support_party()).expect("the party saves");
        let mut cisco = s.party(CISCO).expect("cisco");
        if let Some(agreement) = &mut cisco.agreement {
            agreement.subprocessors = vec![SubProcessor {
                party: "support-us".into(),
                ..SubProcessor::default()
            }];
        }
        s.update_party(&cisco).expect("the agreement saves");
        r.case(
            "delete a party that is a sub-processor",
            s.delete_party("support-us", 1),
        );
    }
    {
        let mut s = example();
        r.case(
            "delete a TOM an activity uses",
            s.delete_tom(TOM_TRANSPORT_ENCRYPTION, 1),
        );
    }
    {
        let mut s = example();
        let tom = Tom {
            key: "tom-payroll".into(),
            goal: ProtectionGoal::Confidentiality,
            title: "Zugriff nur für die Lohnbuchhaltung".into(),
            description: None,
            version: 0,
        };
        s.create_tom(&tom).expect("the TOM saves");
        let mut e = processor_entry();
        e.toms = vec![tom.key.clone()];
        s.create_processor_activity(&e).expect("the entry saves");
        r.case(
            "delete a TOM the processor's record uses",
            s.delete_tom(&tom.key, 1),
        );
    }
    r.case(
        "load the example into a register with data",
        example().load_example(),
    );
}

fn new_processor_entry_in(s: &mut Store) -> Result<ProcessorActivity> {
    save(
        s,
        &processor_entry(),
        |_| {},
        Store::create_processor_activity,
    )
}

fn support_party() -> Party {
    Party {
        key: "support-us".into(),
        name: "Support Inc.".into(),
        country: Some("US".into()),
        ..Party::default()
    }
}

/// src/validate/register.rs and src/store/register.rs: a register file imported.
fn imports(r: &mut Reasons) {
    r.case(
        "import with a TOM key twice",
        import(|reg| {
            let tom = reg.toms[0].clone();
            reg.toms.push(tom);
        }),
    )
    .case(
        "import with a history id 0",
        import(|reg| reg.history[0].id = 0),
    )
    .case(
        "import with a history id twice",
        import(|reg| reg.history[1].id = reg.history[0].id),
    );
    let published = {
        let mut s = example();
        s.publish_notice(
            Lang::De,
            "# Datenschutzhinweise",
            "<h1>Datenschutzhinweise</h1>",
            None,
        )
        .expect("the notice is published");
        s.load().expect("the register loads")
    };
    let import_published = |change: fn(&mut Publication)| {
        let mut reg = published.clone();
        change(&mut reg.publications[0]);
        common::store().import(&reg, false)
    };
    r.case(
        "import with a publication id 0",
        import_published(|p| p.id = 0),
    )
    .case(
        "import with a published text altered",
        import_published(|p| p.markdown.push_str("\nNachträglich geändert.")),
    )
    .case(
        "import into a register with data",
        example().import(&published, false),
    );
}

/// src/store/restore.rs: "restore earlier value" in a record's history.
fn restores(r: &mut Reasons) {
    {
        let mut s = example();
        let tom_change = last_change(&s, EntityKind::Tom, TOM_TRANSPORT_ENCRYPTION);
        r.case(
            "restore a change of another record",
            restore(&mut s, WEBEX, tom_change, "name"),
        );
    }
    {
        let mut s = example();
        let change = change_activity(&mut s, WEBEX, |a| a.name = "Webex-Meetings".into());
        r.case(
            "restore a field the change did not touch",
            restore(&mut s, WEBEX, change, "notes"),
        );
    }
    {
        let mut s = example();
        let created = s
            .history(Some((EntityKind::Activity, WEBEX)))
            .expect("the history")[0]
            .id;
        r.case("restore the key", restore(&mut s, WEBEX, created, "key"));
    }
    {
        let mut s = example();
        let change = change_activity(&mut s, WEBEX, |a| a.name = "Webex-Meetings".into());
        restore(&mut s, WEBEX, change, "name").expect("the first restore");
        r.case(
            "restore a value that is in place",
            restore(&mut s, WEBEX, change, "name"),
        );
    }
    {
        let mut s = example();
        let change = change_activity(&mut s, WEBEX, |a| {
            a.purposes[3].description = "Meetings mit Dritten".into()
        });
        change_activity(&mut s, WEBEX, |a| a.purposes.truncate(1));
        r.case(
            "restore into a purpose that was removed",
            restore(&mut s, WEBEX, change, "purposes[3].description"),
        );
    }
    {
        let mut s = example();
        let change = change_activity(&mut s, WEBEX, |a| {
            a.data_categories[5].name = "Ton und Bild".into()
        });
        change_activity(&mut s, WEBEX, |a| a.data_categories.truncate(2));
        r.case(
            "restore into a data category that was removed",
            restore(&mut s, WEBEX, change, "data_categories[5].name"),
        );
    }
    {
        let mut s = example();
        let mut cisco = s.party(CISCO).expect("cisco");
        if let Some(agreement) = &mut cisco.agreement {
            agreement.reference = Some("AVV 2024".into());
        }
        let cisco = s.update_party(&cisco).expect("the reference saves");
        let change = last_change(&s, EntityKind::Party, CISCO);
        let mut without = cisco.clone();
        without.agreement = None;
        let without = s.update_party(&without).expect("the agreement is removed");
        r.case(
            "restore into an agreement that was removed",
            s.restore_value(
                EntityKind::Party,
                CISCO,
                change,
                "agreement.reference",
                without.version,
            ),
        );
    }
    {
        let mut s = example();
        change_activity(&mut s, WEBEX, |a| {
            a.automated_decisions = Some(AutomatedDecisions::Used {
                logic: "Scoring".into(),
                consequences: None,
                decisions: vec![],
            })
        });
        let change = change_activity(&mut s, WEBEX, |a| {
            a.automated_decisions = Some(AutomatedDecisions::None)
        });
        r.case(
            "restore the logic of automated decisions no longer used",
            restore(&mut s, WEBEX, change, "automated_decisions.logic"),
        )
        .case(
            "restore the kind of automated decisions without their logic",
            restore(&mut s, WEBEX, change, "automated_decisions.kind"),
        );
    }
    {
        // Only an imported history can hold a field the store never writes.
        let mut reg = example().load().expect("the register loads");
        let id = reg.history.iter().map(|c| c.id).max().unwrap_or(0) + 1;
        reg.history.push(ChangeRecord {
            id,
            at: Utc
                .with_ymd_and_hms(2024, 1, 1, 8, 0, 0)
                .single()
                .expect("a time"),
            user: "tester".into(),
            entity: EntityKind::Party,
            key: MICROSOFT.into(),
            action: ChangeAction::Update,
            changes: vec![
                FieldChange {
                    field: "locations[x]".into(),
                    old: json!("EU"),
                    new: json!("USA"),
                },
                FieldChange {
                    field: "colour".into(),
                    old: json!("blau"),
                    new: json!("rot"),
                },
            ],
        });
        let mut s = common::store();
        s.import(&reg, false).expect("the register imports");
        let version = s.party(MICROSOFT).expect("microsoft").version;
        r.case(
            "restore an imported change with no field path",
            s.restore_value(EntityKind::Party, MICROSOFT, id, "locations[x]", version),
        )
        .case(
            "restore an imported change of a field records do not have",
            s.restore_value(EntityKind::Party, MICROSOFT, id, "colour", version),
        );
    }
}

/// src/store/publications.rs, src/notice, src/register_print: the documents.
fn documents(r: &mut Reasons) {
    r.case(
        "publish an empty notice",
        example().publish_notice(Lang::De, "  \n", "", None),
    )
    .case(
        "publish a notice with a missing item",
        notice::publish(&mut one_gap(), Lang::De, None, false),
    )
    .case(
        "publish the example's notice, which the checks find wrong",
        notice::publish(&mut example(), Lang::De, None, true),
    )
    .case(
        "translate something that is no text of the activity",
        example().set_translation(
            EntityKind::Activity,
            JITSI,
            "purposes[0].legal_bases",
            "Art. 6",
            Lang::En,
        ),
    )
    .case(
        "print a selection with an unknown activity",
        register_print::check_selection(
            &example().load().expect("the register loads"),
            &[JITSI.to_owned(), "VT-404".to_owned()],
        ),
    );
}

fn collect() -> Reasons {
    let mut r = Reasons::default();
    texts_and_codes(&mut r);
    records(&mut r);
    header(&mut r);
    wrong_shape(&mut r);
    store_refusals(&mut r);
    imports(&mut r);
    restores(&mut r);
    documents(&mut r);
    r
}

#[test]
fn every_reason_of_the_core_is_worded_in_both_languages() {
    let r = collect();
    assert!(
        r.problems.is_empty(),
        "these cases did not give a validation reason:\n{}",
        r.problems.join("\n")
    );
    let untranslated: Vec<&str> = r
        .list
        .iter()
        .filter(|p| p.de == p.en)
        .map(|p| p.case)
        .collect();
    assert!(
        untranslated.is_empty(),
        "these reasons have no German text of their own: {untranslated:?}"
    );
    insta::assert_json_snapshot!("reasons", r.list);
}

#[test]
fn a_stale_edit_is_a_conflict_not_a_validation_reason() {
    // The UI shows a conflict by its code, not by a translated reason.
    let mut s = example();
    let stale = s.activity(WEBEX).expect("webex");
    change_activity(&mut s, WEBEX, |a| a.name = "Webex-Meetings".into());
    let err = save(&mut s, &stale, |_| {}, Store::update_activity).expect_err("stale");
    assert_eq!(err.code(), "conflict", "{err}");
}

/// A register whose notice lacks one item (the requirement to provide) and
/// has no error of the checks on what it states.
fn one_gap() -> Store {
    let mut r = crate::notice_support::complete_register();
    r.activities[0].provision = None;
    let mut store = Store::open_in_memory().expect("an in-memory register opens");
    store.import(&r, false).expect("imports");
    store
}
