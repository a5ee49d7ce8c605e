package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.BeschikkingImport.RijUitkomst;
import nl.regio.wmo.application.BeschikkingImport.RijenAfgekeurd;
import nl.regio.wmo.application.BeschikkingImport.Uitkomst;
import nl.regio.wmo.application.ClientBeheer.ClientGegevens;
import nl.regio.wmo.domain.beschikking.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CSV import reports every row, not only the first bad one: each row's number in the file, its outcome, its
 * toewijzing when applied, and every refusal with its rule id (S-KLASSE, CS002). A file with a refused row applies
 * nothing, and its good rows say so (IN_ORDE, no toewijzing). The rules are the real ones ({@link BeschikkingBeheerInGeheugen}).
 */
class BeschikkingImportTest {

  private static final String KOP = String.join(",", BeschikkingImport.KOLOMMEN) + "\n";

  private BeschikkingBeheerInGeheugen beschikkingen;
  private BeschikkingImport importer;

  @BeforeEach
  void regio() {
    beschikkingen = new BeschikkingBeheerInGeheugen();
    importer = new BeschikkingImport();
    importer.beschikkingen = beschikkingen;
    importer.clienten = new ClientBeheer() {
      @Override
      public Optional<Client> zoekOpBsn(String bsn) {
        return beschikkingen.clienten.values().stream().filter(c -> c.bsn().waarde().equals(bsn)).findFirst();
      }

      @Override
      public ClientGegevens maak(ClientGegevens invoer) {
        Validatie v = new Validatie();
        v.waarde("bsn", invoer.bsn(), ClientBeheer::bsn);
        v.controleer();
        return ClientGegevens.van(beschikkingen.nieuweClient(beschikkingen.clienten.size() + 1L, invoer.bsn()), false);
      }
    };
  }

  private static byte[] csv(String... rijen) {
    return (KOP + String.join("\n", rijen) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String rij(String nummer, String bsn, String product, String agb, String volume, String klasse, String uren) {
    return String.join(",", nummer, bsn, "Jansen", "", "J", "1970-01-01", "0", "0356", "", "", product, "ZIN", agb, "2026-01-01",
        "2026-12-31", volume, klasse, uren);
  }

  @Test
  void elkeRijMetHaarUitkomstEnNietsToegepastBijEenFouteRij_SKLASSE_CS002() {
    RijenAfgekeurd e = assertThrows(RijenAfgekeurd.class, () -> importer.laadOpnieuw("b.csv", csv(
        rij("T-1", "123456782", "02A01", "98000011", "", "3", "5"),
        rij("T-2", "123456782", "01A01", "98000011", "3", "", ""),
        rij("T-3", "111222333", "02A01", "98000011", "", "1", "5"),
        rij("T-4", "123456789", "07A01", "98000011", "2", "", ""),
        rij("T-5", "111222333", "07A01", "98000033", "2", "", ""))));

    List<RijUitkomst> perRij = e.perRij();
    assertEquals(List.of(2L, 3L, 4L, 5L, 6L), perRij.stream().map(RijUitkomst::rij).toList());
    assertEquals(List.of(Uitkomst.IN_ORDE, Uitkomst.IN_ORDE, Uitkomst.GEWEIGERD, Uitkomst.GEWEIGERD, Uitkomst.GEWEIGERD),
        perRij.stream().map(RijUitkomst::uitkomst).toList());
    assertTrue(perRij.stream().allMatch(u -> u.toewijzingNummer() == null), "nothing applied, no toewijzing shown");
    assertTrue(perRij.get(2).fouten().get(0).startsWith("klasse: S-KLASSE: 5 uur per week is klasse 3"), perRij.get(2).fouten().toString());
    assertTrue(perRij.get(3).fouten().get(0).startsWith("bsn: CS002: "), perRij.get(3).fouten().toString());
    assertFalse(perRij.get(3).fouten().get(0).contains("123456789"), "a report never repeats a BSN");
    assertTrue(perRij.get(4).fouten().get(0).startsWith("aanbiederAgbCode: CONTRACT: "), perRij.get(4).fouten().toString());
    assertEquals(3, e.regels().size(), "the file's report names every refused row: " + e.regels());
    assertTrue(e.regels().get(0).startsWith("rij 4 (beschikking T-3): klasse: S-KLASSE"), e.regels().get(0));
  }

  @Test
  void eenGoedBestandGeeftPerRijDeToewijzingEnSlaatBekendeNummersOver() {
    BeschikkingImport.Verslag verslag = importer.laadOpnieuw("b.csv", csv(
        rij("T-1", "123456782", "02A01", "98000011", "", "3", "5"),
        rij("BESTAAND-1", "999990019", "07A01", "98000011", "6", "", ""),
        rij("T-2", "111222333", "07A01", "98000011", "2", "", "")));

    assertEquals(List.of(Uitkomst.AANGEMAAKT, Uitkomst.OVERGESLAGEN, Uitkomst.AANGEMAAKT),
        verslag.perRij().stream().map(RijUitkomst::uitkomst).toList());
    assertNotNull(verslag.perRij().get(0).toewijzingNummer());
    assertNotNull(verslag.perRij().get(2).toewijzingNummer());
    assertEquals(2, verslag.aangemaakt());
    assertEquals(1, verslag.overgeslagen());
    assertEquals(1, verslag.nieuweClienten());
  }
}
