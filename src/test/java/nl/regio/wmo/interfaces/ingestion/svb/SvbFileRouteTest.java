package nl.regio.wmo.interfaces.ingestion.svb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.regio.wmo.application.SvbImport;
import nl.regio.wmo.domain.pgb.SvbBestandLezer.Uitslag;
import nl.regio.wmo.domain.pgb.SvbBetaling;
import nl.regio.wmo.interfaces.ingestion.Mappen;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVB payment route (S-PGB-SVB) on a temp folder, with the real import rules (reader, all or
 * nothing, SHA-256 and payment-id dedupe) and an in-memory store instead of the database.
 */
class SvbFileRouteTest extends CamelTestSupport {

  @TempDir static Path map;

  /** sha256 → file name, and the stored payments by id: what the database would hold. */
  static final Map<String, String> bestanden = new ConcurrentHashMap<>();
  static final Map<String, SvbBetaling> betalingen = new ConcurrentHashMap<>();

  static final String KOP = "toekenningNummer;bsn;zorgverlenerId;zorgverlenerNaam;zorgsoort;zorgovereenkomstId;"
      + "zorgovereenkomstGoedgekeurd;maand;uren;uurtariefCent;bedragCent;betaaldatum;betalingId\n";

  @Override
  protected RoutesBuilder createRouteBuilder() {
    SvbFileRoute route = new SvbFileRoute();
    route.instellen(map.toString(), 2000);
    route.importer = new SvbImport() {
      @Override
      public Verslag importeer(String naam, byte[] inhoud) {
        return verwerk(naam, inhoud, false);
      }

      @Override
      protected Optional<String> eerderVerwerkt(String sha256) {
        return Optional.ofNullable(bestanden.get(sha256));
      }

      @Override
      protected Optional<SvbBetaling> vindBetaling(String betalingId) {
        return Optional.ofNullable(betalingen.get(betalingId));
      }

      @Override
      protected void bewaar(String naam, String sha256, Verslag verslag, Uitslag nieuw) {
        bestanden.put(sha256, naam);
        nieuw.betalingen().forEach(b -> betalingen.put(b.betalingId(), b));
      }
    };
    return route;
  }

  private void laat(String naam, String inhoud) throws Exception {
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path inbox = map.resolve("svb");
    Files.createDirectories(inbox);
    Path tmp = map.resolve(naam + ".tmp");
    Files.writeString(tmp, inhoud);
    Files.move(tmp, inbox.resolve(naam));
    assertTrue(klaar.matches(20, TimeUnit.SECONDS), "the route handled " + naam);
    Mappen.weg(inbox.resolve(naam));
  }

  /** A report the route writes: waited for (bounded) before it is read, however busy the machine is. */
  private static String lees(Path bestand) throws Exception {
    assertTrue(bestaat(bestand), "verwacht: " + bestand);
    return Files.readString(bestand);
  }

  /** The file moves after the exchange is done: poll for it, bounded. */
  private static boolean bestaat(Path bestand) throws InterruptedException {
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(bestand) && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    return Files.exists(bestand);
  }

  private static String rij(String betalingId, String maand, String uren, long tarief, long bedrag) {
    return "LEK-B-1268;478223924;ZV-1;Zorgbureau;FORMEEL;ZO-1;ja;" + maand + ";" + uren + ";" + tarief + ";" + bedrag + ";2026-02-15;"
        + betalingId + "\n";
  }

  @Test
  void S_PGB_SVB_goedBestandNaarVerwerktMetVerslag_dubbelBestandEnDubbeleBetalingWijzigenNiets() throws Exception {
    String goed = KOP + rij("T-1", "2026-01", "6.5", 6000, 39000) + rij("T-2", "2026-02", "12.5", 2281, 28513);
    laat("goed.csv", goed);
    assertTrue(bestaat(Mappen.enige(map.resolve("svb/verwerkt"), "goed.csv")));
    assertEquals("Bestand goed.csv is verwerkt: 2 betalingen, 2 nieuw opgeslagen, 0 al bekend (zelfde gegevens) en overgeslagen.",
        lees(Mappen.enige(map.resolve("svb/verwerkt"), "goed.csv.verslag.txt")).strip());
    assertTrue(betalingen.containsKey("T-1") && betalingen.containsKey("T-2"));

    // the same content under another name: refused as a whole, nothing changes
    int voor = betalingen.size();
    laat("nogmaals.csv", goed);
    assertTrue(bestaat(Mappen.enige(map.resolve("svb/fout"), "nogmaals.csv")));
    String dubbel = lees(Mappen.enige(map.resolve("svb/fout"), "nogmaals.csv.fouten.txt"));
    assertTrue(dubbel.contains("al verwerkt (goed.csv)") && dubbel.contains("niets gewijzigd"), dubbel);
    assertEquals(voor, betalingen.size());

    // a new file that repeats a known payment id with the same data: skipped, the new one stored
    laat("deels.csv", "# herhaling\n" + KOP + rij("T-1", "2026-01", "6.50", 6000, 39000) + rij("T-3", "2026-03", "6.5", 6000, 39000));
    assertTrue(lees(Mappen.enige(map.resolve("svb/verwerkt"), "deels.csv.verslag.txt")).contains("2 betalingen, 1 nieuw opgeslagen, 1 al bekend"));
    assertEquals(voor + 1, betalingen.size());

    // a known payment id with other data: the whole file refused, naming the row
    laat("anders.csv", KOP + rij("T-4", "2026-04", "1", 6000, 6000) + rij("T-1", "2026-01", "7", 6000, 42000));
    String anders = lees(Mappen.enige(map.resolve("svb/fout"), "anders.csv.fouten.txt"));
    assertTrue(anders.contains("rij 3, kolom betalingId: is al eerder aangeleverd met andere gegevens"), anders);
    assertFalse(betalingen.containsKey("T-4"), "nothing of a refused file is stored");
  }

  @Test
  void S_PGB_SVB_bestandMetFouteRijNaarFoutMetRijEnReden_nietsToegepast() throws Exception {
    laat("fout.csv", KOP + rij("F-1", "2026-01", "6.5", 6000, 39000) + rij("F-2", "2026-02", "14", 6000, 84001)
        + rij("F-3", "2026-13", "1", 6000, 6000).replace("478223924", "123456789"));
    assertTrue(bestaat(Mappen.enige(map.resolve("svb/fout"), "fout.csv")));
    String fouten = lees(Mappen.enige(map.resolve("svb/fout"), "fout.csv.fouten.txt"));
    assertTrue(fouten.contains("niets verwerkt"), fouten);
    assertTrue(fouten.contains("rij 3, kolom bedragCent: is 84001 maar uren x uurtariefCent = 14 x 6000 = 84000"), fouten);
    assertTrue(fouten.contains("rij 4, kolom bsn") && fouten.contains("rij 4, kolom maand"), fouten);
    assertFalse(fouten.contains("123456789"), "the report never repeats a BSN");
    assertFalse(betalingen.containsKey("F-1"), "nothing of a refused file is stored");
  }

  @Test
  void teGrootBestandWordtNietGelezen() throws Exception {
    laat("groot.csv", KOP + "x".repeat(3000));
    assertTrue(lees(Mappen.enige(map.resolve("svb/fout"), "groot.csv.fouten.txt")).contains("groter dan 2000 bytes"));
  }
}
