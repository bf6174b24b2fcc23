//! ATOP, COW state system, NMC, COW trade and SIPRI: typed parsing of their CSV layouts.

use std::path::Path;

use realign_store::datasets::{AtopRow, ImportMeta, MidRow, NmcRow, SipriRow, StateRow, TradeRow};
use realign_store::Store;

use crate::table::Table;
use crate::{source, ImportError, ImportReport, RowError};

/// Parses and stores one file of `dataset` (one of `atop`, `nmc`, `cow-trade`, `sipri`, `mid`, `cow-states`).
pub(crate) fn import_file(store: &mut Store, dataset: &str, path: &Path) -> Result<ImportReport, ImportError> {
    let sha256 = source::sha256_file(path)?;
    let name = source::file_name(path);
    let meta = ImportMeta {
        dataset: dataset.to_string(),
        version: source::version_from_name(&name),
        file_name: name,
        sha256,
        filters: String::new(),
    };
    let input = source::open(path)?;
    let mut rejected = Vec::new();
    let outcome = match dataset {
        "atop" => {
            let rows = parse_atop(input, path, &mut rejected)?;
            store.import_atop(&meta, &rows, rejected.len() as u64)?
        }
        "nmc" => {
            let rows = parse_nmc(input, path, &mut rejected)?;
            store.import_nmc(&meta, &rows, rejected.len() as u64)?
        }
        "cow-trade" => {
            let rows = parse_trade(input, path, &mut rejected)?;
            store.import_trade(&meta, &rows, rejected.len() as u64)?
        }
        "sipri" => {
            let rows = parse_sipri(input, path, &mut rejected)?;
            store.import_sipri(&meta, &rows, rejected.len() as u64)?
        }
        "mid" => {
            let rows = parse_mid(input, path, &mut rejected)?;
            store.import_mid(&meta, &rows, rejected.len() as u64)?
        }
        "cow-states" => {
            let rows = parse_states(input, path, &mut rejected)?;
            store.import_states(&meta, &rows, rejected.len() as u64)?
        }
        other => return Err(ImportError::Usage(format!("unknown dataset {other:?}"))),
    };
    Ok(ImportReport {
        dataset: dataset.to_string(),
        files: vec![path.to_path_buf()],
        rows_read: outcome.added + outcome.unchanged + rejected.len() as u64,
        rows_added: outcome.added,
        rows_unchanged: outcome.unchanged,
        rejected,
    })
}

fn check_year(y: i64) -> Result<i64, String> {
    if (1500..=2100).contains(&y) {
        Ok(y)
    } else {
        Err(format!("year {y} out of range"))
    }
}

fn check_ccode(c: i64) -> Result<i64, String> {
    if (1..=999).contains(&c) {
        Ok(c)
    } else {
        Err(format!("COW code {c} out of range 1-999"))
    }
}

/// ATOP directed dyad-year: packaged (`ccode1, ccode2, year, atop_defense…`) or official
/// (`stateA, stateB, year, defense…`) layout.
pub fn parse_atop(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<AtopRow>, ImportError> {
    const COLS: [&str; 8] = [
        "ccode1|statea",
        "ccode2|stateb",
        "year",
        "atop_defense|defense",
        "atop_offense|offense",
        "atop_neutral|neutral",
        "atop_nonagg|nonagg",
        "atop_consul|consul",
    ];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        out.push(AtopRow {
            line: r.line,
            ccode1: check_ccode(r.int(0)?)?,
            ccode2: check_ccode(r.int(1)?)?,
            year: check_year(r.int(2)?)?,
            defense: r.flag(3)?,
            offense: r.flag(4)?,
            neutral: r.flag(5)?,
            nonagg: r.flag(6)?,
            consul: r.flag(7)?,
        });
        Ok(())
    });
    Ok(out)
}

