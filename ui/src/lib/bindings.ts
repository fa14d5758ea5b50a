// Generated from the Rust types by src-tauri/tests/bindings.rs; do not edit.
// Run `VVT_UPDATE_BINDINGS=1 cargo test -p vvt-desktop --test bindings` after changing a Rust type.

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

/**
 * The two languages of the UI and of every document; German is the default.
 */
export type Lang = "de" | "en";

/**
 * A whole register: the header, the organisation-wide catalogs the DPO keeps
 * (parties, TOMs), every processing activity and the change history.
 */
export type Register = { organisation: Organisation, toms: Array<Tom>, parties: Array<Party>, activities: Array<ProcessingActivity>, history: Array<ChangeRecord>,
/**
 * Published versions of the public notice, oldest first.
 */
publications: Array<Publication>,
/**
 * The processor's record (Art. 30(2)): processing done on behalf of
 * other controllers. Left out of the JSON when empty, so registers
 * without one export exactly as before.
 */
processor_activities?: Array<ProcessorActivity>,
/**
 * The register's texts in English (format version 8): an overlay keyed
 * by record and field, see `crate::translation`. Left out of the JSON
 * when empty.
 */
translations?: Array<Translation>, };

export type Organisation = { controller: Controller, dpo: Dpo | null,
/**
 * Why no data protection officer is designated (Art. 37 GDPR, § 38
 * BDSG), for organisations not obliged to; only with `dpo` empty.
 */
no_dpo_reason: string | null,
/**
 * How many persons are as a rule constantly engaged in the automated
 * processing of personal data (§ 38(1) sentence 1 BDSG: from 20 a
 * non-public body must designate a DPO). `None` means not recorded.
 */
persons_processing: number | null,
/**
 * EU representative (Art. 27), only for controllers outside the Union.
 */
representative: ContactParty | null, joint_controllers: Array<JointController>,
/**
 * Code of the competent supervisory authority in the catalog, e.g. `DE-BW`.
 */
authority: string | null,
/**
 * Date ("Stand") of the public notice currently in force, when it was
 * published outside VVT's own publication history.
 */
notice_date: string | null,
/**
 * The general rule for deleting personal data ("when no longer
 * needed, unless a statutory retention period applies"); public: the
 * notice states it beside the periods per category.
 */
deletion_rule?: string | null,
/**
 * The controller is bound by professional secrecy under § 203 StGB
 * (physicians, lawyers, tax advisors …): its processors must be obliged
 * to confidentiality (§ 203(4) sentence 2 no. 1 StGB). Format version 5.
 */
professional_secrecy: boolean,
/**
 * Optimistic-locking counter; raised by the store on every save.
 */
version: number, };

export type Controller = { name: string, address: string | null, email: string | null, phone: string | null, website: string | null,
/**
 * Public bodies may not rely on Art. 6(1)(f) for their tasks and fall
 * under a different supervisory authority in some Länder.
 */
public_body: boolean, };

export type Dpo = {
/**
 * A person's name or a function ("Datenschutzbeauftragter").
 */
name: string, external: boolean,
/**
 * For an external DPO: the firm they work for.
 */
organisation: string | null, address: string | null, email: string | null, phone: string | null, };

/**
 * Someone named in the header with contact details (representative).
 */
export type ContactParty = { name: string, address: string | null, email: string | null, phone: string | null, };

export type JointController = { name: string, address: string | null, contact: string | null,
/**
 * The essence of the Art. 26 arrangement, which must be made available
 * to data subjects (Art. 26(2)).
 */
arrangement: string | null,
/**
 * Keys of the activities the joint control covers; empty means all.
 */
activities: Array<string>, };

export type ProcessingActivity = {
/**
 * Stable short key, e.g. `VT-001` or `meetings-jitsi`.
 */
key: string, name: string, description: string | null, department: string | null, contact_person: string | null, status: ActivityStatus, purposes: Array<Purpose>, data_subjects: Array<string>,
/**
 * The groups of the catalog the data subjects belong to, beside the
 * free-text categories above (format version 5).
 */
data_subject_groups: Array<SubjectGroup>, data_categories: Array<DataCategory>, source: DataSource,
/**
 * Art. 13(2)(e); `None` means not recorded.
 */
provision: ProvisionRequirement | null,
/**
 * Art. 13(2)(f), Art. 22; `None` means not recorded.
 */
automated_decisions: AutomatedDecisions | null,
/**
 * How the data subjects are informed (Art. 13/14): in the public
 * notice, in a notice of their own, or not at all under an exemption.
 */
information: Information, recipients: Array<Recipient>, transfers: Array<Transfer>,
/**
 * Cookies, device storage and third-party content of a website or app
 * (§ 25 TDDDG), the notice's cookie table (format version 7).
 */
embeds: Array<Embed>,
/**
 * Keys into the organisation-wide TOM catalog.
 */
toms: Array<string>, tom_notes: string | null, dpia: Dpia, created_at: string, updated_at: string,
/**
 * Who sees the data, in words data subjects understand ("alle
 * Teilnehmenden eines Meetings"); public: the notice states it.
 */
access?: string | null, last_reviewed: string | null, next_review: string | null, notes: string | null,
/**
 * Optimistic-locking counter; raised by the store on every save.
 */
version: number, };

