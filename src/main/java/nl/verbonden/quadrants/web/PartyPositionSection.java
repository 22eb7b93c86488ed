package nl.verbonden.quadrants.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.shared.entity.NotFoundException;

/**
 * The position tab of the party page: the quadrants component contributes this year's position and
 * target of the relation to the register's page. An ended party has no position this year.
 */
@Named("partyPosition")
@ViewScoped
public class PartyPositionSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private QuadrantService service;

  private int year;
  private Position position;

  /** Loads this year's position (after the party page has loaded and checked the party). */
  public void load(Long partyId) {
    year = LocalDate.now(clock).getYear();
    try {
      position = service.position(partyId, year);
    } catch (NotFoundException notInThisYearsMatrix) {
      position = null;
    }
  }

  public int getYear() {
    return year;
  }

  /** This year's position, or {@code null} when the relation is not in this year's matrix. */
  public Position getPosition() {
    return position;
  }
}
