//! The register's texts in English beside the German the DPO writes: which
//! texts can be translated, how each stands (missing, outdated, current),
//! and the register as an English document shows it. Pure functions of a
//! loaded [`Register`]; the store writes the translations
//! (`Store::set_translation`).
//!
//! The register's content language is German. A translation is an overlay
//! ([`Translation`]) keyed by record, field and language and remembers the
//! SHA-256 of the German text it was made from: when that text changes, the
//! translation is outdated. The English notice and register print replace
//! each text by its translation; a text without a current one is a gap of
//! the English document (see [`for_document`]).

mod texts;

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

use crate::model::*;
use crate::notice::place::{place, Record};
use crate::{Error, Lang, Reason, Result};

/// The language translations are made into: the register's texts are German.
pub const TARGET: Lang = Lang::En;
/// The longest translation accepted, as for the register's own texts.
pub const MAX_LENGTH: usize = crate::validate::MAX_LONG;

/// The marks an English document puts before a text it cannot show
/// translated, so a reader sees at once that the text is not (yet) English.
pub const MARK_MISSING: &str = "[not translated]";
pub const MARK_OUTDATED: &str = "[translation outdated]";

/// The fingerprint of a German text: SHA-256, hex.
pub fn fingerprint(source: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(source.as_bytes());
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
    out
}

type Index<'a> = HashMap<(EntityKind, &'a str, &'a str), &'a Translation>;

fn index(translations: &[Translation]) -> Index<'_> {
    translations
        .iter()
        .filter(|t| t.lang == TARGET)
        .map(|t| ((t.entity, t.key.as_str(), t.field.as_str()), t))
        .collect()
}

fn status_of(source: &str, translation: Option<&Translation>) -> TranslationStatus {
    match translation {
        None => TranslationStatus::Missing,
        Some(t) if t.source_hash == fingerprint(source) => TranslationStatus::Current,
        Some(_) => TranslationStatus::Outdated,
    }
}

/// The name a record is shown by, for the places in words.
fn record_name(register: &Register, entity: EntityKind, key: &str) -> String {
    let name = match entity {
        EntityKind::Organisation => Some(register.organisation.controller.name.clone()),
        EntityKind::Activity => register.activity(key).map(|a| a.name.clone()),
        EntityKind::Party => register.party(key).map(|p| p.name.clone()),
        EntityKind::Tom => register.tom(key).map(|t| t.title.clone()),
        EntityKind::ProcessorActivity => register
            .processor_activities
            .iter()
            .find(|e| e.key == key)
            .map(|e| e.name.clone()),
    };
    name.unwrap_or_else(|| key.to_owned())
}

/// The place of a text in words ("Processing activities › “Jitsi” › Name").
pub fn label(entity: EntityKind, name: &str, field: &str, lang: Lang) -> String {
    let record = match entity {
        EntityKind::Organisation => Record::Organisation,
        EntityKind::Activity => Record::Activity(name),
        EntityKind::Party => Record::Party(name),
        EntityKind::Tom => Record::Tom(name),
        EntityKind::ProcessorActivity => Record::ProcessorActivity(name),
    };
    place(record, field, lang)
}

/// Every translatable text of `register`, or of one record when `record`
/// names it, with its translation and status; `lang` is the language of
/// the labels.
pub fn texts(
    register: &Register,
    record: Option<(EntityKind, &str)>,
    lang: Lang,
) -> Vec<TranslatableText> {
    let index = index(&register.translations);
    let mut out = Vec::new();
    let mut copy = register.clone();
    // The walk hands out a record's texts one after another: its name is
    // looked up once per record, not once per text.
    let mut named: Option<(EntityKind, String, String)> = None;
    texts::visit(&mut copy, &mut |slot, source| {
        if record.is_some_and(|(e, k)| e != slot.entity || k != slot.key) {
            return;
        }
        let t = index.get(&(slot.entity, slot.key, slot.field)).copied();
        let name = match &named {
            Some((e, k, name)) if *e == slot.entity && k == slot.key => name.clone(),
            _ => {
                let name = record_name(register, slot.entity, slot.key);
                named = Some((slot.entity, slot.key.to_owned(), name.clone()));
                name
            }
        };
        out.push(TranslatableText {
            entity: slot.entity,
            key: slot.key.to_owned(),
            label: label(slot.entity, &name, slot.field, lang),
            record: name,
            field: slot.field.to_owned(),
            source: source.clone(),
            translation: t.map(|t| t.text.clone()),
            status: status_of(source, t),
            in_notice: slot.notice,
        });
    });
    out
}

