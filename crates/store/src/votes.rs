//! UN General Assembly roll calls and votes.

/// Creates this module's tables.
pub(crate) fn init(_conn: &rusqlite::Connection) -> crate::Result<()> {
    Ok(())
}
