package org.coopkit.json;

/**
 * What {@link CoopkitJson#export} wrote.
 *
 * @param organisations how many organisations
 * @param projects how many projects
 * @param events how many events
 * @param contacts how many contacts
 * @since 0.1.0
 */
public record ExportReport(long organisations, long projects, long events, long contacts) {

  /**
   * The number of aggregates written, all kinds together.
   *
   * @return the sum of the four counts
   */
  public long total() {
    return organisations + projects + events + contacts;
  }
}