/// COW National Material Capabilities, packaged or raw (-9 = missing) layout.
pub fn parse_nmc(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<NmcRow>, ImportError> {
    const COLS: [&str; 9] = ["ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let cinc = r.num(8)?;
        if cinc.is_some_and(|c| !(0.0..=1.0).contains(&c)) {
            return Err(format!("column cinc: {} is not a share between 0 and 1", r.raw(8)));
        }
        out.push(NmcRow {
            line: r.line,
            ccode: check_ccode(r.int(0)?)?,
            year: check_year(r.int(1)?)?,
            milex: r.num(2)?,
            milper: r.num(3)?,
            irst: r.num(4)?,
            pec: r.num(5)?,
            tpop: r.num(6)?,
            upop: r.num(7)?,
            cinc,
        });
        Ok(())
    });
    Ok(out)
}

/// COW bilateral trade, non-directed dyad-year (packaged or raw `Dyadic_COW` layout; -9 = missing).
pub fn parse_trade(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<TradeRow>, ImportError> {
    const COLS: [&str; 7] = ["ccode1", "ccode2", "year", "flow1", "flow2", "smoothflow1", "smoothflow2"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let nonneg = |k: usize| -> Result<Option<f64>, String> {
            match r.num(k)? {
                Some(v) if v < 0.0 => Err(format!("negative trade flow {v}")),
                v => Ok(v),
            }
        };
        out.push(TradeRow {
            line: r.line,
            ccode1: check_ccode(r.int(0)?)?,
            ccode2: check_ccode(r.int(1)?)?,
            year: check_year(r.int(2)?)?,
            flow1: nonneg(3)?,
            flow2: nonneg(4)?,
            smoothflow1: nonneg(5)?,
            smoothflow2: nonneg(6)?,
        });
        Ok(())
    });
    Ok(out)
}

/// SIPRI TIV dyad-year (`supplier, recipient, year, value, supplier_cown, recipient_cown`).
pub fn parse_sipri(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<SipriRow>, ImportError> {
    const COLS: [&str; 6] = ["supplier", "recipient", "year", "value|tiv", "supplier_cown|supplier_ccode", "recipient_cown|recipient_ccode"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        out.push(SipriRow {
            line: r.line,
            supplier: r.text(0)?,
            recipient: r.text(1)?,
            year: check_year(r.int(2)?)?,
            tiv: r.num(3)?,
            supplier_ccode: r.opt_int(4)?.map(check_ccode).transpose()?,
            recipient_ccode: r.opt_int(5)?.map(check_ccode).transpose()?,
        });
        Ok(())
    });
    Ok(out)
}

/// COW MID (v5 directed dispute-year) or GML MID directed dyad-year: `dispnum, ccode1, ccode2,
/// year, hostlev1, hostlev2` (+ `fatality1/2` when present); the dyad's hostility is the higher side's.
pub fn parse_mid(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<MidRow>, ImportError> {
    const COLS: [&str; 6] = ["dispnum|dispnum3", "ccode1", "ccode2", "year", "hostlev1", "hostlev2"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let fat = t.columns(&["fatality1"]).ok().and_then(|v| v.first().copied());
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let h = r.opt_int(4)?.unwrap_or(0).max(r.opt_int(5)?.unwrap_or(0));
        if !(0..=5).contains(&h) {
            return Err(format!("hostility level {h} outside 0-5"));
        }
        let fatality = fat.and_then(|i| r.raw_at(i).parse::<i64>().ok()).filter(|f| *f >= 0);
        out.push(MidRow {
            line: r.line,
            dispnum: r.int(0)?,
            ccode1: check_ccode(r.int(1)?)?,
            ccode2: check_ccode(r.int(2)?)?,
            year: check_year(r.int(3)?)?,
            hostlev: h,
            fatality,
        });
        Ok(())
    });
    Ok(out)
}

