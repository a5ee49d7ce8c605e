package nl.regio.wmo.interfaces.web.contractbeheer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regio.wmo.infrastructure.config.ConfigLader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reloading the configuration: its outcome in words (what was added per kind, or that nothing changed); hours in Dutch. */
class RegioBeheerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      alles stond er al              | gemeenten=0 klassen=0 producten=0 | 12 | Configuratie opnieuw gelezen: niets veranderd, alles stond er al. 12 PGB-tariefregels in gebruik.
      één gemeente erbij             | gemeenten=1 klassen=0 producten=0 | 1  | Configuratie opnieuw gelezen: toegevoegd 1 gemeente; wat er al was, is niet veranderd. 1 PGB-tariefregel in gebruik.
      eerste keer, demo              | gemeenten=5 klassen=5 producten=20 aanbieders=4 tarieven=1 clienten=1 svbBetalingen=2 | 0 | Configuratie opnieuw gelezen: toegevoegd 5 gemeenten, 5 klassen, 20 producten, 4 aanbieders, 1 tariefversie, 1 cliënt, 2 SVB-betalingen; wat er al was, is niet veranderd. 0 PGB-tariefregels in gebruik.
      een soort die de pagina niet kent | nieuw=3                      | 2  | Configuratie opnieuw gelezen: toegevoegd 3 nieuw; wat er al was, is niet veranderd. 2 PGB-tariefregels in gebruik.
      """)
  void hetVerslagInWoorden(String geval, String telling, int pgbRegels, String verwacht) {
    Map<String, Integer> toegevoegd = new LinkedHashMap<>();
    Arrays.stream(telling.split(" ")).map(s -> s.split("=")).forEach(s -> toegevoegd.put(s[0], Integer.valueOf(s[1])));
    assertEquals(verwacht, RegioBeheer.inWoorden(new ConfigLader.Verslag(toegevoegd, pgbRegels)));
  }

  @ParameterizedTest(name = "{0} uur → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0     | 0
      2.00  | 2
      2.50  | 2,5
      13    | 13
      10.00 | 10
      """)
  void urenInHetNederlands(String uren, String verwacht) {
    assertEquals(verwacht, new RegioBeheer().uren(new BigDecimal(uren)));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', nullValues = "NIETS", textBlock = """
      NIETS                  | ''
      '   '                  | ''
      07A01                  | 07A01
      '07A01, 07C01'         | 07A01 07C01
      '07A01;07C01 ,  08A01' | 07A01 07C01 08A01
      """)
  void eenLijstVanCodesInEenVeld(String tekst, String verwacht) {
    List<String> codes = verwacht.isEmpty() ? List.of() : List.of(verwacht.split(" "));
    assertEquals(codes, Lijsten.codes(tekst));
  }
}
