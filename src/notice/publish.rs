//! Publishing the notice: render it as it stands today, keep it as an
//! immutable version (evidence of what data subjects were told, Art. 5(2)),
//! and show what changed between a published version and the register now.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;
use similar::TextDiff;

use super::{build, render_html, render_markdown, MissingItem, Notice, NoticeOptions};
use crate::{Catalogs, Error, Lang, Publication, Register, Result, Store};

/// A stored version and the items that were missing when it was published.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Published {
    pub publication: Publication,
    pub missing: Vec<MissingItem>,
}

/// The notice [`publish`] would store now: every active activity in `lang`,
/// dated today. A caller can show its missing items, in its own words,
/// before publishing.
pub fn pending(
    register: &Register,
    catalogs: &Catalogs,
    lang: Lang,
    overrides: Option<PathBuf>,
) -> Notice {
    let mut options = NoticeOptions::new(lang, crate::clock::today());
    options.overrides = overrides;
    build(register, catalogs, &options)
}

/// Publishes the notice of every active activity in `lang`, dated today
/// (its "Stand" is the publication date). A notice with missing items is
/// refused unless `allow_missing` is set, because the published text would
/// carry the "missing" markers. Error findings of the checks on what the
/// notice states ([`blocking`]) refuse it even then.
pub fn publish(
    store: &mut Store,
    lang: Lang,
    overrides: Option<PathBuf>,
    allow_missing: bool,
) -> Result<Published> {
    let register = store.load()?;
    let notice = pending(&register, store.catalogs(), lang, overrides);
    let blocking = blocking(&notice);
    if !blocking.is_empty() {
        let mut rules: Vec<&str> = blocking.iter().filter_map(|m| m.rule.as_deref()).collect();
        rules.sort_unstable();
        rules.dedup();
        return Err(Error::validation(
            "findings",
            crate::Reason::NoticeFindings {
                count: blocking.len(),
                rules: rules.iter().map(|r| r.to_string()).collect(),
            },
        ));
    }
    if !notice.missing.is_empty() && !allow_missing {
        return Err(Error::validation(
            "missing",
            crate::Reason::NoticeItemsMissing {
                count: notice.missing.len(),
            },
        ));
    }
    let templates = notice
        .templates
        .as_deref()
        .map(super::overrides_in_use)
        .transpose()?
        .flatten();
    let markdown = render_markdown(&notice)?;
    let html = render_html(&notice)?;
    let publication = store.publish_notice(
        lang,
        &markdown,
        &html,
        templates.as_ref().map(|t| t.hash.as_str()),
    )?;
    Ok(Published {
        publication,
        missing: notice.missing,
    })
}

/// The gaps that bar publication outright: error findings of the checks on
/// what the notice states.
pub fn blocking(notice: &Notice) -> Vec<&MissingItem> {
    notice.missing.iter().filter(|m| m.blocking).collect()
}

/// What changed between a published version and the register's notice now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VersionDiff {
    pub publication_id: i64,
    pub lang: Lang,
    pub published_on: NaiveDate,
    pub changed: bool,
    /// A unified line diff of the Markdown texts, published version first.
    pub unified: String,
}

/// Compares `publication` with the notice the register gives now, rendered
/// in the publication's language and with its date as "Stand", so that the
/// date alone does not show as a change.
pub fn diff(
    register: &Register,
    catalogs: &Catalogs,
    publication: &Publication,
    overrides: Option<PathBuf>,
) -> Result<VersionDiff> {
    let published_on = crate::clock::local_date(publication.published_at);
    let mut options = NoticeOptions::new(publication.lang, published_on);
    options.overrides = overrides;
    let current = render_markdown(&build(register, catalogs, &options))?;
    let text_diff = TextDiff::from_lines(publication.markdown.as_str(), current.as_str());
    let changed = publication.markdown != current;
    let unified = text_diff
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("published #{} ({published_on})", publication.id),
            "current register",
        )
        .to_string();
    Ok(VersionDiff {
        publication_id: publication.id,
        lang: publication.lang,
        published_on,
        changed,
        unified,
    })
}

/// The most recent publication in `lang`, if any.
pub fn latest(publications: &[Publication], lang: Lang) -> Option<&Publication> {
    publications
        .iter()
        .filter(|p| p.lang == lang)
        .max_by_key(|p| (p.published_at, p.id))
}
