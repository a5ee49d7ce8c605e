package nl.regio.wmo.interfaces.ingestion.declaratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.application.Storing;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.interfaces.ingestion.AlleenCompleteBestanden;
import nl.regio.wmo.interfaces.ingestion.Mappen;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WMO323 file route on a temp folder, with the pipeline replaced by a stub that behaves like the store (the same
 * content is answered from it; the answer is written before the "commit", and a failing write rolls back): what
 * moves where, and that every file ends in exactly one stored outcome with its original kept.
 */
class DeclaratieFileRouteTest extends CamelTestSupport {

  @TempDir static Path map;

  /** What the stub answers: a refusal before judging (content "geen xml…"), or an error in the code. */
  static volatile boolean technischeFout;

  /** Passing faults the stub still throws before judging works (the database is down). */
  static final AtomicInteger storingen = new AtomicInteger();

  /** The store: content → declaration id; id → the archived name stored with it. */
  static final Map<String, Long> opgeslagen = new ConcurrentHashMap<>();
  static final Map<Long, String> bestandVan = new ConcurrentHashMap<>();
  static final AtomicLong ids = new AtomicLong(100);

  static final List<LogRecord> log = new CopyOnWriteArrayList<>();
  static final List<Logger> LOGGERS = List.of(Logger.getLogger(DeclaratieFileRoute.class.getName()),
      Logger.getLogger(AlleenCompleteBestanden.class.getName()), Logger.getLogger("org.apache.camel"));

  static {
    Mappen.vangLog(LOGGERS, log);
  }

  /** A message "read" by the stub: its content. */
  static final class Inhoud extends DeclaratieVerwerking.Gelezen {
    final String tekst;

    Inhoud(String tekst) {
      super(null, null, null, 0, 0);
      this.tekst = tekst;
    }

    @Override
    public void close() {}
  }

