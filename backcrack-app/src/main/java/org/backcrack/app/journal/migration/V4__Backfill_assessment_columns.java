package org.backcrack.app.journal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backcrack.app.journal.StoredAssessment;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the knowledge-version and triage-level columns (added by V3) of entries stored before them, from each
 * entry's stored report. A Java migration because reading JSON in SQL differs between SQLite and PostgreSQL.
 */
public final class V4__Backfill_assessment_columns extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String[]> updates = new ArrayList<>();
        try (PreparedStatement read =
                        c.prepareStatement("SELECT id, assessment FROM journal_entries WHERE assessment IS NOT NULL");
                ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                StoredAssessment s = StoredAssessment.of(rs.getString("assessment"));
                updates.add(new String[] {s.knowledgeVersion(), s.triageLevel(), rs.getString("id")});
            }
        }
        try (PreparedStatement write =
                c.prepareStatement("UPDATE journal_entries SET knowledge_version = ?, triage_level = ? WHERE id = ?")) {
            for (String[] u : updates) {
                write.setString(1, u[0]);
                write.setString(2, u[1]);
                write.setString(3, u[2]);
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
