package nl.verbonden.shared.control;

import jakarta.persistence.Query;

/**
 * How a search text matches a text column, as a JPQL condition, per database: on PostgreSQL its
 * full-text search with the Dutch configuration (stemming: "overeenkomsten" finds "overeenkomst")
 * together with the simple one (every word as a prefix: "welz" finds "Welzijn"), through
 * EclipseLink's {@code SQL()} operator so that the query stays JPQL and EclipseLink still adds the
 * tenant filter; on Derby a case-insensitive LIKE on the whole text. The same expression is indexed
 * on PostgreSQL (migration 030). Decision 0026.
 */
public final class TextMatch {

  /** The parameter the conditions use; {@link #bind} sets it. */
  public static final String PARAM = "searchText";

  private final boolean postgres;

  public TextMatch(boolean postgres) {
    this.postgres = postgres;
  }

  public boolean isPostgres() {
    return postgres;
  }

  /**
   * A JPQL condition that is true when the text matches the path (e.g. {@code p.name}), which must
   * be a string attribute.
   */
  public String condition(String path) {
    if (postgres) {
      return "SQL('(to_tsvector(''dutch'', coalesce(?, '''')) || to_tsvector(''simple'', coalesce(?,"
          + " ''''))) @@ (to_tsquery(''dutch'', ?) || to_tsquery(''simple'', ?))', "
          + path
          + ", "
          + path
          + ", :"
          + PARAM
          + ", :"
          + PARAM
          + ") = TRUE";
    }
    return "lower(" + path + ") like :" + PARAM + " escape '\\'";
  }

  /** Sets the parameter of the conditions: the prefix query or the LIKE pattern. */
  public <Q extends Query> Q bind(Q query, SearchText text) {
    query.setParameter(PARAM, postgres ? text.prefixQuery() : text.containsPattern());
    return query;
  }
}