export type ActivityStatus = "draft" | "active" | "retired";

export type SubjectGroup = "employees" | "applicants" | "customers" | "prospects" | "patients" | "children" | "residents" | "website_visitors" | "users" | "members" | "participants" | "business_contacts";

/**
 * A purpose with the legal bases it rests on (Art. 30(1)(b), 13(1)(c)).
 */
export type Purpose = { description: string,
/**
 * Codes from the legal-basis catalog, e.g. `art6-1-b`, `bdsg-26`.
 */
legal_bases: Array<string>,
/**
 * Free-text reference to national or sector law, e.g. "§ 147 AO".
 */
legal_basis_note: string | null,
/**
 * The legitimate interests pursued, required for Art. 6(1)(f) (13(1)(d)).
 */
legitimate_interests: string | null,
/**
 * For consent: how it is given.
 */
consent_given: string | null,
/**
 * For consent: how it is withdrawn (Art. 7(3)).
 */
consent_withdrawal: string | null,
/**
 * The purpose is direct marketing: data subjects may object at any
 * time without giving reasons (Art. 21(2)/(3) GDPR).
 */
direct_marketing: boolean, };

/**
 * A category of personal data (Art. 30(1)(c)) with its erasure rule (30(1)(f)).
 */
export type DataCategory = { name: string, description: string | null,
/**
 * Special category under Art. 9(1).
 */
special: boolean,
/**
 * Data relating to criminal convictions and offences (Art. 10).
 */
criminal: boolean,
/**
 * The conditions that lift the ban on this category: codes of the
 * legal-basis catalog of Art. 9(2) (or § 22(1) BDSG) for special data,
 * of Art. 10 for criminal-offence data. Format version 5; empty means
 * not recorded for the category (a purpose's may still cover it).
 */
conditions: Array<string>, retention: RetentionRule | null, };

/**
 * How long a data category is kept and how it is erased.
 */
export type RetentionRule = {
/**
 * A fixed period, where one applies.
 */
period: Period | null,
/**
 * The criterion, where the period is not fixed ("solange das Team besteht").
 */
criterion: string | null,
/**
 * The event the period counts from, from the catalog; `None` means
 * not recorded (registers before format version 5 hold only the text).
 */
start_event: RetentionStart | null,
/**
 * The event the period counts from in words ("Ende des Meetings"):
 * the catalog event said precisely, or the event itself for `other`.
 */
starts_at: string | null,
/**
 * How the data is erased ("automatisch", "manuell durch die IT").
 */
deletion: string | null,
/**
 * Whether the data is erased or its processing restricted when the
 * period runs out; `None` means not recorded.
 */
at_end: RetentionEnd | null, };

/**
 * The event a retention period starts with. The free text `starts_at`
 * beside it stays for what the catalog cannot say ("Ende des
 * Online-Meetings" is an `end_of_session`).
 */
export type RetentionStart = "creation" | "end_of_contract" | "end_of_employment" | "end_of_treatment" | "end_of_procedure" | "end_of_session" | "end_of_use" | "end_of_calendar_year" | "withdrawal_of_consent" | "purpose_achieved" | "other";

/**
 * What happens to the data when the period runs out.
 */
export type RetentionEnd = "erasure" | "restriction";

export type Period = { amount: number, unit: PeriodUnit, };

export type PeriodUnit = "hours" | "days" | "weeks" | "months" | "years";

/**
 * Where the data comes from (Art. 13 vs. Art. 14, 14(2)(f)).
 */
export type DataSource = {
/**
 * Collected from the data subject; `None` means not recorded.
 */
from_data_subject: boolean | null,
/**
 * Other sources, when data also comes from elsewhere.
 */
other_sources: string | null,
/**
 * Whether those other sources are publicly accessible.
 */
publicly_accessible: boolean | null, };

/**
 * Whether providing the data is required, and what follows if not (13(2)(e)).
 */
export type ProvisionRequirement = { kind: ProvisionKind, consequence: string | null, };

export type ProvisionKind = "statutory" | "contractual" | "pre_contractual" | "voluntary";

/**
 * Automated decision-making including profiling (Art. 22, 13(2)(f)).
 */
export type AutomatedDecisions = { "kind": "none" } | { "kind": "used",
/**
 * Meaningful information about the logic involved.
 */
logic: string,
/**
 * Significance and envisaged consequences for the data subject.
 */
consequences: string | null,
/**
 * The decisions one by one (format version 7); empty when only the
 * text above is recorded.
 */
decisions: Array<AutomatedDecision>, };

/**
 * One decision based solely on automated processing (format version 7).
 */
export type AutomatedDecision = {
/**
 * What is decided ("Annahme oder Ablehnung eines Kaufs auf Rechnung").
 */
decision: string, effect: DecisionEffect,
/**
 * What the decision means for the person ("Zahlung nur per Vorkasse").
 */
consequences: string | null,
/**
 * The purpose that makes the decision, by its description; its legal
 * bases must carry the exception.
 */
purpose: string | null,
/**
 * `None` means not recorded.
 */
exception: DecisionException | null,
/**
 * The contract, the statute or the consent in words ("§ 31 BDSG").
 */
exception_note: string | null, safeguards: Array<DecisionSafeguard>,
/**
 * Further measures, and for a decision authorised by law the measures
 * that law lays down (Art. 22(2)(b)).
 */
safeguards_note: string | null, };

