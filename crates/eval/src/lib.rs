//! realign-eval.
