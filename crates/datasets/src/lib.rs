//! realign-datasets.
