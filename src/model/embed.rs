//! Cookies, similar storage on the user's device and third-party content a
//! website or app activity uses: the table a website notice needs, and what
//! the checks reason on under § 25 TDDDG (access to the terminal equipment
//! needs consent unless strictly necessary) and Chapter V GDPR.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// One cookie, storage entry or embedded service (format version 7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Embed {
    /// The cookie's name or the service's ("_pk_id", "Gravatar").
    pub name: String,
    pub kind: EmbedKind,
    /// Who runs it; `None` for the organisation itself (first party).
    #[serde(default)]
    pub provider: Option<String>,
    pub purpose: String,
    pub access: EmbedAccess,
    /// Whether it is set or loaded before the user has consented.
    #[serde(default)]
    pub before_consent: bool,
    /// How long it stays ("Sitzung", "13 Monate"); for an embed, what the
    /// provider keeps, as far as known.
    #[serde(default)]
    pub duration: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country outside the EU/EEA the data
    /// goes to; `None` when it stays inside.
    #[serde(default)]
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EmbedKind {
    #[default]
    Cookie,
    /// Local storage, session storage, IndexedDB and the like.
    Storage,
    /// Content or code loaded from a third party: fonts, maps, videos,
    /// avatars, plug-ins, pixels.
    Embed,
}

impl EmbedKind {
    pub const ALL: [EmbedKind; 3] = [Self::Cookie, Self::Storage, Self::Embed];

    pub fn code(self) -> &'static str {
        match self {
            Self::Cookie => "cookie",
            Self::Storage => "storage",
            Self::Embed => "embed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Cookie, Lang::De) => "Cookie",
            (Self::Cookie, Lang::En) => "cookie",
            (Self::Storage, Lang::De) => "lokaler Speicher",
            (Self::Storage, Lang::En) => "local storage",
            (Self::Embed, Lang::De) => "eingebundener Dienst",
            (Self::Embed, Lang::En) => "embedded service",
        }
    }
}

/// The ground of § 25 TDDDG for storing or reading on the user's device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EmbedAccess {
    /// § 25(1) TDDDG: the user's consent.
    #[default]
    Consent,
    /// § 25(2) no. 2 TDDDG: strictly necessary for a service the user
    /// explicitly asked for.
    StrictlyNecessary,
}

impl EmbedAccess {
    pub const ALL: [EmbedAccess; 2] = [Self::Consent, Self::StrictlyNecessary];

    pub fn code(self) -> &'static str {
        match self {
            Self::Consent => "consent",
            Self::StrictlyNecessary => "strictly_necessary",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Consent, Lang::De) => "Einwilligung (§ 25 Abs. 1 TDDDG)",
            (Self::Consent, Lang::En) => "consent (§ 25(1) TDDDG)",
            (Self::StrictlyNecessary, Lang::De) => {
                "unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)"
            }
            (Self::StrictlyNecessary, Lang::En) => "strictly necessary (§ 25(2) no. 2 TDDDG)",
        }
    }
}
