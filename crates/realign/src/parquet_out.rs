//! Parquet output of the peacesciencer-style tables (`table --format parquet`), behind the
//! `parquet` cargo feature. The table builders write CSV; this turns that CSV into one Parquet
//! file: the key columns (`ccode*`, `year`) as required INT64, every other column as optional
//! DOUBLE with `NA` written as null (missing stays missing, never 0).

use std::sync::Arc;

use parquet::data_type::{DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

fn is_key(name: &str) -> bool {
    name.starts_with("ccode") || name == "year"
}

/// Rows per row group.
const GROUP: usize = 200_000;

/// Converts a table's CSV (header line, then rows) into Parquet written to `out`.
pub fn csv_to_parquet(csv: &[u8], out: std::fs::File) -> anyhow::Result<()> {
    let text = std::str::from_utf8(csv)?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    if header.iter().any(|h| h.is_empty() || !h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')) {
        anyhow::bail!("table header {header:?} has a column name Parquet cannot take");
    }
    let fields: Vec<String> = header
        .iter()
        .map(|h| if is_key(h) { format!("REQUIRED INT64 {h};") } else { format!("OPTIONAL DOUBLE {h};") })
        .collect();
    let schema = Arc::new(parse_message_type(&format!("message realign_table {{ {} }}", fields.join(" ")))?);
    let props = Arc::new(WriterProperties::builder().set_created_by("realign".into()).build());
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    for (r, row) in rows.iter().enumerate() {
        if row.len() != header.len() {
            anyhow::bail!("table row {} has {} fields, the header {}", r + 2, row.len(), header.len());
        }
    }
    for chunk in rows.chunks(GROUP.max(1)) {
        let mut group = writer.next_row_group()?;
        let mut c = 0usize;
        while let Some(mut col) = group.next_column()? {
            let name = header.get(c).copied().unwrap_or("");
            if is_key(name) {
                let mut values = Vec::with_capacity(chunk.len());
                for row in chunk {
                    let v = row[c].parse::<i64>().map_err(|_| anyhow::anyhow!("{name}: {:?} is not an integer", row[c]))?;
                    values.push(v);
                }
                col.typed::<Int64Type>().write_batch(&values, None, None)?;
            } else {
                let mut values = Vec::with_capacity(chunk.len());
                let mut defs = Vec::with_capacity(chunk.len());
                for row in chunk {
                    match row[c] {
                        "NA" | "" => defs.push(0i16),
                        v => {
                            values.push(v.parse::<f64>().map_err(|_| anyhow::anyhow!("{name}: {v:?} is not a number"))?);
                            defs.push(1);
                        }
                    }
                }
                col.typed::<DoubleType>().write_batch(&values, Some(&defs), None)?;
            }
            col.close()?;
            c += 1;
        }
        group.close()?;
    }
    writer.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn keys_are_integers_values_doubles_and_na_is_null() {
        let csv = b"ccode1,ccode2,year,cinc1,flow1\n2,20,2010,0.14,NA\n2,200,2010,0.14,5.5\n";
        let path = std::env::temp_dir().join(format!("realign-pq-{}.parquet", std::process::id()));
        csv_to_parquet(csv, std::fs::File::create(&path).expect("create")).expect("write");
        let reader = SerializedFileReader::new(std::fs::File::open(&path).expect("open")).expect("read");
        let meta = reader.metadata();
        assert_eq!(meta.file_metadata().num_rows(), 2);
        let schema = meta.file_metadata().schema_descr();
        assert_eq!(schema.num_columns(), 5);
        assert_eq!(schema.column(0).name(), "ccode1");
        let rows: Vec<String> = reader.get_row_iter(None).expect("rows").map(|r| r.expect("row").to_string()).collect();
        assert!(rows[0].contains("flow1: null"), "{rows:?}");
        assert!(rows[1].contains("flow1: 5.5"), "{rows:?}");
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn ragged_rows_are_refused() {
        let path = std::env::temp_dir().join(format!("realign-pq-bad-{}.parquet", std::process::id()));
        let err = csv_to_parquet(b"ccode,year,cinc\n2,2010\n", std::fs::File::create(&path).expect("create")).expect_err("ragged");
        assert!(err.to_string().contains("row 2"), "{err}");
        let _ = std::fs::remove_file(&path);
    }
}
