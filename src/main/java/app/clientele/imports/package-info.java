/**
 * Imports: contacts brought in from a file (CSV or vCard), a million rows at a time, as a
 * background job of the jobs module. Every row goes through the contacts module's own create and
 * update (the same validation, duplicate rules, primary-contact rule, history and onboarding as a
 * contact typed in the console), each in a savepoint, so a row lands whole or not at all.
 * <p>
 * An upload is read once into numbered rows (the job reads them from its checkpoint, so a restart
 * never repeats or loses one); an import is a run over an upload with a mapping and a duplicate
 * policy, a dry run first if staff like; each row's outcome is kept for the problem file, the
 * duplicates list and the undo (seven days).
 * <p>
 * Tables: contact_import_upload, contact_import_row, contact_import, contact_import_outcome,
 * contact_import_mapping.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package app.clientele.imports;

import org.jspecify.annotations.NullMarked;
