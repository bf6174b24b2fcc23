//! realign-core.