/// COW State System Membership (`stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday`).
pub fn parse_states(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<StateRow>, ImportError> {
    const COLS: [&str; 9] =
        ["stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let date = |y: usize, m: usize, d: usize| -> Result<String, String> {
            let (y, m, d) = (check_year(r.int(y)?)?, r.int(m)?, r.int(d)?);
            realign_core::PartialDate::day(y as i32, m.clamp(0, 255) as u8, d.clamp(0, 255) as u8)
                .map(|p| p.to_string())
                .ok_or_else(|| format!("impossible date {y}-{m}-{d}"))
        };
        let (start, end) = (date(3, 4, 5)?, date(6, 7, 8)?);
        if end < start {
            return Err(format!("end {end} before start {start}"));
        }
        out.push(StateRow { line: r.line, ccode: check_ccode(r.int(1)?)?, stateabb: r.text(0)?, name: r.text(2)?, start, end });
        Ok(())
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("test.csv")
    }

    #[test]
    fn atop_rows_parse_and_bad_rows_are_named_by_line() {
        let text = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n\
                    365,731,2024,1,0,0,0,1\n\
                    365,731,20x4,1,0,0,0,1\n\
                    731,365,2024,1,0,0,0,2\n";
        let mut bad = Vec::new();
        let rows = parse_atop(text.as_bytes(), p(), &mut bad).unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].defense && rows[0].consul && !rows[0].offense);
        assert_eq!(bad.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 4]);
        assert!(bad[0].reason.contains("year"), "{}", bad[0].reason);
        assert!(bad[1].reason.contains("atop_consul"), "{}", bad[1].reason);
    }

    #[test]
    fn official_atop_column_names_are_accepted() {
        let text = "stateA,stateB,year,defense,offense,neutral,nonagg,consul\n2,20,1950,1,0,0,0,1\n";
        let rows = parse_atop(text.as_bytes(), p(), &mut Vec::new()).unwrap();
        assert_eq!((rows[0].ccode1, rows[0].ccode2), (2, 20));
    }

    #[test]
    fn a_missing_column_is_a_layout_error_naming_it() {
        let text = "ccode1,ccode2,year\n2,20,1950\n";
        let err = parse_atop(text.as_bytes(), p(), &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("test.csv:1") && err.contains("atop_defense"), "{err}");
    }

    #[test]
    fn cow_missing_codes_become_none_not_zero() {
        let nmc = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nPRK,731,2010,-9,1190,1300,NA,24000,14000,0.0087,2021\n";
        let rows = parse_nmc(nmc.as_bytes(), p(), &mut Vec::new()).unwrap();
        assert_eq!(rows[0].milex, None);
        assert_eq!(rows[0].pec, None);
        assert_eq!(rows[0].milper, Some(1190.0));
        let trade = "ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n710,731,2014,-9,2841.5,NA,2841.5\n";
        let rows = parse_trade(trade.as_bytes(), p(), &mut Vec::new()).unwrap();
        assert_eq!((rows[0].flow1, rows[0].flow2), (None, Some(2841.5)));
    }

    #[test]
    fn states_have_iso_dates_and_impossible_ones_are_rejected() {
        let text = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n\
                    PRK,731,North Korea,1948,9,9,2016,12,31,2016\n\
                    XXX,999,Nowhere,1948,2,30,2016,12,31,2016\n";
        let mut bad = Vec::new();
        let rows = parse_states(text.as_bytes(), p(), &mut bad).unwrap();
        assert_eq!(rows[0].start, "1948-09-09");
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 3);
    }

    #[test]
    fn mid_rows_take_the_higher_sides_hostility() {
        let text = "dispnum,ccode1,ccode2,year,hostlev1,hostlev2,fatality1\n4182,731,732,2010,4,1,3\n4183,731,732,2011,7,1,0\n";
        let mut bad = Vec::new();
        let rows = parse_mid(text.as_bytes(), p(), &mut bad).unwrap();
        assert_eq!((rows[0].hostlev, rows[0].fatality), (4, Some(3)));
        assert_eq!(bad.len(), 1, "hostility 7 is out of range");
    }

    #[test]
    fn sipri_non_state_recipients_have_no_ccode() {
        let text = "supplier,recipient,year,value,supplier_cown,recipient_cown\nRussia,Houthi rebels*,2016,3,365,NA\n";
        let rows = parse_sipri(text.as_bytes(), p(), &mut Vec::new()).unwrap();
        assert_eq!(rows[0].recipient_ccode, None);
        assert_eq!(rows[0].tiv, Some(3.0));
    }
}
