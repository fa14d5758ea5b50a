//! Storage periods as a reader takes them in: "drei Monate nach Ende des
//! Online-Meetings" rather than a list of internal labels, and one line for
//! the data categories that share the same rule.

use super::*;

/// "3 months" in words: "drei Monate", "ein Jahr", "three months".
fn period_words(p: PeriodNotice, lang: Lang) -> String {
    const DE: [&str; 13] = [
        "null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf",
    ];
    const EN: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let one = p.amount == 1;
    let (unit, feminine) = match (lang, p.unit, one) {
        (Lang::De, "hours", true) => ("Stunde", true),
        (Lang::De, "hours", false) => ("Stunden", true),
        (Lang::De, "days", true) => ("Tag", false),
        (Lang::De, "days", false) => ("Tage", false),
        (Lang::De, "weeks", true) => ("Woche", true),
        (Lang::De, "weeks", false) => ("Wochen", true),
        (Lang::De, "months", true) => ("Monat", false),
        (Lang::De, "months", false) => ("Monate", false),
        (Lang::De, _, true) => ("Jahr", false),
        (Lang::De, _, false) => ("Jahre", false),
        (Lang::En, "hours", _) => (if one { "hour" } else { "hours" }, false),
        (Lang::En, "days", _) => (if one { "day" } else { "days" }, false),
        (Lang::En, "weeks", _) => (if one { "week" } else { "weeks" }, false),
        (Lang::En, "months", _) => (if one { "month" } else { "months" }, false),
        (Lang::En, _, _) => (if one { "year" } else { "years" }, false),
    };
    let words = match lang {
        Lang::De => DE,
        Lang::En => EN,
    };
    let amount = match words.get(p.amount as usize) {
        Some(w) if one && feminine => format!("{w}e"),
        Some(w) => (*w).to_owned(),
        None => p.amount.to_string(),
    };
    format!("{amount} {unit}")
}

/// Words a recorded start may begin with that already link it to the
/// period ("ab Vertragsende", "from the end of …"): no "nach" before them.
const LINKED: [&str; 14] = [
    "ab",
    "nach",
    "mit",
    "bei",
    "seit",
    "zum",
    "zur",
    "from",
    "after",
    "at",
    "on",
    "upon",
    "when",
    "following",
];

/// The period and its start in plain words, e.g. "drei Monate nach Ende des
/// Online-Meetings"; `None` without a period.
pub(super) fn summary(
    period: Option<PeriodNotice>,
    starts_at: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let words = period_words(period?, lang);
    Some(match starts_at {
        None => words,
        Some(start) => {
            let first = start
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            if LINKED.contains(&first.as_str()) {
                format!("{words}, {start}")
            } else {
                let after = match lang {
                    Lang::De => "nach",
                    Lang::En => "after",
                };
                format!("{words} {after} {start}")
            }
        }
    })
}

/// Data categories with the same recorded rule share one entry ("Chat, Daten
/// des Nutzerkontos: …"); categories without a rule keep their own, with
/// their gap.
pub(super) fn merge(list: Vec<RetentionNotice>) -> Vec<RetentionNotice> {
    let mut out: Vec<RetentionNotice> = Vec::with_capacity(list.len());
    for r in list {
        let has_rule = r.period.is_some() || r.criterion.is_some();
        let same = out.iter_mut().find(|o| {
            has_rule
                && o.period == r.period
                && o.criterion == r.criterion
                && o.starts_at == r.starts_at
                && o.deletion == r.deletion
                && o.restricted == r.restricted
        });
        match same {
            Some(o) => {
                o.category = format!("{}, {}", o.category, r.category);
                o.sources.extend(r.sources);
                o.missing.extend(r.missing);
            }
            None => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(amount: u32, unit: &'static str) -> Option<PeriodNotice> {
        Some(PeriodNotice { amount, unit })
    }

    fn rule(category: &str, criterion: Option<&str>) -> RetentionNotice {
        RetentionNotice {
            category: category.into(),
            sources: Vec::new(),
            period: p(3, "months"),
            summary: None,
            criterion: criterion.map(str::to_owned),
            starts_at: None,
            deletion: None,
            restricted: false,
            missing: Vec::new(),
        }
    }

    #[test]
    fn categories_with_the_same_rule_share_one_entry() {
        let merged = merge(vec![
            rule("Chat", Some("bis Vertragsende")),
            rule("Konto", Some("bis Löschung")),
            rule("Dateien", Some("bis Vertragsende")),
        ]);
        let names: Vec<&str> = merged.iter().map(|r| r.category.as_str()).collect();
        assert_eq!(names, ["Chat, Dateien", "Konto"]);
    }

    #[test]
    fn periods_read_as_words() {
        assert_eq!(
            summary(p(3, "months"), Some("Ende des Meetings"), Lang::De).as_deref(),
            Some("drei Monate nach Ende des Meetings")
        );
        assert_eq!(
            summary(p(1, "weeks"), None, Lang::De).as_deref(),
            Some("eine Woche")
        );
        assert_eq!(
            summary(p(10, "years"), Some("ab Ende des Jahres"), Lang::De).as_deref(),
            Some("zehn Jahre, ab Ende des Jahres")
        );
        assert_eq!(
            summary(p(72, "hours"), Some("the recording"), Lang::En).as_deref(),
            Some("72 hours after the recording")
        );
    }
}
