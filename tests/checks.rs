//! Every rule of `vvt check` on one register where it must fire and one where
//! it must stay silent. The baseline is the fully populated register of the
//! shared fixtures plus a complete entry of the processor's record,
//! corrected until no rule fires, so each test changes only what its rule
//! looks at.

use crate::common;

use std::sync::OnceLock;

use chrono::{NaiveDate, TimeZone, Utc};
use common::*;
use vvt::checks::{check, Finding, Severity};
use vvt::*;

fn catalogs() -> &'static Catalogs {
    static CATALOGS: OnceLock<Catalogs> = OnceLock::new();
    CATALOGS.get_or_init(|| store().catalogs().clone())
}

fn today() -> NaiveDate {
    date(2026, 11, 27)
}

fn findings(r: &Register) -> Vec<Finding> {
    check(r, catalogs(), today())
}

/// The populated register with every gap closed: no rule may fire on it.
pub(crate) fn clean() -> Register {
    let mut r = populated_store()
        .load()
        .expect("the populated register loads");
    let a = &mut r.activities[0];
    // Health data needs an Art. 9(2) condition, the certificate of good
    // conduct an Art. 10 basis and an erasure rule.
    a.purposes[0].legal_bases.push("art9-2-b".into());
    a.purposes[0].legal_bases.push("art10".into());
    // The activity's automated decisions may draw on health data only with
    // explicit consent (Art. 22(4)); the consent purpose records it.
    a.purposes[1].legal_bases.push("art9-2-a".into());
    a.data_categories[1].retention = Some(RetentionRule {
        period: Some(Period {
            amount: 6,
            unit: PeriodUnit::Months,
        }),
        ..RetentionRule::default()
    });
    a.next_review = Some(date(2027, 6, 1));
    // The activity concerns employees: their consent must be voluntary and
    // in text form (§ 26(2) BDSG), which the newsletter's consent records.
    a.purposes[1].consent_given = Some("Double-Opt-in; freiwillig, in Textform".into());
    let changed = Utc
        .with_ymd_and_hms(2026, 10, 1, 9, 0, 0)
        .single()
        .expect("valid time");
    for a in &mut r.activities {
        a.updated_at = changed;
    }
    // The store's own history rows carry the wall clock; the notice of
    // 01.11.2026 must be newer than every change.
    r.history.clear();
    r.organisation.notice_date = Some(date(2026, 11, 1));
    r.processor_activities = vec![processor_entry()];
    r
}

/// A complete entry of the processor's record (Art. 30(2)(a)–(d)): payroll
/// for a client, with a transfer to the DPF-certified host.
fn processor_entry() -> ProcessorActivity {
    let mut e = ProcessorActivity::new("av-1", "Lohnabrechnung", "Kunde GmbH");
    e.controller.address = Some("Kundenweg 5, 10115 Berlin".into());
    e.controller.contact = Some("datenschutz@kunde.example".into());
    e.categories = vec!["Lohn- und Gehaltsabrechnung".into()];
    e.transfers = vec![Transfer {
        recipient: Some("host".into()),
        country: "US".into(),
        mechanism: Some("art46-2-c".into()),
        scc_module: Some(3),
        tia_date: Some(date(2025, 5, 2)),
        ..Transfer::default()
    }];
    e.toms = vec!["tom-tls".into()];
    e
}

pub(crate) fn processor(r: &mut Register) -> &mut ProcessorActivity {
    &mut r.processor_activities[0]
}

pub(crate) fn hr(r: &mut Register) -> &mut ProcessingActivity {
    r.activities
        .iter_mut()
        .find(|a| a.key == "hr")
        .expect("the fixture has activity 'hr'")
}

pub(crate) fn party<'a>(r: &'a mut Register, key: &str) -> &'a mut Party {
    r.parties
        .iter_mut()
        .find(|p| p.key == key)
        .expect("the fixture has the party")
}

fn agreement<'a>(r: &'a mut Register, key: &str) -> &'a mut ProcessorAgreement {
    party(r, key)
        .agreement
        .as_mut()
        .expect("the fixture's parties have agreements")
}

/// Asserts that `rule` fires exactly at (`entity`, `key`, `field`) and
/// returns that finding.
pub(crate) fn fires(
    r: &Register,
    rule: &str,
    entity: EntityKind,
    key: &str,
    field: &str,
) -> Finding {
    let all = findings(r);
    let hits: Vec<&Finding> = all.iter().filter(|f| f.rule == rule).collect();
    let hit = hits
        .iter()
        .find(|f| f.record.entity == entity && f.record.key == key && f.field == field);
    match hit {
        Some(f) => (*f).clone(),
        None => panic!("rule {rule} must fire at {key}/{field}; it gave {hits:#?}"),
    }
}

pub(crate) fn all_findings(r: &Register) -> Vec<Finding> {
    findings(r)
}

pub(crate) fn silent(r: &Register, rule: &str) {
    let all = findings(r);
    let hits: Vec<&Finding> = all.iter().filter(|f| f.rule == rule).collect();
    assert!(hits.is_empty(), "rule {rule} must not fire here: {hits:#?}");
}

pub(crate) const ACT: EntityKind = EntityKind::Activity;
const ORG: EntityKind = EntityKind::Organisation;
const PARTY: EntityKind = EntityKind::Party;
pub(crate) const PROC: EntityKind = EntityKind::ProcessorActivity;

#[test]
fn the_clean_baseline_has_no_findings() {
    let all = findings(&clean());
    assert!(
        all.is_empty(),
        "every other test relies on a baseline without findings: {all:#?}"
    );
}

// ------------------------------------------------------------- transfers ---

