package nl.regio.wmo.domain.beschikking;

import java.util.Objects;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;

/** The expected amount of one toewijzing in one calendar month. */
public record MaandBedrag(Maand maand, Money bedrag) {

  public MaandBedrag {
    Objects.requireNonNull(maand, "Maand is verplicht.");
    Objects.requireNonNull(bedrag, "Bedrag is verplicht.");
  }
}
