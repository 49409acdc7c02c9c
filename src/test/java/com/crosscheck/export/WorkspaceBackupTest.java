package com.crosscheck.export;

import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserAccount;
import com.crosscheck.accounts.UserService;
import com.crosscheck.base.DomainException;
import com.crosscheck.Application;
import com.crosscheck.cli.ServiceContext;
import com.crosscheck.testing.KaribuLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup written from a workspace with reviews, notes, an analyst's claim, a link and a group note, restored
 * into a fresh workspace (its own in-memory database), holds the same data under new ids.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:backup-target;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBackupTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext target;

    ConfigurableApplicationContext source;
    byte[] backup;

    @BeforeAll
    void populatedSource() {
        source = ServiceContext.start(Application.class, List.of(),
                List.of("--spring.datasource.url=jdbc:h2:mem:backup-source;DB_CLOSE_DELAY=-1"));
        new ExportFixtures(source);
        KaribuLogin.useSecurityOf(source);
        KaribuLogin.as(Role.ADMIN);
        source.getBean(UserService.class).create("carol", "carol-password", Role.VIEWER);
        var out = new ByteArrayOutputStream();
        source.getBean(WorkspaceBackupService.class).write(out);
        backup = out.toByteArray();
        KaribuLogin.signOut();
    }

    @AfterAll
    void close() {
        source.close();
    }

    @AfterEach
    void signOut() {
        KaribuLogin.signOut();
    }

    @Test
    void a_restored_workspace_holds_everything_the_backup_held_and_refuses_a_second_restore() {
        KaribuLogin.useSecurityOf(target);
        KaribuLogin.as(Role.ADMIN);
        WorkspaceBackupService service = target.getBean(WorkspaceBackupService.class);

        RestoreReport report = service.restore(new ByteArrayInputStream(backup));

        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.claimAnnotations()).isPositive();
        assertThat(report.links()).isEqualTo(1);
        assertThat(report.groupNotes()).isEqualTo(1);
        assertThat(report.skippedUsers()).contains("admin");
        var again = new ByteArrayOutputStream();
        service.write(again);
        JsonNode before = JSON.readTree(backup);
        JsonNode after = JSON.readTree(again.toByteArray());
        assertThat(before.get("claims").size()).isEqualTo(report.claims()).isGreaterThan(3);
        assertThat(before.get("history").size()).isEqualTo(report.historyLines()).isGreaterThan(2);
        assertThat(after.get("claims").valueStream().anyMatch(c -> "alice".equals(c.path("author").asString(null)))).isTrue();
        assertThat(canonical(after)).isEqualTo(canonical(before));
        assertThat(String.valueOf(after)).doesNotContain("password", "$2a$");

        UserAccount carol = target.getBean(UserService.class).find("carol").orElseThrow();
        assertThat(carol.role()).isEqualTo(Role.VIEWER);
        assertThat(carol.enabled()).as("restored users wait for an admin").isFalse();

        assertThatThrownBy(() -> service.restore(new ByteArrayInputStream(backup)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining("only into an empty workspace");
    }

    @Test
    void only_admins_write_or_restore_a_backup() {
        KaribuLogin.useSecurityOf(target);
        WorkspaceBackupService service = target.getBean(WorkspaceBackupService.class);
        for (Role role : List.of(Role.ANALYST, Role.VIEWER)) {
            KaribuLogin.as(role);
            assertThatThrownBy(() -> service.write(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.restore(new ByteArrayInputStream(backup))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_with_a_reason() {
        KaribuLogin.useSecurityOf(target);
        KaribuLogin.as(Role.ADMIN);
        WorkspaceBackupService service = target.getBean(WorkspaceBackupService.class);
        // the restore test may have run first; a non-backup is refused either way, as invalid or as a conflict
        assertThatThrownBy(() -> service.restore(new ByteArrayInputStream("{\"hello\": 1}".getBytes())))
                .isInstanceOf(DomainException.class);
    }

    /**
     * The backup with every id replaced by what it stands for (an article by its text's hash, a claim by its
     * article and offsets, an annotation by its claim or anchor), so two workspaces compare equal when they hold
     * the same data, whatever ids they gave it.
     */
    private static Map<String, Object> canonical(JsonNode backup) {
        Map<Long, String> articles = new HashMap<>();
        backup.get("articles").forEach(a -> articles.put(a.get("id").asLong(), a.get("contentHash").asString()));
        Map<Long, String> claims = new HashMap<>();
        backup.get("claims").forEach(c -> claims.put(c.get("id").asLong(), articles.get(c.get("articleId").asLong())
                + "@" + c.get("start").asInt() + "-" + c.get("end").asInt()));
        Map<Long, String> annotations = new HashMap<>();
        backup.get("claimAnnotations").forEach(a -> annotations.put(a.get("id").asLong(), articles.get(a.get("articleId").asLong())
                + "#" + a.get("anchor").get("start").asInt() + "-" + a.get("anchor").get("end").asInt()));
        Map<Long, String> groups = new HashMap<>();
        backup.get("groupNotes").forEach(g -> {
            var members = new TreeSet<String>();
            g.get("members").forEach(m -> members.add(annotations.get(m.asLong())));
            groups.put(g.get("id").asLong(), members.toString());
        });
        var result = new HashMap<String, Object>();
        result.put("articles", sorted(backup.get("articles"), a -> a.remove("id")));
        result.put("claims", sorted(backup.get("claims"), c -> {
            c.put("articleId", articles.get(c.remove("id") == null ? 0 : c.get("articleId").asLong()));
        }));
        result.put("claimAnnotations", sorted(backup.get("claimAnnotations"), a -> {
            a.remove("id");
            a.put("articleId", articles.get(a.get("articleId").asLong()));
            a.put("claimId", a.get("claimId").isNull() ? null : claims.get(a.get("claimId").asLong()));
        }));
        result.put("links", sorted(backup.get("links"), l -> {
            var pair = new TreeSet<String>(List.of(annotations.get(l.remove("first").asLong()), annotations.get(l.remove("second").asLong())));
            l.put("pair", pair.toString());
        }));
        result.put("groupNotes", sorted(backup.get("groupNotes"), g -> {
            g.put("members", groups.get(g.remove("id").asLong()));
        }));
        result.put("history", sorted(backup.get("history"), h -> {
            h.put("claimAnnotation", h.get("claimAnnotation").isNull() ? null : annotations.get(h.get("claimAnnotation").asLong()));
            h.put("groupNote", h.get("groupNote").isNull() ? null : groups.get(h.get("groupNote").asLong()));
        }));
        result.put("usernames", sorted(backup.get("users"), u -> {
            u.remove("enabled");
            u.remove("createdAt");
        }));
        return result;
    }

    private static List<String> sorted(JsonNode array, java.util.function.Consumer<ObjectNode> normalise) {
        return array.valueStream().map(n -> {
            ObjectNode copy = (ObjectNode) n.deepCopy();
            normalise.accept(copy);
            return copy.toString();
        }).sorted().toList();
    }
}
