package nl.regio.wmo.interfaces.ingestion.svb;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.application.SvbImport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SVB payment files (PGB, rule S-PGB-SVB; layout in config/import/svb.md): CSV files dropped in
 * {@code ${wmo.inbox}/svb}. An accepted file moves to {@code verwerkt/} with {@code
 * <name>.verslag.txt} beside it; a refused one (a bad row, or content already processed) to {@code
 * fout/} with {@code <name>.fouten.txt} naming each row, column and reason. Nothing of a refused file
 * is applied. Logs name the file, never a BSN.
 */
@Dependent
public class SvbFileRoute extends RouteBuilder {

  public static final String ROUTE_ID = "svb-betalingen-csv";
  private static final Logger LOG = Logger.getLogger(SvbFileRoute.class.getName());

  @Inject SvbImport importer;

  @Inject
  @ConfigProperty(name = "wmo.inbox", defaultValue = "./data/inbox")
  String inbox;

  @Inject
  @ConfigProperty(name = "wmo.import.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Override
  public void configure() {
    Path map = Path.of(inbox, "svb");
    onException(ImportAfgekeurdException.class)
        .handled(false)
        .maximumRedeliveries(0)
        .logExhausted(false)
        .logStackTrace(false);
    from("file:" + map + "?include=.*\\.csv&readLock=changed&readLockMinAge=500&delay=1000"
            + "&move=verwerkt/${file:name}&moveFailed=fout/${file:name}")
        .routeId(ROUTE_ID)
        .process(exchange -> verwerk(exchange, map));
  }

  private void verwerk(Exchange exchange, Path map) throws IOException {
    String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Long lengte = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
    try {
      if (lengte != null && lengte > maxBytes) {
        throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: groter dan " + maxBytes + " bytes; er is niets verwerkt.",
            List.of());
      }
      byte[] inhoud = exchange.getIn().getBody(byte[].class);
      SvbImport.Verslag verslag = importer.importeer(naam, inhoud);
      schrijf(map.resolve("verwerkt"), naam + ".verslag.txt", verslag(verslag));
      LOG.info(() -> "SVB-bestand verwerkt: " + naam + " (" + verslag.nieuw() + " nieuwe betalingen, " + verslag.alBekend() + " al bekend)");
    } catch (ImportAfgekeurdException e) {
      schrijf(map.resolve("fout"), naam + ".fouten.txt", e.verslag());
      LOG.warning(() -> "SVB-bestand afgekeurd: " + naam + " (" + e.regels().size() + " fouten), zie fout/" + naam + ".fouten.txt");
      throw e;
    } catch (RuntimeException e) {
      schrijf(map.resolve("fout"), naam + ".fouten.txt", "Bestand " + naam + " is niet verwerkt door een technische fout ("
          + e.getClass().getSimpleName() + "); er is niets verwerkt. Zet het bestand terug in de inbox om het opnieuw te proberen."
          + System.lineSeparator());
      throw e;
    }
  }

  static String verslag(SvbImport.Verslag v) {
    return "Bestand " + v.bestand() + " is verwerkt: " + v.rijen() + " betalingen, " + v.nieuw() + " nieuw opgeslagen, "
        + v.alBekend() + " al bekend (zelfde gegevens) en overgeslagen." + System.lineSeparator();
  }

  private static void schrijf(Path map, String naam, String tekst) throws IOException {
    Files.createDirectories(map);
    Files.writeString(map.resolve(naam), tekst, StandardCharsets.UTF_8);
  }
}
