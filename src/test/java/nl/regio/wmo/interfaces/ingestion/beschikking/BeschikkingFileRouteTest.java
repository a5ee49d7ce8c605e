package nl.regio.wmo.interfaces.ingestion.beschikking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.application.ImportAfgekeurdException;
import nl.regio.wmo.application.Storing;
import nl.regio.wmo.interfaces.ingestion.AlleenCompleteBestanden;
import nl.regio.wmo.interfaces.ingestion.Mappen;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The beschikkingen CSV route on a temp folder, with the import replaced by a stub. */
class BeschikkingFileRouteTest extends CamelTestSupport {

  @TempDir static Path map;

  static final AtomicInteger aanroepen = new AtomicInteger();

  /** Passing faults the stub still throws before it works (the database is down). */
  static final AtomicInteger storingen = new AtomicInteger();

  /** What the stub imported, per file name (its content): one entry per outcome. */
  static final Map<String, List<String>> geimporteerd = new ConcurrentHashMap<>();

  static final List<LogRecord> log = new CopyOnWriteArrayList<>();

  static final List<Logger> LOGGERS = List.of(Logger.getLogger(BeschikkingFileRoute.class.getName()),
      Logger.getLogger(AlleenCompleteBestanden.class.getName()));

  static {
    Mappen.vangLog(LOGGERS, log);
  }

  @Override
  protected RoutesBuilder createRouteBuilder() {
    BeschikkingFileRoute route = new BeschikkingFileRoute();
    route.instellen(map.toString(), 100, 1500, 50, 200); // taken after 1.5 s quiet; retried after 50, 100, 200, 200… ms
    route.importer = new BeschikkingImport() {
      @Override
      public Verslag importeer(String naam, byte[] inhoud) {
        aanroepen.incrementAndGet();
        if (storingen.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new Storing.Onbeschikbaar("database onbereikbaar", 1, false);
        }
        geimporteerd.computeIfAbsent(naam, n -> new CopyOnWriteArrayList<>()).add(new String(inhoud, StandardCharsets.UTF_8));
        if (naam.startsWith("fout")) {
          throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: 1 fout(en)", List.of("rij 2 (beschikking B-1): volumePerWeek: S-MAX9: te veel"));
        }
        return new Verslag(naam, 2, 2, 0, 1, java.util.List.of());
      }
    };
    return route;
  }

  private void laat(String naam, String inhoud) throws Exception {
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path inbox = map.resolve("beschikkingen");
    Files.createDirectories(inbox);
    Path tmp = map.resolve(naam + ".tmp");
    Files.writeString(tmp, inhoud);
    Files.move(tmp, inbox.resolve(naam));
    assertTrue(klaar.matches(20, TimeUnit.SECONDS), "the route handled " + naam);
    Mappen.weg(inbox.resolve(naam));
  }

  @Test
  void goedBestandNaarVerwerktMetVerslag() throws Exception {
    laat("goed.csv", "kop\nrij\n");
    assertTrue(Files.exists(Mappen.enige(map.resolve("beschikkingen/verwerkt"), "goed.csv")));
    assertTrue(Files.readString(Mappen.enige(map.resolve("beschikkingen/verwerkt"), "goed.csv.verslag.txt")).contains("2 beschikkingen aangemaakt"));
  }

  @Test
  void afgekeurdBestandNaarFoutMetDeRijEnDeRegel() throws Exception {
    laat("fout.csv", "kop\nrij\n");
    assertTrue(Files.exists(Mappen.enige(map.resolve("beschikkingen/fout"), "fout.csv")));
    assertTrue(Files.readString(Mappen.enige(map.resolve("beschikkingen/fout"), "fout.csv.fouten.txt")).contains("rij 2 (beschikking B-1): volumePerWeek: S-MAX9"));
  }

  @Test
  void teGrootBestandWordtNietGelezen() throws Exception {
    int voor = aanroepen.get();
    laat("groot.csv", "x".repeat(500));
    assertTrue(Files.readString(Mappen.enige(map.resolve("beschikkingen/fout"), "groot.csv.fouten.txt")).contains("groter dan 100 bytes"));
    assertEquals(voor, aanroepen.get(), "the import is never called for a file over the limit");
  }

  private static Path inbox() throws Exception {
    return Files.createDirectories(map.resolve("beschikkingen"));
  }

  private long meldingen(String tekst) {
    return log.stream().filter(r -> r.getMessage() != null && r.getMessage().contains(tekst)).count();
  }

