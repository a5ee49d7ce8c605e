package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.regio.wmo.interfaces.iwmo.Wmo325Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo325Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo325Schrijver;
import org.junit.jupiter.api.Test;

/** The WMO325 in words, as the pre-flight page shows it: totals, codes with their meaning, rejected lines, BSN masked. */
class Wmo325UitlegTest {

  private static final LocalDate BEGIN = LocalDate.of(2026, 10, 1);
  private static final LocalDate EIND = LocalDate.of(2026, 10, 31);

  private static byte[] schrijf(Consumer<Wmo325Schrijver> inhoud) {
    ByteArrayOutputStream uit = new ByteArrayOutputStream();
    try (Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
      inhoud.accept(s);
    }
    return uit.toByteArray();
  }

  private static Wmo325Kop kop() {
    return new Wmo325Kop("0356", "98000022", "A325-1", LocalDate.of(2026, 11, 2), "D323-1", LocalDate.of(2026, 11, 1), "1.0.0",
        "1.0.0", List.of("0200"), null);
  }

  @Test
  void volledigGoedgekeurd_8001() {
    Wmo325Uitleg.Uitleg u = Wmo325Uitleg.lees(schrijf(s -> {
      s.kop(kop());
      s.beginDeclaratie("DN1", 123_456, "D", 123_456, "D");
      s.eindDeclaratie(List.of("8001"));
    }));
    assertTrue(u.volledigGoedgekeurd());
    assertEquals("DN1", u.declaratieNummer());
    assertEquals(123_456, u.ingediendCent());
    assertEquals(123_456, u.toegekendCent());
    assertTrue(u.afgewezen().isEmpty());
  }

  @Test
  void afgewezenRegelsMetHunCodesInWoorden_TR338_TR346_enDeReden8187VanDeClientVoor0233() {
    Wmo325Prestatie onbekend = new Wmo325Prestatie("R-1", null, 1, "07", "07C01", BEGIN, EIND, 1, "16", 3900L, 3900, "D", List.of("9338"));
    Wmo325Prestatie bedrag = new Wmo325Prestatie("R-2", null, 2, "07", "07C01", BEGIN, EIND, 3, "16", 3100L, 9400, "D", List.of("9346"));
    Wmo325Prestatie nietBeoordeeld = new Wmo325Prestatie("R-3", null, 3, "07", "07C01", BEGIN, EIND, 1, "16", 3900L, 3900, "C", List.of("0233"));
    Wmo325Uitleg.Uitleg u = Wmo325Uitleg.lees(schrijf(s -> {
      s.kop(kop());
      s.beginDeclaratie("DN2", 50_000 + 3900 + 9400 - 3900, "D", 50_000, "D");
      s.client("999900018", List.of("0200"));
      s.prestatie(onbekend);
      s.prestatie(bedrag);
      s.client("999900006", List.of("8187"));
      s.prestatie(nietBeoordeeld);
      s.eindDeclaratie(List.of("0200"));
    }));
    assertFalse(u.volledigGoedgekeurd());
    assertEquals(59_400, u.ingediendCent());
    assertEquals(50_000, u.toegekendCent());
    assertEquals(List.of("0200"), u.berichtCodes().stream().map(DeclaratieOverzicht.Code::code).toList());
    assertEquals(3, u.afgewezen().size());

    Wmo325Uitleg.Regel r1 = u.afgewezen().get(0);
    assertEquals("R-1", r1.referentieNummer());
    assertEquals(1, r1.toewijzingNummer());
    assertEquals(BEGIN, r1.begindatum());
    assertEquals(EIND, r1.einddatum());
    assertEquals(3900, r1.ingediendBedragCent());
    assertEquals("9338", r1.retourcodes().get(0).code());
    assertEquals("TR338", r1.retourcodes().get(0).regel());
    assertTrue(r1.retourcodes().get(0).uitleg().contains("geen toewijzing"), r1.retourcodes().get(0).uitleg());
    assertFalse(r1.bsn().contains("999900018"), "the BSN is masked: " + r1.bsn());
    assertTrue(r1.bsn().endsWith("018"), r1.bsn());

    assertEquals("9346", u.afgewezen().get(1).retourcodes().get(0).code());
    Wmo325Uitleg.Regel r3 = u.afgewezen().get(2);
    assertEquals("C", r3.debetCredit());
    assertEquals(List.of("8187", "0233"), r3.retourcodes().stream().map(DeclaratieOverzicht.Code::code).toList(),
        "the client's own code says why its line was not judged");
  }

  @Test
  void eenCreditTotaalIsNegatief() {
    Wmo325Uitleg.Uitleg u = Wmo325Uitleg.lees(schrijf(s -> {
      s.kop(kop());
      s.beginDeclaratie("DN3", 3900, "C", 3900, "C");
      s.eindDeclaratie(List.of("8001"));
    }));
    assertEquals(-3900, u.ingediendCent());
    assertEquals(-3900, u.toegekendCent());
  }
}