/**
 * Art. 22(1): a legal effect, or one that similarly significantly affects
 * the person.
 */
export type DecisionEffect = "legal" | "similarly_significant";

/**
 * The three exceptions of Art. 22(2).
 */
export type DecisionException = "contract" | "law" | "explicit_consent";

/**
 * The safeguards Art. 22(3) names as the least a controller offers.
 */
export type DecisionSafeguard = "human_intervention" | "express_view" | "contest";

/**
 * One cookie, storage entry or embedded service (format version 7).
 */
export type Embed = {
/**
 * The cookie's name or the service's ("_pk_id", "Gravatar").
 */
name: string, kind: EmbedKind,
/**
 * Who runs it; `None` for the organisation itself (first party).
 */
provider: string | null, purpose: string, access: EmbedAccess,
/**
 * Whether it is set or loaded before the user has consented.
 */
before_consent: boolean,
/**
 * How long it stays ("Sitzung", "13 Monate"); for an embed, what the
 * provider keeps, as far as known.
 */
duration: string | null,
/**
 * ISO 3166-1 alpha-2 code of the country outside the EU/EEA the data
 * goes to; `None` when it stays inside.
 */
country: string | null, };

export type EmbedKind = "cookie" | "storage" | "embed";

/**
 * The ground of § 25 TDDDG for storing or reading on the user's device.
 */
export type EmbedAccess = "consent" | "strictly_necessary";

export type Information = { "kind": "public_notice" } | { "kind": "separate",
/**
 * Which notice and where the data subjects get it, e.g.
 * "Datenschutzhinweise für Beschäftigte, Intranet".
 */
reference: string, } | { "kind": "exempt", ground: InformationExemption, explanation: string, };

/**
 * The ground on which the data subjects are not informed individually.
 */
export type InformationExemption = "already_informed" | "disproportionate_effort" | "laid_down_by_law" | "professional_secrecy" | "national_law";

/**
 * Someone who receives the data (Art. 30(1)(d), 13(1)(e)).
 */
export type Recipient = { role: RecipientRole,
/**
 * Key of the party, for external recipients recorded as parties.
 */
party: string | null,
/**
 * The internal unit, or a category of recipients ("Kunden").
 */
description: string | null,
/**
 * When or why data goes there ("nur bei Angabe einer E-Mail-Adresse").
 */
note: string | null,
/**
 * What the recipient processes as a controller of its own beside what
 * it receives here (a processor's own business purposes, the visit of
 * its website); public: the notice states it.
 */
own_responsibility?: string | null,
/**
 * Where the data is published, for the recipient "the public"
 * (format version 5).
 */
channels: Array<PublicationChannel>,
/**
 * The activity's data categories disclosed to this recipient, by
 * name; empty means not recorded (format version 5).
 */
data_categories: Array<string>,
/**
 * The legal basis of the disclosure or publication where it differs
 * from the purposes' (a tax office under a statute), codes of the
 * legal-basis catalog (format version 5).
 */
legal_bases: Array<string>,
/**
 * The statute the disclosure rests on in words ("§ 93 AO").
 */
legal_basis_note: string | null, };

export type RecipientRole = "internal" | "processor" | "sub_processor" | "joint_controller" | "independent_controller" | "public_authority" | "public";

export type PublicationChannel = "website" | "livestream" | "notice_board" | "council_information_system" | "print" | "social_media";

/**
 * A transfer to a third country or international organisation (Art. 30(1)(e),
 * Art. 44 ff.).
 */
export type Transfer = {
/**
 * Key of the receiving party.
 */
recipient: string | null,
/**
 * ISO 3166-1 alpha-2 code of the country of destination.
 */
country: string,
/**
 * Code from the transfer-mechanism catalog; `None` means not recorded.
 */
mechanism: string | null,
/**
 * Module of the 2021/914 SCCs (1 C2C, 2 C2P, 3 P2P, 4 P2C).
 */
scc_module: number | null, supplementary_measures: string | null,
/**
 * Transfer impact assessment (EDPB Recommendations 01/2020).
 */
tia_date: string | null, tia_result: string | null,
/**
 * Documentation of the assessment for Art. 49(1) second subparagraph
 * transfers (Art. 49(6)).
 */
derogation_documentation: string | null,
/**
 * Where data subjects can obtain a copy of the safeguards (13(1)(f)).
 */
safeguards_copy: string | null, note: string | null, };

/**
 * Data protection impact assessment (Art. 35).
 */
export type Dpia = {
/**
 * `None` means no decision has been recorded.
 */
required: boolean | null, reason: string | null, done_on: string | null, reference: string | null,
/**
 * The threshold analysis: per criterion code of the DPIA catalog
 * (`art35-3-c`, `wp248-monitoring`, `dsk-11`) whether it is met; a code
 * without an entry is unanswered. The result is derived, never stored
 * ([`crate::dpia::assess`]). Left out of JSON while empty, so files
 * without an analysis look as before.
 */
threshold?: { [key in string]: boolean }, };

