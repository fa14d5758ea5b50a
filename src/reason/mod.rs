//! Why an input was refused, as a value rather than a sentence. Validation,
//! the import, the store and the desktop shell construct a [`Reason`] with
//! its parameters; this file alone turns it into words, in English
//! ([`Display`], what the core always printed) and in German
//! ([`Reason::german`]). The CLI, the spreadsheet import and the desktop app
//! all take their text from here, so nobody parses a message to translate it
//! and a new reason cannot go out without both texts (the matches below are
//! exhaustive). The type is exported to the UI's bindings, where a component
//! may switch on `kind`.

use std::fmt::{self, Display};

use serde::{Deserialize, Serialize};

use crate::Lang;

/// Why a value was refused. The English text of each is given in
/// [`Display`]; parameters are the values and limits a sentence names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    // ---- texts, lists, dates, keys, catalog codes, references
    Required,
    TooLong {
        length: usize,
        max: usize,
    },
    ControlCharacters,
    TooManyEntries {
        count: usize,
        max: usize,
    },
    DateOutOfRange {
        date: String,
        min: String,
        max: String,
    },
    InvalidKey {
        value: String,
    },
    NotAnEmail {
        value: String,
    },
    NotAWebAddress {
        value: String,
    },
    UnknownCountry {
        code: String,
    },
    UnknownMechanism {
        code: String,
    },
    UnknownLegalBasis {
        code: String,
    },
    UnknownDpiaCriterion {
        code: String,
    },
    UnknownAuthority {
        code: String,
    },
    UnknownParty {
        key: String,
    },
    UnknownTom {
        key: String,
    },
    UnknownActivity {
        key: String,
    },
    UnknownPurpose {
        purpose: String,
    },
    UnknownDataCategory {
        name: String,
    },
    /// An entry given twice in one list.
    ListedTwice {
        item: Listed,
        value: String,
    },

    // ---- the content of an activity, a party, a processor record
    PeriodOutOfRange {
        amount: u32,
        max: u32,
    },
    NoSpecialCondition {
        code: String,
    },
    Art9ConditionNeedsSpecialCategory,
    Art10BasisNeedsCriminalCategory,
    ChannelsOnlyForPublic,
    PublicIsNoParty,
    PublicationChannelsMissing,
    PublicationBasisMissing,
    RetentionStartUndescribed,
    RetentionMissing,
    InternalUnitMissing,
    InternalRecipientIsNoParty,
    RecipientMissing,
    TransferCountryInEea {
        code: String,
    },
    EmbedCountryInEea {
        code: String,
    },
    NoSccModule {
        module: u32,
    },
    SccModuleWithoutScc,
    OwnSubProcessor,
    BeforeCreated,
    EmptyWithDpo,
    TooManyPersons {
        max: u32,
    },

    // ---- a whole register (an interchange file, the example)
    DuplicateKey {
        key: String,
        also_at: String,
    },
    NotPositive,
    DuplicateId {
        id: i64,
    },
    NotPositiveUnique,
    PublicationAltered,
    IdTooLarge {
        id: i64,
        max: i64,
    },
    VersionOutOfRange {
        version: i64,
        least: i64,
        max: i64,
    },
    MalformedJson {
        detail: String,
    },
    NotAJsonObject,
    WrongFormat {
        expected: String,
        found: String,
    },
    FormatMissing {
        expected: String,
    },
    FormatVersionTooNew {
        version: u64,
        oldest: u64,
        newest: u64,
    },
    FormatVersionUnsupported {
        found: String,
        oldest: u64,
        newest: u64,
    },
    Missing,
    KeyTwiceInObject,
    NotARegularFile {
        path: String,
    },
    FileTooLarge {
        mib: u64,
        max_mib: u64,
    },
    NotUtf8 {
        detail: String,
    },

    // ---- JSON of the wrong shape (serde's and chrono's words, sorted)
    InvalidDate {
        value: String,
    },
    DateSyntax {
        problem: DateProblem,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
        expected: Vec<String>,
    },
    UnknownVariant {
        value: String,
        expected: Vec<String>,
    },
    /// A value of the wrong type, range or length; `found` and `expected`
    /// are serde's words ("integer `5`", "a string").
    InvalidValue {
        problem: ValueProblem,
        found: String,
        expected: String,
    },
    /// A message a type gave of its own, in its words.
    Unrecognised {
        message: String,
    },

    // ---- the store: keys taken, records in use
    KeyTaken {
        record: KeyedRecord,
        key: String,
    },
    PartyInUse {
        key: String,
        by: UsedBy,
        list: PartyList,
    },
    TomInUse {
        key: String,
        by: UsedBy,
    },
    RegisterNotEmpty,

    // ---- restoring an earlier value from the history
    NotAChangeOf {
        change_id: i64,
        entity: String,
        key: String,
    },
    FieldUnchanged {
        change_id: i64,
    },
    KeptByRegister,
    AlreadyRestored {
        change_id: i64,
    },
    CannotRestore {
        obstacle: RestoreObstacle,
    },
    EarlierValueDoesNotFit {
        reason: Box<Reason>,
    },
    NotAFieldPath,

    // ---- documents
    EmptyNotice,
    NoticeItemsMissing {
        count: usize,
    },
    NoticeFindings {
        count: usize,
        rules: Vec<String>,
    },
    NoSuchActivity {
        key: String,
    },
    /// A translation names a field that is no translatable text of the
    /// record (unknown, not free text, or empty).
    NotTranslatable {
        field: String,
    },
    FooterPages {
        footers: usize,
        pages: usize,
    },
    OutputProtected {
        path: String,
        what: ProtectedFile,
    },

    // ---- the desktop shell's files
    FileExists {
        path: String,
    },
    NoFile {
        path: String,
    },
    CopyOverOpenRegister,
    NotABackup {
        path: String,
        folder: String,
    },
    UnknownPreview,
    /// A spreadsheet import refused by its first problem, already put into
    /// the import's language by `import_table`.
    TableImport {
        message: String,
    },
}

