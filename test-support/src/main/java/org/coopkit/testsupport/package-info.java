/**
 * Test helpers shared by coopkit's own tests and the storage contract kit: {@link
 * org.coopkit.testsupport.OutputCapture} captures what is written to the standard streams and
 * {@code java.util.logging}, and {@link org.coopkit.testsupport.PersonalDataLeaks} finds one test
 * person's data in text, exceptions and the values an object holds.
 *
 * <p>The module depends on no other coopkit module, so that core's tests can use it too.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.testsupport;

import org.jspecify.annotations.NullMarked;
