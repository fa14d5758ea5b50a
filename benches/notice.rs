//! The notice of a group-scale register: building it and rendering the HTML
//! preview the desktop app shows after every edit (target: 2,000 activities
//! in under 200 ms).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use vvt::notice::{build, render_html, render_markdown, NoticeOptions};
use vvt::{Lang, Store};

fn notice(c: &mut Criterion) {
    let register = vvt::synthetic::synthetic_register(2000, 1);
    let store = match Store::open_in_memory() {
        Ok(s) => s,
        Err(e) => panic!("an in-memory register opens: {e}"),
    };
    let catalogs = store.catalogs();
    let stand = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    // Every activity, drafts included, so all 2,000 are in the notice.
    let mut options = NoticeOptions::new(Lang::De, stand);
    options.activities = Some(register.activities.iter().map(|a| a.key.clone()).collect());

    // What is timed must be a whole notice, not an early error.
    let notice = build(&register, catalogs, &options);
    assert_eq!(
        notice.activities.len(),
        2000,
        "every activity is in the notice"
    );
    if let Err(e) = render_html(&notice).and_then(|_| render_markdown(&notice)) {
        panic!("the notice of 2,000 activities renders: {e}");
    }

    let mut group = c.benchmark_group("notice_2000_activities");
    group.sample_size(20);
    group.bench_function("build", |b| b.iter(|| build(&register, catalogs, &options)));
    group.bench_function("build_and_render_html", |b| {
        b.iter(|| render_html(&build(&register, catalogs, &options)))
    });
    group.bench_function("build_and_render_markdown", |b| {
        b.iter(|| render_markdown(&build(&register, catalogs, &options)))
    });
    group.finish();

    // The same notice in English from a register translated completely:
    // every text is looked up in the translations and its fingerprint
    // compared (issue 19: still under 200 ms).
    let mut translated = register.clone();
    vvt::synthetic::translate(&mut translated);
    let mut english = options.clone();
    english.lang = Lang::En;
    let notice = build(&translated, catalogs, &english);
    assert!(
        notice.missing.iter().all(|m| m.item != "12-1"),
        "every text of the English notice is translated"
    );
    let mut group = c.benchmark_group("notice_2000_activities_en");
    group.sample_size(20);
    group.bench_function("build", |b| {
        b.iter(|| build(&translated, catalogs, &english))
    });
    group.bench_function("build_and_render_html", |b| {
        b.iter(|| render_html(&build(&translated, catalogs, &english)))
    });
    group.bench_function("translations_only", |b| {
        b.iter(|| vvt::translation::for_document(&translated))
    });
    // Before the DPO has translated anything, every text is a gap of the
    // English notice, listed at its activity: the gaps are looked up by
    // record, not searched once per activity.
    group.bench_function("build_untranslated", |b| {
        b.iter(|| build(&register, catalogs, &english))
    });
    let en_notice = build(&translated, catalogs, &english);
    group.bench_function("render_html_only", |b| b.iter(|| render_html(&en_notice)));
    group.finish();
}

criterion_group!(benches, notice);
criterion_main!(benches);
