//! Publication as a recipient: "the public" reached through a website, a
//! livestream, a notice board or a council information system — distinct
//! from a third-party controller, and resting on its own legal basis.

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PublicationChannel {
    Website,
    Livestream,
    NoticeBoard,
    /// A council information system (Ratsinformationssystem) of a
    /// municipality, public part.
    CouncilInformationSystem,
    /// A printed publication: gazette, newsletter, member magazine.
    Print,
    SocialMedia,
}

impl PublicationChannel {
    pub const ALL: [PublicationChannel; 6] = [
        Self::Website,
        Self::Livestream,
        Self::NoticeBoard,
        Self::CouncilInformationSystem,
        Self::Print,
        Self::SocialMedia,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Website => "website",
            Self::Livestream => "livestream",
            Self::NoticeBoard => "notice_board",
            Self::CouncilInformationSystem => "council_information_system",
            Self::Print => "print",
            Self::SocialMedia => "social_media",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Website, Lang::De) => "Website",
            (Self::Website, Lang::En) => "website",
            (Self::Livestream, Lang::De) => "Livestream",
            (Self::Livestream, Lang::En) => "livestream",
            (Self::NoticeBoard, Lang::De) => "Aushang",
            (Self::NoticeBoard, Lang::En) => "notice board",
            (Self::CouncilInformationSystem, Lang::De) => "Ratsinformationssystem",
            (Self::CouncilInformationSystem, Lang::En) => "council information system",
            (Self::Print, Lang::De) => "gedruckte Veröffentlichung",
            (Self::Print, Lang::En) => "printed publication",
            (Self::SocialMedia, Lang::De) => "soziale Medien",
            (Self::SocialMedia, Lang::En) => "social media",
        }
    }

    /// The channel a spreadsheet cell names, by code or label, any case.
    pub fn from_label(text: &str) -> Option<Self> {
        let wanted = text.trim().to_lowercase();
        Self::ALL.into_iter().find(|c| {
            [c.code(), c.label(Lang::De), c.label(Lang::En)]
                .iter()
                .any(|l| l.to_lowercase() == wanted)
        })
    }
}