/// The texts of one record, refused with `not_found` when the register
/// holds no such record: the editor's "Übersetzung / Translation" view.
pub fn record_texts(
    register: &Register,
    entity: EntityKind,
    key: &str,
    lang: Lang,
) -> Result<Vec<TranslatableText>> {
    if !record_exists(register, entity, key) {
        return Err(not_found(entity, key));
    }
    Ok(texts(register, Some((entity, key)), lang))
}

/// The register-wide counts and the list of texts; `open_only` keeps only
/// the missing and outdated ones in the list (the counts stay complete).
pub fn summary(register: &Register, lang: Lang, open_only: bool) -> TranslationSummary {
    let all = texts(register, None, lang);
    let count = |s: TranslationStatus| all.iter().filter(|t| t.status == s).count() as u64;
    TranslationSummary {
        lang: TARGET,
        missing: count(TranslationStatus::Missing),
        outdated: count(TranslationStatus::Outdated),
        current: count(TranslationStatus::Current),
        entries: all
            .into_iter()
            .filter(|t| !open_only || t.status != TranslationStatus::Current)
            .collect(),
    }
}

fn record_exists(register: &Register, entity: EntityKind, key: &str) -> bool {
    match entity {
        EntityKind::Organisation => key == "organisation",
        EntityKind::Activity => register.activity(key).is_some(),
        EntityKind::Party => register.party(key).is_some(),
        EntityKind::Tom => register.tom(key).is_some(),
        EntityKind::ProcessorActivity => register.processor_activities.iter().any(|e| e.key == key),
    }
}

pub(crate) fn not_found(entity: EntityKind, key: &str) -> Error {
    Error::NotFound {
        entity: entity.code(),
        key: key.to_owned(),
    }
}

/// The German text a translation of `field` of the record would translate,
/// or why none can be recorded there: the record does not exist
/// (`not_found`) or the field is not a translatable text of it, or empty
/// (`validation` naming the field).
pub fn source_text(
    register: &Register,
    entity: EntityKind,
    key: &str,
    field: &str,
) -> Result<String> {
    if !record_exists(register, entity, key) {
        return Err(not_found(entity, key));
    }
    let mut found = None;
    let mut copy = register.clone();
    texts::visit(&mut copy, &mut |slot, source| {
        if slot.entity == entity && slot.key == key && slot.field == field {
            found = Some(source.clone());
        }
    });
    found.ok_or_else(|| {
        Error::validation(
            field,
            Reason::NotTranslatable {
                field: field.to_owned(),
            },
        )
    })
}

/// Checks a translation about to be recorded: known record and field, text
/// within the length limit. Returns the translation with the fingerprint of
/// the German text as it stands.
pub fn prepare(
    register: &Register,
    entity: EntityKind,
    key: &str,
    field: &str,
    text: &str,
) -> Result<Translation> {
    let source = source_text(register, entity, key, field)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::validation(field, Reason::Required));
    }
    let length = text.chars().count();
    if length > MAX_LENGTH {
        return Err(Error::validation(
            field,
            Reason::TooLong {
                length,
                max: MAX_LENGTH,
            },
        ));
    }
    Ok(Translation {
        entity,
        key: key.to_owned(),
        field: field.to_owned(),
        lang: TARGET,
        text: text.to_owned(),
        source_hash: fingerprint(&source),
    })
}

