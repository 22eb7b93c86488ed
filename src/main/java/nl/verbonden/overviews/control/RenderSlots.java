package nl.verbonden.overviews.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.verbonden.shared.entity.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many overview PDFs the server lays out at once. Laying out the overview of a large register
 * takes seconds of one core and a few hundred MB of heap; unbounded, a handful of simultaneous
 * requests exhausted a 512 MB heap (bench/README.md). Further requests wait their turn, up to a
 * limit, then get a clear "busy, try again" instead of taking the server down. Settings
 * (MicroProfile Config): {@code verbonden.overview.renders} (default 1) and {@code
 * verbonden.overview.render-wait-seconds} (default 60).
 */
@ApplicationScoped
public class RenderSlots {

  @Inject
  @ConfigProperty(name = "verbonden.overview.renders", defaultValue = "1")
  int permits;

  @Inject
  @ConfigProperty(name = "verbonden.overview.render-wait-seconds", defaultValue = "60")
  int waitSeconds;

  private Semaphore slots;
  private Duration wait;

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
  }

  /**
   * Runs the work when a slot is free (first come, first served).
   *
   * @throws DomainException {@code verbonden.overview.busy} when no slot came free within the
   *     waiting time
   */
  public <T> T run(Supplier<T> work) {
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

  /** Lays out the overview's XHTML as a PDF in a slot. */
  public byte[] pdf(String xhtml) {
    return run(() -> OverviewPdf.render(xhtml));
  }
}
