package nl.regio.wmo.domain.pgb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SVB payment file (rule S-PGB-SVB; layout config/import/svb.md): all or nothing, errors name row, column and reason. */
class SvbBestandLezerTest {

  static final String KOP = String.join(";", SvbBestandLezer.KOLOMMEN);
  // line 2 and 3 of the file (line 1 is the header)
  static final String RIJ1 = "LEK-B-1346;153308710;ZV-80022;Begeleiding Vaart ZZP;FORMEEL;ZO-1346-1;ja;2026-03;14;6000;84000;2026-04-15;SVB-1";
  static final String RIJ2 = "LEK-B-1018;253826937;ZV-I-0918;\"Wijk; A. de\";informeel;ZO-1018-1;nee;2026-02;12.25;2281;27942;2026-03-15;SVB-2";

  static SvbBestandLezer.Uitslag lees(String... regels) {
    return SvbBestandLezer.lees((String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("S-PGB-SVB: een goed bestand geeft alle betalingen, velden zoals geleverd")
  void goedBestand() {
    SvbBestandLezer.Uitslag u = lees("# commentaar", KOP, RIJ1, RIJ2);
    assertFalse(u.isAfgekeurd(), u.verslag());
    assertEquals(List.of(
        new SvbBetaling("LEK-B-1346", new Bsn("153308710"), "ZV-80022", "Begeleiding Vaart ZZP", Zorgsoort.FORMEEL, "ZO-1346-1", true,
            Maand.of(2026, 3), new BigDecimal("14"), Money.ofCents(6000), Money.ofCents(84000), LocalDate.of(2026, 4, 15), "SVB-1"),
        // 12.25 x 22.81 = 279.4225 -> 279.42
        new SvbBetaling("LEK-B-1018", new Bsn("253826937"), "ZV-I-0918", "Wijk; A. de", Zorgsoort.INFORMEEL, "ZO-1018-1", false,
            Maand.of(2026, 2), new BigDecimal("12.25"), Money.ofCents(2281), Money.ofCents(27942), LocalDate.of(2026, 3, 15), "SVB-2")),
        u.betalingen());
  }

  @Test
  @DisplayName("S-PGB-SVB: een BOM, kolommen in een andere volgorde en lege regels mogen")
  void bomEnVolgorde() {
    List<String> k = new java.util.ArrayList<>(SvbBestandLezer.KOLOMMEN);
    java.util.Collections.reverse(k);
    List<String> velden = new java.util.ArrayList<>(List.of(RIJ1.split(";")));
    java.util.Collections.reverse(velden);
    String rij = String.join(";", velden);
    SvbBestandLezer.Uitslag u = lees("\uFEFF" + String.join(";", k), "", rij);
    assertFalse(u.isAfgekeurd(), u.verslag());
    assertEquals("SVB-1", u.betalingen().get(0).betalingId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                         | column (index) | value           | expected report line
      CS002 BSN faalt de 11-proef                     | 1              | 153308711       | rij 3, kolom bsn: is geen geldig BSN (9 cijfers en de 11-proef, CS002)
      CS002 BSN 8 cijfers                             | 1              | 15330871        | rij 3, kolom bsn: is geen geldig BSN (9 cijfers en de 11-proef, CS002)
      S-PGB-SVB toekenningNummer leeg                 | 0              | ''              | rij 3, kolom toekenningNummer: is verplicht
      S-PGB-SVB zorgsoort onbekend                    | 4              | MANTELZORG      | rij 3, kolom zorgsoort: is niet FORMEEL of INFORMEEL
      S-PGB-SVB goedkeuring geen ja/nee               | 6              | misschien       | rij 3, kolom zorgovereenkomstGoedgekeurd: is niet ja of nee
      S-PGB-SVB maand als 03-2026                     | 7              | 03-2026         | rij 3, kolom maand: is geen maand (jjjj-mm)
      S-PGB-SVB maand 13                              | 7              | 2026-13         | rij 3, kolom maand: is geen maand (jjjj-mm)
      S-PGB-SVB maand als datum                       | 7              | 2026-03-01      | rij 3, kolom maand: is geen maand (jjjj-mm)
      S-PGB-SVB uren met komma                        | 8              | 14,5            | rij 3, kolom uren: is geen getal (punt als decimaalteken)
      S-PGB-SVB uren 3 decimalen                      | 8              | 14.125          | rij 3, kolom uren: moet groter dan 0 zijn, met ten hoogste 2 decimalen
      S-PGB-SVB uren 0                                | 8              | 0               | rij 3, kolom uren: moet groter dan 0 zijn, met ten hoogste 2 decimalen
      S-PGB-SVB uurtarief in euro                     | 9              | 60.00           | rij 3, kolom uurtariefCent: is geen heel aantal centen
      S-PGB-SVB bedrag niet uren x tarief             | 10             | 84001           | rij 3, kolom bedragCent: is 84001 maar uren x uurtariefCent = 14 x 6000 = 84000 (halve centen naar boven afgerond)
      S-PGB-SVB bedrag in euro                        | 10             | 840.00          | rij 3, kolom bedragCent: is geen heel aantal centen
      S-PGB-SVB betaaldatum niet ISO                  | 11             | 15-04-2026      | rij 3, kolom betaaldatum: is geen datum (jjjj-mm-dd)
      S-PGB-SVB betalingId leeg                       | 12             | ''              | rij 3, kolom betalingId: is verplicht
      """)
  void fouteRij(String naam, int kolom, String waarde, String verwacht) {
    String[] velden = RIJ1.replace("SVB-1", "SVB-9").split(";");
    velden[kolom] = waarde;
    SvbBestandLezer.Uitslag u = lees(KOP, RIJ2, String.join(";", velden));
    assertTrue(u.isAfgekeurd());
    assertEquals(List.of(), u.betalingen(), "all or nothing: the good row is not returned either");
    assertEquals(verwacht, u.verslag());
    assertFalse(u.verslag().contains("15330871"), "never a BSN in the report");
  }

  @Test
  @DisplayName("S-PGB-SVB: de halve cent wordt naar boven afgerond (12.5 x 22.81 = 285.125 -> 285.13)")
  void halveCentNaarBoven() {
    String rij = RIJ1.replace(";14;6000;84000;", ";12.5;2281;28513;");
    assertFalse(lees(KOP, rij).isAfgekeurd());
    assertTrue(lees(KOP, rij.replace(";28513;", ";28512;")).isAfgekeurd());
  }

  @Test
  @DisplayName("S-PGB-SVB: hetzelfde betaling-id twee keer in een bestand: afgekeurd, de tweede rij noemt de eerste")
  void dubbeleBetalingId() {
    SvbBestandLezer.Uitslag u = lees(KOP, RIJ1, RIJ2, RIJ1.replace(";2026-03;", ";2026-04;"));
    assertEquals(List.of(new SvbFout(4, "betalingId", "komt al voor in rij 2; een betaling-id is uniek")), u.fouten());
    assertEquals(List.of(), u.betalingen());
  }

  @Test
  @DisplayName("S-PGB-SVB: alle fouten van alle rijen, met het regelnummer in het bestand (commentaar telt mee)")
  void meerdereFouten() {
    SvbBestandLezer.Uitslag u = lees("# kop", KOP, RIJ1.replace("153308710", "123456789"), "# tussendoor", RIJ2.replace(";2026-02;", ";feb;"));
    assertEquals("""
        rij 3, kolom bsn: is geen geldig BSN (9 cijfers en de 11-proef, CS002)
        rij 5, kolom maand: is geen maand (jjjj-mm)""", u.verslag().replace(System.lineSeparator(), "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      S-PGB-SVB kopregel mist een kolom  | toekenningNummer;bsn                                  | bestand: de kopregel klopt niet
      S-PGB-SVB alleen een kopregel      | KOP                                                   | bestand: het bevat geen rijen
      S-PGB-SVB rij met te weinig kolommen| KOP\\nLEK-B-1;153308710                               | rij 2: heeft 2 kolommen in plaats van 13
      """)
  void bestandFouten(String naam, String inhoud, String begin) {
    SvbBestandLezer.Uitslag u = lees(inhoud.replace("KOP", KOP).replace("\\n", "\n"));
    assertTrue(u.verslag().startsWith(begin), u.verslag());
  }

  @Test
  @DisplayName("S-PGB-SVB: een betaling-id dat al bekend is met dezelfde gegevens verandert niets; met andere gegevens: afgekeurd")
  void alEerderAangeleverd() {
    SvbBestandLezer.Uitslag eerste = lees(KOP, RIJ1);
    SvbBetaling opgeslagen = eerste.betalingen().get(0);
    java.util.Map<String, SvbBetaling> db = java.util.Map.of(opgeslagen.betalingId(), opgeslagen);

    SvbBestandLezer.Uitslag weer = lees(KOP, RIJ2, RIJ1).zonderBekende(id -> java.util.Optional.ofNullable(db.get(id)));
    assertEquals(List.of("SVB-2"), weer.betalingen().stream().map(SvbBetaling::betalingId).toList(), "SVB-1 changes nothing");
    assertEquals(List.of(2), weer.rijen());

    SvbBestandLezer.Uitslag gewijzigd = lees(KOP, RIJ2, RIJ1.replace(";2026-04-15;", ";2026-04-16;"))
        .zonderBekende(id -> java.util.Optional.ofNullable(db.get(id)));
    assertEquals("rij 3, kolom betalingId: is al eerder aangeleverd met andere gegevens; een betaling wijzigt niet", gewijzigd.verslag());
    assertEquals(List.of(), gewijzigd.betalingen());
  }

  @Test
  @DisplayName("S-PGB-SVB: geen UTF-8 wordt geweigerd")
  void geenUtf8() {
    byte[] latin1 = (KOP + "\n" + RIJ1.replace("Vaart", "Vaârt") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("bestand: het is geen geldige UTF-8-tekst", SvbBestandLezer.lees(latin1).verslag());
  }

  @Test
  @DisplayName("S-PGB-SVB: het demo-bestand config/demo/svb-betalingen-2026.csv is geldig")
  void demoBestand() throws IOException {
    SvbBestandLezer.Uitslag u = SvbBestandLezer.lees(Files.readAllBytes(Path.of("config/demo/svb-betalingen-2026.csv")));
    assertFalse(u.isAfgekeurd(), u.verslag());
    assertEquals(77, u.betalingen().size());
  }

  @Test
  @DisplayName("S-PGB-SVB: hetzelfde bestand geeft dezelfde SHA-256 (zo herkent de import een tweede levering)")
  void sha256() {
    byte[] a = (KOP + "\n" + RIJ1 + "\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(SvbBestandLezer.sha256(a), SvbBestandLezer.sha256(a.clone()));
    assertEquals(64, SvbBestandLezer.sha256(a).length());
  }
}
