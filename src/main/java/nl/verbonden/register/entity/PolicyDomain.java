package nl.verbonden.register.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The policy domains (beleidsvelden) a party works in; a party may work in several. */
public enum PolicyDomain {
  SOCIAAL_DOMEIN,
  WERK_EN_INKOMEN,
  ZORG_EN_GEZONDHEID,
  VEILIGHEID,
  MILIEU_EN_AFVAL,
  RUIMTE_EN_WONEN,
  ECONOMIE,
  RECREATIE_EN_CULTUUR,
  VERKEER_EN_VERVOER,
  ONDERWIJS,
  BEDRIJFSVOERING;

  /**
   * The codes as stored: {@code ,A,B,} (sorted, with commas around each, so that one code can be
   * searched for).
   */
  public static String toCodes(Set<PolicyDomain> domains) {
    if (domains == null || domains.isEmpty()) {
      return null;
    }
    return EnumSet.copyOf(domains).stream()
        .map(Enum::name)
        .collect(Collectors.joining(",", ",", ","));
  }

  /** The domains of stored codes; unknown codes are ignored. */
  public static Set<PolicyDomain> fromCodes(String codes) {
    Set<PolicyDomain> domains = EnumSet.noneOf(PolicyDomain.class);
    if (codes != null) {
      Arrays.stream(codes.split(","))
          .map(String::strip)
          .filter(c -> !c.isEmpty())
          .map(c -> c.toUpperCase(Locale.ROOT))
          .forEach(
              c -> Arrays.stream(values()).filter(d -> d.name().equals(c)).forEach(domains::add));
    }
    return domains;
  }

  /** The pattern that finds this domain in stored codes with LIKE. */
  public String likePattern() {
    return "%," + name() + ",%";
  }
}
