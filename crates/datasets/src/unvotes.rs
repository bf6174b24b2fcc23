//! UN General Assembly roll calls and votes (Voeten / `unvotes` layout): `rcid, country,
//! country_code, vote` (votes; ISO2 codes, Namibia = "NA"; .csv or .csv.gz) and `rcid, session,
//! importantvote, date, unres, amend, para, short, descr` (roll calls), optionally the issues file
//! `rcid, short_name, issue`.

use std::path::Path;

use realign_store::votes::{RollCallRow, VoteChoice, VoteRow};
use realign_store::Store;

use crate::table::Table;
use crate::{source, ImportError, ImportReport, RowError};

/// ISO 3166-1 alpha-2 → alpha-3, with the withdrawn codes UN data still use
/// (CS Czechoslovakia, DD East Germany, YD South Yemen, YU Yugoslavia, SU Soviet Union).
const ISO2_TO_ISO3: &[(&str, &str)] = &[
    ("AD", "AND"), ("AE", "ARE"), ("AF", "AFG"), ("AG", "ATG"), ("AI", "AIA"), ("AL", "ALB"), ("AM", "ARM"),
    ("AO", "AGO"), ("AQ", "ATA"), ("AR", "ARG"), ("AS", "ASM"), ("AT", "AUT"), ("AU", "AUS"), ("AW", "ABW"),
    ("AX", "ALA"), ("AZ", "AZE"), ("BA", "BIH"), ("BB", "BRB"), ("BD", "BGD"), ("BE", "BEL"), ("BF", "BFA"),
    ("BG", "BGR"), ("BH", "BHR"), ("BI", "BDI"), ("BJ", "BEN"), ("BL", "BLM"), ("BM", "BMU"), ("BN", "BRN"),
    ("BO", "BOL"), ("BQ", "BES"), ("BR", "BRA"), ("BS", "BHS"), ("BT", "BTN"), ("BV", "BVT"), ("BW", "BWA"),
    ("BY", "BLR"), ("BZ", "BLZ"), ("CA", "CAN"), ("CC", "CCK"), ("CD", "COD"), ("CF", "CAF"), ("CG", "COG"),
    ("CH", "CHE"), ("CI", "CIV"), ("CK", "COK"), ("CL", "CHL"), ("CM", "CMR"), ("CN", "CHN"), ("CO", "COL"),
    ("CR", "CRI"), ("CS", "CSK"), ("CU", "CUB"), ("CV", "CPV"), ("CW", "CUW"), ("CX", "CXR"), ("CY", "CYP"),
    ("CZ", "CZE"), ("DD", "DDR"), ("DE", "DEU"), ("DJ", "DJI"), ("DK", "DNK"), ("DM", "DMA"), ("DO", "DOM"),
    ("DZ", "DZA"), ("EC", "ECU"), ("EE", "EST"), ("EG", "EGY"), ("EH", "ESH"), ("ER", "ERI"), ("ES", "ESP"),
    ("ET", "ETH"), ("FI", "FIN"), ("FJ", "FJI"), ("FK", "FLK"), ("FM", "FSM"), ("FO", "FRO"), ("FR", "FRA"),
    ("GA", "GAB"), ("GB", "GBR"), ("GD", "GRD"), ("GE", "GEO"), ("GF", "GUF"), ("GG", "GGY"), ("GH", "GHA"),
    ("GI", "GIB"), ("GL", "GRL"), ("GM", "GMB"), ("GN", "GIN"), ("GP", "GLP"), ("GQ", "GNQ"), ("GR", "GRC"),
    ("GS", "SGS"), ("GT", "GTM"), ("GU", "GUM"), ("GW", "GNB"), ("GY", "GUY"), ("HK", "HKG"), ("HM", "HMD"),
    ("HN", "HND"), ("HR", "HRV"), ("HT", "HTI"), ("HU", "HUN"), ("ID", "IDN"), ("IE", "IRL"), ("IL", "ISR"),
    ("IM", "IMN"), ("IN", "IND"), ("IO", "IOT"), ("IQ", "IRQ"), ("IR", "IRN"), ("IS", "ISL"), ("IT", "ITA"),
    ("JE", "JEY"), ("JM", "JAM"), ("JO", "JOR"), ("JP", "JPN"), ("KE", "KEN"), ("KG", "KGZ"), ("KH", "KHM"),
    ("KI", "KIR"), ("KM", "COM"), ("KN", "KNA"), ("KP", "PRK"), ("KR", "KOR"), ("KW", "KWT"), ("KY", "CYM"),
    ("KZ", "KAZ"), ("LA", "LAO"), ("LB", "LBN"), ("LC", "LCA"), ("LI", "LIE"), ("LK", "LKA"), ("LR", "LBR"),
    ("LS", "LSO"), ("LT", "LTU"), ("LU", "LUX"), ("LV", "LVA"), ("LY", "LBY"), ("MA", "MAR"), ("MC", "MCO"),
    ("MD", "MDA"), ("ME", "MNE"), ("MF", "MAF"), ("MG", "MDG"), ("MH", "MHL"), ("MK", "MKD"), ("ML", "MLI"),
    ("MM", "MMR"), ("MN", "MNG"), ("MO", "MAC"), ("MP", "MNP"), ("MQ", "MTQ"), ("MR", "MRT"), ("MS", "MSR"),
    ("MT", "MLT"), ("MU", "MUS"), ("MV", "MDV"), ("MW", "MWI"), ("MX", "MEX"), ("MY", "MYS"), ("MZ", "MOZ"),
    ("NA", "NAM"), ("NC", "NCL"), ("NE", "NER"), ("NF", "NFK"), ("NG", "NGA"), ("NI", "NIC"), ("NL", "NLD"),
    ("NO", "NOR"), ("NP", "NPL"), ("NR", "NRU"), ("NU", "NIU"), ("NZ", "NZL"), ("OM", "OMN"), ("PA", "PAN"),
    ("PE", "PER"), ("PF", "PYF"), ("PG", "PNG"), ("PH", "PHL"), ("PK", "PAK"), ("PL", "POL"), ("PM", "SPM"),
    ("PN", "PCN"), ("PR", "PRI"), ("PS", "PSE"), ("PT", "PRT"), ("PW", "PLW"), ("PY", "PRY"), ("QA", "QAT"),
    ("RE", "REU"), ("RO", "ROU"), ("RS", "SRB"), ("RU", "RUS"), ("RW", "RWA"), ("SA", "SAU"), ("SB", "SLB"),
    ("SC", "SYC"), ("SD", "SDN"), ("SE", "SWE"), ("SG", "SGP"), ("SH", "SHN"), ("SI", "SVN"), ("SJ", "SJM"),
    ("SK", "SVK"), ("SL", "SLE"), ("SM", "SMR"), ("SN", "SEN"), ("SO", "SOM"), ("SR", "SUR"), ("SS", "SSD"),
    ("ST", "STP"), ("SU", "SUN"), ("SV", "SLV"), ("SX", "SXM"), ("SY", "SYR"), ("SZ", "SWZ"), ("TC", "TCA"),
    ("TD", "TCD"), ("TF", "ATF"), ("TG", "TGO"), ("TH", "THA"), ("TJ", "TJK"), ("TK", "TKL"), ("TL", "TLS"),
    ("TM", "TKM"), ("TN", "TUN"), ("TO", "TON"), ("TR", "TUR"), ("TT", "TTO"), ("TV", "TUV"), ("TW", "TWN"),
    ("TZ", "TZA"), ("UA", "UKR"), ("UG", "UGA"), ("UM", "UMI"), ("US", "USA"), ("UY", "URY"), ("UZ", "UZB"),
    ("VA", "VAT"), ("VC", "VCT"), ("VE", "VEN"), ("VG", "VGB"), ("VI", "VIR"), ("VN", "VNM"), ("VU", "VUT"),
    ("WF", "WLF"), ("WS", "WSM"), ("XK", "XKX"), ("YD", "YMD"), ("YE", "YEM"), ("YT", "MYT"), ("YU", "YUG"),
    ("ZA", "ZAF"), ("ZM", "ZMB"), ("ZW", "ZWE")
];

