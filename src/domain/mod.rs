//! The ground floor every stage may use: the domain's own values, parsed
//! once and passed on typed — calendar dates and periods, the standard id
//! vocabularies of DOMAIN.md §4.
//!
//! Not for anything that reads files or knows the site: those are stages.

pub mod date;
pub mod ids;
pub mod lang;
pub mod values;
pub mod vocab;

pub use date::{Date, Period, Today};
pub use ids::{Digest, DocNo, EntryKey, IndexNo, Slug};
pub use lang::LangCode;
