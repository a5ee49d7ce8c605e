package nl.regio.wmo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regio.wmo.domain.contract.KlasseBand;
import nl.regio.wmo.domain.contract.Klassenindeling;
import nl.regio.wmo.infrastructure.config.ConfigBestanden;
import org.apache.commons.csv.CSVRecord;

/** Reads the project's own config/ files, as the application does (same CSV dialect). */
public final class ConfigFixture {

  private ConfigFixture() {}

  public static List<CSVRecord> csv(String naam) {
    try (Reader reader = Files.newBufferedReader(Path.of("config").resolve(naam), StandardCharsets.UTF_8)) {
      return ConfigBestanden.formaat().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Klassenindeling klassenindeling() {
    return new Klassenindeling(
        csv("regio/klassen.csv").stream()
            .map(r -> new KlasseBand(Integer.parseInt(r.get("klasse")), new BigDecimal(r.get("urenVanaf")), new BigDecimal(r.get("urenTotEnMet"))))
            .toList());
  }
}
