package nl.regio.wmo.domain.pgb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.MaandBedrag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Verwachting;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The budget of one PGB beschikking per calendar month (rule S-PGB-SVB: this is what the
 * municipality makes available to the SVB under the trekkingsrecht).
 *
 * <p>The monthly amount is computed exactly as the expected amount of a ZIN toewijzing ({@link
 * Verwachting}), only with the PGB tariff timeline ({@link PgbTarieven#tijdlijn}) instead of the
 * ZIN tariff: {@link Grondslag#PER_WEEK} volume per week × IV077 weeks × PGB tariff per unit;
 * {@link Grondslag#PER_MAAND} (klasse, offerte) the PGB monthly amount pro rata by days. Each month
 * is rounded once, half up to the cent; the year budget is the sum of the rounded months, so the
 * months always add up to the year to the cent.
 */
public record PgbBudget(String beschikkingNummer, List<MaandBedrag> maanden) {

  public PgbBudget {
    Objects.requireNonNull(beschikkingNummer, "Beschikkingnummer is verplicht.");
    maanden = List.copyOf(maanden);
  }

  /** The budget from {@code van} to {@code tot} inclusive, with a PGB tariff timeline. */
  public static PgbBudget bereken(
      String beschikkingNummer,
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      Periode periode,
      List<TariefPeriode> pgbTarieven,
      Maand van,
      Maand tot) {
    return new PgbBudget(beschikkingNummer, Verwachting.perMaand(grondslag, volumePerWeek, periode, pgbTarieven, van, tot));
  }

  /**
   * The budget for the twelve months of {@code jaar}, from the ZIN tariff timeline of the product
   * (for PER_MAAND: the trajectbedrag of the beschikking's klasse, or the offerte amount) and the
   * PGB tariff configuration.
   *
   * @throws IllegalStateException when a day of the beschikking in that year has no ZIN or no PGB
   *     tariff (the message names the day)
   */
  public static PgbBudget voorJaar(
      String beschikkingNummer,
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      Periode periode,
      String productCode,
      String categorie,
      Zorgsoort zorgsoort,
      List<TariefPeriode> zinTarieven,
      PgbTarieven pgbTarieven,
      int jaar) {
    List<TariefPeriode> tijdlijn = pgbTarieven.tijdlijn(productCode, categorie, zorgsoort, zinTarieven);
    return bereken(beschikkingNummer, grondslag, volumePerWeek, periode, tijdlijn, Maand.of(jaar, 1), Maand.of(jaar, 12));
  }

  /** The budget of one month; {@link Money#ZERO} for a month that was not computed. */
  public Money maand(Maand maand) {
    return maanden.stream().filter(m -> m.maand().equals(maand)).map(MaandBedrag::bedrag).findFirst().orElse(Money.ZERO);
  }

  /** The year budget: the sum of the rounded months of {@code jaar}. */
  public Money jaar(int jaar) {
    return Money.sum(maanden.stream().filter(m -> m.maand().jaarMaand().getYear() == jaar).map(MaandBedrag::bedrag).toList());
  }
}
