/** The audit trail: who changed what, when, from which value to which. */
package nl.regio.wmo.domain.audit;
