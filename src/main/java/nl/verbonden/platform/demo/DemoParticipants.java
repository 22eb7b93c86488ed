package nl.verbonden.platform.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.entity.ParticipantKind;

/**
 * The participants of the demo's joint arrangements and their voting shares, read from two
 * resources: {@code demo/deelnemers-2016.csv} (who took part in which arrangement, public data of
 * 2016) and {@code demo/gewichten.csv} (each participant's kind and weight: roughly its inhabitants
 * in 2016, invented for the province and the water board). A share is the weight divided by the
 * arrangement's total, rounded down to hundredths of a percent, so the shares of an arrangement add
 * up to at most 100 %.
 */
final class DemoParticipants {

  private static final String ARRANGEMENTS = "/demo/deelnemers-2016.csv";
  private static final String WEIGHTS = "/demo/gewichten.csv";
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A participant of an arrangement with its share of the votes, in percent. */
  record Member(String name, ParticipantKind kind, BigDecimal share) {}

  private record Weight(ParticipantKind kind, long weight) {}

  private final Map<String, List<String>> participantsByArrangement;
  private final Map<String, Weight> weights;

  private DemoParticipants(
      Map<String, List<String>> participantsByArrangement, Map<String, Weight> weights) {
    this.participantsByArrangement = participantsByArrangement;
    this.weights = weights;
  }

  /**
   * Reads both resources.
   *
   * @throws IllegalStateException when a resource is missing or a line is malformed
   */
  static DemoParticipants load() {
    Map<String, List<String>> arrangements = new LinkedHashMap<>();
    for (String[] fields : read(ARRANGEMENTS, 2)) {
      arrangements.computeIfAbsent(fields[0], a -> new ArrayList<>()).add(fields[1]);
    }
    Map<String, Weight> weights = new HashMap<>();
    for (String[] fields : read(WEIGHTS, 3)) {
      weights.put(
          fields[0], new Weight(ParticipantKind.valueOf(fields[1]), Long.parseLong(fields[2])));
    }
    return new DemoParticipants(arrangements, weights);
  }

  /** Whether the resources list participants of this arrangement. */
  boolean knows(String arrangement) {
    return participantsByArrangement.containsKey(arrangement);
  }

  /**
   * The participants of an arrangement, in the order of the resource, with their shares.
   *
   * @param equalVotes one member, one vote (as in a cooperative), instead of shares by weight
   * @throws IllegalStateException when the arrangement is unknown or a participant has no weight
   */
  List<Member> of(String arrangement, boolean equalVotes) {
    List<String> names = participantsByArrangement.get(arrangement);
    if (names == null) {
      throw new IllegalStateException("No participants in " + ARRANGEMENTS + " for " + arrangement);
    }
    List<Weight> weightsOfNames = names.stream().map(this::weightOf).toList();
    long total =
        equalVotes ? names.size() : weightsOfNames.stream().mapToLong(Weight::weight).sum();
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      long weight = equalVotes ? 1 : weightsOfNames.get(i).weight();
      BigDecimal share =
          BigDecimal.valueOf(weight)
              .multiply(HUNDRED)
              .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN);
      members.add(new Member(names.get(i), weightsOfNames.get(i).kind(), share));
    }
    return members;
  }

  private Weight weightOf(String participant) {
    Weight weight = weights.get(participant);
    if (weight == null) {
      throw new IllegalStateException("No weight in " + WEIGHTS + " for " + participant);
    }
    return weight;
  }

  /**
   * The lines of a resource split at semicolons; empty lines and lines starting with # are left
   * out.
   */
  private static List<String[]> read(String resource, int columns) {
    InputStream in = DemoParticipants.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Resource missing: " + resource);
    }
    List<String[]> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(";", -1);
        if (fields.length != columns) {
          throw new IllegalStateException(
              resource + ": expected " + columns + " columns in: " + line);
        }
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].strip();
        }
        lines.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
