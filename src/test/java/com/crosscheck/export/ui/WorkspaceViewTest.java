package com.crosscheck.export.ui;

import com.crosscheck.KaribuTest;
import com.crosscheck.accounts.Role;
import com.crosscheck.testing.KaribuLogin;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Workspace screen offers the backup download and the restore upload to admins only. */
class WorkspaceViewTest extends KaribuTest {

    @Override
    protected Role signedInRole() {
        return Role.ADMIN;
    }

    @Test
    void an_admin_downloads_a_backup_and_may_upload_one_to_restore() {
        UI.getCurrent().navigate("workspace");

        WorkspaceView view = _get(WorkspaceView.class);
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(view.download.getElement().hasAttribute("download")).isTrue();
        assertThat(view.upload.getMaxFiles()).isEqualTo(1);
    }

    @Test
    void an_analyst_cannot_open_it() {
        KaribuLogin.as(Role.ANALYST);
        assertThatThrownBy(() -> UI.getCurrent().navigate("workspace")).isInstanceOf(MockAccessDeniedException.class);

        assertThat(_find(WorkspaceView.class)).isEmpty();
    }
}
