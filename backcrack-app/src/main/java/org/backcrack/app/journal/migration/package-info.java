/**
 * Flyway's Java migrations of the journal schema, for steps SQL cannot take the same way on SQLite and
 * PostgreSQL (the SQL migrations are in {@code db/migration}). Used only by {@link
 * org.backcrack.app.journal.JournalStore} when it opens a database; depends on nothing but the journal package.
 */
package org.backcrack.app.journal.migration;
