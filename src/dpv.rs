//! The register in the W3C Data Privacy Vocabulary (DPV 2.x) as JSON-LD
//! (`vvt export dpv`, docs/register-format.md "DPV export"): for tools that
//! read processing records as linked data. One-way: VVT's own interchange
//! (`vvt export json`) stays the format that round-trips.
//!
//! The `@context` is written inline, never referenced, so neither VVT nor a
//! reader needs the network to expand the document. What DPV has no term
//! for (§ 26 BDSG, § 25 TDDDG, the EU-U.S. Data Privacy Framework, Art. 10
//! GDPR …) gets an IRI of VVT's own under `urn:vvt:`, declared in the graph
//! with its citation, so a reader can tell what it is.

use serde_json::{json, Map, Value};

use crate::{
    Catalogs, ContactParty, Organisation, Party, PeriodUnit, ProcessingActivity, RecipientRole,
    Register, Result, Transfer,
};

/// VVT's own terms (legal bases and countries DPV lacks).
pub const VVT_NS: &str = "urn:vvt:";
/// The IRI of the EU-U.S. Data Privacy Framework, which DPV has no term for:
/// the adequacy decision (EU) 2023/1795 covers only certified recipients.
pub const DPF: &str = "urn:vvt:law:eu-us-dpf";

/// The inline context: prefixes only, so every key of the document is a
/// compact IRI a reader can expand without fetching anything.
fn context() -> Value {
    json!({
        "dpv": "https://w3id.org/dpv#",
        "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
        "loc": "https://w3id.org/dpv/loc#",
        "dct": "http://purl.org/dc/terms/",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "schema": "https://schema.org/",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "vvt": VVT_NS
    })
}