#[test]
fn transfer_without_mechanism() {
    let mut r = clean();
    hr(&mut r).transfers[0].mechanism = None;
    let f = fires(
        &r,
        "transfer-no-mechanism",
        ACT,
        "hr",
        "transfers[0].mechanism",
    );
    assert_eq!(f.severity, Severity::Error, "no mechanism is an error");
    assert!(
        f.hint_de.contains("Art. 45"),
        "a DPF-certified recipient is pointed to Art. 45: {}",
        f.hint_de
    );
    hr(&mut r).transfers[0].mechanism = Some("not-a-mechanism".into());
    fires(
        &r,
        "transfer-no-mechanism",
        ACT,
        "hr",
        "transfers[0].mechanism",
    );

    silent(&clean(), "transfer-no-mechanism");
    let mut eea = clean();
    hr(&mut eea).transfers[0].country = "DE".into();
    hr(&mut eea).transfers[0].mechanism = None;
    silent(&eea, "transfer-no-mechanism");
}

#[test]
fn transfer_citing_privacy_shield() {
    let mut r = clean();
    hr(&mut r).transfers[0].mechanism = Some("privacy-shield".into());
    hr(&mut r).transfers[0].note = Some("Früher: EU-US-Privacy-Shield".into());
    party(&mut r, "host")
        .certifications
        .push("EU-US Privacy Shield".into());
    fires(
        &r,
        "transfer-privacy-shield",
        ACT,
        "hr",
        "transfers[0].mechanism",
    );
    fires(
        &r,
        "transfer-privacy-shield",
        ACT,
        "hr",
        "transfers[0].note",
    );
    fires(
        &r,
        "transfer-privacy-shield",
        PARTY,
        "host",
        "certifications[2]",
    );
    silent(&r, "transfer-no-mechanism");

    let mut dpf = clean();
    hr(&mut dpf).transfers[0].note = Some("EU-US Data Privacy Framework".into());
    silent(&dpf, "transfer-privacy-shield");
}

#[test]
fn transfer_naming_old_standard_contractual_clauses() {
    let mut r = clean();
    hr(&mut r).transfers[0].note = Some("SCC nach Beschluss 2010/87/EU".into());
    hr(&mut r).transfers[0].safeguards_copy =
        Some("Kopie der Klauseln (2001/497/EG, 2004/915/EG) beim DSB".into());
    agreement(&mut r, "host").reference = Some("DPA v2 mit SCC 2010/87/EU".into());
    agreement(&mut r, "host").subprocessors[0].task = Some("Support, SCC 2002/16/EG".into());
    let f = fires(&r, "transfer-old-scc", ACT, "hr", "transfers[0].note");
    assert_eq!(f.severity, Severity::Error, "old clauses carry no transfer");
    assert!(
        f.message_de.contains("Beschluss 2010/87/EU")
            && f.message_de.contains("27.12.2022")
            && f.message_de.starts_with("Der Eintrag zur Übermittlung an ")
            && f.hint_en.contains("2021/914"),
        "names the decision found, the cut-off date and the new clauses: {f:#?}"
    );
    let f = fires(
        &r,
        "transfer-old-scc",
        ACT,
        "hr",
        "transfers[0].safeguards_copy",
    );
    assert!(
        f.message_en
            .contains("Decision 2001/497/EC, Decision 2004/915/EC"),
        "every decision a text names: {}",
        f.message_en
    );
    fires(&r, "transfer-old-scc", PARTY, "host", "agreement.reference");
    fires(
        &r,
        "transfer-old-scc",
        PARTY,
        "host",
        "agreement.subprocessors[0].task",
    );

    let mut current = clean();
    hr(&mut current).transfers[0].note =
        Some("SCC (EU) 2021/914, Modul 2; Az. 2010/870 und 12010/87".into());
    silent(&current, "transfer-old-scc");
    silent(&clean(), "transfer-old-scc");
}

#[test]
fn transfer_naming_the_art28_clauses() {
    let mut r = clean();
    hr(&mut r).transfers[0].safeguards_copy =
        Some("Standardvertragsklauseln (EU) 2021/915 auf Anfrage".into());
    let f = fires(
        &r,
        "transfer-art28-clauses",
        ACT,
        "hr",
        "transfers[0].safeguards_copy",
    );
    assert_eq!(
        f.severity,
        Severity::Warning,
        "the text may describe the processor contract"
    );
    assert!(
        f.message_de.contains("kein Übermittlungsinstrument")
            && f.message_en.contains("Art. 28(7)"),
        "{f:#?}"
    );

    // Both decisions of 4 June 2021 named: the contract beside the transfer tool.
    let mut both = clean();
    hr(&mut both).transfers[0].note = Some("AVV nach 2021/915, SCC nach 2021/914 Modul 2".into());
    silent(&both, "transfer-art28-clauses");
    // A processor agreement may rightly rest on the Art. 28(7) clauses.
    let mut agreement_only = clean();
    agreement(&mut agreement_only, "host").reference = Some("AVV (EU) 2021/915".into());
    silent(&agreement_only, "transfer-art28-clauses");
}

#[test]
fn art45_to_a_country_without_adequacy() {
    let mut r = clean();
    hr(&mut r).transfers[0].country = "IN".into();
    hr(&mut r).transfers[0].mechanism = Some("art45".into());
    hr(&mut r).transfers[0].scc_module = None;
    fires(
        &r,
        "transfer-no-adequacy",
        ACT,
        "hr",
        "transfers[0].mechanism",
    );

    let mut ch = r.clone();
    hr(&mut ch).transfers[0].country = "CH".into();
    silent(&ch, "transfer-no-adequacy");
}