  @Override
  protected RoutesBuilder createRouteBuilder() {
    DeclaratieFileRoute route = new DeclaratieFileRoute();
    route.inbox = map.resolve("in").toString();
    route.outbox = map.resolve("uit").toString();
    route.uitvoerder = java.util.concurrent.Executors.newCachedThreadPool();
    route.parallel = 2;
    route.rustMs = 1500;
    route.herhaalMs = 50;
    route.herhaalMaxMs = 200;
    route.verwerking = new DeclaratieVerwerking() {
      @Override
      public Gelezen lees(InputStream in) {
        try {
          String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (tekst.startsWith("geen xml")) {
            throw new Afgekeurd(List.of("regel 1, kolom 1: geen XML"));
          }
          return new Inhoud(tekst);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public DeclaratieBeoordeling.Antwoord beoordeel(Gelezen gelezen, String kanaal, Optional<AgbCode> afzender, boolean opslaan,
          DeclaratieBeoordeling.Bestand bestand) {
        assertEquals(KANAAL_BESTAND, kanaal);
        assertTrue(afzender.isEmpty() && opslaan, "a dropped file is stored, whoever sent it");
        if (technischeFout) {
          throw new IllegalStateException("fout in de code");
        }
        if (storingen.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new IllegalStateException("Database: 08006", new java.sql.SQLTransientConnectionException("weg"));
        }
        String tekst = ((Inhoud) gelezen).tekst;
        synchronized (opgeslagen) { // one transaction
          Long eerder = opgeslagen.get(tekst);
          long id = eerder != null ? eerder : ids.incrementAndGet();
          String archief = eerder == null ? bestand.archiefnaam(id) : null;
          DeclaratieBeoordeling.Antwoord antwoord = new DeclaratieBeoordeling.Antwoord(("<wmo325>" + tekst + "</wmo325>").getBytes(StandardCharsets.UTF_8),
              eerder != null, "GEACCEPTEERD", id);
          bestand.voorDeCommit(antwoord); // throws: rolled back, nothing stored
          if (eerder == null) {
            opgeslagen.put(tekst, id);
            bestandVan.put(id, archief);
          }
          return antwoord;
        }
      }
    };
    return route;
  }

  private static Path inbox() throws IOException {
    return Files.createDirectories(map.resolve("in/declaraties"));
  }

  private static Path uit() {
    return map.resolve("uit/declaraties");
  }

  private void laat(String naam, String inhoud) throws Exception {
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path tmp = map.resolve("schrijf.tmp");
    Files.writeString(tmp, inhoud);
    Files.move(tmp, inbox().resolve(naam));
    assertTrue(klaar.matches(20, TimeUnit.SECONDS), "the route handled " + naam);
    Mappen.weg(inbox().resolve(naam));
  }

  /** The archived original of a stored message: in verwerkt/ under the name stored with it, with its content. */
  private static Path archief(String inhoud) throws Exception {
    Long id = opgeslagen.get(inhoud);
    assertTrue(id != null, "stored: " + inhoud);
    Path archief = map.resolve("in/declaraties/verwerkt").resolve(bestandVan.get(id));
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(archief) && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    assertEquals(inhoud, Files.readString(archief), "the archived original");
    assertTrue(archief.getFileName().toString().startsWith(id + "-"), "named by the declaration id: " + archief);
    return archief;
  }

  private static long meldingen(String tekst) {
    return log.stream().filter(r -> r.getMessage() != null && r.getMessage().contains(tekst)).count();
  }

  private static List<Path> lijst(Path map) throws IOException {
    if (!Files.isDirectory(map)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(map)) {
      return s.toList();
    }
  }

  @Test
  void eenBeoordeeldBerichtGeeftWmo325InDeOutboxEnWordtGearchiveerd() throws Exception {
    technischeFout = false;
    laat("goed.xml", "<goed/>");
    assertEquals("<wmo325><goed/></wmo325>", Files.readString(uit().resolve("goed.wmo325.xml")));
    archief("<goed/>");
    assertFalse(Files.exists(inbox().resolve("goed.xml")));
    assertTrue(lijst(uit()).stream().noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary answer left");
  }

  @Test
  void dezelfdeNaamMetAndereInhoudOverschrijftGeenArchiefEnGeenAntwoord() throws Exception {
    technischeFout = false;
    laat("d3.xml", "<eerste/>");
    Path eerste = archief("<eerste/>");
    laat("d3.xml", "<tweede/>");
    Path tweede = archief("<tweede/>");
    assertEquals("<eerste/>", Files.readString(eerste), "the first original is still there");
    assertEquals("<wmo325><eerste/></wmo325>", Files.readString(uit().resolve("d3.wmo325.xml")), "the first answer is untouched");
    assertEquals("<wmo325><tweede/></wmo325>", Files.readString(uit().resolve("d3-" + opgeslagen.get("<tweede/>") + ".wmo325.xml")));
    assertFalse(eerste.equals(tweede));

    // the same content under the same name again: answered from the store, a third answer and archived original
    laat("d3.xml", "<eerste/>");
    String eersteId = opgeslagen.get("<eerste/>") + "-";
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (lijst(map.resolve("in/declaraties/verwerkt")).stream().filter(p -> p.getFileName().toString().startsWith(eersteId)).count() < 2
        && System.nanoTime() < grens) {
      Thread.sleep(50); // Camel moves the file just after the exchange is done
    }
    assertEquals(2, lijst(map.resolve("in/declaraties/verwerkt")).stream().filter(p -> p.getFileName().toString().startsWith(
        opgeslagen.get("<eerste/>") + "-")).count(), "both copies of the first kept");
    assertEquals(3, lijst(uit()).stream().filter(p -> p.getFileName().toString().startsWith("d3")).count());
  }

  @Test
  void eenLangzaamGeschrevenBestandWordtPasGenomenAlsHetKlaarIs() throws Exception {
    technischeFout = false;
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path bestand = inbox().resolve("langzaam.xml");
    String eerste = "<langzaam>" + "a".repeat(1490);
    Files.writeString(bestand, eerste); // 1,500 bytes
    Thread.sleep(1000); // the writer pauses, shorter than the quiet time
    Files.writeString(bestand, "</langzaam>", StandardOpenOption.APPEND);
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(bestand);
    archief(eerste + "</langzaam>");
    assertFalse(opgeslagen.containsKey(eerste), "the first half was never taken");
    assertTrue(Mappen.alle(map.resolve("in/declaraties/fout"), "langzaam.xml").isEmpty());
  }

  @Test
  void tijdelijkeNamenEnSymbolischeLinksWordenNietGenomen_eenDoneMarkerWel() throws Exception {
    technischeFout = false;
    Path in = inbox();
    for (String naam : List.of("t.xml.tmp", "t.xml.part", "t.xml.filepart", ".t.xml")) {
      Files.writeString(in.resolve(naam), "<tijdelijk/>");
    }
    Files.createSymbolicLink(in.resolve("passwd.xml"), Path.of("/etc/passwd"));
    Thread.sleep(3500); // more than the quiet time and two polls: nothing may happen
    assertFalse(opgeslagen.containsKey("<tijdelijk/>"));
    assertTrue(Files.isSymbolicLink(in.resolve("passwd.xml")), "the link is left alone");
    assertTrue(Mappen.alle(map.resolve("in/declaraties/fout"), "passwd.xml").isEmpty(), "and not read (no parse error)");
    assertEquals(1, meldingen("passwd.xml"), "mentioned once, not on every poll");

    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.move(in.resolve("t.xml.part"), in.resolve("t.xml")); // the writer renames the part file when complete
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(in.resolve("t.xml"));
    archief("<tijdelijk/>");

    klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.writeString(in.resolve("gemarkeerd.xml"), "<gemarkeerd/>");
    Files.writeString(in.resolve("gemarkeerd.xml.done"), "");
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    Mappen.weg(in.resolve("gemarkeerd.xml"));
    archief("<gemarkeerd/>");
    assertFalse(Files.exists(in.resolve("gemarkeerd.xml.done")), "the marker is removed with the file");
  }

  @Test
  void namenVan250TekensWordenVerwerktEnAfgekeurdMetReden() throws Exception {
    technischeFout = false;
    String naam = "l".repeat(246) + ".xml";
    laat(naam, "<lang/>");
    Path archief = archief("<lang/>");
    assertTrue(archief.getFileName().toString().length() <= 255);
    List<Path> antwoord = lijst(uit()).stream().filter(p -> p.getFileName().toString().startsWith("llllllllll")).toList();
    assertEquals(1, antwoord.size(), "one answer: " + antwoord);
    String antwoordNaam = antwoord.get(0).getFileName().toString();
    assertTrue(antwoordNaam.endsWith(".wmo325.xml") && antwoordNaam.getBytes(StandardCharsets.UTF_8).length <= 255, antwoordNaam);
    assertEquals("<wmo325><lang/></wmo325>", Files.readString(antwoord.get(0)));

    String fout = "f".repeat(246) + ".xml";
    laat(fout, "geen xml, lange naam");
    List<Path> daar = lijst(map.resolve("in/declaraties/fout")).stream().filter(p -> p.getFileName().toString().contains("ffffffffff")).toList();
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (daar.size() < 2 && System.nanoTime() < grens) {
      Thread.sleep(50);
      daar = lijst(map.resolve("in/declaraties/fout")).stream().filter(p -> p.getFileName().toString().contains("ffffffffff")).toList();
    }
    assertEquals(2, daar.size(), "the refused original and its reason: " + daar);
    assertTrue(daar.stream().anyMatch(p -> p.getFileName().toString().endsWith(".reden.txt")));
    daar.forEach(p -> assertTrue(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, p.toString()));
    assertEquals(0, meldingen("too long"));
  }

  @Test
  void eenAntwoordDatNietGeschrevenKanWordenSlaatNietsOpEnWordtHerhaald() throws Exception {
    technischeFout = false;
    log.clear();
    Files.createDirectories(map.resolve("uit"));
    Path bewaard = map.resolve("uit-bewaard");
    if (Files.exists(uit())) {
      Files.move(uit(), bewaard);
    }
    Files.writeString(uit(), "geen map"); // CI runs as root: a file where the outbox folder should be
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Files.writeString(inbox().resolve("schijf.xml"), "<schijf/>");
    Thread.sleep(3500);
    assertFalse(opgeslagen.containsKey("<schijf/>"), "not stored without its answer");
    assertTrue(Files.exists(inbox().resolve("schijf.xml")), "the file waits in the inbox");
    Files.delete(uit());
    if (Files.exists(bewaard)) {
      Files.move(bewaard, uit());
    }
    assertTrue(klaar.matches(20, TimeUnit.SECONDS));
    archief("<schijf/>");
    assertEquals("<wmo325><schijf/></wmo325>", Files.readString(uit().resolve("schijf.wmo325.xml")));
    assertTrue(Mappen.alle(map.resolve("in/declaraties/fout"), "schijf.xml").isEmpty(), "a passing fault never sends a file to fout/");
    assertEquals(1, meldingen("technische storing ("), "logged once when it began");
    assertEquals(1, meldingen("storing is voorbij"), "and once when it was over");
  }

  @Test
  void eenOnbereikbareDatabaseWordtHerhaaldTotHetLukt() throws Exception {
    technischeFout = false;
    log.clear();
    storingen.set(6);
    laat("database.xml", "<database/>");
    assertEquals(0, storingen.get());
    archief("<database/>");
    assertTrue(Files.exists(uit().resolve("database.wmo325.xml")));
    assertTrue(Mappen.alle(map.resolve("in/declaraties/fout"), "database.xml").isEmpty(), "a passing fault never sends a file to fout/");
    assertEquals(1, meldingen("technische storing ("));
    assertEquals(1, meldingen("storing is voorbij"));
    assertEquals(0, log.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).count());
  }

  @Test
  void eenFoutInDeCodeBewaartHetBestandMetDeReden() throws Exception {
    technischeFout = true;
    try {
      laat("tech.xml", "<tech/>");
    } finally {
      technischeFout = false;
    }
    assertTrue(Files.readString(Mappen.enige(map.resolve("in/declaraties/fout"), "tech.xml.reden.txt")).contains("technische fout"));
    assertEquals("<tech/>", Files.readString(Mappen.enige(map.resolve("in/declaraties/fout"), "tech.xml")));
  }

  @Test
  void eenAfgekeurdBerichtGaatApartMetZijnReden_tweeKeerDezelfdeNaamOverschrijftNiets() throws Exception {
    technischeFout = false;
    laat("fout.xml", "geen xml 1");
    Path reden = Mappen.enige(map.resolve("in/declaraties/fout"), "fout.xml.reden.txt");
    assertTrue(Files.readString(reden).contains("regel 1, kolom 1: geen XML"));
    assertEquals("geen xml 1", Files.readString(Mappen.enige(map.resolve("in/declaraties/fout"), "fout.xml")), "the original is kept as it was");
    assertFalse(Files.exists(uit().resolve("fout.wmo325.xml")), "no WMO325 for a message refused before judging");

    laat("fout.xml", "geen xml 2");
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (Mappen.alle(map.resolve("in/declaraties/fout"), "fout.xml").size() < 2 && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    List<Path> originelen = Mappen.alle(map.resolve("in/declaraties/fout"), "fout.xml");
    assertEquals(List.of("geen xml 1", "geen xml 2"), List.of(Files.readString(originelen.get(0)), Files.readString(originelen.get(1))));
    assertEquals(2, Mappen.alle(map.resolve("in/declaraties/fout"), "fout.xml.reden.txt").size());
  }

  @Test
  void deSleutelVanDeVolgordeIsDeAfzenderUitDeHeader() throws Exception {
    Path bericht = map.resolve("kop.xml");
    Files.writeString(bericht, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:Bericht xmlns:w=\"urn:x\"><w:Header>"
        + "<w:BerichtCode>484</w:BerichtCode><w:Afzender> 12345678 </w:Afzender></w:Header><w:Declaratie/></w:Bericht>");
    assertEquals("12345678", DeclaratieFileRoute.afzender(bericht.toString()));
    Files.writeString(bericht, "<!DOCTYPE x [<!ENTITY a \"b\">]><x><Header><Afzender>&a;</Afzender></Header></x>");
    assertEquals("", DeclaratieFileRoute.afzender(bericht.toString()), "no DTD, no entities: no key, refused later");
    Files.writeString(bericht, "geen xml");
    assertEquals("", DeclaratieFileRoute.afzender(bericht.toString()));
    assertEquals("", DeclaratieFileRoute.afzender(map.resolve("bestaat-niet.xml").toString()));
  }
}
