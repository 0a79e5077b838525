package org.coopkit.examples.boot;

import java.util.List;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * coopkit's exceptions as HTTP problems (RFC 9457): a broken rule is 400 with each violation's
 * path, rule and value (personal data already redacted by coopkit), a missing aggregate 404, a
 * taken code or a stale version 409.
 */
@RestControllerAdvice
public class CoopkitErrors {
  /** Made by Spring. */
  public CoopkitErrors() {}

  /**
   * A broken rule.
   *
   * @param e the exception
   * @return 400, with a {@code violations} list
   */
  @ExceptionHandler
  public ProblemDetail invalid(ValidationException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    List<String> violations = e.violations().stream().map(Object::toString).toList();
    problem.setProperty("violations", violations);
    return problem;
  }

  /**
   * Nothing under that id.
   *
   * @param e the exception
   * @return 404
   */
  @ExceptionHandler
  public ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /**
   * A taken code or id.
   *
   * @param e the exception
   * @return 409
   */
  @ExceptionHandler
  public ProblemDetail duplicate(DuplicateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /**
   * A change based on a stale version.
   *
   * @param e the exception
   * @return 409
   */
  @ExceptionHandler
  public ProblemDetail conflict(ConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
