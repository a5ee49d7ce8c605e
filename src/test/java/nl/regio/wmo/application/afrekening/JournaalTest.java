package nl.regio.wmo.application.afrekening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.Afrekening;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.GemeenteTotaal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JournaalTest {

  private static final Map<String, Journaal.Rekening> REKENINGEN = Map.of(
      "02", new Journaal.Rekening("4420", "Wmo begeleiding"),
      "07", new Journaal.Rekening("4470", "Wmo dagbesteding"),
      "overig", new Journaal.Rekening("4490", "Wmo overig"),
      "*", new Journaal.Rekening("1600", "Crediteuren"));

  private static Afrekening run(List<GemeenteTotaal> gemeenten) {
    long totaal = gemeenten.stream().mapToLong(GemeenteTotaal::totaalCent).sum();
    return new Afrekening(7, "2026-10", "GOEDGEKEURD", 3, 4, 0, 0, totaal, "f1", null, null, "f1", null, "f2", null, null, null, null,
        null, null, List.of(), gemeenten, List.of());
  }

  @Test
  @DisplayName("A cost line per municipality × category, a contra line per municipality; a net credit stays a credit; unknown category on 'overig'")
  void journaalPost() {
    byte[] csv = Journaal.csv(run(List.of(
        new GemeenteTotaal("0321", "02", "Begeleiding", 2, 123456, 0, 123456),
        new GemeenteTotaal("0321", "07", "Dagbesteding", 1, 0, 2500, -2500),
        new GemeenteTotaal("0356", "15", "Beschermd wonen", 1, 1, 0, 1))), Map.of("0321", "Houten", "0356", "Nieuwegein"), REKENINGEN);
    assertEquals(String.join("\r\n",
        "boekdatum;afrekening;maand;gemeente;gemeentenaam;categorie;categorienaam;rekening;omschrijving;debet;credit;aantalRegels",
        "2026-10-31;7;2026-10;0321;Houten;02;Begeleiding;4420;Wmo begeleiding;1234.56;;2",
        "2026-10-31;7;2026-10;0321;Houten;07;Dagbesteding;4470;Wmo dagbesteding;;25.00;1",
        "2026-10-31;7;2026-10;0321;Houten;;;1600;Crediteuren;;1209.56;",
        "2026-10-31;7;2026-10;0356;Nieuwegein;15;Beschermd wonen;4490;Wmo overig;0.01;;1",
        "2026-10-31;7;2026-10;0356;Nieuwegein;;;1600;Crediteuren;;0.01;",
        ""), new String(csv, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("Without a creditors account the journal is refused, naming the config file")
  void zonderCrediteurenRekening() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Journaal.csv(run(List.of()), Map.of(), Map.of("02", new Journaal.Rekening("4420", "x"))));
    assertEquals("config/regio/grootboek.csv mist de rekening voor categorie '*'", e.getMessage());
  }
}
