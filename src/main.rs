//! The `gongkai` binary: the allocator, then the command line (`cli`).

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    gongkai::cli::run()
}
