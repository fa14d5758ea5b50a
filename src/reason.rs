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

/// A count grouped the German way: 10000 → "10.000".
fn count(n: impl Display) -> String {
    let digits = n.to_string();
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest.to_owned()),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// A value or code from the register, in German quotation marks.
fn q(text: &str) -> String {
    format!("„{text}“")
}

/// Names in German, joined by "oder": „a“, „b“ oder „c“.
fn or_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| q(n)).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} oder {last}", rest.join(", ")),
    }
}

/// serde's word for the value it found ("integer `5`", "string \"abc\"").
fn found_de(value: &str) -> String {
    let inner = |prefix: &str, open: char, close: char| {
        value
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix(open))
            .and_then(|r| r.strip_suffix(close))
            .map(str::to_owned)
    };
    match value {
        "null" => return "kein Wert (null)".into(),
        "sequence" => return "eine Liste".into(),
        "map" => return "ein Objekt".into(),
        _ => {}
    }
    if let Some(text) = inner("string ", '"', '"') {
        return format!("der Text {}", q(&text));
    }
    for (prefix, word) in [
        ("integer ", "die Zahl"),
        ("floating point ", "die Kommazahl"),
        ("boolean ", "der Wahrheitswert"),
    ] {
        if let Some(v) = inner(prefix, '`', '`') {
            return format!("{word} {v}");
        }
    }
    value.to_owned()
}

/// serde's word for what the record's type expected ("a string", "u32").
fn expected_de(what: &str) -> String {
    let word = match what {
        "a string" | "string or map" => "ein Text".to_owned(),
        "a boolean" => "ein Wahrheitswert (true oder false)".to_owned(),
        "a sequence" => "eine Liste".to_owned(),
        "a map" => "ein Objekt".to_owned(),
        "a formatted date string" => "ein Datum im Format JJJJ-MM-TT".to_owned(),
        "an RFC 3339 formatted date and time string" => "ein Zeitpunkt nach RFC 3339".to_owned(),
        "u8" => format!("eine ganze Zahl von 0 bis {}", count(u8::MAX)),
        "u16" => format!("eine ganze Zahl von 0 bis {}", count(u16::MAX)),
        "u32" => format!("eine ganze Zahl von 0 bis {}", count(u32::MAX)),
        "u64" => "eine ganze Zahl ab 0".to_owned(),
        "i32" | "i64" => "eine ganze Zahl".to_owned(),
        other if other.starts_with("struct ") || other.starts_with("internally tagged enum ") => {
            "ein Objekt".to_owned()
        }
        other => other.to_owned(),
    };
    word
}

/// An entity code of the history, in the dative ("gehört nicht zu der Stelle").
fn entity_dative(code: &str) -> &str {
    match code {
        "organisation" => "der Organisation",
        "activity" => "der Verarbeitungstätigkeit",
        "party" => "der Stelle",
        "tom" => "der Maßnahme",
        "processor_activity" => "dem Eintrag im Verzeichnis als Auftragsverarbeiter",
        other => other,
    }
}

impl RestoreObstacle {
    fn german(&self) -> String {
        let shown = |p: &str| if p.is_empty() { "der Datensatz" } else { p }.to_owned();
        match self {
            RestoreObstacle::PathEmpty => "der Pfad ist leer".into(),
            RestoreObstacle::EmptyNow { path } => {
                format!("{} ist im Datensatz jetzt leer", shown(path))
            }
            RestoreObstacle::FieldGone { path, field } => format!(
                "{} hat kein Feld {field} mehr (seine Art hat sich geändert)",
                shown(path)
            ),
            RestoreObstacle::EntryGone { path, list, len } => format!(
                "{path} gibt es nicht mehr: {} hat jetzt {} {}",
                shown(list),
                count(len),
                if *len == 1 { "Eintrag" } else { "Einträge" }
            ),
        }
    }
}