/// What a "listed twice" names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Listed {
    Tom,
    LegalBasis,
    Group,
    Channel,
    DataCategory,
    Safeguard,
    Embed,
}

/// Which of serde's "invalid …" a value met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ValueProblem {
    Type,
    Value,
    Length,
}

/// A record kind whose key must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum KeyedRecord {
    Activity,
    Party,
    Tom,
    ProcessorEntry,
}

/// The record that still names a party or a TOM.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "record", content = "key", rename_all = "snake_case")]
pub enum UsedBy {
    Activity(String),
    ProcessorEntry(String),
    Party(String),
}

/// The list of a record in which a party is still named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PartyList {
    Recipients,
    Transfers,
    SubProcessors,
}

/// A file beside the register that an output must not overwrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProtectedFile {
    Register,
    SqliteCompanion,
    BackupFolder,
}

/// chrono's reasons for a text that is no date (its `ParseErrorKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DateProblem {
    OutOfRange,
    Impossible,
    NotEnough,
    Invalid,
    TooShort,
    TooLong,
    BadFormat,
}

impl DateProblem {
    const ALL: [DateProblem; 7] = [
        DateProblem::OutOfRange,
        DateProblem::Impossible,
        DateProblem::NotEnough,
        DateProblem::Invalid,
        DateProblem::TooShort,
        DateProblem::TooLong,
        DateProblem::BadFormat,
    ];