/// The ISO3 code for an ISO2 code (including withdrawn ones), if known.
pub fn iso3_of_iso2(iso2: &str) -> Option<&'static str> {
    ISO2_TO_ISO3.binary_search_by(|(a, _)| a.cmp(&iso2)).ok().map(|i| ISO2_TO_ISO3[i].1)
}

/// The code a vote row's country gets: its ISO3, or for the rows without a code a conventional
/// one from the name: West Germany held DE/DEU before unification, so DEU; the Yemen Arab Republic
/// and Zanzibar had no ISO code of their own (YAR, ZAN: their COW letter codes).
///
/// One seat keeps one code, as the files themselves do for the Soviet Union and Russia (both RU):
/// the files' YU, "Yugoslavia" to the end, is the seat of Yugoslavia, Serbia and Montenegro and,
/// from 2006, Serbia, so SRB (COW 345 throughout, as in the gazetteer). Under YUG, Serbia's votes
/// would be predicted under a code no later vote file uses.
fn country_code(iso2: &str, name: &str) -> Result<String, String> {
    if iso2.trim() == "YU" {
        return Ok("SRB".into());
    }
    if let Some(c) = iso3_of_iso2(iso2.trim()) {
        return Ok(c.to_string());
    }
    match name.trim() {
        "Yemen Arab Republic" => Ok("YAR".into()),
        "Federal Republic of Germany" => Ok("DEU".into()),
        "Zanzibar" => Ok("ZAN".into()),
        _ => Err(format!("unknown country code {iso2:?} ({name:?})")),
    }
}