#[test]
fn us_recipient_on_adequacy_without_dpf() {
    let mut r = clean();
    hr(&mut r).transfers[0].mechanism = Some("art45".into());
    hr(&mut r).transfers[0].scc_module = None;
    silent(&r, "transfer-us-not-dpf"); // the host is DPF-certified
    party(&mut r, "host").dpf_certified = false;
    let f = fires(
        &r,
        "transfer-us-not-dpf",
        ACT,
        "hr",
        "transfers[0].mechanism",
    );
    assert_recorded_not_asserted(&f);
    hr(&mut r).transfers[0].recipient = None;
    fires(
        &r,
        "transfer-us-not-dpf",
        ACT,
        "hr",
        "transfers[0].recipient",
    );
}

#[test]
fn a_dpf_certification_relied_on_is_checked_every_year() {
    let mut r = clean();
    // The activity's US transfer rests on the adequacy decision.
    hr(&mut r).transfers[0].mechanism = Some("art45".into());
    silent(&r, "dpf-check-outdated"); // checked on 01.09.2026
    party(&mut r, "host").dpf_checked_on = Some(date(2025, 11, 27));
    silent(&r, "dpf-check-outdated"); // exactly a year ago is still current
    party(&mut r, "host").dpf_checked_on = Some(date(2025, 11, 26));
    let f = fires(&r, "dpf-check-outdated", PARTY, "host", "dpf_checked_on");
    assert!(
        f.message_de.contains("zuletzt am 26.11.2025 geprüft"),
        "{}",
        f.message_de
    );
    assert!(
        f.message_en.contains("last checked on 2025-11-26"),
        "{}",
        f.message_en
    );
    party(&mut r, "host").dpf_checked_on = None;
    let f = fires(&r, "dpf-check-outdated", PARTY, "host", "dpf_checked_on");
    assert!(f.message_de.contains("aber nicht, wann das geprüft wurde"));

    // Only a certification some US transfer relies on needs the look-up.
    let mut uncertified = r.clone();
    party(&mut uncertified, "host").dpf_certified = false;
    silent(&uncertified, "dpf-check-outdated");
    let mut no_transfer = r.clone();
    for a in &mut no_transfer.activities {
        a.transfers.clear();
    }
    no_transfer.processor_activities.clear();
    silent(&no_transfer, "dpf-check-outdated");
    // Nor one the transfers do not rest on: clauses instead of the decision,
    // a retired activity, or a party not in the US.
    let mut on_clauses = r.clone();
    for a in &mut on_clauses.activities {
        for t in &mut a.transfers {
            t.mechanism = Some("art46-2-c".into());
        }
    }
    on_clauses.processor_activities.clear();
    silent(&on_clauses, "dpf-check-outdated");
    let mut retired = r.clone();
    for a in &mut retired.activities {
        a.status = ActivityStatus::Retired;
    }
    retired.processor_activities.clear();
    silent(&retired, "dpf-check-outdated");
    let mut elsewhere = r.clone();
    party(&mut elsewhere, "host").country = Some("CA".into());
    silent(&elsewhere, "dpf-check-outdated");
}

/// A party's `dpf_certified` only says whether a certification was
/// recorded: a message may report that, never claim the party is not
/// certified or that no adequacy decision covers it.
fn assert_recorded_not_asserted(f: &Finding) {
    assert!(
        f.message_de
            .contains("nicht als nach dem EU-US Data Privacy Framework zertifiziert erfasst")
            && f.message_en
                .contains("not recorded as certified under the EU-U.S. Data Privacy Framework"),
        "says what the register records: {} / {}",
        f.message_de,
        f.message_en
    );
    for text in [&f.message_de, &f.message_en, &f.hint_de, &f.hint_en] {
        for claim in [
            "nicht zertifiziert",
            "kein für diesen Empfänger geltender Angemessenheitsbeschluss",
            "no adequacy decision applies",
            "is not certified",
            "not marked as certified",
        ] {
            assert!(!text.contains(claim), "claims '{claim}' as a fact: {text}");
        }
    }
}

#[test]
fn art46_transfer_without_tia() {
    let mut r = clean();
    party(&mut r, "host").dpf_certified = false;
    hr(&mut r).transfers[0].tia_date = None;
    let f = fires(&r, "transfer-no-tia", ACT, "hr", "transfers[0].tia_date");
    assert_recorded_not_asserted(&f);
    hr(&mut r).transfers[0].country = "IN".into();
    hr(&mut r).transfers[0].mechanism = Some("art46-2-b".into());
    hr(&mut r).transfers[0].scc_module = None;
    let f = fires(&r, "transfer-no-tia", ACT, "hr", "transfers[0].tia_date");
    assert!(
        f.message_de
            .contains("obwohl für Indien (IN) kein Angemessenheitsbeschluss besteht")
            && f.message_en
                .contains("although there is no adequacy decision for India (IN)"),
        "a country without any decision is named as such: {} / {}",
        f.message_de,
        f.message_en
    );

    // Adequacy covers a certified US recipient, so SCCs need no TIA there;
    // nor does a country with full adequacy.
    let mut certified = clean();
    hr(&mut certified).transfers[0].tia_date = None;
    silent(&certified, "transfer-no-tia");
    let mut ch = certified.clone();
    party(&mut ch, "host").dpf_certified = false;
    hr(&mut ch).transfers[0].country = "CH".into();
    silent(&ch, "transfer-no-tia");
}

