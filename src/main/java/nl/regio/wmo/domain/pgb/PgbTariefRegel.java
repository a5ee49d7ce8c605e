package nl.regio.wmo.domain.pgb;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * One line of the PGB tariff configuration (rule S-PGB-TARIEF: a PGB tariff is never above the ZIN
 * tariff; informal care is capped), for one product or one product category, one {@link Zorgsoort}
 * and a validity period.
 *
 * <p>A line has exactly one of:
 *
 * <ul>
 *   <li>{@code percentageZin} (0 &lt; p &le; 100): the PGB tariff per unit is p % of the ZIN tariff
 *       per unit (demo: formal 100 %, informal 75 %);
 *   <li>{@code vastMaxUurtarief}: a fixed hourly cap (demo: informal € 22,80). It needs {@code
 *       zinUurtarief}, the ZIN hourly rate it is a fraction of, and may not exceed it; the PGB
 *       tariff per unit is the ZIN tariff per unit × {@code vastMaxUurtarief / zinUurtarief}. For an hour
 *       product that is the cap itself; for a klasse product (a monthly trajectbedrag) it is the
 *       same share of the monthly amount.
 * </ul>
 *
 * <p>{@code zinUurtarief} (optional for a percentage line) is the ZIN hourly rate behind the
 * product: the hourly rates in SVB payments are checked against {@link #maxUurtarief()}.
 *
 * <p>Rounding: the factor is kept exact ({@link MathContext#DECIMAL128}); the tariff per unit is
 * rounded once, half up to the cent ({@link Money#rounded}).
 *
 * @param productCode a product code, or null when the line is for a whole category
 * @param categorie an iWmo category (WMO020, e.g. {@code 02}), or null when the line is for one
 *     product
 */
public record PgbTariefRegel(
    String productCode,
    String categorie,
    Zorgsoort zorgsoort,
    Periode periode,
    BigDecimal percentageZin,
    Money vastMaxUurtarief,
    Money zinUurtarief) {

  private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

  public PgbTariefRegel {
    Objects.requireNonNull(zorgsoort, "Zorgsoort is verplicht.");
    Objects.requireNonNull(periode, "Periode is verplicht.");
    if ((productCode == null) == (categorie == null)) {
      throw new IllegalArgumentException("Vul precies een van productCode en categorie in.");
    }
    if ((percentageZin == null) == (vastMaxUurtarief == null)) {
      throw new IllegalArgumentException("Vul precies een van percentageZin en maxUurtariefCent in.");
    }
    if (percentageZin != null
        && (percentageZin.signum() <= 0 || percentageZin.compareTo(HONDERD) > 0)) {
      throw new IllegalArgumentException(
          "S-PGB-TARIEF: percentageZin moet groter dan 0 en ten hoogste 100 zijn (een pgb-tarief is nooit hoger dan ZIN).");
    }
    if (zinUurtarief != null && zinUurtarief.cent() <= 0) {
      throw new IllegalArgumentException("zinUurtariefCent moet groter dan 0 zijn.");
    }
    if (vastMaxUurtarief != null) {
      if (zinUurtarief == null) {
        throw new IllegalArgumentException("Een vast maximum uurtarief vraagt ook zinUurtariefCent.");
      }
      if (vastMaxUurtarief.cent() <= 0 || vastMaxUurtarief.compareTo(zinUurtarief) > 0) {
        throw new IllegalArgumentException(
            "S-PGB-TARIEF: maxUurtariefCent moet groter dan 0 en ten hoogste zinUurtariefCent zijn (nooit hoger dan ZIN).");
      }
    }
  }

  /** The share of the ZIN tariff, exact: {@code p / 100} or {@code vastMaxUurtarief / zinUurtarief}. */
  public BigDecimal factor() {
    return percentageZin != null
        ? percentageZin.divide(HONDERD, MathContext.DECIMAL128)
        : vastMaxUurtarief.euros().divide(zinUurtarief.euros(), MathContext.DECIMAL128);
  }

  /** The PGB tariff per unit for a ZIN tariff per unit: {@code zin × factor}, rounded once half up. */
  public Money tariefPerEenheid(Money zinTariefPerEenheid) {
    Objects.requireNonNull(zinTariefPerEenheid, "ZIN-tarief is verplicht.");
    if (percentageZin != null) {
      return Money.rounded(zinTariefPerEenheid.euros().multiply(percentageZin).divide(HONDERD, MathContext.DECIMAL128));
    }
    return Money.rounded(
        zinTariefPerEenheid.euros().multiply(vastMaxUurtarief.euros()).divide(zinUurtarief.euros(), MathContext.DECIMAL128));
  }

  /**
   * The highest hourly rate an SVB payment under this line may have: the fixed cap, or p % of the
   * ZIN hourly rate rounded half up; empty when the line has no ZIN hourly rate (not checked).
   */
  public Optional<Money> maxUurtarief() {
    if (vastMaxUurtarief != null) {
      return Optional.of(vastMaxUurtarief);
    }
    if (zinUurtarief == null) {
      return Optional.empty();
    }
    return Optional.of(tariefPerEenheid(zinUurtarief));
  }

  boolean geldtVoor(String product, String cat) {
    return productCode != null ? productCode.equals(product) : categorie.equals(cat);
  }

  /** In words, e.g. {@code categorie 02 INFORMEEL: max € 22,80 per uur}. */
  public String omschrijving() {
    String wat = productCode != null ? "product " + productCode : "categorie " + categorie;
    String hoe = percentageZin != null
        ? percentageZin.stripTrailingZeros().toPlainString() + " % van ZIN"
        : "max " + vastMaxUurtarief + " per uur";
    return wat + " " + zorgsoort + ": " + hoe;
  }
}
