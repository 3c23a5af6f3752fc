//! Text as each language writes it: normalising, folding, word classes,
//! stemming, and Chinese in both scripts and in pinyin. The search index
//! and the rules that compare a translation with its source (the glossary)
//! read text the same way, from here.

pub mod analysis;
pub mod hanzi;