    /// chrono's own words, as its `ParseError` prints them.
    fn english(self) -> &'static str {
        match self {
            DateProblem::OutOfRange => "input is out of range",
            DateProblem::Impossible => "no possible date and time matching input",
            DateProblem::NotEnough => "input is not enough for unique date and time",
            DateProblem::Invalid => "input contains invalid characters",
            DateProblem::TooShort => "premature end of input",
            DateProblem::TooLong => "trailing input",
            DateProblem::BadFormat => "bad or unsupported format string",
        }
    }

    fn german(self) -> &'static str {
        match self {
            DateProblem::OutOfRange => "Ein Teil liegt außerhalb des gültigen Bereichs",
            DateProblem::Impossible => "Diesen Tag gibt es nicht",
            DateProblem::NotEnough => "Die Angabe ist unvollständig",
            DateProblem::Invalid => "Die Eingabe enthält ungültige Zeichen",
            DateProblem::TooShort => "Die Eingabe ist unvollständig",
            DateProblem::TooLong => "Nach dem Datum folgen weitere Zeichen",
            DateProblem::BadFormat => "Das Datumsformat wird nicht unterstützt",
        }
    }

    /// The problem chrono's text names, if it is one of chrono's.
    pub fn from_chrono(text: &str) -> Option<DateProblem> {
        Self::ALL.into_iter().find(|p| p.english() == text)
    }
}

/// Why an earlier value has no place in the record any more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RestoreObstacle {
    PathEmpty,
    /// `path` is "" for the record itself.
    EmptyNow {
        path: String,
    },
    FieldGone {
        path: String,
        field: String,
    },
    EntryGone {
        path: String,
        list: String,
        len: usize,
    },
}

impl Reason {
    /// The reason in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::De => self.german(),
        }
    }

    /// Sorts one of serde's messages (through `serde_json`) into a reason:
    /// serde words them the same for every type, so the prefixes below are
    /// all there is to tell them apart. A message of none of these shapes
    /// (a type's own `custom` error) is kept as serde's words.
    pub fn from_serde(message: &str) -> Reason {
        if let Some(problem) = DateProblem::from_chrono(message) {
            return Reason::DateSyntax { problem };
        }
        if let Some(rest) = message.strip_prefix("missing field `") {
            if let Some(field) = rest.strip_suffix('`') {
                return Reason::MissingField {
                    field: field.to_owned(),
                };
            }
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            if let Some((field, tail)) = rest.split_once("`, ") {
                return Reason::UnknownField {
                    field: field.to_owned(),
                    expected: backquoted(tail.strip_prefix("expected ").unwrap_or("")),
                };
            }
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            if let Some((value, tail)) = rest.split_once("`, ") {
                return Reason::UnknownVariant {
                    value: value.to_owned(),
                    expected: backquoted(tail.strip_prefix("expected ").unwrap_or("")),
                };
            }
        }
        for problem in [
            ValueProblem::Type,
            ValueProblem::Value,
            ValueProblem::Length,
        ] {
            if let Some(rest) = message.strip_prefix(problem.prefix()) {
                // The found value may itself contain ", expected": the last
                // one separates.
                if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                    return Reason::InvalidValue {
                        problem,
                        found: found.to_owned(),
                        expected: expected.to_owned(),
                    };
                }
            }
        }
        Reason::Unrecognised {
            message: message.to_owned(),
        }
    }
}

impl ValueProblem {
    fn prefix(self) -> &'static str {
        match self {
            ValueProblem::Type => "invalid type: ",
            ValueProblem::Value => "invalid value: ",
            ValueProblem::Length => "invalid length ",
        }
    }
}

/// Names as serde lists them: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        more => {
            let quoted: Vec<String> = more.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

