package app.clientele.platform;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.RowMapper;

/**
 * A row of a keyset-paged query with the cursor after it, made of the sort keys exactly as the
 * query computed them: a cursor rebuilt in Java from the row's fields (lower-casing a name,
 * splitting a full name) can differ from the ORDER BY and make the next page repeat or skip rows.
 */
public record Keyed<T>(T item, Cursor cursor) {

	/**
	 * Maps each row with {@code mapper} and reads its cursor from {@code keyColumns}, the columns
	 * of the ORDER BY in order (the query selects {@code lower(name) AS sort_name}, say).
	 */
	public static <T> RowMapper<Keyed<T>> rows(RowMapper<T> mapper, String... keyColumns) {
		return (ResultSet rs, int n) -> new Keyed<>(mapper.mapRow(rs, n), cursor(rs, keyColumns));
	}

	private static Cursor cursor(ResultSet rs, String... keyColumns) throws SQLException {
		String[] values = new String[keyColumns.length];
		for (int i = 0; i < keyColumns.length; i++) {
			values[i] = rs.getString(keyColumns[i]);
		}
		return Cursor.of(values);
	}
}
