//! realign-world.
