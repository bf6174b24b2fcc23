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
