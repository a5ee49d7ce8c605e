/**
 * JasperReports: templates from {@code reports/} are compiled to {@code .jasper} at build time by
 * {@link nl.regio.wmo.infrastructure.rapport.SjabloonCompiler}; {@link
 * nl.regio.wmo.infrastructure.rapport.RapportMaker} fills them and exports PDF or XLSX.
 */
package nl.regio.wmo.infrastructure.rapport;
