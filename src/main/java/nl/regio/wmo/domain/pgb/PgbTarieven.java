package nl.regio.wmo.domain.pgb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The PGB tariff configuration of the region (rule S-PGB-TARIEF), read from {@code
 * config/regio/pgb-tarieven.csv}: per product or product category, per {@link Zorgsoort}, per
 * period, a {@link PgbTariefRegel}. A line for a product takes precedence over the line for its
 * category. Lines for the same product (or category) and zorgsoort must not overlap.
 */
public final class PgbTarieven {

  private final List<PgbTariefRegel> regels;

  public PgbTarieven(List<PgbTariefRegel> regels) {
    Objects.requireNonNull(regels, "Regels zijn verplicht.");
    for (int i = 0; i < regels.size(); i++) {
      for (int j = i + 1; j < regels.size(); j++) {
        PgbTariefRegel a = regels.get(i);
        PgbTariefRegel b = regels.get(j);
        if (a.zorgsoort() == b.zorgsoort()
            && Objects.equals(a.productCode(), b.productCode())
            && Objects.equals(a.categorie(), b.categorie())
            && a.periode().overlapt(b.periode())) {
          throw new IllegalArgumentException("Overlappende pgb-tarieven: " + a.omschrijving() + " (" + a.periode()
              + ") en (" + b.periode() + ")");
        }
      }
    }
    this.regels = List.copyOf(regels);
  }

  public List<PgbTariefRegel> regels() {
    return regels;
  }

  /** The line that applies on {@code dag}: the product's own line, else its category's line. */
  public Optional<PgbTariefRegel> regel(String productCode, String categorie, Zorgsoort zorgsoort, LocalDate dag) {
    Optional<PgbTariefRegel> eigen = zoek(productCode, null, zorgsoort, dag);
    return eigen.isPresent() ? eigen : zoek(null, categorie, zorgsoort, dag);
  }

  private Optional<PgbTariefRegel> zoek(String productCode, String categorie, Zorgsoort zorgsoort, LocalDate dag) {
    if (productCode == null && categorie == null) {
      return Optional.empty();
    }
    return regels.stream()
        .filter(r -> r.zorgsoort() == zorgsoort && r.periode().bevat(dag))
        .filter(r -> productCode != null
            ? productCode.equals(r.productCode())
            : r.productCode() == null && categorie.equals(r.categorie()))
        .findFirst();
  }

  /**
   * The PGB tariff timeline for a product, from its ZIN tariff timeline: every ZIN tariff version is
   * split where a PGB line starts or ends, and each piece gets {@link
   * PgbTariefRegel#tariefPerEenheid} of that ZIN tariff. Days without a PGB line are left out, so a
   * budget over such a day fails naming the day (as for a missing ZIN tariff).
   */
  public List<TariefPeriode> tijdlijn(
      String productCode, String categorie, Zorgsoort zorgsoort, List<TariefPeriode> zinTijdlijn) {
    Objects.requireNonNull(zinTijdlijn, "ZIN-tarieven zijn verplicht.");
    List<TariefPeriode> uit = new ArrayList<>();
    for (TariefPeriode zin : zinTijdlijn) {
      Periode p = zin.periode();
      TreeSet<LocalDate> grenzen = new TreeSet<>();
      grenzen.add(p.start());
      for (PgbTariefRegel r : regels) {
        if (r.zorgsoort() != zorgsoort || !r.geldtVoor(productCode, categorie)) {
          continue;
        }
        if (p.bevat(r.periode().start())) {
          grenzen.add(r.periode().start());
        }
        if (r.periode().eindeExclusief() != null && p.bevat(r.periode().eindeExclusief())) {
          grenzen.add(r.periode().eindeExclusief());
        }
      }
      List<LocalDate> lijst = new ArrayList<>(grenzen);
      for (int i = 0; i < lijst.size(); i++) {
        LocalDate van = lijst.get(i);
        LocalDate tot = i + 1 < lijst.size() ? lijst.get(i + 1) : p.eindeExclusief();
        Optional<PgbTariefRegel> regel = regel(productCode, categorie, zorgsoort, van);
        if (regel.isPresent()) {
          uit.add(new TariefPeriode(new Periode(van, tot), regel.get().tariefPerEenheid(zin.bedrag())));
        }
      }
    }
    return List.copyOf(uit);
  }
}
