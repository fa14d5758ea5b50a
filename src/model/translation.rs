//! The register's texts in a second language: an overlay beside the model,
//! keyed by record and field, so that the records and their validation stay
//! as they are. The DPO writes the register in German (its content
//! language); a translation carries one of its free texts into English and
//! remembers which German text it was made from, so a later change of that
//! text shows the translation as outdated. See `crate::translation` for the
//! texts that can be translated and how the documents use them.

use serde::{Deserialize, Serialize};

use super::EntityKind;
use crate::Lang;

/// One text of one record in the second language, as stored and exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The kind of record the text belongs to.
    pub entity: EntityKind,
    /// The record's key (`organisation` for the header).
    pub key: String,
    /// The text's JSON path inside the record, as the history and the
    /// validation errors name it: `purposes[0].description`. Items of a list
    /// are named by their position, so removing an earlier item shifts the
    /// path; the fingerprint below then no longer matches and the
    /// translation shows as outdated instead of silently translating
    /// another text.
    pub field: String,
    /// The language of `text`; the register's own texts are German, so this
    /// is `en`.
    pub lang: Lang,
    pub text: String,
    /// SHA-256 (hex) of the German text the translation was made from.
    pub source_hash: String,
}

/// How a translatable text stands in the second language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// No translation recorded.
    Missing,
    /// Translated, but the German text changed since.
    Outdated,
    /// Translated from the German text as it stands.
    Current,
}

impl TranslationStatus {
    pub const ALL: [TranslationStatus; 3] = [Self::Missing, Self::Outdated, Self::Current];

    pub fn code(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Outdated => "outdated",
            Self::Current => "current",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The word the app and the CLI show.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Missing, Lang::De) => "Übersetzung fehlt",
            (Self::Missing, Lang::En) => "translation missing",
            (Self::Outdated, Lang::De) => "Übersetzung veraltet",
            (Self::Outdated, Lang::En) => "translation outdated",
            (Self::Current, Lang::De) => "übersetzt",
            (Self::Current, Lang::En) => "translated",
        }
    }
}

/// One translatable text of a record beside its translation: a row of the
/// editor's "Übersetzung / Translation" view and of `vvt translations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TranslatableText {
    pub entity: EntityKind,
    pub key: String,
    /// The record's name as the app shows it (the activity's name …).
    pub record: String,
    /// JSON path of the text inside the record, for the app to open it.
    pub field: String,
    /// The place in words, in the language asked for ("Processing
    /// activities › “Jitsi” › Purposes and legal bases › 1 › Description").
    pub label: String,
    /// The German text as the register holds it.
    pub source: String,
    /// The English text, when one is recorded (also when outdated).
    pub translation: Option<String>,
    pub status: TranslationStatus,
    /// The public notice states this text (otherwise only the register
    /// print does).
    pub in_notice: bool,
}

/// The register-wide state of the translation: counts and every text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TranslationSummary {
    /// The language translated into (`en`).
    pub lang: Lang,
    pub missing: u64,
    pub outdated: u64,
    pub current: u64,
    /// Every translatable text, in the register's order (organisation,
    /// activities, parties, TOMs, processor's record); filtered to the
    /// missing and outdated ones when asked so.
    pub entries: Vec<TranslatableText>,
}