#[test]
fn art49_second_subparagraph_without_documentation() {
    let mut r = clean();
    let t = &mut hr(&mut r).transfers[0];
    t.mechanism = Some("art49-1-2".into());
    t.scc_module = None;
    t.derogation_documentation = None;
    fires(
        &r,
        "transfer-derogation-undocumented",
        ACT,
        "hr",
        "transfers[0].derogation_documentation",
    );

    let mut documented = r.clone();
    hr(&mut documented).transfers[0].derogation_documentation =
        Some("Einmalige Übermittlung, Abwägung vom 01.02.2026".into());
    silent(&documented, "transfer-derogation-undocumented");
    let mut consent = r.clone();
    hr(&mut consent).transfers[0].mechanism = Some("art49-1-a".into());
    silent(&consent, "transfer-derogation-undocumented");
}

// ------------------------------------------------------------ processors ---

#[test]
fn processor_without_signed_agreement() {
    let mut r = clean();
    agreement(&mut r, "host").signed_on = None;
    let f = fires(
        &r,
        "processor-no-agreement",
        PARTY,
        "host",
        "agreement.signed_on",
    );
    assert!(
        f.message_de.contains("hr"),
        "names the activity: {}",
        f.message_de
    );
    party(&mut r, "host").agreement = None;
    fires(&r, "processor-no-agreement", PARTY, "host", "agreement");

    // "sub" is named as processor nowhere, so it needs no agreement of ours.
    let mut r = clean();
    party(&mut r, "sub").agreement = None;
    silent(&r, "processor-no-agreement");
}

#[test]
fn processor_agreement_lacking_art28_points() {
    let mut r = clean();
    agreement(&mut r, "host")
        .covers
        .retain(|p| !matches!(p, Art28Point::C | Art28Point::H));
    let f = fires(
        &r,
        "processor-agreement-incomplete",
        PARTY,
        "host",
        "agreement.covers",
    );
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message_de.contains("lit. c und h") && f.message_en.contains("(c) and (h)"),
        "lists exactly the missing points: {} / {}",
        f.message_de,
        f.message_en
    );
    silent(&clean(), "processor-agreement-incomplete");
}

#[test]
fn processor_not_obliged_to_professional_secrecy() {
    // The populated register's organisation is bound by § 203 StGB and
    // its processor "host" is obliged to secrecy.
    let mut r = clean();
    assert!(
        r.organisation.professional_secrecy,
        "the fixture is a § 203 controller"
    );
    agreement(&mut r, "host").secrecy_obligation = false;
    let f = fires(
        &r,
        "processor-secrecy-obligation-missing",
        PARTY,
        "host",
        "agreement.secrecy_obligation",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message_de.contains("§ 203 StGB") && f.message_en.contains("Section 203 StGB"),
        "says why: {} / {}",
        f.message_de,
        f.message_en
    );
    silent(&clean(), "processor-secrecy-obligation-missing");

    // A controller not bound by professional secrecy needs no such clause.
    r.organisation.professional_secrecy = false;
    silent(&r, "processor-secrecy-obligation-missing");

    // "sub" is named as processor nowhere: no obligation of ours to record.
    let mut r = clean();
    agreement(&mut r, "sub").secrecy_obligation = false;
    silent(&r, "processor-secrecy-obligation-missing");
}

#[test]
fn subprocessor_in_third_country_without_mechanism() {
    let mut r = clean();
    agreement(&mut r, "host").subprocessors[0].mechanism = None;
    fires(
        &r,
        "subprocessor-transfer-no-mechanism",
        PARTY,
        "host",
        "agreement.subprocessors[0].mechanism",
    );
    agreement(&mut r, "host").subprocessors[0].country = None; // falls back to the party's seat
    party(&mut r, "sub").dpf_certified = false;
    fires(
        &r,
        "subprocessor-transfer-no-mechanism",
        PARTY,
        "host",
        "agreement.subprocessors[0].mechanism",
    );
    agreement(&mut r, "host").subprocessors[0].mechanism = Some("art45".into());
    let f = fires(
        &r,
        "subprocessor-transfer-no-mechanism",
        PARTY,
        "host",
        "agreement.subprocessors[0].mechanism",
    );
    assert!(
        f.message_de.contains(
            "der Unterauftragsverarbeiter nicht als nach dem EU-US Data \
             Privacy Framework zertifiziert erfasst ist"
        ) && f
            .message_en
            .contains("the sub-processor is not recorded as certified"),
        "Art. 45 for a US sub-processor: what is recorded, not a claim: {} / {}",
        f.message_de,
        f.message_en
    );

    for country in ["CH", "FR"] {
        let mut r = clean();
        let s = &mut agreement(&mut r, "host").subprocessors[0];
        s.mechanism = None;
        s.country = Some(country.into());
        silent(&r, "subprocessor-transfer-no-mechanism");
    }
}