  @Test
  void dezelfdeNaamTweeKeerMetAndereInhoudOverschrijftNiets() throws Exception {
    laat("twee.csv", "kop\neerste\n");
    Mappen.enige(map.resolve("beschikkingen/verwerkt"), "twee.csv.verslag.txt");
    laat("twee.csv", "kop\ntweede\n");
    long grens = System.nanoTime() + 30_000_000_000L;
    while (Mappen.alle(map.resolve("beschikkingen/verwerkt"), "twee.csv").size() < 2 && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    List<Path> archief = Mappen.alle(map.resolve("beschikkingen/verwerkt"), "twee.csv");
    assertEquals(2, archief.size(), "both originals kept: " + archief);
    assertEquals(List.of("kop\neerste\n", "kop\ntweede\n"), List.of(Files.readString(archief.get(0)), Files.readString(archief.get(1))));
    assertEquals(2, Mappen.alle(map.resolve("beschikkingen/verwerkt"), "twee.csv.verslag.txt").size(), "a report for each");
  }

  @Test
  void eenLangzaamGeschrevenBestandWordtPasGenomenAlsHetKlaarIs() throws Exception {
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path bestand = inbox().resolve("langzaam.csv");
    Files.writeString(bestand, "kop\n" + "a".repeat(40));
    Thread.sleep(1000); // the writer pauses, shorter than the quiet time
    Files.writeString(bestand, "b".repeat(40) + "\n", java.nio.file.StandardOpenOption.APPEND);
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(bestand);
    assertEquals(List.of("kop\n" + "a".repeat(40) + "b".repeat(40) + "\n"), geimporteerd.get("langzaam.csv"), "one import, of the whole file");
    Mappen.enige(map.resolve("beschikkingen/verwerkt"), "langzaam.csv");
    assertTrue(Mappen.alle(map.resolve("beschikkingen/fout"), "langzaam.csv").isEmpty());
  }

  @Test
  void tijdelijkeNamenEnSymbolischeLinksWordenNietGenomen_eenDoneMarkerWel() throws Exception {
    Path in = inbox();
    for (String naam : List.of("t.csv.tmp", "t.csv.part", "t.csv.filepart", ".t.csv")) {
      Files.writeString(in.resolve(naam), "kop\nrij\n");
    }
    Path buiten = Files.writeString(map.resolve("geheim.csv"), "kop\ngeheim\n");
    Files.createSymbolicLink(in.resolve("link.csv"), buiten);
    Thread.sleep(3500); // more than the quiet time and two polls: nothing may happen
    assertFalse(geimporteerd.containsKey("link.csv") || geimporteerd.containsKey("t.csv.part") || geimporteerd.containsKey(".t.csv"));
    assertTrue(Files.isSymbolicLink(in.resolve("link.csv")) && Files.exists(in.resolve("t.csv.part")), "left alone");
    assertEquals(1, meldingen("link.csv"), "a link is mentioned once, not on every poll");

    // the writer renames the part file when it is complete: taken
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.move(in.resolve("t.csv.part"), in.resolve("t.csv"));
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(in.resolve("t.csv"));
    Mappen.enige(map.resolve("beschikkingen/verwerkt"), "t.csv");

    // a .done marker: taken at once, the marker goes with the file
    klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.writeString(in.resolve("gemarkeerd.csv"), "kop\nrij\n");
    Files.writeString(in.resolve("gemarkeerd.csv.done"), "");
    long begin = System.nanoTime();
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(in.resolve("gemarkeerd.csv"));
    Mappen.enige(map.resolve("beschikkingen/verwerkt"), "gemarkeerd.csv");
    assertFalse(Files.exists(in.resolve("gemarkeerd.csv.done")), "the marker is removed with the file");
    assertTrue(System.nanoTime() - begin < 20_000_000_000L);
  }

  @Test
  void eenNaamVan250TekensWordtVerwerkt() throws Exception {
    String naam = "b".repeat(246) + ".csv";
    laat(naam, "kop\nrij\n");
    assertEquals(1, geimporteerd.get(naam).size());
    Path verwerkt = map.resolve("beschikkingen/verwerkt");
    long grens = System.nanoTime() + 30_000_000_000L;
    List<Path> daar;
    do {
      Thread.sleep(50);
      try (var l = Files.list(verwerkt)) {
        daar = l.filter(p -> p.getFileName().toString().contains("bbbbbbbbbb")).toList();
      }
    } while (daar.size() < 2 && System.nanoTime() < grens);
    assertEquals(2, daar.size(), "the original and its report: " + daar);
    daar.forEach(p -> assertTrue(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255));
    assertTrue(daar.stream().anyMatch(p -> p.getFileName().toString().endsWith(".csv.verslag.txt") || p.getFileName().toString().endsWith(".verslag.txt")));
  }

  @Test
  void eenTechnischeStoringWordtHerhaaldTotHetLukt_nietNaarFout_eenmaalGelogd() throws Exception {
    log.clear();
    storingen.set(5);
    laat("storing.csv", "kop\nrij\n");
    assertEquals(0, storingen.get(), "tried until it worked");
    assertEquals(1, geimporteerd.get("storing.csv").size(), "imported once");
    Mappen.enige(map.resolve("beschikkingen/verwerkt"), "storing.csv");
    assertTrue(Mappen.alle(map.resolve("beschikkingen/fout"), "storing.csv").isEmpty(), "a passing fault never sends a file to fout/");
    assertEquals(1, meldingen("technische storing ("), "logged once when it began");
    assertEquals(1, meldingen("storing is voorbij"), "and once when it was over");
    assertEquals(0, log.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).count());
  }

  @Test
  void eenVerslagDatNietGeschrevenKanWordenWordtHerhaaldZonderDubbeleImport() throws Exception {
    Path verwerkt = map.resolve("beschikkingen/verwerkt");
    Files.createDirectories(map.resolve("beschikkingen"));
    Path bewaard = map.resolve("verwerkt-bewaard");
    if (Files.exists(verwerkt)) {
      Files.move(verwerkt, bewaard);
    }
    Files.writeString(verwerkt, "geen map"); // root writes anywhere: a file where the folder should be
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.writeString(inbox().resolve("schijf.csv"), "kop\nrij\n");
    Thread.sleep(3500);
    assertEquals(1, geimporteerd.get("schijf.csv").size(), "imported once");
    assertTrue(Files.exists(inbox().resolve("schijf.csv")), "the file waits in the inbox");
    Files.delete(verwerkt);
    if (Files.exists(bewaard)) {
      Files.move(bewaard, verwerkt);
    }
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.enige(verwerkt, "schijf.csv.verslag.txt");
    Mappen.enige(verwerkt, "schijf.csv");
    assertEquals(1, geimporteerd.get("schijf.csv").size(), "never imported twice");
  }
}
