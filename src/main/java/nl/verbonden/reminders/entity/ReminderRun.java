package nl.verbonden.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One run of the reminder mail: when, started how, and how many mails it composed and sent. */
@Entity
@Table(name = "reminder_run")
@NamedQuery(
    name = ReminderRun.RECENT,
    query = "select r from ReminderRun r order by r.startedAt desc, r.id desc")
public class ReminderRun implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String RECENT = "ReminderRun.recent";

  /** Who started it: the daily timer or a beheerder's button. */
  public enum Trigger {
    TIMER,
    HAND
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "started_by", nullable = false, updatable = false, length = 10)
  private Trigger trigger;

  @Column(nullable = false)
  private int people;

  @Column(nullable = false)
  private int composed;

  @Column(nullable = false)
  private int sent;

  @Column(name = "not_sent", nullable = false)
  private int notSent;

  @Column(nullable = false)
  private int failed;

  protected ReminderRun() {}

  public ReminderRun(Trigger trigger, Instant startedAt) {
    this.trigger = trigger;
    this.startedAt = startedAt;
  }

  public void finish(int people, int composed, int sent, int notSent, int failed, Instant at) {
    this.people = people;
    this.composed = composed;
    this.sent = sent;
    this.notSent = notSent;
    this.failed = failed;
    this.finishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public int getPeople() {
    return people;
  }

  public int getComposed() {
    return composed;
  }

  public int getSent() {
    return sent;
  }

  public int getNotSent() {
    return notSent;
  }

  public int getFailed() {
    return failed;
  }
}