export type Party = {
/**
 * Stable short key, e.g. `cisco`.
 */
key: string, name: string, address: string | null,
/**
 * ISO 3166-1 alpha-2 code of the seat.
 */
country: string | null, contact: string | null,
/**
 * ISO 3166-1 alpha-2 codes of the countries, other than the seat, where
 * the party processes the data (hosting, support, a parent company): a
 * German provider hosting in the United States names `US` here. A
 * third country among them implies a transfer (Art. 44 GDPR). Format
 * version 9; written only when there are any.
 */
processing_countries?: Array<string>,
/**
 * Certified under the EU-US Data Privacy Framework (Decision (EU)
 * 2023/1795); meaningful where the party processes in the United
 * States, by its seat or one of its processing countries.
 */
dpf_certified: boolean,
/**
 * When the certification was last looked up in the DPF list.
 * Participants re-certify every year and can drop out, so a
 * certification recorded once goes stale.
 */
dpf_checked_on: string | null, certifications: Array<string>, agreement: ProcessorAgreement | null,
/**
 * Where the party's own privacy notice is published (an http(s)
 * link); public: the notice gives it.
 */
privacy_notice_url?: string | null, notes: string | null, version: number, };

/**
 * The contract under Art. 28(3) with a processor ("AVV").
 */
export type ProcessorAgreement = {
/**
 * `None` while the agreement is not signed.
 */
signed_on: string | null,
/**
 * Version or reference of the document ("DPA v2024-09").
 */
reference: string | null,
/**
 * Where the signed document is kept.
 */
location: string | null,
/**
 * The Art. 28(3) points the agreement covers.
 */
covers: Array<Art28Point>, subprocessors: Array<SubProcessor>,
/**
 * Where the processing takes place ("EU-Rechenzentren").
 */
locations: Array<string>, next_review: string | null,
/**
 * The agreement obliges the processor, and the persons it employs, to
 * secrecy as § 203(4) sentence 2 no. 1 StGB requires of a controller
 * bound by professional secrecy (§ 203(3) StGB). Format version 5.
 */
secrecy_obligation: boolean, };

/**
 * The points (a)–(h) of Art. 28(3) GDPR.
 */
export type Art28Point = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h";

export type SubProcessor = {
/**
 * Key of the sub-processor's party record.
 */
party: string,
/**
 * ISO 3166-1 alpha-2 code of where it processes.
 */
country: string | null, task: string | null,
/**
 * Transfer mechanism code, when the sub-processor sits in a third country.
 */
mechanism: string | null, };

export type Tom = { key: string, goal: ProtectionGoal, title: string, description: string | null, version: number, };

/**
 * The protection goals of Art. 32(1)(a)–(d) GDPR, by which TOMs are grouped.
 */
export type ProtectionGoal = "pseudonymisation" | "encryption" | "confidentiality" | "integrity" | "availability" | "resilience" | "recoverability" | "evaluation";

/**
 * One entry of the processor's record: the processing done for one
 * controller (Art. 30(2)(a)–(d)).
 */
export type ProcessorActivity = {
/**
 * Stable short key, e.g. `AV-001` or `payroll-acme`.
 */
key: string,
/**
 * A short name for the processing ("Lohnabrechnung für die Acme GmbH").
 */
name: string,
/**
 * The controller on whose behalf the organisation acts (Art. 30(2)(a)).
 */
controller: ClientController,
/**
 * Categories of processing carried out for that controller (Art. 30(2)(b)),
 * e.g. "Hosting", "Lohnabrechnung".
 */
categories: Array<string>,
/**
 * Transfers to third countries or international organisations
 * (Art. 30(2)(c)), recorded as for the organisation's own activities.
 */
transfers: Array<Transfer>,
/**
 * Keys into the organisation-wide TOM catalog (Art. 30(2)(d)).
 */
toms: Array<string>, tom_notes: string | null, notes: string | null, created_at: string, updated_at: string,
/**
 * Optimistic-locking counter; raised by the store on every save.
 */
version: number, };

/**
 * The controller a processing is done for, with the contacts Art. 30(2)(a)
 * asks for. Representative and DPO are free text (name and contact details)
 * because they are the client's, not people the organisation manages.
 */
export type ClientController = { name: string, address: string | null,
/**
 * E-mail, phone or contact person.
 */
contact: string | null,
/**
 * The controller's representative in the Union (Art. 27), where it has one.
 */
representative: string | null,
/**
 * The controller's data protection officer, name and contact details.
 */
dpo: string | null, };

export type ChangeRecord = { id: number, at: string,
/**
 * The operating-system user who made the change.
 */
user: string, entity: EntityKind,
/**
 * Key of the record changed (`organisation` for the header).
 */
key: string, action: ChangeAction, changes: Array<FieldChange>, };

/**
 * One field's value before and after; `null` where the field did not exist.
 */
export type FieldChange = {
/**
 * Path of the field inside the record, e.g. `purposes[0].legal_bases`.
 */
field: string, old: JsonValue, new: JsonValue, };

export type EntityKind = "organisation" | "activity" | "party" | "tom" | "processor_activity";

export type ChangeAction = "create" | "update" | "delete";

export type Publication = { id: number, lang: Lang,
/**
 * The moment of publication; its date is the notice's "Stand".
 */
published_at: string,
/**
 * The operating-system user who published it.
 */
user: string,
/**
 * SHA-256 of `markdown`, hex-encoded.
 */
content_hash: string, markdown: string, html: string,
/**
 * SHA-256 of the organisation's own templates that laid it out
 * ([`crate::notice::Overrides::hash`]); none when VVT's built-in
 * templates alone did.
 */
template_hash?: string, };

