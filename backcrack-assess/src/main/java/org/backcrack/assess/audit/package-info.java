/**
 * Auditing the triage on clinical vignettes: {@link org.backcrack.assess.audit.TriageAudit} scores expected
 * against given levels (exact, over- and under-triage, emergency sensitivity), and
 * {@link org.backcrack.assess.audit.VignetteJson} reads one vignette. It sits on top of the other assess
 * packages and is used by the {@code triage-audit} command and the tests; nothing in assess depends on it.
 */
package org.backcrack.assess.audit;
