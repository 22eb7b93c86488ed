package nl.verbonden.roles.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import nl.verbonden.register.web.ConflictMarks;
import nl.verbonden.roles.boundary.RoleService;

/** The roles component's marks on the register table: the parties with the role conflict. */
@ApplicationScoped
public class RoleConflictMarks implements ConflictMarks {

  @Inject private RoleService service;

  @Override
  public Set<Long> conflicted(Collection<Long> partyIds) {
    return service.conflicted(partyIds);
  }
}
