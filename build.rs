//! Embeds the default fact base (`rules/*.facts`) and its sources (`seeds/*`) in the
//! binary, so that factlint works from any folder with no set-up.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut out = String::from(
        "/// The built-in documents: (path, text).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for dir in ["rules", "seeds"] {
        println!("cargo:rerun-if-changed={dir}");
        let mut names: Vec<String> = std::fs::read_dir(Path::new(&root).join(dir))
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".facts") || n.ends_with(".txt"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        for name in names {
            println!("cargo:rerun-if-changed={dir}/{name}");
            writeln!(
                out,
                "    (\"{dir}/{name}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{dir}/{name}\"))),"
            )
            .expect("writing to a String");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
