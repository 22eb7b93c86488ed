package nl.verbonden.register.web;

import java.util.List;
import java.util.Map;
import nl.verbonden.register.boundary.PartyFilter;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The register table's rows, a page at a time from the database: the page's filter bar sets the {@link
 * PartyFilter}; the table's column headers set the sort order.
 */
public class PartyListModel extends LazyDataModel<Party> {

  private static final long serialVersionUID = 1L;

  private final PartyService service;
  private final PartyFilter filter;

  public PartyListModel(PartyService service, PartyFilter filter) {
    this.service = service;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(service.count(filter));
  }

  @Override
  public List<Party> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
    String field = sort == null ? "name" : sort.getField();
    boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
    return service.search(filter, first, pageSize, field, ascending);
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
