package org.coopkit.model;

import java.util.List;

/**
 * An aggregate with web pages and documents about it: its own page, sources, agendas, reports.
 *
 * @since 0.2.0
 */
public interface Linked {
  /**
   * Web pages and documents about it, in the order given; at most {@value Limits#LIST}.
   *
   * @return the links, possibly empty, unmodifiable
   */
  List<Link> links();

  /**
   * The part of an aggregate's builder that sets its links.
   *
   * @param <B> the aggregate's own builder, which each setter returns
   * @since 0.2.0
   */
  interface Builder<B extends Builder<B>> {
    /**
     * Sets {@link Linked#links()}, replacing any given before; the list is copied.
     *
     * @param links the links
     * @return this builder
     * @throws NullPointerException if {@code links} or one of them is null
     */
    B links(List<Link> links);

    /**
     * Appends {@code link} to the links given so far.
     *
     * @param link the link to append
     * @return this builder
     * @throws NullPointerException if {@code link} is null
     */
    B addLink(Link link);
  }
}
