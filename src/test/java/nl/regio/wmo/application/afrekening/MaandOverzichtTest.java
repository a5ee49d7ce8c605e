package nl.regio.wmo.application.afrekening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.regio.wmo.application.ToewijzingBeheer.VerwachtePost;
import nl.regio.wmo.application.afrekening.MaandOverzicht.Overzicht;
import nl.regio.wmo.application.afrekening.MaandOverzicht.Rij;
import org.junit.jupiter.api.Test;

/** The month overview's merge of expected and actual figures: one row per key, totals summed from the rows, to the cent. */
class MaandOverzichtTest {

  private static Rij werkelijk(String maand, String gemeente, String categorie, long gedeclareerd, long geaccepteerd, long afgerekend) {
    return new Rij(maand, gemeente, null, categorie, null, 0, gedeclareerd, geaccepteerd, afgerekend);
  }

  @Test
  void verwachtEnWerkelijkKomenPerMaandGemeenteEnCategorieSamenEnDeTotalenZijnDeSomVanDeRijen() {
    Overzicht o = MaandOverzicht.samen(2026, null,
        List.of(new VerwachtePost("2026-03", "0356", "07", 12_345), new VerwachtePost("2026-03", "0321", "02", 100_001),
            new VerwachtePost("2026-04", "0356", "07", 12_345)),
        List.of(werkelijk("2026-03", "0356", "07", 11_700, 7_800, 3_900), werkelijk("2026-04", "0344", "04", -2_000, -2_000, 0)),
        List.of());

    // sorted by month, municipality, category; an expectation and the actuals of one key share a row
    assertEquals(List.of(
        new Rij("2026-03", "0321", null, "02", null, 100_001, 0, 0, 0),
        new Rij("2026-03", "0356", null, "07", null, 12_345, 11_700, 7_800, 3_900),
        new Rij("2026-04", "0344", null, "04", null, 0, -2_000, -2_000, 0),
        new Rij("2026-04", "0356", null, "07", null, 12_345, 0, 0, 0)), o.rijen());

    assertEquals(12, o.maanden().size(), "every month of the year, also an empty one");
    assertEquals(new Rij("2026-01", null, null, null, null, 0, 0, 0, 0), o.maanden().get(0));
    assertEquals(new Rij("2026-03", null, null, null, null, 112_346, 11_700, 7_800, 3_900), o.maanden().get(2));
    assertEquals(new Rij("2026-04", null, null, null, null, 12_345, -2_000, -2_000, 0), o.maanden().get(3));
    assertEquals(new Rij(null, null, null, null, null, 124_691, 9_700, 5_800, 3_900), o.totaal());
  }

  @Test
  void eenLeegJaarHeeftTwaalfNulmaandenEnEenNultotaal() {
    Overzicht o = MaandOverzicht.samen(2027, "0356", List.of(), List.of(), List.of("toewijzing 5: geen tarief"));
    assertEquals(List.of(), o.rijen());
    assertEquals("2027-12", o.maanden().get(11).maand());
    assertEquals(0, o.totaal().verwachtCent() + o.totaal().gedeclareerdCent() + o.totaal().geaccepteerdCent() + o.totaal().afgerekendCent());
    assertEquals(List.of("toewijzing 5: geen tarief"), o.waarschuwingen());
  }
}
