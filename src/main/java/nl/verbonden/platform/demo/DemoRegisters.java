package nl.verbonden.platform.demo;

import static nl.verbonden.register.entity.RiskLevel.GEMIDDELD;
import static nl.verbonden.register.entity.RiskLevel.HOOG;
import static nl.verbonden.register.entity.RiskLevel.LAAG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.verbonden.platform.demo.DemoParticipants.Member;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.Interest;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The demo registers of Woudenberg (GM0351) and Zeist (GM0355). Which joint arrangements each
 * municipality takes part in, and who else takes part, is public data of 2016 (Open State
 * Foundation, gr-deelnemers-2016.csv; the rows the demo needs are in the resources under {@code
 * demo/}, read by {@link DemoParticipants}). Everything else is invented on top of that: the KvK
 * numbers and RSINs (eleven-test proof, but not those of the real organisations), the texts, the
 * belang, the voting weights, the figures, the risk assessments, the relations, and the partners
 * that are not a verbonden partij (apart from BNG Bank, Vitens, Stedin and the VNG, whose names are
 * real). Nothing is random: every start builds the same registers.
 */
final class DemoRegisters {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** The years with figures: the jaarrekening of two years and the begroting of the year after. */
  private static final List<Integer> YEARS = List.of(2024, 2025, 2026);

  private static final List<FigureKind> KINDS =
      List.of(FigureKind.JAARREKENING, FigureKind.JAARREKENING, FigureKind.BEGROTING);

  /**
   * One municipality's register, in the order it is saved: parties (participants cascade), figures,
   * relations.
   */
  record Register(List<Party> parties, List<YearFigures> figures, List<PartyRelation> relations) {

    Register {
      parties = List.copyOf(parties);
      figures = List.copyOf(figures);
      relations = List.copyOf(relations);
    }

    /** Everything to persist: the parties first, then what refers to them. */
    List<TenantOwnedEntity> entities() {
      List<TenantOwnedEntity> all = new ArrayList<>(parties);
      all.addAll(figures);
      all.addAll(relations);
      return all;
    }

    Optional<Party> party(String name) {
      return parties.stream().filter(p -> p.getName().equals(name)).findFirst();
    }
  }

  /**
   * What every register says alike of an organisation: its registration, its purpose and its own
   * figures.
   */
  private record Organisation(
      String name,
      LegalForm form,
      String seat,
      String kvk,
      String rsin,
      LocalDate start,
      Set<PolicyDomain> domains,
      String publicInterest,
      List<Accounts> accounts) {}

  /** An organisation's own figures for one year; the municipality's part is added per register. */
  private record Accounts(
      int year,
      FigureKind kind,
      BigDecimal equityStart,
      BigDecimal equityEnd,
      BigDecimal liabilitiesStart,
      BigDecimal liabilitiesEnd,
      BigDecimal result) {}

  // --- The organisations
  // -------------------------------------------------------------------------------------------

