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
    Zoekvraag.controleerPaging(pagina, grootte);
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
      long totaal;
      try (PreparedStatement ps = c.prepareStatement("select count(*) from declaratie" + waar)) {
        zet(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          totaal = rs.getLong(1);
        }
      }
      List<DeclaratieSamenvatting> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select id, afzender_agb, ontvanger_gemeente, declaratie_nummer, periode_begin, status,"
          + " header_retourcodes, declaratie_retourcodes, totaal_ingediend_cent, totaal_toegekend_cent, aantal_regels, aantal_afgewezen,"
          + " kanaal, ontvangen_op, reden, bestand from declaratie" + waar + " order by ontvangen_op desc, id desc limit " + grootte
          + " offset " + (long) pagina * grootte)) {
        zet(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(new DeclaratieSamenvatting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Maand.van(rs.getDate(5).toLocalDate()).toString(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                rs.getLong(10), rs.getInt(11), rs.getInt(12), rs.getString(13), String.valueOf(rs.getTimestamp(14).toInstant()),
                rs.getString(15), rs.getString(16)));
          }
        }
      }
      return new Pagina<>(items, totaal, pagina, grootte);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored WMO325 answer of a declaration (rebuilt from the store, identical every time). */
  public byte[] wmo325(String agb, String declaratieNummer) {
    try (Connection c = dataSource.getConnection()) {
      return beoordeling.wmo325(c, declaratieId(c, agb, declaratieNummer));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line explained: what was declared, what the toewijzing allows, and why it was accepted or rejected. */
  public RegelUitleg uitleg(String agb, String declaratieNummer, String referentie, boolean volledigeBsn) {
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
          List<Code> codes = new ArrayList<>();
          for (String code : r.getString(14).isBlank() ? new String[0] : r.getString(14).split(" ")) {
            Retourcode rc = Retourcode.vanCode(code);
            codes.add(new Code(rc.code(), rc.regel(), rc.uitleg()));
          }
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
