//! World build and dyad-year table over ~200 states × 70 years, on a synthetic store.
use criterion::{criterion_group, criterion_main, Criterion};
use realign_core::PartialDate;
use realign_store::datasets::{AtopRow, ImportMeta, NmcRow, StateRow, TradeRow};
use realign_store::Store;
use realign_world::table::{dyad_year, Column, TableSpec};
use realign_world::{Crosswalk, WorldBuilder};

fn synthetic_store(states: i64, from: i64, to: i64) -> Store {
    let mut s = Store::open_in_memory().expect("store");
    let meta = |d: &str| ImportMeta {
        dataset: d.into(), version: "bench".into(), file_name: format!("{d}.csv"), sha256: d.into(), filters: String::new(),
    };
    let spells: Vec<StateRow> = (1..=states)
        .map(|c| StateRow { line: c as u64, ccode: c, stateabb: format!("S{c}"), name: format!("State {c}"), start: format!("{from}-01-01"), end: format!("{to}-12-31") })
        .collect();
    s.import_states(&meta("cow-states"), &spells, 0).expect("states");
    let mut atop = Vec::new();
    let mut trade = Vec::new();
    let mut nmc = Vec::new();
    let mut line = 0;
    for y in from..=to {
        for a in 1..=states {
            nmc.push(NmcRow { line, ccode: a, year: y, milex: None, milper: None, irst: None, pec: None, tpop: None, upop: None, cinc: Some(1.0 / states as f64) });
            for b in (a + 1)..=states {
                line += 1;
                if (a * 7 + b * 13) % 17 == 0 {
                    atop.push(AtopRow { line, ccode1: a, ccode2: b, year: y, defense: true, offense: false, neutral: false, nonagg: false, consul: true });
                }
                if (a + b) % 3 == 0 {
                    trade.push(TradeRow { line, ccode1: a, ccode2: b, year: y, flow1: Some((a * b) as f64), flow2: Some((a + b) as f64), smoothflow1: None, smoothflow2: None });
                }
            }
        }
    }
    s.import_atop(&meta("atop"), &atop, 0).expect("atop");
    s.import_trade(&meta("cow-trade"), &trade, 0).expect("trade");
    s.import_nmc(&meta("nmc"), &nmc, 0).expect("nmc");
    s
}

fn bench(c: &mut Criterion) {
    let store = synthetic_store(200, 1945, 2014);
    let builder = WorldBuilder::new(Crosswalk::default());
    let mut g = c.benchmark_group("world");
    g.sample_size(10);
    g.bench_function("world_as_of_one_date_200_states", |b| {
        b.iter(|| builder.build(&store, PartialDate::year(2010), &[]).expect("world"))
    });
    g.bench_function("dyad_year_table_200_states_70_years", |b| {
        let spec = TableSpec { columns: vec![Column::Atop, Column::Cinc, Column::Trade], from: 1945, to: 2014, directed: false, crosswalk: Crosswalk::default() };
        b.iter(|| {
            let mut sink = std::io::sink();
            dyad_year(&store, &spec, &mut sink).expect("table")
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