/// Imports the votes file, the roll-calls file and optionally the issues file, in any order
/// (recognised by their headers).
pub fn import(store: &mut Store, paths: &[&Path]) -> Result<ImportReport, ImportError> {
    let mut votes = None;
    let mut calls = None;
    let mut issues = None;
    for p in paths {
        let mut input = source::open(p)?;
        let mut first = Vec::new();
        let mut buf = [0u8; 1];
        while first.len() < 4096 {
            match std::io::Read::read(&mut input, &mut buf) {
                Ok(0) => break,
                Ok(_) if buf[0] == b'\n' => break,
                Ok(_) => first.push(buf[0]),
                Err(source) => return Err(ImportError::Io { path: p.to_path_buf(), source }),
            }
        }
        let header = String::from_utf8_lossy(&first).to_ascii_lowercase();
        if header.contains("country_code") && header.contains("vote") {
            votes = Some(*p);
        } else if header.contains("importantvote") || header.contains("descr") {
            calls = Some(*p);
        } else if header.contains("short_name") && header.contains("issue") {
            issues = Some(*p);
        } else {
            return Err(ImportError::Layout {
                path: p.to_path_buf(),
                line: 1,
                message: "not a UN votes, roll-calls or issues file (expected the unvotes layouts)".into(),
            });
        }
    }
    let (Some(votes_path), Some(calls_path)) = (votes, calls) else {
        return Err(ImportError::Usage(
            "import unvotes needs the votes file (rcid,country,country_code,vote) and the roll-calls file (rcid,session,importantvote,date,…)".into(),
        ));
    };
    let mut rejected: Vec<RowError> = Vec::new();
    let call_rows = parse_roll_calls(source::open(calls_path)?, calls_path, &mut rejected)?;
    let mut call_rows = call_rows;
    if let Some(ip) = issues {
        let mut t = Table::new(source::open(ip)?, ip, b',')?;
        const COLS: [&str; 2] = ["rcid", "issue"];
        let idx = t.columns(&COLS)?;
        let mut by_rcid: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
        t.for_each(&COLS, &idx, &mut rejected, |r| {
            by_rcid.entry(r.int(0)?).or_default().push(r.text(1)?);
            Ok(())
        });
        for c in &mut call_rows {
            if let Some(v) = by_rcid.remove(&c.rcid) {
                c.issues = v;
            }
        }
    }
    let vote_rows = parse_votes(source::open(votes_path)?, votes_path, &mut rejected)?;
    let meta = |p: &Path| -> Result<realign_store::datasets::ImportMeta, ImportError> {
        let name = source::file_name(p);
        Ok(realign_store::datasets::ImportMeta {
            dataset: "unvotes".into(),
            version: source::version_from_name(&name),
            file_name: name,
            sha256: source::sha256_file(p)?,
            filters: String::new(),
        })
    };
    let outcome = store.import_unvotes(&meta(votes_path)?, &meta(calls_path)?, &call_rows, &vote_rows, rejected.len() as u64)?;
    Ok(ImportReport {
        dataset: "unvotes".into(),
        files: paths.iter().map(|p| p.to_path_buf()).collect(),
        rows_read: (call_rows.len() + vote_rows.len() + rejected.len()) as u64,
        rows_added: outcome.added,
        rows_unchanged: outcome.unchanged,
        rejected,
    })
}

