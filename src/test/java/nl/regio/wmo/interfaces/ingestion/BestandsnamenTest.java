package nl.regio.wmo.interfaces.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unique names within 255 bytes, and files written without ever replacing one. */
class BestandsnamenTest {

  @TempDir Path map;

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void eenKorteNaamBlijftZoals_eenLangeWordtIngekortMetHashEnExtensie() {
    assertEquals("d3.xml", Bestandsnamen.kort("d3.xml", 239));
    String lang = "a".repeat(300) + ".xml";
    String kort = Bestandsnamen.kort(lang, 239);
    assertEquals(239, bytes(kort));
    assertTrue(kort.matches("a+~[0-9a-f]{8}\\.xml"), kort);
    assertNotEquals(kort, Bestandsnamen.kort("a".repeat(299) + "b.xml", 239), "two long names stay apart");
    // multi-byte UTF-8 (é = 2 bytes): cut on a character, never inside one
    String breed = Bestandsnamen.kort("é".repeat(200) + ".csv", 100);
    assertTrue(bytes(breed) <= 100 && breed.endsWith(".csv") && breed.startsWith("éé"), breed);
  }

  @Test
  void vrijGeeftEenNieuweNaamMetVoorvoegsel() throws Exception {
    assertEquals("12-d3.xml", Bestandsnamen.vrij(map, "12", "d3.xml"));
    Files.writeString(map.resolve("12-d3.xml"), "eerste");
    assertEquals("12-2-d3.xml", Bestandsnamen.vrij(map, "12", "d3.xml"));
    String lang = Bestandsnamen.vrij(map, "20261206-124255-123", "x".repeat(250) + ".xml");
    assertTrue(bytes(lang) <= Bestandsnamen.MAX_BYTES - Bestandsnamen.RESERVE && bytes(lang + ".verslag.txt") <= 255, lang);
  }

  @Test
  void schrijfNieuwVervangtNooitEenBestand() throws Exception {
    assertTrue(Bestandsnamen.schrijfNieuw(map, "a.reden.txt", "eerste".getBytes(StandardCharsets.UTF_8)));
    assertFalse(Bestandsnamen.schrijfNieuw(map, "a.reden.txt", "tweede".getBytes(StandardCharsets.UTF_8)));
    assertEquals("eerste", Files.readString(map.resolve("a.reden.txt")));
    try (var inhoud = Files.list(map)) {
      assertEquals(1, inhoud.count(), "no temporary file left behind");
    }
  }

  @Test
  void ruimOpVerwijdertAlleenAchtergeblevenTijdelijkeBestanden() throws Exception {
    Path achtergebleven = Bestandsnamen.tijdelijk(map);
    Files.writeString(map.resolve(".d3.xml"), "van een ander");
    Files.writeString(map.resolve("d3.wmo325.xml"), "antwoord");
    Bestandsnamen.ruimOp(map);
    assertFalse(Files.exists(achtergebleven));
    assertTrue(Files.exists(map.resolve(".d3.xml")) && Files.exists(map.resolve("d3.wmo325.xml")));
    Bestandsnamen.ruimOp(map.resolve("bestaat-niet"));
  }
}
