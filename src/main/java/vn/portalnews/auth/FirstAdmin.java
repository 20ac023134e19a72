package vn.portalnews.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A service with no users could never be administered; the first start creates an administrator from
 * portal.bootstrap.admin-username/-password, or with a generated password that is logged this once.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    void create(@Observes @Priority(900) StartupEvent event, BootstrapConfig config, UserService users) {
        String username = config.adminUsername();
        boolean generated = config.adminPassword().isEmpty();
        String password = config.adminPassword().orElseGet(FirstAdmin::randomPassword);
        if (users.createFirstAdmin(username, password, "Administrator")) {
            if (generated) {
                LOG.warnf("Created the first administrator '%s' with the generated password %s - change it "
                        + "(PUT /api/v1/auth/password); it is not shown again", username, password);
            } else {
                LOG.infof("Created the first administrator '%s' from portal.bootstrap.admin-password", username);
            }
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
