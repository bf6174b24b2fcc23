//! DEU III backtest on the shared copy of the data set: the dataset check published with it
//! (351 scoreable issues, mean MAE 23.63, salience-weighted 23.64), sanity of every model row, and
//! the focal-point model's out-of-sample lead over the weighted means.

use std::path::PathBuf;

use realign_bargain::deu3;

#[test]
fn dataset_check_and_all_models_scored() {
    let p = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/models/deu3/deu3.csv"
    ));
    if !p.is_file() {
        eprintln!("note: {} absent, skipping", p.display());
        return;
    }
    let data = deu3::read(&p).expect("deu3 parses");
    assert_eq!(data.issues.len(), 351);
    let report = deu3::backtest(&data, &mut |_, _| {});
    let row = |k: &str| {
        report
            .models
            .iter()
            .find(|m| m.model == k)
            .expect(k)
            .clone()
    };
    assert!((row("mean").mae - 23.63).abs() < 0.005, "{:?}", row("mean"));
    assert!(
        (row("salience_mean").mae - 23.64).abs() < 0.005,
        "{:?}",
        row("salience_mean")
    );
    for m in &report.models {
        if m.n > 0 {
            assert!(m.mae.is_finite() && m.mae > 0.0 && m.mae < 50.0, "{m:?}");
        }
    }
    // The expected-utility model runs on every issue, SMP on (almost) every one.
    assert_eq!(row("eu").n, 351);
    assert!(row("smp").n >= 340, "{:?}", row("smp"));
    assert_eq!(row("role_weighted").n, 351);
    assert_eq!(report.half_sizes.0 + report.half_sizes.1, 351);
    // The focal-point model, out of sample, beats every weighted mean (about 22.2 against 23.2+).
    assert_eq!(row("focal_points").n, 351);
    let f = &report.focal_cv;
    assert!(f.mean < row("capability_salience_mean").mae - 0.5, "{f:?}");
    assert!(f.max < row("mean").mae, "{f:?}");
    // Leaving one proposal out trains on more proposals than 5-fold CV, and scores no worse.
    let l = &report.focal_lopo;
    assert_eq!(row("focal_points_lopo").n, 351);
    assert!(l.proposals > 100, "{l:?}");
    assert!(l.mae < row("capability_salience_mean").mae - 0.5, "{l:?}");
    assert!(l.mae <= f.mean + 0.3, "{l:?} against {f:?}");
}
