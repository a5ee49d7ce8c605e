package nl.regio.wmo.domain.declaratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Level-2 (within-message, XSLT) checks of one WMO323: CS340, TR358, CS337, CD060, CS002,
 * CD087/CS339, CS325. Any reason means header code 0001.
 *
 * <p>Defaults: declaratieperiode October 2026 (1..31), one debit line of 8 dagdelen (eenheid 16) à
 * € 39,00 = 31200 cent for BSN 999990019 (9·9+8·9+7·9+6·9+5·9+4·0+3·0+2·1 − 9 = 308 = 28 × 11).
 * Every case changes one thing; all totals are hand-computed in the case.
 */
class BerichtControleTest {

  private static final LocalDate OKT_1 = LocalDate.of(2026, 10, 1);
  private static final LocalDate OKT_31 = LocalDate.of(2026, 10, 31);

  /** The header of the message: DeclaratiePeriode and TotaalIngediendBedrag with its D/C. */
  record Kop(LocalDate begin, LocalDate eind, long totaalCent, String dc) {}

  static Kop kop(long totaalCent, String dc) {
    return new Kop(OKT_1, OKT_31, totaalCent, dc);
  }

  /** A prestatie with sensible defaults; change one field per case. */
  static final class Regel {
    private String bsn = "999990019";
    private String referentie = "R-1";
    private String vorige;
    private LocalDate begin = OKT_1;
    private LocalDate eind = OKT_31;
    private long volume = 8;
    private String eenheid = "16";
    private Long tarief = 3900L;
    private Long bedrag;
    private boolean credit;

    Regel bsn(String v) { bsn = v; return this; }
    Regel referentie(String v) { referentie = v; return this; }
    Regel vorige(String v) { vorige = v; return this; }
    Regel periode(LocalDate b, LocalDate e) { begin = b; eind = e; return this; }
    Regel volume(long v) { volume = v; return this; }
    Regel eenheid(String v) { eenheid = v; return this; }
    Regel tarief(Long v) { tarief = v; return this; }
    Regel bedrag(long v) { bedrag = v; return this; }
    /** A credit reversing {@code vorigeReferentie}. */
    Regel credit(String vorigeReferentie) { credit = true; vorige = vorigeReferentie; return this; }
    Regel creditZonderVorige() { credit = true; vorige = null; return this; }

    Prestatie bouw(int volgnummer) {
      long b = bedrag != null ? bedrag : tarief == null ? volume : volume * tarief;
      return new Prestatie(volgnummer, bsn, referentie, vorige, 1001L, "07", "07C01", begin, eind, volume, eenheid, tarief, b, credit);
    }
  }

  static Regel regel() {
    return new Regel();
  }

  static Regel traject() {
    return new Regel().eenheid("83").tarief(null).volume(78000);
  }

