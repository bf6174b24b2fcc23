//! Small hand-written SVG line charts (no plotting dependency): enough for a dyad trend.

use std::fmt::Write as _;

/// One line of a chart.
pub struct Series<'a> {
    /// Legend label.
    pub label: &'a str,
    /// CSS colour.
    pub colour: &'a str,
    /// (x, y) points; `None` y values break the line (missing data is not drawn as 0).
    pub points: Vec<(f64, Option<f64>)>,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A line chart with a y range of `y_range`, a title and a legend.
pub fn line_chart(title: &str, y_label: &str, y_range: (f64, f64), series: &[Series<'_>]) -> String {
    let (w, h, left, right, top, bottom) = (760.0, 380.0, 60.0, 170.0, 40.0, 40.0);
    let xs: Vec<f64> = series.iter().flat_map(|s| s.points.iter().map(|p| p.0)).collect();
    let (x0, x1) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| (a.min(x), b.max(x)));
    let (x0, x1) = if x0.is_finite() && x1 > x0 { (x0, x1) } else { (0.0, 1.0) };
    let (y0, y1) = y_range;
    let px = |x: f64| left + (x - x0) / (x1 - x0) * (w - left - right);
    let py = |y: f64| top + (y1 - y.clamp(y0, y1)) / (y1 - y0) * (h - top - bottom);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = write!(s, r#"<rect width="{w}" height="{h}" fill="white"/><text x="{left}" y="24" font-size="15">{}</text>"#, esc(title));
    // Axes and grid.
    for k in 0..=4 {
        let y = y0 + (y1 - y0) * k as f64 / 4.0;
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{}" y1="{py}" y2="{py}" stroke="#ddd"/><text x="{}" y="{}" text-anchor="end">{y:.2}</text>"##,
            w - right,
            left - 6.0,
            py(y) + 4.0,
            py = py(y)
        );
    }
    let ticks = ((x1 - x0).round() as i64).clamp(1, 10);
    for k in 0..=ticks {
        let x = x0 + (x1 - x0) * k as f64 / ticks as f64;
        let _ = write!(s, r#"<text x="{}" y="{}" text-anchor="middle">{:.0}</text>"#, px(x), h - bottom + 16.0, x);
    }
    let _ = write!(
        s,
        r#"<text transform="translate(14,{}) rotate(-90)" text-anchor="middle">{}</text>"#,
        (top + h - bottom) / 2.0,
        esc(y_label)
    );
    if y0 < 0.0 && y1 > 0.0 {
        let _ = write!(s, r##"<line x1="{left}" x2="{}" y1="{py}" y2="{py}" stroke="#888"/>"##, w - right, py = py(0.0));
    }
    for (i, se) in series.iter().enumerate() {
        let mut d = String::new();
        let mut pen_down = false;
        for (x, y) in &se.points {
            match y {
                Some(y) => {
                    let _ = write!(d, "{}{:.1},{:.1} ", if pen_down { "L" } else { "M" }, px(*x), py(*y));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        let _ = write!(s, r#"<path d="{}" fill="none" stroke="{}" stroke-width="2"/>"#, d.trim_end(), se.colour);
        let ly = top + 10.0 + 20.0 * i as f64;
        let _ = write!(
            s,
            r#"<line x1="{}" x2="{}" y1="{ly}" y2="{ly}" stroke="{}" stroke-width="3"/><text x="{}" y="{}">{}</text>"#,
            w - right + 10.0,
            w - right + 30.0,
            se.colour,
            w - right + 36.0,
            ly + 4.0,
            esc(se.label)
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_break_the_line_and_labels_are_escaped() {
        let svg = line_chart(
            "A <&> B",
            "share",
            (0.0, 1.0),
            &[Series { label: "x", colour: "red", points: vec![(1.0, Some(0.5)), (2.0, None), (3.0, Some(0.2)), (4.0, Some(0.3))] }],
        );
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("A &lt;&amp;&gt; B"));
        // Two pen-down moves: the gap at x=2 is not bridged.
        let path = svg.split("<path d=\"").nth(1).unwrap_or("");
        let d = path.split('"').next().unwrap_or("");
        assert_eq!(d.matches('M').count(), 2, "{d}");
    }
}

/// Colours of the first minima's basins (later basins are grey).
const BASIN_COLOURS: [&str; 6] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"];

/// A minimum to mark on a landscape chart.
pub struct MinimumMark<'a> {
    /// Energy.
    pub energy: f64,
    /// Share of configurations in its basin.
    pub basin_share: f64,
    /// Actors of each bloc.
    pub blocs: [&'a [String]; 2],
}

/// The energy landscape: every configuration as a dot at (actors placed differently from the
/// favoured alignment, energy), coloured by the basin it descends into; the minima ringed and
/// labelled; and the favoured alignment written out as two blocs.
/// `points`: (distance, energy, basin index) per configuration.
pub fn landscape_chart(title: &str, actors: usize, points: &[(u32, f64, Option<usize>)], minima: &[MinimumMark<'_>]) -> String {
    let (w, h, left, plot_right, top, bottom) = (900.0, 440.0, 80.0, 600.0, 40.0, 50.0);
    let es = points.iter().map(|p| p.1).chain(minima.iter().map(|m| m.energy));
    let (e0, e1) = es.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), e| (a.min(e), b.max(e)));
    let (e0, e1) = if e0.is_finite() && e1 > e0 { (e0, e1) } else { (e0.min(0.0) - 1.0, e0.max(0.0) + 1.0) };
    let xmax = actors.saturating_sub(1).max(1) as f64;
    let px = |d: f64| left + d / xmax * (plot_right - left - 20.0) + 10.0;
    let py = |e: f64| top + (e1 - e) / (e1 - e0) * (h - top - bottom);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = write!(s, r#"<rect width="{w}" height="{h}" fill="white"/><text x="{left}" y="24" font-size="15">{}</text>"#, esc(title));
    for k in 0..=4 {
        let e = e0 + (e1 - e0) * k as f64 / 4.0;
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{plot_right}" y1="{y}" y2="{y}" stroke="#ddd"/><text x="{}" y="{}" text-anchor="end">{e:.0}</text>"##,
            left - 6.0,
            py(e) + 4.0,
            y = py(e)
        );
    }
    for d in 0..=xmax as u32 {
        let _ = write!(s, r#"<text x="{}" y="{}" text-anchor="middle">{d}</text>"#, px(f64::from(d)), h - bottom + 16.0);
    }
    let _ = write!(
        s,
        r#"<text x="{}" y="{}" text-anchor="middle">actors placed differently from the favoured alignment</text><text transform="translate(18,{}) rotate(-90)" text-anchor="middle">energy (lower = more stable)</text>"#,
        (left + plot_right) / 2.0,
        h - 12.0,
        (top + h - bottom) / 2.0
    );
    // Dots, spread horizontally within each distance column so that equal values stay visible.
    let mut per: std::collections::BTreeMap<u32, usize> = Default::default();
    for p in points {
        *per.entry(p.0).or_default() += 1;
    }
    let mut seen: std::collections::BTreeMap<u32, usize> = Default::default();
    let colw = 0.6 * (plot_right - left - 20.0) / xmax;
    for p in points {
        let k = seen.entry(p.0).or_default();
        let total = per.get(&p.0).copied().unwrap_or(1).max(1);
        let off = if total > 1 { (*k as f64 / (total - 1) as f64 - 0.5) * colw.min(60.0) } else { 0.0 };
        *k += 1;
        let colour = p.2.and_then(|i| BASIN_COLOURS.get(i)).copied().unwrap_or("#999");
        let _ = write!(s, r#"<circle cx="{:.1}" cy="{:.1}" r="2.2" fill="{colour}" fill-opacity="0.55"/>"#, px(f64::from(p.0)) + off, py(p.1));
    }
    // Minima: a dashed line at each minimum's energy, a ring on the favoured one (distance 0),
    // and a legend on the right with energy and basin share.
    let x = plot_right + 14.0;
    let mut y = top + 6.0;
    let _ = write!(s, r#"<text x="{x}" y="{y}" font-weight="bold">local minima</text>"#);
    for (i, m) in minima.iter().enumerate().take(BASIN_COLOURS.len()) {
        let colour = BASIN_COLOURS[i];
        let ey = py(m.energy);
        let _ = write!(s, r#"<line x1="{left}" x2="{plot_right}" y1="{ey:.1}" y2="{ey:.1}" stroke="{colour}" stroke-dasharray="4 3"/>"#);
        y += 16.0;
        let _ = write!(
            s,
            r#"<circle cx="{}" cy="{}" r="5" fill="{colour}"/><text x="{}" y="{}">{}. energy {:.0}, basin {:.0}%</text>"#,
            x + 5.0,
            y - 4.0,
            x + 16.0,
            y,
            i + 1,
            m.energy,
            m.basin_share * 100.0
        );
    }
    if minima.len() > BASIN_COLOURS.len() {
        y += 16.0;
        let _ = write!(s, r##"<text x="{x}" y="{y}" fill="#666">… {} more (grey)</text>"##, minima.len() - BASIN_COLOURS.len());
    }
    if let Some(m) = minima.first() {
        let _ = write!(s, r#"<circle cx="{:.1}" cy="{:.1}" r="7" fill="none" stroke="{}" stroke-width="2"/>"#, px(0.0), py(m.energy), BASIN_COLOURS[0]);
        // The favoured alignment.
        y += 30.0;
        let _ = write!(s, r#"<text x="{x}" y="{y}" font-weight="bold">favoured alignment</text>"#);
        y += 16.0;
        for (b, names) in m.blocs.iter().enumerate() {
            let bx = x + 140.0 * b as f64;
            let _ = write!(s, r#"<text x="{bx}" y="{y}" font-style="italic">bloc {}</text>"#, if b == 0 { "A" } else { "B" });
            for (k, n) in names.iter().enumerate() {
                let _ = write!(s, r#"<text x="{bx}" y="{}">{}</text>"#, y + 14.0 * (k as f64 + 1.0), esc(n));
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod landscape_tests {
    use super::*;

    #[test]
    fn landscape_chart_marks_minima_and_blocs() {
        let a = vec!["Turkey".to_string(), "Iran".to_string()];
        let b = vec!["USA".to_string()];
        let svg = landscape_chart(
            "Syria <test>",
            3,
            &[(0, -10.0, Some(0)), (1, -4.0, Some(0)), (2, -6.0, Some(1))],
            &[MinimumMark { energy: -10.0, basin_share: 0.75, blocs: [&a, &b] }, MinimumMark { energy: -6.0, basin_share: 0.25, blocs: [&b, &a] }],
        );
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches(r#"r="2.2""#).count(), 3);
        assert!(svg.contains("1. energy -10, basin 75%") && svg.contains("2. energy -6"));
        assert!(svg.contains("Syria &lt;test&gt;") && svg.contains(">Iran<"));
    }
}
