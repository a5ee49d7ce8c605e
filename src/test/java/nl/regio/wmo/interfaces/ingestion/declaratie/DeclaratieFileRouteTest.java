package nl.regio.wmo.interfaces.ingestion.declaratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.regio.wmo.application.DeclaratieBeoordeling;
import nl.regio.wmo.application.DeclaratieVerwerking;
import nl.regio.wmo.domain.shared.AgbCode;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WMO323 file route on a temp folder, with the pipeline replaced by a stub: what moves where. */
class DeclaratieFileRouteTest extends CamelTestSupport {

  @TempDir static Path map;

  /** What the stub answers: a WMO325, or a refusal before judging, or a technical failure. */
  static volatile boolean afkeuren;

  static volatile boolean technischeFout;

  @Override
  protected RoutesBuilder createRouteBuilder() {
    DeclaratieFileRoute route = new DeclaratieFileRoute();
    route.inbox = map.resolve("in").toString();
    route.outbox = map.resolve("uit").toString();
    route.uitvoerder = java.util.concurrent.Executors.newCachedThreadPool();
    route.parallel = 2;
    route.verwerking = new DeclaratieVerwerking() {
      @Override
      public Gelezen lees(InputStream in) {
        if (afkeuren) {
          throw new Afgekeurd(List.of("regel 1, kolom 1: geen XML"));
        }
        return new Gelezen(null, null, null, 0, 0) {};
      }

      @Override
      public DeclaratieBeoordeling.Antwoord beoordeel(Gelezen gelezen, String kanaal, Optional<AgbCode> afzender, boolean opslaan) {
        assertEquals(KANAAL_BESTAND, kanaal);
        assertTrue(afzender.isEmpty() && opslaan, "a dropped file is stored, whoever sent it");
        if (technischeFout) {
          throw new IllegalStateException("database weg");
        }
        return new DeclaratieBeoordeling.Antwoord("<wmo325/>".getBytes(StandardCharsets.UTF_8), false, "GEACCEPTEERD", 1);
      }
    };
    return route;
  }

  private void laat(String naam, String inhoud) throws Exception {
    NotifyBuilder klaar = new NotifyBuilder(context).whenDone(1).create();
    Path inbox = map.resolve("in/declaraties");
    Files.createDirectories(inbox);
    Path tmp = map.resolve(naam + ".tmp");
    Files.writeString(tmp, inhoud);
    Files.move(tmp, inbox.resolve(naam));
    assertTrue(klaar.matches(20, TimeUnit.SECONDS), "the route handled " + naam);
  }

  @Test
  void eenBeoordeeldBerichtGeeftWmo325InDeOutboxEnWordtGearchiveerd() throws Exception {
    afkeuren = false;
    technischeFout = false;
    laat("goed.xml", "<x/>");
    assertEquals("<wmo325/>", Files.readString(map.resolve("uit/declaraties/goed.wmo325.xml")));
    assertTrue(Files.exists(map.resolve("in/declaraties/verwerkt/goed.xml")));
    assertFalse(Files.exists(map.resolve("in/declaraties/goed.xml")));
  }

  @Test
  void eenTechnischeFoutBewaartHetBestandMetDeReden() throws Exception {
    afkeuren = false;
    technischeFout = true;
    try {
      laat("tech.xml", "<x/>");
    } finally {
      technischeFout = false;
    }
    assertTrue(Files.readString(map.resolve("in/declaraties/fout/tech.xml.reden.txt")).contains("technische fout"));
    assertEquals("<x/>", Files.readString(map.resolve("in/declaraties/fout/tech.xml")));
  }

  @Test
  void eenAfgekeurdBerichtGaatApartMetZijnReden() throws Exception {
    technischeFout = false;
    afkeuren = true;
    laat("fout.xml", "geen xml");
    assertTrue(Files.readString(map.resolve("in/declaraties/fout/fout.xml.reden.txt")).contains("regel 1, kolom 1: geen XML"));
    assertEquals("geen xml", Files.readString(map.resolve("in/declaraties/fout/fout.xml")), "the original is kept as it was");
    assertFalse(Files.exists(map.resolve("uit/declaraties/fout.wmo325.xml")), "no WMO325 for a message refused before judging");
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
