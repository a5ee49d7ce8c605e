package nl.regio.wmo.domain.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.MaandBedrag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Verwachting;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The iWmo level-3 rules per prestatie, against the toewijzing and earlier declarations, each with
 * its retourcode. Credits are judged before debits (OP366, the caller's order); a credit is never
 * refused on content, only when there is nothing (or nothing left) to credit (TR323, TR390). A
 * debit must fit its toewijzing (TR338, TR384, TR304, TR339-341, TR307/308, TR319, TR387/388), its
 * volume (TR321 per period: IV077 weeks × volume per week, or the month's amount for euro products;
 * TR322 over the whole toewijzing), its amount and tariff (TR346, TR418), and must not repeat an
 * accepted period without a credit (TR389).
 *
 * <p>A toewijzing with a budget ({@link Grondslag#BUDGET}) has no omvang, so TR321 and TR322 do not
 * apply to it. TR341: it has no unit of its own either, so the line must be in the unit of the
 * product (its contract unit; {@link ToewijzingFeit#eenheid} carries that unit, and IV081 still
 * allows minutes on an hour product); the tariff is the contract tariff of the product as for any
 * toewijzing (TR418, TR346; none for eenheid 83). In its place comes TR369 ({@link #binnenBudget}).
 */
public final class PrestatieRegels {

  private PrestatieRegels() {}

  private static final int UITLEG_RUIMTE = 640;

  public static Oordeel beoordeel(Prestatie p, String aanbiederAgb, Maand declaratieMaand, DeclaratieContext ctx) {
    List<Retourcode> codes = new ArrayList<>();
    // room for the usual explanation (some 300-500 chars), so it is not copied while it grows
    StringBuilder uitleg = new StringBuilder(UITLEG_RUIMTE).append(beschrijving(p));
    if (ctx.referentieGebruikt(p.referentie())) {
      codes.add(Retourcode.REFERENTIE_GEBRUIKT);
    }
    return p.credit()
        ? credit(p, ctx, codes, uitleg)
        : debet(p, aanbiederAgb, declaratieMaand, ctx, codes, uitleg);
  }

  private static Oordeel credit(Prestatie p, DeclaratieContext ctx, List<Retourcode> codes, StringBuilder uitleg) {
    Optional<Prestatie> debet = ctx.geaccepteerdeDebet(p.vorigeReferentie());
    if (debet.isEmpty() || !zelfdePrestatie(debet.get(), p)) {
      codes.add(Retourcode.CREDIT_ZONDER_DEBET);
      uitleg.append(" Er is geen goedgekeurde debetprestatie ").append(p.vorigeReferentie())
          .append(debet.isPresent() ? " met dezelfde toewijzing, periode, product, volume en bedrag." : ".");
    } else if (ctx.gecrediteerd(p.vorigeReferentie())) {
      codes.add(Retourcode.DUBBEL_CREDIT);
      uitleg.append(" Debetprestatie ").append(p.vorigeReferentie()).append(" is al gecrediteerd.");
    } else {
      uitleg.append(" Draait debetprestatie ").append(p.vorigeReferentie()).append(" terug.");
    }
    String gemeente = ctx.toewijzing(p.toewijzingNummer()).map(ToewijzingFeit::gemeente).orElse(null);
    return afronden(codes, uitleg, gemeente, null);
  }

  private static Oordeel debet(
      Prestatie p, String agb, Maand declaratieMaand, DeclaratieContext ctx, List<Retourcode> codes, StringBuilder uitleg) {
    Optional<ToewijzingFeit> gevonden = ctx.toewijzing(p.toewijzingNummer()).filter(t -> t.aanbiederAgb().equals(agb));
    if (gevonden.isEmpty()) {
      codes.add(Retourcode.TOEWIJZING_ONBEKEND);
      uitleg.append(" Toewijzing ").append(p.toewijzingNummer()).append(" is niet aan deze aanbieder toegewezen.");
      return afronden(codes, uitleg, null, null);
    }
    ToewijzingFeit t = gevonden.get();
    uitleg.append(" Toewijzing ").append(t.nummer()).append(": ").append(t.categorie()).append('/').append(t.productcode())
        .append(", ").append(t.periode()).append(", ").append(omvang(t)).append('.');
    if (t.verwijderd()) {
      codes.add(Retourcode.TOEWIJZING_VERWIJDERD);
    }
    if (!t.bsn().equals(p.bsn())) {
      codes.add(Retourcode.ANDERE_CLIENT);
    }
    if (!t.categorie().equals(p.categorie())) {
      codes.add(Retourcode.CATEGORIE_ANDERS);
    }
    if (!t.productcode().equals(p.productcode())) {
      codes.add(Retourcode.PRODUCTCODE_ANDERS);
    }
    if (!t.eenheid().equals(p.eenheid()) && !minutenOpUren(t, p)) {
      codes.add(Retourcode.EENHEID_ANDERS); // TR341; IV081: hours assigned may be declared in minutes
      if (t.grondslag() == Grondslag.BUDGET) {
        uitleg.append(" Een toewijzing met een budget heeft geen eigen eenheid: declareer in de eenheid van het product (")
            .append(t.eenheid()).append(").");
      }
    }
    Periode periode = p.periode();
    // TR307: begin on or after the toewijzing's Ingangsdatum; TR308: end on or before its Einddatum, if any
    if (p.begin().isBefore(t.periode().start())) {
      codes.add(Retourcode.BEGIN_BUITEN_TOEWIJZING);
    }
    LocalDate toewijzingEinde = t.periode().einddatumInclusief();
    if (toewijzingEinde != null && p.eind().isAfter(toewijzingEinde)) {
      codes.add(Retourcode.EIND_BUITEN_TOEWIJZING);
    }
    // TR319: the current or an earlier declaration period (late declaration is allowed), never a later one
    if (p.eind().isAfter(declaratieMaand.laatsteDag())) {
      codes.add(Retourcode.NIET_IN_DECLARATIEPERIODE);
    }
    // TR387/TR388: whole months, unless the toewijzing starts later / ends earlier in that same month
    LocalDate maandBegin = p.begin().withDayOfMonth(1);
    LocalDate maandEinde = p.begin().withDayOfMonth(p.begin().lengthOfMonth());
    LocalDate start = t.periode().start();
    LocalDate verwachtBegin = start.isAfter(maandBegin) && !start.isAfter(maandEinde) ? start : maandBegin;
    if (!p.begin().equals(verwachtBegin)) {
      codes.add(Retourcode.BEGIN_NIET_MAANDBEGIN);
    }
    LocalDate verwachtEind = toewijzingEinde != null && toewijzingEinde.isBefore(maandEinde) && !toewijzingEinde.isBefore(maandBegin)
        ? toewijzingEinde : maandEinde;
    if (!p.eind().equals(verwachtEind)) {
      codes.add(Retourcode.EIND_NIET_MAANDEINDE);
    }
    Long tariefId = null;
    Optional<Periode> binnen = t.periode().doorsnede(periode);
    if (binnen.isPresent() && codes.stream().noneMatch(c -> c == Retourcode.EENHEID_ANDERS || c == Retourcode.PRODUCTCODE_ANDERS)) {
      tariefId = volumeEnBedrag(p, t, binnen.get(), ctx, codes, uitleg);
    }
    ctx.lopendeDebet(t.nummer(), p.begin()).ifPresent(ref -> {
      codes.add(Retourcode.DEBET_ZONDER_CREDIT);
      uitleg.append(" Deze periode is al goedgekeurd in prestatie ").append(ref).append('.');
    });
    return afronden(codes, uitleg, t.gemeente(), tariefId);
  }

  /** TR321, TR322, TR346, TR418 (for a budget: TR346, TR418, TR369); answers the id of the tariff version used. */
  private static Long volumeEnBedrag(
      Prestatie p, ToewijzingFeit t, Periode binnen, DeclaratieContext ctx, List<Retourcode> codes, StringBuilder uitleg) {
    Maand maand = Maand.van(p.begin());
    Long tariefId = null;
    if (t.grondslag() == Grondslag.BUDGET) {
      // no omvang, so no TR321/TR322; the contract tariff of the product, unless the line is in euros (no tariff, CD087)
      if (!Prestatie.EENHEID_EURO.equals(p.eenheid())) {
        tariefId = tariefEnBedrag(p, t, minutenOpUren(t, p), codes, uitleg);
      }
      binnenBudget(p, t, ctx, codes, uitleg);
    } else if (t.grondslag() == Grondslag.PER_WEEK) {
      // IV081: a toewijzing in hours declared in minutes compares in minutes (an hour counts 60)
      boolean minuten = minutenOpUren(t, p);
      int weken = Verwachting.weken(binnen);
      long max = weken * t.volume();
      uitleg.append(" Toegestaan in ").append(maand).append(": ").append(t.volume()).append(" per week × ").append(weken)
          .append(" weken = ").append(max).append(minuten ? " uur = " + max * 60 + " minuten" : "").append('.');
      if (basisVolume(p.volume(), p.eenheid()) > basisVolume(max, t.eenheid())) {
        codes.add(Retourcode.VOLUME_TE_HOOG);
      }
      if (!t.periode().isOpen()) {
        long totaalMax = Verwachting.weken(t.periode()) * t.volume();
        if (ctx.geaccepteerdVolume(t.nummer()) + basisVolume(p.volume(), p.eenheid()) > basisVolume(totaalMax, t.eenheid())) {
          codes.add(Retourcode.SOM_VOLUME_TE_HOOG);
          uitleg.append(" Over de hele toewijzing ten hoogste ").append(totaalMax).append("; al goedgekeurd: ")
              .append(ctx.geaccepteerdVolume(t.nummer())).append(minuten || UUR.equals(t.eenheid()) ? " minuten" : "").append('.');
        }
      }
      tariefId = tariefEnBedrag(p, t, minuten, codes, uitleg);
    } else {
      Money max;
      try {
        max = ctx.onthoud(new Onthouden("maandbedrag", t.nummer(), binnen, maand),
            () -> Verwachting.voorMaand(Grondslag.PER_MAAND, null, binnen, t.tarieven(), maand));
      } catch (IllegalStateException geenTarief) {
        codes.add(Retourcode.TARIEF_ONJUIST);
        uitleg.append(" Er gold geen trajectbedrag: ").append(geenTarief.getMessage()).append('.');
        return null;
      }
      tariefId = versieOp(t, p.begin()).map(i -> t.tariefIds().get(i)).orElse(null);
      uitleg.append(" Toegestaan in ").append(maand).append(": ").append(max).append(" (trajectbedrag naar rato van de dagen).");
      if (p.volume() > max.cent()) {
        codes.add(Retourcode.VOLUME_TE_HOOG);
      }
      if (!t.periode().isOpen()) {
        long totaalMax = ctx.onthoud(new Onthouden("totaalbedrag", t.nummer(), null, null),
            () -> Verwachting.perMaand(Grondslag.PER_MAAND, null, t.periode(), t.tarieven(),
                Maand.van(t.periode().start()), Maand.van(t.periode().einddatumInclusief())).stream()
            .map(MaandBedrag::bedrag).mapToLong(Money::cent).sum());
        if (ctx.geaccepteerdVolume(t.nummer()) + p.volume() > totaalMax) {
          codes.add(Retourcode.SOM_VOLUME_TE_HOOG);
        }
      }
    }
    return tariefId;
  }

  /**
   * TR418 (the contract tariff in force on the first day) and TR346 (amount = volume × tariff; in minutes with IV081);
   * answers the id of the tariff version used, or null when none was in force.
   */
  private static Long tariefEnBedrag(Prestatie p, ToewijzingFeit t, boolean minuten, List<Retourcode> codes, StringBuilder uitleg) {
    Long tariefId = null;
    Optional<Integer> versie = versieOp(t, p.begin());
    Money tarief = null;
    if (versie.isEmpty()) {
      codes.add(Retourcode.TARIEF_ONJUIST);
      uitleg.append(" Er gold op ").append(p.begin()).append(" geen contracttarief.");
    } else {
      tarief = t.tarieven().get(versie.get()).bedrag();
      tariefId = t.tariefIds().get(versie.get());
      uitleg.append(" Contracttarief ").append(tarief).append(minuten ? " per uur" : "").append('.');
      // TR418; IV081: per minute the hourly tariff / 60, rounded half up to the cent
      long verwacht = minuten ? perMinuut(tarief).cent() : tarief.cent();
      if (p.tariefCent() != null && p.tariefCent() != verwacht) {
        codes.add(Retourcode.TARIEF_ONJUIST);
      }
    }
    if (minuten) {
      // TR346 with IV081: the amount is hourly tariff × minutes / 60, rounded once (not the rounded minute tariff × minutes)
      if (tarief != null) {
        Money bedrag = Money.rounded(tarief.euros().multiply(java.math.BigDecimal.valueOf(p.volume()))
            .divide(java.math.BigDecimal.valueOf(60), 10, Money.ROUNDING));
        if (bedrag.cent() != p.bedragCent()) {
          codes.add(Retourcode.BEDRAG_KLOPT_NIET);
          uitleg.append(" Uurtarief × minuten / 60 = ").append(bedrag).append(", ingediend ").append(Money.ofCents(p.bedragCent())).append('.');
        }
      }
    } else if (p.tariefCent() != null && Math.multiplyExact(p.volume(), p.tariefCent()) != p.bedragCent()) {
      codes.add(Retourcode.BEDRAG_KLOPT_NIET);
      uitleg.append(" Volume × tarief = ").append(Money.ofCents(p.volume() * p.tariefCent())).append(", ingediend ")
          .append(Money.ofCents(p.bedragCent())).append('.');
    }
    return tariefId;
  }

  /**
   * TR369 (retourcode 9369): the prestaties on a toewijzing with a budget must together fit within that budget.
   *
   * <p>The rule text says "the sum of GeleverdVolume in all submitted prestaties on that ToegewezenProduct must fit
   * within the assigned Budget". But the Budget is an amount in cents (LDT_Budget), while GeleverdVolume is counted in
   * the product's unit (dagdelen, hours, minutes; only for eenheid 83 is it cents too): comparing 40 dagdelen with a
   * budget of 120000 cents literally would accept almost anything and means nothing. The budget is money, so it is
   * compared with money: the sum of the IngediendBedrag of the accepted prestaties on this toewijzing (debits minus
   * credits, over all earlier messages and the lines of this message judged before, credits first as OP366 orders, so
   * a credit frees its amount for a corrected debit in the same message) plus this debit must be at most the Budget.
   * For eenheid 83 IngediendBedrag equals GeleverdVolume (CS339), so there the literal reading and this one agree.
   * Rejected lines use nothing of the budget; a credit is never refused on TR369 (it only lowers the sum).
   */
  private static void binnenBudget(Prestatie p, ToewijzingFeit t, DeclaratieContext ctx, List<Retourcode> codes, StringBuilder uitleg) {
    long eerder = ctx.geaccepteerdBedrag(t.nummer());
    long budget = t.budgetCent();
    if (eerder + p.bedragCent() > budget) {
      codes.add(Retourcode.BOVEN_BUDGET);
      uitleg.append(" Toewijzing ").append(t.nummer()).append(" heeft een budget van ").append(Money.ofCents(budget))
          .append("; al goedgekeurd ").append(Money.ofCents(eerder)).append("; deze prestatie ").append(Money.ofCents(p.bedragCent()))
          .append(" gaat erboven.");
    } else {
      uitleg.append(" Budget ").append(Money.ofCents(budget)).append(", al goedgekeurd ").append(Money.ofCents(eerder))
          .append("; met deze prestatie blijft er ").append(Money.ofCents(budget - eerder - p.bedragCent())).append(" over.");
    }
  }

  static final String MINUUT = "01";
  static final String UUR = "04";

  /** IV081: a toewijzing in hours may be declared in minutes. */
  static boolean minutenOpUren(ToewijzingFeit t, Prestatie p) {
    return UUR.equals(t.eenheid()) && MINUUT.equals(p.eenheid());
  }

  /** A volume in the smallest unit of its kind, so hours and minutes add up (IV081): an hour is 60, anything else 1. */
  public static long basisVolume(long volume, String eenheid) {
    return UUR.equals(eenheid) ? Math.multiplyExact(volume, 60) : volume;
  }

  /** IV081: the tariff per minute of an hourly tariff, rounded half up to the cent (for ProductTarief only). */
  static Money perMinuut(Money uurtarief) {
    return Money.rounded(uurtarief.euros().divide(java.math.BigDecimal.valueOf(60), 10, Money.ROUNDING));
  }

  /** Key of a value {@link DeclaratieContext#onthoud} may remember: it depends only on the toewijzing and these. */
  private record Onthouden(String wat, long toewijzing, Periode periode, Maand maand) {}

  private static Optional<Integer> versieOp(ToewijzingFeit t, LocalDate dag) {
    List<TariefPeriode> tarieven = t.tarieven();
    for (int i = 0; i < tarieven.size(); i++) {
      if (tarieven.get(i).periode().bevat(dag)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A credit is an exact copy of the debit it reverses, but for its own references and D/C (IV085). */
  static boolean zelfdePrestatie(Prestatie debet, Prestatie credit) {
    return debet.toewijzingNummer() == credit.toewijzingNummer()
        && debet.bsn().equals(credit.bsn())
        && debet.productcode().equals(credit.productcode())
        && debet.categorie().equals(credit.categorie())
        && debet.begin().equals(credit.begin())
        && debet.eind().equals(credit.eind())
        && debet.volume() == credit.volume()
        && debet.eenheid().equals(credit.eenheid())
        && Objects.equals(debet.tariefCent(), credit.tariefCent())
        && debet.bedragCent() == credit.bedragCent();
  }

  private static Oordeel afronden(List<Retourcode> codes, StringBuilder uitleg, String gemeente, Long tariefId) {
    if (codes.isEmpty()) {
      uitleg.append(" Goedgekeurd.");
    } else {
      uitleg.append(" Afgewezen:");
      codes.forEach(c -> uitleg.append(' ').append(c.code()).append(" (").append(c.regel()).append(") ").append(c.uitleg()).append(';'));
    }
    return new Oordeel(List.copyOf(codes), uitleg.toString(), gemeente, tariefId);
  }

  private static String beschrijving(Prestatie p) {
    String volume = Prestatie.EENHEID_EURO.equals(p.eenheid())
        ? Money.ofCents(p.volume()).toString()
        : p.volume() + " × eenheid " + p.eenheid() + (p.tariefCent() == null ? "" : " à " + Money.ofCents(p.tariefCent()));
    return (p.credit() ? "Credit" : "Gedeclareerd") + ": " + volume + " voor " + p.categorie() + "/" + p.productcode() + ", "
        + p.begin() + " t/m " + p.eind() + ", bedrag " + Money.ofCents(p.bedragCent()) + ".";
  }

  private static String omvang(ToewijzingFeit t) {
    return switch (t.grondslag()) {
      case PER_WEEK -> t.volume() + " per week (eenheid " + t.eenheid() + ")";
      case PER_MAAND -> Money.ofCents(t.volume()) + " per maand";
      case BUDGET -> "budget " + Money.ofCents(t.budgetCent()) + " voor de hele periode (eenheid van het product " + t.eenheid() + ")";
    };
  }
}
