/**
 * A Spring Boot application on coopkit, to copy and start from: {@link
 * org.coopkit.examples.boot.ProjectController} serves projects and their events over HTTP with the
 * services coopkit's starter makes beans, and {@link org.coopkit.examples.boot.Programmes} makes a
 * project and its first event in one of the application's transactions.
 */
@NullMarked
package org.coopkit.examples.boot;

import org.jspecify.annotations.NullMarked;
