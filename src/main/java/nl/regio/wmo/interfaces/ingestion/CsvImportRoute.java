package nl.regio.wmo.interfaces.ingestion;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.application.Storing;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.OnExceptionDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A CSV import channel: files dropped in {@code ${wmo.inbox}/<map>}, one import (one transaction) per file. An accepted
 * file moves to {@code verwerkt/<yyyyMMdd-HHmmss-SSS>-<name>} with {@code ….verslag.txt} beside it; a refused one (a
 * bad row, content already processed, too large) to {@code fout/<yyyyMMdd-HHmmss-SSS>-<name>} with {@code
 * ….fouten.txt} naming each row and reason; nothing of a refused file is applied. No file is ever replaced, and names
 * stay within 255 bytes ({@link Bestandsnamen}). Only complete regular files are taken ({@link
 * AlleenCompleteBestanden}: temporary names, {@code .done} markers, the quiet time {@code wmo.inbox.rust-ms};
 * symbolic links ignored).
 *
 * <p>A passing technical fault (database unreachable, no connection free, a report that cannot be written; {@link
 * Storing#tijdelijk}) never sends a file to {@code fout/}: Camel redelivers the failed step with back-off ({@code
 * wmo.inbox.herhaal-ms} doubling up to {@code wmo.inbox.herhaal-max-ms}, without end, without holding a thread) while
 * the file stays in the inbox, logged once when the fault begins and once when it is over. Import and report are two
 * steps, so a report that could not be written is retried alone and the import is not done twice. These channels have
 * no order between files to keep, so a redelivery is the natural fit (the declarations' channel retries inside the
 * provider's turn instead). When the route stops during a fault, the file stays in the inbox for the next start.
 * Logs name the file, never personal data.
 */
public abstract class CsvImportRoute extends RouteBuilder {

  /** Where the file goes when the exchange is done, relative to the inbox: {@code verwerkt/…} or {@code fout/…}. */
  static final String DOEL = "WmoDoel";
  private static final String VERSLAG = "WmoVerslag";
  private static final String UITKOMST = "WmoUitkomst";

  @Inject
  @ConfigProperty(name = "wmo.inbox", defaultValue = "./data/inbox")
  protected String inbox;

  @Inject
  @ConfigProperty(name = "wmo.import.max-bytes", defaultValue = "10485760")
  protected long maxBytes;

  /** How long a file's size and modification time must stay the same before it is taken (without a .done marker). */
  @Inject
  @ConfigProperty(name = "wmo.inbox.rust-ms", defaultValue = "10000")
  protected long rustMs;

  /** The first wait after a passing technical fault; doubled after each try, up to {@code herhaalMaxMs}. */
  @Inject
  @ConfigProperty(name = "wmo.inbox.herhaal-ms", defaultValue = "1000")
  protected long herhaalMs = 1000;

  @Inject
  @ConfigProperty(name = "wmo.inbox.herhaal-max-ms", defaultValue = "30000")
  protected long herhaalMaxMs = 30000;

  /** A passing fault is going on (logged once when it begins, once when a step works again). */
  private final AtomicBoolean storing = new AtomicBoolean();

  /** Where and how large, files taken as soon as seen (tests set these; in the app CDI injects them from the configuration). */
  public void instellen(String inbox, long maxBytes) {
    instellen(inbox, maxBytes, 0, 1000, 30000);
  }

  /** Tests: also the quiet time and the back-off of a passing fault. */
  public void instellen(String inbox, long maxBytes, long rustMs, long herhaalMs, long herhaalMaxMs) {
    this.inbox = inbox;
    this.maxBytes = maxBytes;
    this.rustMs = rustMs;
    this.herhaalMs = herhaalMs;
    this.herhaalMaxMs = herhaalMaxMs;
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
    String filter = routeId() + "-filter";
    getContext().getRegistry().bind(filter, new AlleenCompleteBestanden(rustMs));
    // reports a crash left under their temporary name: the file is still in the inbox and reported again
    Bestandsnamen.ruimOp(map.resolve("verwerkt"));
    Bestandsnamen.ruimOp(map.resolve("fout"));
    OnExceptionDefinition storingen = onException(Exception.class)
        .onWhen(e -> technisch(e.getException() != null ? e.getException() : e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)))
        .handled(false)
        .maximumRedeliveries(-1)
        .redeliveryDelay(Math.max(1, herhaalMs))
        .useExponentialBackOff()
        .backOffMultiplier(2)
        .maximumRedeliveryDelay(Math.max(herhaalMaxMs, herhaalMs))
        .asyncDelayedRedelivery()
        .retryAttemptedLogLevel(LoggingLevel.DEBUG)
        .logRetryAttempted(false)
        .logExhausted(false)
        .logStackTrace(false)
        .onRedelivery(e -> storingBegint(e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class),
            e.getException() != null ? e.getException() : e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
    storingen.getRedeliveryPolicyType().allowRedeliveryWhileStopping(false); // stopping: the file stays in the inbox
    // no moveFailed: a failed exchange (only when the route stops during a passing fault) leaves the file in the inbox;
    // every outcome is a move to the unique name in the header, chosen by the second step
    from("file:" + map + "?include=.*\\.csv&filter=#" + filter + "&delay=1000&move=${header." + DOEL + "}")
        .routeId(routeId())
        .process(this::importeerBestand)
        .process(exchange -> schrijfVerslag(exchange, map));
  }

  /** Step 1: the import; its report (or the reasons it was refused) goes to the exchange for step 2. */
  private void importeerBestand(Exchange exchange) throws IOException {
    Logger log = Logger.getLogger(getClass().getName());
    String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    Long lengte = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
    Path bestand = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
    try {
      if (lengte != null && lengte > maxBytes) {
        throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: groter dan " + maxBytes + " bytes; er is niets verwerkt.",
            List.of());
      }
      byte[] inhoud;
      try (InputStream in = Files.newInputStream(bestand, LinkOption.NOFOLLOW_LINKS)) {
        inhoud = in.readAllBytes();
      }
      exchange.setProperty(VERSLAG, importeer(naam, inhoud));
      exchange.setProperty(UITKOMST, "verwerkt");
      storingVoorbij(naam);
    } catch (ImportAfgekeurdException e) {
      exchange.setProperty(VERSLAG, e.verslag());
      exchange.setProperty(UITKOMST, "fout");
      storingVoorbij(naam);
    } catch (IOException | RuntimeException e) {
      if (technisch(e)) {
        throw e; // redelivered with back-off; the file stays in the inbox
      }
      log.log(Level.SEVERE, soort() + " " + naam + ": onverwachte fout bij het importeren", e);
      exchange.setProperty(VERSLAG, "Bestand " + naam + " is niet verwerkt door een technische fout (" + e.getClass().getSimpleName()
          + "); er is niets verwerkt. Zet het bestand terug in de inbox om het opnieuw te proberen." + System.lineSeparator());
      exchange.setProperty(UITKOMST, "fout");
    }
  }

  /** Step 2: the report under a new name in {@code verwerkt/} or {@code fout/}, and the file's name there. */
  private void schrijfVerslag(Exchange exchange, Path map) throws IOException {
    Logger log = Logger.getLogger(getClass().getName());
    String naam = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    String uitkomst = exchange.getProperty(UITKOMST, String.class);
    String verslag = exchange.getProperty(VERSLAG, String.class);
    Path doelmap = map.resolve(uitkomst);
    String achtervoegsel = "verwerkt".equals(uitkomst) ? ".verslag.txt" : ".fouten.txt";
    String doel;
    do { // a report of another file under that name: the next name
      doel = Bestandsnamen.vrij(doelmap, Bestandsnamen.stempel(LocalDateTime.now()), naam);
    } while (!Bestandsnamen.schrijfNieuw(doelmap, doel + achtervoegsel, verslag.getBytes(StandardCharsets.UTF_8)));
    storingVoorbij(naam);
    String gekozen = doel;
    exchange.getIn().setHeader(DOEL, uitkomst + "/" + doel);
    AlleenCompleteBestanden.verwijderMarker(Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)));
    if ("verwerkt".equals(uitkomst)) {
      log.info(() -> soort() + " verwerkt: " + naam + " → verwerkt/" + gekozen + ": " + verslag.strip());
    } else {
      log.warning(() -> soort() + " afgekeurd: " + naam + ", zie fout/" + gekozen + achtervoegsel);
    }
  }

  /** A passing fault: the database or its pool (Storing), or the disk (reading the inbox, writing a report). */
  static boolean technisch(Throwable fout) {
    return Storing.tijdelijkOfSchijf(fout);
  }

  private void storingBegint(String naam, Throwable fout) {
    if (storing.compareAndSet(false, true)) {
      Logger.getLogger(getClass().getName()).warning(() -> soort() + ": technische storing (" + (fout == null ? "?" : fout.getClass().getSimpleName())
          + "); " + naam + " blijft in de inbox en wordt opnieuw geprobeerd tot het lukt (niet naar fout/)");
    }
  }

  private void storingVoorbij(String naam) {
    if (storing.compareAndSet(true, false)) {
      Logger.getLogger(getClass().getName()).info(() -> soort() + ": de technische storing is voorbij; " + naam + " is verwerkt");
    }
  }
}
