/**
 * FHIR R4 export of an assessment, as HAPI FHIR model objects: the questionnaire, backcrack's own code
 * system, a person's answers, the triage and mechanism probabilities, observations (pain score, sound counts)
 * and the patient, tied together in a {@code collection} Bundle. Start with
 * {@link org.backcrack.fhir.FhirExport}; {@link org.backcrack.fhir.BackcrackCodes} holds the canonical URLs and
 * codes, {@link org.backcrack.fhir.FhirJson} the one {@code FhirContext} and its JSON parser. The mapping is pure:
 * ids and times come from the caller. It depends on core, assess and HAPI FHIR only; only the app may depend on
 * it (checked by {@code ArchitectureTest}). See {@code docs/fhir.md}.
 */
package org.backcrack.fhir;
