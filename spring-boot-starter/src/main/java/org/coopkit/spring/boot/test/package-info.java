/**
 * Test support for applications on coopkit's Spring Boot starter: {@link
 * org.coopkit.spring.boot.test.AutoConfigureCoopkitMemory} gives a test an in-memory coopkit.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.spring.boot.test;

import org.jspecify.annotations.NullMarked;
