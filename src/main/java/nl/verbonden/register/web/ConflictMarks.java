package nl.verbonden.register.web;

import java.util.Collection;
import java.util.Set;

/**
 * Which parties on a page of the register carry the client/owner role conflict. The roles component
 * provides it (the register sits below roles and does not know them); the register table asks once
 * per page.
 */
public interface ConflictMarks {

  Set<Long> conflicted(Collection<Long> partyIds);
}
