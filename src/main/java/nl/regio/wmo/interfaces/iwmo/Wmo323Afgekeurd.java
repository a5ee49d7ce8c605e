package nl.regio.wmo.interfaces.iwmo;

import java.util.List;

/**
 * A WMO323 message was refused before any business rule ran: on transport grounds (size, encoding, BOM,
 * well-formedness, DTD, root element, BerichtCode) or because it is not valid against WMO323.xsd.
 *
 * <p>{@link #redenen()} holds every reason found, each prefixed with {@code "regel L, kolom C: "} where the
 * position is known. In iWmo terms (IV088, level 1) the sender gets this error back and no WMO325 is sent.
 */
public final class Wmo323Afgekeurd extends Exception {

    private static final long serialVersionUID = 1L;

    /** How many reasons {@link #getMessage()} spells out; {@link #redenen()} always has all of them. */
    private static final int IN_BERICHT = 5;

    /** The reasons, in the order found; an unmodifiable (and serializable) copy. */
    private final List<String> redenen;

    /**
     * @param redenen the reasons, at least one
     * @throws IllegalArgumentException if {@code redenen} is empty
     */
    public Wmo323Afgekeurd(List<String> redenen) {
        super(tekst(redenen));
        this.redenen = List.copyOf(redenen);
    }

    /** @return every reason, in the order found; never empty, unmodifiable */
    public List<String> redenen() {
        return redenen;
    }

    private static String tekst(List<String> redenen) {
        if (redenen.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one reason");
        }
        StringBuilder tekst = new StringBuilder("WMO323 afgekeurd: ");
        tekst.append(String.join("; ", redenen.subList(0, Math.min(IN_BERICHT, redenen.size()))));
        if (redenen.size() > IN_BERICHT) {
            tekst.append(" (en nog ").append(redenen.size() - IN_BERICHT).append(')');
        }
        return tekst.toString();
    }
}
