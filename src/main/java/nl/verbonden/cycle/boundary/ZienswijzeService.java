package nl.verbonden.cycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeProposal;
import nl.verbonden.cycle.entity.ZienswijzeSubject;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The zienswijze dossiers of the caller's municipality: received, proposed, decided, sent and
 * answered, each step kept. Regisseurs walk them; raadsleden read them.
 */
@Stateless
@RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
@Interceptors(TenantScope.class)
public class ZienswijzeService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * A dossier with its steps.
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when it is not of the caller's
   *     municipality
   */
  public Zienswijze find(Long id) {
    Zienswijze z = Entities.findOrThrow(em, Zienswijze.class, id);
    z.getSteps().size();
    z.getParty().getName();
    return z;
  }

  /** The dossier's deadline row, with the council's meetings around it. */
  public ZienswijzeRow row(Long id) {
    return rows(List.of(find(id))).get(0);
  }

  /** A party's dossiers, newest first. */
  public List<ZienswijzeRow> ofParty(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    return rows(
        em.createNamedQuery(Zienswijze.OF_PARTY, Zienswijze.class)
            .setParameter("party", partyId)
            .getResultList());
  }

  /**
   * The dossiers that are not finished, oldest first: what still needs the council or an answer.
   */
  public List<ZienswijzeRow> open() {
    return CycleReads.openZienswijzen(em, today());
  }

  /** The dossiers received in {@code year}, by date of receipt. */
  public List<ZienswijzeRow> ofYear(int year) {
    return rows(
        em.createNamedQuery(Zienswijze.RECEIVED_BETWEEN, Zienswijze.class)
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            .getResultList());
  }

  /**
   * Opens a dossier for a document that arrived.
   *
   * @throws DomainException at the field that is wrong
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Zienswijze receive(
      Long partyId,
      ZienswijzeSubject subject,
      String title,
      LocalDate receivedOn,
      LocalDate decidingMeeting,
      String documents) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    if (!party.getLegalForm().isJointArrangement()) {
      throw new DomainException("zienswijze.notArrangement", null, party.getName());
    }
    Zienswijze z =
        Zienswijze.receive(party, subject, title, receivedOn, decidingMeeting, documents, today());
    em.persist(z);
    Entities.flush(em, Zienswijze.class, null);
    return z;
  }

  /** Drafts (or redrafts) the raadsvoorstel. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Zienswijze propose(Long id, long version, ZienswijzeProposal proposal, String text) {
    Zienswijze z = Entities.findForEdit(em, Zienswijze.class, id, version);
    z.propose(proposal, text, today());
    return flushed(z);
  }

  /** Records the council's decision. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Zienswijze decide(Long id, long version, LocalDate on) {
    Zienswijze z = Entities.findForEdit(em, Zienswijze.class, id, version);
    z.decide(on, today());
    return flushed(z);
  }

  /** Records that the zienswijze was sent to the bestuur. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Zienswijze send(Long id, long version, LocalDate on) {
    Zienswijze z = Entities.findForEdit(em, Zienswijze.class, id, version);
    z.send(on, today());
    return flushed(z);
  }

  /** Records the bestuur's written answer, and whether the matter goes to Gedeputeerde Staten. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Zienswijze answer(Long id, long version, LocalDate on, String text, boolean escalate) {
    Zienswijze z = Entities.findForEdit(em, Zienswijze.class, id, version);
    z.answer(on, text, escalate, today());
    return flushed(z);
  }

  private Zienswijze flushed(Zienswijze z) {
    Entities.flush(em, Zienswijze.class, z.getId());
    return z;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** One query for the council's meetings, whatever the number of dossiers. */
  private List<ZienswijzeRow> rows(List<Zienswijze> dossiers) {
    return CycleReads.rows(em, dossiers, today());
  }
}
