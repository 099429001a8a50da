package de.kim.localinfra.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * Base of each service's {@code @QuarkusTest} that keeps lookups cheap as data grows: every column that refers to
 * another row (a foreign key, or by name {@code …_id}) leads an index, unless the service names it with the reason it
 * is never looked up by. A load by case that scans every household member of every case (migration V7 dropped the only
 * index on {@code household_member.case_id}) made the soak fall from 309 to 199 operations per second.
 */
public abstract class IndexedLookupsTest {

    private static final String UNINDEXED = """
            select c.relname || '.' || a.attname
              from pg_attribute a
              join pg_class c on c.oid = a.attrelid
              join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
               and c.relname <> 'flyway_schema_history'
               and (a.attname like '%\\_id'
                    or exists (select 1 from pg_constraint f
                                where f.conrelid = c.oid and f.contype = 'f' and f.conkey[1] = a.attnum))
               and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum)
            """;

    @Inject
    DataSource dataSource;

    /** {@code table.column} → why nothing looks rows up by it (it is only read with its row). */
    protected abstract Map<String, String> neverLookedUpBy();

    @Test
    void everyReferenceLeadsAnIndex() throws SQLException {
        TreeSet<String> unindexed = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(UNINDEXED)) {
            while (rows.next()) {
                unindexed.add(rows.getString(1));
            }
        }
        assertEquals(new TreeSet<>(neverLookedUpBy().keySet()), unindexed,
                "columns that refer to other rows without an index leading with them: add one in a migration,"
                        + " or name the column with the reason nothing looks rows up by it");
    }
}
