/**
 * Report data: one record per report, with finished rows and totals in eurocents. The totals are
 * checked against the rows when a record is made, so a printed total always equals the sum of the
 * printed lines. Rendering is done by {@code infrastructure.rapport.RapportMaker}.
 */
package nl.regio.wmo.application.rapport;
