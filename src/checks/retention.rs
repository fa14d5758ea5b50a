//! Whether recorded erasure rules are plausible, as an authority reading the
//! register would ask: no rule may keep data without end (Art. 5(1)(e)),
//! applicants' data goes after the claim period of § 15(4) AGG, CCTV
//! recordings after 72 hours (DSK); periods citing § 147 AO or § 257 HGB are
//! left to `retention_statutory`.
//! The heuristics work on the recorded texts; docs/checks.md lists the words.

use super::context::{category_text, floor_char_boundary, lower};
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{
    DataCategory, Lang, Period, PeriodUnit, ProcessingActivity, RetentionRule, SubjectGroup,
};

pub(super) const INDEFINITE: Rule = Rule {
    id: "retention-indefinite",
    severity: Severity::Warning,
    source_de: "Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1 lit. a, Art. 30 Abs. 1 lit. f DSGVO",
    source_en: "Art. 5(1)(e), 17(1)(a), 30(1)(f) GDPR",
    title_de: "Löschfrist ohne Ende",
    title_en: "Erasure rule without an end",
};

pub(super) const APPLICANTS: Rule = Rule {
    id: "retention-applicants-too-long",
    severity: Severity::Warning,
    source_de: "Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1 lit. a DSGVO; § 15 Abs. 4 AGG, § 61b ArbGG",
    source_en: "Art. 5(1)(e), 17(1)(a) GDPR; Section 15(4) AGG, Section 61b ArbGG",
    title_de: "Bewerberdaten länger als etwa sechs Monate ohne Grund",
    title_en: "Applicants' data kept longer than about six months without a reason",
};

pub(super) const VIDEO: Rule = Rule {
    id: "retention-video-too-long",
    severity: Severity::Warning,
    source_de: "Art. 5 Abs. 1 lit. c, e DSGVO; DSK, Orientierungshilfe Videoüberwachung durch \
                nicht-öffentliche Stellen",
    source_en: "Art. 5(1)(c), (e) GDPR; DSK guidance on video surveillance by non-public bodies",
    title_de: "Videoaufzeichnungen länger als 72 Stunden ohne Grund",
    title_en: "Video recordings kept longer than 72 hours without a reason",
};

/// Words that say the data is never erased. They count only as whole words
/// ("dauerhaften Arbeitsgruppen" is no retention rule) and only when no
/// erasure word follows them ("dauerhaft gelöscht" is an erasure).
static ENDLESS: WordList = WordList::new(&[
    "unbegrenzt",
    "unbefristet",
    "dauerhaft",
    "für immer",
    "zeitlich unbeschränkt",
    "unlimited",
    "indefinite",
    "indefinitely",
    "permanently",
    "permanent",
    "forever",
    "no time limit",
    "without time limit",
    "ohne zeitliche begrenzung",
]);
/// Phrases that say nothing is deleted at all, or inflected forms of the
/// words above that speak of the storage itself.
static NEVER_DELETED: WordList = WordList::new(&[
    "dauerhafte speicherung",
    "dauerhafte aufbewahrung",
    "unbegrenzte speicherung",
    "unbegrenzte aufbewahrung",
    "unbefristete speicherung",
    "unbefristete aufbewahrung",
    "keine löschung",
    "wird nicht gelöscht",
    "werden nicht gelöscht",
    "never deleted",
    "not deleted",
    "no deletion",
]);
static ERASURE: WordList = WordList::new(&[
    "lösch", "gelösch", "delet", "eras", "vernicht", "anonymi", "entfern", "remov",
]);

static APPLICANT_WORDS: WordList = WordList::new(&[
    "bewerber",
    "bewerbung",
    "bewerbende",
    "applicant",
    "job application",
    "recruit",
    "stellenbesetzung",
]);
static APPLICANT_SUBJECTS: WordList = WordList::new(&[
    "bewerber",
    "bewerbende",
    "applicant",
    "candidate",
    "kandidat",
]);
/// A talent pool with consent, or a dispute that keeps the file open.
static APPLICANT_REASONS: WordList = WordList::new(&[
    "talentpool",
    "talent-pool",
    "talent pool",
    "bewerberpool",
    "einwillig",
    "consent",
    "rechtsstreit",
    "klage",
    "gerichtsverfahren",
    "agg-verfahren",
    "rechtsanspr",
    "legal claim",
    "litigation",
    "lawsuit",
]);
/// A talent pool named by a purpose of the activity.
static TALENT_POOL: WordList =
    WordList::new(&["talentpool", "talent-pool", "talent pool", "bewerberpool"]);
