//! Groups of data subjects from a catalog, beside the free-text categories:
//! what rules reason on (children are vulnerable, § 7(3) UWG covers existing
//! customers only, employees bring § 26 BDSG and Art. 88 GDPR).

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SubjectGroup {
    Employees,
    Applicants,
    Customers,
    /// Prospective customers: no existing customer relationship (§ 7(3) UWG).
    Prospects,
    Patients,
    /// Children (Art. 8 GDPR, recital 38).
    Children,
    /// Residents of a municipality, citizens dealing with an authority.
    Residents,
    WebsiteVisitors,
    /// Users of an app, a platform or an online service.
    Users,
    Members,
    /// Participants of meetings, events, courses.
    Participants,
    /// Contact persons at suppliers, service providers and other partners.
    BusinessContacts,
}

impl SubjectGroup {
    pub const ALL: [SubjectGroup; 12] = [
        Self::Employees,
        Self::Applicants,
        Self::Customers,
        Self::Prospects,
        Self::Patients,
        Self::Children,
        Self::Residents,
        Self::WebsiteVisitors,
        Self::Users,
        Self::Members,
        Self::Participants,
        Self::BusinessContacts,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Employees => "employees",
            Self::Applicants => "applicants",
            Self::Customers => "customers",
            Self::Prospects => "prospects",
            Self::Patients => "patients",
            Self::Children => "children",
            Self::Residents => "residents",
            Self::WebsiteVisitors => "website_visitors",
            Self::Users => "users",
            Self::Members => "members",
            Self::Participants => "participants",
            Self::BusinessContacts => "business_contacts",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    /// The group as the register and the notice name it.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Employees, Lang::De) => "Beschäftigte",
            (Self::Employees, Lang::En) => "Employees",
            (Self::Applicants, Lang::De) => "Bewerberinnen und Bewerber",
            (Self::Applicants, Lang::En) => "Applicants",
            (Self::Customers, Lang::De) => "Kundinnen und Kunden",
            (Self::Customers, Lang::En) => "Customers",
            (Self::Prospects, Lang::De) => "Interessentinnen und Interessenten",
            (Self::Prospects, Lang::En) => "Prospective customers",
            (Self::Patients, Lang::De) => "Patientinnen und Patienten",
            (Self::Patients, Lang::En) => "Patients",
            (Self::Children, Lang::De) => "Kinder",
            (Self::Children, Lang::En) => "Children",
            (Self::Residents, Lang::De) => "Einwohnerinnen und Einwohner",
            (Self::Residents, Lang::En) => "Residents",
            (Self::WebsiteVisitors, Lang::De) => "Besucherinnen und Besucher der Website",
            (Self::WebsiteVisitors, Lang::En) => "Website visitors",
            (Self::Users, Lang::De) => "Nutzerinnen und Nutzer",
            (Self::Users, Lang::En) => "Users",
            (Self::Members, Lang::De) => "Mitglieder",
            (Self::Members, Lang::En) => "Members",
            (Self::Participants, Lang::De) => "Teilnehmende",
            (Self::Participants, Lang::En) => "Participants",
            (Self::BusinessContacts, Lang::De) => "Ansprechpartner bei Geschäftspartnern",
            (Self::BusinessContacts, Lang::En) => "Contacts at business partners",
        }
    }

    /// The group a spreadsheet cell names: its code, its label in either
    /// language, or a short word DPOs write ("Bewerber", "Kunden").
    pub fn from_label(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        let short = |g: Self| -> &'static [&'static str] {
            match g {
                Self::Employees => &["Mitarbeiter", "Mitarbeitende", "Arbeitnehmer"],
                Self::Applicants => &["Bewerber"],
                Self::Customers => &["Kunden"],
                Self::Prospects => &["Interessenten", "prospects"],
                Self::Patients => &["Patienten"],
                Self::Residents => &["Einwohner", "Bürger", "Bürgerinnen und Bürger"],
                Self::WebsiteVisitors => &["Websitebesucher", "Website-Besucher"],
                Self::Users => &["Nutzer"],
                Self::BusinessContacts => &["Geschäftspartner", "business contacts"],
                _ => &[],
            }
        };
        Self::ALL.into_iter().find(|&g| {
            [g.code(), g.label(Lang::De), g.label(Lang::En)]
                .into_iter()
                .chain(short(g).iter().copied())
                .any(|l| l.to_lowercase() == wanted)
        })
    }
}
