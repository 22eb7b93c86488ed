package nl.verbonden.api.web;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a collection: {@code pagina} (from 1) and {@code paginaGrootte} (1 to 100, default
 * 20) from the query; the answer holds the items under the collection's name, {@code totaal}, and
 * links to self, next and previous (each only when it exists) in {@code _links}.
 */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static Paging of(Integer page, Integer size) {
    int p = page == null ? 1 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 1) {
      throw ApiProblem.invalid("pagina", "api.invalid.page");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw ApiProblem.invalid("paginaGrootte", "api.invalid.pageSize", MAX_SIZE);
    }
    return new Paging(p, s);
  }

  public int first() {
    return (page - 1) * size;
  }

  /** This page of a list that is already whole in memory. */
  public <T> List<T> cut(List<T> all) {
    int from = Math.min(first(), all.size());
    return all.subList(from, Math.min(from + size, all.size()));
  }

  public Map<String, Object> answer(String name, List<?> items, long total, UriInfo uri) {
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(uri, page));
    if ((long) page * size < total) {
      links.put("next", link(uri, page + 1));
    }
    if (page > 1) {
      links.put("previous", link(uri, page - 1));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("_links", links);
    answer.put("totaal", total);
    answer.put("pagina", page);
    answer.put("paginaGrootte", size);
    answer.put(name, items);
    return answer;
  }

  private Map<String, String> link(UriInfo uri, int target) {
    UriBuilder builder =
        uri.getRequestUriBuilder()
            .replaceQueryParam("pagina", target)
            .replaceQueryParam("paginaGrootte", size);
    return Map.of("href", builder.build().getRawPath() + "?" + builder.build().getRawQuery());
  }
}