/// The register as a JSON-LD document in DPV terms. Pure: the same register
/// and catalogs give the same bytes (records in the register's order).
pub fn to_dpv(register: &Register, catalogs: &Catalogs) -> Result<String> {
    let mut text = serde_json::to_string_pretty(&document(register, catalogs))
        .map_err(|e| crate::Error::render("DPV", e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// [`to_dpv`] as a JSON value.
pub fn document(register: &Register, catalogs: &Catalogs) -> Value {
    let mut laws = Laws::default();
    let mut graph = vec![controller(&register.organisation, catalogs)];
    for a in &register.activities {
        graph.push(activity(a, register, catalogs, &mut laws));
    }
    graph.extend(register.parties.iter().map(party));
    graph.extend(register.toms.iter().map(|t| {
        let mut node = node(&tom_iri(&t.key), "dpv:TechnicalOrganisationalMeasure");
        put(&mut node, "dct:identifier", json!(t.key));
        put(&mut node, "dct:title", json!(t.title));
        opt(&mut node, "dct:description", t.description.as_deref());
        put(&mut node, "dct:subject", json!(t.goal.code()));
        Value::Object(node)
    }));
    graph.extend(laws.nodes(catalogs));
    json!({ "@context": context(), "@graph": graph })
}

fn node(id: &str, ty: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("@id".into(), json!(id));
    m.insert("@type".into(), json!(ty));
    m
}

fn put(m: &mut Map<String, Value>, key: &str, v: Value) {
    m.insert(key.into(), v);
}

fn opt(m: &mut Map<String, Value>, key: &str, v: Option<&str>) {
    if let Some(v) = v {
        m.insert(key.into(), json!(v));
    }
}

/// A list, left out when empty.
fn list(m: &mut Map<String, Value>, key: &str, values: Vec<Value>) {
    if !values.is_empty() {
        m.insert(key.into(), Value::Array(values));
    }
}

fn id(iri: &str) -> Value {
    json!({ "@id": iri })
}

/// Keys hold letters, digits, `.`, `_` and `-` only (validate/), all valid
/// in a URN.
fn activity_iri(key: &str) -> String {
    format!("{VVT_NS}activity:{key}")
}

fn party_iri(key: &str) -> String {
    format!("{VVT_NS}party:{key}")
}

fn tom_iri(key: &str) -> String {
    format!("{VVT_NS}tom:{key}")
}

const CONTROLLER: &str = "urn:vvt:controller";

fn contact(
    m: &mut Map<String, Value>,
    address: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
) {
    opt(m, "dpv:hasAddress", address);
    opt(m, "schema:email", email);
    opt(m, "schema:telephone", phone);
}

/// The header (Art. 30(1)(a)): the controller with its DPO, representative
/// and competent supervisory authority.
fn controller(org: &Organisation, catalogs: &Catalogs) -> Value {
    let c = &org.controller;
    let mut m = node(CONTROLLER, "dpv:DataController");
    put(&mut m, "dpv:hasName", json!(c.name));
    contact(
        &mut m,
        c.address.as_deref(),
        c.email.as_deref(),
        c.phone.as_deref(),
    );
    opt(&mut m, "schema:url", c.website.as_deref());
    if let Some(d) = &org.dpo {
        let mut dpo = Map::new();
        put(&mut dpo, "@type", json!("dpv:DataProtectionOfficer"));
        put(&mut dpo, "dpv:hasName", json!(d.name));
        opt(&mut dpo, "schema:memberOf", d.organisation.as_deref());
        contact(
            &mut dpo,
            d.address.as_deref(),
            d.email.as_deref(),
            d.phone.as_deref(),
        );
        put(&mut m, "dpv:hasDataProtectionOfficer", Value::Object(dpo));
    }
    if let Some(r) = &org.representative {
        put(&mut m, "dpv:hasRepresentative", representative(r));
    }
    if let Some(code) = &org.authority {
        let mut a = node(
            &format!("{VVT_NS}authority:{code}"),
            "dpv:SupervisoryAuthority",
        );
        put(&mut a, "dct:identifier", json!(code));
        opt(
            &mut a,
            "dpv:hasName",
            catalogs.authority(code).map(|a| a.name.as_str()),
        );
        put(&mut m, "dpv:hasAuthority", Value::Object(a));
    }
    Value::Object(m)
}

fn representative(r: &ContactParty) -> Value {
    let mut m = Map::new();
    put(&mut m, "@type", json!("dpv:Representative"));
    put(&mut m, "dpv:hasName", json!(r.name));
    contact(
        &mut m,
        r.address.as_deref(),
        r.email.as_deref(),
        r.phone.as_deref(),
    );
    Value::Object(m)
}

fn party(p: &Party) -> Value {
    let ty = if p.agreement.is_some() {
        "dpv:DataProcessor"
    } else {
        "dpv:LegalEntity"
    };
    let mut m = node(&party_iri(&p.key), ty);
    put(&mut m, "dct:identifier", json!(p.key));
    put(&mut m, "dpv:hasName", json!(p.name));
    opt(&mut m, "dpv:hasAddress", p.address.as_deref());
    if let Some(c) = &p.country {
        put(&mut m, "dpv:hasCountry", id(&country_iri(c)));
    }
    if p.recorded_dpf_certified() {
        // DPV has no term for the certification; ours names the framework.
        put(&mut m, "dpv:hasOrganisationalMeasure", id(DPF));
    }
    Value::Object(m)
}

/// A country in DPV's location extension; the European Patent Organisation
/// (`EP`, an international organisation) is not a country there.
fn country_iri(code: &str) -> String {
    match code {
        "EP" => format!("{VVT_NS}org:EP"),
        _ => format!("https://w3id.org/dpv/loc#{code}"),
    }
}

/// The legal bases and mechanisms used that DPV has no term for; each is
/// declared once in the graph with its citation.
#[derive(Default)]
struct Laws {
    own: std::collections::BTreeSet<String>,
}

impl Laws {
    /// The IRI of a legal basis or transfer mechanism code.
    fn iri(&mut self, code: &str, dpv: Option<&str>) -> String {
        match dpv.and_then(|d| d.strip_prefix("eu-gdpr:")) {
            Some(term) => format!("https://w3id.org/dpv/legal/eu/gdpr#{term}"),
            None => {
                self.own.insert(code.to_owned());
                format!("{VVT_NS}law:{code}")
            }
        }
    }

    fn basis(&mut self, code: &str, catalogs: &Catalogs) -> Value {
        let dpv = catalogs.legal_basis(code).and_then(|b| b.dpv.as_deref());
        id(&self.iri(code, dpv))
    }

    fn mechanism(&mut self, code: &str, catalogs: &Catalogs) -> Value {
        let dpv = catalogs.mechanism(code).and_then(|m| m.dpv.as_deref());
        id(&self.iri(code, dpv))
    }

    fn nodes(&self, catalogs: &Catalogs) -> Vec<Value> {
        let mut nodes: Vec<Value> = self
            .own
            .iter()
            .map(|code| {
                let mut m = node(&format!("{VVT_NS}law:{code}"), "dpv:LegalBasis");
                put(&mut m, "dct:identifier", json!(code));
                let (de, en) = match (catalogs.legal_basis(code), catalogs.mechanism(code)) {
                    (Some(b), _) => (b.citation_de.as_str(), b.citation_en.as_str()),
                    (None, Some(mech)) => (mech.citation_de.as_str(), mech.citation_en.as_str()),
                    (None, None) => (code.as_str(), code.as_str()),
                };
                put(
                    &mut m,
                    "rdfs:label",
                    json!([{ "@value": de, "@language": "de" }, { "@value": en, "@language": "en" }]),
                );
                Value::Object(m)
            })
            .collect();
        let mut dpf = node(DPF, "dpv:LegalBasis");
        put(
            &mut dpf,
            "rdfs:label",
            json!([
                { "@value": "EU-US Data Privacy Framework, Durchführungsbeschluss (EU) 2023/1795", "@language": "de" },
                { "@value": "EU-U.S. Data Privacy Framework, Implementing Decision (EU) 2023/1795", "@language": "en" }
            ]),
        );
        nodes.push(Value::Object(dpf));
        nodes
    }
}

fn activity(
    a: &ProcessingActivity,
    register: &Register,
    catalogs: &Catalogs,
    laws: &mut Laws,
) -> Value {
    let iri = activity_iri(&a.key);
    let mut m = node(&iri, "dpv:Process");
    put(&mut m, "dct:identifier", json!(a.key));
    put(&mut m, "dct:title", json!(a.name));
    opt(&mut m, "dct:description", a.description.as_deref());
    put(&mut m, "dct:created", date_time(a.created_at));
    put(&mut m, "dct:modified", date_time(a.updated_at));
    put(&mut m, "vvt:status", json!(a.status.code()));
    put(&mut m, "dpv:hasDataController", id(CONTROLLER));

    let joint: Vec<Value> = register
        .organisation
        .joint_controllers
        .iter()
        .filter(|jc| jc.activities.is_empty() || jc.activities.contains(&a.key))
        .map(|jc| {
            let mut other = Map::new();
            put(&mut other, "@type", json!("dpv:DataController"));
            put(&mut other, "dpv:hasName", json!(jc.name));
            opt(&mut other, "dpv:hasAddress", jc.address.as_deref());
            let mut group = Map::new();
            put(&mut group, "@type", json!("dpv:JointDataControllers"));
            put(
                &mut group,
                "dpv:hasDataController",
                json!([id(CONTROLLER), Value::Object(other)]),
            );
            opt(&mut group, "dct:description", jc.arrangement.as_deref());
            Value::Object(group)
        })
        .collect();
    list(&mut m, "dpv:hasJointDataControllers", joint);

    // Each purpose with its own bases; the activity carries all of them too,
    // which is what a reader asking "on what basis" of a process expects.
    let mut all_bases: Vec<Value> = Vec::new();
    let purposes: Vec<Value> = a
        .purposes
        .iter()
        .map(|p| {
            let bases: Vec<Value> = p
                .legal_bases
                .iter()
                .map(|c| laws.basis(c, catalogs))
                .collect();
            for b in &bases {
                if !all_bases.contains(b) {
                    all_bases.push(b.clone());
                }
            }
            let mut pm = Map::new();
            put(&mut pm, "@type", json!("dpv:Purpose"));
            put(&mut pm, "dct:description", json!(p.description));
            list(&mut pm, "dpv:hasLegalBasis", bases);
            opt(&mut pm, "rdfs:comment", p.legal_basis_note.as_deref());
            Value::Object(pm)
        })
        .collect();
    list(&mut m, "dpv:hasPurpose", purposes);
    list(&mut m, "dpv:hasLegalBasis", all_bases);

    let subjects: Vec<Value> = a
        .data_subjects
        .iter()
        .map(|s| json!({ "@type": "dpv:DataSubject", "dct:title": s }))
        .collect();
    list(&mut m, "dpv:hasDataSubject", subjects);

    let category_iri = |i: usize| format!("{iri}:data:{}", i + 1);
    let categories: Vec<Value> = a
        .data_categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let ty = if c.special {
                "dpv:SpecialCategoryPersonalData"
            } else {
                "dpv:PersonalData"
            };
            let mut cm = node(&category_iri(i), ty);
            put(&mut cm, "dct:title", json!(c.name));
            opt(&mut cm, "dct:description", c.description.as_deref());
            Value::Object(cm)
        })
        .collect();
    list(&mut m, "dpv:hasPersonalData", categories);

    let storage: Vec<Value> = a
        .data_categories
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let r = c.retention.as_ref()?;
            let mut sm = Map::new();
            put(&mut sm, "@type", json!("dpv:StorageDuration"));
            put(&mut sm, "dpv:hasPersonalData", id(&category_iri(i)));
            if let Some(p) = &r.period {
                put(
                    &mut sm,
                    "dpv:hasDuration",
                    json!({
                        "@type": "dpv:TemporalDuration",
                        "rdf:value": { "@value": iso_duration(p.amount, p.unit), "@type": "xsd:duration" }
                    }),
                );
            }
            let criterion = [r.criterion.as_deref(), r.starts_at.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; ");
            if !criterion.is_empty() {
                put(&mut sm, "dct:description", json!(criterion));
            }
            Some(Value::Object(sm))
        })
        .collect();
    list(&mut m, "dpv:hasStorageCondition", storage);

    let mut processors = Vec::new();
    let recipients: Vec<Value> = a
        .recipients
        .iter()
        .map(|r| {
            let ty = match r.role {
                RecipientRole::Processor => "dpv:DataProcessor",
                RecipientRole::SubProcessor => "dpv:DataSubProcessor",
                RecipientRole::JointController | RecipientRole::IndependentController => {
                    "dpv:DataController"
                }
                RecipientRole::PublicAuthority => "dpv:Authority",
                RecipientRole::Internal | RecipientRole::Public => "dpv:Recipient",
            };
            match &r.party {
                Some(key) => {
                    if matches!(
                        r.role,
                        RecipientRole::Processor | RecipientRole::SubProcessor
                    ) {
                        processors.push(id(&party_iri(key)));
                    }
                    let mut rm = node(&party_iri(key), ty);
                    opt(&mut rm, "dct:description", r.description.as_deref());
                    Value::Object(rm)
                }
                None => {
                    let mut rm = Map::new();
                    put(&mut rm, "@type", json!(ty));
                    let text = r.description.clone().unwrap_or_else(|| {
                        let channels: Vec<&str> = r.channels.iter().map(|c| c.code()).collect();
                        channels.join(", ")
                    });
                    put(&mut rm, "dct:title", json!(text));
                    Value::Object(rm)
                }
            }
        })
        .collect();
    list(&mut m, "dpv:hasRecipient", recipients);
    list(&mut m, "dpv:hasDataProcessor", processors);

    let transfers = transfers(a, register, catalogs);
    let mut countries: Vec<Value> = Vec::new();
    for t in &transfers {
        let c = id(&country_iri(&t.country));
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    list(&mut m, "dpv:hasThirdCountry", countries);
    let transfer_nodes: Vec<Value> = transfers
        .iter()
        .map(|t| transfer(t, register, catalogs, laws))
        .collect();
    list(&mut m, "dpv:hasProcess", transfer_nodes);

    let mut toms: Vec<Value> = a.toms.iter().map(|k| id(&tom_iri(k))).collect();
    if let Some(n) = &a.tom_notes {
        toms.push(json!({ "@type": "dpv:TechnicalOrganisationalMeasure", "dct:description": n }));
    }
    list(&mut m, "dpv:hasTechnicalOrganisationalMeasure", toms);

    let d = &a.dpia;
    if d.required == Some(true) || d.done_on.is_some() || d.reference.is_some() {
        let mut dm = Map::new();
        put(&mut dm, "@type", json!("dpv:DPIA"));
        if let Some(done) = d.done_on {
            put(
                &mut dm,
                "dct:date",
                json!({ "@value": done.to_string(), "@type": "xsd:date" }),
            );
        }
        opt(&mut dm, "dct:identifier", d.reference.as_deref());
        opt(&mut dm, "dct:description", d.reason.as_deref());
        put(&mut m, "dpv:hasImpactAssessment", Value::Object(dm));
    }
    Value::Object(m)
}

/// The recorded transfers and those the recipients imply, as the register
/// print's lit. e states them.
fn transfers(a: &ProcessingActivity, register: &Register, catalogs: &Catalogs) -> Vec<Transfer> {
    let mut all = a.transfers.clone();
    all.extend(
        crate::implied_transfers::implied(a, register, catalogs)
            .into_iter()
            .map(|it| Transfer {
                recipient: Some(it.party.key.clone()),
                country: it.country,
                mechanism: it.mechanism,
                ..Transfer::default()
            }),
    );
    all
}

/// A transfer as a process of its own: the transfer (`dpv:Transfer`) to a
/// recipient in a third country on the mechanism's legal basis; for the
/// United States on the adequacy decision with the DPF as well.
fn transfer(t: &Transfer, register: &Register, catalogs: &Catalogs, laws: &mut Laws) -> Value {
    let mut m = Map::new();
    put(&mut m, "@type", json!("dpv:Process"));
    put(&mut m, "dpv:hasProcessing", id("dpv:Transfer"));
    put(&mut m, "dpv:hasThirdCountry", id(&country_iri(&t.country)));
    if let Some(r) = &t.recipient {
        put(&mut m, "dpv:hasRecipient", id(&party_iri(r)));
    }
    let mut bases = Vec::new();
    if let Some(code) = &t.mechanism {
        bases.push(laws.mechanism(code, catalogs));
        let certified = t
            .recipient
            .as_deref()
            .and_then(|r| register.party(r))
            .is_some_and(Party::recorded_dpf_certified);
        if code == "art45" && t.country == "US" && certified {
            bases.push(id(DPF));
        }
    }
    list(&mut m, "dpv:hasLegalBasis", bases);
    if let Some(module) = t.scc_module {
        put(&mut m, "vvt:sccModule", json!(module));
    }
    Value::Object(m)
}

fn date_time(t: chrono::DateTime<chrono::Utc>) -> Value {
    json!({
        "@value": t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "@type": "xsd:dateTime"
    })
}

/// An ISO 8601 duration: `P3M`, `PT24H`.
fn iso_duration(amount: u32, unit: PeriodUnit) -> String {
    match unit {
        PeriodUnit::Hours => format!("PT{amount}H"),
        PeriodUnit::Days => format!("P{amount}D"),
        PeriodUnit::Weeks => format!("P{amount}W"),
        PeriodUnit::Months => format!("P{amount}M"),
        PeriodUnit::Years => format!("P{amount}Y"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_iso_durations() {
        assert_eq!(iso_duration(3, PeriodUnit::Months), "P3M");
        assert_eq!(iso_duration(24, PeriodUnit::Hours), "PT24H");
    }
}
