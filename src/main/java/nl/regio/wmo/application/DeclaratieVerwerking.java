package nl.regio.wmo.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.interfaces.iwmo.Wmo323Afgekeurd;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo323Lezer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The declaration pipeline, the same for every channel (file drop, REST upload, pre-flight):
 * (1) transport checks on a size-limited copy on disk — size, UTF-8, well-formed, no DTD or entities,
 * namespace; (2) the WMO323 schema; a message failing these gets no WMO325, only the reasons. The same read
 * collects what judging needs first ({@link GelezenBericht}: step 3, references, credits, a spool of the lines).
 * Then (3–5) {@link DeclaratieBeoordeling} judges and stores it in one transaction and answers the WMO325.
 */
@ApplicationScoped
public class DeclaratieVerwerking {

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DeclaratieVerwerking.class.getName());

  public static final String KANAAL_BESTAND = "BESTAND";
  public static final String KANAAL_REST = "REST";

  @Inject DeclaratieBeoordeling beoordeling;

  @Inject
  @ConfigProperty(name = "wmo.declaratie.max-bytes", defaultValue = "26214400")
  long maxBytes;

  /** REST uploads of one provider that may wait for its turn (besides the one judged); more get 429. */
  @Inject
  @ConfigProperty(name = "wmo.declaratie.wachtrij", defaultValue = "4")
  int wachtrij;

  /** The longest a REST upload waits for its provider's turn or a slot (ms); beyond it 429/503 with Retry-After. */
  @Inject
  @ConfigProperty(name = "wmo.declaratie.wacht-ms", defaultValue = "20000")
  long wachtMs;

  /** Messages judged at once, all channels and providers together (0: processors + 2). */
  @Inject
  @ConfigProperty(name = "wmo.declaratie.beoordelen", defaultValue = "0")
  int beoordelen;

  /** REST uploads read and checked at once (0: processors + 1). */
  @Inject
  @ConfigProperty(name = "wmo.declaratie.lezen", defaultValue = "0")
  int lezen;

  private Beurten beurten;

  @PostConstruct
  void beurten() {
    int processors = Runtime.getRuntime().availableProcessors();
    beurten = new Beurten(wachtrij, Duration.ofMillis(wachtMs), beoordelen > 0 ? beoordelen : processors + 2,
        lezen > 0 ? lezen : processors + 1);
  }

  /** Refused before any rule ran (steps 1–2): no WMO325, the reasons with line and column. */
  public static class Afgekeurd extends RuntimeException {
    private final transient List<String> redenen;

    public Afgekeurd(List<String> redenen) {
      super("Het bericht is geen geldig WMO323: " + String.join("; ", redenen));
      this.redenen = List.copyOf(redenen);
    }

    public List<String> redenen() {
      return redenen;
    }
  }

  /** The Afzender of the message is not the caller (REST: a provider declares only for itself). */
  public static class AndereAfzender extends RuntimeException {
    public AndereAfzender(String afzender) {
      super("De Afzender van het bericht (" + afzender + ") is niet uw eigen AGB-code.");
    }
  }

  /**
   * Runs the pipeline on one message. {@code afzender}: the AGB code the message must come from
   * (REST), or empty (file drop). {@code opslaan} false = pre-flight: the full check and the WMO325
   * it would produce, nothing stored.
   */
  public DeclaratieBeoordeling.Antwoord verwerk(InputStream in, String kanaal, Optional<AgbCode> afzender, boolean opslaan) {
    if (afzender.isPresent()) { // REST: a provider's burst is stopped at the door, before its bytes are read
      return beurten.metPlaatsInRij(afzender.get().waarde(), () -> ontvangEnVerwerk(in, kanaal, afzender, opslaan));
    }
    return ontvangEnVerwerk(in, kanaal, afzender, opslaan);
  }

  private DeclaratieBeoordeling.Antwoord ontvangEnVerwerk(InputStream in, String kanaal, Optional<AgbCode> afzender, boolean opslaan) {
    Path ontvangen = ontvang(in); // a slow sender holds no reading slot while its bytes trickle in
    try (InputStream bericht = Files.newInputStream(ontvangen); Gelezen gelezen = beurten.metLeesplek(() -> lees(bericht))) {
      return beoordeel(gelezen, kanaal, afzender, opslaan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      verwijder(ontvangen.getParent());
    }
  }

  /** The request body on disk, at most one byte more than a message may have (the reader words "too large"). */
  private Path ontvang(InputStream in) {
    Path map = null;
    try {
      map = Files.createTempDirectory("wmo323-in");
      Path bestand = map.resolve("bericht");
      try (java.io.OutputStream uit = Files.newOutputStream(bestand)) {
        byte[] buffer = new byte[64 << 10];
        long over = maxBytes + 1;
        for (int n; over > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, over))) > 0; over -= n) {
          uit.write(buffer, 0, n);
        }
      }
      return bestand;
    } catch (IOException e) {
      verwijder(map);
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A message read and checked (steps 1–2), waiting to be judged: its copy on disk, its hash and what the read
   * gathered. Depends on no earlier message, so a file route may read a provider's next file while the one before is
   * judged. {@link #close()} drops its temp folder.
   */
  public static class Gelezen implements AutoCloseable {
    private final Path map;
    private final String sha256;
    private final GelezenBericht bericht;
    private final long ontvangenNs;
    private final long gelezenNs;

    /** Only {@link #lees} makes a real one; a test double of the pipeline may subclass it empty (all null). */
    protected Gelezen(Path map, String sha256, GelezenBericht bericht, long ontvangenNs, long gelezenNs) {
      this.map = map;
      this.sha256 = sha256;
      this.bericht = bericht;
      this.ontvangenNs = ontvangenNs;
      this.gelezenNs = gelezenNs;
    }

    @Override
    public void close() {
      sluit(bericht);
      verwijder(map);
    }
  }

  /**
   * Steps 1–2: the transport checks on a size-limited copy on disk and the WMO323 schema, in one read that also
   * gathers what judging needs first. Nothing is stored.
   *
   * @throws Afgekeurd with the reasons (line and column) when the message is refused
   */
  public Gelezen lees(InputStream in) {
    Wmo323Lezer lezer = new Wmo323Lezer(maxBytes);
    Path map = null;
    GelezenBericht bericht = null;
    try {
      map = Files.createTempDirectory("wmo323");
      long t0 = System.nanoTime();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Path bestand = lezer.buffer(new DigestInputStream(in, sha), map);
      String sha256 = HexFormat.of().formatHex(sha.digest());
      long t1 = System.nanoTime();
      bericht = new GelezenBericht(map.resolve("prestaties.spoel"));
      lezer.controleerEnLees(bestand, bericht); // refused: what was gathered is dropped with the spool
      bericht.gelezen();
      Gelezen gelezen = new Gelezen(map, sha256, bericht, t1 - t0, System.nanoTime() - t1);
      map = null; // the caller owns it now
      return gelezen;
    } catch (Wmo323Afgekeurd e) {
      throw new Afgekeurd(e.redenen());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (map != null) {
        sluit(bericht);
        verwijder(map);
      }
    }
  }

  /**
   * Steps 3–5 on a message read by {@link #lees}: judged and stored in one transaction (nothing stored when {@code
   * opslaan} is false), answered with its WMO325. Messages of one provider must come here in the order they arrived.
   *
   * @throws AndereAfzender when {@code afzender} is given and the message comes from another
   */
  public DeclaratieBeoordeling.Antwoord beoordeel(Gelezen gelezen, String kanaal, Optional<AgbCode> afzender, boolean opslaan) {
    return beoordeel(gelezen, kanaal, afzender, opslaan, null);
  }

  /**
   * As {@link #beoordeel(Gelezen, String, Optional, boolean)}, for a file channel: {@code bestand} (may be null) names
   * the archived original and writes the answer inside the judging transaction, before it commits.
   */
  public DeclaratieBeoordeling.Antwoord beoordeel(Gelezen gelezen, String kanaal, Optional<AgbCode> afzender, boolean opslaan,
      DeclaratieBeoordeling.Bestand bestand) {
    Wmo323Kop kop = gelezen.bericht.kop();
    if (afzender.isPresent() && !afzender.get().waarde().equals(kop.afzenderAgb())) {
      throw new AndereAfzender(kop.afzenderAgb());
    }
    long t2 = System.nanoTime();
    // the provider's turn and a judging slot are waited for here, before the transaction takes a connection
    DeclaratieBeoordeling.Antwoord antwoord = beurten.inBeurt(kop.afzenderAgb(), KANAAL_REST.equals(kanaal),
        () -> beoordeling.beoordeel(kop, gelezen.sha256, kanaal, gelezen.bericht, opslaan, bestand));
    long t3 = System.nanoTime();
    LOG.fine(() -> String.format(java.util.Locale.ROOT, "Declaratie %s van %s: %d prestaties; ontvangen %d ms, gecontroleerd en gelezen"
        + " %d ms, beoordeeld %d ms", kop.declaratieNummer(), kop.afzenderAgb(), gelezen.bericht.aantal(), gelezen.ontvangenNs / 1_000_000,
        gelezen.gelezenNs / 1_000_000, (t3 - t2) / 1_000_000));
    return antwoord;
  }

  private static void sluit(GelezenBericht bericht) {
    if (bericht != null) {
      try {
        bericht.close();
      } catch (IOException ignored) {
        // only the spool, deleted with the folder
      }
    }
  }

  /** The message's temp folder: the buffered message and the spool (both are gone when the answer is given). */
  private static void verwijder(Path map) {
    if (map == null) {
      return;
    }
    try (java.util.stream.Stream<Path> inhoud = Files.list(map)) {
      for (Path p : (Iterable<Path>) inhoud::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(map);
    } catch (IOException ignored) {
      // a temp file left behind is cleaned by the OS
    }
  }

}
