package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One iWmo 3.2 WMO301 (toewijzing) message from a municipality to a provider: the header data plus one
 * client with all toegewezen producten for that provider (OP087: all current toewijzingen of the client
 * to that provider go in one message).
 *
 * <p>The fixed header values (BerichtCode 414, BerichtVersie 3, BerichtSubversie 2, XsdVersie 1.0.0/1.0.0)
 * are not part of this record; {@link Wmo301Writer} fills them. Formats (digits, lengths, code lists) are
 * not checked here but by the XSD ({@link IwmoSchemas#valideer(String, byte[])}).
 *
 * @param afzenderGemeente CBS gemeentecode of the sending municipality, {@code Header/Afzender}
 *                         (LDT_Gemeente, 4 digits), required
 * @param ontvangerAgb     AGB code of the receiving provider, {@code Header/Ontvanger} (LDT_AgbCode,
 *                         8 digits), required
 * @param identificatie    {@code BerichtIdentificatie/Identificatie}, max 12 characters, unique per sender,
 *                         required
 * @param dagtekening      {@code BerichtIdentificatie/Dagtekening}, the date the message was created, required
 * @param client           the client, required
 * @param producten        the toegewezen producten, at least one (XSD: ToegewezenProduct 1..*); copied
 *                         into an unmodifiable list
 */
public record Wmo301Bericht(String afzenderGemeente, String ontvangerAgb, String identificatie,
        LocalDate dagtekening, Wmo301Client client, List<Wmo301Product> producten) {

    public Wmo301Bericht {
        Objects.requireNonNull(afzenderGemeente, "afzenderGemeente");
        Objects.requireNonNull(ontvangerAgb, "ontvangerAgb");
        Objects.requireNonNull(identificatie, "identificatie");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(client, "client");
        producten = List.copyOf(Objects.requireNonNull(producten, "producten"));
        if (producten.isEmpty()) {
            throw new IllegalArgumentException("A WMO301 needs at least one ToegewezenProduct");
        }
    }
}
