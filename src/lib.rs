//! VVT core: the record of processing activities (Art. 30 GDPR) as data, its
//! SQLite store, the interchange format and the example register. Nothing in
//! here knows about windows; the desktop shell and the CLI are thin layers.

mod alloc;
pub mod checks;
pub mod clock;
mod docx;
pub mod dpv;
mod error;
pub mod example;
pub mod implied_transfers;
pub mod import_table;
pub mod interchange;
mod json_keys;
pub mod model;
pub mod notice;
pub mod paths;
pub mod pdf;
pub mod reason;
pub mod register_print;
pub mod store;
pub mod synthetic;
pub mod translation;
pub mod validate;
pub mod vocabulary;

pub use error::{Error, ErrorCode, FieldProblem, Result};
pub use model::*;
pub use reason::Reason;
pub use store::Store;

use serde::{Deserialize, Serialize};

/// The two languages of the UI and of every document; German is the default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Of a text kept in both languages, the one in this language.
    pub fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}
