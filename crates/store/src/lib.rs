//! realign-store.
