//! Time against size for each gzip and Brotli quality on a built output:
//! every text file of at least `MIN` bytes that a build would precompress.
//!
//!     cargo build --release && gongkai build --root CORPUS --no-compress
//!     cargo bench --bench compress_levels -- CORPUS/public [MIN] [EVERY]
//!
//! Prints, per codec and level, the seconds one thread spends compressing
//! the files once and the bytes it writes, against the uncompressed bytes.
//! With EVERY, only every EVERY-th file in path order is taken (a sample
//! of each kind of file, as they are spread over the folders).

use std::io::Write;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: compress_levels OUTPUT_DIR [MIN_BYTES] [EVERY]");
        std::process::exit(2);
    };
    let min: usize = args.get(1).and_then(|m| m.parse().ok()).unwrap_or(1024);
    let every: usize = args.get(2).and_then(|m| m.parse().ok()).unwrap_or(1).max(1);
    let mut files = Vec::new();
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("readable output");
        let name = entry.file_name().to_string_lossy();
        let text = [".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"]
            .iter()
            .any(|e| name.ends_with(e));
        if entry.file_type().is_file() && text {
            let bytes = std::fs::read(entry.path()).expect("readable file");
            if bytes.len() >= min {
                if seen % every == 0 {
                    files.push(bytes);
                }
                seen += 1;
            }
        }
    }
    let raw: usize = files.iter().map(Vec::len).sum();
    println!(
        "{} files of at least {min} bytes, {raw} bytes in all",
        files.len()
    );
    println!("| codec | level | seconds (1 thread) | bytes | of raw |");
    println!("|---|---|---|---|---|");
    let row = |codec: &str, level: u32, compress: &dyn Fn(&[u8]) -> Vec<u8>| {
        let started = Instant::now();
        let bytes: usize = files.iter().map(|f| compress(f).len()).sum();
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "| {codec} | {level} | {seconds:.2} | {bytes} | {:.1} % |",
            100.0 * bytes as f64 / raw as f64
        );
    };
    for level in [1, 3, 6, 9] {
        row("gzip", level, &|b| {
            let mut enc = flate2::GzBuilder::new()
                .mtime(0)
                .write(Vec::new(), flate2::Compression::new(level));
            enc.write_all(b).expect("in memory");
            enc.finish().expect("in memory")
        });
    }
    for level in [1, 3, 4, 5, 6, 7, 9, 11] {
        row("brotli", level, &|b| {
            let mut out = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut out, 4096, level, 22);
                w.write_all(b).expect("in memory");
                w.flush().expect("in memory");
            }
            out
        });
    }
}
