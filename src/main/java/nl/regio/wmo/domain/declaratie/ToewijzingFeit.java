package nl.regio.wmo.domain.declaratie;

import java.util.List;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Periode;

/**
 * What a declaration line is checked against: a toewijzing as assigned (client, provider, product,
 * unit, period, volume per week or per month) and the tariffs in force over its period.
 */
public record ToewijzingFeit(
    long nummer,
    String bsn,
    String aanbiederAgb,
    String gemeente,
    String categorie,
    String productcode,
    String eenheid,
    Periode periode,
    boolean verwijderd,
    Grondslag grondslag,
    long volume,
    List<TariefPeriode> tarieven,
    List<Long> tariefIds) {}