export type Catalogs = { legal_bases: Array<LegalBasis>, countries: Array<Country>, mechanisms: Array<TransferMechanism>, authorities: Array<Authority>, suggestions: Array<Suggestion>,
/**
 * The questions of the DPIA threshold analysis, in the order asked.
 */
dpia_criteria: Array<DpiaCriterion>, };

export type LegalBasis = {
/**
 * e.g. `art6-1-f`, `art9-2-b`, `bdsg-26`.
 */
code: string, kind: LegalBasisKind,
/**
 * Citation, e.g. "Art. 6 Abs. 1 lit. f DSGVO".
 */
citation_de: string,
/**
 * Citation, e.g. "Art. 6(1)(f) GDPR".
 */
citation_en: string, label_de: string, label_en: string,
/**
 * W3C DPV identifier, e.g. `eu-gdpr:A6-1-f`.
 */
dpv: string | null, source: string, checked_on: string, };

/**
 * Which part of the law a legal basis comes from.
 */
export type LegalBasisKind = "art6" | "art9" | "art10" | "national" | "other";

export type Country = {
/**
 * ISO 3166-1 alpha-2.
 */
code: string, name_de: string, name_en: string,
/**
 * Member of the EEA (EU 27, Iceland, Liechtenstein, Norway): no third country.
 */
eea: boolean, adequacy: Adequacy | null, source: string, checked_on: string, };

/**
 * An adequacy decision under Art. 45 GDPR.
 */
export type Adequacy = {
/**
 * e.g. "(EU) 2023/1795".
 */
decision: string, date: string,
/**
 * For partial decisions the scope, e.g. "nur nach dem EU-US Data
 * Privacy Framework zertifizierte Organisationen"; `None` for full adequacy.
 */
scope_de: string | null, scope_en: string | null, };

export type TransferMechanism = {
/**
 * e.g. `art45`, `art46-2-c`, `art49-1-a`, `art49-1-2`.
 */
code: string, citation_de: string, citation_en: string, label_de: string, label_en: string, dpv: string | null,
/**
 * Requires the Art. 49(6) documentation in the register.
 */
needs_documentation: boolean,
/**
 * False for instruments that no longer carry a transfer (Privacy Shield).
 */
valid: boolean, source: string, checked_on: string, };

export type Authority = {
/**
 * e.g. `DE-BW`, `DE-BY-private`, `DE-BfDI`.
 */
code: string, name: string,
/**
 * The Land (ISO 3166-2 subdivision) or `DE` for the federal authority.
 */
region: string,
/**
 * Which controllers it supervises: `private`, `public` or `all`.
 */
sector: string, address: string, email: string | null, phone: string | null, website: string | null, source: string, checked_on: string, };

export type Suggestion = {
/**
 * `data_category` or `data_subject`.
 */
kind: string, label_de: string, label_en: string,
/**
 * For data categories: a special category under Art. 9(1).
 */
special: boolean, };

/**
 * One question of the threshold analysis, from the catalog (migration 0008).
 */
export type DpiaCriterion = {
/**
 * e.g. `art35-3-c`, `wp248-monitoring`, `dsk-11`.
 */
code: string, list: DpiaList,
/**
 * Its number or letter in its source: `c`, `3`, `11`.
 */
number: string, label_de: string, label_en: string, source: string, checked_on: string, };

/**
 * Which set of questions a criterion belongs to; it decides what a "yes" does.
 */
export type DpiaList = "art35" | "wp248" | "dsk";

/**
 * Whether a DPIA is required, as the answers show.
 */
export type DpiaOutcome = "required" | "not_required" | "undetermined";

/**
 * The result of the threshold analysis with what it rests on.
 */
export type DpiaAssessment = { outcome: DpiaOutcome,
/**
 * The Art. 35(3) cases and DSK entries answered "yes", in catalog order;
 * each alone makes a DPIA required.
 */
grounds: Array<string>,
/**
 * The WP248 criteria answered "yes", in catalog order.
 */
wp248_met: Array<string>,
/**
 * How many questions of the catalog have no answer.
 */
unanswered: number, };

/**
 * What the desktop start screen shows before anything is opened for editing.
 */
export type RegisterSummary = { path: string, organisation_name: string | null, activity_count: number, party_count: number,
/**
 * On a network drive: who edits the register ("erika on PC-DSB since
 * …") while it is open read-only here; the app shows it as a banner.
 */
locked_by?: string, };

/**
 * One line of `vvt list` and of the desktop activity list.
 */
export type ActivityListItem = { key: string, name: string, status: ActivityStatus, department: string | null, purpose_count: number, transfer_count: number, next_review: string | null, updated_at: string, };

export type ActivityFilter = {
/**
 * Words looked for, case-insensitively, in the key, name, description,
 * purposes, data categories, data subjects and the names of recipients
 * and transfer recipients. Every word must occur somewhere.
 */
text: string | null, status: ActivityStatus | null,
/**
 * A legal-basis code that some purpose must rest on.
 */
legal_basis: string | null,
/**
 * Only activities with (true) or without (false) third-country transfers.
 */
has_transfer: boolean | null,
/**
 * Only activities whose next review is due on or before this date.
 */
review_due_by: string | null, };