impl Reason {
    /// The reason in German, as the CLI, the spreadsheet import and the app
    /// show it: a sentence that a DPO can act on; values stay as typed.
    pub fn german(&self) -> String {
        use Reason::*;
        match self {
            Required => "Pflichtangabe – bitte ausfüllen.".into(),
            TooLong { length, max } => format!(
                "Zu lang ({} Zeichen, höchstens {}).",
                count(length),
                count(max)
            ),
            ControlCharacters => "Enthält unzulässige Steuerzeichen.".into(),
            TooManyEntries { count: n, max } => {
                format!("Zu viele Einträge ({}, höchstens {}).", count(n), count(max))
            }
            DateOutOfRange { date, min, max } => format!(
                "Das Datum {date} liegt außerhalb des zulässigen Bereichs ({min} bis {max})."
            ),
            InvalidKey { value } => format!(
                "{} ist keine gültige Kennung (Buchstaben ohne Umlaute, Ziffern, „.“, „_“ oder \
                 „-“, am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen).",
                q(value)
            ),
            NotAnEmail { value } => format!("{} ist keine E-Mail-Adresse.", q(value)),
            NotAWebAddress { value } => format!("{} ist keine Webadresse (https://…).", q(value)),
            UnknownCountry { code } => format!(
                "Unbekannter Ländercode {} (erwartet wird ein Code nach ISO 3166-1 Alpha-2, z. B. \
                 „US“).",
                q(code)
            ),
            UnknownMechanism { code } => format!("Unbekanntes Übermittlungsinstrument {}.", q(code)),
            UnknownLegalBasis { code } => format!("Unbekannte Rechtsgrundlage {}.", q(code)),
            UnknownDpiaCriterion { code } => format!(
                "Unbekannte Frage der DSFA-Schwellwertanalyse {}.",
                q(code)
            ),
            UnknownAuthority { code } => format!("Unbekannte Aufsichtsbehörde {}.", q(code)),
            UnknownParty { key } => format!("Verweist auf die Stelle {}, die es nicht gibt.", q(key)),
            UnknownTom { key } => format!(
                "Verweist auf die Maßnahme {}, die es im TOM-Katalog nicht gibt.",
                q(key)
            ),
            UnknownActivity { key } => format!(
                "Verweist auf die Verarbeitungstätigkeit {}, die es nicht gibt.",
                q(key)
            ),
            UnknownPurpose { purpose } => format!("Die Tätigkeit hat keinen Zweck {}.", q(purpose)),
            UnknownDataCategory { name } => {
                format!("Die Tätigkeit hat keine Datenkategorie {}.", q(name))
            }
            ListedTwice { item, value } => {
                let what = match item {
                    Listed::Tom => "Die Maßnahme",
                    Listed::LegalBasis => "Die Rechtsgrundlage",
                    Listed::Group => "Die Gruppe",
                    Listed::Channel => "Der Weg",
                    Listed::DataCategory => "Die Datenkategorie",
                    Listed::Safeguard => "Die Schutzmaßnahme",
                    Listed::Embed => {
                        return format!("{} dieses Anbieters ist doppelt aufgeführt.", q(value))
                    }
                };
                format!("{what} {} ist doppelt aufgeführt.", q(value))
            }
            PeriodOutOfRange { amount, max } => format!(
                "{} ist keine sinnvolle Löschfrist (1 bis {}).",
                count(amount),
                count(max)
            ),
            NoSpecialCondition { code } => format!(
                "{} ist keine Ausnahme nach Art. 9 Abs. 2 und keine Grundlage nach Art. 10 DSGVO.",
                q(code)
            ),
            Art9ConditionNeedsSpecialCategory => {
                "Eine Ausnahme nach Art. 9 Abs. 2 gehört zu einer als besondere Kategorie \
                 (Art. 9 Abs. 1) markierten Datenkategorie."
                    .into()
            }
            Art10BasisNeedsCriminalCategory => {
                "Eine Grundlage nach Art. 10 gehört zu einer als Daten über Straftaten markierten \
                 Datenkategorie."
                    .into()
            }
            ChannelsOnlyForPublic => "Nur eine Veröffentlichung hat Wege der Veröffentlichung.".into(),
            PublicIsNoParty => {
                "Die Öffentlichkeit ist keine Stelle; nennen Sie die Wege der Veröffentlichung."
                    .into()
            }
            PublicationChannelsMissing => {
                "Nennen Sie, wo die Daten veröffentlicht werden (Website, Livestream, Aushang …)."
                    .into()
            }
            PublicationBasisMissing => "Geben Sie die Rechtsgrundlage der Veröffentlichung an.".into(),
            RetentionStartUndescribed => {
                "Beschreiben Sie in Worten, mit welchem Ereignis die Frist beginnt – es steht nicht \
                 im Katalog."
                    .into()
            }
            RetentionMissing => {
                "Geben Sie eine Frist oder ein Kriterium an, wie lange die Daten aufbewahrt werden."
                    .into()
            }
            InternalUnitMissing => "Nennen Sie die interne Stelle, die die Daten erhält.".into(),
            InternalRecipientIsNoParty => {
                "Ein interner Empfänger ist eine Einheit der eigenen Organisation; wählen Sie dafür \
                 keine Stelle aus."
                    .into()
            }
            RecipientMissing => {
                "Wählen Sie die empfangende Stelle aus oder beschreiben Sie die Kategorie von \
                 Empfängern."
                    .into()
            }
            TransferCountryInEea { code } => format!(
                "{} liegt im EWR; das ist keine Übermittlung in ein Drittland.",
                q(code)
            ),
            EmbedCountryInEea { code } => {
                format!("{} liegt im EWR; erfassen Sie nur ein Land außerhalb.", q(code))
            }
            NoSccModule { module } => format!(
                "{module} ist kein Modul der Standardvertragsklauseln (1 bis 4)."
            ),
            SccModuleWithoutScc => {
                "Ein Modul gibt es nur bei Standardvertragsklauseln als Übermittlungsinstrument."
                    .into()
            }
            OwnSubProcessor => "Eine Stelle kann nicht ihr eigener Unterauftragsverarbeiter sein.".into(),
            BeforeCreated => "Liegt vor dem Datum der Anlegung (created_at).".into(),
            EmptyWithDpo => "Muss leer bleiben, wenn ein Datenschutzbeauftragter erfasst ist.".into(),
            TooManyPersons { max } => format!("Höchstens {} Personen.", count(max)),
            DuplicateKey { key, also_at } => format!(
                "Die Kennung {} ist doppelt vergeben (auch bei {also_at}).",
                q(key)
            ),
            NotPositive => "Muss eine positive Zahl sein.".into(),
            DuplicateId { id } => format!("Die ID {id} ist doppelt vergeben."),
            NotPositiveUnique => "Muss eine positive, eindeutige Zahl sein.".into(),
            PublicationAltered => {
                "Passt nicht zum veröffentlichten Text; die Datei wurde verändert.".into()
            }
            IdTooLarge { id, max } => format!("{id} ist größer als {max}."),
            VersionOutOfRange {
                version,
                least,
                max,
            } => format!(
                "Die Version {version} liegt außerhalb des zulässigen Bereichs ({least} bis {max})."
            ),
            MalformedJson { detail } => {
                format!("Kein gültiges JSON (technische Angaben: {detail}).")
            }
            NotAJsonObject => "Eine Verzeichnisdatei muss ein JSON-Objekt sein.".into(),
            WrongFormat { expected, found } => {
                format!("Erwartet wird „{expected}“, gefunden wurde {found}.")
            }
            FormatMissing { expected } => format!("Fehlt; erwartet wird „{expected}“."),
            FormatVersionTooNew {
                version,
                oldest,
                newest,
            } => format!(
                "Version {version} wurde von einem neueren VVT geschrieben; dieses Programm liest \
                 die Versionen {oldest} bis {newest}."
            ),
            FormatVersionUnsupported {
                found,
                oldest,
                newest,
            } => format!(
                "Nicht unterstützte Version {found}; dieses Programm liest die Versionen {oldest} \
                 bis {newest}."
            ),
            Missing => "Fehlt.".into(),
            KeyTwiceInObject => {
                "Steht zweimal im selben Objekt; die Datei ist mehrdeutig, daher wurde nichts \
                 importiert."
                    .into()
            }
            NotARegularFile { path } => format!(
                "{path} ist keine gewöhnliche Datei (ein Ordner, ein Gerät oder eine Pipe); \
                 importieren lassen sich nur Dateien."
            ),
            FileTooLarge { mib, max_mib } => format!(
                "Die Datei ist {} MiB groß; importieren lassen sich höchstens {} MiB.",
                count(mib),
                count(max_mib)
            ),
            NotUtf8 { detail } => {
                format!("Die Datei ist kein UTF-8-Text (technische Angaben: {detail}).")
            }
            InvalidDate { value } => format!("{} ist kein gültiges Datum.", q(value)),
            DateSyntax { problem } => {
                format!("Kein gültiges Datum (JJJJ-MM-TT): {}.", problem.german())
            }
            MissingField { field } => format!("Das Feld {} fehlt.", q(field)),
            UnknownField { field, .. } => format!("Das Feld {} gibt es hier nicht.", q(field)),
            UnknownVariant { value, expected } if expected.is_empty() => {
                format!("Unbekannter Wert {}.", q(value))
            }
            UnknownVariant { value, expected } => format!(
                "Unbekannter Wert {}; erwartet wird {}.",
                q(value),
                or_list(expected)
            ),
            Unrecognised { message } => {
                format!("Ungültiger Wert (technische Angaben: {message}).")
            }
            InvalidValue {
                found, expected, ..
            } => format!(
                "Ungültiger Wert: {}; erwartet wird {}.",
                found_de(found),
                expected_de(expected)
            ),
            KeyTaken { record, key } => match record {
                KeyedRecord::Activity => format!(
                    "Eine Verarbeitungstätigkeit mit der Kennung {} gibt es bereits.",
                    q(key)
                ),
                KeyedRecord::Party => {
                    format!("Eine Stelle mit der Kennung {} gibt es bereits.", q(key))
                }
                KeyedRecord::Tom => {
                    format!("Eine Maßnahme mit der Kennung {} gibt es bereits.", q(key))
                }
                KeyedRecord::ProcessorEntry => {
                    format!("Einen Eintrag mit der Kennung {} gibt es bereits.", q(key))
                }
            },
            PartyInUse { key, by, list } => {
                let by = match by {
                    UsedBy::Activity(k) => format!("in der Verarbeitungstätigkeit {}", q(k)),
                    UsedBy::ProcessorEntry(k) => format!(
                        "im Verzeichnis als Auftragsverarbeiter (Eintrag {})",
                        q(k)
                    ),
                    UsedBy::Party(k) => format!("bei der Stelle {}", q(k)),
                };
                let list = match list {
                    PartyList::Recipients => "bei den Empfängern",
                    PartyList::Transfers => "bei den Drittlandübermittlungen",
                    PartyList::SubProcessors => "unter den Unterauftragsverarbeitern",
                };
                format!(
                    "Die Stelle {} ist noch {by} {list} eingetragen; entfernen Sie sie dort zuerst.",
                    q(key)
                )
            }
            TomInUse { key, by } => match by {
                UsedBy::ProcessorEntry(k) => format!(
                    "Die Maßnahme {} wird noch vom Eintrag {} im Verzeichnis als \
                     Auftragsverarbeiter verwendet.",
                    q(key),
                    q(k)
                ),
                UsedBy::Activity(k) | UsedBy::Party(k) => format!(
                    "Die Maßnahme {} wird noch von der Verarbeitungstätigkeit {} verwendet.",
                    q(key),
                    q(k)
                ),
            },
            RegisterNotEmpty => {
                "Das Verzeichnis enthält bereits Daten; importieren Sie in ein neues Verzeichnis \
                 oder ersetzen Sie seinen Inhalt."
                    .into()
            }
            NotAChangeOf {
                change_id,
                entity,
                key,
            } => format!(
                "Die Änderung {change_id} gehört nicht zu {} {}.",
                entity_dative(entity),
                q(key)
            ),
            FieldUnchanged { change_id } => {
                format!("Die Änderung {change_id} hat dieses Feld nicht geändert.")
            }
            KeptByRegister => {
                "Wird vom Verzeichnis selbst geführt und lässt sich nicht wiederherstellen.".into()
            }
            AlreadyRestored { change_id } => format!(
                "Hat bereits den Wert von vor der Änderung {change_id}; es gibt nichts \
                 wiederherzustellen."
            ),
            CannotRestore { obstacle } => {
                format!("Lässt sich nicht wiederherstellen: {}.", obstacle.german())
            }
            EarlierValueDoesNotFit { reason } => format!(
                "Der frühere Wert passt nicht mehr zum Datensatz: {}",
                reason.german()
            ),
            NotAFieldPath => "Ist kein Feldpfad eines Datensatzes.".into(),
            EmptyNotice => "Leere Datenschutzhinweise können nicht veröffentlicht werden.".into(),
            NoticeItemsMissing { count: n } => format!(
                "{}; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit \
                 den Markierungen „Fehlt“.",
                if *n == 1 {
                    "1 Pflichtangabe nach Art. 13/14 DSGVO fehlt".to_owned()
                } else {
                    format!("{} Pflichtangaben nach Art. 13/14 DSGVO fehlen", count(n))
                }
            ),
            NoticeFindings { count: n, rules } => format!(
                "Die Prüfung findet {} an Angaben der Hinweise (Regeln: {}); solche Hinweise \
                 werden auch mit Markierungen nicht veröffentlicht. Beheben Sie die Befunde im \
                 Verzeichnis.",
                if *n == 1 {
                    "einen Fehler".to_owned()
                } else {
                    format!("{} Fehler", count(n))
                },
                rules.iter().map(|r| q(r)).collect::<Vec<_>>().join(", ")
            ),
            NoSuchActivity { key } => format!(
                "Es gibt keine Verarbeitungstätigkeit mit der Kennung {}.",
                q(key)
            ),
            FooterPages { footers, pages } => format!(
                "Die Fußzeilen umfassen {} Seiten, der Ausdruck hat {}.",
                count(footers),
                count(pages)
            ),
            OutputProtected { path, what } => {
                let what = match what {
                    ProtectedFile::Register => "ist das Verzeichnis selbst",
                    ProtectedFile::SqliteCompanion => {
                        "ist eine Datei, die SQLite neben dem Verzeichnis führt"
                    }
                    ProtectedFile::BackupFolder => "liegt im Sicherungsordner des Verzeichnisses",
                };
                format!(
                    "{path} {what}; dorthin zu schreiben würde das Verzeichnis oder seine \
                     Sicherungen zerstören, daher wurde nichts geschrieben. Wählen Sie eine andere \
                     Datei."
                )
            }
            FileExists { path } => format!(
                "{path} gibt es bereits; ein neues Verzeichnis braucht einen neuen Dateinamen \
                 (eine vorhandene Datei öffnet „Öffnen …“)."
            ),
            NoFile { path } => format!("{path} ist keine Datei."),
            CopyOverOpenRegister => {
                "Die Kopie kann nicht das geöffnete Verzeichnis selbst ersetzen; wählen Sie eine \
                 andere Datei."
                    .into()
            }
            NotABackup { path, folder } => format!(
                "{path} ist keine Sicherung dieses Verzeichnisses; wiederherstellen lassen sich \
                 nur Dateien aus {folder}."
            ),
            UnknownPreview => {
                "Unter diesem Zeichen wurde keine Datei geprüft; wählen Sie die Datei erneut.".into()
            }
            TableImport { message } => message.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
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