#[test]
fn recipient_processing_in_a_third_country_without_a_recorded_transfer() {
    let mut r = clean();
    // The host sits in the US and the activity records its transfer there.
    silent(&r, "recipient-transfer-not-recorded");

    // A processing country of the party implies a transfer of its own.
    party(&mut r, "host").processing_countries = vec!["IN".into()];
    let f = fires(
        &r,
        "recipient-transfer-not-recorded",
        ACT,
        "hr",
        "recipients[1].party",
    );
    assert!(
        f.message_de.contains("Indien") && f.message_de.contains("Verarbeitungsort"),
        "{}",
        f.message_de
    );
    assert!(f.message_en.contains("India"), "{}", f.message_en);
    // Recording the transfer there ends it.
    let mut recorded = r.clone();
    let mut t = hr(&mut recorded).transfers[0].clone();
    t.country = "IN".into();
    hr(&mut recorded).transfers.push(t);
    silent(&recorded, "recipient-transfer-not-recorded");
    // A country in the EEA or with a full adequacy decision is no finding.
    for country in ["FR", "CH", "NZ"] {
        let mut r = clean();
        party(&mut r, "host").processing_countries = vec![country.into()];
        silent(&r, "recipient-transfer-not-recorded");
    }
    // Nor is a retired activity.
    let mut retired = r.clone();
    hr(&mut retired).status = ActivityStatus::Retired;
    silent(&retired, "recipient-transfer-not-recorded");

    // The seat: with no transfer to the host recorded at all, its US seat
    // is one, unless the DPF certification covers it.
    let mut seat = clean();
    hr(&mut seat).transfers.clear();
    silent(&seat, "recipient-transfer-not-recorded"); // DPF-certified
    party(&mut seat, "host").dpf_certified = false;
    let f = fires(
        &seat,
        "recipient-transfer-not-recorded",
        ACT,
        "hr",
        "recipients[1].party",
    );
    assert!(
        f.message_en.contains("has its seat there"),
        "{}",
        f.message_en
    );

    // A German provider hosting in the US (issue 18): DPF certification
    // recorded on the party covers its US processing as it does a US seat.
    let mut hosted = clean();
    hr(&mut hosted).transfers.clear();
    let host = party(&mut hosted, "host");
    host.country = Some("DE".into());
    host.processing_countries = vec!["US".into()];
    host.dpf_certified = false;
    fires(
        &hosted,
        "recipient-transfer-not-recorded",
        ACT,
        "hr",
        "recipients[1].party",
    );
    party(&mut hosted, "host").dpf_certified = true;
    silent(&hosted, "recipient-transfer-not-recorded");
}

#[test]
fn subprocessor_named_but_listed_in_no_agreement() {
    let mut r = clean();
    hr(&mut r).recipients.push(Recipient {
        role: RecipientRole::SubProcessor,
        party: Some("sub".into()),
        ..Recipient::default()
    });
    silent(&r, "subprocessor-not-listed"); // host's agreement lists it
    agreement(&mut r, "host").subprocessors.clear();
    fires(
        &r,
        "subprocessor-not-listed",
        ACT,
        "hr",
        "recipients[2].party",
    );
}

#[test]
fn processor_agreement_review_overdue() {
    let mut r = clean();
    agreement(&mut r, "host").next_review = Some(date(2026, 11, 26));
    fires(
        &r,
        "agreement-review-overdue",
        PARTY,
        "host",
        "agreement.next_review",
    );
    agreement(&mut r, "host").next_review = Some(today());
    silent(&r, "agreement-review-overdue");
}

// ----------------------------------------------------------- legal bases ---

#[test]
fn purpose_without_legal_basis() {
    let mut r = clean();
    hr(&mut r).purposes[1].legal_bases.clear();
    fires(
        &r,
        "purpose-no-legal-basis",
        ACT,
        "hr",
        "purposes[1].legal_bases",
    );
    let mut other = clean();
    hr(&mut other).purposes[1].legal_bases = vec!["other".into()];
    fires(
        &other,
        "purpose-no-legal-basis",
        ACT,
        "hr",
        "purposes[1].legal_basis_note",
    );
    hr(&mut other).purposes[1].legal_basis_note = Some("§ 147 AO".into());
    silent(&other, "purpose-no-legal-basis");
}

#[test]
fn legitimate_interests_not_stated() {
    let mut r = clean();
    hr(&mut r).purposes[1].legitimate_interests = None;
    fires(
        &r,
        "legitimate-interest-missing",
        ACT,
        "hr",
        "purposes[1].legitimate_interests",
    );
    silent(&clean(), "legitimate-interest-missing");
}

#[test]
fn consent_without_withdrawal() {
    let mut r = clean();
    hr(&mut r).purposes[1].consent_withdrawal = None;
    fires(
        &r,
        "consent-no-withdrawal",
        ACT,
        "hr",
        "purposes[1].consent_withdrawal",
    );
    let mut explicit = clean();
    hr(&mut explicit).purposes[0]
        .legal_bases
        .push("art9-2-a".into());
    fires(
        &explicit,
        "consent-no-withdrawal",
        ACT,
        "hr",
        "purposes[0].consent_withdrawal",
    );
    silent(&clean(), "consent-no-withdrawal");
}

#[test]
fn special_categories_without_art9_condition() {
    let mut r = clean();
    for p in &mut hr(&mut r).purposes {
        p.legal_bases.retain(|b| !b.starts_with("art9-2-"));
    }
    // The fixture ties Art. 9(2)(b) to the health data itself: that covers it.
    silent(&r, "special-data-no-art9");
    hr(&mut r).data_categories[0].conditions.clear();
    fires(
        &r,
        "special-data-no-art9",
        ACT,
        "hr",
        "data_categories[0].special",
    );
    hr(&mut r).purposes[1].legal_bases.push("bdsg-22".into());
    silent(&r, "special-data-no-art9");
    hr(&mut r).purposes[1]
        .legal_bases
        .retain(|b| b != "bdsg-22");
    hr(&mut r).data_categories[0].conditions = vec!["bdsg-22".into()];
    silent(&r, "special-data-no-art9");
}

#[test]
fn criminal_data_without_art10() {
    let mut r = clean();
    hr(&mut r).purposes[0].legal_bases.retain(|b| b != "art10");
    silent(&r, "criminal-data-no-art10");
    hr(&mut r).data_categories[1].conditions.clear();
    fires(
        &r,
        "criminal-data-no-art10",
        ACT,
        "hr",
        "data_categories[1].criminal",
    );
    silent(&clean(), "criminal-data-no-art10");
}

