package nl.regio.wmo.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.regio.wmo.domain.declaratie.Retourcode;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.infrastructure.persistence.Database;

/** Stored declarations as providers and finance look at them, and each line explained in words. */
@ApplicationScoped
@Transactional
public class DeclaratieOverzicht {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject DeclaratieBeoordeling beoordeling;

  /** A declaration in a list; {@code bestand}: the name its original is archived under in {@code verwerkt/} (file drop), else null. */
  public record DeclaratieSamenvatting(long id, String aanbiederAgbCode, String gemeente, String declaratieNummer, String periode,
      String status, String headerRetourcodes, String declaratieRetourcodes, long totaalIngediendCent, long totaalToegekendCent,
      int aantalRegels, int aantalAfgewezen, String kanaal, String ontvangenOp, String reden, String bestand) {}

  public record Code(String code, String regel, String uitleg) {}

  public record RegelUitleg(String declaratieNummer, String referentieNummer, String vorigReferentieNummer, String bsn,
      long toewijzingNummer, String productCode, LocalDate begindatum, LocalDate einddatum, long geleverdVolume, String eenheid,
      Long productTariefCent, long ingediendBedragCent, String debetCredit, boolean goedgekeurd, List<Code> retourcodes,
      Long tariefId, String toelichting, boolean gecrediteerd) {}

  public Pagina<DeclaratieSamenvatting> zoek(String aanbieder, Maand periode, String status, Optional<AgbCode> alleen, int pagina, int grootte) {
    return zoek(aanbieder, periode, status, alleen, pagina, grootte, null, false);
  }

  /** The columns a list of declarations may be sorted on (by their field name in the summary); newest first otherwise. */
  private static final java.util.Map<String, String> SORTEERBAAR = java.util.Map.of(
      "ontvangenOp", "ontvangen_op", "periode", "periode_begin", "declaratieNummer", "declaratie_nummer", "status", "status",
      "gemeente", "ontvanger_gemeente", "totaalIngediendCent", "totaal_ingediend_cent", "totaalToegekendCent", "totaal_toegekend_cent",
      "aantalRegels", "aantal_regels", "aantalAfgewezen", "aantal_afgewezen");

  /**
   * Declarations, filtered and paged, sorted on {@code sorteerOp} (a field of {@link DeclaratieSamenvatting} from {@link
   * #SORTEERBAAR}; null: newest first). A provider ({@code alleen}) sees only its own.
   */
  public Pagina<DeclaratieSamenvatting> zoek(String aanbieder, Maand periode, String status, Optional<AgbCode> alleen, int pagina,
      int grootte, String sorteerOp, boolean oplopend) {
    return zoek(aanbieder, periode, status, alleen, pagina, grootte, sorteerOp, oplopend, null);
  }

