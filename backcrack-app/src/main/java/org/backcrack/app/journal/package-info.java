/**
 * The personal journal, and the web app's accounts and sessions, stored with JDBI in SQLite by default (one file
 * in the per-user data directory) or in PostgreSQL by URL, the schema migrated by Flyway. Start with
 * {@link JournalStore}: {@code open} a JDBC URL with a {@link java.time.Clock}, then list, add, update and delete
 * {@link JournalEntry}s, every query scoped by user id so one user can never read another's entries, within
 * per-user quotas whose breach is a {@link QuotaExceeded}. {@link EntryData} is what a person writes (the day,
 * region, trigger, {@link SoundCounts}, pain, a note and an optional stored assessment); {@link User} and
 * {@link Session} serve the web app's public mode. It knows nothing of HTTP or the terminal: it must not depend on
 * the web or cli packages that use it, nor on spark or bench.
 */
package org.backcrack.app.journal;
