package org.mediation.synthesis.config;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents; synthesis adds no refusal of its own. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {}