  static Stream<Arguments> gevallen() {
    return Stream.of(
        argumentSet("clean message: one debit line, total = 8 × 3900 = 31200 D → no reasons",
            kop(31200, "D"), List.of(regel()), List.of()),

        // --- CS340: the DeclaratiePeriode is one whole calendar month
        argumentSet("CS340 accepted: February 2028 (leap year) 1..29",
            new Kop(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), 31200, "D"),
            List.of(regel().periode(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29))), List.of()),
        argumentSet("CS340 refused: period starts on the 2nd (2026-10-02 t/m 2026-10-31)",
            new Kop(LocalDate.of(2026, 10, 2), OKT_31, 31200, "D"), List.of(regel()), List.of("CS340")),
        argumentSet("CS340 refused: period ends a day early (2026-10-01 t/m 2026-10-30)",
            new Kop(OKT_1, LocalDate.of(2026, 10, 30), 31200, "D"), List.of(regel()), List.of("CS340")),
        argumentSet("CS340 refused: period spans two months (2026-10-01 t/m 2026-11-30)",
            new Kop(OKT_1, LocalDate.of(2026, 11, 30), 31200, "D"), List.of(regel()), List.of("CS340")),
        argumentSet("CS340 refused: February 2028 ending on the 28th (leap year has 29)",
            new Kop(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28), 31200, "D"),
            List.of(regel().periode(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28))), List.of("CS340")),

        // --- TR358: total = Σ debit − Σ credit, with its own D/C
        argumentSet("TR358 refused: total 31300 D, lines 31200 D",
            kop(31300, "D"), List.of(regel()), List.of("TR358")),
        argumentSet("TR358 refused: credit added instead of subtracted (31200 D + 7800 C stated as 39000 D; right is 23400 D)",
            kop(39000, "D"),
            List.of(regel(), regel().referentie("R-2").volume(2).credit("R-0")), List.of("TR358")),
        argumentSet("TR358 accepted: 31200 D − 7800 C (2 × 3900) = 23400 D",
            kop(23400, "D"),
            List.of(regel(), regel().referentie("R-2").volume(2).credit("R-0")), List.of()),
        argumentSet("TR358 accepted: credit larger than debit, 7800 D − 31200 C = 23400 C",
            kop(23400, "C"),
            List.of(regel().volume(2), regel().referentie("R-2").credit("R-0")), List.of()),
        argumentSet("TR358 refused: credit larger than debit but total marked D (7800 D − 31200 C is 23400 C, not D)",
            kop(23400, "D"),
            List.of(regel().volume(2), regel().referentie("R-2").credit("R-0")), List.of("TR358")),

        // --- CS337: the ProductPeriode lies within one calendar month
        argumentSet("CS337 accepted: partial month 2026-10-14 t/m 2026-10-31",
            kop(31200, "D"), List.of(regel().periode(LocalDate.of(2026, 10, 14), OKT_31)), List.of()),
        argumentSet("CS337 refused: product period 2026-10-15 t/m 2026-11-14 spans two months",
            kop(31200, "D"), List.of(regel().periode(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14))), List.of("CS337")),
        argumentSet("CS337 refused: product period 2026-12-01 t/m 2027-12-31, same month number, other year",
            kop(31200, "D"), List.of(regel().periode(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 31))), List.of("CS337")),
        argumentSet("CS337 refused: product period ends before it begins (2026-10-31 t/m 2026-10-01)",
            kop(31200, "D"), List.of(regel().periode(OKT_31, OKT_1)), List.of("CS337")),

        // --- CD060: VorigReferentieNummer required on a credit, empty on a debit
        argumentSet("CD060 accepted: credit with VorigReferentieNummer R-0",
            kop(31200, "C"), List.of(regel().credit("R-0")), List.of()),
        argumentSet("CD060 refused: credit without VorigReferentieNummer",
            kop(31200, "C"), List.of(regel().creditZonderVorige()), List.of("CD060")),
        argumentSet("CD060 refused: credit with a blank VorigReferentieNummer",
            kop(31200, "C"), List.of(regel().credit("  ")), List.of("CD060")),
        argumentSet("CD060 refused: debit with VorigReferentieNummer R-0",
            kop(31200, "D"), List.of(regel().vorige("R-0")), List.of("CD060")),

        // --- CS002: 11-proef
        argumentSet("CS002 refused: BSN 999990018 fails the 11-proef (sum 309)",
            kop(31200, "D"), List.of(regel().bsn("999990018")), List.of("CS002")),
        argumentSet("CS002 refused: BSN of 8 digits",
            kop(31200, "D"), List.of(regel().bsn("99999001")), List.of("CS002")),
        argumentSet("CS002 refused: BSN 000000000",
            kop(31200, "D"), List.of(regel().bsn("000000000")), List.of("CS002")),

        // --- CD087 / CS339: eenheid 83 has no tarief and bedrag = volume; other units have a tarief
        argumentSet("CD087/CS339 accepted: eenheid 83, no tarief, volume 78000 = bedrag 78000",
            kop(78000, "D"), List.of(traject()), List.of()),
        argumentSet("CD087 refused: eenheid 83 with a tarief (1 cent), bedrag = volume",
            kop(78000, "D"), List.of(traject().tarief(1L).bedrag(78000)), List.of("CD087")),
        argumentSet("CS339 refused: eenheid 83 with bedrag 77999 ≠ volume 78000",
            kop(77999, "D"), List.of(traject().bedrag(77999)), List.of("CS339")),
        argumentSet("CD087 refused: eenheid 16 without tarief",
            kop(31200, "D"), List.of(regel().tarief(null).bedrag(31200)), List.of("CD087")),

        // --- CS325: an amount of 0 is D
        argumentSet("CS325 accepted: total 0 D with a line of 0 D (volume 0)",
            kop(0, "D"), List.of(regel().volume(0)), List.of()),
        argumentSet("CS325 refused: total 0 marked C",
            kop(0, "C"), List.of(regel().volume(0)), List.of("CS325")),
        argumentSet("CS325 refused: a line of 0 marked C (credit of R-0)",
            kop(0, "D"), List.of(regel().volume(0).credit("R-0")), List.of("CS325")),

        // --- several faults at once: all reasons, TR358 included
        argumentSet("several faults: CS340 + TR358 on the header, CD060 + CS002 on the line",
            new Kop(LocalDate.of(2026, 10, 2), OKT_31, 99999, "D"),
            List.of(regel().bsn("999990018").creditZonderVorige()), List.of("CS340", "TR358", "CD060", "CS002")));
  }

  @ParameterizedTest
  @MethodSource("gevallen")
  void controle(Kop kop, List<Regel> regels, List<String> verwachteRegels) {
    List<String> redenen = controleer(kop, regels);

    List<String> ids = new ArrayList<>();
    for (String reden : redenen) {
      ids.add(regelId(reden));
    }
    assertEquals(verwachteRegels.stream().sorted().toList(), ids.stream().sorted().toList(), "reasons: " + redenen);
  }

  @Test
  void tr358IsTheFirstReasonAndStartsWithItsId() {
    List<String> redenen = controleer(new Kop(LocalDate.of(2026, 10, 2), OKT_31, 31300, "D"), List.of(regel()));

    assertEquals(2, redenen.size(), redenen.toString());
    assertTrue(redenen.get(0).startsWith("TR358:"), redenen.get(0));
    assertTrue(redenen.get(0).contains("31300") && redenen.get(0).contains("31200"), redenen.get(0));
    assertTrue(redenen.get(1).startsWith("CS340:"), redenen.get(1));
  }

  @Test
  void tr358CountsACreditTotalNegative() {
    // 7800 D − 31200 C = −23400; the header 23400 C means −23400.
    List<String> goed = controleer(kop(23400, "C"), List.of(regel().volume(2), regel().referentie("R-2").credit("R-0")));
    List<String> fout = controleer(kop(23400, "D"), List.of(regel().volume(2), regel().referentie("R-2").credit("R-0")));

    assertEquals(List.of(), goed);
    assertTrue(fout.get(0).contains("23400") && fout.get(0).contains("-23400"), fout.get(0));
  }

  @Test
  void aLineReasonNamesTheLineAndItsReference() {
    List<String> redenen = controleer(kop(31200, "D"), List.of(regel().referentie("REF-77").bsn("999990018")));

    assertEquals(1, redenen.size(), redenen.toString());
    assertTrue(redenen.get(0).startsWith("prestatie 1 (referentie REF-77): CS002:"), redenen.get(0));
  }

  @Test
  void reasonsAreCappedAt50WithACountOfTheRest() {
    // 60 lines with a bad BSN, total right (60 × 31200): 50 reasons kept, "… en 10 andere".
    List<Regel> regels = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      regels.add(regel().referentie("R-" + i).bsn("999990018"));
    }
    List<String> redenen = controleer(kop(60 * 31200L, "D"), regels);

    assertEquals(51, redenen.size());
    assertTrue(redenen.subList(0, 50).stream().allMatch(r -> r.contains("CS002:")));
    assertEquals("… en 10 andere", redenen.get(50));
  }

  private static List<String> controleer(Kop kop, List<Regel> regels) {
    BerichtControle controle = new BerichtControle();
    controle.kop(kop.begin(), kop.eind(), kop.totaalCent(), kop.dc());
    int volgnummer = 1;
    for (Regel r : regels) {
      controle.prestatie(r.bouw(volgnummer++));
    }
    return controle.uitkomst();
  }

  private static final Pattern REDEN =
      Pattern.compile("^(?:prestatie \\d+ \\(referentie [^)]*\\): )?((?:CS|CD|TR)\\d{3}): .+", Pattern.DOTALL);

  /** The rule id a reason starts with (header reasons) or names right after the line (line reasons). */
  private static String regelId(String reden) {
    Matcher m = REDEN.matcher(reden);
    assertTrue(m.matches(), "reason does not start with (prestatie …: ) RULE: " + reden);
    return m.group(1);
  }
}
