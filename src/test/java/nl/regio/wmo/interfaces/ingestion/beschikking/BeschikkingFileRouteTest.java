package nl.regio.wmo.interfaces.ingestion.beschikking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regio.wmo.application.BeschikkingImport;
import nl.regio.wmo.application.ImportAfgekeurdException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The beschikkingen CSV route on a temp folder, with the import replaced by a stub. */
class BeschikkingFileRouteTest extends CamelTestSupport {

  @TempDir static Path map;

  static final AtomicInteger aanroepen = new AtomicInteger();

  @Override
  protected RoutesBuilder createRouteBuilder() {
    BeschikkingFileRoute route = new BeschikkingFileRoute();
    route.instellen(map.toString(), 100);
    route.importer = new BeschikkingImport() {
      @Override
      public Verslag importeer(String naam, byte[] inhoud) {
        aanroepen.incrementAndGet();
        if (naam.startsWith("fout")) {
          throw new ImportAfgekeurdException("Bestand " + naam + " is afgekeurd: 1 fout(en)", List.of("rij 2 (beschikking B-1): volumePerWeek: S-MAX9: te veel"));
        }
        return new Verslag(naam, 2, 2, 0, 1);
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
  }

  @Test
  void goedBestandNaarVerwerktMetVerslag() throws Exception {
    laat("goed.csv", "kop\nrij\n");
    assertTrue(Files.exists(map.resolve("beschikkingen/verwerkt/goed.csv")));
    assertTrue(Files.readString(map.resolve("beschikkingen/verwerkt/goed.csv.verslag.txt")).contains("2 beschikkingen aangemaakt"));
  }

  @Test
  void afgekeurdBestandNaarFoutMetDeRijEnDeRegel() throws Exception {
    laat("fout.csv", "kop\nrij\n");
    assertTrue(Files.exists(map.resolve("beschikkingen/fout/fout.csv")));
    assertTrue(Files.readString(map.resolve("beschikkingen/fout/fout.csv.fouten.txt")).contains("rij 2 (beschikking B-1): volumePerWeek: S-MAX9"));
  }

  @Test
  void teGrootBestandWordtNietGelezen() throws Exception {
    int voor = aanroepen.get();
    laat("groot.csv", "x".repeat(500));
    assertTrue(Files.readString(map.resolve("beschikkingen/fout/groot.csv.fouten.txt")).contains("groter dan 100 bytes"));
    assertEquals(voor, aanroepen.get(), "the import is never called for a file over the limit");
  }
}
