package nl.regio.wmo.interfaces.ingestion.declaratie;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WMO323 files dropped in {@code ${wmo.inbox}/declaraties}: every message that passes the transport
 * and schema checks gets its WMO325 in {@code ${wmo.outbox}/declaraties} and is archived in
 * {@code verwerkt/}; a message refused before judging moves to {@code fout/} with
 * {@code <name>.reden.txt}. The original is never lost. A file left in the inbox by a crash is
 * processed again on restart; the store answers a message it already judged, so nothing counts twice.
 *
 * <p>Files are taken oldest first. Files of different providers are judged side by side ({@code
 * wmo.declaratie.parallel} at a time, default the number of processors + 1); those of one provider one after the
 * other, in that order, so an outcome never depends on which thread was faster.
 */
@Dependent
public class DeclaratieFileRoute extends RouteBuilder {

  public static final String ROUTE_ID = "declaraties-wmo323";
  private static final Logger LOG = Logger.getLogger(DeclaratieFileRoute.class.getName());
  /** The Header of a WMO323 is well within this many bytes. */
  private static final int KOP_BYTES = 8192;

  @Inject DeclaratieVerwerking verwerking;

  /** The container's threads: transactions and CDI work there as on a request thread. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor uitvoerder;

  @Inject
  @ConfigProperty(name = "wmo.declaratie.parallel", defaultValue = "0")
  int parallel;

  @Inject
  @ConfigProperty(name = "wmo.inbox", defaultValue = "./data/inbox")
  String inbox;

  @Inject
  @ConfigProperty(name = "wmo.outbox", defaultValue = "./data/outbox")
  String outbox;

  @Override
  public void configure() {
    Path map = Path.of(inbox, "declaraties");
    onException(DeclaratieVerwerking.Afgekeurd.class).handled(false).maximumRedeliveries(0).logExhausted(false).logStackTrace(false);
    // one more than the processors: a judging thread waits for PostgreSQL at the end of each COPY and during its queries
    // (measured on 2 cores, 1M lines: 1 thread 74 s, 2 threads 39–42 s, 3 threads 35 s, 4 threads 38 s)
    VolgordePerSleutel volgorde = new VolgordePerSleutel(uitvoerder,
        parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors() + 1);
    from("file:" + map + "?include=.*\\.xml&readLock=changed&readLockMinAge=500&delay=1000&sortBy=file:modified;file:name"
            + "&move=verwerkt/${file:name}&moveFailed=fout/${file:name}")
        .routeId(ROUTE_ID)
        .process(new AsyncProcessor() {
          @Override
          public boolean process(Exchange exchange, AsyncCallback klaar) {
            volgorde.voerUit(afzender(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)), () -> {
              try {
                verwerk(exchange, map);
              } catch (Exception | Error e) {
                exchange.setException(e);
              } finally {
                klaar.done(false);
              }
            });
            return false; // the consumer goes on with the next file; Camel moves this one when it is done
          }

          @Override
          public void process(Exchange exchange) {
            throw new UnsupportedOperationException("asynchronous only");
          }

          @Override
          public CompletableFuture<Exchange> processAsync(Exchange exchange) {
            CompletableFuture<Exchange> f = new CompletableFuture<>();
            process(exchange, gedaan -> f.complete(exchange));
            return f;
          }
        });
  }

  /**
   * The Afzender in the header (the first few KB; the same secure reader settings: no DTD, no entities), the key that
   * keeps one provider's files in order; empty when the file has none there (it is refused later, in its own lane).
   */
  static String afzender(String pad) {
    if (pad == null) {
      return "";
    }
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(Path.of(pad)))) {
      XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(in.readNBytes(KOP_BYTES)));
      try {
        int diepte = 0;
        while (r.hasNext()) {
          int e = r.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            diepte++;
            if (diepte == 3 && "Afzender".equals(r.getLocalName())) {
              String agb = r.getElementText().trim();
              return agb.length() <= 20 ? agb : "";
            }
          } else if (e == XMLStreamConstants.END_ELEMENT && --diepte < 2) {
            return ""; // the Header ended without an Afzender
          }
        }
      } finally {
        r.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // not readable as a WMO323 header: the pipeline says why, in the file's own lane
    }
    return "";
  }

  private void verwerk(Exchange exchange, Path map) throws IOException {
    String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    try (InputStream in = exchange.getIn().getBody(InputStream.class)) {
      DeclaratieBeoordeling.Antwoord antwoord = verwerking.verwerk(in, DeclaratieVerwerking.KANAAL_BESTAND, Optional.empty(), true);
      Path uit = Path.of(outbox, "declaraties");
      Files.createDirectories(uit);
      String basis = naam.endsWith(".xml") ? naam.substring(0, naam.length() - 4) : naam;
      Path tijdelijk = uit.resolve("." + basis + ".wmo325.xml.tmp");
      Files.write(tijdelijk, antwoord.wmo325());
      Files.move(tijdelijk, uit.resolve(basis + ".wmo325.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      LOG.info(() -> "WMO323 " + naam + " beoordeeld: " + antwoord.status() + (antwoord.herhaald() ? " (herhaald, uit de opslag)" : ""));
    } catch (DeclaratieVerwerking.Afgekeurd e) {
      Path fout = map.resolve("fout");
      Files.createDirectories(fout);
      Files.writeString(fout.resolve(naam + ".reden.txt"), "Bestand " + naam + " is geen geldig WMO323 en is niet beoordeeld:"
          + System.lineSeparator() + String.join(System.lineSeparator(), e.redenen()) + System.lineSeparator(), StandardCharsets.UTF_8);
      LOG.warning(() -> "WMO323 " + naam + " afgekeurd voor beoordeling, zie fout/" + naam + ".reden.txt");
      throw e;
    } catch (RuntimeException e) {
      // a technical failure (database down, disk full): nothing was stored (one transaction); say so and keep the file
      Path fout = map.resolve("fout");
      Files.createDirectories(fout);
      Files.writeString(fout.resolve(naam + ".reden.txt"), "Bestand " + naam + " is niet verwerkt door een technische fout ("
          + e.getClass().getSimpleName() + "); er is niets opgeslagen. Zet het bestand terug in de inbox om het opnieuw te"
          + " proberen; een bericht dat al beoordeeld was, krijgt dan hetzelfde antwoord." + System.lineSeparator(), StandardCharsets.UTF_8);
      throw e;
    }
  }
}