/// Six months of 31 days, in hours: "about six months" tolerates 26 weeks
/// or 183 days.
const APPLICANT_LIMIT_HOURS: u64 = 6 * 31 * 24;

static VIDEO_ACTIVITY: WordList = WordList::new(&[
    "videoüberwachung",
    "video-überwachung",
    "kameraüberwachung",
    "überwachungskamera",
    "video surveillance",
    "cctv",
    "camera surveillance",
]);
static VIDEO_DATA: WordList = WordList::new(&[
    "video",
    "bild",
    "aufnahme",
    "aufzeichnung",
    "kamera",
    "recording",
    "footage",
    "camera",
    "image",
]);
/// An incident secured as evidence, or the DSK's examples of a longer
/// period (weekends, holidays), or a reason stated as such.
static VIDEO_REASONS: WordList = WordList::new(&[
    "vorfall",
    "sicherstellung",
    "gesichert",
    "beweis",
    "strafanzeige",
    "ermittlung",
    "wochenende",
    "feiertag",
    "begründung",
    "incident",
    "evidence",
    "secured",
    "investigation",
    "weekend",
    "holiday",
    "because",
]);
const VIDEO_LIMIT_HOURS: u64 = 72;

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let about = activity_text(a);
    let applicants = APPLICANT_WORDS.first(&about).is_some()
        || a.data_subject_groups == [SubjectGroup::Applicants]
        || (!a.data_subjects.is_empty()
            && a.data_subjects
                .iter()
                .all(|s| APPLICANT_SUBJECTS.first(&s.to_lowercase()).is_some()));
    let talent_pool = applicants && TALENT_POOL.first(&about).is_some();
    let video = VIDEO_ACTIVITY.first(&about).is_some();
    for (i, c) in a.data_categories.iter().enumerate() {
        let Some(rule) = &c.retention else {
            continue; // `retention-missing`
        };
        let texts = RetentionTexts::of(rule);
        indefinite(a, i, c, &texts, out);
        let Some(period) = rule.period.filter(|p| p.amount > 0) else {
            continue;
        };
        let field = format!("data_categories[{i}].retention.period");
        let name = c.name.trim();
        if applicants
            && !talent_pool
            && hours(period) > APPLICANT_LIMIT_HOURS
            && APPLICANT_REASONS.first(&texts.all).is_none()
        {
            out.push(applicants_finding(a, field.clone(), name, period));
        }
        if video
            && hours(period) > VIDEO_LIMIT_HOURS
            && VIDEO_DATA.first(&category_text(c)).is_some()
            && VIDEO_REASONS.first(&texts.all).is_none()
        {
            out.push(video_finding(a, field.clone(), name, period));
        }
        super::retention_statutory::check(a, field, c, &texts.all, period, out);
    }
}

/// Name, description and purposes of the activity, lower case.
fn activity_text(a: &ProcessingActivity) -> String {
    let mut text = a.name.to_lowercase();
    text.push('\n');
    text.push_str(&lower(&a.description));
    for p in &a.purposes {
        text.push('\n');
        text.push_str(&p.description.to_lowercase());
    }
    text
}

