//! gongkai (公开): a static-site generator for multilingual government
//! information-disclosure portals.
//!
//! The modules are the stages of the pipeline (DESIGN.md §1), which
//! `pipeline` runs in order: `config` → `theme` (templates and messages) →
//! `content` (discover, parse) → `site` (link, translations, listings) →
//! `check` → `render` and `search` → `output`. `serve` runs the same stages
//! on what an edit affects; `deploy` publishes a built output to object
//! storage by its manifest; `cli` is the command line. `diag`, `domain` and
//! `text` (how each language's text is normalised, folded and stemmed) are
//! the ground floor every stage may use. Each stage reads only the ones
//! below it (`tests/architecture.rs` holds that).

pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod deploy;
pub mod diag;
pub mod domain;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod text;
pub mod theme;

pub use diag::Failure;
pub use pipeline::{Built, Options, Progress, build};
