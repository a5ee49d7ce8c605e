package nl.regio.wmo.interfaces.ingestion.declaratie;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.DeclaratieVerwerking.Gelezen;
import nl.regio.wmo.application.Storing;
import nl.regio.wmo.interfaces.ingestion.AlleenCompleteBestanden;
import nl.regio.wmo.interfaces.ingestion.Bestandsnamen;
import nl.regio.wmo.interfaces.iwmo.Wmo323Lezer;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.AsyncProcessorSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WMO323 files dropped in {@code ${wmo.inbox}/declaraties}: every message that passes the transport
 * and schema checks gets its WMO325 in {@code ${wmo.outbox}/declaraties} and is archived in
 * {@code verwerkt/}; a message refused before judging moves to {@code fout/} with
 * {@code <name>.reden.txt}. The original is never lost, and no file is ever replaced: the archived original is
 * {@code verwerkt/<declaration id>-<name>} (stored with the declaration), a refused one {@code
 * fout/<yyyyMMdd-HHmmss-SSS>-<name>}, the answer {@code <name without .xml>.wmo325.xml} or, when that is taken,
 * {@code <name without .xml>-<declaration id>.wmo325.xml}; names are kept within 255 bytes ({@link Bestandsnamen}).
 * Only complete regular files are taken ({@link AlleenCompleteBestanden}: temporary names, {@code .done} markers, a
 * quiet time {@code wmo.inbox.rust-ms}; symbolic links ignored).
 *
 * <p>One outcome per file. The WMO325 is written to a temporary file in the outbox inside the judging transaction,
 * before it commits, and given its name after the commit: a message is never stored without its answer, nor answered
 * without being stored. A file left in the inbox by a crash is processed again on restart; the store answers a
 * message it already judged (same provider, same SHA-256), so nothing counts twice, and its original gets the
 * archived name stored the first time.
 *
 * <p>A passing technical fault (database unreachable, no connection free, the outbox not writable; {@link
 * Storing#tijdelijk}) never sends a file to {@code fout/}: the step is tried again with back-off ({@code
 * wmo.inbox.herhaal-ms} doubling up to {@code wmo.inbox.herhaal-max-ms}) until it works, logged once when the fault
 * begins and once when it is over; when the route stops meanwhile, the file stays in the inbox for the next start.
 * The retry is a loop <em>inside the provider's turn</em>, around judging the message already read, not a Camel
 * redelivery: a redelivered exchange would go back through {@link VolgordePerSleutel} behind the provider's later
 * files, which would then be judged before it (a credit before its debit). Only the content of a message, or an
 * error in the code, sends it to {@code fout/}.
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
  /** Where the file goes when the exchange is done, relative to the inbox: {@code verwerkt/…} or {@code fout/…}. */
  static final String DOEL = "WmoDoel";
  private static final String FILTER = "wmoDeclaratieFilter";
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

  /** How long a file's size and modification time must stay the same before it is taken (without a .done marker). */
  @Inject
  @ConfigProperty(name = "wmo.inbox.rust-ms", defaultValue = "10000")
  long rustMs;

  /** The first wait after a passing technical fault; doubled after each try, up to {@code herhaalMaxMs}. */
  @Inject
  @ConfigProperty(name = "wmo.inbox.herhaal-ms", defaultValue = "1000")
  long herhaalMs;

  @Inject
  @ConfigProperty(name = "wmo.inbox.herhaal-max-ms", defaultValue = "30000")
  long herhaalMaxMs;

  /** A passing fault is going on (logged once when it begins, once when a try succeeds again). */
  private final AtomicBoolean storing = new AtomicBoolean();

  /** The route stopped while a passing fault lasted: the file stays in the inbox, to be processed on the next start. */
  static final class Uitgesteld extends RuntimeException {
    Uitgesteld(String naam, Throwable oorzaak) {
      super("WMO323 " + naam + " blijft in de inbox: " + oorzaak.getClass().getSimpleName(), oorzaak, false, false);
    }
  }

  /** The WMO325 could not be written to the outbox: technical, retried; the judging transaction rolls back. */
  static final class AntwoordNietGeschreven extends UncheckedIOException {
    AntwoordNietGeschreven(IOException oorzaak) {
      super("WMO325 niet geschreven", oorzaak);
    }
  }

  @Override
  public void configure() {
    Path map = Path.of(inbox, "declaraties");
    getContext().getRegistry().bind(FILTER, new AlleenCompleteBestanden(rustMs));
    // answers and reasons a crash left under their temporary name: the file is still in the inbox and answered again
    Bestandsnamen.ruimOp(Path.of(outbox, "declaraties"));
    Bestandsnamen.ruimOp(map.resolve("fout"));
    onException(Uitgesteld.class).handled(false).maximumRedeliveries(0).logExhausted(false).logStackTrace(false);
    // one more than the processors: a judging thread waits for PostgreSQL at the end of each COPY and during its queries
    // (measured on 2 cores, 1M lines: 1 thread 74 s, 2 threads 39–42 s, 3 threads 35 s, 4 threads 38 s)
    int tegelijk = parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors() + 1;
    // files read ahead of their turn: each holds its references and credits in memory (a few MB at most) until judged
    VolgordePerSleutel volgorde = new VolgordePerSleutel(uitvoerder, tegelijk, vooruit > 0 ? vooruit : 2 * tegelijk);
    // no moveFailed: a failed exchange (only when the route stops during a passing fault) leaves the file in the inbox;
    // every outcome is a move to the unique name in the header, chosen by the processor
    from("file:" + map + "?include=.*\\.xml&filter=#" + FILTER + "&delay=1000&sortBy=file:modified;file:name"
            + "&move=${header." + DOEL + "}")
        .routeId(ROUTE_ID)
        .process(new AsyncProcessorSupport() {
          @Override
          public boolean process(Exchange exchange, AsyncCallback klaar) {
            String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
            Path bestand = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
            volgorde.voerUitInTweeFasen(afzender(bestand.toString()), () -> {
              Gelezen gelezen = lees(exchange, map, bestand, naam); // may run ahead of the provider's earlier files
              return () -> {
                try (gelezen) {
                  if (gelezen != null) {
                    beoordeel(exchange, map, bestand, gelezen, naam);
                  }
                } catch (Uitgesteld e) {
                  exchange.setException(e);
                } catch (Exception | Error e) {
                  LOG.log(Level.SEVERE, "WMO323 " + naam + ": onverwachte fout bij het beoordelen", e);
                  technischeFout(exchange, map, bestand, naam, e);
                } finally {
                  if (exchange.getException() == null && exchange.getIn().getHeader(DOEL) == null) {
                    exchange.setException(new IllegalStateException("WMO323 " + naam + ": geen uitkomst; het bestand blijft in de inbox"));
                  }
                  if (exchange.getException() == null) {
                    AlleenCompleteBestanden.verwijderMarker(bestand);
                  }
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
   * Reads and checks the file (steps 1–2); null when it was refused (the file then goes to {@code fout/} with its
   * reason file, written here) or the route stopped during a passing fault (the exchange carries {@link Uitgesteld}).
   */
  private Gelezen lees(Exchange exchange, Path map, Path bestand, String naam) {
    try {
      return metHerhaling(exchange, bestand, naam, () -> {
        try (InputStream in = Files.newInputStream(bestand, LinkOption.NOFOLLOW_LINKS)) {
          return verwerking.lees(in);
        }
      });
    } catch (DeclaratieVerwerking.Afgekeurd e) {
      String foutnaam = naarFout(exchange, map, bestand, naam, "Bestand " + naam + " is geen geldig WMO323 en is niet beoordeeld:"
          + System.lineSeparator() + String.join(System.lineSeparator(), e.redenen()) + System.lineSeparator());
      LOG.warning(() -> "WMO323 " + naam + " afgekeurd voor beoordeling, zie fout/" + foutnaam + ".reden.txt");
    } catch (Uitgesteld e) {
      exchange.setException(e);
    } catch (Exception | Error e) {
      LOG.log(Level.SEVERE, "WMO323 " + naam + ": onverwachte fout bij het lezen", e);
      technischeFout(exchange, map, bestand, naam, e);
    }
    return null;
  }

  /**
   * Judges a file read by {@link #lees} (in the provider's order) and writes its WMO325 inside the transaction;
   * names the answer and the archived original after the commit.
   */
  private void beoordeel(Exchange exchange, Path map, Path bestand, Gelezen gelezen, String naam) throws Exception {
    Path uit = Path.of(outbox, "declaraties");
    Path verwerkt = map.resolve("verwerkt");
    String[] archief = new String[1];
    Path[] tijdelijk = new Path[1];
    DeclaratieBeoordeling.Antwoord antwoord = metHerhaling(exchange, bestand, naam, () -> {
      archief[0] = null;
      try {
        return verwerking.beoordeel(gelezen, DeclaratieVerwerking.KANAAL_BESTAND, Optional.empty(), true, new DeclaratieBeoordeling.Bestand() {
          @Override
          public String archiefnaam(long declaratieId) {
            archief[0] = Bestandsnamen.vrij(verwerkt, String.valueOf(declaratieId), naam);
            return archief[0];
          }

          @Override
          public void voorDeCommit(DeclaratieBeoordeling.Antwoord a) {
            try {
              tijdelijk[0] = Bestandsnamen.tijdelijk(uit);
              Files.write(tijdelijk[0], a.wmo325());
            } catch (IOException e) {
              throw new AntwoordNietGeschreven(e);
            }
          }
        });
      } catch (RuntimeException e) {
        verwijder(tijdelijk[0]); // rolled back (or the commit failed): no answer
        tijdelijk[0] = null;
        throw e;
      }
    });
    // committed: the answer gets its name, the original its archived name (a repeat: the one stored the first time,
    // free after a crash between the commit and the move; else a new one)
    try {
      String antwoordNaam = metHerhaling(exchange, bestand, naam, () -> plaatsAntwoord(tijdelijk[0], uit, naam, antwoord.declaratieId()));
      String archiefNaam = archief[0] != null ? archief[0] : Bestandsnamen.vrij(verwerkt, String.valueOf(antwoord.declaratieId()), naam);
      exchange.getIn().setHeader(DOEL, "verwerkt/" + archiefNaam);
      LOG.info(() -> "WMO323 " + naam + " beoordeeld: " + antwoord.status() + (antwoord.herhaald() ? " (herhaald, uit de opslag)" : "")
          + "; antwoord " + antwoordNaam + ", origineel verwerkt/" + archiefNaam);
    } finally {
      verwijder(tijdelijk[0]);
    }
  }

  /** Links the temporary answer to its name, never over another file: {@code <base>.wmo325.xml}, else with the id. */
  private static String plaatsAntwoord(Path tijdelijk, Path uit, String naam, long declaratieId) throws IOException {
    String basis = Bestandsnamen.zonder(naam, ".xml");
    int ruimte = Bestandsnamen.MAX_BYTES - ".wmo325.xml".length();
    for (int i = 0; ; i++) { // taken (the same name sent before): the next candidate
      String kandidaat = Bestandsnamen.kort(i == 0 ? basis : basis + "-" + declaratieId + (i == 1 ? "" : "-" + i), ruimte) + ".wmo325.xml";
      if (Bestandsnamen.plaats(tijdelijk, uit.resolve(kandidaat))) {
        return kandidaat;
      }
    }
  }

  /**
   * Runs the step; a passing technical fault is tried again with back-off until the step works, logged once when it
   * begins and once when it is over. Gives up ({@link Uitgesteld}) only when the route stops or the file was taken
   * away; any other exception is thrown as it is.
   */
  private <T> T metHerhaling(Exchange exchange, Path bestand, String naam, Callable<T> stap) throws Exception {
    long wacht = Math.max(1, herhaalMs);
    while (true) {
      try {
        T uitkomst = stap.call();
        if (storing.compareAndSet(true, false)) {
          LOG.info(() -> "Declaraties: de technische storing is voorbij; " + naam + " is verwerkt");
        }
        return uitkomst;
      } catch (Exception e) {
        if (!technisch(e)) {
          throw e;
        }
        if (storing.compareAndSet(false, true)) {
          LOG.warning(() -> "Declaraties: technische storing (" + beschrijf(e) + "); " + naam + " blijft in de inbox en wordt opnieuw"
              + " geprobeerd tot het lukt (niet naar fout/)");
        }
        if (!Files.exists(bestand, LinkOption.NOFOLLOW_LINKS) || !wacht(exchange.getContext(), wacht)) {
          throw new Uitgesteld(naam, e);
        }
        wacht = Math.min(wacht * 2, Math.max(herhaalMaxMs, herhaalMs));
      }
    }
  }

  /** A passing fault: the database or its pool (Storing), or the disk (reading the inbox, writing the outbox). */
  static boolean technisch(Throwable fout) {
    return Storing.tijdelijkOfSchijf(fout);
  }

  private static String beschrijf(Throwable fout) {
    Throwable t = fout;
    while (t.getCause() != null && t.getCause() != t && !(t instanceof IOException)) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }

  /** Waits {@code ms}, in short steps; false when the route or Camel stops meanwhile (or the thread is interrupted). */
  private static boolean wacht(CamelContext camel, long ms) {
    long grens = System.nanoTime() + ms * 1_000_000L;
    while (System.nanoTime() < grens) {
      ServiceStatus status = camel.getRouteController().getRouteStatus(ROUTE_ID);
      if (camel.isStopping() || camel.isStopped() || status != null && !status.isStarted()) {
        return false;
      }
      try {
        Thread.sleep(Math.min(200, Math.max(1, (grens - System.nanoTime()) / 1_000_000L)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** An error in the code (not passing, not the content): the file goes aside with the reason, nothing was stored. */
  private void technischeFout(Exchange exchange, Path map, Path bestand, String naam, Throwable e) {
    naarFout(exchange, map, bestand, naam, "Bestand " + naam + " is niet verwerkt door een technische fout (" + e.getClass().getSimpleName()
        + "); er is niets opgeslagen. Zet het bestand terug in de inbox om het opnieuw te proberen; een bericht dat al"
        + " beoordeeld was, krijgt dan hetzelfde antwoord." + System.lineSeparator());
  }

  /**
   * Writes the reason beside the name the file will have in {@code fout/} and sends it there: {@code
   * fout/<yyyyMMdd-HHmmss-SSS>-<name>} and {@code ….reden.txt}, both new (a reason that cannot be written is retried
   * like any passing fault). Answers the name in {@code fout/}.
   */
  private String naarFout(Exchange exchange, Path map, Path bestand, String naam, String reden) {
    Path fout = map.resolve("fout");
    try {
      String foutnaam = metHerhaling(exchange, bestand, naam, () -> {
        String kandidaat;
        do { // a reason of another file under that name: the next name
          kandidaat = Bestandsnamen.vrij(fout, Bestandsnamen.stempel(LocalDateTime.now()), naam);
        } while (!Bestandsnamen.schrijfNieuw(fout, kandidaat + ".reden.txt", reden.getBytes(StandardCharsets.UTF_8)));
        return kandidaat;
      });
      exchange.getIn().setHeader(DOEL, "fout/" + foutnaam);
      return foutnaam;
    } catch (Uitgesteld e) {
      exchange.setException(e);
      return null;
    } catch (Exception e) {
      exchange.setException(e); // not reached: writing a reason only fails on I/O, which is retried
      return null;
    }
  }

  private static void verwijder(Path tijdelijk) {
    if (tijdelijk != null) {
      try {
        Files.deleteIfExists(tijdelijk);
      } catch (IOException e) {
        LOG.fine(() -> "tijdelijk antwoord niet verwijderd: " + e.getClass().getSimpleName());
      }
    }
  }
}