/**
 * One problem found in the register.
 */
export type Finding = {
/**
 * Stable rule id, e.g. `transfer-no-mechanism`; never changes once shipped.
 */
rule: string, severity: Severity,
/**
 * The article or judgment the rule rests on, e.g. "Art. 44 ff. DSGVO".
 */
source_de: string, source_en: string, record: RecordRef,
/**
 * JSON path of the field inside the record, as validation errors name
 * it (`transfers[0].mechanism`, `agreement.signed_on`, `controller.email`).
 */
field: string, message_de: string, message_en: string, hint_de: string, hint_en: string, };

/**
 * How serious a finding is: an error makes `vvt check` exit with 1.
 */
export type Severity = "error" | "warning" | "info";

/**
 * The record a finding concerns; the header's key is `organisation`, as in
 * the change history.
 */
export type RecordRef = { entity: EntityKind, key: string, };

/**
 * How many findings there are of each severity.
 */
export type Counts = { error: number, warning: number, info: number, };

/**
 * What the desktop app's live preview shows: the HTML page and the items
 * still missing (to list them beside the page and link to the fields).
 */
export type Preview = { html: string, missing: Array<MissingItem>,
/**
 * Recommended items the register lacks (see [`Notice::recommended`]).
 */
recommended: Array<MissingItem>, left_out: Array<LeftOut>,
/**
 * The organisation's own templates that lay this notice out, if any:
 * the app says so beside the page.
 */
own_templates: Overrides | null, };

/**
 * An Art. 13/14 item the register does not answer for the notice.
 */
export type MissingItem = {
/**
 * The activity's key; `None` for items of the whole notice.
 */
activity: string | null,
/**
 * Stable id of the item, e.g. `13-1-c` or `14-2-f`.
 */
item: string,
/**
 * The provision, e.g. "Art. 13 Abs. 1 lit. c DSGVO" / "Art. 13(1)(c) GDPR".
 */
article: string,
/**
 * JSON path into the record where the DPO fills it in, e.g.
 * `purposes[0].legal_bases`, `controller.email`, `authority`; for the
 * app to open the field, never printed.
 */
field: string,
/**
 * The same place in the app's words, e.g. "Organisation ›
 * Verantwortlicher › E-Mail": what a document names.
 */
place: string, message: string,
/**
 * The check rule whose finding this is, when the register states
 * something the checks find wrong (e.g. `bdsg26-alone`), rather than
 * leaving an item unanswered.
 */
rule: string | null,
/**
 * A check finding of severity error: the notice cannot be published
 * while it stands, not even deliberately with its gaps marked.
 */
blocking: boolean, };

/**
 * An active activity the public notice leaves out because its data
 * subjects are informed otherwise (`ProcessingActivity::information`).
 */
export type LeftOut = { key: string, name: string,
/**
 * How its data subjects are informed instead, in the notice's language.
 */
reason: string, };

/**
 * The override templates found in a folder.
 */
export type Overrides = {
/**
 * The folder given (`<register>.templates`).
 */
folder: string,
/**
 * Names of the templates it replaces, relative to `notice/`, sorted.
 */
files: Array<string>,
/**
 * SHA-256 over every file's name and content, hex-encoded: the same
 * templates give the same hash.
 */
hash: string, };

/**
 * A separate privacy notice and the active activities it describes.
 */
export type SeparateNotice = {
/**
 * The reference as the activities record it, e.g. "Datenschutzhinweise
 * für Beschäftigte im Intranet".
 */
reference: string,
/**
 * In key order.
 */
activities: Array<ActivityRef>, };

export type ActivityRef = { key: string, name: string, };

/**
 * A stored version and the items that were missing when it was published.
 */
export type Published = { publication: Publication, missing: Array<MissingItem>, };

/**
 * What changed between a published version and the register's notice now.
 */
export type VersionDiff = { publication_id: number, lang: Lang, published_on: string, changed: boolean,
/**
 * A unified line diff of the Markdown texts, published version first.
 */
unified: string, };

/**
 * The stable code of an error, the one list of them: the CLI prints it,
 * the desktop shell sends it (generated into the UI's bindings.ts), and the
 * UI switches on it, never on text.
 */
export type ErrorCode = "validation" | "not_found" | "conflict" | "schema_too_new" | "not_a_register" | "damaged" | "write_failed" | "render_failed" | "database" | "io" | "ipc";

/**
 * What a failed command returns to the UI: `code` is stable and the UI
 * switches on it; `message` is for people (the technical details); `field`
 * names the input concerned; `reason` says why a validation error refused
 * it, and `reason_text` words that reason in both languages — the core
 * words it (src/reason/), so the UI shows it without translating, and a
 * switch of the language needs no new call; `path` names the register file
 * a refusal to open it concerns.
 */
export type CommandError = { code: ErrorCode, message: string, field?: string, reason?: Reason, reason_text?: ReasonText, path?: string,
/**
 * Every problem of a validation error, `field` and `reason` above
 * being the first; a save that finds several reports them all at once.
 */
problems?: Array<FieldProblem>, };

/**
 * A reason in each language of the UI.
 */
export type ReasonText = { de: string, en: string, };

