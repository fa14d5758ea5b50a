//! What a DPO looking at some activities sees of the findings: those on the
//! activities, on the parties they name and on the header (docs/checks.md,
//! "`--activity`").

use std::collections::HashSet;

use super::{header, Finding};
use crate::{EntityKind, Register};

/// Narrows `findings` to what a DPO looking at the activities `keys` needs:
/// the findings on those activities, on the parties they name (as recipient
/// or transfer recipient) and those parties' sub-processors, and the
/// header's findings, because every activity's register entry and notice
/// carries the header. Findings on a joint controller are kept only when its
/// arrangement covers one of the activities.
pub fn for_activities(findings: Vec<Finding>, register: &Register, keys: &[&str]) -> Vec<Finding> {
    let wanted: HashSet<&str> = keys.iter().copied().collect();
    let parties: HashSet<&str> = register
        .activities
        .iter()
        .filter(|a| wanted.contains(a.key.as_str()))
        .flat_map(|a| register.parties_named_by(a))
        .collect();
    let other_joint_controllers: Vec<String> = register
        .organisation
        .joint_controllers
        .iter()
        .enumerate()
        .filter(|(_, jc)| {
            !jc.activities.is_empty() && !jc.activities.iter().any(|k| wanted.contains(k.as_str()))
        })
        .map(|(i, _)| header::joint_controller_field(i))
        .collect();
    findings
        .into_iter()
        .filter(|f| match f.record.entity {
            EntityKind::Organisation => !other_joint_controllers.iter().any(|jc| {
                f.field == *jc
                    || f.field
                        .strip_prefix(jc.as_str())
                        .is_some_and(|rest| rest.starts_with('.'))
            }),
            EntityKind::Activity => wanted.contains(f.record.key.as_str()),
            EntityKind::Party => parties.contains(f.record.key.as_str()),
            EntityKind::Tom | EntityKind::ProcessorActivity => false,
        })
        .collect()
}