/// The names in serde's "one of `a`, `b`, `c`" or "`a` or `b`".
fn backquoted(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

impl Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Reason::*;
        match self {
            Required => f.write_str("is required"),
            TooLong { length, max } => {
                write!(f, "is too long ({length} characters, at most {max})")
            }
            ControlCharacters => f.write_str("contains control characters"),
            TooManyEntries { count, max } => {
                write!(f, "has too many entries ({count}, at most {max})")
            }
            DateOutOfRange { date, min, max } => {
                write!(
                    f,
                    "date {date} is outside the accepted range {min} to {max}"
                )
            }
            InvalidKey { value } => write!(
                f,
                "'{value}' is not a valid key (letters, digits, '.', '_' or '-', starting with \
                 a letter or digit, at most 64 characters)"
            ),
            NotAnEmail { value } => write!(f, "'{value}' is not an e-mail address"),
            NotAWebAddress { value } => write!(f, "'{value}' is not a web address (https://…)"),
            UnknownCountry { code } => write!(
                f,
                "unknown country code '{code}' (ISO 3166-1 alpha-2 expected, e.g. 'US')"
            ),
            UnknownMechanism { code } => write!(f, "unknown transfer mechanism '{code}'"),
            UnknownLegalBasis { code } => write!(f, "unknown legal basis '{code}'"),
            UnknownDpiaCriterion { code } => write!(f, "unknown DPIA criterion '{code}'"),
            UnknownAuthority { code } => write!(f, "unknown supervisory authority '{code}'"),
            UnknownParty { key } => write!(f, "refers to party '{key}', which does not exist"),
            UnknownTom { key } => write!(f, "refers to TOM '{key}', which does not exist"),
            UnknownActivity { key } => {
                write!(f, "refers to activity '{key}', which does not exist")
            }
            UnknownPurpose { purpose } => write!(f, "the activity has no purpose '{purpose}'"),
            UnknownDataCategory { name } => {
                write!(f, "the activity has no data category named '{name}'")
            }
            ListedTwice { item, value } => match item {
                Listed::Tom => write!(f, "TOM '{value}' is listed twice"),
                Listed::LegalBasis => write!(f, "legal basis '{value}' is listed twice"),
                Listed::Group => write!(f, "the group '{value}' is listed twice"),
                Listed::Channel => write!(f, "channel '{value}' is listed twice"),
                Listed::DataCategory => write!(f, "data category '{value}' is listed twice"),
                Listed::Safeguard => write!(f, "the safeguard '{value}' is listed twice"),
                Listed::Embed => write!(f, "'{value}' of this provider is listed twice"),
            },
            PeriodOutOfRange { amount, max } => {
                write!(f, "{amount} is not a sensible period (1 to {max})")
            }
            NoSpecialCondition { code } => {
                write!(f, "'{code}' is no condition of Art. 9(2) or Art. 10 GDPR")
            }
            Art9ConditionNeedsSpecialCategory => f.write_str(
                "an Art. 9(2) condition belongs to a category marked as special (Art. 9(1))",
            ),
            Art10BasisNeedsCriminalCategory => f.write_str(
                "an Art. 10 basis belongs to a category marked as criminal-offence data",
            ),
            ChannelsOnlyForPublic => f.write_str("only a publication to the public has channels"),
            PublicIsNoParty => {
                f.write_str("the public is no party; name the channels of the publication")
            }
            PublicationChannelsMissing => f.write_str(
                "name where the data is published (website, livestream, notice board …)",
            ),
            PublicationBasisMissing => f.write_str("give the legal basis of the publication"),
            RetentionStartUndescribed => f.write_str(
                "say in words which event the period starts with, as it is none of the catalog's",
            ),
            RetentionMissing => {
                f.write_str("give a period or a criterion for how long the data is kept")
            }
            InternalUnitMissing => f.write_str("name the internal unit that receives the data"),
            InternalRecipientIsNoParty => {
                f.write_str("an internal recipient is a unit of the organisation, not a party")
            }
            RecipientMissing => {
                f.write_str("choose the receiving party or describe the category of recipients")
            }
            TransferCountryInEea { code } => {
                write!(
                    f,
                    "'{code}' is in the EEA, so this is no third-country transfer"
                )
            }
            EmbedCountryInEea { code } => {
                write!(
                    f,
                    "'{code}' is in the EEA; record only a country outside it"
                )
            }
            NoSccModule { module } => write!(f, "{module} is no SCC module (1 to 4)"),
            SccModuleWithoutScc => {
                f.write_str("an SCC module only applies to standard contractual clauses")
            }
            OwnSubProcessor => f.write_str("a party cannot be its own sub-processor"),
            BeforeCreated => f.write_str("lies before created_at"),
            EmptyWithDpo => f.write_str("must be empty when a data protection officer is recorded"),
            TooManyPersons { max } => write!(f, "must be at most {max}"),
            DuplicateKey { key, also_at } => {
                write!(f, "duplicate key '{key}' (also used by {also_at})")
            }
            NotPositive => f.write_str("must be a positive number"),
            DuplicateId { id } => write!(f, "duplicate id {id}"),
            NotPositiveUnique => f.write_str("must be a positive, unique number"),
            PublicationAltered => {
                f.write_str("does not match the published text; the file was altered")
            }
            IdTooLarge { id, max } => write!(f, "{id} is larger than {max}"),
            VersionOutOfRange {
                version,
                least,
                max,
            } => write!(
                f,
                "version {version} is outside the accepted range {least} to {max}"
            ),
            MalformedJson { detail } => write!(f, "malformed JSON: {detail}"),
            NotAJsonObject => f.write_str("a register file must be a JSON object"),
            WrongFormat { expected, found } => {
                write!(f, "expected \"{expected}\", found {found}")
            }
            FormatMissing { expected } => write!(f, "missing; expected \"{expected}\""),
            FormatVersionTooNew {
                version,
                oldest,
                newest,
            } => write!(
                f,
                "version {version} was written by a newer VVT; this program reads versions \
                 {oldest} to {newest}"
            ),
            FormatVersionUnsupported {
                found,
                oldest,
                newest,
            } => write!(
                f,
                "unsupported version {found}; this program reads versions {oldest} to {newest}"
            ),
            Missing => f.write_str("missing"),
            KeyTwiceInObject => f.write_str(
                "appears twice in the same object; the file is ambiguous, so nothing was imported",
            ),
            NotARegularFile { path } => write!(
                f,
                "{path} is not a regular file (a folder, device or pipe); only files can be \
                 imported"
            ),
            FileTooLarge { mib, max_mib } => {
                write!(
                    f,
                    "the file is {mib} MiB; at most {max_mib} MiB can be imported"
                )
            }
            NotUtf8 { detail } => write!(f, "the file is not UTF-8 text: {detail}"),
            InvalidDate { value } => write!(f, "'{value}' is not a valid date (YYYY-MM-DD)"),
            DateSyntax { problem } => f.write_str(problem.english()),
            MissingField { field } => write!(f, "missing field `{field}`"),
            UnknownField { field, expected } if expected.is_empty() => {
                write!(f, "unknown field `{field}`, there are no fields")
            }
            UnknownField { field, expected } => {
                write!(f, "unknown field `{field}`, expected {}", one_of(expected))
            }
            UnknownVariant { value, expected } if expected.is_empty() => {
                write!(f, "unknown variant `{value}`, there are no variants")
            }
            UnknownVariant { value, expected } => {
                write!(
                    f,
                    "unknown variant `{value}`, expected {}",
                    one_of(expected)
                )
            }
            InvalidValue {
                problem,
                found,
                expected,
            } => write!(f, "{}{found}, expected {expected}", problem.prefix()),
            Unrecognised { message } => f.write_str(message),
            KeyTaken { record, key } => match record {
                KeyedRecord::Activity => write!(f, "an activity with key '{key}' already exists"),
                KeyedRecord::Party => write!(f, "a party with key '{key}' already exists"),
                KeyedRecord::Tom => write!(f, "a TOM with key '{key}' already exists"),
                KeyedRecord::ProcessorEntry => {
                    write!(f, "an entry with key '{key}' already exists")
                }
            },
            PartyInUse { key, by, list } => {
                let list = match list {
                    PartyList::Recipients => "recipients",
                    PartyList::Transfers => "transfers",
                    PartyList::SubProcessors => "sub-processors",
                };
                let by = match by {
                    UsedBy::Activity(k) => format!("activity {k}"),
                    UsedBy::ProcessorEntry(k) => format!("processor record {k}"),
                    UsedBy::Party(k) => format!("party {k}"),
                };
                write!(
                    f,
                    "party '{key}' is still named in {by} ({list}); remove it there first"
                )
            }
            TomInUse { key, by } => match by {
                UsedBy::ProcessorEntry(k) => write!(
                    f,
                    "TOM '{key}' is still referenced by processor record entry '{k}'"
                ),
                UsedBy::Activity(k) | UsedBy::Party(k) => {
                    write!(f, "TOM '{key}' is still referenced by activity '{k}'")
                }
            },
            RegisterNotEmpty => f.write_str(
                "the register already holds data; import into a new register or replace its \
                 content",
            ),
            NotAChangeOf {
                change_id,
                entity,
                key,
            } => write!(f, "change {change_id} is not a change of {entity} '{key}'"),
            FieldUnchanged { change_id } => {
                write!(f, "change {change_id} did not change this field")
            }
            KeptByRegister => f.write_str("is kept by the register itself and cannot be restored"),
            AlreadyRestored { change_id } => write!(
                f,
                "already holds the value it had before change {change_id}; nothing to restore"
            ),
            CannotRestore { obstacle } => write!(f, "cannot be restored: {obstacle}"),
            EarlierValueDoesNotFit { reason } => {
                write!(f, "the earlier value no longer fits the record: {reason}")
            }
            NotAFieldPath => f.write_str("is not a field path of a record"),
            EmptyNotice => f.write_str("an empty notice cannot be published"),
            NoticeItemsMissing { count } => write!(
                f,
                "{count} item(s) required by Art. 13/14 GDPR are missing; complete the register \
                 or publish with the markers deliberately"
            ),
            NoticeFindings { count, rules } => write!(
                f,
                "{count} finding(s) of severity error concern statements of the notice ({}); a \
                 notice the checks find wrong is not published, not even with its gaps marked",
                rules.join(", ")
            ),
            NoSuchActivity { key } => write!(f, "there is no activity with key '{key}'"),
            NotTranslatable { field } => write!(
                f,
                "'{field}' is not a text of the record that can be translated (a free text \
                 that is recorded)"
            ),
            FooterPages { footers, pages } => {
                write!(
                    f,
                    "the footers cover {footers} pages, the print has {pages}"
                )
            }
            OutputProtected { path, what } => {
                let what = match what {
                    ProtectedFile::Register => "is the register itself",
                    ProtectedFile::SqliteCompanion => "is a file SQLite keeps beside the register",
                    ProtectedFile::BackupFolder => "is inside the register's backup folder",
                };
                write!(
                    f,
                    "{path} {what}; writing there would destroy the register or its backups, so \
                     nothing was written; choose another file"
                )
            }
            FileExists { path } => write!(
                f,
                "{path} already exists; a new register needs a new file name (use Open to open it)"
            ),
            NoFile { path } => write!(f, "{path} is no file"),
            CopyOverOpenRegister => {
                f.write_str("the copy cannot replace the open register itself; choose another file")
            }
            NotABackup { path, folder } => write!(
                f,
                "{path} is not a backup of this register; only files in {folder} can be restored"
            ),
            UnknownPreview => {
                f.write_str("no file was previewed under this token; choose the file again")
            }
            TableImport { message } => f.write_str(message),
        }
    }
}

