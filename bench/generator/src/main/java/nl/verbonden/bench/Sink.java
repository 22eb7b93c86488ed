package nl.verbonden.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Where the generator's rows go: PostgreSQL's COPY, or JDBC batches for any other database. Each
 * table gets the audit columns (version, created_at, created_by, updated_at, updated_by) appended
 * with fixed values.
 */
abstract class Sink implements AutoCloseable {

  static final String[] AUDIT = {"version", "created_at", "created_by", "updated_at", "updated_by"};

  private final Map<String, Long> counts = new LinkedHashMap<>();

  abstract Table table(String name, String... columns) throws SQLException;

  Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  void counted(String table, long n) {
    counts.merge(table, n, Long::sum);
  }

  @Override
  public void close() throws SQLException {}

  static String columnList(String[] columns) {
    List<String> all = new ArrayList<>(List.of(columns));
    all.addAll(List.of(AUDIT));
    return String.join(", ", all);
  }

  /** One table's rows; {@link #flush()} writes what is buffered. */
  abstract static class Table {
    final String name;
    final int width;

    Table(String name, int width) {
      this.name = name;
      this.width = width;
    }

    final void row(Object... values) throws SQLException {
      if (values.length != width) {
        throw new IllegalArgumentException(
            name + ": " + width + " values expected, got " + values.length);
      }
      add(values);
    }

    abstract void add(Object[] values) throws SQLException;

    abstract void flush() throws SQLException;
  }

  /** PostgreSQL: COPY ... FROM STDIN in text format, a few MB at a time. */
  static final class Copy extends Sink {
    private static final int CHUNK = 8 << 20;
    private final CopyManager copy;

    Copy(Connection connection) throws SQLException {
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    Table table(String name, String... columns) {
      String sql = "COPY " + name + " (" + columnList(columns) + ") FROM STDIN";
      String audit =
          "\t0\t"
              + Generator.stamp().toString().replace('T', ' ')
              + "\t"
              + Generator.by()
              + "\t"
              + Generator.stamp().toString().replace('T', ' ')
              + "\t"
              + Generator.by()
              + "\n";
      return new Table(name, columns.length) {
        private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
        private long rows;

        @Override
        void add(Object[] values) throws SQLException {
          for (int i = 0; i < values.length; i++) {
            if (i > 0) {
              buffer.append('\t');
            }
            text(buffer, values[i]);
          }
          buffer.append(audit);
          rows++;
          if (buffer.length() >= CHUNK) {
            flush();
          }
        }

        @Override
        void flush() throws SQLException {
          if (rows == 0) {
            return;
          }
          try {
            copy.copyIn(sql, new StringReader(buffer.toString()));
          } catch (IOException e) {
            throw new SQLException("COPY into " + name + " failed", e);
          }
          counted(name, rows);
          buffer.setLength(0);
          rows = 0;
        }
      };
    }

    private static void text(StringBuilder b, Object value) {
      if (value == null) {
        b.append("\\N");
      } else if (value instanceof Boolean bool) {
        b.append(bool ? 't' : 'f');
      } else if (value instanceof BigDecimal d) {
        b.append(d.toPlainString());
      } else if (value instanceof String s) {
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          switch (c) {
            case '\\' -> b.append("\\\\");
            case '\t' -> b.append("\\t");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            default -> b.append(c);
          }
        }
      } else {
        b.append(value); // numbers, LocalDate (ISO)
      }
    }
  }

  /** Any database: INSERT in JDBC batches. */
  static final class Batch extends Sink {
    private static final int SIZE = 1000;
    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();

    Batch(Connection connection) {
      this.connection = connection;
    }

    @Override
    Table table(String name, String... columns) throws SQLException {
      int all = columns.length + AUDIT.length;
      String sql =
          "INSERT INTO "
              + name
              + " ("
              + columnList(columns)
              + ") VALUES ("
              + String.join(", ", Collections.nCopies(all, "?"))
              + ")";
      PreparedStatement insert = connection.prepareStatement(sql);
      statements.add(insert);
      ParameterMetaData meta = insert.getParameterMetaData();
      int[] types = new int[all];
      for (int i = 0; i < all; i++) {
        types[i] = meta.getParameterType(i + 1);
      }
      Timestamp stamp = Timestamp.valueOf(Generator.stamp());
      return new Table(name, columns.length) {
        private int pending;

        @Override
        void add(Object[] values) throws SQLException {
          for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
              insert.setNull(i + 1, types[i]);
            } else if (v instanceof LocalDate d) {
              insert.setDate(i + 1, java.sql.Date.valueOf(d));
            } else if (v instanceof LocalDateTime t) {
              insert.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else {
              insert.setObject(i + 1, v);
            }
          }
          int i = values.length;
          insert.setLong(++i, 0);
          insert.setTimestamp(++i, stamp);
          insert.setString(++i, Generator.by());
          insert.setTimestamp(++i, stamp);
          insert.setString(++i, Generator.by());
          insert.addBatch();
          if (++pending >= SIZE) {
            flush();
          }
        }

        @Override
        void flush() throws SQLException {
          if (pending == 0) {
            return;
          }
          insert.executeBatch();
          counted(name, pending);
          pending = 0;
        }
      };
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : statements) {
        s.close();
      }
    }
  }
}
