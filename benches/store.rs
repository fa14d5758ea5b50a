//! Store benchmarks at group scale (issue: benchmarks with targets): open and
//! load, list and search, load one activity for the editor, save one activity
//! with its history row, JSON export and import — each at 100, 2,000 and
//! 20,000 activities, and each also reported as a ratio to the floor, a plain
//! rusqlite read of every row of every table.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion};
use vvt::store::OpenOptions;
use vvt::*;

const SIZES: [usize; 3] = [100, 2_000, 20_000];

fn options() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        ..OpenOptions::default()
    }
}

/// A register file with `n` synthetic activities, made once per size.
fn register_file(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join(format!("bench-{n}.vvt"));
    if !path.exists() {
        let mut s = Store::open_with(&path, &options()).expect("create");
        s.import(&synthetic::synthetic_register(n, 1), false)
            .expect("import");
    }
    path
}

/// The floor: every row of every table read with plain rusqlite.
fn floor(path: &Path) -> usize {
    let conn = rusqlite::Connection::open(path).expect("open");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    let mut cells = 0;
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\""))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        while let Some(r) = rows.next().expect("row") {
            for c in 0..columns {
                let _: rusqlite::types::Value = r.get(c).expect("value");
                cells += 1;
            }
        }
    }
    cells
}

type Op = Box<dyn FnMut()>;

/// The operations measured at one size.
fn operations(path: &Path, n: usize) -> Vec<(&'static str, Op)> {
    let json = interchange::to_json(
        &Store::open_with(path, &options())
            .expect("open")
            .load()
            .expect("load"),
    )
    .expect("export");
    let middle = format!("VT-{:05}", n / 2);
    let p = path.to_path_buf();
    let mut ops: Vec<(&'static str, Op)> = Vec::new();
    ops.push((
        "floor: read every row",
        Box::new({
            let p = p.clone();
            move || {
                floor(&p);
            }
        }),
    ));
    ops.push((
        "open and load",
        Box::new({
            let p = p.clone();
            move || {
                let s = Store::open_with(&p, &options()).expect("open");
                s.load().expect("load");
            }
        }),
    ));
    let store = Store::open_with(path, &options()).expect("open");
    let shared = std::rc::Rc::new(std::cell::RefCell::new(store));
    ops.push((
        "list",
        Box::new({
            let s = shared.clone();
            move || {
                s.borrow().list_activities().expect("list");
            }
        }),
    ));
    ops.push((
        "search",
        Box::new({
            let s = shared.clone();
            move || {
                let f = ActivityFilter {
                    text: Some("dienstleister 12".into()),
                    ..ActivityFilter::default()
                };
                s.borrow().find_activities(&f).expect("search");
            }
        }),
    ));
    ops.push((
        "editor load",
        Box::new({
            let s = shared.clone();
            let key = middle.clone();
            move || {
                s.borrow().activity(&key).expect("load");
            }
        }),
    ));
    ops.push((
        "save with history",
        Box::new({
            let s = shared.clone();
            let key = middle.clone();
            let mut i = 0u64;
            move || {
                i += 1;
                let mut a = s.borrow().activity(&key).expect("load");
                a.notes = Some(format!("Änderung {i}"));
                s.borrow_mut().update_activity(&a).expect("save");
            }
        }),
    ));
    ops.push((
        "JSON export",
        Box::new({
            let s = shared.clone();
            move || {
                interchange::to_json(&s.borrow().load().expect("load")).expect("export");
            }
        }),
    ));
    ops.push((
        "JSON import",
        Box::new({
            let dir = p.with_extension("import");
            move || {
                let _ = std::fs::remove_file(&dir);
                let _ = std::fs::remove_file(dir.with_extension("import-wal"));
                let mut s = Store::open_with(&dir, &options()).expect("open");
                s.import(&interchange::from_json(&json).expect("parse"), true)
                    .expect("import");
            }
        }),
    ));
    ops
}

fn median(mut op: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            op();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tmp");
    let mut table = Vec::new();
    for n in SIZES {
        let path = register_file(dir.path(), n);
        let mut group = c.benchmark_group(format!("store/{n}"));
        if n >= 20_000 {
            group.sample_size(10);
        }
        let mut floor_time = Duration::ZERO;
        for (name, mut op) in operations(&path, n) {
            group.bench_function(BenchmarkId::from_parameter(name), |b| b.iter(&mut op));
            let runs = if n >= 20_000 { 3 } else { 7 };
            let t = median(&mut op, runs);
            if name.starts_with("floor") {
                floor_time = t;
            }
            table.push((
                n,
                name,
                t,
                t.as_secs_f64() / floor_time.as_secs_f64().max(1e-9),
            ));
        }
        group.finish();
    }
    println!("\n| activities | operation | median | ratio to floor |\n|---:|---|---:|---:|");
    for (n, name, t, ratio) in table {
        println!(
            "| {n} | {name} | {:.2} ms | {ratio:.2} |",
            t.as_secs_f64() * 1e3
        );
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
