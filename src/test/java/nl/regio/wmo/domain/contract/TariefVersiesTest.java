package nl.regio.wmo.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tariff versions on a timeline: the version in force on a day, succession and overlap. */
class TariefVersiesTest {

  private static final Product OMD1 =
      new Product("07A01", "OMD niveau 1", Productcategorie.DAGBESTEDING, Eenheid.DAGDEEL, Uitvoeringsvariant.INSPANNINGSGERICHT, false);

  private static Tarief versie(String van, String tot, long cent) {
    return new Tarief(OMD1, null, null, periode(van, tot), Money.ofCents(cent));
  }

  private static Periode periode(String van, String tot) {
    return Periode.inclusief(LocalDate.parse(van), tot == null || tot.isBlank() ? null : LocalDate.parse(tot));
  }

  /** 2025: 37,20; from 2026-01-01: 38,50; from 2026-07-01 (open): 39,90. */
  private final TariefVersies versies =
      new TariefVersies(
          List.of(
              versie("2026-07-01", null, 3990),
              versie("2025-01-01", "2025-12-31", 3720),
              versie("2026-01-01", "2026-06-30", 3850)));

  @ParameterizedTest(name = "op {0}: {1}")
  @CsvSource(textBlock = """
      2024-12-31, -1
      2025-01-01, 3720
      2025-12-31, 3720
      2026-01-01, 3850
      2026-06-30, 3850
      2026-07-01, 3990
      2099-01-01, 3990
      """)
  void geldendOpEenDag(String dag, long verwachtCent) {
    Optional<Tarief> t = versies.geldendOp(LocalDate.parse(dag));
    assertEquals(verwachtCent, t.map(x -> x.bedrag().cent()).orElse(-1L));
  }

  @Test
  void nieuweVersieNaOpenVersieVolgtDieOp() {
    Tarief open = versie("2026-01-01", null, 3850);
    TariefVersies lijn = new TariefVersies(List.of(versie("2025-01-01", "2025-12-31", 3720), open));
    Periode nieuw = periode("2026-07-01", null);
    assertEquals(Optional.of(open), lijn.opvolgbaarDoor(nieuw));
    assertEquals(Optional.empty(), lijn.overlapMet(nieuw));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      begint in een gesloten versie                 | 2025-06-01 | 2025-06-30 | true
      begint op de dag van de open versie           | 2026-01-01 |            | true
      open vóór een bestaande versie                | 2024-01-01 |            | true
      gesloten vóór alle versies                    | 2024-01-01 | 2024-12-31 | false
      na de open versie: volgt op                   | 2027-01-01 |            | false
      """)
  void overlapWordtGevonden(String geval, String van, String tot, boolean overlap) {
    TariefVersies lijn =
        new TariefVersies(List.of(versie("2025-01-01", "2025-12-31", 3720), versie("2026-01-01", null, 3850)));
    assertEquals(overlap, lijn.overlapMet(periode(van, tot)).isPresent());
  }

  @Test
  void eenBeeindigdeVersieBlijftVoorHetVerledenGelden() {
    Tarief oud = versie("2025-01-01", null, 3720);
    oud.beeindig(LocalDate.parse("2025-12-31"));
    List<Tarief> lijst = new ArrayList<>(List.of(oud, versie("2026-01-01", null, 3850)));
    TariefVersies lijn = new TariefVersies(lijst);
    assertEquals(3720, lijn.geldendOp(LocalDate.parse("2025-12-31")).orElseThrow().bedrag().cent());
    assertEquals(3850, lijn.geldendOp(LocalDate.parse("2026-01-01")).orElseThrow().bedrag().cent());
  }

  @Test
  void eenTariefIsNooitNegatief() {
    assertThrows(IllegalArgumentException.class, () -> versie("2026-01-01", null, -1));
  }

  @Test
  void beeindigenVoorDeIngangsdatumKanNiet() {
    Tarief t = versie("2026-01-01", null, 3850);
    assertThrows(IllegalArgumentException.class, () -> t.beeindig(LocalDate.parse("2025-12-31")));
    assertTrue(t.periode().isOpen());
  }
}
