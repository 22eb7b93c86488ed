package nl.verbonden.platform.demo;

import java.util.ArrayList;
import java.util.List;
import nl.verbonden.register.entity.Party;

/**
 * The demo registers: the joint arrangements these municipalities really took part in (public data of 2016, see
 * ../shared/data), with invented details.
 */
final class DemoRegisters {

  private DemoRegisters() {}

  static List<Party> woudenberg() {
    return parties(
        "Afvalverwijdering Utrecht (AVU)", "Soest",
        "GGD regio Utrecht", "Zeist",
        "Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied", "Utrecht",
        "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)", "Amersfoort",
        "Regionale Uitvoeringsdienst (RUD) Utrecht", "Utrecht",
        "Veiligheidsregio Utrecht", "Utrecht",
        "Welstand en Monumenten Midden-Nederland", "Bunnik");
  }

  static List<Party> zeist() {
    return parties(
        "Afvalverwijdering Utrecht (AVU)", "Soest",
        "Belastingsamenwerking Gemeenten en Hoogheemraadschap Utrecht (BGHU)", "Utrecht",
        "Coöperatie ParkeerService", "Amersfoort",
        "Omgevingsdienst Regio Utrecht (ODRU)", "Utrecht",
        "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)", "Zeist",
        "Veiligheidsregio Utrecht", "Utrecht");
  }

  private static List<Party> parties(String... namesAndSeats) {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < namesAndSeats.length; i += 2) {
      parties.add(new Party(namesAndSeats[i], namesAndSeats[i + 1]));
    }
    return parties;
  }
}
