//! realign-reader.
