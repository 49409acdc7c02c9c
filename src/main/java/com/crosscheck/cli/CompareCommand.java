package com.crosscheck.cli;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.ComparedClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code compare FILE...}: the claims of article files and the groups they form, as one JSON object. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Print {\"claims\": [...], \"groups\": [...]}: every claim with an id, and the groups of claims "
                + "that measure the same quantity with a verdict (agree, conflict, evolving) and an explanation.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files in the Crosscheck article format")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        var extractor = ClaimExtractor.standard();
        var claimsJson = new ArrayList<Map<String, Object>>();
        var compared = new ArrayList<ComparedClaim>();
        int failures = ArticleFiles.forEach("compare", files, 20_000_000, (doc, draft) -> {
            String outlet = draft.outlet() == null ? doc : draft.outlet();
            for (Claim claim : extractor.extract(draft.body(), draft.published())) {
                String id = "c" + (claimsJson.size() + 1);
                var json = new LinkedHashMap<String, Object>();
                json.put("id", id);
                json.putAll(ClaimJson.of(doc, claim, draft.body()));
                claimsJson.add(json);
                compared.add(new ComparedClaim(id, doc, outlet, draft.published(), claim, claim.sentence().of(draft.body())));
            }
        });
        var groupsJson = new ArrayList<Map<String, Object>>();
        for (ClaimGroup group : ClaimMatcher.standard().match(compared)) {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", group.id());
            json.put("kind", group.kind().label());
            json.put("label", group.label());
            json.put("verdict", group.verdict().label());
            json.put("claims", group.claims());
            json.put("explanation", group.explanation());
            json.put("evidence", group.evidence());
            groupsJson.add(json);
        }
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(JsonMapper.builder().build().writeValueAsString(Map.of("claims", claimsJson, "groups", groupsJson)));
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
