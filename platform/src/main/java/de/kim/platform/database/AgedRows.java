package de.kim.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Deletes the rows of a table that only ever grows once they are older than its retention, in slices of 10 000 with
 * their own commits, so no run holds a long transaction or a lock readers would wait for.
 */
public final class AgedRows {

    private static final int SLICE = 10_000;
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private AgedRows() {
    }

    /**
     * @param table
     *            and {@code timeColumn}: names from the code, never from input
     * @return how many rows were deleted
     */
    public static long deleteOlderThan(DataSource dataSource, String table, String timeColumn, Duration age)
            throws SQLException {
        if (!NAME.matcher(table).matches() || !NAME.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + timeColumn);
        }
        long deleted = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from %1$s where ctid = any(array(
                            select ctid from %1$s where %2$s < now() - make_interval(secs => ?) limit ?))
                        """.formatted(table, timeColumn))) {
            connection.setAutoCommit(true);
            delete.setDouble(1, age.toSeconds());
            delete.setInt(2, SLICE);
            int slice;
            do {
                slice = delete.executeUpdate();
                deleted += slice;
            } while (slice == SLICE);
        }
        return deleted;
    }
}
