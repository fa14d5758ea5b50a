//! The built-in notice templates, compiled into the binary so that VVT needs
//! no template folder at run time. An organisation's folder can replace any of
//! them by name (docs/notice.md).

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        /// Every built-in template as (name, source), names relative to
        /// `templates/notice/`.
        pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../templates/notice/", $name)))),*
        ];
    };
}

builtin!(
    "notice.html.j2",
    "notice-section.html.j2",
    "notice.md.j2",
    "notice.typ.j2",
    "de/labels.j2",
    "de/intro.j2",
    "de/controller.j2",
    "de/data.j2",
    "de/recipients.j2",
    "de/transfers.j2",
    "de/retention.j2",
    "de/provision.j2",
    "de/automated.j2",
    "de/rights.j2",
    "de/objection.j2",
    "de/consent.j2",
    "de/complaint.j2",
    "de/changes.j2",
    "en/labels.j2",
    "en/intro.j2",
    "en/controller.j2",
    "en/data.j2",
    "en/recipients.j2",
    "en/transfers.j2",
    "en/retention.j2",
    "en/provision.j2",
    "en/automated.j2",
    "en/rights.j2",
    "en/objection.j2",
    "en/consent.j2",
    "en/complaint.j2",
    "en/changes.j2",
);

pub(crate) fn builtin(name: &str) -> Option<&'static str> {
    BUILTIN_TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}
