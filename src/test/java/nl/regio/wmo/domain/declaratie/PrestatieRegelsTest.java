package nl.regio.wmo.domain.declaratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The iWmo level-3 rules per prestatie (PrestatieRegels), one accepted and one refused case per
 * retourcode, every expectation hand-computed.
 *
 * <p>Defaults: toewijzing 1001, dagdeel 07/07C01 eenheid 16, 2 per week (PER_WEEK), 2026-01-01 t/m
 * 2026-12-31, tariff € 39,00 for the whole of 2026 (tariff id 7), BSN 999990019, provider 98000022,
 * gemeente 0321. Default line: debit R-1 on 1001, 2026-10-01 t/m 2026-10-31, 8 dagdelen à 3900 =
 * 31200 cent, in declaratiemaand 2026-10. The builders change one field per case; the amount follows
 * volume × tarief unless a case sets it.
 *
 * <p>Calendar facts (ISO weeks Mon–Sun): 2026-01-01 is a Thursday, 2026-12-31 a Thursday, so 2026
 * touches ISO weeks 1..53 = 53 weeks (TR322 cap 53 × 2 = 106). October 2026: Thu 1 (week 40) .. Sat
 * 31 (week 44) = 5 weeks (TR321 cap 10). November 2026: Sun 1 (week 44) .. Mon 30 (week 49) = 6
 * weeks. Wed 14 Oct = week 42, Thu 15 Oct = week 42, Tue 20 Oct = week 43, Mon 19 Oct = week 43,
 * Fri 9 Oct = week 41.
 *
 * <p>Budget toewijzingen (TR369, {@link #budgetT()}): the same toewijzing, but with a budget of €
 * 1.200,00 (120000 cent) for the whole of 2026 instead of an omvang; its unit is the product's (16).
 * TR369 compares money with money: accepted IngediendBedrag on the toewijzing (debits − credits) +
 * this line ≤ budget.
 */
class PrestatieRegelsTest {

  static final String AGB = "98000022";
  static final String BSN = "999990019";
  static final long NR = 1001;
  static final Maand OKT = Maand.of(2026, 10);

  static LocalDate d(int maand, int dag) {
    return LocalDate.of(2026, maand, dag);
  }

  // ---------------------------------------------------------------- builders

  /** A prestatie with the default line; change one field per case. */
  static final class P {
    private String bsn = BSN;
    private String referentie = "R-1";
    private String vorige;
    private long toewijzing = NR;
    private String categorie = "07";
    private String productcode = "07C01";
    private LocalDate begin = d(10, 1);
    private LocalDate eind = d(10, 31);
    private long volume = 8;
    private String eenheid = "16";
    private Long tarief = 3900L;
    private Long bedrag;
    private boolean credit;

    P bsn(String v) { bsn = v; return this; }
    P referentie(String v) { referentie = v; return this; }
    P toewijzing(long v) { toewijzing = v; return this; }
    P categorie(String v) { categorie = v; return this; }
    P productcode(String v) { productcode = v; return this; }
    P periode(LocalDate b, LocalDate e) { begin = b; eind = e; return this; }
    P volume(long v) { volume = v; return this; }
    P eenheid(String v) { eenheid = v; return this; }
    P tarief(Long v) { tarief = v; return this; }
    P bedrag(long v) { bedrag = v; return this; }
    /** Turns the line into a credit with its own referentie, reversing {@code debetReferentie}. */
    P credit(String eigenReferentie, String debetReferentie) {
      credit = true;
      referentie = eigenReferentie;
      vorige = debetReferentie;
      return this;
    }

    Prestatie bouw() {
      long b = bedrag != null ? bedrag : tarief == null ? volume : volume * tarief;
      return new Prestatie(1, bsn, referentie, vorige, toewijzing, categorie, productcode, begin, eind, volume, eenheid, tarief, b, credit);
    }
  }

  static P p() {
    return new P();
  }

  /** A trajectbedrag line: 02/02K2, eenheid 83, no tarief, 78000 cent = bedrag. */
  static P traject() {
    return new P().categorie("02").productcode("02K2").eenheid("83").tarief(null).volume(78000);
  }

  /** A toewijzing with the defaults; change one field per case. */
  static final class T {
    private long nummer = NR;
    private String bsn = BSN;
    private String agb = AGB;
    private String categorie = "07";
    private String productcode = "07C01";
    private String eenheid = "16";
    private Periode periode = Periode.inclusief(d(1, 1), d(12, 31));
    private boolean verwijderd;
    private Grondslag grondslag = Grondslag.PER_WEEK;
    private long volume = 2;
    private List<TariefPeriode> tarieven = List.of(tarief(d(1, 1), d(12, 31), 3900));
    private List<Long> tariefIds = List.of(7L);
    private Long budget;

    T agb(String v) { agb = v; return this; }
    T eenheid(String v) { eenheid = v; return this; }
    T periode(LocalDate b, LocalDate e) { periode = Periode.inclusief(b, e); return this; }
    T verwijderd() { verwijderd = true; return this; }
    T tarieven(List<TariefPeriode> t, List<Long> ids) { tarieven = t; tariefIds = ids; return this; }
    /** A budget in cents for the whole period instead of an omvang (eenheid stays: the product's unit). */
    T budget(long cent) { budget = cent; grondslag = Grondslag.BUDGET; volume = 0; return this; }

    ToewijzingFeit bouw() {
      return new ToewijzingFeit(nummer, bsn, agb, "0321", categorie, productcode, eenheid, periode, verwijderd, grondslag, volume, tarieven, tariefIds,
          budget);
    }
  }

  static T t() {
    return new T();
  }

  /** A trajectbedrag toewijzing: 02/02K2, eenheid 83, PER_MAAND 78000 cent, € 780,00 per month in 2026 (id 8). */
  static T trajectT() {
    T t = new T();
    t.categorie = "02";
    t.productcode = "02K2";
    t.eenheid = "83";
    t.grondslag = Grondslag.PER_MAAND;
    t.volume = 78000;
    t.tarieven = List.of(tarief(d(1, 1), d(12, 31), 78000));
    t.tariefIds = List.of(8L);
    return t;
  }

  /** The default toewijzing (07C01, dagdeel 16, € 39,00) with a budget of € 1.200,00 for 2026 instead of 2 per week. */
  static T budgetT() {
    return t().budget(120000);
  }

  /** Begeleiding 02/02K2 (product unit 83, euro) with a budget of € 5.000,00 for 2026: no klasse, so no trajectbedrag. */
  static T trajectBudgetT() {
    T t = trajectT().budget(500000);
    t.tarieven = List.of();
    t.tariefIds = List.of();
    return t;
  }

  /** An hour toewijzing (eenheid 04), 2 hours a week, € 61,25 per hour in 2026. */
  static T uurT() {
    return t().eenheid("04").tarieven(List.of(tarief(d(1, 1), d(12, 31), 6125)), List.of(9L));
  }

  static TariefPeriode tarief(LocalDate van, LocalDate tot, long cent) {
    return new TariefPeriode(Periode.inclusief(van, tot), Money.ofCents(cent));
  }

  // ---------------------------------------------------------------- fake context

  /** In-memory DeclaratieContext; fill per case. */
  static final class Ctx implements DeclaratieContext {
    final Map<Long, ToewijzingFeit> toewijzingen = new HashMap<>();
    final Set<String> gebruikteReferenties = new HashSet<>();
    final Map<String, Prestatie> geaccepteerdeDebets = new LinkedHashMap<>();
    final Set<String> gecrediteerd = new HashSet<>();
    final Map<Long, Long> geaccepteerdVolume = new HashMap<>();
    final Map<Long, Long> geaccepteerdBedrag = new HashMap<>();

    Ctx met(ToewijzingFeit t) {
      toewijzingen.put(t.nummer(), t);
      return this;
    }

    Ctx gebruikt(String referentie) {
      gebruikteReferenties.add(referentie);
      return this;
    }

    /** An accepted debit (its referentie counts as used). */
    Ctx debet(Prestatie p) {
      geaccepteerdeDebets.put(p.referentie(), p);
      gebruikteReferenties.add(p.referentie());
      return this;
    }

    /** Marks an accepted debit as credited. */
    Ctx crediteer(String debetReferentie) {
      gecrediteerd.add(debetReferentie);
      return this;
    }

    Ctx volume(long toewijzing, long volume) {
      geaccepteerdVolume.put(toewijzing, volume);
      return this;
    }

    /** Accepted amount on the toewijzing so far, in cents (debits − credits). */
    Ctx bedrag(long toewijzing, long cent) {
      geaccepteerdBedrag.put(toewijzing, cent);
      return this;
    }

    @Override
    public Optional<ToewijzingFeit> toewijzing(long nummer) {
      return Optional.ofNullable(toewijzingen.get(nummer));
    }

    @Override
    public boolean referentieGebruikt(String referentie) {
      return gebruikteReferenties.contains(referentie);
    }

    @Override
    public Optional<Prestatie> geaccepteerdeDebet(String referentie) {
      return Optional.ofNullable(referentie == null ? null : geaccepteerdeDebets.get(referentie));
    }

    @Override
    public boolean gecrediteerd(String debetReferentie) {
      return gecrediteerd.contains(debetReferentie);
    }

    @Override
    public Optional<String> lopendeDebet(long toewijzingNummer, LocalDate begin) {
      return geaccepteerdeDebets.values().stream()
          .filter(p -> p.toewijzingNummer() == toewijzingNummer && p.begin().equals(begin))
          .map(Prestatie::referentie)
          .filter(ref -> !gecrediteerd.contains(ref))
          .findFirst();
    }

    @Override
    public long geaccepteerdVolume(long toewijzingNummer) {
      return geaccepteerdVolume.getOrDefault(toewijzingNummer, 0L);
    }

    @Override
    public long geaccepteerdBedrag(long toewijzingNummer) {
      return geaccepteerdBedrag.getOrDefault(toewijzingNummer, 0L);
    }
  }

  // ---------------------------------------------------------------- the table

  /** One case: the line, the toewijzing (registered in the context), further context, declaratiemaand. */
  record Geval(P prestatie, T toewijzing, Consumer<Ctx> vooraf, Maand maand) {
    Oordeel beoordeel() {
      Ctx ctx = new Ctx().met(toewijzing.bouw());
      vooraf.accept(ctx);
      return PrestatieRegels.beoordeel(prestatie.bouw(), AGB, maand, ctx);
    }
  }

  static Arguments geval(String naam, P prestatie, T toewijzing, Consumer<Ctx> vooraf, String... codes) {
    return gevalIn(OKT, naam, prestatie, toewijzing, vooraf, codes);
  }

  static Arguments gevalIn(Maand maand, String naam, P prestatie, T toewijzing, Consumer<Ctx> vooraf, String... codes) {
    return argumentSet(naam, new Geval(prestatie, toewijzing, vooraf, maand), List.of(codes));
  }

  static Arguments geval(String naam, P prestatie, T toewijzing, String... codes) {
    return geval(naam, prestatie, toewijzing, c -> {}, codes);
  }

  static Stream<Arguments> gevallen() {
    Prestatie debetD1 = p().referentie("D-1").bouw(); // accepted earlier: 8 × 3900 = 31200, October
    return Stream.of(
        geval("clean line: 8 dagdelen à 39,00 = 312,00 in October 2026 → accepted", p(), t()),

        // TR314 8021 ReferentieNummer unique
        geval("TR314 8021 accepted: R-1 not used before (R-0 was)", p(), t(), c -> c.gebruikt("R-0")),
        geval("TR314 8021 refused: ReferentieNummer R-1 already used", p(), t(), c -> c.gebruikt("R-1"), "8021"),
        geval("TR314 8021 refused: a credit whose own ReferentieNummer C-1 is already used",
            p().credit("C-1", "D-1"), t(), c -> c.debet(debetD1).gebruikt("C-1"), "8021"),

        // TR323 8017 credit needs an accepted debit with the same key fields
        geval("TR323 8017 accepted: credit C-1 is an exact copy of accepted debit D-1",
            p().credit("C-1", "D-1"), t(), c -> c.debet(debetD1)),
        geval("TR323 8017 refused: credit of unknown debit D-9",
            p().credit("C-1", "D-9"), t(), c -> c.debet(debetD1), "8017"),
        geval("TR323 8017 refused: credit of D-1 with volume 7 (27300), debit had 8 (31200)",
            p().credit("C-1", "D-1").volume(7), t(), c -> c.debet(debetD1), "8017"),

        // TR390 9390 no double credit
        geval("TR390 9390 accepted: D-1 not credited yet (only D-2 was)",
            p().credit("C-2", "D-1"), t(),
            c -> c.debet(debetD1).debet(p().referentie("D-2").periode(d(9, 1), d(9, 30)).bouw()).crediteer("D-2")),
        geval("TR390 9390 refused: D-1 already credited", p().credit("C-2", "D-1"), t(),
            c -> c.debet(debetD1).crediteer("D-1"), "9390"),

        // TR338 9338 toewijzing known for this provider
        geval("TR338 9338 accepted: toewijzing 1001 of provider 98000022", p(), t()),
        geval("TR338 9338 refused: unknown toewijzing 4711", p().toewijzing(4711), t(), "9338"),
        geval("TR338 9338 refused: toewijzing 1001 belongs to provider 98000033", p(), t().agb("98000033"), "9338"),

        // TR384 9384 removed toewijzing
        geval("TR384 9384 accepted: toewijzing not removed", p(), t()),
        geval("TR384 9384 refused: toewijzing removed (RedenWijziging 13)", p(), t().verwijderd(), "9384"),

        // TR304 8187 client of the toewijzing
        geval("TR304 8187 accepted: BSN 999990019 is the toewijzing's client", p(), t()),
        geval("TR304 8187 refused: BSN 111222333 (valid, other client)", p().bsn("111222333"), t(), "8187"),

        // TR339 / TR340 / TR341
        geval("TR339 9339 accepted: categorie 07 as assigned", p().categorie("07"), t()),
        geval("TR339 9339 refused: categorie 02, toewijzing 07", p().categorie("02"), t(), "9339"),
        geval("TR340 9340 accepted: productcode 07C01 as assigned", p().productcode("07C01"), t()),
        geval("TR340 9340 refused: productcode 07C02, toewijzing 07C01", p().productcode("07C02"), t(), "9340"),
        geval("TR341 9341 accepted: eenheid 16 as assigned", p().eenheid("16"), t()),
        geval("TR341 9341 refused: eenheid 04 (uur), toewijzing 16 (dagdeel)", p().eenheid("04"), t(), "9341"),
        geval("TR341 9341 refused: eenheid 01 (minuut) on a toewijzing in dagdelen (only uur may become minuut)",
            p().eenheid("01"), t(), "9341"),

        // IV081 (with TR341, TR346, TR418, TR321, TR322): a toewijzing of 2 hours a week at € 61,25 per hour, declared
        // in minutes. October 2026 = 5 weeks = 10 h = 600 min; the whole of 2026 = 53 weeks = 106 h = 6360 min.
        // Minute tariff = 61,25 / 60 = 1,0208… → € 1,02; amount = 61,25 × minutes / 60, rounded once.
        geval("IV081 accepted: 600 minutes à 1,02, amount 61,25 × 600 / 60 = 612,50 (not 1,02 × 600 = 612,00)",
            p().eenheid("01").volume(600).tarief(102L).bedrag(61250), uurT()),
        geval("IV081 TR346 9346 refused: amount from the rounded minute tariff, 1,02 × 600 = 612,00",
            p().eenheid("01").volume(600).tarief(102L).bedrag(61200), uurT(), "9346"),
        geval("IV081 TR346 accepted: 7 minutes, 61,25 × 7 / 60 = 7,1458… → 7,15",
            p().eenheid("01").volume(7).tarief(102L).bedrag(715), uurT()),
        geval("IV081 TR418 0611 refused: minute tariff 1,03 instead of 1,02",
            p().eenheid("01").volume(600).tarief(103L).bedrag(61250), uurT(), "0611"),
        geval("IV081 TR321 9321 refused: 601 minutes in October, 600 allowed (amount 613,52)",
            p().eenheid("01").volume(601).tarief(102L).bedrag(61352), uurT(), "9321"),
        geval("IV081 TR322 accepted: 6000 minutes accepted before + 300 = 6300 ≤ 6360",
            p().eenheid("01").volume(300).tarief(102L).bedrag(30625), uurT(), c -> c.volume(NR, 6000)),
        geval("IV081 TR322 9322 refused: 6000 minutes accepted before + 600 = 6600 > 6360",
            p().eenheid("01").volume(600).tarief(102L).bedrag(61250), uurT(), c -> c.volume(NR, 6000), "9322"),
        geval("IV081 accepted: the same toewijzing declared in hours, 10 h à 61,25 = 612,50",
            p().eenheid("04").volume(10).tarief(6125L).bedrag(61250), uurT()),

        // TR307 / TR308 period within the toewijzing (they imply TR387 / TR388)
        geval("TR307 9307 accepted: begins on the toewijzing start 2026-10-14 (weeks 42..44 → 3 × 2 = 6)",
            p().periode(d(10, 14), d(10, 31)).volume(6), t().periode(d(10, 14), d(12, 31))),
        geval("TR307 9307 refused: begins 2026-10-01, toewijzing from 2026-10-14 (also 9387; 6 ≤ 3 weeks × 2)",
            p().volume(6), t().periode(d(10, 14), d(12, 31)), "9307", "9387"),
        geval("TR308 9308 accepted: ends on the toewijzing end 2026-10-20 (weeks 40..43 → 4 × 2 = 8)",
            p().periode(d(10, 1), d(10, 20)), t().periode(d(1, 1), d(10, 20))),
        geval("TR308 9308 refused: ends 2026-10-31, toewijzing until 2026-10-20 (also 9388; 8 ≤ 4 weeks × 2)",
            p(), t().periode(d(1, 1), d(10, 20)), "9308", "9388"),

        // TR319 9319 within the declaratieperiode
        geval("TR319 9319 accepted: product period October in declaratiemaand October", p(), t()),
        geval("TR319 9319 refused: product period November 2026 in declaratiemaand October (later month)",
            p().periode(d(11, 1), d(11, 30)), t(), "9319"),

        // TR387 / TR388 month start / end, or the toewijzing's
        geval("TR387 9387 accepted: starts on the toewijzing start mid-month 2026-10-20 (weeks 43, 44 → 4)",
            p().periode(d(10, 20), d(10, 31)).volume(4), t().periode(d(10, 20), d(12, 31))),
        geval("TR387 9387 refused: starts on 2026-10-02, toewijzing runs all year", p().periode(d(10, 2), d(10, 31)), t(), "9387"),
        geval("TR387 9387 refused: starts 2026-10-15, toewijzing starts 2026-10-14 (weeks 42..44 → 6)",
            p().periode(d(10, 15), d(10, 31)).volume(6), t().periode(d(10, 14), d(12, 31)), "9387"),
        geval("TR388 9388 accepted: ends on the toewijzing end mid-month 2026-10-09 (weeks 40, 41 → 4)",
            p().periode(d(10, 1), d(10, 9)).volume(4), t().periode(d(1, 1), d(10, 9))),
        geval("TR388 9388 refused: ends 2026-10-30, toewijzing runs all year", p().periode(d(10, 1), d(10, 30)), t(), "9388"),
        geval("TR388 9388 refused: ends 2026-10-19, toewijzing ends 2026-10-20 (weeks 40..43 → 8)",
            p().periode(d(10, 1), d(10, 19)), t().periode(d(1, 1), d(10, 20)), "9388"),

        // TR321 9321 volume per period
        geval("TR321 9321 accepted: 10 dagdelen in October 2026 (5 weeks × 2)", p().volume(10), t()),
        geval("TR321 9321 refused: 11 dagdelen in October 2026 (5 weeks × 2)", p().volume(11), t(), "9321"),
        gevalIn(Maand.of(2026, 11), "TR321 9321 accepted: 12 dagdelen in November 2026 (6 weeks × 2)",
            p().periode(d(11, 1), d(11, 30)).volume(12), t(), c -> {}),
        gevalIn(Maand.of(2026, 11), "TR321 9321 refused: 13 dagdelen in November 2026 (6 weeks × 2)",
            p().periode(d(11, 1), d(11, 30)).volume(13), t(), c -> {}, "9321"),
        geval("TR321 9321 accepted: eenheid 83, 78000 cent = the month amount € 780,00",
            traject(), trajectT()),
        geval("TR321 9321 refused: eenheid 83, 78001 cent > € 780,00", traject().volume(78001), trajectT(), "9321"),
        geval("TR321 9321 accepted: eenheid 83 pro rata, from 2026-10-15: 78000 × 17/31 = 42774.19 → 42774",
            traject().periode(d(10, 15), d(10, 31)).volume(42774), trajectT().periode(d(10, 15), d(12, 31))),
        geval("TR321 9321 refused: eenheid 83 pro rata, from 2026-10-15: 42775 > 42774",
            traject().periode(d(10, 15), d(10, 31)).volume(42775), trajectT().periode(d(10, 15), d(12, 31)), "9321"),

        // TR322 9322 sum over the whole (closed) toewijzing: 53 weeks × 2 = 106
        geval("TR322 9322 accepted: 96 accepted + 10 = 106 = 53 weeks × 2", p().volume(10), t(), c -> c.volume(NR, 96)),
        geval("TR322 9322 refused: 97 accepted + 10 = 107 > 53 weeks × 2", p().volume(10), t(), c -> c.volume(NR, 97), "9322"),
        geval("TR322 9322 accepted: eenheid 83, 858000 accepted + 78000 = 936000 = 12 × 78000",
            traject(), trajectT(), c -> c.volume(NR, 858000)),
        geval("TR322 9322 refused: eenheid 83, 858001 accepted + 78000 = 936001 > 12 × 78000",
            traject(), trajectT(), c -> c.volume(NR, 858001), "9322"),

        // TR346 9346 bedrag = volume × tarief
        geval("TR346 9346 accepted: 8 × 3900 = 31200", p().bedrag(31200), t()),
        geval("TR346 9346 refused: 8 × 3900 = 31200, declared 31201", p().bedrag(31201), t(), "9346"),

        // TR418 0611 contract tariff
        geval("TR418 0611 accepted: tarief 3900 = contract tariff € 39,00", p().tarief(3900L), t()),
        geval("TR418 0611 refused: tarief 4000 ≠ contract tariff € 39,00 (bedrag 8 × 4000 = 32000 consistent)",
            p().tarief(4000L), t(), "0611"),
        geval("TR418 0611 refused: no tariff in force on 2026-10-01 (tariff only until 2026-09-30)",
            p(), t().tarieven(List.of(tarief(d(1, 1), d(9, 30), 3900)), List.of(7L)), "0611"),
        geval("TR418 0611 accepted: tariff € 40,00 from 2026-07-01 applies in October",
            p().tarief(4000L), t().tarieven(List.of(tarief(d(1, 1), d(6, 30), 3900), tarief(d(7, 1), d(12, 31), 4000)), List.of(7L, 9L))),
        geval("TR418 0611 refused: old tariff € 39,00 after the change to € 40,00 on 2026-07-01",
            p(), t().tarieven(List.of(tarief(d(1, 1), d(6, 30), 3900), tarief(d(7, 1), d(12, 31), 4000)), List.of(7L, 9L)), "0611"),
        geval("TR418 0611 refused: eenheid 83, no trajectbedrag in force in October (only until 2026-09-30)",
            traject(), trajectT().tarieven(List.of(tarief(d(1, 1), d(9, 30), 78000)), List.of(8L)), "0611"),

        // TR389 9389 re-debit needs a credit first
        geval("TR389 9389 refused: October already accepted in D-1 and not credited",
            p().referentie("R-2"), t(), c -> c.debet(debetD1), "9389"),
        geval("TR389 9389 accepted: October accepted in D-1, but D-1 was credited",
            p().referentie("R-2"), t(), c -> c.debet(debetD1).crediteer("D-1")),
        geval("TR389 9389 accepted: only September was accepted (D-2), October is new",
            p().referentie("R-2"), t(), c -> c.debet(p().referentie("D-2").periode(d(9, 1), d(9, 30)).bouw())),

        // TR369 9369 the sum of the accepted amounts on a budget toewijzing within its budget (budget € 1.200,00; the line is
        // 8 × 39,00 = 312,00 unless a case says otherwise)
        geval("TR369 9369 accepted: nothing accepted yet, 312,00 within the budget 1.200,00", p(), budgetT()),
        geval("TR369 9369 accepted: 888,00 accepted + 312,00 = 1.200,00, exactly the budget",
            p(), budgetT(), c -> c.bedrag(NR, 88800)),
        geval("TR369 9369 refused: 888,01 accepted + 312,00 = 1.200,01, one cent above the budget",
            p(), budgetT(), c -> c.bedrag(NR, 88801), "9369"),
        geval("TR369 9369 refused: the budget is already used up (1.200,00 accepted)",
            p(), budgetT(), c -> c.bedrag(NR, 120000), "9369"),
        geval("TR369 9369 accepted: a credit frees budget: 1.200,00 accepted − 312,00 credited = 888,00, + 312,00 = 1.200,00",
            p().referentie("R-2"), budgetT(), c -> c.bedrag(NR, 120000 - 31200)),
        geval("TR369 accepted: a credit is never refused on the budget, also when the budget is used up",
            p().credit("C-1", "D-1"), budgetT(), c -> c.debet(debetD1).bedrag(NR, 120000)),
        geval("TR369 TR321 TR322 accepted: no omvang, so no volume cap: 30 dagdelen in October (30 × 39,00 = 1.170,00) within the budget",
            p().volume(30), budgetT(), c -> c.volume(NR, 500)),
        geval("TR369 9369 refused: 31 dagdelen = 1.209,00 > 1.200,00 (and no 9321: there is no omvang)",
            p().volume(31), budgetT(), "9369"),
        geval("TR369 9369 accepted: eenheid 83 on a budget of 5.000,00 (no trajectbedrag needed): 4.220,00 + 780,00 = 5.000,00",
            traject(), trajectBudgetT(), c -> c.bedrag(NR, 422000)),
        geval("TR369 9369 refused: eenheid 83 on a budget of 5.000,00: 4.220,01 + 780,00 = 5.000,01",
            traject(), trajectBudgetT(), c -> c.bedrag(NR, 422001), "9369"),
        geval("TR341 9341 accepted: budget toewijzing, declared in the product's unit 16", p().eenheid("16"), budgetT()),
        geval("TR341 9341 refused: budget toewijzing, eenheid 04 is not the product's unit 16", p().eenheid("04"), budgetT(), "9341"),
        geval("TR339 9339 refused: budget toewijzing, categorie 02 instead of 07", p().categorie("02"), budgetT(), "9339"),
        geval("TR340 9340 refused: budget toewijzing, productcode 07C02 instead of 07C01", p().productcode("07C02"), budgetT(), "9340"),
        geval("TR418 0611 refused: budget toewijzing, tarief 40,00 is not the contract tariff 39,00 (8 × 40,00 = 320,00 fits the budget)",
            p().tarief(4000L), budgetT(), "0611"),
        geval("TR346 9346 refused: budget toewijzing, 8 × 39,00 = 312,00, declared 312,01",
            p().bedrag(31201), budgetT(), "9346"),

        // several faults on one line: every code
        geval("several faults: 8021 + 8187 + 9339 + 9387 + 9321 + 0611 + 9346 on one line "
                + "(2026-10-02..31 = 5 weeks → 10 < 11; tarief 4000 ≠ 3900; 11 × 4000 = 44000 ≠ 42900)",
            p().bsn("111222333").categorie("02").periode(d(10, 2), d(10, 31)).volume(11).tarief(4000L).bedrag(42900),
            t(), c -> c.gebruikt("R-1"), "8021", "8187", "9339", "9387", "9321", "0611", "9346"));
  }

  @ParameterizedTest
  @MethodSource("gevallen")
  void regels(Geval geval, List<String> verwacht) {
    Oordeel oordeel = geval.beoordeel();

    List<String> codes = oordeel.codes().stream().map(Retourcode::code).sorted().toList();
    assertEquals(verwacht.stream().sorted().toList(), codes, oordeel.toelichting());
    assertEquals(verwacht.isEmpty(), oordeel.goedgekeurd());
    for (String code : verwacht) {
      Retourcode r = Retourcode.vanCode(code);
      assertTrue(oordeel.toelichting().contains(code + " (" + r.regel() + ")"), oordeel.toelichting());
    }
  }

  // ---------------------------------------------------------------- explanation and evidence

  @Test
  @DisplayName("TR321 9321 refused: the toelichting names the maximum 10 and the 5 weeks of October 2026")
  void toelichtingVan9321() {
    Oordeel oordeel = new Geval(p().volume(11), t(), c -> {}, OKT).beoordeel();

    assertEquals(List.of(Retourcode.VOLUME_TE_HOOG), oordeel.codes());
    String uitleg = oordeel.toelichting();
    assertTrue(uitleg.contains("2 per week × 5 weken = 10"), uitleg);
    assertTrue(uitleg.contains("2026-10"), uitleg);
    assertTrue(uitleg.contains("9321 (TR321)"), uitleg);
    assertTrue(uitleg.contains("11 × eenheid 16"), uitleg);
  }

  @Test
  @DisplayName("TR321 9321 refused, eenheid 83 pro rata: the toelichting names the maximum € 427,74")
  void toelichtingVan9321Traject() {
    Oordeel oordeel = new Geval(traject().periode(d(10, 15), d(10, 31)).volume(42775), trajectT().periode(d(10, 15), d(12, 31)), c -> {}, OKT)
        .beoordeel();

    assertEquals(List.of(Retourcode.VOLUME_TE_HOOG), oordeel.codes());
    assertTrue(oordeel.toelichting().contains("€ 427,74"), oordeel.toelichting());
  }

  @Test
  @DisplayName("TR322 9322 refused: the toelichting names the total cap 106 and what was accepted (97)")
  void toelichtingVan9322() {
    Oordeel oordeel = new Geval(p().volume(10), t(), c -> c.volume(NR, 97), OKT).beoordeel();

    assertTrue(oordeel.toelichting().contains("ten hoogste 106; al goedgekeurd: 97"), oordeel.toelichting());
  }

  @Test
  @DisplayName("TR369 9369 refused: the toelichting names the budget, what was accepted and this prestatie")
  void toelichtingVan9369() {
    Oordeel oordeel = new Geval(p(), budgetT(), c -> c.bedrag(NR, 88801), OKT).beoordeel();

    assertEquals(List.of(Retourcode.BOVEN_BUDGET), oordeel.codes());
    assertTrue(oordeel.toelichting().contains(
        "Toewijzing 1001 heeft een budget van € 1.200,00; al goedgekeurd € 888,01; deze prestatie € 312,00 gaat erboven."), oordeel.toelichting());
    assertTrue(oordeel.toelichting().contains("budget € 1.200,00 voor de hele periode"), oordeel.toelichting());
    assertTrue(oordeel.toelichting().contains("9369 (TR369)"), oordeel.toelichting());
    assertEquals(7L, oordeel.tariefId(), "the contract tariff of the product is still recorded");
  }

  @Test
  @DisplayName("TR369 accepted: the toelichting names what is left of the budget")
  void toelichtingBinnenBudget() {
    Oordeel oordeel = new Geval(p(), budgetT(), c -> c.bedrag(NR, 50000), OKT).beoordeel();

    assertTrue(oordeel.goedgekeurd(), oordeel.toelichting());
    assertTrue(oordeel.toelichting().contains("Budget € 1.200,00, al goedgekeurd € 500,00; met deze prestatie blijft er € 388,00 over."),
        oordeel.toelichting());
  }

  @Test
  @DisplayName("TR369/OP366: a credit judged before the corrected debit frees its amount of the budget in the same message")
  void creditMaaktBudgetVrij() {
    // D-1 (312,00) and earlier lines used the whole budget of 1.200,00
    Ctx ctx = new Ctx().met(budgetT().bouw()).debet(p().referentie("D-1").bouw()).bedrag(NR, 120000);
    Prestatie credit = p().credit("C-1", "D-1").bouw();
    Prestatie nieuweDebet = p().referentie("R-2").periode(d(11, 1), d(11, 30)).bouw();
    Maand nov = Maand.of(2026, 11);

    assertEquals(List.of(Retourcode.BOVEN_BUDGET), PrestatieRegels.beoordeel(nieuweDebet, AGB, nov, ctx).codes());

    assertTrue(PrestatieRegels.beoordeel(credit, AGB, nov, ctx).goedgekeurd());
    ctx.crediteer("D-1").gebruikt("C-1").bedrag(NR, 120000 - 31200); // what the caller records for an accepted credit
    Oordeel daarna = PrestatieRegels.beoordeel(nieuweDebet, AGB, nov, ctx);
    assertEquals(List.of(), daarna.codes(), daarna.toelichting());
  }

  @Test
  @DisplayName("TR341 9341 on a budget toewijzing: the toelichting says to declare in the product's unit")
  void toelichtingEenheidBijBudget() {
    Oordeel oordeel = new Geval(p().eenheid("04"), budgetT(), c -> {}, OKT).beoordeel();

    assertTrue(oordeel.toelichting().contains("declareer in de eenheid van het product (16)"), oordeel.toelichting());
  }

  @Test
  @DisplayName("accepted debit: gemeente 0321 and tariff id 7 of the version in force; 'Goedgekeurd.'")
  void bewijsVanGoedgekeurdeDebet() {
    Oordeel oordeel = new Geval(p(), t(), c -> {}, OKT).beoordeel();

    assertTrue(oordeel.goedgekeurd());
    assertEquals("0321", oordeel.gemeente());
    assertEquals(7L, oordeel.tariefId());
    assertTrue(oordeel.toelichting().endsWith(" Goedgekeurd."), oordeel.toelichting());
  }

  @Test
  @DisplayName("TR418: after a tariff change on 2026-07-01 the October line records the new version (id 9)")
  void tariefIdNaWijziging() {
    T toewijzing = t().tarieven(List.of(tarief(d(1, 1), d(6, 30), 3900), tarief(d(7, 1), d(12, 31), 4000)), List.of(7L, 9L));
    Oordeel oordeel = new Geval(p().tarief(4000L), toewijzing, c -> {}, OKT).beoordeel();

    assertEquals(9L, oordeel.tariefId());
  }

  @Test
  @DisplayName("TR338 9338: an unknown toewijzing gives no gemeente and no tariff")
  void onbekendeToewijzingZonderGemeente() {
    Oordeel oordeel = new Geval(p().toewijzing(4711), t(), c -> {}, OKT).beoordeel();

    assertNull(oordeel.gemeente());
    assertNull(oordeel.tariefId());
    assertTrue(oordeel.toelichting().contains("Toewijzing 4711 is niet aan deze aanbieder toegewezen."), oordeel.toelichting());
  }

  @Test
  @DisplayName("TR323 accepted credit: gemeente of the toewijzing, explanation names D-1")
  void credit() {
    Prestatie debet = p().referentie("D-1").bouw();
    Oordeel oordeel = new Geval(p().credit("C-1", "D-1"), t(), c -> c.debet(debet), OKT).beoordeel();

    assertTrue(oordeel.goedgekeurd());
    assertEquals("0321", oordeel.gemeente());
    assertTrue(oordeel.toelichting().contains("Draait debetprestatie D-1 terug."), oordeel.toelichting());
  }

  @Test
  @DisplayName("OP366/TR389: a credit judged before the corrected debit frees the period in the same message")
  void creditVoorDebet() {
    Ctx ctx = new Ctx().met(t().bouw()).debet(p().referentie("D-1").bouw());
    Prestatie credit = p().credit("C-1", "D-1").bouw();
    Prestatie nieuweDebet = p().referentie("R-2").volume(10).bouw();

    // Debit first (wrong order): October still has D-1 running.
    assertEquals(List.of(Retourcode.DEBET_ZONDER_CREDIT), PrestatieRegels.beoordeel(nieuweDebet, AGB, OKT, ctx).codes());

    // Credit first, as OP366 demands; the caller records it, then the debit passes.
    assertTrue(PrestatieRegels.beoordeel(credit, AGB, OKT, ctx).goedgekeurd());
    ctx.crediteer("D-1");
    ctx.gebruikt("C-1");
    assertTrue(PrestatieRegels.beoordeel(nieuweDebet, AGB, OKT, ctx).goedgekeurd());
  }

  // ---------------------------------------------------------------- behaviour that contradicts the rule text

  @Test
  @DisplayName("TR319 9319 accepted: product period September 2026 declared late in declaratiemaand October")
  void tr319VoorgaandeDeclaratieperiode() {
    // September 2026: Tue 1 (week 36) .. Wed 30 (week 40) = 5 weeks → 10; 8 dagdelen fit.
    Oordeel oordeel = new Geval(p().periode(d(9, 1), d(9, 30)), t(), c -> {}, OKT).beoordeel();

    assertEquals(List.of(), oordeel.codes(), oordeel.toelichting());
  }
}
