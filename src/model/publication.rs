//! Published versions of the public notice: what was on the website when, as
//! evidence of what data subjects were told (Art. 5(2), Art. 12(1)).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub id: i64,
    pub lang: Lang,
    /// The moment of publication; its date is the notice's "Stand".
    pub published_at: DateTime<Utc>,
    /// The operating-system user who published it.
    pub user: String,
    /// SHA-256 of `markdown`, hex-encoded.
    pub content_hash: String,
    pub markdown: String,
    pub html: String,
    /// SHA-256 of the organisation's own templates that laid it out
    /// ([`crate::notice::Overrides::hash`]); none when VVT's built-in
    /// templates alone did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub template_hash: Option<String>,
}
