package nl.verbonden.platform.demo;

import java.util.ArrayList;
import java.util.List;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Woudenberg's demo positions in the quadrant matrix: recorded positions of 2024 and 2025 (so that
 * paths show the welfare foundation moving from subsidy to dialogue), this year's placements by
 * hand of parties without an agreement, with their rationale, and two targets.
 */
final class DemoPositions {

  private DemoPositions() {}

  static List<TenantOwnedEntity> woudenberg(DemoRegisters.Register register) {
    List<TenantOwnedEntity> rows = new ArrayList<>();
    recorded(rows, register, "GGD regio Utrecht", 2024, 38, 88);
    recorded(rows, register, "GGD regio Utrecht", 2025, 40, 86);
    recorded(
        rows,
        register,
        "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
        2024,
        20,
        62);
    recorded(
        rows,
        register,
        "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
        2025,
        22,
        48);
    recorded(rows, register, "Stichting Welzijn Woudenberg", 2024, 10, 66);
    recorded(rows, register, "Stichting Welzijn Woudenberg", 2025, 12, 45);

    byHand(
        rows,
        register,
        "Afvalverwijdering Utrecht (AVU)",
        30,
        80,
        "Geen DVO: de verwerking wordt per ton afgerekend en het dagelijks bestuur stuurt strak op tarief en"
            + " tonnage.");
    byHand(
        rows,
        register,
        "Veiligheidsregio Utrecht",
        65,
        85,
        "Wettelijke taken met een regionaal risicoprofiel; strak begrensd door begroting en beleidsplan, uitgevoerd"
            + " met vele partners.");
    byHand(
        rows,
        register,
        "Stichting Jeugdhulp Eemvallei",
        62,
        72,
        "Regionale inkoop jeugdhulp: één hoofdaannemer met onderaannemers, afgerekend per product.");

    RelationPosition welfare = row(register, "Stichting Welzijn Woudenberg", 2026);
    welfare.aimAt(
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP,
        "Het welzijnswerk gaat in de wijk samenwerken met huisartsen en de woningcorporatie, met een budget per wijk.");
    rows.add(welfare);
    RelationPosition rwa =
        row(register, "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)", 2026);
    rwa.aimAt(
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP,
        "Samen met werkgevers en onderwijs sturen op uitstroom naar werk.");
    rows.add(rwa);
    return rows;
  }

  private static void recorded(
      List<TenantOwnedEntity> rows,
      DemoRegisters.Register register,
      String party,
      int year,
      int network,
      int steering) {
    RelationPosition row = row(register, party, year);
    row.record(network, steering);
    rows.add(row);
  }

  private static void byHand(
      List<TenantOwnedEntity> rows,
      DemoRegisters.Register register,
      String party,
      int network,
      int steering,
      String why) {
    RelationPosition row = row(register, party, 2026);
    row.override(network, steering, why);
    rows.add(row);
  }

  private static RelationPosition row(DemoRegisters.Register register, String name, int year) {
    Party party =
        register
            .party(name)
            .orElseThrow(() -> new IllegalArgumentException("No demo party named " + name));
    return new RelationPosition(party, year);
  }
}
