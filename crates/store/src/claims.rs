//! Documents, claims, their sources and reconciliation.

/// Creates this module's tables.
pub(crate) fn init(_conn: &rusqlite::Connection) -> crate::Result<()> {
    Ok(())
}
