//! How long the register print takes for a group-sized register: the PDF of
//! 2,000 activities must stay under 15 s, the XLSX under 2 s, the Word
//! document (DOCX) under 5 s (docs/register-print.md). The DPV export (JSON-LD) of the same register
//! must stay under 1 s (docs/register-format.md).

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use vvt::register_print::{build, to_docx, to_pdf, to_xlsx, PrintOptions};
use vvt::synthetic::synthetic_register;
use vvt::{Lang, Store};

fn register_print(c: &mut Criterion) {
    let store = match Store::open_in_memory() {
        Ok(s) => s,
        Err(e) => panic!("an in-memory register opens: {e}"),
    };
    let catalogs = store.catalogs();
    let register = synthetic_register(2_000, 1);
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let options = PrintOptions::new(Lang::De, today);
    // The first compilation runs without typst's memoisation cache, as in
    // the CLI; the measured iterations below may reuse parts of it.
    let started = std::time::Instant::now();
    let print = build(&register, catalogs, &options);
    match to_pdf(&print) {
        Ok(pdf) => println!(
            "register print of {} activities: first PDF ({} KiB) in {:.2} s",
            register.activities.len(),
            pdf.len() / 1024,
            started.elapsed().as_secs_f64()
        ),
        Err(e) => panic!("the synthetic register typesets: {e}"),
    }

    c.bench_function("register print build 2000 activities", |b| {
        b.iter(|| build(black_box(&register), black_box(catalogs), &options))
    });
    c.bench_function("register print xlsx 2000 activities", |b| {
        b.iter(|| {
            let print = build(black_box(&register), black_box(catalogs), &options);
            to_xlsx(&print)
        })
    });
    c.bench_function("register print docx 2000 activities", |b| {
        b.iter(|| {
            let print = build(black_box(&register), black_box(catalogs), &options);
            to_docx(&print)
        })
    });
    c.bench_function("dpv export 2000 activities", |b| {
        b.iter(|| vvt::dpv::to_dpv(black_box(&register), black_box(catalogs)))
    });
    let mut slow = c.benchmark_group("register print pdf");
    slow.sample_size(10);
    slow.bench_function("pdf 2000 activities", |b| {
        b.iter(|| {
            let print = build(black_box(&register), black_box(catalogs), &options);
            to_pdf(&print)
        })
    });
    slow.finish();
}

criterion_group!(benches, register_print);
criterion_main!(benches);
