//! What a notice is asked for: the options [`super::build`] takes, and how the
//! CLI's `vvt notice` and the app's preview and export turn what was asked
//! (the activities, a separate notice, a date) into them — once, here, so the
//! two cannot produce different notices from the same request.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{check_selection, default_overrides, separate_selection};
use crate::Lang;

/// What to put into a notice and how.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeOptions {
    pub lang: Lang,
    /// Keys of the activities to describe, in this order. `None` means every
    /// active activity whose data subjects are informed by the public notice;
    /// drafts, retired activities and those informed otherwise are left out
    /// then, but may be named here explicitly (to preview a draft).
    pub activities: Option<Vec<String>>,
    /// The date printed as "Stand" / "Last updated"; `None` dates the
    /// notice by its content (see [`super::build`]): the newest change of
    /// anything it states, or its last publication when nothing changed since.
    pub stand: Option<NaiveDate>,
    /// The date the checks judge the register on; their findings on what
    /// the notice states become its gaps.
    pub today: NaiveDate,
    /// A folder whose `notice/` subfolder replaces built-in templates of the
    /// same name (docs/notice.md); see [`default_overrides`].
    pub overrides: Option<PathBuf>,
}

impl NoticeOptions {
    /// A notice dated `stand`, checked as of that date (reproducible).
    pub fn new(lang: Lang, stand: NaiveDate) -> Self {
        NoticeOptions {
            lang,
            activities: None,
            stand: Some(stand),
            today: stand,
            overrides: None,
        }
    }

    /// A notice dated by its content and checked as of today: what the
    /// preview and an export show.
    pub fn dated_by_content(lang: Lang) -> Self {
        NoticeOptions {
            lang,
            activities: None,
            stand: None,
            today: crate::clock::today(),
            overrides: None,
        }
    }

    /// The options of the notice `selection` asks for, as `vvt notice` and
    /// the app's preview and export ask: the selection checked against
    /// `register` (an unknown key, or a separate notice no active activity
    /// names, is refused), dated `as_of` and judged as of that day — without
    /// it dated by its content and judged as of today — and laid out with the
    /// templates beside the register file at `register_path`
    /// ([`default_overrides`]).
    pub fn for_register(
        register_path: &Path,
        register: &crate::Register,
        lang: Lang,
        selection: NoticeSelection,
        as_of: Option<NaiveDate>,
    ) -> crate::Result<Self> {
        let activities = match selection {
            NoticeSelection::Public => None,
            NoticeSelection::Activities(keys) => {
                check_selection(register, &keys)?;
                Some(keys)
            }
            NoticeSelection::Separate(reference) => Some(separate_selection(register, &reference)?),
        };
        let mut options = match as_of {
            Some(date) => NoticeOptions::new(lang, date),
            None => NoticeOptions::dated_by_content(lang),
        };
        options.activities = activities;
        options.overrides = default_overrides(register_path);
        Ok(options)
    }
}

/// Which notice a caller asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeSelection {
    /// The public notice: every active activity it informs about.
    Public,
    /// These activities, in this order (drafts may be named).
    Activities(Vec<String>),
    /// The separate privacy notice that activities name by this reference
    /// (e.g. for employees), with exactly those activities.
    Separate(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_register;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_notice_is_dated_as_of_the_day_asked_or_by_its_content() {
        let register = example_register();
        let path = Path::new("/nonexistent/register.vvt");
        let dated = NoticeOptions::for_register(
            path,
            &register,
            Lang::En,
            NoticeSelection::Public,
            Some(day("2021-02-19")),
        )
        .unwrap();
        assert_eq!(
            dated,
            NoticeOptions::new(Lang::En, day("2021-02-19")),
            "`vvt notice --as-of` dates the notice and judges it as of that day"
        );
        let by_content =
            NoticeOptions::for_register(path, &register, Lang::De, NoticeSelection::Public, None)
                .unwrap();
        assert_eq!(
            (by_content.stand, by_content.activities),
            (None, None),
            "without a date the public notice is dated by its content"
        );
    }

    #[test]
    fn a_selection_is_checked_against_the_register() {
        let register = example_register();
        let path = Path::new("/nonexistent/register.vvt");
        let first = register.activities[0].key.clone();
        let chosen = NoticeOptions::for_register(
            path,
            &register,
            Lang::De,
            NoticeSelection::Activities(vec![first.clone()]),
            None,
        )
        .unwrap();
        assert_eq!(chosen.activities, Some(vec![first.clone()]));
        let refusals = [
            NoticeSelection::Activities(vec![first, "no-such-activity".into()]),
            NoticeSelection::Separate("no notice of this name".into()),
        ];
        for selection in refusals {
            let error = NoticeOptions::for_register(path, &register, Lang::De, selection, None)
                .unwrap_err();
            assert_eq!(
                error.error_code(),
                crate::ErrorCode::NotFound,
                "a typo must not silently shorten the notice: {error}"
            );
        }
    }

    #[test]
    fn the_templates_beside_the_register_lay_the_notice_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.vvt");
        let register = example_register();
        let options =
            NoticeOptions::for_register(&path, &register, Lang::De, NoticeSelection::Public, None)
                .unwrap();
        assert_eq!(options.overrides, None, "no folder beside it, no override");
        std::fs::create_dir(dir.path().join("register.vvt.templates")).unwrap();
        let options =
            NoticeOptions::for_register(&path, &register, Lang::De, NoticeSelection::Public, None)
                .unwrap();
        assert_eq!(
            options.overrides,
            Some(dir.path().join("register.vvt.templates")),
            "the organisation's templates beside the register are used by CLI and app alike"
        );
    }
}