impl Display for RestoreObstacle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &str| if p.is_empty() { "the record" } else { p }.to_owned();
        match self {
            RestoreObstacle::PathEmpty => f.write_str("the path is empty"),
            RestoreObstacle::EmptyNow { path } => {
                write!(f, "{} is empty in the record now", shown(path))
            }
            RestoreObstacle::FieldGone { path, field } => write!(
                f,
                "{} no longer has a field {field} (its kind changed)",
                shown(path)
            ),
            RestoreObstacle::EntryGone { path, list, len } => write!(
                f,
                "{path} no longer exists: {} has {len} {} now",
                shown(list),
                if *len == 1 { "entry" } else { "entries" }
            ),
        }
    }
}

mod german;

#[cfg(test)]
mod tests {
    use super::german::count;
    use super::*;

    #[test]
    fn counts_are_grouped_the_german_way() {
        assert_eq!(count(7), "7");
        assert_eq!(count(300), "300");
        assert_eq!(count(10_000), "10.000");
        assert_eq!(count(4_294_967_295u32), "4.294.967.295");
        assert_eq!(count(-1234), "-1.234");
    }

    #[test]
    fn serde_messages_are_sorted_into_reasons() {
        assert_eq!(
            Reason::from_serde("missing field `name`"),
            Reason::MissingField {
                field: "name".into()
            }
        );
        assert_eq!(
            Reason::from_serde("unknown field `nme`, expected `name` or `key`"),
            Reason::UnknownField {
                field: "nme".into(),
                expected: vec!["name".into(), "key".into()]
            }
        );
        let variant =
            Reason::from_serde("unknown variant `maybe`, expected one of `yes`, `no`, `open`");
        assert_eq!(
            variant,
            Reason::UnknownVariant {
                value: "maybe".into(),
                expected: vec!["yes".into(), "no".into(), "open".into()]
            }
        );
        assert_eq!(
            variant.german(),
            "Unbekannter Wert „maybe“; erwartet wird „yes“, „no“ oder „open“."
        );
        let typed = Reason::from_serde("invalid type: string \"a, expected b\", expected u32");
        assert_eq!(
            typed,
            Reason::InvalidValue {
                problem: ValueProblem::Type,
                found: "string \"a, expected b\"".into(),
                expected: "u32".into()
            },
            "the last \", expected\" separates: a typed text may contain one"
        );
        assert_eq!(
            typed.german(),
            "Ungültiger Wert: der Text „a, expected b“; erwartet wird eine ganze Zahl von 0 bis \
             4.294.967.295."
        );
        assert_eq!(
            Reason::from_serde("premature end of input"),
            Reason::DateSyntax {
                problem: DateProblem::TooShort
            }
        );
        for message in [
            "a type's own words",
            "unknown field `nme`, expected `name` or `key`",
            "unknown variant `x`, expected one of `yes`, `no`, `open`",
            "unknown variant `x`, expected `a`",
            "invalid type: string \"a, expected b\", expected u32",
            "invalid length 3, expected a tuple of size 2",
            "premature end of input",
        ] {
            assert_eq!(
                Reason::from_serde(message).to_string(),
                message,
                "the English text stays serde's"
            );
        }
    }

