//! A small hand-written SVG plot of positions over turns: one panel per dimension, one line per
//! actor, turns on the x axis, positions on the y axis, a legend on the right.
//!
//! No plotting crate: the output is a few hundred lines of plain SVG 1.1 that any browser opens.

use std::fmt::Write;

/// Colours cycled over actors (Tableau 10).
const PALETTE: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
];

const PANEL_W: f64 = 560.0;
const PANEL_H: f64 = 260.0;
const MARGIN_L: f64 = 60.0;
const MARGIN_T: f64 = 40.0;
const GAP: f64 = 60.0;
const LEGEND_W: f64 = 200.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders `positions[turn][actor][dim]` as an SVG document. `actors` and `dimensions` label the
/// lines and panels (missing labels are numbered). Non-finite values break the line.
pub fn positions_svg(
    title: &str,
    actors: &[String],
    dimensions: &[String],
    positions: &[Vec<Vec<f64>>],
) -> String {
    let turns = positions.len();
    let nact = positions.iter().map(Vec::len).max().unwrap_or(0);
    let ndim = positions
        .iter()
        .flatten()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(1);
    let width = MARGIN_L + PANEL_W + 30.0 + LEGEND_W;
    // Tall enough for the panels and for the legend (16 px per actor).
    let height =
        (MARGIN_T + ndim as f64 * (PANEL_H + GAP)).max(MARGIN_T + 30.0 + nact as f64 * 16.0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{MARGIN_L}" y="22" font-size="16">{}</text>"#,
        esc(title)
    );
    let value = |t: usize, a: usize, d: usize| -> Option<f64> {
        positions
            .get(t)?
            .get(a)?
            .get(d)
            .copied()
            .filter(|v| v.is_finite())
    };
    for d in 0..ndim {
        let top = MARGIN_T + d as f64 * (PANEL_H + GAP);
        let vals: Vec<f64> = (0..turns)
            .flat_map(|t| (0..nact).filter_map(move |a| value(t, a, d)))
            .collect();
        let (mut lo, mut hi) = vals
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| {
                (l.min(v), h.max(v))
            });
        if !lo.is_finite() {
            (lo, hi) = (0.0, 1.0);
        }
        if hi - lo < 1e-9 {
            lo -= 0.5;
            hi += 0.5;
        }
        let pad = (hi - lo) * 0.05;
        let (lo, hi) = (lo - pad, hi + pad);
        let xs = |t: usize| {
            MARGIN_L
                + if turns > 1 {
                    t as f64 / (turns - 1) as f64 * PANEL_W
                } else {
                    PANEL_W / 2.0
                }
        };
        let ys = |v: f64| top + PANEL_H - (v - lo) / (hi - lo) * PANEL_H;
        let dim_name = dimensions
            .get(d)
            .cloned()
            .unwrap_or_else(|| format!("dimension {}", d + 1));
        let _ = writeln!(
            s,
            r#"<g><text x="{MARGIN_L}" y="{:.1}" font-weight="bold">{}</text>"#,
            top - 8.0,
            esc(&dim_name)
        );
        let _ = writeln!(
            s,
            r##"<rect x="{MARGIN_L}" y="{top:.1}" width="{PANEL_W}" height="{PANEL_H}" fill="none" stroke="#888"/>"##
        );
        for k in 0..=4 {
            let v = lo + (hi - lo) * k as f64 / 4.0;
            let y = ys(v);
            let _ = writeln!(
                s,
                r##"<line x1="{MARGIN_L}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#eee"/><text x="{:.1}" y="{:.1}" text-anchor="end">{v:.1}</text>"##,
                MARGIN_L + PANEL_W,
                MARGIN_L - 6.0,
                y + 4.0
            );
        }
        let step = (turns / 10).max(1);
        for t in (0..turns).step_by(step) {
            let _ = writeln!(
                s,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{t}</text>"#,
                xs(t),
                top + PANEL_H + 16.0
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">turn</text>"#,
            MARGIN_L + PANEL_W / 2.0,
            top + PANEL_H + 32.0
        );
        for a in 0..nact {
            let colour = PALETTE[a % PALETTE.len()];
            let mut path = String::new();
            let mut pen_down = false;
            for t in 0..turns {
                match value(t, a, d) {
                    Some(v) => {
                        let _ = write!(
                            path,
                            "{}{:.2},{:.2} ",
                            if pen_down { 'L' } else { 'M' },
                            xs(t),
                            ys(v)
                        );
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            if !path.is_empty() {
                let name = actors
                    .get(a)
                    .cloned()
                    .unwrap_or_else(|| format!("actor {}", a + 1));
                let _ = writeln!(
                    s,
                    r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="1.5"><title>{}</title></path>"#,
                    path.trim_end(),
                    esc(&name)
                );
            }
        }
        let _ = writeln!(s, "</g>");
    }
    let lx = MARGIN_L + PANEL_W + 30.0;
    for a in 0..nact {
        let y = MARGIN_T + 10.0 + a as f64 * 16.0;
        let colour = PALETTE[a % PALETTE.len()];
        let name = actors
            .get(a)
            .cloned()
            .unwrap_or_else(|| format!("actor {}", a + 1));
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="3"/><text x="{:.1}" y="{:.1}">{}</text>"#,
            lx + 18.0,
            lx + 24.0,
            y + 4.0,
            esc(&name)
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_path_per_actor_and_panel_per_dimension() {
        let pos = vec![
            vec![vec![0.0, 10.0], vec![100.0, 20.0]],
            vec![vec![20.0, 12.0], vec![80.0, 18.0]],
        ];
        let names = vec!["A & B".to_string(), "C".to_string()];
        let svg = positions_svg("t<1>", &names, &["x".into(), "y".into()], &pos);
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<path ").count(), 4);
        assert!(svg.contains("A &amp; B") && svg.contains("t&lt;1&gt;"));
        // Every legend entry lies inside the drawing.
        let many: Vec<Vec<Vec<f64>>> = vec![(0..60).map(|a| vec![a as f64]).collect()];
        let svg = positions_svg("", &[], &[], &many);
        let height: f64 = svg
            .split("height=\"")
            .nth(1)
            .and_then(|h| h.split('"').next())
            .and_then(|h| h.parse().ok())
            .expect("height");
        assert!(height >= 40.0 + 60.0 * 16.0, "{height}");
    }

    #[test]
    fn empty_input_is_still_valid_svg() {
        let svg = positions_svg("", &[], &[], &[]);
        assert!(svg.contains("</svg>"));
        assert_eq!(svg.matches("<path ").count(), 0);
    }
}