/// The erasure rule's texts, each in lower case, with the field it is in.
struct RetentionTexts {
    fields: [(&'static str, String); 3],
    all: String,
}

impl RetentionTexts {
    fn of(rule: &RetentionRule) -> Self {
        let fields = [
            ("criterion", lower(&rule.criterion)),
            ("deletion", lower(&rule.deletion)),
            ("starts_at", lower(&rule.starts_at)),
        ];
        let all = fields
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        RetentionTexts { fields, all }
    }
}

/// The period in hours, with months of 30.4 and years of 365.25 days.
fn hours(p: Period) -> u64 {
    let per = match p.unit {
        PeriodUnit::Hours => 1,
        PeriodUnit::Days => 24,
        PeriodUnit::Weeks => 7 * 24,
        PeriodUnit::Months => 730,
        PeriodUnit::Years => 8766,
    };
    u64::from(p.amount) * per
}

/// An endless-retention word in `text` that is not followed by an erasure
/// word within a few characters ("dauerhaft gelöscht").
fn endless_word(text: &str) -> Option<&'static str> {
    if let Some(w) = NEVER_DELETED.first(text) {
        return Some(w);
    }
    ENDLESS
        .occurrences(text)
        .find(|(_, from, _)| {
            let whole = text[*from..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let to = floor_char_boundary(text, (from + 24).min(text.len()));
            whole && ERASURE.first(&text[*from..to]).is_none()
        })
        .map(|(_, _, w)| w)
}

fn indefinite(
    a: &ProcessingActivity,
    i: usize,
    c: &DataCategory,
    texts: &RetentionTexts,
    out: &mut Vec<Finding>,
) {
    let Some((field, word)) = texts
        .fields
        .iter()
        .find_map(|(f, t)| endless_word(t).map(|w| (*f, w)))
    else {
        return;
    };
    let name = c.name.trim();
    out.push(
        INDEFINITE
            .at(
                RecordRef::activity(&a.key),
                format!("data_categories[{i}].retention.{field}"),
            )
            .message(
                format!(
                    "Die Löschregel der Datenkategorie „{name}“ sieht kein Ende der Speicherung \
                     vor („{word}“)."
                ),
                format!(
                    "The erasure rule of the data category '{name}' sets no end to the storage \
                     ('{word}')."
                ),
            )
            .hint(
                "Personenbezogene Daten dürfen nur so lange gespeichert werden, wie der Zweck es \
                 erfordert. Legen Sie eine Frist oder ein Ereignis fest, nach dem gelöscht oder \
                 anonymisiert wird (z. B. „3 Jahre nach Vertragsende“); gilt eine gesetzliche \
                 Aufbewahrungspflicht, nennen Sie sie.",
                "Personal data may be kept only as long as the purpose requires. Set a period or \
                 an event after which the data is erased or anonymised (e.g. '3 years after the \
                 contract ends'); where a statutory retention duty applies, name it.",
            ),
    );
}

fn applicants_finding(
    a: &ProcessingActivity,
    field: String,
    name: &str,
    period: Period,
) -> Finding {
    let (de, en) = (period.label(Lang::De), period.label(Lang::En));
    APPLICANTS
        .at(RecordRef::activity(&a.key), field)
        .message(
            format!(
                "Die Tätigkeit betrifft Bewerbungen; die Datenkategorie „{name}“ wird {de} \
                 aufbewahrt, ohne dass ein Grund oder eine Einwilligung in einen Talentpool \
                 erfasst ist."
            ),
            format!(
                "The activity concerns job applications; the data category '{name}' is kept for \
                 {en}, but no reason and no consent to a talent pool is recorded."
            ),
        )
        .hint(
            "Abgelehnte Bewerber können Ansprüche nach dem AGG nur binnen zwei Monaten geltend \
             machen und dann binnen drei Monaten klagen; üblich ist daher die Löschung etwa \
             sechs Monate nach Abschluss des Verfahrens. Kürzen Sie die Frist, oder erfassen \
             Sie im Kriterium den Grund (etwa einen laufenden Rechtsstreit) bzw. die \
             Einwilligung in die Aufnahme in einen Talentpool.",
            "Rejected applicants can assert claims under the AGG only within two months and \
             must then sue within three; erasure about six months after the procedure ends is \
             therefore usual. Shorten the period, or record the reason (such as a pending \
             dispute) or the consent to a talent pool in the criterion.",
        )
}

fn video_finding(a: &ProcessingActivity, field: String, name: &str, period: Period) -> Finding {
    let (de, en) = (period.label(Lang::De), period.label(Lang::En));
    VIDEO
        .at(RecordRef::activity(&a.key), field)
        .message(
            format!(
                "Die Tätigkeit ist eine Videoüberwachung; die Datenkategorie „{name}“ wird {de} \
                 aufbewahrt, ohne dass ein Grund dafür erfasst ist."
            ),
            format!(
                "The activity is video surveillance; the data category '{name}' is kept for \
                 {en}, but no reason for that is recorded."
            ),
        )
        .hint(
            "Ob ein Vorfall zu sichern ist, lässt sich in der Regel binnen ein bis zwei Tagen \
             klären; die Aufsichtsbehörden erwarten die Löschung der Aufzeichnungen grundsätzlich \
             nach 72 Stunden. Kürzen Sie die Frist, oder erfassen Sie im Kriterium, warum \
             länger gespeichert wird (z. B. Wochenenden und Feiertage, Sicherung nach einem \
             Vorfall).",
            "Whether an incident needs to be secured can usually be settled within one or two \
             days; the supervisory authorities expect recordings to be erased after 72 hours as \
             a rule. Shorten the period, or record in the criterion why they are kept longer \
             (e.g. weekends and holidays, securing evidence of an incident).",
        )
}
