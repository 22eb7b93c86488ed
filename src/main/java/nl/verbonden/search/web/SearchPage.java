package nl.verbonden.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.search.boundary.SearchResults;
import nl.verbonden.search.boundary.SearchService;
import nl.verbonden.shared.control.SearchText;

/** Zoeken: the results of the header's search, grouped by kind (the text comes as {@code q}). */
@Named
@ViewScoped
public class SearchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SearchService service;

  private String q;
  private SearchResults results;

  public void load() {
    results = service.search(q);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public SearchResults getResults() {
    return results;
  }

  /** Whether the text was too short (or long) to search for. */
  public boolean isTooShort() {
    return SearchText.of(q) == null;
  }

  public int getMinLength() {
    return SearchText.MIN_LENGTH;
  }
}
