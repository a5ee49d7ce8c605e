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
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.DeclaratieVerwerking.Gelezen;
import nl.regio.wmo.interfaces.iwmo.Wmo323Lezer;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.AsyncProcessorSupport;
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
 * other, in that order, so an outcome never depends on which thread was faster. Reading and checking a file (steps
 * 1–2, most of the work) depends on no earlier file, so a free thread reads a provider's next files while its
 * earlier one is judged ({@code wmo.declaratie.vooruit} files ahead at most, default twice {@code parallel}).
 */
@Dependent
public class DeclaratieFileRoute extends RouteBuilder {

  public static final String ROUTE_ID = "declaraties-wmo323";
  private static final Logger LOG = Logger.getLogger(DeclaratieFileRoute.class.getName());

  @Inject DeclaratieVerwerking verwerking;

  /** The container's threads: transactions and CDI work there as on a request thread. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor uitvoerder;

  @Inject
  @ConfigProperty(name = "wmo.declaratie.parallel", defaultValue = "0")
  int parallel;

  /** How many files may be read and checked ahead of their provider's turn (0: twice {@code parallel}). */
  @Inject
  @ConfigProperty(name = "wmo.declaratie.vooruit", defaultValue = "0")
  int vooruit;

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
    int tegelijk = parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors() + 1;
    // files read ahead of their turn: each holds its references and credits in memory (a few MB at most) until judged
    VolgordePerSleutel volgorde = new VolgordePerSleutel(uitvoerder, tegelijk, vooruit > 0 ? vooruit : 2 * tegelijk);
    from("file:" + map + "?include=.*\\.xml&readLock=changed&readLockMinAge=500&delay=1000&sortBy=file:modified;file:name"
            + "&move=verwerkt/${file:name}&moveFailed=fout/${file:name}")
        .routeId(ROUTE_ID)
        .process(new AsyncProcessorSupport() {
          @Override
          public boolean process(Exchange exchange, AsyncCallback klaar) {
            String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
            volgorde.voerUitInTweeFasen(afzender(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)), () -> {
              Gelezen gelezen = lees(exchange, map, naam); // may run ahead of the provider's earlier files
              return () -> {
                try (gelezen) {
                  if (gelezen != null) {
                    beoordeel(gelezen, naam);
                  }
                } catch (Exception | Error e) {
                  exchange.setException(e);
                } finally {
                  klaar.done(false);
                }
              };
            });
            return false; // the consumer goes on with the next file; Camel moves this one when it is done
          }
        });
  }

  /** The key that keeps one provider's files in order: the Afzender in the file's header, or empty. */
  static String afzender(String pad) {
    return pad == null ? "" : Wmo323Lezer.afzenderUitKop(Path.of(pad));
  }

  /**
   * Reads and checks the file (steps 1–2); null when it was refused or could not be read, which the exchange then
   * carries (the file goes to {@code fout/} with its reason file, written here).
   */
  private Gelezen lees(Exchange exchange, Path map, String naam) {
    try (InputStream in = exchange.getIn().getBody(InputStream.class)) {
      return verwerking.lees(in);
    } catch (DeclaratieVerwerking.Afgekeurd e) {
      schrijfReden(map, naam, "Bestand " + naam + " is geen geldig WMO323 en is niet beoordeeld:" + System.lineSeparator()
          + String.join(System.lineSeparator(), e.redenen()) + System.lineSeparator());
      LOG.warning(() -> "WMO323 " + naam + " afgekeurd voor beoordeling, zie fout/" + naam + ".reden.txt");
      exchange.setException(e);
    } catch (IOException | RuntimeException e) {
      technischeFout(map, naam, e);
      exchange.setException(e);
    }
    return null;
  }

  /** Judges a file read by {@link #lees} (in the provider's order) and writes its WMO325 to the outbox. */
  private void beoordeel(Gelezen gelezen, String naam) throws IOException {
    try {
      DeclaratieBeoordeling.Antwoord antwoord = verwerking.beoordeel(gelezen, DeclaratieVerwerking.KANAAL_BESTAND, Optional.empty(), true);
      Path uit = Path.of(outbox, "declaraties");
      Files.createDirectories(uit);
      String basis = naam.endsWith(".xml") ? naam.substring(0, naam.length() - 4) : naam;
      Path tijdelijk = uit.resolve("." + basis + ".wmo325.xml.tmp");
      Files.write(tijdelijk, antwoord.wmo325());
      Files.move(tijdelijk, uit.resolve(basis + ".wmo325.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      LOG.info(() -> "WMO323 " + naam + " beoordeeld: " + antwoord.status() + (antwoord.herhaald() ? " (herhaald, uit de opslag)" : ""));
    } catch (RuntimeException e) {
      technischeFout(Path.of(inbox, "declaraties"), naam, e);
      throw e;
    }
  }

  /** A technical failure (database down, disk full): nothing was stored (one transaction); say so and keep the file. */
  private static void technischeFout(Path map, String naam, Exception e) {
    schrijfReden(map, naam, "Bestand " + naam + " is niet verwerkt door een technische fout (" + e.getClass().getSimpleName()
        + "); er is niets opgeslagen. Zet het bestand terug in de inbox om het opnieuw te proberen; een bericht dat al"
        + " beoordeeld was, krijgt dan hetzelfde antwoord." + System.lineSeparator());
  }

  private static void schrijfReden(Path map, String naam, String reden) {
    try {
      Path fout = map.resolve("fout");
      Files.createDirectories(fout);
      Files.writeString(fout.resolve(naam + ".reden.txt"), reden, StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.log(java.util.logging.Level.SEVERE, "reden voor " + naam + " niet geschreven", e);
    }
  }
}
