//! The public privacy notice (Art. 13/14 GDPR, "Datenschutzhinweise")
//! generated from the register: [`build`] turns a loaded register into a
//! [`Notice`] — the facts per activity plus every Art. 13/14 item the register
//! does not yet answer — and the renderers lay it out as HTML, Markdown or PDF
//! from the templates in `templates/notice/`. See docs/notice.md.

mod activity;
mod automation;
mod build;
mod escape;
mod findings;
mod format;
mod gaps;
mod missing;
mod options;
mod overrides;
pub(crate) mod place;
mod publish;
mod recipients;
mod render;
mod retention;
mod sections;
mod separate;
mod shared;
mod stand;
mod templates;
mod transfers;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::Lang;

pub use build::{build, check_selection};
pub use escape::{escape_markdown, escape_typst};
pub use findings::{concerns_notice, NOTICE_RULES};
pub use format::{render_as, NoticeFormat};
pub use options::{NoticeOptions, NoticeSelection};
pub use overrides::{overrides_in_use, Overrides, MAX_TEMPLATE_SIZE};
pub use publish::{blocking, diff, latest, pending, publish, Published, VersionDiff};
pub use render::{render_docx, render_html, render_markdown, render_pdf, render_typst};
pub use sections::*;
pub use separate::{separate_notices, separate_selection, SeparateNotice};
pub use templates::BUILTIN_TEMPLATES;

/// The override folder that belongs to a register file: `<file>.templates`
/// beside it, e.g. `register.vvt.templates/` for `register.vvt`. Returns it
/// only when it exists.
pub fn default_overrides(register_path: &Path) -> Option<PathBuf> {
    let name = register_path.file_name()?.to_string_lossy().into_owned();
    let dir = register_path.with_file_name(format!("{name}.templates"));
    dir.is_dir().then_some(dir)
}

/// What the desktop app's live preview shows: the HTML page and the items
/// still missing (to list them beside the page and link to the fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Preview {
    pub html: String,
    pub missing: Vec<MissingItem>,
    /// Recommended items the register lacks (see [`Notice::recommended`]).
    pub recommended: Vec<MissingItem>,
    pub left_out: Vec<LeftOut>,
    /// The organisation's own templates that lay this notice out, if any:
    /// the app says so beside the page.
    pub own_templates: Option<Overrides>,
}

/// An active activity the public notice leaves out because its data
/// subjects are informed otherwise (`ProcessingActivity::information`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LeftOut {
    pub key: String,
    pub name: String,
    /// How its data subjects are informed instead, in the notice's language.
    pub reason: String,
}

/// Builds the notice and renders it as HTML in one call, for the preview.
pub fn preview(
    register: &crate::Register,
    catalogs: &crate::Catalogs,
    options: &NoticeOptions,
) -> crate::Result<Preview> {
    let notice = build(register, catalogs, options);
    let own_templates = options
        .overrides
        .as_deref()
        .map(overrides_in_use)
        .transpose()?
        .flatten();
    Ok(Preview {
        html: render_html(&notice)?,
        missing: notice.missing,
        recommended: notice.recommended,
        left_out: notice.left_out,
        own_templates,
    })
}

/// An Art. 13/14 item the register does not answer for the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MissingItem {
    /// The activity's key; `None` for items of the whole notice.
    pub activity: Option<String>,
    /// Stable id of the item, e.g. `13-1-c` or `14-2-f`.
    pub item: String,
    /// The provision, e.g. "Art. 13 Abs. 1 lit. c DSGVO" / "Art. 13(1)(c) GDPR".
    pub article: String,
    /// JSON path into the record where the DPO fills it in, e.g.
    /// `purposes[0].legal_bases`, `controller.email`, `authority`; for the
    /// app to open the field, never printed.
    pub field: String,
    /// The same place in the app's words, e.g. "Organisation ›
    /// Verantwortlicher › E-Mail": what a document names.
    pub place: String,
    pub message: String,
    /// The check rule whose finding this is, when the register states
    /// something the checks find wrong (e.g. `bdsg26-alone`), rather than
    /// leaving an item unanswered.
    pub rule: Option<String>,
    /// A check finding of severity error: the notice cannot be published
    /// while it stands, not even deliberately with its gaps marked.
    pub blocking: bool,
}

/// A generated notice: everything the templates lay out, already resolved
/// against the catalogs in the notice's language. Each section carries the
/// missing items that belong there, and `missing` lists them all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    pub lang: Lang,
    pub stand: NaiveDate,
    pub controller: ControllerSection,
    pub dpo: DpoSection,
    /// What several activities share, stated once before them (see
    /// `shared.rs`); each has `group` set.
    pub shared: Vec<ActivityNotice>,
    /// Handed to the templates by the renderer, which converts the sections
    /// on several threads (`render.rs`), hence not serialized with the rest.
    #[serde(skip)]
    pub activities: Vec<ActivityNotice>,
    /// The organisation's general rule for deleting personal data.
    pub deletion_rule: Option<String>,
    /// Activities resting on Art. 6(1)(e) or (f): the Art. 21(1) objection.
    pub objection: Vec<ActivityRef>,
    /// Which of `art6-1-e` and `art6-1-f` those activities rest on, so that
    /// the objection names only the bases actually used.
    pub objection_bases: Vec<&'static str>,
    /// Activities with a purpose of direct marketing: the objection of
    /// Art. 21(2)/(3), without reasons, set apart (Art. 21(4)).
    pub marketing: Vec<ActivityRef>,
    /// Activities resting on consent: the right to withdraw it.
    pub consent: Vec<ActivityRef>,
    pub complaint: ComplaintSection,
    /// Every missing item, in the order of the document.
    pub missing: Vec<MissingItem>,
    /// Active activities not described because they are informed otherwise;
    /// empty when the activities were named explicitly.
    pub left_out: Vec<LeftOut>,
    /// Findings on activities left out although the exemption they rest on
    /// does not hold: the notice would have to describe them.
    pub left_out_missing: Vec<MissingItem>,
    /// What the notice does without but data subjects are better served
    /// with (the controller's e-mail address, the competent authority's
    /// name): listed for the DPO, never marked in the text, and no bar to
    /// publication.
    pub recommended: Vec<MissingItem>,
    /// The override folder the templates are taken from, if any.
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivityRef {
    pub key: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControllerSection {
    pub name: String,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Only an `http(s)` address; anything else is not linked.
    pub website: Option<String>,
    pub representative: Option<Contact>,
    pub joint_controllers: Vec<JointControllerNotice>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: String,
    pub organisation: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JointControllerNotice {
    pub name: String,
    pub address: Option<String>,
    pub contact: Option<String>,
    pub arrangement: Option<String>,
    /// Names of the activities covered; empty means all.
    pub activities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DpoSection {
    pub dpo: Option<Contact>,
    /// No DPO is designated and the register records why: the notice says
    /// so instead of reporting the DPO as missing (Art. 13(1)(b) applies
    /// "where applicable"). The reason itself is internal and not published.
    pub not_designated: bool,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComplaintSection {
    pub authority: Option<AuthorityNotice>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuthorityNotice {
    pub name: String,
    pub address: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}
