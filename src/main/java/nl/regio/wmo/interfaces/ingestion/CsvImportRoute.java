package nl.regio.wmo.interfaces.ingestion;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import nl.regio.wmo.application.ImportAfgekeurdException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A CSV import channel: files dropped in {@code ${wmo.inbox}/<map>}, one import (one transaction) per file. An accepted
 * file moves to {@code verwerkt/} with {@code <name>.verslag.txt} beside it; a refused one (a bad row, content already
 * processed, too large) to {@code fout/} with {@code <name>.fouten.txt} naming each row and reason; nothing of a
 * refused file is applied. A technical failure also moves the file aside with a reason, to be put back to retry.
 * Logs name the file, never personal data.
 */
public abstract class CsvImportRoute extends RouteBuilder {

  @Inject
  @ConfigProperty(name = "wmo.inbox", defaultValue = "./data/inbox")
  protected String inbox;

  @Inject
  @ConfigProperty(name = "wmo.import.max-bytes", defaultValue = "10485760")
  protected long maxBytes;

  /** Where and how large (tests set these; in the app CDI injects them from the configuration). */
  public void instellen(String inbox, long maxBytes) {
    this.inbox = inbox;
    this.maxBytes = maxBytes;
  }

  /** The folder under the inbox, e.g. {@code svb}. */
  protected abstract String map();

  protected abstract String routeId();

  /** How the log names such a file, e.g. "SVB-bestand". */
  protected abstract String soort();

  /** Imports the file (all or nothing) and answers the report for {@code verwerkt/}; refuses with ImportAfgekeurdException. */
  protected abstract String importeer(String naam, byte[] inhoud);

  @Override
  public void configure() {
    Path map = Path.of(inbox, map());
    onException(ImportAfgekeurdException.class)
        .handled(false)
        .maximumRedeliveries(0)
        .logExhausted(false)
        .logStackTrace(false);
    from("file:" + map + "?include=.*\\.csv&readLock=changed&readLockMinAge=500&delay=1000"
            + "&move=verwerkt/${file:name}&moveFailed=fout/${file:name}")
        .routeId(routeId())
        .process(exchange -> verwerk(exchange, map));
  }

  private void verwerk(Exchange exchange, Path map) throws IOException {
    Logger log = Logger.getLogger(getClass().getName());
    String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Long lengte = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
    try {
      if (lengte != null && lengte > maxBytes) {
        throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: groter dan " + maxBytes + " bytes; er is niets verwerkt.",
            List.of());
      }
      String verslag = importeer(naam, exchange.getIn().getBody(byte[].class));
      schrijf(map.resolve("verwerkt"), naam + ".verslag.txt", verslag);
      log.info(() -> soort() + " verwerkt: " + naam + ": " + verslag.strip());
    } catch (ImportAfgekeurdException e) {
      schrijf(map.resolve("fout"), naam + ".fouten.txt", e.verslag());
      log.warning(() -> soort() + " afgekeurd: " + naam + " (" + e.regels().size() + " fouten), zie fout/" + naam + ".fouten.txt");
      throw e;
    } catch (RuntimeException e) {
      schrijf(map.resolve("fout"), naam + ".fouten.txt", "Bestand " + naam + " is niet verwerkt door een technische fout ("
          + e.getClass().getSimpleName() + "); er is niets verwerkt. Zet het bestand terug in de inbox om het opnieuw te proberen."
          + System.lineSeparator());
      throw e;
    }
  }

  private static void schrijf(Path map, String naam, String tekst) throws IOException {
    Files.createDirectories(map);
    Files.writeString(map.resolve(naam), tekst, StandardCharsets.UTF_8);
  }
}
