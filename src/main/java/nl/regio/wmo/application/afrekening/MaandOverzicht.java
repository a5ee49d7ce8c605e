package nl.regio.wmo.application.afrekening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regio.wmo.application.RegioGegevens;
import nl.regio.wmo.application.ToewijzingBeheer;
import nl.regio.wmo.application.ToewijzingBeheer.VerwachtePost;
import nl.regio.wmo.application.Validatie;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.shared.Maand;

/**
 * Finance's month overview of one year: per month × municipality × product category what was <b>expected</b> (the
 * running toewijzingen, computed as the forecast does: {@link ToewijzingBeheer#verwachtingen}), <b>declared</b> (every
 * declaration line, credits negative), <b>accepted</b> (the lines judged good) and <b>settled</b> (accepted lines in
 * a run that is approved or paid). A line counts in the month of its begindatum and in its municipality (the line's,
 * else the declaration's recipient), as the "verwacht en gedeclareerd" report counts it. Exact in cents; every total
 * is the sum of the rows below it.
 */
@ApplicationScoped
@Transactional
public class MaandOverzicht {

  @Inject AfrekeningBeheer beheer;
  @Inject ToewijzingBeheer toewijzingen;
  @Inject RegioGegevens regio;

  /** One row: {@code gemeente} and {@code categorie} are null in a month's total, {@code maand} too in the year's. */
  public record Rij(String maand, String gemeente, String gemeenteNaam, String categorie, String categorieNaam, long verwachtCent,
      long gedeclareerdCent, long geaccepteerdCent, long afgerekendCent) {

    Rij plus(Rij r) {
      return new Rij(maand, gemeente, gemeenteNaam, categorie, categorieNaam, verwachtCent + r.verwachtCent,
          gedeclareerdCent + r.gedeclareerdCent, geaccepteerdCent + r.geaccepteerdCent, afgerekendCent + r.afgerekendCent);
    }

    Rij metNamen(String gemeenteNaam, String categorieNaam) {
      return new Rij(maand, gemeente, gemeenteNaam, categorie, categorieNaam, verwachtCent, gedeclareerdCent, geaccepteerdCent,
          afgerekendCent);
    }
  }

  /** The year: its rows, the twelve months' totals (every month, also an empty one) and the year's total. */
  public record Overzicht(int jaar, String gemeente, List<Rij> rijen, List<Rij> maanden, Rij totaal, List<String> waarschuwingen) {}

  /** The overview of {@code jaar}; {@code gemeente} null = the whole region. */
  public Overzicht overzicht(int jaar, String gemeente) {
    Validatie v = new Validatie();
    if (jaar < 2000 || jaar > 2100) {
      v.fout("jaar", "is geen jaar tussen 2000 en 2100: " + jaar);
    }
    if (gemeente != null && regio.gemeente(gemeente).isEmpty()) {
      v.fout("gemeente", "gemeente " + gemeente + " hoort niet bij de regio");
    }
    v.controleer();
    ToewijzingBeheer.Verwachtingen verwacht = toewijzingen.verwachtingen(gemeente, Maand.of(jaar, 1), Maand.of(jaar, 12));
    List<Rij> werkelijk = beheer.metVerbinding(c -> werkelijk(c, jaar, gemeente));
    Overzicht o = samen(jaar, gemeente, verwacht.posten(), werkelijk, verwacht.waarschuwingen());
    return new Overzicht(jaar, gemeente, o.rijen().stream().map(r -> r.metNamen(
            regio.gemeente(r.gemeente()).map(g -> g.naam()).orElse(r.gemeente()),
            Productcategorie.vanCode(r.categorie()).map(Productcategorie::omschrijving).orElse(r.categorie()))).toList(),
        o.maanden(), o.totaal(), o.waarschuwingen());
  }

  /**
   * Declared, accepted and settled per month × municipality × category of {@code jaar} (gemeente null = all), in
   * SQL on the caller's connection (the same in the app and in the SQL tests). Credits count negative.
   */
  public static List<Rij> werkelijk(Connection c, int jaar, String gemeente) throws SQLException {
    String bedrag = "case when r.debet_credit = 'C' then -r.ingediend_bedrag_cent else r.ingediend_bedrag_cent end";
    List<Rij> rijen = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select extract(month from r.begindatum), coalesce(r.gemeente, d.ontvanger_gemeente),"
        + " r.product_categorie, sum(" + bedrag + "),"
        + " sum(case when r.goedgekeurd then " + bedrag + " else 0 end),"
        + " sum(case when r.goedgekeurd and a.status in ('GOEDGEKEURD', 'BETAALD') then " + bedrag + " else 0 end)"
        + " from declaratie_regel r join declaratie d on d.id = r.declaratie_id"
        + " left join afrekening_declaratie ad on ad.declaratie_id = d.id left join afrekening a on a.id = ad.afrekening_id"
        + " where r.begindatum >= ? and r.begindatum < ?" + (gemeente == null ? "" : " and coalesce(r.gemeente, d.ontvanger_gemeente) = ?")
        + " group by extract(month from r.begindatum), coalesce(r.gemeente, d.ontvanger_gemeente), r.product_categorie")) {
      ps.setDate(1, Date.valueOf(LocalDate.of(jaar, 1, 1)));
      ps.setDate(2, Date.valueOf(LocalDate.of(jaar + 1, 1, 1)));
      if (gemeente != null) {
        ps.setString(3, gemeente);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rijen.add(new Rij(Maand.of(jaar, rs.getInt(1)).toString(), rs.getString(2), null, rs.getString(3), null, 0, rs.getLong(4),
              rs.getLong(5), rs.getLong(6)));
        }
      }
    }
    return rijen;
  }

  /** Expected and actual figures side by side, sorted by month, municipality, category; totals summed from the rows. */
  static Overzicht samen(int jaar, String gemeente, List<VerwachtePost> verwacht, List<Rij> werkelijk, List<String> waarschuwingen) {
    Map<List<String>, Rij> perSleutel = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    for (VerwachtePost p : verwacht) {
      Rij r = new Rij(p.maand(), p.gemeente(), null, p.categorie(), null, p.bedragCent(), 0, 0, 0);
      perSleutel.merge(List.of(p.maand(), p.gemeente(), p.categorie()), r, Rij::plus);
    }
    for (Rij r : werkelijk) {
      perSleutel.merge(List.of(r.maand(), r.gemeente(), r.categorie()), r, Rij::plus);
    }
    List<Rij> rijen = List.copyOf(perSleutel.values());
    List<Rij> maanden = new ArrayList<>();
    Rij totaal = new Rij(null, null, null, null, null, 0, 0, 0, 0);
    for (int m = 1; m <= 12; m++) {
      String maand = Maand.of(jaar, m).toString();
      Rij som = new Rij(maand, null, null, null, null, 0, 0, 0, 0);
      for (Rij r : rijen) {
        if (r.maand().equals(maand)) {
          som = som.plus(r);
        }
      }
      maanden.add(som);
      totaal = totaal.plus(som);
    }
    return new Overzicht(jaar, gemeente, rijen, maanden, totaal, waarschuwingen);
  }
}