#[test]
fn bdsg26_as_the_only_basis() {
    let mut r = clean();
    hr(&mut r).purposes[0]
        .legal_bases
        .retain(|b| b != "art6-1-b");
    let f = fires(&r, "bdsg26-alone", ACT, "hr", "purposes[0].legal_bases");
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.source_de.contains("C-34/21"), "cites the judgment");
    silent(&clean(), "bdsg26-alone"); // § 26 BDSG beside Art. 6(1)(b)
}

#[test]
fn tdddg25_as_the_only_basis() {
    let mut r = clean();
    hr(&mut r).purposes[1].legal_bases = vec!["tdddg-25".into()];
    let f = fires(&r, "tdddg25-alone", ACT, "hr", "purposes[1].legal_bases");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.hint_de.contains("Art. 6 Abs. 1 DSGVO") && f.hint_en.contains("Art. 6(1) GDPR"),
        "points to the Art. 6 basis the processing needs: {f:#?}"
    );
    silent(&r, "purpose-no-legal-basis"); // § 25 TDDDG is a basis in the catalog
    hr(&mut r).purposes[1].legal_bases.push("art6-1-a".into());
    silent(&r, "tdddg25-alone");
    silent(&clean(), "tdddg25-alone");
}

#[test]
fn legal_obligation_or_public_task_without_provision() {
    let mut r = clean();
    hr(&mut r).purposes[1].legal_bases = vec!["art6-1-c".into(), "art6-1-e".into()];
    let f = fires(
        &r,
        "legal-basis-no-provision",
        ACT,
        "hr",
        "purposes[1].legal_basis_note",
    );
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message_de
            .contains("Art. 6 Abs. 1 lit. c DSGVO und Art. 6 Abs. 1 lit. e DSGVO")
            && f.message_en
                .contains("Art. 6(1)(c) GDPR and Art. 6(1)(e) GDPR"),
        "names the bases cited: {} / {}",
        f.message_de,
        f.message_en
    );
    // Purpose 0 cites Art. 6(1)(b) only; its note does not matter here.
    hr(&mut r).purposes[0].legal_basis_note = None;
    let all = findings(&r);
    assert_eq!(
        all.iter()
            .filter(|f| f.rule == "legal-basis-no-provision")
            .count(),
        1,
        "only the purpose citing (c) or (e): {all:#?}"
    );

    let mut named = r.clone();
    hr(&mut named).purposes[1].legal_basis_note = Some("§ 147 AO".into());
    silent(&named, "legal-basis-no-provision");
    // "Other legal basis" without its note has a finding of its own.
    let mut other = r.clone();
    hr(&mut other).purposes[1].legal_bases.push("other".into());
    silent(&other, "legal-basis-no-provision");
    fires(
        &other,
        "purpose-no-legal-basis",
        ACT,
        "hr",
        "purposes[1].legal_basis_note",
    );
    silent(&clean(), "legal-basis-no-provision");
}

#[test]
fn public_body_relying_on_legitimate_interests() {
    let mut r = clean();
    r.organisation.controller.public_body = true;
    let f = fires(
        &r,
        "public-body-legitimate-interest",
        ACT,
        "hr",
        "purposes[1].legal_bases",
    );
    assert_eq!(f.severity, Severity::Warning);
    silent(&clean(), "public-body-legitimate-interest");
}

// -------------------------------------------------------- record keeping ---

#[test]
fn data_category_without_retention() {
    let mut r = clean();
    hr(&mut r).data_categories[0].retention = None;
    fires(
        &r,
        "retention-missing",
        ACT,
        "hr",
        "data_categories[0].retention",
    );
    silent(&clean(), "retention-missing");
}

#[test]
fn no_toms_referenced() {
    let mut r = clean();
    hr(&mut r).toms.clear();
    let described = r.clone();
    hr(&mut r).tom_notes = None;
    fires(&r, "toms-missing", ACT, "hr", "toms");
    hr(&mut r).toms.push("no-such-tom".into()); // a dangling key protects nothing
    fires(&r, "toms-missing", ACT, "hr", "toms");
    silent(&described, "toms-missing"); // a general description is enough (30(1)(g))
}

#[test]
fn dpia_indicators_without_decision() {
    let mut r = clean();
    hr(&mut r).dpia = Dpia::default();
    let f = fires(&r, "dpia-undecided", ACT, "hr", "dpia.required");
    assert!(
        f.message_de.contains("besondere Kategorien"),
        "names the indicator: {}",
        f.message_de
    );

    let mut plain = r.clone();
    let a = hr(&mut plain);
    a.data_categories.iter_mut().for_each(|c| {
        c.special = false;
        c.criminal = false;
    });
    a.automated_decisions = Some(AutomatedDecisions::None);
    silent(&plain, "dpia-undecided");
    hr(&mut plain).name = "Videoüberwachung des Eingangs".into();
    fires(&plain, "dpia-undecided", ACT, "hr", "dpia.required");

    silent(&clean(), "dpia-undecided"); // decided: required, done
}

#[test]
fn activity_review_overdue() {
    let mut r = clean();
    hr(&mut r).next_review = Some(date(2026, 1, 1));
    fires(&r, "review-overdue", ACT, "hr", "next_review");
    hr(&mut r).status = ActivityStatus::Retired;
    silent(&r, "review-overdue");
    silent(&clean(), "review-overdue");
}

// ---------------------------------------------------------------- header ---

#[test]
fn controller_contact_incomplete() {
    let mut r = clean();
    r.organisation.controller.email = None;
    r.organisation.controller.address = Some("  ".into());
    fires(
        &r,
        "controller-contact-missing",
        ORG,
        "organisation",
        "controller.address",
    );
    silent(&clean(), "controller-contact-missing");
}

