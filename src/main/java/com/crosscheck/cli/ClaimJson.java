package com.crosscheck.cli;

import com.crosscheck.claims.Claim;

import java.util.LinkedHashMap;
import java.util.Map;

/** A claim as the JSON object of the {@code extract} and {@code compare} commands. */
final class ClaimJson {

    private ClaimJson() {
    }

    static Map<String, Object> of(String doc, Claim claim, String body) {
        var json = new LinkedHashMap<String, Object>();
        json.put("doc", doc);
        json.put("start", claim.span().start());
        json.put("end", claim.span().end());
        json.put("text", claim.text());
        json.put("kind", claim.kind().label());
        json.put("value", value(claim));
        json.put("unit", claim.quantity().unit());
        json.put("low", claim.date() == null ? claim.quantity().low() : null);
        json.put("high", claim.date() == null ? claim.quantity().high() : null);
        json.put("low_inclusive", claim.quantity().lowInclusive());
        json.put("high_inclusive", claim.quantity().highInclusive());
        json.put("approx", claim.quantity().approx());
        json.put("qualifier", claim.qualifier());
        json.put("modality", claim.modality().label());
        json.put("subject", claim.subject());
        json.put("place", claim.place());
        json.put("time", claim.time());
        json.put("source", claim.source());
        json.put("sentence", claim.sentence().of(body));
        json.put("section", claim.section().label());
        return json;
    }

    /** The number, or for a date its ISO form (the resolved day where the year was inferred). */
    static Object value(Claim claim) {
        if (claim.date() != null) {
            return claim.date().resolved() != null ? claim.date().resolved().toString() : claim.date().iso();
        }
        double v = claim.quantity().value();
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