    #[test]
    fn nested_reasons_are_translated_whole() {
        let r = Reason::EarlierValueDoesNotFit {
            reason: Box::new(Reason::MissingField {
                field: "name".into(),
            }),
        };
        assert_eq!(
            r.to_string(),
            "the earlier value no longer fits the record: missing field `name`"
        );
        assert_eq!(
            r.german(),
            "Der frühere Wert passt nicht mehr zum Datensatz: Das Feld „name“ fehlt."
        );
        let gone = Reason::CannotRestore {
            obstacle: RestoreObstacle::EntryGone {
                path: "purposes[2]".into(),
                list: "purposes".into(),
                len: 1,
            },
        };
        assert_eq!(
            gone.to_string(),
            "cannot be restored: purposes[2] no longer exists: purposes has 1 entry now"
        );
        assert_eq!(
            gone.german(),
            "Lässt sich nicht wiederherstellen: purposes[2] gibt es nicht mehr: purposes hat \
             jetzt 1 Eintrag."
        );
    }

    #[test]
    fn the_reason_travels_as_tagged_json() {
        let r = Reason::TooLong {
            length: 301,
            max: 300,
        };
        assert_eq!(
            serde_json::to_value(&r).unwrap(),
            serde_json::json!({"kind": "too_long", "length": 301, "max": 300})
        );
        let back: Reason = serde_json::from_value(serde_json::to_value(&r).unwrap()).unwrap();
        assert_eq!(back, r);
    }
}
