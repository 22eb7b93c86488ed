package nl.verbonden.testsupport;

/**
 * Names from the demo data (nl.verbonden.platform.demo) that the integration tests rely on. The
 * demo accounts' password is {@link AsUser#PASSWORD}.
 */
public final class Demo {

  /** CBS code of the municipality Woudenberg. */
  public static final String WOUDENBERG = "GM0351";

  /** CBS code of the municipality Zeist. */
  public static final String ZEIST = "GM0355";

  /** The regisseur of Woudenberg. */
  public static final String REGISSEUR = "regisseur.woudenberg";

  /** A party in Zeist's register only. */
  public static final String ZEIST_ONLY = "Coöperatie ParkeerService";

  private Demo() {}
}
