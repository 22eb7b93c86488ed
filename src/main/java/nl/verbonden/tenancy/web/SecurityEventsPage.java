package nl.verbonden.tenancy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.boundary.SecurityEventService;
import nl.verbonden.tenancy.control.SecurityEventFilter;
import nl.verbonden.tenancy.entity.SecurityEvent;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Beheer &gt; Beveiliging: the security event log, a page at a time from the database, filtered by
 * kind, login name and period; and lifting a login lock.
 */
@Named
@ViewScoped
public class SecurityEventsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityEventService service;

  private final SecurityEventFilter filter = new SecurityEventFilter();
  private Model events;
  private String unlock;

  public void load() {
    events = new Model(service, filter);
  }

  /** The filter bar's button: the table reads the filter again, from its first page. */
  public void search() {
    events = new Model(service, filter);
  }

  public void liftLock() {
    service.liftLock(unlock);
    Messages.info("security.unlocked", unlock.strip());
    unlock = null;
  }

  public String moment(SecurityEvent event) {
    return DutchFormat.dateTime(event.getOccurredAt());
  }

  public List<SecurityEventKind> getKinds() {
    return List.of(SecurityEventKind.values());
  }

  public SecurityEventFilter getFilter() {
    return filter;
  }

  public LazyDataModel<SecurityEvent> getEvents() {
    return events;
  }

  public String getUnlock() {
    return unlock;
  }

  public void setUnlock(String unlock) {
    this.unlock = unlock;
  }

  /** The rows of one page; newest first. */
  static class Model extends LazyDataModel<SecurityEvent> {

    private static final long serialVersionUID = 1L;

    private final SecurityEventService service;
    private final SecurityEventFilter filter;

    Model(SecurityEventService service, SecurityEventFilter filter) {
      this.service = service;
      this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(service.count(filter));
    }

    @Override
    public List<SecurityEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return service.search(filter, first, pageSize);
    }

    @Override
    public String getRowKey(SecurityEvent event) {
      return String.valueOf(event.getId());
    }

    @Override
    public SecurityEvent getRowData(String rowKey) {
      return null;
    }
  }
}
