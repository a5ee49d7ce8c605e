package nl.regio.wmo.domain.beschikking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.Klassenindeling;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The policy rules a beschikking must meet before it is stored (Beleidsregels Wmo 2015 ch. 10–11, iWmo
 * OP043/OP259), pure: the proposal, the client's other beschikkingen and the provider's contract
 * coverage in; every rule it breaks out, each with its rule id.
 *
 * <ul>
 *   <li>S-IB-RANGE: individual support is 1 to 13 hours a week; above 13 hours only with an offerte
 *       (at least two quotes, the chosen provider's quote is the monthly amount).
 *   <li>S-KLASSE: the klasse must match the band of the hours per week, when the hours are given.
 *   <li>S-MAX9: at most 9 dagdelen of dagbesteding per week, summed over the client's concurrent
 *       dagbesteding beschikkingen (in kind and PGB alike: the limit is the client's week).
 *   <li>S-VERVOER: vervoer only while the client has dagbesteding, every day of the vervoer period,
 *       and of the kind the vervoer product belongs to (V&V vervoer with V&V dagactiviteit, GHZ with
 *       VG/LG, GGZ with dagactiviteit GGZ: the product's {@code vervoerBij}).
 *   <li>OP043: the same product not in kind and as PGB at the same time.
 *   <li>OP259: the same product not twice to one provider for overlapping periods.
 *   <li>CONTRACT: the provider has a contract covering the product for the whole period.
 *   <li>Budget instead of omvang (iWmo ToegewezenProduct/Budget, in cents): BUDGET only in kind (a
 *       PGB has its own budget, paid through the SVB); CD078 budget and omvang (volume per week,
 *       klasse, hours, offerte) exclude each other; CD075 a budget needs an end date; LDT_Budget 1 to
 *       99 999 999 cents (the iWmo range starts at 0; a budget of nothing is no toewijzing). A budget
 *       beschikking has no dagdelen per week, so it does not count towards S-MAX9.
 * </ul>
 */
public final class Beleidsregels {

  public static final int MAX_DAGDELEN_PER_WEEK = 9;
  public static final BigDecimal MIN_UREN = BigDecimal.ONE;
  public static final BigDecimal MAX_UREN = new BigDecimal("13");
  public static final int MIN_OFFERTES = 2;
  /** LDT_Budget: at most 99 999 999 cents. */
  public static final long MAX_BUDGET_CENT = 99_999_999L;

  private Beleidsregels() {}

  /**
   * A product as the rules need it; {@code vervoerBij} lists, for a vervoer product, the dagbesteding
   * products it may accompany (empty: any dagbesteding).
   */
  public record ProductSoort(String code, Productcategorie categorie, Eenheid eenheid, boolean perKlasse, Set<String> vervoerBij) {
    public ProductSoort {
      vervoerBij = vervoerBij == null ? Set.of() : Set.copyOf(vervoerBij);
    }

    public ProductSoort(String code, Productcategorie categorie, Eenheid eenheid, boolean perKlasse) {
      this(code, categorie, eenheid, perKlasse, Set.of());
    }

    boolean isDagbestedingInDagdelen() {
      return categorie == Productcategorie.DAGBESTEDING && eenheid == Eenheid.DAGDEEL;
    }
  }

  public record Offerte(String aanbiederAgb, long maandbedragCent) {}

  /** What the consulent proposes: an omvang (volume per week, or klasse / hours / offerte), or a budget in cents. */
  public record Voorstel(
      ProductSoort product,
      Leveringsvorm vorm,
      String aanbiederAgb,
      Periode periode,
      Integer volumePerWeek,
      Integer klasse,
      BigDecimal urenPerWeek,
      Long offerteMaandbedragCent,
      List<Offerte> offertes,
      Long budgetCent) {

    /** A proposal with an omvang (no budget). */
    public Voorstel(ProductSoort product, Leveringsvorm vorm, String aanbiederAgb, Periode periode, Integer volumePerWeek,
        Integer klasse, BigDecimal urenPerWeek, Long offerteMaandbedragCent, List<Offerte> offertes) {
      this(product, vorm, aanbiederAgb, periode, volumePerWeek, klasse, urenPerWeek, offerteMaandbedragCent, offertes, null);
    }
  }

  /** One of the client's existing beschikkingen (already shortened where a change replaces it). */
  public record Bestaand(long id, ProductSoort product, Leveringsvorm vorm, String aanbiederAgb, Periode periode, Integer volumePerWeek) {}

  public static List<Overtreding> toets(
      Voorstel v, List<Bestaand> anderen, List<Periode> contractDekking, Klassenindeling klassen) {
    List<Overtreding> fouten = new ArrayList<>();
    if (v.budgetCent() != null) {
      budget(v, fouten);
    } else {
      omvang(v, klassen, fouten);
    }
    if (v.vorm() == Leveringsvorm.ZIN) {
      contract(v, contractDekking, fouten);
    }
    for (Bestaand b : anderen) {
      if (!b.periode().overlapt(v.periode()) || !b.product().code().equals(v.product().code())) {
        continue;
      }
      if (b.vorm() != v.vorm()) {
        fouten.add(new Overtreding("OP043", "leveringsvorm",
            "product " + v.product().code() + " is voor deze cliënt al als " + b.vorm() + " beschikt (" + b.periode()
                + "); in natura en PGB mogen niet tegelijk"));
      } else if (v.vorm() == Leveringsvorm.ZIN && Objects.equals(b.aanbiederAgb(), v.aanbiederAgb())) {
        fouten.add(new Overtreding("OP259", "aanbiederAgbCode",
            "product " + v.product().code() + " is al aan aanbieder " + v.aanbiederAgb() + " toegewezen voor een overlappende periode ("
                + b.periode() + ")"));
      }
    }
    if (v.product().isDagbestedingInDagdelen() && v.volumePerWeek() != null && v.volumePerWeek() <= MAX_DAGDELEN_PER_WEEK) {
      max9(v, anderen, fouten);
    }
    if (v.product().categorie() == Productcategorie.VERVOERDIENSTEN) {
      vervoer(v, anderen, fouten);
    }
    return fouten;
  }

  private static void omvang(Voorstel v, Klassenindeling klassen, List<Overtreding> fouten) {
    if (!v.product().perKlasse()) {
      if (v.volumePerWeek() == null || v.volumePerWeek() < 1) {
        fouten.add(new Overtreding("OMVANG", "volumePerWeek",
            "product " + v.product().code() + " wordt per " + eenheid(v.product()) + " per week beschikt: geef een volume van 1 of meer"));
      }
      if (v.klasse() != null || v.offerteMaandbedragCent() != null || v.urenPerWeek() != null) {
        fouten.add(new Overtreding("OMVANG", "klasse",
            "klasse, uren en offerte horen alleen bij begeleiding en persoonlijke verzorging per klasse"));
      }
      if (v.product().isDagbestedingInDagdelen() && v.volumePerWeek() != null && v.volumePerWeek() > MAX_DAGDELEN_PER_WEEK) {
        fouten.add(new Overtreding("S-MAX9", "volumePerWeek",
            "dagbesteding is ten hoogste " + MAX_DAGDELEN_PER_WEEK + " dagdelen per week; beschikt: " + v.volumePerWeek()));
      }
      return;
    }
    if (v.volumePerWeek() != null) {
      fouten.add(new Overtreding("OMVANG", "volumePerWeek", "product " + v.product().code() + " wordt per klasse beschikt, niet in een volume"));
    }
    BigDecimal uren = v.urenPerWeek();
    if (uren != null && uren.compareTo(MIN_UREN) < 0) {
      fouten.add(new Overtreding("S-IB-RANGE", "urenPerWeek", "individuele ondersteuning is ten minste 1 uur per week"));
      return;
    }
    boolean offerte = v.offerteMaandbedragCent() != null;
    if (!offerte) {
      if (uren != null && uren.compareTo(MAX_UREN) > 0) {
        fouten.add(new Overtreding("S-IB-RANGE", "urenPerWeek",
            "boven 13 uur per week is er geen klasse: daarvoor is een offerte nodig (" + uren.toPlainString() + " uur)"));
        return;
      }
      if (v.klasse() == null) {
        fouten.add(new Overtreding("S-KLASSE", "klasse", "geef de klasse (1 t/m " + klassen.aantal() + ")"));
      } else if (!klassen.bestaat(v.klasse())) {
        fouten.add(new Overtreding("S-KLASSE", "klasse", "klasse " + v.klasse() + " bestaat niet (1 t/m " + klassen.aantal() + ")"));
      } else if (uren != null) {
        Optional<Integer> passend = klassen.klasseVoor(uren);
        if (passend.isPresent() && !passend.get().equals(v.klasse())) {
          fouten.add(new Overtreding("S-KLASSE", "klasse",
              uren.toPlainString() + " uur per week is klasse " + passend.get() + ", niet klasse " + v.klasse()));
        }
      }
      return;
    }
    if (v.klasse() != null) {
      fouten.add(new Overtreding("S-IB-RANGE", "klasse", "met een offerte wordt geen klasse beschikt"));
    }
    if (uren == null || uren.compareTo(MAX_UREN) <= 0) {
      fouten.add(new Overtreding("S-IB-RANGE", "urenPerWeek",
          "een offerte is alleen voor meer dan 13 uur per week; tot en met 13 uur geldt een klasse"));
    }
    if (v.offerteMaandbedragCent() <= 0) {
      fouten.add(new Overtreding("S-IB-RANGE", "offerteMaandbedragCent", "het maandbedrag van de offerte moet groter dan 0 zijn"));
    }
    List<Offerte> offertes = v.offertes() == null ? List.of() : v.offertes();
    if (offertes.size() < MIN_OFFERTES) {
      fouten.add(new Overtreding("S-IB-RANGE", "offertes", "boven 13 uur zijn offertes van ten minste " + MIN_OFFERTES + " aanbieders nodig"));
    } else if (v.vorm() == Leveringsvorm.ZIN) {
      Optional<Offerte> gekozen = offertes.stream().filter(o -> o.aanbiederAgb().equals(v.aanbiederAgb())).findFirst();
      if (gekozen.isEmpty()) {
        fouten.add(new Overtreding("S-IB-RANGE", "offertes", "er is geen offerte van de gekozen aanbieder " + v.aanbiederAgb()));
      } else if (gekozen.get().maandbedragCent() != v.offerteMaandbedragCent()) {
        fouten.add(new Overtreding("S-IB-RANGE", "offerteMaandbedragCent",
            "het maandbedrag is niet het bedrag van de offerte van de gekozen aanbieder (" + gekozen.get().maandbedragCent() + " cent)"));
      }
    }
  }

  /** A budget instead of an omvang: BUDGET (ZIN only), CD078, CD075, LDT_Budget. */
  private static void budget(Voorstel v, List<Overtreding> fouten) {
    if (v.vorm() != Leveringsvorm.ZIN) {
      fouten.add(new Overtreding("BUDGET", "budgetCent",
          "een budget hoort alleen bij een toewijzing in natura (ZIN); een PGB wordt beschikt met een omvang"));
    }
    boolean omvang = v.volumePerWeek() != null || v.klasse() != null || v.urenPerWeek() != null || v.offerteMaandbedragCent() != null
        || (v.offertes() != null && !v.offertes().isEmpty());
    if (omvang) {
      fouten.add(new Overtreding("CD078", "budgetCent",
          "een budget en een omvang (volume per week, klasse, uren of offerte) sluiten elkaar uit (iWmo CD078): geef één van beide"));
    }
    if (v.periode().isOpen()) {
      fouten.add(new Overtreding("CD075", "einddatum", "bij een budget is een einddatum verplicht (iWmo CD075)"));
    }
    if (v.budgetCent() < 1 || v.budgetCent() > MAX_BUDGET_CENT) {
      fouten.add(new Overtreding("LDT_Budget", "budgetCent",
          "het budget is 1 tot en met " + MAX_BUDGET_CENT + " cent (€ 999.999,99); gegeven: " + v.budgetCent()));
    }
  }

  private static void contract(Voorstel v, List<Periode> dekking, List<Overtreding> fouten) {
    Optional<LocalDate> gat = eersteOngedekteDag(v.periode(), dekking);
    gat.ifPresent(dag -> fouten.add(new Overtreding("CONTRACT", "aanbiederAgbCode",
        "aanbieder " + v.aanbiederAgb() + " heeft op " + dag + " geen contract voor product " + v.product().code()
            + " voor de gemeente van de cliënt; het product moet de hele periode gecontracteerd zijn")));
  }

  private static void max9(Voorstel v, List<Bestaand> anderen, List<Overtreding> fouten) {
    List<Bestaand> dagbesteding = anderen.stream()
        .filter(b -> b.product().isDagbestedingInDagdelen() && b.volumePerWeek() != null && b.periode().overlapt(v.periode()))
        .toList();
    // the sum only changes where a beschikking starts, so checking those days finds the maximum
    TreeSet<LocalDate> momenten = new TreeSet<>();
    momenten.add(v.periode().start());
    dagbesteding.forEach(b -> {
      if (v.periode().bevat(b.periode().start())) {
        momenten.add(b.periode().start());
      }
    });
    for (LocalDate dag : momenten) {
      int som = v.volumePerWeek()
          + dagbesteding.stream().filter(b -> b.periode().bevat(dag)).mapToInt(Bestaand::volumePerWeek).sum();
      if (som > MAX_DAGDELEN_PER_WEEK) {
        fouten.add(new Overtreding("S-MAX9", "volumePerWeek",
            "met de andere dagbesteding van de cliënt wordt het op " + dag + " " + som + " dagdelen per week; ten hoogste "
                + MAX_DAGDELEN_PER_WEEK));
        return;
      }
    }
  }

  private static void vervoer(Voorstel v, List<Bestaand> anderen, List<Overtreding> fouten) {
    Set<String> bij = v.product().vervoerBij();
    List<Periode> dagbesteding = anderen.stream()
        .filter(b -> b.product().categorie() == Productcategorie.DAGBESTEDING)
        .filter(b -> bij.isEmpty() || bij.contains(b.product().code()))
        .map(Bestaand::periode)
        .toList();
    String soort = bij.isEmpty() ? "dagbesteding" : "dagbesteding " + String.join("/", new TreeSet<>(bij));
    eersteOngedekteDag(v.periode(), dagbesteding).ifPresent(dag -> fouten.add(new Overtreding("S-VERVOER", "productCode",
        "vervoer " + v.product().code() + " kan alleen samen met " + soort + "; op " + dag + " heeft de cliënt die niet")));
  }

  /** The first day of {@code periode} that none of {@code dekking} covers (for an open period: also "forever"). */
  static Optional<LocalDate> eersteOngedekteDag(Periode periode, List<Periode> dekking) {
    LocalDate dag = periode.start();
    List<Periode> gesorteerd = dekking.stream().sorted(Comparator.comparing(Periode::start)).toList();
    boolean voortgang = true;
    while (voortgang) {
      voortgang = false;
      for (Periode d : gesorteerd) {
        if (d.bevat(dag)) {
          if (d.isOpen()) {
            return Optional.empty();
          }
          dag = d.eindeExclusief();
          voortgang = true;
        }
      }
      if (periode.eindeExclusief() != null && !dag.isBefore(periode.eindeExclusief())) {
        return Optional.empty();
      }
    }
    return Optional.of(dag);
  }

  private static String eenheid(ProductSoort p) {
    return p.eenheid() == Eenheid.UUR ? "uur" : p.eenheid() == Eenheid.DAGDEEL ? "dagdeel" : "eenheid";
  }
}