/// Checks the translations of an imported register: in English, each text
/// translated once, not empty and within the length limit. Errors name the
/// entry (`translations[3].text`). Translations of texts the register does
/// not hold are left to [`prune`].
pub fn validate(register: &Register) -> Result<()> {
    let mut known: HashMap<(EntityKind, String, String), ()> = HashMap::new();
    let mut copy = register.clone();
    texts::visit(&mut copy, &mut |slot, _| {
        known.insert(
            (slot.entity, slot.key.to_owned(), slot.field.to_owned()),
            (),
        );
    });
    let mut seen = std::collections::HashSet::new();
    for (i, t) in register.translations.iter().enumerate() {
        let at = |name: &str| format!("translations[{i}].{name}");
        if t.lang != TARGET {
            return Err(Error::validation(
                at("lang"),
                Reason::NotTranslatable {
                    field: format!("{} ({})", t.field, t.lang.code()),
                },
            ));
        }
        // A translation of a text the file does not hold (a record left
        // out, a field left empty, a path no text has) is dropped on import
        // by `prune`, as one of a deleted record or a cleared field is on
        // load: a hand-edited file that removes an activity need not hunt
        // for its translations.
        if !known.contains_key(&(t.entity, t.key.clone(), t.field.clone())) {
            continue;
        }
        if !seen.insert((t.entity, &t.key, &t.field)) {
            return Err(Error::validation(
                at("field"),
                Reason::NotTranslatable {
                    field: format!("{} {} {} (twice)", t.entity.code(), t.key, t.field),
                },
            ));
        }
        let length = t.text.chars().count();
        if t.text.trim().is_empty() {
            return Err(Error::validation(at("text"), Reason::Required));
        }
        if length > MAX_LENGTH {
            return Err(Error::validation(
                at("text"),
                Reason::TooLong {
                    length,
                    max: MAX_LENGTH,
                },
            ));
        }
    }
    Ok(())
}

/// Drops the translations whose record or text no longer exists (a
/// deleted activity, a cleared field): what a loaded register carries
/// is exactly what can be shown.
pub fn prune(register: &mut Register) {
    if register.translations.is_empty() {
        return;
    }
    let mut known = std::collections::HashSet::new();
    let mut copy = register.clone();
    texts::visit(&mut copy, &mut |slot, _| {
        known.insert((slot.entity, slot.key.to_owned(), slot.field.to_owned()));
    });
    register
        .translations
        .retain(|t| known.contains(&(t.entity, t.key.clone(), t.field.clone())));
}

/// A text an English document cannot show as a current translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentGap {
    pub entity: EntityKind,
    pub key: String,
    /// The record's name as the document shows it (translated where it is).
    pub record: String,
    pub field: String,
    pub status: TranslationStatus,
    pub in_notice: bool,
}

impl DocumentGap {
    /// "translation missing" / "translation outdated (the German text
    /// changed since)", in the document's language.
    pub fn message(&self, lang: Lang) -> String {
        match (self.status, lang) {
            (TranslationStatus::Outdated, Lang::De) => {
                "Übersetzung veraltet (der deutsche Text wurde seither geändert)".to_owned()
            }
            (TranslationStatus::Outdated, Lang::En) => {
                "translation outdated (the German text changed since)".to_owned()
            }
            (status, lang) => status.label(lang).to_owned(),
        }
    }
}

/// Whether `hash` (hex) is the fingerprint of `source`, without writing
/// the fingerprint out: the English documents compare one per text.
fn fingerprint_matches(source: &str, hash: &str) -> bool {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hash = hash.as_bytes();
    if hash.len() != 64 {
        return false;
    }
    Sha256::digest(source.as_bytes())
        .iter()
        .zip(hash.chunks_exact(2))
        .all(|(b, h)| HEX[usize::from(b >> 4)] == h[0] && HEX[usize::from(b & 0xf)] == h[1])
}

/// The translations by kind of record, record and field: a walk looks its
/// record up once and each text by its path only.
type ByRecord<'a> = FxHashMap<EntityKind, FxHashMap<&'a str, Fields<'a>>>;

fn by_record(translations: &[Translation]) -> ByRecord<'_> {
    let mut out: ByRecord<'_> = FxHashMap::default();
    for t in translations.iter().filter(|t| t.lang == TARGET) {
        out.entry(t.entity)
            .or_default()
            .entry(t.key.as_str())
            .or_default()
            .insert(t.field.as_str(), t);
    }
    out
}

type Fields<'a> = FxHashMap<&'a str, &'a Translation>;

