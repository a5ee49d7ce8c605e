package nl.regio.wmo.interfaces.ingestion.beschikking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.application.ImportAfgekeurdException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Beschikkingen from the municipal system: CSV files dropped in {@code ${wmo.inbox}/beschikkingen}.
 * An accepted file moves to {@code verwerkt/} with a report beside it; a refused one to {@code fout/}
 * with {@code <name>.fouten.txt} naming each row and rule. Nothing of a refused file is applied.
 */
@Dependent
public class BeschikkingFileRoute extends RouteBuilder {

  public static final String ROUTE_ID = "beschikkingen-csv";
  private static final Logger LOG = Logger.getLogger(BeschikkingFileRoute.class.getName());

  @Inject BeschikkingImport importer;

  @Inject
  @ConfigProperty(name = "wmo.inbox", defaultValue = "./data/inbox")
  String inbox;

  @Inject
  @ConfigProperty(name = "wmo.import.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Override
  public void configure() {
    Path map = Path.of(inbox, "beschikkingen");
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
            java.util.List.of());
      }
      byte[] inhoud = exchange.getIn().getBody(byte[].class);
      BeschikkingImport.Verslag verslag = importer.importeer(naam, inhoud);
      schrijf(map.resolve("verwerkt"), naam + ".verslag.txt",
          "Bestand " + naam + " is verwerkt: " + verslag.rijen() + " rijen, " + verslag.aangemaakt() + " beschikkingen aangemaakt, "
              + verslag.overgeslagen() + " al bekend en overgeslagen, " + verslag.nieuweClienten() + " nieuwe cliënten." + System.lineSeparator());
      LOG.info(() -> "Beschikkingen-bestand verwerkt: " + naam + " (" + verslag.aangemaakt() + " aangemaakt)");
    } catch (ImportAfgekeurdException e) {
      schrijf(map.resolve("fout"), naam + ".fouten.txt", e.verslag());
      LOG.warning(() -> "Beschikkingen-bestand afgekeurd: " + naam + " (" + e.regels().size() + " fouten), zie fout/" + naam + ".fouten.txt");
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