  private static final Organisation AVU =
      new Organisation(
          "Afvalverwijdering Utrecht (AVU)",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Soest",
          "30749371",
          "899554544",
          LocalDate.of(1992, 1, 1),
          EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL),
          "De AVU regelt voor de Utrechtse gemeenten de overslag, het transport en de verwerking van huishoudelijk"
              + " restafval, GFT en grof afval. Door samen aan te besteden verwerken de gemeenten hun afval goedkoper"
              + " en met meer hergebruik dan elk afzonderlijk zou kunnen.",
          accounts(
              "4812640.17",
              "18234500.00",
              "612350.40",
              "400000.00",
              "17890120.00",
              "-184220.75",
              "0.00",
              "17102880.00",
              "0.00",
              "0.00",
              "16400000.00"));

  private static final Organisation GGD =
      new Organisation(
          "GGD regio Utrecht",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Zeist",
          "32133783",
          "844587187",
          LocalDate.of(2012, 1, 1),
          EnumSet.of(
              PolicyDomain.ZORG_EN_GEZONDHEID,
              PolicyDomain.SOCIAAL_DOMEIN,
              PolicyDomain.VEILIGHEID),
          "De GGD voert voor de gemeenten de Wet publieke gezondheid uit: jeugdgezondheidszorg,"
              + " infectieziektebestrijding, medische milieukunde, toezicht op de kinderopvang en de geneeskundige"
              + " hulpverlening bij rampen. Gezondheid beschermen en bevorderen is een wettelijke taak die een"
              + " regionale dienst deskundiger en doelmatiger uitvoert dan één gemeente.",
          accounts(
              "6420318.55",
              "22115000.00",
              "1104552.30",
              "800000.00",
              "23480200.00",
              "387901.12",
              "0.00",
              "21960750.00",
              "0.00",
              "0.00",
              "21500000.00"));

  private static final Organisation RECREATIESCHAP =
      new Organisation(
          "Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Utrecht",
          "30248058",
          "846317941",
          LocalDate.of(1971, 1, 1),
          EnumSet.of(PolicyDomain.RECREATIE_EN_CULTUUR, PolicyDomain.RUIMTE_EN_WONEN),
          "Het recreatieschap legt recreatiegebieden en fiets-, wandel- en ruiterpaden aan en beheert ze, zodat de"
              + " inwoners van de Utrechtse Heuvelrug, de Gelderse Vallei en het Kromme Rijngebied dicht bij huis"
              + " kunnen recreëren en het landschap toegankelijk blijft.",
          accounts(
              "2185440.00",
              "1020330.00",
              "48230.55",
              "0.00",
              "985100.00",
              "-96410.20",
              "0.00",
              "1110450.00",
              "-25000.00",
              "0.00",
              "1050000.00"));

  private static final Organisation RWA =
      new Organisation(
          "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Amersfoort",
          "31410159",
          "825613966",
          LocalDate.of(1970, 1, 1),
          EnumSet.of(PolicyDomain.WERK_EN_INKOMEN, PolicyDomain.SOCIAAL_DOMEIN),
          "Het RWA voert voor de deelnemende gemeenten de Wet sociale werkvoorziening uit: mensen met een"
              + " arbeidsbeperking krijgen passend werk, in het eigen werkbedrijf, gedetacheerd of begeleid bij een"
              + " gewone werkgever. Sinds de Participatiewet (2015) stromen geen nieuwe medewerkers meer in; de"
              + " regeling zorgt voor het zittende bestand en voor beschut werk.",
          accounts(
              "1612000.00",
              "9845210.00",
              "-684220.40",
              "0.00",
              "10402300.00",
              "-512870.15",
              "0.00",
              "10960540.00",
              "-300000.00",
              "0.00",
              "11200000.00"));

  private static final Organisation RUD =
      new Organisation(
          "Regionale Uitvoeringsdienst (RUD) Utrecht",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Utrecht",
          "32667190",
          "893582037",
          LocalDate.of(2013, 1, 1),
          EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL, PolicyDomain.RUIMTE_EN_WONEN),
          "De RUD Utrecht verleent voor de deelnemers vergunningen voor milieu en houdt toezicht en handhaaft bij"
              + " bedrijven, met de deskundigheid en de schaal die de Omgevingswet en de landelijke kwaliteitscriteria"
              + " vragen en die een kleine gemeente alleen niet kan opbrengen.",
          accounts(
              "1096775.80",
              "3402110.00",
              "152330.25",
              "100000.00",
              "3610400.00",
              "64118.90",
              "0.00",
              "3550900.00",
              "0.00",
              "0.00",
              "3500000.00"));

  private static final Organisation VRU =
      new Organisation(
          "Veiligheidsregio Utrecht",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Utrecht",
          "32515945",
          "837746024",
          LocalDate.of(2010, 10, 1),
          EnumSet.of(PolicyDomain.VEILIGHEID, PolicyDomain.ZORG_EN_GEZONDHEID),
          "De Veiligheidsregio Utrecht zorgt voor de brandweer, de rampenbestrijding en crisisbeheersing en de"
              + " geneeskundige hulpverlening bij ongevallen en rampen in de provincie Utrecht, zoals de Wet"
              + " veiligheidsregio's dat aan de gemeenten samen opdraagt.",
          accounts(
              "14920530.60",
              "118402000.00",
              "2310447.85",
              "1500000.00",
              "121660300.00",
              "-1204330.10",
              "0.00",
              "126015800.00",
              "0.00",
              "0.00",
              "129500000.00"));

  private static final Organisation WELSTAND =
      new Organisation(
          "Welstand en Monumenten Midden-Nederland",
          LegalForm.GR_BEDRIJFSVOERINGSORGANISATIE,
          "Bunnik",
          "30411317",
          "894483687",
          LocalDate.of(2006, 1, 1),
          EnumSet.of(PolicyDomain.RUIMTE_EN_WONEN, PolicyDomain.RECREATIE_EN_CULTUUR),
          "Welstand en Monumenten Midden-Nederland adviseert de gemeenten onafhankelijk over het uiterlijk van"
              + " bouwplannen en over ingrepen in monumenten, zodat de ruimtelijke kwaliteit van dorpen en landschap"
              + " behouden blijft.",
          accounts(
              "184320.45",
              "262100.00",
              "12410.30",
              "0.00",
              "248930.00",
              "-8215.60",
              "0.00",
              "271400.00",
              "0.00",
              "0.00",
              "265000.00"));

  private static final Organisation BNG =
      new Organisation(
          "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
          LegalForm.NV,
          "Den Haag",
          "27431414",
          "821388319",
          LocalDate.of(1914, 12, 23),
          EnumSet.of(PolicyDomain.BEDRIJFSVOERING, PolicyDomain.ECONOMIE),
          "BNG Bank leent aan overheden en aan instellingen in het publieke domein tegen zo laag mogelijke rente."
              + " Het aandeelhouderschap van de gemeenten houdt de bank in het publieke domein en de"
              + " financieringslasten van gemeenten laag.",
          accounts(
              "5012000000.00",
              "126300000000.00",
              "241000000.00",
              "120500000.00",
              "121900000000.00",
              "262000000.00",
              "131000000.00",
              "118700000000.00",
              "230000000.00",
              "115000000.00",
              "119500000000.00"));

  private static final Organisation VITENS =
      new Organisation(
          "Vitens N.V.",
          LegalForm.NV,
          "Zwolle",
          "05206538",
          "843648405",
          LocalDate.of(2006, 7, 1),
          EnumSet.of(PolicyDomain.ZORG_EN_GEZONDHEID, PolicyDomain.MILIEU_EN_AFVAL),
          "Vitens levert betrouwbaar en betaalbaar drinkwater aan de inwoners en bedrijven van de gemeente."
              + " Drinkwater is een eerste levensbehoefte; de Drinkwaterwet eist dat het drinkwaterbedrijf in publieke"
              + " handen blijft.",
          accounts(
              "612400000.00",
              "1418000000.00",
              "28600000.00",
              "0.00",
              "1476000000.00",
              "31200000.00",
              "0.00",
              "1552000000.00",
              "24000000.00",
              "0.00",
              "1640000000.00"));

  private static final Organisation STEDIN =
      new Organisation(
          "Stedin Holding N.V.",
          LegalForm.NV,
          "Rotterdam",
          "70885633",
          "883930572",
          LocalDate.of(2017, 2, 1),
          EnumSet.of(
              PolicyDomain.ECONOMIE, PolicyDomain.RUIMTE_EN_WONEN, PolicyDomain.MILIEU_EN_AFVAL),
          "Stedin beheert het elektriciteits- en gasnet in de regio. Een betrouwbaar en betaalbaar energienet is een"
              + " publiek belang en de netbeheerder is onmisbaar voor de energietransitie; als aandeelhouder heeft de"
              + " gemeente invloed op investeringen en op de koers van het bedrijf.",
          accounts(
              "3720000000.00",
              "5410000000.00",
              "96000000.00",
              "0.00",
              "5980000000.00",
              "118000000.00",
              "0.00",
              "6620000000.00",
              "85000000.00",
              "0.00",
              "7400000000.00"));

  private static final Organisation BGHU =
      new Organisation(
          "Belastingsamenwerking Gemeenten en Hoogheemraadschap Utrecht (BGHU)",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Utrecht",
          "32338249",
          "870399354",
          LocalDate.of(2014, 1, 1),
          EnumSet.of(PolicyDomain.BEDRIJFSVOERING),
          "De BGHU heft en int de gemeentelijke belastingen en de waterschapsbelastingen en voert de Wet WOZ uit"
              + " voor de deelnemers. De inwoner krijgt één aanslag; de deelnemers werken goedkoper en zijn minder"
              + " kwetsbaar dan ieder voor zich.",
          accounts(
              "1320400.00",
              "4215700.00",
              "210880.35",
              "150000.00",
              "4090300.00",
              "96410.80",
              "0.00",
              "4180650.00",
              "0.00",
              "0.00",
              "4100000.00"));

  private static final Organisation PARKEERSERVICE =
      new Organisation(
          "Coöperatie ParkeerService",
          LegalForm.COOPERATIE,
          "Amersfoort",
          "31665110",
          "807380982",
          LocalDate.of(2009, 1, 1),
          EnumSet.of(PolicyDomain.VERKEER_EN_VERVOER),
          "Coöperatie ParkeerService voert voor haar leden het parkeerbeheer uit: parkeerautomaten en -garages,"
              + " vergunningen en handhaving. De gemeenten delen kennis en systemen en houden betaald parkeren zo"
              + " betaalbaar en klantvriendelijk.",
          accounts(
              "1045600.00",
              "2380400.00",
              "88120.45",
              "0.00",
              "2512900.00",
              "41300.10",
              "0.00",
              "2455100.00",
              "25000.00",
              "0.00",
              "2400000.00"));

  private static final Organisation ODRU =
      new Organisation(
          "Omgevingsdienst Regio Utrecht (ODRU)",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Utrecht",
          "32500139",
          "868462226",
          LocalDate.of(2012, 1, 1),
          EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL, PolicyDomain.RUIMTE_EN_WONEN),
          "De ODRU verleent vergunningen en houdt toezicht en handhaaft op milieu, bouwen en de fysieke"
              + " leefomgeving voor de deelnemende gemeenten, zodat de leefomgeving gezond en veilig blijft.",
          accounts(
              "2860150.00",
              "6940300.00",
              "412560.70",
              "250000.00",
              "7104800.00",
              "-138420.45",
              "0.00",
              "7360200.00",
              "0.00",
              "0.00",
              "7300000.00"));

  private static final Organisation RDWI =
      new Organisation(
          "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
          LegalForm.GR_OPENBAAR_LICHAAM,
          "Zeist",
          "32604055",
          "876284342",
          LocalDate.of(2011, 1, 1),
          EnumSet.of(PolicyDomain.WERK_EN_INKOMEN, PolicyDomain.SOCIAAL_DOMEIN),
          "De RDWI voert voor de deelnemende gemeenten de Participatiewet en de schuldhulpverlening uit:"
              + " bijstand en bijzondere bijstand, re-integratie naar werk en hulp bij schulden, vanuit één dienst.",
          accounts(
              "3412800.00",
              "14802500.00",
              "-912330.60",
              "0.00",
              "15460900.00",
              "245110.25",
              "0.00",
              "15120400.00",
              "0.00",
              "0.00",
              "15000000.00"));

  private static final Organisation VNG =
      new Organisation(
          "Vereniging van Nederlandse Gemeenten (VNG)",
          LegalForm.VERENIGING,
          "Den Haag",
          "40178043",
          "851977339",
          LocalDate.of(1912, 1, 1),
          EnumSet.of(PolicyDomain.BEDRIJFSVOERING),
          "De VNG behartigt de belangen van de gemeenten bij het Rijk en in Europa, ondersteunt gemeenten met kennis"
              + " en gezamenlijke voorzieningen en sluit als werkgeversvereniging de cao voor gemeenten af.",
          List.of());

  private static final Organisation WELZIJN_WOUDENBERG =
      new Organisation(
          "Stichting Welzijn Woudenberg",
          LegalForm.STICHTING,
          "Woudenberg",
          "30984201",
          "851245225",
          LocalDate.of(1998, 1, 1),
          EnumSet.of(PolicyDomain.SOCIAAL_DOMEIN, PolicyDomain.ZORG_EN_GEZONDHEID),
          "Welzijnswerk in Woudenberg: ouderenwerk, ondersteuning van mantelzorgers, jongerenwerk en"
              + " vrijwilligerswerk, zodat inwoners zo lang mogelijk zelfstandig en naar elkaar omziend kunnen leven.",
          List.of());

  private static final Organisation JEUGDHULP_EEMVALLEI =
      new Organisation(
          "Stichting Jeugdhulp Eemvallei",
          LegalForm.STICHTING,
          "Amersfoort",
          "31481979",
          "816964075",
          LocalDate.of(2015, 1, 1),
          EnumSet.of(PolicyDomain.SOCIAAL_DOMEIN, PolicyDomain.ZORG_EN_GEZONDHEID),
          "Ambulante jeugdhulp en pleegzorg voor gezinnen in Woudenberg, gecontracteerd via de regionale inkoop"
              + " jeugdhulp, zodat kinderen die hulp nodig hebben die dicht bij huis krijgen.",
          List.of());

  private static final Organisation KRINGLOOP_WOUDENBERG =
      new Organisation(
          "Stichting Kringloop Woudenberg",
          LegalForm.STICHTING,
          "Woudenberg",
          "30868500",
          "830262386",
          LocalDate.of(2012, 1, 1),
          EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL, PolicyDomain.WERK_EN_INKOMEN),
          "De kringloopwinkel haalt bruikbare spullen op en verkoopt ze opnieuw, en biedt werkervaringsplaatsen aan"
              + " inwoners met een afstand tot de arbeidsmarkt.",
          List.of());

  private static final Organisation WELZIJN_ZEIST =
      new Organisation(
          "Stichting Welzijn Zeist",
          LegalForm.STICHTING,
          "Zeist",
          "30520085",
          "856250053",
          LocalDate.of(2003, 1, 1),
          EnumSet.of(PolicyDomain.SOCIAAL_DOMEIN),
          "Welzijnswerk in de wijken van Zeist: buurtwerk, ouderenwerk, formulierenhulp en vroegsignalering van"
              + " schulden, met en voor bewoners.",
          List.of());

  private DemoRegisters() {}

  // --- The registers
  // -----------------------------------------------------------------------------------------------

  static Register woudenberg() {
    Builder w = new Builder("Woudenberg");
    Party avu =
        w.jointArrangement(
            AVU,
            "De wethouder Afval is lid van het algemeen bestuur; het dagelijks bestuur bestaat uit wethouders van"
                + " vijf deelnemende gemeenten. De stemmen zijn gewogen naar inwonertal.",
            "Woudenberg betaalt de verwerking van zijn huishoudelijk afval per ton en draagt naar inwonertal bij in"
                + " de kosten van de organisatie. Als deelnemer staat de gemeente naar rato garant voor tekorten.",
            "548930.00",
            "571215.50",
            "589400.00");
    w.assess(
        avu,
        LocalDate.of(2025, 10, 15),
        "Stabiele organisatie met langlopende verwerkingscontracten. Aandachtspunt: stijgende verbrandingsbelasting"
            + " en CO2-heffing werken door in het tarief per ton.",
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG,
        GEMIDDELD,
        LAAG);

    Party ggd =
        w.jointArrangement(
            GGD,
            "De wethouder Zorg en Welzijn is lid van het algemeen bestuur. De stemmen zijn gewogen naar inwonertal.",
            "Bijdrage per inwoner voor het basistakenpakket en aanvullende bijdragen voor jeugdgezondheidszorg en"
                + " maatwerk. Als deelnemer staat Woudenberg naar rato garant voor tekorten.",
            "338410.00",
            "352977.00",
            "366500.00");
    w.assess(
        ggd,
        LocalDate.of(2026, 3, 12),
        "Financieel gezond, maar de gemeente hangt voor jeugdgezondheidszorg en infectieziektebestrijding volledig"
            + " van de GGD af. Aandachtspunt: krapte aan jeugdartsen en jeugdverpleegkundigen.",
        GEMIDDELD,
        LAAG,
        LAAG,
        HOOG,
        GEMIDDELD,
        LAAG);

    Party recreatieschap =
        w.jointArrangement(
            RECREATIESCHAP,
            "Een wethouder is lid van het algemeen bestuur; de provincie Utrecht neemt met een eigen stem deel.",
            "Jaarlijkse bijdrage naar inwonertal voor beheer en onderhoud van de recreatiegebieden. Bij uittreding"
                + " of opheffing draagt Woudenberg naar rato bij in de frictiekosten.",
            "41820.00",
            "43075.00",
            "44370.00");
    w.assess(
        recreatieschap,
        LocalDate.of(2024, 6, 4),
        "Klein financieel belang en een gezonde reserve. De deelnemers herijken de toekomst van het recreatieschap;"
            + " de herbeoordeling wacht daarop en is over de termijn.",
        LAAG,
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG);

    Party rwa =
        w.jointArrangement(
            RWA,
            "De wethouder Werk en Inkomen is lid van het algemeen bestuur. Amersfoort heeft als grootste deelnemer"
                + " de meeste stemmen.",
            "Woudenberg geeft de rijksbijdrage voor de Wsw door aan het RWA en vult tekorten van het werkbedrijf naar"
                + " rato aan. Door de afbouw van het Wsw-bestand dalen de opbrengsten sneller dan de kosten.",
            "214560.00",
            "268940.00",
            "245000.00");
    w.assess(
        rwa,
        LocalDate.of(2025, 11, 4),
        "Structurele tekorten sinds de Participatiewet; het eigen vermogen is bijna op en aanvullende bijdragen zijn"
            + " waarschijnlijk. Zwaar regime: kwartaalrapportages en een eigen risicoanalyse. De herbeoordeling is"
            + " uitgesteld tot de deelnemers de toekomstvisie hebben vastgesteld.",
        GEMIDDELD,
        HOOG,
        HOOG,
        GEMIDDELD,
        GEMIDDELD,
        GEMIDDELD);

    Party rud =
        w.jointArrangement(
            RUD,
            "De wethouder Milieu is lid van het algemeen bestuur. Woudenberg brengt de basistaken milieu in.",
            "Bijdrage naar de ingebrachte taken en uren volgens het jaarlijkse werkprogramma. Als deelnemer staat"
                + " Woudenberg naar rato garant voor tekorten.",
            "131440.00",
            "138012.00",
            "144900.00");
    w.assess(
        rud,
        LocalDate.of(2026, 1, 22),
        "Met de Omgevingswet is het takenpakket veranderd en worden de uren per gemeente opnieuw verdeeld. Door het"
            + " kleine stemaandeel is de invloed van Woudenberg beperkt.",
        LAAG,
        LAAG,
        GEMIDDELD,
        GEMIDDELD,
        HOOG,
        LAAG);

    Party vru =
        w.jointArrangement(
            VRU,
            "De burgemeester is van rechtswege lid van het algemeen bestuur (Wet veiligheidsregio's).",
            "Bijdrage volgens de kostenverdeelsleutel van de regio, naar inwoners en risicoprofiel. Als deelnemer"
                + " staat Woudenberg naar rato garant voor tekorten.",
            "812340.00",
            "851215.00",
            "889600.00");
    w.assess(
        vru,
        LocalDate.of(2026, 4, 9),
        "Groot belang voor de openbare veiligheid, bij een beperkte invloed van de gemeente. Risico's: de kosten van"
            + " nieuwe kazernes en het vinden van genoeg vrijwillige brandweerlieden.",
        GEMIDDELD,
        LAAG,
        GEMIDDELD,
        HOOG,
        GEMIDDELD,
        LAAG);

    Party welstand =
        w.jointArrangement(
            WELSTAND,
            "Een wethouder is lid van het bestuur van de bedrijfsvoeringsorganisatie.",
            "Een vergoeding per advies en een kleine vaste bijdrage. Als deelnemer staat Woudenberg naar rato garant"
                + " voor tekorten.",
            "14860.00",
            "15310.00",
            "15770.00");
    w.assess(
        welstand,
        LocalDate.of(2025, 9, 17),
        "Klein en stabiel belang; de advisering is goed vervangbaar.",
        LAAG,
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG);

    Party bng =
        w.company(
            BNG,
            "0.01",
            "10725.00",
            "Woudenberg stemt als aandeelhouder in de algemene vergadering van aandeelhouders; de gemeente heeft geen"
                + " zetel in de raad van bestuur of de raad van commissarissen.",
            "4.290 aandelen van nominaal € 2,50, boekwaarde € 10.725. De gemeente ontvangt jaarlijks dividend; het"
                + " risico is beperkt tot de waarde van de aandelen.");
    w.assess(
        bng,
        LocalDate.of(2025, 2, 11),
        "Solide bank met de hoogste kredietwaardigheid; het risico is beperkt tot de aandelen.",
        LAAG,
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG);

    Party vitens =
        w.company(
            VITENS,
            "0.22",
            "181987.00",
            "Woudenberg stemt als aandeelhouder in de algemene vergadering van aandeelhouders; geen zetel in bestuur"
                + " of raad van commissarissen.",
            "Aandelen met een boekwaarde van € 13.987 en een achtergestelde lening aan Vitens van € 168.000: samen"
                + " € 181.987 dat de gemeente kan verliezen. Vitens keert geen dividend uit.");
    w.assess(
        vitens,
        LocalDate.of(2025, 2, 11),
        "Publiek aandeelhouderschap is wettelijk verplicht. De investeringen in nieuwe winningen worden met"
            + " leningen gefinancierd; voor de gemeente blijft het risico laag.",
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG,
        LAAG);

    Party stedin =
        w.company(
            STEDIN,
            "0.06",
            "205400.00",
            "Woudenberg stemt als aandeelhouder in de algemene vergadering van aandeelhouders; geen zetel in bestuur"
                + " of raad van commissarissen.",
            "Aandelen met een boekwaarde van € 205.400. Stedin heeft voor de energietransitie extra eigen vermogen"
                + " nodig en heeft de aandeelhouders gevraagd bij te storten.");
    w.assess(
        stedin,
        LocalDate.of(2026, 6, 30),
        "De investeringsopgave van het net is zeer groot. Een verzoek om extra kapitaal ligt voor de hand; de"
            + " invloed van een kleine aandeelhouder is gering.",
        LAAG,
        LAAG,
        HOOG,
        LAAG,
        HOOG,
        LAAG);

    Party vng =
        w.partner(
            VNG,
            "0.07",
            "Woudenberg is lid en stemt in de algemene ledenvergadering, naar inwonertal gewogen.",
            "Alleen de jaarlijkse contributie; geen kapitaal, lening, garantie of aansprakelijkheid. Daarom geen"
                + " verbonden partij.");
    Party welzijn =
        w.partner(
            WELZIJN_WOUDENBERG,
            null,
            "Geen zetel in het bestuur en geen stemrecht; de gemeente is subsidieverstrekker en opdrachtgever.",
            "Jaarlijkse subsidie op basis van een uitvoeringsovereenkomst (2026: € 412.000). Geen lening, garantie of"
                + " aansprakelijkheid.");
    Party jeugdhulp =
        w.partner(
            JEUGDHULP_EEMVALLEI,
            null,
            "Geen zetel in het bestuur en geen stemrecht; de gemeente is opdrachtgever via de regionale inkoop.",
            "Betaling per geleverd product volgens het regionale contract jeugdhulp. Geen kapitaal, lening of"
                + " garantie.");
    Party kringloop =
        w.partner(
            KRINGLOOP_WOUDENBERG,
            null,
            "Geen zetel in het bestuur en geen stemrecht.",
            "Een kleine jaarlijkse subsidie voor werkervaringsplaatsen (2026: € 18.500). Geen financieel belang.");

    w.relate(
        rud,
        RelationType.PARTNER,
        vru,
        LocalDate.of(2014, 1, 1),
        "Samen toezicht op risicovolle bedrijven (BRZO) en afstemming bij milieu-incidenten.");
    w.relate(
        ggd,
        RelationType.SUBCONTRACTOR,
        vru,
        LocalDate.of(2012, 1, 1),
        "De GGD voert voor de veiligheidsregio de geneeskundige hulpverlening bij rampen (GHOR) uit.");
    w.relate(
        kringloop,
        RelationType.SUBCONTRACTOR,
        rwa,
        LocalDate.of(2019, 1, 1),
        "Werkervaringsplaatsen en beschut werk in onderaanneming van het RWA.");
    w.relate(
        jeugdhulp,
        RelationType.CONSORTIUM_MEMBER,
        welzijn,
        LocalDate.of(2022, 1, 1),
        "Samen bemensen zij het lokale team, de toegang tot het sociaal domein van Woudenberg.");
    w.relate(
        vru,
        RelationType.MEMBER_OF,
        vng,
        LocalDate.of(2011, 1, 1),
        "Buitengewoon lid, zoals een openbaar lichaam van gemeenten dat kan zijn.");
    return w.build();
  }

  static Register zeist() {
    Builder z = new Builder("Zeist");
    Party avu =
        z.jointArrangement(
            AVU,
            "De wethouder Afval is lid van het algemeen bestuur en van het dagelijks bestuur van de AVU. De stemmen"
                + " zijn gewogen naar inwonertal.",
            "Zeist betaalt de verwerking van zijn huishoudelijk afval per ton en draagt naar inwonertal bij in de"
                + " kosten van de organisatie. Als deelnemer staat de gemeente naar rato garant voor tekorten.",
            "2412600.00",
            "2498340.25",
            "2575000.00");
    z.assess(
        avu,
        LocalDate.of(2025, 10, 20),
        "Stabiele organisatie met langlopende verwerkingscontracten; de tarieven volgen de rijksbelasting op"
            + " verbranden.",
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG,
        LAAG,
        LAAG);

    Party bghu =
        z.jointArrangement(
            BGHU,
            "De wethouder Financiën is lid van het algemeen bestuur; het hoogheemraadschap neemt met een eigen stem"
                + " deel.",
            "Bijdrage naar het aantal aanslagen en WOZ-objecten. Als deelnemer staat Zeist naar rato garant voor"
                + " tekorten.",
            "612450.00",
            "633890.00",
            "655000.00");
    z.assess(
        bghu,
        LocalDate.of(2025, 3, 3),
        "Goed lopende uitvoeringsorganisatie; de WOZ-waardering scoort goed bij de Waarderingskamer.",
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG,
        LAAG);

    Party parkeerService =
        z.cooperative(
            PARKEERSERVICE,
            "25000.00",
            "Zeist is lid van de coöperatie en stemt in de algemene ledenvergadering: één lid, één stem.",
            "Ledenkapitaal van € 25.000. De coöperatie sluit de aansprakelijkheid van de leden uit (U.A.): Zeist kan"
                + " niet meer verliezen dan zijn ledenkapitaal. Daarnaast betaalt Zeist voor het parkeerbeheer.",
            "1148300.00",
            "1196750.00",
            "1230000.00");
    z.assess(
        parkeerService,
        LocalDate.of(2024, 10, 1),
        "Nieuwe parkeerapparatuur en de overgang naar kentekenparkeren vragen investeringen. De herbeoordeling"
            + " wacht op de evaluatie van het parkeerbeleid en is over de termijn.",
        GEMIDDELD,
        LAAG,
        GEMIDDELD,
        GEMIDDELD,
        GEMIDDELD,
        LAAG);

    Party odru =
        z.jointArrangement(
            ODRU,
            "De wethouder Omgeving is lid van het algemeen bestuur. De stemmen zijn gewogen naar inwonertal.",
            "Bijdrage naar de ingebrachte taken en uren volgens het werkprogramma. Als deelnemer staat Zeist naar"
                + " rato garant voor tekorten.",
            "1102340.00",
            "1158920.00",
            "1196000.00");
    z.assess(
        odru,
        LocalDate.of(2026, 2, 10),
        "De Omgevingswet bracht nieuwe taken en een nieuwe financiering; de productiviteit staat onder druk.",
        GEMIDDELD,
        LAAG,
        GEMIDDELD,
        GEMIDDELD,
        GEMIDDELD,
        GEMIDDELD);

    Party rdwi =
        z.jointArrangement(
            RDWI,
            "De wethouder Werk en Inkomen is lid van het algemeen bestuur en voorzitter van het dagelijks bestuur;"
                + " Zeist is de grootste deelnemer en levert de vestigingsplaats.",
            "Zeist betaalt de uitvoeringskosten naar het aantal uitkeringen; de uitkeringen zelf lopen via de"
                + " gemeentebegroting. Als deelnemer staat Zeist naar rato garant voor tekorten.",
            "6842300.00",
            "7105640.00",
            "7390000.00");
    z.assess(
        rdwi,
        LocalDate.of(2026, 9, 15),
        "Tekort in 2024 door hogere uitvoeringskosten; de bijstandsuitgaven zelf zijn een groot risico voor de"
            + " gemeentebegroting. Zwaar regime met kwartaalrapportages.",
        HOOG,
        GEMIDDELD,
        HOOG,
        HOOG,
        LAAG,
        GEMIDDELD);

    Party vru =
        z.jointArrangement(
            VRU,
            "De burgemeester is van rechtswege lid van het algemeen bestuur (Wet veiligheidsregio's).",
            "Bijdrage volgens de kostenverdeelsleutel van de regio, naar inwoners en risicoprofiel. Als deelnemer"
                + " staat Zeist naar rato garant voor tekorten.",
            "3905120.00",
            "4091870.00",
            "4276500.00");
    z.assess(
        vru,
        LocalDate.of(2026, 4, 14),
        "Groot belang voor de openbare veiligheid; de nieuwe kostenverdeelsleutel valt voor Zeist iets hoger uit.",
        GEMIDDELD,
        LAAG,
        GEMIDDELD,
        HOOG,
        GEMIDDELD,
        LAAG);

    Party bng =
        z.company(
            BNG,
            "0.05",
            "75075.00",
            "Zeist stemt als aandeelhouder in de algemene vergadering van aandeelhouders; geen zetel in bestuur of"
                + " raad van commissarissen.",
            "30.030 aandelen van nominaal € 2,50, boekwaarde € 75.075. De gemeente ontvangt jaarlijks dividend; het"
                + " risico is beperkt tot de waarde van de aandelen.");
    z.assess(
        bng,
        LocalDate.of(2025, 2, 18),
        "Solide bank met de hoogste kredietwaardigheid; het risico is beperkt tot de aandelen.",
        LAAG,
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG);

    Party vitens =
        z.company(
            VITENS,
            "1.05",
            "844806.00",
            "Zeist stemt als aandeelhouder in de algemene vergadering van aandeelhouders; geen zetel in bestuur of"
                + " raad van commissarissen.",
            "Aandelen met een boekwaarde van € 64.806 en een achtergestelde lening aan Vitens van € 780.000: samen"
                + " € 844.806 dat de gemeente kan verliezen.");
    z.assess(
        vitens,
        LocalDate.of(2025, 2, 18),
        "Publiek aandeelhouderschap is wettelijk verplicht; laag risico voor de gemeente.",
        LAAG,
        LAAG,
        LAAG,
        GEMIDDELD,
        LAAG,
        LAAG);

    z.partner(
        VNG,
        "0.36",
        "Zeist is lid en stemt in de algemene ledenvergadering, naar inwonertal gewogen.",
        "Alleen de jaarlijkse contributie; geen kapitaal, lening, garantie of aansprakelijkheid. Daarom geen"
            + " verbonden partij.");
    Party welzijn =
        z.partner(
            WELZIJN_ZEIST,
            null,
            "Geen zetel in het bestuur en geen stemrecht; de gemeente is subsidieverstrekker.",
            "Jaarlijkse subsidie op basis van prestatieafspraken (2026: € 1.860.000). Geen lening, garantie of"
                + " aansprakelijkheid.");

    z.relate(
        odru,
        RelationType.PARTNER,
        vru,
        LocalDate.of(2013, 1, 1),
        "Afstemming over toezicht op risicovolle bedrijven en advies bij incidenten.");
    z.relate(
        welzijn,
        RelationType.PARTNER,
        rdwi,
        LocalDate.of(2019, 1, 1),
        "Samenwerking bij schuldhulpverlening en vroegsignalering van betalingsachterstanden.");
    z.relate(
        bghu,
        RelationType.PARTNER,
        rdwi,
        LocalDate.of(2016, 1, 1),
        "Uitwisseling van inkomensgegevens voor de kwijtschelding van gemeentelijke belastingen.");
    return z.build();
  }

  /**
   * One "party created" line of history per party, as the change the register writes; the parties
   * must have been saved, as a line needs its id.
   */
  static List<PartyChanged> history(List<Party> parties) {
    return parties.stream()
        .map(
            p ->
                PartyHistory.event(
                    Objects.requireNonNull(p.getId(), "party not saved"),
                    "history.created",
                    null,
                    null,
                    p.getName()))
        .toList();
  }

  // --- Building blocks
  // -----------------------------------------------------------------------------------------------

  /**
   * The organisation's own figures: its equity and liabilities at 1 January of the first year, then
   * per year (the jaarrekening 2024 and 2025, the begroting 2026) three amounts: its result, what
   * it paid out to its participants or shareholders, and its liabilities at 31 December. The equity
   * at the end follows; each year starts where the year before ended.
   */
  private static List<Accounts> accounts(String equity, String liabilities, String... perYear) {
    if (perYear.length != 3 * YEARS.size()) {
      throw new IllegalArgumentException("Three amounts per year expected");
    }
    List<Accounts> accounts = new ArrayList<>();
    BigDecimal equityStart = eur(equity);
    BigDecimal liabilitiesStart = eur(liabilities);
    for (int i = 0; i < YEARS.size(); i++) {
      BigDecimal result = eur(perYear[3 * i]);
      BigDecimal paidOut = eur(perYear[3 * i + 1]);
      BigDecimal liabilitiesEnd = eur(perYear[3 * i + 2]);
      BigDecimal equityEnd = equityStart.add(result).subtract(paidOut);
      accounts.add(
          new Accounts(
              YEARS.get(i),
              KINDS.get(i),
              equityStart,
              equityEnd,
              liabilitiesStart,
              liabilitiesEnd,
              result));
      equityStart = equityEnd;
      liabilitiesStart = liabilitiesEnd;
    }
    return List.copyOf(accounts);
  }

  /** Euros, exactly to the cent. */
  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  /** A percentage in hundredths. */
  private static BigDecimal percent(String share) {
    return share == null ? null : new BigDecimal(share).setScale(2);
  }

  /** Builds the register of one municipality. */
  private static final class Builder {

    private final String municipality;
    private final DemoParticipants participants = DemoParticipants.load();
    private final List<Party> parties = new ArrayList<>();
    private final List<YearFigures> figures = new ArrayList<>();
    private final List<PartyRelation> relations = new ArrayList<>();

    Builder(String municipality) {
      this.municipality = municipality;
    }

    /**
     * A joint arrangement: the municipality sits in its board, votes with its share as a
     * participant and is liable for deficits. Its belang is its share of the arrangement's equity.
     */
    Party jointArrangement(
        Organisation org, String governance, String financial, String... contributions) {
      Party party = party(org);
      BigDecimal share = addParticipants(party, false);
      Interest interest = party.getInterest();
      interest.setBoardSeat(true);
      interest.setVotingRights(true);
      interest.setVotingShare(share);
      interest.setGovernanceDescription(governance);
      interest.setLiable(true);
      interest.setFinancialDescription(financial);
      UnaryOperator<BigDecimal> shareOfEquity =
          equity -> equity.multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      BigDecimal belang = addFigures(party, org, contributions, shareOfEquity);
      interest.setAmountAtRisk(belang.max(BigDecimal.ZERO.setScale(2)));
      return add(party);
    }

    /**
     * A company in which the municipality holds shares: it votes in the shareholders' meeting, is
     * not liable, and can lose the book value of its shares (and of its loans to the company).
     */
    Party company(
        Organisation org,
        String votingShare,
        String bookValue,
        String governance,
        String financial) {
      Party party = party(org);
      Interest interest = party.getInterest();
      interest.setBoardSeat(false);
      interest.setVotingRights(true);
      interest.setVotingShare(percent(votingShare));
      interest.setGovernanceDescription(governance);
      interest.setLiable(false);
      interest.setFinancialDescription(financial);
      BigDecimal value = eur(bookValue);
      interest.setAmountAtRisk(value);
      addFigures(party, org, new String[0], equity -> value);
      return add(party);
    }

    /**
     * A cooperative of which the municipality is a member: one member, one vote; with excluded
     * liability (U.A.) it can lose its member capital only.
     */
    Party cooperative(
        Organisation org,
        String memberCapital,
        String governance,
        String financial,
        String... contributions) {
      Party party = party(org);
      BigDecimal share = addParticipants(party, true);
      Interest interest = party.getInterest();
      interest.setBoardSeat(false);
      interest.setVotingRights(true);
      interest.setVotingShare(share);
      interest.setGovernanceDescription(governance);
      interest.setLiable(false);
      interest.setFinancialDescription(financial);
      BigDecimal capital = eur(memberCapital);
      interest.setAmountAtRisk(capital);
      addFigures(party, org, contributions, equity -> capital);
      return add(party);
    }

    /**
     * A partner that is not a verbonden partij: the municipality has no financial belang in it (it
     * may vote, as a member of an association). No figures and no risk assessment are kept.
     */
    Party partner(Organisation org, String votingShare, String governance, String financial) {
      Party party = party(org);
      Interest interest = party.getInterest();
      interest.setBoardSeat(false);
      interest.setVotingRights(votingShare != null);
      interest.setVotingShare(percent(votingShare));
      interest.setGovernanceDescription(governance);
      interest.setLiable(false);
      interest.setFinancialDescription(financial);
      return add(party);
    }

    /** Records a risk assessment: the answers in the order of {@link RiskQuestion#values()}. */
    void assess(Party party, LocalDate on, String notes, RiskLevel... answers) {
      RiskQuestion[] questions = RiskQuestion.values();
      if (answers.length != questions.length) {
        throw new IllegalArgumentException("One answer per question expected");
      }
      Map<RiskQuestion, RiskLevel> byQuestion = new EnumMap<>(RiskQuestion.class);
      for (int i = 0; i < questions.length; i++) {
        byQuestion.put(questions[i], answers[i]);
      }
      party.assessRisk(RiskAssessment.of(byQuestion, notes, on));
    }

    void relate(Party party, RelationType type, Party related, LocalDate since, String note) {
      relations.add(new PartyRelation(party, related, type, since, note));
    }

    Register build() {
      return new Register(parties, figures, relations);
    }

    private Party party(Organisation org) {
      Party party = new Party(org.name(), org.form(), org.seat());
      party.setKvkNumber(org.kvk());
      party.setRsin(org.rsin());
      party.setDomains(org.domains());
      party.setPublicInterest(org.publicInterest());
      party.setStartDate(org.start());
      return party;
    }

    private Party add(Party party) {
      party.checkAndDerive();
      parties.add(party);
      return party;
    }

    /** Adds the participants of the arrangement; returns this municipality's share. */
    private BigDecimal addParticipants(Party party, boolean equalVotes) {
      BigDecimal own = null;
      for (Member member : participants.of(party.getName(), equalVotes)) {
        party.addParticipant(member.name(), member.kind(), member.share());
        if (member.name().equals(municipality)) {
          own = member.share();
        }
      }
      if (own == null) {
        throw new IllegalStateException(municipality + " does not take part in " + party.getName());
      }
      return own;
    }

    /**
     * Adds the figures of each year: the organisation's own, the municipality's contribution (none
     * when not given) and its belang, computed from the organisation's equity. Returns the belang
     * at the end of the last jaarrekening.
     */
    private BigDecimal addFigures(
        Party party,
        Organisation org,
        String[] contributions,
        UnaryOperator<BigDecimal> belangOfEquity) {
      if (contributions.length != 0 && contributions.length != org.accounts().size()) {
        throw new IllegalArgumentException("One contribution per year expected for " + org.name());
      }
      BigDecimal lastActual = null;
      for (int i = 0; i < org.accounts().size(); i++) {
        Accounts year = org.accounts().get(i);
        YearFigures f = new YearFigures(year.year(), year.kind());
        f.setEquityStart(year.equityStart());
        f.setEquityEnd(year.equityEnd());
        f.setLiabilitiesStart(year.liabilitiesStart());
        f.setLiabilitiesEnd(year.liabilitiesEnd());
        f.setResult(year.result());
        f.setContribution(contributions.length == 0 ? eur("0.00") : eur(contributions[i]));
        f.setInterestStart(belangOfEquity.apply(year.equityStart()));
        f.setInterestEnd(belangOfEquity.apply(year.equityEnd()));
        f.belongTo(party);
        figures.add(f);
        if (year.kind() == FigureKind.JAARREKENING) {
          lastActual = f.getInterestEnd();
        }
      }
      return lastActual;
    }
  }
}
