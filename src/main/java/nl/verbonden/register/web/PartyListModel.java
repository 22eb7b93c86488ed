package nl.verbonden.register.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.Party;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The register table's rows, a page at a time from the database: the page's filter bar sets the
 * {@link PartyFilter}; the table's column headers set the sort order.
 */
public class PartyListModel extends LazyDataModel<Party> {

  private static final long serialVersionUID = 1L;

  private final PartyService service;
  private final ConflictMarks roles;
  private final PartyFilter filter;
  private Set<Long> conflicted = Set.of();

  public PartyListModel(PartyService service, ConflictMarks roles, PartyFilter filter) {
    this.service = service;
    this.roles = roles;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(service.count(filter));
  }

  @Override
  public List<Party> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy.values().stream()
            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
            .findFirst()
            .orElse(null);
    String field = sort == null ? "name" : sort.getField();
    boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
    List<Party> page = service.search(filter, first, pageSize, field, ascending);
    conflicted = roles.conflicted(page.stream().map(Party::getId).toList());
    return page;
  }

  /**
   * Whether a party on the current page has the client/owner role conflict (one query per page).
   */
  public boolean isConflicted(Party party) {
    return conflicted.contains(party.getId());
  }

  @Override
  public String getRowKey(Party party) {
    return String.valueOf(party.getId());
  }

  @Override
  public Party getRowData(String rowKey) {
    return null;
  }
}
