package com.crosscheck.base.web;

import com.crosscheck.base.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers GETs of {@code /api} paths that no controller serves with a 404 problem detail; without it Vaadin's
 * servlet, which serves every other path, would answer them with its HTML page. Only GET and HEAD, so that a
 * wrong method on a known path still gets Spring's 405.
 */
@RestController
class ApiFallback {

    @RequestMapping(path = "/api/**", method = {RequestMethod.GET, RequestMethod.HEAD})
    void none(HttpServletRequest request) {
        throw new DomainException(DomainException.Kind.NOT_FOUND,
                "There is no API endpoint " + request.getMethod() + " " + request.getRequestURI() + ".");
    }
}
