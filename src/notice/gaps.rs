//! `Gaps`, which turns an activity's gaps into missing items under its
//! duty. Apart from activity.rs because the recipients and transfers that
//! activity.rs describes collect their gaps with it too.

use super::missing::{item, Duty, Gap};
use super::MissingItem;
use crate::Lang;

/// Collects an activity's missing items under its duty.
pub(super) struct Gaps<'a> {
    pub(super) lang: Lang,
    pub(super) duty: Duty,
    pub(super) key: &'a str,
    pub(super) name: &'a str,
}

impl Gaps<'_> {
    pub(super) fn item(&self, gap: Gap, field: impl Into<String>) -> MissingItem {
        item(
            self.lang,
            self.duty,
            gap,
            Some((self.key, self.name)),
            field,
        )
    }

    /// A gap inside one of several parts (a purpose, a category, a
    /// transfer), named in the message so a list of gaps can be acted on.
    pub(super) fn item_about(
        &self,
        gap: Gap,
        field: impl Into<String>,
        about: &str,
    ) -> MissingItem {
        let mut m = self.item(gap, field);
        let about = about.trim();
        if !about.is_empty() {
            let short: String = about.chars().take(60).collect();
            let ellipsis = if short.len() < about.len() { "…" } else { "" };
            m.message = format!("{}: {short}{ellipsis}", m.message);
        }
        m
    }
}
