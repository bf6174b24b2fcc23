//! Prints the mentions the built-in gazetteer finds in each line of standard input.
//! `echo "Russian President Vladimir Putin met Kim Jong Un" | cargo run -p realign-gazetteer --example mentions`

use std::io::BufRead;

fn main() {
    let g = realign_gazetteer::Gazetteer::builtin();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        for m in g.find_mentions(&line) {
            let e = g.entity(m.entity);
            println!(
                "{:?}\t{:?}\t{}\t{:?}\t{}\t{}",
                &line[m.start..m.end],
                m.form,
                e.code,
                e.kind,
                e.name,
                e.role.as_deref().unwrap_or("")
            );
        }
    }
}