/**
 * One field's problem of a validation error, worded in both languages.
 */
export type FieldProblem = { field: string, reason: Reason, reason_text: ReasonText, };

/**
 * Why a value was refused. The English text of each is given in
 * [`Display`]; parameters are the values and limits a sentence names.
 */
export type Reason = { "kind": "required" } | { "kind": "too_long", length: number, max: number, } | { "kind": "control_characters" } | { "kind": "too_many_entries", count: number, max: number, } | { "kind": "date_out_of_range", date: string, min: string, max: string, } | { "kind": "invalid_key", value: string, } | { "kind": "not_an_email", value: string, } | { "kind": "not_a_web_address", value: string, } | { "kind": "unknown_country", code: string, } | { "kind": "unknown_mechanism", code: string, } | { "kind": "unknown_legal_basis", code: string, } | { "kind": "unknown_dpia_criterion", code: string, } | { "kind": "unknown_authority", code: string, } | { "kind": "unknown_party", key: string, } | { "kind": "unknown_tom", key: string, } | { "kind": "unknown_activity", key: string, } | { "kind": "unknown_purpose", purpose: string, } | { "kind": "unknown_data_category", name: string, } | { "kind": "listed_twice", item: Listed, value: string, } | { "kind": "period_out_of_range", amount: number, max: number, } | { "kind": "no_special_condition", code: string, } | { "kind": "art9_condition_needs_special_category" } | { "kind": "art10_basis_needs_criminal_category" } | { "kind": "channels_only_for_public" } | { "kind": "public_is_no_party" } | { "kind": "publication_channels_missing" } | { "kind": "publication_basis_missing" } | { "kind": "retention_start_undescribed" } | { "kind": "retention_missing" } | { "kind": "internal_unit_missing" } | { "kind": "internal_recipient_is_no_party" } | { "kind": "recipient_missing" } | { "kind": "transfer_country_in_eea", code: string, } | { "kind": "embed_country_in_eea", code: string, } | { "kind": "no_scc_module", module: number, } | { "kind": "scc_module_without_scc" } | { "kind": "own_sub_processor" } | { "kind": "before_created" } | { "kind": "empty_with_dpo" } | { "kind": "too_many_persons", max: number, } | { "kind": "duplicate_key", key: string, also_at: string, } | { "kind": "not_positive" } | { "kind": "duplicate_id", id: number, } | { "kind": "not_positive_unique" } | { "kind": "publication_altered" } | { "kind": "id_too_large", id: number, max: number, } | { "kind": "version_out_of_range", version: number, least: number, max: number, } | { "kind": "malformed_json", detail: string, } | { "kind": "not_a_json_object" } | { "kind": "wrong_format", expected: string, found: string, } | { "kind": "format_missing", expected: string, } | { "kind": "format_version_too_new", version: number, oldest: number, newest: number, } | { "kind": "format_version_unsupported", found: string, oldest: number, newest: number, } | { "kind": "missing" } | { "kind": "key_twice_in_object" } | { "kind": "not_a_regular_file", path: string, } | { "kind": "file_too_large", mib: number, max_mib: number, } | { "kind": "not_utf8", detail: string, } | { "kind": "invalid_date", value: string, } | { "kind": "date_syntax", problem: DateProblem, } | { "kind": "missing_field", field: string, } | { "kind": "unknown_field", field: string, expected: Array<string>, } | { "kind": "unknown_variant", value: string, expected: Array<string>, } | { "kind": "invalid_value", problem: ValueProblem, found: string, expected: string, } | { "kind": "unrecognised", message: string, } | { "kind": "key_taken", record: KeyedRecord, key: string, } | { "kind": "party_in_use", key: string, by: UsedBy, list: PartyList, } | { "kind": "tom_in_use", key: string, by: UsedBy, } | { "kind": "register_not_empty" } | { "kind": "not_a_change_of", change_id: number, entity: string, key: string, } | { "kind": "field_unchanged", change_id: number, } | { "kind": "kept_by_register" } | { "kind": "already_restored", change_id: number, } | { "kind": "cannot_restore", obstacle: RestoreObstacle, } | { "kind": "earlier_value_does_not_fit", reason: Reason, } | { "kind": "not_a_field_path" } | { "kind": "empty_notice" } | { "kind": "notice_items_missing", count: number, } | { "kind": "notice_findings", count: number, rules: Array<string>, } | { "kind": "no_such_activity", key: string, } | { "kind": "not_translatable", field: string, } | { "kind": "footer_pages", footers: number, pages: number, } | { "kind": "output_protected", path: string, what: ProtectedFile, } | { "kind": "file_exists", path: string, } | { "kind": "no_file", path: string, } | { "kind": "copy_over_open_register" } | { "kind": "not_a_backup", path: string, folder: string, } | { "kind": "unknown_preview" } | { "kind": "table_import", message: string, };

/**
 * What a "listed twice" names.
 */
export type Listed = "tom" | "legal_basis" | "group" | "channel" | "data_category" | "safeguard" | "embed";

/**
 * Which of serde's "invalid …" a value met.
 */
export type ValueProblem = "type" | "value" | "length";

/**
 * A record kind whose key must be unique.
 */
export type KeyedRecord = "activity" | "party" | "tom" | "processor_entry";