/// Parses the roll-calls file.
pub fn parse_roll_calls(
    input: impl std::io::Read,
    path: &Path,
    rejected: &mut Vec<RowError>,
) -> Result<Vec<RollCallRow>, ImportError> {
    const COLS: [&str; 9] = ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let date = r.text(3)?;
        realign_core::PartialDate::parse(&date).map_err(|e| format!("column date: {e}"))?;
        let flag = |k: usize| -> Result<bool, String> {
            if crate::table::is_missing(r.raw(k)) {
                Ok(false)
            } else {
                r.flag(k)
            }
        };
        out.push(RollCallRow {
            line: r.line,
            rcid: r.int(0)?,
            session: r.opt_int(1)?,
            important: flag(2)?,
            date,
            unres: r.raw(4).to_string(),
            amend: flag(5)?,
            para: flag(6)?,
            short: r.raw(7).to_string(),
            descr: r.raw(8).to_string(),
            issues: Vec::new(),
        });
        Ok(())
    });
    Ok(out)
}

/// Parses the votes file. `NA` is Namibia here, not a missing value.
pub fn parse_votes(input: impl std::io::Read, path: &Path, rejected: &mut Vec<RowError>) -> Result<Vec<VoteRow>, ImportError> {
    const COLS: [&str; 4] = ["rcid", "country", "country_code", "vote"];
    let mut t = Table::new(input, path, b',')?;
    let idx = t.columns(&COLS)?;
    let mut out = Vec::new();
    t.for_each(&COLS, &idx, rejected, |r| {
        let vote = match r.raw(3).to_ascii_lowercase().as_str() {
            "yes" | "1" => VoteChoice::Yes,
            "abstain" | "2" => VoteChoice::Abstain,
            "no" | "3" => VoteChoice::No,
            other => return Err(format!("column vote: expected yes, no or abstain, found {other:?}")),
        };
        out.push(VoteRow { line: r.line, rcid: r.int(0)?, iso3: country_code(r.raw(2), r.raw(1))?, vote });
        Ok(())
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namibia_is_a_country_not_a_missing_value() {
        let text = "rcid,country,country_code,vote\n5309,Namibia,NA,yes\n5309,Yemen Arab Republic,,no\n5309,Atlantis,QQ,yes\n5309,Chad,TD,maybe\n";
        let mut bad = Vec::new();
        let rows = parse_votes(text.as_bytes(), Path::new("v.csv"), &mut bad).unwrap();
        assert_eq!(rows.iter().map(|r| r.iso3.as_str()).collect::<Vec<_>>(), vec!["NAM", "YAR"]);
        assert_eq!(bad.iter().map(|e| e.line).collect::<Vec<_>>(), vec![4, 5]);
        assert_eq!(iso3_of_iso2("KP"), Some("PRK"));
        assert_eq!(iso3_of_iso2("YU"), Some("YUG"));
    }

    #[test]
    fn the_yugoslav_seat_is_serbia_throughout() {
        // The files code the seat YU from 1946 to their end; from 2006 it is Serbia's.
        let text = "rcid,country,country_code,vote\n105,Yugoslavia,YU,yes\n9075,Yugoslavia,YU,abstain\n9075,Montenegro,ME,yes\n";
        let mut bad = Vec::new();
        let rows = parse_votes(text.as_bytes(), Path::new("v.csv"), &mut bad).unwrap();
        assert_eq!(rows.iter().map(|r| r.iso3.as_str()).collect::<Vec<_>>(), vec!["SRB", "SRB", "MNE"]);
        assert!(bad.is_empty());
    }

    #[test]
    fn roll_calls_parse_with_flags_and_dates() {
        let text = "rcid,session,importantvote,date,unres,amend,para,short,descr\n\
                    9001,68,1,2014-03-27,R/68/262,0,0,UKRAINE,\"Territorial integrity, of Ukraine\"\n\
                    9002,68,NA,2014-02-30,R/68/263,0,0,X,Y\n";
        let mut bad = Vec::new();
        let rows = parse_roll_calls(text.as_bytes(), Path::new("r.csv"), &mut bad).unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].important);
        assert_eq!(rows[0].descr, "Territorial integrity, of Ukraine");
        assert_eq!(bad[0].line, 3);
    }
}
