package org.coopkit.json;

/**
 * What {@link CoopkitJson#export} wrote.
 *
 * @param organisations how many organisations
 * @param projects how many projects
 * @param events how many events
 * @param contacts how many contacts
 * @param logframes how many logframes (since 0.2.0)
 * @param sources how many sources (since 0.2.0)
 * @param provenance how many facts' provenance records (since 0.2.0)
 * @since 0.1.0
 */
public record ExportReport(
    long organisations,
    long projects,
    long events,
    long contacts,
    long logframes,
    long sources,
    long provenance) {
  /**
   * A report without logframes, sources or provenance, as 0.1.0 made it.
   *
   * @param organisations how many organisations
   * @param projects how many projects
   * @param events how many events
   * @param contacts how many contacts
   */
  public ExportReport(long organisations, long projects, long events, long contacts) {
    this(organisations, projects, events, contacts, 0, 0, 0);
  }

  /**
   * The number of aggregates written, all kinds together.
   *
   * @return the sum of the counts
   */
  public long total() {
    return organisations + projects + events + contacts + logframes + sources + provenance;
  }
}
