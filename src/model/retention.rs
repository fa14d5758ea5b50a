//! The catalog a retention rule counts from and what happens when it runs
//! out: structure the checks and the notice can reason on, where a register
//! used to hold only free text ("Ende des Vertrags", "danach gesperrt").

use serde::{Deserialize, Serialize};

use crate::Lang;

/// The event a retention period starts with. The free text `starts_at`
/// beside it stays for what the catalog cannot say ("Ende des
/// Online-Meetings" is an `end_of_session`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RetentionStart {
    /// The data is created or collected.
    Creation,
    /// A contract with the data subject ends.
    EndOfContract,
    /// The employment relationship ends.
    EndOfEmployment,
    /// A medical or therapeutic treatment is completed (§ 630f(3) BGB).
    EndOfTreatment,
    /// A procedure ends (an application, an administrative or court procedure).
    EndOfProcedure,
    /// A session ends: a meeting, a call, a visit of the website.
    EndOfSession,
    /// The data subject stops using a service or closes an account.
    EndOfUse,
    /// The calendar year ends (the start of commercial and tax periods,
    /// § 257(5) HGB, § 147(4) AO).
    EndOfCalendarYear,
    /// The data subject withdraws consent (Art. 7(3) GDPR).
    WithdrawalOfConsent,
    /// The purpose is achieved.
    PurposeAchieved,
    /// Another event, said in the free text.
    Other,
}

impl RetentionStart {
    pub const ALL: [RetentionStart; 11] = [
        Self::Creation,
        Self::EndOfContract,
        Self::EndOfEmployment,
        Self::EndOfTreatment,
        Self::EndOfProcedure,
        Self::EndOfSession,
        Self::EndOfUse,
        Self::EndOfCalendarYear,
        Self::WithdrawalOfConsent,
        Self::PurposeAchieved,
        Self::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Creation => "creation",
            Self::EndOfContract => "end_of_contract",
            Self::EndOfEmployment => "end_of_employment",
            Self::EndOfTreatment => "end_of_treatment",
            Self::EndOfProcedure => "end_of_procedure",
            Self::EndOfSession => "end_of_session",
            Self::EndOfUse => "end_of_use",
            Self::EndOfCalendarYear => "end_of_calendar_year",
            Self::WithdrawalOfConsent => "withdrawal_of_consent",
            Self::PurposeAchieved => "purpose_achieved",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The event as the object of "nach …"/"after …": what the notice and
    /// the register print say when no free text words it more precisely.
    /// `None` for [`RetentionStart::Other`], which only the free text says.
    pub fn words(self, lang: Lang) -> Option<&'static str> {
        Some(match (self, lang) {
            (Self::Creation, Lang::De) => "Erhebung der Daten",
            (Self::Creation, Lang::En) => "the collection of the data",
            (Self::EndOfContract, Lang::De) => "Ende des Vertrags",
            (Self::EndOfContract, Lang::En) => "the end of the contract",
            (Self::EndOfEmployment, Lang::De) => "Ende des Beschäftigungsverhältnisses",
            (Self::EndOfEmployment, Lang::En) => "the end of the employment",
            (Self::EndOfTreatment, Lang::De) => "Abschluss der Behandlung",
            (Self::EndOfTreatment, Lang::En) => "the end of the treatment",
            (Self::EndOfProcedure, Lang::De) => "Abschluss des Verfahrens",
            (Self::EndOfProcedure, Lang::En) => "the end of the procedure",
            (Self::EndOfSession, Lang::De) => "Ende der Sitzung",
            (Self::EndOfSession, Lang::En) => "the end of the session",
            (Self::EndOfUse, Lang::De) => "Ende der Nutzung",
            (Self::EndOfUse, Lang::En) => "the end of use",
            (Self::EndOfCalendarYear, Lang::De) => "Ende des Kalenderjahres",
            (Self::EndOfCalendarYear, Lang::En) => "the end of the calendar year",
            (Self::WithdrawalOfConsent, Lang::De) => "Widerruf der Einwilligung",
            (Self::WithdrawalOfConsent, Lang::En) => "the withdrawal of consent",
            (Self::PurposeAchieved, Lang::De) => "Erreichen des Zwecks",
            (Self::PurposeAchieved, Lang::En) => "the achievement of the purpose",
            (Self::Other, _) => return None,
        })
    }

