/**
 * coopkit in a Spring Boot 4 application: {@link org.coopkit.spring.boot.CoopkitAutoConfiguration}
 * makes {@link org.coopkit.Coopkit} and its services beans over the application's {@code
 * DataSource}, joining its Spring-managed transactions, and {@link
 * org.coopkit.spring.boot.CoopkitProperties} binds the {@code coopkit.*} properties. Everything
 * else here is package-private.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.spring.boot;

import org.jspecify.annotations.NullMarked;
