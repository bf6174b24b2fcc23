//! realign-gazetteer.