/**
 * The record that still names a party or a TOM.
 */
export type UsedBy = { "record": "activity", "key": string } | { "record": "processor_entry", "key": string } | { "record": "party", "key": string };

/**
 * The list of a record in which a party is still named.
 */
export type PartyList = "recipients" | "transfers" | "sub_processors";

/**
 * A file beside the register that an output must not overwrite.
 */
export type ProtectedFile = "register" | "sqlite_companion" | "backup_folder";

/**
 * chrono's reasons for a text that is no date (its `ParseErrorKind`).
 */
export type DateProblem = "out_of_range" | "impossible" | "not_enough" | "invalid" | "too_short" | "too_long" | "bad_format";

/**
 * Why an earlier value has no place in the record any more.
 */
export type RestoreObstacle = { "kind": "path_empty" } | { "kind": "empty_now", path: string, } | { "kind": "field_gone", path: string, field: string, } | { "kind": "entry_gone", path: string, list: string, len: number, };

/**
 * One backup file, as the UI shows it in the list to restore from.
 */
export type BackupEntry = { path: string, file_name: string,
/**
 * When the backup was taken, RFC 3339 in UTC.
 */
taken_at: string, size_bytes: number, };

/**
 * A notice file format.
 */
export type NoticeFormat = "html" | "md" | "pdf" | "docx";

/**
 * A register export format (the CLI's `vvt register --format`).
 */
export type RegisterFormat = "pdf" | "xlsx" | "csv" | "html" | "docx";

/**
 * The options of `vvt register`, as the export dialog of the app sets them.
 */
export type RegisterExport = { lang: Lang, format: RegisterFormat,
/**
 * Keys of the activities to print; `null` or empty for all.
 */
activities: Array<string> | null,
/**
 * Include the change history from this date on (annex), as
 * YYYY-MM-DD. A string, so that a wrong date comes back as a validation
 * error naming this field rather than as a refused call.
 */
history_since: string | null,
/**
 * Include the processor's record (Art. 30(2)).
 */
processor_record: boolean, };

/**
 * How far a register PDF is: `done` of `total` activities laid out.
 */
export type Progress = { done: number, total: number, };

/**
 * What a file would add, or why it cannot be added.
 */
export type TablePreview = {
/**
 * The file, to be shown to the DPO.
 */
path: string,
/**
 * Names the file for `import_table`.
 */
token: string,
/**
 * The activities the file would add, with the keys they would get;
 * empty when there are errors.
 */
activities: Array<TableActivity>,
/**
 * How many English translations the file's English columns give
 * ("Zwecke (Englisch)", docs/import-table.md).
 */
translations: number,
/**
 * Headings of the columns that are not imported, as written.
 */
ignored_columns: Array<string>,
/**
 * "Zeile 4, Spalte „Zwecke“: …", in the language asked for.
 */
errors: Array<string>,
/**
 * More errors were found than are listed.
 */
more_errors: boolean, };

export type TableActivity = { key: string, name: string, purposes: number, data_categories: number, transfers: number, };

/**
 * One translatable text of a record beside its translation: a row of the
 * editor's "Übersetzung / Translation" view and of `vvt translations`.
 */
export type TranslatableText = { entity: EntityKind, key: string,
/**
 * The record's name as the app shows it (the activity's name …).
 */
record: string,
/**
 * JSON path of the text inside the record, for the app to open it.
 */
field: string,
/**
 * The place in words, in the language asked for ("Processing
 * activities › “Jitsi” › Purposes and legal bases › 1 › Description").
 */
label: string,
/**
 * The German text as the register holds it.
 */
source: string,
/**
 * The English text, when one is recorded (also when outdated).
 */
translation: string | null, status: TranslationStatus,
/**
 * The public notice states this text (otherwise only the register
 * print does).
 */
in_notice: boolean, };

/**
 * The register-wide state of the translation: counts and every text.
 */
export type TranslationSummary = {
/**
 * The language translated into (`en`).
 */
lang: Lang, missing: number, outdated: number, current: number,
/**
 * Every translatable text, in the register's order (organisation,
 * activities, parties, TOMs, processor's record); filtered to the
 * missing and outdated ones when asked so.
 */
entries: Array<TranslatableText>, };

/**
 * How a translatable text stands in the second language.
 */
export type TranslationStatus = "missing" | "outdated" | "current";

/**
 * One text of one record in the second language, as stored and exchanged.
 */
export type Translation = {
/**
 * The kind of record the text belongs to.
 */
entity: EntityKind,
/**
 * The record's key (`organisation` for the header).
 */
key: string,
/**
 * The text's JSON path inside the record, as the history and the
 * validation errors name it: `purposes[0].description`. Items of a list
 * are named by their position, so removing an earlier item shifts the
 * path; the fingerprint below then no longer matches and the
 * translation shows as outdated instead of silently translating
 * another text.
 */
field: string,
/**
 * The language of `text`; the register's own texts are German, so this
 * is `en`.
 */
lang: Lang, text: string,
/**
 * SHA-256 (hex) of the German text the translation was made from.
 */
source_hash: string, };

/**
 * What "Über VVT" shows: the program's version, the register file open,
 * and the versions of the register's schema and of the interchange format
 * this program writes.
 */
export type About = { version: string, path: string, schema_version: number, format_version: number, };
