/**
 * The PGB (persoonsgebonden budget): PGB tariffs, the budget of a PGB beschikking, the SVB payment
 * file and the reconciliation of budgets against SVB payments (rules S-PGB-SVB, S-PGB-TARIEF, OP043).
 */
package nl.regio.wmo.domain.pgb;