    /// The catalog label the editor and the spreadsheet import show.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Creation, Lang::De) => "Erhebung",
            (Self::Creation, Lang::En) => "Creation",
            (Self::EndOfContract, Lang::De) => "Vertragsende",
            (Self::EndOfContract, Lang::En) => "End of contract",
            (Self::EndOfEmployment, Lang::De) => "Ende des Beschäftigungsverhältnisses",
            (Self::EndOfEmployment, Lang::En) => "End of employment",
            (Self::EndOfTreatment, Lang::De) => "Abschluss der Behandlung",
            (Self::EndOfTreatment, Lang::En) => "End of treatment",
            (Self::EndOfProcedure, Lang::De) => "Abschluss des Verfahrens",
            (Self::EndOfProcedure, Lang::En) => "End of procedure",
            (Self::EndOfSession, Lang::De) => "Ende der Sitzung",
            (Self::EndOfSession, Lang::En) => "End of session",
            (Self::EndOfUse, Lang::De) => "Ende der Nutzung",
            (Self::EndOfUse, Lang::En) => "End of use",
            (Self::EndOfCalendarYear, Lang::De) => "Ende des Kalenderjahres",
            (Self::EndOfCalendarYear, Lang::En) => "End of calendar year",
            (Self::WithdrawalOfConsent, Lang::De) => "Widerruf der Einwilligung",
            (Self::WithdrawalOfConsent, Lang::En) => "Withdrawal of consent",
            (Self::PurposeAchieved, Lang::De) => "Zweck erreicht",
            (Self::PurposeAchieved, Lang::En) => "Purpose achieved",
            (Self::Other, Lang::De) => "Anderes Ereignis",
            (Self::Other, Lang::En) => "Other event",
        }
    }

    /// The event a spreadsheet cell names by its label (either language)
    /// or code, ignoring case.
    pub fn from_label(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        Self::ALL.into_iter().find(|s| {
            [s.label(Lang::De), s.label(Lang::En), s.code()]
                .into_iter()
                .chain(s.words(Lang::De))
                .chain(s.words(Lang::En))
                .any(|l| l.to_lowercase() == wanted)
        })
    }
}

/// What happens to the data when the period runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RetentionEnd {
    /// The data is erased (Art. 17 GDPR).
    Erasure,
    /// The data is kept but its processing restricted, archived with a
    /// processing ban (Art. 18 GDPR, § 35 BDSG), e.g. where erasure would
    /// break a statutory retention duty.
    Restriction,
}

impl RetentionEnd {
    pub const ALL: [RetentionEnd; 2] = [Self::Erasure, Self::Restriction];

    pub fn code(self) -> &'static str {
        match self {
            Self::Erasure => "erasure",
            Self::Restriction => "restriction",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Erasure, Lang::De) => "Löschung",
            (Self::Erasure, Lang::En) => "Erasure",
            (Self::Restriction, Lang::De) => "Einschränkung der Verarbeitung (Sperrung)",
            (Self::Restriction, Lang::En) => "Restriction of processing",
        }
    }

    /// What a spreadsheet cell names: the label in either language, the
    /// code, or the everyday words ("Löschung", "Sperrung", "deletion").
    pub fn from_label(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        let named = |s: Self, words: &[&str]| {
            [s.label(Lang::De), s.label(Lang::En), s.code()]
                .iter()
                .chain(words)
                .any(|l| l.to_lowercase() == wanted)
        };
        Self::ALL.into_iter().find(|&s| match s {
            Self::Erasure => named(s, &["deletion", "löschen"]),
            Self::Restriction => {
                named(s, &["Sperrung", "Einschränkung", "sperren", "archivierung"])
            }
        })
    }
}
