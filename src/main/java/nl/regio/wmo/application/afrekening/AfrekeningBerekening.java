package nl.regio.wmo.application.afrekening;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.regio.wmo.domain.shared.Maand;

/**
 * The settlement run in SQL, set-based, inside the caller's transaction (so a crash mid-way leaves nothing and a
 * restart computes the same again). A run for month M takes every declaration not yet in a run whose
 * DeclaratiePeriode is M or earlier (late declarations included, AF-LAAT) with at least one accepted line; its
 * accepted lines count, credits negative. Providers whose open lines net below zero wait (AF-NEGATIEF). The
 * primary key of afrekening_declaratie keeps every declaration, and so every line, in at most one run
 * (AF-EENMAAL). Plain JDBC on a given connection: the same code runs in the app and in the SQL tests.
 */
public final class AfrekeningBerekening {

  /** Declarations with at least one accepted line (GEDEELTELIJK: some lines rejected). */
  private static final String OPEN = " d.status in ('GEACCEPTEERD', 'GEDEELTELIJK') and d.periode_begin <= ?"
      + " and not exists (select 1 from afrekening_declaratie x where x.declaratie_id = d.id)";

  private AfrekeningBerekening() {}

  /** Creates a CONCEPT run for the month and computes it; answers its id. */
  public static long maak(Connection c, Maand maand, String door, OffsetDateTime nu) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement("select nextval('afrekening_seq')"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement("insert into afrekening (id, maand, status, aantal_declaraties, aantal_regels,"
        + " debet_cent, credit_cent, totaal_cent, aangemaakt_door, aangemaakt_op, berekend_op)"
        + " values (?, ?, 'CONCEPT', 0, 0, 0, 0, 0, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setDate(2, Date.valueOf(maand.eersteDag()));
      ps.setString(3, door);
      ps.setObject(4, nu);
      ps.setObject(5, nu);
      ps.executeUpdate();
    }
    bereken(c, id, maand, nu);
    return id;
  }

  /** (Re)computes a CONCEPT run: forgets its declarations and takes the open ones again, deterministically. */
  public static void bereken(Connection c, long id, Maand maand, OffsetDateTime nu) throws SQLException {
    vergeet(c, id);
    LocalDate eerste = maand.eersteDag();
    update(c, "insert into afrekening_doorgeschoven (afrekening_id, aanbieder_agb, aantal_declaraties, totaal_cent)"
        + " select ?, d.afzender_agb, count(*), sum(d.totaal_toegekend_cent) from declaratie d where" + OPEN
        + " group by d.afzender_agb having sum(d.totaal_toegekend_cent) < 0", id, eerste);
    update(c, "insert into afrekening_declaratie (declaratie_id, afrekening_id, aanbieder_agb)"
        + " select d.id, ?, d.afzender_agb from declaratie d where" + OPEN
        + " and not exists (select 1 from afrekening_doorgeschoven n where n.afrekening_id = ? and n.aanbieder_agb = d.afzender_agb)",
        id, eerste, id);
    if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
      // fresh statistics of the claim (rows of this transaction count): else the planner expects a handful of
      // declarations and walks the lines by index, one declaration at a time, instead of one parallel scan
      update(c, "analyze afrekening_declaratie");
    }
    // a plain SELECT may run in parallel in PostgreSQL, an INSERT … SELECT may not: aggregate, then insert the few sums
    try (PreparedStatement som = c.prepareStatement("select ad.aanbieder_agb, coalesce(r.gemeente, d.ontvanger_gemeente), r.product_categorie,"
        + " count(*), sum(case when r.debet_credit = 'D' then r.ingediend_bedrag_cent else 0 end),"
        + " sum(case when r.debet_credit = 'C' then r.ingediend_bedrag_cent else 0 end)"
        + " from afrekening_declaratie ad join declaratie d on d.id = ad.declaratie_id"
        + " join declaratie_regel r on r.declaratie_id = ad.declaratie_id"
        + " where ad.afrekening_id = ? and r.goedgekeurd"
        + " group by ad.aanbieder_agb, coalesce(r.gemeente, d.ontvanger_gemeente), r.product_categorie");
        PreparedStatement in = c.prepareStatement("insert into afrekening_totaal (afrekening_id, aanbieder_agb, gemeente, product_categorie,"
            + " aantal_regels, debet_cent, credit_cent) values (?, ?, ?, ?, ?, ?, ?)")) {
      som.setLong(1, id);
      try (ResultSet rs = som.executeQuery()) {
        while (rs.next()) {
          in.setLong(1, id);
          in.setString(2, rs.getString(1));
          in.setString(3, rs.getString(2));
          in.setString(4, rs.getString(3));
          in.setLong(5, rs.getLong(4));
          in.setLong(6, rs.getLong(5));
          in.setLong(7, rs.getLong(6));
          in.addBatch();
        }
      }
      in.executeBatch();
    }
    update(c, "insert into afrekening_aanbieder (afrekening_id, aanbieder_agb, naam, iban, aantal_regels, debet_cent, credit_cent,"
        + " totaal_cent) select t.afrekening_id, t.aanbieder_agb, coalesce(a.naam, t.aanbieder_agb), coalesce(a.iban, ''),"
        + " sum(t.aantal_regels), sum(t.debet_cent), sum(t.credit_cent), sum(t.debet_cent) - sum(t.credit_cent)"
        + " from afrekening_totaal t left join aanbieder a on a.agb_code = t.aanbieder_agb"
        + " where t.afrekening_id = ? group by t.afrekening_id, t.aanbieder_agb, a.naam, a.iban", id);
    update(c, "update afrekening set aantal_declaraties = (select count(*) from afrekening_declaratie where afrekening_id = ?),"
        + " aantal_regels = (select coalesce(sum(aantal_regels), 0) from afrekening_aanbieder where afrekening_id = ?),"
        + " debet_cent = (select coalesce(sum(debet_cent), 0) from afrekening_aanbieder where afrekening_id = ?),"
        + " credit_cent = (select coalesce(sum(credit_cent), 0) from afrekening_aanbieder where afrekening_id = ?),"
        + " totaal_cent = (select coalesce(sum(totaal_cent), 0) from afrekening_aanbieder where afrekening_id = ?),"
        + " berekend_op = ? where id = ?", id, id, id, id, id, nu, id);
    controleer(c, id);
  }

  /** Forgets what a CONCEPT run had taken (before a recompute or when it is deleted). */
  public static void vergeet(Connection c, long id) throws SQLException {
    for (String tabel : new String[] {"afrekening_aanbieder", "afrekening_totaal", "afrekening_declaratie", "afrekening_doorgeschoven"}) {
      update(c, "delete from " + tabel + " where afrekening_id = ?", id);
    }
  }

  /**
   * The run's total must equal the sum of the accepted amounts its declarations were answered with (the WMO325
   * TotaalToegekendBedrag): two independent sums of the same lines. A difference stops the run (rolled back).
   */
  private static void controleer(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select (select totaal_cent from afrekening where id = ?),"
        + " (select coalesce(sum(d.totaal_toegekend_cent), 0) from afrekening_declaratie ad join declaratie d on d.id = ad.declaratie_id"
        + " where ad.afrekening_id = ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != rs.getLong(2)) {
          throw new IllegalStateException("Afrekening " + id + ": som van de regels (" + rs.getLong(1)
              + " cent) wijkt af van het toegekende totaal van de declaraties (" + rs.getLong(2) + " cent)");
        }
      }
    }
  }

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof LocalDate d) {
          ps.setDate(i + 1, Date.valueOf(d));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      return ps.executeUpdate();
    }
  }
}
