//! Counted nouns in the terminal output. The words for the model's codes
//! (status, recipient role, period) come from the model's `label(lang)`, the
//! same the register print uses.

/// "1 Verarbeitungstätigkeit", "3 processing activities": a count with its
/// noun in the right number.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
