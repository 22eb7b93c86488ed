package nl.verbonden.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many API requests one caller may make in a window ({@code verbonden.api.rate.limit} per
 * {@code verbonden.api.rate.window}, default 600 per minute): beyond that 429 with {@code
 * Retry-After}. Counted per server, in memory (behind a balancer each server counts its own).
 */
@ApplicationScoped
public class RateLimit {

  @Inject
  @ConfigProperty(name = "verbonden.api.rate.limit", defaultValue = "600")
  int limit;

  @Inject
  @ConfigProperty(name = "verbonden.api.rate.window", defaultValue = "PT1M")
  String window;

  @Inject Clock clock;

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * Counts a request of this caller.
   *
   * @return 0 when it may go ahead; else the seconds until the window ends (for Retry-After)
   */
  public long count(String caller) {
    Instant now = clock.instant();
    Duration length = Duration.parse(window);
    Counter counter =
        counters.compute(
            caller,
            (key, current) ->
                current == null || !now.isBefore(current.start.plus(length))
                    ? new Counter(now, 1)
                    : new Counter(current.start, current.count + 1));
    if (counter.count <= limit) {
      return 0;
    }
    long millis = Duration.between(now, counter.start.plus(length)).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private record Counter(Instant start, int count) {}
}