/// Replaces each text of one part of the register by what the English
/// document shows and collects its gaps.
fn show_part<'a>(
    index: &'a ByRecord<'a>,
    gaps: &'a mut Vec<DocumentGap>,
) -> impl FnMut(&texts::Slot<'_>, &mut String) + 'a {
    let mut current: Option<(EntityKind, String, Option<&'a Fields<'a>>)> = None;
    move |slot, text| {
        let record = match &current {
            Some((e, k, m)) if *e == slot.entity && k == slot.key => *m,
            _ => {
                let m = index.get(&slot.entity).and_then(|r| r.get(slot.key));
                current = Some((slot.entity, slot.key.to_owned(), m));
                m
            }
        };
        let t = record.and_then(|r| r.get(slot.field)).copied();
        let status = match t {
            None => TranslationStatus::Missing,
            Some(t) if fingerprint_matches(text, &t.source_hash) => TranslationStatus::Current,
            Some(_) => TranslationStatus::Outdated,
        };
        match (status, t) {
            (TranslationStatus::Current, Some(t)) => text.clone_from(&t.text),
            (TranslationStatus::Outdated, Some(t)) => {
                *text = format!("{MARK_OUTDATED} {}", t.text);
            }
            _ => *text = format!("{MARK_MISSING} {text}"),
        }
        if status != TranslationStatus::Current {
            gaps.push(DocumentGap {
                entity: slot.entity,
                key: slot.key.to_owned(),
                record: String::new(),
                field: slot.field.to_owned(),
                status,
                in_notice: slot.notice,
            });
        }
    }
}

/// The register as an English document shows it: each translatable text
/// replaced by its current translation; a text without one kept in German
/// and marked [`MARK_MISSING`], an outdated translation shown marked
/// [`MARK_OUTDATED`]. Returns the gaps beside it, in the register's order.
/// References by text — a recipient's data categories by name, a decision's
/// purpose by description — follow their translated targets. The
/// activities are done on two threads: on a register of thousands this is
/// most of the work.
///
/// The copy leaves out what a document does not translate and a large
/// register holds much of: the history, the publications and the
/// translations themselves. Take those from the register as recorded.
pub fn for_document(register: &Register) -> (Register, Vec<DocumentGap>) {
    let index = by_record(&register.translations);
    let mut shown = Register {
        organisation: register.organisation.clone(),
        toms: register.toms.clone(),
        parties: register.parties.clone(),
        activities: register.activities.clone(),
        history: Vec::new(),
        publications: Vec::new(),
        processor_activities: register.processor_activities.clone(),
        translations: Vec::new(),
    };
    let mut activities = std::mem::take(&mut shown.activities);
    let before: Vec<(Vec<String>, Vec<String>)> = activities.iter().map(names).collect();
    let mut gaps = Vec::new();
    texts::visit_organisation(&mut shown, &mut show_part(&index, &mut gaps));
    let half = activities.len() / 2;
    let (first, second) = activities.split_at_mut(half);
    let mut second_gaps = Vec::new();
    std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            texts::visit_activities(second, &mut show_part(&index, &mut second_gaps));
        });
        texts::visit_activities(first, &mut show_part(&index, &mut gaps));
        if let Err(panic) = other.join() {
            std::panic::resume_unwind(panic);
        }
    });
    gaps.append(&mut second_gaps);
    texts::visit_others(&mut shown, &mut show_part(&index, &mut gaps));
    for (a, (categories, purposes)) in activities.iter_mut().zip(before) {
        follow_references(a, &categories, &purposes);
    }
    shown.activities = activities;
    let mut named: Option<(EntityKind, String, String)> = None;
    for g in &mut gaps {
        g.record = match &named {
            Some((e, k, name)) if *e == g.entity && *k == g.key => name.clone(),
            _ => {
                let name = record_name(&shown, g.entity, &g.key);
                named = Some((g.entity, g.key.clone(), name.clone()));
                name
            }
        };
    }
    (shown, gaps)
}

/// An activity's data category names and purpose descriptions, which other
/// parts of it refer to by text.
fn names(a: &ProcessingActivity) -> (Vec<String>, Vec<String>) {
    (
        a.data_categories.iter().map(|c| c.name.clone()).collect(),
        a.purposes.iter().map(|p| p.description.clone()).collect(),
    )
}

