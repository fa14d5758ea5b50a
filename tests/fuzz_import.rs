//! Hostile input: random damage to a valid register file, and random text,
//! never make the import panic, and a refused import changes nothing.

use proptest::prelude::*;
use serde_json::Value;
use vvt::*;

fn example_json() -> Value {
    let mut s = Store::open_in_memory().expect("store");
    s.load_example().expect("example");
    serde_json::from_str(&interchange::to_json(&s.load().expect("load")).expect("export"))
        .expect("json")
}

/// Every path into a JSON value, so a mutation can hit any node.
fn paths(v: &Value, prefix: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| {
            let mut p = prefix.clone();
            p.push(PathStep::Key(k.clone()));
            paths(c, p, out);
        }),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| {
            let mut p = prefix.clone();
            p.push(PathStep::Index(i));
            paths(c, p, out);
        }),
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        ".{0,40}".prop_map(Value::String),
        Just(Value::String("x".repeat(25_000))),
        Just(Value::String("XX".into())),
        Just(Value::String("2026-02-30".into())),
        Just(Value::String("<script>alert(1)</script>".into())),
        Just(Value::String("\u{0}\u{1b}[31m".into())),
        Just(Value::String("meetings-jitsi".into())),
        Just(Value::String("art6-1-f".into())),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn damaged_files_never_panic_and_change_nothing(
        picks in prop::collection::vec((any::<prop::sample::Index>(), hostile_value()), 1..4)
    ) {
        let mut doc = example_json();
        for (pick, value) in picks {
            let mut all = Vec::new();
            paths(&doc, Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            *at(&mut doc, &path) = value;
        }
        let text = serde_json::to_string(&doc).expect("serialises");
        let mut target = Store::open_in_memory().expect("store");
        target.load_example().expect("example");
        let before = target.load().expect("load");
        if let Err(e) = interchange::from_json(&text).and_then(|r| target.import(&r, true)) {
            prop_assert!(!e.to_string().is_empty());
            prop_assert_eq!(target.load().expect("load"), before);
        }
    }

    #[test]
    fn random_text_never_panics(text in ".{0,200}") {
        let _ = interchange::from_json(&text);
    }
}
