package nl.regio.wmo.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import nl.regio.wmo.domain.pgb.PgbTariefRegel;
import nl.regio.wmo.domain.pgb.PgbTarieven;
import nl.regio.wmo.domain.pgb.Zorgsoort;
import nl.regio.wmo.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PGB tariff configuration file config/regio/pgb-tarieven.csv (rule S-PGB-TARIEF). */
class PgbTarievenLezerTest {

  static PgbTarieven geleverd() throws IOException {
    try (Reader r = Files.newBufferedReader(Path.of("config").resolve(PgbTarievenLezer.BESTAND), StandardCharsets.UTF_8)) {
      return PgbTarievenLezer.lees("config/" + PgbTarievenLezer.BESTAND, r);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                                  | product | cat | zorgsoort | dag        | ZIN cent | PGB cent | max/uur | derivation
      S-PGB-TARIEF begeleiding basis formeel = ZIN (2026)      | 02A01   | 02  | FORMEEL   | 2026-03-01 | 143000   | 143000   | 6000    | klasse 3: 100 %
      S-PGB-TARIEF begeleiding basis informeel max 22.80       | 02A01   | 02  | INFORMEEL | 2026-03-01 | 143000   | 54340    | 2280    | 1430.00 x 22.80 / 60.00 = 543.40
      S-PGB-TARIEF begeleiding basis informeel max 22.80, 2025 | 02A01   | 02  | INFORMEEL | 2025-03-01 | 137000   | 54323    | 2280    | 1370.00 x 22.80 / 57.50 = 31236 / 57.50 = 543.2347.. -> 543.23
      S-PGB-TARIEF begeleiding speciaal informeel max 22.80    | 02A02   | 02  | INFORMEEL | 2026-03-01 | 178750   | 54340    | 2280    | product line: 1787.50 x 22.80 / 75.00 = 543.40
      S-PGB-TARIEF persoonlijke verzorging informeel 75 %      | 03A01   | 03  | INFORMEEL | 2026-03-01 | 143000   | 107250   | 4500    | 1430.00 x 0.75; 60.00 x 0.75 = 45.00
      S-PGB-TARIEF dagactiviteit GGZ per uur informeel 75 %    | 07D01   | 07  | INFORMEEL | 2026-03-01 | 1150     | 863      | 863     | product line: 11.50 x 0.75 = 8.625 -> 8.63
      S-PGB-TARIEF dagbesteding VG licht informeel 75 %        | 07C01   | 07  | INFORMEEL | 2026-03-01 | 3900     | 2925     | -1      | category line, no hourly check
      S-PGB-TARIEF vervoer formeel 100 %                       | 08A02   | 08  | FORMEEL   | 2026-03-01 | 1550     | 1550     | -1      | category line, no hourly check
      """)
  void geleverdeConfiguratie(String naam, String product, String cat, Zorgsoort z, LocalDate dag, long zin, long pgb, long maxUur,
      String afleiding) throws IOException {
    PgbTariefRegel r = geleverd().regel(product, cat, z, dag).orElseThrow();
    assertEquals(Money.ofCents(pgb), r.tariefPerEenheid(Money.ofCents(zin)), afleiding);
    assertEquals(maxUur < 0 ? Optional.empty() : Optional.of(Money.ofCents(maxUur)), r.maxUurtarief(), afleiding);
  }

  @Test
  @DisplayName("S-PGB-TARIEF: elke categorie van de catalogus heeft een formele en een informele regel")
  void elkeCategorieGedekt() throws IOException {
    PgbTarieven t = geleverd();
    for (String cat : List.of("02", "03", "07", "08")) {
      for (Zorgsoort z : Zorgsoort.values()) {
        assertEquals(true, t.regel("XXXXX", cat, z, LocalDate.of(2025, 1, 1)).isPresent(), cat + " " + z + " 2025");
        assertEquals(true, t.regel("XXXXX", cat, z, LocalDate.of(2027, 12, 31)).isPresent(), cat + " " + z + " 2027");
      }
    }
  }

  @Test
  @DisplayName("S-PGB-TARIEF: een foute regel keurt het hele bestand af en noemt regel en kolom")
  void foutNoemtRegelEnKolom() {
    String csv = """
        # commentaar
        productCode,categorie,zorgsoort,ingangsdatum,einddatum,percentageZin,maxUurtariefCent,zinUurtariefCent
        ,02,FORMEEL,2026-01-01,,100,,6000
        ,02,INFORMEEL,2026-01-01,,,6500,6000
        ,03,MANTELZORG,2026-01-01,,75,,
        ,07,FORMEEL,01-01-2026,,100,,
        ,08,FORMEEL,2026-01-01,,100.5,,
        """;
    OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> PgbTarievenLezer.lees("pgb.csv", new StringReader(csv)));
    assertEquals(List.of(
        new Fout("pgb.csv regel 4", "S-PGB-TARIEF: maxUurtariefCent moet groter dan 0 en ten hoogste zinUurtariefCent zijn (nooit hoger dan ZIN)."),
        new Fout("pgb.csv regel 5 zorgsoort", "is niet FORMEEL of INFORMEEL"),
        new Fout("pgb.csv regel 6 ingangsdatum", "is geen datum (jjjj-mm-dd)"),
        new Fout("pgb.csv regel 7", "S-PGB-TARIEF: percentageZin moet groter dan 0 en ten hoogste 100 zijn (een pgb-tarief is nooit hoger dan ZIN).")),
        e.fouten());
  }

  @Test
  @DisplayName("S-PGB-TARIEF: overlappende regels in het bestand worden geweigerd")
  void overlap() {
    String csv = """
        productCode,categorie,zorgsoort,ingangsdatum,einddatum,percentageZin,maxUurtariefCent,zinUurtariefCent
        ,02,FORMEEL,2026-01-01,,100,,6000
        ,02,FORMEEL,2026-06-01,,90,,6000
        """;
    OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> PgbTarievenLezer.lees("pgb.csv", new StringReader(csv)));
    assertEquals("pgb.csv", e.fouten().get(0).veld());
  }
}
