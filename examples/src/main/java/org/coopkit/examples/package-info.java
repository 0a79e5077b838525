/**
 * Runnable examples of coopkit in a host application: the Cybercrime EAP II project page stored and
 * printed, and small samples for each way of using the library.
 */
@NullMarked
package org.coopkit.examples;

import org.jspecify.annotations.NullMarked;
