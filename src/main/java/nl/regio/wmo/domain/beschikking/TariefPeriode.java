package nl.regio.wmo.domain.beschikking;

import java.util.Objects;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * One version of a tariff, valid during {@code periode}. For {@link Grondslag#PER_WEEK} {@code
 * bedrag} is the tariff per unit (per dagdeel, per hour); for {@link Grondslag#PER_MAAND} it is the
 * amount per full month. The versions of one product must not overlap.
 */
public record TariefPeriode(Periode periode, Money bedrag) {

  public TariefPeriode {
    Objects.requireNonNull(periode, "Tariefperiode is verplicht.");
    Objects.requireNonNull(bedrag, "Tariefbedrag is verplicht.");
  }
}