/// A postal address meets Art. 13(1)(a); the e-mail address is recommended,
/// so its absence is a warning of a rule of its own.
#[test]
fn controller_email_is_recommended() {
    let mut r = clean();
    r.organisation.controller.email = None;
    let f = fires(
        &r,
        "controller-email-missing",
        ORG,
        "organisation",
        "controller.email",
    );
    assert_eq!(f.severity, Severity::Warning);
    let all = findings(&r);
    assert!(
        !all.iter()
            .any(|f| f.rule == "controller-contact-missing" && f.field == "controller.email"),
        "no longer an error of the contact rule"
    );
    silent(&clean(), "controller-email-missing");
}

#[test]
fn dpo_missing_or_unreachable() {
    let mut r = clean();
    r.organisation.dpo = None;
    fires(&r, "dpo-contact-missing", ORG, "organisation", "dpo");
    r.organisation.dpo = Some(Dpo {
        name: "Datenschutzbeauftragte".into(),
        ..Dpo::default()
    });
    fires(&r, "dpo-contact-missing", ORG, "organisation", "dpo.email");

    let mut mail_only = clean();
    mail_only.organisation.dpo = Some(Dpo {
        name: "Datenschutzbeauftragte".into(),
        email: Some("dsb@muster.example".into()),
        ..Dpo::default()
    });
    silent(&mail_only, "dpo-contact-missing");
}

/// A register whose organisation designates no DPO and records why.
fn without_dpo() -> Register {
    let mut r = clean();
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason =
        Some("Weniger als 20 Personen verarbeiten ständig personenbezogene Daten".into());
    for a in &mut r.activities {
        a.dpia.required = Some(false);
        // The fixture's threshold analysis meets two WP248 criteria, which
        // would make the DPIA required all the same.
        a.dpia.threshold.clear();
    }
    r
}

#[test]
fn a_threshold_analysis_that_requires_a_dpia_needs_a_dpo_too() {
    let mut r = without_dpo();
    r.activities[0].dpia.threshold = [("art35-3-c".to_owned(), true)].into_iter().collect();
    r.activities[0].dpia.required = None;
    fires(
        &r,
        "dpo-required-dpia",
        ORG,
        "organisation",
        "no_dpo_reason",
    );
}

#[test]
fn a_dpia_recorded_as_not_required_against_its_threshold_analysis() {
    let mut r = clean();
    let key = r.activities[0].key.clone();
    // The populated activity's analysis meets two WP248 criteria (4 and 7).
    r.activities[0].dpia.required = Some(false);
    let f = fires(
        &r,
        "dpia-threshold-contradiction",
        ACT,
        &key,
        "dpia.required",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message_en.contains("2 WP248 criteria met (4, 7)"),
        "{}",
        f.message_en
    );

    // Lawful: the decision agrees, or the analysis does not require one.
    r.activities[0].dpia.required = Some(true);
    silent(&r, "dpia-threshold-contradiction");
    r.activities[0].dpia.required = Some(false);
    r.activities[0]
        .dpia
        .threshold
        .insert("wp248-vulnerable".into(), false);
    silent(&r, "dpia-threshold-contradiction");
}

#[test]
fn a_recorded_reason_for_no_dpo_satisfies_the_dpo_rule() {
    let r = without_dpo();
    silent(&r, "dpo-contact-missing");
    silent(&r, "dpo-required-public-body");
    silent(&r, "dpo-required-dpia");

    let mut blank_reason = without_dpo();
    blank_reason.organisation.no_dpo_reason = Some("  ".into());
    fires(
        &blank_reason,
        "dpo-contact-missing",
        ORG,
        "organisation",
        "dpo",
    );
}

#[test]
fn a_public_body_needs_a_dpo_whatever_the_reason() {
    let mut r = without_dpo();
    r.organisation.controller.public_body = true;
    let f = fires(&r, "dpo-required-public-body", ORG, "organisation", "dpo");
    assert_eq!(f.source_en, "Art. 37(1)(a) GDPR");
    silent(&r, "dpo-contact-missing");

    let mut no_reason = r.clone();
    no_reason.organisation.no_dpo_reason = None;
    fires(
        &no_reason,
        "dpo-required-public-body",
        ORG,
        "organisation",
        "dpo",
    );
    silent(&no_reason, "dpo-contact-missing");

    let mut with_dpo = clean();
    with_dpo.organisation.controller.public_body = true;
    silent(&with_dpo, "dpo-required-public-body");
}

#[test]
fn a_required_dpia_not_carried_out_before_processing_runs() {
    let mut r = clean();
    hr(&mut r).dpia.required = Some(true);
    hr(&mut r).dpia.done_on = None;
    let f = fires(&r, "dpia-not-done", ACT, "hr", "dpia.done_on");
    assert_eq!(f.severity, Severity::Error);
    hr(&mut r).status = ActivityStatus::Draft;
    silent(&r, "dpia-not-done"); // not processing yet
    hr(&mut r).status = ActivityStatus::Active;
    hr(&mut r).dpia.done_on = Some(date(2026, 1, 15));
    silent(&r, "dpia-not-done");
    hr(&mut r).dpia.required = Some(false);
    hr(&mut r).dpia.done_on = None;
    silent(&r, "dpia-not-done");
}

#[test]
fn processing_that_needs_a_dpia_needs_a_dpo() {
    let mut r = without_dpo();
    hr(&mut r).dpia.required = Some(true);
    let f = fires(
        &r,
        "dpo-required-dpia",
        ORG,
        "organisation",
        "no_dpo_reason",
    );
    assert!(
        f.message_de.contains("für hr ist") && f.message_en.contains("but hr requires"),
        "names the activity: {}",
        f.message_de
    );
    assert!(f.source_de.contains("§ 38 Abs. 1 Satz 2 BDSG"));

    hr(&mut r).status = ActivityStatus::Retired;
    silent(&r, "dpo-required-dpia");

    let mut with_dpo = clean();
    hr(&mut with_dpo).dpia.required = Some(true);
    silent(&with_dpo, "dpo-required-dpia");
}

