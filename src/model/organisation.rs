//! The register's header: who is responsible, whom to contact, who supervises
//! (Art. 30(1)(a), Art. 13(1)(a)–(b), Art. 13(2)(d) GDPR).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub controller: Controller,
    #[serde(default)]
    pub dpo: Option<Dpo>,
    /// Why no data protection officer is designated (Art. 37 GDPR, § 38
    /// BDSG), for organisations not obliged to; only with `dpo` empty.
    #[serde(default)]
    pub no_dpo_reason: Option<String>,
    /// How many persons are as a rule constantly engaged in the automated
    /// processing of personal data (§ 38(1) sentence 1 BDSG: from 20 a
    /// non-public body must designate a DPO). `None` means not recorded.
    #[serde(default)]
    pub persons_processing: Option<u32>,
    /// EU representative (Art. 27), only for controllers outside the Union.
    #[serde(default)]
    pub representative: Option<ContactParty>,
    #[serde(default)]
    pub joint_controllers: Vec<JointController>,
    /// Code of the competent supervisory authority in the catalog, e.g. `DE-BW`.
    #[serde(default)]
    pub authority: Option<String>,
    /// Date ("Stand") of the public notice currently in force, when it was
    /// published outside VVT's own publication history.
    #[serde(default)]
    pub notice_date: Option<NaiveDate>,
    /// The general rule for deleting personal data ("when no longer
    /// needed, unless a statutory retention period applies"); public: the
    /// notice states it beside the periods per category.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub deletion_rule: Option<String>,
    /// The controller is bound by professional secrecy under § 203 StGB
    /// (physicians, lawyers, tax advisors …): its processors must be obliged
    /// to confidentiality (§ 203(4) sentence 2 no. 1 StGB). Format version 5.
    #[serde(default)]
    pub professional_secrecy: bool,
    /// Optimistic-locking counter; raised by the store on every save.
    #[serde(default)]
    pub version: i64,
}

impl Organisation {
    /// The recorded reason why no DPO is designated, where it can stand:
    /// no DPO recorded, the reason not blank, and the controller not a
    /// public body (Art. 37(1)(a) GDPR requires one of every public body).
    /// Notice and register print treat the DPO as not applicable then; the
    /// checks judge the reason itself.
    pub fn dpo_exemption(&self) -> Option<&str> {
        let reason = self.no_dpo_reason.as_deref()?.trim();
        let stands = self.dpo.is_none() && !reason.is_empty() && !self.controller.public_body;
        stands.then_some(reason)
    }

    pub fn is_blank(&self) -> bool {
        self.controller.name.trim().is_empty()
            && self.dpo.is_none()
            && self.no_dpo_reason.is_none()
            && self.persons_processing.is_none()
            && self.representative.is_none()
            && self.joint_controllers.is_empty()
            && self.authority.is_none()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    /// Public bodies may not rely on Art. 6(1)(f) for their tasks and fall
    /// under a different supervisory authority in some Länder.
    #[serde(default)]
    pub public_body: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// A person's name or a function ("Datenschutzbeauftragter").
    pub name: String,
    #[serde(default)]
    pub external: bool,
    /// For an external DPO: the firm they work for.
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// Someone named in the header with contact details (representative).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ContactParty {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct JointController {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
    /// The essence of the Art. 26 arrangement, which must be made available
    /// to data subjects (Art. 26(2)).
    #[serde(default)]
    pub arrangement: Option<String>,
    /// Keys of the activities the joint control covers; empty means all.
    #[serde(default)]
    pub activities: Vec<String>,
}
