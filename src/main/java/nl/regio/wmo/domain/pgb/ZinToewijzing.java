package nl.regio.wmo.domain.pgb;

import java.util.Objects;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Periode;

/** A ZIN toewijzing of the budget holder, as far as OP043 needs it: product and period. */
public record ZinToewijzing(long nummer, Bsn client, String productCode, Periode periode) {

  public ZinToewijzing {
    Objects.requireNonNull(client, "Cliënt is verplicht.");
    Objects.requireNonNull(productCode, "Productcode is verplicht.");
    Objects.requireNonNull(periode, "Periode is verplicht.");
  }
}
