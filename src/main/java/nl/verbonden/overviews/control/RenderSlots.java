package nl.verbonden.overviews.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.verbonden.shared.entity.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many overview PDFs the server lays out at once. Laying out the overview of a large register
 * takes seconds of one core and a few hundred MB of heap; unbounded, a handful of simultaneous
 * requests exhausted a 512 MB heap (bench/README.md). Further requests wait their turn, up to a
 * limit, then get a clear "busy, try again" instead of taking the server down.
 *
 * <p>Waiting for a slot happens outside any transaction: a request that waits must not hold a
 * database connection (the pool has 20), so a slot asked for inside a transaction is refused with
 * an {@link IllegalStateException}; the services read their data in a short transaction first. And
 * one person gets one rendering at a time: a second request of the same login while the first still
 * waits or renders is told so at once ({@code verbonden.overview.alreadyYours}), so that one person
 * cannot fill the queue. Settings (MicroProfile Config): {@code verbonden.overview.renders}
 * (default 1), {@code verbonden.overview.render-wait-seconds} (default 60) and {@code
 * verbonden.overview.pdf-cache-megabytes} (default 64: the {@link PdfCache} of PDFs laid out
 * lately).
 */
@ApplicationScoped
public class RenderSlots {

  @Inject
  @ConfigProperty(name = "verbonden.overview.renders", defaultValue = "1")
  int permits;

  @Inject
  @ConfigProperty(name = "verbonden.overview.render-wait-seconds", defaultValue = "60")
  int waitSeconds;

  /** The transaction of the calling thread, if any (absent in unit tests). */
  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "verbonden.overview.pdf-cache-megabytes", defaultValue = "64")
  int cacheMegabytes = 64;

  private Semaphore slots;
  private PdfCache cache;
  private Duration wait;
  private final Set<String> rendering = ConcurrentHashMap.newKeySet();

  /** For CDI. */
  protected RenderSlots() {}

  /** With explicit settings (tests). */
  public RenderSlots(int permits, Duration wait) {
    this.permits = permits;
    this.waitSeconds = (int) wait.toSeconds();
    init(wait);
  }

  @PostConstruct
  void init() {
    init(Duration.ofSeconds(waitSeconds));
  }

  private void init(Duration maxWait) {
    if (permits < 1) {
      throw new IllegalArgumentException(
          "verbonden.overview.renders must be at least 1, not " + permits);
    }
    this.slots = new Semaphore(permits, true);
    this.wait = maxWait;
    this.cache = new PdfCache(cacheMegabytes * 1024L * 1024L);
  }

  /**
   * Runs the work when a slot is free (first come, first served).
   *
   * @throws DomainException {@code verbonden.overview.busy} when no slot came free within the
   *     waiting time
   * @throws IllegalStateException when called inside a transaction
   */
  public <T> T run(Supplier<T> work) {
    requireNoTransaction();
    boolean acquired;
    try {
      acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new DomainException("verbonden.overview.busy", null);
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  /**
   * Runs a person's work when a slot is free, unless that person already has work waiting or
   * running.
   *
   * @throws DomainException {@code verbonden.overview.alreadyYours} when the same person already
   *     has a rendering under way; {@code verbonden.overview.busy} as {@link #run(Supplier)}
   */
  public <T> T run(String person, Supplier<T> work) {
    if (!rendering.add(person)) {
      throw new DomainException("verbonden.overview.alreadyYours", null);
    }
    try {
      return run(work);
    } finally {
      rendering.remove(person);
    }
  }

  private void requireNoTransaction() {
    if (transactions != null
        && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      throw new IllegalStateException(
          "A render slot is waited for outside any transaction: the transaction would hold a"
              + " database connection all that time");
    }
  }

  /** Whether the person has work waiting for a slot or running. */
  boolean hasWork(String person) {
    return rendering.contains(person);
  }

  /**
   * The PDF of the overview's XHTML: from the {@link PdfCache} when the same XHTML was laid out
   * lately, else laid out in a slot, one at a time per person.
   */
  public byte[] pdf(String person, String xhtml) {
    requireNoTransaction();
    String key = OverviewPdf.sha256(xhtml);
    byte[] kept = cache.get(key);
    if (kept != null) {
      return kept;
    }
    byte[] pdf = run(person, () -> OverviewPdf.render(xhtml));
    cache.put(key, pdf);
    return pdf;
  }

  /** The PDFs laid out lately (hits and misses for the benchmark and the tests). */
  public PdfCache cache() {
    return cache;
  }
}