#[test]
fn supervisory_authority_missing() {
    let mut r = clean();
    r.organisation.authority = None;
    fires(&r, "authority-missing", ORG, "organisation", "authority");
    r.organisation.authority = Some("DE-XX".into());
    fires(&r, "authority-missing", ORG, "organisation", "authority");
    silent(&clean(), "authority-missing");
}

#[test]
fn supervisory_authority_for_the_other_kind_of_controller() {
    let rule = "authority-sector-mismatch";
    // A public body under the Bavarian authority for private bodies (the
    // review's rich.json).
    let mut r = clean();
    r.organisation.controller.public_body = true;
    r.organisation.authority = Some("DE-BY-private".into());
    let f = fires(&r, rule, ORG, "organisation", "authority");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message_de
            .contains("als öffentliche Stelle gekennzeichnet")
            && f.message_de.contains("(BayLDA)")
            && f.message_en.contains("marked as a public body")
            && f.message_en.contains("(BayLDA)"),
        "names the controller's kind and the authority: {f:#?}"
    );
    assert!(
        f.hint_de.contains("(BayLfD)") && f.hint_en.contains("(BayLfD)"),
        "points to the Bavarian authority for public bodies: {f:#?}"
    );
    assert!(
        f.source_de.contains("§§ 9, 40 BDSG") && f.source_en.contains("Art. 13(2)(d)"),
        "{f:#?}"
    );
    r.organisation.authority = Some("DE-BY-public".into());
    silent(&r, rule);

    // A company under the Bavarian authority for public bodies.
    let mut company = clean();
    company.organisation.authority = Some("DE-BY-public".into());
    let f = fires(&company, rule, ORG, "organisation", "authority");
    assert!(
        f.message_de
            .contains("nicht als öffentliche Stelle gekennzeichnet")
            && f.message_de.contains("(BayLfD)")
            && f.hint_de.contains("(BayLDA)")
            && !f.hint_de.contains("TDDDG"),
        "{f:#?}"
    );
    // A company under the BfDI: right for telecommunications and postal
    // services and the Federation's competing undertakings, which the hint says.
    company.organisation.authority = Some("DE-BfDI".into());
    let f = fires(&company, rule, ORG, "organisation", "authority");
    assert!(
        f.hint_de.contains("§ 29 TDDDG")
            && f.hint_de.contains("Post")
            && f.hint_en.contains("Section 29 TDDDG")
            && f.hint_en.contains("postal")
            && f.hint_de.contains("§ 9 Abs. 1 Satz 1 BDSG")
            && f.hint_de.contains("§ 40 BDSG"),
        "the BfDI's telecommunications and postal companies are a legitimate case: {f:#?}"
    );
    assert!(
        !f.message_de.contains("nur") && !f.message_en.contains("only"),
        "the message must not claim the BfDI supervises public bodies only: {f:#?}"
    );
    company.organisation.controller.public_body = true;
    silent(&company, rule); // a federal public body

    // An authority for every kind of controller fits both.
    let mut all = clean();
    silent(&all, rule); // DE-BW, not a public body
    all.organisation.controller.public_body = true;
    silent(&all, rule);
    // No authority, or one the catalog does not know: authority-missing's case.
    all.organisation.authority = None;
    silent(&all, rule);
    all.organisation.authority = Some("DE-XX".into());
    silent(&all, rule);
    fires(&all, "authority-missing", ORG, "organisation", "authority");
}

#[test]
fn register_changed_after_the_last_notice() {
    let mut r = clean();
    r.organisation.notice_date = Some(date(2026, 9, 30));
    let f = fires(&r, "notice-outdated", ORG, "organisation", "notice_date");
    assert_eq!(f.severity, Severity::Info);
    assert!(f.message_de.contains("30.09.2026"), "{}", f.message_de);

    // A publication after the change counts, whatever notice_date says.
    let markdown = "# Hinweise".to_owned();
    r.publications.push(Publication {
        id: 1,
        lang: Lang::De,
        published_at: Utc
            .with_ymd_and_hms(2026, 10, 2, 12, 0, 0)
            .single()
            .expect("valid time"),
        user: "dsb".into(),
        content_hash: vvt::store::content_hash(&markdown),
        html: String::new(),
        template_hash: None,
        markdown,
    });
    silent(&r, "notice-outdated");
    silent(&clean(), "notice-outdated");
}

#[test]
fn notice_never_published() {
    let mut r = clean();
    r.organisation.notice_date = None;
    fires(&r, "notice-unpublished", ORG, "organisation", "notice_date");
    silent(&r, "notice-outdated");
    silent(&clean(), "notice-unpublished");
}

#[test]
fn joint_controller_without_arrangement() {
    let mut r = clean();
    r.organisation.joint_controllers[0].arrangement = None;
    fires(
        &r,
        "joint-controller-no-arrangement",
        ORG,
        "organisation",
        "joint_controllers[0].arrangement",
    );

    // Named as recipient, but no joint control in the header covers "hr".
    let mut r = clean();
    hr(&mut r).recipients.push(Recipient {
        role: RecipientRole::JointController,
        description: Some("Partner GmbH".into()),
        ..Recipient::default()
    });
    silent(&r, "joint-controller-no-arrangement");
    r.organisation.joint_controllers[0].activities = vec!["elsewhere".into()];
    fires(
        &r,
        "joint-controller-no-arrangement",
        ACT,
        "hr",
        "recipients[2].role",
    );
}
