package nl.regio.wmo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.regio.wmo.domain.pgb.PgbTarieven;

/**
 * The PGB tariff configuration ({@code config/regio/pgb-tarieven.csv}, or the file of that name in
 * {@code WMO_CONFIG_DIR}), read on first use and again after {@link #herlaad()}.
 */
@ApplicationScoped
public class PgbTariefConfiguratie {

  @Inject ConfigBestanden bestanden;

  private volatile PgbTarieven tarieven;

  public PgbTarieven tarieven() {
    PgbTarieven t = tarieven;
    if (t == null) {
      t = herlaad();
    }
    return t;
  }

  /** Reads the file again; a bad file leaves the previous configuration in place. */
  public PgbTarieven herlaad() {
    PgbTarieven t = PgbTarievenLezer.lees("config/" + PgbTarievenLezer.BESTAND, new InputStreamReader(
        new ByteArrayInputStream(bestanden.bytes(PgbTarievenLezer.BESTAND)), StandardCharsets.UTF_8));
    tarieven = t;
    return t;
  }
}