fn follow_references(a: &mut ProcessingActivity, categories: &[String], purposes: &[String]) {
    let (new_categories, new_purposes) = names(a);
    let rename = |value: &mut String, old: &[String], new: &[String]| {
        if let Some(i) = old.iter().position(|o| o.trim() == value.trim()) {
            value.clone_from(&new[i]);
        }
    };
    for r in &mut a.recipients {
        for c in &mut r.data_categories {
            rename(c, categories, &new_categories);
        }
    }
    if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut a.automated_decisions {
        for d in decisions {
            if let Some(p) = &mut d.purpose {
                rename(p, purposes, &new_purposes);
            }
        }
    }
}

/// The translatable texts of one activity with their paths, in the walk's
/// order: the table import pairs a row's German and English texts by them.
pub(crate) fn activity_texts(a: &ProcessingActivity) -> Vec<(String, String)> {
    let mut copy = [a.clone()];
    let mut out = Vec::new();
    texts::visit_activities(&mut copy, &mut |slot, text| {
        out.push((slot.field.to_owned(), text.clone()));
    });
    out
}

/// Pairs of (German, English) of the texts of one record as `source` and
/// `shown` (from [`for_document`]) hold them, longest German first, plus
/// the shortened form the checks quote a purpose by: what a finding's
/// message quotes can be given in the document's words.
fn quoted_pairs(source: Register, shown: Register) -> Vec<(String, String)> {
    let all = |mut r: Register| -> Vec<String> {
        let mut out = Vec::new();
        texts::visit(&mut r, &mut |_, text| out.push(text.clone()));
        out
    };
    let mut pairs: Vec<(String, String)> = all(source)
        .into_iter()
        .zip(all(shown))
        .filter(|(de, en)| de != en)
        .collect();
    let short: Vec<(String, String)> = pairs
        .iter()
        .map(|(de, en)| (shortened(de), shortened(en)))
        .filter(|(de, _)| de.ends_with('…'))
        .collect();
    pairs.extend(short);
    pairs.sort_by_key(|(de, _)| std::cmp::Reverse(de.chars().count()));
    pairs
}

/// A register holding only the record named of `r` (or only its header).
fn only(
    r: &Register,
    entity: EntityKind,
    key: &str,
    activities: &HashMap<&str, usize>,
) -> Register {
    let mut one = Register::default();
    match entity {
        EntityKind::Activity => one
            .activities
            .extend(activities.get(key).map(|&i| r.activities[i].clone())),
        EntityKind::Party => one.parties.extend(r.party(key).cloned()),
        EntityKind::Tom => one.toms.extend(r.tom(key).cloned()),
        EntityKind::ProcessorActivity => one.processor_activities.extend(
            r.processor_activities
                .iter()
                .find(|e| e.key == key)
                .cloned(),
        ),
        EntityKind::Organisation => {
            one.organisation.deletion_rule = r.organisation.deletion_rule.clone();
            one.organisation.no_dpo_reason = r.organisation.no_dpo_reason.clone();
            one.organisation.joint_controllers = r.organisation.joint_controllers.clone();
        }
    }
    one
}

/// A text cut as the checks quote a purpose (`checks::legal_bases`): at
/// most 60 characters, then an ellipsis.
fn shortened(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.trim();
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_owned()
    }
}

/// Gives the English messages of `findings` in the document's words: each
/// German text a message quotes is replaced by its translation as `shown`
/// holds it. The findings themselves are judged on the register as written.
pub fn translate_findings(
    findings: &mut [crate::checks::Finding],
    source: &Register,
    shown: &Register,
) {
    // Only a message with a quotation mark quotes a text.
    let quotes = |m: &str| m.contains(['\'', '‘', '“', '„', '"']);
    if !findings.iter().any(|f| quotes(&f.message_en)) {
        return;
    }
    let activities: HashMap<&str, usize> = source
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| (a.key.as_str(), i))
        .collect();
    let mut cache: HashMap<(EntityKind, String), Vec<(String, String)>> = HashMap::new();
    for f in findings.iter_mut().filter(|f| quotes(&f.message_en)) {
        let (entity, key) = (f.record.entity, f.record.key.as_str());
        let pairs = cache.entry((entity, key.to_owned())).or_insert_with(|| {
            quoted_pairs(
                only(source, entity, key, &activities),
                only(shown, entity, key, &activities),
            )
        });
        for (de, en) in pairs.iter() {
            if f.message_en.contains(de.as_str()) {
                f.message_en = f.message_en.replace(de.as_str(), en);
            }
        }
    }
}
