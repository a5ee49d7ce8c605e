package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.pgb.SvbBestandLezer.Uitslag;
import nl.regio.wmo.domain.pgb.SvbBetaling;
import nl.regio.wmo.domain.pgb.SvbFout;
import org.junit.jupiter.api.Test;

/**
 * S-PGB-SVB at the application layer, without a database: a file with bad rows is refused with every bad row (line,
 * column, reason) and nothing of it is stored, also not its good rows; a good file is stored once.
 */
class SvbImportTest {

  private static final String KOP = "toekenningNummer;bsn;zorgverlenerId;zorgverlenerNaam;zorgsoort;zorgovereenkomstId;"
      + "zorgovereenkomstGoedgekeurd;maand;uren;uurtariefCent;bedragCent;betaaldatum;betalingId\n";
  private static final String GOED = "LEK-B-1;153308710;ZV-1;Zorg;FORMEEL;ZO-1;ja;2026-03;2;6000;12000;2026-04-15;SVB-1\n";

  /** SvbImport with its database replaced by a list of what it would store. */
  static final class ZonderDatabase extends SvbImport {
    final List<List<SvbBetaling>> bewaard = new ArrayList<>();

    @Override
    protected Optional<String> eerderVerwerkt(String sha256) {
      return Optional.empty();
    }

    @Override
    protected Optional<SvbBetaling> vindBetaling(String betalingId) {
      return Optional.empty();
    }

    @Override
    protected void bewaar(String naam, String sha256, Verslag verslag, Uitslag nieuw) {
      bewaard.add(nieuw.betalingen());
    }
  }

  @Test
  void eenBestandMetFouteRijenNoemtElkeFouteRijEnBewaartNiets() {
    ZonderDatabase svb = new ZonderDatabase();
    String inhoud = KOP + GOED
        + GOED.replace("153308710", "123456789").replace("SVB-1", "SVB-2")
        + GOED.replace(";12000;", ";11000;").replace("SVB-1", "SVB-3")
        + GOED.replace("FORMEEL", "ANDERS").replace("SVB-1", "SVB-4");

    SvbImport.Afgekeurd fout = assertThrows(SvbImport.Afgekeurd.class,
        () -> svb.verwerk("svb.csv", inhoud.getBytes(StandardCharsets.UTF_8), false));

    assertEquals(List.of(3, 4, 5), fout.fouten().stream().map(SvbFout::rij).toList(), "every bad row, not only the first");
    assertEquals(List.of("bsn", "bedragCent", "zorgsoort"), fout.fouten().stream().map(SvbFout::kolom).toList());
    assertEquals("rij 3, kolom bsn: is geen geldig BSN (9 cijfers en de 11-proef, CS002)", fout.regels().get(0));
    assertEquals("Bestand svb.csv is afgekeurd: 3 fout(en); er is niets verwerkt. Herstel de rijen en lever het hele bestand opnieuw aan.",
        fout.getMessage());
    assertEquals(List.of(), svb.bewaard, "nothing stored, not even the good row");
  }

  @Test
  void eenGoedBestandWordtEenmaalBewaard() {
    ZonderDatabase svb = new ZonderDatabase();
    SvbImport.Verslag v = svb.verwerk("svb.csv", (KOP + GOED).getBytes(StandardCharsets.UTF_8), false);
    assertEquals(new SvbImport.Verslag("svb.csv", 1, 1, 0), v);
    assertEquals(1, svb.bewaard.size());
    assertEquals("SVB-1", svb.bewaard.get(0).get(0).betalingId());
  }
}
