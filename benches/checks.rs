//! How long all checks take on a group-sized register: the desktop app runs
//! them after every save, so 2,000 activities must stay under 100 ms.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use vvt::checks::check;
use vvt::synthetic::synthetic_register;
use vvt::Store;

fn checks(c: &mut Criterion) {
    let store = match Store::open_in_memory() {
        Ok(s) => s,
        Err(e) => panic!("an in-memory register opens: {e}"),
    };
    let catalogs = store.catalogs();
    let register = synthetic_register(2_000, 42);
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default();
    let findings = check(&register, catalogs, today);
    println!(
        "check on {} activities, {} parties: {} findings",
        register.activities.len(),
        register.parties.len(),
        findings.len()
    );
    c.bench_function("check 2000 activities", |b| {
        b.iter(|| check(black_box(&register), black_box(catalogs), today))
    });
}

criterion_group!(benches, checks);
criterion_main!(benches);
