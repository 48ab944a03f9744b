package dev.statuscontract.sample.bookstore;

/**
 * What a status monitor says about an export.
 *
 * @param id the export's id
 * @param state {@code running} or {@code done}
 * @param books how many books the export holds
 * @param readyAt when the export is (or was) done, as an ISO-8601 instant
 */
public record ExportStatus(String id, String state, int books, String readyAt) {}