  /** As above; {@code bekendTotaal}: the number of declarations of this filter, counted before (a next page), or null. */
  public Pagina<DeclaratieSamenvatting> zoek(String aanbieder, Maand periode, String status, Optional<AgbCode> alleen, int pagina,
      int grootte, String sorteerOp, boolean oplopend, Long bekendTotaal) {
    Zoekvraag.controleerPaging(pagina, grootte);
    if (sorteerOp != null && !SORTEERBAAR.containsKey(sorteerOp)) {
      throw OngeldigeInvoerException.van("sorteer", "kan niet op " + sorteerOp + "; kies uit " + new java.util.TreeSet<>(SORTEERBAAR.keySet()));
    }
    String volgorde = sorteerOp == null ? "ontvangen_op desc, id desc" : SORTEERBAAR.get(sorteerOp) + (oplopend ? " asc" : " desc") + ", id desc";
    StringBuilder waar = new StringBuilder(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    String agb = alleen.map(AgbCode::waarde).orElse(aanbieder);
    if (agb != null) {
      waar.append(" and afzender_agb = ?");
      params.add(agb);
    }
    if (periode != null) {
      waar.append(" and periode_begin = ?");
      params.add(java.sql.Date.valueOf(periode.eersteDag()));
    }
    if (status != null) {
      waar.append(" and status = ?");
      params.add(status.toUpperCase(java.util.Locale.ROOT));
    }
    try (Connection c = dataSource.getConnection()) {
      long totaal = bekendTotaal != null ? bekendTotaal : -1;
      if (totaal < 0) {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from declaratie" + waar)) {
          zet(ps, params);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            totaal = rs.getLong(1);
          }
        }
      }
      // a page in the second half is read from the end, the other way round: never more than half the rows skipped
      Zoekvraag.Deel deel = Zoekvraag.Deel.van(totaal, (long) pagina * grootte, grootte);
      List<DeclaratieSamenvatting> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SAMENVATTING + waar + " order by "
          + (deel.vanAchteren() ? Zoekvraag.omgekeerd(volgorde) : volgorde) + " limit " + deel.aantal() + " offset " + deel.overslaan())) {
        zet(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(samenvatting(rs));
          }
        }
      }
      return new Pagina<>(deel.opVolgorde(items), totaal, pagina, grootte);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored WMO325 answer of a declaration (rebuilt from the store, identical every time). */
  public byte[] wmo325(String agb, String declaratieNummer) {
    return wmo325(agb, declaratieNummer, Optional.empty());
  }

  /** As {@link #wmo325(String, String)}; a provider ({@code alleen}) reaches only its own declarations. */
  public byte[] wmo325(String agb, String declaratieNummer, Optional<AgbCode> alleen) {
    agb = alleen.map(AgbCode::waarde).orElse(agb);
    try (Connection c = dataSource.getConnection()) {
      return beoordeling.wmo325(c, declaratieId(c, agb, declaratieNummer));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line explained: what was declared, what the toewijzing allows, and why it was accepted or rejected. */
  public RegelUitleg uitleg(String agb, String declaratieNummer, String referentie, boolean volledigeBsn) {
    return uitleg(agb, declaratieNummer, referentie, Optional.empty(), volledigeBsn);
  }

  /** As {@link #uitleg(String, String, String, boolean)}; a provider ({@code alleen}) reaches only its own declarations. */
  public RegelUitleg uitleg(String agb, String declaratieNummer, String referentie, Optional<AgbCode> alleen, boolean volledigeBsn) {
    agb = alleen.map(AgbCode::waarde).orElse(agb);
    try (Connection c = dataSource.getConnection()) {
      long id = declaratieId(c, agb, declaratieNummer);
      try (PreparedStatement ps = c.prepareStatement("select referentie_nummer, vorig_referentie_nummer, bsn, toewijzing_nummer, product_code,"
          + " begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent, ingediend_bedrag_cent, debet_credit, goedgekeurd,"
          + " retourcodes, tarief_id, toelichting, gecrediteerd_door from declaratie_regel where declaratie_id = ? and referentie_nummer = ?")) {
        ps.setLong(1, id);
        ps.setString(2, referentie);
        try (ResultSet r = ps.executeQuery()) {
          if (!r.next()) {
            throw new NietGevondenException("Declaratie " + declaratieNummer + " heeft geen prestatie met referentie " + referentie + ".");
          }
          List<Code> codes = codes(r.getString(14));
          String bsn = r.getString(3);
          return new RegelUitleg(declaratieNummer, r.getString(1), r.getString(2), volledigeBsn || !Bsn.isGeldig(bsn) ? bsn : new Bsn(bsn).gemaskeerd(),
              r.getLong(4), r.getString(5), r.getDate(6).toLocalDate(), r.getDate(7).toLocalDate(), r.getLong(8), r.getString(9),
              (Long) r.getObject(10, Long.class), r.getLong(11), r.getString(12), r.getBoolean(13), codes,
              (Long) r.getObject(15, Long.class), r.getString(16), r.getObject(17) != null);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One declaration by its number; a provider ({@code alleen}) reaches only its own, anything else is not found. */
  public DeclaratieSamenvatting haal(String agb, String declaratieNummer, Optional<AgbCode> alleen) {
    String van = alleen.map(AgbCode::waarde).orElse(agb);
    try (Connection c = dataSource.getConnection()) {
      long id = declaratieId(c, van, declaratieNummer);
      try (PreparedStatement ps = c.prepareStatement(SAMENVATTING + " where id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return samenvatting(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The columns of a {@link DeclaratieSamenvatting}, in the order {@link #samenvatting} reads them. */
  private static final String SAMENVATTING = "select id, afzender_agb, ontvanger_gemeente, declaratie_nummer, periode_begin, status,"
      + " header_retourcodes, declaratie_retourcodes, totaal_ingediend_cent, totaal_toegekend_cent, aantal_regels, aantal_afgewezen,"
      + " kanaal, ontvangen_op, reden, bestand from declaratie";

  private static DeclaratieSamenvatting samenvatting(ResultSet rs) throws SQLException {
    return new DeclaratieSamenvatting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        Maand.van(rs.getDate(5).toLocalDate()).toString(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
        rs.getLong(10), rs.getInt(11), rs.getInt(12), rs.getString(13), String.valueOf(rs.getTimestamp(14).toInstant()),
        rs.getString(15), rs.getString(16));
  }

  /** One line of a declaration as a list shows it: what was declared and its outcome, the codes in words. */
  public record RegelRij(int volgnummer, String referentieNummer, String bsn, long toewijzingNummer, String productCode,
      LocalDate begindatum, LocalDate einddatum, long geleverdVolume, String eenheid, long ingediendBedragCent, String debetCredit,
      boolean goedgekeurd, List<Code> retourcodes) {}

  /** The lines of a declaration in message order, paged. A provider ({@code alleen}) reaches only its own declarations. */
  public Pagina<RegelRij> regels(String agb, String declaratieNummer, Optional<AgbCode> alleen, boolean volledigeBsn, int pagina,
      int grootte) {
    Zoekvraag.controleerPaging(pagina, grootte);
    String van = alleen.map(AgbCode::waarde).orElse(agb);
    try (Connection c = dataSource.getConnection()) {
      long id = declaratieId(c, van, declaratieNummer);
      long totaal;
      try (PreparedStatement ps = c.prepareStatement("select aantal_regels from declaratie where id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          totaal = rs.getLong(1);
        }
      }
      List<RegelRij> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select volgnummer, referentie_nummer, bsn, toewijzing_nummer, product_code, begindatum,"
          + " einddatum, geleverd_volume, eenheid, ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes from declaratie_regel"
          + " where declaratie_id = ? and volgnummer > ? and volgnummer <= ? order by volgnummer")) {
        // the index (declaratie_id, volgnummer) makes any page as fast as the first
        ps.setLong(1, id);
        ps.setLong(2, (long) pagina * grootte);
        ps.setLong(3, (long) pagina * grootte + grootte);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            String bsn = r.getString(3);
            items.add(new RegelRij(r.getInt(1), r.getString(2), volledigeBsn || !Bsn.isGeldig(bsn) ? bsn : new Bsn(bsn).gemaskeerd(),
                r.getLong(4), r.getString(5), r.getDate(6).toLocalDate(), r.getDate(7).toLocalDate(), r.getLong(8), r.getString(9),
                r.getLong(10), r.getString(11), r.getBoolean(12), codes(r.getString(13))));
          }
        }
      }
      return new Pagina<>(items, totaal, pagina, grootte);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a provider declared for one month, over its judged declarations: counts and sums in cents. */
  public record Maandtotaal(String maand, int declaraties, int regels, int afgewezenRegels, long ingediendCent, long toegekendCent) {
    /** Declared but not granted (rejected lines), in cents. */
    public long nietToegekendCent() {
      return ingediendCent - toegekendCent;
    }
  }

  /** The totals of one provider's judged declarations for a DeclaratiePeriode month. */
  public Maandtotaal maandtotaal(String agb, Maand maand, Optional<AgbCode> alleen) {
    String van = alleen.map(AgbCode::waarde).orElse(agb);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*), coalesce(sum(aantal_regels), 0), coalesce(sum(aantal_afgewezen), 0),"
            + " coalesce(sum(totaal_ingediend_cent), 0), coalesce(sum(totaal_toegekend_cent), 0) from declaratie"
            + " where afzender_agb = ? and periode_begin = ? and status in ('GEACCEPTEERD', 'GEDEELTELIJK', 'AFGEWEZEN')")) {
      ps.setString(1, van);
      ps.setDate(2, java.sql.Date.valueOf(maand.eersteDag()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Maandtotaal(maand.toString(), rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Retourcodes as stored (space separated) with their rule and meaning. */
  static List<Code> codes(String opgeslagen) {
    List<Code> codes = new ArrayList<>();
    for (String code : opgeslagen == null || opgeslagen.isBlank() ? new String[0] : opgeslagen.trim().split(" ")) {
      Retourcode rc = Retourcode.vanCode(code);
      codes.add(new Code(rc.code(), rc.regel(), rc.uitleg()));
    }
    return codes;
  }

  private static long declaratieId(Connection c, String agb, String nummer) throws SQLException {
    // the accepted one for this number (the first claim), else the latest message with it
    try (PreparedStatement ps = c.prepareStatement("select id from declaratie where afzender_agb = ? and declaratie_nummer = ?"
        + " order by case when status in ('GEACCEPTEERD', 'GEDEELTELIJK', 'AFGEWEZEN') then 0 else 1 end, ontvangen_op desc, id desc")) {
      ps.setString(1, agb);
      ps.setString(2, nummer);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NietGevondenException("Er is geen declaratie " + nummer + " van aanbieder " + agb + ".");
        }
        return rs.getLong(1);
      }
    }
  }

  private static void zet(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
